import { ensureBuilt, DIST } from "../../test/e2e/build";
import { describeMachine, launchBrowser, type Machine } from "./browser";
import { measureSize, type MeasureOptions, type SizeFigures } from "./measure";
import { syntheticNetwork, type NetworkSize } from "./network";
import { serveBench } from "./serve";

/** A size the page could not handle: what went wrong instead of figures. */
export interface FailedSize {
  actors: number;
  relations: number;
  failed: string;
}

export interface ExplorerFigures {
  machine: Machine;
  quick: boolean;
  sizes: (SizeFigures | FailedSize)[];
}

export interface ExplorerBenchOptions {
  /** Only the smallest network (1k actors, 10k relations): for CI and the smoke test. */
  quick: boolean;
  /** Called before each size, for progress. */
  onSize?(size: NetworkSize): void;
}

export const EXPLORER_SIZES: NetworkSize[] = [
  { actors: 1_000, relations: 10_000 },
  { actors: 10_000, relations: 100_000 },
  { actors: 100_000, relations: 1_000_000 },
];

/**
 * Fewer repetitions on big networks: headless Chromium draws WebGL with SwiftShader, whose cost
 * per frame grows with every relation in sigma's buffers (hidden ones too), about 4 s a frame
 * at 100k relations and 40 s at 1M; a naive step also rewrites every relation. Our steps get
 * the most: at 1M, one major collection among three steps decided their mean.
 */
function optionsFor({ relations }: NetworkSize, quick: boolean): MeasureOptions {
  const scale = relations >= 1_000_000 ? 2 : relations >= 100_000 ? 1 : 0;
  return {
    warmupSteps: [5, 2, 1][scale]!,
    steps: [30, 20, 6][scale]!,
    naiveSteps: [10, 3, 2][scale]!,
    cameraSteps: [20, 4, 2][scale]!,
    focusSteps: [10, 3, 2][scale]!,
    playMs: quick ? 2_000 : 4_000,
    playSpeed: [60, 5, 0.5][scale]!,
    loadTimeoutMs: 600_000,
  };
}

export const isFailed = (size: SizeFigures | FailedSize): size is FailedSize => "failed" in size;

/**
 * Builds the site if needed, then for each size: generates the network, serves it, opens the
 * explorer in headless Chromium and measures load, time steps (ours and the three references),
 * playback and heap. One browser for all sizes, one fresh page per size.
 */
export async function runExplorerBench(options: ExplorerBenchOptions): Promise<ExplorerFigures> {
  await ensureBuilt();
  const server = await serveBench(DIST);
  const browser = await launchBrowser();
  try {
    const machine = await describeMachine(browser);
    const sizes: ExplorerFigures["sizes"] = [];
    for (const size of options.quick ? EXPLORER_SIZES.slice(0, 1) : EXPLORER_SIZES) {
      options.onSize?.(size);
      const network = syntheticNetwork(size);
      try {
        sizes.push(await measureSize(browser, server, network, optionsFor(size, options.quick)));
      } catch (error) {
        const reason = error instanceof Error ? error.message.split("\n")[0]! : String(error);
        sizes.push({ ...size, failed: reason });
      }
    }
    return { machine, quick: options.quick, sizes };
  } finally {
    await browser.close();
    await server.close();
  }
}
