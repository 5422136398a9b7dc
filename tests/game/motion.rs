//! Moves: every one ends at rest (or hidden), and lasts its time on wall-clock frames.

use bevy::prelude::*;
use clickwise::theme::{Motion, Move, motion_plugin, pose};

#[test]
fn every_move_ends_at_rest_or_hidden() {
    for what in [Move::PopIn, Move::RiseIn(20.0), Move::Hop, Move::Shake, Move::Press] {
        let (offset, scale, _, shown) = pose(what, 1.0);
        assert!(offset.length() < 0.01 && (scale - 1.0).abs() < 0.01 && shown, "{what:?}");
    }
    for what in [Move::FlyAway(100.0, -50.0), Move::Burst(40.0, 40.0)] {
        assert!(!pose(what, 1.0).3, "{what:?} ends hidden");
    }
}

/// An app that runs only the motion systems, each frame `frame_ms` of wall clock.
fn app_with_frames_of(frame_ms: u64) -> App {
    let mut app = App::new();
    app.add_plugins(MinimalPlugins).add_plugins(motion_plugin);
    app.insert_resource(bevy::time::TimeUpdateStrategy::ManualDuration(std::time::Duration::from_millis(
        frame_ms,
    )));
    app
}

fn frames_until_still(app: &mut App, entity: Entity) -> usize {
    (1..=100)
        .find(|_| {
            app.update();
            app.world().get::<Motion>(entity).is_none()
        })
        .expect("the move never ended")
}

#[test]
fn a_move_lasts_its_time_on_slow_frames_and_starts_from_its_start_after_a_pause() {
    // Slow frames (300 ms, as under software WebGL): a 0.6 s hop ends after one frame
    // that doesn't count (nobody asked for it) and two that do, not after six capped ones.
    let mut app = app_with_frames_of(300);
    app.update();
    let hop = app
        .world_mut()
        .spawn((Motion::new(Move::Hop, 0.0, 0.6), UiTransform::default(), Visibility::Inherited))
        .id();
    assert_eq!(frames_until_still(&mut app, hop), 3);

    // After a long idle pause (5 s frames, nothing moving), a new move doesn't jump to
    // its end on the frame that wakes the game: that frame counts as none.
    let mut app = app_with_frames_of(5000);
    for _ in 0..3 {
        app.update();
    }
    let pop =
        app.world_mut().spawn((Motion::pop_in(0.0), UiTransform::default(), Visibility::Inherited)).id();
    app.update();
    assert!(app.world().get::<Motion>(pop).is_some(), "the move played from its start");
    let scale = app.world().get::<UiTransform>(pop).map_or(1.0, |t| t.scale.x);
    assert!(scale < 0.01, "a pop-in starts from nothing (scale {scale})");
}
