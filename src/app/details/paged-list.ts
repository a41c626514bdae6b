import { el } from "../dom";

export interface PagedListOptions<T> {
  items: readonly T[];
  /** The element the items are appended to (a list, or a plain container). */
  list: HTMLElement;
  renderItem(item: T): HTMLElement;
  pageSize: number;
  /** How many items to render at first, one page at least: the panel keeps it across re-renders. */
  initial?: number;
  /** Called with how many items are rendered after each "Show more". */
  onExpand?(rendered: number): void;
}

/**
 * A list that renders its first items and appends the next page on request, so that the panel of
 * an actor with thousands of relations opens at once instead of building them all. Returns the
 * list followed by its "Show more" button, in one wrapper.
 */
export function pagedList<T>(options: PagedListOptions<T>): HTMLElement {
  const { items, list, renderItem, pageSize, onExpand } = options;
  let rendered = 0;
  const more = el("button", { type: "button", className: "link show-more" });
  const renderUpTo = (count: number) => {
    const end = Math.min(items.length, count);
    list.append(...items.slice(rendered, end).map(renderItem));
    rendered = end;
    const left = items.length - rendered;
    more.textContent = `Show ${Math.min(pageSize, left)} more (${left} not listed)`;
    more.hidden = left === 0;
  };
  more.onclick = () => {
    const first = rendered;
    renderUpTo(rendered + pageSize);
    onExpand?.(rendered);
    // The button may have gone: the reader goes on from the first new item.
    if (more.hidden) list.children[first]?.querySelector<HTMLElement>("button, a")?.focus();
  };
  renderUpTo(Math.max(pageSize, options.initial ?? 0));
  return el("div", { className: "paged-list" }, list, more);
}
