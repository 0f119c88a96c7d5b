//! What the grammar found, before it is pinned to the calendar.
//!
//! The grammar only reads the words; whether "Thursday" is last week's or
//! next week's depends on the document date and the clause's tense, which
//! [`super::resolve`] decides. This type is the hand-over between the two.

use super::lexicon::{Holiday, PartOfDay, Season, Unit};
use super::value::{Gran, Point};
use crate::time::timex::TimexType;

/// Which occurrence of a recurring date is meant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    /// Decided by the tense of the clause ("On Thursday, officials said").
    Tense,
    /// The most recent one strictly before the document date ("last Friday").
    Last,
    /// The first one strictly after the document date ("next Friday").
    Next,
    /// The first one strictly after the document date even when that is
    /// tomorrow, which "next Friday" never names: the Friday that "Friday
    /// week" counts from.
    Coming,
    /// The one in the current period ("this Friday", "this summer").
    This,
    /// The one in the year of the date last mentioned: "In the spring of
    /// 2019 ... That summer", "that June".
    That,
    /// A day listed after an earlier one of the same month ("On Feb. 2, 9
    /// and 16"): in that day's year, whatever the year the tense alone
    /// would pick for it, since a list runs within one month; `Tense`
    /// where no such day was just resolved.
    Listed,
}

