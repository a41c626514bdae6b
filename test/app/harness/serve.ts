import { existsSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { CHROMIUM_PATH, launchChromium } from "../../chromium";
import { createServer, type ViteDevServer } from "vite";

/** Serves the harness page with Vite and opens it in headless Chromium (CHROMIUM_PATH to override). */

export const hasChromium = existsSync(CHROMIUM_PATH);
const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
/** Screenshots land here (ignored by git) so a person can look at them. */
export const SHOTS = fileURLToPath(new URL("../../../test-results/", import.meta.url));

export interface Harness {
  page: Page;
  close(): Promise<void>;
}

export async function openHarness(viewport = { width: 1000, height: 700 }): Promise<Harness> {
  mkdirSync(SHOTS, { recursive: true });
  const server: ViteDevServer = await createServer({
    root: ROOT,
    logLevel: "silent",
    server: { host: "127.0.0.1", port: 0, hmr: false },
  });
  await server.listen();
  const address = server.httpServer?.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const browser: Browser = await launchChromium(["--enable-unsafe-swiftshader"]);
  const page = await browser.newPage({ viewport, acceptDownloads: true });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`http://127.0.0.1:${port}/test/app/harness/index.html`);
  await page.waitForFunction(() => "harness" in window, null, { timeout: 30_000 });
  if (errors.length) throw new Error(`harness: the page failed: ${errors.join("; ")}`);
  return {
    page,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
