import { isIsoDate, type IsoDate } from "../schema";

const MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split(" ");
const pad = (n: number) => String(n).padStart(2, "0");

/**
 * The calendar day a page or an export gives for an article, or null when it gives none we can read.
 * Scrapers write "2024-03-05", "2024-03-05T10:00:00Z", "2024-03-05 10:00:00", "2024/03/05",
 * "20240305" or RFC 822 ("Tue, 05 Mar 2024 10:00:00 GMT"); the day is taken as written, never
 * moved into another time zone, so the same file gives the same dates on every machine.
 */
export function toIsoDate(value: string): IsoDate | null {
  const text = value.trim();
  const iso =
    /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?![\d])/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})(?:\b|T)/.exec(text);
  if (iso) return checked(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  // "5 March 2024", "Tue, 05 Mar 2024 10:00:00 GMT", "March 5, 2024"
  const dayFirst = /\b(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]{3})[a-z]*\.?,? (\d{4})\b/.exec(text);
  if (dayFirst) return checked(Number(dayFirst[3]), monthOf(dayFirst[2]), Number(dayFirst[1]));
  const monthFirst = /\b([A-Za-z]{3})[a-z]*\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b/.exec(text);
  if (monthFirst) return checked(Number(monthFirst[3]), monthOf(monthFirst[1]), Number(monthFirst[2]));
  return null;
}

function monthOf(name: string | undefined): number {
  return MONTHS.indexOf((name ?? "").toLowerCase()) + 1;
}

function checked(year: number, month: number, day: number): IsoDate | null {
  const date = `${year}-${pad(month)}-${pad(day)}`;
  return month >= 1 && isIsoDate(date) ? date : null;
}
