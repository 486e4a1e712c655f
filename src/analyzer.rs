//! The [`Analyzer`]: built once, it runs every capability in order over a page and returns an
//! [`Analysis`], whose JSON form is warta's output contract.

use crate::boilerplate::{Removed, Stripper};
use crate::countries::{self, CountryList, Gazetteer, GroupMention};
use crate::dates::{self, DateFinder};
use crate::enumerations::{Enumeration, EnumerationFinder, Kind as EnumerationKind};
use crate::lang::Detector;
use crate::officials::{Official, OfficialFinder};
use crate::text::TokenTable;
use crate::{Date, Span};
use serde::{Deserialize, Serialize};

/// The language of one paragraph of the article.
///
/// ```
/// let t = "Menteri mengatakan pemerintah akan membantu warga yang terdampak banjir di Bekasi.";
/// let a = warta::Analyzer::new().analyze(t);
/// assert_eq!((a.blocks[0].start, a.blocks[0].lang.as_str()), (0, "id"));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Block {
    /// Byte offset of the paragraph's start.
    pub start: usize,
    /// Byte offset of its end.
    pub end: usize,
    /// ISO 639-1 code, or "und" when the paragraph is too short to tell.
    pub lang: String,
}

/// The result of analysing one page; its serde form is the JSON contract.
///
/// ```
/// let a = warta::Analyzer::new().analyze("");
/// assert_eq!(a.lang, "und");
/// assert!(a.body.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// The article's language: ISO 639-1 code or "und".
    pub lang: String,
    /// Confidence of `lang`, 0 to 1.
    pub lang_confidence: f64,
    /// The headline.
    pub title: Option<String>,
    /// The byline's name.
    pub author: Option<String>,
    /// Publication time, ISO 8601, as precise as the page gives it. When the page states none,
    /// the analyzer's reference date ([`AnalyzerBuilder::reference`]), if it has one: the
    /// caller's own knowledge of when the text was published, marked by
    /// `published_from_reference`.
    pub published: Option<String>,
    /// Whether `published` is the reference the analyzer was given, not a date of the page.
    #[serde(default)]
    pub published_from_reference: bool,
    /// The article without site noise, paragraphs separated by `\n`.
    pub body: String,
    /// Date and time mentions of the title and body.
    pub dates: Vec<dates::Mention>,
    /// Country mentions of the title and body.
    pub countries: Vec<countries::Mention>,
    /// Country lists with their stated counts.
    pub country_lists: Vec<CountryList>,
    /// Groups of countries (ASEAN, G20, ...).
    pub groups: Vec<GroupMention>,
    /// Officials with their titles and organisations.
    pub officials: Vec<Official>,
    /// Numbered and counted lists.
    pub enumerations: Vec<Enumeration>,
    /// The language of each article paragraph.
    pub blocks: Vec<Block>,
    /// Every region removed as noise, with its reason.
    pub removed: Vec<Removed>,
}

/// Which capabilities to run and the fallback reference date; see [`Analyzer::builder`].
///
/// ```
/// use warta::{Analyzer, Date};
/// let a = Analyzer::builder()
///     .reference(Date::new(2019, 9, 12).unwrap())
///     .officials(false)
///     .build();
/// let r = a.analyze("The meeting was held on Tuesday in Jakarta, the ministry said in a statement.");
/// assert_eq!(r.dates[0].value, "2019-09-10");
/// ```
#[derive(Debug, Clone)]
pub struct AnalyzerBuilder {
    reference: Option<Date>,
    dates: bool,
    countries: bool,
    officials: bool,
    enumerations: bool,
}

impl AnalyzerBuilder {
    /// The date weekdays and relative mentions resolve against when the page states no
    /// publication date.
    ///
    /// ```
    /// let _ = warta::Analyzer::builder().reference(warta::Date::new(2023, 5, 9).unwrap());
    /// ```
    pub fn reference(mut self, date: Date) -> Self {
        self.reference = Some(date);
        self
    }

