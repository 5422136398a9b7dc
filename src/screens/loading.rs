//! The first screen: the title follows at once (it needs no levels). Later, a screen that
//! needs the levels waits here until they have loaded (see `gate`).

use super::Screen;
use super::gate::AfterLoading;
use crate::levels::LoadProgress;
use crate::theme::{self, UiAssets};
use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Loading), spawn)
        .add_systems(Update, finish.run_if(in_state(Screen::Loading)));
}

fn spawn(mut commands: Commands, mut ui: ResMut<UiAssets>, words: crate::words::Words) {
    let ui = &mut *ui;
    commands.spawn(theme::screen_root(Screen::Loading)).with_children(|page| {
        page.spawn(Node { height: percent(15), ..default() });
        page.spawn(theme::icon(ui, "shield", 110.0));
        page.spawn(theme::title(ui, "Clickwise"));
        page.spawn(theme::label(ui, words.get("loading-levels")));
    });
}

fn finish(
    progress: Res<LoadProgress>,
    mut after: ResMut<AfterLoading>,
    mut next: ResMut<NextState<Screen>>,
    ui: Res<UiAssets>,
    server: Res<AssetServer>,
) {
    match after.0 {
        // The title needs no levels, only its fonts: shown before they load, its words
        // would be measured at no size and the buttons would jump when they arrive.
        None if ui.fonts_ready(&server) => next.set(Screen::Title),
        None => {}
        Some(screen) if progress.done => {
            after.0 = None;
            next.set(screen);
        }
        Some(_) => {}
    }
}
