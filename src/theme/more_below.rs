//! "More below": when a screen is taller than the window and not scrolled to its end, a
//! button at the bottom says so, and a tap on it scrolls down. Answers and buttons under
//! the fold (a long message, a chat) are then found by pupils who don't think to scroll.

use super::{Corner, Look, UiAssets, button};
use bevy::input_focus::tab_navigation::TabGroup;
use bevy::prelude::*;
use bevy::ui_widgets::Activate;

/// The label in English (`more-below`; `Say` keeps it in the player's language).
pub const MORE_BELOW_LABEL: &str = "More below";

/// The root of a screen (see `screen_root`): the page that scrolls.
#[derive(Component)]
pub struct ScreenRoot;

/// A shade with a panel over the whole screen (see `overlay`): nothing behind it is cued.
#[derive(Component)]
pub struct Shade;

/// The holder of the "More below" button.
#[derive(Component)]
struct MoreBelow;

/// Hidden unless this much of the page (in pixels) is still below the window.
const SLACK: f32 = 8.0;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(PostUpdate, show_more_below.after(bevy::ui::UiSystems::Layout));
}

/// (what shows, the whole page, how far scrolled) of a scrolling node, in logical pixels.
fn extent(node: &ComputedNode, position: &ScrollPosition) -> (f32, f32, f32) {
    let visible = node.size().y * node.inverse_scale_factor;
    let content = node.content_size().y * node.inverse_scale_factor;
    (visible, content, position.y)
}

fn show_more_below(
    roots: Query<(&ComputedNode, &ScrollPosition), With<ScreenRoot>>,
    shades: Query<(), With<Shade>>,
    mut cue: Query<&mut Node, With<MoreBelow>>,
    ui: Option<Res<UiAssets>>,
    mut commands: Commands,
) {
    let wanted = shades.is_empty()
        && roots.iter().any(|(node, position)| {
            let (visible, content, at) = extent(node, position);
            content > visible + SLACK && at + visible < content - SLACK
        });
    let display = if wanted { Display::Flex } else { Display::None };
    match cue.single_mut() {
        Ok(mut node) => {
            if node.display != display {
                node.display = display;
            }
        }
        Err(_) if wanted => {
            let Some(ui) = ui else { return };
            let holder = Node {
                display,
                position_type: PositionType::Absolute,
                bottom: px(12),
                width: percent(100),
                justify_content: JustifyContent::Center,
                ..default()
            };
            // Floats over the bottom of the page like the corners, after them in Tab order.
            commands
                .spawn((
                    MoreBelow,
                    Corner,
                    Name::new("more below"),
                    holder,
                    GlobalZIndex(10),
                    TabGroup::new(3),
                ))
                .insert(Pickable::IGNORE)
                .with_children(|c| {
                    c.spawn((
                        super::Say("more-below"),
                        button(&ui, MORE_BELOW_LABEL, Look::Primary, scroll_down),
                    ));
                });
        }
        Err(_) => {}
    }
}

/// Scrolls the page down by most of a window.
fn scroll_down(_: On<Activate>, mut roots: Query<(&ComputedNode, &mut ScrollPosition), With<ScreenRoot>>) {
    for (node, mut position) in &mut roots {
        let (visible, content, at) = extent(node, &position);
        position.y = (at + visible * 0.7).min((content - visible).max(0.0));
    }
}
