export const id = 263;
export const ids = [263];
export const modules = {

/***/ 6920:
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
/* harmony import */ var _oxidize_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6276);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2523);
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

/***/ 5263:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   installWithRustup: () => (/* binding */ installWithRustup)
/* harmony export */ });
/* unused harmony exports RUSTUP_RETRY, isTransientRustupFailure, rustupInstallArgs, linkIntoRustupHome */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _oxidize_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7319);
/* harmony import */ var _oxidize_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7272);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2523);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6920);
// The rustup path: `rustup toolchain install` with the flags CI needs (always --no-self-update), spawned without a
// shell; and `linkIntoRustupHome`, which makes a toolchain installed by `installToolchain` visible to rustup.






const RUSTUP_RETRY = { attempts: 3, baseDelayMs: 2000, maxDelayMs: 16_000 };
/**
 * rustup's words (1.29, src/errors.rs and the download crate) for failures another attempt can fix: a download
 * that broke off, timed out or got a 5xx/408/429, and a checksum mismatch (a CDN mid-update, rustup#3390). A 404
 * ("nonexistent rust version", a missing component) is not among them.
 */
const TRANSIENT = [
    /checksum failed for '/i,
    // a resume of a damaged partial download (416): rustup removed the file and itself says to try again
    /partially downloaded file may have been damaged and was removed, please try again/i,
    /error decoding response body/i,
    /timed out|timeout/i,
    /unsuccessful status code: (5\d\d|408|429)\b/i,
    /could not download file from '[^']*'(?![^\n]*unsuccessful status code)/i,
];
function isTransientRustupFailure(output) {
    if (/nonexistent rust version/i.test(output))
        return false;
    if (/please try again/i.test(output))
        return true;
    if (/unsuccessful status code: 4(?!08|29)\d\d/i.test(output))
        return false;
    return TRANSIENT.some((pattern) => pattern.test(output));
}
/** rustup's error and its causes (the lines from the first `error:` on): the rest was streamed as it ran. */
function errorLines(output) {
    const lines = output.trim().split(/\r?\n/);
    const first = lines.findIndex((line) => /^error\b/i.test(line.trim()));
    if (first < 0)
        return (0,_oxidize_core__WEBPACK_IMPORTED_MODULE_2__/* .lastLine */ .f)(output);
    // Up to a backtrace (RUST_BACKTRACE set in the job), which says nothing to the user.
    const end = lines.findIndex((line, i) => i > first && /^\s*stack backtrace:/i.test(line));
    return lines
        .slice(first, end < 0 ? undefined : end)
        .map((line) => line.trim())
        .filter(Boolean)
        .join(" ");
}
function failure(result) {
    if (result.timedOut)
        return `did not finish within ${Math.round(result.durationMs / 1000)} s`;
    return `exited with ${result.exitCode ?? result.signal}`;
}
function rustupInstallArgs(options) {
    const args = ["toolchain", "install", options.toolchain, "--no-self-update"];
    if (options.profile)
        args.push("--profile", options.profile);
    if (options.components?.length)
        args.push("--component", options.components.join(","));
    if (options.targets?.length)
        args.push("--target", options.targets.join(","));
    return args;
}
async function installWithRustup(options) {
    const rustup = options.rustup ?? "rustup";
    const env = options.env ?? process.env;
    const args = rustupInstallArgs(options);
    const started = (0,_oxidize_core__WEBPACK_IMPORTED_MODULE_3__/* .monotonicMs */ .d)();
    options.logger?.info(`running ${rustup} ${args.join(" ")}`);
    // Streamed as it runs: a download over a slow network must not look like a hang.
    const log = (line) => options.logger?.info(line);
    const run = () => (0,_oxidize_core__WEBPACK_IMPORTED_MODULE_2__/* .runProcess */ .R)(rustup, args, {
        env,
        timeoutMs: options.timeoutMs ?? 30 * 60_000,
        onStdoutLine: log,
        onStderrLine: log,
    });
    const retry = { ...RUSTUP_RETRY, ...options.retry };
    const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    let installed;
    for (let attempt = 1;; attempt++) {
        installed = await (options.logger?.untrusted ? options.logger.untrusted(run) : run());
        if (installed.startError !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RustupError */ .y_(`could not start ${rustup}: ${installed.startError} (is rustup installed and on PATH?)`);
        }
        if (installed.exitCode === 0)
            break;
        const why = errorLines(installed.output);
        // Our own timeout already spent the step's budget: only rustup's reported failures are retried.
        if (attempt >= retry.attempts || installed.timedOut || !isTransientRustupFailure(installed.output)) {
            const tries = attempt > 1 ? ` (after ${attempt} attempts)` : "";
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RustupError */ .y_(`${rustup} ${args.join(" ")} ${failure(installed)}${tries}: ${why}`);
        }
        const delay = (0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .backoffDelay */ .EY)(attempt, retry, Math.random);
        options.logger?.warning(`rustup failed with a transient error (${why}); retrying in ${(delay / 1000).toFixed(1)} s (${attempt}/${retry.attempts})`);
        await sleep(delay);
    }
    const sysroot = await (0,_oxidize_core__WEBPACK_IMPORTED_MODULE_2__/* .runProcess */ .R)(rustup, ["run", options.toolchain, "rustc", "--print", "sysroot"], {
        env,
        timeoutMs: 60_000,
    });
    if (sysroot.exitCode !== 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RustupError */ .y_(`rustup run ${options.toolchain} rustc --print sysroot ${failure(sysroot)}: ${(0,_oxidize_core__WEBPACK_IMPORTED_MODULE_2__/* .lastLine */ .f)(sysroot.output)}`);
    }
    return {
        dir: sysroot.stdout.trim(),
        args,
        durationMs: (0,_oxidize_core__WEBPACK_IMPORTED_MODULE_3__/* .monotonicMs */ .d)() - started,
        output: installed.output,
    };
}
/**
 * Makes `$RUSTUP_HOME/toolchains/<name>` point at an installed toolchain (a symlink; a junction on Windows) and
 * records rustup's update hash (first 20 hex digits of the manifest sha256), so that a later
 * `rustup toolchain install <toolchain>` is a one-request no-op instead of a reinstall.
 */
async function linkIntoRustupHome(options) {
    const p = pathApi(options.platform ?? process.platform);
    const toolchains = p.join(options.rustupHome, "toolchains");
    const link = p.join(toolchains, options.name);
    await mkdir(toolchains, { recursive: true });
    // Made under a temporary name and renamed over the old link: atomic, so concurrent links never hit EEXIST.
    const temp = `${link}.tmp-${process.pid}-${randomHex(4)}`;
    await symlink(path.resolve(options.dir), temp, (options.platform ?? process.platform) === "win32" ? "junction" : "dir");
    try {
        await rename(temp, link);
    }
    catch {
        // A real directory (or, on Windows, any existing junction) cannot be renamed over: remove it first.
        await rm(link, { recursive: true, force: true });
        await rename(temp, link).catch(async (error) => {
            await rm(temp, { force: true });
            throw error;
        });
    }
    if (options.manifestSha256) {
        const hashes = p.join(options.rustupHome, "update-hashes");
        await mkdir(hashes, { recursive: true });
        const file = p.join(hashes, options.name);
        const tempHash = `${file}.tmp-${process.pid}-${randomHex(4)}`;
        await writeFile(tempHash, options.manifestSha256.slice(0, 20));
        await rename(tempHash, file);
    }
    return link;
}


/***/ })

};
