import { el } from "../dom";
import type { LoadOutcome } from "./load";
import { count } from "../count";

const SHOWN_DROPS = 20;

/**
 * Tells the reader what went wrong with the file (an alert), or what was left out of a file that
 * otherwise loaded (a notice that can be expanded). Returns its cleanup.
 */
export function mountLoadMessages(container: HTMLElement, outcome: LoadOutcome): () => void {
  let message: HTMLElement | null = null;
  if (!outcome.ok) {
    message = el(
      "div",
      { id: "load-error", className: "load-error", attrs: { role: "alert" } },
      el("h2", { textContent: "The network could not be loaded" }),
      el("p", { className: "load-error-message", textContent: outcome.message }),
      el("ul", {}, ...outcome.details.map((line) => el("li", { textContent: line }))),
    );
  } else if (outcome.dropped.length > 0) {
    const shown = outcome.dropped.slice(0, SHOWN_DROPS);
    const more = outcome.dropped.length - shown.length;
    message = el(
      "details",
      { id: "load-notice", className: "load-notice" },
      el("summary", {
        textContent: `${count(outcome.dropped.length, "item")} of ${outcome.name} ${outcome.dropped.length === 1 ? "was" : "were"} left out because ${outcome.dropped.length === 1 ? "it is" : "they are"} faulty.`,
      }),
      el(
        "ul",
        {},
        ...shown.map((line) => el("li", { textContent: line })),
        more > 0 ? el("li", { textContent: `… and ${more} more` }) : null,
      ),
    );
  }
  if (message) container.append(message);
  return () => message?.remove();
}
