//! Countries as ISO 3166-1 codes from English and Indonesian names, country lists with the
//! count the text states, and groups (ASEAN, G20, ...).
//!
//! Every name a text may use is a row of `data/countries.tsv` (code, language, name, kind) and
//! every group a row of `data/groups.tsv`; both are compiled once into one automaton. A match
//! must be a whole word with a capital first letter (abbreviations such as "US" or "AS" must
//! match their exact case, and "AS" is read only in Indonesian or Malay text); the longest
//! match wins, so "Papua New Guinea" is not "Guinea". Words next to a name that make it part
//! of a larger proper name ("Bank Indonesia", "Indonesia Open") are data too
//! (`data/*/blockers.tsv`). Lists follow the grammar of coordination
//! (`data/*/list_words.tsv`) and their stated count the phrase that announces them
//! ("20 negara, yakni ...", `data/*/country_nouns.tsv`).

mod lists;
mod tables;

use crate::lexicon::{AnchoredPhrases, WordSet};
use crate::text::{TokenTable, is_capitalized, is_whole_word};
use crate::{Date, Span};
use serde::{Deserialize, Serialize};
use tables::{Blocker, Lang, Role, Side, Tables, Target};

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
    /// ISO 3166-1 alpha-2 code (or XK, the user-assigned code in use for Kosovo).
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
///
/// ```
/// let c = warta::countries::find_countries("Para pemimpin negara ASEAN bertemu di Jakarta.", "id");
/// assert_eq!(c.groups[0].group, "ASEAN");
/// ```
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
///
/// ```
/// let c = warta::countries::find_countries("The Indonesian delegation met Japan.", "en");
/// assert_eq!(c.mentions.len(), 1);
/// assert_eq!(c.demonyms[0].code, "ID");
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Countries {
    /// Country mentions, in text order.
    pub mentions: Vec<Mention>,
    /// Country lists, in text order.
    pub lists: Vec<CountryList>,
    /// Group mentions, in text order.
    pub groups: Vec<GroupMention>,
    /// Adjectives of nationality ("Indonesian", "Thai"), which are not mentions, in text order.
    pub demonyms: Vec<Mention>,
    /// Countries named after "of" inside an institution's name ("Bank of Japan", "University
    /// of the Philippines"), which are not mentions of the country either, in text order: the
    /// country the institution belongs to.
    ///
    /// ```
    /// let c = warta::countries::find_countries("The Bank of Japan held rates.", "en");
    /// assert!(c.mentions.is_empty());
    /// assert_eq!(c.in_names[0].code, "JP");
    /// ```
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub in_names: Vec<Mention>,
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
    tables: Tables,
    automaton: AnchoredPhrases,
}

impl Default for Gazetteer {
    fn default() -> Self {
        Gazetteer::new()
    }
}

