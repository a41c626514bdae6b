import type { Listing, Prf, Share } from "./figures";
import type { EvaluationReport } from "./score";

/** The report as a plain-text table followed by the lists a developer works from. */

const figure = (value: number | null) => (value === null ? "—" : value.toFixed(3));
const percent = (share: Share) =>
  share.rate === null ? "—" : `${share.correct}/${share.total} (${(share.rate * 100).toFixed(1)}%)`;

function row(name: string, score: Prf): string {
  const counts = [score.gold, score.predicted, score.tp].map((n) => String(n).padStart(6));
  const shares = [score.precision, score.recall, score.f1].map((v) => figure(v).padStart(10));
  return `  ${name.padEnd(12)}${counts.join("")}${shares.join("")}`;
}

function section(title: string, overall: Prf, parts: Record<string, Prf>): string[] {
  const header = `${title.padEnd(14)}${["gold", "pred", "tp"].map((h) => h.padStart(6)).join("")}${[
    "precision",
    "recall",
    "F1",
  ]
    .map((h) => h.padStart(10))
    .join("")}`;
  return [header, row("all", overall), ...Object.entries(parts).map(([name, score]) => row(name, score))];
}

/** A titled list: "Missed actors: 3", then one item a line. */
export function formatListing(title: string, listing: Listing): string[] {
  if (listing.total === 0) return [`${title}: none`];
  const shown = listing.items.length < listing.total ? ` (first ${listing.items.length})` : "";
  return [`${title}: ${listing.total}${shown}`, ...listing.items.map((item) => `  - ${item}`)];
}

export function formatReport(report: EvaluationReport): string {
  return [
    ...section("Actors", report.actors.overall, report.actors.byKind),
    "",
    ...section("Edges", report.edges.overall, report.edges.byType),
    "",
    `Date accuracy (matched edges with the gold date): ${percent(report.edges.dateAccuracy)}`,
    `Kind agreement (matched actors with the gold kind): ${percent(report.actors.kindAgreement)}`,
    "",
    ...formatListing("Missed actors", report.missedActors),
    ...formatListing("False-positive actors", report.extraActors),
    ...formatListing("Missed edges", report.missedEdges),
    ...formatListing("False-positive edges", report.extraEdges),
    ...formatListing("Matched edges with a wrong date", report.wrongDates),
  ].join("\n");
}
