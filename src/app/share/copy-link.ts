import { el } from "../dom";
import { addressOf } from "../state/url";
import type { ViewStore } from "../state/store";

/** How long the button says what happened before it reads "Copy link" again. */
const FEEDBACK_MS = 1500;

/**
 * "Copy link": puts the address of the view as it is now on the clipboard. Built from the store,
 * not read from the address bar, which follows the view a moment later. The link is also in
 * `data-link`, for a person whose browser refuses the clipboard (and for tests).
 */
export function mountCopyLink(container: HTMLElement, deps: { store: ViewStore }): () => void {
  const button = el("button", {
    type: "button",
    className: "copy-link",
    textContent: "Copy link",
    title: "Copy a link to this view: the time window, filters, selection and viewpoint",
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const say = (text: string) => {
    button.textContent = text;
    clearTimeout(timer);
    timer = setTimeout(() => (button.textContent = "Copy link"), FEEDBACK_MS);
  };
  const copy = async () => {
    const link = new URL(addressOf(deps.store.get()), location.href).href;
    button.dataset.link = link;
    try {
      await navigator.clipboard.writeText(link);
      say("Copied");
    } catch {
      // The clipboard needs permission or a secure page; the link can still be copied by hand.
      button.title = link;
      say("Copy failed: see the address bar");
    }
  };
  const onClick = () => void copy();
  button.addEventListener("click", onClick);
  container.append(button);
  return () => {
    clearTimeout(timer);
    button.removeEventListener("click", onClick);
    button.remove();
  };
}
