//! The interface's words in English and Welsh, with Project Fluent.
//!
//! Level texts live in the level files (see [`crate::text::Text`]); everything else the
//! game and the class server show comes from `.ftl` files compiled in here, so
//! the game needs no asset loading for its words and works offline. Plurals and
//! variables are Fluent's: Welsh has six plural forms (zero, one, two, few, many, other)
//! and CLDR's rules pick among them, never string concatenation.

mod check;
mod files;

pub use check::check;
pub use files::{FtlFile, GAME, SERVER};

use crate::text::{Lang, Text};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::borrow::Cow;
use std::sync::OnceLock;

/// The game's messages in `lang`, built on first use and kept: they are compiled in and
/// never change, so every screen (and every nested drawing helper) can share them.
pub fn game(lang: Lang) -> &'static Messages {
    static EN: OnceLock<Messages> = OnceLock::new();
    static CY: OnceLock<Messages> = OnceLock::new();
    let cell = match lang {
        Lang::En => &EN,
        Lang::Cy => &CY,
    };
    cell.get_or_init(|| Messages::new(lang))
}

/// The class server's messages in `lang` (`server.ftl`), built on first use and kept.
pub fn server(lang: Lang) -> &'static Messages {
    static EN: OnceLock<Messages> = OnceLock::new();
    static CY: OnceLock<Messages> = OnceLock::new();
    let cell = match lang {
        Lang::En => &EN,
        Lang::Cy => &CY,
    };
    cell.get_or_init(|| Messages::from_files(lang, &[SERVER]))
}

/// A [`Text`] in both languages, made by `make` from each language's game messages: for
/// the few pupil-facing words the core writes itself (a safety button's explanation).
pub fn text(make: impl Fn(&Messages) -> String) -> Text {
    Text { en: make(game(Lang::En)), cy: Some(make(game(Lang::Cy))) }
}

/// A value for a message's `{ $variable }`: a number (which also picks the plural form)
/// or a piece of text (a name, a level title).
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Number(f64),
    Text(String),
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_arg!(u8, u16, u32, u64, usize, i32, i64, f32, f64);

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_owned())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}

/// One language's messages. `Send + Sync` (Fluent's concurrent bundle), so a Bevy
/// resource or a web server's shared state can hold it.
pub struct Messages {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
    /// English, for a key the Welsh file lacks (the check test keeps that from shipping).
    fallback: Option<Box<Messages>>,
}

impl std::fmt::Debug for Messages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Messages").field("lang", &self.lang).finish_non_exhaustive()
    }
}

/// The language tag Fluent's plural rules are looked up by.
pub fn tag(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en",
        Lang::Cy => "cy",
    }
}

impl Messages {
    /// The game's messages in `lang`.
    pub fn new(lang: Lang) -> Self {
        Self::from_files(lang, &[GAME])
    }

    /// Messages from several `.ftl` files (the server adds its own beside the game's).
    pub fn from_files(lang: Lang, files: &[FtlFile]) -> Self {
        let fallback = (lang != Lang::En).then(|| Box::new(Self::from_files(Lang::En, files)));
        let locale = tag(lang).parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![locale]);
        // Bevy's text would draw the invisible isolation marks around each variable.
        bundle.set_use_isolating(false);
        for file in files {
            // A broken file still gives the messages that parsed; the check test reports it.
            let resource = match FluentResource::try_new(file.text(lang).to_owned()) {
                Ok(r) => r,
                Err((r, _errors)) => r,
            };
            // A duplicate key keeps the first; the check test reports duplicates.
            let _ = bundle.add_resource(resource);
        }
        Messages { lang, bundle, fallback }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// A message with no variables.
    pub fn get(&self, key: &str) -> String {
        self.format(key, &[])
    }

    /// A message with its variables filled in. A missing key gives the English (or, if
    /// that is missing too, the key itself): never a panic in front of a pupil.
    pub fn format(&self, key: &str, args: &[(&str, Arg)]) -> String {
        if let Some(text) = self.try_format(key, args) {
            return text;
        }
        match &self.fallback {
            Some(english) => english.format(key, args),
            None => key.to_owned(),
        }
    }

    /// Whether this language's files have `key` (not counting the English fallback).
    pub fn has(&self, key: &str) -> bool {
        self.bundle.has_message(key)
    }

    fn try_format(&self, key: &str, args: &[(&str, Arg)]) -> Option<String> {
        let pattern = self.bundle.get_message(key)?.value()?;
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            let value = match value {
                Arg::Number(n) => FluentValue::from(*n),
                Arg::Text(s) => FluentValue::String(Cow::Owned(s.clone())),
            };
            fluent_args.set(*name, value);
        }
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        Some(text.into_owned())
    }
}

#[cfg(test)]
mod tests;
