// `newsnet preprocess [DIR] [options]` and `newsnet evaluate GOLD.json [options]`: one command
// with the project's tools as subcommands (package.json's "bin").
import { processIo } from "./io";
import { EXIT } from "./errors";
import { runPreprocess } from "./run-preprocess";

const USAGE = `Usage: newsnet COMMAND [options]

  preprocess [DIR]   articles in DIR -> network file (newsnet preprocess --help)
  evaluate GOLD      score a network file against a gold standard (newsnet evaluate --help)
`;

const [command, ...rest] = process.argv.slice(2);
if (command === "preprocess") process.exitCode = runPreprocess(rest, processIo());
else if (command === "evaluate") {
  // evaluate.ts reads its arguments from process.argv when it loads.
  process.argv.splice(2, process.argv.length, ...rest);
  await import("./evaluate");
} else if (command === undefined || command === "--help" || command === "-h") process.stdout.write(USAGE);
else {
  process.stderr.write(`newsnet: unknown command ${JSON.stringify(command)}\n\n${USAGE}`);
  process.exitCode = EXIT.usage;
}
