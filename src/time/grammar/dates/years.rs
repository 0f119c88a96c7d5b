//! Years: "2023", "fiscal 2023", "FY24", "calendar 2023", "the year
//! 2000", "post-1959", "'98", "nineteen ninety-six", and the many bare
//! four-digit numbers that are no year (counts, identifiers, telephone
//! numbers, names).

use crate::time::calendar::ymd;
use crate::time::context;
use crate::time::grammar::Parser;
use crate::time::lexicon::{Kw, Lex, Unit};
use crate::time::sem::{Match, Val, date};
use crate::time::token::{Kind, Tok};
use crate::time::value::{Gran, Point};

/// Words after which a bare number is an identifier, not a year.
const NOT_YEAR_BEFORE: &[&str] = &[
    "no",
    "nos",
    "number",
    "room",
    "flight",
    "route",
    "highway",
    "interstate",
    "boeing",
    "airbus",
    "model",
    "article",
    "section",
    "chapter",
    "page",
    "pages",
    "code",
    "rule",
    "resolution",
    "ordinance",
    "directive",
    "docket",
    "version",
    "bill",
    "act",
    "unit",
    "suite",
    "apt",
    "apartment",
    "marker",
    "box",
    "lot",
    "gate",
    "bus",
    "exit",
    "mile",
    "district",
    "precinct",
    "platform",
    "terminal",
    "iso",
    "standard",
    "kirin",
    "snapdragon",
    "mate",
    "pixel",
    "galaxy",
    "core",
    "ryzen",
    "rtx",
    "gtx",
    "series",
    "windows",
    "office",
    // "port 2049", "ports 1433 and 1521", "versions 1809 and 1903"
    "port",
    "ports",
    "versions",
    "cve",
    "fr",
    "usc",
    "cfr",
    "part",
    "item",
    "form",
    "line",
    "level",
    "channel",
    "track",
    "pier",
    "road",
    "street",
    "avenue",
    "st",
    "ave",
    "el",
    "dow",
    "nasdaq",
    "s&p",
    "index",
];

/// The last word of a street's name ("Main Street", "Oak Rd."), after
/// which a number before the name is a house number, not a year.
const STREET_WORDS: &[&str] = &[
    "street",
    "st",
    "avenue",
    "ave",
    "road",
    "rd",
    "boulevard",
    "blvd",
    "lane",
    "drive",
    "parkway",
    "terrace",
];

/// Words of quantity before a bare number: a count when a noun follows
/// ("over 1500 people", "some 2000 delegates"), a year when the clause
/// goes on or ends ("up 20 per cent over 1993 and", "not since about
/// 2005.").
const QUANTITY_BEFORE: &[&str] = &[
    "over", "about", "some", "nearly", "almost", "than", "only", "just",
];

/// Words after which "to" and a number give the level a figure moved
/// to: verbs of the move ("fell to 1900") and what is cut or raised
/// ("cut its workforce to 1950").
const MOVED_TO: &[&str] = &[
    "fell",
    "rose",
    "dropped",
    "climbed",
    "jumped",
    "slid",
    "slipped",
    "surged",
    "plunged",
    "tumbled",
    "sank",
    "soared",
    "grew",
    "increased",
    "decreased",
    "declined",
    "reduced",
    "raised",
    "lowered",
    "fall",
    "rise",
    "drop",
    "climb",
    "falls",
    "rises",
    "fallen",
    "risen",
    "workforce",
    "staff",
    "payroll",
];

/// Words before a bare number that make it likely a year.
const YEAR_CONTEXT: &[&str] = &[
    "in", "into", "since", "by", "until", "till", "of", "from", "during", "before", "after",
    "through", "year", "fiscal", "early", "late", "mid", "around", "about", "circa", "between",
    "and", "to", "the", "its", "their", "his", "her", "our", "this", "that", "for", "on", "spring",
    "summer", "fall", "autumn", "winter",
    // A work's date in a catalogue or a caption: "a canvas dated 1889".
    "dated",
];

/// Abbreviated units of measure, after which a number is a quantity.
const MEASURES: &[&str] = &[
    "mg",
    "kg",
    "g",
    "mcg",
    "iu",
    "ml",
    "km",
    "cm",
    "mm",
    "lb",
    "lbs",
    "oz",
    "kw",
    "mw",
    "gw",
    "kwh",
    "mwh",
    "mph",
    "kph",
    "cc",
    "hp",
    "rpm",
    "psi",
    "ft",
    "sq",
    // Computing's: "1200 Mbps", "2000 MB/s", "a 1900 mAh battery".
    "kb",
    "mb",
    "gb",
    "tb",
    "kbps",
    "mbps",
    "gbps",
    "mah",
    "mhz",
    "ghz",
    "dpi",
    "nits",
    "pixels",
    // And spelt out, as races are named: "won the 1500 metres".
    "metres",
    "meters",
    "kilometres",
    "kilometers",
    "miles",
    "yards",
    "feet",
];

/// Bodies of people a number before them counts, not a year's: "the 2000
/// troops", "The 1800 Pakistani peacekeepers". No year names such a
/// group the way it names an election or a war.
const GROUPS: &[&str] = &[
    "troops",
    "soldiers",
    "peacekeepers",
    "policemen",
    "marines",
    "sailors",
    "paratroopers",
    "commandos",
    "fighters",
    "militiamen",
    "refugees",
    "civilians",
    "migrants",
    "pilgrims",
    "prisoners",
    "detainees",
    "employees",
    "villagers",
    "residents",
];

