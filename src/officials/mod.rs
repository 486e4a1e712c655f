//! Named officials: person, title and organisation, in English and Indonesian.
//!
//! The finder reads each sentence as tokens, each tagged with what the lexicon
//! (`data/{en,id}/titles.tsv`, `orgs.tsv`, `title_words.tsv`, `honorifics.tsv`, ...) says it is,
//! then applies the patterns of the language: a title with its portfolio before a name
//! ("Menlu RI Retno Marsudi", "Trade Minister X"), a title then a comma and a name ("the Director
//! for Information and Public Diplomacy, Teuku Faizasyah"), a name then a title ("X, the foreign
//! minister", "X selaku Ketua ..."), and a title alone for an office whose holder is not named
//! ("Menteri Luar Negeri RI menekankan"). Mentions of one person are then merged: a later
//! "Retno", "Menlu Retno" or "the minister" joins the first full mention.
//!
//! A name set off by commas closes the title before it, whatever words the title holds
//! ("Kepala Pusat Gempabumi dan Tsunami BMKG, Ratna Widyastuti, menjelaskan"); the title is
//! reported as written, with a country joined by a word ("Duta Besar RI untuk Kamboja", "President
//! of Estonia"), while a country written right after the office ("Menteri Luar Negeri RI",
//! "Presiden Uni Emirat Arab") is its `country` and not part of the title, as the seeds' gold
//! writes it. An organisation linked to the office by a word ("a spokesman for the Philippine
//! Coast Guard", "head of the National Food Agency") is the official's `org` and stays in the
//! title as written; one written right after the office ("Kepala BNPB") and an envoy's
//! destination ("Ambassador to ASEAN") stay in the title too, while a ministry named in full
//! after an Indonesian office and set off from the name by a comma is the `org` alone, as the
//! output contract writes "Direktur Jenderal ..." with org "Kemenlu"; so is an organisation whose
//! head word names it apart from the office right before it ("Pengarah Jabatan Meteorologi
//! Negeri, X", "Sekretaris Jenderal Kementerian Dalam Negeri X": `head_apart` in the
//! organisations' data), while a unit built on "Dinas" or "Badan" is the office itself ("Kepala
//! Dinas Pariwisata Sleman"). A person met under several titles gets the fullest one. In a Title
//! Case headline a name read after a title must be written in the article too ("Mendag
//! Targetkan Ekspor ..." names no one).
//!
//! A page is read with the lexicon of its language, plus the other language's complete titles
//! and ranks and its honorifics: English news quotes "Menteri Pertahanan X", Indonesian news
//! "Foreign Secretary X". Titles that need a portfolio or region of the other language after
//! them are left out, since those words are not loaded. A paragraph whose own language is the
//! other one (a statement quoted in full) is read with both lexicons, sentence by sentence, and
//! each sentence keeps the reading that finds more offices.
//!
//! Former holders ("mantan Menlu ...", "former minister ...") are reported with
//! `former: true`, not dropped: the issue asks for them to be told apart from current holders,
//! and a consumer can filter on the flag. (A scorer that ignores the flag counts them as extra
//! officials when its gold leaves former holders out; that is the price of keeping them.)

mod lexicon;

use crate::Span;
use crate::text::{TokenKind, TokenTable, is_all_caps, is_capitalized, sentences, tokenize_span};
use lexicon::{EN_FILES, Hit, ID_FILES, Kind, Lexicon};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

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
    /// Whether the text speaks of a former holder ("mantan", "former"). Former holders are
    /// reported, flagged here, so that callers who want current office holders only can filter.
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
    en: Lexicon,
    id: Lexicon,
    /// The endings glued to a title that leave it a title, of both languages ("-nya").
    clitics: Vec<&'static str>,
}

impl Default for OfficialFinder {
    fn default() -> Self {
        OfficialFinder::new()
    }
}

/// A token of a sentence with its lexicon reading, if any.
#[derive(Debug, Clone, Copy)]
struct Tok<'a> {
    span: Span,
    /// The first lexicon reading (`None` for a plain token).
    kind: Option<Kind>,
    /// Every lexicon reading, as bits.
    kinds: u32,
    /// The role, prefix or country code of the reading.
    value: &'a str,
    /// The tokenizer's kind (for plain tokens).
    plain: TokenKind,
    /// The bytes of a title's plural ending ("Minister*s*"), 0 if none.
    plural: usize,
}

impl Tok<'_> {
    fn is(&self, k: Kind) -> bool {
        self.kinds & k.bit() != 0
    }
}

/// One mention found in a sentence, before mentions are merged into officials.
#[derive(Debug, Clone)]
struct Raw {
    span: Span,
    name: Option<Span>,
    honorifics: Vec<Span>,
    title: Option<Span>,
    role: String,
    org: Option<Span>,
    country: Option<String>,
    former: bool,
    /// A title alone that names one office ("Menlu RI").
    specific: bool,
    /// The title names one office but for its case ("the attorney general", "the permanent
    /// secretary of the defence ministry"): written in lower case after an article it refers
    /// back to an official already met, and is an unnamed office only when none was.
    office: bool,
    /// The name is one word after a region head, which may be the region instead ("Wali Kota
    /// Jayapura" or "Gubernur Anies"): a name only if the person is named in full elsewhere.
    region_name: bool,
}

/// A name read from tokens.
#[derive(Debug, Clone)]
struct NameParse {
    /// Index of the first name word.
    first: usize,
    /// Index after the name and its degrees.
    end: usize,
    name: Span,
    honorifics: Vec<Span>,
}

/// Sentence-level reader over tagged tokens.
struct Reader<'t, 'a> {
    text: &'t str,
    toks: &'a [Tok<'a>],
    lex: &'a Lexicon,
}

impl<'t, 'a> Reader<'t, 'a> {
    fn tok(&self, i: usize) -> Option<&'a Tok<'a>> {
        self.toks.get(i)
    }

