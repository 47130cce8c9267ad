import { z } from "zod";
import type { PersonRef } from "../domain/team/profile";
import { applyOnce, type AuditedFields } from "./audited-document";
import { queryAll, readItem } from "./cosmos-operations";
import { documentIds, DOCUMENT_TYPES } from "./document-ids";
import { ConcurrentChangeError } from "./errors";
import { appliedActionIdsSchema, personRefSchema } from "./schemas";
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
  /** Keyed by the question's index in the catalog's milestone, as a string (JSON keys). */
  answers: Record<string, Answer>;
  version: number;
  updatedAt: string;
}

/** New text per question index; an empty (or blank) text removes that answer. */
export type AnswerChanges = Readonly<Record<number, string>>;

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
  details?: Record<string, unknown>;
}

const answerSchema = z.object({
  text: z.string(),
  answeredBy: personRefSchema,
  answeredAt: z.string(),
  version: z.number().int(),
});

const answersDocumentSchema = z.object({
  teamId: z.string(),
  milestoneId: z.string(),
  answers: z.record(answerSchema),
  version: z.number().int(),
  updatedAt: z.string(),
  auditEventId: z.string().optional(),
  appliedActionIds: appliedActionIdsSchema,
});

type AnswersDocument = MilestoneAnswers & AuditedFields;

function publicView(doc: AnswersDocument): MilestoneAnswers {
  const { teamId, milestoneId, answers, version, updatedAt } = doc;
  return { teamId, milestoneId, answers, version, updatedAt };
}

/** Answers to a milestone's questions: one document `answers:<milestoneId>` per milestone. */
export class AnswerRepository {
  constructor(private readonly ctx: StoreContext) {}

  async get(
    teamId: string,
    milestoneId: string,
  ): Promise<{ answers: MilestoneAnswers; etag: string } | null> {
    const found = await readItem(
      this.ctx,
      this.ctx.teams,
      documentIds.answers(milestoneId),
      teamId,
      answersDocumentSchema,
    );
    return found === null ? null : { answers: publicView(found.doc), etag: found.etag };
  }

  /** Every milestone's answers for the team (one single-partition query, paged internally). */
  async list(teamId: string): Promise<MilestoneAnswers[]> {
    const all: MilestoneAnswers[] = (
      await queryAll(
        this.ctx,
        this.ctx.teams,
        teamId,
        "SELECT * FROM c WHERE c.teamId = @teamId AND c.type = @type",
        [
          { name: "@teamId", value: teamId },
          { name: "@type", value: DOCUMENT_TYPES.answers },
        ],
      )
    ).map((item) => publicView(answersDocumentSchema.parse(item)));
    return all;
  }

  /**
   * Applies the changes once per `actionId` (a repeat returns `alreadyApplied: true` without
   * writing) and appends an audit event naming the questions changed, not their text.
   */
  async saveAnswers(
    teamId: string,
    milestoneId: string,
    changes: AnswerChanges,
    by: PersonRef,
    actionId: string,
    audit: AuditNote = {},
    options: SaveAnswersOptions = {},
  ): Promise<{ alreadyApplied: boolean; answers: MilestoneAnswers; etag: string }> {
    const indexes = Object.keys(changes).map(Number);
    if (indexes.some((index) => !Number.isInteger(index) || index < 0)) {
      throw new Error("question indexes must be non-negative integers");
    }
    const id = documentIds.answers(milestoneId);
    const result = await applyOnce<AnswersDocument, typeof answersDocumentSchema>(this.ctx, {
      teamId,
      id,
      type: DOCUMENT_TYPES.answers,
      schema: answersDocumentSchema,
      actionId,
      change: (current, at) => {
        const answers: Record<string, Answer> = { ...(current?.answers ?? {}) };
        const version = (current?.version ?? 0) + 1;
        for (const index of indexes) {
          const key = String(index);
          const previous = answers[key];
          const { basedOnVersion } = options;
          if (basedOnVersion !== undefined && previous && previous.version > basedOnVersion) {
            throw new ConcurrentChangeError(id);
          }
          const text = (changes[index] ?? "").trim();
          if (text === "") delete answers[key];
          else answers[key] = { text, answeredBy: by, answeredAt: at, version };
        }
        return { teamId, milestoneId, answers, updatedAt: at };
      },
      audit: (next) => ({
        actor: by,
        action: audit.action ?? "answers.saved",
        details: audit.details ?? { milestoneId, questions: indexes, version: next.version },
      }),
    });
    return {
      alreadyApplied: result.alreadyApplied,
      answers: publicView(result.doc),
      etag: result.etag,
    };
  }
}
