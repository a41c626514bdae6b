/** The Chromium trace categories the profiling scripts record with `--trace`. */
export const TRACE_CATEGORIES = [
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "blink",
  "cc",
  "gpu",
  "toplevel",
  "v8",
];

/** The page's address for a bench network: the bare page also takes the size of its canvas. */
export const benchQuery = (ours: boolean) =>
  ours ? "?graph=bench/network.json" : "?graph=bench/network.json&w=1000&h=740";

/** A CPU profile as the Chrome DevTools Protocol's `Profiler.stop` returns it. */
export interface Profile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time per function, then the time of the top functions including their callees. */
export function summariseProfile(profile: Profile, top = 25): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const name = (node: Profile["nodes"][number]) => {
    const file = node.callFrame.url.split("/").pop() ?? "";
    return `${node.callFrame.functionName || "(anonymous)"} ${file}:${node.callFrame.lineNumber}`;
  };
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const node = byId.get(id)!;
    self.set(name(node), (self.get(name(node)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const key = name(byId.get(at)!);
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + ms);
    }
  });
  const rows = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([key, ms]) => `  ${ms.toFixed(1).padStart(9)} ms  ${key}`)
      .join("\n");
  return `self:\n${rows(self)}\ntotal:\n${rows(total)}\n`;
}
