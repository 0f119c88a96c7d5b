//! Narratives of long ago: the stretch of the past a story is telling
//! ("On 2 April 1982 ... by mid-May ..." then "On 8 June"), which days,
//! months and times of the day without a year of their own belong to,
//! and where the story comes back to its own time.

use super::{Lead, Resolver, rank};
use crate::time::calendar::{holiday_date, ymd};
use crate::time::lexicon::Holiday;
use crate::time::sem::Val;
use crate::time::tense::Tense;
use crate::time::value::{Gran, Point};
use jiff::ToSpan;

/// How many days before the document a date must lie to be of a
/// stretch long before it.
const LONG_BEFORE: i64 = 180;

/// A date of a stretch long before the document that the story is
/// telling of (see [`Resolver::flashback`]).
#[derive(Debug, Clone, Copy)]
pub(super) struct Era {
    /// The date last told.
    at: Point,
    /// Whether it was counted from the stretch rather than written out.
    counted: bool,
    /// Whether it holds into the next paragraph.
    carries: bool,
    /// Whether the story's lead tells of the stretch: the story is of it
    /// ("At 9.58pm on 6 July 1988, leaking gas ignited"), not looking
    /// back at it in passing, and its times of day hold into the next
    /// paragraph too.
    lede: bool,
}

impl Resolver {
    /// "NATO was founded on April 4, 1949 ... Fifty years later, the
    /// alliance is fighting": so many years as lie between the stretch
    /// told and the document bring the story back to its own time; so
    /// does "now" ("fallen from 37 percent in 1990 to about 12 percent
    /// now ... a bill enacted on Jan. 1").
    pub(super) fn count_back_to_now(&mut self, val: &Val) {
        if *val == Val::Ref("PRESENT_REF") {
            self.era = None;
        }
        if let Val::Fixed(v) = val
            && let Some(years) = v
                .strip_prefix('P')
                .and_then(|v| v.strip_suffix('Y'))
                .and_then(|n| n.parse::<i32>().ok())
            && let Some((era, dct)) = self.era.zip(self.dct)
            && (i32::from(era.at.date.year()) + years - i32::from(dct.year())).abs() <= 1
        {
            self.era = None;
        }
    }

    /// Where the date a narrative of long ago was last told starts (the
    /// tagger reads the text from its end), when the value about to be
    /// resolved is in the next paragraph, which that narrative would
    /// carry into (see [`Resolver::in_stretch_told`]).
    pub fn era_carried_from(&self) -> Option<usize> {
        self.era
            .filter(|e| {
                e.carries && self.anchor == Some(e.at) && self.anchor_at.line + 1 == self.place.line
            })
            .map(|_| self.anchor_at.offset)
    }

    /// Ends the narrative of long ago: the text has come back to its own
    /// time.
    pub fn end_era(&mut self) {
        self.era = None;
    }

    /// The stretch long before the document a date just named, `relative`
    /// or with its year written out, keeps the story in or takes it to:
    /// written out, it starts one; counted from the stretch the story was
    /// in, it goes on with it.
    pub(super) fn in_era(
        &self,
        p: Point,
        relative: bool,
        tense: &mut dyn FnMut() -> Tense,
    ) -> Option<Era> {
        let dct = self.dct?;
        let long_before = p
            .last_day()
            .zip(dct.checked_sub(LONG_BEFORE.days()).ok())
            .is_some_and(|(last, edge)| last < edge);
        if !long_before || self.place.since {
            return None;
        }
        let goes_on = if relative {
            self.era
                .is_some_and(|e| (e.at.date.year() - p.date.year()).abs() <= 1)
        } else {
            // Told as what happened (not "the Dow is 51 percent below its
            // record close on Oct. 9, 2007"), and a month as the stretch
            // something happened in ("In January 1974,", not "the August
            // 1988 cease-fire").
            // (Nor a year a thing is known by: "the FDA's 2016 decision".)
            let told = match p.gran {
                Gran::Month | Gran::Season => self.place.lead == Lead::In,
                Gran::Year => !matches!(self.place.lead, Lead::The | Lead::Owner),
                // (Not a day compared with: "twice as severe as the crash
                // of Oct. 28, 1929".)
                g => rank(g) < rank(Gran::Month) && !self.place.compared,
            };
            // (A year frames only its own paragraph, where a clause of
            // the present about it is rare: its tense is not asked.)
            told && (p.gran == Gran::Year || !matches!(tense(), Tense::Present | Tense::Future))
        };
        let lede = if relative {
            self.era.is_some_and(|e| e.lede)
        } else {
            !self.lede.set || self.lede.end.is_some_and(|e| self.place.offset <= e)
        };
        // A day or year told holds past its paragraph, unless a day names
        // an event ("the 12th anniversary of the Sept. 11 attacks." then
        // "the Aug. 21 attack"); so does a month counted from it, or one
        // the story's lead tells of ("Hurricane Maria struck in September
        // 2017." then "By December, half the island had no power").
        let carries = match p.gran {
            Gran::Day => self.place.lead != Lead::The,
            // (So does a season: "married in June 1969." then "That
            // summer, they hitchhiked to Woodstock." then "In August".)
            Gran::Month | Gran::Season => relative || lede,
            // ("In 1977, the band recorded its debut." then "The album
            // came out on Oct. 4": see `flashback`.)
            Gran::Year => true,
            _ => false,
        };
        goes_on.then_some(Era {
            at: p,
            counted: relative,
            carries,
            lede,
        })
    }

