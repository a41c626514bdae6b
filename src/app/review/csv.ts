import { COLUMNS, COLUMN_LABELS, type RelationRow } from "./rows";

/** A CSV cell: quoted when it holds a comma, quote or line break; a leading = + - @ is defused for spreadsheets. */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The rows the table shows, as RFC 4180 CSV with a header row and the relation's key first. */
export function rowsToCsv(rows: readonly RelationRow[]): string {
  const header = ["key", ...COLUMNS.map((column) => COLUMN_LABELS[column]), "Review"];
  const lines = [header.map(cell).join(",")];
  for (const row of rows)
    lines.push([row.edge, ...COLUMNS.map((c) => row[c]), row.review].map(cell).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
