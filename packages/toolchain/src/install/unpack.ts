// Unpacks a rust-installer tarball while it downloads: every chunk is hashed and, at the same time, fed through
// the decompressor into the tar parser, which writes entries below `destDir` with the first path component
// stripped. Official tarballs hold only files and directories, so any link, device, absolute path or `..` is
// refused with an error naming the entry. If the archive breaks mid-way we keep hashing to the end, so the caller
// can tell a corrupted download (hash mismatch) from a bad archive.

import { createHash } from "node:crypto";
import { createWriteStream, mkdirSync } from "node:fs";
import path from "node:path";
import { PassThrough, Readable, type Writable } from "node:stream";
import { createInflateRaw, type InflateRaw } from "node:zlib";
import { errorMessage } from "@oxidize/core";
import { Parser, type ReadEntry } from "tar";
import xzDecompress from "xz-decompress";
import { CorruptArchiveError, InstallError, TooLargeError, UnsafeArchiveError } from "./errors.js";
import { GZIP_TRAILER_BYTES, gzipHeaderLength, gzipTrailerProblem } from "./gzip.js";
import { formatBytes } from "./http.js";

export type EntryKind = "file" | "dir";

/** What the decompressor is given at a time (see createUnpackSink's flush). */
const WRITE_PIECE_BYTES = 512 * 1024;
/** No real gzip header comes near this (file name, comment and extra field included). */
const MAX_GZIP_HEADER_BYTES = 1 << 20;

/**
 * The path of an archive entry below the destination, with the first component stripped; null for the top
 * directory itself. Throws for anything that could land outside the destination or is not a file/dir.
 */
export function safeEntryPath(
  rawPath: string,
  type: string,
  archive: string,
  linkpath?: string,
): string | null {
  const fail = (why: string) =>
    new UnsafeArchiveError(`refusing archive entry '${rawPath}' in ${archive}: ${why}`);
  if (type === "SymbolicLink" || type === "Link") {
    throw fail(`${type === "Link" ? "hard" : "symbolic"} links are not allowed (target '${linkpath ?? ""}')`);
  }
  if (!["File", "OldFile", "ContiguousFile", "Directory"].includes(type)) {
    throw fail(`entries of type ${type} are not allowed`);
  }
  if (rawPath.includes("\0") || rawPath.includes("\\")) throw fail("NUL or backslash in the path");
  if (rawPath.startsWith("/") || /^[A-Za-z]:/.test(rawPath)) throw fail("absolute paths are not allowed");
  const parts = rawPath.split("/").filter((p) => p !== "" && p !== ".");
  if (parts.includes("..")) throw fail("'..' path components are not allowed");
  if (parts.length <= 1) return null;
  return parts.slice(1).join("/");
}

export interface UnpackOutcome {
  sha256: string;
  bytes: number;
  /** set when the archive could not be unpacked (only meaningful once the hash has been checked) */
  error?: InstallError;
}

export interface UnpackSink {
  /** bytes received so far (where a resumed download continues) */
  readonly bytes: number;
  write(chunk: Uint8Array): Promise<void>;
  finish(): Promise<UnpackOutcome>;
  abort(): void;
}

export interface UnpackOptions {
  destDir: string;
  compression: "gz" | "xz";
  /** the archive's name or URL, for messages */
  archive: string;
  /** keep unix modes (not on Windows) */
  keepModes: boolean;
  /** bounds checked while streaming; a breach stops the download at once */
  limits?: UnpackLimits;
}

export interface UnpackLimits {
  /** downloaded bytes */
  archiveBytes: number;
  /** unpacked bytes */
  unpackedBytes: number;
  /** unpacked bytes may be at most `unpackRatio` × downloaded bytes + `unpackSlackBytes` */
  unpackRatio: number;
  unpackSlackBytes: number;
}

