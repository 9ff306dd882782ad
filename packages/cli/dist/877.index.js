export const id = 877;
export const ids = [877];
export const modules = {

/***/ 8877:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createUnpackSink: () => (/* binding */ createUnpackSink)
});

// UNUSED EXPORTS: safeEntryPath

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ../core/src/user-error.ts
var user_error = __webpack_require__(2587);
// EXTERNAL MODULE: ../../node_modules/.pnpm/tar@7.5.23/node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(4274);
// EXTERNAL MODULE: ../../node_modules/.pnpm/xz-decompress@0.2.3/node_modules/xz-decompress/dist/package/xz-decompress.js
var xz_decompress = __webpack_require__(9410);
var xz_decompress_default = /*#__PURE__*/__webpack_require__.n(xz_decompress);
// EXTERNAL MODULE: ../toolchain/src/install/errors.ts
var errors = __webpack_require__(4750);
;// CONCATENATED MODULE: ../toolchain/src/install/gzip.ts
// The framing of a gzip member (RFC 1952): the unpacker reads its header and trailer itself and hands only the
// deflate stream to zlib, because gunzip would also compute a CRC-32 over every byte it inflates (a few percent
// of an install's CPU) that the archive's SHA-256 from the manifest, checked over the same bytes, already makes
// redundant.
const ID1 = 0x1f;
const ID2 = 0x8b;
const DEFLATE = 8;
const FHCRC = 0x02;
const FEXTRA = 0x04;
const FNAME = 0x08;
const FCOMMENT = 0x10;
const RESERVED = 0xe0;
const FIXED_HEADER_BYTES = 10;
/** CRC-32 and ISIZE, both little-endian 32-bit. */
const GZIP_TRAILER_BYTES = 8;
/**
 * The length of the gzip member header at the start of `data`, or undefined while `data` does not hold all of
 * it yet. Throws for anything that is not a deflate-compressed gzip member.
 */
function gzipHeaderLength(data) {
    if (data.length >= 1 && data[0] !== ID1)
        throw notGzip(data);
    if (data.length >= 2 && data[1] !== ID2)
        throw notGzip(data);
    if (data.length < FIXED_HEADER_BYTES)
        return undefined;
    if (data[2] !== DEFLATE)
        throw new Error(`gzip compression method ${data[2]} is not deflate (8)`);
    const flags = data[3];
    if (flags & RESERVED)
        throw new Error("the gzip header sets reserved flags");
    let offset = FIXED_HEADER_BYTES;
    if (flags & FEXTRA) {
        if (data.length < offset + 2)
            return undefined;
        offset += 2 + (data[offset] | (data[offset + 1] << 8));
    }
    for (const flag of [FNAME, FCOMMENT]) {
        if (!(flags & flag))
            continue;
        if (offset >= data.length)
            return undefined;
        const end = data.indexOf(0, offset);
        if (end < 0)
            return undefined;
        offset = end + 1;
    }
    if (flags & FHCRC)
        offset += 2;
    return offset <= data.length ? offset : undefined;
}
function notGzip(data) {
    const start = [...data.subarray(0, 2)].map((b) => `0x${b.toString(16).padStart(2, "0")}`).join(" ");
    return new Error(`not a gzip file (it starts with ${start})`);
}
/**
 * Why a member's framing around its deflate stream is wrong, or undefined when it is right: exactly the trailer
 * follows the stream (no second member, nothing appended), and its ISIZE is the unpacked length modulo 2^32.
 */
function gzipTrailerProblem(archiveBytes, headerBytes, deflateBytes, trailer, unpackedBytes) {
    const after = archiveBytes - headerBytes - deflateBytes;
    if (after < GZIP_TRAILER_BYTES)
        return "it ends inside the gzip trailer";
    if (after > GZIP_TRAILER_BYTES) {
        return `${after - GZIP_TRAILER_BYTES} bytes follow the gzip member (a second member, or appended data)`;
    }
    const view = new DataView(trailer.buffer, trailer.byteOffset, trailer.byteLength);
    const size = view.getUint32(4, true);
    if (size !== unpackedBytes % 2 ** 32) {
        return `the gzip trailer gives ${size} bytes unpacked, the deflate stream gave ${unpackedBytes % 2 ** 32}`;
    }
    return undefined;
}

// EXTERNAL MODULE: ../toolchain/src/install/http.ts
var http = __webpack_require__(1337);
;// CONCATENATED MODULE: ../toolchain/src/install/unpack.ts
// Unpacks a rust-installer tarball while it downloads: every chunk is hashed and, at the same time, fed through
// the decompressor into the tar parser, which writes entries below `destDir` with the first path component
// stripped. Official tarballs hold only files and directories, so any link, device, absolute path or `..` is
// refused with an error naming the entry. If the archive breaks mid-way we keep hashing to the end, so the caller
// can tell a corrupted download (hash mismatch) from a bad archive.











