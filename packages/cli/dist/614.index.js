export const id = 614;
export const ids = [614,795];
export const modules = {

/***/ 4750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Al: () => (/* binding */ ChecksumError),
/* harmony export */   Eb: () => (/* binding */ ComponentUnavailableError),
/* harmony export */   Sh: () => (/* binding */ ManifestError),
/* harmony export */   VA: () => (/* binding */ SignatureError),
/* harmony export */   Xj: () => (/* binding */ NotAvailableError),
/* harmony export */   g3: () => (/* binding */ HostUnsupportedError),
/* harmony export */   nV: () => (/* binding */ DownloadError),
/* harmony export */   qB: () => (/* binding */ TooLargeError),
/* harmony export */   sC: () => (/* binding */ CorruptArchiveError),
/* harmony export */   sy: () => (/* binding */ InstallError),
/* harmony export */   td: () => (/* binding */ UnsafeArchiveError),
/* harmony export */   y_: () => (/* binding */ RustupError),
/* harmony export */   z0: () => (/* binding */ InstallTimeoutError)
/* harmony export */ });
/* harmony import */ var _oxidize_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2587);

// Every failure of the installer is an `InstallError` with a message that names the toolchain, URL, package or
// archive entry involved, so the action can print it as is. `retryable` tells the retry loop what a retry can fix.
class InstallError extends _oxidize_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y {
    retryable = false;
}
/** `rustup toolchain install` failed; its own words are in the message. */
class RustupError extends InstallError {
}
/** A transient transport problem (connection reset, short body, 5xx, stall): retried with backoff. */
class DownloadError extends InstallError {
    url;
    status;
    retryable = true;
    constructor(message, url, status, options) {
        super(message, options);
        this.url = url;
        this.status = status;
    }
}
/** The server answered but has nothing for this request (404): no retry helps. */
class NotAvailableError extends InstallError {
}
/** A component or target the channel does not ship for this host. */
class ComponentUnavailableError extends InstallError {
}
/**
 * The release exists, but has no build of what was asked for this very host (no pkg.rust for it, or a component
 * marked unavailable for it): the one case `optional: true` forgives. A release or channel the server does not
 * have at all is a typo or a version not yet out.
 */
class HostUnsupportedError extends ComponentUnavailableError {
}
class ManifestError extends InstallError {
}
class ChecksumError extends InstallError {
    what;
    url;
    expected;
    actual;
    constructor(what, url, expected, actual) {
        super(`sha256 mismatch for ${what} downloaded from ${url}: expected ${expected}, got ${actual}`);
        this.what = what;
        this.url = url;
        this.expected = expected;
        this.actual = actual;
    }
}
class SignatureError extends InstallError {
}
/** An archive entry that would escape the destination or is not a plain file/dir; never retried. */
class UnsafeArchiveError extends InstallError {
}
class CorruptArchiveError extends InstallError {
}
class InstallTimeoutError extends InstallError {
}
/** The server sent more than any real file of its kind (a manifest, a signature, an archive) could be; no retry. */
class TooLargeError extends InstallError {
}


/***/ }),

/***/ 1337:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ backoffDelay),
/* harmony export */   Mf: () => (/* binding */ abortableSleep),
/* harmony export */   Q7: () => (/* binding */ streamOnce),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   ci: () => (/* binding */ fetchBytes),
/* harmony export */   or: () => (/* binding */ getBounded),
/* harmony export */   vI: () => (/* binding */ DEFAULT_RETRY),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* harmony import */ var _oxidize_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2587);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4750);
// HTTP with the failure handling rustup lacks: every request (manifest, .sha256, .asc, packages) is retried with
// exponential backoff and jitter on network errors, 5xx and stalls; a stall is caught by an idle timer that only
// runs while we are waiting on the network (not while our own disk writes apply backpressure).


const DEFAULT_RETRY = { attempts: 4, baseDelayMs: 500, maxDelayMs: 8000 };
function abortableSleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal.aborted)
            return reject(signal.reason);
        const timer = setTimeout(() => {
            signal.removeEventListener("abort", onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal.reason);
        };
        signal.addEventListener("abort", onAbort, { once: true });
    });
}
function backoffDelay(attempt, retry, random) {
    const base = Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** (attempt - 1));
    return Math.round(base * (0.5 + random()));
}
function overallTimeout(ctx) {
    const reason = ctx.signal.reason;
    return reason instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InstallError */ .sy
        ? reason
        : new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InstallTimeoutError */ .z0((0,_oxidize_core__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .g)(reason));
}
/** Runs `attempt` until it succeeds, fails with a non-retryable error, or the budget is spent. */
async function withRetry(what, ctx, attempt) {
    const total = Math.max(1, ctx.retry.attempts);
    for (let n = 1;; n++) {
        try {
            return await attempt(n);
        }
        catch (error) {
            if (ctx.signal.aborted)
                throw overallTimeout(ctx);
            const retryable = error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InstallError */ .sy && error.retryable;
            if (!retryable)
                throw error;
            if (n >= total) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DownloadError */ .nV(`${what} failed after ${total} attempts: ${(0,_oxidize_core__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .g)(error)}`, error.url ?? "", error.status, { cause: error });
            }
            const delay = backoffDelay(n, ctx.retry, ctx.random);
            ctx.logger.warning(`${what}: ${(0,_oxidize_core__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .g)(error)}; retrying in ${(delay / 1000).toFixed(1)} s (${n}/${total})`);
            try {
                await ctx.sleep(delay, ctx.signal);
            }
            catch {
                throw overallTimeout(ctx);
            }
        }
    }
}
class StallSignal extends Error {
}
function formatBytes(n) {
    const round = (x) => Math.round(x * 10) / 10;
    return n >= 2 ** 30
        ? `${round(n / 2 ** 30)} GiB`
        : n >= 2 ** 20
            ? `${round(n / 2 ** 20)} MiB`
            : `${round(n / 1024)} KiB`;
}
function tooLarge(url, limit) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TooLargeError */ .qB(`GET ${url}: the server sent more than ${formatBytes(limit.maxBytes)} for ${limit.what} (${limit.why}); ` +
        "the dist server is broken or not a Rust dist server: check dist-server");
}
/**
 * One attempt at a GET: streams the body into `onChunk` (awaited, so the consumer controls backpressure).
 * With `range`, asks for the rest of a file; `onHead` sees the answer (206 or a full 200) before any byte.
 * Returns the number of bytes, or null on 404 so the caller can word the "not available" error.
 */
async function streamOnce(url, ctx, onChunk, range, onHead, limit) {
    if (ctx.signal.aborted)
        throw overallTimeout(ctx);
    const attempt = new AbortController();
    const signal = AbortSignal.any([attempt.signal, ctx.signal]);
    let timer;
    const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => attempt.abort(new StallSignal(`no data for ${ctx.idleTimeoutMs / 1000} s`)), ctx.idleTimeoutMs);
    };
    const disarm = () => clearTimeout(timer);
    const mapError = (error) => {
        if (ctx.signal.aborted)
            return overallTimeout(ctx);
        if (attempt.signal.aborted) {
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DownloadError */ .nV(`${url} stalled (${(0,_oxidize_core__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .g)(attempt.signal.reason)})`, url);
        }
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InstallError */ .sy)
            return error;
        const cause = error.cause;
        const detail = cause ? `${(0,_oxidize_core__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .g)(error)}: ${(0,_oxidize_core__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .g)(cause)}` : (0,_oxidize_core__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .g)(error);
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DownloadError */ .nV(`GET ${url} failed: ${detail}`, url, undefined, { cause: error });
    };
    arm();
    try {
        let response;
        try {
            response = await ctx.transport(url, signal, range ? { range: `bytes=${range.offset}-`, "if-range": range.ifRange } : {});
        }
        catch (error) {
            throw mapError(error);
        }
        if (response.status === 404 || response.status === 410) {
            response.discard();
            return null;
        }
        if (range && response.status === 416) {
            response.discard();
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DownloadError */ .nV(`GET ${url}: the server refused to resume at byte ${range.offset} (416)`, url, 416);
        }
        if (response.status < 200 || response.status > 299) {
            response.discard();
            const transient = response.status >= 500 || response.status === 408 || response.status === 429;
            const message = `GET ${url} answered HTTP ${response.status} ${response.statusText}`.trim();
            if (transient)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DownloadError */ .nV(message, url, response.status);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .NotAvailableError */ .Xj(message);
        }
        if (limit && response.contentLength !== undefined && response.contentLength > limit.maxBytes) {
            response.discard();
            throw tooLarge(url, limit);
        }
        try {
            await onHead?.({
                status: response.status,
                ...(response.contentLength !== undefined ? { contentLength: response.contentLength } : {}),
                ...(response.contentRange ? { contentRange: response.contentRange } : {}),
                ...(response.validator ? { validator: response.validator } : {}),
            });
        }
        catch (error) {
            response.discard();
            throw error;
        }
        const iterator = response.body[Symbol.asyncIterator]();
        let bytes = 0;
        try {
            for (;;) {
                let next;
                try {
                    next = await iterator.next();
                }
                catch (error) {
                    const mapped = mapError(error);
                    if (!(mapped instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DownloadError */ .nV) || attempt.signal.aborted)
                        throw mapped;
                    const of = response.contentLength === undefined ? "" : ` of ${response.contentLength}`;
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DownloadError */ .nV(`GET ${url}: the connection broke after ${bytes}${of} bytes (${(0,_oxidize_core__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .g)(error)})`, url, undefined, { cause: error });
                }
                if (next.done)
                    break;
                bytes += next.value.length;
                if (limit && bytes > limit.maxBytes)
                    throw tooLarge(url, limit);
                disarm();
                await onChunk(next.value);
                arm();
            }
        }
        catch (error) {
            response.discard();
            throw error;
        }
        if (response.contentLength !== undefined && bytes !== response.contentLength) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DownloadError */ .nV(`GET ${url} ended after ${bytes} of ${response.contentLength} bytes`, url);
        }
        return bytes;
    }
    finally {
        disarm();
    }
}
/** One GET of a small file into memory, never more than `limit.maxBytes`; null on 404. */
async function getBounded(url, ctx, limit) {
    const chunks = [];
    const got = await streamOnce(url, ctx, (chunk) => {
        chunks.push(chunk);
    }, undefined, undefined, limit);
    return got === null ? null : Buffer.concat(chunks);
}
/** GET a small file (manifest, .sha256, .asc) with retries and a size limit; null on 404. */
async function fetchBytes(url, what, ctx, limit) {
    return withRetry(what, ctx, () => getBounded(url, ctx, limit));
}


