// Progress while packages download: a loopback dist server that trickles every package body out in 20 slices
// over ~2 s. The installer says how far it is (bytes, rate, time left) at most once per interval, not per chunk,
// and one line per component when it is in place.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CachedMirror, syntheticMirror } from "../../../test/fixtures/dist-mirror/index.js";
import { installToolchain, type Logger } from "../src/index.js";

const SLICES = 20;
const SLICE_DELAY_MS = 100;

let mirror: CachedMirror;
let server: Server;
let url: string;
const temps: string[] = [];

beforeAll(async () => {
  mirror = await syntheticMirror();
  server = createServer((req, res) => {
    const urlPath = new URL(req.url ?? "/", "http://x").pathname;
    readFile(path.join(mirror.dir, path.normalize(urlPath)))
      .then(async (body) => {
        res.writeHead(200, { "content-length": String(body.length) });
        if (!urlPath.endsWith(".tar.gz")) return void res.end(body);
        const slice = Math.ceil(body.length / SLICES);
        for (let at = 0; at < body.length; at += slice) {
          res.write(body.subarray(at, at + slice));
          await new Promise((r) => setTimeout(r, SLICE_DELAY_MS));
        }
        res.end();
      })
      .catch(() => res.writeHead(404).end());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => server?.close(() => resolve()));
  await Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function install(progressIntervalMs?: number) {
  const lines: string[] = [];
  const logger: Logger = { info: (m) => lines.push(m), warning: (m) => lines.push(m), debug() {} };
  const toolCacheDir = await mkdtemp(path.join(os.tmpdir(), "oxidize-progress-"));
  temps.push(toolCacheDir);
  const started = performance.now();
  const result = await installToolchain({
    toolchain: "1.95.0",
    host: mirror.host,
    profile: "minimal",
    toolCacheDir,
    distServer: url,
    releaseKey: mirror.key.publicKey,
    releaseKeyFingerprint: mirror.key.fingerprint,
    verifySignature: "always",
    logger,
    ...(progressIntervalMs !== undefined && { progressIntervalMs }),
  });
  return { result, lines, ms: performance.now() - started };
}

describe("download progress", () => {
  it("says bytes, rate and time left at most once per interval while a slow server sends", async () => {
    const { result, lines, ms } = await install(300);
    const progress = lines.filter((l) => l.startsWith("downloading: "));
    // ~2 s of trickling: a few lines, never one per chunk (60 chunks arrive).
    expect(progress.length, lines.join("\n")).toBeGreaterThanOrEqual(3);
    expect(progress.length).toBeLessThanOrEqual(Math.ceil(ms / 300) + 1);
    for (const line of progress) {
      expect(line).toMatch(
        /^downloading: [\d.]+ KiB of [\d.]+ KiB \(\d+ %\), [\d.]+ KiB\/s, about \d+ s left$/,
      );
    }
    // One line per component when it is done.
    for (const component of result.components) {
      expect(lines.filter((l) => l.startsWith(`${component}: `))).toHaveLength(1);
      expect(lines.find((l) => l.startsWith(`${component}: `))).toMatch(/: [\d.]+ KiB in [\d.]+ s$/);
    }
  });

  it("with the default interval (5 s) a 2 s download says no progress line at all: not a flood", async () => {
    const { lines } = await install();
    expect(lines.filter((l) => l.startsWith("downloading: "))).toEqual([]);
  });
});
