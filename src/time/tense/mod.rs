//! The tense of the clause around an expression, to choose between the
//! previous and the next "Thursday" or "August".
//!
//! News reports the past ("officials said Thursday") and announces the
//! future ("will meet Thursday"); the verb nearest to the expression in
//! its sentence decides.

mod lead;
mod marker;
mod quotes;
mod words;

use memchr::memmem;
use std::cell::Cell;
use std::sync::LazyLock;

use super::lexicon::{Key, Lex, classify_in};
use super::sentence::sentence_bounds;
use lead::{after_what, ahead_of, lead_in, year_end_of};
use marker::marker;
use quotes::{Region, is_mark, quote_regions};
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
    Unknown,
}

/// The words of one sentence, lower-cased, with their list classes.
struct Words<'a> {
    lower: &'a str,
    spans: &'a [(usize, usize)],
    /// The words themselves, `lower` at `spans`, cut once: the rules ask
    /// for words far more often than there are words, and cutting a
    /// string checks each time that its bounds fall between characters.
    texts: &'a [&'a str],
    classes: &'a [u32],
    /// For each word, its marker once it has been asked (`None` before;
    /// see [`Words::marker`]).
    markers: &'a [Cell<Option<Option<Tense>>>],
}

impl<'a> Words<'a> {
    /// Word `k`, or "" past either end.
    fn word(&self, k: usize) -> &'a str {
        self.texts.get(k).copied().unwrap_or("")
    }

    /// Word `k` counted back from `from` ("" before the start).
    fn back(&self, from: usize, k: usize) -> &'a str {
        from.checked_sub(k).map_or("", |j| self.word(j))
    }

    /// Whether a count stands right before word `k` ("159 runs"; not a
    /// year, as in "fiscal 2024 ends June 30").
    fn after_number(&self, k: usize) -> bool {
        let from = k.checked_sub(1).map_or(0, |j| self.spans[j].1);
        self.spans.get(k).is_some_and(|&(a, _)| {
            let gap = self.lower[from..a].trim_end();
            let digits = gap.bytes().rev().take_while(u8::is_ascii_digit).count();
            // "1.8353 marks" is a sum, whatever its length.
            let decimal = gap.len() > digits && gap.as_bytes()[gap.len() - digits - 1] == b'.';
            digits > 0 && (digits != 4 || decimal)
        })
    }

    /// The text between word `k - 1` (or the sentence start) and word `k`.
    fn gap_before(&self, k: usize) -> &'a str {
        let from = k.checked_sub(1).map_or(0, |j| self.spans[j].1);
        self.spans
            .get(k)
            .map_or("", |&(a, _)| self.lower.get(from..a).unwrap_or(""))
    }

    /// Whether a comma or a semicolon comes between word `k - 1` and word
    /// `k`: the clause may end there. (Not the comma of a figure: "there
    /// could be 10,000 new cases a week by December".)
    #[inline]
    fn comma_before(&self, k: usize) -> bool {
        let gap = self.gap_before(k).as_bytes();
        // (Most gaps are one space: asked first, as the rules ask this of
        // many words.)
        gap != b" "
            && gap.iter().enumerate().any(|(i, &c)| {
                c == b';' || c == b',' && !gap.get(i + 1).is_some_and(u8::is_ascii_digit)
            })
    }

    /// The words `near` to `far` back from word `first`, nearest first,
    /// as long as no comma or semicolon stands between them and it: the
    /// words of its clause before it, which the lead-in rules read.
    fn back_in_clause(
        &self,
        first: usize,
        near: usize,
        far: usize,
    ) -> impl Iterator<Item = usize> + '_ {
        (near..=far)
            .map_while(move |d| first.checked_sub(d))
            .take_while(move |&k| !self.comma_before(k + 1))
    }

    /// Whether word `k` ("from") compares a figure with an earlier one:
    /// "up from 35 per cent", "down from Friday", "unchanged from the
    /// March quarter"; not a verb's particle ("checkpoints will be
    /// stepped up from Monday").
    fn comparison_from(&self, k: usize) -> bool {
        self.word(k) == "from"
            && match self.back(k, 1) {
                "unchanged" => true,
                "up" | "down" => !self.back(k, 2).ends_with("ed"),
                _ => false,
            }
    }

    /// The marker of word `k` (see [`mod@marker`]). It depends on the
    /// sentence alone, and the walks for the expressions of a sentence,
    /// and the search for an aside's verb, ask of the same words again:
    /// each is worked out once.
    fn marker(&self, k: usize) -> Option<Tense> {
        let memo = self.markers.get(k);
        if let Some(known) = memo.and_then(Cell::get) {
            return known;
        }
        let found = marker(self, k);
        if let Some(memo) = memo {
            memo.set(Some(found));
        }
        found
    }

    /// Whether word `k` is in the list of class `bit`.
    fn is(&self, k: usize, bit: u32) -> bool {
        self.classes.get(k).is_some_and(|c| c & bit != 0)
    }

    fn len(&self) -> usize {
        self.spans.len()
    }

    /// Whether word `k` continues a name inside running text: a capital
    /// after a capital ("the French Open on Monday", "Grand Central
    /// Terminal"), in a sentence that is not a headline capitalising its
    /// words (there most words are capitals).
    fn in_name(&self, k: usize) -> bool {
        k > 0 && self.is(k, class::NAME) && self.is(k - 1, class::NAME) && !self.headline()
    }

    /// Whether the sentence is a headline capitalising its words: most
    /// of them are capitals. A headline drops its auxiliaries ("PARADE
    /// MOVED TO SATURDAY" is "has been moved").
    fn headline(&self) -> bool {
        2 * self
            .classes
            .iter()
            .filter(|&&c| c & class::NAME != 0)
            .count()
            >= self.len()
    }
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

