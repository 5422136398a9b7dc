//! The look of the game and the only way UI is built. Every interactive widget carries a
//! [`Widget`] with its role and label, so an accessibility layer can hook in here once.

mod assets;
mod button;
mod chat;
mod focus;
mod icon;
mod layout;
pub mod palette;
mod scroll;
mod text;
mod widget;

pub use assets::UiAssets;
pub use button::{ButtonLook, Look, answer_button, button, icon_button, picture_button, selected_look};
pub use chat::{bubble, device_frame, device_screen};
pub use icon::{Icon, icon, stars};
pub use layout::{column, left_row, panel, row, screen_root};
pub use text::{font, heading, label, small, title};
pub use widget::{Widget, WidgetRect, widget_rects};

use bevy::prelude::*;

pub fn plugin(app: &mut App) {
    app.add_plugins((assets::plugin, button::plugin, focus::plugin, icon::plugin, scroll::plugin));
}
