// Scores a network file against a hand-annotated gold standard, in either of two formats: the flat
// one of test/gold (see test/gold/README.md) or the per-article one of the dev corpus, scored as
// its score.mjs does (`--json` prints the same object).
// Usage: npm run evaluate -- GOLD.json [--graph public/graph.json] [--json] [--limit 20]
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import {
  articleId,
  evaluate,
  evaluateArticleGold,
  formatArticleGoldReport,
  formatReport,
  readAnyGold,
  readScoredGraph,
  type ArticleGold,
  type GoldStandard,
} from "../evaluate";
import { validateNetworkFile } from "../schema";
import { CliError, EXIT, describeFsError } from "./errors";

const USAGE = "usage: npm run evaluate -- GOLD.json [--graph public/graph.json] [--json] [--limit 20]";

interface Output {
  graphPath: string;
  json: boolean;
  limit: number;
}

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

/** Scoring the wrong network file shows as low figures; say so up front instead. */
function warnOfAbsentArticles(
  graphPath: string,
  goldArticles: string[],
  graphArticles: string[] | null,
): void {
  if (graphArticles === null) return;
  const known = new Set(graphArticles);
  const absent = [...new Set(goldArticles)].filter((id) => !known.has(id));
  if (absent.length > 0)
    console.warn(
      `evaluate: ${graphPath} lacks ${absent.length} article(s) of the gold: ${absent.join(", ")}`,
    );
}

function scoreFlat(gold: GoldStandard, graph: unknown, { graphPath, json, limit }: Output): string {
  const validated = validateNetworkFile(graph);
  if (!validated.file)
    throw new CliError(`${graphPath}: not a usable network file: ${validated.errors.join("; ")}`);
  for (const item of validated.dropped) console.warn(`evaluate: ${graphPath}: left out ${item}`);
  const articles = validated.file.attributes.articles.map((article) => article.id);
  warnOfAbsentArticles(
    graphPath,
    gold.edges.map((edge) => edge.article),
    articles,
  );
  const report = evaluate(gold, validated.file, { limit });
  return json ? JSON.stringify(report, null, 2) : formatReport(report);
}

/** Reads the network loosely, as score.mjs does, so that the figures agree for any graphology file. */
function scorePerArticle(gold: ArticleGold, graph: unknown, { graphPath, json, limit }: Output): string {
  const read = readScoredGraph(graph);
  if (!read.graph) throw new CliError(`${graphPath}: not a usable network file: ${read.errors.join("; ")}`);
  const articles = gold.articles.map((article) => articleId(article.file));
  warnOfAbsentArticles(graphPath, articles, read.graph.articleIds);
  const report = evaluateArticleGold(gold, read.graph, { limit });
  return json ? JSON.stringify(report.figures) : formatArticleGoldReport(report);
}

function main(argv: string[]): void {
  const { values, positionals } = parseCommandLine(argv);
  if (values.help) return void console.log(USAGE);
  const [goldPath] = positionals;
  if (goldPath === undefined || positionals.length > 1) throw new CliError(USAGE, EXIT.usage);
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 0)
    throw new CliError(`--limit must be a whole number (got "${values.limit}")`, EXIT.usage);

  const parsed = readAnyGold(readJson(goldPath, "gold standard"));
  if (!parsed.gold)
    throw new CliError(`${goldPath}: not a usable gold standard:\n  ${parsed.errors.join("\n  ")}`);
  const output: Output = { graphPath: values.graph, json: values.json, limit };
  const graph = readJson(output.graphPath, "network file", " (run npm run preprocess first?)");
  console.log(
    parsed.gold.format === "flat"
      ? scoreFlat(parsed.gold.gold, graph, output)
      : scorePerArticle(parsed.gold.gold, graph, output),
  );
}

try {
  main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof CliError)) throw error;
  console.error(`evaluate: ${error.message}`);
  process.exit(error.exitCode);
}
