import { BYTES_PER_MB, DEFAULT_SOURCE_OPTIONS, type SourceOptions } from "../sources/article-source";
import { parseColumnMapping } from "../sources/rows/columns";
import type { PreprocessArgs } from "./args";

/** How the command's options tell the formats to read: limits that name their option, the columns. */
export function sourceOptionsOf(args: PreprocessArgs): SourceOptions {
  const mapping = args.columns === null ? null : parseColumnMapping(args.columns);
  return {
    ...DEFAULT_SOURCE_OPTIONS,
    // args.ts has already refused a mapping that does not parse.
    ...(mapping?.ok && { columns: mapping.columns }),
    articleLimit: { bytes: args.maxArticleMb * BYTES_PER_MB, hint: "raise it with --max-article-mb" },
    exportLimit: { bytes: args.maxExportMb * BYTES_PER_MB, hint: "raise it with --max-export-mb" },
    columnsHint: "name it with --columns text=COLUMN",
  };
}
