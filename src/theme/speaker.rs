//! Speaker buttons. The theme draws them; the accessibility layer (`access`) shows them
//! while read-aloud is on and does the reading, so the theme needs nothing from it.

use super::{Look, UiAssets, icon_only_button};
use bevy::prelude::*;
use bevy::ui_widgets::Activate;

/// A speaker button: shown only while read-aloud is on.
#[derive(Component)]
pub struct SpeakerButton;

/// A speaker button that reads aloud the texts of the container it sits in.
#[derive(Component)]
pub struct ReadsContainer;

/// The label in English (`speaker-read-this`; `Say` keeps it in the player's language).
pub const SPEAKER_LABEL: &str = "Read this aloud";

/// A round speaker button that reads its container aloud.
pub fn speaker_button(ui: &mut UiAssets) -> impl Bundle + use<> {
    (
        SpeakerButton,
        ReadsContainer,
        super::Say("speaker-read-this"),
        // What it reads is up to whoever observes `Activate` on `ReadsContainer`.
        icon_only_button(ui, SPEAKER_LABEL, "speaker", Look::Secondary, |_: On<Activate>| {}),
    )
}
