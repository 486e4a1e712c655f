//! The date vocabulary: month and weekday names, relative phrases, glue words and time zones of
//! every language, read from `data/*/` and merged into one table that one automaton searches.

use crate::lexicon::DataFile;
use std::collections::HashMap;

pub(crate) static MONTHS: [DataFile; 3] = [
    crate::data_file!("en/months.tsv", 2),
    crate::data_file!("id/months.tsv", 2),
    crate::data_file!("ms/months.tsv", 2),
];

pub(crate) static WEEKDAYS: [DataFile; 3] = [
    crate::data_file!("en/weekdays.tsv", 2),
    crate::data_file!("id/weekdays.tsv", 2),
    crate::data_file!("ms/weekdays.tsv", 2),
];

pub(crate) static RELATIVE: [DataFile; 3] = [
    crate::data_file!("en/relative.tsv", 3),
    crate::data_file!("id/relative.tsv", 3),
    crate::data_file!("ms/relative.tsv", 3),
];

pub(crate) static DATE_WORDS: [DataFile; 3] = [
    crate::data_file!("en/date_words.tsv", 2),
    crate::data_file!("id/date_words.tsv", 2),
    crate::data_file!("ms/date_words.tsv", 2),
];

pub(crate) static PERIODS: [DataFile; 3] = [
    crate::data_file!("en/periods.tsv", 3),
    crate::data_file!("id/periods.tsv", 3),
    crate::data_file!("ms/periods.tsv", 3),
];

pub(crate) static HOLIDAYS: [DataFile; 3] = [
    crate::data_file!("en/holidays.tsv", 3),
    crate::data_file!("id/holidays.tsv", 3),
    crate::data_file!("ms/holidays.tsv", 3),
];

/// Days whose anniversaries are counted ("HUT ke-80 RI"): phrase, year, month, day.
pub(crate) static ANNIVERSARIES: [DataFile; 1] = [crate::data_file!("id/anniversaries.tsv", 4)];

pub(crate) static WEEKDAY_ORDINALS: [DataFile; 3] = [
    crate::data_file!("en/weekday_ordinals.tsv", 2),
    crate::data_file!("id/weekday_ordinals.tsv", 2),
    crate::data_file!("ms/weekday_ordinals.tsv", 2),
];

pub(crate) static DAY_ORDINALS: [DataFile; 1] = [crate::data_file!("en/day_ordinals.tsv", 2)];

pub(crate) static PAST_ENDINGS: [DataFile; 1] = [crate::data_file!("en/past_endings.tsv", 2)];

pub(crate) static ZONES: [DataFile; 3] = [
    crate::data_file!("en/zones.tsv", 2),
    crate::data_file!("id/zones.tsv", 2),
    crate::data_file!("ms/zones.tsv", 2),
];

/// Every date data file, for the check test.
#[cfg(test)]
pub(crate) fn all_files() -> impl Iterator<Item = &'static DataFile> {
    MONTHS
        .iter()
        .chain(WEEKDAYS.iter())
        .chain(RELATIVE.iter())
        .chain(DATE_WORDS.iter())
        .chain(PERIODS.iter())
        .chain(HOLIDAYS.iter())
        .chain(ANNIVERSARIES.iter())
        .chain(WEEKDAY_ORDINALS.iter())
        .chain(DAY_ORDINALS.iter())
        .chain(PAST_ENDINGS.iter())
        .chain(ZONES.iter())
}

