//! Uploaded images are decoded and encoded again: what is stored holds the pixels (turned as
//! the camera's orientation tag said) and the colour profile, and nothing else of the upload:
//! no EXIF (place, device, owner), no text chunks, nothing appended after the image.
//!
//! Decoding is bounded, so that a small file that unpacks into a huge picture (a
//! decompression bomb) is refused before its pixels are allocated.

use image::{DynamicImage, ImageDecoder, ImageEncoder, ImageFormat, ImageReader, Limits};
use opengov_core::reporting::{EvidenceType, FileRefusal};
use std::io::Cursor;

/// The widest and tallest image taken, in pixels.
pub const MAX_SIDE: u32 = 12_000;
/// The most pixels an image may have (50 megapixels: more than any phone camera's photos).
pub const MAX_PIXELS: u64 = 50_000_000;
/// The most memory decoding one image may take.
const MAX_ALLOC: u64 = 400 * 1024 * 1024;
/// Quality of re-encoded JPEG photos (0-100).
const JPEG_QUALITY: u8 = 88;

fn limits() -> Limits {
    let mut l = Limits::default();
    l.max_image_width = Some(MAX_SIDE);
    l.max_image_height = Some(MAX_SIDE);
    l.max_alloc = Some(MAX_ALLOC);
    l
}

fn refusal(e: &image::ImageError) -> FileRefusal {
    match e {
        image::ImageError::Limits(_) => FileRefusal::TooManyPixels,
        _ => FileRefusal::Damaged,
    }
}

/// The image of `kind` in `bytes`, decoded and encoded again in the same format. Other kinds
/// are not images: `None`.
pub fn image(kind: EvidenceType, bytes: &[u8]) -> Option<Result<Vec<u8>, FileRefusal>> {
    let format = match kind {
        EvidenceType::Png => ImageFormat::Png,
        EvidenceType::Jpeg => ImageFormat::Jpeg,
        EvidenceType::Webp => ImageFormat::WebP,
        _ => return None,
    };
    Some(decode_encode(format, bytes))
}

fn decode_encode(format: ImageFormat, bytes: &[u8]) -> Result<Vec<u8>, FileRefusal> {
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    reader.limits(limits());
    let mut decoder = reader.into_decoder().map_err(|e| refusal(&e))?;
    let (w, h) = decoder.dimensions();
    if w == 0 || h == 0 {
        return Err(FileRefusal::Damaged);
    }
    if u64::from(w) * u64::from(h) > MAX_PIXELS {
        return Err(FileRefusal::TooManyPixels);
    }
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    let icc = decoder.icc_profile().ok().flatten();
    let mut img = DynamicImage::from_decoder(decoder).map_err(|e| refusal(&e))?;
    img.apply_orientation(orientation);
    encode(format, img, icc).map_err(|e| {
        tracing::error!(error = %e, "an image decoded but could not be encoded again");
        FileRefusal::Damaged
    })
}

fn encode(
    format: ImageFormat,
    img: DynamicImage,
    icc: Option<Vec<u8>>,
) -> Result<Vec<u8>, image::ImageError> {
    let mut out = Vec::new();
    match format {
        ImageFormat::Jpeg => {
            // JPEG has no transparency and 8 bits per channel.
            let img = match img {
                DynamicImage::ImageLuma8(_) => img,
                other => DynamicImage::ImageRgb8(other.to_rgb8()),
            };
            let enc = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY);
            img.write_with_encoder(with_icc(enc, icc))?;
        }
        ImageFormat::Png => {
            let enc = image::codecs::png::PngEncoder::new(&mut out);
            img.write_with_encoder(with_icc(enc, icc))?;
        }
        _ => {
            let img = if img.color().has_alpha() {
                DynamicImage::ImageRgba8(img.to_rgba8())
            } else {
                DynamicImage::ImageRgb8(img.to_rgb8())
            };
            let enc = image::codecs::webp::WebPEncoder::new_lossless(&mut out);
            img.write_with_encoder(with_icc(enc, icc))?;
        }
    }
    Ok(out)
}

