//! The recurring cast: a character keeps their name and picture in every level they are
//! in (whatever the seed), and their words are read aloud in their own voice.

use crate::common::play::{open, session};
use crate::common::*;
use bevy::prelude::*;
use clickwise::access::LastPitch;
use clickwise::levels::LevelLibrary;
use clickwise_core::{Mechanic, Phase};

#[test]
fn a_recurring_character_is_the_same_in_every_level() {
    let (mut app, _) = game(LEVELS, None);
    boot(&mut app);
    let library = app.world().resource::<LevelLibrary>();
    let world = library.world_of(Phase::Ks1).expect("a world").clone();
    for member in &world.cast {
        let mut seen = 0;
        for level in library.for_phase(Phase::Ks1) {
            for role in level.cast.iter().filter(|r| r.is.as_deref() == Some(member.id.as_str())) {
                assert_eq!(
                    role.names,
                    std::slice::from_ref(&member.name),
                    "{} in {}",
                    member.name.en,
                    level.id
                );
                assert_eq!(
                    role.avatars,
                    std::slice::from_ref(&member.avatar),
                    "{} in {}",
                    member.name.en,
                    level.id
                );
                seen += 1;
            }
        }
        assert!(seen >= 2, "{} comes back in several levels ({seen})", member.name.en);
    }
}

#[test]
fn a_characters_message_is_read_in_their_voice() {
    let (mut app, _) = game(LEVELS, None);
    boot(&mut app);
    new_player(&mut app, "fox");
    // A level that opens with a message from a recurring character (in every version).
    let (phase, title, pitch) = {
        let library = app.world().resource::<LevelLibrary>();
        library
            .levels
            .iter()
            .find_map(|l| {
                let start = l.step(&l.start)?;
                let from: Vec<_> = start
                    .versions()
                    .map(|m| match m {
                        Mechanic::Choice(c) => c.from.clone(),
                        _ => None,
                    })
                    .collect();
                let role = from[0].as_ref().filter(|_| from.iter().all(|f| f == &from[0]))?;
                let member = library
                    .world_of(l.phase)?
                    .member(l.cast.iter().find(|r| &r.role == role)?.is.as_deref()?)?;
                ((member.pitch - 1.0).abs() > 0.01).then(|| (l.phase, l.title.en.clone(), member.pitch))
            })
            .expect("a level opening with a recurring character's message")
    };
    open(&mut app, phase.label(), &title);
    app.update();
    let bubble = {
        let world = app.world_mut();
        world
            .query::<(Entity, &Name)>()
            .iter(world)
            .find(|(_, n)| n.as_str() == "chat bubble")
            .map(|(e, _)| e)
            .unwrap()
    };
    let speaker = speakers(&mut app, Some(bubble))[0];
    app.world_mut().trigger(bevy::ui_widgets::Activate { entity: speaker });
    app.update();
    assert_eq!(app.world().resource::<LastPitch>().0, pitch, "the message is read in the character's voice");
    assert!(session(&app).cast.iter().any(|m| (m.pitch - pitch).abs() < f32::EPSILON));
}
