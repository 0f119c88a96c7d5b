//! The country a story is told from, for the holidays whose day depends
//! on it and the seasons whose months do.
//!
//! "Independence Day" is 4 July in Boston, 15 August in New Delhi and 1
//! October in Lagos; "Father's Day" is in June in London and in September
//! in Sydney. News rarely says which country it means, but it names its
//! places: the country named most, by its name, its people or its
//! cities, is the story's. The count runs only when such a holiday or a
//! season is met, once per text, so stories without one pay nothing.

use super::lexicon::{Hemisphere, Holiday};
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use std::cell::OnceCell;
use std::sync::LazyLock;

/// The countries whose holidays of a shared name fall on other days than
/// the United States' (the default).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Country {
    UnitedStates,
    Canada,
    UnitedKingdom,
    Ireland,
    Australia,
    NewZealand,
    India,
    Pakistan,
    Bangladesh,
    SriLanka,
    Nigeria,
    Ghana,
    Kenya,
    Uganda,
    Tanzania,
    Zimbabwe,
    SouthAfrica,
    Philippines,
    Indonesia,
    Singapore,
    Malaysia,
    China,
    Mexico,
    Brazil,
    Ukraine,
    Thailand,
    Vietnam,
    Taiwan,
    UnitedArabEmirates,
    SaudiArabia,
    Qatar,
}