    fn str_of(&self, i: usize) -> &'t str {
        self.toks
            .get(i)
            .and_then(|t| t.span.slice(self.text))
            .unwrap_or("")
    }

    fn kind(&self, i: usize) -> Option<Kind> {
        self.tok(i).and_then(|t| t.kind)
    }

    fn is_punct(&self, i: usize, p: &str) -> bool {
        self.tok(i)
            .is_some_and(|t| t.kind.is_none() && t.plain == TokenKind::Punct)
            && self.str_of(i) == p
    }

    fn is_plain_word(&self, i: usize) -> bool {
        self.tok(i)
            .is_some_and(|t| t.kind.is_none() && t.plain == TokenKind::Word)
    }

    /// Whether token `i` is a plain word pointing back to a body named before ("itu").
    fn is_pointer_at(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| {
            t.plain == TokenKind::Word
                && matches!(t.kind, None | Some(Kind::NotName))
                && self.lex.is_pointer(self.str_of(i))
        })
    }

    /// A plain capitalized word (a word of a name).
    fn is_name_word(&self, i: usize) -> bool {
        self.is_plain_word(i) && is_capitalized(self.str_of(i))
    }

    /// A word that can stand in a name: a plain capitalized word or a capitalized particle ("Al").
    fn is_name_token(&self, i: usize) -> bool {
        self.is_name_word(i)
            || (self.tok(i).is_some_and(|t| t.is(Kind::Particle)) && is_capitalized(self.str_of(i)))
    }

    /// Where a title that an organisation starting at token `org` follows ends: before the
    /// links and articles between them ("head of the National Food Agency": after "head"),
    /// never before the token after the head.
    fn end_before_link(&self, org: usize, head: usize) -> usize {
        let mut e = org;
        while e > head + 1
            && matches!(
                self.kind(e - 1),
                Some(Kind::Connector | Kind::Article | Kind::Locative)
            )
        {
            e -= 1;
        }
        e
    }

    /// A word in capitals of two to six letters: an organisation's acronym ("BNPB", "DITP").
    fn is_acronym(&self, i: usize) -> bool {
        let w = self.str_of(i);
        is_all_caps(w) && (2..=6).contains(&w.chars().count())
    }

    /// An acronym, or a short form with two capitals or more ("MinDA", "KemenPPPA"), as
    /// brackets set after a name.
    /// Where an organisation's name that starts at `i` ends when an acronym in brackets closes
    /// it: capitalized words, a connector between two of them, then "(BRGM)".
    fn acronym_closes(&self, i: usize) -> Option<usize> {
        let mut j = i;
        // (A short word in lower case links words of a name in the other language too: "Center
        // of Reform on Economics (CORE)" in an Indonesian text.)
        let link = |j: usize| {
            self.kind(j) == Some(Kind::Connector)
                || self
                    .tok(j)
                    .is_some_and(|t| t.kind.is_none() && t.plain == TokenKind::Word)
                    && {
                        let w = self.str_of(j);
                        (2..=4).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_lowercase())
                    }
        };
        let word = |j: usize| {
            self.is_name_token(j)
                || self.kind(j).is_some_and(|k| k != Kind::Speech) && is_capitalized(self.str_of(j))
        };
        while j < i + 8 {
            if word(j) {
                j += 1;
            } else if j > i && link(j) && word(j + 1) {
                j += 2;
            } else {
                break;
            }
        }
        // (A plain short form: "(BRGM)".)
        self.bracketed_short_form(j).filter(|&e| j > i && e == j + 3)
    }

    /// Where one to three capitalized words from `k` end right before an honorific of more
    /// than an initial, written before a name ("Lembaga Pelabuhan Kuantan *Tan Sri* X"), or
    /// before a comma and an honorific or a rank (then `true`); the words hold no honorific
    /// themselves.
    fn words_before_honorific(&self, k: usize) -> Option<(usize, bool)> {
        let body_word = |j: usize| {
            self.tok(j).is_some_and(|t| {
                t.plain == TokenKind::Word && matches!(t.kind, None | Some(Kind::Blocker | Kind::RegionWord))
            }) && is_capitalized(self.str_of(j))
                // (An acronym is an organisation's, read as one: "Naib Canselor UPM, Prof. X".)
                && !is_all_caps(self.str_of(j))
        };
        let mut e = k;
        while e < k + 3 && body_word(e) && (e == k || self.adjacent_words(e - 1, e)) {
            e += 1;
        }
        // ("Datuk Bandar Bukit Merah, Tuan Haji X", "Ketua Polis Daerah Kota Tinggi, Asisten
        // Komisioner X": or before a comma and the holder's honorific or rank.)
        let comma = e > k && self.is_punct(e, ",");
        let h = if comma { e + 1 } else { e };
        let honorific = self
            .tok(h)
            .is_some_and(|t| t.kind == Some(Kind::HonorificBefore) || comma && t.kind == Some(Kind::Rank))
            && !self.is_initial_honorific(h)
            && (comma || self.adjacent_words(e - 1, e));
        (e > k && honorific).then_some((e, comma))
    }

    /// Where a short form in brackets opened at `i` ends: "(PPA)", or one numbered as a
    /// regional office is ("(DTI-10)", "(BPBD-2)").
    fn bracketed_short_form(&self, i: usize) -> Option<usize> {
        if !self.is_punct(i, "(") || !self.is_short_form(i + 1) {
            return None;
        }
        if self.is_punct(i + 2, ")") {
            return Some(i + 3);
        }
        let numbered = self.is_punct(i + 2, "-")
            && self.tok(i + 3).is_some_and(|t| t.plain == TokenKind::Number)
            && self.is_punct(i + 4, ")");
        numbered.then_some(i + 5)
    }

    fn is_short_form(&self, i: usize) -> bool {
        let w = self.str_of(i);
        self.is_acronym(i)
            || is_capitalized(w)
                && (3..=10).contains(&w.chars().count())
                && w.chars().filter(|c| c.is_uppercase()).count() >= 2
                && w.chars().all(char::is_alphanumeric)
    }

    /// Whether the link before token `i` (perhaps with an article after it) names where an
    /// envoy is sent ("to", "untuk").
    fn toward_before(&self, i: usize) -> bool {
        let mut j = i;
        if j > 0 && self.kind(j - 1) == Some(Kind::Article) {
            j -= 1;
        }
        j > 0
            && self
                .tok(j - 1)
                .is_some_and(|t| t.kind == Some(Kind::Connector) && t.value == lexicon::TOWARD)
    }

    /// Where a company's name opened by its designator at token `i` ("PT") ends: after its
    /// closer within a few words ("PT Bank Mandala Tbk", "PT Pertamina (Persero)"); without
    /// one, after its first word and the acronyms, places and portfolio words that follow it
    /// ("PT PLN", "PT Vale Indonesia"), so that the person's name after it stays a name.
    fn company_end(&self, i: usize) -> usize {
        let is_end = |j: usize| {
            self.tok(j)
                .is_some_and(|t| t.kind == Some(Kind::Org) && t.value == lexicon::COMPANY_END)
        };
        for j in i + 1..i + 8 {
            if is_end(j) {
                // "Tbk." keeps its full stop.
                return if self.is_punct(j + 1, ".") && self.adjacent(j, j + 1) {
                    j + 2
                } else {
                    j + 1
                };
            }
            if self.is_punct(j, "(") && is_end(j + 1) && self.is_punct(j + 2, ")") {
                return j + 3;
            }
            let word =
                self.tok(j).is_some_and(|t| t.plain != TokenKind::Punct) && is_capitalized(self.str_of(j));
            if !word && !self.is_punct(j, "-") && !self.is_punct(j, "&") {
                break;
            }
        }
        let mut end = i + 1;
        if self.tok(end).is_some_and(|t| t.plain != TokenKind::Punct) && is_capitalized(self.str_of(end)) {
            end += 1;
            while self.tok(end).is_some_and(|t| {
                matches!(t.kind, Some(Kind::Country | Kind::RegionWord | Kind::Portfolio))
                    || t.kind.is_none() && t.plain == TokenKind::Word && is_all_caps(self.str_of(end))
            }) {
                end += 1;
            }
        }
        end
    }

    /// Where a unit's designation starting at token `i` ends: a number or a Roman numeral,
    /// then perhaps a slash and the unit's name ("162/Wira Bhakti", "IX/Udayana", "0618/BS"),
    /// or an ordinal in figures ("Ke-7").
    /// More than one word of name is taken only when a rank follows, which then opens the
    /// person's part ("Danrem 162/Wira Bhakti Brigjen TNI Yudha Prasetya").
    fn unit_code(&self, i: usize) -> Option<usize> {
        let t = self.tok(i)?;
        let s = self.str_of(i);
        // "Briged Ke-7": an ordinal in figures.
        if t.plain == TokenKind::Word
            && crate::lexicon::is_number_prefix(s)
            && self.is_punct(i + 1, "-")
            && self.adjacent(i, i + 1)
            && self.adjacent(i + 1, i + 2)
            && self.tok(i + 2).is_some_and(|n| n.plain == TokenKind::Number)
        {
            return Some(i + 3);
        }
        let number = t.kind.is_none() && t.plain == TokenKind::Number && (2..=4).contains(&s.len());
        let roman =
            t.plain == TokenKind::Word && s.len() <= 5 && s.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'));
        if !(number || roman) {
            return None;
        }
        // A word of the unit's name: a capitalized word, a place ("Mimika") or an acronym.
        let unit_word = |m: usize| {
            self.is_name_word(m)
                || self.kind(m) == Some(Kind::RegionWord)
                || self
                    .tok(m)
                    .is_some_and(|t| t.plain == TokenKind::Word && is_all_caps(self.str_of(m)))
        };
        let mut end = i + 1;
        if self.is_punct(end, "/")
            && self.adjacent(i, end)
            && self.adjacent(end, end + 1)
            && unit_word(end + 1)
        {
            end += 2;
            let more = (end..end + 2).take_while(|&m| unit_word(m)).count();
            if more > 0 && self.kind(end + more) == Some(Kind::Rank) {
                end += more;
            }
        } else if number && !(self.is_punct(end, ",") || self.kind(end) == Some(Kind::Rank)) {
            // A bare number is a unit's only with its slash, or before the comma or the rank
            // that opens the holder's part ("Komandan Batalyon 712, Letkol Inf X").
            return None;
        }
        Some(end)
    }

    fn adjacent(&self, a: usize, b: usize) -> bool {
        match (self.tok(a), self.tok(b)) {
            (Some(x), Some(y)) => x.span.end == y.span.start,
            _ => false,
        }
    }

    /// Whether token `i` is an apostrophe, straight or curly.
    fn is_apostrophe(&self, i: usize) -> bool {
        self.is_punct(i, "'") || self.is_punct(i, "\u{2019}")
    }

    /// Whether tokens `i` and `i + 1` are a possessive "'s" glued to the word before.
    fn is_possessive(&self, i: usize) -> bool {
        self.is_apostrophe(i) && matches!(self.str_of(i + 1), "s" | "S") && i > 0 && self.adjacent(i - 1, i)
    }

    /// A country in the possessive ending just before token `at` ("Thailand's"): its code
    /// and the country's token.
    fn country_possessive_before(&self, at: usize) -> Option<(&'a str, usize)> {
        let c = at.checked_sub(3)?;
        if !self.is_possessive(at - 2) {
            return None;
        }
        self.tok(c)
            .filter(|t| t.kind == Some(Kind::Country))
            .map(|t| (t.value, c))
    }

    /// Whether token `i` is a conjunction joining things of a kind ("and", "dan").
    fn is_and(&self, i: usize) -> bool {
        self.tok(i)
            .is_some_and(|t| t.kind == Some(Kind::Connector) && t.value == lexicon::AND)
    }

    /// Whether token `i` can end a name: a name word or a degree after one ("Rahmat Djafar,
    /// S.H., M.Si.", the degree's closing stop too).
    fn ends_name(&self, i: usize) -> bool {
        let degree = |j: usize| self.tok(j).is_some_and(|t| t.kind == Some(Kind::HonorificAfter));
        self.is_name_word(i)
            || degree(i)
            || i > 0 && self.is_punct(i, ".") && self.adjacent(i - 1, i) && degree(i - 1)
    }

    /// Whether token `i` joins two parts of one word ("Ma'ruf", "Al-Jufri").
    fn is_joiner(&self, i: usize) -> bool {
        let apostrophe = self.is_apostrophe(i);
        // "Tan's" is Tan and a possessive, "O'Neil" one name.
        let possessive = apostrophe && matches!(self.str_of(i + 1), "s" | "S");
        (apostrophe || self.is_punct(i, "-"))
            && !possessive
            && i > 0
            && self.adjacent(i - 1, i)
            && self.adjacent(i, i + 1)
            && self.is_plain_word(i + 1)
    }

    /// Where an organisation starting at `k` starts with the country written right before it
    /// ("the *Indonesian* Chamber of Commerce").
    fn with_adjective(&self, k: usize) -> usize {
        if k > 0 && self.kind(k - 1) == Some(Kind::Country) && self.adjacent_words(k - 1, k) {
            k - 1
        } else {
            k
        }
    }

    /// Whether an article stands right before token `k`, or before the country adjective
    /// there ("the Indonesian Palm Oil ...").
    fn after_article(&self, k: usize) -> bool {
        let k = if self.with_adjective(k) < k { k - 1 } else { k };
        k > 0 && self.kind(k - 1) == Some(Kind::Article)
    }

    /// The organisation's head word ending a run of capitalized words and portfolio words that
    /// starts at `k` ("Palm Oil *Association*"), within five words.
    fn org_head_after(&self, k: usize) -> Option<usize> {
        (k..k + 6)
            .take_while(|&j| {
                // Portfolio words in either case, joined by "and" ("the Pekanbaru disaster
                // mitigation agency", "the Padang fire and rescue agency").
                self.tok(j).is_some_and(|t| {
                    matches!(t.kind, Some(Kind::OrgHead | Kind::Portfolio))
                        || t.kind.is_none() && is_capitalized(self.str_of(j))
                        || j > k
                            && t.kind == Some(Kind::Connector)
                            && t.value == lexicon::AND
                            && self.kind(j + 1) == Some(Kind::Portfolio)
                })
            })
            .find(|&j| j > k && self.kind(j) == Some(Kind::OrgHead))
    }

    /// Whether tokens `a` and `b` are separated by one space only.
    /// Whether nothing capitalized stands at `k`: the end of the text, punctuation, a number or a
    /// lower-case word (what may follow the last word of a name).
    fn ends_clause_word(&self, k: usize) -> bool {
        self.tok(k)
            .is_none_or(|t| t.plain != TokenKind::Word || !is_capitalized(self.str_of(k)))
    }

    fn adjacent_words(&self, a: usize, b: usize) -> bool {
        match (self.tok(a), self.tok(b)) {
            (Some(x), Some(y)) => self
                .text
                .get(x.span.end..y.span.start)
                .is_some_and(|g| g.chars().count() == 1),
            _ => false,
        }
    }

    /// The end of portfolio words listed after the comma at `k` and closed by a connector
    /// (", human rights, immigration and corrections"), at most six items.
    fn portfolio_list_end(&self, k: usize) -> Option<usize> {
        let portfolio = |j: usize| self.kind(j) == Some(Kind::Portfolio);
        let mut j = k;
        for _ in 0..6 {
            // A comma, an optional connector after it, then the item's words.
            if !self.is_punct(j, ",") {
                return None;
            }
            j += 1;
            let closing = self.kind(j) == Some(Kind::Connector);
            if closing {
                j += 1;
            }
            if !portfolio(j) {
                return None;
            }
            while portfolio(j) {
                j += 1;
            }
            if closing {
                return Some(j);
            }
            // ("Agriculture, Food and the Marine": an article may open the last item.)
            let article = usize::from(self.kind(j + 1) == Some(Kind::Article));
            if self.kind(j) == Some(Kind::Connector) && portfolio(j + 1 + article) {
                j += 1 + article;
                while portfolio(j) {
                    j += 1;
                }
                return Some(j);
            }
        }
        None
    }

    /// The end of an organisation's name that lists its objects with commas from token `k`,
    /// the last after a conjunction ("Balai Karantina *Hewan, Ikan, dan Tumbuhan*"): a first
    /// item of one to three capitalized words (or none, from the comma after the name's own
    /// last word: "Balai Konservasi Hutan*, Satwa dan Laut*"), then items of one word, at most
    /// six, as a person's name is not.
    fn name_list_end(&self, k: usize) -> Option<usize> {
        let word = |j: usize| self.is_unit_word(j);
        let and = |j: usize| self.tok(j).is_some_and(|t| t.value == lexicon::AND);
        let mut j = k;
        while j < k + 3 && word(j) && (j == k || self.adjacent_words(j - 1, j)) {
            j += 1;
        }
        if j == k && !self.is_punct(k, ",") {
            return None;
        }
        for n in 0..6 {
            // "Hewan, Ikan dan Tumbuhan": the conjunction after an item closes the list.
            if n > 0 && and(j) && word(j + 1) {
                return Some(j + 2);
            }
            if !self.is_punct(j, ",") {
                return None;
            }
            if and(j + 1) && word(j + 2) {
                return (n > 0).then_some(j + 3);
            }
            if !word(j + 1) {
                return None;
            }
            j += 2;
        }
        None
    }

    /// A unit named by the places it serves, from token `n` (an article may open it): items of
    /// capitalized words, one at least a region word ("Southeast Asia"), or several listed
    /// with commas and a last "and", closed by an organisation's head word ("Middle East,
    /// North Africa and Sub-Saharan Africa Directorate"). Its first token and the token after
    /// the head word.
    fn places_unit(&self, mut n: usize) -> Option<(usize, usize)> {
        if self.kind(n) == Some(Kind::Article) {
            n += 1;
        }
        let word = |j: usize| {
            is_capitalized(self.str_of(j))
                && !is_all_caps(self.str_of(j))
                && (self.is_name_word(j)
                    || matches!(
                        self.kind(j),
                        Some(Kind::Portfolio | Kind::RegionWord | Kind::Country)
                    ))
        };
        let mut j = n;
        let mut items = 0;
        let mut region = false;
        let mut commas = false;
        let mut and = false;
        while items < 6 {
            let start = j;
            while j < start + 4 && word(j) {
                region |= self.kind(j) == Some(Kind::RegionWord);
                j += 1;
                while self.is_joiner(j) {
                    j += 2;
                }
            }
            if j == start {
                return None;
            }
            items += 1;
            if self.kind(j) == Some(Kind::OrgHead) && is_capitalized(self.str_of(j)) {
                // (Items without a comma or a last "and" are one name: "the Tea Growers and
                // Packers Association".)
                return (region && items == 1 || commas && and).then_some((n, j + 1));
            }
            if and {
                return None;
            }
            if self.is_punct(j, ",") {
                commas = true;
                j += 1;
            }
            if self.tok(j).is_some_and(|t| t.value == lexicon::AND) {
                and = true;
                j += 1;
            } else if !self.is_punct(j - 1, ",") {
                return None;
            }
        }
        None
    }

    /// A capitalized word of a unit's or an organisation's name: one the lexicon does not know
    /// or a portfolio word, not an acronym.
    fn is_unit_word(&self, j: usize) -> bool {
        (self.is_name_word(j) || self.kind(j) == Some(Kind::Portfolio) && is_capitalized(self.str_of(j)))
            && !is_all_caps(self.str_of(j))
    }

    /// Where the portfolio words (joined by connectors) that end right before token `j` start.
    fn portfolio_start(&self, mut j: usize) -> usize {
        while j > 0 {
            match self.kind(j - 1) {
                Some(Kind::Portfolio) => j -= 1,
                Some(Kind::Connector) if j >= 2 && self.kind(j - 2) == Some(Kind::Portfolio) => j -= 1,
                _ => break,
            }
        }
        j
    }

    /// The token of a parent organisation (a known one, the head of one, or an unknown acronym)
    /// that closes a run of capitalized words starting at `k` (unknown or portfolio words, "dan"
    /// between them), at most six tokens, all written apart.
    fn words_to_parent(&self, k: usize) -> Option<usize> {
        let word = |j: usize| self.is_unit_word(j);
        let mut j = k;
        while j < k + 6 && self.adjacent_words(j - 1, j) {
            if word(j) || j > k && self.kind(j) == Some(Kind::Connector) && word(j + 1) {
                j += 1;
            } else {
                break;
            }
        }
        if j == k || !self.adjacent_words(j - 1, j) {
            return None;
        }
        let acronym = self.tok(j).is_some_and(|t| t.kind.is_none())
            && is_all_caps(self.str_of(j))
            && (2..=6).contains(&self.str_of(j).chars().count());
        (acronym || matches!(self.kind(j), Some(Kind::Org | Kind::OrgHead))).then_some(j)
    }

    /// An organisation in the possessive before token `at`, after an article ("the trade
    /// ministry's", "the agency's"): the article's index and the organisation's span.
    fn possessive_org(&self, at: usize) -> Option<(usize, Span)> {
        let s = at.checked_sub(1)?;
        let apostrophe = s.checked_sub(1)?;
        if !(self.str_of(s) == "s"
            && self.is_apostrophe(apostrophe)
            && self.adjacent(apostrophe, s)
            && apostrophe > 0
            && self.adjacent(apostrophe - 1, apostrophe))
        {
            return None;
        }
        let last = apostrophe - 1;
        // An acronym alone needs no article: "X, CDA's chief executive, said".
        let lone_acronym = |i: usize| {
            (i == last && self.is_acronym(last) && self.kind(last).is_none())
                .then(|| Some((last, self.tok(last)?.span)))
                .flatten()
        };
        let mut i = apostrophe;
        let mut has_org = false;
        while i > 0 && apostrophe - i < 5 {
            let t = self.tok(i - 1)?;
            match t.kind {
                Some(Kind::Article) => {
                    let span = Span::new(self.tok(i)?.span.start, self.tok(last)?.span.end);
                    return (has_org && i < apostrophe).then_some((i - 1, span));
                }
                Some(Kind::Org | Kind::OrgHead | Kind::Country) => has_org = true,
                Some(Kind::Portfolio | Kind::Connector) => {}
                // An organisation's acronym ("the DITP's director-general").
                None if t.plain == TokenKind::Word && self.is_acronym(i - 1) => has_org = true,
                None if t.plain == TokenKind::Word => {}
                _ => return lone_acronym(i),
            }
            i -= 1;
        }
        if i == 0 {
            return lone_acronym(i);
        }
        None
    }

    /// Whether tokens `from..to` are only connectors and articles ("untuk", "of the").
    /// Whether a blocker stands right before token `i`, or before one or two capitalized
    /// words that end its name ("Bandara Internasional Sultan Hasanuddin": an airport).
    fn blocked_before(&self, i: usize) -> bool {
        // "Forum Gubernur dan Ketua Menteri": a title joined to a blocked one names the same
        // thing.
        if i >= 2 && self.is_and(i - 1) && self.kind(i - 2).is_some_and(Kind::is_title) {
            let mut j = i - 2;
            while j > 0
                && self
                    .kind(j - 1)
                    .is_some_and(|k| k.is_title() || k == Kind::Modifier)
            {
                j -= 1;
            }
            if j.checked_sub(1)
                .and_then(|b| self.tok(b))
                .is_some_and(|t| t.is(Kind::Blocker))
            {
                return true;
            }
        }
        for back in 1..=3 {
            let Some(t) = i.checked_sub(back).and_then(|k| self.tok(k)) else {
                return false;
            };
            if t.is(Kind::Blocker) {
                return true;
            }
            // A word of the place's name: capitalized, and no title or name part.
            let place_word = matches!(
                t.kind,
                None | Some(Kind::Portfolio | Kind::RegionWord | Kind::Country | Kind::NotName)
            );
            if back == 3 || !place_word || !is_capitalized(self.str_of(i - back)) {
                return false;
            }
        }
        false
    }

    fn only_links(&self, from: usize, to: usize) -> bool {
        (from..to).all(|j| matches!(self.kind(j), Some(Kind::Connector | Kind::Article)))
    }

    /// Whether a name ending before token `e` closes an appositive: the sentence ends, a verb of
    /// saying follows, or a comma follows and the clause goes on with a verb ("..., Ratna
    /// Widyastuti, menjelaskan").
    fn closes_appositive(&self, e: usize) -> bool {
        // (Or an item of a list set off by semicolons ends: "...; Komandan X, Brigjen Y; serta
        // ...".)
        if self.tok(e).is_none()
            || self.is_punct(e, ".")
            || self.is_punct(e, "!")
            || self.is_punct(e, "?")
            || self.is_punct(e, ";")
        {
            return true;
        }
        // A verb of saying right after the name ("..., Dr. Nur Syazwani berkata, ...").
        if self.kind(e) == Some(Kind::Speech) {
            return true;
        }
        // Or after one adverb in lower case ("..., Asisten Komisioner X pula berkata", "X also
        // said").
        if self
            .tok(e)
            .is_some_and(|t| t.kind.is_none() && t.plain == TokenKind::Word)
            && !is_capitalized(self.str_of(e))
            && self.kind(e + 1) == Some(Kind::Speech)
        {
            return true;
        }
        if !self.is_punct(e, ",") {
            return false;
        }
        // After the closing comma the clause goes on in lower case ("..., berkata", "..., dalam
        // kenyataan", "..., said"); a joining word ("..., dan Siti Aminah") goes on listing names.
        match self.tok(e + 1) {
            None => true,
            Some(t) => match t.kind {
                Some(Kind::Speech) => true,
                // (Unless another office follows it: "Menteri Pendidikan, X, dan Menteri
                // Kesihatan, Y, hadir".)
                Some(Kind::Connector) => self.kind(e + 2).is_some_and(Kind::is_title),
                _ => t.plain == TokenKind::Word && !is_capitalized(self.str_of(e + 1)),
            },
        }
    }

    /// A name set off by commas after a title, scanning from `from` over the words a unit's,
    /// organisation's or place's name may hold, commas of a coordinated portfolio included
    /// ("Menteri Sumber Asli, Alam Sekitar dan Perubahan Iklim, Datuk Seri Ahmad Fauzi Hamzah.").
    /// Returns the index of the comma before the name, and the name.
    fn appositive(&self, from: usize) -> Option<(usize, NameParse)> {
        let mut j = from;
        let mut commas = 0;
        // Lower-case words after a possessive name the owner's unit ("the ministry's East Nusa
        // Tenggara regional office, Ahmad Fauzi, said").
        let mut owned = 0;
        while j < from + 24 {
            let t = self.tok(j)?;
            if self.is_possessive(j) {
                owned = 4;
                j += 2;
                continue;
            }
            // (Ending in a word for a unit: "the governor's wife, X" names no office.)
            if owned > 0
                && self.is_plain_word(j)
                && !is_capitalized(self.str_of(j))
                && (j + 1..j + owned + 1).any(|m| matches!(self.kind(m), Some(Kind::Org | Kind::OrgHead)))
            {
                owned -= 1;
                j += 1;
                continue;
            }
            // "Ketua Setiausaha kementerian itu, X": a word pointing back before the comma.
            if self.is_punct(j + 1, ",") && self.is_pointer_at(j) {
                j += 1;
                continue;
            }
            if self.is_punct(j, ",") {
                if let Some(np) = self.parse_name(j + 1)
                    && self.closes_appositive(np.end)
                {
                    return Some((j, np));
                }
                commas += 1;
                if commas > 3 {
                    return None;
                }
                j += 1;
                continue;
            }
            let ok = match t.kind {
                Some(
                    Kind::Portfolio
                    | Kind::Connector
                    | Kind::Org
                    | Kind::OrgHead
                    | Kind::Country
                    | Kind::RegionWord
                    | Kind::Article
                    | Kind::Locative
                    | Kind::Particle,
                ) => true,
                // Inside a unit's name, a word that elsewhere names a place after an office
                // ("Kantor Kesyahbandaran dan Otoritas Pelabuhan (KSOP) Tanjungpandan, X").
                // The office's short form in brackets ("Kepala Kejaksaan Negeri (Kajari) Binjai,
                // X").
                Some(k)
                    if k.is_title() && j > from && self.is_punct(j - 1, "(") && self.is_punct(j + 1, ")") =>
                {
                    true
                }
                // (Not after "di": "Menlu RI di Gedung Pancasila, Whitfield ..." is a place.)
                Some(Kind::Blocker) => {
                    j > from
                        && is_capitalized(self.str_of(j))
                        && matches!(
                            self.kind(j - 1),
                            Some(Kind::Org | Kind::OrgHead | Kind::Portfolio)
                        )
                }
                None => {
                    self.is_name_word(j)
                        || self.is_joiner(j)
                        || self.is_punct(j, "(")
                        || self.is_punct(j, ")")
                        // "Pengarah hospital itu, X": the body in lower case, pointed back to.
                        || t.plain == TokenKind::Word && self.is_pointer_at(j + 1) && self.is_punct(j + 2, ",")
                        || (t.plain == TokenKind::Word && is_all_caps(self.str_of(j)))
                        // A unit's number ("Rejimen Ke-5 Askar Melayu Diraja", "Batalyon
                        // Infanteri 742"), after a word of the unit's name.
                        || t.plain == TokenKind::Number && j > from && self.tok(j - 1).is_some_and(|p| p.plain != TokenKind::Punct || self.is_joiner(j - 1))
                }
                _ => false,
            };
            if !ok {
                return None;
            }
            j += 1;
        }
        None
    }

    /// Whether token `i` is an honorific written as one capital letter and a stop ("R.").
    fn is_initial_honorific(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.kind == Some(Kind::HonorificBefore))
            && {
                let w = self.str_of(i).trim_end_matches('.');
                w.chars().count() == 1 && w.chars().all(char::is_uppercase)
            }
            && {
                // Before three words of a name or more it opens the name ("Lurah Sungai Bambu H.
                // Abdul Rasyid Lubis": Haji), as a middle initial never does ("George W. Bush").
                let mut j = i + 1;
                if self.is_punct(j, ".") && self.adjacent(i, j) {
                    j += 1;
                }
                (j..j + 3).take_while(|&m| self.is_name_word(m)).count() < 3
            }
    }

    /// Whether token `i` is an honorific that a word of a name follows ("Haji" in "bin Haji
    /// Jaludin").
    fn honorific_in_name(&self, i: usize) -> bool {
        self.honorifics_in_name_end(i).is_some()
    }

    /// Where one or two honorifics from `i` that a name word follows end ("bin *Pengiran Haji*
    /// Salleh"): the name word's index.
    fn honorifics_in_name_end(&self, i: usize) -> Option<usize> {
        let mut h = i;
        while h < i + 2 && self.tok(h).is_some_and(|t| t.kind == Some(Kind::HonorificBefore)) {
            h += 1;
        }
        (h > i && self.is_name_word(h)).then_some(h)
    }

    /// Reads a name at `k`: honorifics and ranks, capitalized words with particles, degrees.
    fn parse_name(&self, k: usize) -> Option<NameParse> {
        let mut i = k;
        let mut honorifics = Vec::new();
        while let Some(t) = self.tok(i) {
            if t.kind == Some(Kind::HonorificBefore) || t.kind == Some(Kind::Rank) {
                honorifics.push(t.span);
                i += 1;
            } else if i > k
                && self.is_punct(i, "(")
                && self.tok(i + 1).is_some_and(|m| m.is(Kind::HonorificAfter))
                && self.is_punct(i + 2, ")")
            {
                // "Letjen TNI (Purn) Bambang Hermawan": a bracketed note on the rank.
                honorifics.push(Span::new(t.span.start, self.tok(i + 2)?.span.end));
                i += 3;
            } else {
                break;
            }
        }
        let first = i;
        let mut words = 0;
        // The most words a name may have.
        let mut cap = 6;
        let mut last = i;
        loop {
            // Inside a name, an honorific written as an initial is a middle initial
            // ("Ferdinand R. Marcos Jr.", not Raden).
            if words > 0 && self.is_initial_honorific(i) {
                words += 1;
                i += 1;
                last = i;
                continue;
            }
            // "Kornelis Tuan, Kalapas ...": an honorific of one word closing a name before a
            // comma is the name's last word (a surname spelled like one).
            if words > 0
                && self.tok(i).is_some_and(|t| t.kind == Some(Kind::HonorificBefore))
                && self.adjacent_words(i - 1, i)
                && is_capitalized(self.str_of(i))
                && !self.str_of(i).contains(char::is_whitespace)
                && self.is_punct(i + 1, ",")
            {
                words += 1;
                i += 1;
                last = i;
                break;
            }
            // 'Rodolfo "Dodong" Pacaña': a nickname in quotation marks between two words of a
            // name is part of it.
            if words > 0
                && (self.is_punct(i, "\"") || self.is_punct(i, "\u{201c}"))
                && self.is_name_word(i + 1)
                && (self.is_punct(i + 2, "\"") || self.is_punct(i + 2, "\u{201d}"))
                && self.is_name_word(i + 3)
            {
                words += 1;
                i += 3;
                last = i;
                continue;
            }
            // "Mohd Azmi Pengiran Yusof", "Awang Sallehuddin Awang Bujang": an honorific
            // between two words of a name opens the father's name, a part of it.
            if words > 0
                && self.honorific_in_name(i)
                && self.adjacent_words(i - 1, i)
                && self.adjacent_words(i, i + 1)
                && !self.str_of(i).contains(char::is_whitespace)
            {
                words += 1;
                i += 1;
                last = i;
                continue;
            }
            // "Anak Agung Ngurah Bayu Wirawan": a particle capitalized may open a name; so may a
            // country's name that is also a given name ("Chad Mbeki").
            let opening_particle = words == 0
                && self.tok(i).is_some_and(|t| {
                    t.is(Kind::Particle)
                        || t.kind == Some(Kind::Country) && self.lex.is_given_name(self.str_of(i))
                })
                && is_capitalized(self.str_of(i))
                && self.adjacent_words(i, i + 1)
                && self.is_name_word(i + 1);
            if opening_particle || self.is_name_token(i) && (words > 0 || self.is_name_word(i)) {
                let w = self.str_of(i);
                // An initial, or a given name cut short before the next ("Ma. Theresa", "Abd.
                // Rahman": the given names data/abbreviations.tsv lists).
                let short = w.chars().count() == 1
                    || (w.chars().count() == 2 && !is_all_caps(w) || crate::text::is_short_given_name(w))
                        && self.is_name_word(i + 2);
                words += 1;
                i += 1;
                while self.is_joiner(i) {
                    i += 2;
                }
                if short && self.is_punct(i, ".") && self.adjacent(i - 1, i) {
                    i += 1;
                }
                last = i;
                if words >= cap {
                    break;
                }
            } else if self.tok(i).is_some_and(|t| t.is(Kind::Particle))
                && words > 0
                && !is_capitalized(self.str_of(i))
                && {
                    // Particles may come in pairs ("van der Linde", "de la Cruz").
                    let lower_particle = |j: usize| {
                        self.tok(j).is_some_and(|t| t.is(Kind::Particle)) && !is_capitalized(self.str_of(j))
                    };
                    let n = if lower_particle(i + 1) { i + 2 } else { i + 1 };
                    self.is_name_token(n) || self.is_joiner(n) || self.honorific_in_name(n)
                }
            {
                i += 1;
                // The father's name after "bin"/"binti" has words of its own ("Mohd Khairul
                // Azmi bin Haji Abdul Latif"): up to three past the particle.
                cap = cap.max(words + 3);
                // "Muhammad Hafiz bin Haji Jaludin": the father's honorific after the particle
                // is a word of the name, and so are two ("Ahmad bin Pengiran Haji Salleh").
                if let Some(h) = self.honorifics_in_name_end(i) {
                    i = h;
                }
                // "Khalid al-Mansouri": the particle glued to the word after it by a hyphen.
                if self.is_joiner(i) {
                    i += 2;
                    words += 1;
                    last = i;
                }
            } else if words > 0
                && self.adjacent_words(i - 1, i)
                && self.lex.is_name_title(self.str_of(i))
                && (self.is_name_word(i + 1) || self.ends_clause_word(i + 1))
            {
                // "Andi Sultan Rahman": a royal title between two words of a name is one of them;
                // so is one closing a name ("Yusuf Hakim, juru bicara ...", "Lukman Hakim
                // mengatakan").
                words += 1;
                i += 1;
                last = i;
            } else if (words > 0 && self.adjacent_words(i - 1, i)
                // ("Kepala Dinas ... NTT, Agustus Ndolu, meminta": opening a name set off by
                // a comma, before another word of it.)
                || words == 0 && i > 0 && self.is_punct(i - 1, ","))
                && self.kind(i) == Some(Kind::NotName)
                && self.lex.is_given_name(self.str_of(i))
                && self.adjacent_words(i, i + 1)
                && self.is_name_word(i + 1)
            {
                // "Lee Mei Shan": a month that is also a given name, between two words of a
                // name (a date would stand by a number).
                words += 1;
                i += 1;
                last = i;
            } else if (words >= 2 || words == 1 && self.kind(i) == Some(Kind::Country))
                && matches!(self.kind(i), Some(Kind::NotName | Kind::Country))
                && self.lex.is_given_name(self.str_of(i))
                && self.adjacent_words(i - 1, i)
                && self.is_punct(i + 1, ",")
            {
                // "YB Puan Lim Siew Mei, melawat ...": a month that is also a given name ends a
                // name of two words or more when a comma closes it; a date would go on with a
                // number or a word ("Mei lalu", "Mei 2025"). So does a country that is also a
                // name, after one word ("Mary-Ann Jordan, said ...").
                i += 1;
                last = i;
                break;
            } else {
                break;
            }
        }
        if words == 0 {
            return None;
        }
        let name = Span::new(self.tok(first)?.span.start, self.tok(last - 1)?.span.end);
        let mut j = last;
        let mut after_degree = false;
        // ("X, MP for Accra, said": a letter title that opens its complement is the office.)
        let office =
            |k: usize| self.kind(k).is_some_and(Kind::is_title) && self.kind(k + 1) == Some(Kind::Connector);
        loop {
            if self.is_punct(j, ",")
                && self.tok(j + 1).is_some_and(|t| t.is(Kind::HonorificAfter))
                && !office(j + 1)
            {
                honorifics.push(self.tok(j + 1)?.span);
                j += 2;
                after_degree = true;
            } else if after_degree && self.tok(j).is_some_and(|t| t.is(Kind::HonorificAfter)) {
                honorifics.push(self.tok(j)?.span);
                j += 1;
            } else {
                break;
            }
        }
        // "General Sudirman Avenue", "President Sukarno Hall": a place named after the person.
        // "Pejabat Senior (SOM) AIS Forum": a word an organisation's name ends with makes the
        // words before it that name.
        if self.kind(j) == Some(Kind::PlaceAfter)
            || matches!(self.kind(j), Some(Kind::Blocker | Kind::OrgHead)) && is_capitalized(self.str_of(j))
        {
            return None;
        }
        Some(NameParse {
            first,
            end: j,
            name,
            honorifics,
        })
    }

    /// Reads the title whose first token (modifier or head) is `start` and head is `head`.
    /// Returns the mention and the index to continue after.
    fn read_title(&self, start: usize, head: usize) -> Option<(Raw, usize)> {
        let h = self.tok(head)?;
        let hk = h.kind?;
        let mut role = String::new();
        for i in start..head {
            role.push_str(self.tok(i)?.value);
        }
        role.push_str(h.value);
        let mut ts = start;
        let mut region_done = !matches!(hk, Kind::Region | Kind::RegionBoth);
        let mut region_plain: Option<usize> = None;
        // The place a lower-case office is held in, read after "of" ("the regent of Lumajang").
        let mut region_org: Option<(usize, usize)> = None;
        let mut region_taken = false;
        if hk == Kind::HeadBoth && start == head {
            let mut j = self.portfolio_start(ts);
            while self.kind(j) == Some(Kind::Connector) {
                j += 1;
            }
            // "Eastern Division planning officer X": one capitalized word naming a capitalized
            // unit's place (not a person's name of two words or more).
            if j < head
                && j > 0
                && is_capitalized(self.str_of(j))
                && self.kind(j) == Some(Kind::Portfolio)
                && self.is_name_word(j - 1)
                && self.adjacent_words(j - 1, j)
                && !(j >= 2 && (self.is_name_token(j - 2) || self.kind(j - 2).is_some_and(Kind::is_title)))
            {
                j -= 1;
            }
            ts = j;
            while ts > 0 && self.kind(ts - 1) == Some(Kind::Modifier) {
                ts -= 1;
                role.insert_str(0, self.tok(ts)?.value);
            }
        } else if hk == Kind::RegionBoth && start == head {
            let mut j = ts;
            let mut plain = 0;
            while j > 0 {
                if self.kind(j - 1) == Some(Kind::RegionWord) {
                    j -= 1;
                } else if self.is_name_word(j - 1) && plain < 2 {
                    plain += 1;
                    j -= 1;
                } else {
                    break;
                }
            }
            if j < ts {
                ts = j;
                region_done = true;
                region_taken = true;
            }
        } else if hk == Kind::Full
            && start == head
            && head >= 2
            && self
                .tok(head - 1)
                .is_some_and(|t| t.kind == Some(Kind::Connector) && t.value != lexicon::TOWARD)
            && self.kind(head - 2) == Some(Kind::Portfolio)
            && is_capitalized(self.str_of(head - 2)) == is_capitalized(self.str_of(head))
        {
            // "International Relations and Trade Minister": portfolios joined before a complete
            // title are more of its portfolio (in its case: "royalti air kepada Perdana Menteri"
            // is no portfolio of the office).
            let j = self.portfolio_start(head - 1);
            ts = j;
        }
        // An office that serves another, written right before it, heads the title ("Staf
        // Khusus Menteri Dalam Negeri X", "Utusan Khusus Ketua ASEAN").
        if ts == head
            && ts > 0
            && self.kind(ts - 1) == Some(Kind::Head)
            && self.adjacent_words(ts - 1, ts)
            && is_capitalized(self.str_of(ts - 1))
        {
            ts -= 1;
            role = self.tok(ts)?.value.to_string();
            while ts > 0 && self.kind(ts - 1) == Some(Kind::Modifier) {
                ts -= 1;
                role.insert_str(0, self.tok(ts)?.value);
            }
        }
        // Two offices held together ("Deputy Prime Minister and Commerce Minister X", "Wakil
        // Perdana Menteri dan Menteri Perdagangan X"): the first joins the title.
        if ts >= 2
            && self.kind(ts - 1) == Some(Kind::Connector)
            && self.adjacent_words(ts - 2, ts - 1)
            && self.kind(ts - 2) == Some(Kind::Full)
            && is_capitalized(self.str_of(ts))
        {
            ts -= 2;
            while ts > 0 && self.kind(ts - 1) == Some(Kind::Modifier) {
                ts -= 1;
            }
        }
        // An organisation or country written before the title ("US Ambassador", "UN Secretary-General").
        let mut pre_org: Option<Span> = None;
        // Where a word of scope before an organisation in lower case opens the title.
        let mut org_scope: Option<usize> = None;
        // The organisation stands right before the title as part of its noun phrase ("the
        // Maritime Security Agency spokesperson"), not in the possessive.
        let mut org_with_title = false;
        let mut pre_country: Option<&str> = None;
        let mut lead = ts;
        let lower_title = !is_capitalized(self.str_of(ts)) && !is_capitalized(self.str_of(head));
        // "the Philippine Coast Guard (PCG) spokesperson": an organisation's acronym in brackets
        // between it and the title.
        if lead >= 4
            && self.is_punct(lead - 1, ")")
            && self.is_punct(lead - 3, "(")
            && is_all_caps(self.str_of(lead - 2))
            && matches!(self.kind(lead - 4), Some(Kind::Org | Kind::OrgHead))
        {
            lead -= 3;
        }
        // A country in the possessive ("Thailand's commerce minister", "Laos' Minister").
        let mut possessive_country = false;
        if let Some((code, c)) = self.country_possessive_before(lead) {
            pre_country = Some(code);
            possessive_country = true;
            lead = c;
        } else if lead >= 2
            && self.is_apostrophe(lead - 1)
            && self.adjacent(lead - 2, lead - 1)
            && self.str_of(lead - 2).ends_with(['s', 'S'])
            && let Some(t) = self.tok(lead - 2).filter(|t| t.kind == Some(Kind::Country))
        {
            pre_country = Some(t.value);
            possessive_country = true;
            lead -= 2;
        } else if let Some(t) = lead.checked_sub(1).and_then(|i| self.tok(i)) {
            match t.kind {
                Some(Kind::Country) => {
                    pre_country = Some(t.value);
                    lead -= 1;
                    // "Bank Negara Malaysia Governor X": an organisation named with its country
                    // right before a capitalized title is the title's, as "Reserve Bank Governor"
                    // is.
                    if is_capitalized(self.str_of(head)) && ts == lead + 1 {
                        let mut k = lead;
                        while k > 0
                            && lead - k < 4
                            && self.adjacent_words(k - 1, k)
                            && is_capitalized(self.str_of(k - 1))
                            && matches!(
                                self.kind(k - 1),
                                Some(Kind::Org | Kind::OrgHead | Kind::Portfolio)
                            )
                        {
                            k -= 1;
                        }
                        if k < lead
                            && (k..lead).any(|m| matches!(self.kind(m), Some(Kind::Org | Kind::OrgHead)))
                        {
                            pre_org = Some(Span::new(self.tok(k)?.span.start, t.span.end));
                            org_with_title = true;
                            lead = k;
                        }
                    }
                }
                Some(Kind::Org) => {
                    pre_org = Some(t.span);
                    org_with_title = true;
                    lead -= 1;
                    // ", Maluku Police spokesman,", "the Jakarta Police spokesman": the place
                    // an organisation belongs to, capitalized words between a comma or an
                    // article and the organisation before a lower-case title, is its name's.
                    if lower_title {
                        let mut k = lead;
                        while k > 0
                            && lead - k < 3
                            && self.adjacent_words(k - 1, k)
                            && (self.is_name_word(k - 1)
                                || self.kind(k - 1) == Some(Kind::RegionWord)
                                // ("Nairobi Regional Police": a capitalized word of a unit.)
                                || self.kind(k - 1) == Some(Kind::Portfolio) && is_capitalized(self.str_of(k - 1)))
                        {
                            k -= 1;
                        }
                        // (Or opening the sentence: "Kampala Metropolitan Police spokesperson
                        // ASP X said".)
                        if k < lead
                            && (k == 0
                                || self.is_punct(k - 1, ",")
                                || self.kind(k - 1) == Some(Kind::Article))
                        {
                            pre_org = Some(Span::new(self.tok(k)?.span.start, t.span.end));
                            lead = k;
                        }
                    }
                }
                // "the Chinese foreign ministry spokesperson": an English organisation head after
                // its portfolio and country, all before the title, after an article.
                Some(Kind::OrgHead) => {
                    let mut j = lead - 1;
                    while j > 0
                        && lead - j < 5
                        && matches!(self.kind(j - 1), Some(Kind::Portfolio | Kind::Country))
                    {
                        j -= 1;
                    }
                    if j > 0 && self.kind(j - 1) == Some(Kind::Article) {
                        pre_org = Some(Span::new(self.tok(j)?.span.start, t.span.end));
                        org_with_title = true;
                        lead = j;
                    } else if lower_title
                        // ("Reserve Bank Governor X": a capitalized head before a capitalized
                        // title, right before it.)
                        || is_capitalized(self.str_of(lead - 1)) && is_capitalized(self.str_of(head)) && ts == lead
                    {
                        // "Kenya Transporters Association vice-chairperson X", "China's foreign
                        // ministry spokesperson X": the organisation's name before its head runs
                        // back over capitalized words and portfolio words; a capitalized one (or
                        // a country owning it) shows it is a name, not "a foreign ministry".
                        let mut k = lead - 1;
                        while k > 0
                            && lead - k < 6
                            && self.adjacent_words(k - 1, k)
                            && (self.is_name_word(k - 1)
                                || matches!(
                                    self.kind(k - 1),
                                    Some(Kind::Portfolio | Kind::Country | Kind::RegionWord)
                                ))
                        {
                            k -= 1;
                        }
                        let named = (k..lead).any(|m| is_capitalized(self.str_of(m)));
                        if named || self.country_possessive_before(k).is_some() {
                            pre_org = Some(Span::new(self.tok(k)?.span.start, t.span.end));
                            org_with_title = true;
                            lead = k;
                        }
                    }
                }
                // "the NDMO director", "X, OCD deputy administrator, said": an acronym after
                // an article or a comma, right before a title in lower case, is the organisation.
                None if lead >= 2
                    && self.is_short_form(lead - 1)
                    && (self.kind(lead - 2) == Some(Kind::Article) || self.is_punct(lead - 2, ","))
                    && !is_capitalized(self.str_of(head)) =>
                {
                    pre_org = Some(t.span);
                    org_with_title = true;
                    lead -= 1;
                }
                _ => {}
            }
        }
        // Before an organisation, the country that owns it ("China's foreign ministry
        // spokesperson", "the Philippine Coast Guard spokesperson") or, in lower case, the place
        // it serves ("an Aceh police spokesman").
        if let Some(o) = pre_org
            && pre_country.is_none()
        {
            let lower = o.slice(self.text).is_some_and(|w| !is_capitalized(w));
            if let Some((code, c)) = self.country_possessive_before(lead) {
                pre_country = Some(code);
                possessive_country = true;
                lead = c;
            } else if lead >= 1
                && self.adjacent_words(lead - 1, lead)
                && let Some(t) = self.tok(lead - 1).filter(|t| t.kind == Some(Kind::Country))
            {
                pre_country = Some(t.value);
                lead -= 1;
            } else if lower
                && lead >= 1
                && self.adjacent_words(lead - 1, lead)
                && (self.kind(lead - 1) == Some(Kind::RegionWord) || self.is_name_word(lead - 1))
                && let Some(place) = self.tok(lead - 1)
            {
                pre_org = Some(Span::new(place.span.start, o.end));
                lead -= 1;
            } else if lower
                && lead >= 1
                && self.adjacent_words(lead - 1, lead)
                && self.kind(lead - 1) == Some(Kind::Portfolio)
                && !is_capitalized(self.str_of(lead - 1))
            {
                // "the regional police director": a word of the office's scope before the
                // organisation opens the title, not the organisation.
                org_scope = self.tok(lead - 1).map(|t| t.span.start);
                lead -= 1;
            }
        }
        // An organisation in the possessive ("the trade ministry's director general").
        if pre_org.is_none()
            && pre_country.is_none()
            && let Some((a, org_span)) = self.possessive_org(lead)
        {
            pre_org = Some(org_span);
            lead = a;
        } else if pre_org.is_none()
            && pre_country.is_none()
            && lead >= 4
            && self.is_possessive(lead - 2)
            && matches!(self.kind(lead - 3), None | Some(Kind::RegionWord))
            && self.is_name_word(lead - 3)
            && self.is_punct(lead - 4, ",")
            && !is_capitalized(self.str_of(head))
        {
            // "Melati Kusuma, Surabaya's deputy mayor": after a name and its comma, a place in
            // the possessive is where the lower-case office is held.
            pre_org = Some(self.tok(lead - 3)?.span);
            lead -= 3;
        } else if pre_org.is_none()
            && pre_country.is_none()
            && lead >= 3
            && self.lex.is_owner(self.str_of(lead - 3))
            && self.is_possessive(lead - 2)
        {
            // "the country's deputy foreign minister": a place named by a common noun owns the
            // office; it names no organisation or country.
            lead -= 3;
        }
        // "X, a paediatric registrar at ...": one lower-case word between an appositive's
        // article and a lower-case title qualifies the office and is the title's.
        if lead == ts
            && lead >= 3
            && self.kind(lead - 1).is_none()
            && self.is_plain_word(lead - 1)
            && !is_capitalized(self.str_of(lead - 1))
            && !is_capitalized(self.str_of(head))
            && self.kind(lead - 2) == Some(Kind::Article)
            && self.is_punct(lead - 3, ",")
        {
            ts -= 1;
            lead -= 1;
        }
        // What stands before the title: an article, a former marker, a blocker.
        if lead > 0 && self.kind(lead - 1) == Some(Kind::Article) {
            lead -= 1;
        }
        let former = lead > 0 && self.tok(lead - 1).is_some_and(|t| t.is(Kind::Former));
        if former {
            lead -= 1;
        }
        if self.blocked_before(ts) || self.blocked_before(lead) {
            return None;
        }

        // A complete title takes more portfolio only through a connector ("Menteri Luar Negeri
        // dan Perdagangan Internasional").
        let portfolio_ok = matches!(hk, Kind::Head | Kind::HeadBoth)
            || hk == Kind::Full
                && (self.kind(head + 1) == Some(Kind::Connector) && self.kind(head + 2) == Some(Kind::Portfolio)
                    // "Menteri Perdagangan Antarabangsa dan Industri": a capitalized portfolio
                    // word right after it goes on with the ministry's name.
                    || self.kind(head + 1) == Some(Kind::Portfolio)
                        && is_capitalized(self.str_of(head + 1))
                        && self.adjacent_words(head, head + 1));
        let mut k = head + 1;
        let mut title_end = head + 1;
        // A military or police unit's number after a region head ("Danrem 162/Wira Bhakti",
        // "Pangdam IX/Udayana", "Danlantamal V").
        if !region_done && let Some(end) = self.unit_code(k) {
            title_end = end;
            k = end;
            region_done = true;
            region_taken = true;
        }
        // A region right after a region head ("Gubernur Jawa Barat", "Governor of Bali").
        if !region_done {
            let mut j = k;
            let linked = self.kind(j) == Some(Kind::Connector);
            if linked {
                j += 1;
            }
            let from = j;
            let mut plain = 0;
            // After a region's own name ("Surabaya") the next capitalized word is the person's.
            let mut after_place = false;
            while let Some(t) = self.tok(j) {
                if t.kind == Some(Kind::RegionWord) {
                    after_place |= t.value == lexicon::PLACE;
                    j += 1;
                } else if self.is_name_word(j)
                    && plain == 0
                    && !after_place
                    // "Governor Andi Sulaiman Rahman": a head whose region may stand before it
                    // takes a region after it only through "of" or a region word ("Governor of
                    // Bali", "Governor West Java").
                    && (hk == Kind::Region || linked || j > from)
                {
                    plain += 1;
                    region_plain = Some(j);
                    j += 1;
                } else if j > from && self.lex.is_region_end(self.str_of(j)) {
                    // "Bupati Banggai Laut X": a portfolio's word that ends a region's name,
                    // after its own name too (Banggai and Banggai Laut are two regencies).
                    j += 1;
                } else if plain > 0
                    && !after_place
                    && let Some(m) = (j..j + 3)
                        .take_while(|&m| self.is_name_word(m))
                        .last()
                        .map(|m| m + 1)
                        .filter(|&m| {
                            self.tok(m).is_some_and(|n| {
                                n.kind == Some(Kind::RegionWord) && n.value != lexicon::PLACE
                            })
                        })
                {
                    // More unknown words, closed by a region word, are the region's name
                    // ("Governor of Luang Prabang Province").
                    plain += m - j;
                    j = m;
                } else {
                    break;
                }
            }
            // "Paulus Henuk, Bupati Rote Ndao, meminta ...": an office set off by commas after a
            // name holds no name of its own; the capitalized words up to the comma are its
            // region.
            // "Somchai Wongsa, the governor of Bangkok, said": the article may open it.
            let before_title = if start > 0 && self.kind(start - 1) == Some(Kind::Article) {
                start - 1
            } else {
                start
            };
            let appositive = before_title > 1
                && self.is_punct(before_title - 1, ",")
                && self.ends_name(before_title - 2)
                && region_plain == Some(from);
            if appositive {
                let mut e = j;
                while self.is_name_word(e) && e < from + 4 {
                    e += 1;
                }
                if self.is_punct(e, ",") || self.kind(e) == Some(Kind::Speech) {
                    j = e;
                }
            }
            // "Gubernur Anies Baswedan": one unknown word then a one-word name is a two-word
            // name, not a region and a name (known regions are region words of the lexicon).
            if !appositive
                && j == from + 1
                && region_plain == Some(from)
                && self.is_name_word(j)
                && !self.is_name_word(j + 1)
                && !self.is_joiner(j + 1)
            {
                // After "of" the two words are the region's name ("the governor of Highland
                // Papua postponed ..."), not a name.
                j = if linked { from + 2 } else { from };
            }
            if j > from {
                // After "of" one word is the place ("the governor of Bangkok, said"), never
                // the holder's name; so is one set off by commas after a name ("Agustinus
                // Laumalay, Bupati Alor, melarang ...").
                if j - from > 1 || linked || appositive {
                    region_plain = None;
                }
                // "the regent of Lumajang": a title written in lower case names the office,
                // and the place after "of" is where it is held (its organisation), as for a
                // lower-case organisation's head ("head of the Kupang immigration office").
                // A capitalized one keeps it ("Governor of Bali").
                if linked && !is_capitalized(self.str_of(head)) {
                    region_org = Some((from, j));
                } else {
                    title_end = j;
                }
                k = j;
                region_taken = true;
            } else {
                region_plain = None;
            }
        }
        let mut had_portfolio = false;
        // A head of several words that names its portfolio itself ("Menteri Pendidikan").
        let own_portfolio = !is_generic(&role) && self.str_of(head).contains(' ');
        let mut org: Option<(usize, usize)> = region_org;
        let mut org_open = false;
        let mut country: Option<&str> = None;
        let mut run: Option<(usize, usize)> = None;
        let mut run_after_connector = false;
        let mut prev_connector = false;
        // The connector before a run of capitalized words names an envoy's destination ("to").
        let mut prev_toward = false;
        let mut run_after_toward = false;
        // After a country in the possessive, its unit follows ("of Indonesia's National ...").
        let mut possessive = false;
        // Where a country read after "of" ends, left out of the title unless a destination
        // follows it.
        let mut of_country: Option<usize> = None;
        while let Some(t) = self.tok(k) {
            let in_run = run.is_some_and(|(_, e)| e == k);
            // "Pengerusi Lembaga Pelabuhan Kuantan Tan Sri Haji X": capitalized words right
            // before an honorific of the holder's are the body's name.
            if !in_run
                && k > head
                && (title_end == k
                    || title_end + 1 == k && matches!(self.kind(k - 1), Some(Kind::OrgHead | Kind::Org)))
                && let Some((e, comma)) = self.words_before_honorific(k)
                // (Before a comma, only when no organisation is open: "Kepala Dinkes Kota
                // Semarang, dr. X" names the unit's place.)
                && !(comma && org.is_some())
            {
                if let Some((s, end)) = org
                    && (end == k || org_open)
                {
                    org = Some((s, e));
                }
                title_end = e;
                k = e;
                continue;
            }
            match t.kind {
                // The office's short form in brackets ("Menteri Luar Negeri (Menlu) Jepang X").
                None if k == title_end
                    && self.is_punct(k, "(")
                    && self.is_punct(k + 2, ")")
                    && self
                        .tok(k + 1)
                        .is_some_and(|n| n.kind.is_some_and(Kind::is_title)) =>
                {
                    k += 3;
                    continue;
                }
                Some(Kind::Portfolio) if org_open => {
                    if let Some((s, _)) = org {
                        org = Some((s, k + 1));
                    }
                    k += 1;
                }
                Some(Kind::Portfolio)
                    if portfolio_ok
                        && org.is_none()
                        && (country.is_none()
                            || possessive
                            // A country naming a unit ("of the Korea Trade Agency").
                            || k > 0
                                && self.kind(k - 1) == Some(Kind::Country)
                                && self.adjacent_words(k - 1, k)
                                && is_capitalized(self.str_of(k))) =>
                {
                    had_portfolio = true;
                    run = None;
                    title_end = k + 1;
                    k += 1;
                }
                // "Syahbandar Pelabuhan Pantoloan", "Kepala Bandara Ngurah Rai": right after the
                // title or its portfolio ("Kepala Seksi Perbendaharaan Kantor Bea Cukai
                // Jayapura"), a capitalized word that names a place of its kind is the office's
                // unit.
                Some(Kind::Blocker)
                    if k == title_end
                        && (k == head + 1 || had_portfolio)
                        && portfolio_ok
                        && org.is_none()
                        && is_capitalized(self.str_of(k)) =>
                {
                    // The place's name is the unit's too, up to a comma or a name's honorific
                    // ("Naib Canselor Universiti Malaya, Profesor ...").
                    k += 1;
                    while (self.is_name_word(k) || self.kind(k) == Some(Kind::Country)) && k < head + 6 {
                        k += 1;
                    }
                    had_portfolio = true;
                    run = None;
                    title_end = k;
                }
                // "Secretary at the Ministry of Forests X", "Dosen di Universitas Y": a
                // place word before an organisation links it to the title as "of" does.
                // ("Director at the BIMSTEC Secretariat": after a capitalized office, up to three
                // capitalized words of the name before its head, after an article; "a
                // paediatric registrar at the Vaiola Hospital" names where the holder works.)
                Some(Kind::Locative)
                    if !in_run && t.value != lexicon::DESTINATION && org.is_none() && {
                        let article = self.kind(k + 1) == Some(Kind::Article);
                        let mut n = k + 1 + usize::from(article);
                        if article && is_capitalized(self.str_of(head)) {
                            let first = n;
                            while n < first + 3
                                && is_capitalized(self.str_of(n))
                                && (self.is_name_word(n) || self.kind(n) == Some(Kind::Portfolio))
                                && self.adjacent_words(n, n + 1)
                            {
                                n += 1;
                            }
                        }
                        matches!(self.kind(n), Some(Kind::Org | Kind::OrgHead))
                            && is_capitalized(self.str_of(n))
                    } =>
                {
                    prev_connector = true;
                    k += 1 + usize::from(self.kind(k + 1) == Some(Kind::Article));
                    continue;
                }
                // "a spokeswoman for the governor", "for the mayor's office": an office in lower
                // case after the link and an article is whom the holder serves, the title's
                // organisation.
                Some(Kind::Connector)
                    if t.value != lexicon::AND
                        && org.is_none()
                        && !in_run
                        && self.kind(k + 1) == Some(Kind::Article)
                        && self.kind(k + 2).is_some_and(Kind::is_title)
                        && !is_capitalized(self.str_of(k + 2)) =>
                {
                    let mut e = k + 3;
                    if self.is_possessive(e) && matches!(self.kind(e + 2), Some(Kind::Org | Kind::OrgHead)) {
                        e += 3;
                    }
                    org = Some((k + 2, e));
                    k = e;
                }
                // "Director of the Southeast Asia Directorate", "Director of the Middle East,
                // North Africa and Sub-Saharan Africa Directorate": places listed before an
                // organisation's head word name that unit.
                Some(Kind::Connector)
                    if t.value != lexicon::AND
                        && org.is_none()
                        && !in_run
                        && let Some((s, e)) = self.places_unit(k + 1) =>
                {
                    org = Some((s, e));
                    title_end = e;
                    k = e;
                }
                Some(Kind::Connector) => {
                    let mut n = k + 1;
                    if self.kind(n) == Some(Kind::Article) {
                        n += 1;
                    }
                    // ("director of the state-run X": a word in lower case glued by a hyphen to
                    // another is an adjective of the body named after it, no complement; "the
                    // Kathmandu-based Council" names its place and goes on.)
                    let compound = self.str_of(n).starts_with(char::is_lowercase)
                        && self.is_punct(n + 1, "-")
                        && self.adjacent(n, n + 1)
                        && self.adjacent(n + 1, n + 2)
                        && self.str_of(n + 2).starts_with(char::is_lowercase);
                    if compound {
                        break;
                    }
                    let ok = match self.kind(n) {
                        // ("the State Department for Blue Economy and Fisheries": a named
                        // organisation's unit, its portfolio after a link.)
                        Some(Kind::Portfolio) => {
                            (portfolio_ok && org.is_none())
                                || org_open
                                || t.value != lexicon::AND
                                    && org.is_some_and(|(_, e)| e == k)
                                    && is_capitalized(self.str_of(n))
                                    && {
                                        org_open = true;
                                        true
                                    }
                        }
                        Some(Kind::Org | Kind::OrgHead) => org.is_none(),
                        // "the ministry's secretary-general and Bangladesh's Expatriates' Welfare
                        // Secretary X": a country in the possessive before another office opens
                        // another official.
                        Some(Kind::Country) => {
                            !(self.is_possessive(n + 1)
                                && (n + 3..n + 7).any(|j| self.kind(j).is_some_and(Kind::is_title)))
                        }
                        None => self.is_name_word(n) && org.is_none() && !in_run,
                        _ => false,
                    };
                    if !ok || in_run {
                        break;
                    }
                    prev_connector = true;
                    prev_toward = t.value == lexicon::TOWARD;
                    k = n;
                    continue;
                }
                // ("Ketua Fraksi PKS DPRD Jawa Barat X": a body named by an acronym right after
                // a unit's acronym is the unit's parent, the same organisation read on.)
                Some(Kind::Org)
                    if org.is_none()
                        || org.is_some_and(|(_, e)| e == k)
                            && (org_open || k > 0 && self.is_acronym(k - 1) && self.is_acronym(k)) =>
                {
                    if in_run && !run_after_connector {
                        break;
                    }
                    // "of the Indonesian Chamber of Commerce": the run starts the organisation.
                    let s = match (in_run, run) {
                        (true, Some((rs, _))) => rs,
                        _ => org.map_or(self.with_adjective(k), |(s, _)| s),
                    };
                    let end = if t.value == lexicon::COMPANY {
                        self.company_end(k)
                    } else {
                        k + 1
                    };
                    // A country's adjective read into the title opens the organisation ("a
                    // spokesman for the Philippine Coast Guard"): the title stops before the link.
                    if s > head && s < title_end && !self.toward_before(s) {
                        title_end = self.end_before_link(s, head);
                    }
                    // "Ketua DPRD Jawa Barat Ahmad Yani": the region a body serves, between its
                    // name and the holder's, is the organisation's.
                    let mut r = end;
                    while r < k + 6 && self.kind(r) == Some(Kind::RegionWord) && self.adjacent_words(r - 1, r)
                    {
                        r += 1;
                    }
                    // A region's name the lexicon does not know: the word after a word for
                    // the kind of region ("BPBD Kabupaten Karo"), or right after a regional
                    // body ("Kepala BPBD Sitaro Joy Sumolang").
                    let unknown_region = if r > end {
                        self.tok(r - 1).is_some_and(|w| w.value == lexicon::REGION_PREFIX)
                    } else {
                        t.value == lexicon::REGIONAL && !self.is_joiner(r + 1)
                    };
                    if unknown_region && self.is_name_word(r) && self.adjacent_words(r - 1, r) {
                        r += 1;
                        if !self.is_name_word(r) {
                            // The body and its region read on from the title stay in it
                            // ("Kepala Seksi Kedaruratan BPBD Kabupaten Karo").
                            if title_end == s {
                                title_end = r;
                            }
                            org = Some((s, r));
                            run = None;
                            org_open = false;
                            k = r;
                            continue;
                        }
                    }
                    let end = if r > end && self.adjacent_words(r - 1, r) && self.is_name_word(r) {
                        r
                    } else {
                        end
                    };
                    // "the UNICEF Country Office": after an article, a unit of the known body,
                    // capitalized words up to a head word.
                    let unit_word = |j: usize| {
                        (self.is_name_word(j)
                            || matches!(self.kind(j), Some(Kind::Portfolio | Kind::RegionWord)))
                            && is_capitalized(self.str_of(j))
                    };
                    let end = match (end..end + 3).find(|&h| self.kind(h) == Some(Kind::OrgHead)) {
                        Some(h)
                            if s > 0
                                && self.kind(s - 1) == Some(Kind::Article)
                                && is_capitalized(self.str_of(h))
                                && (end..h).all(unit_word)
                                && (end..=h).all(|j| self.adjacent_words(j - 1, j)) =>
                        {
                            h + 1
                        }
                        _ => end,
                    };
                    run = None;
                    org = Some((s, end));
                    org_open = false;
                    k = end;
                }
                // "Kepala Balai Taman Nasional Gunung Rinjani telah ...": a second head right
                // after an open organisation's goes on its name, with the capitalized words of
                // no kind after it when a word in lower case (no holder's name) follows them.
                Some(Kind::OrgHead)
                    if org_open && is_capitalized(self.str_of(k)) && org.is_some_and(|(_, e)| e == k) =>
                {
                    let mut m = k + 1;
                    while m < k + 5 && self.is_name_word(m) {
                        m += 1;
                    }
                    // (Two words at most: more may hold the holder's name, "... Gunung Rinjani
                    // Dedy Asriady mengatakan".)
                    let lower_after = self
                        .tok(m)
                        .is_some_and(|t| t.plain == TokenKind::Word && !is_capitalized(self.str_of(m)));
                    if !(lower_after && m <= k + 3) {
                        m = k + 1;
                    }
                    if let Some((s, _)) = org {
                        org = Some((s, m));
                    }
                    if title_end == k {
                        title_end = m;
                    }
                    k = m;
                }
                Some(Kind::OrgHead) if org.is_none() && (!in_run || run_after_connector) => {
                    let mut s = match (in_run, run) {
                        (true, Some((rs, _))) => rs,
                        _ => self.with_adjective(k),
                    };
                    // "head of the National Food Agency", "permanent secretary of the defence
                    // ministry": portfolio words read into the title, written in the case of
                    // the head word, are the organisation's name before it, and the title runs
                    // to the head word.
                    // Capitalized words of no kind read in with them are the name's too ("head
                    // of the National Election Commission").
                    // (Not in Indonesian before a head that names its organisation apart, after
                    // a name set off by a comma: the words before "Kementerian" are the office's,
                    // "X, Direktur Jenderal Penempatan Kementerian ..., mengatakan".)
                    let named_apart = !self.lex.head_last
                        && lead >= 1
                        && self.is_punct(lead - 1, ",")
                        && self
                            .str_of(k)
                            .split_whitespace()
                            .next()
                            .is_some_and(|w| self.lex.is_apart_head(w));
                    if !in_run && s == k && !named_apart {
                        let capital = is_capitalized(self.str_of(k));
                        let back = |plain: bool| {
                            let mut s = k;
                            while s > head + 1
                                && (self.kind(s - 1) == Some(Kind::Portfolio)
                                    || plain && self.kind(s - 1).is_none() && self.is_name_word(s - 1))
                                && is_capitalized(self.str_of(s - 1)) == capital
                            {
                                s -= 1;
                            }
                            s
                        };
                        s = back(false);
                        // Plain words only after a link to the organisation (not "Direktur
                        // Jenderal Pembinaan Pelatihan Vokasi Kementerian ...").
                        let wide = back(capital);
                        if wide < s && matches!(self.kind(wide - 1), Some(Kind::Article | Kind::Connector)) {
                            s = wide;
                        }
                        if s < k {
                            s = self.with_adjective(s);
                            // The title stops before the link to the organisation ("head of
                            // the National Food Agency": "head", org "National Food Agency").
                            if !self.toward_before(s) {
                                title_end = self.end_before_link(s, head);
                                had_portfolio = title_end > head + 1;
                            } else {
                                title_end = k + 1;
                            }
                        }
                    }
                    // "a spokesperson for the Vietnamese Embassy": the country's adjective read
                    // into the title opens the organisation; the title stops before the link.
                    if s > head + 1 && s < title_end && !self.toward_before(s) {
                        title_end = self.end_before_link(s, head);
                    }
                    run = None;
                    org = Some((s, k + 1));
                    // A head word in lower case names no organisation of its own: the
                    // capitalized words after it are the holder's ("Director General of the
                    // bureau Tomas Reyes").
                    org_open = is_capitalized(self.str_of(k)) || !self.is_name_word(k + 1);
                    k += 1;
                    // A unit's number ("Kodam V/Brawijaya"), or its name up to the rank that
                    // opens the person's part ("Lanud Halim Perdanakusuma Marsma TNI X"). The
                    // office's short form may stand in brackets before the number ("Komando
                    // Daerah Militer (Pangdam) V/Brawijaya").
                    let coded = if self.is_punct(k, "(")
                        && self.is_punct(k + 2, ")")
                        && self.kind(k + 1).is_some_and(Kind::is_title)
                    {
                        k + 3
                    } else {
                        k
                    };
                    if let Some(end) = self.unit_code(coded) {
                        org = Some((s, end));
                        k = end;
                    } else if let Some(r) = (k..k + 4)
                        .take_while(|&j| self.is_name_word(j))
                        .last()
                        .map(|j| j + 1)
                        && self.kind(r) == Some(Kind::Rank)
                    {
                        org = Some((s, r));
                        k = r;
                    }
                }
                Some(Kind::RegionWord) if org_open => {
                    if let Some((s, _)) = org {
                        org = Some((s, k + 1));
                    }
                    k += 1;
                }
                // "Kepala Dinas Kesehatan Provinsi Jawa Barat Asep Sukmana": the region a unit
                // serves, right after its portfolio, is the title's.
                Some(Kind::RegionWord)
                    if !in_run
                        && had_portfolio
                        && org.is_none()
                        && title_end == k
                        && self.adjacent_words(k - 1, k) =>
                {
                    title_end = k + 1;
                    k += 1;
                }
                // "Spokesperson for the Ministry of ...": an article before the organisation.
                Some(Kind::Article)
                    if org.is_none()
                        && !in_run
                        && matches!(self.kind(k + 1), Some(Kind::Org | Kind::OrgHead)) =>
                {
                    k += 1;
                }
                // "Konsul Jenderal RI di Johor Bahru meminta ...": the office's town, a known
                // place, when a verb (not a name) follows it.
                // "Pesuruhjaya Tinggi Malaysia ke Brunei Datuk Ahmad ...", "Duta Besar RI untuk
                // Malaysia Hermono": the envoy's destination, when a name (or the honorifics
                // that open one) follows it right away.
                Some(Kind::Locative)
                    if !in_run
                        && t.value == lexicon::DESTINATION
                        && self.kind(k + 1) == Some(Kind::Country)
                        && (self
                            .tok(k + 2)
                            .is_some_and(|n| matches!(n.kind, Some(Kind::HonorificBefore | Kind::Rank)))
                            || self.adjacent_words(k + 1, k + 2) && self.is_name_word(k + 2)
                            // No name at all: "Duta Besar Malaysia ke Arab Saudi turut membantu".
                            || !is_capitalized(self.str_of(k + 2))) =>
                {
                    title_end = k + 2;
                    k += 2;
                }
                Some(Kind::Locative) if !in_run && t.value != lexicon::DESTINATION => {
                    let mut j = k + 1;
                    while j < k + 5 && self.kind(j) == Some(Kind::RegionWord) {
                        j += 1;
                    }
                    // A rank or an honorific opens the holder's name: the capitalized words
                    // before it are the town ("Atase Pertahanan RI di Yangon Kolonel Inf X").
                    let name_opens =
                        |m: usize| matches!(self.kind(m), Some(Kind::Rank | Kind::HonorificBefore));
                    // "Consul General in Jeddah Hendro Wibisono met ...": one unknown word for the
                    // town, then a name of two words or more that a verb in lower case closes.
                    let mut town_then_name = false;
                    if j == k + 1 {
                        let mut m = j;
                        while m < j + 3 && self.is_name_word(m) {
                            m += 1;
                        }
                        if m > j && name_opens(m) {
                            j = m;
                        } else if m == j + 3
                            && self.tok(m).is_some_and(|n| {
                                n.kind.is_none()
                                    && n.plain == TokenKind::Word
                                    && !is_capitalized(self.str_of(m))
                            })
                        {
                            j += 1;
                            town_then_name = true;
                        }
                    }
                    // "Deputy Permanent Secretary at the MPRT Hajah X": an organisation's short
                    // form after the link (and an article), then the holder's name.
                    if j == k + 1 {
                        let a = if self.kind(j) == Some(Kind::Article) {
                            j + 1
                        } else {
                            j
                        };
                        if self.is_short_form(a) && name_opens(a + 1) {
                            j = a + 1;
                        }
                    }
                    // After a known town ("Dubes RI di Canberra Laksmi Harjanti"), the next
                    // capitalized word opens the holder's name.
                    let after_town = self.tok(j - 1).is_some_and(|p| p.value == lexicon::PLACE)
                        && self.adjacent_words(j - 1, j)
                        && self.is_name_word(j);
                    // After a known town, any lower-case word but one joining more places
                    // goes on with the clause ("Konsul Jenderal Jepang di Surabaya pada Jumat",
                    // "... di Bali terkait warga negaranya").
                    // (A connector too when a lower-case word follows it: "... di Surabaya untuk
                    // hadir".)
                    let town_then_clause = self.tok(j - 1).is_some_and(|p| p.value == lexicon::PLACE)
                        && self.tok(j).is_some_and(|n| {
                            n.plain == TokenKind::Word
                                && !is_capitalized(self.str_of(j))
                                && (n.kind != Some(Kind::Connector)
                                    || self.tok(j + 1).is_some_and(|a| {
                                        a.plain == TokenKind::Word && !is_capitalized(self.str_of(j + 1))
                                    }))
                        });
                    let closes = j > k + 1
                        && (name_opens(j)
                            || after_town
                            || town_then_clause
                            || town_then_name
                            || self.tok(j).is_none_or(|n| {
                                n.kind.is_none() && n.plain == TokenKind::Punct
                                    // (A lower-case word that links nothing goes on with the
                                    // clause, "dalam" too: "Konsul Jenderal RI di Kuching dalam
                                    // keterangan tertulis".)
                                    || matches!(n.kind, None | Some(Kind::Speech | Kind::Portfolio))
                                        && n.plain == TokenKind::Word
                                        && !is_capitalized(self.str_of(j))
                            }));
                    if !closes {
                        break;
                    }
                    title_end = j;
                    k = j;
                }
                // "Menteri Negara Urusan Kecerdasan Artifisial Uni Emirat Arab yang ...": words
                // read before the office's country are its portfolio, not a name.
                Some(Kind::Country)
                    if in_run
                        && portfolio_ok
                        && org.is_none()
                        && country.is_none()
                        && self.adjacent_words(k - 1, k) =>
                {
                    country = Some(t.value);
                    run = None;
                    title_end = k + 1;
                    k += 1;
                }
                Some(Kind::Country) if !in_run => {
                    country = country.or(Some(t.value));
                    org_open = false;
                    // The country qualifies the office as written ("Duta Besar RI untuk Kamboja",
                    // "ambassador to Indonesia"); after "of" alone it is the office's country,
                    // not part of its title ("the Solicitor General of the Philippines"), unless
                    // a destination follows ("Ambassador of Ireland to Indonesia").
                    let through = of_country.filter(|&e| self.only_links(e, k)).unwrap_or(title_end);
                    let linked = self.only_links(through, k);
                    let only_of = linked
                        && through == title_end
                        && (title_end..k).any(|j| self.kind(j) == Some(Kind::Connector))
                        && (title_end..k).all(|j| {
                            self.tok(j).is_some_and(|c| c.kind == Some(Kind::Article) || c.value.is_empty())
                        })
                        // A second destination of an envoy ("untuk Papua Nugini dan Kepulauan
                        // Solomon") stays in the title.
                        && (head..title_end).all(|j| self.tok(j).is_some_and(|c| c.value != lexicon::TOWARD));
                    if only_of {
                        of_country = Some(k + 1);
                    } else if linked {
                        title_end = k + 1;
                    }
                    k += 1;
                    // "head of Indonesia's National Food Agency": the possessive goes with it.
                    if self.is_possessive(k) {
                        k += 2;
                        possessive = true;
                        if linked {
                            title_end = k;
                        }
                    }
                }
                // An unknown acronym right after the title is its unit ("Ketua PPLN Kuala
                // Lumpur Sari Wulandari"); the places after it belong to the unit too.
                None if !in_run
                    && org.is_none()
                    && k > 0
                    && self.adjacent_words(k - 1, k)
                    && self.is_acronym(k) =>
                {
                    title_end = k + 1;
                    k += 1;
                    // After a portfolio it names the portfolio's object ("Direktur Perlindungan
                    // WNI Kemenlu"); right after the head, the unit itself.
                    if had_portfolio {
                        continue;
                    }
                    org = Some((k - 1, k));
                    org_open = true;
                    while self.tok(k).is_some_and(|t| t.value == lexicon::PLACE) {
                        org = Some((org.map_or(k, |(s, _)| s), k + 1));
                        title_end = k + 1;
                        k += 1;
                    }
                }
                // "chairman of the Indonesian Palm Oil Association": after an article, the
                // capitalized words up to an organisation's head word are its name, never a
                // person's.
                None | Some(Kind::Portfolio)
                    if org.is_none()
                        && !in_run
                        && self.after_article(k)
                        && self.org_head_after(k).is_some() =>
                {
                    let h = self.org_head_after(k).unwrap_or(k);
                    org = Some((self.with_adjective(k), h + 1));
                    org_open = true;
                    title_end = h + 1;
                    k = h + 1;
                }
                // "Direktur Jenderal Bina Administrasi Kewilayahan Kementerian Dalam Negeri X":
                // one or two unknown words between a portfolio and its organisation are the
                // portfolio's, not a name.
                // Right after the head, only a known organisation closes them ("Direktur Penyakit
                // Menular Kemenkes, dr X"): an unknown acronym there may be a name's degree.
                None if !in_run
                    && (had_portfolio || k == head + 1)
                    && org.is_none()
                    && title_end == k
                    && self.is_name_word(k)
                    && self.words_to_parent(k).is_some_and(|j| {
                        j <= k + 2
                            && (had_portfolio || matches!(self.kind(j), Some(Kind::Org | Kind::OrgHead)))
                    }) =>
                {
                    let j = self.words_to_parent(k).unwrap_or(k);
                    had_portfolio = true;
                    title_end = j;
                    k = j;
                }
                // "Kepala Balai Benih Padi, Jagung, dan Kedelai Sumatera Utara X": capitalized
                // words listed with commas right after an organisation's name are more of it.
                None if !in_run
                    && org.is_some_and(|(_, e)| e == k)
                    && (self.is_name_word(k) || self.is_punct(k, ","))
                    && let Some(e) = self.name_list_end(k)
                    // (A verb after the list: the words were people, "Ahmad, Budi dan Citra
                    // mengatakan".)
                    && (self.is_punct(e, ",") || self.is_punct(e, "(") || self.tok(e).is_some_and(|_| is_capitalized(self.str_of(e)))) =>
                {
                    if title_end == k {
                        title_end = e;
                    }
                    org = org.map(|(s, _)| (s, e));
                    org_open = true;
                    k = e;
                }
                None if self.is_name_word(k) => {
                    // "Majlis Perniagaan BIMP-EAGA, Encik X": an acronym right after an open
                    // organisation's name, hyphened parts and all, ends it; the holder's name
                    // comes after it.
                    if org_open
                        && self.is_acronym(k)
                        && let Some((s, e)) = org.filter(|&(_, e)| e == k)
                    {
                        let mut e = e + 1;
                        while self.is_punct(e, "-")
                            && self.adjacent(e - 1, e)
                            && self.adjacent(e, e + 1)
                            && self.is_acronym(e + 1)
                        {
                            e += 2;
                        }
                        org = Some((s, e));
                        if title_end == k {
                            title_end = e;
                        }
                        org_open = false;
                        k = e;
                        continue;
                    }
                    if org_open {
                        org_open = false;
                        // "Bahagian Kawalan Penyakit KKM": unknown capitalized words that run
                        // from an organisation's head to its parent's acronym or name are the
                        // organisation's name.
                        if let Some((s, e)) = org.filter(|&(_, e)| e == k)
                            && let Some(j) = self.words_to_parent(k)
                        {
                            let _ = e;
                            org = Some((s, j + 1));
                            title_end = j + 1;
                            k = j + 1;
                            continue;
                        }
                        // After an acronym the name is the person's ("Direktur Utama BPDP
                        // Zulkifli Harahap") unless a number follows it: a ship's or a unit's
                        // ("Komandan KP Orca 03").
                        let person_after_acronym = |s: usize| {
                            self.is_acronym(s)
                                && !self.tok(k + 1).is_some_and(|t| t.plain == TokenKind::Number)
                        };
                        if let Some((s, e)) =
                            org.filter(|&(s, e)| e == s + 1 && e == k && !person_after_acronym(s))
                        {
                            // The first word after a bare organisation head is its name ("Partai
                            // Golkar"); more of a long name may be read as the person's.
                            org = Some((s, e + 1));
                            k += 1;
                            // A capitalized portfolio right after it goes on with the name
                            // ("Badan Pengatur Jalan Tol Hasanudin Lubis").
                            org_open =
                                self.kind(k) == Some(Kind::Portfolio) && is_capitalized(self.str_of(k));
                            continue;
                        }
                    }
                    let s = match run {
                        Some((s, e)) if e == k => s,
                        _ => {
                            run_after_connector = prev_connector;
                            run_after_toward = prev_connector && prev_toward;
                            k
                        }
                    };
                    k += 1;
                    while self.is_joiner(k) {
                        k += 2;
                    }
                    if self.str_of(k - 1).chars().count() == 1 && self.is_punct(k, ".") {
                        k += 1;
                    }
                    run = Some((s, k));
                }
                Some(Kind::Particle) if in_run && (self.is_name_token(k + 1) || self.is_joiner(k + 1)) => {
                    k += 1;
                    while self.is_joiner(k) {
                        k += 2;
                    }
                    if let Some((s, _)) = run {
                        run = Some((s, k));
                    }
                }
                // "Timbalan Ketua Pengarah (Operasi) Jabatan ...", "Deputy Permanent Secretary
                // (Agriculture and Agrifood) at ...": the office's portfolio in brackets right
                // after a bare head, capitalized words that "and" may join; or after the head's
                // own portfolio words ("Setiausaha Parlimen Kanan (Kesihatan) Encik X").
                None if self.is_punct(k, "(")
                    && (k == head + 1 || had_portfolio)
                    && title_end == k
                    && self.kind(k + 1) == Some(Kind::Portfolio)
                    && is_capitalized(self.str_of(k + 1))
                    && let Some(close) = (k + 2..(k + 7).min(self.toks.len())).find(|&j| {
                        !(self.is_and(j)
                            || (self.is_plain_word(j) || self.kind(j) == Some(Kind::Portfolio))
                                && is_capitalized(self.str_of(j)))
                    })
                    && self.is_punct(close, ")")
                    && !self.is_and(close - 1) =>
                {
                    had_portfolio = true;
                    title_end = close + 1;
                    k = close + 1;
                }
                None if self.is_punct(k, "(") && !in_run => {
                    // A parenthesised acronym after the organisation ("( Kemenlu)", "(M.C.I.L.)").
                    let close = (k + 1..(k + 12).min(self.toks.len())).find(|&j| self.is_punct(j, ")"));
                    let Some(close) = close else { break };
                    // ("(M.C.I.L.)": a dotted acronym, each letter followed by its stop.)
                    let letter = |j: usize| {
                        let w = self.str_of(j);
                        w.chars().count() == 1
                            && w.chars().all(char::is_uppercase)
                            && self.is_punct(j + 1, ".")
                    };
                    let inner_ok = (k + 1..close).all(|j| {
                        self.tok(j).is_some_and(|t| {
                            matches!(t.kind, Some(Kind::Org | Kind::OrgHead | Kind::Country))
                                || (t.kind.is_none() && is_all_caps(self.str_of(j)))
                                || letter(j)
                                || self.is_punct(j, ".") && j > k + 1 && letter(j - 1)
                        })
                    });
                    // One capitalized word is an acronym written as a word ("(Bakamla)",
                    // "(Bapanas)").
                    let word_acronym = close == k + 2 && self.is_name_word(k + 1)
                        // "(SKK Migas)": an acronym and a capitalized word.
                        || close <= k + 4
                            && (k + 1..close).all(|j| {
                                is_capitalized(self.str_of(j)) && !self.kind(j).is_some_and(Kind::is_title)
                            })
                            && (k + 1..close).any(|j| self.is_plain_word(j) && is_all_caps(self.str_of(j)))
                        // "(Disperindagkop-UKM)": an acronym written as a word and one in
                        // capitals, joined by a hyphen.
                        || close == k + 4
                            && self.is_name_word(k + 1)
                            && self.is_punct(k + 2, "-")
                            && self.adjacent(k + 1, k + 2)
                            && self.adjacent(k + 2, k + 3)
                            && is_all_caps(self.str_of(k + 3));
                    if !(inner_ok || word_acronym) || close == k + 1 {
                        break;
                    }
                    if org.is_none() {
                        org = Some((k + 1, close));
                    }
                    org_open = false;
                    k = close + 1;
                    // The region the body serves may follow its acronym ("Jabatan Bomba dan
                    // Penyelamat Malaysia (JBPM) Kelantan, X"): it belongs to the title.
                    while k < close + 4
                        && self.kind(k) == Some(Kind::RegionWord)
                        && self.adjacent_words(k - 1, k)
                    {
                        k += 1;
                    }
                    // So may the body it belongs to ("Direktur Jenderal ... (ILMATE) Kementerian
                    // Perindustrian X").
                    if k == close + 1 && self.adjacent_words(close, k) {
                        match self.kind(k) {
                            Some(Kind::Org) => k += 1,
                            Some(Kind::OrgHead) if self.kind(k + 1) == Some(Kind::Portfolio) => {
                                k += 1;
                                while self.kind(k) == Some(Kind::Portfolio) {
                                    k += 1;
                                }
                            }
                            _ => {}
                        }
                    }
                    if k > close + 1 {
                        title_end = title_end.max(k);
                    }
                }
                // "Minister for Law, Human Rights, Immigration and Corrections": portfolio words
                // listed with commas, the last after a connector.
                // (Or after a head that names its first portfolio itself: "Menteri Investasi,
                // Perdagangan, dan Industri".)
                None if self.is_punct(k, ",")
                    && (had_portfolio || title_end == head + 1 && own_portfolio)
                    && org.is_none()
                    && !in_run
                    && title_end == k
                    && let Some(e) = self.portfolio_list_end(k) =>
                {
                    title_end = e;
                    k = e;
                }
                _ => break,
            }
            if t.kind != Some(Kind::Connector) {
                prev_connector = false;
            }
        }
        let trailing_run = run.filter(|&(_, e)| e == k);

        // Who holds the title.
        let mut name: Option<NameParse> = None;
        let mut before: Option<NameParse> = None;
        let mut next = k;
        // A name after a comma only when the title is complete in itself or has a complement, so
        // that "di Pelabuhan Ratu, Sukabumi" names no one.
        let complete = hk == Kind::Full || k > head + 1 || start < head || ts < start;
        // A name set off by commas closes the title before it; a scan that crosses words also
        // completes a bare head ("Head of the ... Office, X, said"). The words up to the comma
        // belong to the title ("Kepala Pusat Gempabumi dan Tsunami BMKG, Ratna Widyastuti, ...").
        // After an article or an organisation before it, a bare head takes one too ("the
        // ambassador, Heri Akhmadi, would attend").
        // So does an owner in the possessive ("the president's spokesman, X, said").
        let introduced = pre_org.is_some()
            || possessive_country
            || self.kind(lead) == Some(Kind::Article)
            || lead >= 3 && self.is_possessive(lead - 2);
        // A bare head written as a title takes a name set off by commas when the clause goes
        // on after the second ("Menteri Besar, Datuk Seri Dr Ahmad Zaki Ismail, berkata").
        let capital_head = is_capitalized(self.str_of(head));
        let names_portfolio = matches!(hk, Kind::Head | Kind::HeadBoth) && own_portfolio;
        // So does one opening the sentence (perhaps after its organisation's name) before a
        // name and a verb of saying ("Chief Executive Officer, Sunita Devi Raj says ...").
        let opens_sentence = || {
            (0..head).all(|j| {
                self.tok(j).is_some_and(|t| {
                    t.plain == TokenKind::Word
                        && (is_capitalized(self.str_of(j)) || t.kind == Some(Kind::Connector))
                })
            })
        };
        if let Some((c, np)) = self.appositive(k).filter(|(c, np)| {
            complete
                || introduced
                || *c > k
                || capital_head
                    && (self.is_punct(np.end, ",")
                        || self.kind(np.end) == Some(Kind::Speech) && opens_sentence()
                        // A head that names its portfolio itself, before a name that ends the
                        // sentence ("... dibuka oleh Menteri Pendidikan, Kamarul Zaman.").
                        || names_portfolio && self.is_punct(np.end, "."))
        }) {
            if c > k || trailing_run.is_some() {
                // "Timbalan Pengarah Bahagian Operasi Ramalan, Jabatan Meteorologi Malaysia
                // (MetMalaysia), Dr. X": an organisation set off by commas of its own is the
                // office's organisation; the title ends before it.
                let org_part = |m: usize| {
                    let e = (m + 1..=c).find(|&j| self.is_punct(j, ",")).unwrap_or(c);
                    // Not the last item of a portfolio's list ("Pusat Data, Informasi, dan
                    // Komunikasi Kebencanaan BNPB").
                    self.kind(m + 1) != Some(Kind::Connector)
                        && (m + 1..e).any(|j| matches!(self.kind(j), Some(Kind::Org | Kind::OrgHead)))
                };
                // (A word pointing back before the comma is not the title's: "Kepala dinas
                // itu, X".)
                let c = if c > k && self.is_pointer_at(c - 1) {
                    c - 1
                } else {
                    c
                };
                // ("Anggota Komisi II DPR dari Fraksi X, Y": the faction is not the office's.)
                let c = (k..c)
                    .find(|&m| {
                        self.tok(m).is_some_and(|t| {
                            t.kind == Some(Kind::Locative) && t.value == lexicon::AFFILIATION
                        })
                    })
                    .unwrap_or(c);
                match (k..c).find(|&m| self.is_punct(m, ",") && org_part(m)) {
                    Some(m) => {
                        title_end = title_end.max(m);
                        org = Some((m + 1, c));
                    }
                    None => title_end = title_end.max(c),
                }
            }
            next = np.end;
            name = Some(np);
        }
        if name.is_none()
            && complete
            && self.is_punct(k, ",")
            && (trailing_run.is_none() || run_after_connector)
            && let Some(np) = self.parse_name(k + 1)
        {
            if let Some((_, e)) = trailing_run.filter(|_| portfolio_ok) {
                title_end = e;
            }
            next = np.end;
            name = Some(np);
        }
        // "Ketua Perangkawan Malaysia Datuk Seri Dr Rosli Mat Saad": honorifics open the
        // name, so the capitalized words before them are the title's unit, not the name.
        // (A known place there, "Setiausaha Kerajaan Negeri Terengganu Datuk ...", is such a
        // unit word too.)
        if name.is_none()
            && (trailing_run.is_some() || self.kind(k) == Some(Kind::RegionWord))
            && let Some(h) = (k..k + 4).find(|&j| {
                self.tok(j)
                    .is_some_and(|t| t.kind == Some(Kind::HonorificBefore) || t.kind == Some(Kind::Rank))
            })
            // An initial right after the run's name word is its middle initial, not an
            // honorific ("Ferdinand R. Marcos Jr.").
            && !(h == k && self.is_initial_honorific(h))
            && (k..h).all(|j| {
                self.tok(j).is_some_and(|t| {
                    matches!(
                        t.kind,
                        None | Some(Kind::Country | Kind::RegionWord | Kind::Portfolio)
                    ) && is_capitalized(self.str_of(j))
                })
            })
            && let Some(np) = self.parse_name(h).filter(|np| np.first > h)
        {
            title_end = h;
            next = np.end;
            name = Some(np);
        }
        // A title in lower case ("atase perdagangan dan Indonesian Trade Promotion Center") takes
        // no name through a connector: the capitalized words are another thing named.
        let head_capital =
            is_capitalized(self.str_of(head)) || (ts < head && is_capitalized(self.str_of(ts)));
        // "Malaysia's ambassador to Ankara said": a place of one or two words after an envoy's
        // "to" is the destination (a capital for its country), the title's.
        if name.is_none()
            && !head_capital
            && run_after_toward
            && let Some((s, e)) = trailing_run
            && e - s <= 2
        {
            title_end = e;
        }
        if name.is_none() && (head_capital || !run_after_connector) {
            if let Some((s, e)) = trailing_run {
                // After a connector the run's first word completes the title ("Director of
                // Protocol X", "Minister of Foreign Affairs of Thailand X"); the rest is the name.
                let s = if run_after_connector {
                    let second = (s + 1..e).find(|&j| self.is_name_word(j));
                    if portfolio_ok {
                        title_end = second.unwrap_or(e);
                    }
                    second.unwrap_or(e)
                } else {
                    s
                };
                // "Kepala Balai Wilayah Sungai Sumatera II Bonar Panjaitan": a unit's number in
                // Roman numerals (two letters or more: "I" opens Balinese names) ends the title.
                let s = if s + 1 < e && is_roman_numeral(self.str_of(s)) {
                    title_end = title_end.max(s + 1);
                    s + 1
                } else {
                    s
                };
                let from = if s > 0 && self.tok(s - 1).is_some_and(|t| t.kind == Some(Kind::Rank)) {
                    s - 1
                } else {
                    s
                };
                if let Some(np) = self.parse_name(from).filter(|_| s < e) {
                    next = np.end;
                    name = Some(np);
                }
            } else if self
                .tok(k)
                .is_some_and(|t| t.kind == Some(Kind::HonorificBefore) || t.kind == Some(Kind::Rank))
                && let Some(np) = self.parse_name(k)
            {
                next = np.end;
                name = Some(np);
            } else if (complete || is_capitalized(self.str_of(head)))
                && self
                    .tok(k)
                    .is_some_and(|t| t.is(Kind::Rank) && t.kind.is_some_and(Kind::is_title))
                && self.adjacent_words(k - 1, k)
                && let Some(np) = self
                    .parse_name(k + 1)
                    .filter(|np| np.first == k + 1 && np.end > k + 2)
            {
                // "Jakarta Police Chief Inspector General Karyoto": right after a complete
                // title, an office that is also a rank is the holder's rank.
                let rank = self.tok(k)?.span;
                let mut np = np;
                np.honorifics.insert(0, rank);
                next = np.end;
                name = Some(np);
            }
        }
        // "Dewi Kartika Sari, Kepala ITPC Johannesburg, mengatakan": an office set off by commas
        // after a name holds no name of its own; plain capitalized words right after it, up to
        // the comma, are its place. So does one joined to a name by "selaku" ("Bonar selaku
        // Kepala Kantor Imigrasi Entikong mengatakan").
        // ("Andreas Pattinasarany (Direktur Jenderal Bina Marga)": or in brackets after a name.)
        let bracketed = lead >= 2 && self.is_punct(lead - 1, "(") && self.is_name_word(lead - 2);
        if let Some(np) = name.as_ref()
            && lead >= 2
            && (self.is_punct(lead - 1, ",") || self.kind(lead - 1) == Some(Kind::Appositive) || bracketed)
            && np.first <= k
            && np.honorifics.is_empty()
            && np.end - np.first <= 3
            && (np.first..np.end).all(|j| self.is_name_token(j))
            && {
                // Past a country or an acronym in brackets ("komisioner Komisi Nasional
                // Pemilihan (CNE) Timor Leste, menyebut"), or the town the place is in
                // ("Kepala Stasiun Meteorologi Tjilik Riwut Palangka Raya, memperkirakan").
                let mut e = np.end;
                loop {
                    // (Or a capitalized word of a portfolio that ends the unit's name: "Kepala
                    // Badan Pengelola Cadangan Pangan, ...".)
                    if self.kind(e) == Some(Kind::Country)
                        || matches!(self.kind(e), Some(Kind::RegionWord | Kind::Portfolio))
                            && e < np.end + 3
                            && is_capitalized(self.str_of(e))
                    {
                        e += 1;
                    } else if self.is_punct(e, "(") && self.is_punct(e + 2, ")") && self.is_short_form(e + 1)
                    {
                        e += 3;
                    } else if self.kind(e) == Some(Kind::Locative) && e == np.end {
                        // "..., Pengarah Bahagian Pembangunan Industri Agro di kementerian itu,
                        // memberitahu": where the office is, in lower case.
                        let mut m = e + 1;
                        while m < e + 5
                            && self.tok(m).is_some_and(|t| t.plain == TokenKind::Word)
                            && !is_capitalized(self.str_of(m))
                        {
                            m += 1;
                        }
                        if m == e + 1 {
                            break;
                        }
                        e = m;
                    } else {
                        break;
                    }
                }
                self.is_punct(e, ",")
                    || self.kind(e) == Some(Kind::Speech)
                    || bracketed && self.is_punct(e, ")")
            }
            && let Some(b) = self.name_before(lead, np.end)
        {
            title_end = np.end;
            // (The town after the place is the title's too, and so are the portfolio's words.)
            while title_end < np.end + 3
                && matches!(self.kind(title_end), Some(Kind::RegionWord | Kind::Portfolio))
                && is_capitalized(self.str_of(title_end))
            {
                title_end += 1;
            }
            // (An organisation that ran up to these words runs on over them when a portfolio's
            // word ends them: they are its name, not its place.)
            if let Some((o, e)) = org
                && e == np.first
                && (np.end..title_end).any(|j| self.kind(j) == Some(Kind::Portfolio))
            {
                org = Some((o, title_end));
            }
            k = np.end;
            next = np.end;
            name = None;
            before = Some(b);
        }
        let mut region_name = false;
        if name.is_none()
            && let Some(r) = region_plain
        {
            // "Gubernur Anies": the one word after a region head is a name, not a region;
            // unless a name stands before the office, set off by a comma ("Kornelis Tuan,
            // Kalapas Atambua, membantah"): then the word is the region.
            if let Some(np) = self.parse_name(r) {
                match self.name_before(lead, np.end) {
                    Some(b) => {
                        title_end = np.end;
                        next = next.max(np.end);
                        before = Some(b);
                    }
                    None => {
                        title_end = r;
                        next = next.max(np.end);
                        name = Some(np);
                        region_name = true;
                    }
                }
            }
        }
        if name.is_none() && before.is_none() {
            before = self.name_before(lead, k);
        }
        // "X, the Sangihe district military commander, said": the words between the article
        // and the office name its place and level; the title takes them.
        if before.is_some() && pre_org.is_none() && pre_country.is_none() && ts == lead {
            let mut j = lead;
            while j > 0
                && lead - j < 3
                && (matches!(self.kind(j - 1), Some(Kind::RegionWord | Kind::Portfolio))
                    || self.is_plain_word(j - 1))
            {
                j -= 1;
            }
            if j < lead && j >= 2 && self.kind(j - 1) == Some(Kind::Article) && self.is_punct(j - 2, ",") {
                ts = j;
            }
        }

        // The title's span: head, portfolio, region; the organisation too when it is the only
        // complement and follows the head directly ("Kepala BNPB", "Direktur Utama PT X").
        // Through a link ("a spokesman for the Philippine Coast Guard", "Head of BMKG") it is
        // the office's `org` only, as the output contract writes "Direktur Jenderal ..." with
        // org "Kemenlu".
        // "spokeswoman for Vietnam's foreign ministry": the link and the country that owns the
        // organisation are the organisation's side, not the title's.
        if let Some((os, oe)) = org
            && (os >= title_end || os > head && oe >= title_end)
        {
            // The title may have run over the organisation up to a comma ("X, head of the
            // Changi Centre, said"): it ends where the organisation starts, before the link.
            let mut e = title_end.min(os);
            let mut linked = false;
            while e > head + 1 {
                if e >= head + 3 && self.is_possessive(e - 2) {
                    e -= 2;
                } else if matches!(self.kind(e - 1), Some(Kind::Country | Kind::Article)) {
                    e -= 1;
                } else if self.kind(e - 1) == Some(Kind::Connector) {
                    if self.tok(e - 1).is_some_and(|t| t.value == lexicon::TOWARD) {
                        linked = false;
                        break;
                    }
                    linked = true;
                    e -= 1;
                } else {
                    break;
                }
            }
            if linked && e > head {
                title_end = e;
            }
        }
        // "Ferdinandus Sampe, Kepala Balai Taman Nasional Lore Lindu, melarang ...": between
        // commas after a name, the organisation right after the head runs on to the comma.
        if before.is_some()
            && name.is_none()
            && let Some((os, oe)) = org
            && os == title_end
        {
            let mut e = oe;
            while e < oe + 6
                && (self.is_name_token(e)
                    || matches!(
                        self.kind(e),
                        Some(Kind::Org | Kind::OrgHead | Kind::Portfolio | Kind::RegionWord)
                    ))
            {
                e += 1;
            }
            if e > oe && (self.is_punct(e, ",") || self.kind(e) == Some(Kind::Speech)) {
                org = Some((os, e));
                k = k.max(e);
                next = next.max(e);
            }
        }
        // "the Ambassador to the Philippines and the Misamis Oriental Governor": the words after
        // "and" that another title closes are that office's place, not this one's.
        if let Some(c) = (head + 1..title_end).find(|&j| self.is_and(j)) {
            let stop = name.as_ref().map_or(title_end, |np| np.end);
            if stop > c + 1
                && self.kind(stop).is_some_and(Kind::is_title)
                && self.adjacent_words(stop - 1, stop)
                && (c + 1..stop).all(|j| {
                    self.is_name_word(j) || matches!(self.kind(j), Some(Kind::Article | Kind::RegionWord))
                })
            {
                title_end = c;
                k = c;
                next = c;
                name = None;
            }
        }
        // "Kepala Badan Restorasi Gambut dan Mangrove (BRGM) akan ...": capitalized words that
        // an acronym in brackets closes name the organisation, not its head.
        let short_form_from = match name.as_ref() {
            Some(np)
                if np.honorifics.is_empty()
                    && (np.first == title_end
                        || org.is_some_and(|(_, oe)| oe == np.first)
                        // ("chairperson of the Uganda Fish Processors and Exporters Association
                        // (UFPEA)": only links and a country between.)
                        || np.first > title_end
                            && (title_end..np.first).all(|j| {
                                matches!(self.kind(j), Some(Kind::Article | Kind::Connector | Kind::Country))
                            })) =>
            {
                Some(np.first)
            }
            // "Ketua Perhimpunan Petani dan Nelayan Sejahtera Indonesia (PPNSI) X": a name read up
            // to a link goes on to its short form, from its last word.
            None => org
                .filter(|&(os, oe)| oe == k && oe > os + 1)
                .map(|(_, oe)| oe - 1),
            Some(_) => None,
        };
        if let Some(first) = short_form_from
            && let Some(e) = self.acronym_closes(first)
            && (name.is_some() || e > k)
        {
            if let Some((os, oe)) = org
                && (os >= title_end || name.is_none() && oe == first + 1)
            {
                org = Some((os, e));
                if title_end == first + 1 {
                    title_end = e;
                }
            } else if first > title_end {
                // Linked by "of the": the organisation's, the office's `org`; a name may stand
                // before the office, set off by a comma.
                let os = (title_end..first)
                    .find(|&j| !matches!(self.kind(j), Some(Kind::Article | Kind::Connector)))
                    .unwrap_or(first);
                org = Some((os, e));
                if before.is_none() {
                    before = self.name_before(lead, e);
                }
            } else {
                title_end = e;
            }
            next = next.max(e);
            // "Direktur Eksekutif Center of Reform on Economics (CORE) Indonesia Yusuf Rendra
            // memperkirakan ...": the holder's name after the short form (and the
            // organisation's country).
            // (Or the place the branch serves: "(APH) Jawa Barat Dedi Supriadi".)
            let place = |j: usize| {
                self.kind(j) == Some(Kind::RegionWord)
                    || self.tok(j).is_some_and(|t| t.value == lexicon::PLACE)
            };
            let after = if self.kind(e) == Some(Kind::Country) && self.adjacent_words(e, e + 1) {
                e + 1
            } else {
                let mut j = e;
                while j < e + 3 && place(j) && self.adjacent_words(j, j + 1) {
                    j += 1;
                }
                j
            };
            name = self.parse_name(after).filter(|np| {
                np.first == after
                    && np.end > after
                    && self.ends_clause_word(np.end)
                    // (One word is a name only before a verb of saying: "(BRGM) Hartono
                    // mengatakan".)
                    && (np.end > after + 1 || self.kind(np.end) == Some(Kind::Speech))
            });
            if let Some(np) = &name {
                next = next.max(np.end);
                // The place is the branch's, in its name.
                if after > e && self.kind(e) != Some(Kind::Country) {
                    if let Some((os, oe)) = org
                        && oe == e
                    {
                        org = Some((os, after));
                    }
                    if title_end == e {
                        title_end = after;
                    }
                }
            }
        }
        let mut t_end_tok = title_end;
        // A ministry named in full right after the office, with the holder's name set off by a
        // comma ("Sekretaris Jenderal Kementerian Luar Negeri, X"), is the office's `org`, as
        // a link would make it; an acronym ("Kepala BNPB") or a unit built on its head word
        // ("Kepala Dinas Perhubungan") stays in the title.
        let named_in_full = |os: usize, oe: usize| {
            oe == os + 1
                && self.kind(os) == Some(Kind::Org)
                && self.str_of(os).contains(char::is_whitespace)
                && self.is_punct(oe, ",")
                && name.is_some()
        };
        // An organisation linked to the office by a word ("head of the National Food Agency",
        // "spokeswoman for the mayor's office", "Secretary at the Ministry of ...") is the
        // office as written too, and the organisation besides.
        let linked_org = |os: usize| {
            let mut j = os;
            if j > 0 && self.kind(j - 1) == Some(Kind::Article) {
                j -= 1;
            }
            j > title_end
                && self.tok(j - 1).is_some_and(|t| {
                    t.kind == Some(Kind::Connector) && t.value != lexicon::AND
                        || t.kind == Some(Kind::Locative) && t.value != lexicon::DESTINATION
                })
                && (title_end..j - 1).all(|m| matches!(self.kind(m), Some(Kind::Connector | Kind::Article)))
        };
        // So is one whose head word names it apart ("Pengarah Jabatan Meteorologi Negeri, X",
        // "Ketua Setiausaha Kementerian Kewangan, X").
        let apart = |os: usize| {
            self.str_of(os)
                .split_whitespace()
                .next()
                .is_some_and(|w| self.lex.is_apart_head(w))
        };
        if let Some((os, oe)) = org
            && !had_portfolio
            && (os <= title_end || self.toward_before(os) && self.only_links(title_end, os) || linked_org(os))
            && !region_taken
            && !(os == title_end && named_in_full(os, oe))
        {
            t_end_tok = oe.max(title_end);
        }
        // The organisation read from its head word right after the office's head to the title's
        // end (its short form in brackets too: "Perbadanan Kemajuan Filem Nasional Malaysia
        // (FINAS)") is the `org`, and the office is its head alone.
        if (name.is_some() || before.is_some())
            && t_end_tok > head + 1
            && matches!(self.kind(head + 1), Some(Kind::OrgHead | Kind::Org))
            && apart(head + 1)
        {
            org = Some((head + 1, t_end_tok));
            t_end_tok = head + 1;
        }
        // A country written right after the office ("Presiden Uni Emirat Arab", "Menteri Luar
        // Negeri RI") qualifies it: it is reported as `country`, not in the title. One joined by
        // a word ("Duta Besar RI untuk Kenya", "President of Estonia") is the office as written.
        let linked = |c: usize| {
            let mut j = c;
            if j > 0 && self.kind(j - 1) == Some(Kind::Article) {
                j -= 1;
            }
            j > 0 && matches!(self.kind(j - 1), Some(Kind::Connector | Kind::Locative))
        };
        while t_end_tok > head + 1
            && self.kind(t_end_tok - 1) == Some(Kind::Country)
            && !linked(t_end_tok - 1)
        {
            t_end_tok -= 1;
        }
        // An organisation written before a title in lower case is part of it as the text names
        // the office ("Maritime Security Agency spokesperson", "Sabah police chief"); it is
        // also the office's `org`.
        let title_start = match pre_org {
            Some(o) if org_with_title && lower_title => org_scope.unwrap_or(o.start),
            // "ASEAN Secretary-General", "Coast Guard Administrator", "Foreign Ministry
            // Secretary": a capitalized title too, as the sets written from the contract name
            // such offices.
            Some(o)
                if org_with_title
                    && self.tok(ts).is_some_and(|t| {
                        self.text
                            .get(o.end..t.span.start)
                            .is_some_and(|g| g.trim().is_empty())
                    }) =>
            {
                o.start
            }
            _ => self.tok(ts)?.span.start,
        };
        let title = Span::new(title_start, self.tok(t_end_tok.checked_sub(1)?)?.span.end);
        let org_span = org
            .and_then(|(s, e)| Some(Span::new(self.tok(s)?.span.start, self.tok(e - 1)?.span.end)))
            .or(pre_org);
        let country = country.or(pre_country);
        let capital = is_capitalized(self.str_of(head)) || (ts < head && is_capitalized(self.str_of(ts)));
        let office = hk == Kind::Full
            || had_portfolio
            // "the Trade Secretary", "the Social Welfare Secretary": the portfolio before the head.
            || (ts..head).any(|j| self.kind(j) == Some(Kind::Portfolio))
            || org_span.is_some()
            || country.is_some()
            // "the Sa Kaeo governor": a region named with the head.
            || region_taken
            || (title_end > head + 1 && !portfolio_ok)
            // "Menteri Pendidikan": a head that names its portfolio itself (not one that serves
            // another office: "Staf Khusus Menteri ...", "Utusan Khusus Ketua ASEAN").
            // ("Menurut Sekretaris Daerah, ...", "Wali Kota mengatakan": a region's office of
            // several words names the one of the story's region.)
            // ("the police commissioner": so does one whose portfolio may stand either side.)
            || (matches!(hk, Kind::Head | Kind::Region | Kind::HeadBoth)
                && !is_generic(&role)
                && self.str_of(head).contains(' ')
                && !self.kind(head + 1).is_some_and(Kind::is_title));
        // "The President is scheduled to visit ...": a capitalized head after "the" is the one
        // office the text means.
        let definite = |j: usize| {
            self.tok(j)
                .is_some_and(|t| t.kind == Some(Kind::Article) && t.value == lexicon::DEFINITE)
        };
        // (Not in the possessive: "The Mayor's Cup" is a thing.)
        // ("The COMELEC Chairman": an acronym may stand between.)
        let the_capital = is_capitalized(self.str_of(head))
            && (definite(lead)
                || lead > 0 && definite(lead - 1)
                || lead > 1 && self.is_short_form(lead - 1) && definite(lead - 2))
            && !self.is_possessive(head + 1);
        let specific = capital && (office || the_capital)
            // "the Philippine president", "the Philippine trade secretary": the country's adjective
            // makes an office in lower case one office; so does a named organisation ("a
            // spokesperson for the Ministry of Foreign Affairs").
            || pre_country.is_some()
            // "diplomat senior Norwegia": Indonesian puts the country after the office.
            || country.is_some()
            // (The place after "of" is no such organisation: "as acting regent of Mimika" is
            // as specific as before it was read apart.)
            || !(region_org.is_some() && org == region_org) && org_span.is_some_and(|o| o.slice(self.text).is_some_and(is_capitalized))
            // "the minister for textiles and jute": a portfolio named after the head makes
            // a lower-case office one office.
            || had_portfolio
                && title_end > head + 1
                && self
                    .tok(head + 1)
                    .is_some_and(|t| t.kind == Some(Kind::Connector) && t.value != lexicon::TOWARD);
        let mut span_start = self.tok(lead)?.span.start;
        let mut span_end = self.tok(k.checked_sub(1)?)?.span.end.max(title.end);
        let (name_span, honorifics) = match name.or(before) {
            Some(np) => {
                span_start = span_start.min(self.tok(np.first)?.span.start);
                span_end = span_end.max(np.name.end);
                if let Some(last) = np.end.checked_sub(1).and_then(|i| self.tok(i)) {
                    span_end = span_end.max(last.span.end);
                }
                (Some(np.name), np.honorifics)
            }
            None => (None, Vec::new()),
        };
        if name_span.is_none() && !specific && capital {
            // A bare head ("Menteri", "President") names no one in particular.
            return None;
        }
        Some((
            Raw {
                span: Span::new(span_start, span_end),
                name: name_span,
                honorifics,
                title: Some(title),
                role,
                org: org_span,
                country: country.map(str::to_string),
                former,
                specific,
                // ("A deputy health minister, speaking on condition of anonymity, said": an
                // indefinite article opens an office whose own words stand before its head; not
                // "an envoy to the peace conference".)
                office: office
                    && self.tok(lead).is_some_and(|t| {
                        t.kind == Some(Kind::Article)
                            && (t.value == lexicon::DEFINITE
                                || head > lead + 1 && self.tok(head).is_some_and(|h| h.span.end == title.end))
                    }),
                region_name,
            },
            next.max(head + 1),
        ))
    }

    /// The holders a plural title at `head` names, one per name: "Foreign Ministers A and B",
    /// "Presidents A, B and C". None unless two names follow it, joined by commas and a
    /// conjunction.
    fn plural_holders(&self, start: usize, head: usize) -> Option<(Vec<Raw>, usize)> {
        let (mut first, mut next) = self.read_title(start, head)?;
        first.name?;
        // Each holds the office in the singular: the title ends before the plural ending.
        let h = self.tok(head)?;
        if let Some(t) = first.title.as_mut()
            && t.end == h.span.end
        {
            t.end -= h.plural;
        }
        let mut out = vec![first];
        loop {
            let mut j = next;
            let comma = self.is_punct(j, ",");
            if comma {
                j += 1;
            }
            let and = self.is_and(j);
            if and {
                j += 1;
            } else if !comma {
                break;
            }
            let Some(np) = self.parse_name(j).filter(|np| np.first == j) else {
                break;
            };
            let raw = out.first()?;
            out.push(Raw {
                span: np.name,
                name: Some(np.name),
                honorifics: np.honorifics,
                ..raw.clone()
            });
            next = np.end;
            if and {
                break;
            }
        }
        (out.len() >= 2).then_some((out, next))
    }

    /// A name before the title at `lead` joined by a comma or an appositive word ("Andi, Ketua
    /// ...", "Andi selaku Ketua ..."); `after` is the token after the title.
    fn name_before(&self, lead: usize, after: usize) -> Option<NameParse> {
        let mut q = lead.checked_sub(1)?;
        // "X, the Sarawak State Secretary, said", "X, the Banteay Meanchey provincial governor,
        // said": the office's place and level between the article and the title.
        if !self.is_punct(q, ",") {
            let mut j = q;
            // (A lower-case word of the level among them: "the Sangihe district military
            // commander".)
            while j > 0
                && lead - j <= 3
                && (matches!(self.kind(j), Some(Kind::RegionWord | Kind::Portfolio)) || self.is_plain_word(j))
            {
                j -= 1;
            }
            if j < q && self.kind(j) == Some(Kind::Article) && j > 0 && self.is_punct(j - 1, ",") {
                q = j - 1;
            }
        }
        let joiner = self.tok(q)?;
        // "Bambang Wirawan (Sleman regent) said": the office in brackets after the name;
        // "Made Sukarta – head of ... – warned": or between dashes.
        let bracket = self.is_punct(q, "(") && q > 0 && self.is_name_word(q - 1);
        let dashed = (self.is_punct(q, "\u{2013}") || self.is_punct(q, "\u{2014}"))
            && q > 0
            && self.is_name_word(q - 1);
        let comma = self.is_punct(q, ",") || bracket || dashed;
        if !comma && joiner.kind != Some(Kind::Appositive) {
            return None;
        }
        // The title must end its clause (after its complements: "of the Republic of Indonesia").
        let mut after = after;
        // "... Authority at Vietnam's Ministry of Industry and Trade, said": a place or an
        // organisation after a locative, a possessive, portfolio words.
        while after < lead + 24
            && (self.tok(after).is_some_and(|t| {
                matches!(
                    t.kind,
                    Some(
                        Kind::Connector
                            | Kind::Article
                            | Kind::Country
                            | Kind::Org
                            | Kind::OrgHead
                            | Kind::Portfolio
                            | Kind::RegionWord
                            | Kind::Locative
                    )
                )
            }) || self.is_name_token(after)
                // "commander of Korem 131/Santiago, sent": a unit's number and the slash
                // before its name.
                || self.tok(after).is_some_and(|t| t.plain == TokenKind::Number && t.kind.is_none())
                    && after > lead
                || self.is_punct(after, "/") && after > 0 && self.adjacent(after - 1, after)
                // "Kepala Bandara Ngurah Rai", "Komisi Nasional Pemilihan": a capitalized word
                // that keeps a title off the name of a thing is that name's here.
                || self.kind(after) == Some(Kind::Blocker) && is_capitalized(self.str_of(after))
                || self.is_possessive(after)
                || after > 0 && self.is_possessive(after - 1)
                // "Italy's deputy prime minister and foreign minister": a second office joined
                // to the first.
                || after > 0
                    && self.kind(after - 1) == Some(Kind::Connector)
                    && self.kind(after).is_some_and(Kind::is_title))
        {
            after += 1;
            // "komisioner Komisi Nasional Pemilihan (CNE) Timor Leste,": an acronym in brackets
            // inside the complement.
            if let Some(e) = self.bracketed_short_form(after) {
                after = e;
            }
        }
        // "... Pembangunan Mindanao (MinDA), menyatakan": or right after it.
        if let Some(e) = self.bracketed_short_form(after) {
            after = e;
        }
        let closes = match self.tok(after) {
            _ if bracket => self.is_punct(after, ")"),
            None => true,
            Some(t) => match t.kind {
                Some(Kind::Speech) => true,
                None if t.plain == TokenKind::Punct => !self.is_punct(after, "("),
                // ("... Kota Ternate kemarin": a word that never names, in lower case.)
                None | Some(Kind::NotName) if t.plain == TokenKind::Word => {
                    !is_capitalized(self.str_of(after))
                }
                _ => false,
            },
        };
        if !closes {
            return None;
        }
        // "Siti Rahmat, who is the country's deputy foreign minister, said": the name ends
        // before the comma that opens the appositive.
        if !comma && q > 0 && self.is_punct(q - 1, ",") {
            q -= 1;
        } else if !comma {
            // "Wahyuni Saragih, newly sworn in as regent of Samosir, promised": a few words in
            // lower case between the comma and the appositive word.
            let words = (1..=4)
                .take_while(|&d| {
                    q > d
                        && self.tok(q - d).is_some_and(|t| {
                            t.plain == TokenKind::Word
                                && matches!(
                                    t.kind,
                                    None | Some(Kind::Locative | Kind::Connector | Kind::Modifier)
                                )
                        })
                        && !is_capitalized(self.str_of(q - d))
                })
                .count();
            if words > 0 && self.is_punct(q - words - 1, ",") {
                q -= words + 1;
            } else if words > 0 && self.is_name_word(q - words - 1) {
                // "Noraini Kassim dilantik sebagai Setiausaha ...": or right after the name.
                q -= words;
            }
        }
        // "Park Ji-hoon, 58, South Korea's new ambassador": the holder's age between commas.
        if q >= 2
            && self.is_punct(q - 2, ",")
            && self
                .tok(q - 1)
                .is_some_and(|t| t.plain == TokenKind::Number && t.kind.is_none())
            && self
                .str_of(q - 1)
                .parse::<u32>()
                .is_ok_and(|age| (18..=110).contains(&age))
        {
            q -= 2;
        }
        // "Rahmat Djafar, S.H., M.Si., Bupati ...": degrees set off by commas after the name.
        let closing = q;
        let degree = |j: usize| self.tok(j).is_some_and(|t| t.kind == Some(Kind::HonorificAfter));
        loop {
            let mut j = q;
            if j > 1 && self.is_punct(j - 1, ".") && self.adjacent(j - 2, j - 1) && degree(j - 2) {
                j -= 1;
            }
            if !(j > 0 && degree(j - 1)) {
                break;
            }
            j -= 1;
            if j > 0 && self.is_punct(j - 1, ",") {
                q = j - 1;
            } else {
                q = j;
                break;
            }
        }
        let mut s = q;
        while s > 0 {
            let i = s - 1;
            let t = self.tok(i)?;
            let after_joiner = i > 0
                && self.adjacent(i - 1, i)
                && (self.is_punct(i - 1, "'")
                    || self.is_punct(i - 1, "\u{2019}")
                    || self.is_punct(i - 1, "-"));
            let part = self.is_name_word(i)
                || (self.is_plain_word(i) && after_joiner)
                // "Yusuf Hakim, juru bicara ...": a title that stands in names, after a word of one.
                || i > 0
                    && self.lex.is_name_title(self.str_of(i))
                    && self.adjacent_words(i - 1, i)
                    && self.is_name_word(i - 1)
                || t.is(Kind::Particle)
                || t.kind == Some(Kind::HonorificBefore)
                || t.kind == Some(Kind::Rank)
                // "Chad Mbeki, a senior officer ...": a country's name that is also a given
                // name, opening the name.
                || t.kind == Some(Kind::Country)
                    && self.lex.is_given_name(self.str_of(i))
                    && self.adjacent_words(i, i + 1)
                    && self.is_name_word(i + 1)
                // "Zulkifli Awang Selasa, Pegawai Daerah ...": a weekday or month that is also
                // a given name, closing a name before its comma.
                // Or inside one, between two of its words ("Wong Mei Ling selaku ...").
                || (i + 1 == q || self.adjacent_words(i, i + 1) && self.is_name_word(i + 1))
                    && t.kind == Some(Kind::NotName)
                    && self.lex.is_given_name(self.str_of(i))
                    && i > 0
                    && self.adjacent_words(i - 1, i)
                    && self.is_name_word(i - 1)
                || ((self.is_apostrophe(i) || self.is_punct(i, "-"))
                    && self.adjacent(i, i + 1)
                    && i > 0
                    && self.adjacent(i - 1, i))
                || (self.is_punct(i, ".") && i > 0 && {
                    let w = self.str_of(i - 1);
                    w.chars().count() == 1
                        || (w.chars().count() == 2 && !is_all_caps(w) || crate::text::is_short_given_name(w))
                            && self.is_name_word(i + 1)
                });
            if !part || q - i > 12 {
                break;
            }
            s = i;
        }
        // Move to the first honorific or capitalized word.
        while s < q
            && !(self.is_name_word(s)
                || self
                    .tok(s)
                    .is_some_and(|t| t.kind == Some(Kind::HonorificBefore) || t.kind == Some(Kind::Rank)))
        {
            s += 1;
        }
        // What precedes the name is read before a rank's modifier ("Senior Lieutenant General").
        let mut s0 = s;
        while s0 > 0 && self.kind(s0 - 1) == Some(Kind::Modifier) && self.kind(s0) == Some(Kind::Rank) {
            s0 -= 1;
        }
        if s >= q {
            return None;
        }
        // What precedes the name: nothing, a speech verb, punctuation other than a comma, or a
        // lower-case word that is not a connector.
        if s0 > 0 {
            let p = s0 - 1;
            let t = self.tok(p)?;
            // A comma after a lower-case word closes a clause ("... this year, Bayu
            // Kartanegara, head of ..."), as it does after a word that is never a name or one
            // word opening the sentence ("Meanwhile, ...", "Kemudian, ..."); after a name it
            // would join a list of names.
            let clause_comma = self.is_punct(p, ",")
                && p > 0
                && (self.tok(p - 1).is_some_and(|b| {
                    b.kind == Some(Kind::NotName)
                        || b.kind.is_none()
                            && (b.plain == TokenKind::Number
                                || b.plain == TokenKind::Word
                                    && (!is_capitalized(self.str_of(p - 1)) || p == 1))
                })
                    // "In Buikwe, Sarah Namuli Kizza, the Resident District Commissioner ...": a
                    // place after a preposition opening the sentence.
                    || p == 2 && self.kind(0) == Some(Kind::Locative));
            let ok = match t.kind {
                Some(Kind::Speech) => true,
                None if t.plain == TokenKind::Punct => !self.is_punct(p, ",") || clause_comma,
                None if t.plain == TokenKind::Word => !is_capitalized(self.str_of(p)),
                // "But Daw Khin Sandar Win, the labor attaché ...": a word that is never a
                // name, opening the sentence, or one in lower case ("..., while Dr X, head of
                // ...").
                Some(Kind::NotName) => p == 0 || !is_capitalized(self.str_of(p)),
                _ => false,
            };
            if !ok {
                return None;
            }
        }
        let np = self.parse_name(s)?;
        // One capitalized word opening the sentence before a comma is an adverb far more often
        // than a name ("Rencananya, Gubernur ...", "Lusa, Wakil Presiden ..."), unless a second
        // comma sets the title off as an apposition ("Hendro, Menteri Imigrasi, mengatakan").
        // Before a word that joins a name to its office it is a name ("Sutrisno selaku Ketua
        // ...").
        if s == 0 && np.end == s + 1 && np.honorifics.is_empty() && comma && !self.is_punct(after, ",") {
            return None;
        }
        // So is one opening a numbered item before "sebagai" and an office in lower case ("3.
        // Terdaftar sebagai anggota koperasi", a list's condition).
        let item_marker = s >= 2
            && (self.is_punct(s - 1, ".") || self.is_punct(s - 1, ")"))
            && self.tok(s - 2).is_some_and(|t| t.plain == TokenKind::Number);
        if item_marker
            && np.end == s + 1
            && np.honorifics.is_empty()
            && !comma
            && !is_capitalized(self.str_of(lead))
        {
            return None;
        }
        // The name ends at the comma, or runs over its degrees to the comma that closes them.
        (np.end == q || q < closing && (q..=closing).contains(&np.end)).then_some(np)
    }

    /// Every mention in the sentence, in order.
    fn mentions(&self) -> Vec<Raw> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.toks.len() {
            let head = match self.kind(i) {
                Some(Kind::Modifier) => {
                    let mut j = i;
                    while self.kind(j) == Some(Kind::Modifier) {
                        j += 1;
                    }
                    if self.kind(j).is_some_and(Kind::is_title) {
                        j
                    } else {
                        i += 1;
                        continue;
                    }
                }
                // "Arief Hakim Nasution membantah": a title that also stands inside names,
                // between two words of one, is a word of that name.
                Some(k)
                    if k.is_title()
                        && i > 0
                        && self.lex.is_name_title(self.str_of(i))
                        && self.adjacent_words(i - 1, i)
                        && self.tok(i - 1).is_some_and(|p| p.kind.is_none())
                        && self.is_name_word(i - 1)
                        && (self.is_name_word(i + 1) || self.ends_clause_word(i + 1)) =>
                {
                    i += 1;
                    continue;
                }
                // "the Hon. Mark Ellis MP, said": a letter title that is also written after
                // names, right after one and before no name or complement, is the name's.
                Some(k)
                    if k.is_title()
                        && i > 0
                        && self.tok(i).is_some_and(|t| t.is(Kind::HonorificAfter))
                        && self.adjacent_words(i - 1, i)
                        && self.is_name_word(i - 1)
                        && !self.is_name_token(i + 1)
                        && self.kind(i + 1) != Some(Kind::Connector) =>
                {
                    i += 1;
                    continue;
                }
                // "32 anggota dari Balai Bomba": a counted office in lower case is many people,
                // no one office.
                Some(k)
                    if k.is_title()
                        && i > 0
                        && !is_capitalized(self.str_of(i))
                        && self.tok(i - 1).is_some_and(|t| t.plain == TokenKind::Number) =>
                {
                    i += 1;
                    continue;
                }
                Some(k) if k.is_title() => i,
                Some(Kind::Rank) if is_capitalized(self.str_of(i)) => {
                    if !self.blocked_before(i)
                        && let Some(np) = self.parse_name(i)
                        && np.first > i
                    {
                        let rank = self.tok(np.first - 1).map_or(Span::new(0, 0), |t| t.span);
                        let first = self.tok(i).map_or(rank, |t| t.span);
                        let title = Span::new(first.start, rank.end);
                        let role = self.tok(np.first - 1).map_or("", |t| t.value).to_string();
                        out.push(Raw {
                            span: Span::new(title.start, np.name.end),
                            name: Some(np.name),
                            honorifics: np.honorifics.clone(),
                            title: Some(title),
                            role,
                            org: None,
                            country: None,
                            former: false,
                            specific: false,
                            office: false,
                            region_name: false,
                        });
                        i = np.end.max(i + 1);
                        continue;
                    }
                    i += 1;
                    continue;
                }
                _ => {
                    i += 1;
                    continue;
                }
            };
            // "Foreign Ministers A and B": the office of each name; without two names a
            // plural title names no one.
            if self.tok(head).is_some_and(|t| t.plural > 0) {
                match self.plural_holders(i, head) {
                    Some((raws, next)) => {
                        out.extend(raws);
                        i = next.max(head + 1);
                    }
                    None => i = head + 1,
                }
                continue;
            }
            match self.read_title(i, head) {
                // "Sultan Iskandar Muda International Airport": a place named after an office.
                Some((raw, next))
                    if raw.name.is_none() && (i..=next).any(|j| self.kind(j) == Some(Kind::PlaceAfter)) =>
                {
                    i = next.max(i + 1);
                }
                Some((raw, next)) => {
                    // A title read alone just before, now part of this one, is dropped; so is a
                    // rank and name read just before, whose name this title's apposition takes
                    // ("Rear Admiral X, the navy spokesman, said").
                    while out.last().is_some_and(|p: &Raw| {
                        p.name.is_none() && p.span.start >= raw.span.start
                            || p.name.is_some() && p.name == raw.name
                    }) {
                        out.pop();
                    }
                    let mut raw = raw;
                    // "Political Secretary to the Transport Minister, X", "Setiausaha Politik
                    // kepada Menteri Pengangkutan, X": an aide's office, read alone, then the
                    // office served, which took the name; the aide's is the name's office.
                    if raw.name.is_some()
                        && let Some(t) = raw.title
                        && let Some(p) = out.last()
                        && p.name.is_none()
                        && let Some(p_title) = p.title
                        && let ti = self.toks.partition_point(|x| x.span.start < t.start)
                        && self.toward_before(ti)
                        && let Some(to) = (1..=2)
                            .filter_map(|b| ti.checked_sub(b))
                            .find(|&j| self.kind(j) == Some(Kind::Connector))
                            .and_then(|j| self.tok(j))
                            .map(|x| x.span.start)
                        && p_title.start < to
                        && (p.span.end >= to
                            || self.text.get(p.span.end..to).is_some_and(|g| g.trim().is_empty()))
                    {
                        raw.title = Some(Span::new(p_title.start, t.end));
                        raw.role = p.role.clone();
                        raw.span = Span::new(p.span.start, raw.span.end);
                        out.pop();
                    }
                    // "Her Indonesian counterpart, Foreign Minister X": an office without a
                    // name set off by a comma before a named one is that person's.
                    if raw.name.is_some()
                        && let Some(p) = out.last()
                        && p.name.is_none()
                        && self
                            .text
                            .get(p.span.end..raw.span.start)
                            .is_some_and(|gap| gap.trim() == ",")
                    {
                        // "Ketua Polis Pahang, Komisioner Razali Mohd Nor,": a bare head word
                        // after an office with words of its own is the holder's grade, and the
                        // office before it is the title.
                        let bare = |r: &Raw| {
                            r.org.is_none()
                                && r.country.is_none()
                                && r.title
                                    .and_then(|t| t.slice(self.text))
                                    .is_some_and(|t| !t.contains(' '))
                        };
                        let own_words = p
                            .title
                            .and_then(|t| t.slice(self.text))
                            .is_some_and(|t| t.contains(' '));
                        if bare(&raw) && own_words && p.specific {
                            raw.honorifics.insert(0, raw.title.unwrap_or(raw.span));
                            raw.title = p.title;
                            raw.role = p.role.clone();
                            raw.org = p.org;
                            raw.country = p.country.clone();
                            raw.span = Span::new(p.span.start, raw.span.end);
                        }
                        out.pop();
                    }
                    out.push(raw);
                    i = next.max(i + 1);
                }
                None => i = head + 1,
            }
        }
        self.respectively(&mut out);
        out
    }

    /// An office read as two held together ("Menteri Perindustrian dan Menteri Investasi")
    /// split in two, each with its own role: offices listed for holders named after them.
    fn split_joined(&self, raw: &Raw) -> Option<[Raw; 2]> {
        let title = raw.title?;
        let first = self.toks.partition_point(|t| t.span.start < title.start);
        let last = self.toks.partition_point(|t| t.span.end <= title.end);
        let c = (first + 1..last.saturating_sub(1)).find(|&c| {
            self.is_and(c) && matches!(self.kind(c + 1), Some(k) if k.is_title() || k == Kind::Modifier)
        })?;
        let role_of = |from: usize, to: usize| {
            (from..to)
                .filter_map(|j| self.tok(j).filter(|t| t.kind.is_some_and(Kind::is_title)))
                .map(|t| t.value.to_string())
                .next_back()
        };
        let a = Span::new(title.start, self.tok(c - 1)?.span.end);
        let b = Span::new(self.tok(c + 1)?.span.start, title.end);
        Some([
            Raw {
                span: a,
                title: Some(a),
                role: role_of(first, c)?,
                ..raw.clone()
            },
            Raw {
                span: b,
                title: Some(b),
                role: role_of(c + 1, last)?,
                ..raw.clone()
            },
        ])
    }

    /// "Menteri Perindustrian dan Menteri Investasi, masing-masing Santoso Widjaja dan Novita
    /// Sihombing, ...": offices listed without names, then a word for "respectively" and as
    /// many names, each the holder of the office in the same place.
    fn respectively(&self, out: &mut Vec<Raw>) {
        // Two offices read as one, then the names: split first.
        let mut k = 0;
        while k < out.len() {
            if out[k].name.is_none()
                && self.holders_after(out[k].span.end, 2).is_some()
                && let Some(pair) = self.split_joined(&out[k])
            {
                out.splice(k..=k, pair);
                k += 2;
            } else {
                k += 1;
            }
        }
        // "Bupati Belu": one word after a region head may be the region, not a name.
        let nameless = |r: &Raw| r.name.is_none() || r.region_name;
        let mut g = 0;
        while g < out.len() {
            // The group: offices without names joined by commas and conjunctions.
            let mut h = g;
            while h < out.len() && nameless(&out[h]) {
                let joined = out.get(h + 1).is_some_and(|n| {
                    nameless(n)
                        && self.text.get(out[h].span.end..n.span.start).is_some_and(|gap| {
                            let gap = gap.trim().trim_start_matches(',').trim();
                            gap.is_empty() || self.lex.is_conjunction(gap)
                        })
                });
                h += 1;
                if !joined {
                    break;
                }
            }
            let count = h - g;
            if count >= 2
                && let Some(names) = self
                    .holders_after(out[h - 1].span.end, count)
                    .or_else(|| self.holders_before(out[g].span.start, count))
            {
                for (raw, np) in out[g..h].iter_mut().zip(names) {
                    if raw.region_name
                        && let (Some(t), Some(region)) = (raw.title, raw.name)
                    {
                        raw.title = Some(Span::new(t.start, region.end.max(t.end)));
                        raw.region_name = false;
                    }
                    raw.name = Some(np.name);
                    raw.honorifics = np.honorifics;
                }
            }
            g = h.max(g + 1);
        }
    }

    /// "Yustinus Lamba dan Rusdin Lasipi, masing-masing Bupati Sigi dan Wali Kota Palu": the
    /// `count` names before ", masing-masing" that ends at byte `start`, joined by commas and a
    /// conjunction, and nothing else between them and the start of their clause.
    fn holders_before(&self, start: usize, count: usize) -> Option<Vec<NameParse>> {
        let before = self.text.get(..start)?.trim_end();
        let word = self.lex.respectively_before(before)?;
        let before = before[..before.len() - word].trim_end().strip_suffix(',')?;
        let comma = self.toks.partition_point(|t| t.span.start < before.len());
        // Back over the names' words, commas and conjunctions to the start of the clause.
        let mut j = comma;
        while j > 0 {
            let p = j - 1;
            let name_part = self.is_name_token(p)
                || self.is_punct(p, ",")
                || self.is_and(p)
                || self
                    .tok(p)
                    .is_some_and(|t| t.kind == Some(Kind::HonorificBefore) || t.kind == Some(Kind::Particle));
            if !name_part {
                break;
            }
            j = p;
        }
        let (names, end) = self.names_at(j, count)?;
        (end == comma).then_some(names)
    }

    /// The `count` names after ", masing-masing" at byte `end`, joined by commas and a
    /// conjunction.
    fn holders_after(&self, end: usize, count: usize) -> Option<Vec<NameParse>> {
        let rest = self.text.get(end..)?;
        let rest_trim = rest.trim_start().strip_prefix(',')?.trim_start();
        let word = self.lex.respectively_at(rest_trim)?;
        let from = end + (rest.len() - rest_trim.len()) + word;
        let j = self.toks.partition_point(|t| t.span.start < from);
        self.names_at(j, count).map(|(names, _)| names)
    }

    /// `count` names from token `j` on, joined by commas and a conjunction, and the token
    /// after the last.
    fn names_at(&self, mut j: usize, count: usize) -> Option<(Vec<NameParse>, usize)> {
        let mut names = Vec::with_capacity(count);
        while names.len() < count {
            if !names.is_empty() {
                if self.is_punct(j, ",") {
                    j += 1;
                }
                if self.is_and(j) {
                    j += 1;
                }
            }
            let np = self.parse_name(j).filter(|np| {
                np.first == j || self.tok(j).is_some_and(|t| t.kind == Some(Kind::HonorificBefore))
            })?;
            j = np.end;
            names.push(np);
        }
        Some((names, j))
    }
}

