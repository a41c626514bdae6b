import { lstatSync, readlinkSync, realpathSync } from "node:fs";
import path from "node:path";

/**
 * Why a file of `dir` must not be read because it is a symbolic link that leads out of the folder,
 * or null when it is not a link or stays inside. A corpus is what is in its folder: a link out of it
 * would pull in a file the user did not mean to share (and the text ends up in the output file).
 * A dangling link is left for the read to report ("does not exist").
 */
export function linkOutOfFolder(file: string, dir: string, displayDir: string): string | null {
  try {
    if (!lstatSync(file).isSymbolicLink()) return null;
    const target = realpathSync(file);
    const inside = path.relative(realpathSync(dir), target);
    if (inside !== "" && !inside.startsWith("..") && !path.isAbsolute(inside)) return null;
    return `is a link to ${JSON.stringify(readlinkSync(file))}, outside ${displayDir}; refused (copy the file into the folder instead)`;
  } catch {
    return null;
  }
}
