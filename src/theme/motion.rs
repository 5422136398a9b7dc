//! Short, finite motion for UI: things arrive, pop, hop, shake and fly. Every motion ends
//! by itself (nothing loops), and while one runs the game asks for frames; when none runs
//! it asks for nothing, so an idle screen costs nothing. In calm mode (the player's choice,
//! or the device's "reduce motion") a motion jumps straight to its end.

use bevy::prelude::*;
use bevy::window::RequestRedraw;
use std::f32::consts::PI;

pub fn plugin(app: &mut App) {
    app.init_resource::<Calm>()
        .init_resource::<MoveClock>()
        .add_message::<RequestRedraw>()
        .add_systems(PreUpdate, tick)
        .add_systems(Update, animate);
}

/// How far moves go this frame, in seconds of the wall clock (at most half a second), so a
/// move lasts as long on a slow school laptop, or under software WebGL, as on a fast one
/// instead of stretching when frames are slow. A frame the game didn't ask for (a tap
/// after an idle pause) counts as none, so a move starting then plays from its start.
#[derive(Resource, Default, Clone, Copy, Debug)]
pub struct MoveClock {
    pub secs: f32,
}

fn tick(real: Res<Time<Real>>, mut asked: MessageReader<RequestRedraw>, mut clock: ResMut<MoveClock>) {
    let asked = asked.read().count() > 0;
    clock.secs = if asked { real.delta_secs().min(0.5) } else { 0.0 };
}

/// No motion at all: set from the player's options and the device's preference.
#[derive(Resource, Default, Clone, Copy, PartialEq, Eq, Debug)]
pub struct Calm(pub bool);

/// What a motion does to its node over its run.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Move {
    /// Grows from nothing with a little overshoot: a message, a badge, a star arriving.
    PopIn,
    /// Rises into place from `px` below, growing as it comes.
    RiseIn(f32),
    /// Jumps up and lands: a character who is happy.
    Hop,
    /// Wobbles side to side: a character who is worried.
    Shake,
    /// Presses in and springs back: an answer being picked.
    Press,
    /// Flies `(dx, dy)` px away while shrinking, then hides: a star into the collection.
    FlyAway(f32, f32),
    /// Sweeps out from the centre to `(dx, dy)` px and fades (shrinks): confetti.
    Burst(f32, f32),
}

/// A motion waiting `delay` seconds, then running for `duration` seconds.
#[derive(Component, Clone, Debug)]
pub struct Motion {
    pub what: Move,
    pub delay: f32,
    pub duration: f32,
    elapsed: f32,
}

impl Motion {
    pub fn new(what: Move, delay: f32, duration: f32) -> Self {
        Motion { what, delay, duration: duration.max(0.01), elapsed: 0.0 }
    }

    /// A pop-in after `delay` seconds.
    pub fn pop_in(delay: f32) -> Self {
        Motion::new(Move::PopIn, delay, 0.35)
    }

    /// Rising into place after `delay` seconds.
    pub fn rise_in(delay: f32) -> Self {
        Motion::new(Move::RiseIn(24.0), delay, 0.4)
    }
}

/// The node's transform at `t` (0 to 1) through a move, and whether it shows at all.
pub fn pose(what: Move, t: f32) -> (Vec2, f32, f32, bool) {
    let t = t.clamp(0.0, 1.0);
    // Ease out with a small overshoot (back-out), so arrivals feel springy.
    let back = |t: f32| {
        let c = 1.70158;
        1.0 + (c + 1.0) * (t - 1.0).powi(3) + c * (t - 1.0).powi(2)
    };
    match what {
        Move::PopIn => (Vec2::ZERO, back(t).max(0.0), 0.0, true),
        Move::RiseIn(px) => (Vec2::new(0.0, px * (1.0 - t).powi(2)), 0.6 + 0.4 * back(t), 0.0, true),
        Move::Hop => (Vec2::new(0.0, -18.0 * (t * PI).sin()), 1.0, 0.0, true),
        Move::Shake => (Vec2::new(8.0 * (t * 4.0 * PI).sin() * (1.0 - t), 0.0), 1.0, 0.0, true),
        Move::Press => (Vec2::ZERO, 1.0 - 0.08 * (t * PI).sin(), 0.0, true),
        Move::FlyAway(dx, dy) => {
            let e = t * t;
            (Vec2::new(dx * e, dy * e), 1.0 - 0.7 * e, 0.0, t < 1.0)
        }
        Move::Burst(dx, dy) => {
            let e = 1.0 - (1.0 - t).powi(2);
            (Vec2::new(dx * e, dy * e), 1.0 - 0.8 * t, t * PI, t < 1.0)
        }
    }
}

/// Runs every motion one frame on, finishing those that are done (and all of them at once
/// in calm mode). Asks for the next frame only while something is moving.
fn animate(
    mut commands: Commands,
    clock: Res<MoveClock>,
    calm: Res<Calm>,
    mut moving: Query<(Entity, &mut Motion, &mut UiTransform, &mut Visibility)>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    if moving.is_empty() {
        return;
    }
    let dt = clock.secs;
    for (entity, mut motion, mut transform, mut visibility) in &mut moving {
        motion.elapsed += dt;
        let t = if calm.0 { 1.0 } else { (motion.elapsed - motion.delay) / motion.duration };
        let waiting = t < 0.0;
        let (offset, scale, turn, shown) = pose(motion.what, t);
        transform.translation = Val2::px(offset.x, offset.y);
        transform.scale = Vec2::splat(if waiting && matches!(motion.what, Move::PopIn | Move::RiseIn(_)) {
            0.0
        } else {
            scale
        });
        transform.rotation = Rot2::radians(turn);
        let visible = if shown { Visibility::Inherited } else { Visibility::Hidden };
        visibility.set_if_neq(visible);
        if t >= 1.0 {
            // At rest: exactly where layout put it (a fly-away or burst stays hidden).
            if shown {
                *transform = UiTransform::IDENTITY;
            }
            commands.entity(entity).remove::<Motion>();
        }
    }
    redraw.write(RequestRedraw);
}
