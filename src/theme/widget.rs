//! [`Widget`]: what every interactive element is and says. Tests find buttons by it, the web
//! page hook publishes it, and a later accessibility layer reads it from this one place.

use bevy::prelude::*;

/// The role and accessible label of an interactive widget (the label is its visible text).
#[derive(Component, Clone, Debug, PartialEq)]
pub struct Widget {
    pub role: &'static str,
    pub label: String,
}

/// A widget's place on screen, in logical (CSS) pixels from the top-left of the window.
#[derive(Clone, Debug, PartialEq)]
pub struct WidgetRect {
    pub label: String,
    pub role: &'static str,
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
    pub focused: bool,
}

/// The rectangles of every laid-out widget, top to bottom then left to right.
pub fn widget_rects(
    widgets: &Query<(Entity, &Widget, &ComputedNode, &UiGlobalTransform, &InheritedVisibility)>,
    focused: Option<Entity>,
) -> Vec<WidgetRect> {
    let mut rects: Vec<WidgetRect> = widgets
        .iter()
        .filter(|(_, _, node, _, visible)| node.size().x > 0.0 && visible.get())
        .map(|(entity, w, node, transform, _)| {
            // Layout is in physical pixels; the page works in CSS pixels.
            let scale = node.inverse_scale_factor();
            let size = node.size() * scale;
            let centre = transform.translation * scale;
            WidgetRect {
                label: w.label.clone(),
                role: w.role,
                x: centre.x - size.x / 2.0,
                y: centre.y - size.y / 2.0,
                w: size.x,
                h: size.y,
                focused: focused == Some(entity),
            }
        })
        .collect();
    rects.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
    rects
}
