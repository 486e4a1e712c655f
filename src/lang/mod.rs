//! Language detection: a lexical scorer for English, Indonesian and Malay (word lists in
//! `data/lang/markers.tsv`) combined with a bounded whatlang sample for every other language.
//!
//! whatlang knows Indonesian but not Malay, and reads the whole text it is given; so the
//! lexical scorer decides between en, id and ms, and whatlang is asked, on at most
//! [`SAMPLE_BYTES`] of text, only when the scorer's words are too rare for the text to be one of
//! those three.

use crate::Span;
use crate::lexicon::DataFile;
use crate::lexicon::WordMap;
use crate::text::{TokenKind, TokenTable};
use serde::{Deserialize, Serialize};

static MARKERS: DataFile = crate::data_file!("lang/markers.tsv", 3);
static ISO639: DataFile = crate::data_file!("lang/iso639.tsv", 2);

/// The most text whatlang is given, in bytes.
///
/// ```
/// assert!(warta::lang::SAMPLE_BYTES >= 1024);
/// ```
pub const SAMPLE_BYTES: usize = 2048;

/// Bytes of one paragraph shown to whatlang: a paragraph's language needs less evidence than
/// the document's, and long paragraphs of names would otherwise cost the most.
const BLOCK_SAMPLE_BYTES: usize = 512;
/// The fewest words a text needs to be called a language other than ours on whatlang's
/// unreliable guess.
const OTHER_MIN_WORDS: u32 = 8;

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

