import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { article, listing, makeTempTree, preprocessIn } from "./helpers";

const EARLIER = "an earlier graph.json, which a failed run must leave alone\n";
const LATIN1 = Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x74, 0x61, 0x6c, 0x6b, 0x73, 0x0a]); // "Café talks" in Latin-1
const WITH_NUL = Uint8Array.from([0x54, 0x61, 0x6c, 0x6b, 0x73, 0x00, 0x00, 0x0a]);
const manifest = (articles: unknown) => JSON.stringify({ articles });

interface BadCase {
  name: string;
  /** Files of the temporary tree; the articles live in `in/`. */
  files: Record<string, string | Uint8Array>;
  /** Arguments after the usual `in --out out/graph.json`. */
  args?: string[];
  /** Replaces the usual arguments entirely (the default output, then `--out old/graph.json` first). */
  argv?: string[];
  code: number;
  message: string | RegExp;
}

const GOOD = { "in/a.txt": article("gas") };

const cases: BadCase[] = [
  // the folder
  { name: "a missing folder", files: {}, code: 1, message: "preprocess: in: no such folder" },
  {
    name: "a file instead of a folder",
    files: { in: "not a folder" },
    code: 1,
    message: "preprocess: in: is not a folder",
  },
  {
    name: "a folder without article files",
    files: { "in/notes.json": "{}", "in/photo.jpg": "x" },
    code: 1,
    message: "preprocess: in: no articles in this folder or below (.txt, .md, .html",
  },
  {
    name: "two articles with the same id",
    files: { "in/a.txt": article("gas"), "in/a.md": article("grain") },
    code: 1,
    message: 'preprocess: in/a.txt: has the same article id "a" as a.md; rename one of them',
  },
  {
    name: "an export with the same name as an article",
    files: { "in/a.txt": article("gas"), "in/a.csv": "text\nPutin spoke.\n" },
    code: 1,
    message: 'preprocess: in/a.txt: has the same article id "a" as a.csv',
  },
  // one bad article, made fatal by --strict
  ...(
    [
      ["not UTF-8", LATIN1, "in/b.txt: is not UTF-8 text"],
      ["with NUL bytes", WITH_NUL, "in/b.txt: is binary, not text (it contains NUL bytes)"],
      ["empty", " \n\t\n", "in/b.txt: is empty (only whitespace)"],
    ] as const
  ).map(([what, content, message]): BadCase => ({
    name: `an article ${what}, with --strict`,
    files: { ...GOOD, "in/b.txt": content },
    args: ["--strict"],
    code: 1,
    message: `preprocess: ${message}`,
  })),
  {
    name: "every article bad",
    files: { "in/a.txt": "", "in/b.md": LATIN1 },
    code: 1,
    message: "preprocess: in: no usable article (all 2 skipped)",
  },
  // the manifest: always fatal
  {
    name: "a manifest that is not JSON",
    files: { ...GOOD, "in/manifest.json": '{ "articles": [ { "file": "a.txt", } ] }' },
    code: 1,
    message: /^preprocess: in\/manifest\.json: is not valid JSON \(.*JSON.*\)$/m,
  },
  {
    name: "a manifest that is not UTF-8",
    files: { ...GOOD, "in/manifest.json": LATIN1 },
    code: 1,
    message: "preprocess: in/manifest.json: is not UTF-8 text",
  },
  {
    name: "a manifest without an articles list",
    files: { ...GOOD, "in/manifest.json": '[{ "file": "a.txt" }]' },
    code: 1,
    message: 'preprocess: in/manifest.json: should be an object with an "articles" list',
  },
  {
    name: "a manifest entry without a file",
    files: { ...GOOD, "in/manifest.json": manifest([{ published: "2022-02-13" }]) },
    code: 1,
    message: 'preprocess: in/manifest.json: article 0 has no "file" name',
  },
  {
    name: "a manifest naming a file not in the folder",
    files: { ...GOOD, "in/manifest.json": manifest([{ file: "a.txt" }, { file: "zz.txt" }]) },
    code: 1,
    message:
      'preprocess: in/manifest.json: names "zz.txt", which is not a one-article file (.txt, .md, .html, .htm, .xhtml) in in',
  },
  {
    name: "a manifest naming a file that is not an article",
    files: { ...GOOD, "in/photo.jpg": "x", "in/manifest.json": manifest([{ file: "photo.jpg" }]) },
    code: 1,
    message: 'preprocess: in/manifest.json: names "photo.jpg", which is not a one-article file',
  },
  {
    name: "a manifest naming an export",
    files: { ...GOOD, "in/x.csv": "text\nPutin spoke.\n", "in/manifest.json": manifest([{ file: "x.csv" }]) },
    code: 1,
    message: 'preprocess: in/manifest.json: names "x.csv", which is not a one-article file',
  },
  {
    name: "a manifest listing a file twice",
    files: { ...GOOD, "in/manifest.json": manifest([{ file: "a.txt" }, { file: "a.txt" }]) },
    code: 1,
    message: "preprocess: in/manifest.json: lists a.txt twice",
  },
  ...(
    [
      ["last week", '"published" of a.txt is not a date (got "last week")'],
      ["2022-02-30", '"published" of a.txt is not a date (got "2022-02-30")'],
      ["13/02/2022", '"published" of a.txt is not a date (got "13/02/2022")'],
      [20220213, '"published" of a.txt is not a date (got 20220213)'],
    ] as const
  ).map(([published, message]): BadCase => ({
    name: `a manifest date ${JSON.stringify(published)}`,
    files: { ...GOOD, "in/manifest.json": manifest([{ file: "a.txt", published }]) },
    code: 1,
    message: `preprocess: in/manifest.json: ${message}`,
  })),
  {
    name: "a manifest source that is not text",
    files: { ...GOOD, "in/manifest.json": manifest([{ file: "a.txt", source: 42 }]) },
    code: 1,
    message: 'preprocess: in/manifest.json: "source" of a.txt is not text (got 42)',
  },
  ...["..\\a.txt", "../in/a.txt", "..", "sub/../a.txt", "./a.txt", "/etc/passwd", "C:\\a.txt"].map(
    (file): BadCase => ({
      name: `a manifest path ${JSON.stringify(file)}`,
      files: { ...GOOD, "in/manifest.json": manifest([{ file }]) },
      code: 1,
      message: `preprocess: in/manifest.json: "file" ${JSON.stringify(file)} is refused: give its path inside this folder`,
    }),
  ),
  // --actors
  {
    name: "a missing --actors file",
    files: GOOD,
    args: ["--actors", "extra.json"],
    code: 1,
    message: "preprocess: extra.json: cannot be read: does not exist",
  },
  {
    name: "an --actors file that is not JSON",
    files: { ...GOOD, "extra.json": "[{ label: 'NATO' }]" },
    args: ["--actors", "extra.json"],
    code: 1,
    message: /^preprocess: extra\.json: is not valid JSON \(/m,
  },
  {
    name: "an --actors entry of an unknown kind",
    files: {
      ...GOOD,
      "extra.json": JSON.stringify([
        { label: "NATO", kind: "organization" },
        { label: "Kyiv", kind: "city" },
      ]),
    },
    args: ["--actors", "extra.json"],
    code: 1,
    message: 'preprocess: extra.json: actor 1 has an unknown "kind" "city"',
  },
  {
    name: 'an --actors entry whose "partOf" is not text',
    files: {
      ...GOOD,
      "extra.json": JSON.stringify([{ label: "Maritime Commission", kind: "organization", partOf: 7 }]),
    },
    args: ["--actors", "extra.json"],
    code: 1,
    message: 'preprocess: extra.json: actor 0 has a "partOf" that is not text',
  },
  // the command line: usage errors
  {
    name: "an unknown option",
    files: GOOD,
    argv: ["in", "--frobnicate"],
    code: 2,
    message: "'--frobnicate'",
  },
  {
    name: "two input folders",
    files: GOOD,
    argv: ["in", "in"],
    code: 2,
    message: "expected one input folder",
  },
  { name: "--out without a file", files: GOOD, argv: ["in", "--out"], code: 2, message: "--out" },
  {
    name: "an empty --out",
    files: GOOD,
    argv: ["in", "--out", ""],
    code: 2,
    message: "--out needs a file name",
  },
];

describe("preprocess refuses bad input, names the file and the problem, and writes nothing", () => {
  it.each(cases)("$name", ({ files, args = [], argv, code, message }) => {
    const root = makeTempTree({ ...files, "old/graph.json": EARLIER });
    const fresh = preprocessIn(root, argv ?? ["in", "--out", "out/graph.json", ...args]);
    expect(fresh.code).toBe(code);
    if (typeof message === "string") expect(fresh.stderr).toContain(message);
    else expect(fresh.stderr).toMatch(message);
    expect(fresh.stdout).toBe("");
    expect(fs.existsSync(path.join(root, "out"))).toBe(false);
    expect(fs.existsSync(path.join(root, "public"))).toBe(false); // the default output

    const again = preprocessIn(
      root,
      argv ? ["--out", "old/graph.json", ...argv] : ["in", "--out", "old/graph.json", ...args],
    );
    expect(again.code).toBe(code);
    expect(fs.readFileSync(path.join(root, "old/graph.json"), "utf8")).toBe(EARLIER);
    expect(listing(path.join(root, "old"))).toEqual(["graph.json"]);
  });
});

describe("an output that cannot be written", () => {
  it("is an input error and leaves no temporary file", () => {
    const root = makeTempTree({ ...GOOD, "out/graph.json/keep": "a folder where the file should go" });
    const result = preprocessIn(root, ["in", "--out", "out/graph.json"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("preprocess: out/graph.json: cannot write");
    expect(listing(path.join(root, "out"))).toEqual(["graph.json"]);
  });
});
