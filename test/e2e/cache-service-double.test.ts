/**
 * The cache service double refuses what GitHub's cache service and Azure Blob storage would
 * refuse, so a test that passes against it passes because @actions/cache spoke the real protocol.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CacheServiceDouble } from "../harness/cache-service-double.js";

const RPC = "twirp/github.actions.results.api.v1.CacheService";
let double: CacheServiceDouble;

beforeAll(async () => {
  double = await CacheServiceDouble.start();
});
afterAll(async () => {
  await double.close();
});

function twirp(method: string, body: unknown, token = double.token) {
  return fetch(`${double.url}${RPC}/${method}`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
}

describe("cache service double", () => {
  it.each<[string, () => Promise<Response>, number, string]>([
    ["an unknown method", () => twirp("DeleteCacheEntry", { key: "k", version: "v" }), 404, "bad_route"],
    [
      "a wrong token",
      () => twirp("CreateCacheEntry", { key: "k", version: "v" }, "guess"),
      401,
      "unauthenticated",
    ],
    [
      "an unknown field",
      () => twirp("CreateCacheEntry", { key: "k", version: "v", scope: "x" }),
      400,
      "malformed",
    ],
    [
      "a mistyped int64",
      () => twirp("FinalizeCacheEntryUpload", { key: "k", version: "v", size_bytes: 5 }),
      400,
      "malformed",
    ],
    [
      "a v1 request",
      () => fetch(`${double.url}_apis/artifactcache/cache?keys=k&version=v`),
      404,
      "ResourceNotFound",
    ],
  ])("refuses %s", async (_, request, status, code) => {
    const response = await request();
    expect(response.status).toBe(status);
    expect(await response.text()).toContain(code);
  });

  it("accepts only the signed URL it issued, for what it was signed for, and one entry per key and version", async () => {
    double.reset();
    const created = (await (await twirp("CreateCacheEntry", { key: "k", version: "v" })).json()) as {
      ok: boolean;
      signed_upload_url: string;
    };
    expect(created.ok).toBe(true);
    const put = (url: string) =>
      fetch(url, { method: "PUT", headers: { "x-ms-blob-type": "BlockBlob" }, body: "archive" });
    const tampered = created.signed_upload_url.replace(/sig=[^&]+/, "sig=AAAA");
    expect((await put(tampered)).status).toBe(403);
    expect((await put(created.signed_upload_url)).status).toBe(201);
    // Not found before it is finalized; then found by prefix, and the upload URL cannot read it.
    const lookup = () =>
      twirp("GetCacheEntryDownloadURL", { key: "other", restore_keys: ["k"], version: "v" });
    expect(await (await lookup()).json()).toMatchObject({ ok: false });
    const finalized = await twirp("FinalizeCacheEntryUpload", { key: "k", version: "v", size_bytes: "7" });
    expect(await finalized.json()).toMatchObject({ ok: true, entry_id: expect.any(String) });
    const found = (await (await lookup()).json()) as { matched_key: string; signed_download_url: string };
    expect(found.matched_key).toBe("k");
    expect(await (await fetch(found.signed_download_url)).text()).toBe("archive");
    expect((await fetch(created.signed_upload_url)).status).toBe(403);
    const again = await twirp("CreateCacheEntry", { key: "k", version: "v" });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("already_exists");
  });
});
