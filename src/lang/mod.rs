//! Language detection: a bounded whatlang sample and a lexical scorer for English,
//! Indonesian and Malay.

use crate::Span;
use serde::{Deserialize, Serialize};

/// A detected language: an ISO 639-1 code ("en", "id", "ms", "de", ...) or "und", with a
/// confidence from 0 to 1.
///
/// ```
/// let d = warta::lang::detect("Pemerintah akan membahas anggaran karena ada tambahan uang.");
/// assert_eq!(d.lang, "id");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Detection {
    /// ISO 639-1 code, or "und".
    pub lang: String,
    /// From 0 (a guess) to 1 (certain).
    pub confidence: f64,
}

/// The detector, built once (`Send + Sync`).
///
/// ```
/// let t = "The ministry said the meeting would be held next week.";
/// let d = warta::lang::Detector::new().detect(t, &[warta::Span::new(0, t.len())]);
/// assert_eq!(d.lang, "en");
/// ```
#[derive(Debug)]
pub struct Detector {
    _private: (),
}

impl Default for Detector {
    fn default() -> Self {
        Detector::new()
    }
}

impl Detector {
    /// Builds the word automaton from the data files.
    ///
    /// ```
    /// let _ = warta::lang::Detector::new();
    /// ```
    pub fn new() -> Detector {
        Detector { _private: () }
    }

    /// Detects the language of `segments` of `text` taken together.
    ///
    /// ```
    /// let t = "Kerajaan berkata wang itu akan diberikan kerana keperluan rakyat.";
    /// let d = warta::lang::Detector::new().detect(t, &[warta::Span::new(0, t.len())]);
    /// assert_eq!(d.lang, "ms");
    /// ```
    pub fn detect(&self, text: &str, segments: &[Span]) -> Detection {
        let _ = (text, segments);
        Detection {
            lang: "und".into(),
            confidence: 0.0,
        }
    }

    /// The language of one paragraph, "und" when it is too short to tell; `document` is the
    /// document's language, preferred when the paragraph's own evidence is weak.
    ///
    /// ```
    /// let t = "\"We need to keep up with technology,\" kata Menlu.";
    /// let d = warta::lang::Detector::new();
    /// assert_eq!(d.detect_block(t, warta::Span::new(0, 5), "id"), "und");
    /// ```
    pub fn detect_block(&self, text: &str, span: Span, document: &str) -> String {
        let _ = (text, span, document);
        "und".to_string()
    }
}

/// Detects the language of the whole `text`.
///
/// ```
/// assert_eq!(warta::lang::detect("").lang, "und");
/// ```
pub fn detect(text: &str) -> Detection {
    static DETECTOR: once_cell::sync::Lazy<Detector> = once_cell::sync::Lazy::new(Detector::new);
    DETECTOR.detect(text, &[Span::new(0, text.len())])
}
