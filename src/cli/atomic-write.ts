import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  writeSync,
} from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";

/**
 * Writes a file so that readers see either the old content or the new one, never a part:
 * a temporary file in the same folder, flushed to disk, then renamed over the target.
 * On failure the temporary file is removed and any earlier file is left as it was. A run killed
 * mid-write (SIGKILL, power loss) cannot remove its own: the next write of the same file does.
 */
export function writeFileAtomic(file: string, content: string): void {
  const dir = path.dirname(file);
  mkdirSync(dir, { recursive: true });
  removeStaleTemps(dir, path.basename(file));
  const temp = path.join(dir, tempName(path.basename(file), process.pid, randomBytes(6).toString("hex")));
  try {
    const fd = openSync(temp, "wx", 0o644);
    try {
      writeSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  syncFolder(dir);
}

/** `.graph.json.<pid>.<random>.tmp`: hidden, beside its target, naming the process that writes it. */
export function tempName(base: string, pid: number, random: string): string {
  return `.${base}.${pid}.${random}.tmp`;
}

/** Removes temporary files of `base` left by processes that no longer run; a live writer's are kept. */
function removeStaleTemps(dir: string, base: string): void {
  const prefix = `.${base}.`;
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(prefix)) continue;
    const match = /^(\d+)\.[0-9a-f]{12}\.tmp$/.exec(name.slice(prefix.length));
    if (match && !isRunning(Number(match[1]))) rmSync(path.join(dir, name), { force: true });
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true; // this process may be writing it in another call
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"; // alive, but another user's
  }
}

/** Flushes the rename itself; not every platform can open a folder, and that is fine. */
function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, "r");
    fsyncSync(fd);
  } catch {
    // best effort (Windows cannot fsync a folder)
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
