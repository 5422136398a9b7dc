//! Taps, clicks and keys on the theme's buttons: the one place a press becomes `Activate`.
//!
//! Why not Bevy's own button: Bevy's picking decides what a press hit from the hover map,
//! which is worked out once a frame from where the pointer is at the *end* of the frame,
//! and it sends the click from the previous frame's hover map. On a slow device (an old
//! tablet, a busy Chromebook, software WebGL) one frame can hold a tap and the move
//! towards the next key, so the press landed on the neighbouring key, and a PIN was typed
//! wrong; or a whole tap falls in one frame and no click comes at all. So each press and
//! each lift here is placed where it actually happened, against the laid-out UI, in the
//! order the inputs came: a tap activates the button under its press, once, when the
//! pointer lifts near where it pressed. A press that travels further was a drag or a
//! scroll, not a tap.

use accesskit::{Node as AccessNode, Role};
use bevy::a11y::AccessibilityNode;
use bevy::input::ButtonState;
use bevy::input::keyboard::KeyboardInput;
use bevy::input_focus::{AcquireFocus, FocusedInput};
use bevy::picking::pointer::{PointerAction, PointerButton, PointerId, PointerInput};
use bevy::platform::collections::HashMap;
use bevy::prelude::*;
use bevy::ui::{CalculatedClip, InteractionDisabled, Pressed, UiStack};
use bevy::ui_widgets::Activate;
use bevy::window::PrimaryWindow;

/// A lift further than this (in logical pixels) from its press was a slide, not a tap.
pub const TAP_SLOP: f32 = 12.0;

/// A button of the theme's: pressed by a tap, a click, Enter or Space, it triggers
/// [`Activate`] on itself.
#[derive(Component, Default, Clone, Copy)]
#[require(AccessibilityNode(AccessNode::new(Role::Button)))]
pub struct TapButton;

/// How many pointer lifts the game has taken (over a button or not): the page's
/// screen-reader mirror publishes it, so a test can tell that a tap reached the game.
#[derive(Resource, Default, Debug)]
pub struct TapsTaken(pub u64);

/// The button each pointer is holding down, and where it pressed.
#[derive(Resource, Default)]
struct Held(HashMap<PointerId, Press>);

#[derive(Clone, Copy)]
struct Press {
    /// None once the pointer pressed on no button, or slid away: the lift does nothing.
    button: Option<Entity>,
    at: Vec2,
}

pub(super) fn plugin(app: &mut App) {
    // (Registered by picking already; again here for the headless tests that run without it.)
    app.add_message::<PointerInput>()
        .init_resource::<Held>()
        .init_resource::<TapsTaken>()
        .add_observer(activate_on_key)
        // After picking: its press has moved focus (perhaps to the wrong entity); ours wins.
        .add_systems(
            PreUpdate,
            taps.after(bevy::picking::PickingSystems::Last).run_if(resource_exists::<UiStack>),
        );
}

fn activate_on_key(
    mut key: On<FocusedInput<KeyboardInput>>,
    buttons: Query<(), (With<TapButton>, Without<InteractionDisabled>)>,
    mut commands: Commands,
) {
    let input = &key.input;
    let activating = matches!(input.key_code, KeyCode::Enter | KeyCode::Space);
    if activating
        && !input.repeat
        && input.state == ButtonState::Pressed
        && buttons.contains(key.focused_entity)
    {
        key.propagate(false);
        commands.trigger(Activate { entity: key.focused_entity });
    }
}

/// Where each node is, to find the button under a point.
#[derive(bevy::ecs::query::QueryData)]
struct Placed {
    node: &'static ComputedNode,
    transform: &'static UiGlobalTransform,
    visible: Option<&'static InheritedVisibility>,
    pickable: Option<&'static Pickable>,
    clip: Option<&'static CalculatedClip>,
}

/// The theme button (if any) that a press at `point` (logical pixels) lands on: the
/// front-most node there that takes pointers, or the button it sits in. A node that
/// blocks pointers (a modal panel, say) hides the buttons behind it.
fn button_at(
    point: Vec2,
    stack: &UiStack,
    nodes: &Query<Placed>,
    parents: &Query<&ChildOf>,
    buttons: &Query<Has<InteractionDisabled>, With<TapButton>>,
) -> Option<Entity> {
    for &entity in stack.uinodes.iter().rev() {
        let Ok(n) = nodes.get(entity) else { continue };
        if n.node.size() == Vec2::ZERO || n.visible.is_some_and(|v| !v.get()) {
            continue;
        }
        if n.pickable.is_some_and(|p| !p.is_hoverable && !p.should_block_lower) {
            continue; // decoration: a label on a button, say
        }
        let physical = point / n.node.inverse_scale_factor;
        if !n.node.contains_point(*n.transform, physical)
            || n.clip.is_some_and(|c| !c.clip.contains(physical))
        {
            continue;
        }
        let found =
            std::iter::once(entity).chain(parents.iter_ancestors(entity)).find(|e| buttons.contains(*e));
        if found.is_some() || n.pickable.is_none_or(|p| p.should_block_lower) {
            return found;
        }
    }
    None
}

/// Walks this frame's pointer inputs in order, each placed where it happened.
#[allow(clippy::too_many_arguments)]
fn taps(
    mut inputs: MessageReader<PointerInput>,
    mut held: ResMut<Held>,
    stack: Res<UiStack>,
    nodes: Query<Placed>,
    parents: Query<&ChildOf>,
    // Each theme button, and whether it is disabled.
    buttons: Query<Has<InteractionDisabled>, With<TapButton>>,
    window: Query<Entity, With<PrimaryWindow>>,
    mut taken: ResMut<TapsTaken>,
    mut commands: Commands,
) {
    let enabled = |b: Entity| matches!(buttons.get(b), Ok(false));
    for input in inputs.read() {
        let (pointer, at) = (input.pointer_id, input.location.position);
        match input.action {
            PointerAction::Press(PointerButton::Primary) => {
                let button = button_at(at, &stack, &nodes, &parents, &buttons);
                if let Some(button) = button.filter(|b| enabled(*b)) {
                    commands.entity(button).try_insert(Pressed);
                    if let Ok(window) = window.single() {
                        commands.trigger(AcquireFocus { focused_entity: button, window });
                    }
                }
                if let Some(Press { button: Some(old), .. }) = held.0.insert(pointer, Press { button, at }) {
                    commands.entity(old).try_remove::<Pressed>(); // a press whose lift never came
                }
            }
            PointerAction::Move { .. } => {
                if let Some(press) = held.0.get_mut(&pointer)
                    && let Some(button) = press.button
                    && at.distance(press.at) > TAP_SLOP
                {
                    press.button = None;
                    commands.entity(button).try_remove::<Pressed>();
                }
            }
            PointerAction::Release(PointerButton::Primary) => {
                taken.0 += 1;
                let Some(press) = held.0.remove(&pointer) else { continue };
                let Some(button) = press.button else { continue };
                commands.entity(button).try_remove::<Pressed>();
                if at.distance(press.at) <= TAP_SLOP && enabled(button) {
                    commands.trigger(Activate { entity: button });
                }
            }
            PointerAction::Cancel => {
                if let Some(Press { button: Some(button), .. }) = held.0.remove(&pointer) {
                    commands.entity(button).try_remove::<Pressed>();
                }
            }
            _ => {}
        }
    }
}
