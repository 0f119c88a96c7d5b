//! The reference dataset: its YAML schema, loading with exact places for
//! every error, and the lookup index that extractors use to find the
//! dataset's names in an article.
//!
//! The dataset never knows about articles: extractors ask the [`Index`] for
//! mentions and the verifier asks the [`Dataset`] for facts.

mod automata;
mod browse;
mod documents;
pub mod error;
mod folded;
mod ids;
pub mod index;
mod lint;
mod load;
mod locate;
mod parse;
mod patterns;
mod quick;
pub mod schema;
mod spread;

use std::fmt;
use std::path::Path;

pub use browse::EntryView;
pub use error::{DatasetError, DatasetProblem, Severity};
use ids::Ids;
pub use index::{Index, Mention, Target};
pub use load::{Loaded, SourceFile, embedded_files, load, load_all, read_dir};
use schema::{Action, Chip, DatasetFile, Entity, Event, Id, List, Office, Source, Term};

/// Which section of the dataset an id belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum ItemKind {
    Entity,
    List,
    Chip,
    Event,
    Action,
    Office,
    Term,
}

impl fmt::Display for ItemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ItemKind::Entity => "entity",
            ItemKind::List => "list",
            ItemKind::Chip => "chip",
            ItemKind::Event => "event",
            ItemKind::Action => "action",
            ItemKind::Office => "office",
            ItemKind::Term => "term",
        })
    }
}

/// The whole reference dataset, merged from all its files. Each entry
/// remembers the index of the file it came from.
#[derive(Debug, Default)]
pub struct Dataset {
    pub entities: Vec<(usize, Entity)>,
    pub lists: Vec<(usize, List)>,
    pub chips: Vec<(usize, Chip)>,
    pub events: Vec<(usize, Event)>,
    pub actions: Vec<(usize, Action)>,
    pub offices: Vec<(usize, Office)>,
    pub terms: Vec<(usize, Term)>,
    /// The files the dataset was read from, for messages.
    pub files: Vec<SourceFile>,
    by_id: Ids,
    index: Index,
}

impl Dataset {
    /// Loads `dir`, or the dataset compiled into the binary when `dir` is `None`.
    pub fn open(dir: Option<&Path>) -> Result<Dataset, DatasetError> {
        match dir {
            Some(dir) => load(&read_dir(dir)?),
            None => load(&embedded_files()),
        }
    }

    /// How many names, aliases and event names the entries carry (office
    /// titles not counted): the size of the maps and automata built over
    /// them, so they are allocated once.
    fn name_count(&self) -> usize {
        let entities = self.entities.iter().map(|(_, e)| 1 + e.aliases.len());
        let lists = self.lists.iter().map(|(_, l)| 1 + l.aliases.len());
        let chips = self.chips.iter().map(|(_, c)| 1 + c.aliases.len());
        let events = self.events.iter().map(|(_, e)| e.names.len());
        entities.chain(lists).chain(chips).chain(events).sum()
    }

