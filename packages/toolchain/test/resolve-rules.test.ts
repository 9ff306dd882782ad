import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { repairFloatTrap } from "../src/resolve/float-trap.js";
import { checkMsrv, readMsrv } from "../src/resolve/msrv.js";
import { checkPinned } from "../src/resolve/pinning.js";
import { type ResolvedToolchain, resolveToolchain } from "../src/resolve/resolve-toolchain.js";
import { memoryFs } from "./fixtures/resolve/memory-fs.js";

const LINUX = "x86_64-unknown-linux-gnu";

function resolveName(name: string): Promise<ResolvedToolchain> {
  return resolveToolchain({
    input: { toolchain: name },
    workingDirectory: "/",
    host: LINUX,
    fs: memoryFs({}),
  });
}

describe("repairFloatTrap", () => {
  it.each([
    // What YAML does to an unquoted version, then what we make of it.
    { yaml: "toolchain: 1.70", value: "1.7", expected: "1.70", repaired: true },
    { yaml: "toolchain: 1.80", value: "1.8", expected: "1.80", repaired: true },
    { yaml: "toolchain: 1.90", value: "1.9", expected: "1.90", repaired: true },
    { yaml: "toolchain: 1.10", value: "1.1", expected: "1.10", repaired: true },
    { yaml: "toolchain: 1.85", value: "1.85", expected: "1.85", repaired: false },
    { yaml: 'toolchain: "1.70"', value: "1.70", expected: "1.70", repaired: false },
    { yaml: "toolchain: 1.70.0", value: "1.70.0", expected: "1.70.0", repaired: false },
    { yaml: "toolchain: stable", value: "stable", expected: "stable", repaired: false },
  ])("$yaml arrives as $value and becomes $expected", ({ yaml, value, expected, repaired }) => {
    // GitHub's runner hands the action the number's shortest form, like JavaScript's String().
    expect(String(parseYaml(yaml).toolchain)).toBe(value);
    const result = repairFloatTrap(value);
    expect(result).toMatchObject({ value: expected, repaired });
    if (repaired) {
      expect(result.warning).toContain(`toolchain: "${expected}"`);
      expect(result.warning).toContain(`'${value}'`);
    } else {
      expect(result.warning).toBeUndefined();
    }
  });

  it.each([
    { value: "1", why: "1.0 and 1.00 both arrive as 1; the intent cannot be told" },
    { value: "1.0", why: "not what YAML leaves of a float" },
    { value: "1.7.0", why: "explicit patch release" },
    { value: "1.7-2016-01-01", why: "a dated name is a string in YAML" },
    { value: "2.7", why: "only Rust 1.x is affected" },
    { value: " 1.7", why: "not a bare number" },
  ])("leaves $value alone ($why)", ({ value }) => {
    expect(repairFloatTrap(value)).toEqual({ value, repaired: false });
  });

  it.each([
    { value: "1.1", msrv: "1.85", expected: "1.10" },
    { value: "1.8", msrv: "1.85", expected: "1.80" },
    { value: "1.1", msrv: "1.100", expected: "1.100" },
    { value: "1.1", msrv: "1.105", expected: "1.10" },
    { value: "1.2", msrv: "1.150.2", expected: "1.200" },
    { value: "1.1", msrv: "1.250", expected: "1.10" },
    { value: "1.3", msrv: "1.95", expected: "1.30" },
  ])("with MSRV $msrv, $value becomes $expected", ({ value, msrv, expected }) => {
    expect(repairFloatTrap(value, { msrv }).value).toBe(expected);
  });
});

describe("checkPinned", () => {
  it.each([
    { name: "stable", pinned: false, suggestion: "an exact release" },
    { name: "beta", pinned: false, suggestion: "a dated beta" },
    { name: "nightly", pinned: false, suggestion: "a dated nightly" },
    { name: "1.85", pinned: false, suggestion: "'1.85.0'" },
    { name: "1.85.0-beta", pinned: false, suggestion: "'1.85.0-beta.1'" },
    { name: "1.85-beta", pinned: false, suggestion: "'1.85.0-beta.1'" },
    { name: "1.85.0", pinned: true },
    { name: "1.85.0-beta.2", pinned: true },
    { name: "nightly-2025-02-20", pinned: true },
    { name: "stable-2025-02-20", pinned: true },
    { name: "1.85-2025-02-20", pinned: true },
    { name: "1.8", pinned: true },
  ])("$name pinned: $pinned", async ({ name, pinned, suggestion }) => {
    const resolved = await resolveName(name);
    expect(resolved.floating).toBe(!pinned);
    const error = checkPinned(resolved);
    if (pinned) {
      expect(error).toBeUndefined();
    } else {
      expect(error?.code).toBe("not-pinned");
      expect(error?.rustupMessage).toContain(
        `'${resolved.toolchain}' from the toolchain input is not pinned`,
      );
      expect(error?.help).toContain(suggestion);
    }
  });

  it("names the toolchain file when the floating channel comes from it", async () => {
    const resolved = await resolveToolchain({
      workingDirectory: "/p",
      host: LINUX,
      fs: memoryFs({ "/p/rust-toolchain": "stable" }),
      pathFlavor: "posix",
    });
    const error = checkPinned(resolved);
    expect(error?.file).toBe("/p/rust-toolchain");
    expect(error?.rustupMessage).toContain("from /p/rust-toolchain is not pinned");
  });
});

