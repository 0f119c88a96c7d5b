//! Durations: an amount and a unit ("three months", "two and a half
//! hours", "a quarter of an hour"), with "the", a possessive or a
//! qualifier before it ("the past 12 months", "his first 100 days", "the
//! coming weeks"), a plural unit alone ("for years", "hours after the
//! deal"), compounds ("a two-year deal", "a weeklong recess", "a
//! decades-long battle") and counts of weekends and seasons ("two
//! consecutive weekends", "three summers"); not rates ("four flights a
//! week") nor ages ("37 years old").

use crate::time::grammar::Parser;
use crate::time::grammar::quantity::{DURATION_LEADS, opens_amount};
use crate::time::lexicon::{Kw, Lex, Unit};
use crate::time::sem::{Match, Val};
use crate::time::timex::TimexType;
use crate::time::token::Kind;
use crate::time::value::duration;

impl Parser<'_> {
    /// Whether `i` is a possessive before a qualifier of a stretch of
    /// time: "his first", "its final", "their last".
    pub(crate) fn possessive_qualifier(&self, i: usize) -> bool {
        // Every word that may stand here has two to five letters; then the
        // qualifier: this runs for many short words.
        self.tok(i)
            .is_some_and(|t| t.kind == Kind::Word && (2..=5).contains(&(t.end - t.start)))
            && (matches!(
                self.lex(i + 1),
                Some(Lex::Ordinal(1) | Lex::Kw(Kw::Last | Kw::Past | Kw::Next))
            ) || self.word_in(i + 1, &["initial", "final"]))
            && (self.possessive(i)
                // "These past two months I've realised ..."
                || self.word_in(i, &["these", "those"])
                    && matches!(self.lex(i + 1), Some(Lex::Kw(Kw::Last | Kw::Past))))
    }

    /// Whether an article stands before `i`, alone or with one adjective
    /// between: "after a weak first three months of the year", "a
    /// first 100 days". The article and the adjective go with the noun;
    /// the stretch is "first three months", as it is after "the".
    fn article_before(&self, i: usize) -> bool {
        let article = |k: usize| self.word_in(k, &["a", "an"]);
        let adjective = |k: usize| {
            self.tok(k)
                .is_some_and(|t| t.kind == Kind::Word && !t.cap && matches!(t.lex, Lex::Other))
        };
        i > 0 && article(i - 1) || i > 1 && adjective(i - 1) && article(i - 2)
    }

    /// Durations.
    pub(in crate::time::grammar) fn duration(&self, i: usize) -> Option<Match> {
        // Every form opens with an amount, a modifier, "the", a
        // possessive, a qualifier, a unit or one of the words read by
        // their text: never with a word that names a time itself ("May",
        // "Friday") nor with another keyword ("now", "that"), and many
        // starts are those.
        if self.names_time(i) || matches!(self.lex(i), Some(Lex::Kw(k)) if !opens_duration(k)) {
            return None;
        }
        self.duration_unguarded(i)
    }

    /// Durations, read at any start: [`Parser::duration`] without its
    /// guard, kept apart so a test can check that the guard turns away
    /// no duration.
    pub(in crate::time::grammar) fn duration_unguarded(&self, i: usize) -> Option<Match> {
        // "at 1800 hours", "at twenty-two hundred hours" are times on the
        // clock. (A reading, not a guard: it stays with the forms.)
        // (Nor is "0800" of "from 0800 to 1700 hours": no amount is
        // written with a leading zero.)
        if self.military_hours(i)
            || self.military_range_start(i)
            || self.num(i).is_some_and(|(_, d)| d == 4) && self.word(i).starts_with('0')
        {
            return None;
        }
        // "exploited a zero-day", "patched three zero-days": a flaw
        // unknown until it is used, no length of time.
        if self.word_is(i, "zero") && self.hyphen(i + 1) && self.word_in(i + 2, &["day", "days"]) {
            return None;
        }
        // "declared Monday a day of national mourning": a day named for
        // something, not a length of time.
        if self.kw(i + 2, Kw::Of)
            && self.word_is(i + 1, "day")
            && self.word_is(i, "a")
            && (self.word_in(i + 3, DAYS_OF)
                || self.word_in(i + 3, &["national", "global", "public"])
                    && self.word_in(i + 4, DAYS_OF))
        {
            return None;
        }
        // "Islam will one day be", "hopes he one day follows": some day
        // ahead, not a length of time.
        if self.word_is(i, "one")
            && self.unit(i + 1) == Some((Unit::Day, false))
            && i > 0
            && (self.word_in(
                i - 1,
                &[
                    "will", "would", "can", "could", "may", "might", "should", "shall", "must",
                    "ll",
                ],
            ) || self.word_in(i - 1, &["maybe", "perhaps"]) && !self.kw(i + 2, Kw::Of)
                || self.word_in(i - 1, &["he", "she", "they", "we", "it", "you"])
                    && self
                        .tok(i + 2)
                        .is_some_and(|t| t.kind == Kind::Word && !t.cap)
                    && !self.word_in(i + 2, DURATION_LEADS))
        {
            return Some(Match::new(i + 2, TimexType::Date, Val::Ref("FUTURE_REF")));
        }
        // "in the decade since the quake", "the year since his death": the
        // stretch gone by since, one of the unit.
        if self.kw(i, Kw::The)
            && let Some((unit, false)) = self.unit(i + 1)
            && matches!(
                unit,
                Unit::Week | Unit::Month | Unit::Year | Unit::Decade | Unit::Century
            )
            && self.word_is(i + 2, "since")
        {
            let val = Val::Fixed(duration(Some(1.0), unit));
            return Some(Match::new(i + 2, TimexType::Duration, val));
        }
        // "waited three years for a day like this": a kind of day.
        if self.kw(i, Kw::A)
            && self.unit(i + 1) == Some((Unit::Day, false))
            && self.word_is(i + 2, "like")
        {
            return None;
        }
        // "a minute amount of hydrazine", "a minute crack": the adjective
        // (tiny), before a noun of size or flaw.
        if self.kw(i, Kw::A)
            && self.unit(i + 1) == Some((Unit::Minute, false))
            && self.word_in(
                i + 2,
                &[
                    "amount",
                    "amounts",
                    "quantity",
                    "quantities",
                    "trace",
                    "traces",
                    "fraction",
                    "crack",
                    "cracks",
                    "particle",
                    "particles",
                    "portion",
                    "speck",
                    "hole",
                    "difference",
                    "dose",
                    "detail",
                ],
            )
        {
            return None;
        }
        // "a three-year period": the adjective and its time noun together.
        if self.word_in(i, &["a", "an"])
            && let Some(m) = self.duration(i + 1)
            && m.end >= 2
            && self.hyphen(m.end - 2)
            && self.word_in(m.end, &["period", "span", "stretch"])
        {
            return Some(Match {
                end: m.end + 1,
                ..m
            });
        }
        // "a day-long meeting", "a decades-long battle", "a years-old
        // slump" (a singular "year-old" is an age)
        if let Some((unit, plural)) = self.unit(i)
            && self.hyphen(i + 1)
            && (self.word_is(i + 2, "long") || plural && self.word_is(i + 2, "old"))
        {
            let amount = (!plural).then_some(1.0);
            return Some(Match::new(
                i + 3,
                TimexType::Duration,
                Val::Fixed(duration(amount, unit)),
            ));
        }
        // "a weeklong recess", "a yearlong study": the unit and "long" in
        // one word (the length first: most words are none of these).
        let one_word = [
            ("hourlong", Unit::Hour),
            ("daylong", Unit::Day),
            ("weeklong", Unit::Week),
            ("monthlong", Unit::Month),
            ("yearlong", Unit::Year),
        ]
        .into_iter()
        .filter(|_| (7..=9).contains(&self.word_bytes(i).len()))
        .find(|(w, _)| self.word_is(i, w))
        .map(|(_, unit)| unit);
        if let Some(unit) = one_word {
            return Some(Match::new(
                i + 1,
                TimexType::Duration,
                Val::Fixed(duration(Some(1.0), unit)),
            ));
        }
        // "a multi-year deal": some years.
        if self.word_is(i, "multi")
            && self.hyphen(i + 1)
            && let Some((unit, false)) = self.unit(i + 2)
        {
            return Some(Match::new(
                i + 3,
                TimexType::Duration,
                Val::Fixed(duration(None, unit)),
            ));
        }
        let (modifier, mut j) = match self.approx_at(i) {
            Some((m, j)) => (Some(m), j),
            None => (None, i),
        };
        // "for 40-odd years": about so many, the "-odd" after the amount.
        let odd = self
            .number_at(j)
            .and_then(|(_, k)| (self.hyphen(k) && self.word_is(k + 1, "odd")).then_some(k));
        let modifier = modifier.or(odd.map(|_| "APPROX"));
        // A duration of value `v` ending before `end`, with the modifier.
        let amount_of = |end: usize, v: String| {
            let m = Match::new(end, TimexType::Duration, Val::Fixed(v));
            Some(match modifier {
                Some(md) => m.with_mod(md),
                None => m,
            })
        };
        let the = self.kw(j, Kw::The);
        // "his first 100 days", "its final three years": a possessive
        // before a qualifier stands for "the".
        let poss = !the && self.possessive_qualifier(j);
        if the || poss {
            j += 1;
        }
        // the past / last / next / first / coming / previous / following
        let mut qualified = false;
        if the || modifier.is_none() {
            let q = self.kw_any(
                j,
                &[
                    Kw::Past,
                    Kw::Last,
                    Kw::Next,
                    Kw::Coming,
                    Kw::Previous,
                    Kw::Prior,
                    Kw::Following,
                    Kw::Latest,
                ],
            );
            // "the prior three months" as "the previous"; "prior" alone is
            // as often "before" ("prior 12 months" heads no list).
            if q == Some(Kw::Prior) && !the {
                return None;
            }
            // "could last weeks", "will begin at 10am and last an hour":
            // the verb "last", not the adjective (which "the first and
            // last six days" is). So after a subject or an adverb:
            // "benefits typically last 26 weeks", "Trials last two weeks".
            let subject = |k: usize| {
                let w = self.word(k);
                self.tok(k).is_some_and(|t| t.kind == Kind::Word)
                    && (w.ends_with("ly") || w.ends_with('s'))
                    && !matches!(
                        w.to_ascii_lowercase().as_str(),
                        "its"
                            | "his"
                            | "hers"
                            | "theirs"
                            | "ours"
                            | "yours"
                            | "this"
                            | "these"
                            | "those"
                            | "us"
                            | "was"
                            | "is"
                            | "has"
                            | "as"
                            | "early"
                            | "only"
                    )
            };
            let verb = |k: usize| {
                self.word_in(k, VERB_LEADS)
                    || self.word_is(k, "and") && k > 0 && !self.word_is(k - 1, "first")
                    || !the && subject(k)
            };
            // (An adverb may stand after the modal: "will again last four
            // days", "could still last weeks".)
            let adverb_after_modal = j > 1
                && self.word_in(j - 2, VERB_LEADS)
                && self.word_in(
                    j - 1,
                    &[
                        "again", "still", "also", "even", "now", "then", "only", "just", "never",
                        "ever", "often",
                    ],
                );
            if q == Some(Kw::Last) && j > 0 && (verb(j - 1) || adverb_after_modal) {
                return None;
            }
            // "the result, coming four months after the election": the
            // participle, not "the coming four months"; so is "following"
            // ("burst its banks following three days of rain").
            if matches!(q, Some(Kw::Coming | Kw::Following))
                && !the
                && self.number_at(j + 1).is_some_and(|(n, _)| n.is_some())
            {
                return None;
            }
            let first = matches!(self.lex(j), Some(Lex::Ordinal(1 | 99)))
                // ("the trailing twelve months", a company's figures)
                || self.word_in(j, &["initial", "remaining", "final", "trailing"]);
            if q.is_some() || (first && (the || poss || self.article_before(j))) {
                qualified = true;
                j += 1;
            }
        }
        let start_amount = j;
        let (amount, k) = match self.number_at(j) {
            Some(x) => x,
            None if qualified || the => (None, j),
            None => {
                // A bare plural unit: "for years", "hours after the deal".
                let (unit, true) = self.unit(j)? else {
                    return None;
                };
                // ("seconds" alone is time only in a count of how soon:
                // "collapsed within seconds", "seconds later"; else it may
                // be a second helping or goods sold as seconds.)
                // ("for only seconds", "had seconds to take cover": how
                // little time there was.)
                let seconds_soon = unit == Unit::Second
                    && (j > 0 && self.word_in(j - 1, &["within", "in", "only", "just", "mere"])
                        || self.word_in(j + 1, &["later", "after", "before", "earlier"])
                        || self.time_to_act(j));
                if !self.bare_plural_is_time(j, unit)
                    || self.of_age(j + 1)
                    || j != i
                    || unit == Unit::Quarter
                    || unit == Unit::Second && !seconds_soon
                {
                    return None;
                }
                if self.kw(j + 1, Kw::Ago)
                    || self.kw(j + 1, Kw::Of) && j > 0 && self.word_is(j - 1, "of")
                {
                    return None;
                }
                return Some(Match::new(
                    j + 1,
                    TimexType::Duration,
                    Val::Fixed(duration(None, unit)),
                ));
            }
        };
        // Every form below ends with a unit word, which comes first or
        // after a hyphen: after anything else ("in 1995,", "20%") there
        // is none.
        if !self.hyphen(k) && !self.tok(k).is_some_and(|t| t.kind == Kind::Word) {
            return None;
        }
        // "over the fortnight", "warnings for the first fortnight": no
        // calendar has fortnights, so the one meant is a stretch.
        if (the || qualified)
            && amount.is_none()
            && k == start_amount
            && self.unit(k) == Some((Unit::Fortnight, false))
        {
            return Some(Match::new(
                k + 1,
                TimexType::Duration,
                Val::Fixed(duration(Some(1.0), Unit::Fortnight)),
            ));
        }
        if the && !qualified && amount.is_none() && k == start_amount {
            // "the years" after "over": vague stretch.
            let (unit, true) = self.unit(k)? else {
                return None;
            };
            // "the weeks ahead", as "the coming weeks"
            let ahead = self.word_is(k + 1, "ahead")
                && matches!(
                    unit,
                    Unit::Day | Unit::Week | Unit::Month | Unit::Year | Unit::Decade
                );
            // "in the weeks or months before falling ill", "the days or
            // weeks after the vote": a stretch told two ways, which
            // `Parser::parse` joins as it does "weeks or months" (alone,
            // "the weeks before the vote" is a date, see
            // `Parser::around_event`).
            let told_two_ways = self.kw(k + 1, Kw::Or)
                && self.unit(k + 2).is_some_and(|(_, plural)| plural)
                && (self
                    .kw_any(k + 3, &[Kw::Before, Kw::After, Kw::Following])
                    .is_some()
                    || self.word_is(k + 3, "ahead")
                    || self.word_is(k + 3, "leading") && self.kw(k + 4, Kw::Up))
                && matches!(
                    unit,
                    Unit::Hour | Unit::Day | Unit::Week | Unit::Month | Unit::Year
                );
            if ahead || told_two_ways {
                return Some(Match::new(
                    if ahead { k + 2 } else { k + 1 },
                    TimexType::Duration,
                    Val::Fixed(duration(None, unit)),
                ));
            }
            if !(i > 0 && self.word_in(i - 1, &["over", "through", "down"])) {
                return None;
            }
            return Some(Match::new(
                k + 1,
                TimexType::Duration,
                Val::Fixed(duration(None, unit)),
            ));
        }
        if amount.is_none() && k == start_amount && !qualified {
            return None;
        }
        let mut u = k;
        if odd == Some(k) {
            u += 2;
        }
        let hyph = self.hyphen(u);
        if hyph {
            u += 1;
        }
        // "each of the two previous years", "the three preceding
        // months": the qualifier after the amount, as "the previous two
        // years" has it before.
        if the
            && !hyph
            && amount.is_some()
            && self
                .kw_any(u, &[Kw::Previous, Kw::Prior, Kw::Past, Kw::Following])
                .is_some()
        {
            u += 1;
        }
        // (Up to two: "10 consecutive trading days", "five full working
        // days".)
        // ("within 30 calendar days", counted as days; not "a calendar
        // year", the kind of year an account keeps.)
        for _ in 0..2 {
            let calendar_days = self.word_is(u, "calendar")
                && self.word_is(u + 1, "days")
                && !self.word_in(start_amount, &["a", "an"]);
            if (self.word_in(u, UNIT_QUALIFIERS) || calendar_days) && !hyph {
                u += 1;
            }
        }
        // "the past five fiscal years", "two budget years", "three school
        // years": years of an account or a calendar of their own, counted
        // as years. (Not after "a": "in a fiscal year of turmoil" is any
        // such year, not a length.)
        if !hyph
            && self.word_in(u, YEAR_KINDS)
            && self.unit(u + 1).is_some_and(|(unit, _)| unit == Unit::Year)
            && !self.word_in(start_amount, &["a", "an"])
        {
            u += 1;
        }
        // "two consecutive weekends", "the past three weekends": a count
        // of weekends, TimeML's unit WE.
        if !hyph
            && self.word_is(u, "weekends")
            && let Some(n) = amount.filter(|n| n.fract() == 0.0 && *n >= 2.0)
        {
            return amount_of(u + 1, format!("P{}WE", n as i64));
        }
        // "the past three summers", "two straight winters": a count of
        // seasons, in the season's own unit (as weekends above).
        if !hyph
            && !self.word_is(u + 1, "ago")
            && let Some(n) = amount.filter(|n| n.fract() == 0.0 && *n >= 2.0)
            && let Some(code) = SEASONS_PLURAL
                .iter()
                .find(|(w, _)| self.word_is(u, w))
                .map(|(_, c)| c)
        {
            return amount_of(u + 1, format!("P{}{code}", n as i64));
        }
        let (unit, plural) = self.unit(u)?;
        // "four one-day internationals", "the one-day series": a form of
        // cricket, not a length of time.
        if hyph
            && unit == Unit::Day
            && self.word_is(start_amount, "one")
            && self.word_in(
                u + 1,
                &[
                    "international",
                    "internationals",
                    "cricket",
                    "series",
                    "format",
                    "title",
                    "squad",
                    // "his 47th one-day hundred"
                    "hundred",
                    "hundreds",
                    "century",
                    "centuries",
                    "cap",
                    "caps",
                    "debut",
                    "side",
                    "team",
                    "captain",
                    "game",
                    "games",
                    "match",
                    "matches",
                ],
            )
        {
            return None;
        }
        // "the two-day meeting", "the Fed's next two-day meeting": the
        // compound alone is the expression; the words before it go with
        // the noun.
        if hyph && (the || qualified) {
            return None;
        }
        // "three-quarters of its food", "a quarter of the shares" is a
        // fraction of something determined; "a quarter of a century" and
        // "two quarters of growth" are still time.
        // So is one of a place: "three-quarters of England".
        if unit == Unit::Quarter
            && self.kw(u + 1, Kw::Of)
            && (self.word_in(u + 2, FRACTION_OF) && self.unit(u + 3).is_none()
                || self
                    .tok(u + 2)
                    .is_some_and(|t| t.kind == Kind::Word && t.cap && matches!(t.lex, Lex::Other)))
        {
            return None;
        }
        // "a quarter of an hour", "three quarters of an hour", "a quarter
        // of a century": a share of the unit after it.
        if unit == Unit::Quarter && self.kw(u + 1, Kw::Of) && self.word_in(u + 2, &["a", "an"]) {
            let share = match self.unit(u + 3) {
                Some((Unit::Hour, false)) => Some((15.0, Unit::Minute)),
                Some((Unit::Century, false)) => Some((25.0, Unit::Year)),
                Some((Unit::Second, false)) => Some((0.25, Unit::Second)),
                _ => None,
            };
            if let Some((size, smaller)) = share {
                return amount_of(u + 4, duration(Some(amount.unwrap_or(1.0) * size), smaller));
            }
        }
        // "a quarter century", "a quarter-century": 25 years.
        if unit == Unit::Quarter && !plural {
            let c = if self.hyphen(u + 1) { u + 2 } else { u + 1 };
            if self.unit(c) == Some((Unit::Century, false)) {
                return amount_of(
                    c + 1,
                    duration(Some(amount.unwrap_or(1.0) * 25.0), Unit::Year),
                );
            }
        }
        // "a day care center", "her day job", "a day trader": "day" as the
        // first word of a compound noun, no stretch of time.
        if unit == Unit::Day && !plural && !hyph && self.word_in(u + 1, DAY_COMPOUNDS) {
            return None;
        }
        // "a quarter of shoppers", "a quarter of cell sites", "a quarter
        // of 5G users": a share of people or things, the noun at most two
        // words on ("another quarter of contraction" is time).
        if unit == Unit::Quarter
            && !plural
            && self.word_is(start_amount, "a")
            && self.kw(u + 1, Kw::Of)
            && (u + 2..u + 5)
                .take_while(|&k| {
                    self.tok(k)
                        .is_some_and(|t| matches!(t.kind, Kind::Word | Kind::Num))
                        && self.unit(k).is_none()
                })
                .any(|k| {
                    self.tok(k).is_some_and(|t| t.kind == Kind::Word) && self.word(k).ends_with('s')
                })
        {
            return None;
        }
        // "pay has fallen by a quarter", "cut by about a quarter", "cut by
        // three quarters": a share;
        // "cut rates a quarter point": a size ("a Quarter Pounder", a
        // hamburger's).
        if unit == Unit::Quarter
            && (start_amount > 0 && self.word_is(start_amount - 1, "by")
                || (1..=2).any(|d| i >= d && self.word_is(i - d, "by"))
                || self.word_in(
                    u + 1,
                    &[
                        "point",
                        "points",
                        "percent",
                        "percentage",
                        "pounder",
                        "pounders",
                    ],
                ))
        {
            return None;
        }
        // "the first two quarters of 1990" is the year's first half (but
        // "the first three quarters of this year" is nine months, as "the
        // first nine months of 1997" is).
        if unit == Unit::Quarter
            && qualified
            && amount == Some(2.0)
            && self.kw(u + 1, Kw::Of)
            && self.year_ref(u + 2).is_some()
        {
            return None;
        }
        // "the 1988 quarter" is a date, not 1988 quarters.
        if !plural
            && let Some((v, 4)) = self.num(start_amount)
            && (1900..=2099).contains(&v)
        {
            return None;
        }
        // Quarters of a year are written in months ("P9M").
        let (amount, unit) = match (amount, unit) {
            (Some(a), Unit::Quarter) => (Some(a * 3.0), Unit::Month),
            x => x,
        };
        if qualified && amount.is_none() && k == start_amount && !plural {
            // "over the past year and a half", "the next day and a half":
            // a stretch of one unit and a half.
            if self.kw(u + 1, Kw::And) && self.kw(u + 2, Kw::A) && self.kw(u + 3, Kw::Half) {
                return amount_of(u + 4, duration(Some(1.5), unit));
            }
            // "free for the first year", "trading was heaviest in the
            // first hour": a stretch of one unit from a start, as "the
            // first hours" is. (Not "the first week of March", a date, nor
            // "the first day", told as the day itself: "on his first day".)
            if j >= 2
                && self.kw(j - 2, Kw::The)
                && matches!(self.lex(j - 1), Some(Lex::Ordinal(1 | 99)))
                && matches!(unit, Unit::Hour | Unit::Week | Unit::Month | Unit::Year)
                && !self.kw(u + 1, Kw::Of)
                && !self.tok(u + 1).is_some_and(|t| t.kind == Kind::Num)
                && !self.hyphen(u + 1)
            {
                return amount_of(u + 1, duration(Some(1.0), unit));
            }
            // "the past year" is a date (relative rules handle it).
            return None;
        }
        if qualified && amount.is_none() && k == start_amount && plural {
            // "the first hours of the war", "the final days of his term"
            if matches!(self.lex(j - 1), Some(Lex::Ordinal(1 | 99)))
                || self.word_in(j - 1, &["initial", "remaining", "final"])
            {
                return Some(Match::new(
                    u + 1,
                    TimexType::Duration,
                    Val::Fixed(duration(None, unit)),
                ));
            }
            // "the past weeks", "the coming months"
            self.kw_any(
                j - 1,
                &[
                    Kw::Past,
                    Kw::Last,
                    Kw::Next,
                    Kw::Coming,
                    Kw::Following,
                    Kw::Previous,
                ],
            )?;
            let ahead = self.kw(j - 1, Kw::Next)
                || self.kw(j - 1, Kw::Coming)
                || self.kw(j - 1, Kw::Following);
            // "in the coming weeks", "over the next months", "more
            // reaction in the coming hours": a stretch ahead of no set
            // length. (Results speak of "coming quarters" as of a time
            // ahead.)
            if ahead
                && matches!(
                    unit,
                    Unit::Minute | Unit::Hour | Unit::Day | Unit::Week | Unit::Month | Unit::Year
                )
            {
                return Some(Match::new(
                    u + 1,
                    TimexType::Duration,
                    Val::Fixed(duration(None, unit)),
                ));
            }
            let r = if ahead { "FUTURE_REF" } else { "PAST_REF" };
            if matches!(
                unit,
                Unit::Year | Unit::Quarter | Unit::Month | Unit::Week | Unit::Day | Unit::Decade
            ) {
                return Some(Match::new(u + 1, TimexType::Date, Val::Ref(r)));
            }
            return None;
        }
        // "$1.76 a year", "four flights a week": a rate, not a duration
        // (a unit right after "a": "on November 27 and was meant to last
        // only a few days" is no rate).
        if self.kw(start_amount, Kw::A)
            && u == start_amount + 1
            && !the
            && !qualified
            && modifier.is_none()
            && start_amount > 0
        {
            let p = start_amount - 1;
            let w = self.word(p).to_ascii_lowercase();
            // "£20m a day", "(146 miles) an hour": an amount with a glued
            // unit, or a bracketed conversion, before the rate.
            let glued_unit = p > 0
                && self.tok(p).is_some_and(|t| t.kind == Kind::Word)
                && self.tok(p - 1).is_some_and(|t| t.kind == Kind::Num)
                && self.glued(p);
            let amount_rate = glued_unit
                || matches!(
                    self.tok(p).map(|t| t.kind),
                    Some(Kind::Num | Kind::Punct('%' | '$' | ')'))
                )
                || matches!(
                    w.as_str(),
                    "million"
                        | "billion"
                        | "trillion"
                        | "thousand"
                        | "hundred"
                        | "percent"
                        | "cents"
                        | "dollars"
                        | "euros"
                        | "pounds"
                        | "yen"
                        | "times"
                        | "once"
                        | "twice"
                        | "thrice"
                        | "dozen"
                        | "barrels"
                        | "tons"
                        | "tonnes"
                        // "Rs 1.5 crore a month", "5,000 people a day",
                        // "more than two a month"
                        | "crore"
                        | "lakh"
                        | "people"
                        | "two"
                        | "three"
                        | "four"
                        | "five"
                        | "six"
                        | "seven"
                        | "eight"
                        | "nine"
                        | "ten"
                );
            let plural_rate = w.len() > 3
                && w.ends_with('s')
                && !w.ends_with("ss")
                && !matches!(
                    w.as_str(),
                    "takes"
                        | "lasts"
                        | "needs"
                        | "spends"
                        | "waits"
                        | "was"
                        | "has"
                        | "its"
                        | "this"
                        | "plus"
                        | "is"
                        | "as"
                        | "us"
                        | "perhaps"
                        | "always"
                        | "towards"
                        | "afterwards"
                        | "besides"
                )
                // "gave firms a fortnight to respond", "allows the banks a
                // year": the time someone is given, not a rate.
                && !(p.saturating_sub(2)..p).any(|k| {
                    self.word_in(
                        k,
                        &[
                            "give", "gives", "gave", "given", "giving", "allow", "allows",
                            "allowed", "grant", "grants", "granted",
                        ],
                    ) && (k + 1 == p || self.word_in(k + 1, &["the", "its", "their", "all"]))
                });
            // "comes a week after the raise": an interval, not a rate
            // ("six hours a day before a premiere" still is one).
            let interval = self
                .kw_any(
                    u + 1,
                    &[Kw::After, Kw::Before, Kw::Later, Kw::Earlier, Kw::Ago],
                )
                .is_some()
                && self.unit(p).is_none();
            // "caps a decade of negotiations": a stretch of something, not
            // a rate.
            let stretch = self.kw(u + 1, Kw::Of) && !amount_rate;
            // "kills about 3,700 American women a year", "2.8 billion
            // litres of milk a year": a count a few words before, in the
            // same phrase (not a year: "in 2019 a week ...").
            // (Not the length of what is counted: "advancing 170 metres
            // in a week", "the tanners have a fortnight".)
            // ("5 billion doses of seasonal flu vaccine a year", "1% of
            // global GDP a year": up to eight tokens, a percent sign
            // among them.)
            let counted = !self.word_in(p, NOT_BEFORE_RATE)
                && (p.saturating_sub(8)..p).any(|k| {
                    // (A count in words too, right before what is counted:
                    // "we got one boat a month".)
                    // (Or further back, before a plural that is what is
                    // counted: "two to three cups of coffee a day",
                    // "fifty thousand CDs a year".)
                    (self.num(k).is_some_and(|(v, d)| d < 4 || v < 1000)
                        || k + 1 == p && matches!(self.lex(k), Some(Lex::NumWord(1..=99)))
                        || matches!(
                            self.lex(k),
                            Some(Lex::NumWord(2..=99) | Lex::Kw(Kw::Hundred | Kw::Thousand))
                        ) && (self.plural_noun(k + 1)
                            // ("three or more cups of coffee a day")
                            || self.word_is(k + 1, "or")
                                && self.word_in(k + 2, &["more", "fewer", "so"])
                                && self.plural_noun(k + 3)))
                        && (k + 1..=p).all(|m| {
                            self.tok(m).is_some_and(|t| {
                                t.kind == Kind::Word
                                    || t.kind == Kind::Num && !t.gap
                                    || t.kind == Kind::Punct('%')
                            }) || self.punct(m, '.')
                                // (A dot inside a figure or an abbreviation,
                                // not one that ends a sentence: "We saw 20
                                // cars. A week passed.")
                                && !self.tok(m).is_some_and(|t| t.gap)
                                && self.tok(m + 1).is_some_and(|t| !t.gap)
                        })
                });
            // ("Shares fell 17% a week later", "rose 5% a day after the
            // report": a change in percent, then when; not "cut to $100 a
            // week earlier this month", where the comparative opens the
            // period after it, nor "pay $1,000 a month after his release".)
            let change_then = interval
                && (self.punct(p, '%') || self.word_in(p, &["percent", "cent", "points"]))
                && match self.kw_any(
                    u + 1,
                    &[Kw::After, Kw::Before, Kw::Later, Kw::Earlier, Kw::Ago],
                ) {
                    Some(Kw::After | Kw::Before) => {
                        self.word_in(u + 2, &["the", "its", "his", "her", "their", "a", "an"])
                    }
                    _ => !self.word_in(u + 2, &["this", "last", "that", "in", "on", "today"]),
                };
            if amount_rate && !change_then || ((plural_rate || counted) && !interval && !stretch) {
                return None;
            }
        }
        let mut e = u + 1;
        let mut amt = amount;
        if self.kw(e, Kw::And) && self.kw(e + 1, Kw::A) && self.kw(e + 2, Kw::Half) {
            amt = amt.map(|a| a + 0.5);
            e += 3;
        }
        // Ages ("37 years old", "a five-year-old", "doses at 12 and 18
        // months of age", "babies six months old", "everyone 6 months and
        // older") are not durations here. (A thing's age in months, "the
        // 8-month-old truce", is how long it has lasted.)
        let older = (self.kw(e, Kw::And) || self.word_is(e, "or"))
            && self.word_in(e + 1, &["older", "younger", "over", "under"]);
        if unit == Unit::Year
            && (self.word_is(e, "old") || (self.hyphen(e) && self.word_is(e + 1, "old")))
            || self.word_is(e, "old") && !self.hyphen(e)
            || older
            || self.of_age(e)
            || self.told_age(start_amount, e)
        {
            return None;
        }
        // Number words glued to something else ("7-Eleven") never get here,
        // but "1,000-mile" style numbers with non-time units do not either.
        amount_of(e, duration(amt, unit))
    }

    /// Whether the token at `i` reads as a plural noun of no time: a word
    /// the lexicon does not know ending in one "s" ("cups", "CDs").
    fn plural_noun(&self, i: usize) -> bool {
        self.tok(i)
            .is_some_and(|t| t.kind == Kind::Word && t.lex == Lex::Other && t.end - t.start >= 3)
            && {
                let w = self.word(i);
                w.ends_with('s') && !w.ends_with("ss")
            }
    }

    /// Whether the amount at `start`, its unit ending before `e`, tells
    /// someone's age in words the age rule above does not read: after
    /// "aged", the whole of it ("Aged 16 years and 338 days, he became
    /// the youngest"), before an "old" its finer unit takes ("16 years
    /// and 338 days old"), after "as young as", or a difference of ages
    /// ("35 years her senior").
    fn told_age(&self, start: usize, e: usize) -> bool {
        let aged = |k: usize| k > 0 && self.word_is(k - 1, "aged");
        // (The finer unit's amount, after "and" and the unit before it.)
        let head = (start >= 3 && self.kw(start - 1, Kw::And) && self.unit(start - 2).is_some())
            .then(|| start - 3);
        // ("babies as young as 6 months", "as old as 90 years")
        let as_young = start >= 3
            && self.word_is(start - 1, "as")
            && self.word_in(start - 2, &["young", "old"])
            && self.word_is(start - 3, "as");
        aged(start)
            || as_young
            || head.is_some_and(aged)
            || self.kw(e, Kw::And)
                && self
                    .number_at(e + 1)
                    .is_some_and(|(_, k)| self.unit(k).is_some() && self.word_is(k + 1, "old"))
            || self.word_in(e, &["his", "her", "their"])
                && self.word_in(e + 1, &["senior", "junior"])
    }

    /// Whether "of age" follows at `i`: "at 12 and 18 months of age" is
    /// an age, not a stretch of time.
    fn of_age(&self, i: usize) -> bool {
        self.kw(i, Kw::Of) && self.word_is(i + 1, "age")
    }

    /// Whether the plural unit at `j`, with no number before it, is a
    /// stretch of time: after a preposition of duration ("for years",
    /// "within weeks"), in "could be weeks before", before "after",
    /// "before" or "of" ("came hours after the deal", "follows months of
    /// twists"), as the second of a pair ("weeks rather than months") or
    /// before "later" or "earlier" ("Hours later").
    fn bare_plural_is_time(&self, j: usize, unit: Unit) -> bool {
        // "only", "just" or "mere" may stand between the lead and the
        // plural: "lasted just minutes", "within mere hours"; and so may
        // an adverb of how sure: "is still years away", "could be
        // perhaps weeks before".
        let only = usize::from(
            j > 1
                && self.word_in(
                    j - 1,
                    &[
                        "only", "just", "mere", "still", "probably", "perhaps", "likely",
                        "possibly",
                    ],
                ),
        );
        // ("shares fell 8 percent after hours", "drinking after hours":
        // trading or opening hours over, no stretch; "after hours of
        // talks" is one.)
        let closing = unit == Unit::Hour
            && only == 0
            && j > 0
            && self.word_is(j - 1, "after")
            && !self.kw(j + 1, Kw::Of);
        let prev_ok = j > only && self.word_in(j - 1 - only, DURATION_LEADS) && !closing;
        // "waited hours in the dark", "took years", "pushed it back
        // years", "could add weeks to the trip", "shaved hours off the
        // journey": how long something lasted, was put off or saved.
        let lasted = j > only
            && self.word_in(
                j - 1 - only,
                &[
                    "waited", "waiting", "wait", "lasted", "lasting", "took", "take", "takes",
                    "spent", "spend", "spending", "back", "add", "adds", "added", "adding",
                    "shave", "shaves", "shaved", "shaving",
                ],
            );
        // "it could be weeks before residents return", "may be years away"
        // ("it could be weeks or it could be months", "it may be years.",
        // "is only days away", "has been years in the making")
        let wait = j > only
            && self.word_in(j - 1 - only, &["be", "been", "is", "are", "was", "were"])
            && (self.word_in(j + 1, &["before", "until", "away", "or"])
                || self.word_is(j + 1, "in")
                    && self.kw(j + 2, Kw::The)
                    && self.word_is(j + 3, "making")
                || self
                    .tok(j + 1)
                    .is_none_or(|t| matches!(t.kind, Kind::Punct('.' | ',' | ';' | '"'))));
        // "came hours after the deal", "on Tuesday, hours before voters
        // gather": how long before or after; "follows months of twists and
        // turns": a stretch of what follows; after a name too ("plunged
        // into the Atlantic minutes after takeoff").
        // ("Hours before the speech, ..." opens its sentence.)
        let opens = self.tok(j).is_some_and(|t| t.cap)
            && (j == 0
                || self
                    .tok(j - 1)
                    .is_some_and(|t| matches!(t.kind, Kind::Punct('.' | '\n'))));
        let after_word = opens
            || j > 0
                && self
                    .tok(j - 1)
                    .is_some_and(|t| t.kind == Kind::Word || t.kind == Kind::Punct(','))
                && !self.word_in(j - 1, NOT_BEFORE_BARE_PLURAL)
                // ("the early morning hours of Friday": a time of that day.)
                && !matches!(self.lex(j - 1), Some(Lex::PartOfDay(_)));
        // "the busiest travel days of the year", "the worst days of his
        // life": days picked out, not a stretch of time.
        let picked = (2..=3).filter_map(|d| j.checked_sub(d)).any(|k| {
            self.word_in(k, &["the", "those", "these", "its", "their", "his", "her"])
                && (k + 1..j).all(|m| self.tok(m).is_some_and(|t| t.kind == Kind::Word && !t.cap))
                && (k + 1..j)
                    .any(|m| self.superlative(m) || self.word_in(m, &["first", "last", "final"]))
        });
        let apart = after_word
            && (self.kw_any(j + 1, &[Kw::After, Kw::Before]).is_some()
                // ("minutes of the Fed's meeting" are a record.)
                || self.kw(j + 1, Kw::Of)
                    && !(j > 0 && self.word_is(j - 1, "of"))
                    && unit != Unit::Minute
                    && !picked);
        // "could last weeks, not months", "weeks, perhaps months", "days
        // or even weeks", "months, if not years": the second of a pair;
        // and the first ("gave the U.N. weeks, not months, to act").
        let joins = |from: usize, to: usize| {
            (from..to).all(|m| {
                self.punct(m, ',')
                    || self.word_in(
                        m,
                        &[
                            "not", "rather", "than", "perhaps", "even", "or", "if", "possibly",
                        ],
                    )
            })
        };
        let plural_unit = |k: usize| self.unit(k).is_some_and(|(_, plural)| plural);
        let paired = (2..=4)
            .filter_map(|d| j.checked_sub(d))
            .any(|k| plural_unit(k) && joins(k + 1, j))
            || (j + 2..=j + 4).any(|k| plural_unit(k) && joins(j + 1, k) && self.punct(j + 1, ','));
        // "Hours later, he left", "days earlier": how long after or before
        // the last event told; "booked weeks in advance": how long
        // before what was booked.
        let in_advance = self.kw(j + 1, Kw::In) && self.word_is(j + 2, "advance");
        let shifted = (self.kw_any(j + 1, &[Kw::Later, Kw::Earlier]).is_some() || in_advance)
            && !(j > 0 && self.word_in(j - 1, &["the", "those", "these", "some", "few"]));
        // "is years behind schedule", "arrived months late", "weeks
        // overdue": how late; "weeks ahead of Black Friday", how early,
        // as "weeks before" is.
        let late = after_word
            && (self.word_in(j + 1, &["late", "overdue"])
                || self.word_is(j + 1, "behind") && self.word_is(j + 2, "schedule")
                || self.word_is(j + 1, "ahead") && self.kw(j + 2, Kw::Of));
        prev_ok || lasted || wait || apart || paired || shifted || late || self.time_to_act(j)
    }

    /// Whether the bare plural unit at `j` is the time someone had to act
    /// in: "given only minutes to flee", "had seconds to take cover", "has
    /// just days to decide", or the time left: "has only hours left to
    /// avert", "with weeks remaining".
    fn time_to_act(&self, j: usize) -> bool {
        let only = usize::from(j > 1 && self.word_in(j - 1, &["only", "just", "mere"]));
        self.word_in(j + 1, &["to", "left", "remaining"])
            && j > only
            && (only == 1
                || self.word_in(
                    j - 1,
                    &["had", "has", "have", "given", "gave", "get", "got", "with"],
                ))
    }
}

