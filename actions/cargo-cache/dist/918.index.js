export const id = 918;
export const ids = [918];
export const modules = {

/***/ 9918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CHECKS_PERMISSION_HINT: () => (/* binding */ CHECKS_PERMISSION_HINT),
  buildAggregateCheckRun: () => (/* reexport */ buildAggregateCheckRun),
  buildCheckRun: () => (/* reexport */ buildCheckRun),
  checkTarget: () => (/* binding */ checkTarget),
  octokitClient: () => (/* binding */ octokitClient),
  publishCheck: () => (/* binding */ publishCheck)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ../../node_modules/.pnpm/@actions+core@3.0.1_patch_hash=b0299354385b9b569000094bfe5a9e3d067c445ac82dadbfefc5ebadfdae09b2/node_modules/@actions/core/lib/core.js + 6 modules
var core = __webpack_require__(471);
// EXTERNAL MODULE: ../../packages/core/src/user-error.ts
var user_error = __webpack_require__(6276);
;// CONCATENATED MODULE: ../../packages/report/src/head-sha.ts
/** Events whose GITHUB_SHA is a merge commit the pull request page never shows. */
const PULL_REQUEST_EVENTS = new Set([
    "pull_request",
    "pull_request_target",
    "pull_request_review",
    "pull_request_review_comment",
]);
/**
 * The commit a check run must be attached to so it shows on the pull request: for pull request
 * events that is the PR's head commit (GITHUB_SHA is the test merge commit, or the base branch
 * for `pull_request_target`); for everything else, GITHUB_SHA.
 */
function headShaFor(eventName, payload, githubSha) {
    if (!PULL_REQUEST_EVENTS.has(eventName))
        return githubSha;
    const sha = payload?.pull_request?.head?.sha;
    return typeof sha === "string" && sha !== "" ? sha : githubSha;
}

;// CONCATENATED MODULE: ../../packages/report/src/publish-check-run.ts

function header(response, name) {
    const value = response.headers[name];
    return value === undefined ? undefined : String(value);
}
function apiMessage(data) {
    if (typeof data === "object" && data !== null && "message" in data && typeof data.message === "string") {
        const errors = "errors" in data && Array.isArray(data.errors) ? data.errors : [];
        const details = errors.map((e) => (typeof e === "string" ? e : JSON.stringify(e)));
        return [data.message, ...details].join("; ");
    }
    return typeof data === "string" && data !== "" ? data : "no message";
}
/**
 * How long to wait before retrying, or undefined when the response is final. Follows GitHub's
 * guidance: Retry-After when given; primary limit exhausted → until x-ratelimit-reset;
 * a secondary limit without a hint → at least a minute; 5xx → exponential back-off.
 */
function retryDelayMs(response, attempt, baseDelayMs, now) {
    const { status } = response;
    const retryAfter = header(response, "retry-after");
    const remaining = header(response, "x-ratelimit-remaining");
    const limited = status === 429 || (status === 403 && (retryAfter !== undefined || remaining === "0"));
    const secondary = status === 403 && /secondary rate limit/i.test(apiMessage(response.data));
    if (!limited && !secondary && status < 500)
        return undefined;
    if (retryAfter !== undefined) {
        const seconds = Number(retryAfter);
        if (Number.isFinite(seconds))
            return Math.max(0, seconds * 1000);
        const date = Date.parse(retryAfter);
        if (Number.isFinite(date))
            return Math.max(0, date - now);
    }
    const reset = Number(header(response, "x-ratelimit-reset"));
    if (remaining === "0" && Number.isFinite(reset))
        return Math.max(0, reset * 1000 - now);
    if (secondary || status === 429)
        return 60_000;
    return baseDelayMs * 2 ** (attempt - 1);
}
async function send(client, method, path, body, options) {
    let requests = 0;
    let last = { requests };
    for (let attempt = 1; attempt <= options.maxAttempts; attempt++) {
        let wait;
        requests++;
        try {
            const response = await client.request(method, path, body);
            last = { response, requests };
            if (response.status < 400)
                return last;
            wait = retryDelayMs(response, attempt, options.baseDelayMs, options.now());
            if (wait === undefined)
                return last;
        }
        catch (error) {
            last = { error: (0,user_error/* errorMessage */.g)(error), requests };
            if (error?.retry === false)
                return last;
            wait = options.baseDelayMs * 2 ** (attempt - 1);
        }
        if (wait > options.maxWaitMs) {
            const why = `GitHub asked to wait ${Math.ceil(wait / 1000)} s, longer than the ${Math.ceil(options.maxWaitMs / 1000)} s this step will wait`;
            return { ...last, error: last.error ? `${last.error}; ${why}` : why };
        }
        if (attempt < options.maxAttempts)
            await options.sleep(wait);
    }
    return last;
}
/** "HTTP 403: Resource not accessible by integration", or the transport error. */
function describeFailure(attempt) {
    if (attempt.response) {
        const base = `HTTP ${attempt.response.status}: ${apiMessage(attempt.response.data)}`;
        return attempt.error ? `${base} (${attempt.error})` : base;
    }
    return attempt.error ?? "no response";
}
function isPermissionDenied(response) {
    if (!response)
        return false;
    if (response.status === 404)
        return true;
    return (response.status === 403 &&
        header(response, "retry-after") === undefined &&
        header(response, "x-ratelimit-remaining") !== "0" &&
        !/rate limit/i.test(apiMessage(response.data)));
}
/**
 * Creates the check run, then appends the remaining annotation batches. Never throws: a token
 * that may not write checks (403/404) or an API that keeps failing yields `published: false`.
 */
async function publishCheckRun(client, plan, options) {
    const settings = {
        sleep: options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
        maxAttempts: options.maxAttempts ?? 4,
        maxWaitMs: options.maxWaitMs ?? 60_000,
        baseDelayMs: options.baseDelayMs ?? 1000,
        now: options.now ?? Date.now,
    };
    const base = `/repos/${encodeURIComponent(options.owner)}/${encodeURIComponent(options.repo)}/check-runs`;
    let requests = 0;
    try {
        const created = await send(client, "POST", base, plan.create, settings);
        requests += created.requests;
        const response = created.response;
        if (!response || response.status >= 300) {
            return {
                published: false,
                reason: describeFailure(created),
                ...(response ? { status: response.status } : {}),
                permissionDenied: isPermissionDenied(response),
                requests,
            };
        }
        const data = (response.data ?? {});
        const id = Number(data.id);
        if (!Number.isInteger(id)) {
            return {
                published: false,
                reason: `HTTP ${response.status} without a check run id`,
                status: response.status,
                permissionDenied: false,
                requests,
            };
        }
        let annotations = plan.create.output.annotations?.length ?? 0;
        const problems = [];
        for (const [index, update] of plan.updates.entries()) {
            const patched = await send(client, "PATCH", `${base}/${id}`, update, settings);
            requests += patched.requests;
            if (patched.response && patched.response.status < 300) {
                annotations += update.output.annotations.length;
                continue;
            }
            // Later batches would fail the same way; the check run exists with what it has.
            const skipped = plan.updates.slice(index).reduce((n, u) => n + u.output.annotations.length, 0);
            problems.push(`Adding annotations batch ${index + 2} failed: ${describeFailure(patched)}; ${skipped} annotations not added`);
            break;
        }
        const outcome = { published: true, id, annotations, requests, problems };
        if (typeof data.html_url === "string")
            outcome.htmlUrl = data.html_url;
        return outcome;
    }
    catch (error) {
        // Reporting must never fail the job; an unexpected error here is reported, not raised.
        return {
            published: false,
            reason: `unexpected error: ${(0,user_error/* errorMessage */.g)(error)}`,
            permissionDenied: false,
            requests,
        };
    }
}

;// CONCATENATED MODULE: ../../packages/action-kit/src/api-limits.ts
// undici is a large library: loaded when a request is made, not by every action's start (most runs publish
// nothing to the API).
const loadUndici = () => __webpack_require__.e(/* import() */ 345).then(__webpack_require__.t.bind(__webpack_require__, 5345, 19));
/** Longest wait for the TCP/TLS connection to the GitHub API. */
const API_CONNECT_TIMEOUT_MS = 10_000;
/** Longest silence (no bytes) while waiting for an answer's headers or the next chunk of its body. */
const API_IDLE_TIMEOUT_MS = 30_000;
/** Everything one step publishes to the API (every request, retry and back-off) fits in this. */
const API_BUDGET_MS = 60_000;
/**
 * For tests only: the idle timeout in milliseconds; the connect timeout becomes a third of it and
 * the budget twice it (the ratios of the defaults). Unset, empty or not a positive number: the defaults.
 */
const API_TIMEOUT_ENV = "OXIDIZE_API_TIMEOUT_MS";
/** The limits for this step: the defaults, or the ones a test asked for through OXIDIZE_API_TIMEOUT_MS. */
function apiLimits(env = process.env) {
    const idle = Number(env[API_TIMEOUT_ENV]?.trim() || Number.NaN);
    if (!Number.isFinite(idle) || idle <= 0) {
        return { connectMs: API_CONNECT_TIMEOUT_MS, idleMs: API_IDLE_TIMEOUT_MS, budgetMs: API_BUDGET_MS };
    }
    return { connectMs: Math.max(1, Math.round(idle / 3)), idleMs: idle, budgetMs: 2 * idle };
}
/** "30 s", "0.5 s". */
function seconds(ms) {
    return `${Number((ms / 1000).toFixed(ms < 10_000 ? 1 : 0))} s`;
}
/**
 * The API did not answer in time, or the step's budget is spent. `retry: false` tells the
 * check-run publisher not to ask again: the request may have been carried out (a second POST
 * could create a second check run), a stalled API will most likely stall again, and the budget
 * is better left to the rest of the job.
 */
class ApiTimeoutError extends Error {
    retry = false;
    constructor(message) {
        super(message);
        this.name = "ApiTimeoutError";
    }
}
const PROXY_VARIABLES = ["https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY"];
/** Errors and their causes, outermost first. */
function chain(error) {
    const seen = [];
    for (let e = error; e !== undefined && e !== null && !seen.includes(e);) {
        seen.push(e);
        e = e.cause;
    }
    return seen;
}
function codeIn(error) {
    for (const e of chain(error)) {
        const code = e.code;
        if (typeof code === "string" && code.startsWith("UND_ERR_"))
            return code;
    }
    return undefined;
}
/** The ApiTimeoutError in an error's cause chain (octokit wraps what fetch throws), if any. */
function timeoutIn(error) {
    return chain(error).find((e) => e instanceof ApiTimeoutError);
}
/**
 * A fetch for octokit whose every request is bounded: the connect timeout by an undici Agent
 * (undici is what @actions/github's own fetch is), the idle timeout by a watchdog that aborts the
 * request when no byte came for `idleMs` (native timers: undici's own headers/body timeouts tick
 * in whole seconds, too coarse for the shrunk limits of the tests), and the step's budget by
 * `budget`. The body is read here, in full, before octokit sees the response: octokit turns a body
 * that fails half-way into an empty one, and a stalled body must be reported as the timeout it is.
 * With a proxy configured, `proxied` (@actions/github's fetch, which knows the proxy and no_proxy
 * rules) carries the request instead, with undici's own connect timeout (10 s).
 */
function timedFetch(limits, budget, proxied, env = process.env) {
    const viaProxy = proxied !== undefined && PROXY_VARIABLES.some((name) => env[name]);
    let undici;
    let dispatcher;
    const direct = () => (undici ??= loadUndici().then(({ Agent, fetch }) => {
        dispatcher = new Agent({ connect: { timeout: limits.connectMs } });
        return { fetch, dispatcher };
    }));
    const bounded = async (input, init = {}) => {
        const idle = new AbortController();
        let waitingFor = "headers";
        let timer;
        const arm = () => {
            clearTimeout(timer);
            timer = setTimeout(() => idle.abort(), limits.idleMs);
        };
        const signal = AbortSignal.any([idle.signal, budget, ...(init.signal ? [init.signal] : [])]);
        try {
            arm();
            const response = viaProxy
                ? await proxied(input, { ...init, signal })
                : await direct().then(({ fetch, dispatcher }) => fetch(input, {
                    ...init,
                    signal,
                    dispatcher,
                }));
            waitingFor = "body";
            arm();
            const chunks = [];
            const empty = [204, 205, 304].includes(response.status) || init.method === "HEAD";
            if (!empty && response.body) {
                for await (const chunk of response.body) {
                    chunks.push(chunk);
                    arm();
                }
            }
            return new Response(empty ? null : Buffer.concat(chunks), {
                status: response.status,
                statusText: response.statusText,
                headers: response.headers,
            });
        }
        catch (error) {
            if (budget.aborted) {
                throw new ApiTimeoutError(`publishing to the GitHub API took longer than the ${seconds(limits.budgetMs)} this step allows it`);
            }
            if (idle.signal.aborted) {
                throw new ApiTimeoutError(waitingFor === "headers"
                    ? `the GitHub API did not answer within ${seconds(limits.idleMs)}`
                    : `the GitHub API stopped sending its answer for ${seconds(limits.idleMs)}`);
            }
            if (codeIn(error) === "UND_ERR_CONNECT_TIMEOUT") {
                throw new ApiTimeoutError(`could not connect to the GitHub API within ${seconds(limits.connectMs)}`);
            }
            throw error;
        }
        finally {
            clearTimeout(timer);
        }
    };
    // destroy(), not close(): a request the budget abandoned must not hold the step open.
    return { fetch: bounded, close: () => void dispatcher?.destroy().catch(() => { }) };
}
/** Resolves after `ms`, or as soon as the budget is spent (the next request then fails at once). */
function budgetedSleep(budget) {
    return (ms) => new Promise((resolve) => {
        if (budget.aborted)
            return resolve();
        const done = () => {
            clearTimeout(timer);
            budget.removeEventListener("abort", done);
            resolve();
        };
        const timer = setTimeout(done, ms);
        budget.addEventListener("abort", done, { once: true });
    });
}

// EXTERNAL MODULE: ../../packages/action-kit/src/log.ts + 1 modules
var log = __webpack_require__(3316);
// EXTERNAL MODULE: ../../packages/core/src/clock.ts
var clock = __webpack_require__(7272);
;// CONCATENATED MODULE: ../../packages/report/src/limits.ts
/**
 * GitHub's size limits for what reporting sends, and truncation that always lands inside them.
 * Truncation never rejects: it cuts (at a line break when one is near), and says so in a note
 * that is itself counted against the limit.
 */
/** `GITHUB_STEP_SUMMARY`: at most 1 MiB per step (bytes of UTF-8). */
const limits_STEP_SUMMARY_LIMIT_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
/** Checks API `output.title`, `output.summary`, `output.text`: at most 65535 characters each. */
const CHECK_OUTPUT_LIMIT_CHARS = 65535;
/** Checks API: at most 50 annotations per create/update request. */
const CHECK_ANNOTATIONS_PER_REQUEST = 50;
/** Checks API annotation `message`: at most 64 KB. */
const CHECK_ANNOTATION_MESSAGE_LIMIT_BYTES = 64 * 1024;
/** Checks API annotation `title`: at most 255 characters. */
const CHECK_ANNOTATION_TITLE_LIMIT_CHARS = 255;
/** Workflow-command annotations GitHub shows per step, for each kind (error, warning, notice). */
const WORKFLOW_ANNOTATIONS_PER_KIND = 10;
/** Workflow-command annotations GitHub shows per job, all kinds together. */
const WORKFLOW_ANNOTATIONS_PER_JOB = 50;
const utf8 = new TextEncoder();
function measure(text, unit) {
    return unit === "bytes" ? utf8.encode(text).length : text.length;
}
/** The longest prefix of `text` within `budget` units that does not split a character. */
function prefixWithin(text, budget, unit) {
    if (budget <= 0)
        return "";
    if (unit === "characters") {
        let end = Math.min(budget, text.length);
        // Never leave half of a surrogate pair: GitHub would count it as a broken character.
        const last = text.charCodeAt(end - 1);
        if (end < text.length && last >= 0xd800 && last <= 0xdbff)
            end--;
        return text.slice(0, end);
    }
    const bytes = utf8.encode(text);
    let end = Math.min(budget, bytes.length);
    // Back up to the first byte of a UTF-8 sequence (continuation bytes are 10xxxxxx).
    while (end > 0 && end < bytes.length && ((bytes[end] ?? 0) & 0xc0) === 0x80)
        end--;
    return new TextDecoder().decode(bytes.subarray(0, end));
}
/**
 * `text` if it fits in `limit` (characters or UTF-8 bytes), else a prefix plus a note saying how
 * much was left out and why; the result always measures ≤ `limit`.
 */
function limits_truncateWithNote(text, limit, unit, what) {
    const total = measure(text, unit);
    if (total <= limit)
        return text;
    const note = (omitted) => `\n\n> [!WARNING]\n> Truncated: ${omitted} more ${unit} not shown (${what} is limited to ${limit} ${unit}).\n`;
    // Reserve room for the longest note this text could need (omitted ≤ total).
    const reserved = measure(note(total), unit);
    if (reserved >= limit)
        return prefixWithin(text, limit, unit);
    let kept = prefixWithin(text, limit - reserved, unit);
    // Prefer a whole line: a Markdown table row cut in half renders as garbage.
    const lineEnd = kept.lastIndexOf("\n");
    if (lineEnd > kept.length / 2)
        kept = kept.slice(0, lineEnd);
    return kept + note(total - measure(kept, unit));
}
/** One line, cut with an ellipsis (titles have no room for a note). */
function truncateLine(text, limitChars) {
    const line = text.replace(/\s*[\r\n]+\s*/g, " ").trim();
    if (line.length <= limitChars)
        return line;
    return `${prefixWithin(line, limitChars - 1, "characters")}…`;
}
/** A prefix within `limitBytes` of UTF-8, with an ellipsis when cut. */
function truncateBytes(text, limitBytes) {
    if (measure(text, "bytes") <= limitBytes)
        return text;
    return `${prefixWithin(text, limitBytes - 3, "bytes")}…`;
}
/** UTF-8 size, for tests and callers that budget several parts. */
function byteLength(text) {
    return measure(text, "bytes");
}

;// CONCATENATED MODULE: ../../packages/report/src/markdown.ts
/** Text safe inside a Markdown table cell: pipes escaped, line breaks as <br>. */
function cell(value) {
    if (value === null || value === undefined || value === "")
        return "—";
    return String(value).replace(/</g, "&lt;").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}
/** A Markdown table; every cell goes through `cell`. */
function table(headers, rows) {
    const head = `| ${headers.join(" | ")} |`;
    const rule = `| ${headers.map(() => "---").join(" | ")} |`;
    return [head, rule, ...rows.map((row) => `| ${row.map(cell).join(" | ")} |`)].join("\n");
}
const CONCLUSION_ICON = {
    success: "✅",
    neutral: "⚠️",
    failure: "❌",
    skipped: "⏭️",
};
/** One icon per module state, wherever modules are listed. */
const MODULE_STATE_ICON = {
    built: "✅",
    failed: "❌",
    skipped: "⚠️",
    missing: "⚠️",
    "n/a": "➖",
    disabled: "⏸️",
};
const LEVEL_ICON = {
    failure: "❌",
    warning: "⚠️",
    notice: "ℹ️",
};
/** `path:line:column` of a reason, or undefined when it has no file. */
function markdown_location(reason) {
    if (!reason.file)
        return undefined;
    let where = reason.file;
    if (reason.line !== undefined)
        where += `:${reason.line}`;
    if (reason.line !== undefined && reason.column !== undefined)
        where += `:${reason.column}`;
    return where;
}
/** One bullet for a reason: icon, code, message (continuation lines indented), location. */
function reasonBullet(reason, prefix = "") {
    const where = markdown_location(reason);
    const title = reason.title ? `**${reason.title}** — ` : "";
    const message = reason.message.replace(/\r?\n/g, "\n  ");
    return `- ${LEVEL_ICON[reason.level]} ${prefix}\`${reason.code}\` ${title}${message}${where ? ` (\`${where}\`)` : ""}`;
}
/** A size as "512 B" / "1.5 KiB" / "12.3 MiB". */
function bytes(count) {
    if (count < 1024)
        return `${count} B`;
    const units = ["KiB", "MiB", "GiB"];
    let value = count / 1024;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${value.toFixed(1)} ${units[unit]}`;
}
/** Milliseconds as "850 ms" / "12.3 s" / "2 min 5 s". */
function duration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)} s`;
    const minutes = Math.floor(ms / 60_000);
    return `${minutes} min ${Math.round((ms - minutes * 60_000) / 1000)} s`;
}
/** Matrix values in key order ("ubuntu-latest, 3.16"); objects as compact JSON, null/empty skipped. */
function matrixValues(matrix) {
    if (!matrix)
        return [];
    return Object.values(matrix)
        .filter((v) => v !== null && v !== undefined && v !== "")
        .map((v) => (typeof v === "object" ? JSON.stringify(v) : String(v)));
}

;// CONCATENATED MODULE: ../../packages/core/src/order.ts
/**
 * Orders text by UTF-16 code units. Reports and inventories sort with this rather than
 * localeCompare: the order is the same on every runner whatever its ICU data, and the first
 * localeCompare of a process spends about 9 ms setting ICU's collator up.
 */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ../../packages/report/src/dependencies.ts
/**
 * The dependency table: every crate compiled into a module, once per name, version and source,
 * with the modules (and matrix legs) it went into and what the checks found — advisories, and
 * refusal by the policy's allow-list. Flagged crates come first, so a pull request that adds a
 * crate the policy does not allow shows it at the top of the job summary and the readiness check.
 */


/** Rows from modules' crates (`leg` names the matrix leg in an aggregate); flagged first, then by name. */
function dependencyRows(sources) {
    const rows = new Map();
    for (const { leg, modules } of sources) {
        for (const module of modules) {
            for (const crate of module.crates ?? []) {
                const key = `${crate.name}@${crate.version} ${crate.source}`;
                let row = rows.get(key);
                if (!row) {
                    row = {
                        name: crate.name,
                        version: crate.version,
                        source: crate.source,
                        kind: crate.kind,
                        buildScript: crate.buildScript,
                        procMacro: crate.procMacro,
                        modules: [],
                        legs: [],
                        advisories: [],
                    };
                    const license = crate.license ?? (crate.licenseFile ? `file: ${crate.licenseFile}` : undefined);
                    if (license !== undefined)
                        row.license = license;
                    rows.set(key, row);
                }
                // Linked in anywhere means linked in.
                if (crate.kind === "normal")
                    row.kind = "normal";
                if (!row.modules.includes(module.name))
                    row.modules.push(module.name);
                if (leg !== undefined && !row.legs.includes(leg))
                    row.legs.push(leg);
                for (const id of crate.advisories ?? [])
                    if (!row.advisories.includes(id))
                        row.advisories.push(id);
                if (crate.allowed !== undefined)
                    row.allowed = (row.allowed ?? true) && crate.allowed;
            }
        }
    }
    const flagged = (r) => r.advisories.length > 0 || r.allowed === false;
    return [...rows.values()]
        .map((r) => ({ ...r, modules: r.modules.sort(), legs: r.legs.sort() }))
        .sort((a, b) => Number(flagged(b)) - Number(flagged(a)) || compareText(a.name, b.name));
}
function findings(row) {
    const found = [...row.advisories.map((id) => `❌ ${id}`)];
    if (row.allowed === false)
        found.push("🚫 not allowed by policy");
    return found.join(", ");
}
/**
 * The table as Markdown, in a <details> block whose summary counts crates and flags (open when
 * something is flagged). `withLegs` adds the legs column (the aggregate).
 */
function dependencyTable(rows, withLegs = false) {
    if (rows.length === 0)
        return "";
    const flagged = rows.filter((r) => r.advisories.length > 0 || r.allowed === false).length;
    const headers = ["Crate", "Version", "Source", "License", "Kind", "Build script", "Proc-macro", "Modules"];
    if (withLegs)
        headers.push("Legs");
    headers.push("Findings");
    const body = table(headers, rows.map((r) => [
        `\`${r.name}\``,
        r.version,
        r.source,
        r.license,
        r.kind === "normal" ? "linked" : "build only",
        r.buildScript ? "yes" : "",
        r.procMacro ? "yes" : "",
        r.modules.join(", "),
        ...(withLegs ? [r.legs.join(", ")] : []),
        findings(r),
    ]));
    const summary = `Dependencies: ${rows.length} crate${rows.length === 1 ? "" : "s"}${flagged ? `, ${flagged} flagged` : ""}`;
    return `<details${flagged ? " open" : ""}><summary>${cell(summary)}</summary>\n\n${body}\n\n</details>`;
}

