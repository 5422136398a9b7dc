//! Layout at the two screen sizes schools have most (1366×768 laptops, 1024×768 tablets):
//! every button is at least 56 px tall and wholly on screen, so nothing needs scrolling to
//! be reached. Runs the real UI layout (with the real fonts) but no renderer.

use crate::common::play::*;
use crate::common::*;
use bevy::camera::{CameraPlugin, RenderTargetInfo};
use bevy::prelude::*;
use clickwise::play::{PlaySession, Stage};
use clickwise::screens::Screen;
use clickwise::theme::Widget;
use clickwise_core::Mechanic;

pub(crate) fn laid_out_game(width: u32, height: u32, saved: Option<&str>) -> App {
    let (mut app, _) = game(LEVELS, saved);
    app.add_plugins((
        bevy::input::InputPlugin,
        bevy::a11y::AccessibilityPlugin,
        WindowPlugin {
            primary_window: Some(Window { resolution: (width, height).into(), ..default() }),
            ..default()
        },
        ImagePlugin::default(),
        bevy::image::TextureAtlasPlugin,
        bevy::text::TextPlugin,
        TransformPlugin,
        bevy::mesh::MeshPlugin,
        CameraPlugin,
        bevy::ui::UiPlugin,
    ));
    // As in the real game (DefaultPlugins): picking, focus and the widgets' own observers.
    app.add_plugins((
        bevy::picking::DefaultPickingPlugins,
        bevy::input_focus::InputFocusPlugin,
        bevy::ui_widgets::UiWidgetsPlugins,
    ));
    let camera = app.world_mut().spawn(Camera2d).id();
    // Without a renderer nothing measures the window, so tell the camera its size.
    app.world_mut().get_mut::<Camera>(camera).unwrap().computed.target_info =
        Some(RenderTargetInfo { physical_size: UVec2::new(width, height), scale_factor: 1.0 });
    update_until(&mut app, "the fonts", |app| app.world().resource::<Assets<Font>>().len() >= 2);
    // Each frame is a tenth of a second, so motion (arrivals, the avatar's walk) settles in
    // a few frames and the checks see where things come to rest.
    app.insert_resource(bevy::time::TimeUpdateStrategy::ManualDuration(std::time::Duration::from_millis(
        100,
    )));
    app
}

/// Runs a few frames so the layout settles, then checks every button on screen.
fn check_fits(app: &mut App, width: f32, height: f32) {
    check(app, width, height, true)
}

/// Like [`check_fits`], but the page may scroll down to reach some buttons.
pub(crate) fn check_fits_across(app: &mut App, width: f32, height: f32) {
    check(app, width, height, false)
}

fn check(app: &mut App, width: f32, height: f32, no_scrolling: bool) {
    for _ in 0..3 {
        app.update();
    }
    // Let every motion finish: the checks are about where things rest.
    for _ in 0..60 {
        let world = app.world_mut();
        if world.query::<&clickwise::theme::Motion>().iter(world).next().is_none() {
            break;
        }
        app.update();
    }
    let where_ = format!("{:?} at {width}×{height}", screen(app));
    let world = app.world_mut();
    let mut seen = 0;
    for (w, node, transform) in world.query::<(&Widget, &ComputedNode, &UiGlobalTransform)>().iter(world) {
        let size = node.size();
        if size.x == 0.0 {
            continue; // hidden (a speaker button while read-aloud is off)
        }
        let centre = transform.translation;
        let (left, top) = (centre.x - size.x / 2.0, centre.y - size.y / 2.0);
        assert!(size.y >= 56.0, "{where_}: {:?} is only {} px tall", w.label, size.y);
        // Touch: every target at least 44 px each way (WCAG 2.5.5, Apple's guideline).
        assert!(size.x >= 44.0, "{where_}: {:?} is only {} px wide", w.label, size.x);
        assert!(
            left >= -0.5
                && left + size.x <= width + 0.5
                && (!no_scrolling || (top >= -0.5 && top + size.y <= height + 0.5)),
            "{where_}: {:?} is not wholly on screen: {left},{top} {}×{}",
            w.label,
            size.x,
            size.y
        );
        seen += 1;
    }
    assert!(seen > 0, "{where_}: no buttons laid out");
    no_button_covers_words(app, &where_);
}