describe("readMsrv", () => {
  const fs = memoryFs({
    "/pkg/Cargo.toml": '[package]\nname = "a"\nrust-version = "1.85"\n',
    "/ws/Cargo.toml": '[workspace]\nmembers = ["m"]\n[workspace.package]\nrust-version = "1.91.1"\n',
    "/ws/m/Cargo.toml": '[package]\nname = "m"\nrust-version.workspace = true\n',
    "/ws/nested/deep/Cargo.toml": '[package]\nname = "d"\nrust-version = { workspace = true }\n',
    "/ws2/root/Cargo.toml": '[workspace]\n[workspace.package]\nrust-version = "1.70"\n',
    "/ws2/member/Cargo.toml": '[package]\nname = "x"\nworkspace = "../root"\nrust-version.workspace = true\n',
    "/none/Cargo.toml": '[package]\nname = "n"\n',
    "/bad/Cargo.toml": '[package]\nrust-version = "1.85.0-beta"\n',
    "/broken/Cargo.toml": "[package\n",
  });

  it.each([
    { dir: "/pkg", version: "1.85", file: "/pkg/Cargo.toml", key: "package.rust-version" },
    { dir: "/ws", version: "1.91.1", file: "/ws/Cargo.toml", key: "workspace.package.rust-version" },
    { dir: "/ws/m", version: "1.91.1", file: "/ws/Cargo.toml", key: "workspace.package.rust-version" },
    {
      dir: "/ws/nested/deep",
      version: "1.91.1",
      file: "/ws/Cargo.toml",
      key: "workspace.package.rust-version",
    },
    {
      dir: "/ws2/member",
      version: "1.70",
      file: "/ws2/root/Cargo.toml",
      key: "workspace.package.rust-version",
    },
  ])("$dir → $version from $key", async ({ dir, version, file, key }) => {
    expect(await readMsrv(dir, { fs, pathFlavor: "posix" })).toEqual({ version, file, key });
  });

  it("finds the nearest Cargo.toml above with walkUp, like cargo", async () => {
    expect(await readMsrv("/pkg/src/bin", { fs, pathFlavor: "posix", walkUp: true })).toMatchObject({
      version: "1.85",
      file: "/pkg/Cargo.toml",
    });
    expect(await readMsrv("/pkg/src/bin", { fs, pathFlavor: "posix" })).toBeUndefined();
  });

  it("is undefined without Cargo.toml or rust-version", async () => {
    expect(await readMsrv("/none", { fs, pathFlavor: "posix" })).toBeUndefined();
    expect(await readMsrv("/nowhere", { fs, pathFlavor: "posix" })).toBeUndefined();
  });

  it.each([
    { dir: "/bad", message: /invalid package\.rust-version "1\.85\.0-beta" in \/bad\/Cargo\.toml/ },
    { dir: "/broken", message: /could not parse \/broken\/Cargo\.toml/ },
  ])("reports an unusable rust-version in $dir", async ({ dir, message }) => {
    await expect(readMsrv(dir, { fs, pathFlavor: "posix" })).rejects.toMatchObject({
      code: "invalid-msrv",
      message,
    });
  });
});

describe("checkMsrv", () => {
  const msrv = { version: "1.85", file: "/p/Cargo.toml", key: "package.rust-version" as const };

  it.each([
    { name: "1.85.0", msrv: "1.85", status: "satisfied" },
    { name: "1.86.0", msrv: "1.85", status: "satisfied" },
    { name: "1.84.1", msrv: "1.85", status: "violated" },
    { name: "1.85.0", msrv: "1.85.1", status: "violated" },
    { name: "1.85.2", msrv: "1.85.1", status: "satisfied" },
    { name: "1.85", msrv: "1.85", status: "satisfied" },
    { name: "1.85", msrv: "1.85.1", status: "unknown" },
    { name: "1.84", msrv: "1.85", status: "violated" },
    { name: "1.85.0-beta.3", msrv: "1.85", status: "satisfied" },
    { name: "1.84.0-beta.3", msrv: "1.85", status: "violated" },
    { name: "1.8", msrv: "1.56", status: "violated" },
    { name: "stable", msrv: "1.85", status: "unknown" },
    { name: "nightly-2025-02-20", msrv: "1.85", status: "unknown" },
    { name: "beta", msrv: "1.85", status: "unknown" },
  ])("$name against MSRV $msrv: $status", async ({ name, msrv: version, status }) => {
    const check = checkMsrv(await resolveName(name), { ...msrv, version });
    expect(check.status).toBe(status);
    if (status === "violated") {
      expect(check.error?.code).toBe("below-msrv");
      expect(check.error?.rustupMessage).toContain(`MSRV ${version} (package.rust-version in /p/Cargo.toml)`);
      expect(check.error?.rustupMessage).toContain(`'${name}-${LINUX}'`.replace("1.8-", "1.8.0-"));
      expect(check.error?.file).toBe("/p/Cargo.toml");
    } else {
      expect(check.error).toBeUndefined();
    }
  });

  it("accepts a bare version string and rejects a malformed one", async () => {
    const resolved = await resolveName("1.80.0");
    expect(checkMsrv(resolved, "1.81").status).toBe("violated");
    expect(() => checkMsrv(resolved, ">=1.81")).toThrow(/invalid package\.rust-version/);
  });
});
