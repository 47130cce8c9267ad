import type { LocalizedText } from "../i18n";

/**
 * The team's own assessment of a milestone, in NIRN's terms (Not yet / Partially in place /
 * In place). Nothing stored reads as "not yet".
 */
export const ASSESSMENTS = ["notYet", "partially", "inPlace"] as const;
export type Assessment = (typeof ASSESSMENTS)[number];

export const DEFAULT_ASSESSMENT: Assessment = "notYet";

export const ASSESSMENT_LABELS: ReadonlyMap<Assessment, LocalizedText> = new Map([
  ["notYet", { da: "Ikke påbegyndt", en: "Not yet" }],
  ["partially", { da: "Delvist på plads", en: "Partially in place" }],
  ["inPlace", { da: "På plads", en: "In place" }],
]);

export function isAssessment(value: unknown): value is Assessment {
  return typeof value === "string" && (ASSESSMENTS as readonly string[]).includes(value);
}

export function assessmentLabel(assessment: Assessment): LocalizedText {
  return ASSESSMENT_LABELS.get(assessment) ?? { da: assessment, en: assessment };
}
