import { getProgramme, type Activity, type Programme } from "../../../src/domain/catalog";

export function programme(id: string): Programme {
  const found = getProgramme(id);
  if (!found) throw new Error(`programme ${id} missing from the catalog`);
  return found;
}

export function activity(programmeId: string, activityId: string): Activity {
  const found = programme(programmeId).activities.find((candidate) => candidate.id === activityId);
  if (!found) throw new Error(`activity ${activityId} missing from ${programmeId}`);
  return found;
}

export function phaseMonths(programmeId: string): Record<string, number | null> {
  return Object.fromEntries(programme(programmeId).phases.map((phase) => [phase.id, phase.months]));
}
