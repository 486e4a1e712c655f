//! Boilerplate stripping: the article without site noise, every removed region with its
//! reason, and the page's own metadata (title, author, published time).

mod head;
mod markers;

use crate::Span;
use crate::dates;
use crate::lexicon::DataFile;
use crate::lexicon::{WordMap, WordSet};
use crate::text::{self, TokenKind, TokenTable, is_capitalized};
use markers::{Found, Marker, Markers, Match};
use once_cell::sync::Lazy;
use regex::Regex;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// Why a region was removed.
///
/// ```
/// use warta::boilerplate::{strip, Reason};
/// let p = strip("Warga diminta waspada terhadap banjir susulan, kata petugas BPBD.\nBaca juga: Banjir Rendam Bekasi\n");
/// assert_eq!(p.removed[0].reason, Reason::ReadAlso);
/// ```
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
    /// Copyright lines and site footers.
    Footer,
}

/// A region removed from the article, with its reason.
///
/// ```
/// let t = "Iklan\nWarga diminta waspada terhadap banjir susulan, kata petugas BPBD.";
/// let r = &warta::boilerplate::strip(t).removed[0];
/// assert_eq!((r.text.as_str(), &t[r.start..r.end]), ("Iklan", "Iklan"));
/// ```
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
///
/// ```
/// let p = warta::boilerplate::strip("Hujan turun sejak pagi.Warga bertahan di rumah masing-masing.");
/// assert_eq!(p.paragraphs[0].sentences.len(), 2);
/// ```
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

static SECTION_WORDS: [DataFile; 3] = [
    crate::data_file!("en/sections.tsv", 1),
    crate::data_file!("id/sections.tsv", 1),
    crate::data_file!("ms/sections.tsv", 1),
];

static FUNCTION_WORDS: [DataFile; 2] = [
    crate::data_file!("en/function_words.tsv", 1),
    crate::data_file!("id/function_words.tsv", 1),
];

/// Labels of a page's update time ("Updated", "Diperbarui").
/// Words closing an article after its last sentence ("... of 2026. END").
static END_MARKS: [DataFile; 2] = [
    crate::data_file!("en/end_marks.tsv", 1),
    crate::data_file!("id/end_marks.tsv", 1),
];

static UPDATE_WORDS: [DataFile; 2] = [
    crate::data_file!("en/update_words.tsv", 1),
    crate::data_file!("id/update_words.tsv", 1),
];

/// Labels of a date line wherever it stands ("Published 12 November 2025").
static DATE_LABELS: [DataFile; 2] = [
    crate::data_file!("en/date_labels.tsv", 1),
    crate::data_file!("id/date_labels.tsv", 1),
];

/// Reporters' roles on their own line under a byline ("Health Correspondent").
static BIO_VERBS: [DataFile; 2] = [
    crate::data_file!("en/bio_verbs.tsv", 1),
    crate::data_file!("id/bio_verbs.tsv", 1),
];

/// The words of a byline that places its reporters ("X in Jakarta and Y in Bangkok").
static BYLINE_PLACES: [DataFile; 2] = [
    crate::data_file!("en/byline_places.tsv", 2),
    crate::data_file!("id/byline_places.tsv", 2),
];

/// Lower-case words inside a person's name ("bin", "van").
static NAME_PARTICLES: [DataFile; 2] = [
    crate::data_file!("en/name_particles.tsv", 1),
    crate::data_file!("id/name_particles.tsv", 1),
];

/// Words of a credit label ("Video Editor:", "Grafis:"), besides reporters' roles and photo
/// credits' words.
static CREDIT_LABELS: [DataFile; 3] = [
    crate::data_file!("en/credit_labels.tsv", 1),
    crate::data_file!("id/credit_labels.tsv", 1),
    crate::data_file!("ms/credit_labels.tsv", 1),
];

static BYLINE_ROLES: [DataFile; 2] = [
    crate::data_file!("en/byline_roles.tsv", 1),
    crate::data_file!("id/byline_roles.tsv", 1),
];

/// Words in a line up to which it is short (a label, not a paragraph).
const SHORT_LINE: usize = 12;

/// The marks between a byline's name and its outlet ("Name - Site.com", "Name | Outlet",
/// "Name / Outlet"), spaces included.
const OUTLET_MARKS: [&str; 5] = [" - ", " | ", " / ", " \u{2013} ", " \u{2014} "];

/// How many lines below its heading a box of headlines may name its own end.
const BOX_LINES: usize = 12;

/// The bracketed tail of `line` after its last sentence ("... generasi muda. (Made
/// Ariawan/balipost)"), relative to the line.
fn bracket_at_end(line: &str) -> Option<Span> {
    let end = line.trim_end();
    let inner = end.strip_suffix(')')?;
    let open = inner.rfind('(')?;
    let before = line[..open].trim_end();
    (before.ends_with(['.', '!', '?', '"', '\u{201d}']) && end.len() - open <= 60)
        .then(|| Span::new(open, end.len()))
}

/// Fewest words of an article's last paragraph whose sign-off reads as a photo credit.
const SIGNED_PARAGRAPH_WORDS: usize = 20;

/// Most words of one point of a summary under its heading ("Ringkasan", "Key Points").
const SUMMARY_POINT_WORDS: usize = 40;

/// Most words of a byline line ("Name (Outlet)", "Name and Name, Outlet staff writers").
const BYLINE_WORDS: usize = 10;
/// Lower-case content words (not function words) that make a line ending like a sentence prose.
const PROSE_LOWER: usize = 2;
/// Words in a line above which it is a page glued on one line, cut sentence by sentence.
const LONG_LINE: usize = 60;
/// The longest bracketed photo credit read as glued to the paragraph after it, in bytes.
const CREDIT_BYTES: usize = 80;
/// How many lines after the headline (not counting lines a marker removes) a byline or date
/// line still belongs to the head.
const NEAR_HEAD_LINES: usize = 4;
/// At most this many words in a caption read from its shape alone (under a photo credit).
const CAPTION_WORDS: usize = 45;
/// How far above a byline "Name - Outlet" its outlet's masthead is looked for, in bytes.
const MASTHEAD_REACH: usize = 4096;
/// How far from the top bylines and date lines are looked for, in non-empty lines.
const HEAD_LINES: usize = 40;
/// How far from the top a headline is looked for, in non-empty lines.
const TITLE_WINDOW: usize = 20;

/// The stripper: noise markers and shape rules, built once (`Send + Sync`).
///
/// ```
/// let s = warta::boilerplate::Stripper::new();
/// let page = s.strip("Menu\nJudul Berita Hari Ini di Jakarta\nIni adalah isi artikel yang cukup panjang, kata dia.\nBaca juga: Judul Lain\n");
/// assert_eq!(page.title.as_deref(), Some("Judul Berita Hari Ini di Jakarta"));
/// assert_eq!(page.body, "Ini adalah isi artikel yang cukup panjang, kata dia.");
/// ```
#[derive(Debug)]
pub struct Stripper {
    markers: Markers,
    function_words: WordSet<&'static str>,
    /// Reporters' roles, lower case.
    byline_roles: WordSet<String>,
    credit_labels: WordSet<String>,
    /// Verbs after a reporter's name in the note about them ("X covers ...").
    bio_verbs: WordSet<String>,
    /// A placed byline's words: `true` for one that places ("in"), `false` for one that
    /// joins ("and").
    byline_places: WordMap<&'static str, bool>,
    /// Lower-case words inside a person's name.
    name_particles: WordSet<&'static str>,
    /// Words closing an article after its last sentence, as written.
    end_marks: Vec<&'static str>,
    /// Labels of an update time, lower case.
    update_words: Vec<String>,
    /// Labels of a date line, lower-case, longest first.
    date_labels: Vec<String>,
    /// Words closing a page's note of its age ("6 hours ago"), lower case.
    age_words: Vec<String>,
    /// Menu and section words, lower case.
    section_words: HashSet<String>,
    crawler: Regex,
    signature: Regex,
    sign_off: Regex,
    inner_tag: Regex,
}

impl Default for Stripper {
    fn default() -> Self {
        Stripper::new()
    }
}

/// What one line of the page looks like.
#[derive(Debug, Clone)]
struct Line {
    span: Span,
    words: usize,
    /// The marker that decides the line, if any.
    marker: Option<Found>,
    /// Ends like a sentence and reads like one (not a label or a headline).
    prose: bool,
    /// No letter or digit at all ("×", "***").
    symbols: bool,
    /// Could be a headline: no full stop at its end, Title Case or long enough.
    headline: bool,
    /// Title Case: most words capitalized.
    title_case: bool,
    /// Repeats an earlier line.
    duplicate: bool,
    /// A crawler's header line ("date 2022-08-05 English").
    crawler: Option<Span>,
    /// A date (and time) standing in a short line, with the line's words outside it.
    date: Option<(dates::Mention, usize)>,
    /// A labelled date line anywhere on the page ("Published 12 November 2025"): the date.
    date_label: Option<Span>,

    /// Ends with a photo credit: a caption.
    credit: bool,
    /// A name and its outlet in brackets, as bylines write them ("Nur Fitriani (The Post)"),
    /// or a reporter's role on its own line ("Regional Correspondent").
    byline: bool,
    /// The whole line is a person's name of two to four words ("Melissa Tan Hui Min").
    person: bool,
    /// The line names reporters at places ("Hannah Ellery in Jakarta"): a byline, or a
    /// headline of the same shape ("Protests Erupt in Bangkok").
    placed: bool,
    /// Tokens with digits.
    numbers: usize,
    /// Every marker in the line, for the sentence-level cuts.
    found: Vec<Found>,
    /// Holds a document code ("045/PR/IV/2023"): a token of digits and slashes.
    code: bool,
    /// A short "Label: value" line ("Dilihat: 1.288 kali", "Date: 2023-04-18").
    field: bool,
    /// A credit line of a label and a person ("Video Editor: Ruben M."): the label's end.
    label: Option<usize>,
}

/// What happens to a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fate {
    Keep,
    Title,
    Remove(Reason),
}

impl Stripper {
    /// Builds the marker automaton and the rules.
    ///
    /// ```
    /// let _ = warta::boilerplate::Stripper::new();
    /// ```
    pub fn new() -> Stripper {
        let function_words = FUNCTION_WORDS.iter().flat_map(|f| f.words()).collect();
        let byline_roles = BYLINE_ROLES
            .iter()
            .flat_map(|f| f.words())
            .map(str::to_lowercase)
            .collect();
        let credit_labels = CREDIT_LABELS
            .iter()
            .flat_map(|f| f.words())
            .map(str::to_lowercase)
            .collect();
        let section_words = SECTION_WORDS
            .iter()
            .flat_map(|f| f.words())
            .map(str::to_lowercase)
            .collect();
        let bio_verbs = BIO_VERBS
            .iter()
            .flat_map(|f| f.words())
            .map(str::to_lowercase)
            .collect();
        let byline_places = BYLINE_PLACES
            .iter()
            .flat_map(|f| f.rows())
            .map(|r| (r.get(0), r.get(1) == "at"))
            .collect();
        let end_marks: Vec<&'static str> = END_MARKS.iter().flat_map(|f| f.words()).collect();
        let end_alternatives = end_marks
            .iter()
            .map(|m| regex::escape(m))
            .collect::<Vec<_>>()
            .join("|");
        let markers = Markers::new();
        // A news agency's name after a dash, however cased ("— Bernama").
        let agencies = markers
            .agencies()
            .iter()
            .map(|a| regex::escape(a))
            .collect::<Vec<_>>()
            .join("|");
        Stripper {
            markers,
            function_words,
            byline_roles,
            credit_labels,
            bio_verbs,
            byline_places,
            name_particles: NAME_PARTICLES.iter().flat_map(|f| f.words()).collect(),
            end_marks,
            update_words: UPDATE_WORDS
                .iter()
                .flat_map(|f| f.words())
                .map(str::to_lowercase)
                .collect(),
            date_labels: {
                let mut labels: Vec<String> = DATE_LABELS
                    .iter()
                    .flat_map(|f| f.words_of(""))
                    .map(str::to_lowercase)
                    .collect();
                labels.sort_by_key(|l| std::cmp::Reverse(l.len()));
                labels
            },
            age_words: DATE_LABELS
                .iter()
                .flat_map(|f| f.words_of("age"))
                .map(str::to_lowercase)
                .collect(),
            section_words,
            crawler: Regex::new(
                r"^\s*date\s+(\d{4}(?:-\d{2}){0,2})\b(?:\s+(?:English|Indonesian|Indonesia|Malay|Bahasa))?",
            )
            .expect("crawler header pattern compiles"),
            // A sign-off after the last sentence: a bracketed code, an outlet's address or
            // name after a dash (or its initials after a slash, "/TISG"), an agency's name
            // after a dash, or a word that closes
            // an article (data/*/end_marks.tsv).
            signature: Regex::new(&format!(
                r"(?:^|[.!?\x22\x{{201d}}\x{{2019}}'])\s*((?:\([^()/]{{1,40}}/[^()/]{{1,40}}\)\s*)?\(\s*(?:\*\s*/\s*)?{code}(?:\s*/\s*{code})*\s*\)|[-\x{{2013}}\x{{2014}}]{{1,2}}\s*[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z]{{2,3}}){{1,2}}|[-\x{{2013}}\x{{2014}}]{{1,2}}\s*[A-Z][A-Z!]{{1,15}}(?:\s[A-Z][A-Z!]{{1,11}}){{0,2}}(?:\s+\d{{1,2}}/\d{{1,2}}/\d{{2,4}})?|/\s*[A-Z][A-Z]{{1,11}}|[-\x{{2013}}\x{{2014}}]{{1,2}}\s*[A-Z][a-z]+(?:[A-Z][a-z]+)+|[-\x{{2013}}\x{{2014}}]{{1,2}}\s*(?i:{agencies})|{})\s*$",
                end_alternatives,
                // A desk's code: letters, or a letter or two and a number ("(Z-4)", "(Ant/P-2)");
                // a star may open the codes ("(*/nur/hdt)").
                code = r"(?:[A-Za-z]{2,12}|[A-Za-z]{1,3}-[0-9]{1,3})",
            ))
            .expect("signature pattern compiles"),
            sign_off: Regex::new(r"\)\s*\(\s*[A-Za-z]{2,5}\s*/\s*[A-Za-z]{2,5}\s*\)\s*$").expect("sign-off pattern compiles"),
            inner_tag: Regex::new(
                r"[.!?\x22\x{201d}\x{2019}']\s*(\(\s*[A-Za-z]{2,12}(?:\s*/\s*[A-Za-z]{2,12})*\s*\))\s+\S",
            )
            .expect("inner tag pattern compiles"),
        }
    }

    fn is_section_word(&self, w: &str) -> bool {
        self.section_words.contains(&w.to_lowercase())
    }

    fn is_function_word(&self, w: &str) -> bool {
        self.function_words.contains(w)
            || (w.chars().any(char::is_uppercase) && self.function_words.contains(w.to_lowercase().as_str()))
    }

    /// Strips boilerplate from `text`.
    ///
    /// ```
    /// let s = warta::boilerplate::Stripper::new();
    /// let p = s.strip("Iklan\nIsi berita yang sebenarnya ditulis di sini oleh wartawan kami.\n(ABC)");
    /// assert_eq!(p.body, "Isi berita yang sebenarnya ditulis di sini oleh wartawan kami.");
    /// assert_eq!(p.removed.len(), 2);
    /// ```
    pub fn strip(&self, text: &str) -> Page {
        self.strip_tokens(text, &TokenTable::new(text))
    }

    /// [`Stripper::strip`] reading the tokens of `text` from `table`.
    pub(crate) fn strip_tokens(&self, text: &str, table: &TokenTable) -> Page {
        let mut spans: Vec<Span> = Vec::new();
        for s in text::lines(text).into_iter().filter(|s| !s.is_empty()) {
            // A caption glued to the paragraph after it by its credit ("... Rabu (04/03/2026).
            // (Foto: BPMI Setpres/Kris)President Prabowo received ..."): two lines.
            match self.glued_credit_end(text, s) {
                Some(cut) => spans.extend([Span::new(s.start, cut), Span::new(cut, s.end)]),
                None => spans.push(s),
            }
        }
        let mut seen: WordSet<&str> = WordSet::default();
        let lines: Vec<Line> = spans
            .iter()
            .enumerate()
            .map(|(i, &s)| self.describe(text, table, s, i < HEAD_LINES, &mut seen))
            .collect();
        let mut fates = vec![Fate::Keep; lines.len()];
        let mut meta = Meta::default();

        let anchor =
            |l: &Line| l.prose && l.marker.is_none() && l.crawler.is_none() && l.date.is_none() && !l.credit;
        let first_anchor = lines.iter().position(anchor);
        // The article ends at its last paragraph, or at the end of a list that paragraph (or a
        // line announcing it, "Delegates approved the following:") opens: "a. ...", "2) ...",
        // "- ...", two items or more.
        // A comment box ends the article however much prose stands below it ("Follow us on
        // WhatsApp for the latest news."): the last paragraph is looked for above it.
        let section = first_anchor.and_then(|f| {
            lines
                .iter()
                .skip(f + 1)
                .position(|l| {
                    l.marker
                        .is_some_and(|m| self.markers.list[m.marker].kind == Match::Section)
                })
                .map(|k| f + 1 + k)
        });
        let last_anchor = lines[..section.unwrap_or(lines.len())]
            .iter()
            .rposition(anchor)
            .map(|a| {
                let mut k = a + 1;
                let announces = |l: &Line| l.marker.is_none() && line_ends_with(text, l.span, ':');
                if !lines.get(a).is_some_and(announces) {
                    match lines.get(k) {
                        Some(l) if announces(l) && l.words >= 2 && l.words <= SHORT_LINE => k += 1,
                        _ => return a,
                    }
                }
                let items = lines[k.min(lines.len())..]
                    .iter()
                    .take_while(|l| {
                        l.marker.is_none()
                            && l.words <= 40
                            && list_item_start(l.span.slice(text).unwrap_or(""))
                    })
                    .count();
                if items >= 2 { k + items - 1 } else { a }
            });
        // The article's last paragraph signed by its reporter and outlet in brackets, which
        // reads as a photo credit ("... kepada generasi muda. (Made Ariawan/balipost)"): the
        // next prose line after the last paragraph, long, closed by a sign-off.
        let signed_last = last_anchor.and_then(|a| {
            let (j, l) = lines
                .iter()
                .enumerate()
                .skip(a + 1)
                .find(|(_, l)| l.prose || l.credit || l.words >= SIGNED_PARAGRAPH_WORDS)?;
            let sign = l.span.slice(text).and_then(bracket_at_end)?;
            (l.marker.is_none() && l.words >= SIGNED_PARAGRAPH_WORDS).then_some((j, sign.shift(l.span.start)))
        });
        let last_anchor = signed_last.map(|(j, _)| j).or(last_anchor);

        // The headline: the best candidate near the top, before the article starts (or right
        // before a date line even after a teaser paragraph, which then goes as a caption).
        let title = self.find_title(text, &lines, first_anchor);
        if let Some(t) = title {
            fates[t] = Fate::Title;
            meta.title = Some(lines[t].span);
        }
        let head_end = match (first_anchor, title) {
            (Some(a), Some(t)) if t > a => t,
            (Some(a), _) => a,
            (None, Some(t)) => t,
            (None, None) => 0,
        };

        // A page whose head (menu, headline, date, byline, caption) is glued into a long line.
        let mut pre_cuts: Vec<Vec<(Span, Reason)>> = vec![Vec::new(); lines.len()];
        // (The signed last paragraph loses its sign-off.)
        let mut end_cuts: Vec<Option<Span>> = vec![None; lines.len()];
        if let Some((j, sign)) = signed_last {
            end_cuts[j] = Some(sign);
        }
        // A long headline line that holds a date is a head glued onto one line ("... 11 Negara
        // HadirRina Kartika - LintasWarta.comRabu, 12 Nov 2025 10:45 WIB").
        let date_at_end = |l: &Line| {
            l.span.slice(text).is_some_and(|s| {
                let s = s.trim_end();
                line_dates(s, None).iter().any(|m| {
                    matches!(m.kind, dates::Kind::Date | dates::Kind::Time)
                        && !m.from_reference
                        && m.end == s.len()
                })
            })
        };
        if let Some(t) = title
            && lines[t].words > 15
            && date_at_end(&lines[t])
            && let Some(h) = self.glued_head(text, lines[t].span).filter(|h| h.title.is_some())
        {
            meta.title = h.title;
            meta.author = h.author.clone();
            if let Some(p) = h.published {
                meta.published_candidates.push((p, false, true));
            }
            pre_cuts[t] = h.cuts;
            fates[t] = Fate::Keep;
        }
        if title.is_none() {
            for (i, l) in lines.iter().enumerate().take(6) {
                if l.words <= 15 {
                    continue;
                }
                let kept = first_anchor.is_some_and(|a| i >= a);
                if let Some(h) = self
                    .glued_head(text, l.span)
                    .filter(|h| !kept || self.head_is_sure(text, h))
                {
                    meta.title = h.title;
                    meta.author = meta.author.take().or(h.author.clone());
                    if let Some(p) = h.published {
                        meta.published_candidates.push((p, false, true));
                    }
                    pre_cuts[i] = h.cuts;
                    break;
                }
                if kept {
                    break;
                }
            }
        }

        let mut related_zone = false;
        // Right under a related heading, or under a bullet of its box.
        let mut box_open = false;
        // Under a summary's heading, in its block: its points.
        let mut points_open = false;
        // Under the date line, a heading ending in a colon opened a list of the article's
        // (its items are kept while they follow on).
        let mut lead_list = false;
        let mut comments_zone = false;
        // The reason of a marker whose copy stands on the next line (an advertisement, a
        // "Simak Video Pilihan Ini:" over the video's title).
        let mut copy_of: Option<Reason> = None;
        // After a box's item counter ("list 2 of 3"): the item's headline.
        let mut after_counter = false;
        // The line that closes the box of headlines opened above ("end of list").
        let mut box_until: Option<usize> = None;
        let mut after_credit = false;
        // Lines after `t` up to `i` that no marker removes: a caption, a "Listen to this
        // article" or an advertisement under the headline does not push the byline away from it.
        let kept_since = |fates: &[Fate], t: usize, i: usize| {
            lines.get(t + 1..=i).map_or(0, |ls| {
                ls.iter()
                    .zip(&fates[t + 1..])
                    .filter(|(l, f)| l.marker.is_none() && !l.credit && **f == Fate::Keep)
                    .count()
            })
        };
        // Whether line `i` follows the line above in one block, no blank line between.
        let same_block = |i: usize| {
            i > 0
                && lines
                    .get(i - 1)
                    .zip(lines.get(i))
                    .and_then(|(p, l)| text.get(p.span.end..l.span.start))
                    .is_some_and(|gap| gap.matches('\n').count() <= 1)
        };
        // A line holding only the time of the date line above it.
        let mut time_line: Option<usize> = None;
        for (i, l) in lines.iter().enumerate() {
            let pending = std::mem::take(&mut copy_of);
            // (Right under its marker: after a blank line the article goes on, "Advertisement",
            // then "In its statement, the MRC pointed to three main causes:".)
            let right_under = same_block(i);
            let copy = pending.filter(|r| {
                l.marker.is_none()
                    && l.words <= 16
                    && !line_ends_with(text, l.span, '.')
                    && (right_under || *r == Reason::Promo)
            });
            let follows_credit = std::mem::take(&mut after_credit);
            let follows_counter = std::mem::take(&mut after_counter);
            if l.span.is_empty() {
                after_credit = follows_credit;
                after_counter = follows_counter;
                // (A promotion's headline may stand a blank line below it; an advertisement's
                // copy is right under its marker.)
                copy_of = pending.filter(|r| *r == Reason::Promo);
            }
            if time_line == Some(i) {
                fates[i] = Fate::Remove(Reason::Byline);
                continue;
            }
            if fates[i] == Fate::Title {
                related_zone = false;
                continue;
            }
            // Under a photo credit on its own line ("POS-KUPANG.COM/YOSEP KOLO SERAN"), a line
            // opened by a label in capitals and a dash is the photo's caption ("SIDANG JBC -
            // Delegasi ... berfoto bersama ...").
            if follows_credit && l.words <= CAPTION_WORDS && caption_label(text, l.span) {
                fates[i] = Fate::Remove(Reason::Caption);
                continue;
            }
            let in_head = i < head_end || first_anchor.is_none() && title.is_some_and(|t| i < t);
            // The head, or a few lines below the headline (a standfirst may stand between the
            // headline and the byline).
            let near_head = in_head
                || title.is_some_and(|t| {
                    i > t && i - t <= HEAD_LINES && kept_since(&fates, t, i) <= NEAR_HEAD_LINES
                });
            // Under the headline, a line between a photo credit on its own line and the lead
            // that opens with its dateline is the photo's caption ("Warga membawa barang ...,
            // Sabtu (9/3/2024)."), whatever marked lines (a reporter's note) stand between.
            // (Not a date line: "Foto: X" then "Isnin, 7 Disember 2026 | 10:20 pagi" is the
            // byline's date.)
            if follows_credit
                && near_head
                && title.is_some_and(|t| t < i)
                && l.marker.is_none()
                && l.date.is_none()
                && l.words <= CAPTION_WORDS
                && lines
                    .get(i + 1..)
                    .and_then(|rest| {
                        rest.iter()
                            .find(|n| !n.span.is_empty() && n.marker.is_none() && !n.credit)
                    })
                    .is_some_and(|n| {
                        opens_with_dateline(text, n.span) || opens_with_outlet_dateline(text, n.span)
                    })
            {
                fates[i] = Fate::Remove(Reason::Caption);
                continue;
            }
            let in_tail = last_anchor.is_some_and(|a| i > a);
            let marker = l.marker.map(|f| &self.markers.list[f.marker]);
            if box_until.is_some_and(|end| i <= end) {
                fates[i] = Fate::Remove(Reason::Related);
                continue;
            }

            // Metadata first: a crawler's header, a date line, a byline.
            if let Some(date) = l.crawler {
                meta.published_candidates.push((date, true, near_head || in_head));
                if l.words <= 20 {
                    fates[i] = Fate::Remove(Reason::Header);
                    continue;
                }
            }
            let date_near = |k: usize| lines.get(k).is_some_and(|n| n.date.is_some());
            // The name after a byline marker that names the author ("Reporter: X", "By X").
            let marked_author = || {
                marker
                    .filter(|m| m.reason == Reason::Byline && m.kind == Match::Prefix && m.author)
                    .and_then(|_| {
                        let rest = Span::new(l.marker.map_or(l.span.start, |f| f.span.end), l.span.end);
                        self.byline_name(text, rest)
                    })
            };
            if l.byline && (near_head || in_head) && (date_near(i + 1) || i > 0 && date_near(i - 1)) {
                if meta.author.is_none() {
                    meta.author = self.byline_with_outlet(text, l.span).or_else(marked_author);
                }
                // A role line under the author's name ("Lim Shu Fen" / "Health Correspondent").
                if meta.author.is_none()
                    && let Some(p) = i.checked_sub(1).and_then(|p| lines.get(p))
                    && let Some(name) = self.byline_name(text, p.span)
                    && p.span.slice(text).is_some_and(|s| s.trim() == name)
                    && (2..=4).contains(&name.split_whitespace().count())
                {
                    meta.author = Some(name);
                    if let Some(f) = i.checked_sub(1).and_then(|p| fates.get_mut(p)) {
                        *f = Fate::Remove(Reason::Byline);
                    }
                }
                fates[i] = Fate::Remove(Reason::Byline);
                continue;
            }
            // Reporters at their places right above the date line ("Hannah Ellery in Jakarta").
            if l.placed && title != Some(i) && (near_head || in_head) && date_near(i + 1) {
                if meta.author.is_none() {
                    meta.author = self.placed_names(l.span.slice(text).unwrap_or(""));
                }
                fates[i] = Fate::Remove(Reason::Byline);
                continue;
            }
            // The reporter's name alone under the headline, right above the date line ("Sekar
            // Ayu Pratiwi", then "06.12.2025").
            // A line with a byline marker is read above; an outlet's acronym ("CNN Indonesia")
            // is no reporter.
            let plain_name = l.marker.is_none()
                && !l.byline
                && !l.placed
                && l.span.slice(text).is_some_and(|s| {
                    !s.split_whitespace()
                        .any(|w| w.chars().count() >= 2 && text::is_all_caps(w))
                });
            if l.person
                && plain_name
                && title.is_some_and(|t| t < i)
                && (near_head || in_head)
                && date_near(i + 1)
            {
                if meta.author.is_none() {
                    meta.author = self.byline_name(text, l.span);
                }
                fates[i] = Fate::Remove(Reason::Byline);
                continue;
            }
            if let (Some((mention, _)), true) = (&l.date, near_head || in_head) {
                meta.published_candidates.push((mention.span(), false, true));
                // "Wednesday, 19 Nov 2025" / "3:05 PM MYT": a time on its own line beside the
                // date line is the same moment's.
                // The next line or the one before, past a blank line.
                let blank = |k: usize| lines.get(k).is_some_and(|b| b.span.is_empty());
                let beside = [
                    Some(i + 1),
                    Some(i + 2).filter(|_| blank(i + 1)),
                    i.checked_sub(1),
                    i.checked_sub(2).filter(|_| blank(i - 1)),
                ];
                if let Some(k) = beside.into_iter().flatten().find(|&k| {
                    lines
                        .get(k)
                        .is_some_and(|n| n.words <= 4 && n.numbers > 0 && clock_line(text, n.span))
                }) {
                    meta.times.push((mention.span(), lines[k].span));
                    if k < i {
                        fates[k] = Fate::Remove(Reason::Byline);
                    } else {
                        time_line = Some(k);
                    }
                }
                if self.labels_update(text, Span::new(l.span.start, mention.start)) {
                    meta.updated.push(mention.span());
                }
                if meta.author.is_none() {
                    meta.author = self.author_before(text, l.span, mention.start);
                }
                fates[i] = Fate::Remove(Reason::Byline);
                continue;
            }
            if let Some(span) = l.date_label {
                meta.published_candidates
                    .push((span, false, near_head || in_head));
                if self.labels_update(text, Span::new(l.span.start, span.start)) {
                    meta.updated.push(span);
                }
                fates[i] = Fate::Remove(Reason::Byline);
                continue;
            }
            if let Some(m) = marker
                && m.reason == Reason::Byline
                && m.kind == Match::Prefix
            {
                let rest = Span::new(l.marker.map_or(l.span.start, |f| f.span.end), l.span.end);
                let name = self.byline_name(text, rest);
                if m.strong || name.is_some() {
                    if m.author && meta.author.is_none() {
                        meta.author = name;
                    }
                    if let Some(d) = line_dates(l.span.slice(text).unwrap_or(""), None).first() {
                        let span = d.span().shift(l.span.start);
                        meta.published_candidates
                            .push((span, false, near_head || in_head));
                        if self.labels_update(text, Span::new(l.span.start, span.start)) {
                            meta.updated.push(span);
                        }
                    }
                    fates[i] = Fate::Remove(Reason::Byline);
                    continue;
                }
            }

            if l.label.is_some() && (near_head || in_head || in_tail) {
                fates[i] = Fate::Remove(Reason::Byline);
                continue;
            }
            if l.crawler.is_some() {
                continue; // a long line behind a crawler's header: its prefix is cut below
            }
            // Under the head, a sentence signed by an agency after a dash, right above the
            // article's dateline, is a photo's caption ("Visitors at Ain Khor waterfall ... —
            // ONA", then "SALALAH, Sept 24 – ...").
            if near_head
                && title.is_some_and(|t| t < i)
                && l.words <= CAPTION_WORDS
                && l.span.slice(text).is_some_and(|s| {
                    self.signature
                        .captures(s)
                        .and_then(|c| c.get(1))
                        .is_some_and(|m| m.as_str().starts_with(['-', '\u{2013}', '\u{2014}']))
                })
                && lines
                    .get(i + 1)
                    .is_some_and(|n| opens_with_dateline(text, n.span))
            {
                fates[i] = Fate::Remove(Reason::Caption);
                continue;
            }
            if l.credit && signed_last.map(|(j, _)| j) != Some(i) {
                fates[i] = Fate::Remove(Reason::Caption);
                // Only a credit on a line of its own (a few words) stands between a photo and
                // its labelled caption; after a caption that ends with its credit, "HÀ NỘI —
                // Senior officials ..." is the article's dateline.
                after_credit = l.words <= 8;
                // Under the head, a sentence right above a credit on its own line is the
                // photo's caption ("Health workers give shots ... March 4, 2026.", then "STAR /
                // Miguel de Guzman").
                if near_head
                    && i > 0
                    && fates[i - 1] == Fate::Keep
                    && lines[i - 1].words <= CAPTION_WORDS
                    && title.is_some_and(|t| t < i - 1)
                    && l.span.slice(text).is_some_and(|s| {
                        self.markers.is_credit_line(s) || self.markers.credit_label_line(s.trim())
                    })
                {
                    fates[i - 1] = Fate::Remove(Reason::Caption);
                }
                continue;
            }
            if l.symbols {
                fates[i] = Fate::Remove(Reason::Navigation);
                continue;
            }
            // The note about the reporter at the foot: "Chua Shu Hui is environment
            // correspondent at The Straits Times", "Dumalagan covers the Philippines for ...".
            if first_anchor.is_some_and(|a| i > a)
                && l.words <= 40
                && meta
                    .author
                    .as_deref()
                    .is_some_and(|a| self.about_author(text, l.span, a))
            {
                fates[i] = Fate::Remove(Reason::Byline);
                continue;
            }
            if comments_zone {
                fates[i] = Fate::Remove(marker.map_or(Reason::Comments, |m| m.reason));
                continue;
            }
            if let (Some(m), Some(f)) = (marker, l.marker) {
                if m.kind == Match::Section && first_anchor.is_some_and(|a| i > a) {
                    comments_zone = true;
                    fates[i] = Fate::Remove(m.reason);
                    continue;
                }
                // "More from The Scoop": a short line that opens related headlines.
                // "Baca juga:" alone on its line: the headlines it announces follow.
                let bare_read_also = m.kind == Match::Prefix
                    && m.reason == Reason::ReadAlso
                    && text
                        .get(f.span.end..l.span.end)
                        .is_some_and(|rest| !rest.chars().any(char::is_alphanumeric));
                let opens_related = m.kind == Match::Heading
                    || m.kind == Match::Prefix && m.reason == Reason::Related && l.words <= 6
                    || bare_read_also;
                if opens_related {
                    related_zone = true;
                    box_open = m.kind == Match::Heading;
                    points_open = m.points;
                    // A box that names its own end a few lines below ("Akhir dari
                    // Artikel-artikel yang direkomendasikan", "end of list") holds everything up
                    // to it, however its headlines read.
                    if m.kind == Match::Heading {
                        box_until = lines
                            .iter()
                            .enumerate()
                            .skip(i + 1)
                            .take(BOX_LINES)
                            .find(|(_, n)| {
                                n.marker.is_some_and(|f| {
                                    let e = &self.markers.list[f.marker];
                                    e.kind == Match::Line && e.reason == Reason::Related
                                })
                            })
                            .map(|(j, _)| j);
                    }
                    fates[i] = Fate::Remove(m.reason);
                    continue;
                }
                // The copy of an advertisement stands on the line after its marker.
                if m.reason == Reason::Ad && m.kind == Match::Line {
                    copy_of = Some(m.reason);
                    fates[i] = Fate::Remove(m.reason);
                    continue;
                }
                // A marker inside a long line (a whole page glued on one line), or a photo
                // credit with sentences after it, is cut sentence by sentence below, never with
                // the line. A line that also ends with a credit is a caption from end to end
                // ("Foto: Menteri ... di Jeddah. (Dok. Humas Kemenag)").
                let inside_long = m.kind == Match::Contains
                    && !in_head
                    && (l.words > LONG_LINE
                        || m.reason == Reason::Caption && !l.credit && self.text_after_credit(text, l, f));
                // A weak word inside an item of a list kept above ("* one free meal voucher"
                // under "* entry to all three stages") is the list's, not a promotion.
                // So is one in a list's first item, when the next line is its second.
                let list_item = !m.strong
                    && m.kind == Match::Contains
                    && (i > 0 && fates[i - 1] == Fate::Keep && same_bullet(text, lines[i - 1].span, l.span)
                        || lines
                            .get(i + 1)
                            .is_some_and(|n| same_bullet(text, l.span, n.span)));
                // In the head, a weak word inside a long line is a headline's ("2.3 million sign
                // up for early voting; ..."); a promotion opens its line with it.
                let head_promo = in_head && (l.words <= SHORT_LINE || opens_line(text, l.span, f.span));
                // "PROMO AKHIR TAHUN! Diskon 50% ... hingga 31 Desember. Klik di sini.": two
                // promotion words in a line of a few short sentences make it one, mid-article too.
                let promotion = m.reason == Reason::Promo
                    && l.words <= 2 * SHORT_LINE
                    && l.found
                        .iter()
                        .filter(|x| self.markers.list[x.marker].reason == Reason::Promo)
                        .count()
                        >= 2;
                // A weak word of a comment box in a sentence between two sentences of the
                // article is the article's ("Equatorial Guinea ... submitted written comments.").
                let amid_prose = !m.strong
                    && m.reason == Reason::Comments
                    && l.prose
                    && i > 0
                    && fates[i - 1] == Fate::Keep
                    && lines[i - 1].prose
                    && lines.get(i + 1).is_some_and(|n| n.prose && n.marker.is_none());
                if !inside_long
                    && !list_item
                    && !amid_prose
                    && (m.strong || l.words <= SHORT_LINE || head_promo || in_tail || promotion)
                {
                    after_counter = m.kind == Match::Pager && m.reason == Reason::Related;
                    // "Simak Video Pilihan Ini:", "Watch:": a promotion that ends with a colon
                    // announces the headline on the next line.
                    if m.reason == Reason::Promo
                        && m.kind == Match::Prefix
                        && line_ends_with(text, l.span, ':')
                    {
                        copy_of = Some(m.reason);
                    }
                    fates[i] = Fate::Remove(m.reason);
                    continue;
                }
            }
            if let Some(reason) = copy {
                fates[i] = Fate::Remove(reason);
                continue;
            }
            if follows_counter && l.marker.is_none() && l.words <= SHORT_LINE * 2 {
                fates[i] = Fate::Remove(Reason::Related);
                continue;
            }
            if related_zone {
                // A box of bullets under its heading ("SUMMARY", "Key points") goes with it, even
                // when its points read as sentences.
                // Dashes are bullets there only right under the heading, one after another
                // ("Summarize this article with AI", "- ...", "- ..."): elsewhere they open an
                // article's own list.
                let bullet = l
                    .span
                    .slice(text)
                    .is_some_and(|t| t.starts_with(ROUND_BULLETS) || box_open && dash_bullet(t));
                box_open = bullet;
                // A summary's points fill the block under its heading, one short sentence a
                // line ("Ringkasan", then three lines, then a blank line and the article).
                points_open = points_open && l.words <= SUMMARY_POINT_WORDS && same_block(i);
                if l.prose && !in_tail && !bullet && !points_open {
                    related_zone = false;
                } else {
                    fates[i] = Fate::Remove(Reason::Related);
                    continue;
                }
            }
            if l.duplicate && !l.prose {
                fates[i] = Fate::Remove(Reason::Duplicate);
                continue;
            }
            if in_head {
                // Before the article: labels, menus, dateline fragments, teasers. A sentence
                // right under the date line is the article's lead, however few its lower-case
                // words ("Bazar UMKM akan digelar Sabtu-Minggu (8-9/11) di Lapangan Karebosi.").
                let lead = i > 0
                    && lines.get(i - 1).is_some_and(|p| p.date.is_some())
                    && title.is_some_and(|t| t < i)
                    && l.words >= 6
                    && l.label.is_none()
                    && !l.credit
                    && ['.', '!', '?'].iter().any(|&c| line_ends_with(text, l.span, c));
                // "Stops on the new river-taxi route:" right under the date line, then "1) ...",
                // "2) ...": the article opens with a list, which no menu is written as.
                let line_text = |k: usize| lines.get(k).and_then(|n| n.span.slice(text)).unwrap_or("");
                let list_heading = i > 0
                    && lines.get(i - 1).is_some_and(|p| p.date.is_some())
                    && title.is_some_and(|t| t < i)
                    && l.words >= 3
                    && l.label.is_none()
                    && line_ends_with(text, l.span, ':')
                    && list_item_start(line_text(i + 1))
                    && list_item_start(line_text(i + 2));
                lead_list = list_heading || lead_list && list_item_start(line_text(i));
                if !l.prose && !lead && !lead_list {
                    fates[i] = Fate::Remove(Reason::Navigation);
                } else if title.is_some_and(|t| i < t) {
                    fates[i] = Fate::Remove(Reason::Caption);
                }
                continue;
            }
            if in_tail {
                fates[i] = Fate::Remove(if l.duplicate {
                    Reason::Duplicate
                } else {
                    Reason::Trailing
                });
                continue;
            }
        }

        // A page that is only a line of text (a phrase, a lone sentence) is body, not headline.
        if let Some(t) = title
            && !fates.contains(&Fate::Keep)
            && pre_cuts.iter().all(Vec::is_empty)
        {
            fates[t] = Fate::Keep;
            meta.title = None;
        }
        self.assemble(text, &lines, &fates, &pre_cuts, &end_cuts, meta)
    }

