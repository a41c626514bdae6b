import { whereOf, type Skipped } from "../../sources/article-source";
import { count } from "../count";
import { el } from "../dom";
import type { BuildOutcome } from "./build-messages";

/** Lines listed before "… and N more": enough to see the pattern, few enough to read. */
const SHOWN_LINES = 20;

/** A list that opens on demand: its summary line, then at most SHOWN_LINES of its lines. */
function expandable(id: string, summary: string, lines: readonly string[]): HTMLElement {
  const more = lines.length - SHOWN_LINES;
  return el(
    "details",
    { id, className: "load-notice" },
    el("summary", { textContent: summary }),
    el(
      "ul",
      {},
      ...lines.slice(0, SHOWN_LINES).map((line) => el("li", { textContent: line })),
      more > 0 ? el("li", { textContent: `… and ${more} more` }) : null,
    ),
  );
}

const skippedLines = (skipped: readonly Skipped[]) =>
  skipped.map((item) => `${whereOf(item)}: ${item.problem}`);

/**
 * What a drop did, under the toolbar: how many articles it added, and what it skipped, each item
 * with its file (and row) and the reason; or why nothing could be built. Text only: file names and
 * rows come from the user's files. `actions` (Save network) follow the line. Returns its cleanup.
 */
export function mountBuildSummary(
  container: HTMLElement,
  outcome: BuildOutcome,
  actions: readonly HTMLElement[] = [],
): () => void {
  const parts: HTMLElement[] = [];
  if (!outcome.ok)
    parts.push(
      el(
        "div",
        { id: "build-error", className: "load-error", attrs: { role: "alert" } },
        el("h2", { textContent: "No network was built from these files" }),
        el("p", { className: "load-error-message", textContent: outcome.message }),
        el(
          "ul",
          {},
          ...skippedLines(outcome.skipped)
            .slice(0, SHOWN_LINES)
            .map((line) => el("li", { textContent: line })),
        ),
      ),
    );
  else {
    const { network, added, articles, skipped } = outcome;
    parts.push(
      el(
        "p",
        {
          id: "build-summary",
          className: "build-summary",
          attrs: { role: "status" },
          dataset: { added: String(added), articles: String(articles), skipped: String(skipped.length) },
          textContent:
            (added === articles
              ? `Built the network from ${count(articles, "article")}: `
              : `Added ${count(added, "article")}: the network now has ${count(articles, "article")}, `) +
            `${count(network.nodes.length, "actor")} and ${count(network.relations.count, "relation")}` +
            (skipped.length ? `; ${count(skipped.length, "file or row", "files or rows")} skipped.` : "."),
        },
        ...actions,
      ),
    );
    if (skipped.length)
      parts.push(
        expandable("build-skipped", `${count(skipped.length, "item")} skipped`, skippedLines(skipped)),
      );
    if (outcome.warnings.length)
      parts.push(expandable("build-warnings", count(outcome.warnings.length, "note"), outcome.warnings));
  }
  container.append(...parts);
  return () => parts.forEach((part) => part.remove());
}
