//! Pins grammar matches to the calendar: the document date, the tense of
//! the clause and the last date mentioned (the reference point) decide
//! which Thursday, which August and which quarter a text means.

use super::calendar::{day_of_week, holiday_date, holiday_fixed, iso_week, shift, ymd};
#[cfg(doc)]
use super::context;
use super::lexicon::{PartOfDay, Unit};
use super::sem::{Dir, Val};
use super::tense::Tense;
use super::value::{Gran, Point};
use jiff::civil::{Date, Weekday};
use narrative::Era;
use pick::{PART_POLICY, PLAN_POLICY, Policy, pick, years};
use report::most_of_a_year;
use story::Lede;

mod counted;
mod named;
mod narrative;
mod pick;
mod place;
mod report;
mod story;
mod time_of_day;

pub use place::{Lead, MonthUse, Place};

/// The outcome of resolving one value.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    pub value: String,
    /// Depends on the document date or on another expression.
    pub relative: bool,
    /// The calendar point, when there is one (used as the next reference).
    pub point: Option<Point>,
}

impl Resolved {
    fn fixed(value: String) -> Self {
        Resolved {
            value,
            relative: false,
            point: None,
        }
    }

    fn rel(value: impl Into<String>) -> Self {
        Resolved {
            value: value.into(),
            relative: true,
            point: None,
        }
    }

    fn point(p: Point, relative: bool) -> Self {
        Resolved {
            value: p.value(),
            relative,
            point: Some(p),
        }
    }
}

/// Document-level resolution state.
#[derive(Debug, Clone)]
pub struct Resolver {
    dct: Option<Date>,
    /// The last calendar point the text mentioned.
    anchor: Option<Point>,
    /// The finished quarter a financial report is about: the last quarter
    /// named that had ended by the document date. "The latest quarter"
    /// and "a year ago" refer to it even after other dates intervene.
    report: Option<Point>,
    /// The last day of the week before the document date the text named:
    /// "cut rates on Tuesday ... next meet on June 26-27 ... a statement
    /// released at 2:15 p.m." is still Tuesday's story.
    past_day: Option<Point>,
    /// The line `past_day` was named on: a paragraph that names no day of
    /// its own ("The yen strengthened to 108.50 at 3 p.m.", after "Friday's
    /// jobs report" and "since 2009" in the one before) is back on the
    /// document's day.
    past_day_line: usize,
    /// Where `past_day` was named.
    past_day_offset: usize,
    /// The last single day the text named, and its line: "the next
    /// morning" after "on June 25, when ... through the first quarter" is
    /// the day after June 25, not some day of the quarter.
    day_told: Option<(Point, usize)>,
    /// The last weekend the text named ("over the weekend").
    weekend: Option<Point>,
    /// Each weekday the text last named alone ("on Friday"), with its
    /// line, indexed by its number modulo 7.
    weekdays: [Option<(Point, usize)>; 7],
    /// What the story's lead, its first sentence, told (see [`Lede`]).
    lede: Lede,
    /// The last day ahead the text named, with its line: "will deliver
    /// its judgment tomorrow, the registrar announced last night.
    /// Proceedings will begin at 9am" is still tomorrow's story.
    ahead_day: Option<(Point, usize)>,
    /// The last date named that is not the date of a report ("the
    /// Labor Department said Friday"): what "the previous month" and "a
    /// year earlier" count from.
    narrative: Option<Point>,
    /// Whether the value being resolved dates a report.
    attribution: bool,
    /// Whether the last date mentioned was a night or late evening:
    /// "shortly before midnight ... by 1 a.m." is the next day.
    late: bool,
    /// Whether it was a time after noon: "began at 5 p.m. ... said shortly
    /// before midnight" is that day's midnight.
    afternoon: bool,
    /// The day whose night the story is telling, once it has gone on past
    /// midnight: "on Saturday night ... shortly before 1am" then "the men
    /// arrived between 9pm and 10pm" is Saturday evening again.
    night: Option<Date>,
    /// The last date named with its year written out ("March 2019"), which
    /// "that June" and "June of that year" take their year from.
    written: Option<Point>,
    /// The last date named, when it lies long before the document and
    /// came from a year written out, directly or through the dates told
    /// after it ("in January 1974 ... The river peaked on 28 January").
    era: Option<Era>,
    /// The last month or quarter named, with its line and start: "the
    /// previous quarter" counts from it even when a day came between
    /// ("in the third quarter, data showed last Thursday, after 0.7
    /// percent in the previous quarter").
    period: Option<(Point, usize, usize)>,
    /// The last period a stretch was told to run from ("since April
    /// 2021"), with its line and start: no reference for what is counted
    /// after it, but what "that year" points back to ("since April 2021
    /// and ... since early that year").
    since_start: Option<(Point, usize, usize)>,
    /// The year the sentence being resolved opens with, if any (see
    /// [`Resolver::framed`]).
    frame: Option<Point>,
    /// Where the value being resolved is (see [`Place`]).
    place: Place,
    /// Where the anchor was named: its line and start, and whether it was
    /// a deadline, ended a reporting period, opened a stretch with
    /// "since" or was a holiday named with its year.
    anchor_at: Place,
    /// Whether the anchor followed "on".
    anchor_on: bool,
    /// Whether the anchor was a time of its day ("since 6pm", "that
    /// night"): the night goes on being told past a paragraph break.
    anchor_timed: bool,
    /// Where the last stretch of most of a year in a report was named
    /// ("For the nine months, ..."): its line and start. A year back from
    /// it is the year before the report's, as TimeML cannot write "the
    /// first nine months of 1988".
    year_to_date: Option<(usize, usize)>,
}

