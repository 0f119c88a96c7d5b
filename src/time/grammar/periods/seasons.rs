//! Seasons: "this summer", "last fall", "the spring of 2023", "the winter
//! of 1962-63", and a bare season word where the words around it show it
//! is one ("an unusually wet spring", "as winter approaches"); and the
//! month a season starts in.

use super::YearRef;
use crate::time::grammar::Parser;
use crate::time::lexicon::{Kw, Lex, Season, Unit};
use crate::time::sem::{Dir, Match, Val, date};
use crate::time::token::Kind;
use crate::time::value::{Gran, season_point};

impl Parser<'_> {
    /// Seasons: "this summer", "last fall", "the spring of 2023", "winter 2022".
    pub(crate) fn season(&self, i: usize) -> Option<Match> {
        let mut j = i;
        let mut dir = None;
        let mut the = false;
        let mut modifier = None;
        if let Some((d, k)) = self.dir_at(j) {
            dir = Some(d);
            j = k;
        } else if self.kw(j, Kw::The) {
            the = true;
            j += 1;
            // "the following spring", "the next spring", "the previous
            // summer": the season after or before the date last mentioned.
            let n = match self.lex(j) {
                Some(Lex::Kw(Kw::Following | Kw::Next)) => 1,
                Some(Lex::Kw(Kw::Previous | Kw::Prior)) => -1,
                _ => 0,
            };
            if n != 0 {
                let Lex::Season(s) = self.lex(j + 1)? else {
                    return None;
                };
                return Some(date(j + 2, Val::AnchoredSeason { s, n }));
            }
            // "the summer before last": the one before last summer, as
            // "the year before last" is (not "the winter before last
            // Christmas", nor "before last year's vote").
            if let Some(Lex::Season(s)) = self.lex(j)
                && self.kw(j + 1, Kw::Before)
                && self.kw(j + 2, Kw::Last)
                && self.tok(j + 3).is_none_or(|t| {
                    matches!(t.kind, Kind::Punct(_)) || matches!(t.lex, Lex::Other | Lex::Kw(_))
                })
                && !self.kw(j + 3, Kw::The)
                && self.holiday_words(j + 3).is_none()
            {
                let last = Val::Season { s, dir: Dir::Last };
                return Some(date(
                    j + 3,
                    Val::Before {
                        unit: Unit::Year,
                        n: 1,
                        day: Box::new(last),
                    },
                ));
            }
        }
        // "the 2015 winter", "the 2015-16 winter": the season of the year
        // named before it, as "the winter of 2015" (and "of 2015-16") is;
        // not "the 2018 Winter Olympics", a name.
        if the && let Some((y, mut k)) = self.year_at(j) {
            if self.hyphen(k)
                && self.glued(k)
                && self.glued(k + 1)
                && self.num(k + 1).is_some_and(|(v, digits)| match digits {
                    2 => i64::from(v) == i64::from(y + 1) % 100,
                    4 => i64::from(v) == i64::from(y + 1),
                    _ => false,
                })
            {
                k += 2;
            }
            let Some(Lex::Season(s)) = self.lex(k) else {
                return None;
            };
            if self.tok(k).is_some_and(|t| t.cap)
                && self
                    .tok(k + 1)
                    .is_some_and(|t| t.kind == Kind::Word && t.cap)
            {
                return None;
            }
            return Some(date(k + 1, Val::Abs(season_point(s, y)?)));
        }
        if let Some((m, k)) = self.period_mod(j) {
            modifier = Some(m);
            j = k;
        }
        let Lex::Season(s) = self.lex(j)? else {
            return None;
        };
        let mut e = j + 1;
        let mut k = e;
        let of = self.kw(k, Kw::Of);
        if of {
            k += 1;
        }
        // "the spring of that year": the season of the year last named.
        if dir.is_none()
            && of
            && self.kw(k, Kw::That)
            && self.unit(k + 1) == Some((Unit::Year, false))
        {
            let m = date(k + 2, Val::Season { s, dir: Dir::That });
            return Some(match modifier {
                Some(md) => m.with_mod(md),
                None => m,
            });
        }
        // ("that spring of 2020": "that" points to the year named.)
        let that_of = dir == Some(Dir::That) && of;
        // "premiums will fall next year", "prices are likely to fall
        // next year": the verb, before the year of its clause (not
        // "pushed back to fall 2021", a season of a year written out).
        let verb = |yr: &YearRef| {
            i == j
                && i > 0
                && !self.tok(j).is_some_and(|t| t.cap)
                && self.word_in(j, &["fall", "spring"])
                && (self.word_in(
                    i - 1,
                    &[
                        "will", "would", "could", "may", "might", "can", "should", "must", "not",
                        "ll",
                    ],
                ) || self.word_is(i - 1, "to") && matches!(yr, YearRef::Rel(_)))
        };
        if (dir.is_none() || that_of)
            && let Some((yr, end)) = self.year_ref(k).or_else(|| self.slashed_season_years(k))
            && (!that_of || matches!(yr, YearRef::Abs(_)))
            && !verb(&yr)
        {
            e = end;
            // "the winter of 1962-63", "the winter of 1999-2000": the
            // season across the new year.
            if let YearRef::Abs(y) = yr
                && (self.hyphen(end) || self.punct(end, '/') && self.glued(end))
                && self.glued(end + 1)
                && let Some((v, digits)) = self.num(end + 1)
                && match digits {
                    2 => i64::from(v) == i64::from(y + 1) % 100,
                    4 => i64::from(v) == i64::from(y + 1),
                    _ => false,
                }
            {
                e = end + 2;
            }
            // "in the fall 2004 semester": "the" is the noun's, as in "the
            // spring session" below; the season and its year alone are
            // the expression.
            if the && !of && self.word_in(e, SEASON_NOUNS) {
                return None;
            }
            let v = match yr {
                YearRef::Abs(y) => Val::Abs(season_point(s, y)?),
                YearRef::Rel(n) => Val::InRelYear {
                    gran: Gran::Season,
                    month: season_start_month(s),
                    n,
                },
            };
            let m = date(e, v);
            return Some(match modifier {
                Some(md) => m.with_mod(md),
                None => m,
            });
        }
        // "rise for the summer recess", "the spring session": "the" is the
        // noun's, and the season alone is the expression (as "Easter" is
        // of "the Easter recess").
        // ("Fall term begins Sept. 4": capitalised only as a sentence's
        // first word, after the text's start, an end of sentence or a
        // line break.)
        let of_noun = (!self.tok(j).is_some_and(|t| t.cap) || self.opens_sentence(j))
            && self.word_in(j + 1, SEASON_NOUNS)
            && modifier.is_none()
            && dir.is_none();
        if the && of_noun {
            return None;
        }
        if dir.is_none() && modifier.is_none() {
            // Verbs "fall" and "spring", and "the fall of Rome".
            // ("until at least the fall": the lead before "at least".)
            let lead = if i > 2 && self.word_is(i - 1, "least") && self.word_is(i - 2, "at") {
                i - 2
            } else {
                i
            };
            let prev_ok = lead > 0 && self.word_in(lead - 1, SEASON_LEADS);
            // "in spring and autumn", "during the summer or fall": a
            // season listed after one its lead word opens. (Not "rise in
            // spring and fall in autumn", the verb.)
            let listed = i > 2
                && self.word_in(i - 1, &["and", "or"])
                && matches!(self.lex(i - 2), Some(Lex::Season(_)))
                && (self.word_in(i - 3, SEASON_LEADS)
                    || self.kw(i - 3, Kw::The) && i > 3 && self.word_in(i - 4, SEASON_LEADS))
                && (!self.word_in(j, &["fall", "spring"])
                    || self
                        .tok(j + 1)
                        .is_none_or(|t| matches!(t.kind, Kind::Punct(_))));
            let prev_ok = prev_ok || listed;
            // "could be pushed back to the fall", "brought forward to the
            // spring" (not "led to the fall in prices"); "as early as the
            // spring".
            let to_season = the
                && i > 0
                && self.word_is(i - 1, "to")
                && !self.word_in(j + 1, &["in", "from", "by", "of", "to"]);
            let as_early = i > 1
                && self.word_is(i - 1, "as")
                && self.word_in(i - 2, &["early", "late", "soon"]);
            let prev_ok = prev_ok || to_season || as_early;
            // "by the end of the spring", "the rest of the fall", "for
            // most of the spring"; "ahead of winter" (not "ahead of the
            // fall in demand", a noun).
            let part_of = i > 1
                && self.kw(i - 1, Kw::Of)
                && (self.word_in(
                    i - 2,
                    &["end", "start", "beginning", "middle", "rest", "most"],
                ) || self.word_is(i - 2, "ahead") && !self.word_in(j, &["fall", "spring"]));
            // "the spring term", "its spring tour", "the school's spring
            // term", and "Fall enrollment rose" opening a sentence.
            let owned = i > 0
                && (self.kw(i - 1, Kw::The) || self.possessive(i - 1) || self.genitive_end(i - 1));
            let prev_ok = prev_ok
                || part_of
                || of_noun && (owned || self.opens_sentence(j))
                || self.described_season(i, j)
                || self.season_moves(i, j);
            if the && of {
                return None;
            }
            // ("the autumn" is no verb.)
            let verbish = self.word_in(j, &["fall", "spring"]);
            if (verbish || !the) && !prev_ok {
                return None;
            }
        }
        // "in the summer months", "during the winter months": the months
        // are the season's, and of the expression.
        let e = if the && e == j + 1 && self.word_is(e, "months") {
            e + 1
        } else {
            e
        };
        // "in the spring that year", "in autumn that year": the season
        // of the year last named, as "the spring of that year" is.
        let (e, dir) = match (dir, self.that_year(e, false)) {
            (None, Some(end)) => (end, Some(Dir::That)),
            _ => (e, dir),
        };
        let m = date(
            e,
            Val::Season {
                s,
                dir: dir.unwrap_or(Dir::Tense),
            },
        );
        Some(match modifier {
            Some(md) => m.with_mod(md),
            None => m,
        })
    }
}

