//! The player's age group, which decides the levels offered and the help route taught.

use super::Screen;
use crate::progress::Store;
use crate::theme::{self, UiAssets};
use bevy::input_focus::AutoFocus;
use bevy::prelude::*;
use bevy::ui_widgets::Activate;
use clickwise_core::Phase;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Phase), spawn);
}

fn phase_icon(phase: Phase) -> &'static str {
    match phase {
        Phase::Ks1 => "rabbit",
        Phase::LowerKs2 => "fox",
        Phase::UpperKs2 => "owl",
    }
}

fn spawn(mut commands: Commands, mut ui: ResMut<UiAssets>, store: Res<Store>, words: crate::words::Words) {
    let ui = &mut *ui;
    let current = store.active().and_then(|p| p.phase);
    commands.spawn(theme::screen_root(Screen::Phase)).with_children(|page| {
        if let Some(profile) = store.active() {
            page.spawn(theme::icon(ui, &profile.avatar, 80.0));
        }
        page.spawn(theme::heading(ui, words.get("phase-how-old")));
        page.spawn(theme::small(ui, words.get("phase-picks-levels")));
        page.spawn(theme::row(20.0)).with_children(|r| {
            for phase in Phase::ALL {
                let name = words.get(crate::words::labels::phase(phase));
                let caption = (theme::label(ui, name.clone()), Pickable::IGNORE);
                let mut button = r.spawn(theme::picture_button(
                    ui,
                    &name,
                    phase_icon(phase),
                    caption,
                    220.0,
                    move |_: On<Activate>, mut store: ResMut<Store>, mut next: ResMut<NextState<Screen>>| {
                        if let Some(profile) = store.active_mut() {
                            profile.phase = Some(phase);
                        }
                        store.save();
                        next.set(Screen::Levels);
                    },
                ));
                if current.unwrap_or(Phase::Ks1) == phase {
                    button.insert(AutoFocus);
                }
            }
        });
    });
}
