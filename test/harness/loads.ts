/**
 * What a bundled action loads while it runs, seen from inside its process: a preload given through
 * NODE_OPTIONS (as any step's environment may carry it) records the Node built-ins it required and
 * the files it imported. For start-up weight tests: a tool-cache hit should not load the installer.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "./run-action.js";

export interface LoadRecord {
  /** Public built-ins (`child_process`, `http`, …) loaded after the preload. */
  builtins: string[];
  /** Node's internal modules loaded after the preload (`internal/crypto/webcrypto` for Web Crypto's global). */
  internals: string[];
  /** file: URLs imported, the bundle's chunks among them (empty where Node has no module hooks). */
  files: string[];
  /** Whether the Node running the action could record imports at all. */
  hooks: boolean;
  /** Each program started, as its argv, when asked for with `spawns`. */
  spawns: string[][];
}

export function recordLoads(options: { spawns?: boolean } = {}): {
  env: Record<string, string>;
  read: () => LoadRecord;
} {
  const file = join(mkdtempSync(join(tmpdir(), "oxidize-loads-")), "loads.json");
  const preload = join(repoRoot, "test", "harness", "preload", "record-loads.cjs");
  return {
    env: {
      NODE_OPTIONS: `--require ${JSON.stringify(preload)}`,
      OXIDIZE_RECORD_LOADS: file,
      ...(options.spawns && { OXIDIZE_RECORD_SPAWNS: "1" }),
    },
    read: () => JSON.parse(readFileSync(file, "utf8")) as LoadRecord,
  };
}

/** The imported files whose text contains `needle`: which chunk brought a library in. */
export function filesContaining(record: LoadRecord, needle: string): string[] {
  return record.files.filter((url) => readFileSync(new URL(url), "utf8").includes(needle));
}
