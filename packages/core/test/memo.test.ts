import { mkdtempSync, readdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { envPart, fileIdentity, fileMemo, isScript, realFile, userCacheDir } from "../src/index.js";

const scratch = () => mkdtempSync(join(tmpdir(), "oxidize-memo-"));

describe("fileIdentity", () => {
  it("changes when a file is rewritten, touched or replaced, and says when it is absent", async () => {
    const dir = scratch();
    const file = join(dir, "rustc");
    expect(await fileIdentity(file)).toBe("absent");
    writeFileSync(file, "one");
    const first = await fileIdentity(file);
    expect(first).not.toBe("absent");
    expect(await fileIdentity(file)).toBe(first);
    writeFileSync(file, "two"); // same size: the change times still move
    const rewritten = await fileIdentity(file);
    expect(rewritten).not.toBe(first);
    utimesSync(file, new Date(2001, 1, 1), new Date(2001, 1, 1));
    expect(await fileIdentity(file)).not.toBe(rewritten);
  });

  it("follows symlinks: a link is its target's identity, and realFile names the target", async () => {
    const dir = scratch();
    writeFileSync(join(dir, "python3.12"), "binary");
    symlinkSync("python3.12", join(dir, "python3"));
    expect(await fileIdentity(join(dir, "python3"))).toBe(await fileIdentity(join(dir, "python3.12")));
    expect((await realFile(join(dir, "python3")))?.path).toBe(join(dir, "python3.12"));
    expect(await realFile(join(dir, "missing"))).toBeUndefined();
  });
});

describe("isScript", () => {
  it("tells a #! script or a batch file from a binary; a file it cannot read counts as a script", async () => {
    const dir = scratch();
    writeFileSync(join(dir, "shim"), '#!/usr/bin/env bash\nexec pyenv exec python "$@"\n');
    writeFileSync(join(dir, "elf"), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]));
    writeFileSync(join(dir, "python.bat"), "@echo off\r\n");
    expect(await isScript(join(dir, "shim"))).toBe(true);
    expect(await isScript(join(dir, "elf"))).toBe(false);
    expect(await isScript(join(dir, "python.bat"))).toBe(true);
    expect(await isScript(join(dir, "missing"))).toBe(true);
  });
});

describe("fileMemo", () => {
  it("returns what was written under the same key, and nothing under another", async () => {
    const memo = fileMemo(join(scratch(), "probes"));
    expect(await memo.read("rustc", "key-a")).toBeUndefined();
    await memo.write("rustc", "key-a", { release: "1.95.0" });
    expect(await memo.read("rustc", "key-a")).toEqual({ release: "1.95.0" });
    expect(await memo.read("rustc", "key-b")).toBeUndefined();
    expect(await memo.read("python", "key-a")).toBeUndefined();
  });

  it("reads an entry recorded for another key under the same name as a miss", async () => {
    // The name is a non-cryptographic hash: a collision, or an entry of the older value-only layout, must cost
    // a process start, never another key's answer.
    const dir = scratch();
    const memo = fileMemo(dir);
    await memo.write("rustc", "key-a", { release: "1.95.0" });
    const [name] = readdirSync(dir);
    const file = join(dir, name as string);
    writeFileSync(file, JSON.stringify({ key: "key-b", value: { release: "1.94.0" } }));
    expect(await memo.read("rustc", "key-a")).toBeUndefined();
    writeFileSync(file, JSON.stringify({ release: "1.95.0" }));
    expect(await memo.read("rustc", "key-a")).toBeUndefined();
  });

  it("reads a damaged entry as a miss, and an unwritable directory loses nothing and leaves nothing", async () => {
    const dir = scratch();
    const memo = fileMemo(dir);
    await memo.write("python", "k", { version: "3.12" });
    const [entry] = readdirSync(dir);
    writeFileSync(join(dir, entry as string), '{"version": "3.1');
    expect(await memo.read("python", "k")).toBeUndefined();

    const blocked = join(dir, "not-a-dir");
    writeFileSync(blocked, "a file where the memo's directory would be");
    await expect(fileMemo(blocked).write("python", "k", { version: "3.12" })).resolves.toBeUndefined();
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("keeps the newest 64 entries of a kind and leaves other kinds alone", async () => {
    const dir = scratch();
    const memo = fileMemo(dir);
    await memo.write("rustc", "kept", { n: -1 });
    for (let n = 0; n < 70; n++) {
      await memo.write("python", `k${n}`, { n });
      // distinct mtimes, oldest first, whatever the file system's resolution
      const entries = readdirSync(dir).filter((name) => name.startsWith("python-"));
      for (const name of entries) {
        const { value } = JSON.parse(readFileSync(join(dir, name), "utf8")) as { value: { n: number } };
        const when = new Date(Date.UTC(2020, 0, 1) + value.n * 1000);
        utimesSync(join(dir, name), when, when);
      }
    }
    expect(readdirSync(dir).filter((name) => name.startsWith("python-"))).toHaveLength(64);
    expect(await memo.read("python", "k69")).toEqual({ n: 69 });
    expect(await memo.read("python", "k6")).toEqual({ n: 6 });
    expect(await memo.read("python", "k5")).toBeUndefined();
    expect(await memo.read("rustc", "kept")).toEqual({ n: -1 });
  });
});

describe("userCacheDir", () => {
  it.each([
    [
      "OXIDIZE_CACHE_DIR wins",
      "linux",
      { OXIDIZE_CACHE_DIR: "/srv/cache", XDG_CACHE_HOME: "/x" },
      "/srv/cache",
    ],
    ["XDG_CACHE_HOME on Linux", "linux", { XDG_CACHE_HOME: "/x" }, "/x/oxidize"],
    [
      "a relative XDG_CACHE_HOME is ignored, as the spec says",
      "linux",
      { XDG_CACHE_HOME: "x" },
      "/home/u/.cache/oxidize",
    ],
    ["~/.cache by default", "linux", {}, "/home/u/.cache/oxidize"],
    ["~/Library/Caches on macOS", "darwin", { XDG_CACHE_HOME: "/x" }, "/home/u/Library/Caches/oxidize"],
    [
      "%LOCALAPPDATA% on Windows",
      "win32",
      { LOCALAPPDATA: "C:\\Users\\u\\AppData\\Local" },
      "C:\\Users\\u\\AppData\\Local\\oxidize",
    ],
    ["none on Windows without LOCALAPPDATA", "win32", {}, undefined],
  ] as const)("%s", (_name, platform, env, expected) => {
    expect(userCacheDir(env, platform, "/home/u")).toBe(expected);
  });
});

describe("envPart", () => {
  it("keeps the chosen variables, set ones only, in name order", () => {
    const env = { RUSTUP_TOOLCHAIN: "nightly", PATH: "/bin", RUSTUP_HOME: "/r", RUSTUP_X: undefined };
    expect(envPart(env, (n) => n.startsWith("RUSTUP_"))).toEqual([
      "RUSTUP_HOME=/r",
      "RUSTUP_TOOLCHAIN=nightly",
    ]);
  });
});
