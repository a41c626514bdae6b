import { describe, expect, it } from "vitest";
import {
  CHUNK_ITEMS,
  closeGeneration,
  createWriteLog,
  noteWrite,
  staleRanges,
} from "../../../src/app/graph-view/upload-plan";

describe("upload plan", () => {
  const capacity = CHUNK_ITEMS * 5 + 10;

  it("lists nothing for a buffer synced after the last write", () => {
    const log = createWriteLog(capacity);
    noteWrite(log, 3);
    const syncedAt = closeGeneration(log);
    expect(staleRanges(log, syncedAt, capacity)).toEqual([]);
  });

  it("lists the chunks written since, merging neighbours and stopping at the capacity", () => {
    const log = createWriteLog(capacity);
    const syncedAt = closeGeneration(log);
    noteWrite(log, 0);
    noteWrite(log, CHUNK_ITEMS * 2 + 5);
    noteWrite(log, CHUNK_ITEMS * 3);
    noteWrite(log, CHUNK_ITEMS * 5 + 9);
    expect(staleRanges(log, syncedAt, capacity)).toEqual([
      [0, CHUNK_ITEMS],
      [CHUNK_ITEMS * 2, CHUNK_ITEMS * 4],
      [CHUNK_ITEMS * 5, capacity],
    ]);
  });

  it("keeps each buffer's own view: a write seen by one is still stale for the other", () => {
    const log = createWriteLog(capacity);
    const drawing = closeGeneration(log);
    const picking = closeGeneration(log);
    noteWrite(log, CHUNK_ITEMS);
    const drawingNow = closeGeneration(log);
    expect(staleRanges(log, drawingNow, capacity)).toEqual([]);
    expect(staleRanges(log, picking, capacity)).toEqual([[CHUNK_ITEMS, CHUNK_ITEMS * 2]]);
    expect(staleRanges(log, drawing, capacity)).toEqual([[CHUNK_ITEMS, CHUNK_ITEMS * 2]]);
    noteWrite(log, 0);
    expect(staleRanges(log, drawingNow, capacity)).toEqual([[0, CHUNK_ITEMS]]);
  });
});
