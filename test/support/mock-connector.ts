import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Sender } from "./teams-activities";

/**
 * A Bot Framework connector on loopback that answers member look-ups the way Teams does, page
 * by page, so `TeamsInfo.getPagedMembers` runs its real HTTP code in tests.
 */
export interface MockConnector {
  url: string;
  setMembers(members: Sender[]): void;
  /** Members of one conversation (a team's channel, a chat); others get `setMembers`' list. */
  setMembersOf(conversationId: string, members: Sender[]): void;
  /** Makes member look-ups fail, as when Teams is unavailable. */
  failMemberLookups(fail: boolean): void;
  /** Makes member look-ups answer only after `ms`, as when Teams is slow. */
  delayMemberLookups(ms: number): void;
  requests(): string[];
  stop(): Promise<void>;
}

export async function startMockConnector(pageSize = 2): Promise<MockConnector> {
  let members: Sender[] = [];
  const membersOf = new Map<string, Sender[]>();
  let failing = false;
  let delayMs = 0;
  const seen: string[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    seen.push(`${req.method} ${url.pathname}`);
    const paged = /^\/v3\/conversations\/([^/]+)\/pagedmembers$/.exec(url.pathname);
    if (req.method === "GET" && paged && !failing) {
      if (delayMs > 0) {
        const wait = delayMs;
        delayMs = 0;
        setTimeout(() => server.emit("request", req, res), wait);
        seen.pop();
        return;
      }
      const listed = membersOf.get(decodeURIComponent(paged[1] ?? "")) ?? members;
      const start = Number(url.searchParams.get("continuationToken") ?? "0");
      const page = listed.slice(start, start + pageSize);
      const next = start + pageSize < listed.length ? String(start + pageSize) : undefined;
      res.setHeader("content-type", "application/json");
      res.end(
        JSON.stringify({
          members: page.map((m) => ({ id: m.id, name: m.name, aadObjectId: m.aadObjectId })),
          continuationToken: next,
        }),
      );
      return;
    }
    res.statusCode = failing ? 403 : 404;
    res.end(JSON.stringify({ error: { code: "NotFound", message: "not mocked" } }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    setMembers: (list) => void (members = list),
    setMembersOf: (conversationId, list) => void membersOf.set(conversationId, list),
    failMemberLookups: (fail) => void (failing = fail),
    delayMemberLookups: (ms) => void (delayMs = ms),
    requests: () => [...seen],
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
