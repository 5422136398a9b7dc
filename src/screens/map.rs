//! The way in: each age group's world as a map. Places (a home, a school, a park…) sit on
//! a path in the suggested order; each holds the levels of its theme. The pupil's avatar
//! walks to the place they pick, and its levels open below the map. Finished places light
//! up, places with the teacher's levels glow, and nothing is ever locked. "All levels" is
//! the plain grid, for teachers.

use super::Screen;
use super::header::go_button;
use super::select::{first_levels, level_row};
use crate::classroom::{RefreshClass, TEACHER_CAN_SEE};
use crate::config::CurrentLang;
use crate::levels::LevelLibrary;
use crate::progress::Store;
use crate::theme::{self, Calm, Look, Motion, Move, UiAssets, palette};
use bevy::input_focus::{AutoFocus, FocusCause, InputFocus};
use bevy::prelude::*;
use bevy::ui_widgets::Activate;
use bevy::window::RequestRedraw;
use clickwise_core::progress::Profile;
use clickwise_core::world::{PhaseWorld, Place};
use clickwise_core::{Level, Phase};

/// How big a place is on the map, in pixels (its button is square).
const PLACE: f32 = 116.0;
/// The map's height in pixels (its width is the page column's).
const MAP_HEIGHT: f32 = 500.0;

/// Where a place's (x, y), 0 to 100 in the world file, sits on the map, in percent: inside
/// a margin, so a place at an edge is still whole.
fn on_map(x: f32, y: f32) -> Vec2 {
    Vec2::new(8.0 + x * 0.84, 16.0 + y * 0.68)
}
/// Seconds the avatar takes to walk from one place to the next.
const WALK_SECS: f32 = 0.9;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<MapState>()
        .init_resource::<FocusAfterRedraw>()
        .add_systems(OnEnter(Screen::Levels), (enter, ask_for_assignments))
        .add_systems(Update, walk.run_if(in_state(Screen::Levels)))
        .add_systems(
            Update,
            (
                redraw.run_if(
                    in_state(Screen::Levels)
                        .and_then(resource_changed::<MapState>.or_else(resource_changed::<Store>)),
                ),
                restore_focus,
            )
                .chain(),
        );
}

/// Where the avatar stands and which place is open. Kept while the game runs, so coming
/// back from a level returns to the same place.
#[derive(Resource, Default, Debug, Clone, PartialEq)]
pub struct MapState {
    pub phase: Option<Phase>,
    /// The place the avatar is at (and whose levels are shown).
    pub at: Option<String>,
    /// The place it walked from, for the walk.
    from: Option<String>,
}

#[derive(Component)]
struct MapPage;

/// The avatar on the map, walking from one point to another (in percent of the map).
#[derive(Component)]
struct Walker {
    from: Vec2,
    to: Vec2,
    t: f32,
}

/// The label of a place's button: its name and how far the pupil has got.
fn place_label(place: &Place, lang: &CurrentLang, done: usize) -> String {
    let total = place.levels.len();
    let name = place.name.get(lang.0);
    let t = crate::words::messages(lang.0);
    let args = [("name", name.into()), ("done", done.into()), ("total", total.into())];
    if done == total { t.format("map-place-all-done", &args) } else { t.format("map-place-done", &args) }
}

fn done_in(place: &Place, profile: &Profile) -> usize {
    place.levels.iter().filter(|id| profile.stars(id).is_some()).count()
}

/// The first place on the path with a level still to play: where the map suggests going.
fn suggested<'a>(world: &'a PhaseWorld, profile: &Profile) -> Option<&'a Place> {
    world.places.iter().find(|p| done_in(p, profile) < p.levels.len())
}

/// A class player's assignments are refreshed from the server each time the map opens.
fn ask_for_assignments(mut commands: Commands, store: Res<Store>) {
    if store.active().is_some_and(|p| p.class.is_some()) {
        commands.trigger(RefreshClass);
    }
}

