// HTTP with the failure handling rustup lacks: every request (manifest, .sha256, .asc, packages) is retried with
// exponential backoff and jitter on network errors, 5xx and stalls; a stall is caught by an idle timer that only
// runs while we are waiting on the network (not while our own disk writes apply backpressure).
import { errorMessage } from "@oxidize/core";
import {
  DownloadError,
  InstallError,
  InstallTimeoutError,
  NotAvailableError,
  TooLargeError,
} from "./errors.js";
import type { Transport } from "./transport.js";
import type { Logger, RetryOptions } from "./types.js";

export interface HttpContext {
  transport: Transport;
  retry: Required<RetryOptions>;
  /** abort an attempt when no byte arrives for this long */
  idleTimeoutMs: number;
  /** the whole install's deadline/cancellation */
  signal: AbortSignal;
  logger: Logger;
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  random: () => number;
}

export const DEFAULT_RETRY: Required<RetryOptions> = { attempts: 4, baseDelayMs: 500, maxDelayMs: 8000 };

export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
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

export function backoffDelay(attempt: number, retry: Required<RetryOptions>, random: () => number): number {
  const base = Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(base * (0.5 + random()));
}

function overallTimeout(ctx: HttpContext): InstallTimeoutError {
  const reason = ctx.signal.reason;
  return reason instanceof InstallError
    ? (reason as InstallTimeoutError)
    : new InstallTimeoutError(errorMessage(reason));
}

/** Runs `attempt` until it succeeds, fails with a non-retryable error, or the budget is spent. */
export async function withRetry<T>(
  what: string,
  ctx: HttpContext,
  attempt: (n: number) => Promise<T>,
): Promise<T> {
  const total = Math.max(1, ctx.retry.attempts);
  for (let n = 1; ; n++) {
    try {
      return await attempt(n);
    } catch (error) {
      if (ctx.signal.aborted) throw overallTimeout(ctx);
      const retryable = error instanceof InstallError && error.retryable;
      if (!retryable) throw error;
      if (n >= total) {
        throw new DownloadError(
          `${what} failed after ${total} attempts: ${errorMessage(error)}`,
          (error as DownloadError).url ?? "",
          (error as DownloadError).status,
          { cause: error },
        );
      }
      const delay = backoffDelay(n, ctx.retry, ctx.random);
      ctx.logger.warning(
        `${what}: ${errorMessage(error)}; retrying in ${(delay / 1000).toFixed(1)} s (${n}/${total})`,
      );
      try {
        await ctx.sleep(delay, ctx.signal);
      } catch {
        throw overallTimeout(ctx);
      }
    }
  }
}

class StallSignal extends Error {}

/** What a caller learns from the response head, before the body streams. */
export interface ResponseHead {
  status: number;
  /** the body's length, when announced (for a 206, the rest of the file) */
  contentLength?: number;
  contentRange?: string;
  validator?: string;
}

/** At most this many bytes of body; more (announced or sent) fails at once, without reading the rest. */
export interface BodyLimit {
  maxBytes: number;
  /** e.g. "the channel manifest", for the message */
  what: string;
  /** why the limit is what it is, e.g. "real ones are under 1 MiB" */
  why: string;
}

export function formatBytes(n: number): string {
  const round = (x: number) => Math.round(x * 10) / 10;
  return n >= 2 ** 30
    ? `${round(n / 2 ** 30)} GiB`
    : n >= 2 ** 20
      ? `${round(n / 2 ** 20)} MiB`
      : `${round(n / 1024)} KiB`;
}

function tooLarge(url: string, limit: BodyLimit): TooLargeError {
  return new TooLargeError(
    `GET ${url}: the server sent more than ${formatBytes(limit.maxBytes)} for ${limit.what} (${limit.why}); ` +
      "the dist server is broken or not a Rust dist server: check dist-server",
  );
}

export interface RangeRequest {
  /** resume from this byte */
  offset: number;
  /** the validator of the first response: the server sends the whole file (200) if it changed */
  ifRange: string;
}

/**
 * One attempt at a GET: streams the body into `onChunk` (awaited, so the consumer controls backpressure).
 * With `range`, asks for the rest of a file; `onHead` sees the answer (206 or a full 200) before any byte.
 * Returns the number of bytes, or null on 404 so the caller can word the "not available" error.
 */
