/**
 * Which labels a frame offers the placer, and in what order (see label-grid for how sigma is made
 * to use it, and placed-labels-program for the placement).
 */

import type { Disc } from "./label-placer";

/** A candidate in one of sigma's label grid cells; each cell is sorted largest first. */
export interface GridCandidate {
  key: string;
  size: number;
}

/** What an actor's display data may say about the order of its label (see the node reducer). */
export interface LabelOrderDisplayData {
  /** The selection: its label comes before every other, even its forced neighbours'. */
  labelFirst?: boolean;
}

/** How many of the largest actors are offered a label before the grid's density limit applies. */
export const LARGEST_LABELLED = 5;
/** How many of each cell's largest actors have discs that labels keep off where they can. */
export const DISCS_PER_CELL = 8;

/** What is read from a grid once, each time it is filled. */
export interface GridPicks {
  /** The largest actors of the grid, largest first. */
  largest: string[];
  /** The first `DISCS_PER_CELL` of each cell. */
  crowded: ReadonlySet<string>;
}

/** Sigma's order of candidates: largest first, then by key. */
const bySize = (a: GridCandidate, b: GridCandidate) => b.size - a.size || (a.key < b.key ? -1 : 1);

/**
 * The `largest` largest candidates of a grid and the first `perCell` of each cell. The largest are
 * among the first `largest` of their cells, so this reads cells x max(largest, perCell)
 * candidates, not every actor.
 */
export function pickFromCells(
  cells: Iterable<readonly GridCandidate[]>,
  largest = LARGEST_LABELLED,
  perCell = DISCS_PER_CELL,
): GridPicks {
  const firsts: GridCandidate[] = [];
  const crowded = new Set<string>();
  for (const cell of cells) {
    firsts.push(...cell.slice(0, largest));
    for (const { key } of cell.slice(0, perCell)) crowded.add(key);
  }
  const top = firsts.sort(bySize).slice(0, largest);
  return { largest: top.map(({ key }) => key), crowded };
}

/** The labels offered in a frame. */
export interface LabelOffer {
  /** In the order they are drawn. */
  labels: string[];
  /** Those that may cover other discs when no place around theirs is clear: forced or largest. */
  priority: ReadonlySet<string>;
  /** The discs in view that labels keep off where they can (see label-discs). */
  discs: readonly Disc[];
}

export const NO_OFFER: LabelOffer = { labels: [], priority: new Set(), discs: [] };

/**
 * The order in which labels are offered to the placer, which gives a contested place to the label
 * that comes first: the forced ones (the actor in focus, for which `isFirst` says so, then its
 * neighbours), then the largest actors whatever their cell's density, then the grid's choice;
 * each largest first, once.
 */
export function offerLabels(
  forced: Iterable<string>,
  picks: GridPicks,
  fromGrid: readonly string[],
  sizeOf: (key: string) => number,
  isFirst: (key: string) => boolean = () => false,
): Omit<LabelOffer, "discs"> {
  const bySizeOf = (a: string, b: string) => sizeOf(b) - sizeOf(a);
  const focusFirst = (a: string, b: string) => Number(isFirst(b)) - Number(isFirst(a)) || bySizeOf(a, b);
  const priority = new Set([...[...forced].sort(focusFirst), ...picks.largest]);
  const labels = [...priority].concat(fromGrid.filter((key) => !priority.has(key)).sort(bySizeOf));
  return { labels, priority };
}
