import Graph from "graphology";
import { ACTOR_KINDS, RELATION_TYPES } from "../../../src/schema";
import { dayToIso, isoToDay } from "../../../src/app/time";

/** A seeded synthetic network for the browser checks: 30 actors, 240 relations over ~10 weeks. */
export function syntheticNetwork(seed = 7): Graph {
  let state = seed;
  const random = () => (state = (state * 1664525 + 1013904223) % 4294967296) / 4294967296;
  const graph = new Graph({ type: "mixed", multi: true, allowSelfLoops: false });
  graph.replaceAttributes({ schemaVersion: 1, articles: [] });
  for (let i = 0; i < 30; i++) {
    const kind = ACTOR_KINDS[i % ACTOR_KINDS.length]!;
    graph.addNode(`a${i}`, {
      label: `Actor ${i}`,
      kind,
      role: null,
      aliases: [],
      mentions: 1,
      articles: [],
      x: Math.cos(i) * (10 + i),
      y: Math.sin(i) * (10 + i),
      size: 4 + (i % 5),
    });
  }
  const first = isoToDay("2021-12-07")!;
  for (let i = 0; i < 240; i++) {
    const [source, target] = [Math.floor(random() * 30), Math.floor(random() * 30)];
    if (source === target) continue;
    const type = RELATION_TYPES[Math.floor(random() * 3)]!;
    const date = random() < 0.1 ? null : dayToIso(first + Math.floor(random() * random() * 69));
    const attributes = { type, date, article: "x", sentence: "s", start: 0, end: 1 };
    if (type === "call") graph.addUndirectedEdgeWithKey(`e${i}`, `a${source}`, `a${target}`, attributes);
    else graph.addDirectedEdgeWithKey(`e${i}`, `a${source}`, `a${target}`, attributes);
  }
  return graph;
}
