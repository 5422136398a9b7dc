//! The teacher's pages in Welsh: a teacher switches to Cymraeg in the header and the
//! dashboard, a pupil's page, the login cards and both CSV files are Welsh, level texts
//! included (a level's title, its flag, its discussion questions); before signing in, the
//! browser's Accept-Language picks Welsh; the switch won't send anyone off the site.

mod common;

use axum::http::{StatusCode, header};
use common::lesson::{self, send};
use common::*;
use std::path::{Path, PathBuf};

const T: u64 = 1_790_000_000_000;
const WELSH: &str = "welsh-lesson";

/// A level in both languages: a Choice (`no` safe, `say` risky and flagged), then a Report.
const WELSH_RON: &str = r#"(
    id: "welsh-lesson",
    title: (en: "My street", cy: "Fy stryd i"),
    phase: Ks1,
    topics: [Privacy],
    statements: ["pi-ks1-private"],
    dcf: ["dcf-identity"],
    objective: (en: "I keep where I live private.", cy: "Rwy'n cadw lle rwy'n byw yn breifat."),
    teacher_notes: (
        discussion: [(en: "Who can {child} tell about her street?", cy: "Wrth bwy all {child} ddweud am ei stryd?")],
        watch_for: [(en: "Pupils who say where they live.", cy: "Disgyblion sy'n dweud lle maen nhw'n byw.")],
        safeguarding: (en: "Pass any worry to your Designated Safeguarding Lead.", cy: "Rhowch unrhyw bryder i'ch Arweinydd Diogelu Dynodedig (DSL)."),
    ),
    intro: (en: "{child} plays a game.", cy: "Mae {child} yn chwarae gêm."),
    icon: "game",
    cast: [(role: "child", is: "ava")],
    start: "where",
    steps: [
        (
            id: "where",
            mechanic: Choice((
                message: (en: "A player asks: what is your street?", cy: "Mae chwaraewr yn gofyn: beth yw dy stryd?"),
                question: (en: "What should {child} do?", cy: "Beth ddylai {child} ei wneud?"),
                options: [
                    (id: "no", text: (en: "Say no and tell a grown-up", cy: "Dweud na a dweud wrth oedolyn"), outcome: Safe, points: 3,
                        why: (en: "Yes. Where we live is private.", cy: "Cywir. Mae lle rydyn ni'n byw yn breifat."), next: Some("tell")),
                    (id: "say", text: (en: "Say the name of her street", cy: "Dweud enw ei stryd"), outcome: Risky,
                        flag: Some((en: "Telling a player her street", cy: "Dweud ei stryd wrth chwaraewr")), points: 0,
                        why: (en: "Where we live is private.", cy: "Mae lle rydyn ni'n byw yn breifat."), next: Some("tell"),
                        consequence: Some((beats: [(picture: "house", text: (en: "The player knows the street now.", cy: "Mae'r chwaraewr yn gwybod y stryd nawr."))],
                            then: (en: "{child} tells a grown-up.", cy: "Mae {child} yn dweud wrth oedolyn.")))),
                ],
            )),
        ),
        (
            id: "tell",
            mechanic: Report((
                form: WhoToTell,
                situation: (en: "A player asked about the street of {child}.", cy: "Gofynnodd chwaraewr am stryd {child}."),
                questions: [(
                    id: "who",
                    question: (en: "Who can {child} tell?", cy: "Wrth bwy all {child} ddweud?"),
                    answers: [
                        (id: "grown-up", text: (en: "A grown-up", cy: "Oedolyn"), outcome: Safe, points: 3, why: (en: "Yes! A grown-up can help.", cy: "Ie! Gall oedolyn helpu.")),
                        (id: "nobody", text: (en: "Nobody", cy: "Neb"), outcome: Unsure, points: 0, why: (en: "A grown-up can always help.", cy: "Gall oedolyn helpu bob amser.")),
                    ],
                )],
            )),
        ),
    ],
    help: (en: "If something worries you, tell a grown-up you trust.", cy: "Os oes rhywbeth yn dy boeni, dywed wrth oedolyn rwyt ti'n ymddiried ynddo."),
)"#;

