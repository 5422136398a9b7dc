//! Rasterises the SVG art in `assets/art/` into 128×128 PNGs in `assets/icons/`, which
//! is what the game loads (Bevy reads PNG, and a PNG is cheaper to decode on a school
//! Chromebook). A PNG is only redrawn when its SVG is newer; a bad SVG is a warning.

use std::path::Path;

const SIZE: u32 = 128;

fn main() {
    println!("cargo:rerun-if-changed=assets/art");
    let out = Path::new("assets/icons");
    if let Err(e) = std::fs::create_dir_all(out) {
        println!("cargo:warning=cannot create {}: {e}", out.display());
        return;
    }
    let Ok(entries) = std::fs::read_dir("assets/art") else { return };
    for entry in entries.flatten() {
        let svg = entry.path();
        if svg.extension().is_none_or(|e| e != "svg") {
            continue;
        }
        let Some(name) = svg.file_stem().and_then(|s| s.to_str()) else { continue };
        let png = out.join(format!("{name}.png"));
        if is_fresh(&svg, &png) {
            continue;
        }
        if let Err(e) = rasterise(&svg, &png) {
            println!("cargo:warning={}: {e}", svg.display());
        }
    }
}

fn is_fresh(svg: &Path, png: &Path) -> bool {
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    matches!((modified(svg), modified(png)), (Some(s), Some(p)) if p >= s)
}

fn rasterise(svg: &Path, png: &Path) -> Result<(), String> {
    use resvg::{tiny_skia, usvg};
    let data = std::fs::read(svg).map_err(|e| e.to_string())?;
    let tree = usvg::Tree::from_data(&data, &usvg::Options::default()).map_err(|e| e.to_string())?;
    let mut pixmap = tiny_skia::Pixmap::new(SIZE, SIZE).ok_or("cannot make the image")?;
    // Fit the drawing inside the square, keeping its shape, centred.
    let size = tree.size();
    let scale = (SIZE as f32 / size.width()).min(SIZE as f32 / size.height());
    let dx = (SIZE as f32 - size.width() * scale) / 2.0;
    let dy = (SIZE as f32 - size.height() * scale) / 2.0;
    let transform = tiny_skia::Transform::from_scale(scale, scale).post_translate(dx, dy);
    resvg::render(&tree, transform, &mut pixmap.as_mut());
    pixmap.save_png(png).map_err(|e| e.to_string())
}