/// The encoder, carrying the upload's colour profile when it can (a profile it cannot carry
/// is dropped: the pixels are what matters).
fn with_icc<E: ImageEncoder>(mut enc: E, icc: Option<Vec<u8>>) -> E {
    if let Some(p) = icc {
        let _ = enc.set_icc_profile(p);
    }
    enc
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A small JPEG photo carrying EXIF: the orientation "turn 90° clockwise" and a description
    /// with a place name, as a phone writes them.
    pub(crate) fn jpeg_with_exif(w: u32, h: u32, secret: &str) -> Vec<u8> {
        let img = image::RgbImage::from_fn(w, h, |x, y| {
            image::Rgb([(x * 40) as u8, (y * 40) as u8, 90])
        });
        let mut plain = Vec::new();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut plain, 90)
            .encode_image(&img)
            .unwrap();
        let mut tiff = b"II*\0\x08\0\0\0".to_vec();
        tiff.extend_from_slice(&2u16.to_le_bytes());
        // Orientation (0x0112), SHORT, 1 value: 6.
        tiff.extend_from_slice(&[0x12, 0x01, 3, 0, 1, 0, 0, 0, 6, 0, 0, 0]);
        // ImageDescription (0x010E), ASCII, its text after the directory.
        let text = format!("{secret}\0");
        let offset = 8 + 2 + 2 * 12 + 4;
        tiff.extend_from_slice(&[0x0E, 0x01, 2, 0]);
        tiff.extend_from_slice(&(text.len() as u32).to_le_bytes());
        tiff.extend_from_slice(&(offset as u32).to_le_bytes());
        tiff.extend_from_slice(&0u32.to_le_bytes());
        tiff.extend_from_slice(text.as_bytes());
        let mut app1 = b"Exif\0\0".to_vec();
        app1.extend_from_slice(&tiff);
        let mut out = plain[..2].to_vec();
        out.extend_from_slice(&[0xFF, 0xE1]);
        out.extend_from_slice(&((app1.len() + 2) as u16).to_be_bytes());
        out.extend_from_slice(&app1);
        out.extend_from_slice(&plain[2..]);
        out
    }

    fn contains(hay: &[u8], needle: &[u8]) -> bool {
        hay.windows(needle.len()).any(|w| w == needle)
    }

    #[test]
    fn a_photo_loses_its_exif_and_is_turned_upright() {
        let photo = jpeg_with_exif(6, 4, "Douar Tafraout 30.1N 8.9W");
        assert!(contains(&photo, b"Exif") && contains(&photo, b"Tafraout"));
        let clean = image(EvidenceType::Jpeg, &photo).unwrap().unwrap();
        assert!(!contains(&clean, b"Exif"));
        assert!(!contains(&clean, b"Tafraout"));
        let back = image::load_from_memory_with_format(&clean, ImageFormat::Jpeg).unwrap();
        // Turned as the tag said: 6 x 4 becomes 4 x 6.
        assert_eq!((back.width(), back.height()), (4, 6));
    }

    #[test]
    fn png_text_and_trailing_bytes_are_dropped() {
        let img = image::RgbaImage::from_pixel(3, 2, image::Rgba([10, 20, 30, 128]));
        let mut png = Vec::new();
        image::codecs::png::PngEncoder::new(&mut png)
            .write_image(img.as_raw(), 3, 2, image::ExtendedColorType::Rgba8)
            .unwrap();
        png.extend_from_slice(b"<script>alert(1)</script>");
        let clean = image(EvidenceType::Png, &png).unwrap().unwrap();
        assert!(!contains(&clean, b"<script>"));
        let back = image::load_from_memory(&clean).unwrap();
        assert_eq!(back.to_rgba8().get_pixel(2, 1).0, [10, 20, 30, 128]);
        // WebP too, with its transparency.
        let mut webp = Vec::new();
        image::codecs::webp::WebPEncoder::new_lossless(&mut webp)
            .write_image(img.as_raw(), 3, 2, image::ExtendedColorType::Rgba8)
            .unwrap();
        let clean = image(EvidenceType::Webp, &webp).unwrap().unwrap();
        let back = image::load_from_memory_with_format(&clean, ImageFormat::WebP).unwrap();
        assert_eq!(back.to_rgba8().get_pixel(0, 0).0, [10, 20, 30, 128]);
    }

    #[test]
    fn damaged_images_and_bombs_are_refused() {
        let photo = jpeg_with_exif(6, 4, "x");
        assert_eq!(
            image(EvidenceType::Jpeg, &photo[..photo.len() / 3]),
            Some(Err(FileRefusal::Damaged))
        );
        assert_eq!(
            image(EvidenceType::Png, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            Some(Err(FileRefusal::Damaged))
        );
        // A PNG header announcing 60000 x 60000 pixels: refused before any pixel is read.
        let mut bomb = b"\x89PNG\r\n\x1a\n".to_vec();
        let mut ihdr = b"IHDR".to_vec();
        ihdr.extend_from_slice(&60_000u32.to_be_bytes());
        ihdr.extend_from_slice(&60_000u32.to_be_bytes());
        ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
        bomb.extend_from_slice(&13u32.to_be_bytes());
        bomb.extend_from_slice(&ihdr);
        bomb.extend_from_slice(&crc32(&ihdr).to_be_bytes());
        assert_eq!(
            image(EvidenceType::Png, &bomb),
            Some(Err(FileRefusal::TooManyPixels))
        );
        assert_eq!(image(EvidenceType::Pdf, b"%PDF-1.7"), None);
    }

    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = 0xFFFF_FFFFu32;
        for &b in bytes {
            crc ^= u32::from(b);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }
}