impl OfficialFinder {
    /// Builds the lexicon automata.
    ///
    /// ```
    /// let _ = warta::officials::OfficialFinder::new();
    /// ```
    pub fn new() -> OfficialFinder {
        let en = Lexicon::new(&EN_FILES, &ID_FILES, true);
        let id = Lexicon::new(&ID_FILES, &EN_FILES, false);
        let clitics = en.clitics().iter().chain(id.clitics()).copied().collect();
        OfficialFinder { en, id, clitics }
    }

    /// Finds officials inside `segments` of `text` (`lang` is the document's language code).
    ///
    /// ```
    /// let t = "Retno said.";
    /// assert!(warta::officials::OfficialFinder::new().find(t, &[warta::Span::new(0, t.len())], "en").is_empty());
    /// ```
    pub fn find(&self, text: &str, segments: &[Span], lang: &str) -> Vec<Official> {
        let countries = crate::countries::shared_gazetteer().find(text, segments, lang, None);
        self.find_with_countries(text, segments, lang, &countries)
    }

    /// Like [`find`](Self::find), with the countries the gazetteer already found in the same
    /// `segments` (their mentions and adjectives qualify offices: "the Philippine president"),
    /// so that a caller who needs both scans for countries once.
    ///
    /// ```
    /// let t = "Thai Foreign Minister Don Pramudwinai said.";
    /// let seg = [warta::Span::new(0, t.len())];
    /// let countries = warta::countries::Gazetteer::new().find(t, &seg, "en", None);
    /// let found = warta::officials::OfficialFinder::new().find_with_countries(t, &seg, "en", &countries);
    /// assert_eq!(found[0].country.as_deref(), Some("TH"));
    /// ```
    pub fn find_with_countries(
        &self,
        text: &str,
        segments: &[Span],
        lang: &str,
        countries: &crate::countries::Countries,
    ) -> Vec<Official> {
        self.find_tokens(text, &TokenTable::on_demand(), segments, lang, &[], countries)
    }

