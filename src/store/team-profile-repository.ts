import { z } from "zod/v4";
import type { PersonRef, TeamProfile } from "../domain/team/profile";
import { actionKey, uniqueKey, type CardClick } from "./action-key";
import { commitChange } from "./change-log";
import { readDocument, readRaw } from "./cosmos-operations";
import { documentIds, DOCUMENT_TYPES } from "./document-ids";
import type { ChangeDetails, DocumentOf } from "./schemas";
import type { StoreContext } from "./store-context";

/** What a caller supplies; the repository owns `version`, `updatedAt` and `updatedBy`. */
export type TeamProfileInput = Omit<TeamProfile, "version" | "updatedAt" | "updatedBy">;

export type ProfileDocument = DocumentOf<typeof DOCUMENT_TYPES.profile>;

/** Who changed the setup and how, for the change log. */
export interface ProfileChange {
  actor: PersonRef;
  action: string;
  /** Ids and names of fields, not their values. */
  details?: ChangeDetails;
  /** The card click behind the change: a redelivery of it is applied once. */
  click?: CardClick;
}

export interface StoredProfile {
  profile: TeamProfile;
  /** Pass the whole StoredProfile back to `replace`: a change made since is detected by it. */
  etag: string;
  /** The document as read, so `replace` needs no second read. */
  document: ProfileDocument;
}

export interface SavedProfile extends StoredProfile {
  /** True when this person's click had been applied before: nothing was written now. */
  alreadyApplied: boolean;
}

function toProfile(doc: ProfileDocument): TeamProfile {
  return {
    teamId: doc.teamId,
    programmeId: doc.programmeId,
    organisationName: doc.organisationName,
    startDate: doc.startDate,
    language: doc.language,
    projectLeader: doc.projectLeader,
    approvers: doc.approvers,
    consultants: doc.consultants,
    slots: doc.slots,
    version: doc.version,
    updatedAt: doc.updatedAt,
    updatedBy: doc.updatedBy,
  };
}

/** Parses no more of a profile than who its approvers are. */
const approverIdsSchema = z.object({ approvers: z.array(z.unknown()).catch([]) });
const approverIdSchema = z.object({ id: z.string().min(1) });

/**
 * The team's setup: one document `profile` in the team's partition. Its existence means "the team
 * is set up"; erasing a team deletes it first for that reason. Every change carries its change
 * entry in the same write (see audit-repository.ts): a save is the caller's read plus one write.
 */
export class TeamProfileRepository {
  constructor(private readonly ctx: StoreContext) {}

  /** The profile, or null; UnreadableDocumentError if the stored one no longer parses. */
  async get(teamId: string): Promise<StoredProfile | null> {
    const found = await readDocument(
      this.ctx,
      this.ctx.teams,
      DOCUMENT_TYPES.profile,
      documentIds.profile(),
      teamId,
    );
    return found === null ? null : storedProfile(found.doc, found.etag);
  }

  /**
   * The approvers' Teams ids, read leniently: for authorising data protection (export, erase) on
   * a team whose profile no longer parses. Null when the team has no profile.
   */
  async readApproverIds(teamId: string): Promise<string[] | null> {
    const found = await readRaw(this.ctx, this.ctx.teams, documentIds.profile(), teamId);
    if (found === null) return null;
    const { approvers } = approverIdsSchema.parse(found.doc);
    return approvers.flatMap((approver) => {
      const parsed = approverIdSchema.safeParse(approver);
      return parsed.success ? [parsed.data.id] : [];
    });
  }

  /**
   * The ids of every team that is set up, a page at a time: the one query across partitions,
   * for jobs that visit every team (the monthly nudges). Pass back `continuationToken`.
   */
  async listTeamIds(
    page: { maxItemCount?: number; continuationToken?: string } = {},
  ): Promise<{ teamIds: string[]; continuationToken?: string }> {
    const response = await this.ctx.retry((abortSignal) =>
      this.ctx.teams.items
        .query<{ teamId: unknown }>(
          {
            query: "SELECT c.teamId FROM c WHERE c.type = @type AND c.id = @id",
            parameters: [
              { name: "@type", value: DOCUMENT_TYPES.profile },
              { name: "@id", value: documentIds.profile() },
            ],
          },
          {
            // A listing row is a team id: 1,000 a page keeps 10,000 teams to 10 round trips.
            maxItemCount: page.maxItemCount ?? 1_000,
            continuationToken: page.continuationToken,
            abortSignal,
          },
        )
        .fetchNext(),
    );
    const teamIds = response.resources.flatMap((item) =>
      typeof item.teamId === "string" ? [item.teamId] : [],
    );
    return {
      teamIds,
      continuationToken: response.hasMoreResults ? response.continuationToken : undefined,
    };
  }

  /** Whether this click of this person has already been applied to the stored profile. */
  hasApplied(stored: StoredProfile, click: CardClick, userId: string): boolean {
    return stored.document.appliedKeys.includes(actionKey({ ...click, userId }));
  }

  /** The first setup. AlreadyExistsError if the team was set up meanwhile (re-read, then replace). */
  async create(input: TeamProfileInput, change: ProfileChange): Promise<SavedProfile> {
    return this.save(input, null, change);
  }

  /**
   * Saves a changed setup if nobody changed it since `basis` was read; otherwise
   * ConcurrentChangeError (also when the team was erased meanwhile).
   */
  async replace(
    input: TeamProfileInput,
    basis: StoredProfile,
    change: ProfileChange,
  ): Promise<SavedProfile> {
    return this.save(input, { doc: basis.document, etag: basis.etag }, change);
  }

  private async save(
    input: TeamProfileInput,
    basis: { doc: ProfileDocument; etag: string } | null,
    change: ProfileChange,
  ): Promise<SavedProfile> {
    const key = change.click
      ? actionKey({ ...change.click, userId: change.actor.id })
      : uniqueKey(this.ctx.newToken());
    const result = await commitChange(this.ctx, {
      type: DOCUMENT_TYPES.profile,
      teamId: input.teamId,
      id: documentIds.profile(),
      key,
      basis,
      reapplyOnConflict: false,
      change: (_current, at) => ({
        programmeId: input.programmeId,
        organisationName: input.organisationName,
        startDate: input.startDate,
        language: input.language,
        projectLeader: input.projectLeader,
        approvers: input.approvers,
        consultants: input.consultants,
        slots: input.slots,
        updatedAt: at,
        updatedBy: change.actor,
      }),
      note: () => ({ actor: change.actor, action: change.action, details: change.details }),
    });
    return { alreadyApplied: result.alreadyApplied, ...storedProfile(result.doc, result.etag) };
  }
}

/** A profile document as read, with its ETag, as `get` returns it. */
export function storedProfile(document: ProfileDocument, etag: string): StoredProfile {
  return { profile: toProfile(document), etag, document };
}