/// The lesson folder with the Welsh level added to its catalogue.
fn write(dir: &Path) -> PathBuf {
    let levels = lesson::write(dir);
    std::fs::write(levels.join(format!("{WELSH}.level.ron")), WELSH_RON).unwrap();
    let catalogue = std::fs::read_to_string(levels.join("catalogue.ron")).unwrap();
    let catalogue = catalogue.replace("])", &format!(", \"{WELSH}.level.ron\"])"));
    std::fs::write(levels.join("catalogue.ron"), catalogue).unwrap();
    let (loaded, problems) = clickwise_server::levels::Levels::load(&levels);
    assert!(loaded.get(WELSH).is_some(), "the Welsh level loads: {problems:#?}");
    levels
}

/// The Welsh level played the flagged way.
fn flagged() -> Vec<clickwise_core::scoring::ChoiceRecord> {
    use clickwise_core::scoring::ChoiceRecord;
    vec![
        ChoiceRecord { step: "where".into(), option: "say".into(), ..Default::default() },
        ChoiceRecord { step: "tell".into(), picks: vec!["who=grown-up".into()], ..Default::default() },
    ]
}

fn assert_welsh(what: &str, page: &str, welsh: &[&str], english: &[&str]) {
    for w in welsh {
        assert!(page.contains(w), "{what} should say “{w}”:\n{page}");
    }
    for e in english {
        assert!(!page.contains(e), "{what} should no longer say “{e}”:\n{page}");
    }
}

