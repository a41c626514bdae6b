import { ACTOR_KINDS, RELATION_KINDS, RELATION_STATUS_KINDS } from "../../schema";
import type { ExplorerGraph } from "../data/build-graph";
import type { VisibilityIndex } from "../data/visibility";
import { FILTER_KEYS, type ViewState, type ViewStore } from "../state/store";
import { el } from "../dom";
import { KIND_LABELS } from "../graph-view/palette";
import { ACTOR_KIND_COLORS, NEUTRAL_COLORS } from "../theme";
import { checklist } from "./checklist";
import { summariseCommunities } from "./communities";
import { createFilterCounts } from "./shown-counts";

/**
 * Relation types, statuses (where the network has more than one), actor kinds (each with "shown of
 * total" for the current window and filters), minimum degree, community and isolated actors.
 */
export function mountFilters(
  container: HTMLElement,
  deps: {
    graph: ExplorerGraph;
    store: ViewStore;
    visibility: VisibilityIndex;
  },
): () => void {
  const { graph, store, visibility } = deps;
  const state = store.get();
  const counts = createFilterCounts(graph, visibility);
  const { types: typeCounts, statuses: statusCounts, kinds: kindCounts } = counts.totals;
  const types = checklist(
    "Relations",
    RELATION_KINDS.map(({ type, label, color, description }) => ({
      value: type,
      label,
      total: typeCounts[type],
      swatch: { color, mark: "line" as const },
      title: description,
    })),
    state.edgeTypes,
    (edgeTypes) => store.set({ edgeTypes }),
  );
  // A network whose relations all have the one status offers no choice, unless a link hid some.
  const offerStatuses =
    RELATION_STATUS_KINDS.filter(({ status }) => statusCounts[status] > 0).length > 1 ||
    state.edgeStatuses.length < RELATION_STATUS_KINDS.length;
  const statuses = checklist(
    "Status",
    RELATION_STATUS_KINDS.map(({ status, label, description, dash }) => ({
      value: status,
      label,
      total: statusCounts[status],
      swatch: { color: NEUTRAL_COLORS.muted, mark: "line" as const, dash },
      title: description,
    })),
    state.edgeStatuses,
    (edgeStatuses) => store.set({ edgeStatuses }),
  );
  const kinds = checklist(
    "Actors",
    ACTOR_KINDS.map((value) => ({
      value,
      label: KIND_LABELS[value],
      total: kindCounts[value],
      swatch: { color: ACTOR_KIND_COLORS[value], mark: "dot" as const },
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
    offerStatuses ? statuses.element : null,
    kinds.element,
    el("label", { className: "field", htmlFor: "min-degree" }, "Minimum relations per actor"),
    minDegree,
    el("label", { className: "field", htmlFor: "community" }, "Community"),
    community,
    el("label", { className: "field", htmlFor: "isolated" }, "Actors without visible relations"),
    isolated,
  );
  container.append(panel);
  const showCounts = () => {
    const shown = counts.shown();
    types.setShown(shown.types);
    statuses.setShown(shown.statuses);
    kinds.setShown(shown.kinds);
  };
  showCounts();
  // Only the controls whose keys changed: the store changes on every time step, and writing a
  // form control's value costs style work even when the value is the same.
  const unsubscribe = store.subscribe((next, changed) => {
    if (changed.has("edgeTypes")) types.set(next.edgeTypes);
    if (changed.has("edgeStatuses")) statuses.set(next.edgeStatuses);
    if (changed.has("actorKinds")) kinds.set(next.actorKinds);
    if (changed.has("minDegree")) minDegree.value = String(next.minDegree);
    if (changed.has("community")) community.value = next.community === null ? "" : String(next.community);
    if (changed.has("isolated")) isolated.value = next.isolated;
    if (FILTER_KEYS.some((key) => changed.has(key))) showCounts();
  });
  return () => {
    unsubscribe();
    panel.remove();
  };
}
