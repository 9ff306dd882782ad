import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CompiledPackage } from "../src/build.js";
import { compiledFor } from "../src/build.js";
import {
  crateInventory,
  crateSource,
  linkedCrates,
  type ManifestCache,
  manifestFacts,
} from "../src/inventory.js";
import { parseLockfile } from "../src/lockfile.js";

const REGISTRY = "registry+https://index.example/";
let root: string;

/** A crate directory with a Cargo.toml; returns the compiled package cargo would report. */
async function crate(dir: string, id: string, toml: string, kinds: string[]): Promise<CompiledPackage> {
  await mkdir(join(root, dir), { recursive: true });
  await writeFile(join(root, dir, "Cargo.toml"), toml);
  return { packageId: id, manifestPath: join(root, dir, "Cargo.toml"), targetKinds: kinds };
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "inventory-"));
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe("manifest facts", () => {
  it("reads licence, normal and build dependencies (renamed and per target)", () => {
    const facts = manifestFacts(`
[package]
name = "m"
license = "MIT/Apache-2.0"
[dependencies]
z = { package = "zlib-rs", version = "0.5" }
libc = "0.2"
[build-dependencies]
cc = "1"
[target.'cfg(windows)'.dependencies]
winapi = "0.3"
`);
    expect(facts).toEqual({
      license: "MIT OR Apache-2.0",
      normal: ["zlib-rs", "libc", "winapi"],
      build: ["cc"],
    });
    expect(manifestFacts("not toml [")).toEqual({ normal: [], build: [] });
  });
});

describe("linked or build-only", () => {
  it("walks [dependencies] from the module, never into a proc-macro or a build dependency", () => {
    const c = (name: string, normal: string[], procMacro = false, build: string[] = []) => ({
      name,
      procMacro,
      facts: { normal, build },
    });
    const crates = new Map([
      ["m", c("m", ["pyo3", "macros"], false, ["cc"])],
      ["pyo3", c("pyo3", ["libc"])],
      ["libc", c("libc", [])],
      ["macros", c("macros", ["syn"], true)],
      ["syn", c("syn", [])],
      ["cc", c("cc", [])],
    ]);
    expect([...linkedCrates("m", crates)].sort()).toEqual(["libc", "m", "pyo3"]);
  });
});

