//! The tense of the clause around an expression, to choose between the
//! previous and the next "Thursday" or "August".
//!
//! News reports the past ("officials said Thursday") and announces the
//! future ("will meet Thursday"); the verb nearest to the expression in
//! its sentence decides.
//!
//! This file holds [`Tense`] and [`Scratch`], which reads a sentence once
//! and answers for each expression in it, with the rules that read the
//! whole sentence around the expression. The rest has a file (or a
//! folder) for each job:
//! - [`split`]: reading a lower-cased sentence into its words;
//! - [`view`]: the words of one sentence as every rule reads them;
//! - [`walk`]: the walk outwards from the expression to the marker that
//!   decides, and the clauses and participles it passes over;
//! - [`mod@marker`]: the tense a single word marks, given its neighbours
//!   (a folder: the loop over the groups of rules, and the groups in three
//!   files of their own);
//! - [`lead`]: words right before an expression that decide its tense on
//!   their own;
//! - [`quotes`]: quotations, whose words keep their own tense;
//! - [`words`]: the word lists the rules read, as bits for each word.

mod lead;
mod marker;
mod quotes;
mod split;
mod view;
mod walk;
mod words;

use memchr::memmem;
use std::cell::Cell;
use std::sync::LazyLock;

use super::lexicon::{Key, Lex, classify_in};
use super::sentence::sentence_bounds;
use quotes::{Region, quote_regions};
use split::{Split, auxiliary_of_contraction, expand_wont};
use view::Words;
use walk::{names_weekday, nearest};
use words::{CLASSES, class};

/// What opens an aside inside a sentence (", which ...", ", who ..."),
/// whose clause breaks are then read: searched for in every sentence
/// whose tense is asked, so each search is built once.
static ASIDES: LazyLock<[memmem::Finder<'static>; 2]> =
    LazyLock::new(|| [memmem::Finder::new(", which"), memmem::Finder::new(", who")]);

/// Grammatical time reference of a clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    /// Begun before the document date, with none of the slack a past verb
    /// allows: "since July" written in June is last July.
    Before,
    Present,
    Future,
    /// A plan told from the past, which may lie on either side of the
    /// document date ("had been due to expire on Monday"): the nearest
    /// occurrence.
    Nearest,
    /// A date something was put off or moved to, told in the past
    /// ("postponed the launch to Sept. 1"): such news is told soon after
    /// the move, when the new date lies ahead or has only just come, so
    /// the first occurrence from a few weeks back on.
    Moved,
    Unknown,
}

/// Articles and possessive determiners: the word after one is a noun or
/// an adjective, not a verb ("the end of", "an advanced engine", "raised
/// its forecast").
const DETERMINERS: &[&str] = &["a", "an", "the", "its", "their", "his", "her", "our"];

/// Words that open a subordinate clause, whose verb does not decide for
/// an expression in the main clause, nor the main clause's for one in it:
/// "will cost more from Saturday after the minister raised the duty",
/// "will form a government after winning Monday's election".
const SUBORDINATORS: &[&str] = &[
    "after", "because", "although", "though", "unless", "whether", "if",
];

/// Reusable buffers for [`Scratch::tense_at`], so asking for the tense of
/// many expressions allocates once.
#[derive(Default)]
pub struct Scratch {
    /// The text (address and length) and sentence bounds `lower` holds.
    sentence: Option<(usize, usize, usize, usize)>,
    lower: String,
    words: Vec<(usize, usize)>,
    /// For each word, the lists it belongs to (see [`class`]).
    classes: Vec<u32>,
    /// For each word, the quotation it sits in (see [`quote_regions`]).
    regions: Vec<Region>,
    /// Whether the sentence holds an aside opened by ", which", ", who" or
    /// ", whose" (see `outside_aside` in [`Scratch::tense_at`]).
    asides: bool,
    /// In a sentence with an aside, whether a clause breaks before each
    /// word (see [`clause_break`]): the test for an aside seeks the breaks
    /// around each word the walk passes, so each gap is read once.
    breaks: Vec<bool>,
    /// For each word, its marker once asked (see [`Words::marker`]).
    markers: Vec<Cell<Option<Option<Tense>>>>,
}

impl Scratch {
    /// The tense of the clause around `start..end` of `text`: the marker
    /// nearest to the expression in its sentence (ties go to the word
    /// before it); failing any, the first weak marker ("until").
    pub fn tense_at(&mut self, text: &str, start: usize, end: usize) -> Tense {
        self.tense_in(text, start, end, sentence_bounds(text, start, end))
    }

