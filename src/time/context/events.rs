//! Dates of events: a possessive names the day of an event ("Monday's
//! game"), and a sudden event ("Tuesday's crash", "The quake hit shortly
//! after 2 a.m.") is told on its own day, which a story of its aftermath
//! goes on to give.

/// Whether the text right after an expression makes it a possessive
/// ("Monday's game", "Tuesday’s ruling").
pub fn possessive(after: &str) -> bool {
    after.starts_with("'s") || after.starts_with("\u{2019}s")
}

/// Sudden events, told in a moment: a story of their aftermath goes on
/// to give their account, on their day.
const SUDDEN_EVENTS: &[&str] = &[
    "crash",
    "collision",
    "earthquake",
    "quake",
    "explosion",
    "explosions",
    "blast",
    "blasts",
    "bombing",
    "bombings",
    "attack",
    "attacks",
    "shooting",
    "derailment",
    "accident",
    "eruption",
    "avalanche",
    "ambush",
    "stampede",
    // Markets' sudden falls: "Thursday's stunning plunge"
    "plunge",
    "collapse",
    "sell-off",
    "selloff",
    "rout",
    "meltdown",
    // "Monday's blackout", "Saturday's blaze" (not a storm, which
    // may be forecast)
    "outage",
    "blackout",
    "fire",
    "blaze",
    "riot",
    "riots",
    "tornado",
];

/// Whether the text right after an expression makes it a possessive of
/// a sudden event, told in a moment ("Tuesday's crash", "Saturday's
/// magnitude 7.6 earthquake"): its account is of that day.
pub fn sudden_event(after: &str) -> bool {
    let Some(rest) = after
        .strip_prefix("'s ")
        .or_else(|| after.strip_prefix("\u{2019}s "))
    else {
        return false;
    };
    rest.split(' ')
        .take(4)
        .take_while(|w| !w.is_empty())
        .map(|w| w.trim_end_matches([',', '.', ';', ':']))
        .any(|w| SUDDEN_EVENTS.iter().any(|e| w.eq_ignore_ascii_case(e)))
}

/// Whether the sentence up to an expression opens with a sudden event
/// as its subject ("The blackout struck at 4:11 p.m.", "The quake hit
/// shortly after 2 a.m."): the time is the event's, on its day.
pub fn sudden_event_told(sentence: &str) -> bool {
    let mut words = sentence.split_whitespace();
    matches!(
        words.next(),
        Some("The" | "the" | "A" | "a" | "An" | "an" | "That" | "This")
    ) && words.take(3).any(|w| {
        SUDDEN_EVENTS
            .iter()
            .any(|e| w.trim_end_matches([',', ';', ':']).eq_ignore_ascii_case(e))
    })
}
