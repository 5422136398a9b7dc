//! The game's API (see `clickwise_core::classroom` for the types). Bodies are parsed here
//! rather than by an extractor, so every refusal is a JSON `{"error"}` with a 4xx status.
//! Scores are always recomputed from the choice log; nothing the client says about its
//! score is read.

use crate::auth::ClientIp;
use crate::auth::pins;
use crate::auth::token::{hash_token, new_token};
use crate::db::{classes, pupils, results};
use crate::errors::{ApiError, ApiResult};
use crate::security;
use crate::state::AppState;
use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::IntoResponse;
use clickwise_core::Level;
use clickwise_core::classroom::*;
use clickwise_core::names::card_colour;
use clickwise_core::scoring::{self, ChoiceRecord, Score};
use serde::de::DeserializeOwned;

/// A level log longer than this is not a real game.
const MAX_RECORDS: usize = 200;
const MAX_FIELD: usize = 200;
/// More tries again at one step than any pupil makes.
const MAX_RETRIES: u32 = 1000;

fn parse<T: DeserializeOwned>(body: &Bytes) -> Result<T, ApiError> {
    serde_json::from_slice(body).map_err(|e| {
        ApiError::new(StatusCode::BAD_REQUEST, format!("the request isn't the JSON expected: {e}"))
    })
}

/// What a wrong class code and a wrong PIN both get at sign-in: a guesser can't tell
/// which was wrong.
const NO_MATCH: &str = "That PIN doesn't match this card.";

pub async fn join(State(s): State<AppState>, ClientIp(ip): ClientIp, body: Bytes) -> ApiResult {
    let request: JoinRequest = parse(&body)?;
    // Counted before looking: simultaneous guesses can't all get past the check.
    if !s.limits.class_codes.try_once(&ip).await {
        return Err(too_many_codes());
    }
    let class = match is_class_code(&request.code) {
        true => classes::by_code(&s.db, &request.code).await?,
        false => None,
    };
    let Some(class) = class else {
        security::event("wrong class code when joining");
        return Err(ApiError::new(StatusCode::NOT_FOUND, "No class has that code."));
    };
    s.limits.class_codes.refund(&ip).await;
    let cards = pupils::list(&s.db, class.id)
        .await?
        .into_iter()
        .enumerate()
        .map(|(i, p)| Card {
            pupil_id: p.id,
            nickname: p.nickname,
            avatar: p.avatar,
            colour: card_colour(i).name.to_owned(),
        })
        .collect();
    Ok(Json(JoinReply { class_name: class.name, phase: class.phase, cards, lang: class.lang })
        .into_response())
}

fn too_many_codes() -> ApiError {
    ApiError::new(StatusCode::TOO_MANY_REQUESTS, "Too many wrong class codes. Wait a few minutes.")
}

