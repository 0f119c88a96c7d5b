//! The day the story is on: which day a clock time or part of the day
//! without a day of its own belongs to ("struck on Sunday ... at 9:30
//! a.m."), and the tests of closeness to the last date named that decide
//! it.

use super::{CLOSE, Resolved, Resolver};
use crate::time::lexicon::Unit;
use crate::time::tense::Tense;
use crate::time::value::{Gran, Point};

/// What the story's lead, its first sentence, told: the paragraphs after
/// it go on telling the lead's day ("stabbed outside a pub on Boxing
/// Day." then "Police were called at about 1.40am"), unless the lead also
/// names the document's own day ("voted today ... its invasion of Kuwait
/// on Thursday").
#[derive(Debug, Clone, Default)]
pub(super) struct Lede {
    /// Where the lead ends, when it names a date.
    pub(super) end: Option<usize>,
    /// Whether `end` is known: set once, at the first date.
    pub(super) set: bool,
    /// Whether the lead names the document's own day.
    pub(super) today: bool,
    /// The first day of the coming week the lead names: what is ahead in
    /// the paragraphs after it, with no day of its own, is on that day
    /// ("will lead the nation in marking Madaraka Day tomorrow ..." then
    /// "gates would open at 6am").
    pub(super) ahead: Option<Point>,
    /// The first day of the past week the lead names: a time told with
    /// no day in a later paragraph that names no day of its own is on it
    /// ("The pound suffered its biggest fall on record yesterday ..." then
    /// "Cameron announced his resignation at 8.15am").
    pub(super) past: Option<Point>,
    /// The day of the past week of a sudden event the lead names ("the
    /// cause of Tuesday's crash"): a time told in the past tense with no
    /// day in a later paragraph that names no day of its own is on it
    /// ("Flight AF4590 took off at 4.42 pm"), even when the lead also
    /// names the document's day.
    pub(super) event: Option<Point>,
}

