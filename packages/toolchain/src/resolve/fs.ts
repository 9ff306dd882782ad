import { readdirSync, readFileSync, realpathSync, statSync } from "node:fs";

/** The file-system reads resolution needs, injected so tests can use an in-memory tree. */
export interface ResolveFs {
  /** The file's bytes, or `undefined` when it is missing or not readable as a file (a directory, say). */
  readFile(path: string): Promise<Uint8Array | undefined>;
  isDirectory(path: string): Promise<boolean>;
  /** The path with symlinks resolved (what `getcwd` reports after `cd` into it); `undefined` when it cannot be. */
  realPath?(path: string): Promise<string | undefined>;
  /** Names in a directory (for `workspace.members` globs); `undefined` when it cannot be listed. */
  readDir?(path: string): Promise<string[] | undefined>;
}

/**
 * The real file system, read synchronously on purpose: resolution reads a handful of small files one after
 * another with nothing to overlap, and each asynchronous call is a round trip through libuv's thread pool
 * (about 0.15 ms here, more than the read itself; it was a tenth of a tool-cache hit's own time).
 */
export const nodeResolveFs: ResolveFs = {
  async readFile(path) {
    try {
      return readFileSync(path);
    } catch {
      return undefined;
    }
  },
  async isDirectory(path) {
    try {
      return statSync(path).isDirectory();
    } catch {
      return false;
    }
  },
  async realPath(path) {
    try {
      // The native realpath(3), as fs.promises.realpath: the JavaScript one differs on Windows.
      return realpathSync.native(path);
    } catch {
      return undefined;
    }
  },
  async readDir(path) {
    try {
      return readdirSync(path).sort();
    } catch {
      return undefined;
    }
  },
};

/**
 * The directory rustup and cargo start from: they take the working directory from `getcwd`, which
 * has every symlink resolved, so a walk up from a path written through a link goes up the real tree.
 */
export async function startDirectory(fs: ResolveFs, resolved: string): Promise<string> {
  return (await fs.realPath?.(resolved)) ?? resolved;
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Read a file as UTF-8 text the way rustup's `read_to_string` does: a file that is not valid UTF-8
 * counts as unreadable (`undefined`), and a byte-order mark is kept.
 */
export async function readUtf8(fs: ResolveFs, path: string): Promise<string | undefined> {
  const bytes = await fs.readFile(path);
  if (bytes === undefined) return undefined;
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}
