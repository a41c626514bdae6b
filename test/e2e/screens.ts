import { join } from "node:path";
import { ROOT } from "./build";

/** The window sizes the explorer is checked at, from the smallest it supports to a large screen. */
export const SCREEN_SIZES = [
  { width: 1024, height: 640 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
];

/** Where screenshots a person should look at are saved: the README and the docs show them. */
export const DOCS = join(ROOT, "docs");
