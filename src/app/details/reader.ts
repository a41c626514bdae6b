import type { ArticleRecord } from "../../schema";
import { el } from "../dom";
import { sentenceAdderForm, type SentenceAdder } from "./sentence-adder";

export interface Evidence {
  sentence: string;
  start: number;
  end: number;
}

/** Where the evidence lies in the text: the offsets when they agree with the sentence, else a search. */
export function locate(text: string, evidence: Evidence | null): [number, number] | null {
  if (!evidence || !evidence.sentence) return null;
  if (text.slice(evidence.start, evidence.end) === evidence.sentence) return [evidence.start, evidence.end];
  const at = text.indexOf(evidence.sentence);
  return at >= 0 ? [at, at + evidence.sentence.length] : null;
}

/**
 * The article reader: a modal dialog with the full text, the evidence sentence marked and
 * scrolled into view. Returns a function that closes it.
 */
export function openReader(
  article: ArticleRecord,
  evidence: Evidence | null,
  adder?: SentenceAdder,
): () => void {
  const span = locate(article.text, evidence);
  const body = el("div", { className: "article-text" });
  if (span) {
    const mark = el("mark", { id: "reader-highlight", textContent: article.text.slice(span[0], span[1]) });
    body.append(article.text.slice(0, span[0]), mark, article.text.slice(span[1]));
  } else body.append(article.text);
  const meta = [article.source, article.published].filter(Boolean).join(" · ");
  const close = el("button", { type: "button", className: "reader-close", textContent: "Close" });
  const dialog = el(
    "dialog",
    { className: "reader", id: "article-reader", attrs: { "aria-labelledby": "reader-title" } },
    el("header", {}, el("h2", { id: "reader-title", textContent: article.title || article.id }), close),
    meta ? el("p", { className: "reader-meta", textContent: meta }) : null,
    evidence && !span
      ? el("p", { className: "notice", textContent: "The evidence sentence was not found in this text." })
      : null,
    article.url && /^https?:\/\//.test(article.url)
      ? el(
          "p",
          {},
          el("a", {
            href: article.url,
            target: "_blank",
            rel: "noopener noreferrer",
            textContent: "Original article",
          }),
        )
      : null,
    adder ? sentenceAdderForm(article, body, adder) : null,
    body,
  );
  const dismiss = () => {
    if (dialog.open) dialog.close();
    dialog.remove();
  };
  close.addEventListener("click", dismiss);
  dialog.addEventListener("close", () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  close.focus();
  dialog.querySelector("mark")?.scrollIntoView({ block: "center" });
  return dismiss;
}
