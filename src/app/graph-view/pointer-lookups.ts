import type Sigma from "sigma";
import type { MouseCoords } from "sigma/types";
import { rendererInternals } from "./sigma-internals";

/** Sigma's pointer events that look up the item under the pointer, and the events they emit. */
const LOOKING_UP = {
  mousedown: ["handleDown", "down"],
  mouseup: ["handleUp", "up"],
  wheel: ["handleWheel", "wheel"],
  rightClick: ["handleRightClick", "rightClick"],
  doubleClick: ["handleDoubleClick", "doubleClick"],
} as const;

/** Sigma's captors and its own pointer handlers, each of which this replaces; throws without them. */
function internalsOf(renderer: Sigma) {
  const internals = rendererInternals(renderer);
  const missing = ["handleMove", ...Object.values(LOOKING_UP).map(([name]) => name)].filter(
    (name) => typeof internals.activeListeners[name] !== "function",
  );
  if (missing.length > 0)
    throw new Error(`pointer lookups: sigma's renderer has no ${missing.join(", ")} listener`);
  return internals;
}

/**
 * Sigma reads back what is under the pointer (drawing the picking passes first) on every mouse
 * move, press, release and wheel turn: two read-backs a move with edge events, each a stall of
 * the GPU pipeline, 120 to 500 ms at 100k relations in software WebGL. This has it look up:
 *  - on a move, at most once per animation frame, at the pointer's last place;
 *  - never while a button is down (a drag pans the camera: nothing is hovered meanwhile), nor a
 *    touch moves, nor while `isQuiet()` says so (the timeline plays);
 *  - on a press, release, wheel turn or double click, only when someone listens to the events
 *    that lookup emits (`downNode`, `wheelStage`...): clicks still look up, once.
 * Returns the cleanup, which gives sigma its own listeners back.
 */
export function lookUpOnlyWhenNeeded(renderer: Sigma, isQuiet: () => boolean): () => void {
  const { mouseCaptor, touchCaptor, activeListeners } = internalsOf(renderer);
  const handleMove = activeListeners.handleMove!;
  let latest: MouseCoords | null = null;
  let frame = 0;
  const skipped = () => mouseCaptor.isMouseDown || isQuiet();
  const lookUp = () => {
    frame = 0;
    const event = latest;
    latest = null;
    if (event !== null && !skipped()) handleMove(event);
  };
  const onMove = (event: MouseCoords) => {
    if (skipped()) return;
    latest = event;
    frame ||= requestAnimationFrame(lookUp);
  };
  // Off the stage or pressed, a pending look-up would hover what the pointer left or drags.
  const forget = () => {
    cancelAnimationFrame(frame);
    [frame, latest] = [0, null];
  };
  mouseCaptor.removeListener("mousemove", handleMove);
  mouseCaptor.on("mousemove", onMove);
  mouseCaptor.on("mouseleave", forget);
  mouseCaptor.on("mousedown", forget);
  touchCaptor.removeListener("touchmove", handleMove);
  const restore = Object.entries(LOOKING_UP).map(([type, [name, emitted]]) => {
    const original = activeListeners[name]!;
    const listened = () =>
      (["Node", "Edge", "Stage"] as const).some(
        (target) => renderer.listenerCount(`${emitted}${target}`) > 0,
      );
    const onlyIfListened = (event: MouseCoords) => {
      if (listened()) original(event);
    };
    mouseCaptor.removeListener(type, original);
    mouseCaptor.on(type, onlyIfListened);
    return () => {
      mouseCaptor.removeListener(type, onlyIfListened);
      mouseCaptor.on(type, original);
    };
  });
  return () => {
    forget();
    mouseCaptor.removeListener("mouseleave", forget);
    mouseCaptor.removeListener("mousedown", forget);
    mouseCaptor.removeListener("mousemove", onMove);
    mouseCaptor.on("mousemove", handleMove);
    touchCaptor.on("touchmove", handleMove);
    for (const undo of restore) undo();
  };
}
