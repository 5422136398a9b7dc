//! The `.ftl` files, compiled in: the game must work offline with nothing to load.

use crate::text::Lang;

/// One message file in both languages.
#[derive(Debug, Clone, Copy)]
pub struct FtlFile {
    /// For reports: `game.ftl`.
    pub name: &'static str,
    pub en: &'static str,
    pub cy: &'static str,
}

impl FtlFile {
    pub fn text(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Cy => self.cy,
        }
    }
}

/// Everything the game shows that isn't in a level file.
pub const GAME: FtlFile = FtlFile {
    name: "game.ftl",
    en: include_str!("../../i18n/en/game.ftl"),
    cy: include_str!("../../i18n/cy/game.ftl"),
};

/// Everything the class server shows teachers (and parents, on the printed pages).
pub const SERVER: FtlFile = FtlFile {
    name: "server.ftl",
    en: include_str!("../../i18n/en/server.ftl"),
    cy: include_str!("../../i18n/cy/server.ftl"),
};
