//! The top-left corner of every screen: "Read the screen aloud" (while read-aloud is on)
//! and "Options". The "Worried?" button has the other corner.

use super::options_panel::open_options;
use super::speech::Speak;
use crate::screen::Screen;
use crate::theme::SpeakerButton;
use crate::theme::{self, Look, Reader, UiAssets, as_speech};
use bevy::prelude::*;
use bevy::ui_widgets::Activate;

// The labels in English (tests find the buttons by them); `Say` keeps them in the
// player's language.
pub const OPTIONS_LABEL: &str = "Options";
pub const READ_SCREEN_LABEL: &str = "Read the screen aloud";

/// The Options button, which the panel gives the focus back to when it closes.
#[derive(Component)]
pub struct OptionsButton;

/// The corner's holder (not part of any screen, so the screen reader skips it as a root).
#[derive(Component)]
pub struct AccessCorner;

/// Put on an overlay panel that takes over the screen (options, worried): reading the
/// screen reads just that panel while it is open.
#[derive(Component)]
pub struct Overlay;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnExit(Screen::Loading), spawn_corner);
}

fn spawn_corner(mut commands: Commands, mut ui: ResMut<UiAssets>) {
    let ui = &mut *ui;
    commands.spawn((AccessCorner, Name::new("options corner"), theme::corner(true))).with_children(|c| {
        c.spawn((
            SpeakerButton,
            theme::icon_only_button(ui, READ_SCREEN_LABEL, "speaker", Look::Secondary, read_screen),
            theme::Say("read-screen"),
        ));
        c.spawn((
            OptionsButton,
            theme::icon_only_button(ui, OPTIONS_LABEL, "options", Look::Secondary, open_options),
            theme::Say("options-button"),
        ));
    });
}

/// Reads the open overlay if there is one, otherwise the screen, top to bottom.
fn read_screen(
    _: On<Activate>,
    overlays: Query<Entity, With<Overlay>>,
    screens: Query<Entity, (With<DespawnOnExit<Screen>>, Without<ChildOf>)>,
    reader: Reader,
    mut speak: MessageWriter<Speak>,
) {
    let roots: Vec<Entity> =
        if overlays.is_empty() { screens.iter().collect() } else { overlays.iter().collect() };
    let parts: Vec<_> = roots.into_iter().flat_map(|r| reader.read(r, true)).collect();
    speak.write(Speak { text: as_speech(&parts), interrupt: true, pitch: 1.0 });
}