    /// Whether the story is still telling of day `a`: a day of the last
    /// half year is; one long before, only while the narrative it began
    /// goes on ("on 31 December 1981 ... He has dominated the country for
    /// almost 20 years" has come back to now).
    pub(super) fn still_told(&self, a: Point) -> bool {
        let recent = self
            .dct
            .and_then(|d| d.checked_sub(LONG_BEFORE.days()).ok())
            .is_some_and(|edge| a.date >= edge);
        recent || self.era.is_some_and(|e| e.at == a)
    }

    /// Whether the story's lead told of the stretch long before the
    /// document that the last date named is of (see [`Era::lede`]).
    pub(super) fn era_in_lede(&self) -> bool {
        self.era.is_some_and(|e| e.lede)
    }

    /// Whether the value being resolved is told within a stretch long
    /// before the document: the last date named is of it, and on this
    /// line or, if it carries, the line before ("On 2 April 1982 ... by
    /// mid-May ..." then "On 8 June, waiting to go ashore").
    pub(super) fn in_stretch_told(&self) -> bool {
        self.era.is_some_and(|e| {
            self.anchor == Some(e.at)
                && (self.anchor_at.line == self.place.line
                    || e.carries && self.anchor_at.line + 1 == self.place.line)
        })
    }

    /// A holiday in a past clause told within a stretch long before the
    /// document: the first one from the date last told ("In 1963, the
    /// family bought a farm." then "On Thanksgiving that year, 40
    /// relatives gathered") within a year of it.
    pub(super) fn holiday_in_stretch(&self, h: Holiday) -> Option<Point> {
        // (Not after another holiday: "I spent Christmas 1998 above a
        // kebab shop," she said. "On Christmas Day she was back at her
        // own table" is this year's.)
        if !self.in_stretch_told() || self.anchor_at.holiday {
            return None;
        }
        let a = self.era?.at;
        let year = i32::from(a.date.year());
        let x = (year..=year + 1)
            .filter_map(|y| holiday_date(h, y))
            .find(|x| *x > a.date)?;
        // (Only where a day written out would go on in that stretch too:
        // not after a year told in the same sentence, "Garbo, who retired
        // in 1941, died on Easter Sunday".)
        self.flashback(x.month().unsigned_abs(), Some(x.day().unsigned_abs()))?;
        Point::containing(Gran::Day, x)
    }

