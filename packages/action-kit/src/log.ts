import { randomBytes } from "node:crypto";
import * as core from "@actions/core";

/** The log every package gets from an action: lines, debug lines, groups, and other programs' output. */
export interface ActionLog {
  info(message: string): void;
  debug(message: string): void;
  /** Runs `body` inside a collapsible group; nested groups are flattened, as the runner shows only one level. */
  group<T>(name: string, body: () => Promise<T>): Promise<T>;
  /**
   * Runs `body` with workflow commands off: whatever another program (cargo, configure, rustup)
   * prints meanwhile is shown, never obeyed — a `::warning::` or `::add-path::` in a build
   * script's output stays text.
   */
  untrusted<T>(body: () => Promise<T>): Promise<T>;
}

let depth = 0;
let quarantined = false;

/** Letters only: the resume line `::<token>::` must parse as a command name. */
function stopToken(): string {
  return `oxidize${[...randomBytes(12)].map((b) => String.fromCharCode(97 + (b % 26))).join("")}`;
}

export const actionLog: ActionLog = {
  info: (message) => core.info(message),
  debug: (message) => core.debug(message),
  async group(name, body) {
    if (depth > 0) {
      core.info(name);
      return body();
    }
    depth++;
    try {
      return await core.group(name, body);
    } finally {
      depth--;
    }
  },
  async untrusted(body) {
    if (quarantined) return body();
    const token = stopToken();
    core.info(`::stop-commands::${token}`);
    quarantined = true;
    try {
      return await body();
    } finally {
      quarantined = false;
      core.info(`::${token}::`);
    }
  },
};
