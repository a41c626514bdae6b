import { describe, expect, it } from "vitest";
import { validateNetworkFile } from "../../src/schema";
import { syntheticNetwork } from "../e2e/fixtures";

/** A valid network of five relations, as parsed JSON (no shared objects with the fixture). */
const parsedNetwork = () => JSON.parse(JSON.stringify(syntheticNetwork(4, 5, 1)));

describe("validating a network file's relations", () => {
  it("keeps each relation's key and direction, and gives one to those that lack or repeat a key", () => {
    const json = parsedNetwork();
    const [first, second, third, fourth] = json.edges;
    first.key = "r1";
    first.undirected = true;
    delete second.key;
    third.key = "r1";
    fourth.key = "r4";
    delete fourth.undirected;
    const { file, dropped } = validateNetworkFile(json);
    expect(dropped).toEqual([]);
    expect(file!.edges.map(({ key, undirected }) => [key, undirected])).toEqual([
      ["r1", true],
      ["e1", false],
      ["e2", third.undirected],
      ["r4", false],
      [json.edges[4].key, json.edges[4].undirected === true],
    ]);
    // The parsed file itself is left as it was.
    expect(second.key).toBeUndefined();
    expect(fourth.undirected).toBeUndefined();
  });

  it("checks the date of every relation, however often a date repeats", () => {
    const json = parsedNetwork();
    const dates = ["2022-12-02", "2022-02-30", "2022-12-02", "2022-02-30", "2022-12-02"];
    json.edges.forEach(
      (edge: { attributes: { date: string } }, i: number) => (edge.attributes.date = dates[i]!),
    );
    const { file, dropped } = validateNetworkFile(json);
    expect(file!.edges.map((edge) => edge.attributes.date)).toEqual([
      "2022-12-02",
      "2022-12-02",
      "2022-12-02",
    ]);
    expect(dropped).toHaveLength(2);
    for (const line of dropped) expect(line).toMatch(/^relation [13] ".+" has a date that is not a date/);
  });
});

describe("validating a relation's status", () => {
  it.each([
    { status: undefined, kept: true },
    { status: "held", kept: true },
    { status: "planned", kept: true },
    { status: "cancelled", kept: false },
    { status: "Planned", kept: false },
    { status: null, kept: false },
    { status: 1, kept: false },
  ])("status $status is kept: $kept", ({ status, kept }) => {
    const json = parsedNetwork();
    json.edges[2].key = "r2";
    if (status !== undefined) json.edges[2].attributes.status = status;
    const { file, dropped } = validateNetworkFile(json);
    expect(file!.edges.some((edge) => edge.key === "r2")).toBe(kept);
    if (kept) expect(dropped).toEqual([]);
    else
      expect(dropped).toEqual([
        `relation 2 "r2" has an unknown status ${JSON.stringify(status)}` +
          ' (expected "held" or "planned", or none for held)',
      ]);
  });
});
