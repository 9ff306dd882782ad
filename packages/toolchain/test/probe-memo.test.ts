// rustc's answers kept between runs, against the real rustup proxies and toolchains of this machine:
// the memo must answer exactly what rustup would, and never once what rustup selects changes.
import {
  copyFileSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileMemo, type Runner, runProcess } from "@oxidize/core";
import { beforeEach, describe, expect, it } from "vitest";
import { detectRust, probeRustc, probeRustcRemembered, rustToolIdentity, sysrootTool } from "../src/index.js";

const cargoBin = join(process.env["CARGO_HOME"] || join(process.env["HOME"] ?? "", ".cargo"), "bin");
const proxy = join(cargoBin, "rustc");
const env = { ...process.env, RUSTUP_TOOLCHAIN: undefined, RUSTUP_AUTO_INSTALL: "0" };
const platform = process.platform;

/** A runner that counts the programs it starts. */
function counting(): { run: Runner; runs: string[] } {
  const runs: string[] = [];
  return {
    runs,
    run: (file, args, options) => {
      runs.push([file, ...args].join(" "));
      return runProcess(file, args, options);
    },
  };
}

let dir: string;
let cwd: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "oxidize-probe-memo-"));
  cwd = join(dir, "project");
  mkdirSync(cwd);
  return () => rmSync(dir, { recursive: true, force: true });
});

