//! The `Feed` mechanic through the real screens: items arrive one by one, the pupil deals
//! with each by pressing its buttons (or by keyboard alone), "Faster" is the pupil's
//! choice, and calm mode keeps arrivals still.

use crate::common::play::*;
use crate::common::*;
use crate::keyboard::{focused_label, key, keyboard_game};
use bevy::ecs::message::Messages;
use bevy::input::keyboard::Key;
use bevy::prelude::*;
use bevy::time::TimeUpdateStrategy;
use bevy::window::RequestRedraw;
use clickwise::access::OPTIONS_LABEL;
use clickwise::play::{Draft, Stage};
use clickwise::theme::Checked;
use clickwise_core::playthrough::FeedDraft;
use clickwise_core::*;
use std::time::Duration;

const PHASE: &str = "Ages 4 to 7";
const LEVEL: &str = "The Gem Shop";

/// Opens the Gem Shop and plays the steps before its feed the safest way.
fn to_feed(app: &mut App) -> FeedStep {
    open(app, PHASE, LEVEL);
    for _ in 0..10 {
        if let Mechanic::Feed(f) = current(app) {
            return f;
        }
        play_step(app, Way::Safest);
        press(app, "Next");
    }
    panic!("{LEVEL} has no feed step");
}

fn feed_draft(app: &App) -> FeedDraft {
    match session(app).draft {
        Draft::Feed(d) => d,
        other => panic!("a feed draft, not {other:?}"),
    }
}

fn new_game(avatar: &str) -> App {
    let (mut app, _) = game(LEVELS, None);
    boot(&mut app);
    new_player(&mut app, avatar);
    app
}

/// Each frame is this long, so timers are tested without waiting in real time.
fn frames_of(app: &mut App, ms: u64) {
    app.insert_resource(TimeUpdateStrategy::ManualDuration(Duration::from_millis(ms)));
}

fn redraws_asked(app: &App) -> usize {
    app.world().resource::<Messages<RequestRedraw>>().len()
}

fn moving_nodes(app: &mut App) -> usize {
    let world = app.world_mut();
    world.query::<&UiTransform>().iter(world).filter(|t| **t != UiTransform::IDENTITY).count()
}

#[test]
fn a_feed_played_the_safest_way_scores_every_item() {
    let mut app = new_game("fox");
    let feed = to_feed(&mut app);
    assert_eq!(feed_draft(&app).arrived, 1, "the first item is there from the start");
    let first = session(&app).fill(&feed.items[0].text);
    assert!(all_text(&mut app).contains(&first));
    play_step(&mut app, Way::Safest);
    let s = session(&app);
    let Stage::Feedback { points, items, scene, .. } = &s.stage else { panic!("feedback") };
    assert_eq!(*points, feed.items.len() as u32, "a point for each item");
    assert_eq!(items.len(), feed.items.len());
    assert!(items.iter().all(|i| i.outcome == Outcome::Safe), "{items:?}");
    assert_eq!(*scene, None, "no consequence after safe moves");
    let record = s.log().last().expect("the feed's record");
    assert_eq!(record.picks.len(), feed.items.len(), "one pick per item: {:?}", record.picks);
    assert!(record.picks.iter().all(|p| p.contains('=')), "item=move: {:?}", record.picks);
}

#[test]
fn a_feed_played_the_riskiest_way_shows_what_happened_next() {
    let mut app = new_game("owl");
    let feed = to_feed(&mut app);
    play_step(&mut app, Way::Riskiest);
    let s = session(&app);
    let Stage::Feedback { points, items, scene, .. } = &s.stage else { panic!("feedback") };
    assert!(*points < feed.items.len() as u32, "{points}");
    assert!(items.iter().any(|i| i.outcome == Outcome::Risky), "{items:?}");
    let expected = s.level.step("feed").and_then(|step| step.consequence.clone());
    assert!(expected.is_some(), "{LEVEL}'s feed has a consequence scene");
    assert_eq!(*scene, expected, "the step's consequence scene follows risky moves");
    let shown = all_text(&mut app);
    let beat = s.fill(&expected.expect("checked above").beats[0].text);
    assert!(shown.contains(&beat), "the scene is on screen: {beat:?}");
}

/// Off, nothing arrives until the pupil is ready, and the feed asks for no frames. On, the
/// next item comes without the first being dealt with; nothing goes away; off stops it.
#[test]
fn faster_brings_items_on_a_timer_only_while_it_is_on() {
    let mut app = new_game("frog");
    let feed = to_feed(&mut app);
    frames_of(&mut app, 200);
    for _ in 0..50 {
        app.update();
    }
    assert_eq!(feed_draft(&app).arrived, 1, "10 s later, still one item: the pupil sets the pace");
    assert_eq!(redraws_asked(&app), 0, "an idle feed asks for no frames");

    let faster = widget(&mut app, "Faster");
    assert_eq!(app.world().get::<Checked>(faster), Some(&Checked(false)), "off by default");
    press(&mut app, "Faster");
    let faster = widget(&mut app, "Faster");
    assert_eq!(app.world().get::<Checked>(faster), Some(&Checked(true)));
    app.update();
    assert!(redraws_asked(&app) > 0, "while waiting it keeps frames coming");
    for _ in 0..25 {
        app.update();
    }
    let d = feed_draft(&app);
    assert_eq!(d.arrived, 2, "a second item arrived on the timer");
    assert!(d.handled.is_empty(), "without the first being dealt with");
    let s = session(&app);
    let text = all_text(&mut app);
    assert!(text.contains(&s.fill(&feed.items[1].text)), "the second item shows");
    for item in &feed.items[..2] {
        widget(&mut app, &feed_move_label(&s, feed.moves[0], item));
    }

    // A panel over the game (here the options) holds the timer.
    press(&mut app, OPTIONS_LABEL);
    for _ in 0..50 {
        app.update();
    }
    assert_eq!(feed_draft(&app).arrived, 2, "nothing arrives behind the options");
    press(&mut app, "Close");

    press(&mut app, "Faster");
    for _ in 0..50 {
        app.update();
    }
    assert_eq!(feed_draft(&app).arrived, 2, "off again: nothing more arrives");
    assert_eq!(redraws_asked(&app), 0, "and nothing ticks");
    // The rest still arrive one by one, as the pupil deals with them.
    play_step(&mut app, Way::Safest);
    let Stage::Feedback { points, .. } = session(&app).stage else { panic!("feedback") };
    assert_eq!(points, feed.items.len() as u32);
}

