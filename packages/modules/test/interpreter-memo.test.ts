// The interpreter query's answer kept between runs, against real interpreters, a real venv and the
// machine's real pyenv shim: kept only where files decide the answer, asked again whenever they change.
import { execFileSync } from "node:child_process";
import {
  appendFileSync,
  copyFileSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { homedir, tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileMemo, type Runner, runProcess } from "@oxidize/core";
import { beforeEach, describe, expect, it } from "vitest";
import { pythonInterpreter } from "../../../test/harness/pyo3-crates.js";
import { queryInterpreter } from "../src/interpreter.js";
import { interpreterIdentity } from "../src/interpreter-identity.js";

const platform = process.platform;
const python38 = pythonInterpreter("3.8");
const python312 = pythonInterpreter("3.12");

function counting(): { run: Runner; runs: string[] } {
  const runs: string[] = [];
  return {
    runs,
    run: (file, args, options) => {
      runs.push(file);
      return runProcess(file, args, options);
    },
  };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "oxidize-interpreter-memo-"));
  return () => rmSync(dir, { recursive: true, force: true });
});
const key = (command: string, env: Record<string, string | undefined> = {}, cwd = dir) =>
  interpreterIdentity(command, { env: { PATH: "/usr/bin:/bin", ...env }, platform, cwd });

describe("interpreterIdentity", () => {
  it("is the same for the same interpreter and differs between interpreters", async () => {
    const a = await key(python38);
    expect(a).toBeDefined();
    expect(await key(python38)).toBe(a);
    expect(await key(python312)).not.toBe(a);
  });

  it("finds a bare command on PATH as the spawn does, and refuses a PATH with an empty entry", async () => {
    const bin = dirname(python38);
    expect(await key("python3.8", { PATH: `/nonexistent:${bin}` })).toContain(JSON.stringify(python38));
    expect(await key("python3.8", { PATH: `${bin}::/usr/bin` })).toBeUndefined();
    expect(await key("python3.8", { PATH: "/nonexistent" })).toBeUndefined();
    // Windows searches the current directory first and adds its own extensions: a bare name is never kept.
    const windows = { env: { PATH: bin }, platform: "win32" as const, cwd: dir };
    expect(await interpreterIdentity("python3.8", windows)).toBeUndefined();
  });

  it("is undefined for pyenv's shim, a script that picks a Python per directory", async () => {
    const shim = join(process.env["PYENV_ROOT"] || join(homedir(), ".pyenv"), "shims", "python3");
    expect(await key(shim)).toBeUndefined();
  });

  it("is undefined for a program not named like an interpreter", async () => {
    const renamed = join(dir, "not-python");
    copyFileSync(python38, renamed);
    expect(await key(renamed)).toBeUndefined();
  });

  it("changes with PYTHONHOME or the cross-build sysconfig variable, not with other variables", async () => {
    const plain = await key(python38);
    expect(await key(python38, { CC: "clang" })).toBe(plain);
    expect(await key(python38, { PYTHONHOME: "/opt/py" })).not.toBe(plain);
    expect(await key(python38, { _PYTHON_SYSCONFIGDATA_NAME: "_sysconfigdata_x" })).not.toBe(plain);
  });

  it("tells a venv from its base interpreter, and changes when pyvenv.cfg does", async () => {
    const venv = join(dir, "venv");
    execFileSync(python312, ["-m", "venv", "--without-pip", venv]);
    const inVenv = join(venv, "bin", "python");
    const base = await key(python312);
    const first = await key(inVenv);
    expect(first).toBeDefined();
    expect(first).not.toBe(base);
    appendFileSync(join(venv, "pyvenv.cfg"), "include-system-site-packages = true\n");
    expect(await key(inVenv)).not.toBe(first);
  });

  it("changes when the binary behind a link is replaced, as an upgrade in place does", async () => {
    const link = join(dir, "python3");
    const binary = join(dir, basename(python38));
    copyFileSync(python38, binary);
    symlinkSync(binary, link);
    const before = await key(link);
    rmSync(binary);
    copyFileSync(python312, binary);
    expect(await key(link)).not.toBe(before);
  });
});

describe("queryInterpreter with a memo", () => {
  it("asks each interpreter once and answers the same from the memo", async () => {
    const memo = fileMemo(join(dir, "memo"));
    const remember = { memo, platform };
    const truth = await queryInterpreter(python38, runProcess, process.env, dir);
    const first = counting();
    expect(await queryInterpreter(python38, first.run, process.env, dir, remember)).toEqual(truth);
    expect(await queryInterpreter(python312, first.run, process.env, dir, remember)).toMatchObject({
      version: "3.12",
    });
    expect(first.runs).toEqual([python38, python312]);
    const second = counting();
    expect(await queryInterpreter(python38, second.run, process.env, dir, remember)).toEqual(truth);
    expect(await queryInterpreter(python312, second.run, process.env, dir, remember)).toMatchObject({
      version: "3.12",
    });
    expect(second.runs).toEqual([]);
  });

  it("asks again when the kept answer is damaged, and keeps nothing for a shim or an interpreter that fails", async () => {
    const memoDir = join(dir, "memo");
    const remember = { memo: fileMemo(memoDir), platform };
    await queryInterpreter(python38, runProcess, process.env, dir, remember);
    const [entry] = readdirSync(memoDir);
    writeFileSync(join(memoDir, entry as string), JSON.stringify({ version: "3.8", extSuffix: "so" }));
    const { run, runs } = counting();
    expect(await queryInterpreter(python38, run, process.env, dir, remember)).toMatchObject({
      version: "3.8",
      extSuffix: expect.stringMatching(/^\.cpython-38-/),
    });
    expect(runs).toHaveLength(1);

    const broken = join(dir, "python3.99");
    writeFileSync(broken, "not a program", { mode: 0o755 });
    expect(await queryInterpreter(broken, runProcess, process.env, dir, remember)).toHaveProperty("error");
    expect(readdirSync(memoDir)).toHaveLength(1);
  });
});
