//! The word lists of the tense walk: past forms, future markers,
//! timetable verbs, verbs of intent, forecasting and rescheduling, and the
//! hash table that gives each word its lists as bits.

use crate::time::lexicon::Table;
use std::sync::LazyLock;

/// Words ending in "ed" that are not past forms.
const NOT_PAST_ED: &[&str] = &[
    "need", "indeed", "speed", "feed", "seed", "bleed", "breed", "proceed", "exceed", "succeed",
    "hundred", "red", "bed", "shed", "wed", "united", "limited", "embed", "steed", "creed",
    "greed", "weed", "reed", "deed", "heed", "freed",
];

/// Past forms that start with "un" and are verbs, not the adjectives
/// most such words are ("unspecified", "unnamed", "unchanged"): "Disney
/// unveiled the service in April".
pub(super) const UN_VERBS: &[&str] = &[
    "unveiled",
    "uncovered",
    "unleashed",
    "unearthed",
    "unfolded",
    "unlocked",
    "unloaded",
    "unraveled",
    "unravelled",
    "unsealed",
    "unblocked",
    "unpacked",
    "unwrapped",
    "unseated",
    "unfurled",
    "unmasked",
    "unplugged",
    "unnerved",
    "unified",
    "undermined",
    "underscored",
    "underlined",
    "underpinned",
    "underestimated",
    "underperformed",
];

/// Irregular past forms common in news, and words that put a clause in
/// the past ("ago", "since").
const IRREGULAR_PAST: &[&str] = &[
    "said",
    "told",
    "met",
    "made",
    "went",
    "came",
    "took",
    "gave",
    "saw",
    "held",
    "began",
    "rose",
    "fell",
    "lost",
    "won",
    "left",
    "sent",
    "spent",
    "paid",
    "sold",
    "bought",
    "brought",
    "thought",
    "found",
    "became",
    "built",
    "ran",
    "wrote",
    "spoke",
    "chose",
    "drove",
    "grew",
    "knew",
    "threw",
    "struck",
    "led",
    "fled",
    "died",
    "shot",
    "got",
    "kept",
    "felt",
    "meant",
    "stood",
    "sat",
    "sought",
    "taught",
    "caught",
    "fought",
    "hung",
    "slid",
    "swore",
    "tore",
    "wore",
    "woke",
    "forgot",
    "forgave",
    "overtook",
    "undertook",
    "withdrew",
    "drew",
    "flew",
    "broke",
    "stole",
    "froze",
    "rode",
    "rang",
    "sang",
    "sank",
    "swam",
    "dealt",
    "did",
    "was",
    "were",
    "had",
    "ago",
    "since",
    "yesterday",
    "heard",
    "arose",
    "bore",
    "bid",
    "hid",
    "laid",
    "lay",
    "lit",
    "quit",
    "slept",
    "wept",
    "overcame",
    "swept",
    "crept",
    "leapt",
    "dug",
    "stuck",
    "sprang",
    "shook",
    "spun",
    "swung",
    "understood",
    "withstood",
    "upheld",
    "overthrew",
    "mistook",
    "oversaw",
    "underwent",
    "foresaw",
    "forbade",
    "bent",
    "lent",
    "clung",
    "flung",
    "strode",
    "rebuilt",
    "retook",
    "rewrote",
    "knelt",
    "blew",
    "ate",
    "drank",
    "shrank",
    "overran",
    "outsold",
    "outspent",
    "misled",
    "befell",
    "slew",
    "overheard",
    "overrode",
    // Regular past forms too short for the "-ed" test, which must leave
    // "need", "feed" and "shed" alone.
    "sued",
    "owed",
    "tied",
    "vied",
    "lied",
    "bled",
    "bred",
    "eyed",
    // Participles that are not the past form: "has risen since the
    // spring", "had fallen in March", "was taken to hospital on Monday".
    "risen",
    "fallen",
    "grown",
    "taken",
    "shown",
    "known",
    "done",
    "gone",
    "written",
    "chosen",
    "driven",
    "broken",
    "spoken",
    "stolen",
    "frozen",
    "begun",
    "flown",
    "drawn",
    "thrown",
    "sworn",
    "hidden",
    "eaten",
    "beaten",
    "forgotten",
    "forgiven",
    "withdrawn",
    "overtaken",
    "undertaken",
    "shaken",
    "ridden",
    "sunk",
    "blown",
    "overthrown",
    "arisen",
    "mistaken",
    "undergone",
    "overseen",
    "slain",
    // Also the present plural, but in news far more often the result:
    // "who beat Texas 10-1 on Thursday".
    "beat",
];