    /// Whether to find dates (default on).
    ///
    /// ```
    /// let a = warta::Analyzer::builder().dates(false).build();
    /// assert!(a.analyze("pada 1 Agustus 2022").dates.is_empty());
    /// ```
    pub fn dates(mut self, on: bool) -> Self {
        self.dates = on;
        self
    }

    /// Whether to find countries, lists and groups (default on).
    ///
    /// ```
    /// let a = warta::Analyzer::builder().countries(false).build();
    /// assert!(a.analyze("Fiji").countries.is_empty());
    /// ```
    pub fn countries(mut self, on: bool) -> Self {
        self.countries = on;
        self
    }

    /// Whether to find officials (default on).
    ///
    /// ```
    /// let a = warta::Analyzer::builder().officials(false).build();
    /// assert!(a.analyze("Foreign Minister Retno Marsudi said.").officials.is_empty());
    /// ```
    pub fn officials(mut self, on: bool) -> Self {
        self.officials = on;
        self
    }

    /// Whether to find enumerations (default on).
    ///
    /// ```
    /// let a = warta::Analyzer::builder().enumerations(false).build();
    /// assert!(a.analyze("Pertama, A. Kedua, B.").enumerations.is_empty());
    /// ```
    pub fn enumerations(mut self, on: bool) -> Self {
        self.enumerations = on;
        self
    }

    /// Builds every automaton the chosen capabilities need.
    ///
    /// ```
    /// let _analyzer = warta::Analyzer::builder().build();
    /// ```
    pub fn build(self) -> Analyzer {
        // The stripper reads date lines with the shared grammar; built here, not on the
        // first page.
        let dates = dates::shared();
        Analyzer {
            reference: self.reference,
            stripper: Stripper::new(),
            detector: Detector::new(),
            dates: self.dates.then_some(dates),
            countries: self.countries.then(Gazetteer::new),
            officials: self.officials.then(OfficialFinder::new),
            enumerations: self.enumerations.then(EnumerationFinder::new),
        }
    }
}

/// Runs every capability over a page. Build it once; `analyze` is cheap and the analyzer is
/// `Send + Sync`, so one can serve many threads.
///
/// # Example
///
/// ```
/// let analyzer = warta::Analyzer::new();
/// let text = "Foreign Minister Retno Marsudi visited Fiji, Palau and Tonga on 3 May 2023.";
/// let a = analyzer.analyze(text);
/// assert_eq!(a.lang, "en");
/// assert_eq!(a.dates[0].value, "2023-05-03");
/// ```
#[derive(Debug)]
pub struct Analyzer {
    reference: Option<Date>,
    stripper: Stripper,
    detector: Detector,
    dates: Option<&'static DateFinder>,
    countries: Option<Gazetteer>,
    officials: Option<OfficialFinder>,
    enumerations: Option<EnumerationFinder>,
}

impl Default for Analyzer {
    fn default() -> Self {
        Analyzer::new()
    }
}

impl Analyzer {
    /// An analyzer with every capability and no fallback reference date.
    ///
    /// ```
    /// let _ = warta::Analyzer::new();
    /// ```
    pub fn new() -> Analyzer {
        Analyzer::builder().build()
    }

    /// A builder to choose capabilities and a reference date.
    ///
    /// ```
    /// let _ = warta::Analyzer::builder().enumerations(false).build();
    /// ```
    pub fn builder() -> AnalyzerBuilder {
        AnalyzerBuilder {
            reference: None,
            dates: true,
            countries: true,
            officials: true,
            enumerations: true,
        }
    }