/***/ }),

/***/ 614:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_LIMITS: () => (/* binding */ DEFAULT_LIMITS),
  installToolchain: () => (/* binding */ installToolchain)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ../core/src/user-error.ts
var user_error = __webpack_require__(2587);
// EXTERNAL MODULE: ../core/src/clock.ts
var clock = __webpack_require__(2705);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ../../node_modules/.pnpm/@sindresorhus+fnv1a@3.1.0/node_modules/@sindresorhus/fnv1a/index.js
// FNV_PRIMES and FNV_OFFSETS from
// http://www.isthe.com/chongo/tech/comp/fnv/index.html#FNV-param

const FNV_PRIMES = {
	32: 16_777_619n,
	64: 1_099_511_628_211n,
	128: 309_485_009_821_345_068_724_781_371n,
	256: 374_144_419_156_711_147_060_143_317_175_368_453_031_918_731_002_211n,
	512: 35_835_915_874_844_867_368_919_076_489_095_108_449_946_327_955_754_392_558_399_825_615_420_669_938_882_575_126_094_039_892_345_713_852_759n,
	1024: 5_016_456_510_113_118_655_434_598_811_035_278_955_030_765_345_404_790_744_303_017_523_831_112_055_108_147_451_509_157_692_220_295_382_716_162_651_878_526_895_249_385_292_291_816_524_375_083_746_691_371_804_094_271_873_160_484_737_966_720_260_389_217_684_476_157_468_082_573n,
};

const FNV_OFFSETS = {
	32: 2_166_136_261n,
	64: 14_695_981_039_346_656_037n,
	128: 144_066_263_297_769_815_596_495_629_667_062_367_629n,
	256: 100_029_257_958_052_580_907_070_968_620_625_704_837_092_796_014_241_193_945_225_284_501_741_471_925_557n,
	512: 9_659_303_129_496_669_498_009_435_400_716_310_466_090_418_745_672_637_896_108_374_329_434_462_657_994_582_932_197_716_438_449_813_051_892_206_539_805_784_495_328_239_340_083_876_191_928_701_583_869_517_785n,
	1024: 14_197_795_064_947_621_068_722_070_641_403_218_320_880_622_795_441_933_960_878_474_914_617_582_723_252_296_732_303_717_722_150_864_096_521_202_355_549_365_628_174_669_108_571_814_760_471_015_076_148_029_755_969_804_077_320_157_692_458_563_003_215_304_957_150_157_403_644_460_363_550_505_412_711_285_966_361_610_267_868_082_893_823_963_790_439_336_411_086_884_584_107_735_010_676_915n,
};

const cachedEncoder = new globalThis.TextEncoder();

function fnv1aUint8Array(uint8Array, size) {
	const fnvPrime = FNV_PRIMES[size];
	let hash = FNV_OFFSETS[size];

	// eslint-disable-next-line unicorn/no-for-loop -- This is a performance-sensitive loop
	for (let index = 0; index < uint8Array.length; index++) {
		hash ^= BigInt(uint8Array[index]);
		hash = BigInt.asUintN(size, hash * fnvPrime);
	}

	return hash;
}

function fnv1aEncodeInto(string, size, utf8Buffer) {
	if (utf8Buffer.length === 0) {
		throw new Error('The `utf8Buffer` option must have a length greater than zero');
	}

	const fnvPrime = FNV_PRIMES[size];
	let hash = FNV_OFFSETS[size];
	let remaining = string;

	while (remaining.length > 0) {
		const result = cachedEncoder.encodeInto(remaining, utf8Buffer);
		remaining = remaining.slice(result.read);
		for (let index = 0; index < result.written; index++) {
			hash ^= BigInt(utf8Buffer[index]);
			hash = BigInt.asUintN(size, hash * fnvPrime);
		}
	}

	return hash;
}

function fnv1a(value, {size = 32, utf8Buffer} = {}) {
	if (!FNV_PRIMES[size]) {
		throw new Error('The `size` option must be one of 32, 64, 128, 256, 512, or 1024');
	}

	if (typeof value === 'string') {
		if (utf8Buffer) {
			return fnv1aEncodeInto(value, size, utf8Buffer);
		}

		value = cachedEncoder.encode(value);
	}

	return fnv1aUint8Array(value, size);
}

;// CONCATENATED MODULE: ../core/src/name-hash.ts
// A short hash that tells names apart (cache keys, file names), where nothing rests on it being hard to forge:
// whoever reads such a name checks what it stands for. FNV-1a needs no module load; node:crypto's start-up
// is several milliseconds of every short action's run.

/** 16 hex digits: FNV-1a, 64 bits, of `text`'s UTF-8. */
function nameHash(text) {
    return fnv1a(text, { size: 64 }).toString(16).padStart(16, "0");
}

;// CONCATENATED MODULE: ../toolchain/src/install/cache.ts
// The tool-cache layout: `<toolCacheDir>/<key>/` holds a toolchain, `<key>.complete` (written last, after the
// atomic rename) says it is whole. The key is computed from the request alone, so an exact pin found here needs
// no network at all. The key's digest only tells requests apart: the marker holds the request itself, and a hit
// compares it.



/** Bump when the on-disk layout changes, so old entries are not mistaken for new ones. */
const LAYOUT_VERSION = 2;
const sortedUnique = (xs) => [...new Set(xs)].sort();
/** The request in one canonical string: what a cache entry must have been installed for. */
function cacheRequest(input) {
    return JSON.stringify({
        v: LAYOUT_VERSION,
        toolchain: input.toolchain,
        host: input.host,
        profile: input.profile,
        components: sortedUnique(input.components),
        targets: sortedUnique(input.targets.filter((t) => t !== input.host)),
    });
}
function cacheKey(input) {
    return keyOf(input, cacheRequest(input));
}
/** The key of `input`, whose canonical request is `request` (computed once where both are needed). */
function keyOf(input, request) {
    const safe = (s) => s.replace(/[^A-Za-z0-9._-]/g, "_");
    return `rust-${safe(input.toolchain)}-${safe(input.host)}-${safe(input.profile)}-${nameHash(request)}`;
}
/** True for names whose contents never change: `1.95.0`, `1.96.0-beta.3`, anything with a date. */
function isImmutableToolchain(toolchain) {
    return /^\d+\.\d+\.\d+(-beta\.\d+)?$/.test(toolchain) || /-\d{4}-\d{2}-\d{2}$/.test(toolchain);
}
function markerPath(toolCacheDir, key) {
    return external_node_path_default().join(toolCacheDir, `${key}.complete`);
}
/** The complete entry for this request, or null: a marker for another request under the same key is a miss. */
async function findCached(toolCacheDir, input) {
    const request = cacheRequest(input);
    const key = keyOf(input, request);
    const dir = external_node_path_default().join(toolCacheDir, key);
    try {
        // Synchronous, like the checks after it: a hit is a few small reads in a row (see resolve/fs.ts).
        const marker = JSON.parse((0,external_node_fs_.readFileSync)(markerPath(toolCacheDir, key), "utf8"));
        if (marker.key !== key || marker.request !== request)
            return null;
        if (!(0,external_node_fs_.statSync)(dir).isDirectory())
            return null;
        return { dir, marker };
    }
    catch {
        return null;
    }
}
async function writeMarker(toolCacheDir, marker) {
    (0,external_node_fs_.writeFileSync)(markerPath(toolCacheDir, marker.key), `${JSON.stringify(marker, null, 2)}\n`);
}

// EXTERNAL MODULE: ../toolchain/src/install/platform.ts
var install_platform = __webpack_require__(2810);
;// CONCATENATED MODULE: ../toolchain/src/install/types.ts
const silentLogger = { info() { }, warning() { }, debug() { } };

;// CONCATENATED MODULE: ../toolchain/src/install/upstream.ts
/** The official dist server: rustup's default RUSTUP_DIST_SERVER. Apart from plan.ts so naming it loads no parser. */
const UPSTREAM_DIST_SERVER = "https://static.rust-lang.org";

