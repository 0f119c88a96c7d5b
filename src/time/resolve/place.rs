//! Where in the text a value is and how it is told ([`Place`]), set by
//! the tagger before each value is resolved: its line and offset, the
//! word before it ([`Lead`]), what a month is named for ([`MonthUse`])
//! and the cues around it that decide which day, month or quarter it
//! is.

#[cfg(doc)]
use super::Resolver;
use crate::time::lexicon::Hemisphere;
use crate::time::sem::Dir;
use crate::time::value::Point;

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
    /// Whether it is the end of a period ("the end of the year", with the
    /// modifier END): told in the past early in the period, the end meant
    /// is the last one's.
    pub end_of: bool,
    /// Whether "since" opens its phrase (see
    /// [`super::context::in_since_clause`]).
    pub since: bool,
    /// Whether it is the date of a plan as first made, which was not kept
    /// (see [`super::context::first_plan`]).
    pub first_plan: bool,
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
    /// Where its sentence starts, in bytes: known for a day of a month, a
    /// month and a count back ("a year ago"), the values that ask; 0
    /// otherwise.
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
    /// first half", written in July). So may a month ("are expected to
    /// show a rebound in February", written in March). Known for months,
    /// quarters and halves, the values that ask; true otherwise.
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
    /// the document date, even in the next year. Known for months and
    /// days without a year told "in" or "on", where it matters; false
    /// otherwise.
    pub aimed: bool,
    /// Whether it is a midnight what is told came just after ("shortly
    /// after midnight Friday", see [`crate::time::context::after_midnight`]):
    /// the one that begins the day named. Known for midnights; false
    /// otherwise.
    pub after_midnight: bool,
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
    /// A month an intention held now aims at ("hopes to hold the
    /// referendum in January", "plans to open the plant in March"): one
    /// already over is never meant, whatever the slack that lets a future
    /// clause's month be the one just ended ("is expected to show a
    /// rebound in February", written in March).
    Intended,
    /// The month a period of figures runs to ("the nine months to
    /// September", "the year to March"): in a past clause, one that has
    /// begun (a past clause's month may otherwise be a few weeks ahead).
    PeriodEnd,
}

impl Place {
    /// Whether its day is one the story tells of happening: not where a
    /// stretch began ("died since the storm formed last Thursday") nor a
    /// plan not kept ("was originally due to begin on Thursday").
    pub fn told_of(&self) -> bool {
        !self.since && !self.first_plan
    }
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
            end_of: false,
            since: false,
            first_plan: false,
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
            after_midnight: false,
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
    /// What something went on through: "toured the port over the
    /// weekend", "during the holidays".
    During,
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
        // ("on the morning of Jan. 5": the day is told as after "on".)
        let part_of = || {
            word.eq_ignore_ascii_case("of")
                && ["morning ", "afternoon ", "evening ", "night "]
                    .iter()
                    .any(|p| head[..head.len() - 2].ends_with(p))
        };
        if word.eq_ignore_ascii_case("on") || part_of() {
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
        } else if ["over", "during", "throughout"]
            .iter()
            .any(|w| word.eq_ignore_ascii_case(w))
        {
            Lead::During
        } else {
            Lead::Other
        }
    }
}
