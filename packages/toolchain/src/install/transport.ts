// The one place that performs a GET: undici's `request` (no web streams: on a loopback mirror it moves a 140 MB
// tarball as fast as node:http, about twice as fast as fetch) through its EnvHttpProxyAgent, so HTTPS_PROXY,
// HTTP_PROXY and NO_PROXY (and the lowercase forms) work as they do for rustup, curl and the runner: mirrors in
// closed networks sit behind proxies. An injected `fetch` (tests) goes through the same interface.
import type { Dispatcher } from "undici";
import type { FetchLike } from "./types.js";

export interface HttpResponse {
  status: number;
  statusText: string;
  contentLength?: number;
  /** `Content-Range` of a 206 answer */
  contentRange?: string;
  /** ETag, else Last-Modified: what `If-Range` needs to resume safely */
  validator?: string;
  body: AsyncIterable<Uint8Array>;
  /** releases the connection without reading the body */
  discard(): void;
}

export type Transport = (
  url: string,
  signal: AbortSignal,
  headers?: Record<string, string>,
) => Promise<HttpResponse>;

const MAX_REDIRECTS = 5;

/** The proxy variables as curl reads them: lowercase first; an empty value means "none". */
function proxyVariable(env: NodeJS.ProcessEnv, name: string): string | undefined {
  return env[name.toLowerCase()] || env[name.toUpperCase()] || undefined;
}

export interface TransportOptions {
  /** where HTTPS_PROXY, HTTP_PROXY and NO_PROXY are read (default process.env) */
  env?: NodeJS.ProcessEnv;
  /** connecting and waiting for the response head, each (default 30 s); the body has the installer's idle timer */
  timeoutMs?: number;
}

/** A transport with its own connection pool, honouring the proxy variables of `env`. */
export function undiciTransport(options: TransportOptions = {}): Transport {
  const env = options.env ?? process.env;
  const timeout = options.timeoutMs ?? 30_000;
  const httpProxy = proxyVariable(env, "http_proxy");
  const httpsProxy = proxyVariable(env, "https_proxy");
  const noProxy = proxyVariable(env, "no_proxy");
  // Loaded on the first request: a tool-cache hit downloads nothing and should not pay for undici's start.
  // node:http too: only its status texts are wanted, and only once something is downloaded.
  let loaded:
    | Promise<{
        request: typeof import("undici").request;
        dispatcher: Dispatcher;
        statusCodes: Record<number, string | undefined>;
      }>
    | undefined;
  const load = () =>
    (loaded ??= Promise.all([import("undici"), import("node:http")]).then(
      ([{ EnvHttpProxyAgent, request }, http]) => ({
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
      }),
    ));
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
    response.body.on("error", () => {});
    const header = (name: string): string | undefined => {
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

export function fetchTransport(fetchImpl: FetchLike): Transport {
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
                  if (done) return;
                  yield value;
                }
              } finally {
                reader.cancel().catch(() => {});
              }
            },
          }
        : (async function* () {})(),
      discard: () => {
        body?.cancel().catch(() => {});
      },
    };
  };
}
