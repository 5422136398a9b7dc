//! Touch screens have no mouse wheel: dragging a page up or down scrolls it, as pupils
//! expect on a tablet. A drag that started on a button and travelled more than a little
//! way was a scroll, not a tap, so that button does not then activate. Sort cards are left
//! alone: they are dragged into their boxes.

use super::Widget;
use bevy::prelude::*;
use bevy::ui::Pressed;
use bevy::ui_widgets::ScrollArea;

/// Further than this (in pixels) and a press that moves is a scroll, not a tap.
const SCROLL_NOT_TAP: f32 = 12.0;

/// Marks a button the pointer scrolled away from since it was pressed.
#[derive(Component)]
pub struct ScrolledAway;

pub(super) fn plugin(app: &mut App) {
    app.add_observer(drag_to_scroll).add_observer(forget_scroll_on_press);
}

fn drag_to_scroll(
    mut drag: On<Pointer<Drag>>,
    mut areas: Query<(&ComputedNode, &mut ScrollPosition), With<ScrollArea>>,
    widgets: Query<&Widget>,
    mut commands: Commands,
) {
    let Ok((node, mut position)) = areas.get_mut(drag.entity) else { return };
    let origin = drag.original_event_target();
    if widgets.get(origin).is_ok_and(|w| w.role == "card") {
        return;
    }
    drag.propagate(false);
    let visible = node.size().y * node.inverse_scale_factor;
    let content = node.content_size().y * node.inverse_scale_factor;
    let most = (content - visible).max(0.0);
    let wanted = (position.y - drag.delta.y).clamp(0.0, most);
    if wanted != position.y {
        position.y = wanted;
    }
    if drag.distance.length() > SCROLL_NOT_TAP && widgets.get(origin).is_ok() {
        commands.entity(origin).try_insert(ScrolledAway).try_remove::<Pressed>();
    }
}

fn forget_scroll_on_press(
    press: On<Pointer<Press>>,
    scrolled: Query<(), With<ScrolledAway>>,
    mut commands: Commands,
) {
    if scrolled.contains(press.entity) {
        commands.entity(press.entity).try_remove::<ScrolledAway>();
    }
}
