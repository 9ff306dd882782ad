/**
 * A stand-in for the Actions cache service (v2), which cannot be reached from here: a loopback
 * HTTP server that speaks exactly what @actions/cache 6 sends when ACTIONS_CACHE_SERVICE_V2 is set
 * — Twirp JSON POSTs to /twirp/github.actions.results.api.v1.CacheService/{CreateCacheEntry,
 * FinalizeCacheEntryUpload,GetCacheEntryDownloadURL} with the runtime token as a bearer — and the
 * Azure Blob requests made on the signed URLs it hands out: Put Blob (one shot, ≤ 128 MiB),
 * Put Block + Put Block List (larger archives), and GET (with an optional Range) / HEAD of the
 * finished blob.
 *
 * Strict as the real services are: an unknown Twirp method is 404 bad_route, a missing or wrong
 * token 401 unauthenticated, a body with an unknown or mistyped field 400 malformed, a signed URL
 * whose signature, permission or expiry does not check out 403 AuthenticationFailed, any other
 * path or method 404/405. Entries are found as GitHub finds them: the key and version exactly,
 * then a prefix of the key, then each restore key exactly and by prefix, newest first; only
 * finalized entries are found; a second CreateCacheEntry of one key and version is 409
 * already_exists, as when two jobs save at once.
 *
 * Only v2: @actions/cache 6 still speaks v1 (the REST API at ACTIONS_CACHE_URL, `_apis/artifactcache`)
 * when ACTIONS_CACHE_SERVICE_V2 is unset or GITHUB_SERVER_URL is a GHES host, but github.com's
 * runners set v2 (the v1 service there has been retired); a v1 request here is a 404.
 *
 * Faults: "down" (connections refused: the server stops listening), "hang" (requests are read and
 * never answered), 5xx on Twirp calls or on the blob, and "corrupt" (the archive served with
 * some of its bytes flipped).
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

const SERVICE = "github.actions.results.api.v1.CacheService";

type FieldType = "string" | "int64" | "string[]" | "metadata";
/** The request messages' JSON fields (proto field names, as the client sends them). */
const REQUEST_FIELDS: Record<string, Record<string, FieldType>> = {
  CreateCacheEntry: { metadata: "metadata", key: "string", version: "string" },
  FinalizeCacheEntryUpload: { metadata: "metadata", key: "string", size_bytes: "int64", version: "string" },
  GetCacheEntryDownloadURL: {
    metadata: "metadata",
    key: "string",
    restore_keys: "string[]",
    version: "string",
  },
};

export type CacheFault =
  | { kind: "hang"; on?: "twirp" | "blob" }
  | { kind: "status"; status: 500 | 502 | 503; on?: "twirp" | "blob" }
  | { kind: "corrupt" };

export interface CacheEntry {
  id: number;
  key: string;
  version: string;
  blob: string;
  finalized: boolean;
  sizeBytes?: number;
  createdAt: number;
}

export interface RecordedCacheCall {
  method: string;
  path: string;
  status: number;
  /** The Twirp method, for service calls. */
  rpc?: string;
  body?: unknown;
}

export class CacheServiceDouble {
  readonly token = `runtime-${randomBytes(8).toString("hex")}`;
  readonly calls: RecordedCacheCall[] = [];
  readonly entries: CacheEntry[] = [];
  private readonly blobs = new Map<string, Buffer>();
  private readonly blocks = new Map<string, Map<string, Buffer>>();
  private readonly secret = randomBytes(32);
  private faults: Array<CacheFault & { left: number }> = [];
  private nextId = 1;
  private clock = 0;
  private hanging = new Set<ServerResponse>();

  private constructor(
    private server: Server,
    private port: number,
  ) {}

