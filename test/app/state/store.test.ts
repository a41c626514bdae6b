import { describe, expect, it } from "vitest";
import { createViewStore, type ViewStateKey } from "../../../src/app/state/store";

/** Records the changed keys of every notification. */
function recordChanges(store: ReturnType<typeof createViewStore>): ViewStateKey[][] {
  const heard: ViewStateKey[][] = [];
  store.subscribe((_state, changed) => heard.push([...changed].sort()));
  return heard;
}

describe("view store", () => {
  it("tells listeners which keys changed, once per update", () => {
    const store = createViewStore({ range: [10, 20] });
    const heard = recordChanges(store);
    store.set({ range: [11, 21], playing: true, minDegree: 0 });
    expect(heard).toEqual([["playing", "range"]]);
    expect(store.get().range).toEqual([11, 21]);
  });

  it("treats equal arrays and objects as unchanged, whatever their identity", () => {
    const store = createViewStore({
      range: [10, 20],
      selected: { type: "node", key: "biden" },
      camera: { x: 0.5, y: 0.5, ratio: 1, angle: 0 },
    });
    const heard = recordChanges(store);
    store.set({
      range: [10, 20],
      edgeTypes: ["call", "statement", "citation"],
      selected: { type: "node", key: "biden" },
      camera: { x: 0.5, y: 0.5, ratio: 1, angle: 0 },
    });
    expect(heard).toEqual([]);
  });

  it("sees a change in any element or field, and between null and a value", () => {
    const store = createViewStore({ range: [10, 20], selected: { type: "node", key: "biden" } });
    const heard = recordChanges(store);
    store.set({ range: [10, 21] });
    store.set({ edgeTypes: ["call", "statement"] });
    store.set({ selected: { type: "edge", key: "biden" } });
    store.set({ selected: null });
    store.set({ range: null });
    expect(heard).toEqual([["range"], ["edgeTypes"], ["selected"], ["selected"], ["range"]]);
  });

  it("stops notifying a listener once it unsubscribes", () => {
    const store = createViewStore();
    const heard: number[] = [];
    const unsubscribe = store.subscribe(() => heard.push(1));
    store.set({ playing: true });
    unsubscribe();
    store.set({ playing: false });
    expect(heard).toEqual([1]);
  });
});
