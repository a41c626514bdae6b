import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { checkSigmaVersion, PATCHED_SIGMA_VERSION } from "../../../src/app/graph-view/sigma-internals";

const json = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8"));

describe("sigma's internals are patched for one version, pinned, and checked", () => {
  test("package.json pins sigma to exactly the version patched, and that version is installed", () => {
    expect(json("../../../package.json").dependencies.sigma).toBe(PATCHED_SIGMA_VERSION);
    expect(json("../../../node_modules/sigma/package.json").version).toBe(PATCHED_SIGMA_VERSION);
    expect(() => checkSigmaVersion()).not.toThrow();
  });

  test.each(["3.0.4", "3.1.0", "4.0.0-beta.1", "2.4.0"])(
    "sigma %s fails loudly, naming both versions",
    (found) => {
      expect(() => checkSigmaVersion(found)).toThrow(`sigma ${PATCHED_SIGMA_VERSION}'s internals`);
      expect(() => checkSigmaVersion(found)).toThrow(`but sigma ${found} is installed`);
    },
  );
});