/// Roles a glue word can play (a bit set: one word may play several, "lalu", "hingga").
pub(crate) mod role {
    pub const YEAR_PREFIX: u128 = 1;
    pub const YEAR_NOUN: u128 = 1 << 1;
    pub const YEAR_SUFFIX: u128 = 1 << 2;
    pub const DAY_PREFIX: u128 = 1 << 3;
    pub const RANGE: u128 = 1 << 4;
    pub const AND: u128 = 1 << 5;
    pub const BETWEEN: u128 = 1 << 6;
    pub const NEXT: u128 = 1 << 7;
    pub const LAST: u128 = 1 << 8;
    pub const FUTURE: u128 = 1 << 9;
    pub const TIME_PREFIX: u128 = 1 << 10;
    pub const DAY_PART: u128 = 1 << 11;
    pub const AM: u128 = 1 << 12;
    pub const PM: u128 = 1 << 13;
    pub const OF: u128 = 1 << 14;
    pub const THE: u128 = 1 << 15;
    pub const ON: u128 = 1 << 16;
    pub const FROM: u128 = 1 << 17;
    pub const MONTH_NOUN: u128 = 1 << 18;
    pub const AGO: u128 = 1 << 19;
    pub const UNIT_DAY: u128 = 1 << 20;
    pub const UNIT_WEEK: u128 = 1 << 21;
    pub const UNIT_MONTH: u128 = 1 << 22;
    pub const UNIT_YEAR: u128 = 1 << 23;
    pub const TIME_LINK: u128 = 1 << 24;
    pub const THIS: u128 = 1 << 25;
    pub const THIS_BEFORE: u128 = 1 << 26;
    pub const SINCE: u128 = 1 << 27;
    pub const PAST: u128 = 1 << 28;
    pub const RECURRING: u128 = 1 << 29;
    pub const PRESENT: u128 = 1 << 30;
    pub const DETERMINER: u128 = 1 << 31;
    /// Before a count and a unit, counts forward from the reference ("in three weeks").
    pub const LATER_PREFIX: u128 = 1 << 32;
    /// After a count and a unit, counts forward from the reference ("tiga hari lagi").
    pub const LATER: u128 = 1 << 33;
    /// A count of one before a unit ("a week ago"), or in the unit's own word ("sepekan lalu").
    pub const ONE: u128 = 1 << 34;
    /// Two weeks ("a fortnight ago").
    pub const UNIT_FORTNIGHT: u128 = 1 << 35;
    /// A clock time in words: 12:00 ("noon", "tengah hari").
    pub const NOON: u128 = 1 << 36;
    /// A clock time in words: 00:00 ("midnight", "tengah malam").
    pub const MIDNIGHT: u128 = 1 << 37;
    /// Before a holiday's name, makes it a name given to a day, not a mention of one
    /// ("diperingati sebagai Hari Lahir Pancasila", "is marked as Earth Day").
    pub const NAMING: u128 = 1 << 38;
    /// After a clock time, puts it on the day of writing ("pukul 19.20 WIB tadi").
    pub const TODAY: u128 = 1 << 39;
    /// Before an hour in words or figures, its minutes: "half past seven" (7:30), "quarter
    /// past", "quarter to ten" (9:45), Indonesian "setengah delapan" (7:30).
    pub const HALF_PAST: u128 = 1 << 40;
    pub const QUARTER_PAST: u128 = 1 << 41;
    pub const QUARTER_TO: u128 = 1 << 42;
    pub const HALF_TO: u128 = 1 << 43;
    /// After an hour, marks it a clock time ("six o'clock").
    pub const OCLOCK: u128 = 1 << 44;
    pub const EVENT: u128 = 1 << 45;
    pub const PART_OF: u128 = 1 << 46;
    pub const EVE: u128 = 1 << 47;
    pub const FOLLOWING: u128 = 1 << 48;
    pub const PLACE_NAME: u128 = 1 << 49;
    pub const MIDDAY: u128 = 1 << 50;
    /// Right before or after a weekday, makes it part of a holiday's name whose date moves
    /// ("Ash Wednesday", "Good Friday", "Rabu Abu"): no mention.
    pub const NAMED_DAY: u128 = 1 << 51;
    /// Before an ordinal and what it counts, an anniversary ("HUT ke-80 RI").
    pub const ANNIVERSARY: u128 = 1 << 52;
    /// Before a month that ends a range, its last day ("until the end of March").
    pub const MONTH_END: u128 = 1 << 53;
    /// Between a count of days or weeks (or a weekday) and the day it counts from ("two days
    /// after Labour Day", "sehari sebelum Hari Pramuka", "a week from Thursday").
    pub const OFFSET_AFTER: u128 = 1 << 54;
    pub const OFFSET_BEFORE: u128 = 1 << 55;
    /// After a weekday, a week further back than its last passing, or further on than its next
    /// coming ("the Tuesday before last", "the Friday after next").
    pub const BEFORE_LAST: u128 = 1 << 56;
    pub const AFTER_NEXT: u128 = 1 << 57;
    /// After a count and a unit, counts from the day (or year) the text last named: forward
    /// ("two days later", "dua pekan kemudian") or back ("a year earlier", "sehari
    /// sebelumnya").
    pub const COUNTED_ON: u128 = 1 << 58;
    pub const COUNTED_BACK: u128 = 1 << 59;
    /// The day after (or before) the day the text last named ("the next day", "keesokan
    /// harinya", "the previous day").
    pub const NEXT_DAY: u128 = 1 << 60;
    pub const PREVIOUS_DAY: u128 = 1 << 61;
    /// After "earlier" or "later", makes them a comparison, no date ("two days earlier than
    /// usual").
    pub const THAN: u128 = 1 << 62;
    /// Before weekdays listed or joined as a range, makes them every such day, no date: the
    /// days a place is open ("opens Monday to Friday", "is open Saturday and Sunday").
    pub const OPEN_HOURS: u128 = 1 << 63;
    /// A word of recurrence right before a period named from the reference: every such period,
    /// no date ("every month's end", "setiap akhir bulan"). Words of habit ("usually",
    /// "beroperasi") leave it a date: "beroperasi tahun depan" is next year.
    pub const EVERY: u128 = 1 << 64;
    /// Right before a weekday, a deadline: the coming such day ("complete the forms by
    /// Friday"), unless the verb before it tells of the past ("had been filed by Friday").
    pub const DEADLINE: u128 = 1 << 65;
    /// After a past participle, the word that names its agent ("preceded by", "chaired by"):
    /// the participle tells no tense.
    pub const AGENT: u128 = 1 << 66;
    /// A day after or before that governs what follows it: a word after it names the event it
    /// counts from ("the day before the vote"), not a day already named; at a clause's end it
    /// counts from the day last named ("On May 3; the day before, ...").
    pub const GOVERNS: u128 = 1 << 67;
    /// After a count and a unit ("dua pekan terakhir"), or before them ("the past two weeks"):
    /// the span of that many units up to the reference, an interval.
    pub const WINDOW: u128 = 1 << 68;
    /// After four digits of a clock, the word for hours ("at 1900 hours").
    pub const CLOCK_HOURS: u128 = 1 << 69;
    /// With `NEXT`, puts a weekday in the calendar week after the reference's ("next Friday"
    /// said on a Thursday is eight days on); a word without it points to the coming one
    /// ("this coming Friday").
    pub const NEXT_WEEK: u128 = 1 << 70;
    /// Earlier in the clause, makes "in" and a count of units a span looked back over, no day
    /// ahead ("the steepest rise in 18 months").
    pub const SUPERLATIVE: u128 = 1 << 71;
    /// A day counted within an event ("on the first day", "pada hari kedua"): a clock time
    /// right after it is on a day the text does not date.
    pub const EVENT_DAY: u128 = 1 << 72;
    /// Right after a weekday, makes it a weekly thing, no date ("Friday prayers", "Sunday
    /// school").
    pub const WEEKLY_AFTER: u128 = 1 << 73;
    /// Right before a weekday, the same ("salat Jumat", "sekolah Minggu").
    pub const WEEKLY_BEFORE: u128 = 1 << 74;
    /// Right before a weekday, makes it part of a person's name, no date ("bin Kamis",
    /// "Awang Jumaat").
    pub const NAME_BEFORE: u128 = 1 << 75;
    /// A year prefix that also comes before a count ("for 2000 people", "hingga 2000 orang"):
    /// a `COUNTED` noun right after the number makes it that count, no year.
    pub const COUNTS: u128 = 1 << 76;
    /// A noun of things or people counted ("people", "orang", "votes"); the measures of
    /// `count_nouns.tsv` (not its durations) are read as such too.
    pub const COUNTED: u128 = 1 << 77;
    /// A phrase of date words that names no day ("esok lusa", some day to come): read whole, so
    /// its words are not read as days.
    pub const IDIOM: u128 = 1 << 78;
    /// An auxiliary of completed action ("telah", "sudah", "had"): after a weekday that a
    /// range word opens, it makes the clause past ("hingga Minggu malam ... telah
    /// mengonfirmasi").
    pub const PERFECT: u128 = 1 << 79;

