//! Touch screens have no mouse wheel: dragging a page up or down scrolls it, as pupils
//! expect on a tablet. (A drag that started on a button is not a tap: see `tap.rs`.) Sort
//! cards are left alone: they are dragged into their boxes.

use super::Widget;
use bevy::prelude::*;
use bevy::ui_widgets::ScrollArea;

pub(super) fn plugin(app: &mut App) {
    app.add_observer(drag_to_scroll);
}

fn drag_to_scroll(
    mut drag: On<Pointer<Drag>>,
    mut areas: Query<(&ComputedNode, &mut ScrollPosition), With<ScrollArea>>,
    widgets: Query<&Widget>,
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
}
