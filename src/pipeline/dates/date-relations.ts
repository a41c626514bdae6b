import type { DatePrecision, DateSource } from "../../schema";
import type { SentenceAnalysis } from "../actors/recognize";
import type { DraftRelation } from "../relations/draft";
import { addDays } from "./calendar";
import { countedBeforeScene, daysBetween, daysFromNarrative } from "./relative-days";
import { datesIn, nearestTo, resolveDate, type ResolvedDate } from "./resolve-date";

export interface DatedRelation extends DraftRelation {
  date: string | null;
  datePrecision: DatePrecision | null;
  dateSource: DateSource | null;
}

/** How many sentences back a date still sets the time of the story ("On Saturday, ... The call lasted ..."). */
const NARRATIVE_REACH = 8;

// "In the call, Biden warned ...": a sentence about the article's call happened on the call's day.
const REFERS_TO_THE_CALL =
  /\b(?:in|during|after|on|at) (?:the|this|that|their|his|her) (?:phone |video |presidential )?(?:call|conversation|summit|meeting|talks|event)\b/i;

/** A full date in the article's title or opening heading: "Biden – Putin video summit, December 7, 2021". */
function datelineOf(analyses: readonly SentenceAnalysis[], published: string | null): ResolvedDate | null {
  for (const analysis of analyses.slice(0, 3)) {
    if (!analysis.sentence.isHeading) continue;
    const date = resolveDate(analysis.sentence.text, 0, published, analysis.quotes);
    if (date && date.precision === "day" && (!published || date.date <= published)) return date;
  }
  return null;
}

// "on the sidelines of the summit", "at the meeting": an event the article names, and dates, elsewhere.
const THE_EVENT = /\bthe\s+(summit|meeting|conference|talks|visit|forum)\b/i;
const EVENT_WORD = /\b(summit|meeting|conference|talks|visit|forum)\b/gi;

/** Each kind of event the article dates to a day to come ("The summit, which Lunde will host on April 16"). */
function upcomingEvents(
  analyses: readonly SentenceAnalysis[],
  published: string | null,
  datesOf: (index: number) => readonly ResolvedDate[],
): Map<string, ResolvedDate> {
  const events = new Map<string, ResolvedDate>();
  if (!published) return events;
  for (const [index, analysis] of analyses.entries()) {
    const words = [...analysis.sentence.text.matchAll(EVENT_WORD)];
    if (words.length === 0) continue;
    for (const date of datesOf(index)) {
      if (date.precision !== "day" || date.date <= published) continue;
      for (const word of words) {
        const kind = (word[1] as string).toLowerCase();
        if (!events.has(kind)) events.set(kind, date);
      }
    }
  }
  return events;
}

/** The date of the call the article is about: the earliest call it dates from its text. */
function mainCallDate(
  relations: readonly DraftRelation[],
  dates: ReadonlyArray<ResolvedDate | null>,
): ResolvedDate | null {
  const callDates = relations
    // A planned meeting's day is not when the story's call was held.
    .map((relation, index) =>
      relation.type === "call" && relation.status !== "planned" ? dates[index] : null,
    )
    .filter((date): date is ResolvedDate => date !== null && date !== undefined && date.precision === "day");
  return callDates.sort((a, b) => (a.date < b.date ? -1 : 1))[0] ?? null;
}

/**
 * Dates each relation: from its own sentence; else from the last date the story gave a sentence or
 * two before, within the same or the previous paragraph; else the publication date, marked as such.
 */
