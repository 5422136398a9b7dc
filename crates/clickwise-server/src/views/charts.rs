//! Small inline SVG bar charts: no chart library, no script.

use maud::{Markup, html};

/// One horizontal bar per (label, value 0..=1), with the value written as a percentage.
pub fn bars(title: &str, rows: &[(String, f32)]) -> Markup {
    let row_h = 26.0;
    let label_w = 260.0;
    let bar_w = 300.0;
    let height = row_h * rows.len() as f32 + 8.0;
    html! {
        svg class="bar-chart" role="img" aria-label=(title) width=(label_w + bar_w + 60.0) height=(height)
            viewBox=(format!("0 0 {} {height}", label_w + bar_w + 60.0)) {
            title { (title) }
            @for (i, (label, value)) in rows.iter().enumerate() {
                @let y = i as f32 * row_h + 4.0;
                @let v = value.clamp(0.0, 1.0);
                text x="0" y=(y + 17.0) { (label) }
                rect x=(label_w) y=(y + 3.0) width=(bar_w) height="18" rx="4" fill="#eee6cf" {}
                rect x=(label_w) y=(y + 3.0) width=(bar_w * v) height="18" rx="4" fill="#00737a" {}
                text x=(label_w + bar_w + 8.0) y=(y + 17.0) { (format!("{:.0}%", v * 100.0)) }
            }
        }
    }
}
