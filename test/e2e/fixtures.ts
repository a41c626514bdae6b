import type {
  ActorKind,
  ActorNetworkFile,
  ArticleRecord,
  RelationType,
  SerializedActor,
  SerializedRelation,
} from "../../src/schema";

/** A seeded linear congruential generator (d3-force's constants), so every run sees the same network. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (1664525 * state + 1013904223) >>> 0) / 4294967296;
}

const KINDS: ActorKind[] = ["person", "organization", "country", "media"];
const TYPES: RelationType[] = ["call", "statement", "citation"];
export const HOSTILE_LABEL = '<img src=x onerror="window.__pwned=1">Mallory';
export const HOSTILE_SENTENCE =
  'Mallory wrote <script>window.__pwned=1</script> and <img src=x onerror="window.__pwned=2"> to Actor 1.';
const FIRST_DAY = Date.UTC(2022, 9, 1);
const iso = (offset: number) => new Date(FIRST_DAY + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * A synthetic network for the browser tests: `actors` actors of every kind on a circle-ish layout,
 * `relations` dated relations of every type (about one in eight undated, some parallel), each with
 * a sentence that really is in its article at the stated offsets, plus one hostile actor and
 * article whose strings are HTML and script.
 */
export function syntheticNetwork(actors = 40, relations = 160, seed = 7): ActorNetworkFile {
  const random = lcg(seed);
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]!;
  const nodes: SerializedActor[] = Array.from({ length: actors }, (_, i) => {
    const angle = (2 * Math.PI * i) / actors;
    const radius = 40 + 60 * random();
    return {
      key: `actor-${i}`,
      attributes: {
        label: i === 0 ? HOSTILE_LABEL : `Actor ${i}`,
        kind: i === 0 ? "person" : KINDS[i % KINDS.length]!,
        role: i === 0 ? "<b>bold</b> role <script>window.__pwned=3</script>" : `role of actor ${i}`,
        aliases: i === 0 ? ["<script>window.__pwned=4</script>", "Mallory"] : [`A${i}`, `Alias Number ${i}`],
        mentions: 1 + Math.floor(random() * 20),
        articles: [],
        community: i % 4,
        x: radius * Math.cos(angle),
        y: radius * Math.sin(angle),
      },
    };
  });
  const sentences = new Map<string, string[]>();
  const articleIds = Array.from({ length: 6 }, (_, i) => `art-${i}`);
  articleIds.forEach((id) => sentences.set(id, [`Opening line of article ${id}.`]));
  const edges: SerializedRelation[] = [];
  for (let e = 0; e < relations; e++) {
    const hostile = e === 0;
    const source = hostile ? 0 : Math.floor(random() * actors);
    let target = hostile ? 1 : Math.floor(random() * actors);
    if (target === source) target = (target + 1) % actors;
    const parallel = e % 10 === 9 && edges.length > 0 ? edges[edges.length - 1]! : null;
    const from = parallel?.source ?? `actor-${source}`;
    const to = parallel?.target ?? `actor-${target}`;
    const type = hostile ? "statement" : pick(TYPES);
    const article = hostile ? "art-0" : pick(articleIds);
    const names = `Actor ${from.slice(6)} and Actor ${to.slice(6)}`;
    const sentence = hostile ? HOSTILE_SENTENCE : `${names} had relation ${e} of type ${type}.`;
    const dated = hostile || random() > 0.125;
    const lines = sentences.get(article)!;
    const start = lines.join(" ").length + 1;
    lines.push(sentence);
    edges.push({
      key: `e${e}`,
      source: from,
      target: to,
      undirected: type === "call",
      attributes: {
        type,
        date: dated ? iso(Math.floor(random() * 90)) : null,
        datePrecision: dated ? "day" : null,
        dateSource: dated ? "text" : null,
        article,
        sentence,
        start,
        end: start + sentence.length,
        ...(e % 3 === 0 ? { quote: `quoted words ${e}` } : {}),
      },
    });
  }
  const degree = new Map<string, number>();
  const mentionedIn = new Map<string, Set<string>>();
  for (const { source, target, attributes } of edges)
    for (const key of [source, target]) {
      degree.set(key, (degree.get(key) ?? 0) + 1);
      mentionedIn.set(key, (mentionedIn.get(key) ?? new Set()).add(attributes.article));
    }
  for (const node of nodes) {
    node.attributes.size = 3 + 2 * Math.sqrt(degree.get(node.key) ?? 0);
    node.attributes.articles = [...(mentionedIn.get(node.key) ?? [])].sort();
  }
  const articles: ArticleRecord[] = articleIds.map((id, i) => ({
    id,
    title: i === 0 ? "Hostile <script>window.__pwned=5</script> title" : `Article ${i}`,
    published: iso(90 + i),
    publishedSource: "manifest",
    source: i === 0 ? "<i>Evil</i> Times" : "Synthetic News",
    url: i === 0 ? "javascript:window.__pwned=6" : null,
    text: sentences.get(id)!.join(" "),
  }));
  return {
    options: { type: "mixed", multi: true, allowSelfLoops: false },
    attributes: { schemaVersion: 1, articles },
    nodes,
    edges,
  };
}

/** The key of the one planned call in `plannedCallNetwork`. */
export const PLANNED_CALL = "planned-call";

/**
 * Two calls side by side across the view, one held (top) and one planned (bottom: "are due to
 * meet in Oslo next week"), and a statement that sets the scale; short labels, so that nothing but
 * the two calls crosses the middle of the view.
 */
export function plannedCallNetwork(): ActorNetworkFile {
  const places: [string, ActorKind, number, number][] = [
    ["held-a", "person", -100, 40],
    ["held-b", "country", 100, 40],
    ["plan-a", "person", -100, -40],
    ["plan-b", "country", 100, -40],
    ["speaker", "media", 0, 100],
  ];
  const sentences = [
    "Ana and Bo spoke by phone on Monday.",
    "Cy and Di are due to meet in Oslo next week.",
    "Ed said the talks matter.",
  ];
  const text = sentences.join(" ");
  const relation = (
    key: string,
    [source, target]: [string, string],
    type: RelationType,
    sentence: number,
    extra: Partial<SerializedRelation["attributes"]> = {},
  ): SerializedRelation => {
    const start = text.indexOf(sentences[sentence]!);
    return {
      key,
      source,
      target,
      undirected: type === "call",
      attributes: {
        type,
        date: "2024-03-04",
        datePrecision: "day",
        dateSource: "text",
        article: "oslo",
        sentence: sentences[sentence]!,
        start,
        end: start + sentences[sentence]!.length,
        ...extra,
      },
    };
  };
  return {
    options: { type: "mixed", multi: true, allowSelfLoops: false },
    attributes: {
      schemaVersion: 1,
      articles: [
        {
          id: "oslo",
          title: "Talks in Oslo",
          published: "2024-03-05",
          publishedSource: "manifest",
          source: "Synthetic News",
          url: null,
          text,
        },
      ],
    },
    nodes: places.map(([key, kind, x, y], i) => ({
      key,
      attributes: {
        label: "ABCDE"[i]!,
        kind,
        role: null,
        aliases: [],
        mentions: 1,
        articles: ["oslo"],
        x,
        y,
        size: 6,
      },
    })),
    edges: [
      relation("held-call", ["held-a", "held-b"], "call", 0, { status: "held", subtype: "phone" }),
      relation(PLANNED_CALL, ["plan-a", "plan-b"], "call", 1, { status: "planned", subtype: "meeting" }),
      relation("statement", ["speaker", "held-a"], "statement", 2),
    ],
  };
}
