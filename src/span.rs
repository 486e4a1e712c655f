//! Byte spans into the caller's text, shared by every mention.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::ops::Range;

/// A half-open byte range `start..end` into the text that was analysed.
///
/// Every span warta returns lies on `char` boundaries of the caller's text, so
/// [`Span::slice`] never fails on a span that came from an analysis of that text.
///
/// # Example
///
/// ```
/// use warta::Span;
///
/// let text = "Menlu Retno Marsudi";
/// let span = Span::new(6, 11);
/// assert_eq!(span.slice(text), Some("Retno"));
/// assert_eq!(span.to_string(), "6..11");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// Makes a span; `end` below `start` is raised to `start`.
    ///
    /// ```
    /// assert_eq!(warta::Span::new(5, 2).len(), 0);
    /// ```
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start,
            end: end.max(start),
        }
    }

    /// The number of bytes covered.
    ///
    /// ```
    /// assert_eq!(warta::Span::new(2, 5).len(), 3);
    /// ```
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no byte.
    ///
    /// ```
    /// assert!(warta::Span::new(4, 4).is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The text the span covers, or `None` when it is out of range or not on char boundaries.
    ///
    /// ```
    /// let s = warta::Span::new(0, 2);
    /// assert_eq!(s.slice("Tiongkok"), Some("Ti"));
    /// assert_eq!(warta::Span::new(0, 1).slice("é"), None);
    /// ```
    pub fn slice<'t>(&self, text: &'t str) -> Option<&'t str> {
        text.get(self.start..self.end)
    }

    /// Whether `other` lies inside this span.
    ///
    /// ```
    /// use warta::Span;
    /// assert!(Span::new(0, 10).contains(Span::new(2, 4)));
    /// ```
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    ///
    /// ```
    /// use warta::Span;
    /// assert!(Span::new(0, 5).overlaps(Span::new(4, 8)));
    /// assert!(!Span::new(0, 4).overlaps(Span::new(4, 8)));
    /// ```
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    ///
    /// ```
    /// use warta::Span;
    /// assert_eq!(Span::new(2, 4).cover(Span::new(7, 9)), Span::new(2, 9));
    /// ```
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// The span shifted right by `offset` bytes.
    ///
    /// ```
    /// assert_eq!(warta::Span::new(1, 3).shift(10), warta::Span::new(11, 13));
    /// ```
    pub fn shift(&self, offset: usize) -> Span {
        Span::new(self.start + offset, self.end + offset)
    }

    /// The span without leading and trailing white space of `text`.
    ///
    /// ```
    /// use warta::Span;
    /// assert_eq!(Span::new(0, 6).trim(" ab c "), Span::new(1, 5));
    /// ```
    pub fn trim(&self, text: &str) -> Span {
        match self.slice(text) {
            Some(s) => {
                let lead = s.len() - s.trim_start().len();
                let trail = s.len() - s.trim_end().len();
                if lead == s.len() {
                    Span::new(self.start, self.start)
                } else {
                    Span::new(self.start + lead, self.end - trail)
                }
            }
            None => *self,
        }
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

impl From<Span> for Range<usize> {
    fn from(s: Span) -> Range<usize> {
        s.start..s.end
    }
}
