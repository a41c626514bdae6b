import { describe, expect, it } from "vitest";
import { LabelPlacer } from "../../../src/app/graph-view/label-placer";

const box = (left: number, top: number, width = 80, height = 13) => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

describe("label placement", () => {
  it("refuses a label overlapping one already placed, and accepts one clear of it", () => {
    const placer = new LabelPlacer();
    expect(placer.tryPlace(box(100, 100))).toBe(true);
    expect(placer.tryPlace(box(150, 105))).toBe(false);
    expect(placer.tryPlace(box(100, 130))).toBe(true);
    expect(placer.tryPlace(box(300, 100))).toBe(true);
  });

  it("keeps a small gap between neighbours", () => {
    const placer = new LabelPlacer();
    placer.tryPlace(box(0, 0));
    expect(placer.tryPlace(box(81, 0))).toBe(false);
    expect(placer.tryPlace(box(0, 16))).toBe(true);
  });

  it("lets a forced label through, and keeps others off it", () => {
    const placer = new LabelPlacer();
    placer.tryPlace(box(0, 0));
    placer.place(box(10, 5));
    expect(placer.tryPlace(box(60, 15))).toBe(false);
  });

  it("forgets the placed labels when a new frame starts", () => {
    const placer = new LabelPlacer();
    placer.tryPlace(box(0, 0));
    placer.reset();
    expect(placer.tryPlace(box(0, 0))).toBe(true);
  });
});