    /// [`Scratch::tense_at`], given the bounds of the expression's
    /// sentence (`sentence_bounds(text, start, end)`): the tagger finds
    /// them for its own tests too, and they cost more than a lookup.
    pub fn tense_in(
        &mut self,
        text: &str,
        start: usize,
        end: usize,
        bounds: (usize, usize),
    ) -> Tense {
        if timeline_heading(text, start, end) {
            return Tense::Unknown;
        }
        let (s, e) = bounds;
        // One lower-cased copy of the sentence, its words as offsets into
        // it; kept for the next expression in the same sentence.
        if self.sentence != Some((text.as_ptr() as usize, text.len(), s, e)) {
            self.sentence = Some((text.as_ptr() as usize, text.len(), s, e));
            self.lower.clear();
            self.lower.reserve(e - s + KEY_ROOM.len());
            self.lower.push_str(&text[s..e]);
            self.lower.make_ascii_lowercase();
            expand_wont(&mut self.lower);
            self.words.clear();
            self.classes.clear();
            // Room for every word at once (a word and a space at least
            // two bytes): the scratch is new for each text.
            self.words.reserve(e.saturating_sub(s) / 2 + 1);
            self.classes.reserve(e.saturating_sub(s) / 2 + 1);
            // Room after the sentence, cut off again below, so that every
            // word's key is read sixteen bytes at a time (`Key::in_text`
            // goes a byte at a time where fewer remain).
            let len = self.lower.len();
            self.lower.push_str(KEY_ROOM);
            let bytes = self.lower.as_bytes();
            let table = &*CLASSES;
            let mut split = Split::new(&bytes[..len]);
            for (ws, we) in split.by_ref() {
                let we = auxiliary_of_contraction(bytes, ws, we);
                // (A word in mixed case, "iPhone", "eBay", is a name
                // wherever it stands.)
                let raw = text.as_bytes();
                let name = !self.words.is_empty() && raw[s + ws].is_ascii_uppercase()
                    || we - ws > 2
                        && raw[s + ws].is_ascii_lowercase()
                        && raw[s + ws + 1].is_ascii_uppercase();
                self.words.push((ws, we));
                let bits = Key::in_text(bytes, ws, we).map_or(0, |key| table.get(key));
                self.classes
                    .push(if name { bits | class::NAME } else { bits });
            }
            let marks = split.marks;
            name_modal(
                text.as_bytes(),
                s,
                &self.lower[..len],
                &self.words,
                &mut self.classes,
            );
            self.lower.truncate(len);
            self.asides = ASIDES
                .iter()
                .any(|w| w.find(self.lower.as_bytes()).is_some());
            self.breaks.clear();
            if self.asides {
                let (lower, spans) = (self.lower.as_bytes(), &self.words);
                self.breaks.extend(
                    (0..spans.len())
                        .map(|b| b > 0 && clause_break(&lower[spans[b - 1].1..spans[b].0])),
                );
            }
            self.markers.clear();
            self.markers.resize(self.words.len(), Cell::new(None));
            self.regions.clear();
            if marks {
                quote_regions(
                    &self.lower,
                    self.words.iter().map(|w| w.0),
                    &mut self.regions,
                );
            } else {
                self.regions.resize(self.words.len(), Region::Outside);
            }
        }
        // The words that start inside the expression: the words are in
        // order, so two binary searches find them.
        let first = self.words.partition_point(|&(ws, _)| s + ws < start);
        let inside = self.words.partition_point(|&(ws, _)| s + ws < end);
        // (An expression of figures alone, "closed on 11/8", holds no
        // word: it is read where the word before it stands, the
        // preposition that brings it in.)
        let (first, last) = if inside > first {
            (first, inside - 1)
        } else if first > 0 {
            (first - 1, first - 1)
        } else {
            return Tense::Unknown;
        };
        let texts: Vec<&str> = self.words.iter().map(|&(a, b)| &self.lower[a..b]).collect();
        let words = Words {
            lower: &self.lower,
            spans: &self.words,
            texts: &texts,
            classes: &self.classes,
            markers: &self.markers,
        };
        let word = |k: usize| words.word(k);
        // Whether the expression is a weekday, which several rules below
        // read apart from other dates.
        let weekday = || {
            matches!(
                classify_in(text.as_bytes(), start, end),
                Lex::Weekday { .. }
            )
        };
        let here = self.regions.get(first).copied();
        // A capitalised "May" inside a sentence is the month, not the
        // modal ("The May-June period was hot").
        let month_may = |k: usize| {
            k > 0
                && word(k) == "may"
                && self
                    .words
                    .get(k)
                    .is_some_and(|&(a, _)| text.as_bytes()[s + a].is_ascii_uppercase())
        };
        let same_region = |k: usize| self.regions.get(k).copied() == here && !month_may(k);
        // Where the expression's clause ends: "will hold rallies on
        // Saturday, the White House said Friday", "left on Thursday night
        // and will return next week", "queued from 11:30 pm Monday to be
        // among the first" (an infinitive of purpose).
        let spans = &self.words;
        // "warned that the deadline, April 18, would not be extended": a
        // date set beside its noun between commas is of the clause the
        // noun is the subject of, which goes on after the second comma.
        let gap_at = |b: usize| &self.lower.as_bytes()[spans[b - 1].1..spans[b].0];
        let apposed = first >= 2
            && last + 1 < spans.len()
            && gap_at(first) == b", "
            && clause_break(gap_at(last + 1))
            && DETERMINERS.contains(&word(first - 2))
            && !words.past_verb(first - 1);
        let clause_end = (last + 1 + usize::from(apposed)..spans.len())
            .find(|&b| {
                clause_break(&self.lower.as_bytes()[spans[b - 1].1..spans[b].0])
                    || matches!(
                        word(b),
                        "and"
                            | "but"
                            | "while"
                            | "whereas"
                            | "that"
                            | "which"
                            | "who"
                            | "whose"
                            | "what"
                    )
                    || SUBORDINATORS.contains(&word(b))
                    || word(b) == "to" && words.is(b + 1, class::DUE_TO_VERB)
            })
            .unwrap_or(spans.len());
        // "organisers said Sunday would be a rest day", "analysts said the
        // second quarter is going to be grim": a date that is the subject
        // of "will", "would" or "is going to" is what they speak of, ahead.
        // ("introduced in April will be reversed": April is no subject.)
        // So does one of another modal: "warned that the fourth quarter
        // could be worse"; and one after a verb of knowing or fearing
        // with its "that" left out: "we heard the weekend will be
        // impossible", "fear Sunday could bring more storms".
        // (So is the first of two: "warned that January and February
        // could be hotter".)
        let after = if matches!(word(last + 1), "and" | "or")
            && matches!(
                words.lex(last + 2),
                Lex::Month { .. } | Lex::Weekday { .. } | Lex::Season(_)
            ) {
            last + 2
        } else {
            last
        };
        let will = matches!(
            word(after + 1),
            "will" | "would" | "could" | "may" | "might" | "should" | "can"
        ) || matches!(word(after + 1), "is" | "are")
            && word(after + 2) == "going"
            && word(after + 3) == "to";
        if will
            && same_region(after + 1)
            && first > 0
            && matches!(
                word(first - 1),
                "said"
                    | "says"
                    | "say"
                    | "that"
                    | "heard"
                    | "hear"
                    | "think"
                    | "thinks"
                    | "believe"
                    | "believes"
                    | "fear"
                    | "fears"
                    | "feared"
                    | "hope"
                    | "hopes"
                    | "warned"
                    | "warn"
                    | "warns"
            )
        {
            return Tense::Future;
        }
        // So is a possessive date whose noun is: "the council said,
        // while Tuesday's collections will go ahead as normal".
        if word(last + 1) == "s"
            && let Some(k) = (last + 3..=last + 4).find(|&k| matches!(word(k), "will" | "would"))
            && same_region(k)
            && first > 0
            && matches!(
                word(first - 1),
                "said" | "says" | "say" | "that" | "while" | "whereas" | "but" | "and"
            )
        {
            return Tense::Future;
        }
        // "Your April 28 editorial claims that the bypass will save
        // drivers time": a letter answers a piece already printed.
        if first > 0
            && word(first - 1) == "your"
            && matches!(
                word(last + 1),
                "editorial"
                    | "editorials"
                    | "column"
                    | "leader"
                    | "article"
                    | "letter"
                    | "report"
                    | "story"
                    | "piece"
                    | "review"
                    | "issue"
                    | "edition"
            )
        {
            return Tense::Past;
        }
        // "Under Wednesday's agreement, North Korea will disable ...",
        // "Monday's ruling means ...": a day's deal, ruling or attack has
        // happened, whatever the clause says of what follows from it.
        if word(last + 1) == "s"
            && names_weekday(&words, first, last)
            && matches!(
                word(last + 2),
                "agreement"
                    | "accord"
                    | "deal"
                    | "ruling"
                    | "verdict"
                    | "decision"
                    | "announcement"
                    | "attack"
                    | "attacks"
                    | "bombing"
                    | "shooting"
                    | "crash"
                    | "earthquake"
                    | "quake"
                    | "resignation"
                    | "killing"
                    | "killings"
            )
        {
            return Tense::Past;
        }
        // "Thursday's strike has been called off", "cancelled Friday's
        // match": what was called off had been set for a day on either
        // side of the telling: the nearest.
        let called_off = |k: usize| {
            matches!(
                word(k),
                "cancelled" | "canceled" | "scrapped" | "axed" | "averted" | "postponed"
            ) || word(k) == "off" && matches!(words.back(k, 1), "called" | "call")
        };
        if word(last + 1) == "s"
            && ((last + 3..=last + 6).any(|k| {
                called_off(k)
                    && matches!(
                        words.back(k, 1 + usize::from(word(k) == "off")),
                        "been" | "was" | "were"
                    )
                    && same_region(k)
            }) || first > 0 && called_off(first - 1))
        {
            return Tense::Nearest;
        }
        // "The poll, which is updated every Monday, put Rutte's party on
        // 24 seats on Monday": an aside opened by ", which" or ", who"
        // after a sentence's subject keeps its own time and says nothing
        // of an expression outside it. (After a verb, its commas may list
        // things: "succeeds Taylor, who stepped down as chairman,
        // president and chief executive in March".)
        let gap = |b: usize| &self.lower.as_bytes()[spans[b - 1].1..spans[b].0];
        let asides = self.asides;
        let breaks = &self.breaks;
        let outside_aside = |k: usize| {
            if !asides {
                return true;
            }
            let Some(b) = (1..=k).rev().find(|&b| breaks[b]) else {
                return true;
            };
            if !matches!(word(b), "who" | "which" | "whose") || !gap(b).contains(&b',') {
                return true;
            }
            let e = (k + 1..spans.len())
                .find(|&e| breaks[e])
                .unwrap_or(spans.len());
            let listed = (e..first).any(|j| matches!(word(j), "and" | "or"));
            // "Belgium plays Argentina, which beat Switzerland 1-0 today,
            // in Brasilia on Saturday": an aside closed before the
            // expression is one even after a verb.
            // ("The treaty, which will enter into force in 90 days, on
            // Jan. 22": a date right after the aside's last words, a
            // stretch, restates it and is the aside's.)
            let restated = e > 0
                && (first == e || first == e + 1 && matches!(word(e), "on" | "in" | "by"))
                && matches!(
                    word(e - 1),
                    "days" | "weeks" | "months" | "years" | "hours" | "time"
                );
            if restated {
                return true;
            }
            if first >= e && !listed {
                return false;
            }
            (0..b).any(|j| words.marker(j).is_some()) || b <= first && last < e || listed
        };
        let counts = |k: usize| same_region(k) && outside_aside(k);
        let (t, at) = nearest(&words, &counts, first, last, clause_end);
        // "46 percent in the ground as of Sunday", "prices as of Friday
        // are the highest in a year": a state reported as it stood on a
        // day, which has come (not "will be banned as of Monday").
        if first >= 2
            && word(first - 1) == "of"
            && word(first - 2) == "as"
            && matches!(t, Tense::Present | Tense::Nearest | Tense::Unknown)
        {
            return Tense::Past;
        }
        // "to offer the phone in time for Christmas", "are stocking up
        // in time for Christmas": the day lies ahead, unless a past verb
        // tells it done ("shipped its orders in time for Christmas",
        // then the nearest, by the rule for what is done "for" a day
        // below).
        if first >= 3
            && word(first - 1) == "for"
            && word(first - 2) == "time"
            && word(first - 3) == "in"
            && !matches!(t, Tense::Past | Tense::Before)
        {
            return Tense::Future;
        }
        // A deadline named by its day ("before Tuesday's deadline", "the
        // Tuesday deadline", "set a deadline of 8 p.m. Wednesday") lies
        // ahead, unless told in the past, when it may have come: the
        // nearest ("missed Tuesday's deadline", "scrambled to avert war
        // before Tuesday's deadline", written on Monday).
        let deadline = |k: usize| matches!(word(k), "deadline" | "deadlines" | "ultimatum");
        if deadline(last + 1)
            || word(last + 1) == "s" && deadline(last + 2)
            // ("Sept. 30 is the deadline for utilities to file")
            || matches!(word(last + 1), "is" | "was" | "remains")
                && word(last + 2) == "the"
                && deadline(last + 3)
            || first >= 2 && word(first - 1) == "of" && deadline(first - 2)
        {
            // ("Saturday's deadline for a deal passed quietly": one said
            // to have passed has come.)
            let passed = (last + 2..(last + 9).min(clause_end)).any(|k| {
                matches!(word(k), "passed" | "expired" | "lapsed")
                    && !matches!(word(k - 1), "be" | "not" | "never" | "t")
            });
            if passed {
                return Tense::Past;
            }
            return match t {
                Tense::Past | Tense::Before | Tense::Unknown | Tense::Nearest => Tense::Nearest,
                _ => Tense::Future,
            };
        }
        // "have booked St George's Chapel for May", "is fully booked for
        // March": what a place is booked for is still to come.
        if first > 1
            && word(first - 1) == "for"
            && (first.saturating_sub(9)..first - 1)
                .any(|k| matches!(word(k), "booked" | "reserved"))
        {
            return Tense::Future;
        }
        // "Airlines have added extra flights for Thanksgiving", "had sold
        // out its flights for Friday", "stranded travellers heading home
        // for Lunar New Year": what is done for a day is done ahead of it,
        // so a past verb says nothing of which side of the story's date
        // the day falls: the nearest. (Not a unit's span, the figures "for
        // the month"; nor in a sentence that tells with "had" of what came
        // before, "Forecasters had issued a flood warning for Saturday, but
        // the rain arrived early".)
        // So for what was done ahead of a day: "opened Wednesday in New
        // York ahead of its national release on Nov. 22".
        let ahead_of = || {
            (2..=6)
                .filter_map(|d| first.checked_sub(d))
                .any(|k| word(k) == "ahead" && word(k + 1) == "of")
        };
        if t == Tense::Past
            && first > 0
            && (word(first - 1) == "for" || ahead_of())
            && !(0..first).any(|k| word(k) == "had")
            // (Nor figures "for" a period that a verb after them says
            // have been measured: "hotel rates for May rose"; not "have
            // raised rates for March".)
            && !(first > 1
                && super::context::figure_noun(word(first - 2))
                && at.is_some_and(|k| k > last))
            && !(first < last
                && matches!(word(first), "the" | "this" | "that")
                && matches!(
                    classify_in(
                        text.as_bytes(),
                        s + self.words[last].0,
                        s + self.words[last].1
                    ),
                    Lex::Unit { .. }
                ))
        {
            return Tense::Nearest;
        }
        // "canceled most of the August recess", "called off the March
        // meeting": what was called off was to come, and may not have
        // come yet: the nearest. (Not the day of the calling off: "was
        // scrapped on Thursday".)
        // So is what one pulled out of or withdrew from: "have pulled out
        // of Saturday's charity gala", "Lizzo cancels Friday show".
        let calls_off = |k: usize| {
            matches!(
                word(k),
                "canceled" | "cancelled" | "scrapped" | "scrap" | "cancel" | "cancels"
            ) || k > 0
                && match word(k) {
                    "off" => matches!(word(k - 1), "called" | "call" | "calls"),
                    "of" => {
                        word(k - 1) == "out"
                            && k > 1
                            && matches!(word(k - 2), "pulled" | "pull" | "pulls" | "pulling")
                    }
                    "from" => matches!(
                        word(k - 1),
                        "withdrew" | "withdrawn" | "withdraws" | "withdraw" | "withdrawing"
                    ),
                    _ => false,
                }
        };
        if matches!(t, Tense::Past | Tense::Unknown)
            && first > 0
            && (DETERMINERS.contains(&word(first - 1))
                && (1..=4).filter_map(|d| first.checked_sub(d)).any(calls_off)
                || calls_off(first - 1))
        {
            return Tense::Nearest;
        }
        let after = &text[end..];
        // "tickets for the singer's June shows had sold out", "Tickets went
        // on sale on Friday for Westlife's May tour": what tickets are
        // sold for lies ahead, whatever the tense of the selling.
        let shows = (last + 1..spans.len().min(last + 3)).any(|k| {
            matches!(
                word(k),
                "show"
                    | "shows"
                    | "tour"
                    | "dates"
                    | "concert"
                    | "concerts"
                    | "gigs"
                    | "residency"
                    | "performances"
            )
        });
        let ticketed = || {
            (0..spans.len()).any(|k| {
                matches!(word(k), "ticket" | "tickets")
                    || word(k) == "out" && k > 0 && matches!(word(k - 1), "sold" | "sell" | "sells")
            })
        };
        if shows && ticketed() {
            return Tense::Future;
        }
        // "revisit the March lows", "below its August peak": a market's
        // extreme has been reached.
        if [" low", " high", " peak", " trough"].iter().any(|w| {
            after
                .strip_prefix(w)
                .is_some_and(|r| r.is_empty() || r.starts_with(['s', ' ', ',', '.']))
        }) {
            return Tense::Past;
        }
        // "Tuesday's ruling", "August's figures": a possessive date names
        // something that has happened unless the clause says otherwise;
        // reported intentions ("said they would appeal Wednesday's
        // ruling") do not say otherwise.
        let possessive = super::context::possessive(after);
        // "will gauge the impact of Monday's earthquake", "in the
        // aftermath of Sunday's vote": what has consequences has happened.
        if possessive
            && first > 1
            && matches!(word(first - 1), "of" | "from")
            && matches!(
                word(first - 2),
                "impact"
                    | "aftermath"
                    | "fallout"
                    | "wake"
                    | "effects"
                    | "toll"
                    | "victims"
                    | "survivors"
                    | "damage"
                    | "losses"
                    | "cleanup"
                    | "wreckage"
            )
        {
            return Tense::Past;
        }
        // "is recovering after surgery on Tuesday", "recuperating from
        // Sunday's fall": what one recovers from has happened; so has what
        // a state told in the present follows ("remains in hospital after
        // abdominal surgery on Friday", "is resting at Windsor after a
        // night in hospital on Wednesday").
        let state = at.filter(|&k| {
            k < first && matches!(word(k), "is" | "are" | "remains" | "remain" | "stays")
        });
        if (first.saturating_sub(5).max(1)..first).any(|k| {
            matches!(word(k), "after" | "from")
                && matches!(word(k - 1), "recovering" | "recuperating" | "convalescing")
        }) || state.is_some_and(|v| (v + 1..first).any(|k| word(k) == "after"))
            && word(first - 1) == "on"
            && weekday()
        {
            return Tense::Past;
        }
        // "goes on after Sunday's home defeat", "will face Leeds after
        // Saturday's win": an outcome named is known, so has happened.
        if possessive
            && after
                .split_whitespace()
                .skip(1)
                .take(2)
                .map(|w| w.trim_end_matches([',', '.', ';', ':']))
                .any(|w| {
                    matches!(
                        w,
                        "defeat"
                            | "win"
                            | "victory"
                            | "loss"
                            | "draw"
                            | "triumph"
                            | "upset"
                            | "rout"
                    )
                })
        {
            return Tense::Past;
        }
        // ... nor does a future in another clause: "will form a government
        // after winning Monday's election". (Asked only when the marker
        // found might lie outside the expression's clause.)
        let clause_start = || {
            (1..=first)
                .rev()
                .find(|&b| {
                    clause_break(&self.lower.as_bytes()[spans[b - 1].1..spans[b].0])
                        // "after winning Monday's election"; not the
                        // preposition of "after Monday's holiday".
                        || b < first && SUBORDINATORS.contains(&word(b - 1))
                })
                .unwrap_or(0)
        };
        // "Kohl, who cut short a visit on Friday, is expected to return":
        // an aside opened by ", who" or ", which" keeps its own time; the
        // main clause after it says nothing of it.
        let opens_aside = |b: usize| {
            b > 0
                && matches!(word(b), "who" | "which" | "whose")
                && clause_break(&self.lower.as_bytes()[spans[b - 1].1..spans[b].0])
        };
        if at.is_some_and(|k| k >= clause_end) && opens_aside(clause_start()) {
            return Tense::Unknown;
        }
        // "With the Olympic Games opening in Rio on Aug. 5, officials
        // said": a phrase opened by "with" keeps its participle's time,
        // on either side of the document date, not the main verb's after
        // it.
        if at.is_some_and(|k| k >= clause_end) && {
            let c = clause_start();
            word(c) == "with" && (c + 2..first).any(|j| word(j).ends_with("ing"))
        } {
            return Tense::Nearest;
        }
        let elsewhere = t == Tense::Future && at.is_some_and(|k| k < clause_start());
        let reported = t == Tense::Future && at.is_some_and(|k| word(k) == "would");
        // "The players return to their clubs for Saturday's fixtures": a
        // timetable looks ahead even to a possessive date.
        let timetable = at.is_some_and(|k| words.is(k, class::PLURAL_TIMETABLE));
        // (What is done before a possessive date's event is not done
        // after it: "a silence would be held before Saturday's match".)
        let before_it = first > 0 && word(first - 1) == "before";
        // (Not an event held on a set day, which may well lie ahead:
        // "said his side would take nothing for granted in Wednesday's
        // final", "tickets for Sunday's match are sold out".)
        let scheduled = possessive && {
            let noun = |k: usize| {
                matches!(
                    word(k),
                    "final"
                        | "match"
                        | "game"
                        | "race"
                        | "derby"
                        | "fixture"
                        | "summit"
                        | "debate"
                        | "hearing"
                        | "ceremony"
                        | "concert"
                        | "parade"
                        | "launch"
                        | "referendum"
                        | "primary"
                        | "caucuses"
                        | "funeral"
                        | "memorial"
                        | "wedding"
                        | "inauguration"
                        | "talks"
                        | "service"
                        | "mass"
                        | "vigil"
                        | "rally"
                        | "march"
                        | "premiere"
                        | "festival"
                        | "gala"
                        | "show"
                        | "gig"
                        | "procession"
                        | "episode"
                        | "broadcast"
                        | "finale"
                )
            };
            (last + 2..=last + 5).any(noun)
        };
        // "Thursday's episode features a guest appearance", "Sunday's
        // rally draws criticism": the present of such an event (or a
        // clause with no tense at all) previews one to come or, as a
        // headline does, tells of one just held: the nearest.
        if scheduled && matches!(t, Tense::Present | Tense::Unknown) {
            return Tense::Nearest;
        }
        // "wrapped up campaigning on Friday for Sunday's election", "named
        // an unchanged side for Saturday's match", "waited for the outcome
        // of Thursday's general election": an event held on a set day
        // that something is done for, or whose outcome is awaited, is the
        // nearest such day, whatever the verb's tense; the clause's past
        // tells of the doing, not of the event.
        if possessive && first > 1 && {
            let held = |k: usize| {
                matches!(
                    word(k),
                    "election" | "elections" | "vote" | "poll" | "polls" | "runoff"
                )
            };
            (scheduled || (last + 2..=last + 4).any(held))
                && (word(first - 1) == "for"
                    || word(first - 1) == "of"
                        && matches!(word(first - 2), "outcome" | "result" | "results"))
        } {
            // ("said his team would be ready for Sunday's wild-card game":
            // what is readied for in a clause ahead is ahead too.)
            return if t == Tense::Future {
                Tense::Future
            } else {
                Tense::Nearest
            };
        }
        let forecast_after = matches!(t, Tense::Present | Tense::Unknown)
            && after
                .strip_prefix("'s ")
                .or_else(|| after.strip_prefix(' '))
                .is_some_and(|r| r.starts_with("forecast") || r.starts_with("outlook"));
        if possessive
            && !scheduled
            && !forecast_after
            && (reported && !before_it
                || elsewhere
                || matches!(t, Tense::Present | Tense::Unknown) && !timetable)
        {
            return Tense::Past;
        }
        // "Monday's frost could cut the crop by half", "The takeover of
        // Congress on Tuesday could reshape the farm bill", "debating
        // whether he should step aside after Thursday's debate": what a
        // modal weighs are the consequences of a day's event, which may
        // lie on either side of the story's date: the nearest such day.
        if t == Tense::Future
            && at.is_some_and(|k| {
                matches!(word(k), "could" | "may" | "might" | "should")
                    && (k > last
                        || possessive
                            && first > 0
                            && matches!(word(first - 1), "after" | "following"))
            })
            && weekday()
        {
            return Tense::Nearest;
        }
        // "cut its deposit rate from Friday", "the ban applies from
        // Monday": a change that takes effect on a weekday, unless the
        // weekday starts a range ("from Friday to Sunday", "a Category 5
        // hurricane from Monday into Tuesday").
        // "fell to 8.06% from 8.11% Tuesday": a figure before the weekday
        // is the one compared with, that day's.
        let figure_from = first > 0
            && word(first - 1) == "from"
            && words.gap_before(first).bytes().any(|b| b.is_ascii_digit())
            && weekday();
        if figure_from {
            return Tense::Past;
        }
        // ("took effect from Sunday", "the curfew lifted from Monday": a
        // change a verb plainly past tells of has come; "cut its rate from
        // Friday" may be either.)
        let plainly_past = t == Tense::Past
            && at.is_some_and(|k| {
                word(k).ends_with("ed") || matches!(word(k), "took" | "began" | "came" | "went")
            });
        if first > 0
            && !plainly_past
            && word(first - 1) == "from"
            // "up from Friday": a comparison with the day before; so are
            // "down slightly from Wednesday", "barely changed from
            // Thursday".
            && !(2..=3).filter_map(|d| first.checked_sub(d)).any(|k| {
                matches!(
                    word(k),
                    "up" | "down" | "higher" | "lower" | "changed" | "unchanged"
                )
            })
            // (Nor the first date of a plan moved: "postponed from
            // Tuesday", "delayed from Sunday by rain".)
            && !(first > 1 && words.is(first - 2, class::RESCHEDULE))
            && weekday()
            && ![" to ", " until ", " through ", " till ", " into ", "-", " and "]
                .iter()
                .any(|c| after.starts_with(c))
            && !possessive
        {
            return Tense::Future;
        }
        // "a look at the weekend forecast", "the Friday outlook",
        // "Saturday's forecast calls for rain": what is forecast lies
        // ahead, where no verb says it is gone ("the weekend forecast
        // proved wrong").
        if forecast_after {
            return Tense::Future;
        }
        // So does the day of a forecast told without a verb, as weather
        // reports are: "Lows tonight in the upper 40s, highs Wednesday
        // near 70", "Tuesday: mostly sunny".
        if t == Tense::Unknown && (0..words.len()).any(|k| words.is(k, class::WEATHER)) {
            return Tense::Future;
        }
        // "before Jan. 1, nine months away", "With Christmas a week away":
        // a date so far off is ahead.
        // (The separators are ASCII, so the bytes split where the chars
        // would, and far faster.)
        if let Some(rest) = after.strip_prefix(", ").or_else(|| after.strip_prefix(' ')) {
            let unit = |w: &[u8]| {
                matches!(
                    w,
                    b"days"
                        | b"weeks"
                        | b"months"
                        | b"years"
                        | b"day"
                        | b"week"
                        | b"month"
                        | b"year"
                )
            };
            let mut before: &[u8] = b"";
            for w in rest
                .as_bytes()
                .split(|b| matches!(b, b' ' | b',' | b'.' | b';'))
                .take(4)
            {
                if w == b"away" && unit(before) {
                    return Tense::Future;
                }
                before = w;
            }
        }
        // "now see the rate reaching 3.4% by December": a deadline in a
        // clause about the present lies ahead, as does one set for a task
        // ("a race against time to finish the championships by Sunday";
        // not "rose to 5% by Friday").
        let task = || {
            (3..=7).filter_map(|d| first.checked_sub(d)).any(|k| {
                word(k + 1) == "to"
                    && matches!(
                        word(k),
                        "time"
                            | "race"
                            | "racing"
                            | "bid"
                            | "effort"
                            | "push"
                            | "rush"
                            | "scramble"
                            | "scrambling"
                            | "deadline"
                            | "pressure"
                            | "struggling"
                            | "working"
                            | "need"
                            | "needs"
                            | "has"
                            | "have"
                    )
            })
        };
        // So does one asked for, promised or needed: "have asked the WHO for
        // travel advice by July 9" (not across a comma). (Not one told as
        // earlier, nor an order told in the passive, which may have been
        // carried out already: "Companies were required to begin
        // inspections by June 3", written in July; the infinitive after
        // it takes the nearest date.)
        let asked = || {
            words.back_in_clause(first, 2, 8).any(|k| {
                matches!(
                    word(k),
                    "asked"
                            | "urged"
                            | "promised"
                            | "pledged"
                            | "vowed"
                            // "said the airline needed the savings in place
                            // by Jan. 31", "ordered the firm to pay by Friday"
                            | "needed"
                            | "required"
                            | "demanded"
                            | "ordered"
                ) && !matches!(words.back(k, 1), "had" | "was" | "were")
            })
        };
        if first > 0
            && word(first - 1) == "by"
            && (matches!(t, Tense::Present | Tense::Unknown) || task() || asked())
        {
            return Tense::Future;
        }
        // What a headline that gives no tense readies for on a weekday is
        // to come ("TELESCOPE READY FOR FRIDAY LAUNCH"). (A headline's
        // verbs are capitalised like names, and read as none: "QUAKE
        // HITS TOKYO ON MONDAY" still tells of the past.)
        if t == Tense::Unknown
            && first > 0
            && word(first - 1) == "for"
            && text[..s].trim().is_empty()
            && words.headline()
            && weekday()
        {
            return Tense::Future;
        }
        t
    }
}

