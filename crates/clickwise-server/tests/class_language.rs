//! A class's language: the teacher sets it on the class page, and pupils who join get it.

mod common;

use axum::http::StatusCode;
use clickwise_core::Lang;
use clickwise_core::classroom::JoinReply;
use common::*;

#[tokio::test]
async fn a_welsh_class_tells_joining_pupils_to_start_in_welsh() {
    let s = Server::start_tiny("class-language").await;
    let teacher = s.teacher("athro@ysgol.example").await;
    let (id, code) = s.class(&teacher, "Dosbarth Derw", 1, &[common::tiny::LEVEL]).await;
    let join = || async {
        s.post_json("/api/join", None, &format!(r#"{{"code":"{code}"}}"#)).await.json::<JoinReply>().lang
    };
    assert_eq!(join().await, Lang::En, "English until the teacher says otherwise");
    let page = s.get(&format!("/teacher/classes/{id}"), &teacher).await;
    assert!(page.body.contains("Language pupils start in"), "the setting is on the class page");
    let csrf = s.csrf(&teacher).await;
    let saved = s
        .post_form(&format!("/teacher/classes/{id}/language"), &teacher, &format!("lang=cy&csrf={csrf}"))
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(join().await, Lang::Cy);
    // Anything else is refused, and another teacher can't change it.
    let odd = s
        .post_form(&format!("/teacher/classes/{id}/language"), &teacher, &format!("lang=fr&csrf={csrf}"))
        .await;
    assert_eq!(odd.status, StatusCode::UNPROCESSABLE_ENTITY);
    let other = s.teacher("other@ysgol.example").await;
    let other_csrf = s.csrf(&other).await;
    let theirs = s
        .post_form(&format!("/teacher/classes/{id}/language"), &other, &format!("lang=en&csrf={other_csrf}"))
        .await;
    assert_eq!(theirs.status, StatusCode::NOT_FOUND);
    assert_eq!(join().await, Lang::Cy);
}
