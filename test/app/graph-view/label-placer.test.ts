import { describe, expect, it, test } from "vitest";
import { LabelPlacer, type Box, type Disc } from "../../../src/app/graph-view/label-placer";

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

  it("forgets the placed labels and the discs when a new frame starts", () => {
    const placer = new LabelPlacer();
    placer.tryPlace(box(0, 0));
    placer.addDisc({ x: 40, y: 40, radius: 10 });
    placer.reset();
    expect(placer.tryPlace(box(0, 0))).toBe(true);
    expect(placer.placeFirstFree([box(0, 35)])).toEqual({ ...box(0, 35), overDiscs: false });
  });

  it("finds a placed label far from the origin and across the squares it is filed in", () => {
    const placer = new LabelPlacer();
    placer.place(box(-500, 2000, 300));
    expect(placer.tryPlace(box(-250, 2005))).toBe(false);
    expect(placer.tryPlace(box(-250, 2030))).toBe(true);
  });
});

/**
 * Four places around one label's disc, best first, as the program offers them; a label already
 * placed at the right, and discs of other actors where each row says. Each row gives the place
 * taken by a label that may be left out, and by one that must show (forced, or among the largest).
 */
describe("a label takes the first place clear of labels and discs, else if it must, the least covering", () => {
  const RIGHT = { ...box(120, 94), penalty: 0 };
  const LEFT = { ...box(0, 94), penalty: 0 };
  const BELOW = { ...box(60, 120), penalty: 0 };
  const CORNER = { ...box(115, 75), penalty: 150 };
  const candidates = [RIGHT, LEFT, BELOW, CORNER];
  const places = { RIGHT, LEFT, BELOW, CORNER };
  const nameOf = (placed: Box | undefined) =>
    Object.entries(places).find(([, { left, top }]) => placed?.left === left && placed.top === top)?.[0] ??
    "none";
  const disc = (x: number, y: number, radius: number, above = false): Disc => ({ x, y, radius, above });

  test.each<[string, Disc[], string, string]>([
    ["nothing in the way: the first free place after the label", [], "LEFT", "LEFT"],
    ["a disc under the left place: below", [disc(40, 100, 8)], "BELOW", "BELOW"],
    ["a disc touching the left place's edge only: left", [disc(40, 115, 8)], "LEFT", "LEFT"],
    [
      "discs everywhere: left out, or over the least disc",
      [disc(40, 100, 8), disc(100, 126, 12), disc(150, 80, 3)],
      "none",
      "CORNER",
    ],
    [
      "a corner costs its penalty: the side over a small disc instead",
      [disc(40, 100, 5), disc(100, 126, 12), disc(150, 80, 2)],
      "none",
      "LEFT",
    ],
    [
      "a disc drawn above the labels hides what lies under it: over the larger one instead",
      [disc(40, 100, 5, true), disc(100, 126, 12), disc(150, 80, 12)],
      "none",
      "BELOW",
    ],
  ])("%s", (_case, discs, mayBeLeftOut, mustShow) => {
    for (const [mayCoverDiscs, expected] of [
      [false, mayBeLeftOut],
      [true, mustShow],
    ] as const) {
      const placer = new LabelPlacer();
      placer.place(RIGHT);
      discs.forEach((each) => placer.addDisc(each));
      expect(
        nameOf(placer.placeFirstFree(candidates, mayCoverDiscs)),
        `may cover discs: ${mayCoverDiscs}`,
      ).toBe(expected);
    }
  });

  it("never takes a place over a placed label, even for a label that must show", () => {
    const placer = new LabelPlacer();
    for (const place of candidates) placer.place(place);
    expect(placer.placeFirstFree(candidates, true)).toBeUndefined();
  });

  it("says when the place it took lies over discs", () => {
    const placer = new LabelPlacer();
    placer.addDisc({ x: 40, y: 100, radius: 8 });
    expect(placer.placeFirstFree([LEFT], true)?.overDiscs).toBe(true);
    expect(placer.placeFirstFree([BELOW], true)?.overDiscs).toBe(false);
  });

  it("takes no place cut by the edge of the view", () => {
    const placer = new LabelPlacer();
    placer.reset(150, 200);
    expect(nameOf(placer.placeFirstFree(candidates))).toBe("LEFT");
  });

  it("keeps later labels off the place it took", () => {
    const placer = new LabelPlacer();
    placer.placeFirstFree([LEFT]);
    expect(placer.tryPlace(box(30, 100))).toBe(false);
  });
});
