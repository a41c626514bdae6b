import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { syntheticNetwork } from "./fixtures";
import { startHarness, type Harness } from "./harness";

/** Several thousand relations: each edge program's buffer spans several upload chunks. */
const GRAPH = "?graph=fixtures/uploads.json&undated=0";
const [ACTORS, RELATIONS] = [300, 6000];
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness({
    "fixtures/uploads.json": JSON.stringify(syntheticNetwork(ACTORS, RELATIONS, 11)),
  });
});
afterAll(() => harness?.close());

interface Uploads {
  /** Bytes sent to vertex buffers. */
  buffers: number;
  /** Bytes sent to textures. */
  textures: number;
}

/** Counts the bytes every WebGL context of the page sends to GPU buffers and textures from now on. */
async function countUploads(page: Page): Promise<void> {
  await page.evaluate(() => {
    const counter: Uploads = { buffers: 0, textures: 0 };
    Object.assign(window, { __uploads: counter });
    const sizeOf = (data: unknown) => (ArrayBuffer.isView(data) ? data.byteLength : 0);
    const count = <K extends "bufferData" | "bufferSubData" | "texImage2D" | "texSubImage2D">(
      Context: typeof WebGLRenderingContext | typeof WebGL2RenderingContext,
      method: K,
      kind: keyof Uploads,
    ) => {
      const original = Context.prototype[method] as (...args: unknown[]) => void;
      (Context.prototype as unknown as Record<K, unknown>)[method] = function (
        this: unknown,
        ...args: unknown[]
      ) {
        // The data is the last argument of every overload that sends some.
        counter[kind] += sizeOf(args[args.length - 1]);
        return original.apply(this, args);
      };
    };
    for (const Context of [WebGLRenderingContext, WebGL2RenderingContext]) {
      count(Context, "bufferData", "buffers");
      count(Context, "bufferSubData", "buffers");
      count(Context, "texImage2D", "textures");
      count(Context, "texSubImage2D", "textures");
    }
  });
}

type Action = "full refresh" | "redraw" | "time step" | "type filter";

/** Does `action` in the page, waits two frames, and returns the bytes uploaded meanwhile. */
async function uploadedBy(page: Page, action: Action): Promise<Uploads> {
  return page.evaluate(async (action) => {
    const counter = (window as unknown as { __uploads: Uploads }).__uploads;
    const { renderer, store, visibility } = window.__explorer!;
    counter.buffers = 0;
    counter.textures = 0;
    if (action === "full refresh") renderer.refresh();
    else if (action === "redraw") renderer.scheduleRender();
    else if (action === "type filter") store.set({ edgeTypes: ["call", "citation"] });
    else {
      // One day: most actors lose all their relations and go idle.
      const day = visibility.time.days[0]! + 20;
      store.set({ range: [day, day] });
    }
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    return { ...counter };
  }, action);
}

describe("the GPU buffers get only what changed", () => {
  test("a redraw with nothing changed uploads nothing; a time step or a type filter uploads only flags", async () => {
    const page = await harness.open(GRAPH);
    await countUploads(page);
    const full = await uploadedBy(page, "full refresh");
    const redraw = await uploadedBy(page, "redraw");
    const step = await uploadedBy(page, "time step");
    const filter = await uploadedBy(page, "type filter");
    // 6,000 relations at 5 floats or more each, in both the drawing and the picking buffer.
    expect(full.buffers).toBeGreaterThan(RELATIONS * 5 * 4 * 2);
    expect(redraw).toEqual({ buffers: 0, textures: 0 });
    // The edge programs draw the window and the node program the actors' activity: no item is
    // written again, and the activity flags (one byte per actor) are sent once, for both passes.
    expect(step).toEqual({ buffers: 0, textures: ACTORS });
    // The edge programs test the relations' drawable flags: no relation is written again either,
    // and the flags (one byte per relation) are sent once for all the edge programs. A filter
    // change recomputes every actor's activity too, so its flags are sent as well.
    expect(filter).toEqual({ buffers: 0, textures: ACTORS + RELATIONS });
  });
});