    pub fn parse(name: &str) -> Option<u128> {
        Some(match name {
            "year_prefix" => YEAR_PREFIX,
            "later_prefix" => LATER_PREFIX,
            "later" => LATER,
            "year_noun" => YEAR_NOUN,
            "year_suffix" => YEAR_SUFFIX,
            "day_prefix" => DAY_PREFIX,
            "range" => RANGE,
            "and" => AND,
            "between" => BETWEEN,
            "next" => NEXT,
            "last" => LAST,
            "future" => FUTURE,
            "time_prefix" => TIME_PREFIX,
            "day_part" => DAY_PART,
            "am" => AM,
            "pm" => PM,
            "of" => OF,
            "the" => THE,
            "on" => ON,
            "from" => FROM,
            "month_noun" => MONTH_NOUN,
            "ago" => AGO,
            "unit_day" => UNIT_DAY,
            "unit_week" => UNIT_WEEK,
            "unit_month" => UNIT_MONTH,
            "unit_year" => UNIT_YEAR,
            "unit_fortnight" => UNIT_FORTNIGHT,
            "one" => ONE,
            "noon" => NOON,
            "midnight" => MIDNIGHT,
            "time_link" => TIME_LINK,
            "this" => THIS,
            "this_before" => THIS_BEFORE,
            "since" => SINCE,
            "past" => PAST,
            "recurring" => RECURRING,
            "present" => PRESENT,
            "determiner" => DETERMINER,
            "naming" => NAMING,
            "today" => TODAY,
            "half_past" => HALF_PAST,
            "quarter_past" => QUARTER_PAST,
            "quarter_to" => QUARTER_TO,
            "half_to" => HALF_TO,
            "oclock" => OCLOCK,
            "event" => EVENT,
            "part_of" => PART_OF,
            "eve" => EVE,
            "following" => FOLLOWING,
            "place_name" => PLACE_NAME,
            "midday" => MIDDAY,
            "named_day" => NAMED_DAY,
            "anniversary" => ANNIVERSARY,
            "month_end" => MONTH_END,
            "offset_after" => OFFSET_AFTER,
            "offset_before" => OFFSET_BEFORE,
            "before_last" => BEFORE_LAST,
            "after_next" => AFTER_NEXT,
            "counted_on" => COUNTED_ON,
            "counted_back" => COUNTED_BACK,
            "next_day" => NEXT_DAY,
            "previous_day" => PREVIOUS_DAY,
            "than" => THAN,
            "open_hours" => OPEN_HOURS,
            "every" => EVERY,
            "deadline" => DEADLINE,
            "agent" => AGENT,
            "governs" => GOVERNS,
            "window" => WINDOW,
            "next_week" => NEXT_WEEK,
            "superlative" => SUPERLATIVE,
            "event_day" => EVENT_DAY,
            "weekly_after" => WEEKLY_AFTER,
            "weekly_before" => WEEKLY_BEFORE,
            "name_before" => NAME_BEFORE,
            "counts" => COUNTS,
            "counted" => COUNTED,
            "idiom" => IDIOM,
            "perfect" => PERFECT,
            "clock_hours" => CLOCK_HOURS,
            _ => return None,
        })
    }
}

