//! The word lists of the list grammar (data/en and data/id), as anchored case-folding automata.
//!
//! Both languages' rows are loaded together: a page is often mixed, and the words do not clash.

use crate::Span;
use crate::lexicon::{AnchoredPhrases, DataFile};
use crate::text::{word_end_at, word_start_at};
use std::collections::BTreeMap;

pub(crate) static FILES: [DataFile; 8] = [
    crate::data_file!("en/ordinals.tsv", 2),
    crate::data_file!("id/ordinals.tsv", 2),
    crate::data_file!("en/count_nouns.tsv", 2),
    crate::data_file!("id/count_nouns.tsv", 2),
    crate::data_file!("en/list_introducers.tsv", 2),
    crate::data_file!("id/list_introducers.tsv", 2),
    crate::data_file!("en/enumeration_stop.tsv", 2),
    crate::data_file!("id/enumeration_stop.tsv", 2),
];

/// The count-noun files (`data/*/count_nouns.tsv`), which the date grammar reads too: a number
/// before a measure is no year ("hingga 2000 ton").
pub(crate) fn count_noun_files() -> impl Iterator<Item = &'static DataFile> {
    FILES.iter().filter(|f| f.name.ends_with("/count_nouns.tsv"))
}

/// Roles a phrase can have; one phrase may have several ("dan": conjunction and connective).
pub(crate) mod role {
    pub const STRONG: u32 = 1;
    pub const WEAK: u32 = 1 << 1;
    pub const COPULA: u32 = 1 << 2;
    pub const CONJUNCTION: u32 = 1 << 3;
    pub const CONNECTIVE: u32 = 1 << 4;
    pub const RELATED: u32 = 1 << 5;
    pub const STOP: u32 = 1 << 6;
    pub const NOT_COUNT_BEFORE: u32 = 1 << 7;
    pub const COUNTRY: u32 = 1 << 8;
    pub const MEASURE: u32 = 1 << 9;
    pub const ORDINAL: u32 = 1 << 10;
    /// A verb of saying ("said", "added", "kata"): a list never ends with its speaker.
    pub const SPEECH: u32 = 1 << 11;
    /// Opens a list that names some of what it counts ("antara lain", "including").
    pub const PARTIAL: u32 = 1 << 12;
    /// Before a number at a line's start, names an item's place ("Step 1:", "Langkah 2:").
    pub const STEP: u32 = 1 << 13;
    /// Orders the items of a list, and is no part of an item ("three steps: first off, X;
    /// then, Y; finally, Z", "pertama-tama X, selanjutnya Y").
    pub const SEQUENCE: u32 = 1 << 14;
    /// Joins a count to its noun ("a pair of faults", "a trio of bridges").
    pub const PARTITIVE: u32 = 1 << 15;
    /// Glued to a count by a hyphen, makes it a list's ("a five-point directive").
    pub const LIST_NOUN: u32 = 1 << 16;
    /// An indefinite quantity that heads a list with no count ("several services, among them
    /// A, B and C", "aneka kerajinan, di antaranya A, B, dan C").
    pub const INDEFINITE: u32 = 1 << 17;
    /// Ends a list without naming an item ("A, B, C, dan sebagainya", "A, B and so on").
    pub const ETCETERA: u32 = 1 << 18;
    /// Right after a noun and its ordinal, points back to a thing named before: no item
    /// ("Tahap terakhir itu selesai ...").
    pub const DEMONSTRATIVE: u32 = 1 << 19;
    /// An auxiliary that opens a clause: right after the conjunction that would join a list's
    /// last item, the list has ended ("A, B and C, and will be funded by ...").
    pub const CLAUSE: u32 = 1 << 20;
    /// A conjunction of alternatives ("or", "atau"): before another conjunction in the same
    /// part it joins words of one item ("a passport or a pass and a health letter").
    pub const ALTERNATIVE: u32 = 1 << 21;
    /// A conjunction that joins larger parts than "and" does ("serta", "as well as"): where
    /// one stands in a part, it parts the items ("A dan B serta C dan D": two items).
    pub const MAJOR: u32 = 1 << 22;
    /// A partial introducer of examples ("such as", "seperti"): after an indefinite quantity
    /// ("various dishes such as A, B and C") it gives instances, no list.
    pub const EXAMPLE: u32 = 1 << 23;
    /// A word that opens an organisation's name, whose portfolio words may be listed with
    /// commas ("Kementerian Sains, Teknologi dan Inovasi"): the officials finder's data.
    pub const ORG_HEAD: u32 = 1 << 24;
}

