// A short hash that tells names apart (cache keys, file names), where nothing rests on it being hard to forge:
// whoever reads such a name checks what it stands for. FNV-1a needs no module load; node:crypto's start-up
// is several milliseconds of every short action's run.
import fnv1a from "@sindresorhus/fnv1a";

/** 16 hex digits: FNV-1a, 64 bits, of `text`'s UTF-8. */
export function nameHash(text: string): string {
  return fnv1a(text, { size: 64 }).toString(16).padStart(16, "0");
}
