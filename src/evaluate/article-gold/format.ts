import { formatListing } from "../format";
import type { ArticleGoldReport } from "./score";

/** The report as lines of figures, each with what it counts, followed by the lists a developer works from. */

const share = (value: number | null) => (value === null ? "—" : value.toFixed(3));

export function formatArticleGoldReport(report: ArticleGoldReport): string {
  const figures = report.figures;
  const byType = Object.entries(figures.edgeRecallByType).map(([type, counts]) => `${type} ${counts}`);
  const rows: [name: string, value: string, meaning: string][] = [
    ["actor recall", share(figures.actorRecall), "required gold actors that some node stands for"],
    ["node precision", share(figures.nodePrecision), "nodes that stand for some gold actor"],
    ["junk nodes", String(figures.junkNodes), "nodes labelled with a string the gold lists as no actor"],
    ["duplicate actors", String(figures.duplicateActors), "gold actors split over several nodes"],
    ["kind errors", String(figures.kindErrors), "nodes of another kind than their gold actor"],
    ["edge recall", share(figures.edgeRecall), `required gold relations found (${byType.join(", ")})`],
    ["date accuracy", share(figures.dateAccuracy), "found dated relations with a date within a day"],
    ["edges supported", share(figures.edgesSupportedByGold), "edges that report some gold relation"],
    ["edges with provenance", share(figures.edgesWithProvenance), "edges that name their article"],
  ];
  return [
    `Network: ${figures.nodes} nodes, ${figures.edges} edges`,
    ...rows.map(([name, value, meaning]) => `  ${name.padEnd(22)}${value.padStart(6)}  ${meaning}`),
    "",
    ...formatListing("Missed actors", report.missedActors),
    ...formatListing("Nodes that stand for no gold actor", report.unmappedNodes),
    ...formatListing("Junk nodes", report.junkNodes),
    ...formatListing("Actors split over several nodes", report.duplicateActors),
    ...formatListing("Kind errors", report.kindErrors),
    ...formatListing("Missed edges", report.missedEdges),
    ...formatListing("Found edges with no date within a day of the gold", report.wrongDates),
  ].join("\n");
}
