//! Clock times and parts of a day: on the day their own words name, or
//! else on the day the story is telling.

use super::{Resolved, Resolver};
use crate::time::lexicon::{PartOfDay, Unit};
use crate::time::sem::{Val, clock_suffix};
use crate::time::tense::Tense;
use crate::time::value::{Gran, Point};

impl Resolver {
    /// A clock time: on the day its own words name, else the day the story
    /// is telling.
    pub(super) fn clock(
        &mut self,
        hour: u8,
        minute: u8,
        second: Option<u8>,
        day: &Val,
        tense: &mut dyn FnMut() -> Tense,
    ) -> Resolved {
        let dct = self.dct;
        let suffix = clock_suffix(hour, minute, second);
        let bare = *day == Val::DocDay;
        if bare && let Some(a) = self.story_day(tense, hour <= 12) {
            // (An evening time of a night told past midnight is of
            // the night's own day.)
            let evening = (18..24).contains(&hour)
                && self
                    .night
                    .is_some_and(|n| n.tomorrow().ok() == Some(a.date));
            let a = match self.night {
                Some(n) if evening => Point::containing(Gran::Day, n).unwrap_or(a),
                _ => a,
            };
            // "had queued since midnight" on the story's day: the
            // midnight that began it, the end of the day before.
            let a = if hour == 24 && self.place.since {
                a.shifted(Unit::Day, -1).unwrap_or(a)
            } else {
                a
            };
            return self.with_day(Resolved::point(a, true), &suffix);
        }
        // "reunited at midnight", said the morning after with no
        // other day in the story: the midnight that began the
        // document's day (TimeML writes it as the end of the day
        // before). Not when the paragraph is already late on the
        // document's day ("a call issued at 9:30 p.m. ... 40 people
        // were arrested by midnight", "began at 5 p.m. ... said
        // shortly before midnight").
        let on_today = self.anchor_at.line == self.place.line
            && self.afternoon
            && self
                .anchor
                .is_some_and(|a| a.gran == Gran::Day && dct == Some(a.date));
        if bare
            && hour == 24
            && !on_today
            && let Some(d) = dct
            && matches!(tense(), Tense::Past | Tense::Before)
            && let Some(p) = d
                .yesterday()
                .ok()
                .and_then(|y| Point::containing(Gran::Day, y))
        {
            return self.with_day(Resolved::point(p, true), "T24:00");
        }
        let mut r = self.resolve_inner(day, tense);
        // "struck shortly after midnight Friday": in the small hours of
        // that Friday, after the midnight that ends the day before.
        if hour == 24
            && !bare
            && self.place.after_midnight
            && let Some(p) = r.point
        {
            r = Resolved::point(p.opened_by_midnight(), r.relative);
        }
        self.with_day(r, &suffix)
    }

    /// A part of a day ("the morning", "Tuesday night"): as a clock time.
    pub(super) fn part_of_day(
        &mut self,
        pod: PartOfDay,
        day: &Val,
        tense: &mut dyn FnMut() -> Tense,
    ) -> Resolved {
        let dct = self.dct;
        let suffix = format!("T{}", pod.code());
        if *day == Val::DocDay
            && let Some(a) = self.story_day(tense, pod == PartOfDay::Morning)
        {
            return self.with_day(Resolved::point(a, true), &suffix);
        }
        // "Clerks worked through the night and finished tallying
        // ballots", with no day told: the night that has ended,
        // the one that began the day before the document's.
        if *day == Val::DocDay
            && pod == PartOfDay::Night
            && matches!(tense(), Tense::Past)
            && let Some(p) = dct
                .and_then(|d| d.yesterday().ok())
                .and_then(|y| Point::containing(Gran::Day, y))
        {
            return self.with_day(Resolved::point(p, true), &suffix);
        }
        let r = self.resolve_inner(day, tense);
        self.with_day(r, &suffix)
    }
}
