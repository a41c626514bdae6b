import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { actorRef, correctionsFile, relationRef, type Correction } from "../../src/corrections";
import type { ActorNetworkFile } from "../../src/schema";
import { GROWING_FOLDER, manifestOf } from "./growing-folder";
import { makeTempTree, preprocessIn } from "./helpers";

const { first: FIRST, second: SECOND, later: LATER } = GROWING_FOLDER;

const read = (file: string) => JSON.parse(fs.readFileSync(file, "utf8")) as ActorNetworkFile;
const node = (network: ActorNetworkFile, key: string) => network.nodes.find((n) => n.key === key);

/** The fixes a reviewer makes in the explorer, as the explorer writes them: by names and evidence. */
function fixesFor(network: ActorNetworkFile): Correction[] {
  const actor = (key: string) => ({ key, label: node(network, key)!.attributes.label });
  const statement = network.edges.find(
    (edge) => edge.attributes.type === "statement" && edge.source === "maria-lindqvist",
  )!;
  const call = network.edges.find((edge) => edge.attributes.type === "call")!;
  return [
    { op: "rename-actor", actor: actorRef(actor("okeyo-wanjala")), label: "Okeyo Wanjala (president)" },
    {
      op: "reject-relation",
      relation: relationRef(statement.attributes, actor(statement.source), actor(statement.target)),
    },
    {
      op: "add-relation",
      source: actorRef(actor("maria-lindqvist")),
      target: actorRef(actor("okeyo-wanjala")),
      type: "statement",
      article: call.attributes.article,
      start: call.attributes.start,
      end: call.attributes.end,
      sentence: call.attributes.sentence,
    },
    { op: "remove-actor", actor: { key: "no-such-actor", label: "Nobody At All" } },
  ];
}

describe("preprocess --corrections", () => {
  it("replays the explorer's fixes on a network rebuilt from a grown folder, skipping what is gone", () => {
    const dir = makeTempTree({
      "in/a.txt": FIRST,
      "in/b.txt": SECOND,
      "in/manifest.json": manifestOf(["a.txt", "b.txt"]),
    });
    expect(preprocessIn(dir, ["in", "-o", "first.json", "-q"]).code).toBe(0);
    const fixes = fixesFor(read(path.join(dir, "first.json")));
    fs.writeFileSync(path.join(dir, "fixes.json"), JSON.stringify(correctionsFile(fixes)));

    fs.writeFileSync(path.join(dir, "in/c.txt"), LATER);
    fs.writeFileSync(path.join(dir, "in/manifest.json"), manifestOf(["a.txt", "b.txt", "c.txt"]));
    const run = preprocessIn(dir, ["in", "-o", "grown.json", "--corrections", "fixes.json", "-q"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/fixes\.json: .*Nobody At All.*; skipped/);

    const grown = read(path.join(dir, "grown.json"));
    expect(grown.attributes.articles.map((article) => article.id)).toEqual(["a", "b", "c"]);
    expect(node(grown, "okeyo-wanjala")?.attributes.label).toBe("Okeyo Wanjala (president)");
    const rejected = fixes[1] as Extract<Correction, { op: "reject-relation" }>;
    expect(
      grown.edges.some(
        (edge) =>
          edge.attributes.article === rejected.relation.article &&
          edge.attributes.start === rejected.relation.start &&
          edge.attributes.type === "statement" &&
          edge.source === rejected.relation.source.key,
      ),
    ).toBe(false);
    expect(
      grown.edges.some(
        (edge) =>
          edge.attributes.type === "statement" &&
          edge.source === "maria-lindqvist" &&
          edge.target === "okeyo-wanjala",
      ),
    ).toBe(true);
    // The new article's call is there too: the fixes did not stop the folder's growth.
    expect(
      grown.edges.some((edge) => edge.attributes.article === "c" && edge.attributes.type === "call"),
    ).toBe(true);
  });

  it.each([
    ["not JSON", "{ nope", /fixes\.json: is not JSON/],
    [
      "another version",
      JSON.stringify({ format: "newsnet-corrections", version: 9, corrections: [] }),
      /version/,
    ],
    [
      "an entry that refers to nothing",
      JSON.stringify({ format: "newsnet-corrections", version: 1, corrections: [{ op: "rename-actor" }] }),
      /entry 1/,
    ],
  ])("refuses a corrections file that is %s, naming it, and writes nothing", (_, text, message) => {
    const dir = makeTempTree({ "in/a.txt": FIRST, "fixes.json": text });
    const run = preprocessIn(dir, ["in", "-o", "out.json", "--corrections", "fixes.json", "-q"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(fs.existsSync(path.join(dir, "out.json"))).toBe(false);
  });
});
