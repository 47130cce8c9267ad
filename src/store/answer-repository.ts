import type { Assessment } from "../domain/milestones/assessment";
import type { PersonRef } from "../domain/team/profile";
import { actionKey, type CardClick } from "./action-key";
import { commitChange } from "./change-log";
import { queryDocuments, readDocument, type Versioned } from "./cosmos-operations";
import { documentIds, DOCUMENT_TYPES } from "./document-ids";
import { ConcurrentChangeError, InvalidDocumentError } from "./errors";
import { questionIdSchema, type ChangeDetails, type ChangeEntry, type DocumentOf } from "./schemas";
import type { StoreContext } from "./store-context";

export interface Answer {
  text: string;
  answeredBy: PersonRef;
  answeredAt: string;
  /** The version of the milestone's answers document that last changed this answer. */
  version: number;
}

export interface AssessmentRecord {
  value: Assessment;
  setBy: PersonRef;
  setAt: string;
  /** The version of the milestone's answers document that last changed it. */
  version: number;
}

/** One saved version of a milestone's answers: who, when, which questions changed. */
export interface MilestoneVersion {
  version: number;
  at: string;
  by: PersonRef;
  action: string;
  questions: string[];
  /** The assessment this version set, when it changed it. */
  assessment?: string;
}

export interface MilestoneAnswers {
  teamId: string;
  milestoneId: string;
  /** Keyed by the question's stable id; look up with `answers.get(id)`, never `[id]` on an object. */
  answers: ReadonlyMap<string, Answer>;
  assessment?: AssessmentRecord;
  version: number;
  updatedAt: string;
  /** The newest versions from the document's own change log, oldest first. */
  versions: MilestoneVersion[];
  /** True when older versions have moved to the archive (see `history`). */
  hasOlderVersions: boolean;
}

/**
 * New text per question id (kebab-case, as in the catalog); an empty (or blank) text removes that
 * answer. A Map, so a question id can never be mistaken for an object's built-in property.
 */
export type AnswerChanges = ReadonlyMap<string, string>;

/** One save of a milestone: changed answers and, if it changed, the assessment. */
export interface MilestoneChange {
  answers: AnswerChanges;
  assessment?: Assessment;
}

export type AnswersDocument = DocumentOf<typeof DOCUMENT_TYPES.answers>;

/** What a caller read (the whole stored document), handed back to save without a second read. */
export type AnswersBasis = Versioned<AnswersDocument> | null;

export interface SaveAnswersOptions {
  /**
   * The version the user's card showed. If another person changed one of the same questions (or
   * the assessment) after it, ConcurrentChangeError instead of overwriting; answers to other
   * questions merge.
   */
  basedOnVersion?: number;
  /** What the caller has just read (null: nothing stored), so the save is a single write. */
  basis?: AnswersBasis;
}

export interface AuditNote {
  action?: string;
  details?: ChangeDetails;
}

function versionOf(entry: ChangeEntry): MilestoneVersion {
  const questions = entry.details["questions"];
  const assessment = entry.details["assessment"];
  return {
    version: entry.version,
    at: entry.at,
    by: entry.actor,
    action: entry.action,
    questions: Array.isArray(questions) ? questions : [],
    ...(typeof assessment === "string" ? { assessment } : {}),
  };
}

export function answersView(doc: AnswersDocument): MilestoneAnswers {
  return {
    teamId: doc.teamId,
    milestoneId: doc.milestoneId,
    answers: new Map(Object.entries(doc.answers)),
    ...(doc.assessment ? { assessment: doc.assessment } : {}),
    version: doc.version,
    updatedAt: doc.updatedAt,
    versions: doc.changes.map(versionOf),
    hasOlderVersions: doc.archivedChunks > 0,
  };
}

function checkQuestionIds(changes: AnswerChanges): string[] {
  const ids = [...changes.keys()];
  const bad = ids.filter((id) => !questionIdSchema.safeParse(id).success);
  if (bad.length > 0) {
    throw new InvalidDocumentError(DOCUMENT_TYPES.answers, [
      `${bad.length} question id(s) are not kebab-case ids of at most 64 characters`,
    ]);
  }
  return ids;
}

/** Answers to a milestone's questions: one document `answers:<milestoneId>` per milestone. */
export class AnswerRepository {
  constructor(private readonly ctx: StoreContext) {}