/// A country or group found in a segment, for the list reader.
#[derive(Debug, Clone, Copy)]
struct Item {
    span: Span,
    segment: usize,
    what: What,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum What {
    Country(&'static str),
    Group(usize),
}

impl Gazetteer {
    /// Builds the automaton from `data/countries.tsv` and `data/groups.tsv`.
    ///
    /// ```
    /// let _ = warta::countries::Gazetteer::new();
    /// ```
    pub fn new() -> Gazetteer {
        let tables = Tables::load();
        // Overlapping (standard) matching rather than leftmost-longest: a longer name that fails
        // the word-boundary or case test must not hide a shorter one that passes ("Korea
        // selatan" is still "Korea"). The longest valid match is chosen in `scan`.
        let automaton = AnchoredPhrases::all(&tables.patterns, true);
        Gazetteer { tables, automaton }
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
        self.find_tokens(text, &TokenTable::on_demand(), segments, lang, reference)
    }

    /// [`Gazetteer::find`] reading the tokens of `text` from `table`.
    pub(crate) fn find_tokens(
        &self,
        text: &str,
        table: &TokenTable,
        segments: &[Span],
        lang: &str,
        reference: Option<Date>,
    ) -> Countries {
        let doc = Lang::of_document(lang);
        let mut out = Countries::default();
        let mut items = Vec::new();
        // Country names read as a person's name so far ("Mary-Ann Jordan"): the same name
        // alone before a word in lower case is that person again ("Jordan said").
        let mut people: Vec<&str> = Vec::new();
        // Mentions of such a name, alone before a word in lower case, read before any person
        // of that name was.
        let mut maybe_people: Vec<Span> = Vec::new();
        for (index, &segment) in segments.iter().enumerate() {
            for (span, name) in self.scan(text, table, segment, doc) {
                let Some(written) = span.slice(text) else { continue };
                match name {
                    Target::Nothing => {}
                    Target::Demonym(code) => out.demonyms.push(mention(written, span, code)),
                    Target::Group(g) => {
                        let Some(group) = self.tables.groups.get(g) else {
                            continue;
                        };
                        out.groups.push(GroupMention {
                            text: written.to_string(),
                            start: span.start,
                            end: span.end,
                            group: group.name.to_string(),
                            members: group.members_at(reference),
                        });
                        items.push(Item {
                            span,
                            segment: index,
                            what: What::Group(g),
                        });
                    }
                    Target::Country(code) => {
                        // So is it right after a verb of saying ("..., ujar Jordan."), and
                        // before a comma and a word in lower case ("Georgia, setter asal X").
                        // (Read only for a name that may be a person's: it looks at the words
                        // around and lowers one.)
                        let person_again = || {
                            let after_comma = text
                                .get(span.end..segment.end)
                                .filter(|r| r.starts_with(','))
                                .and_then(|_| word_after(text, segment.end, span.end + 1));
                            word_after(text, segment.end, span.end)
                                .or(after_comma)
                                .and_then(|w| w.slice(text))
                                .is_some_and(|w| w.starts_with(char::is_lowercase))
                                || word_before(text, segment.start, span.start)
                                    .filter(|&(_, comma)| !comma)
                                    .and_then(|(w, _)| w.slice(text))
                                    .is_some_and(|w| self.tables.speech.contains(&w.to_lowercase()))
                        };
                        if people.contains(&written) && person_again() {
                            continue;
                        }
                        // "Bank of Japan": no mention, but the country the institution is
                        // of, kept for the officials.
                        let in_name = self.institution_of(text, segment, span, code);
                        if in_name || self.blocked(text, segment, span, code, doc) {
                            if in_name {
                                out.in_names.push(mention(written, span, code));
                            }
                            if self.may_be_person(code, written)
                                && self.person_name(
                                    text,
                                    segment,
                                    span,
                                    word_after(text, segment.end, span.end),
                                    doc,
                                )
                                && !people.contains(&written)
                            {
                                people.push(written);
                            }
                            continue;
                        }
                        // (One that reads so before the person is named may be that person:
                        // "anak muda seperti Jordan ini", then "Jordan Pratama (27)".)
                        // (Only a name of the other language: in English text "Jordan is
                        // ..." is the country.)
                        if self.may_be_person(code, written)
                            && person_again()
                            && self.foreign_name(written, doc)
                        {
                            maybe_people.push(span);
                        }
                        out.mentions.push(mention(written, span, code));
                        items.push(Item {
                            span,
                            segment: index,
                            what: What::Country(code),
                        });
                    }
                }
            }
        }
        let person = |span: &Span| {
            maybe_people.contains(span) && span.slice(text).is_some_and(|w| people.contains(&w))
        };
        if maybe_people.iter().any(&person) {
            out.mentions.retain(|m| !person(&Span::new(m.start, m.end)));
            items.retain(|i| !person(&i.span));
        }
        out.lists = lists::find(text, segments, &items, &self.tables);
        out
    }

    /// The longest acceptable names of `segment`, left to right, without overlaps.
    fn scan(&self, text: &str, table: &TokenTable, segment: Span, doc: Option<Lang>) -> Vec<(Span, Target)> {
        let Some(part) = segment.slice(text) else {
            return Vec::new();
        };
        let mut candidates: Vec<(Span, u8, Target)> = Vec::new();
        // Every name starting at each word: the automaton runs anchored there, so a word
        // costs the few bytes it shares with some name.
        let mut matches: Vec<(usize, Span)> = Vec::new();
        for t in table
            .of(text, segment)
            .filter(|t| t.kind == crate::text::TokenKind::Word)
        {
            let start = t.span.start - segment.start;
            self.automaton
                .each_at(part.as_bytes(), start, part.len(), |index, end| {
                    matches.push((index, Span::new(start, end)));
                });
        }
        for (index, local) in matches {
            let (Some(name), Some(pattern)) = (self.tables.names.get(index), self.tables.patterns.get(index))
            else {
                continue;
            };
            let Some(priority) = priority(name.lang, name.own_language_only, doc) else {
                continue;
            };
            let Some(written) = local.slice(part) else {
                continue;
            };
            // "US$2.9 billion", "S$40": a dollar written with its country names no country.
            if !is_whole_word(part, local) || part[local.end..].starts_with('$') {
                continue;
            }
            if name.exact {
                if written != *pattern || !line_has_lowercase(part, local) {
                    continue;
                }
            } else if !is_capitalized(written) {
                continue;
            }
            candidates.push((local.shift(segment.start), priority, name.target));
        }
        candidates.sort_by(|a, b| (a.0.start, b.0.end, b.1).cmp(&(b.0.start, a.0.end, a.1)));
        let mut chosen = Vec::new();
        let mut last_end = segment.start;
        for (span, _, target) in candidates {
            if span.start >= last_end {
                last_end = span.end;
                chosen.push((span, target));
            }
        }
        chosen
    }

    /// Whether the country name at `span` ends an institution's name after "of" (or "of the"):
    /// "Bank of Japan", "University of the Philippines".
    fn institution_of(&self, text: &str, segment: Span, span: Span, code: &str) -> bool {
        let Some((word, false)) = word_before(text, segment.start, span.start) else {
            return false;
        };
        let mut of = Some(word);
        if word.slice(text).is_some_and(|w| w.eq_ignore_ascii_case("the")) {
            of = word_before(text, segment.start, word.start).and_then(|(o, c)| (!c).then_some(o));
        }
        let Some(of) = of.filter(|o| o.slice(text).is_some_and(|s| s.eq_ignore_ascii_case("of"))) else {
            return false;
        };
        let Some((head, false)) = word_before(text, segment.start, of.start) else {
            return false;
        };
        let h = head.slice(text).unwrap_or("");
        self.tables
            .blockers_of(Side::Before, h)
            .iter()
            .any(|b| b.applies_to(code) && b.matches(h))
    }

    /// Whether the country name at `span` is part of a larger proper name or a person's name
    /// (an institution's name after "of", "Bank of Japan", is told by `institution_of`).
    fn blocked(&self, text: &str, segment: Span, span: Span, code: &str, doc: Option<Lang>) -> bool {
        // Whether a row of `side` for `word` applies to this country (and passes `also`).
        let hit = |side: Side, word: &str, also: &dyn Fn(&Blocker) -> bool| {
            self.tables
                .blockers_of(side, word)
                .iter()
                .any(|b| b.applies_to(code) && b.matches(word) && also(b))
        };
        if let Some((word, comma)) = word_before(text, segment.start, span.start) {
            let w = word.slice(text).unwrap_or("");
            if hit(Side::Before, w, &|b| !comma || b.code.is_some()) {
                return true;
            }
        }
        // "PT Kopi Brasil Nusantara": a company's name opened a few capitalized words before.
        let mut at = span.start;
        for _ in 0..4 {
            let Some((word, false)) = word_before(text, segment.start, at) else {
                break;
            };
            let w = word.slice(text).unwrap_or("");
            if hit(Side::Company, w, &|_| true) {
                return true;
            }
            if !is_capitalized(w) {
                break;
            }
            at = word.start;
        }
        // "Swiss-made watches", "a US-led coalition": the name is part of an adjective.
        if let Some(rest) = text.get(span.end..segment.end).and_then(|r| r.strip_prefix('-')) {
            let glued = rest.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
            if hit(Side::Hyphen, glued, &|_| true) {
                return true;
            }
        }
        let after = word_after(text, segment.end, span.end);
        if let Some(word) = after {
            let w = word.slice(text).unwrap_or("");
            if hit(Side::After, w, &|_| true) {
                return true;
            }
            // "Turkey and cranberry sauce": past a one-word separator, a word in lower case
            // that blocks this country's name in particular (not every country's) still does.
            if self.tables.is_one_word(Role::Separator, w)
                && let Some(next) = word_after(text, segment.end, word.end).and_then(|n| n.slice(text))
                && !is_capitalized(next)
                && hit(Side::After, next, &|b| b.code.is_some())
            {
                return true;
            }
        }
        // "warga Melayu, Iban dan Cina": a country's name listed with a people's names.
        if self.among_peoples(text, segment, span) {
            return true;
        }
        // "Lebanon, Pennsylvania": a town of that name in a state.
        if text.get(span.end..).is_some_and(|r| r.starts_with(','))
            && let Some(word) = word_after(text, segment.end, span.end + 1)
            && hit(Side::State, word.slice(text).unwrap_or(""), &|_| true)
        {
            return true;
        }
        if self.may_be_person(code, span.slice(text).unwrap_or("")) {
            return self.person_name(text, segment, span, after, doc);
        }
        false
    }

    /// Whether no row of the document's language (or of both) writes a country's name as
    /// `written` ("Jordan" in Indonesian text, which writes "Yordania").
    fn foreign_name(&self, written: &str, doc: Option<Lang>) -> bool {
        doc.is_some()
            && !self
                .tables
                .patterns
                .iter()
                .zip(&self.tables.names)
                .any(|(p, n)| p.eq_ignore_ascii_case(written) && (n.lang == Lang::Any || Some(n.lang) == doc))
    }

    /// Whether the country's name as `written` is also a given name: every name of a country
    /// with a `person` row for it ("*"), or the one name a row gives ("Bharat").
    fn may_be_person(&self, code: &str, written: &str) -> bool {
        self.tables
            .blockers_of(Side::Person, "*")
            .iter()
            .any(|b| b.applies_to(code))
            || self
                .tables
                .blockers_of(Side::Person, written)
                .iter()
                .any(|b| b.applies_to(code) && b.matches(written))
    }

    /// Whether the name at `span` stands in a list (commas and joining words, capitalized
    /// items, up to six words either way) that holds a people's name (`peer` rows).
    fn among_peoples(&self, text: &str, segment: Span, span: Span) -> bool {
        let peer = |w: Span| self.tables.is_peer(w.slice(text).unwrap_or(""));
        let listed = |w: Span| {
            let s = w.slice(text).unwrap_or("");
            is_capitalized(s) || self.tables.is_one_word(Role::Separator, s)
        };
        // (Back past a list's first item, a word for an ethnic group opens it: "kaum Cina dan
        // India".)
        let people = |w: Span| {
            let s = w.slice(text).unwrap_or("");
            self.tables
                .blockers_of(Side::People, s)
                .iter()
                .any(|b| b.applies_to("*") && b.matches(s))
        };
        // From `at`, word by word while they may be a list's, `step` giving the next word.
        let walk = |step: &dyn Fn(usize) -> Option<Span>, mut at: usize, forward: bool| {
            for n in 0..6 {
                let Some(w) = step(at).filter(|&w| listed(w)) else {
                    return !forward && n >= 1 && step(at).is_some_and(people);
                };
                if peer(w) {
                    return true;
                }
                at = if forward { w.end } else { w.start };
            }
            false
        };
        let back = |at: usize| word_before(text, segment.start, at).map(|(w, _)| w);
        // (Forward, past a comma after the word.)
        let ahead = |at: usize| {
            let from = text.get(at..segment.end).map_or(at, |r| {
                let rest = r.trim_start_matches([' ', '\t', '\u{a0}']);
                at + (r.len() - rest.len()) + usize::from(rest.starts_with(','))
            });
            word_after(text, segment.end, from)
        };
        walk(&back, span.start, false) || walk(&ahead, span.end, true)
    }

    /// Whether a name that is also a given name ("Jordan", "Chad") stands beside another
    /// capitalized name, outside a headline in title case.
    fn person_name(
        &self,
        text: &str,
        segment: Span,
        span: Span,
        after: Option<Span>,
        doc: Option<Lang>,
    ) -> bool {
        let line = line_around(text, segment, span);
        // An office's words beside it make it the office's country: "Chad President X" (the
        // office after it), and in Indonesian and Malay, which write the country after the
        // office, "Presiden Chad X", "Raja Yordania Abdullah" (in English "Senator Chad
        // Johnson" is a person).
        let office = |w: Option<Span>, words: &WordSet<String>| {
            w.and_then(|w| w.slice(text))
                .is_some_and(|w| is_capitalized(w) && words.contains(&w.to_lowercase()))
        };
        if office(after, &self.tables.office_first) {
            return false;
        }
        let before = word_before(text, segment.start, span.start).filter(|&(_, comma)| !comma);
        if doc != Some(Lang::En) && office(before.map(|(w, _)| w), &self.tables.office_last) {
            return false;
        }
        // A headline in title case capitalizes every content word.
        let title_case = !crate::text::tokenize_span(text, line).iter().any(|t| {
            let w = t.text(text);
            w.chars().count() >= 4 && w.chars().all(char::is_lowercase)
        });
        if title_case {
            return false;
        }
        let capitalized_name = |w: Span| {
            w.slice(text)
                .is_some_and(|s| is_capitalized(s) && !crate::text::is_all_caps(s))
                && self
                    .scan(text, &TokenTable::on_demand(), Span::new(w.start, line.end), None)
                    .first()
                    .is_none_or(|(s, _)| s.start != w.start)
        };
        if after.is_some_and(|w| w.start == span.end + 1 && capitalized_name(w)) {
            return true;
        }
        if let Some((word, false)) = word_before(text, segment.start, span.start) {
            // (A given name of two parts joined by a hyphen stands mid-sentence too:
            // "Mary-Ann Jordan".)
            let hyphenated = text.get(line.start..word.start).is_some_and(|s| {
                s.strip_suffix('-')
                    .is_some_and(|s| s.chars().next_back().is_some_and(char::is_alphabetic))
            });
            let mid_sentence = hyphenated
                || text
                    .get(line.start..word.start)
                    .and_then(|s| s.trim_end().chars().next_back())
                    .is_some_and(|c| c.is_alphanumeric() || c == ',');
            return mid_sentence && word.end + 1 == span.start && capitalized_name(word);
        }
        false
    }
}

fn mention(written: &str, span: Span, code: &str) -> Mention {
    Mention {
        text: written.to_string(),
        start: span.start,
        end: span.end,
        code: code.to_string(),
    }
}

/// How welcome a row of language `row` is in a document of language `doc`: 2 for its own
/// language, 1 for a full name of the other language, `None` for an abbreviation or demonym
/// of the other language.
fn priority(row: Lang, own_language_only: bool, doc: Option<Lang>) -> Option<u8> {
    match (row, doc) {
        (Lang::Any, _) => Some(2),
        (r, Some(d)) if r == d => Some(2),
        _ if own_language_only => None,
        _ => Some(1),
    }
}

/// Whether the line of `part` holding `span` has a lower-case letter (an all-capitals line
/// makes "US" or "AS" a word).
fn line_has_lowercase(part: &str, span: Span) -> bool {
    let start = part
        .get(..span.start)
        .and_then(|s| s.rfind('\n'))
        .map_or(0, |i| i + 1);
    let end = part
        .get(span.end..)
        .and_then(|s| s.find('\n'))
        .map_or(part.len(), |i| span.end + i);
    part.get(start..end)
        .is_some_and(|l| l.chars().any(char::is_lowercase))
}

/// The line of `segment` holding `span`.
fn line_around(text: &str, segment: Span, span: Span) -> Span {
    let start = text
        .get(segment.start..span.start)
        .and_then(|s| s.rfind('\n'))
        .map_or(segment.start, |i| segment.start + i + 1);
    let end = text
        .get(span.end..segment.end)
        .and_then(|s| s.find('\n'))
        .map_or(segment.end, |i| span.end + i);
    Span::new(start, end)
}

/// The word right before `at` (after spaces and at most one comma, never a line break) and
/// whether a comma stood between; not before `lo`.
fn word_before(text: &str, lo: usize, at: usize) -> Option<(Span, bool)> {
    let head = text.get(lo..at)?;
    let trimmed = head.trim_end_matches([' ', '\t', '\u{a0}']);
    let (trimmed, comma) = match trimmed.strip_suffix(',') {
        Some(t) => (t.trim_end_matches([' ', '\t', '\u{a0}']), true),
        None => (trimmed, false),
    };
    let end = lo + trimmed.len();
    let start = trimmed
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric())
        .last()
        .map(|(i, _)| lo + i)?;
    Some((Span::new(start, end), comma))
}

/// The word right after `at` (after spaces only), not past `hi`.
fn word_after(text: &str, hi: usize, at: usize) -> Option<Span> {
    let tail = text.get(at..hi)?;
    let rest = tail.trim_start_matches([' ', '\t', '\u{a0}']);
    let start = at + (tail.len() - rest.len());
    let len: usize = rest
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .map(char::len_utf8)
        .sum();
    (len > 0).then(|| Span::new(start, start + len))
}

/// Finds countries in the whole `text` with a gazetteer built once per process.
///
/// ```
/// let c = warta::countries::find_countries("Tiongkok dan Jepang", "id");
/// assert_eq!(c.mentions.len(), 2);
/// ```
pub fn find_countries(text: &str, lang: &str) -> Countries {
    shared_gazetteer().find(text, &[Span::new(0, text.len())], lang, None)
}

/// The gazetteer the free functions share, built on first use.
pub(crate) fn shared_gazetteer() -> &'static Gazetteer {
    static GAZETTEER: once_cell::sync::Lazy<Gazetteer> = once_cell::sync::Lazy::new(Gazetteer::new);
    &GAZETTEER
}
