import { describe, expect, test } from "vitest";
import type { NodeDisplayData } from "sigma/types";
import { discsInView } from "../../../src/app/graph-view/label-discs";
import { offerLabels, pickFromCells, type GridCandidate } from "../../../src/app/graph-view/label-order";
import { newPlaces, placesAround } from "../../../src/app/graph-view/label-places";

const cell = (...sizes: [string, number][]): GridCandidate[] =>
  sizes.map(([key, size]) => ({ key, size })).sort((a, b) => b.size - a.size);

/** A centre cell crowded with the largest actors, as the seed network's is, and two thin ones. */
const CELLS = [
  cell(["biden", 20], ["ukraine", 18], ["putin", 16.5], ["russia", 16], ["beaver", 11], ["kirby", 10]),
  cell(["usa", 17], ["peskov", 13]),
  cell(["vox", 8]),
];
const SIZES = Object.fromEntries(CELLS.flat().map(({ key, size }) => [key, size]));
const sizeOf = (key: string) => SIZES[key] ?? 0;

describe("the grid's picks", () => {
  test.each([
    [3, 2, ["biden", "ukraine", "usa"], ["biden", "ukraine", "usa", "peskov", "vox"]],
    [5, 8, ["biden", "ukraine", "usa", "putin", "russia"], CELLS.flat().map(({ key }) => key)],
    [1, 1, ["biden"], ["biden", "usa", "vox"]],
  ])("the %i largest of all cells, and the first %i of each", (largest, perCell, expected, crowded) => {
    const picks = pickFromCells(CELLS, largest, perCell);
    expect(picks.largest).toEqual(expected);
    expect([...picks.crowded]).toEqual(crowded);
  });
});

describe("the order labels are offered in", () => {
  // Sigma's grid at two labels a cell: the centre cell's third and fourth largest are not in it.
  const fromGrid = ["biden", "ukraine", "usa", "peskov", "vox"];
  const picks = pickFromCells(CELLS, 5);

  test("the largest come first, even those the grid's density left out, then the grid's by size", () => {
    const { labels, priority } = offerLabels([], picks, fromGrid, sizeOf);
    expect(labels).toEqual(["biden", "ukraine", "usa", "putin", "russia", "peskov", "vox"]);
    expect([...priority]).toEqual(["biden", "ukraine", "usa", "putin", "russia"]);
  });

  test("forced labels come before them, the actor in focus first, then its neighbours by size", () => {
    const { labels, priority } = offerLabels(
      ["vox", "peskov", "kirby"],
      picks,
      fromGrid,
      sizeOf,
      (key) => key === "vox",
    );
    expect(labels).toEqual(["vox", "peskov", "kirby", "biden", "ukraine", "usa", "putin", "russia"]);
    expect(priority.has("kirby")).toBe(true);
  });
});

describe("the discs labels keep off", () => {
  // The identity matrix: the framed graph's (0, 0) is the centre of a 200 x 100 view, y upwards.
  const view = { matrix: [1, 0, 0, 0, 1, 0, 0, 0, 1], width: 200, height: 100, sizeScale: 2 };
  const data = (x: number, y: number, size: number, rest: Partial<NodeDisplayData> = {}) =>
    ({ x, y, size, ...rest }) as NodeDisplayData;
  const cache = {
    centre: data(0, 0, 5),
    corner: data(-1, 1, 3, { highlighted: true }),
    outside: data(1.2, 0, 5),
    hidden: data(0.5, 0.5, 5, { hidden: true }),
    forced: data(0.5, -0.5, 4),
  };

  test("those in view, at their place and size on screen, each once, none hidden", () => {
    const discs = discsInView(
      new Set(["centre", "corner", "outside", "hidden"]),
      new Set(["forced", "centre"]),
      cache,
      view,
    );
    expect(discs).toEqual([
      { x: 100, y: 50, radius: 10, above: undefined },
      { x: 0, y: 0, radius: 6, above: true },
      { x: 150, y: 75, radius: 8, above: undefined },
    ]);
  });
});

describe("the places around a disc", () => {
  const [x, y, radius, width, height] = [100, 100, 10, 60, 13];
  const places = placesAround(newPlaces(), x, y, radius, width, height);

  test("right of the disc and centred on it first, where sigma draws labels", () => {
    expect(places[0]).toMatchObject({ left: 113, top: 93.5, right: 173, bottom: 106.5 });
  });

  test("each is next to the disc without covering it, the sides before the corners", () => {
    for (const place of places) {
      const dx = Math.max(place.left - x, 0, x - place.right);
      const dy = Math.max(place.top - y, 0, y - place.bottom);
      const distance = Math.hypot(dx, dy);
      expect(distance).toBeGreaterThanOrEqual(radius);
      expect(distance).toBeLessThan(radius + 6);
    }
    const penalties = places.map((place) => place.penalty ?? 0);
    expect(penalties.slice(0, 4)).toEqual([0, 0, 0, 0]);
    for (const penalty of penalties.slice(4)) expect(penalty).toBeGreaterThan(0);
  });
});
