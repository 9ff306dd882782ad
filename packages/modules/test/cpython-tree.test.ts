import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ConfiguredTree } from "@oxidize/policy";
import { describe, expect, it } from "vitest";
import {
  builtInterpreter,
  expandMakeVars,
  makeTargets,
  moduleSpecFromSetup,
  type PackageFacts,
  parseHumanDiagnostics,
  readWorkspaceManifests,
  type SetupDeclaration,
  stateDisagreement,
} from "../src/index.js";

const member: PackageFacts = {
  name: "_base64",
  manifestPath: "/tree/Modules/_base64/Cargo.toml",
  libKinds: ["cdylib", "staticlib"],
  libName: "_base64",
  metadata: { cpython: { fallback: "binascii" } },
};
const declaration: SetupDeclaration = {
  module: "_base64",
  manifestPath: "/tree/Modules/_base64/Cargo.toml",
  buildType: "shared",
  file: "/tree/Modules/Setup.stdlib.in",
  line: 42,
  rust: { manifest: "_base64/Cargo.toml", sources: ["_base64/src/lib.rs"], staticLib: "lib_base64.a" },
};

describe("moduleSpecFromSetup", () => {
  it("takes the name and build type from the Setup line and attributes from the metadata", () => {
    expect(moduleSpecFromSetup(declaration, [member], "/tree", true)).toMatchObject({
      module: "_base64",
      package: "_base64",
      fallback: "binascii",
      setup: { file: "Modules/Setup.stdlib.in", line: 42, buildType: "shared", staticLib: "lib_base64.a" },
    });
  });

  it("a crate outside the workspace is named with the Setup line and the fix", () => {
    expect(() => moduleSpecFromSetup(declaration, [], "/tree", true)).toThrow(
      /^Modules\/Setup\.stdlib\.in:42 declares Rust module _base64 with Modules\/_base64\/Cargo\.toml, which is not a package of the Cargo workspace/,
    );
  });

  it("a metadata module name that contradicts the Setup line is an error", () => {
    const other = { ...member, metadata: { cpython: { module: "_b64" } } };
    expect(() => moduleSpecFromSetup(declaration, [other], "/tree", true)).toThrow(
      /says module = "_b64", but Modules\/Setup\.stdlib\.in:42 builds it as _base64/,
    );
  });

  it("a staticlib-only crate needs the tree's make, unless it also builds a cdylib", () => {
    const staticOnly = { ...member, libKinds: ["staticlib"] };
    expect(() => moduleSpecFromSetup(declaration, [staticOnly], "/tree", true)).toThrow(
      /builds staticlib, which only the tree's Makefile links into a module\. Set build-with: make/,
    );
    expect(moduleSpecFromSetup(declaration, [staticOnly], "/tree", false).module).toBe("_base64");
  });
});

describe("discovery in a CPython tree", () => {
  it("Setup lines decide; a metadata-only package gets a notice and is not built", async () => {
    const dir = mkdtempSync(join(tmpdir(), "oxidize-setup-"));
    writeFileSync(join(dir, "Cargo.toml"), '[workspace]\nmembers = ["Modules/*"]\n');
    for (const name of ["_base64", "_extra"]) {
      mkdirSync(join(dir, "Modules", name, "src"), { recursive: true });
      writeFileSync(
        join(dir, "Modules", name, "Cargo.toml"),
        `[package]\nname = "${name}"\nversion = "0.1.0"\n[lib]\ncrate-type = ["cdylib"]\n` +
          `[package.metadata.cpython]\nmodule = "${name}"\n`,
      );
    }
    const setup = [{ ...declaration, manifestPath: join(dir, "Modules", "_base64", "Cargo.toml") }];
    const ws = await readWorkspaceManifests(join(dir, "Cargo.toml"), dir, undefined, { setup });
    expect(ws.modules.map((m) => m.module)).toEqual(["_base64"]);
    expect(ws.discoveredBy).toBe("Modules/Setup + Cargo.toml");
    expect(ws.notices).toEqual([
      expect.objectContaining({
        file: "Modules/_extra/Cargo.toml",
        message: expect.stringMatching(/no Modules\/Setup\* line lists its Cargo\.toml/),
      }),
    ]);
  });
});