pub async fn sign_in(State(s): State<AppState>, ClientIp(ip): ClientIp, body: Bytes) -> ApiResult {
    let request: SignInRequest = parse(&body)?;
    if !s.limits.pins.try_once(&ip).await {
        return Err(ApiError::new(
            StatusCode::TOO_MANY_REQUESTS,
            "Too many wrong PINs. Wait a few minutes, or ask your teacher.",
        ));
    }
    // An unknown code counts as a wrong code too, and is answered like a wrong PIN.
    let class = match is_class_code(&request.code) {
        true => classes::by_code(&s.db, &request.code).await?,
        false => None,
    };
    let Some(class) = class else {
        security::event("wrong class code when signing in");
        if !s.limits.class_codes.try_once(&ip).await {
            return Err(too_many_codes());
        }
        return Err(ApiError::new(StatusCode::UNAUTHORIZED, NO_MATCH));
    };
    let Some(pupil) = pupils::get(&s.db, class.id, request.pupil_id).await? else {
        return Err(ApiError::new(StatusCode::UNAUTHORIZED, NO_MATCH));
    };
    if pupils::is_locked(&s.db, pupil.id).await? {
        return Err(ApiError::new(StatusCode::LOCKED, CARD_LOCKED));
    }
    // A PIN is four digits: anything else is wrong without spending a hash on it.
    let well_formed = request.pin.len() == PIN_LEN && request.pin.bytes().all(|b| b.is_ascii_digit());
    if !well_formed || !pins::matches(request.pin.clone(), pupil.pin_hash.clone()).await {
        if pupils::note_wrong_pin(&s.db, pupil.id).await? {
            security::event("a login card locked after wrong PINs");
            return Err(ApiError::new(StatusCode::LOCKED, CARD_LOCKED));
        }
        return Err(ApiError::new(StatusCode::UNAUTHORIZED, NO_MATCH));
    }
    s.limits.pins.refund(&ip).await;
    pupils::clear_wrong_pins(&s.db, class.id, pupil.id).await?;
    let token = new_token();
    pupils::add_token(&s.db, &pupil, &hash_token(&token)).await?;
    let assigned = assigned(&s, class.id).await?;
    Ok(Json(SignInReply {
        token,
        nickname: pupil.nickname,
        avatar: pupil.avatar,
        class_name: class.name,
        phase: class.phase,
        assigned,
    })
    .into_response())
}

const CARD_LOCKED: &str = "This card is locked after too many wrong PINs. Ask your teacher to unlock it.";

async fn assigned(s: &AppState, class: i64) -> Result<Vec<Assigned>, ApiError> {
    let list = classes::assignments(&s.db, class).await?;
    Ok(list.into_iter().map(|a| Assigned { level_id: a.level_id, due: a.due }).collect())
}

/// The pupil whose token is in `Authorization: Bearer …`.
async fn pupil(s: &AppState, headers: &HeaderMap) -> Result<pupils::Pupil, ApiError> {
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .ok_or_else(|| ApiError::new(StatusCode::UNAUTHORIZED, "Sign in with a login card first."))?;
    let hash = hash_token(token.trim());
    let cached = || (!s.shared).then(|| s.pupil_tokens.read().ok()?.get(&hash).cloned()).flatten();
    if let Some(p) = cached() {
        return Ok(p);
    }
    let p = pupils::by_token(&s.db, &hash)
        .await?
        .ok_or_else(|| ApiError::new(StatusCode::UNAUTHORIZED, "This login card is no longer in a class."))?;
    if let (false, Ok(mut cache)) = (s.shared, s.pupil_tokens.write()) {
        cache.insert(hash, p.clone());
    }
    Ok(p)
}

pub async fn me(State(s): State<AppState>, headers: HeaderMap) -> ApiResult {
    let pupil = pupil(&s, &headers).await?;
    let class = classes::by_id(&s.db, pupil.class_id)
        .await?
        .ok_or_else(|| ApiError::new(StatusCode::UNAUTHORIZED, "This class has been deleted."))?;
    let assigned = assigned(&s, pupil.class_id).await?;
    let stored = results::for_pupil(&s.db, pupil.id).await?;
    // The best result per level, as the core defines "best".
    let mut best: Vec<(LevelResult, u32)> = Vec::new();
    for r in stored {
        let risky = r.risky_count();
        let result =
            LevelResult { level_id: r.level_id, stars: r.stars, points: r.points, max_points: r.max_points };
        match best.iter_mut().find(|(b, _)| b.level_id == result.level_id) {
            Some((b, b_risky)) if scoring::better((result.points, risky), (b.points, *b_risky)) => {
                (*b, *b_risky) = (result, risky)
            }
            Some(_) => {}
            None => best.push((result, risky)),
        }
    }
    Ok(Json(PupilReply {
        nickname: pupil.nickname,
        avatar: pupil.avatar,
        class_name: class.name,
        phase: class.phase,
        assigned,
        results: best.into_iter().map(|(r, _)| r).collect(),
    })
    .into_response())
}

