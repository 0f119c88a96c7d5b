//! Calendar arithmetic: holidays, seasons, weeks and unit shifts.
//!
//! Kept apart from the grammar so each rule (Easter's computus, "fourth
//! Thursday of November") is written and tested once.

use super::lexicon::{Hemisphere, Holiday, Season, Unit};
use jiff::ToSpan;
use jiff::civil::{Date, ISOWeekDate, Weekday};

/// Builds a date, `None` when the fields do not form one.
pub fn ymd(year: i32, month: u8, day: u8) -> Option<Date> {
    // TimeML values write four-digit years; year 0 and before cannot be
    // written ("0000-12" would read as a real month).
    if !(1..=9999).contains(&year) {
        return None;
    }
    let y = i16::try_from(year).ok()?;
    Date::new(y, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
}

/// Monday of ISO week `week` of `year`; `None` for a week the year lacks
/// (a 53rd week in most years).
pub fn iso_week(year: i32, week: i32) -> Option<Date> {
    let y = i16::try_from(year).ok()?;
    let w = i8::try_from(week).ok()?;
    ISOWeekDate::new(y, w, Weekday::Monday)
        .ok()
        .map(|d| d.date())
}

/// Weekday from ISO number 1 (Monday) ..= 7 (Sunday).
pub fn weekday(n: u8) -> Option<Weekday> {
    Weekday::from_monday_one_offset(i8::try_from(n).ok()?).ok()
}

/// The ISO number of the weekday of `d`, 1 (Monday) ..= 7 (Sunday), as
/// [`weekday`] takes it.
pub fn weekday_of(d: Date) -> u8 {
    d.weekday().to_monday_one_offset().unsigned_abs()
}

/// Weekday `day` (1 = Monday ..= 7 = Sunday) of the ISO week holding
/// `d`: the week's Monday for 1, "that Friday" of the week a story names
/// for 5.
pub fn day_of_week(d: Date, day: u8) -> Option<Date> {
    let back = i64::from(d.weekday().to_monday_zero_offset());
    shift(d, Unit::Day, i64::from(day) - 1 - back)
}

/// Gregorian Easter Sunday (anonymous Gregorian computus).
pub fn easter(year: i32) -> Option<Date> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    ymd(year, u8::try_from(month).ok()?, u8::try_from(day).ok()?)
}

/// Easter of the Eastern churches: the Julian computus, moved to the
/// Gregorian calendar by the days the two calendars differ in that
/// century (13 from 1900 to 2099).
pub fn orthodox_easter(year: i32) -> Option<Date> {
    let a = year % 4;
    let b = year % 7;
    let c = year % 19;
    let d = (19 * c + 15) % 30;
    let e = (2 * a + 4 * b - d + 34) % 7;
    let month = (d + e + 114) / 31;
    let day = (d + e + 114) % 31 + 1;
    let julian = ymd(year, u8::try_from(month).ok()?, u8::try_from(day).ok()?)?;
    let gap = i64::from(year / 100 - year / 400 - 2);
    julian.checked_add(gap.days()).ok()
}

/// The `n`-th (1-based) `wd` of a month.
fn nth_weekday(year: i32, month: u8, wd: Weekday, n: i8) -> Option<Date> {
    ymd(year, month, 1)?.nth_weekday_of_month(n, wd).ok()
}

/// Every day a holiday falls on in `year`: one, or two in order for a
/// feast of the shorter Hijri year that comes round twice in it (Eid
/// al-Adha fell on 10 January and 31 December 2006), or the several
/// days a name covers ("bank holiday Monday": each bank holiday Monday).
pub fn holiday_dates(h: Holiday, year: i32) -> impl Iterator<Item = Date> {
    let second = match h {
        Holiday::EidAlFitr => hijri_days(year, 10, 1).max(),
        Holiday::EidAlAdha => hijri_days(year, 12, 10).max(),
        _ => None,
    };
    let first = holiday_date(h, year);
    // (The bank holiday Mondays after Easter Monday, the first: the first
    // and last of May, the first of June, the first and last of August
    // and the last of October, in Britain's and Ireland's calendars.)
    let mondays = match h {
        Holiday::BankHolidayMonday => [(5, 1), (5, -1), (6, 1), (8, 1), (8, -1), (10, -1)]
            .iter()
            .filter_map(|&(month, n)| nth_weekday(year, month, Weekday::Monday, n))
            .collect(),
        _ => Vec::new(),
    };
    first
        .into_iter()
        .chain(second.filter(|s| first.is_some_and(|f| f < *s)))
        .chain(mondays)
}

