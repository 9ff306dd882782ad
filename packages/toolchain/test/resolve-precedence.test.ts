import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ToolchainResolutionError } from "../src/resolve/errors.js";
import { type ResolveToolchainOptions, resolveToolchain } from "../src/resolve/resolve-toolchain.js";
import { memoryFs } from "./fixtures/resolve/memory-fs.js";

const LINUX = "x86_64-unknown-linux-gnu";

async function resolveError(options: ResolveToolchainOptions): Promise<ToolchainResolutionError> {
  const error = await resolveToolchain(options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ToolchainResolutionError);
  return error as ToolchainResolutionError;
}

describe("precedence", () => {
  const fs = memoryFs({
    "/repo/rust-toolchain.toml": '[toolchain]\nchannel = "1.85.0"\ncomponents = ["clippy"]\n',
    "/repo/sub/deeper/x": "",
  });
  const base = { workingDirectory: "/repo/sub/deeper", host: LINUX, fs, pathFlavor: "posix" as const };

  it.each([
    {
      what: "input beats RUSTUP_TOOLCHAIN and the file",
      options: { input: { toolchain: "1.80.0" }, env: { RUSTUP_TOOLCHAIN: "beta" } },
      toolchain: `1.80.0-${LINUX}`,
      source: "input",
    },
    {
      what: "RUSTUP_TOOLCHAIN beats the file",
      options: { env: { RUSTUP_TOOLCHAIN: "beta" } },
      toolchain: `beta-${LINUX}`,
      source: "RUSTUP_TOOLCHAIN",
    },
    {
      what: "an empty input and an empty RUSTUP_TOOLCHAIN count as unset",
      options: { input: { toolchain: "" }, env: { RUSTUP_TOOLCHAIN: "" } },
      toolchain: `1.85.0-${LINUX}`,
      source: "toolchain-file",
    },
    {
      what: "the file from a parent directory",
      options: {},
      toolchain: `1.85.0-${LINUX}`,
      source: "toolchain-file",
    },
  ])("$what", async ({ options, toolchain, source }) => {
    const r = await resolveToolchain({ ...base, ...options });
    expect(r.toolchain).toBe(toolchain);
    expect(r.source).toBe(source);
    expect(r.floating).toBe(toolchain.startsWith("beta"));
  });

  it("warns that a toolchain file is shadowed by the input, and ignores the file's components", async () => {
    const r = await resolveToolchain({ ...base, input: { toolchain: "stable" } });
    expect(r.components).toEqual([]);
    expect(r.warnings).toEqual([
      "/repo/rust-toolchain.toml is ignored because the toolchain input takes precedence over toolchain files",
    ]);
  });

  it("falls back to stable with a warning when nothing is pinned", async () => {
    const r = await resolveToolchain({
      workingDirectory: "/elsewhere",
      host: LINUX,
      fs,
      pathFlavor: "posix",
    });
    expect(r).toMatchObject({
      toolchain: `stable-${LINUX}`,
      channel: "stable",
      source: "default",
      defaultChannel: true,
      floating: true,
      profile: "default",
    });
    expect(r.file).toBeUndefined();
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/^no toolchain is pinned: .* in \/elsewhere or above; using stable/);
  });

  it("reads the nearest file only and stops walking there", async () => {
    const walked = memoryFs({ "/a/rust-toolchain": "beta", "/a/b/rust-toolchain.toml": "[toolchain]\n" });
    const error = await resolveError({
      workingDirectory: "/a/b/c",
      host: LINUX,
      fs: walked,
      pathFlavor: "posix",
    });
    expect(error.code).toBe("file-missing-properties");
    expect(error.file).toBe("/a/b/rust-toolchain.toml");
    expect(walked.reads).not.toContain("/a/rust-toolchain");
  });
});

