//! The progress store: the core's versioned save format, kept in localStorage (web), a
//! file (native) or memory (tests). A save that can't be read is kept aside, never
//! overwritten, and the pupil is told.

mod backend;
mod lang;

pub use backend::Backend;
pub use lang::play_as;

use crate::config::GameConfig;
use crate::levels::{LevelLibrary, LoadProgress};
use crate::play::{AttemptRecorded, LevelFinished, PlayEvents};
use bevy::prelude::*;
use clickwise_core::progress::{self, Loaded, Profile, SaveData};

#[derive(Resource)]
pub struct Store {
    backend: Backend,
    pub data: SaveData,
    /// A calm message for the title screen (its message key) when the old save had to be
    /// kept aside, or couldn't be read or written.
    pub notice: Option<String>,
    /// Changes made this frame by more than one listener, written once at its end.
    save_at_end_of_frame: bool,
}

// The notices' message keys: `Store::notice` holds one, the title screen shows its words.
pub const KEPT_ASIDE_KEY: &str = "notice-kept-aside";
pub const READ_FAILED_KEY: &str = "notice-read-failed";
pub const SAVE_FAILED_KEY: &str = "notice-save-failed";

// The notices in English (game.ftl has them too, in both languages).
pub const KEPT_ASIDE_NOTICE: &str = "We couldn't read the saved progress on this device, so we kept it safe \
and started fresh. A grown-up can ask the teacher about it.";

pub const READ_FAILED_NOTICE: &str = "We couldn't open the saved progress on this device, so this time \
nothing will be saved. A grown-up can ask the teacher about it.";

pub const SAVE_FAILED_NOTICE: &str = "Progress couldn't be saved on this device just now. \
You can keep playing.";

impl Store {
    pub fn open(backend: Backend) -> Self {
        let text = match backend.read() {
            Ok(text) => text,
            Err(e) => {
                // Something may be there that we can't see: never write over it.
                warn!("Saved progress couldn't be read, so this session won't save: {e}");
                let notice = Some(READ_FAILED_KEY.to_string());
                return Store {
                    backend: Backend::ReadOnly,
                    data: progress::SaveData::new(),
                    notice,
                    save_at_end_of_frame: false,
                };
            }
        };
        let loaded = progress::load(text.as_deref());
        let mut notice = None;
        if loaded.must_keep_aside() {
            warn!("Saved progress kept aside: {loaded:?}");
            // Only ever move the old text away; if that fails too, don't write over it.
            match text.as_deref().map(|t| backend.keep_aside(t)) {
                Some(Ok(())) | None => notice = Some(KEPT_ASIDE_KEY.to_string()),
                Some(Err(e)) => {
                    warn!("Could not keep the old save aside ({e}); this session won't save");
                    return Store {
                        backend: Backend::ReadOnly,
                        data: loaded.data(),
                        notice: Some(KEPT_ASIDE_KEY.into()),
                        save_at_end_of_frame: false,
                    };
                }
            }
        }
        let mut store = Store { backend, data: loaded.data(), notice, save_at_end_of_frame: false };
        if let Loaded::Migrated { from, .. } = loaded {
            info!("Progress brought up to date from save version {from}");
            store.save();
        }
        store
    }

    pub fn save(&mut self) {
        if let Err(e) = self.backend.write(&progress::to_text(&self.data)) {
            warn!("Progress couldn't be saved: {e}");
            self.notice = Some(SAVE_FAILED_KEY.into());
        }
    }

    /// Saves at the end of this frame: a finished level is recorded by progress and queued
    /// for the teacher by the classroom, and that is one write, not two.
    pub fn save_at_end_of_frame(&mut self) {
        self.save_at_end_of_frame = true;
    }

    pub fn active(&self) -> Option<&Profile> {
        self.data.active_profile()
    }

    pub fn active_mut(&mut self) -> Option<&mut Profile> {
        let id = self.data.active.clone()?;
        self.data.profile_mut(&id)
    }
}

pub fn plugin(app: &mut App) {
    let config = app.world().resource::<GameConfig>().clone();
    app.insert_resource(Store::open(Backend::from_config(&config.store)))
        .init_resource::<NewBadges>()
        .add_systems(Update, record_finished_levels.after(PlayEvents))
        .add_systems(
            Update,
            collect_earlier_badges
                .run_if(resource_changed::<LoadProgress>.or_else(resource_changed::<Store>)),
        )
        .add_systems(Last, save_if_asked)
        .add_plugins(lang::plugin);
}

/// A finished level goes into the active profile's history (which decides whether it was
/// the first try) and is saved this frame; then the recorded attempt is passed on.
pub fn record_finished_levels(
    mut finished: MessageReader<LevelFinished>,
    mut store: ResMut<Store>,
    mut recorded: MessageWriter<AttemptRecorded>,
    library: Res<LevelLibrary>,
    mut earned: ResMut<NewBadges>,
) {
    for LevelFinished { attempt, started_ms } in finished.read() {
        let Some(profile) = store.active_mut() else { continue };
        let attempt = profile.record(attempt.clone());
        // Badges first, so the result sent to the class carries the one just earned.
        let new = profile.collect_badges(&library.world, &library.levels, attempt.finished_at);
        earned.0 = new;
        recorded.write(AttemptRecorded { attempt, started_ms: *started_ms });
        store.save_at_end_of_frame();
    }
}

/// Badges the level just finished earned (ids like `Ks1/pi`), for the results screen's
/// celebration; empty when it earned none.
#[derive(Resource, Default, Debug, Clone, PartialEq)]
pub struct NewBadges(pub Vec<String>);

/// A player from an older save (or one whose levels were finished before badges existed)
/// gets the badges their finished levels have already earned, quietly, once the levels
/// and the world have loaded.
fn collect_earlier_badges(mut store: ResMut<Store>, library: Res<LevelLibrary>, progress: Res<LoadProgress>) {
    if !progress.done || library.world.phases.is_empty() {
        return;
    }
    let now = crate::platform::now_millis() / 1000;
    let Some(profile) = store.bypass_change_detection().active_mut() else { return };
    if !profile.collect_badges(&library.world, &library.levels, now).is_empty() {
        store.set_changed();
        store.save_at_end_of_frame();
    }
}

fn save_if_asked(mut store: ResMut<Store>) {
    if store.save_at_end_of_frame {
        store.save_at_end_of_frame = false;
        store.save();
    }
}
