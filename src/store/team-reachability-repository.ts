import { readDocument, writeDocument } from "./cosmos-operations";
import { documentIds, DOCUMENT_TYPES } from "./document-ids";
import type { DocumentOf } from "./schemas";
import type { StoreContext } from "./store-context";

export type UnreachableReason = "bot-removed" | "blocked" | "not-found";

/** Whether the bot can post in the team's channel, as far as it knows. */
export interface TeamReachability {
  reachable: boolean;
  /** Why not; absent when reachable. */
  reason?: UnreachableReason;
  /** Teams' answer, e.g. "403 MessageWritesBlocked"; never message content. */
  detail?: string;
  /** Since when, ISO. */
  since: string;
}

/** The document as callers see it (also read by the team's status query). */
export function reachabilityView(
  doc: DocumentOf<typeof DOCUMENT_TYPES.reachability>,
): TeamReachability {
  const { reachable, reason, detail, since } = doc;
  return {
    reachable,
    ...(reason ? { reason } : {}),
    ...(detail ? { detail } : {}),
    since,
  };
}

/**
 * One document `reachability` per team. Written when Teams answers a post with 403/404 or the
 * bot is removed from the team (nudges stop), and when the bot is added again (they resume).
 * No document means nothing went wrong so far: reachable. Last write wins: the newest fact about
 * the team is the true one. The status card reads it with the team's status query
 * (`MilestoneRepository.readTeamStatus`) to say why the team gets no nudges.
 */
export class TeamReachabilityRepository {
  constructor(private readonly ctx: StoreContext) {}

  async get(teamId: string): Promise<TeamReachability | null> {
    const found = await readDocument(
      this.ctx,
      this.ctx.teams,
      DOCUMENT_TYPES.reachability,
      documentIds.reachability(),
      teamId,
    );
    return found === null ? null : reachabilityView(found.doc);
  }

  async markUnreachable(teamId: string, reason: UnreachableReason, detail?: string): Promise<void> {
    await this.write(teamId, {
      reachable: false,
      reason,
      ...(detail ? { detail: detail.slice(0, 200) } : {}),
    });
  }

  async markReachable(teamId: string): Promise<void> {
    await this.write(teamId, { reachable: true });
  }

  private async write(
    teamId: string,
    state: { reachable: boolean; reason?: UnreachableReason; detail?: string },
  ): Promise<void> {
    await writeDocument(
      this.ctx,
      this.ctx.teams,
      DOCUMENT_TYPES.reachability,
      {
        id: documentIds.reachability(),
        type: DOCUMENT_TYPES.reachability,
        teamId,
        ...state,
        since: this.ctx.clock.now().toISOString(),
      },
      { kind: "upsert" },
    );
  }
}