function tree(vars: Record<string, string>): ConfiguredTree {
  const map = new Map(Object.entries(vars));
  return {
    buildDir: "/b",
    makefile: "/b/Makefile",
    vars: map,
    cargo: {},
    extSuffix: map.get("EXT_SUFFIX") ?? "",
    stateOf: () => "yes",
  };
}

describe("make targets", () => {
  const t = tree({
    EXT_SUFFIX: ".cpython-314-x86_64-linux-gnu.so",
    BUILDEXE: ".exe",
    BUILDPYTHON: "python$(BUILDEXE)",
  });

  it("expands the Makefile's own variables", () => {
    expect(expandMakeVars("python$(BUILDEXE)", t.vars)).toBe("python.exe");
    // biome-ignore lint/suspicious/noTemplateCurlyInString: make's ${NAME} reference, not a template
    expect(expandMakeVars("${NOPE}x", t.vars)).toBe("x");
    expect(builtInterpreter(t)).toBe("python.exe");
    expect(builtInterpreter(tree({ BUILDPYTHON: "python$(BUILDEXE)", BUILDEXE: "" }))).toBe("python");
  });

  it("a shared module is its file under Modules/, a static one the interpreter", () => {
    const spec = { module: "_base64", package: "_base64", manifestPath: "", libName: "_base64" };
    expect(makeTargets({ ...spec, setup: { file: "", line: 1, buildType: "shared" } }, t)).toEqual([
      "Modules/_base64.cpython-314-x86_64-linux-gnu.so",
    ]);
    expect(makeTargets({ ...spec, setup: { file: "", line: 1, buildType: "static" } }, t)).toEqual([
      "python.exe",
    ]);
  });
});

describe("parseHumanDiagnostics", () => {
  const output = [
    "make: Entering directory '/b'",
    "   Compiling _base64 v0.1.0 (/src/Modules/_base64)",
    "error[E0425]: cannot find value `missing` in this scope",
    "  --> Modules/_base64/src/lib.rs:12:5",
    "   |",
    "12 |     missing",
    "   |     ^^^^^^^ not found in this scope",
    "",
    "warning: unused variable: `x`",
    " --> Modules/_base64/src/lib.rs:3:9",
    "  |",
    "",
    "error: could not compile `_base64` (lib) due to 1 previous error",
  ].join("\n");

  it("reads rustc's located errors and warnings, relative to the repository", () => {
    const found = parseHumanDiagnostics(output, "/src", "/");
    expect(found).toMatchObject([
      {
        level: "error",
        code: "E0425",
        message: "cannot find value `missing` in this scope",
        span: { file: "src/Modules/_base64/src/lib.rs", line: 12, column: 5 },
      },
      { level: "warning", message: "unused variable: `x`", span: { line: 3, column: 9 } },
    ]);
    expect(found[0]!.rendered).toContain("not found in this scope");
    expect(found).toHaveLength(2);
  });
});

describe("stateDisagreement", () => {
  it("configure's yes where Rust is missing is the fork's broken check", () => {
    expect(
      stateDisagreement("_base64", "yes", false, { code: "rust-missing", short: "Rust missing" }),
    ).toMatch(
      /^configure set MODULE__BASE64_STATE=yes, but _base64 cannot be built here \(Rust missing\): make would try and fail/,
    );
  });
  it("a module the policy builds but configure turned off", () => {
    expect(stateDisagreement("_base64", "missing", true, { code: "built", short: "built" })).toMatch(
      /MODULE__BASE64_STATE=missing, but the policy builds _base64: make leaves it out/,
    );
  });
  it("agreement is silent", () => {
    expect(stateDisagreement("_base64", "yes", true, { code: "built", short: "built" })).toBeUndefined();
    expect(
      stateDisagreement("_base64", "disabled", false, { code: "policy-disabled", short: "x" }),
    ).toBeUndefined();
    expect(stateDisagreement("_base64", "yes", false, { code: "build-failed", short: "x" })).toBeUndefined();
  });
});
