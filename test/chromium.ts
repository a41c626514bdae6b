import { chromium, type Browser } from "playwright-core";

/** Debian's Chromium, the one browser the tests and benchmarks drive (CHROMIUM_PATH to override). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

// Headless, as root, and quiet: without the networking flags Chromium keeps calling hosts that this
// machine's closed network refuses.
const HEADLESS_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...HEADLESS_ARGS, ...extraArgs] });
}
