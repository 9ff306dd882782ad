import { type Env, UserError } from "@oxidize/core";
import { UPSTREAM_DIST_SERVER } from "../install/upstream.js";

export interface DistServer {
  distServer: string;
  /** Why this server: the input, RUSTUP_DIST_SERVER, or the default. */
  distServerSource: "input" | "RUSTUP_DIST_SERVER" | "default";
}

function normalizeServer(server: string): string {
  return server
    .trim()
    .replace(/\/+$/, "")
    .replace(/\/dist$/, "");
}

/**
 * The input wins; the input at its default value counts as "not set", so a runner-wide
 * RUSTUP_DIST_SERVER (a corporate mirror) applies without touching every workflow — rustup's own
 * rule. Trailing slashes and a trailing `/dist` are dropped as rustup does.
 */
export function chooseDistServer(input: string | undefined, env: Env): DistServer {
  const fromEnv = env["RUSTUP_DIST_SERVER"]?.trim();
  let server: string;
  let source: DistServer["distServerSource"];
  if (input !== undefined && normalizeServer(input) !== UPSTREAM_DIST_SERVER) {
    [server, source] = [input, "input"];
  } else if (fromEnv) {
    [server, source] = [fromEnv, "RUSTUP_DIST_SERVER"];
  } else {
    [server, source] = [UPSTREAM_DIST_SERVER, "default"];
  }
  let url: URL;
  try {
    url = new URL(normalizeServer(server));
  } catch {
    const where = source === "input" ? "Input 'dist-server'" : "RUSTUP_DIST_SERVER";
    throw new UserError(`${where} must be an http(s) URL such as ${UPSTREAM_DIST_SERVER}; got '${server}'.`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:" && url.protocol !== "file:") {
    throw new UserError(`dist server '${server}' must use https, http or file URLs.`);
  }
  return { distServer: normalizeServer(server), distServerSource: source };
}
