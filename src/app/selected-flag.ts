import type { ViewStore } from "./state/store";

/**
 * `body[data-selected]` while an actor or a relation is selected: on a narrow screen the details
 * panel takes room from the network only then (styles.css).
 */
export function mountSelectedFlag(store: ViewStore): () => void {
  const write = () => {
    if (store.get().selected) document.body.dataset.selected = "";
    else delete document.body.dataset.selected;
  };
  write();
  const unsubscribe = store.subscribe((_state, changed) => {
    if (changed.has("selected")) write();
  });
  return () => {
    unsubscribe();
    delete document.body.dataset.selected;
  };
}