    /// [`OfficialFinder::find_with_countries`] reading the tokens of `text` from `table`;
    /// `langs` holds the language of each segment where known (a paragraph of the other
    /// language quoted in the page is read with both lexicons).
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn find_tokens(
        &self,
        text: &str,
        table: &TokenTable,
        segments: &[Span],
        lang: &str,
        langs: &[&str],
        countries: &crate::countries::Countries,
    ) -> Vec<Official> {
        // Countries, their adjectives ("the Philippine president") and the countries that end
        // an institution's name ("Bank of Japan") qualify offices. Sorted,
        // so that each token finds its place by binary search (a list of thousands of
        // countries stays linear).
        let mut places: Vec<(Span, &str)> = countries
            .mentions
            .iter()
            .chain(&countries.demonyms)
            .chain(&countries.in_names)
            .map(|m| (Span::new(m.start, m.end), m.code.as_str()))
            .collect();
        places.sort_by_key(|(p, _)| p.start);
        // A text of neither language (too short to tell, "und", or another language) is read
        // sentence by sentence with the lexicon that finds more offices in it; so is a paragraph
        // whose own language is the other one (an Indonesian quote in an English page, or the
        // reverse), the document's lexicon winning a tie: a paragraph's language is told from
        // fewer words than the page's.
        let en = |l: &str| l == "en";
        let malay = |l: &str| l == "id" || l == "ms";
        let lexicons = |seg: &str| match lang {
            l if en(l) => (&self.en, malay(seg).then_some(&self.id)),
            l if malay(l) => (&self.id, en(seg).then_some(&self.en)),
            _ => (&self.en, Some(&self.id)),
        };
        // How much of a sentence a lexicon reads: its offices first, then the bytes of all
        // the words it knows (the language's own articles and prepositions tell a tie).
        let offices = |hits: &[lexicon::Hit]| {
            let titles = hits
                .iter()
                .filter(|h| h.entry.kind.is_title() || h.entry.kind == Kind::Rank)
                .count();
            (titles, hits.iter().map(|h| h.span.len()).sum::<usize>())
        };
        let mut raws: Vec<Raw> = Vec::new();
        // Indices in `raws` of the mentions read in headlines.
        let mut from_headlines: Vec<usize> = Vec::new();
        let sents: Vec<(Span, &str)> = segments
            .iter()
            .zip(langs.iter().chain(std::iter::repeat(&lang)))
            .flat_map(|(seg, lang)| sentences(text, *seg).into_iter().map(move |s| (s, *lang)))
            .collect();
        for &(sent, lang) in &sents {
            let (first, second) = lexicons(lang);
            let mut lex = first;
            let mut hits = lex.scan(text, table, sent);
            if let Some(other) = second {
                let other_hits = other.scan(text, table, sent);
                if offices(&other_hits) > offices(&hits) {
                    (lex, hits) = (other, other_hits);
                }
            }
            // "Bitung naval base commander Navy Col. Yosef Lengkong": a service written right
            // before a rank is part of the rank, not the office's organisation.
            for k in 1..hits.len() {
                let (a, b) = (&hits[k - 1], &hits[k]);
                if a.entry.kind == Kind::Org
                    && a.entry.value == lexicon::SERVICE
                    && b.entry.kind == Kind::Rank
                    && text.get(a.span.end..b.span.start) == Some(" ")
                {
                    let start = a.span.start;
                    hits[k].span = Span::new(start, hits[k].span.end);
                    hits[k - 1].span = Span::new(start, start);
                }
            }
            // "Ketua DPR Puan Maharani": in Indonesian, a Malay honorific is a given name,
            // unless another honorific opens it ("YB Puan Lim Siew Mei"). (From the last, so
            // each reads the hit before it as found.)
            if lang == "id" {
                for k in (0..hits.len()).rev() {
                    let h = &hits[k];
                    let opened = k > 0
                        && hits[k - 1].entry.kind == Kind::HonorificBefore
                        && text
                            .get(hits[k - 1].span.end..h.span.start)
                            .is_some_and(|g| g.trim().is_empty());
                    if h.entry.kind == Kind::HonorificBefore
                        && h.entry.value == lexicon::MALAY_ONLY
                        && !opened
                    {
                        hits[k].span = Span::new(h.span.start, h.span.start);
                    }
                }
            }
            // "R. Sivarajan", "Minister R. Anbalagan": outside Indonesian, an Indonesian-only
            // honorific is an initial.
            if lang != "id" {
                for h in hits.iter_mut() {
                    if h.entry.kind == Kind::HonorificBefore && h.entry.value == lexicon::INDONESIAN_ONLY {
                        h.span = Span::new(h.span.start, h.span.start);
                    }
                }
            }
            hits.retain(|h| !h.span.is_empty());
            // A mention starts at a title or a rank (a modifier only before a title), so a
            // sentence without one is not read word by word.
            if offices(&hits).0 == 0 {
                continue;
            }
            let toks = tag(text, table, sent, &hits, &places);
            let reader = Reader {
                text,
                toks: &toks,
                lex,
            };
            let found = reader.mentions();
            if !found.is_empty() && crate::text::is_title_case(text, sent) {
                from_headlines.extend(raws.len()..raws.len() + found.len());
            }
            raws.extend(found);
        }
        if !from_headlines.is_empty() {
            // In text order, so that a name finds whether it is in one by binary search.
            let headlines: Vec<Span> = sents
                .into_iter()
                .map(|(s, _)| s)
                .filter(|s| crate::text::is_title_case(text, *s))
                .collect();
            confirm_names(text, table, segments, &headlines, &mut raws, &from_headlines);
        }
        merge(text, segments, raws, &self.clitics)
    }
}

