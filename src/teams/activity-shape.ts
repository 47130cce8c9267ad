import { z } from "zod";

/**
 * The shape an incoming activity must have before the adapter sees it: the fields the glue and
 * botbuilder read without checking (type, conversation, sender, recipient, serviceUrl) must be
 * there and be what they claim (Teams and the Playground always send them), so bad input gets a 400 at once instead of a crash (500) or a
 * reply sent to a made-up address (a 500 after the connector's retries).
 */

const MAX_ID = 1_024;
const optionalText = (max: number) => z.string().max(max).nullish();

const account = z
  .object({
    id: z.string().min(1).max(MAX_ID),
    name: optionalText(512),
    aadObjectId: optionalText(MAX_ID),
  })
  .passthrough();

const activityShape = z
  .object({
    type: z.string().min(1).max(64),
    id: optionalText(MAX_ID),
    name: optionalText(256),
    channelId: z.string().min(1).max(64),
    serviceUrl: z.string().min(1).max(2_048),
    from: account,
    recipient: account,
    conversation: z
      .object({
        id: z.string().min(1).max(MAX_ID),
        conversationType: optionalText(64),
        tenantId: optionalText(MAX_ID),
      })
      .passthrough(),
    text: optionalText(100_000),
    locale: optionalText(64),
    replyToId: optionalText(MAX_ID),
    channelData: z.record(z.unknown()).nullish(),
    entities: z.array(z.record(z.unknown())).nullish(),
    membersAdded: z.array(account).nullish(),
    membersRemoved: z.array(account).nullish(),
  })
  .passthrough();

export type ActivityShape = z.infer<typeof activityShape>;

export type ShapeCheck = { ok: true; activity: ActivityShape } | { ok: false; problem: string };

/** Loopback as a URL's hostname spells it. */
function isLoopbackHost(hostname: string): boolean {
  return hostname === "localhost" || hostname === "[::1]" || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/**
 * Where the bot may send its replies. With authentication the channel's token binds the serviceUrl
 * (botbuilder compares it with the token's claim), and Teams only ever uses https. In local mode
 * the only channel is the Playground on this machine, so the bot talks to loopback only; that
 * keeps a local caller from making it send to anywhere else.
 */
function serviceUrlProblem(raw: string, localMode: boolean): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "serviceUrl is not a URL";
  }
  if (url.username || url.password) return "serviceUrl must not carry credentials";
  if (localMode) {
    if (url.protocol !== "http:" && url.protocol !== "https:") return "serviceUrl must be http(s)";
    if (!isLoopbackHost(url.hostname)) return "serviceUrl must be on loopback in local mode";
    return undefined;
  }
  return url.protocol === "https:" ? undefined : "serviceUrl must use https";
}

export function checkActivityShape(body: unknown, options: { localMode: boolean }): ShapeCheck {
  const parsed = activityShape.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join(".") || "activity";
    return { ok: false, problem: `${where}: ${issue?.message ?? "invalid"}` };
  }
  const problem = serviceUrlProblem(parsed.data.serviceUrl, options.localMode);
  if (problem) return { ok: false, problem };
  return { ok: true, activity: parsed.data };
}
