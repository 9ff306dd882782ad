"""zlib.compress / zlib.decompress from the Rust ``_zlib_rs`` backend when it was built.

The backend the 2026 Language Summit plan ships first: optional, with CPython's C zlib as the
fallback. If ``_zlib_rs`` is missing (no Rust, no vendored zlib-rs, an unsupported platform),
``zlib`` answers instead. Both raise ``zlib.error``; ``IMPLEMENTATION`` says which one is in use.
"""

from zlib import error

try:
    from _zlib_rs import compress, decompress
except ImportError:
    from zlib import compress, decompress

    IMPLEMENTATION = "zlib"
else:
    IMPLEMENTATION = "_zlib_rs"

__all__ = ["IMPLEMENTATION", "compress", "decompress", "error"]