/// In a Title Case headline every word is capitalized, so a word after a title is not thereby a
/// name ("Mendag Targetkan Ekspor ..."). Keeps of each name read there the longest leading part
/// that the text also writes outside headlines ("Menlu Retno Bertemu ..." keeps "Retno"), else
/// no name.
///
/// Every leading part of every such name goes into one automaton, run once over the segments,
/// so that the cost stays linear however many headlines and names a page holds.
fn confirm_names(
    text: &str,
    table: &TokenTable,
    segments: &[Span],
    headlines: &[Span],
    raws: &mut [Raw],
    which: &[usize],
) {
    let mut patterns: Vec<&str> = Vec::new();
    let mut ids: HashMap<&str, usize> = HashMap::new();
    // For each raw, its leading parts (longest first) as pattern ids.
    let mut parts: Vec<Vec<usize>> = Vec::with_capacity(which.len());
    for raw in which.iter().filter_map(|&k| raws.get(k)) {
        let mut mine = Vec::new();
        if let Some(n) = raw.name {
            for t in tokenize_span(text, n)
                .iter()
                .rev()
                .filter(|t| t.kind == TokenKind::Word)
            {
                let Some(part) = Span::new(n.start, t.span.end).slice(text) else {
                    continue;
                };
                if part.chars().count() < 3 {
                    continue;
                }
                let next = patterns.len();
                let id = *ids.entry(part).or_insert(next);
                if id == next {
                    patterns.push(part);
                }
                mine.push(id);
            }
        }
        parts.push(mine);
    }
    let mut written = vec![false; patterns.len()];
    let in_headline = |span: Span| {
        let k = headlines.partition_point(|h| h.end <= span.start);
        headlines.get(k).is_some_and(|h| h.overlaps(span))
    };
    let index = AtWords::new(&patterns);
    let mut toks = Vec::new();
    for seg in segments {
        table.fill(text, *seg, &mut toks);
        for (k, t) in toks.iter().enumerate() {
            if t.kind != TokenKind::Word {
                continue;
            }
            for (id, end) in index.at(text, &toks[k..]) {
                let span = Span::new(t.span.start, end);
                if crate::text::is_whole_word(text, span)
                    && !in_headline(span)
                    && let Some(w) = written.get_mut(id)
                {
                    *w = true;
                }
            }
        }
    }
    for (&k, mine) in which.iter().zip(&parts) {
        let Some(raw) = raws.get_mut(k) else { continue };
        let Some(n) = raw.name else { continue };
        let kept = mine
            .iter()
            .find(|&&id| written.get(id).copied().unwrap_or(false))
            .and_then(|&id| patterns.get(id))
            .map(|p| Span::new(n.start, n.start + p.len()));
        raw.name = kept;
        if kept.is_none() {
            raw.honorifics.clear();
        }
    }
}

