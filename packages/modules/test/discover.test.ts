import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import {
  filterModules,
  ModulesConfigError,
  moduleSpecOf,
  type PackageFacts,
  parseCargoMetadata,
  readWorkspaceManifests,
} from "../src/index.js";

const repo = resolve(import.meta.dirname, "..", "..", "..");
const fixtureWorkspace = join(repo, "test", "fixtures", "modules", "workspace");

describe("parseCargoMetadata (recorded from cargo 1.95 on the fixture workspace)", () => {
  const json = readFileSync(join(import.meta.dirname, "fixtures", "cargo-metadata.json"), "utf8");
  const ws = parseCargoMetadata(json, "/x/Cargo.toml", "/work/main");

  it("finds both modules with their package ids, lib names and rust-version", () => {
    expect(ws.modules.map((m) => [m.module, m.package, m.libName, m.rustVersion, m.abi3])).toEqual([
      ["_broken", "broken-mod", "_broken", "1.85", true],
      ["_healthy", "healthy-mod", "_healthy", "1.85", true],
    ]);
    expect(ws.modules[1]!.packageId).toMatch(/healthy-mod@0\.1\.0$/);
    expect(ws.discoveredBy).toBe("cargo metadata");
  });
});

describe("readWorkspaceManifests (no cargo)", () => {
  it("reads the same modules from the fixture's Cargo.toml files, expanding members globs", async () => {
    const ws = await readWorkspaceManifests(join(fixtureWorkspace, "Cargo.toml"), repo, "no cargo");
    expect(ws.modules.map((m) => [m.module, m.package, m.libName, m.rustVersion])).toEqual([
      ["_broken", "broken-mod", "_broken", "1.85"],
      ["_healthy", "healthy-mod", "_healthy", "1.85"],
    ]);
    expect(ws.rustVersion).toBe("1.85");
    expect(ws.note).toBe("no cargo");
  });

  it("reads the example project", async () => {
    const ws = await readWorkspaceManifests(join(repo, "examples", "cpython-lite", "Cargo.toml"), repo);
    expect(ws.modules).toMatchObject([
      { module: "_base64", fallback: "base64", abi3: true, rustVersion: "1.85" },
    ]);
  });

  it("rejects a module that is not a cdylib, naming the package and the fix", async () => {
    const dir = mkdtempSync(join(tmpdir(), "modules-"));
    writeFileSync(join(dir, "Cargo.toml"), '[workspace]\nmembers = ["m"]\n');
    mkdirSync(join(dir, "m"));
    writeFileSync(
      join(dir, "m", "Cargo.toml"),
      '[package]\nname = "m"\nversion = "0.1.0"\n[package.metadata.cpython]\nmodule = "_m"\n',
    );
    await expect(readWorkspaceManifests(join(dir, "Cargo.toml"), dir)).rejects.toThrow(
      /m\/Cargo.toml \(\[package.metadata.cpython\] of package m\): a CPython extension module must be a cdylib.*crate-type = \["cdylib"\]/,
    );
  });
});

describe("moduleSpecOf", () => {
  const base: PackageFacts = {
    name: "p",
    manifestPath: "/r/p/Cargo.toml",
    libKinds: ["cdylib"],
    libName: "p-x",
  };
  it.each([
    [{ module: "_p" }, { module: "_p", libName: "p_x" }],
    [{ module: "pkg._speedups" }, { module: "pkg._speedups" }],
    [
      { module: "_p", abi3: true, "required-from": "3.17", fallback: "json" },
      { abi3: true, requiredFrom: "3.17", fallback: "json" },
    ],
  ])("%j", (cpython, expected) => {
    expect(moduleSpecOf({ ...base, metadata: { cpython } }, "/r")).toMatchObject(expected);
  });

  it("leaves abi3 undeclared unless the metadata says it (PyO3 modules get it from the build)", () => {
    expect(moduleSpecOf({ ...base, metadata: { cpython: { module: "_p" } } }, "/r")).not.toHaveProperty(
      "abi3",
    );
  });

  it("ignores packages without [package.metadata.cpython]", () => {
    expect(moduleSpecOf({ ...base, metadata: { other: 1 } }, "/r")).toBeUndefined();
    expect(moduleSpecOf({ ...base, metadata: null }, "/r")).toBeUndefined();
  });

  it.each([
    [{ module: "not-an-identifier" }, /'module' must be the import name/],
    [{ module: "_p", "required-from": 3.17 }, /'required-from' must be a quoted CPython version/],
    [{ module: "_p", abi3: "yes" }, /'abi3' must be true or false/],
    [{ module: "_p", fallback: "a b" }, /'fallback' must be a module name/],
  ])("rejects %j", (cpython, message) => {
    expect(() => moduleSpecOf({ ...base, metadata: { cpython } }, "/r")).toThrow(message);
  });
});

describe("filterModules", () => {
  const modules = [
    { module: "_a", package: "a-mod", manifestPath: "", libName: "_a", abi3: true },
    { module: "_b", package: "b-mod", manifestPath: "", libName: "_b", abi3: true },
  ];
  it("keeps by import or package name", () => {
    expect(filterModules(modules, ["_a", "b-mod"], "Cargo.toml")).toHaveLength(2);
    expect(filterModules(modules, ["_b"], "Cargo.toml").map((m) => m.module)).toEqual(["_b"]);
    expect(filterModules(modules, [], "Cargo.toml")).toHaveLength(2);
  });
  it("names unknown modules and lists the known ones", () => {
    expect(() => filterModules(modules, ["_zlib"], "Cargo.toml")).toThrow(ModulesConfigError);
    expect(() => filterModules(modules, ["_zlib"], "Cargo.toml")).toThrow(/_zlib.*found: _a, _b/);
  });
});
