import type { ActorKind, RelationType } from "../../src/schema";

/**
 * Seeded synthetic actor networks for the explorer benchmark: actors in communities laid out as
 * blobs, relations mostly inside a community, dated uniformly over one year (a few undated). The
 * file is written as compact JSON text straight away (1M relations are about 200 MB of text), and
 * the dates and endpoints are kept as typed arrays so that counts can be checked without the app.
 */

export interface NetworkSize {
  actors: number;
  relations: number;
}

export interface SyntheticNetwork extends NetworkSize {
  /** The network file, valid against `validateNetworkFile`. */
  json: Buffer;
  /** Per relation: its day number (days since 1970-01-01), or UNDATED. */
  days: Int32Array;
  source: Uint32Array;
  target: Uint32Array;
  /** First day of the year the relations are dated in. */
  firstDay: number;
}

export const UNDATED = -1;
export const YEAR_START = Date.UTC(2024, 0, 1) / 86_400_000;
const YEAR_DAYS = 366;
const UNDATED_SHARE = 0.05;
const KINDS: ActorKind[] = ["person", "organization", "country", "media"];
const TYPES: RelationType[] = ["call", "statement", "citation"];

/** d3-force's linear congruential generator: the same seed gives the same file. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (1664525 * state + 1013904223) >>> 0) / 4294967296;
}

export const isoOfDay = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

export function syntheticNetwork({ actors, relations }: NetworkSize, seed = 1): SyntheticNetwork {
  const random = lcg(seed);
  const communities = Math.max(4, Math.round(Math.sqrt(actors) / 3));
  const members: number[][] = Array.from({ length: communities }, () => []);
  const parts: string[] = [];
  const articleCount = Math.max(4, Math.ceil(relations / 250));
  const articles = Array.from({ length: articleCount }, (_, i) => ({
    id: `art-${i}`,
    title: `Synthetic article ${i}`,
    published: isoOfDay(YEAR_START + (i % YEAR_DAYS)),
    publishedSource: "manifest",
    source: "Synthetic News",
    url: null,
    text: `Synthetic article ${i}.`,
  }));
  parts.push(`{"attributes":${JSON.stringify({ schemaVersion: 1, articles })},"nodes":[`);
  for (let n = 0; n < actors; n++) {
    const community = n % communities;
    members[community]!.push(n);
    const angle = (2 * Math.PI * community) / communities;
    const spread = 6 + 10 * random();
    const x = 100 * Math.cos(angle) + spread * Math.cos(2 * Math.PI * random());
    const y = 100 * Math.sin(angle) + spread * Math.sin(2 * Math.PI * random());
    const attributes = {
      label: `Actor ${n}`,
      kind: KINDS[n % KINDS.length],
      role: null,
      aliases: [],
      mentions: 1 + Math.floor(random() * 50),
      articles: [],
      community,
      x: Math.round(x * 100) / 100,
      y: Math.round(y * 100) / 100,
      size: 2 + Math.round(6 * random() ** 3 * 10) / 10,
    };
    parts.push(`${n ? "," : ""}{"key":"a${n}","attributes":${JSON.stringify(attributes)}}`);
  }
  parts.push(`],"edges":[`);
  const days = new Int32Array(relations);
  const source = new Uint32Array(relations);
  const target = new Uint32Array(relations);
  for (let e = 0; e < relations; e++) {
    const from = Math.floor(random() * actors);
    const group = members[from % communities]!;
    let to = random() < 0.8 ? group[Math.floor(random() * group.length)]! : Math.floor(random() * actors);
    if (to === from) to = (from + 1) % actors;
    const type = TYPES[Math.floor(random() * TYPES.length)]!;
    const day = random() < UNDATED_SHARE ? UNDATED : YEAR_START + Math.floor(random() * YEAR_DAYS);
    [days[e], source[e], target[e]] = [day, from, to];
    const sentence = `Actor ${from} and Actor ${to}, relation ${e}.`;
    const date = day === UNDATED ? null : isoOfDay(day);
    const attributes = {
      type,
      date,
      datePrecision: date && "day",
      dateSource: date && "text",
      article: `art-${e % articleCount}`,
      sentence,
      start: 0,
      end: sentence.length,
    };
    const edge = { key: `e${e}`, source: `a${from}`, target: `a${to}`, undirected: type === "call" };
    parts.push(`${e ? "," : ""}${JSON.stringify({ ...edge, attributes })}`);
  }
  parts.push("]}");
  return { actors, relations, json: Buffer.from(parts.join("")), days, source, target, firstDay: YEAR_START };
}

/** Visible relations and actors for an inclusive day window with the default filters, from the arrays alone. */
export function countVisible(
  network: SyntheticNetwork,
  range: [number, number],
  showUndated = true,
): { actors: number; edges: number } {
  const seen = new Uint8Array(network.actors);
  let edges = 0;
  let actors = 0;
  for (let e = 0; e < network.relations; e++) {
    const day = network.days[e]!;
    if (day === UNDATED ? !showUndated : day < range[0] || day > range[1]) continue;
    edges++;
    for (const n of [network.source[e]!, network.target[e]!]) {
      if (!seen[n]) actors++;
      seen[n] = 1;
    }
  }
  return { actors, edges };
}
