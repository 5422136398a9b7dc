//! A teacher's home-practice link (`?practice=…`) opens straight onto its levels: no player
//! to make, no age to pick. It plays as the device's own home player if one was playing
//! last, else as a guest made for it: a word-list nickname drawn as its own animal, never a
//! class card, so nothing played with the link is sent anywhere. The guest's age group is
//! that of the link's first level. A join link (`?class=`) comes first if both are given.

use super::Screen;
use crate::config::GameConfig;
use crate::levels::{LevelLibrary, LoadProgress};
use crate::progress::Store;
use bevy::prelude::*;
use clickwise_core::progress::Profile;

/// The guest's profile id (never shown) and nickname.
pub const GUEST_ID: &str = "home-practice";
pub const GUEST_NICKNAME: &str = "Friendly Owl";

/// A player the link is playing as, still waiting for the levels to learn its age group.
#[derive(Resource, Default)]
struct NeedsAge(Option<String>);

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<NeedsAge>().add_systems(OnEnter(Screen::Title), follow_practice_link).add_systems(
        Update,
        give_age.run_if(|n: Res<NeedsAge>, p: Res<LoadProgress>| n.0.is_some() && p.done),
    );
}

/// Once per start: on to the levels as the home player (made if need be).
fn follow_practice_link(
    config: Res<GameConfig>,
    mut store: ResMut<Store>,
    display: Res<crate::access::Display>,
    lang: Res<crate::config::CurrentLang>,
    mut needs_age: ResMut<NeedsAge>,
    library: Res<LevelLibrary>,
    progress: Res<LoadProgress>,
    mut next: ResMut<NextState<Screen>>,
    mut followed: Local<bool>,
) {
    if config.launch.practice.is_empty() || config.launch.class_code.is_some() || *followed {
        return;
    }
    *followed = true;
    let id = match store.active() {
        // The home player who played last carries on, with their own stars.
        Some(p) if p.class.is_none() => p.id.clone(),
        _ => {
            if store.data.profile(GUEST_ID).is_none() {
                let picture = clickwise_core::names::picture_of(GUEST_NICKNAME).unwrap_or("owl");
                let mut guest = Profile::new(GUEST_ID, GUEST_NICKNAME, picture);
                guest.display = display.options;
                // The link's `?lang=`, if it had one.
                guest.lang = lang.0;
                store.data.add_profile(guest);
            }
            GUEST_ID.to_owned()
        }
    };
    store.data.active = Some(id.clone());
    store.notice = None;
    if store.active().is_some_and(|p| p.phase.is_none()) {
        needs_age.0 = Some(id);
        if progress.done {
            give_age_now(&mut needs_age, &mut store, &library);
        }
    }
    store.save();
    next.set(Screen::Levels);
}

/// Gives a player without an age group that of the link's first level (the levels have
/// loaded by now: the level screens wait for them).
fn give_age(mut needs_age: ResMut<NeedsAge>, mut store: ResMut<Store>, library: Res<LevelLibrary>) {
    give_age_now(&mut needs_age, &mut store, &library);
}

fn give_age_now(needs_age: &mut NeedsAge, store: &mut Store, library: &LevelLibrary) {
    let Some(id) = needs_age.0.take() else { return };
    let phase = store.data.practice.iter().find_map(|l| library.get(l)).map(|l| l.phase);
    if let (Some(phase), Some(profile)) = (phase, store.data.profile_mut(&id))
        && profile.phase.is_none()
    {
        profile.phase = Some(phase);
        store.save();
    }
}
