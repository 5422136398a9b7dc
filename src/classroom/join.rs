//! Joining a class: the eight-digit class code on a number pad, then the pupil's own login
//! card (nickname and picture), then its four-digit PIN. No typing, so no real names.

use super::net::{HttpReply, HttpRequest, Inbox, Purpose, Sender};
use crate::progress::Store;
use crate::words::Words;
use bevy::prelude::*;
use clickwise_core::classroom::{
    CLASS_CODE_LEN, Card, ClassLink, JoinReply, JoinRequest, PIN_LEN, SignInReply, SignInRequest,
    is_class_code, reply_message,
};
use clickwise_core::i18n::Messages;
use clickwise_core::names::{PUPIL_AVATARS, is_card_picture, is_valid_nickname, picture_of};
use clickwise_core::progress::Profile;
use serde::de::DeserializeOwned;

/// Said plainly wherever a class profile plays (ICO Children's Code: be open about it).
/// A message key: "Your teacher can see which levels you finish, your scores and the
/// choices you make."
pub const TEACHER_CAN_SEE: &str = "teacher-can-see";

#[derive(Debug, Clone, PartialEq, Default)]
pub enum JoinStage {
    #[default]
    Code,
    /// The class was found: pick your card.
    Cards { code: String, class: JoinReply },
    /// Type the PIN printed on your card.
    Pin { code: String, class: JoinReply, card: Card },
}

#[derive(Resource, Debug, Clone, PartialEq, Default)]
pub struct JoinFlow {
    pub stage: JoinStage,
    /// The digits typed on the number pad for the current stage.
    pub digits: String,
    pub waiting: bool,
    /// A calm message when something didn't work, in the pupil's language.
    pub message: Option<String>,
}

impl JoinFlow {
    /// A fresh start, with the code from a join link already typed in.
    pub fn start(code: Option<&str>) -> Self {
        JoinFlow { digits: code.unwrap_or_default().to_owned(), ..Default::default() }
    }

    pub fn wanted_digits(&self) -> usize {
        if matches!(self.stage, JoinStage::Pin { .. }) { PIN_LEN } else { CLASS_CODE_LEN }
    }

    pub fn ready(&self) -> bool {
        let complete = match self.stage {
            JoinStage::Code => is_class_code(&self.digits),
            _ => self.digits.len() == self.wanted_digits(),
        };
        !self.waiting && complete
    }

    pub fn press_digit(&mut self, digit: char) {
        if !self.waiting && self.digits.len() < self.wanted_digits() && digit.is_ascii_digit() {
            self.digits.push(digit);
            self.message = None;
        }
    }

    pub fn delete(&mut self) {
        if !self.waiting {
            self.digits.pop();
        }
    }

    /// Back one stage (from the PIN to the cards, from the cards to the code). False when
    /// already at the start, so the screen can leave.
    pub fn back(&mut self) -> bool {
        self.message = None;
        self.waiting = false;
        self.digits.clear();
        self.stage = match std::mem::take(&mut self.stage) {
            JoinStage::Pin { code, class, .. } => JoinStage::Cards { code, class },
            JoinStage::Cards { code, .. } => {
                self.digits = code;
                JoinStage::Code
            }
            JoinStage::Code => return false,
        };
        true
    }

    pub fn choose_card(&mut self, pupil_id: i64) {
        if let JoinStage::Cards { code, class } = &self.stage
            && let Some(card) = class.cards.iter().find(|c| c.pupil_id == pupil_id)
        {
            self.stage = JoinStage::Pin { code: code.clone(), class: class.clone(), card: card.clone() };
            self.digits.clear();
            self.message = None;
        }
    }

    /// The request "Next" sends, once the digits are complete.
    fn request(&self) -> Option<(Purpose, HttpRequest)> {
        if !self.ready() {
            return None;
        }
        let post = |path: &str, body: String| HttpRequest {
            method: "POST",
            path: path.into(),
            token: None,
            body: Some(body),
        };
        match &self.stage {
            JoinStage::Code if is_class_code(&self.digits) => {
                let body = serde_json::to_string(&JoinRequest { code: self.digits.clone() }).ok()?;
                Some((Purpose::Join, post("/api/join", body)))
            }
            JoinStage::Pin { code, card, .. } => {
                let body =
                    SignInRequest { code: code.clone(), pupil_id: card.pupil_id, pin: self.digits.clone() };
                Some((Purpose::SignIn, post("/api/pupil/sign-in", serde_json::to_string(&body).ok()?)))
            }
            _ => None,
        }
    }

    /// Sends the current stage's request ("Next" on the number pad).
    pub fn submit(&mut self, sender: &Sender) {
        if let Some((purpose, request)) = self.request() {
            self.waiting = true;
            self.message = None;
            sender.send(purpose, request);
        }
    }
}

