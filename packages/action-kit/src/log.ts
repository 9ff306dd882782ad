import * as core from "@actions/core";

/** The log every package gets from an action: lines, debug lines, and collapsible groups. */
export interface ActionLog {
  info(message: string): void;
  debug(message: string): void;
  /** Runs `body` inside a collapsible group; nested groups are flattened, as the runner shows only one level. */
  group<T>(name: string, body: () => Promise<T>): Promise<T>;
}

let depth = 0;

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
};
