//! Sport: "the fourth quarter" of a game is a period of play and a
//! batter's "century" is a hundred runs, not a quarter of a year or a
//! hundred years, so the tagger refuses them.

use super::words::{ends_with_ignore_case, word_after, word_before};
use crate::time::lexicon::{Key, Lex, Table, classify_in};
use crate::time::sem::{Dir, Val};
use std::sync::LazyLock;

/// Words that put a sentence in a game on their own: "scored a
/// touchdown in the fourth quarter", "led by 10 points at halftime".
const GAME: &[&str] = &[
    "touchdown",
    "touchdowns",
    "quarterback",
    "halftime",
    "innings",
    "interception",
    "buzzer",
    "playoff",
    "playoffs",
    "fumble",
    "fumbled",
    "fumbles",
    "intercepted",
    "interceptions",
    "turnovers",
    "sacks",
    "field-goal",
    "free-throw",
    "inning",
    "three-pointers",
    "three-pointer",
    "behinds",
    "striker",
    "half-time",
    "midfielder",
    "goalkeeper",
    "quarterbacks",
];

/// Words of games that business news uses too ("sales should rebound in
/// the third quarter", "the Fed's goal", "a basket of currencies", "a
/// penalty charge in the fourth quarter"): a sentence is in a game only
/// with two of them, or one and a word of [`GAME`] ("scored 30 points
/// and grabbed 12 rebounds in the fourth quarter").
const SHARED: &[&str] = &[
    "overtime", "game", "games", "rebounds", "scored", "scoring", "punt", "rebound", "assists",
    "basket", "kickoff", "goals", "goal", "penalty", "points", "trailed", "kicked", "defender",
];

/// Whether a century at `start..end` is a batter's hundred runs, not a
/// hundred years: "debutant Will Pucovski made a half-century", "scored a
/// century at Lord's".
pub fn runs_scored(text: &str, start: usize, end: usize) -> bool {
    const SCORED: &[&str] = &[
        "made",
        "makes",
        "making",
        "scored",
        "scores",
        "scoring",
        "hit",
        "hits",
        "struck",
        "reached",
        "completed",
        "posted",
        "notched",
    ];
    ends_with_ignore_case(&text[start..end], "century")
        && word_before(text, start)
            .is_some_and(|w| SCORED.iter().any(|s| w.eq_ignore_ascii_case(s)))
}

/// Whether a bare ordinal quarter or half ("the fourth quarter", "the
/// first half", no year) sits in a sentence about a game, where it is a
/// period of play, not of a year. `sentence` gives the bounds of its
/// sentence (see [`sentence_bounds`]), asked only for such a period.
///
/// [`sentence_bounds`]: crate::time::sentence::sentence_bounds
pub fn game_period(
    text: &str,
    start: usize,
    end: usize,
    val: &Val,
    sentence: impl FnOnce() -> (usize, usize),
) -> bool {
    if !matches!(
        val.of_list(),
        Val::Quarter {
            dir: Dir::Tense,
            ..
        } | Val::Half {
            dir: Dir::Tense,
            ..
        }
    ) {
        return false;
    }
    // "the October-December quarter", "the March quarter": a quarter
    // named by its months is of a year.
    if text[start..end]
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| matches!(classify_in(w.as_bytes(), 0, w.len()), Lex::Month { .. }))
    {
        return false;
    }
    // "the second half of last night's Super Bowl", "the first half of
    // Sunday's match": a period of what follows.
    if let Some(rest) = text[end..].strip_prefix(" of ")
        && rest
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| !w.is_empty())
            .take(5)
            .any(|w| {
                [
                    "game",
                    "match",
                    "final",
                    "semifinal",
                    "derby",
                    "contest",
                    "bout",
                    "Bowl",
                ]
                .contains(&w)
            })
    {
        return true;
    }
    let (s, e) = sentence();
    let sentence = &text[s..e];
    // "Atlanta led 28-3 late in the third quarter": a score. (Its digits
    // on both sides of a hyphen are looked for first, in the bytes: most
    // sentences have none.)
    let digit_dash_digit = sentence
        .as_bytes()
        .windows(3)
        .any(|w| w[1] == b'-' && w[0].is_ascii_digit() && w[2].is_ascii_digit());
    let score = digit_dash_digit
        && sentence.split_whitespace().any(|w| {
            let w = w.trim_end_matches([',', '.', ';']);
            w.split_once('-').is_some_and(|(a, b)| {
                (1..=3).contains(&a.len())
                    && (1..=3).contains(&b.len())
                    && a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit())
            })
        })
        && sentence
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(|w| SCORE_VERBS.iter().any(|v| v.eq_ignore_ascii_case(w)));
    // "a 41-yard run", "ran for 120 yards"; not a shipyard's "yards".
    let yards = sentence.match_indices("yard").any(|(i, _)| {
        sentence[..i]
            .trim_end_matches([' ', '-'])
            .ends_with(|c: char| c.is_ascii_digit())
    });
    score || yards || game_word(text, s, e)
}