/// The tense that decides a value chosen by direction `dir`: the
/// clause's when the direction is left to it, none otherwise (the clause
/// is then not asked).
fn clause_tense(dir: Dir, tense: &mut dyn FnMut() -> Tense) -> Tense {
    if dir == Dir::Tense {
        tense()
    } else {
        Tense::Unknown
    }
}

/// Whether a week or weekend that would be the document's own is the
/// coming one: on a Sunday the ISO week and its weekend end with the
/// document's day, so a future clause's "later this week", "by the end
/// of the week" or "into the weekend", in a forecast written on a
/// Sunday, means the week that starts tomorrow. A past clause keeps the
/// week just ending ("Rain fell across the region this week").
fn week_ahead_on_sunday(d: Date, tense: &mut dyn FnMut() -> Tense) -> bool {
    d.weekday() == Weekday::Sunday && tense() == Tense::Future
}

/// Order of granularities from fine to coarse.
fn rank(g: Gran) -> u8 {
    match g {
        Gran::Day => 0,
        Gran::Week | Gran::Weekend => 1,
        Gran::Month => 2,
        Gran::Quarter => 3,
        Gran::Season => 4,
        Gran::Half => 5,
        Gran::Year => 6,
        Gran::Decade => 7,
        Gran::Century => 8,
    }
}

/// The underspecified value for a granularity (no document date).
fn unknown(g: Gran) -> &'static str {
    match g {
        Gran::Day => "XXXX-XX-XX",
        Gran::Week => "XXXX-WXX",
        Gran::Weekend => "XXXX-WXX-WE",
        Gran::Month => "XXXX-XX",
        Gran::Quarter => "XXXX-QX",
        Gran::Half => "XXXX-HX",
        Gran::Season => "XXXX-XX",
        Gran::Year => "XXXX",
        Gran::Decade => "XXX",
        Gran::Century => "XX",
    }
}

/// Whether period `p` contains the document date.
fn dct_inside(dct: Option<Date>, p: Point) -> bool {
    dct.is_some_and(|d| Point::containing(p.gran, d) == Some(p))
}

/// How far (in bytes, about two sentences) after a day long past a time
/// of day may be and still be on that day.
const CLOSE: usize = 240;

impl Resolver {
    /// A resolver for one document.
    pub fn new(dct: Option<Date>) -> Self {
        Resolver {
            dct,
            anchor: None,
            report: None,
            past_day: None,
            past_day_line: 0,
            past_day_offset: 0,
            day_told: None,
            weekend: None,
            lede: Lede::default(),
            weekdays: [None; 7],
            ahead_day: None,
            narrative: None,
            attribution: false,
            late: false,
            afternoon: false,
            night: None,
            written: None,
            era: None,
            period: None,
            since_start: None,
            frame: None,
            place: Place::default(),
            anchor_at: Place::default(),
            anchor_on: false,
            anchor_timed: false,
            year_to_date: None,
        }
    }

    /// Records the year the sentence of the next value opens with ("In
    /// 2015,", "Last year,"), if any.
    pub fn set_frame(&mut self, frame: Option<Point>) {
        self.frame = frame;
    }

    /// Records where the next value is: a list item or a new paragraph
    /// does not continue the day the one before named, and a day long
    /// past is the story's day only for what follows it closely.
    pub fn set_place(&mut self, place: Place) {
        self.place = place;
    }

    /// Whether the lead is still to be recorded (see `set_lede_end`).
    pub fn wants_lede(&self) -> bool {
        !self.lede.set
    }

