/**
 * How long a turn may work before it must answer. Teams drops a card action after about 5 s,
 * and the request's way to and from Teams needs some of that; a message may take longer (Teams
 * waits 10–15 s before it gives up and may deliver it again).
 */
export interface TurnBudgets {
  cardActionMs: number;
  messageMs: number;
}

export const TURN_BUDGETS: TurnBudgets = {
  cardActionMs: 4_000,
  messageMs: 10_000,
};
