import { parseArticleGold, type ArticleGold } from "./article-gold";
import { parseGold, type GoldStandard } from "./gold";

/** A gold standard in one of the formats the evaluation reads. */
export type AnyGold = { format: "flat"; gold: GoldStandard } | { format: "per-article"; gold: ArticleGold };

export interface AnyGoldResult {
  gold: AnyGold | null;
  errors: string[];
}

interface GoldFormat {
  /** The top-level keys that give the format away. */
  keys: string[];
  /** How a user would recognise it, for the error when a file fits none. */
  shape: string;
  parse: (json: unknown) => AnyGoldResult;
}

const FORMATS: GoldFormat[] = [
  {
    keys: ["actors", "edges"],
    shape: '{"actors": [...], "edges": [...]} (test/gold/README.md)',
    parse(json) {
      const { gold, errors } = parseGold(json);
      return { gold: gold && { format: "flat", gold }, errors };
    },
  },
  {
    keys: ["articles"],
    shape: '{"articles": [...], "equivalents": [...]} (the dev corpus\'s gold.json)',
    parse(json) {
      const { gold, errors } = parseArticleGold(json);
      return { gold: gold && { format: "per-article", gold }, errors };
    },
  },
];

const describeJson = (json: unknown) =>
  Array.isArray(json)
    ? "a list"
    : typeof json !== "object" || json === null
      ? `${JSON.stringify(json)}`
      : `an object with the keys ${Object.keys(json).join(", ") || "(none)"}`;

/** Reads a gold standard in the format its top-level keys show. */
export function readAnyGold(json: unknown): AnyGoldResult {
  const keys = typeof json === "object" && json !== null && !Array.isArray(json) ? Object.keys(json) : [];
  const fitting = FORMATS.filter((format) => format.keys.some((key) => keys.includes(key)));
  if (fitting.length === 1) return fitting[0]!.parse(json);
  const shapes = FORMATS.map((format) => format.shape).join(" or ");
  const why = fitting.length === 0 ? "fits no gold format" : "mixes the keys of two gold formats";
  return { gold: null, errors: [`it ${why}: found ${describeJson(json)}; expected ${shapes}`] };
}
