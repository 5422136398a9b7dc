//! The classroom from the pupil's side, against a stand-in class server (and once against
//! the real one, in-process): joining with the
//! code, a login card and its PIN; assigned levels first; results sent exactly once, queued
//! in the save while the server can't be reached; join and home-practice links.

use crate::common::play::*;
use crate::common::*;
use bevy::prelude::*;
use clickwise::classroom::{HttpRequest, Net, TEACHER_CAN_SEE};
use clickwise::config::LaunchParams;
use clickwise::screens::Screen;
use clickwise::{GameConfig, MemorySaves, StoreKind};
use clickwise_core::classroom::*;
use clickwise_core::{Lang, Phase};
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

/// What the pupil is told their teacher sees, in English (the game's message).
fn teacher_can_see() -> String {
    clickwise_core::i18n::game(Lang::En).get(TEACHER_CAN_SEE)
}

const CODE: &str = "482913";
const PIN: &str = "5071";

/// What the stand-in server knows and has been sent.
#[derive(Default)]
struct Class {
    offline: bool,
    /// Answer every result with 422, as a server does for a log it won't take.
    refuse_results: bool,
    stored: BTreeMap<String, ResultSubmission>,
    posts: u32,
    tokens_seen: Vec<String>,
    /// The class's language, as its teacher set it.
    lang: Lang,
    /// Answer joining with this status and an English error text, as a server does for a
    /// request it won't take.
    join_refused: Option<u16>,
}

