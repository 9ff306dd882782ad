/**
 * How a conformance run starts configure: the way a workflow's `shell: bash` step would on every
 * OS. On POSIX the program is started directly (a `./configure` with a shebang runs as it does
 * from bash). Windows cannot start a shell script itself, so there the argv goes to the `bash` on
 * PATH (Git Bash on GitHub's runners) with the runner's flags. The words are bash's positional
 * parameters and the script is only `"$@"`: each argument arrives exactly as given, nothing is
 * expanded, split or interpreted.
 */

/** The runner's `shell: bash`: `bash --noprofile --norc -eo pipefail {0}`. */
export const BASH_FLAGS = ["--noprofile", "--norc", "-eo", "pipefail"] as const;

export interface Invocation {
  file: string;
  args: string[];
  /** Through bash: its exit 126/127 means the command itself could not start. */
  viaBash: boolean;
}

export function configureInvocation(argv: readonly string[], platform: NodeJS.Platform): Invocation {
  const [program, ...rest] = argv;
  if (program === undefined) throw new Error("configureInvocation: empty argv");
  if (platform !== "win32") return { file: program, args: rest, viaBash: false };
  // After -c, the next word is $0 ("bash", as in error messages) and the rest are "$@".
  return { file: "bash", args: [...BASH_FLAGS, "-c", '"$@"', "bash", ...argv], viaBash: true };
}

/** bash's own "command not found" (127) and "cannot execute" (126). */
export function bashCouldNotStart(invocation: Invocation, exitCode: number | null): boolean {
  return invocation.viaBash && (exitCode === 126 || exitCode === 127);
}