impl Resolver {
    /// The day a clock time or part of the day with no day written is on
    /// ("struck on Sunday ... at 9:30 a.m.", "by late evening"): in a
    /// clause about the past, the day the story last named, if that day is
    /// of the past week. A date ahead or long past mentioned in between
    /// ("next meet on June 26-27", "since the Sept. 11 attacks") does not
    /// change the story's day. A time `early` in the day after a night
    /// ("Tuesday night ... by midday") is on the next day, if that is not
    /// after the document's. In a paragraph that names no day, the day
    /// of the past week the lead named (see [`Lede::past`]). In a clause
    /// about what is ahead, the day ahead the story last named on the
    /// same line. `None` means the document's day.
    pub(super) fn story_day(&self, tense: &mut dyn FnMut() -> Tense, early: bool) -> Option<Point> {
        let anchor = self.anchor?;
        // "kicks off on Friday night, where Palace host Arsenal at 8pm":
        // a time ahead is on the day ahead last named; not on a deadline
        // ("to issue a statement by Saturday. Bush will speak at 10:15
        // a.m."). The tense is asked only when a day could follow from it.
        // So is an early time after a late one today in a clause about
        // what is ahead: "Polls close at 10pm and the result is expected
        // at 5am" is the next morning.
        let tonight = early && self.late && self.dct == Some(anchor.date);
        let ahead = anchor.gran == Gran::Day
            && !self.anchor_at.deadline
            && self.anchor_at.line == self.place.line
            && self.dct.is_some_and(|d| d < anchor.date || tonight);
        let mut known = None;
        let mut t = || *known.get_or_insert_with(&mut *tense);
        if ahead
            && match t() {
                Tense::Future | Tense::Present => true,
                Tense::Unknown => !tonight,
                _ => false,
            }
        {
            // "begins at 9pm and should finish shortly after 12.30am":
            // past midnight, the next day.
            let next = (early && self.late)
                .then(|| anchor.shifted(Unit::Day, 1))
                .flatten();
            return Some(next.unwrap_or(anchor));
        }
        // A clause about what is ahead, after a date aside: the day ahead
        // last named in the paragraph.
        if let Some((day, line)) = self.ahead_day
            && line == self.place.line
            && matches!(t(), Tense::Future | Tense::Present)
        {
            return Some(day);
        }
        // Past the lead's paragraph, the day ahead the lead named, unless
        // this paragraph names a day that is not past ("said on Monday
        // that gates would open at 6am" is still the lead's day).
        if let Some(day) = self.lede.ahead
            && !self.lede.today
            && self.lede.end.is_some_and(|e| self.place.offset > e)
            && (self.anchor_at.line != self.place.line || self.dct.is_some_and(|d| anchor.date < d))
            && matches!(t(), Tense::Future | Tense::Present)
        {
            return Some(day);
        }
        // "left Kuala Lumpur on Saturday 8 March ... It took off at
        // 12.41am", "on April 15, 2013 ... The first went off at 2:49
        // p.m.": a day further back on which something happened is the
        // story's day for what follows it closely (not "the quarter ended
        // June 29 ... The event began at 10 a.m."). A night or a time told
        // of holds past a paragraph break ("after France beat Brazil in
        // Sunday night's final." then "The final kicked off at 9 p.m."),
        // into the next paragraph only ("Trump arrived on Sunday evening."
        // then "The two leaders met one-on-one." then "They signed a joint
        // statement shortly before 2 p.m." is the summit's day, the
        // story's own).
        let close = anchor.gran == Gran::Day
            && self.anchor_on
            && (self.anchor_close()
                || self.anchor_timed
                    && self.place.line <= self.anchor_at.line + 1
                    && self.place.offset.saturating_sub(self.anchor_at.offset) <= CLOSE)
            && self.dct.is_some_and(|d| anchor.date < d);
        // So is a day of a narrative of long ago ("On 13 February 1945,
        // the first wave struck shortly after 10pm") in its paragraph
        // (see `Resolver::flashback`); a time in the next is of the
        // story's own day ("first hoisted the flag on August 16, 1947."
        // then "Police closed roads from 4 am"), unless the story is of
        // that day ("At 9.58pm on 6 July 1988, leaking gas ignited ..."
        // then "At 10.20pm, a gas pipeline ruptured").
        let close = close
            || anchor.gran == Gran::Day
                && (self.anchor_at.line == self.place.line || self.era_in_lede())
                && self.in_stretch_told();
        // A day of the past week holds only within its paragraph, as the
        // last past day does: "the invasion of Kuwait on Thursday." then
        // "Cuba abstained in the vote, which came at 1:10 p.m." is today.
        // The lead's day holds on (see [`Lede::end`]).
        let this_paragraph =
            self.anchor_at.line == self.place.line || self.in_lede(self.anchor_at.offset);
        // A day that starts a stretch ("died since the storm formed last
        // Thursday") is the story's day only within its own phrase
        // ("closed since Wednesday noon").
        let own = (self.in_past_week(anchor) && this_paragraph || close)
            && (!self.anchor_at.since || self.place.since)
            && !self.anchor_at.first_plan;
        // "declared martial law late Tuesday." then "Lawmakers voted at 1
        // a.m. Wednesday." then "The Cabinet lifted the order at 4:30
        // a.m.": a time told just after a time on the document's own day
        // is on that day too, not on the day the lead told.
        if !own
            && self.anchor_timed
            && anchor.gran == Gran::Day
            && self.dct == Some(anchor.date)
            && self.place.offset.saturating_sub(self.anchor_at.offset) <= CLOSE
        {
            return None;
        }
        // Else the last day of the past week named in this paragraph or
        // the lead; else, in a paragraph that names no day, the lead's.
        let (day, named_last) = if own {
            (anchor, true)
        } else {
            let past = self.past_day.filter(|_| {
                self.past_day_line == self.place.line || self.in_lede(self.past_day_offset)
            });
            let lede = self.lede.past.filter(|_| {
                (!self.lede.today || self.place.sudden) && self.anchor_at.line != self.place.line
            });
            let event = self.lede.event.filter(|_| {
                self.anchor_at.line != self.place.line
                    && self.lede.end.is_some_and(|e| self.place.offset > e)
                    && !self.attribution
                    && !self.place.deadline
            });
            // (The last day told, further back than the anchor, is still
            // the one whose night may go on.)
            let day = past.or(lede).or(event)?;
            let last = self.day_told.is_some_and(|(d, _)| d == day);
            (day, last)
        };
        // (What lies on either side of the document date, as a deadline
        // counted back from does, is on the story's day too: "passed the
        // bill on Thursday, hours before the midnight deadline".)
        if !matches!(
            t(),
            Tense::Past | Tense::Before | Tense::Unknown | Tense::Nearest | Tense::Moved
        ) {
            return None;
        }
        let next = (named_last && early && self.late)
            .then(|| day.shifted(Unit::Day, 1))
            .flatten()
            .filter(|n| self.dct.is_some_and(|d| n.date <= d));
        Some(next.unwrap_or(day))
    }

    /// Whether `p` is a single day of the week before the document date.
    pub(super) fn in_past_week(&self, p: Point) -> bool {
        self.dct.is_some_and(|d| {
            p.gran == Gran::Day && p.date < d && d.since(p.date).is_ok_and(|s| s.get_days() <= 7)
        })
    }

    /// Whether `p` is a single day of the week after the document date.
    pub(super) fn in_next_week(&self, p: Point) -> bool {
        self.dct.is_some_and(|d| {
            p.gran == Gran::Day && d < p.date && p.date.since(d).is_ok_and(|s| s.get_days() <= 7)
        })
    }

    /// Whether the value being resolved follows the anchor closely: on
    /// its line, within about two sentences.
    pub(super) fn anchor_close(&self) -> bool {
        self.anchor_at.line == self.place.line
            && self.place.offset.saturating_sub(self.anchor_at.offset) <= CLOSE
    }

    /// Appends a time-of-day suffix to a day value.
    pub(super) fn with_day(&self, r: Resolved, suffix: &str) -> Resolved {
        match r.point {
            Some(p) if p.gran == Gran::Day => Resolved {
                value: format!("{}{suffix}", p.value()),
                relative: r.relative,
                point: Some(p),
            },
            _ if r.value.starts_with("XXXX-WXX-") || r.value.len() == 10 => Resolved {
                value: format!("{}{suffix}", r.value),
                relative: true,
                point: None,
            },
            _ => Resolved::rel(format!("XXXX-XX-XX{suffix}")),
        }
    }
}
