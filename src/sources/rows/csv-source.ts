import Papa from "papaparse";
import type { ArticleSource, SourceResult } from "../article-source";
import { articleId } from "../article-text";
import { decodeText } from "../decode-text";
import { ARTICLE_FIELDS, matchColumns } from "./columns";
import { rowArticle } from "./row-article";
import { EXTENSIONS } from "../extensions";

/** Rows are numbered as a spreadsheet numbers them: the header is row 1, the first article row 2. */
const FIRST_ROW = 2;

/** Why papaparse's complaint about a row makes it unusable: its fields no longer line up. */
function rowFault(error: Papa.ParseError, fields: number): string {
  if (error.code === "MissingQuotes")
    return "has a quoted field that is never closed (the rest of the file ran into it)";
  if (error.code === "TooManyFields" || error.code === "TooFewFields")
    return `does not have the header's ${fields} columns (${error.message.toLowerCase()}); an unquoted comma or quote?`;
  return error.message;
}

/**
 * A CSV export, one article per row, its columns named in the header: papaparse reads quoted
 * fields, line breaks inside them and any of the usual delimiters (comma, semicolon, tab).
 */
export const csvSource: ArticleSource = {
  name: "CSV export",
  extensions: EXTENSIONS.csv,
  holds: "many",
  read(file, options) {
    const result: SourceResult = { articles: [], skipped: [], warnings: [] };
    const decoded = decodeText(file.bytes);
    if (!decoded.ok) return { ...result, skipped: [{ file: file.shown, problem: decoded.problem }] };
    const parsed = Papa.parse<Record<string, unknown>>(decoded.text, {
      header: true,
      skipEmptyLines: "greedy",
    });
    const header = parsed.meta.fields ?? [];
    const columns = matchColumns(header, options.columns);
    const textColumn = columns.text;
    if (textColumn === null) {
      const hint = options.columnsHint ? `; ${options.columnsHint}` : "";
      const problem = `has no text column (its columns: ${header.join(", ") || "none"}; expected one of ${options.columns.text.join(", ")})${hint}`;
      return { ...result, skipped: [{ file: file.shown, problem }] };
    }
    const faults = new Map<number, string>();
    for (const error of parsed.errors) {
      if (error.row === undefined || error.type === "Delimiter") continue;
      // papaparse counts the header among the rows of a quote error only (5.x), not of the others.
      const index = error.type === "Quotes" ? error.row - 1 : error.row;
      // An unclosed quote explains the row's other faults: it wins over them.
      if (!faults.has(index) || error.type === "Quotes") faults.set(index, rowFault(error, header.length));
    }
    parsed.data.forEach((record, index) => {
      const row = index + FIRST_ROW;
      const at = { file: file.shown, row: `row ${row}` };
      const where = `${file.shown} row ${row}`;
      const fault = faults.get(index);
      if (fault !== undefined) {
        result.skipped.push({ ...at, problem: fault });
        return;
      }
      const values = Object.fromEntries(
        ARTICLE_FIELDS.map((field) => [field, columns[field] === null ? undefined : record[columns[field]]]),
      );
      const outcome = rowArticle(values, articleId(file.path, row), where, options.articleLimit);
      if (!outcome.ok) result.skipped.push({ ...at, problem: outcome.problem });
      else {
        result.articles.push(outcome.article);
        if (outcome.warning) result.warnings.push(outcome.warning);
      }
    });
    return result;
  },
};
