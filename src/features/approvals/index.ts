import type { ProactiveMessenger } from "../../bot/proactive";
import type { Logger } from "../../logger";
import type { CommandDeclaration, Feature } from "../feature";
import { teamChangeListener } from "../status";
import { approvalStoreFrom, type ApprovalStore } from "./approvals-store";
import { decide, decideWhenLate } from "./decide";
import { listApprovals, listApprovalsAgain } from "./list";
import { showApproval } from "./show-approval";
import { APPROVAL_VERBS } from "./verbs";

export interface ApprovalDependencies {
  store: ApprovalStore;
  logger: Logger;
  /** Updates the channel's approval card after a decision made elsewhere (absent in unit tests). */
  proactive?: ProactiveMessenger;
}

export const APPROVALS_COMMAND: CommandDeclaration = {
  id: "approvals",
  aliases: { da: ["godkendelser", "godkendelse"], en: ["approvals", "approval"] },
  usage: { da: "godkendelser", en: "approvals" },
  description: {
    da: "Viser de milepæle, der venter på godkendelse, med Godkend og Send tilbage. I en personlig chat: alt, der venter på dig, i alle dine teams.",
    en: "Shows the milestones awaiting approval, with Approve and Send back. In a personal chat: everything awaiting you, across all your teams.",
  },
  menu: {
    scopes: ["team", "personal"],
    description: {
      da: "Se hvad der venter på godkendelse, og godkend eller send tilbage",
      en: "See what awaits approval, and approve or send back",
    },
  },
};

/**
 * `godkendelser` and the approval card: Godkend / Send tilbage from the card, authorised on the
 * server against the team's saved approvers, one decision however many press at once.
 */
export const approvalsFeature: Feature = {
  name: "approvals",
  commands: [APPROVALS_COMMAND],
  verbs: Object.values(APPROVAL_VERBS),
  cards: ["approval", "approvals-list"],
  register(router, context) {
    const deps: ApprovalDependencies = {
      store: approvalStoreFrom(context.repositories, teamChangeListener(context)),
      logger: context.logger,
      ...(context.proactive ? { proactive: context.proactive } : {}),
    };
    router.command(APPROVALS_COMMAND, (turn) => listApprovals(turn, deps));
    router.cardAction(APPROVAL_VERBS.approve, (turn) => decide(turn, deps, "approved"), {
      whenLate: decideWhenLate,
    });
    router.cardAction(APPROVAL_VERBS.sendBack, (turn) => decide(turn, deps, "sentBack"), {
      whenLate: decideWhenLate,
    });
    router.cardAction(APPROVAL_VERBS.refresh, (turn) => showApproval(turn, deps));
    router.cardAction(APPROVAL_VERBS.show, (turn) => showApproval(turn, deps));
    router.cardAction(APPROVAL_VERBS.list, (turn) => listApprovalsAgain(turn, deps));
  },
};