/// Words that mark the future only when nothing else in the sentence
/// does: "until Thursday" is a deadline ahead, but "until Thursday, they
/// had not called him a suspect" is past.
const WEAK: &[&str] = &["until"];

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
                let name = !self.words.is_empty() && text.as_bytes()[s + ws].is_ascii_uppercase();
                self.words.push((ws, we));
                let bits = Key::in_text(bytes, ws, we).map_or(0, |key| table.get(key));
                self.classes
                    .push(if name { bits | class::NAME } else { bits });
            }
            let marks = split.marks;
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
        let Some(last) = self
            .words
            .partition_point(|&(ws, _)| s + ws < end)
            .checked_sub(1)
            .filter(|&last| last >= first)
        else {
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
        let clause_end = (last + 1..spans.len())
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
        let will = matches!(
            word(last + 1),
            "will" | "would" | "could" | "may" | "might" | "should" | "can"
        ) || matches!(word(last + 1), "is" | "are")
            && word(last + 2) == "going"
            && word(last + 3) == "to";
        if will
            && same_region(last + 1)
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
            if first >= e && !listed {
                return false;
            }
            (0..b).any(|j| words.marker(j).is_some()) || b <= first && last < e || listed
        };
        let counts = |k: usize| same_region(k) && outside_aside(k);
        let (t, at) = nearest(&words, &counts, first, last, clause_end);
        let after = &text[end..];
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
            )
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
                )
            };
            (last + 2..=last + 5).any(noun)
        };
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
            return Tense::Nearest;
        }
        if possessive
            && !scheduled
            && (reported && !before_it
                || elsewhere
                || matches!(t, Tense::Present | Tense::Unknown) && !timetable)
        {
            return Tense::Past;
        }
        // "cut its deposit rate from Friday", "the ban applies from
        // Monday": a change that takes effect on a weekday, unless the
        // weekday starts a range ("from Friday to Sunday").
        // "fell to 8.06% from 8.11% Tuesday": a figure before the weekday
        // is the one compared with, that day's.
        let figure_from = first > 0
            && word(first - 1) == "from"
            && words.gap_before(first).bytes().any(|b| b.is_ascii_digit())
            && matches!(
                classify_in(text.as_bytes(), start, end),
                Lex::Weekday { .. }
            );
        if figure_from {
            return Tense::Past;
        }
        if first > 0
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
            && matches!(
                classify_in(text.as_bytes(), start, end),
                Lex::Weekday { .. }
            )
            && ![" to ", " until ", " through ", " till ", "-", " and "]
                .iter()
                .any(|c| after.starts_with(c))
            && !possessive
        {
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
        // travel advice by July 9" (not across a comma).
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
                ) && words.back(k, 1) != "had"
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
            && matches!(
                classify_in(text.as_bytes(), start, end),
                Lex::Weekday { .. }
            )
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

