//! The language follows the player: `CurrentLang` becomes the active player's own
//! language whenever another player is picked, a player is made (by joining a class, say)
//! or a player's language is changed. Before any player is picked it is the one the page
//! address asked for (`?lang=cy`), else the last player's.

use super::Store;
use crate::config::{CurrentLang, GameConfig};
use bevy::prelude::*;
use clickwise_core::Lang;

/// The active player and language last followed, so that only a real change (not every
/// save) moves `CurrentLang`: a language picked for a player still being made stays.
#[derive(Resource, Default)]
struct FollowedPlayer(Option<(String, Lang)>);

pub(super) fn plugin(app: &mut App) {
    let launch = app.world().resource::<GameConfig>().launch.lang;
    let active = app.world().resource::<Store>().active().map(|p| (p.id.clone(), p.lang));
    let start = launch.or(active.as_ref().map(|(_, lang)| *lang)).unwrap_or_default();
    app.insert_resource(CurrentLang(start))
        .insert_resource(FollowedPlayer(active))
        .add_systems(Update, follow_active_player.run_if(resource_changed::<Store>));
}

fn follow_active_player(
    store: Res<Store>,
    mut followed: ResMut<FollowedPlayer>,
    mut lang: ResMut<CurrentLang>,
) {
    let now = store.active().map(|p| (p.id.clone(), p.lang));
    if now == followed.0 {
        return;
    }
    if let Some((_, player_lang)) = &now {
        lang.set_if_neq(CurrentLang(*player_lang));
    }
    followed.0 = now;
}

/// Plays as `id` from now on, in their own language (even if it is already the active
/// player, whose language a `?lang=` link may have overridden on the title screen).
pub fn play_as(store: &mut Store, lang: &mut CurrentLang, id: &str) {
    store.data.active = Some(id.to_owned());
    if let Some(profile) = store.active() {
        *lang = CurrentLang(profile.lang);
    }
}
