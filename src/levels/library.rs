//! Loads the catalogue, then every level it names, into [`LevelLibrary`]. A level that
//! fails to load is skipped with a calm warning; the rest still play.

use super::loader::ContentError;
use super::{CatalogueAsset, CurriculumAsset, LevelAsset, SOURCE, WorldAsset};
use bevy::asset::{AssetLoadError, LoadState};
use bevy::prelude::*;
use clickwise_core::Text;
use clickwise_core::world::{PhaseWorld, WORLD_FILES, World};
use clickwise_core::{Level, Phase};

/// The playable levels, in catalogue order, and the files that couldn't be loaded.
#[derive(Resource, Default, Debug)]
pub struct LevelLibrary {
    pub levels: Vec<Level>,
    /// `file: problem` for each level that was skipped, shown to teachers on the level list.
    pub broken: Vec<String>,
    /// Set when the catalogue itself couldn't be read.
    pub catalogue_problem: Option<String>,
    /// Each age group's map, cast and badges (empty if the world files couldn't be read:
    /// the level list then shows every level as cards, and characters get random names).
    pub world: World,
    /// Who to tell, per age group, from `curriculum.ron`.
    pub help_routes: Vec<(Phase, Text)>,
}

impl LevelLibrary {
    pub fn for_phase(&self, phase: Phase) -> impl Iterator<Item = &Level> {
        self.levels.iter().filter(move |l| l.phase == phase)
    }

    pub fn get(&self, id: &str) -> Option<&Level> {
        self.levels.iter().find(|l| l.id == id)
    }

    /// The world of `phase`, if its file loaded.
    pub fn world_of(&self, phase: Phase) -> Option<&PhaseWorld> {
        self.world.phase(phase)
    }

    /// The help route every level of `phase` ends with (a built-in one if `curriculum.ron`
    /// couldn't be read: the route must never be missing).
    pub fn help_route(&self, phase: Phase) -> Text {
        self.help_routes.iter().find(|(p, _)| *p == phase).map(|(_, t)| t.clone()).unwrap_or_else(|| {
            // In Welsh with Meic, the helpline for children and young people in Wales.
            let (en, cy) = match phase {
                Phase::Ks1 => (
                    "If something online worries you, stop and tell a grown-up you trust.",
                    "Os oes rhywbeth ar-lein yn dy boeni di, stopia a dywed wrth oedolyn rwyt ti'n ymddiried ynddo.",
                ),
                _ => (
                    "If something online worries you, tell a trusted adult, or call Childline free on 0800 1111.",
                    "Os oes rhywbeth ar-lein yn dy boeni di, dywed wrth oedolyn rwyt ti'n ymddiried ynddo, \
                     neu ffonia Meic am ddim ar 080880 23456 neu Childline ar 0800 1111.",
                ),
            };
            Text { en: en.into(), cy: Some(cy.into()) }
        })
    }

    /// A calm note for the level list when something couldn't be loaded (details are in
    /// the log, and the level checker says exactly what to fix).
    pub fn teacher_note(&self, lang: clickwise_core::Lang) -> Option<String> {
        let t = clickwise_core::i18n::game(lang);
        if self.catalogue_problem.is_some() {
            return Some(t.get("levels-list-broken"));
        }
        match self.broken.len() {
            0 => None,
            n => Some(t.format("levels-broken", &[("count", n.into())])),
        }
    }
}

/// The loader's own `file:line:col: problem` text when there is one, else Bevy's message.
fn why_failed(state: LoadState) -> String {
    match state {
        LoadState::Failed(err) => match &*err {
            AssetLoadError::AssetLoaderError(e) => {
                e.error().downcast_ref::<ContentError>().map_or_else(|| e.to_string(), |c| c.0.clone())
            }
            other => other.to_string(),
        },
        _ => "it didn't finish loading".into(),
    }
}

/// Handles being loaded; `done` once every level, world and the curriculum has loaded or
/// failed.
#[derive(Resource, Default)]
pub struct LoadProgress {
    catalogue: Option<Handle<CatalogueAsset>>,
    pending: Vec<(String, Handle<LevelAsset>)>,
    worlds: Vec<(String, Handle<WorldAsset>)>,
    curriculum: Option<Handle<CurriculumAsset>>,
    levels_done: bool,
    started: bool,
    pub done: bool,
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<LevelLibrary>().init_resource::<LoadProgress>().add_systems(
        Update,
        (catalogue_loaded, levels_loaded, world_loaded).chain().run_if(|p: Res<LoadProgress>| !p.done),
    );
}

