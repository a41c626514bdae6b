import { readdirSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { ARTICLE_EXTENSIONS, sourceFor } from "../sources/sources";
import { articleId } from "../sources/article-text";
import { CliError, describeFsError } from "./errors";
import { linkOutOfFolder } from "./links";

/**
 * The article files of a folder and the folders below it, as paths inside it with "/" between
 * folders, sorted (code-unit order, whatever the locale). Hidden files and folders are passed over,
 * and so is every file no format reads. A link to a folder is followed only when it stays inside;
 * a link to a file is listed, and reading it refuses one that leads out. `displayDir` is the folder
 * as the user typed it.
 */
export function listArticleFiles(dir: string, displayDir: string): string[] {
  try {
    if (!statSync(dir).isDirectory()) throw new CliError(`${displayDir}: is not a folder`);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(
      `${displayDir}: ${describeFsError(error).replace("does not exist", "no such folder")}`,
    );
  }
  const files: string[] = [];
  const seen = new Set<string>();
  const walk = (folder: string, prefix: string) => {
    const real = realPath(folder);
    if (seen.has(real)) return; // a link back up the tree
    seen.add(real);
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch (error) {
      throw new CliError(`${path.join(displayDir, prefix) || displayDir}: ${describeFsError(error)}`);
    }
    for (const name of names) {
      if (name.startsWith(".")) continue;
      const full = path.join(folder, name);
      if (isFolder(full)) {
        if (linkOutOfFolder(full, dir, displayDir) === null) walk(full, `${prefix}${name}/`);
      } else if (sourceFor(name)) files.push(`${prefix}${name}`);
    }
  };
  walk(dir, "");
  if (files.length === 0)
    throw new CliError(
      `${displayDir}: no articles in this folder or below (${ARTICLE_EXTENSIONS.join(", ")})`,
    );
  files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  refuseSameIds(files, displayDir);
  return files;
}

/** Two files whose names differ only in their extension would give their articles the same ids. */
function refuseSameIds(files: readonly string[], displayDir: string): void {
  const byId = new Map<string, string>();
  for (const file of files) {
    const id = articleId(file);
    const other = byId.get(id);
    if (other !== undefined)
      throw new CliError(
        `${path.join(displayDir, file)}: has the same article id "${id}" as ${other}; rename one of them`,
      );
    byId.set(id, file);
  }
}

function isFolder(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false; // a dangling link is reported when it is read
  }
}

function realPath(folder: string): string {
  try {
    return realpathSync(folder);
  } catch {
    return folder;
  }
}