    /// Where a reporter's tag closing `line` starts ("...dunia.(marpa)"), searching the line's
    /// tail only.
    fn signature_at_end(&self, line: &str) -> Option<usize> {
        let mut from = line.len().saturating_sub(48);
        while !line.is_char_boundary(from) {
            from -= 1;
        }
        let tail = &line[from..];
        // A bracketed tag, or an outlet's address after a dash ("- Rappler.com").
        let end = tail.trim_end();
        let address = end
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(|w| w.contains('.') && w.ends_with(|c: char| c.is_ascii_alphabetic()));
        // Or a wire's sign-off: "... next week. - UTUSAN", "... esok. — Bernama", "... restraint. Enditem", "... of
        // 2026. END", or an outlet's name in camel case ("... tiga hari. – MalaysiaGazette").
        // (The day of filing may follow it: "– HARAKAHDAILY 6/5/2024".)
        let mut words = end.rsplit(char::is_whitespace);
        let last = words.next().filter(|w| {
            !(w.contains('/') && w.bytes().all(|b| b.is_ascii_digit() || b == b'/') && w.len() <= 10)
        });
        let wire = last.or_else(|| words.next()).is_some_and(|w| {
            let w = w.strip_prefix('/').unwrap_or(w);
            self.end_marks.contains(&w)
                || self.markers.agencies().iter().any(|a| a.eq_ignore_ascii_case(w))
                || w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase())
                || w.bytes().all(|b| b.is_ascii_alphabetic())
                    && w.bytes().skip(1).any(|b| b.is_ascii_uppercase())
        });
        if !end.ends_with(')') && !address && !wire {
            return None;
        }
        self.signature
            .captures(tail)
            .and_then(|c| c.get(1))
            .map(|m| from + m.start())
    }

    /// The end of a bracketed photo credit ("(Foto: ...)", "(Dok. ...)") glued to a capital
    /// letter that starts the next paragraph, inside the line `span`.
    fn glued_credit_end(&self, text: &str, span: Span) -> Option<usize> {
        let line = span.slice(text)?;
        let bytes = line.as_bytes();
        let mut from = 0;
        while let Some(p) = line.get(from..)?.find(')').map(|p| p + from) {
            from = p + 1;
            let starts_upper = line.get(p + 1..)?.chars().next().is_some_and(char::is_uppercase);
            if !starts_upper {
                continue;
            }
            // The credit's opening bracket within reach (a line of ")X)X)X..." stays linear).
            let mut reach = p.saturating_sub(CREDIT_BYTES);
            while !line.is_char_boundary(reach) {
                reach -= 1;
            }
            let Some(open) = line[reach..p].rfind('(').map(|o| o + reach) else {
                continue;
            };
            let inner = &line[open + 1..p];
            let word_end = inner.find(|c: char| !c.is_alphabetic()).unwrap_or(inner.len());
            // "(Foto: ...)", "(Dok. ...)", or a credit word closing it: "(Bernama pic)".
            let last_word = inner.rsplit(' ').next().unwrap_or("");
            let opens_credit = self.markers.is_credit_word(&inner[..word_end])
                && inner[word_end..].starts_with([':', '.', '/', ' '])
                || inner.contains(' ') && self.markers.is_credit_word(last_word);
            if opens_credit && p - open <= CREDIT_BYTES && bytes.get(p + 1).is_some() {
                return Some(span.start + p + 1);
            }
        }
        // "... Arab Saudi. Foto: Aditia Noviansyah/kumparanKementerian Haji ...": a credit
        // without brackets whose outlet after the slash runs into a capital letter.
        let mut from = 0;
        while let Some(k) = line.get(from..)?.find(':').map(|k| k + from) {
            from = k + 1;
            let word_start = line[..k]
                .char_indices()
                .rev()
                .take(CREDIT_BYTES)
                .find(|(_, c)| !c.is_alphabetic())
                .map_or(0, |(w, c)| w + c.len_utf8());
            if !self.markers.is_credit_word(&line[word_start..k]) {
                continue;
            }
            let mut end = (k + 1 + CREDIT_BYTES).min(line.len());
            while !line.is_char_boundary(end) {
                end -= 1;
            }
            let Some(rest) = line.get(k + 1..end) else {
                continue;
            };
            let Some(slash) = rest.find('/') else { continue };
            let outlet = &rest[slash + 1..];
            // The outlet's lower-case run is a word of its own ("kumparan", not the "i" of
            // "iStockphoto"), and a paragraph follows.
            let mut lower_run = 0;
            for (i, c) in outlet.char_indices() {
                if c.is_whitespace() {
                    break;
                }
                if lower_run >= 3 && c.is_uppercase() {
                    let at = k + 1 + slash + 1 + i;
                    if line[at..].split_whitespace().count() >= 6 {
                        return Some(span.start + at);
                    }
                    break;
                }
                lower_run = if c.is_lowercase() { lower_run + 1 } else { 0 };
            }
        }
        None
    }

    /// Whether more than a few words follow the photo credit that `f` opens in the line.
    fn text_after_credit(&self, text: &str, l: &Line, f: Found) -> bool {
        let end = self.headline_end(text, Span::new(f.span.end, l.span.end));
        text::word_count(text, Span::new(end, l.span.end)) > 3
    }

    /// Whether a glued head cut from a kept line is certainly not article text: its headline
    /// is in Title Case and a menu or a byline marker stands with it.
    fn head_is_sure(&self, text: &str, head: &head::Head) -> bool {
        let Some(t) = head.title else { return false };
        let menu = head.cuts.iter().any(|(_, r)| *r == Reason::Navigation);
        let byline = head.author.is_some();
        text::capital_ratio(text, t) >= 0.7 && (menu || byline)
    }

    /// What a line looks like; `head` says whether it stands near enough to the top for a
    /// byline or date line.
    fn describe<'t>(
        &self,
        text: &'t str,
        table: &TokenTable,
        span: Span,
        head: bool,
        seen: &mut WordSet<&'t str>,
    ) -> Line {
        let line_text = span.slice(text).unwrap_or("");
        let mut words = 0usize;
        let mut lower = 0usize;
        // Lower-case function words, counted while `lower` is.
        let mut function = 0usize;
        let mut letter_words = 0usize;
        let mut caps = 0usize;
        let mut numbers = 0usize;
        for t in table.of(text, span) {
            match t.kind {
                TokenKind::Word => {
                    words += 1;
                    letter_words += 1;
                    let w = t.text(text);
                    if is_capitalized(w) {
                        caps += 1;
                    } else if lower < PROSE_LOWER && w.chars().next().is_some_and(char::is_lowercase) {
                        // Counted only up to what makes a line prose: a long paragraph needs no
                        // table lookup per word.
                        if self.is_function_word(w) {
                            function += 1;
                        } else {
                            lower += 1;
                        }
                    }
                }
                TokenKind::Number => {
                    words += 1;
                    numbers += 1;
                }
                _ => {}
            }
        }
        let found = self.markers.find(text, span);
        let marker = self.decisive_marker(text, span, &found);
        let mut end_text = match self.signature_at_end(line_text) {
            Some(at) => &line_text[..at],
            None => line_text,
        };
        // A sentence with a "Baca juga:" headline glued after it ends where the marker starts.
        if let Some(f) = found.iter().find(|f| {
            let m = &self.markers.list[f.marker];
            m.kind == Match::Prefix && m.reason == Reason::ReadAlso && f.span.start > span.start
        }) && let Some(before) = text.get(span.start..f.span.start)
            && before.ends_with(['.', '!', '?', '"', '\u{201d}'])
        {
            end_text = before;
        }
        // An end-of-article mark after the last sentence ("... tahun 1955.***", "(*)", "■")
        // leaves it a sentence.
        let unmarked = end_text.trim_end();
        let unmarked = unmarked
            .strip_suffix("(*)")
            .unwrap_or(unmarked)
            .trim_end_matches(['*', '\u{25a0}', '\u{25aa}']);
        // A sign-off in brackets after the last sentence ("... kata Nurul. (HUMAS SETKAB/AIT)")
        // leaves it a sentence too.
        let unmarked = match unmarked.trim_end().strip_suffix(')').and_then(|u| u.rsplit_once('(')) {
            Some((before, code))
                // Codes in one case ("HUMAS SETKAB/AIT", "ant/dce"), not a credit that names
                // a photographer ("Liputan6.com/Herman Zakharia").
                if code.len() <= 30
                    && (!code.chars().any(char::is_lowercase) || !code.chars().any(char::is_uppercase))
                    && before.trim_end().ends_with(['.', '!', '?']) =>
            {
                before
            }
            _ => unmarked,
        };
        let last = unmarked
            .trim_end()
            .trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}', ')', ']'])
            .chars()
            .next_back();
        // A full stop that closes a dotted abbreviation ("6:55 a.m.") ends no sentence.
        let dotted_end = line_text
            .split_whitespace()
            .next_back()
            .is_some_and(|w| w.len() <= 5 && w.strip_suffix('.').is_some_and(|stem| stem.contains('.')));
        let terminal = matches!(last, Some('.' | '!' | '?' | ';')) && !dotted_end;
        let lower_ratio = if letter_words == 0 {
            0.0
        } else {
            lower as f64 / letter_words as f64
        };
        let cap_ratio = if letter_words == 0 {
            0.0
        } else {
            caps as f64 / letter_words as f64
        };
        // Long lines full of names (lists, titles of events) are prose too when they end like one.
        // A sentence that announces a list ("... menyiapkan 4 langkah antisipasi, yakni:") is
        // prose too.
        let announces = last == Some(':') && words >= 8 && lower >= PROSE_LOWER && cap_ratio < 0.5;
        let slash = line_text.contains('/');
        // (A middle dot between spaces too: "News \u{b7} Politics \u{b7} Business".)
        // ("The leaflet gives four tips: \u{2022} move ... \u{2022} keep ...": bullets after a colon
        // are a list inside the sentence, not links set apart.)
        let inline_list = line_text
            .find('\u{2022}')
            .is_some_and(|b| line_text[..b].trim_end().ends_with(':'));
        let bullets = if inline_list {
            0
        } else {
            line_text.matches('\u{2022}').count()
        };
        let separators = line_text.matches('|').count()
            + bullets
            + line_text.matches(" \u{b7} ").count()
            + if slash {
                line_text.matches(" / ").count()
            } else {
                0
            };
        // "Terms & Conditions | Data Protection Notice | Need help? Reach us here.": links set
        // apart by bars end like a sentence but are no prose.
        let prose = (terminal || announces)
            && words >= 4
            && separators < 2
            && (lower_ratio >= 0.3
                || lower >= PROSE_LOWER
                || words >= 20
                // A sentence of names under a capitalized subject, with its one verb and the
                // words that join the names ("Delegates came from Chile, New Zealand and
                // Peru."): a credit line has no verb ("Editing by Jo Tan and Ali Musa.").
                || lower >= 1 && function >= 2 && words >= 8);
        let title_case = cap_ratio >= 0.6;

        // Menus and breadcrumbs: "World | Business | Markets", "SPORT > RUNNING".
        // A section over its topic, the bar glued between them as links are: "News|South China
        // Sea" (a headline's bar before its outlet stands between spaces).
        let crumb = separators == 1
            && words <= 8
            && line_text.split_once('|').is_some_and(|(a, b)| {
                !a.is_empty()
                    && !b.is_empty()
                    && !a.ends_with(char::is_whitespace)
                    && !b.starts_with(char::is_whitespace)
            });
        let menu = separators >= 2
            || crumb
            || line_text.contains(['>', '\u{bb}', '\u{203a}'])
            || spaced_menu(line_text);
        let headline = !menu
            && !matches!(last, Some('.' | ';' | ',' | '-' | ':'))
            && ((2..=30).contains(&words) && title_case || (4..=30).contains(&words))
            // A headline of two short sentences with no full stop at its end ("Nickel
            // nationalism has run its course. South-east Asia needs a smarter bargain").
            && match full_stops_inside(line_text) {
                0 => true,
                1 => words <= 20,
                _ => false,
            }
            && !has_address(line_text)
            && !self.inner_tag.is_match(line_text);
        let duplicate = !seen.insert(line_text);
        // The crawler's header starts with "date"; other lines skip the regex.
        let crawler = Some(line_text)
            .filter(|l| l.trim_start().starts_with("date"))
            .and_then(|l| self.crawler.captures(l))
            .and_then(|c| c.get(1))
            .map(|m| Span::new(span.start + m.start(), span.start + m.end()));
        let date = if head && crawler.is_none() && words <= 25 && !prose && numbers > 0 {
            self.date_line(text, span, words)
        } else {
            None
        };
        let date_label = if words <= SHORT_LINE && numbers > 0 {
            self.date_label(line_text).map(|d| d.shift(span.start))
        } else {
            None
        };
        // "... the Head of State. (BPMI Setpres/UN) (RI/MMB)": a credit and a reporter's code
        // sign an article off; a caption carries no code.
        // A quotation ends no caption: '"Kami minta ...," kata Nurul. (HUMAS SETKAB/AIT)' is
        // the article's last paragraph, signed off.
        let quote = line_text.starts_with(['"', '\u{201c}']);
        let credit = words <= LONG_LINE
            && !quote
            && self.markers.ends_with_credit(line_text)
            && !self.sign_off.is_match(line_text);
        // A gallery counter ("Photo 2 of 8") is part of a caption; so is a credit on a line of
        // its own ("REUTERS / Willy Kurniawan"), and an outlet's name after a slash closing a
        // sentence ("... in January. / The Irrawaddy").
        let credit = credit
            || words <= LONG_LINE && !quote && slash_signed(line_text)
            || words <= 5 && numbers >= 1 && self.markers.starts_with_credit_word(line_text)
            || words <= 8 && slash && self.markers.is_credit_line(line_text);
        let label = if marker.is_none() && words <= 8 {
            self.label_line(text, span)
        } else {
            None
        };
        // Two slashes at least: one is as often a rate ("US$ 124/Ton", "Rp15.000/kg").
        let code = slash
            && line_text.split_whitespace().any(|w| {
                w.matches('/').count() >= 2
                    && w.chars().any(|c| c.is_ascii_digit())
                    && w.chars().any(char::is_alphabetic)
            });
        let field = words <= 5
            && line_text.split_once(':').is_some_and(|(k, v)| {
                !k.trim().is_empty() && k.split_whitespace().count() <= 2 && !v.trim().is_empty()
            });
        // "Lim Shu Fen (The Courier)", or a reporter's role on its own line: "Health
        // Correspondent", "Wartawan Senior".
        let role_line = (1..=4).contains(&words) && {
            let mut ws = line_text
                .split_whitespace()
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
            let first = ws.next().unwrap_or("");
            let last = ws.next_back().unwrap_or(first);
            [first, last]
                .iter()
                .any(|w| self.byline_roles.contains(w.to_lowercase().as_str()))
        };
        // "AMANDA LIM and TRAN HONG NHUNG, Nikkei staff writers": names, a comma, a role.
        let role_after_comma = (3..=BYLINE_WORDS).contains(&words)
            && line_text.split_once(',').is_some_and(|(_, role)| {
                role.split_whitespace()
                    .next_back()
                    .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
                    .is_some_and(|w| self.byline_roles.contains(w.as_str()))
                    && role.split_whitespace().count() <= 4
            });
        let byline = role_line
            || role_after_comma
            || words <= BYLINE_WORDS
                && (line_text.ends_with(')')
                    || OUTLET_MARKS.iter().any(|m| line_text.contains(m))
                    || line_text.contains(", "))
                && self.byline_with_outlet(text, span).is_some();
        // (Two to four names, a hyphenated one counted once: "Abdul-Rahman Sulemana".)
        let person = ((2..=4).contains(&words) || words <= 8 && line_text.contains('-'))
            && self
                .byline_name(text, span)
                .is_some_and(|n| n == line_text.trim() && (2..=4).contains(&n.split_whitespace().count()));
        let placed = head && words <= 2 * BYLINE_WORDS && self.placed_byline(line_text);
        Line {
            byline,
            person,
            placed,
            code,
            field,
            found,
            label,
            numbers,
            credit,
            span,
            words,
            marker,
            prose,
            // No words, only hashtags ("#Kedah #Padi"), or only a gallery's counter between
            // its arrows ("‹ 1 of 8 ›", "2/5"): page furniture.
            symbols: words == 0
                || line_text
                    .split_whitespace()
                    .all(|w| w.starts_with('#') && w.len() > 1)
                || words <= 3 && numbers == 2 && counter_only(line_text),
            headline,
            title_case,
            duplicate,
            crawler,
            date,
            date_label,
        }
    }

    /// The date of a labelled date line: a label of `date_labels`, then a whole day (with or
    /// without a time) and nothing else ("Published 12 November 2025", "Diterbitkan: 3/3/2025").
    fn date_label(&self, line: &str) -> Option<Span> {
        let trimmed = line.trim_start();
        let lead = line.len() - trimmed.len();
        let label = self.date_labels.iter().find(|l| {
            trimmed
                .get(..l.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(l))
                && trimmed[l.len()..].starts_with([' ', ':', '\t'])
        })?;
        let rest = lead + label.len();
        let d = line_dates(line, None).into_iter().next()?;
        let whole_day = matches!(d.kind, dates::Kind::Date | dates::Kind::Time) && !d.from_reference;
        let gap = line.get(rest..d.start)?;
        let after = line.get(d.end..)?;
        (whole_day && gap.chars().all(|c| c.is_whitespace() || c == ':') && after.trim().is_empty())
            .then(|| d.span())
    }

    /// A credit line: a short label ending with a colon, then a person's name ("Video Editor:
    /// Ruben Mandowen", "Fotografer: X"). Returns where the label ends.
    fn label_line(&self, text: &str, span: Span) -> Option<usize> {
        let line = span.slice(text)?;
        let colon = line.find(':')?;
        let label = &line[..colon];
        let label_words = label.split_whitespace().count();
        if !(1..=3).contains(&label_words) || !label.split_whitespace().all(is_capitalized) {
            return None;
        }
        // The label names a role in making the story ("Video Editor", "Fotografer", "Foto"):
        // "Global Trade Roundup: Shifting Supply Routes" is a headline.
        let role = |w: &str| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            let w = w.to_lowercase();
            self.byline_roles.contains(w.as_str())
                || self.credit_labels.contains(w.as_str())
                || self.markers.is_credit_word(&w)
        };
        if !label.split_whitespace().any(role) {
            return None;
        }
        let name = Span::new(span.start + colon + 1, span.end);
        let found = self.byline_name(text, name)?;
        // Under a label, names are joined by a conjunction only, and hold no lower-case word
        // but a name's particle ("del", "bin"): "Agenda Kota: Dari Pelabuhan hingga Pasar" is a
        // headline.
        // (And a name has two words at least: "Regional Roundup: Strikes, Deadlines and ...".)
        let joined = found.split_whitespace().count() >= 2
            && found
                .split_whitespace()
                .filter(|w| !is_capitalized(w))
                .all(|w| self.byline_places.get(w) == Some(&false) || self.name_particles.contains(w));
        (joined && text::word_count(text, name) >= 2).then_some(span.start + colon + 1)
    }

    /// The marker that decides what a line is: a whole-line or heading marker, else a marker
    /// that starts the line, else one inside it.
    fn decisive_marker(&self, text: &str, span: Span, found: &[Found]) -> Option<Found> {
        let core = core_span(text, span);
        let mut prefix = None;
        let mut contains = None;
        for f in found {
            let m = &self.markers.list[f.marker];
            match m.kind {
                Match::Line | Match::Heading | Match::Section
                    if f.span.start <= core.start && f.span.end >= without_count(text, core).end =>
                {
                    return Some(*f);
                }
                Match::Prefix if f.span.start <= core.start && prefix.is_none() => prefix = Some(*f),
                // The first marker inside the line, or a later strong one after weak ones.
                Match::Contains
                    if contains.is_none_or(|c: Found| m.strong && !self.markers.list[c.marker].strong) =>
                {
                    contains = Some(*f)
                }
                // "Halaman 1/2   Selanjutnya": a page counter, alone or with other markers.
                Match::Pager if f.span.start <= core.start => {
                    if let Some(r) = page_counter_end(text, Span::new(f.span.end, core.end)) {
                        let rest = Span::new(r, core.end).trim(text);
                        let bare = rest
                            .slice(text)
                            .is_some_and(|t| !t.chars().any(char::is_alphanumeric));
                        if bare || self.only_markers(text, rest, found).is_some() {
                            return Some(*f);
                        }
                    }
                }
                _ => {}
            }
        }
        prefix
            .or(contains)
            .or_else(|| self.only_markers(text, core, found))
    }

    /// The first marker of a line made of line and prefix markers and the marks between them
    /// ("Advertisement · Scroll to continue"); a prefix marker takes the rest of the line.
    fn only_markers(&self, text: &str, core: Span, found: &[Found]) -> Option<Found> {
        // Between markers only marks, or page numbers ("1   2   Berikutnya").
        let bare = |a: usize, b: usize| {
            a >= b
                || text.get(a..b).is_some_and(|g| {
                    !g.chars()
                        .any(|c| c.is_alphabetic() || c.is_numeric() && !c.is_ascii_digit())
                })
        };
        let mut pos = core.start;
        let mut first = None;
        for f in found {
            let kind = self.markers.list[f.marker].kind;
            if !matches!(kind, Match::Line | Match::Prefix) || f.span.start < pos || !bare(pos, f.span.start)
            {
                continue;
            }
            first = first.or(Some(*f));
            pos = if kind == Match::Prefix {
                core.end
            } else {
                f.span.end
            };
        }
        first.filter(|_| bare(pos, core.end))
    }

    /// A date standing in a short line, as bylines and datelines write it.
    fn date_line(&self, text: &str, span: Span, words: usize) -> Option<(dates::Mention, usize)> {
        let line = span.slice(text)?;
        let found = line_dates(line, None);
        let first = found.into_iter().find(|m| {
            matches!(
                m.kind,
                dates::Kind::Date | dates::Kind::Time | dates::Kind::Partial
            ) && !m.from_reference
        })?;
        let inside = text::word_count(line, first.span());
        let outside = words.saturating_sub(inside);
        // "by 2025" in a headline is no date line; a year alone stands only with a label.
        let most = if first.kind == dates::Kind::Partial { 2 } else { 12 };
        // A date opening with its weekday or month needs no mark before it ("Tim detikNews -
        // detikNews Kamis, 20 Nov 2025").
        let opens_with_word = line
            .get(first.start..)
            .and_then(|d| d.chars().next())
            .is_some_and(char::is_alphabetic);
        if outside > most
            || !self.byline_shape(line.get(..first.start).unwrap_or(""), opens_with_word)
                && !self.named_on(text, span, span.start + first.start)
                && !self.signed_by(text, Span::new(span.start, span.start + first.start))
        {
            return None;
        }
        let mut m = first;
        m.start += span.start;
        m.end += span.start;
        Some((m, outside))
    }

    /// Whether `before` is a byline's word and a name, all that stands before a date with no
    /// mark between them ("By Htet Wai Lin 13 February 2025").
    fn signed_by(&self, text: &str, before: Span) -> bool {
        let before = before.trim(text);
        let Some((marker, _)) = self
            .byline_prefixes(text, before)
            .find(|(f, _)| f.span.start == before.start)
        else {
            return false;
        };
        let rest = Span::new(marker.span.end, before.end).trim(text);
        self.byline_name(text, rest).is_some_and(|n| {
            Some(n.as_str()) == rest.slice(text) && (2..=5).contains(&n.split_whitespace().count())
        })
    }

    /// Whether what stands before a date is what a byline or dateline puts there: nothing, a
    /// label ("Published:", "Date:"), or a name or site and a separator ("Kompas.com - ",
    /// "Wahyu Dwi Anggoro • "); not the start of a sentence ("Rapat digelar ...").
    fn byline_shape(&self, before: &str, date_opens_with_word: bool) -> bool {
        let mut b = before.trim();
        // "Published 6 hours ago on 2025/02/18": the page's note of its age stands between the
        // label and the date.
        if let Some(head) = self.without_age(b) {
            b = head;
        }
        if b.is_empty() {
            return true;
        }
        // "Sen Vichea | Publication date 12 September 2026": a label between the byline's
        // separator and the date is the date's.
        // ("Ananya Mishra / TNN / Updated: Mar 12, 2025": the label's colon too.)
        let unlabelled = b.strip_suffix(':').map_or(b, str::trim_end);
        if let Some(rest) = self.date_labels.iter().find_map(|l| {
            let cut = unlabelled.len().checked_sub(l.len())?;
            let tail = unlabelled.get(cut..)?;
            let head = &unlabelled[..cut];
            (tail.eq_ignore_ascii_case(l) && (head.is_empty() || head.ends_with(char::is_whitespace)))
                .then(|| head.trim_end())
        }) {
            // A label alone ("Published at 11:30 pm May 26th, 2030").
            if rest.is_empty() {
                return true;
            }
            if rest.chars().next_back().is_some_and(|c| !c.is_alphanumeric()) {
                b = rest;
            }
        }
        let words = b.split_whitespace().count();
        if b.ends_with(':') {
            return words <= 3;
        }
        // "Filed 03 Jun 2024", "Diperbarui 3 April 2024": a one- or two-word label.
        if words <= 2
            && b.split_whitespace()
                .all(|w| is_capitalized(w) && w.chars().all(char::is_alphabetic))
        {
            return true;
        }
        // Any mark between the place or name and the date: "-", "|", "•", "●", "·", "/", ",".
        let separated = b
            .chars()
            .next_back()
            .is_some_and(|c| !c.is_alphanumeric() && !matches!(c, ')' | ']' | '"' | '\'' | '.' | '\u{201d}'));
        let lower_content = b
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.contains('.')) // a site's domain: "Kompas.com"
            // A brand written in camel case ("detikNews", "iNews") is a name.
            .filter(|w| !w.chars().skip(1).any(char::is_uppercase))
            .filter(|w| w.chars().next().is_some_and(char::is_lowercase) && !self.is_function_word(w))
            .count();
        (separated || date_opens_with_word) && words <= 6 && lower_content == 0
    }

    /// `before` less a note of the page's age at its end: a number, a word of time, an age word
    /// (`age` rows of the date labels: "ago", "lalu"), and at most one short word or mark that
    /// leads to the date ("on", "pada", "|").
    fn without_age<'b>(&self, before: &'b str) -> Option<&'b str> {
        let words: Vec<(usize, &str)> = before
            .split_whitespace()
            .map(|w| (w.as_ptr() as usize - before.as_ptr() as usize, w))
            .collect();
        let n = words.len();
        let age_at = (n.saturating_sub(2)..n)
            .rev()
            .find(|&k| self.age_words.iter().any(|a| words[k].1.eq_ignore_ascii_case(a)))?;
        let lead = &words[age_at + 1..];
        if lead
            .iter()
            .any(|(_, w)| w.chars().count() > 4 || w.chars().any(char::is_uppercase))
        {
            return None;
        }
        // ("6 jam yang lalu": a word may stand between the unit and the age word.)
        let number =
            (age_at.saturating_sub(3)..age_at).find(|&k| words[k].1.chars().all(|c| c.is_ascii_digit()))?;
        let unit = &words[number + 1..age_at];
        if unit.is_empty() || !unit.iter().all(|(_, w)| w.chars().all(char::is_alphabetic)) {
            return None;
        }
        Some(before[..words[number].0].trim_end())
    }

    /// Whether the line `span` is a note about the reporter `author` (one name, or several
    /// joined by "and" or commas): it opens with a reporter's full name or surname, then a
    /// verb of such notes ("covers") or a reporter's role follows in the line.
    fn about_author(&self, text: &str, span: Span, author: &str) -> bool {
        let Some(line) = span.slice(text) else {
            return false;
        };
        let line = line.trim_start();
        // Most lines open with no reporter's name: ruled out before any word list is built.
        let first = line.split_whitespace().next().unwrap_or("");
        let opens = |w: &str| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            !w.is_empty() && first.get(..w.len()).is_some_and(|h| h.eq_ignore_ascii_case(w))
        };
        if !author.split_whitespace().any(opens) {
            return false;
        }
        let words: Vec<&str> = line.split_whitespace().take(40).collect();
        author
            .split([',', '&'])
            .flat_map(|a| a.split(" and "))
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .any(|name| {
                let surname = name.split_whitespace().next_back().unwrap_or("");
                // The name alone on its line, over the note.
                if line.trim_end().eq_ignore_ascii_case(name) {
                    return true;
                }
                let skip = if line.len() >= name.len()
                    && line
                        .get(..name.len())
                        .is_some_and(|h| h.eq_ignore_ascii_case(name))
                {
                    name.split_whitespace().count()
                } else if words.first().is_some_and(|w| w.eq_ignore_ascii_case(surname)) && surname.len() > 2
                {
                    1
                } else {
                    return false;
                };
                let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
                words
                    .get(skip)
                    .is_some_and(|w| self.bio_verbs.contains(bare(w).as_str()))
                    || words
                        .iter()
                        .skip(skip)
                        .take(8)
                        .any(|w| self.byline_roles.contains(bare(w).as_str()))
            })
    }

    /// Whether the words before a date label an update time ("UPDATED", "Diperbarui:").
    /// Whether `word` is a one-word date label ("Published", "PUBLISHED", "Diterbitkan").
    fn is_date_label(&self, word: &str) -> bool {
        self.date_labels.iter().any(|l| l.eq_ignore_ascii_case(word))
    }

    fn labels_update(&self, text: &str, before: Span) -> bool {
        let Some(b) = before.slice(text) else { return false };
        let b = b.trim_start().to_lowercase();
        self.update_words.iter().any(|w| {
            b.strip_prefix(w.as_str())
                .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
        })
    }

    /// The name of a byline line that credits its outlet in brackets ("Nur Fitriani (The
    /// Archipelago Post)", "Budi Santoso (ANTARA)") or by its web address after a dash
    /// ("Rahmad Wijaya - Bisnis.com") or its masthead after a dash, a bar or a slash ("Hem
    /// Sopheara / Khmer Times"): two to four name words, then the outlet.
    fn byline_with_outlet(&self, text: &str, line: Span) -> Option<String> {
        let s = line.slice(text)?.trim();
        // "Rahmad Wijaya - Bisnis.com": the outlet's web address after a dash; "Carmela Dizon -
        // The Philippine Star": its name in capitalized words, which the page names elsewhere
        // too (its masthead), so that "Joko Widodo - Prabowo Subianto Meet" stays a headline.
        let address = |site: &str| {
            site.split_whitespace().count() == 1
                && site.contains('.')
                && site.chars().next().is_some_and(char::is_alphabetic)
                && !site.ends_with('.')
        };
        // The masthead stands above the byline, within the page's head: only the text just
        // before the line is searched, so that many such lines cost no more than their length.
        let mut from = line.start.saturating_sub(MASTHEAD_REACH);
        while !text.is_char_boundary(from) {
            from -= 1;
        }
        // The masthead may be written in capitals, or some of it ("ASTRO AWANI", "Kabar
        // PASAR" above "... | Kabar Pasar"): case aside.
        let masthead = |site: &str| {
            (1..=4).contains(&site.split_whitespace().count())
                && site.split_whitespace().all(is_capitalized)
                && text
                    .get(from..line.start)
                    .is_some_and(|head| head.to_lowercase().contains(&site.to_lowercase()))
        };
        // A newspaper's name needs no masthead: "The" and capitalized words ("Rhea Tan - The
        // Philippine Star" under a masthead "Philstar.com").
        let newspaper = |site: &str| {
            site.strip_prefix("The ").is_some_and(|rest| {
                (1..=3).contains(&rest.split_whitespace().count())
                    && rest.split_whitespace().all(is_capitalized)
            })
        };
        // The name and the outlet are parted by a dash, a bar or a slash between spaces; or by
        // a comma when the outlet is the masthead above ("Dewi Lestari, Kabar Pasar").
        let marked = OUTLET_MARKS
            .iter()
            .filter_map(|m| s.find(m).map(|i| (i, m.len())))
            .min()
            .filter(|&(sep, mark)| {
                s.get(sep + mark..)
                    .is_some_and(|site| address(site) || masthead(site) || newspaper(site))
            });
        let comma = || {
            s.find(", ")
                .filter(|&sep| {
                    s.get(sep + 2..)
                        .is_some_and(|site| !site.contains(',') && masthead(site))
                })
                .map(|sep| (sep, 2))
        };
        if let Some((sep, _)) = marked.or_else(comma) {
            let start = line.start + (line.slice(text)?.len() - line.slice(text)?.trim_start().len());
            // "By X / site.com": the byline word is no name.
            let from = self
                .byline_prefixes(text, Span::new(start, start + sep))
                .find(|(f, _)| f.span.start == start)
                .map_or(start, |(f, _)| f.span.end);
            let name = self.byline_name(text, Span::new(from, start + sep))?;
            return (2..=4).contains(&name.split_whitespace().count()).then_some(name);
        }
        let open = s.find('(')?;
        let outlet = s.get(open + 1..)?.strip_suffix(')')?;
        if outlet.is_empty() || outlet.contains(['(', ')']) || outlet.split_whitespace().count() > 6 {
            return None;
        }
        let name = self.byline_name(text, Span::new(line.start, line.start + open))?;
        (2..=4).contains(&name.split_whitespace().count()).then_some(name)
    }

    /// The byline markers that open a name ("Oleh", "By:") inside `region`, in text order.
    fn byline_prefixes(&self, text: &str, region: Span) -> impl Iterator<Item = (Found, &Marker)> {
        self.markers
            .find(text, region)
            .into_iter()
            .map(|f| (f, &self.markers.list[f.marker]))
            .filter(|(_, m)| m.reason == Reason::Byline && m.kind == Match::Prefix)
    }

    /// Whether a byline word opens the line `span` and a name linked by a function word
    /// stands between it and the date at `date_start` ("By Jessica Liaw on October 4, 2026",
    /// "Oleh Rina Marlina pada 4 Oktober 2026").
    fn named_on(&self, text: &str, span: Span, date_start: usize) -> bool {
        let Some((f, _)) = self
            .byline_prefixes(text, Span::new(span.start, date_start))
            .find(|(f, _)| {
                text.get(span.start..f.span.start)
                    .is_some_and(|g| g.trim().is_empty())
            })
        else {
            return false;
        };
        let words: Vec<&str> = text
            .get(f.span.end..date_start)
            .unwrap_or("")
            .split_whitespace()
            .collect();
        match words.split_last() {
            Some((link, name)) => {
                self.is_function_word(link)
                    && (1..=5).contains(&name.len())
                    && name.iter().all(|w| is_capitalized(w))
            }
            None => false,
        }
    }

    /// The author's name before a date in a byline ("Wahyu Dwi Anggoro • 05 August 2022").
    fn author_before(&self, text: &str, line: Span, date_start: usize) -> Option<String> {
        // "Oleh Ahmad Fauzi - 5 Mac 2024", "By Jane Doe | ...": the byline word is no name.
        let from = self
            .byline_prefixes(text, Span::new(line.start, date_start))
            .find(|(f, _)| {
                text.get(line.start..f.span.start)
                    .is_some_and(|g| g.trim().is_empty())
            })
            .map_or(line.start, |(f, _)| f.span.end);
        let name = self.byline_name(text, Span::new(from, date_start))?;
        (name.split_whitespace().count() >= 2).then_some(name)
    }

    /// Whether `line` names reporters at places: names of two to four capitalized words, each
    /// group at a place of one to three ("Hannah Ellery in Jakarta and Saiful Haque in Cox's
    /// Bazar", "Ana Lim and Budi Santoso in Jakarta"), and nothing else.
    fn placed_byline(&self, line: &str) -> bool {
        let mut names = 0; // capitalized words since the last joining word or place
        let mut place: Option<usize> = None; // capitalized words after the last "in"
        let mut placed = false;
        for w in line.split_whitespace() {
            let bare = w.trim_end_matches(',');
            match self.byline_places.get(bare) {
                Some(true) if place.is_none() && (2..=4).contains(&names) => {
                    place = Some(0);
                    names = 0;
                }
                Some(false) => {
                    // "and" joins two reporters, or the place's end and the next reporter.
                    if place.is_some_and(|p| p == 0) || place.is_none() && !(2..=4).contains(&names) {
                        return false;
                    }
                    placed |= place.is_some();
                    place = None;
                    names = 0;
                }
                _ => {
                    let word_ok = is_capitalized(bare)
                        && !self.is_function_word(bare)
                        && bare
                            .chars()
                            .all(|c| c.is_alphabetic() || matches!(c, '\'' | '\u{2019}' | '-' | '.'));
                    if !word_ok {
                        return false;
                    }
                    match place.as_mut() {
                        Some(p) if *p < 3 => *p += 1,
                        Some(_) => return false,
                        None => names += 1,
                    }
                    // A comma closes a reporter's place ("X in Jakarta, Y in Bangkok").
                    if bare.len() < w.len() {
                        if place.is_some_and(|p| p > 0) {
                            placed = true;
                            place = None;
                            names = 0;
                        } else {
                            return false;
                        }
                    }
                }
            }
        }
        match place {
            Some(p) => p > 0,
            None => placed && names == 0,
        }
    }

    /// The reporters' names of a placed byline, without their places ("Hannah Ellery in
    /// Jakarta and Saiful Haque in Cox's Bazar" gives "Hannah Ellery and Saiful Haque").
    fn placed_names(&self, line: &str) -> Option<String> {
        let mut out: Vec<&str> = Vec::new();
        let mut at_place = false;
        for w in line.split_whitespace() {
            let bare = w.trim_end_matches(',');
            match self.byline_places.get(bare) {
                Some(true) => at_place = true,
                Some(false) => {
                    at_place = false;
                    if !out.is_empty() {
                        out.push(bare);
                    }
                }
                None if !at_place => out.push(bare),
                None => {
                    if bare.len() < w.len() {
                        at_place = false;
                    }
                }
            }
        }
        while out
            .last()
            .is_some_and(|w| self.byline_places.get(w) == Some(&false))
        {
            out.pop();
        }
        (!out.is_empty()).then(|| out.join(" "))
    }

    /// A person's name at the start of `span`, up to a separator; `None` when it is not one.
    fn byline_name(&self, text: &str, span: Span) -> Option<String> {
        let s = span.slice(text)?;
        let s = s.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '-' | '|' | '•' | '/'));
        let end = s
            .find(['|', '•', ',', '/', '(', '\u{2013}', '\u{2014}'])
            .into_iter()
            .chain(s.find(" - "))
            .min()
            .unwrap_or(s.len());
        let name = s[..end].trim().trim_end_matches(['-', ':', '.']).trim();
        let mut parts: Vec<&str> = name.split_whitespace().collect();
        // "By Jessica Liaw on October 4": the word that links the name to its date is no
        // part of it.
        while parts.last().is_some_and(|p| self.is_function_word(p)) {
            parts.pop();
        }
        // At most six words a name, and a few names joined ("By X Y Z and A B C").
        let longest_name = parts
            .split(|p| self.is_function_word(p))
            .map(<[&str]>::len)
            .max()
            .unwrap_or(0);
        if parts.is_empty() || longest_name > 6 || parts.len() > 20 {
            return None;
        }
        let ok = parts.iter().all(|p| {
            let letters_only = p
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '-'));
            let domain = p.contains('.')
                && p.rsplit('.')
                    .next()
                    .is_some_and(|t| t.len() >= 2 && t.chars().all(|c| c.is_lowercase()));
            // A brand in camel case names a desk ("Tim detikNews").
            let camel = p.chars().skip(1).any(char::is_uppercase);
            letters_only
                && !domain
                && (is_capitalized(p) || camel || self.is_function_word(p) || self.name_particles.contains(p))
        });
        (ok && is_capitalized(parts[0])).then(|| parts.join(" "))
    }

    /// The best headline candidate near the top.
    fn find_title(&self, text: &str, lines: &[Line], first_anchor: Option<usize>) -> Option<usize> {
        let mut best: Option<(i32, usize)> = None;
        // The page's copyright lines, found once and only when a short line may be a masthead.
        let copyright: std::cell::OnceCell<Vec<&str>> = std::cell::OnceCell::new();
        // Outlets named in bylines ("Name (Outlet)").
        let outlets: Vec<&str> = lines
            .iter()
            .take(TITLE_WINDOW + 8)
            .filter(|l| l.byline)
            .filter_map(|l| {
                let s = l.span.slice(text)?.trim();
                s.rfind('(').and_then(|o| s.get(o + 1..)?.strip_suffix(')'))
            })
            .filter(|o| !o.trim().is_empty())
            .collect();
        let is_dated_byline = |n: &Line| {
            n.date.is_some()
                || n.byline
                || n.label.is_some()
                || n.marker
                    .is_some_and(|f| self.markers.list[f.marker].reason == Reason::Byline)
        };
        // Reporters at their places right above the date line are its byline, and so is a
        // line of only a name there under a line that may be the headline ("Abdul-Rahman
        // Sulemana", then "Mar - 28 - 2025 , 09:41"; a short headline reads as a name too).
        let is_byline = |i: usize| {
            lines.get(i).is_some_and(|n| {
                is_dated_byline(n)
                    || (n.placed
                        || n.person && i > 0 && lines.get(i - 1).is_some_and(|p| p.headline && !p.person))
                        && lines.get(i + 1).is_some_and(is_dated_byline)
            })
        };
        // Prose lines met so far: a banner's or teaser's line or two may stand above the
        // headline, an article's paragraphs may not.
        let mut prose_above = 0;
        // A long menu can push the headline down: the window reaches the article's first
        // paragraph and the lines right under it, wherever it starts in the head.
        let window = TITLE_WINDOW.max(first_anchor.map_or(0, |a| (a + 3).min(HEAD_LINES)));
        for (i, l) in lines.iter().enumerate().take(window) {
            // The author's name above the reporter's role is no headline.
            if l.person && lines.get(i + 1).is_some_and(|n| n.byline) {
                continue;
            }
            // A headline stands right above its byline or date line (a separator line of
            // symbols may stand between: "Ahmad Faiz Ridzuan", " - ", "1 Apr 2026").
            let next = is_byline(i + 1) || lines.get(i + 1).is_some_and(|n| n.symbols) && is_byline(i + 2);
            let followed_by_date = next || is_byline(i + 2);
            if l.prose {
                prose_above += 1;
            }
            if first_anchor.is_some_and(|a| i > a) && !followed_by_date {
                if prose_above > 2 {
                    break;
                }
                continue;
            }
            // A weak marker word inside a line does not make it noise ("2.3 million sign up
            // for early voting; ..."); a promotion opens its line with it.
            let marked = l
                .marker
                .is_some_and(|f| self.markers.list[f.marker].strong || opens_line(text, l.span, f.span));
            if !l.headline
                || l.byline
                || marked
                || l.crawler.is_some()
                || l.date.is_some()
                || l.symbols
                || l.credit
                || l.label.is_some()
            {
                continue;
            }
            if l.words < 3 && !(l.title_case && followed_by_date) {
                continue;
            }
            // A time on its own line beside the date line ("7:45 PM MYT") is no headline.
            if l.words <= 4 && l.numbers > 0 && clock_line(text, l.span) {
                continue;
            }
            // "NEWSPAPER SECTION: Business": a field of the page under a label in capitals.
            if l.field
                && l.span
                    .slice(text)
                    .and_then(|t| t.split_once(':'))
                    .is_some_and(|(label, _)| text::is_all_caps(label.trim()))
            {
                continue;
            }
            let mut score = l.words.min(15) as i32;
            if next {
                score += 12;
            } else if followed_by_date {
                score += 6;
            }
            if l.title_case && l.words >= 4 {
                score += 6;
            }
            if l.duplicate {
                score -= 10;
            }
            // Reporters at their places above the date line are its byline; a headline of
            // that shape still wins where no other line does.
            if is_byline(i) {
                score -= 14;
            }
            // So is a line that is only a person's name right above it ("Sekar Ayu Pratiwi",
            // then "06.12.2025") when a headline stands above it (a short headline reads as a
            // name too: "Harga Beras Naik").
            if l.person && next && best.is_some() {
                score -= 14;
            }
            // Right below the date or byline also fits ("Date: ...", then the headline), and
            // below a page's "Label: value" lines.
            if i > 0 && (is_byline(i - 1) || lines.get(i - 1).is_some_and(|p| p.field)) {
                score += 8;
            }
            // A headline of two sentences is rarer than prose that lost its last full stop.
            if l.span.slice(text).is_some_and(|t| full_stops_inside(t) > 0) {
                score -= 8;
            }
            // Document numbers ("No. 045/PR/IV/2023") are no headlines.
            score -= 2 * l.numbers as i32;
            if l.code {
                score -= 12;
            }
            // The outlet's name, written again in a byline ("Dimas Wicaksono (The Jakarta
            // Post)"), is the masthead, not the headline.
            if outlets.iter().any(|o| {
                l.span
                    .slice(text)
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case(o))
            }) {
                continue;
            }
            // So is a short line that the page's copyright line names ("THE HARBOUR TIMES",
            // then "© The Harbour Times Ltd. All rights reserved.").
            if l.words <= 4
                && l.span.slice(text).is_some_and(|t| {
                    in_copyright(copyright.get_or_init(|| copyright_lines(text, lines)), t.trim())
                })
            {
                continue;
            }
            if best.is_none_or(|(b, _)| score > b) {
                best = Some((score, i));
            }
        }
        // A headline and the subtitle under it (a line or two) all stand above the byline: the
        // first of them is the headline.
        let above = |i: usize| {
            let p = lines.get(i.checked_sub(1)?)?;
            (p.headline
                && p.words >= 4
                && p.marker.is_none()
                && p.date.is_none()
                && p.label.is_none()
                && !p.credit
                && !p.code
                && !p.span.slice(text).is_some_and(ticker_line)
                && !lines.get(i)?.title_case)
                .then(|| i - 1)
        };
        best.map(|(_, i)| match above(i) {
            Some(p) => above(p).unwrap_or(p),
            None => i,
        })
    }

    /// Builds the page from the lines' fates: cuts inline noise inside kept lines, splits
    /// glued sentences, and writes the body.
    fn assemble(
        &self,
        text: &str,
        lines: &[Line],
        fates: &[Fate],
        pre_cuts: &[Vec<(Span, Reason)>],
        end_cuts: &[Option<Span>],
        meta: Meta,
    ) -> Page {
        let mut removed: Vec<Removed> = Vec::new();
        let mut paragraphs: Vec<Paragraph> = Vec::new();
        let title = meta.title.map(|s| clean_title(text, s));
        for (((l, fate), cuts), end_cut) in lines.iter().zip(fates).zip(pre_cuts).zip(end_cuts) {
            match *fate {
                Fate::Remove(reason) => removed.push(removal(text, l.span, reason)),
                Fate::Title => removed.push(removal(text, l.span, Reason::Title)),
                Fate::Keep => {
                    let mut pieces = vec![l.span];
                    if let Some(last) = cuts.last() {
                        for (c, reason) in cuts {
                            removed.push(removal(text, *c, *reason));
                        }
                        pieces = vec![Span::new(last.0.end, l.span.end).trim(text)];
                    }
                    if let Some(c) = l.crawler {
                        // "date 2022-08 <article...>": cut the header, keep the rest.
                        let cut = self
                            .crawler
                            .find(l.span.slice(text).unwrap_or(""))
                            .map_or(c.end, |m| l.span.start + m.end());
                        removed.push(removal(text, Span::new(l.span.start, cut), Reason::Header));
                        pieces = vec![Span::new(cut, l.span.end).trim(text)];
                    }
                    if let Some(c) = *end_cut {
                        removed.push(removal(text, c, Reason::Signature));
                        for p in &mut pieces {
                            *p = Span::new(p.start, p.end.min(c.start).max(p.start)).trim(text);
                        }
                    }
                    for piece in pieces {
                        self.cut_inline(text, piece, &l.found, &mut removed, &mut paragraphs);
                    }
                }
            }
        }
        removed.sort_by_key(|r| (r.start, r.end));
        let mut body = String::new();
        for p in &paragraphs {
            if !body.is_empty() {
                body.push('\n');
            }
            for (k, s) in p.sentences.iter().enumerate() {
                if k > 0 {
                    body.push(' ');
                }
                body.push_str(s.slice(text).unwrap_or(""));
            }
        }
        let published = meta.published(text, paragraphs.first().map(|p| p.start));
        Page {
            title,
            title_span: meta.title,
            author: meta.author,
            published,
            body,
            paragraphs,
            removed,
        }
    }

    /// Cuts "Baca: ..." fragments, byline and ad sentences, and a trailing reporter tag out
    /// of a kept line; what is left becomes one or more paragraphs.
    fn cut_inline(
        &self,
        text: &str,
        span: Span,
        found: &[Found],
        removed: &mut Vec<Removed>,
        out: &mut Vec<Paragraph>,
    ) {
        if span.is_empty() {
            return;
        }
        let sentences = text::sentences(text, span);
        let mut keep_from = span.start;
        let mut cuts: Vec<(Span, Reason)> = Vec::new();
        let mut next_marker = 0;
        for s in &sentences {
            // The line's markers are in text order; take the first one inside this sentence.
            while next_marker < found.len() && found[next_marker].span.start < s.start {
                next_marker += 1;
            }
            let Some(f) = found.get(next_marker).filter(|f| f.span.end <= s.end) else {
                continue;
            };
            let m = &self.markers.list[f.marker];
            // A marker glued to the end of the sentence before it ("... WITA.Baca juga: ...")
            // opens a sentence of its own.
            let glued = text
                .get(..f.span.start)
                .and_then(|b| b.chars().next_back())
                .is_some_and(|c| matches!(c, '.' | '!' | '?' | '"' | '\u{201d}'));
            let at_start = core_span(text, *s).start >= f.span.start || glued;
            let strong_inside = m.kind == Match::Contains
                && m.strong
                && matches!(m.reason, Reason::Footer | Reason::Ad | Reason::Caption);
            if !(at_start && m.kind == Match::Prefix && m.strong || strong_inside) {
                continue;
            }
            let (start, end) = match m.reason {
                Reason::ReadAlso if glued => (
                    f.span.start,
                    self.headline_end(text, Span::new(f.span.end, s.end)),
                ),
                Reason::ReadAlso => (s.start, self.headline_end(text, Span::new(f.span.end, s.end))),
                // A photo credit glued before the article's first sentence: cut the credit only.
                Reason::Caption if m.kind == Match::Contains => (
                    f.span.start,
                    self.headline_end(text, Span::new(f.span.end, s.end)),
                ),
                _ => (s.start, s.end),
            };
            cuts.push((Span::new(start, end), m.reason));
        }
        // A reporter's tag inside a line, followed by site noise: the article ends there
        // ("...25 March.(arh) Share this article: ...").
        if let Some(tag) = self.inner_signature(text, span) {
            let rest = Span::new(tag.end, span.end).trim(text);
            let found = self.markers.find(text, rest);
            if let Some(f) = found.first() {
                cuts.retain(|(c, _)| c.end <= tag.start);
                cuts.push((tag, Reason::Signature));
                cuts.push((rest, self.markers.list[f.marker].reason));
            }
        }
        // A reporter's tag closing the paragraph: "...dunia.(marpa)", "... next month. – Rappler.com",
        // "... minggu depan. – UTUSAN".
        if let Some(c) = span
            .slice(text)
            .and_then(|t| self.signature.captures(t))
            .and_then(|c| c.get(1))
        {
            let tag = Span::new(span.start + c.start(), span.start + c.end());
            if !cuts.iter().any(|(s, _)| s.overlaps(tag)) {
                cuts.push((tag, Reason::Signature));
            }
        }
        cuts.sort_by_key(|(s, _)| s.start);
        for (cut, reason) in cuts {
            if cut.start < keep_from {
                continue;
            }
            push_paragraph(text, Span::new(keep_from, cut.start), &sentences, out);
            removed.push(removal(text, cut, reason));
            keep_from = cut.end;
        }
        push_paragraph(text, Span::new(keep_from, span.end), &sentences, out);
    }

    /// The last reporter's tag that closes a sentence inside the line and is followed by more
    /// text ("...25 March.(arh) Share ...").
    fn inner_signature(&self, text: &str, span: Span) -> Option<Span> {
        let line = span.slice(text)?;
        let mut found = None;
        for m in self.inner_tag.captures_iter(line) {
            if let Some(g) = m.get(1) {
                found = Some(Span::new(span.start + g.start(), span.start + g.end()));
            }
        }
        found
    }

    /// Where a headline that follows a read-also marker ends: at its sentence end, or where a
    /// sentence glued after it starts (the last capitalized word before the first lower-case
    /// word that is not a function word).
    fn headline_end(&self, text: &str, span: Span) -> usize {
        let toks = text::tokenize_span(text, span);
        let mut last_cap: Option<usize> = None;
        // The last capitalized function word, and whether a comma followed it: "... 800 Ribu
        // Per 15/03/2024, Kementerian Kesehatan mencatat" starts its sentence at "Per".
        let mut opener: Option<(usize, bool)> = None;
        let mut headline_words = 0usize;
        for (k, t) in toks.iter().enumerate() {
            if t.kind == TokenKind::Punct
                && t.text(text) == ","
                && let Some((_, comma)) = opener.as_mut()
            {
                *comma = true;
            }
            match t.kind {
                // A dateline ("Jakarta - ...", "MAKASSAR: ...") starts the article.
                TokenKind::Punct
                    if k > 0
                        && matches!(t.text(text), "-" | "\u{2013}" | "\u{2014}")
                        && toks[k - 1].kind == TokenKind::Word
                        && is_capitalized(toks[k - 1].text(text))
                        && headline_words >= 2
                        && text.get(t.span.end..).is_some_and(|r| r.starts_with(' ')) =>
                {
                    return toks[k - 1].span.start;
                }
                // An opening quote glued to the headline starts a quoted sentence: `Batam"Sejak`.
                TokenKind::Punct
                    if headline_words >= 2
                        && (t.text(text) == "\u{201c}"
                            || t.text(text) == "\""
                                && !text::word_start_at(text, t.span.start)
                                && !text::word_end_at(text, t.span.end)) =>
                {
                    return t.span.start;
                }
                TokenKind::Word => {
                    let w = t.text(text);
                    if is_capitalized(w) {
                        if headline_words >= 3 && self.is_function_word(w) {
                            opener = Some((k, false));
                        }
                        last_cap = Some(k);
                        headline_words += 1;
                    } else if self.is_function_word(w) {
                        headline_words += 1;
                    } else if w.chars().next().is_some_and(char::is_lowercase) {
                        // A sentence started at the last capitalized word.
                        if let Some((o, true)) = opener {
                            return toks[o].span.start;
                        }
                        return match last_cap {
                            Some(c) if headline_words >= 3 && c > 0 => toks[c].span.start,
                            // A headline in sentence case ("Rice prices hit 15-year high as
                            // India extends export curbs The ministers' ..."): the next sentence
                            // starts at a capitalized function word after a lower-case word.
                            _ => (k + 1..toks.len())
                                .find(|&j| {
                                    let w = toks[j].text(text);
                                    toks[j].kind == TokenKind::Word
                                        && is_capitalized(w)
                                        && self.is_function_word(w)
                                        && toks[j - 1].kind == TokenKind::Word
                                        && !is_capitalized(toks[j - 1].text(text))
                                })
                                .map_or(span.end, |j| toks[j].span.start),
                        };
                    }
                }
                TokenKind::Number => headline_words += 1,
                _ => {}
            }
        }
        span.end
    }
}

