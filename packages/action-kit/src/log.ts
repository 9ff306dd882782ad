import { randomBytes } from "node:crypto";
import * as core from "@actions/core";
import type { Log } from "@oxidize/core";

let depth = 0;
let quarantined = false;

/** Letters only: the resume line `::<token>::` must parse as a command name. */
function stopToken(): string {
  return `oxidize${[...randomBytes(12)].map((b) => String.fromCharCode(97 + (b % 26))).join("")}`;
}

/**
 * The runner's side of core's Log, passed to every package. Nested groups are flattened (the runner
 * shows one level). `untrusted` stops workflow commands for its stretch: whatever another program
 * prints meanwhile is shown, never obeyed — a `::warning::` or `::add-path::` in a build script's
 * output stays text.
 */
export const actionLog: Log = {
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
