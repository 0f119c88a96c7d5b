//! Word lists: month, weekday, number, unit and trigger words.
//!
//! The tokenizer classifies every word once through [`classify_in`], so the
//! grammar can match on a small enum instead of comparing strings.
//!
//! The words themselves are in [`words`] (`WORDS`, each word with its
//! class) and [`triggers`] (`TRIGGERS`, the words that make the scanner
//! look at a stretch of text); [`table`] holds `Key` and `Table`, the
//! packed-key hash table the words are looked up in. This file holds the
//! classes (`Lex`, `Kw`, `Unit` and the rest), the `classify` functions and
//! the table of `WORDS` they read.

use std::sync::LazyLock;

mod table;
mod triggers;
mod words;

pub use table::{Key, Table};
pub use triggers::TRIGGERS;

/// A bit for the first letter of each of `words` (bit `b & 31` of its
/// first byte, so either case): most words of a text begin with no letter
/// of a short list, and [`may_start`] turns them away with one test
/// before any comparison.
pub const fn first_letters(words: &[&str]) -> u32 {
    let mut mask = 0;
    let mut k = 0;
    while k < words.len() {
        if let Some(&b) = words[k].as_bytes().first() {
            mask |= 1 << (b & 31);
        }
        k += 1;
    }
    mask
}

/// Whether a word whose first byte is `b` may be one of the words `mask`
/// was made of (see [`first_letters`]). A byte that is no letter may
/// share a letter's bit: the words must be compared then.
pub const fn may_start(mask: u32, b: u8) -> bool {
    mask & (1 << (b & 31)) != 0
}
pub(crate) use words::WORDS;

/// A calendar unit usable in durations, offsets and sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Fortnight,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

/// Part of a day, as TimeML writes it after `T` (`TMO`, `TMI`, `TAF`,
/// `TEV`, `TNI`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartOfDay {
    Morning,
    /// Lunchtime, the middle of the day ("kicks off on Saturday
    /// lunchtime"); noon itself is a clock time.
    Midday,
    Afternoon,
    Evening,
    Night,
}

impl PartOfDay {
    /// The TimeML suffix for the part of day.
    pub fn code(self) -> &'static str {
        match self {
            PartOfDay::Morning => "MO",
            PartOfDay::Midday => "MI",
            PartOfDay::Afternoon => "AF",
            PartOfDay::Evening => "EV",
            PartOfDay::Night => "NI",
        }
    }
}

/// Northern-hemisphere seasons.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Season {
    Spring,
    Summer,
    Fall,
    Winter,
}

impl Season {
    /// The TimeML code (`SP`, `SU`, `FA`, `WI`).
    pub fn code(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Fall => "FA",
            Season::Winter => "WI",
        }
    }

    /// The first month of the season north of the equator, by which
    /// its year is counted (a winter is the year of its December).
    pub fn first_month(self) -> u8 {
        match self {
            Season::Spring => 3,
            Season::Summer => 6,
            Season::Fall => 9,
            Season::Winter => 12,
        }
    }

    /// The season half a year away: the months a season's name covers
    /// south of the equator are those of this one in the north.
    pub fn opposite(self) -> Season {
        match self {
            Season::Spring => Season::Fall,
            Season::Summer => Season::Winter,
            Season::Fall => Season::Spring,
            Season::Winter => Season::Summer,
        }
    }
}

/// The half of the world a season is named in. "Work will start in the
/// spring", in a story from Sydney written in August, is this September,
/// not next March: the name keeps its TimeML code (`SP`) and only its
/// months move.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hemisphere {
    North,
    South,
}

