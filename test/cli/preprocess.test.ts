import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateNetworkFile, type ActorNetworkFile } from "../../src/schema";
import { article, listing, makeTempTree, preprocessIn, REPO_ROOT } from "./helpers";

const readNetwork = (file: string) => JSON.parse(fs.readFileSync(file, "utf8")) as ActorNetworkFile;

describe("a bad article among good ones", () => {
  const files = { "in/a.txt": article("gas"), "in/b.txt": "   \n", "in/c.md": article("grain") };

  it("is reported and skipped, and the summary says so", () => {
    const root = makeTempTree(files);
    const result = preprocessIn(root, ["in", "--out", "graph.json"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("preprocess: warning: in/b.txt: is empty (only whitespace); skipped\n");
    expect(result.stdout).toMatch(/^preprocess: 2 articles \(1 skipped: in\/b\.txt\) -> /);
    expect(readNetwork(path.join(root, "graph.json")).attributes.articles.map((a) => a.id)).toEqual([
      "a",
      "c",
    ]);
  });

  it("is fatal with --strict", () => {
    const root = makeTempTree(files);
    const result = preprocessIn(root, ["in", "--out", "graph.json", "--strict"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("preprocess: in/b.txt: is empty (only whitespace)\n");
    expect(result.stderr).toContain("stopped by --strict");
    expect(listing(root)).toEqual(["in"]);
  });
});

describe("the input folder", () => {
  it("gives articles in path order, ids without extension, reading subfolders, ignoring other and hidden files", () => {
    const root = makeTempTree({
      "in/b.md": article("grain"),
      "in/a.TXT": article("gas"),
      "in/10.txt": article("ports"),
      "in/.draft.txt": article("draft"),
      "in/.hidden/g.txt": article("hidden folder"),
      "in/notes.json": "{}",
      "in/sub/d.txt": article("deep"),
      "in/sub/deeper/h.md": article("deeper"),
      "in/e.txt/f.txt": article("a folder named like an article"),
    });
    expect(preprocessIn(root, ["in", "--out", "g.json"]).code).toBe(0);
    expect(readNetwork(path.join(root, "g.json")).attributes.articles.map((a) => a.id)).toEqual([
      "10",
      "a",
      "b",
      "e.txt/f",
      "sub/d",
      "sub/deeper/h",
    ]);
  });

  it("reads UTF-8 with a byte-order mark and Windows line ends as plain text", () => {
    const root = makeTempTree({ "in/a.txt": "\uFEFFKyiv talks\r\n\r\nZelensky spoke.\r\n" });
    expect(preprocessIn(root, ["in", "--out", "g.json"]).code).toBe(0);
    expect(readNetwork(path.join(root, "g.json")).attributes.articles[0]?.text).toBe(
      "Kyiv talks\n\nZelensky spoke.\n",
    );
  });
});

describe("the manifest", () => {
  it("passes published, source, url and title into the file's articles", () => {
    const root = makeTempTree({
      "in/a.txt": article("gas"),
      "in/b.txt": article("grain"),
      "in/manifest.json": JSON.stringify({
        articles: [
          {
            file: "a.txt",
            published: "2022-02-13",
            source: "Vox",
            url: "https://example.org/a",
            title: "Gas talks",
            extra: "ignored",
          },
          { file: "b.txt", published: null, source: null, url: null, title: null },
        ],
      }),
    });
    expect(preprocessIn(root, ["in", "--out", "g.json"]).code).toBe(0);
    const [a, b] = readNetwork(path.join(root, "g.json")).attributes.articles;
    expect(a).toMatchObject({
      id: "a",
      published: "2022-02-13",
      publishedSource: "manifest",
      source: "Vox",
      url: "https://example.org/a",
      title: "Gas talks",
    });
    expect(b).toMatchObject({ id: "b", source: null, url: null, title: "grain" });
  });

  it("is optional, and may leave articles out", () => {
    const root = makeTempTree({
      "in/a.txt": article("gas"),
      "in/b.txt": article("grain"),
      "in/manifest.json": JSON.stringify({ articles: [{ file: "b.txt", source: "Vox" }] }),
    });
    expect(preprocessIn(root, ["in", "--out", "g.json"]).code).toBe(0);
    const [a, b] = readNetwork(path.join(root, "g.json")).attributes.articles;
    expect(a).toMatchObject({ id: "a", source: null });
    expect(b).toMatchObject({ id: "b", source: "Vox" });
  });
});

describe("the output", () => {
  it("goes into a new nested folder, as compact JSON with a final newline, and validates", () => {
    const root = makeTempTree({ "in/a.txt": article("gas") });
    const result = preprocessIn(root, ["in", "--out", "deep/er/graph.json"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/ -> deep\/er\/graph\.json\n$/);
    const text = fs.readFileSync(path.join(root, "deep/er/graph.json"), "utf8");
    expect(text).toBe(`${JSON.stringify(JSON.parse(text))}\n`);
    const { errors, dropped } = validateNetworkFile(JSON.parse(text));
    expect({ errors, dropped }).toEqual({ errors: [], dropped: [] });
    expect(listing(path.join(root, "deep/er"))).toEqual(["graph.json"]);
  });

  it("replaces an earlier file", () => {
    const root = makeTempTree({ "in/a.txt": article("gas"), "g.json": "old" });
    expect(preprocessIn(root, ["in", "--out", "g.json"]).code).toBe(0);
    expect(readNetwork(path.join(root, "g.json")).attributes.articles).toHaveLength(1);
    expect(listing(root)).toEqual(["g.json", "in"]);
  });

  it("is byte-identical from run to run on a copy of the seeds", () => {
    const root = makeTempTree();
    fs.cpSync(path.join(REPO_ROOT, "seeds"), path.join(root, "seeds"), { recursive: true });
    expect(preprocessIn(root, ["seeds", "--out", "one.json"]).code).toBe(0);
    expect(preprocessIn(root, ["--quiet", "--out", "two.json", "seeds"]).code).toBe(0);
    const one = fs.readFileSync(path.join(root, "one.json"));
    expect(one.equals(fs.readFileSync(path.join(root, "two.json")))).toBe(true);
    expect(readNetwork(path.join(root, "one.json")).attributes.articles).toHaveLength(5);
  });

  it("defaults to seeds/ and public/graph.json", () => {
    const root = makeTempTree({ "seeds/a.txt": article("gas") });
    const result = preprocessIn(root, []);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/ -> public\/graph\.json\n$/);
    expect(fs.existsSync(path.join(root, "public/graph.json"))).toBe(true);
  });
});

describe("what is printed", () => {
  const root = makeTempTree({ "in/a.txt": article("gas") });

  it.each([
    {
      argv: ["in", "--out", "g.json"],
      stdout:
        /^preprocess: 1 article -> \d+ actors? \(.*\), \d+ edges? \(.*\), \d+ undated, in 0\.0 s -> g\.json\n$/,
    },
    { argv: ["in", "--out", "g.json", "--quiet"], stdout: /^$/ },
    { argv: ["in", "-q", "-o", "g.json"], stdout: /^$/ },
    { argv: ["--help"], stdout: /^Usage: newsnet preprocess \[INPUT_DIR\]/ },
    { argv: ["-h", "--frobnicate"], stdout: /^$/ },
  ])("$argv", ({ argv, stdout }) => {
    expect(preprocessIn(root, argv).stdout).toMatch(stdout);
  });

  it("prefixes the pipeline's warnings", () => {
    const result = preprocessIn(root, ["in", "--out", "g.json", "--quiet"]);
    for (const line of result.stderr.split("\n").filter(Boolean))
      expect(line).toMatch(/^preprocess: warning: /);
  });
});

describe("the progress bar", () => {
  const many = makeTempTree(
    Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`in/${i}.txt`, article(`t${i}`)])),
  );
  const few = makeTempTree(
    Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`in/${i}.txt`, article(`t${i}`)])),
  );

  it.each([
    { name: "is drawn on a terminal for many articles", root: many, tty: true, env: {}, argv: [], bar: true },
    {
      name: "is not drawn when stderr is not a terminal",
      root: many,
      tty: false,
      env: {},
      argv: [],
      bar: false,
    },
    { name: "is not drawn in CI", root: many, tty: true, env: { CI: "true" }, argv: [], bar: false },
    { name: "is drawn when CI is false", root: many, tty: true, env: { CI: "false" }, argv: [], bar: true },
    { name: "is not drawn with --quiet", root: many, tty: true, env: {}, argv: ["--quiet"], bar: false },
    { name: "is not drawn for 20 articles", root: few, tty: true, env: {}, argv: [], bar: false },
  ])("$name", ({ root, tty, env, argv, bar }) => {
    const result = preprocessIn(root, ["in", "--out", "g.json", ...argv], { stderrIsTTY: tty, env });
    expect(result.code).toBe(0);
    expect(result.stderr.includes("\rpreprocess: [")).toBe(bar);
    if (bar) expect(result.stderr).toContain("] 25/25 articles\r\x1b[K");
  });
});
