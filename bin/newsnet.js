#!/usr/bin/env node
// `npx newsnet preprocess DIR`: the commands run from their TypeScript sources through tsx, as
// `npm run preprocess` runs them, so there is no build step to forget.
import { register } from "tsx/esm/api";

register();
await import("../src/cli/newsnet.ts");
