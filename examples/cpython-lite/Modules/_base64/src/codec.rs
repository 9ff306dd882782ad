//! Pure base64 (RFC 4648 standard alphabet), no Python involved: unit-testable with `cargo test`.
//! Decoding reproduces CPython's `binascii.a2b_base64` in its default (non-strict) mode:
//! characters outside the alphabet are skipped, decoding stops at a complete pad sequence, and
//! a dangling quad is an error.

use std::ffi::CString;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const PAD: u8 = b'=';
const INVALID: u8 = 0xff;

/// Reverse table: byte → 6-bit value, INVALID for everything outside the alphabet.
const DECODE: [u8; 256] = {
    let mut table = [INVALID; 256];
    let mut i = 0;
    while i < 64 {
        table[ALPHABET[i] as usize] = i as u8;
        i += 1;
    }
    table
};

pub fn encode(input: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(input.len().div_ceil(3) * 4);
    let mut chunks = input.chunks_exact(3);
    for chunk in &mut chunks {
        let n = (u32::from(chunk[0]) << 16) | (u32::from(chunk[1]) << 8) | u32::from(chunk[2]);
        out.extend_from_slice(&[sextet(n >> 18), sextet(n >> 12), sextet(n >> 6), sextet(n)]);
    }
    match *chunks.remainder() {
        [a] => {
            let n = u32::from(a) << 16;
            out.extend_from_slice(&[sextet(n >> 18), sextet(n >> 12), PAD, PAD]);
        }
        [a, b] => {
            let n = (u32::from(a) << 16) | (u32::from(b) << 8);
            out.extend_from_slice(&[sextet(n >> 18), sextet(n >> 12), sextet(n >> 6), PAD]);
        }
        _ => {}
    }
    out
}

fn sextet(n: u32) -> u8 {
    ALPHABET[(n & 0x3f) as usize]
}

#[derive(Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// One data character past a multiple of four: no input encodes to that. Carries the
    /// number of data characters, which binascii puts in its message.
    DanglingCharacter(usize),
    IncorrectPadding,
}

impl DecodeError {
    /// binascii's exact wording, as a C string for PyErr_SetString.
    pub fn message(&self) -> CString {
        let text = match self {
            DecodeError::DanglingCharacter(count) => format!(
                "Invalid base64-encoded string: number of data characters ({count}) cannot be 1 more than a multiple of 4"
            ),
            DecodeError::IncorrectPadding => "Incorrect padding".to_owned(),
        };
        // The text is ours and holds no NUL byte.
        CString::new(text).unwrap_or_default()
    }
}

pub fn decode(input: &[u8]) -> Result<Vec<u8>, DecodeError> {
    let mut out = Vec::with_capacity(input.len() / 4 * 3 + 3);
    let mut quad_pos = 0u8;
    let mut left: u8 = 0;
    let mut pads = 0u8;
    for &byte in input {
        if byte == PAD {
            // Like binascii: '=' only counts once two data characters of the quad are in,
            // and a complete pad sequence ends the input (the rest is ignored).
            if quad_pos >= 2 {
                pads += 1;
                if quad_pos + pads >= 4 {
                    return Ok(out);
                }
            }
            continue;
        }
        let value = DECODE[byte as usize];
        if value == INVALID {
            continue;
        }
        pads = 0;
        match quad_pos {
            0 => {
                left = value;
                quad_pos = 1;
            }
            1 => {
                out.push((left << 2) | (value >> 4));
                left = value & 0x0f;
                quad_pos = 2;
            }
            2 => {
                out.push((left << 4) | (value >> 2));
                left = value & 0x03;
                quad_pos = 3;
            }
            _ => {
                out.push((left << 6) | value);
                quad_pos = 0;
            }
        }
    }
    match quad_pos {
        0 => Ok(out),
        1 => Err(DecodeError::DanglingCharacter(out.len() / 3 * 4 + 1)),
        _ => Err(DecodeError::IncorrectPadding),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc4648_vectors() {
        let cases: [(&[u8], &[u8]); 7] = [
            (b"", b""),
            (b"f", b"Zg=="),
            (b"fo", b"Zm8="),
            (b"foo", b"Zm9v"),
            (b"foob", b"Zm9vYg=="),
            (b"fooba", b"Zm9vYmE="),
            (b"foobar", b"Zm9vYmFy"),
        ];
        for (plain, encoded) in cases {
            assert_eq!(encode(plain), encoded);
            assert_eq!(decode(encoded).unwrap(), plain);
        }
    }

    #[test]
    fn lenient_like_binascii() {
        assert_eq!(decode(b"Zm9v\nYmFy").unwrap(), b"foobar");
        assert_eq!(decode(b"Zg==trailing").unwrap(), b"f");
        assert_eq!(decode(b"Zg"), Err(DecodeError::IncorrectPadding));
        assert_eq!(decode(b"Z"), Err(DecodeError::DanglingCharacter(1)));
        assert_eq!(decode(b"Zm9vY"), Err(DecodeError::DanglingCharacter(5)));
    }
}