/// Words that place a story: a country's name, its people, its capital
/// and its best-known cities. Lowercase; matched whole, ignoring case.
/// Names shared with places elsewhere ("Perth", "Kingston", "Victoria",
/// "Wellington") are left out.
const CUES: &[(&str, Country)] = {
    use Country::*;
    &[
        ("u.s.", UnitedStates),
        ("united states", UnitedStates),
        ("america", UnitedStates),
        ("american", UnitedStates),
        ("americans", UnitedStates),
        ("washington", UnitedStates),
        ("congress", UnitedStates),
        ("new york", UnitedStates),
        ("california", UnitedStates),
        ("texas", UnitedStates),
        ("florida", UnitedStates),
        ("chicago", UnitedStates),
        ("new mexico", UnitedStates),
        ("canada", Canada),
        ("canadian", Canada),
        ("canadians", Canada),
        ("ottawa", Canada),
        ("toronto", Canada),
        ("montreal", Canada),
        ("vancouver", Canada),
        ("calgary", Canada),
        ("ontario", Canada),
        ("quebec", Canada),
        ("alberta", Canada),
        ("british columbia", Canada),
        ("manitoba", Canada),
        ("saskatchewan", Canada),
        ("nova scotia", Canada),
        ("new brunswick", Canada),
        ("newfoundland", Canada),
        ("winnipeg", Canada),
        ("edmonton", Canada),
        ("halifax", Canada),
        ("britain", UnitedKingdom),
        ("british", UnitedKingdom),
        ("u.k.", UnitedKingdom),
        ("england", UnitedKingdom),
        ("london", UnitedKingdom),
        ("scotland", UnitedKingdom),
        ("wales", UnitedKingdom),
        ("manchester", UnitedKingdom),
        ("birmingham", UnitedKingdom),
        ("glasgow", UnitedKingdom),
        ("edinburgh", UnitedKingdom),
        ("ireland", Ireland),
        ("irish", Ireland),
        ("dublin", Ireland),
        ("northern ireland", UnitedKingdom),
        ("australia", Australia),
        ("australian", Australia),
        ("australians", Australia),
        ("sydney", Australia),
        ("melbourne", Australia),
        ("canberra", Australia),
        ("brisbane", Australia),
        ("adelaide", Australia),
        ("queensland", Australia),
        ("new south wales", Australia),
        ("nsw", Australia),
        ("new zealand", NewZealand),
        ("auckland", NewZealand),
        ("christchurch", NewZealand),
        ("india", India),
        ("indian", India),
        ("indians", India),
        ("delhi", India),
        ("new delhi", India),
        ("mumbai", India),
        ("kolkata", India),
        ("chennai", India),
        ("bengaluru", India),
        ("bangalore", India),
        ("hyderabad", India),
        ("ahmedabad", India),
        // Where the prime minister speaks on Independence Day.
        ("red fort", India),
        ("pakistan", Pakistan),
        ("pakistani", Pakistan),
        ("karachi", Pakistan),
        ("lahore", Pakistan),
        ("islamabad", Pakistan),
        ("bangladesh", Bangladesh),
        ("bangladeshi", Bangladesh),
        ("dhaka", Bangladesh),
        ("sri lanka", SriLanka),
        ("sri lankan", SriLanka),
        ("colombo", SriLanka),
        ("nigeria", Nigeria),
        ("nigerian", Nigeria),
        ("nigerians", Nigeria),
        ("lagos", Nigeria),
        ("abuja", Nigeria),
        ("ghana", Ghana),
        ("ghanaian", Ghana),
        ("accra", Ghana),
        ("kenya", Kenya),
        ("kenyan", Kenya),
        ("nairobi", Kenya),
        ("mombasa", Kenya),
        ("uganda", Uganda),
        ("ugandan", Uganda),
        ("kampala", Uganda),
        ("tanzania", Tanzania),
        ("tanzanian", Tanzania),
        ("dar es salaam", Tanzania),
        ("zimbabwe", Zimbabwe),
        ("zimbabwean", Zimbabwe),
        ("harare", Zimbabwe),
        ("south africa", SouthAfrica),
        ("south african", SouthAfrica),
        ("johannesburg", SouthAfrica),
        ("pretoria", SouthAfrica),
        ("cape town", SouthAfrica),
        ("philippines", Philippines),
        ("philippine", Philippines),
        ("filipino", Philippines),
        ("filipinos", Philippines),
        ("manila", Philippines),
        ("indonesia", Indonesia),
        ("indonesian", Indonesia),
        ("jakarta", Indonesia),
        ("singapore", Singapore),
        ("singaporean", Singapore),
        ("singaporeans", Singapore),
        ("malaysia", Malaysia),
        ("malaysian", Malaysia),
        ("kuala lumpur", Malaysia),
        ("china", China),
        ("chinese", China),
        ("beijing", China),
        ("shanghai", China),
        ("hong kong", China),
        ("mexico", Mexico),
        ("mexican", Mexico),
        ("mexicans", Mexico),
        ("brazil", Brazil),
        ("brazilian", Brazil),
        ("brasilia", Brazil),
        ("ukraine", Ukraine),
        ("ukrainian", Ukraine),
        ("ukrainians", Ukraine),
        ("kyiv", Ukraine),
        ("kiev", Ukraine),
        ("thailand", Thailand),
        ("thai", Thailand),
        ("bangkok", Thailand),
        ("vietnam", Vietnam),
        ("vietnamese", Vietnam),
        ("hanoi", Vietnam),
        ("ho chi minh city", Vietnam),
        ("taiwan", Taiwan),
        ("taiwanese", Taiwan),
        ("taipei", Taiwan),
        ("united arab emirates", UnitedArabEmirates),
        ("uae", UnitedArabEmirates),
        ("emirati", UnitedArabEmirates),
        ("dubai", UnitedArabEmirates),
        ("abu dhabi", UnitedArabEmirates),
        ("saudi", SaudiArabia),
        ("riyadh", SaudiArabia),
        ("jeddah", SaudiArabia),
        ("qatar", Qatar),
        ("qatari", Qatar),
        ("doha", Qatar),
    ]
};

/// One automaton over every cue. Leftmost-longest, so "New Delhi" and
/// "Northern Ireland" are read whole and "New Mexico" is not Mexico. It
/// runs over few texts, once each, so the automaton that is quickest to
/// build is the one to have.
static CUE_FINDER: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::DFA))
        .build(CUES.iter().map(|(w, _)| w))
        .ok()
});

