/**
 * Keeps one copy of each repeated string. The parsed file arrives from the worker as a structured
 * clone, which gives every relation its own copy of every string: the same type, date, article id
 * and sentence once per relation. Kept for the page's lifetime, those copies were about a tenth of
 * the heap, and every one is more for the garbage collector to mark and move.
 */
export function createIntern(): (value: string) => string {
  const seen = new Map<string, string>();
  return (value) => {
    const kept = seen.get(value);
    if (kept !== undefined) return kept;
    seen.set(value, value);
    return value;
  };
}