// EXTERNAL MODULE: ../core/src/process.ts
var src_process = __webpack_require__(7498);
// EXTERNAL MODULE: ../toolchain/src/probe/rustc.ts
var probe_rustc = __webpack_require__(1819);
// EXTERNAL MODULE: ../toolchain/src/install/errors.ts
var errors = __webpack_require__(4750);
;// CONCATENATED MODULE: ../toolchain/src/install/verify.ts
// Is this the release that was asked for? Checked twice: on the channel manifest before anything is downloaded
// (a manifest at channel-rust-1.95.0.toml that describes 1.94.0 is refused), and on the unpacked binaries before
// the cache entry is marked complete (`rustc -vV` and `cargo -V` must run and report the manifest's release and
// commit). A cache hit re-checks cheaply, with stat only: the recorded binaries must still be there.





function parseReleaseVersion(text) {
    const m = /^(\S+)(?:\s+\(([0-9a-f]{7,40})\s+(\d{4}-\d{2}-\d{2})\))?/.exec(text.trim());
    if (!m)
        return undefined;
    return { release: m[1], ...(m[2] && { commit: m[2] }), ...(m[3] && { date: m[3] }) };
}
/**
 * What a toolchain name promises about the release, as far as it can be checked: an exact pin names the release,
 * `1.95` its minor series, `stable`/`beta`/`nightly` the kind of release. Returns why `release` does not fit, or
 * undefined when it does.
 */
function releaseMismatch(channel, release) {
    if (/^\d+\.\d+\.\d+(-beta\.\d+)?$/.test(channel)) {
        return release === channel ? undefined : `it is ${release}, not ${channel}`;
    }
    const minor = /^(\d+)\.(\d+)$/.exec(channel);
    if (minor) {
        return new RegExp(`^${minor[1]}\\.${minor[2]}\\.\\d+$`).test(release)
            ? undefined
            : `it is ${release}, not a ${channel}.x release`;
    }
    if (channel === "stable") {
        return /^\d+\.\d+\.\d+$/.test(release) ? undefined : `it is ${release}, not a stable release`;
    }
    if (channel === "beta") {
        return /^\d+\.\d+\.\d+-beta(\.\d+)?$/.test(release) ? undefined : `it is ${release}, not a beta release`;
    }
    if (channel === "nightly") {
        return /^\d+\.\d+\.\d+-nightly$/.test(release) ? undefined : `it is ${release}, not a nightly release`;
    }
    return undefined; // a name we cannot judge
}
/**
 * Refuses a manifest that describes another release than the toolchain name asks for, before any package is
 * downloaded: `pkg.rust.version` must fit the channel, and a dated name's date must be the manifest's.
 */
function checkManifestRelease(toolchain, manifest, url) {
    const name = toolchain.date ? `${toolchain.channel}-${toolchain.date}` : toolchain.channel;
    const fix = `the dist server serves the wrong manifest under this name; fix the mirror or use another dist-server`;
    if (toolchain.date && manifest.date !== toolchain.date) {
        throw new errors/* ManifestError */.Sh(`the channel manifest ${url} is dated ${manifest.date}, not ${toolchain.date} as ${name} asks: ${fix}`);
    }
    const text = manifest.packages.get("rust")?.version;
    const version = text === undefined ? undefined : parseReleaseVersion(text);
    if (!version) {
        throw new errors/* ManifestError */.Sh(`the channel manifest ${url} does not say which release it describes (pkg.rust.version is ${JSON.stringify(text ?? null)}): ${fix}`);
    }
    const why = releaseMismatch(toolchain.channel, version.release);
    if (why) {
        throw new errors/* ManifestError */.Sh(`the channel manifest ${url} describes ${text}, but ${name} was asked for (${why}): ${fix}`);
    }
    return version;
}
class BinaryCheckError extends errors/* InstallError */.sy {
}
/**
 * Runs the unpacked `rustc -vV` and `cargo -V`: they must run, and report the manifest's release (and commit, when
 * the manifest names one) for this host. Any failure is one line naming the toolchain and the binary.
 */
async function checkBinaries(request) {
    const run = request.run ?? src_process/* runProcess */.R;
    const timeoutMs = request.timeoutMs ?? 60_000;
    const shown = (file) => external_node_path_default().join(request.shownDir, external_node_path_default().relative(request.stagingDir, file));
    const fail = (what) => new BinaryCheckError(`toolchain ${request.name}: ${what}; nothing was cached. The archives do not hold a working ${request.expected.release} for ${request.host}: check the dist server, or the host this job runs on`);
    const exec = async (file, args) => {
        try {
            return await run(file, args, { env: { ...process.env, RUSTUP_TOOLCHAIN: undefined }, timeoutMs });
        }
        catch (error) {
            throw fail(`${shown(file)} ${args.join(" ")} could not be started (${(0,user_error/* errorMessage */.g)(error)})`);
        }
    };
    // What the program printed, on one line, with the final directory instead of the staging one.
    const said = (text) => (0,src_process/* lastLine */.f)(text)
        .split(request.stagingDir)
        .join(request.shownDir)
        .replace(/[\u0000-\u001f\u007f-\u009f\ufffd]/g, "?")
        .slice(0, 300);
    const why = (r) => r.timedOut
        ? `timed out after ${timeoutMs / 1000} s`
        : (r.startError ?? `exited with ${r.exitCode ?? r.signal}: ${said(r.output) || "no output"}`);
    const [verbose, cargo] = await Promise.all([
        exec(request.rustc, ["-vV"]),
        request.cargo === undefined ? undefined : exec(request.cargo, ["-V"]),
    ]);
    const rustc = verbose.exitCode === 0 ? (0,probe_rustc/* parseRustcVerbose */.fU)(verbose.stdout) : undefined;
    if (!rustc) {
        throw fail(`${shown(request.rustc)} -vV did not answer like rustc (${verbose.exitCode === 0 ? `it printed '${said(verbose.stdout)}'` : why(verbose)})`);
    }
    const expected = request.expected;
    if (rustc.release !== expected.release) {
        throw fail(`${shown(request.rustc)} reports release ${rustc.release}, the manifest ${expected.release}`);
    }
    if (expected.commit && rustc.commitHash && !rustc.commitHash.startsWith(expected.commit)) {
        throw fail(`${shown(request.rustc)} reports commit ${rustc.commitHash}, the manifest ${expected.commit}`);
    }
    if (rustc.host !== request.host) {
        throw fail(`${shown(request.rustc)} reports host ${rustc.host}, not ${request.host}`);
    }
    if (!cargo)
        return { rustc };
    const cargoVersion = cargo.exitCode === 0 ? (0,probe_rustc/* parseCargoVersion */.u)(cargo.stdout) : undefined;
    if (!cargoVersion) {
        throw fail(`${shown(request.cargo)} -V did not answer like cargo (${cargo.exitCode === 0 ? `it printed '${said(cargo.stdout)}'` : why(cargo)})`);
    }
    if (cargoVersion !== expected.release && cargoVersion !== request.cargoRelease) {
        throw fail(`${shown(request.cargo)} reports ${cargoVersion}, not ${expected.release}`);
    }
    return { rustc, cargoVersion };
}
/**
 * Why a complete-marked cache entry cannot be used, or undefined: checked with stat only (a cache hit spawns
 * nothing). The recorded binaries (older markers: rustc and cargo) and each component's manifest file must exist,
 * and the recorded release must fit the toolchain name.
 */
