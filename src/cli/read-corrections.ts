import { parseCorrections, type Correction } from "../corrections";
import { CliError } from "./errors";
import { readTextFile } from "./text-file";

/**
 * Reads the `--corrections` file (docs/corrections.md) before anything is built, so that a file that
 * is not JSON, of another version or with a bad entry stops the run with every fault named and
 * nothing written.
 */
export function readCorrectionsFile(file: string, shown: string): Correction[] {
  const read = readTextFile(file);
  if (!read.ok) throw new CliError(`${shown}: ${read.problem}`);
  const parsed = parseCorrections(read.text, shown);
  if (!parsed.ok) throw new CliError(`${parsed.errors.join("\n")}\nnothing written`);
  return parsed.corrections;
}