/// A rectangle: left, top, right, bottom.
type Rect = (f32, f32, f32, f32);

/// No button is drawn over words that aren't its own (text that spilled out of a panel
/// under the buttons below it, say), and no two buttons overlap unless one holds the other.
fn no_button_covers_words(app: &mut App, where_: &str) {
    let world = app.world_mut();
    let rect = |node: &ComputedNode, t: &UiGlobalTransform| {
        let (size, c) = (node.size(), t.translation);
        (c.x - size.x / 2.0, c.y - size.y / 2.0, c.x + size.x / 2.0, c.y + size.y / 2.0)
    };
    let overlap = |a: Rect, b: Rect| a.0 < b.2 - 1.0 && b.0 < a.2 - 1.0 && a.1 < b.3 - 1.0 && b.1 < a.3 - 1.0;
    let shown =
        |node: &ComputedNode, v: &InheritedVisibility| node.size().x > 0.0 && node.size().y > 0.0 && v.get();
    let buttons: Vec<(Entity, String, Rect)> = world
        .query::<(Entity, &Widget, &ComputedNode, &UiGlobalTransform, &InheritedVisibility)>()
        .iter(world)
        .filter(|(_, _, n, _, v)| shown(n, v))
        .map(|(e, w, n, t, _)| (e, w.label.clone(), rect(n, t)))
        .collect();
    let texts: Vec<(Entity, String, Rect)> = world
        .query::<(Entity, &Text, &ComputedNode, &UiGlobalTransform, &InheritedVisibility)>()
        .iter(world)
        .filter(|(_, _, n, _, v)| shown(n, v))
        .map(|(e, text, n, t, _)| (e, text.0.clone(), rect(n, t)))
        .collect();
    let within = |world: &World, inner: Entity, outer: Entity| {
        let mut at = Some(inner);
        while let Some(e) = at {
            if e == outer {
                return true;
            }
            at = world.get::<ChildOf>(e).map(|p| p.parent());
        }
        false
    };
    // An open panel (options, Worried?) covers the screen on purpose: what is behind it is
    // not compared with what is in it.
    let panels: Vec<Entity> =
        world.query_filtered::<Entity, With<clickwise::access::Overlay>>().iter(world).collect();
    let layer = |world: &World, e: Entity| panels.iter().position(|p| within(world, e, *p));
    // The corners (Options, Worried?, More below) float over the page on purpose. KNOWN,
    // not yet fixed: at 1024 px a long screen heading runs under "Worried?" (noted on
    // issue 18). Every other button is held to this.
    let corners: Vec<Entity> =
        world.query_filtered::<Entity, With<clickwise::theme::Corner>>().iter(world).collect();
    let floating = |world: &World, e: Entity| corners.iter().any(|c| within(world, e, *c));
    let buttons: Vec<_> = buttons.into_iter().filter(|(e, ..)| !floating(world, *e)).collect();
    let texts: Vec<_> = texts.into_iter().filter(|(e, ..)| !floating(world, *e)).collect();
    for (button, label, b) in &buttons {
        for (text, words, t) in texts.iter().filter(|(t, ..)| layer(world, *t) == layer(world, *button)) {
            if overlap(*b, *t) && !within(world, *text, *button) {
                panic!("{where_}: the button {label:?} {b:?} is drawn over the words {words:?} {t:?}");
            }
        }
        for (other, other_label, o) in
            buttons.iter().filter(|(o, ..)| layer(world, *o) == layer(world, *button))
        {
            if other != button
                && overlap(*b, *o)
                && !within(world, *other, *button)
                && !within(world, *button, *other)
            {
                panic!("{where_}: the buttons {label:?} {b:?} and {other_label:?} {o:?} overlap");
            }
        }
    }
}

