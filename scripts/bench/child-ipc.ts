import fs from "node:fs";

/**
 * The benchmark's helper processes (store, fake connector, echo floor) tell the parent their port
 * when they listen, and answer "stats" over Node's IPC channel. What every process counts alike
 * lives here.
 */

export type ChildMessage =
  { type: "ready"; port: number } | { type: "stats"; id: number; stats: Record<string, unknown> };

export type ParentMessage =
  | { type: "stats"; id: number; record?: boolean }
  | { type: "stop" }
  /** For a helper that takes instructions (the Teams connector: channels that answer 403). */
  | { type: "instruct"; instruction: Record<string, unknown> };

/** User + system CPU time of this process in ms (what it cost, whatever the clock did). */
export function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** Peak resident set size in MB, from /proc where there is one. */
export function peakRssMb(pid: number = process.pid): number | undefined {
  return procStatusMb(pid, "VmHWM");
}

/** Resident set size now in MB, from /proc where there is one. */
export function rssMb(pid: number): number | undefined {
  return procStatusMb(pid, "VmRSS");
}

function procStatusMb(pid: number, field: "VmHWM" | "VmRSS"): number | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(status);
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** CPU time (user + system) of another process in ms, from /proc/<pid>/stat. */
export function processCpuMs(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may contain spaces) start at state; utime, stime are 14, 15.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticksPerSecond = 100;
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? (ticks * 1000) / ticksPerSecond : undefined;
  } catch {
    return undefined;
  }
}

/** Runs in a child: announce the port, answer stats requests, exit when asked or orphaned. */
export function serveParent(
  port: number,
  stats: (record: boolean) => Record<string, unknown>,
  instruct: (instruction: Record<string, unknown>) => void = () => undefined,
) {
  const send = (message: ChildMessage) => process.send?.(message);
  process.on("message", (message: ParentMessage) => {
    if (message.type === "stats")
      send({ type: "stats", id: message.id, stats: stats(message.record ?? false) });
    if (message.type === "instruct") instruct(message.instruction);
    if (message.type === "stop") process.exit(0);
  });
  process.on("disconnect", () => process.exit(0));
  send({ type: "ready", port });
}