/// The period a relative phrase names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Day,
    Week,
    /// Saturday and Sunday of a week.
    Weekend,
    Month,
    /// A quarter of the calendar year.
    Quarter,
    Year,
}

/// A time zone after a clock time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Zone {
    /// A fixed offset in minutes east of UTC.
    Offset(i32),
    /// GMT or UTC, which may carry an offset after it ("GMT+7").
    Utc,
    /// "local time": no offset.
    Local,
    /// A zone that keeps daylight saving time ("ET", "London time"): its standard offset in
    /// minutes east of UTC and the rule that moves it an hour ahead in summer.
    Seasonal(i32, Summer),
}

/// When a zone with daylight saving time keeps its summer offset, read by the day (the hour of
/// the change, early on a Sunday, is not told apart).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Summer {
    /// The United States and Canada: the second Sunday of March to the first Sunday of November.
    Us,
    /// The European Union and the United Kingdom: the last Sunday of March to the last Sunday
    /// of October.
    Eu,
    /// South-eastern Australia: the first Sunday of October to the first Sunday of April.
    Au,
    /// New Zealand: the last Sunday of September to the first Sunday of April.
    Nz,
}

impl Summer {
    /// The rule named in the third column of `zones.tsv`.
    fn parse(name: &str) -> Option<Summer> {
        Some(match name {
            "us" => Summer::Us,
            "eu" => Summer::Eu,
            "au" => Summer::Au,
            "nz" => Summer::Nz,
            _ => return None,
        })
    }