;// CONCATENATED MODULE: ../../packages/report/src/summary.ts



/** The headline: icon, action, title, and the matrix leg when there is one. */
function headline(result) {
    const leg = matrixValues(result.matrix);
    return `${CONCLUSION_ICON[result.conclusion]} ${result.action}: ${result.title}${leg.length ? ` (${leg.join(", ")})` : ""}`;
}
/** One row per module: state and why, and — when any module has them — fallback, artifact and build time. */
function modulesTable(modules) {
    const headers = ["Module", "State", "Note"];
    const columns = [
        ["configure", (m) => (m.configure ? `\`${m.configure}\`` : undefined)],
        ["Fallback", (m) => (m.fallback ? `\`${m.fallback}\`` : undefined)],
        [
            "Artifact",
            (m) => m.artifact ? `\`${m.artifact}\`${m.bytes !== undefined ? ` (${bytes(m.bytes)})` : ""}` : undefined,
        ],
        ["Build", (m) => (m.seconds !== undefined ? `${m.seconds.toFixed(1)} s` : undefined)],
    ];
    const shown = columns.filter(([, value]) => modules.some((m) => value(m) !== undefined));
    return table([...headers, ...shown.map(([name]) => name)], modules.map((m) => [
        `\`${m.name}\``,
        `${MODULE_STATE_ICON[m.state]} ${m.state}`,
        m.message,
        ...shown.map(([, value]) => value(m)),
    ]));
}
/** Headline, facts, reasons, modules and timings as Markdown, without size limits. */
function renderResultMarkdown(result, heading = "###") {
    const parts = [`${heading} ${headline(result)}`];
    parts.push(`**Conclusion:** ${result.conclusion}`);
    const facts = Object.entries(result.facts);
    if (facts.length)
        parts.push(table(["Fact", "Value"], facts));
    if (result.reasons.length) {
        parts.push(`**Reasons**\n\n${result.reasons.map((r) => reasonBullet(r)).join("\n")}`);
    }
    if (result.modules?.length)
        parts.push(modulesTable(result.modules));
    const dependencies = dependencyTable(dependencyRows([{ modules: result.modules ?? [] }]));
    if (dependencies)
        parts.push(dependencies);
    const timings = Object.entries(result.timings);
    if (timings.length) {
        const total = Date.parse(result.finishedAt) - Date.parse(result.startedAt);
        const rows = timings.map(([phase, ms]) => [phase, duration(ms)]);
        if (Number.isFinite(total) && total >= 0)
            rows.push(["**total**", duration(total)]);
        parts.push(`<details><summary>Timings</summary>\n\n${table(["Phase", "Time"], rows)}\n\n</details>`);
    }
    return `${parts.join("\n\n")}\n`;
}
/** The job-summary Markdown for one result, then any `extra` sections, kept under GitHub's 1 MiB step-summary limit. */
function renderSummary(result, options = {}) {
    const markdown = options.extra
        ? `${renderResultMarkdown(result)}\n${options.extra}`
        : renderResultMarkdown(result);
    const limit = options.limitBytes ?? STEP_SUMMARY_LIMIT_BYTES;
    return truncateWithNote(markdown, limit, "bytes", "the job summary of a step");
}

