import { createHash } from "node:crypto";

/**
 * One duplicate-click key per person, card action and verb. A card's `actionId` is the same for
 * everyone who sees the card, so it alone cannot tell a redelivered click (same person: apply
 * once) from two people pressing the same button (two changes, each credited to its author).
 * The key is a fixed-length hash, so an odd action id can never make an id too long.
 */
export interface CardClick {
  /** The card's `actionId`, checked with `isCardActionId` by the feature. */
  actionId: string;
  /** The verb of the button pressed. */
  verb: string;
}

export const ACTION_KEY_LENGTH = 32;

export function actionKey(click: CardClick & { userId: string }): string {
  return createHash("sha256")
    .update(JSON.stringify([click.actionId, click.userId, click.verb]))
    .digest("hex")
    .slice(0, ACTION_KEY_LENGTH);
}

/** A key for a write that no card drove (a script, a sweep): unique, so it never matches. */
export function uniqueKey(token: string): string {
  return actionKey({ actionId: token, userId: "", verb: "" });
}

/** How many applied keys a document remembers, to make a redelivered click a no-op. */
export const REMEMBERED_KEYS = 32;

export function rememberKey(applied: readonly string[], key: string): string[] {
  return [...applied.filter((k) => k !== key), key].slice(-REMEMBERED_KEYS);
}
