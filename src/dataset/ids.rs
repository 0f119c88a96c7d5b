//! Every id of the dataset, indexed once: which entry has it (for
//! [`Dataset::find`](super::Dataset::find)), which entry had it first, and
//! which entries repeat an id. Loading's checks and lint read it too, so
//! the ids are hashed once rather than once per use.

use super::schema::Id;
use super::{Dataset, ItemKind};
use rustc_hash::FxHashMap;

/// Where an id was seen.
#[derive(Debug, Clone, Copy)]
struct Seen {
    /// The file and kind of the first entry with the id.
    first: (usize, ItemKind),
    /// The kind and position of the last entry with the id, which
    /// [`Ids::find`] returns (only a dataset with errors has two).
    last: (ItemKind, usize),
}

/// An entry whose id an earlier entry already has.
#[derive(Debug, Clone, Copy)]
pub struct Duplicate {
    /// Its position among all ids in dataset order ([`Dataset::all_ids`]).
    pub position: usize,
    /// The file and kind of the first entry with the id.
    pub first: (usize, ItemKind),
}

/// See the [module documentation](self).
#[derive(Debug, Default)]
pub struct Ids {
    seen: FxHashMap<String, Seen>,
    /// In dataset order.
    duplicates: Vec<Duplicate>,
}

impl Ids {
    /// Indexes the ids of the dataset's entries. Built apart from the
    /// dataset so that loading can build it while the name index is built.
    pub fn build(dataset: &Dataset) -> Ids {
        let d = dataset;
        let count = d.entities.len()
            + d.lists.len()
            + d.chips.len()
            + d.events.len()
            + d.actions.len()
            + d.offices.len()
            + d.terms.len();
        let mut ids = Ids {
            seen: FxHashMap::with_capacity_and_hasher(count, Default::default()),
            duplicates: Vec::new(),
        };
        let mut position = 0;
        // The same order as `Dataset::all_ids`.
        ids.add(&mut position, ItemKind::Entity, &d.entities, |e| &e.id);
        ids.add(&mut position, ItemKind::List, &d.lists, |e| &e.id);
        ids.add(&mut position, ItemKind::Chip, &d.chips, |e| &e.id);
        ids.add(&mut position, ItemKind::Event, &d.events, |e| &e.id);
        ids.add(&mut position, ItemKind::Action, &d.actions, |e| &e.id);
        ids.add(&mut position, ItemKind::Office, &d.offices, |e| &e.id);
        ids.add(&mut position, ItemKind::Term, &d.terms, |e| &e.id);
        ids
    }

    fn add<T>(
        &mut self,
        position: &mut usize,
        kind: ItemKind,
        entries: &[(usize, T)],
        id: fn(&T) -> &Id,
    ) {
        for (i, (file, entry)) in entries.iter().enumerate() {
            let id = id(entry);
            match self.seen.get_mut(id.as_str()) {
                Some(seen) => {
                    self.duplicates.push(Duplicate {
                        position: *position,
                        first: seen.first,
                    });
                    seen.last = (kind, i);
                }
                None => {
                    self.seen.insert(
                        id.0.clone(),
                        Seen {
                            first: (*file, kind),
                            last: (kind, i),
                        },
                    );
                }
            }
            *position += 1;
        }
    }

    /// The kind and position of the entry with this id (the last one,
    /// should there be several).
    pub fn find(&self, id: &Id) -> Option<(ItemKind, usize)> {
        self.seen.get(id.as_str()).map(|seen| seen.last)
    }

    /// The kind of the first entry with this id.
    pub fn first_kind(&self, id: &Id) -> Option<ItemKind> {
        self.seen.get(id.as_str()).map(|seen| seen.first.1)
    }

    /// Every entry whose id an earlier entry has, in dataset order.
    pub fn duplicates(&self) -> &[Duplicate] {
        &self.duplicates
    }
}