/// Whether the expression at `start..end` heads a line of a timeline
/// ("Monday \u{2014} Regulators close the bank."): such entries are written
/// in the present whether they are past or ahead, so the verb says
/// nothing.
fn timeline_heading(text: &str, start: usize, end: usize) -> bool {
    let line_start = text[..start].trim_end_matches([' ', '\t']).ends_with('\n')
        || text[..start].trim().is_empty();
    let rest = text[end..].trim_start_matches(' ');
    line_start
        && ["\u{2014}", "\u{2013}", "- ", "--"]
            .iter()
            .any(|d| rest.starts_with(d))
}

/// Marks a capitalised "May" before a past form as a name, not the
/// modal: "May said on Sunday", "May called the election on April 18",
/// "Labour said May had failed" speak of Theresa May, and the modal
/// never takes a past form. ("May" before a bare infinitive, "May shut
/// on Monday", and the lower-case "may" stay modals.)
///
/// So is a capitalised "Will" or "May" before a surname and a past form:
/// "Will Smith slapped Chris Rock on Sunday night", "Will Young performed
/// on Saturday".
fn name_modal(text: &[u8], s: usize, lower: &str, words: &[(usize, usize)], classes: &mut [u32]) {
    let word = |k: usize| words.get(k).map_or("", |&(a, b)| &lower[a..b]);
    let capital = |k: usize| {
        words
            .get(k)
            .is_some_and(|w| text.get(s + w.0).is_some_and(u8::is_ascii_uppercase))
    };
    // ("ago", "since" and "yesterday" share the list of past forms.)
    let past = |classes: &[u32], k: usize| {
        let (next, bits) = (word(k), classes.get(k).copied().unwrap_or(0));
        bits & class::IRREGULAR_PAST != 0 && !matches!(next, "ago" | "since" | "yesterday")
            || next.len() >= 5 && next.ends_with("ed") && bits & class::NOT_PAST_ED == 0
    };
    for k in 0..words.len().saturating_sub(1) {
        if !capital(k) || !matches!(word(k), "may" | "will") {
            continue;
        }
        let named = word(k) == "may" && past(classes, k + 1)
            || capital(k + 1)
                && !matches!(
                    word(k + 1),
                    "i" | "the" | "it" | "he" | "she" | "we" | "they"
                )
                && past(classes, k + 2);
        if named {
            classes[k] = class::NAME;
        }
    }
}