    /// Whether `date` falls in the summer time of this rule.
    pub(crate) fn on(self, date: crate::Date) -> bool {
        let y = date.year();
        // The `n`th Sunday (1-based) of a month, or its last with `n == 0`.
        let sunday = |month: u32, n: u32| -> Option<crate::Date> {
            if n == 0 {
                let last = crate::Date::new(y, month, crate::calendar::days_in_month(y, month))?;
                return Some(last.add_days(-((last.weekday() as i64 + 1) % 7)));
            }
            let first = crate::Date::new(y, month, 1)?;
            Some(first.add_days((6 - first.weekday() as i64).rem_euclid(7) + 7 * (n as i64 - 1)))
        };
        let between = |from: Option<crate::Date>, to: Option<crate::Date>| match (from, to) {
            (Some(a), Some(b)) => date >= a && date < b,
            _ => false,
        };
        match self {
            Summer::Us => between(sunday(3, 2), sunday(11, 1)),
            Summer::Eu => between(sunday(3, 0), sunday(10, 0)),
            Summer::Au => !between(sunday(4, 1), sunday(10, 1)),
            Summer::Nz => !between(sunday(4, 1), sunday(9, 0)),
        }
    }
}

/// Everything one phrase means (merged over languages and files).
#[derive(Debug, Clone, Default)]
pub(crate) struct Entry {
    pub month: Option<u32>,
    /// Weekday, Monday = 0.
    pub weekday: Option<u32>,
    /// Only when written with a capital.
    pub cap: bool,
    /// A time zone written in capitals ("WIT", "WAS"): in lower case it is some other word.
    pub zone_caps: bool,
    /// A weekday that counts only before a date.
    pub with_date: bool,
    /// A month name that may stand without a day or a year ("pada Maret", not "sejak Agus").
    pub month_alone: bool,
    /// A month that is also a given name ("April", "June", "Mei"): alone, before a capitalized
    /// word, it opens a person's name ("led by April Morgan").
    pub given_name: bool,
    pub relative: Option<(Unit, i32)>,
    /// A relative phrase whose period is the last one in a clause of the past ("over the
    /// weekend": the coming weekend, or the one just past after "closed").
    pub tensed: bool,
    /// A part of a year, as its first and last month ("Q3": 7 to 9).
    pub period: Option<(u32, u32)>,
    /// A half of a year named as a code, read like a quarter ("semester I"; "the first half" in
    /// words is as often a match's).
    pub coded_half: bool,
    /// A day of the same date every year, as its month and day ("Christmas": 12, 25).
    pub holiday: Option<(u32, u32)>,
    /// What an anniversary counts from, as the year, month and day it began ("RI" after "HUT
    /// ke-80": 1945, 8, 17).
    pub founded: Option<(i32, u32, u32)>,
    /// Which weekday of a month an ordinal picks: 1 to 5 from its start, -1 its last ("the
    /// *second* Monday of January").
    pub nth: Option<i32>,
    /// The day of the month an ordinal in words names before "of" ("the *twelfth* of January").
    pub day_ordinal: Option<u32>,
    pub roles: u128,
    pub zone: Option<Zone>,
    /// For a phrase that is a weekday or month only with a capital: what it means in lower
    /// case ("minggu" is a week, "Minggu" Sunday).
    pub uncapped: Option<Box<Entry>>,
}

impl Entry {
    pub fn has(&self, role: u128) -> bool {
        self.roles & role != 0
    }
}