  async get(
    teamId: string,
    milestoneId: string,
  ): Promise<{ answers: MilestoneAnswers; etag: string } | null> {
    const found = await readDocument(
      this.ctx,
      this.ctx.teams,
      DOCUMENT_TYPES.answers,
      documentIds.answers(milestoneId),
      teamId,
    );
    return found === null ? null : { answers: answersView(found.doc), etag: found.etag };
  }

  /** Every milestone's answers for the team (one single-partition query, paged internally). */
  async list(teamId: string): Promise<MilestoneAnswers[]> {
    const all = await queryDocuments(this.ctx, teamId, DOCUMENT_TYPES.answers);
    return all.map(({ doc }) => answersView(doc));
  }

  /**
   * The versions of a milestone's answers, newest first, from the document's own change log: one
   * point read. `hasOlder` says the oldest versions have moved to the archive; `audit.list` with
   * `subject: "answers:<milestoneId>"` pages through all of them.
   */
  async history(
    teamId: string,
    milestoneId: string,
  ): Promise<{ versions: MilestoneVersion[]; hasOlder: boolean }> {
    const found = await this.get(teamId, milestoneId);
    if (found === null) return { versions: [], hasOlder: false };
    return {
      versions: [...found.answers.versions].reverse(),
      hasOlder: found.answers.hasOlderVersions,
    };
  }

  /** `saveMilestone` for answers only, as scripts and older callers use it. */
  async saveAnswers(
    teamId: string,
    milestoneId: string,
    changes: AnswerChanges,
    by: PersonRef,
    click: CardClick,
    audit: AuditNote = {},
    options: SaveAnswersOptions = {},
  ): Promise<{ alreadyApplied: boolean; answers: MilestoneAnswers; etag: string }> {
    return this.saveMilestone(teamId, milestoneId, { answers: changes }, by, click, {
      ...options,
      audit,
    });
  }

  /**
   * Applies the changes once per person and click (a redelivery returns `alreadyApplied: true`
   * without writing) and logs which questions changed and the assessment set, not the texts.
   * Two round trips; one with `basis`.
   */
  async saveMilestone(
    teamId: string,
    milestoneId: string,
    change: MilestoneChange,
    by: PersonRef,
    click: CardClick,
    options: SaveAnswersOptions & { audit?: AuditNote } = {},
  ): Promise<{ alreadyApplied: boolean; answers: MilestoneAnswers; etag: string }> {
    const questionIds = checkQuestionIds(change.answers);
    const id = documentIds.answers(milestoneId);
    const { basedOnVersion } = options;
    const changedSince = (version: number | undefined) =>
      basedOnVersion !== undefined && version !== undefined && version > basedOnVersion;
    const result = await commitChange(this.ctx, {
      type: DOCUMENT_TYPES.answers,
      teamId,
      id,
      key: actionKey({ ...click, userId: by.id }),
      basis: options.basis,
      reapplyOnConflict: true,
      change: (current, at, version) => {
        const answers = new Map(Object.entries(current?.answers ?? {}));
        for (const questionId of questionIds) {
          if (changedSince(answers.get(questionId)?.version)) throw new ConcurrentChangeError(id);
          const text = (change.answers.get(questionId) ?? "").trim();
          if (text === "") answers.delete(questionId);
          else answers.set(questionId, { text, answeredBy: by, answeredAt: at, version });
        }
        let assessment = current?.assessment;
        if (change.assessment !== undefined) {
          if (changedSince(assessment?.version)) throw new ConcurrentChangeError(id);
          assessment = { value: change.assessment, setBy: by, setAt: at, version };
        }
        return {
          milestoneId,
          answers: Object.fromEntries(answers),
          ...(assessment ? { assessment } : {}),
          updatedAt: at,
        };
      },
      note: () => ({
        actor: by,
        action: options.audit?.action ?? "answers.saved",
        details: options.audit?.details ?? {
          milestoneId,
          questions: questionIds,
          ...(change.assessment ? { assessment: change.assessment } : {}),
        },
      }),
    });
    return {
      alreadyApplied: result.alreadyApplied,
      answers: answersView(result.doc),
      etag: result.etag,
    };
  }
}