describe("probeRustcRemembered behind the real rustup proxy", { timeout: 60_000 }, () => {
  it("asks once, then answers from the memo exactly what the proxy says", async () => {
    const memo = fileMemo(join(dir, "memo"));
    const first = counting();
    const asked = await probeRustcRemembered(proxy, { env, cwd, memo, platform, run: first.run });
    expect(first.runs).toEqual([`${proxy} -vV`, `${proxy} --print sysroot`]);
    const second = counting();
    const kept = await probeRustcRemembered(proxy, { env, cwd, memo, platform, run: second.run });
    expect(second.runs).toEqual([]);
    const direct = await probeRustc(proxy, { env, cwd, sysroot: true });
    expect(kept).toEqual(direct);
    expect(asked).toEqual(direct);
  });

  it("asks again when a rust-toolchain.toml in a parent directory or RUSTUP_TOOLCHAIN picks another toolchain", async () => {
    const memo = fileMemo(join(dir, "memo"));
    const stable = await probeRustcRemembered(proxy, { env, cwd, memo, platform });
    writeFileSync(join(dir, "rust-toolchain.toml"), '[toolchain]\nchannel = "nightly"\n');
    const fromFile = await probeRustcRemembered(proxy, { env, cwd, memo, platform });
    const nightly = await probeRustc(proxy, { env, cwd, sysroot: true });
    expect(nightly.ok && nightly.rustc.release).toMatch(/-nightly$/);
    expect(fromFile).toEqual(nightly);
    rmSync(join(dir, "rust-toolchain.toml"));
    expect(await probeRustcRemembered(proxy, { env, cwd, memo, platform })).toEqual(stable);
    const pinned = await probeRustcRemembered(proxy, {
      env: { ...env, RUSTUP_TOOLCHAIN: "nightly" },
      cwd,
      memo,
      platform,
    });
    expect(pinned).toEqual(nightly);
  });

  it("walks up the real tree from a working directory reached through a symlink, as rustup does", async () => {
    const memo = fileMemo(join(dir, "memo"));
    const real = join(dir, "real", "project");
    mkdirSync(real, { recursive: true });
    const linked = join(dir, "linked-project");
    symlinkSync(real, linked);
    const stable = await probeRustcRemembered(proxy, { env, cwd: linked, memo, platform });
    // Only a parent of the real directory holds the file; the link's own parent does not.
    writeFileSync(join(dir, "real", "rust-toolchain.toml"), '[toolchain]\nchannel = "nightly"\n');
    const nightly = await probeRustc(proxy, { env, cwd: linked, sysroot: true });
    expect(nightly.ok && nightly.rustc.release).toMatch(/-nightly$/);
    expect(nightly).not.toEqual(stable);
    expect(await probeRustcRemembered(proxy, { env, cwd: linked, memo, platform })).toEqual(nightly);
  });

  it("asks again when the selected toolchain's rustc is not the one the answer was kept for", async () => {
    const memo = fileMemo(join(dir, "memo"));
    const truth = await probeRustc(proxy, { env, cwd, sysroot: true });
    if (!truth.ok || truth.sysroot === undefined) throw new Error("the machine's rustc did not answer");
    const key = (await rustToolIdentity(proxy, "rustc", { env, platform, cwd }))?.key;
    if (key === undefined) throw new Error("a rustup proxy has an identity");
    // As if `rustup update` had replaced the toolchain's files since the answer was kept.
    await memo.write("rustc", key, {
      verbose: truth.rustc.text.replace(truth.rustc.release, "1.0.0"),
      sysroot: truth.sysroot,
      sysrootRustc: "1:2:3:4:5",
    });
    const { run, runs } = counting();
    expect(await probeRustcRemembered(proxy, { env, cwd, memo, platform, run })).toEqual(truth);
    expect(runs).toHaveLength(2);
    expect(await probeRustcRemembered(proxy, { env, cwd, memo, platform })).toEqual(truth);
  });

  it("treats hard links to rustup as proxies, as rustup-init installs them on the hosted runners", async () => {
    const bin = join(dir, "cargo-bin");
    mkdirSync(bin);
    copyFileSync(realpathSync(proxy), join(bin, "rustup"));
    linkSync(join(bin, "rustup"), join(bin, "rustc"));
    const linked = join(bin, "rustc");
    const key = (await rustToolIdentity(linked, "rustc", { env, platform, cwd }))?.key;
    expect(key).toContain("rust-toolchain.toml");
    writeFileSync(join(cwd, "rust-toolchain"), "nightly\n");
    expect((await rustToolIdentity(linked, "rustc", { env, platform, cwd }))?.key).not.toBe(key);
    // A lone hard link with another name than rustc or rustup is neither: nothing is kept for it.
    linkSync(join(bin, "rustup"), join(dir, "rustc-wrapper"));
    expect(
      (await rustToolIdentity(join(dir, "rustc-wrapper"), "rustc", { env, platform, cwd }))?.key,
    ).toBeUndefined();
  });

  it("keeps nothing for a rustc that is a script, whose answer its file does not decide", async () => {
    const memo = fileMemo(join(dir, "memo"));
    const wrapper = join(dir, "rustc");
    writeFileSync(wrapper, `#!/bin/sh\nexec ${proxy} "$@"\n`, { mode: 0o755 });
    expect((await rustToolIdentity(wrapper, "rustc", { env, platform, cwd }))?.key).toBeUndefined();
    const { run, runs } = counting();
    await probeRustcRemembered(wrapper, { env, cwd, memo, platform, run });
    await probeRustcRemembered(wrapper, { env, cwd, memo, platform, run });
    expect(runs).toHaveLength(4);
    expect(readdirSync(dir)).not.toContain("memo");
  });

  it("keys the toolchain's own rustc by its file alone, and detectRust reports the same facts from the memo", async () => {
    const truth = await probeRustc(proxy, { env, cwd, sysroot: true });
    if (!truth.ok || truth.sysroot === undefined) throw new Error("the machine's rustc did not answer");
    const direct = sysrootTool(truth.sysroot, "rustc", platform);
    const key = (
      await rustToolIdentity(direct, "rustc", { env: { ...env, RUSTUP_TOOLCHAIN: "nightly" }, platform, cwd })
    )?.key;
    expect(key).toBe((await rustToolIdentity(direct, "rustc", { env, platform, cwd: dir }))?.key);

    const memo = fileMemo(join(dir, "memo"));
    const plain = await detectRust({ env, platform, cwd });
    await detectRust({ env, platform, cwd, memo });
    const { run, runs } = counting();
    expect(await detectRust({ env, platform, cwd, memo, run })).toEqual(plain);
    expect(runs).toEqual([]);
  });
});
