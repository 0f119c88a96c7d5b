//! Business news: the quarters and halves of reported figures, the months
//! of futures contracts and of published figures, and the dates a fall is
//! compared with. The tense of the clause alone would pick the wrong one
//! ("Brent for January fell 40 cents", written in November, is next
//! January's), so the resolver is told what such a date is for.

use super::words::{after_last, is};
use crate::time::lexicon::{first_letters, may_start};

/// Beginnings of the words of reported figures: a sentence with one
/// speaks of results, not of plans (see [`figures`]).
const FIGURE_WORDS: Stems = Stems::new(&[
    "report", "result", "earning", "estimate", "loss", "profit", "revenue", "sales", "output",
    "growth", "gdp", "gross", "figures", "charge",
]);

/// Whether the sentence at `sentence` (its bounds, see
/// [`sentence_bounds`]) speaks of reported figures: "will report
/// fourth-quarter results", "a charge against earnings for the quarter",
/// "its first estimate of second-quarter growth", "net income".
///
/// [`sentence_bounds`]: crate::time::sentence::sentence_bounds
pub fn figures(text: &str, sentence: (usize, usize)) -> bool {
    sentence_word(text, sentence, figure_word)
}

/// Whether `w` is a word of reported figures: "net", "revenue",
/// "sales", "profits", "results".
pub fn figure_word(w: &str) -> bool {
    // ("a man was charged": the verb of a court, not a charge on
    // earnings.)
    w.eq_ignore_ascii_case("net")
        || begins_with_any(w, &FIGURE_WORDS)
            && !w.eq_ignore_ascii_case("charged")
            && !w.eq_ignore_ascii_case("charging")
}

/// Whether a word of the sentence at `(s, e)` passes `test`.
fn sentence_word(text: &str, (s, e): (usize, usize), test: impl Fn(&str) -> bool) -> bool {
    text[s..e]
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(test)
}

/// Beginnings of words (lower case), with their first letters (see
/// [`first_letters`]): most words of a sentence begin with none of them.
struct Stems {
    stems: &'static [&'static str],
    firsts: u32,
}

impl Stems {
    const fn new(stems: &'static [&'static str]) -> Self {
        Stems {
            stems,
            firsts: first_letters(stems),
        }
    }
}

/// Whether `w` begins with one of `stems`, ignoring ASCII case.
fn begins_with_any(w: &str, stems: &Stems) -> bool {
    let Some(&first) = w.as_bytes().first() else {
        return false;
    };
    if !may_start(stems.firsts, first) {
        return false;
    }
    stems.stems.iter().any(|f| {
        w.len() >= f.len()
            && f.as_bytes()[0] == first | 0x20
            && w.as_bytes()[..f.len()].eq_ignore_ascii_case(f.as_bytes())
    })
}

/// Beginnings of the words of a report of figures, as opposed to an
/// outlook that names figures (see [`reports`]).
const REPORT_WORDS: Stems = Stems::new(&[
    "report",
    "result",
    "publish",
    "update",
    "statement",
    "announce",
    "interim",
    "earning",
]);

/// Whether the sentence at `sentence` tells of figures being reported
/// ("will publish a trading update showing sales for the first half",
/// "interim results"), not only of figures foreseen ("could slow sales
/// in the second half").
pub fn reports(text: &str, sentence: (usize, usize)) -> bool {
    sentence_word(text, sentence, |w| begins_with_any(w, &REPORT_WORDS))
}

/// Goods traded for delivery in a month ahead: "Brent for January",
/// "March wheat".
const COMMODITIES: &[&str] = &[
    "aluminium",
    "aluminum",
    "arabica",
    "brent",
    "cattle",
    "cocoa",
    "coffee",
    "copper",
    "corn",
    "cotton",
    "crude",
    "gasoline",
    "gold",
    "hogs",
    "nickel",
    "oats",
    "palladium",
    "platinum",
    "robusta",
    "silver",
    "soybeans",
    "soymeal",
    "sugar",
    "wheat",
    "wti",
    "zinc",
];

/// Whether the expression starting at `start` is what something is
/// compared with, in its sentence: "a drop nearly twice as severe as the
/// crash of Oct. 28, 1929", "worse than on Black Monday, Oct. 19, 1987",
/// "nearly twice the 12.8 percent fall of Oct. 28, 1929".
pub fn compared_with(text: &str, start: usize) -> bool {
    let mut from = start.saturating_sub(160);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let head = text.get(from..start).unwrap_or("");
    let head = head.rsplit(['\n']).next().unwrap_or(head);
    let head = head.rsplit(". ").next().unwrap_or(head);
    head.contains(" than ")
        || head.matches(" as ").count() >= 2
        || [" twice the ", " double the ", " half the ", " times the "]
            .iter()
            .any(|m| head.contains(m))
}