/// Whether `text[s..e]` has a word of [`GAME`], or two of [`SHARED`]:
/// its words are runs of letters and hyphens, less any hyphens they open
/// with (every byte of a character past ASCII parts words, as the
/// character does).
fn game_word(text: &str, s: usize, e: usize) -> bool {
    let bytes = text.as_bytes();
    let in_word = |b: u8| b.is_ascii_alphabetic() || b == b'-';
    let mut shared = 0;
    let mut k = s;
    while k < e {
        if !in_word(bytes[k]) {
            k += 1;
            continue;
        }
        let mut ws = k;
        while k < e && in_word(bytes[k]) {
            k += 1;
        }
        while ws < k && bytes[ws] == b'-' {
            ws += 1;
        }
        // (Read in place: the key of a word stops at its end.)
        match Key::in_text(bytes, ws, k).map(|key| GAME_WORDS.get(key)) {
            Some(Strength::Own) => return true,
            Some(Strength::Shared) if !screen_game(text, ws, k) => {
                shared += 1;
                if shared == 2 {
                    return true;
                }
            }
            _ => {}
        }
    }
    false
}

/// Whether the word at `s..e` is a game of screens and shops, not of
/// play on a field: "helped by video games", "a game show would replace
/// the series", "the games console".
fn screen_game(text: &str, s: usize, e: usize) -> bool {
    let w = &text[s..e];
    let is = |w: Option<&str>, list: &[&str]| {
        w.is_some_and(|w| list.iter().any(|l| w.eq_ignore_ascii_case(l)))
    };
    (w.eq_ignore_ascii_case("game") || w.eq_ignore_ascii_case("games"))
        && (is(
            word_before(text, s),
            &["video", "computer", "board", "online", "mobile"],
        ) || is(
            word_after(text, e),
            &[
                "show",
                "shows",
                "console",
                "consoles",
                "maker",
                "makers",
                "developer",
                "developers",
                "publisher",
                "publishers",
            ],
        ))
}

/// How a word puts a sentence in a game: [`GAME`]'s on its own,
/// [`SHARED`]'s with another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Strength {
    None,
    Shared,
    Own,
}

/// [`GAME`] and [`SHARED`] as a hash table: a sentence's words are looked
/// up once each.
static GAME_WORDS: LazyLock<Table<Strength>> = LazyLock::new(|| {
    let own = GAME.iter().map(|&w| (w, Strength::Own));
    let shared = SHARED.iter().map(|&w| (w, Strength::Shared));
    Table::build(own.chain(shared), Strength::None)
});

/// Verbs that, with a score such as "28-3", put a sentence in a game.
const SCORE_VERBS: &[&str] = &[
    "led", "leading", "trailed", "trailing", "beat", "won", "lost", "tied", "rallied",
];
