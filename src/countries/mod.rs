//! Countries as ISO 3166-1 codes from English and Indonesian names, country lists with the
//! count the text states, and groups (ASEAN, G20, ...).

use crate::{Date, Span};
use serde::{Deserialize, Serialize};

/// One mention of a country.
///
/// ```
/// let found = warta::countries::find_countries("Delegasi Selandia Baru tiba.", "id");
/// assert_eq!(found.mentions[0].code, "NZ");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// The name as written.
    pub text: String,
    /// Byte offset of its start.
    pub start: usize,
    /// Byte offset of its end.
    pub end: usize,
    /// ISO 3166-1 alpha-2 code.
    pub code: String,
}

/// A coordinated run of three or more country names.
///
/// ```
/// let t = "dihadiri 3 negara, yakni Fiji, Palau dan Tonga.";
/// let l = &warta::countries::find_countries(t, "id").lists[0];
/// assert_eq!((l.stated_count, l.codes.len()), (Some(3), 3));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CountryList {
    /// The list as written, first name to last.
    pub text: String,
    /// Byte offset of its start.
    pub start: usize,
    /// Byte offset of its end.
    pub end: usize,
    /// The number of countries the text says the list has, if it says one.
    pub stated_count: Option<u32>,
    /// The countries, in order.
    pub codes: Vec<String>,
    /// Whether `stated_count` and the number of `codes` disagree.
    pub count_mismatch: bool,
    /// Groups named inside the list ("the 10 ASEAN member states plus ..."), kept out of `codes`.
    pub groups: Vec<String>,
}

/// A mention of a group of countries (ASEAN, G20, Uni Eropa, ...).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupMention {
    /// The name as written.
    pub text: String,
    /// Byte offset of its start.
    pub start: usize,
    /// Byte offset of its end.
    pub end: usize,
    /// Canonical name of the group ("ASEAN").
    pub group: String,
    /// Its members at the reference date, as ISO codes.
    pub members: Vec<String>,
}

/// Everything the countries capability finds in a text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Countries {
    /// Country mentions, in text order.
    pub mentions: Vec<Mention>,
    /// Country lists, in text order.
    pub lists: Vec<CountryList>,
    /// Group mentions, in text order.
    pub groups: Vec<GroupMention>,
}

/// The gazetteer automaton, built once (`Send + Sync`).
///
/// ```
/// let g = warta::countries::Gazetteer::new();
/// let t = "Papua New Guinea and Niger";
/// let c = g.find(t, &[warta::Span::new(0, t.len())], "en", None);
/// let codes: Vec<_> = c.mentions.iter().map(|m| m.code.as_str()).collect();
/// assert_eq!(codes, vec!["PG", "NE"]);
/// ```
#[derive(Debug)]
pub struct Gazetteer {
    _private: (),
}

impl Default for Gazetteer {
    fn default() -> Self {
        Gazetteer::new()
    }
}

impl Gazetteer {
    /// Builds the automaton from `data/countries.tsv`.
    ///
    /// ```
    /// let _ = warta::countries::Gazetteer::new();
    /// ```
    pub fn new() -> Gazetteer {
        Gazetteer { _private: () }
    }

    /// Finds mentions, lists and groups inside `segments` of `text`; `lang` is the document's
    /// language code (abbreviations such as "AS" are read only in the language that makes them
    /// safe) and `reference` dates group membership.
    ///
    /// ```
    /// let t = "Korsel";
    /// let c = warta::countries::Gazetteer::new().find(t, &[warta::Span::new(0, 6)], "id", None);
    /// assert_eq!(c.mentions[0].code, "KR");
    /// ```
    pub fn find(&self, text: &str, segments: &[Span], lang: &str, reference: Option<Date>) -> Countries {
        let _ = (text, segments, lang, reference);
        Countries::default()
    }
}

/// Finds countries in the whole `text` with a gazetteer built once per process.
///
/// ```
/// let c = warta::countries::find_countries("Tiongkok dan Jepang", "id");
/// assert_eq!(c.mentions.len(), 2);
/// ```
pub fn find_countries(text: &str, lang: &str) -> Countries {
    static GAZETTEER: once_cell::sync::Lazy<Gazetteer> = once_cell::sync::Lazy::new(Gazetteer::new);
    GAZETTEER.find(text, &[Span::new(0, text.len())], lang, None)
}
