import * as core from "@actions/core";
import { type Log, randomBytes } from "@oxidize/core";

let depth = 0;
let quarantined = false;

/** Letters only: the resume line `::<token>::` must parse as a command name. */
function stopToken(): string {
  return `oxidize${[...randomBytes(12)].map((b) => String.fromCharCode(97 + (b % 26))).join("")}`;
}

/**
 * Text as the runner shows it but never obeys: each line that would parse as a workflow command
 * (`::name::…` after leading blanks, or the legacy `##[name]…`) gets a zero-width space inside
 * its marker. Values from inputs, files, artifacts and servers all reach the log through here;
 * core.info alone would print their newlines raw, and a line beginning `::warning::` would be
 * read as a command.
 */
export function inert(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/^(\s*):(?=:)/, "$1:\u200b").replace(/##\[/g, "##\u200b["))
    .join("\n");
}

/**
 * The runner's side of core's Log, passed to every package. Every line is `inert`. Nested groups
 * are flattened (the runner shows one level). `untrusted` stops workflow commands for its
 * stretch as well: whatever another program prints meanwhile is shown, never obeyed — a
 * `::warning::` or `::add-path::` in a build script's output stays text.
 */
export const actionLog: Log = {
  info: (message) => core.info(inert(message)),
  debug: (message) => core.debug(message),
  async group(name, body) {
    if (depth > 0) {
      core.info(inert(name));
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
