"""base64 encode/decode that uses the Rust ``_base64`` module when it was built.

The same two functions work either way: if ``_base64`` is missing (no Rust toolchain,
``./configure --without-rust``, an unsupported platform), the pure-Python ``base64``
module answers instead. ``IMPLEMENTATION`` says which one is in use.
"""

try:
    from _base64 import b64decode, standard_b64encode
except ImportError:
    from base64 import b64decode, standard_b64encode

    IMPLEMENTATION = "base64"
else:
    IMPLEMENTATION = "_base64"

__all__ = ["IMPLEMENTATION", "b64decode", "standard_b64encode"]