/// Words that mark a future reference.
const FUTURE: &[&str] = &[
    "will",
    "shall",
    "should",
    "ll",
    "going",
    "expected",
    "expects",
    "expect",
    "scheduled",
    "plans",
    "plan",
    "planning",
    "upcoming",
    "tomorrow",
    "intends",
    "aims",
    "hopes",
    "would",
    "set",
    "wo",
    "may",
    "might",
    "next",
    "slated",
    // "a second summit pencilled in for Wednesday"
    "pencilled",
    "penciled",
    "supposed",
    "due",
    "poised",
    "seeks",
    "until",
];

/// Present-tense auxiliaries: "the talks are in their third day since
/// Friday" is about the nearest Friday. (A date right after "is" is what
/// something is, and lies ahead: see the tense walk's lead-ins.)
const PRESENT: &[&str] = &["is", "are", "am"];

/// The verbs of timetables: a present "opens Saturday", "expires March
/// 1", "which starts on 14 August" is a date ahead. Their plural forms
/// are also nouns ("the travel industry", "the start of"), so they only
/// make the clause present (see [`PLURAL_TIMETABLE`]).
const TIMETABLE: &[&str] = &[
    "opens",
    "closes",
    // An event listing's: "The chorus performs Saturday at 7 p.m.",
    // "The choir sings Sunday", "the committee gathers Saturday". (Not
    // "presents", "screens" or "honors", as often the nouns.)
    "performs",
    "sings",
    "gathers",
    // "Tuesday's total lunar eclipse lasts from 5:16 a.m. to 6:41 a.m."
    "lasts",
    "begins",
    "starts",
    "ends",
    "expires",
    // Never a noun, so a timetable in the plural too: "city workers,
    // whose contracts expire in June".
    "expire",
    "resumes",
    "convenes",
    "arrives",
    "departs",
    "kicks",
    "lands",
    "visits",
    "returns",
    "meets",
    "reports",
    "reconvenes",
    "leaves",
    "heads",
    // "Jay-Z headlines the Pyramid Stage on Saturday night"
    "headlines",
    // "The gig finally happens on Saturday"
    "happens",
    "travels",
    "hosts",
    "plays",
    "reopens",
    "launches",
    "faces",
    "runs",
    "goes",
    "continues",
    "falls",
    "turns",
    // Anniversaries: "the country celebrates its 250th birthday on July
    // 4", "In the autumn, Wales marks 60 years since ...".
    "marks",
    "celebrates",
    "commemorates",
    // "The Bank of England announces its decision on Thursday."
    "announces",
    // "whose contract becomes amendable in June"
    "becomes",
    // "when its new timetable comes into force on 1 June"
    "comes",
    "publishes",
    "releases",
    "unveils",
    "flies",
    // Schedules of sittings, hearings and broadcasts: "the deadline
    // passes at 5pm on Thursday", "the court sits again on Monday",
    // "the series premieres in May", "the Senate votes Tuesday".
    "passes",
    "finishes",
    "concludes",
    // "Toronto's film festival, which wraps up on Sunday", "the sale
    // winds up on Friday", "the courthouse shuts on Friday", "the school
    // breaks up for the summer on Friday", "the parade steps off at 11
    // a.m. Saturday"
    "wraps",
    "winds",
    "shuts",
    "breaks",
    "steps",
    "premieres",
    "airs",
    "debuts",
    "sits",
    "lapses",
    "matures",
    "retires",
    "testifies",
    "decides",
    "speaks",
    "appears",
    "hears",
    "sails",
    "holds",
    "takes",
    "votes",
    // "President Obama lays out his own approach in a speech on Wednesday"
    "lays",
    // "The bridge remains closed until Monday"
    "remains",
    "stays",
    "outlines",
    "delivers",
    // Forecasts are told in the present: "Snow tapers off Saturday",
    // "Rain moves in Thursday", "the storm weakens Tuesday night".
    "tapers",
    "lingers",
    "persists",
    "clears",
    "moves",
    "sweeps",
    "spreads",
    "peaks",
    "eases",
    "weakens",
    "strengthens",
    "intensifies",
    "brings",
    "reaches",
    "drops",
    "rises",
    "climbs",
    // "The storm makes landfall Tuesday night"
    "makes",
    // "The software ships in Q4", "Windows 11 rolls out Tuesday", "the
    // old network switches off on Saturday", "the keynote streams
    // Tuesday", "the reward unlocks Friday"
    "ships",
    "rolls",
    "switches",
    "streams",
    "unlocks",
    "debuts",
    // A game's or a rule's schedule: "The Final Four tips off Saturday",
    // "The series shifts to St. Louis on Saturday", "the mask mandate
    // lifts Saturday".
    "tips",
    "shifts",
    "lifts",
    // "FedEx posts quarterly results Thursday"
    "posts",
    // A milestone reached on a day ahead: "The strike enters its second
    // week on Monday". (Not "hits": "QUAKE HITS TOKYO ON MONDAY" is a
    // headline's past.)
    "enters",
];

