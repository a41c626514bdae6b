import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { validateNetworkFile } from "../../src/schema";
import { article, makeTempTree, preprocessIn, REPO_ROOT, tree } from "./helpers";

// A run killed with SIGKILL cannot clean up: what it leaves must still be a whole, valid output.
// The corpus is large enough that extraction takes a second or more and the write some milliseconds.
const CORPUS: Record<string, string> = {
  ...Object.fromEntries(
    Array.from({ length: 40 }, (_, i) => [`in/${String(i).padStart(2, "0")}.txt`, article(`t${i}`)]),
  ),
  "in/long.txt": `Long\n\n${"The talks went on and on. ".repeat(200_000)}\n`, // 5 MB, for a long write
};
const TEMP = /^\.graph\.json\.(\d+)\.[0-9a-f]{12}\.tmp$/;

/** The CLI as its own process (node itself, not npx, so the signal reaches the process that writes). */
function spawnPreprocess(root: string): ChildProcess {
  const args = [path.join(root, "in"), "--out", path.join(root, "out/graph.json")];
  return spawn(process.execPath, ["--import", "tsx", "src/cli/preprocess.ts", ...args], {
    cwd: REPO_ROOT, // where tsx is found
    env: { ...process.env, CI: "true" },
    stdio: "ignore",
  });
}

/** Kills the child with SIGKILL when `when` first holds (checked every millisecond); resolves on its exit. */
function killWhen(child: ChildProcess, when: () => boolean): Promise<{ signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => {
    const timer = setInterval(() => {
      if (when()) child.kill("SIGKILL");
    }, 1);
    child.on("exit", (_code, signal) => {
      clearInterval(timer);
      resolve({ signal });
    });
  });
}

describe("a run killed with SIGKILL", () => {
  let root: string;
  let earlier: Buffer;
  let before: string[];
  const out = () => path.join(root, "out");
  const temps = () => fs.readdirSync(out()).filter((name) => TEMP.test(name));

  beforeAll(() => {
    root = makeTempTree(CORPUS);
    fs.mkdirSync(path.join(root, "small"));
    fs.writeFileSync(path.join(root, "small/a.txt"), article("gas"));
    expect(preprocessIn(root, ["small", "--out", "out/graph.json"]).code).toBe(0);
    earlier = fs.readFileSync(path.join(root, "out/graph.json"));
    before = tree(root);
  });

  const expectEarlierOutputWhole = () => {
    const now = fs.readFileSync(path.join(root, "out/graph.json"));
    expect(now.equals(earlier)).toBe(true);
    const { errors, dropped } = validateNetworkFile(JSON.parse(now.toString("utf8")));
    expect({ errors, dropped }).toEqual({ errors: [], dropped: [] });
  };

  it("while it extracts leaves the earlier output byte-identical and nothing else", async () => {
    const child = spawnPreprocess(root);
    const started = performance.now();
    const { signal } = await killWhen(child, () => performance.now() - started > 1000 || temps().length > 0);
    expect(signal).toBe("SIGKILL");
    expectEarlierOutputWhole();
    expect(tree(root)).toEqual([...before, ...temps().map((name) => `out/${name}`)].sort());
  });

  it("while it writes leaves the earlier output byte-identical; the next run removes its temporary file", async () => {
    const child = spawnPreprocess(root);
    const { signal } = await killWhen(child, () => temps().length > 0);
    expect(signal).toBe("SIGKILL");
    expectEarlierOutputWhole();
    const left = temps();
    expect(left).toHaveLength(1);
    expect(left.every((name) => TEMP.exec(name)?.[1] === String(child.pid))).toBe(true);
    expect(tree(root)).toEqual([...before, ...left.map((name) => `out/${name}`)].sort());

    expect(preprocessIn(root, ["small", "--out", "out/graph.json"]).code).toBe(0);
    expect(tree(root)).toEqual(before);
    expect(fs.readFileSync(path.join(root, "out/graph.json")).equals(earlier)).toBe(true);
  });
});
