import fs from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import * as pipeline from "../../src/pipeline";
import { article, listing, makeTempTree, preprocessIn } from "./helpers";

// The real pipeline, watched, so a test can see what the command passes to it or break it.
vi.mock("../../src/pipeline", async (importOriginal) => {
  const original = await importOriginal<typeof pipeline>();
  return { ...original, buildNetwork: vi.fn(original.buildNetwork) };
});
const buildNetwork = vi.mocked(pipeline.buildNetwork);

beforeEach(() => {
  buildNetwork.mockClear();
});

describe("what preprocess gives the pipeline", () => {
  it("passes the articles with their manifest fields, in name order", () => {
    const root = makeTempTree({
      "in/b.md": "Grain\n\nShips left Odesa.\n",
      "in/a.txt": "Gas\n\nPipelines.\n",
      "in/manifest.json": JSON.stringify({ articles: [{ file: "b.md", published: "2022-08-01", url: "u" }] }),
    });
    expect(preprocessIn(root, ["in", "--out", "g.json"]).code).toBe(0);
    expect(buildNetwork.mock.calls[0]?.[0]).toEqual([
      { id: "a", text: "Gas\n\nPipelines.\n", published: null, source: null, url: null, title: null },
      {
        id: "b",
        text: "Grain\n\nShips left Odesa.\n",
        published: "2022-08-01",
        source: null,
        url: "u",
        title: null,
      },
    ]);
  });

  it("adds the --actors list to the bundled known actors", () => {
    const extra = [
      { label: "Josep Borrell", kind: "person", role: "EU foreign-policy chief", aliases: ["Borrell"] },
    ];
    const root = makeTempTree({ "in/a.txt": article("gas"), "extra.json": JSON.stringify(extra) });
    expect(preprocessIn(root, ["in", "--out", "g.json", "--actors", "extra.json"]).code).toBe(0);
    expect(buildNetwork.mock.calls[0]?.[1]?.knownActors).toEqual([
      ...pipeline.DEFAULT_KNOWN_ACTORS,
      ...extra,
    ]);
  });

  it("leaves the bundled known actors to the pipeline without --actors", () => {
    const root = makeTempTree({ "in/a.txt": article("gas") });
    expect(preprocessIn(root, ["in", "--out", "g.json"]).code).toBe(0);
    expect(buildNetwork.mock.calls[0]?.[1]?.knownActors ?? pipeline.DEFAULT_KNOWN_ACTORS).toEqual(
      pipeline.DEFAULT_KNOWN_ACTORS,
    );
  });
});

describe("a pipeline fault", () => {
  it.each([
    {
      name: "an invalid network is an internal error",
      fault: () => {
        const result = pipeline.buildNetwork([{ id: "a", text: "x" }]);
        result.network.attributes.schemaVersion = 99;
        return result;
      },
      message:
        /^preprocess: internal error: the pipeline made an invalid network, nothing written: schemaVersion is 99, expected 1$/m,
    },
    {
      name: "an exception is an internal error",
      fault: () => {
        throw new Error("boom");
      },
      message: /^preprocess: internal error, nothing written: Error: boom$/m,
    },
  ])("$name: exit code 70, nothing written", ({ fault, message }) => {
    const root = makeTempTree({ "in/a.txt": article("gas"), "g.json": "earlier" });
    buildNetwork.mockImplementationOnce(fault);
    const result = preprocessIn(root, ["in", "--out", "g.json"]);
    expect(result.code).toBe(70);
    expect(result.stderr).toMatch(message);
    expect(fs.readFileSync(path.join(root, "g.json"), "utf8")).toBe("earlier");
    expect(listing(root)).toEqual(["g.json", "in"]);
  });
});
