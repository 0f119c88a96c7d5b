//! Every word the tagger knows, with its class.

use super::{Holiday, Kw, Lex, PartOfDay, Season, Unit};

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
        "min",
        Lex::Unit {
            unit: Unit::Minute,
            plural: false,
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
        "hr",
        Lex::Unit {
            unit: Unit::Hour,
            plural: false,
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
    ("sunrise", Lex::PartOfDay(PartOfDay::Morning)),
    ("sunset", Lex::PartOfDay(PartOfDay::Evening)),
    ("sundown", Lex::PartOfDay(PartOfDay::Evening)),
    ("lunchtime", Lex::PartOfDay(PartOfDay::Midday)),
    ("spring", Lex::Season(Season::Spring)),
    ("summer", Lex::Season(Season::Summer)),
    ("fall", Lex::Season(Season::Fall)),
    ("autumn", Lex::Season(Season::Fall)),
    ("winter", Lex::Season(Season::Winter)),
    ("thanksgiving", Lex::Holiday(Holiday::Thanksgiving)),
    ("easter", Lex::Holiday(Holiday::Easter)),
    ("halloween", Lex::Holiday(Holiday::Halloween)),
    ("hallowe'en", Lex::Holiday(Holiday::Halloween)),
    ("juneteenth", Lex::Holiday(Holiday::Juneteenth)),
    ("epiphany", Lex::Holiday(Holiday::Epiphany)),
    ("purim", Lex::Holiday(Holiday::Purim)),
    ("passover", Lex::Holiday(Holiday::Passover)),
    ("pesach", Lex::Holiday(Holiday::Passover)),
    ("shavuot", Lex::Holiday(Holiday::Shavuot)),
    ("sukkot", Lex::Holiday(Holiday::Sukkot)),
    ("hanukkah", Lex::Holiday(Holiday::Hanukkah)),
    ("chanukah", Lex::Holiday(Holiday::Hanukkah)),
    ("hanukah", Lex::Holiday(Holiday::Hanukkah)),
    ("pentecost", Lex::Holiday(Holiday::Pentecost)),
    // Whit Sunday, as Britain and Ireland name Pentecost.
    ("whitsun", Lex::Holiday(Holiday::Pentecost)),
    ("whitsunday", Lex::Holiday(Holiday::Pentecost)),
    // The Presentation of the Lord, 2 February.
    (
        "candlemas",
        Lex::Holiday(Holiday::Dated { month: 2, day: 2 }),
    ),
    ("christmastime", Lex::Holiday(Holiday::Christmas)),
    ("xmas", Lex::Holiday(Holiday::Christmas)),
    // Scotland's New Year's Eve.
    ("hogmanay", Lex::Holiday(Holiday::NewYearsEve)),
    // Korea's harvest festival falls on the Mid-Autumn day, its new year
    // ("Seollal") and Vietnam's ("Tet") on the lunar new year.
    ("chuseok", Lex::Holiday(Holiday::MidAutumn)),
    ("seollal", Lex::Holiday(Holiday::LunarNewYear)),
    ("tet", Lex::Holiday(Holiday::LunarNewYear)),
    // The solar term of the tombs: "Qingming (Festival)", "Ching Ming
    // Festival".
    ("qingming", Lex::Holiday(Holiday::Qingming)),
    ("ching", Lex::Holiday(Holiday::Qingming)),
    // Joyce's day in Dublin, 16 June, when "Ulysses" is set.
    (
        "bloomsday",
        Lex::Holiday(Holiday::Dated { month: 6, day: 16 }),
    ),
    // The Persian new year, in the spellings of Iran, Central Asia and
    // the Caucasus.
    ("nowruz", Lex::Holiday(Holiday::Nowruz)),
    ("norouz", Lex::Holiday(Holiday::Nowruz)),
    ("norooz", Lex::Holiday(Holiday::Nowruz)),
    ("nowrouz", Lex::Holiday(Holiday::Nowruz)),
    ("nowrooz", Lex::Holiday(Holiday::Nowruz)),
    ("navruz", Lex::Holiday(Holiday::Nowruz)),
    ("novruz", Lex::Holiday(Holiday::Nowruz)),
    ("nauryz", Lex::Holiday(Holiday::Nowruz)),
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
    ("biweekly", Lex::Kw(Kw::Fortnightly)),
    ("monthly", Lex::Kw(Kw::Monthly)),
    ("yearly", Lex::Kw(Kw::Yearly)),
    ("annually", Lex::Kw(Kw::Yearly)),
    ("annual", Lex::Kw(Kw::Yearly)),
    ("quarterly", Lex::Kw(Kw::Quarterly)),
    ("hourly", Lex::Kw(Kw::Hourly)),
    ("nightly", Lex::Kw(Kw::Nightly)),
    ("semiannually", Lex::Kw(Kw::HalfYearly)),
    ("biannually", Lex::Kw(Kw::HalfYearly)),
    ("biennially", Lex::Kw(Kw::Biennially)),
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
    ("weekday", Lex::Kw(Kw::Weekdays)),
    ("weekdays", Lex::Kw(Kw::Weekdays)),
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
