// `npm run preprocess -- [INPUT_DIR] [options]`, the same as `newsnet preprocess` (see args.ts)
import { processIo } from "./io";
import { runPreprocess } from "./run-preprocess";

process.exitCode = runPreprocess(process.argv.slice(2), processIo());
