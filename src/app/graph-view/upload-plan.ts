/**
 * Which parts of a program's vertex array a GPU buffer is missing. The array is cut into chunks of
 * CHUNK_ITEMS items; each chunk remembers the generation of its last write, and each buffer the
 * generation it was last brought up to date at. A chunk written since then is stale.
 */

/** Items per chunk: small enough that a time step re-uploads little, large enough to scan fast. */
export const CHUNK_ITEMS = 1024;

export interface WriteLog {
  /** Per chunk, the generation of its last write. */
  chunks: Float64Array;
  /** Grows by one each time a buffer is brought up to date, so later writes are told apart. */
  generation: number;
}

export function createWriteLog(capacity: number): WriteLog {
  return { chunks: new Float64Array(Math.ceil(capacity / CHUNK_ITEMS)), generation: 1 };
}

export function noteWrite(log: WriteLog, item: number): void {
  log.chunks[Math.floor(item / CHUNK_ITEMS)] = log.generation;
}

/**
 * The item ranges, [first, end), written after generation `syncedAt`, neighbouring chunks merged
 * so that each range is one upload; the last range stops at `capacity`.
 */
export function staleRanges(log: WriteLog, syncedAt: number, capacity: number): [number, number][] {
  const ranges: [number, number][] = [];
  const { chunks } = log;
  for (let c = 0; c < chunks.length; c++) {
    if (chunks[c]! <= syncedAt) continue;
    const first = c;
    while (c + 1 < chunks.length && chunks[c + 1]! > syncedAt) c++;
    ranges.push([first * CHUNK_ITEMS, Math.min((c + 1) * CHUNK_ITEMS, capacity)]);
  }
  return ranges;
}

/** Closes a generation: returns the value a buffer synced now records; later writes are newer. */
export function closeGeneration(log: WriteLog): number {
  return log.generation++;
}
