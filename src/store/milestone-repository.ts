import { answerKey } from "../domain/team/answer-key";
import { parseDocument, queryAll, queryPage, type Versioned } from "./cosmos-operations";
import { documentIds, DOCUMENT_TYPES } from "./document-ids";
import { answersView, type AnswersDocument, type MilestoneAnswers } from "./answer-repository";
import { approvalView, type Approval, type ApprovalDocument } from "./approval-repository";
import type { DocumentOf } from "./schemas";
import { overrideView, type ScheduleOverride } from "./schedule-override-repository";
import type { StoreContext } from "./store-context";
import { storedProfile, type StoredProfile } from "./team-profile-repository";
import { reachabilityView, type TeamReachability } from "./team-reachability-repository";

/** A milestone's answers as read, with the document to save over. */
export interface StoredAnswers {
  answers: MilestoneAnswers;
  basis: Versioned<AnswersDocument>;
}

/** A milestone's approval as read, with the document to write over. */
export interface StoredApproval {
  approval: Approval;
  basis: Versioned<ApprovalDocument>;
}

/** Everything a milestone's card or a decision needs, from one query. */
export interface MilestoneDocuments {
  profile: StoredProfile | null;
  answers: StoredAnswers | null;
  approval: StoredApproval | null;
}

/** Everything the overview and the approvals list need about a team, from one query. */
export interface TeamMilestones {
  profile: StoredProfile | null;
  /** Keyed by the answer key `<programmeId>.<milestoneId>`. */
  answers: ReadonlyMap<string, StoredAnswers>;
  approvals: ReadonlyMap<string, StoredApproval>;
}

/** Everything the team's status card and its portfolio summary are computed from, in one query. */
export interface TeamStatusDocuments extends TeamMilestones {
  overrides: ScheduleOverride[];
  /** Null when nothing went wrong posting to the team so far (reachable). */
  reachability: TeamReachability | null;
}

/**
 * A team's documents of these kinds fit one page of the status query: 16 milestones' answers and
 * approvals, and an override for every meeting of a few years (a weekly slot for two years is
 * about 100). A larger team still reads correctly, in a page more.
 */
const STATUS_PAGE_SIZE = 1000;

function etagOf(item: Record<string, unknown>): string {
  const etag = item["_etag"];
  if (typeof etag !== "string") throw new Error("the store returned a document without an ETag");
  return etag;
}

function versioned<T extends "answers" | "approval" | "profile">(
  type: T,
  item: Record<string, unknown>,
): Versioned<DocumentOf<T>> {
  return { doc: parseDocument(type, item), etag: etagOf(item) };
}

/**
 * The milestone reads: a milestone's profile, answers and approval in ONE single-partition query
 * (so opening a card is one round trip, and a save or decision is that read plus one write), and a
 * team's whole milestone state in one query for the overview and the approvals list. Every
 * document is parsed with its type's schema, as a point read would be.
 */
export class MilestoneRepository {
  constructor(private readonly ctx: StoreContext) {}

  async readMilestone(
    teamId: string,
    programmeId: string,
    milestoneId: string,
  ): Promise<MilestoneDocuments> {
    const key = answerKey(programmeId, milestoneId);
    const ids = {
      profile: documentIds.profile(),
      answers: documentIds.answers(key),
      approval: documentIds.approval(key),
    };
    const items = await queryAll(
      this.ctx,
      this.ctx.teams,
      teamId,
      "SELECT * FROM c WHERE c.teamId = @teamId AND (c.id = @profile OR c.id = @answers OR c.id = @approval)",
      [
        { name: "@teamId", value: teamId },
        { name: "@profile", value: ids.profile },
        { name: "@answers", value: ids.answers },
        { name: "@approval", value: ids.approval },
      ],
    );
    const byId = new Map(items.map((item) => [String(item["id"]), item]));
    const profile = byId.get(ids.profile);
    const answers = byId.get(ids.answers);
    const approval = byId.get(ids.approval);
    return {
      profile: profile ? profileOf(profile) : null,
      answers: answers ? answersOf(answers) : null,
      approval: approval ? approvalOf(approval) : null,
    };
  }