/// An unresolved value.
#[derive(Debug, Clone, PartialEq)]
pub enum Val {
    /// A final value that does not depend on context (durations, sets).
    Fixed(String),
    /// A final value that refers to the document time (`PRESENT_REF`, …).
    Ref(&'static str),
    /// A fully specified calendar point.
    Abs(Point),
    /// Month and day without a year.
    MonthDay { month: u8, day: u8, dir: Dir },
    /// A month without a year.
    Month { month: u8, dir: Dir },
    /// A weekday (1 = Monday).
    Weekday { day: u8, dir: Dir },
    /// The weekday `day` of the week `n` weeks from the document's:
    /// "Monday next week" (1), "Friday this week" (0).
    WeekdayOfWeek { day: u8, n: i64 },
    /// A holiday without a year.
    Holiday { h: Holiday, dir: Dir },
    /// A holiday in the document's year moved by `n`: "Boxing Day last
    /// year" (-1).
    HolidayInRelYear { h: Holiday, n: i64 },
    /// A season without a year.
    Season { s: Season, dir: Dir },
    /// The first season `s` after (`n` = 1) or the last before (-1) the
    /// date last mentioned: "the following spring".
    AnchoredSeason { s: Season, n: i64 },
    /// The first month `month` after (`n` = 1) or the last before (-1)
    /// the date last mentioned: "the following September".
    AnchoredMonth { month: u8, n: i64 },
    /// A quarter (1..=4) without a year.
    Quarter { q: u8, dir: Dir },
    /// A half year (1..=2) without a year.
    Half { h: u8, dir: Dir },
    /// A quarter or half named by an ordinal listed before the one that
    /// carries the noun ("the third and fourth quarters", "the first and
    /// second halves of 2019"): part `n` of granularity `gran` in the
    /// year the last one of the list (`last`) falls in, so that the list
    /// stays in one year.
    ListedPart { gran: Gran, n: u8, last: Box<Val> },
    /// A numbered ISO week (1..=53) without a year: "epidemiological week
    /// 51", written in early January, is the December just gone.
    IsoWeek { n: u8 },
    /// A weekend without a date.
    Weekend { dir: Dir },
    /// The period of granularity `gran` containing the document date,
    /// moved by `n` units: "today", "last week", "two years ago".
    Rel { gran: Gran, unit: Unit, n: i64 },
    /// "the past year": the year before the document's, like "last year";
    /// but in December, the year now ending, which is nearly all of what
    /// has passed ("characterized the past year as a good year", in a
    /// review of the year written on Dec. 25).
    PastYear,
    /// The period of granularity `gran` a part of is told of, in "later
    /// in the year", "early in the week", "the end of the decade": the
    /// one holding the date named close before it, when that date is no
    /// longer ("joined the band in 1975 and left it at the end of the
    /// decade" is the 1970s; "vote as soon as Monday, with the Senate
    /// following later in the week" is that Monday's week), else the
    /// document's, as [`Val::Rel`] with `n` 0 is.
    Around { gran: Gran, unit: Unit },
    /// "N units ago": like [`Val::Rel`], but a year back from a quarter
    /// under discussion keeps the quarter. `lean` is 1 when the time lies
    /// a little after the N units back ("almost four years ago"), -1 when
    /// a little before ("more than four years ago"), else 0: written at a
    /// year's turn, that decides the year.
    Ago { unit: Unit, n: i64, lean: i8 },
    /// The reference point (last date mentioned, else the document date)
    /// moved by `n` units: "a year earlier", "the following week".
    /// `gran: None` keeps the reference point's granularity.
    Anchored {
        gran: Option<Gran>,
        unit: Unit,
        n: i64,
    },
    /// "The next year": in a clause about the past it follows the date
    /// last mentioned ("in 2015 ... The next year, Washington withdrew"),
    /// otherwise it is the document's next period ("the next month will
    /// be hard").
    TheNext { gran: Gran, unit: Unit },
    /// The period of granularity `gran` starting in `month` of the document
    /// year moved by `n` years: "the third quarter of last year".
    InRelYear { gran: Gran, month: u8, n: i64 },
    /// "The quarter" of financial reports: the quarter last mentioned, else
    /// the latest finished one. `latest` when written so ("the latest
    /// quarter", "the most recent quarter"): one already reported, even on
    /// a quarter's last days.
    ReportQuarter { latest: bool },
    /// "The half-year" of a report: the half its quarter closes, else the
    /// half last named, else the latest finished one (or the one running,
    /// in a future clause written once the last half's results are out).
    /// Companies that report by halves call their results so.
    ReportHalf,
    /// "The week" of a market report ("For the week, the index fell"): the
    /// week of the last day named, unless that day is still to come; else
    /// the document's week.
    ReportWeek,
    /// "The year", "the full year", "for the month" of a report (`Year`
    /// or `Month`): the period of a date named just before in a clause
    /// that is not ahead ("rose 27% last year, but ended the year below
    /// its record"), else the document's (or, told as past in its first
    /// days, the one just ended).
    ReportPeriod(Gran),
    /// "Full-year results", "full-year earnings": the year whose results
    /// a report gives. As [`Val::ReportPeriod`] for a year, but results
    /// come out in the months after their year: in a year's first four
    /// months, with no date named, they are the year before's, in a
    /// clause of any tense ("will publish its full-year results on March
    /// 26").
    ResultsYear,
    /// "The 1988 quarter", "the 1989 period": the period of a report
    /// (its quarter, or most of a year) in the year `year`, which is the
    /// value when no report is under discussion.
    ReportInYear { year: Point },
    /// The weekday `day` (1 = Monday) `n` weeks from the reference point:
    /// "the previous Friday" (-1) is the last Friday before the day last
    /// mentioned, "the following Monday" (1) the first one after it.
    AnchoredWeekday { day: u8, n: i64 },
    /// The first weekday `day` (1 = Monday) after (`n` = 1) or the last
    /// before (-1) the day `of`: "the Sunday before Thanksgiving", "the
    /// Friday after Christmas last year".
    WeekdayBeside { day: u8, n: i64, of: Box<Val> },
    /// The period of granularity `gran` holding the day `day` moved by
    /// `shift` days: "the week of March 6" (shift 0), "the day before last
    /// Tuesday" (-1), and "the quarter ended Sept. 30" (-45: the calendar
    /// quarter holding most of the three months that end on that day, so
    /// a quarter ending July 31 is the second).
    Containing {
        gran: Gran,
        shift: i64,
        day: Box<Val>,
    },
    /// The day `day` so many `unit`s back, `n`: "Fifty years ago
    /// Saturday" is the Saturday the clause points to, fifty years before
    /// (an anniversary told on or near its day); "a week ago Friday", the
    /// Friday a week before that Friday.
    Before { unit: Unit, n: i64, day: Box<Val> },
    /// The `n`th weekday `day` (1 = Monday) of the month `month` (`n` = -1
    /// for the last): "the first Monday in October".
    NthWeekday { n: i8, day: u8, month: Box<Val> },
    /// Day `day` of the document's month moved by `months`: "the 28th of
    /// this month" (0), "the 3rd of next month" (1); with no month named
    /// ("on the 28th", `None`), the month in context.
    DayOfMonth { day: u8, months: Option<i64> },
    /// Day `day` of the month nearest the document's in which it falls on
    /// `weekday` (1 = Monday): "Sat 8th", "Sunday the 16th".
    WeekdayOfMonth { weekday: u8, day: u8 },
    /// The document's day standing in for a day the text does not give:
    /// the day of "at 3 p.m." alone (explicit "3 p.m. today" is a
    /// [`Val::Rel`]), which the story's last day may replace.
    DocDay,
    /// A clock time on a day; the second where the text gives one
    /// ("2:52:59 p.m.").
    Clock {
        hour: u8,
        minute: u8,
        second: Option<u8>,
        day: Box<Val>,
    },
    /// A part of a day ("Thursday night").
    Pod { pod: PartOfDay, day: Box<Val> },
    /// "the new year": the year whose first day is nearest the document
    /// date, whatever the tense ("little chance of snow before the new
    /// year", forecast in December, is the coming one; "orders picked up
    /// in the new year", in March, the current one). "The new decade" and
    /// "the new century" likewise, by the decade or century.
    New(Gran),
}

impl Val {
    /// Whether the value is a holiday (also in a year told apart: "last
    /// year's Boxing Day", or a day counted from one: "the day after Labor
    /// Day") or the year one opens ("the New Year"): capitalised as names,
    /// so capitals do not make it a title.
    /// The value a list's earlier member is read by: the last member's
    /// for [`Val::ListedPart`], else this one.
    pub fn of_list(&self) -> &Val {
        match self {
            Val::ListedPart { last, .. } => last,
            v => v,
        }
    }

