import { describe, expect, it } from "vitest";
import { applyCorrections, type Correction } from "../../src/corrections";
import { validateNetworkFile } from "../../src/schema";
import { BIDEN, CALL, DMITRY_PESKOV, KOMMERSANT, KYIV, PESKOV, PUTIN, WARNING, network } from "./fixture";

const apply = (...corrections: Correction[]) => applyCorrections(network(), corrections);
const actor = (result: ReturnType<typeof apply>, key: string) =>
  result.network.nodes.find((n) => n.key === key)?.attributes as Record<string, unknown> | undefined;
const relation = (result: ReturnType<typeof apply>, key: string) =>
  result.network.edges.find((e) => e.key === key);

describe("actor corrections", () => {
  it("merges actors: the merged one keeps every alias, mention and article, and their relations", () => {
    const result = apply({ op: "merge-actors", into: DMITRY_PESKOV, actors: [PESKOV] });
    expect(actor(result, "peskov")).toBeUndefined();
    expect(actor(result, "dmitry-peskov")).toMatchObject({
      aliases: ["Peskov"],
      mentions: 2,
      review: "corrected",
    });
    expect(relation(result, "e2")).toMatchObject({ source: "kommersant-fm", target: "dmitry-peskov" });
    // Peskov → Dmitry Peskov would now loop on one actor.
    expect(relation(result, "e3")).toBeUndefined();
    expect(result.skipped).toEqual([]);
  });

  it.each([
    [
      { op: "rename-actor", actor: PESKOV, label: "Dmitry S. Peskov" },
      { label: "Dmitry S. Peskov", aliases: ["Peskov"] },
    ],
    [{ op: "set-actor-kind", actor: KOMMERSANT, kind: "organization" }, { kind: "organization" }],
    [{ op: "set-actor-role", actor: PESKOV, role: "Kremlin spokesman" }, { role: "Kremlin spokesman" }],
  ] as [Correction, object][])("%o changes the actor and marks it", (correction, expected) => {
    const result = apply(correction);
    const key = "actor" in correction ? correction.actor.key : "";
    expect(actor(result, key)).toMatchObject({ ...expected, review: "corrected" });
  });

  it("removes an actor that is not one, with its relations", () => {
    const result = apply({ op: "remove-actor", actor: KYIV });
    expect(actor(result, "kyiv")).toBeUndefined();
    expect(relation(result, "e4")).toBeUndefined();
    expect(validateNetworkFile(result.network).dropped).toEqual([]);
  });

  it("finds an actor by name when its key changed, and follows earlier merges", () => {
    const renamedKey = { key: "putin", label: "Putin" };
    const result = apply(
      { op: "merge-actors", into: DMITRY_PESKOV, actors: [PESKOV] },
      { op: "set-actor-role", actor: renamedKey, role: "President" },
      { op: "set-actor-kind", actor: PESKOV, kind: "organization" },
    );
    expect(actor(result, "vladimir-putin")).toMatchObject({ role: "President" });
    expect(actor(result, "dmitry-peskov")).toMatchObject({ kind: "organization" });
  });
});

describe("relation corrections", () => {
  it.each([
    [{ op: "confirm-relation", relation: WARNING }, { attributes: { review: "confirmed" } }],
    [
      { op: "set-relation-type", relation: WARNING, type: "call" },
      { undirected: true, attributes: { type: "call" } },
    ],
    [{ op: "set-relation-status", relation: CALL, status: "planned" }, { attributes: { status: "planned" } }],
    [
      { op: "reverse-relation", relation: WARNING },
      { source: "joe-biden", target: "vladimir-putin" },
    ],
    [
      { op: "set-relation-date", relation: WARNING, date: "2024-03-01" },
      { attributes: { date: "2024-03-01", datePrecision: "day" } },
    ],
  ] as [Correction, object][])("%o", (correction, expected) => {
    const result = apply(correction);
    const key = correction.op === "set-relation-status" ? "e0" : "e1";
    expect(relation(result, key)).toMatchObject(expected);
    expect(result.skipped).toEqual([]);
  });

  it("rejects a relation", () => {
    const result = apply({ op: "reject-relation", relation: WARNING });
    expect(relation(result, "e1")).toBeUndefined();
    expect(result.network.edges).toHaveLength(4);
  });

  it("finds a call either way round", () => {
    const result = apply({ op: "reject-relation", relation: { ...CALL, source: BIDEN, target: PUTIN } });
    expect(relation(result, "e0")).toBeUndefined();
  });

  it("adds a relation from a sentence, dated by the article when no date is given", () => {
    const sentence = "Peskov told Kommersant FM that Moscow was ready.";
    const result = apply({
      op: "add-relation",
      source: PESKOV,
      target: PUTIN,
      type: "statement",
      article: "a1",
      start: 87,
      end: 135,
      sentence,
    });
    const added = result.network.edges.at(-1)!;
    expect(added).toMatchObject({
      key: "added-1",
      source: "peskov",
      target: "vladimir-putin",
      undirected: false,
      attributes: {
        sentence,
        start: 87,
        end: 135,
        date: "2024-03-05",
        dateSource: "published",
        review: "added",
      },
    });
    expect(validateNetworkFile(result.network).dropped).toEqual([]);
  });

  it("finds the added relation's sentence again when its offsets moved", () => {
    const sentence = "Kyiv is a city.";
    const result = apply({
      op: "add-relation",
      source: KYIV,
      target: BIDEN,
      type: "call",
      article: "a1",
      start: 0,
      end: 15,
      sentence,
    });
    expect(result.network.edges.at(-1)!.attributes).toMatchObject({ start: 136, end: 151 });
  });

  it("changes a relation changed before, by its new type", () => {
    const result = apply(
      { op: "set-relation-type", relation: WARNING, type: "call" },
      { op: "set-relation-status", relation: { ...WARNING, type: "call" }, status: "planned" },
    );
    expect(relation(result, "e1")!.attributes).toMatchObject({ type: "call", status: "planned" });
  });
});

