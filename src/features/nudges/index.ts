import type { BotRouter } from "../../bot/router";
import type { Logger } from "../../logger";
import type { Feature, FeatureContext } from "../feature";
import { teamChangeListener } from "../status";
import { registerNudgeButtons } from "./buttons";
import { DEFAULT_POLICY, realSenderClock, Throttle } from "./delivery/deliver";
import { NudgeSweeper } from "./delivery/sweep";
import { nudgeStoreFrom, type NudgeStore } from "./nudge-store";
import { nudgeTriggerRoute } from "./trigger";
import { NUDGE_VERBS } from "./verbs";

/**
 * Monthly nudges: on the first working day of each month (09:00 Copenhagen unless configured), a
 * new post in every team's channel with the month's status meeting and supervision, what is
 * overdue, the anchoring workshop and the milestones waiting; its buttons record what happened.
 * - nudge-content.ts / nudge-card.ts: what the card says (pure), and its template data;
 * - buttons.ts: Markér som holdt / Flyt / Udsæt en uge;
 * - delivery/: the sweep over all teams, one team's delivery (claim, throttle, post, record),
 *   the rate limits and the in-process scheduler. It lives here, not in a module of its own,
 *   because it renders this feature's card and uses this feature's narrowed store; it imports
 *   nothing from the Bot Framework (posts go through `ProactiveMessenger`);
 * - trigger.ts: `POST /api/nudges/run` for an external timer and `npm run nudges`;
 * - milestone-digest-from-store.ts: the one place that reads milestones for the card.
 */

/**
 * Teams handled at once by a sweep; Teams' rate limits bound the posts in any case. A team takes
 * about four round trips (read, claim, post, record): 16 at once keep the tenant's 47 posts a
 * second busy when a round trip is slow, where 8 left it waiting (issue 12's 10,000-team sweep).
 */
export const SWEEP_CONCURRENCY = 16;

const sweepers = new WeakMap<FeatureContext, NudgeSweeper>();

/** The one sweeper of an app: the trigger route and the scheduler share it (and its limits). */
export function nudgeSweeperFor(context: FeatureContext): NudgeSweeper {
  const existing = sweepers.get(context);
  if (existing) return existing;
  const sweeper = new NudgeSweeper({
    store: nudgeStoreFrom(context.repositories, teamChangeListener(context)),
    messenger: context.proactive,
    throttle: new Throttle(),
    clock: realSenderClock,
    policy: DEFAULT_POLICY,
    logger: context.logger,
    sendHour: context.config.nudges.sendHour,
    concurrency: SWEEP_CONCURRENCY,
  });
  sweepers.set(context, sweeper);
  return sweeper;
}

/** Removed from a team: stop nudging it. Added again: resume. */
function registerReachability(router: BotRouter, store: NudgeStore, logger: Logger): void {
  router.removed(async (turn) => {
    const teamId = turn.conversation.teamId;
    if (turn.conversation.kind !== "channel" || teamId === undefined) return;
    await store.markUnreachable(teamId, "bot-removed");
    logger.info({ event: "nudge.teamUnreachable", reason: "bot-removed" }, "nudges stopped");
  });
  router.installed(async (turn) => {
    const teamId = turn.conversation.teamId;
    if (turn.conversation.kind !== "channel" || teamId === undefined) return;
    const known = await store.reachability(teamId);
    if (known !== null && !known.reachable) await store.markReachable(teamId);
  });
}

export const nudgesFeature: Feature = {
  name: "nudges",
  commands: [],
  verbs: Object.values(NUDGE_VERBS),
  cards: ["nudge"],
  register(router, context) {
    const store = nudgeStoreFrom(context.repositories, teamChangeListener(context));
    registerNudgeButtons(router, { store, clock: context.clock, logger: context.logger });
    registerReachability(router, store, context.logger);
  },
  routes(context) {
    const sweeper = nudgeSweeperFor(context);
    return [
      nudgeTriggerRoute({
        settings: {
          localMode: context.config.bot.mode === "unauthenticated",
          secret: context.config.nudgeTriggerSecret,
        },
        run: (request) => sweeper.run(request),
        clock: context.clock,
        logger: context.logger,
      }),
    ];
  },
};