/// Plural seasons and TimeML's unit for each ("three summers": `P3SU`).
/// "falls" and "springs" are left out: they are far more often nouns of
/// water than counts of seasons.
pub(in crate::time::grammar) const SEASONS_PLURAL: &[(&str, &str)] =
    &[("summers", "SU"), ("winters", "WI"), ("autumns", "FA")];

/// Words that may stand between an amount and its unit ("10 consecutive
/// trading days", "five full working days", "lost $1 billion in a single
/// day").
pub(in crate::time::grammar) const UNIT_QUALIFIERS: &[&str] = &[
    "more",
    "additional",
    "straight",
    "consecutive",
    "single",
    "full",
    "long",
    "extra",
    "trading",
    "business",
    "working",
];

/// Kinds of year counted as years ("the past five fiscal years", "three
/// consecutive budget years"; see `duration`).
const YEAR_KINDS: &[&str] = &[
    "fiscal",
    "budget",
    "financial",
    "tax",
    "school",
    "academic",
    "calendar",
    "model",
];

/// What a day is named for: "a day of mourning", "a day of action".
const DAYS_OF: &[&str] = &[
    "mourning",
    "prayer",
    "action",
    "protest",
    "protests",
    "rest",
    "remembrance",
    "celebration",
    "reflection",
    "reckoning",
    "solidarity",
];