  async readTeam(teamId: string): Promise<TeamMilestones> {
    const items = await queryAll(
      this.ctx,
      this.ctx.teams,
      teamId,
      "SELECT * FROM c WHERE c.teamId = @teamId AND (c.id = @profile OR c.type = @answers OR c.type = @approval)",
      [
        { name: "@teamId", value: teamId },
        { name: "@profile", value: documentIds.profile() },
        { name: "@answers", value: DOCUMENT_TYPES.answers },
        { name: "@approval", value: DOCUMENT_TYPES.approval },
      ],
    );
    let profile: StoredProfile | null = null;
    const answers = new Map<string, StoredAnswers>();
    const approvals = new Map<string, StoredApproval>();
    for (const item of items) {
      if (item["type"] === DOCUMENT_TYPES.profile) profile = profileOf(item);
      if (item["type"] === DOCUMENT_TYPES.answers) {
        const stored = answersOf(item);
        answers.set(stored.answers.milestoneId, stored);
      }
      if (item["type"] === DOCUMENT_TYPES.approval) {
        const stored = approvalOf(item);
        approvals.set(stored.approval.milestoneId, stored);
      }
    }
    return { profile, answers, approvals };
  }

  /**
   * The team's status documents in ONE single-partition query (one round trip, a page more only
   * for a very large team): the profile, every answers and approval document, the schedule
   * overrides and the reachability record.
   */
  async readTeamStatus(teamId: string): Promise<TeamStatusDocuments> {
    const query =
      "SELECT * FROM c WHERE c.teamId = @teamId AND (c.id = @profile OR c.id = @reachability OR c.type = @answers OR c.type = @approval OR c.type = @override)";
    const parameters = [
      { name: "@teamId", value: teamId },
      { name: "@profile", value: documentIds.profile() },
      { name: "@reachability", value: documentIds.reachability() },
      { name: "@answers", value: DOCUMENT_TYPES.answers },
      { name: "@approval", value: DOCUMENT_TYPES.approval },
      { name: "@override", value: DOCUMENT_TYPES.scheduleOverride },
    ];
    const found: TeamStatusDocuments = {
      profile: null,
      answers: new Map(),
      approvals: new Map(),
      overrides: [],
      reachability: null,
    };
    const answers = new Map<string, StoredAnswers>();
    const approvals = new Map<string, StoredApproval>();
    let continuationToken: string | undefined;
    do {
      const page = await queryPage(this.ctx, this.ctx.teams, teamId, query, parameters, {
        maxItemCount: STATUS_PAGE_SIZE,
        continuationToken,
      });
      for (const item of page.items) {
        switch (item["type"]) {
          case DOCUMENT_TYPES.profile:
            found.profile = profileOf(item);
            break;
          case DOCUMENT_TYPES.answers: {
            const stored = answersOf(item);
            answers.set(stored.answers.milestoneId, stored);
            break;
          }
          case DOCUMENT_TYPES.approval: {
            const stored = approvalOf(item);
            approvals.set(stored.approval.milestoneId, stored);
            break;
          }
          case DOCUMENT_TYPES.scheduleOverride:
            found.overrides.push(
              overrideView(parseDocument(DOCUMENT_TYPES.scheduleOverride, item)),
            );
            break;
          case DOCUMENT_TYPES.reachability:
            found.reachability = reachabilityView(parseDocument(DOCUMENT_TYPES.reachability, item));
            break;
        }
      }
      continuationToken = page.continuationToken;
    } while (continuationToken !== undefined);
    return { ...found, answers, approvals, overrides: sortedByDate(found.overrides) };
  }
}

function sortedByDate(overrides: ScheduleOverride[]): ScheduleOverride[] {
  return overrides.sort(
    (a, b) => a.date.localeCompare(b.date) || a.activityKind.localeCompare(b.activityKind),
  );
}

function profileOf(item: Record<string, unknown>): StoredProfile {
  const { doc, etag } = versioned(DOCUMENT_TYPES.profile, item);
  return storedProfile(doc, etag);
}

function answersOf(item: Record<string, unknown>): StoredAnswers {
  const basis = versioned(DOCUMENT_TYPES.answers, item);
  return { answers: answersView(basis.doc), basis };
}

function approvalOf(item: Record<string, unknown>): StoredApproval {
  const basis = versioned(DOCUMENT_TYPES.approval, item);
  return { approval: approvalView(basis.doc), basis };
}