/// The cues of `text`, whole words only, with where each ends.
fn cues(text: &str) -> impl Iterator<Item = (Country, usize)> + '_ {
    let bytes = text.as_bytes();
    let word = |i: usize| bytes.get(i).is_some_and(|b| b.is_ascii_alphanumeric());
    CUE_FINDER
        .as_ref()
        .into_iter()
        .flat_map(move |ac| ac.find_iter(text))
        .filter(move |m| {
            let glued = m.start().checked_sub(1).is_some_and(word);
            !glued && !word(m.end()) && !surname(text, m.start())
        })
        .map(|m| (CUES[m.pattern().as_usize()].1, m.end()))
}

/// Words before a place's name that make a larger place of it ("West
/// London", "Greater Manchester") or a body of it ("Air Canada"), not a
/// person.
const PLACE_MODIFIERS: &[&str] = &[
    "North", "South", "East", "West", "Central", "Greater", "Great", "Northern", "Southern",
    "Eastern", "Western", "Upper", "Lower", "Inner", "Outer", "Downtown", "Metro", "Air", "Royal",
    "Radio", "Team",
];

/// Whether the cue at `start` is a person's surname: it follows a
/// capitalised word inside a sentence ("Education Minister Simon
/// Birmingham said", "actor Denzel Washington"), not one that opens it
/// ("In London, ...") nor one that only widens the place ("West London").
fn surname(text: &str, start: usize) -> bool {
    let Some(before) = text.get(..start).and_then(|b| b.strip_suffix(' ')) else {
        return false;
    };
    let name = before.rsplit([' ', '\n']).next().unwrap_or("");
    let capitalised = name.len() >= 2
        && name.starts_with(|c: char| c.is_ascii_uppercase())
        && name.bytes().all(|b| b.is_ascii_alphabetic());
    let rest = before[..before.len() - name.len()].trim_end_matches(' ');
    let opens = rest.is_empty() || rest.ends_with(['.', '!', '?', '\n', '"', ':']);
    capitalised && !opens && !PLACE_MODIFIERS.contains(&name)
}

/// The country a text is told from, worked out the first time a holiday
/// asks for it.
pub struct Locale<'t> {
    text: &'t str,
    country: OnceCell<Option<Country>>,
}

/// How close before a holiday a country must be named to be the
/// holiday's own ("India's Independence Day", "Canadian Thanksgiving",
/// "Nigeria marks its 63rd Independence Day").
const NEAR: usize = 40;

impl<'t> Locale<'t> {
    pub fn new(text: &'t str) -> Self {
        Locale {
            text,
            country: OnceCell::new(),
        }
    }

