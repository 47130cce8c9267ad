import type { PersonRef } from "../domain/team/profile";
import { parseDocument, queryPage, readDocument, writeDocument } from "./cosmos-operations";
import { documentIds, DOCUMENT_TYPES, isDate } from "./document-ids";
import { AlreadyExistsError, ConcurrentChangeError } from "./errors";
import type { DocumentOf } from "./schemas";
import type { StoreContext } from "./store-context";

/** A change to one occurrence of a regular activity (status meeting, supervision, ...). */
export interface ScheduleOverride {
  teamId: string;
  /** e.g. "statusMeeting", "supervision". */
  activityKind: string;
  /** The occurrence as the schedule computed it, `YYYY-MM-DD`. */
  date: string;
  movedTo?: { date: string; time?: string };
  cancelled: boolean;
  held: boolean;
  note?: string;
  updatedAt: string;
  updatedBy: PersonRef;
}

export type ScheduleOverrideInput = Omit<ScheduleOverride, "updatedAt" | "updatedBy">;

type OverrideDocument = DocumentOf<typeof DOCUMENT_TYPES.scheduleOverride>;

function publicView(doc: OverrideDocument): ScheduleOverride {
  const { teamId, activityKind, date, cancelled, held, updatedAt, updatedBy } = doc;
  return {
    teamId,
    activityKind,
    date,
    ...(doc.movedTo ? { movedTo: doc.movedTo } : {}),
    cancelled,
    held,
    ...(doc.note !== undefined ? { note: doc.note } : {}),
    updatedAt,
    updatedBy,
  };
}

export interface StoredOverride {
  override: ScheduleOverride;
  etag: string;
}

/** Per-occurrence overrides: one document `override:<activityKind>:<YYYY-MM-DD>`. */
export class ScheduleOverrideRepository {
  constructor(private readonly ctx: StoreContext) {}

  async get(teamId: string, activityKind: string, date: string): Promise<StoredOverride | null> {
    const id = documentIds.scheduleOverride(activityKind, date);
    const found = await readDocument(
      this.ctx,
      this.ctx.teams,
      DOCUMENT_TYPES.scheduleOverride,
      id,
      teamId,
    );
    return found === null ? null : { override: publicView(found.doc), etag: found.etag };
  }

  /** Overrides of occurrences from `from` to `to` (inclusive, `YYYY-MM-DD`), by date. */
  async list(
    teamId: string,
    range: { from?: string; to?: string } = {},
  ): Promise<StoredOverride[]> {
    let query = "SELECT * FROM c WHERE c.teamId = @teamId AND c.type = @type";
    const parameters = [
      { name: "@teamId", value: teamId },
      { name: "@type", value: DOCUMENT_TYPES.scheduleOverride },
    ];
    if (range.from !== undefined) {
      query += " AND c.date >= @from";
      parameters.push({ name: "@from", value: range.from });
    }
    if (range.to !== undefined) {
      query += " AND c.date <= @to";
      parameters.push({ name: "@to", value: range.to });
    }
    query += " ORDER BY c.date";
    const all: StoredOverride[] = [];
    let continuationToken: string | undefined;
    do {
      const page = await queryPage(this.ctx, this.ctx.teams, teamId, query, parameters, {
        maxItemCount: 100,
        continuationToken,
      });
      for (const item of page.items) {
        const etag = item["_etag"];
        if (typeof etag === "string") {
          const doc = parseDocument(DOCUMENT_TYPES.scheduleOverride, item);
          all.push({ override: publicView(doc), etag });
        }
      }
      continuationToken = page.continuationToken;
    } while (continuationToken !== undefined);
    return all;
  }

  /**
   * Writes an override: `expectedEtag` null means "there was none when I looked" (create), else
   * the ETag read. Either way a change made meanwhile is ConcurrentChangeError.
   */
  async save(
    input: ScheduleOverrideInput,
    expectedEtag: string | null,
    by: PersonRef,
  ): Promise<StoredOverride> {
    if (!isDate(input.date)) throw new Error(`not a date: ${input.date}`);
    const id = documentIds.scheduleOverride(input.activityKind, input.date);
    const override: ScheduleOverride = {
      ...input,
      updatedAt: this.ctx.clock.now().toISOString(),
      updatedBy: by,
    };
    const body = { id, type: DOCUMENT_TYPES.scheduleOverride, ...override };
    try {
      const { etag } = await writeDocument(
        this.ctx,
        this.ctx.teams,
        DOCUMENT_TYPES.scheduleOverride,
        body,
        expectedEtag === null
          ? { kind: "create" }
          : { kind: "replace", etag: expectedEtag, partitionKey: input.teamId },
      );
      return { override, etag };
    } catch (error) {
      if (error instanceof AlreadyExistsError)
        throw new ConcurrentChangeError(id, { cause: error });
      throw error;
    }
  }
}
