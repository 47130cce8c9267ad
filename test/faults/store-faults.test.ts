import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Activity } from "botbuilder";
import { afterAll, beforeAll, describe, it } from "vitest";
import { SETUP_VERBS } from "../../src/features/setup/verbs";
import { createRepositories } from "../../src/store/repositories";
import { buttonOf } from "../features/nudges/support/card-actions";
import { buttonsOf, press } from "../features/support/cards";
import { emptyStore, openMilestone } from "../features/support/milestone-bot";
import { serveBot, type ServedBot } from "../support/http-bot";
import { startMockConnector, type MockConnector } from "../support/mock-connector";
import { startProxiedStore, type ProxiedStore } from "../support/proxied-store";
import { VALID_SETUP } from "../support/setup-fixture";
import type { TestBot } from "../support/test-app";
import {
  BotHarness,
  LARS,
  METTE,
  TEAM,
  cardAction,
  cardOf,
  message,
  type TurnResult,
} from "../support/teams-activities";
import { answerOf, isClearAnswer, keeps, textInputs, type Answer } from "./support/answers";
import { brief, tally, type Tally } from "./support/figures";
import { allDocuments, schemaFailures, teamFingerprint } from "./support/store-inspection";
import { BIRGITTE, MEMBERS, faultBot, nudgeCard, prepareTeam } from "./support/team";

/** Teams drops a card action after about 5 s; /healthz must answer App Service within 1 s. */
const TEAMS_LIMIT_MS = 5_000;
const HEALTH_LIMIT_MS = 1_000;
/** How long the bot may take to work again by itself once the store is back. */
const RECOVERY_LIMIT_MS = 15_000;

interface Fault {
  name: string;
  apply(proxied: ProxiedStore): void;
}

const isQuery = (request: IncomingMessage) =>
  String(request.headers["x-ms-documentdb-isquery"] ?? "").toLowerCase() === "true";
/** A write that makes something visible: create, replace, upsert or delete of a document. */
const isWrite = (request: IncomingMessage) =>
  /\/docs/.test(request.url ?? "") &&
  (request.method === "PUT" ||
    request.method === "DELETE" ||
    (request.method === "POST" && !isQuery(request)));

const FAULTS: Fault[] = [
  { name: "down (every connection dropped)", apply: (p) => p.proxy.failWhen(() => true) },
  { name: "hanging (no request answered)", apply: (p) => p.proxy.hangWhen(() => true) },
  { name: "slow (1.2 s on every request)", apply: (p) => p.proxy.delayEach(1_200) },
  { name: "slow (2.5 s on every request)", apply: (p) => p.proxy.delayEach(2_500) },
  {
    name: "dying right after a commit (its answer lost, then down)",
    apply: (p) => {
      p.proxy.loseAnswerOnce(isWrite);
      p.proxy.afterNext(isWrite, () => p.proxy.failWhen(() => true));
    },
  },
  {
    name: "429 storm (every request throttled)",
    apply: (p) => p.proxy.throttleWhen(() => true, 200),
  },
  {
    name: "429 storm (every other request throttled)",
    apply: (p) => {
      let n = 0;
      p.proxy.throttleWhen(() => n++ % 2 === 0, 100);
    },
  },
];

/** Named for the test titles. */
const FAULT_CASES = FAULTS.map((fault) => [fault.name, fault] as [string, Fault]);

/** An erasure's commit point is a delete: the store may also die right after that one lands. */
const isDelete = (request: IncomingMessage) => request.method === "DELETE";
const ERASURE_FAULT_CASES: [string, Fault][] = [
  ...FAULT_CASES,
  [
    "dying right after its first delete (its answer lost, then down)",
    {
      name: "dying right after its first delete (its answer lost, then down)",
      apply: (p) => {
        p.proxy.loseAnswerOnce(isDelete);
        p.proxy.afterNext(isDelete, () => p.proxy.failWhen(() => true));
      },
    },
  ],
];