/// The position an ordinal that closes a list ("Finally", "Terakhir") stands for.
pub(crate) const LAST: u32 = u32::MAX;

/// The position a sequence word inside an open list stands for ("first, X; next, Y; finally,
/// Z"): the one after the marker before it.
pub(crate) const NEXT: u32 = u32::MAX - 1;

/// A phrase found in the text: where it ends, its roles and (for ordinals) its position.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hit {
    pub end: usize,
    pub roles: u32,
    pub value: u32,
}

/// Every phrase of the data files in one anchored automaton; pattern N is `tags[N]`.
#[derive(Debug)]
pub(crate) struct Lexicon {
    ac: AnchoredPhrases,
    tags: Vec<(u32, u32)>,
    /// The one-word phrases that may mark an item inside a sentence (ordinals, conjunctions,
    /// connectives, strong introducers), in lower case, with their roles: read by one map
    /// lookup per word, not by a walk of the automaton.
    inline: crate::lexicon::WordMap<String, u32>,
    /// The first words of the indefinite quantities ("several", "a" of "a number of"), in
    /// lower case and capitalized: a word not among them opens none, and costs one lookup.
    indefinite_first: crate::lexicon::WordSet<String>,
}

fn role_of(name: &str) -> u32 {
    match name {
        "strong" => role::STRONG,
        "weak" => role::WEAK,
        // A partial introducer may open a list as a weak one does.
        "partial" => role::WEAK | role::PARTIAL,
        "example" => role::WEAK | role::PARTIAL | role::EXAMPLE,
        "copula" => role::COPULA,
        "conjunction" => role::CONJUNCTION,
        "connective" => role::CONNECTIVE,
        "related" => role::RELATED,
        "stop" => role::STOP,
        "not_count_before" => role::NOT_COUNT_BEFORE,
        "country" => role::COUNTRY,
        "measure" | "duration" => role::MEASURE,
        "step" => role::STEP,
        "sequence" => role::SEQUENCE,
        "partitive" => role::PARTITIVE,
        "list_noun" => role::LIST_NOUN,
        "indefinite" => role::INDEFINITE,
        "etcetera" => role::ETCETERA,
        "demonstrative" => role::DEMONSTRATIVE,
        "clause" => role::CLAUSE,
        "alternative" => role::ALTERNATIVE,
        "major" => role::MAJOR,
        _ => 0,
    }
}

impl Lexicon {
    pub(crate) fn new() -> Lexicon {
        let mut merged: BTreeMap<String, (u32, u32)> = BTreeMap::new();
        for (i, file) in FILES.iter().enumerate() {
            let ordinals = i < 2;
            for row in file.rows() {
                let key = row.get(0).to_lowercase();
                let entry = merged.entry(key).or_insert((0, 0));
                if ordinals {
                    let value = match row.get(1) {
                        "last" => LAST,
                        v => v.parse().unwrap_or(0),
                    };
                    if value > 0 {
                        entry.0 |= role::ORDINAL;
                        entry.1 = value;
                    }
                } else {
                    entry.0 |= role_of(row.get(1));
                }
            }
        }
        // So are the words that open an organisation's name.
        for file in crate::officials::org_files() {
            for row in file.rows().filter(|r| matches!(r.get(1), "head" | "head_apart")) {
                merged.entry(row.get(0).to_lowercase()).or_insert((0, 0)).0 |= role::ORG_HEAD;
            }
        }
        // The verbs of saying are the officials finder's data.
        for file in crate::officials::speech_verb_files() {
            for row in file.rows() {
                merged.entry(row.get(0).to_lowercase()).or_insert((0, 0)).0 |= role::SPEECH;
            }
        }
        // The months are the dates finder's: a number before one is a day ("SHAH ALAM, 25
        // JUN: ..."), not a count of things.
        for file in crate::dates::month_files() {
            for row in file.rows() {
                merged.entry(row.get(0).to_lowercase()).or_insert((0, 0)).0 |= role::MEASURE;
            }
        }
        let marking = role::ORDINAL | role::CONJUNCTION | role::CONNECTIVE | role::STRONG;
        let inline = merged
            .iter()
            .filter(|(p, (roles, _))| roles & marking != 0 && !p.contains(char::is_whitespace))
            .map(|(p, (roles, _))| (p.clone(), *roles))
            .collect();
        let mut indefinite_first = crate::lexicon::WordSet::default();
        for (p, (roles, _)) in &merged {
            if roles & role::INDEFINITE != 0
                && let Some(first) = p.split_whitespace().next()
            {
                let mut chars = first.chars();
                let capital: String = chars
                    .next()
                    .map(|c| c.to_uppercase().chain(chars).collect())
                    .unwrap_or_default();
                indefinite_first.insert(first.to_string());
                indefinite_first.insert(capital);
            }
        }
        let (patterns, tags): (Vec<String>, Vec<(u32, u32)>) = merged.into_iter().unzip();
        let ac = AnchoredPhrases::new(&patterns, true);
        Lexicon {
            ac,
            tags,
            inline,
            indefinite_first,
        }
    }

