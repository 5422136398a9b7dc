//! Keyboard only: Tab moves the focus (and shows the ring), Enter activates.

mod common;

use bevy::input::ButtonState;
use bevy::input::keyboard::{Key, KeyboardInput};
use bevy::input_focus::tab_navigation::TabNavigationPlugin;
use bevy::input_focus::{InputDispatchPlugin, InputFocus, InputFocusPlugin, InputFocusVisible};
use bevy::prelude::*;
use bevy::window::PrimaryWindow;
use clickwise::screens::Screen;
use clickwise::theme::Widget;
use common::*;

fn key(app: &mut App, key_code: KeyCode, logical_key: Key) {
    let window = {
        let world = app.world_mut();
        world.query_filtered::<Entity, With<PrimaryWindow>>().single(world).expect("a window")
    };
    for state in [ButtonState::Pressed, ButtonState::Released] {
        app.world_mut().write_message(KeyboardInput {
            key_code,
            logical_key: logical_key.clone(),
            state,
            text: None,
            repeat: false,
            window,
        });
        app.update();
    }
    app.update();
}

fn focused_label(app: &mut App) -> Option<String> {
    let entity = app.world().resource::<InputFocus>().get()?;
    app.world().get::<Widget>(entity).map(|w| w.label.clone())
}

fn ring_colour(app: &mut App, label: &str) -> Color {
    let entity = widget(app, label);
    app.world().get::<Outline>(entity).expect("every widget has an outline").color
}

#[test]
fn tab_moves_focus_and_enter_activates() {
    let (mut app, _) = game(LEVELS, None);
    app.add_plugins((
        bevy::input::InputPlugin,
        WindowPlugin::default(),
        InputFocusPlugin,
        InputDispatchPlugin,
        TabNavigationPlugin,
        bevy::ui_widgets::ButtonPlugin,
    ));
    boot(&mut app);

    // The first sensible button has the focus; the ring shows only once the keyboard is used.
    assert_eq!(focused_label(&mut app).as_deref(), Some("New player"));
    assert_eq!(ring_colour(&mut app, "New player"), Color::NONE);

    key(&mut app, KeyCode::Tab, Key::Tab);
    assert_eq!(focused_label(&mut app).as_deref(), Some("Join my class"));
    key(&mut app, KeyCode::Tab, Key::Tab);
    assert_eq!(focused_label(&mut app).as_deref(), Some("About"));
    assert!(app.world().resource::<InputFocusVisible>().0);
    assert_ne!(ring_colour(&mut app, "About"), Color::NONE, "the focus ring is drawn");
    assert_eq!(ring_colour(&mut app, "New player"), Color::NONE);

    key(&mut app, KeyCode::Tab, Key::Tab);
    assert_eq!(focused_label(&mut app).as_deref(), Some("Grown-ups: get help"));
    key(&mut app, KeyCode::Tab, Key::Tab);
    assert_eq!(focused_label(&mut app).as_deref(), Some("Options"), "the corner buttons come last");
    key(&mut app, KeyCode::Tab, Key::Tab);
    assert_eq!(focused_label(&mut app).as_deref(), Some("Worried?"));
    key(&mut app, KeyCode::Tab, Key::Tab);
    assert_eq!(focused_label(&mut app).as_deref(), Some("New player"), "Tab wraps round");

    key(&mut app, KeyCode::Enter, Key::Enter);
    assert_eq!(screen(&app), Screen::Profile);
    // The new screen focuses its first nickname, so Enter picks it.
    let first = app.world().resource::<clickwise::screens::ProfileDraft>().suggestions[0].clone();
    assert_eq!(focused_label(&mut app), Some(first.clone()));
    key(&mut app, KeyCode::Space, Key::Space);
    assert_eq!(app.world().resource::<clickwise::screens::ProfileDraft>().nickname, Some(first));
}
