//! The player's display options as the game uses them: read from the active profile
//! (or kept for this session until someone picks a profile), and handed to the theme.

use crate::progress::Store;
use crate::theme::{Calm, HighContrast, text_style::TextStyle};
use bevy::prelude::*;
use clickwise_core::display::DisplayOptions;

/// The options in force, and what they mean for this player (read-aloud follows the age
/// group until they choose).
#[derive(Resource, Default, Clone, Copy, PartialEq, Debug)]
pub struct Display {
    pub options: DisplayOptions,
    pub reads_aloud: bool,
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Display>().add_systems(PreUpdate, follow_profile).add_systems(
        PostUpdate,
        hand_to_theme.before(bevy::ui::UiSystems::Prepare).before(crate::theme::ThemeSystems),
    );
}

/// Changes the options: on the active profile (and saved), or for this session if nobody
/// has picked a profile yet.
pub fn change(store: &mut Store, display: &mut Display, f: impl FnOnce(&mut DisplayOptions)) {
    let mut options = display.options;
    f(&mut options);
    if let Some(profile) = store.active_mut() {
        profile.display = options;
        store.save();
    }
    let phase = store.active().and_then(|p| p.phase);
    *display = Display { options, reads_aloud: options.reads_aloud(phase) };
}

fn follow_profile(store: Res<Store>, mut display: ResMut<Display>) {
    if !store.is_changed() {
        return;
    }
    let Some(profile) = store.active() else { return };
    let options = profile.display;
    display.set_if_neq(Display { options, reads_aloud: options.reads_aloud(profile.phase) });
}

fn hand_to_theme(
    display: Res<Display>,
    mut contrast: ResMut<HighContrast>,
    mut style: ResMut<TextStyle>,
    mut calm: ResMut<Calm>,
) {
    if !display.is_changed() {
        return;
    }
    let o = display.options;
    contrast.set_if_neq(HighContrast(o.high_contrast));
    // Calm mode, or the device's own "reduce motion": nothing moves.
    calm.set_if_neq(Calm(o.reduced_motion || crate::platform::prefers_reduced_motion()));
    style.set_if_neq(TextStyle { scale: o.text_size.scale(), easy_read: o.easy_read_font });
}