/// The marker nearest to words `first..=last` of a sentence.
/// Only words for which `counts` holds are considered. A marker from word
/// `clause_end` on, past the end of the expression's clause, counts only
/// when none comes before the expression ("On Thursday, officials
/// spoke"). Returns the tense and the index of the word that decided it.
fn nearest(
    words: &Words,
    counts: &dyn Fn(usize) -> bool,
    first: usize,
    last: usize,
    clause_end: usize,
) -> (Tense, Option<usize>) {
    if year_end_of(words, first) {
        let found = walk(words, counts, first, last, clause_end).0;
        let t = if matches!(found, Tense::Past | Tense::Before) {
            found
        } else {
            Tense::Nearest
        };
        return (t, None);
    }
    if let Some(t) = lead_in(words, first, last) {
        return (t, None);
    }
    let found = walk(words, counts, first, last, clause_end);
    // "A depression that formed in the Caribbean on Wednesday could
    // become a hurricane": a date in a relative clause in the past is of
    // that clause, whatever the main verb after it says.
    if found.1.is_some_and(|k| k > last)
        && let Some(k) = relative_past(words, first)
        && counts(k)
    {
        return (Tense::Past, Some(k));
    }
    // So is one in a relative clause ahead: "The band that will play the
    // halftime show on Sunday spent Thursday night rehearsing".
    if found.1.is_some_and(|k| k > last)
        && let Some(k) = relative_will(words, first)
        && counts(k)
    {
        return (Tense::Future, Some(k));
    }
    // What something comes ahead of lies after it: after what is now or
    // to come ("the figures come ahead of an EU summit on Thursday"), so
    // ahead; after what has happened ("the pound fell ahead of France's
    // referendum on Sunday", "travelers jammed trains ahead of
    // Thanksgiving"), on either side of the document date.
    // And what something to come follows may lie on either side of the
    // document date: "It will be the third strike this year, after
    // walkouts in March".
    if found.0 == Tense::Future && after_what(words, first) {
        return (Tense::Nearest, None);
    }
    // (Done today, it is ahead of today: "parties wound up their
    // campaigns today ahead of elections on Monday".)
    if ahead_of(words, first) {
        let today = || {
            (1..=12)
                .filter_map(|d| first.checked_sub(d))
                .any(|k| matches!(words.word(k), "today" | "tonight"))
        };
        let t = if matches!(found.0, Tense::Past | Tense::Before) && !today() {
            Tense::Nearest
        } else {
            Tense::Future
        };
        return (t, None);
    }
    found
}

/// The word opening the verb of a relative clause the expression at
/// `first` stands in ("that formed", "who will lead"): the word after
/// "that", "which" or "who", within `reach` words before it and with no
/// break between.
fn relative_verb(words: &Words, first: usize, reach: usize) -> Option<usize> {
    (1..=reach)
        .map_while(|d| first.checked_sub(d))
        .take_while(|&j| !clause_break(words.gap_before(j + 1).as_bytes()))
        .find(|&j| matches!(words.word(j), "that" | "which" | "who") && j + 1 < first)
        .map(|j| j + 1)
}

/// The past verb of a relative clause the expression at `first` stands
/// in: "that formed", "which hit", "who died", within eight words before
/// it.
fn relative_past(words: &Words, first: usize) -> Option<usize> {
    relative_verb(words, first, 8).filter(|&v| {
        let w = words.word(v);
        (w.ends_with("ed") && !words.is(v, class::NOT_PAST_ED)
            || words.is(v, class::IRREGULAR_PAST))
            && !words.is(v, class::NAME)
    })
}

/// The "will" opening a relative clause the expression at `first` stands
/// in: "that will play", "who will lead", as [`relative_past`] finds a
/// past one (a plan's clause runs longer: "pilots who will try to catch a
/// falling space capsule in mid-air Wednesday").
fn relative_will(words: &Words, first: usize) -> Option<usize> {
    relative_verb(words, first, 12).filter(|&v| words.word(v) == "will")
}