/// Opening the map: an age group without a world (its file didn't load) gets the plain
/// list; otherwise the avatar starts where it was, or at the suggested place.
fn enter(
    store: Res<Store>,
    library: Res<LevelLibrary>,
    mut state: ResMut<MapState>,
    mut next: ResMut<NextState<Screen>>,
) {
    let Some(profile) = store.active() else { return };
    let phase = profile.phase.unwrap_or(Phase::Ks1);
    let Some(world) = library.world_of(phase) else {
        next.set(Screen::AllLevels);
        return;
    };
    if state.phase != Some(phase)
        || state.at.as_ref().is_none_or(|at| !world.places.iter().any(|p| &p.id == at))
    {
        let at = suggested(world, profile).or(world.places.first()).map(|p| p.id.clone());
        *state = MapState { phase: Some(phase), at: at.clone(), from: at };
    }
    state.set_changed();
}

/// Picking a place: the avatar walks there and its levels open.
fn go_to(place: String) -> impl FnMut(On<Activate>, ResMut<MapState>) {
    move |_, mut state| {
        if state.at.as_deref() != Some(place.as_str()) {
            state.from = state.at.take();
            state.at = Some(place.clone());
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn redraw(
    mut commands: Commands,
    pages: Query<Entity, With<MapPage>>,
    mut ui: ResMut<UiAssets>,
    store: Res<Store>,
    library: Res<LevelLibrary>,
    lang: Res<CurrentLang>,
    mut state: ResMut<MapState>,
    focus: Res<InputFocus>,
    widgets: Query<&theme::Widget>,
    mut restore: ResMut<FocusAfterRedraw>,
) {
    let Some(profile) = store.active() else { return };
    let phase = profile.phase.unwrap_or(Phase::Ks1);
    let Some(world) = library.world_of(phase) else { return };
    restore.0 = focus.get().and_then(|f| widgets.get(f).ok()).map(|w| w.label.clone());
    for page in &pages {
        commands.entity(page).despawn();
    }
    let ui = &mut *ui;
    let state = state.bypass_change_detection();
    let at = world.places.iter().find(|p| Some(&p.id) == state.at.as_ref());
    let from = world.places.iter().find(|p| Some(&p.id) == state.from.as_ref()).or(at);
    // The walk has been drawn: coming back to the map later starts at rest.
    state.from = state.at.clone();
    let (heading, assigned) = first_levels(profile, &store, &library);
    let t = crate::words::messages(lang.0);
    let heading = t.get(heading);
    let first_time = restore.0.is_none();
    commands.spawn((MapPage, theme::screen_root(Screen::Levels))).with_children(|page| {
        page.spawn(theme::row(16.0)).with_children(|r| {
            r.spawn(theme::icon(ui, &profile.avatar, 72.0));
            r.spawn(theme::heading(
                ui,
                t.format(
                    "map-welcome",
                    &[
                        ("nickname", profile.shown_nickname().into()),
                        ("world", world.name.get(lang.0).into()),
                    ],
                ),
            ));
        });
        if let Some(class) = &profile.class {
            page.spawn(theme::small(
                ui,
                t.format(
                    "levels-class",
                    &[
                        ("class", (&class.class_name).into()),
                        ("teacher_can_see", t.get(TEACHER_CAN_SEE).into()),
                    ],
                ),
            ));
        }
        if !assigned.is_empty() {
            page.spawn(theme::heading(ui, heading));
            let mut no_focus = false;
            level_row(page, ui, profile, &assigned, &lang, &mut no_focus);
        }
        page.spawn(theme::small(ui, t.get("map-pick-place")));
        let glowing: Vec<&str> = assigned.iter().map(|(l, _)| l.id.as_str()).collect();
        board(page, ui, world, profile, &lang, &glowing, from, at, first_time);
        if let Some(place) = at {
            place_levels(page, ui, &library, world, place, profile, &lang);
        }
        who_is_who(page, ui, world, &lang);
        page.spawn(theme::row(16.0)).with_children(|r| {
            let earned = world
                .badges(&library.levels, |id| profile.levels.contains_key(id))
                .iter()
                .filter(|b| b.earned())
                .count();
            r.spawn(theme::icon_button(
                ui,
                &t.format("badges-mine", &[("earned", earned.into()), ("total", world.badges.len().into())]),
                "medal",
                Look::Secondary,
                |_: On<Activate>, mut next: ResMut<NextState<Screen>>| next.set(Screen::Badges),
            ));
            r.spawn(go_button(ui, &t.get("map-all-levels"), Screen::AllLevels));
            r.spawn(go_button(ui, &t.get("levels-change-age"), Screen::Phase));
            r.spawn(go_button(ui, &t.get("levels-change-player"), Screen::Title));
        });
    });
}

/// The widget that had the focus before the map was redrawn (its label), so that the same
/// place keeps it: picking a place must not throw a keyboard user back to the top.
#[derive(Resource, Default)]
struct FocusAfterRedraw(Option<String>);

fn restore_focus(
    mut restore: ResMut<FocusAfterRedraw>,
    pages: Query<Entity, Added<MapPage>>,
    children: Query<&Children>,
    widgets: Query<&theme::Widget>,
    mut focus: ResMut<InputFocus>,
) {
    let Some(page) = pages.iter().next() else { return };
    let Some(label) = restore.0.take() else { return };
    // A place's label changes with its progress; match on the name before the colon.
    let name = label.split(':').next().unwrap_or(&label).to_owned();
    let same = children.iter_descendants(page).find(|e| {
        widgets.get(*e).is_ok_and(|w| w.label == label || w.label.split(':').next() == Some(name.as_str()))
    });
    if let Some(entity) = same {
        focus.set(entity, FocusCause::Navigated);
    }
}

/// The map itself: sky, grass, a path of dots in the suggested order, the places, and the
/// pupil's avatar walking from `from` to `at`.
#[allow(clippy::too_many_arguments)]
fn board(
    page: &mut ChildSpawnerCommands,
    ui: &mut UiAssets,
    world: &PhaseWorld,
    profile: &Profile,
    lang: &CurrentLang,
    glowing: &[&str],
    from: Option<&Place>,
    at: Option<&Place>,
    first_time: bool,
) {
    let map = Node {
        width: px(920),
        max_width: percent(100),
        height: px(MAP_HEIGHT),
        flex_shrink: 0.0,
        position_type: PositionType::Relative,
        overflow: Overflow::clip(),
        border: UiRect::all(px(3)),
        border_radius: BorderRadius::all(px(28)),
        ..default()
    };
    page.spawn((map, BackgroundColor(GRASS), BorderColor::all(palette::PANEL_BORDER), Name::new("map")))
        .with_children(|m| {
            m.spawn((
                Node {
                    position_type: PositionType::Absolute,
                    width: percent(100),
                    height: percent(16),
                    ..default()
                },
                BackgroundColor(palette::SKY),
                Pickable::IGNORE,
            ));
            for (icon, x, y, size) in SCENERY {
                m.spawn(at_point(*x, *y, *size)).with_children(|s| {
                    s.spawn(theme::icon(ui, icon, *size));
                });
            }
            for pair in world.places.windows(2) {
                let lit = done_in(&pair[0], profile) == pair[0].levels.len();
                let (a, b) = (on_map(pair[0].x, pair[0].y), on_map(pair[1].x, pair[1].y));
                for k in 1..8 {
                    let Vec2 { x, y } = a.lerp(b, k as f32 / 8.0);
                    let (mut dot, pickable) = at_point(x, y, 10.0);
                    (dot.width, dot.height, dot.border_radius) = (px(10), px(10), BorderRadius::MAX);
                    m.spawn((dot, pickable, BackgroundColor(if lit { palette::STAR } else { PATH })));
                }
            }
            let suggestion = suggested(world, profile).map(|p| p.id.as_str());
            for (n, place) in world.places.iter().enumerate() {
                let done = done_in(place, profile);
                let finished = done == place.levels.len();
                let glow = place.levels.iter().any(|id| glowing.contains(&id.as_str()));
                let label = place_label(place, lang, done);
                let caption = (
                    theme::small(ui, place.name.get(lang.0).to_owned()),
                    TextLayout::justify(Justify::Center),
                    Pickable::IGNORE,
                );
                let spot = on_map(place.x, place.y);
                let mut holder = m.spawn(at_point(spot.x, spot.y, PLACE));
                holder.insert(Pickable::default());
                if first_time {
                    holder.insert(Motion::pop_in(0.06 * n as f32));
                }
                holder.with_children(|h| {
                    let mut button = h.spawn(theme::picture_button(
                        ui,
                        &label,
                        &place.icon,
                        caption,
                        PLACE,
                        go_to(place.id.clone()),
                    ));
                    // Progress as a small pill in its corner ("2/3"), inside the button: part of it.
                    button.with_children(|b| {
                        b.spawn((
                            Node {
                                position_type: PositionType::Absolute,
                                left: px(-8),
                                top: px(-8),
                                padding: UiRect::axes(px(8), px(2)),
                                border_radius: BorderRadius::MAX,
                                ..default()
                            },
                            BackgroundColor(if finished { palette::STAR } else { palette::WHITE }),
                            Pickable::IGNORE,
                            children![(
                                theme::small(ui, format!("{done}/{}", place.levels.len())),
                                Pickable::IGNORE
                            )],
                        ));
                    });
                    if finished {
                        button.insert((
                            BackgroundColor(palette::MINT),
                            theme::ButtonLook { normal: palette::MINT, pressed: palette::SKY },
                        ));
                    }
                    if at.is_some_and(|a| a.id == place.id) && first_time {
                        button.insert(AutoFocus);
                    }
                    // Tags on the corner: finished (sparkles), the teacher's (a star), next on the path.
                    let tag = if glow {
                        Some(("glowing-star", "levels-from-teacher"))
                    } else if finished {
                        Some(("sparkles", "map-all-done"))
                    } else if suggestion == Some(place.id.as_str()) {
                        Some(("footprints", "map-next-on-path"))
                    } else {
                        None
                    };
                    if let Some((icon, _)) = tag {
                        h.spawn((
                            Node {
                                position_type: PositionType::Absolute,
                                right: px(-10),
                                top: px(-10),
                                ..default()
                            },
                            Pickable::IGNORE,
                            Motion::new(Move::PopIn, 0.4 + 0.06 * n as f32, 0.4),
                            children![theme::icon(ui, icon, 40.0)],
                        ));
                    }
                });
            }
            if let Some(to) = at {
                let from = from.unwrap_or(to);
                let start = on_map(from.x, from.y);
                m.spawn((
                    Name::new("you, on the map"),
                    Walker {
                        from: start,
                        to: on_map(to.x, to.y),
                        t: if from.id == to.id { 1.0 } else { 0.0 },
                    },
                    walker_node(start),
                    Pickable::IGNORE,
                    children![theme::icon(ui, &profile.avatar, 56.0)],
                ));
            }
        });
}

/// An absolutely placed box centred on (x, y) percent of the map.
fn at_point(x: f32, y: f32, size: f32) -> (Node, Pickable) {
    (
        Node {
            position_type: PositionType::Absolute,
            left: percent(x),
            top: percent(y),
            margin: UiRect { left: px(-size / 2.0), top: px(-size / 2.0), ..default() },
            ..default()
        },
        Pickable::IGNORE,
    )
}

/// The avatar stands just below and to the right of a place's centre.
fn walker_node(p: Vec2) -> Node {
    Node {
        position_type: PositionType::Absolute,
        left: percent(p.x),
        top: percent(p.y),
        margin: UiRect { left: px(PLACE / 2.0 - 30.0), top: px(PLACE / 2.0 - 46.0), ..default() },
        ..default()
    }
}

/// Moves the avatar along its walk, with a little bob in each step; in calm mode it is
/// simply there. Asks for frames only while walking.
fn walk(
    clock: Res<crate::theme::MoveClock>,
    calm: Res<Calm>,
    mut walkers: Query<(&mut Walker, &mut Node, &mut UiTransform)>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    for (mut w, mut node, mut transform) in &mut walkers {
        if w.t >= 1.0 {
            continue;
        }
        w.t = if calm.0 { 1.0 } else { (w.t + clock.secs / WALK_SECS).min(1.0) };
        let eased = w.t * w.t * (3.0 - 2.0 * w.t);
        let p = w.from.lerp(w.to, eased);
        node.left = percent(p.x);
        node.top = percent(p.y);
        let bob = if w.t < 1.0 { -6.0 * (w.t * std::f32::consts::PI * 6.0).sin().abs() } else { 0.0 };
        transform.translation = Val2::px(0.0, bob);
        redraw.write(RequestRedraw);
    }
}

/// The open place's levels as cards, the suggested one first marked "Next".
fn place_levels(
    page: &mut ChildSpawnerCommands,
    ui: &mut UiAssets,
    library: &LevelLibrary,
    world: &PhaseWorld,
    place: &Place,
    profile: &Profile,
    lang: &CurrentLang,
) {
    let levels: Vec<(&Level, Option<&str>)> =
        place.levels.iter().filter_map(|id| library.get(id)).map(|l| (l, None)).collect();
    let next = place.levels.iter().find(|id| profile.stars(id).is_none());
    let t = crate::words::messages(lang.0);
    page.spawn((theme::column(12.0), Motion::rise_in(0.1))).with_children(|c| {
        c.spawn(theme::panel(palette::PANEL)).with_children(|p| {
            p.spawn(theme::left_row(12.0)).with_children(|r| {
                r.spawn(theme::icon(ui, &place.icon, 56.0));
                r.spawn(theme::heading(ui, place.name.get(lang.0).to_owned()));
            });
            let done = done_in(place, profile);
            let said = match next.and_then(|id| library.get(id)) {
                Some(level) => t.format(
                    "map-place-next",
                    &[
                        ("done", done.into()),
                        ("total", place.levels.len().into()),
                        ("title", level.title.get(lang.0).into()),
                    ],
                ),
                None => t.format("map-place-finished", &[("total", place.levels.len().into())]),
            };
            p.spawn(theme::small(ui, said));
            let mut no_focus = false;
            level_row(p, ui, profile, &levels, lang, &mut no_focus);
            if world.places.last().is_some_and(|l| l.id == place.id) && done == place.levels.len() {
                p.spawn(theme::small(ui, t.get("map-end-of-path")));
            }
        });
    });
}

/// The recurring cast, each with their picture and what they are like.
fn who_is_who(page: &mut ChildSpawnerCommands, ui: &mut UiAssets, world: &PhaseWorld, lang: &CurrentLang) {
    page.spawn(theme::column(8.0)).with_children(|c| {
        c.spawn(theme::heading(ui, crate::words::messages(lang.0).get("map-whos-who")));
        c.spawn(theme::row(14.0)).with_children(|r| {
            for member in &world.cast {
                r.spawn((
                    Node {
                        flex_direction: FlexDirection::Column,
                        align_items: AlignItems::Center,
                        width: px(168),
                        row_gap: px(4),
                        ..default()
                    },
                    children![
                        theme::icon(ui, &member.avatar, 64.0),
                        theme::label(ui, member.name.get(lang.0).to_owned()),
                        (
                            theme::small(ui, member.about.get(lang.0).to_owned()),
                            TextLayout::justify(Justify::Center)
                        ),
                    ],
                ));
            }
        });
    });
}

const GRASS: Color = Color::srgb(0.80, 0.92, 0.70);
const PATH: Color = Color::srgb(0.93, 0.86, 0.70);

/// Scenery that doesn't do anything: (picture, x %, y %, size), in the sky and in the
/// gaps between the two rows of places.
const SCENERY: &[(&str, f32, f32, f32)] = &[
    ("sun", 95.0, 7.0, 40.0),
    ("cloud", 30.0, 6.0, 36.0),
    ("cloud", 66.0, 7.0, 32.0),
    ("tree", 4.0, 48.0, 40.0),
    ("pine-tree", 96.0, 50.0, 40.0),
    ("tulip", 27.0, 95.0, 26.0),
    ("tulip", 73.0, 95.0, 26.0),
];
