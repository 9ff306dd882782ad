import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { moduleFiles, modulePath, removeStaleModules } from "../src/index.js";

describe("modulePath", () => {
  it("puts a dotted module in its package's directory", () => {
    expect(modulePath("/out", "_m", ".abi3.so")).toBe("/out/_m.abi3.so");
    expect(modulePath("/out", "pkg.sub._m", ".pyd")).toBe("/out/pkg/sub/_m.pyd");
  });
});

describe("removeStaleModules", () => {
  it("removes every importable variant of the module, and only of that module", async () => {
    const out = mkdtempSync(join(tmpdir(), "stale-"));
    mkdirSync(join(out, "pkg"));
    const files = [
      "_m.so",
      "_m.abi3.so",
      "_m.cpython-311-x86_64-linux-gnu.so",
      "_m.cp311-win_amd64.pyd",
      "_m.pyd",
      "_m.abi3.so.tmp-77",
      "_mx.so",
      "_m.py",
      "x_m.so",
      "_n.abi3.so",
      "pkg/_e.cpython-312-darwin.so",
    ];
    for (const f of files) writeFileSync(join(out, f), "");
    expect((await moduleFiles(out, "_m")).map((f) => f.slice(out.length + 1)).sort()).toEqual([
      "_m.abi3.so",
      "_m.abi3.so.tmp-77",
      "_m.cp311-win_amd64.pyd",
      "_m.cpython-311-x86_64-linux-gnu.so",
      "_m.pyd",
      "_m.so",
    ]);
    const removed = await removeStaleModules(
      out,
      // Two modules with files in out-dir: its one listing serves both.
      ["_m", "pkg._e", "_absent", "_n"],
      new Set([join(out, "_m.abi3.so")]),
    );
    expect(removed.map((f) => f.slice(out.length + 1)).sort()).toEqual([
      "_m.abi3.so.tmp-77",
      "_m.cp311-win_amd64.pyd",
      "_m.cpython-311-x86_64-linux-gnu.so",
      "_m.pyd",
      "_m.so",
      "_n.abi3.so",
      "pkg/_e.cpython-312-darwin.so",
    ]);
    expect((await moduleFiles(out, "_m")).map((f) => f.slice(out.length + 1))).toEqual(["_m.abi3.so"]);
  });

  it("is quiet about an out-dir that does not exist", async () => {
    expect(await removeStaleModules(join(tmpdir(), "no-such-out-dir-xyz"), ["_m"], new Set())).toEqual([]);
  });
});
