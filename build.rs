//! Rasterises the SVG art in `assets/art/` into 128×128 PNGs in `assets/icons/`, which
//! is what the game loads (Bevy reads PNG, and a PNG is cheaper to decode on a school
//! Chromebook). A PNG is only redrawn when its SVG is newer; a bad SVG is a warning.
//! The web app's own icons (for "install") come from `assets/app-icon/` at their sizes.

use std::path::Path;

const SIZE: u32 = 128;

/// The icons the web app manifest names: (source, PNG, size in pixels).
const APP_ICONS: &[(&str, &str, u32)] = &[
    ("assets/app-icon/app-icon.svg", "app-icon-192.png", 192),
    ("assets/app-icon/app-icon.svg", "app-icon-512.png", 512),
    ("assets/app-icon/app-icon-maskable.svg", "app-icon-maskable-512.png", 512),
];

fn main() {
    println!("cargo:rerun-if-changed=assets/art");
    println!("cargo:rerun-if-changed=assets/app-icon");
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
        if let Err(e) = rasterise(&svg, &png, SIZE) {
            println!("cargo:warning={}: {e}", svg.display());
        }
    }
    for (svg, png, size) in APP_ICONS {
        let (svg, png) = (Path::new(svg), out.join(png));
        if !is_fresh(svg, &png)
            && let Err(e) = rasterise(svg, &png, *size)
        {
            println!("cargo:warning={}: {e}", svg.display());
        }
    }
}

fn is_fresh(svg: &Path, png: &Path) -> bool {
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    matches!((modified(svg), modified(png)), (Some(s), Some(p)) if p >= s)
}

fn rasterise(svg: &Path, png: &Path, size_px: u32) -> Result<(), String> {
    use resvg::{tiny_skia, usvg};
    let data = std::fs::read(svg).map_err(|e| e.to_string())?;
    let tree = usvg::Tree::from_data(&data, &usvg::Options::default()).map_err(|e| e.to_string())?;
    let mut pixmap = tiny_skia::Pixmap::new(size_px, size_px).ok_or("cannot make the image")?;
    // Fit the drawing inside the square, keeping its shape, centred.
    let (side, size) = (size_px as f32, tree.size());
    let scale = (side / size.width()).min(side / size.height());
    let dx = (side - size.width() * scale) / 2.0;
    let dy = (side - size.height() * scale) / 2.0;
    let transform = tiny_skia::Transform::from_scale(scale, scale).post_translate(dx, dy);
    resvg::render(&tree, transform, &mut pixmap.as_mut());
    pixmap.save_png(png).map_err(|e| e.to_string())
}
