import { describe, expect, it } from "vitest";
import { CORRECTIONS_VERSION, correctionsFile, parseCorrections } from "../../src/corrections";
import { PESKOV, WARNING } from "./fixture";

const file = (corrections: unknown[], extra: object = {}) =>
  JSON.stringify({ format: "newsnet-corrections", version: CORRECTIONS_VERSION, corrections, ...extra });

describe("parseCorrections", () => {
  it("reads what correctionsFile writes", () => {
    const corrections = [
      { op: "reject-relation", relation: WARNING },
      { op: "set-actor-role", actor: PESKOV, role: null },
    ] as const;
    const parsed = parseCorrections(JSON.stringify(correctionsFile(corrections)), "fixes.json");
    expect(parsed).toEqual({ ok: true, corrections });
  });

  it.each([
    ["not json", "{", /^fixes\.json: is not JSON/],
    ["a list", "[]", /^fixes\.json: is not a corrections file/],
    [
      "another format",
      JSON.stringify({ format: "gexf", version: 1, corrections: [] }),
      /"format" is not "newsnet-corrections"/,
    ],
    [
      "another version",
      file([], { version: 2 }),
      /version 2 is not supported \(this version of Newsnet reads version 1\)/,
    ],
    ["no list", JSON.stringify({ format: "newsnet-corrections", version: 1 }), /has no "corrections" list/],
    ["an unknown op", file([{ op: "explode" }]), /entry 1 \(explode\): "op" must be one of "merge-actors"/],
    ["an entry that is not an object", file([3]), /entry 1: is not an object \(got 3\)/],
    [
      "a missing actor",
      file([{ op: "remove-actor" }]),
      /entry 1 \(remove-actor\): "actor" must be an object \(got nothing\)/,
    ],
    [
      "a bad offset",
      file([{ op: "reject-relation", relation: { ...WARNING, start: -1 } }]),
      /"relation" "start" must be a whole number/,
    ],
    [
      "a bad date",
      file([{ op: "set-relation-date", relation: WARNING, date: "last week" }]),
      /"date" must be a date yyyy-mm-dd or null \(got "last week"\)/,
    ],
    [
      "a bad kind",
      file([{ op: "set-actor-kind", actor: PESKOV, kind: "place" }]),
      /"kind" must be one of "person"/,
    ],
    [
      "an empty merge",
      file([{ op: "merge-actors", into: PESKOV, actors: [] }]),
      /"actors" must be a list of actors/,
    ],
  ])("refuses %s with a message naming the file and entry", (_, text, message) => {
    const parsed = parseCorrections(text, "fixes.json");
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors[0]).toMatch(message);
  });

  it("names every faulty entry, numbered from 1", () => {
    const parsed = parseCorrections(
      file([{ op: "reject-relation", relation: WARNING }, { op: "x" }, { op: "remove-actor", actor: {} }]),
      "f.json",
    );
    expect(parsed.ok ? [] : parsed.errors.map((e) => e.slice(0, 15))).toEqual([
      "f.json: entry 2",
      "f.json: entry 3",
    ]);
  });
});
