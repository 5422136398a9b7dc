//! Keeps a class profile's assigned levels (and its card's nickname and picture) current:
//! asked for when the level list opens.

use super::net::{HttpRequest, Inbox, Purpose, Sender};
use crate::progress::Store;
use bevy::prelude::*;
use clickwise_core::classroom::PupilReply;
use clickwise_core::names::is_valid_nickname;

/// Trigger to ask the server for the active class profile's assigned levels.
#[derive(Event, Debug, Clone, Copy)]
pub struct RefreshClass;

pub(super) fn refresh(_: On<RefreshClass>, store: Res<Store>, sender: Sender) {
    let Some(profile) = store.active() else { return };
    let Some(class) = &profile.class else { return };
    sender.send(
        Purpose::Refresh { profile: profile.id.clone() },
        HttpRequest {
            method: "GET",
            path: "/api/pupil/me".into(),
            token: Some(class.token.clone()),
            body: None,
        },
    );
}

pub(super) fn handle_replies(inbox: Res<Inbox>, mut store: ResMut<Store>) {
    for (purpose, reply) in inbox.take(|p| matches!(p, Purpose::Refresh { .. })) {
        let Purpose::Refresh { profile } = purpose else { continue };
        // Offline, or the class has gone: keep what the device already knows.
        let Ok((200, body)) = reply else { continue };
        let Ok(me) = serde_json::from_str::<PupilReply>(&body) else { continue };
        let Some(profile) = store.data.profile_mut(&profile) else { continue };
        // The card may have been given its nickname's own animal since it was joined.
        let avatar = super::card_picture(&me.nickname, &me.avatar);
        let renamed =
            is_valid_nickname(&me.nickname) && (profile.nickname != me.nickname || profile.avatar != avatar);
        if renamed {
            profile.nickname = me.nickname;
            profile.avatar = avatar;
        }
        let Some(class) = profile.class.as_mut() else { continue };
        if renamed || class.assigned != me.assigned || class.class_name != me.class_name {
            class.assigned = me.assigned;
            class.class_name = me.class_name;
            store.save();
        }
    }
}