/// A result as the server judges it before storing anything: its JSON read, its shape
/// checked, its level found and its choice log re-scored. Any bytes give a score (never
/// above the level's maximum) or a 4xx refusal, never a panic (fuzzed: `cargo xtask fuzz`).
pub fn judge<'a>(
    levels: &'a crate::levels::Levels,
    body: &[u8],
) -> Result<(ResultSubmission, &'a Level, Score), ApiError> {
    let mut sub: ResultSubmission = serde_json::from_slice(body).map_err(|e| {
        ApiError::new(StatusCode::BAD_REQUEST, format!("the request isn't the JSON expected: {e}"))
    })?;
    // Badges this server doesn't know (an older or newer game's) are dropped, not refused.
    sub.badges = levels.badges.keep(&sub.badges);
    check_shape(&sub).map_err(|why| ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, why))?;
    let level = levels.get(&sub.level_id).ok_or_else(|| {
        ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            format!("there is no level `{}` on this server", sub.level_id),
        )
    })?;
    let score = scoring::score(level, &sub.choices).map_err(|e| {
        ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, format!("the choice log doesn't fit the level: {e}"))
    })?;
    Ok((sub, level, score))
}

pub async fn submit(State(s): State<AppState>, headers: HeaderMap, body: Bytes) -> ApiResult {
    let pupil = pupil(&s, &headers).await?;
    let (sub, level, score) = judge(&s.levels, &body)?;
    let log = serde_json::to_string(&sub.choices).unwrap_or_default();
    // The first try's risky choices in words, one a line (core's `insight`).
    let risky = clickwise_core::insight::risky_choices(level, &sub.choices).join("\n");
    let row = results::NewResult {
        pupil_id: pupil.id,
        class_id: pupil.class_id,
        attempt_id: sub.attempt_id.clone(),
        level_id: sub.level_id.clone(),
        choice_log: log,
        points: score.points,
        max_points: score.max,
        stars: score.stars,
        risky,
        started_at: sub.started_at.min(i64::MAX as u64) as i64,
        finished_at: sub.finished_at.min(i64::MAX as u64) as i64,
        // Older games don't say: then the earliest finished attempt stored is the first.
        claims_first_try: sub.first_try.unwrap_or(true),
        badges: sub.badges,
    };
    // Committed: only now is the result acknowledged.
    let (pupil_id, attempt_id) = (row.pupil_id, row.attempt_id.clone());
    if !s.results.store(row).await? {
        // Sent again: the score is the one stored the first time, whatever this copy says.
        let (points, max_points, stars) = results::existing(&s.db, pupil_id, &attempt_id).await?.unwrap_or((
            score.points,
            score.max,
            score.stars,
        ));
        return Ok(Json(ResultReply { points, max_points, stars, duplicate: true }).into_response());
    }
    Ok(Json(ResultReply {
        points: score.points,
        max_points: score.max,
        stars: score.stars,
        duplicate: false,
    })
    .into_response())
}

fn check_shape(sub: &ResultSubmission) -> Result<(), String> {
    if !is_attempt_id(&sub.attempt_id) {
        return Err("the attempt id must be 8 to 64 letters, digits or dashes".into());
    }
    if sub.choices.len() > MAX_RECORDS {
        return Err(format!("a level log has at most {MAX_RECORDS} steps"));
    }
    let too_long_picks = |picks: &[String]| picks.len() > 50 || picks.iter().any(|p| p.len() > MAX_FIELD);
    let too_long = |r: &ChoiceRecord| {
        r.step.len() > MAX_FIELD
            || r.option.len() > MAX_FIELD
            || too_long_picks(&r.picks)
            || r.first.as_ref().is_some_and(|f| f.option.len() > MAX_FIELD || too_long_picks(&f.picks))
    };
    if sub.level_id.len() > MAX_FIELD || sub.choices.iter().any(too_long) {
        return Err("a field in the log is too long".into());
    }
    if sub.choices.iter().any(|r| r.retries > MAX_RETRIES) {
        return Err(format!("a step is tried again at most {MAX_RETRIES} times"));
    }
    Ok(())
}
