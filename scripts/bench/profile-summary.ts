/**
 * Summarises a V8 CPU profile (`node --cpu-prof`, e.g. from `npm run bench:turns -- --profile`):
 * share of busy CPU per package, inclusive (anywhere on the stack) and self (the frame running),
 * plus garbage collection. `npx tsx scripts/bench/profile-summary.ts <file.cpuprofile> [top]`
 */
import fs from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** `adaptive-expressions`, `@azure/cosmos`, `src/cards/render.js`, `(garbage collector)`, … */
function categoryOf(frame: ProfileNode["callFrame"]): string {
  const { url, functionName } = frame;
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  const modules = url.lastIndexOf("node_modules/");
  if (modules >= 0) {
    const [first, second] = url.slice(modules + "node_modules/".length).split("/");
    return first?.startsWith("@") ? `${first}/${second}` : (first ?? url);
  }
  if (url.startsWith("node:")) return "node core";
  const src = url.indexOf("/src/");
  return src >= 0 ? url.slice(src + 1) : url;
}

function summarise(profile: CpuProfile, top: number): string[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);

  const inclusive = new Map<string, number>();
  const self = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    const leaf = byId.get(id);
    if (!leaf || leaf.callFrame.functionName === "(idle)") return;
    busy += delta;
    const leafCategory = categoryOf(leaf.callFrame);
    self.set(leafCategory, (self.get(leafCategory) ?? 0) + delta);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at);
      if (node) seen.add(categoryOf(node.callFrame));
    }
    for (const category of seen) inclusive.set(category, (inclusive.get(category) ?? 0) + delta);
  });
  const percent = (us: number) => `${((100 * us) / busy).toFixed(1).padStart(5)} %`;
  const ranked = (map: Map<string, number>) =>
    [...map.entries()]
      .filter(([category]) => category !== "(root)")
      .sort((a, b) => b[1] - a[1])
      .slice(0, top);
  return [
    `busy CPU ${(busy / 1000).toFixed(0)} ms (idle excluded)`,
    "inclusive (on the stack):",
    ...ranked(inclusive).map(([category, us]) => `  ${percent(us)}  ${category}`),
    "self (running):",
    ...ranked(self).map(([category, us]) => `  ${percent(us)}  ${category}`),
  ];
}

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error("usage: tsx scripts/bench/profile-summary.ts <file.cpuprofile> [top]");
  process.exit(1);
}
const profile = JSON.parse(fs.readFileSync(file, "utf8")) as CpuProfile;
for (const line of summarise(profile, Number(topArg ?? 15))) console.log(line);