async function cachedEntryProblem(dir, marker, channel, fallbackBinaries) {
    const version = parseReleaseVersion(marker.rustVersion);
    const mismatch = version ? releaseMismatch(channel, version.release) : undefined;
    if (mismatch)
        return `holds ${marker.rustVersion}, which does not fit ${channel} (${mismatch})`;
    const files = [
        ...(marker.binaries ?? fallbackBinaries),
        ...marker.components.map((c) => `lib/rustlib/manifest-${c}`),
    ];
    for (const rel of files) {
        // Synchronous: a dozen stats in a row cost less than one thread-pool round trip each (see resolve/fs.ts).
        let ok = false;
        try {
            ok = (0,external_node_fs_.statSync)(external_node_path_default().join(dir, ...rel.split("/"))).isFile();
        }
        catch {
            // missing, or a path through a file (ENOTDIR): the entry is not whole
        }
        if (!ok)
            return `has no ${rel}`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ../toolchain/src/install/cached.ts
// The tool-cache side of an install, apart from the installer: a hit on an exact pin loads none of the download,
// unpack and verify code (setup loads install.ts only on a miss).







/** `nightly-2026-04-16` → channel "nightly", date "2026-04-16". */
function splitToolchain(toolchain) {
    const m = /^(.+)-(\d{4}-\d{2}-\d{2})$/.exec(toolchain);
    return m ? { channel: m[1], date: m[2] } : { channel: toolchain };
}
function manifestUrl(distServer, toolchain) {
    const { channel, date } = splitToolchain(toolchain);
    return `${distServer.replace(/\/+$/, "")}/dist${date ? `/${date}` : ""}/channel-rust-${channel}.toml`;
}
/** What the tool cache keys an install of `toolchain` (default: the one asked for) by, with the installer's defaults. */
function cacheRequestFor(options, toolchain = options.toolchain) {
    return {
        toolchain,
        host: options.host,
        profile: options.profile ?? "default",
        components: options.components ?? [],
        targets: options.targets ?? [],
    };
}
/**
 * The complete entry for `request` whose files are still there (stat only); otherwise null, and a damaged
 * entry's marker goes (unless `quiet`: a racing install is only asked whether it finished).
 */
async function lookupCached(options, request, quiet = false) {
    const hit = await findCached(options.toolCacheDir, request);
    if (!hit)
        return null;
    const exe = (options.platform ?? process.platform) === "win32" ? ".exe" : "";
    const { channel } = splitToolchain(options.toolchain);
    const problem = await cachedEntryProblem(hit.dir, hit.marker, channel, [
        `bin/rustc${exe}`,
        `bin/cargo${exe}`,
    ]);
    if (!problem)
        return hit;
    if (quiet)
        return null;
    (options.logger ?? silentLogger).info(`${options.toolchain}-${options.host}: the tool cache entry ${hit.dir} ${problem}; reinstalling`);
    (0,external_node_fs_.rmSync)(markerPath(options.toolCacheDir, hit.marker.key), { force: true });
    return null;
}
/** What an install found in the tool cache reports. */
function cachedInstall(options, hit, elapsedMs) {
    const name = `${options.toolchain}-${options.host}`;
    (options.logger ?? silentLogger).info(`${name}: found in the tool cache (${hit.dir})`);
    return {
        dir: hit.dir,
        name,
        // findCached found the marker under this key.
        cacheKey: hit.marker.key,
        cacheHit: true,
        rustVersion: hit.marker.rustVersion,
        components: hit.marker.components,
        manifestUrl: manifestUrl(options.distServer ?? UPSTREAM_DIST_SERVER, options.toolchain),
        manifestSha256: hit.marker.manifestSha256,
        signature: "cached",
        packages: [],
        bytesDownloaded: 0,
        timings: { manifestMs: 0, downloadMs: 0, installMs: 0, totalMs: elapsedMs },
        paths: (0,install_platform/* toolchainPaths */.gR)(hit.dir, options.platform ?? process.platform),
    };
}
/** An exact pin already in the tool cache, found without a request; null for a miss or a floating channel. */
async function findInstalled(options) {
    if (!isImmutableToolchain(options.toolchain))
        return null;
    const started = (0,clock/* monotonicMs */.d)();
    const hit = await lookupCached(options, cacheRequestFor(options));
    return hit ? cachedInstall(options, hit, (0,clock/* monotonicMs */.d)() - started) : null;
}

;// CONCATENATED MODULE: ../toolchain/src/install/component.ts
// Installing one component from an unpacked rust-installer package into the toolchain prefix, without install.sh:
// check `rust-installer-version` is 3, find the component's directory as rustup does (`<pkg>-<target>` first, then
// `<pkg>`), and move exactly what `<component>/manifest.in` lists (`file:` and `dir:` lines) into place.



async function readText(file, archive, what) {
    try {
        return await (0,promises_.readFile)(file, "utf8");
    }
    catch {
        throw new errors/* CorruptArchiveError */.sC(`${archive} is not a rust-installer package: it has no ${what}`);
    }
}
/** A `manifest.in` path must stay below the prefix, like an archive entry. */
function checkManifestPath(rel, archive) {
    const parts = rel.split("/").filter((p) => p !== "" && p !== ".");
    if (parts.length === 0 ||
        rel.startsWith("/") ||
        /^[A-Za-z]:/.test(rel) ||
        rel.includes("\\") ||
        parts.includes("..")) {
        throw new errors/* UnsafeArchiveError */.td(`refusing manifest.in path '${rel}' in ${archive}: it would leave the toolchain`);
    }
    return parts;
}
async function exists(p) {
    return (0,promises_.stat)(p).then(() => true, () => false);
}
/** Moves a directory tree, merging into directories another component already created. */
async function moveTree(src, dst, conflict) {
    if (!(await exists(dst))) {
        await (0,promises_.mkdir)(external_node_path_default().dirname(dst), { recursive: true });
        await (0,promises_.rename)(src, dst);
        return;
    }
    const [s, d] = await Promise.all([(0,promises_.stat)(src), (0,promises_.stat)(dst)]);
    if (!s.isDirectory() || !d.isDirectory())
        throw conflict(dst);
    for (const name of await (0,promises_.readdir)(src)) {
        await moveTree(external_node_path_default().join(src, name), external_node_path_default().join(dst, name), conflict);
    }
}
async function installComponent(pkgDir, prefix, planned, archive) {
    const version = (await readText(external_node_path_default().join(pkgDir, "rust-installer-version"), archive, "rust-installer-version")).trim();
    if (version !== "3") {
        throw new errors/* CorruptArchiveError */.sC(`${archive} has unsupported rust-installer-version ${version} (expected 3)`);
    }
    const listed = (await readText(external_node_path_default().join(pkgDir, "components"), archive, "components file"))
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
    const dirName = [`${planned.pkg}-${planned.target}`, planned.pkg].find((c) => listed.includes(c));
    if (!dirName) {
        throw new errors/* CorruptArchiveError */.sC(`${archive} does not contain component ${planned.pkg} (it lists: ${listed.join(", ") || "nothing"})`);
    }
    const componentDir = external_node_path_default().join(pkgDir, dirName);
    const lines = (await readText(external_node_path_default().join(componentDir, "manifest.in"), archive, `${dirName}/manifest.in`))
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
    const conflict = (p) => new errors/* CorruptArchiveError */.sC(`component ${planned.componentId} from ${archive} would overwrite ${external_node_path_default().relative(prefix, p)}, ` +
        "which another component already installed");
    for (const line of lines) {
        const colon = line.indexOf(":");
        const kind = line.slice(0, colon);
        const rel = line.slice(colon + 1);
        if (kind !== "file" && kind !== "dir") {
            throw new errors/* CorruptArchiveError */.sC(`${archive}: unknown line '${line}' in ${dirName}/manifest.in`);
        }
        const parts = checkManifestPath(rel, archive);
        const src = external_node_path_default().join(componentDir, ...parts);
        const dst = external_node_path_default().join(prefix, ...parts);
        if (!(await exists(src))) {
            throw new errors/* CorruptArchiveError */.sC(`${archive}: ${dirName}/manifest.in lists ${rel}, which the archive does not contain`);
        }
        if (kind === "file") {
            if (await exists(dst))
                throw conflict(dst);
            await (0,promises_.mkdir)(external_node_path_default().dirname(dst), { recursive: true });
            await (0,promises_.rename)(src, dst);
        }
        else {
            await moveTree(src, dst, conflict);
        }
    }
    const rustlib = external_node_path_default().join(prefix, "lib", "rustlib");
    await (0,promises_.mkdir)(rustlib, { recursive: true });
    await (0,promises_.writeFile)(external_node_path_default().join(rustlib, `manifest-${planned.componentId}`), lines.map((l) => `${l}\n`).join(""));
    return { componentId: planned.componentId, pkg: planned.pkg, target: planned.target, lines };
}
/** The files rustup keeps in `lib/rustlib/` so that a later `rustup` sees an ordinary installed toolchain. */
async function writeRustupMetadata(prefix, components, manifestText) {
    const rustlib = external_node_path_default().join(prefix, "lib", "rustlib");
    await (0,promises_.mkdir)(rustlib, { recursive: true });
    const config = ['config_version = "1"', ""];
    for (const c of components) {
        config.push("[[components]]", `pkg = "${c.pkg}"`);
        if (c.target !== "*")
            config.push(`target = "${c.target}"`);
        config.push("is_extension = false", "");
    }
    await Promise.all([
        (0,promises_.writeFile)(external_node_path_default().join(rustlib, "rust-installer-version"), "3\n"),
        (0,promises_.writeFile)(external_node_path_default().join(rustlib, "components"), components.map((c) => `${c.componentId}\n`).join("")),
        (0,promises_.writeFile)(external_node_path_default().join(rustlib, "multirust-channel-manifest.toml"), manifestText),
        (0,promises_.writeFile)(external_node_path_default().join(rustlib, "multirust-config.toml"), config.join("\n")),
    ]);
}

// EXTERNAL MODULE: ../toolchain/src/install/http.ts
var http = __webpack_require__(1337);
// EXTERNAL MODULE: ../../node_modules/.pnpm/smol-toml@1.9.1/node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3069);
;// CONCATENATED MODULE: ../toolchain/src/install/manifest.ts
// Parsing and validating a v2 channel manifest (`channel-rust-<channel>.toml`), following rustup's
// `src/dist/manifest.rs`: only manifest-version "2", unknown keys ignored, a package whose `target` table has the
// single key "*" matches every target, a url is usable only together with its hash, `available = false` wins.


function table(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value)
        ? value
        : undefined;
}
function str(value) {
    return typeof value === "string" ? value : undefined;
}
function refs(value, where) {
    if (value === undefined)
        return [];
    if (!Array.isArray(value))
        throw new errors/* ManifestError */.Sh(`${where} must be an array of tables`);
    return value.map((item, i) => {
        const t = table(item);
        const pkg = str(t?.pkg);
        const target = str(t?.target);
        if (!pkg || !target)
            throw new errors/* ManifestError */.Sh(`${where}[${i}] needs string keys 'pkg' and 'target'`);
        return { pkg, target };
    });
}
function targeted(value, where) {
    const available = value.available === true;
    const pair = (urlKey, hashKey) => {
        const url = str(value[urlKey]);
        const hash = str(value[hashKey]);
        return available && url && hash ? { url, hash: hash.toLowerCase() } : undefined;
    };
    const gz = pair("url", "hash");
    const xz = pair("xz_url", "xz_hash");
    return {
        available,
        ...(gz ? { gz } : {}),
        ...(xz ? { xz } : {}),
        components: refs(value.components, `${where}.components`),
        extensions: refs(value.extensions, `${where}.extensions`),
    };
}
/** Parses and validates a channel manifest; `source` (a URL or path) goes into every error message. */
function parseChannelManifest(text, source) {
    let doc;
    try {
        doc = (0,dist.parse)(text);
    }
    catch (error) {
        const detail = error instanceof dist.TomlError ? error.message.split("\n")[0] : String(error);
        throw new errors/* ManifestError */.Sh(`the channel manifest from ${source} is not valid TOML: ${detail}`);
    }
    const version = doc["manifest-version"];
    if (version !== "2") {
        throw new errors/* ManifestError */.Sh(`the channel manifest from ${source} has manifest-version ${JSON.stringify(version)}; only "2" is supported`);
    }
    const date = str(doc.date);
    if (!date)
        throw new errors/* ManifestError */.Sh(`the channel manifest from ${source} has no 'date'`);
    const packages = new Map();
    for (const [name, raw] of Object.entries(table(doc.pkg) ?? {})) {
        const pkgTable = table(raw);
        if (!pkgTable)
            continue;
        const targets = new Map();
        for (const [target, t] of Object.entries(table(pkgTable.target) ?? {})) {
            const tt = table(t);
            if (tt)
                targets.set(target, targeted(tt, `pkg.${name}.target.${target}`));
        }
        const pkgVersion = str(pkgTable.version);
        packages.set(name, { ...(pkgVersion ? { version: pkgVersion } : {}), targets });
    }
    const renames = new Map();
    for (const [from, raw] of Object.entries(table(doc.renames) ?? {})) {
        const to = str(table(raw)?.to);
        if (!to || !packages.has(to)) {
            throw new errors/* ManifestError */.Sh(`server sent a broken manifest (${source}): missing package for the target of a rename ${from}`);
        }
        renames.set(from, to);
    }
    const profiles = new Map();
    for (const [name, raw] of Object.entries(table(doc.profiles) ?? {})) {
        if (Array.isArray(raw) && raw.every((x) => typeof x === "string"))
            profiles.set(name, raw);
    }
    // rustup rejects a manifest whose rust package points at packages it does not describe.
    for (const [host, t] of packages.get("rust")?.targets ?? []) {
        for (const ref of [...t.components, ...t.extensions]) {
            if (!packages.get(ref.pkg)?.targets.has(ref.target)) {
                throw new errors/* ManifestError */.Sh(`server sent a broken manifest (${source}): pkg.rust.target.${host} lists ${ref.pkg} for ${ref.target}, ` +
                    `which has no [pkg.${ref.pkg}.target.${ref.target}] table`);
            }
        }
    }
    return { date, packages, renames, profiles };
}
/** The package's entry for a target, honouring the wildcard rule (a lone "*" key matches every target). */
function packageForTarget(pkg, target) {
    const keys = [...pkg.targets.keys()];
    if (keys.length === 1 && keys[0] === "*")
        return pkg.targets.get("*");
    return pkg.targets.get(target);
}
/** `rustc --version` tail of the release, e.g. "1.95.0 (59807616e 2026-04-14)". */
function rustVersion(manifest) {
    return manifest.packages.get("rust")?.version;
}

;// CONCATENATED MODULE: ../toolchain/src/install/plan.ts
// Which packages a request needs, resolved like rustup's `try_update_from_dist_`: the profile's members that the
// host's `rust` package offers (others are silently dropped, e.g. rust-mingw off windows-gnu), the requested
// components through `[renames]`, and `rust-std` for every extra target. Pure: no I/O.



/** Mirrors rewrite the literal upstream prefix, exactly as rustup's `DownloadCfg::url` does. */
function rewriteDistUrl(url, distServer) {
    const server = distServer.replace(/\/+$/, "");
    return url.startsWith(UPSTREAM_DIST_SERVER) ? server + url.slice(UPSTREAM_DIST_SERVER.length) : url;
}
function componentId(ref) {
    return ref.target === "*" ? ref.pkg : `${ref.pkg}-${ref.target}`;
}
function unavailable(name, target, request) {
    const message = `component '${name}' for target '${target}' is unavailable for download for channel '${request.toolchain}'`;
    // Missing for the host itself: this release has no (complete) build for this machine.
    return target === request.host ? new errors/* HostUnsupportedError */.g3(message) : new errors/* ComponentUnavailableError */.Eb(message);
}
function pick(entry, request) {
    const order = request.compression === "xz" ? ["xz", "gz"] : ["gz", "xz"];
    for (const kind of order) {
        const bin = entry[kind];
        if (bin)
            return { url: rewriteDistUrl(bin.url, request.distServer), sha256: bin.hash, compression: kind };
    }
    return undefined;
}
function planInstall(manifest, request) {
    const { host, toolchain } = request;
    const rust = manifest.packages.get("rust");
    const rustHost = rust?.targets.get(host);
    if (!rustHost) {
        throw new errors/* HostUnsupportedError */.g3(`toolchain ${toolchain} is not available for host ${host} (no pkg.rust.target.${host} in ${request.manifestUrl})`);
    }
    const offered = [...rustHost.components, ...rustHost.extensions];
    const wanted = [];
    const add = (ref) => {
        if (!wanted.some((w) => w.pkg === ref.pkg && w.target === ref.target))
            wanted.push(ref);
    };
    const profile = manifest.profiles.get(request.profile);
    if (manifest.profiles.size > 0 && !profile) {
        throw new errors/* ComponentUnavailableError */.Eb(`profile '${request.profile}' is not offered by channel '${toolchain}' ` +
            `(available: ${[...manifest.profiles.keys()].join(", ")})`);
    }
    // Old manifests without [profiles]: rustup installs the rust package's non-extension components.
    const members = profile ?? rustHost.components.map((c) => c.pkg);
    for (const name of members) {
        const ref = offered.find((o) => o.pkg === name && (o.target === host || o.target === "*"));
        if (ref)
            add(ref);
    }
    for (const requested of request.components) {
        const name = manifest.renames.get(requested) ?? requested;
        const pkg = manifest.packages.get(name);
        if (!pkg) {
            throw new errors/* ComponentUnavailableError */.Eb(`component '${requested}' is not known in channel '${toolchain}' (see \`rustup component list\` for names)`);
        }
        const wildcard = pkg.targets.size === 1 && pkg.targets.has("*");
        add({ pkg: name, target: wildcard ? "*" : host });
    }
    for (const target of request.targets) {
        if (target === host)
            continue;
        if (!manifest.packages.get("rust-std")?.targets.has(target)) {
            throw new errors/* ComponentUnavailableError */.Eb(`target '${target}' not found in channel '${toolchain}'. Perhaps check ` +
                "https://doc.rust-lang.org/nightly/rustc/platform-support.html for available targets");
        }
        add({ pkg: "rust-std", target });
    }
    return wanted.map((ref) => {
        const pkg = manifest.packages.get(ref.pkg);
        const entry = pkg && packageForTarget(pkg, ref.target === "*" ? host : ref.target);
        const bin = entry?.available ? pick(entry, request) : undefined;
        if (!bin)
            throw unavailable(ref.pkg, ref.target === "*" ? host : ref.target, request);
        return { pkg: ref.pkg, target: ref.target, componentId: componentId(ref), ...bin };
    });
}

;// CONCATENATED MODULE: ../toolchain/src/install/progress.ts

// Progress of the package downloads of one install, so a slow network does not look like a hang: bytes so far,
// rate and (once every package's size is known) the time left, said at most once per interval however many
// packages stream in parallel; and one line per package when it is done.

const DEFAULT_PROGRESS_INTERVAL_MS = 5000;
class DownloadProgress {
    logger;
    intervalMs;
    now;
    bytes;
    sizes;
    started;
    lastReport;
    constructor(packages, logger, intervalMs = DEFAULT_PROGRESS_INTERVAL_MS, now = clock/* monotonicMs */.d) {
        this.logger = logger;
        this.intervalMs = intervalMs;
        this.now = now;
        this.bytes = new Array(packages).fill(0);
        this.sizes = new Array(packages).fill(undefined);
    }
    /** Package `i` (re)starts from `offset` bytes; `size` is its whole length when the server said. */
    begin(i, offset, size) {
        this.started ??= this.now();
        this.lastReport ??= this.started;
        this.bytes[i] = offset;
        this.sizes[i] = size;
    }
    add(i, n) {
        this.bytes[i] = (this.bytes[i] ?? 0) + n;
        const t = this.now();
        if (this.lastReport === undefined || t - this.lastReport < this.intervalMs)
            return;
        this.lastReport = t;
        this.logger.info(this.line(t));
    }
    /** One line per package when it is in place. */
    done(name, bytes, ms) {
        this.logger.info(`${name}: ${(0,http/* formatBytes */.z3)(bytes)} in ${(ms / 1000).toFixed(1)} s`);
    }
    line(t) {
        const got = this.bytes.reduce((a, b) => a + b, 0);
        const seconds = Math.max((t - (this.started ?? t)) / 1000, 0.001);
        const rate = got / seconds;
        const known = this.sizes.every((s) => s !== undefined);
        const total = known ? this.sizes.reduce((a, b) => a + (b ?? 0), 0) : undefined;
        const parts = [`downloading: ${(0,http/* formatBytes */.z3)(got)}`];
        if (total !== undefined && total > 0) {
            parts[0] += ` of ${(0,http/* formatBytes */.z3)(total)} (${Math.floor((100 * got) / total)} %)`;
        }
        parts.push(`${(0,http/* formatBytes */.z3)(rate)}/s`);
        if (total !== undefined && rate > 0)
            parts.push(`about ${Math.ceil((total - got) / rate)} s left`);
        return parts.join(", ");
    }
}

// EXTERNAL MODULE: ../toolchain/src/install/signature.ts
var signature = __webpack_require__(8795);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ../toolchain/src/install/staging.ts
// The temporary directories an install assembles a toolchain in (`<toolCacheDir>/.tmp-<key>-XXXXXX`): each records
// its owner (pid, host, start), is removed when the process gets SIGINT/SIGTERM mid-install, and is swept before
// each install once its owner is gone — a process on this host that no longer runs, or, when that cannot be known
// (another host sharing the tool cache, no owner record), once it is older than any install could take.





const STAGING_PREFIX = ".tmp-";
const OWNER_FILE = "owner.json";
/** Older than this, a staging directory whose owner cannot be checked is litter (installs time out after 10 min). */
const DEFAULT_STALE_AFTER_MS = 6 * 3600_000;
const live = new Set();
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
function onSignal(signal) {
    for (const dir of live)
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    live.clear();
    const alone = process.listenerCount(signal) === 1;
    unlisten();
    // Nobody else handles the signal: die of it as we would have without this handler.
    if (alone)
        process.kill(process.pid, signal);
}
function listen() {
    for (const s of SIGNALS)
        process.on(s, onSignal);
}
function unlisten() {
    for (const s of SIGNALS)
        process.off(s, onSignal);
}
/** Creates a staging directory that records its owner and is removed if the process is interrupted. */
async function createStaging(toolCacheDir, key) {
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(toolCacheDir, `${STAGING_PREFIX}${key}-`));
    if (live.size === 0)
        listen();
    live.add(dir);
    const owner = { pid: process.pid, host: external_node_os_default().hostname(), startedAt: (0,clock/* isoTimestamp */.y)(new Date()) };
    try {
        // Written whole or not at all: a concurrent sweep must never read half a record.
        const partial = external_node_path_default().join(dir, `${OWNER_FILE}.tmp`);
        await (0,promises_.writeFile)(partial, `${JSON.stringify(owner)}\n`);
        await (0,promises_.rename)(partial, external_node_path_default().join(dir, OWNER_FILE));
    }
    catch (error) {
        await removeStaging(dir);
        throw error;
    }
    return dir;
}
async function removeStaging(dir) {
    await (0,promises_.rm)(dir, { recursive: true, force: true });
    live.delete(dir);
    if (live.size === 0)
        unlisten();
}
function running(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === "EPERM"; // alive, someone else's
    }
}
/** Why a staging directory is litter, or undefined while it may belong to a running install. */
async function staleness(dir, staleAfterMs, now) {
    const owner = await (0,promises_.readFile)(external_node_path_default().join(dir, OWNER_FILE), "utf8")
        .then((text) => JSON.parse(text))
        .catch(() => undefined);
    if (owner && typeof owner.pid === "number" && owner.host === external_node_os_default().hostname()) {
        if (!live.has(dir) && owner.pid !== process.pid && !running(owner.pid)) {
            return `its install (pid ${owner.pid}) is no longer running`;
        }
        if (owner.pid === process.pid && !live.has(dir))
            return "an earlier install of this process left it";
        return undefined;
    }
    const started = owner?.startedAt ? Date.parse(owner.startedAt) : (await (0,promises_.stat)(dir)).mtimeMs;
    const age = now - started;
    if (!(age > staleAfterMs))
        return undefined;
    return `it is ${Math.round(age / 3600_000)} h old${owner?.host ? ` (from host ${owner.host})` : ""}`;
}
/** Removes the staging directories of installs that can no longer finish; never one that may still be running. */
async function sweepStaleStaging(toolCacheDir, logger, staleAfterMs = DEFAULT_STALE_AFTER_MS) {
    const names = await (0,promises_.readdir)(toolCacheDir).catch(() => []);
    const removed = [];
    const now = Date.now();
    for (const name of names) {
        if (!name.startsWith(STAGING_PREFIX))
            continue;
        const dir = external_node_path_default().join(toolCacheDir, name);
        const why = await staleness(dir, staleAfterMs, now).catch(() => undefined);
        if (!why)
            continue;
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        logger.info(`removed ${dir} left by an interrupted install: ${why}`);
        removed.push(dir);
    }
    return removed;
}

