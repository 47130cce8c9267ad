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

/**
 * Every string a card shows through Markdown (TextBlock text, Fact titles and values). User text
 * must not appear here unescaped: Teams would turn `[x](https://…)` into a live link.
 */
export function markdownTexts(card: unknown): string[] {
  const found: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== "object" || node === null) return;
    const record = node as Record<string, unknown>;
    if (record.type === "TextBlock" && typeof record.text === "string") found.push(record.text);
    if (typeof record.title === "string" && typeof record.value === "string" && !record.type) {
      found.push(record.title, record.value);
    }
    Object.values(record).forEach(visit);
  };
  visit(card);
  return found;
}

/** Every string a card shows literally (TextRuns inside RichTextBlocks). */
export function literalTexts(card: unknown): string[] {
  const found: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== "object" || node === null) return;
    const record = node as Record<string, unknown>;
    if (record.type === "TextRun" && typeof record.text === "string") found.push(record.text);
    Object.values(record).forEach(visit);
  };
  visit(card);
  return found;
}