/// Publication metadata gathered while reading the lines.
#[derive(Debug, Default)]
struct Meta {
    title: Option<Span>,
    author: Option<String>,
    /// Date spans from date lines, with whether the value is a crawler's ISO date and whether
    /// the line stands in or near the head.
    published_candidates: Vec<(Span, bool, bool)>,
    /// Those of the candidates labelled as an update time.
    updated: Vec<Span>,
    /// Candidates' dates with the time written on a line of its own beside them.
    times: Vec<(Span, Span)>,
}

impl Meta {
    /// The first stated publication time, made more precise by a later one that agrees. A date
    /// under the headline is the article's; one above it is the masthead's (often the day the
    /// page was read), taken only when nothing under the headline gives one.
    ///
    /// `article` is where the article's first paragraph starts: a date after it (a "Published:"
    /// line at the foot) is taken only when the head gives none.
    fn published(&self, text: &str, article: Option<usize>) -> Option<String> {
        // Where the date stands first; then a publication time before an update time.
        let rank = |&(span, _, head): &(Span, bool, bool)| {
            // A date line near the headline is the head's even after a standfirst kept as the
            // article's first paragraph.
            let zone = if !head && article.is_some_and(|a| span.start >= a) {
                2
            } else if self.title.is_some_and(|t| span.start < t.end) {
                1
            } else {
                0
            };
            2 * zone + usize::from(self.updated.contains(&span))
        };
        let first = self.published_candidates.iter().map(rank).min();
        let mut best: Option<String> = None;
        for &(span, iso, _) in self
            .published_candidates
            .iter()
            .filter(|c| Some(rank(c)) == first)
        {
            let value = if iso {
                span.slice(text).map(str::to_string)
            } else {
                span.slice(text)
                    .and_then(|t| line_dates(t, None).into_iter().next())
                    .map(|m| m.value)
            };
            let Some(mut v) = value else { continue };
            if v.len() == 10
                && let Some(&(_, time)) = self.times.iter().find(|(d, _)| *d == span)
                && let Ok(day) = v.parse::<crate::Date>()
                && let Some(m) = time
                    .slice(text)
                    .and_then(|t| dates::find_dates(t, Some(day)).into_iter().next())
                && m.value.starts_with(v.as_str())
            {
                v = m.value;
            }
            match &best {
                None => best = Some(v),
                Some(b) if v.len() > b.len() && v.starts_with(b.as_str()) => best = Some(v),
                _ => {}
            }
        }
        best
    }
}

