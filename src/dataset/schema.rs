//! The YAML schema of the reference dataset, as serde types.
//!
//! The dataset is written by hand and reviewed in pull requests, so the
//! schema is strict: every struct denies unknown fields (a misspelt key is an
//! error with file, line and column, not a silently ignored fact), ids must be
//! kebab-case, and dates are parsed while loading so that `2023-02-30` fails
//! at the line where it was typed.
//!
//! One file may hold any of the top-level sections; the loader merges all
//! files of a directory into one [`Dataset`](super::Dataset).

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, de};
use std::fmt;

use crate::time::{DateRange, value_range};

/// The JSON Schema of a dataset file, for editors (`claims/schema.json`).
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(DatasetFile);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

/// One YAML file of the dataset. Every section is optional.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DatasetFile {
    /// Companies, agencies, governments, people and products, with the
    /// names an article may use for them.
    #[serde(default)]
    pub entities: Vec<Entity>,
    /// Sanctions and export-control lists ("Entity List", "SDN list").
    #[serde(default)]
    pub lists: Vec<List>,
    /// Chips and the process node they are made on.
    #[serde(default)]
    pub chips: Vec<Chip>,
    /// Dated events: launches, meetings, calls, incidents.
    #[serde(default)]
    pub events: Vec<Event>,
    /// Sanctions and export-control actions, one record per designation.
    #[serde(default)]
    pub actions: Vec<Action>,
    /// Offices (positions) and the titles articles use for them.
    #[serde(default)]
    pub offices: Vec<Office>,
    /// Who held which office, and when.
    #[serde(default)]
    pub terms: Vec<Term>,
}

/// A stable, kebab-case identifier (`kirin-9000s`, `ifs-entity-list-removal`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Id(pub String);

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Id {
    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    fn is_kebab_case(text: &str) -> bool {
        !text.is_empty()
            && !text.starts_with('-')
            && !text.ends_with('-')
            && !text.contains("--")
            && text
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    }
}

impl JsonSchema for Id {
    fn schema_name() -> Cow<'static, str> {
        "Id".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$",
            "description": "A stable kebab-case id, unique across the whole dataset."
        })
    }
}

impl<'de> Deserialize<'de> for Id {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        if Id::is_kebab_case(&text) {
            Ok(Id(text))
        } else {
            Err(de::Error::custom(format!(
                "id `{text}` is not kebab-case (lowercase letters, digits and single hyphens, e.g. `kirin-9000s`)"
            )))
        }
    }
}

/// A calendar date known to a precision: `2023`, `2023-11` or `2023-11-16`
/// (also `2023-Q3`, `199` for a decade). Validated while loading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateValue {
    /// The value as written, which is also its TimeML form.
    pub value: String,
    /// The days it covers.
    pub range: DateRange,
}

impl fmt::Display for DateValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.value)
    }
}

impl JsonSchema for DateValue {
    fn schema_name() -> Cow<'static, str> {
        "DateValue".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A date at the precision known: YYYY, YYYY-MM or YYYY-MM-DD (also YYYY-Qn, YYYY-Hn, YYYY-Wnn).",
            "anyOf": [
                {"type": "string", "pattern": "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?|-Q[1-4]|-H[12]|-W[0-5][0-9])?$"},
                {"type": "integer", "minimum": 1000, "maximum": 9999}
            ]
        })
    }
}

impl<'de> Deserialize<'de> for DateValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct DateVisitor;

        impl de::Visitor<'_> for DateVisitor {
            type Value = DateValue;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date: YYYY, YYYY-MM or YYYY-MM-DD")
            }

            // YAML reads `2023` as a number; accept it as a year.
            fn visit_u64<E: de::Error>(self, year: u64) -> Result<DateValue, E> {
                self.visit_str(&year.to_string())
            }

            // A number beyond 64 bits is a typo like any other, and gets
            // the same message rather than serde's "as u128".
            fn visit_u128<E: de::Error>(self, number: u128) -> Result<DateValue, E> {
                self.visit_str(&number.to_string())
            }

            fn visit_i128<E: de::Error>(self, number: i128) -> Result<DateValue, E> {
                self.visit_str(&number.to_string())
            }

            fn visit_str<E: de::Error>(self, value: &str) -> Result<DateValue, E> {
                match value_range(value) {
                    Some(range) => Ok(DateValue {
                        value: value.to_string(),
                        range,
                    }),
                    None => Err(E::custom(format!(
                        "`{value}` is not a valid date: write YYYY, YYYY-MM or YYYY-MM-DD with a real calendar day"
                    ))),
                }
            }
        }

        deserializer.deserialize_any(DateVisitor)
    }
}

/// A public source for a fact. Facts without one are rejected.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Outlet or publisher: "Federal Register", "CNN", "TechInsights".
    pub publisher: String,
    /// The title of the piece. Lint warns when it is missing (empty).
    #[serde(default)]
    pub title: String,
    /// When the source was published.
    #[serde(default)]
    pub date: Option<DateValue>,
    /// Where to read it; the original where possible. Lint warns when a
    /// source has neither a URL nor a citation.
    #[serde(default)]
    pub url: Option<String>,
    /// A formal citation such as `88 FR 80131`.
    #[serde(default)]
    pub citation: Option<String>,
}