/// The strong marker nearest to the expression, walking outwards (see
/// [`nearest`]).
fn walk(
    words: &Words,
    counts: &dyn Fn(usize) -> bool,
    first: usize,
    last: usize,
    clause_end: usize,
) -> (Tense, Option<usize>) {
    let n = words.len();
    let word = |k: usize| words.word(k);
    // Walk outwards: the first strong marker found is the nearest. A
    // preposition before the expression belongs to it: in "the rise
    // introduced in April will be reversed", "introduced" is as near as
    // "will".
    let mut weak: Option<(usize, Tense)> = None;
    let mut beyond: Option<(usize, Tense)> = None;
    let prep = usize::from(
        first > 0
            && matches!(
                word(first - 1),
                "in" | "on" | "at" | "during" | "from" | "through" | "over" | "within" | "around"
            ),
    );
    // "have agreed that from July to September they will close plants":
    // an expression that opens a "that" clause takes the clause's own
    // verb, after it; the verb before "that" is the main clause's, asked
    // only when the clause has none.
    let opens_that = first > prep && word(first - 1 - prep) == "that";
    let mut main: Option<(usize, Tense)> = None;
    let reach = first.max(n - 1 - last);
    for d in 1..=reach {
        let before = first.checked_sub(d + prep);
        for (k, after) in [(before, false), (Some(last + d), true)] {
            let Some(k) = k.filter(|&k| k < n && counts(k)) else {
                continue;
            };
            let Some(mut t) = words.marker(k) else {
                continue;
            };
            // "On Friday, the government planned to ...": the plan was
            // made then; the intention points ahead only from before.
            // So was a schedule set with its object after it: "A judge
            // on Monday scheduled a Jan. 21 hearing" (not "the vote on
            // Monday is scheduled").
            let scheduled = word(k) == "scheduled"
                && DETERMINERS.contains(&word(k + 1))
                && !matches!(
                    words.back(k, 1),
                    "is" | "are" | "was" | "were" | "be" | "been" | "being" | "s" | "has" | "have"
                );
            if after && t == Tense::Future && (word(k) == "planned" || scheduled) {
                t = Tense::Past;
            }
            // "agreed in Tokyo on September 1 to cooperate", "ordered
            // residents on Friday to leave": a date between a past
            // intention and its infinitive is the intention's own. (Not
            // in the passive: "is expected on Wednesday to raise rates".)
            if after
                && t == Tense::Future
                && word(k.saturating_sub(1)) == "to"
                && (first.saturating_sub(6)..first).any(|j| {
                    words.is(j, class::INTENT)
                        && (word(j).ends_with("ed") || words.is(j, class::IRREGULAR_PAST))
                        && !matches!(
                            words.back(j, 1),
                            "is" | "are" | "was" | "were" | "be" | "been" | "being"
                        )
                })
            {
                t = Tense::Past;
            }
            // "Cuba predicted Wednesday", "than forecast in November": a
            // date right after a past forecast is when it was made; its
            // object lies ahead ("predicted a mild Christmas", "predicts
            // Wednesday will be its busiest day"). So is one before it:
            // "Its last report, in January, predicted a fall".
            // (Not in the passive of the present: "More rain is forecast
            // over the weekend" lies ahead.)
            if (after || d == 1)
                && t == Tense::Future
                && words.is(k, class::FORECAST)
                && (word(k).ends_with("ed") || word(k) == "forecast")
                && !matches!(words.back(k, 1), "is" | "are")
            {
                t = Tense::Past;
            }
            // (A participle right before the expression dates its own
            // act: "would accelerate a buyback authorized in February".)
            if !after && d > 2 && t == Tense::Past && participle_after_modal(words, k) {
                continue;
            }
            // (Nor does one after a noun past the expression that it
            // describes: "guarantee delivery by Christmas for orders
            // placed by Dec. 21", "will be cut in April under measures
            // announced in the budget".)
            if after
                && t == Tense::Past
                && k >= last + 3
                && word(k).ends_with("ed")
                && matches!(
                    word(k - 2),
                    "for"
                        | "of"
                        | "on"
                        | "to"
                        | "from"
                        | "with"
                        | "under"
                        | "by"
                        | "in"
                        | "at"
                        | "over"
                        | "into"
                        | "against"
                        | "amid"
                        | "about"
                )
            {
                continue;
            }
            // ("will pay a dividend of 42 cents, fully franked, on
            // October 3": nor does one in an aside between commas.)
            if !after && t == Tense::Past && participle_aside(words, k, first) {
                continue;
            }
            if opens_that && !after && k + 1 + prep < first {
                main.get_or_insert((k, t));
            } else if WEAK.contains(&word(k)) {
                if weak.is_none_or(|(w, _)| k < w) {
                    weak = Some((k, t));
                }
            } else if after && k >= clause_end {
                // (Not from a clause of its own: "the minimum wage rises
                // at midnight, after voters approved the change".)
                if !SUBORDINATORS.contains(&word(clause_end)) {
                    beyond.get_or_insert((k, t));
                }
            } else {
                return (t, Some(k));
            }
        }
    }
    main.or(beyond)
        .or(weak)
        .map_or((Tense::Unknown, None), |(k, t)| (t, Some(k)))
}

