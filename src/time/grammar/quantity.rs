//! Quantities of time: durations ("three months", "the past 12 months",
//! "a two-year deal", "several years") and sets ("every week", "daily",
//! "twice a year", "on Mondays").

use super::Parser;
use crate::time::calendar::holiday_fixed;
use crate::time::lexicon::{Kw, Lex, PartOfDay, Unit};
use crate::time::sem::{Match, Val};
use crate::time::timex::TimexType;
use crate::time::token::Kind;
use crate::time::value::duration;

impl Parser<'_> {
    /// "and a half" after a number, spaced or in a compound ("two and a
    /// half hours", "a two-and-a-half-hour parade", "a six-and-a-half-year
    /// low"): the index after "half" (the compound's last hyphen stays,
    /// as after "two" in "two-hour").
    fn and_a_half(&self, j: usize) -> Option<usize> {
        if self.kw(j, Kw::And) && self.kw(j + 1, Kw::A) && self.kw(j + 2, Kw::Half) {
            return Some(j + 3);
        }
        (self.hyphen(j)
            && self.kw(j + 1, Kw::And)
            && self.hyphen(j + 2)
            && self.kw(j + 3, Kw::A)
            && self.hyphen(j + 4)
            && self.kw(j + 5, Kw::Half))
        .then_some(j + 6)
    }

    /// Durations and sets; the longest match at `i`.
    pub(super) fn quantity(&self, i: usize) -> Option<Match> {
        self.longest(i, &[Self::duration, Self::set], |_| true)
    }

    /// A modifier in front of an amount: "about", "nearly", "more than".
    /// (Its keywords are listed again in `opens_amount`.)
    pub(crate) fn approx_at(&self, i: usize) -> Option<(&'static str, usize)> {
        let more_than =
            |k: usize| self.kw_any(k, &[Kw::More, Kw::Less]).is_some() && self.kw(k + 1, Kw::Than);
        let Lex::Kw(k) = self.lex(i)? else {
            // "no more than 60 days", "slightly less than a month": the
            // only modifiers led by a word that is no keyword (most
            // tokens asked here are numbers and such words).
            if self.kw(i + 1, Kw::More) && self.kw(i + 2, Kw::Than) && self.word_is(i, "no") {
                return Some(("EQUAL_OR_LESS", i + 3));
            }
            if self.word_is(i, "slightly") && more_than(i + 1) {
                return self.approx_at(i + 1);
            }
            return None;
        };
        // "a little more than two years".
        if k == Kw::A && self.word_in(i + 1, &["little", "bit"]) && more_than(i + 2) {
            return self.approx_at(i + 2);
        }
        let (m, j) = match k {
            // "about" stays outside the expression, as TimeBank marks it
            // ("about [five hours]"); the parser still records APPROX.
            Kw::Around | Kw::Roughly | Kw::Approximately | Kw::Some => ("APPROX", i + 1),
            // ... but it belongs to a point in the past: "about two years
            // ago" (as TimeBank marks that too).
            Kw::About
                if self
                    .number_at(i + 1)
                    .and_then(|(_, k)| self.unit(k).map(|_| k + 1))
                    .is_some_and(|k| self.kw(k, Kw::Ago)) =>
            {
                ("APPROX", i + 1)
            }
            Kw::Nearly | Kw::Almost => ("LESS_THAN", i + 1),
            // "lasted over a week", "in under five hours", "running at
            // under three hours"; not the prepositions of "used over three
            // years", "under the law".
            // ("phased in over two years" is across them, and "took over
            // three years ago" is the verb's.)
            Kw::Over | Kw::Under
                if i > 0
                    && (self.word_in(i - 1, DURATION_LEADS)
                        || self.word_in(i - 1, &["at", "runs", "run", "ran", "running"]))
                    && !(i > 1
                        && self.word_is(i - 1, "in")
                        && self.word_in(i - 2, &["phase", "phased", "phasing", "phases"]))
                    && !(self.word_in(i - 1, &["take", "takes", "took", "taken", "taking"])
                        && self
                            .number_at(i + 1)
                            .and_then(|(_, k)| self.unit(k).map(|_| k + 1))
                            .is_some_and(|k| self.kw(k, Kw::Ago)))
                    && self.number_at(i + 1).is_some_and(|(n, _)| n.is_some()) =>
            {
                let m = if k == Kw::Over {
                    "MORE_THAN"
                } else {
                    "LESS_THAN"
                };
                (m, i + 1)
            }
            Kw::More if self.kw(i + 1, Kw::Than) => ("MORE_THAN", i + 2),
            Kw::Less if self.kw(i + 1, Kw::Than) => ("LESS_THAN", i + 2),
            Kw::At if self.kw(i + 1, Kw::Least) => ("EQUAL_OR_MORE", i + 2),
            Kw::At if self.kw(i + 1, Kw::Most) => ("EQUAL_OR_LESS", i + 2),
            Kw::Up if self.kw(i + 1, Kw::To) => ("EQUAL_OR_LESS", i + 2),
            Kw::Just if self.kw_any(i + 1, &[Kw::Over, Kw::Under]).is_some() => {
                let m = if self.kw(i + 1, Kw::Over) {
                    "MORE_THAN"
                } else {
                    "LESS_THAN"
                };
                (m, i + 2)
            }
            _ => return None,
        };
        // Never two modifiers ("about some").
        if matches!(
            self.lex(j),
            Some(Lex::Kw(Kw::About | Kw::Nearly | Kw::Almost))
        ) {
            return None;
        }
        Some((m, j))
    }

    /// An amount at `i`: `Some(n)` for a number, `None` inside for a vague
    /// one ("several", "a few"). Returns the index after it.
    pub(crate) fn number_at(&self, i: usize) -> Option<(Option<f64>, usize)> {
        if let Some((at, amount)) = self.amount.get()
            && at == i
        {
            return amount;
        }
        let amount = self.read_number(i);
        self.amount.set(Some((i, amount)));
        amount
    }

    /// [`Parser::number_at`], read afresh. (Its keywords are listed again
    /// in `opens_amount`.)
    fn read_number(&self, i: usize) -> Option<(Option<f64>, usize)> {
        let t = self.tok(i)?;
        match t.kind {
            Kind::Num => {
                if self.number_preceded(i) {
                    return None;
                }
                let mut v = f64::from(t.value);
                let mut j = i + 1;
                // 1,000
                while self.punct(j, ',')
                    && self.glued(j)
                    && self.glued(j + 1)
                    && self.num(j + 1).is_some_and(|(_, d)| d == 3)
                {
                    v = v * 1000.0 + f64::from(self.num(j + 1)?.0);
                    j += 2;
                }
                // 2.5
                if self.punct(j, '.') && self.glued(j) && self.glued(j + 1) {
                    let (f, d) = self.num(j + 1)?;
                    v += f64::from(f) / 10f64.powi(i32::from(d));
                    j += 2;
                }
                // 5 1/2
                if let Some((1, 1)) = self.num(j)
                    && self.punct(j + 1, '/')
                    && self.glued(j + 1)
                    && self.num(j + 2) == Some((2, 1))
                {
                    v += 0.5;
                    j += 3;
                }
                if self.punct(j, '%') || self.punct(j, '/') && self.glued(j) {
                    return None;
                }
                // "two to three weeks", "12 to 18 months": keep the first
                // (not a year before a count: "sentenced in 1990 to 12
                // years").
                if (self.kw(j, Kw::To) || self.kw(j, Kw::Or) || self.punct(j, '-') && self.glued(j))
                    && self.num(j + 1).is_some_and(|(w, _)| f64::from(w) > v)
                    && matches!(self.lex(j + 2), Some(Lex::Unit { .. }))
                {
                    return Some((None, j + 2));
                }
                Some((Some(v), j))
            }
            Kind::Word => match t.lex {
                Lex::NumWord(_) => {
                    let (mut v, mut j) = self.small_number_words(i)?;
                    if self.kw(j, Kw::Hundred) {
                        v *= 100;
                        j += 1;
                        if self.kw(j, Kw::And) && matches!(self.lex(j + 1), Some(Lex::NumWord(_))) {
                            j += 1;
                        }
                        if let Some((w, k)) = self.small_number_words(j) {
                            v += w;
                            j = k;
                        }
                    }
                    if self.kw(j, Kw::Thousand) {
                        v *= 1000;
                        j += 1;
                    }
                    let mut v = f64::from(v);
                    if let Some(k) = self.and_a_half(j) {
                        v += 0.5;
                        j = k;
                    }
                    if (self.kw(j, Kw::To) || self.kw(j, Kw::Or))
                        && matches!(self.lex(j + 1), Some(Lex::NumWord(_)))
                        && matches!(self.lex(j + 2), Some(Lex::Unit { .. }))
                    {
                        return Some((Some(v), j + 2));
                    }
                    Some((Some(v), j))
                }
                Lex::Kw(Kw::A) => match self.lex(i + 1)? {
                    Lex::Kw(Kw::Few) => Some((None, i + 2)),
                    Lex::Kw(Kw::Couple) => {
                        let j = if self.kw(i + 2, Kw::Of) { i + 3 } else { i + 2 };
                        Some((Some(2.0), j))
                    }
                    Lex::Kw(Kw::Dozen) => Some((Some(12.0), i + 2)),
                    Lex::Kw(Kw::Half) => Some((Some(0.5), i + 2)),
                    Lex::Kw(Kw::Hundred) => Some((Some(100.0), i + 2)),
                    Lex::Kw(Kw::Thousand) => Some((Some(1000.0), i + 2)),
                    _ => Some((Some(1.0), i + 1)),
                },
                Lex::Kw(Kw::Half) if self.kw(i + 1, Kw::A) => Some((Some(0.5), i + 2)),
                // "the extra half-hour", "every half-hour"
                Lex::Kw(Kw::Half)
                    if self.hyphen(i + 1)
                        && matches!(
                            self.lex(i + 2),
                            Some(Lex::Unit {
                                unit: Unit::Hour,
                                ..
                            })
                        ) =>
                {
                    Some((Some(0.5), i + 1))
                }
                Lex::Kw(Kw::Several | Kw::Few | Kw::Many) => Some((None, i + 1)),
                Lex::Kw(Kw::Couple) if self.kw(i + 1, Kw::Of) => Some((Some(2.0), i + 2)),
                // "stayed another week", "for another three years"
                Lex::Other if self.word_is(i, "another") => {
                    Some(self.number_at(i + 1).unwrap_or((Some(1.0), i + 1)))
                }
                _ => None,
            },
            _ => None,
        }
    }

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

    /// Durations.
    pub(super) fn duration(&self, i: usize) -> Option<Match> {
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
    pub(super) fn duration_unguarded(&self, i: usize) -> Option<Match> {
        // "at 1800 hours" is a time on the clock. (A reading, not a guard:
        // it stays with the forms.)
        if self.military_hours(i) {
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
        // "waited three years for a day like this": a kind of day.
        if self.kw(i, Kw::A)
            && self.unit(i + 1) == Some((Unit::Day, false))
            && self.word_is(i + 2, "like")
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
                    Kw::Following,
                    Kw::Latest,
                ],
            );
            // "could last weeks", "will begin at 10am and last an hour":
            // the verb "last", not the adjective (which "the first and
            // last six days" is).
            let verb = |k: usize| {
                self.word_in(k, VERB_LEADS)
                    || self.word_is(k, "and") && k > 0 && !self.word_is(k - 1, "first")
            };
            if q == Some(Kw::Last) && j > 0 && verb(j - 1) {
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
                || self.word_in(j, &["initial", "remaining", "final"]);
            if q.is_some() || (first && (the || poss)) {
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
                if !self.bare_plural_is_time(j, unit)
                    || self.of_age(j + 1)
                    || j != i
                    || matches!(unit, Unit::Second | Unit::Quarter)
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
            if self.word_is(k + 1, "ahead")
                && matches!(
                    unit,
                    Unit::Day | Unit::Week | Unit::Month | Unit::Year | Unit::Decade
                )
            {
                return Some(Match::new(
                    k + 2,
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
        let hyph = self.hyphen(u);
        if hyph {
            u += 1;
        }
        // (Up to two: "10 consecutive trading days", "five full working
        // days".)
        for _ in 0..2 {
            if self.word_in(u, UNIT_QUALIFIERS) && !hyph {
                u += 1;
            }
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
        // "a quarter of shoppers": a share of people or things ("another
        // quarter of contraction" is time).
        if unit == Unit::Quarter
            && !plural
            && self.word_is(start_amount, "a")
            && self.kw(u + 1, Kw::Of)
            && self.unit(u + 2).is_none()
            && self.word(u + 2).ends_with('s')
        {
            return None;
        }
        // "pay has fallen by a quarter", "cut by about a quarter", "cut by
        // three quarters": a share;
        // "cut rates a quarter point": a size.
        if unit == Unit::Quarter
            && (start_amount > 0 && self.word_is(start_amount - 1, "by")
                || (1..=2).any(|d| i >= d && self.word_is(i - d, "by"))
                || self.word_in(u + 1, &["point", "points", "percent", "percentage"]))
        {
            return None;
        }
        // "the first two quarters of 1990" is the year's first half.
        if unit == Unit::Quarter
            && qualified
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
                );
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
                    (self.num(k).is_some_and(|(v, d)| d < 4 || v < 1000)
                        || k + 1 == p && matches!(self.lex(k), Some(Lex::NumWord(1..=99))))
                        && (k + 1..=p).all(|m| {
                            self.tok(m).is_some_and(|t| {
                                t.kind == Kind::Word
                                    || t.kind == Kind::Num && !t.gap
                                    || t.kind == Kind::Punct('%')
                            }) || self.punct(m, '.') && !self.tok(m).is_some_and(|t| t.gap)
                        })
                });
            if amount_rate || ((plural_rate || counted) && !interval && !stretch) {
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
        // months of age") are not durations here.
        if unit == Unit::Year
            && (self.word_is(e, "old") || (self.hyphen(e) && self.word_is(e + 1, "old")))
            || self.of_age(e)
        {
            return None;
        }
        // Number words glued to something else ("7-Eleven") never get here,
        // but "1,000-mile" style numbers with non-time units do not either.
        amount_of(e, duration(amt, unit))
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
        let prev_ok = j > 0 && self.word_in(j - 1, DURATION_LEADS);
        // "waited hours in the dark", "took years", "pushed it back
        // years": how long something lasted or was put off.
        let lasted = j > 0
            && self.word_in(
                j - 1,
                &[
                    "waited", "waiting", "wait", "lasted", "lasting", "took", "take", "takes",
                    "spent", "spend", "spending", "back",
                ],
            );
        // "it could be weeks before residents return", "may be years away"
        // ("it could be weeks or it could be months", "it may be years.",
        // "is only days away", "has been years in the making")
        let only = usize::from(j > 1 && self.word_in(j - 1, &["only", "just"]));
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
                && !self.word_in(j - 1, NOT_BEFORE_BARE_PLURAL);
        // "the busiest travel days of the year", "the worst days of his
        // life": days picked out, not a stretch of time.
        let picked = (2..=3).filter_map(|d| j.checked_sub(d)).any(|k| {
            self.word_in(k, &["the", "those", "these", "its", "their", "his", "her"])
                && (k + 1..j).all(|m| self.tok(m).is_some_and(|t| t.kind == Kind::Word && !t.cap))
                && (k + 1..j).any(|m| {
                    self.word(m).ends_with("est") || self.word_in(m, &["first", "last", "final"])
                })
        });
        let apart = after_word
            && (self.kw_any(j + 1, &[Kw::After, Kw::Before]).is_some()
                // ("minutes of the Fed's meeting" are a record.)
                || self.kw(j + 1, Kw::Of)
                    && !(j > 0 && self.word_is(j - 1, "of"))
                    && unit != Unit::Minute
                    && !picked);
        // "could last weeks, not months", "weeks, perhaps months", "days
        // or even weeks", "months, if not years": the second of a pair.
        let paired = (2..=4).filter_map(|d| j.checked_sub(d)).any(|k| {
            self.unit(k).is_some_and(|(_, plural)| plural)
                && (k + 1..j).all(|m| {
                    self.punct(m, ',')
                        || self.word_in(
                            m,
                            &[
                                "not", "rather", "than", "perhaps", "even", "or", "if", "possibly",
                            ],
                        )
                })
        });
        // "Hours later, he left", "days earlier": how long after or before
        // the last event told.
        let shifted = self.kw_any(j + 1, &[Kw::Later, Kw::Earlier]).is_some()
            && !(j > 0 && self.word_in(j - 1, &["the", "those", "these", "some", "few"]));
        prev_ok || lasted || wait || apart || paired || shifted
    }

    /// Sets: "every week", "each year", "daily", "twice a year", "Mondays".
    pub(super) fn set(&self, i: usize) -> Option<Match> {
        // Of the keywords, every form opens only with an amount (whose
        // keywords are among `opens_amount`'s), "once", "twice", "every",
        // "each" or a word of frequency ("daily", "weekends"), as the
        // match on the first token in `set_unguarded` lists them.
        if matches!(self.lex(i), Some(Lex::Kw(k)) if !opens_amount(k) && !matches!(
            k,
            Kw::Once
                | Kw::Twice
                | Kw::Every
                | Kw::Each
                | Kw::Quarterly
                | Kw::Weekend
                | Kw::Daily
                | Kw::Weekly
                | Kw::Fortnightly
                | Kw::Monthly
                | Kw::Yearly
                | Kw::Hourly
                | Kw::Nightly
                | Kw::HalfYearly
        )) {
            return None;
        }
        self.set_unguarded(i)
    }

    /// Sets, read at any start: [`Parser::set`] without its guard, kept
    /// apart so a test can check that the guard turns away no set.
    pub(super) fn set_unguarded(&self, i: usize) -> Option<Match> {
        let set = |end: usize, v: String| Some(Match::new(end, TimexType::Set, Val::Fixed(v)));
        // "once every two months": the count belongs to the set.
        if self.kw(i, Kw::Once) && self.kw(i + 1, Kw::Every) {
            return self.set(i + 1);
        }
        // "three or four nights a week", "two to three times a year": the
        // range of counts belongs to the set.
        // The count at `i`, asked for by several of the forms below.
        let count = self.number_at(i);
        if let Some((Some(_), k)) = count
            && self.word_in(k, &["or", "to"])
            && self.number_at(k + 1).is_some_and(|(n, _)| n.is_some())
            && let Some(m) = self.set(k + 1)
        {
            return Some(m);
        }
        // "twice a week", "three times a day", "several times per year":
        // the frequency is part of the expression (TimeML's own example).
        // ("a once-a-month injection", "four-times-weekly flights": hyphens
        // may join the words.)
        let joined = |j: usize| if self.hyphen(j) { j + 1 } else { j };
        let times = if self.kw_any(i, &[Kw::Once, Kw::Twice]).is_some() {
            Some(i + 1)
        } else if self.kw(joined(i + 1), Kw::Times)
            && (self.word_in(i, &["several", "many"])
                || count.is_some_and(|(n, k)| n.is_some() && k == i + 1))
        {
            Some(joined(i + 1) + 1)
        } else {
            None
        };
        if let Some(j) = times.map(joined)
            && self.kw_any(j, &[Kw::A, Kw::Per]).is_some()
            && let Some((unit, false)) = self.unit(joined(j + 1))
        {
            return set(joined(j + 1) + 1, duration(Some(1.0), unit));
        }
        // "twice daily", "three times weekly", "a once-weekly injection":
        // so is the count before an adverb of frequency.
        if let Some(j) = times {
            let j = if self.hyphen(j) { j + 1 } else { j };
            if matches!(
                self.lex(j),
                Some(Lex::Kw(
                    Kw::Daily
                        | Kw::Weekly
                        | Kw::Fortnightly
                        | Kw::Monthly
                        | Kw::Yearly
                        | Kw::Hourly
                ))
            ) && let Some(m) = self.set(j)
            {
                return Some(m);
            }
        }
        let counted = count.and_then(|(n, k)| n.map(|_| k));
        // "four nights a week": so many of each week.
        if let Some(k) = counted
            && matches!(self.lex(k), Some(Lex::PartOfDay(_)))
            && self.word(k).ends_with('s')
            && self.kw_any(k + 1, &[Kw::A, Kw::Per]).is_some()
            && self.unit(k + 2) == Some((Unit::Week, false))
        {
            return set(k + 3, duration(Some(1.0), Unit::Week));
        }
        // "six days a week", "12 hours a day": so much of each period.
        if let Some(k) = counted
            && let Some((part, _)) = self.unit(k)
            && self.kw_any(k + 1, &[Kw::A, Kw::Per]).is_some()
            && let Some((unit, false)) = self.unit(k + 2)
            && (part as u8) < (unit as u8)
            // not "two days a week ago"
            && self
                .kw_any(k + 3, &[Kw::Ago, Kw::Earlier, Kw::Later, Kw::Before, Kw::After])
                .is_none()
        {
            return set(k + 3, duration(Some(1.0), unit));
        }
        match self.lex(i)? {
            Lex::Kw(Kw::Every | Kw::Each) => {
                let mut j = i + 1;
                let mut mult = Some(1.0);
                if self.kw(j, Kw::Other) {
                    mult = Some(2.0);
                    j += 1;
                }
                // "every 13 June": that day each year, written day first.
                if let Some((day @ 1..=31, 1 | 2)) = self.num(j)
                    && let Some(Lex::Month { month, .. }) = self.lex(j + 1)
                    && self.tok(j + 1).is_some_and(|t| t.cap)
                    && let Some((_, _, e)) = self.month_at(j + 1)
                {
                    return set(e, format!("XXXX-{month:02}-{day:02}"));
                }
                if let Some((Some(n), k)) = self.number_at(j)
                    && k > j
                    && !self.kw(j, Kw::A)
                {
                    mult = mult.map(|m| m * n);
                    // ("every half-hour"; not "every 10-day period")
                    j = if n < 1.0 && self.hyphen(k) { k + 1 } else { k };
                } else if self.word_in(j, &["few", "several"]) {
                    // "every few weeks": an unknown count of units.
                    mult = None;
                    j += 1;
                } else if self.kw(j, Kw::Half)
                    && matches!(self.lex(j + 1), Some(Lex::Unit { plural: false, .. }))
                {
                    // "every half hour"
                    mult = mult.map(|m| m * 0.5);
                    j += 1;
                } else if let Some((n @ 2..=12, k)) = self.ordinal_at(j)
                    && matches!(self.lex(k), Some(Lex::Unit { plural: false, .. }))
                {
                    // "every second week", "every third day": as "every
                    // other week" is.
                    mult = mult.map(|m| m * f64::from(n));
                    j = k;
                }
                match self.lex(j)? {
                    // "every day at 5 a.m.": the hour belongs to the
                    // schedule, as it does after a weekday.
                    Lex::Unit {
                        unit: Unit::Day,
                        plural: false,
                    } if mult == Some(1.0)
                        && let Some((hour, minute, end)) = self.at_clock(j + 1) =>
                    {
                        set(end, format!("XXXX-XX-XXT{hour:02}:{minute:02}"))
                    }
                    Lex::Unit { unit, plural } if plural || mult.is_some() => {
                        set(j + 1, duration(mult, unit))
                    }
                    Lex::Weekday { day, .. } => {
                        let mut e = j + 1;
                        let mut v = format!("XXXX-WXX-{day}");
                        if let Some(Lex::PartOfDay(p)) = self.lex(e) {
                            v.push_str(&format!("T{}", p.code()));
                            e += 1;
                        } else if let Some((hour, minute, end)) = self.at_clock(e) {
                            // "every Friday at 8 p.m."
                            v.push_str(&format!("T{hour:02}:{minute:02}"));
                            e = end;
                        }
                        set(e, v)
                    }
                    Lex::Month { month, .. } if self.tok(j)?.cap => {
                        // "every January 9": that day each year.
                        let (_, _, k) = self.month_at(j)?;
                        match self.num(k) {
                            Some((day @ 1..=31, 1 | 2)) if !self.number_continues(k + 1) => {
                                set(k + 1, format!("XXXX-{month:02}-{day:02}"))
                            }
                            _ => set(j + 1, format!("XXXX-{month:02}")),
                        }
                    }
                    // ("every morning at 8 a.m.", "every evening at
                    // seven": the hour says which time of it.)
                    Lex::PartOfDay(p)
                        if let Some((hour, minute, end)) =
                            self.at_clock(j + 1).or_else(|| self.at_bare_hour(j + 1, p)) =>
                    {
                        set(end, format!("XXXX-XX-XXT{hour:02}:{minute:02}"))
                    }
                    Lex::PartOfDay(p) => set(j + 1, format!("XXXX-XX-XXT{}", p.code())),
                    Lex::Kw(Kw::Weekend) => set(j + 1, "XXXX-WXX-WE".to_string()),
                    Lex::Season(s) => set(j + 1, format!("XXXX-{}", s.code())),
                    // "every Christmas Eve": a holiday on a fixed day of
                    // the year (the movable ones have no such value).
                    _ => {
                        let (h, e) = self.holiday_name(j)?;
                        let (month, day) = holiday_fixed(h)?;
                        set(e, format!("XXXX-{month:02}-{day:02}"))
                    }
                }
            }
            // "adjusted quarterly", "on a quarterly basis"; not the
            // adjective of "its quarterly dividend".
            Lex::Kw(Kw::Quarterly) => {
                // ("Those who pay quarterly will": after a verb of paying
                // it is the adverb; "reports quarterly results" is not.)
                let adverb = match self.tok(i + 1) {
                    None => true,
                    Some(t) if t.kind != Kind::Word => true,
                    Some(_) => {
                        self.word_in(i + 1, AFTER_ADVERB)
                            || i > 0
                                && self.word_in(i - 1, &["pay", "pays", "paid", "billed", "meets"])
                    }
                };
                if !adverb && !self.word_is(i + 1, "basis") {
                    return None;
                }
                set(i + 1, "P3M".into())
            }
            // "usually striking at weekends", "open on weekends"
            Lex::Kw(Kw::Weekend)
                if self.word_is(i, "weekends")
                    && i > 0
                    && self.word_in(i - 1, &["at", "on", "during", "over"]) =>
            {
                set(i + 1, "XXXX-WXX-WE".into())
            }
            // "leaves daily at 2200 hours": the hour belongs to the
            // schedule.
            Lex::Kw(Kw::Daily) => match self.at_clock(i + 1) {
                Some((hour, minute, end)) => set(end, format!("XXXX-XX-XXT{hour:02}:{minute:02}")),
                None => set(i + 1, "P1D".into()),
            },
            Lex::Kw(Kw::Weekly) => set(i + 1, "P1W".into()),
            Lex::Kw(Kw::Fortnightly) => set(i + 1, "P2W".into()),
            Lex::Kw(Kw::Monthly) => set(i + 1, "P1M".into()),
            Lex::Kw(Kw::Yearly) => {
                if self.word_is(i, "annual") {
                    return None;
                }
                set(i + 1, "P1Y".into())
            }
            // Not a kind of worker paid by the hour ("46,000 hourly
            // workers", "its hourly workforce"); "hourly earnings" are a
            // rate.
            Lex::Kw(Kw::Hourly)
                if self.word_in(
                    i + 1,
                    &[
                        "workers",
                        "worker",
                        "workforce",
                        "employees",
                        "employee",
                        "staff",
                        "jobs",
                    ],
                ) =>
            {
                None
            }
            Lex::Kw(Kw::Hourly) => set(i + 1, "PT1H".into()),
            Lex::Kw(Kw::Nightly) => set(i + 1, "XXXX-XX-XXTNI".into()),
            // "paid semiannually", "semi-annually", "biannually"
            Lex::Kw(Kw::HalfYearly) => {
                if !self.word_is(i, "semi") {
                    return set(i + 1, "P6M".into());
                }
                (self.hyphen(i + 1) && self.word_is(i + 2, "annually"))
                    .then(|| Match::new(i + 3, TimexType::Set, Val::Fixed("P6M".into())))
            }
            // "on Sundays at 9pm": the hour belongs to the schedule.
            Lex::Weekday { day, plural: true } if self.tok(i)?.cap => {
                if let Some((hour, minute, end)) = self.at_clock(i + 1) {
                    return set(end, format!("XXXX-WXX-{day}T{hour:02}:{minute:02}"));
                }
                set(i + 1, format!("XXXX-WXX-{day}"))
            }
            Lex::Weekday { day, plural: false } if self.tok(i)?.cap => {
                // "Tuesday nights"
                let Some(Lex::PartOfDay(p)) = self.lex(i + 1) else {
                    return None;
                };
                if !self.word(i + 1).ends_with('s') {
                    return None;
                }
                set(i + 2, format!("XXXX-WXX-{day}T{}", p.code()))
            }
            _ => None,
        }
    }

    /// A bare hour after a part of the day ("every morning at eight",
    /// "each evening at 7"), which says which half of the day it is in:
    /// hour, minute and the index after it. Not a count of something
    /// ("at eight schools").
    fn at_bare_hour(&self, k: usize, part: PartOfDay) -> Option<(u8, u8, usize)> {
        if !self.kw(k, Kw::At) {
            return None;
        }
        let (Some(n), end) = self.number_at(k + 1)? else {
            return None;
        };
        if n.fract() != 0.0 || !(1.0..=12.0).contains(&n) {
            return None;
        }
        if self.tok(end).is_some_and(|t| t.kind == Kind::Word) {
            return None;
        }
        let hour = u8::try_from(n as i64).ok()?;
        // ("every night at 2" is in the small hours.)
        let hour = match part {
            PartOfDay::Morning => hour % 12,
            PartOfDay::Night if hour < 6 || hour == 12 => hour % 12,
            _ if hour < 12 => hour + 12,
            _ => hour,
        };
        Some((hour, 0, end))
    }

    /// The hour of a schedule: "at 9pm" after "on Sundays" or "every
    /// Friday", as hour, minute and the index after it.
    fn at_clock(&self, k: usize) -> Option<(u8, u8, usize)> {
        if !self.kw(k, Kw::At) {
            return None;
        }
        let c = self.clock(k + 1)?;
        match c.val {
            Val::Clock { hour, minute, .. } => Some((hour, minute, c.end)),
            _ => None,
        }
    }
}

/// Words that lead a stretch of time: "for years", "within weeks", "took
/// months", and so "lasted over a week", "in under five hours" (where
/// What a day is named for: "a day of mourning", "a day of action".
/// Plural seasons and TimeML's unit for each ("three summers": `P3SU`).
/// "falls" and "springs" are left out: they are far more often nouns of
/// water than counts of seasons.
pub(super) const SEASONS_PLURAL: &[(&str, &str)] =
    &[("summers", "SU"), ("winters", "WI"), ("autumns", "FA")];

/// Words that may stand between an amount and its unit ("10 consecutive
/// trading days", "five full working days", "lost $1 billion in a single
/// day").
pub(super) const UNIT_QUALIFIERS: &[&str] = &[
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

/// "over" and "under" are modifiers, not prepositions).
const DURATION_LEADS: &[&str] = &[
    "for", "within", "in", "over", "after", "during", "take", "takes", "took", "taken", "last",
    "lasts", "lasted", "lasting", "spent", "of",
];

/// Words before "last" that make it a verb: "could last weeks".
const VERB_LEADS: &[&str] = &[
    // ("t" is what is left of "wouldn't", "won't", "didn't".)
    "will", "would", "could", "can", "may", "might", "must", "should", "to", "ll", "not", "t",
];

/// Words that may follow an adverb but not an adjective: "paid quarterly
/// and", "reviewed quarterly since".
const AFTER_ADVERB: &[&str] = &[
    "and",
    "or",
    "but",
    "in",
    "to",
    "through",
    "since",
    "until",
    "from",
    "at",
    "on",
    "by",
    "for",
    "with",
    "as",
    "instead",
    "thereafter",
];

/// Determiners after "a quarter of" that make it a fraction of a thing.
const FRACTION_OF: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "all", "this", "that", "these", "those",
    "every", "each",
];

/// Whether keyword `k` opens an amount or a modifier of one: the
/// keywords [`Parser::approx_at`] reads at its start ("about", "over",
/// "more than", "at least", "a little more than", ...) and those
/// [`Parser::number_at`] does ("a", "half", "several", "few", "many",
/// "couple"). The rules that open with an amount, such as durations and
/// times ago, turn away any other keyword at once.
pub(crate) fn opens_amount(k: Kw) -> bool {
    matches!(
        k,
        Kw::Around
            | Kw::Roughly
            | Kw::Approximately
            | Kw::Some
            | Kw::About
            | Kw::Nearly
            | Kw::Almost
            | Kw::Over
            | Kw::Under
            | Kw::More
            | Kw::Less
            | Kw::At
            | Kw::Up
            | Kw::Just
            | Kw::A
            | Kw::Half
            | Kw::Several
            | Kw::Few
            | Kw::Many
            | Kw::Couple
    )
}

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
