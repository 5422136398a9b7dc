//! The look of the game and the only way UI is built. Every interactive widget carries a
//! [`Widget`] with its role and label, so an accessibility layer can hook in here once.

mod assets;
mod button;
mod chat;
pub mod contrast;
mod focus;
mod icon;
mod layout;
mod more_below;
mod motion;
pub mod palette;
pub mod reading;
mod scroll;
mod speaker;
mod tap;
mod text;
pub mod text_style;
mod widget;

pub use assets::UiAssets;
pub use button::{
    ButtonLook, Look, answer_button, button, coloured_card, icon_button, icon_only_button, picture_button,
    selected_look,
};
pub use chat::{bubble, device_frame, device_screen};
pub use contrast::HighContrast;
pub use icon::{Icon, faded_icon, icon, stars};
pub use layout::{Corner, column, corner, left_row, overlay, panel, row, screen_root};
pub use more_below::MORE_BELOW_LABEL;
pub use motion::{Calm, Motion, Move, MoveClock, plugin as motion_plugin, pose};
pub use reading::{Heading, Quiet, Readable, Reader, Voice, as_speech};
pub use speaker::{ReadsContainer, SPEAKER_LABEL, SpeakerButton, speaker_button};
pub use tap::TapsTaken;
pub use text::{font, heading, label, small, title};
pub use widget::{Checked, Say, Widget, WidgetRect, css_rect, id_as_text, widget_rects};

use bevy::prelude::*;

/// The theme's systems that restyle what screens built (contrast, text size and font).
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub struct ThemeSystems;

pub fn plugin(app: &mut App) {
    app.add_plugins((
        assets::plugin,
        button::plugin,
        contrast::plugin,
        focus::plugin,
        icon::plugin,
        more_below::plugin,
        motion::plugin,
        scroll::plugin,
        tap::plugin,
        text_style::plugin,
    ));
}