fn walk_every_screen(width: u32, height: u32) {
    let (w, h) = (width as f32, height as f32);
    // A save that can't be read, so the title also shows its notice (the fullest title).
    let mut app = laid_out_game(width, height, Some("not a save"));
    boot(&mut app);
    check_fits(&mut app, w, h);
    press(&mut app, "Join my class");
    check_fits(&mut app, w, h);
    press(&mut app, "Back");
    press(&mut app, "Grown-ups: get help");
    check_fits_across(&mut app, w, h);
    press(&mut app, "What was played here");
    check_fits_across(&mut app, w, h);
    press(&mut app, "Back");
    press(&mut app, "Back");
    assert_eq!(screen(&app), Screen::Title);
    press(&mut app, "New player");
    check_fits(&mut app, w, h);
    let nickname = app.world().resource::<clickwise::screens::ProfileDraft>().suggestions[0].clone();
    press(&mut app, &nickname);
    press(&mut app, "fox");
    press(&mut app, "Next");
    check_fits(&mut app, w, h);
    for phase in clickwise_core::Phase::ALL {
        press(&mut app, phase.label());
        assert_eq!(screen(&app), Screen::Levels);
        // The map, its open place and the cast below it scroll (wheel, Tab, touch drag).
        check_fits_across(&mut app, w, h);
        let badges =
            labels(&mut app).into_iter().find(|l| l.starts_with("My badges")).expect("badges button");
        press(&mut app, &badges);
        check_fits_across(&mut app, w, h);
        press(&mut app, "Back");
        press(&mut app, "All levels");
        // Twenty-odd levels don't fit on one screen: the list scrolls.
        check_fits_across(&mut app, w, h);
        let titles: Vec<String> = {
            let library = app.world().resource::<clickwise::levels::LevelLibrary>();
            library.for_phase(phase).map(|l| l.title.en.clone()).collect()
        };
        for title in titles {
            press(&mut app, &title);
            check_fits(&mut app, w, h);
            press(&mut app, "Start");
            while screen(&app) == Screen::Play {
                let session = app.world().resource::<PlaySession>().clone();
                assert_eq!(session.stage, Stage::Answering);
                // For the youngest a one-question step fits without scrolling; longer
                // activities, and older pupils' longer stories, may scroll (with the "More
                // below" cue; Tab scrolls the focused button into view), never sideways.
                let one_question = matches!(current(&app), Mechanic::Choice(_));
                let fits = if one_question && phase == clickwise_core::Phase::Ks1 {
                    check_fits
                } else {
                    check_fits_across
                };
                fits(&mut app, w, h);
                play_step(&mut app, Way::Riskiest);
                // What happened next, then why: this may scroll, never sideways.
                check_fits_across(&mut app, w, h);
                press(&mut app, "Next");
            }
            check_fits_across(&mut app, w, h);
            press(&mut app, "Choose another level");
            press(&mut app, "All levels");
        }
        press(&mut app, "Back to the map");
        press(&mut app, "Change age");
    }
}

#[test]
fn every_screen_fits_a_laptop() {
    walk_every_screen(1366, 768);
}

#[test]
fn every_screen_fits_a_tablet() {
    walk_every_screen(1024, 768);
}

/// The options panel fits a tablet, and with the biggest text every screen still fits
/// across (it may scroll down, never sideways) with buttons big enough to tap.
#[test]
fn the_options_and_the_biggest_text_fit_a_tablet() {
    let (w, h) = (1024.0, 768.0);
    let mut app = laid_out_game(1024, 768, None);
    boot(&mut app);
    press(&mut app, clickwise::access::OPTIONS_LABEL);
    check_fits_across(&mut app, w, h);
    press(&mut app, "Biggest text");
    press(&mut app, "High contrast colours");
    check_fits_across(&mut app, w, h);
    press(&mut app, "Close");
    check_fits_across(&mut app, w, h);
    new_player(&mut app, "fox");
    check_fits_across(&mut app, w, h);
    open(&mut app, "Ages 4 to 7", "Spot the Trick");
    while screen(&app) == Screen::Play {
        check_fits_across(&mut app, w, h);
        play_step(&mut app, Way::Safest);
        check_fits_across(&mut app, w, h);
        press(&mut app, "Next");
    }
    check_fits_across(&mut app, w, h);
}

/// Sends the mouse's `action` at `position` on the game's window (taken next update).
fn send_mouse(app: &mut App, position: Vec2, action: bevy::picking::pointer::PointerAction) {
    send_pointer(app, bevy::picking::pointer::PointerId::Mouse, position, action);
}

