// The vocabulary shared by the installer modules and its callers (the setup-rust action passes a `Logger` backed by
// @actions/core; tests pass a recording one).
import type { Log } from "@oxidize/core";

export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
  /** Runs `body`, whose output comes from another program (rustup), with workflow commands off. */
  untrusted?: Log["untrusted"];
}

export const silentLogger: Logger = { info() {}, warning() {}, debug() {} };

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export type Platform = "linux" | "darwin" | "win32" | (string & {});

export interface RetryOptions {
  /** total attempts per request, first one included (default 4) */
  attempts?: number;
  /** first backoff delay in ms (default 500); doubles each retry, with ±50 % jitter */
  baseDelayMs?: number;
  /** cap for one backoff delay (default 8000) */
  maxDelayMs?: number;
}

export type SignatureMode = "auto" | "always" | "never";

/**
 * Which archive to download when the manifest offers both. gz is the default: Node's native zlib inflates a
 * 166 MB rust-std tar in ~0.8 s, the WASM xz decoder (xz-decompress, no native code allowed) needs ~11 s for the
 * same bytes, which far outweighs xz's ~25 % smaller download on any CI network.
 */
export type CompressionPreference = "gz" | "xz";
