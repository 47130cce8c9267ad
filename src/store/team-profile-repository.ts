import type { TeamProfile } from "../domain/team/profile";
import { commitWithAudit, type AuditInput } from "./audit-repository";
import { createItem, readItem, replaceItem } from "./cosmos-operations";
import { documentIds, DOCUMENT_TYPES } from "./document-ids";
import { AlreadyExistsError, ConcurrentChangeError } from "./errors";
import { auditedFieldsSchema, teamProfileSchema } from "./schemas";
import type { StoreContext } from "./store-context";

/** What a caller supplies; the repository owns `version`, `updatedAt` and `updatedBy`. */
export type TeamProfileInput = Omit<TeamProfile, "version" | "updatedAt" | "updatedBy">;

export interface StoredProfile {
  profile: TeamProfile;
  /** Pass back to `replace` so a concurrent change is detected, not overwritten. */
  etag: string;
}

const profileDocumentSchema = teamProfileSchema.and(auditedFieldsSchema);

/**
 * The team's setup: one document `profile` in the team's partition. Its existence means "the team
 * is set up"; erasing a team deletes it first for that reason. Every change is audited through
 * the one-commit-point protocol in audit-repository.ts.
 */
export class TeamProfileRepository {
  constructor(private readonly ctx: StoreContext) {}

  async get(teamId: string): Promise<StoredProfile | null> {
    const found = await this.read(teamId);
    return found === null ? null : { profile: found.profile, etag: found.etag };
  }

  /** The first setup. AlreadyExistsError if the team was set up meanwhile (re-read, then replace). */
  async create(input: TeamProfileInput, audit: AuditInput): Promise<StoredProfile> {
    const profile = this.stamp(input, 1, audit);
    const subject = documentIds.profile();
    let ourEventId = "";
    try {
      const { etag } = await commitWithAudit(this.ctx, {
        teamId: profile.teamId,
        subject,
        version: profile.version,
        previousEventId: undefined,
        audit,
        at: profile.updatedAt,
        commit: (auditEventId) => {
          ourEventId = auditEventId;
          return createItem(this.ctx, this.ctx.teams, this.document(profile, auditEventId));
        },
      });
      return { profile, etag };
    } catch (error) {
      // A create that timed out after landing and was retried reports 409: if the stored
      // document names our audit event, the create was ours.
      if (error instanceof AlreadyExistsError && ourEventId !== "") {
        const existing = await this.read(profile.teamId);
        if (existing?.auditEventId === ourEventId) {
          return { profile: existing.profile, etag: existing.etag };
        }
      }
      throw error;
    }
  }

  /**
   * Saves a changed setup if nobody changed it since `expectedEtag` was read; otherwise
   * ConcurrentChangeError (also when the team was erased meanwhile).
   */
  async replace(
    input: TeamProfileInput,
    expectedEtag: string,
    audit: AuditInput,
  ): Promise<StoredProfile> {
    const current = await this.read(input.teamId);
    // Checking first avoids writing an audit event for a change that cannot commit.
    if (current === null || current.etag !== expectedEtag) {
      throw new ConcurrentChangeError(documentIds.profile());
    }
    const profile = this.stamp(input, current.profile.version + 1, audit);
    let ourEventId = "";
    try {
      const { etag } = await commitWithAudit(this.ctx, {
        teamId: profile.teamId,
        subject: documentIds.profile(),
        version: profile.version,
        previousEventId: current.auditEventId,
        audit,
        at: profile.updatedAt,
        commit: (auditEventId) => {
          ourEventId = auditEventId;
          return replaceItem(
            this.ctx,
            this.ctx.teams,
            profile.teamId,
            this.document(profile, auditEventId),
            expectedEtag,
          );
        },
      });
      return { profile, etag };
    } catch (error) {
      // As in create: a replace that landed but was retried into a 412 is still ours.
      if (error instanceof ConcurrentChangeError && ourEventId !== "") {
        const now = await this.read(profile.teamId);
        if (now?.auditEventId === ourEventId) return { profile: now.profile, etag: now.etag };
      }
      throw error;
    }
  }

  private async read(teamId: string) {
    const found = await readItem(
      this.ctx,
      this.ctx.teams,
      documentIds.profile(),
      teamId,
      profileDocumentSchema,
    );
    if (found === null) return null;
    const { auditEventId, ...rest } = found.doc;
    return { profile: teamProfileSchema.parse(rest), etag: found.etag, auditEventId };
  }

  private stamp(input: TeamProfileInput, version: number, audit: AuditInput): TeamProfile {
    return {
      teamId: input.teamId,
      programmeId: input.programmeId,
      organisationName: input.organisationName,
      startDate: input.startDate,
      language: input.language,
      projectLeader: input.projectLeader,
      approvers: input.approvers,
      consultants: input.consultants,
      slots: input.slots,
      version,
      updatedAt: this.ctx.clock.now().toISOString(),
      updatedBy: audit.actor,
    };
  }

  private document(profile: TeamProfile, auditEventId: string) {
    return { id: documentIds.profile(), type: DOCUMENT_TYPES.profile, ...profile, auditEventId };
  }
}