/// Whether a month at `start..end` names a futures contract, the month
/// of delivery: "Brent crude for January", "for March delivery", "the
/// May West Texas Intermediate contract", "March New York cocoa",
/// "futures for delivery in March". Such a month lies ahead whatever the
/// tense ("Brent for January fell 40 cents", written in November, is
/// next January's).
pub fn delivery_month(text: &str, start: usize, end: usize) -> bool {
    let head = &text[..start];
    let before = head
        .strip_suffix(" for ")
        .map(|b| &b[after_last(b, char::is_whitespace)..]);
    if before.is_some_and(|w| is(w, COMMODITIES))
        || head.strip_suffix(" in ").is_some_and(|b| {
            let mut words = b.rsplit(' ');
            words.next().is_some_and(|w| is(w, &["delivery"]))
                && words.next().is_some_and(|w| is(w, &["for"]))
        })
    {
        return true;
    }
    // Right after the month, or after names ("the May West Texas
    // Intermediate contract"): a contract word or the goods.
    let Some(rest) = text[end..].strip_prefix(' ') else {
        return false;
    };
    for w in rest.split(' ').take(4) {
        let bare = w.trim_end_matches([',', '.', ';', ':', ')']);
        if is(bare, &["delivery", "contract", "contracts", "futures"]) || is(bare, COMMODITIES) {
            return true;
        }
        if bare.len() != w.len() || !bare.starts_with(|c: char| c.is_ascii_uppercase()) {
            return false;
        }
    }
    false
}

/// Words that may stand between a month and the figures it names:
/// "November pending home sales", "the March consumer price index".
const FIGURE_MODIFIERS: &[&str] = &[
    "retail",
    "pending",
    "home",
    "existing",
    "new",
    "construction",
    "consumer",
    "producer",
    "price",
    "industrial",
    "factory",
    "car",
    "auto",
    "vehicle",
    "trade",
    "jobs",
    "job",
    "employment",
    "unemployment",
    "jobless",
    "non-farm",
    "nonfarm",
    "housing",
    "durable",
    "goods",
    "wholesale",
    "manufacturing",
    "personal",
    "sales",
    "payrolls",
    "inflation",
    // The indexes' initials: "the September CPI report", "April PCE
    // inflation".
    "cpi",
    "ppi",
    "pce",
    "gdp",
];

/// Nouns of figures reported for a month. ("rate" only after a
/// modifier: "the March unemployment rate", not "the March rate
/// decision".)
const FIGURE_NOUNS: &[&str] = &[
    "sales",
    "figures",
    "data",
    "payrolls",
    "exports",
    "imports",
    "inflation",
    "output",
    "deliveries",
    "registrations",
    "spending",
    "index",
    "orders",
    "starts",
    "production",
    "report",
    "numbers",
    "statistics",
    "surplus",
    "deficit",
    "income",
    // "April CPI rose 0.4%"
    "cpi",
    "ppi",
    "pce",
    "revenue",
    "revenues",
    "earnings",
    "shipments",
    "prices",
    "unemployment",
    "traffic",
    "enrollment",
    "attendance",
    // "May rainfall was 40 percent below normal": a month's weather
    // measured.
    "rainfall",
    "snowfall",
    "precipitation",
    "temperatures",
];

/// Whether `w` is a noun of figures measured over a period ("sales",
/// "prices", "rates"): "prices for May rose" tells of May's figures.
pub fn figure_noun(w: &str) -> bool {
    is(w, FIGURE_NOUNS) || is(w, &["rate", "rates", "results"])
}

/// Whether a month ending at `end` names the period of figures reported
/// for it: "will report November pending sales", "the Commerce
/// Department reports November construction spending Wednesday", "its
/// December jobs report". Figures are published once their month is
/// over (or nearly), so such a month is never one ahead, whatever the
/// tense of the clause that announces them.
pub fn figures_month(text: &str, end: usize) -> bool {
    let Some(rest) = text[end..].strip_prefix(' ') else {
        return false;
    };
    // (A line break ends a word too: "December sales.\n\nThe".)
    let mut words = rest.split_whitespace().take(4).peekable();
    let mut modified = false;
    while let Some(w) = words.next() {
        let bare = w.trim_end_matches([',', '.', ';', ':', ')']);
        // The head noun ends the run of figure words: with a stop, or
        // before any other word ("November sales rose"); "December
        // payrolls report" goes on to "report".
        let last = bare.len() != w.len()
            || words.peek().is_none_or(|n| {
                !n.starts_with(|c: char| c.is_ascii_alphabetic())
                    || !is(n, FIGURE_MODIFIERS) && !is(n, FIGURE_NOUNS)
            });
        if (is(bare, FIGURE_NOUNS) || modified && bare.eq_ignore_ascii_case("rate")) && last {
            return true;
        }
        if bare.len() != w.len() || !is(bare, FIGURE_MODIFIERS) {
            return false;
        }
        modified = true;
    }
    false
}

/// Whether `before` ends with a period of figures running "to" what
/// follows, as British and company reports write it ("the nine months
/// to", "the 12 months to", "the year to", "the quarter to"), or
/// "through", as American ones do ("the year through"). Such a period
/// is over when its figures are told, so the month after it is never one
/// ahead. The article is asked for: "delayed by a year to March" moves a
/// date.
pub fn period_to(before: &str) -> bool {
    let Some(head) = before
        .strip_suffix(" to ")
        .or_else(|| before.strip_suffix(" through "))
    else {
        return false;
    };
    let mut words = head.rsplit(' ');
    let noun = words.next().unwrap_or("");
    let counted = matches!(noun, "months" | "weeks");
    if !counted && !matches!(noun, "year" | "quarter" | "half") {
        return false;
    }
    let Some(w) = words.next() else {
        return false;
    };
    let w = if counted && (w.bytes().all(|b| b.is_ascii_digit()) || is(w, NUMBER_WORDS)) {
        words.next().unwrap_or("")
    } else {
        w
    };
    w.eq_ignore_ascii_case("the")
}

/// Number words a count of months or weeks is written with.
const NUMBER_WORDS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
];
