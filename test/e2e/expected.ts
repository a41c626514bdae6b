import type { ActorNetworkFile } from "../../src/schema";

/**
 * What the status bar should say, computed straight from the file (independently of the app),
 * for the default filters: relations dated inside [from, to] (ISO, inclusive) plus undated ones
 * when shown, and the actors taking part in them.
 */
export function expectedCounts(
  file: ActorNetworkFile,
  range: [string, string] | null,
  showUndated = true,
): { actors: number; edges: number } {
  const edges = file.edges.filter(({ attributes: { date } }) =>
    date === null ? showUndated : !range || (date >= range[0] && date <= range[1]),
  );
  const actors = new Set(edges.flatMap((edge) => [edge.source, edge.target]));
  return { actors: actors.size, edges: edges.length };
}
