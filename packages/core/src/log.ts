/**
 * Where a package's live output goes — the same shape in every package, so the actions pass one
 * object (action-kit's `actionLog`) to all of them: lines, groups around long phases, and
 * stretches of another program's output (cargo, configure, rustup) that must never be read as
 * workflow commands.
 */
export interface Log {
  info(line: string): void;
  debug(line: string): void;
  /** Runs `body` inside a collapsible group of the log. */
  group<T>(name: string, body: () => Promise<T>): Promise<T>;
  /** Runs `body`, whose output comes from another program, with workflow commands off. */
  untrusted<T>(body: () => Promise<T>): Promise<T>;
}