/// Sends `pointer`'s `action` at `position` on the game's window (taken next update).
fn send_pointer(
    app: &mut App,
    pointer: bevy::picking::pointer::PointerId,
    position: Vec2,
    action: bevy::picking::pointer::PointerAction,
) {
    use bevy::camera::NormalizedRenderTarget;
    use bevy::picking::pointer::{Location, PointerInput};
    use bevy::window::{PrimaryWindow, WindowRef};

    let world = app.world_mut();
    let window = world.query_filtered::<Entity, With<PrimaryWindow>>().single(world).unwrap();
    let target = NormalizedRenderTarget::Window(WindowRef::Primary.normalize(Some(window)).unwrap());
    world.write_message(PointerInput::new(pointer, Location { target, position }, action));
}

/// How a tap's events fall into frames.
#[derive(Clone, Copy, Debug)]
enum Timing {
    /// Arrive, press and lift each in its own frame: a fast device.
    Unhurried,
    /// Arrive in one frame, press and lift in the next: a slow one.
    PressAndLiftTogether,
    /// Arrive, press and lift all in one frame: a touch on a slow tablet.
    AllInOneFrame,
}

/// Taps `label` with a mouse that was elsewhere, its events grouped into frames by `timing`.
fn tap(app: &mut App, label: &str, timing: Timing) {
    let button = widget(app, label);
    tap_entity(app, button, timing);
}

/// Taps the middle of `button` (see [`tap`]).
fn tap_entity(app: &mut App, button: Entity, timing: Timing) {
    use bevy::picking::pointer::{PointerAction, PointerButton};

    let position = app.world().get::<UiGlobalTransform>(button).unwrap().translation;
    let away = Vec2::new(2.0, 760.0);
    let send = send_mouse;
    send(app, away, PointerAction::Move { delta: Vec2::ONE });
    app.update();
    send(app, position, PointerAction::Move { delta: position - away });
    if !matches!(timing, Timing::AllInOneFrame) {
        app.update();
    }
    send(app, position, PointerAction::Press(PointerButton::Primary));
    if matches!(timing, Timing::Unhurried) {
        app.update();
    }
    send(app, position, PointerAction::Release(PointerButton::Primary));
    app.update();
    app.update();
}

/// However a slow device groups a tap's events into frames, the tap activates its button
/// exactly once. (Bevy's own button drops a tap whose press and lift share a frame, and
/// Bevy's picking sends no click at all when the pointer also arrived in that frame.)
#[test]
fn a_tap_activates_once_however_slow_the_frames() {
    use bevy::ui_widgets::Activate;

    #[derive(Resource, Default)]
    struct Activations(u32);

    for timing in [Timing::Unhurried, Timing::PressAndLiftTogether, Timing::AllInOneFrame] {
        let mut app = laid_out_game(1366, 768, None);
        app.init_resource::<Activations>()
            .add_observer(|_: On<Activate>, mut n: ResMut<Activations>| n.0 += 1);
        boot(&mut app);
        for _ in 0..3 {
            app.update();
        }
        tap(&mut app, "New player", timing);
        assert_eq!(screen(&app), Screen::Profile, "{timing:?}: the tap on New player was lost");
        assert_eq!(app.world().resource::<Activations>().0, 1, "{timing:?}: one tap, one activation");
    }
}

/// On a tablet there is no wheel: dragging the level list scrolls it, and the level the
/// finger started on does not open.
#[test]
fn dragging_a_long_page_scrolls_it_and_is_not_a_tap() {
    use bevy::picking::pointer::{PointerAction, PointerButton};
    use bevy::ui_widgets::ScrollArea;

    let mut app = laid_out_game(1024, 768, None);
    boot(&mut app);
    new_player(&mut app, "fox");
    press(&mut app, "All levels");
    for _ in 0..3 {
        app.update();
    }
    let card = widget(&mut app, "The Surprise Pop-up");
    let start = app.world().get::<UiGlobalTransform>(card).unwrap().translation;
    let send = |app: &mut App, position: Vec2, action| {
        send_mouse(app, position, action);
        app.update();
    };
    send(&mut app, start, PointerAction::Move { delta: Vec2::ZERO });
    send(&mut app, start, PointerAction::Press(PointerButton::Primary));
    let mut at = start;
    for _ in 0..6 {
        at.y -= 40.0;
        send(&mut app, at, PointerAction::Move { delta: Vec2::new(0.0, -40.0) });
    }
    send(&mut app, at, PointerAction::Release(PointerButton::Primary));
    app.update();
    assert_eq!(screen(&app), Screen::AllLevels, "a drag is a scroll, not a tap");
    let scrolled = {
        let world = app.world_mut();
        world
            .query_filtered::<&ScrollPosition, With<ScrollArea>>()
            .iter(world)
            .map(|p| p.y)
            .fold(0.0, f32::max)
    };
    assert!(scrolled > 100.0, "the list scrolled by the drag ({scrolled} px)");
}