function clearFaults(proxied: ProxiedStore): void {
  proxied.proxy.failWhen(null);
  proxied.proxy.hangWhen(null);
  proxied.proxy.delayEach(0);
  proxied.proxy.throttleWhen(null);
  proxied.proxy.loseAnswerOnce(() => false);
  proxied.proxy.afterNext(
    () => false,
    () => undefined,
  );
}

/** What an answer claims about the change the click asked for. */
type Claim = "saved" | "nothing" | "maybe" | "none";

function claimOf(answer: Answer): Claim {
  const text = answer.text;
  if (/Jeg ved ikke|Måske|begyndt, men|er i gang, men/.test(text)) return "maybe";
  if (
    /[Ii]ntet er (gemt|registreret|ændret|slettet)|ikke sendt til godkendelse|kunne ikke (gemme|registrere)/.test(
      text,
    )
  ) {
    return "nothing";
  }
  if (
    /Gemt\.|Beslutningen er registreret|Opsætningen er gemt|markerede|udsatte|flyttede|Linket|Teamets data er slettet|Sendt til godkendelse hos/.test(
      text,
    )
  ) {
    return "saved";
  }
  return "none";
}

/** One click people make, prepared while the store is healthy. */
interface Click {
  name: string;
  activity: Partial<Activity>;
  /** The documents whose change is the click's change (by id); none for reads. */
  watches: (id: string) => boolean;
  /** What the person typed, which the answer must keep. */
  typed?: { field: string; text: string };
}

/**
 * The store behind a fault-injecting proxy: down, hanging, slow, dying right after a commit, 429
 * storms. Every card action answers within Teams' 5 s and what it says is true of what the store
 * holds afterwards; what was typed stays; nothing half-written remains; the bot works again by
 * itself when the store is back; /healthz answers within 1 s throughout.
 */
