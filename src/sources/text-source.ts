import type { ArticleSource } from "./article-source";
import { articleId, NOTHING_KNOWN } from "./article-text";
import { decodeText } from "./decode-text";
import { EXTENSIONS } from "./extensions";

/** `.txt` and `.md`: the whole file is one article, its first line the title. */
export const textSource: ArticleSource = {
  name: "plain text",
  extensions: EXTENSIONS.text,
  holds: "one",
  read(file) {
    const decoded = decodeText(file.bytes);
    if (!decoded.ok)
      return { articles: [], skipped: [{ file: file.shown, problem: decoded.problem }], warnings: [] };
    if (decoded.text.trim() === "")
      return {
        articles: [],
        skipped: [{ file: file.shown, problem: "is empty (only whitespace)" }],
        warnings: [],
      };
    const article = { id: articleId(file.path), text: decoded.text, ...NOTHING_KNOWN };
    return { articles: [article], skipped: [], warnings: [] };
  },
};