export async function streamOnce(
  url: string,
  ctx: HttpContext,
  onChunk: (chunk: Uint8Array) => Promise<void> | void,
  range?: RangeRequest,
  onHead?: (head: ResponseHead) => Promise<void> | void,
  limit?: BodyLimit,
): Promise<number | null> {
  if (ctx.signal.aborted) throw overallTimeout(ctx);
  const attempt = new AbortController();
  const signal = AbortSignal.any([attempt.signal, ctx.signal]);
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(
      () => attempt.abort(new StallSignal(`no data for ${ctx.idleTimeoutMs / 1000} s`)),
      ctx.idleTimeoutMs,
    );
  };
  const disarm = () => clearTimeout(timer);
  const mapError = (error: unknown): Error => {
    if (ctx.signal.aborted) return overallTimeout(ctx);
    if (attempt.signal.aborted) {
      return new DownloadError(`${url} stalled (${errorMessage(attempt.signal.reason)})`, url);
    }
    if (error instanceof InstallError) return error;
    const cause = (error as { cause?: unknown }).cause;
    const detail = cause ? `${errorMessage(error)}: ${errorMessage(cause)}` : errorMessage(error);
    return new DownloadError(`GET ${url} failed: ${detail}`, url, undefined, { cause: error });
  };
  arm();
  try {
    let response: Awaited<ReturnType<Transport>>;
    try {
      response = await ctx.transport(
        url,
        signal,
        range ? { range: `bytes=${range.offset}-`, "if-range": range.ifRange } : {},
      );
    } catch (error) {
      throw mapError(error);
    }
    if (response.status === 404 || response.status === 410) {
      response.discard();
      return null;
    }
    if (range && response.status === 416) {
      response.discard();
      throw new DownloadError(
        `GET ${url}: the server refused to resume at byte ${range.offset} (416)`,
        url,
        416,
      );
    }
    if (response.status < 200 || response.status > 299) {
      response.discard();
      const transient = response.status >= 500 || response.status === 408 || response.status === 429;
      const message = `GET ${url} answered HTTP ${response.status} ${response.statusText}`.trim();
      if (transient) throw new DownloadError(message, url, response.status);
      throw new NotAvailableError(message);
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
    } catch (error) {
      response.discard();
      throw error;
    }
    const iterator = response.body[Symbol.asyncIterator]();
    let bytes = 0;
    try {
      for (;;) {
        let next: IteratorResult<Uint8Array>;
        try {
          next = await iterator.next();
        } catch (error) {
          const mapped = mapError(error);
          if (!(mapped instanceof DownloadError) || attempt.signal.aborted) throw mapped;
          const of = response.contentLength === undefined ? "" : ` of ${response.contentLength}`;
          throw new DownloadError(
            `GET ${url}: the connection broke after ${bytes}${of} bytes (${errorMessage(error)})`,
            url,
            undefined,
            { cause: error },
          );
        }
        if (next.done) break;
        bytes += next.value.length;
        if (limit && bytes > limit.maxBytes) throw tooLarge(url, limit);
        disarm();
        await onChunk(next.value);
        arm();
      }
    } catch (error) {
      response.discard();
      throw error;
    }
    if (response.contentLength !== undefined && bytes !== response.contentLength) {
      throw new DownloadError(`GET ${url} ended after ${bytes} of ${response.contentLength} bytes`, url);
    }
    return bytes;
  } finally {
    disarm();
  }
}

/** One GET of a small file into memory, never more than `limit.maxBytes`; null on 404. */
export async function getBounded(url: string, ctx: HttpContext, limit: BodyLimit): Promise<Buffer | null> {
  const chunks: Uint8Array[] = [];
  const got = await streamOnce(
    url,
    ctx,
    (chunk) => {
      chunks.push(chunk);
    },
    undefined,
    undefined,
    limit,
  );
  return got === null ? null : Buffer.concat(chunks);
}

/** GET a small file (manifest, .sha256, .asc) with retries and a size limit; null on 404. */
export async function fetchBytes(
  url: string,
  what: string,
  ctx: HttpContext,
  limit: BodyLimit,
): Promise<Buffer | null> {
  return withRetry(what, ctx, () => getBounded(url, ctx, limit));
}
