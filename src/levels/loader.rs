//! One asset loader for the content files, parsing with the core crate so the game, the
//! checker and the server read them identically: a byte-order mark is dropped, bytes that
//! aren't UTF-8 and broken files become a load error naming the file, line and column.

use bevy::asset::{AssetLoader, LoadContext, io::Reader};
use bevy::prelude::*;
use clickwise_core::catalogue::{Catalogue, parse_catalogue};
use clickwise_core::load::{load_playable_level, text_of};
use clickwise_core::validate::AnyAssets;
use std::fmt;
use std::marker::PhantomData;

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

/// A kind of content file: its extensions and how the core turns its text into the asset.
pub trait ContentFile: Asset + Sized {
    const EXTENSIONS: &'static [&'static str];
    fn parse(source: &str, file: &str) -> Result<Self, String>;
}

impl ContentFile for LevelAsset {
    const EXTENSIONS: &'static [&'static str] = &["level.ron"];
    fn parse(source: &str, file: &str) -> Result<Self, String> {
        // Icons are checked by the level checker; in the game a missing icon just shows a letter.
        load_playable_level(source, file, &AnyAssets).map(LevelAsset).map_err(|p| p.to_string())
    }
}

impl ContentFile for CatalogueAsset {
    // `catalogue.ron` has the plain `ron` extension; level files match `level.ron` first.
    const EXTENSIONS: &'static [&'static str] = &["ron"];
    fn parse(source: &str, file: &str) -> Result<Self, String> {
        parse_catalogue(source, file).map(CatalogueAsset).map_err(|p| p.to_string())
    }
}

/// One age group's world (`world-ks1.ron`…): map, cast and badges.
#[derive(Asset, TypePath, Debug)]
pub struct WorldAsset(pub clickwise_core::world::PhaseWorld);

impl ContentFile for WorldAsset {
    // Plain `ron` like the catalogue: the asset type asked for picks this loader.
    const EXTENSIONS: &'static [&'static str] = &["ron"];
    fn parse(source: &str, file: &str) -> Result<Self, String> {
        clickwise_core::world::PhaseWorld::parse(source, file).map(WorldAsset).map_err(|p| p.to_string())
    }
}

/// `curriculum.ron`, for the help route each level ends with (said once, there).
#[derive(Asset, TypePath, Debug)]
pub struct CurriculumAsset(pub clickwise_core::curriculum::Curriculum);

impl ContentFile for CurriculumAsset {
    const EXTENSIONS: &'static [&'static str] = &["ron"];
    fn parse(source: &str, file: &str) -> Result<Self, String> {
        let parsed = clickwise_core::curriculum::Curriculum::parse(source, file);
        parsed
            .map(CurriculumAsset)
            .map_err(|p| p.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n"))
    }
}

/// Loads any [`ContentFile`].
#[derive(TypePath)]
pub struct ContentLoader<A: ContentFile>(PhantomData<fn() -> A>);

impl<A: ContentFile> Default for ContentLoader<A> {
    fn default() -> Self {
        ContentLoader(PhantomData)
    }
}

impl<A: ContentFile> AssetLoader for ContentLoader<A> {
    type Asset = A;
    type Settings = ();
    type Error = ContentError;

    async fn load(
        &self,
        reader: &mut dyn Reader,
        _: &(),
        ctx: &mut LoadContext<'_>,
    ) -> Result<A, ContentError> {
        let file = format!("levels/{}", ctx.path().path().display());
        let mut bytes = Vec::new();
        reader
            .read_to_end(&mut bytes)
            .await
            .map_err(|e| ContentError(format!("{file}: cannot read: {e}")))?;
        let source = text_of(&bytes, &file).map_err(|p| ContentError(p.to_string()))?;
        A::parse(&source, &file).map_err(ContentError)
    }

    fn extensions(&self) -> &[&str] {
        A::EXTENSIONS
    }
}