    /// The country named most often, the United States unless another is
    /// named more; `None` when the text names none.
    fn named(&self) -> Option<Country> {
        *self.country.get_or_init(|| {
            let mut counts: Vec<(Country, usize)> = Vec::new();
            for (c, _) in cues(self.text) {
                match counts.iter_mut().find(|(k, _)| *k == c) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((c, 1)),
                }
            }
            if counts.is_empty() {
                return None;
            }
            let us = counts
                .iter()
                .find(|(c, _)| *c == Country::UnitedStates)
                .map_or(0, |(_, n)| *n);
            // The first named wins a tie between two others: a story is
            // placed in its opening lines.
            counts
                .iter()
                .filter(|(_, n)| *n > us)
                .fold(None, |best: Option<(Country, usize)>, &(c, n)| match best {
                    Some((_, m)) if m >= n => best,
                    _ => Some((c, n)),
                })
                .map_or(Some(Country::UnitedStates), |(c, _)| Some(c))
        })
    }

    /// The country a holiday named at `at` belongs to: one named just
    /// before it, in the same sentence, or else the story's.
    fn country_at(&self, at: usize) -> Country {
        self.named_at(at).unwrap_or(Country::UnitedStates)
    }

    /// [`Locale::country_at`], `None` when the text names no country.
    fn named_at(&self, at: usize) -> Option<Country> {
        let mut from = at.saturating_sub(NEAR);
        while !self.text.is_char_boundary(from) {
            from += 1;
        }
        let before = self.text.get(from..at).unwrap_or("");
        // Back to the sentence's start: a line break, "!", "?", or a full
        // stop after a lowercase word (not the dots of "U.S.").
        let b = before.as_bytes();
        let start = (0..b.len())
            .rev()
            .find(|&k| {
                matches!(b[k], b'\n' | b'!' | b'?')
                    || (b[k] == b'.' && k > 0 && b[k - 1].is_ascii_lowercase())
            })
            .map_or(0, |k| k + 1);
        let sentence = &before[start..];
        cues(sentence)
            .last()
            .map(|(c, _)| c)
            .or_else(|| self.named())
    }

    /// "Labour Day", spelt as outside the United States, at `at`: 1 May,
    /// International Workers' Day, as most of the world keeps it, and
    /// where no country is named ("Workers rallied across Asia on Labour
    /// Day"); the day of its own in the few countries that keep one under
    /// that name (Canada's first Monday of September, New Zealand's
    /// fourth Monday of October), and the United States' where a story
    /// from there spells it so.
    pub fn labour_day(&self, at: usize) -> Holiday {
        use Country::*;
        match self.named_at(at) {
            // (Australia's states keep theirs on four different days;
            // none is told apart here, and the day stays as it was.)
            Some(UnitedStates | Canada | Australia | NewZealand) => {
                self.localize(Holiday::LaborDay, at)
            }
            _ => Holiday::MayDay,
        }
    }

    /// Whether the text around `at` is told from the United States (or
    /// names no country): "Election day" in lower case is the US one only
    /// there, as elsewhere it is whichever election the story is about.
    pub fn american(&self, at: usize) -> bool {
        self.country_at(at) == Country::UnitedStates
    }

    /// Whether a numeric date at `at` is written day first ("04/06/2019"
    /// in New Delhi is 4 June): in the countries that write it so, where
    /// the text names one. The United States, Canada and the Philippines
    /// write the month first; China and Taiwan the year. (Only when the
    /// text names a country: an unplaced text is read as the United
    /// States' is.)
    pub fn day_first(&self, at: usize) -> bool {
        use Country::*;
        !matches!(
            self.named_at(at),
            None | Some(UnitedStates | Canada | Philippines | China | Taiwan)
        )
    }

    /// The hemisphere whose seasons the text around `at` names: the
    /// south for a story from a country wholly or mostly below the
    /// equator, whose seasons are named ("the Australian winter").
    pub fn hemisphere(&self, at: usize) -> Hemisphere {
        use Country::*;
        match self.country_at(at) {
            Australia | NewZealand | SouthAfrica | Zimbabwe | Brazil => Hemisphere::South,
            _ => Hemisphere::North,
        }
    }

    /// `h` as the country of the text around `at` keeps it: "Independence
    /// Day" in a story from New Delhi is 15 August.
    pub fn localize(&self, h: Holiday, at: usize) -> Holiday {
        use Country::*;
        let local = |c: Country| match (h, c) {
            (Holiday::IndependenceDay, c) => {
                independence(c).map(|(month, day)| Holiday::Dated { month, day })
            }
            (Holiday::Thanksgiving, Canada) => Some(Holiday::CanadianThanksgiving),
            (Holiday::LaborDay, NewZealand) => Some(Holiday::LabourDayNz),
            (
                Holiday::LaborDay,
                India | Pakistan | Bangladesh | SriLanka | Nigeria | Ghana | Kenya | Uganda
                | Tanzania | Zimbabwe | SouthAfrica | Philippines | Indonesia | Singapore
                | Malaysia | China | Mexico | Brazil | Ukraine,
            ) => Some(Holiday::MayDay),
            (Holiday::MothersDay, UnitedKingdom | Ireland) => Some(Holiday::MotheringSunday),
            (Holiday::FathersDay, Australia | NewZealand) => Some(Holiday::FathersDaySeptember),
            // The late king's and the queen mother's birthdays.
            (Holiday::FathersDay, Thailand) => Some(Holiday::Dated { month: 12, day: 5 }),
            (Holiday::MothersDay, Thailand) => Some(Holiday::Dated { month: 8, day: 12 }),
            (Holiday::NationalDay, c) => {
                national(c).map(|(month, day)| Holiday::Dated { month, day })
            }
            _ => None,
        };
        match h {
            Holiday::IndependenceDay
            | Holiday::Thanksgiving
            | Holiday::LaborDay
            | Holiday::MothersDay
            | Holiday::FathersDay
            | Holiday::NationalDay => local(self.country_at(at)).unwrap_or(h),
            _ => h,
        }
    }
}

