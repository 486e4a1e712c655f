//! The date grammar over one segment's tokens: every rule reads the shared tokens and the words
//! the vocabulary automaton found, never the text again (except the anchored ISO 8601 pattern
//! tried at a four-digit number).

use super::Kind;
use super::words::{Entry, Summer, Unit, Vocabulary, Zone, format_offset, offset_minutes, role};
use crate::Date;
use crate::lexicon::is_number_word;
use crate::text::{Token, TokenKind};

/// A vocabulary phrase found at a token: its entry and the token after it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Lex {
    pub entry: usize,
    pub next: usize,
}

/// One mention before it becomes a public `Mention`.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    pub start: usize,
    pub end: usize,
    pub value: String,
    pub kind: Kind,
    pub from_reference: bool,
    pub weekday_mismatch: bool,
    /// A clock time with no day written, put on the reference's day for want of another.
    pub bare_time: bool,
    /// A weekday alone, resolved ahead of the reference (the sentence points ahead).
    pub ahead: bool,
    /// A weekday after "the following": the first such day after the day last named.
    pub following: bool,
    /// A weekday alone, resolved back from the reference for want of any word pointing either
    /// way ("... pada Rabu (10/12) sebelum kembali ke Tokyo pada Kamis").
    pub unmarked: bool,
    /// Counted from the day (or year) the text last named, not from the reference: "two days
    /// later" is `(Day, 2)`, "a year earlier" `(Year, -1)`. The value is set by the caller.
    pub from_last: Option<(Unit, i32)>,
}

impl Found {
    /// A mention from byte `start` to `end` with its value, on no weekday written against it,
    /// no bare time, pointing nowhere.
    fn new(start: usize, end: usize, value: String, kind: Kind, from_reference: bool) -> Found {
        Found {
            start,
            end,
            value,
            kind,
            from_reference,
            weekday_mismatch: false,
            bare_time: false,
            ahead: false,
            following: false,
            unmarked: false,
            from_last: None,
        }
    }

    /// The interval from the start of `a` to the end of `b`, written one after the other
    /// ("Friday and Sunday", "16 to 18 November").
    fn range(a: &Found, b: &Found) -> Found {
        Found {
            start: a.start,
            end: b.end,
            value: format!("{}/{}", a.value, b.value),
            kind: Kind::Range,
            from_reference: a.from_reference || b.from_reference,
            weekday_mismatch: a.weekday_mismatch || b.weekday_mismatch,
            bare_time: false,
            ahead: false,
            following: false,
            unmarked: false,
            from_last: None,
        }
    }
}

/// A single day, kept to attach a time or check a weekday.
#[derive(Debug, Clone, Copy)]
struct Day {
    date: Date,
    start: usize,
    end: usize,
    from_reference: bool,
}

/// A day-month-year as written, each part optional until resolved.
#[derive(Debug, Clone, Copy)]
struct Item {
    day: Option<u32>,
    month: Option<u32>,
    year: Option<i32>,
    start: usize,
    end: usize,
    /// Token after the item.
    next: usize,
    /// Written day before month ("3 Mei"), not month before day ("May 3").
    day_first: bool,
    year_from_reference: bool,
    /// The year was taken from another date of the chain.
    year_shared: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Link {
    Range,
    And,
}

/// A clock time, possibly with a zone and the end of a time range.
#[derive(Debug, Clone, Copy)]
struct Clock {
    hour: u32,
    minute: u32,
    until: Option<(u32, u32)>,
    offset: Option<i32>,
    /// The zone's daylight saving rule: `offset` is its standard time.
    summer: Option<Summer>,
    start: usize,
    end: usize,
    next: usize,
    /// Written so that it cannot be another number (a colon, a.m./p.m., a zone).
    marked: bool,
    /// Midnight at the end of today ("midnight tonight"): 00:00 of the day after.
    next_day: bool,
}

/// Which way a lone weekday points from the reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    OnOrBefore,
    Before,
    OnOrAfter,
    After,
}

pub(crate) struct Scan<'a> {
    pub text: &'a str,
    pub toks: &'a [Token],
    /// The phrase that starts at each token.
    pub lex: &'a [Option<Lex>],
    /// The phrase that ends at each token: (entry, its first token).
    pub lex_end: &'a [Option<(usize, usize)>],
    pub vocab: &'a Vocabulary,
    pub iso: Option<&'a regex::Regex>,
    pub reference: Option<Date>,
    /// Whether each token stands inside a quotation, read once on first need (see `quoted`).
    pub quotes: std::cell::OnceCell<Vec<bool>>,
}

/// How many tokens a bracket after an abbreviation's stop may hold, its closer included
/// ("a.m. (Manila time)").
const BRACKET_REACH: usize = 6;
/// How many tokens after a clock time a word of every day ("daily", "setiap hari") may stand.
const RECURRING_REACH: usize = 4;
pub(crate) const MIN_YEAR: i32 = 1600;
/// The earliest year read after a day and a month's name, where nothing else a number can be
/// stands ("3 Juni 1482").
const OLD_YEAR: i32 = 1000;
/// How many tokens before a lone weekday or month a word of tense is looked for, within its
/// clause ("dijadwalkan melanjutkan lawatan ke Kuala Lumpur dan Manila pada Rabu", "was admitted
/// as the bloc's 11th member at a summit in Kuala Lumpur in October").
const FUTURE_WINDOW: usize = 16;
const MAX_YEAR: i32 = 2100;
/// How many months a month named with no year and no tense must stand from the reference's
/// within its year for the nearer one in the next or last year to be read instead.
const MONTHS_APART: u32 = 10;
/// How many tokens back a sentence is read for the year a part of "the year" belongs to, and
/// for a word of tense across its commas when a lone weekday's clause has none.
const SENTENCE_WINDOW: usize = 40;
/// Tokens after a weekday within which the verb of its clause tells its tense ("The ceremony
/// on Monday will be ...").
const CUE_AFTER_WINDOW: usize = 8;

/// The year and month of a month's value ("2031-11").
fn year_month(value: &str) -> Option<(i32, u32)> {
    let (y, m) = value.split_once('-')?;
    Some((y.parse().ok()?, m.parse().ok()?))
}

/// The offset a timestamp's value ends with ("+08:00", "Z"), if any.
fn offset_of(value: &str) -> Option<&str> {
    let (_, time) = value.split_once('T')?;
    let at = time.find(['+', '-', 'Z'])?;
    Some(&time[at..])
}

/// The day a date or time value starts with ("2025-11-22T23:00+07:00").
fn day_of(value: &str) -> Option<Date> {
    value.get(..10)?.parse().ok()
}

/// A day of the month written with an ordinal ending: "1st", "22nd", Malay "2hb" (haribulan).
fn ordinal_day(word: &str) -> Option<u32> {
    crate::lexicon::ordinal_in_figures(word, &["st", "nd", "rd", "th", "hb"]).filter(|d| (1..=31).contains(d))
}

/// The week holding `d`, Monday to Sunday, as an interval: the contract's forms hold no ISO
/// week ("2023-W18"), and an interval reads the same everywhere.
fn week_interval(d: Date) -> String {
    let monday = d.add_days(-(d.weekday() as i64));
    format!("{monday}/{}", monday.add_days(6))
}

/// The `nth` `weekday` (Monday = 0) of a month: 1 to 5 from its start, -1 its last.
fn nth_weekday_of(year: i32, month: u32, weekday: u32, nth: i32) -> Option<Date> {
    if nth < 0 {
        let last = (28..=31).rev().find_map(|d| Date::new(year, month, d))?;
        let back = (last.weekday() as i64 - weekday as i64).rem_euclid(7);
        return Some(last.add_days(-back));
    }
    let first = Date::new(year, month, 1)?;
    let ahead = (weekday as i64 - first.weekday() as i64).rem_euclid(7) + 7 * (nth as i64 - 1);
    let d = first.add_days(ahead);
    (d.month() == month).then_some(d)
}

fn item_value(y: i32, m: Option<u32>, d: Option<u32>) -> String {
    match (m, d) {
        (Some(m), Some(d)) => format!("{y:04}-{m:02}-{d:02}"),
        (Some(m), None) => format!("{y:04}-{m:02}"),
        _ => format!("{y:04}"),
    }
}

fn with_time(date: Date, c: &Clock, hour: u32, minute: u32) -> String {
    let summer = c.summer.is_some_and(|rule| rule.on(date));
    let zone = c.offset.map(|m| format_offset(m + if summer { 60 } else { 0 }));
    let zone = zone.unwrap_or_default();
    format!("{date}T{hour:02}:{minute:02}{zone}")
}

/// The year and month `offset` months from the reference's ("next month", "bulan lalu").
/// The same day of the month `offset` months from `reference`, the month's last day when it
/// is shorter ("a month before 31 March" is 28 or 29 February).
fn same_day_months_on(reference: Date, offset: i32) -> Option<Date> {
    let (y, m) = shift_month(reference, offset);
    Date::new(y, m, reference.day().min(crate::calendar::days_in_month(y, m)))
}

fn shift_month(reference: Date, offset: i32) -> (i32, u32) {
    let total = reference.year() * 12 + reference.month() as i32 - 1 + offset;
    (total.div_euclid(12), total.rem_euclid(12) as u32 + 1)
}

/// The `toward` of a day written with "ini" after it ("31 Desember ini"): in the reference's year
/// or, when that day is long past, the next ("5 Januari ini" written on 28 December).
const THIS_YEAR: i32 = 2;

/// The year (reference year, the one before or after) that puts the day nearest the reference,
/// or nearest on the side `toward` says (+1 on or after, -1 on or before, `THIS_YEAR`).
fn closest_year(reference: Date, month: u32, day: u32, toward: i32) -> Option<i32> {
    let y = reference.year();
    [y, y - 1, y + 1]
        .into_iter()
        .filter_map(|c| Date::new(c, month, day).map(|d| (c, d.to_days() - reference.to_days())))
        .filter(|&(c, gap)| match toward {
            THIS_YEAR => c >= y,
            0 => true,
            t => gap.signum() * (t as i64) >= 0,
        })
        .min_by_key(|&(_, gap)| gap.abs())
        .map(|(c, _)| c)
}

impl<'a> Scan<'a> {
    fn tok(&self, i: usize) -> Option<&Token> {
        self.toks.get(i)
    }