export function dateRelations(
  relations: readonly DraftRelation[],
  analyses: readonly SentenceAnalysis[],
  published: string | null,
): DatedRelation[] {
  // Chrono parses each sentence once, however many relations it holds or lends its date to.
  const parsed = new Map<number, ResolvedDate[]>();
  const datesOf = (index: number): ResolvedDate[] => {
    let dates = parsed.get(index);
    const analysis = analyses[index];
    if (!dates && analysis)
      parsed.set(index, (dates = datesIn(analysis.sentence.text, published, analysis.quotes)));
    return dates ?? [];
  };
  // "Announcing the visit on Sunday, the ministry said X would meet Y on Tuesday": a planned call is
  // on a day to come, or one named after its verb, however near the day it was announced.
  const dateOf = (index: number, anchor: number, ahead = false) => {
    const analysis = analyses[index];
    if (!analysis || analysis.sentence.isHeading) return null;
    const dates = datesOf(index);
    const coming = ahead
      ? dates.filter((date) => date.at > anchor || (published !== null && date.date > published))
      : [];
    const nearest = nearestTo(coming.length > 0 ? coming : dates, anchor);
    // "met on Monday, and two days later spoke ...": the event is counted on from the day named.
    const shift = nearest ? daysBetween(analysis.sentence.text, nearest.at, anchor) : 0;
    return nearest && shift !== 0 ? { ...nearest, date: addDays(nearest.date, shift) } : nearest;
  };
  const narrativeDate = (index: number): ResolvedDate | null => {
    const paragraph = analyses[index]?.sentence.paragraph ?? 0;
    for (let back = index - 1; back >= Math.max(0, index - NARRATIVE_REACH); back--) {
      const earlier = analyses[back];
      if (!earlier || earlier.sentence.paragraph < paragraph - 1) break;
      const date = sceneDate(back);
      if (date) return date;
    }
    return null;
  };
  // The day a sentence leaves the story at: the past day it names, or the day before it moved on
  // by the days it counts ("Two days later, ...").
  const scenes = new Map<number, ResolvedDate | null>();
  const sceneDate = (index: number): ResolvedDate | null => {
    if (scenes.has(index)) return scenes.get(index) ?? null;
    const analysis = analyses[index];
    let scene: ResolvedDate | null = null;
    const own = analysis ? dateOf(index, analysis.sentence.text.length) : null;
    // Only a past date sets the scene; "the summit will take place on December 9" does not.
    if (own && own.precision === "day" && (!published || own.date <= published)) scene = own;
    else if (analysis) {
      const offset = daysFromNarrative(analysis.sentence.text);
      const before = offset === null ? null : narrativeDate(index);
      if (before && offset !== null) {
        const date = addDays(before.date, offset);
        if (!published || date <= published) scene = { ...before, date };
      }
    }
    scenes.set(index, scene);
    return scene;
  };
  const dateline = datelineOf(analyses, published);
  const ownOrNarrative = relations.map((relation) => {
    // An embedded post is dated by its signature line ("— Name (@handle) April 12, 2020").
    const signature = relation.dateSentence === undefined ? undefined : analyses[relation.dateSentence];
    const signed = signature ? (datesIn(signature.sentence.text, published, [])[0] ?? null) : null;
    const planned = relation.type === "call" && relation.status === "planned";
    const own = signed ?? dateOf(relation.sentence, relation.anchor, planned);
    // "Two days later, ...": the story's day moved on from the day it was at.
    const offset = daysFromNarrative(analyses[relation.sentence]?.sentence.text ?? "");
    // "The call came a day after X spoke with Y": the event after "after" was that many days before
    // the story's day, whatever date the rest of the sentence names.
    const before = countedBeforeScene(analyses[relation.sentence]?.sentence.text ?? "", relation.anchor);
    const scene = before === null ? null : narrativeDate(relation.sentence);
    if (scene && before !== null) {
      const counted = { ...scene, date: addDays(scene.date, -before) };
      return { own: counted, found: counted };
    }
    if (own) return { own, found: own };
    const found = offset === null ? narrativeDate(relation.sentence) : sceneDate(relation.sentence);
    return { own: null, found };
  });
  const callDate =
    dateline ??
    mainCallDate(
      relations,
      ownOrNarrative.map((d) => d.found),
    );
  // Read only for a planned meeting with no day of its own, from the sentences already parsed.
  let upcoming: Map<string, ResolvedDate> | null = null;
  const upcomingDate = (event: string) =>
    (upcoming ??= upcomingEvents(analyses, published, datesOf)).get(event);
  return relations.map((relation, index) => {
    const text = analyses[relation.sentence]?.sentence.text ?? "";
    const planned = relation.type === "call" && relation.status === "planned";
    const own = comingIfPlanned(
      (ownOrNarrative[index] as { own: ResolvedDate | null }).own,
      planned,
      text,
      published,
    );
    // A sentence about "the call" is dated by the call before any date the narrative passed on.
    const aboutTheCall = REFERS_TO_THE_CALL.test(text) && callDate ? callDate : null;
    // A planned meeting "on the sidelines of the summit" is on the summit's day, and never on a day
    // the story has already passed.
    const event = planned && !own ? (THE_EVENT.exec(text)?.[1]?.toLowerCase() ?? null) : null;
    const found = planned
      ? (own ?? (event ? upcomingDate(event) : undefined) ?? null)
      : (own ??
        aboutTheCall ??
        ownOrNarrative[index]?.found ??
        (relation.type === "call" && callDate ? callDate : null));
    if (found)
      return {
        ...relation,
        date: found.date,
        datePrecision: found.precision,
        dateSource: "text",
        confidence: own ? relation.confidence : relation.confidence - 0.1,
      };
    return {
      ...relation,
      date: published,
      datePrecision: published ? "day" : null,
      dateSource: published ? "published" : null,
    };
  });
}

// "on Saturday", "Saturday evening": a bare weekday, which a planned meeting means the coming one of.
const BARE_WEEKDAY = /^(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

/**
 * A planned meeting "on Saturday" is the coming Saturday, though the sentence has no future tense
 * to say so ("is arranging a meeting with X on Saturday"): a bare weekday read as the past one
 * moves a week on.
 */
function comingIfPlanned(
  own: ResolvedDate | null,
  planned: boolean,
  text: string,
  published: string | null,
): ResolvedDate | null {
  if (!own || !planned || !published || own.date >= published || !BARE_WEEKDAY.test(text.slice(own.at)))
    return own;
  return { ...own, date: addDays(own.date, 7) };
}