/// The merged vocabulary: pattern `i` of the automaton is `phrases[i]` with meaning `entries[i]`.
#[derive(Debug)]
pub(crate) struct Vocabulary {
    pub phrases: Vec<String>,
    pub entries: Vec<Entry>,
    /// Endings of past-tense words, with the shortest word they count in.
    pub past_endings: Vec<(String, usize)>,
    /// Abbreviations written glued to a year, as written ("FY" in "FY2033").
    pub glued_year: Vec<String>,
}

pub(crate) fn offset_minutes(s: &str) -> Option<i32> {
    let (sign, rest) = match s.as_bytes().first()? {
        b'+' => (1, s.get(1..)?),
        b'-' => (-1, s.get(1..)?),
        _ => return None,
    };
    let (h, m) = rest.split_once(':').unwrap_or((rest, "0"));
    let h: i32 = h.parse().ok()?;
    let m: i32 = m.parse().ok()?;
    (h <= 14 && m < 60).then_some(sign * (h * 60 + m))
}

/// The role of an abbreviation glued to a year ("FY2033"), read by its spelling.
const GLUED_YEAR: &str = "year_glued";

impl Vocabulary {
    /// Whether `word` is a past-tense word by its ending ("admitted"): lower case, long enough.
    pub fn ends_past(&self, word: &str) -> bool {
        word.chars().all(|c| c.is_ascii_lowercase())
            && self
                .past_endings
                .iter()
                .any(|(end, min)| word.len() >= *min && word.ends_with(end.as_str()))
    }

