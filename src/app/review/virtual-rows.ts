import { el } from "../dom";
import { COLUMNS, type RelationRow } from "./rows";

/** Every row is this tall, so that the rows on screen follow from the scroll position alone. */
export const ROW_HEIGHT = 26;
/** Rows drawn above and below the visible ones, so a fast scroll does not show a gap first. */
const OVERSCAN = 8;

export interface VirtualRows {
  element: HTMLElement;
  setRows(rows: readonly RelationRow[], selected: string | null): void;
  /** Draws the rows the scroll position shows; cheap when they have not changed. */
  draw(): void;
}

/**
 * A list of any length that keeps in the page only the rows on screen: a spacer as tall as all of
 * them, and a pool of row elements, moved and filled again on scroll rather than created.
 */
export function virtualRows(scroller: HTMLElement, onPick: (edge: string) => void): VirtualRows {
  const spacer = el("div", { className: "relations-spacer", attrs: { role: "rowgroup" } });
  const pool: HTMLElement[] = [];
  let rows: readonly RelationRow[] = [];
  let selected: string | null = null;
  let drawn = "";
  const rowElement = () => {
    const row = el("div", { className: "relations-row", attrs: { role: "row" } });
    for (const column of COLUMNS)
      row.append(el("span", { className: `cell cell-${column}`, attrs: { role: "cell" } }));
    row.addEventListener("click", () => {
      if (row.dataset.edge) onPick(row.dataset.edge);
    });
    spacer.append(row);
    return row;
  };
  const fill = (element: HTMLElement, row: RelationRow, index: number) => {
    element.style.transform = `translateY(${index * ROW_HEIGHT}px)`;
    element.dataset.edge = row.edge;
    element.dataset.review = row.review;
    element.setAttribute("aria-rowindex", String(index + 2));
    element.classList.toggle("selected", row.edge === selected);
    COLUMNS.forEach((column, c) => {
      const cell = element.children[c] as HTMLElement;
      const value = row[column];
      if (cell.textContent !== value) cell.textContent = value;
      if (column === "text") cell.title = value;
    });
  };
  const draw = () => {
    const first = Math.max(0, Math.floor(scroller.scrollTop / ROW_HEIGHT) - OVERSCAN);
    const last = Math.min(
      rows.length,
      Math.ceil((scroller.scrollTop + scroller.clientHeight) / ROW_HEIGHT) + OVERSCAN,
    );
    const key = `${first}:${last}`;
    if (key === drawn) return;
    drawn = key;
    while (pool.length < last - first) pool.push(rowElement());
    pool.forEach((element, i) => {
      const row = rows[first + i];
      element.hidden = row === undefined || first + i >= last;
      if (row && !element.hidden) fill(element, row, first + i);
    });
  };
  return {
    element: spacer,
    setRows(next, nextSelected) {
      rows = next;
      selected = nextSelected;
      spacer.style.height = `${rows.length * ROW_HEIGHT}px`;
      drawn = "";
      draw();
    },
    draw,
  };
}
