import { execFile, execFileSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { applyShims, listExecutables, planShims } from "../src/setup/shims.js";

describe("planShims", () => {
  it("links every tool on POSIX", () => {
    expect(planShims("/tc/bin", "/ch/bin", ["cargo", "rustc"], "darwin")).toEqual([
      { kind: "symlink", path: "/ch/bin/cargo", target: "/tc/bin/cargo" },
      { kind: "symlink", path: "/ch/bin/rustc", target: "/tc/bin/rustc" },
    ]);
  });

  it("writes .cmd and sh shims for .exe tools on Windows, and skips DLLs", () => {
    const actions = planShims(
      "C:\\hostedtoolcache\\rust\\k\\x64\\bin",
      "C:\\Users\\runner\\.cargo\\bin",
      ["cargo.exe", "rustc_driver-abc.dll", "rustc.exe"],
      "win32",
    );
    expect(actions.map((a) => a.path)).toEqual([
      "C:\\Users\\runner\\.cargo\\bin\\cargo.cmd",
      "C:\\Users\\runner\\.cargo\\bin\\cargo",
      "C:\\Users\\runner\\.cargo\\bin\\rustc.cmd",
      "C:\\Users\\runner\\.cargo\\bin\\rustc",
    ]);
    const [cmd, sh] = actions;
    expect(cmd).toMatchObject({
      kind: "file",
      content: '@"C:\\hostedtoolcache\\rust\\k\\x64\\bin\\cargo.exe" %*\r\n',
    });
    expect(sh).toMatchObject({
      kind: "file",
      content: "#!/bin/sh\nexec 'C:/hostedtoolcache/rust/k/x64/bin/cargo.exe' \"$@\"\n",
    });
  });
});

describe("applyShims", () => {
  it("makes $CARGO_HOME/bin/cargo run the toolchain's cargo, replacing an older shim", () => {
    const root = mkdtempSync(join(tmpdir(), "oxidize-shims-"));
    const toolchainBin = join(root, "toolchain", "bin");
    const cargoBin = join(root, "cargo-home", "bin");
    mkdirSync(toolchainBin, { recursive: true });
    mkdirSync(cargoBin, { recursive: true });
    writeFileSync(join(toolchainBin, "cargo"), '#!/bin/sh\necho real cargo "$@"\n', { mode: 0o755 });
    symlinkSync("/nonexistent/old-cargo", join(cargoBin, "cargo"));
    const written = applyShims(
      planShims(toolchainBin, cargoBin, listExecutables(toolchainBin), "linux"),
      cargoBin,
    );
    expect(written).toEqual([join(cargoBin, "cargo")]);
    expect(readlinkSync(join(cargoBin, "cargo"))).toBe(join(toolchainBin, "cargo"));
    expect(execFileSync(join(cargoBin, "cargo"), ["-V"], { encoding: "utf8" })).toBe("real cargo -V\n");
  });

  it("leaves shims that are already right alone, and rewrites one that differs", () => {
    const root = mkdtempSync(join(tmpdir(), "oxidize-shims-"));
    const cargoBin = join(root, "bin");
    const links = planShims(join(root, "tc", "bin"), cargoBin, ["cargo", "rustc"], "linux");
    applyShims(links, cargoBin);
    const inode = (name: string) => lstatSync(join(cargoBin, name)).ino;
    const before = [inode("cargo"), inode("rustc")];
    applyShims(links, cargoBin);
    expect([inode("cargo"), inode("rustc")]).toEqual(before);
    applyShims(planShims(join(root, "tc2", "bin"), cargoBin, ["cargo"], "linux"), cargoBin);
    expect(readlinkSync(join(cargoBin, "cargo"))).toBe(join(root, "tc2", "bin", "cargo"));

    const files = planShims("C:\\tc\\bin", cargoBin, ["cargo.exe"], "win32").map((a) => ({
      ...a,
      path: a.path.replace(/^.*\\/, `${cargoBin}/`),
    }));
    applyShims(files, cargoBin);
    const sh = join(cargoBin, "cargo");
    const kept = lstatSync(sh).ino;
    applyShims(files, cargoBin);
    expect(lstatSync(sh).ino).toBe(kept);
    chmodSync(sh, 0o644); // no longer runnable: rewritten with its mode
    applyShims(files, cargoBin);
    expect(lstatSync(sh).mode & 0o777).toBe(0o755);
  });

  it("writes the Windows shims as files a POSIX sh can run (the Git Bash path)", () => {
    const root = mkdtempSync(join(tmpdir(), "oxidize-shims-"));
    const cargoBin = join(root, "bin");
    const actions = planShims("C:\\tc\\bin", cargoBin, ["cargo.exe"], "win32").map((a) => ({
      ...a,
      path: a.path.replace(/^.*\\/, `${cargoBin}/`),
    }));
    applyShims(actions, cargoBin);
    expect(existsSync(join(cargoBin, "cargo.cmd"))).toBe(true);
    // The sh shim execs the target path; here it does not exist, so sh reports exactly that path.
    const out = (() => {
      try {
        return execFileSync("sh", [join(cargoBin, "cargo"), "-V"], { encoding: "utf8", stdio: "pipe" });
      } catch (error) {
        return String((error as { stderr?: string }).stderr);
      }
    })();
    expect(out).toContain("C:/tc/bin/cargo.exe");
  });
});

describe("a shared CARGO_HOME and RUSTUP_HOME", () => {
  it.skipIf(process.platform === "win32")(
    "several setups writing the same shims and links at once all succeed (atomic replace)",
    async () => {
      const root = mkdtempSync(join(tmpdir(), "oxidize-shims-race-"));
      const toolchain = join(root, "toolchain");
      mkdirSync(join(toolchain, "bin"), { recursive: true });
      const tools = [
        "cargo",
        "rustc",
        "rustdoc",
        "rust-gdb",
        "rust-lldb",
        "cargo-clippy",
        "rustfmt",
        "clippy-driver",
      ];
      for (const tool of tools) writeFileSync(join(toolchain, "bin", tool), "#!/bin/sh\n", { mode: 0o755 });
      const cargoBin = join(root, "cargo-home", "bin");
      const rustupHome = join(root, "rustup-home");
      // Bundled once so that six processes start in milliseconds (tsx would take a second each,
      // and the writes would no longer overlap). esbuild is tsx's own dependency, found through it.
      const fromTsx = createRequire(createRequire(import.meta.url).resolve("tsx"));
      const esbuild = fromTsx("esbuild") as {
        build(options: Record<string, unknown>): Promise<unknown>;
      };
      const script = join(root, "write-links.mjs");
      await esbuild.build({
        entryPoints: [join(import.meta.dirname, "fixtures", "concurrency", "write-links.ts")],
        bundle: true,
        platform: "node",
        format: "esm",
        outfile: script,
        logLevel: "warning",
      });
      const results = await Promise.allSettled(
        Array.from({ length: 6 }, () =>
          promisify(execFile)(process.execPath, [script, toolchain, cargoBin, rustupHome, "40"], {
            encoding: "utf8",
          }),
        ),
      );
      // e.g. "Error: EEXIST: file already exists, symlink '…' -> '…/bin/rustc'" before the fix
      const failures = results.flatMap((r) =>
        r.status === "rejected"
          ? [/^\w*Error: .*$/m.exec(String((r.reason as { stderr?: string }).stderr))?.[0]]
          : [],
      );
      expect(failures).toEqual([]);
      expect(readdirSync(cargoBin).sort()).toEqual([...tools].sort());
      for (const tool of tools) expect(readlinkSync(join(cargoBin, tool))).toBe(join(toolchain, "bin", tool));
      expect(readdirSync(join(rustupHome, "toolchains"))).toEqual(["1.95.0-x86_64-unknown-linux-gnu"]);
      expect(readlinkSync(join(rustupHome, "toolchains", "1.95.0-x86_64-unknown-linux-gnu"))).toBe(toolchain);
    },
    30_000,
  );
});
