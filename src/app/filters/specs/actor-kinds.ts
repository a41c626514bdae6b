import { ACTOR_KINDS, type ActorKind } from "../../../schema";
import { countCodes, countCodesWhere } from "../../data/relation-codes";
import { KIND_LABELS } from "../../graph-view/palette";
import { ACTOR_KIND_COLORS } from "../../theme";
import { checklist } from "../checklist";
import type { FilterSpec } from "../filter-spec";
import { listCaption, listInUrl } from "../list-filter";

export interface ActorKindsState {
  actorKinds: ActorKind[];
}

/**
 * Actor kinds, each with its shown-of-total count. An actor counts as shown when the status bar
 * counts it: shown with at least one shown relation.
 */
export const actorKindsFilter: FilterSpec<ActorKindsState> = {
  name: "actor-kinds",
  defaults: { actorKinds: [...ACTOR_KINDS] },
  url: listInUrl("actorKinds", "kinds", ACTOR_KINDS),
  visibility: {
    actor({ actorKinds }) {
      const kinds = new Set(actorKinds);
      return ({ kind }) => kinds.has(kind);
    },
  },
  control({ graph, visibility, get, set }) {
    // An unknown kind (-1) wraps to 255, which no count lists.
    const codes = Uint8Array.from(visibility.topology.nodeKeys, (key) =>
      ACTOR_KINDS.indexOf(graph.getNodeAttribute(key, "kind")),
    );
    const totals = countCodes(codes, ACTOR_KINDS);
    const list = checklist(
      "Actors",
      ACTOR_KINDS.map((value) => ({
        value,
        label: KIND_LABELS[value],
        total: totals[value],
        swatch: { color: ACTOR_KIND_COLORS[value], mark: "dot" as const },
      })),
      get().actorKinds,
      (actorKinds) => set({ actorKinds }),
    );
    return {
      element: list.element,
      show: ({ actorKinds }) => list.set(actorKinds),
      recount: () => list.setShown(countCodesWhere(codes, visibility.nodeActive, ACTOR_KINDS)),
    };
  },
  caption: ({ actorKinds }) => listCaption("Actor kinds", actorKinds, ACTOR_KINDS, (k) => KIND_LABELS[k]),
};
