/**
 * Milestone ids repeat across programmes ("implementation-plan" exists in several), and a team
 * that changes programme keeps its old answers, so answers are stored under
 * `<programmeId>.<milestoneId>`.
 */
export function answerKey(programmeId: string, milestoneId: string): string {
  return `${programmeId}.${milestoneId}`;
}

export function isAnswerKeyOf(programmeId: string, key: string): boolean {
  return key.startsWith(`${programmeId}.`);
}