    /// Whether `word` (as written) may open an indefinite quantity ("several", "Beberapa").
    pub(crate) fn may_open_indefinite(&self, word: &str) -> bool {
        self.indefinite_first.contains(word)
    }

    /// The roles of `word` (as written, in lower case) when it may mark an item inside a
    /// sentence (an ordinal, a conjunction, a connective or a strong introducer), else 0.
    pub(crate) fn inline_roles(&self, word: &str) -> u32 {
        self.inline.get(word).copied().unwrap_or(0)
    }

    /// The longest phrase that starts at `at` (a word start) and ends on a word boundary at or
    /// before `limit`.
    pub(crate) fn at(&self, text: &str, at: usize, limit: usize) -> Option<Hit> {
        let limit = limit.min(text.len());
        if at >= limit || !word_start_at(text, at) {
            return None;
        }
        let mut limit = limit;
        // The longest phrase may end inside a word ("antara lain" in "antara lainnya"): then
        // look for a shorter one that ends before it.
        loop {
            let (pattern, end) = self.ac.longest_at(text.as_bytes(), at, limit)?;
            let last_alnum = text
                .get(at..end)
                .and_then(|s| s.chars().next_back())
                .is_some_and(char::is_alphanumeric);
            if !last_alnum || word_end_at(text, end) {
                let (roles, value) = *self.tags.get(pattern)?;
                return Some(Hit { end, roles, value });
            }
            if end <= at + 1 {
                return None;
            }
            limit = end - 1;
        }
    }

    /// The roles of exactly the word `span` (0 when it is no listed word).
    pub(crate) fn roles_of(&self, text: &str, span: Span) -> u32 {
        match self.at(text, span.start, span.end) {
            Some(h) if h.end == span.end => h.roles,
            _ => 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_files_parse() {
        for f in &FILES {
            f.check().unwrap();
            for row in f.rows() {
                assert!(
                    f.name.ends_with("ordinals.tsv") || role_of(row.get(1)) != 0,
                    "data/{} line {}: unknown role {:?}",
                    f.name,
                    row.line,
                    row.get(1)
                );
            }
        }
    }

    #[test]
    fn phrases_fold_case_and_respect_word_ends() {
        let lex = Lexicon::new();
        let t = "Antara lain X; antara lainnya; Ketiga, Finally";
        let h = lex.at(t, 0, t.len()).unwrap();
        assert_eq!(h.end, 11);
        assert!(h.roles & role::WEAK != 0);
        let shorter = lex.at(t, 15, t.len()).unwrap();
        assert_eq!((shorter.end, shorter.roles & role::STOP), (21, role::STOP));
        assert!(lex.at(t, 16, t.len()).is_none());
        assert_eq!(lex.at(t, 31, t.len()).map(|h| h.value), Some(3));
        assert_eq!(lex.at(t, 39, t.len()).map(|h| h.value), Some(LAST));
        let both = lex.roles_of("dan", Span::new(0, 3));
        assert!(both & role::CONJUNCTION != 0 && both & role::CONNECTIVE != 0);
    }
}
