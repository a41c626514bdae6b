import { ACTOR_KINDS, RELATION_TYPES, type ActorKind, type RelationType } from "../../schema";
import type { ExplorerGraph } from "../data/build-graph";
import type { ViewState, ViewStore } from "../state/store";
import { el } from "../dom";
import { KIND_LABELS, TYPE_LABELS } from "../graph-view/palette";
import { ACTOR_KIND_COLORS, EDGE_TYPE_COLORS } from "../theme";
import { checklist } from "./checklist";
import { summariseCommunities } from "./communities";

/** Relation types, actor kinds (with counts), minimum degree, community and isolated actors. */
export function mountFilters(
  container: HTMLElement,
  deps: { graph: ExplorerGraph; store: ViewStore; typeCounts: Record<RelationType, number> },
): () => void {
  const { graph, store, typeCounts } = deps;
  const state = store.get();
  const kindCount = (kind: ActorKind) => graph.filterNodes((_n, a) => a.kind === kind).length;
  const types = checklist(
    "Relations",
    RELATION_TYPES.map((value) => ({
      value,
      label: TYPE_LABELS[value],
      count: typeCounts[value],
      color: EDGE_TYPE_COLORS[value],
    })),
    state.edgeTypes,
    (edgeTypes) => store.set({ edgeTypes }),
  );
  const kinds = checklist(
    "Actors",
    ACTOR_KINDS.map((value) => ({
      value,
      label: KIND_LABELS[value],
      count: kindCount(value),
      color: ACTOR_KIND_COLORS[value],
    })),
    state.actorKinds,
    (actorKinds) => store.set({ actorKinds }),
  );
  const minDegree = el("input", {
    type: "number",
    id: "min-degree",
    min: "0",
    step: "1",
    value: String(state.minDegree),
  });
  minDegree.addEventListener("change", () =>
    store.set({ minDegree: Math.max(0, Math.floor(Number(minDegree.value) || 0)) }),
  );
  const community = el(
    "select",
    { id: "community" },
    el("option", { value: "", textContent: "All communities" }),
    ...summariseCommunities(graph).map(({ id, size, lead }) =>
      el("option", { value: String(id), textContent: size === 1 ? lead : `${lead} and others (${size})` }),
    ),
  );
  community.value = state.community === null ? "" : String(state.community);
  community.addEventListener("change", () =>
    store.set({ community: community.value === "" ? null : Number(community.value) }),
  );
  const isolated = el(
    "select",
    { id: "isolated" },
    el("option", { value: "fade", textContent: "Fade" }),
    el("option", { value: "hide", textContent: "Hide" }),
  );
  isolated.value = state.isolated;
  isolated.addEventListener("change", () => store.set({ isolated: isolated.value as ViewState["isolated"] }));
  const panel = el(
    "section",
    { className: "filters", attrs: { "aria-label": "Filters" } },
    types.element,
    kinds.element,
    el("label", { className: "field", htmlFor: "min-degree" }, "Minimum relations per actor"),
    minDegree,
    el("label", { className: "field", htmlFor: "community" }, "Community"),
    community,
    el("label", { className: "field", htmlFor: "isolated" }, "Actors without visible relations"),
    isolated,
  );
  container.append(panel);
  // Only the controls whose keys changed: the store changes on every time step, and writing a
  // form control's value costs style work even when the value is the same.
  const unsubscribe = store.subscribe((next, changed) => {
    if (changed.has("edgeTypes")) types.set(next.edgeTypes);
    if (changed.has("actorKinds")) kinds.set(next.actorKinds);
    if (changed.has("minDegree")) minDegree.value = String(next.minDegree);
    if (changed.has("community")) community.value = next.community === null ? "" : String(next.community);
    if (changed.has("isolated")) isolated.value = next.isolated;
  });
  return () => {
    unsubscribe();
    panel.remove();
  };
}
