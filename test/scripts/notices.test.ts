/**
 * The notice generator (scripts/notices) on a small made-up install: which packages a webpack stats
 * record names, what their notices say, and which licenses fail the bundle build.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packagesOf } from "../../scripts/notices/main.js";
import {
  bundledPackageDirs,
  declaredLicense,
  licenseProblems,
  renderNotices,
} from "../../scripts/notices/notices.js";

const root = join(import.meta.dirname, "..", "..");

/** A node_modules laid out as pnpm does, with the given packages. */
function install(
  packages: { name: string; version: string; license?: unknown; files?: Record<string, string> }[],
) {
  const dir = mkdtempSync(join(tmpdir(), "notices-"));
  const dirs: Record<string, string> = {};
  for (const pkg of packages) {
    const pkgDir = join(
      dir,
      "node_modules",
      ".pnpm",
      `${pkg.name.replace("/", "+")}@${pkg.version}`,
      "node_modules",
      pkg.name,
    );
    mkdirSync(pkgDir, { recursive: true });
    const manifest = {
      name: pkg.name,
      version: pkg.version,
      ...(pkg.license === undefined ? {} : { license: pkg.license }),
    };
    writeFileSync(join(pkgDir, "package.json"), JSON.stringify(manifest));
    for (const [file, text] of Object.entries(pkg.files ?? {})) writeFileSync(join(pkgDir, file), text);
    dirs[pkg.name] = pkgDir;
  }
  return { dir, dirs };
}

describe("bundledPackageDirs", () => {
  it("finds packages in concatenated ES modules, loader-prefixed identifiers and child compilations", () => {
    const stats = {
      modules: [
        { nameForCondition: "/w/actions/x/src/index.ts" },
        {
          nameForCondition: "/w/actions/x/src/main.ts",
          // What ncc's --license missed: packages webpack concatenated into one module.
          modules: [
            { nameForCondition: "/w/node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js" },
            { nameForCondition: "/w/node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc.js" },
            {
              nameForCondition:
                "/w/node_modules/.pnpm/@actions+core@3.0.1/node_modules/@actions/core/lib/core.js",
            },
          ],
        },
        {
          identifier:
            "/w/loaders/ts-loader.js!/w/node_modules/.pnpm/semver@7.8.6/node_modules/semver/index.js",
        },
        { nameForCondition: null, identifier: 'external "node:fs"' },
      ],
      children: [
        {
          modules: [{ nameForCondition: "/w/node_modules/.pnpm/a@1.0.0/node_modules/b/node_modules/c/x.js" }],
        },
      ],
    };
    expect(bundledPackageDirs(stats)).toEqual([
      "/w/node_modules/.pnpm/@actions+core@3.0.1/node_modules/@actions/core",
      "/w/node_modules/.pnpm/a@1.0.0/node_modules/b/node_modules/c",
      "/w/node_modules/.pnpm/semver@7.8.6/node_modules/semver",
      "/w/node_modules/.pnpm/yaml@2.9.1/node_modules/yaml",
    ]);
  });
});

describe("declaredLicense", () => {
  it.each([
    [{ license: "MIT" }, "MIT"],
    [{ license: { type: "ISC" } }, "ISC"],
    [{ licenses: [{ type: "MIT" }, { type: "Apache-2.0" }] }, "(MIT OR Apache-2.0)"],
    [{ licenses: [{ type: "BSD-3-Clause" }] }, "BSD-3-Clause"],
    [{}, undefined],
  ])("%j → %s", (manifest, expected) => {
    expect(declaredLicense(manifest)).toBe(expected);
  });
});

