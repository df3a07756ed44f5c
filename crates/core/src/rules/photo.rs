//! Speakers' photos: a file the organiser chose, read whatever its format, cropped to its centre square, resized and
//! kept in the speaker's record as a small JPEG (`data:image/jpeg;base64,…`), so that it syncs like any field and
//! the site serves it for speakers who consented to be published.

use std::io::Cursor;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use image::{ImageError, ImageReader, Limits, imageops::FilterType};

use crate::error::{Error, FieldError, Result};
use crate::i18n::Msg;
use crate::msg;

/// The largest file taken: a phone's photo is a few megabytes.
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;
/// The largest side read: more is a mistake or a decompression bomb.
const MAX_SIDE: u32 = 10_000;
/// The side of the square kept, in pixels: sharp on the site's speaker cards and the app's lists.
pub const SIDE: u32 = 400;
const QUALITY: u8 = 85;
const PREFIX: &str = "data:image/jpeg;base64,";
/// The most a record's photo may hold (a prepared one is 20-60 KB): a push with more is refused.
const MAX_STORED: usize = 300 * 1024;

fn refused(message: Msg) -> Error {
    Error::invalid("photo", message)
}

/// A chosen file as a speaker's photo: its centre square, `SIDE` pixels wide (or less, never enlarged), as JPEG.
pub fn prepare(bytes: &[u8]) -> Result<String> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(refused(msg!(
            "error-photo-file-too-large",
            size = format!("{:.1}", bytes.len() as f64 / 1_048_576.0),
            most = MAX_FILE_BYTES / 1_048_576
        )));
    }
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| refused(msg!("error-photo-unreadable", detail = e.to_string())))?;
    if reader.format().is_none() {
        return Err(refused(msg!("error-photo-not-an-image")));
    }
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    reader.limits(limits);
    let image = reader.decode().map_err(|e| match e {
        ImageError::Limits(_) => refused(msg!("error-photo-too-many-pixels", most = MAX_SIDE)),
        ImageError::Unsupported(_) => refused(msg!("error-photo-unsupported")),
        e => refused(msg!("error-photo-damaged", detail = e.to_string())),
    })?;
    let side = image.width().min(image.height());
    if side == 0 {
        return Err(refused(msg!("error-photo-empty")));
    }
    let square = image.crop_imm((image.width() - side) / 2, (image.height() - side) / 2, side, side);
    let square = if side > SIDE { square.resize_exact(SIDE, SIDE, FilterType::Lanczos3) } else { square };
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, QUALITY)
        .encode_image(&square.to_rgb8())
        .map_err(|e| Error::Corrupt(format!("a photo could not be written as JPEG: {e}")))?;
    Ok(format!("{PREFIX}{}", STANDARD.encode(jpeg)))
}

/// The JPEG bytes of a kept photo, for a page to serve.
pub fn jpeg_of(photo: &str) -> Option<Vec<u8>> {
    STANDARD.decode(photo.strip_prefix(PREFIX)?).ok()
}

/// A record's photo is one that `prepare` made: a JPEG kept as data, and small (a hostile push cannot store more).
pub fn check(out: &mut Vec<FieldError>, photo: &Option<String>) {
    let Some(photo) = photo else { return };
    if photo.len() > MAX_STORED {
        out.push(FieldError::new("photo", msg!("error-photo-too-large-to-keep")));
    } else if jpeg_of(photo).is_none() {
        out.push(FieldError::new("photo", msg!("error-photo-not-kept-as-jpeg")));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(width: u32, height: u32) -> Vec<u8> {
        let image = image::RgbImage::from_fn(width, height, |x, _| image::Rgb([(x % 256) as u8, 90, 160]));
        let mut out = Vec::new();
        image::DynamicImage::ImageRgb8(image).write_to(&mut Cursor::new(&mut out), image::ImageFormat::Png).unwrap();
        out
    }

    fn side_of(photo: &str) -> (u32, u32) {
        let image = image::load_from_memory(&jpeg_of(photo).unwrap()).unwrap();
        (image.width(), image.height())
    }

    #[test]
    fn a_landscape_photo_is_cropped_to_its_centre_square_and_resized() {
        let photo = prepare(&png(1200, 800)).unwrap();
        assert!(photo.starts_with(PREFIX));
        assert_eq!(side_of(&photo), (SIDE, SIDE));
        let mut errors = Vec::new();
        check(&mut errors, &Some(photo));
        assert!(errors.is_empty(), "{errors:?}");
    }

    #[test]
    fn a_small_photo_is_cropped_but_never_enlarged() {
        assert_eq!(side_of(&prepare(&png(120, 200)).unwrap()), (120, 120));
    }

    #[test]
    fn a_file_too_large_not_an_image_or_damaged_is_refused_at_the_photo_field() {
        let mut huge = png(10, 10);
        huge.resize(MAX_FILE_BYTES + 1, 0);
        let mut damaged = png(300, 300);
        damaged.truncate(damaged.len() / 2);
        for (bytes, says) in [
            (huge, "a photo can be at most 20 MB"),
            (b"%PDF-1.7 not a photo".to_vec(), "not an image"),
            (damaged, "damaged"),
        ] {
            let err = prepare(&bytes).unwrap_err();
            let body = err.body(crate::Lang::En);
            assert_eq!((body.code.as_str(), body.fields[0].field.as_str()), ("invalid", "photo"));
            assert!(body.fields[0].message.contains(says), "{}", body.fields[0].message);
        }
    }

    #[test]
    fn only_a_prepared_photo_can_be_kept() {
        for photo in ["portrait.jpg", "data:image/png;base64,AAAA", &format!("{PREFIX}{}", "A".repeat(MAX_STORED))] {
            let mut errors = Vec::new();
            check(&mut errors, &Some(photo.to_string()));
            assert_eq!(errors.len(), 1, "{photo:.40}");
        }
    }
}
