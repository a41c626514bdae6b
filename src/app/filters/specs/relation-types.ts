import { RELATION_KIND_OF, RELATION_KINDS, RELATION_TYPES, type RelationType } from "../../../schema";
import { checklist } from "../checklist";
import type { FilterSpec } from "../filter-spec";
import { listCaption, listInUrl } from "../list-filter";

export interface RelationTypesState {
  edgeTypes: RelationType[];
}

/** Relation types (calls, statements, citations), each with its shown-of-total count. */
export const relationTypesFilter: FilterSpec<RelationTypesState> = {
  name: "relation-types",
  defaults: { edgeTypes: [...RELATION_TYPES] },
  url: listInUrl("edgeTypes", "types", RELATION_TYPES),
  visibility: {
    relation({ edgeTypes }) {
      if (edgeTypes.length === RELATION_TYPES.length) return null;
      return ({ type }) => edgeTypes.includes(type);
    },
  },
  control({ visibility, get, set }) {
    const totals = visibility.countByType();
    const list = checklist(
      "Relations",
      RELATION_KINDS.map(({ type, label, color, description }) => ({
        value: type,
        label,
        total: totals[type],
        swatch: { color, mark: "line" as const },
        title: description,
      })),
      get().edgeTypes,
      (edgeTypes) => set({ edgeTypes }),
    );
    return {
      element: list.element,
      show: ({ edgeTypes }) => list.set(edgeTypes),
      recount: () => list.setShown(visibility.countShownByType()),
    };
  },
  caption: ({ edgeTypes }) =>
    listCaption("Relation types", edgeTypes, RELATION_TYPES, (t) => RELATION_KIND_OF[t].label),
};