    /// Analyses one page. Never fails: any text gives an [`Analysis`], and every span in it
    /// lies on char boundaries of `text`.
    ///
    /// ```
    /// let a = warta::Analyzer::new().analyze("\u{0}\u{feff}ééé");
    /// assert!(a.dates.is_empty());
    /// ```
    pub fn analyze(&self, text: &str) -> Analysis {
        // Every capability reads its tokens from one tokenization of the page.
        let table = TokenTable::new(text);
        let page = self.stripper.strip_tokens(text, &table);
        let mut segments: Vec<Span> = Vec::with_capacity(page.paragraphs.len() + 1);
        if let Some(t) = page.title_span {
            segments.push(t);
        }
        segments.extend(page.paragraphs.iter().map(|p| p.span()));
        // The document's language is its article's (title and body), never its menu's.
        let paragraphs: Vec<Span> = page.paragraphs.iter().map(|p| p.span()).collect();
        let languages = self
            .detector
            .detect_page_tokens(text, &table, page.title_span, &paragraphs);
        let detection = languages.document;
        let lang = detection.lang.as_str();
        let reference = page
            .published
            .as_deref()
            .and_then(|p| p.get(..10))
            .and_then(|p| p.parse::<Date>().ok())
            .or(self.reference);
        let blocks = paragraphs
            .iter()
            .zip(languages.blocks)
            .map(|(p, lang)| Block {
                start: p.start,
                end: p.end,
                lang,
            })
            .collect::<Vec<_>>();
        // Each segment's language, for the officials' lexicons: the title is the document's.
        let segment_langs: Vec<&str> = page
            .title_span
            .map(|_| lang)
            .into_iter()
            .chain(blocks.iter().map(|b| b.lang.as_str()))
            .collect();
        let dates = self
            .dates
            .as_ref()
            .map(|f| f.find_tokens(text, &table, &segments, reference))
            .unwrap_or_default();
        let mut found = self
            .countries
            .as_ref()
            .map(|g| g.find_tokens(text, &table, &segments, lang, reference))
            .unwrap_or_default();
        let officials = self
            .officials
            .as_ref()
            .map(|f| match self.countries {
                Some(_) => f.find_tokens(text, &table, &segments, lang, &segment_langs, &found),
                None => f.find(text, &segments, lang),
            })
            .unwrap_or_default();
        let mut enumerations = self
            .enumerations
            .as_ref()
            .map(|f| f.find_tokens(text, &table, &segments, lang))
            .unwrap_or_default();
        // A count or a colon announcing a list of countries ("lima destinasi utama, iaitu
        // Singapura, China, ...") announces a country list, reported once, in `country_lists`.
        enumerations.retain(|e| {
            !matches!(e.kind, EnumerationKind::Counted | EnumerationKind::Colon)
                || !e
                    .items
                    .first()
                    // (The item may start before the list's first name: "the Netherlands".)
                    .is_some_and(|i| found.lists.iter().any(|l| l.start < i.end && i.start < l.end))
        });
        // A marked list whose every item is a country's name ("(1) China, (2) Pakistan, ...")
        // is a country list too, and reported as one.
        enumerations.retain(|e| match countries_of(text, e, &found.mentions) {
            Some(codes) if !found.lists.iter().any(|l| l.start < e.end && e.start < l.end) => {
                let (Some(first), Some(last)) = (e.items.first(), e.items.last()) else {
                    return true;
                };
                let stated_count = e.stated_count;
                found.lists.push(CountryList {
                    text: text.get(first.start..last.end).unwrap_or_default().to_string(),
                    start: first.start,
                    end: last.end,
                    count_mismatch: stated_count.is_some_and(|n| n as usize != codes.len()),
                    stated_count,
                    codes,
                    groups: Vec::new(),
                });
                false
            }
            _ => true,
        });
        found.lists.sort_by_key(|l| l.start);
        Analysis {
            lang: detection.lang.clone(),
            lang_confidence: detection.confidence,
            title: page.title,
            author: page.author,
            published_from_reference: page.published.is_none() && self.reference.is_some(),
            published: page.published.or_else(|| self.reference.map(|r| r.to_string())),
            body: page.body,
            dates,
            countries: found.mentions,
            country_lists: found.lists,
            groups: found.groups,
            officials,
            enumerations,
            blocks,
            removed: page.removed,
        }
    }
}

