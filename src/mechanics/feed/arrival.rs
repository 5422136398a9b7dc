//! A newly arrived item drops into the top of the feed and settles, in a fraction of a
//! second (the theme's `Motion`, which ends by itself). In calm mode nothing moves: the
//! item is simply there.

use crate::play::{Draft, PlaySession};
use crate::theme::{Calm, Motion, Move};
use bevy::app::AnimationSystems;
use bevy::prelude::*;

/// How long an arrival takes, in seconds.
const ARRIVAL_SECS: f32 = 0.35;
/// How far above its place a new card starts, in pixels.
const DROP_PX: f32 = 28.0;

/// A feed item's card, by the item's id.
#[derive(Component)]
pub(super) struct FeedCard(pub String);

pub(super) fn plugin(app: &mut App) {
    // After the play area's rebuild (in `Update`), before layout places the cards.
    app.add_systems(
        PostUpdate,
        start_arrivals.run_if(resource_exists::<PlaySession>).in_set(AnimationSystems),
    );
}

/// The feed is redrawn whole on every change, so "new" means an item that had not arrived
/// at the last draw of the same attempt at the same step (the first item is just there).
fn start_arrivals(
    mut cards: Query<(Entity, &FeedCard, &mut UiTransform), Added<FeedCard>>,
    session: Res<PlaySession>,
    calm: Res<Calm>,
    mut seen: Local<(String, usize)>,
    mut commands: Commands,
) {
    let (Some(feed), Draft::Feed(d)) = (super::current_feed(&session), &session.draft) else { return };
    if cards.is_empty() {
        return;
    }
    let Some(newest) = d.arrived.checked_sub(1).and_then(|i| feed.items.get(i)) else { return };
    let step = session.current_step().map_or("", |s| s.id.as_str());
    let key = format!("{}/{step}/{}", session.id, session.retries);
    let fresh = seen.0 == key && d.arrived > seen.1;
    *seen = (key, d.arrived);
    if !fresh || calm.0 {
        return;
    }
    for (entity, card, mut transform) in &mut cards {
        if card.0 == newest.id {
            // Unseen until the motion starts next frame, so no frame shows it settled first.
            *transform = UiTransform::from_scale(Vec2::ZERO);
            commands.entity(entity).insert(Motion::new(Move::RiseIn(-DROP_PX), 0.0, ARRIVAL_SECS));
        }
    }
}