;// CONCATENATED MODULE: ../../packages/report/src/check-run.ts



function checkConclusion(conclusion) {
    switch (conclusion) {
        case "success":
            return "success";
        case "neutral":
            return "neutral";
        case "failure":
            return "failure";
        case "skipped":
            return "skipped";
    }
}
/** "Rust policy (ubuntu-latest, 3.16)" from a matrix object's values; the bare name without one. */
function checkRunName(name, matrix) {
    const values = matrixValues(matrix);
    return values.length ? `${name} (${values.join(", ")})` : name;
}
const LEVEL_ORDER = {
    failure: 0,
    warning: 1,
    notice: 2,
};
/** A reason with a file as a Checks annotation; undefined when it has no file to point at. */
function toCheckAnnotation(reason, titlePrefix = "") {
    if (!reason.file)
        return undefined;
    // A file without a line is a statement about the whole file: GitHub needs a line, so use the first.
    const start = reason.line ?? 1;
    const end = Math.max(start, reason.endLine ?? start);
    const annotation = {
        path: reason.file,
        start_line: start,
        end_line: end,
        annotation_level: reason.level,
        message: truncateBytes(reason.message || reason.code, CHECK_ANNOTATION_MESSAGE_LIMIT_BYTES),
        title: truncateLine(`${titlePrefix}${reason.title ?? reason.code}`, CHECK_ANNOTATION_TITLE_LIMIT_CHARS),
    };
    // The API only takes columns on single-line annotations.
    if (reason.column !== undefined && start === end)
        annotation.start_column = reason.column;
    return annotation;
}
/** Most severe first, so the first request (the one most likely to land) carries the failures. */
function sortAnnotations(annotations) {
    return [...annotations].sort((a, b) => LEVEL_ORDER[a.annotation_level] - LEVEL_ORDER[b.annotation_level]);
}
function fit(text, what) {
    return limits_truncateWithNote(text, CHECK_OUTPUT_LIMIT_CHARS, "characters", what);
}
/** Turns outlet-neutral content into the API calls, enforcing every Checks API limit. */
function planCheckRun(content, options) {
    const annotations = sortAnnotations(content.annotations);
    const batches = [];
    for (let i = 0; i < annotations.length; i += CHECK_ANNOTATIONS_PER_REQUEST) {
        batches.push(annotations.slice(i, i + CHECK_ANNOTATIONS_PER_REQUEST));
    }
    const title = truncateLine(content.title, CHECK_OUTPUT_LIMIT_CHARS);
    const summary = fit(content.summary, "a check run's summary");
    const output = { title, summary };
    if (content.text.trim() !== "")
        output.text = fit(content.text, "a check run's text");
    const [first, ...rest] = batches;
    if (first)
        output.annotations = first;
    const create = {
        name: truncateLine(checkRunName(options.name, options.matrix), CHECK_OUTPUT_LIMIT_CHARS),
        head_sha: options.headSha,
        status: "completed",
        conclusion: checkConclusion(content.conclusion),
        completed_at: content.completedAt,
        output,
    };
    if (content.startedAt)
        create.started_at = content.startedAt;
    if (options.detailsUrl)
        create.details_url = options.detailsUrl;
    // Updates repeat title and summary: the API wants them with every output, and they do not change.
    const updates = rest.map((batch) => ({ output: { title, summary, annotations: batch } }));
    return { create, updates };
}
/** The check run for one action's result: located reasons as annotations, the others in the text. */
function buildCheckRun(result, options) {
    const annotations = [];
    const unlocated = [];
    for (const reason of result.reasons) {
        const annotation = toCheckAnnotation(reason);
        if (annotation)
            annotations.push(annotation);
        else
            unlocated.push(reason);
    }
    const text = unlocated.length
        ? `### Findings without a file location\n\n${unlocated.map((r) => reasonBullet(r)).join("\n")}\n`
        : "";
    return planCheckRun({
        conclusion: result.conclusion,
        title: result.title,
        summary: renderResultMarkdown(result),
        text,
        annotations,
        startedAt: result.startedAt,
        completedAt: result.finishedAt,
    }, { ...options, matrix: options.matrix ?? result.matrix });
}

