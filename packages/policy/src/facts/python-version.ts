import { readFile as fsReadFile } from "node:fs/promises";
import { join } from "node:path";
import type { FactSource, PythonVersion } from "../types.js";
import { isPythonVersion, parsePythonVersion } from "../version.js";
import { FactsError } from "./errors.js";

export type ReadTextFile = (path: string) => Promise<string>;

export type SourcedPythonVersion = PythonVersion & { source: FactSource };

/**
 * Reads `Include/patchlevel.h`: PY_MAJOR_VERSION / PY_MINOR_VERSION decide, PY_VERSION is kept as
 * the full version. Returns undefined when the defines are absent; `file` is used in errors.
 */
export function parsePatchlevel(text: string, file = "Include/patchlevel.h"): PythonVersion | undefined {
  const define = (name: string) => new RegExp(`^\\s*#\\s*define\\s+${name}\\s+(\\S+)`, "m").exec(text)?.[1];
  const major = define("PY_MAJOR_VERSION");
  const minor = define("PY_MINOR_VERSION");
  if (major === undefined && minor === undefined) return undefined;
  if (major === undefined || minor === undefined || !/^\d+$/.test(major) || !/^\d+$/.test(minor)) {
    throw new FactsError(
      `${file}: PY_MAJOR_VERSION and PY_MINOR_VERSION must both be defined as integers ` +
        `(found ${major ?? "none"} and ${minor ?? "none"}); set python-version explicitly if this is not CPython.`,
    );
  }
  const version: PythonVersion = { major: Number(major), minor: Number(minor) };
  const full = /^\s*#\s*define\s+PY_VERSION\s+"([^"]+)"/m.exec(text)?.[1];
  if (full !== undefined) version.full = full;
  return version;
}

/**
 * Reads the version from `configure.ac`: `AC_INIT([python], [3.15], …)`, where CPython writes the
 * version through an m4 macro: `define([PYTHON_VERSION], [3.15])` + `AC_INIT([python],
 * [PYTHON_VERSION], …)`. Returns undefined when there is no AC_INIT.
 */
export function parseConfigureAc(text: string, file = "configure.ac"): PythonVersion | undefined {
  const init = /^\s*AC_INIT\(\s*\[?([^,\]]*)\]?\s*,\s*\[?([^,\]]*)\]?/m.exec(text);
  if (!init) return undefined;
  let version = init[2]!.trim();
  if (/^[A-Za-z_]\w*$/.test(version)) {
    const macro = version;
    const defined = new RegExp(
      `^\\s*(?:m4_)?define\\(\\s*\\[?${macro}\\]?\\s*,\\s*\\[?([^\\])]*)\\]?\\s*\\)`,
      "m",
    ).exec(text);
    if (!defined) {
      throw new FactsError(
        `${file}: AC_INIT names the version as ${macro}, but there is no define([${macro}], [x.y]); ` +
          `set python-version explicitly.`,
      );
    }
    version = defined[1]!.trim();
  }
  if (!isPythonVersion(version)) {
    throw new FactsError(
      `${file}: AC_INIT version '${version}' is not major.minor; set python-version explicitly.`,
    );
  }
  return parsePythonVersion(version);
}

/**
 * The CPython version a source tree declares: `Include/patchlevel.h` first (what the build
 * itself compiles against), then `configure.ac`; undefined when it has neither file.
 */
export async function findPythonVersion(
  sourceDir: string,
  readFile: ReadTextFile = (path) => fsReadFile(path, "utf8"),
): Promise<SourcedPythonVersion | { tried: string[] }> {
  const tried: string[] = [];
  const candidates = [
    { rel: "Include/patchlevel.h", parse: parsePatchlevel },
    { rel: "configure.ac", parse: parseConfigureAc },
  ];
  for (const { rel, parse } of candidates) {
    const path = join(sourceDir, rel);
    let text: string;
    try {
      text = await readFile(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT" || code === "ENOTDIR") {
        tried.push(`${path} (missing)`);
        continue;
      }
      throw new FactsError(`Cannot read ${path}: ${(error as Error).message}`);
    }
    const version = parse(text, path);
    if (version) return { ...version, source: rel };
    tried.push(`${path} (no version found)`);
  }
  return { tried };
}

/** Like findPythonVersion, but a tree without a version is an error naming the files tried. */
export async function readPythonVersion(
  sourceDir: string,
  readFile?: ReadTextFile,
): Promise<SourcedPythonVersion> {
  const found = await findPythonVersion(sourceDir, readFile);
  if (!("tried" in found)) return found;
  throw new FactsError(
    `Cannot tell the Python version of ${sourceDir}: tried ${found.tried.join(", ")}. ` +
      `Point source-dir at a CPython checkout or set python-version (e.g. 3.16).`,
  );
}
