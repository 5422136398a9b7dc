//! The game's side of the classroom: joining a class with its code and a login card,
//! sending each finished level to the class server (queued in the save while offline,
//! sent exactly once), and keeping the teacher's assigned levels up to date.

mod join;
mod net;
mod outbox;
mod refresh;

pub use join::{JoinFlow, JoinStage, Joined, TEACHER_CAN_SEE, card_picture};
pub use net::{FakeServer, HttpReply, HttpRequest, Inbox, Net, Purpose, Sender};
pub use outbox::SyncStatus;
pub use refresh::RefreshClass;

use crate::config::GameConfig;
use bevy::prelude::*;

pub fn plugin(app: &mut App) {
    let server = app.world().resource::<GameConfig>().server.clone();
    app.insert_resource(Net::Http { base: server })
        .init_resource::<Inbox>()
        .init_resource::<JoinFlow>()
        .init_resource::<SyncStatus>()
        .add_message::<bevy::window::RequestRedraw>()
        .add_message::<Joined>()
        .add_systems(
            Update,
            (
                join::handle_replies,
                outbox::handle_replies,
                refresh::handle_replies,
                outbox::send_waiting,
                net::stay_awake_while_waiting,
            ),
        )
        .add_systems(Update, outbox::queue_recorded.after(crate::progress::record_finished_levels))
        .add_systems(Startup, take_practice_link)
        .add_observer(refresh::refresh);
}

/// A teacher's home-practice link (`?practice=…`) replaces the device's practice list.
fn take_practice_link(config: Res<GameConfig>, mut store: ResMut<crate::progress::Store>) {
    let practice = &config.launch.practice;
    if !practice.is_empty() && store.data.practice != *practice {
        store.data.practice = practice.clone();
        store.save();
    }
}
