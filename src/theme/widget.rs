//! [`Widget`]: what every interactive element is and says. Tests find buttons by it, and
//! the web page's screen-reader mirror is built from it.

use bevy::prelude::*;

/// The role and accessible label of an interactive widget (the label is its visible text).
#[derive(Component, Clone, Debug, PartialEq)]
pub struct Widget {
    pub role: &'static str,
    pub label: String,
}

/// On a widget drawn before its screen knows the language (a corner button that stays on
/// every screen, a speaker): the message key of its label. The layer that knows the
/// language (`access`) keeps the label, and the text shown, in the player's language.
#[derive(Component, Clone, Copy, Debug, PartialEq)]
pub struct Say(pub &'static str);

/// On a widget that is on or off (an option, a flagged part, a chosen setting): its state,
/// for screen readers.
#[derive(Component, Clone, Copy, Debug, PartialEq)]
pub struct Checked(pub bool);

/// A widget's place on screen, in logical (CSS) pixels from the top-left of the window.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct WidgetRect {
    /// Stable while the widget exists (the entity's bits): the mirror's key.
    #[serde(serialize_with = "id_as_text")]
    pub id: u64,
    pub label: String,
    pub role: &'static str,
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
    pub focused: bool,
    pub checked: Option<bool>,
}

/// Ids go to the page as text: entity bits don't all fit a JavaScript number.
pub fn id_as_text<S: serde::Serializer>(id: &u64, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&id.to_string())
}

/// Where a laid-out node is, in CSS pixels: (x, y, w, h), or `None` if it has no size.
pub fn css_rect(node: &ComputedNode, transform: &UiGlobalTransform) -> Option<(f32, f32, f32, f32)> {
    if node.size().x <= 0.0 {
        return None;
    }
    // Layout is in physical pixels; the page works in CSS pixels.
    let scale = node.inverse_scale_factor();
    let size = node.size() * scale;
    let centre = transform.translation * scale;
    Some((centre.x - size.x / 2.0, centre.y - size.y / 2.0, size.x, size.y))
}

/// The rectangles of every laid-out widget, top to bottom then left to right.
pub fn widget_rects(
    widgets: &Query<(
        Entity,
        &Widget,
        &ComputedNode,
        &UiGlobalTransform,
        &InheritedVisibility,
        Option<&Checked>,
    )>,
    focused: Option<Entity>,
) -> Vec<WidgetRect> {
    let mut rects: Vec<WidgetRect> = widgets
        .iter()
        .filter(|(.., visible, _)| visible.get())
        .filter_map(|(entity, w, node, transform, _, checked)| {
            let (x, y, width, height) = css_rect(node, transform)?;
            Some(WidgetRect {
                id: entity.to_bits(),
                label: w.label.clone(),
                role: w.role,
                x,
                y,
                w: width,
                h: height,
                focused: focused == Some(entity),
                checked: checked.map(|c| c.0),
            })
        })
        .collect();
    rects.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
    rects
}