    /// Reads every file; rows that do not parse are skipped (the check test names them).
    pub fn load() -> Vocabulary {
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut v = Vocabulary {
            phrases: Vec::new(),
            entries: Vec::new(),
            past_endings: PAST_ENDINGS
                .iter()
                .flat_map(|f| f.rows())
                .filter_map(|r| Some((r.get(0).to_lowercase(), r.get(1).parse().ok()?)))
                .collect(),
            glued_year: Vec::new(),
        };
        let mut slot = |phrase: &str, v: &mut Vocabulary| -> usize {
            let key = phrase.to_lowercase();
            *index.entry(key.clone()).or_insert_with(|| {
                v.phrases.push(key);
                v.entries.push(Entry::default());
                v.entries.len() - 1
            })
        };
        let flags = |f: &str, e: &mut Entry| {
            for flag in f.split(',').map(str::trim) {
                match flag {
                    "cap" => e.cap = true,
                    "with_date" => e.with_date = true,
                    "name" => e.given_name = true,
                    _ => {}
                }
            }
        };
        for file in &MONTHS {
            for row in file.rows() {
                if let Ok(m @ 1..=12) = row.get(1).parse::<u32>() {
                    let i = slot(row.get(0), &mut v);
                    v.entries[i].month = Some(m);
                    flags(row.get(2), &mut v.entries[i]);
                    if !row.get(2).split(',').any(|f| f.trim() == "short") {
                        v.entries[i].month_alone = true;
                    }
                }
            }
        }
        for file in &WEEKDAYS {
            for row in file.rows() {
                if let Ok(d @ 1..=7) = row.get(1).parse::<u32>() {
                    let i = slot(row.get(0), &mut v);
                    v.entries[i].weekday = Some(d - 1);
                    flags(row.get(2), &mut v.entries[i]);
                }
            }
        }
        for file in &RELATIVE {
            for row in file.rows() {
                let unit = match row.get(1) {
                    "day" => Unit::Day,
                    "week" => Unit::Week,
                    "weekend" => Unit::Weekend,
                    "month" => Unit::Month,
                    "quarter" => Unit::Quarter,
                    "year" => Unit::Year,
                    _ => continue,
                };
                if let Ok(n) = row.get(2).parse::<i32>() {
                    let i = slot(row.get(0), &mut v);
                    v.entries[i].relative = Some((unit, n));
                    v.entries[i].tensed = row.get(3) == "tensed";
                }
            }
        }
        for file in &DATE_WORDS {
            for row in file.rows() {
                if row.get(1) == GLUED_YEAR {
                    v.glued_year.push(row.get(0).to_string());
                } else if let Some(r) = role::parse(row.get(1)) {
                    let i = slot(row.get(0), &mut v);
                    v.entries[i].roles |= r;
                }
            }
        }
        for file in crate::enumerations::words::count_noun_files() {
            for row in file.rows().filter(|r| r.get(1) == "measure") {
                let i = slot(row.get(0), &mut v);
                v.entries[i].roles |= role::COUNTED;
            }
        }
        for file in &PERIODS {
            for row in file.rows() {
                if let (Ok(a @ 1..=12), Ok(b @ 1..=12)) =
                    (row.get(1).parse::<u32>(), row.get(2).parse::<u32>())
                    && a <= b
                {
                    let i = slot(row.get(0), &mut v);
                    v.entries[i].period = Some((a, b));
                    v.entries[i].coded_half = row.get(3) == "coded";
                }
            }
        }
        for file in &HOLIDAYS {
            for row in file.rows() {
                if let (Ok(m @ 1..=12), Ok(d @ 1..=31)) =
                    (row.get(1).parse::<u32>(), row.get(2).parse::<u32>())
                {
                    let i = slot(row.get(0), &mut v);
                    v.entries[i].holiday = Some((m, d));
                }
            }
        }
        for file in &ANNIVERSARIES {
            for row in file.rows() {
                if let (Ok(y), Ok(m @ 1..=12), Ok(d @ 1..=31)) = (
                    row.get(1).parse::<i32>(),
                    row.get(2).parse::<u32>(),
                    row.get(3).parse::<u32>(),
                ) {
                    let i = slot(row.get(0), &mut v);
                    v.entries[i].founded = Some((y, m, d));
                }
            }
        }
        for file in &WEEKDAY_ORDINALS {
            for row in file.rows() {
                if let Ok(n @ (-1 | 1..=5)) = row.get(1).parse::<i32>() {
                    let i = slot(row.get(0), &mut v);
                    v.entries[i].nth = Some(n);
                }
            }
        }
        for file in &DAY_ORDINALS {
            for row in file.rows() {
                if let Ok(n @ 1..=31) = row.get(1).parse::<u32>() {
                    let i = slot(row.get(0), &mut v);
                    v.entries[i].day_ordinal = Some(n);
                }
            }
        }
        for file in &ZONES {
            for row in file.rows() {
                let zone = match row.get(1) {
                    "utc" => Zone::Utc,
                    "local" => Zone::Local,
                    "Z" => Zone::Offset(0),
                    o => match (offset_minutes(o), row.fields.get(2).map(|r| Summer::parse(r))) {
                        (Some(m), None) => Zone::Offset(m),
                        (Some(m), Some(Some(rule))) => Zone::Seasonal(m, rule),
                        _ => continue,
                    },
                };
                let i = slot(row.get(0), &mut v);
                v.entries[i].zone = Some(zone);
                // A zone written in capitals is one only so ("14:00 WAS", not "14 was").
                let name = row.get(0);
                if name.chars().any(char::is_alphabetic) && !name.chars().any(char::is_lowercase) {
                    v.entries[i].cap = true;
                    v.entries[i].zone_caps = true;
                }
            }
        }
        for e in &mut v.entries {
            if e.cap {
                let lower = Entry {
                    roles: e.roles,
                    relative: e.relative,
                    period: e.period,
                    zone: if e.zone_caps { None } else { e.zone },
                    ..Entry::default()
                };
                let means = lower.roles != 0
                    || lower.relative.is_some()
                    || lower.period.is_some()
                    || lower.zone.is_some();
                e.uncapped = means.then(|| Box::new(lower));
            }
        }
        v
    }
}

