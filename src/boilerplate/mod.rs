//! Boilerplate stripping: the article without site noise, every removed region with its
//! reason, and the page's own metadata (title, author, published time).

use crate::Span;
use serde::{Deserialize, Serialize};

/// Why a region was removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Reason {
    /// A crawler's header line ("date 2022-08-05 English").
    Header,
    /// Menus, section names, site notifications.
    Navigation,
    /// The page title (kept apart from the body).
    Title,
    /// Author and date lines ("Penulis: X | Editor: Y", "Kompas.com - 11/09/2019, 18:30 WIB").
    Byline,
    /// Photo captions and credits.
    Caption,
    /// "Baca juga:" / "Read also:" links.
    ReadAlso,
    /// Lists of related or latest headlines.
    Related,
    /// Comment boxes and comment policies.
    Comments,
    /// Advertisements and ad markers.
    Ad,
    /// Promotions, vouchers, newsletters, app prompts.
    Promo,
    /// Share prompts.
    Share,
    /// Reporter tags and sign-offs ("(WAH)").
    Signature,
    /// Lines repeated from earlier in the page.
    Duplicate,
    /// Short lines after the article's end.
    Trailing,
}

/// A region removed from the article, with its reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removed {
    /// The removed text.
    pub text: String,
    /// Byte offset of its start.
    pub start: usize,
    /// Byte offset of its end.
    pub end: usize,
    /// Why it was removed.
    pub reason: Reason,
}

/// A paragraph of the article: a span of the text and its sentences.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    /// Byte offset of its start.
    pub start: usize,
    /// Byte offset of its end.
    pub end: usize,
    /// Its sentences, split also where they were glued ("2022.Kegiatan").
    pub sentences: Vec<Span>,
}

impl Paragraph {
    /// The paragraph's span.
    ///
    /// ```
    /// let p = &warta::boilerplate::strip("Satu kalimat yang cukup panjang untuk menjadi isi artikel ini.").paragraphs[0];
    /// assert_eq!(p.span().start, 0);
    /// ```
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// A page split into its article and its noise.
///
/// ```
/// let page = warta::boilerplate::strip("Iklan\nIni isi artikel yang panjang dan cukup jelas untuk dibaca oleh pembaca.\n");
/// assert_eq!(page.body, "Ini isi artikel yang panjang dan cukup jelas untuk dibaca oleh pembaca.");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Page {
    /// The headline, when the page shows one.
    pub title: Option<String>,
    /// Where the headline is.
    pub title_span: Option<Span>,
    /// The byline's name, when the page gives one.
    pub author: Option<String>,
    /// Publication time in ISO 8601, as precise as the page states it.
    pub published: Option<String>,
    /// The article text: paragraphs separated by `\n`, glued sentences split apart.
    pub body: String,
    /// The article's paragraphs, in order.
    pub paragraphs: Vec<Paragraph>,
    /// Every removed region with its reason, in text order.
    pub removed: Vec<Removed>,
}

/// Strips boilerplate from `text`.
///
/// ```
/// let p = warta::boilerplate::strip("");
/// assert!(p.body.is_empty());
/// ```
pub fn strip(text: &str) -> Page {
    let paragraphs: Vec<Paragraph> = crate::text::lines(text)
        .into_iter()
        .filter(|s| !s.is_empty())
        .map(|s| Paragraph {
            start: s.start,
            end: s.end,
            sentences: crate::text::sentences(text, s),
        })
        .collect();
    let body = paragraphs
        .iter()
        .map(|p| &text[p.start..p.end])
        .collect::<Vec<_>>()
        .join("\n");
    Page {
        title: None,
        title_span: None,
        author: None,
        published: None,
        body,
        paragraphs,
        removed: Vec::new(),
    }
}
