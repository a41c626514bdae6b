import type { Browser } from "playwright-core";
import type { BenchServer } from "../explorer/serve";
import type { SyntheticNetwork } from "../explorer/network";
import { quantile, round } from "../explorer/stats";

export interface TableFigures {
  actors: number;
  relations: number;
  /** Rows in the table once open (every relation shown). */
  rows: number;
  /** Frame-to-frame time while the table scrolls 40 rows a frame, median and 95th percentile. */
  scrollFrameMs: { median: number; p95: number };
  /** Main-thread time of one keystroke in the filter box: filter, sort, redraw and layout. */
  keystrokeMs: { median: number; max: number };
}

/** What is typed, one keystroke at a time: words of the synthetic network's cells, then erased. */
const TYPED = ["s", "sy", "syn", "synt", "synthetic", "synthetic 1", "synthetic 12", "2024-0", "2024-03", ""];
const SCROLL_FRAMES = 120;

/** Opens the explorer on the network and measures the relations table in the page. */
export async function measureTable(
  browser: Browser,
  server: BenchServer,
  network: SyntheticNetwork,
): Promise<TableFigures> {
  server.put("bench/review.json", network.json);
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(`${server.url}?graph=bench/review.json`);
    await page.waitForSelector('body[data-corrections="loaded"]', { timeout: 600_000 });
    // The table opens from the status bar, as a person opens it, and is read for a moment before
    // the first keystroke (its filter text is prepared while the page is idle).
    await page.click("#relations-toggle");
    await page.waitForSelector(".relations-scroll");
    await page.waitForTimeout(1500);
    // No named functions inside: tsx would wrap them in a helper the page does not have.
    const figures = await page.evaluate(
      async ({ typed, frames }) => {
        const scroller = document.querySelector<HTMLElement>(".relations-scroll")!;
        const input = document.querySelector<HTMLInputElement>("#relations-filter")!;
        const rows = Number(document.querySelector("#relations-caption")!.getAttribute("data-rows"));
        const intervals: number[] = [];
        let last = await new Promise<number>((done) => requestAnimationFrame(done));
        for (let i = 0; i < frames; i++) {
          scroller.scrollTop += 40 * 26;
          const now = await new Promise<number>((done) => requestAnimationFrame(done));
          intervals.push(now - last);
          last = now;
        }
        const keystrokes: number[] = [];
        for (const text of typed) {
          const start = performance.now();
          input.value = text;
          input.dispatchEvent(new Event("input"));
          void scroller.getBoundingClientRect().height;
          keystrokes.push(performance.now() - start);
          await new Promise<number>((done) => requestAnimationFrame(done));
        }
        return { rows, intervals, keystrokes };
      },
      { typed: TYPED, frames: SCROLL_FRAMES },
    );
    return {
      actors: network.actors,
      relations: network.relations,
      rows: figures.rows,
      scrollFrameMs: {
        median: round(quantile(figures.intervals, 0.5)),
        p95: round(quantile(figures.intervals, 0.95)),
      },
      keystrokeMs: {
        median: round(quantile(figures.keystrokes, 0.5)),
        max: round(Math.max(...figures.keystrokes)),
      },
    };
  } finally {
    await page.close();
  }
}
