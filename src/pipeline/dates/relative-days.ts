/**
 * Offsets a narrative gives from the day it last named: "Two days later, Macron met Trump" happened
 * two days after the day the story was at. Only expressions that stand alone count: in "two days
 * after the talks" the reference is the talks, not the story's day.
 */

const COUNTS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

/** "a day", "two weeks", "10 days": the days a count of a unit makes. */
function daysOf(count: string, unit: string): number {
  const n = COUNTS[count.toLowerCase()] ?? Number(count);
  return /^week/i.test(unit) ? 7 * n : n;
}

const DAYS_LATER = /\b(a|one|two|three|four|five|six|seven|\d{1,2})\s+(days?|weeks?)\s+(later|earlier)\b/i;
const NEXT_DAY = /\bthe\s+(?:next|following)\s+day\b/i;
const DAY_BEFORE = /\bthe\s+(?:previous\s+day|day\s+before)\b(?!\s+(?:the|his|her|their|a|an)\b)/i;

/**
 * The days counted between a date named at `from` and an event at `to` of the same sentence: "met
 * on Monday, and two days later Macron spoke with Trump". Zero when nothing stands between them.
 */
export function daysBetween(sentence: string, from: number, to: number): number {
  if (to <= from) return 0;
  const between = sentence.slice(from, to);
  // "spoke on Tuesday, a day after a call with Lindqvist": the call was the day before Tuesday.
  const counted = COUNTED_TO_EVENT.exec(between);
  if (counted) {
    const days = daysOf(counted[1] as string, counted[2] as string);
    return /after/i.test(counted[3] as string) ? -days : days;
  }
  return daysFromNarrative(between) ?? 0;
}

const COUNTED_TO_EVENT =
  /\b(a|one|two|three|four|five|six|seven|\d{1,2})\s+(days?|weeks?)\s+(after|before)\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\p{L}-]+\s+)?$/iu;

/** The days between the story's last named day and the sentence's events, or null when it gives none. */
export function daysFromNarrative(sentence: string): number | null {
  const later = DAYS_LATER.exec(sentence);
  if (later) {
    const days = daysOf(later[1] as string, later[2] as string);
    return /later/i.test(later[3] as string) ? days : -days;
  }
  if (NEXT_DAY.test(sentence)) return 1;
  if (DAY_BEFORE.test(sentence)) return -1;
  return null;
}

// "The call came a day after ...", "The talks followed two days after ...".
const CAME_AFTER =
  /\b(?:came|comes|happened|took place|followed)\s+(a|one|two|three|four|five|six|seven)\s+(days?|weeks?)\s+(after|before)\s/i;

/**
 * How many days before the story's day the event at `anchor` was, when the sentence says the
 * story's event "came a day after" it; null when it does not.
 */
export function countedBeforeScene(sentence: string, anchor: number): number | null {
  const match = CAME_AFTER.exec(sentence);
  if (!match || anchor < match.index + match[0].length) return null;
  const days = daysOf(match[1] as string, match[2] as string);
  return /after/i.test(match[3] as string) ? days : -days;
}