/// The day a holiday falls on in `year`.
pub fn holiday_date(h: Holiday, year: i32) -> Option<Date> {
    use Holiday::*;
    // The shopping and giving days are counted from Thanksgiving.
    let after_thanksgiving = |days: i64| {
        nth_weekday(year, 11, Weekday::Thursday, 4)?
            .checked_add(days.days())
            .ok()
    };
    match h {
        Christmas => ymd(year, 12, 25),
        ChristmasEve => ymd(year, 12, 24),
        NewYearsDay => ymd(year, 1, 1),
        NewYearsEve => ymd(year, 12, 31),
        IndependenceDay => ymd(year, 7, 4),
        Halloween => ymd(year, 10, 31),
        Valentines => ymd(year, 2, 14),
        VeteransDay => ymd(year, 11, 11),
        StPatricks => ymd(year, 3, 17),
        BoxingDay => ymd(year, 12, 26),
        Thanksgiving => nth_weekday(year, 11, Weekday::Thursday, 4),
        ThanksgivingEve => after_thanksgiving(-1),
        BlackFriday => after_thanksgiving(1),
        SmallBusinessSaturday => after_thanksgiving(2),
        CyberMonday => after_thanksgiving(4),
        GivingTuesday => after_thanksgiving(5),
        LaborDay => nth_weekday(year, 9, Weekday::Monday, 1),
        MemorialDay => nth_weekday(year, 5, Weekday::Monday, -1),
        MlkDay => nth_weekday(year, 1, Weekday::Monday, 3),
        PresidentsDay => nth_weekday(year, 2, Weekday::Monday, 3),
        MothersDay => nth_weekday(year, 5, Weekday::Sunday, 2),
        FathersDay => nth_weekday(year, 6, Weekday::Sunday, 3),
        Easter => easter(year),
        ElectionDay => nth_weekday(year, 11, Weekday::Monday, 1)?
            .checked_add(1.day())
            .ok(),
        SuperTuesday => super_tuesday(year),
        SuperBowlSunday => super_bowl_sunday(year),
        BankHolidayMonday => easter(year)?.checked_add(1.day()).ok(),
        InaugurationDay => inauguration_day(year),
        GoodFriday => easter(year)?.checked_sub(2.days()).ok(),
        EasterMonday => easter(year)?.checked_add(1.day()).ok(),
        MayDay => ymd(year, 5, 1),
        LunarNewYear => lunar(year, 1, 1),
        LunarNewYearsEve => lunar(year, 1, 1)?.yesterday().ok(),
        MidAutumn => lunar(year, 8, 15),
        PalmSunday => easter(year)?.checked_sub(7.days()).ok(),
        MaundyThursday => easter(year)?.checked_sub(3.days()).ok(),
        HolySaturday => easter(year)?.checked_sub(1.days()).ok(),
        AshWednesday => easter(year)?.checked_sub(46.days()).ok(),
        Ascension => easter(year)?.checked_add(39.days()).ok(),
        Pentecost => easter(year)?.checked_add(49.days()).ok(),
        WhitMonday => easter(year)?.checked_add(50.days()).ok(),
        TrinitySunday => easter(year)?.checked_add(56.days()).ok(),
        DivineMercySunday => easter(year)?.checked_add(7.days()).ok(),
        AdventSunday(n) => {
            // The first falls from 27 November to 3 December.
            let first = ymd(year, 11, 27)?;
            let ahead = (7 - i64::from(first.weekday().to_sunday_zero_offset())) % 7;
            first
                .checked_add((ahead + 7 * (i64::from(n) - 1)).days())
                .ok()
        }
        LentSunday(n) => easter(year)?
            .checked_sub((49 - 7 * i64::from(n)).days())
            .ok(),
        AnzacDay => ymd(year, 4, 25),
        AustraliaDay | RepublicDay => ymd(year, 1, 26),
        GandhiJayanti => ymd(year, 10, 2),
        WaitangiDay => ymd(year, 2, 6),
        CanadaDay => ymd(year, 7, 1),
        BastilleDay => ymd(year, 7, 14),
        FreedomDay => ymd(year, 4, 27),
        MerdekaDay => ymd(year, 8, 31),
        MalaysiaDay => ymd(year, 9, 16),
        Juneteenth => ymd(year, 6, 19),
        StAndrews => ymd(year, 11, 30),
        StDavids => ymd(year, 3, 1),
        StGeorges => ymd(year, 4, 23),
        RizalDay => ymd(year, 12, 30),
        JamhuriDay => ymd(year, 12, 12),
        GermanUnityDay => ymd(year, 10, 3),
        GroundhogDay => ymd(year, 2, 2),
        EarthDay => ymd(year, 4, 22),
        VeDay => ymd(year, 5, 8),
        VictoryDay => ymd(year, 5, 9),
        FlagDay => ymd(year, 6, 14),
        SinglesDay => ymd(year, 11, 11),
        LeapDay => ymd(year, 2, 29),
        AprilFools => ymd(year, 4, 1),
        MardiGras => easter(year)?.checked_sub(47.days()).ok(),
        Epiphany => ymd(year, 1, 6),
        AllSaints => ymd(year, 11, 1),
        AllSouls => ymd(year, 11, 2),
        EidAlFitr => hijri(year, 10, 1),
        EidAlAdha => hijri(year, 12, 10),
        RoshHashanah => hebrew(year + 3761, 1, 1),
        YomKippur => hebrew(year + 3761, 1, 10),
        Purim => hebrew(year + 3760, 6, 14),
        Passover => hebrew(year + 3760, 7, 15),
        Shavuot => hebrew(year + 3760, 9, 6),
        LagBaOmer => hebrew(year + 3760, 8, 18),
        TishaBav => {
            let ninth = hebrew(year + 3760, 11, 9)?;
            if ninth.weekday() == Weekday::Saturday {
                ninth.checked_add(1.day()).ok()
            } else {
                Some(ninth)
            }
        }
        Sukkot => hebrew(year + 3761, 1, 15),
        Hanukkah => hebrew(year + 3761, 3, 25),
        RemembranceSunday => nth_weekday(year, 11, Weekday::Sunday, 2),
        CanadianThanksgiving => nth_weekday(year, 10, Weekday::Monday, 2),
        EarlyMayBank => nth_weekday(year, 5, Weekday::Monday, 1),
        SpringBank => nth_weekday(year, 5, Weekday::Monday, -1),
        AugustBank => nth_weekday(year, 8, Weekday::Monday, -1),
        ColumbusDay => nth_weekday(year, 10, Weekday::Monday, 2),
        PatriotsDay => nth_weekday(year, 4, Weekday::Monday, 3),
        CommonwealthDay => nth_weekday(year, 3, Weekday::Monday, 2),
        ArborDay => nth_weekday(year, 4, Weekday::Friday, -1),
        // The last Monday before 25 May: 24 May or the Monday before it.
        VictoriaDay => {
            let d = ymd(year, 5, 24)?;
            let back = i64::from(d.weekday().to_monday_zero_offset());
            d.checked_sub(back.days()).ok()
        }
        GuyFawkes => ymd(year, 11, 5),
        Dated { month, day } => ymd(year, month, day),
        MotheringSunday => easter(year)?.checked_sub(21.days()).ok(),
        FathersDaySeptember => nth_weekday(year, 9, Weekday::Sunday, 1),
        LabourDayNz => nth_weekday(year, 10, Weekday::Monday, 4),
        NationalDay => None,
        LanternFestival => lunar(year, 1, 15),
        DragonBoat => lunar(year, 5, 5),
        MadarakaDay => ymd(year, 6, 1),
        MashujaaDay => ymd(year, 10, 20),
        PohelaBoishakh => ymd(year, 4, 14),
        OrthodoxEaster => orthodox_easter(year),
        // 25 December of the Julian calendar, 7 January from 1900 to 2099.
        OrthodoxChristmas => ymd(year, 1, 7),
        BurnsNight => ymd(year, 1, 25),
        HangeulDay => ymd(year, 10, 9),
        Qingming => qingming(year),
        Nowruz => persian(year - 621, 1, 1),
    }
}