/// Named holidays the tagger can place on the calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holiday {
    Christmas,
    ChristmasEve,
    NewYearsDay,
    NewYearsEve,
    Thanksgiving,
    /// The day before it, the busiest for travel ("Thanksgiving Eve").
    ThanksgivingEve,
    Easter,
    GoodFriday,
    EasterMonday,
    IndependenceDay,
    Halloween,
    Valentines,
    LaborDay,
    MemorialDay,
    /// 11 November: Veterans Day, and Remembrance or Armistice Day.
    VeteransDay,
    MlkDay,
    PresidentsDay,
    MothersDay,
    FathersDay,
    StPatricks,
    BlackFriday,
    CyberMonday,
    /// The Saturday after Thanksgiving, named for shopping at small
    /// businesses since 2010.
    SmallBusinessSaturday,
    /// The Tuesday after Thanksgiving, a day of giving to charities
    /// since 2012.
    GivingTuesday,
    /// 26 December: Boxing Day, St Stephen's Day.
    BoxingDay,
    /// The US general election: the Tuesday after the first Monday in
    /// November.
    ElectionDay,
    /// The Tuesday of a US presidential year on which most states hold
    /// their primaries ("Super Tuesday"): set by the states each cycle,
    /// so it comes from a table of the known ones (see
    /// [`crate::time::calendar::super_tuesday`]).
    SuperTuesday,
    /// The Sunday of the National Football League's championship game,
    /// named as a day in its own right ("a watch party on Super Bowl
    /// Sunday"): set by the league's schedule (see
    /// [`crate::time::calendar::super_bowl_sunday`]).
    SuperBowlSunday,
    /// "bank holiday Monday": any of the Mondays Britain and Ireland keep
    /// as bank holidays (Easter Monday; the first and last of May; in
    /// Ireland the first of June and the last of October; the first of
    /// August in Scotland and Ireland, the last in England and Wales),
    /// the one the clause points to.
    BankHolidayMonday,
    /// The day a US president takes office: 20 January of the year after
    /// the election since 1937, 4 March before (see
    /// [`crate::time::calendar::inauguration_day`]).
    InaugurationDay,
    /// International Workers' Day, 1 May.
    MayDay,
    /// The first day of the Chinese lunisolar year ("Lunar New Year",
    /// "Chinese New Year", "Spring Festival").
    LunarNewYear,
    /// The day before it, when families gather ("Lunar New Year's Eve",
    /// "Chinese New Year's Eve").
    LunarNewYearsEve,
    /// The 15th day of the 8th lunar month ("Mid-Autumn Festival").
    MidAutumn,
    /// Days of Lent, Holy Week and Eastertide, counted from Easter.
    PalmSunday,
    MaundyThursday,
    /// The day before Easter.
    HolySaturday,
    AshWednesday,
    Ascension,
    Pentecost,
    WhitMonday,
    /// The Sunday after Pentecost.
    TrinitySunday,
    /// The `n`th Sunday of Advent (1 to 4): the first is the Sunday
    /// nearest 30 November, the fourth the last before Christmas.
    AdventSunday(u8),
    /// The `n`th Sunday of Lent (1 to 5), counted from the one after Ash
    /// Wednesday; the sixth is Palm Sunday.
    LentSunday(u8),
    /// National days of Commonwealth and other countries, fixed dates.
    AnzacDay,
    AustraliaDay,
    CanadaDay,
    BastilleDay,
    /// India's, 26 January.
    RepublicDay,
    /// Gandhi's birthday, a national holiday in India, 2 October.
    GandhiJayanti,
    /// New Zealand's national day, 6 February.
    WaitangiDay,
    /// South Africa's, 27 April.
    FreedomDay,
    MerdekaDay,
    MalaysiaDay,
    Juneteenth,
    /// The second Sunday of November.
    RemembranceSunday,
    /// Scotland's, 30 November.
    StAndrews,
    /// 1 March, Wales.
    StDavids,
    /// 23 April, England.
    StGeorges,
    /// The Philippines', 30 December.
    RizalDay,
    /// Kenya's, 12 December.
    JamhuriDay,
    /// Germany's, 3 October ("German Unity Day").
    GermanUnityDay,
    /// 2 February in the United States and Canada.
    GroundhogDay,
    /// Earth Day, 22 April since 1970.
    EarthDay,
    /// Victory in Europe Day, 8 May.
    VeDay,
    /// "Victory Day", 9 May: the end of the war in Europe as Russia and
    /// most of the former Soviet Union mark it, a day after VE Day.
    VictoryDay,
    /// Flag Day in the United States, 14 June.
    FlagDay,
    /// China's shopping day, 11 November ("Singles' Day", "Singles Day").
    SinglesDay,
    /// 29 February, in the years that have one.
    LeapDay,
    /// April Fools' Day, 1 April.
    AprilFools,
    /// The day before Ash Wednesday: "Mardi Gras", "Shrove Tuesday",
    /// "Pancake Day".
    MardiGras,
    /// 6 January.
    Epiphany,
    /// 1 November.
    AllSaints,
    /// 2 November: "All Souls' Day", Mexico's "Day of the Dead".
    AllSouls,
    /// 1 Shawwal and 10 Dhu al-Hijjah of the Hijri calendar, as Saudi
    /// Arabia's Umm al-Qura calendar counts them (other countries, going
    /// by the sighted moon, may keep them a day later).
    EidAlFitr,
    EidAlAdha,
    /// 1 and 10 Tishrei, 14 Adar (Adar II in a leap year), 15 Nisan,
    /// 6 Sivan, 15 Tishrei and 25 Kislev of the Hebrew calendar: the
    /// first day itself, which begins at sundown the evening before
    /// ("Passover", "Shavuot", "Sukkot" and "Hanukkah" go on for days,
    /// but news dates them by the first).
    RoshHashanah,
    YomKippur,
    Purim,
    Passover,
    Shavuot,
    Sukkot,
    Hanukkah,
    /// 18 Iyar, the 33rd day of the Omer ("Lag BaOmer").
    LagBaOmer,
    /// 9 Av, the fast for the Temples ("Tisha B'Av"), kept on 10 Av when
    /// the ninth falls on the Sabbath.
    TishaBav,
    /// Canada's, the second Monday of October ("Thanksgiving Monday").
    CanadianThanksgiving,
    /// England's bank holidays: the first and last Mondays of May, the
    /// last of August.
    EarlyMayBank,
    SpringBank,
    AugustBank,
    /// The United States' second Monday of October (also "Indigenous
    /// Peoples' Day").
    ColumbusDay,
    /// Massachusetts' and Maine's third Monday of April, the day of the
    /// Boston Marathon.
    PatriotsDay,
    /// Canada's Monday before 25 May.
    VictoriaDay,
    /// The Commonwealth's day of observance: the second Monday of March.
    CommonwealthDay,
    /// The United States' National Arbor Day: the last Friday of April.
    ArborDay,
    /// The Sunday after Easter, "Divine Mercy Sunday".
    DivineMercySunday,
    /// Britain's 5 November ("Guy Fawkes Night", "Bonfire Night").
    GuyFawkes,
    /// A holiday another country keeps on a fixed day of its own under a
    /// name the United States uses too: India's Independence Day, 15
    /// August (see `locale`).
    Dated {
        month: u8,
        day: u8,
    },
    /// Mother's Day in Britain and Ireland: the fourth Sunday of Lent,
    /// three weeks before Easter ("Mothering Sunday").
    MotheringSunday,
    /// Father's Day in Australia and New Zealand: the first Sunday of
    /// September.
    FathersDaySeptember,
    /// Labour Day in New Zealand: the fourth Monday of October.
    LabourDayNz,
    /// "National Day", until the story's country says which (Singapore's
    /// 9 August, China's 1 October, ...); none without one, but for "the
    /// National Day holiday", China's (see the grammar).
    NationalDay,
    /// The 15th day of the lunisolar year ("Lantern Festival", "Chap Goh
    /// Mei").
    LanternFestival,
    /// The 5th day of the 5th lunar month ("Dragon Boat Festival").
    DragonBoat,
    /// Kenya's 1 June and 20 October.
    MadarakaDay,
    MashujaaDay,
    /// Bengali New Year, 14 April in Bangladesh ("Pohela Boishakh").
    PohelaBoishakh,
    /// Easter and Christmas of the Eastern churches, kept by the Julian
    /// calendar ("Orthodox Easter", "Orthodox Christmas").
    OrthodoxEaster,
    OrthodoxChristmas,
    /// Scotland's supper for Robert Burns, 25 January ("Burns Night").
    BurnsNight,
    /// South Korea's day of its alphabet, 9 October ("Hangeul Day",
    /// "Hangul Day").
    HangeulDay,
    /// The solar term at which the sun reaches 15° of longitude, 4, 5
    /// or 6 April in China's time, when families sweep their ancestors'
    /// tombs ("Qingming Festival", "Ching Ming Festival", "Tomb-Sweeping
    /// Day").
    Qingming,
    /// The Persian new year, 1 Farvardin: the day of the March equinox
    /// in Iran's time when it falls before noon there, else the day
    /// after ("Nowruz", "Norouz", "Navruz", "Persian New Year").
    Nowruz,
}

