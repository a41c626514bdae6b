import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_PREPROCESS_ARGS } from "../../src/cli/args";
import { readArticles } from "../../src/cli/read-articles";
import { sourceOptionsOf } from "../../src/cli/source-options";
import { validateNetworkFile, type ActorNetworkFile } from "../../src/schema";
import { article, makeTempTree, preprocessIn, tree } from "./helpers";

const TEXT = "Gas talks\n\nPresident Joe Biden spoke with Vladimir Putin on Tuesday, the Kremlin said.\n";
const SECRET = "a file outside the corpus, which must not end up in the output\n";
const bom16 = (order: "le" | "be", text: string) => {
  const le = Buffer.from(`\uFEFF${text}`, "utf16le");
  return order === "le" ? le : le.swap16();
};
const runsAsRoot = process.getuid?.() === 0;
const onWindows = process.platform === "win32";

interface FileCase {
  name: string;
  /** Makes `in/` and what is around it in the temporary root. */
  setup: (root: string) => void;
  args?: string[];
  code: number;
  /** A line stderr must contain. */
  stderr?: string;
  /** The articles of the written file, when the run succeeds. */
  ids?: string[];
  /** The text of article `a` in the written file. */
  text?: string;
  /** A path made unreadable (mode 000) for the run only. */
  lock?: string;
  skip?: string | false;
}

const write = (root: string, files: Record<string, string | Uint8Array>) => {
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), content);
  }
};
const link = (root: string, target: string, name: string) => fs.symlinkSync(target, path.join(root, name));
const GOOD = { "in/a.txt": TEXT };