    fn s(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.text(self.text))
    }

    fn start(&self, i: usize) -> usize {
        self.toks.get(i).map_or(self.text.len(), |t| t.span.start)
    }

    fn end(&self, i: usize) -> usize {
        self.toks.get(i).map_or(self.text.len(), |t| t.span.end)
    }

    /// Whether token `i` touches the token before it (no space between).
    fn glued(&self, i: usize) -> bool {
        i > 0 && matches!((self.tok(i - 1), self.tok(i)), (Some(a), Some(b)) if a.span.end == b.span.start)
    }

    fn punct(&self, i: usize, c: char) -> bool {
        self.tok(i).is_some_and(|t| t.kind == TokenKind::Punct) && self.s(i).starts_with(c)
    }

    fn dash(&self, i: usize) -> bool {
        self.punct(i, '-') || self.punct(i, '\u{2013}') || self.punct(i, '\u{2014}')
    }

    fn number(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.tok(i)?;
        if t.kind != TokenKind::Number || t.span.len() > 9 {
            return None;
        }
        Some((self.s(i).parse().ok()?, t.span.len()))
    }

    /// The phrase at token `i` (a capital-only phrase must be capitalized) and the token after it.
    fn entry(&self, i: usize) -> Option<(&'a Entry, usize)> {
        let lex = (*self.lex.get(i)?)?;
        let e = self.vocab.entries.get(lex.entry)?;
        if e.cap && !crate::text::is_capitalized(self.s(i)) {
            return e.uncapped.as_deref().map(|u| (u, lex.next));
        }
        Some((e, lex.next))
    }

    fn role(&self, i: usize, r: u128) -> Option<usize> {
        self.entry(i).filter(|(e, _)| e.has(r)).map(|(_, n)| n)
    }

    /// The phrase that ends just before token `i`, with its first token.
    fn before(&self, i: usize) -> Option<(&'a Entry, usize)> {
        let (e, first) = (*self.lex_end.get(i.checked_sub(1)?)?)?;
        let e = self.vocab.entries.get(e)?;
        if e.cap && !crate::text::is_capitalized(self.s(first)) {
            return e.uncapped.as_deref().map(|u| (u, first));
        }
        Some((e, first))
    }

    /// Whether the token before `i` is a number or a number word ("dua hari ini", "3 tahun lalu");
    /// a clock time's minutes count nothing ("pukul 21.15 kemarin").
    /// Whether the weekday at `i` opens a name after "the": "the Sunday Times reported", "the
    /// Monday Club" (a capitalized word that is no date word follows it); or is a person's
    /// name after a word that comes before one ("bin Kamis").
    fn weekday_in_name(&self, i: usize) -> bool {
        let Some((_, n)) = self.entry(i) else { return false };
        // "Zulkifli Awang Selasa", "Ali bin Jumaat": a weekday that is a person's name.
        if self.before(i).is_some_and(|(e, _)| e.has(role::NAME_BEFORE)) {
            return true;
        }
        self.before(i).is_some_and(|(e, _)| e.has(role::THE))
            && self
                .tok(n)
                .is_some_and(|t| t.kind == TokenKind::Word && crate::text::is_capitalized(self.s(n)))
            && self.entry(n).is_none()
    }

    /// Whether the segment read is a headline in Title Case.
    fn in_title_case(&self) -> bool {
        match (self.toks.first(), self.toks.last()) {
            (Some(a), Some(b)) => {
                crate::text::is_title_case(self.text, crate::Span::new(a.span.start, b.span.end))
            }
            _ => false,
        }
    }

    fn counted(&self, i: usize) -> bool {
        // (Nor do the digits after a thousands mark: "berbanding 5,790 tahun lepas" counts
        // something else, last year.)
        i > 0
            && self.tok(i - 1).is_some_and(|t| {
                t.kind == TokenKind::Number && !self.number_tail(i - 1, &[':', '.', ','])
                    || (t.kind == TokenKind::Word
                        && is_number_word(t.text(self.text))
                        // ("Region Five this weekend": a number word in a name counts nothing.)
                        && !(crate::text::is_capitalized(t.text(self.text))
                            && i >= 2
                            && self.tok(i - 2).is_some_and(|p| {
                                p.kind == TokenKind::Word && crate::text::is_capitalized(p.text(self.text))
                            })))
            })
    }

    /// Whether the digits at token `k` end a longer number, glued after one of `marks` and the
    /// digits before it: a clock's minutes ("21.15"), the last group of a thousands figure
    /// ("5,790").
    fn number_tail(&self, k: usize, marks: &[char]) -> bool {
        k >= 2
            && marks.iter().any(|&m| self.punct(k - 1, m))
            && self.glued(k - 1)
            && self.glued(k)
            && self.tok(k - 2).is_some_and(|t| t.kind == TokenKind::Number)
    }

    fn day_at(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.tok(i)?;
        match t.kind {
            TokenKind::Number => {
                let (n, len) = self.number(i)?;
                ((1..=31).contains(&n) && len <= 2).then_some((n, i + 1))
            }
            TokenKind::Word => ordinal_day(self.s(i)).map(|d| (d, i + 1)).or_else(|| {
                // "the twelfth of January": an ordinal in words, only before "of".
                let (e, next) = self.entry(i)?;
                let d = e.day_ordinal?;
                self.role(next, role::OF).map(|_| (d, next))
            }),
            _ => None,
        }
    }

    /// A four-digit year in range that is not part of a longer number ("2019.5", "1.2019").
    fn year_at(&self, i: usize) -> Option<(i32, usize)> {
        self.year_from(i, MIN_YEAR)
    }

    /// [`Scan::year_at`] with the earliest year given: a day and a month's name before it make a
    /// year as old as `OLD_YEAR` plain ("3 Juni 1482", "31 Mei 1293": a city's founding).
    fn year_from(&self, i: usize, min: i32) -> Option<(i32, usize)> {
        let (n, len) = self.number(i)?;
        let n = n as i32;
        if len != 4 || !(min..=MAX_YEAR).contains(&n) {
            return None;
        }
        let sep = |k: usize| ['.', ',', ':', '/'].iter().any(|&c| self.punct(k, c));
        // ("6 Mei 2024,15:47 WIB": a clock time glued after a comma is no decimal.)
        let clock_after =
            self.punct(i + 1, ',') && self.punct(i + 3, ':') && self.glued(i + 3) && self.glued(i + 4);
        let glued_after = self.glued(i + 1)
            && sep(i + 1)
            && self.glued(i + 2)
            && self.number(i + 2).is_some()
            && !clock_after;
        let glued_before =
            i >= 2 && self.glued(i) && sep(i - 1) && self.glued(i - 1) && self.number(i - 2).is_some();
        (!glued_after && !glued_before).then_some((n, i + 1))
    }

    /// Which side of the reference a day written without a year lies on, from the word after it:
    /// +1 for "mendatang", -1 for "lalu", "silam", `THIS_YEAR` for "ini", 0 when nothing says.
    fn toward(&self, mut k: usize) -> i32 {
        if self.punct(k, ')') {
            k += 1;
        }
        match self.entry(k) {
            Some((e, _)) if e.relative.is_some_and(|r| r.0 != Unit::Day) => 0,
            Some((e, _)) if e.has(role::NEXT) => 1,
            Some((e, _)) if e.has(role::LAST) || e.has(role::YEAR_SUFFIX) => -1,
            Some((e, _)) if e.has(role::THIS) => THIS_YEAR,
            _ => 0,
        }
    }

    /// A four-digit year in range, whatever surrounds it.
    fn year_raw(&self, i: usize) -> Option<(i32, usize)> {
        let (n, len) = self.number(i)?;
        let n = n as i32;
        (len == 4 && (MIN_YEAR..=MAX_YEAR).contains(&n)).then_some((n, i + 1))
    }

    fn month_at(&self, i: usize) -> Option<(u32, usize)> {
        let (e, mut next) = self.entry(i)?;
        let m = e.month?;
        // "Nov. 16", "Aug. 12, 2022": the stop of a short form, not the end of a sentence.
        let continues = self.number(next + 1).is_some() || self.punct(next + 1, ',');
        if self.punct(next, '.') && self.glued(next) && continues {
            next += 1;
        }
        Some((m, next))
    }

    fn is_clock_ahead(&self, i: usize) -> bool {
        (self.punct(i, ':') || self.punct(i, '.'))
            && self.glued(i)
            && self.glued(i + 1)
            && self.number(i + 1).is_some()
    }

    /// One date as written: "3 Mei 2023", "the 5th of May", "May 3, 2023", "Agustus 2022",
    /// "Mei" (month only), or a bare day ("3" in "3 dan 4 Mei").
    fn item_at(&self, i: usize, month_first: bool) -> Option<Item> {
        let mut j = i;
        if let Some(n) = self.role(j, role::THE)
            && self.day_at(n).is_some()
        {
            j = n;
        }
        let start = self.start(j);
        if let Some((day, k)) = self.day_at(j) {
            if self.is_clock_ahead(k) {
                return None;
            }
            let of = self.role(k, role::OF);
            let k2 = of.unwrap_or(k);
            if let Some((month, k3)) = self.month_at(k2) {
                // "the 4th of July, 2021": after "of" a comma may stand before the year.
                let year = match of {
                    Some(_) => self.comma_year_from(k3, OLD_YEAR),
                    None => self.year_from(k3, OLD_YEAR),
                };
                let (year, next) = match year.or_else(|| self.short_year(k3)) {
                    Some((y, n)) => (Some(y), n),
                    None => (None, k3),
                };
                return Some(self.item(Some(day), Some(month), year, start, next, true));
            }
            // "28-Mar-2025", "28 - Mar - 2025": the parts joined by dashes, the year written.
            if self.dash(k)
                && let Some((month, k3)) = self.month_at(k + 1)
                && self.dash(k3)
                && let Some((y, n)) = self.year_at(k3 + 1)
            {
                return Some(self.item(Some(day), Some(month), Some(y), start, n, true));
            }
            if month_first && let Some((y, n)) = self.comma_year(k) {
                return Some(self.item(Some(day), None, Some(y), start, n, false));
            }
            return Some(self.item(Some(day), None, None, start, k, true));
        }
        let (month, mut k) = self.month_at(j)?;
        // "Mar-28-2025", "Mar - 28 - 2025": the same, month first.
        if self.dash(k)
            && let Some((day, k2)) = self.day_at(k + 1)
            && self.dash(k2)
            && let Some((y, n)) = self.year_at(k2 + 1)
        {
            return Some(self.item(Some(day), Some(month), Some(y), start, n, false));
        }
        // "March the 12th": an ordinal day after "the".
        if let Some(n) = self.role(k, role::THE)
            && self.tok(n).is_some_and(|t| t.kind == TokenKind::Word)
            && ordinal_day(self.s(n)).is_some()
        {
            k = n;
        }
        // "June fourteenth", "April the Thirtieth": an ordinal in words, closing its phrase
        // ("in March the second round" counts rounds).
        let at_ordinal_word = self.role(k, role::THE).unwrap_or(k);
        if let Some((e, n)) = self.entry(at_ordinal_word)
            && let Some(d) = e.day_ordinal
            && self
                .tok(n)
                .is_none_or(|t| t.kind != TokenKind::Word && !self.dash(n))
        {
            let (year, next) = match self.comma_year(n) {
                Some((y, n2)) => (Some(y), n2),
                None => (None, n),
            };
            return Some(self.item(Some(d), Some(month), year, start, next, false));
        }
        if let Some((day, k2)) = self.day_at(k)
            && !self.is_clock_ahead(k2)
        {
            let (year, next) = match self.comma_year_from(k2, OLD_YEAR) {
                Some((y, n)) => (Some(y), n),
                None => (None, k2),
            };
            return Some(self.item(Some(day), Some(month), year, start, next, false));
        }
        // "Mei tahun 2022": the year noun between the month and its year.
        let year = self
            .year_at(k)
            .or_else(|| self.short_year(k))
            .or_else(|| self.role(k, role::YEAR_NOUN).and_then(|n| self.year_at(n)));
        match year {
            Some((y, n)) => Some(self.item(None, Some(month), Some(y), start, n, false)),
            None => Some(self.item(None, Some(month), None, start, k, false)),
        }
    }

    /// A year cut to two digits behind an apostrophe after a month ("Dec ’28", "Maret '09"),
    /// read by [`Scan::century_of`].
    fn short_year(&self, k: usize) -> Option<(i32, usize)> {
        if !(self.punct(k, '\'') || self.punct(k, '’')) || !self.glued(k + 1) {
            return None;
        }
        let (n, len) = self.number(k + 1)?;
        if len != 2 || self.glued(k + 2) && self.tok(k + 2).is_some_and(|t| t.kind != TokenKind::Punct) {
            return None;
        }
        Some((self.century_of(n as i32), k + 2))
    }

    /// The year of two digits `n`: of the century that puts it at most twenty years after the
    /// reference (after 2049 with none), else of the one before.
    fn century_of(&self, n: i32) -> i32 {
        let pivot = self.reference.map_or(2049, |r| r.year() + 20);
        let year = 2000 + n;
        if year > pivot { year - 100 } else { year }
    }

    /// A year after a month-first day: "May 3, 2023", "May 3 2023".
    fn comma_year(&self, k: usize) -> Option<(i32, usize)> {
        self.comma_year_from(k, MIN_YEAR)
    }

    /// [`Scan::comma_year`] with the earliest year given (see [`Scan::year_from`]).
    fn comma_year_from(&self, k: usize, min: i32) -> Option<(i32, usize)> {
        if self.punct(k, ',') {
            self.year_from(k + 1, min)
        } else {
            self.year_from(k, min)
        }
    }

    fn item(
        &self,
        day: Option<u32>,
        month: Option<u32>,
        year: Option<i32>,
        start: usize,
        next: usize,
        day_first: bool,
    ) -> Item {
        Item {
            day,
            month,
            year,
            start,
            end: self.end(next.saturating_sub(1)),
            next,
            day_first,
            year_from_reference: false,
            year_shared: false,
        }
    }

    /// What joins two dates at token `k`, and the token after it.
    fn link(&self, k: usize, between: bool) -> Option<(Link, usize)> {
        if self.dash(k) {
            // "the July-to-September lean season": a range's word between hyphens.
            if self.glued(k + 1)
                && let Some((e, n)) = self.entry(k + 1)
                && e.has(role::RANGE)
                && self.dash(n)
                && self.glued(n)
                && self.glued(n + 1)
            {
                return Some((Link::Range, n + 1));
            }
            return Some((Link::Range, k + 1));
        }
        if self.punct(k, '&') {
            return Some((if between { Link::Range } else { Link::And }, k + 1));
        }
        if self.punct(k, ',') {
            // "from Saturday, March 21, through May 3": a range's word after the comma.
            if let Some((e, n)) = self.entry(k + 1)
                && e.has(role::RANGE)
            {
                return Some((Link::Range, n));
            }
            return Some((Link::And, self.role(k + 1, role::AND).unwrap_or(k + 1)));
        }
        let (e, n) = self.entry(k)?;
        if e.has(role::RANGE) {
            // "akhir Maret hingga awal Mei 2024": a part of the month before the range's end.
            let n = match self.entry(n) {
                Some((p, m))
                    if p.has(role::YEAR_PREFIX) && self.entry(m).is_some_and(|(x, _)| x.month.is_some()) =>
                {
                    m
                }
                _ => n,
            };
            Some((Link::Range, n))
        } else if e.has(role::AND) {
            Some((if between { Link::Range } else { Link::And }, n))
        } else {
            None
        }
    }

    /// Dates joined into intervals and lists: "1-12 Agustus 2022", "31 Juli – 4 Agustus 2018",
    /// "3, 4 and 5 June", "between 3 and 5 May", "August 1-12, 2022".
    fn chain(&self, i: usize, between: bool) -> Option<(Vec<Found>, Option<Day>, usize)> {
        let first = self.item_at(i, false)?;
        let mut items = vec![first];
        let mut links: Vec<Link> = Vec::new();
        let mut month_first = first.month.is_some() && !first.day_first;
        let mut at = first.next;
        while let Some((link, k)) = self.link(at, between && links.is_empty()) {
            let Some(mut it) = self.item_at(k, month_first) else {
                break;
            };
            // "from 1 December until the end of January": the month's last day ends the range.
            if link == Link::Range
                && it.day.is_none()
                && let Some(m) = it.month
                && self.before(k).is_some_and(|(e, _)| e.has(role::MONTH_END))
            {
                let y = it
                    .year
                    .or_else(|| items.last().and_then(|p: &Item| p.year))
                    .or_else(|| self.reference.map(|r| r.year()))
                    .unwrap_or(2000);
                it.day = Some(crate::calendar::days_in_month(y, m));
            }
            if it.month.is_some() {
                month_first = !it.day_first;
            }
            at = it.next;
            items.push(it);
            links.push(link);
        }
        // Months: a bare day takes the month of the next written date when that one is day-first
        // ("3 dan 4 Mei"), else the month of the date before it ("May 3 and 4").
        let n = items.len();
        for idx in 0..n {
            if items[idx].month.is_some() {
                continue;
            }
            let ahead = items[idx + 1..]
                .iter()
                .find(|it| it.month.is_some())
                .filter(|it| it.day_first);
            let behind = items[..idx]
                .iter()
                .rev()
                .find(|it| it.month.is_some())
                .filter(|it| !it.day_first);
            items[idx].month = ahead.or(behind).and_then(|it| it.month);
        }
        while items.last().is_some_and(|it| it.month.is_none()) {
            items.pop();
            links.pop();
        }
        links.truncate(items.len().saturating_sub(1));
        if items.is_empty() || items.iter().any(|it| it.month.is_none()) {
            return None;
        }
        if items.len() == 1 && (items[0].day.is_none() && items[0].year.is_none()) {
            return None;
        }
        // Years: from the next date that has one, else the one before; a chain with no year
        // takes the reference's nearest year (and month-only dates need a written year).
        let written = items.iter().any(|it| it.year.is_some());
        if !written {
            let r = self.reference?;
            let last = *items.last()?;
            let y = if items.iter().all(|it| it.day.is_none()) {
                // Months alone: "Januari hingga Oktober", "pada Mei tahun lalu", "Julai lalu".
                let ranged = links.contains(&Link::Range);
                let (y, f, n) = self
                    .month_year(i, last.month?, last.next)
                    .or_else(|| ranged.then_some((r.year(), i, last.next)))?;
                self.stretch(&mut items, f, n);
                // "sejak Juli hingga Oktober" written in September: "since" looks back to the
                // first month, which this year's passed; the range runs on past the reference.
                let first = items.first().and_then(|it| it.month)?;
                let since = self.before(i).is_some_and(|(e, _)| e.has(role::SINCE));
                if ranged && since && first <= r.month() && first <= last.month? && y < r.year() {
                    r.year()
                } else {
                    y
                }
            } else if items.iter().any(|it| it.day.is_none()) {
                return None;
            } else if let Some((y, n)) = self.relative_year(last.next) {
                // "3 Mei tahun lalu".
                self.stretch(&mut items, i, n);
                y
            } else {
                // "will meet again on Sept. 14-15": a sentence pointing ahead takes the coming one;
                // so does a day after "until" in a clause that tells of no past ("the lower rate is
                // effective until Sept 30").
                let until = self.before(i).is_some_and(|(e, _)| e.has(role::RANGE))
                    && self.nearest_cue(i, role::FUTURE | role::PAST) != Some(role::PAST);
                // With no word of tense in its clause, the sentence's word of the future ("akan
                // berlangsung mulai ..., dengan puncak acara pada 3-5 Desember").
                let sentence_ahead = || {
                    self.nearest_cue(i, role::FUTURE | role::PAST).is_none()
                        && self.sentence_cue(i) == Some(role::FUTURE)
                };
                // "will brief delegates on the October 4 interception": a date set before a noun
                // names an event of its own, which the clause's tense does not place.
                // (After "the", or "on the", one phrase of the list with its article.)
                let attributive = self
                    .before(i)
                    .is_some_and(|(e, f)| e.has(role::THE) || e.has(role::ON) && i - f >= 2)
                    && self.entry(last.next).is_none()
                    && self.tok(last.next).is_some_and(|t| {
                        t.kind == TokenKind::Word && self.s(last.next).starts_with(char::is_lowercase)
                    });
                let toward = match self.toward(last.next) {
                    0 if !attributive && (self.future_before(i) || until || sentence_ahead()) => 1,
                    t => t,
                };
                closest_year(r, last.month?, last.day?, toward)?
            };
            for it in items.iter_mut() {
                it.year = Some(y);
                it.year_from_reference = true;
            }
            if items.iter().all(|it| it.day.is_none()) {
                let past = self.nearest_cue(i, role::FUTURE | role::PAST) == Some(role::PAST);
                // "Desember hingga Februari": a range of months across the turn of a year, the
                // one that holds the reference, else the coming one (the last one after a past
                // tense).
                let wrap = (1..items.len()).find(|&k| {
                    links.get(k - 1) == Some(&Link::Range)
                        && matches!((items[k - 1].month, items[k].month), (Some(a), Some(b)) if a > b)
                });
                if let (Some(w), Some(end)) = (wrap, last.month) {
                    let start_year = if r.month() <= end || past {
                        r.year() - 1
                    } else {
                        r.year()
                    };
                    for (k, it) in items.iter_mut().enumerate() {
                        it.year = Some(if k < w { start_year } else { start_year + 1 });
                    }
                } else if past && y == r.year() {
                    // "staged elections in December and January" (written in January): after a
                    // past tense, a month still to come this year is last year's.
                    for it in items.iter_mut() {
                        if it.month.is_some_and(|m| m > r.month()) {
                            it.year = Some(y - 1);
                        }
                    }
                }
            }
        } else {
            for idx in 0..items.len() {
                if items[idx].year.is_some() {
                    continue;
                }
                let ahead = items[idx + 1..]
                    .iter()
                    .find_map(|it| it.year.filter(|_| !it.year_shared));
                let behind = items[..idx].iter().rev().find_map(|it| it.year);
                items[idx].year = ahead.or(behind);
                items[idx].year_shared = true;
            }
        }
        let dated = |it: &Item| -> Option<Option<Date>> {
            let y = it.year?;
            match it.day {
                Some(d) => Date::new(y, it.month?, d).map(Some),
                None => Some(None),
            }
        };
        let mut dates = Vec::with_capacity(items.len());
        for it in &items {
            match dated(it) {
                Some(d) => dates.push(d),
                // "31 Februari 2023": no day, and no month mention either.
                None => return Some((Vec::new(), None, items.last().map_or(i + 1, |it| it.next))),
            }
        }
        let mut out = Vec::new();
        let mut single: Option<Day> = None;
        let mut idx = 0;
        while idx < items.len() {
            let a = items[idx];
            if links.get(idx) == Some(&Link::Range) && idx + 1 < items.len() {
                let b = items[idx + 1];
                let mut ya = a.year.unwrap_or(0);
                let (va, vb) = (
                    item_value(ya, a.month, a.day),
                    item_value(b.year.unwrap_or(0), b.month, b.day),
                );
                let va = if va > vb && a.year == b.year && (a.year_shared || a.year_from_reference) {
                    ya -= 1;
                    item_value(ya, a.month, a.day)
                } else {
                    va
                };
                // "from November 2030 to January": an end that took its year from the start
                // runs into the next year.
                let vb = if va > vb && a.year == b.year && b.year_shared {
                    item_value(b.year.unwrap_or(0) + 1, b.month, b.day)
                } else {
                    vb
                };
                if va >= vb {
                    return None;
                }
                out.push(Found::new(
                    a.start,
                    b.end,
                    format!("{va}/{vb}"),
                    Kind::Range,
                    a.year_from_reference || b.year_from_reference,
                ));
                idx += 2;
                continue;
            }
            let kind = if a.day.is_some() {
                Kind::Date
            } else {
                Kind::Partial
            };
            if let (Some(Some(d)), true) = (dates.get(idx), out.is_empty()) {
                single = Some(Day {
                    date: *d,
                    start: a.start,
                    end: a.end,
                    from_reference: a.year_from_reference,
                });
            }
            out.push(Found::new(
                a.start,
                a.end,
                item_value(a.year.unwrap_or(0), a.month, a.day),
                kind,
                a.year_from_reference,
            ));
            idx += 1;
        }
        // Only a chain of one day can take a time after it.
        if out.len() != 1 {
            single = None;
        }
        let next = items.last().map_or(i + 1, |it| it.next);
        Some((out, single, next))
    }

    /// Widens a chain to the words that gave its year: from token `first` to before token `next`.
    fn stretch(&self, items: &mut [Item], first: usize, next: usize) {
        if let Some(a) = items.first_mut() {
            a.start = a.start.min(self.start(first));
        }
        if let Some(z) = items.last_mut()
            && next > z.next
        {
            z.end = self.end(next - 1);
            z.next = next;
        }
    }

    /// A relative year at token `k` ("tahun lalu", "last year", "tahun ini") as a year, with the
    /// token after it.
    fn relative_year(&self, k: usize) -> Option<(i32, usize)> {
        let r = self.reference?;
        match self.entry(k)? {
            (
                Entry {
                    relative: Some((Unit::Year, off)),
                    ..
                },
                n,
            ) => Some((r.year() + off, n)),
            _ => None,
        }
    }

    /// The year of a month written without one, from the words around it (`first` is the
    /// month's token, `k` the token after it): "Mei tahun lalu", "Julai lalu", "next March";
    /// after a word that makes the name a date ("pada Maret", "in March", "bulan Mei"), the
    /// reference's year, or the coming such month when the sentence points ahead. Gives the
    /// year, the mention's first token and the token after it; `None` when no word makes the
    /// name a date.
    fn month_year(&self, first: usize, month: u32, k: usize) -> Option<(i32, usize, usize)> {
        let r = self.reference?;
        let before = if month < r.month() { r.year() } else { r.year() - 1 };
        let after = if month > r.month() { r.year() } else { r.year() + 1 };
        if let Some((y, n)) = self.relative_year(k) {
            return Some((y, first, n));
        }
        // "in September of that year", "pada September tahun itu": the year the sentence names.
        let that_year = self
            .role(k, role::OF)
            .and_then(|o| self.the_year(o))
            .or_else(|| self.role(k, role::YEAR_NOUN).filter(|&n| n >= k + 2));
        if let Some(n) = that_year {
            return Some((self.year_in_sentence(first).unwrap_or(r.year()), first, n));
        }
        if let Some((e, n)) = self.entry(k)
            && e.relative.is_none_or(|x| x.0 == Unit::Day)
        {
            if e.has(role::LAST) {
                return Some((before, first, n));
            }
            if e.has(role::NEXT) {
                return Some((after, first, n));
            }
            // "September ini": this year's.
            if e.has(role::THIS) {
                return Some((r.year(), first, n));
            }
        }
        // "mid-December": the word may be joined to the month by a hyphen.
        let back = if first >= 2 && self.dash(first - 1) && self.glued(first) && self.glued(first - 1) {
            first - 1
        } else {
            first
        };
        let (e, f) = self.before(back)?;
        // A word that follows what it points ("lalu", "silam") is "then" before a month.
        if e.relative.is_none() && !e.has(role::YEAR_SUFFIX) {
            if e.has(role::LAST) {
                return Some((before, f, k));
            }
            if e.has(role::NEXT) {
                return Some((after, f, k));
            }
        }
        if e.has(role::YEAR_PREFIX) || e.has(role::MONTH_NOUN) {
            // The month's next coming when the sentence points ahead; its last passing after a
            // word that looks back ("since early December" in January is last December); else
            // the reference's year.
            // The nearest tense counts: "the plan the two countries signed in March" is past
            // though "would" stands earlier in the sentence.
            let tense = self.nearest_cue(first, role::FUTURE | role::PAST);
            // "Bookings for next year's festival open in March": the year named before.
            if let Some(y) = self.relative_year_in_sentence(back) {
                return Some((y, first, k));
            }
            // "severe haze in 2019, when the index ... for several days in September": a past
            // year written earlier in the sentence is the month's.
            if tense != Some(role::FUTURE)
                && let Some(y) = self.year_in_sentence(back).filter(|&y| y < r.year())
            {
                return Some((y, first, k));
            }
            let y = if tense == Some(role::FUTURE) {
                if month < r.month() { r.year() + 1 } else { r.year() }
            } else if month > r.month()
                && (e.has(role::SINCE)
                    || self.before(f).is_some_and(|(b, _)| b.has(role::SINCE))
                    || tense == Some(role::PAST))
                && !self.future_after(k)
            {
                r.year() - 1
            } else if tense.is_none()
                && month + MONTHS_APART <= r.month()
                && !e.has(role::SINCE)
                && !self.before(f).is_some_and(|(b, _)| b.has(role::SINCE))
            {
                // With nothing to say which way, a month most of a year behind the reference is
                // the coming one ("dibuka pertengahan Februari" written on 31 December) ...
                r.year() + 1
            } else if tense.is_none() && r.month() + MONTHS_APART <= month {
                // ... and one most of a year ahead the one just past.
                r.year() - 1
            } else {
                r.year()
            };
            return Some((y, first, k));
        }
        None
    }

    /// A month name standing alone that the words around make a date: "pada Maret",
    /// "in March", "Julai lalu", "Mei tahun lalu", "last March". Short forms ("Agus", "Jun")
    /// never stand alone.
    fn month_alone(&self, i: usize) -> Option<(Vec<Found>, usize)> {
        let (e, _) = self.entry(i)?;
        if !e.month_alone {
            return None;
        }
        let (month, k) = self.month_at(i)?;
        // "May's cabinet": a name.
        if (self.punct(k, '\'') || self.punct(k, '\u{2019}')) && self.glued(k) {
            return None;
        }
        // "Residents led by April Morgan": a given name before a capitalized word that is no
        // word of dates.
        if e.given_name
            && self.tok(k).is_some_and(|t| t.kind == TokenKind::Word)
            && crate::text::is_capitalized(self.s(k))
            && self.entry(k).is_none()
        {
            return None;
        }
        let (year, first, next) = self.month_year(i, month, k)?;
        let found = Found::new(
            self.start(first),
            self.end(next - 1),
            format!("{year:04}-{month:02}"),
            Kind::Partial,
            true,
        );
        Some((vec![found], next))
    }

    /// "16/11/2021", "16-11-2021", "16.11.2021"; day first unless impossible; "9/5" only where
    /// `short` (in brackets, after a weekday or "tanggal").
    /// The two-digit year of a numeric date ("21/12/29"): read only within ten years of the
    /// reference, as a code or a count written the same way is far more likely than a date
    /// decades away.
    fn numeric_short_year(&self, k: usize) -> Option<(i32, usize)> {
        let (n, len) = self.number(k)?;
        let r = self.reference?;
        let y = r.year() / 100 * 100 + n as i32;
        let y = [y - 100, y, y + 100]
            .into_iter()
            .min_by_key(|y| (y - r.year()).abs())?;
        (len == 2 && (y - r.year()).abs() <= 10).then_some((y, k + 1))
    }

    fn numeric(&self, i: usize, short: bool) -> Option<(Day, usize)> {
        let (a, la) = self.number(i)?;
        if la > 2
            || (self.glued(i)
                && i > 0
                && self
                    .tok(i - 1)
                    .is_some_and(|t| t.kind != TokenKind::Punct || self.s(i - 1) == "/"))
        {
            return None;
        }
        if i >= 2 && self.glued(i) && self.number(i - 2).is_some() && self.glued(i - 1) {
            return None;
        }
        let sep = ['/', '-', '.'].into_iter().find(|&c| self.punct(i + 1, c))?;
        if !self.glued(i + 1) || !self.glued(i + 2) {
            return None;
        }
        let (b, lb) = self.number(i + 2)?;
        if lb > 2 {
            return None;
        }
        let order = |y: i32| -> Option<Date> {
            Date::new(y, b, a)
                .filter(|_| a <= 31 && b <= 12)
                .or_else(|| Date::new(y, a, b))
        };
        if self.punct(i + 3, sep) && self.glued(i + 3) && self.glued(i + 4) {
            // (With no reference, after a weekday or in brackets, a two-digit year is of this
            // century: a page's header, "Rabu, 05/06/24 | 10:15 WIB", read to find the day of
            // writing.)
            let unreferenced = || {
                self.number(i + 4)
                    .filter(|&(_, len)| short && len == 2 && self.reference.is_none())
                    .map(|(n, _)| (2000 + n as i32, i + 5))
            };
            let (y, next) = self
                .year_raw(i + 4)
                .or_else(|| self.numeric_short_year(i + 4))
                .or_else(unreferenced)?;
            let more = self.punct(i + 5, sep) && self.glued(i + 6) && self.number(i + 6).is_some();
            if self.glued(i + 5) && (more || self.number(i + 5).is_some()) {
                return None;
            }
            let date = order(y)?;
            return Some((
                Day {
                    date,
                    start: self.start(i),
                    end: self.end(i + 4),
                    from_reference: false,
                },
                next,
            ));
        }
        // Only punctuation may follow, and no number after it ("22/11.", not "22/11.5").
        let closed = !self.glued(i + 3)
            || self.tok(i + 3).is_some_and(|t| t.kind == TokenKind::Punct)
                && !self.punct(i + 3, '/')
                && !(self.glued(i + 4) && self.number(i + 4).is_some());
        if !short || sep != '/' || !closed {
            return None;
        }
        let r = self.reference?;
        let (d, m) = if a <= 31 && b <= 12 { (a, b) } else { (b, a) };
        let y = closest_year(r, m, d, self.toward(i + 3))?;
        let date = Date::new(y, m, d)?;
        Some((
            Day {
                date,
                start: self.start(i),
                end: self.end(i + 2),
                from_reference: true,
            },
            i + 3,
        ))
    }

    /// A part of a year, months `first` to `last`, named at token `i` (its phrase ends before
    /// `k`) and followed by its year: "Q3 2025", "the first half of 2025", "kuartal III-2025",
    /// "kuartal II/2024",
    /// "semester I tahun 2025", "triwulan kedua tahun depan".
    fn period(&self, i: usize, k: usize, first: u32, last: u32) -> Option<(Vec<Found>, usize)> {
        let phrase_end = k;
        let mut k = k;
        let of = self.role(k, role::OF);
        if let Some(n) = of.or_else(|| self.role(k, role::YEAR_NOUN)) {
            k = n;
        } else if (self.dash(k) || self.punct(k, '/')) && self.glued(k) && self.glued(k + 1) {
            // "kuartal III-2025", "kuartal II/2024", "semester I/2024".
            k += 1;
        }
        // "the second half of March": a half of a month is its days 1 to 15 or 16 to its end.
        // ("paruh kedua Maret": the month may follow with no word between.)
        if let Some(o) = of.or(Some(k))
            && matches!((first, last), (1, 6) | (7, 12))
            && let Some((month, mk)) = self.month_at(o)
        {
            let (year, next, from_reference) = match self.year_raw(mk) {
                Some((y, n)) => (y, n, false),
                None => {
                    let (y, _, n) = self
                        .month_year(o, month, mk)
                        .or_else(|| self.reference.map(|r| (r.year(), o, mk)))?;
                    (y, n, true)
                }
            };
            let (a, b) = if first == 1 {
                (1, 15)
            } else {
                (16, crate::calendar::days_in_month(year, month))
            };
            let found = Found::new(
                self.start(i),
                self.end(next - 1),
                format!("{year:04}-{month:02}-{a:02}/{year:04}-{month:02}-{b:02}"),
                Kind::Range,
                from_reference,
            );
            return Some((vec![found], next));
        }
        let mut from_reference = self.year_raw(k).is_none();
        let (year, next) = match self.year_raw(k).or_else(|| self.relative_year(k)) {
            Some(y) => y,
            None => match of.and_then(|_| self.the_year(k)) {
                Some(n) => match self.year_raw(n) {
                    Some(y) => {
                        from_reference = false;
                        y
                    }
                    None => match self.year_in_sentence(i) {
                        Some(y) => {
                            from_reference = false;
                            (y, n)
                        }
                        None => (self.reference?.year(), n),
                    },
                },
                None => (self.quarter_year(i, first, last)?, phrase_end),
            },
        };
        if self.glued(next) && self.number(next).is_some() {
            return None;
        }
        let found = Found::new(
            self.start(i),
            self.end(next - 1),
            format!("{year:04}-{first:02}/{year:04}-{last:02}"),
            Kind::Range,
            from_reference,
        );
        Some((vec![found], next))
    }

    /// "the year" at token `k`, after a part of a year and "of" ("the second half of the
    /// year"): the token after it. The year is the one the sentence has named, else the
    /// reference's.
    fn the_year(&self, k: usize) -> Option<usize> {
        let k = self.role(k, role::THE).unwrap_or(k);
        self.role(k, role::YEAR_NOUN)
    }

    /// Where a mention starting at token `i` starts: at "the" before it, if any ("the 1970s").
    fn start_with_the(&self, i: usize) -> usize {
        match self.before(i) {
            Some((e, f)) if e.has(role::THE) => self.start(f),
            _ => self.start(i),
        }
    }

    /// The first answer `found` gives for the tokens before `i`, nearest first, within its
    /// sentence (a stop inside a number, "2.400", ends none).
    fn back_in_sentence<T>(&self, i: usize, found: impl Fn(usize) -> Option<T>) -> Option<T> {
        let mut k = i;
        while k > 0 && i - k < SENTENCE_WINDOW {
            k -= 1;
            let t = self.tok(k)?;
            if t.kind == TokenKind::Break
                || (t.kind == TokenKind::Punct && matches!(self.s(k), "." | "!" | "?") && !self.glued(k + 1))
            {
                return None;
            }
            if let Some(v) = found(k) {
                return Some(v);
            }
        }
        None
    }

    /// The nearest year written before token `i` in its sentence.
    fn year_in_sentence(&self, i: usize) -> Option<i32> {
        self.back_in_sentence(i, |k| self.year_at(k).map(|(y, _)| y))
    }

    /// The year a relative phrase earlier in the sentence names ("next year's festival opens
    /// in March", "tahun depan ... pada Maret").
    fn relative_year_in_sentence(&self, i: usize) -> Option<i32> {
        let r = self.reference?;
        self.back_in_sentence(i, |k| match self.entry(k)?.0.relative? {
            (Unit::Year, offset) => Some(r.year() + offset),
            _ => None,
        })
    }

    /// The year of a quarter written without one ("in the third quarter", "pada kuartal III"):
    /// a quarter after a cue word, the occurrence nearest the reference (a quarter just ended is
    /// reported, one about to begin is forecast), or the coming one when the clause points
    /// ahead. Halves in words ("the first half") need their year: they are also a match's;
    /// written as a code ("in H2") they are read as quarters are.
    fn quarter_year(&self, i: usize, first: u32, last: u32) -> Option<i32> {
        let r = self.reference?;
        // A quarter, or a half written as a code ("in H2", "1H") that no noun follows ("H2
        // production" is hydrogen's): "the second half" in words is as often a match's.
        let noun_after = self.tok(i + 1).is_some_and(|t| {
            t.kind == TokenKind::Word && self.s(i + 1).chars().next().is_some_and(char::is_lowercase)
        });
        let coded =
            self.s(i).bytes().any(|b| b.is_ascii_digit()) || self.entry(i).is_some_and(|(e, _)| e.coded_half);
        let coded_half = last - first == 5 && coded && !noun_after;
        if last - first != 2 && !coded_half {
            return None;
        }
        let cued = self.before(i).is_some_and(|(e, f)| {
            e.has(role::YEAR_PREFIX)
                || e.has(role::THE) && self.before(f).is_some_and(|(p, _)| p.has(role::YEAR_PREFIX))
        });
        if !cued {
            return None;
        }
        let ahead = self.nearest_cue(i, role::FUTURE | role::PAST) == Some(role::FUTURE);
        // Months from the reference to the quarter this year: before it (negative), inside, after.
        let now = r.month() as i32;
        let gap = if now < first as i32 {
            first as i32 - now
        } else if now > last as i32 {
            -(now - last as i32)
        } else {
            0
        };
        Some(if ahead && gap < 0 {
            r.year() + 1
        } else if gap > 6 {
            r.year() - 1
        } else if gap < -6 {
            r.year() + 1
        } else {
            r.year()
        })
    }

    /// A range of days written with numbers: "24-26/11/2025", and, where a weekday or a bracket
    /// announces a date (`short`), "24-26/11" in the year nearest the reference.
    fn numeric_range(&self, i: usize, short: bool) -> Option<(Found, usize)> {
        let (a, la) = self.number(i)?;
        if la > 2 || self.glued(i) && i > 0 && !self.punct(i - 1, '(') {
            return None;
        }
        if !(self.dash(i + 1) && self.glued(i + 1) && self.glued(i + 2)) {
            return None;
        }
        let (b, lb) = self.number(i + 2)?;
        if lb > 2 || b <= a || !(self.punct(i + 3, '/') && self.glued(i + 3) && self.glued(i + 4)) {
            return None;
        }
        let (m, lm) = self.number(i + 4)?;
        if lm > 2 {
            return None;
        }
        let (y, last, next) = if self.punct(i + 5, '/') && self.glued(i + 5) && self.glued(i + 6) {
            let (y, next) = self.year_raw(i + 6)?;
            (y, i + 6, next)
        } else {
            if !short || (self.glued(i + 5) && !self.punct(i + 5, ')')) {
                return None;
            }
            (
                closest_year(self.reference?, m, a, self.toward(i + 5))?,
                i + 4,
                i + 5,
            )
        };
        if self.glued(next) && (self.number(next).is_some() || self.punct(next, '/')) {
            return None;
        }
        let (from, to) = (Date::new(y, m, a)?, Date::new(y, m, b)?);
        let found = Found::new(
            self.start(i),
            self.end(last),
            format!("{from}/{to}"),
            Kind::Range,
            last == i + 4,
        );
        Some((found, next))
    }

    /// ISO 8601 at a four-digit number: "2022-08-05", "2022-08", "2021-11-17T09:14:42Z"; also
    /// "2022.08.05" and "2022/08/05".
    fn iso_at(&self, i: usize) -> Option<(Found, Option<Day>, usize)> {
        let t = self.tok(i)?;
        if t.kind != TokenKind::Number
            || t.span.len() != 4
            || !crate::text::word_start_at(self.text, t.span.start)
        {
            return None;
        }
        if i > 0 && self.glued(i) && (self.dash(i - 1) || self.punct(i - 1, '/')) {
            return None;
        }
        let rest = self.text.get(t.span.start..)?;
        let c = self.iso?.captures(rest)?;
        let whole = c.get(0)?;
        let end = t.span.start + whole.end();
        let after = self.text.get(end..).and_then(|s| s.chars().next());
        if after.is_some_and(|ch| ch.is_alphanumeric() || ch == '-' || ch == '/' || ch == ':') {
            return None;
        }
        let num = |k: usize| c.get(k).and_then(|m| m.as_str().parse::<u32>().ok());
        let y = num(1)? as i32;
        let m = num(2).or_else(|| num(8)).or_else(|| num(10))?;
        if !(MIN_YEAR..=MAX_YEAR).contains(&y) || !(1..=12).contains(&m) {
            return None;
        }
        let next = self.toks.partition_point(|t| t.span.start < end);
        let Some(d) = num(3).or_else(|| num(9)).or_else(|| num(11)) else {
            let found = Found::new(t.span.start, end, format!("{y:04}-{m:02}"), Kind::Partial, false);
            return Some((found, None, next));
        };
        let date = Date::new(y, m, d)?;
        let day = Day {
            date,
            start: t.span.start,
            end,
            from_reference: false,
        };
        let (value, kind) = match (num(4), num(5)) {
            (Some(h), Some(mi)) if h <= 23 && mi <= 59 => {
                let zone = if c.get(6).is_some() {
                    Some(0)
                } else {
                    c.get(7).map(|z| z.as_str()).and_then(|z| {
                        let (sign, digits) = z.split_at_checked(1)?;
                        let digits = digits.replace(':', "");
                        let hh = digits.get(..2)?;
                        let mm = digits.get(2..).unwrap_or("00");
                        offset_minutes(&format!("{sign}{hh}:{mm}"))
                    })
                };
                let zone = zone.map(format_offset).unwrap_or_default();
                (format!("{date}T{h:02}:{mi:02}{zone}"), Kind::Time)
            }
            (None, _) => (date.to_string(), Kind::Date),
            _ => return None,
        };
        let found = Found::new(t.span.start, end, value, kind, false);
        let single = (kind == Kind::Date).then_some(day);
        Some((found, single, next))
    }

    /// A clock time at `i`: "14.00", "14:15", "9 a.m.", "9am", with an optional end
    /// ("09.00-12.00") and zone ("WIB", "GMT+7", "Jakarta time").
    fn clock(&self, i: usize, with_range: bool) -> Option<Clock> {
        let t = self.tok(i)?;
        let (mut hour, minute, mut k, mut marked);
        let mut meridiem: Option<bool> = None;
        let mut next_day = false;
        match t.kind {
            TokenKind::Number => {
                let (h, lh) = self.number(i)?;
                // The minutes of a time already read ("08.00") start no time of their own.
                let minutes_of = i >= 2
                    && self.glued(i)
                    && self.glued(i - 1)
                    && (self.punct(i - 1, '.') || self.punct(i - 1, ':'))
                    && self.number(i - 2).is_some()
                    // (Nor do the decimals of a number: "naik menjadi 5,4 malam", 5.4 nights;
                    // a clock's hour glued after a year's comma does: "06-05-2024,15:47".)
                    || self.number_tail(i, &[','])
                        && !(self.punct(i + 1, ':') && self.glued(i + 1) && self.number(i + 2).is_some());
                // "2300 GMT", "0930 WIB": four digits of a clock before a zone.
                let zoned = || {
                    self.entry(i + 1).is_some_and(|(e, _)| {
                        matches!(e.zone, Some(Zone::Offset(_) | Zone::Utc | Zone::Seasonal(..)))
                    })
                };
                // "at 1900 hours": four digits of a clock before the word for hours (military
                // and police time), after a word that opens a time.
                let hours_word = || {
                    self.role(i + 1, role::CLOCK_HOURS).is_some()
                        && self.before(i).is_some_and(|(e, _)| e.has(role::TIME_PREFIX))
                };
                if lh == 4 && !minutes_of && h / 100 < 24 && h % 100 < 60 && (zoned() || hours_word()) {
                    hour = h / 100;
                    minute = h % 100;
                    marked = true;
                    k = if zoned() {
                        i + 1
                    } else {
                        self.role(i + 1, role::CLOCK_HOURS).unwrap_or(i + 1)
                    };
                } else if lh > 2 || minutes_of {
                    return None;
                } else if lh == 1 && h == 0 && self.punct(i + 1, '.') {
                    // "0.31 times", "0.75 persen": a lone zero before a point is a decimal;
                    // midnight is written "00.31".
                    return None;
                } else if (self.punct(i + 1, ':') || self.punct(i + 1, '.'))
                    && self.glued(i + 1)
                    && self.glued(i + 2)
                {
                    hour = h;
                    let word = self.s(i + 2);
                    let digits = word.get(..2).filter(|d| d.bytes().all(|b| b.is_ascii_digit()))?;
                    let tail = word.get(2..)?;
                    minute = digits.parse().ok()?;
                    marked = self.punct(i + 1, ':');
                    k = i + 3;
                    if tail.eq_ignore_ascii_case("am") {
                        meridiem = Some(false);
                    } else if tail.eq_ignore_ascii_case("pm") {
                        meridiem = Some(true);
                    } else if !tail.is_empty() {
                        return None;
                    }
                    if self.punct(k, ':') && self.glued(k) && self.glued(k + 1) {
                        let (_, ls) = self.number(k + 1)?;
                        if ls != 2 {
                            return None;
                        }
                        k += 2;
                    }
                    if self.glued(k)
                        && (self.punct(k, '.') || self.punct(k, ':'))
                        && self.number(k + 1).is_some()
                        && self.glued(k + 1)
                    {
                        return None;
                    }
                } else {
                    hour = h;
                    minute = 0;
                    marked = false;
                    k = i + 1;
                }
            }
            // "half past seven", "quarter to 10", "setengah delapan": minutes in words before
            // an hour in words or figures.
            TokenKind::Word
                if let Some((e, n)) = self.entry(i)
                    && let Some(shift) = [
                        (role::HALF_PAST, 30),
                        (role::QUARTER_PAST, 15),
                        (role::QUARTER_TO, -15),
                        (role::HALF_TO, -30),
                    ]
                    .into_iter()
                    .find_map(|(r, m)| e.has(r).then_some(m))
                    && let Some(h) = self.hour_word(n) =>
            {
                let total = h as i32 * 60 + shift;
                hour = total.div_euclid(60).rem_euclid(24) as u32;
                minute = total.rem_euclid(60) as u32;
                marked = true;
                k = n + 1;
            }
            // "six o'clock": an hour in words before "o'clock".
            TokenKind::Word
                if self.entry(i + 1).is_some_and(|(e, _)| e.has(role::OCLOCK))
                    && let Some(h) = self.hour_word(i) =>
            {
                hour = h;
                minute = 0;
                marked = true;
                k = i + 1;
            }
            // "noon", "midnight", "tengah malam": a clock time in words.
            TokenKind::Word
                if let Some((e, n)) = self.entry(i)
                    && (e.has(role::NOON) || e.has(role::MIDNIGHT)) =>
            {
                hour = if e.has(role::NOON) { 12 } else { 0 };
                minute = 0;
                marked = true;
                k = n;
                // "midnight tonight": the evening word ends today, so midnight is the next day's
                // first minute.
                if e.has(role::MIDNIGHT)
                    && let Some((e, n)) = self.entry(k)
                    && e.has(role::PM)
                {
                    next_day = true;
                    k = n;
                }
            }
            TokenKind::Word => {
                let w = self.s(i);
                let digits = w.bytes().take_while(u8::is_ascii_digit).count();
                if !(1..=2).contains(&digits) {
                    return None;
                }
                let (num, tail) = (w.get(..digits)?, w.get(digits..)?);
                hour = num.parse().ok()?;
                // "09h00", "14h30": hours and minutes joined by an "h" (southern Africa, France).
                let h_minutes = tail
                    .strip_prefix(['h', 'H'])
                    .filter(|m| m.len() == 2 && m.bytes().all(|b| b.is_ascii_digit()))
                    .and_then(|m| m.parse::<u32>().ok());
                if let Some(m) = h_minutes {
                    if hour > 23 || m > 59 {
                        return None;
                    }
                    minute = m;
                } else {
                    minute = 0;
                    meridiem = Some(if tail.eq_ignore_ascii_case("am") {
                        false
                    } else if tail.eq_ignore_ascii_case("pm") {
                        true
                    } else {
                        return None;
                    });
                }
                marked = true;
                k = i + 1;
            }
            _ => return None,
        }
        // "6 o'clock": the word marks the hour a clock time.
        if let Some((e, n)) = self.entry(k)
            && e.has(role::OCLOCK)
        {
            marked = true;
            k = n;
        }
        if meridiem.is_none()
            && let Some((e, n)) = self.entry(k)
            && (e.has(role::AM) || e.has(role::PM))
        {
            meridiem = Some(e.has(role::PM));
            k = n;
        } else if meridiem.is_none()
            && let Some((e, n)) = self.entry(k)
            && e.has(role::MIDDAY)
            && (1..=12).contains(&hour)
        {
            // "pukul 2 siang": midday runs from eleven to about three; an hour up to six is
            // afternoon, eleven and twelve stand as they are.
            if (1..=6).contains(&hour) {
                meridiem = Some(true);
            } else {
                marked = true;
            }
            k = n;
        }
        if let Some(pm) = meridiem {
            // "pukul 17.00 sore": a 24-hour time with its part of the day stays as it is.
            if pm && (13..=23).contains(&hour) {
                meridiem = None;
            } else if hour == 0 || hour > 12 {
                return None;
            }
        }
        if let Some(pm) = meridiem {
            marked = true;
            hour = match (pm, hour) {
                (true, 12) => 12,
                (true, h) => h + 12,
                (false, 12) => 0,
                (false, h) => h,
            };
        }
        if hour > 23 || minute > 59 {
            return None;
        }
        let mut until = None;
        // "09.00-12.00", "from 9 a.m. to 5 p.m.", "between 9 a.m. and noon": both ends with their
        // minutes or marked as clock times.
        let between = i > 0 && self.role(i - 1, role::BETWEEN) == Some(i);
        // "from 9 to 11 a.m.", "between 8 and 10 p.m.": a bare hour after "from" or "between"
        // takes the marks of the end it runs to.
        // So does one joined to its end by a dash with no spaces ("1–4pm", "10-11am").
        let opened = !marked
            && !minute_written(self, i)
            && hour <= 12
            && (self
                .before(i)
                .is_some_and(|(e, _)| e.has(role::FROM) || e.has(role::BETWEEN))
                || self.dash(k) && self.glued(k) && self.glued(k + 1));
        if with_range
            && (minute_written(self, i) || marked || opened)
            && let Some((Link::Range, n)) = self.link(k, between)
            && let Some(c) = self.clock(n, false)
            && (minute_written(self, n) || c.marked)
        {
            if opened {
                // The end's half of the day, unless that would put the start after it ("from
                // 11 to 2 p.m." starts in the morning).
                if c.hour >= 12 && hour < 12 && hour + 12 <= c.hour {
                    hour += 12;
                }
                marked = true;
            }
            until = Some((c.hour, c.minute));
            k = c.next;
            if c.offset.is_some() {
                return Some(Clock {
                    hour,
                    minute,
                    until,
                    offset: c.offset,
                    summer: c.summer,
                    start: self.start(i),
                    end: c.end,
                    next: k,
                    marked: true,
                    next_day,
                });
            }
        }
        let (mut offset, mut summer) = (None, None);
        let (before_zone, marked_before) = (k, marked);
        // "17:00 Honiara City time (UTC+11)": a place's time the zone list does not know, its
        // offset in brackets after it.
        if self.entry(k).is_none_or(|(e, _)| e.zone.is_none()) {
            let mut j = k;
            while j < k + 6
                && self.tok(j).is_some_and(|t| {
                    t.kind == TokenKind::Word && crate::text::is_capitalized(t.text(self.text))
                        || self.punct(j, '-') && self.glued(j) && self.glued(j + 1)
                })
            {
                j += 1;
            }
            if j > k
                && self.s(j).eq_ignore_ascii_case("time")
                && self.punct(j + 1, '(')
                && self.entry(j + 2).is_some_and(|(e, _)| e.zone.is_some())
            {
                k = j + 1;
            }
        }
        // A zone in brackets: "10:30 a.m. (GMT+7)", "pukul 09.00 (WIB)".
        let bracketed = self.punct(k, '(') && self.entry(k + 1).is_some_and(|(e, _)| e.zone.is_some());
        if bracketed {
            k += 1;
        }
        if let Some((e, n)) = self.entry(k) {
            match e.zone {
                Some(Zone::Offset(m)) => {
                    offset = Some(m);
                    marked = true;
                    k = n;
                }
                Some(Zone::Seasonal(m, rule)) => {
                    (offset, summer) = (Some(m), Some(rule));
                    marked = true;
                    k = n;
                }
                Some(Zone::Local) => {
                    marked = true;
                    k = n;
                }
                Some(Zone::Utc) => {
                    marked = true;
                    offset = Some(0);
                    k = n;
                    if (self.punct(k, '+') || self.punct(k, '-')) && self.glued(k) && self.glued(k + 1) {
                        let sign = if self.punct(k, '-') { -1 } else { 1 };
                        if let Some((v, len)) = self.number(k + 1) {
                            let (h, m, used) = if len >= 3 {
                                (v / 100, v % 100, 2)
                            } else if self.punct(k + 2, ':') && self.glued(k + 2) {
                                (v, self.number(k + 3).map_or(0, |x| x.0), 4)
                            } else {
                                (v, 0, 2)
                            };
                            if h <= 14 && m < 60 {
                                offset = Some(sign * (h as i32 * 60 + m as i32));
                                k += used;
                            }
                        }
                    }
                }
                None => {}
            }
        }
        if bracketed {
            if self.punct(k, ')') {
                k += 1;
            } else {
                (k, marked, offset, summer) = (before_zone, marked_before, None, None);
            }
        }
        // "8 a.m. Samoa time (UTC+13)": a zone named, then its offset in brackets again.
        if offset.is_some()
            && !bracketed
            && self.punct(k, '(')
            && self.entry(k + 1).is_some_and(|(e, _)| e.zone.is_some())
            && let Some(close) = (k + 2..k + 7).find(|&j| self.punct(j, ')'))
        {
            k = close + 1;
        }
        // "10:30 a.m. (0230 GMT)": the same moment in UTC in brackets; the difference is the
        // local offset.
        if offset.is_none()
            && !bracketed
            && self.punct(k, '(')
            && let Some((v, len)) = self.number(k + 1)
        {
            let (uh, um, after) = if len == 4 {
                (v / 100, v % 100, k + 2)
            } else if self.punct(k + 2, ':') || self.punct(k + 2, '.') {
                (v, self.number(k + 3).map_or(60, |x| x.0), k + 4)
            } else {
                (v, 60, k + 2)
            };
            if uh < 24
                && um < 60
                && let Some((e, n)) = self.entry(after)
                && e.zone == Some(Zone::Utc)
                && self.punct(n, ')')
            {
                let mut d = (hour * 60 + minute) as i32 - (uh * 60 + um) as i32;
                if d > 14 * 60 {
                    d -= 24 * 60;
                } else if d < -12 * 60 {
                    d += 24 * 60;
                }
                offset = Some(d);
                marked = true;
                k = n + 1;
            }
        }
        Some(Clock {
            hour,
            minute,
            until,
            offset,
            summer,
            start: self.start(i),
            end: self.end(k.saturating_sub(1)),
            next: k,
            marked,
            next_day,
        })
    }

    /// A time written right after a day ("05 August 2022 12:00", "| 16:14 WIB",
    /// ", 18:30 WIB", "@ 6:45pm", "pukul 14.00 WIB").
    /// An hour of the clock at token `k`, in words or figures, 1 to 12 ("seven", "10").
    fn hour_word(&self, k: usize) -> Option<u32> {
        let t = self.tok(k)?;
        let h = match t.kind {
            TokenKind::Number => self.number(k).filter(|&(_, len)| len <= 2)?.0,
            TokenKind::Word => crate::lexicon::number_value(self.s(k))?,
            _ => return None,
        };
        (1..=12).contains(&h).then_some(h)
    }

    fn time_after(&self, k: usize) -> Option<Clock> {
        let mut j = k;
        let mut dashed = false;
        // "14/08/2024 [16:20]": a time in square brackets after the day, in a page's header.
        if self.punct(j, '[') {
            let mut c = self.clock(j + 1, true)?;
            if !(c.marked && c.until.is_none() && self.punct(c.next, ']')) {
                return None;
            }
            c.end = self.end(c.next);
            c.next += 1;
            return Some(c);
        }
        if self.punct(j, ',') || self.punct(j, '|') || self.punct(j, '@') {
            j += 1;
        } else if self.dash(j) || self.punct(j, '\u{2022}') || self.punct(j, '\u{b7}') || self.punct(j, '/') {
            // "10 Sep 2019 - 18:30 WIB", "13 Nov 2023 • 07:15", "17 Desember 2025 / 15:22 WIB"
            // (headers): only a time that cannot be another number ("2 Nov 2023 • 6 min read").
            dashed = true;
            j += 1;
        }
        if let Some(n) = self.role(j, role::DAY_PART) {
            j = n;
        }
        // "14 Februari mulai pukul 13.00": a linking word, then the time's own prefix.
        if let Some(n) = self.role(j, role::TIME_LINK)
            && self.role(n, role::TIME_PREFIX).is_some()
        {
            j = n;
        }
        let prefixed = match self.role(j, role::TIME_PREFIX) {
            Some(n) => {
                j = n;
                true
            }
            None => false,
        };
        let c = self.clock(j, true)?;
        if dashed && !(c.marked && minute_written(self, j)) {
            return None;
        }
        (prefixed || c.marked || minute_written(self, j)).then_some(c)
    }

    fn day_found(&self, mut day: Day, mut k: usize, mismatch: bool) -> (Found, usize) {
        // "October 4, 2026, Sunday at 12:01 AM": the day's own weekday after a comma belongs
        // to a day written in figures (after "besok, Kamis (16/5)" the weekday has its own).
        // So does one in brackets ("4 April (Jumaat)").
        let bracket = self.punct(k, '(');
        if (self.punct(k, ',') || bracket)
            && self
                .text
                .get(day.start..day.end)
                .is_some_and(|t| t.bytes().any(|b| b.is_ascii_digit()))
            && let Some((e, n)) = self.entry(k + 1)
            && e.weekday == Some(day.date.weekday())
            && (!bracket || self.punct(n, ')'))
        {
            let n = if bracket { n + 1 } else { n };
            day.end = self.end(n - 1);
            k = n;
        }
        // "15 Mei ini jam 9 pagi", "12 April mendatang pukul 08.30": a word pointing at the
        // date may stand between it and its time.
        let pointed = self.entry(k).and_then(|(e, n)| {
            ((e.has(role::LAST) || e.has(role::NEXT) || e.has(role::THIS)) && e.relative.is_none())
                .then(|| self.time_after(n))
                .flatten()
        });
        if let Some(c) = pointed.or_else(|| self.time_after(k)) {
            let value = match c.until {
                Some((h, m)) => format!(
                    "{}/{}",
                    with_time(day.date, &c, c.hour, c.minute),
                    with_time(day.date, &c, h, m)
                ),
                None => with_time(day.date, &c, c.hour, c.minute),
            };
            let kind = if c.until.is_some() {
                Kind::Range
            } else {
                Kind::Time
            };
            let found = Found {
                start: day.start,
                end: c.end,
                value,
                kind,
                from_reference: day.from_reference,
                weekday_mismatch: mismatch,
                bare_time: false,
                ahead: false,
                following: false,
                unmarked: false,
                from_last: None,
            };
            return (found, c.next);
        }
        // "Selasa (16/11) kemarin", "pada 1 Mei lalu": the word belongs to the date.
        let (end, next) = match self.entry(k) {
            Some((e, n))
                if (e.has(role::LAST) || e.has(role::NEXT) || e.has(role::YEAR_SUFFIX))
                    && e.relative.is_none_or(|r| r.0 == Unit::Day) =>
            {
                (self.end(n - 1), n)
            }
            _ => (day.end, k),
        };
        let found = Found {
            start: day.start,
            end,
            value: day.date.to_string(),
            kind: Kind::Date,
            from_reference: day.from_reference,
            weekday_mismatch: mismatch,
            bare_time: false,
            ahead: false,
            following: false,
            unmarked: false,
            from_last: None,
        };
        (found, next)
    }

    /// "Christmas", "malam Natal lalu", "last New Year's Eve": a day of the same date every
    /// year, from token `i` to before `next`. Its year is the reference's nearest such day; the
    /// last one before the reference after "last" ("lalu") or in a clause of the past; the
    /// next one from the reference on after "this" or "next" or in a clause of the future.
    /// "HUT ke-80 RI", "Hari Ulang Tahun (HUT) ke-86 TNI": the anniversary word at token `i`,
    /// its ordinal in figures from token `next`, then what it counts: that day, so many years
    /// after it began.
    fn anniversary(&self, i: usize, next: usize) -> Option<(Vec<Found>, usize)> {
        let mut k = next;
        // ("Hari Ulang Tahun (HUT) ke-80": the short form in brackets.)
        if self.punct(k, '(') && self.punct(k + 2, ')') {
            k += 3;
        }
        let prefix = self.tok(k)?;
        if prefix.kind != TokenKind::Word
            || !crate::lexicon::is_number_prefix(self.s(k))
            || !self.dash(k + 1)
            || !self.glued(k + 1)
            || !self.glued(k + 2)
        {
            return None;
        }
        let (n, _) = self.number(k + 2)?;
        let (e, after) = self.entry(k + 3)?;
        let (year, month, day) = e.founded?;
        let date = Date::new(year + i32::try_from(n).ok()?, month, day)?;
        let found = Found::new(
            self.start(i),
            self.end(after - 1),
            date.to_string(),
            Kind::Date,
            false,
        );
        Some((vec![found], after))
    }

    fn holiday(&self, i: usize, next: usize, month: u32, day: u32) -> Option<(Vec<Found>, usize)> {
        let on = |y: i32| Date::new(y, month, day);
        let mut end = next;
        let phrase_before = self.before(i);
        let word_before = phrase_before.map(|(e, _)| e);
        let pointed =
            |role: u128| word_before.is_some_and(|e| e.has(role)) || self.role(next, role).is_some();
        let last = pointed(role::LAST);
        if let Some(n) = self
            .role(next, role::LAST)
            .or_else(|| self.role(next, role::NEXT))
        {
            end = n;
        }
        // "Christmas 2019", "Natal tahun ini": the year written or named after it.
        let written_year = self.year_at(end).filter(|_| end == next);
        let named_year = self.relative_year(end).filter(|_| end == next);
        // A name of one word is a day only where a date stands: after a preposition of time,
        // with "last", "this", "next" or a year ("on Christmas", "pada Natal lalu"); before a
        // noun it names a kind of thing ("Christmas trees", "pohon Natal").
        let framed = last
            || pointed(role::NEXT)
            || written_year.is_some()
            || named_year.is_some()
            || word_before.is_some_and(|e| {
                e.has(role::THIS_BEFORE)
                    || e.has(role::YEAR_PREFIX)
                    || e.has(role::ON)
                    || e.has(role::FROM)
                    || e.has(role::BETWEEN)
                    || e.has(role::EVE)
            });
        if next == i + 1 && !framed || word_before.is_some_and(|e| e.has(role::NAMING)) {
            return None;
        }
        let (date, from_reference) = if let Some((y, n)) = written_year.or(named_year) {
            end = n;
            (on(y)?, written_year.is_none())
        } else {
            let r = self.reference?;
            let (before, after) = match on(r.year()) {
                Some(d) if d < r => (d, on(r.year() + 1)?),
                Some(d) if d > r => (on(r.year() - 1)?, d),
                Some(d) => (d, d),
                None => return None,
            };
            let date = if last {
                before
            } else if pointed(role::NEXT) || word_before.is_some_and(|e| e.has(role::THIS_BEFORE)) {
                after
            } else {
                match self.nearest_cue(i, role::FUTURE | role::PAST) {
                    Some(role::PAST) => before,
                    Some(_) => after,
                    None if r.to_days() - before.to_days() <= after.to_days() - r.to_days() => before,
                    None => after,
                }
            };
            (date, true)
        };
        // "the eve of Independence Day": the day before it.
        let eve = word_before.is_some_and(|e| e.has(role::EVE));
        let date = if eve { date.add_days(-1) } else { date };
        let start = match phrase_before {
            Some((e, f)) if e.has(role::LAST) || e.has(role::NEXT) || e.has(role::THIS_BEFORE) || eve => {
                self.start(f)
            }
            _ => self.start(i),
        };
        // "from Christmas Day until New Year's Eve": a second holiday after a range's word ends
        // the interval, on its first coming after the first.
        let opens = phrase_before.is_some_and(|(e, _)| e.has(role::FROM) || e.has(role::BETWEEN));
        let until = || {
            let (Link::Range, n) = self.link(end, opens)? else {
                return None;
            };
            let (e2, n2) = self.entry(n)?;
            let (m2, d2) = e2.holiday.filter(|_| n2 > n + 1 || opens)?;
            let last = [date.year(), date.year() + 1]
                .into_iter()
                .filter_map(|y| Date::new(y, m2, d2))
                .find(|d| *d > date)?;
            Some((format!("{date}/{last}"), Kind::Range, n2))
        };
        let (value, kind, end) = until().unwrap_or_else(|| (date.to_string(), Kind::Date, end));
        let found = Found {
            start,
            end: self.end(end - 1),
            value,
            kind,
            from_reference,
            weekday_mismatch: false,
            bare_time: false,
            ahead: self.reference.is_some_and(|r| date > r),
            following: false,
            unmarked: false,
            from_last: None,
        };
        Some((vec![found], end))
    }

    /// "the week of Nov 17": the Monday-to-Sunday week of a day, from "the" at token `i`
    /// ("week" at `k`).
    fn week_of(&self, i: usize, k: usize) -> Option<(Vec<Found>, usize)> {
        let (e, n) = self.entry(k)?;
        if !e.has(role::UNIT_WEEK) || e.relative.is_some() {
            return None;
        }
        let at = self.role(n, role::OF)?;
        let (found, single, after) = self.date_at(at)?;
        let day = single.filter(|_| found.is_empty())?;
        let (f, next) = self.day_found(day, after, false);
        (f.kind == Kind::Date).then(|| {
            let found = Found {
                start: self.start(i),
                end: f.end,
                value: week_interval(day.date),
                kind: Kind::Range,
                ..f
            };
            (vec![found], next)
        })
    }

    /// One weekday of a month picked by an ordinal, from token `i`: "the second Monday of
    /// January", "the last Friday in November 2025" (ordinal first), "Senin kedua bulan
    /// Januari" (weekday first). Without a year, the month's next coming when the sentence
    /// points ahead, its last passing when it tells of the past, else the one nearest the
    /// reference.
    fn nth_weekday(&self, i: usize) -> Option<(Vec<Found>, usize)> {
        let nth_at = |k: usize| {
            self.entry(k).and_then(|(e, n)| Some((e.nth?, n))).or_else(|| {
                let d = ordinal_day(self.s(k)).filter(|d| (1..=5).contains(d))?;
                Some((d as i32, k + 1))
            })
        };
        let weekday_at = |k: usize| self.entry(k).and_then(|(e, n)| Some((e.weekday?, n)));
        let (nth, weekday, k) = match nth_at(i) {
            Some((nth, n)) => {
                let (w, k) = weekday_at(n)?;
                let k = self
                    .role(k, role::OF)
                    .or_else(|| self.role(k, role::YEAR_PREFIX))?;
                (nth, w, k)
            }
            None => {
                let (w, n) = weekday_at(i)?;
                let (nth, k) = nth_at(n)?;
                (nth, w, self.role(k, role::MONTH_NOUN).unwrap_or(k))
            }
        };
        // "the last Sunday of this month", "Senin pertama bulan depan", "the last Friday of
        // the month": a month named from the reference gives its year too.
        let relative_month = || {
            // ("the last Friday of the month": the reference's.)
            if let Some(n) = self.role(k, role::THE)
                && let Some((e, n2)) = self.entry(n)
                && e.has(role::UNIT_MONTH)
                && e.relative.is_none()
            {
                let (y, m) = shift_month(self.reference?, 0);
                return Some((m, n2, (y, n2)));
            }
            let (e, n) = self.entry(k)?;
            let (Unit::Month, offset) = e.relative? else {
                return None;
            };
            let (y, m) = shift_month(self.reference?, offset);
            Some((m, n, (y, n)))
        };
        let (month, k, named) = match self.month_at(k) {
            Some((m, k)) => (m, k, None),
            None => {
                let (m, n, y) = relative_month()?;
                (m, n, Some(y))
            }
        };
        let written = self.comma_year(k);
        let (year, next) = match written.or(named).or_else(|| self.relative_year(k)) {
            Some(y) => y,
            None => {
                let r = self.reference?;
                let toward = match self.nearest_cue(i, role::FUTURE | role::PAST) {
                    Some(role::FUTURE) => 1,
                    Some(_) => -1,
                    None => 0,
                };
                (closest_year(r, month, 15, toward)?, k)
            }
        };
        let date = nth_weekday_of(year, month, weekday, nth)?;
        let start = self.start_with_the(i);
        let day = Day {
            date,
            start,
            end: self.end(next - 1),
            from_reference: written.is_none(),
        };
        let (f, n) = self.day_found(day, next, false);
        Some((vec![f], n))
    }

    /// Any date that can follow a weekday or a time: numeric, ISO, or written.
    fn date_at(&self, i: usize) -> Option<(Vec<Found>, Option<Day>, usize)> {
        if let Some((day, next)) = self.numeric(i, true) {
            return Some((Vec::new(), Some(day), next));
        }
        if let Some((f, single, next)) = self.iso_at(i) {
            return Some((if single.is_some() { Vec::new() } else { vec![f] }, single, next));
        }
        let (found, single, next) = self.chain(i, false)?;
        Some((if single.is_some() { Vec::new() } else { found }, single, next))
    }

    fn weekday(&self, i: usize, weekday: u32, with_date: bool) -> Option<(Vec<Found>, usize)> {
        self.weekday_cued(i, weekday, with_date, i)
    }

    /// "between Friday and Sunday", from the first weekday at token `i`: the interval of the two
    /// days, each resolved as it would be alone, when the second comes after the first.
    /// `between` says a word before them makes "and" join a range ("between", not "Monday and
    /// Tuesday" alone, two days).
    fn weekday_range(&self, i: usize, between: bool) -> Option<(Vec<Found>, usize)> {
        let (e1, n1) = self.entry(i)?;
        let w1 = e1.weekday?;
        // ("from Friday night to Monday morning": a part of the day after each.)
        let n1 = self.role(n1, role::DAY_PART).unwrap_or(n1);
        let (Link::Range, j) = self.link(n1, between)? else {
            return None;
        };
        let (e2, _) = self.entry(j)?;
        let w2 = e2.weekday?;
        let (first, _) = self.weekday(i, w1, e1.with_date)?;
        let (second, next) = self.weekday(j, w2, e2.with_date)?;
        let ([a], [b]) = (first.as_slice(), second.as_slice()) else {
            return None;
        };
        if a.kind != Kind::Date || b.kind != Kind::Date {
            return None;
        }
        // The two ends lie within one week: each resolved alone, they may not ("dari Senin
        // hingga Rabu" read past-first; "Friday to Sunday next week"). The end that words
        // around it place ("next week") decides; else the tense: after a word of the past the
        // range ends on or before the reference (the second end decides), after one of the
        // future it starts after it (the first); with neither, the week that holds the
        // reference if the first end's does, else the second end's.
        let gap = i64::from((w2 + 7 - w1) % 7);
        let (da, db) = (a.value.parse::<Date>().ok()?, b.value.parse::<Date>().ok()?);
        if gap == 0 {
            return None;
        }
        let (mut a, mut b) = (a.clone(), b.clone());
        if da.add_days(gap) != db {
            let from_first = b.end <= self.end(j)
                && match self.nearest_cue(i, role::PAST | role::FUTURE) {
                    Some(role::PAST) => false,
                    Some(_) => true,
                    None => self
                        .reference
                        .is_some_and(|r| da <= r && r <= da.add_days(gap) || db > r),
                };
            if from_first {
                b.value = da.add_days(gap).to_string();
            } else {
                a.value = db.add_days(-gap).to_string();
            }
        }
        Some((vec![Found::range(&a, &b)], next))
    }

    /// A day counted from a day the text names, from token `i`: "two days after Labour Day",
    /// "a week from Thursday", "tiga hari setelah Hari Kemerdekaan", "sehari sebelum Hari
    /// Pramuka"; or a weekday the first after or before it ("the Saturday after Earth Day").
    fn anchored(&self, i: usize) -> Option<(Vec<Found>, usize)> {
        let unit_days = |e: &Entry| match self.unit_of(e)? {
            (Unit::Day, t) => Some(i64::from(t)),
            (Unit::Week, t) => Some(7 * i64::from(t)),
            _ => None,
        };
        // The count and its unit, or a weekday.
        let (shift, k) = match self.entry(i) {
            Some((e, n)) if e.weekday.is_some() && e.relative.is_none() => (Err(e.weekday?), n),
            Some((e, n)) if e.has(role::ONE) && e.relative.is_none() && unit_days(e).is_some() => {
                (Ok(unit_days(e)?), n)
            }
            _ => {
                // The unit's entry first: most tokens have none after them.
                let (e, n) = self.entry(i + 1)?;
                if e.relative.is_some() {
                    return None;
                }
                let days = unit_days(e)?;
                let count = self.unit_count(i, true)?;
                (Ok(i64::from(count) * days), n)
            }
        };
        let (e, a) = self.entry(k)?;
        let sign = if e.has(role::OFFSET_AFTER) {
            1
        } else if e.has(role::OFFSET_BEFORE) {
            -1
        } else {
            return None;
        };
        let (found, next) = self.one(a)?;
        let [f] = found.as_slice() else { return None };
        if f.kind != Kind::Date {
            return None;
        }
        let mut d = day_of(&f.value)?;
        // "a week from Thursday": a bare weekday counted from is the coming one.
        if sign > 0
            && let Some((e, n)) = self.entry(a)
            && let (Some(w), Some(r)) = (e.weekday, self.reference)
            && n == next
        {
            let ahead = (i64::from(w) - i64::from(r.weekday())).rem_euclid(7);
            d = r.add_days(if ahead == 0 { 7 } else { ahead });
        }
        let date = match shift {
            Ok(days) => d.add_days(sign * days),
            // The first such weekday after (or before) the day.
            Err(w) => {
                let ahead = (i64::from(w) - i64::from(d.weekday())).rem_euclid(7);
                if sign > 0 {
                    d.add_days(if ahead == 0 { 7 } else { ahead })
                } else {
                    let back = (i64::from(d.weekday()) - i64::from(w)).rem_euclid(7);
                    d.add_days(-(if back == 0 { 7 } else { back }))
                }
            }
        };
        let start = self.start_with_the(i);
        Some((
            vec![Found::new(
                start,
                f.end,
                date.to_string(),
                Kind::Date,
                f.from_reference,
            )],
            next,
        ))
    }

    /// The week a count of weeks after a weekday names, from token `k` after the weekday, as
    /// weeks from the reference's, and the token after the words: "Senin dua pekan lalu",
    /// "Monday two weeks ago" (the count back), "Monday in two weeks' time" is not read. A
    /// bare week word is British "Thursday week": a week after the coming Thursday.
    fn weeks_after_weekday(&self, k: usize, weekday: u32, r: Date) -> Option<(i32, usize)> {
        // "the Tuesday before last", "the Friday after next".
        if let Some((e, after)) = self.entry(k) {
            if e.has(role::BEFORE_LAST) {
                return Some((if weekday < r.weekday() { -1 } else { -2 }, after));
            }
            if e.has(role::AFTER_NEXT) {
                return Some((if weekday > r.weekday() { 1 } else { 2 }, after));
            }
        }
        if let Some((e, after)) = self.entry(k)
            && e.relative.is_none()
            && e.has(role::UNIT_WEEK)
            && !e.has(role::ONE)
            && self.role(after, role::AGO).is_none()
            && self.role(after, role::LATER).is_none()
            && !self.counted(k)
        {
            return Some((if weekday > r.weekday() { 1 } else { 2 }, after));
        }
        let (count, e, after) = match self.entry(k) {
            Some((e, next)) if e.has(role::ONE) && self.unit_of(e).is_some() => (1, e, next),
            _ => {
                let (e, after) = self.entry(k + 1)?;
                (self.unit_count(k, true)?, e, after)
            }
        };
        // The unit and "ago" may be one phrase ("pekan lalu").
        if e.relative == Some((Unit::Week, -1)) {
            return Some((-(count as i32), after));
        }
        let (Unit::Week, times) = self.unit_of(e)? else {
            return None;
        };
        let weeks = (count * times) as i32;
        match self.role(after, role::AGO) {
            Some(n) => Some((-weeks, n)),
            None => Some((weeks, self.role(after, role::LATER)?)),
        }
    }

    /// [`weekday`](Self::weekday), looking for a word that points ahead before token `cue`
    /// (a clock time written before the weekday: "will open at 8 p.m., Friday").
    fn weekday_cued(
        &self,
        i: usize,
        weekday: u32,
        with_date: bool,
        cue: usize,
    ) -> Option<(Vec<Found>, usize)> {
        let (_, mut j) = self.entry(i)?;
        let start = self.start(i);
        // "Senin-Rabu (24-26/11)", "Isnin hingga Rabu (18 hingga 20 Mac)": a range of weekdays,
        // then its days.
        let second = if self.dash(j) {
            Some(j + 1)
        } else {
            match self.link(j, false) {
                Some((Link::Range, k)) => Some(k),
                _ => None,
            }
        };
        if let Some(second) = second
            && let Some((e, after)) = self.entry(second)
            && e.weekday.is_some()
        {
            let bracket = self.punct(after, '(');
            let k = if bracket { after + 1 } else { after };
            let days = self.numeric_range(k, true).or_else(|| {
                // Days in words, in brackets: one range and nothing else before the bracket shuts.
                let (found, _, next) = self.date_at(k).filter(|_| bracket)?;
                match found.as_slice() {
                    [f] if f.kind == Kind::Range && self.punct(next, ')') => Some((f.clone(), next)),
                    _ => None,
                }
            });
            if let Some((mut f, mut next)) = days {
                if bracket && self.punct(next, ')') {
                    f.end = self.end(next);
                    next += 1;
                }
                f.start = start;
                return Some((vec![f], next));
            }
        }
        // "Isnin lalu (24 November 2025)": a word pointing back or ahead between the weekday
        // and its date in brackets.
        // So may a part of the day ("Rabu malam (2/4) pukul 19.00 WITA").
        if let Some((e, n)) = self.entry(j)
            && (e.has(role::LAST) || e.has(role::NEXT) || e.has(role::DAY_PART))
            && e.relative.is_none()
            && self.punct(n, '(')
        {
            j = n;
        }
        let mut paren = false;
        if self.punct(j, ',') {
            j += 1;
        } else if self.punct(j, '(') {
            paren = true;
            j += 1;
        }
        if let Some(n) = self.role(j, role::DAY_PREFIX) {
            j = n;
        }
        if let Some((mut found, single, mut next)) = self.date_at(j) {
            if let Some(mut day) = single {
                let mut end = day.end;
                if paren && self.punct(next, ')') {
                    end = self.end(next);
                    next += 1;
                    // "Selasa (1/7/2025) pekan lalu": a week word after the day in brackets
                    // only restates it.
                    if let Some((e, n)) = self.entry(next)
                        && e.relative.is_some_and(|(u, _)| u == Unit::Week)
                    {
                        end = self.end(n - 1);
                        next = n;
                    }
                }
                // "Wednesday (03/04)" in a text that writes month first: of the two readings
                // of an ambiguous pair, the one that falls on the weekday.
                if day.date.weekday() != weekday
                    && let Some(swapped) = self.swapped_day(j, day.date)
                    && swapped.weekday() == weekday
                {
                    day.date = swapped;
                }
                day.start = start;
                day.end = end;
                let (f, n) = self.day_found(day, next, day.date.weekday() != weekday);
                return Some((vec![f], n));
            }
            if !found.is_empty() && !paren {
                if let Some(f) = found.first_mut() {
                    f.start = start;
                }
                return Some((found, next));
            }
        }
        if with_date {
            return None;
        }
        if self.counted(i) || self.weekday_in_name(i) {
            return None;
        }
        // "Friday prayers", "salat Jumat": a weekly thing named by its day.
        if self.every_weekday(i)
            || self
                .entry(i)
                .is_some_and(|(_, n)| self.role(n, role::WEEKLY_AFTER).is_some())
            || self.before(i).is_some_and(|(e, _)| e.has(role::WEEKLY_BEFORE))
        {
            return None;
        }
        let r = self.reference?;
        let mut first = start;
        let mut direction = Direction::OnOrBefore;
        // "next Friday", "Jumat depan": Friday of the week after the reference's.
        let mut next_week = false;
        if let Some((e, f)) = self.before(i) {
            if e.has(role::NEXT) {
                direction = Direction::After;
                next_week = e.has(role::NEXT_WEEK);
                first = self.start(f);
            } else if e.has(role::LAST) && e.relative.is_none() {
                direction = Direction::Before;
                first = self.start(f);
            }
        }
        let (_, mut k) = self.entry(i)?;
        if let Some(n) = self.role(k, role::DAY_PART) {
            k = n;
        }
        // "Wednesday last week", "Senin pekan depan": that weekday of the week named;
        // "this Friday", "Kamis ini": that weekday of the reference's week.
        let this_before = self.before(i).filter(|(e, _)| e.has(role::THIS_BEFORE));
        // "Senin dan Rabu pekan lalu", "Monday and Tuesday next week": the word naming the
        // week or pointing back or ahead after the last of listed weekdays holds for each of
        // them; it stays in the last one's span.
        let own = k;
        let (shared, k) = match self.shared_qualifier(k) {
            Some(q) => (true, q),
            None => (false, k),
        };
        // Where this weekday's mention ends, and where scanning goes on.
        let ends = |n: usize| if shared { (own - 1, own) } else { (n - 1, n) };
        let week = match self.entry(k) {
            Some((e, n)) if e.has(role::THIS) => Some((0, first, n)),
            Some((e, n)) => match e.relative {
                Some((Unit::Week, weeks)) => Some((weeks, first, n)),
                _ => None,
            },
            None => None,
        }
        .or_else(|| this_before.map(|(_, f)| (0, self.start(f), k)))
        .or_else(|| {
            self.weeks_after_weekday(k, weekday, r)
                .map(|(weeks, n)| (weeks, first, n))
        });
        if let Some((weeks, from, n)) = week {
            let monday = r.add_days(7 * weeks as i64 - r.weekday() as i64);
            let (last, n) = ends(n);
            let mut date = monday.add_days(weekday as i64);
            // "akan diadakan pada Khamis ini" written on a Sunday: this week's Thursday is past,
            // and a sentence that points ahead means the coming one.
            if weeks == 0 && date < r && self.future_before(cue) {
                date = date.add_days(7);
            }
            let day = Day {
                date,
                start: from,
                end: self.end(last),
                from_reference: true,
            };
            let (f, n) = self.day_found(day, n, false);
            return Some((vec![f], n));
        }
        let mut k = k;
        if let Some((e, n)) = self.entry(k) {
            if e.has(role::NEXT) {
                direction = Direction::After;
                next_week = e.has(role::NEXT_WEEK);
                k = n;
            } else if e.has(role::LAST) && e.relative.is_none_or(|r| r.0 == Unit::Day) {
                direction = Direction::Before;
                k = n;
            }
        }
        if shared {
            k = own;
        }
        if direction == Direction::OnOrBefore && self.future_before(cue) {
            direction = Direction::OnOrAfter;
        }
        // With no word of tense in its clause, the sentence's: "Haufiku said the summit would
        // open on Saturday, preceded by a meeting of the council on Thursday".
        if direction == Direction::OnOrBefore
            && self.nearest_cue(cue, role::FUTURE | role::PAST).is_none()
            && self.sentence_cue(cue) == Some(role::FUTURE)
        {
            direction = Direction::OnOrAfter;
        }
        // With none before it in its sentence, the verb after it: "The ceremony on Monday will
        // be officiated by ...", "The opening at 9am on Monday is expected to ...".
        if direction == Direction::OnOrBefore
            && self.sentence_cue(cue).is_none()
            && self.cue_after(i + 1, role::FUTURE | role::PAST, CUE_AFTER_WINDOW) == Some(role::FUTURE)
        {
            direction = Direction::OnOrAfter;
        }
        // "remain suspended until Wednesday": a weekday after a word that ends a range lies
        // ahead, unless the clause tells of the past ("stayed shut until Monday").
        // ("until the early hours of Thursday": a part of the day may stand between.)
        let lead = match self.before(i) {
            Some((e, f)) if e.has(role::PART_OF) => f,
            _ => i,
        };
        // (Nor when an auxiliary of completed action follows in the clause: "hingga Minggu
        // malam sebanyak 12 negara telah mengonfirmasi".)
        // (Nor when the range word opens its sentence and a comma closes the phrase: "Hingga
        // Rabu sore, tercatat 120 rumah rusak" tells how things stood by then; a verb of the
        // future after it is read above.)
        if direction == Direction::OnOrBefore
            && self
                .before(lead)
                .is_some_and(|(e, f)| e.has(role::RANGE) && !(self.opens_sentence(f) && self.punct(k, ',')))
            && self.nearest_cue(lead, role::FUTURE | role::PAST) != Some(role::PAST)
            && self.cue_after(i + 1, role::FUTURE | role::PERFECT, CUE_AFTER_WINDOW) != Some(role::PERFECT)
        {
            direction = Direction::OnOrAfter;
        }
        // "asked participants to complete accreditation by Friday": a deadline lies ahead,
        // unless the verb right before it tells of the past ("had been filed by Friday").
        if direction == Direction::OnOrBefore
            && let Some((e, f)) = self.before(lead)
            && e.has(role::DEADLINE)
            && !(f > 0 && self.nearest_cue(f, role::PAST) == Some(role::PAST) && self.past_at(f - 1))
        {
            direction = Direction::OnOrAfter;
        }
        let today = r.weekday() as i64;
        let w = weekday as i64;
        let shift = match direction {
            Direction::After if next_week => 7 - today + w,
            Direction::OnOrBefore => -((today - w).rem_euclid(7)),
            Direction::Before => -((today - w - 1).rem_euclid(7) + 1),
            Direction::OnOrAfter => (w - today).rem_euclid(7),
            Direction::After => (w - today - 1).rem_euclid(7) + 1,
        };
        let day = Day {
            date: r.add_days(shift),
            start: first,
            end: self.end(k - 1),
            from_reference: true,
        };
        let (mut f, n) = self.day_found(day, k, false);
        f.ahead = matches!(direction, Direction::OnOrAfter | Direction::After);
        f.unmarked = direction == Direction::OnOrBefore
            && first == start
            && self.nearest_cue(i, role::FUTURE | role::PAST).is_none();
        // "docked the following Tuesday": the day after the day last named, read by the caller.
        if let Some((e, p)) = self.before(i)
            && e.has(role::FOLLOWING)
        {
            f.following = true;
            f.start = self.start(p);
        }
        Some((vec![f], n))
    }

    /// After a weekday ending before token `k`, the token of a word naming the week or pointing
    /// back or ahead ("pekan lalu", "next week", "ini") that follows further weekdays listed
    /// with it ("Senin dan Rabu pekan lalu", "Monday, Tuesday and Friday next week").
    fn shared_qualifier(&self, mut k: usize) -> Option<usize> {
        let qualifies = |e: &Entry| {
            e.has(role::THIS)
                || e.has(role::NEXT)
                || e.has(role::LAST)
                || matches!(e.relative, Some((Unit::Week, _)))
        };
        if self.entry(k).is_some_and(|(e, _)| qualifies(e)) {
            return None;
        }
        for _ in 0..8 {
            // A comma, "dan", "and", or both (", and").
            let mut n = k;
            if self.punct(n, ',') {
                n += 1;
            }
            if let Some(after) = self.role(n, role::AND) {
                n = after;
            }
            if n == k {
                return None;
            }
            let (_, after) = self.entry(n).filter(|(e, _)| e.weekday.is_some())?;
            k = after;
            if let Some(d) = self.role(k, role::DAY_PART) {
                k = d;
            }
            if self.entry(k).is_some_and(|(e, _)| qualifies(e)) {
                return Some(k);
            }
        }
        None
    }

    /// The other reading of a day written with two numbers at token `i` ("03/04" read as 3
    /// April: 4 March), in the same year, when both numbers can be a month.
    fn swapped_day(&self, i: usize, date: Date) -> Option<Date> {
        let (a, la) = self.number(i)?;
        let sep = self.punct(i + 1, '/') || self.punct(i + 1, '.') || self.dash(i + 1);
        if la > 2 || !sep || !self.glued(i + 1) || !self.glued(i + 2) {
            return None;
        }
        let (b, lb) = self.number(i + 2)?;
        if lb > 2 || a == b || a > 12 || b > 12 || (date.month(), date.day()) != (b, a) {
            return None;
        }
        Date::new(date.year(), a, b)
    }

    /// Whether the weekday at token `i` is every such day: a word of recurrence before it, or
    /// before the weekdays it is listed with ("setiap Sabtu", "every Friday", "setiap Sabtu dan
    /// Minggu").
    fn every_weekday(&self, i: usize) -> bool {
        let mut k = i;
        // Whether the weekday at `i` is listed with another: one before it, passed on the way
        // back, or one after it.
        let mut listed = false;
        let listed_after = || {
            self.entry(i).is_some_and(|(_, n)| {
                let n = self.role(n, role::DAY_PART).unwrap_or(n);
                self.link(n, true)
                    .and_then(|(_, j)| self.entry(j))
                    .is_some_and(|(e, _)| e.weekday.is_some())
            })
        };
        for _ in 0..6 {
            let Some((e, f)) = self.before(k) else {
                // A comma between listed weekdays.
                if self.punct(k.wrapping_sub(1), ',')
                    && self.before(k - 1).is_some_and(|(e, _)| e.weekday.is_some())
                {
                    k -= 1;
                    continue;
                }
                return false;
            };
            if e.has(role::RECURRING) {
                return true;
            }
            // "The post opens Monday to Friday": a place's days, not one week's ("The fair opens
            // Monday" names a day).
            if e.has(role::OPEN_HOURS) {
                return listed || listed_after();
            }
            // ("open Monday to Wednesday": the range's end is the habit's too.)
            if !(e.weekday.is_some() || e.has(role::AND) || e.has(role::RANGE)) {
                return false;
            }
            listed |= e.has(role::AND) || e.has(role::RANGE);
            k = f;
        }
        false
    }

    /// Whether token `i` stands inside a double-quoted passage of its segment: after an
    /// unclosed “ or an odd number of straight quotes.
    fn quoted(&self, i: usize) -> bool {
        // The quotation marks before each token, counted once for the segment: a long segment
        // with many mentions stays linear.
        let inside = self.quotes.get_or_init(|| {
            let (mut curly, mut straight) = (0i32, false);
            let mut v = Vec::with_capacity(self.toks.len() + 1);
            v.push(false);
            for k in 0..self.toks.len() {
                if self.tok(k).is_some_and(|t| t.kind == TokenKind::Punct) {
                    match self.s(k) {
                        "\u{201c}" => curly += 1,
                        "\u{201d}" => curly = (curly - 1).max(0),
                        "\"" => straight = !straight,
                        _ => {}
                    }
                }
                v.push(curly > 0 || straight);
            }
            v
        });
        inside.get(i).copied().unwrap_or(false)
    }

    /// Whether a word earlier in the clause points ahead ("akan digelar Kamis"); a comma ends
    /// the clause ("is expected to lead, although his office said on Wednesday").
    /// Whether a word that points ahead follows token `i` in its clause ("in October should
    /// commit").
    fn future_after(&self, i: usize) -> bool {
        let mut k = i;
        let mut seen = 0;
        while seen < FUTURE_WINDOW {
            let Some(t) = self.tok(k) else { return false };
            if t.kind == TokenKind::Break
                || (t.kind == TokenKind::Punct && matches!(self.s(k), "." | "!" | "?" | ";" | ":" | ","))
            {
                return false;
            }
            if let Some((e, n)) = self.entry(k) {
                if e.has(role::FUTURE) {
                    return true;
                }
                k = n;
            } else {
                k += 1;
            }
            seen += 1;
        }
        false
    }

    fn future_before(&self, i: usize) -> bool {
        self.nearest_cue(i, role::FUTURE).is_some()
    }

    /// Whether a word for today ("hari ini", "today", "tadi") stands among the `FUTURE_WINDOW`
    /// tokens before token `i`.
    fn today_before(&self, i: usize) -> bool {
        (i.saturating_sub(FUTURE_WINDOW)..i).rev().any(|k| {
            self.lex_end
                .get(k)
                .copied()
                .flatten()
                .and_then(|(e, _)| self.vocab.entries.get(e))
                .is_some_and(|e| e.relative == Some((Unit::Day, 0)))
        })
    }

    /// Whether the participle at token `k` follows a present auxiliary, which makes it passive
    /// rather than past ("is harvested", "must be paid").
    fn passive(&self, k: usize) -> bool {
        self.before(k).is_some_and(|(e, _)| e.has(role::PRESENT))
    }

    /// Whether the mark at `k` stands inside a number, glued to digits on both sides ("2.5",
    /// "1,500"), or is the stop of an abbreviation that a word in lower case follows, maybe
    /// after a short bracket ("at 8 a.m. at the port", "at 8 a.m. (Manila time) at the port"):
    /// no end of a sentence or a clause.
    fn inner_mark(&self, k: usize) -> bool {
        if k == 0 || !self.glued(k) {
            return false;
        }
        // (An amount glued to its currency's letters too: "K118,000", "Rp118.000".)
        if self.glued(k + 1)
            && self.tok(k - 1).is_some_and(|t| {
                t.kind == TokenKind::Number
                    || t.kind == TokenKind::Word && self.s(k - 1).ends_with(|c: char| c.is_ascii_digit())
            })
            && self.tok(k + 1).is_some_and(|t| t.kind == TokenKind::Number)
        {
            return true;
        }
        if self.s(k) != "." || self.tok(k - 1).is_none_or(|t| t.kind != TokenKind::Word) {
            return false;
        }
        let mut n = k + 1;
        if self.punct(n, '(') {
            match (n + 1..n + BRACKET_REACH).find(|&c| self.punct(c, ')')) {
                Some(c) => n = c + 1,
                None => return false,
            }
        }
        self.tok(n)
            .is_some_and(|t| t.kind == TokenKind::Word && self.s(n).starts_with(char::is_lowercase))
    }

    /// Whether the word at `k` tells of the past: a word of the past or a past-tense ending.
    fn past_at(&self, k: usize) -> bool {
        self.lex_end
            .get(k)
            .copied()
            .flatten()
            .and_then(|(e, _)| self.vocab.entries.get(e))
            .is_some_and(|e| e.has(role::PAST))
            || self.tok(k).is_some_and(|t| t.kind == TokenKind::Word) && self.vocab.ends_past(self.s(k))
    }

    /// The nearest word before token `i` in its clause with one of the roles `cues`, and which
    /// of them it has (the first of `cues`' bits it holds).
    fn nearest_cue(&self, i: usize, cues: u128) -> Option<u128> {
        self.cue_before(i, cues, FUTURE_WINDOW, true)
    }

    /// The nearest word of tense before token `i` in its sentence, across its commas ("Haufiku
    /// said the summit would open on Saturday, preceded by a meeting ... on Thursday"), within
    /// `SENTENCE_WINDOW` tokens.
    /// The first word with one of the roles `cues` among the `window` tokens from `i`, in its
    /// sentence: the verb after a subject that holds the date.
    fn cue_after(&self, i: usize, cues: u128, window: usize) -> Option<u128> {
        let mut k = i;
        while k < i + window {
            let t = self.tok(k)?;
            if t.kind == TokenKind::Break
                || t.kind == TokenKind::Punct
                    && matches!(self.s(k), "." | "!" | "?" | ";")
                    && !self.inner_mark(k)
            {
                return None;
            }
            if let Some((e, n)) = self.entry(k) {
                if e.roles & cues != 0 {
                    let held = e.roles & cues;
                    return Some(held & held.wrapping_neg());
                }
                k = n.max(k + 1);
                continue;
            }
            if cues & role::PAST != 0 && t.kind == TokenKind::Word && self.past_by_ending(k) {
                return Some(role::PAST);
            }
            k += 1;
        }
        None
    }

    /// Whether the token at `i` is the first of its sentence: at the start of the text, after a
    /// line break or a sentence's end, or after a dateline's dash ("Jakarta, Kamis (6/3) - ").
    fn opens_sentence(&self, i: usize) -> bool {
        let Some(p) = i.checked_sub(1) else {
            return true;
        };
        match self.tok(p) {
            None => true,
            Some(t) if t.kind == TokenKind::Break => true,
            Some(t) => {
                t.kind == TokenKind::Punct
                    && matches!(self.s(p), "." | "!" | "?" | "-" | "\u{2013}" | "\u{2014}")
                    && !self.inner_mark(p)
            }
        }
    }

    fn sentence_cue(&self, i: usize) -> Option<u128> {
        self.cue_before(i, role::FUTURE | role::PAST, SENTENCE_WINDOW, false)
    }

    /// The nearest word with one of the roles `cues` among the `window` tokens before `i`, in
    /// its clause (`clause`) or its sentence.
    /// Whether the word at `k` tells of the past by its ending ("was admitted"), not as a
    /// passive's participle nor as one with its agent ("..., preceded by a meeting on Thursday").
    fn past_by_ending(&self, k: usize) -> bool {
        self.vocab.ends_past(self.s(k)) && !self.passive(k) && self.role(k + 1, role::AGENT).is_none()
    }

    fn cue_before(&self, i: usize, cues: u128, window: usize, clause: bool) -> Option<u128> {
        let mut k = i;
        let mut seen = 0;
        while k > 0 && seen < window {
            k -= 1;
            let t = self.tok(k)?;
            if t.kind == TokenKind::Break
                || (t.kind == TokenKind::Punct
                    && matches!(self.s(k), "." | "!" | "?" | ";")
                    && !self.inner_mark(k)
                    || clause
                        && t.kind == TokenKind::Punct
                        && matches!(self.s(k), ":" | ",")
                        && !self.inner_mark(k))
            {
                return None;
            }
            if let Some((e, _)) = self
                .lex_end
                .get(k)
                .copied()
                .flatten()
                .and_then(|(e, f)| Some((self.vocab.entries.get(e)?, f)))
                && e.roles & cues != 0
                && !(e.roles & cues == role::PAST && self.passive(k))
            {
                let held = e.roles & cues;
                return Some(held & held.wrapping_neg());
            }
            // "was admitted in October": a past-tense word by its ending; after a determiner
            // it is an adjective ("the revised fares kick in in five days' time").
            if cues & role::PAST != 0
                && t.kind == TokenKind::Word
                && self.past_by_ending(k)
                && !self
                    .before(k)
                    .is_some_and(|(e, _)| e.has(role::DETERMINER) || e.has(role::THE))
            {
                return Some(role::PAST);
            }
            seen += 1;
        }
        None
    }

    /// "tanggal 5 bulan depan", "the 5th of next month": a day of the month that a relative
    /// phrase names, from token `from` (the day prefix or "the") over the day at `i`.
    fn day_of_relative_month(&self, from: usize, i: usize) -> Option<(Vec<Found>, usize)> {
        // ("tanggal dua puluh lima bulan ini": the day in words.)
        let (d, mut k) = self.day_at(i).or_else(|| {
            let last = (i..i + 3)
                .take_while(|&j| {
                    self.tok(j).is_some_and(|t| t.kind == TokenKind::Word) && is_number_word(self.s(j))
                })
                .last()?;
            let words = self.text.get(self.start(i)..self.end(last))?;
            let d = crate::lexicon::number_value(words).filter(|d| (1..=31).contains(d))?;
            Some((d, last + 1))
        })?;
        if let Some(o) = self.role(k, role::OF) {
            k = o;
        }
        let (e, next) = self.entry(k)?;
        let (unit, offset) = e.relative?;
        if unit != Unit::Month {
            return None;
        }
        let (y, m) = shift_month(self.reference?, offset);
        let date = Date::new(y, m, d)?;
        let day = Day {
            date,
            start: self.start(from),
            end: self.end(next - 1),
            from_reference: true,
        };
        let (f, n) = self.day_found(day, next, false);
        Some((vec![f], n))
    }

    /// Whether a possessive "'s" (straight or curly) is glued at token `k`.
    fn possessive_at(&self, k: usize) -> bool {
        (self.punct(k, '\'') || self.punct(k, '\u{2019}'))
            && self.glued(k)
            && self.s(k + 1).eq_ignore_ascii_case("s")
    }

    fn relative(&self, i: usize, unit: Unit, offset: i32) -> Option<(Vec<Found>, usize)> {
        let (_, next) = self.entry(i)?;
        // "setiap akhir bulan": every month's end, no date.
        // (A number counts the unit of a phrase of this day, "3 hari ini"; not a day before or
        // after it, "pedagang kaki lima kemarin sore".)
        let counts_unit = unit != Unit::Day || offset == 0;
        if counts_unit && self.counted(i) || self.before(i).is_some_and(|(e, _)| e.has(role::EVERY)) {
            return None;
        }
        // "today's diplomats" is not a date (today's means nowadays); "last year's harvest"
        // is last year's.
        if unit == Unit::Day && self.possessive_at(next) {
            return None;
        }
        if unit != Unit::Day && self.role(next, role::OF).is_some() {
            return None;
        }
        // "scored twelve points in the last quarter": after "the", a quarter is a game's.
        if unit == Unit::Quarter && self.before(i).is_some_and(|(e, _)| e.has(role::THE)) {
            return None;
        }
        // "this year's second quarter", "last year's final quarter": the period of that year.
        if unit == Unit::Year
            && self.possessive_at(next)
            && let Some((e, n)) = self.entry(next + 2)
            && let Some((first, last)) = e.period
            && first != last
        {
            let year = self.reference?.year() + offset;
            let found = Found::new(
                self.start(i),
                self.end(n - 1),
                format!("{year:04}-{first:02}/{year:04}-{last:02}"),
                Kind::Range,
                true,
            );
            return Some((vec![found], n));
        }
        // "“Today we agreed …,” she said": in direct speech the day is the speaker's, which the
        // reference does not give (a week, month or year still is the reference's), unless the
        // sentence dates the speech after the quotation ("..., besok pagi,” ujar X, Minggu (8/2)").
        if unit == Unit::Day && self.quoted(i) {
            // With no day given for the speech, the speaker spoke on the day of writing.
            let (said, from_reference) = match self.speech_day(i) {
                Some(d) => (d.date, d.from_reference),
                None => (self.reference?, true),
            };
            let day = Day {
                date: said.add_days(offset as i64),
                start: self.start(i),
                end: self.end(next - 1),
                from_reference,
            };
            let (f, n) = self.day_found(day, next, false);
            return Some((vec![f], n));
        }
        // "Lifeguards closed the beach over the weekend": the weekend just past.
        let offset = match self.entry(i) {
            Some((e, _))
                if e.tensed && self.nearest_cue(i, role::FUTURE | role::PAST) == Some(role::PAST) =>
            {
                offset - 1
            }
            _ => offset,
        };
        // "next week Wednesday", "last week Tuesday": that weekday of the week named (unless a
        // date of its own follows it, "next week Monday (16/6)").
        if unit == Unit::Week
            && let Some((e, n)) = self.entry(next)
            && let Some(weekday) = e.weekday
            && !self.punct(n, '(')
            && !(self.punct(n, ',') && self.number(n + 1).is_some())
        {
            let r = self.reference?;
            let monday = r.add_days(7 * offset as i64 - r.weekday() as i64);
            let day = Day {
                date: monday.add_days(weekday as i64),
                start: self.start(i),
                end: self.end(n - 1),
                from_reference: true,
            };
            let (f, n) = self.day_found(day, n, false);
            return Some((vec![f], n));
        }
        self.moved_reference(i, next, unit, offset)
    }

    /// The day a quotation holding token `i` was spoken, when its sentence dates it right
    /// after the closing mark: "“... besok,” ujar Yasmin, Minggu (8/2).", "“...,” he said on
    /// Monday.". Only the words up to the sentence's end are read, and no further quotation.
    fn speech_day(&self, i: usize) -> Option<Day> {
        const QUOTE_REACH: usize = 80;
        const SPEECH_REACH: usize = 10;
        let after = (i + 1..i + QUOTE_REACH).find(|&k| !self.quoted(k))?;
        for k in after..after + SPEECH_REACH {
            let t = self.tok(k)?;
            if t.kind == TokenKind::Punct && matches!(self.s(k), "." | "!" | "?" | "\u{201c}" | "\"") {
                return None;
            }
            if let Some((found, _)) = self.one(k) {
                let [f] = found.as_slice() else { return None };
                let date = f.value.get(..10)?.parse::<Date>().ok()?;
                return matches!(f.kind, Kind::Date | Kind::Time).then_some(Day {
                    date,
                    start: f.start,
                    end: f.end,
                    from_reference: f.from_reference,
                });
            }
        }
        None
    }

    /// "three days ago", "dua pekan lalu", "lima tahun silam": a count of days, weeks, months
    /// or years back from the reference. The count is digits or one number word, "a" ("a
    /// week ago"), or in the unit's own word ("sepekan lalu").
    fn ago(&self, i: usize) -> Option<(Vec<Found>, usize)> {
        let (count, e, after_unit) = match self.entry(i) {
            Some((e, next)) if e.has(role::ONE) && self.unit_of(e).is_some() => (1, e, next),
            _ => {
                // The unit's entry first: most tokens have none after them.
                let (e, after_unit) = self.entry(i + 1)?;
                (self.unit_count(i, true)?, e, after_unit)
            }
        };
        // The unit and "ago" may be one phrase of the vocabulary ("tahun lalu": last year).
        // "lagi" after them counts forward ("tiga hari lagi": in three days).
        let (unit, next, count) = match e.relative {
            // A day's word takes no count ("pedagang kaki lima kemarin sore": no five days).
            Some((Unit::Day, _)) => return None,
            Some((unit, -1)) => (unit, after_unit, -(count as i32)),
            // "dua pekan mendatang", "tiga bulan depan": that many units ahead.
            Some((unit @ (Unit::Week | Unit::Month | Unit::Year), 1)) => (unit, after_unit, count as i32),
            Some(_) => return None,
            None => {
                let (unit, times) = self.unit_of(e)?;
                let count = (count * times) as i32;
                // "dalam dua pekan terakhir": the two weeks up to the reference (the unit and
                // "terakhir" may be one phrase); not "dua pekan terakhir Desember".
                let window_end = if e.has(role::WINDOW) {
                    Some(after_unit)
                } else {
                    self.role(after_unit, role::WINDOW)
                };
                if let Some(n) = window_end {
                    if self.entry(n).is_some_and(|(m, _)| m.month.is_some()) {
                        return None;
                    }
                    return self.window(i, n, unit, count);
                }
                match self.role(after_unit, role::AGO) {
                    Some(n) => (unit, n, -count),
                    None => match self.role(after_unit, role::LATER) {
                        Some(n) => (unit, n, count),
                        None => return self.counted_from_last(i, after_unit, unit, count),
                    },
                }
            }
        };
        let (mut found, after) = self.counted_from_reference(i, next, unit, count)?;
        // "ten years ago this month", "setahun lalu bulan ini": the month of that year.
        if unit == Unit::Year
            && let [f] = found.as_mut_slice()
            && let Some((e, n)) = self.entry(after)
            && e.relative == Some((Unit::Month, 0))
            && let Some(r) = self.reference
        {
            f.value = format!("{}-{:02}", f.value, r.month());
            f.end = self.end(n - 1);
            return Some((found, n));
        }
        Some((found, after))
    }

    /// "dalam dua pekan terakhir", "in the past three days": the `count` units up to the
    /// reference, from token `i` to before `next`, as an interval of days.
    fn window(&self, i: usize, next: usize, unit: Unit, count: i32) -> Option<(Vec<Found>, usize)> {
        let r = self.reference?;
        let from = match unit {
            Unit::Day => r.add_days(-(count as i64)),
            Unit::Week => r.add_days(-7 * count as i64),
            Unit::Month | Unit::Year => {
                let months = if unit == Unit::Year { 12 * count } else { count };
                same_day_months_on(r, -months)?
            }
            Unit::Weekend | Unit::Quarter => return None,
        };
        let f = Found::new(
            self.start(i),
            self.end(next - 1),
            format!("{from}/{r}"),
            Kind::Range,
            true,
        );
        Some((vec![f], next))
    }

    /// "two days later", "dua pekan kemudian", "a year earlier", "sehari sebelumnya": a count of
    /// units from token `i`, its unit ending before `after_unit`, counted from the day the
    /// text last named (the caller sets the value; with no such day there is no mention).
    fn counted_from_last(
        &self,
        i: usize,
        after_unit: usize,
        unit: Unit,
        count: i32,
    ) -> Option<(Vec<Found>, usize)> {
        let (e, next) = self.entry(after_unit)?;
        let sign = if e.has(role::COUNTED_ON) {
            1
        } else if e.has(role::COUNTED_BACK) {
            -1
        } else {
            return None;
        };
        // "two days earlier than its normal onset": a comparison.
        if self.role(next, role::THAN).is_some() {
            return None;
        }
        Some(self.counted_from_last_day(i, next, unit, sign * count))
    }

    /// The mention from token `i` to before `next`, counted `count` units from the day (or
    /// year) last named; its value is set by the caller.
    fn counted_from_last_day(&self, i: usize, next: usize, unit: Unit, count: i32) -> (Vec<Found>, usize) {
        let mut f = Found::new(
            self.start(i),
            self.end(next - 1),
            String::new(),
            Kind::Relative,
            false,
        );
        f.from_last = Some((unit, count));
        (vec![f], next)
    }

    /// The count of units at token `k`: digits or one number word, from 1 to 1000; with
    /// `one`, also a word that counts one ("a").
    fn unit_count(&self, k: usize, one: bool) -> Option<u32> {
        let count = match self.tok(k)?.kind {
            // "berbanding 5,790 tahun lepas": the digits after a thousands mark are the end of
            // a larger number, no count.
            TokenKind::Number if self.number_tail(k, &[',', '.']) => return None,
            TokenKind::Number => self.number(k)?.0,
            TokenKind::Word if is_number_word(self.s(k)) => crate::lexicon::number_value(self.s(k))?,
            TokenKind::Word if one && self.role(k, role::ONE).is_some() => 1,
            _ => return None,
        };
        (1..=1000).contains(&count).then_some(count)
    }

    /// The unit a counted unit word names ("days", "pekan"), and how many of it the word is
    /// ("fortnight": two weeks).
    fn unit_of(&self, e: &Entry) -> Option<(Unit, u32)> {
        [
            (role::UNIT_DAY, Unit::Day, 1),
            (role::UNIT_WEEK, Unit::Week, 1),
            (role::UNIT_FORTNIGHT, Unit::Week, 2),
            (role::UNIT_MONTH, Unit::Month, 1),
            (role::UNIT_YEAR, Unit::Year, 1),
        ]
        .into_iter()
        .find(|&(r, _, _)| e.has(r))
        .map(|(_, u, times)| (u, times))
    }

    /// The mention from token `i` to before `next`: the reference moved by `count` units (a
    /// count of weeks goes to a day: "two weeks ago", "in three weeks"; "last week" names a
    /// whole week).
    fn counted_from_reference(
        &self,
        i: usize,
        next: usize,
        unit: Unit,
        count: i32,
    ) -> Option<(Vec<Found>, usize)> {
        if unit == Unit::Day && self.quoted(i) {
            return None;
        }
        if unit == Unit::Week {
            return self.moved_reference(i, next, Unit::Day, 7 * count);
        }
        self.moved_reference(i, next, unit, count)
    }

    /// "in three weeks", "in 10 days": a count of units forward from the reference, after a
    /// word that counts forward at token `i`.
    fn later(&self, i: usize) -> Option<(Vec<Found>, usize)> {
        let (_, k) = self.entry(i)?;
        // "in a week" is as often a rate ("three flights in a week") as a day ahead: only a
        // written count counts forward here.
        let count = self.unit_count(k, false)?;
        let (e, next) = self.entry(k + 1)?;
        if e.relative.is_some() {
            return None;
        }
        let (unit, times) = self.unit_of(e)?;
        let count = count * times;
        // "in two days of talks": the units measure something, they count from no day; so do
        // they in a clause of the past ("has lived in two countries in five years").
        // Nor after a superlative ("the steepest rise in 18 months"): a span looked back over.
        if self.role(next, role::OF).is_some()
            || self.nearest_cue(i, role::FUTURE | role::PAST) == Some(role::PAST)
            || self.nearest_cue(i, role::FUTURE | role::SUPERLATIVE) == Some(role::SUPERLATIVE)
        {
            return None;
        }
        self.counted_from_reference(i, next, unit, count as i32)
    }

    /// The mention from token `i` to before `next`: the reference moved by `offset` units.
    fn moved_reference(&self, i: usize, next: usize, unit: Unit, offset: i32) -> Option<(Vec<Found>, usize)> {
        let r = self.reference?;
        let (start, end) = (self.start(i), self.end(next - 1));
        // "a year ago today", "two weeks ago today", "sebulan lalu hari ini": the same day of
        // the earlier month or year.
        if offset != 0
            && let Some((e, n)) = self.entry(next)
            && e.relative == Some((Unit::Day, 0))
        {
            let date = match unit {
                Unit::Day => r.add_days(offset as i64),
                Unit::Month | Unit::Year => {
                    let months = if unit == Unit::Year { 12 * offset } else { offset };
                    same_day_months_on(r, months)?
                }
                Unit::Week | Unit::Weekend | Unit::Quarter => return None,
            };
            let day = Day {
                date,
                start,
                end: self.end(n - 1),
                from_reference: true,
            };
            let (f, n) = self.day_found(day, n, false);
            return Some((vec![f], n));
        }
        let (value, kind) = match unit {
            Unit::Day => {
                let day = Day {
                    date: r.add_days(offset as i64),
                    start,
                    end,
                    from_reference: true,
                };
                let (f, n) = self.day_found(day, next, false);
                return Some((vec![f], n));
            }
            Unit::Week => (week_interval(r.add_days(7 * offset as i64)), Kind::Relative),
            Unit::Weekend => {
                let saturday = r.add_days(7 * offset as i64 + 5 - r.weekday() as i64);
                (format!("{saturday}/{}", saturday.add_days(1)), Kind::Range)
            }
            Unit::Month => {
                let (y, m) = shift_month(r, offset);
                (format!("{y:04}-{m:02}"), Kind::Relative)
            }
            // "this quarter", "kuartal lalu": the calendar quarter of the reference, moved.
            Unit::Quarter => {
                let first = r.month() - (r.month() - 1) % 3;
                let (y, m) = shift_month(Date::new(r.year(), first, 1)?, 3 * offset);
                (format!("{y:04}-{m:02}/{y:04}-{:02}", m + 2), Kind::Range)
            }
            Unit::Year => (format!("{:04}", r.year() + offset), Kind::Relative),
        };
        let found = Found::new(start, end, value, kind, true);
        Some((vec![found], next))
    }

    /// Two consecutive years glued by a slash, a season or a fiscal year: "the 2024/25 season",
    /// "tahun anggaran 2024/2025". A slash between other numbers is a date or a code.
    fn year_pair(&self, i: usize) -> Option<(Vec<Found>, usize)> {
        let (y, n) = self.year_raw(i)?;
        if !(self.punct(n, '/') && self.glued(n) && self.glued(n + 1)) || i > 0 && self.glued(i) {
            return None;
        }
        let (second, len) = self.number(n + 1)?;
        let consecutive = match len {
            2 => second as i32 == (y + 1) % 100,
            4 => second as i32 == y + 1,
            _ => false,
        };
        // "2024/25/3": more numbers glued after it make it something else.
        let more =
            self.glued(n + 2) && (self.punct(n + 2, '/') || self.dash(n + 2) || self.number(n + 2).is_some());
        if !consecutive || more {
            return None;
        }
        let found = Found::new(
            self.start(i),
            self.end(n + 1),
            format!("{y:04}/{:04}", y + 1),
            Kind::Range,
            false,
        );
        Some((vec![found], n + 2))
    }

    /// Going back from token `j` over at most three capitalized words that no word list
    /// knows: where they start, and the entry right before them (with its first token).
    fn entry_before_names(&self, mut j: usize) -> (usize, Option<(&Entry, usize)>) {
        for _ in 0..=3 {
            if let Some(found) = self.before(j) {
                return (j, Some(found));
            }
            match j.checked_sub(1).and_then(|p| self.tok(p)) {
                Some(t) if t.kind == TokenKind::Word && self.s(j - 1).starts_with(char::is_uppercase) => {
                    j -= 1
                }
                _ => break,
            }
        }
        (j, None)
    }

    /// A year the words around make a mention: "tahun 2019", "in 2019", "2019 silam",
    /// "sejak 2019 hingga 2021".
    fn year(&self, i: usize) -> Option<(Vec<Found>, usize)> {
        let Some((y, mut next)) = self.year_at(i) else {
            return self.year_pair(i);
        };
        let mut start = self.start(i);
        let mut cue = false;
        let mut back = i;
        if back >= 2 && self.dash(back - 1) && self.glued(back) {
            back -= 1;
        }
        // The first word of the mention ("tahun" of "antara tahun 1928 dan 1931").
        let mut lead = back;
        if let Some((e, f)) = self.before(back) {
            if e.has(role::YEAR_NOUN) {
                // "UU Nomor 11 Tahun 2020": a regulation's number, part of its name.
                if f > 0 && self.number(f - 1).is_some() {
                    return None;
                }
                cue = true;
                start = self.start(f);
                lead = f;
            } else if e.has(role::YEAR_PREFIX) {
                // "seats for 2000 people", "hingga 2000 orang": a count, unless the prefix opens
                // its sentence ("By 2030 cars will ...", "Hingga 2024 warga ..."), a time.
                if e.has(role::COUNTS)
                    && self.s(f).chars().next().is_some_and(char::is_lowercase)
                    && self.entry(next).is_some_and(|(n, _)| n.has(role::COUNTED))
                {
                    return None;
                }
                cue = true;
            } else if e.has(role::EVENT) && self.before(f).is_some_and(|(p, _)| p.has(role::SINCE)) {
                // "sejak pandemi 2020", "since Census 2020": the year dates the event time is
                // counted from; elsewhere ("jelang Pemilu 2029") it is part of the event's name.
                cue = true;
            }
        }
        // "sejak Konvensi Hukum Laut 1982", "since the Bangkok Treaty 1995": the event's own
        // name, capitalized words, before or after its word.
        if !cue && let (_, Some((e, f))) = self.entry_before_names(back) {
            cue = e.has(role::EVENT)
                && match self.entry_before_names(f).1 {
                    Some((p, g)) => {
                        p.has(role::SINCE)
                            || p.has(role::THE) && self.before(g).is_some_and(|(q, _)| q.has(role::SINCE))
                    }
                    None => false,
                };
        }
        // "from 2014 to 2019", "between 2014 and 2019": the opening word is a cue for a range.
        let (opens, between) = match self.before(lead) {
            Some((e, _)) => (e.has(role::FROM) || e.has(role::BETWEEN), e.has(role::BETWEEN)),
            None => (false, false),
        };
        let mut end = self.end(i);
        let mut value = format!("{y:04}");
        let mut kind = Kind::Partial;
        if let Some((Link::Range, n)) = self.link(next, between).or_else(|| {
            (self.punct(next, '/') && self.glued(next) && self.glued(next + 1))
                .then_some((Link::Range, next + 1))
        }) && let Some((y2, n2)) = self.year_at(n)
            && y2 > y
            // "bagi tempoh 2026-2030": two years glued by a dash need no cue, nor do two joined
            // by a word of range ("periode 2021 hingga 2023").
            && (cue || opens || y2 - y <= 50)
        {
            // "by 2010 to 2040 votes", "1800 hingga 2000 orang": a range of a count.
            if self.entry(n2).is_some_and(|(e, _)| e.has(role::COUNTED)) {
                return None;
            }
            cue = true;
            value = format!("{y:04}/{y2:04}");
            kind = Kind::Range;
            end = self.end(n);
            next = n2;
        }
        // "1997-98", "2025/26": the end year written with two digits, glued.
        if kind == Kind::Partial
            && (self.dash(next) || self.punct(next, '/'))
            && self.glued(next)
            && self.glued(next + 1)
            && let Some((nn, 2)) = self.number(next + 1)
            && !(self.glued(next + 2) && self.punct(next + 2, '/'))
        {
            let y2 = y - y % 100 + nn as i32;
            if y2 > y && (self.dash(next) || cue || opens) {
                cue = true;
                value = format!("{y:04}/{y2:04}");
                kind = Kind::Range;
                end = self.end(next + 1);
                next += 2;
            }
        }
        if let Some(n) = self.role(next, role::YEAR_SUFFIX) {
            if !cue {
                end = self.end(n - 1);
            }
            cue = true;
            next = n;
        }
        // "the 2016 ruling", "their 2022 peak", "Indonesia's 2027 budget": a year that a
        // determiner or a possessive sets before the noun it dates.
        if !cue
            && kind == Kind::Partial
            && (self
                .before(back)
                .is_some_and(|(e, _)| e.has(role::DETERMINER) || e.has(role::THE))
                || back >= 2
                    && self.glued(back - 1)
                    && matches!(self.s(back - 2), "'" | "\u{2019}")
                    && self.s(back - 1) == "s")
            && {
                // The noun may follow a name it is of ("the 2015 Andaman Sea crisis").
                let named = (next..next + 3)
                    .take_while(|&k| {
                        self.tok(k).is_some_and(|t| t.kind == TokenKind::Word)
                            && crate::text::is_capitalized(self.s(k))
                    })
                    .count();
                let noun = next + named;
                self.tok(noun).is_some_and(|t| {
                    t.kind == TokenKind::Word && self.s(noun).chars().next().is_some_and(char::is_lowercase)
                })
            }
        {
            cue = true;
        }
        // "the floods of 2019", "the massive influx of 2025", "the Lima summit of 2014": a year
        // closing a phrase after "of" dates the thing "the" names before it, a common noun
        // (not a count: "a fleet of 2010 trucks", "a total of 2025").
        if !cue
            && kind == Kind::Partial
            && let Some((e, f)) = self.before(back)
            && e.has(role::OF)
            && f >= 2
            && self.s(f - 1).chars().next().is_some_and(char::is_lowercase)
            && (2..=4).any(|d| {
                f >= d
                    && self.entry(f - d).is_some_and(|(t, _)| t.has(role::THE))
                    && (f - d + 1..f).all(|k| self.tok(k).is_some_and(|t| t.kind == TokenKind::Word))
            })
            && !self
                .tok(next)
                .is_some_and(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
        {
            cue = true;
        }
        // "peristiwa 2015 dan 2019": two years joined make each other years.
        if !cue
            && let Some((Link::And, n)) = self.link(next, false)
            && self.year_at(n).is_some()
        {
            cue = true;
        }
        if !cue {
            return None;
        }
        let mut out = vec![Found::new(start, end, value, kind, false)];
        // "tahun 2020 dan 2021": the listed years share the cue.
        while let Some((Link::And, n)) = self.link(next, false) {
            let Some((y2, n2)) = self.year_at(n) else { break };
            out.push(Found::new(
                self.start(n),
                self.end(n),
                format!("{y2:04}"),
                Kind::Partial,
                false,
            ));
            next = n2;
        }
        Some((out, next))
    }

    /// A time not written after a day: with a prefix or written as a time ("pukul 09.00 WIT",
    /// "14:15 WIB", "9 a.m. Jakarta time"); joined to a day written after it, else the reference.
    fn time(&self, i: usize, prefixed: bool) -> Option<(Vec<Found>, usize)> {
        let c = self.clock(i, true)?;
        let bare_hour = !minute_written(self, i);
        // A bare hour after its prefix is a time only with a day written after it ("pukul 7
        // pada Minggu malam"); alone, "pukul 7" is as often a count.
        let hour_with_day = prefixed && bare_hour;
        if !(prefixed && !bare_hour || c.marked || hour_with_day) {
            return None;
        }
        let mut j = c.next;
        // "10.00 WIB (03.00 GMT) on Friday": the same moment in another zone, in brackets.
        if self.punct(j, '(')
            && let Some(other) = self.clock(j + 1, true)
            && self.punct(other.next, ')')
        {
            j = other.next + 1;
        }
        if self.punct(j, ',') {
            j += 1;
        }
        if let Some(n) = self.role(j, role::ON) {
            j = n;
        }
        // "at noon next Monday", "at 10 a.m. last Tuesday": the weekday reads the word before it.
        let pointer = self.entry(j).is_some_and(|(e, _)| {
            (e.has(role::NEXT) || e.has(role::LAST) || e.has(role::THIS_BEFORE)) && e.relative.is_none()
        });
        if pointer
            && let Some((_, n)) = self.entry(j)
            && self.entry(n).is_some_and(|(x, _)| x.weekday.is_some())
        {
            j = n;
        }
        // "until 9pm this weekend", "pukul 20.00 pekan ini": a time of a span of days names no
        // one day; the span is read on its own.
        // (Right after it: "pukul 10.00 WIB, pekan lalu" lists two mentions.)
        if self
            .entry(c.next)
            .is_some_and(|(e, _)| matches!(e.relative, Some((Unit::Weekend | Unit::Week | Unit::Month, _))))
        {
            return Some((Vec::new(), c.next));
        }
        // "pukul 10.15 malam tadi": the part of the day read with the clock names its day too.
        let own_day = self.before(c.next).and_then(|(e, f)| match e.relative {
            Some((Unit::Day, off))
                if f > i
                    && (e.has(role::AM) || e.has(role::PM) || e.has(role::MIDDAY))
                    && !self.quoted(f) =>
            {
                self.moved_reference(f, c.next, Unit::Day, off)
                    .map(|(found, _)| (found, c.next, true))
            }
            _ => None,
        });
        let day = own_day.or_else(|| {
            self.entry(j)
                .and_then(|(e, n)| match (e.weekday, e.relative, e.holiday) {
                    (Some(w), _, _) => self.weekday_cued(j, w, e.with_date, i).map(|(f, n)| (f, n, true)),
                    (_, Some((Unit::Day, off)), _) => {
                        self.relative(j, Unit::Day, off).map(|(f, n)| (f, n, true))
                    }
                    // "at noon WITA on Christmas Eve": a holiday is a day too.
                    (_, _, Some((m, d))) => self.holiday(j, n, m, d).map(|(f, n)| (f, n, true)),
                    _ => None,
                })
        });
        let day = day.or_else(|| {
            self.date_at(j).and_then(|(found, single, next)| {
                let day = single?;
                found
                    .is_empty()
                    .then(|| (vec![self.day_found(day, next, false).0], next, false))
            })
        });
        if let Some((found, next, _)) = day
            && let [f] = found.as_slice()
            && let (Kind::Date, Ok(date)) = (f.kind, f.value.parse::<Date>())
        {
            // "half past six on Sunday evening": a part of the day after the weekday sets a
            // clock written without a.m. or p.m.
            let written_meridiem = (i..c.next).any(|k| {
                self.entry(k)
                    .is_some_and(|(e, _)| e.has(role::AM) || e.has(role::PM))
            });
            let date = if c.next_day { date.add_days(1) } else { date };
            let mut c = c;
            if !written_meridiem
                && (1..12).contains(&c.hour)
                && self
                    .before(next)
                    .is_some_and(|(e, _)| e.has(role::DAY_PART) && e.has(role::PM))
            {
                c.hour += 12;
            }
            let value = match c.until {
                Some((h, m)) => {
                    format!(
                        "{}/{}",
                        with_time(date, &c, c.hour, c.minute),
                        with_time(date, &c, h, m)
                    )
                }
                None => with_time(date, &c, c.hour, c.minute),
            };
            let found = Found {
                start: c.start,
                end: f.end,
                value,
                kind: if c.until.is_some() {
                    Kind::Range
                } else {
                    Kind::Time
                },
                from_reference: f.from_reference,
                weekday_mismatch: f.weekday_mismatch,
                bare_time: false,
                ahead: false,
                following: false,
                unmarked: false,
                from_last: None,
            };
            return Some((vec![found], next));
        }
        if hour_with_day && !c.marked {
            return None;
        }
        // "noon WIB", "at midnight on Friday": a time in words needs a zone or a day; alone
        // it may name a thing ("the noon prayer") or a day the text does not give ("at noon").
        let in_words = self
            .entry(i)
            .is_some_and(|(e, _)| e.has(role::NOON) || e.has(role::MIDNIGHT));
        if in_words && c.offset.is_none() && !c.next_day {
            return None;
        }
        // A time of every day ("10.00 pagi hingga 10.00 malam setiap hari", "setiap hari
        // pukul 08.00") names no date: the word stands before it, or a few words after it in
        // its clause.
        let mut first = (0..=i).rev().find(|&k| self.start(k) <= c.start).unwrap_or(i);
        if let Some((e, f)) = self.before(first)
            && e.has(role::TIME_PREFIX)
        {
            first = f;
        }
        let mut from = c.next;
        if let Some((Link::Range, n)) = self.link(from, false)
            && let Some(end) = self.clock(n, false)
        {
            from = end.next;
        }
        let in_clause = |k: usize| {
            self.tok(k).is_some_and(|t| match t.kind {
                // (A stop inside a clock time, "08.00", ends no clause.)
                TokenKind::Punct if self.s(k) == "." && self.glued(k) && self.glued(k + 1) => true,
                TokenKind::Punct => !matches!(self.s(k), "." | ";" | "!" | "?"),
                TokenKind::Word => !crate::text::is_capitalized(self.s(k)),
                _ => true,
            })
        };
        let recurring_after = (from..from + RECURRING_REACH)
            .take_while(|&k| in_clause(k))
            .any(|k| self.role(k, role::RECURRING).is_some());
        let after_every_weekday = self
            .before(first)
            .is_some_and(|(e, f)| e.weekday.is_some() && self.every_weekday(f));
        // Whether a phrase of role `r` ends among the `reach` tokens before the time, in its
        // clause.
        let ends_before = |reach: usize, r: u128| {
            (first.saturating_sub(reach)..first)
                .rev()
                .take_while(|&k| in_clause(k))
                .any(|k| {
                    self.lex_end
                        .get(k)
                        .copied()
                        .flatten()
                        .is_some_and(|(e, _)| self.vocab.entries.get(e).is_some_and(|e| e.has(r)))
                })
        };
        // "usually between 1am and 4am", "biasanya berangkat pukul 05.00": a word of habit
        // earlier in the clause (within three reaches).
        let recurring_before = ends_before(3 * RECURRING_REACH, role::RECURRING);
        // "pada hari pertama pukul 09.00", "on the second day at 10 a.m.": a day within an
        // event, which the time does not date either.
        let event_day = ends_before(RECURRING_REACH, role::EVENT_DAY);
        // (The whole range is the habit's: "is open from 9 a.m. to 5 p.m." names no day.)
        if recurring_after || after_every_weekday || recurring_before || event_day {
            return Some((Vec::new(), from));
        }
        let r = self.reference?;
        let r = if c.next_day { r.add_days(1) } else { r };
        let value = match c.until {
            Some((h, m)) => format!(
                "{}/{}",
                with_time(r, &c, c.hour, c.minute),
                with_time(r, &c, h, m)
            ),
            None => with_time(r, &c, c.hour, c.minute),
        };
        let found = Found {
            start: c.start,
            end: c.end,
            value,
            kind: if c.until.is_some() {
                Kind::Range
            } else {
                Kind::Time
            },
            from_reference: true,
            weekday_mismatch: false,
            // "hari ini dimulai pukul 07.30", "pukul 19.20 WIB tadi": today, said so, is the
            // reference's day.
            bare_time: !self.today_before(first) && self.role(c.next, role::TODAY).is_none(),
            ahead: false,
            following: false,
            unmarked: false,
            from_last: None,
        };
        Some((vec![found], c.next))
    }

    /// Every mention that starts at token `i`, and the token after them. Two written days
    /// joined by a range word make one interval ("Jumat (19/5) hingga Minggu (21/5)").
    pub fn at(&self, i: usize) -> Option<(Vec<Found>, usize)> {
        if let Some(r) = self.anchored(i) {
            return Some(r);
        }
        let (found, next) = self.one(i)?;
        // "Jalan 17 Agustus", "Universitas 17 Agustus 1945": a date that names a place is no
        // mention, and none of its parts is one.
        // ("Stadion Gelora 10 November": one capitalized word of the name may stand between.)
        let named_between = i >= 2
            && self.s(i).starts_with(|c: char| c.is_ascii_digit())
            && self.lex_end.get(i - 1).is_some_and(Option::is_none)
            && self
                .tok(i - 1)
                .is_some_and(|t| t.kind == TokenKind::Word && crate::text::is_capitalized(self.s(i - 1)))
            && self.before(i - 1).is_some_and(|(e, _)| e.has(role::PLACE_NAME));
        // (A name opens with a digit or a capital: "di kawasan Simpang kemarin sore" is a day.)
        let name_like = self
            .s(i)
            .starts_with(|c: char| c.is_ascii_digit() || c.is_uppercase());
        if named_between || name_like && self.before(i).is_some_and(|(e, _)| e.has(role::PLACE_NAME)) {
            return Some((Vec::new(), next));
        }
        // "Ash Wednesday", "Good Friday", "Rabu Abu": a weekday in a moving holiday's name.
        if self
            .entry(i)
            .is_some_and(|(e, n)| e.weekday.is_some() && n == i + 1)
            && (self.before(i).is_some_and(|(e, _)| e.has(role::NAMED_DAY))
                || self.role(i + 1, role::NAMED_DAY).is_some())
        {
            return Some((Vec::new(), next));
        }
        let written = |f: &Found| {
            f.kind == Kind::Date
                && self
                    .text
                    .get(f.start..f.end)
                    .is_some_and(|t| t.bytes().any(|b| b.is_ascii_digit()))
        };
        if let [a] = found.as_slice()
            && written(a)
            && let Some((Link::Range, n)) = self.link(next, false)
            && let Some((second, n2)) = self.one(n)
            && let [b] = second.as_slice()
            && written(b)
            && b.value > a.value
        {
            return Some((vec![Found::range(a, b)], n2));
        }
        // "from this Saturday until the end of March", "mulai Sabtu hingga akhir Maret": a day
        // to a month's last day (of the first such month from the start, or the year written).
        if let [a] = found.as_slice()
            && a.kind == Kind::Date
            && let Some(da) = day_of(&a.value)
            && let Some((Link::Range, n)) = self.link(next, false)
            // (The range word may have read "the end of" with it.)
            && let Some((from, m)) = self
                .role(n, role::MONTH_END)
                .map(|m| (n, m))
                .or_else(|| self.before(n).filter(|(e, _)| e.has(role::MONTH_END)).map(|(_, f)| (f, n)))
            && let Some((month, after)) = self.month_at(m)
        {
            let (year, after) = match self.year_at(after) {
                Some((y, n2)) => (y, n2),
                None if month >= da.month() => (da.year(), after),
                None => (da.year() + 1, after),
            };
            let last = Date::new(year, month, crate::calendar::days_in_month(year, month))?;
            if last >= da {
                let b = Found::new(
                    self.start(from),
                    self.end(after - 1),
                    last.to_string(),
                    Kind::Date,
                    a.from_reference,
                );
                return Some((vec![Found::range(a, &b)], after));
            }
        }
        // "dari November lalu hingga Januari", "from November 2031 into January": two months
        // joined by a range word are one interval; a month without its own year is the first
        // such month after the start.
        if let [a] = found.as_slice()
            && a.kind == Kind::Partial
            && a.value.len() == 7
            && let Some((Link::Range, n)) = self.link(next, false)
            && let Some((second, n2)) = self.one(n)
            && let [b] = second.as_slice()
            && b.kind == Kind::Partial
            && b.value.len() == 7
            && let (Some((ya, ma)), Some((yb, mb))) = (year_month(&a.value), year_month(&b.value))
        {
            let mut b = b.clone();
            if b.from_reference {
                let y = if mb > ma { ya } else { ya + 1 };
                b.value = format!("{y:04}-{mb:02}");
            } else if (yb, mb) <= (ya, ma) {
                return Some((found, next));
            }
            return Some((vec![Found::range(a, &b)], n2));
        }
        // "from 23:00 WIB Saturday to 05:00 WIB Sunday": two times, each on its day, are one
        // interval; a day the second time names on its own (a weekday) is the first such day
        // from the first one on, so the night runs into the next morning.
        if let [a] = found.as_slice()
            && a.kind == Kind::Time
            && !a.bare_time
            && let Some((Link::Range, n)) = self.link(next, false)
            && let Some((second, n2)) = self.one(n)
            && let [b] = second.as_slice()
            && b.kind == Kind::Time
            && !b.bare_time
            && let (Some(da), Some(db)) = (day_of(&a.value), day_of(&b.value))
        {
            let mut b = b.clone();
            let mut a = a.clone();
            // "Sabtu pukul 15.00 hingga Senin (17/3) pukul 23.00 WITA": a lone weekday before
            // a second time on a written day is the last such day before it, and the zone
            // written once at the end is the first time's too.
            let lone_weekday = self.entry(i).is_some_and(|(e, n1)| {
                e.weekday.is_some()
                    && !self.punct(n1, '(')
                    && !self.punct(n1, ',')
                    && self.number(n1).is_none()
            });
            let b_written = self
                .text
                .get(b.start..b.end)
                .and_then(|t| t.split_whitespace().nth(1))
                .is_some_and(|w| w.starts_with('(') || w.starts_with(|c: char| c.is_ascii_digit()));
            if lone_weekday && b_written && !(0..7).contains(&(db.to_days() - da.to_days())) {
                let moved = db.add_days(-(db.to_days() - da.to_days()).rem_euclid(7));
                a.value = a.value.replacen(&da.to_string(), &moved.to_string(), 1);
            } else if b.from_reference && db < da {
                let moved = db.add_days((da.to_days() - db.to_days() + 6) / 7 * 7);
                b.value = b.value.replacen(&db.to_string(), &moved.to_string(), 1);
            }
            if let (None, Some(zone)) = (offset_of(&a.value), offset_of(&b.value)) {
                a.value.push_str(zone);
            }
            if b.value > a.value {
                return Some((vec![Found::range(&a, &b)], n2));
            }
        }
        Some((found, next))
    }

    fn one(&self, i: usize) -> Option<(Vec<Found>, usize)> {
        let t = self.tok(i)?;
        if let Some((e, next)) = self.entry(i) {
            if (e.nth.is_some() || e.weekday.is_some())
                && let Some(r) = self.nth_weekday(i)
            {
                return Some(r);
            }
            // "a week ago", "sepekan lalu".
            if e.has(role::ONE)
                && let Some(r) = self.ago(i)
            {
                return Some(r);
            }
            // "in the past two weeks", "over the last three days": the units up to the
            // reference (not "the last two weeks of May", "the last two days ago").
            if e.has(role::WINDOW)
                && let Some(count) = self.unit_count(next, false)
                && let Some((u, after)) = self.entry(next + 1)
                && u.relative.is_none()
                && let Some((unit, times)) = self.unit_of(u)
                && self.role(after, role::OF).is_none()
                && self.role(after, role::AGO).is_none()
            {
                return self.window(i, after, unit, (count * times) as i32);
            }
            // "the next day", "keesokan harinya", "the previous day".
            if e.has(role::NEXT_DAY) || e.has(role::PREVIOUS_DAY) {
                // "the day before the vote": counted from an event, not a day named.
                if e.has(role::GOVERNS) && self.toks.get(next).is_some_and(|t| t.kind == TokenKind::Word) {
                    return None;
                }
                let days = if e.has(role::NEXT_DAY) { 1 } else { -1 };
                return Some(self.counted_from_last_day(i, next, Unit::Day, days));
            }
            if (e.has(role::NOON)
                || e.has(role::MIDNIGHT)
                || e.has(role::HALF_PAST | role::QUARTER_PAST | role::QUARTER_TO | role::HALF_TO))
                && let Some(r) = self.time(i, false)
            {
                return Some(r);
            }
            if e.has(role::LATER_PREFIX)
                && let Some(r) = self.later(i)
            {
                return Some(r);
            }
            // "Selasa hingga Kamis pekan depan", "Tuesday to Thursday next week": two weekdays
            // joined as a range with no word before them, one interval.
            if e.weekday.is_some()
                && let Some(r) = self.weekday_range(i, false)
            {
                return Some(r);
            }
            if let Some(w) = e.weekday
                && let Some(r) = self.weekday(i, w, e.with_date)
            {
                return Some(r);
            }
            // "told Borneo Today on Friday", "USA Today": a capitalized day word right after
            // a capitalized word inside a sentence ends a name, an outlet's most often; not in
            // a headline in Title Case ("Panja Mulai Bekerja Besok"), whose every word is.
            if e.relative.is_some_and(|(u, _)| u == Unit::Day)
                && self.s(i).starts_with(char::is_uppercase)
                && i >= 2
                && !self.glued(i)
                && self.tok(i - 1).is_some_and(|p| p.kind == TokenKind::Word)
                && self.s(i - 1).starts_with(char::is_uppercase)
                && self.entry(i - 1).is_none()
                && self.tok(i - 2).is_some_and(|q| q.kind == TokenKind::Word)
                && !self.in_title_case()
            {
                return None;
            }
            if let Some((unit, off)) = e.relative
                && let Some(r) = self.relative(i, unit, off)
            {
                return Some(r);
            }
            if e.has(role::BETWEEN)
                && let Some((f, _, n)) = self.chain(next, true)
            {
                return Some((f, n));
            }
            // "between Friday and Sunday", "from Wednesday to Friday", "dari Senin hingga Rabu".
            if (e.has(role::BETWEEN) || e.has(role::FROM))
                && let Some(r) = self.weekday_range(next, e.has(role::BETWEEN))
            {
                return Some(r);
            }
            if let Some((month, day)) = e.holiday
                && let Some(r) = self.holiday(i, next, month, day)
            {
                return Some(r);
            }
            if e.has(role::ANNIVERSARY)
                && let Some(r) = self.anniversary(i, next)
            {
                return Some(r);
            }
            if let Some((first, last)) = e.period {
                return self.period(i, next, first, last);
            }
            if e.has(role::TIME_PREFIX)
                && let Some(r) = self.time(next, true)
            {
                return Some(r);
            }
            if e.has(role::THE)
                && let Some(r) = self.week_of(i, next)
            {
                return Some(r);
            }
            if (e.has(role::THE) || e.has(role::ON))
                && let Some(r) = self.day_of_relative_month(i, next)
            {
                return Some(r);
            }
            if e.month.is_some() || e.has(role::THE) {
                return self.chain_with_time(i).or_else(|| self.month_alone(i));
            }
            // "on the twelfth of January": an ordinal in words opens a day.
            if e.day_ordinal.is_some() {
                return self.chain_with_time(i);
            }
            return None;
        }
        // "tanggal 25 bulan lalu": after a day prefix, a day, not a count of months.
        if let Some((e, f)) = self.before(i)
            && e.has(role::DAY_PREFIX)
            && let Some(r) = self.day_of_relative_month(f, i)
        {
            return Some(r);
        }
        // "tanggal 4 nanti", "tanggal 20 lalu": a day prefix, a day alone and a word pointing
        // ahead or back, of this month or the adjacent one.
        if let Some((e, f)) = self.before(i)
            && e.has(role::DAY_PREFIX)
            && t.kind == TokenKind::Number
            && let Some((d, 1 | 2)) = self.number(i)
            && (1..=31).contains(&d)
            && let Some((w, n)) = self.entry(i + 1)
            && (w.has(role::NEXT) || w.has(role::LAST))
            && w.relative.is_none()
        {
            return self.day_near_reference(d, w.has(role::LAST), self.start(f), n - 1);
        }
        // "diresmikan tanggal 28": a day prefix and a day with no month, of this month or the
        // one before (in a sentence pointing ahead, this month or the next).
        if let Some((e, f)) = self.before(i)
            && e.has(role::DAY_PREFIX)
            && t.kind == TokenKind::Number
            && let Some((d, 1 | 2)) = self.number(i)
            && (1..=31).contains(&d)
            && self.ends_day_alone(i + 1)
        {
            return self.day_near_reference(d, !self.future_before(f), self.start(f), i);
        }
        if let Some(r) = self.ago(i) {
            return Some(r);
        }
        match t.kind {
            TokenKind::Number => {
                if let Some((f, single, next)) = self.iso_at(i) {
                    return Some(match single {
                        Some(day) => {
                            let (f, n) = self.day_found(day, next, false);
                            (vec![f], n)
                        }
                        None => (vec![f], next),
                    });
                }
                if let Some(r) = self.decade(i).or_else(|| self.year(i)) {
                    return Some(r);
                }
                let paren = i > 0 && self.punct(i - 1, '(');
                let short = paren || self.before(i).is_some_and(|(e, _)| e.has(role::DAY_PREFIX));
                if let Some((f, mut next)) = self.numeric_range(i, short) {
                    if paren && self.punct(next, ')') {
                        next += 1;
                    }
                    return Some((vec![f], next));
                }
                if let Some((day, mut next)) = self.numeric(i, short) {
                    let single = next == i + 3;
                    if paren && single && !self.punct(next, ')') {
                        return None;
                    }
                    if paren && self.punct(next, ')') {
                        next += 1;
                    }
                    let (f, n) = self.day_found(day, next, false);
                    return Some((vec![f], n));
                }
                if let Some(r) = self.chain_with_time(i) {
                    return Some(r);
                }
                self.time(i, false)
            }
            // A word the word lists do not know opens a date here only with a figure in it
            // ("4th", "1990s", "2024-an"): most words of a text stop here.
            TokenKind::Word if !self.s(i).bytes().any(|b| b.is_ascii_digit()) => None,
            TokenKind::Word => self
                .nth_weekday(i)
                .or_else(|| self.decade(i))
                .or_else(|| self.glued_year(i))
                .or_else(|| self.bare_ordinal_day(i))
                .or_else(|| self.chain_with_time(i))
                .or_else(|| self.time(i, false)),
            TokenKind::Punct => self.decade(i),
            _ => None,
        }
    }

    /// A decade: "the 1970s", "1990's", "tahun 1980-an": the interval of its ten years.
    /// "meets again on the 4th": a day of the month written alone as an ordinal after "on
    /// the", and nothing after it that it could count. It is the reference's month's when that
    /// day is still ahead (or, in a clause of the past, already behind), else the next (or the
    /// last) month's.
    fn bare_ordinal_day(&self, i: usize) -> Option<(Vec<Found>, usize)> {
        let d = ordinal_day(self.s(i))?;
        // "on the" is one phrase of the word list; "on" alone ("on 4th") is too loose. "from the"
        // opens a range of two such days ("from the 24th through the 26th").
        let (on, o) = self.before(i)?;
        let from = on.has(role::THE) && self.before(o).is_some_and(|(e, _)| e.has(role::FROM));
        // "must be paid by the 27th", "until the 5th": a word that sets a year ("by 2030")
        // sets a day too.
        let by = on.has(role::THE) && self.before(o).is_some_and(|(e, _)| e.has(role::YEAR_PREFIX));
        if !(on.has(role::ON) && o + 1 < i || from || by) {
            return None;
        }
        let past = self.nearest_cue(o, role::FUTURE | role::PAST) == Some(role::PAST);
        // Nothing after the day that it could count ("the 3rd floor"): the clause ends, or
        // another joins it ("opened on the 3rd and the winner ...").
        let ends = |k: usize| {
            self.tok(k).is_none_or(|n| n.kind == TokenKind::Punct) || self.role(k, role::AND).is_some()
        };
        if from
            && let Some((Link::Range, n)) = self.link(i + 1, false)
            && let Some(last) = Some(self.role(n, role::THE).unwrap_or(n))
            && let Some(d2) = ordinal_day(self.s(last)).filter(|&d2| d2 > d)
            && ends(last + 1)
        {
            let (first, _) = self.day_near_reference(d, past, self.start(i - 1), i)?;
            let a = first.first()?;
            let da = day_of(&a.value)?;
            let db = Date::new(da.year(), da.month(), d2)?;
            let b = Found::new(self.start(n), self.end(last), db.to_string(), Kind::Date, true);
            return Some((vec![Found::range(a, &b)], last + 1));
        }
        if from || !ends(i + 1) {
            return None;
        }
        self.day_near_reference(d, past, self.start(i - 1), i)
    }

    /// Day `d` of the reference's month when it is still ahead (or, `past`, already behind),
    /// else of the next (or the last) month; written from byte `start` to token `last`.
    /// Whether token `k` ends a day written alone: the text's end, a line break, a clause's
    /// punctuation not glued to a figure, or a word that is no date word.
    fn ends_day_alone(&self, k: usize) -> bool {
        let Some(t) = self.tok(k) else { return true };
        match t.kind {
            TokenKind::Break => true,
            TokenKind::Punct => {
                matches!(self.s(k), "," | "." | ";" | ")" | "!" | "?")
                    && !(self.glued(k + 1) && self.tok(k + 1).is_some_and(|n| n.kind == TokenKind::Number))
            }
            TokenKind::Word => self.entry(k).is_none(),
            _ => false,
        }
    }

    fn day_near_reference(
        &self,
        d: u32,
        past: bool,
        start: usize,
        last: usize,
    ) -> Option<(Vec<Found>, usize)> {
        let r = self.reference?;
        let offset = match (d.cmp(&r.day()), past) {
            (std::cmp::Ordering::Less, false) => 1,
            (std::cmp::Ordering::Greater, true) => -1,
            _ => 0,
        };
        let (y, m) = shift_month(r, offset);
        let day = Day {
            date: Date::new(y, m, d)?,
            start,
            end: self.end(last),
            from_reference: true,
        };
        let (f, n) = self.day_found(day, last + 1, false);
        Some((vec![f], n))
    }

    /// "FY2033", "FY2032/33": a year with an abbreviation glued before it, or a split year.
    fn glued_year(&self, i: usize) -> Option<(Vec<Found>, usize)> {
        let w = self.s(i);
        let digits = self
            .vocab
            .glued_year
            .iter()
            .find_map(|p| w.strip_prefix(p.as_str()))?;
        if digits.len() != 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let y: i32 = digits.parse().ok()?;
        if !(MIN_YEAR..=MAX_YEAR).contains(&y) {
            return None;
        }
        let (value, kind, next) = match self.number(i + 2) {
            Some((n, 2))
                if self.punct(i + 1, '/')
                    && self.glued(i + 1)
                    && self.glued(i + 2)
                    && n as i32 == (y + 1) % 100 =>
            {
                (format!("{y:04}/{:04}", y + 1), Kind::Range, i + 3)
            }
            _ => (format!("{y:04}"), Kind::Partial, i + 1),
        };
        Some((
            vec![Found::new(self.start(i), self.end(next - 1), value, kind, false)],
            next,
        ))
    }

    /// "the ’90s": a decade cut to two digits behind an apostrophe, of the century
    /// [`Scan::century_of`] gives its first year.
    fn short_decade(&self, i: usize) -> Option<(Vec<Found>, usize)> {
        let t = self.tok(i + 1)?;
        let s = self.s(i + 1);
        let digits = s.strip_suffix('s')?;
        if !self.glued(i + 1)
            || t.kind != TokenKind::Word
            || digits.len() != 2
            || !digits.ends_with('0')
            || !digits.bytes().all(|b| b.is_ascii_digit())
            || self.glued(i)
                && self
                    .tok(i.checked_sub(1)?)
                    .is_some_and(|t| t.kind != TokenKind::Punct)
        {
            return None;
        }
        let y = self.century_of(digits.parse::<i32>().ok()?);
        let start = self.start_with_the(i);
        Some((
            vec![Found::new(
                start,
                self.end(i + 1),
                format!("{y:04}/{:04}", y + 9),
                Kind::Range,
                false,
            )],
            i + 2,
        ))
    }

    fn decade(&self, i: usize) -> Option<(Vec<Found>, usize)> {
        if self.punct(i, '\'') || self.punct(i, '’') {
            return self.short_decade(i);
        }
        let t = self.tok(i)?;
        // Most tokens are ruled out by their length and first byte.
        let len = t.span.end - t.span.start;
        let first_digit = self
            .text
            .as_bytes()
            .get(t.span.start)
            .is_some_and(u8::is_ascii_digit);
        if !first_digit || !(len == 4 && t.kind == TokenKind::Number || len == 5 && t.kind == TokenKind::Word)
        {
            return None;
        }
        let s = self.s(i);
        let (digits, next) = match t.kind {
            // "1970s", one token.
            TokenKind::Word => (s.strip_suffix('s')?, i + 1),
            // "1990's", "1980-an".
            TokenKind::Number => {
                let glued = self.glued(i + 1) && self.glued(i + 2);
                let suffix = self.s(i + 2);
                let apostrophe = self.punct(i + 1, '\'') || self.punct(i + 1, '\u{2019}');
                if !(glued && (apostrophe && suffix == "s" || self.punct(i + 1, '-') && suffix == "an")) {
                    return None;
                }
                (s, i + 3)
            }
            _ => return None,
        };
        if digits.len() != 4 || !digits.ends_with('0') || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let y: i32 = digits.parse().ok()?;
        if !(MIN_YEAR..=MAX_YEAR).contains(&y) {
            return None;
        }
        let start = self.start_with_the(i);
        Some((
            vec![Found::new(
                start,
                self.end(next - 1),
                format!("{y:04}/{:04}", y + 9),
                Kind::Range,
                false,
            )],
            next,
        ))
    }

    fn chain_with_time(&self, i: usize) -> Option<(Vec<Found>, usize)> {
        let (found, single, next) = self.chain(i, false)?;
        match single {
            Some(day) => {
                let (f, n) = self.day_found(day, next, false);
                Some((vec![f], n))
            }
            None => Some((found, next)),
        }
    }
}

/// Whether the clock at `i` is written with minutes ("14.00", not "14").
fn minute_written(scan: &Scan<'_>, i: usize) -> bool {
    (scan.punct(i + 1, ':') || scan.punct(i + 1, '.')) && scan.glued(i + 1) && scan.glued(i + 2)
}
