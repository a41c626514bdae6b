import type { Column, RelationRow } from "./rows";

export interface TableQuery {
  /** Words typed in the filter box: a row is kept when every word is in one of its cells. */
  text: string;
  sort: Column;
  descending: boolean;
}

export const DEFAULT_TABLE_QUERY: TableQuery = { text: "", sort: "date", descending: false };

/**
 * Each row's cells joined once, lower-cased, for the filter box: typing then costs one substring
 * search per row and word, not eight.
 */
const haystacks = new WeakMap<RelationRow, string>();
function haystack(row: RelationRow): string {
  let text = haystacks.get(row);
  if (text === undefined) {
    text =
      `${row.date}\n${row.type}\n${row.status}\n${row.source}\n${row.target}\n${row.text}\n${row.article}\n${row.outlet}\n${row.review}`.toLowerCase();
    haystacks.set(row, text);
  }
  return text;
}

/** How many rows' filter text one idle slice prepares. */
const SLICE = 4000;

/**
 * Prepares the rows' filter text in idle slices after the table is built, so that the first
 * keystroke at 100,000 rows does not pay for all of it at once. Returns a cancel for a table
 * rebuilt before it is done.
 */
export function prepareFilter(rows: readonly RelationRow[]): () => void {
  let next = 0;
  let cancelled = false;
  const idle = (work: () => void) =>
    typeof requestIdleCallback === "function" ? requestIdleCallback(work) : setTimeout(work, 0);
  const slice = () => {
    if (cancelled) return;
    for (const end = Math.min(rows.length, next + SLICE); next < end; next++)
      haystack(rows[next] as RelationRow);
    if (next < rows.length) idle(slice);
  };
  idle(slice);
  return () => {
    cancelled = true;
  };
}

export function filterRows(rows: readonly RelationRow[], text: string): RelationRow[] {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((row) => {
    const cells = haystack(row);
    return words.every((word) => cells.includes(word));
  });
}

/** Sorted by one column, empty cells last whatever the direction, ties kept in their order. */
export function sortRows(rows: RelationRow[], column: Column, descending: boolean): RelationRow[] {
  const sign = descending ? -1 : 1;
  return rows.sort((a, b) => {
    const x = a[column];
    const y = b[column];
    if (x === y) return 0;
    if (x === "") return 1;
    if (y === "") return -1;
    return x < y ? -sign : sign;
  });
}

export const queryRows = (rows: readonly RelationRow[], query: TableQuery): RelationRow[] =>
  sortRows(filterRows(rows, query.text), query.sort, query.descending);
