//! The screen-reader mirror's game side. The canvas is invisible to screen readers, so
//! each frame that something changed, the game describes its screen (every widget with
//! role, label, state and place; every heading and text; what was just announced) and
//! the web page keeps real, focusable DOM elements in step with it (`web/a11y.js`).
//! Pressing or focusing one of those elements comes back here as a request.

use super::Narrated;
use crate::screen::Screen;
use crate::theme::{Checked, Readable, Reader, Widget, WidgetRect, css_rect, widget_rects};
use bevy::input_focus::{InputFocus, InputFocusVisible};
use bevy::prelude::*;
use bevy::ui_widgets::Activate;

/// A heading or text on screen, where it is drawn.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct TextRect {
    #[serde(serialize_with = "crate::theme::id_as_text")]
    pub id: u64,
    /// The page is told `role: "heading"` or `role: "text"`.
    #[serde(rename = "role", serialize_with = "heading_or_text")]
    pub heading: bool,
    pub text: String,
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

fn heading_or_text<S: serde::Serializer>(heading: &bool, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(if *heading { "heading" } else { "text" })
}

/// What the page is told about the screen (as JSON: `window.clickwise`).
#[derive(Resource, Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct Snapshot {
    pub screen: &'static str,
    /// The kind of activity being played, so the browser test can tell them apart.
    pub activity: &'static str,
    /// The language the screen is in (`en`, `cy`): the page tags itself with it, so a
    /// screen reader says Welsh words with Welsh rules.
    pub lang: &'static str,
    /// What a screen reader should know that isn't drawn as text (digits typed so far).
    pub status: String,
    pub widgets: Vec<WidgetRect>,
    pub texts: Vec<TextRect>,
    /// New messages and feedback since the last snapshot, for the page's live region.
    pub announce: Vec<String>,
    /// Pointer lifts the game has taken so far (a test knows its tap arrived).
    pub taps: u64,
    /// Nothing moved or was laid out afresh, and no tap was taken, in the frame described:
    /// what is on screen is where it is drawn, and a tap's effects are all shown (tests
    /// wait for this rather than for a fixed time).
    pub settled: bool,
}

/// A snapshot as published: numbered, so the page (and the browser tests) can tell a new
/// description from the one they already read.
#[derive(serde::Serialize)]
struct Published<'a> {
    version: u64,
    #[serde(flatten)]
    snapshot: &'a Snapshot,
}

/// From the page: press a widget, or move the game's focus to it.
pub use crate::platform::PageRequest as MirrorRequest;

/// Requests waiting to be carried out (the page adds them; so can tests).
#[derive(Resource, Default)]
pub struct MirrorRequests(pub Vec<MirrorRequest>);

/// Whether the screen is described each frame. Only a web page has anyone to tell, so it
/// is on there alone (natively and in tests it would be work for nothing); tests that
/// check the description turn it on.
#[derive(Resource)]
pub struct DescribeScreen(pub bool);

impl Default for DescribeScreen {
    fn default() -> Self {
        DescribeScreen(crate::platform::IN_A_PAGE)
    }
}

/// The open modal panel (options, Worried?), if any: while it is open, only what is in it
/// is offered to the page, and only its widgets can be pressed from there, as `aria-modal`
/// has it.
fn modal(overlays: &Query<Entity, With<super::Overlay>>) -> Option<Entity> {
    overlays.iter().next()
}

fn within(entity: Entity, modal: Option<Entity>, parents: &Query<&ChildOf>) -> bool {
    modal.is_none_or(|m| entity == m || parents.iter_ancestors(entity).any(|a| a == m))
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Snapshot>()
        .init_resource::<MirrorRequests>()
        .init_resource::<DescribeScreen>()
        .add_systems(PreUpdate, carry_out_requests)
        .add_systems(Last, describe_screen.run_if(|on: Res<DescribeScreen>| on.0));
}

