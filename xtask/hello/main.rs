//! The bench's yardstick (`cargo xtask bench`): a bare Bevy UI app, built with exactly the
//! game's Bevy features, profile and web pipeline (it is a binary of the game's own
//! package), so the game's wasm size and start-up time can be compared with the engine's.
//! A camera, a line of text and a button; it says when its first frame is drawn.

use bevy::prelude::*;

fn main() {
    App::new()
        .add_plugins(DefaultPlugins.set(WindowPlugin {
            primary_window: Some(Window {
                title: "Hello".into(),
                canvas: Some("#clickwise".into()),
                fit_canvas_to_parent: true,
                ..default()
            }),
            ..default()
        }))
        .add_systems(Startup, setup)
        .add_systems(Last, say_when_drawn)
        .run();
}

fn setup(mut commands: Commands) {
    commands.spawn(Camera2d);
    commands.spawn((
        Node {
            flex_direction: FlexDirection::Column,
            row_gap: px(16),
            padding: UiRect::all(px(32)),
            ..default()
        },
        children![
            Text::new("Hello"),
            (
                Button,
                Node { padding: UiRect::all(px(12)), ..default() },
                BackgroundColor(Color::srgb(0.0, 0.45, 0.47)),
                children![Text::new("Play")]
            ),
        ],
    ));
}

/// After the second pass of `Last` the first frame has been rendered: tell the page.
fn say_when_drawn(mut frames: Local<u32>) {
    *frames += 1;
    if *frames == 2 {
        #[cfg(target_arch = "wasm32")]
        if let Some(window) = web_sys::window() {
            let _ = js_sys::Reflect::set(&window, &"helloFrame".into(), &js_sys::Date::now().into());
        }
    }
}