;// CONCATENATED MODULE: ../toolchain/src/install/transport.ts
const MAX_REDIRECTS = 5;
/** The proxy variables as curl reads them: lowercase first; an empty value means "none". */
function proxyVariable(env, name) {
    return env[name.toLowerCase()] || env[name.toUpperCase()] || undefined;
}
/** A transport with its own connection pool, honouring the proxy variables of `env`. */
function undiciTransport(options = {}) {
    const env = options.env ?? process.env;
    const timeout = options.timeoutMs ?? 30_000;
    const httpProxy = proxyVariable(env, "http_proxy");
    const httpsProxy = proxyVariable(env, "https_proxy");
    const noProxy = proxyVariable(env, "no_proxy");
    // Loaded on the first request: a tool-cache hit downloads nothing and should not pay for undici's start.
    // node:http too: only its status texts are wanted, and only once something is downloaded.
    let loaded;
    const load = () => (loaded ??= Promise.all([__webpack_require__.e(/* import() */ 345).then(__webpack_require__.t.bind(__webpack_require__, 5345, 19)), Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7067, 23))]).then(([{ EnvHttpProxyAgent, request }, http]) => ({
        request,
        statusCodes: http.STATUS_CODES,
        dispatcher: new EnvHttpProxyAgent({
            // Explicit, so a variable unset in `env` is not read from process.env instead.
            httpProxy: httpProxy ?? "",
            httpsProxy: httpsProxy ?? httpProxy ?? "",
            noProxy: noProxy ?? "",
            connect: { timeout },
            headersTimeout: timeout,
            // The installer's idle timer aborts a stalled body; this is the backstop for one that never gets a byte.
            bodyTimeout: 2 * timeout,
        }),
    })));
    return async (url, signal, headers = {}) => {
        const parsed = new URL(url);
        if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
            throw new TypeError(`unsupported URL scheme in ${url} (only http and https)`);
        }
        const { request, dispatcher, statusCodes } = await load();
        const response = await request(parsed, {
            method: "GET",
            signal,
            dispatcher,
            maxRedirections: MAX_REDIRECTS,
            headers: { "user-agent": "oxidize-setup-rust", ...headers },
        });
        // An abort (the attempt's idle timer, a failed sibling download) destroys a body nobody may be reading yet:
        // without a listener that is an uncaught 'error'. A reader still sees the error through its iterator.
        response.body.on("error", () => { });
        const header = (name) => {
            const value = response.headers[name];
            return Array.isArray(value) ? value[0] : value;
        };
        const length = Number(header("content-length"));
        const contentRange = header("content-range");
        const validator = header("etag") ?? header("last-modified");
        return {
            status: response.statusCode,
            statusText: statusCodes[response.statusCode] ?? "",
            ...(Number.isFinite(length) ? { contentLength: length } : {}),
            ...(contentRange ? { contentRange } : {}),
            ...(validator ? { validator } : {}),
            body: response.body,
            discard: () => response.body.destroy(),
        };
    };
}
function fetchTransport(fetchImpl) {
    return async (url, signal, headers = {}) => {
        const response = await fetchImpl(url, { signal, redirect: "follow", headers });
        const length = Number(response.headers.get("content-length") ?? Number.NaN);
        const contentRange = response.headers.get("content-range");
        const validator = response.headers.get("etag") ?? response.headers.get("last-modified");
        const body = response.body;
        return {
            status: response.status,
            statusText: response.statusText,
            ...(Number.isFinite(length) ? { contentLength: length } : {}),
            ...(contentRange ? { contentRange } : {}),
            ...(validator ? { validator } : {}),
            body: body
                ? {
                    async *[Symbol.asyncIterator]() {
                        const reader = body.getReader();
                        try {
                            for (;;) {
                                const { done, value } = await reader.read();
                                if (done)
                                    return;
                                yield value;
                            }
                        }
                        finally {
                            reader.cancel().catch(() => { });
                        }
                    },
                }
                : (async function* () { })(),
            discard: () => {
                body?.cancel().catch(() => { });
            },
        };
    };
}

