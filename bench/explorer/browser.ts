import os from "node:os";
import type { Browser } from "playwright-core";
import { launchChromium } from "../../test/chromium";

/** What the figures were measured on; printed above the table every time. */
export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  chromium: string;
  webgl: string;
}

/**
 * Headless Chromium launched as the tests do (test/chromium.ts), plus what the
 * benchmark needs: exact heap figures, a `gc()` to call before reading them, and SwiftShader
 * allowed explicitly (WebGL is software-rendered here either way: there is no GPU).
 */
export async function launchBrowser(): Promise<Browser> {
  return launchChromium([
    "--enable-unsafe-swiftshader",
    "--enable-precise-memory-info",
    "--js-flags=--expose-gc",
  ]);
}

export async function describeMachine(browser: Browser): Promise<Machine> {
  const page = await browser.newPage();
  try {
    const webgl = await page.evaluate(() => {
      const gl = document.createElement("canvas").getContext("webgl2");
      const info = gl?.getExtension("WEBGL_debug_renderer_info");
      return gl ? String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER)) : "none";
    });
    return {
      cpu: os.cpus()[0]?.model.trim() ?? "unknown",
      cores: os.cpus().length,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      os: `${os.type()} ${os.release()}`,
      chromium: browser.version(),
      webgl: /SwiftShader/i.test(webgl) ? "SwiftShader (software)" : webgl,
    };
  } finally {
    await page.close();
  }
}
