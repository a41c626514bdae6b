import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateNetworkFile, type ActorNetworkFile } from "../../src/schema";
import { JSONL, MANIFEST, PAGE, TEXT } from "../sources/fixtures";
import { article, listing, makeTempTree, preprocessIn, REPO_ROOT } from "./helpers";

const readNetwork = (file: string) => JSON.parse(fs.readFileSync(file, "utf8")) as ActorNetworkFile;

/** A corpus as people keep one: a text, a saved page, two exports in other tools' names, notes. */
const MIXED = {
  "in/harbour.txt": TEXT,
  "in/manifest.json": JSON.stringify(MANIFEST),
  "in/pages/port.html": PAGE.replace(/harbour-talks/g, "port-page"),
  "in/exports/wire.csv":
    "\uFEFFheadline,content,publish_date,media_name\n" +
    `Gas talks,"${article("gas").replace(/"/g, '""')}",2022-02-13,Port Weekly\n` +
    "No body,,2022-02-14,Port Weekly\n" +
    `Grain talks,"${article("grain")}",2022-02-15,"Ledger, The"\n`,
  "in/exports/scraper.jsonl": JSONL + JSON.stringify({ title: "x", maintext: "   " }) + "\n",
  "in/notes/todo.json": "{}",
  "in/.cache/old.txt": article("hidden"),
};

describe("a folder mixing every format", () => {
  it("reads each file through its format, in path order, and names what it skipped", () => {
    const root = makeTempTree(MIXED);
    const result = preprocessIn(root, ["in", "--out", "g.json"]);
    expect(result.code, result.stderr).toBe(0);
    const network = readNetwork(path.join(root, "g.json"));
    expect(validateNetworkFile(network)).toMatchObject({ errors: [], dropped: [] });
    expect(network.attributes.articles.map(({ id, published, source }) => [id, published, source])).toEqual([
      ["exports/scraper#1", "2024-03-05", "The Coastal Ledger"],
      ["exports/wire#2", "2022-02-13", "Port Weekly"],
      ["exports/wire#4", "2022-02-15", "Ledger, The"],
      ["harbour", "2024-03-05", "The Coastal Ledger"],
      ["pages/port", "2024-03-05", "The Coastal Ledger"],
    ]);
    expect(result.stderr).toBe(
      "preprocess: warning: in/exports/scraper.jsonl line 2: has no text; skipped\n" +
        "preprocess: warning: in/exports/wire.csv row 3: has no text; skipped\n",
    );
    expect(result.stdout).toMatch(
      /^preprocess: 5 articles \(2 skipped: 1 line of in\/exports\/scraper\.jsonl, 1 row of in\/exports\/wire\.csv\) -> /,
    );
  });

  it("stops on a bad row with --strict, naming it, and writes nothing", () => {
    const root = makeTempTree(MIXED);
    const result = preprocessIn(root, ["in", "--out", "g.json", "--strict"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("preprocess: in/exports/wire.csv row 3: has no text\n");
    expect(listing(root)).toEqual(["in"]);
  });

  it("reads other column names with --columns", () => {
    const root = makeTempTree({ "in/a.csv": `story,day\n"${article("gas")}",2022-02-13\n` });
    const without = preprocessIn(root, ["in", "--out", "g.json"]);
    expect(without.stderr).toContain(
      "in/a.csv: has no text column (its columns: story, day; expected one of text, content, maintext, body, article, full_text); name it with --columns text=COLUMN; skipped",
    );
    const result = preprocessIn(root, ["in", "--out", "g.json", "--columns", "text=story,date=day"]);
    expect(result.code, result.stderr).toBe(0);
    expect(readNetwork(path.join(root, "g.json")).attributes.articles[0]).toMatchObject({
      id: "a#2",
      published: "2022-02-13",
    });
  });
});

describe("size limits", () => {
  it("refuses a 1 GB export unread, naming the limit, and reads the rest", () => {
    const root = makeTempTree({ "in/a.txt": article("gas"), "in/archive.csv": "" });
    fs.truncateSync(path.join(root, "in/archive.csv"), 1024 ** 3); // sparse: no disk, no time
    const started = performance.now();
    const result = preprocessIn(root, ["in", "--out", "g.json"]);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      "preprocess: warning: in/archive.csv: is 1024 MB, over the limit of 200 MB for an export (raise it with --max-export-mb); skipped\n",
    );
    expect(readNetwork(path.join(root, "g.json")).attributes.articles.map((a) => a.id)).toEqual(["a"]);
  });

  it("applies --max-export-mb to exports and --max-article-mb to one-article files", () => {
    const rows = `text\n"${article("gas")}"\n`.padEnd(700_000, " ");
    const root = makeTempTree({ "in/a.txt": article("gas").padEnd(700_000, " "), "in/b.csv": rows });
    const result = preprocessIn(root, ["in", "--out", "g.json", "--max-export-mb", "0.5"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      "in/b.csv: is 0.7 MB, over the limit of 0.5 MB for an export (raise it with --max-export-mb)",
    );
    expect(readNetwork(path.join(root, "g.json")).attributes.articles.map((a) => a.id)).toEqual(["a"]);
  });

  it.each([
    {
      args: ["--max-export-mb", "0"],
      message: '--max-export-mb takes a number above 0, at most 500 (got "0")',
    },
    {
      args: ["--max-export-mb", "600"],
      message: '--max-export-mb takes a number above 0, at most 500 (got "600")',
    },
    { args: ["--columns", "body=story"], message: '--columns: "body=story" names no field of an article' },
  ])("refuses $args as a usage error", ({ args, message }) => {
    const root = makeTempTree({ "in/a.txt": article("gas") });
    const result = preprocessIn(root, ["in", ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });
});

describe("the newsnet command", () => {
  it("is package.json's bin, and runs preprocess", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as {
      bin: Record<string, string>;
    };
    expect(pkg.bin).toEqual({ newsnet: "bin/newsnet.js" });
    const out = path.join(makeTempTree(), "graph.json");
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [pkg.bin.newsnet!, ...args], {
        cwd: REPO_ROOT,
        encoding: "utf8",
        env: { ...process.env, CI: "true" },
      });
    const result = run("preprocess", "seeds", "--out", out);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^preprocess: 5 articles -> /);
    expect(validateNetworkFile(readNetwork(out)).errors).toEqual([]);
    expect(run("--help").stdout).toMatch(/^Usage: newsnet COMMAND/);
    const unknown = run("frobnicate");
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^newsnet: unknown command "frobnicate"/);
  });
});
