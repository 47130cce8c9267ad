import type { PersonRef } from "../domain/team/profile";
import { actionKey, type CardClick } from "./action-key";
import { commitChange } from "./change-log";
import { queryDocuments, readDocument } from "./cosmos-operations";
import { documentIds, DOCUMENT_TYPES } from "./document-ids";
import { ConcurrentChangeError, InvalidDocumentError } from "./errors";
import { questionIdSchema, type ChangeDetails, type DocumentOf } from "./schemas";
import type { StoreContext } from "./store-context";

export interface Answer {
  text: string;
  answeredBy: PersonRef;
  answeredAt: string;
  /** The version of the milestone's answers document that last changed this answer. */
  version: number;
}

export interface MilestoneAnswers {
  teamId: string;
  milestoneId: string;
  /** Keyed by the question's stable id; look up with `answers.get(id)`, never `[id]` on an object. */
  answers: ReadonlyMap<string, Answer>;
  version: number;
  updatedAt: string;
}

/**
 * New text per question id (kebab-case, as in the catalog); an empty (or blank) text removes that
 * answer. A Map, so a question id can never be mistaken for an object's built-in property.
 */
export type AnswerChanges = ReadonlyMap<string, string>;

export interface SaveAnswersOptions {
  /**
   * The version the user's card showed. If another person changed one of the same questions
   * after it, ConcurrentChangeError instead of overwriting their answer; answers to other
   * questions merge.
   */
  basedOnVersion?: number;
}

export interface AuditNote {
  action?: string;
  details?: ChangeDetails;
}

/** One saved version of a milestone's answers: who, when, which questions changed. */
export interface MilestoneVersion {
  version: number;
  at: string;
  by: PersonRef;
  action: string;
  questions: string[];
}

type AnswersDocument = DocumentOf<typeof DOCUMENT_TYPES.answers>;

function publicView(doc: AnswersDocument): MilestoneAnswers {
  return {
    teamId: doc.teamId,
    milestoneId: doc.milestoneId,
    answers: new Map(Object.entries(doc.answers)),
    version: doc.version,
    updatedAt: doc.updatedAt,
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
    return found === null ? null : { answers: publicView(found.doc), etag: found.etag };
  }

  /** Every milestone's answers for the team (one single-partition query, paged internally). */
  async list(teamId: string): Promise<MilestoneAnswers[]> {
    const all = await queryDocuments(this.ctx, teamId, DOCUMENT_TYPES.answers);
    return all.map(({ doc }) => publicView(doc));
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
    const found = await readDocument(
      this.ctx,
      this.ctx.teams,
      DOCUMENT_TYPES.answers,
      documentIds.answers(milestoneId),
      teamId,
    );
    if (found === null) return { versions: [], hasOlder: false };
    const versions = [...found.doc.changes].reverse().map((entry) => {
      const questions = entry.details["questions"];
      return {
        version: entry.version,
        at: entry.at,
        by: entry.actor,
        action: entry.action,
        questions: Array.isArray(questions) ? questions : [],
      };
    });
    return { versions, hasOlder: found.doc.archivedChunks > 0 };
  }

  /**
   * Applies the changes once per person and click (a redelivery returns `alreadyApplied: true`
   * without writing) and logs which questions changed, not their text. Two round trips.
   */
  async saveAnswers(
    teamId: string,
    milestoneId: string,
    changes: AnswerChanges,
    by: PersonRef,
    click: CardClick,
    audit: AuditNote = {},
    options: SaveAnswersOptions = {},
  ): Promise<{ alreadyApplied: boolean; answers: MilestoneAnswers; etag: string }> {
    const questionIds = checkQuestionIds(changes);
    const id = documentIds.answers(milestoneId);
    const result = await commitChange(this.ctx, {
      type: DOCUMENT_TYPES.answers,
      teamId,
      id,
      key: actionKey({ ...click, userId: by.id }),
      reapplyOnConflict: true,
      change: (current, at, version) => {
        const answers = new Map(Object.entries(current?.answers ?? {}));
        for (const questionId of questionIds) {
          const previous = answers.get(questionId);
          const { basedOnVersion } = options;
          if (basedOnVersion !== undefined && previous && previous.version > basedOnVersion) {
            throw new ConcurrentChangeError(id);
          }
          const text = (changes.get(questionId) ?? "").trim();
          if (text === "") answers.delete(questionId);
          else answers.set(questionId, { text, answeredBy: by, answeredAt: at, version });
        }
        return { milestoneId, answers: Object.fromEntries(answers), updatedAt: at };
      },
      note: () => ({
        actor: by,
        action: audit.action ?? "answers.saved",
        details: audit.details ?? { milestoneId, questions: questionIds },
      }),
    });
    return {
      alreadyApplied: result.alreadyApplied,
      answers: publicView(result.doc),
      etag: result.etag,
    };
  }
}
