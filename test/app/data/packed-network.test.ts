import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { buildGraph } from "../../../src/app/data/build-graph";
import { packNetwork, relationAttributes, transferablesOf } from "../../../src/app/data/packed-network";
import { isoToDay } from "../../../src/app/time";
import type { ActorNetworkFile, RelationAttributes } from "../../../src/schema";
import { syntheticNetwork } from "../../e2e/fixtures";

// @sigma/edge-curve (for the curvatures) reads WebGL constants as it loads; Node has none.
vi.hoisted(() => {
  const constants = new Proxy({}, { get: () => 0 });
  Object.assign(globalThis, { WebGLRenderingContext: constants, WebGL2RenderingContext: constants });
});

/** The synthetic network, with relations that leave fields out, set them to null or add others. */
function variedNetwork(): ActorNetworkFile {
  const file = syntheticNetwork(12, 60, 5);
  const [first, second, third, fourth] = file.edges;
  const { type, date, datePrecision, dateSource, article, sentence, start, end } = first!.attributes;
  // In the order the pipeline writes them.
  first!.attributes = {
    type,
    subtype: "phone",
    status: "planned",
    date,
    datePrecision,
    dateSource,
    article,
    sentence,
    start,
    end,
    quote: "a quote",
    confidence: 0.75,
  };
  second!.attributes = { ...second!.attributes, date: null, datePrecision: null, dateSource: null };
  Object.assign(third!.attributes, { cue: "said", weight: 3, tags: ["a", "b"] });
  Object.assign(fourth!.attributes, { subtype: 7, quote: null });
  return file;
}

describe("packed relations", () => {
  it("give back every relation's attributes as the file had them, fields in the pipeline's order", () => {
    const file = variedNetwork();
    const { relations, nodes } = packNetwork(file);
    expect(relations.count).toBe(file.edges.length);
    file.edges.forEach((edge, e) => {
      const attributes = relationAttributes(relations, e);
      expect(attributes).toEqual(edge.attributes);
      expect(Object.keys(attributes)).toEqual(Object.keys(edge.attributes));
      expect(relations.keys[e]).toBe(edge.key);
      expect(nodes[relations.source[e]!]!.key).toBe(edge.source);
      expect(nodes[relations.target[e]!]!.key).toBe(edge.target);
      expect(relations.undirected[e] === 1).toBe(edge.undirected);
    });
  });

  it("keep each repeated text once", () => {
    const file = variedNetwork();
    const { relations } = packNetwork(file);
    const fields = [
      "type",
      "subtype",
      "status",
      "date",
      "datePrecision",
      "dateSource",
      "article",
      "sentence",
      "quote",
    ];
    const distinct = new Set(
      file.edges.flatMap((edge) =>
        fields.map((field) => (edge.attributes as unknown as Record<string, unknown>)[field]),
      ),
    );
    const texts = [...distinct].filter((value) => typeof value === "string");
    expect([...relations.textPool].sort()).toEqual(texts.sort());
    // Three types and six articles for 60 relations, among others.
    expect(relations.textPool.length).toBeLessThan(3 * file.edges.length);
  });

  it("hand every column over for transfer: after posting, the worker's copies are empty", () => {
    const packed = packNetwork(variedNetwork());
    const columns = [
      packed.relations.source,
      packed.relations.target,
      packed.relations.undirected,
      ...Object.values(packed.relations.textColumns),
      ...Object.values(packed.relations.numbers),
    ];
    const received = structuredClone(packed, { transfer: transferablesOf(packed) });
    expect(columns.every((column) => column.byteLength === 0)).toBe(true);
    expect(relationAttributes(received.relations, 0)).toEqual(variedNetwork().edges[0]!.attributes);
  });

  it("pack a network without relations", () => {
    const file = { ...variedNetwork(), edges: [] };
    const packed = packNetwork(file);
    expect(packed.relations.count).toBe(0);
    expect(buildGraph(structuredClone(packed, { transfer: transferablesOf(packed) })).size).toBe(0);
  });

  it("keep a field named __proto__ as data, as JSON.parse gives it", () => {
    const file = variedNetwork();
    const parsed = JSON.parse('{"__proto__": {"polluted": true}, "constructor": 1}') as Record<
      string,
      unknown
    >;
    expect(Object.keys(parsed)).toEqual(["__proto__", "constructor"]);
    for (const [field, value] of Object.entries(parsed))
      Object.defineProperty(file.edges[4]!.attributes, field, { value, enumerable: true });
    const attributes = relationAttributes(packNetwork(file).relations, 4) as unknown as Record<
      string,
      unknown
    >;
    expect(Object.getPrototypeOf(attributes)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(attributes, "__proto__")?.value).toEqual({ polluted: true });
    expect(attributes.constructor).toBe(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("survive any mix of text, null, numbers, absent and other fields", () => {
    const value = fc.oneof(
      fc.string({ maxLength: 4 }),
      fc.constant(null),
      fc.double({ noNaN: true }),
      fc.boolean(),
    );
    const field = fc.constantFrom(
      "type",
      "subtype",
      "date",
      "sentence",
      "quote",
      "start",
      "confidence",
      "cue",
      "x",
    );
    const attributes = fc.dictionary(field, value, { maxKeys: 6 });
    fc.assert(
      fc.property(fc.array(attributes, { minLength: 1, maxLength: 8 }), (records) => {
        const file = syntheticNetwork(3, records.length, 1);
        file.edges.forEach((edge, e) => (edge.attributes = records[e] as unknown as RelationAttributes));
        const { relations } = packNetwork(file);
        records.forEach((record, e) => expect(relationAttributes(relations, e)).toEqual(record));
      }),
      { numRuns: 200 },
    );
  });
});

describe("the graph built from a packed network", () => {
  it("holds every actor and relation of the file, with its curvature and day", () => {
    const file = variedNetwork();
    const graph = buildGraph(packNetwork(file));
    expect(graph.order).toBe(file.nodes.length);
    expect(graph.size).toBe(file.edges.length);
    expect(graph.getAttribute("articles")).toEqual(file.attributes.articles);
    for (const edge of file.edges) {
      const { curvature, day, ...attributes } = graph.getEdgeAttributes(edge.key);
      expect(attributes).toEqual(edge.attributes);
      expect(day).toBe(isoToDay(edge.attributes.date));
      expect(typeof curvature).toBe("number");
      expect(graph.extremities(edge.key)).toEqual([edge.source, edge.target]);
      expect(graph.isUndirected(edge.key)).toBe(edge.undirected);
    }
    // The fixture repeats a relation between the same two actors every tenth relation.
    expect(graph.someEdge((_key, { curvature }) => curvature !== 0)).toBe(true);
  });
});