    /// Records where the story's lead ends, `None` when the first date is
    /// not in the story's first sentence (see [`Lede::end`]); the first
    /// record holds.
    pub fn set_lede_end(&mut self, end: Option<usize>) {
        if !self.lede.set {
            self.lede.set = true;
            self.lede.end = end;
            // A first date past the first sentence is the lead's day only
            // when it is the day before the document's, the day a paper
            // reports on ("South Africa are champions of the world. At
            // Ellis Park yesterday, ..."); not a day of background ("Copper
            // rose for a third day. On Monday, the metal had touched its
            // lowest since 2017").
            let yesterday = self
                .dct
                .and_then(|d| d.yesterday().ok())
                .and_then(|y| Point::containing(Gran::Day, y));
            if end.is_none() && self.lede.past != yesterday {
                self.lede.past = None;
            }
        }
    }

    /// Whether the lead named the value at `offset` and carries its day
    /// on past its paragraph.
    fn in_lede(&self, offset: usize) -> bool {
        !self.lede.today && self.lede.end.is_some_and(|e| offset <= e)
    }

    /// Records that the day just named was named for a time late in it
    /// ("at 22:00 on Thursday"), as a late time resolved alone records.
    pub fn set_late(&mut self) {
        self.late = true;
        self.afternoon = true;
    }

    /// Marks the next value resolved as the date of a report (see
    /// [`super::context::attribution`]).
    pub fn set_attribution(&mut self, attribution: bool) {
        self.attribution = attribution;
    }