/// What kind of thing an entity is; used to read titles and actors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum EntityKind {
    Company,
    Government,
    Agency,
    Organization,
    Person,
    Product,
    Place,
}

/// Anything an article can name: a company, an agency, a person, a product.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Entity {
    pub id: Id,
    /// The official or canonical name.
    pub name: String,
    pub kind: EntityKind,
    /// Other names an article may use; matched as whole words. A name with
    /// a capital letter (`Apple`, `IFS`) matches only as written, so the
    /// fruit is not the company; an all-lowercase one matches in any case.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// The larger body this one belongs to (BIS is part of the Commerce
    /// Department, which is part of the US government), so "the US removed"
    /// matches an action taken by BIS.
    #[serde(default)]
    pub part_of: Option<Id>,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub sources: Vec<Source>,
}

/// A sanctions or export-control list.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct List {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// The entity that keeps the list.
    pub authority: Id,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub sources: Vec<Source>,
}

/// A chip and the process node it is made on.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Chip {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// The entity that designed it.
    #[serde(default)]
    pub designer: Option<Id>,
    /// The entity that manufactured it.
    #[serde(default)]
    pub foundry: Option<Id>,
    /// The process node in nanometres, as marketed (7 for "7nm").
    pub node_nm: u32,
    /// The foundry's process name, e.g. `SMIC N+2`.
    #[serde(default)]
    pub process: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
    pub sources: Vec<Source>,
}

/// A dated event.
///
/// An article mentions it either by one of its `names` ("the Bali meeting")
/// or by its `subject` together with one of its `triggers` ("Huawei
/// launched the Mate 60"); either way a date in the same clause is checked
/// against `date` (and `end` for events spanning several days).
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: Id,
    /// A one-line description for reports.
    pub name: String,
    /// Phrases that name the event on their own.
    #[serde(default)]
    pub names: Vec<String>,
    /// The entity or chip the event is about.
    #[serde(default)]
    pub subject: Option<Id>,
    /// Words that, next to the subject, say this event happened.
    #[serde(default)]
    pub triggers: Vec<String>,
    /// Entities or chips that, named in the same sentence as the subject
    /// and a trigger, make the match specific: "Tai met Wang Wentao" is
    /// this meeting, "Tai met" alone may be any of her meetings.
    #[serde(default)]
    pub with: Vec<Id>,
    /// Whether the subject does this only once (a product's launch), so
    /// that subject and trigger alone identify the event.
    #[serde(default)]
    pub once: bool,
    pub date: DateValue,
    /// The last day, for events spanning several days.
    #[serde(default)]
    pub end: Option<DateValue>,
    #[serde(default)]
    pub place: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
    pub sources: Vec<Source>,
}

/// What a sanctions or export-control action did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ActionKind {
    /// Put the target on a list.
    Add,
    /// Took the target off a list.
    Remove,
    /// Imposed a restriction that is not a listing (a rule, a ban).
    Restrict,
    /// Lifted a restriction that is not a listing.
    Lift,
}

impl ActionKind {
    /// Whether the action restricts (add, restrict) rather than relieves.
    pub fn is_restrictive(self) -> bool {
        matches!(self, ActionKind::Add | ActionKind::Restrict)
    }

    /// The lowercase name used in YAML and reports.
    pub fn as_str(self) -> &'static str {
        match self {
            ActionKind::Add => "add",
            ActionKind::Remove => "remove",
            ActionKind::Restrict => "restrict",
            ActionKind::Lift => "lift",
        }
    }
}

/// One sanctions or export-control action: a designation, a removal, a rule.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Action {
    pub id: Id,
    /// The entity that acted (BIS, OFAC).
    pub actor: Id,
    pub action: ActionKind,
    /// The list, for additions and removals.
    #[serde(default)]
    pub list: Option<Id>,
    /// The entity acted on.
    pub target: Id,
    /// The day the action took effect.
    pub date: DateValue,
    /// The day it was announced, when that differs.
    #[serde(default)]
    pub announced: Option<DateValue>,
    /// The title of the rule, for rules that are not listings.
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
    pub sources: Vec<Source>,
}

/// An office (a position) and the titles articles put before a holder's name.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Office {
    pub id: Id,
    pub name: String,
    /// Titles as written before a name: "Commerce Secretary", "US Commerce
    /// Secretary", "Secretary of Commerce".
    #[serde(default)]
    pub titles: Vec<String>,
    /// Whether one person holds it at a time (true for almost all offices).
    #[serde(default = "default_true")]
    pub single_holder: bool,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub sources: Vec<Source>,
}

fn default_true() -> bool {
    true
}

/// A person's term in an office.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub id: Id,
    pub person: Id,
    pub office: Id,
    /// First day in office.
    pub from: DateValue,
    /// Last day in office; absent while the term runs.
    #[serde(default)]
    pub to: Option<DateValue>,
    #[serde(default)]
    pub note: Option<String>,
    pub sources: Vec<Source>,
}
