import type Graph from "graphology";
import { RELATION_TYPES, type RelationType } from "../../schema";
import type { DayNumber } from "../state/store";
import type { DatedRelations } from "../data/time-order";
import { addMonths, isoToDay } from "../time";

/** Histogram binning of dated relations: pure, so the picture can be checked without a browser. */

export type BinUnit = "day" | "week" | "month";

export interface Bin {
  start: DayNumber;
  /** Exclusive: the first day of the next bin. */
  end: DayNumber;
  counts: Record<RelationType, number>;
  total: number;
}

export interface BinOptions {
  /** Spans longer than this many days are binned per week. */
  weekAbove: number;
  /** Spans longer than this many days are binned per month. */
  monthAbove: number;
}

export const DEFAULT_BIN_OPTIONS: BinOptions = { weekAbove: 120, monthAbove: 3 * 365 };

/** Day 4 (1970-01-05) was a Monday: weeks start on Mondays, as in ISO 8601. */
const FIRST_MONDAY = 4;

export function chooseUnit(spanDays: number, options: Partial<BinOptions> = {}): BinUnit {
  const { weekAbove, monthAbove } = { ...DEFAULT_BIN_OPTIONS, ...options };
  if (spanDays > monthAbove) return "month";
  return spanDays > weekAbove ? "week" : "day";
}

export function binStart(day: DayNumber, unit: BinUnit): DayNumber {
  if (unit === "day") return day;
  if (unit === "week") return day - ((((day - FIRST_MONDAY) % 7) + 7) % 7);
  return addMonths(day, 0);
}

export function nextBinStart(start: DayNumber, unit: BinUnit): DayNumber {
  if (unit === "day") return start + 1;
  return unit === "week" ? start + 7 : addMonths(start, 1);
}

/** Typical length of a bin, for keyboard steps. */
export const UNIT_DAYS: Record<BinUnit, number> = { day: 1, week: 7, month: 30 };

const zeroCounts = () =>
  Object.fromEntries(RELATION_TYPES.map((type) => [type, 0])) as Record<RelationType, number>;

/** The relations of a graph that have a date, and how many have none; each distinct date is read once. */
export function collectRelations(graph: Graph): DatedRelations {
  const days: DayNumber[] = [];
  const types: number[] = [];
  const dayOf = new Map<unknown, DayNumber | null>();
  let undated = 0;
  graph.forEachEdge((_key, { date, type }) => {
    const code = RELATION_TYPES.indexOf(type as RelationType);
    let day = dayOf.get(date);
    if (day === undefined) dayOf.set(date, (day = isoToDay(date as string | null | undefined)));
    if (day === null) undated += 1;
    else {
      days.push(day);
      types.push(code);
    }
  });
  return { days, types, undated };
}

/** First and last day, or null when there is none. */
export function extentOf(days: ArrayLike<DayNumber>): [DayNumber, DayNumber] | null {
  if (days.length === 0) return null;
  let [min, max] = [Infinity, -Infinity];
  for (let i = 0; i < days.length; i++) {
    if (days[i]! < min) min = days[i]!;
    if (days[i]! > max) max = days[i]!;
  }
  return [min, max];
}

/** Contiguous bins (empty ones included) covering the extent, each counting relations per type. */
export function buildBins(
  { days, types }: DatedRelations,
  extent: readonly [DayNumber, DayNumber],
  unit: BinUnit,
): Bin[] {
  const bins: Bin[] = [];
  for (let start = binStart(extent[0], unit); start <= extent[1]; start = nextBinStart(start, unit))
    bins.push({ start, end: nextBinStart(start, unit), counts: zeroCounts(), total: 0 });
  for (let i = 0; i < days.length; i++) {
    const day = days[i]!;
    const type = RELATION_TYPES[types[i]!];
    if (type === undefined || day < extent[0] || day > extent[1]) continue;
    const bin = findBin(bins, day);
    if (!bin) continue;
    bin.counts[type] += 1;
    bin.total += 1;
  }
  return bins;
}

function findBin(bins: readonly Bin[], day: DayNumber): Bin | undefined {
  let [lo, hi] = [0, bins.length - 1];
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const bin = bins[mid]!;
    if (day < bin.start) hi = mid - 1;
    else if (day >= bin.end) lo = mid + 1;
    else return bin;
  }
  return undefined;
}