/// The date mentions of a head or foot line, read also where a page glued the parts of its
/// date line together: the year to the clock time ("November 18, 20256:42 AM": the year
/// 2025, then 6:42), or a zone's offset to the next word ("GMT+7Updated"). Spans index `line`.
fn line_dates(line: &str, reference: Option<crate::Date>) -> Vec<dates::Mention> {
    let cuts = glue_cuts(line);
    if cuts.is_empty() {
        return dates::find_dates(line, reference);
    }
    let mut unglued = String::with_capacity(line.len() + cuts.len());
    let mut from = 0;
    for &cut in &cuts {
        unglued.push_str(&line[from..cut]);
        unglued.push(' ');
        from = cut;
    }
    unglued.push_str(&line[from..]);
    // An offset in `unglued` back in `line`: less one for each space put before it.
    let back = |at: usize| {
        let mut shift = 0;
        for (k, &cut) in cuts.iter().enumerate() {
            if at > cut + k {
                shift += 1;
            }
        }
        at - shift
    };
    dates::find_dates(&unglued, reference)
        .into_iter()
        .filter_map(|mut m| {
            m.start = back(m.start);
            m.end = back(m.end);
            m.text = line.get(m.start..m.end)?.to_string();
            Some(m)
        })
        .collect()
}

/// Where `line` glues parts of a date line together: after a year run into the clock time
/// ("20256:42": at the "6"), and before a word glued after a digit ("+7Updated": at the "U").
/// One pass over the bytes, ASCII only.
fn glue_cuts(line: &str) -> Vec<usize> {
    let b = line.as_bytes();
    let mut cuts = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        let run = i - start;
        let boundary = start == 0 || !b[start - 1].is_ascii_alphanumeric();
        // A year (19xx, 20xx) and one or two digits of an hour, then ":" or "." and minutes.
        if boundary
            && (5..=6).contains(&run)
            && (b[start..start + 2] == *b"19" || b[start..start + 2] == *b"20")
            && matches!(b.get(i), Some(b':' | b'.'))
            && b.get(i + 1).is_some_and(u8::is_ascii_digit)
            && b.get(i + 2).is_some_and(u8::is_ascii_digit)
            && !b.get(i + 3).is_some_and(u8::is_ascii_digit)
        {
            cuts.push(start + 4);
        }
        // A capitalized word glued after the digits.
        if b.get(i).is_some_and(u8::is_ascii_uppercase) && b.get(i + 1).is_some_and(u8::is_ascii_lowercase) {
            cuts.push(i);
        }
    }
    cuts
}

/// Whether `marker` opens the line `line`: nothing but marks stands before it.
fn opens_line(text: &str, line: Span, marker: Span) -> bool {
    text.get(line.start..marker.start)
        .is_some_and(|b| !b.chars().any(char::is_alphanumeric))
}

/// Whether the line `span` holds a clock time and nothing else ("3:05 PM MYT", "14.20 WIB").
fn clock_line(text: &str, span: Span) -> bool {
    let Some(line) = span.slice(text) else {
        return false;
    };
    let trimmed = line.trim();
    let lead = line.len() - line.trim_start().len();
    let Some(day) = crate::Date::new(2000, 1, 3) else {
        return false;
    };
    let found = dates::find_dates(line, Some(day));
    matches!(found.as_slice(), [m] if m.kind == dates::Kind::Time
        && m.start == lead
        && m.end == lead + trimmed.len()
        && m.value.starts_with("2000-01-03T"))
}

/// Whether the line's last character is `c`.
/// Whether the line opens with a caption's label: two to six words in capitals, no comma, then
/// a dash and text in lower case ("SIDANG JBC - Delegasi ..."). One word before a dash is
/// a dateline's town ("JAKARTA - ...") far more often.
/// Whether the line opens with a dateline: a town in capitals, then a comma, a colon or a
/// dash ("SALALAH, Sept 24 – ...", "KUALA LUMPUR – ...", "MANILA: ...").
fn opens_with_dateline(text: &str, span: Span) -> bool {
    let Some(line) = span.slice(text) else {
        return false;
    };
    let town_end = line
        .char_indices()
        .find(|&(_, c)| !(c.is_uppercase() || c == ' ' || c == '.'))
        .map_or(line.len(), |(at, _)| at);
    let town = line[..town_end].trim_end();
    let rest = &line[town.len()..];
    town.chars().filter(|c| c.is_uppercase()).count() >= 3
        && town.split_whitespace().count() <= 3
        && (rest.starts_with([',', ':'])
            || rest.trim_start().starts_with(['-', '\u{2013}', '\u{2014}']) && rest.starts_with(' '))
}

/// Whether the line opens with an outlet's name and a town in capitals before a dash
/// ("POS-KUPANG.COM, ATAMBUA - ...").
fn opens_with_outlet_dateline(text: &str, span: Span) -> bool {
    let Some(line) = span.slice(text) else {
        return false;
    };
    let Some(dash) = [" - ", " \u{2013} ", " \u{2014} "]
        .iter()
        .filter_map(|d| line.get(..60.min(line.len())).unwrap_or(line).find(d))
        .min()
    else {
        return false;
    };
    let head = &line[..dash];
    head.contains(',')
        && head.split_whitespace().count() <= 4
        && head.chars().filter(|c| c.is_uppercase()).count() >= 6
        && !head.chars().any(char::is_lowercase)
}

fn caption_label(text: &str, span: Span) -> bool {
    let Some(line) = span.slice(text) else {
        return false;
    };
    let head = match line.char_indices().nth(80) {
        Some((cut, _)) => &line[..cut],
        None => line,
    };
    let Some(dash) = [" - ", " \u{2013} ", " \u{2014} "]
        .iter()
        .filter_map(|d| head.find(d))
        .min()
    else {
        return false;
    };
    let label = &line[..dash];
    let words = label.split_whitespace().count();
    (2..=6).contains(&words)
        && !label.contains(',')
        && label.chars().any(char::is_alphabetic)
        && !label.chars().any(char::is_lowercase)
        && line[dash..].chars().any(char::is_lowercase)
}

/// Where a page counter at the start of `span` ends: a number, a slash or one word ("dari",
/// "of"), and a number ("1/2", "2 of 5").
fn page_counter_end(text: &str, span: Span) -> Option<usize> {
    let part = span.slice(text)?;
    let number = |s: &str| {
        let n = s.bytes().take_while(u8::is_ascii_digit).count();
        (1..=3).contains(&n).then_some(n)
    };
    let mut at = part.len() - part.trim_start().len();
    at += number(&part[at..])?;
    let rest = &part[at..];
    let gap = rest.len() - rest.trim_start().len();
    let rest = &rest[gap..];
    let sep = if rest.starts_with('/') {
        1
    } else {
        let w = rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len());
        if w == 0 || w > 9 || gap == 0 {
            return None;
        }
        w
    };
    at += gap + sep;
    let rest = &part[at..];
    at += rest.len() - rest.trim_start().len();
    at += number(&part[at..])?;
    let after = part[at..].chars().next();
    (!after.is_some_and(char::is_alphanumeric)).then_some(span.start + at)
}

/// Whether `line` is a page or picture counter alone, perhaps between arrows ("‹ 1 of 8 ›",
/// "3 / 12", "2 dari 5").
fn counter_only(line: &str) -> bool {
    let core = line.trim_matches(|c: char| !c.is_alphanumeric());
    page_counter_end(core, Span::new(0, core.len())) == Some(core.len())
}

/// Bullets that only open list items.
const ROUND_BULLETS: [char; 4] = ['\u{2022}', '\u{00b7}', '\u{25aa}', '\u{25cf}'];

/// Whether lines `a` and `b` open with the same bullet and a space ("* ", "- ", "• ").
fn same_bullet(text: &str, a: Span, b: Span) -> bool {
    let bullet = |s: Span| {
        let line = s.slice(text)?;
        let mut chars = line.chars();
        let c = chars.next()?;
        (!c.is_alphanumeric() && chars.next() == Some(' ')).then_some(c)
    };
    // "Langkah 1: ..." over "Langkah 2: ...", "1. ..." over "2. ...": the same words before a
    // number, then the same mark after it.
    let numbered = |s: Span| {
        let line = s.slice(text)?;
        let digits = line.find(|c: char| c.is_ascii_digit())?;
        let (word, rest) = line.split_at(digits);
        let after = rest.trim_start_matches(|c: char| c.is_ascii_digit());
        let mark = after.chars().next().filter(|c| matches!(c, '.' | ':' | ')'))?;
        (word.len() <= 12 && word.chars().all(|c| c.is_alphabetic() || c == ' ')).then_some((word, mark))
    };
    bullet(a).is_some_and(|c| bullet(b) == Some(c)) || numbered(a).is_some_and(|n| numbered(b) == Some(n))
}

/// Whether a line opens with a dash or a star and a space ("- ", "* ", "– "): a bullet, or in
/// running text a dash before a sentence.
fn dash_bullet(line: &str) -> bool {
    line.starts_with(['-', '*', '\u{2013}']) && line.chars().nth(1) == Some(' ')
}

/// Whether a line opens with a list item's label: a number or a letter with "." or ")" ("2.",
/// "b)", "(iii)") or a bullet ("-", "•", "*"), then a space.
fn list_item_start(line: &str) -> bool {
    let line = line.trim_start();
    if line.starts_with(ROUND_BULLETS) {
        return line.chars().nth(1).is_some_and(char::is_whitespace);
    }
    if dash_bullet(line) {
        return true;
    }
    let body = line.strip_prefix('(').unwrap_or(line);
    let label_len = body
        .char_indices()
        .find(|&(_, c)| !c.is_ascii_alphanumeric())
        .map_or(body.len(), |(i, _)| i);
    let label = &body[..label_len];
    let short_label = !label.is_empty()
        && (label.len() <= 2 && label.bytes().all(|b| b.is_ascii_digit())
            || label.len() == 1
            || label.len() <= 4 && label.bytes().all(|b| matches!(b, b'i' | b'v' | b'x')));
    let rest = &body[label_len..];
    short_label && (rest.starts_with(". ") || rest.starts_with(") "))
}

fn line_ends_with(text: &str, span: Span, c: char) -> bool {
    span.slice(text).is_some_and(|t| t.trim_end().ends_with(c))
}

/// Whether a full stop ends a sentence inside the line ("... said. The ..."); "!" and "?" in a
/// tabloid headline do not count, nor do abbreviations.
/// How many sentences end inside the line (at ". " before a capital, not after an
/// abbreviation), a full stop at its end aside.
fn full_stops_inside(line: &str) -> usize {
    let trimmed = line.trim_end();
    let body = trimmed.strip_suffix('.').unwrap_or(trimmed);
    body.match_indices(". ")
        .filter(|&(i, _)| {
            let word = body[..i]
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            !text::is_abbreviation(word) && body[i + 2..].chars().next().is_some_and(char::is_uppercase)
        })
        .count()
}

/// Whether the line holds an e-mail or web address ("wnaisyah@hpt.com.my", "www.x.id"): a
/// contact line under a byline, never a headline.
fn has_address(line: &str) -> bool {
    line.split_whitespace().any(|w| {
        let lower = w.to_ascii_lowercase();
        lower.starts_with("http://")
            || lower.starts_with("https://")
            || lower.starts_with("www.")
            || w.split_once('@').is_some_and(|(user, host)| {
                !user.is_empty()
                    && host
                        .trim_end_matches(|c: char| !c.is_alphanumeric())
                        .contains('.')
            })
    })
}

/// Adds the part `span` of a line as a paragraph, with the line's sentences clipped to it.
fn push_paragraph(text: &str, span: Span, line_sentences: &[Span], out: &mut Vec<Paragraph>) {
    let span = span.trim(text);
    if span.is_empty() || !span.slice(text).unwrap_or("").chars().any(char::is_alphanumeric) {
        return;
    }
    let sentences = line_sentences
        .iter()
        .filter(|s| s.overlaps(span))
        .map(|s| Span::new(s.start.max(span.start), s.end.min(span.end)).trim(text))
        .filter(|s| !s.is_empty())
        .collect();
    out.push(Paragraph {
        start: span.start,
        end: span.end,
        sentences,
    });
}

/// The span without a trailing count in brackets: "COMMENTS (87" of "COMMENTS (87)", "Komentar (0".
fn without_count(text: &str, core: Span) -> Span {
    let s = core.slice(text).unwrap_or("");
    let digits = s.trim_end_matches(|c: char| c.is_ascii_digit());
    if digits.len() < s.len()
        && let Some(head) = digits.trim_end().strip_suffix('(')
    {
        return Span::new(core.start, core.start + head.trim_end().len());
    }
    core
}

/// The span without outer characters that are neither letters nor digits.
fn core_span(text: &str, span: Span) -> Span {
    let Some(s) = span.slice(text) else { return span };
    let start = s
        .char_indices()
        .find(|(_, c)| c.is_alphanumeric())
        .map_or(s.len(), |(i, _)| i);
    let end = s
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_alphanumeric())
        .map_or(start, |(i, c)| i + c.len_utf8());
    Span::new(span.start + start, span.start + end.max(start))
}

fn removal(text: &str, span: Span, reason: Reason) -> Removed {
    Removed {
        text: span.slice(text).unwrap_or("").to_string(),
        start: span.start,
        end: span.end,
        reason,
    }
}

/// The lines holding a copyright sign.
fn copyright_lines<'t>(text: &'t str, lines: &[Line]) -> Vec<&'t str> {
    lines
        .iter()
        .filter_map(|l| l.span.slice(text))
        .filter(|line| line.contains('\u{a9}'))
        .collect()
}

/// Whether one of the copyright lines names `name` as whole words, in any case.
fn in_copyright(copyright: &[&str], name: &str) -> bool {
    !name.is_empty()
        && copyright.iter().any(|line| {
            line.char_indices().any(|(at, _)| {
                line.get(at..at + name.len())
                    .is_some_and(|w| w.eq_ignore_ascii_case(name))
                    && !line[..at].chars().next_back().is_some_and(char::is_alphanumeric)
                    && !line[at + name.len()..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphanumeric)
            })
        })
}

/// Whether `line` reads as a news ticker, not a headline: it opens with a label in capitals
/// ("BREAKING: ...", "LIVE: ...") or joins headlines with bars ("A | B").
fn ticker_line(line: &str) -> bool {
    let line = line.trim();
    line.split_once(':').is_some_and(|(label, _)| {
        label.chars().count() >= 3 && !label.contains(' ') && text::is_all_caps(label)
    }) || line.contains(" | ")
}

/// Whether `line` is a sentence closed by a slash and a name of up to five capitalized words
/// ("Trucks wait at the bridge in January. / The Irrawaddy"): a photo's caption and credit.
fn slash_signed(line: &str) -> bool {
    let Some((sentence, name)) = line.trim_end().rsplit_once(" / ") else {
        return false;
    };
    let words = name.split_whitespace();
    sentence.trim_end().ends_with(['.', ')'])
        && (1..=5).contains(&words.clone().count())
        && words.clone().all(|w| {
            is_capitalized(w)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\''))
        })
}