    /// Resolves `val`. What takes reading the text around it is asked
    /// only when the value needs it: `tense`, the tense it is told in,
    /// and `indefinite`, whether "a" brings it in ("a flat second
    /// quarter", see [`super::context::indefinite`]), only for a quarter.
    pub fn resolve(
        &mut self,
        val: &Val,
        tense: &mut dyn FnMut() -> Tense,
        indefinite: &mut dyn FnMut() -> bool,
    ) -> Resolved {
        let r = self.resolve_inner(val, tense);
        if let (Val::Weekday { day, .. }, Some(p)) = (val, r.point) {
            self.weekdays[usize::from(*day % 7)] = Some((p, self.place.line));
        }
        // A holiday named for its weekday ("Easter Monday", "Black
        // Friday") is the story's Monday or Friday too: "travel to
        // Watford on Easter Monday ... Monday's game".
        if let (Val::Holiday { .. }, Some(p)) = (val, r.point)
            && p.gran == Gran::Day
        {
            let day = p.date.weekday().to_monday_one_offset();
            self.weekdays[usize::from(day.unsigned_abs() % 7)] = Some((p, self.place.line));
        }
        if let Val::Fixed(v) = val
            && most_of_a_year(v)
        {
            self.year_to_date = Some((self.place.line, self.place.offset));
        }
        self.count_back_to_now(val);
        // "came on May 17, 1954. The following year, ... that fall": a
        // year counted from the one written out is the story's written
        // year now.
        if let Val::Anchored {
            unit: Unit::Year,
            n,
            ..
        } = val
            && let Some(p) = r.point
            && p.gran == Gran::Year
            && self
                .written
                .and_then(|w| Point::containing(Gran::Year, w.date))
                .and_then(|y| y.shifted(Unit::Year, *n))
                == Some(p)
        {
            self.written = Some(p);
        }
        // "a year ago" is the comparison point, not a new reference:
        // "up from a year ago ... compared with a year earlier" name the
        // same period, so it must not move the anchor. (Years further
        // back are told of: "Two years ago, the company moved to Denver.
        // That fall, it cut 300 jobs.")
        let year_back = matches!(
            val,
            Val::Ago {
                unit: Unit::Year,
                n,
                ..
            } if n.abs() == 1
        );
        // ("The Fed moved on Wednesday. The next day, the SNB ... later
        // that day": a day counted on from the last is the story's day
        // now.)
        let next_day = matches!(
            val,
            Val::Anchored {
                gran: Some(Gran::Day),
                n,
                ..
            } if *n != 0
        );
        let anchors = !year_back
            && !self.place.aside
            && (next_day
                || !matches!(
                    val,
                    Val::Anchored { .. }
                        | Val::TheNext { .. }
                        | Val::Fixed(_)
                        | Val::Ref(_)
                        | Val::ReportInYear { .. }
                ));
        // "the fastest pace since November 1981. ... rose 9.1% from a year
        // earlier": a period a stretch runs from is no reference for what
        // follows (a day still is: "since Monday ... the next day").
        let stretch_start = self.place.since && r.point.is_some_and(|p| p.gran != Gran::Day);
        if stretch_start && let Some(p) = r.point {
            self.since_start = Some((p, self.place.line, self.place.offset));
        }
        if anchors
            && !stretch_start
            && let Some(p) = r.point
        {
            let in_lede = !self.lede.set || self.lede.end.is_some_and(|e| self.place.offset <= e);
            // (Not the day of a report: "the coach said on Sunday his
            // side must win on Wednesday" is a story of Wednesday's match.)
            if in_lede
                && !self.place.dateline
                && !self.attribution
                && p.gran == Gran::Day
                && dct_inside(self.dct, p)
            {
                self.lede.today = true;
            }
            if in_lede && self.lede.ahead.is_none() && self.in_next_week(p) && !self.place.deadline
            {
                self.lede.ahead = Some(p);
            }
            // (Not an event the lead names, "after Labour won a
            // landslide in Thursday's general election": the story is
            // of what followed it.)
            if in_lede
                && self.lede.past.is_none()
                && self.in_past_week(p)
                && self.place.told_of()
                && !self.place.possessive
            {
                self.lede.past = Some(p);
            }
            if in_lede && self.lede.event.is_none() && self.in_past_week(p) && self.place.event {
                self.lede.event = Some(p);
            }
            // A time on the day something happened ("on April 15, 2013
            // ... at 2:49 p.m.") keeps the story on that day.
            // (So does the night going on past midnight: "at 11:42 p.m. on
            // July 18 ... at 12:03 a.m.")
            let same_day = self.anchor.is_some_and(|a| {
                a.gran == Gran::Day
                    && (a.date == p.date || self.late && a.date.tomorrow().ok() == Some(p.date))
            });
            // So does a night or morning told of ("Twenty years ago
            // tonight, ... on duty since 6pm").
            // So is a day so many years back ("Half a century ago today,
            // ... when the shooting started at about 6:10 pm").
            let told = matches!(val, Val::Containing { gran: Gran::Day, day, .. }
                if matches!(**day, Val::Rel { unit: Unit::Year | Unit::Month, .. }));
            self.anchor_on = self.place.lead == Lead::On
                || (self.anchor_on && same_day)
                || told
                || matches!(val, Val::Pod { .. });
            self.anchor_timed = told || matches!(val, Val::Pod { .. } | Val::Clock { .. });
            let before = self.anchor.replace(p);
            self.anchor_at = self.place;
            if !r.relative {
                self.written = Some(p);
            }
            self.era = self.in_era(p, r.relative, tense);
            if !self.attribution || p.gran != Gran::Day {
                self.narrative = Some(p);
            }
            if matches!(p.gran, Gran::Month | Gran::Quarter) {
                self.period = Some((p, self.place.line, self.place.offset));
            }
            let past_midnight = self.late
                && matches!(val, Val::Clock { hour, .. } if *hour <= 12)
                && before.is_some_and(|a| a.date.tomorrow().ok() == Some(p.date));
            self.night = if past_midnight {
                before.map(|a| a.date)
            } else {
                self.night.filter(|n| n.tomorrow().ok() == Some(p.date))
            };
            // (A year or month between keeps the night told: "Tuesday
            // night, ... the opera house completed in 1878. The station
            // was evacuated at 0830 GMT" is Wednesday's morning.)
            if p.gran == Gran::Day {
                self.late = match val {
                    Val::Clock { hour, .. } => *hour >= 20,
                    Val::Pod { pod, .. } => {
                        matches!(pod, PartOfDay::Evening | PartOfDay::Night)
                    }
                    _ => false,
                };
                self.afternoon = self.late
                    || match val {
                        Val::Clock { hour, .. } => *hour >= 12,
                        Val::Pod { pod, .. } => *pod == PartOfDay::Afternoon,
                        _ => false,
                    };
                self.day_told = Some((p, self.place.line));
            }
            if p.gran == Gran::Weekend {
                self.weekend = Some(p);
            }
            if self.in_past_week(p) && self.place.told_of() {
                self.past_day = Some(p);
                self.past_day_line = self.place.line;
                self.past_day_offset = self.place.offset;
            } else if dct_inside(self.dct, p) {
                // "this year", "today": the story has come back to the present.
                self.past_day = None;
            }
            // A date aside (when something was said, where a stretch
            // began) keeps the story on the day ahead; any other date
            // moves it.
            if self.in_next_week(p) && !self.place.deadline {
                self.ahead_day = Some((p, self.place.line));
            } else if !self.attribution && !self.place.since {
                self.ahead_day = None;
            }
            // "the quarter ended Sept. 30" after "the fiscal first quarter"
            // dates the report's quarter; the report keeps its own label.
            let dates_report = self.report.is_some()
                && matches!(
                    val,
                    Val::Containing {
                        gran: Gran::Quarter,
                        ..
                    }
                );
            // "After a flat second quarter": a quarter described in
            // passing is not the one reported.
            if p.gran == Gran::Quarter && self.finished(p) && !dates_report && !indefinite() {
                self.report = Some(p);
            }
        }
        r
    }

