//! A uniform view of every entry, for browsing the dataset (`claims list`,
//! `claims show`) without caring which section an entry lives in.

use super::schema::{ActionKind, Id, Source};
use super::{Dataset, ItemKind};

/// One entry of the dataset as a person browses it.
#[derive(Debug, Clone)]
pub struct EntryView<'d> {
    pub kind: ItemKind,
    pub id: &'d Id,
    pub name: String,
    /// What the entry asserts, compactly: `7 nm (SMIC N+2)`, `2023-11-16`.
    pub value: String,
    /// When the fact holds, for facts that are true only for a while.
    pub validity: Option<String>,
    /// Names, titles and trigger words an article is matched on.
    pub names: Vec<String>,
    pub note: Option<&'d str>,
    pub sources: &'d [Source],
    pub file: usize,
}

impl Dataset {
    /// Every entry, in file order within each section.
    pub fn entries(&self) -> Vec<EntryView<'_>> {
        let mut all = Vec::new();
        for (f, e) in &self.entities {
            let part_of = e
                .part_of
                .as_ref()
                .map(|p| format!("part of {}", self.name_of(p)));
            all.push(EntryView {
                kind: ItemKind::Entity,
                id: &e.id,
                name: e.name.clone(),
                value: part_of.unwrap_or_else(|| format!("{:?}", e.kind).to_lowercase()),
                validity: None,
                names: e.aliases.clone(),
                note: e.note.as_deref(),
                sources: &e.sources,
                file: *f,
            });
        }
        for (f, l) in &self.lists {
            all.push(EntryView {
                kind: ItemKind::List,
                id: &l.id,
                name: l.name.clone(),
                value: format!("kept by {}", self.name_of(&l.authority)),
                validity: None,
                names: l.aliases.clone(),
                note: l.note.as_deref(),
                sources: &l.sources,
                file: *f,
            });
        }
        for (f, c) in &self.chips {
            all.push(EntryView {
                kind: ItemKind::Chip,
                id: &c.id,
                name: c.name.clone(),
                value: match &c.process {
                    Some(process) => format!("{} nm ({process})", c.node_nm),
                    None => format!("{} nm", c.node_nm),
                },
                validity: None,
                names: c.aliases.clone(),
                note: c.note.as_deref(),
                sources: &c.sources,
                file: *f,
            });
        }
        for (f, e) in &self.events {
            let mut names = e.names.clone();
            if let Some(subject) = &e.subject {
                names.extend(
                    e.triggers
                        .iter()
                        .map(|t| format!("{} … {t}", self.name_of(subject))),
                );
            }
            all.push(EntryView {
                kind: ItemKind::Event,
                id: &e.id,
                name: e.name.clone(),
                value: match &e.end {
                    Some(end) => format!("{} to {end}", e.date),
                    None => e.date.to_string(),
                },
                validity: None,
                names,
                note: e.note.as_deref(),
                sources: &e.sources,
                file: *f,
            });
        }
        for (f, a) in &self.actions {
            let list = a
                .list
                .as_ref()
                .map(|l| format!(" {}", self.name_of(l)))
                .unwrap_or_default();
            let verb = match a.action {
                ActionKind::Add => "add to",
                ActionKind::Remove => "remove from",
                ActionKind::Restrict => "restrict",
                ActionKind::Lift => "lift",
            };
            all.push(EntryView {
                kind: ItemKind::Action,
                id: &a.id,
                name: a.title.clone().unwrap_or_else(|| {
                    format!(
                        "{}: {} {verb}{list}",
                        self.name_of(&a.actor),
                        self.name_of(&a.target)
                    )
                }),
                value: a.date.to_string(),
                validity: a
                    .announced
                    .as_ref()
                    .map(|d| format!("announced {d}, effective {}", a.date)),
                names: Vec::new(),
                note: a.note.as_deref(),
                sources: &a.sources,
                file: *f,
            });
        }
        for (f, o) in &self.offices {
            all.push(EntryView {
                kind: ItemKind::Office,
                id: &o.id,
                name: o.name.clone(),
                value: if o.single_holder {
                    "one holder at a time"
                } else {
                    "several holders"
                }
                .into(),
                validity: None,
                names: o.titles.clone(),
                note: o.note.as_deref(),
                sources: &o.sources,
                file: *f,
            });
        }
        for (f, t) in &self.terms {
            let to =
                t.to.as_ref()
                    .map_or("present".to_string(), ToString::to_string);
            all.push(EntryView {
                kind: ItemKind::Term,
                id: &t.id,
                name: format!("{}: {}", self.name_of(&t.person), self.name_of(&t.office)),
                value: format!("{} to {to}", t.from),
                validity: Some(format!("from {} to {to}", t.from)),
                names: Vec::new(),
                note: t.note.as_deref(),
                sources: &t.sources,
                file: *f,
            });
        }
        all
    }
}
