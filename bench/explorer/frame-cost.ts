import type { Browser, Page } from "playwright-core";
import type Sigma from "sigma";
import { YEAR_START } from "./network";
import { round } from "./stats";

/**
 * What one frame costs, main thread and GPU together, where there are no GPU timer queries
 * (SwiftShader): the camera moved by a hair, sigma's render run at once, then one pixel read back
 * from each of its WebGL canvases, which waits until SwiftShader has drawn everything sent to
 * it. The GPU is drained before each frame, so that no earlier work is counted.
 */
export interface FrameCost {
  /**
   * CPU time per frame of every process of the browser (the page, the GPU process where
   * SwiftShader draws on the CPU, the compositor): the figure least moved by other work on the
   * machine, which stretches wall times on 2 shared cores.
   */
  cpuMs: number;
  /** The least wall time of the frames, from the camera's move to the pixels read back. */
  wallMs: number;
  /** The least time in sigma's render itself (the main thread's part: labels, WebGL calls). */
  renderMs: number;
}

type Holder = { __explorer?: { renderer: Sigma }; __bare?: { renderer: Sigma } };

/** In the page: `frames` frames, each timed from the camera's move to the pixels read back. */
function timeFrames(frames: number): Promise<{ wall: number[]; render: number[] }> {
  const holder = window as unknown as Holder;
  const renderer = (holder.__explorer ?? holder.__bare)!.renderer;
  const internals = renderer as unknown as {
    render(): void;
    webGLContexts: Record<string, WebGLRenderingContext>;
  };
  const pixel = new Uint8Array(4);
  const drain = () => {
    for (const gl of Object.values(internals.webGLContexts))
      gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
  };
  const camera = renderer.getCamera();
  const wall: number[] = [];
  const render: number[] = [];
  return new Promise((done) => {
    const frame = (left: number) => {
      drain();
      const state = camera.getState();
      const start = performance.now();
      // A hair each way, so that the view stays where it was.
      camera.setState({ ...state, x: state.x + (left % 2 ? 1e-4 : -1e-4) });
      internals.render();
      const rendered = performance.now();
      drain();
      wall.push(performance.now() - start);
      render.push(rendered - start);
      // The compositor shows each frame in between, as it would.
      if (left > 1) setTimeout(() => requestAnimationFrame(() => frame(left - 1)), 30);
      else done({ wall, render });
    };
    requestAnimationFrame(() => frame(frames));
  });
}

/** The cost of a frame of the page as it stands (ready, on either page). */
export async function measureFrameCost(browser: Browser, page: Page, frames: number): Promise<FrameCost> {
  const session = await browser.newBrowserCDPSession();
  try {
    const cpuSeconds = async () => {
      const { processInfo } = (await session.send("SystemInfo.getProcessInfo")) as {
        processInfo: { cpuTime: number }[];
      };
      return processInfo.reduce((sum, { cpuTime }) => sum + cpuTime, 0);
    };
    const before = await cpuSeconds();
    const { wall, render } = await page.evaluate(timeFrames, frames);
    const cpuMs = (((await cpuSeconds()) - before) * 1000) / frames;
    return { cpuMs: round(cpuMs), wallMs: round(Math.min(...wall)), renderMs: round(Math.min(...render)) };
  } finally {
    await session.detach();
  }
}

/** Sets a 30-day window on either page, as its slider does, and waits for its frame. */
export async function setWindow(page: Page): Promise<void> {
  await page.evaluate((start) => {
    const holder = window as unknown as Holder & { __bare?: { slider: HTMLInputElement } };
    if (holder.__explorer)
      (holder.__explorer as unknown as { store: { set(patch: object): void } }).store.set({
        range: [start, start + 29],
      });
    else {
      holder.__bare!.slider.value = String(start);
      holder.__bare!.slider.dispatchEvent(new Event("input"));
    }
    return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  }, YEAR_START + 120);
}