/// The countries of a list whose items (three at least) are each one country's name, bare
/// or after an article ("the Maldives"); `None` for any other list.
fn countries_of(text: &str, e: &Enumeration, mentions: &[countries::Mention]) -> Option<Vec<String>> {
    if e.items.len() < 3 {
        return None;
    }
    e.items
        .iter()
        .map(|item| {
            // The mentions are in text order: the first at or after the item's start, found by
            // binary search, so a long list costs no scan per item.
            let m = mentions.get(mentions.partition_point(|m| m.start < item.start))?;
            if m.end != item.end {
                return None;
            }
            let before = text.get(item.start..m.start)?.trim();
            (before.is_empty() || before.eq_ignore_ascii_case("the")).then(|| m.code.clone())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn is_send_sync<T: Send + Sync>() {}

    #[test]
    fn analyzer_is_send_and_sync() {
        is_send_sync::<Analyzer>();
    }

    #[test]
    fn published_falls_back_to_the_reference_and_says_so() {
        let a = Analyzer::builder()
            .reference(Date::new(2024, 3, 13).unwrap())
            .build();
        let undated = a.analyze("The ministers met on Monday to discuss trade and fisheries in the region.");
        assert_eq!(undated.published.as_deref(), Some("2024-03-13"));
        assert!(undated.published_from_reference);
        let dated = a.analyze("Ministers Meet on Fisheries Deal\n\n5 March 2024\n\nThe ministers met on Monday to discuss trade and fisheries in the region.");
        assert_eq!(dated.published.as_deref(), Some("2024-03-05"));
        assert!(!dated.published_from_reference);
        let none = Analyzer::new().analyze("The ministers met on Monday to discuss trade.");
        assert_eq!((none.published, none.published_from_reference), (None, false));
    }

    #[test]
    fn a_numbered_list_of_countries_is_a_country_list_only() {
        let t = "The three largest buyers of cocoa last year were (1) Malaysia, (2) the Netherlands and (3) Ghana.";
        let a = Analyzer::new().analyze(t);
        assert_eq!(a.country_lists.len(), 1, "{:?}", a.country_lists);
        assert_eq!(a.country_lists[0].codes, ["MY", "NL", "GH"]);
        assert_eq!(a.country_lists[0].stated_count, Some(3));
        assert!(a.enumerations.is_empty(), "{:?}", a.enumerations);
        // A numbered list of other things stays an enumeration.
        let t = "The board set three goals: (1) higher yields, (2) fair prices and (3) new markets.";
        assert_eq!(Analyzer::new().analyze(t).enumerations.len(), 1);
    }

    #[test]
    fn a_counted_list_of_countries_is_a_country_list_only() {
        let t = "Shipments went to four main buyers, namely Egypt, Turkey, Morocco and Kenya, while two new products, namely tea and coffee, were added.";
        let a = Analyzer::new().analyze(t);
        assert_eq!(a.country_lists.len(), 1);
        assert_eq!(a.country_lists[0].stated_count, Some(4));
        let headings: Vec<_> = a
            .enumerations
            .iter()
            .filter_map(|e| e.heading.as_deref())
            .collect();
        assert_eq!(headings, vec!["two new products"]);
        // So does a colon without a count.
        let a = Analyzer::new()
            .analyze("Relief supplies arrived from several donors: Japan, Australia and South Korea.");
        assert_eq!(a.country_lists.len(), 1);
        assert!(a.enumerations.is_empty(), "{:?}", a.enumerations);
        // Also when the first item opens with an article the country list leaves out.
        let a = Analyzer::new().analyze(
            "Coffee was shipped to six countries: the Netherlands, Belgium, Germany, Italy, Spain and Japan.",
        );
        assert_eq!(a.country_lists.len(), 1);
        assert!(a.enumerations.is_empty(), "{:?}", a.enumerations);
    }
}
