//! The windowed app: Bevy's default plugins (trimmed by Cargo features to a 2D UI),
//! reactive rendering so an idle game uses almost no CPU, and the web page hook.

use crate::screens::Screen;
use crate::theme::{Widget, WidgetRect, widget_rects};
use bevy::asset::AssetMetaCheck;
use bevy::input_focus::InputFocus;
use bevy::input_focus::tab_navigation::TabNavigationPlugin;
use bevy::prelude::*;
use bevy::window::RequestRedraw;
use bevy::winit::WinitSettings;

pub fn add_default_plugins(app: &mut App) {
    app.add_plugins(
        DefaultPlugins
            .set(WindowPlugin {
                primary_window: Some(Window {
                    title: "Clickwise".into(),
                    // The web page's canvas; ignored natively.
                    canvas: Some("#clickwise".into()),
                    fit_canvas_to_parent: true,
                    // Keep Tab, Space and Enter for the game instead of the browser.
                    prevent_default_event_handling: true,
                    resolution: (1366, 768).into(),
                    ..default()
                }),
                ..default()
            })
            .set(AssetPlugin {
                // Don't ask the server for `.meta` files that don't exist.
                meta_check: AssetMetaCheck::Never,
                ..default()
            }),
    )
    .add_plugins(TabNavigationPlugin);
}

/// Frames still to draw after the last activity: a state change needs a frame to apply,
/// and the layout and images another few to settle.
#[derive(Resource, Default)]
struct Awake(u32);

pub fn plugin(app: &mut App) {
    app.insert_resource(WinitSettings::desktop_app())
        .insert_resource(ClearColor(crate::theme::palette::BACKGROUND))
        .init_resource::<Awake>()
        .add_systems(Startup, |mut commands: Commands| {
            commands.spawn(Camera2d);
        })
        .add_systems(Last, (stay_awake_after_activity, publish_widget_hook).chain());
}

fn stay_awake_after_activity(
    mut awake: ResMut<Awake>,
    screen: Res<State<Screen>>,
    loading: Res<crate::levels::LoadProgress>,
    changed_ui: Query<(), Or<(Changed<ComputedNode>, Added<Node>, Changed<BackgroundColor>)>>,
    mut images: MessageReader<AssetEvent<Image>>,
    mut fonts: MessageReader<AssetEvent<Font>>,
    focus: Res<InputFocus>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    // Pictures and fonts arriving change the layout, which needs frames to show.
    let arrived = images.read().count() + fonts.read().count() > 0;
    if screen.is_changed() || !loading.done || !changed_ui.is_empty() || focus.is_changed() || arrived {
        awake.0 = 10;
    }
    if awake.0 > 0 {
        awake.0 -= 1;
        redraw.write(RequestRedraw);
    }
}

/// Publishes the widgets' places for the browser test, only when something changed.
fn publish_widget_hook(
    screen: Res<State<Screen>>,
    widgets: Query<(Entity, &Widget, &ComputedNode, &UiGlobalTransform, &InheritedVisibility)>,
    focus: Res<InputFocus>,
    session: Option<Res<crate::screens::PlaySession>>,
    join: Res<crate::classroom::JoinFlow>,
    mut last: Local<Option<(Screen, &'static str, String, Vec<WidgetRect>)>>,
) {
    if !cfg!(target_arch = "wasm32") {
        return;
    }
    // The kind of activity being played, so the test can tell a practice report apart.
    let activity = match (screen.get(), &session) {
        (Screen::Play, Some(s)) if s.stage == crate::screens::Stage::Answering => {
            s.current().map_or("", |(_, m)| m.kind())
        }
        _ => "",
    };
    // What a screen reader would say about the number pad: how many digits are typed.
    let status = match screen.get() {
        Screen::JoinClass => format!("{} of {} digits typed", join.digits.len(), join.wanted_digits()),
        _ => String::new(),
    };
    let now = (*screen.get(), activity, status, widget_rects(&widgets, focus.get()));
    if last.as_ref() != Some(&now) {
        super::publish_widgets(now.0.hook_name(), now.1, &now.2, &now.3);
        *last = Some(now);
    }
}