describe("a change of focus processes only the items it changes", () => {
  test("hovering an actor, another, then nothing runs the reducers on the items that enter or leave the focus only", async () => {
    const page = await harness.open(GRAPH);
    const calls = await page.evaluate(async () => {
      const { renderer, graph, visibility } = window.__explorer!;
      const frames = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const seen = { nodes: new Set<string>(), edges: new Set<string>(), calls: 0 };
      const nodeReducer = renderer.getSetting("nodeReducer")!;
      const edgeReducer = renderer.getSetting("edgeReducer")!;
      renderer.setSetting("nodeReducer", (key, data) => {
        seen.nodes.add(key);
        seen.calls++;
        return nodeReducer(key, data);
      });
      renderer.setSetting("edgeReducer", (key, data) => {
        seen.edges.add(key);
        seen.calls++;
        return edgeReducer(key, data);
      });
      await frames();
      const [first, second] = ["actor-3", "actor-4"];
      const reducedBy = async (event: "enterNode" | "leaveNode", node: string) => {
        seen.nodes.clear();
        seen.edges.clear();
        seen.calls = 0;
        renderer.emit(event, { node } as never);
        await frames();
        return { nodes: [...seen.nodes].sort(), edges: seen.edges.size, calls: seen.calls };
      };
      const inOneOnly = (a: string[], b: string[]) => [
        ...a.filter((key) => !b.includes(key)),
        ...b.filter((key) => !a.includes(key)),
      ];
      // The actors at the other end of a relation shown (the link leaves the undated ones out).
      const neighbourhood = (node: string) => ({
        nodes: [
          ...new Set([
            node,
            ...graph
              .edges(node)
              .filter((edge) => visibility.isEdgeShown(edge))
              .map((edge) => graph.opposite(node, edge)),
          ]),
        ].sort(),
        edges: graph.edges(node).length,
      });
      return {
        total: graph.order + graph.size,
        enter: await reducedBy("enterNode", first),
        switch: await reducedBy("enterNode", second),
        leave: await reducedBy("leaveNode", second),
        first: neighbourhood(first),
        // The items of one neighbourhood only: those of both keep their look.
        either: {
          nodes: inOneOnly(neighbourhood(first).nodes, neighbourhood(second).nodes).sort(),
          edges: inOneOnly(graph.edges(first), graph.edges(second)).length,
        },
        second: neighbourhood(second),
      };
    });
    // 300 actors and 6,000 relations; a hover used to run the reducers on all 6,300.
    expect(calls.total).toBe(6300);
    expect(calls.enter).toMatchObject(calls.first);
    expect(calls.switch).toMatchObject(calls.either);
    expect(calls.leave).toMatchObject(calls.second);
    for (const step of [calls.enter, calls.switch, calls.leave])
      expect(step.calls).toBeLessThanOrEqual(2 * (step.nodes.length + step.edges));
  });
});

/** Counts calls to these WebGL 2 methods, on every context of the page, from now on (window.__calls). */
async function countCalls(page: Page, methods: readonly string[]): Promise<void> {
  await page.evaluate((methods) => {
    const counts: Record<string, number> = Object.fromEntries(methods.map((method) => [method, 0]));
    Object.assign(window, { __calls: counts });
    const prototype = WebGL2RenderingContext.prototype as unknown as Record<string, unknown>;
    for (const method of methods) {
      const original = prototype[method] as (...args: unknown[]) => unknown;
      prototype[method] = function (this: unknown, ...args: unknown[]) {
        counts[method]!++;
        return original.apply(this, args);
      };
    }
  }, methods);
}

/** The calls counted while `action` runs and two frames pass, then the counters are zeroed. */
async function callsDuring(page: Page, action: () => Promise<unknown>): Promise<Record<string, number>> {
  await action();
  return page.evaluate(async () => {
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const counts = (window as unknown as { __calls: Record<string, number> }).__calls;
    const seen = { ...counts };
    for (const method of Object.keys(counts)) counts[method] = 0;
    return seen;
  });
}

describe("a redraw draws each program once, with one call to bind it", () => {
  test("attribute bindings live in vertex arrays, and the picking pass waits for the pointer", async () => {
    const page = await harness.open(GRAPH);
    const methods = [
      "vertexAttribPointer",
      "enableVertexAttribArray",
      "bindVertexArray",
      "drawArraysInstanced",
      "texImage2D",
    ];
    await countCalls(page, methods);
    const redraw = () => page.evaluate(() => window.__explorer!.renderer.scheduleRender());
    const draw = await callsDuring(page, redraw);
    // The nodes and four edge programs (line, curve, curved arrow, and the arrow, line and head in
    // one). Each was drawn twice, for the picture and for picking, and pointed its attributes
    // again every time.
    expect(draw.drawArraysInstanced).toBe(5);
    expect(draw.vertexAttribPointer).toBe(0);
    expect(draw.enableVertexAttribArray).toBe(0);
    // One vertex array bound before each draw, and none after it.
    expect(draw.bindVertexArray).toBe(10);
    // Sigma also gave both picking buffers a new blank texture, the size of the canvas, on every
    // render; a redraw now gives none.
    expect(draw.texImage2D).toBe(0);
    // The pointer over an empty corner: sigma looks for a node, then for a relation, so both
    // buffers are blanked and every program draws its picking pass, once until the next render.
    const box = (await page.locator("#graph").boundingBox())!;
    const pick = await callsDuring(page, () => page.mouse.move(box.x + 4, box.y + 4));
    expect(pick).toMatchObject({ drawArraysInstanced: 5, texImage2D: 2 });
    const again = await callsDuring(page, () => page.mouse.move(box.x + 6, box.y + 6));
    expect(again).toMatchObject({ drawArraysInstanced: 0, texImage2D: 0 });
    await callsDuring(page, redraw);
    const afterRedraw = await callsDuring(page, () => page.mouse.move(box.x + 4, box.y + 4));
    expect(afterRedraw).toMatchObject({ drawArraysInstanced: 5, texImage2D: 2 });
  });
});