const cases: FileCase[] = [
  // encodings
  {
    name: "UTF-16 LE with a byte-order mark is read as text",
    setup: (root) => write(root, { "in/a.txt": bom16("le", TEXT.replace(/\n/g, "\r\n")) }),
    code: 0,
    ids: ["a"],
    text: TEXT,
  },
  {
    name: "UTF-16 BE with a byte-order mark is read as text",
    setup: (root) => write(root, { "in/a.txt": bom16("be", TEXT) }),
    code: 0,
    ids: ["a"],
    text: TEXT,
  },
  {
    name: "UTF-16 cut in the middle of a character is refused",
    setup: (root) => write(root, { ...GOOD, "in/b.txt": bom16("le", TEXT).subarray(0, 21) }),
    args: ["--strict"],
    code: 1,
    stderr: "preprocess: in/b.txt: is not UTF-16 text, though it starts with a UTF-16 (LE) byte-order mark\n",
  },
  {
    name: "UTF-16 without a byte-order mark is refused as binary",
    setup: (root) => write(root, { ...GOOD, "in/b.txt": Buffer.from(TEXT, "utf16le") }),
    code: 0,
    stderr: "preprocess: warning: in/b.txt: is binary, not text (it contains NUL bytes); skipped\n",
    ids: ["a"],
  },
  {
    name: "a binary file named .txt is skipped",
    setup: (root) =>
      write(root, {
        ...GOOD,
        "in/b.txt": Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
      }),
    code: 0,
    stderr: "preprocess: warning: in/b.txt: is binary, not text (it contains NUL bytes); skipped\n",
    ids: ["a"],
  },
  // links
  {
    name: "a link to a file outside the folder is refused and skipped",
    setup: (root) => {
      write(root, { ...GOOD, "secret.txt": SECRET });
      link(root, "../secret.txt", "in/b.txt");
    },
    code: 0,
    stderr:
      'preprocess: warning: in/b.txt: is a link to "../secret.txt", outside in; refused (copy the file into the folder instead); skipped\n',
    ids: ["a"],
    skip: onWindows && "symbolic links need privileges on Windows",
  },
  {
    name: "a link to a file outside the folder is fatal with --strict",
    setup: (root) => {
      write(root, { ...GOOD, "secret.txt": SECRET });
      link(root, path.join(root, "secret.txt"), "in/b.txt");
    },
    args: ["--strict"],
    code: 1,
    stderr: "outside in; refused (copy the file into the folder instead)\n",
    skip: onWindows && "symbolic links need privileges on Windows",
  },
  {
    name: "a link out and back in through a parent folder is fine",
    setup: (root) => {
      write(root, { ...GOOD, "in/sub/c.txt": TEXT });
      link(root, "../in/sub/c.txt", "in/b.txt");
    },
    code: 0,
    ids: ["a", "b", "sub/c"],
    skip: onWindows && "symbolic links need privileges on Windows",
  },
  {
    name: "a link to a file inside the folder is read",
    setup: (root) => {
      write(root, GOOD);
      link(root, "a.txt", "in/b.txt");
    },
    code: 0,
    ids: ["a", "b"],
    skip: onWindows && "symbolic links need privileges on Windows",
  },
  {
    name: "an input folder that is itself a link is read",
    setup: (root) => {
      write(root, { "real/a.txt": TEXT });
      link(root, "real", "in");
    },
    code: 0,
    ids: ["a"],
    skip: onWindows && "symbolic links need privileges on Windows",
  },
  {
    name: "a manifest that links out of the folder is refused",
    setup: (root) => {
      write(root, { ...GOOD, "elsewhere/manifest.json": JSON.stringify({ articles: [] }) });
      link(root, "../elsewhere/manifest.json", "in/manifest.json");
    },
    code: 1,
    stderr: 'preprocess: in/manifest.json: is a link to "../elsewhere/manifest.json", outside in; refused',
    skip: onWindows && "symbolic links need privileges on Windows",
  },
  {
    name: "a dangling link is skipped",
    setup: (root) => {
      write(root, GOOD);
      link(root, "gone.txt", "in/b.txt");
    },
    code: 0,
    stderr: "preprocess: warning: in/b.txt: cannot be read: does not exist; skipped\n",
    ids: ["a"],
    skip: onWindows && "symbolic links need privileges on Windows",
  },
  // things that are not files
  {
    name: "a named pipe called .txt is skipped, not waited on",
    setup: (root) => {
      write(root, GOOD);
      spawnSync("mkfifo", [path.join(root, "in/b.txt")]);
    },
    code: 0,
    stderr: "preprocess: warning: in/b.txt: is not a regular file; skipped\n",
    ids: ["a"],
    skip: onWindows && "no named pipes in the file system on Windows",
  },
  // size
  {
    name: "an article over the size limit is refused unread",
    setup: (root) => {
      write(root, { ...GOOD, "in/big.txt": "" });
      fs.truncateSync(path.join(root, "in/big.txt"), 101 * 1024 * 1024); // sparse: no disk, no time
    },
    code: 0,
    stderr:
      "preprocess: warning: in/big.txt: is 101 MB, over the limit of 20 MB (raise it with --max-article-mb); skipped\n",
    ids: ["a"],
  },
  {
    name: "an article over the size limit is fatal with --strict",
    setup: (root) => {
      write(root, { ...GOOD, "in/big.txt": "" });
      fs.truncateSync(path.join(root, "in/big.txt"), 101 * 1024 * 1024);
    },
    args: ["--strict"],
    code: 1,
    stderr: "preprocess: in/big.txt: is 101 MB, over the limit of 20 MB (raise it with --max-article-mb)\n",
  },
  // permissions: root reads everything, so these only mean something for other users
  {
    name: "an article the user cannot read is skipped",
    setup: (root) => write(root, { ...GOOD, "in/b.txt": TEXT }),
    lock: "in/b.txt",
    code: 0,
    stderr: "preprocess: warning: in/b.txt: cannot be read: permission denied; skipped\n",
    ids: ["a"],
    skip: (runsAsRoot || onWindows) && "root reads a file whatever its mode (see unreadable.test.ts)",
  },
  {
    name: "an input folder the user cannot list is refused",
    setup: (root) => write(root, GOOD),
    lock: "in",
    code: 1,
    stderr: "preprocess: in: permission denied\n",
    skip: (runsAsRoot || onWindows) && "root lists a folder whatever its mode (see unreadable.test.ts)",
  },
];

