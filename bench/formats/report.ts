import type { Machine } from "../report";
import type { FormatResult, FormatsReport } from "./measure";

const integer = (value: number) => Math.round(value).toLocaleString("en-US");
const fixed = (digits: number) => (value: number) =>
  value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

type Column = [
  heading: string,
  cell: (result: FormatResult, report: FormatsReport, txt: FormatResult) => string,
];

const perArticle = (result: FormatResult) => result.read / Math.max(result.articles, 1);

const COLUMNS: Column[] = [
  ["format", (r) => r.format],
  ["articles", (r) => integer(r.articles)],
  ["MB", (r) => fixed(1)(r.bytes / 2 ** 20)],
  ["read (s)", (r) => fixed(2)(r.read)],
  ["read articles/s", (r) => integer(r.articles / r.read)],
  ["MB/s", (r) => fixed(1)(r.bytes / 2 ** 20 / r.read)],
  ["read time ÷ .txt's", (r, _report, txt) => `${fixed(1)(perArticle(r) / perArticle(txt))}x`],
  ["end to end articles/s, 1 thread", (r, report) => integer(1 / (perArticle(r) + report.extractPerArticle))],
  [
    "read share of end to end",
    (r, report) => `${fixed(1)((100 * perArticle(r)) / (perArticle(r) + report.extractPerArticle))}%`,
  ],
  ["same articles as .txt", (r) => `${integer(r.sameAsText)} / ${integer(r.articles)}`],
];

/** The table `npm run bench:formats` prints: one row per format, figures and ratios side by side. */
export function formatFormatsReport(report: FormatsReport, machine?: Machine): string {
  const txt = report.formats.find((result) => result.format === "txt") ?? report.formats[0]!;
  const rows = [
    COLUMNS.map(([heading]) => heading),
    ...report.formats.map((result) => COLUMNS.map(([, cell]) => cell(result, report, txt))),
  ];
  const widths = COLUMNS.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const lines = rows.map((row) =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join("  "),
  );
  return (
    [
      `newsnet input formats benchmark, ${report.date}, corpus seed ${report.seed}, ${integer(report.articles)} articles`,
      ...(machine
        ? [
            `machine: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, load average ${machine.loadAverage} at start`,
          ]
        : []),
      `extraction alone, one thread: ${fixed(1)(report.extractPerArticle * 1000)} ms per article (over ${integer(report.extractSample)} articles; the same for every format)`,
      "",
      ...lines,
    ].join("\n") + "\n"
  );
}
