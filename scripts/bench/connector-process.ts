/**
 * A fake Bot Framework connector on loopback, where `serviceUrl` points: it accepts replies
 * (`POST /v3/conversations/:id/activities[/:activityId]`), card updates (`PUT …/activities/:id`)
 * and answers member look-ups (`GET …/pagedmembers`) with the bench team's roster. It counts
 * requests and TCP connections (is the bot keeping connections alive?) and, while probing, keeps
 * what it was sent.
 */
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { serveParent } from "./child-ipc";
import { teamIndexOf, teamRoster } from "./teams-activities";
import type { ConnectorCall } from "./turn-types";

let requests = 0;
let connections = 0;
let recording = false;
let recorded: ConnectorCall[] = [];
let nextId = 0;

function json(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

function answer(req: IncomingMessage, res: ServerResponse, raw: string): void {
  const url = new URL(req.url ?? "/", "http://connector");
  const path = url.pathname;
  if (recording) {
    let body: unknown = raw;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      // keep the raw text
    }
    recorded.push({ method: req.method ?? "", path, body });
  }
  const members = /^\/v3\/conversations\/([^/]+)\/pagedmembers$/.exec(path);
  if (req.method === "GET" && members) {
    const index = teamIndexOf(members[1] ?? "");
    if (index === undefined) return json(res, 404, { error: { code: "NotFound" } });
    return json(res, 200, {
      members: teamRoster(index).map((p) => ({
        id: p.id,
        name: p.name,
        aadObjectId: p.aadObjectId,
        userRole: "user",
        tenantId: "bench-tenant",
      })),
    });
  }
  if (/^\/v3\/conversations\/[^/]+\/activities(\/[^/]+)?$/.test(path)) {
    if (req.method === "POST" || req.method === "PUT") {
      nextId += 1;
      return json(res, 200, { id: `bench-reply-${nextId}` });
    }
  }
  json(res, 404, { error: { code: "NotFound", message: `${req.method} ${path} is not faked` } });
}

const server = http.createServer((req, res) => {
  requests += 1;
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => answer(req, res, Buffer.concat(chunks).toString("utf8")));
});
server.on("connection", () => (connections += 1));
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  const { port } = server.address() as AddressInfo;
  serveParent(port, (record) => {
    const calls = recorded;
    recorded = [];
    recording = record;
    return { requests, connections, calls };
  });
});
