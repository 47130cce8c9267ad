import type { LocalizedText } from "../i18n";
import {
  programmeSchema,
  type Milestone,
  type Programme,
  type ProgrammeDefinition,
  type Question,
} from "./schema";
import { signsOfSafety } from "./programmes/signs-of-safety";
import { socialSkillsTraining } from "./programmes/social-skills-training";
import { openDialogue } from "./programmes/open-dialogue";
import { criticalTimeIntervention } from "./programmes/critical-time-intervention";
import { maturationProject } from "./programmes/maturation-project";

export type {
  Activity,
  ActivityKind,
  Cadence,
  InterventionModel,
  Milestone,
  MonitoringField,
  Phase,
  PlanSection,
  Programme,
  ProgrammeDefaults,
  ProgrammeDefinition,
  Question,
  SupportElement,
} from "./schema";
export { ACTIVITY_KINDS, CADENCES, PLAN_SECTIONS, programmeSchema } from "./schema";

/** The fixed programme ids; stored team profiles refer to these, so they never change. */
export const PROGRAMME_IDS = [
  "signs-of-safety",
  "social-skills-training",
  "open-dialogue",
  "critical-time-intervention",
  "maturation-project",
] as const;

export type ProgrammeId = (typeof PROGRAMME_IDS)[number];

const DEFINITIONS: Record<ProgrammeId, ProgrammeDefinition> = {
  "signs-of-safety": signsOfSafety,
  "social-skills-training": socialSkillsTraining,
  "open-dialogue": openDialogue,
  "critical-time-intervention": criticalTimeIntervention,
  "maturation-project": maturationProject,
};

/** Validates one definition; the error names the programme so a broken data file is easy to find. */
export function parseProgramme(definition: ProgrammeDefinition): Programme {
  const result = programmeSchema.safeParse(definition);
  if (!result.success) {
    const problems = result.error.issues
      .map((issue) => `${issue.path.join(".")}: ${issue.message}`)
      .join("; ");
    throw new Error(`Catalog programme "${definition.id}" is invalid: ${problems}`);
  }
  return result.data;
}

function loadCatalog(): ReadonlyMap<string, Programme> {
  const programmes = new Map<string, Programme>();
  for (const id of PROGRAMME_IDS) {
    const programme = parseProgramme(DEFINITIONS[id]);
    if (programme.id !== id) {
      throw new Error(`Catalog programme registered as "${id}" declares id "${programme.id}"`);
    }
    programmes.set(id, deepFreeze(programme));
  }
  return programmes;
}

/** Validated once at module load: a broken catalog stops the bot at start-up, not mid-conversation. */
const CATALOG = loadCatalog();

export function isProgrammeId(id: string): id is ProgrammeId {
  return (PROGRAMME_IDS as readonly string[]).includes(id);
}

export function listProgrammes(): Programme[] {
  return [...CATALOG.values()];
}

export function getProgramme(id: string): Programme | undefined {
  return CATALOG.get(id);
}

export function findMilestone(programme: Programme, milestoneId: string): Milestone | undefined {
  return programme.milestones.find((milestone) => milestone.id === milestoneId);
}

/** A question by its stable id (stored answers are keyed by it, never by position). */
export function findQuestion(milestone: Milestone, questionId: string): Question | undefined {
  return milestone.questions.find((question) => question.id === questionId);
}

export interface MilestoneGroup {
  /** As the programme names it: a driver in Signs of Safety, a phase or theme in the others. */
  group: LocalizedText;
  milestones: Milestone[];
}

/**
 * The programme's milestones by group, groups in order of first appearance and milestones in catalog
 * order. A group the list returns to later (a preparation milestone after the four I's) is kept whole.
 */
export function milestoneGroups(programme: Programme): MilestoneGroup[] {
  const groups = new Map<string, MilestoneGroup>();
  for (const milestone of programme.milestones) {
    const key = milestone.group.da;
    const existing = groups.get(key);
    if (existing) existing.milestones.push(milestone);
    else groups.set(key, { group: milestone.group, milestones: [milestone] });
  }
  return [...groups.values()];
}

// Callers share one catalog object, so nobody may mutate it by accident.
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) {
      deepFreeze(child);
    }
  }
  return value;
}
