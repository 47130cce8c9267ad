import type { ApprovalRecord } from "../domain/milestones/state";
import type { PersonRef } from "../domain/team/profile";
import { actionKey, type CardClick } from "./action-key";
import type { AuditNote } from "./answer-repository";
import { commitChange } from "./change-log";
import { queryDocuments, readDocument, type Versioned } from "./cosmos-operations";
import { documentIds, DOCUMENT_TYPES } from "./document-ids";
import { ConcurrentChangeError } from "./errors";
import type { DocumentOf } from "./schemas";
import type { StoreContext } from "./store-context";

export type ApprovalStatus = ApprovalRecord["status"];

export interface Approval extends ApprovalRecord {
  teamId: string;
  milestoneId: string;
  updatedAt: string;
}

/** A decision on a milestone that waits for approval. */
export interface ApprovalDecision {
  status: "approved" | "sentBack";
  comment?: string;
}

export type ApprovalDocument = DocumentOf<typeof DOCUMENT_TYPES.approval>;

/** What a caller read (null: nothing stored), handed back to write without a second read. */
export type ApprovalBasis = Versioned<ApprovalDocument> | null;

export function approvalView(doc: ApprovalDocument): Approval {
  const { teamId, milestoneId, status, forVersion, requestedBy, requestedAt } = doc;
  const { decidedBy, decidedAt, comment, version, updatedAt } = doc;
  return {
    teamId,
    milestoneId,
    status,
    forVersion,
    requestedBy,
    requestedAt,
    ...(decidedBy ? { decidedBy } : {}),
    ...(decidedAt ? { decidedAt } : {}),
    ...(comment ? { comment } : {}),
    version,
    updatedAt,
  };
}

interface WriteOptions {
  /** What the caller has just read, so the write is the only round trip. */
  basis?: ApprovalBasis;
  audit?: AuditNote;
}

/**
 * A milestone's approval: one document `approval:<milestoneId>`. No document means nothing was
 * sent yet. It records the version of the answers that was sent (`forVersion`), who sent it, and
 * the decision. Who may decide is the feature's check (approvers, on the server, always).
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
    return found === null ? null : { approval: approvalView(found.doc), etag: found.etag };
  }

  async list(teamId: string): Promise<Approval[]> {
    const all = await queryDocuments(this.ctx, teamId, DOCUMENT_TYPES.approval);
    return all.map(({ doc }) => approvalView(doc));
  }

  /**
   * Sends version `forVersion` of the answers for approval (again), once per person and click.
   * An earlier decision is cleared: the milestone waits for a new one.
   */
  async request(
    teamId: string,
    milestoneId: string,
    forVersion: number,
    by: PersonRef,
    click: CardClick,
    options: WriteOptions = {},
  ): Promise<{ alreadyApplied: boolean; approval: Approval; etag: string }> {
    const result = await commitChange(this.ctx, {
      type: DOCUMENT_TYPES.approval,
      teamId,
      id: documentIds.approval(milestoneId),
      key: actionKey({ ...click, userId: by.id }),
      basis: options.basis,
      reapplyOnConflict: true,
      change: (_current, at) => ({
        milestoneId,
        status: "pending" as const,
        forVersion,
        requestedBy: by,
        requestedAt: at,
        updatedAt: at,
      }),
      note: () => ({
        actor: by,
        action: options.audit?.action ?? "approval.requested",
        details: options.audit?.details ?? { milestoneId, forVersion },
      }),
    });
    return {
      alreadyApplied: result.alreadyApplied,
      approval: approvalView(result.doc),
      etag: result.etag,
    };
  }

  /**
   * Records a decision once per person and click (two round trips; one with `basis`). Only a
   * pending approval can be decided; with `basedOnVersion` (the approval's version the card
   * showed) a decision made on an outdated card is ConcurrentChangeError rather than overwriting
   * the newer state — e.g. two approvers pressing "approve" and "send back" at once.
   */
  async decide(
    teamId: string,
    milestoneId: string,
    decision: ApprovalDecision,
    by: PersonRef,
    click: CardClick,
    options: WriteOptions & { basedOnVersion?: number } = {},
  ): Promise<{ alreadyApplied: boolean; approval: Approval; etag: string }> {
    const id = documentIds.approval(milestoneId);
    const comment = decision.comment?.trim() || undefined;
    let forVersion = 0;
    const result = await commitChange(this.ctx, {
      type: DOCUMENT_TYPES.approval,
      teamId,
      id,
      key: actionKey({ ...click, userId: by.id }),
      basis: options.basis,
      reapplyOnConflict: true,
      change: (current, at) => {
        if (current === null || current.status !== "pending") throw new ConcurrentChangeError(id);
        if (options.basedOnVersion !== undefined && options.basedOnVersion !== current.version) {
          throw new ConcurrentChangeError(id);
        }
        forVersion = current.forVersion;
        return {
          milestoneId,
          status: decision.status,
          forVersion: current.forVersion,
          requestedBy: current.requestedBy,
          requestedAt: current.requestedAt,
          decidedBy: by,
          decidedAt: at,
          ...(comment ? { comment } : {}),
          updatedAt: at,
        };
      },
      note: () => ({
        actor: by,
        action: options.audit?.action ?? `approval.${decision.status}`,
        details: options.audit?.details ?? {
          milestoneId,
          status: decision.status,
          forVersion,
          ...(comment ? { comment } : {}),
        },
      }),
    });
    return {
      alreadyApplied: result.alreadyApplied,
      approval: approvalView(result.doc),
      etag: result.etag,
    };
  }
}
