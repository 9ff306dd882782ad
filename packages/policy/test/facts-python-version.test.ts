import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  FactsError,
  PolicyError,
  parseConfigureAc,
  parsePatchlevel,
  readPythonVersion,
} from "../src/index.js";

const PATCHLEVEL_315 = `/* Python version identification scheme. */
#define PY_RELEASE_LEVEL_ALPHA  0xA
/*--start constants--*/
#define PY_MAJOR_VERSION        3
#define PY_MINOR_VERSION        15
#define PY_MICRO_VERSION        0
#define PY_RELEASE_LEVEL        PY_RELEASE_LEVEL_ALPHA
#define PY_RELEASE_SERIAL       2

/* Version as a string */
#define PY_VERSION              "3.15.0a2+"
/*--end constants--*/
`;

// The shape of CPython's own configure.ac: the version goes through an m4 macro.
const CONFIGURE_AC_CPYTHON = `dnl Process this file with autoconf to produce a configure script.
dnl ***************************************************
dnl * Please run autoreconf -ivf -Werror to test your changes! *
dnl ***************************************************

# Set VERSION so we only need to edit in one place (i.e., here)
m4_define([PYTHON_VERSION], [3.15])

AC_PREREQ([2.72])

AC_INIT([python],[PYTHON_VERSION],[https://github.com/python/cpython/issues/])
`;

describe("parsePatchlevel", () => {
  it("reads major, minor and the full version", () => {
    expect(parsePatchlevel(PATCHLEVEL_315)).toEqual({ major: 3, minor: 15, full: "3.15.0a2+" });
  });
  it("returns undefined when the defines are absent", () => {
    expect(parsePatchlevel("/* nothing here */")).toBeUndefined();
  });
  it("names the file when a define is broken", () => {
    expect(() => parsePatchlevel("#define PY_MAJOR_VERSION 3\n", "/src/Include/patchlevel.h")).toThrow(
      /\/src\/Include\/patchlevel\.h: PY_MAJOR_VERSION and PY_MINOR_VERSION/,
    );
  });
});

describe("parseConfigureAc", () => {
  it.each([
    [CONFIGURE_AC_CPYTHON, { major: 3, minor: 15 }],
    ["define([PYTHON_VERSION], [3.16])\nAC_INIT([python], [PYTHON_VERSION], [x])\n", { major: 3, minor: 16 }],
    ["AC_INIT([python],[3.14],[https://example.org])\n", { major: 3, minor: 14 }],
    ["AC_INIT(python, 3.13, bugs@example.org)\n", { major: 3, minor: 13 }],
    ["dnl no init here\n", undefined],
  ])("%#", (text, version) => {
    expect(parseConfigureAc(text)).toEqual(version);
  });
  it("explains an undefined version macro", () => {
    expect(() => parseConfigureAc("AC_INIT([python],[PYTHON_VERSION])", "/s/configure.ac")).toThrow(
      /\/s\/configure\.ac: AC_INIT names the version as PYTHON_VERSION, but there is no define/,
    );
  });
  it("rejects a version that is not major.minor", () => {
    expect(() => parseConfigureAc("AC_INIT([python],[3.x])", "c.ac")).toThrow(/c\.ac: AC_INIT version '3.x'/);
  });
});

describe("readPythonVersion", () => {
  const tree = (files: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), "oxidize-pyver-"));
    for (const [rel, text] of Object.entries(files)) {
      mkdirSync(join(dir, rel, ".."), { recursive: true });
      writeFileSync(join(dir, rel), text);
    }
    return dir;
  };

  it("prefers patchlevel.h over configure.ac", async () => {
    const dir = tree({ "Include/patchlevel.h": PATCHLEVEL_315, "configure.ac": "AC_INIT([python],[3.99])" });
    expect(await readPythonVersion(dir)).toEqual({
      major: 3,
      minor: 15,
      full: "3.15.0a2+",
      source: "Include/patchlevel.h",
    });
  });
  it("falls back to configure.ac", async () => {
    const dir = tree({ "configure.ac": CONFIGURE_AC_CPYTHON });
    expect(await readPythonVersion(dir)).toEqual({ major: 3, minor: 15, source: "configure.ac" });
  });
  it("names every file it tried when none gives a version", async () => {
    const dir = tree({ "configure.ac": "dnl empty\n" });
    const error = await readPythonVersion(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FactsError);
    expect(error).toBeInstanceOf(PolicyError);
    expect((error as Error).message).toContain(`${join(dir, "Include/patchlevel.h")} (missing)`);
    expect((error as Error).message).toContain(`${join(dir, "configure.ac")} (no version found)`);
    expect((error as Error).message).toMatch(/set python-version/);
  });
});
