import { describe, expect, it } from "vitest";
import { placeActors } from "../../src/pipeline/network/layout";

/** A ring of `size` actors, a pair beside it, and actors with no relation. */
function network(size: number) {
  const ring = Array.from({ length: size }, (_, i) => `r${i}`);
  const links: [string, string][] = ring.map((key, i) => [key, ring[(i + 1) % size]!]);
  links.push(["r0", `r${Math.floor(size / 2)}`], ["pair-a", "pair-b"]);
  return { keys: [...ring, "pair-a", "pair-b", "alone-1", "alone-2", "alone-3"], links };
}

describe("placeActors", () => {
  it("keeps small components and lone actors just outside the largest component", () => {
    const { keys, links } = network(30);
    const placed = placeActors(keys, links, 42);
    const ring = keys.filter((key) => key.startsWith("r")).map((key) => placed.get(key)!);
    const cx = ring.reduce((sum, p) => sum + p.x, 0) / ring.length;
    const cy = ring.reduce((sum, p) => sum + p.y, 0) / ring.length;
    const radius = Math.max(...ring.map((p) => Math.hypot(p.x - cx, p.y - cy)));
    for (const key of ["pair-a", "pair-b", "alone-1", "alone-2", "alone-3"]) {
      const { x, y } = placed.get(key)!;
      const distance = Math.hypot(x - cx, y - cy);
      expect(distance, key).toBeGreaterThan(radius);
      expect(distance, key).toBeLessThan(1.25 * radius);
    }
    // The pair keeps its own shape: its two actors stay as close as the layout put them.
    const [a, b] = [placed.get("pair-a")!, placed.get("pair-b")!];
    expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeLessThan(radius / 2);
  });

  it("places the same input the same way", () => {
    const { keys, links } = network(12);
    expect([...placeActors(keys, links, 7)]).toEqual([...placeActors(keys, links, 7)]);
  });
});
