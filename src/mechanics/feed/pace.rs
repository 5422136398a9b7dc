//! "Faster": the pupil may choose to have items arrive on a timer, even while some still
//! wait. Nothing ever expires or goes away; turning it off stops the timer. While it is
//! off nothing ticks at all, so an idle feed costs nothing.

use super::{current_feed, draft};
use crate::play::{Draft, PlaySession, Stage};
use crate::theme::{self, Checked, Look, UiAssets, Widget};
use crate::words::messages;
use bevy::input_focus::tab_navigation::TabGroup;
use bevy::prelude::*;
use bevy::ui_widgets::Activate;
use bevy::window::RequestRedraw;
use clickwise_core::Lang;

/// Seconds between arrivals while "Faster" is on.
const FAST_EVERY_SECS: f32 = 4.0;

pub(super) fn plugin(app: &mut App) {
    // Registered here too, so headless apps without a window have it.
    app.add_message::<RequestRedraw>().add_systems(
        Update,
        bring_the_next_item
            .run_if(resource_exists::<PlaySession>.and_then(any_with_component::<super::arrival::FeedCard>)),
    );
}

/// The switch, and what it does in words.
pub(super) fn faster_switch(col: &mut ChildSpawnerCommands, ui: &mut UiAssets, fast: bool, lang: Lang) {
    let t = messages(lang);
    let faster = t.get("feed-faster");
    col.spawn(theme::row(14.0)).with_children(|r| {
        let mut b = r.spawn(theme::button(
            ui,
            &faster,
            Look::Secondary,
            |_: On<Activate>, mut session: ResMut<PlaySession>| {
                if let Some(d) = draft(&mut session) {
                    d.fast = !d.fast;
                    d.waited = 0.0;
                }
            },
        ));
        // A switch: the same label on and off, so the focus stays on it after the rebuild.
        b.insert((Widget { role: "switch", label: faster.clone() }, Checked(fast)));
        if fast {
            b.insert(theme::selected_look());
        }
        r.spawn(theme::small(ui, t.get(if fast { "feed-faster-on" } else { "feed-faster-off" })));
    });
}

/// While "Faster" is on, brings the next item in every few seconds, keeping frames coming
/// while it waits (the game otherwise only redraws on input). A panel over the game (the
/// options, "Worried?") holds it.
fn bring_the_next_item(
    mut session: ResMut<PlaySession>,
    time: Res<Time>,
    panels: Query<&TabGroup>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    let dt = time.delta_secs();
    let due = {
        let s = &*session;
        let (Some(feed), Draft::Feed(d)) = (current_feed(s), &s.draft) else { return };
        if !d.fast || d.arrived >= feed.items.len() || s.stage != Stage::Answering {
            return;
        }
        d.waited + dt >= FAST_EVERY_SECS
    };
    if panels.iter().any(|g| g.modal) {
        return;
    }
    if due {
        let Some(feed) = current_feed(&session).cloned() else { return };
        if let Some(d) = draft(&mut session) {
            d.arrive(&feed);
        }
    } else if let Draft::Feed(d) = &mut session.bypass_change_detection().draft {
        // Counting the wait is not a change to draw.
        d.waited += dt;
    }
    redraw.write(RequestRedraw);
}