/// Timetable verbs in the plural: "Manchester United host QPR on Sunday".
const PLURAL_TIMETABLE: &[&str] = &[
    "meet", "begin", "start", "resume", "convene", "host", "play", "travel", "face", "go",
    "continue", "end", "reopen", "return", "fly", "run", "arrive", "hold", "remain", "stay",
    "visit",
    // "Lawmakers leave Friday for the Thanksgiving recess" (the noun of
    // "on leave", "sick leave" is kept out by its timetable rule).
    "leave", // "The G20 leaders gather in Antalya on Sunday"
    "gather",
    // A forecast's plurals: "temperatures drop Sunday", "showers linger
    // into Monday".
    "linger", "persist", "taper", "drop", "rise", "climb",
    // "Booster shots roll out Monday", "Schools break up for half-term
    // on Friday", "Ireland kick off against Scotland on Sunday"
    "roll", "break", "kick", "step",
    // "The Pixel 8 phones ship Thursday", "The All Blacks name their side
    // for the final on Thursday"
    "ship", "name", "announce", "unveil",
    // "Year 12 students sit their first exam on Wednesday", "Voters
    // take to the polls on Sunday". (Not "vote": "won a Commons vote on
    // Wednesday" is the noun.)
    "sit", "take",
];

/// Verbs of getting ready: what a city braces or prepares for lies ahead
/// of it ("Airports braced for the busiest day of the year on
/// Wednesday", "the city prepares for Friday's opening ceremony").
const ANTICIPATE: &[&str] = &[
    "brace",
    "braces",
    "braced",
    "bracing",
    "prepare",
    "prepares",
    "prepared",
    "preparing",
    "gearing",
    "readying",
    // "Preparations for Wednesday's inauguration were in full swing"
    "preparations",
    // "as American retailers restocked for Black Friday and Christmas"
    "restocked",
    "restocking",
    "stocked",
    "stocking",
];

/// Verbs of forecasting: what is forecast lies ahead ("forecasters
/// predicted a mild Christmas", "has forecast a cool change on Saturday").
/// Not "forecasts", far more often the noun ("earnings beat forecasts").
const FORECAST: &[&str] = &[
    "forecast",
    // (a verb only before what is forecast: "The bank forecasts higher
    // wheat prices"; "the forecasts" are a noun)
    "forecasts",
    "forecasting",
    "predict",
    "predicts",
    "predicted",
    "predicting",
    // "Futures markets see the first rate cut in November"
    "see",
    "sees",
];