/// Whether the text between two words breaks a clause: ", ", ";", ": ",
/// "(", "--" or a dash ("1,200" between words does not).
fn clause_break(sep: &[u8]) -> bool {
    sep.iter().enumerate().any(|(k, &c)| match c {
        b',' | b':' => sep.get(k + 1).is_some_and(u8::is_ascii_whitespace),
        b';' | b'(' => true,
        b'-' => sep.get(k + 1) == Some(&b'-'),
        0xe2 => sep[k..].starts_with("\u{2014}".as_bytes()),
        _ => false,
    })
}

/// The tense of the clause around `start..end` of `text` (see
/// [`Scratch::tense_at`]).
#[cfg(test)]
pub fn tense_at(text: &str, start: usize, end: usize) -> Tense {
    Scratch::default().tense_at(text, start, end)
}

/// Whether `word` is a past form, a past tense or a participle
/// ("adjourned", "held"), by the ending or the irregular forms the tense
/// walk knows.
pub(super) fn past_form(word: &str) -> bool {
    word.ends_with("ed")
        || Key::of(word.as_bytes()).is_some_and(|k| CLASSES.get(k) & class::IRREGULAR_PAST != 0)
}

/// Sixteen spaces: see where a sentence's words are read.
const KEY_ROOM: &str = "                ";

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str, w: &str) -> Tense {
        let start = s.find(w).unwrap_or(0);
        tense_at(s, start, start + w.len())
    }

    #[test]
    fn picks_nearest_verb() {
        assert_eq!(
            t("On Thursday, officials spoke to reporters.", "Thursday"),
            Tense::Past
        );
        assert_eq!(
            t("The board will meet on Thursday.", "Thursday"),
            Tense::Future
        );
        assert_eq!(
            t("He said Friday that the plant will close.", "Friday"),
            Tense::Past
        );
        assert_eq!(
            t("Officials said the vote will be held Thursday.", "Thursday"),
            Tense::Future
        );
    }
}