    fn resolve_inner(&mut self, val: &Val, tense: &mut dyn FnMut() -> Tense) -> Resolved {
        let dct = self.dct;
        match val {
            Val::Fixed(s) => Resolved::fixed(s.clone()),
            Val::Ref(s) => Resolved::rel(*s),
            Val::Abs(p) => Resolved::point(*p, false),
            Val::MonthDay { month, day, dir } => self.month_day(*month, *day, *dir, tense),
            Val::Month { month, dir } => self.month(*month, *dir, tense),
            Val::Weekday { day, dir } => self.weekday(*day, *dir, tense),
            Val::Holiday { h, dir } => self.holiday(*h, *dir, tense),
            Val::HolidayInRelYear { h, n } => {
                let day = dct
                    .and_then(|d| holiday_date(*h, i32::from(d.year()) + *n as i32))
                    .and_then(|d| Point::containing(Gran::Day, d));
                match day {
                    Some(p) => Resolved::point(p, true),
                    None => Resolved::rel(match holiday_fixed(*h) {
                        Some((m, d)) => format!("XXXX-{m:02}-{d:02}"),
                        None => "XXXX-XX-XX".to_string(),
                    }),
                }
            }
            Val::Season { s, dir } => self.season(*s, *dir, tense),
            Val::AnchoredSeason { s, n } => self.season_from_anchor(*s, *n),
            Val::AnchoredMonth { month, n } => self.month_from_anchor(*month, *n),
            Val::Quarter { q, dir } => self.part(
                Gran::Quarter,
                &|y| months_from(y, (*q - 1) * 3 + 1, 3),
                *dir,
                tense,
                format!("XXXX-Q{q}"),
            ),
            Val::Half { h, dir } => self.part(
                Gran::Half,
                &|y| months_from(y, (*h - 1) * 6 + 1, 6),
                *dir,
                tense,
                format!("XXXX-H{h}"),
            ),
            Val::ListedPart { gran, n, last } => self.listed_part(*gran, *n, last, tense),
            Val::IsoWeek { n } => self.part(
                Gran::Week,
                &|y| {
                    let monday = iso_week(y, i32::from(*n))?;
                    Some((monday, shift(monday, Unit::Day, 6)?))
                },
                Dir::Tense,
                tense,
                format!("XXXX-W{n:02}"),
            ),
            Val::Weekend { dir } => self.weekend(*dir, tense),
            Val::Rel { gran, unit, n } => {
                let Some(d) = dct else {
                    return Resolved::rel(unknown(*gran));
                };
                let n = if *gran == Gran::Week && *unit == Unit::Week && *n == 0 {
                    i64::from(week_ahead_on_sunday(d, tense))
                } else {
                    *n
                };
                // (The week of the same day in another year: weeks do not
                // start on the same dates each year. "This week in 1969",
                // written on Thursday, July 18, 2019, is the week of July
                // 18, 1969.)
                let p = if *gran == Gran::Week && *unit == Unit::Year {
                    shift(d, Unit::Year, n).and_then(|d| Point::containing(Gran::Week, d))
                } else {
                    Point::containing(*gran, d).and_then(|p| p.shifted(*unit, n))
                };
                match p {
                    Some(p) => Resolved::point(p, true),
                    None => Resolved::rel(unknown(*gran)),
                }
            }
            Val::PastYear => {
                let Some(d) = dct else {
                    return Resolved::rel(unknown(Gran::Year));
                };
                let n = if d.month() == 12 { 0 } else { -1 };
                match Point::containing(Gran::Year, d).and_then(|p| p.shifted(Unit::Year, n)) {
                    Some(p) => Resolved::point(p, true),
                    None => Resolved::rel(unknown(Gran::Year)),
                }
            }
            Val::InRelYear { gran, month, n } => {
                let fallback = match gran {
                    Gran::Quarter => format!("XXXX-Q{}", (month - 1) / 3 + 1),
                    Gran::Half => format!("XXXX-H{}", (month - 1) / 6 + 1),
                    _ => format!("XXXX-{month:02}"),
                };
                let Some(d) = dct else {
                    return Resolved::rel(fallback);
                };
                let p = ymd(i32::from(d.year()) + *n as i32, *month, 1)
                    .and_then(|x| Point::containing(*gran, x));
                match p {
                    Some(p) => Resolved::point(p, true),
                    None => Resolved::rel(fallback),
                }
            }
            Val::TheNext { gran, unit } => self.the_next(*gran, *unit, tense),
            Val::Around { gran, unit } => self.around(*gran, *unit, tense),
            Val::Anchored { gran, unit, n } => self.anchored(*gran, *unit, *n),
            Val::Ago { unit, n, lean } => self.ago(*unit, *n, *lean, tense),
            Val::ReportWeek => {
                let day = self
                    .anchor
                    .filter(|a| a.gran == Gran::Day && dct.is_none_or(|d| a.date <= d));
                let from = day.map(|a| a.date).or(dct);
                match from.and_then(|d| Point::containing(Gran::Week, d)) {
                    Some(p) => Resolved::point(p, true),
                    None => Resolved::rel(unknown(Gran::Week)),
                }
            }
            Val::ReportPeriod(gran) => self.report_period(*gran, false, tense),
            Val::ResultsYear => self.report_period(Gran::Year, true, tense),
            Val::ReportInYear { year } => {
                // A quarter named just before is the one compared:
                // "first-quarter profits to fall from the 1990 quarter".
                let quarter = self.anchor.filter(|a| a.gran == Gran::Quarter);
                let close = self.anchor_close();
                let quarter = if close {
                    quarter.or(self.report)
                } else {
                    self.report.or(quarter)
                }
                .filter(|_| self.year_to_date(None).is_none());
                let p = quarter
                    .and_then(|q| q.date.year().checked_sub(year.date.year()))
                    .and_then(|back| quarter?.shifted(Unit::Year, -i64::from(back)));
                Resolved::point(p.unwrap_or(*year), false)
            }
            Val::ReportQuarter { latest } => self.report_quarter(*latest, tense),
            Val::ReportHalf => self.report_half(tense),
            Val::Containing { gran, shift, day } => {
                // "By year's end", after a year told close before, is that
                // year's end, as "by the end of the year" is.
                if *gran == Gran::Year
                    && *shift == 0
                    && let Some(p) = self.told_period(Gran::Year, tense)
                {
                    return Resolved::point(p, true);
                }
                // A quarter or week counted back from its last day ("the
                // quarter that ended Sept. 30") names that day as a
                // period's end, as the day tagged on its own after
                // "ended" does.
                let ends = *shift < 0 && matches!(gran, Gran::Quarter | Gran::Week);
                let told = self.place.period_end;
                self.place.period_end = told || ends;
                let r = self.resolve_inner(day, tense);
                self.place.period_end = told;
                // (A holiday on a Tuesday makes a long weekend of the one
                // before it, "the Fourth of July weekend" of 2000 ending
                // on Tuesday, July 4; on a Monday the day before already
                // lies in it.)
                let back = |d: Date| {
                    if *gran == Gran::Weekend && d.weekday() == Weekday::Tuesday {
                        *shift - 1
                    } else {
                        *shift
                    }
                };
                let p = r
                    .point
                    .filter(|p| p.gran == Gran::Day)
                    .and_then(|p| super::calendar::shift(p.date, Unit::Day, back(p.date)))
                    .and_then(|d| Point::containing(*gran, d));
                match p {
                    Some(p) => Resolved::point(p, r.relative),
                    None if *gran == Gran::Quarter => {
                        self.resolve_inner(&Val::ReportQuarter { latest: false }, tense)
                    }
                    None => Resolved::rel(unknown(*gran)),
                }
            }
            Val::Before { unit, n, day } => {
                // "The Titanic sank 100 years ago Sunday", written on a
                // Friday: an anniversary's weekday is the one nearest the
                // story, ahead or gone by; the past tense is the event's.
                // ("two weeks ago Sunday" counts back from the clause's.)
                let r = if matches!(unit, Unit::Year | Unit::Decade | Unit::Century) {
                    self.resolve_inner(day, &mut || Tense::Nearest)
                } else {
                    self.resolve_inner(day, tense)
                };
                match r.point.and_then(|p| p.shifted(*unit, -n)) {
                    Some(p) => Resolved::point(p, r.relative),
                    None => Resolved::rel(unknown(Gran::Day)),
                }
            }
            Val::WeekdayOfWeek { day, n } => {
                let Some(d) = dct else {
                    return Resolved::rel(format!("XXXX-WXX-{day}"));
                };
                let p = day_of_week(d, *day)
                    .and_then(|x| shift(x, Unit::Week, *n))
                    .and_then(|x| Point::containing(Gran::Day, x));
                match p {
                    Some(p) => Resolved::point(p, true),
                    None => Resolved::rel(format!("XXXX-WXX-{day}")),
                }
            }
            Val::New(gran) => {
                let Some(d) = dct else {
                    return Resolved::rel("XXXX");
                };
                // The first new year's day nearest the document date, and
                // the decade or century starting nearest it; a year told
                // ahead once the year under way is no longer new is the
                // next ("the soap will be back early in the new year",
                // written in March).
                let mut ahead = || {
                    *gran == Gran::Year
                        && d.month() >= 3
                        && matches!(tense(), Tense::Future | Tense::Present)
                };
                let y = i32::from(d.year()) + i32::from(d.month() >= 7 || ahead());
                let span = match gran {
                    Gran::Decade => 10,
                    Gran::Century => 100,
                    _ => 1,
                };
                let y = (y + span / 2).div_euclid(span) * span;
                match ymd(y, 1, 1).and_then(|x| Point::containing(*gran, x)) {
                    Some(p) => Resolved::point(p, true),
                    None => Resolved::rel("XXXX"),
                }
            }
            Val::AnchoredWeekday { day, n } => self.weekday_from_anchor(*day, *n),
            Val::WeekdayBeside { day, n, of } => self.weekday_beside(*day, *n, of, tense),
            Val::DayOfMonth { day, months } => self.day_of_month(*day, *months, tense),
            Val::WeekdayOfMonth { weekday, day } => self.weekday_of_month(*weekday, *day, tense),
            Val::NthWeekday { n, day, month } => self.nth_weekday(*n, *day, month, tense),
            Val::DocDay => match self.story_day(tense, false) {
                Some(a) => Resolved::point(a, true),
                None => self.resolve_inner(
                    &Val::Rel {
                        gran: Gran::Day,
                        unit: Unit::Day,
                        n: 0,
                    },
                    tense,
                ),
            },
            Val::Clock {
                hour,
                minute,
                second,
                day,
            } => self.clock(*hour, *minute, *second, day, tense),
            Val::Pod { pod, day } => self.part_of_day(*pod, day, tense),
        }
    }

