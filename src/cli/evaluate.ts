// Scores a network file against a hand-annotated gold standard (see test/gold/README.md).
// Usage: npm run evaluate -- GOLD.json [--graph public/graph.json] [--json] [--limit 20]
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { evaluate, formatReport, parseGold } from "../evaluate";
import { validateNetworkFile } from "../schema";
import { CliError, EXIT, describeFsError } from "./errors";

const USAGE = "usage: npm run evaluate -- GOLD.json [--graph public/graph.json] [--json] [--limit 20]";

function readJson(path: string, what: string, hint = ""): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new CliError(`${path}: cannot read the ${what}: ${describeFsError(error)}${hint}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${path}: the ${what} is not valid JSON (${(error as Error).message})`);
  }
}

function parseCommandLine(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        graph: { type: "string", default: "public/graph.json" },
        json: { type: "boolean", default: false },
        limit: { type: "string", default: "20" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n${USAGE}`, EXIT.usage);
  }
}

function main(argv: string[]): void {
  const { values, positionals } = parseCommandLine(argv);
  if (values.help) return void console.log(USAGE);
  const [goldPath] = positionals;
  if (goldPath === undefined || positionals.length > 1) throw new CliError(USAGE, EXIT.usage);
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 0)
    throw new CliError(`--limit must be a whole number (got "${values.limit}")`, EXIT.usage);

  const parsed = parseGold(readJson(goldPath, "gold standard"));
  if (!parsed.gold)
    throw new CliError(`${goldPath}: not a usable gold standard:\n  ${parsed.errors.join("\n  ")}`);
  const graphPath = values.graph;
  const validated = validateNetworkFile(
    readJson(graphPath, "network file", " (run npm run preprocess first?)"),
  );
  if (!validated.file)
    throw new CliError(`${graphPath}: not a usable network file: ${validated.errors.join("; ")}`);
  for (const item of validated.dropped) console.warn(`evaluate: ${graphPath}: left out ${item}`);
  const known = new Set(validated.file.attributes.articles.map((article) => article.id));
  const absent = [...new Set(parsed.gold.edges.map((edge) => edge.article))].filter((id) => !known.has(id));
  if (absent.length > 0)
    console.warn(
      `evaluate: ${graphPath} lacks ${absent.length} article(s) of the gold: ${absent.join(", ")}`,
    );

  const report = evaluate(parsed.gold, validated.file, { limit });
  console.log(values.json ? JSON.stringify(report, null, 2) : formatReport(report));
}

try {
  main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof CliError)) throw error;
  console.error(`evaluate: ${error.message}`);
  process.exit(error.exitCode);
}
