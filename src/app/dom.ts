/**
 * The one way the explorer builds DOM: elements with properties and children, where every string
 * child becomes a text node. Data from the file never reaches innerHTML.
 */
type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Omit<HTMLElementTagNameMap[K], "style" | "dataset">> & {
    dataset?: Record<string, string>;
    attrs?: Record<string, string>;
  } = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  const { dataset, attrs, ...rest } = props;
  Object.assign(element, rest);
  if (dataset) Object.assign(element.dataset, dataset);
  if (attrs) for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  for (const child of children)
    if (child !== null && child !== undefined && child !== false)
      element.append(typeof child === "string" ? document.createTextNode(child) : child);
  return element;
}

/** Finds a required element of the page skeleton, with an error that says which one is missing. */
export function slot(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`explorer: index.html has no element #${id}`);
  return element;
}