describe("preprocess on awkward files: a clear message naming the file, and only the output written", () => {
  for (const { name, setup, args = [], code, stderr, ids, text, lock, skip } of cases) {
    it.skipIf(Boolean(skip))(skip ? `${name} (skipped: ${skip})` : name, () => {
      const root = makeTempTree();
      setup(root);
      const before = tree(root);
      if (lock) fs.chmodSync(path.join(root, lock), 0o000);
      const started = performance.now();
      const result = preprocessIn(root, ["in", "--out", "out/graph.json", ...args]);
      const seconds = (performance.now() - started) / 1000;
      if (lock) fs.chmodSync(path.join(root, lock), 0o755);

      expect(result.code, result.stderr).toBe(code);
      if (stderr !== undefined) expect(result.stderr).toContain(stderr);
      expect(seconds).toBeLessThan(5); // nothing waited on, nothing large read
      if (code !== 0) {
        expect(tree(root)).toEqual(before);
        return;
      }
      expect(tree(root)).toEqual([...before, "out/", "out/graph.json"].sort());
      const network = JSON.parse(
        fs.readFileSync(path.join(root, "out/graph.json"), "utf8"),
      ) as ActorNetworkFile;
      const { errors, dropped } = validateNetworkFile(network);
      expect({ errors, dropped }).toEqual({ errors: [], dropped: [] });
      expect(network.attributes.articles.map((item) => item.id)).toEqual(ids);
      if (text !== undefined) expect(network.attributes.articles[0]?.text).toBe(text);
      expect(JSON.stringify(network)).not.toContain(SECRET.trim());
    });
  }
});

describe("the article size limit", () => {
  it.each([
    { maxArticleMb: 1, size: 1024 * 1024, refused: false },
    { maxArticleMb: 1, size: 1024 * 1024 + 1, refused: true },
    { maxArticleMb: 0.5, size: 600_000, refused: true },
    { maxArticleMb: 5, size: 3 * 1024 * 1024, refused: false },
  ])("$maxArticleMb MB refuses $size bytes: $refused", ({ maxArticleMb, size, refused }) => {
    const root = makeTempTree({ "in/a.txt": article("gas") });
    fs.truncateSync(path.join(root, "in/a.txt"), size); // padded with NUL bytes: binary once read
    const options = sourceOptionsOf({ ...DEFAULT_PREPROCESS_ARGS, maxArticleMb });
    const { skipped: bad } = readArticles(path.join(root, "in"), "in", ["a.txt"], options);
    expect(bad).toHaveLength(1);
    expect(bad[0]?.problem.includes("over the limit") ? "refused" : "read").toBe(
      refused ? "refused" : "read",
    );
    if (refused)
      expect(bad[0]?.problem).toContain(
        `over the limit of ${maxArticleMb} MB (raise it with --max-article-mb)`,
      );
  });
});

describe("--max-article-mb on the command line", () => {
  it("refuses a 2 MB article with --max-article-mb 1, naming the limit of 1 MB", () => {
    const big = `Big one\n\n${"Biden spoke with Putin. ".repeat(90_000)}`;
    const root = makeTempTree({ "in/a.txt": article("gas"), "in/big.txt": big });
    const result = preprocessIn(root, ["in", "--out", "out/graph.json", "--max-article-mb", "1"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      "in/big.txt: is 2.1 MB, over the limit of 1 MB (raise it with --max-article-mb); skipped",
    );
    const network = JSON.parse(
      fs.readFileSync(path.join(root, "out/graph.json"), "utf8"),
    ) as ActorNetworkFile;
    expect(network.attributes.articles.map((a) => a.id)).toEqual(["a"]);
  });
});
