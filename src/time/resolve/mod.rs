//! Pins grammar matches to the calendar: the document date, the tense of
//! the clause and the last date mentioned (the reference point) decide
//! which Thursday, which August and which quarter a text means.

use super::calendar::{
    holiday_date, holiday_fixed, season_bounds, shift, weekday, weekday_of, ymd,
};
use super::lexicon::{Hemisphere, Holiday, PartOfDay, Unit};
use super::sem::{Dir, Val};
use super::tense::Tense;
use super::value::{Gran, Point, unit_gran};
use jiff::ToSpan;
use jiff::civil::{Date, Weekday};
use narrative::Era;
use pick::{
    DAY_POLICY, DELIVERY_POLICY, HOLIDAY_ON_POLICY, HOLIDAY_POLICY, MONTH_POLICY, PART_POLICY,
    PLAN_POLICY, Policy, SEASON_POLICY, WEEKDAY_POLICY, days_between, nearest, pick, years,
};
use report::most_of_a_year;
use story::Lede;

mod narrative;
mod pick;
mod report;
mod story;

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

/// The value of a day or month inside the coarser period `a`, when the
/// text has not said which: `1998-10-XX`, `1998-XX-XX`, `1998-XX`,
/// `1998-WXX`.
fn finer_unknown(a: Point, g: Gran) -> Option<String> {
    if rank(a.gran) <= rank(g) || rank(a.gran) > rank(Gran::Year) {
        return None;
    }
    // Within a quarter, half, season or week only the year is known:
    // "the same day" after "the first quarter of 2002" is no day of it in
    // particular.
    let year = a.date.year();
    match (a.gran, g) {
        (Gran::Month, Gran::Day) => Some(format!("{}-XX", a.value())),
        (_, Gran::Day) => Some(format!("{year:04}-XX-XX")),
        (_, Gran::Month) => Some(format!("{year:04}-XX")),
        (_, Gran::Week) => Some(format!("{year:04}-WXX")),
        _ => None,
    }
}

/// Whether a point of granularity `a` is too coarse to count a day or a
/// week (`g`) from: a year or longer.
fn too_coarse(a: Gran, g: Gran) -> bool {
    rank(g) <= rank(Gran::Weekend) && rank(a) >= rank(Gran::Year)
}

/// The last weekend begun by `d`: its own if `d` is a Saturday or a
/// Sunday.
fn last_weekend(d: Date) -> Option<Point> {
    let back = match d.weekday() {
        Weekday::Saturday | Weekday::Sunday => 0,
        w => i64::from(w.to_monday_one_offset()),
    };
    Point::containing(Gran::Weekend, d.checked_sub(back.days()).ok()?)
}

/// Whether period `p` contains the document date.
fn dct_inside(dct: Option<Date>, p: Point) -> bool {
    dct.is_some_and(|d| Point::containing(p.gran, d) == Some(p))
}

/// Where in the text a value is (see [`Resolver::set_place`]).
#[derive(Debug, Clone, Copy)]
pub struct Place {
    /// The line it is on, not counting blank lines: in news text, its
    /// paragraph, and the next paragraph is the next number.
    pub line: usize,
    /// Its start, in bytes.
    pub offset: usize,
    /// The word right before it, when that says how the date is told.
    pub lead: Lead,
    /// Whether it is a deadline, with "by" right before it ("to issue a
    /// statement by Saturday"). ("until Monday, when stalls must close by
    /// 6pm" is still the day of what follows.)
    pub deadline: bool,
    /// Whether it ends a reporting period, after "ended" or "ending".
    pub period_end: bool,
    /// Whether "since" opens its phrase (see
    /// [`super::context::in_since_clause`]).
    pub since: bool,
    /// The weekday written with it, 1 = Monday ("Friday 25 May").
    pub weekday: Option<u8>,
    /// Whether it opens a bracket: "at 7 p.m. (0100 GMT Wednesday)" gives
    /// the time elsewhere, and the story stays on its own day. A time of
    /// the day whose day follows ("at 8.15am on the following day") is
    /// one too: the day named next is the one to count from.
    pub aside: bool,
    /// Whether it is the story's dateline (see
    /// [`super::context::dateline`]), which names the day the story was
    /// filed, not the day it tells of.
    pub dateline: bool,
    /// Which way a date set beside a count of time runs from the date
    /// before it: "A week later, on Feb 15" ([`Dir::Next`]), "four days
    /// earlier, on April 11" ([`Dir::Last`]). A flashback's date is of
    /// the flashback's year, not the document's.
    pub apposed: Option<Dir>,
    /// Whether it is a possessive ("Monday's game"), which names an
    /// event: one the story may already have dated.
    pub possessive: bool,
    /// Whether it is a possessive naming a sudden event ("Tuesday's
    /// crash", "Saturday's earthquake"), whose account a story of its
    /// aftermath goes on to give.
    pub event: bool,
    /// Whether it is a time of the day, with no day, in a sentence whose
    /// subject is a sudden event ("The blackout struck at 4:11 p.m."): on
    /// the day of the past week the lead named, even when the lead also
    /// names the document's day, on which the aftermath goes on.
    pub sudden: bool,
    /// Where its sentence starts, in bytes: known for a day of a month
    /// and a count back ("a year ago"), the values that ask; 0 otherwise.
    pub sentence_start: usize,
    /// The day or period of a report earlier in the sentence whose future
    /// it tells with "would": "Iraq said last Friday that it would begin
    /// pulling out on Sunday".
    pub reported_from: Option<Point>,
    /// Whether its sentence speaks of figures (results, earnings, output):
    /// a quarter or half ahead in it may be the one just ended, whose
    /// figures are still to come ("expects to report a third-quarter
    /// loss", written in November); in a plan it is the next one ("plans
    /// to bring it to Europe in the fourth quarter", written in January).
    /// A half is named mostly in outlooks ("could slow sales in the second
    /// half", written in January, is the one ahead), so for a half only a
    /// report counts ("will publish a trading update showing sales for the
    /// first half", written in July). Known for quarters and halves, the
    /// values that ask; true otherwise.
    pub figures: bool,
    /// Whether it is a holiday named with its year ("I spent Christmas
    /// 1998 above a kebab shop"): a holiday named after it without one
    /// is another year's ("On Christmas Day she was back at her own
    /// table").
    pub holiday: bool,
    /// What a month without a year names, where its use rather than its
    /// clause's tense decides which one it is (see [`MonthUse`]). Known
    /// for months without a year, the values that ask.
    pub month_use: MonthUse,
    /// Whether it is what something is compared with ("a drop nearly
    /// twice as severe as the crash of Oct. 28, 1929"): a day long past
    /// so named starts no narrative of its time. Known for days written
    /// with their year, the values that ask.
    pub compared: bool,
    /// The half of the world whose seasons it names ("work to start in the
    /// spring", in a story from Sydney): known for seasons without a
    /// year, the values that ask (the story's country costs a pass over
    /// its text); the north otherwise.
    pub hemisphere: Hemisphere,
    /// Whether its clause points ahead of its past verb (see
    /// [`super::context::aimed_ahead`]): a date there may lie just past
    /// the document date, even in the next year. Known for days and months
    /// without a year told "in" or "on" late in the year, where it
    /// matters; false otherwise.
    pub aimed: bool,
}

