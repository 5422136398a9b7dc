//! Keyboard only: Tab moves the focus (and shows the ring), Enter activates.

use crate::common::*;
use bevy::input::ButtonState;
use bevy::input::keyboard::{Key, KeyboardInput};
use bevy::input_focus::tab_navigation::TabNavigationPlugin;
use bevy::input_focus::{InputDispatchPlugin, InputFocus, InputFocusPlugin, InputFocusVisible};
use bevy::prelude::*;
use bevy::window::PrimaryWindow;
use clickwise::screens::Screen;
use clickwise::theme::Widget;

pub(crate) fn key(app: &mut App, key_code: KeyCode, logical_key: Key) {
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

pub(crate) fn focused_label(app: &mut App) -> Option<String> {
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

/// The app with keyboard focus and navigation, as the real game has them.
pub(crate) fn keyboard_game() -> App {
    let (mut app, _) = game(LEVELS, None);
    app.add_plugins((
        bevy::input::InputPlugin,
        WindowPlugin::default(),
        InputFocusPlugin,
        InputDispatchPlugin,
        TabNavigationPlugin,
    ));
    boot(&mut app);
    app
}

/// Focuses the first widget with `role` (and, if `unpicked`, not yet picked) in the order
/// it was drawn; returns its label.
fn focus_first(app: &mut App, role: &str, unpicked: bool) -> String {
    let world = app.world_mut();
    let (entity, label) = world
        .query::<(Entity, &Widget, Option<&clickwise::theme::Checked>)>()
        .iter(world)
        .filter(|(_, w, c)| w.role == role && !(unpicked && c.is_some_and(|c| c.0)))
        .map(|(e, w, _)| (e, w.label.clone()))
        .min_by_key(|(e, _)| e.index())
        .unwrap_or_else(|| panic!("a {role} on screen"));
    app.world_mut().resource_mut::<InputFocus>().set(entity, bevy::input_focus::FocusCause::Navigated);
    app.update();
    label
}

fn focused_checked(app: &mut App) -> Option<bool> {
    let entity = app.world().resource::<InputFocus>().get()?;
    app.world().get::<clickwise::theme::Checked>(entity).map(|c| c.0)
}

/// Presses Enter on the first `role` widget (an unpicked one if `unpicked`): the focus
/// must stay on it and it must be picked. Then presses Tab; returns where the focus went.
fn enter_keeps_focus_then_tab(app: &mut App, role: &str, unpicked: bool) -> (String, String) {
    let pressed = focus_first(app, role, unpicked);
    key(app, KeyCode::Enter, Key::Enter);
    assert_eq!(
        focused_label(app).as_deref(),
        Some(pressed.as_str()),
        "Enter on a {role} leaves the focus on it"
    );
    assert_eq!(focused_checked(app), Some(true), "and picks it");
    key(app, KeyCode::Tab, Key::Tab);
    (pressed, focused_label(app).expect("Tab moves the focus on"))
}

/// The play area is rebuilt when a part is flagged or a setting picked; the keyboard user's
/// focus stays on what they pressed, and Tab goes on from there.
#[test]
fn focus_stays_on_a_flagged_part_and_a_picked_setting() {
    use crate::common::play::open;

    let mut app = keyboard_game();
    new_player(&mut app, "fox");
    open(&mut app, "Ages 4 to 7", "Spot the Trick");
    let (part, next) = enter_keeps_focus_then_tab(&mut app, "toggle", false);
    // On from the part: to its own speaker (read-aloud is on for ages 4-7), not elsewhere.
    assert_eq!(next, clickwise::theme::SPEAKER_LABEL, "Tab goes on to the flagged part's speaker");
    let speaker = app.world().resource::<InputFocus>().get().unwrap();
    let part_entity = widget(&mut app, &part);
    let mut holder = Some(speaker);
    while let Some(h) = holder.filter(|h| *h != part_entity) {
        holder = app.world().get::<ChildOf>(h).map(|c| c.parent());
    }
    assert_eq!(holder, Some(part_entity), "the speaker Tab reached is the flagged part's own");

    let mut app = keyboard_game();
    new_player(&mut app, "owl");
    open(&mut app, "Ages 9 to 11", "A Footprint to Be Proud Of");
    // A setting that isn't already picked, so Enter changes it.
    let (_, next) = enter_keeps_focus_then_tab(&mut app, "radio", true);
    assert_ne!(next, clickwise::theme::SPEAKER_LABEL, "Tab goes on from the setting, not back to the top");
}

/// A question gives the focus to none of its answers: a focus ring on one (often a risky
/// one, such as "Press the big button") would suggest it. Tab then goes to the play area,
/// not to the corner buttons.
#[test]
fn no_answer_has_the_focus_when_a_question_appears() {
    use crate::common::play::open;

    let mut app = keyboard_game();
    new_player(&mut app, "fox");
    open(&mut app, "Ages 4 to 7", "The Surprise Pop-up");
    let focused_role = |app: &mut App| {
        let entity = app.world().resource::<InputFocus>().get()?;
        app.world().get::<Widget>(entity).map(|w| w.role)
    };
    assert_ne!(focused_role(&mut app), Some("answer"), "no answer is focused at first");
    for _ in 0..12 {
        key(&mut app, KeyCode::Tab, Key::Tab);
        if focused_role(&mut app) == Some("answer") {
            break;
        }
        let label = focused_label(&mut app).unwrap_or_default();
        assert!(
            !["Options", "Worried?", "Read the screen aloud"].contains(&label.as_str()),
            "Tab reached the corners ({label}) before the answers"
        );
    }
    assert_eq!(focused_role(&mut app), Some("answer"), "Tab reaches the answers");
}