describe("merging the file with the inputs", () => {
  const file =
    '[toolchain]\nchannel = "nightly-2025-02-20"\ncomponents = ["rustfmt", "clippy"]\ntargets = ["wasm32-unknown-unknown"]\nprofile = "m"\n';
  const fs = memoryFs({ "/repo/rust-toolchain.toml": file });
  const base = { workingDirectory: "/repo", host: LINUX, fs, pathFlavor: "posix" as const };

  it.each([
    {
      what: "file only",
      input: {},
      components: ["rustfmt", "clippy"],
      targets: ["wasm32-unknown-unknown"],
      profile: "minimal",
    },
    {
      what: "inputs add to the file's lists without duplicates",
      input: { components: ["clippy", "rust-src"], targets: ["aarch64-apple-darwin"] },
      components: ["rustfmt", "clippy", "rust-src"],
      targets: ["wasm32-unknown-unknown", "aarch64-apple-darwin"],
      profile: "minimal",
    },
    {
      what: "an input profile overrides the file's (aliases accepted)",
      input: { profile: "c" },
      components: ["rustfmt", "clippy"],
      targets: ["wasm32-unknown-unknown"],
      profile: "complete",
    },
    {
      what: "an empty profile input counts as unset",
      input: { profile: "" },
      components: ["rustfmt", "clippy"],
      targets: ["wasm32-unknown-unknown"],
      profile: "minimal",
    },
  ])("$what", async ({ input, components, targets, profile }) => {
    const r = await resolveToolchain({ ...base, input });
    expect(r).toMatchObject({
      toolchain: `nightly-2025-02-20-${LINUX}`,
      channel: "nightly",
      date: "2025-02-20",
      file: "/repo/rust-toolchain.toml",
      reason: "overridden by '/repo/rust-toolchain.toml'",
      components,
      targets,
      profile,
      floating: false,
    });
  });

  it("uses defaultProfile only when neither the file nor the input sets one", async () => {
    const plain = memoryFs({ "/r/rust-toolchain": "1.85.0\n" });
    const opts = { workingDirectory: "/r", host: LINUX, fs: plain, pathFlavor: "posix" as const };
    expect((await resolveToolchain({ ...opts, defaultProfile: "minimal" })).profile).toBe("minimal");
    expect((await resolveToolchain(opts)).profile).toBe("default");
    expect((await resolveToolchain({ ...base, defaultProfile: "complete" })).profile).toBe("minimal");
  });

  it("rejects an unknown profile input with rustup's message", async () => {
    const error = await resolveError({ ...base, input: { profile: "Minimal" } });
    expect(error.code).toBe("unknown-profile");
    expect(error.rustupMessage).toBe(
      "unknown profile name: 'Minimal'; valid profile names are: minimal, default, complete",
    );
    expect(error.help).toMatch(/the profile input/);
  });

  it("treats a file with only components as stable plus those components, with a warning", async () => {
    const only = memoryFs({ "/r/rust-toolchain.toml": '[toolchain]\ncomponents = ["clippy"]\n' });
    const r = await resolveToolchain({
      workingDirectory: "/r",
      host: LINUX,
      fs: only,
      pathFlavor: "posix",
      input: { targets: ["x86_64-unknown-linux-musl"] },
    });
    expect(r).toMatchObject({
      toolchain: `stable-${LINUX}`,
      source: "toolchain-file",
      defaultChannel: true,
      components: ["clippy"],
      targets: ["x86_64-unknown-linux-musl"],
    });
    expect(r.warnings[0]).toMatch(/^\/r\/rust-toolchain\.toml sets no channel/);
  });

  it("keeps rustup's warning when both files exist and uses rust-toolchain", async () => {
    const both = memoryFs({ "/r/rust-toolchain": "1.80.0", "/r/rust-toolchain.toml": "not toml at all [" });
    const r = await resolveToolchain({ workingDirectory: "/r", host: LINUX, fs: both, pathFlavor: "posix" });
    expect(r.toolchain).toBe(`1.80.0-${LINUX}`);
    expect(r.warnings).toEqual([
      "both /r/rust-toolchain and /r/rust-toolchain.toml exist; using contents of /r/rust-toolchain",
    ]);
  });
});