/// Verbs of schedules after "due to": "due to report", "due to be
/// released". Any other word makes "due to" a cause ("due to weak demand").
const DUE_TO_VERBS: &[&str] = &[
    "be",
    // "higher rates due to follow on Wednesday"
    "follow",
    "begin",
    "start",
    "open",
    "close",
    "end",
    "expire",
    "arrive",
    "leave",
    "depart",
    "meet",
    "take",
    "report",
    "release",
    "announce",
    "publish",
    "visit",
    "return",
    "hold",
    "resume",
    "vote",
    "sign",
    "speak",
    "testify",
    "appear",
    "launch",
    "go",
    "come",
    "make",
    "finish",
    "complete",
    "land",
    "retire",
    "step",
    "face",
    "rule",
    "decide",
    "deliver",
    "receive",
    "hear",
    "issue",
    "submit",
    "pay",
    "mature",
    "run",
    "stay",
    "travel",
    "fly",
    "attend",
    "address",
    "present",
    "give",
    "enter",
    "reopen",
    "conclude",
    "lapse",
    "unveil",
    "kick",
    "get",
    "have",
    "bring",
    "send",
    "reach",
    "become",
    "move",
    "switch",
    "debut",
    "air",
    "premiere",
    "sail",
    "touch",
    "splash",
    "dock",
    "hand",
    "ship",
    "introduce",
    "raise",
    "cut",
    "lift",
    "sit",
    "play",
    "perform",
    "undergo",
    "graduate",
    "marry",
    "rise",
    "fall",
];

/// Verbs and adjectives whose infinitive is still ahead of them: in
/// "hoped to form a government by Tuesday" or "promised to leave the EU
/// by 31 January" the date belongs to the forming and the leaving, which
/// the past "hoped" or "promised" has not reached.
const INTENT: &[&str] = &[
    "hope",
    "hoped",
    "hopes",
    "hoping",
    "promise",
    "promised",
    "promises",
    "pledge",
    "pledged",
    "pledges",
    "vow",
    "vowed",
    "vows",
    "intend",
    "intended",
    "intends",
    "intending",
    "aimed",
    "aiming",
    "aims",
    "want",
    "wanted",
    "wants",
    "likely",
    "unlikely",
    "ready",
    "prepare",
    "prepares",
    "preparing",
    "prepared",
    "ordered",
    // "was bailed to appear at the crown court on Monday"
    "bailed",
    "remanded",
    // "stores permitted to open at 8 a.m. Wednesday"
    "permitted",
    "allowed",
    "urged",
    "urges",
    "asked",
    "told",
    "threatened",
    "threatens",
    "decided",
    "decides",
    // "voted last night to close the school in June"
    "voted",
    "votes",
    "offered",
    // "advised drivers to set off before 10am on Friday"
    "advised",
    "advises",
    // "agreed to meet again Wednesday at 10 a.m."
    "agree",
    "agreed",
    "agrees",
    "proposed",
    "proposes",
    "sought",
    "expected",
    // "The duties were meant to be lifted in April"
    "meant",
    // "requires the panel to report by Sept. 28"
    "requires",
    "require",
    "required",
    // "calls for Israeli troops to begin withdrawing by December 13"
    "calls",
    "call",
    "calling",
    // "is on course to enter orbit around Mars on Aug. 24", "on track to
    // open in June"
    "course",
    "track",
];

/// Nouns of what is meant to be done, which bring in an infinitive as the
/// verbs of [`INTENT`] do: "ended with an agreement to meet again in
/// September", "unveiled plans to open a store in June", "in a bid to
/// finish the deal by Friday". (Only before their infinitive: "the relief
/// effort passed $25 million by Tuesday" promised nothing.)
pub(super) const INTENT_NOUNS: &[&str] = &[
    "agreement",
    "deal",
    "decision",
    "plan",
    "plans",
    "bid",
    "effort",
    "efforts",
    "attempt",
];

/// Words that cannot start an infinitive: "clinging to an inner tube",
/// "tied to the introduction" use "to" as a preposition.
const NOT_VERB: &[&str] = &[
    "a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these",
    "those", "date", "it", "them", "him", "us", "me", "some", "all", "about", "more",
];

