// The REAL rustup against a flaky loopback dist server: installWithRustup runs it again after the failures rustup
// reports for a download that broke (5xx, checksum mismatch), with a warning per retry, and never after a
// failure no retry can fix. RUSTUP_MAX_RETRIES=0 turns off rustup's own per-file retry, so the server's first
// failures reach us as they would after rustup gave up.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  type CachedMirror,
  type MirrorServer,
  serveMirror,
  syntheticMirror,
} from "../../../test/fixtures/dist-mirror/index.js";
import { installWithRustup, isTransientRustupFailure, type Logger } from "../src/index.js";

let mirror: CachedMirror;
let server: MirrorServer;
const temps: string[] = [];

beforeAll(async () => {
  mirror = await syntheticMirror();
  server = await serveMirror(mirror.dir);
});
afterAll(async () => {
  await server?.close();
  await Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true })));
});
beforeEach(() => server.reset());

async function rustupEnv(): Promise<NodeJS.ProcessEnv> {
  const home = await mkdtemp(path.join(os.tmpdir(), "oxidize-rustup-retry-"));
  temps.push(home);
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^(RUSTUP_|CARGO|RUSTC|RUSTFLAGS|RUSTDOC)/.test(k)) env[k] = v;
  }
  return {
    ...env,
    RUSTUP_HOME: home,
    CARGO_HOME: path.join(home, "cargo"),
    RUSTUP_DIST_SERVER: server.url,
    RUSTUP_MAX_RETRIES: "0",
    RUST_BACKTRACE: "0",
  };
}

function recorder(): Logger & { warnings: string[]; lines: string[] } {
  const warnings: string[] = [];
  const lines: string[] = [];
  return { warnings, lines, info: (m) => lines.push(m), warning: (m) => warnings.push(m), debug() {} };
}

/** For an install that should succeed: on failure, the error with what rustup said and what the server answered. */
function explained(logger: { lines: string[]; warnings: string[] }) {
  return (error: unknown): never => {
    const requests = server.requests.map((r) => `${r.status} ${r.path}`);
    throw new Error(
      `${(error as Error).message}\nrustup said:\n${logger.lines.join("\n")}\nwarnings:\n${logger.warnings.join("\n")}\nthe server answered:\n${requests.join("\n")}`,
    );
  };
}

const tarball = (pkg: string) => {
  const file =
    mirror.packages.find((p) => p.pkg === pkg)!.files.xz ??
    mirror.packages.find((p) => p.pkg === pkg)!.files.gz!;
  return `/dist/${mirror.date}/${file.name}`;
};

describe("installWithRustup retries what rustup reports as transient", () => {
  it("a package that fails its first two requests with 500: installed on the third attempt", async () => {
    server.setFault(tarball("cargo"), { kind: "500-then-ok", times: 2 });
    const logger = recorder();
    const result = await installWithRustup({
      toolchain: "1.95.0",
      profile: "minimal",
      env: await rustupEnv(),
      logger,
      retry: { baseDelayMs: 10 },
    }).catch(explained(logger));
    expect(result.output).toMatch(/1\.95\.0-\S+ installed/);
    const cargo = server.requests.filter((r) => r.path === tarball("cargo")).map((r) => r.status);
    expect(cargo).toEqual([500, 500, 200]);
    expect(logger.warnings).toHaveLength(2);
    expect(logger.warnings[0]).toMatch(/unsuccessful status code: 500.*retrying in .* s \(1\/3\)/s);
    // rustup's output streamed line by line as it ran
    expect(logger.lines.some((l) => /downloading 3 components/.test(l))).toBe(true);
  });

  it("a checksum mismatch (a CDN mid-update) is retried", async () => {
    server.setFault(tarball("rustc"), { kind: "wrong-hash", times: 1 });
    const logger = recorder();
    await installWithRustup({
      toolchain: "1.95.0",
      profile: "minimal",
      env: await rustupEnv(),
      logger,
      retry: { baseDelayMs: 10 },
    }).catch(explained(logger));
    // rustup resumes its damaged partial file (416: it is complete), removes it and says to try again.
    const rustc = server.requests.filter((r) => r.path === tarball("rustc")).map((r) => r.status);
    expect(rustc).toEqual([200, 416, 200]);
    expect(logger.warnings).toHaveLength(2);
    expect(logger.warnings[0]).toMatch(/checksum failed for '.*retrying in/);
    expect(logger.warnings[1]).toMatch(/please try again.*retrying in/);
  });

  it("gives up after the bounded attempts with rustup's error, said once", async () => {
    server.setFault(tarball("cargo"), { kind: "500-then-ok", times: 99 });
    const logger = recorder();
    const error = await installWithRustup({
      toolchain: "1.95.0",
      profile: "minimal",
      env: await rustupEnv(),
      logger,
      retry: { attempts: 2, baseDelayMs: 10 },
    }).then(
      () => new Error("installed"),
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("RustupError");
    expect(error.message).toMatch(
      /after 2 attempts\): error: component download failed for cargo.*unsuccessful status code: 500/,
    );
    // Only rustup's error line, not the info lines it already streamed.
    expect(error.message).not.toMatch(/syncing channel updates/);
    expect(server.requests.filter((r) => r.path === tarball("cargo"))).toHaveLength(2);
    expect(logger.warnings).toHaveLength(1);
  });

  it("a release the server does not have is not retried", async () => {
    const logger = recorder();
    const error = await installWithRustup({
      toolchain: "1.96.0",
      profile: "minimal",
      env: await rustupEnv(),
      logger,
      retry: { baseDelayMs: 10 },
    }).then(
      () => new Error("installed"),
      (e: unknown) => e as Error,
    );
    expect(error.message).toMatch(/nonexistent rust version/);
    expect(server.requests.filter((r) => r.path === "/dist/channel-rust-1.96.0.toml.sha256")).toHaveLength(1);
    expect(logger.warnings).toEqual([]);
  });
});

describe("isTransientRustupFailure", () => {
  it.each([
    [
      "error: component download failed for cargo-x: could not download file from 'http://m/c.tar.xz' to '/t/p': http request returned an unsuccessful status code: 503",
      true,
    ],
    ["error: could not download file from 'http://m/c' to '/t/p': error decoding response body", true],
    [
      "error: could not download file from 'http://m/c' to '/t/p': error sending request for url (http://m/c): operation timed out",
      true,
    ],
    ["error: checksum failed for 'http://m/c.tar.xz', expected: 'aa', calculated: 'bb'", true],
    [
      "error: could not download file from 'http://m/c' to '/t/p': http request returned an unsuccessful status code: 429",
      true,
    ],
    [
      "error: could not download nonexistent rust version `1.96.0-x`: could not download file from 'http://m/x.sha256' to '/t': http request returned an unsuccessful status code: 404",
      false,
    ],
    ["error: component 'rustc' for target 'x' is unavailable for download for channel '1.95.0'", false],
    ["error: could not rename component file: Permission denied", false],
  ])("%s → %s", (output, expected) => {
    expect(isTransientRustupFailure(output)).toBe(expected);
  });
});
