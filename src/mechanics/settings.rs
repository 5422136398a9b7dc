//! `Settings`: a pretend app's settings screen. Each setting's options are buttons (the
//! chosen one highlighted); "See what happens" previews who could see and message.

use crate::play::Draft;
use crate::play::PlaySession;
use crate::theme::{self, Look, UiAssets, palette};
use crate::words::messages;
use bevy::input_focus::AutoFocus;
use bevy::prelude::*;
use bevy::ui_widgets::Activate;
use clickwise_core::playthrough::SettingsDraft;
use clickwise_core::scoring::ChoiceRecord;
use clickwise_core::{Device, SettingsStep};

fn draft(session: &mut PlaySession) -> Option<&mut SettingsDraft> {
    match &mut session.draft {
        Draft::Settings(d) => Some(d),
        _ => None,
    }
}

pub(super) fn draw(col: &mut ChildSpawnerCommands, ui: &mut UiAssets, s: &PlaySession, step: &SettingsStep) {
    let Draft::Settings(d) = &s.draft else { return };
    super::task_heading(col, ui, "padlock", &s.fill(&step.task));
    let t = messages(s.lang);
    let owner = step.owner.as_deref().and_then(|r| s.member(r));
    col.spawn(theme::device_frame(Device::Tablet)).with_children(|frame| {
        frame.spawn(theme::device_screen()).with_children(|screen| {
            screen.spawn(theme::left_row(12.0)).with_children(|r| {
                if let Some(o) = owner {
                    r.spawn(theme::icon(ui, &o.avatar, 44.0));
                }
                let whose = match owner {
                    Some(o) => t.format("settings-whose", &[("name", s.name_of(o).into())]),
                    None => t.get("settings-title"),
                };
                r.spawn(theme::label(ui, format!("{} · {whose}", s.fill(&step.app))));
            });
            for setting in &step.settings {
                let label = s.fill(&setting.label);
                screen.spawn(theme::left_row(10.0)).with_children(|r| {
                    if let Some(icon) = &setting.icon {
                        r.spawn(theme::icon(ui, icon, 36.0));
                    }
                    r.spawn(theme::label(ui, label.clone()));
                });
                screen.spawn(theme::row(10.0)).with_children(|r| {
                    for option in &setting.options {
                        let chosen = d.value(&setting.id) == Some(option.id.as_str());
                        let (sid, oid) = (setting.id.clone(), option.id.clone());
                        let text = s.fill(&option.text);
                        let mut b = r.spawn(theme::button(
                            ui,
                            &text,
                            Look::Secondary,
                            move |_: On<Activate>, mut session: ResMut<PlaySession>| {
                                if let Some(d) = draft(&mut session) {
                                    if let Some(v) = d.values.iter_mut().find(|(k, _)| *k == sid) {
                                        v.1 = oid.clone();
                                    }
                                    d.previewing = false;
                                }
                            },
                        ));
                        // Several settings share option words ("On", "Off"): name the setting too.
                        b.insert((
                            theme::Widget { role: "radio", label: format!("{label}: {text}") },
                            theme::Checked(chosen),
                        ));
                        if chosen {
                            b.insert(theme::selected_look());
                        }
                    }
                });
            }
        });
    });
    if d.previewing {
        col.spawn(theme::panel(palette::SUNNY)).with_children(|p| {
            p.spawn(theme::left_row(12.0)).with_children(|r| {
                r.spawn(theme::icon(ui, "magnifier", 44.0));
                r.spawn(theme::heading(ui, t.get("settings-what-happens")));
            });
            for setting in &step.settings {
                let value = d.value(&setting.id).unwrap_or(&setting.start);
                if let Some(o) = setting.option(value) {
                    p.spawn(theme::label(ui, format!("• {}", s.fill(&o.effect))));
                }
            }
        });
        col.spawn(theme::row(16.0)).with_children(|r| {
            r.spawn((
                AutoFocus,
                theme::button(
                    ui,
                    &t.get("settings-happy"),
                    Look::Primary,
                    |_: On<Activate>, mut session: ResMut<PlaySession>| {
                        let picks = draft(&mut session)
                            .map(|d| d.values.iter().map(|(k, v)| format!("{k}={v}")).collect())
                            .unwrap_or_default();
                        session.submit(ChoiceRecord { picks, ..Default::default() });
                    },
                ),
            ));
        });
    } else {
        col.spawn(theme::row(0.0)).with_children(|r| {
            r.spawn(theme::button(
                ui,
                &t.get("settings-see-what-happens"),
                Look::Primary,
                |_: On<Activate>, mut session: ResMut<PlaySession>| {
                    if let Some(d) = draft(&mut session) {
                        d.previewing = true;
                    }
                },
            ));
        });
    }
}
