//! A tiny levels folder written by the tests themselves: one KS1 level and the worlds
//! with their badges, and a way to play the level. The tests that use it don't change
//! when `levels/` is rewritten.

use clickwise_core::scoring::{ChoiceRecord, LevelRun};
use clickwise_core::{Level, Mechanic, Outcome};
use std::path::{Path, PathBuf};

/// The level, with a Choice step and a Settings step.
pub const LEVEL: &str = "tiny-settings";

/// `ask` (a Choice: `tell` is safe for 3 points, `click` risky for 0) leads to `setup`, a
/// Settings step: `who` can see the profile (start `everyone`; `friends` and `nobody` are
/// both safe, 1 point) and `location` (start `on`; `off` is safe, 1 point).
pub const LEVEL_RON: &str = r#"(
    id: "tiny-settings",
    title: "Tiny settings",
    phase: Ks1,
    topics: [Privacy],
    objective: "I can keep my things private.",
    teacher_notes: (
        discussion: ["Who should see your things?"],
        watch_for: ["Pupils who share everything."],
        safeguarding: "Pass any concern to your Designated Safeguarding Lead.",
    ),
    intro: "{child} gets a new game.",
    icon: "game",
    cast: [(role: "child", avatars: ["fox"])],
    start: "ask",
    steps: [
        (
            id: "ask",
            mechanic: Choice((
                message: "Click here for a free prize!",
                question: "What should {child} do?",
                options: [
                    (id: "tell", text: "Tell a grown-up", outcome: Safe, points: 3, why: "A grown-up can check it.", next: "setup"),
                    (id: "click", text: "Click the free prize", outcome: Risky, points: 0, why: "Free prizes can be tricks.", next: "setup",
                        consequence: Some((beats: [(picture: "popup", count: 3, text: "Lots of pop-ups appear.")], then: "{child} tells a grown-up."))),
                ],
            )),
        ),
        (
            id: "setup",
            mechanic: Settings((
                app: "Game",
                task: "Help {child} set up the game.",
                settings: [
                    (
                        id: "who",
                        label: "Who can see my profile",
                        options: [
                            (id: "everyone", text: "Everyone", effect: "Anyone can see it."),
                            (id: "friends", text: "Friends", effect: "Only friends can see it."),
                            (id: "nobody", text: "Nobody", effect: "No one can see it."),
                        ],
                        start: "everyone",
                        safe: ["friends", "nobody"],
                        why: "Only people you know should see your things.",
                    ),
                    (
                        id: "location",
                        label: "Share where I am",
                        options: [
                            (id: "on", text: "On", effect: "Everyone knows where you are."),
                            (id: "off", text: "Off", effect: "Where you are stays private."),
                        ],
                        start: "on",
                        safe: "off",
                        why: "Where you are is private.",
                    ),
                ],
            )),
            consequence: Some((
                beats: [(picture: "eyes", text: "Strangers can see {child}'s profile.")],
                then: "{child} and a grown-up change the settings.",
            )),
        ),
    ],
    help: "If something worries you, tell a grown-up you trust.",
)"#;

const CAST: &str = r#"cast: [
        (id: "ava", name: "Ava", avatar: "girl", personality: Checks, about: "Ava stops and looks."),
        (id: "leo", name: "Leo", avatar: "boy", personality: Rushes, about: "Leo is quick."),
        (id: "gran", name: "Gran", avatar: "grandma", personality: Kind, about: "Gran listens."),
    ],"#;

/// KS1: three badges, one with characters HTML and spreadsheets treat specially.
pub fn world_ks1() -> String {
    format!(
        r#"(
    phase: Ks1,
    name: "Test Street",
    {CAST}
    places: [(id: "home", name: "Home", icon: "house", x: 10, y: 10, levels: ["{LEVEL}"])],
    badges: [
        (strand: "pi", name: "Keep it private", icon: "padlock", can: "I can keep my password safe."),
        (strand: "ms", name: "Trick <spotter> & co", icon: "magnifier", can: "I can spot a trick & ask a grown-up."),
        (strand: "or", name: "=Good friend", icon: "handshake", can: "I can ask before I talk to someone new."),
    ],
)"#
    )
}

/// UKS2: one badge, so a badge of another phase than the class's is known too.
pub fn world_uks2() -> String {
    format!(
        r#"(
    phase: UpperKs2,
    name: "Test City",
    {CAST}
    places: [],
    badges: [
        (strand: "pi", name: "Password pro", icon: "padlock", can: "I can make a strong password."),
    ],
)"#
    )
}

/// Writes the folder inside `dir` and returns its path.
pub fn write(dir: &Path) -> PathBuf {
    let levels = dir.join("levels");
    std::fs::create_dir_all(&levels).unwrap();
    std::fs::write(levels.join("catalogue.ron"), format!("(levels: [\"{LEVEL}.level.ron\"])")).unwrap();
    std::fs::write(levels.join(format!("{LEVEL}.level.ron")), LEVEL_RON).unwrap();
    std::fs::write(levels.join("world-ks1.ron"), world_ks1()).unwrap();
    std::fs::write(levels.join("world-uks2.ron"), world_uks2()).unwrap();
    // Rules over a whole catalogue (a Feed level in each age group…) are reported, but
    // don't leave a level out: what matters here is that the level and badges load.
    let (loaded, problems) = clickwise_server::levels::Levels::load(&levels);
    assert!(loaded.get(LEVEL).is_some(), "the tiny level loads: {problems:#?}");
    assert_eq!(loaded.badges.len(), 4, "the tiny worlds' badges load: {problems:#?}");
    levels
}

/// The tiny level, read straight from its text.
pub fn level() -> Level {
    let file = format!("{LEVEL}.level.ron");
    clickwise_core::load::load_level(LEVEL_RON, &file, &clickwise_core::validate::AnyAssets)
        .unwrap_or_else(|e| panic!("{file}: {e:?}"))
}

/// The log of playing `level` (of Choice and Settings steps) the safest or the riskiest
/// way: the best option, or the worst; every setting to its first safe option, or left
/// on (or moved to) one that isn't safe.
pub fn play(level: &Level, safest: bool) -> Vec<ChoiceRecord> {
    let mut run = LevelRun::new(level);
    while let Some(step) = run.current_step() {
        match &step.mechanic {
            Mechanic::Choice(c) => {
                let rank = |o: &&clickwise_core::AnswerOption| (o.outcome == Outcome::Safe, o.points);
                let pick = if safest {
                    c.options.iter().max_by_key(rank)
                } else {
                    c.options.iter().min_by_key(rank)
                };
                run.choose(&pick.unwrap().id.clone()).unwrap();
            }
            Mechanic::Settings(settings) => {
                let picks = settings
                    .settings
                    .iter()
                    .map(|s| {
                        let value = if safest {
                            &s.safe[0]
                        } else {
                            &s.options
                                .iter()
                                .find(|o| !s.is_safe(&o.id))
                                .expect("an option that isn't safe")
                                .id
                        };
                        format!("{}={value}", s.id)
                    })
                    .collect();
                let record = ChoiceRecord { step: step.id.clone(), picks, ..Default::default() };
                run.submit(record).unwrap();
            }
            _ => panic!("{}: play knows Choice and Settings steps only", level.id),
        }
    }
    run.log().to_vec()
}
