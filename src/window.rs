//! App assembly for a window (native) or the page's canvas (web): Bevy's default plugins
//! (trimmed by Cargo features to a 2D UI), reactive rendering so an idle game uses almost
//! no CPU, and waking the game when the page's mirror presses something.

use crate::screen::Screen;
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
        .add_systems(Last, stay_awake_after_activity);
    #[cfg(target_arch = "wasm32")]
    app.add_systems(Startup, let_the_page_wake_the_game);
}

fn stay_awake_after_activity(
    mut awake: ResMut<Awake>,
    screen: Res<State<Screen>>,
    loading: Res<crate::levels::LoadProgress>,
    // Transforms too: the last frame of a motion moves a node without changing its layout,
    // and the mirror must see a frame after it to say the screen has settled.
    changed_ui: Query<
        (),
        Or<(Changed<ComputedNode>, Changed<UiGlobalTransform>, Added<Node>, Changed<BackgroundColor>)>,
    >,
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

/// Lets the page wake the game when a screen reader presses a mirrored button: the game
/// only runs a frame on input, and that press isn't input the window saw.
#[cfg(target_arch = "wasm32")]
fn let_the_page_wake_the_game(proxy: Res<bevy::winit::EventLoopProxyWrapper>) {
    let proxy = (**proxy).clone();
    crate::platform::set_waker(Box::new(move || {
        let _ = proxy.send_event(bevy::winit::WinitUserEvent::WakeUp);
    }));
}