/// The speaker at the end of an answer is a button inside a button: tapping it reads the
/// answer and does not choose it; tapping the answer beside it still chooses it.
#[test]
fn tapping_an_answers_speaker_reads_it_without_choosing_it() {
    use clickwise::access::SpeechLog;

    let mut app = laid_out_game(1024, 768, None);
    boot(&mut app);
    new_player(&mut app, "fox");
    open(&mut app, "Ages 4 to 7", "The Surprise Pop-up");
    for _ in 0..3 {
        app.update();
    }
    let s = session(&app);
    let Mechanic::Choice(choice) = current(&app) else { panic!("a choice level") };
    let text = s.fill(&choice.options[0].text);
    let answer = widget(&mut app, &text);
    let speaker = speakers(&mut app, Some(answer)).pop().expect("the answer has a speaker");
    tap_entity(&mut app, speaker, Timing::Unhurried);
    assert_eq!(session(&app).stage, Stage::Answering, "hearing an answer doesn't choose it");
    let said = app.world().resource::<SpeechLog>().0.last().cloned().unwrap_or_default();
    assert!(said.contains(&text), "the speaker read {said:?}");
    tap_entity(&mut app, answer, Timing::Unhurried);
    assert!(matches!(session(&app).stage, Stage::Feedback { .. }), "tapping the answer chooses it");
}

/// The labels of the buttons activated, in order.
#[derive(Resource, Default)]
struct PressedKeys(Vec<String>);

/// The game on Join my class's number pad, laid out, recording every activation in
/// [`PressedKeys`]; and where a key's centre is.
fn number_pad_recording_presses() -> (App, impl Fn(&mut App, &str) -> Vec2) {
    use bevy::ui_widgets::Activate;

    let mut app = laid_out_game(1366, 768, None);
    app.init_resource::<PressedKeys>().add_observer(
        |a: On<Activate>, widgets: Query<&Widget>, mut pressed: ResMut<PressedKeys>| {
            pressed.0.push(widgets.get(a.entity).map_or("?".into(), |w| w.label.clone()));
        },
    );
    boot(&mut app);
    press(&mut app, "Join my class");
    for _ in 0..3 {
        app.update();
    }
    app.world_mut().resource_mut::<PressedKeys>().0.clear();
    let at = |app: &mut App, key: &str| {
        let key = widget(app, key);
        app.world().get::<UiGlobalTransform>(key).unwrap().translation
    };
    (app, at)
}

/// Taps in quick succession on a slow device: one frame may hold the end of one tap and
/// the whole of the next, or a double tap on one key. Each tap counts once, on its own key.
#[test]
fn quick_taps_one_after_another_each_count_once_on_their_own_key() {
    use bevy::picking::pointer::{PointerAction, PointerButton};

    let (mut app, at) = number_pad_recording_presses();
    let (one, two) = (at(&mut app, "1"), at(&mut app, "2"));
    let send = send_mouse;
    let (press_, release) =
        (PointerAction::Press(PointerButton::Primary), PointerAction::Release(PointerButton::Primary));
    let moved = PointerAction::Move { delta: Vec2::ONE };

    // "1" pressed; then its release, the move to "2", and the whole tap on "2" in one frame.
    send(&mut app, one, moved);
    send(&mut app, one, press_);
    app.update();
    send(&mut app, one, release);
    send(&mut app, two, moved);
    send(&mut app, two, press_);
    send(&mut app, two, release);
    app.update();
    app.update();
    // Back to "1": arrival and tap in one frame.
    send(&mut app, one, moved);
    send(&mut app, one, press_);
    send(&mut app, one, release);
    app.update();
    app.update();
    // A double tap on "1": the first release and the second press share a frame.
    send(&mut app, one, press_);
    app.update();
    send(&mut app, one, release);
    send(&mut app, one, press_);
    app.update();
    send(&mut app, one, release);
    app.update();
    app.update();
    let pressed = app.world().resource::<PressedKeys>().0.clone();
    assert_eq!(pressed, ["1", "2", "1", "1", "1"], "each tap once, on its own key");
}

