import { el } from "../dom";
import type { LoadOutcome } from "./load";
import { count } from "../count";

const SHOWN_DROPS = 20;

/**
 * Tells the reader what went wrong with the file (an alert), or what was left out of a file that
 * otherwise loaded (a notice that can be expanded). Returns its cleanup.
 */
export function mountLoadMessages(
  container: HTMLElement,
  outcome: LoadOutcome,
  /** A network stays on screen: the message says so and can be closed. */
  keptNetwork = false,
): () => void {
  let message: HTMLElement | null = null;
  if (!outcome.ok) {
    const close = el("button", {
      type: "button",
      className: "load-error-close",
      textContent: "Close",
      onclick: () => message?.remove(),
    });
    message = el(
      "div",
      { id: "load-error", className: "load-error", attrs: { role: "alert" } },
      el("h2", {
        textContent: keptNetwork
          ? `${outcome.name} could not be opened; the network on screen is unchanged`
          : "The network could not be loaded",
      }),
      el("p", { className: "load-error-message", textContent: outcome.message }),
      el("ul", {}, ...outcome.details.map((line) => el("li", { textContent: line }))),
      keptNetwork ? close : null,
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