/// Words after which a verb is in its base form: "will shut", "could
/// set", "to cut" are not the past forms "shut", "set", "cut".
const BASE_BEFORE: &[&str] = &[
    "will", "would", "shall", "should", "can", "could", "may", "might", "must", "ll", "to", "not",
];

// The words with rules of their own in `marker`, beyond the class lists the
// rules read (future, present, timetable, getting ready, forecasting,
// irregular past). Each list is read by its rule, and all of them by the
// class table's `class::OWN_RULE` bit (see [`OWN_RULES`]), so that
// `marker` can pass over the many words that mark nothing at once.

/// "if Iraq does not withdraw by Jan. 15": the present of a condition
/// (read only in one).
pub(super) const DO: &[&str] = &["do", "does", "doesn", "don"];
/// "Poles vote on Sunday".
pub(super) const VOTE: &[&str] = &["vote"];
/// What is awaited lies ahead: "markets await Thursday's decision".
pub(super) const AWAIT: &[&str] = &["await", "awaits", "awaiting", "eyeing", "dreading"];
/// What is waited for lies ahead: "the market is waiting for Friday's
/// report" (read only before "for").
pub(super) const WAIT: &[&str] = &["wait", "waits", "waiting"];
/// What draws near lies ahead: "Tuesday's deadline is fast approaching".
pub(super) const APPROACH: &[&str] = &[
    "approaching",
    "approaches",
    "looms",
    "looming",
    "nears",
    "nearing",
];
/// "are focusing on Friday's report".
pub(super) const FOCUS: &[&str] = &["focus", "focusing", "focuses"];
/// "investors turn to Friday's jobs report".
pub(super) const TURN: &[&str] = &["turn", "turns", "turning"];
/// "inflation is seen peaking in the summer".
pub(super) const SEEN: &[&str] = &["seen"];
/// "have been declared public holidays".
pub(super) const DECLARED: &[&str] = &["declared", "designated"];
/// "showers likely on Sunday", "storms possible through Wednesday".
pub(super) const LIKELY: &[&str] = &["likely", "possible"];
/// Intentions: "plans to open".
pub(super) const PLAN: &[&str] = &["plan", "plans", "planned", "planning"];
/// "takes effect", "takes over".
pub(super) const TAKE: &[&str] = &["take", "takes"];
/// "gets under way".
pub(super) const GET: &[&str] = &["get", "gets"];
/// "heading into the final session".
pub(super) const HEADING: &[&str] = &["heading"];
/// "must pass both Houses by March".
pub(super) const MUST: &[&str] = &["must"];
/// "could close Friday".
pub(super) const COULD: &[&str] = &["could"];
/// "can apply from Monday".
pub(super) const CAN: &[&str] = &["can", "cannot"];
/// "warned of thunderstorms on Monday".
pub(super) const WARN: &[&str] = &["warned", "warns", "warning"];
/// "warned on Sunday of heavy snow through Tuesday": the "of" of a
/// warning told with a day of its own (read only after a warning).
pub(super) const OF: &[&str] = &["of"];
/// "results are due on Feb. 27".
pub(super) const DUE: &[&str] = &["due"];
/// "set up a committee on Saturday".
pub(super) const SET: &[&str] = &["set"];
/// "Polls open at 7 a.m. Tuesday".
pub(super) const OPEN_CLOSE: &[&str] = &["open", "close"];
/// "has one more chance on Friday".
pub(super) const HAVE: &[&str] = &["has", "have"];
/// "has been thin since Christmas".
pub(super) const BEEN: &[&str] = &["been"];
/// "was to brief the Knesset on Wednesday".
pub(super) const WAS: &[&str] = &["was", "were"];
/// The "'d" of "we'd rather", "she'd gone": "would" or "had".
pub(super) const APOSTROPHE_D: &[&str] = &["d"];
/// Verbs whose past is their base: "last cut its rate on Sept. 13".
pub(super) const SAME_PAST: &[&str] = &["cut", "put", "hit", "cost", "spread", "split", "shut"];

