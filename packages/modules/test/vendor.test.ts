import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  cargoBuildArgs,
  downloadSnapshot,
  downloadsAdded,
  lockedCrates,
  vendorCargoArgs,
  verifyVendorDir,
} from "../src/index.js";
import { vendorFacts, vendorReasons } from "../src/report.js";

const sha = (text: string) => createHash("sha256").update(text).digest("hex");

const LOCK = `version = 4

[[package]]
name = "app"
version = "0.1.0"
dependencies = ["dep"]

[[package]]
name = "dep"
version = "1.2.3"
source = "registry+https://example.invalid/index"
checksum = "${"ab".repeat(32)}"
`;

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A workspace with LOCK and a vendor directory holding `dep` as cargo vendor writes it. */
function fixture(crateDir = "dep-1.2.3"): { workspace: string; vendor: string; crate: string } {
  const root = mkdtempSync(join(tmpdir(), "vendor-test-"));
  dirs.push(root);
  const workspace = join(root, "ws");
  const vendor = join(root, "vendor");
  const crate = join(vendor, crateDir);
  mkdirSync(workspace);
  mkdirSync(join(crate, "src"), { recursive: true });
  writeFileSync(join(workspace, "Cargo.lock"), LOCK);
  const files = {
    "Cargo.toml": '[package]\nname = "dep"\nversion = "1.2.3"\n',
    "src/lib.rs": "pub fn f() {}\n",
  };
  for (const [file, text] of Object.entries(files)) writeFileSync(join(crate, file), text);
  const sums = Object.fromEntries(Object.entries(files).map(([f, t]) => [f, sha(t)]));
  writeFileSync(
    join(crate, ".cargo-checksum.json"),
    JSON.stringify({ files: sums, package: "ab".repeat(32) }),
  );
  return { workspace, vendor, crate };
}

describe("verifyVendorDir", () => {
  it("accepts the crates of Cargo.lock as vendored, in versioned or plain directories", async () => {
    for (const layout of ["dep-1.2.3", "dep"]) {
      const { workspace, vendor } = fixture(layout);
      await expect(verifyVendorDir(vendor, workspace)).resolves.toMatchObject({ crates: 1, files: 2 });
    }
  });

  it.each([
    [
      "a changed file",
      (c: string) => writeFileSync(join(c, "src", "lib.rs"), "pub fn g() {}\n"),
      "vendor-dir: dep-1.2.3/src/lib.rs of dep 1.2.3 does not match its checksum in .cargo-checksum.json (changed after vendoring)",
    ],
    [
      "an added file",
      (c: string) => writeFileSync(join(c, "build.rs"), "fn main() {}\n"),
      "vendor-dir: dep-1.2.3/build.rs of dep 1.2.3 is not listed in its .cargo-checksum.json (added after vendoring)",
    ],
    [
      "a removed file",
      (c: string) => rmSync(join(c, "src", "lib.rs")),
      "vendor-dir: dep-1.2.3/src/lib.rs of dep 1.2.3 is listed in its .cargo-checksum.json but missing",
    ],
    [
      "another package",
      (c: string) =>
        writeFileSync(
          join(c, ".cargo-checksum.json"),
          JSON.stringify({ files: {}, package: "cd".repeat(32) }).replace(
            '"files":{}',
            '"files":{"Cargo.toml":"x"}',
          ),
        ),
      `vendor-dir: dep-1.2.3/.cargo-checksum.json says dep 1.2.3 is package ${"cd".repeat(32)}, but Cargo.lock locks ${"ab".repeat(32)}`,
    ],
    [
      "no checksum file",
      (c: string) => rmSync(join(c, ".cargo-checksum.json")),
      "vendor-dir: dep-1.2.3/.cargo-checksum.json is missing, so dep 1.2.3 cannot be verified",
    ],
    [
      "a missing crate",
      (c: string) => rmSync(c, { recursive: true }),
      "vendor-dir: crate dep 1.2.3, locked in Cargo.lock, is missing (no dep-1.2.3/ in",
    ],
  ])("refuses %s with one line naming the crate and the file", async (_, damage, message) => {
    const { workspace, vendor, crate } = fixture();
    damage(crate);
    const error = await verifyVendorDir(vendor, workspace).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain(message);
    expect((error as Error).message).not.toContain("\n");
  });

  it("needs Cargo.lock and a directory", async () => {
    const { workspace, vendor } = fixture();
    await expect(verifyVendorDir(join(vendor, "nope"), workspace)).rejects.toThrow(/is not a directory/);
    rmSync(join(workspace, "Cargo.lock"));
    await expect(verifyVendorDir(vendor, workspace)).rejects.toThrow(/needs the workspace's Cargo\.lock/);
  });
});

describe("the vendored cargo build", () => {
  it("lists only packages from a registry or git, with their checksums", () => {
    expect(lockedCrates(LOCK, "Cargo.lock")).toEqual([
      { name: "dep", version: "1.2.3", checksum: "ab".repeat(32) },
    ]);
  });

  it("runs cargo --frozen with crates-io replaced on the command line, instead of --locked/--offline", () => {
    const args = cargoBuildArgs([{ package: "m", module: "m" } as never], {
      cargo: "cargo",
      manifestPath: "/w/Cargo.toml",
      workspaceRoot: "/w",
      repositoryRoot: "/w",
      profile: "release",
      locked: true,
      offline: false,
      vendorDir: '/v "x"',
      keepGoing: false,
      cargoArgs: [],
      env: {},
      run: (() => undefined) as never,
      log: {} as never,
    });
    expect(args).toContain("--frozen");
    expect(args).not.toContain("--locked");
    expect(args.join(" ")).toContain(vendorCargoArgs('/v "x"').join(" "));
    expect(vendorCargoArgs('/v "x"')).toContain('source.oxidize-vendored.directory="/v \\"x\\""');
  });

  it("proves offline only when CARGO_HOME's download areas gained nothing", async () => {
    const home = mkdtempSync(join(tmpdir(), "cargo-home-"));
    dirs.push(home);
    const before = await downloadSnapshot(home);
    mkdirSync(join(home, "bin"));
    expect(downloadsAdded(before, await downloadSnapshot(home))).toEqual([]);
    mkdirSync(join(home, "registry", "cache", "index-abc"), { recursive: true });
    writeFileSync(join(home, "registry", "cache", "index-abc", "dep-1.2.3.crate"), "");
    const added = downloadsAdded(before, await downloadSnapshot(home));
    expect(added).toEqual(["registry/cache/index-abc", "registry/cache/index-abc/dep-1.2.3.crate"]);
    const report = {
      dir: "/v",
      crates: 1,
      files: 2,
      seconds: 0,
      offline: { proven: false, cargoHome: home, added },
    };
    expect(vendorFacts(report)["offline"]).toMatch(/^not proven: cargo added registry\/cache\/index-abc/);
    expect(vendorReasons(report)).toMatchObject([{ level: "warning", code: "offline-not-proven" }]);
    expect(vendorReasons({ ...report, offline: { ...report.offline, proven: true } })).toEqual([]);
  });
});
