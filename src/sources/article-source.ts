import type { ArticleInput } from "../pipeline";
import { DEFAULT_COLUMNS, type ColumnNames } from "./rows/columns";

/**
 * One file handed to a source: its bytes, where it sits in the corpus and how to name it to the
 * user. Plain data, so the CLI (from disk) and the browser (from a drop) hand over the same thing.
 */
export interface SourceFile {
  /** Its path inside the corpus, with "/" between folders: "2024/port-deal.html". Ids come from it. */
  path: string;
  /** How messages name it: the path as the user typed or dropped it ("in/2024/port-deal.html"). */
  shown: string;
  bytes: Uint8Array;
}

/** A file, or a row of one, that gave no article, and why. */
export interface Skipped {
  /** The file as messages name it: "in/export.csv". */
  file: string;
  /** Where in the file, for an export: "row 4", "line 7". */
  row?: string;
  problem: string;
}

/** "in/export.csv row 4", "in/page.html": a skipped item as messages name it. */
export const whereOf = ({ file, row }: Skipped): string => (row ? `${file} ${row}` : file);

export interface SourceResult {
  articles: ArticleInput[];
  skipped: Skipped[];
  /** Kept articles with something the user should know ("row 3: date ... is not a date"). */
  warnings: string[];
}

/** A size above which a file is refused unread, and how the user may raise it, for the message. */
export interface SizeLimit {
  bytes: number;
  /** "raise it with --max-export-mb". */
  hint: string;
}

export interface SourceOptions {
  /** The column (or JSON field) names that hold each field of an article, most likely first. */
  columns: ColumnNames;
  /** Files that hold one article (text, pages), and each row's text in an export. */
  articleLimit: SizeLimit;
  /** Files that hold many articles (CSV, JSON Lines). */
  exportLimit: SizeLimit;
  /** Added to "has no text column ...": how to name one (`--columns text=NAME` on the command line). */
  columnsHint: string;
}

export const BYTES_PER_MB = 1024 * 1024;

export const DEFAULT_SOURCE_OPTIONS: SourceOptions = {
  columns: DEFAULT_COLUMNS,
  articleLimit: { bytes: 20 * BYTES_PER_MB, hint: "" },
  exportLimit: { bytes: 200 * BYTES_PER_MB, hint: "" },
  columnsHint: "",
};

/**
 * An input format: which files it reads and how it turns one into articles. The CLI and the
 * browser read through the same list (sources.ts); adding a format is one more entry there.
 */
export interface ArticleSource {
  /** "saved web page", for messages and the README. */
  name: string;
  /** Lower-case file name endings it reads: [".html", ".htm"]. */
  extensions: readonly string[];
  /** "one" article per file, or "many" (an export): which size limit applies. */
  holds: "one" | "many";
  /** Never throws: what cannot be read is skipped, named with its file or row. */
  read: (file: SourceFile, options: SourceOptions) => SourceResult;
}
