//! The focus ring: a thick, high-contrast outline on the focused widget whenever the
//! keyboard is being used (Tab shows it; a click hides it). A newly focused widget is
//! scrolled into view, so Tab never moves to something off screen.

use super::{Widget, palette};
use bevy::input_focus::{InputFocus, InputFocusVisible};
use bevy::prelude::*;
use bevy::ui_widgets::ScrollIntoView;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<InputFocus>()
        .init_resource::<InputFocusVisible>()
        .add_systems(PostUpdate, (draw_ring, scroll_to_focus));
}

fn draw_ring(
    focus: Res<InputFocus>,
    visible: Res<InputFocusVisible>,
    mut outlines: Query<(Entity, &mut Outline), With<Widget>>,
) {
    for (entity, mut outline) in &mut outlines {
        let on = visible.0 && focus.get() == Some(entity);
        let color = if on { palette::FOCUS_RING } else { Color::NONE };
        if outline.color != color {
            outline.color = color;
        }
    }
}

fn scroll_to_focus(focus: Res<InputFocus>, widgets: Query<(), With<Widget>>, mut commands: Commands) {
    if let Some(entity) = focus.get().filter(|e| focus.is_changed() && widgets.contains(*e)) {
        commands.trigger(ScrollIntoView { entity });
    }
}