/// The lexical class of a word, as far as the tagger cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lex {
    /// Month 1..=12; `abbr` when written short ("Nov", "Sept").
    Month {
        month: u8,
        abbr: bool,
    },
    /// ISO weekday 1 (Monday) ..= 7 (Sunday); `plural` for "Mondays".
    Weekday {
        day: u8,
        plural: bool,
    },
    /// A cardinal number word ("three", "twenty").
    NumWord(u32),
    /// An ordinal word ("third", "twentieth").
    Ordinal(u32),
    /// A unit word; `plural` for "months".
    Unit {
        unit: Unit,
        plural: bool,
    },
    PartOfDay(PartOfDay),
    Season(Season),
    Holiday(Holiday),
    /// "a.m." / "p.m." (`pm` true for afternoon).
    AmPm {
        pm: bool,
    },
    /// A keyword the grammar matches on.
    Kw(Kw),
    /// Any other word.
    Other,
}

/// Grammar keywords.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kw {
    The,
    A,
    Last,
    Next,
    This,
    That,
    Past,
    Coming,
    Following,
    Previous,
    Prior,
    Current,
    Ago,
    Earlier,
    Later,
    Before,
    After,
    Early,
    Late,
    Mid,
    Middle,
    End,
    Beginning,
    Start,
    Fiscal,
    Half,
    Today,
    Yesterday,
    Tomorrow,
    Tonight,
    Now,
    Currently,
    Recently,
    Recent,
    Future,
    Soon,
    Previously,
    Nowadays,
    Every,
    Each,
    Per,
    Daily,
    Weekly,
    Fortnightly,
    Monthly,
    Yearly,
    Quarterly,
    Hourly,
    Nightly,
    /// "semiannually", "biannually", and "semi" of "semi-annually".
    HalfYearly,
    /// "biennially": every two years (not "biannually", twice a year).
    Biennially,
    Noon,
    Midnight,
    Midday,
    Of,
    And,
    Or,
    To,
    Through,
    About,
    Around,
    Nearly,
    Almost,
    Roughly,
    Approximately,
    Some,
    More,
    Less,
    Than,
    At,
    Least,
    Most,
    Up,
    Over,
    Under,
    Several,
    Few,
    Many,
    Couple,
    Dozen,
    Hundred,
    Thousand,
    Other,
    Weekend,
    /// "weekday", "weekdays": Monday to Friday, as a set.
    Weekdays,
    Christmas,
    Day,
    Eve,
    Oclock,
    In,
    On,
    Since,
    By,
    From,
    During,
    Times,
    Once,
    /// "twice", "thrice": a count of times in one word.
    Twice,
    Present,
    These,
    Those,
    Same,
    Then,
    Just,
    Near,
    Distant,
    Overnight,
    Fy,
    Latest,
    Ended,
    Ending,
    Right,
    Q,
    H,
}

