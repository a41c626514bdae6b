import { describe, expect, it } from "vitest";
import { DEFAULT_PREPROCESS_ARGS, parsePreprocessArgs, PREPROCESS_USAGE } from "../../src/cli/args";
import { CliError } from "../../src/cli/errors";

describe("the preprocess command line", () => {
  it.each([
    { argv: [], args: {} },
    { argv: ["articles/"], args: { input: "articles/" } },
    { argv: ["--out", "x/g.json", "in"], args: { input: "in", out: "x/g.json" } },
    { argv: ["in", "-o", "g.json", "-q"], args: { input: "in", out: "g.json", quiet: true } },
    { argv: ["--out=g.json", "--strict"], args: { out: "g.json", strict: true } },
    { argv: ["--actors", "more.json"], args: { actors: "more.json" } },
    { argv: ["-h"], args: { help: true } },
    { argv: ["--", "--odd-folder-name"], args: { input: "--odd-folder-name" } },
    { argv: ["--max-article-mb", "50"], args: { maxArticleMb: 50 } },
    { argv: ["--max-article-mb=0.5"], args: { maxArticleMb: 0.5 } },
    { argv: ["--workers", "4"], args: { workers: 4 } },
    { argv: ["--workers=1", "in"], args: { workers: 1, input: "in" } },
  ])("reads $argv", ({ argv, args }) => {
    expect(parsePreprocessArgs(argv)).toEqual({ ...DEFAULT_PREPROCESS_ARGS, ...args });
  });

  it.each([
    { argv: ["--frobnicate"], message: "Unknown option '--frobnicate' (see --help)" },
    { argv: ["-x"], message: "Unknown option '-x' (see --help)" },
    { argv: ["a", "b"], message: "expected one input folder, got 2 (see --help)" },
    { argv: ["--out"], message: "argument missing" },
    { argv: ["--actors="], message: "--actors needs a file name (see --help)" },
    { argv: ["--strict=yes"], message: "does not take an argument" },
    {
      argv: ["--max-article-mb", "0"],
      message: '--max-article-mb takes a number above 0 (got "0") (see --help)',
    },
    { argv: ["--max-article-mb=-5"], message: '--max-article-mb takes a number above 0 (got "-5")' },
    { argv: ["--max-article-mb=lots"], message: '--max-article-mb takes a number above 0 (got "lots")' },
    { argv: ["--max-article-mb="], message: '--max-article-mb takes a number above 0 (got "")' },
    {
      argv: ["--max-article-mb", "Infinity"],
      message: '--max-article-mb takes a number above 0 (got "Infinity")',
    },
    { argv: ["--workers", "0"], message: '--workers takes a whole number, 1 or more (got "0") (see --help)' },
    { argv: ["--workers", "2.5"], message: '--workers takes a whole number, 1 or more (got "2.5")' },
    { argv: ["--workers=auto"], message: '--workers takes a whole number, 1 or more (got "auto")' },
    { argv: ["--workers"], message: "argument missing" },
  ])("refuses $argv with exit code 2", ({ argv, message }) => {
    const error = (() => {
      try {
        parsePreprocessArgs(argv);
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(2);
    expect((error as CliError).message).toContain(message);
  });

  it("documents the size limit and the threads in --help", () => {
    expect(PREPROCESS_USAGE).toMatch(
      /--max-article-mb N\n +refuse an article larger than N MB .*\n +default: 20\n/,
    );
    expect(PREPROCESS_USAGE).toContain("--workers N        extract on N threads");
  });
});