;// CONCATENATED MODULE: ../toolchain/src/install/install.ts
// Installs a Rust toolchain from a dist server without rustup: manifest (+ .sha256, optional .asc) → plan → every
// package downloaded in parallel, hashed and unpacked while it streams → components moved into a staging prefix
// next to the destination → one rename into the tool cache → completeness marker. Any failure removes the staging
// directory, so the cache never holds half a toolchain.


















const DEFAULT_LIMITS = {
    manifestBytes: 16 << 20,
    signatureBytes: 64 << 10,
    archiveBytes: 4 * 2 ** 30,
    unpackedBytes: 4 * 2 ** 30,
    unpackRatio: 20,
    unpackSlackBytes: 16 << 20,
};
class ManifestChecksumError extends errors/* ChecksumError */.Al {
    // The CDN may be mid-update (rustup#3390): fetching .sha256 and manifest again usually fixes it.
    retryable = true;
}
async function fetchManifest(options, ctx, server) {
    const url = manifestUrl(server, options.toolchain);
    // No manifest at all: the release or channel does not exist on this server (a typo, a version not yet out),
    // whatever the host; only a manifest without this host says "no toolchain for this host".
    const notAvailable = (what) => new errors/* NotAvailableError */.Xj(`toolchain ${options.toolchain} does not exist on ${server} (404 from ${what}); check the toolchain name`);
    // The signature is fetched while the manifest downloads: one round trip less on the critical path.
    const limits = { ...DEFAULT_LIMITS, ...options.limits };
    const small = (what) => ({
        maxBytes: limits.signatureBytes,
        what,
        why: "real ones are under 1 KiB",
    });
    const manifestLimit = {
        maxBytes: limits.manifestBytes,
        what: "the channel manifest",
        why: "real ones are under 1 MiB",
    };
    const mode = options.verifySignature ?? "auto";
    const key = mode === "never" ? null : await releaseKey(options);
    const asc = key
        ? (0,http/* fetchBytes */.ci)(`${url}.asc`, `signature ${url}.asc`, ctx, small("a signature"))
        : Promise.resolve(null);
    asc.catch(() => { }); // awaited below; a manifest failure must not leave it unhandled
    const { text, sha256 } = await (0,http/* withRetry */.bD)(`channel manifest ${url}`, ctx, async () => {
        // Both in parallel: one round trip instead of two (rustup fetches them one after the other).
        const [sums, body] = await Promise.all([
            (0,http/* getBounded */.or)(`${url}.sha256`, ctx, small("a checksum file")),
            (0,http/* getBounded */.or)(url, ctx, manifestLimit),
        ]);
        if (!sums)
            throw notAvailable(`${url}.sha256`);
        if (!body)
            throw notAvailable(url);
        const expected = /^[0-9a-fA-F]{64}/.exec(sums.toString("utf8").trim())?.[0]?.toLowerCase();
        if (!expected)
            throw new errors/* InstallError */.sy(`${url}.sha256 does not start with a sha256 hex digest`);
        // Loaded on use, not at start-up: a cache hit never needs it.
        const actual = process.getBuiltinModule("node:crypto").createHash("sha256").update(body).digest("hex");
        if (actual !== expected)
            throw new ManifestChecksumError("the channel manifest", url, expected, actual);
        return { text: body.toString("utf8"), sha256: actual };
    });
    const signature = await checkSignature(mode, key, asc, ctx, url, Buffer.from(text, "utf8"));
    return { url, text, sha256, manifest: parseChannelManifest(text, url), signature };
}
async function releaseKey(options) {
    if (options.releaseKey !== undefined) {
        return (0,signature/* loadReleaseKey */.z$)(options.releaseKey, options.releaseKeyFingerprint ?? signature/* RUST_RELEASE_KEY_FINGERPRINT */.OB, "the release key passed in");
    }
    return (0,signature/* loadShippedReleaseKey */.ue)();
}
async function checkSignature(mode, key, ascFetch, ctx, url, body) {
    if (mode === "never")
        return "skipped";
    if (!key) {
        const message = "no Rust release key is available to check the manifest signature " +
            "(see packages/toolchain/keys/README.md)";
        if (mode === "always")
            throw new errors/* SignatureError */.VA(`verify-signature is 'always' but ${message}`);
        ctx.logger.warning(`${message}; relying on the sha256 chain only`);
        return "no-key";
    }
    const asc = await ascFetch;
    if (!asc) {
        if (mode === "always")
            throw new errors/* SignatureError */.VA(`${url}.asc is missing (404) and verify-signature is 'always'`);
        ctx.logger.warning(`${url}.asc is missing (404); the manifest's signature was not checked`);
        return "missing";
    }
    await (0,signature/* verifyDetachedSignature */.Ko)(body, asc.toString("utf8"), key, url);
    ctx.logger.info(`manifest signature verified with key ${key.fingerprint}`);
    return "verified";
}
/**
 * Downloads one package into its own directory, unpacking as it streams. A connection that breaks after some bytes
 * is resumed with a Range request (guarded by If-Range), feeding the same hash and unpacker, so the hash still
 * covers every byte in order; a server that answers the resume with the whole file (200) starts a fresh directory
 * and hash.
 */
