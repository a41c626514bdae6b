import { describe, expect, it } from "vitest";
import { createHiddenActors } from "../../../src/app/graph-view/hidden-actors";

describe("hidden actors", () => {
  it("reports the actors whose hidden flag a refresh changed, and only those", () => {
    const hiddenNow = new Set(["b"]);
    const hiddenActors = createHiddenActors();
    const reducer = hiddenActors.watch((key) => ({ label: key, hidden: hiddenNow.has(key) }));
    const refresh = (keys: string[]) => () => keys.forEach((key) => reducer(key, {}));
    // A first full refresh: whatever it hides is not a flip anyone asked about.
    refresh(["a", "b", "c"])();
    hiddenNow.clear();
    hiddenNow.add("a");
    expect(hiddenActors.flippedDuring(refresh(["a", "b", "c"])).sort()).toEqual(["a", "b"]);
    expect(hiddenActors.flippedDuring(refresh(["a", "b", "c"]))).toEqual([]);
  });

  it("hands sigma the reducer's answer unchanged", () => {
    const hiddenActors = createHiddenActors();
    const answer = { label: "Putin", color: "#123456", hidden: false };
    expect(hiddenActors.watch(() => answer)("putin", {})).toBe(answer);
  });

  it("stops recording when the refresh throws", () => {
    const hiddenActors = createHiddenActors();
    const reducer = hiddenActors.watch(() => ({ hidden: true }));
    expect(() =>
      hiddenActors.flippedDuring(() => {
        throw new Error("boom");
      }),
    ).toThrow("boom");
    reducer("a", {});
    expect(hiddenActors.flippedDuring(() => undefined)).toEqual([]);
  });
});