describe("the inventory", () => {
  it("gives source, checksum, licence, build script, proc-macro and kind; vendored under the vendor dir", async () => {
    const module = await crate(
      "Modules/_zlib",
      `path+file://${root}/Modules/_zlib#zlib-mod@0.1.0`,
      '[package]\nname = "zlib-mod"\nlicense-file = "LICENSE"\n[dependencies]\nzlib-rs = "0.5"\nderive = "1"\n',
      ["cdylib"],
    );
    const zlib = await crate(
      "vendor/zlib-rs",
      `${REGISTRY}#zlib-rs@0.5.2`,
      '[package]\nname = "zlib-rs"\nlicense = "Zlib"\n',
      ["lib", "custom-build"],
    );
    await writeFile(
      join(root, "vendor/zlib-rs/.cargo-checksum.json"),
      JSON.stringify({ files: {}, package: "a".repeat(64) }),
    );
    const derive = await crate(
      "registry/derive",
      `${REGISTRY}#derive@1.0.0`,
      '[package]\nname = "derive"\nlicense = "MIT"\n',
      ["proc-macro"],
    );
    const lock = parseLockfile(
      `[[package]]\nname = "derive"\nversion = "1.0.0"\nsource = "${REGISTRY}"\nchecksum = "${"b".repeat(64)}"\n`,
    );
    const entries = await crateInventory([module, zlib, derive], module.packageId, {
      repositoryRoot: root,
      vendorDir: join(root, "vendor"),
      ...(lock && { lock }),
    });
    expect(entries).toEqual([
      {
        name: "derive",
        version: "1.0.0",
        source: "registry",
        checksum: "b".repeat(64),
        license: "MIT",
        buildScript: false,
        procMacro: true,
        kind: "build",
      },
      {
        name: "zlib-mod",
        version: "0.1.0",
        source: "path:Modules/_zlib",
        licenseFile: "LICENSE",
        buildScript: false,
        procMacro: false,
        kind: "normal",
      },
      {
        name: "zlib-rs",
        version: "0.5.2",
        source: "vendored:vendor/zlib-rs",
        checksum: "a".repeat(64),
        license: "Zlib",
        buildScript: true,
        procMacro: false,
        kind: "normal",
      },
    ]);
  });

  it("reads a crate shared by several modules once per run, through the run's manifest cache", async () => {
    const shared = await crate(
      "registry/shared",
      `${REGISTRY}#shared@1.0.0`,
      '[package]\nlicense = "MIT"\n',
      ["lib"],
    );
    const one = await crate(
      "Modules/one",
      `path+file://${root}/Modules/one#one@0.1.0`,
      '[package]\nname = "one"\n[dependencies]\nshared = "1"\n',
      ["cdylib"],
    );
    const two = await crate(
      "Modules/two",
      `path+file://${root}/Modules/two#two@0.1.0`,
      '[package]\nname = "two"\n[dependencies]\nshared = "1"\n',
      ["cdylib"],
    );
    const manifests: ManifestCache = new Map();
    const first = await crateInventory([one, shared], one.packageId, { repositoryRoot: root, manifests });
    // Changed on disk after the first module's inventory: the second still sees what the run read.
    await writeFile(shared.manifestPath, '[package]\nlicense = "Apache-2.0"\n');
    const second = await crateInventory([two, shared], two.packageId, { repositoryRoot: root, manifests });
    const license = (entries: { name: string; license?: string }[]) =>
      entries.find((e) => e.name === "shared")?.license;
    expect([license(first), license(second)]).toEqual(["MIT", "MIT"]);
    expect([...manifests.keys()].sort()).toEqual([one, shared, two].map((p) => p.manifestPath).sort());
    // Without the cache every call reads the file again.
    const fresh = await crateInventory([two, shared], two.packageId, { repositoryRoot: root });
    expect(license(fresh)).toBe("Apache-2.0");
  });

  it("takes a crate whose manifest cannot be read as one with no licence and no dependencies", async () => {
    const gone = {
      packageId: `${REGISTRY}#gone@1.0.0`,
      manifestPath: join(root, "nowhere/Cargo.toml"),
      targetKinds: ["lib"],
    };
    const [entry] = await crateInventory([gone], gone.packageId, { repositoryRoot: root });
    expect(entry).toMatchObject({ name: "gone", version: "1.0.0", kind: "normal" });
    expect(entry).not.toHaveProperty("license");
  });

  it("names git sources by their URL", () => {
    const pkg = {
      packageId: "git+https://host.example/x?rev=1#x@1.0.0",
      manifestPath: "/elsewhere/x/Cargo.toml",
      targetKinds: [],
    };
    expect(crateSource(pkg, { repositoryRoot: root })).toBe("git:https://host.example/x?rev=1");
  });
});

describe("what cargo compiled for one module", () => {
  it("keeps the module's Cargo.lock closure and drops the other modules' crates", () => {
    const lock = parseLockfile(`
[[package]]
name = "a-mod"
version = "0.1.0"
dependencies = ["libc"]
[[package]]
name = "b-mod"
version = "0.1.0"
dependencies = ["memchr"]
[[package]]
name = "libc"
version = "0.2.1"
[[package]]
name = "memchr"
version = "2.5.0"
`);
    const artifact = (id: string, kinds: string[]) => ({
      packageId: id,
      manifestPath: `/r/${id.split("#")[1]}/Cargo.toml`,
      targetName: "",
      kinds,
      targetKinds: kinds,
      filenames: [],
      fresh: true,
    });
    const spec = {
      module: "_a",
      package: "a-mod",
      packageId: "path+file:///ws/a#a-mod@0.1.0",
      manifestPath: "/ws/a/Cargo.toml",
      libName: "a_mod",
    };
    const compiled = compiledFor(
      spec,
      [
        artifact(`${REGISTRY}#libc@0.2.1`, ["custom-build"]),
        artifact(`${REGISTRY}#libc@0.2.1`, ["lib"]),
        artifact(`${REGISTRY}#memchr@2.5.0`, ["lib"]),
        artifact("path+file:///ws/a#a-mod@0.1.0", ["cdylib"]),
        artifact("path+file:///ws/b#b-mod@0.1.0", ["cdylib"]),
      ],
      [],
      lock,
    );
    expect(compiled.map((p) => [p.packageId.split("#")[1], p.targetKinds])).toEqual([
      ["libc@0.2.1", ["custom-build", "lib"]],
      ["a-mod@0.1.0", ["cdylib"]],
    ]);
  });
});
