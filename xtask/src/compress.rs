//! Precompressed copies, so the server can send `.br`/`.gz` without compressing per request.

use std::io::Write;
use std::path::Path;

/// File types worth compressing (PNGs are compressed already).
pub fn worth_compressing(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("wasm" | "js" | "html" | "css" | "ron" | "svg" | "ttf" | "txt" | "json" | "md")
    )
}

/// Brotli at `quality` (11, the smallest, for what ships; lower is much faster).
pub fn brotli(bytes: &[u8], quality: i32) -> Vec<u8> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams { quality, lgwin: 24, ..Default::default() };
    // Compressing from memory into memory cannot fail.
    let _ = brotli::BrotliCompress(&mut &bytes[..], &mut out, &params);
    out
}

/// Gzip, at its best compression or its fast one.
pub fn gzip(bytes: &[u8], best: bool) -> Vec<u8> {
    let level = if best { flate2::Compression::best() } else { flate2::Compression::fast() };
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), level);
    let _ = enc.write_all(bytes);
    enc.finish().unwrap_or_default()
}
