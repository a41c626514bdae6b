/** Elements that start a paragraph of their own; everything else runs on inside one. */
const BLOCKS = new Set(
  (
    "address article aside blockquote dd details div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 " +
    "header hr li main nav ol p pre section summary table tbody td th thead tr ul"
  ).split(" "),
);

const ELEMENT = 1;
const TEXT = 3;

/**
 * The paragraphs of an article's HTML as plain text, one blank line between them, as a `.txt`
 * article is written: spaces collapsed (except in `<pre>`), `<br>` a line break.
 */
export function blockText(root: Element): string {
  const paragraphs: string[] = [];
  let current = "";
  const flush = () => {
    const paragraph = current
      .split("\n")
      .map((line) => line.trim())
      .join("\n")
      .trim();
    if (paragraph !== "") paragraphs.push(paragraph);
    current = "";
  };
  const walk = (node: Node, pre: boolean) => {
    if (node.nodeType === TEXT) {
      const text = node.textContent ?? "";
      current += pre ? text : text.replace(/\s+/g, " ");
      return;
    }
    if (node.nodeType !== ELEMENT) return;
    const tag = (node as Element).tagName.toLowerCase();
    if (tag === "br") {
      current += "\n";
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    for (const child of node.childNodes) walk(child, pre || tag === "pre");
    if (block) flush();
  };
  walk(root, false);
  flush();
  return paragraphs.join("\n\n");
}
