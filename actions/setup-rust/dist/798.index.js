export const id = 798;
export const ids = [798];
export const modules = {

/***/ 3798:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createUnpackSink: () => (/* binding */ createUnpackSink)
/* harmony export */ });
/* unused harmony export safeEntryPath */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _oxidize_core__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6276);
/* harmony import */ var tar__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4274);
/* harmony import */ var xz_decompress__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9410);
/* harmony import */ var xz_decompress__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(xz_decompress__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2523);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6920);
// Unpacks a rust-installer tarball while it downloads: every chunk is hashed and, at the same time, fed through
// the decompressor into the tar parser, which writes entries below `destDir` with the first path component
// stripped. Official tarballs hold only files and directories, so any link, device, absolute path or `..` is
// refused with an error naming the entry. If the archive breaks mid-way we keep hashing to the end, so the caller
// can tell a corrupted download (hash mismatch) from a bad archive.










/** What the decompressor is given at a time (see createUnpackSink's flush). */
const WRITE_PIECE_BYTES = 512 * 1024;
/**
 * The path of an archive entry below the destination, with the first component stripped; null for the top
 * directory itself. Throws for anything that could land outside the destination or is not a file/dir.
 */
function safeEntryPath(rawPath, type, archive, linkpath) {
    const fail = (why) => new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UnsafeArchiveError */ .td(`refusing archive entry '${rawPath}' in ${archive}: ${why}`);
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
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256");
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
            error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InstallError */ .sy
                ? error
                : new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .CorruptArchiveError */ .sC(`${archive} could not be unpacked: ${(0,_oxidize_core__WEBPACK_IMPORTED_MODULE_8__/* .errorMessage */ .g)(error)}`, {
                    cause: error,
                });
        signalFailure();
    };
    const madeDirs = new Set();
    const mkdirp = (dir) => {
        if (madeDirs.has(dir))
            return;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(dir, { recursive: true });
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
            const target = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(destDir, ...rel.split("/"));
            if (entry.type === "Directory") {
                mkdirp(target);
                entry.resume();
                return;
            }
            // Two entries for one file would race to write it; official tarballs never repeat a path.
            if (written.has(rel))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UnsafeArchiveError */ .td(`refusing archive entry '${entry.path}' in ${archive}: it appears twice`);
            written.add(rel);
            mkdirp(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target));
            const mode = options.keepModes ? (entry.mode ?? 0o644) & 0o777 : undefined;
            const out = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(target, { mode, highWaterMark: 1 << 20 });
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
            tooLarge = new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .TooLargeError */ .qB(`${archive} unpacks to more than ${(0,_http_js__WEBPACK_IMPORTED_MODULE_9__/* .formatBytes */ .z3)(bound)} from ${(0,_http_js__WEBPACK_IMPORTED_MODULE_9__/* .formatBytes */ .z3)(bytes)} downloaded ` +
                `(at most ${limits.unpackRatio}× plus ${(0,_http_js__WEBPACK_IMPORTED_MODULE_9__/* .formatBytes */ .z3)(limits.unpackSlackBytes)}, ${(0,_http_js__WEBPACK_IMPORTED_MODULE_9__/* .formatBytes */ .z3)(limits.unpackedBytes)} in all): ` +
                "no real Rust archive does that (a decompression bomb?); check dist-server");
            fail(tooLarge);
            input.destroy();
        }
    };
    const parser = new tar__WEBPACK_IMPORTED_MODULE_5__/* .Parser */ .iX({ strict: true, onReadEntry: onEntry });
    parser.on("error", fail);
    const parsed = new Promise((resolve) => parser.on("end", resolve));
    let input;
    if (options.compression === "gz") {
        const gunzip = (0,node_zlib__WEBPACK_IMPORTED_MODULE_4__.createGunzip)({ chunkSize: 1 << 20 });
        gunzip.on("error", fail);
        gunzip.on("data", countUnpacked);
        gunzip.pipe(parser);
        input = gunzip;
    }
    else {
        // xz-decompress is WASM on web streams: bridge Node stream → web stream → XZ → Node stream.
        const pass = new node_stream__WEBPACK_IMPORTED_MODULE_3__.PassThrough({ highWaterMark: 1 << 20 });
        const web = node_stream__WEBPACK_IMPORTED_MODULE_3__.Readable.toWeb(pass);
        const xz = node_stream__WEBPACK_IMPORTED_MODULE_3__.Readable.fromWeb(new (xz_decompress__WEBPACK_IMPORTED_MODULE_6___default().XzReadableStream)(web));
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
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .TooLargeError */ .qB(`${archive} is larger than ${(0,_http_js__WEBPACK_IMPORTED_MODULE_9__/* .formatBytes */ .z3)(limits.archiveBytes)}: no real Rust archive is; check dist-server`);
            }
            if (failure)
                return;
            await gather(chunk);
        },
        async finish() {
            await flush(); // the last piece; a no-op after a failure
            if (!failure) {
                input.end();
                await Promise.race([parsed, failed]);
                await Promise.race([Promise.all(writes), failed]);
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
