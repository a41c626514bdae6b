import { describe, expect, it } from "vitest";
import {
  EMPTY_HISTORY,
  appliedCorrections,
  canRedo,
  canUndo,
  record,
  redo,
  undo,
  type Correction,
} from "../../src/corrections";
import { KYIV, PESKOV } from "./fixture";

const a: Correction = { op: "remove-actor", actor: KYIV };
const b: Correction = { op: "set-actor-role", actor: PESKOV, role: "spokesman" };
const c: Correction = { op: "rename-actor", actor: PESKOV, label: "D. Peskov" };

describe("correction history", () => {
  it("undoes and redoes in order", () => {
    const h = record(record(EMPTY_HISTORY, a), b);
    expect(appliedCorrections(undo(h))).toEqual([a]);
    expect(appliedCorrections(redo(undo(h)))).toEqual([a, b]);
    expect(appliedCorrections(undo(undo(undo(h))))).toEqual([]);
  });

  it("a new correction after an undo drops what could be redone", () => {
    const h = record(undo(record(record(EMPTY_HISTORY, a), b)), c);
    expect(appliedCorrections(h)).toEqual([a, c]);
    expect(canRedo(h)).toBe(false);
  });

  it("says what can be undone or redone", () => {
    expect([canUndo(EMPTY_HISTORY), canRedo(EMPTY_HISTORY)]).toEqual([false, false]);
    const h = undo(record(EMPTY_HISTORY, a));
    expect([canUndo(h), canRedo(h)]).toEqual([false, true]);
    expect(redo(redo(h))).toEqual(redo(h));
  });
});