/// A tap types the key it landed on, whatever else the frame holds. Bevy's picking works
/// out what a press hit from where the pointer is at the end of the frame, so a slow frame
/// holding a tap and the move towards the next key pressed the next key (a PIN typed
/// wrong in the classroom browser test); and a touch's first frame has no hover at all.
#[test]
fn a_tap_types_the_key_it_landed_on_whatever_the_frame_holds() {
    use bevy::picking::pointer::{PointerAction, PointerButton, PointerId};

    let (mut app, at) = number_pad_recording_presses();
    let keys: Vec<Vec2> = (1..=6).map(|k| at(&mut app, &k.to_string())).collect();
    let (press_, release) =
        (PointerAction::Press(PointerButton::Primary), PointerAction::Release(PointerButton::Primary));
    let moved = PointerAction::Move { delta: Vec2::ONE };
    let mouse = |app: &mut App, key: usize, action| send_mouse(app, keys[key - 1], action);

    // The mouse rests on "1"; then a move to "2", a press and a lift, all in one frame.
    mouse(&mut app, 1, moved);
    app.update();
    mouse(&mut app, 2, moved);
    mouse(&mut app, 2, press_);
    mouse(&mut app, 2, release);
    app.update();
    // A move to "3" and a whole tap there, then on towards "4", all in one frame.
    mouse(&mut app, 3, moved);
    mouse(&mut app, 3, press_);
    mouse(&mut app, 3, release);
    mouse(&mut app, 4, moved);
    app.update();
    // A tap on "4" (the mouse is there now), and away to "5" before the frame ends.
    mouse(&mut app, 4, press_);
    mouse(&mut app, 4, release);
    mouse(&mut app, 5, moved);
    app.update();
    // A finger on "6": a new pointer, its press and lift in its first frame.
    let finger = PointerId::Touch(7);
    send_pointer(&mut app, finger, keys[5], moved);
    send_pointer(&mut app, finger, keys[5], press_);
    send_pointer(&mut app, finger, keys[5], release);
    app.update();
    app.update();
    let pressed = app.world().resource::<PressedKeys>().0.clone();
    assert_eq!(pressed, ["2", "3", "4", "6"], "each tap types the key it landed on");
}

/// While the Options panel is open, the page's screen-reader mirror is offered only what is
/// in it (as `aria-modal` has it), and a press from the page on an answer behind it does
/// nothing. Closed again, the answers are back.
#[test]
fn an_open_panel_hides_what_is_behind_it_from_the_mirror() {
    use clickwise::access::{DescribeScreen, MirrorRequest, MirrorRequests, OPTIONS_LABEL, Snapshot};

    let mut app = laid_out_game(1366, 768, None);
    app.insert_resource(DescribeScreen(true));
    boot(&mut app);
    new_player(&mut app, "fox");
    open(&mut app, "Ages 4 to 7", "The Surprise Pop-up");
    for _ in 0..3 {
        app.update();
    }
    let offered = |app: &App| -> Vec<(String, &'static str)> {
        app.world().resource::<Snapshot>().widgets.iter().map(|w| (w.label.clone(), w.role)).collect()
    };
    assert!(
        offered(&app).iter().any(|(_, role)| *role == "answer"),
        "the answers are offered: {:?}",
        offered(&app)
    );
    let answer = {
        let world = app.world_mut();
        world
            .query::<(Entity, &Widget)>()
            .iter(world)
            .find(|(_, w)| w.role == "answer")
            .map(|(e, _)| e)
            .unwrap()
    };

    press(&mut app, OPTIONS_LABEL);
    for _ in 0..3 {
        app.update();
    }
    let in_panel = offered(&app);
    assert!(in_panel.iter().any(|(l, _)| l == "Close"), "the panel's own buttons: {in_panel:?}");
    assert!(!in_panel.iter().any(|(_, role)| *role == "answer"), "nothing behind the panel: {in_panel:?}");
    assert!(
        !in_panel.iter().any(|(l, _)| l == OPTIONS_LABEL || l == "Worried?"),
        "not the corners: {in_panel:?}"
    );
    let texts = app.world().resource::<Snapshot>().texts.clone();
    assert!(!texts.iter().any(|t| t.text.contains("What should")), "no question text behind the panel");

    app.world_mut().resource_mut::<MirrorRequests>().0.push(MirrorRequest::Activate(answer.to_bits()));
    app.update();
    app.update();
    assert_eq!(session(&app).stage, Stage::Answering, "a press from the page behind the panel does nothing");

    press(&mut app, "Close");
    for _ in 0..3 {
        app.update();
    }
    assert!(offered(&app).iter().any(|(_, role)| *role == "answer"), "closed, the answers are back");
}