impl Detection {
    fn und() -> Detection {
        Detection {
            lang: "und".to_string(),
            confidence: 0.0,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Group {
    En,
    IdMs,
    Id,
    Ms,
}

/// Weighted marker counts of a text.
#[derive(Debug, Default, Clone, Copy)]
struct Scores {
    en: u32,
    idms: u32,
    id: u32,
    ms: u32,
    words: u32,
    /// Bytes of word tokens: scripts written without spaces give few, long words.
    word_bytes: usize,
}

impl Scores {
    fn malay_family(&self) -> u32 {
        self.idms + self.id + self.ms
    }

    fn add(&mut self, o: Scores) {
        self.en += o.en;
        self.idms += o.idms;
        self.id += o.id;
        self.ms += o.ms;
        self.words += o.words;
        self.word_bytes += o.word_bytes;
    }
}

/// Words of a document read for its language.
const DOC_WORDS: usize = 20_000;
/// Words of a paragraph read for its language.
const BLOCK_WORDS: usize = 5_000;

/// The languages of a page: the document's and each paragraph's ("und" when too short).
///
/// ```
/// let t = "Menteri itu mengatakan bahwa kerja sama akan terus ditingkatkan.";
/// let page = warta::lang::Detector::new().detect_page(t, None, &[warta::Span::new(0, t.len())]);
/// assert_eq!(page.document.lang, "id");
/// assert_eq!(page.blocks, vec!["id"]);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PageLanguage {
    /// The document's language, from its title and paragraphs.
    pub document: Detection,
    /// Each paragraph's language, in order.
    pub blocks: Vec<String>,
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
    words: WordMap<&'static str, (Group, u32)>,
    iso: WordMap<&'static str, &'static str>,
}

impl Default for Detector {
    fn default() -> Self {
        Detector::new()
    }
}

impl Detector {
    /// Builds the word table from the data files.
    ///
    /// ```
    /// let _ = warta::lang::Detector::new();
    /// ```
    pub fn new() -> Detector {
        let mut words = WordMap::default();
        for r in MARKERS.rows() {
            let group = match r.get(1) {
                "en" => Group::En,
                "idms" => Group::IdMs,
                "id" => Group::Id,
                "ms" => Group::Ms,
                _ => continue,
            };
            let weight = r.get(2).parse().unwrap_or(1);
            words.insert(r.get(0), (group, weight));
        }
        let iso = ISO639.rows().map(|r| (r.get(0), r.get(1))).collect();
        Detector { words, iso }
    }

    fn score(&self, text: &str, table: &TokenTable, segments: &[Span], limit: usize) -> Scores {
        let mut s = Scores::default();
        let mut buf = String::with_capacity(32);
        for &seg in segments {
            for t in table.of(text, seg).filter(|t| t.kind == TokenKind::Word) {
                self.add_word(&mut s, t.text(text), &mut buf);
                if s.words as usize >= limit {
                    return s;
                }
            }
        }
        s
    }

    /// Counts one word into `s` (`buf` holds its lower-case form when it has capitals).
    fn add_word(&self, s: &mut Scores, w: &str, buf: &mut String) {
        s.words += 1;
        s.word_bytes += w.len();
        let key = if w.bytes().any(|b| b.is_ascii_uppercase()) {
            buf.clear();
            buf.extend(w.chars().map(|c| c.to_ascii_lowercase()));
            buf.as_str()
        } else {
            w
        };
        if let Some(&(g, weight)) = self.words.get(key) {
            match g {
                Group::En => s.en += weight,
                Group::IdMs => s.idms += weight,
                Group::Id => s.id += weight,
                Group::Ms => s.ms += weight,
            }
        }
    }

    /// The scores of one segment, in one pass: its first `block_limit` words (as a paragraph
    /// is judged) and its first `doc_limit` words (its share of the document's evidence).
    fn score_twice(
        &self,
        text: &str,
        table: &TokenTable,
        seg: Span,
        block_limit: usize,
        doc_limit: usize,
    ) -> (Scores, Scores) {
        let mut s = Scores::default();
        let mut buf = String::with_capacity(32);
        let (mut block, mut doc) = (None, None);
        for t in table.of(text, seg).filter(|t| t.kind == TokenKind::Word) {
            self.add_word(&mut s, t.text(text), &mut buf);
            let n = s.words as usize;
            if n == block_limit {
                block = Some(s);
            }
            if n == doc_limit {
                doc = Some(s);
            }
            if n >= block_limit.max(doc_limit) {
                break;
            }
        }
        (block.unwrap_or(s), doc.unwrap_or(s))
    }

    /// Whatlang's language of the first `limit` bytes of `segments`, its confidence, and
    /// whether whatlang calls the guess reliable.
    fn whatlang(&self, text: &str, segments: &[Span], limit: usize) -> Option<(String, f64, bool)> {
        let mut sample = String::with_capacity(limit);
        for &seg in segments {
            let Some(part) = seg.slice(text) else { continue };
            let room = limit.saturating_sub(sample.len());
            if room == 0 {
                break;
            }
            let mut cut = part.len().min(room);
            while !part.is_char_boundary(cut) {
                cut -= 1;
            }
            sample.push_str(&part[..cut]);
            sample.push('\n');
        }
        let info = whatlang::detect(&sample)?;
        let code = info.lang().code();
        let iso = self.iso.get(code).copied().unwrap_or(code);
        Some((iso.to_string(), info.confidence(), info.is_reliable()))
    }

    fn decide(&self, s: Scores, text: &str, segments: &[Span], min_words: u32, sample: usize) -> Detection {
        if s.words < min_words && s.word_bytes < 30 {
            return Detection::und();
        }
        let family = s.malay_family();
        let total = s.en + family;
        let density = total as f64 / s.words.max(1) as f64;
        // Our three languages put a marker every few words; below that, the text is
        // something else (or a list of names), and whatlang is asked.
        if density >= 0.12 && total >= 3 {
            if s.en as f64 >= 2.0 * family as f64 {
                return Detection {
                    lang: "en".into(),
                    confidence: (s.en as f64 / total as f64).min(1.0),
                };
            }
            if family as f64 >= 2.0 * s.en as f64 {
                return self.id_or_ms(s);
            }
        }
        match self.whatlang(text, segments, sample) {
            Some((code, conf, _)) if code == "id" => {
                let mut d = self.id_or_ms(s);
                d.confidence = d.confidence.min(conf);
                d
            }
            Some((code, conf, _)) if code == "en" => Detection {
                lang: code,
                confidence: conf,
            },
            // Another language only on a sentence's worth of words or whatlang's reliable
            // guess: a few words of names ("Trade Minister Anna Kusuma arrived") are too
            // little to name one.
            Some((code, conf, reliable))
                if conf >= 0.5 && density < 0.12 && (reliable || s.words >= OTHER_MIN_WORDS) =>
            {
                Detection {
                    lang: code,
                    confidence: conf,
                }
            }
            _ if total >= 3 && s.en > family => Detection {
                lang: "en".into(),
                confidence: 0.5,
            },
            _ if total >= 3 && family > s.en => self.id_or_ms(s),
            _ => Detection::und(),
        }
    }

    fn id_or_ms(&self, s: Scores) -> Detection {
        let family = s.malay_family().max(1) as f64;
        // Malay markers are distinctive; Indonesian is the default of the pair.
        if s.ms >= 3 && s.ms as f64 >= 1.5 * s.id as f64 {
            Detection {
                lang: "ms".into(),
                confidence: (0.5 + (s.ms as f64 - s.id as f64) / family).clamp(0.5, 1.0),
            }
        } else {
            Detection {
                lang: "id".into(),
                confidence: (0.6 + (s.id as f64 - s.ms as f64) / family).clamp(0.5, 1.0),
            }
        }
    }

    /// Detects the language of `segments` of `text` taken together.
    ///
    /// ```
    /// let t = "Kerajaan berkata wang itu akan diberikan kerana keperluan rakyat selepas mesyuarat.";
    /// let d = warta::lang::Detector::new().detect(t, &[warta::Span::new(0, t.len())]);
    /// assert_eq!(d.lang, "ms");
    /// ```
    pub fn detect(&self, text: &str, segments: &[Span]) -> Detection {
        let s = self.score(text, &TokenTable::on_demand(), segments, DOC_WORDS);
        self.decide(s, text, segments, 3, SAMPLE_BYTES)
    }

    /// The document's language (from `title` and `paragraphs` together) and each paragraph's,
    /// as [`detect`](Self::detect) and [`detect_block`](Self::detect_block) give them, reading
    /// each paragraph's words once for both.
    ///
    /// ```
    /// let t = "Menteri itu mengatakan bahwa kerja sama akan terus ditingkatkan.\nThe minister said that cooperation would be stepped up further.";
    /// let paragraphs = [warta::Span::new(0, 64), warta::Span::new(65, t.len())];
    /// let page = warta::lang::Detector::new().detect_page(t, None, &paragraphs);
    /// assert_eq!(page.blocks, vec!["id", "en"]);
    /// ```
    pub fn detect_page(&self, text: &str, title: Option<Span>, paragraphs: &[Span]) -> PageLanguage {
        self.detect_page_tokens(text, &TokenTable::on_demand(), title, paragraphs)
    }

    /// [`Detector::detect_page`] reading the tokens of `text` from `table`.
    pub(crate) fn detect_page_tokens(
        &self,
        text: &str,
        table: &TokenTable,
        title: Option<Span>,
        paragraphs: &[Span],
    ) -> PageLanguage {
        let mut doc = Scores::default();
        let mut budget = DOC_WORDS;
        let mut block_scores = Vec::with_capacity(paragraphs.len());
        for (i, &seg) in title.iter().chain(paragraphs).enumerate() {
            let (block, share) = if budget == 0 {
                (self.score(text, table, &[seg], BLOCK_WORDS), Scores::default())
            } else {
                self.score_twice(text, table, seg, BLOCK_WORDS, budget)
            };
            doc.add(share);
            budget = budget.saturating_sub(share.words as usize);
            if title.is_none() || i > 0 {
                block_scores.push(block);
            }
        }
        let segments: Vec<Span> = title.iter().chain(paragraphs).copied().collect();
        let document = self.decide(doc, text, &segments, 3, SAMPLE_BYTES);
        let blocks = paragraphs
            .iter()
            .zip(block_scores)
            .map(|(&p, s)| self.judge_block(s, text, p, &document.lang))
            .collect();
        PageLanguage { document, blocks }
    }

    /// The language of one paragraph, "und" when it is too short to tell; `document` is the
    /// document's language, preferred when the paragraph's own evidence is weak.
    ///
    /// ```
    /// let t = "\"We need to keep up with technology, or we will be left behind,\" kata Menlu.";
    /// let d = warta::lang::Detector::new();
    /// assert_eq!(d.detect_block(t, warta::Span::new(0, t.len()), "id"), "en");
    /// assert_eq!(d.detect_block(t, warta::Span::new(0, 5), "id"), "und");
    /// ```
    pub fn detect_block(&self, text: &str, span: Span, document: &str) -> String {
        self.judge_block(
            self.score(text, &TokenTable::on_demand(), &[span], BLOCK_WORDS),
            text,
            span,
            document,
        )
    }

    fn judge_block(&self, s: Scores, text: &str, span: Span, document: &str) -> String {
        // Scripts written without spaces (Thai, Chinese, Japanese) give few, long words: their
        // letters count as well as their words.
        if s.words < 4 && s.word_bytes < 30 {
            return "und".to_string();
        }
        let family = s.malay_family();
        if s.en >= 3 && s.en > family {
            return "en".to_string();
        }
        if family >= 3 && family > s.en {
            return self.id_or_ms_block(s, document);
        }
        // A long paragraph with too few of our markers to decide by their count: another
        // language, or ours written around names and figures; whatlang names it.
        // Long runs of letters (ten bytes a word or more) are a script without spaces.
        if s.words >= 12 || s.word_bytes >= 60 && s.word_bytes >= 10 * s.words as usize {
            let lang = self.decide(s, text, &[span], 12, BLOCK_SAMPLE_BYTES).lang;
            // A paragraph mostly of names ("Japan's consul general in Surabaya, Kenji Morita,
            // toured a shipyard in Lamongan") can sound like the other of our languages to the
            // letter statistics; the few markers it has (or none), when they do not point away
            // from the document's language, leave the paragraph in it.
            let ours = |l: &str| matches!(l, "en" | "id" | "ms");
            if ours(&lang) && ours(document) {
                if document == "en" && s.en >= family {
                    return "en".to_string();
                }
                if document != "en" && family >= s.en {
                    return self.id_or_ms_block(s, document);
                }
            }
            if lang == "id" || lang == "ms" {
                return self.id_or_ms_block(s, document);
            }
            return lang;
        }
        "und".to_string()
    }

    /// Indonesian or Malay for a paragraph of that family: the document's, unless the
    /// paragraph's own spellings say otherwise.
    fn id_or_ms_block(&self, s: Scores, document: &str) -> String {
        if document == "ms" || document == "id" {
            if s.ms >= 3 && s.ms as f64 >= 1.5 * s.id as f64 {
                return "ms".to_string();
            }
            if s.id >= 2 && s.id > s.ms {
                return "id".to_string();
            }
            return document.to_string();
        }
        self.id_or_ms(s).lang
    }
}

/// Detects the language of the whole `text`.
///
/// ```
/// assert_eq!(warta::lang::detect("").lang, "und");
/// assert_eq!(warta::lang::detect("Die Regierung hat am Dienstag beschlossen, die Steuern zu senken und die Schulen zu fördern.").lang, "de");
/// ```
pub fn detect(text: &str) -> Detection {
    static DETECTOR: once_cell::sync::Lazy<Detector> = once_cell::sync::Lazy::new(Detector::new);
    DETECTOR.detect(text, &[Span::new(0, text.len())])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_files_parse() {
        MARKERS.check().unwrap();
        ISO639.check().unwrap();
    }

    #[test]
    fn the_three_languages_and_others() {
        let cases = [
            (
                "The delegation arrived in Jakarta on Monday and met the minister, who said the talks were useful.",
                "en",
            ),
            (
                "Menteri mengatakan pemerintah akan memberikan bantuan karena banyak warga yang terdampak banjir.",
                "id",
            ),
            (
                "Polis berkata mangsa dibawa ke hospital selepas kejadian itu manakala kerajaan negeri akan membantu keluarganya kerana mereka miskin.",
                "ms",
            ),
            (
                "Le gouvernement a annoncé mardi une nouvelle loi sur la protection des données personnelles des citoyens.",
                "fr",
            ),
            (
                "Die Regierung hat am Dienstag beschlossen, die Steuern zu senken und die Schulen zu fördern.",
                "de",
            ),
            (
                "Het kabinet heeft dinsdag besloten om de belastingen te verlagen en de scholen te steunen.",
                "nl",
            ),
            ("ok", "und"),
            ("", "und"),
        ];
        for (text, want) in cases {
            assert_eq!(detect(text).lang, want, "{text}");
        }
    }

    #[test]
    fn malay_is_never_indonesian_when_it_says_so() {
        let t = "Perdana Menteri berkata kerajaan akan menyediakan wang tambahan kepada polis selepas mesyuarat kabinet pada Isnin, iaitu sebanyak RM5 juta.";
        assert_eq!(detect(t).lang, "ms");
    }
}
