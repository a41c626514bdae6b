import { describe, expect, it } from "vitest";
import { decodeViewState, encodeViewState } from "../../../src/app/state/url";
import { DEFAULT_VIEW_STATE, type ViewState } from "../../../src/app/state/store";

const encode = (patch: Partial<ViewState>) =>
  encodeViewState({ ...DEFAULT_VIEW_STATE, ...patch }, new URLSearchParams("graph=g.json")).toString();

describe("the relation filters in a link", () => {
  it.each([
    [{}, "graph=g.json"],
    [{ edgeStatuses: ["held"] }, "graph=g.json&statuses=held"],
    [{ edgeStatuses: [] }, "graph=g.json&statuses="],
    [{ edgeTypes: ["call"], edgeStatuses: ["planned"] }, "graph=g.json&types=call&statuses=planned"],
  ] as [Partial<ViewState>, string][])("%j is written as %s", (patch, query) => {
    expect(encode(patch)).toBe(query);
  });

  it.each([
    ["", {}],
    ["statuses=held", { edgeStatuses: ["held"] }],
    ["statuses=", { edgeStatuses: [] }],
    ["statuses=planned,cancelled", { edgeStatuses: ["planned"] }],
    ["types=call&statuses=held,planned", { edgeTypes: ["call"], edgeStatuses: ["held", "planned"] }],
  ] as [string, Partial<ViewState>][])("%s is read as %j", (query, state) => {
    expect(decodeViewState(new URLSearchParams(query))).toEqual(state);
  });

  it.each([
    { edgeStatuses: ["held"] },
    { edgeStatuses: [] },
    { edgeStatuses: ["planned"] },
  ] as Partial<ViewState>[])("%j comes back as it was", (patch) => {
    expect(decodeViewState(new URLSearchParams(encode(patch)))).toMatchObject(patch);
  });
});
