//! Month names: reading one (and the dot after an abbreviation), whether
//! one standing alone is a month ("in May", "the March accession") rather
//! than a word or a name ("Trump and May met", "August Wilson"), and "the
//! month of September".

use crate::time::context;
use crate::time::grammar::Parser;
use crate::time::lexicon::{Kw, Lex, Unit};
use crate::time::sem::{Match, Val};
use crate::time::token::Kind;

impl Parser<'_> {
    /// "the month of September": the month, named at length.
    pub(super) fn month_of(&self, i: usize) -> Option<Match> {
        if !(self.kw(i, Kw::The)
            && self.unit(i + 1) == Some((Unit::Month, false))
            && self.kw(i + 2, Kw::Of)
            && matches!(self.lex(i + 3), Some(Lex::Month { .. })))
        {
            return None;
        }
        self.dates(i + 3)
            .filter(|m| m.modifier.is_none() && matches!(m.val, Val::Month { .. } | Val::Abs(_)))
    }

    /// A month name at `i` (dot skipped after an abbreviation).
    pub(crate) fn month_at(&self, i: usize) -> Option<(u8, bool, usize)> {
        let t = self.tok(i)?;
        let Lex::Month { month, abbr } = t.lex else {
            return None;
        };
        if !t.cap {
            return None;
        }
        let next = if abbr { self.skip_dot(i + 1) } else { i + 1 };
        // "Sept." style abbreviations with an unexpected trailing word glued.
        Some((month, abbr, next))
    }

    /// Whether a month name standing alone at `i` is a month.
    pub(super) fn bare_month_ok(&self, i: usize, month: u8) -> bool {
        let prev_ok = i > 0
            && self.word_in(
                i - 1,
                &[
                    "in",
                    "since",
                    "until",
                    "till",
                    "by",
                    "of",
                    "last",
                    "next",
                    "this",
                    "early",
                    "late",
                    "mid",
                    "from",
                    "through",
                    "to",
                    "before",
                    "after",
                    "during",
                    "between",
                    "and",
                    "or",
                    "that",
                    "each",
                    "every",
                    "late-",
                    "-",
                    // "run November–March": the en dash of a range.
                    "\u{2013}",
                    "on",
                    "throughout",
                    // "would spend March and April touring"
                    "spend",
                    "spends",
                    "spent",
                    "spending",
                ],
            );
        // "GDP figures for May are published", "set for March": not "voted
        // for May", "called for March organizers". (A schedule a few words
        // back, "scheduled for March", is below.)
        let for_month = i > 1
            && self.word_is(i - 1, "for")
            && self.word_in(
                i - 2,
                &[
                    "figures",
                    "data",
                    "numbers",
                    "sales",
                    "results",
                    "statistics",
                    "inflation",
                    "output",
                    "payrolls",
                    "forecast",
                    "estimate",
                    "estimates",
                    "report",
                    "set",
                    // "had been promised for May", "the trade surplus for
                    // March"
                    "promised",
                    "due",
                    "surplus",
                    "deficit",
                    // "the national jobless rate for March", "housing
                    // starts for May", "the contract for May sank"
                    "rate",
                    "starts",
                    "contract",
                    // "fully booked for March", "bookings for May were
                    // up", "fares for June"
                    "booked",
                    "bookings",
                    "reservations",
                    "tickets",
                    "prices",
                    "fares",
                    "rates",
                ],
            );
        // "scheduled for March", "have booked St George's Chapel for May",
        // "the premiere was rescheduled for March": a schedule, a booking
        // or a date moved to, up to seven tokens before "for", names the
        // month (not "voted for May").
        let for_month = for_month
            || i > 2
                && self.word_is(i - 1, "for")
                && (2..=8).filter_map(|d| i.checked_sub(d)).any(|k| {
                    self.word_in(
                        k,
                        &[
                            "booked",
                            "reserved",
                            "rescheduled",
                            "postponed",
                            "delayed",
                            "scheduled",
                            "planned",
                            "slated",
                        ],
                    )
                });
        // "the March accession", "the May election": a month modifying a
        // noun ("the March on Washington", "the May of her youth" are not),
        // ... and after a possessive: "the cartel's March agreement", "at
        // its May meeting".
        let modifies = i > 0
            && (self.word_is(i - 1, "the")
                || self.possessive(i - 1)
                || self.word_is(i - 1, "s") && !self.glued(i))
            && self
                .tok(i + 1)
                .is_some_and(|t| t.kind == Kind::Word && !t.cap)
            && !self.word_in(i + 1, &["of", "on", "to", "for", "from", "in", "and"]);
        // "crude for May delivery", "the March futures contract", "the
        // June WTI contract", "Board of Trade March wheat".
        let contract = self
            .tok(i)
            .is_some_and(|t| context::delivery_month(self.text, t.start, t.end));
        // Weather records: "the sunniest March on record", "a drier than
        // average May", "its highest May reading".
        // So is a month judged by its figures or its weather: "rebounding
        // from a weak March", "after a wet May".
        let described = i > 1
            && (self.superlative(i - 1)
                && (self.word_in(i - 2, &["the", "a"]) || self.possessive(i - 2))
                || self.word_in(i - 1, &["average", "usual", "normal"])
                    && self.word_is(i - 2, "than")
                || self.word_in(i - 2, &["a", "an"])
                    && self.word_in(
                        i - 1,
                        &[
                            "weak", "strong", "soft", "solid", "dismal", "sluggish", "robust",
                            "wet", "dry", "cold", "warm", "mild", "busy", "quiet",
                        ],
                    ));
        // "jailed as recently as May", "as early as March".
        let as_early = i > 1
            && self.word_is(i - 1, "as")
            && self.word_in(i - 2, &["recently", "early", "late", "soon", "far", "back"]);
        // "until at least May", "compared with March".
        let after_phrase = i > 1
            && (self.word_is(i - 1, "least") && self.word_is(i - 2, "at")
                || self.word_is(i - 1, "with") && self.word_is(i - 2, "compared"));
        // "his March Budget", "the November Statement", "the October
        // Plenum": a month naming the set piece of a government's or a
        // party's year, written with a capital as British and Chinese
        // news write them.
        let set_piece = i > 0
            && (self.word_is(i - 1, "the") || self.possessive(i - 1) || self.genitive_s(i - 1))
            && self.tok(i + 1).is_some_and(|t| t.cap)
            && self.word_in(i + 1, &["budget", "statement", "plenum", "reshuffle"]);
        // "will report May sales tomorrow", "March exports rose", "March
        // retail sales": a capitalised month before a noun of figures.
        // ("May's trade figures showed a surplus": or of its own, unless
        // a name or a title goes before: "Theresa May's spending plans",
        // "Mrs. May's".)
        let titled = i > 0
            && (self
                .tok(i - 1)
                .is_some_and(|p| p.kind == Kind::Word && p.cap)
                || self.punct(i - 1, '.'));
        let figures_after = self.tok(i).is_some_and(|t| {
            t.cap && (self.word_is(i + 1, "results") || context::figures_month(self.text, t.end))
        }) || !titled
            && self.genitive_s(i + 2)
            && self
                .tok(i + 2)
                .is_some_and(|s| context::figures_month(self.text, s.end));
        match month {
            5 | 3 => {
                // "Trump and May met", but "in April and May", "in
                // February, May and August".
                let listed = i > 1 && self.month_at(i - 2).is_some();
                // "Job gains for May and June", "the March to May
                // period", "the March-May period", "the May/June series": a
                // month paired with the next one named.
                let paired = (self.word_in(i + 1, &["and", "or", "to", "through"])
                    || self.hyphen(i + 1)
                    || self.punct(i + 1, '\u{2013}')
                    || self.punct(i + 1, '/') && self.glued(i + 1) && self.glued(i + 2))
                    && self.month_at(i + 2).is_some();
                // "March's strike", "March's figures": the month's own
                // thing. (Not May's: in news that is mostly Theresa May.)
                let owns = month == 3
                    && self.genitive_s(i + 2)
                    && self
                        .tok(i + 3)
                        .is_some_and(|t| t.kind == Kind::Word && !t.cap);
                // "March was the wettest month on record", "May is on
                // track to be one of the deadliest months": the subject
                // of what a month was (not "May was forced to resign").
                let month_told = self.word_in(i + 1, &["is", "was", "has", "had"])
                    && (i + 3..i + 12).any(|k| {
                        self.word_in(k, &["month", "months"])
                            && (self.word(k - 1).ends_with("est")
                                || self.word_in(k - 1, &["the", "a", "record", "worst", "best"]))
                    });
                // "the Women's March drew 500,000 people", "the People's
                // March": a march named for those who walk it.
                let named_march = month == 3
                    && i > 2
                    && self.genitive_s(i - 1)
                    && self.tok(i - 3).is_some_and(|t| t.cap)
                    && self.word_in(
                        i - 3,
                        &[
                            "women", "people", "workers", "children", "veterans", "farmers",
                            "students",
                        ],
                    );
                !named_march
                    && (prev_ok
                        || paired
                        || owns
                        || month_told
                        || for_month
                        || figures_after
                        || modifies
                        || set_piece
                        || contract
                        || described
                        || as_early
                        || after_phrase
                        || listed
                            && self.punct(i - 1, ',')
                            && (self.punct(i + 1, ',') || self.word_in(i + 1, &["and", "or"]))
                            && self.month_at(i + 2).is_some())
                    && !(i > 0 && self.word_is(i - 1, "and") && month == 5 && !listed)
            }
            _ => {
                // Sentence-initial capitals still count; a month name as part
                // of a proper name ("August Wilson") is followed by a capital.
                // (Not in a line of capitals, "JUDGE SETS JANUARY TRIAL",
                // unless the month is also a first name, "AUGUST WILSON";
                // nor the capital opening the next line.)
                let shouted = |k: usize| {
                    self.tok(k).is_some_and(|t| {
                        self.text[t.start..t.end]
                            .bytes()
                            .all(|b| !b.is_ascii_lowercase())
                    })
                };
                // (A first name is no date set or named for an event:
                // "JUDGE SETS APRIL TRIAL", "LAWMAKERS SET JUNE VOTE",
                // "RESORTS BRACE FOR RECORD AUGUST".)
                let named_first = matches!(month, 4 | 6 | 8)
                    && !(i > 0
                        && self.word_in(
                            i - 1,
                            &[
                                "set",
                                "sets",
                                "schedules",
                                "plans",
                                "eyes",
                                "targets",
                                "record",
                            ],
                        ))
                    && !self.word_in(
                        i + 1,
                        &[
                            "trial", "vote", "hearing", "election", "poll", "launch", "release",
                            "deadline", "summit", "talks", "strike", "opening", "start",
                        ],
                    );
                let next_cap = self.tok(i + 1).is_some_and(|t| {
                    t.kind == Kind::Word
                        && t.cap
                        && t.gap
                        && !(shouted(i) && shouted(i + 1) && !named_first)
                        && self
                            .tok(i)
                            .is_some_and(|m| !self.text[m.end..t.start].contains('\n'))
                });
                // "Black September", "The Hunt for Red October": a name
                // with a colour's capital before the month.
                let epithet = i > 0
                    && self.tok(i - 1).is_some_and(|t| t.cap)
                    && self.word_in(i - 1, &["black", "red"]);
                // ("the September CPI report": the initials of figures.)
                !epithet && (prev_ok || !next_cap || contract || figures_after || set_piece)
            }
        }
    }
}
