// A REAL HTTP proxy (the `proxy` npm package by TooTallNate, which undici's own tests use) on 127.0.0.1
// between the installers and a loopback dist mirror: the dist installer goes through it when HTTP_PROXY or
// http_proxy says so, and around it for hosts in NO_PROXY; rustup, given the same environment, goes through too.
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { createProxy } from "proxy";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  type CachedMirror,
  type MirrorServer,
  serveMirror,
  syntheticMirror,
} from "../../../test/fixtures/dist-mirror/index.js";
import { installToolchain, installWithRustup } from "../src/index.js";

let mirror: CachedMirror;
let server: MirrorServer;
let proxy: Server;
let proxyUrl: string;
/** What the proxy was asked for: `GET <absolute url>` or `CONNECT host:port`. */
const seen: string[] = [];
const temps: string[] = [];

async function temp(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

beforeAll(async () => {
  mirror = await syntheticMirror();
  server = await serveMirror(mirror.dir);
  proxy = createProxy(createServer());
  proxy.on("request", (req) => seen.push(`${req.method} ${req.url}`));
  proxy.on("connect", (req) => seen.push(`CONNECT ${req.url}`));
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await server?.close();
  proxy?.closeAllConnections();
  await new Promise<void>((resolve) => proxy?.close(() => resolve()));
  await Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true })));
});
beforeEach(() => {
  seen.length = 0;
  server.reset();
});

const manifest = () => `${server.url}/dist/channel-rust-1.95.0.toml`;
const tarballs = () => mirror.packages.map((p) => `${server.url}/dist/${mirror.date}/${p.files.gz!.name}`);

async function distInstall(env: NodeJS.ProcessEnv) {
  return installToolchain({
    toolchain: "1.95.0",
    host: mirror.host,
    profile: "minimal",
    toolCacheDir: await temp("oxidize-proxy-toolcache-"),
    distServer: server.url,
    releaseKey: mirror.key.publicKey,
    releaseKeyFingerprint: mirror.key.fingerprint,
    verifySignature: "always",
    env,
  });
}

describe("the dist installer and proxies", () => {
  it.each(["HTTP_PROXY", "http_proxy"])("goes through the proxy named by %s", async (name) => {
    const result = await distInstall({ [name]: proxyUrl });
    expect(result.components.length).toBeGreaterThan(0);
    // undici tunnels every request through the proxy with CONNECT, even to an http:// mirror.
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen)).toEqual(new Set([`CONNECT ${new URL(server.url).host}`]));
    const paths = server.requests.map((r) => `${server.url}${r.path}`);
    expect(paths).toEqual(expect.arrayContaining([manifest(), `${manifest()}.sha256`, `${manifest()}.asc`]));
    expect(tarballs().filter((url) => paths.includes(url))).toHaveLength(result.components.length);
  });

  it("goes around it for a host in NO_PROXY", async () => {
    for (const noProxy of ["127.0.0.1", `localhost,127.0.0.1:${new URL(server.url).port}`]) {
      seen.length = 0;
      server.reset();
      await distInstall({ HTTP_PROXY: proxyUrl, HTTPS_PROXY: proxyUrl, NO_PROXY: noProxy });
      expect(seen).toEqual([]);
      expect(server.requests.some((r) => r.path.endsWith(".tar.gz"))).toBe(true);
    }
  });

  it("uses no proxy when none is set, even if this process has one", async () => {
    const before = process.env["HTTP_PROXY"];
    process.env["HTTP_PROXY"] = proxyUrl;
    try {
      await distInstall({});
    } finally {
      if (before === undefined) delete process.env["HTTP_PROXY"];
      else process.env["HTTP_PROXY"] = before;
    }
    expect(seen).toEqual([]);
  });
});

describe("rustup and proxies", () => {
  it("rustup, given the same environment, goes through the proxy itself", async () => {
    const home = await temp("oxidize-proxy-rustup-");
    const env: NodeJS.ProcessEnv = {};
    for (const [k, v] of Object.entries(process.env)) {
      if (!/^(RUSTUP_|CARGO|RUSTC|RUSTFLAGS|RUSTDOC)|_proxy$/i.test(k)) env[k] = v;
    }
    await installWithRustup({
      toolchain: "1.95.0",
      profile: "minimal",
      env: {
        ...env,
        RUSTUP_HOME: home,
        CARGO_HOME: path.join(home, "cargo"),
        RUSTUP_DIST_SERVER: server.url,
        HTTP_PROXY: proxyUrl,
        http_proxy: proxyUrl,
      },
    });
    expect(seen).toContain(`GET ${manifest()}`);
    expect(seen.some((line) => line.endsWith(".tar.xz"))).toBe(true);
  });
});
