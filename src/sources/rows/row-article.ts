import type { ArticleInput } from "../../pipeline";
import type { SizeLimit } from "../article-source";
import { textWithTitle } from "../article-text";
import { toIsoDate } from "../iso-date";
import { sizeProblem } from "../size-limit";
import type { ArticleField } from "./columns";

/** One row of an export, or a problem that skips it, and a note on a field it could not use. */
export type RowOutcome =
  { ok: true; article: ArticleInput; warning: string | null } | { ok: false; problem: string };

const encoder = new TextEncoder();

const text = (value: unknown): string | null =>
  typeof value === "string" && value.trim() !== "" ? value.trim() : null;

const describe = (value: unknown) =>
  Array.isArray(value) ? "a list" : value === null ? "null" : typeof value;

/** A row's fields as an article; a row without text is skipped, a date we cannot read only noted. */
export function rowArticle(
  values: Readonly<Partial<Record<ArticleField, unknown>>>,
  id: string,
  where: string,
  limit: SizeLimit,
): RowOutcome {
  const body = values.text;
  if (body !== undefined && body !== null && typeof body !== "string")
    return { ok: false, problem: `its text is ${describe(body)}, not text` };
  if (typeof body !== "string" || body.trim() === "") return { ok: false, problem: "has no text" };
  // Counting the bytes costs a pass over the text: only when the characters alone may be too many.
  const tooLarge = body.length * 3 > limit.bytes && sizeProblem(encoder.encode(body).length, limit);
  if (tooLarge) return { ok: false, problem: `its text ${tooLarge}` };
  const title = text(values.title);
  const given = values.date;
  const published = typeof given === "string" ? toIsoDate(given) : null;
  const unread = given !== undefined && given !== null && given !== "" && published === null;
  return {
    ok: true,
    article: {
      id,
      text: textWithTitle(title, body.replace(/\r\n?/g, "\n")),
      title,
      published,
      source: text(values.source),
      url: text(values.url),
    },
    warning: unread
      ? `${where}: its date ${JSON.stringify(given)} is not one we can read; left to the text`
      : null,
  };
}