/// The day a US presidential term begins in `year`, None in a year no
/// term begins.
pub fn inauguration_day(year: i32) -> Option<Date> {
    // The Twentieth Amendment moved the day from 4 March, first kept on
    // 20 January in 1937; a term begins in the year after an election.
    if year % 4 != 1 {
        return None;
    }
    match year {
        1937.. => ymd(year, 1, 20),
        1793..=1933 => ymd(year, 3, 4),
        _ => None,
    }
}

/// "Super Tuesday" of a US presidential year: the known ones from 1988,
/// when the Southern states first voted on one day, through 2024; after
/// that the first Tuesday of March, where most cycles have put it (2008
/// moved it to 5 February). None in other years: there was no such day
/// in 2023, and "Super Tuesday" written then is 2020's or 2024's.
pub fn super_tuesday(year: i32) -> Option<Date> {
    const KNOWN: &[(i32, u8, u8)] = &[
        (1988, 3, 8),
        (1992, 3, 10),
        (1996, 3, 12),
        (2000, 3, 7),
        (2004, 3, 2),
        (2008, 2, 5),
        (2012, 3, 6),
        (2016, 3, 1),
        (2020, 3, 3),
        (2024, 3, 5),
    ];
    if let Some(&(y, month, day)) = KNOWN.iter().find(|k| k.0 == year) {
        return ymd(y, month, day);
    }
    (year > 2024 && year % 4 == 0)
        .then(|| nth_weekday(year, 3, Weekday::Tuesday, 1))
        .flatten()
}

