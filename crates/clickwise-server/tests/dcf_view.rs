//! Welsh schools' view: a class set to follow the Digital Competence Framework shows its
//! progress by the Citizenship elements on the dashboard, in both CSV files and on each
//! pupil's page, and names them in Welsh for a Welsh-medium class.

mod common;

use axum::http::StatusCode;
use common::lesson::{self, AGAIN, again, send};
use common::*;

const T: u64 = 1_790_000_000_000;

#[tokio::test]
async fn a_dcf_class_shows_progress_by_citizenship_element_everywhere() {
    let s = Server::start_with("dcf", lesson::write).await;
    let teacher = s.teacher("athro@ysgol.example").await;
    let (id, code) = lesson::class(&s, &teacher, "Derw", 2, &[(AGAIN, "2099-12-04")]).await;
    let (pupil, nickname, token) = lesson::pupil(&s, &code, 0).await;
    send(&s, &token, "attempt-dcf-1", AGAIN, again(true), T, true).await;

    // England's framework until the teacher chooses Wales's.
    let page = s.get(&format!("/teacher/classes/{id}"), &teacher).await.body;
    assert!(
        page.contains("Statements the class's levels teach")
            && !page.contains("Digital Competence Framework: Citizenship")
    );
    let csrf = s.csrf(&teacher).await;
    let saved = s
        .post_form(
            &format!("/teacher/classes/{id}/framework"),
            &teacher,
            &format!("framework=dcf&csrf={csrf}"),
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);

    let page = s.get(&format!("/teacher/classes/{id}"), &teacher).await.body;
    assert!(page.contains("Digital Competence Framework: Citizenship"), "the DCF table");
    assert!(page.contains("Identity, image and reputation"));
    assert!(!page.contains("Statements the class's levels teach"), "no EfCW statements table");
    assert!(page.contains("1 of 2"), "one of the two pupils finished the element's levels");

    let results = s.get(&format!("/teacher/classes/{id}/results.csv"), &teacher).await.body;
    let header = results.lines().next().unwrap();
    assert!(header.contains("dcf_elements") && !header.contains("strands"), "{header}");
    assert!(results.contains("Identity, image and reputation"), "{results}");
    let summary = s.get(&format!("/teacher/classes/{id}/summary.csv"), &teacher).await.body;
    assert!(summary.contains("DCF: Identity, image and reputation"), "{summary}");
    let row = summary.lines().find(|l| l.starts_with(&nickname)).unwrap();
    assert!(row.contains("1 of 1 levels finished, 3 of 3 stars"), "{row}");
    let mine = s.get(&format!("/teacher/classes/{id}/pupils/{pupil}"), &teacher).await.body;
    assert!(mine.contains("Identity, image and reputation") && mine.contains("1 of 1 levels finished"));

    // A teacher whose pages are in Welsh: the elements by their Welsh names.
    let welsh =
        s.post_form("/teacher/language", &teacher, &format!("lang=cy&back=/teacher&csrf={csrf}")).await;
    assert_eq!(welsh.status, StatusCode::SEE_OTHER);
    let page = s.get(&format!("/teacher/classes/{id}"), &teacher).await.body;
    assert!(page.contains("Hunaniaeth, delwedd ac enw da"), "the element's Welsh name");
    let summary = s.get(&format!("/teacher/classes/{id}/summary.csv"), &teacher).await.body;
    assert!(summary.contains("FfCD: Hunaniaeth, delwedd ac enw da"));
}