/// Words after which a bare season word is the season: "in spring",
/// "during the summer", "once summer ends" (not the verbs "fall" and
/// "spring", nor "the fall of Rome").
const SEASON_LEADS: &[&str] = &[
    "in",
    "during",
    "since",
    "until",
    "till",
    "by",
    "through",
    "throughout",
    "over",
    "for",
    "this",
    "before",
    "after",
    "into",
    // "when winter sets in", "once summer ends"
    "when",
    "once",
    // "had spent the fall squeezed into borrowed rooms"
    "spend",
    "spends",
    "spent",
    "spending",
];

/// Nouns a season names the time of, in a parliament's, a school's or a
/// touring company's year: "the summer recess", "the spring session", "the
/// winter break", "Fall enrollment", "its spring tour", and a market's
/// "spring selling season".
const SEASON_NOUNS: &[&str] = &[
    "recess",
    "session",
    "sessions",
    "sitting",
    "break",
    "holidays",
    "vacation",
    "term",
    "semester",
    "solstice",
    "equinox",
    "tour",
    "enrollment",
    "enrolment",
    "selling",
    "buying",
    "monsoon",
    // "the party's spring conference", "the IMF's spring meetings", "the
    // spring offensive", "the autumn statement"
    "conference",
    "conferences",
    "meeting",
    "meetings",
    "offensive",
    "counteroffensive",
    "statement",
    // "the summer rush", "the fall campaign", "the spring market"
    "rush",
    "campaign",
    "market",
    // "the autumn floods", "The summer hailstorms", "the spring
    // collection", "the autumn harvest"
    "floods",
    "flooding",
    "hailstorms",
    "drought",
    "heatwave",
    "wildfires",
    "collection",
    "collections",
    "sales",
    "harvest",
];