/// Whether the past form at `k` opens an aside between commas that ends
/// before the expression at `first`, so describes a noun rather than
/// telling what was done: "a final dividend, fully franked, on October
/// 3", "the company, founded in 1990, on Monday". Only a bare form counts
/// ("was founded" is a verb), after the comma or one adverb after it.
fn participle_aside(words: &Words, k: usize, first: usize) -> bool {
    let w = words.word(k);
    if !(w.ends_with("ed") || words.is(k, class::IRREGULAR_PAST)) {
        return false;
    }
    let opens = |j: usize| words.gap_before(j).contains(',');
    let opened = opens(k) || k > 0 && words.word(k - 1).ends_with("ly") && opens(k - 1);
    opened && (k + 1..=first).take(4).any(opens)
}

/// Whether the past form at `k` follows a modal's verb in its clause, so
/// is a participle, not the clause's verb: "Orbis would cut the cost of
/// calls made abroad from 1 April" ("would have made", "will be sold"
/// are the modal's own verb chain).
fn participle_after_modal(words: &Words, k: usize) -> bool {
    if k == 0
        || matches!(
            words.word(k),
            "was" | "were" | "had" | "did" | "yesterday" | "ago" | "since"
        )
    {
        return false;
    }
    if matches!(
        words.word(k - 1),
        "be" | "been" | "being" | "have" | "has" | "had" | "not" | "never"
    ) {
        return false;
    }
    for j in (0..k).rev() {
        if clause_break(words.gap_before(j + 1).as_bytes()) {
            return false;
        }
        match words.word(j) {
            "will" | "would" | "shall" | "can" | "could" | "may" | "might" | "must" => {
                return j + 1 < k;
            }
            // (Not "unless": "would withdraw unless the UN took control
            // by June 30" is a condition on what lies ahead, so the
            // modal still decides.)
            "and" | "or" | "but" | "that" | "which" | "who" | "when" | "after" | "before"
            | "because" | "if" | "as" | "than" => return false,
            _ => {}
        }
    }
    false
}

/// "didn't", "wasn't", "couldn't": the auxiliary itself ("did", "was",
/// "could"), its "n" left out with the "'t" after it, so that it counts as
/// the auxiliary does ("It didn't open on Friday" is told in the past).
/// Takes and returns the end of the word `lower[ws..we]`.
fn auxiliary_of_contraction(lower: &[u8], ws: usize, we: usize) -> usize {
    const AUXILIARIES: &[&str] = &[
        "didn", "wasn", "weren", "hadn", "hasn", "haven", "isn", "aren", "doesn", "couldn",
        "wouldn", "shouldn", "mustn", "needn",
    ];
    let rest = &lower[we..];
    // (Most words are followed by neither apostrophe: the first byte
    // tells.)
    if matches!(rest.first(), Some(b'\'' | 0xe2))
        && (rest.starts_with(b"'t") || rest.starts_with("\u{2019}t".as_bytes()))
        && AUXILIARIES.iter().any(|a| a.as_bytes() == &lower[ws..we])
    {
        we - 1
    } else {
        we
    }
}

/// Rewrites "won't" in a lower-cased sentence as "will" and blanks (the
/// same length, so the word offsets hold): "won" would read as the past
/// of "win" ("It won't turn the economy around by Christmas").
fn expand_wont(lower: &mut String) {
    // Most sentences hold neither form: one search for what both start with.
    if !lower.contains("won") {
        return;
    }
    for (from, to) in [("won't", "will "), ("won\u{2019}t", "will   ")] {
        if !lower.contains(from) {
            continue;
        }
        let mut out = String::with_capacity(lower.len());
        let mut rest = lower.as_str();
        while let Some(at) = rest.find(from) {
            let whole = (at == 0 || !rest.as_bytes()[at - 1].is_ascii_alphabetic())
                && !rest[at + from.len()..].starts_with(|c: char| c.is_ascii_alphabetic());
            out.push_str(&rest[..at]);
            out.push_str(if whole { to } else { from });
            rest = &rest[at + from.len()..];
        }
        out.push_str(rest);
        *lower = out;
    }
}

/// Sixteen spaces: see where a sentence's words are read.
const KEY_ROOM: &str = "                ";

