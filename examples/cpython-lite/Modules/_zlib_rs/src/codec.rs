//! zlib.compress / zlib.decompress semantics (CPython's zlibmodule.c) over zlib-rs: the same
//! `wbits` conventions (9..15 zlib, -15..-9 raw deflate, 25..31 gzip; decompress also takes 0
//! for "the header's window" and 40..47 for "zlib or gzip, detected"), the same error texts.
//! The compressed bytes may differ from C zlib's (zlib-rs follows zlib-ng); any zlib reads them.

use zlib_rs::{Deflate, DeflateError, DeflateFlush, Inflate, InflateError, InflateFlush, Status};

/// A failure as CPython's zlib module words it; `code` is zlib's return code.
#[derive(Debug, PartialEq, Eq)]
pub struct ZlibError(pub String);

fn failure(code: i32, action: &str, message: Option<&str>) -> ZlibError {
    match message {
        Some(message) => ZlibError(format!("Error {code} while {action}: {message}")),
        None => ZlibError(format!("Error {code} while {action}")),
    }
}

/// zlib's `(wrapper, window bits)` for a `wbits` value, or None where zlib would refuse it.
fn split_wbits(wbits: i32, decompressing: bool) -> Option<(bool, u8)> {
    let ok = match wbits {
        9..=15 | 25..=31 => true,
        -15..=-9 => true,
        0 | 8 | 24 | 40..=47 | -8 => decompressing,
        _ => false,
    };
    if !ok {
        return None;
    }
    Some(if wbits < 0 {
        (false, (-wbits) as u8)
    } else {
        (true, wbits as u8)
    })
}

/// `zlib.compress(data, level, wbits)`.
pub fn compress(data: &[u8], level: i32, wbits: i32) -> Result<Vec<u8>, ZlibError> {
    // zlib (since 1.2.9) compresses with a 512-byte window when asked for 256 with its header.
    let wbits = if wbits == 8 { 9 } else { wbits };
    let Some((wrapper, bits)) = split_wbits(wbits, false).filter(|_| (-1..=9).contains(&level))
    else {
        // zlib answers Z_STREAM_ERROR for either, and CPython says this for both.
        return Err(ZlibError("Bad compression level".into()));
    };
    let mut stream = Deflate::new(level, wrapper, bits);
    // Room for the worst case plus a gzip header and trailer: usually one call does it all.
    let mut out = vec![0u8; zlib_rs::compress_bound(data.len()) + 32];
    let mut written = 0usize;
    loop {
        let consumed = stream.total_in() as usize;
        let before = stream.total_out();
        let status = stream.compress(&data[consumed..], &mut out[written..], DeflateFlush::Finish);
        written += (stream.total_out() - before) as usize;
        match status {
            Ok(Status::StreamEnd) => break,
            Ok(Status::Ok | Status::BufError) => {
                if written == out.len() {
                    out.resize(out.len() * 2, 0);
                }
            }
            Err(error) => {
                let code = error as i32;
                let message = stream
                    .error_message()
                    .unwrap_or(DeflateError::as_str(error));
                return Err(failure(code, "compressing data", Some(message)));
            }
        }
    }
    out.truncate(written);
    Ok(out)
}

/// `zlib.decompress(data, wbits, bufsize)`: the first complete stream; what follows it is ignored.
pub fn decompress(data: &[u8], wbits: i32, bufsize: usize) -> Result<Vec<u8>, ZlibError> {
    let Some((wrapper, bits)) = split_wbits(wbits, true) else {
        return Err(failure(
            -2,
            "preparing to decompress data",
            Some("inconsistent stream state"),
        ));
    };
    let mut stream = Inflate::new(wrapper, bits);
    let mut out = vec![0u8; bufsize.max(1)];
    let mut written = 0usize;
    loop {
        if written == out.len() {
            out.resize(out.len() * 2, 0);
        }
        let consumed = stream.total_in() as usize;
        let before = stream.total_out();
        let status = stream.decompress(
            &data[consumed..],
            &mut out[written..],
            InflateFlush::NoFlush,
        );
        let produced = (stream.total_out() - before) as usize;
        written += produced;
        match status {
            Ok(Status::StreamEnd) => break,
            Ok(Status::Ok | Status::BufError) => {
                let input_left = stream.total_in() as usize != data.len();
                let stalled = stream.total_in() as usize == consumed && produced == 0;
                // Output space left and nothing more to read (or no progress): the stream ends early.
                if written < out.len() && (!input_left || stalled) {
                    return Err(failure(
                        -5,
                        "decompressing data",
                        Some("incomplete or truncated stream"),
                    ));
                }
            }
            Err(InflateError::NeedDict { .. }) => {
                return Err(failure(2, "decompressing data", None));
            }
            Err(error) => {
                let code = match error {
                    InflateError::StreamError => -2,
                    InflateError::DataError => -3,
                    _ => -4,
                };
                let message = stream
                    .error_message()
                    .unwrap_or(InflateError::as_str(error));
                return Err(failure(code, "decompressing data", Some(message)));
            }
        }
    }
    out.truncate(written);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_every_level_and_format() {
        let data: Vec<u8> = (0..50_000u32)
            .map(|i| (i * 7 % 251) as u8 ^ (i / 300) as u8)
            .collect();
        for level in -1..=9 {
            for wbits in [9, 15, -9, -15, 25, 31] {
                let packed = compress(&data, level, wbits).unwrap();
                assert_eq!(
                    decompress(&packed, wbits, 16384).unwrap(),
                    data,
                    "level {level} wbits {wbits}"
                );
            }
        }
    }

    #[test]
    fn detects_the_header_with_wbits_47_and_0() {
        let zlib = compress(b"hello hello hello", 6, 15).unwrap();
        let gzip = compress(b"hello hello hello", 6, 31).unwrap();
        assert_eq!(decompress(&zlib, 47, 1).unwrap(), b"hello hello hello");
        assert_eq!(decompress(&gzip, 47, 1).unwrap(), b"hello hello hello");
        assert_eq!(decompress(&zlib, 0, 1).unwrap(), b"hello hello hello");
    }

    #[test]
    fn words_errors_as_cpython_does() {
        assert_eq!(
            compress(b"x", 10, 15),
            Err(ZlibError("Bad compression level".into()))
        );
        assert_eq!(
            compress(b"x", 6, -8),
            Err(ZlibError("Bad compression level".into()))
        );
        assert_eq!(
            decompress(&compress(b"x", 6, 8).unwrap(), 15, 1).unwrap(),
            b"x"
        );
        assert_eq!(
            decompress(b"not zlib", 15, 16384),
            Err(ZlibError(
                "Error -3 while decompressing data: incorrect header check".into()
            ))
        );
        let packed = compress(b"some data to cut short", 6, 15).unwrap();
        assert_eq!(
            decompress(&packed[..packed.len() - 3], 15, 16384),
            Err(ZlibError(
                "Error -5 while decompressing data: incomplete or truncated stream".into()
            ))
        );
    }

    #[test]
    fn ignores_what_follows_the_stream() {
        let mut packed = compress(b"abc", 6, 15).unwrap();
        packed.extend_from_slice(b"trailing");
        assert_eq!(decompress(&packed, 15, 16384).unwrap(), b"abc");
    }
}
