//! Holidays: names fixed and movable ("Christmas", "Easter Monday",
//! "Anzac Day", "the May bank holiday") and "the new year".

use super::Parser;
use super::periods::YearRef;
use crate::time::calendar::{holiday_date, holiday_fixed};
use crate::time::context;
use crate::time::lexicon::{Holiday, Kw, Lex};
use crate::time::sem::{Dir, Match, Val, date};
use crate::time::token::Kind;
use crate::time::value::{Gran, Point};

impl Parser<'_> {
    /// A day of observance the United Nations keeps on a fixed date,
    /// named at `i` in capitals: "World AIDS Day" (1 December), "World
    /// Refugee Day" (20 June), "International Women's Day" (8 March),
    /// "Human Rights Day" (10 December).
    fn observance(&self, i: usize) -> Option<(Holiday, usize)> {
        const DAYS: &[(&str, &[&str], u8, u8)] = &[
            ("world", &["aids"], 12, 1),
            ("world", &["cancer"], 2, 4),
            ("world", &["water"], 3, 22),
            ("world", &["tuberculosis"], 3, 24),
            ("world", &["tb"], 3, 24),
            ("world", &["health"], 4, 7),
            ("world", &["malaria"], 4, 25),
            ("world", &["press", "freedom"], 5, 3),
            ("world", &["no", "tobacco"], 5, 31),
            ("world", &["environment"], 6, 5),
            ("world", &["oceans"], 6, 8),
            ("world", &["ocean"], 6, 8),
            ("world", &["blood", "donor"], 6, 14),
            ("world", &["refugee"], 6, 20),
            ("world", &["population"], 7, 11),
            ("world", &["humanitarian"], 8, 19),
            ("world", &["teachers"], 10, 5),
            ("world", &["mental", "health"], 10, 10),
            ("world", &["food"], 10, 16),
            ("world", &["diabetes"], 11, 14),
            ("international", &["holocaust", "remembrance"], 1, 27),
            ("international", &["women"], 3, 8),
            ("international", &["womens"], 3, 8),
            ("human", &["rights"], 12, 10),
        ];
        let mut buf = [0u8; 24];
        let head = self.lower(i, &mut buf);
        DAYS.iter().find_map(|&(first, rest, month, day)| {
            let named = head == first.as_bytes()
                && rest.iter().enumerate().all(|(d, w)| {
                    self.word_is(i + 1 + d, w) && self.tok(i + 1 + d).is_some_and(|t| t.cap)
                });
            if !named {
                return None;
            }
            let k = self.skip_poss(i + 1 + rest.len());
            (self.word_is(k, "day") && self.tok(k).is_some_and(|t| t.cap))
                .then_some((Holiday::Dated { month, day }, k + 1))
        })
    }

    /// Holidays: "Christmas", "Thanksgiving Day", "New Year's Eve", "Easter 2024".
    pub(super) fn holiday(&self, i: usize) -> Option<Match> {
        // Every holiday starts with a capital, "the" or a direction word
        // ("last Christmas"), but "election day": most tokens are turned
        // away here.
        if !self.tok(i)?.cap && !matches!(self.lex(i), Some(Lex::Kw(_))) && !self.lower_case_name(i)
        {
            return None;
        }
        if let Some(m) = self.the_new_year(i) {
            return Some(m);
        }
        // A bank holiday's name takes its article ("the May bank
        // holiday"), and "the early May bank holiday" is a name, not the
        // start of May.
        let b = if self.kw(i, Kw::The) { i + 1 } else { i };
        if matches!(self.lex(b + 1), Some(Lex::Month { month: 5, .. }))
            && self.word_in(b, &["early", "late"])
            && self.word_is(b + 2, "bank")
            && self.word_is(b + 3, "holiday")
        {
            let h = if self.word_is(b, "late") {
                Holiday::SpringBank
            } else {
                Holiday::EarlyMayBank
            };
            return Some(date(b + 4, Val::Holiday { h, dir: Dir::Tense }));
        }
        // "the spring bank holiday", Britain's late-May one, in any case.
        if self.word_is(b, "spring")
            && self.word_is(b + 1, "bank")
            && self.word_is(b + 2, "holiday")
        {
            let h = Holiday::SpringBank;
            return Some(date(b + 3, Val::Holiday { h, dir: Dir::Tense }));
        }
        // "the first Sunday of Advent", "the fourth Sunday in Lent": the
        // Sundays of the church's seasons, counted from their first.
        if let Some((n, k)) = self.ordinal_at(b)
            && self.word_is(k, "sunday")
            && (self.kw(k + 1, Kw::Of) || self.word_is(k + 1, "in"))
            && self.tok(k + 2).is_some_and(|t| t.cap)
            && let Ok(n) = u8::try_from(n)
        {
            let h = if self.word_is(k + 2, "advent") && (1..=4).contains(&n) {
                Some(Holiday::AdventSunday(n))
            } else if self.word_is(k + 2, "lent") && (1..=5).contains(&n) {
                Some(Holiday::LentSunday(n))
            } else {
                None
            };
            if let Some(h) = h {
                return Some(date(k + 3, Val::Holiday { h, dir: Dir::Tense }));
            }
        }
        // The name is looked up once at `b`: the forms below ask for it
        // there again, and most tokens asked here are names of no holiday.
        let at_b = self.holiday_name(b);
        let name = |k: usize| if k == b { at_b } else { self.holiday_name(k) };
        // "the May Day bank holiday": the early May one, on a Monday.
        if let Some((Holiday::MayDay, e)) = at_b
            && self.word_is(e, "bank")
            && self.word_is(e + 1, "holiday")
        {
            return Some(date(
                e + 2,
                Val::Holiday {
                    h: Holiday::EarlyMayBank,
                    dir: Dir::Tense,
                },
            ));
        }
        if b > i
            && let Some((h @ (Holiday::EarlyMayBank | Holiday::AugustBank), e)) = at_b
        {
            return Some(date(e, Val::Holiday { h, dir: Dir::Tense }));
        }
        // "last year's Boxing Day figures", "this year's Lunar New Year":
        // the holiday in that year, as "Boxing Day last year" is.
        if let Some((YearRef::Rel(n), k)) = self.year_ref(i)
            && self.skip_poss(k) == k + 2
            && let Some((h, e)) = name(k + 2)
        {
            return Some(date(e, Val::HolidayInRelYear { h, n }));
        }
        let mut j = i;
        let mut dir = Dir::Tense;
        if let Some((d, k)) = self.dir_at(i) {
            dir = d;
            j = k;
        }
        // "the Labor Day weekend", "over the Easter weekend", "the
        // Thanksgiving holiday weekend": the weekend the holiday falls in
        // or, on a Monday, ends; "the Easter weekend last year", that of
        // the year told after it.
        let the = self.kw(j, Kw::The);
        if let Some((h, e)) = name(j + usize::from(the))
            && let Some(w) = [e, e + 1].into_iter().find(|&w| {
                self.word_is(w, "weekend")
                    && (w == e || self.word_in(e, &["holiday", "long", "holidays"]))
            })
        {
            let (day, end) = match self.year_ref(w + 1) {
                Some((YearRef::Rel(n), end)) if dir == Dir::Tense && n != 0 => {
                    (Val::HolidayInRelYear { h, n }, end)
                }
                _ => (Val::Holiday { h, dir }, w + 1),
            };
            return Some(date(
                end,
                Val::Containing {
                    gran: Gran::Weekend,
                    shift: -1,
                    day: Box::new(day),
                },
            ));
        }
        // "during Thanksgiving week", "the Christmas week": the week the
        // holiday falls in.
        if let Some((h, e)) = name(j + usize::from(the))
            && self.word_is(e, "week")
            && dir == Dir::Tense
        {
            return Some(date(
                e + 1,
                Val::Containing {
                    gran: Gran::Week,
                    shift: 0,
                    day: Box::new(Val::Holiday { h, dir }),
                },
            ));
        }
        // "over the July 4 weekend": the weekend of a day named by its
        // date, as of a holiday.
        // (The date's rules are asked only where a weekend follows soon:
        // they are the costliest, and "the" opens most phrases.)
        if the
            && (j + 3..j + 9).any(|k| self.word_is(k, "weekend"))
            && let Some(m) = self.dates(j + 1)
            && matches!(m.val, Val::MonthDay { .. })
            && self.word_is(m.end, "weekend")
        {
            let val = Val::Containing {
                gran: Gran::Weekend,
                shift: -1,
                day: Box::new(m.val),
            };
            return Some(date(m.end + 1, val));
        }
        // "the Feast of the Assumption", "since the Fourth": names that
        // take their article.
        let j = if the && self.word_in(j + 1, &["feast", "fourth"]) {
            j + 1
        } else {
            j
        };
        let (h, mut e) = name(j)?;
        // "Thanksgiving Thursday", "Election Day Tuesday": the weekday a
        // holiday always falls on is part of its name.
        let weekday_of = |y: i32| holiday_date(h, y).map(|d| d.weekday().to_monday_one_offset());
        if let Some(Lex::Weekday { day, plural: false }) = self.lex(e)
            && weekday_of(2001).is_some_and(|w| i8::try_from(day) == Ok(w))
            && weekday_of(2002) == weekday_of(2001)
        {
            e += 1;
        }
        let mut k = e;
        if self.kw(k, Kw::Of) || self.punct(k, ',') {
            k += 1;
        }
        if dir == Dir::Tense
            && let Some((y, end)) = self.year_at(k)
        {
            e = end;
            let d = holiday_date(h, y)?;
            return Some(date(e, Val::Abs(Point::containing(Gran::Day, d)?)));
        }
        // "the Christmas truce of 1914", "the Christmas Day bombing attempt
        // of 2009": an event of the holiday, in the year told after it.
        if dir == Dir::Tense
            && let Some(of) = (e + 1..=e + 2).find(|&k| {
                self.kw(k, Kw::Of)
                    && (e..k).all(|w| self.tok(w).is_some_and(|t| t.kind == Kind::Word && !t.cap))
            })
            && let Some((y, _)) = self.year_at(of + 1)
            && let Some(d) = holiday_date(h, y)
        {
            return Some(date(e, Val::Abs(Point::containing(Gran::Day, d)?)));
        }
        // "Boxing Day last year", "Easter next year" ("Christmas this
        // year" is mostly the adverb of its clause).
        if dir == Dir::Tense
            && !self.kw(e, Kw::The)
            && let Some((YearRef::Rel(n), end)) = self.year_ref(e)
            && n != 0
        {
            return Some(date(end, Val::HolidayInRelYear { h, n }));
        }
        // "has played games on Christmas Day every year since 1947": the
        // day of any year, for a holiday on a date of its own.
        if dir == Dir::Tense
            && (self.word_in(e, &["every", "each"]) && self.word_is(e + 1, "year")
                || self.word_is(e, "annually"))
            && let Some((m, d)) = holiday_fixed(h)
        {
            return Some(date(e, Val::Fixed(format!("XXXX-{m:02}-{d:02}"))));
        }
        Some(date(e, Val::Holiday { h, dir }))
    }

    /// The year that opens: "talks will resume in the new year", "by the
    /// New Year", "families will mark the new year"; not the eve of its
    /// holiday ("on the eve of the new year"). Also the decade or century
    /// that opens ("the new decade").
    pub(super) fn the_new_year(&self, i: usize) -> Option<Match> {
        if !(self.kw(i, Kw::The) && self.word_is(i + 1, "new")) {
            return None;
        }
        // "the first meeting of the new decade", "the new century": the
        // one starting nearest the document date, in lower case (not a
        // name, "the New Century Fund").
        for (word, gran) in [("decade", Gran::Decade), ("century", Gran::Century)] {
            if self.word_is(i + 2, word) && !self.tok(i + 1).is_some_and(|t| t.cap) {
                return Some(date(i + 3, Val::New(gran)));
            }
        }
        if !self.word_is(i + 2, "year") {
            return None;
        }
        // ("began the new year behind the wire", "start the new year
        // with a deficit": the year that opens.)
        let within = i > 0
            && self.word_in(
                i - 1,
                &[
                    "in", "into", "before", "after", "until", "till", "by", "for", "began", "begin",
                    "begins", "start", "started", "starts", "entered", "enter", "enters",
                ],
            )
            // "the start of the new year", "the first working day of the
            // new year", "the first session of the new year"
            || (i > 1
                && self.kw(i - 1, Kw::Of)
                && self.word_in(
                    i - 2,
                    &[
                        "start",
                        "beginning",
                        "day",
                        "days",
                        "week",
                        "weeks",
                        "month",
                        "months",
                        "session",
                        "sessions",
                    ],
                ));
        // Written in lower case, "the new year" is the year that opens
        // wherever it stands ("too busy with the new year to notice",
        // "the new year should start cold"); in capitals it may be the
        // holiday, and only the words above make it the year.
        // ("on the eve of the new year" is the holiday's eve.)
        let eve = i > 1 && self.kw(i - 1, Kw::Of) && self.word_is(i - 2, "eve");
        if !within && (eve || self.tok(i + 1).is_some_and(|t| t.cap)) {
            return None;
        }
        let k = self.skip_poss(i + 3);
        // Not a name that goes on: "the New Year bank holiday", "the New
        // Year's Eve party".
        if self.word_in(
            k,
            &[
                "eve",
                "day",
                "bank",
                "holiday",
                "holidays",
                "weekend",
                "period",
                "break",
                "honours",
                "celebrations",
                "party",
                "message",
                "address",
            ],
        ) {
            return None;
        }
        Some(date(i + 3, Val::New(Gran::Year)))
    }

    /// Whether a holiday's name starts at `i` ("Christmas 1998"): the
    /// tagger marks a date so named (see `resolve::Place::holiday`).
    pub fn opens_with_holiday(&self, i: usize) -> bool {
        self.holiday_name(i).is_some()
    }

    /// The name of a holiday at `i` and the index after it; not inside
    /// the name of a person, a place or an event ("Father Christmas",
    /// "Christmas Island", "the Easter Rising").
    pub(super) fn holiday_name(&self, i: usize) -> Option<(Holiday, usize)> {
        let (h, e) = self.holiday_words(i)?;
        let capital = |k: usize| self.tok(k).is_some_and(|t| t.cap);
        let person = i > 0 && capital(i - 1) && self.word_is(i - 1, "father");
        // ("Easter Road", a football ground; "Christmas Creek", a mine;
        // "Easter Seals", a charity; "the Yom Kippur War", "the Good
        // Friday Agreement", "the Tet Offensive".)
        // (So is "the Yom Kippur war" in lower case.)
        let named = self.word_is(e, "war")
            || capital(e)
                && self.word_in(
                    e,
                    &[
                        "rising",
                        "uprising",
                        "island",
                        "islands",
                        "road",
                        "street",
                        "creek",
                        "valley",
                        "lake",
                        "river",
                        "bay",
                        "cove",
                        "hill",
                        "hills",
                        "seals",
                        "agreement",
                        "accord",
                        "accords",
                        "offensive",
                        "truce",
                        // (Spokane's "Bloomsday Run", held in May.)
                        "run",
                        // ("the Salzburg Easter Festival", "the Radio City
                        // Christmas Spectacular": a season of shows.)
                        "festival",
                        "spectacular",
                    ],
                );
        // "a Christmas tree fire", "Easter eggs": things named for the
        // holiday, not its day ("spent Memorial Day stocking up" is the
        // verb).
        let thing = !capital(e)
            && self
                .tok(e - 1)
                .is_some_and(|t| context::holiday_kind(self.text, t.end));
        // "post-Christmas sales", "pre-Easter traffic": the time around
        // the day.
        let around = i >= 2 && self.hyphen(i - 1) && self.word_in(i - 2, &["post", "pre"]);
        (!person && !named && !thing && !around).then_some((h, e))
    }

    /// Whether the holiday named at `i` is told of the Orthodox churches
    /// ("Orthodox Christians in Serbia celebrated Christmas"), which keep
    /// Christmas and Easter on other days.
    fn orthodox_told(&self, i: usize) -> bool {
        self.tok(i)
            .is_some_and(|t| context::orthodox_before(self.text, t.start))
    }

    /// The day of the saint named at `k` (after "St." or "Saint"), for
    /// the saints whose days news names: "St. Patrick's Day", "the Feast
    /// of St. Joseph".
    fn saint(&self, k: usize) -> Option<Holiday> {
        let mut buf = [0u8; 24];
        Some(match self.lower(k, &mut buf) {
            b"patrick" => Holiday::StPatricks,
            b"stephen" => Holiday::BoxingDay,
            b"andrew" => Holiday::StAndrews,
            b"david" => Holiday::StDavids,
            b"george" => Holiday::StGeorges,
            b"nicholas" => Holiday::Dated { month: 12, day: 6 },
            b"joseph" => Holiday::Dated { month: 3, day: 19 },
            b"swithin" => Holiday::Dated { month: 7, day: 15 },
            b"crispin" => Holiday::Dated { month: 10, day: 25 },
            b"cecilia" => Holiday::Dated { month: 11, day: 22 },
            b"lucy" | b"lucia" => Holiday::Dated { month: 12, day: 13 },
            _ => return None,
        })
    }

    /// Whether the lower-case word at `i` may open a holiday's name: only
    /// "election", as AP style writes "election day" and "election night".
    #[inline]
    pub(super) fn lower_case_name(&self, i: usize) -> bool {
        // (The length first: this is asked of most lower-case words.)
        self.tok(i).is_some_and(|t| t.end - t.start == 8) && self.word_is(i, "election")
    }

    /// The words of a holiday's name at `i` and the index after them.
    pub(super) fn holiday_words(&self, i: usize) -> Option<(Holiday, usize)> {
        // A name is capitalized, which most words are not: they are turned
        // away here (as again by the body) without a call. Of the names,
        // none opens with a weekday ("Good Friday" opens with "Good"),
        // only those matched by their text open with a month ("May Day",
        // "July Fourth", "August bank holiday", "April Fools' Day") and, of
        // the keywords, only "Christmas" and "Mid-Autumn Festival" do: the
        // other weekdays, months and keywords ("The" opening a sentence),
        // which many starts are, are turned away before the long
        // comparison.
        let t = self.tok(i)?;
        match t.lex {
            _ if !t.cap && !self.lower_case_name(i) => None,
            Lex::Weekday { .. } => None,
            Lex::Month { month, .. } if !matches!(month, 4 | 5 | 7 | 8) => None,
            Lex::Kw(k) if !matches!(k, Kw::Christmas | Kw::Mid) => None,
            _ => self.holiday_words_unguarded(i),
        }
    }

    /// The words of a holiday's name, read at any start:
    /// [`Parser::holiday_words`] without its guard, kept apart so a test
    /// can check that the guard turns away no name.
    pub(super) fn holiday_words_unguarded(&self, i: usize) -> Option<(Holiday, usize)> {
        let t = self.tok(i)?;
        if !t.cap && !self.lower_case_name(i) {
            return None;
        }
        let day_after = |k: usize| {
            if self.kw(k, Kw::Day) || self.word_is(k, "day") {
                k + 1
            } else {
                k
            }
        };
        match t.lex {
            // Not the campaign of 1968.
            Lex::Holiday(_) if self.word_is(i, "tet") && self.word_is(i + 1, "offensive") => {
                return None;
            }
            // Names led by a word of their own, which needs the rest.
            // "Eid al-Fitr", "Eid ul-Adha", "EID-AL-ADHA"; not a bare
            // "Eid", which may be either.
            Lex::Holiday(Holiday::EidAlFitr) => {
                let word = |k: usize| if self.hyphen(k) { k + 1 } else { k };
                let al = word(i + 1);
                let name = word(al + 1);
                if !self.word_in(al, &["al", "ul", "el"]) {
                    return None;
                }
                return if self.word_is(name, "fitr") {
                    Some((Holiday::EidAlFitr, name + 1))
                } else if self.word_in(name, &["adha", "azha"]) {
                    Some((Holiday::EidAlAdha, name + 1))
                } else {
                    None
                };
            }
            // "Qingming Festival", "Ching Ming Festival"; a bare
            // "Qingming" or "Nowruz" only where it is no one's name
            // ("Zhang Qingming", "Qingming Li", "Ali Nowruz").
            Lex::Holiday(h @ (Holiday::Qingming | Holiday::Nowruz)) => {
                let capital = |k: usize| self.tok(k).is_some_and(|t| t.cap);
                let festival = |k: usize| self.word_is(k, "festival") && capital(k);
                if self.word_is(i, "ching") {
                    return (self.word_is(i + 1, "ming") && capital(i + 1) && festival(i + 2))
                        .then_some((Holiday::Qingming, i + 3));
                }
                if festival(i + 1) {
                    return Some((h, i + 2));
                }
                let named = |k: usize| self.tok(k).is_some_and(|t| t.kind == Kind::Word && t.cap);
                // (A preposition opening the sentence is no surname:
                // "During Qingming, ...".)
                let surname = i > 0
                    && named(i - 1)
                    && !self.word_in(
                        i - 1,
                        &[
                            "during", "before", "after", "since", "until", "by", "on", "for",
                            "over", "around", "at", "from", "in", "this", "last", "next",
                        ],
                    );
                return (!surname && !named(i + 1)).then_some((h, i + 1));
            }
            // "Rosh Hashanah" (or "Hashana"), "Yom Kippur".
            Lex::Holiday(h @ (Holiday::RoshHashanah | Holiday::YomKippur)) => {
                let rest: &[&str] = if h == Holiday::YomKippur {
                    &["kippur"]
                } else {
                    &["hashanah", "hashana"]
                };
                let named = self.word_in(i + 1, rest) && self.tok(i + 1).is_some_and(|t| t.cap);
                return named.then_some((h, i + 2));
            }
            Lex::Holiday(
                h @ (Holiday::LanternFestival
                | Holiday::DragonBoat
                | Holiday::PohelaBoishakh
                | Holiday::MardiGras),
            ) => {
                let mut buf = [0u8; 24];
                let rest: &[&str] = match self.lower(i, &mut buf) {
                    b"lantern" => &["festival"],
                    b"chap" => &["goh", "mei"],
                    b"dragon" => &["boat", "festival"],
                    b"mardi" => &["gras"],
                    _ => &["boishakh"],
                };
                let named = rest.iter().enumerate().all(|(d, w)| {
                    self.word_is(i + 1 + d, w) && self.tok(i + 1 + d).is_some_and(|t| t.cap)
                });
                return named.then_some((h, i + 1 + rest.len()));
            }
            Lex::Holiday(h) => {
                let mut e = i + 1;
                if matches!(h, Holiday::Thanksgiving) {
                    // Canada's: "Thanksgiving Monday".
                    if self.word_is(e, "monday") && self.tok(e).is_some_and(|t| t.cap) {
                        return Some((Holiday::CanadianThanksgiving, e + 1));
                    }
                    // "Thanksgiving Eve", the busiest night for travel
                    // (often written "Thanksgiving eve").
                    if self.kw(e, Kw::Eve) {
                        return Some((Holiday::ThanksgivingEve, e + 1));
                    }
                    e = day_after(e);
                    return Some((self.locale.localize(h, t.start), e));
                }
                // "Easter Sunday", "Easter Day".
                if matches!(h, Holiday::Easter)
                    && (self.word_is(e, "sunday")
                        || self.word_is(e, "day") && self.tok(e).is_some_and(|t| t.cap))
                {
                    e += 1;
                }
                // "Easter Monday", a public holiday in much of Europe.
                if matches!(h, Holiday::Easter)
                    && self.word_is(e, "monday")
                    && self.tok(e).is_some_and(|t| t.cap)
                {
                    return Some((Holiday::EasterMonday, e + 1));
                }
                if matches!(h, Holiday::Easter) && self.orthodox_told(i) {
                    return Some((Holiday::OrthodoxEaster, e));
                }
                return Some((h, e));
            }
            Lex::Kw(Kw::Christmas) => {
                if self.kw(i + 1, Kw::Eve) {
                    return Some((Holiday::ChristmasEve, i + 2));
                }
                // "Orthodox Christians celebrated Christmas on Thursday":
                // theirs, on 7 January.
                let h = if self.orthodox_told(i) {
                    Holiday::OrthodoxChristmas
                } else {
                    Holiday::Christmas
                };
                return Some((h, day_after(i + 1)));
            }
            _ => {}
        }
        let mut buf = [0u8; 24];
        let w = self.lower(i, &mut buf);
        let two = |a: &str, h: Holiday| -> Option<(Holiday, usize)> {
            let k = self.skip_poss(i + 1);
            (self.word_is(k, a) && self.tok(k).is_some_and(|t| t.cap)).then_some((h, k + 1))
        };
        // Names whose day depends on the country the story is told from.
        let at = t.start;
        let local = |m: Option<(Holiday, usize)>| m.map(|(h, e)| (self.locale.localize(h, at), e));
        match w {
            b"new" => {
                if !self.word_is(i + 1, "year") {
                    return None;
                }
                let k = self.skip_poss(i + 2);
                if self.word_is(k, "eve") {
                    return Some((Holiday::NewYearsEve, k + 1));
                }
                if self.word_is(k, "day") {
                    return Some((Holiday::NewYearsDay, k + 1));
                }
                // "over the New Year's weekend", "the New Year weekend":
                // the day, for the weekend it falls in (see
                // `Parser::holiday`).
                if self.word_is(k, "weekend") && self.tok(i + 1).is_some_and(|t| t.cap) {
                    return Some((Holiday::NewYearsDay, k));
                }
                // "shut since New Year's.", "over New Year's and into
                // January": the day, as Americans say it; not "New Year's
                // resolutions".
                let possessive = k > i + 2 && self.tok(i + 1).is_some_and(|t| t.cap);
                let ends = self.tok(k).is_none_or(|t| matches!(t.kind, Kind::Punct(_)))
                    || self.word_in(
                        k,
                        &[
                            "and", "or", "but", "when", "in", "at", "on", "with", "to", "for",
                            "was", "is", "will",
                        ],
                    );
                if possessive && ends {
                    return Some((Holiday::NewYearsDay, k));
                }
                // "the New Year holiday", "after the New Year break", "back
                // after New Year.": the day the holiday is for, in its
                // capitals; not "the new year" (the year: see
                // `Parser::the_new_year`) nor "a New Year resolution".
                let named = self.tok(i).is_some_and(|t| t.cap)
                    && self.tok(i + 1).is_some_and(|t| t.cap)
                    && k == i + 2;
                let season = self.word_in(
                    k,
                    &[
                        "holiday",
                        "holidays",
                        "break",
                        "period",
                        "celebrations",
                        "festivities",
                    ],
                );
                let bare = ends && !(i > 0 && self.kw(i - 1, Kw::The));
                // "will spend Christmas and New Year aboard the station":
                // paired with Christmas, the holiday wherever it stands.
                let with_christmas = i >= 2
                    && self.word_in(i - 1, &["and", "or"])
                    && (self.kw(i - 2, Kw::Christmas)
                        || i >= 3 && self.word_is(i - 2, "day") && self.kw(i - 3, Kw::Christmas));
                (named && (season || bare || with_christmas)).then_some((Holiday::NewYearsDay, k))
            }
            b"independence" => local(two("day", Holiday::IndependenceDay)),
            b"valentine" => two("day", Holiday::Valentines),
            b"labor" => local(two("day", Holiday::LaborDay)),
            b"labour" => {
                two("day", Holiday::LaborDay).map(|(_, e)| (self.locale.labour_day(at), e))
            }
            b"memorial" => two("day", Holiday::MemorialDay),
            b"veterans" | b"veteran" => two("day", Holiday::VeteransDay),
            b"presidents" | b"president" => two("day", Holiday::PresidentsDay),
            b"mother" | b"mothers" => local(two("day", Holiday::MothersDay)),
            b"mothering" => two("sunday", Holiday::MotheringSunday),
            b"father" | b"fathers" => local(two("day", Holiday::FathersDay)),
            b"boxing" => two("day", Holiday::BoxingDay),
            // "Election day is next Tuesday": the US general election's
            // day in lower case too, in a story from there.
            // So is its night ("Romney called Obama on election night"):
            // the day, with "night" read after it as a part of the day is
            // after any holiday ("Thanksgiving night").
            b"election" => two("day", Holiday::ElectionDay).or_else(|| {
                let k = i + 1;
                if self.word_is(k, "night")
                    && (self.locale.american(at) || self.tok(k).is_some_and(|t| t.cap))
                {
                    return Some((Holiday::ElectionDay, k));
                }
                (self.word_is(k, "day") && self.locale.american(at))
                    .then_some((Holiday::ElectionDay, k + 1))
            }),
            b"super" => two("tuesday", Holiday::SuperTuesday).or_else(|| {
                let cap = |k: usize| self.tok(k).is_some_and(|t| t.cap);
                (self.word_is(i + 1, "bowl")
                    && cap(i + 1)
                    && self.word_is(i + 2, "sunday")
                    && cap(i + 2))
                .then_some((Holiday::SuperBowlSunday, i + 3))
            }),
            b"inauguration" => two("day", Holiday::InaugurationDay),
            b"mlk" => two("day", Holiday::MlkDay),
            // Columbus Day by the name many states and cities give it.
            b"indigenous" if self.word_in(i + 1, &["peoples", "people"]) => {
                let k = self.skip_poss(i + 2);
                (self.word_is(k, "day") && self.tok(k).is_some_and(|t| t.cap))
                    .then_some((Holiday::ColumbusDay, k + 1))
            }
            b"good" => two("friday", Holiday::GoodFriday),
            b"black" => two("friday", Holiday::BlackFriday),
            b"cyber" => two("monday", Holiday::CyberMonday),
            b"giving" => two("tuesday", Holiday::GivingTuesday),
            b"small"
                if self.word_is(i + 1, "business") && self.tok(i + 1).is_some_and(|t| t.cap) =>
            {
                let k = i + 1;
                (self.word_is(k + 1, "saturday") && self.tok(k + 1).is_some_and(|t| t.cap))
                    .then_some((Holiday::SmallBusinessSaturday, k + 2))
            }
            b"may" if self.word_is(i + 1, "bank") && self.word_is(i + 2, "holiday") => {
                Some((Holiday::EarlyMayBank, i + 3))
            }
            b"august" if self.word_is(i + 1, "bank") && self.word_is(i + 2, "holiday") => {
                Some((Holiday::AugustBank, i + 3))
            }
            b"may" => two("day", Holiday::MayDay),
            b"palm" => two("sunday", Holiday::PalmSunday),
            b"maundy" => two("thursday", Holiday::MaundyThursday),
            b"holy" => two("thursday", Holiday::MaundyThursday)
                .or_else(|| two("saturday", Holiday::HolySaturday)),
            b"ash" => two("wednesday", Holiday::AshWednesday),
            b"ascension" => {
                two("day", Holiday::Ascension).or_else(|| two("thursday", Holiday::Ascension))
            }
            b"assumption" => two("day", Holiday::Dated { month: 8, day: 15 }),
            b"whit" => {
                two("monday", Holiday::WhitMonday).or_else(|| two("sunday", Holiday::Pentecost))
            }
            b"trinity" => two("sunday", Holiday::TrinitySunday),
            b"advent" => two("sunday", Holiday::AdventSunday(1)),
            // "the Jewish New Year": Rosh Hashanah.
            b"jewish"
                if self.word_is(i + 1, "new")
                    && self.word_is(i + 2, "year")
                    && self.tok(i + 2).is_some_and(|t| t.cap) =>
            {
                Some((Holiday::RoshHashanah, i + 3))
            }
            // Mexico's 5 May.
            b"cinco" if self.word_is(i + 1, "de") => (self.word_is(i + 2, "mayo")
                && self.tok(i + 2).is_some_and(|t| t.cap))
            .then_some((Holiday::Dated { month: 5, day: 5 }, i + 3)),
            // Epiphany, as Spain and Latin America keep it: "Three Kings
            // Day", "Three Kings' Day".
            b"three" if self.word_is(i + 1, "kings") && self.tok(i + 1).is_some_and(|t| t.cap) => {
                let k = self.skip_poss(i + 2);
                (self.word_is(k, "day") && self.tok(k).is_some_and(|t| t.cap))
                    .then_some((Holiday::Epiphany, k + 1))
            }
            // The European Union's 9 May; the United Nations' 24 October.
            b"europe" => two("day", Holiday::Dated { month: 5, day: 9 }),
            b"un" if t.upper => two("day", Holiday::Dated { month: 10, day: 24 }),
            b"united"
                if self.word_is(i + 1, "nations") && self.tok(i + 1).is_some_and(|t| t.cap) =>
            {
                let k = i + 2;
                (self.word_is(k, "day") && self.tok(k).is_some_and(|t| t.cap))
                    .then_some((Holiday::Dated { month: 10, day: 24 }, k + 1))
            }
            // Russia's day of spaceflight, 12 April (Gagarin's flight).
            b"cosmonautics" => two("day", Holiday::Dated { month: 4, day: 12 }),
            b"anzac" => two("day", Holiday::AnzacDay),
            b"australia" => two("day", Holiday::AustraliaDay),
            b"canada" => two("day", Holiday::CanadaDay),
            b"bastille" => two("day", Holiday::BastilleDay),
            b"republic" => two("day", Holiday::RepublicDay),
            b"gandhi" => two("jayanti", Holiday::GandhiJayanti),
            b"waitangi" => two("day", Holiday::WaitangiDay),
            b"freedom" => two("day", Holiday::FreedomDay),
            b"merdeka" => two("day", Holiday::MerdekaDay),
            b"malaysia" => two("day", Holiday::MalaysiaDay),
            b"remembrance" => two("day", Holiday::VeteransDay)
                .or_else(|| two("sunday", Holiday::RemembranceSunday)),
            b"armistice" => two("day", Holiday::VeteransDay),
            // International Workers' Day, as South Africa and others name it.
            b"workers" => two("day", Holiday::MayDay),
            b"rizal" => two("day", Holiday::RizalDay),
            b"columbus" => two("day", Holiday::ColumbusDay),
            b"patriots" | b"patriot" => two("day", Holiday::PatriotsDay),
            b"commonwealth" => two("day", Holiday::CommonwealthDay),
            b"arbor" => two("day", Holiday::ArborDay),
            // "Lag BaOmer", "Lag B'Omer"; "Tisha B'Av", "Tisha BeAv".
            b"lag" if self.tok(i + 1).is_some_and(|t| t.cap) => self
                .word_in(i + 1, &["baomer", "b'omer", "ba'omer"])
                .then_some((Holiday::LagBaOmer, i + 2)),
            b"tisha" | b"tishah" if self.tok(i + 1).is_some_and(|t| t.cap) => self
                .word_in(i + 1, &["b'av", "beav", "be'av"])
                .then_some((Holiday::TishaBav, i + 2)),
            // Luther's theses, 31 October 1517, kept by Lutheran churches.
            b"reformation" => two("day", Holiday::Dated { month: 10, day: 31 }),
            // The Sunday after Easter, named so by the Catholic Church
            // since 2000.
            b"divine" if self.word_is(i + 1, "mercy") && self.tok(i + 1).is_some_and(|t| t.cap) => {
                (self.word_is(i + 2, "sunday") && self.tok(i + 2).is_some_and(|t| t.cap))
                    .then_some((Holiday::DivineMercySunday, i + 3))
            }
            b"victoria" => two("day", Holiday::VictoriaDay),
            b"bonfire" => two("night", Holiday::GuyFawkes),
            // Not the man: "the Guy Fawkes plot".
            b"guy" if self.word_is(i + 1, "fawkes") => {
                let k = self.skip_poss(i + 2);
                (self.word_is(k, "night") || self.word_is(k, "day"))
                    .then_some((Holiday::GuyFawkes, k + 1))
            }
            b"jamhuri" => two("day", Holiday::JamhuriDay),
            // The United Nations' days of observance, on fixed dates:
            // "World AIDS Day", "International Women's Day", "Human Rights
            // Day".
            b"world" | b"international" | b"human" if t.cap => self.observance(i),
            b"groundhog" => two("day", Holiday::GroundhogDay),
            b"earth" => two("day", Holiday::EarthDay),
            b"ve" => two("day", Holiday::VeDay),
            b"flag" => two("day", Holiday::FlagDay),
            // "Singles' Day", "Singles Day"
            b"singles" => two("day", Holiday::SinglesDay),
            b"leap" => two("day", Holiday::LeapDay),
            // "Victory Day", as Russia names the day after VE Day.
            b"victory" if self.word_is(i + 1, "day") && self.tok(i + 1).is_some_and(|t| t.cap) => {
                Some((Holiday::VictoryDay, i + 2))
            }
            // "Victory in Europe Day", VE Day spelt out.
            b"victory"
                if self.word_is(i + 1, "in")
                    && self.word_is(i + 2, "europe")
                    && self.tok(i + 2).is_some_and(|t| t.cap) =>
            {
                (self.word_is(i + 3, "day") && self.tok(i + 3).is_some_and(|t| t.cap))
                    .then_some((Holiday::VeDay, i + 4))
            }
            // "April Fools' Day", "April Fool's Day": before the month
            // alone is read.
            b"april" if self.word_in(i + 1, &["fools", "fool"]) => {
                let k = self.skip_poss(i + 2);
                (self.word_is(k, "day") && self.tok(k).is_some_and(|t| t.cap))
                    .then_some((Holiday::AprilFools, k + 1))
            }
            b"shrove" => two("tuesday", Holiday::MardiGras),
            b"pancake" => two("day", Holiday::MardiGras),
            // "All Saints' Day", "All Souls Day"
            b"all" => {
                let capital = |k: usize| self.tok(k).is_some_and(|t| t.cap);
                let h = if self.word_is(i + 1, "saints") {
                    Holiday::AllSaints
                } else if self.word_is(i + 1, "souls") {
                    Holiday::AllSouls
                } else {
                    return None;
                };
                let k = if self.punct(i + 2, '\'') || self.punct(i + 2, '\u{2019}') {
                    i + 3
                } else {
                    i + 2
                };
                (capital(i + 1) && self.word_is(k, "day") && capital(k)).then_some((h, k + 1))
            }
            // Mexico's "Day of the Dead".
            b"day" => (self.kw(i + 1, Kw::Of)
                && self.kw(i + 2, Kw::The)
                && self.word_is(i + 3, "dead")
                && self.tok(i + 3).is_some_and(|t| t.cap))
            .then_some((Holiday::AllSouls, i + 4)),
            b"german" if self.word_is(i + 1, "unity") => two("unity", Holiday::GermanUnityDay)
                .and_then(|(h, k)| {
                    (self.word_is(k, "day") && self.tok(k).is_some_and(|t| t.cap))
                        .then_some((h, k + 1))
                }),
            // "Orthodox Easter (Sunday)", "Orthodox Christmas".
            b"orthodox" => match self.lex(i + 1) {
                Some(Lex::Holiday(Holiday::Easter)) if self.tok(i + 1).is_some_and(|t| t.cap) => {
                    let e = i + 2 + usize::from(self.word_is(i + 2, "sunday"));
                    Some((Holiday::OrthodoxEaster, e))
                }
                Some(Lex::Kw(Kw::Christmas)) => {
                    Some((Holiday::OrthodoxChristmas, day_after(i + 2)))
                }
                _ => None,
            },
            b"madaraka" => two("day", Holiday::MadarakaDay),
            b"mashujaa" => two("day", Holiday::MashujaaDay),
            b"burns" => two("night", Holiday::BurnsNight),
            b"hangeul" | b"hangul" => two("day", Holiday::HangeulDay),
            // "Tomb-Sweeping Day", "Tomb Sweeping Day": Qingming.
            b"tomb" => {
                let k = if self.hyphen(i + 1) { i + 2 } else { i + 1 };
                (self.word_is(k, "sweeping")
                    && self.word_is(k + 1, "day")
                    && self.tok(k + 1).is_some_and(|t| t.cap))
                .then_some((Holiday::Qingming, k + 2))
            }
            // A country's own day, or nothing when the story names none;
            // not the name of an event ("the National Day Parade").
            // Where the story's country keeps no National Day (or none is
            // named), "the National Day holiday" is China's week off from
            // 1 October, the one news names so without its country.
            b"national" => local(two("day", Holiday::NationalDay)).and_then(|(h, e)| {
                if self.word_in(e, &["parade", "rally"]) {
                    None
                } else if h != Holiday::NationalDay {
                    Some((h, e))
                } else {
                    let week = self.word_is(e, "golden") && self.word_is(e + 1, "week");
                    (week || self.word_in(e, &["holiday", "holidays"]))
                        .then_some((Holiday::Dated { month: 10, day: 1 }, e))
                }
            }),
            b"spring" => two("festival", Holiday::LunarNewYear),
            // "Lunar New Year", "Chinese New Year"; "Lunar New Year's
            // Eve" is the day before, as "New Year's Eve" is.
            b"lunar" | b"chinese" => {
                if !(self.word_is(i + 1, "new")
                    && self.word_is(i + 2, "year")
                    && self.tok(i + 2).is_some_and(|t| t.cap))
                {
                    return None;
                }
                let k = self.skip_poss(i + 3);
                if self.word_is(k, "eve") {
                    return Some((Holiday::LunarNewYearsEve, k + 1));
                }
                Some((Holiday::LunarNewYear, i + 3))
            }
            // "Persian New Year", "Iranian New Year": Nowruz.
            b"persian" | b"iranian"
                if self.word_is(i + 1, "new")
                    && self.word_is(i + 2, "year")
                    && self.tok(i + 2).is_some_and(|t| t.cap) =>
            {
                Some((Holiday::Nowruz, i + 3))
            }
            // "Mid-Autumn Festival"
            b"mid" if self.hyphen(i + 1) && self.word_is(i + 2, "autumn") => {
                let k = i + 3;
                (self.word_is(k, "festival") && self.tok(k).is_some_and(|t| t.cap))
                    .then_some((Holiday::MidAutumn, k + 1))
            }
            b"st" | b"saint" => {
                let k = self.skip_dot(i + 1);
                let h = self.saint(k)?;
                let k = self.skip_poss(k + 1);
                self.word_is(k, "day").then_some((h, k + 1))
            }
            // "the Feast of the Assumption", "the Feast of St. Joseph": the
            // church's names of its days.
            b"feast" if self.kw(i + 1, Kw::Of) => {
                let k = if self.kw(i + 2, Kw::The) {
                    i + 3
                } else {
                    i + 2
                };
                let capital = |k: usize| self.tok(k).is_some_and(|t| t.cap);
                if !capital(k) {
                    return None;
                }
                let mut buf = [0u8; 24];
                match self.lower(k, &mut buf) {
                    b"assumption" => Some((Holiday::Dated { month: 8, day: 15 }, k + 1)),
                    b"immaculate" if self.word_is(k + 1, "conception") && capital(k + 1) => {
                        Some((Holiday::Dated { month: 12, day: 8 }, k + 2))
                    }
                    b"epiphany" => Some((Holiday::Epiphany, k + 1)),
                    b"ascension" => Some((Holiday::Ascension, k + 1)),
                    b"st" | b"saint" => {
                        let k = self.skip_dot(k + 1);
                        self.saint(k).map(|h| (h, k + 1))
                    }
                    _ => None,
                }
            }
            b"martin" => {
                if !(self.word_is(i + 1, "luther") && self.word_is(i + 2, "king")) {
                    return None;
                }
                let mut k = i + 3;
                if self.word_is(k, "jr") {
                    k = self.skip_dot(k + 1);
                }
                self.word_is(k, "day").then_some((Holiday::MlkDay, k + 1))
            }
            b"july" => {
                // "July Fourth"
                (self.word_is(i + 1, "fourth") && self.tok(i + 1).is_some_and(|t| t.cap))
                    .then_some((Holiday::IndependenceDay, i + 2))
            }
            b"fourth" => {
                if self.kw(i + 1, Kw::Of) && self.word_is(i + 2, "july") {
                    return Some((Holiday::IndependenceDay, i + 3));
                }
                // "postponed from the Fourth", "closed over the Fourth.":
                // the day, as Americans say it; not "the Fourth Circuit",
                // "Henry the Fourth" or "for the Fourth time".
                let told = i >= 2
                    && self.kw(i - 1, Kw::The)
                    && self.word_in(
                        i - 2,
                        &[
                            "on", "over", "since", "before", "after", "for", "until", "till",
                            "through", "from", "around", "by", "during",
                        ],
                    );
                let alone = self.tok(i + 1).is_none_or(|t| {
                    matches!(t.kind, Kind::Punct(_))
                        || t.kind == Kind::Word
                            && !t.cap
                            && self.unit(i + 1).is_none()
                            && !self.word_in(
                                i + 1,
                                &["time", "round", "straight", "consecutive", "place", "grade"],
                            )
                });
                (told && alone).then_some((Holiday::IndependenceDay, i + 1))
            }
            _ => None,
        }
    }
}
