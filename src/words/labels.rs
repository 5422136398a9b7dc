//! The message keys of the core's named things (a mood, an age group, a topic…), whose
//! `label()` in the core is English only.

use clickwise_core::{Artefact, Mood, Phase, ReportForm, Topic};

pub fn mood(mood: Mood) -> &'static str {
    match mood {
        Mood::Calm => "mood-calm",
        Mood::Happy => "mood-happy",
        Mood::Worried => "mood-worried",
        Mood::Thinking => "mood-thinking",
        Mood::Sad => "mood-sad",
    }
}

pub fn phase(phase: Phase) -> &'static str {
    match phase {
        Phase::Ks1 => "phase-ks1",
        Phase::LowerKs2 => "phase-lks2",
        Phase::UpperKs2 => "phase-uks2",
    }
}

pub fn topic(topic: Topic) -> &'static str {
    match topic {
        Topic::StopThinkClick => "topic-stop-think-click",
        Topic::OnlineFriends => "topic-online-friends",
        Topic::Privacy => "topic-privacy",
        Topic::Reporting => "topic-reporting",
        Topic::Passwords => "topic-passwords",
        Topic::Kindness => "topic-kindness",
        Topic::Information => "topic-information",
        Topic::Wellbeing => "topic-wellbeing",
        Topic::Copyright => "topic-copyright",
        Topic::Shopping => "topic-shopping",
        Topic::Images => "topic-images",
        Topic::Identity => "topic-identity",
    }
}

pub fn artefact(artefact: Artefact) -> &'static str {
    match artefact {
        Artefact::Email => "artefact-email",
        Artefact::TextMessage => "artefact-text-message",
        Artefact::PopUp => "artefact-pop-up",
        Artefact::WebPage => "artefact-web-page",
        Artefact::Download => "artefact-download",
        Artefact::FriendRequest => "artefact-friend-request",
    }
}

pub fn report_form(form: ReportForm) -> &'static str {
    match form {
        ReportForm::WhoToTell => "report-form-who-to-tell",
        ReportForm::InApp => "report-form-in-app",
        ReportForm::Ceop => "report-form-ceop",
    }
}
