"""Differential check of the Rust zlib backend against CPython's C zlib, in one process.

Usage: python compare_zlib.py [MODULE]   (MODULE defaults to $OXIDIZE_MODULE, then _zlib_rs)
Round trips through the Rust module and cross-decoding both ways with zlib, on random and
repetitive inputs, every level (-1..9) and the zlib, raw and gzip formats at several window
sizes; then corrupt, truncated and trailing-data inputs must fail (or not) the same way.
Compressed bytes may differ (zlib-rs follows zlib-ng), so they are decoded, not compared.
Exits non-zero on the first disagreement; prints how many cases were compared.
"""
import importlib
import os
import random
import sys
import zlib

name = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("OXIDIZE_MODULE", "_zlib_rs")
rust = importlib.import_module(name)
rng = random.Random(int(os.environ.get("SEED", "1234")))
WBITS = [9, 12, 15, -9, -15, 25, 31]


def c_compress(data, level, wbits):
    """C zlib's compress with wbits (zlib.compress takes wbits from 3.11 on)."""
    packer = zlib.compressobj(level, zlib.DEFLATED, wbits)
    return packer.compress(data) + packer.flush()


def randbytes(n):  # Random.randbytes is 3.9+; the module imports on 3.8
    return bytes(rng.getrandbits(8) for _ in range(n))


def sample():
    kind = rng.randrange(4)
    size = rng.choice([0, 1, 7, 100, 1000, 20000, 70000])
    if kind == 0:
        return randbytes(size)
    if kind == 1:
        return bytes(rng.choice(b"ab") for _ in range(size))
    words = [randbytes(rng.randrange(1, 12)) for _ in range(20)]
    out = b"".join(rng.choice(words) for _ in range(size // 6 + 1))[:size]
    return bytearray(out) if kind == 3 else out


def outcome(fn, *args, **kwargs):
    try:
        return ("ok", fn(*args, **kwargs))
    except zlib.error:
        return ("zlib.error", None)
    except (ValueError, TypeError, OverflowError) as error:
        return (type(error).__name__, None)


count = 0
for _ in range(300):
    data = sample()
    level = rng.randrange(-1, 10)
    wbits = rng.choice(WBITS)
    packed = rust.compress(data, level, wbits)
    assert zlib.decompress(packed, wbits) == data, ("C zlib cannot read", level, wbits, len(data))
    assert rust.decompress(packed, wbits) == data, ("round trip", level, wbits, len(data))
    assert rust.decompress(c_compress(data, level, wbits), wbits) == data, ("reading C zlib", level, wbits)
    assert rust.decompress(packed, wbits, bufsize=1) == data
    if wbits > 0:  # zlib and gzip headers are detected the same way
        assert rust.decompress(packed, 47) == zlib.decompress(packed, 47) == data
    count += 1
for level in range(-1, 10):
    for wbits in WBITS:
        data = sample()
        assert rust.decompress(rust.compress(data, level=level, wbits=wbits), wbits=wbits) == data
        count += 1
assert rust.compress(b"default") and zlib.decompress(rust.compress(b"default")) == b"default"
for _ in range(300):
    wbits = rng.choice(WBITS)
    data = c_compress(sample() or b"x", rng.randrange(10), wbits)
    cut = rng.randrange(len(data))
    broken = bytearray(data)
    broken[rng.randrange(len(broken))] ^= 1 << rng.randrange(8)
    for bad in (data[:cut], bytes(broken), data + randbytes(rng.randrange(1, 20))):
        expected, got = outcome(zlib.decompress, bad, wbits), outcome(rust.decompress, bad, wbits)
        assert expected == got, (bad[:32], wbits, expected[0], got[0])
        count += 1
bad_compress = [(b"x", 10), (b"x", -2), ("text",), (None,)]
if sys.version_info >= (3, 11):
    bad_compress += [(b"x", 6, 99), (b"x", 6, -8), (b"x", 6, 24)]
    data = sample()
    assert rust.decompress(zlib.compress(data, 6, 8)) == zlib.decompress(rust.compress(data, 6, 8)) == data
    count += 1
for args in bad_compress:
    assert outcome(zlib.compress, *args)[0] == outcome(rust.compress, *args)[0], args
    count += 1
for args in [(b"x", 99), ("text",), (b"x", 15, -1)]:
    assert outcome(zlib.decompress, *args)[0] == outcome(rust.decompress, *args)[0], args
    count += 1
print(f"compared {count} cases: {name} agrees with zlib")