fn serve(class: &Arc<Mutex<Class>>, request: &HttpRequest) -> Result<(u16, String), String> {
    let mut class = class.lock().unwrap();
    if class.offline {
        return Err("network is down".into());
    }
    let json = |v: &dyn erased::Json| Ok((200, v.json()));
    match (request.method, request.path.as_str()) {
        ("POST", "/api/join") if class.join_refused.is_some() => {
            let status = class.join_refused.unwrap_or(400);
            Ok((status, r#"{"error":"the request isn't the JSON expected (server words)"}"#.into()))
        }
        ("POST", "/api/join") => {
            let body: JoinRequest = serde_json::from_str(request.body.as_deref().unwrap()).unwrap();
            if body.code != CODE {
                return Ok((404, r#"{"error":"no class has that code"}"#.into()));
            }
            json(&JoinReply {
                class_name: "Class 2 <Oak>".into(),
                phase: Phase::Ks1,
                cards: vec![
                    Card {
                        pupil_id: 7,
                        nickname: "Happy Otter".into(),
                        avatar: "otter".into(),
                        colour: "blue".into(),
                    },
                    Card {
                        pupil_id: 8,
                        nickname: "Brave Panda".into(),
                        avatar: "panda".into(),
                        colour: "orange".into(),
                    },
                ],
                lang: class.lang,
            })
        }
        ("POST", "/api/pupil/sign-in") => {
            let body: SignInRequest = serde_json::from_str(request.body.as_deref().unwrap()).unwrap();
            if body.pupil_id == 8 {
                // Brave Panda's card is locked after wrong PINs (in the server's own words).
                return Ok((423, r#"{"error":"card locked (server words)"}"#.into()));
            }
            if body.code != CODE || body.pupil_id != 7 || body.pin != PIN {
                return Ok((401, r#"{"error":"wrong PIN"}"#.into()));
            }
            json(&SignInReply {
                token: "token-7".into(),
                nickname: "Happy Otter".into(),
                avatar: "otter".into(),
                class_name: "Class 2 <Oak>".into(),
                phase: Phase::Ks1,
                assigned: vec![Assigned {
                    level_id: "ks1-spot-the-trick".into(),
                    due: Some("2026-12-04".into()),
                }],
            })
        }
        ("GET", "/api/pupil/me") => Ok((500, "{}".into())),
        ("POST", "/api/results") if class.refuse_results => {
            class.posts += 1;
            Ok((422, r#"{"error":"the choice log doesn't fit the level"}"#.into()))
        }
        ("POST", "/api/results") => {
            class.tokens_seen.push(request.token.clone().unwrap_or_default());
            class.posts += 1;
            let body: ResultSubmission = serde_json::from_str(request.body.as_deref().unwrap()).unwrap();
            let duplicate = class.stored.insert(body.attempt_id.clone(), body).is_some();
            json(&ResultReply { points: 9, max_points: 9, stars: 3, duplicate })
        }
        other => panic!("unexpected request {other:?}"),
    }
}

/// Tiny helper so `serve` can turn any reply type into JSON.
mod erased {
    pub trait Json {
        fn json(&self) -> String;
    }
    impl<T: serde::Serialize> Json for T {
        fn json(&self) -> String {
            serde_json::to_string(self).unwrap()
        }
    }
}

fn class_game(
    saves: Option<Arc<Mutex<MemorySaves>>>,
    launch: LaunchParams,
) -> (App, Arc<Mutex<MemorySaves>>, Arc<Mutex<Class>>) {
    let mut config = GameConfig::for_tests(LEVELS, None, SEED);
    if let Some(saves) = saves {
        config.store = StoreKind::Memory(saves);
    }
    config.launch = launch;
    let StoreKind::Memory(saves) = config.store.clone() else { unreachable!() };
    let mut app = clickwise::headless_app(config);
    let class = Arc::new(Mutex::new(Class::default()));
    let server = class.clone();
    app.insert_resource(Net::fake(move |request| serve(&server, request)));
    (app, saves, class)
}

fn type_digits(app: &mut App, digits: &str) {
    for d in digits.chars() {
        press(app, &d.to_string());
    }
}

/// From the title: join the class as Happy Otter.
fn join(app: &mut App) {
    press(app, "Join my class");
    assert_eq!(screen(app), Screen::JoinClass);
    assert!(all_text(app).contains(&teacher_can_see()), "told before anything is sent");
    type_digits(app, CODE);
    press(app, "Next");
    press(app, "Happy Otter");
    type_digits(app, PIN);
    press(app, "Next");
    app.update();
    assert_eq!(screen(app), Screen::Levels);
}

fn play_assigned_level(app: &mut App) {
    // Set by the teacher, it is on the map's "From your teacher"; otherwise in All levels.
    if !labels(app).iter().any(|l| l == "Spot the Trick") {
        press(app, "All levels");
    }
    press(app, "Spot the Trick");
    press(app, "Start");
    while screen(app) == Screen::Play {
        play_step(app, Way::Safest);
        press(app, "Next");
    }
    assert_eq!(screen(app), Screen::Results);
}

#[test]
fn a_pupil_joins_with_the_code_their_card_and_its_pin() {
    let (mut app, saves, _) = class_game(None, LaunchParams::default());
    boot(&mut app);
    join(&mut app);

    let text = all_text(&mut app);
    assert!(text.contains("From your teacher") && text.contains("Due 4 December"), "{text}");
    assert!(text.contains(&teacher_can_see()), "the level list says the teacher can see results");
    // The assigned level is listed once, before the rest.
    assert_eq!(labels(&mut app).iter().filter(|l| *l == "Spot the Trick").count(), 1);

    let data = saved_data(&saves);
    let profile = data.active_profile().expect("the card became a profile");
    assert_eq!((profile.nickname.as_str(), profile.phase), ("Happy Otter", Some(Phase::Ks1)));
    let class = profile.class.as_ref().expect("linked to the class");
    assert_eq!((class.code.as_str(), class.pupil_id, class.token.as_str()), (CODE, 7, "token-7"));
}

#[test]
fn a_locked_card_is_explained_in_the_games_own_words() {
    let (mut app, saves, _) = class_game(None, LaunchParams::default());
    boot(&mut app);
    press(&mut app, "Join my class");
    type_digits(&mut app, CODE);
    press(&mut app, "Next");
    press(&mut app, "Brave Panda");
    type_digits(&mut app, "1234");
    press(&mut app, "Next");
    let text = all_text(&mut app);
    assert!(text.contains("This card is locked") && text.contains("Ask your teacher to unlock it"), "{text}");
    assert!(!text.contains("server words"), "the game's words, in the pupil's language, not the server's");
    assert!(saves.lock().unwrap().save.is_none());
}

#[test]
fn a_wrong_code_or_pin_gets_a_calm_message_and_another_go() {
    let (mut app, saves, _) = class_game(None, LaunchParams::default());
    boot(&mut app);
    press(&mut app, "Join my class");
    type_digits(&mut app, "111111");
    press(&mut app, "Next");
    assert!(all_text(&mut app).contains("couldn't find a class with that code"));
    for _ in 0..6 {
        press(&mut app, "Delete");
    }
    type_digits(&mut app, CODE);
    press(&mut app, "Next");
    press(&mut app, "Happy Otter");
    type_digits(&mut app, "0000");
    press(&mut app, "Next");
    assert!(all_text(&mut app).contains("PIN doesn't match"));
    assert_eq!(screen(&app), Screen::JoinClass);
    assert!(all_text(&mut app).contains("_ _ _ _"), "the wrong PIN was cleared");
    assert!(saves.lock().unwrap().save.is_none(), "nothing saved until the PIN matched");
    // Back goes to the cards, then the code, then the title.
    press(&mut app, "Back");
    assert!(labels(&mut app).contains(&"Brave Panda".to_string()));
    press(&mut app, "Back");
    press(&mut app, "Back");
    assert_eq!(screen(&app), Screen::Title);
}

#[test]
fn results_wait_in_the_save_while_offline_and_are_sent_exactly_once() {
    let (mut app, saves, class) = class_game(None, LaunchParams::default());
    boot(&mut app);
    join(&mut app);
    class.lock().unwrap().offline = true;
    play_assigned_level(&mut app);
    app.update();
    assert!(all_text(&mut app).contains("It will go to your teacher as soon as"));
    let waiting = saved_data(&saves).outbox;
    assert_eq!(waiting.len(), 1, "the result is kept in the save");
    assert_eq!(waiting[0].submission.level_id, "ks1-spot-the-trick");

    // The tab is closed; next lesson the game opens again and the network is back.
    drop(app);
    let (mut app, _, class2) = class_game(Some(saves.clone()), LaunchParams::default());
    boot(&mut app);
    for _ in 0..5 {
        app.update();
    }
    let c = class2.lock().unwrap();
    assert_eq!(c.stored.len(), 1, "the queued result arrived");
    assert_eq!(c.posts, 1, "and was sent once");
    assert_eq!(c.tokens_seen, ["token-7"]);
    let sent = &c.stored[&waiting[0].submission.attempt_id];
    assert_eq!(sent.choices, waiting[0].submission.choices, "with its full choice log");
    drop(c);
    assert!(saved_data(&saves).outbox.is_empty(), "and left the outbox");
    let _ = class;
}

#[test]
fn a_result_sent_while_online_reaches_the_teacher_straight_away() {
    let (mut app, saves, class) = class_game(None, LaunchParams::default());
    boot(&mut app);
    join(&mut app);
    play_assigned_level(&mut app);
    app.update();
    app.update();
    assert!(all_text(&mut app).contains("Sent to your teacher."));
    assert_eq!(class.lock().unwrap().posts, 1);
    assert!(saved_data(&saves).outbox.is_empty());
}

/// A result the server refuses for good is never shown as sent: the pupil is told plainly,
/// it leaves the outbox (no retrying for ever) and is kept on the device as refused. The
/// first try the device decided travels with the result.
#[test]
fn a_refused_result_is_shown_honestly_and_kept_on_the_device() {
    let (mut app, saves, class) = class_game(None, LaunchParams::default());
    class.lock().unwrap().refuse_results = true;
    boot(&mut app);
    join(&mut app);
    play_assigned_level(&mut app);
    app.update();
    app.update();
    let text = all_text(&mut app);
    assert!(!text.contains("Sent to your teacher."), "a refused result is not 'sent': {text}");
    assert!(text.contains("Your teacher's server didn't accept this result"), "{text}");
    assert_eq!(class.lock().unwrap().posts, 1, "sent once, not retried");
    let saved = saved_data(&saves);
    assert!(saved.outbox.is_empty(), "it left the outbox");
    assert_eq!(saved.refused.len(), 1, "and is kept as refused");
    assert_eq!(saved.refused[0].status, 422);
    assert_eq!(saved.refused[0].reason, "the choice log doesn't fit the level");
    assert_eq!(saved.refused[0].pending.submission.first_try, Some(true), "the device's first try");
    // A teacher can see what didn't arrive, on the device.
    press(&mut app, "Choose another level");
    press(&mut app, "Change player");
    assert_eq!(screen(&app), Screen::Title);
    press(&mut app, "Grown-ups: get help");
    press(&mut app, "What was played here");
    let text = all_text(&mut app);
    assert!(text.contains("1 result didn't reach the teacher"), "{text}");
    let why = clickwise_core::i18n::game(Lang::En).get("reply-not-accepted");
    assert!(text.contains(&format!("Spot the Trick: {why}")), "the game's own words: {text}");
    assert!(!text.contains("the choice log doesn't fit"), "never the server's English: {text}");
}

/// A request the server won't take (400, 413, 422, or any other status) is explained in
/// the game's own words in the pupil's language, English or Welsh: never the server's
/// English text, which is for its logs.
#[test]
fn a_refused_request_is_explained_in_the_games_words_in_either_language() {
    for lang in [Lang::En, Lang::Cy] {
        let words = clickwise_core::i18n::game(lang);
        for status in [400, 413, 422, 403, 418, 503] {
            let launch = LaunchParams { lang: Some(lang), ..Default::default() };
            let (mut app, saves, class) = class_game(None, launch);
            class.lock().unwrap().join_refused = Some(status);
            boot(&mut app);
            press(&mut app, &words.get("join-my-class"));
            type_digits(&mut app, CODE);
            press(&mut app, &words.get("button-next"));
            app.update();
            let text = all_text(&mut app);
            let said = words.format(reply_message(status), &[("status", status.into())]);
            assert!(text.contains(&said), "{lang:?} {status}: “{said}” in {text}");
            assert!(!text.contains("server words") && !text.contains("JSON"), "{lang:?} {status}: {text}");
            assert_eq!(screen(&app), Screen::JoinClass, "another go");
            assert!(saves.lock().unwrap().save.is_none());
        }
    }
}

#[test]
fn a_join_link_opens_join_my_class_with_the_code_typed_in() {
    let launch = LaunchParams::from_pairs([("class", CODE.to_string())]);
    let (mut app, _, _) = class_game(None, launch);
    update_until(&mut app, "the join screen", |app| screen(app) == Screen::JoinClass);
    app.update();
    app.update();
    assert!(all_text(&mut app).contains("4 8 2 9 1 3"), "{}", all_text(&mut app));
    press(&mut app, "Next");
    assert!(labels(&mut app).contains(&"Happy Otter".to_string()));
}

/// A home-practice link opens straight onto its levels: no player to make, no age to pick.
/// On a device whose last player is a class card it plays as a guest, so nothing played
/// with the link goes to the class server.
#[test]
fn a_home_practice_link_opens_its_levels_with_no_player_to_make() {
    use clickwise::screens::{GUEST_ID, GUEST_NICKNAME};
    use clickwise_core::progress::{Profile, SaveData, to_text};

    let mut pupil = Profile::new("c482913-7", "Happy Otter", "otter");
    pupil.phase = Some(Phase::UpperKs2);
    pupil.class = Some(ClassLink {
        code: CODE.into(),
        pupil_id: 7,
        token: "token-7".into(),
        class_name: "Class 2".into(),
        assigned: Vec::new(),
    });
    let mut save = SaveData::new();
    save.add_profile(pupil);
    for saved in [None, Some(to_text(&save))] {
        let saves = Arc::new(Mutex::new(MemorySaves { save: saved.clone(), kept_aside: Vec::new() }));
        let launch = LaunchParams::from_pairs([("practice", "ks1-game-chat.not-a-level".to_string())]);
        let (mut app, saves, class) = class_game(Some(saves), launch);
        update_until(&mut app, "the levels", |app| screen(app) == Screen::Levels);
        app.update();
        app.update();
        let text = all_text(&mut app);
        assert!(text.contains("Home practice") && text.contains(GUEST_NICKNAME), "{text}");
        assert_eq!(labels(&mut app).iter().filter(|l| *l == "Chat in the Game").count(), 1);
        let data = saved_data(&saves);
        assert_eq!(data.practice, ["ks1-game-chat", "not-a-level"]);
        let guest = data.active_profile().expect("a player");
        assert_eq!(
            (
                guest.id.as_str(),
                guest.nickname.as_str(),
                guest.avatar.as_str(),
                guest.phase,
                guest.class.is_none()
            ),
            (GUEST_ID, GUEST_NICKNAME, "owl", Some(Phase::Ks1), true),
            "a guest drawn as its animal, the age of the link's levels, in no class"
        );
        assert_eq!(data.profiles.len(), 1 + usize::from(saved.is_some()), "the class card is kept as it was");
        press(&mut app, "Chat in the Game");
        press(&mut app, "Start");
        while screen(&app) == Screen::Play {
            play_step(&mut app, Way::Safest);
            press(&mut app, "Next");
        }
        assert_eq!(screen(&app), Screen::Results);
        app.update();
        assert_eq!(class.lock().unwrap().posts, 0, "nothing played with the link is sent");
        assert!(saved_data(&saves).outbox.is_empty());
    }
}

#[test]
fn grown_ups_see_what_was_played_on_this_device() {
    let (mut app, _, _) = class_game(None, LaunchParams::default());
    boot(&mut app);
    join(&mut app);
    play_assigned_level(&mut app);
    open_played_here(&mut app);
    assert_eq!(screen(&app), Screen::PlayedHere);
    let text = all_text(&mut app);
    assert!(text.contains("Happy Otter") && text.contains("Spot the Trick"), "{text}");
    assert!(text.contains("first try 3 of 3"), "{text}");
    assert!(text.contains("Class 2 <Oak>"), "{text}");
}

/// Against the real class server (its router and a real SQLite file, in-process, as the
/// server's own tests run it): the game's choice log is re-scored by the server's code,
/// the game says "sent" only with the server's answer, and the first try it decided is
/// the one the server stores.
#[test]
fn the_real_class_server_rescores_the_games_result() {
    use axum::body::Body;
    use clickwise_server::db::{classes, pupils, teachers};
    use http_body_util::BodyExt;
    use tower::ServiceExt;

    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let dir = std::env::temp_dir().join(format!("clickwise-game-class-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("dist")).unwrap();
    std::fs::write(dir.join("dist/index.html"), "<!doctype html>").unwrap();
    let config = clickwise_server::Config {
        dist: dir.join("dist"),
        data_dir: dir.join("data"),
        levels: Some(LEVELS.into()),
        ..clickwise_server::Config::default()
    };
    let state = rt.block_on(clickwise_server::open(&config)).expect("the server opens");
    let (code, card) = rt.block_on(async {
        let teacher =
            teachers::create(&state.db, "t@school.example", "a long password").await.unwrap().unwrap();
        let class = classes::create(&state.db, teacher, "Oak", Phase::Ks1).await.unwrap();
        // The PIN as printed: the server keeps only its hash.
        let (_, pin) = pupils::add_cards(&state.db, class.id, 1).await.unwrap().remove(0);
        (class.code, (pupils::list(&state.db, class.id).await.unwrap().remove(0), pin))
    });
    let (card, pin) = card;

    let mut game_config = GameConfig::for_tests(LEVELS, None, SEED);
    let StoreKind::Memory(saves) = game_config.store.clone() else { unreachable!() };
    game_config.launch = LaunchParams::default();
    let mut app = clickwise::headless_app(game_config);
    let router = clickwise_server::app(&config, state.clone());
    app.insert_resource(Net::fake(move |request: &HttpRequest| {
        let mut req = axum::http::Request::builder().method(request.method).uri(&request.path);
        if let Some(token) = &request.token {
            req = req.header("authorization", format!("Bearer {token}"));
        }
        if request.body.is_some() {
            req = req.header("content-type", "application/json");
        }
        let req = req.body(Body::from(request.body.clone().unwrap_or_default())).unwrap();
        rt.block_on(async {
            let res = router.clone().oneshot(req).await.map_err(|e| e.to_string())?;
            let status = res.status().as_u16();
            let bytes = res.into_body().collect().await.map_err(|e| e.to_string())?.to_bytes();
            Ok((status, String::from_utf8_lossy(&bytes).into_owned()))
        })
    }));

    boot(&mut app);
    press(&mut app, "Join my class");
    type_digits(&mut app, &code);
    press(&mut app, "Next");
    press(&mut app, &card.nickname);
    type_digits(&mut app, &pin);
    press(&mut app, "Next");
    app.update();
    assert_eq!(screen(&app), Screen::Levels, "joined with the real server's card and PIN");
    play_assigned_level(&mut app);
    app.update();
    app.update();
    assert!(all_text(&mut app).contains("Sent to your teacher."), "{}", all_text(&mut app));
    let clickwise::play::Stage::Finished(score) = session(&app).stage else { panic!("finished") };
    assert!(saved_data(&saves).outbox.is_empty());

    let check = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let stored = check.block_on(clickwise_server::db::results::for_pupil(&state.db, card.id)).unwrap();
    assert_eq!(stored.len(), 1, "stored once");
    let r = &stored[0];
    assert_eq!(
        (r.points, r.max_points, r.first_try),
        (score.points, score.max, true),
        "the server's score is the game's"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// A class whose teacher set it to Welsh: from the cards on, the join screen is in Welsh,
/// and the player made from the card plays in Welsh (and keeps it, saved).
#[test]
fn a_welsh_class_makes_welsh_players() {
    let (mut app, saves, class) = class_game(None, LaunchParams::default());
    class.lock().unwrap().lang = Lang::Cy;
    boot(&mut app);
    press(&mut app, "Join my class");
    type_digits(&mut app, CODE);
    press(&mut app, "Next");
    let text = all_text(&mut app);
    assert!(text.contains("Chwilia am dy gerdyn"), "the cards are in the class's language: {text}");
    assert!(text.contains(&clickwise_core::i18n::game(Lang::Cy).get(TEACHER_CAN_SEE)), "{text}");
    // The card's nickname in Welsh ("Happy Otter" is stored; the otter comes first).
    assert!(!text.contains("Happy Otter"), "{text}");
    press(&mut app, "Dyfrgi Hapus");
    type_digits(&mut app, PIN);
    press(&mut app, "Nesaf");
    app.update();
    assert_eq!(screen(&app), Screen::Levels);
    assert_eq!(app.world().resource::<clickwise::CurrentLang>().0, Lang::Cy);
    let text = all_text(&mut app);
    assert!(text.contains("Gan dy athro"), "the map is in Welsh");
    assert!(
        text.contains("Dyfrgi Hapus") && !text.contains("Happy Otter"),
        "and greets them in Welsh: {text}"
    );
    let saved = saved_data(&saves).active_profile().cloned().expect("the pupil");
    assert_eq!(
        (saved.lang, saved.nickname.as_str()),
        (Lang::Cy, "Happy Otter"),
        "the card's own nickname is kept"
    );
}