/// The Sunday the Super Bowl is played in `year`. From 1990 it has
/// kept to the last Sunday of January (but in 2002, when the week of
/// games lost after 11 September 2001 pushed it to 3 February), the
/// first Sunday of February from 2004, and the second from 2022, when
/// the regular season grew to 17 games. None before 1990, whose dates
/// follow no one rule.
pub fn super_bowl_sunday(year: i32) -> Option<Date> {
    match year {
        2002 => ymd(2002, 2, 3),
        1990..=2003 => nth_weekday(year, 1, Weekday::Sunday, -1),
        2004..=2021 => nth_weekday(year, 2, Weekday::Sunday, 1),
        2022.. => nth_weekday(year, 2, Weekday::Sunday, 2),
        _ => None,
    }
}

/// The day of the solar term Qingming in China's time (UTC+8): the day
/// the sun's apparent longitude reaches 15°, 4, 5 or 6 April. The sun's
/// place is Meeus' low-accuracy one (*Astronomical Algorithms*, ch. 25:
/// mean longitude, equation of the centre, nutation and aberration),
/// good to about 0.01°, a quarter of an hour of the sun's motion, so a
/// day could come out wrong only for a term that close to midnight. It
/// is checked day for day against two ephemerides from 1900 to 2100
/// (see the test), and answers for those years only.
pub fn qingming(year: i32) -> Option<Date> {
    if !(1900..=2100).contains(&year) {
        return None;
    }
    // The term is sought over the eleven days from 30 March, 0h UT; the
    // sun's place is counted in days from J2000.0 (1 January 2000, 12h).
    let start = ymd(year, 3, 30)?;
    let from_j2000 = f64::from(start.since(ymd(2000, 1, 1)?).ok()?.get_days()) - 0.5;
    // Terrestrial time runs ahead of UT by ΔT, in seconds: Morrison and
    // Stephenson's parabola (0.5 s in 1900, 84 s in 2000, 231 s in 2100).
    let u = (f64::from(year) - 1820.0) / 100.0;
    let delta_t = (-20.0 + 32.0 * u * u) / 86_400.0;
    let longitude = |x: f64| {
        let t = (from_j2000 + x + delta_t) / 36525.0;
        let mean = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
        let anomaly = (357.52911 + 35999.05029 * t - 0.0001537 * t * t).to_radians();
        let centre = (1.914602 - 0.004817 * t - 0.000014 * t * t) * anomaly.sin()
            + (0.019993 - 0.000101 * t) * (2.0 * anomaly).sin()
            + 0.000289 * (3.0 * anomaly).sin();
        let node = (125.04 - 1934.136 * t).to_radians();
        (mean + centre - 0.00569 - 0.00478 * node.sin()).rem_euclid(360.0)
    };
    // Over those days the longitude climbs from about 9° to 20°: halve
    // the interval down to well under a second.
    let (mut lo, mut hi) = (0.0_f64, 11.0_f64);
    for _ in 0..40 {
        let mid = f64::midpoint(lo, hi);
        if longitude(mid) < 15.0 {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    // Days after 30 March at which the term falls in China's time.
    // (Between 0 and 11: the cast is exact.)
    let days = (hi + 8.0 / 24.0).floor() as i64;
    start.checked_add(days.days()).ok()
}

/// The first Gregorian day in `year` that is `month`/`day` of a Hijri
/// year, by the Umm al-Qura calendar. The Hijri year is some 11 days
/// shorter, so a day of it falls once in most Gregorian years and twice
/// in a few; the first is taken (see [`holiday_dates`] for both).
fn hijri(year: i32, month: u8, day: u8) -> Option<Date> {
    hijri_days(year, month, day).min()
}

/// Every Gregorian day in `year` that is `month`/`day` of a Hijri year:
/// one or two.
fn hijri_days(year: i32, month: u8, day: u8) -> impl Iterator<Item = Date> {
    use icu_calendar::{Date as IcuDate, cal::Hijri};
    let first = (year - 622) * 33 / 32;
    (first - 1..=first + 2)
        .filter_map(move |h| {
            from_icu(
                IcuDate::try_new_hijri_with_calendar(h, month, day, Hijri::new_umm_al_qura())
                    .ok()?,
            )
        })
        .filter(move |d| i32::from(d.year()) == year)
}

/// The Gregorian day of `month`/`day` of the Hebrew year `year` (months
/// counted from Tishrei; 6 is Adar, Adar II in a leap year).
fn hebrew(year: i32, month: u8, day: u8) -> Option<Date> {
    use icu_calendar::{Date as IcuDate, types::Month};
    from_icu(IcuDate::try_new_hebrew_v2(year, Month::new(month), day).ok()?)
}

/// The Gregorian day of `month`/`day` of the Persian (Solar Hijri)
/// year `year`, Iran's civil calendar, whose year begins at the March
/// equinox.
fn persian(year: i32, month: u8, day: u8) -> Option<Date> {
    from_icu(icu_calendar::Date::try_new_persian(year, month, day).ok()?)
}

/// The Gregorian day of a date of another calendar.
fn from_icu<A: icu_calendar::AsCalendar>(d: icu_calendar::Date<A>) -> Option<Date> {
    let d = d.to_calendar(icu_calendar::Iso);
    ymd(
        d.year().extended_year(),
        d.month().ordinal,
        d.day_of_month().0,
    )
}

/// The Gregorian day of `month`/`day` of the Chinese lunisolar year that
/// starts in Gregorian `year`. The lunisolar calendar follows new moons
/// and solar terms, so a crate that computes them does the conversion.
fn lunar(year: i32, month: u8, day: u8) -> Option<Date> {
    let d = lunar_lite::lunar_to_solar(lunar_lite::LunarDate {
        year,
        month,
        day,
        is_leap_month: false,
    })
    .ok()?;
    ymd(d.year, d.month, d.day)
}

/// The month a movable holiday always falls in ("Thanksgiving", the
/// fourth Thursday of November), for the value of "every Thanksgiving";
/// none for one whose month moves (Easter) or that has no fixed rule.
pub fn holiday_month(h: Holiday) -> Option<u8> {
    let month = |y: i32| holiday_date(h, y).map(|d| d.month().unsigned_abs());
    let first = month(2001)?;
    // (A cycle of the weekday rules is 28 years; Easter's moves sooner.)
    (2002..2030)
        .all(|y| month(y) == Some(first))
        .then_some(first)
}

/// Month and day of fixed-date holidays (for values without a year).
pub fn holiday_fixed(h: Holiday) -> Option<(u8, u8)> {
    use Holiday::*;
    Some(match h {
        Christmas => (12, 25),
        ChristmasEve => (12, 24),
        NewYearsDay => (1, 1),
        NewYearsEve => (12, 31),
        IndependenceDay => (7, 4),
        Halloween => (10, 31),
        Valentines => (2, 14),
        VeteransDay => (11, 11),
        StPatricks => (3, 17),
        BoxingDay => (12, 26),
        MayDay => (5, 1),
        AnzacDay => (4, 25),
        AustraliaDay | RepublicDay => (1, 26),
        GandhiJayanti => (10, 2),
        WaitangiDay => (2, 6),
        CanadaDay => (7, 1),
        BastilleDay => (7, 14),
        FreedomDay => (4, 27),
        MerdekaDay => (8, 31),
        MalaysiaDay => (9, 16),
        Juneteenth => (6, 19),
        StAndrews => (11, 30),
        StDavids => (3, 1),
        StGeorges => (4, 23),
        RizalDay => (12, 30),
        JamhuriDay => (12, 12),
        GermanUnityDay => (10, 3),
        GroundhogDay => (2, 2),
        EarthDay => (4, 22),
        VeDay => (5, 8),
        VictoryDay => (5, 9),
        FlagDay => (6, 14),
        SinglesDay => (11, 11),
        LeapDay => (2, 29),
        AprilFools => (4, 1),
        Epiphany => (1, 6),
        AllSaints => (11, 1),
        AllSouls => (11, 2),
        GuyFawkes => (11, 5),
        Dated { month, day } => (month, day),
        MadarakaDay => (6, 1),
        MashujaaDay => (10, 20),
        OrthodoxChristmas => (1, 7),
        PohelaBoishakh => (4, 14),
        BurnsNight => (1, 25),
        HangeulDay => (10, 9),
        _ => return None,
    })
}

/// First day of a season labelled `year`. Convention: meteorological
/// seasons; winter `YYYY-WI` runs from 1 December YYYY to the end of
/// February YYYY+1.
pub fn season_start(s: Season, year: i32) -> Option<Date> {
    let month = match s {
        Season::Spring => 3,
        Season::Summer => 6,
        Season::Fall => 9,
        Season::Winter => 12,
    };
    ymd(year, month, 1)
}

/// Last day of a season labelled `year` (see [`season_start`]).
pub fn season_end(s: Season, year: i32) -> Option<Date> {
    match s {
        Season::Spring => ymd(year, 5, 31),
        Season::Summer => ymd(year, 8, 31),
        Season::Fall => ymd(year, 11, 30),
        Season::Winter => ymd(year + 1, 3, 1)?.yesterday().ok(),
    }
}

/// First and last day of the season labelled `year` where `h` names it:
/// in the south, summer `2023-SU` runs from December 2023 to February
/// 2024, the months of the north's winter `2023-WI`.
pub fn season_bounds(s: Season, year: i32, h: Hemisphere) -> Option<(Date, Date)> {
    let s = match h {
        Hemisphere::North => s,
        Hemisphere::South => s.opposite(),
    };
    Some((season_start(s, year)?, season_end(s, year)?))
}

/// The season containing `d` and its label year.
pub fn season_of(d: Date) -> (Season, i32) {
    let y = i32::from(d.year());
    match d.month() {
        3..=5 => (Season::Spring, y),
        6..=8 => (Season::Summer, y),
        9..=11 => (Season::Fall, y),
        12 => (Season::Winter, y),
        _ => (Season::Winter, y - 1),
    }
}

/// `d` moved by `n` units (calendar arithmetic, day clamped).
pub fn shift(d: Date, unit: Unit, n: i64) -> Option<Date> {
    // Amounts come from the text ("99999 years ago"): build the span
    // fallibly, so an amount out of the calendar's range is `None`, and
    // so is a year before 1, which a TimeML value cannot write in digits.
    let span = jiff::Span::new();
    let span = match unit {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => span.try_days(n),
        Unit::Week => span.try_weeks(n),
        Unit::Fortnight => span.try_weeks(n.checked_mul(2)?),
        Unit::Month => span.try_months(n),
        Unit::Quarter => span.try_months(n.checked_mul(3)?),
        Unit::Year => span.try_years(n),
        Unit::Decade => span.try_years(n.checked_mul(10)?),
        Unit::Century => span.try_years(n.checked_mul(100)?),
    };
    d.checked_add(span.ok()?).ok().filter(|r| r.year() >= 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn movable_holidays() {
        assert_eq!(easter(2024), ymd(2024, 3, 31));
        assert_eq!(easter(2023), ymd(2023, 4, 9));
        assert_eq!(holiday_date(Holiday::Thanksgiving, 2023), ymd(2023, 11, 23));
        assert_eq!(holiday_date(Holiday::MemorialDay, 2023), ymd(2023, 5, 29));
        assert_eq!(holiday_date(Holiday::LaborDay, 2023), ymd(2023, 9, 4));
        assert_eq!(holiday_date(Holiday::LunarNewYear, 2023), ymd(2023, 1, 22));
        assert_eq!(holiday_date(Holiday::LunarNewYear, 2024), ymd(2024, 2, 10));
        assert_eq!(holiday_date(Holiday::LunarNewYear, 2025), ymd(2025, 1, 29));
        assert_eq!(
            holiday_date(Holiday::LunarNewYearsEve, 2024),
            ymd(2024, 2, 9)
        );
        assert_eq!(holiday_date(Holiday::MidAutumn, 2023), ymd(2023, 9, 29));
        let twice: Vec<_> = holiday_dates(Holiday::EidAlAdha, 2006).collect();
        assert_eq!(twice.len(), 2, "{twice:?}");
        assert_eq!(Some(twice[0]), ymd(2006, 1, 10));
        assert_eq!(holiday_dates(Holiday::Christmas, 2006).count(), 1);
        assert_eq!(orthodox_easter(1999), ymd(1999, 4, 11));
        assert_eq!(orthodox_easter(2023), ymd(2023, 4, 16));
        assert_eq!(orthodox_easter(2024), ymd(2024, 5, 5));
        // Some years the two Easters fall together.
        assert_eq!(orthodox_easter(2025), easter(2025));
    }

    #[test]
    fn inauguration_days() {
        assert_eq!(inauguration_day(2021), ymd(2021, 1, 20));
        assert_eq!(inauguration_day(1937), ymd(1937, 1, 20));
        assert_eq!(inauguration_day(1933), ymd(1933, 3, 4));
        // No term begins in other years.
        assert_eq!(inauguration_day(2022), None);
        assert_eq!(inauguration_day(2024), None);
    }

    #[test]
    fn super_tuesdays() {
        assert_eq!(super_tuesday(2008), ymd(2008, 2, 5));
        assert_eq!(super_tuesday(1988), ymd(1988, 3, 8));
        assert_eq!(super_tuesday(2028), ymd(2028, 3, 7));
        // No such day outside a presidential year, nor before 1988.
        assert_eq!(super_tuesday(2023), None);
        assert_eq!(super_tuesday(1984), None);
        assert_eq!(super_tuesday(2030), None);
    }

    /// Qingming's day of April in each year from 1900 to 2100, as both
    /// sxtwl (the "Shouxing" calendar's ephemeris) and PyEphem (VSOP87)
    /// place the sun at 15° in UTC+8; the two agree within 17 seconds in
    /// every year. The closest to midnight are 00:09:51 on 5 April 2071
    /// and 00:11:10 on 6 April 1943.
    const QINGMING_1900_2100: &str = concat!(
        "55665566556655565556", // 1900-1919
        "55565556555655565556", // 1920
        "55565555555555555555", // 1940
        "55555555555555554555", // 1960
        "45554555455545554555", // 1980
        "45554555445544554455", // 2000
        "44554455445544554455", // 2020
        "44454445444544454445", // 2040
        "44454445444544444444", // 2060
        "44444444444444444444", // 2080
        "5",                    // 2100
    );

    #[test]
    fn qingming_matches_the_ephemerides() {
        for (year, day) in (1900..=2100).zip(QINGMING_1900_2100.bytes()) {
            let day = day - b'0';
            assert_eq!(qingming(year), ymd(year, 4, day), "{year}");
        }
        assert_eq!(qingming(2024), ymd(2024, 4, 4));
        assert_eq!(qingming(2023), ymd(2023, 4, 5));
        assert_eq!(qingming(1902), ymd(1902, 4, 6));
        // Unchecked years are not guessed.
        assert_eq!(qingming(1899), None);
        assert_eq!(qingming(2101), None);
    }

    #[test]
    fn winter_spans_new_year() {
        assert_eq!(season_end(Season::Winter, 2023), ymd(2024, 2, 29));
        assert_eq!(season_of(date(2024, 1, 10)), (Season::Winter, 2023));
    }
}
