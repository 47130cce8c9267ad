import { randomUUID } from "node:crypto";
import type { BotRouter } from "../../bot/router";
import type { CardActionResponse, CardActionTurn } from "../../bot/turn";
import { renderConfirmCard, renderNoticeCard } from "../../cards/common-cards";
import {
  CommitOutcomeUnknownError,
  ErasureIncompleteError,
  StoreUnavailableError,
} from "../../store/errors";
import type { DataProtectionDependencies } from "./index";
import { ERASE_DATA_COMMAND } from "./commands";
import { approverGate, type Gate } from "./gate";
import { DATA_TEXT } from "./texts";
import { DATA_VERBS } from "./verbs";

/** `slet data` (GDPR art. 17): an approver erases all of the team's data after confirming. */
export function registerErase(router: BotRouter, deps: DataProtectionDependencies): void {
  router.command(ERASE_DATA_COMMAND, async (turn) => {
    const gate = await approverGate(turn, deps);
    if (!gate.ok) return void (await turn.sendText(gate.message));
    const text = DATA_TEXT[gate.language];
    const data = { actionId: randomUUID() };
    await turn.sendCard(
      renderConfirmCard({
        title: text.eraseTitle,
        titleColor: "Attention",
        text: gate.unfinishedErasure ? text.unfinishedErasure : text.eraseText(gate.profile),
        confirm: {
          title: text.eraseConfirm,
          verb: DATA_VERBS.confirmErase,
          style: "destructive",
          data,
        },
        cancel: { title: text.eraseCancel, verb: DATA_VERBS.cancelErase, data },
      }),
    );
  });

  router.cardAction(DATA_VERBS.confirmErase, (turn) => confirmErase(turn, deps), {
    whenLate: (turn, late) => {
      const text = DATA_TEXT[turn.language];
      return { message: late.commitStarted ? text.erasureLate : text.nothingErasedLate };
    },
  });

  router.cardAction(DATA_VERBS.cancelErase, async (turn): Promise<CardActionResponse> => {
    const gate = await approverGate(turn, deps);
    if (!gate.ok) return { message: gate.message };
    const text = DATA_TEXT[gate.language];
    const done = renderNoticeCard({
      title: text.cancelledTitle,
      text: text.cancelledText,
      color: "Default",
    });
    if (turn.cardActivityId)
      await turn.updateCard(turn.cardActivityId, done).catch(() => undefined);
    return { card: done };
  });
}

async function confirmErase(
  turn: CardActionTurn,
  deps: DataProtectionDependencies,
): Promise<CardActionResponse> {
  const gate = await approverGate(turn, deps);
  if (!gate.ok) return { message: gate.message };
  const failure = await erase(turn, deps, gate);
  if (failure) return failure;
  deps.logger.info({ event: "data.erased" }, "team data erased");
  const text = DATA_TEXT[gate.language];
  const done = renderNoticeCard({
    title: text.erasedTitle,
    text: text.erasedText(turn.user.name, deps.clock.now()),
    color: "Good",
  });
  if (turn.cardActivityId) {
    await turn
      .updateCard(turn.cardActivityId, done)
      .catch((error: unknown) =>
        deps.logger.warn({ err: error }, "could not update the erase card"),
      );
  }
  return { card: done };
}

/** Erases, and says truthfully what happened when it could not finish. */
async function erase(
  turn: CardActionTurn,
  deps: DataProtectionDependencies,
  gate: Extract<Gate, { ok: true }>,
): Promise<CardActionResponse | undefined> {
  const text = DATA_TEXT[gate.language];
  try {
    await deps.store.eraseTeam(gate.teamId, { by: turn.user, approverIds: gate.approverIds });
    return undefined;
  } catch (error) {
    if (error instanceof ErasureIncompleteError) {
      deps.logger.warn({ event: "data.erasureIncomplete" }, "erasure did not finish");
      return { message: text.erasureIncomplete };
    }
    if (error instanceof CommitOutcomeUnknownError) {
      deps.logger.warn({ event: "data.erasureOutcomeUnknown" }, "erasure may have begun");
      return { message: text.erasureMaybeBegun };
    }
    if (error instanceof StoreUnavailableError) return { message: text.storeDown };
    throw error;
  }
}
