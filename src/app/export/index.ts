import type Graph from "graphology";
import type Sigma from "sigma";
import type { NodeDisplayData } from "sigma/types";
import {
  DEFAULT_RELATION_STATUS,
  RELATION_KIND_OF,
  STATUS_KIND_OF,
  statusOf,
  type RelationAttributes,
  type RelationStatus,
} from "../../schema";
import { el } from "../dom";
import type { ViewStore } from "../state/store";
import { downloadBlob, exportFileName, MIME_TYPES } from "./download";
import { toGexf, toJson } from "./formats";
import { captionLines, legendItems } from "./snapshot-caption";
import { SNAPSHOT_SCALES, snapshotBlob } from "./snapshot";
import { visibleSubgraph } from "./visible-subgraph";
import "./export.css";

export interface ExportDeps {
  renderer: Sigma;
  graph: Graph;
  store: ViewStore;
  isEdgeVisible(key: string): boolean;
  isNodeVisible(key: string): boolean;
  /** Actors whose labels the view leaves out (idle ones): the snapshot leaves them out too. */
  isLabelLeftOut?(data: NodeDisplayData): boolean;
  /** The named communities and their colours, for the legend when actors are coloured by community. */
  communities?: readonly { name: string; colour: string }[];
  /** Receives the programmatic API once mounted (e2e tests check a PNG without a download dialog). */
  onReady?(api: ExportApi): void;
}

export interface ExportApi {
  /** The PNG the button would download: the view's size × scale, caption and legend included. */
  exportSnapshotBlob(scale: number): Promise<Blob>;
  /** The visible subgraph as GEXF text and as network-file JSON text. */
  exportGexf(): string;
  exportJson(): string;
}

/** "Call or meeting", or "Call or meeting, planned" for a status other than the default. */
function relationName(relation: Partial<RelationAttributes>): string {
  const kind = relation.type ? (RELATION_KIND_OF[relation.type]?.label ?? relation.type) : "relation";
  const status = statusOf(relation);
  return status === DEFAULT_RELATION_STATUS ? kind : `${kind}, ${STATUS_KIND_OF[status].label.toLowerCase()}`;
}

function selectedLabel(graph: Graph, store: ViewStore): string | null {
  const selected = store.get().selected;
  if (!selected) return null;
  if (selected.type === "node" && graph.hasNode(selected.key))
    return String(graph.getNodeAttribute(selected.key, "label"));
  if (selected.type === "edge" && graph.hasEdge(selected.key)) {
    const [source, target] = graph.extremities(selected.key).map((n) => graph.getNodeAttribute(n, "label"));
    return `${String(source)} – ${String(target)} (${relationName(graph.getEdgeAttributes(selected.key))})`;
  }
  return null;
}

export function createExportApi(deps: ExportDeps): ExportApi {
  const visible = () => visibleSubgraph(deps.graph, deps.isNodeVisible, deps.isEdgeVisible);
  return {
    exportSnapshotBlob(scale) {
      const sub = visible();
      const state = deps.store.get();
      const active = sub.filterNodes((node) => sub.degree(node) > 0).length;
      const facts = {
        nodes: active,
        edges: sub.size,
        faded: sub.order - active,
        totals: { nodes: deps.graph.order, edges: deps.graph.size },
        selectedLabel: selectedLabel(deps.graph, deps.store),
      };
      const drawnStatuses = new Set<RelationStatus>(sub.mapEdges((_key, attributes) => statusOf(attributes)));
      return snapshotBlob(deps.renderer, scale, {
        caption: {
          lines: captionLines(state, facts),
          legend: legendItems(state, drawnStatuses, deps.communities),
        },
        isLabelLeftOut: deps.isLabelLeftOut,
      });
    },
    exportGexf: () => toGexf(visible()),
    exportJson: () => toJson(visible()),
  };
}

const button = (text: string) => el("button", { type: "button" }, text);

/** An "Export…" menu: PNG snapshot (1x, 2x, 4x), GEXF and JSON of the visible subgraph. */
export function mountExport(container: HTMLElement, deps: ExportDeps): () => void {
  const api = createExportApi(deps);
  const png = button("Export PNG");
  const scales = SNAPSHOT_SCALES.map((s) => el("option", { value: String(s) }, `${s}x`));
  const scale = el("select", { attrs: { "aria-label": "PNG scale" } }, ...scales);
  const gexf = button("Export GEXF");
  const json = button("Export JSON");
  const status = el("output", { className: "ex-status", attrs: { "aria-live": "polite" } });
  // A menu, so that the toolbar keeps to one row on a narrow screen.
  const menu = el(
    "details",
    { className: "toolbar-menu export-menu" },
    el("summary", { className: "button", textContent: "Export…" }),
    el(
      "div",
      { className: "toolbar-menu-panel" },
      el("div", { className: "ex-png" }, png, scale),
      gexf,
      json,
    ),
  );
  const root = el(
    "div",
    { className: "ex-controls", attrs: { role: "group", "aria-label": "Export" } },
    menu,
    status,
  );
  container.append(root);

  const name = (extension: keyof typeof MIME_TYPES) => exportFileName(deps.store.get().range, extension);
  const saveText = (text: string, extension: "gexf" | "json") =>
    downloadBlob(new Blob([text], { type: MIME_TYPES[extension] }), name(extension));
  const onPng = async () => {
    png.disabled = true;
    status.textContent = "Rendering…";
    try {
      downloadBlob(await api.exportSnapshotBlob(Number(scale.value)), name("png"));
      status.textContent = "";
    } catch (error) {
      status.textContent = `PNG export failed: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      png.disabled = false;
    }
  };
  const onGexf = () => saveText(api.exportGexf(), "gexf");
  const onJson = () => saveText(api.exportJson(), "json");
  png.addEventListener("click", onPng);
  gexf.addEventListener("click", onGexf);
  json.addEventListener("click", onJson);
  deps.onReady?.(api);

  return () => {
    png.removeEventListener("click", onPng);
    gexf.removeEventListener("click", onGexf);
    json.removeEventListener("click", onJson);
    root.remove();
  };
}
