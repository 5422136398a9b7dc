//! The classroom server: serves the web game, the teachers' pages (classes, login cards,
//! dashboards) and the game's API, with everything stored in one SQLite file, or in a
//! PostgreSQL database that several servers share (a grid's).

pub mod api;
pub mod auth;
pub mod badges;
pub mod config;
pub mod db;
pub mod errors;
pub mod headers;
pub mod i18n;
pub mod levels;
pub mod mail;
pub mod pupil_api;
pub mod report;
pub mod security;
pub mod state;
pub mod static_files;
pub mod teacher;
pub mod views;

pub use config::Config;
pub use state::AppState;

use axum::Router;
use std::sync::Arc;

/// Opens (or creates) the database and loads the levels the server scores with.
pub async fn open(config: &Config) -> Result<AppState, String> {
    let db = match &config.database {
        Some(url) => db::connect(url, config.full_sync).await.map_err(|e| format!("{}: {e}", shown(url)))?,
        None => db::open(&config.db_path(), config.full_sync).await?,
    };
    // Several servers may share a PostgreSQL database: what they must agree on (guessing
    // limits, which tokens still work) is kept there, not in each one's memory.
    let shared = db::backend(&db) == db::Backend::Postgres;
    let limits = match shared {
        true => auth::Limits::shared(&db, &db::limits::salt(&db).await.map_err(|e| e.to_string())?),
        false => auth::Limits::default(),
    };
    // Only cards made since the last start are read (`db::start_up_checks`).
    let unchecked =
        db::start_up_checks::unchecked(&db).await.map_err(|e| format!("cannot read the database: {e}"))?;
    match db::card_repair::run(&db, unchecked).await {
        Ok(0) => {}
        Ok(n) => tracing::info!("{n} older login cards now show their nickname's own animal"),
        Err(e) => return Err(format!("cannot repair older login cards: {e}")),
    }
    match db::pin_hashing::run(&db, unchecked).await {
        Ok(0) => {}
        Ok(n) => tracing::info!("{n} older login cards now keep their PIN hashed"),
        Err(e) => return Err(format!("cannot hash older login cards' PINs: {e}")),
    }
    db::start_up_checks::mark_checked(&db, unchecked.to)
        .await
        .map_err(|e| format!("cannot note the login cards checked: {e}"))?;
    match db::schools::adopt(&db).await {
        Ok(0) => {}
        Ok(n) => tracing::info!(
            "{n} teacher accounts from before schools are now one school, its oldest account its admin"
        ),
        Err(e) => return Err(format!("cannot put older teacher accounts into a school: {e}")),
    }
    let dir = config.levels_dir();
    let (mut levels, problems) = levels::Levels::load(&dir);
    levels.badges.find_icons(&config.dist);
    for p in problems {
        tracing::warn!("left out a level with a problem: {p}");
    }
    Ok(AppState {
        results: db::writer::ResultWriter::spawn(&db, config.full_sync),
        db,
        levels: Arc::new(levels),
        limits: Arc::new(limits),
        shared,
        secure_cookies: config.secure_cookies,
        trusted_proxies: config.trusted_proxies.clone().into(),
        pupil_tokens: Arc::default(),
        open_sign_up: config.open_sign_up,
        mailer: config
            .sendmail
            .clone()
            .map(|program| Arc::new(mail::Mailer { program, from: config.mail_from.clone() })),
    })
}

/// A database address as logged: without its password.
pub fn shown(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => format!("{}://…{}", &url[..scheme], &url[at..]),
        _ => url.to_owned(),
    }
}

/// The whole app: the API under `/api`, teachers under `/teacher`, the printable level
/// notes at `/notes`, the game everywhere else.
pub fn app(config: &Config, state: AppState) -> Router {
    headers::apply(
        Router::new()
            .nest("/api", api::router())
            .nest("/teacher", teacher::router())
            .route("/notes", axum::routing::get(teacher::public_notes))
            .fallback_service(static_files::service(&config.dist))
            // Teachers' pages are in English or Welsh (`i18n`); the game's API is not yet.
            .layer(axum::middleware::from_fn(i18n::scope))
            .with_state(state),
    )
    .layer(guard())
}

/// A handler that panics (a bug) answers 500 instead of dropping the connection.
pub fn guard()
-> tower_http::catch_panic::CatchPanicLayer<fn(Box<dyn std::any::Any + Send>) -> axum::response::Response> {
    tower_http::catch_panic::CatchPanicLayer::custom(errors::panicked as fn(_) -> _)
}

/// Deletes classes past their delete-after date (with everything of them), pupils' old
/// tokens, expired sessions and stale teacher accounts, now and every hour
/// (`db::retention::apply`); then empties the cache of pupil tokens, so a deleted token
/// stops working at once.
pub fn spawn_retention(state: &AppState) {
    let state_for_cache = state.clone();
    retention_every_hour(state.db.clone(), move || state_for_cache.forget_pupil_tokens());
}

fn retention_every_hour(db: db::Db, tokens_deleted: impl Fn() + Send + 'static) {
    tokio::spawn(async move {
        let mut every_hour = tokio::time::interval(std::time::Duration::from_secs(3600));
        loop {
            every_hour.tick().await;
            match db::retention::apply(&db, db::now_ms()).await {
                Ok(d) if d.is_empty() => {}
                Ok(d) => {
                    if d.classes > 0 || d.tokens > 0 {
                        tokens_deleted();
                    }
                    tracing::info!(
                        "retention: deleted {} classes past their date ({} results), {} old pupil tokens, \
                         {} expired sessions, {} stale teacher accounts, {} expired one-time links",
                        d.classes,
                        d.results,
                        d.tokens,
                        d.sessions,
                        d.teachers,
                        d.links
                    )
                }
                Err(e) => tracing::error!("retention: {e}"),
            }
            if db::backend(&db) == db::Backend::Postgres {
                let finished = db::now_ms() - auth::limit::LONGEST_WINDOW.as_millis() as i64;
                if let Err(e) = db::limits::prune(&db, finished).await {
                    tracing::error!("retention: guessing limits: {e}");
                }
            }
        }
    });
}

/// The one-time setup link's token a start should print, if any: on a server with no
/// school and no teacher yet (a fresh one replacing any unused one, so the newest printed
/// link is the one that works), or for one more school (`--new-school`).
pub async fn setup_token(db: &db::Db, another_school: bool) -> Result<Option<String>, String> {
    let fail = |e: db::DbError| format!("cannot make a setup link: {e}");
    if another_school {
        return db::links::new_setup(db, false).await.map(Some).map_err(fail);
    }
    let schools = db::schools::count(db).await.map_err(fail)?;
    let teachers: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM teachers")
        .fetch_one(db)
        .await
        .map_err(|e| fail(e.into()))?;
    if schools > 0 || teachers > 0 {
        return Ok(None);
    }
    db::links::new_setup(db, true).await.map(Some).map_err(fail)
}