fn carry_out_requests(
    mut requests: ResMut<MirrorRequests>,
    widgets: Query<(), With<Widget>>,
    overlays: Query<Entity, With<super::Overlay>>,
    parents: Query<&ChildOf>,
    mut focus: ResMut<InputFocus>,
    mut visible: ResMut<InputFocusVisible>,
    mut commands: Commands,
) {
    requests.0.extend(crate::platform::take_mirror_requests());
    let modal = modal(&overlays);
    for request in std::mem::take(&mut requests.0) {
        let (MirrorRequest::Activate(bits) | MirrorRequest::Focus(bits)) = request;
        // The element may belong to a screen that has just gone, or sit behind an open
        // panel: ignore it then.
        let Some(entity) =
            Entity::try_from_bits(bits).filter(|e| widgets.contains(*e) && within(*e, modal, &parents))
        else {
            continue;
        };
        focus.set(entity, bevy::input_focus::FocusCause::Navigated);
        visible.0 = true;
        if let MirrorRequest::Activate(_) = request {
            commands.trigger(Activate { entity });
        }
    }
}

fn describe_screen(
    screen: Res<State<Screen>>,
    widgets: Query<(
        Entity,
        &Widget,
        &ComputedNode,
        &UiGlobalTransform,
        &InheritedVisibility,
        Option<&Checked>,
    )>,
    placed: Query<(&ComputedNode, &UiGlobalTransform, &InheritedVisibility)>,
    roots: Query<Entity, (With<Node>, Without<ChildOf>)>,
    reader: Reader,
    focus: Res<InputFocus>,
    session: Option<Res<crate::play::PlaySession>>,
    join: Res<crate::classroom::JoinFlow>,
    mut narrated: MessageReader<Narrated>,
    mut snapshot: ResMut<Snapshot>,
    moving: Query<(), Or<(Changed<ComputedNode>, Changed<UiGlobalTransform>, Added<Node>)>>,
    taps: Res<crate::theme::TapsTaken>,
    overlays: Query<Entity, With<super::Overlay>>,
    parents: Query<&ChildOf>,
    mut published: Local<u64>,
    lang: Res<crate::config::CurrentLang>,
) {
    let activity = match (screen.get(), &session) {
        (Screen::Play, Some(s)) if s.stage == crate::play::Stage::Answering => {
            s.current().map_or("", |(_, m)| m.kind())
        }
        _ => "",
    };
    let status = match screen.get() {
        Screen::JoinClass => crate::words::messages(lang.0).format(
            "mirror-digits-typed",
            &[("typed", join.digits.len().into()), ("wanted", join.wanted_digits().into())],
        ),
        _ => String::new(),
    };
    let mut texts = Vec::new();
    let modal = modal(&overlays);
    let roots: Vec<Entity> = match modal {
        Some(panel) => vec![panel],
        None => roots.iter().collect(),
    };
    for root in roots {
        for (entity, part) in reader.read(root, false) {
            let (heading, text) = match part {
                Readable::Heading(t) => (true, t),
                Readable::Text(t) => (false, t),
                Readable::Widget { .. } => continue,
            };
            let Ok((node, transform, visible)) = placed.get(entity) else { continue };
            let Some((x, y, w, h)) = css_rect(node, transform).filter(|_| visible.get()) else { continue };
            texts.push(TextRect { id: entity.to_bits(), heading, text, x, y, w, h });
        }
    }
    texts.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
    let now = Snapshot {
        screen: screen.get().hook_name(),
        activity,
        lang: clickwise_core::i18n::tag(lang.0),
        status,
        widgets: widget_rects(&widgets, focus.get())
            .into_iter()
            .filter(|w| Entity::try_from_bits(w.id).is_some_and(|e| within(e, modal, &parents)))
            .collect(),
        texts,
        announce: narrated.read().map(|n| n.text.clone()).collect(),
        taps: taps.0,
        settled: moving.is_empty() && !taps.is_changed(),
    };
    // Only when something changed: the page rebuilds its mirror from each one.
    if *snapshot != now {
        *published += 1;
        match serde_json::to_string(&Published { version: *published, snapshot: &now }) {
            Ok(json) => crate::platform::publish(&json),
            Err(e) => warn!("The screen couldn't be described for the page: {e}"),
        }
        *snapshot = now;
    }
}