/// The rectangle (left, top, right, bottom) of a laid-out node.
fn rect_of(app: &App, entity: Entity) -> Rect {
    let node = app.world().get::<ComputedNode>(entity).unwrap();
    let at = app.world().get::<UiGlobalTransform>(entity).unwrap().translation;
    let size = node.size();
    (at.x - size.x / 2.0, at.y - size.y / 2.0, at.x + size.x / 2.0, at.y + size.y / 2.0)
}

/// Every card of a Sort step sorted into the first box, with the biggest text, at a laptop's
/// and a tablet's size: each card stays wholly inside its box, no box is drawn over
/// another, and nothing runs off the side of the screen.
#[test]
fn every_card_sorted_into_one_box_stays_inside_it() {
    use clickwise_core::Phase;

    for (w, h) in [(1366u32, 768u32), (1024, 768)] {
        let mut app = laid_out_game(w, h, None);
        boot(&mut app);
        press(&mut app, clickwise::access::OPTIONS_LABEL);
        press(&mut app, "Biggest text");
        press(&mut app, "Close");
        new_player(&mut app, "fox");
        let with_sort: Vec<(Phase, String)> = {
            let library = app.world().resource::<clickwise::levels::LevelLibrary>();
            Phase::ALL
                .into_iter()
                .flat_map(|p| library.for_phase(p).map(move |l| (p, l)))
                .filter(|(_, l)| l.steps.iter().any(|s| s.versions().any(|m| matches!(m, Mechanic::Sort(_)))))
                .map(|(p, l)| (p, l.title.en.clone()))
                .collect()
        };
        assert!(!with_sort.is_empty(), "some levels sort cards");
        for (phase, title) in &with_sort {
            open(&mut app, phase.label(), title);
            while screen(&app) == Screen::Play {
                let Mechanic::Sort(sort) = current(&app) else {
                    play_step(&mut app, Way::Safest);
                    press(&mut app, "Next");
                    continue;
                };
                let s = session(&app);
                let first_box = s.fill(&sort.bins[0].text);
                for card in &sort.cards {
                    press(&mut app, &s.fill(&card.text));
                    press(&mut app, &first_box);
                }
                for _ in 0..3 {
                    app.update();
                }
                let where_ = format!("{title} at {w}×{h}");
                let boxes: Vec<(Entity, String)> = {
                    let world = app.world_mut();
                    world
                        .query::<(Entity, &Widget)>()
                        .iter(world)
                        .filter(|(_, wd)| wd.role == "bin")
                        .map(|(e, wd)| (e, wd.label.clone()))
                        .collect()
                };
                for (i, (a, a_label)) in boxes.iter().enumerate() {
                    let ra = rect_of(&app, *a);
                    assert!(
                        ra.0 >= -0.5 && ra.2 <= w as f32 + 0.5,
                        "{where_}: box {a_label:?} runs off the side: {ra:?}"
                    );
                    for (b, b_label) in &boxes[i + 1..] {
                        let rb = rect_of(&app, *b);
                        let overlap =
                            ra.0 < rb.2 - 0.5 && rb.0 < ra.2 - 0.5 && ra.1 < rb.3 - 0.5 && rb.1 < ra.3 - 0.5;
                        assert!(
                            !overlap,
                            "{where_}: boxes {a_label:?} {ra:?} and {b_label:?} {rb:?} overlap"
                        );
                    }
                }
                let first = boxes.iter().find(|(_, l)| *l == first_box).expect("the first box").0;
                let inside = rect_of(&app, first);
                let cards: Vec<(Entity, String)> = {
                    let world = app.world_mut();
                    world
                        .query::<(Entity, &Widget, &ChildOf)>()
                        .iter(world)
                        .filter(|(_, wd, parent)| wd.role == "card" && parent.parent() == first)
                        .map(|(e, wd, _)| (e, wd.label.clone()))
                        .collect()
                };
                assert_eq!(cards.len(), sort.cards.len(), "{where_}: every card is in the first box");
                for (card, label) in cards {
                    let r = rect_of(&app, card);
                    let within = r.0 >= inside.0 - 0.5
                        && r.2 <= inside.2 + 0.5
                        && r.1 >= inside.1 - 0.5
                        && r.3 <= inside.3 + 0.5;
                    assert!(within, "{where_}: card {label:?} {r:?} spills out of its box {inside:?}");
                }
                press(&mut app, "Check my sorting");
                press(&mut app, "Next");
            }
            press(&mut app, "Choose another level");
        }
    }
}