describe("store faults", () => {
  let proxied: ProxiedStore;
  let connector: MockConnector;
  let bot: TestBot;
  let health: ServedBot;
  const healthChecks: { at: number; ms: number; status: number }[] = [];
  let polling = true;
  let poller: Promise<void> | undefined;

  beforeAll(async () => {
    proxied = await startProxiedStore();
    connector = await startMockConnector();
    connector.setMembers([...MEMBERS]);
    bot = faultBot(proxied.store, connector.url);
    // The real HTTP server on the same store, for /healthz.
    health = await serveBot({ store: proxied.store });
    poller = (async () => {
      while (polling) {
        const started = performance.now();
        const status = await fetch(`${health.url}/healthz`, { signal: AbortSignal.timeout(5_000) })
          .then((response) => response.status)
          .catch(() => -1);
        healthChecks.push({ at: started, ms: performance.now() - started, status });
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
  });
  afterAll(async () => {
    polling = false;
    await poller;
    await health.close();
    await connector.stop();
    await proxied.stop();
  });

  const direct = () => proxied.testStore.store;
  const connection = () => new BotHarness(bot.app.bot, { connectorUrl: connector.url });
  const watchedState = async (watches: (id: string) => boolean) =>
    (await teamFingerprint(direct(), TEAM.id))
      .split("\n")
      .filter((line) => watches(line.slice(0, line.lastIndexOf("@"))))
      .join("\n");

  /** The team as every case starts: set up, one milestone waiting for each approver. */
  async function prepareClicks(): Promise<Click[]> {
    clearFaults(proxied);
    await emptyStore(direct());
    const healthy = faultBot(direct(), connector.url);
    const cards = await prepareTeam(healthy, direct());
    const text = `Skrevet under en fejl ${randomUUID().slice(0, 8)}`;
    const saveCard = await openMilestone(healthy, "implementation-team");
    const submitCard = answerOf(
      await healthy.send(
        press(await openMilestone(healthy, "start-up-meeting"), "Gem kladde", {
          "answer-signed-up": "Ja",
        }),
      ),
    ).card;
    const waiting = async (milestoneId: string, field: string) =>
      cardOf(
        (
          await healthy.send(
            press(await openMilestone(healthy, milestoneId), "Send til godkendelse", {
              [field]: "Klar",
            }),
          )
        ).replies[0],
      );
    const toApprove = await waiting("implementation-background", "answer-why-this-method");
    const toSendBack = await waiting("attention-individual", "answer-competences");
    const nudge = await nudgeCard(direct());
    // The card has two meetings: one is marked held, the other moved.
    const move = buttonOf(nudge, "9. marts 2027", "Gem ny dato");
    const { dateInput, timeInput } = move.data as { dateInput: string; timeInput: string };
    const profile = await createRepositories(direct()).profiles.get(TEAM.id);
    const organisationName = `Aarhus Kommune ${randomUUID().slice(0, 4)}`;
    const comment = `Mere om kompetencer ${randomUUID().slice(0, 4)}`;
    return [
      {
        name: "Gem kladde",
        activity: press(saveCard, "Gem kladde", { "answer-who-is-on-the-team": text }),
        watches: (id) => id.endsWith(".implementation-team"),
        typed: { field: "answer-who-is-on-the-team", text },
      },
      {
        name: "Send til godkendelse",
        activity: press(submitCard, "Send til godkendelse"),
        watches: (id) => id === "approval:social-skills-training.start-up-meeting",
      },
      {
        name: "Godkend",
        activity: press(toApprove, "Godkend", {}, { from: LARS }),
        watches: (id) => id === "approval:social-skills-training.implementation-background",
      },
      {
        name: "Send tilbage",
        activity: press(toSendBack, "Send tilbage", { comment }, { from: BIRGITTE }),
        watches: (id) => id === "approval:social-skills-training.attention-individual",
        typed: { field: "comment", text: comment },
      },
      {
        name: "Gem opsætning",
        activity: cardAction(SETUP_VERBS.save, {
          ...VALID_SETUP,
          organisationName,
          approverIds: `${LARS.id},${BIRGITTE.id}`,
          actionId: randomUUID(),
          expectedVersion: String(profile?.profile.version ?? 0),
        }),
        watches: (id) => id === "profile",
        typed: { field: "organisationName", text: organisationName },
      },
      {
        name: "Markér som holdt",
        activity: cardAction(...tuple(buttonOf(nudge, "9. februar 2027", "Markér som holdt"))),
        watches: (id) => id === "override:status-meeting:2027-02-09",
      },

      {
        name: "Flyt",
        activity: cardAction(move.verb, {
          ...move.data,
          [dateInput]: "2027-03-25",
          [timeInput]: "14:00",
        }),
        watches: (id) => id === "override:status-meeting:2027-03-09",
        typed: { field: dateInput, text: "2027-03-25" },
      },
      {
        name: "Hent data (eksport)",
        activity: press(cards.export, buttonsOf(cards.export)[0]?.title ?? "", {}, { from: LARS }),
        watches: (id) => id.startsWith("export-token:"),
      },
      {
        name: "Åbn (læser)",
        activity: press(cards.approval, "Åbn milepælen"),
        watches: () => false,
      },
      {
        name: "Vis versioner (læser)",
        activity: press(submitCard, "Vis versioner"),
        watches: () => false,
      },
    ];
  }

  /** The answer came in time, says what is true, and kept what was typed. */
  async function judge(
    figures: Tally,
    fault: string,
    click: Click,
    result: TurnResult,
    ms: number,
    before: string,
  ) {
    const answer = answerOf(result);
    const after = await watchedState(click.watches);
    const changed = after !== before;
    const claim = claimOf(answer);
    const truthful =
      (claim === "nothing" && !changed) ||
      (claim === "saved" && changed) ||
      claim === "maybe" ||
      (claim === "none" && !changed);
    const typed = click.typed;
    const shown =
      typed && answer.kind === "card" ? textInputs(answer.card).get(typed.field) : undefined;
    const kept =
      !typed ||
      answer.kind !== "card" ||
      (shown !== undefined && keeps(typed.text, shown.value)) ||
      claim === "saved";
    figures.check(
      ms < TEAMS_LIMIT_MS && answer.text.trim() !== "" && truthful && kept,
      () =>
        `${fault} / ${click.name}: ${Math.round(ms)} ms, claims ${claim}, store ${changed ? "changed" : "unchanged"}${kept ? "" : ", the typed text is gone"} — ${brief(answer.text.replace(/\s+/g, " "), 120)}`,
    );
    return { claim, generic: !isClearAnswer(answer) };
  }

  it.for(FAULT_CASES)(
    "%s: in time, truthful, input kept, nothing half-written, recovers, /healthz within 1 s",
    async ([, fault], context) => {
      const figures = tally(context, "Store faults", "checks");
      const clicks = await prepareClicks();
      const before = await Promise.all(clicks.map((click) => watchedState(click.watches)));
      const windowStart = performance.now();
      fault.apply(proxied);
      // Everyone clicks while the store is in trouble, each on their own connection.
      const results = await Promise.all(
        clicks.map(async (click) => {
          const started = performance.now();
          const result = await connection().send(click.activity);
          return { result, ms: performance.now() - started };
        }),
      );
      clearFaults(proxied);
      // Work that outlived its answer finishes or gives up (it may no longer start a commit).
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      const claims = new Map<Claim, number>();
      let generic = 0;
      for (const [i, click] of clicks.entries()) {
        const outcome = results[i];
        if (!outcome) continue;
        const judged = await judge(
          figures,
          fault.name,
          click,
          outcome.result,
          outcome.ms,
          before[i] ?? "",
        );
        claims.set(judged.claim, (claims.get(judged.claim) ?? 0) + 1);
        if (judged.generic) generic += 1;
      }
      const slowest = Math.max(...results.map((r) => r.ms));

      // Nothing half-written: every document reads, and every approval names a version that exists.
      const documents = await allDocuments(direct());
      const failing = schemaFailures(documents);
      figures.check(failing.length === 0, () => `${fault.name}: ${failing.join(", ")}`);
      const answersVersion = new Map(
        documents
          .filter((d) => d.body["type"] === "answers")
          .map((d) => [String(d.body["milestoneId"]), Number(d.body["version"])]),
      );
      const dangling = documents.filter(
        (d) =>
          d.body["type"] === "approval" &&
          Number(d.body["forVersion"]) > (answersVersion.get(String(d.body["milestoneId"])) ?? 0),
      );
      figures.check(
        dangling.length === 0,
        () =>
          `${fault.name}: approvals of versions that were never saved: ${dangling.map((d) => String(d.body["id"])).join(", ")}`,
      );

      // The bot works again by itself: a fresh save goes through, and /healthz says ok.
      const recovered = await recovers();
      figures.check(
        recovered.ok,
        () => `${fault.name}: not working again after ${RECOVERY_LIMIT_MS} ms (${recovered.last})`,
      );

      const window = healthChecks.filter((check) => check.at >= windowStart);
      const slowHealth = Math.max(0, ...window.map((check) => check.ms));
      figures.check(
        window.length > 0 &&
          window.every((check) => check.ms < HEALTH_LIMIT_MS && check.status > 0),
        () =>
          `${fault.name}: /healthz answered in ${Math.round(slowHealth)} ms at worst (${window.filter((c) => c.ms >= HEALTH_LIMIT_MS).length} of ${window.length} over 1 s)`,
      );
      figures.note(
        `slowest card action ${Math.round(slowest)} ms; /healthz ${window.length} checks, slowest ${Math.round(slowHealth)} ms, statuses ${[...new Set(window.map((c) => c.status))].join("/")}`,
      );
      figures.note(
        `answers: ${[...claims].map(([claim, n]) => `${n} ${claim}`).join(", ")}; ${generic} only apologised; back to work in ${Math.round(recovered.ms)} ms`,
      );
      figures.expectAllHeld(clicks.length + 4);
    },
  );

  it.for(ERASURE_FAULT_CASES)(
    "%s, during an erasure: in time, truthful, and an approver can finish it",
    async ([, fault], context) => {
      const figures = tally(context, "Store faults", "checks");
      await prepareClicks();
      const erase = cardOf((await bot.send(message("slet data", { from: LARS }))).replies[0]);
      const before = await teamFingerprint(direct(), TEAM.id);
      fault.apply(proxied);
      const started = performance.now();
      const result = await connection().send(press(erase, "Ja, slet alt", {}, { from: LARS }));
      const ms = performance.now() - started;
      clearFaults(proxied);
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      const answer = answerOf(result);
      const after = await teamFingerprint(direct(), TEAM.id);
      const claim = claimOf(answer);
      // The erasure's marker, written before its commit point, changes nothing on its own.
      const withoutMarker = (state: string) =>
        state
          .split("\n")
          .filter((line) => !line.startsWith("erasure@"))
          .join("\n");
      const truthful =
        (claim === "nothing" && withoutMarker(after) === withoutMarker(before)) ||
        (claim === "saved" && after === "") ||
        claim === "maybe";
      figures.check(
        ms < TEAMS_LIMIT_MS && truthful,
        () =>
          `${Math.round(ms)} ms, claims ${claim}, ${after === before ? "nothing erased" : after === "" ? "all erased" : "partly erased"} — ${brief(answer.text, 120)}`,
      );
      figures.check(
        schemaFailures(await allDocuments(direct())).length === 0,
        () => "a document fails its schema",
      );
      // However it ended, an approver can finish (or redo) it once the store is back.
      if (after !== "") {
        const again = cardOf((await bot.send(message("slet data", { from: LARS }))).replies[0]);
        await bot.send(press(again, "Ja, slet alt", {}, { from: LARS }));
      }
      const left = await teamFingerprint(direct(), TEAM.id);
      const mentions = await createRepositories(direct()).people.findMentions(TEAM.id);
      figures.check(
        left === "" && mentions.length === 0,
        () =>
          `after finishing: ${left.split("\n").length} documents and ${mentions.length} person indexes left`,
      );
      figures.note(`${Math.round(ms)} ms; claimed ${claim}`);
      figures.expectAllHeld(3);
    },
  );

  /** Polls until a fresh save goes through and /healthz says ok, or the limit passes. */
  async function recovers(): Promise<{ ok: boolean; ms: number; last: string }> {
    const started = performance.now();
    let last = "";
    while (performance.now() - started < RECOVERY_LIMIT_MS) {
      const card = await openMilestone(
        faultBot(direct(), connector.url),
        "attention-interpersonal",
      ).catch(() => undefined);
      if (card) {
        const saved = answerOf(
          await connection().send(
            press(
              card,
              "Gem kladde",
              { "answer-communication": `Igen ${randomUUID()}` },
              { from: METTE },
            ),
          ),
        );
        const healthz = await fetch(`${health.url}/healthz`)
          .then((r) => r.status)
          .catch(() => 0);
        last = `${brief(saved.text.split("\n").find((l) => /Gemt|gemt|databasen/.test(l)) ?? saved.text, 80)}; /healthz ${healthz}`;
        if (saved.text.includes("Gemt.") && healthz === 200)
          return { ok: true, ms: performance.now() - started, last };
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    return { ok: false, ms: performance.now() - started, last };
  }
});

function tuple(button: {
  verb: string;
  data: Record<string, unknown>;
}): [string, Record<string, unknown>, { from: typeof METTE }] {
  return [button.verb, button.data, { from: METTE }];
}