/** What the decompressor is given at a time (see createUnpackSink's flush). */
const WRITE_PIECE_BYTES = 512 * 1024;
/** No real gzip header comes near this (file name, comment and extra field included). */
const MAX_GZIP_HEADER_BYTES = 1 << 20;
/**
 * The path of an archive entry below the destination, with the first component stripped; null for the top
 * directory itself. Throws for anything that could land outside the destination or is not a file/dir.
 */
function safeEntryPath(rawPath, type, archive, linkpath) {
    const fail = (why) => new errors/* UnsafeArchiveError */.td(`refusing archive entry '${rawPath}' in ${archive}: ${why}`);
    if (type === "SymbolicLink" || type === "Link") {
        throw fail(`${type === "Link" ? "hard" : "symbolic"} links are not allowed (target '${linkpath ?? ""}')`);
    }
    if (!["File", "OldFile", "ContiguousFile", "Directory"].includes(type)) {
        throw fail(`entries of type ${type} are not allowed`);
    }
    if (rawPath.includes("\0") || rawPath.includes("\\"))
        throw fail("NUL or backslash in the path");
    if (rawPath.startsWith("/") || /^[A-Za-z]:/.test(rawPath))
        throw fail("absolute paths are not allowed");
    const parts = rawPath.split("/").filter((p) => p !== "" && p !== ".");
    if (parts.includes(".."))
        throw fail("'..' path components are not allowed");
    if (parts.length <= 1)
        return null;
    return parts.slice(1).join("/");
}
function createUnpackSink(options) {
    const { destDir, archive } = options;
    const hash = (0,external_node_crypto_.createHash)("sha256");
    let bytes = 0;
    let failure;
    let signalFailure;
    const failed = new Promise((resolve) => {
        signalFailure = resolve;
    });
    const fail = (error) => {
        if (failure)
            return;
        failure =
            error instanceof errors/* InstallError */.sy
                ? error
                : new errors/* CorruptArchiveError */.sC(`${archive} could not be unpacked: ${(0,user_error/* errorMessage */.g)(error)}`, {
                    cause: error,
                });
        signalFailure();
    };
    const madeDirs = new Set();
    const mkdirp = (dir) => {
        if (madeDirs.has(dir))
            return;
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
        madeDirs.add(dir);
    };
    const writes = [];
    const written = new Set();
    const onEntry = (entry) => {
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
            const target = external_node_path_default().join(destDir, ...rel.split("/"));
            if (entry.type === "Directory") {
                mkdirp(target);
                entry.resume();
                return;
            }
            // Two entries for one file would race to write it; official tarballs never repeat a path.
            if (written.has(rel))
                throw new errors/* UnsafeArchiveError */.td(`refusing archive entry '${entry.path}' in ${archive}: it appears twice`);
            written.add(rel);
            mkdirp(external_node_path_default().dirname(target));
            const mode = options.keepModes ? (entry.mode ?? 0o644) & 0o777 : undefined;
            const out = (0,external_node_fs_.createWriteStream)(target, { mode, highWaterMark: 1 << 20 });
            writes.push(new Promise((resolve) => {
                out.on("close", resolve);
                out.on("error", (error) => {
                    fail(error);
                    resolve();
                });
            }));
            entry.pipe(out);
        }
        catch (error) {
            fail(error);
            entry.resume();
        }
    };
    // Counted as the decompressor produces it, before anything is written: a bomb stops within a chunk or two.
    let unpacked = 0;
    let tooLarge;
    const limits = options.limits;
    const countUnpacked = (chunk) => {
        unpacked += chunk.length;
        if (!limits || tooLarge)
            return;
        const bound = Math.min(limits.unpackedBytes, limits.unpackRatio * bytes + limits.unpackSlackBytes);
        if (unpacked > bound) {
            tooLarge = new errors/* TooLargeError */.qB(`${archive} unpacks to more than ${(0,http/* formatBytes */.z3)(bound)} from ${(0,http/* formatBytes */.z3)(bytes)} downloaded ` +
                `(at most ${limits.unpackRatio}× plus ${(0,http/* formatBytes */.z3)(limits.unpackSlackBytes)}, ${(0,http/* formatBytes */.z3)(limits.unpackedBytes)} in all): ` +
                "no real Rust archive does that (a decompression bomb?); check dist-server");
            fail(tooLarge);
            input.destroy();
        }
    };
    const parser = new index_min/* Parser */.iX({ strict: true, onReadEntry: onEntry });
    parser.on("error", fail);
    const parsed = new Promise((resolve) => parser.on("end", resolve));
    let input;
    let inflate;
    if (options.compression === "gz") {
        // The raw deflate stream only: the gzip framing is read here (see gzip.ts for why).
        inflate = (0,external_node_zlib_.createInflateRaw)({ chunkSize: 1 << 20 });
        inflate.on("error", fail);
        inflate.on("data", countUnpacked);
        inflate.pipe(parser);
        input = inflate;
    }
    else {
        // xz-decompress is WASM on web streams: bridge Node stream → web stream → XZ → Node stream.
        const pass = new external_node_stream_.PassThrough({ highWaterMark: 1 << 20 });
        const web = external_node_stream_.Readable.toWeb(pass);
        const xz = external_node_stream_.Readable.fromWeb(new (xz_decompress_default()).XzReadableStream(web));
        xz.on("error", fail);
        xz.on("data", countUnpacked);
        xz.pipe(parser);
        input = pass;
    }
    // The network hands over 16–64 KB at a time, and each write is a round trip to zlib's thread: they
    // are gathered into pieces of WRITE_PIECE_BYTES. A piece's buffer is reused once the decompressor is
    // done with it, since every buffer dropped is memory only a garbage collection gives back.
    const spare = [];
    let piece;
    let filled = 0;
    const flush = async () => {
        if (piece === undefined || filled === 0)
            return;
        const full = piece;
        const used = filled;
        piece = undefined;
        filled = 0;
        if (failure)
            return;
        const accepted = input.write(full.subarray(0, used), () => spare.push(full));
        if (!accepted)
            await Promise.race([new Promise((resolve) => input.once("drain", resolve)), failed]);
    };
    const gather = async (chunk) => {
        for (let offset = 0; offset < chunk.length;) {
            piece ??= spare.pop() ?? Buffer.allocUnsafe(WRITE_PIECE_BYTES);
            const n = Math.min(chunk.length - offset, WRITE_PIECE_BYTES - filled);
            piece.set(chunk.subarray(offset, offset + n), filled);
            filled += n;
            offset += n;
            if (filled === WRITE_PIECE_BYTES)
                await flush();
        }
    };
    // gz: the member header is gathered until complete and kept from zlib; the last bytes seen are the trailer.
    let header = inflate ? Buffer.alloc(0) : undefined;
    let headerBytes = 0;
    const trailer = Buffer.alloc(GZIP_TRAILER_BYTES);
    const keepTrailer = (chunk) => {
        if (chunk.length >= GZIP_TRAILER_BYTES) {
            trailer.set(chunk.subarray(chunk.length - GZIP_TRAILER_BYTES));
        }
        else {
            trailer.copyWithin(0, chunk.length);
            trailer.set(chunk, GZIP_TRAILER_BYTES - chunk.length);
        }
    };
    const feed = async (chunk) => {
        if (!inflate)
            return gather(chunk);
        keepTrailer(chunk);
        if (header === undefined)
            return gather(chunk);
        header = Buffer.concat([header, chunk]);
        let length;
        try {
            length = gzipHeaderLength(header);
            if (length === undefined && header.length > MAX_GZIP_HEADER_BYTES)
                throw new Error(`no end to its gzip header in the first ${(0,http/* formatBytes */.z3)(MAX_GZIP_HEADER_BYTES)}`);
        }
        catch (error) {
            fail(error);
            return;
        }
        if (length === undefined)
            return;
        const rest = header.subarray(length);
        header = undefined;
        headerBytes = length;
        await gather(rest);
    };
    /** A gzip member must end with its trailer and nothing after it; checked once zlib has found the stream's end. */
    const checkFraming = () => {
        if (!inflate || failure)
            return;
        const problem = header !== undefined
            ? "it ends inside the gzip header"
            : gzipTrailerProblem(bytes, headerBytes, inflate.bytesWritten, trailer, unpacked);
        if (problem)
            fail(new errors/* CorruptArchiveError */.sC(`${archive} could not be unpacked: ${problem}`));
    };
    return {
        get bytes() {
            return bytes;
        },
        async write(chunk) {
            hash.update(chunk);
            bytes += chunk.length;
            if (tooLarge)
                throw tooLarge;
            if (limits && bytes > limits.archiveBytes) {
                throw new errors/* TooLargeError */.qB(`${archive} is larger than ${(0,http/* formatBytes */.z3)(limits.archiveBytes)}: no real Rust archive is; check dist-server`);
            }
            if (failure)
                return;
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
            const outcome = { sha256: hash.digest("hex"), bytes };
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


/***/ })

};
