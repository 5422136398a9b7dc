//! The game's words in the player's language: [`Words`] is what a system asks for a
//! string (`words.get("button-next")`), from the Fluent files compiled into
//! `clickwise-core` (`crates/clickwise-core/i18n/`). Helpers without system access use
//! [`messages`] with the language they were given. Level texts come from the level files
//! instead: [`Words::text`] picks their language.

use crate::config::CurrentLang;
use bevy::ecs::system::SystemParam;
use bevy::prelude::*;
use clickwise_core::i18n::{Arg, Messages};
use clickwise_core::{Lang, Text};

pub mod labels;

/// The game's messages in `lang` (built once, shared).
pub fn messages(lang: Lang) -> &'static Messages {
    clickwise_core::i18n::game(lang)
}

/// The current language's messages, for systems and observers that build UI.
#[derive(SystemParam)]
pub struct Words<'w> {
    lang: Res<'w, CurrentLang>,
}

impl Words<'_> {
    pub fn lang(&self) -> Lang {
        self.lang.0
    }

    pub fn messages(&self) -> &'static Messages {
        messages(self.lang.0)
    }

    /// A message with no variables.
    pub fn get(&self, key: &str) -> String {
        self.messages().get(key)
    }

    /// A message with variables (and plural forms): `words.format("stars-count", &[("count", n.into())])`.
    pub fn format(&self, key: &str, args: &[(&str, Arg)]) -> String {
        self.messages().format(key, args)
    }

    /// A level file's text in the player's language (English where it has no Welsh yet).
    pub fn text<'t>(&self, text: &'t Text) -> &'t str {
        text.get(self.lang.0)
    }
}

pub fn plugin(app: &mut App) {
    app.init_resource::<CurrentLang>();
}
