//! Kept pages compressed once: a cached page is stored with its brotli and gzip forms, and an
//! answer to a browser (which always asks for them) is the stored bytes, not a compression
//! run per request. Compressing a 57 KB list with brotli on every request cost about 0.9 ms of
//! CPU, more than ten times the rest of a cache hit (docs/performance.md).

use axum::body::Bytes;
use axum::http::HeaderValue;
use std::io::Write;

/// Brotli quality of kept pages: paid once per rendered page, not per request.
const BROTLI_QUALITY: i32 = 6;
/// Brotli window (log2 of bytes): 4 MiB, more than any page.
const BROTLI_WINDOW: i32 = 22;
const GZIP_LEVEL: u32 = 6;

/// A content coding of an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Coding {
    Brotli,
    Gzip,
    Identity,
}

impl Coding {
    /// The coding to send for `Accept-Encoding`: brotli, then gzip, when the client accepts
    /// them (a `q=0` refuses), otherwise the page as it is.
    pub(crate) fn preferred(accept: Option<&HeaderValue>) -> Coding {
        let Some(accept) = accept.and_then(|v| v.to_str().ok()) else {
            return Coding::Identity;
        };
        let accepts = |name: &str| {
            accept.split(',').any(|item| {
                let mut parts = item.split(';');
                let coding = parts.next().unwrap_or("").trim();
                let q = parts
                    .filter_map(|p| p.trim().strip_prefix("q="))
                    .filter_map(|q| q.trim().parse::<f32>().ok())
                    .next()
                    .unwrap_or(1.0);
                (coding.eq_ignore_ascii_case(name) || coding == "*") && q > 0.0
            })
        };
        if accepts("br") {
            Coding::Brotli
        } else if accepts("gzip") {
            Coding::Gzip
        } else {
            Coding::Identity
        }
    }

    pub(crate) fn header(self) -> Option<HeaderValue> {
        match self {
            Coding::Brotli => Some(HeaderValue::from_static("br")),
            Coding::Gzip => Some(HeaderValue::from_static("gzip")),
            Coding::Identity => None,
        }
    }
}

/// The brotli and gzip forms of a page.
pub(crate) struct Encoded {
    pub brotli: Bytes,
    pub gzip: Bytes,
}

impl Encoded {
    pub(crate) fn of(body: &[u8]) -> Encoded {
        Encoded {
            brotli: brotli(body),
            gzip: gzip(body),
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.brotli.len() + self.gzip.len()
    }
}

fn brotli(body: &[u8]) -> Bytes {
    let params = brotli::enc::BrotliEncoderParams {
        quality: BROTLI_QUALITY,
        lgwin: BROTLI_WINDOW,
        ..Default::default()
    };
    let mut out = Vec::with_capacity(body.len() / 6 + 64);
    // Writing into a Vec cannot fail.
    let _ = brotli::BrotliCompress(&mut &body[..], &mut out, &params);
    Bytes::from(out)
}

fn gzip(body: &[u8]) -> Bytes {
    let mut enc = flate2::write::GzEncoder::new(
        Vec::with_capacity(body.len() / 4 + 64),
        flate2::Compression::new(GZIP_LEVEL),
    );
    // Writing into a Vec cannot fail.
    let _ = enc.write_all(body);
    Bytes::from(enc.finish().unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn pick(accept: &str) -> Coding {
        Coding::preferred(Some(&HeaderValue::from_str(accept).unwrap()))
    }

    #[test]
    fn the_client_s_accept_encoding_chooses() {
        assert_eq!(Coding::preferred(None), Coding::Identity);
        assert_eq!(pick("gzip, deflate, br, zstd"), Coding::Brotli);
        assert_eq!(pick("gzip"), Coding::Gzip);
        assert_eq!(pick("GZIP;q=0.5"), Coding::Gzip);
        assert_eq!(pick("br;q=0, gzip"), Coding::Gzip);
        assert_eq!(pick("br;q=0, gzip;q=0"), Coding::Identity);
        assert_eq!(pick("identity"), Coding::Identity);
        assert_eq!(pick("*"), Coding::Brotli);
        assert_eq!(pick("deflate, zstd"), Coding::Identity);
        assert_eq!(pick("br;q=abc"), Coding::Brotli);
    }

    #[test]
    fn both_forms_decode_to_the_page() {
        let page = "<!doctype html><html lang=\"ar\"><p>خطة العمل 2021-2023</p>".repeat(200);
        let e = Encoded::of(page.as_bytes());
        assert!(e.brotli.len() < page.len() / 10, "{}", e.brotli.len());
        let mut back = Vec::new();
        brotli::BrotliDecompress(&mut &e.brotli[..], &mut back).unwrap();
        assert_eq!(back, page.as_bytes());
        let mut back = String::new();
        flate2::read::GzDecoder::new(&e.gzip[..])
            .read_to_string(&mut back)
            .unwrap();
        assert_eq!(back, page);
    }
}
