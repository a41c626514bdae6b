import { CORRECTIONS_FORMAT, CORRECTIONS_VERSION, type Correction } from "./format";
import { entryFault } from "./validate-entry";

export type ParsedCorrections = { ok: true; corrections: Correction[] } | { ok: false; errors: string[] };

const label = (entry: unknown) =>
  typeof entry === "object" && entry !== null && typeof (entry as { op?: unknown }).op === "string"
    ? ` (${(entry as { op: string }).op})`
    : "";

/**
 * Reads a corrections file. Any fault refuses the whole file, with one message per fault naming
 * the file and the entry (numbered from 1), so that nothing half-read replaces what is loaded.
 */
export function parseCorrections(text: string, fileName: string): ParsedCorrections {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`${fileName}: is not JSON (${(error as Error).message})`] };
  }
  if (typeof json !== "object" || json === null || Array.isArray(json))
    return { ok: false, errors: [`${fileName}: is not a corrections file (expected a JSON object)`] };
  const file = json as Record<string, unknown>;
  if (file.format !== CORRECTIONS_FORMAT)
    return {
      ok: false,
      errors: [`${fileName}: is not a corrections file ("format" is not "${CORRECTIONS_FORMAT}")`],
    };
  if (file.version !== CORRECTIONS_VERSION)
    return {
      ok: false,
      errors: [
        `${fileName}: version ${JSON.stringify(file.version)} is not supported (this version of Newsnet reads version ${CORRECTIONS_VERSION})`,
      ],
    };
  if (!Array.isArray(file.corrections))
    return { ok: false, errors: [`${fileName}: has no "corrections" list`] };
  const errors: string[] = [];
  file.corrections.forEach((entry: unknown, i: number) => {
    const fault = entryFault(entry);
    if (fault) errors.push(`${fileName}: entry ${i + 1}${label(entry)}: ${fault}`);
  });
  return errors.length ? { ok: false, errors } : { ok: true, corrections: file.corrections as Correction[] };
}