/// Phrases of one page (names, their leading parts) looked for at word starts: finding them
/// costs a table lookup per word of the page, and one per word end within the longest phrase
/// after a word that starts one, however many phrases share a first word. No automaton is built
/// for a handful of names on every call.
struct AtWords<'p> {
    ids: HashMap<&'p str, usize>,
    firsts: HashSet<&'p str>,
    /// The first bytes of `firsts`: a word starting with another byte is no phrase's first
    /// word, which rules out most words of a page before any hashing.
    first_bytes: [bool; 256],
    longest: usize,
}

impl<'p> AtWords<'p> {
    fn new<S: AsRef<str>>(phrases: &'p [S]) -> Self {
        let mut at = AtWords {
            ids: HashMap::new(),
            firsts: HashSet::new(),
            first_bytes: [false; 256],
            longest: 0,
        };
        for (id, p) in phrases.iter().enumerate() {
            let p = p.as_ref();
            at.ids.entry(p).or_insert(id);
            let first = p.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
            at.firsts.insert(first);
            if let Some(&b) = first.as_bytes().first() {
                at.first_bytes[b as usize] = true;
            }
            at.longest = at.longest.max(p.len());
        }
        at
    }

    /// The phrases written from the start of the first of `toks` (a word) to the end of one of
    /// them, shortest first, with where each ends. A phrase ends with a letter or digit, so
    /// only word ends are tried, and only within the longest phrase.
    fn at<'a>(
        &'a self,
        text: &'a str,
        toks: &'a [crate::text::Token],
    ) -> impl Iterator<Item = (usize, usize)> + 'a {
        let start = toks.first().map_or(0, |t| t.span.start);
        let starts = toks.first().is_some_and(|t| {
            let w = t.text(text);
            w.as_bytes()
                .first()
                .is_some_and(|&b| self.first_bytes[b as usize])
                && self.firsts.contains(w)
        });
        let reach = if starts { toks } else { &[] };
        reach
            .iter()
            .take_while(move |w| w.span.end - start <= self.longest)
            .filter(|w| matches!(w.kind, TokenKind::Word | TokenKind::Number))
            .filter_map(move |w| {
                let phrase = text.get(start..w.span.end)?;
                self.ids.get(phrase).map(|&id| (id, w.span.end))
            })
    }
}