    /// A quarter, a half or a numbered week without a year; `span` gives
    /// its first and last days in a year.
    fn part(
        &self,
        gran: Gran,
        span: &dyn Fn(i32) -> Option<(Date, Date)>,
        dir: Dir,
        tense: &mut dyn FnMut() -> Tense,
        fallback: String,
    ) -> Resolved {
        let Some(d) = self.dct else {
            return Resolved::rel(fallback);
        };
        let t = clause_tense(dir, tense);
        let (d, dir) = self.framed(dir, t, d);
        let cands: Vec<(Date, Date, Date)> = years(d)
            .filter_map(|y| span(y).map(|(s, e)| (s, e, s)))
            .collect();
        // A past or unknown tense takes the last one; a plan or an
        // expectation told from the past ("prices were expected to firm up
        // in the January-March quarter", written in November) the nearest.
        let t = if matches!(
            t,
            Tense::Future | Tense::Present | Tense::Nearest | Tense::Moved
        ) {
            t
        } else {
            Tense::Past
        };
        let policy = if self.place.figures {
            PART_POLICY
        } else {
            PLAN_POLICY
        };
        match pick(&cands, d, dir, t, policy).and_then(|x| Point::containing(gran, x)) {
            Some(p) => Resolved::point(p, true),
            None => Resolved::rel(fallback),
        }
    }

