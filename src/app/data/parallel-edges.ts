import { DEFAULT_EDGE_CURVATURE } from "@sigma/edge-curve";

/** The two actors a relation joins, in the file's order. */
export interface Ends {
  source: string;
  target: string;
}

/** Curvature that keeps n parallel edges apart without letting the outer ones balloon (sigma storybook). */
export function curvatureOf(index: number, maxIndex: number): number {
  if (maxIndex <= 0) return 0;
  if (index < 0) return -curvatureOf(-index, maxIndex);
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_EDGE_CURVATURE;
  return (maxCurvature * index) / maxIndex;
}

/**
 * Per relation, the curvature that draws it apart from the other relations between the same two
 * actors: 0 for a lone relation. The places follow @sigma/edge-curve's `indexParallelEdgesIndex`
 * (same-direction relations fan out around the straight line; when both directions occur, each
 * direction bends to its own side), computed in one pass over the file's relations with numeric
 * pair keys instead of that helper's string keys and attribute writes: at a million relations
 * this is a few hundred milliseconds instead of about five seconds.
 */
export function parallelCurvatures(edges: readonly Ends[]): Float64Array {
  const actorIds = new Map<string, number>();
  const idOf = (key: string) => {
    let id = actorIds.get(key);
    if (id === undefined) actorIds.set(key, (id = actorIds.size));
    return id;
  };
  const ends = edges.map(({ source, target }) => [idOf(source), idOf(target)] as const);
  const count = actorIds.size;
  const directedKey = ([s, t]: readonly [number, number]) => s * count + t;
  const undirectedKey = ([s, t]: readonly [number, number]) => Math.min(s, t) * count + Math.max(s, t);
  const sameDirection = new Map<number, number[]>();
  const eitherDirection = new Map<number, number>();
  ends.forEach((pair, e) => {
    const key = directedKey(pair);
    const group = sameDirection.get(key);
    if (group) group.push(e);
    else sameDirection.set(key, [e]);
    const pairKey = undirectedKey(pair);
    eitherDirection.set(pairKey, (eitherDirection.get(pairKey) ?? 0) + 1);
  });
  const curvatures = new Float64Array(edges.length);
  for (const group of sameDirection.values()) {
    const directed = group.length;
    const undirected = eitherDirection.get(undirectedKey(ends[group[0]!]!))!;
    if (directed === 1 && undirected === 1) continue;
    const half = (directed - 1) / 2;
    group.forEach((e, i) => {
      curvatures[e] = directed === undirected ? curvatureOf(i - half, half) : curvatureOf(i + 1, directed);
    });
  }
  return curvatures;
}
