import type { Activity } from "botbuilder";
import { cardAction, type Place, type Sender } from "../../support/teams-activities";

/** An Action.Execute as the card carries it. */
export interface CardButton {
  title: string;
  verb: string;
  data: Record<string, unknown>;
}

function visit(node: unknown, found: (record: Record<string, unknown>) => void): void {
  if (Array.isArray(node)) return node.forEach((child) => visit(child, found));
  if (typeof node !== "object" || node === null) return;
  const record = node as Record<string, unknown>;
  found(record);
  Object.values(record).forEach((child) => visit(child, found));
}

/** Every Action.Execute of a card (card-level and in ActionSets), in order; not the refresh. */
export function buttonsOf(card: unknown): CardButton[] {
  const buttons: CardButton[] = [];
  const withoutRefresh =
    typeof card === "object" && card !== null ? { ...card, refresh: undefined } : card;
  visit(withoutRefresh, (record) => {
    if (record.type === "Action.Execute" && typeof record.verb === "string") {
      buttons.push({
        title: String(record.title ?? ""),
        verb: record.verb,
        data: (record.data ?? {}) as Record<string, unknown>,
      });
    }
  });
  return buttons;
}

/** The n-th button with this title (0: the first). */
export function button(card: unknown, title: string, nth = 0): CardButton {
  const found = buttonsOf(card).filter((b) => b.title === title)[nth];
  if (!found) {
    const titles = buttonsOf(card).map((b) => b.title);
    throw new Error(`no button "${title}" on the card (it has: ${titles.join(", ")})`);
  }
  return found;
}

/** Every input of a card with the value it shows, by id. */
export function inputsOf(card: unknown): Map<string, string> {
  const inputs = new Map<string, string>();
  visit(card, (record) => {
    if (typeof record.type === "string" && record.type.startsWith("Input.")) {
      inputs.set(String(record.id), typeof record.value === "string" ? record.value : "");
    }
  });
  return inputs;
}

/**
 * Pressing a button as Teams does: the card's inputs (with the person's changes) merged into the
 * button's data.
 */
export function press(
  card: unknown,
  title: string,
  changes: Record<string, string> = {},
  options: { place?: Place; from?: Sender; nth?: number; replyToId?: string } = {},
): Partial<Activity> {
  const pressed = button(card, title, options.nth);
  const inputs = Object.fromEntries(inputsOf(card));
  return cardAction(
    pressed.verb,
    { ...inputs, ...changes, ...pressed.data },
    { place: options.place, from: options.from, replyToId: options.replyToId },
  );
}