    /// Part `n` of granularity `gran` (a quarter or a half) in the year
    /// of the list's last member `last` (see [`Val::ListedPart`]).
    fn listed_part(
        &mut self,
        gran: Gran,
        n: u8,
        last: &Val,
        tense: &mut dyn FnMut() -> Tense,
    ) -> Resolved {
        let r = self.resolve_inner(last, tense);
        let (months, label) = if gran == Gran::Half {
            (6, 'H')
        } else {
            (3, 'Q')
        };
        let part = r
            .point
            .and_then(|p| ymd(i32::from(p.date.year()), (n - 1) * months + 1, 1))
            .and_then(|d| Point::containing(gran, d));
        match part {
            Some(p) => Resolved::point(p, r.relative),
            None => Resolved::rel(format!("XXXX-{label}{n}")),
        }
    }

    /// The day of the report a clause's future counts from, if it tells
    /// of one before `dct` ("said last Friday that it would begin pulling
    /// out on Sunday": the Sunday after that Friday). What "would" tells
    /// from a report lies after it, though the clause alone reads as the
    /// nearest day ("said Wednesday that schools would reopen on Monday",
    /// written on Thursday, is the Monday ahead).
    fn reported(&self, dir: Dir, dct: Date, tense: &mut dyn FnMut() -> Tense) -> Option<Date> {
        self.place
            .reported_from
            .filter(|p| {
                dir == Dir::Tense
                    && p.date < dct
                    && matches!(tense(), Tense::Future | Tense::Nearest | Tense::Moved)
            })
            .map(|p| p.date)
    }

    /// The day a period "following" (`n` > 0) or "previous" (`n` < 0)
    /// the one last mentioned is counted from: after the whole of it ("in
    /// 2019 ... the following spring" is 2020's), before its start; with
    /// nothing mentioned, the document date.
    fn beyond_anchor(&self, n: i64, dct: Option<Date>) -> Option<Date> {
        let bounds = self
            .anchor
            .and_then(|p| super::range::value_range(&p.value()));
        match bounds {
            Some(r) if n > 0 => Some(r.last),
            Some(r) => Some(r.first),
            None => dct,
        }
    }

