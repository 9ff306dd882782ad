/**
 * The CPython tree fixture (scripts/fixtures/cpython-tree.sh, test/harness/cpython-tree.ts) is
 * what it claims: CPython's upstream sources with the Rust-for-CPython fork's Rust additions
 * (test/fixtures/cpython/rust-additions.patch), built with the Rust `_base64` module, and
 * configure behaving as the fork's does, its cargo-detection bug included: with no cargo anywhere
 * the module is still `yes`, and `HAVE_CARGO=no` is what turns it off.
 */
import { execFile, execFileSync } from "node:child_process";
import { accessSync, constants, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CpythonTree, copyCpythonSource, cpythonTree } from "../harness/cpython-tree.js";

const SETUP_LINE = "@MODULE__BASE64_TRUE@_base64 _base64/Cargo.toml _base64/src/lib.rs lib_base64.a";

/** `NAME=value` of a generated Makefile (the first definition; tabs or spaces after `=`). */
function makeVariable(makefile: string, name: string): string | undefined {
  const match = new RegExp(`^${name}=[ \\t]*(.*)$`, "m").exec(readFileSync(makefile, "utf8"));
  return match?.[1]?.trim();
}

/** PATH without any directory that holds a `cargo` program. */
function pathWithoutCargo(): string {
  const hasCargo = (dir: string) => {
    try {
      accessSync(join(dir, "cargo"), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  return (process.env["PATH"] ?? "")
    .split(delimiter)
    .filter((dir) => dir !== "" && !hasCargo(dir))
    .join(delimiter);
}

/** `./configure ARGS` in `dir`; resolves when it has written the Makefile. */
function configure(dir: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolveDone, reject) => {
    execFile(
      "./configure",
      args,
      { cwd: dir, env, encoding: "utf8", timeout: 480_000, maxBuffer: 64 * 1024 * 1024 },
      (error, _stdout, stderr) =>
        error
          ? reject(new Error(`./configure ${args.join(" ")} in ${dir} failed:\n${stderr.slice(-4000)}`))
          : resolveDone(),
    );
  });
}

describe("the CPython tree fixture", () => {
  let tree: CpythonTree;

  beforeAll(async () => {
    tree = await cpythonTree();
  });

  it("is the upstream tree with the fork's Setup.stdlib.in line, configured only out of tree", () => {
    const setup = readFileSync(join(tree.src, "Modules", "Setup.stdlib.in"), "utf8");
    expect(setup.split("\n")).toContain(SETUP_LINE);
    // the line sits in the part of the file that *@MODULE_BUILDTYPE@* makes *shared* on Linux
    expect(setup.indexOf(SETUP_LINE)).toBeGreaterThan(setup.indexOf("*@MODULE_BUILDTYPE@*"));
    expect(readFileSync(join(tree.src, "configure"), "utf8")).toContain("MODULE__BASE64_STATE=");
    expect(() => accessSync(join(tree.src, "Makefile"))).toThrow();
    expect(tree.version).toMatch(/^3\.\d+$/);
    expect(tree.info["debian-version"]).toMatch(/^3\.\d+\.\d+/);
  });

  it("built _base64 with cargo: the Makefile says yes and names a profile and a target", () => {
    const makefile = join(tree.build, "Makefile");
    expect(makeVariable(makefile, "MODULE__BASE64_STATE")).toBe("yes");
    expect(makeVariable(makefile, "CARGO_PROFILE")).toBe("dev");
    expect(makeVariable(makefile, "CARGO_TARGET_DIR")).toBe("debug");
    expect(makeVariable(makefile, "CARGO_TARGET")).toMatch(/^[a-z0-9_]+-[a-z0-9_]+-[a-z0-9_-]+$/);
    expect(readFileSync(makefile, "utf8")).toMatch(
      /^target\/\$\(CARGO_TARGET_DIR\)\/lib_base64\.a: .*cargo build --lib --locked --package _base64 --profile \$\(CARGO_PROFILE\)/m,
    );
  });

  it("imports _base64 in build/python, and it encodes as binascii does", () => {
    const script = [
      "import _base64, binascii, json",
      "inputs = [b'', b'f', b'fo', b'foo', b'foobar', bytes(range(256)), bytearray(b'\\xff\\xfe'), memoryview(b'hi')]",
      "print(json.dumps({",
      "  'file': _base64.__file__,",
      "  'same': [_base64.standard_b64encode(d) == binascii.b2a_base64(d, newline=False) for d in inputs],",
      "  'hi': _base64.standard_b64encode(b'hi').decode(),",
      "}))",
    ].join("\n");
    const out = JSON.parse(
      execFileSync(tree.python, ["-c", script], { encoding: "utf8", timeout: 60_000 }),
    ) as {
      file: string;
      same: boolean[];
      hi: string;
    };
    expect(out.hi).toBe("aGk=");
    expect(out.same).toEqual(out.same.map(() => true));
    expect(out.file).toContain(`_base64.cpython-${tree.version.replace(".", "")}`);
    expect(() =>
      execFileSync(tree.python, ["-c", "import _base64; _base64.standard_b64encode('text')"], {
        stdio: "pipe",
      }),
    ).toThrow(/TypeError: a bytes-like object is required/);
  });

  describe("configure of a copy of src, in-tree", () => {
    const copies: string[] = [];
    let noCargo: string;
    let optedOut: string;

    // Two configures of ~1 minute each, side by side.
    beforeAll(async () => {
      const emptyCargoHome = mkdtempSync(join(tmpdir(), "oxidize-empty-cargo-home-"));
      copies.push(emptyCargoHome);
      noCargo = await copyCpythonSource();
      optedOut = await copyCpythonSource();
      copies.push(noCargo, optedOut);
      const hidden: NodeJS.ProcessEnv = {
        ...process.env,
        PATH: pathWithoutCargo(),
        CARGO_HOME: emptyCargoHome,
      };
      delete hidden["HAVE_CARGO"];
      await Promise.all([
        configure(noCargo, [], hidden),
        configure(optedOut, ["HAVE_CARGO=no"], process.env),
      ]);
    }, 600_000);

    afterAll(() => {
      for (const dir of copies) rmSync(dir, { recursive: true, force: true });
    });

    it("still enables _base64 with no cargo anywhere: the fork's AC_CHECK_PROG never looks in PATH", () => {
      const makefile = join(noCargo, "Makefile");
      expect(makeVariable(makefile, "MODULE__BASE64_STATE")).toBe("yes");
      // ...and would run a cargo that is not there
      expect(makeVariable(makefile, "CARGO_HOME")).toContain("oxidize-empty-cargo-home-");
      expect(makeVariable(makefile, "CARGO_PROFILE")).toBe("dev");
      expect(readFileSync(join(noCargo, "config.log"), "utf8")).not.toContain(
        "Could not find the cargo executable",
      );
      expect(readFileSync(join(noCargo, "Modules", "Setup.stdlib"), "utf8")).toMatch(
        /^_base64 _base64\/Cargo\.toml /m,
      );
    });

    it("disables _base64 with HAVE_CARGO=no", () => {
      const makefile = join(optedOut, "Makefile");
      expect(makeVariable(makefile, "MODULE__BASE64_STATE")).toBe("disabled");
      expect(makeVariable(makefile, "CARGO_PROFILE")).toBe("");
      expect(readFileSync(join(optedOut, "Modules", "Setup.stdlib"), "utf8")).toMatch(
        /^#_base64 _base64\/Cargo\.toml /m,
      );
    });
  });
});
