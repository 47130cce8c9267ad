import type { SqlParameter } from "@azure/cosmos";
import { answerKey } from "../domain/team/answer-key";
import { parseDocument, queryAll, queryPage, type Versioned } from "./cosmos-operations";
import {
  referenceView,
  type ConversationReferenceRecord,
} from "./conversation-reference-repository";
import { documentIds, DOCUMENT_TYPES, type DocumentType } from "./document-ids";
import { deliveryView, type DeliveryKey, type NudgeDelivery } from "./nudge-delivery-repository";
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

/** Everything a team's monthly nudge is made of (and whether it is due), in one query. */
export interface TeamNudgeDocuments extends TeamStatusDocuments {
  /** The team's channel (and group chat) references, newest first. */
  conversations: ConversationReferenceRecord[];
  /** The delivery record of the month asked for; null before its first claim. */
  delivery: NudgeDelivery | null;
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
    const { profile, answers, approvals, overrides, reachability } = await this.readTeamDocuments(
      teamId,
      {
        ids: [documentIds.profile(), documentIds.reachability()],
        types: [DOCUMENT_TYPES.answers, DOCUMENT_TYPES.approval, DOCUMENT_TYPES.scheduleOverride],
      },
    );
    return { profile, answers, approvals, overrides, reachability };
  }

  /**
   * Everything a team's monthly nudge is made of in ONE single-partition query, so the sweep reads
   * a team in one round trip: the status documents, the team's conversation references and the
   * delivery record of `delivery`'s month (only that one: older months' records stay unread).
   */
  async readTeamForNudge(teamId: string, delivery: DeliveryKey): Promise<TeamNudgeDocuments> {
    return this.readTeamDocuments(teamId, {
      ids: [
        documentIds.profile(),
        documentIds.reachability(),
        documentIds.nudgeDelivery(delivery.kind, delivery.month),
      ],
      types: [
        DOCUMENT_TYPES.answers,
        DOCUMENT_TYPES.approval,
        DOCUMENT_TYPES.scheduleOverride,
        DOCUMENT_TYPES.conversation,
      ],
    });
  }

  /** The team's documents with these ids or of these types, each parsed with its type's schema. */
  private async readTeamDocuments(
    teamId: string,
    selection: { ids: string[]; types: DocumentType[] },
  ): Promise<TeamNudgeDocuments> {
    const { query, parameters } = teamDocumentsQuery(teamId, selection);
    const found = new TeamDocumentsFound();
    let continuationToken: string | undefined;
    do {
      const page = await queryPage(this.ctx, this.ctx.teams, teamId, query, parameters, {
        maxItemCount: STATUS_PAGE_SIZE,
        continuationToken,
      });
      for (const item of page.items) found.add(item);
      continuationToken = page.continuationToken;
    } while (continuationToken !== undefined);
    return found.documents();
  }
}

/** `c.teamId = @teamId AND (c.id = @id0 OR … OR c.type = @type0 OR …)`. */
function teamDocumentsQuery(
  teamId: string,
  selection: { ids: string[]; types: DocumentType[] },
): { query: string; parameters: SqlParameter[] } {
  const parameters: SqlParameter[] = [{ name: "@teamId", value: teamId }];
  const conditions: string[] = [];
  selection.ids.forEach((id, i) => {
    conditions.push(`c.id = @id${i}`);
    parameters.push({ name: `@id${i}`, value: id });
  });
  selection.types.forEach((type, i) => {
    conditions.push(`c.type = @type${i}`);
    parameters.push({ name: `@type${i}`, value: type });
  });
  return {
    query: `SELECT * FROM c WHERE c.teamId = @teamId AND (${conditions.join(" OR ")})`,
    parameters,
  };
}

/** The documents of one team's query, sorted into their kinds as they arrive. */
class TeamDocumentsFound {
  private profile: StoredProfile | null = null;
  private reachability: TeamReachability | null = null;
  private delivery: NudgeDelivery | null = null;
  private readonly answers = new Map<string, StoredAnswers>();
  private readonly approvals = new Map<string, StoredApproval>();
  private readonly overrides: ScheduleOverride[] = [];
  private readonly conversations: ConversationReferenceRecord[] = [];

  add(item: Record<string, unknown>): void {
    switch (item["type"]) {
      case DOCUMENT_TYPES.profile:
        this.profile = profileOf(item);
        break;
      case DOCUMENT_TYPES.answers: {
        const stored = answersOf(item);
        this.answers.set(stored.answers.milestoneId, stored);
        break;
      }
      case DOCUMENT_TYPES.approval: {
        const stored = approvalOf(item);
        this.approvals.set(stored.approval.milestoneId, stored);
        break;
      }
      case DOCUMENT_TYPES.scheduleOverride:
        this.overrides.push(overrideView(parseDocument(DOCUMENT_TYPES.scheduleOverride, item)));
        break;
      case DOCUMENT_TYPES.reachability:
        this.reachability = reachabilityView(parseDocument(DOCUMENT_TYPES.reachability, item));
        break;
      case DOCUMENT_TYPES.conversation:
        this.conversations.push(referenceView(parseDocument(DOCUMENT_TYPES.conversation, item)));
        break;
      case DOCUMENT_TYPES.nudgeDelivery:
        this.delivery = deliveryView(parseDocument(DOCUMENT_TYPES.nudgeDelivery, item));
        break;
    }
  }

  documents(): TeamNudgeDocuments {
    return {
      profile: this.profile,
      answers: this.answers,
      approvals: this.approvals,
      overrides: sortedByDate(this.overrides),
      reachability: this.reachability,
      conversations: newestFirst(this.conversations),
      delivery: this.delivery,
    };
  }
}

/** As `ConversationReferenceRepository.listForTeam` orders them; one without a time last. */
function newestFirst(references: ConversationReferenceRecord[]): ConversationReferenceRecord[] {
  return references.sort((a, b) => (b.updatedAt ?? "").localeCompare(a.updatedAt ?? ""));
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
