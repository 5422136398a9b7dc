//! "Worried?": a button in the corner of every screen that opens a calm panel saying who to
//! tell. Any level about secrets, unkind messages or strangers can bring a worry to mind,
//! so the route to a trusted adult is never more than one tap away (for ages 7–11 the
//! panel also gives Childline's number). It opens over whatever is on screen and closes
//! back to it, so nothing a pupil was doing is lost.

use super::Screen;
use crate::levels::LevelLibrary;
use crate::progress::Store;
use crate::theme::{self, Look, UiAssets, palette};
use crate::words::Words;
use bevy::input_focus::InputFocus;
use bevy::prelude::*;
use bevy::ui_widgets::Activate;
use clickwise_core::Phase;

/// The corner button's holder; the panel, when open, is spawned beside it.
#[derive(Component)]
struct WorriedCorner;

#[derive(Component)]
struct WorriedPanel;

/// The corner button's words in English (`worried-button`); tests find it by them.
pub const WORRIED_LABEL: &str = "Worried?";

/// Opens the Worried? panel from anywhere (the corner button, a scene's "Who can help?").
#[derive(Event, Debug, Clone, Copy)]
pub struct OpenWorried;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnExit(Screen::Loading), spawn_corner).add_observer(open_panel);
}

fn spawn_corner(mut commands: Commands, mut ui: ResMut<UiAssets>, words: Words) {
    let ui = &mut *ui;
    commands.spawn((WorriedCorner, Name::new("worried corner"), theme::corner(false))).with_children(|c| {
        // It stays on every screen: `Say` changes its words with the language.
        c.spawn((
            theme::icon_button(
                ui,
                &words.get("worried-button"),
                "grown-up",
                Look::Secondary,
                |_: On<Activate>, mut commands: Commands| commands.trigger(OpenWorried),
            ),
            theme::Say("worried-button"),
        ));
    });
}

fn open_panel(
    _: On<OpenWorried>,
    mut commands: Commands,
    mut ui: ResMut<UiAssets>,
    store: Res<Store>,
    library: Res<LevelLibrary>,
    open: Query<(), With<WorriedPanel>>,
    words: Words,
) {
    if !open.is_empty() {
        return;
    }
    let ui = &mut *ui;
    let phase = store.active().and_then(|p| p.phase);
    // The age group's route, as curriculum.ron says it (Childline's promise, accurately).
    let route =
        phase.filter(|p| *p != Phase::Ks1).map(|p| library.help_route(p).get(words.lang()).to_owned());
    commands
        .spawn((
            WorriedPanel,
            crate::access::Overlay,
            crate::access::Narrate,
            Name::new("worried panel"),
            theme::overlay(),
        ))
        .with_children(|shade| {
            let narrow = Node { max_width: px(760), flex_direction: FlexDirection::Column, ..default() };
            shade.spawn(narrow).with_children(|column| {
                column.spawn(theme::panel(palette::MINT)).with_children(|p| {
                    p.spawn(theme::left_row(16.0)).with_children(|r| {
                        r.spawn(theme::icon(ui, "grown-up", 88.0));
                        r.spawn(theme::heading(ui, words.get("worried-heading")));
                    });
                    p.spawn(theme::label(ui, words.get("worried-tell")));
                    p.spawn(theme::label(ui, words.get("worried-keep-telling")));
                    if let Some(route) = route {
                        p.spawn(theme::label(ui, route));
                    }
                    p.spawn(theme::row(0.0)).with_children(|r| {
                        r.spawn((
                            bevy::input_focus::AutoFocus,
                            theme::button(ui, &words.get("button-close"), Look::Primary, close_panel),
                        ));
                    });
                });
            });
        });
}

fn close_panel(
    _: On<Activate>,
    mut commands: Commands,
    panels: Query<Entity, With<WorriedPanel>>,
    corner: Query<&Children, With<WorriedCorner>>,
    mut focus: ResMut<InputFocus>,
) {
    for panel in &panels {
        commands.entity(panel).despawn();
    }
    // Back to the corner button, so keyboard users carry on from where they were.
    if let Some(button) = corner.iter().flat_map(|c| c.iter()).next() {
        focus.set(button, bevy::input_focus::FocusCause::Navigated);
    }
}
