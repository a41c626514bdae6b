import path from "node:path";
import { describe, expect, it } from "vitest";
import { readCorpus } from "../../../src/cli/read-corpus";
import { buildNetwork } from "../../../src/pipeline";
import { ArticleSession, recordInput } from "../../../src/app/load/article-session";
import { REPO_ROOT } from "../../cli/helpers";

const SEEDS = readCorpus(path.join(REPO_ROOT, "seeds")).inputs;
const noProgress = () => undefined;

describe("the browser's article session", () => {
  it("builds from articles the network the command builds", () => {
    const session = new ArticleSession();
    session.add(SEEDS, noProgress);
    expect(JSON.stringify(session.network().network)).toBe(JSON.stringify(buildNetwork(SEEDS).network));
  });

  it("rebuilds a network file's network from the articles it holds, so articles can be added to it", () => {
    const file = buildNetwork(SEEDS).network;
    const session = new ArticleSession();
    session.add(file.attributes.articles.map(recordInput), noProgress);
    expect(JSON.stringify(session.network().network)).toBe(JSON.stringify(file));
  });

  it("extracts only new articles, and names one it holds already", () => {
    const session = new ArticleSession();
    const done: number[] = [];
    session.add(SEEDS.slice(0, 3), noProgress);
    const { added, skipped } = session.add(SEEDS.slice(2), (count, total) => done.push(count / total));
    expect({ added, size: session.size, done }).toEqual({ added: 2, size: 5, done: [0.5, 1] });
    expect(skipped).toEqual([
      { file: SEEDS[2]!.id, problem: "is in the network already (an article with this id)" },
    ]);
  });
});
