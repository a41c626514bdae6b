import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { createTimeOrder, windowOf } from "../../../src/app/data/time-order";

/** The plain way: dated edges sorted by day, ties by edge index. */
function reference(days: number[]) {
  const indices = days.map((_, e) => e);
  const dated = indices.filter((e) => !Number.isNaN(days[e]!)).sort((a, b) => days[a]! - days[b]! || a - b);
  return {
    order: [...dated, ...indices.filter((e) => Number.isNaN(days[e]!))],
    days: dated.map((e) => days[e]!),
    extent: dated.length ? [days[dated[0]!]!, days[dated[dated.length - 1]!]!] : null,
  };
}

const edgeDays = fc.array(fc.oneof(fc.integer({ min: 19_000, max: 19_400 }), fc.constant(NaN)), {
  maxLength: 300,
});

describe("time order", () => {
  test("sorts dated edges by day, ties by index, as a comparison sort does, then the undated ones", () => {
    fc.assert(
      fc.property(edgeDays, (days) => {
        const order = createTimeOrder(Float64Array.from(days));
        expect({
          order: Array.from(order.order),
          days: Array.from(order.days),
          extent: order.extent,
        }).toEqual(reference(days));
      }),
    );
  });

  test("handles days before 1970 and no dated edge at all", () => {
    expect(Array.from(createTimeOrder([-3, 5, -3, NaN]).order)).toEqual([0, 2, 1, 3]);
    const none = createTimeOrder([NaN, NaN]);
    expect([none.days.length, Array.from(none.order), none.extent]).toEqual([0, [0, 1], null]);
  });

  test("a window is the positions of the edges dated inside it", () => {
    const { days } = createTimeOrder([10, 12, 11, 12, 15, NaN]);
    expect(windowOf(days, [11, 12])).toEqual([1, 4]);
    expect(windowOf(days, [13, 14])).toEqual([4, 4]);
    expect(windowOf(days, null)).toEqual([0, 5]);
  });
});
