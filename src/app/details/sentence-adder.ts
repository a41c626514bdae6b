import { RELATION_KINDS, type ArticleRecord, type RelationType } from "../../schema";
import type { ActorRef, Correction } from "../../corrections";
import { el } from "../dom";
import { ACTOR_NAMES_LIST } from "./correction-actions";

/** What the reader needs to add a relation: the actors by name, and where the correction goes. */
export interface SentenceAdder {
  findActor(name: string): ActorRef | null;
  record(correction: Correction): void;
}

/** The selection's offsets in the article's text, whitespace trimmed; null when it lies outside the text. */
export function selectedSpan(body: HTMLElement, text: string): [number, number] | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!body.contains(range.startContainer) || !body.contains(range.endContainer)) return null;
  const offset = (node: Node, at: number) => {
    const before = document.createRange();
    before.setStart(body, 0);
    before.setEnd(node, at);
    return before.toString().length;
  };
  let start = offset(range.startContainer, range.startOffset);
  let end = offset(range.endContainer, range.endOffset);
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return start < end ? [start, end] : null;
}

/**
 * The reader's form for a relation the extractor missed: select its sentence in the text, name
 * the two actors and the type. The selection is remembered as it is made, since pressing the
 * button may clear it.
 */
export function sentenceAdderForm(
  article: ArticleRecord,
  body: HTMLElement,
  adder: SentenceAdder,
): HTMLElement {
  let span: [number, number] | null = null;
  const chosen = el("p", {
    className: "muted added-sentence",
    textContent: "Select a sentence in the text below.",
  });
  const onSelection = () => {
    const next = selectedSpan(body, article.text);
    if (!next) return;
    span = next;
    chosen.textContent = `Sentence: “${article.text.slice(...span)}”`;
  };
  document.addEventListener("selectionchange", onSelection);
  const name = (label: string, className: string) =>
    el("input", { className, placeholder: label, attrs: { list: ACTOR_NAMES_LIST, "aria-label": label } });
  const source = name("Source actor", "add-source");
  const target = name("Target actor", "add-target");
  const type = el(
    "select",
    { className: "add-type", attrs: { "aria-label": "Type" } },
    ...RELATION_KINDS.map((k) => el("option", { value: k.type, textContent: k.label })),
  );
  const message = el("p", { className: "correct-message", attrs: { role: "alert" } });
  const add = () => {
    const from = adder.findActor(source.value);
    const to = adder.findActor(target.value);
    if (!span) message.textContent = "Select the sentence in the text first.";
    else if (!from || !to)
      message.textContent = `No actor is named “${!from ? source.value : target.value}”.`;
    else if (from.key === to.key) message.textContent = "Source and target are the same actor.";
    else {
      adder.record({
        op: "add-relation",
        source: from,
        target: to,
        type: type.value as RelationType,
        article: article.id,
        start: span[0],
        end: span[1],
        sentence: article.text.slice(...span),
      });
      message.textContent = "Added.";
    }
  };
  const form = el(
    "details",
    { className: "correct add-relation" },
    el("summary", { textContent: "Add a relation from a sentence" }),
    chosen,
    el("div", { className: "correct-row" }, source, type, target),
    el("button", {
      type: "button",
      className: "add-relation-button",
      textContent: "Add relation",
      onclick: add,
    }),
    message,
  );
  // Removed with the dialog: the listener goes with it.
  new MutationObserver((_, observer) => {
    if (!form.isConnected) {
      document.removeEventListener("selectionchange", onSelection);
      observer.disconnect();
    }
  }).observe(document.body, { childList: true });
  return form;
}
