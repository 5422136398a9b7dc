//! The focus ring: a thick, high-contrast outline on the focused widget whenever the
//! keyboard is being used (Tab shows it; a click hides it).

use super::palette;
use bevy::input_focus::{InputFocus, InputFocusVisible};
use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<InputFocus>().init_resource::<InputFocusVisible>().add_systems(PostUpdate, draw_ring);
}

fn draw_ring(
    focus: Res<InputFocus>,
    visible: Res<InputFocusVisible>,
    mut outlines: Query<(Entity, &mut Outline), With<super::Widget>>,
) {
    for (entity, mut outline) in &mut outlines {
        let on = visible.0 && focus.get() == Some(entity);
        let color = if on { palette::FOCUS_RING } else { Color::NONE };
        if outline.color != color {
            outline.color = color;
        }
    }
}
