/** Calendar arithmetic on ISO dates in UTC, so results never depend on the machine's time zone. */

export const toUtcDate = (iso: string) => new Date(`${iso}T12:00:00Z`);
export const toIso = (date: Date) => date.toISOString().slice(0, 10);

/** The nearest `weekday` (0 = Sunday) on or before, or on or after, the reference date. */
export function nearestWeekday(referenceIso: string, weekday: number, direction: "past" | "future"): string {
  const date = toUtcDate(referenceIso);
  const offset =
    direction === "past" ? -((date.getUTCDay() - weekday + 7) % 7) : (weekday - date.getUTCDay() + 7) % 7;
  date.setUTCDate(date.getUTCDate() + offset);
  return toIso(date);
}

/** The given weekday (0 Sunday) of the week, Monday to Sunday, before the reference date's. */
export function weekdayOfLastWeek(referenceIso: string, weekday: number): string {
  const date = toUtcDate(referenceIso);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - sinceMonday - 7 + ((weekday + 6) % 7));
  return toIso(date);
}

/** The ISO date `days` after (or, negative, before) the given one. */
export function addDays(iso: string, days: number): string {
  const date = toUtcDate(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return toIso(date);
}