    pub fn names_holiday(&self) -> bool {
        match self {
            Val::Holiday { .. } | Val::HolidayInRelYear { .. } | Val::New(Gran::Year) => true,
            Val::Containing { day, .. } => day.names_holiday(),
            Val::WeekdayBeside { of, .. } => of.names_holiday(),
            _ => false,
        }
    }
}

/// One match of the grammar, in token indices.
#[derive(Debug, Clone, PartialEq)]
pub struct Match {
    /// One past the last token of the match.
    pub end: usize,
    pub kind: TimexType,
    pub val: Val,
    pub modifier: Option<&'static str>,
    /// The weekday written in the expression (1 = Monday).
    pub weekday: Option<u8>,
    /// A clock time read off a twelve-hour dial with nothing in the
    /// expression saying which half of the day ("shortly after 3:45"):
    /// the text around it may.
    pub dial: bool,
    /// A dial time names a day of its own after it ("at 10:00 on
    /// Saturday"): an afternoon time told before it, on another day, says
    /// nothing of its half; only its own sentence's words do.
    pub own_day: bool,
}

impl Match {
    /// A match with no modifier and no stated weekday.
    pub fn new(end: usize, kind: TimexType, val: Val) -> Self {
        Match {
            end,
            kind,
            val,
            modifier: None,
            weekday: None,
            dial: false,
            own_day: false,
        }
    }

    /// Adds a modifier.
    pub fn with_mod(mut self, m: &'static str) -> Self {
        self.modifier = Some(m);
        self
    }
}

/// A DATE match.
pub fn date(end: usize, val: Val) -> Match {
    Match::new(end, TimexType::Date, val)
}

/// The time part of a clock time's TimeML value: "T14:52", or
/// "T14:52:59" where the text gives the second.
pub fn clock_suffix(hour: u8, minute: u8, second: Option<u8>) -> String {
    match second {
        Some(s) => format!("T{hour:02}:{minute:02}:{s:02}"),
        None => format!("T{hour:02}:{minute:02}"),
    }
}