/// Tags the tokens of `sent` with their lexicon readings (`hits`, from [`Lexicon::scan`]) and
/// the countries found in it.
fn tag<'a>(
    text: &str,
    table: &TokenTable,
    sent: Span,
    hits: &[Hit],
    places: &[(Span, &'a str)],
) -> Vec<Tok<'a>> {
    let tokens = table.collect(text, sent);
    let mut out: Vec<Tok<'a>> = Vec::with_capacity(tokens.len());
    let mut h = 0;
    let mut i = 0;
    // A name's spelling in another script, in brackets after it ("Lin Po-han" and its Chinese
    // characters), is no word of the sentence: it is left out, so that the name stays next to
    // what follows it.
    let gloss_end = |i: usize| {
        let open = tokens.get(i)?;
        if open.kind != TokenKind::Punct || open.text(text) != "(" {
            return None;
        }
        let close = (i + 2..(i + 6).min(tokens.len())).find(|&j| tokens[j].text(text) == ")")?;
        let inner = Span::new(tokens[i + 1].span.start, tokens[close - 1].span.end).slice(text)?;
        let latin = |c: char| c.is_ascii_alphanumeric() || ('\u{c0}'..='\u{24f}').contains(&c);
        (inner.chars().any(char::is_alphabetic) && !inner.chars().any(latin)).then_some(close + 1)
    };
    while i < tokens.len() {
        let Some(t) = tokens.get(i) else { break };
        if let Some(next) = gloss_end(i) {
            i = next;
            continue;
        }
        while hits.get(h).is_some_and(|x| x.span.end <= t.span.start) {
            h += 1;
        }
        // The country starting here, if any; a country name longer than the lexicon's phrase
        // there wins ("Papua Nugini" over the region word "Papua").
        let place = places
            .get(places.partition_point(|(p, _)| p.start < t.span.start))
            .filter(|(p, _)| p.start == t.span.start);
        let place_end = place.map_or(0, |(p, _)| p.end);
        // A place's word after a name counts only capitalized ("Sudirman Avenue", not "the
        // port authority"), unless the list writes it in lower case ("the Sudirman statue").
        // A blocker written in lower case ("election") counts only so: capitalized it is a
        // word of a name ("the National Election Commission").
        if let Some(hit) = hits.get(h).filter(|x| {
            x.span.start == t.span.start
                && x.span.end >= place_end
                && (x.entry.kind != Kind::PlaceAfter
                    || x.entry.phrase.starts_with(char::is_lowercase)
                    || x.span.slice(text).is_some_and(is_capitalized))
                // (Capitalized, it is a portfolio word when it also is one: "Transport
                // Regulation".)
                && !(x.entry.kind == Kind::Blocker
                    && x.entry.phrase.starts_with(char::is_lowercase)
                    && x.span.slice(text).is_some_and(is_capitalized)
                    && x.kinds & Kind::Portfolio.bit() == 0)
                // (And one the list capitalizes, a place's name, is a common noun in lower
                // case: "Pengarah hospital itu, X".)
                && !(x.entry.kind == Kind::Blocker
                    && x.entry.phrase.starts_with(char::is_uppercase)
                    && !x.span.slice(text).is_some_and(is_capitalized))
        }) {
            let mut tok = lex_tok(hit);
            if hit.entry.kind == Kind::Blocker
                && hit.entry.phrase.starts_with(char::is_lowercase)
                && hit.span.slice(text).is_some_and(is_capitalized)
            {
                tok.kind = Some(Kind::Portfolio);
            }
            out.push(tok);
            while tokens.get(i).is_some_and(|x| x.span.start < hit.span.end) {
                i += 1;
            }
            continue;
        }
        if t.kind == TokenKind::Word
            && let Some(&(p, code)) = place
        {
            out.push(Tok {
                span: p,
                kind: Some(Kind::Country),
                kinds: Kind::Country.bit(),
                value: code,
                plain: TokenKind::Word,
                plural: 0,
            });
            while tokens.get(i).is_some_and(|x| x.span.start < p.end) {
                i += 1;
            }
            continue;
        }
        out.push(Tok {
            span: t.span,
            kind: None,
            kinds: 0,
            value: "",
            plain: t.kind,
            plural: 0,
        });
        i += 1;
    }
    // A capitalized word in the possessive right before an organisation's head word, read in
    // one pass (the apostrophe tested first, as most tokens have none after them):
    // - "the Attorney General's Office", "the Chief Minister's Department": an office there
    //   names that organisation, not the office's holder;
    // - "the Hanoi People's Committee", "the Farmers' Association": a plain word there is part
    //   of the organisation's name, not a person's; the three read as the head word.
    let glued = |a: &Tok, b: &Tok| a.span.end == b.span.start;
    let capital = |t: &Tok| t.span.slice(text).is_some_and(is_capitalized);
    let mut k = 0;
    while k + 2 < out.len() {
        if !(matches!(out[k + 1].span.slice(text), Some("'" | "\u{2019}")) && glued(&out[k], &out[k + 1])) {
            k += 1;
            continue;
        }
        let s_after =
            matches!(out[k + 2].span.slice(text), Some("s" | "S")) && glued(&out[k + 1], &out[k + 2]);
        let org_head = |h: usize| {
            out.get(h)
                .is_some_and(|t| t.kind == Some(Kind::OrgHead) && capital(t))
        };
        if out[k].kind.is_some_and(Kind::is_title) && capital(&out[k]) && s_after && org_head(k + 3) {
            let span = Span::new(out[k].span.start, out[k + 3].span.end);
            out[k] = Tok {
                span,
                kind: Some(Kind::Org),
                kinds: Kind::Org.bit(),
                value: "",
                plain: TokenKind::Word,
                plural: 0,
            };
            out.drain(k + 1..k + 4);
        } else if k > 0 {
            let plain_word = matches!(out[k].kind, None | Some(Kind::Portfolio))
                && out[k].plain == TokenKind::Word
                && capital(&out[k]);
            // (After an article or another word of the name: "Mr Tan's Office" is a person's.)
            let inside_name =
                matches!(
                    out[k - 1].kind,
                    Some(Kind::Article | Kind::Portfolio | Kind::Region | Kind::RegionWord | Kind::Country)
                ) || out[k - 1].kind.is_none() && out[k - 1].plain == TokenKind::Word && capital(&out[k - 1]);
            // ("Farmers' Association": the plural's possessive has no "s" after the apostrophe.)
            let plural = out[k].span.slice(text).is_some_and(|t| t.ends_with('s'));
            let head = if s_after { k + 3 } else { k + 2 };
            if plain_word && inside_name && (s_after || plural) && org_head(head) {
                let span = Span::new(out[k].span.start, out[head].span.end);
                out[k] = Tok { span, ..out[head] };
                out.drain(k + 1..=head);
            }
        }
        k += 1;
    }
    // A word that is an honorific and a portfolio word ("Haji") is the portfolio's when no name
    // follows it: "Menteri Haji dan Umrah", not "Haji Ahmad".
    for k in 0..out.len() {
        let next = out.get(k + 1).map(|n| (n.kind, n.plain));
        if let Some(t) = out.get_mut(k)
            && t.kind == Some(Kind::HonorificBefore)
            && t.kinds & Kind::Portfolio.bit() != 0
            && match next {
                None | Some((None, TokenKind::Punct)) => true,
                Some((Some(kind), _)) => {
                    matches!(
                        kind,
                        Kind::Connector | Kind::Portfolio | Kind::Org | Kind::Country
                    )
                }
                Some(_) => false,
            }
        {
            t.kind = Some(Kind::Portfolio);
        }
    }
    // "denied by Said Nazarov": a speech verb that is also a given name, capitalized before a
    // capitalized word, is the name's (a verb opening a sentence has an article or a pronoun
    // after it: "Said the minister").
    for k in 0..out.len() {
        let given = out[k].kind == Some(Kind::Speech)
            && out[k].value == lexicon::GIVEN_NAME
            && out[k].span.slice(text).is_some_and(is_capitalized)
            && out.get(k + 1).is_some_and(|n| {
                n.kind.is_none()
                    && n.plain == TokenKind::Word
                    && n.span.slice(text).is_some_and(is_capitalized)
            });
        if given {
            out[k].kind = None;
            out[k].kinds = 0;
        }
    }
    // "Sekretaris Daerah (Sekda) Kaltim", "Penjabat (Pj) Gubernur": an office's short form in
    // brackets right after it is read through, as if not written (the title's span keeps it).
    let office = |t: &Tok| t.kind.is_some_and(|k| k.is_title() || k == Kind::Modifier);
    let punct =
        |t: &Tok, p: &str| t.kind.is_none() && t.plain == TokenKind::Punct && t.span.slice(text) == Some(p);
    // Whether the short form in brackets at `k` follows the office (or its portfolio) kept
    // before it, and its length with the brackets: the office's ("(Sekda)"), perhaps with its
    // unit's after it ("(Kabid Binpres)").
    let bracketed = |prev: &[Tok], out: &[Tok], k: usize| {
        // (The office's last word may be one the lexicon does not hold: "Kepala Bidang
        // Pembinaan dan Prestasi (Kabid Binpres)".)
        let unit_word = |t: &Tok| t.kind == Some(Kind::Portfolio);
        let before = match prev {
            [.., p, b] if b.kind.is_none() && b.plain == TokenKind::Word => {
                b.span.slice(text).is_some_and(crate::text::is_capitalized)
                    && (unit_word(p) || p.kind == Some(Kind::Connector) || office(p))
            }
            [.., b] => office(b) || unit_word(b),
            [] => false,
        };
        if !(before && out.get(k).is_some_and(|t| punct(t, "(")) && out.get(k + 1).is_some_and(office)) {
            return None;
        }
        if out.get(k + 2).is_some_and(|t| punct(t, ")")) {
            return Some(3);
        }
        let unit = out.get(k + 2).is_some_and(|t| {
            t.plain == TokenKind::Word
                && matches!(t.kind, None | Some(Kind::Portfolio))
                && t.span.slice(text).is_some_and(crate::text::is_capitalized)
        });
        (unit && out.get(k + 3).is_some_and(|t| punct(t, ")"))).then_some(4)
    };
    // "the National Unity Government's (NUG) Deputy Minister": an acronym in brackets between
    // an owner in the possessive and its office is read through the same way.
    let possessive_acronym = |kept: &[Tok], out: &[Tok], k: usize| {
        let owner = match kept {
            [.., a, s] => {
                a.plain == TokenKind::Punct
                    && matches!(a.span.slice(text), Some("'" | "\u{2019}"))
                    && matches!(s.span.slice(text), Some("s" | "S"))
                    && a.span.end == s.span.start
            }
            _ => false,
        };
        let acronym = out.get(k + 1).is_some_and(|t| {
            t.plain == TokenKind::Word
                && t.span
                    .slice(text)
                    .is_some_and(|w| (2..=8).contains(&w.chars().count()) && crate::text::is_all_caps(w))
        });
        (owner
            && out.get(k).is_some_and(|t| punct(t, "("))
            && acronym
            && out.get(k + 2).is_some_and(|t| punct(t, ")"))
            && out.get(k + 3).is_some_and(office))
        .then_some(3)
    };
    out = rewrite(out, |kept, out, k| {
        bracketed(kept, out, k)
            .or_else(|| possessive_acronym(kept, out, k))
            .map(|n| (n, None))
    });
    // "Choi In-ho", "Lee Jae-in": after a surname, a given name of two syllables joined by a
    // hyphen, the second in lower case, is one word of the name (whatever the syllables read as
    // alone: "In", "in").
    let syllable = |t: &Tok, lower: bool| {
        t.plain == TokenKind::Word
            && t.span.slice(text).is_some_and(|w| {
                (2..=5).contains(&w.chars().count())
                    && w.chars().all(char::is_alphabetic)
                    && if lower {
                        w.chars().all(char::is_lowercase) && w.chars().count() <= 4
                    } else {
                        crate::text::is_capitalized(w) && !crate::text::is_all_caps(w)
                    }
            })
    };
    let given = |out: &[Tok], k: usize| {
        k > 0
            && out.get(k - 1).is_some_and(|p| {
                p.kind.is_none()
                    && p.plain == TokenKind::Word
                    && p.span.slice(text).is_some_and(crate::text::is_capitalized)
            })
            && out.get(k).is_some_and(|t| syllable(t, false))
            && out.get(k + 1).is_some_and(|h| punct(h, "-"))
            && out.get(k + 2).is_some_and(|t| syllable(t, true))
            && out[k - 1].span.end < out[k].span.start
            && out[k].span.end == out[k + 1].span.start
            && out[k + 1].span.end == out[k + 2].span.start
    };
    out = rewrite(out, |_, out, k| {
        given(out, k).then(|| {
            let mut t = out[k];
            t.span = Span::new(out[k].span.start, out[k + 2].span.end);
            t.kind = None;
            t.kinds = 0;
            (3, Some(t))
        })
    });
    // "ASEAN-BAC", "UN-ESCAP": two acronyms glued by a hyphen are one organisation's name;
    // so are two countries' after an acronym of one ("Satgas Pamtas RI-RDTL", "RI-Malaysia"):
    // the border a unit keeps is its name's.
    let acronym = |t: &Tok| {
        matches!(t.kind, None | Some(Kind::Org | Kind::Country))
            && t.plain == TokenKind::Word
            && t.span
                .slice(text)
                .is_some_and(|w| w.chars().count() >= 2 && crate::text::is_all_caps(w))
    };
    let country = |t: &Tok| t.kind == Some(Kind::Country);
    let glued = |out: &[Tok], k: usize| {
        out.get(k).is_some_and(acronym)
            && out.get(k + 1).is_some_and(|h| punct(h, "-"))
            && out.get(k + 2).is_some_and(|t| {
                acronym(t) && !(country(&out[k]) ^ country(t)) || country(&out[k]) && country(t)
            })
            && out[k].span.end == out[k + 1].span.start
            && out[k + 1].span.end == out[k + 2].span.start
    };
    rewrite(out, |_, out, k| {
        glued(out, k).then(|| {
            let mut t = out[k];
            t.span = Span::new(out[k].span.start, out[k + 2].span.end);
            if country(&t) {
                t.kind = None;
                t.kinds = 0;
            }
            (3, Some(t))
        })
    })
}