/// The month and day a country marks its independence, where that day
/// is fixed and called so in English.
fn independence(c: Country) -> Option<(u8, u8)> {
    use Country::*;
    Some(match c {
        India => (8, 15),
        Pakistan => (8, 14),
        Bangladesh => (3, 26),
        SriLanka => (2, 4),
        Nigeria => (10, 1),
        Ghana => (3, 6),
        Kenya => (12, 12),
        Uganda => (10, 9),
        Tanzania => (12, 9),
        Zimbabwe => (4, 18),
        Philippines => (6, 12),
        Indonesia => (8, 17),
        Mexico => (9, 16),
        Brazil => (9, 7),
        Ukraine => (8, 24),
        _ => return None,
    })
}

/// The month and day of a country's "National Day".
fn national(c: Country) -> Option<(u8, u8)> {
    use Country::*;
    Some(match c {
        Singapore => (8, 9),
        China => (10, 1),
        Malaysia => (8, 31),
        Vietnam => (9, 2),
        Taiwan => (10, 10),
        UnitedArabEmirates => (12, 2),
        SaudiArabia => (9, 23),
        Qatar => (12, 18),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_country_named_most_places_the_story() {
        let l = Locale::new(
            "NEW DELHI - Police in Delhi said on Monday that Indian officials met U.S. envoys.",
        );
        assert_eq!(l.named(), Some(Country::India));
        let l = Locale::new("Officials in Washington said the U.S. would ask India to help.");
        assert_eq!(l.named(), Some(Country::UnitedStates));
        assert_eq!(Locale::new("No place at all.").named(), None);
        // "New Mexico" is not Mexico.
        assert_eq!(
            Locale::new("Albuquerque, New Mexico").named(),
            Some(Country::UnitedStates)
        );
    }

    #[test]
    fn a_surname_names_no_place() {
        // The minister's surname is no English city; the state is named
        // by its initials.
        let l = Locale::new(
            "Some students in NSW were anxious. Federal Education Minister Simon Birmingham said on Friday the tests help.",
        );
        assert_eq!(l.named(), Some(Country::Australia));
        // A place widened ("West London") or opening a sentence stays one.
        let l = Locale::new("In West London and Greater Manchester, and in Sydney, shops closed.");
        assert_eq!(l.named(), Some(Country::UnitedKingdom));
        let l = Locale::new("London councils met. Birmingham followed; Great Britain agreed.");
        assert_eq!(l.named(), Some(Country::UnitedKingdom));
    }

    #[test]
    fn a_country_named_just_before_the_holiday_is_its_own() {
        let text =
            "Washington officials in Washington sent greetings for Pakistan's Independence Day.";
        let at = text.find("Independence").unwrap_or(0);
        let l = Locale::new(text);
        assert_eq!(
            l.localize(Holiday::IndependenceDay, at),
            Holiday::Dated { month: 8, day: 14 }
        );
        assert_eq!(l.localize(Holiday::Christmas, at), Holiday::Christmas);
    }
}
