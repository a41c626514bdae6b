/** Everything a command touches outside the file system, so tests can run it without spawning. */
export interface CliIo {
  /** Folder that relative paths on the command line are resolved against. */
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal, where a progress bar may be drawn. */
  stderrIsTTY: boolean;
  /** Milliseconds from an arbitrary origin, for the time taken. */
  now: () => number;
}

export function processIo(): CliIo {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stderrIsTTY: process.stderr.isTTY === true,
    now: () => performance.now(),
  };
}

/** True under a CI service (CI=true, CI=1, ...), where output stays plain. */
export function isCi(env: CliIo["env"]): boolean {
  const value = env.CI;
  return value !== undefined && value !== "" && value !== "0" && value.toLowerCase() !== "false";
}
