import { z } from "zod";
import type { MeetingSlot, PersonRef, TeamProfile } from "../domain/team/profile";

/**
 * Shapes of what the store reads back. Parsing keeps `any` out of the repositories and turns a
 * malformed document into an error at the boundary; unknown keys (system fields, `id`, `type`)
 * are dropped.
 */

export const personRefSchema: z.ZodType<PersonRef> = z.object({
  id: z.string().min(1),
  aadObjectId: z.string().optional(),
  name: z.string(),
});

const weekday = z.union([
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal(5),
  z.literal(6),
  z.literal(7),
]);

export const meetingSlotSchema: z.ZodType<MeetingSlot> = z.discriminatedUnion("cadence", [
  z.object({
    cadence: z.literal("monthly"),
    week: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal("last")]),
    weekday,
    time: z.string(),
  }),
  z.object({ cadence: z.literal("weekly"), weekday, time: z.string() }),
  z.object({ cadence: z.literal("none") }),
]);

export const teamProfileSchema: z.ZodType<TeamProfile> = z.object({
  teamId: z.string().min(1),
  programmeId: z.string(),
  organisationName: z.string(),
  startDate: z.string(),
  language: z.enum(["da", "en"]),
  projectLeader: personRefSchema,
  approvers: z.array(personRefSchema),
  consultants: z.array(personRefSchema),
  slots: z.object({ statusMeeting: meetingSlotSchema, supervision: meetingSlotSchema }),
  version: z.number().int().nonnegative(),
  updatedAt: z.string(),
  updatedBy: personRefSchema,
});

/** What every audited entity document carries besides its own fields. */
export const auditedFieldsSchema = z.object({
  version: z.number().int().nonnegative(),
  auditEventId: z.string().optional(),
});

export const appliedActionIdsSchema = z.array(z.string()).default([]);
