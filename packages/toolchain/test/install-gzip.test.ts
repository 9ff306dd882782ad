// The gzip framing the unpacker reads itself, against members made by the system's gzip and by hand.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { GZIP_TRAILER_BYTES, gzipHeaderLength, gzipTrailerProblem } from "../src/install/gzip.js";
import { fullMember } from "./fixtures/gzip-member.js";

describe("gzipHeaderLength", () => {
  it("finds the deflate stream after the header the system's gzip writes (with the file name)", () => {
    const dir = mkdtempSync(join(tmpdir(), "oxidize-gzip-"));
    writeFileSync(join(dir, "hello.txt"), "hello, gzip\n".repeat(100));
    const member = execFileSync("gzip", ["-c", join(dir, "hello.txt")]);
    const length = gzipHeaderLength(member);
    expect(length).toBe(10 + "hello.txt\0".length);
    const deflate = member.subarray(length, member.length - GZIP_TRAILER_BYTES);
    expect(inflateRawSync(deflate).toString()).toBe("hello, gzip\n".repeat(100));
  });

  it("reads every optional field, and says 'not yet' for every shorter prefix", () => {
    const { member, headerBytes } = fullMember(Buffer.from("body"));
    expect(gzipHeaderLength(member)).toBe(headerBytes);
    for (let n = 0; n < headerBytes; n++) expect(gzipHeaderLength(member.subarray(0, n))).toBeUndefined();
    expect(gzipHeaderLength(member.subarray(0, headerBytes))).toBe(headerBytes);
  });

  it.each([
    ["an HTML error page", Buffer.from("<!DOCTYPE html>"), /not a gzip file \(it starts with 0x3c 0x21\)/],
    [
      "an xz file",
      Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0]),
      /not a gzip file \(it starts with 0xfd 0x37\)/,
    ],
    ["a wrong second byte, seen at once", Buffer.from([0x1f, 0x00]), /not a gzip file/],
    [
      "another compression method",
      Buffer.from([0x1f, 0x8b, 7, 0, 0, 0, 0, 0, 0, 3]),
      /method 7 is not deflate/,
    ],
    ["reserved flags", Buffer.from([0x1f, 0x8b, 8, 0x20, 0, 0, 0, 0, 0, 3]), /reserved flags/],
  ])("refuses %s", (_name, data, message) => {
    expect(() => gzipHeaderLength(data)).toThrow(message);
  });
});

describe("gzipTrailerProblem", () => {
  const body = Buffer.from("x".repeat(1000));
  const { member, headerBytes, deflateBytes } = fullMember(body);
  const trailerOf = (bytes: Buffer) => bytes.subarray(bytes.length - GZIP_TRAILER_BYTES);

  it("accepts a member that ends with its trailer", () => {
    expect(gzipTrailerProblem(member.length, headerBytes, deflateBytes, trailerOf(member), body.length)).toBe(
      undefined,
    );
  });

  it("refuses a second member or appended data, and a cut trailer", () => {
    const two = Buffer.concat([member, member]);
    expect(gzipTrailerProblem(two.length, headerBytes, deflateBytes, trailerOf(two), body.length)).toBe(
      `${member.length} bytes follow the gzip member (a second member, or appended data)`,
    );
    const cut = member.subarray(0, member.length - 3);
    expect(gzipTrailerProblem(cut.length, headerBytes, deflateBytes, trailerOf(cut), body.length)).toBe(
      "it ends inside the gzip trailer",
    );
  });

  it("compares ISIZE with the unpacked length modulo 2^32", () => {
    expect(
      gzipTrailerProblem(member.length, headerBytes, deflateBytes, trailerOf(member), body.length + 1),
    ).toBe("the gzip trailer gives 1000 bytes unpacked, the deflate stream gave 1001");
    expect(
      gzipTrailerProblem(member.length, headerBytes, deflateBytes, trailerOf(member), 2 ** 32 + body.length),
    ).toBeUndefined();
  });
});