/// Words before "a" and a unit that make it a stretch of time, not the
/// rate of a count further back (see `duration`).
const NOT_BEFORE_RATE: &[&str] = &[
    "in", "within", "for", "over", "to", "by", "of", "than", "after", "before", "during", "under",
    "about", "around", "until", "from", "into", "at", "on", "with", "has", "have", "had", "take",
    "takes", "took", "taking", "spent", "spend", "lasted", "last", "lasts", "run", "runs", "ran",
    "off", "back", "still",
];

/// Words before a bare plural that make it no stretch of time of its own:
/// "the days of", "many years", "the heady days of", "36 million hours of
/// television" (counted).
const NOT_BEFORE_BARE_PLURAL: &[&str] = &[
    "the",
    "those",
    "these",
    "of",
    "many",
    "few",
    "some",
    "all",
    "early",
    // "in the small hours of Sunday", "the wee hours": the night's end.
    "small",
    "wee",
    "predawn",
    "pre-dawn",
    "first",
    "final",
    "last",
    "heady",
    "good",
    "old",
    "happy",
    "dark",
    "hundred",
    "thousand",
    "million",
    "billion",
    "dozen",
    "hundreds",
    "thousands",
    "millions",
    "dozens",
];

/// Words before "last" that make it a verb: "could last weeks".
const VERB_LEADS: &[&str] = &[
    // ("t" is what is left of "wouldn't", "won't", "didn't".)
    "will", "would", "could", "can", "may", "might", "must", "should", "to", "ll", "not", "t",
];

