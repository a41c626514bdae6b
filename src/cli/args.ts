import { parseArgs } from "node:util";
import { ARTICLE_FIELDS, DEFAULT_COLUMNS, parseColumnMapping } from "../sources/rows/columns";
import { CliError, EXIT } from "./errors";

export interface PreprocessArgs {
  /** The input folder, as the user typed it. */
  input: string;
  /** The output file, as the user typed it. */
  out: string;
  strict: boolean;
  /** A JSON list of extra known actors, as typed, or null. */
  actors: string | null;
  /** A corrections file to replay on the network (docs/corrections.md), as typed, or null. */
  corrections: string | null;
  quiet: boolean;
  help: boolean;
  /** Articles larger than this many megabytes (MiB) are refused without being read. */
  maxArticleMb: number;
  /** Exports (CSV, JSON Lines) larger than this many megabytes (MiB) are refused without being read. */
  maxExportMb: number;
  /** `--columns text=story,date=pub_time` as typed, or null. */
  columns: string | null;
  /** Threads that extract articles; undefined picks one per CPU core. */
  workers: number | undefined;
}

export const DEFAULT_PREPROCESS_ARGS: PreprocessArgs = {
  input: "seeds",
  out: "public/graph.json",
  strict: false,
  actors: null,
  corrections: null,
  quiet: false,
  help: false,
  maxArticleMb: 20,
  maxExportMb: 200,
  columns: null,
  workers: undefined,
};

/**
 * A file of one string is what the whole pipeline holds at once, and V8 refuses a string of more
 * than about 512 MiB: above this, an export cannot be read in one piece whatever the limit says.
 */
export const MAX_EXPORT_MB = 500;

/** "  title  title, headline": each field with the names looked for, from the one list. */
const COLUMN_LINES = ARTICLE_FIELDS.map(
  (field) => `${" ".repeat(23)}${field.padEnd(7)}${DEFAULT_COLUMNS[field].join(", ")}`,
).join("\n");

export const PREPROCESS_USAGE = `Usage: newsnet preprocess [INPUT_DIR] [options]
       npm run preprocess -- [INPUT_DIR] [options]

Turns a folder of news articles into an actor-network file for the explorer.

  INPUT_DIR          folder of articles, read with the folders below it (hidden ones ignored);
                     default: ${DEFAULT_PREPROCESS_ARGS.input}. Any mix of:
                       .txt .md        one article each, its first line the title
                       .html .htm      a saved web page: the article through Readability, its
                                       title, date, outlet and address from the page's meta tags
                       .csv .tsv       an export, one article per row, named in a header row
                       .jsonl .ndjson  an export, one JSON object per line
                     and an optional manifest.json for the one-article files
  -o, --out FILE     where to write the network; default: ${DEFAULT_PREPROCESS_ARGS.out}
  --columns MAP      which columns (or JSON fields) of an export hold what, as
                     text=story,date=pub_time,source=site.name; the usual names are found without:
${COLUMN_LINES}
  --strict           make a bad article (file or row) fatal instead of skipping it
  --actors FILE      a JSON list of known actors to add to the bundled ones:
                     [{ "label": "...", "kind": "person", "role": null, "aliases": ["..."] }]
  --corrections FILE replay the corrections made in the explorer (docs/corrections.md) on the
                     network; one whose actor or relation is gone is reported and skipped
  --max-article-mb N
                     refuse an article larger than N MB (MiB) without reading it;
                     default: ${DEFAULT_PREPROCESS_ARGS.maxArticleMb}
  --max-export-mb N  refuse a CSV or JSON Lines file larger than N MB (MiB) without reading it;
                     default: ${DEFAULT_PREPROCESS_ARGS.maxExportMb}, at most ${MAX_EXPORT_MB}
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
        corrections: { type: "string" },
        "max-article-mb": { type: "string" },
        "max-export-mb": { type: "string" },
        columns: { type: "string" },
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
  if (values.columns !== undefined) {
    const mapping = parseColumnMapping(values.columns);
    if (!mapping.ok) throw usageError(`--columns: ${mapping.problem}`);
  }
  for (const name of ["out", "actors", "corrections"] as const)
    if (values[name] === "") throw usageError(`--${name} needs a file name`);
  const maxArticleMb = numberOption(
    values["max-article-mb"],
    "--max-article-mb",
    "a number above 0",
    (n) => n > 0,
  );
  const maxExportMb = numberOption(
    values["max-export-mb"],
    "--max-export-mb",
    `a number above 0, at most ${MAX_EXPORT_MB}`,
    (n) => n > 0 && n <= MAX_EXPORT_MB,
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
    ...(values.corrections !== undefined && { corrections: values.corrections }),
    ...(values.columns !== undefined && { columns: values.columns }),
    strict: values.strict === true,
    quiet: values.quiet === true,
    help: values.help === true,
    ...(maxArticleMb !== undefined && { maxArticleMb }),
    ...(maxExportMb !== undefined && { maxExportMb }),
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
