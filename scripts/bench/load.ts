import http from "node:http";
import { performance } from "node:perf_hooks";
import type { Activity } from "botbuilder";
import type { BenchUser } from "./teams-activities";
import type { BotAnswer } from "./turn-types";

/**
 * Closed-loop load, as people at keyboards: each user sends a turn, waits for the answer, sends
 * the next, for a fixed time. One keep-alive connection per user, as Teams keeps its connections.
 */

export interface LoadResult {
  /** Milliseconds per answered turn, in completion order. */
  latencies: number[];
  /** Turns answered with a 2xx status that the turn type accepted. */
  ok: number;
  /** Non-2xx answers, network errors, or answers the turn type did not accept. */
  failed: number;
  firstFailure?: string;
  /** From the first request sent to the last answer received. */
  elapsedMs: number;
}

export interface Target {
  /** `http://127.0.0.1:<port>` */
  url: string;
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export async function post(
  agent: http.Agent,
  url: string,
  activity: Partial<Activity>,
): Promise<BotAnswer> {
  const payload = JSON.stringify(activity);
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${url}/api/messages`,
      {
        method: "POST",
        agent,
        headers: {
          "content-type": "application/json; charset=utf-8",
          "content-length": Buffer.byteLength(payload),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          resolve({ status: response.statusCode ?? 0, body: parseJson(text) });
        });
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end(payload);
  });
}

export async function runLoad(options: {
  target: Target;
  users: BenchUser[];
  durationMs: number;
  serviceUrl: string;
  activity: (user: BenchUser, serviceUrl: string) => Partial<Activity>;
  accept?: (user: BenchUser, answer: BotAnswer) => boolean;
}): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.users.length });
  const latencies: number[] = [];
  let ok = 0;
  let failed = 0;
  let firstFailure: string | undefined;
  const started = performance.now();
  const stopAt = started + options.durationMs;
  let lastAnswer = started;

  const runUser = async (user: BenchUser) => {
    while (performance.now() < stopAt) {
      const activity = options.activity(user, options.serviceUrl);
      const sent = performance.now();
      try {
        const answer = await post(agent, options.target.url, activity);
        const answered = performance.now();
        lastAnswer = Math.max(lastAnswer, answered);
        const good = answer.status >= 200 && answer.status < 300;
        if (good && (options.accept?.(user, answer) ?? true)) {
          latencies.push(answered - sent);
          ok += 1;
        } else {
          failed += 1;
          firstFailure ??= `HTTP ${answer.status}: ${JSON.stringify(answer.body).slice(0, 300)}`;
        }
      } catch (error) {
        failed += 1;
        firstFailure ??= (error as Error).message;
      }
    }
  };
  await Promise.all(options.users.map(runUser));
  agent.destroy();
  return { latencies, ok, failed, firstFailure, elapsedMs: lastAnswer - started };
}
