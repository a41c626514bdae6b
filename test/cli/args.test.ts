import { describe, expect, it } from "vitest";
import { DEFAULT_PREPROCESS_ARGS, parsePreprocessArgs } from "../../src/cli/args";
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
});
