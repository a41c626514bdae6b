import { DEFAULT_EDGE_CURVATURE } from "@sigma/edge-curve";

/** The two actors of every relation, as actor positions (0 to actorCount - 1), in the file's order. */
export interface RelationEnds {
  source: ArrayLike<number>;
  target: ArrayLike<number>;
  actorCount: number;
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
 * Relation positions ordered by (first, second) actor: two stable counting sorts, on the second
 * actor then on the first, so each pair's relations end up side by side in the file's order.
 */
function orderByPair(first: ArrayLike<number>, second: ArrayLike<number>, actorCount: number): Uint32Array {
  const byKey = (positions: Uint32Array, key: ArrayLike<number>) => {
    const starts = new Uint32Array(actorCount + 1);
    for (let i = 0; i < positions.length; i++) starts[key[positions[i]!]! + 1]!++;
    for (let k = 0; k < actorCount; k++) starts[k + 1]! += starts[k]!;
    const sorted = new Uint32Array(positions.length);
    for (let i = 0; i < positions.length; i++) sorted[starts[key[positions[i]!]!]!++] = positions[i]!;
    return sorted;
  };
  const identity = new Uint32Array(first.length);
  for (let e = 0; e < identity.length; e++) identity[e] = e;
  return byKey(byKey(identity, second), first);
}

/** Calls `group` with [from, to) for each run of `order` that joins the same two actors. */
function forEachPair(
  order: Uint32Array,
  first: ArrayLike<number>,
  second: ArrayLike<number>,
  group: (from: number, to: number) => void,
): void {
  let from = 0;
  const samePair = (a: number, b: number) => first[a] === first[b] && second[a] === second[b];
  for (let i = 1; i <= order.length; i++) {
    if (i < order.length && samePair(order[from]!, order[i]!)) continue;
    group(from, i);
    from = i;
  }
}

/**
 * Per relation, the curvature that draws it apart from the other relations between the same two
 * actors: 0 for a lone relation. The places follow @sigma/edge-curve's `indexParallelEdgesIndex`
 * (same-direction relations fan out around the straight line; when both directions occur, each
 * direction bends to its own side), computed from counting sorts of the relations by their
 * actors' positions instead of that helper's string keys and attribute writes: linear, with no
 * object per relation or pair. A million relations among 100,000 actors take 0.2 to 0.4 s in
 * Node, against 1.0 to 2.4 s with a map from pair to relations and about 5 s with the helper.
 */
export function parallelCurvatures({ source, target, actorCount }: RelationEnds): Float64Array {
  const count = source.length;
  const low = new Uint32Array(count);
  const high = new Uint32Array(count);
  for (let e = 0; e < count; e++) {
    low[e] = Math.min(source[e]!, target[e]!);
    high[e] = Math.max(source[e]!, target[e]!);
  }
  // How many relations join each relation's two actors, in either direction.
  const pairSize = new Uint32Array(count);
  const byUnorderedPair = orderByPair(low, high, actorCount);
  forEachPair(byUnorderedPair, low, high, (from, to) => {
    for (let i = from; i < to; i++) pairSize[byUnorderedPair[i]!] = to - from;
  });
  const curvatures = new Float64Array(count);
  const byDirectedPair = orderByPair(source, target, actorCount);
  forEachPair(byDirectedPair, source, target, (from, to) => {
    const directed = to - from;
    const undirected = pairSize[byDirectedPair[from]!]!;
    if (directed === 1 && undirected === 1) return;
    const half = (directed - 1) / 2;
    for (let i = 0; i < directed; i++)
      curvatures[byDirectedPair[from + i]!] =
        directed === undirected ? curvatureOf(i - half, half) : curvatureOf(i + 1, directed);
  });
  return curvatures;
}
