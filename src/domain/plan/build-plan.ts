import { anchoringSections } from "./anchoring";
import { planContext, type PlanContext } from "./context";
import { frameworkSections } from "./framework";
import { milestonesSection } from "./milestones";
import type { PlanDocument, PlanInput } from "./model";
import { progressSection } from "./progress";
import { scheduleSection } from "./schedule";
import { titlePage } from "./title-page";

/**
 * The plan as a document, from the catalog and what the team saved, nothing else:
 * - implementation plan: title page; the framework's sections the catalog maps questions to
 *   (background, target group, success goals, the four I's); every milestone; the schedule; the
 *   progress figures;
 * - anchoring plan: title page; the status against the same elements; what continues after the
 *   support ends; ownership; then the same milestones, schedule and progress.
 */
export function buildPlanDocument(input: PlanInput): PlanDocument {
  const ctx = planContext(input);
  const leading = input.kind === "implementation" ? frameworkSections(ctx) : anchoringSections(ctx);
  return {
    kind: input.kind,
    language: ctx.language,
    titlePage: titlePage(ctx),
    sections: [...leading, milestonesSection(ctx), scheduleSection(ctx), progressSection(ctx)],
    footer: footer(ctx),
    documentTitle: `${ctx.text.title[input.kind]} – ${ctx.teamText(input.profile.organisationName)}`,
    fileName: fileName(ctx),
  };
}

/** When it was generated, from which version of the setup and of the answers. */
function footer(ctx: PlanContext): string {
  const { input, text } = ctx;
  const saved = [...input.milestones.values()].filter((record) => record.version > 0);
  const latest = saved
    .flatMap((record) => [...record.answers.values()].map((answer) => answer.at))
    .reduce<string | undefined>(
      (newest, at) => (newest === undefined || at > newest ? at : newest),
      undefined,
    );
  const base = text.footer(
    text.title[input.kind],
    ctx.teamText(input.profile.organisationName),
    ctx.dateTime(input.now),
    input.profile.version,
  );
  if (saved.length === 0 || latest === undefined) return `${base}${text.footerNoAnswers}.`;
  return `${base}${text.footerVersions(saved.length, ctx.date(latest))}.`;
}

/** "implementeringsplan-aarhus-kommune": ASCII, so any browser and header carries it. */
function fileName(ctx: PlanContext): string {
  const municipality = ctx.input.profile.organisationName
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    .normalize("NFD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  const kind = ctx.text.fileName[ctx.input.kind];
  return municipality.length === 0 ? kind : `${kind}-${municipality}`;
}
