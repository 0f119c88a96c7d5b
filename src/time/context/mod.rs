//! Checks on the words around a match that the token grammar cannot see:
//! whether a capitalised "Daily" is part of a newspaper's name, whether
//! "the fourth quarter" is a period of a game, and whether a clock time
//! continues the date just before it.
//!
//! Each kind of check has a file of its own:
//! - [`names`]: time words inside names, titles and kinds of thing, which
//!   name no date of the story;
//! - [`games`]: periods of play and runs scored, in a story of sport;
//! - [`mod@figures`]: business figures, reports of them, futures
//!   contracts and dates a fall is compared with;
//! - [`present`]: "today" as the present age, "one day" as some day
//!   ahead, and a text come back to its own time;
//! - [`roles`]: what a date is in its sentence (where a stretch began, a
//!   dateline, the day of a report, a period in passing, a plan ahead);
//! - [`events`]: possessives and sudden events, told on their own day;
//! - [`frames`]: years and periods that open a sentence and frame its
//!   dates;
//! - [`joins`]: a match joined to its neighbours (a clock time and its
//!   day, the end of a range, a date counted from the one before);
//! - [`words`]: reading the words next to a match, for all of the above.

mod events;
mod figures;
mod frames;
mod games;
mod joins;
mod names;
mod present;
mod roles;
mod words;

pub use events::{possessive, sudden_event, sudden_event_told};
pub use figures::{
    compared_with, delivery_month, figure_noun, figure_word, figures, figures_month, period_to,
    reports,
};
pub use frames::{
    fiscal_year_end, period_lead_in, same_clause_after_year, subject_year, year_after, year_lead_in,
};
pub use games::{game_period, runs_scored};
pub use joins::{
    Join, after_midnight, afternoon_by_default, apposed, clock_joins, clock_then_day,
    day_counted_after, day_named_after, evening_by_event, part_of_day_told, range_end, range_start,
    without_local_time, year_range_end,
};
pub use names::{
    holiday_kind, in_award, in_name, in_title, late_night_kind, orthodox_before, quoted_title,
};
pub use present::{against_years_past, back_to_present, generic_today, present_near, someday};
pub use roles::{
    aimed_ahead, attribution, dateline, first_plan, in_since_clause, indefinite, intended_month,
};