/// Tab reaches each item's buttons, Enter deals with it, and the focus moves on to the next
/// item's first button, then to "Done".
#[test]
fn a_feed_can_be_played_by_keyboard_alone() {
    let mut app = keyboard_game();
    new_player(&mut app, "fox");
    let feed = to_feed(&mut app);
    let s = session(&app);
    let labels: Vec<String> =
        feed.items.iter().flat_map(|i| feed.moves.iter().map(|m| feed_move_label(&s, *m, i))).collect();
    assert!(
        !focused_label(&mut app).is_some_and(|l| labels.contains(&l)),
        "no move has the focus when the feed appears"
    );
    for n in 0..feed.items.len() {
        let item = &feed.items[n];
        assert_eq!(feed_draft(&app).arrived, n + 1);
        let safe = item.safe.iter().find(|m| feed.moves.contains(m)).expect("a safe move offered");
        let want = feed_move_label(&s, *safe, item);
        for _ in 0..60 {
            if focused_label(&mut app).as_deref() == Some(want.as_str()) {
                break;
            }
            key(&mut app, KeyCode::Tab, Key::Tab);
        }
        assert_eq!(focused_label(&mut app), Some(want.clone()), "Tab reaches {want:?}");
        key(&mut app, KeyCode::Enter, Key::Enter);
        assert_eq!(feed_draft(&app).move_for(&item.id), Some(*safe), "Enter dealt with it");
        let next = match feed.items.get(n + 1) {
            Some(next) => feed_move_label(&s, feed.moves[0], next),
            None => "Done".to_owned(),
        };
        assert_eq!(focused_label(&mut app), Some(next), "the focus moves on");
    }
    key(&mut app, KeyCode::Enter, Key::Enter);
    let Stage::Feedback { points, .. } = session(&app).stage else { panic!("Enter on Done submits") };
    assert_eq!(points, feed.items.len() as u32);
}

/// A new item drops in and settles; in calm mode nothing moves at all.
#[test]
fn a_new_item_slides_in_briefly_and_not_at_all_in_calm_mode() {
    for calm in [false, true] {
        let mut app = new_game("lion");
        if calm {
            press(&mut app, OPTIONS_LABEL);
            press(&mut app, "Calm mode: nothing moves");
            press(&mut app, "Close");
        }
        let feed = to_feed(&mut app);
        frames_of(&mut app, 20);
        for _ in 0..30 {
            app.update();
        }
        assert_eq!(moving_nodes(&mut app), 0, "the first item is simply there");
        let s = session(&app);
        let first = &feed.items[0];
        let m = feed.moves.iter().find(|m| first.safe.contains(m)).expect("a safe move");
        // One frame at a time from the press, so not even a one-frame blink goes unseen.
        let entity = widget(&mut app, &feed_move_label(&s, *m, first));
        app.world_mut().trigger(bevy::ui_widgets::Activate { entity });
        app.update();
        assert_eq!(feed_draft(&app).arrived, 2);
        let mut moved = moving_nodes(&mut app);
        if !calm {
            assert_eq!(moved, 1, "the new item is on its way in");
        }
        for _ in 0..30 {
            app.update();
            moved = moved.max(moving_nodes(&mut app));
        }
        if calm {
            assert_eq!(moved, 0, "calm mode: nothing moved");
        }
        assert_eq!(moving_nodes(&mut app), 0, "it settles within a moment");
        assert_eq!(redraws_asked(&app), 0, "then nothing asks for frames");
    }
}

/// A full feed (every item in, via "Faster"), then every item dealt with and "Done": each
/// fits a tablet across, and no button covers another's words.
#[test]
fn a_full_feed_fits_a_tablet() {
    let (w, h) = (1024.0, 768.0);
    let mut app = crate::layout::laid_out_game(1024, 768, None);
    boot(&mut app);
    new_player(&mut app, "fox");
    let feed = to_feed(&mut app);
    crate::layout::check_fits_across(&mut app, w, h);
    press(&mut app, "Faster");
    frames_of(&mut app, 200);
    for _ in 0..(25 * feed.items.len()) {
        app.update();
    }
    assert_eq!(feed_draft(&app).arrived, feed.items.len());
    crate::layout::check_fits_across(&mut app, w, h);
    let s = session(&app);
    for item in &feed.items {
        let m = feed.moves.iter().find(|m| item.safe.contains(m)).expect("a safe move");
        press(&mut app, &feed_move_label(&s, *m, item));
    }
    crate::layout::check_fits_across(&mut app, w, h);
    press(&mut app, "Done");
    assert!(matches!(session(&app).stage, Stage::Feedback { .. }));
}
