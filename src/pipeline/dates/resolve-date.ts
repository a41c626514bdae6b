import * as chrono from "chrono-node";
import type { DatePrecision } from "../../schema";
import { isInsideQuote, type QuoteSpan } from "../text/quotes";
import { addDays, nearestWeekday, toIso, toUtcDate, weekdayOfLastWeek } from "./calendar";
import { tenseBefore } from "./tense";

export interface ResolvedDate {
  date: string;
  precision: DatePrecision;
  /** Position of the expression in the sentence. */
  at: number;
}

// A cheap test before the costly parse: most sentences name no date at all.
const DATE_WORD =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow)\b|\b(?:in|since|until|by|of)\s+(?:january|february|march|april|june|july|august|september|october|november|december)\b|\b\d{4}-\d{2}-\d{2}\b/i;
// "on Tuesday", "last Friday", "Tuesday evening": a weekday, perhaps with the part of the day.
const WEEKDAY_ONLY =
  /^(?:on\s+|last\s+|this\s+|next\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?$/i;

const LAST_WEEK_WEEKDAY =
  /^(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:of\s+)?last\s+week$/i;

// Chrono also reads "two days after" and "now"; only expressions that name a day, month or year count.
const NAMES_A_DAY =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b\d{4}\b|\b(?:yesterday|tomorrow)\b/i;

/**
 * "since the August 9 election", "Tuesday's vote": a date that names another event, written as part
 * of that event's name, does not date the sentence's own.
 */
function namesAnEvent(sentence: string, result: chrono.ParsedResult): boolean {
  const before = sentence.slice(Math.max(0, result.index - 5), result.index);
  const after = sentence.slice(result.index + result.text.length);
  return (
    (/\bthe\s+$/i.test(before) &&
      /^\s+[a-z]+/.test(after) &&
      !/^\s+(?:of|to|and|or|at|in|on)\b/.test(after)) ||
    /^['’]s\s/.test(after)
  );
}

// "OSLO, April 10 -", "LIMA, May 17 (Reuters) -": the dateline dates the dispatch, not its events.
const DATELINE = /^[\p{Lu}][\p{Lu}\s.'’-]*(?:,\s*[\p{L}\s.'’-]+)?,\s*$/u;
const inDateline = (sentence: string, result: chrono.ParsedResult) =>
  DATELINE.test(sentence.slice(0, result.index)) &&
  /^\s*(?:\([^)]*\)\s*)?[-–—]/.test(sentence.slice(result.index + result.text.length));

export const mayHoldDate = (sentence: string) => DATE_WORD.test(sentence);

function resolveOne(
  result: chrono.ParsedResult,
  sentence: string,
  published: string | null,
): ResolvedDate | null {
  const start = result.start;
  // "on Thursday, two days after ..." reads as the Thursday; the relative tail is about something else.
  const text = result.text
    .replace(/[\s,.;:]+$/, "")
    .replace(/,.*\b(?:after|before|ago|later|earlier)\b.*$/i, "")
    .trim();
  if (!NAMES_A_DAY.test(text)) return null;
  // Chrono reads "December 32" as December 2032; a year is only certain when written in full.
  // "yesterday" and "tomorrow" are certain of their year because they count from the publication day.
  if (start.isCertain("year") && !/\d{4}/.test(text) && !/^(?:yesterday|tomorrow)\b/i.test(text)) return null;
  // "on Thursday last week": that weekday of the week before the publication's.
  if (LAST_WEEK_WEEKDAY.test(text) && published) {
    const weekday = start.get("weekday");
    return weekday === null
      ? null
      : { date: weekdayOfLastWeek(published, weekday), precision: "day", at: result.index };
  }
  if (WEEKDAY_ONLY.test(text) && published) {
    const weekday = start.get("weekday");
    if (weekday === null) return null;
    const direction = /^next/i.test(text)
      ? "future"
      : /^last/i.test(text)
        ? "past"
        : tenseBefore(sentence, result.index);
    const nearest = nearestWeekday(published, weekday, direction);
    // "next Thursday", written on a Thursday, is a week on, not the same day.
    const date = /^next/i.test(text) && nearest === published ? addDays(published, 7) : nearest;
    return { date, precision: "day", at: result.index };
  }
  if (!published && !start.isCertain("year")) return null;
  const iso = toIso(
    new Date(Date.UTC(start.get("year") ?? 0, (start.get("month") ?? 1) - 1, start.get("day") ?? 1, 12)),
  );
  if (start.isCertain("day")) return { date: iso, precision: "day", at: result.index };
  if (start.isCertain("month")) return { date: iso, precision: "month", at: result.index };
  return null;
}

/** Every date expression of a sentence outside its quotes, resolved against the publication date. */
export function datesIn(
  sentence: string,
  published: string | null,
  quotes: readonly QuoteSpan[],
): ResolvedDate[] {
  if (!mayHoldDate(sentence)) return [];
  const reference = published ? toUtcDate(published) : new Date(Date.UTC(2000, 0, 1));
  return chrono.en
    .parse(sentence, { instant: reference, timezone: 0 })
    .filter(
      (result) =>
        !isInsideQuote(quotes, result.index) &&
        !/^(?:now|today|tonight)$/i.test(result.text.trim()) &&
        !namesAnEvent(sentence, result) &&
        !inDateline(sentence, result),
    )
    .map((result) => resolveOne(result, sentence, published))
    .filter((date): date is ResolvedDate => date !== null);
}

/** The expression nearest the event at `anchor`, the earlier one on a tie. */
export function nearestTo(dates: readonly ResolvedDate[], anchor: number): ResolvedDate | null {
  let best: ResolvedDate | null = null;
  for (const date of dates) {
    const distance = Math.abs(date.at - anchor);
    const bestDistance = best ? Math.abs(best.at - anchor) : Infinity;
    if (distance < bestDistance || (distance === bestDistance && best !== null && date.at < best.at))
      best = date;
  }
  return best;
}

/**
 * The date a sentence gives for what happened at `anchor`, read as a careful reader would: against
 * the publication date, in the tense of the clause, and the expression nearest the event.
 */
export function resolveDate(
  sentence: string,
  anchor: number,
  published: string | null,
  quotes: readonly QuoteSpan[],
): ResolvedDate | null {
  return nearestTo(datesIn(sentence, published, quotes), anchor);
}
