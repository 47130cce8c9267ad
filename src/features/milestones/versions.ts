import type { CardActionResponse, CardActionTurn } from "../../bot/turn";
import { renderTemplate } from "../../cards/render";
import type { Milestone } from "../../domain/catalog";
import { formatDateTime } from "../../domain/dates";
import type { Language } from "../../domain/i18n";
import { assessmentLabel, isAssessment, joinList } from "../../domain/milestones";
import type { MilestoneVersion } from "../../store/answer-repository";
import type { ChangeEntry } from "../../store/schemas";
import type { MilestoneDependencies } from "./index";
import { own, targetOf } from "./card-input";
import { channelTeamId, teamGate } from "./team-context";
import { MILESTONE_TEXT } from "./texts";
import { MILESTONE_VERBS } from "./verbs";

/** The data `cards/milestone-versions.json` binds to. */
export interface VersionsCardData {
  title: string;
  empty: string;
  versions: {
    heading: string;
    changed: string;
    marks: { text: string; color: string }[];
  }[];
  note: string;
  back: { title: string; verb: string; data: object };
}

/** "Ændrede spørgsmål 1, 3 og vurderingen (Delvist på plads)." */
function describeChange(version: MilestoneVersion, milestone: Milestone, language: Language) {
  const text = MILESTONE_TEXT[language];
  const parts = version.questions.map((id) => {
    const index = milestone.questions.findIndex((q) => q.id === id);
    return index < 0 ? text.removedQuestion : text.questionRef(index + 1);
  });
  if (version.assessment !== undefined && isAssessment(version.assessment)) {
    parts.push(text.assessmentRef(assessmentLabel(version.assessment)[language]));
  }
  return parts.length > 0 ? text.versionChanged(joinList(parts, text.and)) : "";
}

/** What happened to each answers version in the approval's own log: sent, approved, sent back. */
function approvalMarks(changes: readonly ChangeEntry[], language: Language) {
  const text = MILESTONE_TEXT[language];
  const marks = new Map<number, { text: string; color: string }[]>();
  for (const entry of changes) {
    const forVersion = entry.details["forVersion"];
    if (typeof forVersion !== "number") continue;
    const when = formatDateTime(entry.at, language);
    const mark =
      entry.action === "approval.approved"
        ? { text: text.versionApproved(entry.actor.name, when), color: "Good" }
        : entry.action === "approval.sentBack"
          ? { text: text.versionSentBack(entry.actor.name, when), color: "Attention" }
          : entry.action === "approval.requested"
            ? { text: text.versionRequested(entry.actor.name, when), color: "Accent" }
            : undefined;
    if (mark) marks.set(forVersion, [...(marks.get(forVersion) ?? []), mark]);
  }
  return marks;
}

/** "Vis versioner": who saved each version, when, what changed, and what the approvers did. */
export async function showVersions(
  turn: CardActionTurn,
  deps: MilestoneDependencies,
): Promise<CardActionResponse> {
  const teamId = channelTeamId(turn);
  if (!teamId) return { message: MILESTONE_TEXT[turn.language].onlyInTeam };
  const target = targetOf(turn.data);
  if (!target) return { message: MILESTONE_TEXT[turn.language].unknownMilestone };
  const docs = await deps.store.readMilestone(teamId, target.programme.id, target.milestone.id);
  const gate = teamGate(turn, teamId, docs.profile?.profile);
  if (!gate.ok) return { message: gate.message };
  const { language } = gate.team;
  const text = MILESTONE_TEXT[language];
  const answers = docs.answers?.answers;
  const marks = approvalMarks(docs.approval?.basis.doc.changes ?? [], language);
  const page = own(turn.data, "page");
  const data: VersionsCardData = {
    title: text.versionsTitle(target.milestone.title[language]),
    empty: text.versionsEmpty,
    versions: [...(answers?.versions ?? [])].reverse().map((version) => ({
      heading: text.versionLine(
        version.version,
        version.by.name,
        formatDateTime(version.at, language),
      ),
      changed: describeChange(version, target.milestone, language),
      marks: marks.get(version.version) ?? [],
    })),
    note: answers?.hasOlderVersions ? text.olderVersions : "",
    back: {
      title: text.backToMilestone,
      verb: MILESTONE_VERBS.show,
      data: {
        programmeId: target.programme.id,
        milestoneId: target.milestone.id,
        ...(typeof page === "string" ? { page } : {}),
      },
    },
  };
  return { card: renderTemplate("milestone-versions", data) };
}
