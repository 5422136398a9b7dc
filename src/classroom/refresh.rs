//! Keeps a class profile's assigned levels current: asked for when the level list opens.

use super::net::{HttpRequest, Inbox, Purpose, Sender};
use crate::progress::Store;
use bevy::prelude::*;
use clickwise_core::classroom::PupilReply;

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
        let Some(class) = store.data.profile_mut(&profile).and_then(|p| p.class.as_mut()) else { continue };
        if class.assigned != me.assigned || class.class_name != me.class_name {
            class.assigned = me.assigned;
            class.class_name = me.class_name;
            store.save();
        }
    }
}