describe("Windows and macOS hosts (injected)", () => {
  it.each([
    {
      host: "x86_64-pc-windows-msvc",
      name: "stable",
      toolchain: "stable-x86_64-pc-windows-msvc",
      foreign: false,
    },
    {
      host: "x86_64-pc-windows-msvc",
      name: "stable-gnu",
      toolchain: "stable-x86_64-pc-windows-gnu",
      foreign: true,
    },
    {
      host: "x86_64-pc-windows-msvc",
      name: "nightly-i686",
      toolchain: "nightly-i686-pc-windows-msvc",
      foreign: true,
    },
    {
      host: "aarch64-pc-windows-msvc",
      name: "1.85",
      toolchain: "1.85-aarch64-pc-windows-msvc",
      foreign: false,
    },
    { host: "i686-pc-windows-gnu", name: "1.8", toolchain: "1.8.0-i686-pc-windows-gnu", foreign: false },
    {
      host: "aarch64-apple-darwin",
      name: "stable",
      toolchain: "stable-aarch64-apple-darwin",
      foreign: false,
    },
    // Naming the OS drops the host's env: macOS has none.
    {
      host: "x86_64-pc-windows-msvc",
      name: "stable-apple-darwin",
      toolchain: "stable-x86_64-apple-darwin",
      foreign: true,
    },
    {
      host: "aarch64-apple-darwin",
      name: "stable-msvc",
      toolchain: "stable-aarch64-apple-darwin-msvc",
      foreign: true,
    },
  ])("$name on $host → $toolchain", async ({ host, name, toolchain, foreign }) => {
    const r = await resolveToolchain({
      input: { toolchain: name },
      workingDirectory: "C:\\work",
      host,
      fs: memoryFs({}, "win32"),
      pathFlavor: "win32",
    });
    expect(r.toolchain).toBe(toolchain);
    expect(r.warnings.some((w) => w.includes("not for this machine"))).toBe(foreign);
  });

  const winFs = memoryFs(
    {
      "C:\\repo\\rust-toolchain.toml": '[toolchain]\nchannel = "1.85.0"\n',
      "C:\\repo\\crate\\src\\x": "",
      "D:\\tc\\bin": null,
    },
    "win32",
  );

  it("walks up Windows directories", async () => {
    const r = await resolveToolchain({
      workingDirectory: "C:\\repo\\crate\\src",
      host: "x86_64-pc-windows-msvc",
      fs: winFs,
      pathFlavor: "win32",
    });
    expect(r.toolchain).toBe("1.85.0-x86_64-pc-windows-msvc");
    expect(r.file).toBe("C:\\repo\\rust-toolchain.toml");
  });

  it.each([
    { value: "D:\\tc", result: "path" },
    { value: "\\tc", code: "relative-path-toolchain" },
    { value: "D:tc\\x", code: "relative-path-toolchain" },
    { value: "E:\\missing", code: "path-without-bin" },
  ])("RUSTUP_TOOLCHAIN=$value with Windows path rules", async ({ value, result, code }) => {
    const options = {
      env: { RUSTUP_TOOLCHAIN: value },
      workingDirectory: "C:\\elsewhere",
      host: "x86_64-pc-windows-msvc",
      fs: winFs,
      pathFlavor: "win32" as const,
    };
    if (result) {
      const r = await resolveToolchain(options);
      expect(r).toMatchObject({ kind: "path", toolchain: value, path: value, floating: false });
    } else {
      expect((await resolveError(options)).code).toBe(code);
    }
  });

  it("rejects a host that is not a Rust triple", async () => {
    const error = await resolveError({ workingDirectory: "/", host: "windows", fs: memoryFs({}) });
    expect(error.code).toBe("invalid-host");
    expect(error.rustupMessage).toBe("Provided host 'windows' couldn't be converted to partial triple");
  });
});

describe("with the real file system", () => {
  const root = realpathSync(mkdtempSync(join(tmpdir(), "oxidize-resolve-")));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("resolves a path toolchain and refuses options for it", async () => {
    mkdirSync(join(root, "tc", "bin"), { recursive: true });
    mkdirSync(join(root, "proj"));
    writeFileSync(join(root, "proj", "rust-toolchain"), `${root}/tc\n`);
    const r = await resolveToolchain({
      workingDirectory: join(root, "proj"),
      host: LINUX,
      pathFlavor: "posix",
    });
    expect(r).toMatchObject({ kind: "path", toolchain: `${root}/tc`, channel: "", source: "toolchain-file" });
    const error = await resolveError({
      workingDirectory: join(root, "proj"),
      host: LINUX,
      pathFlavor: "posix",
      input: { components: ["clippy"] },
    });
    expect(error.code).toBe("path-with-options");
  });

  it("names the file and the fix in a TOML syntax error", async () => {
    mkdirSync(join(root, "bad"));
    writeFileSync(join(root, "bad", "rust-toolchain.toml"), '[toolchain]\nchannel = "1.85.0\n');
    const error = await resolveError({
      workingDirectory: join(root, "bad"),
      host: LINUX,
      pathFlavor: "posix",
    });
    expect(error.code).toBe("file-parse");
    expect(error.file).toBe(join(root, "bad", "rust-toolchain.toml"));
    expect(error.rustupMessage).toMatch(
      /^could not parse override file: '.*rust-toolchain\.toml': error parsing override file: TOML parse error at line 2, column \d+/,
    );
    expect(error.message).toMatch(/\nhelp: /);
  });
});
