export const id = 559;
export const ids = [559];
export const modules = {

/***/ 8559:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CHECKS_PERMISSION_HINT: () => (/* binding */ CHECKS_PERMISSION_HINT),
  buildAggregateCheckRun: () => (/* reexport */ aggregate_render/* buildAggregateCheckRun */.x3),
  buildCheckRun: () => (/* reexport */ check_run/* buildCheckRun */.MS),
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
// EXTERNAL MODULE: ../../packages/report/src/aggregate-render.ts + 1 modules
var aggregate_render = __webpack_require__(9979);
// EXTERNAL MODULE: ../../packages/report/src/check-run.ts + 1 modules
var check_run = __webpack_require__(1213);
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
