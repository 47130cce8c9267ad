import { z } from "zod";
import type { PersonRef } from "../domain/team/profile";
import type { AuditNote } from "./answer-repository";
import { applyOnce, type AuditedFields } from "./audited-document";
import { queryAll, readItem } from "./cosmos-operations";
import { documentIds, DOCUMENT_TYPES } from "./document-ids";
import { ConcurrentChangeError } from "./errors";
import { appliedActionIdsSchema, personRefSchema } from "./schemas";
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

const approvalDocumentSchema = z.object({
  teamId: z.string(),
  milestoneId: z.string(),
  status: z.enum(["pending", "approved", "sentBack"]),
  decidedBy: personRefSchema.optional(),
  decidedAt: z.string().optional(),
  comment: z.string().optional(),
  version: z.number().int(),
  updatedAt: z.string(),
  auditEventId: z.string().optional(),
  appliedActionIds: appliedActionIdsSchema,
});

type ApprovalDocument = Approval & AuditedFields;

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
    const found = await readItem(
      this.ctx,
      this.ctx.teams,
      documentIds.approval(milestoneId),
      teamId,
      approvalDocumentSchema,
    );
    return found === null ? null : { approval: publicView(found.doc), etag: found.etag };
  }

  async list(teamId: string): Promise<Approval[]> {
    const all: Approval[] = (
      await queryAll(
        this.ctx,
        this.ctx.teams,
        teamId,
        "SELECT * FROM c WHERE c.teamId = @teamId AND c.type = @type",
        [
          { name: "@teamId", value: teamId },
          { name: "@type", value: DOCUMENT_TYPES.approval },
        ],
      )
    ).map((item) => publicView(approvalDocumentSchema.parse(item)));
    return all;
  }

  /**
   * Records a decision once per `actionId`. With `basedOnVersion` (the version the card showed),
   * a decision made on an outdated card is ConcurrentChangeError rather than overwriting the
   * newer state — e.g. two approvers pressing "approve" and "send back" at once.
   */
  async decide(
    teamId: string,
    milestoneId: string,
    decision: ApprovalDecision,
    by: PersonRef,
    actionId: string,
    audit: AuditNote = {},
    options: { basedOnVersion?: number } = {},
  ): Promise<{ alreadyApplied: boolean; approval: Approval; etag: string }> {
    const id = documentIds.approval(milestoneId);
    const result = await applyOnce<ApprovalDocument, typeof approvalDocumentSchema>(this.ctx, {
      teamId,
      id,
      type: DOCUMENT_TYPES.approval,
      schema: approvalDocumentSchema,
      actionId,
      change: (current, at) => {
        const currentVersion = current?.version ?? 0;
        if (options.basedOnVersion !== undefined && options.basedOnVersion !== currentVersion) {
          throw new ConcurrentChangeError(id);
        }
        const comment = decision.comment?.trim();
        return {
          teamId,
          milestoneId,
          status: decision.status,
          decidedBy: by,
          decidedAt: at,
          ...(comment ? { comment } : {}),
          updatedAt: at,
        };
      },
      audit: (next) => ({
        actor: by,
        action: audit.action ?? `approval.${decision.status}`,
        details: audit.details ?? {
          milestoneId,
          status: decision.status,
          version: next.version,
          ...(next.comment ? { comment: next.comment } : {}),
        },
      }),
    });
    return {
      alreadyApplied: result.alreadyApplied,
      approval: publicView(result.doc),
      etag: result.etag,
    };
  }
}
