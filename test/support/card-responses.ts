import type { TurnResult } from "./teams-activities";

/** The card a card action answered with (shown in place of the clicked card), if any. */
export function invokeCard(result: TurnResult): unknown {
  const body = result.invokeResponse?.body as { type?: string; value?: unknown } | undefined;
  return body?.type === "application/vnd.microsoft.card.adaptive" ? body.value : undefined;
}

/** The short message a card action answered with, if any. */
export function invokeMessage(result: TurnResult): string | undefined {
  const body = result.invokeResponse?.body as { type?: string; value?: unknown } | undefined;
  return body?.type === "application/vnd.microsoft.activity.message"
    ? String(body.value)
    : undefined;
}

/** Every URL of the Action.OpenUrl buttons in a card. */
export function openUrls(card: unknown): string[] {
  const urls: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== "object" || node === null) return;
    const record = node as Record<string, unknown>;
    if (record.type === "Action.OpenUrl" && typeof record.url === "string") urls.push(record.url);
    Object.values(record).forEach(visit);
  };
  visit(card);
  return urls;
}
