import type { Attributes } from "graphology-types";
import type { NodeDisplayData } from "sigma/types";

type NodeReducer = (key: string, data: Attributes) => Partial<NodeDisplayData>;

/**
 * Which actors the node reducer hid, kept up to date from its own answers, so that a partial
 * refresh can tell which actors it hid or showed without asking sigma: `getNodeDisplayData`
 * copies the actor's display data, twice per actor and step, which made garbage and cost more
 * than the refresh itself at 10k actors.
 */
export interface HiddenActors {
  /** The reducer to give sigma: the same answers, recorded on the way. */
  watch(reducer: NodeReducer): NodeReducer;
  /** Runs `refresh` and returns the actors whose hidden flag it changed. */
  flippedDuring(refresh: () => void): string[];
}

export function createHiddenActors(): HiddenActors {
  const hidden = new Set<string>();
  let flipped: string[] | null = null;
  return {
    watch(reducer) {
      return (key, data) => {
        const display = reducer(key, data);
        const isHidden = display.hidden === true;
        if (isHidden === hidden.has(key)) return display;
        if (isHidden) hidden.add(key);
        else hidden.delete(key);
        flipped?.push(key);
        return display;
      };
    },
    flippedDuring(refresh) {
      const changes: string[] = [];
      flipped = changes;
      try {
        refresh();
      } finally {
        flipped = null;
      }
      return changes;
    },
  };
}
