//! On the web every file has a content-hashed name (`icons/fox.0123456789abcdef.png`), so
//! a school's proxy and the browser keep it for a year and a new build re-downloads only
//! what changed. The game still asks for `icons/fox.png`: this asset reader looks the real
//! name up in the table the page hands over (`window.clickwiseFiles`, from `files.js`).
//! Natively the table is empty and names pass through unchanged.

use bevy::asset::io::{
    AssetReader, AssetReaderError, AssetSource, AssetSourceBuilder, ErasedAssetReader, PathStream, Reader,
};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Asset paths under one source's folder → the names to fetch instead.
#[derive(Default, Debug, Clone, PartialEq)]
pub struct NameTable(HashMap<PathBuf, PathBuf>);

impl NameTable {
    /// Keeps the entries under `root` (a folder relative to the page, e.g. `assets/levels`),
    /// made relative to it. `pairs` are page-relative: `assets/levels/a.level.ron` → …
    pub fn for_folder(root: &str, pairs: &[(String, String)]) -> Self {
        let prefix = format!("{}/", root.trim_end_matches('/'));
        let table = pairs
            .iter()
            .filter_map(|(from, to)| {
                Some((PathBuf::from(from.strip_prefix(&prefix)?), PathBuf::from(to.strip_prefix(&prefix)?)))
            })
            .collect();
        Self(table)
    }

    /// The name to fetch for `path` (itself when it has no other name).
    pub fn lookup<'a>(&'a self, path: &'a Path) -> &'a Path {
        self.0.get(path).map_or(path, PathBuf::as_path)
    }
}

/// A reader that fetches each asset under its hashed name.
struct HashedNameReader {
    inner: Box<dyn ErasedAssetReader>,
    names: Arc<NameTable>,
}

impl AssetReader for HashedNameReader {
    async fn read<'a>(&'a self, path: &'a Path) -> Result<impl Reader + 'a, AssetReaderError> {
        self.inner.read(self.names.lookup(path)).await
    }
    async fn read_meta<'a>(&'a self, path: &'a Path) -> Result<impl Reader + 'a, AssetReaderError> {
        self.inner.read_meta(self.names.lookup(path)).await
    }
    async fn read_directory<'a>(&'a self, path: &'a Path) -> Result<Box<PathStream>, AssetReaderError> {
        self.inner.read_directory(path).await
    }
    async fn is_directory<'a>(&'a self, path: &'a Path) -> Result<bool, AssetReaderError> {
        self.inner.is_directory(path).await
    }
}

/// An asset source reading the folder `root` (relative to the page on the web, to the
/// crate or executable natively) through the name table.
pub fn asset_source(root: &str) -> AssetSourceBuilder {
    let names = Arc::new(NameTable::for_folder(root, &super::hashed_names()));
    let mut default_reader = AssetSource::get_default_reader(root.to_string());
    AssetSourceBuilder::new(move || {
        Box::new(HashedNameReader { inner: default_reader(), names: names.clone() })
    })
}
