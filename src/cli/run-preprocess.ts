import path from "node:path";
import { applyCorrections, describeSkipped } from "../corrections";
import { DEFAULT_KNOWN_ACTORS } from "../pipeline";
import { validateNetworkFile } from "../schema";
import { whereOf } from "../sources/article-source";
import { parsePreprocessArgs, PREPROCESS_USAGE } from "./args";
import { writeFileAtomic } from "./atomic-write";
import { CliError, describeFsError, EXIT } from "./errors";
import { readExtraActors } from "./extra-actors";
import type { CliIo } from "./io";
import { listArticleFiles } from "./list-files";
import { readManifest } from "./manifest";
import { readCorrectionsFile } from "./read-corrections";
import { buildNetworkInParallel } from "./parallel-extract";
import { createProgress } from "./progress";
import { withManifest } from "../sources/manifest";
import { readArticles } from "./read-articles";
import { sourceOptionsOf } from "./source-options";
import { formatSummary } from "./summary";

const PREFIX = "preprocess: ";

/** The whole `preprocess` command, without spawning: returns the exit code. */
export function runPreprocess(argv: string[], io: CliIo): number {
  try {
    return preprocess(argv, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`${PREFIX}${error.message}\n`);
      return error.exitCode;
    }
    io.stderr(`${PREFIX}internal error, nothing written: ${error instanceof Error ? error.stack : error}\n`);
    return EXIT.internal;
  }
}

function preprocess(argv: string[], io: CliIo): number {
  const started = io.now();
  const args = parsePreprocessArgs(argv);
  if (args.help) {
    io.stdout(PREPROCESS_USAGE);
    return EXIT.ok;
  }
  const warn = (message: string) => io.stderr(`${PREFIX}warning: ${message}\n`);
  const dir = path.resolve(io.cwd, args.input);

  const files = listArticleFiles(dir, args.input);
  const manifest = readManifest(dir, args.input, files);
  const extraActors = args.actors ? readExtraActors(path.resolve(io.cwd, args.actors), args.actors) : [];
  const corrections = args.corrections
    ? readCorrectionsFile(path.resolve(io.cwd, args.corrections), args.corrections)
    : [];

  const read = readArticles(dir, args.input, files, sourceOptionsOf(args));
  const bad = read.skipped;
  if (args.strict && bad.length > 0) {
    for (const skipped of bad) io.stderr(`${PREFIX}${whereOf(skipped)}: ${skipped.problem}\n`);
    throw new CliError(`stopped by --strict: ${bad.length} bad article(s), nothing written`);
  }
  for (const skipped of bad) warn(`${whereOf(skipped)}: ${skipped.problem}; skipped`);
  for (const warning of read.warnings) warn(warning);
  if (read.articles.length === 0)
    throw new CliError(`${args.input}: no usable article (all ${bad.length} skipped), nothing written`);

  const inputs = withManifest(read.articles, manifest);
  const progress = createProgress(io, inputs.length, args.quiet);
  let result;
  try {
    result = buildNetworkInParallel(inputs, {
      knownActors: [...DEFAULT_KNOWN_ACTORS, ...extraActors],
      onProgress: progress.update,
      ...(args.workers !== undefined && { workers: args.workers }),
    });
  } finally {
    progress.finish();
  }
  for (const warning of result.warnings) warn(warning);
  // The fixes made in the explorer, replayed on the network as built from the folder now.
  const corrected = applyCorrections(result.network, corrections);
  for (const skipped of corrected.skipped) warn(`${args.corrections}: ${describeSkipped(skipped)}; skipped`);
  const network = corrected.network;

  const { errors, dropped } = validateNetworkFile(network);
  if (errors.length > 0 || dropped.length > 0)
    throw new CliError(
      `internal error: the pipeline made an invalid network, nothing written: ${[...errors, ...dropped].join("; ")}`,
      EXIT.internal,
    );
  try {
    writeFileAtomic(path.resolve(io.cwd, args.out), `${JSON.stringify(network)}\n`);
  } catch (error) {
    throw new CliError(`${args.out}: cannot write: ${describeFsError(error)}`);
  }
  if (!args.quiet)
    io.stdout(
      `${formatSummary({ network, skipped: bad, milliseconds: io.now() - started, out: args.out })}\n`,
    );
  return EXIT.ok;
}
