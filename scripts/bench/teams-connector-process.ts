/**
 * The strict fake Teams connector (test/features/nudges/support/fake-teams-connector.ts) in a
 * process of its own for `bench:nudges`, so the posts it keeps and its limit bookkeeping are not
 * charged to the sweeping process's memory and CPU. Instructions from the parent: fail a share of
 * posts (`{ failRate, seed, only429 }`), or make channels unreachable (`{ unreachable: [ids] }`).
 */
import { startFakeTeamsConnector } from "../../test/features/nudges/support/fake-teams-connector";
import { cpuMs, peakRssMb, serveParent } from "./child-ipc";

async function main(): Promise<void> {
  const connector = await startFakeTeamsConnector();
  const port = Number(new URL(connector.url).port);
  serveParent(
    port,
    () => {
      const perChannel = new Map<string, number>();
      for (const post of connector.posts())
        perChannel.set(post.channelId, (perChannel.get(post.channelId) ?? 0) + 1);
      const statuses: Record<string, number> = {};
      for (const request of connector.requests())
        statuses[request.status] = (statuses[request.status] ?? 0) + 1;
      const posts = connector.posts();
      return {
        posts: posts.length,
        firstPostAt: posts[0]?.at ?? 0,
        lastPostAt: posts.at(-1)?.at ?? 0,
        requests: connector.requests().length,
        statuses,
        channelsPosted: perChannel.size,
        channelsPostedTwice: [...perChannel.values()].filter((n) => n > 1).length,
        violations: connector.violations().length,
        cpuMs: cpuMs(),
        peakRssMb: peakRssMb() ?? 0,
      };
    },
    (instruction) => {
      const { failRate, seed, only429, unreachable } = instruction;
      if (typeof failRate === "number")
        connector.failRandomly(
          failRate,
          typeof seed === "number" ? seed : 1,
          only429 === true ? [{ status: 429, retryAfterSeconds: 1 }, { status: 429 }] : undefined,
        );
      if (Array.isArray(unreachable))
        for (const channelId of unreachable)
          // Teams answers 403 to every post in a channel the bot was removed from.
          connector.script(
            String(channelId),
            Array.from({ length: 20 }, () => ({ status: 403 })),
          );
    },
  );
}

void main();
