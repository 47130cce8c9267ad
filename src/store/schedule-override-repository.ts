import type { PersonRef } from "../domain/team/profile";
import { actionKey, type CardClick } from "./action-key";
import type { AuditNote } from "./answer-repository";
import { commitChange } from "./change-log";
import { parseDocument, queryPage, readDocument } from "./cosmos-operations";
import { documentIds, DOCUMENT_TYPES, isDate } from "./document-ids";
import { InvalidDocumentError } from "./errors";
import type { DocumentOf } from "./schemas";
import type { StoreContext } from "./store-context";

/**
 * A team's change to one occurrence of its schedule (held, moved, cancelled). Structurally the
 * schedule's `OccurrenceOverride`, so a list of these is the schedule's input as it is.
 */
export interface ScheduleOverride {
  teamId: string;
  /** The occurrence's series as the schedule names it: "status-meeting", "supervision", … */
  activityKind: string;
  /** The occurrence's original date, as the schedule computed it, `YYYY-MM-DD`. */
  date: string;
  movedTo?: { date: string; time?: string };
  cancelled: boolean;
  held: boolean;
  note?: string;
  updatedAt: string;
  updatedBy: PersonRef;
  /** Increases by one with every change; the change log carries it. */
  version: number;
}

/** Which occurrence: the override document is `override:<activityKind>:<date>`. */
export interface OverrideIdentity {
  activityKind: string;
  date: string;
}

/** What a button does to an occurrence; fields left out keep their stored value. */
export interface OverrideChange {
  held?: boolean;
  cancelled?: boolean;
  /** `null` removes a move (back to the computed date). */
  movedTo?: { date: string; time?: string } | null;
}

type OverrideDocument = DocumentOf<typeof DOCUMENT_TYPES.scheduleOverride>;

/** An override document as callers see it (also read by the team's status query). */
export function overrideView(doc: OverrideDocument): ScheduleOverride {
  const { teamId, activityKind, date, cancelled, held, updatedAt, updatedBy, version } = doc;
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
    version,
  };
}

/**
 * Per-occurrence overrides, audited like every other entity: each change carries its change-log
 * entry in the same conditional write (audit-repository.ts), keyed per person and click, so a
 * redelivered click changes nothing and two people's clicks are each credited to their author.
 */
export class ScheduleOverrideRepository {
  constructor(private readonly ctx: StoreContext) {}

  async get(teamId: string, identity: OverrideIdentity): Promise<ScheduleOverride | null> {
    const found = await readDocument(
      this.ctx,
      this.ctx.teams,
      DOCUMENT_TYPES.scheduleOverride,
      documentIds.scheduleOverride(identity.activityKind, identity.date),
      teamId,
    );
    return found === null ? null : overrideView(found.doc);
  }

  /** Overrides of occurrences from `from` to `to` (inclusive, `YYYY-MM-DD`), by date. */
  async list(
    teamId: string,
    range: { from?: string; to?: string } = {},
  ): Promise<ScheduleOverride[]> {
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
    const all: ScheduleOverride[] = [];
    let continuationToken: string | undefined;
    do {
      const page = await queryPage(this.ctx, this.ctx.teams, teamId, query, parameters, {
        maxItemCount: 100,
        continuationToken,
      });
      for (const item of page.items) {
        all.push(overrideView(parseDocument(DOCUMENT_TYPES.scheduleOverride, item)));
      }
      continuationToken = page.continuationToken;
    } while (continuationToken !== undefined);
    return all;
  }

  /**
   * Applies a person's change once per click (two round trips). Changes by others meanwhile are
   * merged: the change touches only its own fields, re-applied to the newer document.
   */
  async record(
    teamId: string,
    identity: OverrideIdentity,
    change: OverrideChange,
    by: PersonRef,
    click: CardClick,
    audit: Required<Pick<AuditNote, "action">> & AuditNote,
  ): Promise<{ alreadyApplied: boolean; override: ScheduleOverride }> {
    if (!isDate(identity.date)) {
      throw new InvalidDocumentError(DOCUMENT_TYPES.scheduleOverride, ["date: invalid_string"]);
    }
    const result = await commitChange(this.ctx, {
      type: DOCUMENT_TYPES.scheduleOverride,
      teamId,
      id: documentIds.scheduleOverride(identity.activityKind, identity.date),
      key: actionKey({ ...click, userId: by.id }),
      reapplyOnConflict: true,
      change: (current, at) => {
        const movedTo = change.movedTo === undefined ? current?.movedTo : change.movedTo;
        return {
          activityKind: identity.activityKind,
          date: identity.date,
          ...(movedTo ? { movedTo } : {}),
          cancelled: change.cancelled ?? current?.cancelled ?? false,
          held: change.held ?? current?.held ?? false,
          ...(current?.note !== undefined ? { note: current.note } : {}),
          updatedAt: at,
          updatedBy: by,
        };
      },
      note: () => ({
        actor: by,
        action: audit.action,
        details: audit.details ?? { activityKind: identity.activityKind, date: identity.date },
      }),
    });
    return { alreadyApplied: result.alreadyApplied, override: overrideView(result.doc) };
  }
}
