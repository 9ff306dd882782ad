import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { detectRust, findRustTool } from "@oxidize/toolchain";
import { describe, expect, it } from "vitest";
import { hideRust } from "../src/index.js";

function binDir(names: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "oxidize-bin-"));
  for (const name of names) {
    writeFileSync(join(dir, name), "#!/bin/sh\nexit 0\n");
    chmodSync(join(dir, name), 0o755);
  }
  return dir;
}

// Real processes: generous under a loaded CI machine.
describe("hideRust", { timeout: 60_000 }, () => {
  it("hides the real toolchain from detection without touching it", async () => {
    const before = await detectRust({ env: process.env, platform: process.platform });
    expect(before.available).toBe(true);
    const hidden = await hideRust({ ...process.env, RUSTUP_TOOLCHAIN: "stable", CARGO: before.cargo.path! });
    try {
      expect(hidden.env["CARGO"]).toBeUndefined();
      expect(hidden.env["RUSTC"]).toBeUndefined();
      expect(hidden.env["RUSTUP_TOOLCHAIN"]).toBeUndefined();
      expect(readdirSync(hidden.cargoHome)).toEqual([]);
      expect(hidden.env["CARGO_HOME"]).toBe(hidden.cargoHome);
      const after = await detectRust({ env: hidden.env, platform: process.platform });
      expect(after.available).toBe(false);
      expect(after.cargo.path).toBeUndefined();
      expect(after.rustc.path).toBeUndefined();
      expect(hidden.replacedPathDirs.map((r) => r.dir)).toContain(join(before.cargo.path!, ".."));
      expect(existsSync(before.cargo.path!)).toBe(true);
    } finally {
      await hidden.cleanup();
    }
    expect(existsSync(hidden.cargoHome)).toBe(false);
    expect(existsSync(before.cargo.path!)).toBe(true);
  });

  it("shadows a shared bin directory so its other tools stay usable", async () => {
    const shared = binDir(["cargo", "rustc", "rustup", "cargo-clippy", "sed", "cc"]);
    const other = binDir(["make"]);
    const hidden = await hideRust(
      { PATH: `${shared}:${other}`, HOME: "/nonexistent" },
      { platform: "linux" },
    );
    try {
      const [entry] = hidden.replacedPathDirs;
      expect(entry?.dir).toBe(shared);
      expect(hidden.env["PATH"]).toBe(`${entry?.shadow}:${other}`);
      expect(readdirSync(entry!.shadow!).sort()).toEqual(["cc", "sed"]);
      expect(readdirSync(shared).sort()).toEqual(["cargo", "cargo-clippy", "cc", "rustc", "rustup", "sed"]);
      const ctx = { env: hidden.env, platform: "linux" as const };
      expect((await findRustTool("cargo", ctx)).path).toBeUndefined();
    } finally {
      await hidden.cleanup();
    }
  });

  it("drops the directory on Windows, keeping the Path variable's spelling", async () => {
    const files = new Set(["C:\\Users\\me\\.cargo\\bin\\cargo.exe", "C:\\Windows\\system32\\cmd.exe"]);
    const hidden = await hideRust(
      {
        Path: "C:\\Windows\\system32;C:\\Users\\me\\.cargo\\bin",
        Rustc: "C:\\x\\rustc.exe",
        USERPROFILE: "C:\\Users\\me",
      },
      { platform: "win32", probe: { isExecutableFile: async (p) => files.has(p) } },
    );
    try {
      expect(hidden.env["Path"]).toBe("C:\\Windows\\system32");
      expect(hidden.env["PATH"]).toBeUndefined();
      expect(hidden.env["Rustc"]).toBeUndefined();
      expect(hidden.replacedPathDirs).toEqual([{ dir: "C:\\Users\\me\\.cargo\\bin", shadow: null }]);
    } finally {
      await hidden.cleanup();
    }
  });

  it("leaves directories without Rust alone", async () => {
    const plain = binDir(["sed"]);
    mkdirSync(join(plain, "cargo")); // a directory named cargo is not a cargo
    const hidden = await hideRust({ PATH: plain }, { platform: "linux" });
    try {
      expect(hidden.env["PATH"]).toBe(plain);
      expect(hidden.replacedPathDirs).toEqual([]);
    } finally {
      await hidden.cleanup();
    }
  });
});