/// "The forecast calls for snow on Sunday" (read only before "for").
pub(super) const CALL: &[&str] = &["call", "calls"];
/// "Clocks fall back one hour early Sunday" (read only after "clocks").
pub(super) const CLOCKS_CHANGE: &[&str] = &["fall", "go", "spring", "change"];

/// The lists above, for the class table.
pub(super) const OWN_RULES: &[&[&str]] = &[
    DO,
    VOTE,
    AWAIT,
    APPROACH,
    FOCUS,
    TURN,
    SEEN,
    DECLARED,
    LIKELY,
    PLAN,
    TAKE,
    GET,
    HEADING,
    MUST,
    COULD,
    CAN,
    WARN,
    OF,
    DUE,
    SET,
    OPEN_CLOSE,
    HAVE,
    BEEN,
    WAS,
    SAME_PAST,
    APOSTROPHE_D,
    WAIT,
    CALL,
    CLOCKS_CHANGE,
];

/// Which of the word lists above a word belongs to, as bits, so a
/// sentence's words are looked up once each instead of every list being
/// searched for every word the tense walk passes.
pub(super) mod class {
    pub const IRREGULAR_PAST: u32 = 1;
    pub const NOT_PAST_ED: u32 = 1 << 1;
    pub const FUTURE: u32 = 1 << 2;
    pub const PRESENT: u32 = 1 << 3;
    pub const DUE_TO_VERB: u32 = 1 << 4;
    pub const INTENT: u32 = 1 << 5;
    pub const NOT_VERB: u32 = 1 << 6;
    pub const BASE_BEFORE: u32 = 1 << 7;
    pub const TIMETABLE: u32 = 1 << 8;
    pub const ANTICIPATE: u32 = 1 << 9;
    pub const FORECAST: u32 = 1 << 10;
    pub const PLURAL_TIMETABLE: u32 = 1 << 11;
    pub const RESCHEDULE: u32 = 1 << 12;
    pub const DISASTER: u32 = 1 << 13;
    pub const FEARED: u32 = 1 << 14;
    /// Not a list: a capitalised word past the sentence's first, a name
    /// ("a call to Bush"), set where a sentence's words are read.
    pub const NAME: u32 = 1 << 15;
    /// A word with a rule of its own in `marker` (in one of the lists
    /// [`OWN_RULES`](super::OWN_RULES) gathers).
    pub const OWN_RULE: u32 = 1 << 16;
    /// A word some lead-in rule looks for a few words before a date
    /// (habits, "due", "than"): one bit tells the rules whether to look.
    pub const LEAD_CUE: u32 = 1 << 17;
    /// A word of weather reports: "highs", "sunny", "showers".
    pub const WEATHER: u32 = 1 << 18;
    /// The words a tense marker may be: those of the lists `marker`'s
    /// rules read. (Other words mark one only as a participle, an
    /// infinitive or a "from" of comparison, which it tests itself.)
    pub const MAY_MARK: u32 =
        IRREGULAR_PAST | FUTURE | PRESENT | TIMETABLE | ANTICIPATE | FORECAST | OWN_RULE;
}

