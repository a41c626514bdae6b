import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom/worker";
import type { ArticleSource, SourceResult } from "../article-source";
import { articleId, textWithTitle } from "../article-text";
import { blockText } from "./block-text";
import { decodePage } from "./charset";
import { readPageMeta, type PageMeta } from "./page-meta";
import { EXTENSIONS } from "../extensions";

/**
 * Readability drops a candidate shorter than this many characters (500 by default): a short wire
 * story is still an article. Less text than this is no article at all.
 */
const MIN_ARTICLE_CHARS = 200;

/** linkedom builds a document only from a whole page: a saved fragment is given one around it. */
function parsePage(html: string): Document {
  const page = /<html[\s>]/i.test(html)
    ? html
    : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return (parseHTML(page) as unknown as { document: Document }).document;
}

const skip = (file: string, problem: string): SourceResult => ({
  articles: [],
  skipped: [{ file, problem }],
  warnings: [],
});

/**
 * A saved web page: its article's text through Readability (as Firefox's Reader View finds it,
 * without navigation, ads and comments), with title, date, outlet and address from the page.
 * linkedom's worker build needs neither Node nor a DOM, so this runs in a browser worker too.
 */
export const htmlSource: ArticleSource = {
  name: "saved web page",
  extensions: EXTENSIONS.html,
  holds: "one",
  read(file) {
    const decoded = decodePage(file.bytes);
    if (!decoded.ok) return skip(file.shown, decoded.problem);
    if (decoded.text.trim() === "") return skip(file.shown, "is empty (only whitespace)");
    let meta: PageMeta;
    let found: ReturnType<Readability<Node>["parse"]>;
    try {
      const document = parsePage(decoded.text);
      meta = readPageMeta(document);
      found = new Readability(document, {
        charThreshold: MIN_ARTICLE_CHARS,
        serializer: (element: Node) => element,
      }).parse();
    } catch (error) {
      return skip(
        file.shown,
        `could not be read as a page (${error instanceof Error ? error.message : error})`,
      );
    }
    const body = found?.content ? blockText(found.content as unknown as Element) : "";
    // Finding nothing that scores, Readability falls back to the whole page: a sign-in form, a menu.
    if (body.length < MIN_ARTICLE_CHARS)
      return skip(
        file.shown,
        `has no article body (Readability found ${body.length} characters of text, fewer than ${MIN_ARTICLE_CHARS}; is it an article page?)`,
      );
    const title = meta.title ?? (found?.title?.trim() || null);
    const warnings = meta.unreadableDate
      ? [
          `${file.shown}: its date ${JSON.stringify(meta.unreadableDate)} is not one we can read; left to the text`,
        ]
      : [];
    return {
      articles: [
        {
          id: articleId(file.path),
          text: textWithTitle(title, body),
          title,
          published: meta.published,
          source: meta.source,
          url: meta.url,
        },
      ],
      skipped: [],
      warnings,
    };
  },
};
