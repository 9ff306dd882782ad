/**
 * Answers that change only when files change — `rustc -vV` of a toolchain, an interpreter's
 * EXT_SUFFIX — kept on disk under a key that names those files' identities. A later run that
 * finds the same files reuses the answer instead of starting the process again; any rewrite,
 * replacement or touch of a file in the key is a different key, so a stale answer is never read.
 */
import { mkdir, open, readdir, readFile, realpath, rename, rm, stat, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join, posix, win32 } from "node:path";
import { nameHash } from "./name-hash.js";
import type { Env } from "./process.js";

/** Entries kept per kind; an in-tree `./python` is a new identity after every relink. */
const KEPT_PER_KIND = 64;

export interface Memo {
  read<T>(kind: string, key: string): Promise<T | undefined>;
  write(kind: string, key: string, value: unknown): Promise<void>;
}

/**
 * Where oxidize keeps such answers: OXIDIZE_CACHE_DIR, else the user's cache directory
 * (XDG_CACHE_HOME or ~/.cache on Linux, ~/Library/Caches on macOS, %LOCALAPPDATA% on Windows).
 */
export function userCacheDir(
  env: Env,
  platform: NodeJS.Platform,
  home: string = homedir(),
): string | undefined {
  const explicit = env["OXIDIZE_CACHE_DIR"];
  if (explicit) return explicit;
  if (platform === "win32") {
    const local = env["LOCALAPPDATA"];
    return local ? win32.join(local, "oxidize") : undefined;
  }
  if (!home) return undefined;
  if (platform === "darwin") return posix.join(home, "Library", "Caches", "oxidize");
  const xdg = env["XDG_CACHE_HOME"];
  return posix.join(xdg && posix.isAbsolute(xdg) ? xdg : posix.join(home, ".cache"), "oxidize");
}

/**
 * A file's identity: device, inode, size and both change times in nanoseconds, after symlinks.
 * "absent" when there is no such file — its appearing later changes the identity too.
 */
export async function fileIdentity(path: string): Promise<string> {
  try {
    const s = await stat(path, { bigint: true });
    return `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
  } catch {
    return "absent";
  }
}

/** The file behind `path` and its identity; undefined when it does not exist. */
export async function realFile(path: string): Promise<{ path: string; identity: string } | undefined> {
  try {
    const real = await realpath(path);
    return { path: real, identity: await fileIdentity(real) };
  } catch {
    return undefined;
  }
}

/**
 * Whether a program is a script (`#!`, or a Windows batch or PowerShell file): what it runs then
 * depends on its text and environment, not on its own file, so no answer of it is kept.
 */
export async function isScript(path: string): Promise<boolean> {
  if (/\.(bat|cmd|ps1)$/i.test(path)) return true;
  try {
    const file = await open(path, "r");
    try {
      const head = Buffer.alloc(2);
      const { bytesRead } = await file.read(head, 0, 2, 0);
      return bytesRead === 2 && head.toString("latin1") === "#!";
    } finally {
      await file.close();
    }
  } catch {
    return true; // unreadable: nothing is known about it
  }
}

/** The variables of `env` whose names pass `keep`, sorted: the part of a key the environment decides. */
export function envPart(env: Env, keep: (name: string) => boolean): string[] {
  return Object.keys(env)
    .filter((name) => keep(name) && env[name] !== undefined)
    .sort()
    .map((name) => `${name}=${env[name]}`);
}

/** The file of an entry: named by the key's hash; the entry holds the key itself, which a read compares. */
function entryName(kind: string, key: string): string {
  return `${kind}-${nameHash(key)}.json`;
}

interface Entry {
  key: string;
  value: unknown;
}

/**
 * A memo in `dir`: one small JSON file per answer, named by the key's hash and holding the key, written to a
 * temporary name and renamed so a reader never sees half of one. Every failure is a miss: an
 * unwritable or damaged memo costs the next run a process start, never a wrong answer.
 */
export function fileMemo(dir: string): Memo {
  return {
    async read<T>(kind: string, key: string): Promise<T | undefined> {
      try {
        const entry = JSON.parse(await readFile(join(dir, entryName(kind, key)), "utf8")) as Partial<Entry>;
        // Another key under the same name (a hash collision) or an entry of an older layout: a miss.
        return entry.key === key ? (entry.value as T) : undefined;
      } catch {
        return undefined;
      }
    },
    async write(kind, key, value) {
      const file = join(dir, entryName(kind, key));
      const scratch = `${file}.${process.pid}.tmp`;
      try {
        await mkdir(dir, { recursive: true });
        await writeFile(scratch, `${JSON.stringify({ key, value } satisfies Entry)}\n`);
        await rename(scratch, file);
        await prune(dir, kind);
      } catch {
        await rm(scratch, { force: true }).catch(() => undefined);
      }
    },
  };
}

/** The memo of probe answers (programs' versions, an interpreter's facts) in the user's cache. */
export function probeMemo(env: Env, platform: NodeJS.Platform): Memo | undefined {
  const dir = userCacheDir(env, platform);
  return dir === undefined ? undefined : fileMemo(join(dir, "probes"));
}

/** Keeps the newest KEPT_PER_KIND entries of a kind; runs only after a miss wrote one. */
async function prune(dir: string, kind: string): Promise<void> {
  const names = (await readdir(dir)).filter((name) => name.startsWith(`${kind}-`) && name.endsWith(".json"));
  if (names.length <= KEPT_PER_KIND) return;
  const dated = await Promise.all(
    names.map(async (name) => ({
      name,
      mtime: (await stat(join(dir, name)).catch(() => undefined))?.mtimeMs ?? 0,
    })),
  );
  dated.sort((a, b) => b.mtime - a.mtime);
  await Promise.all(dated.slice(KEPT_PER_KIND).map(({ name }) => rm(join(dir, name), { force: true })));
}
