import { describe, expect, test } from "vitest";
import { lineOrigins, twoLines } from "../../../src/app/graph-view/label-lines";
import { FAR_MARGIN, MARGIN, placesOnRing } from "../../../src/app/graph-view/label-places";

describe("a label on two lines splits at the space nearest its middle", () => {
  test.each<[string, [string, string] | undefined]>([
    ["Vladimir Putin", ["Vladimir", "Putin"]],
    ["The Wall Street Journal", ["The Wall", "Street Journal"]],
    ["Ursula von der Leyen", ["Ursula von", "der Leyen"]],
    ["NATO", undefined],
    [" Russia", undefined],
  ])("%s", (label, lines) => expect(twoLines(label)).toEqual(lines));

  test("its lines are flush with the side facing the disc", () => {
    const box = { left: 10, top: 20, right: 70 };
    expect(lineOrigins(box, [60, 40], 13, false)).toEqual([
      { x: 10, y: 26.5 },
      { x: 10, y: 39.5 },
    ]);
    expect(lineOrigins(box, [60, 40], 13, true).map(({ x }) => x)).toEqual([10, 30]);
  });
});

describe("the places round a disc", () => {
  const [x, y, radius, width, height] = [100, 100, 10, 60, 13];
  const places = [] as Parameters<typeof placesOnRing>[0];
  const count = placesOnRing(places, x, y, radius, width, height);
  const gap = ({ left, top, right, bottom }: (typeof places)[number]) =>
    Math.hypot(Math.max(left - x, 0, x - right), Math.max(top - y, 0, y - bottom)) - radius;

  test("each lies MARGIN or FAR_MARGIN off the disc, of the label's size", () => {
    expect(count).toBeGreaterThan(100);
    for (const place of places.slice(0, count)) {
      expect([MARGIN, FAR_MARGIN].some((margin) => Math.abs(gap(place) - margin) < 1e-6)).toBe(true);
      expect(place.right - place.left).toBeCloseTo(width);
      expect(place.bottom - place.top).toBeCloseTo(height);
    }
  });

  test("the first is sigma's, right of the disc and centred; they go all round it", () => {
    expect(places[0]).toMatchObject({ left: x + radius + MARGIN, top: y - height / 2 });
    const sides = new Set(
      places
        .slice(0, count)
        .map((p) => (p.left >= x ? "right" : p.right <= x ? "left" : p.top > y ? "below" : "above")),
    );
    expect([...sides].sort()).toEqual(["above", "below", "left", "right"]);
  });
});
