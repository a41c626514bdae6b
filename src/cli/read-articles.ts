import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { DEFAULT_PREPROCESS_ARGS } from "./args";
import { CliError, describeFsError } from "./errors";
import { linkOutOfFolder } from "./links";
import { BYTES_PER_MB, readTextFile } from "./text-file";

/** An article file of the input folder. */
export interface ArticleFile {
  /** The file name without its extension. */
  id: string;
  /** The file name in the folder. */
  name: string;
}

export interface ReadArticle extends ArticleFile {
  text: string;
}

/** An article that could not be used, named as the user would type it. */
export interface BadArticle {
  file: string;
  problem: string;
}

const ARTICLE_EXTENSION = /\.(txt|md)$/i;

/**
 * The articles of a folder: its `.txt` and `.md` files, not hidden nor folders, sorted by name
 * (code-unit order, whatever the locale). `displayDir` is the folder as the user typed it.
 */
export function listArticleFiles(dir: string, displayDir: string): ArticleFile[] {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new CliError(`${displayDir}: is not a folder`);
    names = readdirSync(dir);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(
      `${displayDir}: ${describeFsError(error).replace("does not exist", "no such folder")}`,
    );
  }
  const files = names
    .filter(
      (name) => ARTICLE_EXTENSION.test(name) && !name.startsWith(".") && !isFolder(path.join(dir, name)),
    )
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((name) => ({ id: name.replace(ARTICLE_EXTENSION, ""), name }));
  if (files.length === 0) throw new CliError(`${displayDir}: no .txt or .md articles in this folder`);
  const byId = new Map<string, string>();
  for (const { id, name } of files) {
    const other = byId.get(id);
    if (other !== undefined)
      throw new CliError(
        `${path.join(displayDir, name)}: has the same article id "${id}" as ${other}; rename one of them`,
      );
    byId.set(id, name);
  }
  return files;
}

export interface ReadOptions {
  /** Larger articles are refused from their size, unread (`--max-article-mb`). */
  maxArticleMb: number;
}

/** Reads every article; a bad one is returned with its problem instead of stopping the run. */
export function readArticles(
  dir: string,
  displayDir: string,
  files: ArticleFile[],
  options: Partial<ReadOptions> = {},
): { articles: ReadArticle[]; bad: BadArticle[] } {
  const { maxArticleMb } = { maxArticleMb: DEFAULT_PREPROCESS_ARGS.maxArticleMb, ...options };
  const articles: ReadArticle[] = [];
  const bad: BadArticle[] = [];
  for (const file of files) {
    const shown = path.join(displayDir, file.name);
    const outside = linkOutOfFolder(path.join(dir, file.name), dir, displayDir);
    if (outside !== null) {
      bad.push({ file: shown, problem: outside });
      continue;
    }
    const result = readTextFile(path.join(dir, file.name), {
      bytes: maxArticleMb * BYTES_PER_MB,
      option: "--max-article-mb",
    });
    if (!result.ok) bad.push({ file: shown, problem: result.problem });
    else if (result.text.trim() === "") bad.push({ file: shown, problem: "is empty (only whitespace)" });
    else articles.push({ ...file, text: result.text });
  }
  return { articles, bad };
}

function isFolder(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false; // a dangling link is reported when it is read
  }
}