async function downloadPackage(planned, index, staging, options, ctx, progress) {
    const archive = planned.url.slice(planned.url.lastIndexOf("/") + 1);
    let generation = 0;
    let dir = "";
    let sink;
    let validator;
    let resumed = 0;
    const fresh = async () => {
        sink?.abort();
        if (dir)
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        dir = external_node_path_default().join(staging, `pkg-${index}-${generation++}`);
        await (0,promises_.mkdir)(dir, { recursive: true });
        // tar and the xz decoder (WASM) load on the first download only: a cache hit never needs them.
        const { createUnpackSink } = await Promise.all(/* import() */[__webpack_require__.e(23), __webpack_require__.e(877)]).then(__webpack_require__.bind(__webpack_require__, 8877));
        sink = createUnpackSink({
            destDir: dir,
            compression: planned.compression,
            archive,
            keepModes: (0,install_platform/* keepsFileModes */.fH)(options.platform ?? process.platform),
            limits: { ...DEFAULT_LIMITS, ...options.limits },
        });
        validator = undefined;
    };
    try {
        return await (0,http/* withRetry */.bD)(`download of ${archive}`, ctx, async () => {
            const offset = sink?.bytes ?? 0;
            const range = offset > 0 && validator ? { offset, ifRange: validator } : undefined;
            if (!range)
                await fresh();
            const got = await (0,http/* streamOnce */.Q7)(planned.url, ctx, (chunk) => {
                progress.add(index, chunk.length);
                return sink.write(chunk);
            }, range, async (head) => {
                if (range) {
                    if (head.status === 206) {
                        if (head.contentRange?.startsWith(`bytes ${range.offset}-`)) {
                            resumed++;
                            ctx.logger.info(`${archive}: resuming at byte ${range.offset}`);
                            const rest = head.contentLength;
                            progress.begin(index, range.offset, rest === undefined ? undefined : range.offset + rest);
                            return;
                        }
                        validator = undefined; // the next attempt starts over
                        throw new errors/* DownloadError */.nV(`GET ${planned.url}: asked to resume at byte ${range.offset}, got ${head.contentRange ?? "no Content-Range"}`, planned.url, 206);
                    }
                    await fresh(); // the server sent the whole file (it changed, or ignores ranges): start over
                }
                progress.begin(index, 0, head.contentLength);
                validator = head.validator;
            });
            if (got === null) {
                throw new errors/* NotAvailableError */.Xj(`toolchain ${options.toolchain} is not available for host ${options.host} (404 from ${planned.url})`);
            }
            const outcome = await sink.finish();
            if (outcome.sha256 !== planned.sha256) {
                throw new errors/* ChecksumError */.Al(`package ${planned.pkg} for ${planned.target}`, planned.url, planned.sha256, outcome.sha256);
            }
            if (outcome.error)
                throw outcome.error;
            return { dir, bytes: outcome.bytes, resumed };
        });
    }
    catch (error) {
        sink?.abort();
        if (dir)
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        throw error;
    }
}
/**
 * Renames the assembled toolchain to `dest`. Never deletes a complete toolchain (one with its marker), which
 * another process may be using; a directory without its marker is the remains of an interrupted install and is
 * moved aside first. Returns false when a complete toolchain appeared at `dest` meanwhile.
 */