/// The ASCII words (letters) of a lower-cased text, as the offsets where
/// each starts and ends; on the way, whether a quotation mark stands
/// between any of them.
///
/// Quotation marks are never letters, so they stand between words: as
/// most sentences quote no one, telling so from the bytes the split reads
/// anyway spares reading the sentence again for its quotes. (In a
/// lower-cased text a letter is a lower-case one, the cheaper test.)
struct Split<'a> {
    bytes: &'a [u8],
    at: usize,
    /// Whether a quotation mark starts at a byte passed so far (see
    /// [`is_mark`]).
    marks: bool,
}

impl<'a> Split<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        Split {
            bytes,
            at: 0,
            marks: false,
        }
    }
}

impl Iterator for Split<'_> {
    type Item = (usize, usize);

    // (Asked once per word of every sentence: inlined into the loop over
    // the words rather than called.)
    #[inline]
    fn next(&mut self) -> Option<(usize, usize)> {
        let bytes = self.bytes;
        let mut i = self.at;
        while i < bytes.len() && !bytes[i].is_ascii_lowercase() {
            self.marks |= is_mark(bytes, i);
            i += 1;
        }
        if i >= bytes.len() {
            self.at = i;
            return None;
        }
        let st = i;
        self.at = letters_end(bytes, st);
        Some((st, self.at))
    }
}

/// The end of the run of lower-case ASCII letters from `i` on: eight
/// bytes at a time while eight remain, as most words are shorter.
#[inline]
fn letters_end(bytes: &[u8], mut i: usize) -> usize {
    while let Some(chunk) = bytes.get(i..i + 8).and_then(|c| c.try_into().ok()) {
        let others = not_lowercase(u64::from_le_bytes(chunk));
        if others != 0 {
            return i + others.trailing_zeros() as usize / 8;
        }
        i += 8;
    }
    while i < bytes.len() && bytes[i].is_ascii_lowercase() {
        i += 1;
    }
    i
}

/// Per byte of `chunk` (eight bytes, the first lowest), its top bit if it
/// is not a lower-case ASCII letter.
fn not_lowercase(chunk: u64) -> u64 {
    const LOW: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const TOP: u64 = 0x8080_8080_8080_8080;
    let seven = chunk & LOW;
    // The top bit of each byte once `a` (0x61), and once past `z` (0x7a),
    // is added up to 0x80. (No sum carries into the next byte: each stays
    // under 0x100.)
    let from_a = (seven + 0x1f1f_1f1f_1f1f_1f1f) & TOP;
    let past_z = (seven + 0x0505_0505_0505_0505) & TOP;
    (!(from_a & !past_z) & TOP) | (chunk & TOP)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str, w: &str) -> Tense {
        let start = s.find(w).unwrap_or(0);
        tense_at(s, start, start + w.len())
    }

    /// The words of a text as first split, a byte at a time, with
    /// whether a quotation mark stands between them.
    fn plain_split(bytes: &[u8]) -> (Vec<(usize, usize)>, bool) {
        let (mut words, mut marks, mut i) = (Vec::new(), false, 0);
        while i < bytes.len() {
            if bytes[i].is_ascii_lowercase() {
                let st = i;
                while i < bytes.len() && bytes[i].is_ascii_lowercase() {
                    i += 1;
                }
                words.push((st, i));
            } else {
                marks |= is_mark(bytes, i);
                i += 1;
            }
        }
        (words, marks)
    }

    #[test]
    fn split_agrees_with_the_byte_walk() {
        let texts = [
            "officials said on thursday that the plant will close",
            "\"we will leave monday,\" castro said; it didn't (\u{2019}t) rain.",
            "abcdefghijklmnopqrstuvwxyz abcdefgh abcdefg a`z{@[ caf\u{e9} \u{201c}x\u{201d}",
            "",
            "x",
            "12 34, 5678.90",
        ];
        for text in texts {
            for from in 0..text.len() {
                let bytes = &text.as_bytes()[from..];
                let mut split = Split::new(bytes);
                let words: Vec<_> = split.by_ref().collect();
                assert_eq!((words, split.marks), plain_split(bytes), "{text:?} {from}");
            }
        }
        for b in 0..=255u8 {
            let bytes = [b'a', b'b', b'c', b'd', b'e', b'f', b'g', b, b'x'];
            let end = if b.is_ascii_lowercase() { 9 } else { 7 };
            assert_eq!(letters_end(&bytes, 0), end, "{b:#x}");
        }
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