/// The tokens with every run that `at` recognizes rewritten: `at` reads the tokens kept so far,
/// all the tokens and an index, and answers how many tokens from the index it replaces and
/// with what (nothing drops them). One pass, copying only when something is rewritten: a
/// sentence of thousands of such runs costs no more than once over.
fn rewrite<'a>(
    out: Vec<Tok<'a>>,
    at: impl Fn(&[Tok<'a>], &[Tok<'a>], usize) -> Option<(usize, Option<Tok<'a>>)>,
) -> Vec<Tok<'a>> {
    if !(0..out.len()).any(|k| at(&out[..k], &out, k).is_some()) {
        return out;
    }
    let mut kept: Vec<Tok<'a>> = Vec::with_capacity(out.len());
    let mut k = 0;
    while k < out.len() {
        match at(&kept, &out, k) {
            Some((n, replacement)) => {
                kept.extend(replacement);
                k += n.max(1);
            }
            None => {
                kept.push(out[k]);
                k += 1;
            }
        }
    }
    kept
}

fn lex_tok<'a>(hit: &Hit) -> Tok<'a> {
    Tok {
        span: hit.span,
        kind: Some(hit.entry.kind),
        kinds: hit.kinds,
        value: hit.entry.value,
        plain: TokenKind::Word,
        plural: hit.plural,
    }
}

/// The lower-case words of a name, for comparing mentions.
fn name_words(name: &str) -> Vec<String> {
    name.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}')
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .map(str::to_lowercase)
        .collect()
}

fn subset(a: &[String], b: &[String]) -> bool {
    !a.is_empty() && a.iter().all(|w| b.contains(w))
}

/// Whether two titles of the same role (in lower case) name different offices: both written
/// out in three words or more, neither holding all the other's words ("kepala dinas
/// pariwisata" and "kepala kantor imigrasi"). A short form ("Menlu") or a longer writing of
/// the same office ("Menteri Luar Negeri RI") does not.
fn titles_differ(a: &str, b: &str) -> bool {
    titles_differ_from(a, b, 2)
}

/// [`titles_differ`] for titles of `at_least` + 1 words or more: two words suffice for offices
/// of a generic role, whose portfolio is what tells them apart ("religious affairs minister"
/// and "communication minister").
fn titles_differ_from(a: &str, b: &str, at_least: usize) -> bool {
    let within = |x: &str, y: &str| x.split_whitespace().all(|w| y.split_whitespace().any(|v| v == w));
    a.split_whitespace().nth(at_least).is_some()
        && b.split_whitespace().nth(at_least).is_some()
        && !within(a, b)
        && !within(b, a)
}

fn same_role(a: &str, b: &str) -> bool {
    !a.is_empty() && a == b
}

fn country_fits(a: &Option<String>, b: &Option<String>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    }
}

/// Merges the mentions of each person (and of each unnamed office) into one official.
fn merge(text: &str, segments: &[Span], raws: Vec<Raw>, clitics: &[&str]) -> Vec<Official> {
    let slice = |s: Span| s.slice(text).unwrap_or("").to_string();
    let mut out: Vec<Official> = Vec::new();
    let mut keys: Vec<Vec<String>> = Vec::new();
    // Each official's title in lower case, made once: offices are compared with every official
    // met before.
    let mut lowers: Vec<String> = Vec::new();
    // The title, role and end of the mention read last, for a deputy named after it.
    let mut previous: Option<(String, String, usize)> = None;
    for mut raw in raws {
        if raw.region_name
            && let Some(n) = raw.name
        {
            let words = name_words(&slice(n));
            if !keys.iter().any(|k| subset(&words, k)) {
                // "Wali Kota Jayapura": no one of that name, so the word is the region.
                raw.title = raw.title.map(|t| Span::new(t.start, t.end.max(n.end)));
                raw.name = None;
                raw.honorifics.clear();
                raw.specific = true;
            }
        }
        let mut title = raw.title.map(slice).unwrap_or_default();
        // "Menteri Pertanian, X, dan timbalannya, Y": the deputy of the office named just
        // before, a few bytes back ("Timbalan Menteri Pertanian").
        if raw.role == lexicon::DEPUTY_OF_NAMED {
            raw.role = String::from("deputy");
            if let Some((t, role, end)) = &previous
                && raw.span.start >= *end
                && raw.span.start - end <= 16
            {
                let word = clitics
                    .iter()
                    .find_map(|c| title.strip_suffix(c).filter(|w| !w.is_empty()))
                    .unwrap_or(&title);
                let mut chars = word.chars();
                let first: String = chars
                    .next()
                    .map(|c| c.to_uppercase().collect())
                    .unwrap_or_default();
                title = format!("{first}{} {t}", chars.as_str());
                if !role.is_empty() {
                    raw.role = format!("deputy_{role}");
                }
            }
        }
        if raw.title.is_some() {
            previous = Some((title.clone(), raw.role.clone(), raw.span.end));
        }
        // "the Chief Director of the ministry, who chaired ...": an unnamed office of two words
        // or more is that office; a common noun after "of the" ("ministry") names no body, so
        // it is the organisation only.
        if raw.name.is_none()
            && let (Some(t), Some(o)) = (raw.title, raw.org)
            && o.end == t.end
            && let (Some(head), Some(org)) = (text.get(t.start..o.start), o.slice(text))
            && let Some(head) = head.strip_suffix(" of the ")
            && !org.contains(char::is_whitespace)
            && org.starts_with(char::is_lowercase)
            && head.split_whitespace().count() >= 2
        {
            title = head.to_string();
        }
        let new_official = |raw: &Raw, name: Option<String>| Official {
            name,
            title: title.clone(),
            role: (!raw.role.is_empty()).then(|| raw.role.clone()),
            org: raw.org.map(slice),
            country: raw.country.clone(),
            honorifics: raw.honorifics.iter().map(|s| slice(*s)).collect(),
            former: raw.former,
            start: raw.span.start,
            end: raw.span.end,
            mentions: vec![raw.span],
        };
        if let Some(n) = raw.name {
            let name = slice(n);
            let words = name_words(&name);
            let found = (0..out.len())
                .filter(|&i| {
                    keys.get(i)
                        .is_some_and(|k| !k.is_empty() && (subset(&words, k) || subset(k, &words)))
                })
                .max_by_key(|&i| {
                    out.get(i)
                        .is_some_and(|o| o.role.as_deref() == Some(raw.role.as_str()))
                });
            let found = found.or_else(|| {
                // A holder named after the office was mentioned alone ("Menlu RI ... Menlu Retno").
                let lower = title.to_lowercase();
                let unnamed: Vec<usize> = (0..out.len())
                    .filter(|&i| {
                        out.get(i).is_some_and(|o| {
                            o.name.is_none()
                                && same_role(o.role.as_deref().unwrap_or(""), &raw.role)
                                && !lowers.get(i).is_some_and(|l| {
                                    titles_differ_from(l, &lower, if is_generic(&raw.role) { 1 } else { 2 })
                                })
                                && country_fits(&o.country, &raw.country)
                                // Many offices share a generic role ("head"): one of an
                                // organisation ("Head of BMKG") is not that of another.
                                && (!is_generic(&raw.role) || o.org.is_none() || o.org == raw.org.map(slice))
                        })
                    })
                    .collect();
                (unnamed.len() == 1).then(|| unnamed[0])
            });
            match found.and_then(|i| Some((i, out.get_mut(i)?))) {
                Some((i, o)) => {
                    o.mentions.push(raw.span);
                    let longer = o
                        .name
                        .as_ref()
                        .is_none_or(|old| name_words(old).len() < words.len());
                    if longer {
                        o.name = Some(name);
                        if let Some(k) = keys.get_mut(i) {
                            *k = words;
                        }
                    }
                    // The fullest title written for the person ("Menlu" then "Menteri Luar
                    // Negeri Australia") is the one reported; not one holding a word of the
                    // person's name ("Pj Gubernur Rudy" for Rudy Hartanto Lubis).
                    let holds_name = |name: Option<&str>| {
                        name.is_some_and(|n| {
                            let own = name_words(n);
                            name_words(&title).iter().any(|w| own.contains(w))
                        })
                    };
                    if title.split_whitespace().count() > o.title.split_whitespace().count()
                        && !holds_name(o.name.as_deref())
                    {
                        if let Some(l) = lowers.get_mut(i) {
                            *l = title.to_lowercase();
                        }
                        o.title = title;
                    }
                    if o.org.is_none() {
                        o.org = raw.org.map(slice);
                    }
                    if o.country.is_none() {
                        o.country = raw.country.clone();
                    }
                    if o.honorifics.is_empty() {
                        o.honorifics = raw.honorifics.iter().map(|s| slice(*s)).collect();
                    }
                    o.former &= raw.former;
                }
                None => {
                    out.push(new_official(&raw, Some(name)));
                    keys.push(words);
                    lowers.push(title.to_lowercase());
                }
            }
        } else if let Some(i) = title
            .contains(' ')
            .then(|| {
                // "Ambassador Lucas Magno, Director-General for Multilateral Affairs, said": an
                // office set off by a comma right after a name that a bare "Ambassador" opened is
                // the person's office; "Ambassador" is then a diplomat's rank. (Another bare title
                // keeps its holder: "Senator X, the chair of the budget committee" is a senator.)
                out.iter().position(|o| {
                    o.name.is_some()
                        && !o.title.contains(' ')
                        && o.role.as_deref() == Some("ambassador")
                        && o.mentions
                            .last()
                            .is_some_and(|m| text.get(m.end..raw.span.start).is_some_and(|g| g.trim() == ","))
                })
            })
            .flatten()
            && let Some(o) = out.get_mut(i)
        {
            o.honorifics.push(std::mem::replace(&mut o.title, title.clone()));
            o.role = (!raw.role.is_empty()).then(|| raw.role.clone());
            if raw.org.is_some() {
                o.org = raw.org.map(slice);
            }
            o.mentions.push(raw.span);
            if let Some(l) = lowers.get_mut(i) {
                *l = title.to_lowercase();
            }
        } else if raw.specific {
            // An office qualified by a country ("China's foreign minister") is another country's
            // unless the official met before is known to be of that country.
            let lower = title.to_lowercase();
            let generic = is_generic(&raw.role);
            let found = out.iter().zip(&lowers).position(|(o, l)| {
                (raw.country.is_none() || o.country == raw.country)
                    && o.former == raw.former
                    && (same_role(o.role.as_deref().unwrap_or(""), &raw.role)
                        && (!generic || (o.country.is_some() && o.country == raw.country))
                        // ("Menteri Besar Johor" is not the "Ketua Menteri Sarawak" named before.)
                        && !titles_differ(l, &lower)
                        || *l == lower)
            });
            match found.and_then(|k| out.get_mut(k)) {
                Some(o) => {
                    o.mentions.push(raw.span);
                    if o.country.is_none() {
                        o.country = raw.country.clone();
                    }
                }
                None => {
                    out.push(new_official(&raw, None));
                    keys.push(Vec::new());
                    lowers.push(lower);
                }
            }
        } else {
            // "the minister": a later reference to an official already met. An office with
            // words of its own ("the religious affairs minister") refers back only to one
            // written alike, not to another minister.
            let role = raw.role.as_str();
            let own_words = raw.office && title.split_whitespace().count() > 1;
            // ("deputy_minister" ends with "_minister"; compared without building the suffix.)
            let ends_with_role = |r: &str| r.strip_suffix(role).is_some_and(|head| head.ends_with('_'));
            let lower = title.to_lowercase();
            let found = out
                .iter()
                .zip(&lowers)
                .enumerate()
                .filter(|(_, (o, l))| {
                    o.role.as_deref().is_some_and(|r| r == role || ends_with_role(r))
                        && (!own_words || **l == lower)
                })
                // (The last of equals, as `max_by_key` picks.)
                .max_by_key(|(_, (o, _))| o.mentions.last().map_or(0, |m| m.start))
                .map(|(k, _)| k);
            match found.and_then(|k| out.get_mut(k)) {
                Some(o) => o.mentions.push(raw.span),
                // No official of that office met yet: the office itself is the one meant.
                None if raw.office => {
                    out.push(new_official(&raw, None));
                    keys.push(Vec::new());
                    lowers.push(lower);
                }
                None => {}
            }
        }
    }
    link_names(text, segments, &mut out, &keys);
    for o in &mut out {
        o.mentions.sort();
        o.mentions.dedup();
    }
    out
}

/// Roles that many offices share ("minister", "director"): unnamed mentions of them merge only
/// when their titles are written alike.
fn is_generic(role: &str) -> bool {
    !role.contains('_') || role.ends_with('_')
}

/// The verbs of saying of both languages' data ("said", "kata"), for the other finders that
/// read a speaker.
pub(crate) fn speech_verb_files() -> [&'static crate::lexicon::DataFile; 2] {
    [&lexicon::EN_FILES.speech, &lexicon::ID_FILES.speech]
}

/// The organisation names and heads of both languages' data ("Kementerian", "Ministry"), for
/// the other finders that read an organisation's name.
pub(crate) fn org_files() -> [&'static crate::lexicon::DataFile; 2] {
    [&lexicon::EN_FILES.orgs, &lexicon::ID_FILES.orgs]
}

/// The titles of office of both languages' data ("President", "Menteri"), for the other
/// finders that read an office beside a name.
pub(crate) fn title_files() -> [&'static crate::lexicon::DataFile; 2] {
    [&lexicon::EN_FILES.titles, &lexicon::ID_FILES.titles]
}

/// Adds every later mention of a name word alone ("Retno said", "papar Cecep").
fn link_names(text: &str, segments: &[Span], out: &mut [Official], keys: &[Vec<String>]) {
    // How many officials' names hold each word: a word two people share links neither.
    let mut holders: HashMap<&str, usize> = HashMap::new();
    for k in keys {
        let mut mine: Vec<&str> = k.iter().map(String::as_str).collect();
        mine.sort_unstable();
        mine.dedup();
        for w in mine {
            *holders.entry(w).or_default() += 1;
        }
    }
    // The words to look for, each with the official it links to.
    let mut patterns: Vec<String> = Vec::new();
    let mut owner: Vec<usize> = Vec::new();
    for (i, o) in out.iter().enumerate() {
        let Some(name) = &o.name else { continue };
        for word in name.split_whitespace() {
            let word = word.trim_matches(|c: char| !c.is_alphanumeric());
            if word.chars().count() < 3 || !is_capitalized(word) || patterns.iter().any(|p| p == word) {
                continue;
            }
            let lower = word.to_lowercase();
            let own = keys.get(i).is_some_and(|k| k.contains(&lower));
            let others = holders.get(lower.as_str()).copied().unwrap_or(0) - usize::from(own);
            if others > 0 {
                continue;
            }
            patterns.push(word.to_string());
            owner.push(i);
        }
    }
    if patterns.is_empty() {
        return;
    }
    let index = AtWords::new(&patterns);
    // The mentions already read, in order and merged, so that overlap is a binary search.
    let mut taken: Vec<Span> = out.iter().flat_map(|o| o.mentions.iter().copied()).collect();
    taken.sort();
    let mut merged: Vec<Span> = Vec::with_capacity(taken.len());
    for t in taken {
        match merged.last_mut() {
            Some(m) if t.start < m.end => m.end = m.end.max(t.end),
            _ => merged.push(t),
        }
    }
    let overlaps_taken = |span: Span| {
        let k = merged.partition_point(|t| t.end <= span.start);
        merged.get(k).is_some_and(|t| t.overlaps(span))
    };
    // The words are single words: each word of the segments that starts with a byte one of
    // them starts with is looked up, and the bytes between are only skipped.
    for seg in segments {
        let Some(part) = seg.slice(text) else { continue };
        let bytes = part.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            // A name word's first byte never continues a char, so `i` is a char boundary here.
            if !index.first_bytes[bytes[i] as usize] || !crate::text::word_start_at(part, i) {
                i += 1;
                continue;
            }
            // Each run of letters and digits that ends before the next space closes a word that
            // may be looked up (a word may hold a joiner: "Al-Jufri"); the longest found wins.
            let mut first_end = None;
            let mut found = None;
            let mut in_word = false;
            let rest = &part[i..];
            for (k, c) in rest.char_indices().chain(std::iter::once((rest.len(), ' '))) {
                if c.is_alphanumeric() {
                    in_word = true;
                    continue;
                }
                if std::mem::take(&mut in_word) {
                    first_end.get_or_insert(i + k);
                    if k > index.longest {
                        break;
                    }
                    if let Some(&id) = index.ids.get(&rest[..k]) {
                        found = Some((id, i + k));
                    }
                }
                if c.is_whitespace() {
                    break;
                }
            }
            let Some(first_end) = first_end else {
                i += 1;
                continue;
            };
            let Some((id, end)) = found else {
                i = first_end;
                continue;
            };
            let span = Span::new(seg.start + i, seg.start + end);
            i = first_end;
            if !crate::text::is_whole_word(text, span) || overlaps_taken(span) {
                continue;
            }
            i = end;
            if let Some(o) = owner.get(id).and_then(|&i| out.get_mut(i)) {
                o.mentions.push(span);
            }
        }
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

/// A number in Roman numerals of two letters or more ("II", "XIV"), in capitals.
fn is_roman_numeral(word: &str) -> bool {
    word.len() >= 2 && word.len() <= 6 && word.bytes().all(|b| matches!(b, b'I' | b'V' | b'X' | b'L'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_case_headline_with_small_words_names_no_one_unconfirmed() {
        // Indonesian Title Case keeps "dan" and "di" small; the words after "Bupati" are a
        // verb and its object, which the article never writes as a name.
        let title = "Bupati Resmikan Pasar Ikan dan Dermaga di Pesisir dan Hulu";
        let body =
            "Bupati Lombok Timur, Haerul Warisin, meresmikan pasar ikan dan dermaga baru itu pada Senin.";
        let text = format!("{title}\n{body}");
        let segments = [Span::new(0, title.len()), Span::new(title.len() + 1, text.len())];
        let found = OfficialFinder::new().find(&text, &segments, "id");
        let names: Vec<_> = found.iter().filter_map(|o| o.name.as_deref()).collect();
        assert_eq!(names, vec!["Haerul Warisin"]);
    }
}
