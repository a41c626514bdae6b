import { ACTOR_KINDS, type ActorKind, type RelationStatus, type RelationType } from "../../schema";
import type { ExplorerGraph } from "../data/build-graph";
import { countCodes, countCodesWhere } from "../data/relation-codes";
import type { VisibilityIndex } from "../data/visibility";

/** Per filter value, how many items it has now (in the window, through every filter) and in all. */
export interface FilterCounts {
  types: Record<RelationType, number>;
  statuses: Record<RelationStatus, number>;
  kinds: Record<ActorKind, number>;
}

/**
 * The sidebar's "shown of total" counts. An actor counts as shown when the status bar counts it:
 * shown with at least one shown relation. The totals are the file's, as the CLI's summary counts them.
 */
export function createFilterCounts(
  graph: ExplorerGraph,
  visibility: VisibilityIndex,
): { totals: FilterCounts; shown(): FilterCounts } {
  const kindCodes = Uint8Array.from(visibility.topology.nodeKeys, (key) =>
    // An unknown kind (-1) wraps to 255, which no count lists.
    ACTOR_KINDS.indexOf(graph.getNodeAttribute(key, "kind")),
  );
  return {
    totals: {
      types: visibility.countByType(),
      statuses: visibility.countByStatus(),
      kinds: countCodes(kindCodes, ACTOR_KINDS),
    },
    shown: () => ({
      types: visibility.countShownByType(),
      statuses: visibility.countShownByStatus(),
      kinds: countCodesWhere(kindCodes, visibility.nodeActive, ACTOR_KINDS),
    }),
  };
}
