//! Asset loaders that parse with the core crate, so the game, the checker and the server
//! read levels identically. A broken file becomes a load error naming its file and line.

use bevy::asset::{AssetLoader, LoadContext, io::Reader};
use bevy::prelude::*;
use clickwise_core::catalogue::{Catalogue, parse_catalogue};
use clickwise_core::load::load_level;
use clickwise_core::validate::AnyAssets;
use std::fmt;

#[derive(Asset, TypePath, Debug, Clone)]
pub struct LevelAsset(pub clickwise_core::Level);

#[derive(Asset, TypePath, Debug, Clone)]
pub struct CatalogueAsset(pub Catalogue);

/// Why a level or catalogue file couldn't be used: `file:line:col: problem` lines.
#[derive(Debug)]
pub struct ContentError(pub String);

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ContentError {}

async fn read_text(reader: &mut dyn Reader, file: &str) -> Result<String, ContentError> {
    let mut bytes = Vec::new();
    reader.read_to_end(&mut bytes).await.map_err(|e| ContentError(format!("{file}: cannot read: {e}")))?;
    String::from_utf8(bytes).map_err(|_| ContentError(format!("{file}: is not UTF-8 text")))
}

#[derive(Default, TypePath)]
pub struct LevelLoader;

impl AssetLoader for LevelLoader {
    type Asset = LevelAsset;
    type Settings = ();
    type Error = ContentError;

    async fn load(
        &self,
        reader: &mut dyn Reader,
        _: &(),
        ctx: &mut LoadContext<'_>,
    ) -> Result<LevelAsset, ContentError> {
        let file = format!("levels/{}", ctx.path().path().display());
        let source = read_text(reader, &file).await?;
        // Icons are checked by the level checker; in the game a missing icon just shows a letter.
        load_level(&source, &file, &AnyAssets).map(LevelAsset).map_err(|p| ContentError(p.to_string()))
    }

    fn extensions(&self) -> &[&str] {
        &["level.ron"]
    }
}

#[derive(Default, TypePath)]
pub struct CatalogueLoader;

impl AssetLoader for CatalogueLoader {
    type Asset = CatalogueAsset;
    type Settings = ();
    type Error = ContentError;

    async fn load(
        &self,
        reader: &mut dyn Reader,
        _: &(),
        ctx: &mut LoadContext<'_>,
    ) -> Result<CatalogueAsset, ContentError> {
        let file = format!("levels/{}", ctx.path().path().display());
        let source = read_text(reader, &file).await?;
        parse_catalogue(&source, &file).map(CatalogueAsset).map_err(|p| ContentError(p.to_string()))
    }

    // `catalogue.ron` has the plain `ron` extension; level files match `level.ron` first.
    fn extensions(&self) -> &[&str] {
        &["ron"]
    }
}
