/** Exit codes of the command-line tools. */
export const EXIT = {
  ok: 0,
  /** Bad input: a missing folder, a broken manifest, no usable article, an unwritable output. */
  input: 1,
  /** The command line itself is wrong. */
  usage: 2,
  /** A bug: the pipeline produced a file that does not validate (sysexits EX_SOFTWARE). */
  internal: 70,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An error to show the user as one line, without a stack, ending the run with `exitCode`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = EXIT.input,
  ) {
    super(message);
    this.name = "CliError";
  }
}

/** A short reason for a failed file-system call: "does not exist", "permission denied", ... */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case "ENOENT":
      return "does not exist";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a folder, not a file";
    case "ENOTDIR":
      return "a part of the path is not a folder";
    case "ENOSPC":
      return "no space left on the device";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
