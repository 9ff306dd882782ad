import { errorMessage } from "@oxidize/core";
import type { CheckRunPlan } from "./check-run.js";

/** What the publisher needs from an HTTP client: octokit fits behind it, tests use a double. */
export interface ApiResponse {
  status: number;
  data: unknown;
  /** Lower-case header names. */
  headers: Record<string, string | number | undefined>;
}

export interface ApiClient {
  /**
   * Resolves for every HTTP status (4xx/5xx included); rejects only when no response came back.
   * An error with `retry: false` (a timeout: the request may have been carried out, the time is
   * spent) is final: the publisher gives up at once instead of asking again.
   */
  request(method: "GET" | "POST" | "PATCH", path: string, body?: unknown): Promise<ApiResponse>;
}

export interface PublishOptions {
  owner: string;
  repo: string;
  /** Injected for tests; real time otherwise. */
  sleep?: (ms: number) => Promise<void>;
  /** Tries per request, the first included. */
  maxAttempts?: number;
  /** Longest single wait we accept; a longer Retry-After means give up rather than hold the job. */
  maxWaitMs?: number;
  /** First back-off when the server gave no hint; doubles per try. */
  baseDelayMs?: number;
  now?: () => number;
}

export type PublishOutcome =
  | {
      published: true;
      id: number;
      htmlUrl?: string;
      /** Annotations the API accepted. */
      annotations: number;
      requests: number;
      /** Later batches that failed after the check run was created (it exists, with fewer annotations). */
      problems: string[];
    }
  | {
      published: false;
      /** What went wrong, without the check's name: "HTTP 403: Resource not accessible by integration". */
      reason: string;
      status?: number;
      /** The token may not write checks (fork PR, missing `checks: write`): expected, not a bug. */
      permissionDenied: boolean;
      requests: number;
    };

interface Attempt {
  response?: ApiResponse;
  error?: string;
  requests: number;
}

function header(response: ApiResponse, name: string): string | undefined {
  const value = response.headers[name];
  return value === undefined ? undefined : String(value);
}

function apiMessage(data: unknown): string {
  if (typeof data === "object" && data !== null && "message" in data && typeof data.message === "string") {
    const errors = "errors" in data && Array.isArray(data.errors) ? data.errors : [];
    const details = errors.map((e: unknown) => (typeof e === "string" ? e : JSON.stringify(e)));
    return [data.message, ...details].join("; ");
  }
  return typeof data === "string" && data !== "" ? data : "no message";
}

/**
 * How long to wait before retrying, or undefined when the response is final. Follows GitHub's
 * guidance: Retry-After when given; primary limit exhausted → until x-ratelimit-reset;
 * a secondary limit without a hint → at least a minute; 5xx → exponential back-off.
 */
export function retryDelayMs(response: ApiResponse, attempt: number, baseDelayMs: number, now: number) {
  const { status } = response;
  const retryAfter = header(response, "retry-after");
  const remaining = header(response, "x-ratelimit-remaining");
  const limited = status === 429 || (status === 403 && (retryAfter !== undefined || remaining === "0"));
  const secondary = status === 403 && /secondary rate limit/i.test(apiMessage(response.data));
  if (!limited && !secondary && status < 500) return undefined;
  if (retryAfter !== undefined) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
    const date = Date.parse(retryAfter);
    if (Number.isFinite(date)) return Math.max(0, date - now);
  }
  const reset = Number(header(response, "x-ratelimit-reset"));
  if (remaining === "0" && Number.isFinite(reset)) return Math.max(0, reset * 1000 - now);
  if (secondary || status === 429) return 60_000;
  return baseDelayMs * 2 ** (attempt - 1);
}

async function send(
  client: ApiClient,
  method: "POST" | "PATCH",
  path: string,
  body: unknown,
  options: Required<Omit<PublishOptions, "owner" | "repo">>,
): Promise<Attempt> {
  let requests = 0;
  let last: Attempt = { requests };
  for (let attempt = 1; attempt <= options.maxAttempts; attempt++) {
    let wait: number | undefined;
    requests++;
    try {
      const response = await client.request(method, path, body);
      last = { response, requests };
      if (response.status < 400) return last;
      wait = retryDelayMs(response, attempt, options.baseDelayMs, options.now());
      if (wait === undefined) return last;
    } catch (error) {
      last = { error: errorMessage(error), requests };
      if ((error as { retry?: unknown } | null)?.retry === false) return last;
      wait = options.baseDelayMs * 2 ** (attempt - 1);
    }
    if (wait > options.maxWaitMs) {
      const why = `GitHub asked to wait ${Math.ceil(wait / 1000)} s, longer than the ${Math.ceil(options.maxWaitMs / 1000)} s this step will wait`;
      return { ...last, error: last.error ? `${last.error}; ${why}` : why };
    }
    if (attempt < options.maxAttempts) await options.sleep(wait);
  }
  return last;
}

/** "HTTP 403: Resource not accessible by integration", or the transport error. */
function describeFailure(attempt: Attempt): string {
  if (attempt.response) {
    const base = `HTTP ${attempt.response.status}: ${apiMessage(attempt.response.data)}`;
    return attempt.error ? `${base} (${attempt.error})` : base;
  }
  return attempt.error ?? "no response";
}

function isPermissionDenied(response: ApiResponse | undefined): boolean {
  if (!response) return false;
  if (response.status === 404) return true;
  return (
    response.status === 403 &&
    header(response, "retry-after") === undefined &&
    header(response, "x-ratelimit-remaining") !== "0" &&
    !/rate limit/i.test(apiMessage(response.data))
  );
}

/**
 * Creates the check run, then appends the remaining annotation batches. Never throws: a token
 * that may not write checks (403/404) or an API that keeps failing yields `published: false`.
 */
export async function publishCheckRun(
  client: ApiClient,
  plan: CheckRunPlan,
  options: PublishOptions,
): Promise<PublishOutcome> {
  const settings = {
    sleep: options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms))),
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
    const data = (response.data ?? {}) as { id?: unknown; html_url?: unknown };
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
    const problems: string[] = [];
    for (const [index, update] of plan.updates.entries()) {
      const patched = await send(client, "PATCH", `${base}/${id}`, update, settings);
      requests += patched.requests;
      if (patched.response && patched.response.status < 300) {
        annotations += update.output.annotations.length;
        continue;
      }
      // Later batches would fail the same way; the check run exists with what it has.
      const skipped = plan.updates.slice(index).reduce((n, u) => n + u.output.annotations.length, 0);
      problems.push(
        `Adding annotations batch ${index + 2} failed: ${describeFailure(patched)}; ${skipped} annotations not added`,
      );
      break;
    }
    const outcome: PublishOutcome = { published: true, id, annotations, requests, problems };
    if (typeof data.html_url === "string") outcome.htmlUrl = data.html_url;
    return outcome;
  } catch (error) {
    // Reporting must never fail the job; an unexpected error here is reported, not raised.
    return {
      published: false,
      reason: `unexpected error: ${errorMessage(error)}`,
      permissionDenied: false,
      requests,
    };
  }
}
