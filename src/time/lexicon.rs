//! Word lists: month, weekday, number, unit and trigger words.
//!
//! The tokenizer classifies every word once through [`classify_in`], so the
//! grammar can match on a small enum instead of comparing strings.

use std::sync::LazyLock;

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

/// Part of a day, as TimeML writes it after `T` (`TMO`, `TAF`, `TEV`, `TNI`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartOfDay {
    Morning,
    Afternoon,
    Evening,
    Night,
}

impl PartOfDay {
    /// The TimeML suffix for the part of day.
    pub fn code(self) -> &'static str {
        match self {
            PartOfDay::Morning => "MO",
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
    /// 26 December: Boxing Day, St Stephen's Day.
    BoxingDay,
    /// The US general election: the Tuesday after the first Monday in
    /// November.
    ElectionDay,
    /// International Workers' Day, 1 May.
    MayDay,
    /// The first day of the Chinese lunisolar year ("Lunar New Year",
    /// "Chinese New Year", "Spring Festival").
    LunarNewYear,
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
    /// 1 and 10 Tishrei and 14 Adar (Adar II in a leap year) of the
    /// Hebrew calendar: the day itself, which begins at sundown the
    /// evening before.
    RoshHashanah,
    YomKippur,
    Purim,
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
    /// 9 August, China's 1 October, ...); none without one.
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

/// Every word the tagger knows, lower-case, with its class.
pub(crate) const WORDS: &[(&str, Lex)] = &[
    (
        "january",
        Lex::Month {
            month: 1,
            abbr: false,
        },
    ),
    (
        "jan",
        Lex::Month {
            month: 1,
            abbr: true,
        },
    ),
    (
        "february",
        Lex::Month {
            month: 2,
            abbr: false,
        },
    ),
    (
        "feb",
        Lex::Month {
            month: 2,
            abbr: true,
        },
    ),
    (
        "march",
        Lex::Month {
            month: 3,
            abbr: false,
        },
    ),
    (
        "mar",
        Lex::Month {
            month: 3,
            abbr: true,
        },
    ),
    (
        "april",
        Lex::Month {
            month: 4,
            abbr: false,
        },
    ),
    (
        "apr",
        Lex::Month {
            month: 4,
            abbr: true,
        },
    ),
    (
        "may",
        Lex::Month {
            month: 5,
            abbr: false,
        },
    ),
    (
        "june",
        Lex::Month {
            month: 6,
            abbr: false,
        },
    ),
    (
        "jun",
        Lex::Month {
            month: 6,
            abbr: true,
        },
    ),
    (
        "july",
        Lex::Month {
            month: 7,
            abbr: false,
        },
    ),
    (
        "jul",
        Lex::Month {
            month: 7,
            abbr: true,
        },
    ),
    (
        "august",
        Lex::Month {
            month: 8,
            abbr: false,
        },
    ),
    (
        "aug",
        Lex::Month {
            month: 8,
            abbr: true,
        },
    ),
    (
        "september",
        Lex::Month {
            month: 9,
            abbr: false,
        },
    ),
    (
        "sep",
        Lex::Month {
            month: 9,
            abbr: true,
        },
    ),
    (
        "sept",
        Lex::Month {
            month: 9,
            abbr: true,
        },
    ),
    (
        "october",
        Lex::Month {
            month: 10,
            abbr: false,
        },
    ),
    (
        "oct",
        Lex::Month {
            month: 10,
            abbr: true,
        },
    ),
    (
        "november",
        Lex::Month {
            month: 11,
            abbr: false,
        },
    ),
    (
        "nov",
        Lex::Month {
            month: 11,
            abbr: true,
        },
    ),
    (
        "december",
        Lex::Month {
            month: 12,
            abbr: false,
        },
    ),
    (
        "dec",
        Lex::Month {
            month: 12,
            abbr: true,
        },
    ),
    (
        "monday",
        Lex::Weekday {
            day: 1,
            plural: false,
        },
    ),
    (
        "mondays",
        Lex::Weekday {
            day: 1,
            plural: true,
        },
    ),
    (
        "tuesday",
        Lex::Weekday {
            day: 2,
            plural: false,
        },
    ),
    (
        "tuesdays",
        Lex::Weekday {
            day: 2,
            plural: true,
        },
    ),
    (
        "wednesday",
        Lex::Weekday {
            day: 3,
            plural: false,
        },
    ),
    (
        "wednesdays",
        Lex::Weekday {
            day: 3,
            plural: true,
        },
    ),
    (
        "thursday",
        Lex::Weekday {
            day: 4,
            plural: false,
        },
    ),
    (
        "thursdays",
        Lex::Weekday {
            day: 4,
            plural: true,
        },
    ),
    (
        "friday",
        Lex::Weekday {
            day: 5,
            plural: false,
        },
    ),
    (
        "fridays",
        Lex::Weekday {
            day: 5,
            plural: true,
        },
    ),
    (
        "saturday",
        Lex::Weekday {
            day: 6,
            plural: false,
        },
    ),
    (
        "saturdays",
        Lex::Weekday {
            day: 6,
            plural: true,
        },
    ),
    (
        "sunday",
        Lex::Weekday {
            day: 7,
            plural: false,
        },
    ),
    (
        "sundays",
        Lex::Weekday {
            day: 7,
            plural: true,
        },
    ),
    ("zero", Lex::NumWord(0)),
    ("one", Lex::NumWord(1)),
    ("two", Lex::NumWord(2)),
    ("three", Lex::NumWord(3)),
    ("four", Lex::NumWord(4)),
    ("five", Lex::NumWord(5)),
    ("six", Lex::NumWord(6)),
    ("seven", Lex::NumWord(7)),
    ("eight", Lex::NumWord(8)),
    ("nine", Lex::NumWord(9)),
    ("ten", Lex::NumWord(10)),
    ("eleven", Lex::NumWord(11)),
    ("twelve", Lex::NumWord(12)),
    ("thirteen", Lex::NumWord(13)),
    ("fourteen", Lex::NumWord(14)),
    ("fifteen", Lex::NumWord(15)),
    ("sixteen", Lex::NumWord(16)),
    ("seventeen", Lex::NumWord(17)),
    ("eighteen", Lex::NumWord(18)),
    ("nineteen", Lex::NumWord(19)),
    ("twenty", Lex::NumWord(20)),
    ("thirty", Lex::NumWord(30)),
    ("forty", Lex::NumWord(40)),
    ("fifty", Lex::NumWord(50)),
    ("sixty", Lex::NumWord(60)),
    ("seventy", Lex::NumWord(70)),
    ("eighty", Lex::NumWord(80)),
    ("ninety", Lex::NumWord(90)),
    ("first", Lex::Ordinal(1)),
    ("second", Lex::Ordinal(2)),
    ("third", Lex::Ordinal(3)),
    ("fourth", Lex::Ordinal(4)),
    ("fifth", Lex::Ordinal(5)),
    ("sixth", Lex::Ordinal(6)),
    ("seventh", Lex::Ordinal(7)),
    ("eighth", Lex::Ordinal(8)),
    ("ninth", Lex::Ordinal(9)),
    ("tenth", Lex::Ordinal(10)),
    ("eleventh", Lex::Ordinal(11)),
    ("twelfth", Lex::Ordinal(12)),
    ("thirteenth", Lex::Ordinal(13)),
    ("fourteenth", Lex::Ordinal(14)),
    ("fifteenth", Lex::Ordinal(15)),
    ("sixteenth", Lex::Ordinal(16)),
    ("seventeenth", Lex::Ordinal(17)),
    ("eighteenth", Lex::Ordinal(18)),
    ("nineteenth", Lex::Ordinal(19)),
    ("twentieth", Lex::Ordinal(20)),
    ("thirtieth", Lex::Ordinal(30)),
    ("twenty-first", Lex::Ordinal(21)),
    ("final", Lex::Ordinal(99)),
    (
        "seconds",
        Lex::Unit {
            unit: Unit::Second,
            plural: true,
        },
    ),
    (
        "sec",
        Lex::Unit {
            unit: Unit::Second,
            plural: true,
        },
    ),
    (
        "secs",
        Lex::Unit {
            unit: Unit::Second,
            plural: true,
        },
    ),
    (
        "minute",
        Lex::Unit {
            unit: Unit::Minute,
            plural: false,
        },
    ),
    (
        "minutes",
        Lex::Unit {
            unit: Unit::Minute,
            plural: true,
        },
    ),
    (
        "mins",
        Lex::Unit {
            unit: Unit::Minute,
            plural: true,
        },
    ),
    (
        "hour",
        Lex::Unit {
            unit: Unit::Hour,
            plural: false,
        },
    ),
    (
        "hours",
        Lex::Unit {
            unit: Unit::Hour,
            plural: true,
        },
    ),
    (
        "hrs",
        Lex::Unit {
            unit: Unit::Hour,
            plural: true,
        },
    ),
    (
        "day",
        Lex::Unit {
            unit: Unit::Day,
            plural: false,
        },
    ),
    (
        "days",
        Lex::Unit {
            unit: Unit::Day,
            plural: true,
        },
    ),
    (
        "week",
        Lex::Unit {
            unit: Unit::Week,
            plural: false,
        },
    ),
    (
        "weeks",
        Lex::Unit {
            unit: Unit::Week,
            plural: true,
        },
    ),
    (
        "fortnight",
        Lex::Unit {
            unit: Unit::Fortnight,
            plural: false,
        },
    ),
    (
        "fortnights",
        Lex::Unit {
            unit: Unit::Fortnight,
            plural: true,
        },
    ),
    (
        "month",
        Lex::Unit {
            unit: Unit::Month,
            plural: false,
        },
    ),
    (
        "months",
        Lex::Unit {
            unit: Unit::Month,
            plural: true,
        },
    ),
    (
        "quarter",
        Lex::Unit {
            unit: Unit::Quarter,
            plural: false,
        },
    ),
    (
        "quarters",
        Lex::Unit {
            unit: Unit::Quarter,
            plural: true,
        },
    ),
    (
        "year",
        Lex::Unit {
            unit: Unit::Year,
            plural: false,
        },
    ),
    (
        "years",
        Lex::Unit {
            unit: Unit::Year,
            plural: true,
        },
    ),
    (
        "decade",
        Lex::Unit {
            unit: Unit::Decade,
            plural: false,
        },
    ),
    (
        "decades",
        Lex::Unit {
            unit: Unit::Decade,
            plural: true,
        },
    ),
    (
        "century",
        Lex::Unit {
            unit: Unit::Century,
            plural: false,
        },
    ),
    (
        "centuries",
        Lex::Unit {
            unit: Unit::Century,
            plural: true,
        },
    ),
    ("morning", Lex::PartOfDay(PartOfDay::Morning)),
    // ("midmorning", "midafternoon": the middle of it; see the grammar.)
    ("midmorning", Lex::PartOfDay(PartOfDay::Morning)),
    ("midafternoon", Lex::PartOfDay(PartOfDay::Afternoon)),
    ("mornings", Lex::PartOfDay(PartOfDay::Morning)),
    ("afternoon", Lex::PartOfDay(PartOfDay::Afternoon)),
    ("afternoons", Lex::PartOfDay(PartOfDay::Afternoon)),
    ("evening", Lex::PartOfDay(PartOfDay::Evening)),
    ("evenings", Lex::PartOfDay(PartOfDay::Evening)),
    ("night", Lex::PartOfDay(PartOfDay::Night)),
    ("nights", Lex::PartOfDay(PartOfDay::Night)),
    // The day's edges, tagged only after a preposition ("struck at dawn").
    ("dawn", Lex::PartOfDay(PartOfDay::Morning)),
    ("daybreak", Lex::PartOfDay(PartOfDay::Morning)),
    ("dusk", Lex::PartOfDay(PartOfDay::Evening)),
    ("nightfall", Lex::PartOfDay(PartOfDay::Evening)),
    ("spring", Lex::Season(Season::Spring)),
    ("summer", Lex::Season(Season::Summer)),
    ("fall", Lex::Season(Season::Fall)),
    ("autumn", Lex::Season(Season::Fall)),
    ("winter", Lex::Season(Season::Winter)),
    ("thanksgiving", Lex::Holiday(Holiday::Thanksgiving)),
    ("easter", Lex::Holiday(Holiday::Easter)),
    ("halloween", Lex::Holiday(Holiday::Halloween)),
    ("juneteenth", Lex::Holiday(Holiday::Juneteenth)),
    ("epiphany", Lex::Holiday(Holiday::Epiphany)),
    ("purim", Lex::Holiday(Holiday::Purim)),
    ("pentecost", Lex::Holiday(Holiday::Pentecost)),
    ("christmastime", Lex::Holiday(Holiday::Christmas)),
    ("xmas", Lex::Holiday(Holiday::Christmas)),
    // Scotland's New Year's Eve.
    ("hogmanay", Lex::Holiday(Holiday::NewYearsEve)),
    // Korea's harvest festival falls on the Mid-Autumn day, its new year
    // ("Seollal") and Vietnam's ("Tet") on the lunar new year.
    ("chuseok", Lex::Holiday(Holiday::MidAutumn)),
    ("seollal", Lex::Holiday(Holiday::LunarNewYear)),
    ("tet", Lex::Holiday(Holiday::LunarNewYear)),
    // The first words of names that go on ("Lantern Festival", "Chap Goh
    // Mei", "Dragon Boat Festival", "Pohela Boishakh", "Mardi Gras",
    // "Rosh Hashanah", "Yom Kippur", "Eid al-Fitr", "Eid al-Adha").
    ("lantern", Lex::Holiday(Holiday::LanternFestival)),
    ("chap", Lex::Holiday(Holiday::LanternFestival)),
    ("dragon", Lex::Holiday(Holiday::DragonBoat)),
    ("pohela", Lex::Holiday(Holiday::PohelaBoishakh)),
    ("pahela", Lex::Holiday(Holiday::PohelaBoishakh)),
    ("mardi", Lex::Holiday(Holiday::MardiGras)),
    ("rosh", Lex::Holiday(Holiday::RoshHashanah)),
    ("yom", Lex::Holiday(Holiday::YomKippur)),
    ("eid", Lex::Holiday(Holiday::EidAlFitr)),
    ("the", Lex::Kw(Kw::The)),
    ("a", Lex::Kw(Kw::A)),
    ("an", Lex::Kw(Kw::A)),
    ("last", Lex::Kw(Kw::Last)),
    ("next", Lex::Kw(Kw::Next)),
    ("this", Lex::Kw(Kw::This)),
    ("that", Lex::Kw(Kw::That)),
    ("past", Lex::Kw(Kw::Past)),
    ("coming", Lex::Kw(Kw::Coming)),
    ("upcoming", Lex::Kw(Kw::Coming)),
    ("following", Lex::Kw(Kw::Following)),
    ("previous", Lex::Kw(Kw::Previous)),
    ("preceding", Lex::Kw(Kw::Previous)),
    ("prior", Lex::Kw(Kw::Prior)),
    ("current", Lex::Kw(Kw::Current)),
    ("ago", Lex::Kw(Kw::Ago)),
    ("earlier", Lex::Kw(Kw::Earlier)),
    ("later", Lex::Kw(Kw::Later)),
    ("before", Lex::Kw(Kw::Before)),
    ("after", Lex::Kw(Kw::After)),
    ("early", Lex::Kw(Kw::Early)),
    ("late", Lex::Kw(Kw::Late)),
    ("mid", Lex::Kw(Kw::Mid)),
    ("middle", Lex::Kw(Kw::Middle)),
    ("end", Lex::Kw(Kw::End)),
    ("beginning", Lex::Kw(Kw::Beginning)),
    ("start", Lex::Kw(Kw::Start)),
    ("fiscal", Lex::Kw(Kw::Fiscal)),
    // "the financial year" (British, Indian, Australian usage)
    ("financial", Lex::Kw(Kw::Fiscal)),
    ("half", Lex::Kw(Kw::Half)),
    ("today", Lex::Kw(Kw::Today)),
    ("yesterday", Lex::Kw(Kw::Yesterday)),
    ("tomorrow", Lex::Kw(Kw::Tomorrow)),
    ("tonight", Lex::Kw(Kw::Tonight)),
    ("now", Lex::Kw(Kw::Now)),
    ("currently", Lex::Kw(Kw::Currently)),
    ("recently", Lex::Kw(Kw::Recently)),
    ("lately", Lex::Kw(Kw::Recently)),
    ("recent", Lex::Kw(Kw::Recent)),
    ("future", Lex::Kw(Kw::Future)),
    ("soon", Lex::Kw(Kw::Soon)),
    ("previously", Lex::Kw(Kw::Previously)),
    ("formerly", Lex::Kw(Kw::Previously)),
    ("nowadays", Lex::Kw(Kw::Nowadays)),
    ("every", Lex::Kw(Kw::Every)),
    ("each", Lex::Kw(Kw::Each)),
    ("per", Lex::Kw(Kw::Per)),
    ("daily", Lex::Kw(Kw::Daily)),
    ("weekly", Lex::Kw(Kw::Weekly)),
    ("fortnightly", Lex::Kw(Kw::Fortnightly)),
    ("monthly", Lex::Kw(Kw::Monthly)),
    ("yearly", Lex::Kw(Kw::Yearly)),
    ("annually", Lex::Kw(Kw::Yearly)),
    ("annual", Lex::Kw(Kw::Yearly)),
    ("quarterly", Lex::Kw(Kw::Quarterly)),
    ("hourly", Lex::Kw(Kw::Hourly)),
    ("nightly", Lex::Kw(Kw::Nightly)),
    ("semiannually", Lex::Kw(Kw::HalfYearly)),
    ("biannually", Lex::Kw(Kw::HalfYearly)),
    ("semi", Lex::Kw(Kw::HalfYearly)),
    ("noon", Lex::Kw(Kw::Noon)),
    ("midnight", Lex::Kw(Kw::Midnight)),
    ("midday", Lex::Kw(Kw::Midday)),
    ("of", Lex::Kw(Kw::Of)),
    ("and", Lex::Kw(Kw::And)),
    ("or", Lex::Kw(Kw::Or)),
    ("to", Lex::Kw(Kw::To)),
    ("through", Lex::Kw(Kw::Through)),
    ("thru", Lex::Kw(Kw::Through)),
    ("until", Lex::Kw(Kw::Through)),
    ("till", Lex::Kw(Kw::Through)),
    ("about", Lex::Kw(Kw::About)),
    ("around", Lex::Kw(Kw::Around)),
    ("nearly", Lex::Kw(Kw::Nearly)),
    ("almost", Lex::Kw(Kw::Almost)),
    ("roughly", Lex::Kw(Kw::Roughly)),
    ("approximately", Lex::Kw(Kw::Approximately)),
    ("some", Lex::Kw(Kw::Some)),
    ("more", Lex::Kw(Kw::More)),
    ("less", Lex::Kw(Kw::Less)),
    ("fewer", Lex::Kw(Kw::Less)),
    ("than", Lex::Kw(Kw::Than)),
    ("at", Lex::Kw(Kw::At)),
    ("least", Lex::Kw(Kw::Least)),
    ("most", Lex::Kw(Kw::Most)),
    ("up", Lex::Kw(Kw::Up)),
    ("over", Lex::Kw(Kw::Over)),
    ("under", Lex::Kw(Kw::Under)),
    ("several", Lex::Kw(Kw::Several)),
    ("few", Lex::Kw(Kw::Few)),
    ("many", Lex::Kw(Kw::Many)),
    ("couple", Lex::Kw(Kw::Couple)),
    ("dozen", Lex::Kw(Kw::Dozen)),
    ("hundred", Lex::Kw(Kw::Hundred)),
    ("thousand", Lex::Kw(Kw::Thousand)),
    ("other", Lex::Kw(Kw::Other)),
    ("weekend", Lex::Kw(Kw::Weekend)),
    ("weekends", Lex::Kw(Kw::Weekend)),
    ("christmas", Lex::Kw(Kw::Christmas)),
    ("eve", Lex::Kw(Kw::Eve)),
    ("o'clock", Lex::Kw(Kw::Oclock)),
    ("oclock", Lex::Kw(Kw::Oclock)),
    ("in", Lex::Kw(Kw::In)),
    ("on", Lex::Kw(Kw::On)),
    ("since", Lex::Kw(Kw::Since)),
    ("by", Lex::Kw(Kw::By)),
    ("from", Lex::Kw(Kw::From)),
    ("during", Lex::Kw(Kw::During)),
    ("times", Lex::Kw(Kw::Times)),
    ("once", Lex::Kw(Kw::Once)),
    ("twice", Lex::Kw(Kw::Twice)),
    ("thrice", Lex::Kw(Kw::Twice)),
    ("present", Lex::Kw(Kw::Present)),
    ("these", Lex::Kw(Kw::These)),
    ("those", Lex::Kw(Kw::Those)),
    ("same", Lex::Kw(Kw::Same)),
    ("then", Lex::Kw(Kw::Then)),
    ("just", Lex::Kw(Kw::Just)),
    ("near", Lex::Kw(Kw::Near)),
    ("distant", Lex::Kw(Kw::Distant)),
    ("overnight", Lex::Kw(Kw::Overnight)),
    ("fy", Lex::Kw(Kw::Fy)),
    ("latest", Lex::Kw(Kw::Latest)),
    ("ended", Lex::Kw(Kw::Ended)),
    ("ending", Lex::Kw(Kw::Ending)),
    ("right", Lex::Kw(Kw::Right)),
    ("q", Lex::Kw(Kw::Q)),
    ("h", Lex::Kw(Kw::H)),
];

/// For a word of `n` bytes (at most 16), the bits of the two halves of
/// its key that hold it: a table, so that reading a word in place
/// (`Key::in_text`) needs no branch or shift to cut it off.
const KEY_MASKS: [(u64, u64); 17] = {
    let mut masks = [(0, 0); 17];
    let mut n = 1;
    while n <= 16 {
        masks[n] = if n <= 8 {
            (u64::MAX >> (64 - 8 * n), 0)
        } else {
            (u64::MAX, u64::MAX >> (128 - 8 * n))
        };
        n += 1;
    }
    masks
};

/// A word of at most 16 ASCII bytes, lower-cased and packed into two
/// integers, so a lookup compares two numbers instead of strings.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
pub struct Key(u64, u64);

impl Key {
    /// The key of `w` (any case); `None` if empty or longer than 16 bytes.
    pub fn of(w: &[u8]) -> Option<Key> {
        if w.is_empty() || w.len() > 16 {
            return None;
        }
        let mut buf = [0u8; 16];
        for (d, s) in buf.iter_mut().zip(w) {
            *d = s.to_ascii_lowercase();
        }
        let (lo, hi) = buf.split_at(8);
        Some(Key(
            u64::from_le_bytes(lo.try_into().ok()?),
            u64::from_le_bytes(hi.try_into().ok()?),
        ))
    }

    /// The key of the word `bytes[s..e]`, which must consist of ASCII
    /// letters, digits, dots, hyphens or apostrophes (for those, setting
    /// bit 5 lower-cases); reads eight bytes at a time where it can.
    pub fn in_text(bytes: &[u8], s: usize, e: usize) -> Option<Key> {
        let n = e.checked_sub(s)?;
        if n == 0 || n > 16 {
            return None;
        }
        let Some(chunk) = bytes.get(s..s + 16) else {
            return Key::of(bytes.get(s..e)?);
        };
        let (lo, hi) = chunk.split_at(8);
        let lo = u64::from_le_bytes(lo.try_into().ok()?);
        let hi = u64::from_le_bytes(hi.try_into().ok()?);
        let (lo_mask, hi_mask) = KEY_MASKS[n];
        const LOWER: u64 = 0x2020_2020_2020_2020;
        Some(Key((lo | LOWER) & lo_mask, (hi | LOWER) & hi_mask))
    }

    /// The key mixed into 64 bits: the top [`TABLE_BITS`] pick its slot,
    /// the [`SEEN_BITS`] after them its bit in [`Table::seen`].
    fn hash(self) -> u64 {
        (self.0 ^ self.1.rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15)
    }

    fn slot(hash: u64) -> usize {
        (hash >> (64 - TABLE_BITS)) as usize
    }

    /// Which word and which bit of [`Table::seen`].
    fn seen_bit(hash: u64) -> (usize, u64) {
        let b = (hash >> (64 - TABLE_BITS - SEEN_BITS)) as usize & ((1 << SEEN_BITS) - 1);
        (b / 64, 1 << (b % 64))
    }
}

const TABLE_BITS: u32 = 10;

/// Open-addressing hash table from words to values; `absent` is what a
/// missing word gets.
pub struct Table<V> {
    /// A fixed number of slots, so a probe needs no bounds check.
    slots: Box<[(Key, V); SLOTS]>,
    absent: V,
    /// A bit for each word's hash, set if some word of the table has it.
    /// Most words of a text are in no table: their bit is mostly clear,
    /// and one read of this kilobyte, which stays in the nearest cache,
    /// turns them away before the slots (tens of kilobytes) are read.
    seen: Box<[u64; (1 << SEEN_BITS) / 64]>,
}

const SLOTS: usize = 1 << TABLE_BITS;

/// Bits of [`Table::seen`]: a table holds a few hundred words, so nearly
/// every word that is not in it finds its bit clear (one made-up word in
/// about twenty-five finds it set; see the tests).
const SEEN_BITS: u32 = 13;

impl<V: Copy> Table<V> {
    /// Builds the table; for a word given twice the first value counts.
    /// At most half of the `2^TABLE_BITS` slots may be used.
    pub fn build(entries: impl Iterator<Item = (&'static str, V)>, absent: V) -> Table<V> {
        let mut slots = Box::new([(Key::default(), absent); SLOTS]);
        let mut seen = Box::new([0u64; (1 << SEEN_BITS) / 64]);
        for (w, v) in entries {
            let Some(key) = Key::of(w.as_bytes()) else {
                continue;
            };
            let (word, bit) = Key::seen_bit(key.hash());
            seen[word] |= bit;
            let mut h = Key::slot(key.hash());
            while slots[h].0 != Key::default() && slots[h].0 != key {
                h = (h + 1) & (SLOTS - 1);
            }
            if slots[h].0 != key {
                slots[h] = (key, v);
            }
        }
        Table {
            slots,
            absent,
            seen,
        }
    }

    /// The value of `key`.
    pub fn get(&self, key: Key) -> V {
        let hash = key.hash();
        let (word, bit) = Key::seen_bit(hash);
        if self.seen[word] & bit == 0 {
            return self.absent;
        }
        let mut h = Key::slot(hash);
        loop {
            let (k, v) = self.slots[h];
            if k == key {
                return v;
            }
            if k == Key::default() {
                return self.absent;
            }
            h = (h + 1) & (SLOTS - 1);
        }
    }
}

static TABLE: LazyLock<Table<Lex>> =
    LazyLock::new(|| Table::build(WORDS.iter().copied(), Lex::Other));

/// The words whose presence makes a stretch of text worth parsing. Digits
/// are triggers too (handled by the scanner itself).
pub const TRIGGERS: &[&str] = &[
    // Years read out: "nineteen ninety", "eighteen sixty-five", "twenty
    // fifteen", "two thousand eight".
    "nineteen",
    "eighteen",
    "twenty",
    "thousand",
    "january",
    "jan",
    "february",
    "feb",
    "march",
    "mar",
    "april",
    "apr",
    "may",
    "june",
    "jun",
    "july",
    "jul",
    "august",
    "aug",
    "september",
    "sep",
    "sept",
    "october",
    "oct",
    "november",
    "nov",
    "december",
    "dec",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mondays",
    "tuesdays",
    "wednesdays",
    "thursdays",
    "fridays",
    "saturdays",
    "sundays",
    "second",
    "seconds",
    "minute",
    "minutes",
    "hour",
    "hours",
    "day",
    "days",
    "week",
    "weeks",
    "fortnight",
    "month",
    "months",
    "quarter",
    "quarters",
    "year",
    "years",
    "decade",
    "decades",
    "century",
    "centuries",
    // A unit and "long" in one word: "a weeklong recess".
    "hourlong",
    "daylong",
    "weeklong",
    "monthlong",
    "yearlong",
    "morning",
    "afternoon",
    "evening",
    "night",
    "nights",
    "dawn",
    "daybreak",
    "dusk",
    "nightfall",
    "tonight",
    "spring",
    "summer",
    "fall",
    "autumn",
    "winter",
    "summers",
    "winters",
    "autumns",
    "today",
    "yesterday",
    "tomorrow",
    "now",
    "currently",
    "current",
    "recently",
    "lately",
    "recent",
    // "the latest period" of a report
    "latest",
    // "first-half sales", "the second half" (a half year)
    "first half",
    "second half",
    "first-half",
    "second-half",
    "future",
    "term",
    "soon",
    "previously",
    "formerly",
    "nowadays",
    "daily",
    "weekly",
    "fortnightly",
    "midyear",
    "midweek",
    "monthly",
    "yearly",
    "annually",
    "quarterly",
    "hourly",
    "nightly",
    "semiannually",
    "biannually",
    "semi",
    "noon",
    "midnight",
    "midday",
    "midmorning",
    "midafternoon",
    // "at ten o'clock", "at nine thirty p.m.": clock times in words.
    "o'clock",
    "oclock",
    "a.m",
    "p.m",
    "weekend",
    "weekends",
    "christmas",
    "christmastime",
    "xmas",
    "hogmanay",
    "thanksgiving",
    "easter",
    "halloween",
    "new year",
    "independence day",
    "valentine",
    "labor day",
    "labour day",
    "memorial day",
    "veterans day",
    "luther king",
    "presidents day",
    "president's day",
    "presidents' day",
    "mother's day",
    "father's day",
    "patrick's day",
    "boxing day",
    "election day",
    "stephen's day",
    "palm sunday",
    "maundy thursday",
    "ash wednesday",
    "anzac day",
    "australia day",
    "canada day",
    "bastille day",
    "republic day",
    "gandhi jayanti",
    "waitangi day",
    "freedom day",
    "merdeka day",
    "malaysia day",
    "juneteenth",
    "pentecost",
    "ascension day",
    "whit monday",
    "whit sunday",
    "remembrance day",
    "andrew's day",
    "rizal day",
    "jamhuri day",
    "german unity day",
    "groundhog day",
    "mardi gras",
    "shrove tuesday",
    "pancake day",
    "epiphany",
    "all saints",
    "all souls",
    "day of the dead",
    "eid",
    "rosh hashanah",
    "rosh hashana",
    "yom kippur",
    "purim",
    "madaraka day",
    "mashujaa day",
    "national day",
    "chuseok",
    "seollal",
    "tet",
    "lantern festival",
    "goh mei",
    "dragon boat",
    "boishakh",
    "workers' day",
    "workers day",
    "remembrance sunday",
    "armistice day",
    "bank holiday",
    "past",
    "mid",
    "present",
    "overnight",
    "fy",
    "h1",
    "h2",
    "q1",
    "q2",
    "q3",
    "q4",
    "1q",
    "2q",
    "3q",
    "4q",
    "years-old",
    "year-old",
    "eve",
    "fifties",
    "sixties",
    "seventies",
    "eighties",
    "nineties",
];

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn seen_bits_turn_most_other_words_away() {
        // Few of the bits are set, so a word not in the table rarely
        // reaches its slots.
        let set: u32 = TABLE.seen.iter().map(|w| w.count_ones()).sum();
        assert!(set > 0 && set * 10 < 1 << SEEN_BITS, "{set} bits set");
        // Made-up words of three to ten letters: one in ten at most may
        // find its bit set (about one in twenty-five does).
        let mut seed = 7u64;
        let mut passed = 0;
        for n in 0..2000 {
            let word: Vec<u8> = (0..3 + n % 8)
                .map(|_| {
                    seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                    b'a' + u8::try_from((seed >> 33) % 26).unwrap_or(0)
                })
                .collect();
            let Some(key) = Key::of(&word) else {
                continue;
            };
            let (slot, bit) = Key::seen_bit(key.hash());
            if TABLE.seen[slot] & bit != 0 && classify_bytes(&word) == Lex::Other {
                passed += 1;
            }
        }
        assert!(passed < 200, "{passed} of 2000");
    }
}
