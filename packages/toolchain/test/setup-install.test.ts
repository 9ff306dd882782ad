import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { UserError } from "@oxidize/core";
import {
  ChecksumError,
  ComponentUnavailableError,
  DownloadError,
  HostUnsupportedError,
  NotAvailableError,
  RustupError,
} from "@oxidize/toolchain";
import { describe, expect, it } from "vitest";
import { chooseInstaller, isUnavailable } from "../src/setup/install.js";

function dirWithRustup(): string {
  const dir = mkdtempSync(join(tmpdir(), "oxidize-rustup-"));
  writeFileSync(join(dir, "rustup"), "#!/bin/sh\n");
  chmodSync(join(dir, "rustup"), 0o755);
  return dir;
}

describe("chooseInstaller", () => {
  const empty = mkdtempSync(join(tmpdir(), "oxidize-empty-"));
  const homes = { cargoHome: join(empty, "cargo"), rustupHome: join(empty, "rustup") };

  it("auto picks rustup when it is on PATH or in $CARGO_HOME/bin, else dist", async () => {
    const onPath = dirWithRustup();
    await expect(chooseInstaller("auto", { PATH: [empty, onPath].join(delimiter) }, homes)).resolves.toEqual({
      kind: "rustup",
      rustup: join(onPath, "rustup"),
    });
    const cargoHome = mkdtempSync(join(tmpdir(), "oxidize-cargo-home-"));
    mkdirSync(join(cargoHome, "bin"));
    // Found only as a runnable file, the way a build would find it.
    writeFileSync(join(cargoHome, "bin", "rustup"), "#!/bin/sh\n");
    chmodSync(join(cargoHome, "bin", "rustup"), 0o755);
    await expect(chooseInstaller("auto", { PATH: empty }, { ...homes, cargoHome })).resolves.toMatchObject({
      kind: "rustup",
    });
    await expect(chooseInstaller("auto", { PATH: empty }, homes)).resolves.toEqual({ kind: "dist" });
  });

  it("dist never looks for rustup; rustup without rustup is a configuration error", async () => {
    await expect(chooseInstaller("dist", { PATH: dirWithRustup() }, homes)).resolves.toEqual({
      kind: "dist",
    });
    await expect(chooseInstaller("rustup", { PATH: empty }, homes)).rejects.toThrow(
      /Input 'installer' is 'rustup' but no rustup was found/,
    );
  });

  it("verify-signature: always makes auto pick the dist installer, the only one that checks signatures", async () => {
    const env = { PATH: dirWithRustup() };
    await expect(chooseInstaller("auto", env, homes, "linux", "always")).resolves.toEqual({ kind: "dist" });
    await expect(chooseInstaller("auto", env, homes, "linux", "auto")).resolves.toMatchObject({
      kind: "rustup",
    });
  });

  it("installer: rustup with verify-signature: always is one input error naming both", async () => {
    const error = await chooseInstaller("rustup", { PATH: dirWithRustup() }, homes, "linux", "always").catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UserError);
    const message = (error as Error).message;
    expect(message.split("\n")).toHaveLength(1);
    expect(message).toMatch(/'installer: rustup'.*'verify-signature: always'.*use installer: dist/);
  });
});

describe("isUnavailable (what optional: true forgives: no build for this host, nothing else)", () => {
  const host = "x86_64-unknown-linux-gnu";
  it.each([
    [new HostUnsupportedError(`toolchain 1.95.0 is not available for host ${host}`), true],
    // rustup 1.29's words for a manifest without the host (recorded against the loopback mirror)
    [
      new RustupError(
        `error: component 'rustc' for target '${host}' is unavailable for download for channel '1.95.0'`,
      ),
      true,
    ],
    // A release the server does not have is a typo or not out yet: an error even with optional: true.
    [new NotAvailableError("toolchain 1.96.0 does not exist on http://m (404 from …)"), false],
    [
      new RustupError(
        "error: could not download nonexistent rust version `1.96.0-x86_64-unknown-linux-gnu`: could not download file from 'http://127.0.0.1:18765/dist/rust-1.96.0-x86_64-unknown-linux-gnu.tar.gz.sha256': http request returned an unsuccessful status code: 404",
      ),
      false,
    ],
    // Another target missing is a wrong `targets` input, not a host without Rust.
    [
      new RustupError(
        "error: component 'rust-std' for target 'thumbv7a-none-eabi' is unavailable for download for channel '1.95.0'",
      ),
      false,
    ],
    [new ComponentUnavailableError("component 'no-such-tool' is not known in channel '1.95.0'"), false],
    [new ChecksumError("package cargo", "http://m/c.tar.gz", "aa", "bb"), false],
    [new DownloadError("connection reset", "http://m/c.tar.gz"), false],
    [new RustupError("error: could not rename component file: Permission denied"), false],
    [new Error("not available"), false],
  ])("%s → %s", (error, expected) => {
    expect(isUnavailable(error, host)).toBe(expected);
  });
});
