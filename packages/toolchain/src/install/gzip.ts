// The framing of a gzip member (RFC 1952): the unpacker reads its header and trailer itself and hands only the
// deflate stream to zlib, because gunzip would also compute a CRC-32 over every byte it inflates (a few percent
// of an install's CPU) that the archive's SHA-256 from the manifest, checked over the same bytes, already makes
// redundant.

const ID1 = 0x1f;
const ID2 = 0x8b;
const DEFLATE = 8;
const FHCRC = 0x02;
const FEXTRA = 0x04;
const FNAME = 0x08;
const FCOMMENT = 0x10;
const RESERVED = 0xe0;
const FIXED_HEADER_BYTES = 10;
/** CRC-32 and ISIZE, both little-endian 32-bit. */
export const GZIP_TRAILER_BYTES = 8;

/**
 * The length of the gzip member header at the start of `data`, or undefined while `data` does not hold all of
 * it yet. Throws for anything that is not a deflate-compressed gzip member.
 */
export function gzipHeaderLength(data: Uint8Array): number | undefined {
  if (data.length >= 1 && data[0] !== ID1) throw notGzip(data);
  if (data.length >= 2 && data[1] !== ID2) throw notGzip(data);
  if (data.length < FIXED_HEADER_BYTES) return undefined;
  if (data[2] !== DEFLATE) throw new Error(`gzip compression method ${data[2]} is not deflate (8)`);
  const flags = data[3] as number;
  if (flags & RESERVED) throw new Error("the gzip header sets reserved flags");
  let offset = FIXED_HEADER_BYTES;
  if (flags & FEXTRA) {
    if (data.length < offset + 2) return undefined;
    offset += 2 + ((data[offset] as number) | ((data[offset + 1] as number) << 8));
  }
  for (const flag of [FNAME, FCOMMENT]) {
    if (!(flags & flag)) continue;
    if (offset >= data.length) return undefined;
    const end = data.indexOf(0, offset);
    if (end < 0) return undefined;
    offset = end + 1;
  }
  if (flags & FHCRC) offset += 2;
  return offset <= data.length ? offset : undefined;
}

function notGzip(data: Uint8Array): Error {
  const start = [...data.subarray(0, 2)].map((b) => `0x${b.toString(16).padStart(2, "0")}`).join(" ");
  return new Error(`not a gzip file (it starts with ${start})`);
}

/**
 * Why a member's framing around its deflate stream is wrong, or undefined when it is right: exactly the trailer
 * follows the stream (no second member, nothing appended), and its ISIZE is the unpacked length modulo 2^32.
 */
export function gzipTrailerProblem(
  archiveBytes: number,
  headerBytes: number,
  deflateBytes: number,
  trailer: Uint8Array,
  unpackedBytes: number,
): string | undefined {
  const after = archiveBytes - headerBytes - deflateBytes;
  if (after < GZIP_TRAILER_BYTES) return "it ends inside the gzip trailer";
  if (after > GZIP_TRAILER_BYTES) {
    return `${after - GZIP_TRAILER_BYTES} bytes follow the gzip member (a second member, or appended data)`;
  }
  const view = new DataView(trailer.buffer, trailer.byteOffset, trailer.byteLength);
  const size = view.getUint32(4, true);
  if (size !== unpackedBytes % 2 ** 32) {
    return `the gzip trailer gives ${size} bytes unpacked, the deflate stream gave ${unpackedBytes % 2 ** 32}`;
  }
  return undefined;
}
