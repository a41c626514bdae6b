import {
  RELATION_STATUS_KINDS,
  RELATION_STATUSES,
  STATUS_KIND_OF,
  type RelationStatus,
} from "../../../schema";
import { NEUTRAL_COLORS } from "../../theme";
import { checklist } from "../checklist";
import type { FilterSpec } from "../filter-spec";
import { listCaption, listInUrl } from "../list-filter";

export interface RelationStatusesState {
  /** Relations whose status is one of these are shown (a relation without one is "held"). */
  edgeStatuses: RelationStatus[];
}

/** Relation statuses (held, planned…), offered where the network has more than one. */
export const relationStatusesFilter: FilterSpec<RelationStatusesState> = {
  name: "relation-statuses",
  defaults: { edgeStatuses: [...RELATION_STATUSES] },
  url: listInUrl("edgeStatuses", "statuses", RELATION_STATUSES),
  visibility: {
    relation({ edgeStatuses }) {
      if (edgeStatuses.length === RELATION_STATUSES.length) return null;
      return ({ status }) => edgeStatuses.includes(status);
    },
  },
  control({ visibility, get, set }) {
    const totals = visibility.countByStatus();
    const list = checklist(
      "Status",
      RELATION_STATUS_KINDS.map(({ status, label, description, dash }) => ({
        value: status,
        label,
        total: totals[status],
        swatch: { color: NEUTRAL_COLORS.muted, mark: "line" as const, dash },
        title: description,
      })),
      get().edgeStatuses,
      (edgeStatuses) => set({ edgeStatuses }),
    );
    // A network whose relations all have the one status offers no choice, unless a link hid some.
    const offered =
      RELATION_STATUS_KINDS.filter(({ status }) => totals[status] > 0).length > 1 ||
      get().edgeStatuses.length < RELATION_STATUS_KINDS.length;
    list.element.hidden = !offered;
    return {
      element: list.element,
      show: ({ edgeStatuses }) => list.set(edgeStatuses),
      recount: () => list.setShown(visibility.countShownByStatus()),
    };
  },
  caption: ({ edgeStatuses }) =>
    listCaption("Relation statuses", edgeStatuses, RELATION_STATUSES, (s) => STATUS_KIND_OF[s].label),
};