/// A page taller than the window says there is more below, and a tap on that scrolls
/// down; at the end of the page the cue goes.
#[test]
fn a_long_page_says_more_is_below_until_its_end() {
    use clickwise::theme::MORE_BELOW_LABEL;

    let mut app = laid_out_game(1024, 768, None);
    boot(&mut app);
    for _ in 0..3 {
        app.update();
    }
    assert!(!labels(&mut app).contains(&MORE_BELOW_LABEL.to_string()), "the title fits: no cue");
    new_player(&mut app, "fox");
    for _ in 0..4 {
        app.update();
    }
    let shown = |app: &mut App| {
        let world = app.world_mut();
        world
            .query::<(&Widget, &ComputedNode, &InheritedVisibility)>()
            .iter(world)
            .any(|(w, n, v)| w.label == MORE_BELOW_LABEL && n.size().y > 0.0 && v.get())
    };
    assert!(shown(&mut app), "sixteen levels don't fit: the cue shows");
    let scrolled = |app: &mut App| {
        let world = app.world_mut();
        world
            .query_filtered::<&ScrollPosition, With<bevy::ui_widgets::ScrollArea>>()
            .iter(world)
            .map(|p| p.y)
            .fold(0.0, f32::max)
    };
    let mut taps = 0;
    while shown(&mut app) && taps < 10 {
        let before = scrolled(&mut app);
        press(&mut app, MORE_BELOW_LABEL);
        for _ in 0..3 {
            app.update();
        }
        assert!(scrolled(&mut app) > before, "a tap scrolls down");
        taps += 1;
    }
    assert!(!shown(&mut app), "at the end of the page the cue has gone (after {taps} taps)");
}

/// The map with a real pointer: a tap on a place walks the avatar there (it moves over
/// the next frames, then stops) and opens the place's levels.
#[test]
fn a_tap_on_a_place_walks_the_avatar_there() {
    let mut app = laid_out_game(1024, 768, None);
    boot(&mut app);
    new_player(&mut app, "fox");
    let place = {
        let library = app.world().resource::<clickwise::levels::LevelLibrary>();
        library.world_of(clickwise_core::Phase::Ks1).expect("a world").places[1].clone()
    };
    let label = labels(&mut app).into_iter().find(|l| l.starts_with(&format!("{}:", place.name.en))).unwrap();
    tap(&mut app, &label, Timing::Unhurried);
    assert_eq!(app.world().resource::<clickwise::screens::MapState>().at.as_deref(), Some(place.id.as_str()));
    let first_level = app
        .world()
        .resource::<clickwise::levels::LevelLibrary>()
        .get(&place.levels[0])
        .unwrap()
        .title
        .en
        .clone();
    assert!(labels(&mut app).contains(&first_level), "its levels open");
    let walker = |app: &mut App| {
        let world = app.world_mut();
        let mut q = world.query::<(&Name, &Node)>();
        q.iter(world)
            .find(|(n, _)| n.as_str() == "you, on the map")
            .map(|(_, node)| node.left)
            .expect("the avatar")
    };
    let mut positions = Vec::new();
    for _ in 0..40 {
        positions.push(walker(&mut app));
        app.update();
    }
    positions.dedup();
    assert!(positions.len() > 2, "the avatar walks over several frames: {positions:?}");
    assert_eq!(positions.last(), Some(&Val::Percent(8.0 + place.x * 0.84)), "and stops at the place");
}
