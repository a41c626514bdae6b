/** The optional file beside one-article files that gives their dates, outlets, addresses, titles. */
export const MANIFEST_NAME = "manifest.json";
