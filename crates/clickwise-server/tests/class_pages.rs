//! The class's printed pages and the assign page: login cards (each nickname drawn as its
//! own animal, no picture twice in a class, each card a colour), certificates, the home
//! pack, and the assign page's layout and dates.

mod common;

use axum::http::StatusCode;
use clickwise_core::classroom::*;
use clickwise_core::names::{card_colour, picture_of};
use common::tiny::LEVEL;
use common::*;

#[tokio::test]
async fn a_class_of_36_cards_each_show_their_own_animal_once() {
    let s = Server::start_tiny("cards36").await;
    let teacher = s.teacher("cards@school.example").await;
    let (id, code) = s.class(&teacher, "Oak", 36, &[]).await;
    let joined: JoinReply = s.post_json("/api/join", None, &format!(r#"{{"code":"{code}"}}"#)).await.json();
    assert_eq!(joined.cards.len(), 36);
    let mut pictures: Vec<&str> = Vec::new();
    for (i, card) in joined.cards.iter().enumerate() {
        assert_eq!(picture_of(&card.nickname), Some(card.avatar.as_str()), "{card:?}");
        assert!(!pictures.contains(&card.avatar.as_str()), "{} twice in the class", card.avatar);
        pictures.push(&card.avatar);
        assert_eq!(card.colour, card_colour(i).name, "the game shows the printed colour");
    }
    // The printed page: every card, in its colour, with its animal's picture named.
    let page = s.get(&format!("/teacher/classes/{id}/cards"), &teacher).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.body.matches("class=\"login-card colour-").count(), 36);
    for (i, card) in joined.cards.iter().enumerate() {
        let animal = card.nickname.rsplit(' ').next().unwrap().to_lowercase();
        let drawn = format!(
            "class=\"login-card colour-{}\"><div class=\"band\"><span class=\"colour-name\">{} card</span></div><div class=\"who\"><svg class=\"animal\" width=\"88\" height=\"88\" role=\"img\" aria-label=\"{animal}\"",
            card_colour(i).name,
            card_colour(i).name
        );
        assert!(page.body.contains(&drawn), "card {i} ({}) isn't drawn as its animal", card.nickname);
        assert!(page.body.contains(&format!("<div class=\"nick\">{}</div>", card.nickname)));
    }
    // A second class can use the same animals: pictures are unique per class.
    let (_, other) = s.class(&teacher, "Ash", 36, &[]).await;
    let joined: JoinReply = s.post_json("/api/join", None, &format!(r#"{{"code":"{other}"}}"#)).await.json();
    assert!(joined.cards.iter().all(|c| picture_of(&c.nickname) == Some(c.avatar.as_str())));
    // One card per animal: the class can grow to as many cards as there are animals, no more.
    let csrf = s.csrf(&teacher).await;
    let room = clickwise_core::names::ANIMALS.len() - 36;
    let add = |n: usize| format!("count={n}&csrf={csrf}");
    let path = format!("/teacher/classes/{id}/cards");
    assert_eq!(s.post_form(&path, &teacher, &add(room + 1)).await.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(s.post_form(&path, &teacher, &add(room)).await.status, StatusCode::OK);
    let joined: JoinReply = s.post_json("/api/join", None, &format!(r#"{{"code":"{code}"}}"#)).await.json();
    let mut all: Vec<&str> = joined.cards.iter().map(|c| c.avatar.as_str()).collect();
    all.sort();
    all.dedup();
    assert_eq!(all.len(), clickwise_core::names::ANIMALS.len(), "every animal once");
}

#[tokio::test]
async fn older_cards_are_repaired_when_the_server_starts() {
    let s = Server::start_tiny("repair").await;
    let teacher = s.teacher("repair@school.example").await;
    let (id, code) = s.class(&teacher, "Oak", 1, &[]).await;
    sqlx::query("DELETE FROM pupils").execute(&s.state.db).await.unwrap();
    // As an older version made them: random pictures, an animal twice, a retired animal.
    for (nickname, avatar, pin) in [
        ("Happy Panda", "unicorn", "1111"),
        ("Steady Rabbit", "panda", "2222"),
        ("Patient Lion", "dolphin", "3333"),
        ("Calm Panda", "unicorn", "4444"),
        ("Quick Puffin", "owl", "5555"),
    ] {
        sqlx::query("INSERT INTO pupils (class_id, nickname, avatar, pin) VALUES ($1, $2, $3, $4)")
            .bind(id)
            .bind(nickname)
            .bind(avatar)
            .bind(pin)
            .execute(&s.state.db)
            .await
            .unwrap();
    }
    let restarted = clickwise_server::open(&s.config).await.expect("the server starts again");
    let cards = clickwise_server::db::pupils::list(&restarted.db, id).await.unwrap();
    let shown: Vec<(&str, &str)> = cards.iter().map(|p| (p.nickname.as_str(), p.avatar.as_str())).collect();
    assert_eq!(
        &shown[..3],
        [("Happy Panda", "panda"), ("Steady Rabbit", "rabbit"), ("Patient Lion", "lion")],
        "nicknames kept, pictures now their animals"
    );
    // Their readable PINs are now hashed: the same PIN, nowhere readable.
    for (card, pin) in cards.iter().zip(["1111", "2222", "3333", "4444", "5555"]) {
        assert!(
            clickwise_server::auth::pins::matches(pin.into(), card.pin_hash.clone()).await,
            "{}",
            card.nickname
        );
    }
    let readable: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM pupils WHERE pin <> '' OR pin_hash IS NULL")
        .fetch_one(&restarted.db)
        .await
        .unwrap();
    assert_eq!(readable, 0, "no PIN left readable");
    for p in &cards[3..] {
        assert!(p.nickname.starts_with(&p.nickname[..p.nickname.find(' ').unwrap()]), "adjective kept");
        assert_eq!(
            picture_of(&p.nickname),
            Some(p.avatar.as_str()),
            "{} got an animal of its own",
            p.nickname
        );
    }
    let mut pictures: Vec<&str> = cards.iter().map(|p| p.avatar.as_str()).collect();
    pictures.sort();
    pictures.dedup();
    assert_eq!(pictures.len(), 5, "no picture twice");
    // A PIN still signs in as its card.
    let body =
        serde_json::to_string(&SignInRequest { code, pupil_id: cards[3].id, pin: "4444".into() }).unwrap();
    assert_eq!(s.post_json("/api/pupil/sign-in", None, &body).await.status, StatusCode::OK);
}

#[tokio::test]
async fn a_certificate_has_the_picture_a_name_line_what_was_learnt_a_date_school_and_signature() {
    let s = Server::start_tiny("certificates").await;
    let teacher = s.teacher("cert@school.example").await;
    let (id, code) = s.class(&teacher, "Oak <3>", 2, &[LEVEL]).await;
    let (card, token) = s.pupil(&code).await;
    let result = with_badges("attempt-1", LEVEL, play(LEVEL, true), 1_700_000_060_000, vec!["Ks1/ms".into()]);
    assert_eq!(s.post_json("/api/results", Some(&token), &result).await.status, StatusCode::OK);

    let path =
        format!("/teacher/classes/{id}/certificates?school=St+Mary%27s+%26+All+Saints&date=2026-11-27");
    let page = s.get(&path, &teacher).await;
    assert_eq!(page.status, StatusCode::OK);
    let body = &page.body;
    assert_eq!(body.matches("class=\"certificate-page\"").count(), 1, "one pupil has finished a level");
    assert!(body.contains(&format!("Well done, {}!", card.nickname)));
    let picture = r#"<svg class="animal" width="120" height="120" aria-hidden="true""#;
    assert!(body.contains(picture), "the nickname's own picture");
    assert_eq!(Some(card.avatar.as_str()), picture_of(&card.nickname));
    assert!(body.contains("write your name here"), "a line for the real name, by hand");
    assert!(body.contains("I can spot a trick &amp; ask a grown-up."), "the badge's own words");
    assert!(body.contains("I can keep my things private."), "the finished level's objective");
    assert!(body.contains("<dt>Date</dt><dd>27 November 2026</dd>"));
    assert!(body.contains("<dt>School</dt><dd>St Mary's &amp; All Saints</dd>"));
    assert!(body.contains("<dt>Class</dt><dd>Oak &lt;3&gt;</dd>"));
    assert!(body.contains("<dt>Signed</dt><dd><span class=\"line\"></span></dd>"), "a signature line");
    assert!(
        body.contains("No certificate yet (no level finished)"),
        "the other pupil is named for the teacher"
    );
    // No school given: a line to write it on; a date that isn't one: today.
    let plain = s.get(&format!("/teacher/classes/{id}/certificates?date=nonsense"), &teacher).await.body;
    assert!(plain.contains("<dt>School</dt><dd><span class=\"line\"></span></dd>"));
    assert!(plain.contains(&format!(
        "<dt>Date</dt><dd>{}</dd>",
        clickwise_server::views::dates::day_and_year(&clickwise_server::views::dates::today())
    )));
}

#[tokio::test]
async fn the_home_pack_has_a_letter_a_qr_code_and_conversation_starters() {
    let s = Server::start("home-pack").await;
    let teacher = s.teacher("home@school.example").await;
    let (id, _) = s.class(&teacher, "Birch", 3, &["ks1-pop-up-prize", "ks1-say-no"]).await;
    let page = s
        .call(
            "GET",
            &format!("/teacher/classes/{id}/home-pack"),
            &[("cookie", &teacher), ("host", "school.example")],
            "",
        )
        .await;
    assert_eq!(page.status, StatusCode::OK);
    let body = &page.body;
    assert!(body.contains("Dear parent or carer"));
    assert!(body.contains("We never ask for or keep their name, email, birthday, photo"), "what isn't kept");
    assert!(body.contains("Nothing played with the link below is sent"), "home play sends nothing");
    let link = "http://school.example/?practice=ks1-pop-up-prize.ks1-say-no";
    assert!(body.contains(&format!("<strong class=\"link\">{link}</strong>")), "the home-practice link");
    assert!(
        body.contains("<div class=\"qr\" aria-label=\"QR code for the home-practice link\"><svg"),
        "a QR code, drawn here"
    );
    let level = s.state.levels.get("ks1-pop-up-prize").unwrap();
    assert!(body.contains(&escaped(&level.title.en)) && body.contains(&escaped(&level.objective.en)));
    // Questions a parent can ask without knowing the game's characters come first.
    assert!(body.contains("What does a pop-up look like? Where have you seen one?"));
    assert!(!body.contains("Leo pressed the button"), "a question about a character is left for class");
    assert!(body.contains(&escaped(&level.help.en)), "the game's advice");
    assert!(!body.contains("<script") && !body.contains("https://"), "nothing from anywhere else");
    // Without assigned levels, the letter still works and the teacher is told why it's thin.
    let (bare, _) = s.class(&teacher, "Ash", 1, &[]).await;
    let page = s
        .call(
            "GET",
            &format!("/teacher/classes/{bare}/home-pack"),
            &[("cookie", &teacher), ("host", "school.example")],
            "",
        )
        .await;
    assert!(page.body.contains("<strong class=\"link\">http://school.example/</strong>"));
    assert!(page.body.contains("No levels are assigned yet"));
    // Only the class's own teacher.
    let other = s.teacher("other@school.example").await;
    assert_eq!(
        s.get(&format!("/teacher/classes/{id}/home-pack"), &other).await.status,
        StatusCode::NOT_FOUND
    );
    let signed_out = s.get(&format!("/teacher/classes/{id}/home-pack"), "").await;
    assert_eq!(
        (signed_out.status, signed_out.location().as_str()),
        (StatusCode::SEE_OTHER, "/teacher/sign-in")
    );
}

fn escaped(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[tokio::test]
async fn the_assign_page_puts_the_class_age_first_and_folds_the_others() {
    let s = Server::start("assign").await;
    let teacher = s.teacher("assign@school.example").await;
    let (id, _) = s.class(&teacher, "Birch", 1, &["ks1-pop-up-prize"]).await;
    let page = s.get(&format!("/teacher/classes/{id}/assign"), &teacher).await.body;
    let at = |text: &str| page.find(text).unwrap_or_else(|| panic!("{text:?} not on the page"));
    assert!(
        at("Ages 4 to 7 (this class)")
            < at("<details class=\"other-ages\"><summary>Show levels for other ages</summary>")
    );
    assert!(at("value=\"ks1-pop-up-prize\"") < at("<details"));
    assert!(
        at("<details") < at("value=\"lks2-fishy-email\"") && at("<details") < at("value=\"uks2-free-coins\"")
    );
    // Grouped by topic: a heading per topic of the class's age.
    assert!(at("<h3>Stop, Think, Click</h3>") < at("<details"));
    // Checkbox, title and due date in one row; the date in the one format.
    let row = &page[at("<div class=\"assign-row\"><input type=\"checkbox\" id=\"l-ks1-pop-up-prize\"")..];
    let row = &row[..row.find("</div>").unwrap()];
    assert!(
        row.contains("checked") && row.contains("<label for=\"d-ks1-pop-up-prize\">Due 20 July</label>"),
        "{row}"
    );
    assert!(row.contains("type=\"date\"") && row.contains("value=\"2099-07-20\""), "{row}");
    // A level of another age, once ticked, keeps the fold open so it is seen.
    let csrf = s.csrf(&teacher).await;
    let form = format!("csrf={csrf}&level=ks1-pop-up-prize&level=lks2-fishy-email&due-lks2-fishy-email=");
    assert_eq!(
        s.post_form(&format!("/teacher/classes/{id}/assign"), &teacher, &form).await.status,
        StatusCode::SEE_OTHER
    );
    let page = s.get(&format!("/teacher/classes/{id}/assign"), &teacher).await.body;
    assert!(page.contains("<details class=\"other-ages\" open><summary>"), "open when another age is ticked");
    // A date that isn't one is refused, never stored.
    let bad = format!("csrf={csrf}&level=ks1-pop-up-prize&due-ks1-pop-up-prize=2026-13-45");
    assert_eq!(
        s.post_form(&format!("/teacher/classes/{id}/assign"), &teacher, &bad).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
}

#[tokio::test]
async fn a_start_reads_only_the_cards_made_since_the_last_one() {
    use clickwise_server::db::start_up_checks::{Unchecked, unchecked};
    let s = Server::start_tiny("start-up-checks").await;
    let teacher = s.teacher("checks@school.example").await;
    s.class(&teacher, "Oak", 3, &[]).await;
    let max_id = |db| async move {
        sqlx::query_scalar::<_, i64>("SELECT MAX(id) FROM pupils").fetch_one(db).await.unwrap()
    };
    let restarted = clickwise_server::open(&s.config).await.expect("the server starts again");
    let checked = max_id(&restarted.db).await;
    assert_eq!(
        unchecked(&restarted.db).await.unwrap(),
        Unchecked { from: checked, to: checked },
        "the start checked every card; the next has none to read"
    );
    s.class(&teacher, "Ash", 2, &[]).await;
    let made = max_id(&restarted.db).await;
    assert!(made > checked);
    assert_eq!(
        unchecked(&restarted.db).await.unwrap(),
        Unchecked { from: checked, to: made },
        "only the new class's cards are left to check"
    );
}