/// Starts loading the catalogue, its levels, the worlds and the curriculum (once). The
/// screens call it when the title is up, so nothing the title doesn't show comes first.
pub fn start_loading(mut progress: ResMut<LoadProgress>, assets: Res<AssetServer>) {
    if progress.started {
        return;
    }
    progress.started = true;
    progress.catalogue = Some(assets.load(format!("{SOURCE}://catalogue.ron")));
    progress.worlds =
        WORLD_FILES.iter().map(|(_, f)| (f.to_string(), assets.load(format!("{SOURCE}://{f}")))).collect();
    progress.curriculum = Some(assets.load(format!("{SOURCE}://curriculum.ron")));
}

/// Once the levels are in: the worlds and the help routes, then every level's recurring
/// characters get their fixed names and pictures.
fn world_loaded(
    mut progress: ResMut<LoadProgress>,
    mut library: ResMut<LevelLibrary>,
    assets: Res<AssetServer>,
    worlds: Res<Assets<WorldAsset>>,
    curricula: Res<Assets<CurriculumAsset>>,
) {
    let settled = |state: LoadState, loaded: bool| loaded || matches!(state, LoadState::Failed(_));
    let worlds_settled =
        progress.worlds.iter().all(|(_, h)| settled(assets.load_state(h), worlds.get(h).is_some()));
    let curriculum_settled = progress
        .curriculum
        .as_ref()
        .is_none_or(|h| settled(assets.load_state(h), curricula.get(h).is_some()));
    if !progress.levels_done || !worlds_settled || !curriculum_settled {
        return;
    }
    for (file, handle) in std::mem::take(&mut progress.worlds) {
        match worlds.get(&handle) {
            Some(WorldAsset(w)) => library.world.phases.push(w.clone()),
            None => warn!(
                "levels/{file} couldn't be loaded, so that age group shows a plain list: {}",
                why_failed(assets.load_state(&handle))
            ),
        }
    }
    if let Some(handle) = progress.curriculum.take() {
        match curricula.get(&handle) {
            Some(CurriculumAsset(c)) => {
                library.help_routes = c.help_routes.iter().map(|r| (r.phase, r.text.clone())).collect()
            }
            None => warn!(
                "levels/curriculum.ron couldn't be loaded; the built-in help route is shown: {}",
                why_failed(assets.load_state(&handle))
            ),
        }
    }
    let library = &mut *library;
    for level in &mut library.levels {
        library.world.resolve_cast(level);
    }
    progress.done = true;
}

fn catalogue_loaded(
    mut progress: ResMut<LoadProgress>,
    mut library: ResMut<LevelLibrary>,
    assets: Res<AssetServer>,
    catalogues: Res<Assets<CatalogueAsset>>,
) {
    let Some(handle) = progress.catalogue.clone() else { return };
    if let Some(CatalogueAsset(cat)) = catalogues.get(&handle) {
        progress.pending = cat
            .levels
            .iter()
            .map(|file| (file.clone(), assets.load::<LevelAsset>(format!("{SOURCE}://{file}"))))
            .collect();
        progress.catalogue = None;
        progress.levels_done = progress.pending.is_empty();
    } else if let state @ LoadState::Failed(_) = assets.load_state(&handle) {
        let problem = why_failed(state);
        warn!("the list of levels couldn't be loaded, so there is nothing to play: {problem}");
        library.catalogue_problem = Some(problem);
        progress.catalogue = None;
        progress.levels_done = true;
    }
}

fn levels_loaded(
    mut progress: ResMut<LoadProgress>,
    mut library: ResMut<LevelLibrary>,
    assets: Res<AssetServer>,
    levels: Res<Assets<LevelAsset>>,
) {
    if progress.pending.is_empty() {
        return;
    }
    let all_settled = progress
        .pending
        .iter()
        .all(|(_, h)| levels.get(h).is_some() || matches!(assets.load_state(h), LoadState::Failed(_)));
    if !all_settled {
        return;
    }
    for (file, handle) in std::mem::take(&mut progress.pending) {
        match levels.get(&handle) {
            Some(LevelAsset(level)) if library.get(&level.id).is_some() => {
                let note = format!("levels/{file}: the id `{}` is already used by another level", level.id);
                warn!("this level couldn't be loaded: {note}");
                library.broken.push(note);
            }
            Some(LevelAsset(level)) => library.levels.push(level.clone()),
            None => {
                // The loader's text already names the file, line and column.
                let why = why_failed(assets.load_state(&handle));
                warn!("this level couldn't be loaded (the other levels still work): {why}");
                library.broken.push(why);
            }
        }
    }
    progress.levels_done = true;
}
