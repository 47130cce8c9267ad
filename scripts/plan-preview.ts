/**
 * `npm run plan:preview`: writes sample implementation and anchoring plans as Word files to
 * `test-output/plan-preview/`, and, where LibreOffice and poppler are installed (Debian:
 * `apt-get install libreoffice-writer-nogui poppler-utils`), renders them to PDF and each page
 * to PNG, so a person can look at them as a reader would. Not part of CI.
 *
 *   npm run plan:preview              # every sample
 *   npm run plan:preview -- sft-da    # one sample (see SAMPLES)
 */
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { getProgramme } from "../src/domain/catalog";
import type { Language } from "../src/domain/i18n";
import type { ApprovalRecord } from "../src/domain/milestones";
import {
  buildPlanDocument,
  type AnswerRecord,
  type MilestoneRecord,
  type PlanInput,
  type PlanKind,
} from "../src/domain/plan";
import type { OccurrenceOverride } from "../src/domain/schedule";
import type { PersonRef, TeamProfile } from "../src/domain/team/profile";
import { renderPlanDocx } from "../src/features/plan-export/docx-document";

const OUT = path.resolve(__dirname, "../test-output/plan-preview");

const METTE: PersonRef = { id: "29:mette", name: "Mette Sørensen" };
const LARS: PersonRef = { id: "29:lars", name: "Lars Nielsen" };
const BIRGITTE: PersonRef = { id: "29:birgitte", name: "Birgitte Holm" };
const SOFIE: PersonRef = { id: "29:sofie", name: "Sofie Jensen" };

function profile(programmeId: string, language: Language, startDate: string): TeamProfile {
  return {
    teamId: "19:preview",
    programmeId,
    organisationName: language === "da" ? "Aarhus Kommune" : "Aarhus Municipality",
    startDate,
    language,
    projectLeader: METTE,
    approvers: [LARS, BIRGITTE],
    consultants: [SOFIE],
    slots: {
      statusMeeting: { cadence: "monthly", week: 2, weekday: 2, time: "10:00" },
      supervision: { cadence: "monthly", week: 3, weekday: 4, time: "13:00" },
    },
    version: 4,
    updatedAt: "2027-01-20T09:00:00.000Z",
    updatedBy: METTE,
  };
}

function answer(text: string, at: string, version = 1, by = METTE): AnswerRecord {
  return { text, by, at, version };
}

function approved(forVersion: number, at: string): ApprovalRecord {
  return {
    status: "approved",
    forVersion,
    requestedBy: METTE,
    requestedAt: at,
    decidedBy: LARS,
    decidedAt: at,
    version: 2,
  };
}

const DANISH_ANSWERS: Record<string, Record<string, string>> = {
  "implementation-background": {
    "why-this-method":
      "Vi ser flere unge med psykiske vanskeligheder, som mangler sociale færdigheder for at kunne fastholde uddannelse og beskæftigelse. SFT giver medarbejderne en fælles, struktureret metode.\n\nMetoden er anbefalet af Socialstyrelsen og har dokumenteret effekt.",
    "for-whom": "Unge mellem 18 og 30 år i socialpsykiatrien, der bor i eget hjem.",
    "replace-or-supplement":
      "Den supplerer den nuværende bostøtte; den erstatter de hidtidige samtalegrupper.",
    "success-goals":
      "Mindst 40 borgere har gennemført et forløb inden for de første 18 måneder, og 6 gruppetrænere er certificerede.",
  },
  "planning-tools": {
    "stakeholder-analysis": "Interessentanalysen er lavet på opstartsmødet i februar.",
    "risk-analysis": "Risikoanalysen er udarbejdet sammen med Socialstyrelsen.",
  },
  "attention-individual": {
    competences:
      "Gruppetrænerne har erfaring med gruppeforløb, men ikke med manualbaseret træning.",
    motivation: "Stor motivation i teamet; vi holder fast i den med fælles supervision.",
  },
  "attention-institutional": {
    "management-structure":
      "Afdelingslederen er ansvarlig leder og sidder med i implementeringsteamet.",
  },
  "anchoring-plan": {
    "continued-focus":
      "SFT bliver et fast punkt på afdelingens månedlige personalemøde, og den lokale supervisor fortsætter supervisionen.",
  },
};

const ENGLISH_ANSWERS: Record<string, Record<string, string>> = {
  "implementation-background": {
    "why-this-method":
      "More young people with mental health problems lack the social skills to stay in education and work. ToSS gives staff a shared, structured method.",
    "for-whom": "Young people aged 18 to 30 in social psychiatry who live in their own homes.",
    "success-goals": "At least 40 citizens complete a course within the first 18 months.",
  },
  "planning-tools": {
    "stakeholder-analysis":
      "The stakeholder analysis was done at the start-up meeting in February.",
  },
};

