import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { ActorKind, ActorNetworkFile, RelationType, SerializedRelation } from "../../src/schema";
import { FADED_NODE } from "../../src/app/graph-view/palette";
import { ACTOR_KIND_COLORS } from "../../src/app/theme";
import { isoToDay } from "../../src/app/time";
import { coloursAt, nextFrames, separateDiscs, shoot, startHarness, type Harness } from "./harness";

const ACTORS: [string, ActorKind][] = [
  ["ana", "person"],
  ["ben", "person"],
  ["cleo", "country"],
  ["dan", "media"],
  ["eve", "organization"],
];
const RELATIONS: [string, string, RelationType, string][] = [
  ["ana", "ben", "call", "2022-01-10"],
  ["ana", "cleo", "call", "2022-06-10"],
  ["dan", "ana", "citation", "2022-01-12"],
  ["ben", "eve", "statement", "2022-01-20"],
  ["cleo", "eve", "call", "2022-06-15"],
];

/**
 * Ana's neighbours each come by one relation: Ben by a call in January, Cleo by a call in June,
 * Dan by a citation in January. Eve is linked to Ben and Cleo only, so she is never Ana's
 * neighbour, though active in both months. The actors sit on a wide circle, apart.
 */
function focusNetwork(): ActorNetworkFile {
  const edges: SerializedRelation[] = RELATIONS.map(([source, target, type, date], i) => {
    const sentence = `${source} and ${target}, relation ${i}.`;
    return {
      key: `r${i}`,
      source,
      target,
      undirected: type === "call",
      attributes: {
        type,
        date,
        datePrecision: "day",
        dateSource: "text",
        article: "art",
        sentence,
        start: 0,
        end: sentence.length,
      },
    };
  });
  return {
    options: { type: "mixed", multi: true, allowSelfLoops: false },
    attributes: {
      schemaVersion: 1,
      articles: [
        {
          id: "art",
          title: "Article",
          published: "2022-07-01",
          publishedSource: "manifest",
          source: "Synthetic News",
          url: null,
          text: edges.map(({ attributes }) => attributes.sentence).join(" "),
        },
      ],
    },
    nodes: ACTORS.map(([key, kind], i) => ({
      key,
      attributes: {
        label: key,
        kind,
        role: null,
        aliases: [],
        mentions: 3,
        articles: ["art"],
        size: 8,
        x: 100 * Math.cos((2 * Math.PI * i) / ACTORS.length),
        y: 100 * Math.sin((2 * Math.PI * i) / ACTORS.length),
      },
    })),
    edges,
  };
}

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness({ "fixtures/focus.json": JSON.stringify(focusNetwork()) });
});
afterAll(() => harness?.close());

const JANUARY = ["2022-01-01", "2022-01-31"] as const;
const JANUARY_TO_JUNE = ["2022-01-01", "2022-06-30"] as const;
const CALLS_AND_STATEMENTS: RelationType[] = ["call", "statement"];
const EVERY_TYPE: RelationType[] = ["call", "statement", "citation"];

/** Moves the window and the type filter as the timeline and the filters do, and waits for the redraw. */
async function showOnly(page: Page, [from, to]: readonly [string, string], edgeTypes: RelationType[]) {
  const range = [isoToDay(from)!, isoToDay(to)!] as [number, number];
  await page.evaluate((patch) => window.__explorer!.store.set(patch), { range, edgeTypes });
  await nextFrames(page);
}

/** The actors sigma draws brought forward now, as its display data says. */
const broughtForward = (page: Page) =>
  page.evaluate(() => {
    const { renderer, graph } = window.__explorer!;
    return graph.filterNodes((key) => renderer.getNodeDisplayData(key)?.highlighted === true).sort();
  });

/** Ana in focus, selected or hovered, the window and the types moved in turn, as the table says. */
const STEPS = [
  { window: JANUARY, types: CALLS_AND_STATEMENTS, forward: ["ana", "ben"] },
  { window: JANUARY_TO_JUNE, types: CALLS_AND_STATEMENTS, forward: ["ana", "ben", "cleo"] },
  { window: JANUARY, types: CALLS_AND_STATEMENTS, forward: ["ana", "ben"] },
  { window: JANUARY, types: EVERY_TYPE, forward: ["ana", "ben", "dan"] },
  { window: JANUARY_TO_JUNE, types: EVERY_TYPE, forward: ["ana", "ben", "cleo", "dan"] },
];

describe("an actor in focus brings forward only the neighbours of the relations shown", () => {
  test("selected in a link: the window and the types of the link decide its neighbours", async () => {
    const page = await harness.open(
      `?graph=fixtures/focus.json&from=${JANUARY[0]}&to=${JANUARY[1]}&types=call,statement&actor=ana`,
    );
    await nextFrames(page);
    expect(await broughtForward(page)).toEqual(["ana", "ben"]);
  });

  test.each(["selected", "hovered"] as const)(
    "%s, its neighbours follow the window's steps and the type filter",
    async (how) => {
      const page = await harness.open(`?graph=fixtures/focus.json`);
      await showOnly(page, STEPS[0]!.window, STEPS[0]!.types);
      await page.evaluate((how) => {
        const { renderer, store } = window.__explorer!;
        if (how === "selected") store.set({ selected: { type: "node", key: "ana" } });
        else renderer.emit("enterNode", { node: "ana" } as never);
      }, how);
      for (const [i, { window, types, forward }] of STEPS.entries()) {
        if (i > 0) await showOnly(page, window, types);
        expect(await broughtForward(page), `${window.join(" to ")}, ${types.join(", ")}`).toEqual(forward);
      }
    },
  );

  test("the picture: Ana's neighbours by a relation shown in their kinds' colours, the others faded", async () => {
    const page = await harness.open(
      `?graph=fixtures/focus.json&from=${JANUARY_TO_JUNE[0]}&to=${JANUARY_TO_JUNE[1]}&types=call,statement&actor=ana`,
    );
    await nextFrames(page);
    const discs = await separateDiscs(page);
    expect(discs.map((disc) => disc.key).sort()).toEqual(ACTORS.map(([key]) => key).sort());
    const colours = await coloursAt(harness.browser, await shoot(page, "13-focus-shown-neighbours"), discs);
    const forward = ["ana", "ben", "cleo"];
    discs.forEach((disc, i) =>
      expect(colours[i], disc.key).toBe(
        forward.includes(disc.key) ? ACTOR_KIND_COLORS[disc.kind].toLowerCase() : FADED_NODE,
      ),
    );
  });
});
