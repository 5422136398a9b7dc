//! The map is the way in: every place of the age group is a button (for the mouse, the
//! keyboard and the page's screen-reader mirror) named with its progress; picking one walks
//! the avatar there and opens its levels; nothing is locked; finishing levels shows.

use crate::common::play::{Way, play_step, session};
use crate::common::*;
use crate::keyboard::{focused_label, key};
use bevy::input::keyboard::Key;
use bevy::input_focus::tab_navigation::TabNavigationPlugin;
use bevy::input_focus::{InputDispatchPlugin, InputFocusPlugin};
use bevy::prelude::*;
use clickwise::access::{MirrorRequest, MirrorRequests};
use clickwise::levels::LevelLibrary;
use clickwise::play::Stage;
use clickwise::screens::{MapState, Screen};
use clickwise_core::Phase;
use clickwise_core::world::PhaseWorld;

fn world_of(app: &App, phase: Phase) -> PhaseWorld {
    app.world().resource::<LevelLibrary>().world_of(phase).expect("a world for the phase").clone()
}

fn place_widget(app: &mut App, name: &str) -> Option<String> {
    labels(app).into_iter().find(|l| l.starts_with(&format!("{name}:")))
}

#[test]
fn a_new_player_lands_in_a_world_where_every_place_opens_its_levels() {
    let (mut app, _) = game(LEVELS, None);
    boot(&mut app);
    new_player(&mut app, "fox");
    assert_eq!(screen(&app), Screen::Levels);
    let world = world_of(&app, Phase::Ks1);
    assert!(all_text(&mut app).contains(&format!("Welcome to {}", world.name.en)));
    for member in &world.cast {
        assert!(all_text(&mut app).contains(&member.name.en), "{} is in Who's who", member.name.en);
    }
    // Every place is a button with its progress; every level of the phase is in one.
    let library_ids: Vec<String> =
        app.world().resource::<LevelLibrary>().for_phase(Phase::Ks1).map(|l| l.id.clone()).collect();
    let mut seen = Vec::new();
    for place in &world.places {
        let label = place_widget(&mut app, &place.name.en)
            .unwrap_or_else(|| panic!("{} is on the map", place.name.en));
        assert!(label.ends_with(&format!("0 of {} levels done", place.levels.len())), "{label}");
        press(&mut app, &label);
        assert_eq!(app.world().resource::<MapState>().at.as_deref(), Some(place.id.as_str()));
        for id in &place.levels {
            let title = app.world().resource::<LevelLibrary>().get(id).unwrap().title.en.clone();
            assert!(labels(&mut app).contains(&title), "{title} opens from {}", place.name.en);
            seen.push(id.clone());
        }
    }
    seen.sort();
    let mut all = library_ids;
    all.sort();
    assert_eq!(seen, all, "every level can be reached from the map: nothing is locked away");
}

#[test]
fn playing_a_level_from_a_place_lights_the_place_up() {
    let (mut app, _) = game(LEVELS, None);
    boot(&mut app);
    new_player(&mut app, "fox");
    let world = world_of(&app, Phase::Ks1);
    let place = &world.places[0];
    let label = place_widget(&mut app, &place.name.en).unwrap();
    press(&mut app, &label);
    let title = app.world().resource::<LevelLibrary>().get(&place.levels[0]).unwrap().title.en.clone();
    press(&mut app, &title);
    press(&mut app, "Start");
    while !matches!(session(&app).stage, Stage::Finished(_)) {
        play_step(&mut app, Way::Safest);
        press(&mut app, "Next");
    }
    press(&mut app, "Choose another level");
    assert_eq!(screen(&app), Screen::Levels);
    let label = place_widget(&mut app, &place.name.en).unwrap();
    assert!(label.ends_with(&format!("1 of {} levels done", place.levels.len())), "{label}");
    assert_eq!(
        app.world().resource::<MapState>().at.as_deref(),
        Some(place.id.as_str()),
        "back where we were"
    );
}

#[test]
fn the_keyboard_walks_the_map_and_keeps_its_place() {
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
    new_player(&mut app, "fox");
    let world = world_of(&app, Phase::Ks1);
    let target = &world.places[2];
    let mut found = false;
    for _ in 0..40 {
        key(&mut app, KeyCode::Tab, Key::Tab);
        if focused_label(&mut app).is_some_and(|l| l.starts_with(&format!("{}:", target.name.en))) {
            found = true;
            break;
        }
    }
    assert!(found, "Tab reaches {}", target.name.en);
    key(&mut app, KeyCode::Enter, Key::Enter);
    assert_eq!(
        app.world().resource::<MapState>().at.as_deref(),
        Some(target.id.as_str()),
        "Enter walks there"
    );
    let focus = focused_label(&mut app).unwrap_or_default();
    assert!(
        focus.starts_with(&format!("{}:", target.name.en)),
        "the place keeps the focus after the map redraws: {focus}"
    );
}

#[test]
fn the_mirror_names_each_place_and_presses_it() {
    let (mut app, _) = game(LEVELS, None);
    boot(&mut app);
    new_player(&mut app, "fox");
    let world = world_of(&app, Phase::Ks1);
    let target = world.places.last().unwrap();
    let label = place_widget(&mut app, &target.name.en).unwrap();
    let entity = widget(&mut app, &label);
    app.world_mut().resource_mut::<MirrorRequests>().0.push(MirrorRequest::Activate(entity.to_bits()));
    app.update();
    app.update();
    assert_eq!(app.world().resource::<MapState>().at.as_deref(), Some(target.id.as_str()));
}

#[test]
fn all_levels_and_badges_are_a_tap_away() {
    let (mut app, _) = game(LEVELS, None);
    boot(&mut app);
    new_player(&mut app, "fox");
    let badges = labels(&mut app).into_iter().find(|l| l.starts_with("My badges:")).expect("a badges button");
    assert!(badges.ends_with("0 of 8"), "{badges}");
    press(&mut app, &badges);
    assert_eq!(screen(&app), Screen::Badges);
    press(&mut app, "Back");
    press(&mut app, "All levels");
    assert_eq!(screen(&app), Screen::AllLevels);
    press(&mut app, "Back to the map");
    assert_eq!(screen(&app), Screen::Levels);
}

/// The title shows before any level has loaded (a first visit fetches less before anything
/// appears); a player who goes straight on waits on the loading screen, then lands on the
/// map with every place there.
#[test]
fn the_title_comes_first_and_the_map_waits_for_the_levels() {
    let saved = r#"(version: 3, profiles: [(id: "p1", nickname: "Happy Panda", avatar: "panda", phase: Some(Ks1))], active: Some("p1"))"#;
    let (mut app, _) = game(LEVELS, Some(saved));
    update_until(&mut app, "the title screen", |app| screen(app) == Screen::Title);
    app.update();
    assert!(app.world().resource::<LevelLibrary>().levels.is_empty(), "no level was needed for the title");
    press(&mut app, "Happy Panda");
    assert!(matches!(screen(&app), Screen::Loading | Screen::Levels), "{:?}", screen(&app));
    update_until(&mut app, "the map", |app| screen(app) == Screen::Levels);
    app.update();
    let world = world_of(&app, Phase::Ks1);
    for place in &world.places {
        assert!(place_widget(&mut app, &place.name.en).is_some(), "{} is on the map", place.name.en);
    }
}
