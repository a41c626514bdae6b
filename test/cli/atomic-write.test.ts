import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempName, writeFileAtomic } from "../../src/cli/atomic-write";
import { listing, makeTempTree } from "./helpers";

describe("writeFileAtomic", () => {
  it("creates missing folders and leaves only the file", () => {
    const root = makeTempTree();
    writeFileAtomic(path.join(root, "a/b/c.json"), "{}\n");
    expect(fs.readFileSync(path.join(root, "a/b/c.json"), "utf8")).toBe("{}\n");
    expect(listing(path.join(root, "a/b"))).toEqual(["c.json"]);
  });

  it("replaces an earlier file whole", () => {
    const root = makeTempTree({ "g.json": "x".repeat(10_000) });
    writeFileAtomic(path.join(root, "g.json"), "short");
    expect(fs.readFileSync(path.join(root, "g.json"), "utf8")).toBe("short");
  });

  it("throws, removes its temporary file and leaves the target alone when the rename fails", () => {
    const root = makeTempTree({ "g.json/inside": "a folder in the way" });
    expect(() => writeFileAtomic(path.join(root, "g.json"), "new")).toThrow();
    expect(listing(root)).toEqual(["g.json"]);
    expect(fs.readFileSync(path.join(root, "g.json/inside"), "utf8")).toBe("a folder in the way");
  });

  it("throws when a part of the path is a file", () => {
    const root = makeTempTree({ blocker: "a file" });
    expect(() => writeFileAtomic(path.join(root, "blocker/g.json"), "new")).toThrow();
    expect(listing(root)).toEqual(["blocker"]);
  });

  it("removes the temporary files of its target left by dead processes, and nothing else", () => {
    const dead = spawnSync(process.execPath, ["-e", ""]).pid as number; // exited: its pid is free
    const alive = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);
    const stale = tempName("g.json", dead, "0123456789ab");
    const busy = tempName("g.json", alive.pid as number, "0123456789ab");
    const others = [tempName("other.json", dead, "0123456789ab"), ".g.json.notes.tmp", "g.json.bak"];
    const root = makeTempTree(Object.fromEntries([stale, busy, ...others].map((name) => [name, "partial"])));
    try {
      writeFileAtomic(path.join(root, "g.json"), "new");
    } finally {
      alive.kill("SIGKILL");
    }
    expect(listing(root)).toEqual([busy, ...others, "g.json"].sort());
  });
});