fn clean_title(text: &str, span: Span) -> String {
    span.slice(text)
        .unwrap_or("")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether the line is a menu laid out with runs of spaces: four or more items of one to three
/// words ("Berita   Politik   Hukum   Ekonomi", "Contact Us   Feedback   Sitemap").
fn spaced_menu(line: &str) -> bool {
    if !line.contains("  ") {
        return false;
    }
    let mut items = 0;
    for chunk in line.split("  ").map(str::trim).filter(|c| !c.is_empty()) {
        if chunk.split_whitespace().nth(3).is_some() {
            return false;
        }
        items += 1;
    }
    items >= 4
}

/// Strips boilerplate from `text` with a stripper built once per process.
///
/// ```
/// let p = warta::boilerplate::strip("");
/// assert!(p.body.is_empty());
/// ```
pub fn strip(text: &str) -> Page {
    static STRIPPER: Lazy<Stripper> = Lazy::new(Stripper::new);
    STRIPPER.strip(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn noise_files_parse() {
        for f in markers::NOISE_FILES
            .iter()
            .chain(FUNCTION_WORDS.iter())
            .chain(BYLINE_ROLES.iter())
            .chain(BYLINE_PLACES.iter())
            .chain(UPDATE_WORDS.iter())
            .chain(DATE_LABELS.iter())
        {
            f.check().unwrap();
        }
    }

    #[test]
    fn a_sentence_announcing_a_list_ends_the_read_also_headlines() {
        let t = "Harga Beras Naik, Bulog Siapkan Operasi Pasar\n\nSenin, 2 Maret 2026\n\nHarga beras medium di pasar tradisional naik menjadi Rp 14.000 per kilogram pekan ini.\n\nBaca juga:\nStok Beras Aman hingga Lebaran, Kata Kepala Bapanas\n\nDirektur Utama Bulog menyebut perusahaan telah menyiapkan tiga langkah stabilisasi, yaitu:\n1. Operasi pasar di 120 titik\n2. Penyaluran beras SPHP ke ritel modern\n\nLangkah itu berlaku mulai pekan depan.\n";
        let p = strip(t);
        assert!(!p.body.contains("Stok Beras Aman"), "{}", p.body);
        assert!(
            p.body
                .contains("tiga langkah stabilisasi, yaitu:\n1. Operasi pasar"),
            "{}",
            p.body
        );
    }

    #[test]
    fn a_summary_box_and_an_outlet_address_after_the_last_sentence_are_noise() {
        let t = "Port Strike Enters Third Day in Manila\n\nApr 14, 2026 9:00 AM\n\nKey Points\n\u{2022} Dock workers walk out over unpaid overtime.\n\u{2022} Shipping lines divert cargo to Batangas.\n\nDock workers at the Port of Manila stayed off the job for a third day on Tuesday, union leaders said.\n\nRead: Why the port matters to the economy\n\nTalks with the port operator resume on Thursday. \u{2013} Newsdesk.ph\n";
        let p = strip(t);
        for noise in [
            "walk out over unpaid",
            "Batangas",
            "Why the port matters",
            "Newsdesk.ph",
        ] {
            assert!(!p.body.contains(noise), "{noise}: {}", p.body);
        }
        assert!(p.body.contains("stayed off the job"), "{}", p.body);
        assert!(p.body.ends_with("resume on Thursday."), "{}", p.body);
    }

    #[test]
    fn a_date_line_under_a_standfirst_caption_and_audio_player_is_the_heads() {
        let t = "Thailand to Extend Visa-Free Stays for Tourists\nOfficials hope longer stays will lift spending in the provinces.\nTourists walk along a beach in Phuket. (File photo: AFP/Lillian Suwanrumpha)\nListen to this article\nThis audio is generated by an AI tool.\nSomchai Wong\n12 Jun 2026 07:30PM\nBookmark\nWhatsApp   Telegram   Facebook   X   Copy link\nBANGKOK: Thailand will let visitors from 93 countries stay for 60 days without a visa from July, the government said on Friday.\n\nThe tourism ministry expects 40 million arrivals this year.\n";
        let p = strip(t);
        assert_eq!(p.published.as_deref(), Some("2026-06-12T19:30"));
        for noise in ["12 Jun 2026", "AI tool", "Copy link"] {
            assert!(!p.body.contains(noise), "{noise}: {}", p.body);
        }
        assert!(
            p.body.contains("BANGKOK: Thailand will let visitors"),
            "{}",
            p.body
        );
    }

    #[test]
    fn links_set_apart_by_bars_are_no_prose_even_ending_with_a_stop() {
        let t = "Ferry Service Resumes Between Batam and Singapore\n\n2 March 2026\n\nThe ferry operator resumed daily crossings on Monday after a two-week suspension for repairs.\n\nPassengers must book seats online at least a day ahead.\n\nFerry Times | Route Map | Questions about bookings? Write to our customer service team today.\n";
        let p = strip(t);
        assert!(!p.body.contains("Route Map"), "{}", p.body);
        assert!(p.body.ends_with("at least a day ahead."), "{}", p.body);
    }

    #[test]
    fn read_also_glued_to_the_end_of_a_paragraph() {
        let t = "Jalan Lintas Sumatera Kembali Dibuka\n\nRabu, 3 Desember 2025\n\nPetugas membersihkan material longsor sejak pagi, kata Kapolres kepada wartawan, Rabu (3/12/2025) pukul 14.00 WIB.Baca juga: Longsor Tutup Jalan Provinsi di Tanah Datar Selama Dua Hari\n\nKendaraan kini dapat melintas dengan sistem buka tutup.\n";
        let p = strip(t);
        assert!(p.body.contains("pukul 14.00 WIB.\n"), "{}", p.body);
        assert!(!p.body.contains("Longsor Tutup Jalan"), "{}", p.body);
    }

    #[test]
    fn inline_read_also_between_glued_sentences() {
        let t = "Hadir pula Wakil Gubernur dan sejumlah pejabat daerah dalam acara itu.Baca: Festival Budaya Digelar Meriah di Kota Lama Pengunjung datang dari berbagai daerah untuk menonton pawai.";
        let p = strip(t);
        assert_eq!(
            p.body,
            "Hadir pula Wakil Gubernur dan sejumlah pejabat daerah dalam acara itu.\nPengunjung datang dari berbagai daerah untuk menonton pawai."
        );
        assert_eq!(p.removed[0].reason, Reason::ReadAlso);
    }

    #[test]
    fn read_also_line_and_related_list() {
        let t = "Judul Utama Berita Ini\nParagraf pertama yang berisi kalimat lengkap tentang kejadian.\nBaca juga: Sesuatu Terjadi di Kota\nParagraf kedua juga berisi kalimat lengkap tentang kejadian itu.\nBerita Terkait\nJudul Lain Satu\nJudul Lain Dua\n";
        let p = strip(t);
        assert_eq!(p.title.as_deref(), Some("Judul Utama Berita Ini"));
        assert_eq!(
            p.body,
            "Paragraf pertama yang berisi kalimat lengkap tentang kejadian.\nParagraf kedua juga berisi kalimat lengkap tentang kejadian itu."
        );
        assert!(
            p.removed
                .iter()
                .any(|r| r.reason == Reason::Related && r.text == "Judul Lain Dua")
        );
    }

    #[test]
    fn contact_address_under_the_byline_is_not_the_headline() {
        // A headline in sentence case, then the byline, the reporter's address and the date.
        let t = "Daily Coast\nNews | Sport | Opinion\n\nCouncil plans three new ferry routes before the wet season\n\nBy Ana Rios\nana.rios@dailycoast.com.au\nTuesday, 4 March 2025 | 8:15am\n\nThe council will open three ferry routes to the outer islands before the wet season, the mayor said.\n";
        let p = strip(t);
        assert_eq!(
            p.title.as_deref(),
            Some("Council plans three new ferry routes before the wet season")
        );
        assert!(!p.body.contains("dailycoast.com"), "{}", p.body);
        assert!(has_address("www.example.org/news") && !has_address("Rp 5 juta @ hari"));
    }

    #[test]
    fn a_labelled_caption_under_a_photo_credit_goes_but_a_dateline_stays() {
        let t = "Jembatan Gantung Baru Dibuka untuk Warga Desa\n\nKamis, 5 Maret 2026 10:12 WIB\n\nTRIBUNJATIM.COM/AHMAD FAUZI\nPERESMIAN JEMBATAN - Bupati dan warga melintasi jembatan gantung yang baru diresmikan di Desa Sumberejo, Rabu (4/3/2026).\n\nMALANG - Pemerintah kabupaten meresmikan jembatan gantung sepanjang 80 meter yang menghubungkan dua dusun.\n\nWarga kini tidak perlu memutar sejauh sepuluh kilometer untuk ke pasar.\n\nFOTO ANTARA/BUDI SANTOSO\nMALANG - Jembatan serupa akan dibangun di tiga desa lain tahun ini, kata bupati.\n";
        let p = strip(t);
        assert!(!p.body.contains("PERESMIAN JEMBATAN"), "{}", p.body);
        assert!(p.body.contains("Pemerintah kabupaten meresmikan"), "{}", p.body);
        assert!(p.body.contains("Jembatan serupa akan dibangun"), "{}", p.body);
    }

    #[test]
    fn a_sentence_between_a_photo_credit_and_the_dateline_is_the_caption() {
        let t = "Pelabuhan Rakyat Kembali Ramai Setelah Dermaga Diperbaiki\n\nRabu, 6 Mei 2026 09:40 WITA\n\nSULSELNEWS.COM/ANDI RAHMAN\nNelayan menurunkan hasil tangkapan di dermaga baru Pelabuhan Paotere, Selasa (5/5/2026).\n\nLaporan Wartawan SULSELNEWS.COM, Andi Rahman\n\nSULSELNEWS.COM, MAKASSAR - Dermaga Pelabuhan Paotere kembali dipakai nelayan setelah diperbaiki selama enam bulan.\n\nNelayan kini bisa bersandar tanpa menunggu air pasang.\n";
        let p = strip(t);
        assert!(!p.body.contains("menurunkan hasil tangkapan"), "{}", p.body);
        assert!(
            p.body.contains("Dermaga Pelabuhan Paotere kembali dipakai"),
            "{}",
            p.body
        );
        assert!(p.body.contains("tanpa menunggu air pasang"), "{}", p.body);
    }

    #[test]
    fn a_video_promotion_with_a_colon_takes_the_headline_below_it() {
        let t = "Gubernur Tinjau Panen Raya di Kabupaten Kupang\n\nSelasa, 12 Mei 2026 14:05 WIB\n\nKUPANG - Gubernur meninjau panen raya padi di Kabupaten Kupang pada Selasa pagi bersama para petani.\n\nHasil panen tahun ini naik dibanding tahun lalu, kata kepala dinas pertanian.\n\nSimak Video Menarik Berikut Ini:\n\nWarga Antre Air Bersih di Tengah Kemarau Panjang\n\nFakta atau Hoaks? Untuk mengetahui kebenaran informasi yang beredar, kirim pesan ke nomor cek fakta kami.\n";
        let p = strip(t);
        assert!(!p.body.contains("Warga Antre Air Bersih"), "{}", p.body);
        assert!(!p.body.contains("kebenaran informasi"), "{}", p.body);
        assert!(p.body.contains("Hasil panen tahun ini naik"), "{}", p.body);
    }

    #[test]
    fn a_masthead_named_in_the_copyright_line_is_no_headline() {
        let t = "THE HARBOUR TIMES\nMonday, December 7, 2026\nHome   News   Business   Sport   Opinion   E-Paper   Subscribe\n\nFishing co-operatives win cold storage grant for three coastal towns\n\nThe grant covers freezers and solar panels\n\nIn Brief\n\u{2022} Three towns share the grant.\n\u{2022} Work starts in January.\n\nby PETER OTIENO\nMarine Reporter\n7 December 2026 - 09:15\n\nThe co-operatives will receive the grant next month, the fisheries board said on Friday.\n\nThe freezers will be installed before the long rains, officials said.\n\n\u{a9} The Harbour Times Ltd. All rights reserved.\n";
        let p = strip(t);
        assert_eq!(
            p.title.as_deref(),
            Some("Fishing co-operatives win cold storage grant for three coastal towns")
        );
        assert_eq!(p.published.as_deref(), Some("2026-12-07T09:15"));
        assert!(!p.body.contains("Marine Reporter"), "{}", p.body);
    }

    #[test]
    fn an_acknowledgement_of_country_and_an_app_pitch_are_noise() {
        let t = "Harbour ferries to run late services over summer\n\nPosted 7 Dec 2026\n\nFerries will run until midnight on weekends over summer, the transport minister said on Monday.\n\nThe extra services start next week, and the ferry operator will add two boats.\n\nPosted 7 Dec 2026, updated 7 Dec 2026\n\nRelated stories\nBus fares to rise in January\nRelated topics\nTransport | Sydney\n\nTop Stories\nStorm cuts power to thousands\nCouncil approves new library\n\nGet the HNN app for the latest news and alerts, delivered to your phone.\nSign up for the Harbour newsletter, sent every Friday.\nHNN acknowledges the First Peoples as the traditional custodians of the lands where we live, work, and learn. We pay our respects to Elders past and present.\nHNN homepage | Contact HNN | Privacy Policy\n";
        let p = strip(t);
        assert!(!p.body.contains("app for the latest"), "{}", p.body);
        assert!(!p.body.contains("Elders"), "{}", p.body);
        assert!(
            p.body.ends_with("the ferry operator will add two boats."),
            "{}",
            p.body
        );
    }

    #[test]
    fn a_caption_closed_by_an_agency_in_brackets_is_noise() {
        let t = "Rail link to open next year, ministry says\n\nMonday, 7 December 2026 09:00\n\nWorkers lay tracks near the border station on Sunday. (Xinhua)\n\nThe rail link will open next year, the transport ministry said on Monday.\n\nThe line will carry freight first, officials said.\n";
        let p = strip(t);
        assert!(!p.body.contains("Workers lay tracks"), "{}", p.body);
        assert!(p.body.starts_with("The rail link will open"), "{}", p.body);
    }

    #[test]
    fn an_indonesian_paywall_pitch_is_noise() {
        let t = "Harga cabai naik jelang Natal\n\nJakarta, Senin (7/12/2026) 10:15 WIB\n\nHarga cabai rawit di pasar induk naik 20 persen sepekan terakhir, kata pedagang.\n\nPemerintah berjanji menambah pasokan dari sentra produksi pekan depan.\n\nTag: cabai, inflasi\n\nBerita Terkait\nHarga beras stabil\nStok gula aman\n\nDapatkan akses penuh ke laporan eksklusif Warta Ekonomi Plus. Berlangganan mulai Rp39.000/bulan.\n\nTentang Kami | Kontak | Pedoman Media Siber\n";
        let p = strip(t);
        assert!(!p.body.contains("Dapatkan akses"), "{}", p.body);
        assert!(p.body.ends_with("sentra produksi pekan depan."), "{}", p.body);
    }

    #[test]
    fn malay_topic_tags_and_community_guidelines_are_noise() {
        let t = "Pasar malam dibuka semula di Kampung Baru\n\nKUALA LUMPUR: Pasar malam di Kampung Baru dibuka semula malam ini selepas kerja pembaikan siap.\n\nPeniaga menyambut baik keputusan itu, kata pengerusi persatuan.\n\nTopik berkaitan\nPasar\nPeniaga\n\nSila ikut Garis Panduan Komuniti kami semasa memberikan komen.\n";
        let p = strip(t);
        assert!(!p.body.contains("Topik berkaitan"), "{}", p.body);
        assert!(!p.body.contains("Garis Panduan"), "{}", p.body);
        assert!(p.body.contains("Peniaga menyambut baik"), "{}", p.body);
    }

    #[test]
    fn a_ticker_above_the_headline_is_not_its_first_line() {
        let t = "Home | News | Sport\nLIVE: Port strike enters third day | Fuel prices unchanged this week\n\nFerry operators and the port board agree on new winter timetable for island routes\n\nMonday, 7 December 2026 08:10\n\nThe port board and four ferry operators agreed on Sunday to a winter timetable.\n\nThe new sailings start next month, the board said.\n";
        assert_eq!(
            strip(t).title.as_deref(),
            Some("Ferry operators and the port board agree on new winter timetable for island routes")
        );
    }

    #[test]
    fn a_caption_closed_by_a_credit_after_a_dash_is_no_headline() {
        let t = "Harbour dredging to begin after monsoon, ports minister says\n\nMonday, 7 December 2026 08:10\n\nPorts Minister Anil Perera (left) at the harbour on Friday \u{2013} Pic by Kamal Silva\n\nBy Dilani Fernando\n\nDredging at the harbour will begin after the monsoon, the ports minister said on Friday.\n\nThe work will take six months, officials said.\n";
        let p = strip(t);
        assert_eq!(
            p.title.as_deref(),
            Some("Harbour dredging to begin after monsoon, ports minister says")
        );
        assert!(!p.body.contains("Pic by"), "{}", p.body);
    }

    #[test]
    fn a_caption_closed_by_a_credit_opened_by_a_slash_is_no_headline() {
        let t = "Beranda \u{203a} Daerah\n\nHarga cabai di Garut turun jelang panen raya\n\nPedagang menata cabai di Pasar Guntur, Garut. /Kabar Priangan/Rina Lestari\n\nPenulis: Dedi Supriatna | Editor: Yuli Astuti\nKamis, 3 Desember 2026 | 10:15 WIB\n\nHarga cabai rawit di Garut turun menjadi Rp40.000 per kilogram, kata pedagang.\n\nPanen raya diperkirakan berlangsung hingga akhir bulan.\n";
        let p = strip(t);
        assert_eq!(
            p.title.as_deref(),
            Some("Harga cabai di Garut turun jelang panen raya")
        );
        assert!(!p.body.contains("Rina Lestari"), "{}", p.body);
    }

    #[test]
    fn a_credit_line_glued_to_its_slash_closes_the_caption_above_it() {
        let t = "Harga beras turun di Karawang\n\nOleh: Dewi Lestari\nSenin, 7 Desember 2026 | 09.00 WIB\n\nPetani menjemur gabah di Desa Cilamaya, Karawang, Minggu (6/12).\nLensaNusa/Agus Pratama\n\nHarga beras medium di Karawang turun menjadi Rp12.000 per kilogram.\n\nPenurunan itu terjadi karena panen raya, kata pedagang.\n";
        let p = strip(t);
        assert_eq!(p.title.as_deref(), Some("Harga beras turun di Karawang"));
        assert!(!p.body.contains("Agus Pratama"), "{}", p.body);
        assert!(!p.body.contains("menjemur gabah"), "{}", p.body);
        assert!(p.body.contains("Penurunan itu terjadi"), "{}", p.body);
    }

    #[test]
    fn the_points_under_a_summary_heading_go_with_it_up_to_the_blank_line() {
        let t = "Harga beras turun di Karawang\n\nSenin, 7 Desember 2026 | 09.00 WIB\n\nRingkasan\nHarga beras medium turun menjadi Rp12.000 per kilogram.\nPanen raya membuat pasokan melimpah.\n\nHarga beras medium di Karawang turun menjadi Rp12.000 per kilogram, kata pedagang.\n\nPenurunan itu terjadi karena panen raya.\n";
        let p = strip(t);
        assert!(!p.body.contains("pasokan melimpah"), "{}", p.body);
        assert!(p.body.contains("kata pedagang"), "{}", p.body);
        assert!(p.body.contains("Penurunan itu terjadi"), "{}", p.body);
    }

    #[test]
    fn a_caption_closed_by_a_plural_credit_is_no_headline() {
        let t = "Friday, March 6, 2026\nHome  News\n\nFerry fares to fall from April, operator says\n\nAmir Salleh\nMarch 2, 2026\n\nPassengers board the morning ferry at the jetty; and the new terminal. \u{2013} PICTURES: LIM KAH WEI\n\nFerry fares will fall by a tenth from April, the operator said on Monday.\n\nThe cut follows lower fuel costs, it said.\n";
        let p = strip(t);
        assert_eq!(
            p.title.as_deref(),
            Some("Ferry fares to fall from April, operator says")
        );
        assert_eq!(p.published.as_deref(), Some("2026-03-02"));
        assert!(!p.body.contains("PICTURES"), "{}", p.body);
    }

    #[test]
    fn a_hyphenated_name_over_a_dashed_date_is_the_byline_under_the_headline() {
        let t = "Daily Courier\nHome  News  Sports\n\nNews\n\nCouncil opens new bus depot in Ho\n\nAma-Serwa Boateng\nJun - 04 - 2026 , 10:15\n\nThe mayor (left) cutting the tape at the depot\n\nThe municipal council has opened a new bus depot in Ho, officials said on Wednesday.\n\nThe depot will house 40 buses, they said.\n";
        let p = strip(t);
        assert_eq!(p.title.as_deref(), Some("Council opens new bus depot in Ho"));
        assert_eq!(p.author.as_deref(), Some("Ama-Serwa Boateng"));
        assert_eq!(p.published.as_deref(), Some("2026-06-04T10:15"));
    }

    #[test]
    fn a_headline_over_a_name_and_outlet_byline_beats_a_tagline_over_the_site_date() {
        let t = "Mekong Ledger\nInsight into Mekong\nMonday, 7 December 2026\nSubscribe\nLogin\nNational\nPolitics\nBusiness\nLifestyle\nSports\nWorld\nOpinion\nVideo\n\nBusiness\n\nPepper exports reach 31 markets as Kampot growers eye 4 more\n\nSom Dara / Mekong Ledger\nShare:\nFacebook\nPublication date 4 December 2026 | 09:10 ICT\n\nPepper growers in Kampot expect a record harvest, the provincial agriculture department said yesterday.\n\nPrices have held steady this year, it said.\n";
        let p = strip(t);
        assert_eq!(
            p.title.as_deref(),
            Some("Pepper exports reach 31 markets as Kampot growers eye 4 more")
        );
        assert_eq!(p.published.as_deref(), Some("2026-12-04T09:10+07:00"));
    }

    #[test]
    fn a_headline_with_a_label_and_a_colon_is_no_byline() {
        let t = "Catatan Akhir Tahun: Dari Sawah hingga Meja Makan\n\nJakarta, Senin (7/12/2026) 10:15 WIB\n\nHarga beras stabil sepanjang tahun ini, kata pejabat dinas pertanian.\n\nPetani berharap musim tanam berikutnya lebih baik.\n";
        let p = strip(t);
        assert_eq!(
            p.title.as_deref(),
            Some("Catatan Akhir Tahun: Dari Sawah hingga Meja Makan")
        );
        let t = "Weekly Roundup: Strikes, Floods and Holiday Closures Ahead\n\nDecember 9, 2026\n\nDock workers will strike on Friday, the union said.\n\nRoads in the north were closed by floods this week.\n";
        assert_eq!(
            strip(t).title.as_deref(),
            Some("Weekly Roundup: Strikes, Floods and Holiday Closures Ahead")
        );
    }

    #[test]
    fn an_old_photo_credit_with_a_particle_in_the_name_closes_its_caption() {
        let t = "Port Reopens After Storm Repairs\n\nMarch 3, 2031 | 9:15am\n\nDock workers unload cargo at the Port of Iloilo on June 5, 2030.\nThe DAILY / Ana dela Cruz, file\n\nILOILO, Philippines \u{2014} The port reopened on Monday after three weeks of repairs, the port authority said.\n\nShips carrying rice were the first to dock, officials said.\n\n\u{2014} with reports from Jose Santos\n\nStay informed with The Daily \u{2013} your source for credible journalism.\n";
        let p = strip(t);
        assert!(!p.body.contains("Dock workers unload"), "{}", p.body);
        assert!(!p.body.contains("dela Cruz"), "{}", p.body);
        assert!(!p.body.contains("with reports from"), "{}", p.body);
        assert!(!p.body.contains("Stay informed"), "{}", p.body);
        assert!(p.body.contains("The port reopened on Monday"), "{}", p.body);
        assert!(p.body.contains("Ships carrying rice"), "{}", p.body);
    }

    #[test]
    fn a_credit_naming_an_outlet_with_an_exclamation_mark_closes_a_caption() {
        let t = "Pahang sedia 300 PPS hadapi banjir\n\nOleh AHMAD ZAKI\n21 November 2031, 3:15 pm\n\nPegawai meninjau aset bot penyelamat di Kuantan semalam. \u{2013} GAMBAR/KOSMO!/ALI HASSAN\n\nKUANTAN \u{2013} Kerajaan negeri menyediakan 300 pusat pemindahan sementara sebagai persediaan menghadapi banjir.\n\nSemua pusat itu telah diperiksa oleh jawatankuasa bencana negeri.\n";
        let p = strip(t);
        assert_eq!(p.title.as_deref(), Some("Pahang sedia 300 PPS hadapi banjir"));
        assert!(!p.body.contains("meninjau aset bot"), "{}", p.body);
    }

    #[test]
    fn a_caption_glued_to_the_paragraph_by_its_credit_is_split_off() {
        let t = "Ministers Open Regional Food Forum in Makassar\n\n12 May 2026\n\nPara menteri berfoto bersama sebelum pembukaan forum di Makassar, Selasa (12/5/2026). (Foto: Humas Kementan/Rudi)The ministers opened the regional food forum in Makassar on Tuesday with a call for shared rice reserves.\n\nDelegates from eleven countries attended the two-day meeting.\n";
        let p = strip(t);
        assert!(
            !p.body.contains("berfoto bersama") && !p.body.contains("Humas Kementan"),
            "{}",
            p.body
        );
        assert!(
            p.body.starts_with("The ministers opened the regional food forum"),
            "{}",
            p.body
        );
    }

    #[test]
    fn a_caption_whose_credit_runs_into_the_paragraph_is_split_off() {
        let t = "Antrean Paspor Mengular Jelang Libur Sekolah\n\n12 Juni 2026 10:00 WIB\n\nWarga mengantre di kantor imigrasi Jakarta Selatan. Foto: Rina Marlina/kabarkitaKantor Imigrasi Jakarta Selatan menambah jam layanan paspor mulai Senin untuk mengurai antrean jelang libur sekolah.\n\nLayanan dibuka hingga pukul 20.00 WIB.\n";
        let p = strip(t);
        assert!(!p.body.contains("Rina Marlina"), "{}", p.body);
        assert!(
            p.body.starts_with("Kantor Imigrasi Jakarta Selatan menambah"),
            "{}",
            p.body
        );
        let q = strip(
            "Paspor Baru Berlaku Juli\n\n12 Juni 2026\n\nIlustrasi paspor. Foto: Getty Images/iStockphoto\n\nPaspor elektronik baru mulai diterbitkan pada Juli di seluruh kantor imigrasi.\n",
        );
        assert!(
            !q.removed
                .iter()
                .any(|r| r.text.contains("Stockphoto") && !r.text.contains("Getty")),
            "{:?}",
            q.removed
        );
    }

    #[test]
    fn an_outlet_and_a_credit_word_in_brackets_close_a_caption_and_page_numbers_are_a_pager() {
        let t = "Rubber Prices Climb on Thai Supply Worries\n\nMarch 10, 2026 6:05 PM\n\nTappers collect latex at a smallholding in Kedah. (Bernama pic)KUALA LUMPUR: Rubber prices rose for a third day on Tuesday on worries over supply from Thailand.\n\n1   2   Next\n\nDealers expect prices to hold until the end of the month.\n";
        let p = strip(t);
        for noise in ["Tappers collect latex", "Bernama pic", "1   2"] {
            assert!(!p.body.contains(noise), "{noise}: {}", p.body);
        }
        assert!(
            p.body.starts_with("KUALA LUMPUR: Rubber prices rose"),
            "{}",
            p.body
        );
        assert!(p.body.contains("Dealers expect prices"), "{}", p.body);
    }

    #[test]
    fn a_caption_closed_by_agency_source_and_editor_code_goes() {
        let t = "Harga Kopi Naik di Pasar Ekspor\n\nPetani memetik kopi di kebun mereka di Lampung Barat, Kamis (6/3/2025). ANTARA/HO-Kementan/rwa.\n\nBandarlampung (ANTARA) - Harga kopi robusta di tingkat petani naik menjadi Rp60.000 per kilogram pada Kamis, kata pedagang.\n\nKenaikan harga didorong permintaan ekspor yang kuat.\n";
        let p = strip(t);
        assert!(!p.body.contains("Petani memetik kopi"), "{}", p.body);
        assert!(p.body.starts_with("Bandarlampung (ANTARA)"), "{}", p.body);
    }

    #[test]
    fn a_malay_caption_closed_by_ihsan_is_no_headline() {
        let t = "HARIAN KITA\nLanggan   Log Masuk   e-Paper\nTERKINI   DALAM NEGERI   SUKAN\nDalam Negeri\n12 Mac 2026, 10:48 am\nBomba pindahkan 500 mangsa banjir kilat di tiga daerah, dua jalan ditutup\nOleh AMIN RAHMAN\nKAPAL Tunda Thailand yang ditahan Maritim Malaysia ketika dibawa ke Jeti Maritim Kuala Kedah, semalam. \u{2013} IHSAN MARITIM MALAYSIA\nKOTA BHARU: Seramai 500 mangsa banjir kilat dari tiga daerah dipindahkan ke pusat pemindahan sementara malam tadi, kata jurucakap bomba.\n\nHujan lebat dijangka berterusan hingga hujung minggu.\n";
        let p = strip(t);
        assert_eq!(
            p.title.as_deref(),
            Some("Bomba pindahkan 500 mangsa banjir kilat di tiga daerah, dua jalan ditutup")
        );
        assert!(!p.body.contains("IHSAN"), "{}", p.body);
    }

    #[test]
    fn a_credit_and_a_reporter_code_sign_the_article_off() {
        let t = "Ministers Open Regional Food Forum in Makassar\n\n12 May 2026\n\nThe ministers opened the regional food forum in Makassar on Tuesday with a call for shared rice reserves.\n\nThe forum will meet again next year in Manila, where a reserve agreement is expected to be signed. (Humas Kementan/UN) (AB/CD)\n";
        let p = strip(t);
        assert!(
            p.body.contains("a reserve agreement is expected to be signed."),
            "{}",
            p.body
        );
        assert!(
            !p.body.contains("(AB/CD)") && !p.body.contains("Humas Kementan"),
            "{}",
            p.body
        );
    }

    #[test]
    fn page_counters_and_a_strong_marker_after_a_weak_one_are_noise() {
        let t = "Harga Cabai Turun Jelang Akhir Tahun\n\nSenin, 1 Desember 2025 09:00 WIB\n\nLaporan Wartawan Tribun Jateng, Dewi Lestari\n\nSEMARANG - Harga cabai rawit di pasar tradisional turun menjadi Rp 40.000 per kilogram pekan ini.\n\nHalaman 2 dari 3   Berikutnya\n\nPara pedagang menyebut pasokan dari petani di lereng Merapi kembali lancar.\n\nOur weekly newsletter brings the market news to you every Monday morning. Sign up here.\n\nPedagang berharap harga stabil hingga akhir tahun.\n";
        let p = strip(t);
        for noise in ["Laporan Wartawan", "Halaman 2 dari 3", "Sign up here"] {
            assert!(!p.body.contains(noise), "{noise}: {}", p.body);
        }
        assert!(p.body.contains("kembali lancar."), "{}", p.body);
        let q = strip(
            "Banjir Rendam Perumahan di Bekasi\n\nSenin, 1 Desember 2025\n\nHalaman rumah warga terendam air setinggi 50 sentimeter sejak Minggu malam.\n\nWarga mengungsi ke masjid terdekat.\n",
        );
        assert!(q.body.contains("Halaman rumah warga terendam"), "{}", q.body);
    }

    #[test]
    fn caption_from_marker_to_credit_goes_whole() {
        let t = "Pasar Lama Dibangun Kembali Tahun Depan\n\nBogor, 3 Maret 2025 - Pemerintah kota akan membangun kembali pasar yang terbakar pekan lalu dengan anggaran daerah.\n\nFoto: Wali Kota Bogor (tengah) bersama Kepala Dinas Koperasi meninjau los pedagang yang terbakar di Jalan Suryakencana, Senin. (Dok. Pemkot Bogor)\n\nPara pedagang untuk sementara berjualan di lahan parkir di sebelah pasar.\n";
        let p = strip(t);
        assert!(
            !p.body.contains("Suryakencana") && !p.body.contains("(tengah)"),
            "{}",
            p.body
        );
        assert!(p.body.contains("Para pedagang untuk sementara"), "{}", p.body);
    }

    #[test]
    fn role_label_before_the_author_gives_the_author() {
        // "Reporter" and "Penulis" are reporters' roles too; with a colon they label the name.
        for (line, name) in [
            ("Reporter: Ana Lim Mei Ling", "Ana Lim Mei Ling"),
            ("Penulis: Budi Santoso", "Budi Santoso"),
        ] {
            let t = format!(
                "Harbour Ferry Service Resumes After Storm Repairs\n\n{line}\n10/7/2025 19:42 WITA\n\nThe ferry service resumed on Thursday after two weeks of repairs to the pier, the operator said.\n"
            );
            let p = strip(&t);
            assert_eq!(p.author.as_deref(), Some(name), "{line}");
            assert!(!p.body.contains(name), "{}", p.body);
        }
    }

    #[test]
    fn two_long_names_in_one_byline() {
        let t = "Harbour Ferry Service Resumes After Storm Repairs\n\nBy Maria Clara Santos Reyes and Tran Thi Bich Ngoc\nMay 6, 2025 11:48 AM GMT+7\n\nThe ferry service resumed on Thursday after two weeks of repairs to the pier, the operator said.\n";
        let p = strip(t);
        assert_eq!(
            p.author.as_deref(),
            Some("Maria Clara Santos Reyes and Tran Thi Bich Ngoc")
        );
    }

    #[test]
    fn date_line_after_a_camel_case_brand() {
        // The desk's name, the brand glued to the weekday or standing before it.
        for line in [
            "Tim kabarKota - kabarKotaSenin, 3 Mar 2025 08:15 WIB",
            "Redaksi kabarKota Senin, 3 Mar 2025 08:15 WIB",
        ] {
            let t = format!(
                "kabarKota\nBerita Utama\nJembatan Baru Dibuka untuk Umum Mulai Pekan Depan\n{line}\nBagikan ke Facebook Bagikan ke X\nJakarta - Pemerintah kota membuka jembatan baru yang menghubungkan dua kecamatan untuk umum.\n"
            );
            let p = strip(&t);
            assert_eq!(
                p.title.as_deref(),
                Some("Jembatan Baru Dibuka untuk Umum Mulai Pekan Depan"),
                "{line}"
            );
            assert_eq!(p.published.as_deref(), Some("2025-03-03T08:15+07:00"), "{line}");
            assert!(p.body.starts_with("Jakarta - Pemerintah kota"), "{}", p.body);
        }
    }

    #[test]
    fn date_label_without_colon_at_the_foot() {
        let t = "Why Ports Matter More Than Ever\n\nPublished in 2019, the first port review found that most harbours lacked cold storage for fish.\n\nThe second review, due next year, will look at fuel and repairs as well.\n\nPublished 3 March 2025\n\nRelated commentary\nA harbour for every island\nFuel before fish\n";
        let p = strip(t);
        assert_eq!(p.published.as_deref(), Some("2025-03-03"));
        assert!(
            p.body.starts_with("Published in 2019, the first port review"),
            "{}",
            p.body
        );
        assert!(
            !p.body.contains("3 March 2025") && !p.body.contains("Fuel before fish"),
            "{}",
            p.body
        );
    }

    #[test]
    fn masthead_named_in_the_byline_and_date_after_a_standfirst() {
        // The outlet's name heads the page with the day's date; the byline names it again.
        let t = "The Harbour Times\nMon, March 3, 2025\nNews | Business | World | Opinion\nFerry operators brace for a quiet season\nBookings are down a third on last year.\nAna Rios (The Harbour Times)\nPort Lemon \u{25cf} Mon, March 3, 2025 | 08:13 am\nFerry operators expect a quiet season after bookings fell by a third, the port authority said on Monday.\n";
        let p = strip(t);
        assert_eq!(
            p.title.as_deref(),
            Some("Ferry operators brace for a quiet season")
        );
        assert_eq!(p.published.as_deref(), Some("2025-03-03T08:13"));
        assert_eq!(p.author.as_deref(), Some("Ana Rios"));
    }

    #[test]
    fn names_then_a_role_after_a_comma_are_a_byline() {
        let t = "Ports race to win shipping lines as rates climb\nSingapore bets on automation; Jakarta on new berths\nMARIA LOPEZ and ANA RIOS, Harbour Times staff writers\nNovember 28, 2024 14:05 JST\nPorts across the region are stepping up efforts to attract shipping lines as freight rates climb.\n";
        let p = strip(t);
        assert_eq!(
            p.title.as_deref(),
            Some("Ports race to win shipping lines as rates climb")
        );
        assert!(!p.body.contains("staff writers"), "{}", p.body);
    }

    #[test]
    fn caption_closed_by_an_outlet_and_photographer_after_a_colon() {
        let t = "Cattle Imports Resume After Ban\n\nDARWIN: Live cattle exports to Indonesia resumed on Monday after a two-month pause, the industry council said.\n\nA farmer checks heifers at a feedlot near Darwin. (Harbour News: Ana Rios)\n\nExporters expect shipments to return to normal levels by March.\n";
        let p = strip(t);
        assert!(!p.body.contains("Ana Rios"), "{}", p.body);
        assert!(p.body.contains("Exporters expect shipments"), "{}", p.body);
    }

    #[test]
    fn headline_below_a_banner_sentence() {
        // A site banner written as a sentence stands above the menu; the headline and its date
        // line come after it and the article starts below them.
        let t = "Portal Resmi Pemerintah Provinsi\nPastikan alamat situs berakhiran go.id sebelum Anda mengisi data pribadi di halaman ini.\nBeranda   Berita   Layanan   Kontak\nSearch\nGubernur Resmikan Jembatan Baru di Pesisir Utara\n14 Mei 2024\nGubernur meresmikan jembatan sepanjang 120 meter yang menghubungkan dua desa di pesisir utara.\nWarga menyambut jembatan itu karena perjalanan ke pasar kini jauh lebih singkat.\n";
        let p = strip(t);
        assert_eq!(
            p.title.as_deref(),
            Some("Gubernur Resmikan Jembatan Baru di Pesisir Utara")
        );
        assert_eq!(p.published.as_deref(), Some("2024-05-14"));
        assert!(p.body.starts_with("Gubernur meresmikan jembatan"), "{}", p.body);
    }

    #[test]
    fn byline_with_outlet_date_after_a_mark_and_bracketed_credit() {
        let t = "Harbour Town Opens Its First Desalination Plant\nRosa Lindqvist (Coastal Daily)\nPort Lemon  \u{25c6}  Mon, March 3, 2025\nWorkers inspect pipes at the new plant on Feb. 28, 2025. (Coastal Daily/Ivan Morales)\nThe plant will supply drinking water to about 40,000 households from next month, the council said.\n";
        let p = strip(t);
        assert_eq!(
            p.title.as_deref(),
            Some("Harbour Town Opens Its First Desalination Plant")
        );
        assert_eq!(p.author.as_deref(), Some("Rosa Lindqvist"));
        assert_eq!(p.published.as_deref(), Some("2025-03-03"));
        assert_eq!(
            p.body,
            "The plant will supply drinking water to about 40,000 households from next month, the council said."
        );
    }

    #[test]
    fn a_byline_word_and_name_before_the_date_and_a_caption_signed_after_a_slash() {
        let t = "Harbour Weekly\nNews\n\nPorts\n\nPort, Ferry Operators Agree to Restore Night Sailings\n\nBy Maya Ortiz Reyes 4 March 2025\n\nTrucks wait to board the Second Port Lemon Ferry at the North Pier of Harbour Town in February. / The Harbour Weekly\n\nFacebook\nTwitter\n\nThe port and three ferry operators agreed on Monday to run a new timetable from April, the port office said.\n";
        let p = strip(t);
        assert_eq!(
            p.title.as_deref(),
            Some("Port, Ferry Operators Agree to Restore Night Sailings")
        );
        assert_eq!(p.published.as_deref(), Some("2025-03-04"));
        assert!(
            p.body.starts_with("The port and three ferry operators"),
            "{}",
            p.body
        );
        // A sentence of prose with a slash inside stays.
        let t = "Port news\n\nThe port and three ferry operators agreed on Monday to run a new timetable / schedule from April.\n";
        assert!(strip(t).body.contains("timetable / schedule"));
    }

    #[test]
    fn byline_of_name_and_newspaper_not_named_above() {
        let t = "Harbourline.com\nNews\nPort and five towns agree on storm shelters\nMaya Ortiz-Reyes - The Harbour Chronicle\nMarch 5, 2025 | 12:00am\nThe port and five towns agreed on Monday to build storm shelters, the mayor said.\n";
        let p = strip(t);
        assert_eq!(
            p.title.as_deref(),
            Some("Port and five towns agree on storm shelters")
        );
        assert_eq!(p.author.as_deref(), Some("Maya Ortiz-Reyes"));
        // "The" and a word in lower case is no newspaper's name: a headline stays one.
        let t = "Harbourline.com\nNews\nMaya Ortiz-Reyes - The rise of a harbour town\nMarch 5, 2025 | 12:00am\nThe port and five towns agreed on Monday to build storm shelters, the mayor said.\n";
        assert_eq!(
            strip(t).title.as_deref(),
            Some("Maya Ortiz-Reyes - The rise of a harbour town")
        );
    }

    #[test]
    fn byline_of_name_and_masthead_after_a_bar_or_a_slash() {
        for (t, author) in [
            (
                "HARBOUR HERALD\nNews\nSport\nCouncil Votes to Rebuild the Old Fish Market\nMarta Oyelaran | Harbour Herald\nTue, 4 March 2025 10:20\nThe council voted on Monday to rebuild the old fish market, its chairman said.\n",
                "Marta Oyelaran",
            ),
            (
                "Lembah Post\nBerita\nBandar Terima Kapal Sampah Pertama\nAzlan Mohd Rafi / Lembah Post\n4 Mac 2025 10:20\nBandar itu menerima kapal pengangkut sampah pertama pagi tadi, kata datuk bandar.\n",
                "Azlan Mohd Rafi",
            ),
            (
                "Suara TEPIAN\nBerita | Sukan\nPelabuhan baharu dibuka, kapal pertama tiba\nSiti Mariam Aziz | Suara Tepian\nMac 4, 2025 10:20 MYT\nPelabuhan itu menerima kapal pertama pagi tadi, kata pengurusnya.\n",
                "Siti Mariam Aziz",
            ),
        ] {
            let p = strip(t);
            assert_eq!(p.author.as_deref(), Some(author), "{t}");
            let title = p.title.unwrap_or_default();
            assert!(!title.contains(author), "{title}");
        }
    }

    #[test]
    fn related_link_without_colon_cookie_app_and_mail_pitches() {
        let t = "Petani mulai menanam padi setelah hujan turun di kawasan itu, kata kepala desa.\nPenyuluh pertanian mendampingi petani selama musim tanam berlangsung.\nPasang aplikasi KabarSawah untuk berita tercepat.\nBaca juga artikel terkait PERTANIAN atau tulisan lainnya dari Rina Sari\nDapatkan ringkasan mingguan, langsung di surelmu. Daftar gratis.\nPortal ini memakai cookie; klik Setuju bila Anda tidak keberatan.\n";
        let p = strip(t);
        assert_eq!(
            p.body,
            "Petani mulai menanam padi setelah hujan turun di kawasan itu, kata kepala desa.\nPenyuluh pertanian mendampingi petani selama musim tanam berlangsung."
        );
    }

    #[test]
    fn a_weak_promotion_word_inside_a_headline_leaves_it_the_headline() {
        // "sign up" opens a promotion; inside a long headline it is the news. The menu above
        // it is set apart by middle dots.
        let t = "Harbour Times\nNews \u{b7} Sport \u{b7} Business \u{b7} Opinion\nThousands sign up for free ferry passes before the holiday rush\nPorts | 5 Mar 2030 | 09:10\nMore than 3,000 residents registered on Monday, the port authority said.\n";
        let p = strip(t);
        assert_eq!(
            p.title.as_deref(),
            Some("Thousands sign up for free ferry passes before the holiday rush")
        );
        assert_eq!(
            p.body,
            "More than 3,000 residents registered on Monday, the port authority said."
        );
    }

    #[test]
    fn an_invitation_to_follow_the_outlet_is_promotion() {
        let t = "Ferry fares cut for the holidays\n\nThe port authority cut fares by a fifth on Monday, its director said.\nFollow Harbour Daily on Instagram and Threads for the latest updates.\nIkuti kami di Instagram untuk berita terkini.\n";
        let p = strip(t);
        assert_eq!(
            p.body,
            "The port authority cut fares by a fifth on Monday, its director said."
        );
    }

    #[test]
    fn a_list_right_under_the_date_line_is_the_article_s() {
        let t = "Home | News | Sport\nFerry stops named for the new route\nMonday, 12 May 2031 | 09:10 WIB\nPorts on the new ferry route:\n1) Ambon harbour\n2) Saparua pier\n3) Banda jetty\nThe ferry will sail twice a week from June, the port authority said on Monday.\n";
        let p = strip(t);
        assert!(
            p.body.starts_with(
                "Ports on the new ferry route:\n1) Ambon harbour\n2) Saparua pier\n3) Banda jetty\n"
            ),
            "{}",
            p.body
        );
        assert!(!p.body.contains("Sport"));
    }

    #[test]
    fn a_malay_file_picture_caption_is_no_headline() {
        let t = "Berita Harian Kota\nUtama | Dunia | Sukan\nPasar tani baharu dibuka di Seremban minggu depan\n4 Mei 2037 09:10AM\nOleh: Aminah Yusof\nPeniaga menyusun sayur di pasar tani edisi lalu di Seremban. (Gambar fail: Berita Harian Kota)\nPasar tani baharu akan dibuka di Seremban pada Sabtu ini, kata pegawai majlis bandar raya.\n";
        let p = strip(t);
        assert_eq!(
            p.title.as_deref(),
            Some("Pasar tani baharu dibuka di Seremban minggu depan")
        );
        assert!(!p.body.contains("Gambar fail"), "{}", p.body);
    }

    #[test]
    fn an_invitation_to_follow_the_outlet_by_name_and_a_comment_policy_are_noise() {
        let t = "Harga Ikan Turun di Kendari\n\nHarga ikan di Kendari turun sejak Senin, kata pedagang di pasar.\nNelayan berharap harga kembali naik pekan depan.\nTag: ikan, Kendari\nSetiap komentar menjadi tanggung jawab pengirim sepenuhnya. Redaksi berhak menghapus komentar yang menyinggung pihak lain.\nIkuti Kabar Selatan di Instagram @kabarselatan dan langganan e-paper kami.\n";
        let p = strip(t);
        assert!(!p.body.contains("komentar"), "{}", p.body);
        assert!(!p.body.contains("Instagram"), "{}", p.body);
        assert!(p.body.contains("Nelayan berharap"), "{}", p.body);
    }

    #[test]
    fn an_invitation_to_follow_inside_another_promotion_is_promotion() {
        let t = "Ferry fares cut for the holidays\n\nThe port authority cut fares by a fifth on Monday, its director said.\nRead the print edition on our e-paper and follow us on Threads @harbourdaily.\nBaca koran kami di aplikasi dan ikuti kami di Instagram @harbourdaily.\n";
        let p = strip(t);
        assert_eq!(
            p.body,
            "The port authority cut fares by a fifth on Monday, its director said."
        );
    }

    #[test]
    fn a_label_with_at_before_the_time_and_the_date() {
        let t = "Harbour Daily\nFerry fares cut by a fifth for the school holidays\nPublished at 7:05 am March 3rd, 2031\nThe port authority cut fares on Monday, its director said.\n";
        let p = strip(t);
        assert_eq!(p.published.as_deref(), Some("2031-03-03T07:05"));
        assert_eq!(
            p.title.as_deref(),
            Some("Ferry fares cut by a fifth for the school holidays")
        );
    }

    #[test]
    fn a_caption_credited_istimewa_is_a_caption() {
        let t = "Harga lada naik\n\nPetani menjemur lada di halaman rumah, Senin (4/3). (ISTIMEWA)\nHarga lada putih naik 12 persen sepekan terakhir, kata petani.\n";
        let p = strip(t);
        assert_eq!(
            p.body,
            "Harga lada putih naik 12 persen sepekan terakhir, kata petani."
        );
    }

    #[test]
    fn menu_laid_out_with_spaces_is_no_headline() {
        let t = "KabarTimur.id\nKamis, 6 Juni 2024\nNasional   Daerah   Bisnis   Teknologi   Gaya Hidup\n\nPetani kopi di lereng gunung mulai panen lebih awal\n\nKamis, 6 Juni 2024 08:15 WIT\n\nPetani kopi di lereng gunung itu mulai memetik buah lebih awal karena musim kemarau datang cepat.\n";
        let p = strip(t);
        assert_eq!(
            p.title.as_deref(),
            Some("Petani kopi di lereng gunung mulai panen lebih awal")
        );
        assert_eq!(p.published.as_deref(), Some("2024-06-06T08:15+09:00"));
    }

    #[test]
    fn a_line_of_markers_and_marks_is_noise() {
        let t = "The port reopened on Friday after the storm passed, officials said.\nSponsored  \u{b7}  Scroll to resume\nShips began unloading grain and fuel within hours, the harbour master said.\n";
        let p = strip(t);
        assert!(!p.body.contains("Scroll"), "{}", p.body);
        assert!(p.body.contains("Ships began unloading"));
    }

    #[test]
    fn published_label_at_the_foot_and_site_notices() {
        let t = "Harbour Board Approves New Ferry Terminal\nThe harbour board approved a new ferry terminal on Monday, its chairman said.\nWork will start in June and take two years.\nPosted on: 4 March 2024 10:15\nFor feedback or corrections, write to the desk.\nWe use cookies to improve your experience. By continuing to use this site you agree.\n";
        let p = strip(t);
        assert_eq!(p.published.as_deref(), Some("2024-03-04T10:15"));
        assert_eq!(
            p.body,
            "The harbour board approved a new ferry terminal on Monday, its chairman said.\nWork will start in June and take two years."
        );
    }

    #[test]
    fn the_page_age_between_the_label_and_the_date() {
        let t = "Harbour Board Approves New Ferry Terminal\nPosted 3 days ago on 2024/03/04\nThe harbour board approved a new ferry terminal on Monday, its chairman said.\n";
        let p = strip(t);
        assert_eq!(p.published.as_deref(), Some("2024-03-04"));
        let t = "Jembatan Gantung Desa Sukamaju Diperbaiki\nDiterbitkan 5 jam yang lalu | 21/03/2024\nWarga Desa Sukamaju kini bisa menyeberang sungai dengan aman setelah jembatan diperbaiki.\n";
        assert_eq!(strip(t).published.as_deref(), Some("2024-03-21"));
        // A sentence with an age in it is no date line.
        let t = "Harbour Board Approves New Ferry Terminal\nThe ferry sank 3 days ago on 2024/03/04 near the harbour.\n";
        assert_eq!(strip(t).published, None);
    }

    #[test]
    fn app_pitches_and_malay_comment_policies() {
        let t = "Harbour Board Approves New Ferry Terminal\nThe harbour board approved a new ferry terminal on Monday, its chairman said.\nGet the Coastal Times app for iPhone and Android.\nWork will start in June and take two years.\n";
        let p = strip(t);
        assert!(!p.body.contains("iPhone"), "{}", p.body);
        let t = "Harbour Board Approves New Ferry Terminal\nThe harbour board approved a new ferry terminal on Monday, its chairman said.\nFollow the Coastal Times on WhatsApp for the latest news.\nWork will start in June and take two years.\n";
        assert!(!strip(t).body.contains("WhatsApp"));
        let t = "Jembatan Baru Dibuka\nJembatan sepanjang 800 meter itu dibuka untuk umum pagi tadi, kata kepala dinas.\nAyo Baca Juga: Jalan Tol Baru Segera Beroperasi di Jawa Tengah\nPengendara diminta tetap berhati-hati saat melintas di jembatan itu.\n";
        assert!(!strip(t).body.contains("Jalan Tol"));
        let t = "Jambatan Baharu Dibuka\nJambatan sepanjang 800 meter itu dibuka kepada orang ramai pagi tadi, kata jurutera projek.\nSila berikan komen anda secara sopan. Portal ini tidak bertanggungjawab ke atas sebarang komen pembaca.\n";
        let p = strip(t);
        assert!(!p.body.contains("komen"), "{}", p.body);
        assert!(p.body.contains("Jambatan sepanjang 800 meter"));
    }

    #[test]
    fn a_comment_word_inside_the_article_prose_marks_no_comment_box() {
        let t = "Tarif Baru Berlaku Bulan Depan\nPemerintah menetapkan tarif baru untuk impor baja mulai bulan depan, kata pejabat.\nJuru bicara kementerian itu enggan berkomentar soal tenggat perundingan.\nEksportir meminta kepastian jadwal penerapan tarif tersebut sejak awal tahun.\nKomentar\nBerkomentarlah dengan bijak\n";
        let p = strip(t);
        assert!(p.body.contains("enggan berkomentar soal tenggat"), "{}", p.body);
        assert!(!p.body.contains("Berkomentarlah"), "{}", p.body);
        let t = "New Steel Tariff Starts Next Month\nThe government set a new tariff on steel imports from next month, officials said.\nHis comments drew criticism from exporters.\nExporters asked for a clear timetable for the new tariff.\n";
        assert!(strip(t).body.contains("His comments drew criticism"));
        // Between two sentences of the article, a short sentence with the word is the article's;
        // after its end, a comment box's line is not.
        let t = "Cocoa Growers Meet in Accra\nGhana and Nigeria sent delegations to the meeting on Monday, officials said.\nTogo, which could not attend, sent written comments.\nThe meeting ends on Friday with a joint statement on prices.\nNo comments yet.\n";
        let p = strip(t);
        assert!(p.body.contains("sent written comments"), "{}", p.body);
        assert!(!p.body.contains("No comments yet"), "{}", p.body);
    }

    #[test]
    fn a_date_label_with_its_colon_after_a_byline_and_outlet() {
        let t = "Harbour Board Approves New Ferry Terminal\nRavi Menon / PTI / Updated: Mar 4, 2024, 10:15 IST\nThe harbour board approved a new ferry terminal on Monday, its chairman said.\n";
        let p = strip(t);
        assert_eq!(p.published.as_deref(), Some("2024-03-04T10:15+05:30"));
        assert_eq!(p.author.as_deref(), Some("Ravi Menon"));
    }

    #[test]
    fn read_also_alone_on_its_line_opens_headlines() {
        let t = "Petani mulai menanam padi setelah hujan turun di kawasan itu, kata kepala desa.\nBaca Juga:\n\u{2022} Harga Gabah Naik di Tiga Kabupaten\n\u{2022} Bendungan Baru Diresmikan Pekan Depan\nPenyuluh pertanian mendampingi petani selama musim tanam berlangsung.\n";
        let p = strip(t);
        assert_eq!(
            p.body,
            "Petani mulai menanam padi setelah hujan turun di kawasan itu, kata kepala desa.\nPenyuluh pertanian mendampingi petani selama musim tanam berlangsung."
        );
    }

    #[test]
    fn byline_word_before_the_author_and_date() {
        let t = "Jambatan baharu dibuka kepada orang ramai\nOleh Siti Aminah - Mac 12, 2024 @ 9:05am\nJambatan sepanjang 800 meter itu dibuka kepada orang ramai pagi tadi, kata jurutera projek.\n";
        let p = strip(t);
        assert_eq!(p.author.as_deref(), Some("Siti Aminah"));
        assert_eq!(p.published.as_deref(), Some("2024-03-12T09:05"));
    }

    #[test]
    fn the_date_under_the_headline_beats_the_masthead_and_the_foot() {
        let t = "WartaKota.id\nSenin, 25 Maret 2024\nNasional   Daerah   Bisnis   Olahraga\nJembatan Gantung Desa Sukamaju Akhirnya Diperbaiki\nKamis, 21 Maret 2024 09:40 WIB\nWarga Desa Sukamaju kini bisa menyeberang sungai dengan aman setelah jembatan gantung diperbaiki.\nDiperbarui: Jumat, 22 Maret 2024 08:00 WIB\n";
        let p = strip(t);
        assert_eq!(p.published.as_deref(), Some("2024-03-21T09:40+07:00"));
    }

    #[test]
    fn read_also_headline_in_sentence_case_glued_to_the_next_sentence() {
        let t = "The council approved the new budget on Monday after a long debate, members said. Read also: Floods close schools in three districts as rain continues The mayor said repairs would start next week.\n";
        let p = strip(t);
        assert_eq!(
            p.body,
            "The council approved the new budget on Monday after a long debate, members said.\nThe mayor said repairs would start next week."
        );
    }

    #[test]
    fn reporter_role_line_is_no_headline() {
        let t = "Night Markets Return to the Old Quarter After Two Years\nAnna Keller\nCity Correspondent\nPublished 3 Feb 2024, 7:15 pm\nStalls selling noodles and lanterns filled the old quarter on Friday night as the market returned.\n";
        let p = strip(t);
        assert_eq!(
            p.title.as_deref(),
            Some("Night Markets Return to the Old Quarter After Two Years")
        );
        assert_eq!(p.author.as_deref(), Some("Anna Keller"));
        assert_eq!(p.published.as_deref(), Some("2024-02-03T19:15"));
    }

    #[test]
    fn read_also_headline_before_a_sentence_opened_by_a_phrase_and_comma() {
        let t = "Dinas kesehatan memperluas layanan imunisasi ke seluruh puskesmas di kabupaten itu. Baca Juga: Cakupan Imunisasi Anak Naik Tajam Tahun Ini Sejak Januari 2024, petugas telah menjangkau 12.000 anak.\n";
        let p = strip(t);
        assert!(
            p.body
                .ends_with("Sejak Januari 2024, petugas telah menjangkau 12.000 anak."),
            "{}",
            p.body
        );
        assert!(!p.body.contains("Cakupan"));
    }

    #[test]
    fn publication_time_beats_update_time_and_name_above_role_is_no_headline() {
        let t = "Ferry services resume across the strait after storm\nCrews worked overnight to clear the ports\nMaya Lindqvist Ortega\nMarine Correspondent\nUPDATED Mar 9, 2024, 10:40 PM\nPUBLISHED Mar 9, 2024, 07:15 PM\nFerries began sailing again on Saturday evening after the storm passed, the port authority said.\n";
        let p = strip(t);
        assert_eq!(
            p.title.as_deref(),
            Some("Ferry services resume across the strait after storm")
        );
        assert_eq!(p.author.as_deref(), Some("Maya Lindqvist Ortega"));
        assert_eq!(p.published.as_deref(), Some("2024-03-09T19:15"));
    }

    #[test]
    fn keeps_a_short_closing_sentence() {
        let t = "The minister arrived in the capital on a two-day visit, officials said.\nShe did not comment further.\nShare\n";
        let p = strip(t);
        assert_eq!(
            p.body,
            "The minister arrived in the capital on a two-day visit, officials said.\nShe did not comment further."
        );
    }

    #[test]
    fn spans_are_on_char_boundaries() {
        let t = "×\n© Ñandú Média\nÉté à Paris: les ministres se réunissent demain.\n";
        let p = strip(t);
        for r in &p.removed {
            assert_eq!(&t[r.start..r.end], r.text);
        }
    }
}

#[cfg(test)]
mod glued_tests {
    use super::*;

    #[test]
    fn a_head_glued_into_the_article_line_is_split() {
        let t = "Beranda Berita Politik Hukum Wali Kota Tinjau Pasar Baru Ditulis oleh: Made Sukerta Jalan di depan pasar. Foto: BALIPOS/Komang Ari Denpasar - Wali Kota meninjau pasar yang baru selesai dibangun. Pedagang menyambut baik kunjungan itu.";
        let p = strip(t);
        assert_eq!(p.title.as_deref(), Some("Wali Kota Tinjau Pasar Baru"));
        assert_eq!(p.author.as_deref(), Some("Made Sukerta"));
        assert_eq!(
            p.body,
            "Denpasar - Wali Kota meninjau pasar yang baru selesai dibangun. Pedagang menyambut baik kunjungan itu."
        );
    }

    #[test]
    fn reporter_and_date_label_end_a_glued_headline() {
        // A Title Case headline: the last three capitalized words before the role are the
        // reporter's name and the role's qualifier.
        let t = "Home World Business Ferry Service to Resume Next Month After Pier Repairs Maria Lopez Senior Correspondent PUBLISHED Mar 3, 2025, 09:15 AM PORT LEMON - The ferry service will resume next month after repairs to the pier, the operator said.";
        let p = strip(t);
        assert_eq!(
            p.title.as_deref(),
            Some("Ferry Service to Resume Next Month After Pier Repairs")
        );
        assert_eq!(p.published.as_deref(), Some("2025-03-03T09:15"));
        assert!(!p.body.contains("Correspondent"), "{}", p.body);
    }

    #[test]
    fn a_dated_first_sentence_is_not_a_head() {
        let t = "Jakarta - Presiden meresmikan bendungan baru di Jawa Tengah yang ditulis oleh: tim humas pada hari itu. Warga menyambut baik.";
        let p = strip(t);
        assert!(p.body.starts_with("Jakarta - Presiden meresmikan"));
    }

    #[test]
    fn trailing_site_noise_after_a_reporter_tag_is_cut() {
        let t = "The minister said the plan would take effect next year and cover all provinces.(abc) Share this article: Facebook X Tags: Policy, Budget";
        let p = strip(t);
        assert_eq!(
            p.body,
            "The minister said the plan would take effect next year and cover all provinces."
        );
    }
}

#[cfg(test)]
mod head_tests {
    use super::*;

    #[test]
    fn credit_lines_and_standfirsts_around_the_headline() {
        let t = "PORTAL BERITA\nBerita | Video | Foto\nBanjir Rendam Tiga Desa di Kabupaten Bogor\nRibuan warga mengungsi ke balai desa sejak Minggu malam.\nAndi Wirawan • 4 Feb 2024 • 3 menit baca\nFotografer: Rudi Hartono\nWarga mengevakuasi barang di Desa Sukamaju. - Foto KABARBOGOR\nBanjir setinggi satu meter merendam tiga desa di Kabupaten Bogor sejak Minggu malam.\nPetugas BPBD masih mendata kerugian warga.\n";
        let p = strip(t);
        assert_eq!(
            p.title.as_deref(),
            Some("Banjir Rendam Tiga Desa di Kabupaten Bogor")
        );
        assert_eq!(p.published.as_deref(), Some("2024-02-04"));
        assert_eq!(p.author.as_deref(), Some("Andi Wirawan"));
        assert!(!p.body.contains("Fotografer"));
        assert!(!p.body.contains("KABARBOGOR"));
        assert!(p.body.ends_with("Petugas BPBD masih mendata kerugian warga."));
    }

    #[test]
    fn a_byline_naming_the_masthead_after_a_comma_is_no_headline() {
        let t = "Kabar Pasar\nNews | Ekonomi\n\nEkonomi\nHarga Beras di Pasar Induk Turun 5 Persen Jelang Panen Raya\nDewi Lestari Ningsih, Kabar Pasar\n15 July 2025 13:05\n\nJakarta - Harga beras di pasar induk turun lima persen pekan ini, kata pedagang setempat kepada wartawan.\nPedagang mengatakan pasokan dari daerah mulai naik menjelang panen raya.\n";
        let p = strip(t);
        assert_eq!(
            p.title.as_deref(),
            Some("Harga Beras di Pasar Induk Turun 5 Persen Jelang Panen Raya")
        );
        assert_eq!(p.author.as_deref(), Some("Dewi Lestari Ningsih"));
    }

    #[test]
    fn a_credit_label_line_under_a_caption_is_no_headline() {
        let t = "COURIER\nNews | Sport\nFarmers in Embu get new tea factory\nPickers sort leaves at a collection centre in Embu on May 2, 2026.\nPhoto credit: Jane Mwangi | Courier Media\nBy Peter Kamau\nThe county opened a new tea factory on Friday, officials said, ending a two-year wait for growers.\nCredit Suisse analysts said tea prices would stay firm this year, the report added.\n";
        let p = strip(t);
        assert_eq!(p.title.as_deref(), Some("Farmers in Embu get new tea factory"));
        assert!(!p.body.contains("Pickers sort"), "{}", p.body);
        assert!(p.body.contains("Credit Suisse analysts"), "{}", p.body);
    }

    #[test]
    fn an_end_mark_after_the_last_sentence_is_cut_and_the_sentence_kept() {
        let t = "Ferry Link to Open in March\nThe new ferry link between the two islands will open in March, the transport office said.\nTickets will go on sale next month at the harbour office. ENDS\nRelated News\n» Port fees rise again\n» Bridge tender delayed\nContact us | Privacy\n";
        let p = strip(t);
        assert!(p.body.ends_with("at the harbour office."), "{}", p.body);
    }

    #[test]
    fn a_line_with_two_promotion_words_is_a_promotion_mid_article() {
        let t = "Pelabuhan Baru Dibuka di Kupang\nPemerintah membuka pelabuhan baru di Kupang pada Senin untuk melayani kapal penumpang antarpulau.\nPelabuhan itu mampu melayani tiga kapal sekaligus, kata kepala dinas perhubungan setempat.\nPROMO SPESIAL! Diskon 40% langganan koran digital kami hingga akhir bulan ini. Klik di sini.\nPemerintah juga memberikan diskon tarif bagi pelajar selama sebulan pertama operasi pelabuhan itu.\nWarga menyambut baik pembukaan pelabuhan tersebut, kata kepala desa.\n";
        let p = strip(t);
        assert!(!p.body.contains("PROMO"), "{}", p.body);
        assert!(p.body.contains("diskon tarif bagi pelajar"), "{}", p.body);
    }

    #[test]
    fn bullets_after_a_colon_inside_a_sentence_are_its_list_not_links() {
        let t = "Clinic Opens in Riverside\nThe new clinic opened on Monday, the council said.\nStaff gave three health tips: \u{2022} drink water often \u{2022} rest in the shade \u{2022} wear a hat outdoors.\n";
        let p = strip(t);
        assert!(p.body.contains("wear a hat outdoors"), "{}", p.body);
    }

    #[test]
    fn a_malay_related_link_and_an_ad_break_are_cut() {
        let t = "Jambatan Baharu Dibuka di Sandakan\nJambatan baharu itu dibuka kepada orang ramai pada Isnin, kata jurutera daerah.\nBerita Berkaitan: Projek jalan raya di Tawau siap awal\nIklan\nTeruskan membaca di bawah\nKerja pembinaan mengambil masa dua tahun dan menelan belanja RM40 juta.\n";
        let p = strip(t);
        assert!(p.body.contains("menelan belanja RM40 juta"), "{}", p.body);
        assert!(!p.body.contains("Projek jalan raya"), "{}", p.body);
        assert!(!p.body.contains("Teruskan membaca"), "{}", p.body);
    }

    #[test]
    fn a_malay_comment_policy_is_cut() {
        let t = "Jambatan Baharu Dibuka di Sandakan\nJambatan baharu itu dibuka kepada orang ramai pada Isnin, kata jurutera daerah.\nKerja pembinaan mengambil masa dua tahun dan menelan belanja RM40 juta.\nKomen pembaca adalah pandangan peribadi dan tidak mewakili pendirian akhbar ini.\nSila elakkan komen berunsur perkauman dan fitnah.\n";
        let p = strip(t);
        assert!(p.body.contains("menelan belanja RM40 juta"), "{}", p.body);
        assert!(!p.body.contains("Komen pembaca"), "{}", p.body);
        assert!(!p.body.contains("elakkan komen"), "{}", p.body);
    }

    #[test]
    fn credit_labels_join_names_with_the_data_files_conjunctions_and_particles() {
        let s = Stripper::new();
        let label = |t: &str| s.label_line(t, Span::new(0, t.len()));
        assert_eq!(label("Graphics Desk: Lucia del Rio and Tomas Berg"), Some(14));
        assert_eq!(label("Grafis: Lucia del Rio dan Tomas Berg"), Some(7));
        assert_eq!(label("Graphics Desk: Lucia del Rio with Tomas Berg"), None);
        // A label that names no part in making the story is a headline's.
        assert_eq!(label("Global Trade Roundup: Shifting Supply Routes"), None);
        assert_eq!(label("Harbour Watch: Rising Tide Costs"), None);
        assert_eq!(label("Jurugambar: Amir Hamzah Yusof"), Some(11));
    }

    #[test]
    fn a_headline_with_a_label_before_two_capitalized_words_is_the_title() {
        let t = "Harbour Watch: Rising Tide Costs\n\nMANILA, March 3, 2025\n\nThe port authority said on Monday that the tide had flooded three piers.\n\nRepairs will take a month, it said.\n";
        let p = strip(t);
        assert_eq!(p.title.as_deref(), Some("Harbour Watch: Rising Tide Costs"));
    }
}

#[cfg(test)]
mod date_line_tests {
    use super::*;

    #[test]
    fn a_sentence_with_a_date_below_the_headline_is_kept() {
        let t = "Pemkot Gelar Festival Kuliner Nusantara\nRapat panitia digelar Selasa (16/11/2021)\nFestival itu akan diikuti ratusan pedagang dari berbagai daerah di Jawa Barat.\n";
        let p = strip(t);
        // Not a byline: its date is no publication date (the line itself, unpunctuated before
        // the article, goes as navigation).
        assert_eq!(p.published, None);
        assert!(!p.removed.iter().any(|r| r.reason == Reason::Byline));
    }

    #[test]
    fn bylines_with_a_site_or_a_label_before_the_date() {
        for (line, want) in [
            ("Warta.co.id - 03/04/2024, 09:15 WIB", "2024-04-03T09:15+07:00"),
            ("Diperbarui: 3 April 2024", "2024-04-03"),
            ("Siti Aminah | 3 April 2024", "2024-04-03"),
        ] {
            let t = format!(
                "Harga Beras Turun di Pasar Induk\n{line}\nHarga beras medium turun menjadi Rp 12.000 per kilogram di pasar induk.\n"
            );
            assert_eq!(strip(&t).published.as_deref(), Some(want), "{line}");
        }
    }
}

#[cfg(test)]
mod layout_tests {
    use super::*;

    #[test]
    fn the_last_paragraph_with_an_end_mark_stays() {
        let t = "Pasar Ikan Baru Dibuka di Cirebon\nSenin, 3 Maret 2025 10:00 WIB\nPasar ikan baru di Cirebon dibuka pada Senin, kata wali kota.\nPedagang berharap pembeli dari luar kota berdatangan setiap pekan.***\nSimak berita lainnya di Google News\n";
        let p = strip(t);
        assert!(p.body.contains("Pedagang berharap pembeli"), "{}", p.body);
        assert!(!p.body.contains("Google News"), "{}", p.body);
    }

    #[test]
    fn the_last_paragraph_signed_with_an_outlet_in_camel_case_stays() {
        let t = "Jualan durian meningkat\nIsnin, 7 Disember 2026\nJualan durian di Raub meningkat minggu ini, kata persatuan peladang.\nPada Julai lalu, pameran serupa menjana jualan RM2 juta dalam tempoh dua hari. \u{2013} BeritaLembah\n\nArtikel Berkaitan\nHarga getah naik lagi\n";
        let p = strip(t);
        assert!(p.body.contains("Pada Julai lalu, pameran serupa"), "{}", p.body);
        assert!(!p.body.contains("BeritaLembah"), "{}", p.body);
    }

    #[test]
    fn a_caption_credit_with_the_day_after_a_comma_is_a_caption() {
        let t = "Harga ayam stabil menjelang perayaan\n\nOleh Siti Aminah - 3 Jun 2026, 11:20 pagi\n\nPeniaga menyusun ayam di Pasar Besar Ipoh. Foto AHMAD ZAKI, 2 JUN 2026.\n\nKongsi  Facebook  X  WhatsApp  Telegram\n\nIPOH \u{2013} Harga ayam di Perak dijangka stabil menjelang perayaan, kata persatuan peniaga.\n\nBekalan mencukupi sehingga hujung bulan, katanya.\n";
        let p = strip(t);
        assert!(!p.body.contains("AHMAD ZAKI"), "{}", p.body);
        assert!(!p.body.contains("WhatsApp"), "{}", p.body);
        assert!(p.body.starts_with("IPOH"), "{}", p.body);
    }

    #[test]
    fn a_wordpress_foot_of_tags_neighbours_and_reply_box_is_noise() {
        let t = "Ferry link to Labuan resumes\n\nThe ferry link between Menumbok and Labuan resumed on Monday, the operator said.\n\nTickets are on sale at both jetties, it said.\n\nTAGS\nFerry\nLabuan\nPrevious article\nRice prices hold steady in Sabah\nNext article\nNew bridge opens in Beaufort\n\nLEAVE A REPLY\nPlease enter your comment!\nPlease enter your name here\n";
        let p = strip(t);
        assert!(p.body.contains("Tickets are on sale"), "{}", p.body);
        assert!(!p.body.contains("Rice prices"), "{}", p.body);
        assert!(!p.body.contains("Beaufort"), "{}", p.body);
        assert!(!p.body.contains("Please enter"), "{}", p.body);
    }

    #[test]
    fn a_wire_credit_and_a_view_counter_at_the_foot_are_noise() {
        let t = "Rail link to Hualien reopens\n\nThe rail link to Hualien reopened yesterday, the railway administration said.\n\nTrains will run every hour, it said.\n\nAdditional reporting by Staff writer\nThis story has been viewed 2,045 times.\n";
        let p = strip(t);
        assert!(p.body.contains("Trains will run"), "{}", p.body);
        assert!(!p.body.contains("Additional reporting"), "{}", p.body);
        assert!(!p.body.contains("viewed"), "{}", p.body);
    }

    #[test]
    fn a_last_sentence_of_names_with_one_verb_stays() {
        // Its only lower-case content word is the verb; the credit line after it has none.
        let t = "Salmon Talks Close in Oslo\nOSLO, 3 March 2025\nFishery ministers closed three days of salmon talks in Oslo on Monday.\nBuyers arrived from Chile, New Zealand, Iceland and the Faroe Islands.\nReporting by Ola Berg and Kari Lund.\n";
        let p = strip(t);
        assert!(p.body.contains("Buyers arrived from Chile"), "{}", p.body);
        assert!(!p.body.contains("Reporting by"), "{}", p.body);
    }

    #[test]
    fn prose_under_a_comment_box_does_not_extend_the_article() {
        // The print sign-off above the box is after the article's last paragraph.
        let t = "Harga Cabai Turun di Pasar Kota\nSenin, 3 Maret 2025\nHarga cabai rawit di pasar kota turun tajam pada Senin, kata pedagang.\nPemerintah kota berjanji menjaga pasokan hingga Lebaran.\nPasokan dari daerah penghasil mulai lancar setelah jalan diperbaiki.\nPedagang berharap harga tetap stabil sampai akhir bulan.\nDimuat di Harian Kota, 4 Maret 2025\nKomentar\nSemoga harga cepat turun, kasihan pembeli kecil seperti kami.\n";
        let p = strip(t);
        assert!(p.body.contains("menjaga pasokan"), "{}", p.body);
        assert!(!p.body.contains("Dimuat di"), "{}", p.body);
    }

    #[test]
    fn a_letters_invitation_closes_the_article() {
        let t = "Dam Levels Fall Across the North\nFriday, 7 March 2025\nDam levels across the north fell below a third on Thursday, the water utility said.\nFarmers were asked to cut irrigation by a fifth until the rains return.\nThe utility will publish new figures next week, its spokesperson said.\nTown councils plan to truck water to villages that run dry this month.\n\u{2013} desk@northpost.example.com\nHave your say: send us your letters on WhatsApp.\n";
        let p = strip(t);
        assert!(p.body.contains("truck water"), "{}", p.body);
        assert!(!p.body.contains("northpost"), "{}", p.body);
        assert!(!p.body.contains("Have your say"), "{}", p.body);
    }

    #[test]
    fn promotion_lines_in_indonesian_and_malay_are_noise() {
        let t = "Harga Gula Naik di Pasar Raya\nSenin, 3 Maret 2025\nHarga gula pasir di pasar raya naik pada Senin, kata pedagang.\nPROMO: Langganan Kota Pos hanya sepuluh ribu rupiah sebulan mulai hari ini.\nPedagang lain menilai kenaikan itu wajar menjelang bulan puasa.\nNikmati pengalaman membaca Kota Pos Premium tanpa iklan di semua perangkat Anda.\nPedagang menyebut pasokan dari pabrik tersendat sejak pekan lalu.\nKonten ini disajikan oleh mitra iklan kami dan bukan karya redaksi.\nPemerintah kota berjanji menggelar operasi pasar pekan depan.\nSertai saluran berita kami untuk mendapatkan kabar terkini setiap hari.\n";
        let p = strip(t);
        assert!(p.body.contains("operasi pasar"), "{}", p.body);
        for noise in ["PROMO", "tanpa iklan", "disajikan oleh", "Sertai saluran"] {
            assert!(!p.body.contains(noise), "{noise}: {}", p.body);
        }
    }

    #[test]
    fn an_outlet_photo_credit_and_a_print_note_are_noise() {
        let t = "Ferry Fares Fall Before the Festival\nMarch 3, 2025\nFerry fares on the lake fell by a tenth on Monday, the operators said.\nFerries wait at the old pier in Lakeside town before the festival. Valley Times Photo\nThe cut will last until the end of the festival season, they said.\nTravellers had complained about the fares since last year, a council member said.\nA version of this story appears in the print on March 4, 2025, of The Valley Times.\n";
        let p = strip(t);
        assert!(p.body.contains("fell by a tenth"), "{}", p.body);
        assert!(!p.body.contains("Times Photo"), "{}", p.body);
        assert!(!p.body.contains("A version of this story"), "{}", p.body);
    }

    #[test]
    fn a_page_field_under_a_label_in_capitals_is_no_headline() {
        let t = "Business > General\n\nRubber exporters eye record year\nPlanters expect buyers from 30 countries\n\nPUBLISHED : 3 Mar 2025 at 04:00\nNEWSPAPER SECTION: Business\nWRITER: Somchai Dee\n\nRubber exporters expect a record year as prices rise, the trade office said on Monday.\n";
        assert_eq!(
            strip(t).title.as_deref(),
            Some("Rubber exporters eye record year")
        );
    }

    #[test]
    fn a_byline_of_a_name_and_the_outlets_address_is_no_headline() {
        let t = "Home > Ekonomi\n\nEkspor Kopi Naik 12% pada Mei 2024, Tertinggi dalam Lima Tahun\n\nSiti Rahma - KabarNiaga.id\nRabu, 19 Juni 2024 | 12:05 WIB\n\nJAKARTA \u{2014} Ekspor kopi naik 12 persen pada Mei 2024, kata BPS.\n\nPermintaan dari Eropa menjadi pendorong utama.\n";
        let p = strip(t);
        assert_eq!(
            p.title.as_deref(),
            Some("Ekspor Kopi Naik 12% pada Mei 2024, Tertinggi dalam Lima Tahun")
        );
        assert_eq!(p.author.as_deref(), Some("Siti Rahma"));
    }

    #[test]
    fn the_note_about_the_reporter_at_the_foot_goes() {
        let t = "Fiji and Tonga sign fisheries pact\nBy Mele Tupou and JOHN SMITH\nNovember 3, 2025\nSUVA, Fiji (AP) — Fiji and Tonga signed a fisheries pact on Monday, officials said.\nThe deal covers tuna and reef fish.\nMELE TUPOU\nTupou covers the Pacific islands for The Associated Press.\nJohn Smith is Pacific correspondent at the agency, covering trade.\n";
        let p = strip(t);
        assert!(
            p.body.ends_with("The deal covers tuna and reef fish."),
            "{}",
            p.body
        );
        // A paragraph about someone else, or opening with the reporter's name in the story, stays.
        let fellow = "Why reef fish are vanishing\nBy Ana Cruz\nMarch 3, 2025\nReef fish catches have fallen by half since 2010, surveys show.\nAna Cruz is a research fellow at an ocean policy institute in Manila.\n";
        assert!(!strip(fellow).body.contains("research fellow"));
        let kept = "Fiji and Tonga sign fisheries pact\nBy Mele Tupou\nNovember 3, 2025\nSUVA, Fiji (AP) — Fiji and Tonga signed a fisheries pact on Monday, officials said.\nTupou Fifita, the fisheries minister, said the deal covers tuna.\n";
        assert!(strip(kept).body.contains("Tupou Fifita, the fisheries minister"));
    }

    #[test]
    fn a_headline_line_with_the_reporter_outlet_and_date_glued_on_is_split() {
        let t = "\u{2630} KabarKita  AMP\n\nPelabuhan Baru di Kupang Mulai Beroperasi Pekan Ini, Kapal Ternak Jadi PrioritasYosef Bere - KabarKita.idSenin, 3 Mar 2025 08:15 WITA\nShare  Tweet  WA\nKupang - Pelabuhan baru di Kupang mulai beroperasi pada Senin, kata pejabat setempat.\nKapal ternak mendapat prioritas sandar.\n";
        let p = strip(t);
        assert_eq!(
            p.title.as_deref(),
            Some("Pelabuhan Baru di Kupang Mulai Beroperasi Pekan Ini, Kapal Ternak Jadi Prioritas")
        );
        assert_eq!(p.author.as_deref(), Some("Yosef Bere"));
        assert_eq!(p.published.as_deref(), Some("2025-03-03T08:15+08:00"));
        assert!(p.body.starts_with("Kupang - Pelabuhan baru"), "{}", p.body);
    }

    #[test]
    fn a_gallery_counter_between_arrows_is_page_furniture() {
        let t = "Galeri: Pameran Kopi di Medan\n\n\u{2039}  3 of 12  \u{203a}\n\nPengunjung mencicipi kopi Gayo di anjungan Aceh pada hari pertama pameran.\n\n4 / 12\n\nPara petani menawarkan biji kopi sangrai kepada pembeli dari luar negeri.\n";
        let p = strip(t);
        assert!(
            !p.body.contains("of 12") && !p.body.contains("4 / 12"),
            "{}",
            p.body
        );
        assert!(p.body.contains("Para petani menawarkan"), "{}", p.body);
    }

    #[test]
    fn a_headline_of_two_short_sentences_beats_the_masthead() {
        let t = "THE HARBOUR REVIEW\nSubscribe | Sign in\n\nRice tariffs have done their job. Manila needs a new plan\n\nBy Ana Cruz\nPublished: March 3, 2026\n\nWhen the Philippines raised rice tariffs in 2019, farmers protested for weeks. Six years on, the policy has outlived its use, and the government should say so.\n\nThe next step is to fund irrigation.\n";
        let p = strip(t);
        assert_eq!(
            p.title.as_deref(),
            Some("Rice tariffs have done their job. Manila needs a new plan")
        );
        // Prose of two sentences is still no headline.
        let prose = "Harga Beras Naik\nSenin, 3 Maret 2025\nHarga beras naik lagi. Pedagang mengeluhkan pasokan yang seret dari daerah\nPemerintah berjanji menambah pasokan.\n";
        assert_eq!(strip(prose).title.as_deref(), Some("Harga Beras Naik"));
    }

    #[test]
    fn a_date_line_with_the_year_glued_to_the_time_and_the_zone_to_a_label() {
        let t = "Asia Pacific\nVietnam and Laos agree to link power grids, ministers say\nBy Tran Minh\nMarch 3, 20259:15 PM GMT+8Updated 2 hours ago\nHANOI, March 3 - Vietnam and Laos agreed on Monday to link their power grids by 2028, ministers from both countries said.\nThe link will carry hydropower from Laos to northern Vietnam, they said.\n";
        let p = strip(t);
        assert_eq!(p.published.as_deref(), Some("2025-03-03T21:15+08:00"));
        assert!(!p.body.contains("Updated 2 hours ago"));
    }

    #[test]
    fn a_weak_promotion_word_in_a_numbered_list_s_first_item_stays() {
        let t = "Layanan\nCara Daftar Antrean Puskesmas\nSenin, 3 Maret 2031\nPuskesmas Oebobo kini melayani antrean daring, kata kepala puskesmas pada Senin.\nTiga langkah mendaftar:\nLangkah 1: unduh aplikasi\nLangkah 2: pilih jadwal\nLangkah 3: datang tepat waktu\nLayanan ini gratis untuk semua warga.\n";
        let p = strip(t);
        assert!(p.body.contains("Langkah 1: unduh aplikasi"), "{}", p.body);
    }

    #[test]
    fn a_date_line_ending_in_a_dotted_abbreviation() {
        let t = "City\nNight Market Moves to the Old Port\n14 Aug 2031, 9:40 p.m.\nThe night market will move to the old port next month, the city council said on Thursday.\nTraders welcomed the move.\n";
        let p = strip(t);
        assert_eq!(p.published.as_deref(), Some("2031-08-14T21:40"));
        assert!(!p.body.contains("9:40"), "{}", p.body);
    }

    #[test]
    fn photo_credits_read_also_lines_and_follow_pitches_are_noise() {
        let t = "Transport\nBus Lane Opens on Orchard Road\n21 Jan 2028\nA new bus lane opened on Orchard Road on Friday, the transport authority said.\nDon't miss: Taxi fares rise from March\nBuses will run every five minutes at peak hours, it added.\nTop photo via LTA\nIf you like what you read, follow us for more.\n";
        let p = strip(t);
        for noise in ["Don't miss", "Top photo", "If you like"] {
            assert!(!p.body.contains(noise), "{noise}: {}", p.body);
        }
        assert!(p.body.contains("every five minutes"));
        let ms = "Wilayah\nKursus Diplomat Muda Bermula\n13 Jun 2027\nKursus diplomat muda ASEAN bermula di Bandar Seri Begawan semalam, kata kementerian.\nSeramai 30 peserta menyertai kursus itu.\nKomen yang disiarkan adalah pandangan peribadi pembaca.\n";
        assert!(!strip(ms).body.contains("Komen"));
    }

    #[test]
    fn a_malay_comment_policy_owned_by_its_writers_is_noise() {
        let ms = "Nasional\nPameran Buku Dibuka\n14 Mac 2027\nBANDAR SERI BEGAWAN: Pameran buku antarabangsa dibuka semalam dengan penyertaan 80 penerbit.\nPameran itu berlangsung selama seminggu.\nSegala komen yang disiarkan adalah tanggungjawab penulis komen sendiri. Pihak pengurusan berhak memadam komen yang tidak sopan.\n";
        let p = strip(ms);
        assert!(!p.body.contains("komen"), "{}", p.body);
        assert!(p.body.contains("selama seminggu"));
    }

    #[test]
    fn marked_ads_breaking_bars_and_desk_codes_are_noise() {
        let id = "Ekonomi\nTERKINI: Banjir rendam tiga desa di Sentani\nEkspor Udang Naik Tajam\nJAKARTA - Ekspor udang naik 12 persen pada kuartal pertama, kata Kementerian Kelautan.\n[Iklan] Jual Rumah Murah di Sentani, Hub. 0812-0000-0000\nKenaikan itu didorong permintaan dari Jepang. (P-3)\n";
        let p = strip(id);
        for noise in ["TERKINI", "Jual Rumah", "(P-3)"] {
            assert!(!p.body.contains(noise), "{noise}: {}", p.body);
        }
        assert!(p.body.contains("permintaan dari Jepang."));
        assert_eq!(p.title.as_deref(), Some("Ekspor Udang Naik Tajam"));
        let ms = "Sabah\nHotel Baharu Dibuka di Kudat\nKOTA KINABALU: Sebuah hotel baharu dibuka di Kudat semalam dengan 80 bilik.\nPakej Percutian Keluarga dari RM150. Tempah sekarang.\nHotel itu dijangka menarik pelancong dari Korea.\nPolisi Komen: Komen berunsur fitnah akan dipadam.\n";
        let p = strip(ms);
        for noise in ["Tempah", "Polisi Komen"] {
            assert!(!p.body.contains(noise), "{noise}: {}", p.body);
        }
        assert!(p.body.contains("pelancong dari Korea"));
    }

    #[test]
    fn reprint_notes_and_app_store_pitches_are_noise() {
        let t = "Corporate\nPlantation Group to Build Refinery\n11 Apr 2027\nKUALA LUMPUR: A plantation group will build a RM900 million refinery in Pahang, it said on Friday.\nConstruction of the refinery starts in June and will take two years, the group added.\nThis article first appeared in The Weekly Ledger. Subscribe for full access.\nGet the latest news on your mobile: download our app on the App Store and Google Play.\n";
        let p = strip(t);
        for noise in ["first appeared", "App Store"] {
            assert!(!p.body.contains(noise), "{noise}: {}", p.body);
        }
        assert!(p.body.contains("will take two years"));
    }

    #[test]
    fn a_shop_promotion_with_its_terms_is_noise() {
        let t = "Business\nPort Upgrade Approved\n23 Nov 2027\nCEBU: The ministers met on Monday in Cebu and agreed a new plan for the ports of the region.\nShop smarter this season! Get up to 70% off at Harbour Mall. Terms apply.\nThe plan will be published next month, officials said after the meeting.\n";
        let p = strip(t);
        assert!(!p.body.contains("Harbour Mall"), "{}", p.body);
        assert!(p.body.contains("published next month"));
    }

    #[test]
    fn a_date_line_under_a_photo_credit_is_the_bylines_date() {
        let ms = "TEMPATAN\nPasar Tani Baharu Dibuka di Tutong\nOleh: Awang Rahim\nFoto: Dayang Siti\nRabu, 9 Disember 2026 | 3:45 petang\nPengunjung membeli sayur di pasar tani. \u{2013} Gambar MP\nTUTONG, 9 Dis - Sebuah pasar tani baharu dibuka hari ini dengan 60 gerai yang menjual hasil tempatan.\nPasar itu dibuka setiap hari dari pagi hingga petang.\n";
        let p = strip(ms);
        assert_eq!(p.published.as_deref(), Some("2026-12-09T15:45"));
        assert!(p.body.contains("60 gerai"));
    }

    #[test]
    fn a_messaging_app_promo_line_is_noise() {
        let t = "Health\nBird Flu Checks Tightened at Border\n3 Nov 2027\nBANGKOK: Health officials tightened checks on poultry at border crossings on Wednesday, the ministry said.\nThe checks will run until the end of the year, it added.\nFollow the latest stories on our LINE Official account.\n";
        let p = strip(t);
        assert!(!p.body.contains("LINE"), "{}", p.body);
        assert!(p.body.contains("until the end of the year"));
    }

    #[test]
    fn a_byline_linking_its_name_to_the_date_with_a_word() {
        let en = "Nation\nFerry Services Resume After Storm\nBy Marcus Tan on March 5, 2025, Wednesday at 7:15 AM\nKUCHING: Ferry services to the islands resumed on Tuesday after a two-day suspension, the operator said.\nAll routes will run to schedule from today, it added.\n";
        let p = strip(en);
        assert_eq!(p.published.as_deref(), Some("2025-03-05T07:15"));
        assert_eq!(p.author.as_deref(), Some("Marcus Tan"));
        let id = "Daerah\nJembatan Gantung Kembali Dibuka\nOleh Dewi Anggraini pada 6 Maret 2025\nKUPANG - Jembatan gantung di desa itu kembali dibuka pada Rabu setelah diperbaiki selama dua pekan, kata kepala desa.\nWarga kini tak perlu memutar sejauh lima kilometer.\n";
        let p = strip(id);
        assert_eq!(p.published.as_deref(), Some("2025-03-06"));
        assert_eq!(p.author.as_deref(), Some("Dewi Anggraini"));
        // A headline with a date after "on" is no byline.
        let headline = "Storm Hits Kuching on 4 March 2025\nKUCHING: A storm hit the city on Tuesday, the weather office said.\n";
        assert_eq!(strip(headline).published, None);
    }

    #[test]
    fn a_time_on_its_own_line_beside_the_date_line_is_the_published_time() {
        let after = "World | Asia\n\nPhilippines and Vietnam Sign Rice Pact\n\nBy JUAN REYES\n\nMonday, 3 Mar 2025\n\n9:40 AM PHT\n\nMANILA: The Philippines and Vietnam signed a rice supply pact on Sunday, officials said.\n\nThe deal covers two million tonnes a year, the agriculture department said.\n";
        let p = strip(after);
        assert_eq!(p.published.as_deref(), Some("2025-03-03T09:40+08:00"));
        assert!(!p.body.contains("9:40"));
        let before = "Ekonomi\nHarga Beras Turun di Pasar Induk\n14.20 WIB\nSelasa, 4 Maret 2025\nHarga beras medium di Pasar Induk turun Rp 500 per kilogram pada Selasa, kata pedagang.\nPedagang berharap harga stabil hingga Lebaran.\n";
        let p = strip(before);
        assert_eq!(p.published.as_deref(), Some("2025-03-04T14:20+07:00"));
        // A time in prose under the date line is not the page's.
        let prose = "Harga Beras Turun di Pasar Induk\nSelasa, 4 Maret 2025\nRapat dimulai pukul 14.20 WIB di kantor dinas, kata pejabat itu kepada wartawan.\n";
        assert_eq!(strip(prose).published.as_deref(), Some("2025-03-04"));
    }

    #[test]
    fn subtitle_breadcrumb_and_document_number_are_not_the_headline() {
        let t = "NEWS > ECONOMY\nRelease No. 12/PR/III/2024\nPublished: 4 March 2024\nRice prices fall for a third week in city markets\nTraders expect cheaper supplies once the harvest arrives\nBy Maria Gomez\nRice prices fell again on Monday in the city's main markets, traders said.\nThe agriculture office expects prices to keep falling until April.\n";
        let p = strip(t);
        assert_eq!(
            p.title.as_deref(),
            Some("Rice prices fall for a third week in city markets")
        );
        assert_eq!(p.author.as_deref(), Some("Maria Gomez"));
        assert!(!p.body.contains("Traders expect cheaper supplies"));
    }

    #[test]
    fn a_credit_on_its_own_line_and_the_caption_above_it_under_the_head_are_noise() {
        let t = "Ferry service resumes between two island towns\nBy Ana Cruz\nMarch 6, 2026\nPassengers board a ferry at the port of Batangas on Wednesday, March 4, 2026.\nREUTERS / Willy Kurniawan\nThe ferry between the two towns resumed on Thursday after a month of repairs, the port office said.\nTickets are on sale at both piers, officials said on Friday.\n";
        let p = strip(t);
        assert!(p.body.starts_with("The ferry between"), "{}", p.body);
        // A crumb with a slash is no credit.
        let c = "Home / News\nFerry service resumes between two island towns\nMarch 6, 2026\nThe ferry between the two towns resumed on Thursday, the port office said.\n";
        assert!(strip(c).removed.iter().all(|r| r.reason != Reason::Caption));
    }

    #[test]
    fn a_weak_promotion_word_in_an_item_of_a_kept_list_is_the_lists() {
        let t = "Museum reopens after repairs\nMay 17, 2028\nThe city museum reopens on Saturday after two years of repairs, the council said.\nVisitors on the first day receive:\n- a guided tour of the new wing\n- a printed map of the galleries\n- a voucher for the museum cafe\nThe museum is open daily except Monday.\n";
        let p = strip(t);
        assert!(p.body.contains("- a voucher for the museum cafe"), "{}", p.body);
        // Alone, such a line is still a promotion.
        let alone = "Museum reopens after repairs\nMay 17, 2028\nThe city museum reopens on Saturday after two years of repairs, the council said.\nVoucher diskon 50% untuk pembaca\nThe museum is open daily except Monday.\n";
        assert!(!strip(alone).body.contains("Voucher"));
    }

    #[test]
    fn a_name_over_a_separator_line_over_the_date_is_the_byline_not_the_headline() {
        let t = "Berita \u{203a} Nasional\nHarga ayam di pasar borong turun 10 peratus minggu ini\nSiti Nurhaliza Omar\n - \n3 Mac 2026, 8:15 pagi\nKUALA LUMPUR: Harga ayam di pasar borong turun 10 peratus minggu ini, kata persatuan penternak.\nPenurunan itu dijangka berterusan hingga bulan depan.\nKomen\nPortal ini tidak bertanggungjawab atas komen pembaca.\n";
        let p = strip(t);
        assert_eq!(
            p.title.as_deref(),
            Some("Harga ayam di pasar borong turun 10 peratus minggu ini")
        );
        assert!(!p.body.contains("bertanggungjawab"), "{}", p.body);
    }

    #[test]
    fn a_caption_closed_by_a_credit_label_is_noise() {
        let t = "Asia | Politics\nIslanders vote in a calm first round\nThe islands hold their first local vote since independence.\nBy Tomas Guterres\nApril 24, 2026\nVoters queue outside a school in Baucau. Credit: Depositphotos\nVoters on the islands cast their ballots on Friday in a calm first round, observers said.\nResults are due next week.\n";
        let p = strip(t);
        assert!(!p.body.contains("Voters queue"), "{}", p.body);
        assert!(p.body.contains("Voters on the islands cast"), "{}", p.body);
    }

    #[test]
    fn a_masthead_with_an_exclamation_mark_signs_the_article_off() {
        let t = "Bot asing ditahan di Terengganu\n12 Ogos 2026\nKUALA TERENGGANU – Maritim Malaysia menahan 11 bot nelayan asing semalam, kata pengarahnya.\nKesemua kru akan dibawa ke mahkamah esok. – K! ONLINE\nArtikel berkaitan\nLelaki ditahan curi kabel\n";
        let p = strip(t);
        assert!(p.body.contains("dibawa ke mahkamah esok."), "{}", p.body);
        assert!(!p.body.contains("K! ONLINE"), "{}", p.body);
    }

    #[test]
    fn a_dateline_under_a_caption_that_ends_with_its_credit_is_the_lead() {
        let t = "Ports agree on joint inspections\nDecember 8, 2025\nOfficials tour the container terminal in Đà Nẵng on Monday. \u{2014} VNA/VNS Photo Trần Lê\nĐÀ NẴNG \u{2014} Port authorities from three countries agreed on Monday to run joint inspections of container ships, officials said.\nThe first inspections will start in March.\n";
        let p = strip(t);
        assert!(
            p.body.starts_with("ĐÀ NẴNG \u{2014} Port authorities"),
            "{}",
            p.body
        );
        assert!(!p.body.contains("VNA/VNS"));
    }

    #[test]
    fn moderation_notices_and_breaking_news_pitches_are_noise() {
        let t = "Bridge opens in Nizwa\nThe bridge opened to traffic on Monday, the ministry said.\nIt cost OMR 4 million.\nLatest from Nizwa\nNew school opens in Bahla\nComments are moderated before they appear. Be kind to each other.\nFollow the Nizwa Daily on Telegram for breaking news.\n";
        let p = strip(t);
        assert!(
            !p.body.contains("moderated") && !p.body.contains("Telegram"),
            "{}",
            p.body
        );
        assert!(p.body.contains("It cost OMR 4 million."), "{}", p.body);
        let id = "Jembatan baru dibuka di Bima\nJembatan itu dibuka untuk umum pada Senin, kata kepala dinas.\nBiayanya Rp40 miliar.\nLangganan koran digital Bima Pos hanya Rp50.000 per bulan.\n";
        let p = strip(id);
        assert!(!p.body.contains("Langganan"), "{}", p.body);
    }

    #[test]
    fn a_sentence_signed_by_an_agency_above_the_dateline_is_a_caption() {
        let t = "Ferry link to Tarakan resumes\nMay 3, 2031\nPassengers board the ferry at the Nunukan pier on Friday. \u{2014} ANTARA\nNUNUKAN, May 3 \u{2013} The ferry link between Nunukan and Tarakan resumed on Friday after a two-week halt, the port office said.\nTickets cost Rp 180,000.\n";
        let p = strip(t);
        assert!(p.body.starts_with("NUNUKAN, May 3"), "{}", p.body);
        // The same sentence, signed, closing a one-paragraph brief stays.
        let t = "Ferry link to Tarakan resumes\nMay 3, 2031\nThe ferry link between Nunukan and Tarakan resumed on Friday. \u{2014} ANTARA\nMore News\n";
        let p = strip(t);
        assert!(p.body.starts_with("The ferry link"), "{}", p.body);
    }

    #[test]
    fn cookie_notices_comment_rules_and_pitches_of_more_sites_are_noise() {
        let ms = "Jambatan baharu dibuka di Kuching\nJambatan itu dibuka kepada orang ramai pada Isnin, kata jurucakap kerajaan negeri.\nKos pembinaannya ialah RM120 juta.\nKami mengalu-alukan komen yang sopan daripada pembaca.\nPortal ini menggunakan kuki untuk menambah baik perkhidmatan.\n";
        let p = strip(ms);
        assert!(
            !p.body.contains("komen") && !p.body.contains("kuki"),
            "{}",
            p.body
        );
        let en = "New bridge opens in Kuching\nThe bridge opened to the public on Monday, a state spokesman said.\nIt cost RM120 million to build.\nGet unlimited access to The Borneo Daily for $1 a month\nThe Borneo Daily uses cookies to personalise content and ads.\n";
        let p = strip(en);
        assert!(
            !p.body.contains("unlimited") && !p.body.contains("cookies"),
            "{}",
            p.body
        );
    }

    #[test]
    fn a_name_alone_above_the_date_line_is_no_headline() {
        let t = "Berita\nDunia\nKekeringan Panjang Ancam 40 Ribu Hektare Sawah, Harga Beras Naik\nKemarau datang lebih awal. Petani di Jawa Tengah mulai menunda tanam.\nRatna Dewi Kusuma\n12.08.2025\nKekeringan melanda sawah di Jawa Tengah, Jawa Timur dan NTB sejak Juli, kata Kementerian Pertanian.\nHarga beras medium naik lima persen dalam sebulan.\n";
        let p = strip(t);
        assert_eq!(
            p.title.as_deref(),
            Some("Kekeringan Panjang Ancam 40 Ribu Hektare Sawah, Harga Beras Naik")
        );
        // The name is the byline.
        assert_eq!(p.author.as_deref(), Some("Ratna Dewi Kusuma"));
        assert!(!p.body.contains("Ratna Dewi Kusuma"), "{}", p.body);
    }

    #[test]
    fn a_byline_with_the_masthead_after_a_dash_is_no_headline() {
        let t = "Island Courier\nNews\nWorld\nFerry service resumes between two island towns\nAna Reyes-Santos - Island Courier\nMarch 6, 2026 | 12:00am\nThe ferry between the two towns resumed on Thursday after a month of repairs, the port office said.\nTickets are on sale at both piers.\n";
        let p = strip(t);
        assert_eq!(
            p.title.as_deref(),
            Some("Ferry service resumes between two island towns")
        );
        assert_eq!(p.author.as_deref(), Some("Ana Reyes-Santos"));
        // A name, a dash and words the page does not name elsewhere are a headline.
        let h = "Joko Widodo - Prabowo Subianto Meet Again\nThe two leaders met in Solo on Friday, their aides said.\n";
        assert_eq!(
            strip(h).title.as_deref(),
            Some("Joko Widodo - Prabowo Subianto Meet Again")
        );
    }

    #[test]
    fn a_crumb_with_single_angle_quotes_is_no_headline() {
        let t = "Home\nWorld\nBusiness\nSport\nWorld \u{203a} North-east Asia\nVietnam, Laos sign rail deal as trade between them grows\nThe line will link Vientiane to a port on the coast by 2030.\nTran Minh Chau\nAsia Correspondent\nPublished Mar 2, 2025, 06:00 AM\nHANOI \u{2013} Vietnam and Laos signed a rail deal on Saturday, the two governments said.\nThe line will carry freight and passengers.\n";
        let p = strip(t);
        assert_eq!(
            p.title.as_deref(),
            Some("Vietnam, Laos sign rail deal as trade between them grows")
        );
    }

    #[test]
    fn a_rate_with_a_slash_in_the_headline_is_no_document_code() {
        let t = "detikFinance \u{203a} Berita Ekonomi\nHarga Gula Naik, Bea Masuk Jadi Rp 900/Kg\nDewi Lestari - detikFinance\nSenin, 01 Des 2025 16:48 WIB\nJakarta - Pemerintah menaikkan bea masuk gula rafinasi mulai bulan depan, kata Kementerian Keuangan.\nKenaikan itu berlaku untuk seluruh pelabuhan.\n";
        let p = strip(t);
        assert_eq!(
            p.title.as_deref(),
            Some("Harga Gula Naik, Bea Masuk Jadi Rp 900/Kg")
        );
    }

    #[test]
    fn labels_with_commas_tags_and_cookie_notices_are_noise() {
        let t = "Warga Pulau Seram Menanam Sagu Lagi\nSumber gambar, Dok. Warga\nKeterangan gambar, Warga menanam bibit sagu di Seram, Sabtu (4/10).\nPenulis, Yosef Latu\nPeranan, Wartawan di Ambon\nWarga di Pulau Seram kembali menanam sagu setelah banjir merusak kebun mereka bulan lalu.\nArtikel-artikel yang direkomendasikan\nMengapa sagu kembali diminati warga pesisir?\nHarga beras naik di Ambon pekan ini\nAkhir dari Artikel-artikel yang direkomendasikan\nDinas pertanian membagikan 5.000 bibit sagu kepada warga.\nCek Berita dan Artikel yang lain di Google News\nTag\nSagu  Maluku  Pertanian\nTerbaru\nHarga Cabai Turun di Pasar Ambon\nKebijakan Cookie: Situs ini menggunakan cookie. Dengan melanjutkan, Anda menyetujui penggunaan cookie.\n";
        let p = strip(t);
        assert_eq!(p.author.as_deref(), Some("Yosef Latu"));
        assert_eq!(
            p.body,
            "Warga di Pulau Seram kembali menanam sagu setelah banjir merusak kebun mereka bulan lalu.\nDinas pertanian membagikan 5.000 bibit sagu kepada warga."
        );
    }

    #[test]
    fn a_wire_sign_off_after_the_last_sentence_leaves_the_sentence() {
        for (sign_off, page) in [
            (
                "\u{2013} BERNAMA",
                "Banjir Surut di Kelantan\nKOTA BHARU: Paras air sungai di Kelantan menurun pagi ini, kata jabatan pengairan.\nMangsa banjir dijangka pulang ke rumah masing-masing esok. \u{2013} BERNAMA\n",
            ),
            (
                "\u{2014} Bernama",
                "Banjir Surut di Kelantan\nKOTA BHARU: Paras air sungai di Kelantan menurun pagi ini, kata jabatan pengairan.\nMangsa banjir dijangka pulang ke rumah masing-masing esok. \u{2014} Bernama\n",
            ),
            (
                "Enditem",
                "Ports Reopen After Storm\nHANOI, Nov. 3 (Xinhua) -- Vietnam reopened three northern ports on Monday after a storm passed, officials said.\nShipping firms expect normal traffic by the weekend. Enditem\n",
            ),
            (
                "/SGN",
                "Ports Reopen After Storm\nSINGAPORE — Three ports reopened on Monday after a storm passed, officials said.\nShipping firms expect normal traffic by the weekend. /SGN\n",
            ),
        ] {
            let p = strip(page);
            assert!(
                p.body.ends_with("by the weekend.") || p.body.ends_with("masing-masing esok."),
                "{}",
                p.body
            );
            assert!(!p.body.contains(sign_off), "{}", p.body);
        }
    }

    #[test]
    fn a_glued_section_crumb_and_a_counted_box_of_headlines_are_noise() {
        let t = "Skip to Content\nNavigation menu\nNews\nAsia\nClick here to search\nNews|South Pacific Islands\nTonga opens its first solar farm on the main island\nNuku\u{2019}alofa hopes to halve its diesel imports within five years.\nWorkers install panels near the capital [File: Tonga Power via AP Photo]\nBy Sione Fifita\nPublished On 4 Mar 2025\nTonga opened its first large solar farm on Tuesday, the energy ministry said.\nMore than 400 homes will draw power from it by March.\nRecommended Stories\nlist of 2 items\nlist 1 of 2\nWho pays for the Pacific's power grids?\nlist 2 of 2\nFiji signs a wind power deal with a Korean firm\nend of list\nOfficials said a second farm is planned for the northern islands next year.\nYour subscription has been successful.\n";
        let p = strip(t);
        assert_eq!(
            p.title.as_deref(),
            Some("Tonga opens its first solar farm on the main island")
        );
        for noise in [
            "News|South Pacific",
            "list ",
            "Who pays",
            "Fiji signs",
            "Your subscription",
        ] {
            assert!(!p.body.contains(noise), "{noise}: {}", p.body);
        }
        assert!(p.body.starts_with("Nuku\u{2019}alofa hopes") || p.body.starts_with("Tonga opened"));
        assert!(p.body.ends_with("northern islands next year."), "{}", p.body);
    }

    #[test]
    fn a_comment_section_ends_the_article_and_ad_copy_follows_its_marker() {
        let t = "Harga Cabai Naik Jelang Lebaran\nHarga cabai rawit di pasar tradisional naik menjadi Rp 80.000 per kilogram, kata pedagang.\nIKLAN\nDiskon 50% semua produk hanya hari ini\nPedagang berharap pasokan dari daerah penghasil segera pulih.\nKomentar (12)\nbudi_s: Mahal sekali, pemerintah harus turun tangan!\nsiti88: Di kampung saya juga naik terus.\n";
        let p = strip(t);
        assert_eq!(
            p.body,
            "Harga cabai rawit di pasar tradisional naik menjadi Rp 80.000 per kilogram, kata pedagang.\nPedagang berharap pasokan dari daerah penghasil segera pulih."
        );
        assert!(
            p.removed
                .iter()
                .any(|r| r.reason == Reason::Comments && r.text.starts_with("siti88"))
        );
    }

    #[test]
    fn a_line_a_blank_line_below_an_ad_marker_is_the_article_not_the_ad_copy() {
        let t = "Harga Cabai Naik Jelang Lebaran\nHarga cabai rawit di pasar tradisional naik menjadi Rp 80.000 per kilogram, kata pedagang.\n\nIKLAN\n\nPedagang menyebut dua penyebab utama:\n\n- pasokan dari Garut terhambat hujan;\n- permintaan naik menjelang hari raya.\n\nPedagang berharap pasokan dari daerah penghasil segera pulih.\n";
        let p = strip(t);
        assert!(p.body.contains("dua penyebab utama"), "{}", p.body);
        assert!(!p.body.contains("IKLAN"), "{}", p.body);
    }

    #[test]
    fn the_last_paragraph_signed_by_its_reporter_stays_without_the_sign_off() {
        let t = "Harga Cabai Naik Jelang Galungan\n\nDenpasar (Bali Pos) - Harga cabai rawit di Pasar Badung naik menjadi Rp 80.000 per kilogram menjelang Galungan, kata pedagang.\n\nPedagang berharap pasokan dari Bangli segera pulih setelah hujan reda pekan ini.\n\nKepala Dinas Perdagangan Denpasar, Made Sukerta, meminta warga tidak memborong cabai karena stok di gudang masih cukup hingga akhir bulan depan. (Kadek Wira/balipos)\n\nBAGIKAN: Facebook Twitter WhatsApp\n";
        let p = strip(t);
        assert!(p.body.contains("stok di gudang masih cukup"), "{}", p.body);
        assert!(!p.body.contains("Kadek Wira"), "{}", p.body);
    }

    #[test]
    fn a_sentence_placing_people_in_the_photo_is_a_caption() {
        let t = "Ferry fares to fall from April\n\nBy: Siti Aminah\n\nMinister Tan (second left) with port officials at the jetty on Friday.\n\nFerry fares will fall by a tenth from April, the operator said on Monday.\n\nThe cut follows lower fuel costs, it said.\n";
        let p = strip(t);
        assert!(!p.body.contains("second left"), "{}", p.body);
        assert!(p.body.contains("Ferry fares will fall"), "{}", p.body);
    }

    #[test]
    fn a_desk_code_opened_by_a_star_signs_the_article_off() {
        let t = "Sidang Sosek Malindo Dibuka Senin\n\nTARAKAN - Sidang Sosek Malindo akan dibuka Senin (24/6) di Tarakan, kata panitia.\n\nDelegasi juga akan mengunjungi Pantai Amal di Tarakan. (*/rin/adi)\n";
        let p = strip(t);
        assert!(p.body.ends_with("Pantai Amal di Tarakan."), "{}", p.body);
    }

    #[test]
    fn a_sign_off_dated_after_the_outlet_and_a_portal_foot_go() {
        let t = "Muzakarah Ulama Dibuka Isnin\n\nKUALA TERENGGANU: Muzakarah ulama serantau akan dibuka Isnin ini di Wisma Darul Iman, kata urusetia.\n\nOrang ramai boleh hadir ke pejabat urusetia setiap hari bekerja. \u{2013} BERITAHARIAN 6/5/2024\n\nAdakah anda berpuas hati dengan maklumat di laman ini?  Ya  Tidak\nJumlah Pelawat: 1,234,567\nKemaskini Terakhir: 19/06/2024 10:22:15\n";
        let p = strip(t);
        assert!(p.body.ends_with("setiap hari bekerja."), "{}", p.body);
        assert!(!p.body.contains("Pelawat"), "{}", p.body);
    }

    #[test]
    fn hashtag_lines_and_paywall_prompts_are_page_furniture() {
        let t = "Petani Terima Benih Gratis\nPetani di tiga kecamatan menerima benih padi gratis dari dinas pertanian pekan ini.\n#Pertanian #Benih\nSubscribe from Rp 30.000 a month to keep reading.\n";
        let p = strip(t);
        assert_eq!(
            p.body,
            "Petani di tiga kecamatan menerima benih padi gratis dari dinas pertanian pekan ini."
        );
    }

    #[test]
    fn a_label_word_before_the_date_of_a_dateline() {
        let t = "Drought talks end with a shared warning system\nFiled 03 Jun 2024 14:20 GMT\nMinisters agreed on Monday to share river data every day during the dry season.\n";
        assert_eq!(strip(t).published.as_deref(), Some("2024-06-03T14:20Z"));
    }

    #[test]
    fn reporters_at_their_places_are_the_byline_under_a_headline_below_a_long_menu() {
        let menu: String = (1..=26).map(|i| format!("Section {i}\n")).collect();
        let article = "Rescuers on the island of Flores pulled eleven people from the collapsed market hall on Saturday.\n";
        // A sentence-case headline, its standfirst, the reporters at their places, the date.
        let t = format!(
            "{menu}\nFerry sinks near Labuan Bajo as storms close the strait\n\nOfficials say the crossing will stay shut until the weekend, as more rain is forecast\n\nAna Lim and Budi Santoso in Jakarta\nSat 8 Nov 2025 10.15 GMT\n\n{article}"
        );
        let p = strip(&t);
        assert_eq!(
            p.title.as_deref(),
            Some("Ferry sinks near Labuan Bajo as storms close the strait")
        );
        assert!(!p.body.contains("Ana Lim"));
        assert_eq!(p.author.as_deref(), Some("Ana Lim and Budi Santoso"));
        // Indonesian, one reporter each.
        let t = format!(
            "{menu}\nBanjir rendam tiga kecamatan di Kabupaten Bekasi sejak pagi\n\nRina Kartika di Bekasi dan Made Arya di Jakarta\nSabtu, 8 November 2025 10:15 WIB\n\n{article}"
        );
        assert_eq!(
            strip(&t).title.as_deref(),
            Some("Banjir rendam tiga kecamatan di Kabupaten Bekasi sejak pagi")
        );
        // A headline over a subtitle of two lines, then the reporter's name and place.
        let t = format!(
            "{menu}\nManila opens its ports to rice from three neighbours after a poor harvest\n\nImports from Vietnam could arrive within days under the new quota, the agency says\nTraders see the move as a bid to cap prices before the holiday season starts\n\nLia Santos\nLia Santos in Manila\nPublished: 7:45pm, 12 Nov 2025\n\n{article}"
        );
        assert_eq!(
            strip(&t).title.as_deref(),
            Some("Manila opens its ports to rice from three neighbours after a poor harvest")
        );
        // A headline of the same shape, with nothing above it, stays the headline.
        let t = format!("Protests Erupt in Bangkok\nSat 8 Nov 2025 10.15 GMT\n\n{article}");
        assert_eq!(strip(&t).title.as_deref(), Some("Protests Erupt in Bangkok"));
    }

    #[test]
    fn placed_bylines_have_their_shape() {
        let s = Stripper::new();
        assert!(s.placed_byline("Hannah Ellery in Jakarta and Saiful Haque in Cox's Bazar"));
        assert!(s.placed_byline("Ana Lim and Budi Santoso in Jakarta"));
        assert!(s.placed_byline("Ana Lim in Jakarta, Budi Santoso in Hanoi"));
        assert!(!s.placed_byline("Ana Lim and Budi Santoso"));
        assert!(!s.placed_byline("Floods in Jakarta"));
        assert!(!s.placed_byline("Ferry sinks in the strait"));
        assert!(!s.placed_byline("Ana Lim in"));
    }

    #[test]
    fn a_summary_box_of_dashed_points_goes_with_its_heading_but_an_articles_own_list_stays() {
        let t = "Port of Tanjung Priok Reopens After Two-Day Strike\n\nSenin, 3 November 2025\n\nKey Points\n- The port will reopen on Monday.\n- Ferries resume service next week.\n\nThe port of Tanjung Priok reopened on Monday after a two-day strike by crane operators ended.\n\nRelated Stories\nDock workers in Surabaya demand higher wages\nCrane operators in Batam end their walkout\n\nThe deal will have two components:\n- a wage rise of five percent from January;\n- a review of night shifts in June.\n\nShipping lines welcomed the agreement and said delays would ease within a week.\n\nAdd a comment\nI think this strike was long overdue and the workers deserve much more.\n";
        let p = strip(t);
        assert!(!p.body.contains("Ferries resume"), "{}", p.body);
        assert!(p.body.contains("a wage rise of five percent"), "{}", p.body);
        assert!(p.body.contains("Shipping lines welcomed"), "{}", p.body);
        assert!(!p.body.contains("long overdue"), "{}", p.body);
    }

    #[test]
    fn a_feedback_box_after_the_article_closes_it() {
        let t = "Banjir Rendam Tiga Kecamatan di Bekasi\n\nSenin, 3 November 2025\n\nBanjir merendam tiga kecamatan di Kabupaten Bekasi sejak Senin pagi setelah hujan deras semalaman.\n\nPetugas mengevakuasi warga ke posko di kantor kecamatan.\n\nApakah artikel ini bermanfaat?\nYa Tidak\nTerima kasih atas penilaian Anda terhadap artikel yang baru saja dibaca.\n";
        let p = strip(t);
        assert!(p.body.contains("Petugas mengevakuasi"), "{}", p.body);
        assert!(!p.body.contains("penilaian"), "{}", p.body);
    }

    #[test]
    fn a_list_closing_the_article_is_the_articles() {
        let head = "Ministers Agree on Maritime Plan\n\nSep 22, 2025\n\nMinisters from five states met in Manado on Monday to agree on a maritime plan for the region.\n\n";
        let t = format!(
            "{head}Delegates approved the following:\na. a joint patrol schedule\nb. a shared hotline\nc. an annual review\n\nCopyright 2025 Manado Daily\n"
        );
        let p = strip(&t);
        assert!(p.body.contains("b. a shared hotline"), "{}", p.body);
        assert!(!p.body.contains("Copyright"), "{}", p.body);
        // Links under the last paragraph, announced by nothing, are the page's.
        let t = format!("{head}- Home\n- About us\n- Contact\n");
        assert!(!strip(&t).body.contains("About us"));
    }

    #[test]
    fn a_short_sentence_under_the_date_line_is_the_lead() {
        let t = "Agenda Padat Menanti Warga Makassar\n\nKamis, 06 Nov 2025 19:05 WITA\n\nPasar Murah Digelar Sabtu-Minggu (8-9/11) di Lapangan Hasanuddin.\n\nPemerintah kota menyiapkan seribu paket sembako untuk warga yang membutuhkan di setiap kecamatan.\n";
        let p = strip(t);
        assert!(p.body.starts_with("Pasar Murah Digelar"), "{}", p.body);
    }

    #[test]
    fn a_time_beside_the_date_line_is_no_headline() {
        let t = "Nation\n\nMMEA foils 38 migrant landings in Johor, to add four vessels to patrols\n\nTuesday, 11 Nov 2025\n7:45 PM MYT\nby FARIHA ISMAIL\n\nJOHOR BARU: Maritime enforcement agencies foiled 38 attempts to land migrants along the coast this year.\n";
        let p = strip(t);
        assert_eq!(
            p.title.as_deref(),
            Some("MMEA foils 38 migrant landings in Johor, to add four vessels to patrols")
        );
    }

    #[test]
    fn a_quotation_signed_off_with_a_credit_is_no_caption() {
        let t = "Pemerintah Perketat Pemeriksaan Jemaah Umrah\n\nSelasa, 18 November 2025\n\nPemerintah memperketat pemeriksaan kesehatan jemaah umrah yang baru kembali dari Arab Saudi mulai pekan ini.\n\n\"Kami minta masyarakat tetap tenang dan waspada,\" kata Nurul. (HUMAS SETKAB/AIT)\n";
        let p = strip(t);
        assert!(p.body.contains("Kami minta masyarakat"), "{}", p.body);
    }

    #[test]
    fn promos_and_an_acknowledgement_of_country_at_the_foot_are_noise() {
        let t = "Students Face New Visa Cap\n\nPosted Mon 10 Nov 2025 at 5:32pm\n\nUniversities in Perth say the new cap on international students will cost them hundreds of jobs next year.\n\nThe minister said the cap would be reviewed after twelve months of operation.\n\nGet our breaking news alert\nThank you for your report!\nThe ABC acknowledges Aboriginal and Torres Strait Islander peoples as the First Australians.\n";
        let p = strip(t);
        assert!(p.body.contains("reviewed after twelve months"), "{}", p.body);
        for noise in ["breaking news alert", "Thank you", "acknowledges"] {
            assert!(!p.body.contains(noise), "{noise}: {}", p.body);
        }
    }
}