;// CONCATENATED MODULE: ../../packages/report/src/aggregate-render.ts





/** "✅ _base64 (built), ➖ _zlib (n/a)" — each module with its state. */
function modulesCell(leg) {
    if (!leg.modules.length)
        return "—";
    return leg.modules.map((m) => `${MODULE_STATE_ICON[m.state]} ${m.name} (${m.state})`).join(", ");
}
function gridCell(legs) {
    if (!legs.length)
        return "";
    return legs
        .map((leg) => {
        const built = leg.modules.filter((m) => m.state === "built").length;
        const mods = leg.modules.length ? ` ${built}/${leg.modules.length} 🦀` : "";
        // Extra matrix dimensions share a cell: name them so the cell stays readable.
        const extra = legs.length > 1 ? ` ${leg.label}` : "";
        return `${CONCLUSION_ICON[leg.conclusion]} ${leg.conclusion}${mods}${extra}`;
    })
        .join("<br>");
}
/** Full Markdown of the aggregate: headline, platform × Python grid, legs worst first, totals. */
function renderAggregateMarkdown(agg, heading = "##") {
    const parts = [`${heading} ${CONCLUSION_ICON[agg.conclusion]} Rust readiness: ${agg.title}`];
    if (agg.legs.length) {
        const cells = new Map();
        for (const leg of agg.legs) {
            const key = JSON.stringify([leg.platform, leg.python]);
            cells.set(key, [...(cells.get(key) ?? []), leg]);
        }
        const rows = agg.platforms.map((platform) => [
            `**${cell(platform)}**`,
            ...agg.pythons.map((python) => gridCell(cells.get(JSON.stringify([platform, python])) ?? [])),
        ]);
        // Grid cells are pre-rendered Markdown with <br>: join by hand instead of escaping them again.
        const header = `| platform \\ Python | ${agg.pythons.map((p) => cell(p)).join(" | ")} |`;
        const rule = `| --- | ${agg.pythons.map(() => "---").join(" | ")} |`;
        parts.push([header, rule, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n"));
        parts.push(`${heading}# Legs (worst first)\n\n${table(["Leg", "Conclusion", "Modules", "Verdict", "Actions"], agg.legs.map((leg) => [
            leg.label,
            `${CONCLUSION_ICON[leg.conclusion]} ${leg.conclusion}`,
            modulesCell(leg),
            leg.title,
            leg.results.map((r) => `${r.action}: ${r.conclusion}`).join(", "),
        ]))}`);
    }
    const dependencies = dependencyTable(agg.dependencies, true);
    if (dependencies)
        parts.push(`${heading}# Dependencies\n\n${dependencies}`);
    const t = agg.totals;
    const moduleTotals = Object.entries(t.modules).filter(([, n]) => n > 0);
    const totals = [
        ["legs", t.legs],
        ["results", t.results],
        ...Object.entries(t.conclusions)
            .filter(([, n]) => n > 0)
            .map(([c, n]) => [`legs: ${c}`, n]),
        ...moduleTotals.map(([s, n]) => [`modules: ${s}`, n]),
    ];
    if (t.rejected)
        totals.push(["rejected result files", t.rejected]);
    parts.push(`${heading}# Totals\n\n${table(["", "count"], totals)}`);
    if (agg.rejected.length) {
        parts.push(`${heading}# Rejected result files\n\n${agg.rejected
            .map((r) => `- \`${r.file}\`\n${r.errors.map((e) => `  - ${e}`).join("\n")}`)
            .join("\n")}`);
    }
    return `${parts.join("\n\n")}\n`;
}
/** The aggregate's job summary, kept under the 1 MiB step-summary limit. */
function renderAggregate(agg, limitBytes = STEP_SUMMARY_LIMIT_BYTES) {
    return truncateWithNote(renderAggregateMarkdown(agg), limitBytes, "bytes", "the job summary of a step");
}
/** Annotations of every leg; the same finding on several legs becomes one annotation naming them. */
function aggregateAnnotations(agg) {
    const merged = new Map();
    for (const leg of agg.legs) {
        for (const reason of leg.reasons) {
            if (!reason.file)
                continue;
            const key = JSON.stringify([
                reason.file,
                reason.line,
                reason.endLine,
                reason.column,
                reason.level,
                reason.message,
            ]);
            const entry = merged.get(key);
            if (entry)
                entry.legs.push(leg.label);
            else
                merged.set(key, { reason, legs: [leg.label] });
        }
    }
    const annotations = [];
    for (const { reason, legs } of merged.values()) {
        const annotation = toCheckAnnotation(reason, `[${legs.length === 1 ? legs[0] : `${legs.length} legs`}] `);
        if (!annotation)
            continue;
        if (legs.length > 1)
            annotation.message += `\n\nSeen on: ${legs.join("; ")}`;
        annotations.push(annotation);
    }
    return annotations;
}
/** Per-leg findings that have no file, for the check run's text. */
function aggregateText(agg) {
    const sections = [];
    for (const leg of agg.legs) {
        const unlocated = leg.reasons.filter((r) => !r.file);
        if (!unlocated.length)
            continue;
        sections.push(`### ${CONCLUSION_ICON[leg.conclusion]} ${leg.label}\n\n${unlocated.map((r) => reasonBullet(r, `${r.action} `)).join("\n")}`);
    }
    return sections.join("\n\n");
}
/** One check run for the whole matrix: the grid as summary, per-leg findings as text and annotations. */
function buildAggregateCheckRun(agg, options) {
    return planCheckRun({
        conclusion: agg.conclusion,
        title: agg.title,
        summary: renderAggregateMarkdown(agg),
        text: aggregateText(agg),
        annotations: aggregateAnnotations(agg),
        completedAt: options.completedAt ?? (0,clock/* isoTimestamp */.y)(new Date()),
    }, options);
}

;// CONCATENATED MODULE: ../../packages/action-kit/src/report-check.ts






// The builders publish.ts hands a check run to, loaded with this module when a step publishes one.

/** The check run target for this workflow run, or undefined when the runner variables are missing. */
function checkTarget(env = process.env) {
    const [owner, repo] = (env["GITHUB_REPOSITORY"] ?? "").split("/");
    const sha = env["GITHUB_SHA"] ?? "";
    if (!owner || !repo || !sha)
        return undefined;
    const eventName = env["GITHUB_EVENT_NAME"] ?? "";
    const target = { owner, repo, headSha: headShaFor(eventName, eventPayload(env), sha) };
    const server = env["GITHUB_SERVER_URL"];
    const runId = env["GITHUB_RUN_ID"];
    if (server && runId)
        target.detailsUrl = `${server}/${owner}/${repo}/actions/runs/${runId}`;
    return target;
}
/** The webhook payload the runner wrote to GITHUB_EVENT_PATH ({} when absent or unreadable). */
function eventPayload(env) {
    const path = env["GITHUB_EVENT_PATH"];
    if (!path)
        return {};
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, "utf8"));
    }
    catch {
        return {};
    }
}
/**
 * octokit behind the publisher's tiny client interface: every HTTP status resolves; no answer in
 * time rejects with an ApiTimeoutError (`retry: false`), any other transport failure with its error.
 * Every request is bounded (api-limits.ts): connect and idle timeouts per request, and `budget`,
 * the signal of the step's whole publishing, over all of them.
 * @actions/github (octokit + undici) is loaded only here, when a check run is actually wanted:
 * importing it eagerly cost every action's cold start a few hundred milliseconds.
 */
