import type * as fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { article, makeTempTree, preprocessIn, tree } from "./helpers";

// Root reads any file whatever its mode, so files.test.ts cannot make an unreadable one when the
// tests run as root (as in CI containers). Here the file system itself answers EACCES instead,
// for the names in `denied`; everything else goes to the real node:fs.
const denied = vi.hoisted(() => new Set<string>());
vi.mock("node:fs", async (importOriginal) => {
  const real = await importOriginal<typeof fs>();
  const guard =
    (syscall: string, call: (...args: never[]) => unknown) =>
    (file: unknown, ...rest: unknown[]) => {
      if (typeof file === "string" && denied.has(path.basename(file)))
        throw Object.assign(new Error(`EACCES: permission denied, ${syscall} '${file}'`), { code: "EACCES" });
      return (call as unknown as (...args: unknown[]) => unknown)(file, ...rest);
    };
  return {
    ...real,
    readFileSync: guard("open", real.readFileSync),
    readdirSync: guard("scandir", real.readdirSync),
  };
});

afterEach(() => denied.clear());

describe("files the user may not read (EACCES, as the file system reports it)", () => {
  it.each([
    {
      name: "an article is skipped with a warning naming it",
      deny: "b.txt",
      args: [],
      code: 0,
      stderr: "preprocess: warning: in/b.txt: cannot be read: permission denied; skipped\n",
    },
    {
      name: "an article is fatal with --strict",
      deny: "b.txt",
      args: ["--strict"],
      code: 1,
      stderr: "preprocess: in/b.txt: cannot be read: permission denied\n",
    },
    {
      name: "the manifest stops the run",
      deny: "manifest.json",
      args: [],
      code: 1,
      stderr: "preprocess: in/manifest.json: cannot be read: permission denied\n",
    },
    {
      name: "the input folder stops the run",
      deny: "in",
      args: [],
      code: 1,
      stderr: "preprocess: in: permission denied\n",
    },
  ])("$name", ({ deny, args, code, stderr }) => {
    const root = makeTempTree({
      "in/a.txt": article("gas"),
      "in/b.txt": article("grain"),
      "in/manifest.json": JSON.stringify({ articles: [] }),
    });
    const before = tree(root);
    denied.add(deny);
    const result = preprocessIn(root, ["in", "--out", "out/graph.json", ...args]);
    denied.clear();
    expect(result.code, result.stderr).toBe(code);
    expect(result.stderr).toContain(stderr);
    expect(tree(root)).toEqual(code === 0 ? [...before, "out/", "out/graph.json"].sort() : before);
  });
});