pub(super) static CLASSES: LazyLock<Table<u32>> = LazyLock::new(|| {
    let lists = [
        (IRREGULAR_PAST, class::IRREGULAR_PAST),
        (NOT_PAST_ED, class::NOT_PAST_ED),
        (FUTURE, class::FUTURE),
        (PRESENT, class::PRESENT),
        (TIMETABLE, class::TIMETABLE),
        (PLURAL_TIMETABLE, class::PRESENT | class::PLURAL_TIMETABLE),
        (DUE_TO_VERBS, class::DUE_TO_VERB),
        (INTENT, class::INTENT),
        (NOT_VERB, class::NOT_VERB),
        (BASE_BEFORE, class::BASE_BEFORE),
        (ANTICIPATE, class::ANTICIPATE),
        (FORECAST, class::FORECAST),
        (RESCHEDULE, class::RESCHEDULE),
        (DISASTERS, class::DISASTER),
        (FEARED, class::FEARED),
        (LEAD_CUES, class::LEAD_CUE),
        (WEATHER, class::WEATHER),
    ];
    let own = OWN_RULES.iter().map(|&list| (list, class::OWN_RULE));
    let mut merged: Vec<(&'static str, u32)> = Vec::new();
    for (list, bit) in lists.into_iter().chain(own) {
        for &w in list {
            match merged.iter_mut().find(|(m, _)| *m == w) {
                Some((_, bits)) => *bits |= bit,
                None => merged.push((w, bit)),
            }
        }
    }
    Table::build(merged.into_iter(), 0)
});

/// Words the lead-in rules look for a few words before a date: adverbs
/// of habit ("usually held in August"), "due" ("due for harvest in
/// January") and "than" or "unlike" ("higher than at the peak in April").
const LEAD_CUES: &[&str] = &[
    "usually",
    "normally",
    "typically",
    "traditionally",
    "customarily",
    "due",
    "than",
    "unlike",
];

/// Verbs that put something off or set its date: what they set it to or
/// for is ahead of them (see the tense walk's lead-ins).
const RESCHEDULE: &[&str] = &[
    "adjourn",
    "adjourns",
    "adjourned",
    "adjourning",
    "postpone",
    "postpones",
    "postponed",
    "postponing",
    "defer",
    "defers",
    "deferred",
    "deferring",
    "delay",
    "delays",
    "delayed",
    "delaying",
    "reschedule",
    "reschedules",
    "rescheduled",
    "rescheduling",
    "moved",
    "move",
    "moves",
    // "moving it from Sept. 9 to Jan. 13"
    "moving",
    // "Community leaders planned a rally for Saturday"
    "planned",
    "pushed",
    // "The launch has slipped to the fourth quarter"
    "slip",
    "slips",
    "slipped",
    // "pushing the April 4 vote back to June 20"
    "push",
    "pushes",
    "pushing",
    "brought",
    "set",
    "sets",
    "setting",
    "fixed",
    "extend",
    "extends",
    "extended",
    "extending",
    // "Airlines have canceled 1,200 flights for Thursday"
    "cancel",
    "cancels",
    "canceled",
    "cancelled",
    "postponing",
    "delaying",
    "adjourning",
    "deferring",
    // "The union has called a national demonstration for Wednesday"
    "called",
    "calls",
    "summoned",
    // "NJ Transit suspended service through at least Friday"
    "suspend",
    "suspends",
    "suspended",
    "suspending",
    // "pulled the jet from its schedule through Aug. 5", "grounded the
    // fleet through Sunday", "has removed the MAX from its schedule
    // through early April"
    "pulled",
    "grounded",
    "halted",
    "removed",
];

/// Words of weather reports, which tell days ahead without a verb:
/// "highs Wednesday near 70", "Tuesday: mostly sunny".
const WEATHER: &[&str] = &[
    "highs",
    "lows",
    "sunny",
    "cloudy",
    "showers",
    "thunderstorms",
    "flurries",
    "breezy",
    "overcast",
    "drizzle",
];

/// Events that happen without being scheduled: one with a date is past
/// (see the tense walk's lead-ins).
const DISASTERS: &[&str] = &[
    "attack",
    "attacks",
    "earthquake",
    "quake",
    "tsunami",
    "bombing",
    "bombings",
    "blast",
    "explosion",
    "crash",
    "riot",
    "riots",
    "massacre",
    "shooting",
    "shootings",
    "killings",
    "coup",
    "accident",
    "derailment",
    "assassination",
    "invasion",
    "uprising",
    "stampede",
    "landslide",
    // Crimes are not scheduled either: "Police are investigating a
    // burglary on Thursday night".
    "burglary",
    "robbery",
    "stabbing",
    "murder",
    "assault",
    "arson",
    "theft",
    "mugging",
    "carjacking",
];

/// Words that make a disaster one feared, not one that happened.
const FEARED: &[&str] = &[
    "threat", "threats", "fear", "fears", "feared", "warned", "warning", "warnings", "plot",
    "plotting", "plan", "planned", "planning", "risk", "possible", "prevent", "foil", "foiled",
];
