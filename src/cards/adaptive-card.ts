/** An Adaptive Card as JSON. Kept structural so no card SDK type leaks into features. */
export interface AdaptiveCard {
  type: "AdaptiveCard";
  version: string;
  body: unknown[];
  actions?: unknown[];
  [key: string]: unknown;
}

export function isAdaptiveCard(value: unknown): value is AdaptiveCard {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as { type?: unknown }).type === "AdaptiveCard" &&
    Array.isArray((value as { body?: unknown }).body)
  );
}
