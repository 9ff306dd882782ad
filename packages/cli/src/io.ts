/** What a CLI command may touch, injected so tests run commands in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** A command returns its exit status. */
export type Command = (args: string[], io: CliIo) => Promise<number>;