/// Every row of every file parses into the vocabulary (names the file and line of a bad one).
#[cfg(test)]
pub(crate) fn check_rows() -> Result<(), String> {
    for f in all_files() {
        f.check().map_err(|e| e.to_string())?;
    }
    let bad = |f: &DataFile, line: usize| format!("data/{} line {line}: value not understood", f.name);
    for f in MONTHS.iter() {
        for r in f.rows() {
            if !matches!(r.get(1).parse::<u32>(), Ok(1..=12)) {
                return Err(bad(f, r.line));
            }
        }
    }
    for f in WEEKDAYS.iter() {
        for r in f.rows() {
            if !matches!(r.get(1).parse::<u32>(), Ok(1..=7)) {
                return Err(bad(f, r.line));
            }
        }
    }
    for f in RELATIVE.iter() {
        for r in f.rows() {
            if !matches!(
                r.get(1),
                "day" | "week" | "weekend" | "month" | "quarter" | "year"
            ) || r.get(2).parse::<i32>().is_err()
            {
                return Err(bad(f, r.line));
            }
        }
    }
    for f in DATE_WORDS.iter() {
        for r in f.rows() {
            if role::parse(r.get(1)).is_none() && r.get(1) != GLUED_YEAR {
                return Err(bad(f, r.line));
            }
        }
    }
    for f in ANNIVERSARIES.iter() {
        for r in f.rows() {
            let (y, m, d) = (
                r.get(1).parse::<i32>(),
                r.get(2).parse::<u32>(),
                r.get(3).parse::<u32>(),
            );
            if !matches!((y, m, d), (Ok(1000..=2100), Ok(1..=12), Ok(1..=31))) {
                return Err(bad(f, r.line));
            }
        }
    }
    for f in PAST_ENDINGS.iter() {
        for r in f.rows() {
            if r.get(0).is_empty() || r.get(1).parse::<usize>().is_err() {
                return Err(bad(f, r.line));
            }
        }
    }
    for f in PERIODS.iter() {
        for r in f.rows() {
            let month = |k: usize| r.get(k).parse::<u32>().ok().filter(|m| (1..=12).contains(m));
            if !matches!((month(1), month(2)), (Some(a), Some(b)) if a <= b) {
                return Err(bad(f, r.line));
            }
        }
    }
    for f in HOLIDAYS.iter() {
        for r in f.rows() {
            let (m, d) = (r.get(1).parse::<u32>(), r.get(2).parse::<u32>());
            if !matches!((m, d), (Ok(1..=12), Ok(1..=31))) {
                return Err(bad(f, r.line));
            }
        }
    }
    for f in WEEKDAY_ORDINALS.iter() {
        for r in f.rows() {
            if !matches!(r.get(1).parse::<i32>(), Ok(-1 | 1..=5)) {
                return Err(bad(f, r.line));
            }
        }
    }
    for f in ZONES.iter() {
        for r in f.rows() {
            let o = r.get(1);
            if !matches!(o, "utc" | "local" | "Z") && offset_minutes(o).is_none() {
                return Err(bad(f, r.line));
            }
            if r.fields
                .get(2)
                .is_some_and(|rule| offset_minutes(o).is_none() || Summer::parse(rule).is_none())
            {
                return Err(bad(f, r.line));
            }
        }
    }
    Ok(())
}

/// Minutes east of UTC written as `+07:00`, or `Z` for zero.
pub(crate) fn format_offset(minutes: i32) -> String {
    if minutes == 0 {
        return "Z".to_string();
    }
    let sign = if minutes < 0 { '-' } else { '+' };
    let m = minutes.abs();
    format!("{sign}{:02}:{:02}", m / 60, m % 60)
}

#[cfg(test)]
mod tests {
    use super::Summer;
    use crate::Date;

    /// The first and last day of summer time in 2026 for each rule (as the tz database has
    /// them), and the days on either side.
    #[test]
    fn summer_time_starts_and_ends_on_the_rule_s_sundays() {
        let day = |m, d| Date::new(2026, m, d).unwrap();
        for (rule, starts, ends) in [
            (Summer::Us, day(3, 8), day(11, 1)),
            (Summer::Eu, day(3, 29), day(10, 25)),
            (Summer::Au, day(10, 4), day(4, 5)),
            (Summer::Nz, day(9, 27), day(4, 5)),
        ] {
            assert!(rule.on(starts), "{rule:?} {starts}");
            assert!(!rule.on(starts.add_days(-1)), "{rule:?} {starts}");
            assert!(!rule.on(ends), "{rule:?} {ends}");
            assert!(rule.on(ends.add_days(-1)), "{rule:?} {ends}");
        }
    }
}