    /// Makes room for the entries of `parts`, so that adding them moves
    /// each entry once instead of again at every growth.
    fn reserve<'p>(&mut self, parts: impl Iterator<Item = &'p DatasetFile>) {
        let mut counts = [0; 7];
        for part in parts {
            let lengths = [
                part.entities.len(),
                part.lists.len(),
                part.chips.len(),
                part.events.len(),
                part.actions.len(),
                part.offices.len(),
                part.terms.len(),
            ];
            for (count, length) in counts.iter_mut().zip(lengths) {
                *count += length;
            }
        }
        let [entities, lists, chips, events, actions, offices, terms] = counts;
        self.entities.reserve(entities);
        self.lists.reserve(lists);
        self.chips.reserve(chips);
        self.events.reserve(events);
        self.actions.reserve(actions);
        self.offices.reserve(offices);
        self.terms.reserve(terms);
    }

    /// Adds a file's entries (or a part of them), tagged with the file.
    fn add_file(&mut self, file: usize, parsed: DatasetFile) {
        fn tag<T>(file: usize, items: Vec<T>) -> impl Iterator<Item = (usize, T)> {
            items.into_iter().map(move |item| (file, item))
        }
        self.entities.extend(tag(file, parsed.entities));
        self.lists.extend(tag(file, parsed.lists));
        self.chips.extend(tag(file, parsed.chips));
        self.events.extend(tag(file, parsed.events));
        self.actions.extend(tag(file, parsed.actions));
        self.offices.extend(tag(file, parsed.offices));
        self.terms.extend(tag(file, parsed.terms));
    }

    /// Every id with its file and kind, in file order.
    fn all_ids(&self) -> Vec<(&Id, usize, ItemKind)> {
        let mut ids = Vec::new();
        ids.extend(
            self.entities
                .iter()
                .map(|(f, e)| (&e.id, *f, ItemKind::Entity)),
        );
        ids.extend(self.lists.iter().map(|(f, e)| (&e.id, *f, ItemKind::List)));
        ids.extend(self.chips.iter().map(|(f, e)| (&e.id, *f, ItemKind::Chip)));
        ids.extend(
            self.events
                .iter()
                .map(|(f, e)| (&e.id, *f, ItemKind::Event)),
        );
        ids.extend(
            self.actions
                .iter()
                .map(|(f, e)| (&e.id, *f, ItemKind::Action)),
        );
        ids.extend(
            self.offices
                .iter()
                .map(|(f, e)| (&e.id, *f, ItemKind::Office)),
        );
        ids.extend(self.terms.iter().map(|(f, e)| (&e.id, *f, ItemKind::Term)));
        ids
    }

    /// The index of names and trigger words, built once at load.
    pub fn index(&self) -> &Index {
        &self.index
    }

    /// The kind and position of the entry with this id.
    pub fn find(&self, id: &Id) -> Option<(ItemKind, usize)> {
        self.by_id.find(id)
    }

    /// The entity with this id.
    pub fn entity(&self, id: &Id) -> Option<&Entity> {
        match self.find(id)? {
            (ItemKind::Entity, i) => Some(&self.entities[i].1),
            _ => None,
        }
    }

    /// The position of the entity with this id.
    pub fn entity_index(&self, id: &Id) -> Option<usize> {
        match self.find(id)? {
            (ItemKind::Entity, i) => Some(i),
            _ => None,
        }
    }

    /// Whether entity `inner` is `outer` or part of it (BIS is part of the
    /// US government), following `part_of` links.
    pub fn is_part_of(&self, inner: &Id, outer: &Id) -> bool {
        let mut current = Some(inner);
        // The chain is bounded by the number of entities, which also
        // protects against a `part_of` cycle written by mistake.
        for _ in 0..=self.entities.len() {
            match current {
                Some(id) if id == outer => return true,
                Some(id) => current = self.entity(id).and_then(|e| e.part_of.as_ref()),
                None => return false,
            }
        }
        false
    }

    /// A display name for any id: the entry's name, or the id itself.
    pub fn name_of(&self, id: &Id) -> String {
        match self.find(id) {
            Some((ItemKind::Entity, i)) => self.entities[i].1.name.clone(),
            Some((ItemKind::List, i)) => self.lists[i].1.name.clone(),
            Some((ItemKind::Chip, i)) => self.chips[i].1.name.clone(),
            Some((ItemKind::Event, i)) => self.events[i].1.name.clone(),
            Some((ItemKind::Office, i)) => self.offices[i].1.name.clone(),
            _ => id.to_string(),
        }
    }

    /// Where an entry (or one of its fields) was written: the file name
    /// and, when found, the 1-based line and column.
    pub fn place(
        &self,
        file: usize,
        id: &Id,
        field: Option<&str>,
    ) -> (&str, Option<(usize, usize)>) {
        match self.files.get(file) {
            Some(source) => (
                source.name.as_str(),
                locate::locate(&source.text, id.as_str(), field),
            ),
            None => ("", None),
        }
    }

    /// The file name an entry came from.
    pub fn file_name(&self, file: usize) -> &str {
        self.files.get(file).map_or("", |f| f.name.as_str())
    }

    /// The sources of any entry with this id.
    pub fn sources_of(&self, id: &Id) -> &[Source] {
        match self.find(id) {
            Some((ItemKind::Entity, i)) => &self.entities[i].1.sources,
            Some((ItemKind::List, i)) => &self.lists[i].1.sources,
            Some((ItemKind::Chip, i)) => &self.chips[i].1.sources,
            Some((ItemKind::Event, i)) => &self.events[i].1.sources,
            Some((ItemKind::Action, i)) => &self.actions[i].1.sources,
            Some((ItemKind::Office, i)) => &self.offices[i].1.sources,
            Some((ItemKind::Term, i)) => &self.terms[i].1.sources,
            None => &[],
        }
    }

    /// How many facts (chips, events, actions, terms) the dataset holds.
    pub fn fact_count(&self) -> usize {
        self.chips.len() + self.events.len() + self.actions.len() + self.terms.len()
    }
}