/// What a month is named for, when that decides which one it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MonthUse {
    /// A month in running text: its clause's tense decides.
    Plain,
    /// The month of delivery of a futures contract ("Brent for January",
    /// "the March contract"): the month ahead, whatever the tense.
    Delivery,
    /// The month of reported figures ("will report November sales", "the
    /// December jobs report"): figures come out once their month is
    /// over, so it is the latest one not ahead, whatever the tense.
    Figures,
}

impl Default for Place {
    /// A place before any text: no cue, and figures possible.
    fn default() -> Self {
        Place {
            line: 0,
            offset: 0,
            lead: Lead::Other,
            deadline: false,
            period_end: false,
            since: false,
            weekday: None,
            aside: false,
            dateline: false,
            apposed: None,
            possessive: false,
            event: false,
            sudden: false,
            sentence_start: 0,
            reported_from: None,
            figures: true,
            holiday: false,
            month_use: MonthUse::Plain,
            compared: false,
            hemisphere: Hemisphere::North,
            aimed: false,
        }
    }
}

/// The word right before a value, where it tells how the date is told:
/// "on April 15, 2013" is when something happened, "In January 1974," the
/// stretch a narrative is in, "the Sept. 11 attacks" the name of an event,
/// "the FDA's 2016 decision" what a thing is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lead {
    On,
    In,
    The,
    /// A possessive or an origin: "the FDA's 2016 decision", "its 1984
    /// ruling", "a precedent dating to 1984".
    Owner,
    /// What a figure is compared with: "up 12 percent from the previous
    /// weekend", "more than the year before".
    Compared,
    /// What bounds a plan or a wait: "before Easter", "by Thanksgiving",
    /// "ahead of Chinese New Year".
    Bound,
    Other,
}

impl Lead {
    /// The lead of a value that starts where `before` ends.
    pub fn of(before: &str) -> Lead {
        let Some(head) = before.strip_suffix(' ') else {
            return Lead::Other;
        };
        let word = &head[head
            .trim_end_matches(|c: char| c.is_ascii_alphabetic())
            .len()..];
        if word.eq_ignore_ascii_case("on") {
            Lead::On
        } else if word.eq_ignore_ascii_case("in") {
            Lead::In
        } else if word.eq_ignore_ascii_case("the") {
            Lead::The
        } else if ["its", "their", "his", "her", "our"]
            .iter()
            .any(|w| word.eq_ignore_ascii_case(w))
            || head.ends_with("'s")
            || head.ends_with("\u{2019}s")
            // "a precedent dating to 1984": where a thing comes from.
            || ["dating ", "dates ", "dating back ", "dates back "]
                .iter()
                .any(|d| head[..head.len() - word.len()].ends_with(d))
                && ["to", "from"].iter().any(|w| word.eq_ignore_ascii_case(w))
        {
            Lead::Owner
        } else if ["from", "than"]
            .iter()
            .any(|w| word.eq_ignore_ascii_case(w))
        {
            Lead::Compared
        } else if ["before", "by", "until", "till"]
            .iter()
            .any(|w| word.eq_ignore_ascii_case(w))
            || word.eq_ignore_ascii_case("of") && head[..head.len() - 2].ends_with("ahead ")
        {
            Lead::Bound
        } else {
            Lead::Other
        }
    }
}

/// How many days ahead a holiday that bounds a plan ("before Easter") may
/// lie and still be the coming one whatever the tense.
const BOUND_AHEAD: i64 = 100;

/// How far (in bytes) after the start of a date a holiday may start and
/// still name it in apposition ("April 15, 2013, Patriots' Day", "March
/// 27, 2016, which was Easter Sunday").
const APPOSITION: usize = 40;

/// How far (in bytes) after a day a bare day of the month ("on June 9
/// and again on the 23rd") may be and still be in that day's month.
const SAME_MONTH: usize = 40;

/// How far (in bytes, about two sentences) after a day long past a time
/// of day may be and still be on that day.
const CLOSE: usize = 240;

