import type { ActorKind, ActorNetworkFile, RelationType, SerializedRelation } from "../../src/schema";

const TEXT =
  "Vladimir Putin spoke with Joe Biden by phone on Monday. Putin warned Biden about NATO. " +
  "Peskov told Kommersant FM that Moscow was ready. Kyiv is a city.";

/** The sentences of the one article, with their offsets, as the tests name them. */
export const SENTENCES = {
  call: [0, 55],
  warning: [56, 86],
  citation: [87, 135],
  city: [136, 152],
} as const;

const actor = (key: string, label: string, kind: ActorKind, aliases: string[] = []) => ({
  key,
  attributes: { label, kind, role: null, aliases, mentions: 1, articles: ["a1"] },
});

function relation(
  key: string,
  type: RelationType,
  source: string,
  target: string,
  [start, end]: readonly [number, number],
): SerializedRelation {
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
      article: "a1",
      sentence: TEXT.slice(start, end),
      start,
      end,
    },
  };
}

/** A network small enough to read: five actors, one of them a place, one a second spelling. */
export function network(): ActorNetworkFile {
  return {
    options: { type: "mixed", multi: true, allowSelfLoops: false },
    attributes: {
      schemaVersion: 1,
      articles: [
        {
          id: "a1",
          title: "Talks",
          published: "2024-03-05",
          publishedSource: "manifest",
          source: "Ledger",
          url: null,
          text: TEXT,
        },
      ],
    },
    nodes: [
      actor("vladimir-putin", "Vladimir Putin", "person", ["Putin"]),
      actor("joe-biden", "Joe Biden", "person", ["Biden"]),
      actor("peskov", "Peskov", "person"),
      actor("dmitry-peskov", "Dmitry Peskov", "person"),
      actor("kommersant-fm", "Kommersant FM", "media"),
      actor("kyiv", "Kyiv", "country"),
    ],
    edges: [
      relation("e0", "call", "vladimir-putin", "joe-biden", SENTENCES.call),
      relation("e1", "statement", "vladimir-putin", "joe-biden", SENTENCES.warning),
      relation("e2", "citation", "kommersant-fm", "peskov", SENTENCES.citation),
      relation("e3", "statement", "peskov", "dmitry-peskov", SENTENCES.citation),
      relation("e4", "statement", "kyiv", "joe-biden", SENTENCES.city),
    ],
  };
}

export const ref = (key: string, label: string) => ({ key, label });
export const PUTIN = ref("vladimir-putin", "Vladimir Putin");
export const BIDEN = ref("joe-biden", "Joe Biden");
export const PESKOV = ref("peskov", "Peskov");
export const DMITRY_PESKOV = ref("dmitry-peskov", "Dmitry Peskov");
export const KOMMERSANT = ref("kommersant-fm", "Kommersant FM");
export const KYIV = ref("kyiv", "Kyiv");

export const WARNING = {
  article: "a1",
  start: 56,
  end: 86,
  type: "statement" as const,
  source: PUTIN,
  target: BIDEN,
};
export const CALL = { article: "a1", start: 0, end: 55, type: "call" as const, source: PUTIN, target: BIDEN };