    /// A day or month without a year, in a past clause, near the date
    /// last told of a stretch long before the story, or in a year told
    /// long before, in the same paragraph: "the final on 12 October 1968
    /// ... Her heat had been on 17 October" is 1968's, so is "went public
    /// in 1968. Its stock began trading on Oct. 3", and so is "In January
    /// 1974 ... The river peaked on 28 January". `day` is `None` for a
    /// month.
    pub(super) fn flashback(&self, month: u8, day: Option<u8>) -> Option<Point> {
        // How far before the date last told a date may lie, and how far
        // after it: a narrative mostly moves on.
        const BACK: i64 = 90;
        const ON: i64 = 90;
        // How far after a month or season written out.
        const WRITTEN_ON: i64 = 31;
        let dct = self.dct?;
        if !self.in_stretch_told() {
            return None;
        }
        let Era {
            at: a,
            counted,
            lede,
            ..
        } = self.era?;
        // A month alone takes a narrative into the next paragraph only
        // when the story is of it: "slipped away from a road crew on Oct.
        // 4, 1979." then "Marshals reopened the case in January" is this
        // January, in a story of an arrest this week.
        // Nor, from a year told alone, does any month, unless the story
        // is of that year: "was founded in 1977." then "Sales rose in
        // March" is of the story's own time, though "It opened its first
        // store on Oct. 4" goes on in 1977; "The woman was murdered in
        // 1985." as a story's lead, then "In December, a man was charged",
        // is 1985's. (Figures of a month are the story's own: "Sales
        // rose 4 percent in March".)
        if day.is_none()
            && self.anchor_at.line != self.place.line
            && (!lede || a.gran == Gran::Year && self.place.figures)
        {
            return None;
        }
        // A year told long before, in an earlier sentence and not as the
        // start of a stretch up to now ("owned by Lakeview since 2012"),
        // frames a narrative as a day does.
        let year_told = a.gran == Gran::Year
            && !self.anchor_at.since
            && self.anchor_at.offset < self.place.sentence_start
            && a.date.year() + 2 < dct.year();
        if !(rank(a.gran) <= rank(Gran::Month) || a.gran == Gran::Season || year_told) {
            return None;
        }
        let gran = if day.is_some() {
            Gran::Day
        } else {
            Gran::Month
        };
        let year = i32::from(a.date.year());
        // ("in 1956 ... The first injections were given on 7 May": any
        // day of a year told is in it.)
        if a.gran == Gran::Year {
            return Point::containing(gran, ymd(year, month, day.unwrap_or(1))?);
        }
        // A month or season written out is the stretch itself ("in the
        // summer of 1959 ... walked out on July 15"), and if it lies years
        // back the days just after it too ("to lead the Fed in July 1979
        // ... He was sworn in on Aug. 6"; not "2.4% in December 2024 ...
        // adopted the euro on Jan. 1", written in January 2026). "Founded
        // in January 2014 ... fell 3.6% on 21 December" is this December,
        // and "in June 2011. In June it extended" another June.
        let written = matches!(a.gran, Gran::Month | Gran::Season) && !counted;
        let years_back = a.date.year() + 2 < dct.year();
        // (A month counted from the year told goes on the same way: "in
        // 2014." then "In March, officials confirmed cases." then "By
        // August, the virus had spread".)
        if day.is_none()
            && a.gran == Gran::Month
            && counted
            && lede
            && years_back
            && month > a.date.month().unsigned_abs()
        {
            return Point::containing(Gran::Month, ymd(year, month, 1)?);
        }
        if written && day.is_none() && a.gran == Gran::Month {
            // ("In June 1944, Allied troops landed in Normandy, and by
            // late August they had liberated Paris": a later month in the
            // same sentence goes on in a year long back.)
            // (So does one after it in a story of that stretch: "The flood
            // struck in April 1965." then "By May, the river had receded".)
            let same_sentence = self.anchor_at.offset >= self.place.sentence_start;
            if (same_sentence || lede) && years_back && month > a.date.month().unsigned_abs() {
                return Point::containing(Gran::Month, ymd(year, month, 1)?);
            }
            return None;
        }
        let (back, on) = match (written, years_back) {
            (false, _) => (BACK, ON),
            (true, true) => (0, WRITTEN_ON),
            (true, false) => (0, 0),
        };
        let (from, to) = (
            a.date.checked_sub(back.days()).ok()?,
            a.last_day()?.checked_add(on.days()).ok()?,
        );
        // In the paragraph of a day long back, the rest of its year is
        // still the stretch told: "The trial opened on Jan. 8, 1975, and
        // lasted nine months. The jury ... convicting 12 of the
        // defendants on Oct. 3."
        let to = match ymd(year, 12, 31) {
            Some(end)
                if !written
                    && day.is_some()
                    && !counted
                    && years_back
                    && a.gran == Gran::Day
                    && self.anchor_at.line == self.place.line =>
            {
                to.max(end)
            }
            _ => to,
        };
        (year - 1..=year + 1)
            .filter_map(|y| ymd(y, month, day.unwrap_or(1)))
            .filter_map(|x| Point::containing(gran, x))
            .find(|p| {
                p.last_day()
                    .is_some_and(|last| last >= from && p.date <= to)
            })
    }
}