describe("licenseProblems", () => {
  const pkg = (name: string, license: string | undefined) => ({ name, version: "1.0.0", license, text: "…" });
  it("accepts the allow-list, expressions an allowed choice satisfies, and reviewed exceptions", () => {
    expect(
      licenseProblems([
        pkg("a", "MIT"),
        pkg("b", "BlueOak-1.0.0"),
        pkg("c", "(MIT OR GPL-3.0-only)"),
        pkg("d", "0BSD"),
        pkg("openpgp", "LGPL-3.0+"),
      ]),
    ).toEqual([]);
  });
  it("names each package with no license or one outside the allow-list, one line each", () => {
    const problems = licenseProblems([
      pkg("gpl", "GPL-3.0-only"),
      pkg("both", "(MIT AND GPL-2.0-only)"),
      pkg("none", undefined),
      pkg("see", "SEE LICENSE IN LICENSE.txt"),
    ]);
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(
      /^gpl@1\.0\.0 is licensed "GPL-3\.0-only", outside the allow-list \(MIT, ISC/,
    );
    expect(problems[1]).toMatch(/^both@1\.0\.0 is licensed/);
    expect(problems[2]).toBe("none@1.0.0 declares no license in its package.json");
    expect(problems[3]).toMatch(/^see@1\.0\.0 is licensed "SEE LICENSE IN/);
    for (const problem of problems) expect(problem).not.toContain("\n");
  });
});

describe("packagesOf and renderNotices", () => {
  it("lists each package once with version, license and its license files' text, sorted", () => {
    const { dirs } = install([
      {
        name: "zeta",
        version: "2.0.0",
        license: "ISC",
        files: { LICENSE: "ISC text of zeta\n", "index.js": "" },
      },
      {
        name: "@scope/alpha",
        version: "1.2.3",
        license: { type: "MIT" },
        files: { "LICENSE.md": "MIT text of alpha" },
      },
      { name: "bare", version: "0.1.0", license: "MIT" },
    ]);
    const file = (name: string, rel: string) => ({ nameForCondition: join(dirs[name] as string, rel) });
    const stats = {
      modules: [
        file("zeta", "index.js"),
        file("zeta", "lib/a.js"),
        { modules: [file("@scope/alpha", "x.js"), file("bare", "y.js")] },
      ],
    };
    const notices = renderNotices(packagesOf(stats));
    const heads = notices.split("\n").filter((line) => /^[@a-z].*@\d/.test(line));
    expect(heads).toEqual(["@scope/alpha@1.2.3", "bare@0.1.0", "zeta@2.0.0"]);
    expect(notices).toContain("@scope/alpha@1.2.3\nMIT\n\nMIT text of alpha\n");
    expect(notices).toContain("zeta@2.0.0\nISC\n\nISC text of zeta\n");
    expect(notices).toContain(
      "bare@0.1.0\nMIT\n\n(bare ships no license file; its package.json declares MIT)",
    );
    expect(notices).toMatch(/\(3 packages\)/);
  });

  it("as a program: writes the notices, or exits 1 with one line per bad package and writes nothing", () => {
    const { dir, dirs } = install([
      { name: "fine", version: "1.0.0", license: "MIT", files: { LICENSE: "fine" } },
      { name: "copyleft", version: "3.0.0", license: "GPL-3.0-only", files: { COPYING: "gpl" } },
    ]);
    const statsFile = join(dir, "stats.json");
    const out = join(dir, "licenses.txt");
    const run = (names: string[]) => {
      writeFileSync(
        statsFile,
        JSON.stringify({
          modules: names.map((n) => ({ nameForCondition: join(dirs[n] as string, "i.js") })),
        }),
      );
      return spawnSync(process.execPath, ["--import", "tsx", "scripts/notices/main.ts", statsFile, out], {
        cwd: root,
        encoding: "utf8",
        timeout: 60_000,
      });
    };
    const ok = run(["fine"]);
    expect(ok.status, ok.stderr).toBe(0);
    expect(readFileSync(out, "utf8")).toContain("fine@1.0.0\nMIT\n\nfine\n");
    writeFileSync(out, "previous");
    const bad = run(["fine", "copyleft"]);
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^notices: copyleft@3\.0\.0 is licensed "GPL-3\.0-only", outside the allow-list/),
    ]);
    expect(readFileSync(out, "utf8")).toBe("previous");
  });
});
