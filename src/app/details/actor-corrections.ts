import { ACTOR_KINDS, type ActorKind } from "../../schema";
import { actorRef } from "../../corrections";
import type { ExplorerGraph } from "../data/build-graph";
import { el } from "../dom";
import { KIND_LABELS } from "../graph-view/palette";
import { ACTOR_NAMES_LIST, findActorByName, type CorrectionActions } from "./correction-actions";

/**
 * The actor's corrections, under its name where the reviewer reads its relations: rename, change
 * kind or role, merge another actor into it, remove it when it is not an actor.
 */
export function actorCorrections(
  node: string,
  graph: ExplorerGraph,
  actions: CorrectionActions,
): HTMLElement {
  const a = graph.getNodeAttributes(node);
  const self = actorRef({ key: node, label: a.label });
  const message = el("p", { className: "correct-message", attrs: { role: "alert" } });
  const name = el("input", { value: a.label, attrs: { "aria-label": "New name" } });
  const role = el("input", { value: a.role ?? "", placeholder: "role", attrs: { "aria-label": "Role" } });
  const kind = el(
    "select",
    { attrs: { "aria-label": "Kind" } },
    ...ACTOR_KINDS.map((k) =>
      el("option", { value: k, textContent: KIND_LABELS[k] ?? k, selected: k === a.kind }),
    ),
  );
  const other = el("input", {
    className: "merge-name",
    placeholder: "another actor's name",
    attrs: { list: ACTOR_NAMES_LIST, "aria-label": "Actor to merge into this one" },
  });
  const merge = () => {
    const key = findActorByName(graph, other.value);
    if (key === null || key === node) {
      message.textContent = key === node ? "That is this actor." : `No actor is named “${other.value}”.`;
      return;
    }
    const label = graph.getNodeAttribute(key, "label");
    actions.record({ op: "merge-actors", into: self, actors: [actorRef({ key, label })] });
  };
  const button = (text: string, className: string, onclick: () => void) =>
    el("button", { type: "button", className, textContent: text, onclick });
  return el(
    "details",
    { className: "correct correct-actor" },
    el("summary", { textContent: "Correct this actor" }),
    el(
      "div",
      { className: "correct-row" },
      name,
      button("Rename", "rename-actor", () => {
        if (name.value.trim() && name.value.trim() !== a.label)
          actions.record({ op: "rename-actor", actor: self, label: name.value.trim() });
      }),
    ),
    el(
      "div",
      { className: "correct-row" },
      kind,
      button("Set kind", "set-kind", () => {
        if (kind.value !== a.kind)
          actions.record({ op: "set-actor-kind", actor: self, kind: kind.value as ActorKind });
      }),
    ),
    el(
      "div",
      { className: "correct-row" },
      role,
      button("Set role", "set-role", () =>
        actions.record({ op: "set-actor-role", actor: self, role: role.value.trim() || null }),
      ),
    ),
    el("div", { className: "correct-row" }, other, button("Merge into this actor", "merge-actor", merge)),
    el(
      "div",
      { className: "correct-row" },
      button("Remove: not an actor", "remove-actor danger", () =>
        actions.record({ op: "remove-actor", actor: self }),
      ),
    ),
    message,
  );
}
