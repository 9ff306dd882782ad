import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  type CargoRecord,
  cdylibFile,
  isSummaryDiagnostic,
  packageIdRef,
  parseCargoLine,
  spanPath,
} from "../src/index.js";

// Recorded from `cargo build --message-format=json-diagnostic-rendered-ansi` (cargo 1.95) on
// test/fixtures/modules/workspace: healthy-mod builds, broken-mod has a type error at line 5.
const recorded = readFileSync(
  join(import.meta.dirname, "fixtures", "cargo-build-broken.jsonl"),
  "utf8",
).split("\n");
const workspaceRoot = "/work/main/test/fixtures/modules/workspace";

function records(repositoryRoot: string): CargoRecord[] {
  return recorded.map((l) => parseCargoLine(l, workspaceRoot, repositoryRoot)).filter((r) => r !== undefined);
}

describe("parseCargoLine on real cargo output", () => {
  it("finds the type error with its primary span relative to the repository", () => {
    const errors = records("/work/main").filter(
      (r) => r.kind === "diagnostic" && r.diagnostic.level === "error",
    );
    const typeError = errors.find((r) => r.kind === "diagnostic" && r.diagnostic.code === "E0308");
    expect(typeError).toBeDefined();
    if (typeError?.kind !== "diagnostic") throw new Error("unreachable");
    expect(typeError.diagnostic.span).toMatchObject({
      file: "test/fixtures/modules/workspace/crates/broken/src/lib.rs",
      line: 5,
      column: 5,
    });
    expect(typeError.diagnostic.message).toBe("mismatched types");
    expect(typeError.diagnostic.rendered).not.toMatch(/\x1b\[/);
    expect(typeError.diagnostic.renderedAnsi).toMatch(/\x1b\[/);
    expect(typeError.diagnostic.packageId).toContain("broken-mod");
    expect(typeError.manifestPath).toBe(`${workspaceRoot}/crates/broken/Cargo.toml`);
  });

  it("keeps rustc's closing notes apart from the diagnostics worth annotating", () => {
    const levels = records("/work/main").flatMap((r) =>
      r.kind === "diagnostic" ? [r.diagnostic.level] : [],
    );
    expect(levels).toEqual(["error", "failure-note"]);
    const summary = {
      level: "error",
      message: "aborting due to 1 previous error",
      rendered: "",
      packageId: "p",
    } as const;
    expect(isSummaryDiagnostic(summary)).toBe(true);
    expect(isSummaryDiagnostic({ ...summary, message: "mismatched types" })).toBe(false);
  });

  it("reports the healthy cdylib artifact and the failed build", () => {
    const artifacts = records("/").filter((r) => r.kind === "artifact");
    expect(artifacts).toHaveLength(1);
    const artifact = artifacts[0]!;
    if (artifact.kind !== "artifact") throw new Error("unreachable");
    expect(artifact.artifact.targetName).toBe("_healthy");
    expect(cdylibFile(artifact.artifact)).toMatch(/lib_healthy\.so$/);
    expect(records("/").at(-1)).toEqual({ kind: "finished", success: false });
  });

  it.each([
    ["", undefined],
    ["   Compiling foo v0.1.0", undefined],
    ["{not json", undefined],
    ['{"reason":"build-plan","invocations":[]}', undefined],
  ])("ignores %j", (line, expected) => {
    expect(parseCargoLine(line, "/ws", "/")).toEqual(expected);
  });

  it("keeps the cfgs a build script set (PyO3's tell the ABI)", () => {
    const line = JSON.stringify({
      reason: "build-script-executed",
      package_id: "registry+https://github.com/rust-lang/crates.io-index#pyo3-ffi@0.17.3",
      cfgs: ["Py_3_7", "Py_3_8", "Py_LIMITED_API"],
    });
    expect(parseCargoLine(line, "/ws", "/")).toEqual({
      kind: "build-script",
      packageId: "registry+https://github.com/rust-lang/crates.io-index#pyo3-ffi@0.17.3",
      cfgs: ["Py_3_7", "Py_3_8", "Py_LIMITED_API"],
    });
  });

  it.each([
    [
      "registry+https://github.com/rust-lang/crates.io-index#pyo3-ffi@0.17.3",
      { name: "pyo3-ffi", version: "0.17.3" },
    ],
    ["path+file:///ws/crates/ok#0.1.0", { name: "ok", version: "0.1.0" }],
    ["path+file:///ws/crates/dir#my-crate@0.2.0", { name: "my-crate", version: "0.2.0" }],
    [
      "pyo3 0.17.3 (registry+https://github.com/rust-lang/crates.io-index)",
      { name: "pyo3", version: "0.17.3" },
    ],
  ])("reads the package id %s", (id, expected) => {
    expect(packageIdRef(id)).toEqual(expected);
  });

  it("renders a failed link without the linker's command line", () => {
    const line = JSON.stringify({
      reason: "compiler-message",
      package_id: "path+file:///ws/crates/nolib#0.1.0",
      manifest_path: "/ws/crates/nolib/Cargo.toml",
      message: {
        message: "linking with `cc` failed: exit status: 1",
        level: "error",
        spans: [],
        rendered: `error: linking with \`cc\` failed\n  = note:  "cc" ${'"-Wl,--as-needed" '.repeat(80)}\n  = note: rust-lld: error: unable to find library -lsodium\n`,
        children: [
          { message: ` "cc" ${'"-Wl,--as-needed" '.repeat(80)}`, level: "note" },
          {
            message: "some arguments are omitted. use `--verbose` to show all linker arguments",
            level: "note",
          },
          {
            message:
              "rust-lld: error: unable to find library -lsodium\ncollect2: error: ld returned 1 exit status\n",
            level: "note",
          },
        ],
      },
    });
    const record = parseCargoLine(line, "/ws", "/ws");
    if (record?.kind !== "diagnostic") throw new Error("not a diagnostic");
    expect(record.diagnostic.rendered).toContain("unable to find library -lsodium");
    expect(record.diagnostic.rendered).not.toContain("-Wl,--as-needed");
    expect(record.diagnostic.rendered.length).toBeLessThan(300);
    expect(record.diagnostic.renderedAnsi).toContain("-Wl,--as-needed");
  });
});

describe("spanPath", () => {
  it.each([
    ["src/lib.rs", "/repo/ws", "/repo", "ws/src/lib.rs"],
    ["/repo/ws/src/lib.rs", "/repo/ws", "/repo", "ws/src/lib.rs"],
    ["/elsewhere/registry/src/lib.rs", "/repo/ws", "/repo", "/elsewhere/registry/src/lib.rs"],
    ["src/lib.rs", "/repo", "/repo", "src/lib.rs"],
  ])("%s in %s relative to %s → %s", (file, ws, repo, expected) => {
    expect(spanPath(file, ws, repo)).toBe(expected);
  });
});

describe("cdylibFile", () => {
  const base = { packageId: "p", manifestPath: "m", targetName: "_x", fresh: false };
  it.each([
    [["cdylib"], ["/t/lib_x.so"], "/t/lib_x.so"],
    [["cdylib"], ["/t/lib_x.dylib"], "/t/lib_x.dylib"],
    [["cdylib"], ["/t/_x.dll.lib", "/t/_x.dll", "/t/_x.pdb"], "/t/_x.dll"],
    [["rlib"], ["/t/lib_x.rlib"], undefined],
  ])("%j %j → %s", (kinds, filenames, expected) => {
    expect(cdylibFile({ ...base, kinds, filenames })).toBe(expected);
  });
});
