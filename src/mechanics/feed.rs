//! `Feed`: posts and messages arrive one by one; the pupil deals with each as it comes.

use crate::play::PlaySession;
use crate::theme::UiAssets;
use bevy::prelude::*;
use clickwise_core::FeedStep;

pub(super) fn draw(col: &mut ChildSpawnerCommands, ui: &mut UiAssets, s: &PlaySession, step: &FeedStep) {
    super::task_heading(col, ui, "bell", &s.fill(&step.task));
}
