//! Quick taps on a slow device. Bevy's picking sends a button its press using this frame's
//! hover map, but its release and click using the previous frame's. When a frame is slow
//! (an old tablet, a busy Chromebook, software WebGL) a quick tap can arrive, press and
//! release all within one frame: the previous frame never saw the pointer over the button,
//! so no click comes, the tap is lost, and the button stays drawn pressed. A touch is worse
//! off than a mouse, as every touch is a new pointer that no earlier frame has seen.
//!
//! So: remember which button each pointer pressed; if that pointer is released near where
//! it pressed and no click reached the button, finish the tap here. And if a click does
//! reach a button that the press's deferred `Pressed` marker hasn't reached yet (press and
//! release in one frame, pointer already over it), Bevy's button ignores it: activate it.

use super::scroll::ScrolledAway;
use bevy::diagnostic::FrameCount;
use bevy::picking::pointer::{PointerAction, PointerButton, PointerId, PointerInput};
use bevy::platform::collections::HashMap;
use bevy::prelude::*;
use bevy::ui::{InteractionDisabled, Pressed};
use bevy::ui_widgets::{Activate, Button as WidgetButton};

/// A release further than this (in pixels) from its press was a slide away, not a tap.
const TAP_SLOP: f32 = 12.0;

/// The button each pointer is holding down, where the press was, and in which frame.
#[derive(Resource, Default)]
struct HeldButtons(HashMap<PointerId, Held>);

#[derive(Clone, Copy)]
struct Held {
    button: Entity,
    at: Vec2,
    frame: u32,
}

type Tappable = (With<WidgetButton>, Without<InteractionDisabled>, Without<ScrolledAway>);

pub(super) fn plugin(app: &mut App) {
    // (Registered by picking already; again here for the headless tests that run without it.)
    app.add_message::<PointerInput>()
        .init_resource::<HeldButtons>()
        .init_resource::<FrameCount>()
        .add_observer(remember_press)
        .add_observer(activate_unmarked_clicks)
        .add_systems(PreUpdate, finish_lost_taps.after(bevy::picking::PickingSystems::Last));
}

fn remember_press(
    press: On<Pointer<Press>>,
    buttons: Query<(), Tappable>,
    frame: Res<FrameCount>,
    mut held: ResMut<HeldButtons>,
) {
    if press.button == PointerButton::Primary && buttons.contains(press.entity) {
        let pressed = Held { button: press.entity, at: press.pointer_location.position, frame: frame.0 };
        held.0.insert(press.pointer_id, pressed);
    }
}

fn activate_unmarked_clicks(
    click: On<Pointer<Click>>,
    buttons: Query<Has<Pressed>, Tappable>,
    mut held: ResMut<HeldButtons>,
    mut commands: Commands,
) {
    if held.0.get(&click.pointer_id).is_some_and(|h| h.button == click.entity) {
        held.0.remove(&click.pointer_id);
    }
    if let Ok(false) = buttons.get(click.entity) {
        commands.trigger(Activate { entity: click.entity });
    }
}

/// Runs after picking has sent this frame's clicks: a release whose button got no click
/// was a tap the previous frame's hover map could not see. One frame can hold the end of
/// one tap and the whole of the next (release, press, release), so the inputs are walked
/// in order: a release before this frame's first press ends a press from an earlier frame.
fn finish_lost_taps(
    mut inputs: MessageReader<PointerInput>,
    mut held: ResMut<HeldButtons>,
    buttons: Query<(), Tappable>,
    frame: Res<FrameCount>,
    mut commands: Commands,
) {
    let mut pressed_this_frame: Vec<PointerId> = Vec::new();
    for input in inputs.read() {
        let pointer = input.pointer_id;
        match input.action {
            PointerAction::Press(PointerButton::Primary) => {
                pressed_this_frame.push(pointer);
                // A press from an earlier frame that never ended is superseded by this one.
                if held.0.get(&pointer).is_some_and(|h| h.frame != frame.0) {
                    held.0.remove(&pointer);
                }
            }
            PointerAction::Cancel => {
                held.0.remove(&pointer);
            }
            PointerAction::Release(PointerButton::Primary) => {
                let Some(h) = held.0.get(&pointer).copied() else { continue };
                let ends_this_frames_press = pressed_this_frame.contains(&pointer);
                if ends_this_frames_press != (h.frame == frame.0) {
                    continue; // the held press is a later one in this frame: its own release comes
                }
                held.0.remove(&pointer);
                if input.location.position.distance(h.at) <= TAP_SLOP && buttons.contains(h.button) {
                    commands.entity(h.button).try_remove::<Pressed>();
                    commands.trigger(Activate { entity: h.button });
                }
            }
            _ => {}
        }
    }
}