impl Parser<'_> {
    /// A year read out in broadcast transcripts: "nineteen ninety-six",
    /// "nineteen-eighty", "eighteen sixty-five", "twenty fifteen". Nobody
    /// counts "nineteen ninety-six" things, so the pair is a year unless a
    /// unit or a compound follows ("nineteen ninety-six days", "twenty
    /// ten-minute breaks" stay numbers).
    pub(super) fn spoken_year(&self, i: usize) -> Option<Match> {
        if !matches!(self.lex(i)?, Lex::NumWord(18..=20)) || self.number_preceded(i) {
            return None;
        }
        let (y, j) = self.spelled_year(i)?;
        if matches!(self.lex(j), Some(Lex::Unit { .. } | Lex::NumWord(_))) || self.hyphen(j) {
            return None;
        }
        let p = Point::containing(Gran::Year, ymd(y, 1, 1)?)?;
        Some(date(j, Val::Abs(p)))
    }

    /// Whether the four digits `v` at `i` open a season or fiscal year
    /// written with a slash ("the 2013/14 season", "2023/2024"): read as
    /// the hyphened "2013-14" is, where any other number glued to a slash
    /// ("2010/11/05", "1998/3") makes the year part of a larger number,
    /// and a count out of another before "of" is a fraction ("1999/2000
    /// of the ballots").
    fn slashed_year_range(&self, i: usize, v: u32) -> bool {
        self.punct(i + 1, '/')
            && !self.kw(i + 3, Kw::Of)
            && self.tok(i).is_some_and(|t| {
                i32::try_from(v)
                    .is_ok_and(|y| context::year_range_end(self.text, t.start, t.end, y).is_some())
            })
    }

    /// Whether the four digits `v` at `i` are a year by the way history
    /// and obituaries write one, whatever its century: after a genitive
    /// ("the city's 1899 earthquake"), after "b." or "d." in parentheses
    /// ("Margaret Ellison (b. 1931)"), or opening a range of years that
    /// ends a phrase ("served as mayor 1899-1900.", "Thomas Hardy
    /// (1840-1928)"; "1850-1900 workers" are counted).
    fn historic_year(&self, i: usize, v: u32) -> bool {
        if i > 0 && self.genitive_s(i - 1) {
            return true;
        }
        if i >= 3
            && self.punct(i - 1, '.')
            && self.word_in(i - 2, &["b", "d"])
            && self.punct(i - 3, '(')
        {
            return true;
        }
        let Some(t) = self.tok(i) else {
            return false;
        };
        (self.hyphen(i + 1) || self.punct(i + 1, '\u{2013}'))
            && self.num(i + 2).is_some()
            && self.tok(i + 3).is_none_or(|n| n.kind != Kind::Word)
            && i32::try_from(v)
                .is_ok_and(|y| context::year_range_end(self.text, t.start, t.end, y).is_some())
    }

    /// The era named at `i` after a year or before one: `Some((true, end))`
    /// for "BC", "BCE", "B.C.", "B.C.E.", `Some((false, end))` for "AD",
    /// "A.D.", "CE", "C.E."; in capitals only ("an ad" is no era).
    pub(in crate::time::grammar) fn era(&self, i: usize) -> Option<(bool, usize)> {
        let t = self.tok(i)?;
        if t.kind != Kind::Word || !t.upper {
            return None;
        }
        let bc = |w: &[u8]| match w {
            b"BC" | b"BCE" => Some(true),
            b"AD" | b"CE" => Some(false),
            _ => None,
        };
        if t.end - t.start > 1 {
            return bc(self.word_bytes(i)).map(|b| (b, i + 1));
        }
        // "B.C.": letters each glued to a dot.
        let mut letters = Vec::with_capacity(3);
        let mut j = i;
        while letters.len() < 3
            && self
                .tok(j)
                .is_some_and(|t| t.kind == Kind::Word && t.upper && t.end - t.start == 1)
            && (j == i || self.glued(j))
            && self.punct(j + 1, '.')
            && self.glued(j + 1)
        {
            letters.extend_from_slice(self.word_bytes(j));
            j += 2;
        }
        bc(&letters).map(|b| (b, j))
    }

    /// A year written with its era, or in the first millennium after "the
    /// year": "79 AD", "AD 410", "the year 635", "the year 79 A.D.", "753
    /// B.C.". A year before Christ has no calendar point here (see
    /// [`before_christ`]): its value is written out as TimeML writes it.
    pub(super) fn era_year(&self, i: usize) -> Option<Match> {
        let (v, j) = if self.kw(i, Kw::The) && self.unit(i + 1) == Some((Unit::Year, false)) {
            let (v, digits) = self.num(i + 2)?;
            // ("the year 2000" is read as any year is, below; "the year 10
            // of his reign" counts the reign's years.)
            if digits == 4 || digits < 3 && self.era(i + 3).is_none() {
                return None;
            }
            (v, i + 3)
        } else if let Some((false, k)) = self.era(i)
            && self.word_bytes(i).first() == Some(&b'A')
        {
            let (v, digits) = self.num(k)?;
            if digits > 4 {
                return None;
            }
            (v, k + 1)
        } else {
            let (v, digits) = self.num(i)?;
            if digits > 4 || self.number_preceded(i) {
                return None;
            }
            if self.era(i + 1).is_none() {
                // "between 500 and 300 BC", "from 500 to 300 BC": the first
                // year of a range takes the era written after the last.
                if (self.word_in(i + 1, &["and", "to"]) || self.hyphen(i + 1))
                    && self.num(i + 2).is_some_and(|(_, d)| d <= 4)
                    && let Some((true, _)) = self.era(i + 3)
                    && v > 0
                {
                    return Some(date(i + 1, before_christ(Gran::Year, v)?));
                }
                return None;
            }
            (v, i + 1)
        };
        if self.number_continues(j) && self.era(j).is_none() || v == 0 {
            return None;
        }
        let end = match self.era(j) {
            Some((true, k)) => return Some(date(k, before_christ(Gran::Year, v)?)),
            _ if v > 2199 => return None,
            Some((false, k)) => k,
            None => j,
        };
        let p = Point::containing(Gran::Year, ymd(i32::try_from(v).ok()?, 1, 1)?)?;
        Some(date(end, Val::Abs(p)))
    }

    /// A year at `i`: "2023", "'98", "nineteen ninety-six", "two thousand".
    pub(crate) fn year_at(&self, i: usize) -> Option<(i32, usize)> {
        if let Some((v, digits)) = self.num(i) {
            if digits == 4 && (1000..=2199).contains(&v) && !self.number_continues(i + 1) {
                return Some((i32::try_from(v).ok()?, i + 1));
            }
            return None;
        }
        if (self.punct(i, '\'') || self.punct(i, '\u{2019}'))
            && self.glued(i + 1)
            && let Some((v, 2)) = self.num(i + 1)
            && !self.number_continues(i + 2)
        {
            return Some((self.full_year(i32::try_from(v).ok()?, i), i + 2));
        }
        self.spelled_year(i)
    }

    /// The year a year cut to two digits (`v`, 0..=99, read at `i`)
    /// names: the one from 94 years before the document's year to 5
    /// after it ("the flood of '37", written in 1987, is 1937; "the crash
    /// of '29", written in 2020, is 1929: a year cut short is mostly one
    /// remembered, and one ahead is near). A class at school may be ten
    /// years ahead ("hopes to graduate with the class of '95", written in
    /// 1987). Without a document date, 1941-2040.
    fn full_year(&self, v: i32, i: usize) -> i32 {
        let Some(doc) = self.doc_year else {
            return if v <= 40 { 2000 + v } else { 1900 + v };
        };
        let class = i >= 2 && self.kw(i - 1, Kw::Of) && self.word_is(i - 2, "class");
        let ahead = if class { 10 } else { 5 };
        let y = doc - doc.rem_euclid(100) + v;
        // (Never outside the four digits a value may have, whatever the
        // document's year.)
        if y > doc + ahead && y >= 100 {
            y - 100
        } else if y <= doc + ahead - 100 && y + 100 <= 9999 {
            y + 100
        } else {
            y
        }
    }

    /// Whether an apostrophe at `i` starts a year cut to two digits that
    /// stands alone: "joined in '98", "the class of ’03". The apostrophe
    /// is an elision mark only at the start of a word, so one glued to a
    /// number before it ("6'2\"", feet and inches) is not; a closing
    /// quote right after the digits makes a quoted number ("'42'"), and a
    /// word glued after them is another form ("'90s", a decade).
    fn short_year_alone(&self, i: usize) -> bool {
        if !(self.punct(i, '\'') || self.punct(i, '\u{2019}'))
            || !self.glued(i + 1)
            || !matches!(self.num(i + 1), Some((_, 2)))
        {
            return false;
        }
        let opens = i == 0
            || !self.glued(i)
            || self.tok(i - 1).is_some_and(|p| {
                matches!(
                    p.kind,
                    Kind::Punct('(' | '[' | '"' | '\u{201c}' | '-' | '\u{2013}' | '\u{2014}' | '/')
                )
            });
        let closed = self.glued(i + 2)
            && self.tok(i + 2).is_some_and(|t| {
                t.kind == Kind::Word || t.is_punct('\'') || t.is_punct('\u{2019}')
            });
        opens && !closed
    }

    /// The last two digits of a year read out at `i`: "ninety-six", "oh
    /// five", "oh-five" (05), and where they end.
    fn spoken_year_digits(&self, i: usize) -> Option<(u32, usize)> {
        if self.word_is(i, "oh") {
            let k = if self.hyphen(i + 1) { i + 2 } else { i + 1 };
            return match self.lex(k)? {
                Lex::NumWord(d @ 1..=9) => Some((d, k + 1)),
                _ => None,
            };
        }
        self.small_number_words(i)
            .filter(|&(rest, _)| (10..=99).contains(&rest))
    }

    /// A year read out by its last two digits where a speaker recalls
    /// one: "Back in ninety-eight, the floods...", and "In ninety-eight,
    /// ..." opening a sentence; the year "'98"
    /// names. Only a compound ("ninety-eight", not "ninety") and
    /// only where the clause goes on after it: "back in twenty-five
    /// minutes", "in ninety-eight people" and "one in ninety-eight"
    /// count things.
    fn recalled_short_year(&self, i: usize) -> Option<(i32, usize)> {
        if i == 0 || !self.kw(i - 1, Kw::In) {
            return None;
        }
        let back = i >= 2 && self.word_is(i - 2, "back");
        let opens = i == 1
            || self
                .tok(i - 2)
                .is_some_and(|t| matches!(t.kind, Kind::Punct('.' | '"' | '\u{201c}')));
        let (v, e) = self.spoken_year_digits(i)?;
        // (A compound of tens and units: "back in fifteen" and "back in
        // ninety" are as likely minutes.)
        let compound = v > 20 && v % 10 != 0;
        if !(back || opens && self.punct(e, ',')) || !compound {
            return None;
        }
        let goes_on = self.tok(e).is_none_or(|t| {
            matches!(
                t.kind,
                Kind::Punct('.' | ',' | ';' | ':' | ')' | '"' | '\u{201d}')
            )
        }) || self
            .word_in(e, &["when", "and", "or", "but", "the", "after", "before"]);
        if !goes_on {
            return None;
        }
        Some((self.full_year(i32::try_from(v).ok()?, i), e))
    }

    /// "nineteen ninety-six", "twenty oh-five", "two thousand (and)
    /// three".
    fn spelled_year(&self, i: usize) -> Option<(i32, usize)> {
        match self.lex(i)? {
            Lex::NumWord(c @ 18..=20) => {
                let k = if self.hyphen(i + 1) { i + 2 } else { i + 1 };
                let (rest, j) = self.spoken_year_digits(k)?;
                Some((i32::try_from(c * 100 + rest).ok()?, j))
            }
            Lex::NumWord(2) if self.kw(i + 1, Kw::Thousand) => {
                let mut j = i + 2;
                if self.kw(j, Kw::And) {
                    j += 1;
                }
                if let Some((rest, k)) = self.small_number_words(j)
                    && rest < 100
                {
                    return Some((2000 + i32::try_from(rest).ok()?, k));
                }
                Some((2000, i + 2))
            }
            _ => None,
        }
    }

    /// The first number of a list of four-digit numbers that the one at
    /// `i` goes on ("1433" of "ports 1433, 1521 and 1522"), if `i` is in
    /// one and not its first; its head is never the text's first token.
    fn list_head(&self, i: usize) -> Option<usize> {
        let mut head = None;
        let mut k = i;
        for _ in 0..6 {
            // (", and 2019": a list's last comma before its "and".)
            let sep = if self.word_in(k.checked_sub(1)?, &["and", "or"]) {
                if k >= 2 && self.punct(k - 2, ',') {
                    2
                } else {
                    1
                }
            } else if self.punct(k - 1, ',') {
                1
            } else {
                break;
            };
            let prev = k.checked_sub(sep + 1)?;
            if prev == 0 || self.num(prev).is_none_or(|(_, d)| d != 4) {
                break;
            }
            head = Some(prev);
            k = prev;
        }
        head
    }

    /// Whether the year at `i` numbers a version of a product named by
    /// the capitalised words before it, in the sentence's middle: "runs
    /// Windows Server 2016". (The first of a list is refused as any
    /// number after a name is; this tells the list's others.)
    fn version_after_name(&self, i: usize) -> bool {
        i >= 2
            && self.tok(i - 1).is_some_and(|p| {
                p.kind == Kind::Word && p.cap && !p.upper && matches!(p.lex, Lex::Other)
            })
            && !self.word_in(i - 1, YEAR_CONTEXT)
            && self.tok(i - 2).is_some_and(|t| t.kind == Kind::Word)
    }

    /// Whether the number at `i` is a house number: "moved to 1985 Main
    /// Street", "at 1990 Broadway", "residents of 1950 Elm St.". Only
    /// after a word that places a thing ("at", "to", "on", "of", "near"),
    /// as after "in", "the" or "by" the number is a year whatever follows
    /// ("the 1929 Wall Street crash", "In 1987 Oxford Street was closed");
    /// and not after a range's first year ("from 1985 to 1990 Oxford
    /// Street").
    fn street_number(&self, i: usize) -> bool {
        // (An initial's dot is part of the name: "1901 N. Lincoln St.")
        let capital = |k: usize| {
            self.tok(k).is_some_and(|t| t.kind == Kind::Word && t.cap)
                || self.punct(k, '.')
                    && self
                        .tok(k - 1)
                        .is_some_and(|t| t.end - t.start == 1 && t.cap)
        };
        if !capital(i + 1)
            || i == 0
            || !self.word_in(
                i - 1,
                &[
                    "at", "to", "into", "on", "of", "near", "outside", "opposite",
                ],
            )
            || i >= 2 && self.num(i - 2).is_some()
        {
            return false;
        }
        if self.word_is(i + 1, "broadway") {
            return true;
        }
        (i + 2..i + 6)
            .take_while(|&k| capital(k - 1))
            .any(|k| capital(k) && self.word_in(k, STREET_WORDS))
    }

    /// Whether the four-digit number `v` at `i` is a count or a level, not
    /// a year, by what is around it: a street's block ("the 1900 block of
    /// West Madison Street"), the level a figure moved to ("Gold fell to
    /// 1900 an ounce", "cut its workforce to 1950"; not "rose to 2008
    /// highs", a year's level), or a tally, whose second figure is the
    /// smaller ("The vote was 2012 to 1850", "passed 1998-1201"), as a
    /// range of years never is.
    fn count_not_year(&self, i: usize, v: u32) -> bool {
        if self.word_is(i + 1, "block") && self.kw(i + 2, Kw::Of) {
            return true;
        }
        // "between 2000 and 3000 people": the first of two counts, the
        // second no year.
        if self.word_in(i + 1, &["and", "to", "or"])
            && self
                .num(i + 2)
                .is_some_and(|(w, d)| d == 4 && w > 2199 && !self.number_continues(i + 3))
        {
            return true;
        }
        // A measure: "2000 mg of the drug", "weighs 1980 kg", "2000 IU".
        if self.word_in(i + 1, MEASURES) {
            return true;
        }
        // A postal code: "the 2000 postcode" (Sydney's), "the 3000 zip
        // code", "the 1000 postal district".
        if self.word_in(i + 1, &["postcode", "postcodes", "zip", "postal"]) {
            return true;
        }
        // A body of people, told by where they come from or not: "The
        // 2000 Russian troops in Grozny", "the 1800 peacekeepers". (Not
        // after a preposition of time: "In 1999 troops entered Kosovo".)
        let cap_word = self
            .tok(i + 1)
            .is_some_and(|t| t.kind == Kind::Word && t.cap && t.lex == Lex::Other);
        let when = i > 0
            && self.word_in(
                i - 1,
                &[
                    "in", "since", "until", "till", "during", "before", "after", "through",
                ],
            );
        if !when && (self.word_in(i + 1, GROUPS) || cap_word && self.word_in(i + 2, GROUPS)) {
            return true;
        }
        // "the 1267 committee", "the 1325 agenda": the number of a UN
        // resolution, which such a body or programme is named by.
        if v < 1500 && self.word_in(i + 1, &["committee", "agenda", "regime", "resolution"]) {
            return true;
        }
        let year_level = self.word_in(
            i + 1,
            &["levels", "level", "highs", "lows", "peak", "standards"],
        );
        // (A schedule slips to a year soon after the document's: "the
        // first launch has slipped to 2019". Not a figure with the level
        // it came from: "slipped to 2019 from 2100".)
        let slipped = |k: usize| {
            self.word_in(k, &["slipped", "slip", "slips"])
                && self
                    .doc_year
                    .is_some_and(|y| (y..=y + 15).contains(&i32::try_from(v).unwrap_or(0)))
                && !self.word_in(i + 1, &["from", "points"])
        };
        if i >= 2
            && self.kw(i - 1, Kw::To)
            && self.word_in(i - 2, MOVED_TO)
            && !year_level
            && !slipped(i - 2)
        {
            return true;
        }
        let tally_sep =
            |k: usize| self.kw(k, Kw::To) || self.hyphen(k) && self.glued(k) && self.glued(k + 1);
        let four = |k: usize| self.num(k).filter(|&(_, d)| d == 4).map(|(n, _)| n);
        // The level a figure moved from, told after the one it moved to:
        // "fell to 1900 from 2050", "slipped to 2019 from 2100". (Years
        // run the other way round: "from 1990 to 2000".)
        if i >= 3
            && self.word_is(i - 1, "from")
            && self.kw(i - 3, Kw::To)
            && four(i - 2).is_some_and(|w| self.count_not_year(i - 2, w))
        {
            return true;
        }
        // A count of things far too long ago to be a year named without
        // its century's context: "the list of 1260 goods". (Not after a
        // preposition of time: "in 1066 the Normans came".)
        if !when
            && v < 1500
            && self.tok(i + 1).is_some_and(|t| {
                t.kind == Kind::Word
                    && !t.cap
                    && t.lex == Lex::Other
                    && self.word(i + 1).ends_with('s')
            })
        {
            return true;
        }
        tally_sep(i + 1) && four(i + 2).is_some_and(|w| w < v)
            || i >= 2 && tally_sep(i - 1) && four(i - 2).is_some_and(|w| w > v)
    }

    /// Where the year after a government's label for a kind of year
    /// starts: "CY 2025" and "CY2025" (calendar year), "TY2023" (tax
    /// year), "FFY 2025" (federal fiscal year), written in capitals.
    pub(in crate::time::grammar) fn year_label(&self, i: usize) -> Option<usize> {
        let t = self.tok(i)?;
        (t.kind == Kind::Word
            && t.upper
            && self.word_in(i, &["cy", "ty", "ffy"])
            && self
                .num(i + 1)
                .is_some_and(|(v, d)| d == 4 && (1900..=2099).contains(&v)))
        .then_some(i + 1)
    }

    /// Years: "2023", "fiscal 2023", "FY2023", "the year 2000", "'98".
    pub(super) fn year_expr(&self, i: usize) -> Option<Match> {
        // Every form opens with a number, an apostrophe, a number word,
        // "the", "fiscal", "FY" or one of the words below; most words
        // asked here are none of these.
        if self.tok(i).is_some_and(|t| {
            t.kind == Kind::Word
                && !matches!(
                    t.lex,
                    Lex::NumWord(_) | Lex::Kw(Kw::The | Kw::Fiscal | Kw::Fy)
                )
        }) && !self.word_in(i, &["pre", "post", "calendar", "full", "tax"])
            && self.year_label(i).is_none()
            && self.era(i).is_none()
        {
            return None;
        }
        if let Some(m) = self.era_year(i) {
            return Some(m);
        }
        if self.short_year_alone(i)
            && let Some((y, e)) = self.year_at(i)
        {
            let p = Point::containing(Gran::Year, ymd(y, 1, 1)?)?;
            return Some(date(e, Val::Abs(p)));
        }
        // "the 20/21 season", "the 99-00 campaign": a sporting season
        // across two years, both cut to two digits (the second year is
        // read as a date of its own, as the "20" of "2019-20" is).
        if let Some((v, 2)) = self.num(i)
            && !self.number_preceded(i)
            && (self.punct(i + 1, '/') || self.hyphen(i + 1))
            && self.glued(i + 1)
            && self.glued(i + 2)
            && self
                .num(i + 2)
                .is_some_and(|(w, d)| d == 2 && w == (v + 1) % 100)
            && self.word_in(i + 3, &["season", "seasons", "campaign"])
        {
            let y = self.full_year(i32::try_from(v).ok()?, i);
            let p = Point::containing(Gran::Year, ymd(y, 1, 1)?)?;
            return Some(date(i + 1, Val::Abs(p)));
        }
        // "post-1959 politics", "pre-2008 rules"
        if self.word_in(i, &["pre", "post"])
            && self.hyphen(i + 1)
            && self.glued(i + 1)
            && self.glued(i + 2)
            && let Some((v, 4)) = self.num(i + 2)
            && (1000..=2099).contains(&v)
            && !self.number_continues(i + 3)
        {
            let p = Point::containing(Gran::Year, ymd(i32::try_from(v).ok()?, 1, 1)?)?;
            let md = if self.word_is(i, "pre") {
                "BEFORE"
            } else {
                "AFTER"
            };
            return Some(date(i + 3, Val::Abs(p)).with_mod(md));
        }
        // "calendar 2023", "calendar year 2023", "full-year 2022", "the
        // full year 2024": the word says which kind of year, as "fiscal"
        // does.
        let year_unit = |k: usize| self.unit(k) == Some((Unit::Year, false));
        let lead = if self.word_is(i, "calendar") {
            Some(if year_unit(i + 1) { i + 2 } else { i + 1 })
        } else if self.word_is(i, "tax") && year_unit(i + 1) {
            Some(i + 2)
        } else if let Some(j) = self.year_label(i) {
            Some(j)
        } else if self.word_is(i, "full") && self.hyphen(i + 1) && year_unit(i + 2) {
            Some(i + 3)
        } else if self.kw(i, Kw::The) && self.word_is(i + 1, "full") && year_unit(i + 2) {
            // "Revenue for the full year 2024"
            Some(i + 3)
        } else {
            None
        };
        if let Some(j) = lead
            && let Some((v, 4)) = self.num(j)
            && (1900..=2099).contains(&v)
            && !self.number_continues(j + 1)
        {
            let p = Point::containing(Gran::Year, ymd(i32::try_from(v).ok()?, 1, 1)?)?;
            return Some(date(j + 1, Val::Abs(p)));
        }
        // fiscal 1989 / fiscal year 1989 / FY2023 / FY 2023
        if self.kw(i, Kw::Fiscal) || self.kw(i, Kw::Fy) {
            let mut j = i + 1;
            if self.kw(i, Kw::Fiscal) && self.unit(j) == Some((Unit::Year, false)) {
                j += 1;
            }
            // ("FY2022/23", "FY23/24": the fiscal year across two calendar
            // years, written with a slash as "2023/24" is; its second year
            // is a date of its own, as after "FY2022-23".)
            if let Some((v, 4)) = self.num(j)
                && (1900..=2099).contains(&v)
                && (!self.number_continues(j + 1) || self.slashed_year_range(j, v))
            {
                let p = Point::containing(Gran::Year, ymd(i32::try_from(v).ok()?, 1, 1)?)?;
                return Some(date(j + 1, Val::Abs(p)));
            }
            // "FY24": two digits glued to FY, years 1970-2069; "FY'24",
            // "fiscal year '22": two digits after an apostrophe.
            let apostrophe = matches!(
                self.tok(j).map(|t| t.kind),
                Some(Kind::Punct('\'' | '\u{2019}'))
            );
            let k = j + usize::from(apostrophe);
            if (apostrophe || self.kw(i, Kw::Fy))
                && self.glued(k)
                && let Some((v, 2)) = self.num(k)
                && let y = if v < 70 { 2000 + v } else { 1900 + v }
                && (!self.number_continues(k + 1) || !apostrophe && self.slashed_year_range(k, y))
            {
                let p = Point::containing(Gran::Year, ymd(i32::try_from(y).ok()?, 1, 1)?)?;
                return Some(date(k + 1, Val::Abs(p)));
            }
            return None;
        }
        // "the 1991 fiscal year", "the 2024 calendar year": the year, with
        // the kind of year after it.
        if self.kw(i, Kw::The)
            && let Some((y, e)) = self.year_at(i + 1)
            && (self.kw(e, Kw::Fiscal) || self.word_in(e, &["calendar", "tax", "financial"]))
            && year_unit(e + 1)
        {
            let p = Point::containing(Gran::Year, ymd(y, 1, 1)?)?;
            return Some(date(e + 2, Val::Abs(p)));
        }
        if self.kw(i, Kw::The) && self.unit(i + 1) == Some((Unit::Year, false)) {
            let (y, e) = self.year_at(i + 2)?;
            let p = Point::containing(Gran::Year, ymd(y, 1, 1)?)?;
            return Some(date(e, Val::Abs(p)));
        }
        if let Some((y, e)) = self.spelled_year(i) {
            // Spelled years only where a year is expected.
            // ("fell by two thousand five hundred": a count.)
            if (y < 2000
                || i > 0
                    && self.word_in(
                        i - 1,
                        &["in", "since", "of", "until", "till", "by", "through"],
                    ))
                && !self.word_in(e, &["hundred", "thousand", "million"])
            {
                let p = Point::containing(Gran::Year, ymd(y, 1, 1)?)?;
                return Some(date(e, Val::Abs(p)));
            }
            return None;
        }
        if let Some((y, e)) = self.recalled_short_year(i) {
            let p = Point::containing(Gran::Year, ymd(y, 1, 1)?)?;
            return Some(date(e, Val::Abs(p)));
        }
        let (v, digits) = self.num(i)?;
        if digits != 4
            || self.number_continues(i + 1) && !self.slashed_year_range(i, v)
            || self.number_preceded(i)
        {
            return None;
        }
        let historic = self.historic_year(i, v);
        // "the Immigration Act 1971", "the Offences against the Person Act
        // 1861": a statute named the British way, with the year it was
        // passed ("Act 2" of a play is no year).
        let statute = i > 1
            && self.word_bytes(i - 1) == b"Act"
            && self
                .tok(i - 2)
                .is_some_and(|t| t.kind == Kind::Word && t.cap);
        let prev_year_ctx = i > 0 && self.word_in(i - 1, YEAR_CONTEXT) || historic || statute;
        let range = if prev_year_ctx {
            1000..=2199
        } else {
            1900..=2099
        };
        if !range.contains(&v) {
            return None;
        }
        // (So does the next of a list after such a label: "ports 1433
        // and 1521", "versions 1809 and 1903".)
        // A list after a product's name goes on numbering its versions:
        // "Windows Server 2016 and 2019", "Exchange Server 2013, 2016 and
        // 2019".
        if i > 0 && self.word_in(i - 1, NOT_YEAR_BEFORE) && !statute
            || self
                .list_head(i)
                .is_some_and(|h| self.word_in(h - 1, NOT_YEAR_BEFORE) || self.version_after_name(h))
        {
            return None;
        }
        // "Call the 1800 number": a free or premium telephone prefix
        // ("the 2020 number" may be a year's figure).
        if matches!(v, 1300 | 1800 | 1900) && self.word_is(i + 1, "number") {
            return None;
        }
        if self.count_not_year(i, v) || self.hhmm_by_neighbours(i) {
            return None;
        }
        // "No. 1987 Westchester Avenue", "the helpline, 1916,": a number
        // after its label and a dot or comma.
        if i >= 2
            && matches!(
                self.tok(i - 1).map(|t| t.kind),
                Some(Kind::Punct('.' | ','))
            )
            && self.word_in(i - 2, &["no", "nos", "helpline", "hotline", "number"])
        {
            return None;
        }
        // "+39 02 8088 2026": the last group of a telephone number; "1800
        // 333 000", "1300 22 4636": the first.
        let group = |k: usize, digits: std::ops::RangeInclusive<u8>| {
            self.tok(k)
                .is_some_and(|n| n.gap && n.kind == Kind::Num && digits.contains(&n.digits))
        };
        if i >= 2 && self.num(i - 1).is_some() && self.num(i - 2).is_some()
            || group(i + 1, 3..=3)
            || group(i + 1, 2..=2) && group(i + 2, 3..=4)
        {
            return None;
        }
        // "Call 0800 2020": the group after a telephone number's group
        // with a leading zero.
        if i > 0
            && self.num(i - 1).is_some_and(|(_, d)| d > 1)
            && self.word_bytes(i - 1).first() == Some(&b'0')
        {
            return None;
        }
        if self.street_number(i) {
            return None;
        }
        // "on WWL 870 AM and 1010 AM": a radio frequency; "the 1922
        // Committee": a body named with a number.
        if self
            .tok(i + 1)
            .is_some_and(|n| n.gap && n.kind == Kind::Word)
            && (self.word_bytes(i + 1) == b"AM"
                || self.word_bytes(i + 1) == b"FM"
                || self.word_bytes(i + 1) == b"Committee")
        {
            return None;
        }
        // "2003 UB313": a catalogue designation, capitals glued to digits
        // (not a flu's subtype after its year, "the 2009 H1N1 pandemic",
        // whose letters and digits go on).
        if self
            .tok(i + 1)
            .is_some_and(|n| n.gap && n.upper && n.kind == Kind::Word)
            && self
                .tok(i + 2)
                .is_some_and(|n| !n.gap && n.kind == Kind::Num)
            && !self
                .tok(i + 3)
                .is_some_and(|n| !n.gap && n.kind == Kind::Word)
        {
            return None;
        }
        // ("from about 2012 to 2016.", "in or about 2015 through in or
        // about March 2019": a range of years, where "about 2000 to 3000
        // people" counts.)
        let mut k = i + 2;
        if self.word_is(k, "in") && self.word_is(k + 1, "or") {
            k += 2;
        }
        if self.word_in(k, &["about", "around", "roughly", "approximately"]) {
            k += 1;
        }
        let year_range = self.word_in(i + 1, &["to", "through", "until"])
            && (matches!(self.lex(k), Some(Lex::Month { .. }))
                || self
                    .num(k)
                    .is_some_and(|(end, digits)| digits == 4 && (v + 1..=v + 100).contains(&end))
                    && (self.tok(k + 1).is_none_or(|n| n.kind != Kind::Word)
                        || self.word_in(
                            k + 1,
                            &["and", "or", "but", "when", "as", "in", "at", "for"],
                        )));
        // ("founded in about 2015 by two engineers": a preposition of time
        // before the hedge, and no noun after the number, make a year; "in
        // about 2000 homes" counts.)
        let hedged_year = i > 1
            && self.word_in(i - 2, &["in", "since", "until", "till", "from"])
            && self.word_in(
                i + 1,
                &[
                    "by", "with", "at", "after", "before", "the", "to", "on", "under", "for",
                ],
            );
        if i > 0
            && !year_range
            && !hedged_year
            && self.word_in(i - 1, QUANTITY_BEFORE)
            && self.tok(i + 1).is_some_and(|n| {
                n.kind == Kind::Word
                    && !self.word_in(
                        i + 1,
                        &[
                            "and", "or", "but", "when", "as", "have", "has", "had", "was", "were",
                            "is", "are",
                        ],
                    )
            })
        {
            return None;
        }
        // "the 1040 form", "W-2 and 1099 forms": a form's number, far
        // from any year the text speaks of (not "the 2012 forms", nor
        // "in 2012 form the basis").
        if self.word_in(i + 1, &["form", "forms"])
            && self
                .doc_year
                .is_none_or(|y| (i64::from(v) - i64::from(y)).abs() > 100)
        {
            return None;
        }
        // "H.R. 2023", "S. 1998": bill numbers.
        if i >= 2
            && !historic
            && self.punct(i - 1, '.')
            && self
                .tok(i - 2)
                .is_some_and(|t| t.kind == Kind::Word && t.end - t.start == 1)
        {
            return None;
        }
        // "Orion 1980", "Vision 2030": a name with a number. (Not in a
        // headline in capitals, where every word is capitalised: "AUTO
        // INDUSTRY LIMPS INTO 1992", "STOCKS START 2006 WITH A BANG".)
        let caps_headline = |p: &Tok| {
            p.upper
                && p.end - p.start > 1
                && i >= 2
                && self
                    .tok(i - 2)
                    .is_some_and(|q| q.kind == Kind::Word && q.upper && q.end - q.start > 1)
        };
        // ("Frankfurt Book Fair 2014", "the Booker Prize 2023", "Euro
        // 2016": an event of a year is named by it.)
        let event = i > 0
            && self.word_in(
                i - 1,
                &[
                    "fair",
                    "prize",
                    "awards",
                    "festival",
                    "games",
                    "cup",
                    "summit",
                    "expo",
                    "olympics",
                    "biennale",
                    "census",
                    "championships",
                    "euro",
                ],
            );
        if i > 0
            && let Some(p) = self.tok(i - 1)
            && p.kind == Kind::Word
            && p.cap
            && !prev_year_ctx
            && !event
            && !caps_headline(p)
            && !matches!(p.lex, Lex::Month { .. } | Lex::Season(_) | Lex::Holiday(_))
            // (At the start of a sentence only a name's noun, told as a
            // name by the comma of an aside after it: "Project 2061, the
            // national science initiative, released ..."; not "Since
            // 2019, prices have ..."; or one whose number is a year far
            // ahead of the story's: "Cyberpunk 2077 sold 13 million".)
            && (!(i == 1
                || self
                    .tok(i - 2)
                    .is_some_and(|t| matches!(t.kind, Kind::Punct('.' | '"' | '(' | '\'' | ':'))))
                || p.lex == Lex::Other
                    && !self.word_in(i - 1, OPENING_PREPOSITIONS)
                    && (self.punct(i + 1, ',')
                        || self
                            .doc_year
                            .is_some_and(|y| i64::from(v) > i64::from(y) + 30)))
        {
            return None;
        }
        // "2019 candidates": a count of things, unless a determiner or a
        // preposition makes it a year ("the 2019 candidates", "in 2019").
        if let Some(n) = self.tok(i + 1)
            && n.kind == Kind::Word
            && n.gap
            && !n.cap
        {
            // ("described 1998 new species": an adjective of number may
            // stand between the count and its noun.)
            let noun = if self.word_in(i + 1, &["new", "more", "other", "additional", "extra"]) {
                i + 2
            } else {
                i + 1
            };
            let w = self.word(noun);
            // ("employs 1988 people": plurals without an s count too.)
            let plural = w.len() > 3 && w.ends_with('s') && !w.ends_with("ss")
                || self.word_in(noun, &["people", "men", "women", "children", "staff"]);
            let unitish = matches!(self.lex(i + 1), Some(Lex::Unit { .. }));
            // "compared with 2019 levels", "near 2008 highs", "expects 2016
            // sales of 17.5 million cars": what a year measured.
            let measured = self.word_in(
                i + 1,
                &[
                    "levels",
                    "highs",
                    "lows",
                    "prices",
                    "figures",
                    "results",
                    "earnings",
                    "profits",
                    "sales",
                    "totals",
                    "revenues",
                    "forecasts",
                ],
            );
            // ("the 1202 alarms", "the 1400 workers": a determiner before
            // a number so far back counts things; "the 1848 revolutions"
            // are a year's.)
            let persons = self.word_in(i + 1, &["people", "others", "men", "women", "children"]);
            let determined = (v < 1500 || persons)
                && i > 0
                && (self.word_in(
                    i - 1,
                    &["the", "its", "their", "his", "her", "our", "this", "that"],
                ) || self.genitive_s(i - 1));
            // ("killed 1,200 people and wounded 2011 others": after "and"
            // or "or" a year is listed with another number, as in "between
            // 1990 and 2000"; with none close before, a count.)
            let joined = i > 0
                && self.word_in(i - 1, &["and", "or"])
                && !(2..=4).any(|b| i >= b && self.num(i - b).is_some());
            let year_ctx = (prev_year_ctx || event) && !determined && !joined;
            if (plural || unitish) && !year_ctx && !measured && !self.kw(i + 1, Kw::Times) {
                return None;
            }
            // "Kickoff is at 2000 local time": a clock time.
            if self.word_is(i + 1, "local") && self.word_is(i + 2, "time") {
                return None;
            }
        }
        let p = Point::containing(Gran::Year, ymd(i32::try_from(v).ok()?, 1, 1)?)?;
        Some(date(i + 1, Val::Abs(p)))
    }
}

/// The value of a year or century before Christ, `n` counted as the text
/// counts it ("753" of "753 B.C.", 2 for the century of "the third
/// century BC", as "02" is the third of the common era): TimeML prefixes
/// the digits with "BC" ("BC0753", "BC02"). No calendar point holds
/// these, so they are final values, and nothing is anchored on them.
pub(in crate::time::grammar) fn before_christ(gran: Gran, n: u32) -> Option<Val> {
    match gran {
        Gran::Year if (1..=9999).contains(&n) => Some(Val::Fixed(format!("BC{n:04}"))),
        Gran::Century if n < 100 => Some(Val::Fixed(format!("BC{n:02}"))),
        _ => None,
    }
}

/// Words a sentence may open with before a year: "Since 2019, prices
/// have ...", "By 2030, ...".
const OPENING_PREPOSITIONS: &[&str] = &[
    "in",
    "by",
    "since",
    "before",
    "after",
    "until",
    "till",
    "from",
    "through",
    "during",
    "around",
    "about",
    "circa",
    "over",
    "under",
    "for",
    "between",
    "throughout",
    "to",
    "of",
    "as",
    "at",
    "unlike",
    "like",
    "than",
    "post",
    "pre",
];
