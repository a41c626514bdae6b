import { describe, expect, it } from "vitest";
import { captionLines, legendItems } from "../../../src/app/export/snapshot-caption";
import { DEFAULT_VIEW_STATE, type ViewState } from "../../../src/app/state/store";
import { isoToDay } from "../../../src/app/time";
import { ACTOR_KIND_COLORS, EDGE_TYPE_COLORS, NEUTRAL_COLORS } from "../../../src/app/theme";

const state = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW_STATE, ...patch });
const facts = { nodes: 12, edges: 1 };

describe("captionLines: the title, the dates, the counts, then only filters that hide something", () => {
  it("describes the default view in three lines", () => {
    expect(captionLines(state({}), facts)).toEqual([
      "Actor network",
      "Dates: all (with undated relations)",
      "12 actors, 1 relation shown",
    ]);
  });

  it("says shown of total, as the status bar does, where the totals are known", () => {
    expect(captionLines(state({}), { nodes: 12, edges: 1, totals: { nodes: 46, edges: 104 } })[2]).toBe(
      "12 of 46 actors, 1 of 104 relations shown",
    );
  });

  it.each([
    [
      { range: [isoToDay("2021-12-07")!, isoToDay("2022-02-13")!], showUndated: false },
      "Dates: 2021-12-07 – 2022-02-13",
    ],
    [{ edgeTypes: ["call", "citation"] }, "Relation types: Call or meeting, Citation by media"],
    [{ edgeTypes: [] }, "Relation types: none"],
    [{ edgeStatuses: ["held"] }, "Relation statuses: Held"],
    [{ edgeStatuses: [] }, "Relation statuses: none"],
    [{ actorKinds: ["person"] }, "Actor kinds: Person"],
    [{ minDegree: 2 }, "Minimum degree: 2"],
    [{ community: 3 }, "Community: 3"],
    [{ isolated: "hide" }, "Actors without a shown relation: hidden"],
  ] as [Partial<ViewState>, string][])("%j adds %s", (patch, line) => {
    expect(captionLines(state(patch), facts)).toContain(line);
  });

  it("counts faded actors apart", () => {
    expect(captionLines(state({}), { ...facts, faded: 3 })).toContain(
      "12 actors, 1 relation shown; 3 faded without one",
    );
  });

  it("names the selection", () => {
    expect(captionLines(state({}), { ...facts, selectedLabel: "Joe Biden" })).toContain(
      "Selected: Joe Biden",
    );
  });
});

describe("legendItems", () => {
  it("lists the shown kinds as dots and types as lines, in the theme's colours", () => {
    expect(legendItems(state({ actorKinds: ["media", "person"], edgeTypes: ["citation"] }))).toEqual([
      { label: "Person", color: ACTOR_KIND_COLORS.person, mark: "dot" },
      { label: "Media outlet", color: ACTOR_KIND_COLORS.media, mark: "dot" },
      { label: "Citation by media", color: EDGE_TYPE_COLORS.citation, mark: "line" },
    ]);
  });

  it.each([
    { drawn: [], planned: false },
    { drawn: ["held"], planned: false },
    { drawn: ["held", "planned"], planned: true },
    { drawn: ["planned"], planned: true },
  ] as { drawn: ("held" | "planned")[]; planned: boolean }[])(
    "with relations $drawn drawn, names the dashed planned ones: $planned",
    ({ drawn, planned }) => {
      const items = legendItems(state({ edgeTypes: ["call"], actorKinds: [] }), new Set(drawn));
      expect(items).toEqual([
        { label: "Call or meeting", color: EDGE_TYPE_COLORS.call, mark: "line" },
        ...(planned ? [{ label: "Planned", color: NEUTRAL_COLORS.muted, mark: "line", dash: [6, 4] }] : []),
      ]);
    },
  );
});
