//! The server against a real folder: MIME types, precompressed files, revalidation,
//! security headers, and hostile paths.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use clickwise_server::{Config, app};
use http_body_util::BodyExt;
use std::path::{Path, PathBuf};
use tower::ServiceExt;

fn dist(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("clickwise-server-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("assets/levels")).unwrap();
    std::fs::write(dir.join("index.html"), "<!doctype html><title>Clickwise</title>").unwrap();
    std::fs::write(dir.join("404.html"), "not here").unwrap();
    std::fs::write(dir.join("clickwise_bg.wasm"), b"\0asm plain").unwrap();
    std::fs::write(dir.join("clickwise_bg.wasm.br"), b"brotli bytes").unwrap();
    std::fs::write(dir.join("clickwise_bg.wasm.gz"), b"gzip bytes").unwrap();
    std::fs::write(dir.join("clickwise.js"), "export default 1;").unwrap();
    std::fs::write(dir.join("assets/levels/catalogue.ron"), "(levels: [])").unwrap();
    dir
}

async fn get(dir: &Path, path: &str, headers: &[(header::HeaderName, &str)]) -> axum::response::Response {
    let config = Config { dist: dir.to_path_buf(), data_dir: dir.join("data"), ..Config::default() };
    let state = clickwise_server::open(&config).await.unwrap();
    let mut req = Request::get(path);
    for (k, v) in headers {
        req = req.header(k, *v);
    }
    app(&config, state).oneshot(req.body(Body::empty()).unwrap()).await.unwrap()
}

async fn body(res: axum::response::Response) -> Vec<u8> {
    res.into_body().collect().await.unwrap().to_bytes().to_vec()
}

#[tokio::test]
async fn wasm_is_served_as_application_wasm_and_compressed_when_accepted() {
    let d = dist("wasm");
    let res = get(&d, "/clickwise_bg.wasm", &[(header::ACCEPT_ENCODING, "gzip, deflate, br")]).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()[header::CONTENT_TYPE], "application/wasm");
    assert_eq!(res.headers()[header::CONTENT_ENCODING], "br");
    assert_eq!(res.headers()[header::VARY], "accept-encoding");
    assert_eq!(body(res).await, b"brotli bytes");

    let res = get(&d, "/clickwise_bg.wasm", &[(header::ACCEPT_ENCODING, "gzip")]).await;
    assert_eq!(res.headers()[header::CONTENT_ENCODING], "gzip");
    assert_eq!(body(res).await, b"gzip bytes");

    let res = get(&d, "/clickwise_bg.wasm", &[]).await;
    assert!(res.headers().get(header::CONTENT_ENCODING).is_none());
    assert_eq!(body(res).await, b"\0asm plain");
}

#[tokio::test]
async fn pages_scripts_and_levels_have_the_right_types() {
    let d = dist("types");
    let res = get(&d, "/", &[]).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(res.headers()[header::CONTENT_TYPE].to_str().unwrap().starts_with("text/html"));
    let res = get(&d, "/clickwise.js", &[]).await;
    assert!(res.headers()[header::CONTENT_TYPE].to_str().unwrap().contains("javascript"));
    let res = get(&d, "/assets/levels/catalogue.ron", &[]).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(body(res).await, b"(levels: [])");
}

