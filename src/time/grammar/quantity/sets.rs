//! Sets, times that repeat: "every week", "each year", "every other
//! month", "every few weeks", "daily", "quarterly", "twice a year", "three
//! times a day", "six days a week", "on Sundays", "Tuesday nights", "every
//! 13 June", with the hour of a schedule ("every Friday at 8 p.m.", "every
//! morning at eight", "leaves daily at 2200 hours").

use crate::time::calendar::{holiday_fixed, holiday_month};
use crate::time::grammar::Parser;
use crate::time::grammar::quantity::opens_amount;
use crate::time::lexicon::{Kw, Lex, PartOfDay, Unit};
use crate::time::sem::{Match, Val};
use crate::time::timex::{Freq, Recurrence, TimexType};
use crate::time::token::Kind;
use crate::time::value::duration;

impl Parser<'_> {
    /// Sets: "every week", "each year", "daily", "twice a year", "Mondays".
    pub(in crate::time::grammar) fn set(&self, i: usize) -> Option<Match> {
        // Of the keywords, every form opens only with an amount (whose
        // keywords are among `opens_amount`'s), "once", "twice", "every",
        // "each" or a word of frequency ("daily", "weekends"), as the
        // match on the first token in `set_unguarded` lists them.
        if matches!(self.lex(i), Some(Lex::Kw(k)) if !opens_amount(k) && !matches!(
            k,
            Kw::Once
                | Kw::Twice
                | Kw::Every
                | Kw::Each
                | Kw::Quarterly
                | Kw::Weekend
                | Kw::Weekdays
                | Kw::Daily
                | Kw::Weekly
                | Kw::Fortnightly
                | Kw::Monthly
                | Kw::Yearly
                | Kw::Hourly
                | Kw::Nightly
                | Kw::HalfYearly
                | Kw::Biennially
        )) {
            return None;
        }
        self.set_unguarded(i)
    }

    /// The quantifier and frequency of the set in tokens `i..end`, read
    /// off its words: "every"/"each", and "once", "twice", "three times"
    /// or "six days" before "a"/"per" and the period. A range of counts
    /// ("two to three times a year") gives no frequency. Asked by the
    /// tagger for the sets it keeps, so no match carries them.
    pub(crate) fn recurrence(&self, i: usize, end: usize) -> Recurrence {
        let mut r = Recurrence::default();
        let joined = |j: usize| if self.hyphen(j) { j + 1 } else { j };
        let mut k = i;
        while k < end {
            match self.lex(k) {
                Some(Lex::Kw(Kw::Every)) if r.quant.is_none() => r.quant = Some("EVERY"),
                Some(Lex::Kw(Kw::Each)) if r.quant.is_none() => r.quant = Some("EACH"),
                Some(Lex::Kw(Kw::Once)) => {
                    r.freq = Some(Freq {
                        count: 1,
                        unit: 'X',
                    })
                }
                Some(Lex::Kw(Kw::Twice)) => {
                    let count = if self.word_is(k, "thrice") { 3 } else { 2 };
                    r.freq = Some(Freq { count, unit: 'X' });
                }
                _ => {}
            }
            if let Some((Some(n), after)) = self.number_at(k)
                && after > k
            {
                if self.word_in(after, &["or", "to"]) {
                    return Recurrence { freq: None, ..r };
                }
                let count = (n.fract() == 0.0 && n >= 1.0).then_some(n as u32);
                let per = |j: usize| self.kw_any(j, &[Kw::A, Kw::Per]).is_some();
                let unit = if self.kw(joined(after), Kw::Times) {
                    Some('X')
                } else if matches!(self.lex(after), Some(Lex::PartOfDay(_))) && per(after + 1) {
                    // "four nights a week": four times.
                    Some('X')
                } else {
                    match self.unit(after) {
                        Some((u, _)) if per(after + 1) => Some(match u {
                            Unit::Hour => 'H',
                            Unit::Day => 'D',
                            Unit::Week => 'W',
                            Unit::Month => 'M',
                            Unit::Year => 'Y',
                            _ => 'X',
                        }),
                        _ => None,
                    }
                };
                if let (Some(count), Some(unit)) = (count, unit) {
                    r.freq = Some(Freq { count, unit });
                }
                k = after;
                continue;
            }
            k += 1;
        }
        r
    }

    /// Sets, read at any start: [`Parser::set`] without its guard, kept
    /// apart so a test can check that the guard turns away no set.
    pub(in crate::time::grammar) fn set_unguarded(&self, i: usize) -> Option<Match> {
        let set = |end: usize, v: String| Some(Match::new(end, TimexType::Set, Val::Fixed(v)));
        if let Some(v) = self.habit_plural(i) {
            return set(i + 1, v);
        }
        // "once every two months": the count belongs to the set.
        if self.kw(i, Kw::Once) && self.kw(i + 1, Kw::Every) {
            return self.set(i + 1);
        }
        // "three or four nights a week", "two to three times a year": the
        // range of counts belongs to the set.
        // The count at `i`, asked for by several of the forms below.
        let count = self.number_at(i);
        if let Some((Some(_), k)) = count
            && self.word_in(k, &["or", "to"])
            && self.number_at(k + 1).is_some_and(|(n, _)| n.is_some())
            && let Some(m) = self.set(k + 1)
        {
            return Some(m);
        }
        // "twice a week", "three times a day", "several times per year":
        // the frequency is part of the expression (TimeML's own example).
        // ("a once-a-month injection", "four-times-weekly flights": hyphens
        // may join the words.)
        let joined = |j: usize| if self.hyphen(j) { j + 1 } else { j };
        let times = if self.kw_any(i, &[Kw::Once, Kw::Twice]).is_some() {
            Some(i + 1)
        } else if self.kw(joined(i + 1), Kw::Times)
            && (self.word_in(i, &["several", "many"])
                || count.is_some_and(|(n, k)| n.is_some() && k == i + 1))
        {
            Some(joined(i + 1) + 1)
        } else {
            None
        };
        if let Some(j) = times.map(joined)
            && self.kw_any(j, &[Kw::A, Kw::Per]).is_some()
            && let Some((unit, false)) = self.unit(joined(j + 1))
        {
            return set(joined(j + 1) + 1, duration(Some(1.0), unit));
        }
        // "twice daily", "three times weekly", "a once-weekly injection":
        // so is the count before an adverb of frequency.
        if let Some(j) = times {
            let j = if self.hyphen(j) { j + 1 } else { j };
            if matches!(
                self.lex(j),
                Some(Lex::Kw(
                    Kw::Daily
                        | Kw::Weekly
                        | Kw::Fortnightly
                        | Kw::Monthly
                        | Kw::Yearly
                        | Kw::Hourly
                ))
            ) && let Some(m) = self.set(j)
            {
                return Some(m);
            }
        }
        // "inspected six-monthly", "three-yearly reviews": every so many
        // of the unit.
        if let Some((Some(n), k)) = count
            && n >= 2.0
            && n.fract() == 0.0
            && self.hyphen(k)
            && let Some(unit) = match self.lex(k + 1) {
                Some(Lex::Kw(Kw::Weekly)) => Some(Unit::Week),
                Some(Lex::Kw(Kw::Monthly)) => Some(Unit::Month),
                Some(Lex::Kw(Kw::Yearly)) => Some(Unit::Year),
                _ => None,
            }
        {
            return set(k + 2, duration(Some(n), unit));
        }
        let counted = count.and_then(|(n, k)| n.map(|_| k));
        // "four nights a week": so many of each week.
        if let Some(k) = counted
            && matches!(self.lex(k), Some(Lex::PartOfDay(_)))
            && self.word(k).ends_with('s')
            && self.kw_any(k + 1, &[Kw::A, Kw::Per]).is_some()
            && self.unit(k + 2) == Some((Unit::Week, false))
        {
            return set(k + 3, duration(Some(1.0), Unit::Week));
        }
        // "six days a week", "12 hours a day": so much of each period.
        if let Some(k) = counted
            && let Some((part, _)) = self.unit(k)
            && self.kw_any(k + 1, &[Kw::A, Kw::Per]).is_some()
            && let Some((unit, false)) = self.unit(k + 2)
            && (part as u8) < (unit as u8)
            // not "two days a week ago"
            && self
                .kw_any(k + 3, &[Kw::Ago, Kw::Earlier, Kw::Later, Kw::Before, Kw::After])
                .is_none()
        {
            return set(k + 3, duration(Some(1.0), unit));
        }
        // "every Monday and Thursday", "each Monday, Wednesday and
        // Friday": a weekday listed after one that repeats repeats too.
        if let Some(Lex::Weekday { day, plural: false }) = self.lex(i)
            && self.tok(i).is_some_and(|t| t.cap)
            && self.listed_after_every(i)
        {
            return self.weekday_set(i, day);
        }
        match self.lex(i)? {
            Lex::Kw(Kw::Every | Kw::Each) => {
                let mut j = i + 1;
                let mut mult = Some(1.0);
                if self.kw(j, Kw::Other) {
                    mult = Some(2.0);
                    j += 1;
                }
                // "every 13 June": that day each year, written day first.
                if let Some((day @ 1..=31, 1 | 2)) = self.num(j)
                    && let Some(Lex::Month { month, .. }) = self.lex(j + 1)
                    && self.tok(j + 1).is_some_and(|t| t.cap)
                    && let Some((_, _, e)) = self.month_at(j + 1)
                {
                    return set(e, format!("XXXX-{month:02}-{day:02}"));
                }
                if let Some((Some(n), k)) = self.number_at(j)
                    && k > j
                    && !self.kw(j, Kw::A)
                {
                    mult = mult.map(|m| m * n);
                    // ("every half-hour"; not "every 10-day period")
                    j = if n < 1.0 && self.hyphen(k) { k + 1 } else { k };
                } else if self.word_in(j, &["few", "several"]) {
                    // "every few weeks": an unknown count of units.
                    mult = None;
                    j += 1;
                } else if self.kw(j, Kw::Half)
                    && matches!(self.lex(j + 1), Some(Lex::Unit { plural: false, .. }))
                {
                    // "every half hour"
                    mult = mult.map(|m| m * 0.5);
                    j += 1;
                } else if let Some((n @ 2..=12, k)) = self.ordinal_at(j)
                    && matches!(self.lex(k), Some(Lex::Unit { plural: false, .. }))
                {
                    // "every second week", "every third day": as "every
                    // other week" is.
                    mult = mult.map(|m| m * f64::from(n));
                    j = k;
                }
                // "meets every second Tuesday of the month": a weekday
                // counted in each month, as "the second Tuesday of every
                // month" is.
                let nth = self
                    .ordinal_at(j)
                    .filter(|&(n, _)| (1..=4).contains(&n))
                    .map(|(_, k)| k)
                    .or_else(|| self.kw(j, Kw::Last).then_some(j + 1));
                if mult == Some(1.0)
                    && let Some(k) = nth
                    && matches!(self.lex(k), Some(Lex::Weekday { plural: false, .. }))
                    && self.kw(k + 1, Kw::Of)
                    && self.kw(k + 2, Kw::The)
                    && self.unit(k + 3) == Some((Unit::Month, false))
                {
                    return set(k + 4, duration(Some(1.0), Unit::Month));
                }
                match self.lex(j)? {
                    // "every day at 5 a.m.": the hour belongs to the
                    // schedule, as it does after a weekday.
                    Lex::Unit {
                        unit: Unit::Day,
                        plural: false,
                    } if mult == Some(1.0)
                        && let Some((hour, minute, end)) = self.at_clock(j + 1) =>
                    {
                        set(end, format!("XXXX-XX-XXT{hour:02}:{minute:02}"))
                    }
                    // "every day of the week", "every day of the year":
                    // still every day.
                    Lex::Unit {
                        unit: Unit::Day,
                        plural: false,
                    } if mult == Some(1.0)
                        && self.kw(j + 1, Kw::Of)
                        && self.kw(j + 2, Kw::The)
                        && matches!(self.unit(j + 3), Some((Unit::Week | Unit::Year, false))) =>
                    {
                        set(j + 4, duration(mult, Unit::Day))
                    }
                    Lex::Unit { unit, plural } if plural || mult.is_some() => {
                        set(j + 1, duration(mult, unit))
                    }
                    Lex::Weekday { day, .. } => self.weekday_set(j, day),
                    Lex::Month { month, .. } if self.tok(j)?.cap => {
                        // "every January 9": that day each year.
                        let (_, _, k) = self.month_at(j)?;
                        match self.num(k) {
                            Some((day @ 1..=31, 1 | 2)) if !self.number_continues(k + 1) => {
                                set(k + 1, format!("XXXX-{month:02}-{day:02}"))
                            }
                            _ => set(j + 1, format!("XXXX-{month:02}")),
                        }
                    }
                    // ("every morning at 8 a.m.", "every evening at
                    // seven": the hour says which time of it.)
                    Lex::PartOfDay(p)
                        if let Some((hour, minute, end)) = self
                            .kw(j + 1, Kw::At)
                            .then(|| self.clock_in_part(j + 2, p))
                            .flatten()
                            .or_else(|| self.at_bare_hour(j + 1, p)) =>
                    {
                        set(end, format!("XXXX-XX-XXT{hour:02}:{minute:02}"))
                    }
                    Lex::PartOfDay(p) => set(j + 1, format!("XXXX-XX-XXT{}", p.code())),
                    Lex::Kw(Kw::Weekend) => set(j + 1, "XXXX-WXX-WE".to_string()),
                    // ("every weekday morning", as "every Friday morning")
                    Lex::Kw(Kw::Weekdays) if self.word_is(j, "weekday") => match self.lex(j + 1) {
                        Some(Lex::PartOfDay(p)) if !self.word(j + 1).ends_with('s') => {
                            set(j + 2, format!("XXXX-WXX-WDT{}", p.code()))
                        }
                        _ => set(j + 1, "XXXX-WXX-WD".to_string()),
                    },
                    Lex::Season(s) => set(j + 1, format!("XXXX-{}", s.code())),
                    // "every Christmas Eve": a holiday on a fixed day of
                    // the year; "every Thanksgiving", one in a fixed
                    // month; "every Easter", one whose month moves.
                    _ => {
                        let (h, e) = self.holiday_name(j)?;
                        let value = match (holiday_fixed(h), holiday_month(h)) {
                            (Some((month, day)), _) => format!("XXXX-{month:02}-{day:02}"),
                            (None, Some(month)) => format!("XXXX-{month:02}"),
                            (None, None) => "XXXX-XX-XX".to_string(),
                        };
                        set(e, value)
                    }
                }
            }
            // "adjusted quarterly", "on a quarterly basis"; not the
            // adjective of "its quarterly dividend".
            Lex::Kw(Kw::Quarterly) => {
                // ("Those who pay quarterly will": after a verb of paying
                // it is the adverb; "reports quarterly results" is not.)
                let adverb = match self.tok(i + 1) {
                    None => true,
                    Some(t) if t.kind != Kind::Word => true,
                    Some(_) => {
                        self.word_in(i + 1, AFTER_ADVERB)
                            || i > 0
                                && self.word_in(i - 1, &["pay", "pays", "paid", "billed", "meets"])
                    }
                };
                if !adverb && !self.word_is(i + 1, "basis") {
                    return None;
                }
                set(i + 1, "P3M".into())
            }
            // "usually striking at weekends", "open on weekends"
            Lex::Kw(Kw::Weekend)
                if self.word_is(i, "weekends")
                    && i > 0
                    && self.word_in(i - 1, &["at", "on", "during", "over"]) =>
            {
                set(i + 1, "XXXX-WXX-WE".into())
            }
            // "open on weekdays", "shows Westerns weekdays from noon to 4
            // p.m.", "9 a.m. to 9 p.m. weekdays": Monday to Friday, each
            // week (not "weekday traffic", an adjective, nor "two
            // weekdays", a count).
            Lex::Kw(Kw::Weekdays)
                if self.word_is(i, "weekdays")
                    && (i > 0 && self.word_in(i - 1, &["on", "during", "most", "all"])
                        || self
                            .tok(i + 1)
                            .is_none_or(|t| matches!(t.kind, Kind::Punct(_)))
                        || self.word_in(
                            i + 1,
                            &[
                                "from", "at", "between", "and", "until", "till", "through", "thru",
                                "except",
                            ],
                        ))
                    && !(i > 0
                        && (self.num(i - 1).is_some()
                            || self
                                .lex(i - 1)
                                .is_some_and(|l| matches!(l, Lex::NumWord(_))))) =>
            {
                set(i + 1, "XXXX-WXX-WD".into())
            }
            // "leaves daily at 2200 hours": the hour belongs to the
            // schedule.
            Lex::Kw(Kw::Daily) => match self.at_clock(i + 1) {
                Some((hour, minute, end)) => set(end, format!("XXXX-XX-XXT{hour:02}:{minute:02}")),
                None => set(i + 1, "P1D".into()),
            },
            Lex::Kw(Kw::Weekly) => set(i + 1, "P1W".into()),
            Lex::Kw(Kw::Fortnightly) => set(i + 1, "P2W".into()),
            Lex::Kw(Kw::Monthly) => set(i + 1, "P1M".into()),
            Lex::Kw(Kw::Yearly) => {
                // ("the annual report" is no set; "on an annual basis" is
                // one, as "on a yearly basis" is.)
                if self.word_is(i, "annual")
                    && !(i > 0 && self.word_is(i - 1, "an") && self.word_is(i + 1, "basis"))
                {
                    return None;
                }
                set(i + 1, "P1Y".into())
            }
            // Not a kind of worker paid by the hour ("46,000 hourly
            // workers", "its hourly workforce"); "hourly earnings" are a
            // rate.
            Lex::Kw(Kw::Hourly)
                if self.word_in(
                    i + 1,
                    &[
                        "workers",
                        "worker",
                        "workforce",
                        "employees",
                        "employee",
                        "staff",
                        "jobs",
                    ],
                ) =>
            {
                None
            }
            Lex::Kw(Kw::Hourly) => set(i + 1, "PT1H".into()),
            // "Shuttles run half-hourly": every 30 minutes.
            Lex::Kw(Kw::Half) if self.hyphen(i + 1) && self.kw(i + 2, Kw::Hourly) => {
                set(i + 3, "PT30M".into())
            }
            Lex::Kw(Kw::Nightly) => set(i + 1, "XXXX-XX-XXTNI".into()),
            // "paid semiannually", "semi-annually", "biannually"
            Lex::Kw(Kw::HalfYearly) => {
                if !self.word_is(i, "semi") {
                    return set(i + 1, "P6M".into());
                }
                (self.hyphen(i + 1) && self.word_is(i + 2, "annually"))
                    .then(|| Match::new(i + 3, TimexType::Set, Val::Fixed("P6M".into())))
            }
            // "the forum is to be held biennially": every two years.
            Lex::Kw(Kw::Biennially) => set(i + 1, "P2Y".into()),
            // "on Sundays at 9pm": the hour belongs to the schedule.
            Lex::Weekday { day, plural: true } if self.tok(i)?.cap => {
                if let Some((hour, minute, end)) = self.at_clock(i + 1) {
                    return set(end, format!("XXXX-WXX-{day}T{hour:02}:{minute:02}"));
                }
                set(i + 1, format!("XXXX-WXX-{day}"))
            }
            Lex::Weekday { day, plural: false } if self.tok(i)?.cap => {
                // "Tuesday nights"; and the first of a list that shares
                // them, "on Friday and Saturday nights", "Friday, Saturday
                // and Sunday nights".
                let plural_part = |k: usize| match self.lex(k) {
                    Some(Lex::PartOfDay(p)) if self.word(k).ends_with('s') => Some(p),
                    _ => None,
                };
                if let Some(p) = plural_part(i + 1) {
                    return set(i + 2, format!("XXXX-WXX-{day}T{}", p.code()));
                }
                let weekday = |k: usize| {
                    matches!(self.lex(k), Some(Lex::Weekday { plural: false, .. }))
                        && self.tok(k).is_some_and(|t| t.cap)
                };
                // (A comma and "and" join a list's last item only, not a
                // clause: "It rained Friday, and Saturday nights were
                // cold"; "Friday, Saturday, and Sunday nights" is one.)
                let in_list = i >= 2 && self.punct(i - 1, ',') && weekday(i - 2);
                let mut k = i + 1;
                for n in 0..6 {
                    let comma = self.punct(k, ',');
                    let and = self
                        .kw_any(k + usize::from(comma), &[Kw::And, Kw::Or])
                        .is_some();
                    let joint = usize::from(comma) + usize::from(and);
                    if joint == 0 || comma && and && n == 0 && !in_list || !weekday(k + joint) {
                        return None;
                    }
                    k += joint + 1;
                    if let Some(p) = plural_part(k) {
                        return set(i + 1, format!("XXXX-WXX-{day}T{}", p.code()));
                    }
                }
                None
            }
            _ => None,
        }
    }

    /// The value of a plural time of day, season or weekend at `i` that a
    /// verb of work or stay makes a habit, each one of them: "His wife
    /// worked nights", "spent evenings at the Legion hall", "worked
    /// weekends at the bakery", "spent winters in Florida and summers on
    /// Cape Cod" (the second of a pair too).
    fn habit_plural(&self, i: usize) -> Option<String> {
        const HABITS: &[&str] = &[
            "work", "works", "worked", "working", "spend", "spends", "spent", "spending",
        ];
        let value = |k: usize| -> Option<String> {
            let w = self.word(k);
            match self.lex(k)? {
                Lex::PartOfDay(p) if w.ends_with('s') => Some(format!("XXXX-XX-XXT{}", p.code())),
                Lex::Kw(Kw::Weekend) if w.eq_ignore_ascii_case("weekends") => {
                    Some("XXXX-WXX-WE".into())
                }
                _ => super::SEASONS_PLURAL
                    .iter()
                    .find(|(p, _)| w.eq_ignore_ascii_case(p))
                    .map(|(_, code)| format!("XXXX-{code}")),
            }
        };
        let v = value(i)?;
        let after_habit = |k: usize| k > 0 && self.word_in(k - 1, HABITS);
        let paired = i >= 3
            && self.word_is(i - 1, "and")
            && (2..=6)
                .filter_map(|d| i.checked_sub(d))
                .any(|j| value(j).is_some() && after_habit(j));
        (after_habit(i) || paired).then_some(v)
    }

    /// The set of weekday `day` at `j`, with the part of the day or the
    /// hour after it: "Friday", "Friday night", "Friday at 8 p.m.".
    fn weekday_set(&self, j: usize, day: u8) -> Option<Match> {
        let mut e = j + 1;
        let mut v = format!("XXXX-WXX-{day}");
        if let Some(Lex::PartOfDay(p)) = self.lex(e) {
            v.push_str(&format!("T{}", p.code()));
            e += 1;
        } else if let Some((hour, minute, end)) = self.at_clock(e) {
            // "every Friday at 8 p.m."
            v.push_str(&format!("T{hour:02}:{minute:02}"));
            e = end;
        }
        Some(Match::new(e, TimexType::Set, Val::Fixed(v)))
    }

    /// Whether the weekday at `i` ends a list of weekdays opened by
    /// "every" or "each": "every Monday and Thursday", "each Monday,
    /// Wednesday and Friday".
    fn listed_after_every(&self, i: usize) -> bool {
        let comma = |k: usize| self.tok(k).is_some_and(|t| t.kind == Kind::Punct(','));
        let mut k = i;
        loop {
            // Back over the joint before the weekday at `k`: "and", "or",
            // ",", ", and".
            let mut j = k;
            if j > 0 && self.word_in(j - 1, &["and", "or"]) {
                j -= 1;
            }
            if j > 0 && comma(j - 1) {
                j -= 1;
            }
            if j == k || j == 0 {
                return false;
            }
            let w = j - 1;
            if !matches!(self.lex(w), Some(Lex::Weekday { plural: false, .. })) {
                return false;
            }
            if w > 0 && self.kw_any(w - 1, &[Kw::Every, Kw::Each]).is_some() {
                return true;
            }
            k = w;
        }
    }

    /// A bare hour after a part of the day ("every morning at eight",
    /// "each evening at 7"), which says which half of the day it is in:
    /// hour, minute and the index after it. Not a count of something
    /// ("at eight schools").
    fn at_bare_hour(&self, k: usize, part: PartOfDay) -> Option<(u8, u8, usize)> {
        if !self.kw(k, Kw::At) {
            return None;
        }
        let (Some(n), end) = self.number_at(k + 1)? else {
            return None;
        };
        if n.fract() != 0.0 || !(1.0..=12.0).contains(&n) {
            return None;
        }
        if self.tok(end).is_some_and(|t| t.kind == Kind::Word) {
            return None;
        }
        let hour = u8::try_from(n as i64).ok()?;
        // ("every night at 2" is in the small hours.)
        let hour = match part {
            PartOfDay::Morning => hour % 12,
            PartOfDay::Midday if hour >= 11 => hour,
            PartOfDay::Night if hour < 6 || hour == 12 => hour % 12,
            _ if hour < 12 => hour + 12,
            _ => hour,
        };
        Some((hour, 0, end))
    }

    /// The hour of a schedule: "at 9pm" after "on Sundays" or "every
    /// Friday", as hour, minute and the index after it.
    fn at_clock(&self, k: usize) -> Option<(u8, u8, usize)> {
        if !self.kw(k, Kw::At) {
            return None;
        }
        let c = self.clock(k + 1)?;
        match c.val {
            Val::Clock { hour, minute, .. } => Some((hour, minute, c.end)),
            _ => None,
        }
    }
}

/// Words that may follow an adverb but not an adjective: "paid quarterly
/// and", "reviewed quarterly since".
const AFTER_ADVERB: &[&str] = &[
    "and",
    "or",
    "but",
    "in",
    "to",
    "through",
    "since",
    "until",
    "from",
    "at",
    "on",
    "by",
    "for",
    "with",
    "as",
    "instead",
    "thereafter",
];
