import type Sigma from "sigma";

/**
 * Sigma only follows window resizes; panels mounting or a grid that stacks resize its container
 * too, so watch the container itself.
 */
export function mountResizeWatch(renderer: Sigma): () => void {
  let frame = 0;
  const observer = new ResizeObserver(() => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => renderer.resize().refresh({ skipIndexation: true }));
  });
  observer.observe(renderer.getContainer());
  return () => {
    cancelAnimationFrame(frame);
    observer.disconnect();
  };
}
