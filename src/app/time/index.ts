import type { DayNumber } from "../state/store";

/** Small pure date helpers. Every date is a UTC calendar day, so every reader sees the same day. */

export const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2022-12-03" -> days since 1970-01-01 UTC, or null when the text is not a calendar date. */
export function isoToDay(iso: string | null | undefined): DayNumber | null {
  if (!iso) return null;
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return Math.round(time / MS_PER_DAY);
}

/** Days since 1970-01-01 UTC -> "yyyy-mm-dd". */
export function dayToIso(day: DayNumber): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The UTC midnight that starts a day. */
export function dayToDate(day: DayNumber): Date {
  return new Date(day * MS_PER_DAY);
}

/** The day a moment falls in, UTC. */
export function dateToDay(date: Date): DayNumber {
  return Math.floor(date.getTime() / MS_PER_DAY);
}

/** The first day of the month `months` after the month of `day` (0: its own month). */
export function addMonths(day: DayNumber, months: number): DayNumber {
  const date = dayToDate(day);
  return dateToDay(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1)));
}

/** "2021-12-07 – 2022-02-13"; one day alone; `whenNull` for no range. */
export function formatRange(range: readonly [DayNumber, DayNumber] | null, whenNull = "All dates"): string {
  if (!range) return whenNull;
  const [start, end] = range;
  return start === end ? dayToIso(start) : `${dayToIso(start)} – ${dayToIso(end)}`;
}

/** Number of days in an inclusive range. */
export const rangeDays = ([start, end]: readonly [DayNumber, DayNumber]): number => end - start + 1;

export const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));