#[tokio::test]
async fn a_teacher_who_switches_to_cymraeg_gets_welsh_pages_and_csv_files() {
    let s = Server::start_with("welsh-pages", write).await;
    let teacher = s.teacher("athro@ysgol.example").await;
    let (id, code) = lesson::class(&s, &teacher, "Derw", 2, &[(WELSH, "2099-12-04")]).await;
    let (pupil, _nickname, token) = lesson::pupil(&s, &code, 0).await;
    send(&s, &token, "attempt-cy-1", WELSH, flagged(), T, true).await;

    // English first: the level's English title and flag.
    let page = s.get(&format!("/teacher/classes/{id}"), &teacher).await.body;
    assert!(page.contains("<html lang=\"en-GB\"") && page.contains("My street"));
    assert!(page.contains("Telling a player her street") && page.contains("Needs a word"));

    // The header's switch, back to the dashboard.
    let csrf = s.csrf(&teacher).await;
    let back = format!("/teacher/classes/{id}");
    let switched =
        s.post_form("/teacher/language", &teacher, &format!("lang=cy&back={back}&csrf={csrf}")).await;
    assert_eq!(switched.status, StatusCode::SEE_OTHER, "{}", switched.body);
    assert_eq!(switched.location(), back);

    let page = s.get(&back, &teacher).await.body;
    assert_welsh(
        "the dashboard",
        &page,
        &[
            "<html lang=\"cy\"",
            "Angen gair",
            "Offer y dosbarth",
            "Cynnydd",
            "Siarad amdano yn y dosbarth",
            "Fy stryd i",
            "Dweud ei stryd wrth chwaraewr",
            "Dweud enw ei stryd",
            "Wrth bwy all Ava ddweud am ei stryd?",
            "Preifatrwydd a diogelwch",
            "Gosodiadau'r dosbarth",
            "Erbyn 4 Rhagfyr",
            "Allgofnodi",
        ],
        &[
            "Needs a word",
            "Class tools",
            "Talk about in class",
            "My street",
            "Telling a player her street",
            "Say the name of her street",
            "Privacy and security",
            "Sign out",
            "Due 4 December",
        ],
    );

    let mine = s.get(&format!("/teacher/classes/{id}/pupils/{pupil}"), &teacher).await.body;
    assert_welsh(
        "the pupil's page",
        &mine,
        &[
            "<html lang=\"cy\"",
            "Lefelau",
            "Cynnig cyntaf",
            "Fy stryd i",
            "Dweud ei stryd wrth chwaraewr",
            "Beth ddylai Ava ei wneud?",
            "Bathodynnau",
        ],
        &["First try", "My street", "Telling a player her street", "What should Ava do?", "Badges"],
    );

    let cards = s.get(&format!("/teacher/classes/{id}/cards"), &teacher).await.body;
    assert_welsh(
        "the cards page",
        &cards,
        &[
            "Cardiau mewngofnodi: Derw",
            "Ychwanegu cardiau",
            "PIN: ar y cerdyn printiedig",
            "Cerdyn glas",
            "Enw:",
        ],
        &["Login cards", "Add cards", "on the printed card", "blue card", "Name:"],
    );

    let results = s.get(&format!("/teacher/classes/{id}/results.csv"), &teacher).await;
    let disposition = results.headers.get(header::CONTENT_DISPOSITION).unwrap().to_str().unwrap();
    assert!(disposition.contains("clickwise-derw-results.csv"), "the file keeps its name: {disposition}");
    let header_row = results.body.lines().next().unwrap();
    assert!(header_row.contains("llysenw") && header_row.contains("angen_gair"), "{header_row}");
    assert!(!header_row.contains("nickname") && !header_row.contains("needs_a_word"), "{header_row}");
    assert_welsh(
        "results.csv",
        &results.body,
        &["Fy stryd i", "Dweud ei stryd wrth chwaraewr", "Preifatrwydd a diogelwch", ",ie,"],
        &["My street", "Telling a player her street", "Privacy and security", ",yes,"],
    );

    let summary = s.get(&format!("/teacher/classes/{id}/summary.csv"), &teacher).await.body;
    let header_row = summary.lines().next().unwrap();
    assert!(
        header_row.contains("llysenw") && header_row.contains("Fy stryd i (cynnig cyntaf)"),
        "{header_row}"
    );
    assert_welsh(
        "summary.csv",
        &summary,
        &["1 o 1", "Yn gweithio tuag ato"],
        &["nickname", "My street", "(first try)", "1 of 1", "Working towards"],
    );

    // The printed pages too: the summary, the home pack, the certificates, the notes.
    let printed = s.get(&format!("/teacher/classes/{id}/summary"), &teacher).await.body;
    assert_welsh(
        "the summary",
        &printed,
        &["Crynodeb y dosbarth: Derw", "Fy stryd i"],
        &["Class summary", "My street"],
    );
    let pack = s.get(&format!("/teacher/classes/{id}/home-pack"), &teacher).await.body;
    assert_welsh(
        "the home pack",
        &pack,
        &["Annwyl riant neu ofalwr", "Rwy'n cadw lle rwy'n byw yn breifat.", "Fy stryd i"],
        &["Dear parent or carer", "I keep where I live private.", "My street"],
    );
    let certificates = s.get(&format!("/teacher/classes/{id}/certificates"), &teacher).await.body;
    assert_welsh("the certificates", &certificates, &["Da iawn, ", "Tystysgrifau: Derw"], &["Well done, "]);
    let notes = s.get("/teacher/notes", &teacher).await.body;
    assert_welsh("the notes", &notes, &["Fy stryd i", "Cadw llygad am"], &["My street", "Watch for"]);

    // And back to English: the setting is the teacher's.
    let csrf = s.csrf(&teacher).await;
    let switched =
        s.post_form("/teacher/language", &teacher, &format!("lang=en&back=/teacher&csrf={csrf}")).await;
    assert_eq!(switched.location(), "/teacher");
    let home = s.get("/teacher", &teacher).await.body;
    assert!(home.contains("Your classes") && !home.contains("Eich dosbarthiadau"));
}

