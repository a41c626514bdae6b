import type { ActorAttributes } from "../../schema";
import type { ExplorerGraph } from "../data/build-graph";
import type { Topology } from "../data/topology";
import { namedCommunities } from "../filters/communities";
import { FADED_NODE } from "../graph-view/palette";
import type { ColourMode, SizeMetric } from "../state/store";
import { ACTOR_KIND_COLORS } from "../theme";
import { colourCommunities, UNCONNECTED_COLOUR, type CommunityColour } from "./community-colours";

/**
 * How an actor is coloured and sized, as the view state chooses: by kind or by community; by the
 * file's size (relations) or by a metric's sizes, once computed. The node reducer asks it per actor.
 */
export interface ActorLook {
  colour(attributes: ActorAttributes): string;
  size(key: string, attributes: ActorAttributes): number;
}

export interface LookControl extends ActorLook {
  /** The named communities, largest first, with their colours (for the legend). */
  readonly communities: readonly CommunityColour[];
  setColourMode(mode: ColourMode): void;
  /** The metric the discs are sized by now (a chosen one may still be computing). */
  readonly sizedBy: SizeMetric;
  /** Sizes per actor in the topology's numbering, or null for the file's own sizes. */
  setSizes(sizes: Float32Array | null, metric: SizeMetric): void;
  onSized(listener: (metric: SizeMetric) => void): () => void;
}

export function createActorLook(graph: ExplorerGraph, topology: Topology, mode: ColourMode): LookControl {
  const communities = colourCommunities(namedCommunities(graph));
  const colourOf = new Map(communities.map(({ id, colour }) => [id, colour]));
  let colourMode = mode;
  let sizes: Float32Array | null = null;
  let sizedBy: SizeMetric = "relations";
  const listeners = new Set<(metric: SizeMetric) => void>();
  return {
    communities,
    colour(attributes) {
      if (colourMode === "kind") return ACTOR_KIND_COLORS[attributes.kind] ?? FADED_NODE;
      return (attributes.community !== undefined && colourOf.get(attributes.community)) || UNCONNECTED_COLOUR;
    },
    size(key, attributes) {
      const n = sizes ? topology.nodeIndex.get(key) : undefined;
      return n !== undefined && sizes ? sizes[n]! : (attributes.size ?? 4);
    },
    setColourMode: (next) => (colourMode = next),
    get sizedBy() {
      return sizedBy;
    },
    setSizes(next, metric) {
      [sizes, sizedBy] = [next, metric];
      for (const listener of listeners) listener(metric);
    },
    onSized(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
