// The floor of the explorer benchmark: the same network file in graphology and sigma v3 with
// default settings, a 30-day window and a relation-type filter done the way sigma's own examples
// do them (reducers and `refresh()`). Nothing here is the explorer's.
import Graph from "graphology";
import Sigma from "sigma";

interface NetworkFile {
  nodes: { key: string; attributes: { x: number; y: number; size: number; label: string } }[];
  edges: { key: string; source: string; target: string; attributes: { type: string; date: string | null } }[];
}

const WINDOW_DAYS = 30;
const DAY_MS = 86_400_000;
const params = new URLSearchParams(location.search);
const container = document.getElementById("graph")!;
// As large as the explorer's graph view, whose size the benchmark passes.
container.style.width = `${params.get("w") ?? 1280}px`;
container.style.height = `${params.get("h") ?? 800}px`;

const file = (await (await fetch(params.get("graph") ?? "bench/network.json")).json()) as NetworkFile;
const graph = new Graph({ multi: true, type: "mixed" });
for (const { key, attributes } of file.nodes)
  graph.addNode(key, { x: attributes.x, y: attributes.y, size: attributes.size, label: attributes.label });
const days = new Map<string, number>();
for (const { key, source, target, attributes } of file.edges) {
  const day = attributes.date === null ? null : Date.parse(attributes.date) / DAY_MS;
  if (day !== null) days.set(key, day);
  // Not `type`: sigma reads that as the edge program.
  graph.addEdgeWithKey(key, source, target, { relation: attributes.type });
}

const slider = document.getElementById("day") as HTMLInputElement;
const statements = document.getElementById("statement") as HTMLInputElement;
const sorted = [...days.values()].sort((a, b) => a - b);
slider.min = String(sorted[0] ?? 0);
slider.max = String(sorted[sorted.length - 1] ?? 0);
slider.value = slider.min;
const windowed = { on: false };

const renderer = new Sigma(graph, container, {
  edgeReducer: (key, data) => {
    const day = days.get(key);
    const start = Number(slider.value);
    const outside = windowed.on && (day === undefined || day < start || day >= start + WINDOW_DAYS);
    const filtered = !statements.checked && graph.getEdgeAttribute(key, "relation") === "statement";
    return outside || filtered ? { ...data, hidden: true } : data;
  },
});
slider.addEventListener("input", () => {
  windowed.on = true;
  renderer.refresh();
});
statements.addEventListener("change", () => renderer.refresh());
Object.assign(window, { __bare: { renderer, graph, windowed, slider } });
document.body.dataset.state = "ready";