async function octokitClient(token, baseUrl = process.env["GITHUB_API_URL"] || "https://api.github.com", limits = apiLimits(), budget = AbortSignal.timeout(limits.budgetMs)) {
    const [{ getOctokit }, { defaults }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(345), __webpack_require__.e(438), __webpack_require__.e(316)]).then(__webpack_require__.bind(__webpack_require__, 5316)),
        Promise.all(/* import() */[__webpack_require__.e(345), __webpack_require__.e(438)]).then(__webpack_require__.bind(__webpack_require__, 438)),
    ]);
    // @actions/github's own fetch: the one that knows the runner's proxy settings.
    const proxied = defaults.request?.fetch;
    const timed = timedFetch(limits, budget, proxied);
    const octokit = getOctokit(token, { baseUrl, request: { fetch: timed.fetch } });
    return {
        close: timed.close,
        async request(method, path, body) {
            try {
                const response = await octokit.request(`${method} ${path}`, body === undefined ? {} : { data: body });
                return { status: response.status, data: response.data, headers: response.headers };
            }
            catch (error) {
                const timeout = timeoutIn(error);
                if (timeout)
                    throw timeout;
                const failed = error;
                // RequestError with a response: an HTTP answer the publisher must see (to retry or to give
                // up politely). Without one (octokit calls a refused connection "500"), it is no answer.
                if (typeof failed.status === "number" && failed.status > 0 && failed.response) {
                    return {
                        status: failed.status,
                        data: failed.response.data ?? { message: (0,user_error/* errorMessage */.g)(error) },
                        headers: failed.response.headers ?? {},
                    };
                }
                throw error;
            }
        },
    };
}
const CHECKS_PERMISSION_HINT = "Grant it with `permissions: checks: write` on the job; pull requests from forks always get a " +
    "read-only token, so for them the job summary and annotations are the report.";