/// A pupil signed in with their card: `profile` is now the active one. What comes next
/// (which screen, carrying the display options into a new profile) is for the screens.
#[derive(Message, Debug, Clone, PartialEq)]
pub struct Joined {
    pub profile: String,
    /// The profile was made just now (not a card joined before on this device).
    pub new_profile: bool,
}

pub(super) fn handle_replies(
    inbox: Res<Inbox>,
    mut flow: ResMut<JoinFlow>,
    mut store: ResMut<Store>,
    mut joined: MessageWriter<Joined>,
    words: Words,
) {
    let t = words.messages();
    for (purpose, reply) in inbox.take(|p| matches!(p, Purpose::Join | Purpose::SignIn)) {
        flow.waiting = false;
        if purpose == Purpose::Join {
            found_class(&mut flow, reply, t);
        } else if let Some(done) = signed_in(&mut flow, &mut store, reply, t) {
            joined.write(done);
        }
    }
}

fn found_class(flow: &mut JoinFlow, reply: HttpReply, t: &Messages) {
    match ok_json::<JoinReply>(reply, "join-no-such-class", t) {
        Ok(class) if class.cards.is_empty() => flow.message = Some(t.get("join-no-cards")),
        Ok(class) => {
            let code = std::mem::take(&mut flow.digits);
            flow.stage = JoinStage::Cards { code, class };
        }
        Err(message) => flow.message = Some(message),
    }
}

/// Makes (or updates) this card's profile on the device and plays as it.
fn signed_in(flow: &mut JoinFlow, store: &mut Store, reply: HttpReply, t: &Messages) -> Option<Joined> {
    let JoinStage::Pin { code, card, class } = flow.stage.clone() else { return None };
    let reply = match ok_json::<SignInReply>(reply, "join-wrong-pin", t) {
        Ok(reply) => reply,
        Err(message) => {
            flow.digits.clear();
            flow.message = Some(message);
            return None;
        }
    };
    // Nicknames come from the shared word list; anything else would make the save unreadable.
    if !is_valid_nickname(&reply.nickname) {
        flow.message = Some(t.get("join-card-unusable"));
        return None;
    }
    let avatar = card_picture(&reply.nickname, &reply.avatar);
    let id = format!("c{code}-{}", card.pupil_id);
    let link = ClassLink {
        code,
        pupil_id: card.pupil_id,
        token: reply.token,
        class_name: reply.class_name,
        assigned: reply.assigned,
    };
    let new_profile = match store.data.profile_mut(&id) {
        // Joining again on the same device keeps what was played here.
        Some(profile) => {
            // The card is the truth: an older card may have been given its own animal since.
            profile.nickname = reply.nickname;
            profile.avatar = avatar;
            profile.class = Some(link);
            profile.phase = Some(reply.phase);
            store.data.active = Some(id.clone());
            false
        }
        None => {
            let mut profile = Profile::new(id.clone(), reply.nickname, avatar);
            profile.phase = Some(reply.phase);
            // The class's language, as the teacher set it; the pupil can change their own.
            profile.lang = class.lang;
            profile.class = Some(link);
            store.data.add_profile(profile);
            true
        }
    };
    store.notice = None;
    store.save();
    *flow = JoinFlow::default();
    Some(Joined { profile: id, new_profile })
}

/// The picture a login card is drawn with: its nickname's own animal ("Happy Panda", the
/// panda). An older server's card whose animal has no picture keeps the one it was sent,
/// if it is a picture the game has for pupils.
pub fn card_picture(nickname: &str, sent: &str) -> String {
    match picture_of(nickname) {
        Some(picture) => picture,
        None if is_card_picture(sent) || PUPIL_AVATARS.contains(&sent) => sent,
        None => PUPIL_AVATARS[0],
    }
    .to_owned()
}

/// A 200 reply's JSON, or a calm message in `t`'s language: `not_found` (a message key)
/// for 401/404, the game's own words for every other status (core's `reply_message`;
/// never the server's text, which is English and for its logs), and plain advice when the
/// network is down.
pub(super) fn ok_json<T: DeserializeOwned>(
    reply: HttpReply,
    not_found: &str,
    t: &Messages,
) -> Result<T, String> {
    match reply {
        Ok((200, body)) => serde_json::from_str(&body).map_err(|_| t.get("join-server-unexpected")),
        Ok((401 | 404, _)) => Err(t.get(not_found)),
        Ok((status, _)) => Err(t.format(reply_message(status), &[("status", status.into())])),
        Err(_) => Err(t.get("join-unreachable")),
    }
}
