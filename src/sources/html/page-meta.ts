import type { IsoDate } from "../../schema";
import { toIsoDate } from "../iso-date";
import { jsonLdArticle } from "./json-ld";

/** What a saved page says about its article, read before Readability rewrites the document. */
export interface PageMeta {
  title: string | null;
  published: IsoDate | null;
  source: string | null;
  url: string | null;
  /** A date the page gives in a form we cannot read, for a warning. */
  unreadableDate: string | null;
}

/** Meta tags, most specific first, that give the publication date. */
const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
  'meta[property="og:published_time"]',
];

/** " | The Ledger", " - The Ledger", " — The Ledger": a separator between a title and a site's name. */
const SEPARATOR = String.raw`\s+[|\-–—·:]+\s+`;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const clean = (value: string | null | undefined): string | null => {
  const text = value?.replace(/\s+/g, " ").trim();
  return text ? text : null;
};

function metaContent(document: Document, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    const value = clean(document.querySelector(selector)?.getAttribute("content"));
    if (value) return value;
  }
  return null;
}

/** The `<title>`, less the site's name when it follows a separator, or the page's one `<h1>` inside it. */
function documentTitle(document: Document, site: string | null): string | null {
  const title = clean(document.querySelector("title")?.textContent);
  const headings = [...document.querySelectorAll("h1")].map((h1) => clean(h1.textContent));
  const heading = headings.length === 1 ? headings[0] : null;
  if (title && heading && title.includes(heading)) return heading;
  if (!title) return heading ?? null;
  if (!site) return title;
  const name = escapeRegExp(site);
  const bare = title
    .replace(new RegExp(`${SEPARATOR}${name}$`, "i"), "")
    .replace(new RegExp(`^${name}${SEPARATOR}`, "i"), "");
  return bare || title;
}

function publishedDate(document: Document, jsonLdDate: string | undefined): string | null {
  const time =
    document.querySelector('time[itemprop="datePublished"]') ??
    document.querySelector("article time[datetime]") ??
    document.querySelector("time[datetime]");
  return (
    metaContent(document, DATE_META) ??
    clean(jsonLdDate) ??
    clean(time?.getAttribute("datetime")) ??
    clean(time?.textContent)
  );
}

/**
 * Title, publication date, outlet and address as a page gives them: Open Graph and article meta
 * tags, JSON-LD, `<time>`, the canonical link, the `<title>`.
 */
export function readPageMeta(document: Document): PageMeta {
  const jsonLd = jsonLdArticle(
    [...document.querySelectorAll('script[type="application/ld+json"]')].map(
      (script) => script.textContent ?? "",
    ),
  );
  const source = metaContent(document, ['meta[property="og:site_name"]']) ?? clean(jsonLd.publisher);
  const title =
    metaContent(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ??
    clean(jsonLd.headline) ??
    documentTitle(document, source);
  const url =
    metaContent(document, ['meta[property="og:url"]']) ??
    clean(document.querySelector('link[rel="canonical"]')?.getAttribute("href")) ??
    clean(jsonLd.url);
  const date = publishedDate(document, jsonLd.datePublished);
  const published = date === null ? null : toIsoDate(date);
  return { title, published, source, url, unreadableDate: date !== null && published === null ? date : null };
}
