import { describe, expect, it } from "vitest";
import {
  DEFAULT_RELATION_STATUS,
  EDGE_TYPE_COLORS,
  RELATION_KINDS,
  RELATION_KIND_OF,
  RELATION_STATUS_KINDS,
  RELATION_STATUSES,
  RELATION_TYPES,
  STATUS_KIND_OF,
  statusOf,
} from "../../src/schema";

describe("relation kinds: one descriptor per type, which every list is derived from", () => {
  it("lists each type once, in the descriptors' order", () => {
    expect(RELATION_TYPES).toEqual(RELATION_KINDS.map((kind) => kind.type));
    expect(new Set(RELATION_TYPES).size).toBe(RELATION_TYPES.length);
  });

  it.each(RELATION_KINDS.map((kind) => [kind.type, kind] as const))(
    "%s has a name, a colour, a description and a dating rule, found by its type",
    (type, kind) => {
      expect(RELATION_KIND_OF[type]).toBe(kind);
      expect(kind.label).not.toBe("");
      expect(kind.plural).not.toBe("");
      expect(kind.description).not.toBe("");
      expect(kind.dating).not.toBe("");
      expect(kind.color).toMatch(/^#[0-9a-f]{6}$/);
      expect(EDGE_TYPE_COLORS[type]).toBe(kind.color);
    },
  );

  it("calls are undirected and can be planned; statements and citations are directed", () => {
    expect(RELATION_KINDS.map(({ type, directed, hasStatus }) => [type, directed, hasStatus])).toEqual([
      ["call", false, true],
      ["statement", true, false],
      ["citation", true, false],
    ]);
  });
});

describe("relation statuses", () => {
  it("lists each status once; the first, held, is solid and is what a relation without one is", () => {
    expect(RELATION_STATUSES).toEqual(["held", "planned"]);
    expect(DEFAULT_RELATION_STATUS).toBe("held");
    expect(STATUS_KIND_OF.held.dash).toBeNull();
    for (const status of RELATION_STATUSES) expect(STATUS_KIND_OF[status].status).toBe(status);
  });

  it("every other status is drawn with a dash of positive lengths", () => {
    for (const { dash } of RELATION_STATUS_KINDS.slice(1)) {
      expect(dash).not.toBeNull();
      for (const length of dash!) expect(length).toBeGreaterThan(0);
    }
  });

  it.each([
    [{}, "held"],
    [{ status: "held" as const }, "held"],
    [{ status: "planned" as const }, "planned"],
  ])("statusOf(%j) is %s", (relation, status) => {
    expect(statusOf(relation)).toBe(status);
  });
});