describe("entries whose target is gone are reported and skipped, never fatal", () => {
  it.each([
    [{ op: "rename-actor", actor: { key: "nobody", label: "Nobody" }, label: "X" }, /no actor "Nobody"/],
    [
      { op: "reject-relation", relation: { ...WARNING, start: 1 } },
      /no relation of type statement in article a1 at 1–86/,
    ],
    [
      { op: "reject-relation", relation: { ...WARNING, target: KYIV } },
      /no statement between "Vladimir Putin" and "Kyiv"/,
    ],
    [{ op: "reverse-relation", relation: CALL }, /a call has no direction/],
    [{ op: "set-relation-status", relation: WARNING, status: "planned" }, /a statement has no status/],
    [
      {
        op: "add-relation",
        source: PUTIN,
        target: BIDEN,
        type: "call",
        article: "gone",
        start: 0,
        end: 5,
        sentence: "Hello",
      },
      /no article gone/,
    ],
    [
      {
        op: "add-relation",
        source: PUTIN,
        target: BIDEN,
        type: "call",
        article: "a1",
        start: 0,
        end: 5,
        sentence: "Not there",
      },
      /no longer holds/,
    ],
    [
      {
        op: "add-relation",
        source: PUTIN,
        target: BIDEN,
        type: "call",
        article: "a1",
        start: 0,
        end: 55,
        sentence: "Vladimir Putin spoke with Joe Biden by phone on Monday.",
      },
      /already has/,
    ],
  ] as [Correction, RegExp][])("%o", (correction, reason) => {
    const result = apply(correction, { op: "confirm-relation", relation: WARNING });
    expect(result.skipped).toHaveLength(1);
    expect(result.skipped[0]!.entry).toBe(1);
    expect(result.skipped[0]!.reason).toMatch(reason);
    expect(relation(result, "e1")!.attributes).toMatchObject({ review: "confirmed" });
  });

  it("a relation rejected twice is skipped the second time", () => {
    const result = apply(
      { op: "reject-relation", relation: WARNING },
      { op: "reject-relation", relation: WARNING },
    );
    expect(result.skipped.map((s) => s.entry)).toEqual([2]);
  });

  it("merging with one actor missing merges the others and says so", () => {
    const result = apply({
      op: "merge-actors",
      into: DMITRY_PESKOV,
      actors: [PESKOV, { key: "x", label: "X" }],
    });
    expect(actor(result, "peskov")).toBeUndefined();
    expect(result.skipped[0]!.reason).toMatch(/no actor "X".*merged the others/);
  });
});

describe("the input network", () => {
  it("is never changed", () => {
    const input = network();
    const before = JSON.stringify(input);
    applyCorrections(input, [
      { op: "merge-actors", into: DMITRY_PESKOV, actors: [PESKOV] },
      { op: "reverse-relation", relation: WARNING },
      { op: "rename-actor", actor: BIDEN, label: "Joseph Biden" },
      { op: "remove-actor", actor: KYIV },
    ]);
    expect(JSON.stringify(input)).toBe(before);
  });

  it("gives the same network for the same corrections", () => {
    const corrections: Correction[] = [{ op: "reverse-relation", relation: WARNING }];
    expect(JSON.stringify(applyCorrections(network(), corrections))).toBe(
      JSON.stringify(applyCorrections(network(), corrections)),
    );
  });
});