/// How many days from a day just told a holiday may lie and still be the
/// one next to it (see [`Resolver::holiday`]).
const NEXT_TO: i64 = 7;

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
        // same period, so it must not move the anchor.
        let year_back = matches!(
            val,
            Val::Ago {
                unit: Unit::Year,
                ..
            }
        );
        let anchors = !year_back
            && !self.place.aside
            && !matches!(
                val,
                Val::Anchored { .. }
                    | Val::TheNext { .. }
                    | Val::Fixed(_)
                    | Val::Ref(_)
                    | Val::ReportInYear { .. }
            );
        // "the fastest pace since November 1981. ... rose 9.1% from a year
        // earlier": a period a stretch runs from is no reference for what
        // follows (a day still is: "since Monday ... the next day").
        let stretch_start = self.place.since && r.point.is_some_and(|p| p.gran != Gran::Day);
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
                && !self.place.since
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
            if self.in_past_week(p) && !self.place.since {
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
            Val::MonthDay { month, day, dir } => {
                let Some(d) = dct else {
                    return Resolved::rel(format!("XXXX-{month:02}-{day:02}"));
                };
                // "December 12 that year": the day in the year last named.
                let (d, dir) = self.reference(*dir, d);
                let t = clause_tense(dir, tense);
                if dir == Dir::Tense
                    && t == Tense::Past
                    && self.place.apposed.is_none()
                    && let Some(p) = self.flashback(*month, Some(*day))
                {
                    return Resolved::point(p, true);
                }
                let (d, dir) = match (dir, self.place.apposed, self.anchor) {
                    (Dir::Tense, Some(way), Some(a)) if a.gran == Gran::Day => (a.date, way),
                    _ => self.framed(dir, t, d),
                };
                let cands: Vec<(Date, Date, Date)> = years(d)
                    .filter_map(|y| ymd(y, *month, *day))
                    .map(|x| (x, x, x))
                    .collect();
                // "Friday 25 May" written in January 2018: the weekday
                // says the date lies ahead (25 May 2017 was a Thursday),
                // whatever the clause's tense; "would begin on Monday 1
                // September", written in July 2013, is 2014's (2013's was a
                // Sunday). Only the year on the other side of the document
                // date is tried, and for a date ahead the year after it, so
                // a weekday that fits no nearby year still shows its
                // mistake ("On Wednesday, Nov. 16", written in December
                // 2023 of a Thursday, is not 2022's).
                let picked = pick(&cands, d, dir, t, self.past_slack(DAY_POLICY, d)).map(|x| {
                    let Some(wd) = self.place.weekday.filter(|&wd| weekday_of(x) != wd) else {
                        return x;
                    };
                    let ahead = x >= d;
                    let flip = shift(x, Unit::Year, if ahead { -1 } else { 1 })
                        .filter(|y| (*y < d) != (x < d));
                    let beyond = shift(x, Unit::Year, 1).filter(|_| ahead);
                    [flip, beyond]
                        .into_iter()
                        .flatten()
                        .find(|y| weekday_of(*y) == wd)
                        .unwrap_or(x)
                });
                // (A day only leap years have, where none fits the tense:
                // "dates that still worry engineers, including Feb. 29",
                // written on 31 December 1999, is 2000's.)
                let picked = picked.or_else(|| nearest(&cands, d));
                // "struck the reef on October 5 last year and broke in two
                // on January 8", written on 27 December: a past clause's
                // day just ahead is no deadline when its sentence has told
                // an earlier day; the story goes on from that day.
                let told = self
                    .anchor
                    .filter(|a| {
                        a.gran == Gran::Day
                            && self.anchor_at.offset >= self.place.sentence_start
                            && a.date < d
                    })
                    .map(|a| a.date);
                let picked = match (picked, told) {
                    (Some(x), Some(a)) if t == Tense::Past && x > d && dir == Dir::Tense => cands
                        .iter()
                        .map(|c| c.0)
                        .filter(|c| a < *c && *c <= d)
                        .max()
                        .or(picked),
                    _ => picked,
                };
                match picked.and_then(|x| Point::containing(Gran::Day, x)) {
                    Some(p) => Resolved::point(p, true),
                    None => Resolved::rel(format!("XXXX-{month:02}-{day:02}")),
                }
            }
            Val::Month { month, dir } => {
                let Some(d) = dct else {
                    return Resolved::rel(format!("XXXX-{month:02}"));
                };
                let d = self.reported(*dir, d, tense);
                // "June of that year" after "March 2019" is as fixed as
                // the year it takes.
                let relative = !(*dir == Dir::That && self.written.is_some());
                let (d, dir) = self.reference(*dir, d);
                let month_use = if dir == Dir::Tense {
                    self.place.month_use
                } else {
                    MonthUse::Plain
                };
                let delivery = month_use == MonthUse::Delivery;
                let t = match month_use {
                    MonthUse::Delivery => Tense::Future,
                    MonthUse::Figures => Tense::Past,
                    MonthUse::Plain => clause_tense(dir, tense),
                };
                // (Not figures, which are the document's latest.)
                if dir == Dir::Tense
                    && month_use == MonthUse::Plain
                    && t == Tense::Past
                    && let Some(p) = self.flashback(*month, None)
                {
                    return Resolved::point(p, true);
                }
                let (d, dir) = self.framed(dir, t, d);
                // "last March" written in April is a year before: the
                // March just ended is "last month".
                let d = match dir {
                    Dir::Last => d.first_of_month().checked_sub(1.month()).unwrap_or(d),
                    _ => d,
                };
                let cands: Vec<(Date, Date, Date)> = years(d)
                    .filter_map(|y| ymd(y, *month, 1))
                    .map(|x| (x, x.last_of_month(), x))
                    .collect();
                // "Last winter, hospitals ran out of beds in early
                // January": the January inside the winter that frames the
                // sentence, which runs into the next year.
                let in_season = self
                    .frame
                    .filter(|f| f.gran == Gran::Season && dir == Dir::This)
                    .and_then(|f| super::range::value_range(&f.value()))
                    .and_then(|r| cands.iter().find(|c| r.first <= c.0 && c.0 <= r.last))
                    .map(|c| c.2);
                let policy = if delivery {
                    DELIVERY_POLICY
                } else {
                    self.past_slack(MONTH_POLICY, d)
                };
                match in_season
                    .or_else(|| pick(&cands, d, dir, t, policy))
                    .and_then(|x| Point::containing(Gran::Month, x))
                {
                    Some(p) => Resolved::point(p, relative),
                    None => Resolved::rel(format!("XXXX-{month:02}")),
                }
            }
            Val::Weekday { day, dir } => {
                let Some(d) = dct else {
                    return Resolved::rel(format!("XXXX-WXX-{day}"));
                };
                let d = self.reported(*dir, d, tense);
                let cands: Vec<(Date, Date, Date)> = (-7i64..=7)
                    .filter_map(|k| d.checked_add(k.days()).ok())
                    .filter(|x| weekday_of(*x) == *day)
                    .map(|x| (x, x, x))
                    .collect();
                // "will play Novak on Monday ... Monday's other ties
                // include": the event is on the Monday ahead the story
                // named. (A day past named before may be a week before
                // the event: "since Monday ... will resume after Monday's
                // holiday".) Only a day of the coming week: "form a
                // government by Easter after his party won Sunday's
                // election" is last Sunday's.
                if *dir == Dir::Tense
                    && self.place.possessive
                    && let Some((p, _)) = self.weekdays[usize::from(*day % 7)]
                    && p.date > d
                    && cands.last().is_some_and(|c| p.date <= c.0)
                {
                    return Resolved::point(p, true);
                }
                let t = clause_tense(*dir, tense);
                // "warned that Monday's 508-point collapse could hurt
                // spending": a sudden event is never scheduled, so it is
                // past whatever its clause looks to.
                let t = if self.place.event && *dir == Dir::Tense {
                    Tense::Past
                } else if t == Tense::Present {
                    Tense::Future
                } else {
                    t
                };
                // "the jobs report is due on Friday. Eurozone figures
                // follow on Friday too": a clause that does not say which
                // Friday means the one its paragraph named.
                if *dir == Dir::Tense
                    && t == Tense::Unknown
                    && let Some((p, line)) = self.weekdays[usize::from(*day % 7)]
                    && line == self.place.line
                {
                    return Resolved::point(p, true);
                }
                // "next Thursday" said on a Wednesday is not tomorrow,
                // which would be "tomorrow" or "Thursday": it is the
                // Thursday of the week after.
                let picked = pick(&cands, d, *dir, t, WEEKDAY_POLICY).map(|x| {
                    let tomorrow = d.tomorrow().ok();
                    if *dir == Dir::Next && tomorrow == Some(x) {
                        shift(x, Unit::Week, 1).unwrap_or(x)
                    } else {
                        x
                    }
                });
                match picked.and_then(|x| Point::containing(Gran::Day, x)) {
                    Some(p) => Resolved::point(p, true),
                    None => Resolved::rel(format!("XXXX-WXX-{day}")),
                }
            }
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
            Val::Season { s, dir } => {
                let Some(d) = dct else {
                    return Resolved::rel(format!("XXXX-{}", s.code()));
                };
                let (d, dir) = self.reference(*dir, d);
                let t = clause_tense(dir, tense);
                let (d, dir) = self.framed(dir, t, d);
                // Two years back: "last winter" written in February is the
                // one before the winter still running.
                let y = i32::from(d.year());
                let cands: Vec<(Date, Date, i32)> = ((y - 2)..=(y + 1))
                    .filter_map(|y| {
                        season_bounds(*s, y, self.place.hemisphere).map(|(a, b)| (a, b, y))
                    })
                    .collect();
                match pick(&cands, d, dir, t, SEASON_POLICY)
                    .and_then(|y| super::value::season_point(*s, y))
                {
                    Some(p) => Resolved::point(p, true),
                    None => Resolved::rel(format!("XXXX-{}", s.code())),
                }
            }
            Val::AnchoredSeason { s, n } => {
                let fallback = || Resolved::rel(format!("XXXX-{}", s.code()));
                let Some(a) = self.beyond_anchor(*n, dct) else {
                    return fallback();
                };
                let y = i32::from(a.year());
                let mut cands = (y - 1..=y + 1).filter_map(|y| {
                    season_bounds(*s, y, self.place.hemisphere).map(|(a, b)| (a, b, y))
                });
                let y = if *n > 0 {
                    cands.find(|c| c.0 > a)
                } else {
                    cands.rfind(|c| c.1 < a)
                };
                match y.and_then(|c| super::value::season_point(*s, c.2)) {
                    Some(p) => Resolved::point(p, true),
                    None => fallback(),
                }
            }
            Val::AnchoredMonth { month, n } => {
                let fallback = || Resolved::rel(format!("XXXX-{month:02}"));
                let Some(a) = self.beyond_anchor(*n, dct) else {
                    return fallback();
                };
                let y = i32::from(a.year());
                let mut cands = (y - 1..=y + 1).filter_map(|y| ymd(y, *month, 1));
                let x = if *n > 0 {
                    cands.find(|x| *x > a)
                } else {
                    cands.rfind(|x| x.last_of_month() < a)
                };
                match x.and_then(|x| Point::containing(Gran::Month, x)) {
                    Some(p) => Resolved::point(p, true),
                    None => fallback(),
                }
            }
            Val::Quarter { q, dir } => self.part(
                Gran::Quarter,
                (*q - 1) * 3 + 1,
                3,
                *dir,
                tense,
                format!("XXXX-Q{q}"),
            ),
            Val::Half { h, dir } => self.part(
                Gran::Half,
                (*h - 1) * 6 + 1,
                6,
                *dir,
                tense,
                format!("XXXX-H{h}"),
            ),
            Val::Weekend { dir } => {
                let Some(d) = dct else {
                    return Resolved::rel("XXXX-WXX-WE");
                };
                let back = i64::from(d.weekday().to_monday_zero_offset());
                let Some(monday) = shift(d, Unit::Day, -back) else {
                    return Resolved::rel("XXXX-WXX-WE");
                };
                let cands: Vec<(Date, Date, Date)> = (-1i64..=1)
                    .filter_map(|k| {
                        let m = shift(monday, Unit::Week, k)?;
                        Some((shift(m, Unit::Day, 5)?, shift(m, Unit::Day, 6)?, m))
                    })
                    .collect();
                // Written on a Saturday or Sunday, "the weekend" is the one
                // under way ("spread widely online since the weekend
                // began").
                if *dir == Dir::Tense && back >= 5 {
                    return Resolved::point(
                        Point {
                            gran: Gran::Weekend,
                            date: monday,
                        },
                        true,
                    );
                }
                let t = clause_tense(*dir, tense);
                // "United Airlines added 42 extra flights for the weekend",
                // "Players were given the weekend off", written on a
                // Friday: the weekend starts the next day, and one five
                // days past would be "last weekend". (On a Thursday a past
                // clause still means the weekend gone: "topped download
                // charts over the weekend".)
                let t = if *dir == Dir::Tense && back == 4 && t == Tense::Past {
                    Tense::Nearest
                } else {
                    t
                };
                // "veterans who crossed the Channel this weekend", written
                // on a Monday or Tuesday: the weekend that has been. From
                // Wednesday on, "this weekend" is the coming one, whatever
                // the tense around it ("officials urged parents to get
                // children vaccinated before Halloween parties this
                // weekend"; "The decision, announced at 11.30am, means this
                // weekend's fixtures will not go ahead", written on a
                // Friday).
                let dir = if *dir == Dir::This
                    && back < 2
                    && matches!(tense(), Tense::Past | Tense::Before)
                {
                    Dir::Last
                } else {
                    *dir
                };
                // "next weekend" said from Thursday on is not the one days
                // away, which would be "this weekend": it is the one after.
                let picked = pick(&cands, d, dir, t, WEEKDAY_POLICY).map(|m| {
                    if dir == Dir::Next && back >= 3 && m == monday {
                        shift(m, Unit::Week, 1).unwrap_or(m)
                    } else {
                        m
                    }
                });
                match picked {
                    Some(m) => Resolved::point(
                        Point {
                            gran: Gran::Weekend,
                            date: m,
                        },
                        true,
                    ),
                    None => Resolved::rel("XXXX-WXX-WE"),
                }
            }
            Val::Rel { gran, unit, n } => {
                let Some(d) = dct else {
                    return Resolved::rel(unknown(*gran));
                };
                match Point::containing(*gran, d).and_then(|p| p.shifted(*unit, *n)) {
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
            Val::TheNext { gran, unit } => {
                let past = matches!(tense(), Tense::Past | Tense::Before);
                let val = if past && self.anchor.is_some() {
                    Val::Anchored {
                        gran: Some(*gran),
                        unit: *unit,
                        n: 1,
                    }
                } else {
                    Val::Rel {
                        gran: *gran,
                        unit: *unit,
                        n: 1,
                    }
                };
                self.resolve_inner(&val, tense)
            }
            Val::Anchored { gran, unit, n } => {
                let ug = unit_gran(*unit);
                // "ticket sales rose 12 percent from the previous weekend":
                // the figures compared are the weekend's the story reports,
                // the last it named or else the last begun by its date,
                // whatever day it named since.
                if *gran == Some(Gran::Weekend)
                    && *n < 0
                    && self.place.lead == Lead::Compared
                    && let Some(w) = self.weekend.or_else(|| dct.and_then(last_weekend))
                    && let Some(p) = w.shifted(*unit, *n)
                {
                    return Resolved::point(p, true);
                }
                // A month or more away counts from the news, not from the
                // date it was reported.
                let period = self.period.filter(|&(p, line, offset)| {
                    p.gran == ug
                        && line == self.place.line
                        && self.place.offset.saturating_sub(offset) <= CLOSE
                        && gran.is_none_or(|g| g == ug)
                });
                let base = if let Some((p, _, _)) = period {
                    Some(p)
                } else if rank(ug) >= rank(Gran::Week) {
                    self.narrative
                } else {
                    self.anchor
                };
                if *unit == Unit::Year
                    && *n < 0
                    && gran.is_none()
                    && let Some(p) = self
                        .year_to_date(base)
                        .and_then(|y| y.shifted(Unit::Year, *n))
                {
                    return Resolved::point(p, true);
                }
                // "a year earlier", "the year-ago quarter" in a report.
                if *unit == Unit::Year
                    && *n < 0
                    && matches!(gran, None | Some(Gran::Quarter))
                    && let Some(r) = self.report_for(base).or(if *gran == Some(Gran::Quarter) {
                        self.report
                    } else {
                        None
                    })
                    && let Some(p) = r.shifted(Unit::Year, *n)
                {
                    return Resolved::point(p, true);
                }
                // Nothing named yet: counted from the document date, at
                // the unit's granularity as "a year ago" is.
                let anchor =
                    base.or_else(|| dct.and_then(|d| Point::containing(gran.unwrap_or(ug), d)));
                let target = gran.unwrap_or(ug);
                let Some(a) = anchor else {
                    return Resolved::rel(unknown(target));
                };
                let g = match gran {
                    Some(g) => *g,
                    // "Sales rose 5% from a year earlier" after a day, or
                    // "inflation in July ... from a year earlier": the year
                    // before, not that day or month of it, as TimeML gives a
                    // count of years ("wages 3.8 percent higher than a year
                    // earlier", after last month's figures, is the year). A
                    // quarter keeps its own (see `report_for`), and so does
                    // a period's end, "the six months ended Aug. 12".
                    None if *unit == Unit::Year
                        && !self.anchor_at.period_end
                        && matches!(
                            a.gran,
                            Gran::Day | Gran::Week | Gran::Weekend | Gran::Month
                        ) =>
                    {
                        ug
                    }
                    None if *unit == Unit::Week
                        && a.gran == Gran::Day
                        && !self.anchor_at.period_end =>
                    {
                        ug
                    }
                    None if rank(a.gran) <= rank(ug) => a.gran,
                    None => ug,
                };
                // "that same day" or "the next morning" after "in
                // October": a day of that month, which one unknown, unless
                // the paragraph named a day before it ("figures released
                // last Thursday showed output fell in August. The following
                // day, ...", "public on June 25, when auditors found
                // problems through the first quarter. The SEC sued the
                // next morning").
                let (a, g) = match self.day_told {
                    Some((d, line))
                        if g == Gran::Day
                            && rank(a.gran) > rank(Gran::Day)
                            && line == self.place.line =>
                    {
                        (d, Gran::Day)
                    }
                    _ => (a, g),
                };
                // "proposed last Friday ... by the end of 2012. The plan
                // was announced the same day": in a story that has told a
                // day, a year is too coarse to count a day or a week from,
                // and the last day told is meant. (With none told, "The
                // riots began in 1959. The next morning" is a morning of
                // that year.)
                let a = match self.day_told {
                    Some((d, _)) if too_coarse(a.gran, g) => d,
                    _ => a,
                };
                if let Some(v) = finer_unknown(a, g) {
                    return Resolved::rel(v);
                }
                // The weekend following a weekday is that week's own.
                let weekday = a.gran == Gran::Day && a.date.weekday().to_monday_one_offset() < 6;
                let n = if g == Gran::Weekend && *n > 0 && weekday {
                    n - 1
                } else {
                    *n
                };
                match Point::containing(g, a.date).and_then(|p| p.shifted(*unit, n)) {
                    Some(p) => Resolved::point(p, true),
                    None => Resolved::rel(unknown(g)),
                }
            }
            Val::Ago { unit, n, lean } => {
                // "a year ago" in a quarterly report means that quarter a
                // year before. (Only the year-ago comparison: "founded five
                // years ago", "room it did not have two years ago", told
                // beside a quarter's figures, are years.)
                let from = self
                    .year_to_date(self.anchor)
                    .or_else(|| self.report_for(self.anchor))
                    .or(self.anchor.filter(|a| a.gran == Gran::Quarter));
                if let Some(a) = from
                    && *unit == Unit::Year
                    && *n == -1
                    && let Some(p) = a.shifted(Unit::Year, *n)
                {
                    return Resolved::point(p, true);
                }
                // "almost four years ago", written on Dec. 30, 1987: a
                // little after Dec. 30, 1983, so in 1984; "more than four
                // years ago", written on Jan. 3, 2006: in 2001.
                let n = match dct {
                    Some(d)
                        if *unit == Unit::Year && *lean > 0 && d.month() == 12 && d.day() >= 15 =>
                    {
                        n + 1
                    }
                    Some(d)
                        if *unit == Unit::Year && *lean < 0 && d.month() == 1 && d.day() <= 15 =>
                    {
                        n - 1
                    }
                    _ => *n,
                };
                let gran = unit_gran(*unit);
                self.resolve_inner(
                    &Val::Rel {
                        gran,
                        unit: *unit,
                        n,
                    },
                    tense,
                )
            }
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
            Val::ReportPeriod(gran) => {
                let gran = *gran;
                let unit = if gran == Gran::Month {
                    Unit::Month
                } else {
                    Unit::Year
                };
                let close = self.anchor_close();
                let named = self
                    .anchor
                    .filter(|a| close && rank(a.gran) <= rank(gran))
                    // The period under report is the document's or the one
                    // just ended ("sales fell 1 percent for the full year",
                    // written on January 2); a decade or a century is any
                    // one the paragraph has just dated ("The plant opened
                    // in 1993. Sales rose every year during the decade").
                    .filter(|a| {
                        matches!(gran, Gran::Decade | Gran::Century)
                            || dct
                                .and_then(|d| Point::containing(gran, d))
                                .zip(Point::containing(gran, a.date))
                                .is_some_and(|(now, then)| {
                                    then == now || then.shifted(unit, 1) == Some(now)
                                })
                    })
                    .filter(|_| tense() != Tense::Future)
                    .and_then(|a| Point::containing(gran, a.date));
                // With none named: in the first days of a year or month,
                // one told of in the past ("Domestic grosses for the year
                // fell 6 percent", written on January 3; "sales rose 7
                // percent for the month, automakers said Thursday", written
                // on November 1) is the one just ended; the new one has
                // barely begun.
                let first_days = dct.is_some_and(|d| match gran {
                    Gran::Month => d.day() <= 7,
                    Gran::Decade => d.year() % 10 == 0 && d.month() == 1 && d.day() <= 15,
                    Gran::Century => d.year() % 100 == 0 && d.month() == 1 && d.day() <= 15,
                    _ => d.month() == 1 && d.day() <= 15,
                });
                let n = if named.is_none() && first_days && tense() == Tense::Past {
                    -1
                } else {
                    0
                };
                match named {
                    Some(p) => Resolved::point(p, true),
                    None => self.resolve_inner(&Val::Rel { gran, unit, n }, tense),
                }
            }
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
            Val::ReportQuarter { latest } => {
                if let Some(r) = self.report {
                    return Resolved::point(r, true);
                }
                if let Some(a) = self.anchor
                    && a.gran == Gran::Quarter
                {
                    return Resolved::point(a, true);
                }
                let Some(d) = dct else {
                    return Resolved::rel("XXXX-QX");
                };
                // On a quarter's last trading days, a market report's
                // "ending the quarter up 7 percent" is the quarter that is
                // closing.
                let closing = !latest
                    && Point::containing(Gran::Quarter, d)
                        .and_then(|q| q.shifted(Unit::Quarter, 1))
                        .is_some_and(|next| next.date.since(d).is_ok_and(|s| s.get_days() <= 3));
                let n = if closing || tense() == Tense::Future {
                    0
                } else {
                    -1
                };
                match Point::containing(Gran::Quarter, d).and_then(|p| p.shifted(Unit::Quarter, n))
                {
                    Some(p) => Resolved::point(p, true),
                    None => Resolved::rel("XXXX-QX"),
                }
            }
            Val::Containing { gran, shift, day } => {
                let r = self.resolve_inner(day, tense);
                let p = r
                    .point
                    .filter(|p| p.gran == Gran::Day)
                    .and_then(|p| super::calendar::shift(p.date, Unit::Day, *shift))
                    .and_then(|d| Point::containing(*gran, d));
                match p {
                    Some(p) => Resolved::point(p, r.relative),
                    None if *gran == Gran::Quarter => {
                        self.resolve_inner(&Val::ReportQuarter { latest: false }, tense)
                    }
                    None => Resolved::rel(unknown(*gran)),
                }
            }
            Val::WeekdayOfWeek { day, n } => {
                let Some(d) = dct else {
                    return Resolved::rel(format!("XXXX-WXX-{day}"));
                };
                let back = i64::from(d.weekday().to_monday_zero_offset());
                let p = shift(d, Unit::Day, i64::from(*day) - 1 - back)
                    .and_then(|x| shift(x, Unit::Week, *n))
                    .and_then(|x| Point::containing(Gran::Day, x));
                match p {
                    Some(p) => Resolved::point(p, true),
                    None => Resolved::rel(format!("XXXX-WXX-{day}")),
                }
            }
            Val::NewYear => {
                let Some(d) = dct else {
                    return Resolved::rel("XXXX");
                };
                let y = i32::from(d.year()) + i32::from(d.month() >= 7);
                match ymd(y, 1, 1).and_then(|x| Point::containing(Gran::Year, x)) {
                    Some(p) => Resolved::point(p, true),
                    None => Resolved::rel("XXXX"),
                }
            }
            Val::AnchoredWeekday { day, n } => {
                let from = self
                    .anchor
                    .filter(|a| a.gran == Gran::Day)
                    .map(|a| a.date)
                    .or(dct);
                let Some(from) = from else {
                    return Resolved::rel(format!("XXXX-WXX-{day}"));
                };
                let step = n.signum();
                // "that Friday" (`n` = 0) is the Friday of the days around
                // the one last named: "began on Tuesday, May 4, 1982. By
                // that Friday" is May 7.
                let offsets = if step == 0 {
                    [0, 1, -1, 2, -2, 3, -3]
                } else {
                    [1, 2, 3, 4, 5, 6, 7].map(|k| k * step)
                };
                let found = offsets
                    .into_iter()
                    .filter_map(|k| shift(from, Unit::Day, k))
                    .find(|x| weekday_of(*x) == *day)
                    .and_then(|x| shift(x, Unit::Week, n - step))
                    .and_then(|x| Point::containing(Gran::Day, x));
                match found {
                    Some(p) => Resolved::point(p, true),
                    None => Resolved::rel(format!("XXXX-WXX-{day}")),
                }
            }
            Val::DayOfMonth { day, months } => {
                let fallback = format!("XXXX-XX-{day:02}");
                let Some(d) = dct else {
                    return Resolved::rel(fallback);
                };
                // "on June 9 and again on the 23rd": the month of a day
                // named just before.
                let anchored = match self.anchor {
                    Some(a)
                        if months.is_none()
                            && a.gran == Gran::Day
                            && self.anchor_at.line == self.place.line
                            && self.place.offset.saturating_sub(self.anchor_at.offset)
                                <= SAME_MONTH =>
                    {
                        Some(a.date)
                    }
                    _ => None,
                };
                // "We'll worry about that on the 3rd", said on 28
                // December: a day ahead that this month has passed is
                // next month's; a day past that this month has still to
                // come is last month's.
                let months = match (months, anchored) {
                    (None, None) if *day < d.day() as u8 && tense() == Tense::Future => Some(1),
                    (None, None) if *day > d.day() as u8 && tense() == Tense::Past => Some(-1),
                    _ => *months,
                };
                let d = anchored.unwrap_or(d);
                let p = shift(d.first_of_month(), Unit::Month, months.unwrap_or(0))
                    .and_then(|m| ymd(i32::from(m.year()), m.month() as u8, *day))
                    .and_then(|x| Point::containing(Gran::Day, x));
                match p {
                    Some(p) => Resolved::point(p, true),
                    None => Resolved::rel(fallback),
                }
            }
            Val::WeekdayOfMonth { weekday, day } => {
                let fallback = format!("XXXX-XX-{day:02}");
                let Some(d) = dct else {
                    return Resolved::rel(fallback);
                };
                let p = [0, -1, 1]
                    .into_iter()
                    .filter_map(|k| shift(d.first_of_month(), Unit::Month, k))
                    .filter_map(|m| ymd(i32::from(m.year()), m.month() as u8, *day))
                    .find(|x| weekday_of(*x) == *weekday)
                    .and_then(|x| Point::containing(Gran::Day, x));
                match p {
                    Some(p) => Resolved::point(p, true),
                    None => Resolved::rel(fallback),
                }
            }
            Val::NthWeekday { n, day, month } => {
                let fallback = || Resolved::rel("XXXX-XX-XX");
                let m = self.resolve_inner(month, tense);
                let Some(p) = m.point.filter(|p| p.gran == Gran::Month) else {
                    return fallback();
                };
                let d = weekday(*day)
                    .and_then(|wd| p.date.nth_weekday_of_month(*n, wd).ok())
                    .and_then(|d| Point::containing(Gran::Day, d));
                match d {
                    Some(d) => Resolved::point(d, m.relative),
                    None => fallback(),
                }
            }
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
            Val::Clock { hour, minute, day } => {
                let suffix = format!("T{hour:02}:{minute:02}");
                let bare = **day == Val::DocDay;
                if bare && let Some(a) = self.story_day(tense, *hour <= 12) {
                    // (An evening time of a night told past midnight is of
                    // the night's own day.)
                    let evening = (18..24).contains(hour)
                        && self
                            .night
                            .is_some_and(|n| n.tomorrow().ok() == Some(a.date));
                    let a = match self.night {
                        Some(n) if evening => Point::containing(Gran::Day, n).unwrap_or(a),
                        _ => a,
                    };
                    // "had queued since midnight" on the story's day: the
                    // midnight that began it, the end of the day before.
                    let a = if *hour == 24 && self.place.since {
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
                    && *hour == 24
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
                let r = self.resolve_inner(day, tense);
                self.with_day(r, &suffix)
            }
            Val::Pod { pod, day } => {
                let suffix = format!("T{}", pod.code());
                if **day == Val::DocDay
                    && let Some(a) = self.story_day(tense, *pod == PartOfDay::Morning)
                {
                    return self.with_day(Resolved::point(a, true), &suffix);
                }
                // "Clerks worked through the night and finished tallying
                // ballots", with no day told: the night that has ended,
                // the one that began the day before the document's.
                if **day == Val::DocDay
                    && *pod == PartOfDay::Night
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
    }

    /// A quarter or half without a year.
    fn part(
        &self,
        gran: Gran,
        first_month: u8,
        len: i64,
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
            .filter_map(|y| {
                let s = ymd(y, first_month, 1)?;
                let e = shift(s, Unit::Month, len)?.yesterday().ok()?;
                Some((s, e, s))
            })
            .collect();
        // A past or unknown tense takes the last one; a plan or an
        // expectation told from the past ("prices were expected to firm up
        // in the January-March quarter", written in November) the nearest.
        let t = if matches!(t, Tense::Future | Tense::Present | Tense::Nearest) {
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

    /// The date a clause's future counts from: the day of the report it
    /// tells of ("said last Friday that it would begin pulling out on
    /// Sunday": the Sunday after that Friday), else `dct`.
    fn reported(&self, dir: Dir, dct: Date, tense: &mut dyn FnMut() -> Tense) -> Date {
        match self.place.reported_from {
            Some(p) if dir == Dir::Tense && p.date < dct && tense() == Tense::Future => p.date,
            _ => dct,
        }
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

    /// `policy` with the slack a past clause allows kept inside the year
    /// of `d` for a date told "in" or "on", when something happened
    /// (see [`Policy::slack_within_year`]). A date told otherwise may be
    /// one something is moved or held to ("postponed until January",
    /// "before the Jan. 26 first round"), or a list's; so may one in a
    /// clause that points ahead ("to reappear on January 12").
    fn past_slack(&self, policy: Policy, d: Date) -> Policy {
        if matches!(self.place.lead, Lead::In | Lead::On) && !self.place.aimed {
            policy.slack_within_year(d)
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

    /// A holiday without a year.
    fn holiday(&self, h: Holiday, dir: Dir, tense: &mut dyn FnMut() -> Tense) -> Resolved {
        let fallback = match holiday_fixed(h) {
            Some((m, d)) => format!("XXXX-{m:02}-{d:02}"),
            None => "XXXX-XX-XX".to_string(),
        };
        // "on April 15, 2013, Patriots' Day": a holiday named right after
        // the date it falls on is that date.
        if dir == Dir::Tense
            && let Some(a) = self.anchor.filter(|a| {
                a.gran == Gran::Day
                    && self.anchor_at.line == self.place.line
                    && self.place.offset.saturating_sub(self.anchor_at.offset) <= APPOSITION
            })
            && holiday_date(h, i32::from(a.date.year())) == Some(a.date)
        {
            return Resolved::point(a, true);
        }
        // "on Dec. 23, 1986, two days before Christmas": a holiday told
        // with a day close to it is the one next to that day (while the
        // story still tells of that day's time: not after "He has
        // dominated the country for almost 20 years"; nor in a sentence
        // framed by another year, "since December 1982, when a blizzard
        // on Christmas Eve").
        if dir == Dir::Tense
            && self.frame.is_none()
            && let Some(a) = self
                .anchor
                .filter(|a| a.gran == Gran::Day && self.anchor_close() && self.still_told(*a))
            && !self.anchor_at.holiday
            && let Some(x) = (-1..=1)
                .filter_map(|k| holiday_date(h, i32::from(a.date.year()) + k))
                .find(|x| days_between(a.date.min(*x), a.date.max(*x)) <= NEXT_TO)
            && let Some(p) = Point::containing(Gran::Day, x)
        {
            return Resolved::point(p, true);
        }
        let Some(d) = self.dct else {
            return Resolved::rel(fallback);
        };
        let (d, dir) = self.reference(dir, d);
        let t = clause_tense(dir, tense);
        let (d, dir) = self.framed(dir, t, d);
        let cands: Vec<(Date, Date, Date)> = years(d)
            .filter_map(|y| holiday_date(h, y))
            .map(|x| (x, x, x))
            .collect();
        // "wanted stock on shelves before Chinese New Year", "hoped to
        // have a new pope installed before Easter", "fixed by
        // Thanksgiving": a holiday that bounds a plan, named in the months
        // before it, is the coming one whatever the tense (in the weeks
        // after one, "sales in the days before Christmas" is that one).
        if dir == Dir::Tense && self.place.lead == Lead::Bound {
            let next = cands.iter().map(|c| c.0).find(|&x| x > d);
            let prev = cands.iter().map(|c| c.0).rfind(|&x| x <= d);
            if let Some(n) = next
                && days_between(d, n) <= BOUND_AHEAD
                && prev.is_none_or(|p| days_between(p, d) > BOUND_AHEAD)
                && let Some(p) = Point::containing(Gran::Day, n)
            {
                return Resolved::point(p, true);
            }
        }
        // "The store will open on Christmas Eve", written on Christmas
        // Day: what is still to happen on a holiday is on the next one.
        let policy = if self.place.lead == Lead::On {
            HOLIDAY_ON_POLICY
        } else {
            HOLIDAY_POLICY
        };
        match pick(&cands, d, dir, t, policy).and_then(|x| Point::containing(Gran::Day, x)) {
            Some(p) => Resolved::point(p, true),
            None => Resolved::rel(fallback),
        }
    }
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