    /// `policy` with no slack for a past clause's date told "in" or "on",
    /// when something happened: a past verb's day is one gone by ("The
    /// hearing was held on Nov. 22", written on Nov. 15, is last year's),
    /// as news writes the year of a date outside the current one only
    /// when it is not the one just past. A date told otherwise may be one
    /// something is moved or held to ("postponed until January", "before
    /// the Jan. 26 first round"), or a list's; so may one in a clause that
    /// points ahead ("to reappear on January 12", "has invited the
    /// ministers to a ceremony ... on March 12").
    fn past_slack(&self, policy: Policy) -> Policy {
        if matches!(self.place.lead, Lead::In | Lead::On) && !self.place.aimed {
            policy.without_slack()
        } else {
            policy
        }
    }

    /// The policy for a month of running text. A past clause's month told
    /// "in" or "on" is one gone by ("signed the treaty in March", written
    /// in February, is last March); only a clause that points ahead
    /// ("promised the rest in March", "the slated visit in March") may
    /// name one still to come. A future clause's month is one to come
    /// ("will take effect in June", written in July, is next June), unless
    /// its sentence speaks of figures, which come out after their month
    /// ("are expected to show a rebound in February", written in March).
    fn month_policy(&self) -> Policy {
        let policy = if self.place.figures {
            pick::MONTH_POLICY
        } else {
            pick::MONTH_POLICY.without_future_slack()
        };
        if matches!(self.place.lead, Lead::In | Lead::On) && !self.place.aimed {
            policy.without_slack()
        } else {
            policy
        }
    }

    /// The date and direction a recurring date is chosen by: "that June"
    /// is the June in the year of the last date named with its year (else
    /// of the last date mentioned), or, with none, the one the tense
    /// picks.
    fn reference(&self, dir: Dir, dct: Date) -> (Date, Dir) {
        match (dir, self.written.or(self.narrative).or(self.anchor)) {
            (Dir::That, Some(p)) => (p.date, Dir::This),
            (Dir::That, None) => (dct, Dir::Tense),
            _ => (dct, dir),
        }
    }

    /// In a sentence that opens with its year ("In 2015, ...", "Last
    /// year, when Easter fell in early April", "Next year, Easter is on 16
    /// April"), a recurring date the tense would place is of that year;
    /// unless its clause looks ahead and that year has passed.
    fn framed(&self, dir: Dir, tense: Tense, dct: Date) -> (Date, Dir) {
        match (dir, self.frame) {
            (Dir::Tense, Some(f)) if !(tense == Tense::Future && f.date.year() < dct.year()) => {
                (f.date, Dir::This)
            }
            _ => (dct, dir),
        }
    }
}

/// The first and last days of the `len` months from `first_month` of
/// `year`: a quarter's or a half's.
fn months_from(year: i32, first_month: u8, len: i64) -> Option<(Date, Date)> {
    let s = ymd(year, first_month, 1)?;
    Some((s, shift(s, Unit::Month, len)?.yesterday().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn res(val: Val, t: Tense) -> String {
        let mut r = Resolver::new(Some(date(2023, 12, 25)));
        r.resolve(&val, &mut || t, &mut || false).value
    }

    #[test]
    fn weekdays_follow_tense() {
        let thu = Val::Weekday {
            day: 4,
            dir: Dir::Tense,
        };
        assert_eq!(res(thu.clone(), Tense::Past), "2023-12-21");
        assert_eq!(res(thu, Tense::Future), "2023-12-28");
    }

    #[test]
    fn months_follow_tense() {
        let aug = Val::Month {
            month: 8,
            dir: Dir::Tense,
        };
        assert_eq!(res(aug, Tense::Past), "2023-08");
        let mut r = Resolver::new(Some(date(2024, 3, 10)));
        let aug = Val::Month {
            month: 8,
            dir: Dir::Tense,
        };
        assert_eq!(
            r.resolve(&aug, &mut || Tense::Past, &mut || false).value,
            "2023-08"
        );
    }

    #[test]
    fn anchored_keeps_granularity() {
        let mut r = Resolver::new(Some(date(1989, 11, 2)));
        let q3 = Point::containing(Gran::Quarter, date(1989, 7, 1));
        if let Some(q3) = q3 {
            r.resolve(&Val::Abs(q3), &mut || Tense::Past, &mut || false);
        }
        let v = Val::Anchored {
            gran: None,
            unit: Unit::Year,
            n: -1,
        };
        assert_eq!(
            r.resolve(&v, &mut || Tense::Past, &mut || false).value,
            "1988-Q3"
        );
    }
}
