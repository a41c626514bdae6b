import type { ArticleRecord } from "../../schema";
import type { ExplorerGraph } from "../data/build-graph";
import type { VisibilityIndex } from "../data/visibility";
import { debounce } from "../debounce";
import { el } from "../dom";
import { downloadBlob } from "../export/download";
import { FILTER_KEYS, type ViewStore } from "../state/store";
import { count } from "../count";
import { rowsToCsv } from "./csv";
import { filterRows, prepareFilter, sortRows, type TableQuery } from "./query";
import { COLUMNS, COLUMN_LABELS, relationRows, type Column, type RelationRow } from "./rows";
import { ROW_HEIGHT, virtualRows } from "./virtual-rows";

/** What the table keeps across a remount (a correction rebuilds the explorer): the query and where it was. */
export interface TableMemory {
  query: TableQuery;
  scrollTop: number;
  /** The actor the table is narrowed to, or null for every relation shown. */
  actor: string | null;
}

export interface TableDeps {
  graph: ExplorerGraph;
  store: ViewStore;
  visibility: VisibilityIndex;
  memory: TableMemory;
}

/**
 * The relations table: one row per relation the time window and filters show, or the selected
 * actor's; sortable by any column, filtered by typing, exported as CSV. A row selects its relation.
 */
export function mountRelationsTable(container: HTMLElement, deps: TableDeps): () => void {
  const { graph, store, visibility, memory } = deps;
  const articles = new Map<string, ArticleRecord>(graph.getAttribute("articles").map((a) => [a.id, a]));
  const caption = el("span", { className: "relations-caption", id: "relations-caption" });
  const showAll = el("button", { type: "button", className: "link", textContent: "Show all relations" });
  const search = el("input", {
    type: "search",
    id: "relations-filter",
    placeholder: "Filter relations",
    value: memory.query.text,
    attrs: { "aria-label": "Filter relations by any word" },
  });
  const csv = el("button", { type: "button", id: "relations-csv", textContent: "CSV" });
  const head = el("div", { className: "relations-row relations-head", attrs: { role: "row" } });
  const scroller = el("div", { className: "relations-scroll", tabIndex: 0, attrs: { role: "rowgroup" } });
  const pick = (edge: string) => store.set({ selected: { type: "edge", key: edge } });
  const body = virtualRows(scroller, pick);
  scroller.append(body.element);
  let all: RelationRow[] = [];
  let shown: RelationRow[] = [];
  // Rows are sorted once per rebuild or click on a header, and typing only filters them; text
  // that extends the last filter narrows the last result instead of all rows.
  let sorted: RelationRow[] = [];
  let filteredBy = "";

  const selectedEdge = () => {
    const selected = store.get().selected;
    return selected?.type === "edge" ? selected.key : null;
  };
  const requery = (resort = false) => {
    const text = memory.query.text;
    if (resort) sorted = sortRows([...all], memory.query.sort, memory.query.descending);
    const narrowing = !resort && filteredBy !== "" && text.startsWith(filteredBy);
    shown = filterRows(narrowing ? shown : sorted, text);
    filteredBy = text;
    const actor =
      memory.actor !== null && graph.hasNode(memory.actor)
        ? graph.getNodeAttribute(memory.actor, "label")
        : null;
    caption.textContent = `${count(shown.length, "relation")}${actor ? ` of ${actor}` : ""}${shown.length < all.length ? ` (of ${all.length})` : ""}`;
    caption.dataset.rows = String(shown.length);
    showAll.hidden = actor === null;
    body.setRows(shown, selectedEdge());
    for (const button of head.children) {
      const column = (button as HTMLElement).dataset.column;
      button.setAttribute(
        "aria-sort",
        column === memory.query.sort ? (memory.query.descending ? "descending" : "ascending") : "none",
      );
    }
  };
  let cancelPreparation = () => undefined as void;
  const rebuild = () => {
    const actor = memory.actor !== null && graph.hasNode(memory.actor) ? memory.actor : null;
    const edges = actor === null ? graph.edges() : graph.edges(actor);
    all = relationRows(
      graph,
      edges.filter((edge) => visibility.isEdgeShown(edge)),
      articles,
    );
    requery(true);
    cancelPreparation();
    cancelPreparation = prepareFilter(all);
  };

  for (const column of COLUMNS)
    head.append(
      el("button", {
        type: "button",
        className: `cell cell-${column}`,
        textContent: COLUMN_LABELS[column],
        dataset: { column },
        attrs: { role: "columnheader" },
        onclick: () => sortBy(column),
      }),
    );
  const sortBy = (column: Column) => {
    const descending = memory.query.sort === column ? !memory.query.descending : false;
    memory.query = { ...memory.query, sort: column, descending };
    requery(true);
  };
  search.addEventListener("input", () => {
    memory.query = { ...memory.query, text: search.value };
    scroller.scrollTop = 0;
    requery();
  });
  showAll.addEventListener("click", () => {
    memory.actor = null;
    rebuild();
  });
  csv.addEventListener("click", () =>
    downloadBlob(new Blob([rowsToCsv(shown)], { type: "text/csv" }), "relations.csv"),
  );
  let frame = 0;
  scroller.addEventListener("scroll", () => {
    memory.scrollTop = scroller.scrollTop;
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      body.draw();
    });
  });
  scroller.addEventListener("keydown", (event) => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    event.preventDefault();
    const at = shown.findIndex((row) => row.edge === selectedEdge());
    const next = shown[Math.max(0, Math.min(shown.length - 1, at + (event.key === "ArrowDown" ? 1 : -1)))];
    if (next) pick(next.edge);
  });

  const section = el(
    "section",
    { className: "relations", attrs: { "aria-label": "Relations table" } },
    el("div", { className: "relations-bar" }, caption, showAll, search, csv),
    el(
      "div",
      { className: "relations-grid", attrs: { role: "table", "aria-labelledby": "relations-caption" } },
      head,
      scroller,
    ),
  );
  container.append(section);
  rebuild();
  scroller.scrollTop = memory.scrollTop;
  body.draw();

  const rebuildSoon = debounce(rebuild, 150);
  const unsubscribe = store.subscribe((state, changed) => {
    if (changed.has("selected")) {
      const selected = state.selected;
      if (selected?.type === "node" || selected === null) {
        memory.actor = selected?.key ?? null;
        memory.scrollTop = scroller.scrollTop = 0;
        rebuild();
      } else {
        body.setRows(shown, selectedEdge());
        const at = shown.findIndex((row) => row.edge === selected.key);
        const top = at * ROW_HEIGHT;
        if (
          at >= 0 &&
          (top < scroller.scrollTop || top > scroller.scrollTop + scroller.clientHeight - ROW_HEIGHT)
        )
          scroller.scrollTop = top - scroller.clientHeight / 2;
      }
    }
    if (FILTER_KEYS.some((key) => changed.has(key))) rebuildSoon();
  });
  return () => {
    rebuildSoon.cancel();
    cancelPreparation();
    cancelAnimationFrame(frame);
    unsubscribe();
    section.remove();
  };
}