/// The fixed words of the English finding sentences (`finding-…` in `server.ftl`): each
/// piece between their variables with a letter in it, such as "Missed the clue “".
fn english_frames() -> Vec<String> {
    use clickwise_core::i18n::{Arg, server};
    const MARK: &str = "\u{E000}";
    let variables = ["text", "label", "effect", "card", "box", "right", "move", "from", "contact", "said"];
    let args: Vec<(&str, Arg)> = variables.iter().map(|v| (*v, MARK.into())).collect();
    let keys = ["missed-clue", "picked-fine", "wrong-box", "left-on", "set-to", "feed", "said"];
    let frames: Vec<String> = keys
        .iter()
        .flat_map(|k| {
            let sentence = server(clickwise_core::Lang::En).format(&format!("finding-{k}"), &args);
            sentence.split(MARK).map(str::to_owned).collect::<Vec<_>>()
        })
        .filter(|piece| piece.chars().any(char::is_alphabetic))
        .collect();
    assert!(frames.len() >= 10, "{frames:?}");
    frames
}

#[tokio::test]
async fn a_welsh_teacher_reads_findings_and_statements_in_welsh_on_every_page() {
    let s = Server::start_with("welsh-findings", write).await;
    let teacher = s.teacher("athro@ysgol.example").await;
    let csrf = s.csrf(&teacher).await;
    s.post_form("/teacher/language", &teacher, &format!("lang=cy&back=/teacher&csrf={csrf}")).await;
    let levels = [(lesson::EVERY, "2099-12-04"), (WELSH, "2099-12-04")];
    let (id, code) = lesson::class(&s, &teacher, "Derw", 1, &levels).await;
    let (pupil, _nickname, token) = lesson::pupil(&s, &code, 0).await;
    // Every mechanic played the risky way (its words have no Welsh, the sentences around
    // them do), then the Welsh level: both teach `pi-ks1-private`, so it is met again.
    send(&s, &token, "attempt-every", lesson::EVERY, lesson::every_riskiest(), T, true).await;
    send(&s, &token, "attempt-cy-2", WELSH, flagged(), T + 60_000, true).await;

    let curriculum = s.state.levels.curriculum.as_ref().expect("the shipped curriculum");
    let private = &curriculum.statement("pi-ks1-private").unwrap().text;
    let (en, cy) = (private.en.as_str(), private.cy.as_deref().expect("in Welsh"));
    let open = clickwise_core::i18n::game(clickwise_core::Lang::Cy).get("feed-move-open");
    let missed = "Wedi methu'r cliw “prize@win-now.biz”";
    let feed = format!("Wedi dewis “{open}” ar gyfer “What street do you live on?” gan Star Builder");
    let wrong_box = "Wedi rhoi “Home address” yn “OK to share” (mae'n perthyn yn “Keep private”)";

    let dashboard = s.get(&format!("/teacher/classes/{id}"), &teacher).await.body;
    let mine = s.get(&format!("/teacher/classes/{id}/pupils/{pupil}"), &teacher).await.body;
    let printed = s.get(&format!("/teacher/classes/{id}/summary"), &teacher).await.body;
    let notes = s.get("/teacher/notes", &teacher).await.body;
    let results = s.get(&format!("/teacher/classes/{id}/results.csv"), &teacher).await.body;
    let summary = s.get(&format!("/teacher/classes/{id}/summary.csv"), &teacher).await.body;
    let (cy_html, en_html) = (lesson::html(cy), lesson::html(en));
    for (what, page, html) in [
        ("the dashboard", &dashboard, true),
        ("the pupil's page", &mine, true),
        ("the summary", &printed, true),
        ("the notes", &notes, true),
        ("summary.csv", &summary, false),
    ] {
        let (welsh, english) = if html { (&cy_html, &en_html) } else { (&cy.to_owned(), &en.to_owned()) };
        // The summary lists it among statements met again, without its full stop.
        let (welsh, english) = (welsh.trim_end_matches('.'), english.trim_end_matches('.'));
        assert_welsh(what, page, &[welsh], &[english]);
    }
    for (what, page) in [("the dashboard", &dashboard), ("the pupil's page", &mine)] {
        let wanted = [lesson::html(&feed), lesson::html(wrong_box)];
        assert_welsh(what, page, &wanted.iter().map(String::as_str).collect::<Vec<_>>(), &[]);
    }
    assert_welsh("the pupil's page", &mine, &[&lesson::html(missed)], &[]);
    assert_welsh("results.csv", &results, &[&feed, "Dweud enw ei stryd"], &[]);
    for frame in english_frames() {
        for (what, page) in
            [("the dashboard", &dashboard), ("the pupil's page", &mine), ("results.csv", &results)]
        {
            assert!(
                !page.contains(&frame) && !page.contains(&lesson::html(&frame)),
                "{what} says “{frame}”:\n{page}"
            );
        }
    }
}

