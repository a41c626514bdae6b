import { parseArgs } from "node:util";
import { CliError, EXIT } from "./errors";

export interface PreprocessArgs {
  /** The input folder, as the user typed it. */
  input: string;
  /** The output file, as the user typed it. */
  out: string;
  strict: boolean;
  /** A JSON list of extra known actors, as typed, or null. */
  actors: string | null;
  quiet: boolean;
  help: boolean;
  /** Articles larger than this many megabytes (MiB) are refused without being read. */
  maxArticleMb: number;
  /** Threads that extract articles; undefined picks one per CPU core. */
  workers: number | undefined;
}

export const DEFAULT_PREPROCESS_ARGS: PreprocessArgs = {
  input: "seeds",
  out: "public/graph.json",
  strict: false,
  actors: null,
  quiet: false,
  help: false,
  maxArticleMb: 20,
  workers: undefined,
};

export const PREPROCESS_USAGE = `Usage: npm run preprocess -- [INPUT_DIR] [options]

Turns a folder of news articles into an actor-network file for the explorer.

  INPUT_DIR          folder of .txt and .md articles (not recursive, hidden files ignored),
                     with an optional manifest.json; default: ${DEFAULT_PREPROCESS_ARGS.input}
  -o, --out FILE     where to write the network; default: ${DEFAULT_PREPROCESS_ARGS.out}
  --strict           make a bad article fatal instead of skipping it
  --actors FILE      a JSON list of known actors to add to the bundled ones:
                     [{ "label": "...", "kind": "person", "role": null, "aliases": ["..."] }]
  --max-article-mb N
                     refuse an article larger than N MB (MiB) without reading it;
                     default: ${DEFAULT_PREPROCESS_ARGS.maxArticleMb}
  --workers N        extract on N threads (a whole number, 1 or more); default: one per CPU core
  -q, --quiet        print only warnings and errors
  -h, --help         show this help

manifest.json: { "articles": [ { "file": "000_x.txt", "published": "2022-02-13",
                                 "source": "Vox", "url": "...", "title": "..." } ] }
Exit codes: 0 done, 1 bad input (nothing written), 2 bad command line, 70 internal error.
`;

/** Reads the command line; a mistake in it is a usage error (exit code 2). */
export function parsePreprocessArgs(argv: string[]): PreprocessArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: "string", short: "o" },
        strict: { type: "boolean" },
        actors: { type: "string" },
        "max-article-mb": { type: "string" },
        workers: { type: "string" },
        quiet: { type: "boolean", short: "q" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    // Node's messages run on ("... To specify a positional argument ..."): keep the first sentence.
    throw usageError((error instanceof Error ? error.message : String(error)).split(". ")[0] ?? "");
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) throw usageError(`expected one input folder, got ${positionals.length}`);
  for (const name of ["out", "actors"] as const)
    if (values[name] === "") throw usageError(`--${name} needs a file name`);
  const maxArticleMb = numberOption(
    values["max-article-mb"],
    "--max-article-mb",
    "a number above 0",
    (n) => n > 0,
  );
  const workers = numberOption(
    values.workers,
    "--workers",
    "a whole number, 1 or more",
    (n) => Number.isInteger(n) && n >= 1,
  );
  return {
    ...DEFAULT_PREPROCESS_ARGS,
    ...(positionals[0] !== undefined && { input: positionals[0] }),
    ...(values.out !== undefined && { out: values.out }),
    ...(values.actors !== undefined && { actors: values.actors }),
    strict: values.strict === true,
    quiet: values.quiet === true,
    help: values.help === true,
    ...(maxArticleMb !== undefined && { maxArticleMb }),
    ...(workers !== undefined && { workers }),
  };
}

/** A numeric option's value, or undefined when it is not given; anything else is a usage error. */
function numberOption(
  value: string | undefined,
  name: string,
  expected: string,
  accepts: (n: number) => boolean,
): number | undefined {
  if (value === undefined) return undefined;
  const number = value.trim() === "" ? NaN : Number(value);
  if (!Number.isFinite(number) || !accepts(number))
    throw usageError(`${name} takes ${expected} (got ${JSON.stringify(value)})`);
  return number;
}

function usageError(problem: string): CliError {
  return new CliError(`${problem.replace(/\.$/, "")} (see --help)`, EXIT.usage);
}
