//! Named officials: person, title and organisation, in English and Indonesian.

use crate::Span;
use serde::{Deserialize, Serialize};

/// One official: a person (or a role whose holder is not named) with every mention.
///
/// ```
/// let o = &warta::officials::find_officials("Foreign Minister Retno Marsudi said.", "en")[0];
/// assert_eq!(o.name.as_deref(), Some("Retno Marsudi"));
/// assert_eq!(o.title, "Foreign Minister");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Official {
    /// The person's name without honorifics and degrees, or `None` for an unnamed role.
    pub name: Option<String>,
    /// The title as written at the first full mention ("Direktur Jenderal Informasi ...").
    pub title: String,
    /// A canonical role (`foreign_minister`, `president`, `director_general`, ...), if known.
    pub role: Option<String>,
    /// The organisation, when stated ("Kemenlu").
    pub org: Option<String>,
    /// The country of the office, as ISO code, when stated ("Menlu RI", "of Thailand").
    pub country: Option<String>,
    /// Honorifics and degrees written with the name ("Dr.", "M.Si.").
    pub honorifics: Vec<String>,
    /// Whether the text speaks of a former holder ("mantan", "former").
    pub former: bool,
    /// Byte offset of the first full mention's start.
    pub start: usize,
    /// Byte offset of the first full mention's end.
    pub end: usize,
    /// Every mention (full, short name, title alone), in text order.
    pub mentions: Vec<Span>,
}

/// The title lexicon and name patterns, built once (`Send + Sync`).
///
/// ```
/// let f = warta::officials::OfficialFinder::new();
/// let t = "kata Menlu RI Retno Marsudi.";
/// let found = f.find(t, &[warta::Span::new(0, t.len())], "id");
/// assert_eq!(found[0].name.as_deref(), Some("Retno Marsudi"));
/// ```
#[derive(Debug)]
pub struct OfficialFinder {
    _private: (),
}

impl Default for OfficialFinder {
    fn default() -> Self {
        OfficialFinder::new()
    }
}

impl OfficialFinder {
    /// Builds the lexicon automata.
    ///
    /// ```
    /// let _ = warta::officials::OfficialFinder::new();
    /// ```
    pub fn new() -> OfficialFinder {
        OfficialFinder { _private: () }
    }

    /// Finds officials inside `segments` of `text` (`lang` is the document's language code).
    ///
    /// ```
    /// let t = "Retno said.";
    /// assert!(warta::officials::OfficialFinder::new().find(t, &[warta::Span::new(0, t.len())], "en").is_empty());
    /// ```
    pub fn find(&self, text: &str, segments: &[Span], lang: &str) -> Vec<Official> {
        let _ = (text, segments, lang);
        Vec::new()
    }
}

/// Finds officials in the whole `text` with a finder built once per process.
///
/// ```
/// let found = warta::officials::find_officials("ujar Direktur Jenderal Protokol, Andi Rahman.", "id");
/// assert_eq!(found[0].name.as_deref(), Some("Andi Rahman"));
/// ```
pub fn find_officials(text: &str, lang: &str) -> Vec<Official> {
    static FINDER: once_cell::sync::Lazy<OfficialFinder> = once_cell::sync::Lazy::new(OfficialFinder::new);
    FINDER.find(text, &[Span::new(0, text.len())], lang)
}
