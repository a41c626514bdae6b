/** What a page's JSON-LD says about its article; every field may be missing. */
export interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  publisher?: string;
  url?: string;
}

type Thing = Record<string, unknown>;

const ARTICLE_TYPE = /Article$|^BlogPosting$|^Report$/;

const isThing = (value: unknown): value is Thing =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;

/** Every object of a JSON-LD block, through lists and `@graph`. */
function things(value: unknown): Thing[] {
  if (Array.isArray(value)) return value.flatMap(things);
  if (!isThing(value)) return [];
  return [value, ...things(value["@graph"])];
}

function typesOf(thing: Thing): string[] {
  const type = thing["@type"];
  return (Array.isArray(type) ? type : [type]).filter((item): item is string => typeof item === "string");
}

/**
 * The article a page describes in its `<script type="application/ld+json">` blocks (NewsArticle,
 * ReportageNewsArticle, BlogPosting...), or else the first thing that has a publication date.
 * A block that is not valid JSON is passed over: pages often carry broken ones.
 */
export function jsonLdArticle(blocks: readonly string[]): JsonLdArticle {
  const all = blocks.flatMap((block) => {
    try {
      return things(JSON.parse(block));
    } catch {
      return [];
    }
  });
  const found =
    all.find((thing) => typesOf(thing).some((type) => ARTICLE_TYPE.test(type))) ??
    all.find((thing) => text(thing.datePublished) !== undefined);
  if (!found) return {};
  const publisher = found.publisher;
  const page = found.mainEntityOfPage;
  return {
    headline: text(found.headline) ?? text(found.name),
    datePublished: text(found.datePublished) ?? text(found.dateCreated),
    publisher: isThing(publisher) ? text(publisher.name) : text(publisher),
    url: text(found.url) ?? (isThing(page) ? text(page["@id"]) : text(page)),
  };
}
