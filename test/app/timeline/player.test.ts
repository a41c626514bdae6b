import { describe, expect, it } from "vitest";
import { createViewStore } from "../../../src/app/state/store";
import { createPlayer, type Clock } from "../../../src/app/timeline/player";

/** A clock that moves only when told to, and runs the frame it was asked for. */
function manualClock() {
  let time = 0;
  let pending: (() => void) | null = null;
  const clock: Clock = {
    now: () => time,
    request: (callback) => ((pending = callback), 1),
    cancel: () => (pending = null),
  };
  const advance = (ms: number) => {
    time += ms;
    const frame = pending;
    pending = null;
    frame?.();
  };
  return { clock, advance, waiting: () => pending !== null };
}

describe("createPlayer", () => {
  const extent: [number, number] = [0, 99];

  it("writes the range frame by frame while playing, and stops at the end", () => {
    const store = createViewStore({ speed: 50, playMode: "cumulative" });
    const { clock, advance, waiting } = manualClock();
    createPlayer(store, () => extent, clock);
    store.set({ playing: true });
    advance(1000);
    expect(store.get().range).toEqual([0, 50]);
    advance(1000);
    expect(store.get()).toMatchObject({ range: [0, 99], playing: false });
    expect(waiting()).toBe(false);
  });

  it("restarts its clock from a range set elsewhere while playing", () => {
    const store = createViewStore({ speed: 10, playMode: "window", range: [0, 9] });
    const { clock, advance } = manualClock();
    createPlayer(store, () => extent, clock);
    store.set({ playing: true });
    advance(1000);
    expect(store.get().range).toEqual([10, 19]);
    store.set({ range: [50, 54] });
    advance(500);
    expect(store.get().range).toEqual([55, 59]);
  });

  it("does nothing after pause or cleanup", () => {
    const store = createViewStore({ speed: 10 });
    const { clock, advance, waiting } = manualClock();
    const stop = createPlayer(store, () => extent, clock);
    store.set({ playing: true });
    store.set({ playing: false });
    expect(waiting()).toBe(false);
    store.set({ playing: true });
    stop();
    advance(1000);
    expect(store.get().range).toBeNull();
  });

  it("refuses to play without dated relations", () => {
    const store = createViewStore();
    createPlayer(store, () => null, manualClock().clock);
    store.set({ playing: true });
    expect(store.get().playing).toBe(false);
  });
});
