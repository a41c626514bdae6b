import {
  RELATION_KINDS,
  RELATION_KIND_OF,
  RELATION_STATUSES,
  isIsoDate,
  statusOf,
  type RelationStatus,
  type RelationType,
} from "../../schema";
import { relationRef } from "../../corrections";
import type { ExplorerGraph } from "../data/build-graph";
import { el } from "../dom";
import type { CorrectionActions } from "./correction-actions";

/**
 * A relation's corrections, beside its evidence: confirm or reject it, reverse it, change its
 * type, status or date. Each button records one correction.
 */
export function relationCorrections(
  edge: string,
  graph: ExplorerGraph,
  actions: CorrectionActions,
): HTMLElement {
  const a = graph.getEdgeAttributes(edge);
  const node = (key: string) => ({ key, label: graph.getNodeAttribute(key, "label") });
  const relation = relationRef(a, node(graph.source(edge)), node(graph.target(edge)));
  const kind = RELATION_KIND_OF[a.type];
  const button = (text: string, className: string, onclick: () => void) =>
    el("button", { type: "button", className, textContent: text, onclick });
  const type = el(
    "select",
    { attrs: { "aria-label": "Type" } },
    ...RELATION_KINDS.map((k) =>
      el("option", { value: k.type, textContent: k.label, selected: k.type === a.type }),
    ),
  );
  const status = el(
    "select",
    { attrs: { "aria-label": "Status" } },
    ...RELATION_STATUSES.map((s) => el("option", { value: s, textContent: s, selected: s === statusOf(a) })),
  );
  const date = el("input", { type: "date", value: a.date ?? "", attrs: { "aria-label": "Date" } });
  return el(
    "div",
    { className: "correct correct-relation" },
    el(
      "div",
      { className: "correct-row" },
      button("Confirm", "confirm-relation", () => actions.record({ op: "confirm-relation", relation })),
      button("Reject", "reject-relation danger", () => actions.record({ op: "reject-relation", relation })),
      kind?.directed
        ? button("Reverse", "reverse-relation", () => actions.record({ op: "reverse-relation", relation }))
        : null,
    ),
    el(
      "details",
      {},
      el("summary", { textContent: "Change type, status or date" }),
      el(
        "div",
        { className: "correct-row" },
        type,
        button("Set type", "set-type", () => {
          if (type.value !== a.type)
            actions.record({ op: "set-relation-type", relation, type: type.value as RelationType });
        }),
      ),
      kind?.hasStatus
        ? el(
            "div",
            { className: "correct-row" },
            status,
            button("Set status", "set-status", () =>
              actions.record({ op: "set-relation-status", relation, status: status.value as RelationStatus }),
            ),
          )
        : null,
      el(
        "div",
        { className: "correct-row" },
        date,
        button("Set date", "set-date", () => {
          if (date.value === "" || isIsoDate(date.value))
            actions.record({ op: "set-relation-date", relation, date: date.value || null });
        }),
      ),
    ),
  );
}