async function moveIntoPlace(prefix, dest, staging, complete) {
    for (let attempt = 0;; attempt++) {
        try {
            await (0,promises_.rename)(prefix, dest);
            return true;
        }
        catch (error) {
            const code = error.code;
            if (!["EEXIST", "ENOTEMPTY", "EPERM"].includes(code ?? "") || attempt >= 2) {
                throw new errors/* InstallError */.sy(`could not move the toolchain into ${dest}: ${(0,user_error/* errorMessage */.g)(error)}`, {
                    cause: error,
                });
            }
            if (await complete())
                return false;
            await (0,promises_.rename)(dest, external_node_path_default().join(staging, `stale-${attempt}`)).catch(() => { });
        }
    }
}
/** Runs `fn` over `items` with at most `limit` in flight; the first failure stops new work. */
async function pool(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    let failed = false;
    const worker = async () => {
        while (!failed && next < items.length) {
            const i = next++;
            try {
                results[i] = await fn(items[i], i);
            }
            catch (error) {
                failed = true;
                throw error;
            }
        }
    };
    const settled = await Promise.allSettled(Array.from({ length: Math.min(limit, items.length) }, worker));
    const rejected = settled.find((s) => s.status === "rejected");
    if (rejected)
        throw rejected.reason;
    return results;
}
async function installToolchain(options) {
    const now = options.now ?? clock/* monotonicMs */.d;
    const logger = options.logger ?? silentLogger;
    const platform = options.platform ?? process.platform;
    const server = options.distServer ?? UPSTREAM_DIST_SERVER;
    const { profile, components, targets } = cacheRequestFor(options);
    const name = `${options.toolchain}-${options.host}`;
    const t0 = now();
    const exe = platform === "win32" ? ".exe" : "";
    const lookup = (request, quiet = false) => lookupCached(options, request, quiet);
    const fromCache = (hit) => cachedInstall(options, hit, now() - t0);
    const pinned = await findInstalled(options);
    if (pinned)
        return pinned;
    const timeoutMs = options.timeoutMs ?? 600_000;
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(new errors/* InstallTimeoutError */.z0(`installing ${name} did not finish within ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
    const failFast = new AbortController();
    const signals = [deadline.signal, failFast.signal, ...(options.signal ? [options.signal] : [])];
    const ctx = {
        transport: options.fetch
            ? fetchTransport(options.fetch)
            : undiciTransport({ ...(options.env && { env: options.env }) }),
        retry: { ...http/* DEFAULT_RETRY */.vI, ...options.retry },
        idleTimeoutMs: options.idleTimeoutMs ?? 30_000,
        signal: AbortSignal.any(signals),
        logger,
        sleep: options.sleep ?? http/* abortableSleep */.Mf,
        random: options.random ?? Math.random,
    };
    let staging;
    try {
        const fetched = await fetchManifest(options, ctx, server);
        // Before any package is downloaded: a manifest for another release never gets near the cache.
        const release = checkManifestRelease(splitToolchain(options.toolchain), fetched.manifest, fetched.url);
        const tManifest = now();
        // A floating channel (stable, nightly, 1.95) is keyed by the manifest's date, so a cached copy of the same
        // release is found after one small request.
        const request = cacheRequestFor(options, isImmutableToolchain(options.toolchain)
            ? options.toolchain
            : `${options.toolchain}-${fetched.manifest.date}`);
        const key = cacheKey(request);
        const hit = await lookup(request);
        if (hit)
            return fromCache(hit);
        const plan = planInstall(fetched.manifest, {
            toolchain: options.toolchain,
            host: options.host,
            profile,
            components,
            targets,
            distServer: server,
            compression: options.compression ?? "gz",
            manifestUrl: fetched.url,
        });
        logger.info(`${name}: installing ${plan.map((p) => p.componentId).join(", ")}`);
        await (0,promises_.mkdir)(options.toolCacheDir, { recursive: true });
        await sweepStaleStaging(options.toolCacheDir, logger, options.staleTempAfterMs);
        staging = await createStaging(options.toolCacheDir, key);
        const prefix = external_node_path_default().join(staging, "toolchain");
        await (0,promises_.mkdir)(prefix);
        // Component moves touch shared directories (bin/, lib/rustlib/): one at a time, downloads stay parallel.
        let moving = Promise.resolve();
        const installed = new Array(plan.length);
        const packages = new Array(plan.length);
        const progress = new DownloadProgress(plan.length, logger, options.progressIntervalMs, now);
        await pool(plan, Math.max(1, options.concurrency ?? 4), async (planned, i) => {
            const stagingDir = staging;
            try {
                const tPackage = now();
                const { dir, bytes, resumed } = await downloadPackage(planned, i, stagingDir, options, ctx, progress);
                const archive = planned.url.slice(planned.url.lastIndexOf("/") + 1);
                const move = moving.then(() => installComponent(dir, prefix, planned, archive));
                moving = move.catch(() => { });
                installed[i] = await move;
                progress.done(planned.componentId, bytes, now() - tPackage);
                packages[i] = {
                    pkg: planned.pkg,
                    target: planned.target,
                    url: planned.url,
                    compression: planned.compression,
                    bytes,
                    resumed,
                };
                await (0,promises_.rm)(dir, { recursive: true, force: true });
            }
            catch (error) {
                failFast.abort(error);
                throw error;
            }
        });
        const tDownload = now();
        await writeRustupMetadata(prefix, installed, fetched.text);
        const dest = external_node_path_default().join(options.toolCacheDir, key);
        const binaries = installed.flatMap((c) => c.lines.filter((l) => l.startsWith("file:bin/")).map((l) => l.slice("file:".length)));
        // Before it can be marked complete, the toolchain must run and be the release the manifest describes.
        let checked;
        if (options.checkBinaries ?? platform === process.platform) {
            const paths = (0,install_platform/* toolchainPaths */.gR)(prefix, platform);
            const cargoRelease = fetched.manifest.packages.get("cargo")?.version;
            checked = await checkBinaries({
                name,
                host: options.host,
                rustc: paths.rustc,
                ...(binaries.includes(`bin/cargo${exe}`) && { cargo: paths.cargo }),
                expected: release,
                ...(cargoRelease !== undefined && { cargoRelease: parseReleaseVersion(cargoRelease)?.release }),
                shownDir: dest,
                stagingDir: prefix,
            });
        }
        if (!(await moveIntoPlace(prefix, dest, staging, () => lookup(request, true)))) {
            // Another process finished the same toolchain first: theirs is complete, ours is discarded with staging.
            const raced = await lookup(request, true);
            if (raced)
                return fromCache(raced);
        }
        const rustVer = rustVersion(fetched.manifest) ?? options.toolchain;
        await writeMarker(options.toolCacheDir, {
            key,
            request: cacheRequest(request),
            toolchain: options.toolchain,
            host: options.host,
            rustVersion: rustVer,
            components: installed.map((c) => c.componentId),
            binaries,
            manifestSha256: fetched.sha256,
            installedAt: (0,clock/* isoTimestamp */.y)(new Date()),
        });
        const tEnd = now();
        const bytesDownloaded = packages.reduce((sum, p) => sum + p.bytes, 0);
        logger.info(`${name}: installed ${installed.length} components (${(bytesDownloaded / 1e6).toFixed(1)} MB) ` +
            `in ${((tEnd - t0) / 1000).toFixed(2)} s`);
        return {
            dir: dest,
            name,
            cacheKey: key,
            cacheHit: false,
            rustVersion: rustVer,
            components: installed.map((c) => c.componentId),
            manifestUrl: fetched.url,
            manifestSha256: fetched.sha256,
            signature: fetched.signature,
            packages,
            bytesDownloaded,
            timings: {
                manifestMs: tManifest - t0,
                downloadMs: tDownload - tManifest,
                installMs: tEnd - tDownload,
                totalMs: tEnd - t0,
            },
            paths: (0,install_platform/* toolchainPaths */.gR)(dest, platform),
            ...(checked !== undefined && { checked }),
        };
    }
    finally {
        clearTimeout(timer);
        if (staging)
            await removeStaging(staging);
    }
}


/***/ }),

/***/ 8795:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_RELEASE_KEY_PATH: () => (/* binding */ DEFAULT_RELEASE_KEY_PATH),
/* harmony export */   Ko: () => (/* binding */ verifyDetachedSignature),
/* harmony export */   OB: () => (/* binding */ RUST_RELEASE_KEY_FINGERPRINT),
/* harmony export */   ue: () => (/* binding */ loadShippedReleaseKey),
/* harmony export */   z$: () => (/* binding */ loadReleaseKey)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _oxidize_core__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2587);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4750);
// Optional OpenPGP verification of the channel manifest's detached `.asc` signature. rustup dropped this in 1.26;
// together with the sha256 chain (manifest → package hashes) it authenticates every byte we install. The release
// key is pinned by fingerprint: whatever armored key we are given must be exactly that key.





/** "Rust Language (Tag and Release Signing Key) <rust-key@rust-lang.org>", rsa4096, created 2013-09-26. */
const RUST_RELEASE_KEY_FINGERPRINT = "108F66205EAEB0AAA8DD5E1C85AB96E6FA1BE5FE";
/** Where the repository ships the armored release key (see packages/toolchain/keys/README.md). */
const DEFAULT_RELEASE_KEY_PATH = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(import.meta.dirname, "..", "..", "keys", "rust-release-key.asc");
// openpgp.js is large: load it only when a signature is actually checked.
const pgp = () => __webpack_require__.e(/* import() */ 763).then(__webpack_require__.bind(__webpack_require__, 7763));
/**
 * Reads an armored public key and checks that its primary fingerprint is `expectedFingerprint`; a key file that
 * was swapped or mangled is an error, never a silent downgrade.
 */
async function loadReleaseKey(armored, expectedFingerprint = RUST_RELEASE_KEY_FINGERPRINT, source = "the release key") {
    const openpgp = await pgp();
    let key;
    try {
        key = await openpgp.readKey({ armoredKey: armored });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SignatureError */ .VA(`${source} is not an armored OpenPGP public key: ${(0,_oxidize_core__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .g)(error)}`);
    }
    const fingerprint = key.getFingerprint().toUpperCase();
    const expected = expectedFingerprint.replace(/\s+/g, "").toUpperCase();
    if (fingerprint !== expected) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SignatureError */ .VA(`${source} has fingerprint ${fingerprint}, but ${expected} is required`);
    }
    return { armored, fingerprint };
}
/** The shipped key file, or null when the repository does not ship one. */
async function loadShippedReleaseKey(file = DEFAULT_RELEASE_KEY_PATH) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        return null;
    return loadReleaseKey(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, "utf8"), RUST_RELEASE_KEY_FINGERPRINT, file);
}
async function verifyDetachedSignature(data, armoredSignature, key, what) {
    const openpgp = await pgp();
    try {
        const [verificationKeys, signature, message] = await Promise.all([
            openpgp.readKey({ armoredKey: key.armored }),
            openpgp.readSignature({ armoredSignature }),
            openpgp.createMessage({ binary: data }),
        ]);
        const result = await openpgp.verify({
            message,
            signature,
            verificationKeys,
            expectSigned: true,
            format: "binary",
        });
        await result.signatures[0]?.verified;
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SignatureError */ .VA(`the OpenPGP signature of ${what} does not verify with key ${key.fingerprint}: ${(0,_oxidize_core__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .g)(error)}`);
    }
}


/***/ })

};
