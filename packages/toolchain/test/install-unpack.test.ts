// The unpack sink on real gzip tarballs (made by the system's tar) fed in pieces of every size the network
// might hand over: what lands on disk is byte for byte what was packed, and the hash is the archive's.
import { execFileSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { createUnpackSink } from "../src/install/unpack.js";
import { fullMember } from "./fixtures/gzip-member.js";

function archive(files: Record<string, Buffer>): Buffer {
  const root = mkdtempSync(join(tmpdir(), "oxidize-unpack-src-"));
  for (const [rel, body] of Object.entries(files)) {
    mkdirSync(join(root, "pkg", rel, ".."), { recursive: true });
    writeFileSync(join(root, "pkg", rel), body);
  }
  return execFileSync("tar", ["-czf", "-", "-C", root, "pkg"], { maxBuffer: 64 << 20 });
}

async function unpack(bytes: Buffer, sizes: number[]) {
  const destDir = mkdtempSync(join(tmpdir(), "oxidize-unpack-dest-"));
  const sink = createUnpackSink({ destDir, compression: "gz", archive: "pkg.tar.gz", keepModes: true });
  for (let offset = 0, i = 0; offset < bytes.length; i++) {
    const size = sizes[i % sizes.length] as number;
    await sink.write(bytes.subarray(offset, offset + size));
    offset += size;
  }
  return { destDir, outcome: await sink.finish() };
}

describe("createUnpackSink", () => {
  // Incompressible content, so the archive spans several of the sink's 512 KB pieces.
  const files = {
    "bin/rustc": randomBytes(1_700_000),
    "lib/small.rlib": Buffer.from("a small file\n"),
    "share/doc/README.md": randomBytes(300_000),
    empty: Buffer.alloc(0),
  };
  const bytes = archive(files);

  it.each([
    ["one write", [Number.MAX_SAFE_INTEGER]],
    ["network-sized writes", [65_536]],
    ["odd sizes across every piece boundary", [1, 7, 100_003, 524_287, 524_289, 13]],
  ])("unpacks every file exactly, %s", async (_name, sizes) => {
    const { destDir, outcome } = await unpack(bytes, sizes);
    expect(outcome.error).toBeUndefined();
    expect(outcome.bytes).toBe(bytes.length);
    expect(outcome.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    for (const [rel, body] of Object.entries(files))
      expect(readFileSync(join(destDir, rel)).equals(body)).toBe(true);
  });

  it("reports a truncated archive as an error with the hash of what arrived", async () => {
    const cut = bytes.subarray(0, Math.floor(bytes.length * 0.6));
    const { outcome } = await unpack(cut, [65_536]);
    expect(outcome.error?.message).toMatch(
      /pkg\.tar\.gz could not be unpacked|unexpected end|TAR_BAD_ARCHIVE/i,
    );
    expect(outcome.sha256).toBe(createHash("sha256").update(cut).digest("hex"));
  });

  it("unpacks a member whose header carries every optional field, fed a byte at a time through the header", async () => {
    const { member: reframed } = fullMember(gunzipSync(bytes));
    const { destDir, outcome } = await unpack(reframed, [...Array(60).fill(1), 65_536]);
    expect(outcome.error).toBeUndefined();
    for (const [rel, body] of Object.entries(files))
      expect(readFileSync(join(destDir, rel)).equals(body)).toBe(true);
  });

  it.each([
    ["a second gzip member", () => Buffer.concat([bytes, bytes]), /\d+ bytes follow the gzip member/],
    ["a trailer cut short", () => bytes.subarray(0, bytes.length - 3), /ends inside the gzip trailer/],
    [
      "a trailer whose ISIZE is not the unpacked size",
      () => {
        const copy = Buffer.from(bytes);
        copy.writeUInt32LE((copy.readUInt32LE(copy.length - 4) + 1) % 2 ** 32, copy.length - 4);
        return copy;
      },
      /the gzip trailer gives \d+ bytes unpacked/,
    ],
    [
      "an HTML page",
      () => Buffer.from("<!DOCTYPE html><p>Not Found</p>"),
      /not a gzip file \(it starts with 0x3c 0x21\)/,
    ],
    [
      "a header that never ends",
      () =>
        Buffer.concat([
          bytes.subarray(0, 3),
          Buffer.from([0x08]),
          Buffer.alloc(6),
          Buffer.alloc(1_100_000, 0x61),
        ]),
      /no end to its gzip header/,
    ],
  ])("refuses %s, naming the archive, with the hash of what arrived", async (_name, make, message) => {
    const data = make();
    const { outcome } = await unpack(data, [65_536]);
    expect(outcome.error?.message).toMatch(/^pkg\.tar\.gz could not be unpacked: /);
    expect(outcome.error?.message).toMatch(message);
    expect(outcome.sha256).toBe(createHash("sha256").update(data).digest("hex"));
  });
});