export function createUnpackSink(options: UnpackOptions): UnpackSink {
  const { destDir, archive } = options;
  const hash = createHash("sha256");
  let bytes = 0;
  let failure: InstallError | undefined;
  let signalFailure!: () => void;
  const failed = new Promise<void>((resolve) => {
    signalFailure = resolve;
  });
  const fail = (error: unknown) => {
    if (failure) return;
    failure =
      error instanceof InstallError
        ? error
        : new CorruptArchiveError(`${archive} could not be unpacked: ${errorMessage(error)}`, {
            cause: error,
          });
    signalFailure();
  };
  const madeDirs = new Set<string>();
  const mkdirp = (dir: string) => {
    if (madeDirs.has(dir)) return;
    mkdirSync(dir, { recursive: true });
    madeDirs.add(dir);
  };
  const writes: Promise<void>[] = [];
  const written = new Set<string>();

  const onEntry = (entry: ReadEntry) => {
    if (failure) {
      entry.resume();
      return;
    }
    try {
      const rel = safeEntryPath(entry.path, entry.type, archive, entry.linkpath);
      if (rel === null) {
        entry.resume();
        return;
      }
      const target = path.join(destDir, ...rel.split("/"));
      if (entry.type === "Directory") {
        mkdirp(target);
        entry.resume();
        return;
      }
      // Two entries for one file would race to write it; official tarballs never repeat a path.
      if (written.has(rel))
        throw new UnsafeArchiveError(
          `refusing archive entry '${entry.path}' in ${archive}: it appears twice`,
        );
      written.add(rel);
      mkdirp(path.dirname(target));
      const mode = options.keepModes ? (entry.mode ?? 0o644) & 0o777 : undefined;
      const out = createWriteStream(target, { mode, highWaterMark: 1 << 20 });
      writes.push(
        new Promise<void>((resolve) => {
          out.on("close", resolve);
          out.on("error", (error) => {
            fail(error);
            resolve();
          });
        }),
      );
      entry.pipe(out);
    } catch (error) {
      fail(error);
      entry.resume();
    }
  };

  // Counted as the decompressor produces it, before anything is written: a bomb stops within a chunk or two.
  let unpacked = 0;
  let tooLarge: TooLargeError | undefined;
  const limits = options.limits;
  const countUnpacked = (chunk: Buffer) => {
    unpacked += chunk.length;
    if (!limits || tooLarge) return;
    const bound = Math.min(limits.unpackedBytes, limits.unpackRatio * bytes + limits.unpackSlackBytes);
    if (unpacked > bound) {
      tooLarge = new TooLargeError(
        `${archive} unpacks to more than ${formatBytes(bound)} from ${formatBytes(bytes)} downloaded ` +
          `(at most ${limits.unpackRatio}× plus ${formatBytes(limits.unpackSlackBytes)}, ${formatBytes(limits.unpackedBytes)} in all): ` +
          "no real Rust archive does that (a decompression bomb?); check dist-server",
      );
      fail(tooLarge);
      input.destroy();
    }
  };

  const parser = new Parser({ strict: true, onReadEntry: onEntry });
  parser.on("error", fail);
  const parsed = new Promise<void>((resolve) => parser.on("end", resolve));

  let input: Writable;
  let inflate: InflateRaw | undefined;
  if (options.compression === "gz") {
    // The raw deflate stream only: the gzip framing is read here (see gzip.ts for why).
    inflate = createInflateRaw({ chunkSize: 1 << 20 });
    inflate.on("error", fail);
    inflate.on("data", countUnpacked);
    inflate.pipe(parser as unknown as Writable);
    input = inflate;
  } else {
    // xz-decompress is WASM on web streams: bridge Node stream → web stream → XZ → Node stream.
    const pass = new PassThrough({ highWaterMark: 1 << 20 });
    const web = Readable.toWeb(pass) as unknown as ReadableStream<Uint8Array>;
    const xz = Readable.fromWeb(
      new xzDecompress.XzReadableStream(web) as unknown as import("node:stream/web").ReadableStream,
    );
    xz.on("error", fail);
    xz.on("data", countUnpacked);
    xz.pipe(parser as unknown as Writable);
    input = pass;
  }

  // The network hands over 16–64 KB at a time, and each write is a round trip to zlib's thread: they
  // are gathered into pieces of WRITE_PIECE_BYTES. A piece's buffer is reused once the decompressor is
  // done with it, since every buffer dropped is memory only a garbage collection gives back.
  const spare: Buffer[] = [];
  let piece: Buffer | undefined;
  let filled = 0;
  const flush = async () => {
    if (piece === undefined || filled === 0) return;
    const full = piece;
    const used = filled;
    piece = undefined;
    filled = 0;
    if (failure) return;
    const accepted = input.write(full.subarray(0, used), () => spare.push(full));
    if (!accepted) await Promise.race([new Promise((resolve) => input.once("drain", resolve)), failed]);
  };
  const gather = async (chunk: Uint8Array) => {
    for (let offset = 0; offset < chunk.length; ) {
      piece ??= spare.pop() ?? Buffer.allocUnsafe(WRITE_PIECE_BYTES);
      const n = Math.min(chunk.length - offset, WRITE_PIECE_BYTES - filled);
      piece.set(chunk.subarray(offset, offset + n), filled);
      filled += n;
      offset += n;
      if (filled === WRITE_PIECE_BYTES) await flush();
    }
  };

  // gz: the member header is gathered until complete and kept from zlib; the last bytes seen are the trailer.
  let header: Buffer | undefined = inflate ? Buffer.alloc(0) : undefined;
  let headerBytes = 0;
  const trailer = Buffer.alloc(GZIP_TRAILER_BYTES);
  const keepTrailer = (chunk: Uint8Array) => {
    if (chunk.length >= GZIP_TRAILER_BYTES) {
      trailer.set(chunk.subarray(chunk.length - GZIP_TRAILER_BYTES));
    } else {
      trailer.copyWithin(0, chunk.length);
      trailer.set(chunk, GZIP_TRAILER_BYTES - chunk.length);
    }
  };
  const feed = async (chunk: Uint8Array) => {
    if (!inflate) return gather(chunk);
    keepTrailer(chunk);
    if (header === undefined) return gather(chunk);
    header = Buffer.concat([header, chunk]);
    let length: number | undefined;
    try {
      length = gzipHeaderLength(header);
      if (length === undefined && header.length > MAX_GZIP_HEADER_BYTES)
        throw new Error(`no end to its gzip header in the first ${formatBytes(MAX_GZIP_HEADER_BYTES)}`);
    } catch (error) {
      fail(error);
      return;
    }
    if (length === undefined) return;
    const rest = header.subarray(length);
    header = undefined;
    headerBytes = length;
    await gather(rest);
  };
  /** A gzip member must end with its trailer and nothing after it; checked once zlib has found the stream's end. */
  const checkFraming = () => {
    if (!inflate || failure) return;
    const problem =
      header !== undefined
        ? "it ends inside the gzip header"
        : gzipTrailerProblem(bytes, headerBytes, inflate.bytesWritten, trailer, unpacked);
    if (problem) fail(new CorruptArchiveError(`${archive} could not be unpacked: ${problem}`));
  };

  return {
    get bytes() {
      return bytes;
    },
    async write(chunk) {
      hash.update(chunk);
      bytes += chunk.length;
      if (tooLarge) throw tooLarge;
      if (limits && bytes > limits.archiveBytes) {
        throw new TooLargeError(
          `${archive} is larger than ${formatBytes(limits.archiveBytes)}: no real Rust archive is; check dist-server`,
        );
      }
      if (failure) return;
      await feed(chunk);
    },
    async finish() {
      await flush(); // the last piece; a no-op after a failure
      if (!failure) {
        input.end();
        await Promise.race([parsed, failed]);
        await Promise.race([Promise.all(writes), failed]);
        checkFraming();
      }
      const outcome: UnpackOutcome = { sha256: hash.digest("hex"), bytes };
      if (failure) {
        outcome.error = failure;
        this.abort();
      }
      return outcome;
    },
    abort() {
      input.destroy();
      parser.abort(new Error("aborted"));
    },
  };
}