/// Classifies a lower-case ASCII word.
#[cfg(test)]
pub fn classify(w: &str) -> Lex {
    classify_bytes(w.as_bytes())
}

/// Classifies a word given as ASCII bytes (any case): one hash probe.
#[cfg(test)]
pub fn classify_bytes(w: &[u8]) -> Lex {
    Key::of(w).map_or(Lex::Other, |key| TABLE.get(key))
}

/// Classifies the word `bytes[s..e]` (letters, dots and apostrophes, any
/// case), like `classify_bytes` but reading the text in place.
pub fn classify_in(bytes: &[u8], s: usize, e: usize) -> Lex {
    Key::in_text(bytes, s, e).map_or(Lex::Other, |key| TABLE.get(key))
}

static TABLE: LazyLock<Table<Lex>> =
    LazyLock::new(|| Table::build(WORDS.iter().copied(), Lex::Other));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_letters_turn_away_only_other_words() {
        let words = ["and", "but", "When", "since"];
        let mask = first_letters(&words);
        for w in words.iter().chain(&["AND", "bring", "Wait", "sun"]) {
            assert!(may_start(mask, w.as_bytes()[0]), "{w}");
        }
        for w in ["the", "Over", "people", "x"] {
            assert!(!may_start(mask, w.as_bytes()[0]), "{w}");
        }
    }

    #[test]
    fn classifies_months_and_units() {
        assert_eq!(
            classify("sept"),
            Lex::Month {
                month: 9,
                abbr: true
            }
        );
        assert_eq!(
            classify("weeks"),
            Lex::Unit {
                unit: Unit::Week,
                plural: true
            }
        );
        assert_eq!(classify("banana"), Lex::Other);
    }

    #[test]
    fn every_word_is_found_in_any_case() {
        for &(w, lex) in WORDS {
            assert_eq!(classify(w), lex, "{w}");
            assert_eq!(
                classify_bytes(w.to_ascii_uppercase().as_bytes()),
                lex,
                "{w}"
            );
        }
        assert_eq!(classify(""), Lex::Other);
        let text = b"On Thursday, O'Clock p.m. in SEPT and Twenty-First";
        for (s, e) in [(3, 11), (13, 20), (21, 24), (40, 44), (34, 38)] {
            assert_eq!(
                classify_in(text, s, e),
                classify_bytes(&text[s..e]),
                "{s}..{e}"
            );
        }
        for n in 1..=16 {
            let w = &b"abcdefghijklmnopqrstuvwxyz"[..n];
            assert!(Key::in_text(w, 0, n) == Key::of(w));
            let long = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ";
            assert!(Key::in_text(long, 0, n) == Key::of(w));
        }
        assert_eq!(classify("abcdefghijklmnopq"), Lex::Other);
    }
}
