/**
 * The order an actor's relations are listed in: those the filters show first, then those they
 * hide, each by date with undated ones last. A reader looking at a time window finds its evidence
 * at the top, even for an actor with thousands of relations over the year.
 */
export function orderRelations(
  edges: readonly string[],
  dateOf: (edge: string) => string | null,
  isShown: (edge: string) => boolean,
): { ordered: string[]; shown: number } {
  // Each relation's keys are read once, not in every comparison of the (stable) sort.
  const keyed = edges.map((edge) => ({
    edge,
    hidden: isShown(edge) ? 0 : 1,
    date: dateOf(edge),
  }));
  keyed.sort((a, b) => a.hidden - b.hidden || compareDates(a.date, b.date));
  return {
    ordered: keyed.map(({ edge }) => edge),
    shown: keyed.reduce((sum, { hidden }) => sum + 1 - hidden, 0),
  };
}

/** ISO dates compare as strings; a missing date sorts after every date. */
function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
