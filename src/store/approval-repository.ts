import type { PersonRef } from "../domain/team/profile";
import { actionKey, type CardClick } from "./action-key";
import type { AuditNote } from "./answer-repository";
import { commitChange } from "./change-log";
import { queryDocuments, readDocument } from "./cosmos-operations";
import { documentIds, DOCUMENT_TYPES } from "./document-ids";
import { ConcurrentChangeError } from "./errors";
import type { DocumentOf } from "./schemas";
import type { StoreContext } from "./store-context";
export type ApprovalStatus = "pending" | "approved" | "sentBack";

export interface Approval {
  teamId: string;
  milestoneId: string;
  status: ApprovalStatus;
  decidedBy?: PersonRef;
  decidedAt?: string;
  comment?: string;
  version: number;
  updatedAt: string;
}

export interface ApprovalDecision {
  /** "pending" when the team submits (or resubmits) the milestone for approval. */
  status: ApprovalStatus;
  comment?: string;
}

type ApprovalDocument = DocumentOf<typeof DOCUMENT_TYPES.approval>;

function publicView(doc: ApprovalDocument): Approval {
  const { teamId, milestoneId, status, decidedBy, decidedAt, comment, version, updatedAt } = doc;
  return {
    teamId,
    milestoneId,
    status,
    ...(decidedBy ? { decidedBy } : {}),
    ...(decidedAt ? { decidedAt } : {}),
    ...(comment ? { comment } : {}),
    version,
    updatedAt,
  };
}

/**
 * A milestone's approval: one document `approval:<milestoneId>`. No document means nothing was
 * submitted yet. Who may decide is the feature's check (approvers, on the server, always).
 */
export class ApprovalRepository {
  constructor(private readonly ctx: StoreContext) {}

  async get(
    teamId: string,
    milestoneId: string,
  ): Promise<{ approval: Approval; etag: string } | null> {
    const found = await readDocument(
      this.ctx,
      this.ctx.teams,
      DOCUMENT_TYPES.approval,
      documentIds.approval(milestoneId),
      teamId,
    );
    return found === null ? null : { approval: publicView(found.doc), etag: found.etag };
  }

  async list(teamId: string): Promise<Approval[]> {
    const all = await queryDocuments(this.ctx, teamId, DOCUMENT_TYPES.approval);
    return all.map(({ doc }) => publicView(doc));
  }

  /**
   * Records a decision once per person and click (two round trips). With `basedOnVersion` (the version the card showed),
   * a decision made on an outdated card is ConcurrentChangeError rather than overwriting the
   * newer state — e.g. two approvers pressing "approve" and "send back" at once.
   */
  async decide(
    teamId: string,
    milestoneId: string,
    decision: ApprovalDecision,
    by: PersonRef,
    click: CardClick,
    audit: AuditNote = {},
    options: { basedOnVersion?: number } = {},
  ): Promise<{ alreadyApplied: boolean; approval: Approval; etag: string }> {
    const id = documentIds.approval(milestoneId);
    const result = await commitChange(this.ctx, {
      type: DOCUMENT_TYPES.approval,
      teamId,
      id,
      key: actionKey({ ...click, userId: by.id }),
      reapplyOnConflict: true,
      change: (current, at) => {
        const currentVersion = current?.version ?? 0;
        if (options.basedOnVersion !== undefined && options.basedOnVersion !== currentVersion) {
          throw new ConcurrentChangeError(id);
        }
        const comment = decision.comment?.trim();
        return {
          milestoneId,
          status: decision.status,
          decidedBy: by,
          decidedAt: at,
          ...(comment ? { comment } : {}),
          updatedAt: at,
        };
      },
      note: () => {
        const comment = decision.comment?.trim();
        return {
          actor: by,
          action: audit.action ?? `approval.${decision.status}`,
          details: audit.details ?? {
            milestoneId,
            status: decision.status,
            ...(comment ? { comment } : {}),
          },
        };
      },
    });
    return {
      alreadyApplied: result.alreadyApplied,
      approval: publicView(result.doc),
      etag: result.etag,
    };
  }
}
