//! Helpers shared by the headless tests: boot the game on `MinimalPlugins` with progress in
//! memory, find buttons by their `Widget` label and activate them as a click or Enter would.

pub mod play;

use bevy::prelude::*;
use bevy::ui_widgets::Activate;
use clickwise::screens::Screen;
use clickwise::theme::Widget;
use clickwise::{GameConfig, MemorySaves, StoreKind};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub const LEVELS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/levels");
pub const SEED: u64 = 42;

/// A game whose levels come from `levels_dir` and whose save starts as `saved`.
pub fn game(levels_dir: &str, saved: Option<&str>) -> (App, Arc<Mutex<MemorySaves>>) {
    let config = GameConfig::for_tests(levels_dir, saved.map(str::to_owned), SEED);
    let StoreKind::Memory(saves) = config.store.clone() else { unreachable!("tests keep saves in memory") };
    (clickwise::headless_app(config), saves)
}

/// Runs frames until `done` holds (assets load on other threads), failing after a while.
pub fn update_until(app: &mut App, what: &str, done: impl Fn(&mut App) -> bool) {
    let start = Instant::now();
    while !done(app) {
        assert!(start.elapsed() < Duration::from_secs(20), "timed out waiting for {what}");
        app.update();
        std::thread::sleep(Duration::from_millis(2));
    }
}

/// Starts the game and waits for the title screen.
pub fn boot(app: &mut App) {
    update_until(app, "the title screen", |app| screen(app) == Screen::Title);
    // The levels load behind the title.
    update_until(app, "the levels", |app| app.world().resource::<clickwise::levels::LoadProgress>().done);
    // One more frame, so the title's entities exist.
    app.update();
}

pub fn screen(app: &App) -> Screen {
    *app.world().resource::<State<Screen>>().get()
}

/// The labels of every widget on screen.
pub fn labels(app: &mut App) -> Vec<String> {
    let world = app.world_mut();
    world.query::<&Widget>().iter(world).map(|w| w.label.clone()).collect()
}

/// Every piece of text on screen, joined.
pub fn all_text(app: &mut App) -> String {
    let world = app.world_mut();
    world.query::<&Text>().iter(world).map(|t| t.0.clone()).collect::<Vec<_>>().join("\n")
}

pub fn widget(app: &mut App, label: &str) -> Entity {
    let world = app.world_mut();
    let found: Vec<Entity> = world
        .query::<(Entity, &Widget)>()
        .iter(world)
        .filter(|(_, w)| w.label == label)
        .map(|(e, _)| e)
        .collect();
    assert_eq!(found.len(), 1, "expected one button labelled {label:?}; on screen: {:?}", labels(app));
    found[0]
}

/// The speaker buttons on screen, and those of them inside `container` (if given).
pub fn speakers(app: &mut App, container: Option<Entity>) -> Vec<Entity> {
    let world = app.world_mut();
    let mut q = world.query::<(Entity, &Widget)>();
    let all: Vec<Entity> =
        q.iter(world).filter(|(_, w)| w.label == clickwise::theme::SPEAKER_LABEL).map(|(e, _)| e).collect();
    let inside = |e: Entity| {
        container.is_none_or(|c| {
            let mut at = e;
            while let Some(parent) = world.get::<ChildOf>(at) {
                at = parent.parent();
                if at == c {
                    return true;
                }
            }
            false
        })
    };
    all.into_iter().filter(|&e| inside(e)).collect()
}

/// Activates the button labelled `label` (what a click, a tap, Enter or Space does), then
/// runs two frames: one for the action, one for a screen change to apply.
pub fn press(app: &mut App, label: &str) {
    let entity = widget(app, label);
    app.world_mut().trigger(Activate { entity });
    app.update();
    app.update();
}

/// A save as the game wrote it, read back by the core.
pub fn saved_data(saves: &Arc<Mutex<MemorySaves>>) -> clickwise_core::progress::SaveData {
    let text = saves.lock().unwrap().save.clone().expect("the game saved");
    match clickwise_core::progress::load(Some(&text)) {
        clickwise_core::progress::Loaded::Current(data) => data,
        other => panic!("the game's own save didn't read back: {other:?}"),
    }
}

/// Creates a player through the profile screen and picks the youngest age group, ending on
/// the level list. Returns the nickname picked.
pub fn new_player(app: &mut App, avatar: &str) -> String {
    press(app, "New player");
    assert_eq!(screen(app), Screen::Profile);
    let nickname = app.world().resource::<clickwise::screens::ProfileDraft>().suggestions[0].clone();
    press(app, &nickname);
    press(app, avatar);
    press(app, "Next");
    assert_eq!(screen(app), Screen::Phase);
    press(app, "Ages 4 to 7");
    // The map; a folder of levels with no world files shows the plain list instead.
    assert!(matches!(screen(app), Screen::Levels | Screen::AllLevels), "{:?}", screen(app));
    nickname
}

/// From a level's results screen to the grown-ups' "What was played here" page, the way a
/// parent gets there: back to the title, then Get help.
pub fn open_played_here(app: &mut App) {
    press(app, "Choose another level");
    press(app, "Change player");
    press(app, "Grown-ups: get help");
    press(app, "What was played here");
}
