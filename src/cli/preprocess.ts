// `npm run preprocess -- [INPUT_DIR] [--out FILE] [--strict] [--actors FILE] [--quiet]`
import { processIo } from "./io";
import { runPreprocess } from "./run-preprocess";

process.exitCode = runPreprocess(process.argv.slice(2), processIo());
