import type { ArticleSource, SourceResult } from "../article-source";
import { articleId } from "../article-text";
import { decodeText } from "../decode-text";
import { ARTICLE_FIELDS, type ArticleField, type ColumnNames } from "./columns";
import { rowArticle } from "./row-article";
import { EXTENSIONS } from "../extensions";

type JsonObject = Record<string, unknown>;
const isRecord = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A field by name, ignoring case; "source.name" reaches into a nested object. */
function lookUp(record: JsonObject, name: string): unknown {
  let value: unknown = record;
  for (const part of name.split(".")) {
    if (!isRecord(value)) return undefined;
    const key = Object.keys(value).find((key) => key.toLowerCase() === part.toLowerCase());
    value = key === undefined ? undefined : value[key];
  }
  return value;
}

function fieldsOf(record: JsonObject, columns: ColumnNames): Partial<Record<ArticleField, unknown>> {
  return Object.fromEntries(
    ARTICLE_FIELDS.map((field) => [
      field,
      columns[field].map((name) => lookUp(record, name)).find((value) => value !== undefined),
    ]),
  );
}

/**
 * JSON Lines (`.jsonl`, `.ndjson`): one JSON object per line, one article each, its fields named as
 * in a CSV export. Lines are numbered from 1, as an editor numbers them.
 */
export const jsonLinesSource: ArticleSource = {
  name: "JSON Lines export",
  extensions: EXTENSIONS.jsonLines,
  holds: "many",
  read(file, options) {
    const result: SourceResult = { articles: [], skipped: [], warnings: [] };
    const decoded = decodeText(file.bytes);
    if (!decoded.ok) return { ...result, skipped: [{ file: file.shown, problem: decoded.problem }] };
    decoded.text.split("\n").forEach((line, index) => {
      if (line.trim() === "") return;
      const at = { file: file.shown, row: `line ${index + 1}` };
      const where = `${file.shown} line ${index + 1}`;
      let record: unknown;
      try {
        record = JSON.parse(line);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        result.skipped.push({ ...at, problem: `is not JSON (${reason})` });
        return;
      }
      if (!isRecord(record)) {
        result.skipped.push({ ...at, problem: "is not a JSON object" });
        return;
      }
      const values = fieldsOf(record, options.columns);
      const outcome = rowArticle(values, articleId(file.path, index + 1), where, options.articleLimit);
      if (!outcome.ok) {
        // No text field at all, rather than an empty one: say what the line has instead.
        const unnamed =
          values.text === undefined
            ? ` (its fields: ${Object.keys(record).join(", ")})${options.columnsHint ? `; ${options.columnsHint}` : ""}`
            : "";
        result.skipped.push({ ...at, problem: `${outcome.problem}${unnamed}` });
      } else {
        result.articles.push(outcome.article);
        if (outcome.warning) result.warnings.push(outcome.warning);
      }
    });
    return result;
  },
};