/// Determiners after "a quarter of" that make it a fraction of a thing.
const FRACTION_OF: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "all", "this", "that", "these", "those",
    "every", "each",
];

/// Whether keyword `k` may open a duration: an amount or its modifier (see
/// `opens_amount`), "the", "these"/"those" before a qualifier ("these past
/// two months") or a qualifier itself, as `Parser::duration` reads them.
fn opens_duration(k: Kw) -> bool {
    opens_amount(k)
        || matches!(
            k,
            Kw::The
                | Kw::These
                | Kw::Those
                | Kw::Past
                | Kw::Last
                | Kw::Next
                | Kw::Coming
                | Kw::Previous
                | Kw::Following
                | Kw::Latest
        )
}

/// Nouns that make a compound with "day" before them: "a day care
/// center", "a day school", "kept her day job".
const DAY_COMPOUNDS: &[&str] = &[
    "care",
    "school",
    "schools",
    "spa",
    "job",
    "jobs",
    "trader",
    "traders",
    "trading",
    "laborer",
    "laborers",
    "labourer",
    "labourers",
    "camp",
    "nursery",
    "patient",
    "patients",
    // "A day pass costs $45", "a day trip to Calais", "day tickets".
    "pass",
    "passes",
    "trip",
    "trips",
    "ticket",
    "tickets",
    "tripper",
    "trippers",
];
