import type { BotRouter } from "../../bot/router";
import {
  chooseLanguage,
  type BotTurn,
  type CardActionResponse,
  type CardActionTurn,
  type Person,
} from "../../bot/turn";
import type { AdaptiveCard } from "../../cards/adaptive-card";
import { renderLinkCard } from "../../cards/common-cards";
import { renderTemplate } from "../../cards/render";
import { getProgramme } from "../../domain/catalog";
import { todayInCopenhagen } from "../../domain/dates";
import type { Language } from "../../domain/i18n";
import { PLAN_KINDS, plansOffered, type PlanKind } from "../../domain/plan";
import type { PersonRef, TeamProfile } from "../../domain/team/profile";
import type { Logger } from "../../logger";
import { CommitOutcomeUnknownError, StoreUnavailableError } from "../../store/errors";
import type { ExportPurpose } from "../../store/export-token-repository";
import { EXPORT_ANCHORING_PLAN_COMMAND, EXPORT_PLAN_COMMAND } from "./commands";
import type { PlanExportDependencies } from "./index";
import { PLAN_EXPORT_TEXT } from "./texts";
import { PLAN_VERBS } from "./verbs";

/** How long a link works: as long as the data export's. */
export const PLAN_LINK_MINUTES = 15;

export const PURPOSE_OF: ReadonlyMap<PlanKind, ExportPurpose> = new Map([
  ["implementation", "plan"],
  ["anchoring", "anchoring-plan"],
]);

/** The data `cards/plan-export.json` binds to. */
export interface PlanExportCardData {
  title: string;
  text: string;
  note: string;
  buttons: { title: string; verb: string; data: { plan: PlanKind } }[];
}

export function planExportCardData(
  language: Language,
  organisation: string,
  kinds: readonly PlanKind[],
): PlanExportCardData {
  const text = PLAN_EXPORT_TEXT[language];
  return {
    title: text.cardTitle(kinds, organisation),
    text: text.cardText(kinds),
    note: text.cardNote,
    buttons: kinds.map((plan) => ({
      title: text.button[plan],
      verb: PLAN_VERBS.download,
      data: { plan },
    })),
  };
}

export function renderPlanExportCard(data: PlanExportCardData): AdaptiveCard {
  return renderTemplate("plan-export", data);
}

type Gate =
  | { ok: true; teamId: string; profile: TeamProfile; language: Language }
  | { ok: false; message: string };

/**
 * Plans are the team's: the turn must be in a set-up team's channel, and the person one of its
 * members, checked with Teams (never with the card), by Teams id or Entra object id.
 */
async function memberGate(turn: BotTurn, deps: PlanExportDependencies): Promise<Gate> {
  const teamId = turn.conversation.teamId;
  if (turn.conversation.kind !== "channel" || teamId === undefined) {
    return { ok: false, message: PLAN_EXPORT_TEXT[turn.language].onlyInTeam };
  }
  let profile: TeamProfile | null;
  try {
    profile = await deps.store.getProfile(teamId);
  } catch (error) {
    if (error instanceof StoreUnavailableError) {
      return { ok: false, message: PLAN_EXPORT_TEXT[turn.language].storeDown };
    }
    throw error;
  }
  const language = chooseLanguage(turn, profile?.language);
  const text = PLAN_EXPORT_TEXT[language];
  if (profile === null) return { ok: false, message: text.notSetUp };
  if (getProgramme(profile.programmeId) === undefined) {
    return { ok: false, message: text.unknownProgramme };
  }
  const member = await isTeamMember(turn, deps.logger);
  if (member === "unknown") return { ok: false, message: text.membersUnavailable };
  if (!member) return { ok: false, message: text.onlyMembers };
  return { ok: true, teamId, profile, language };
}

async function isTeamMember(turn: BotTurn, logger: Logger): Promise<boolean | "unknown"> {
  let members: Person[];
  try {
    members = await turn.listMembers();
  } catch (error) {
    logger.warn({ err: error, event: "plan.membersUnavailable" }, "member look-up failed");
    return "unknown";
  }
  const { id, aadObjectId } = turn.user;
  return members.some(
    (member) =>
      member.id === id || (aadObjectId !== undefined && member.aadObjectId === aadObjectId),
  );
}

/**
 * `eksportér plan`: a card with a button per plan on offer (the anchoring plan too once its phase
 * has begun); `eksportér forankringsplan`: the anchoring plan's button only. The link itself is
 * the answer to the click, which Teams shows to the person who clicked only.
 */
export function registerPlanExport(router: BotRouter, deps: PlanExportDependencies): void {
  const offer = async (turn: BotTurn, kinds: (profile: TeamProfile) => PlanKind[]) => {
    const gate = await memberGate(turn, deps);
    if (!gate.ok) return void (await turn.sendText(gate.message));
    const data = planExportCardData(
      gate.language,
      gate.profile.organisationName,
      kinds(gate.profile),
    );
    await turn.sendCard(renderPlanExportCard(data));
  };

  router.command(EXPORT_PLAN_COMMAND, (turn) =>
    offer(turn, (profile) => {
      const programme = getProgramme(profile.programmeId);
      const today = todayInCopenhagen(deps.clock.now());
      return programme ? plansOffered(programme, profile.startDate, today) : ["implementation"];
    }),
  );
  router.command(EXPORT_ANCHORING_PLAN_COMMAND, (turn) => offer(turn, () => ["anchoring"]));

  router.cardAction(PLAN_VERBS.download, (turn) => issueLink(turn, deps), {
    whenLate: (turn) => ({ message: PLAN_EXPORT_TEXT[turn.language].late }),
  });
}

async function issueLink(
  turn: CardActionTurn,
  deps: PlanExportDependencies,
): Promise<CardActionResponse> {
  const plan = planOf(turn.data);
  const gate = await memberGate(turn, deps);
  if (!gate.ok) return { message: gate.message };
  const text = PLAN_EXPORT_TEXT[gate.language];
  const purpose = plan === undefined ? undefined : PURPOSE_OF.get(plan);
  if (plan === undefined || purpose === undefined) return { message: text.invalidCard };
  const person: PersonRef = {
    id: turn.user.id,
    ...(turn.user.aadObjectId ? { aadObjectId: turn.user.aadObjectId } : {}),
    name: turn.user.name,
  };
  try {
    const { token, expiresAt } = await deps.store.issueToken(
      gate.teamId,
      person,
      PLAN_LINK_MINUTES,
      purpose,
    );
    deps.logger.info({ event: "plan.linkIssued", plan }, "plan link issued");
    return {
      card: renderLinkCard({
        title: text.linkTitle[plan],
        text: text.linkText(expiresAt),
        linkTitle: text.linkButton,
        url: planDownloadUrl(deps.publicBaseUrl, gate.teamId, token),
      }),
    };
  } catch (error) {
    // A link that may have been stored but was never shown opens nothing: say try again.
    if (error instanceof StoreUnavailableError || error instanceof CommitOutcomeUnknownError) {
      return { message: text.storeDown };
    }
    throw error;
  }
}

function planOf(data: Record<string, unknown>): PlanKind | undefined {
  const plan = Object.hasOwn(data, "plan") ? data["plan"] : undefined;
  return PLAN_KINDS.find((kind) => kind === plan);
}

export function planDownloadUrl(baseUrl: string, teamId: string, token: string): string {
  return `${baseUrl.replace(/\/$/, "")}/api/plans/${encodeURIComponent(teamId)}/${token}`;
}
