import type { Agent, fetch as undiciFetch } from "undici";

// undici is a large library: loaded when a request is made, not by every action's start (most runs publish
// nothing to the API).
const loadUndici = () => import("undici");

/** Longest wait for the TCP/TLS connection to the GitHub API. */
export const API_CONNECT_TIMEOUT_MS = 10_000;
/** Longest silence (no bytes) while waiting for an answer's headers or the next chunk of its body. */
export const API_IDLE_TIMEOUT_MS = 30_000;
/** Everything one step publishes to the API (every request, retry and back-off) fits in this. */
export const API_BUDGET_MS = 60_000;
/**
 * For tests only: the idle timeout in milliseconds; the connect timeout becomes a third of it and
 * the budget twice it (the ratios of the defaults). Unset, empty or not a positive number: the defaults.
 */
export const API_TIMEOUT_ENV = "OXIDIZE_API_TIMEOUT_MS";

export interface ApiLimits {
  connectMs: number;
  idleMs: number;
  budgetMs: number;
}

/** The limits for this step: the defaults, or the ones a test asked for through OXIDIZE_API_TIMEOUT_MS. */
export function apiLimits(env: NodeJS.ProcessEnv = process.env): ApiLimits {
  const idle = Number(env[API_TIMEOUT_ENV]?.trim() || Number.NaN);
  if (!Number.isFinite(idle) || idle <= 0) {
    return { connectMs: API_CONNECT_TIMEOUT_MS, idleMs: API_IDLE_TIMEOUT_MS, budgetMs: API_BUDGET_MS };
  }
  return { connectMs: Math.max(1, Math.round(idle / 3)), idleMs: idle, budgetMs: 2 * idle };
}

/** "30 s", "0.5 s". */
export function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(ms < 10_000 ? 1 : 0))} s`;
}

/**
 * The API did not answer in time, or the step's budget is spent. `retry: false` tells the
 * check-run publisher not to ask again: the request may have been carried out (a second POST
 * could create a second check run), a stalled API will most likely stall again, and the budget
 * is better left to the rest of the job.
 */
export class ApiTimeoutError extends Error {
  readonly retry = false;
  constructor(message: string) {
    super(message);
    this.name = "ApiTimeoutError";
  }
}

const PROXY_VARIABLES = ["https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY"];

/** Errors and their causes, outermost first. */
function chain(error: unknown): unknown[] {
  const seen: unknown[] = [];
  for (let e = error; e !== undefined && e !== null && !seen.includes(e); ) {
    seen.push(e);
    e = (e as { cause?: unknown }).cause;
  }
  return seen;
}

function codeIn(error: unknown): string | undefined {
  for (const e of chain(error)) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && code.startsWith("UND_ERR_")) return code;
  }
  return undefined;
}

/** The ApiTimeoutError in an error's cause chain (octokit wraps what fetch throws), if any. */
export function timeoutIn(error: unknown): ApiTimeoutError | undefined {
  return chain(error).find((e): e is ApiTimeoutError => e instanceof ApiTimeoutError);
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
export function timedFetch(
  limits: ApiLimits,
  budget: AbortSignal,
  proxied?: typeof fetch,
  env: NodeJS.ProcessEnv = process.env,
): { fetch: typeof fetch; close: () => void } {
  const viaProxy = proxied !== undefined && PROXY_VARIABLES.some((name) => env[name]);
  let undici: Promise<{ fetch: typeof undiciFetch; dispatcher: Agent }> | undefined;
  let dispatcher: Agent | undefined;
  const direct = () =>
    (undici ??= loadUndici().then(({ Agent, fetch }) => {
      dispatcher = new Agent({ connect: { timeout: limits.connectMs } });
      return { fetch, dispatcher };
    }));
  const bounded = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const idle = new AbortController();
    let waitingFor: "headers" | "body" = "headers";
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => idle.abort(), limits.idleMs);
    };
    const signal = AbortSignal.any([idle.signal, budget, ...(init.signal ? [init.signal] : [])]);
    try {
      arm();
      const response = viaProxy
        ? await (proxied as typeof fetch)(input, { ...init, signal })
        : await direct().then(({ fetch, dispatcher }) =>
            fetch(input as Parameters<typeof undiciFetch>[0], {
              ...(init as Parameters<typeof undiciFetch>[1]),
              signal,
              dispatcher,
            }),
          );
      waitingFor = "body";
      arm();
      const chunks: Uint8Array[] = [];
      const empty = [204, 205, 304].includes(response.status) || init.method === "HEAD";
      if (!empty && response.body) {
        for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
          chunks.push(chunk);
          arm();
        }
      }
      return new Response(empty ? null : Buffer.concat(chunks), {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers as Headers,
      });
    } catch (error) {
      if (budget.aborted) {
        throw new ApiTimeoutError(
          `publishing to the GitHub API took longer than the ${seconds(limits.budgetMs)} this step allows it`,
        );
      }
      if (idle.signal.aborted) {
        throw new ApiTimeoutError(
          waitingFor === "headers"
            ? `the GitHub API did not answer within ${seconds(limits.idleMs)}`
            : `the GitHub API stopped sending its answer for ${seconds(limits.idleMs)}`,
        );
      }
      if (codeIn(error) === "UND_ERR_CONNECT_TIMEOUT") {
        throw new ApiTimeoutError(`could not connect to the GitHub API within ${seconds(limits.connectMs)}`);
      }
      throw error;
    } finally {
      clearTimeout(timer);
    }
  };
  // destroy(), not close(): a request the budget abandoned must not hold the step open.
  return { fetch: bounded as typeof fetch, close: () => void dispatcher?.destroy().catch(() => {}) };
}

/** Resolves after `ms`, or as soon as the budget is spent (the next request then fails at once). */
export function budgetedSleep(budget: AbortSignal): (ms: number) => Promise<void> {
  return (ms) =>
    new Promise<void>((resolve) => {
      if (budget.aborted) return resolve();
      const done = () => {
        clearTimeout(timer);
        budget.removeEventListener("abort", done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      budget.addEventListener("abort", done, { once: true });
    });
}