  static async start(): Promise<CacheServiceDouble> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const double = new CacheServiceDouble(server, (server.address() as AddressInfo).port);
    server.on("request", (req, res) => void double.handle(req, res));
    return double;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/`;
  }

  /** What a runner with this service sets for a step (cache service v2). */
  env(): Record<string, string> {
    return {
      ACTIONS_CACHE_SERVICE_V2: "True",
      ACTIONS_RESULTS_URL: this.url,
      ACTIONS_RUNTIME_TOKEN: this.token,
    };
  }

  /** The next `times` matching requests misbehave (Infinity by default). */
  fail(fault: CacheFault, times = Number.POSITIVE_INFINITY): void {
    this.faults.push({ ...fault, left: times });
  }

  /** Stops listening, so that connections are refused (the service is down), keeping the port. */
  async down(): Promise<void> {
    await this.stopListening();
  }

  async up(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(this.port, "127.0.0.1", resolve));
  }

  reset(): void {
    this.calls.length = 0;
    this.entries.length = 0;
    this.blobs.clear();
    this.blocks.clear();
    this.faults = [];
    this.releaseHanging();
  }

  /** The finalized entry saved under this key, if any. */
  entry(key: string): CacheEntry | undefined {
    return this.entries.find((e) => e.key === key && e.finalized);
  }

  archive(entry: CacheEntry): Buffer | undefined {
    return this.blobs.get(entry.blob);
  }

  async close(): Promise<void> {
    this.releaseHanging();
    if (this.server.listening) await this.stopListening();
  }

  private stopListening(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.closeAllConnections();
      this.server.close((error) => (error ? reject(error) : resolve()));
    });
  }

  private releaseHanging(): void {
    for (const res of this.hanging) res.destroy();
    this.hanging.clear();
  }

  private takeFault(on: "twirp" | "blob"): CacheFault | undefined {
    const fault = this.faults.find(
      (f) => f.left > 0 && (f.kind === "corrupt" ? on === "blob" : (f.on ?? "twirp") === on),
    );
    if (fault) fault.left--;
    return fault;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.url);
    const body = await readBody(req);
    const call: RecordedCacheCall = { method: req.method ?? "", path: url.pathname, status: 0 };
    this.calls.push(call);
    const send = (
      status: number,
      headers: Record<string, string | number>,
      payload: Buffer | string = "",
    ): undefined => {
      call.status = status;
      res.writeHead(status, { ...headers, "content-length": Buffer.byteLength(payload) });
      res.end(req.method === "HEAD" ? undefined : payload);
    };
    const on = url.pathname.startsWith("/twirp/") ? "twirp" : "blob";
    const fault = this.takeFault(on);
    if (fault?.kind === "hang") {
      this.hanging.add(res);
      return;
    }
    if (fault?.kind === "status") {
      if (on === "twirp") return send(fault.status, JSON_TYPE, twirpError("internal", "injected failure"));
      return send(fault.status, XML_TYPE, azureError("InternalError", "injected failure"));
    }
    if (on === "twirp") return this.twirp(req, url, body, call, send);
    return this.blob(req, url, body, fault?.kind === "corrupt", send);
  }

  private twirp(
    req: IncomingMessage,
    url: URL,
    raw: Buffer,
    call: RecordedCacheCall,
    send: (status: number, headers: Record<string, string>, payload?: string) => undefined,
  ): undefined {
    const prefix = `/twirp/${SERVICE}/`;
    const method = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : "";
    const fields = REQUEST_FIELDS[method];
    if (!fields || req.method !== "POST") {
      return send(404, JSON_TYPE, twirpError("bad_route", `no handler for path "${url.pathname}"`));
    }
    call.rpc = method;
    if (req.headers.authorization !== `Bearer ${this.token}`) {
      return send(401, JSON_TYPE, twirpError("unauthenticated", "invalid or missing runtime token"));
    }
    if (!(req.headers["content-type"] ?? "").startsWith("application/json")) {
      return send(415, JSON_TYPE, twirpError("bad_route", "unexpected Content-Type"));
    }
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(raw.toString("utf8")) as Record<string, unknown>;
      call.body = body;
      const problem = malformed(body, fields);
      if (problem) return send(400, JSON_TYPE, twirpError("malformed", problem));
    } catch {
      return send(400, JSON_TYPE, twirpError("malformed", "the json request could not be decoded"));
    }
    const key = String(body["key"] ?? "");
    const version = String(body["version"] ?? "");
    if (!key || !version)
      return send(400, JSON_TYPE, twirpError("invalid_argument", "key and version are required"));
    const ok = (payload: Record<string, unknown>) => send(200, JSON_TYPE, JSON.stringify(payload));

    if (method === "CreateCacheEntry") {
      if (this.entries.some((e) => e.key === key && e.version === version)) {
        return send(
          409,
          JSON_TYPE,
          twirpError("already_exists", "cache entry with the same key, version, and scope already exists"),
        );
      }
      const entry: CacheEntry = {
        id: this.nextId++,
        key,
        version,
        blob: `/blob/actionscache/entries/${randomBytes(8).toString("hex")}.tzst`,
        finalized: false,
        createdAt: this.clock++,
      };
      this.entries.push(entry);
      return ok({ ok: true, signed_upload_url: this.sign(entry.blob, "cw") });
    }
    if (method === "FinalizeCacheEntryUpload") {
      const entry = this.entries.find((e) => e.key === key && e.version === version && !e.finalized);
      const uploaded = entry && this.blobs.get(entry.blob);
      if (!entry || !uploaded) return send(404, JSON_TYPE, twirpError("not_found", "cache entry not found"));
      if (Number(body["size_bytes"]) !== uploaded.length) {
        return send(
          400,
          JSON_TYPE,
          twirpError("invalid_argument", "size_bytes does not match the uploaded blob"),
        );
      }
      entry.finalized = true;
      entry.sizeBytes = uploaded.length;
      return ok({ ok: true, entry_id: String(entry.id) });
    }
    const restoreKeys = (body["restore_keys"] as string[] | undefined) ?? [];
    const entry = this.lookup(key, restoreKeys, version);
    if (!entry) return ok({ ok: false, signed_download_url: "", matched_key: "" });
    return ok({ ok: true, signed_download_url: this.sign(entry.blob, "r"), matched_key: entry.key });
  }

  /** GitHub's order: the key exactly, then as a prefix, then each restore key the same way; newest first. */
  private lookup(key: string, restoreKeys: string[], version: string): CacheEntry | undefined {
    const candidates = this.entries
      .filter((e) => e.finalized && e.version === version)
      .sort((a, b) => b.createdAt - a.createdAt);
    for (const wanted of [key, ...restoreKeys]) {
      const found =
        candidates.find((e) => e.key === wanted) ?? candidates.find((e) => e.key.startsWith(wanted));
      if (found) return found;
    }
    return undefined;
  }

  private sign(path: string, permissions: string): string {
    const expiry = new Date(Date.now() + 3_600_000).toISOString().replace(/\.\d+Z$/, "Z");
    const query = new URLSearchParams({ sv: "2024-11-04", sr: "b", sp: permissions, se: expiry });
    query.set("sig", this.signature(path, permissions, expiry));
    return `${this.url.replace(/\/$/, "")}${path}?${query}`;
  }

  private signature(path: string, permissions: string, expiry: string): string {
    return createHmac("sha256", this.secret).update(`${permissions}\n${expiry}\n${path}`).digest("base64");
  }

  /** The SAS check Azure makes: signature over path, permissions and expiry; not expired; allowed. */
  private authorized(url: URL, permission: string): boolean {
    const sp = url.searchParams.get("sp") ?? "";
    const se = url.searchParams.get("se") ?? "";
    const sig = Buffer.from(url.searchParams.get("sig") ?? "", "base64");
    const expected = Buffer.from(this.signature(url.pathname, sp, se), "base64");
    return (
      sig.length === expected.length &&
      timingSafeEqual(sig, expected) &&
      Date.parse(se) > Date.now() &&
      sp.includes(permission)
    );
  }

  private blob(
    req: IncomingMessage,
    url: URL,
    body: Buffer,
    corrupt: boolean,
    send: (status: number, headers: Record<string, string | number>, payload?: Buffer | string) => undefined,
  ): undefined {
    if (!url.pathname.startsWith("/blob/"))
      return send(404, XML_TYPE, azureError("ResourceNotFound", "no such resource"));
    const method = req.method ?? "";
    const write = method === "PUT";
    if (!["GET", "HEAD", "PUT"].includes(method)) {
      return send(405, XML_TYPE, azureError("UnsupportedHttpVerb", `${method} is not supported`));
    }
    if (!this.authorized(url, write ? "w" : "r")) {
      return send(403, XML_TYPE, azureError("AuthenticationFailed", "signature did not match"));
    }
    const path = url.pathname;
    const common = { "x-ms-request-id": randomBytes(8).toString("hex"), "x-ms-version": "2024-11-04" };
    if (write) {
      const created = {
        ...common,
        etag: `"0x${randomBytes(6).toString("hex")}"`,
        "last-modified": new Date().toUTCString(),
      };
      const comp = url.searchParams.get("comp");
      if (comp === "block") {
        const id = url.searchParams.get("blockid");
        if (!id) return send(400, XML_TYPE, azureError("InvalidQueryParameterValue", "blockid is required"));
        const staged = this.blocks.get(path) ?? new Map<string, Buffer>();
        staged.set(id, body);
        this.blocks.set(path, staged);
        return send(201, created);
      }
      if (comp === "blocklist") {
        const staged = this.blocks.get(path) ?? new Map<string, Buffer>();
        const ids = [...body.toString("utf8").matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)</g)].map(
          (m) => m[1]!,
        );
        if (ids.length === 0 || ids.some((id) => !staged.has(id))) {
          return send(
            400,
            XML_TYPE,
            azureError("InvalidBlockList", "the block list names a block not staged"),
          );
        }
        this.blobs.set(path, Buffer.concat(ids.map((id) => staged.get(id)!)));
        this.blocks.delete(path);
        return send(201, created);
      }
      if (comp !== null) return send(400, XML_TYPE, azureError("InvalidQueryParameterValue", `comp=${comp}`));
      if (req.headers["x-ms-blob-type"] !== "BlockBlob") {
        return send(400, XML_TYPE, azureError("MissingRequiredHeader", "x-ms-blob-type must be BlockBlob"));
      }
      this.blobs.set(path, body);
      return send(201, created);
    }
    if (url.searchParams.has("comp"))
      return send(400, XML_TYPE, azureError("InvalidQueryParameterValue", "comp"));
    const stored = this.blobs.get(path);
    if (!stored) return send(404, XML_TYPE, azureError("BlobNotFound", "the blob does not exist"));
    const data = corrupt ? corrupted(stored) : stored;
    const headers = {
      ...common,
      "x-ms-blob-type": "BlockBlob",
      "accept-ranges": "bytes",
      "content-type": "application/octet-stream",
    };
    const range = /^bytes=(\d+)-(\d*)$/.exec(String(req.headers["x-ms-range"] ?? req.headers.range ?? ""));
    if (range) {
      const start = Number(range[1]);
      const end = Math.min(range[2] ? Number(range[2]) : data.length - 1, data.length - 1);
      if (start > end) return send(416, XML_TYPE, azureError("InvalidRange", "the range is not satisfiable"));
      return send(
        206,
        { ...headers, "content-range": `bytes ${start}-${end}/${data.length}` },
        data.subarray(start, end + 1),
      );
    }
    return send(200, headers, data);
  }
}

const JSON_TYPE = { "content-type": "application/json" };
const XML_TYPE = { "content-type": "application/xml" };

function twirpError(code: string, msg: string): string {
  return JSON.stringify({ code, msg });
}

function azureError(code: string, message: string): string {
  return `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`;
}

/** protojson's strictness: only known fields, each of its type (int64 travels as a decimal string). */
function malformed(body: unknown, fields: Record<string, FieldType>): string | undefined {
  if (typeof body !== "object" || body === null || Array.isArray(body))
    return "the request is not a JSON object";
  for (const [name, value] of Object.entries(body)) {
    const type = fields[name];
    if (!type) return `unknown field "${name}"`;
    const fits =
      type === "string"
        ? typeof value === "string"
        : type === "int64"
          ? typeof value === "string" && /^-?\d+$/.test(value)
          : type === "string[]"
            ? Array.isArray(value) && value.every((v) => typeof v === "string")
            : typeof value === "object" && value !== null;
    if (!fits) return `field "${name}" is not a ${type}`;
  }
  return undefined;
}

/** The archive with bytes flipped in its middle, past zstd's frame header: a damaged download. */
function corrupted(data: Buffer): Buffer {
  const copy = Buffer.from(data);
  const from = Math.floor(copy.length / 2);
  for (let i = from; i < Math.min(copy.length, from + 64); i++) copy[i] = copy[i]! ^ 0xff;
  return copy;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}