impl Parser<'_> {
    /// The first year of a season across the new year written with a
    /// slash at `k` ("winter 2022/23", "the winter of 2022/2023"), which
    /// the year reader leaves, as "2022/23" may be a date: the year, and
    /// the index of the slash (read on as "2022-23" is).
    fn slashed_season_years(&self, k: usize) -> Option<(YearRef, usize)> {
        let (v, 4) = self.num(k)? else {
            return None;
        };
        let y = i32::try_from(v)
            .ok()
            .filter(|y| (1000..=2199).contains(y))?;
        let (next, digits) = self.num(k + 2)?;
        let follows = match digits {
            2 => i64::from(next) == i64::from(y + 1) % 100,
            4 => i64::from(next) == i64::from(y + 1),
            _ => false,
        };
        (self.punct(k + 1, '/') && self.glued(k + 1) && self.glued(k + 2) && follows)
            .then_some((YearRef::Abs(y), k + 1))
    }

    /// Whether the season word at `j` (the expression starting at `i`) is
    /// described after "a", "the" or a possessive: "an unusually wet
    /// spring", "the cold winter", "Scotland's busiest summer". "Fall" only
    /// right after a word of the weather ("a cold, wet fall"), as it is
    /// more often a drop ("a sharp fall"); and not a spring of water ("a
    /// hot spring").
    fn described_season(&self, i: usize, j: usize) -> bool {
        /// Weather a fall (the season) has; no drop is told so.
        const FALL_WEATHER: &[&str] = &[
            "wet", "dry", "cold", "warm", "mild", "cool", "rainy", "snowy", "chilly", "stormy",
            "wetter", "drier", "colder", "warmer", "milder", "cooler", "rainier",
        ];
        // ("a mild fall in prices" is a drop all the same.)
        if i != j
            || j < 2
            || self.word_is(j, "fall")
                && (!self.word_in(j - 1, FALL_WEATHER)
                    || self.word_in(j + 1, &["in", "of", "from", "to", "since"]))
        {
            return false;
        }
        let plain = |k: usize| {
            self.tok(k)
                .is_some_and(|t| t.kind == Kind::Word && !t.cap && matches!(t.lex, Lex::Other))
        };
        if !plain(j - 1)
            || self.word_is(j, "spring")
                && self.word_in(j - 1, &["hot", "natural", "mineral", "thermal", "coiled"])
        {
            return false;
        }
        // An adverb may come first ("an unusually wet spring"), and more
        // adjectives ("a cool, wet summer", "a cold and snowy winter"), or
        // a hyphened compound ("a wetter-than-normal spring").
        let compound = |k: usize| {
            self.punct(k, '-')
                || self.tok(k).is_some_and(|t| t.kind == Kind::Word)
                    && (self.punct(k + 1, '-') || self.punct(k - 1, '-'))
        };
        let mut k = j - 2;
        while k > 0
            && j - k < 7
            && (plain(k) && !self.word_is(k, "s")
                || self.punct(k, ',')
                || self.kw(k, Kw::And) && plain(k - 1)
                || compound(k))
        {
            k -= 1;
        }
        let possessive = k >= 1
            && self.word_is(k, "s")
            && (self.punct(k - 1, '\'') || self.punct(k - 1, '\u{2019}'));
        // The season ends the phrase: "a powerful winter storm" is a storm,
        // but "a dry winter has left the crop thin", "a wet summer delayed
        // the harvest" name the season.
        let ends = !plain(j + 1)
            || self.word_in(
                j + 1,
                &[
                    "for", "in", "of", "and", "or", "but", "that", "when", "as", "with", "at",
                    "on", "after", "before", "ahead", "has", "had", "was", "is", "will", "would",
                    "across", "over", "than",
                ],
            )
            || self.word(j + 1).ends_with("ed");
        // "the driest autumn on record", "its coldest winter in decades":
        // a superlative picks out one season as "a" does.
        let superlative = self.superlative(j - 1)
            && (self.kw(j - 2, Kw::The) || self.word_in(j - 2, &["its", "their"]));
        // "the wet spring", "the hot, dry summer": "the" with a word of
        // the weather or the times picks one out as "a" does.
        (self.kw_any(k, &[Kw::A, Kw::The]).is_some()
            || self.word_is(k, "another")
            || possessive
            || superlative)
            && ends
    }

    /// Whether the bare season word at `j` is the subject of the season's
    /// own coming and going: "as winter approaches", "with winter coming",
    /// "winter would close the mountain passes", "Spring officially
    /// arrives in three weeks". "Spring" and "fall" are also verbs and
    /// nouns of other things ("fall is expected" of prices), so they are
    /// taken only before a verb of arriving or starting.
    fn season_moves(&self, i: usize, j: usize) -> bool {
        const ARRIVING: &[&str] = &[
            "approaches",
            "approaching",
            "approached",
            "arrives",
            "arriving",
            "arrived",
            "begins",
            "began",
            "nears",
            "nearing",
            "neared",
        ];
        const GOING: &[&str] = &[
            "comes", "coming", "came", "starts", "started", "ends", "ended", "ending", "sets",
            "looms", "looming", "would", "will", "could", "is", "was", "has", "had",
        ];
        if i != j {
            return false;
        }
        // The season opens its clause: a sentence, a quotation or a
        // clause after a conjunction ("as", "that", "with"); not after a
        // word that describes it ("a hot spring began to bubble"), and
        // not a capitalised season inside a sentence, a name ("Johnny
        // Winter will play").
        let opens = match j.checked_sub(1) {
            None => true,
            Some(p) => {
                let cap = self.tok(j).is_some_and(|t| t.cap);
                self.tok(p).is_some_and(|t| t.kind != Kind::Word) && !(cap && self.punct(p, ','))
                    || !cap
                        && self.word_in(
                            p,
                            &[
                                "as", "with", "that", "when", "once", "until", "before", "and",
                                "but", "because", "while", "now",
                            ],
                        )
            }
        };
        if !opens {
            return false;
        }
        let v = if self.word_is(j + 1, "officially") {
            j + 2
        } else {
            j + 1
        };
        if self.word_in(j, &["spring", "fall"]) {
            self.word_in(v, ARRIVING)
        } else {
            self.word_in(v, ARRIVING) || self.word_in(v, GOING)
        }
    }
}

/// The month a season starts in (see [`crate::time::calendar::season_start`]).
pub fn season_start_month(s: Season) -> u8 {
    match s {
        Season::Spring => 3,
        Season::Summer => 6,
        Season::Fall => 9,
        Season::Winter => 12,
    }
}