#[tokio::test]
async fn the_sign_in_page_follows_the_browser_and_keeps_the_choice() {
    let s = Server::start_with("welsh-sign-in", lesson::write).await;
    let page = s.call("GET", "/teacher/sign-in", &[("accept-language", "cy-GB,cy;q=0.9,en;q=0.5")], "").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_welsh(
        "the sign-in page",
        &page.body,
        &[
            "<html lang=\"cy\"",
            "Mewngofnodi",
            "Cyfeiriad e-bost yr ysgol",
            "Cyfrinair",
            "name=\"lang\" value=\"cy\"",
        ],
        &["School email address", "Password", "New here?"],
    );
    let english = s.call("GET", "/teacher/sign-in", &[("accept-language", "en-GB,cy;q=0.5")], "").await.body;
    assert!(english.contains("School email address") && english.contains("<html lang=\"en-GB\""));
    let asked = s.call("GET", "/teacher/sign-in?lang=cy", &[("accept-language", "en-GB")], "").await.body;
    assert!(asked.contains("Cyfeiriad e-bost yr ysgol"), "?lang=cy wins");

    // A wrong password keeps the form's language, whatever the browser says.
    let token = page.cookie("cw_form").unwrap();
    let wrong = s
        .call(
            "POST",
            "/teacher/sign-in",
            &[("content-type", "application/x-www-form-urlencoded"), ("cookie", &format!("cw_form={token}"))],
            format!("email=nobody@ysgol.example&password=wrong-password-here&csrf={token}&lang=cy"),
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert!(
        wrong.body.contains("Dydy'r e-bost a'r cyfrinair yna ddim yn cyfateb i gyfrif"),
        "{}",
        wrong.body
    );

    // The public notes follow ?lang=cy too.
    let notes = s.call("GET", "/notes?lang=cy", &[], "").await;
    assert!(notes.body.contains("<html lang=\"cy\""), "{}", notes.body);
}

#[tokio::test]
async fn the_language_switch_refuses_a_return_path_off_the_site() {
    let s = Server::start_with("welsh-switch", lesson::write).await;
    let teacher = s.teacher("athro@ysgol.example").await;
    let csrf = s.csrf(&teacher).await;
    for back in ["https://evil.example/", "//evil.example/x", "/\\evil.example", "evil.example"] {
        let form = format!("lang=cy&back={}&csrf={csrf}", back.replace(':', "%3A").replace('/', "%2F"));
        let r = s.post_form("/teacher/language", &teacher, &form).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{back}: {}", r.body);
        assert!(r.headers.get(header::LOCATION).is_none(), "{back}");
    }
    // Nothing was saved; without the CSRF token nothing is either.
    assert_eq!(s.count("SELECT COUNT(*) FROM teachers WHERE lang = 'cy'").await, 0);
    let forged = s.post_form("/teacher/language", &teacher, "lang=cy&back=/teacher").await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    assert_eq!(s.count("SELECT COUNT(*) FROM teachers WHERE lang = 'cy'").await, 0);
    // The header's form on every page carries the page to come back to.
    let home = s.get("/teacher", &teacher).await.body;
    assert!(
        home.contains("action=\"/teacher/language\"") && home.contains("name=\"back\" value=\"/teacher\"")
    );
}

/// The Welsh level with Mum in it: she asks the question, and the class talks about her.
fn write_with_mum(dir: &Path) -> PathBuf {
    let levels = write(dir);
    let with_mum = WELSH_RON
        .replacen(
            r#"cast: [(role: "child", is: "ava")],"#,
            r#"cast: [(role: "child", is: "ava"), (role: "carer", names: [(en: "Mum", cy: "Mam")], avatars: ["fox"])],"#,
            1,
        )
        .replacen(
            r#"question: (en: "What should {child} do?", cy: "Beth ddylai {child} ei wneud?"),"#,
            r#"question: (en: "{carer} asks: what should {child} do?", cy: "Mae {carer} yn gofyn: beth ddylai {child} ei wneud?"),"#,
            1,
        )
        .replacen(
            r#"discussion: [(en: "Who can {child} tell about her street?", cy: "Wrth bwy all {child} ddweud am ei stryd?")],"#,
            r#"discussion: [(en: "Can {child} tell {carer} about her street?", cy: "All {child} ddweud wrth {carer} am ei stryd?")],"#,
            1,
        );
    assert_eq!(with_mum.matches("{carer}").count(), 4, "test bug: the level should have Mum in it");
    std::fs::write(levels.join(format!("{WELSH}.level.ron")), with_mum).unwrap();
    let (loaded, problems) = clickwise_server::levels::Levels::load(&levels);
    assert!(loaded.get(WELSH).is_some(), "the level with Mum loads: {problems:#?}");
    levels
}

/// A Welsh teacher reads a family name in Welsh ("Mam", never "Mum") in the level's words,
/// and each pupil's nickname in Welsh ("Dyfrgi Hapus"), on the pages and the printed cards.
#[tokio::test]
async fn a_welsh_teacher_reads_family_names_and_nicknames_in_welsh() {
    let s = Server::start_with("welsh-names", write_with_mum).await;
    let teacher = s.teacher("athrawes@ysgol.example").await;
    let (id, code) = lesson::class(&s, &teacher, "Onnen", 2, &[(WELSH, "2099-12-04")]).await;
    let (pupil, nickname, token) = lesson::pupil(&s, &code, 0).await;
    send(&s, &token, "attempt-mum-1", WELSH, flagged(), T, true).await;
    let welsh_nickname = clickwise_core::names::nickname_in(&nickname, clickwise_core::Lang::Cy);
    assert_ne!(welsh_nickname, nickname, "{nickname} has a Welsh form");

    // In English: Mum, and the nickname as stored.
    let dashboard = format!("/teacher/classes/{id}");
    let page = s.get(&dashboard, &teacher).await.body;
    assert_welsh("the English dashboard", &page, &["Can Ava tell Mum about her street?", &nickname], &[]);

    let csrf = s.csrf(&teacher).await;
    s.post_form("/teacher/language", &teacher, &format!("lang=cy&back=/teacher&csrf={csrf}")).await;
    let page = s.get(&dashboard, &teacher).await.body;
    assert_welsh(
        "the Welsh dashboard",
        &page,
        &["All Ava ddweud wrth Mam am ei stryd?", &welsh_nickname],
        &["Mum", &nickname],
    );
    let mine = s.get(&format!("/teacher/classes/{id}/pupils/{pupil}"), &teacher).await.body;
    assert_welsh(
        "the pupil's page",
        &mine,
        &["Mae Mam yn gofyn: beth ddylai Ava ei wneud?", &format!("<h1>{welsh_nickname}</h1>")],
        &["Mum", &nickname],
    );
    let cards = s.get(&format!("/teacher/classes/{id}/cards"), &teacher).await.body;
    assert_welsh("the cards page", &cards, &[&welsh_nickname], &[&nickname]);
    let results = s.get(&format!("/teacher/classes/{id}/results.csv"), &teacher).await.body;
    assert_welsh("results.csv", &results, &[&welsh_nickname], &[&nickname]);
}
