/** An article's id: its path in the corpus without the extension ("2024/port-deal"), plus "#row" for a row. */
export function articleId(path: string, row?: number): string {
  const base = path.replace(/\.[^./]+$/, "");
  return row === undefined ? base : `${base}#${row}`;
}

/**
 * The text the pipeline reads when a format keeps the title apart from the body: the title as its
 * first line, then the body, as a `.txt` article is written. So the same article gives the same
 * text, and so the same actors and relations, whichever format it came in.
 */
export function textWithTitle(title: string | null, body: string): string {
  const text = body.trim();
  const heading = title?.trim() ?? "";
  if (heading === "" || text.startsWith(heading)) return `${text}\n`;
  return `${heading}\n\n${text}\n`;
}

/** What a plain text file says of its article besides the text: nothing (the manifest may). */
export const NOTHING_KNOWN = { title: null, published: null, source: null, url: null } as const;