function milestones(
  language: Language,
  approvedIds: readonly string[],
): Map<string, MilestoneRecord> {
  const answers = language === "da" ? DANISH_ANSWERS : ENGLISH_ANSWERS;
  const records = new Map<string, MilestoneRecord>();
  for (const [milestoneId, texts] of Object.entries(answers)) {
    const stored = new Map(
      Object.entries(texts).map(([questionId, text], index) => [
        questionId,
        answer(text, `2027-02-${String(10 + index).padStart(2, "0")}T09:15:00.000Z`),
      ]),
    );
    const isApproved = approvedIds.includes(milestoneId);
    records.set(milestoneId, {
      answers: stored,
      version: 1,
      assessment: isApproved ? "inPlace" : "partially",
      ...(isApproved ? { approval: approved(1, "2027-02-24T09:15:00.000Z") } : {}),
    });
  }
  records.set("start-up-meeting", {
    answers: new Map([["signed-up", answer("Ja, alle er tilmeldt.", "2027-02-03T08:00:00.000Z")]]),
    version: 1,
    assessment: "inPlace",
    approval: {
      status: "sentBack",
      forVersion: 1,
      requestedBy: METTE,
      requestedAt: "2027-02-04T08:00:00.000Z",
      decidedBy: LARS,
      decidedAt: "2027-02-05T12:30:00.000Z",
      comment: "Skriv venligst, hvem fra myndigheden der deltager.",
      version: 2,
    },
  });
  return records;
}

const OVERRIDES: OccurrenceOverride[] = [
  { activityKind: "status-meeting", date: "2027-02-09", cancelled: false, held: true },
  {
    activityKind: "status-meeting",
    date: "2027-03-09",
    movedTo: { date: "2027-03-11", time: "09:00" },
    cancelled: false,
    held: true,
  },
  { activityKind: "status-meeting", date: "2027-05-11", cancelled: true, held: false },
];

interface Sample {
  kind: PlanKind;
  programmeId: string;
  language: Language;
  startDate: string;
  now: string;
  approved: string[];
}

const SAMPLES: Record<string, Sample> = {
  "sft-da": {
    kind: "implementation",
    programmeId: "social-skills-training",
    language: "da",
    startDate: "2027-02-01",
    now: "2027-06-14T08:30:00.000Z",
    approved: ["implementation-background", "planning-tools"],
  },
  "sft-en": {
    kind: "implementation",
    programmeId: "social-skills-training",
    language: "en",
    startDate: "2027-02-01",
    now: "2027-06-14T08:30:00.000Z",
    approved: ["implementation-background"],
  },
  "sft-anchoring-da": {
    kind: "anchoring",
    programmeId: "social-skills-training",
    language: "da",
    startDate: "2027-02-01",
    now: "2028-11-20T09:00:00.000Z",
    approved: ["implementation-background", "planning-tools", "attention-individual"],
  },
  "sos-da": {
    kind: "implementation",
    programmeId: "signs-of-safety",
    language: "da",
    startDate: "2027-02-01",
    now: "2027-06-14T08:30:00.000Z",
    approved: [],
  },
  "maturation-da": {
    kind: "implementation",
    programmeId: "maturation-project",
    language: "da",
    startDate: "2022-01-03",
    now: "2022-06-14T08:30:00.000Z",
    approved: [],
  },
};

function inputOf(sample: Sample): PlanInput {
  const programme = getProgramme(sample.programmeId);
  if (!programme) throw new Error(`no programme ${sample.programmeId}`);
  return {
    kind: sample.kind,
    programme,
    profile: profile(sample.programmeId, sample.language, sample.startDate),
    milestones: milestones(sample.language, sample.approved),
    overrides: OVERRIDES,
    now: new Date(sample.now),
  };
}

function available(command: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${command}`]).status === 0;
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith("-"));
  const names = wanted.length > 0 ? wanted : Object.keys(SAMPLES);
  fs.mkdirSync(OUT, { recursive: true });
  const canRender = available("soffice") && available("pdftoppm");
  if (!canRender) {
    console.log(
      "LibreOffice or pdftoppm is missing: writing .docx only (Debian: apt-get install libreoffice-writer-nogui poppler-utils).",
    );
  }
  for (const name of names) {
    const sample = SAMPLES[name];
    if (!sample || !Object.hasOwn(SAMPLES, name)) {
      throw new Error(`unknown sample ${name}; choose from ${Object.keys(SAMPLES).join(", ")}`);
    }
    const plan = buildPlanDocument(inputOf(sample));
    const docx = path.join(OUT, `${name}.docx`);
    fs.writeFileSync(docx, await renderPlanDocx(plan));
    console.log(`wrote ${path.relative(process.cwd(), docx)}`);
    if (!canRender) continue;
    execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", OUT, docx], {
      stdio: "ignore",
    });
    const pdf = path.join(OUT, `${name}.pdf`);
    for (const old of fs.readdirSync(OUT).filter((file) => file.startsWith(`${name}-page`))) {
      fs.rmSync(path.join(OUT, old));
    }
    execFileSync("pdftoppm", ["-png", "-r", "60", pdf, path.join(OUT, `${name}-page`)]);
    const pages = fs.readdirSync(OUT).filter((file) => file.startsWith(`${name}-page`));
    console.log(`  ${pages.length} pages: ${path.relative(process.cwd(), OUT)}/${name}-page-*.png`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