#[tokio::test]
async fn every_response_has_the_security_headers() {
    let d = dist("headers");
    for path in ["/", "/clickwise_bg.wasm", "/nope", "/api/health"] {
        let res = get(&d, path, &[]).await;
        let h = res.headers();
        let csp = h[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
        assert!(csp.contains("default-src 'self'") && !csp.contains("http"), "{path}: {csp}");
        assert_eq!(h[header::X_CONTENT_TYPE_OPTIONS], "nosniff", "{path}");
        assert_eq!(h[header::REFERRER_POLICY], "no-referrer", "{path}");
    }
}

#[tokio::test]
async fn hashed_files_are_kept_a_year_and_named_ones_are_checked_every_time() {
    let d = dist("cache");
    std::fs::write(d.join("clickwise_bg.0123456789abcdef.wasm"), b"\0asm hashed").unwrap();
    std::fs::create_dir_all(d.join("assets/icons")).unwrap();
    std::fs::write(d.join("assets/icons/fox.fedcba9876543210.png"), b"png").unwrap();
    std::fs::write(d.join("sw.js"), "// worker").unwrap();
    std::fs::write(d.join("manifest.webmanifest"), "{}").unwrap();
    let cache =
        |res: &axum::response::Response| res.headers()[header::CACHE_CONTROL].to_str().unwrap().to_owned();
    let year = "public, max-age=31536000, immutable";
    for path in ["/clickwise_bg.0123456789abcdef.wasm", "/assets/icons/fox.fedcba9876543210.png"] {
        let res = get(&d, path, &[(header::ACCEPT_ENCODING, "br")]).await;
        assert_eq!(res.status(), StatusCode::OK, "{path}");
        assert_eq!(cache(&res), year, "{path}");
    }
    // Pages, the worker, the manifest and unhashed names are revalidated.
    for path in ["/", "/index.html", "/sw.js", "/manifest.webmanifest", "/clickwise_bg.wasm"] {
        let res = get(&d, path, &[]).await;
        assert_eq!(res.status(), StatusCode::OK, "{path}");
        assert_eq!(cache(&res), "no-cache", "{path}");
    }
    // A hashed name that isn't there must not be remembered as missing for a year.
    let res = get(&d, "/clickwise_bg.00000000000000ff.wasm", &[]).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    assert_eq!(cache(&res), "no-cache");
    // The pupil API carries tokens and teacher pages carry results: never stored.
    for path in ["/api/health", "/teacher/", "/teacher/sign-in"] {
        let res = get(&d, path, &[]).await;
        assert_eq!(cache(&res), "no-store", "{path}: {}", res.status());
    }
    let res = get(&d, "/manifest.webmanifest", &[]).await;
    assert!(res.headers()[header::CONTENT_TYPE].to_str().unwrap().contains("manifest+json"));
}

#[tokio::test]
async fn an_unchanged_file_revalidates_with_304() {
    let d = dist("304");
    let res = get(&d, "/clickwise.js", &[]).await;
    let modified = res.headers()[header::LAST_MODIFIED].to_str().unwrap().to_owned();
    let res = get(&d, "/clickwise.js", &[(header::IF_MODIFIED_SINCE, &modified)]).await;
    assert_eq!(res.status(), StatusCode::NOT_MODIFIED);
}

#[tokio::test]
async fn hostile_paths_never_escape_the_web_build() {
    let d = dist("hostile");
    std::fs::write(d.parent().unwrap().join("secret.txt"), "secret").unwrap();
    for path in [
        "/../secret.txt",
        "/%2e%2e/secret.txt",
        "/assets/%2e%2e/%2e%2e/secret.txt",
        "/..%2fsecret.txt",
        "/%00",
        "/assets/levels/../../../secret.txt",
    ] {
        let res = get(&d, path, &[]).await;
        assert!(res.status().is_client_error(), "{path}: {}", res.status());
        let bytes = body(res).await;
        assert!(!String::from_utf8_lossy(&bytes).contains("secret"), "{path} leaked the file");
    }
}

#[tokio::test]
async fn unknown_paths_are_404_and_the_api_answers() {
    let d = dist("404");
    assert_eq!(get(&d, "/missing.png", &[]).await.status(), StatusCode::NOT_FOUND);
    let res = get(&d, "/api/health", &[]).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(body(res).await, br#"{"ok":true}"#);
}

#[test]
fn bad_options_are_explained() {
    let err = Config::from_args(["--addr".to_string(), "here".to_string()]).unwrap_err();
    assert!(err.contains("--addr"), "{err}");
    assert!(Config::from_args(["--port".to_string()]).unwrap_err().contains("unknown option"));
    let ok =
        Config::from_args(["--dist".into(), "x".into(), "--addr".into(), "0.0.0.0:9000".into()]).unwrap();
    assert_eq!(ok.addr.port(), 9000);
}

/// A handler with a bug in it.
fn bug() -> &'static str {
    let cards: Vec<&str> = Vec::new();
    cards[0]
}

#[tokio::test]
async fn a_panicking_handler_answers_500_and_the_server_carries_on() {
    use tower::ServiceExt;
    let app = axum::Router::new()
        .route("/boom", axum::routing::get(|| async { bug() }))
        .route("/fine", axum::routing::get(|| async { "fine" }))
        .layer(clickwise_server::guard());
    let get = |path: &str| axum::http::Request::builder().uri(path).body(axum::body::Body::empty()).unwrap();
    let boom = app.clone().oneshot(get("/boom")).await.expect("an answer, not a dropped connection");
    assert_eq!(boom.status(), axum::http::StatusCode::INTERNAL_SERVER_ERROR);
    let fine = app.oneshot(get("/fine")).await.unwrap();
    assert_eq!(fine.status(), axum::http::StatusCode::OK);
}