/**
 * Creates the check run and says what happened in the log. Never throws and never fails the step:
 * whatever kept the check run from being published (a token that cannot write checks, an API that
 * errs, stalls or is slow past the budget) gets ONE notice saying what was not published and why.
 * All of it is bounded by `limits` (api-limits.ts: 10 s connect, 30 s idle, 60 s in all).
 */
async function publishCheck(plan, token, limits = apiLimits()) {
    const name = typeof plan === "function" ? "check run" : `check run '${plan.create.name}'`;
    try {
        const target = checkTarget();
        if (!target) {
            const reason = "GITHUB_REPOSITORY or GITHUB_SHA is not set, so there is no commit to attach it to";
            core/* notice */.lm(`Could not create the ${name}: ${reason}.`);
            return { published: false, reason, permissionDenied: false, requests: 0 };
        }
        const built = typeof plan === "function" ? plan(target) : plan;
        const label = `check run '${built.create.name}'`;
        if (!token) {
            const reason = "the token input is empty";
            core/* notice */.lm(`Could not create the ${label}: ${reason}. ${CHECKS_PERMISSION_HINT}`);
            return { published: false, reason, permissionDenied: true, requests: 0 };
        }
        const budget = AbortSignal.timeout(limits.budgetMs);
        const client = await octokitClient(token, undefined, limits, budget);
        let outcome;
        try {
            outcome = await publishCheckRun(client, built, {
                owner: target.owner,
                repo: target.repo,
                sleep: budgetedSleep(budget),
                maxWaitMs: limits.budgetMs,
            });
        }
        finally {
            client.close();
        }
        if (outcome.published) {
            log/* actionLog */.Z.info(`Created ${label}${outcome.htmlUrl ? `: ${outcome.htmlUrl}` : ""} (${outcome.annotations} annotations).`);
            // The publisher stops at the first failed batch: at most one problem, so at most one notice.
            for (const problem of outcome.problems)
                core/* notice */.lm(`The ${label} is incomplete: ${problem}.`);
        }
        else if (outcome.permissionDenied) {
            core/* notice */.lm(`Could not create the ${label} (${outcome.reason}): the token may not write checks. ${CHECKS_PERMISSION_HINT}`);
        }
        else {
            core/* notice */.lm(`Could not create the ${label}: ${outcome.reason}. The job summary has the full report.`);
        }
        return outcome;
    }
    catch (error) {
        const reason = (0,user_error/* errorMessage */.g)(error);
        core/* notice */.lm(`Could not create the ${name}: ${reason}. The job summary has the full report.`);
        return { published: false, reason, permissionDenied: false, requests: 0 };
    }
}


/***/ })

};
