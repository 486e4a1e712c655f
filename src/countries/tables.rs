//! The countries capability's data files, parsed once into typed tables.

use crate::Date;
use crate::lexicon::{DataFile, WordSet};

pub(super) static COUNTRIES_FILE: DataFile = crate::data_file!("countries.tsv", 4);
pub(super) static GROUPS_FILE: DataFile = crate::data_file!("groups.tsv", 6);
pub(super) static NOUN_FILES: [DataFile; 2] = [
    crate::data_file!("en/country_nouns.tsv", 1),
    crate::data_file!("id/country_nouns.tsv", 1),
];
pub(super) static LIST_WORD_FILES: [DataFile; 2] = [
    crate::data_file!("en/list_words.tsv", 2),
    crate::data_file!("id/list_words.tsv", 2),
];
pub(super) static BLOCKER_FILES: [DataFile; 2] = [
    crate::data_file!("en/blockers.tsv", 3),
    crate::data_file!("id/blockers.tsv", 3),
];

/// The language a row of data belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Lang {
    Any,
    En,
    /// Indonesian or Malay: each is read in the other's text too.
    Id,
}

impl Lang {
    pub(super) fn of_row(field: &str) -> Lang {
        match field {
            "en" => Lang::En,
            "id" | "ms" => Lang::Id,
            _ => Lang::Any,
        }
    }

    /// The document's language; `None` for a language warta has no words for.
    pub(super) fn of_document(code: &str) -> Option<Lang> {
        match code {
            "en" => Some(Lang::En),
            "id" | "ms" => Some(Lang::Id),
            _ => None,
        }
    }
}

/// What a name in the automaton stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Target {
    Country(&'static str),
    Demonym(&'static str),
    /// Index into [`Tables::groups`].
    Group(usize),
    /// A name that holds a country name but names no country.
    Nothing,
}

/// One pattern of the automaton: row N of the names is pattern N.
#[derive(Debug, Clone, Copy)]
pub(super) struct Name {
    pub target: Target,
    pub lang: Lang,
    /// Matched only with the exact case of the data (abbreviations).
    pub exact: bool,
    /// Read only in its own language (abbreviations, demonyms).
    pub own_language_only: bool,
}

/// A group with its membership periods.
#[derive(Debug, Clone)]
pub(super) struct Group {
    pub name: &'static str,
    pub members: Vec<Membership>,
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Membership {
    pub code: &'static str,
    pub from: Option<Date>,
    pub to: Option<Date>,
}

impl Group {
    /// Members at `reference`, or the current ones (no end date) without it.
    pub(super) fn members_at(&self, reference: Option<Date>) -> Vec<String> {
        self.members
            .iter()
            .filter(|m| match reference {
                Some(d) => m.from.is_none_or(|f| f <= d) && m.to.is_none_or(|t| d < t),
                None => m.to.is_none(),
            })
            .map(|m| m.code.to_string())
            .collect()
    }
}

/// Where a blocking word stands relative to the country name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Side {
    Before,
    After,
    Person,
    /// Glued after the name by a hyphen, making it an adjective ("Swiss-made", "US-led").
    Hyphen,
    /// A state or province after the name and a comma: the name is a town's ("Lebanon,
    /// Pennsylvania").
    State,
    /// A people's name listed with the country's ("warga Melayu, Iban dan Cina"): the
    /// country's name is a people's too.
    Peer,
    /// A word that opens a company's name ("PT"): a country among the capitalized words after
    /// it is part of the name ("PT Kopi Brasil Nusantara").
    Company,
    /// A word for an ethnic group before a list of them ("kaum Cina dan India"): every
    /// country's name in the list is a people's.
    People,
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Blocker {
    pub word: &'static str,
    pub side: Side,
    /// `None` for every country.
    pub code: Option<&'static str>,
}

impl Blocker {
    /// Whether `word` of the text is this row's word: any case for a row in lower case, a
    /// capitalized word for a row with a capital.
    pub(super) fn matches(&self, word: &str) -> bool {
        word.eq_ignore_ascii_case(self.word) && (!self.wants_capital() || crate::text::is_capitalized(word))
    }

    pub(super) fn wants_capital(&self) -> bool {
        self.word.chars().next().is_some_and(char::is_uppercase)
    }

    pub(super) fn applies_to(&self, code: &str) -> bool {
        self.code.is_none_or(|c| c == code)
    }
}

/// `a` against `b` with ASCII letters compared case aside, as `eq_ignore_ascii_case` equates them.
fn caseless(a: &str, b: &str) -> std::cmp::Ordering {
    a.bytes()
        .map(|c| c.to_ascii_lowercase())
        .cmp(b.bytes().map(|c| c.to_ascii_lowercase()))
}

impl Tables {
    /// Whether `word` is a list word of one token with `role` ("and" a separator, "of" a part).
    pub(super) fn is_one_word(&self, role: Role, word: &str) -> bool {
        let from = self.one_words.partition_point(|&(r, _)| r < role);
        self.one_words[from..]
            .iter()
            .take_while(|&&(r, _)| r == role)
            .any(|(_, w)| w.eq_ignore_ascii_case(word))
    }

    /// Whether `word` is a people's name (a `peer` blocker row), case aside.
    pub(super) fn is_peer(&self, word: &str) -> bool {
        self.peers.iter().any(|p| p.eq_ignore_ascii_case(word))
    }

    /// The blocker rows of `side` whose word is `word`, case aside ("*" for the person rows).
    pub(super) fn blockers_of(&self, side: Side, word: &str) -> &[Blocker] {
        let at = |b: &Blocker| b.side.cmp(&side).then_with(|| caseless(b.word, word));
        let lo = self.blockers.partition_point(|b| at(b).is_lt());
        let hi = self.blockers.partition_point(|b| at(b).is_le());
        self.blockers.get(lo..hi).unwrap_or_default()
    }
}

/// What a list word does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Role {
    Separator,
    Connector,
    Joiner,
    /// May stand between a separator and the next name ("and the Philippines").
    Article,
    /// An indefinite quantity before the country noun ("sejumlah negara", "several countries"):
    /// a number before it counts something else ("36 kali ke sejumlah negara").
    Indefinite,
    /// Before a count set after the list, takes in all of it ("A, B and C, all four of them").
    Whole,
    /// Between a count and the whole it is part of ("Nine *of* ASEAN's 10 member states").
    Part,
    /// Stands for the owner before a count ("three of *the* bloc's 11", "two of *its* 12").
    Determiner,
    /// A count that points back to countries named before ("*kedua* negara", "*both*
    /// countries"): in a sentence before a list it counts those, not the list's.
    Anaphoric,
    /// A role the next name plays, between a separator and it ("and the *hosts* Cook
    /// Islands", "dan *tuan rumah* Indonesia").
    Capacity,
}

/// A phrase of a list, as its words (or one punctuation mark).
#[derive(Debug, Clone)]
pub(super) struct ListWord {
    pub words: Vec<&'static str>,
    /// The phrase as tokens ("yaitu:" is "yaitu" and ":"), for matching token by token.
    pub tokens: Vec<&'static str>,
    pub role: Role,
}

/// Every table, parsed once.
#[derive(Debug, Clone)]
pub(super) struct Tables {
    pub patterns: Vec<&'static str>,
    pub names: Vec<Name>,
    pub groups: Vec<Group>,
    pub nouns: Vec<&'static str>,
    pub list_words: Vec<ListWord>,
    /// The list words of one token, sorted by role: read for every word beside a country's
    /// name, so a role's few are found without a pass over every row.
    pub one_words: Vec<(Role, &'static str)>,
    /// The words of the `peer` blocker rows (peoples' names), read beside every country name.
    pub peers: Vec<&'static str>,
    pub blockers: Vec<Blocker>,
    /// The first words of the titles of office, in lower case ("president", "perdana").
    pub office_first: WordSet<String>,
    /// Their last words ("minister", "menteri").
    pub office_last: WordSet<String>,
    /// Verbs of saying, in lower case ("said", "ujar").
    pub speech: WordSet<String>,
}

fn optional_date(field: &str) -> Option<Date> {
    if field == "-" { None } else { field.parse().ok() }
}

fn is_abbreviation(name: &str) -> bool {
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    letters <= 3
        && name
            .chars()
            .all(|c| c.is_uppercase() || c == '.' || c.is_ascii_digit())
}

impl Tables {
    /// Whether `w` is a noun a count of countries counts ("negara", "countries", "markets").
    pub(super) fn is_country_noun(&self, w: &str) -> bool {
        self.nouns.iter().any(|n| n.eq_ignore_ascii_case(w))
    }

    /// Whether `w` is an indefinite quantity of one word ("several", "sejumlah").
    pub(super) fn is_indefinite(&self, w: &str) -> bool {
        self.list_words
            .iter()
            .any(|l| l.role == Role::Indefinite && l.words.len() == 1 && l.words[0].eq_ignore_ascii_case(w))
    }

    pub(super) fn load() -> Tables {
        let mut patterns = Vec::new();
        let mut names = Vec::new();
        for row in COUNTRIES_FILE.rows() {
            let kind = row.get(3);
            let code = row.get(0);
            let target = match kind {
                "not" => Target::Nothing,
                "demonym" => Target::Demonym(code),
                _ => Target::Country(code),
            };
            patterns.push(row.get(2));
            names.push(Name {
                target,
                lang: Lang::of_row(row.get(1)),
                exact: kind == "abbr",
                own_language_only: kind == "abbr" || kind == "demonym",
            });
        }
        let mut groups: Vec<Group> = Vec::new();
        for row in GROUPS_FILE.rows() {
            let name = row.get(0);
            let index = match groups.iter().position(|g| g.name == name) {
                Some(i) => i,
                None => {
                    groups.push(Group {
                        name,
                        members: Vec::new(),
                    });
                    groups.len() - 1
                }
            };
            let alias = row.get(1);
            if alias != "-" {
                let exact = is_abbreviation(alias);
                patterns.push(alias);
                names.push(Name {
                    target: Target::Group(index),
                    lang: Lang::of_row(row.get(2)),
                    exact,
                    own_language_only: exact,
                });
            }
            let member = row.get(3);
            if member != "-"
                && let Some(g) = groups.get_mut(index)
            {
                g.members.push(Membership {
                    code: member,
                    from: optional_date(row.get(4)),
                    to: optional_date(row.get(5)),
                });
            }
        }
        let nouns = NOUN_FILES.iter().flat_map(|f| f.words()).collect();
        let list_words: Vec<ListWord> = LIST_WORD_FILES
            .iter()
            .flat_map(|f| f.rows())
            .filter_map(|row| {
                let role = match row.get(1) {
                    "separator" => Role::Separator,
                    "connector" => Role::Connector,
                    "joiner" => Role::Joiner,
                    "article" => Role::Article,
                    "indefinite" => Role::Indefinite,
                    "whole" => Role::Whole,
                    "part" => Role::Part,
                    "determiner" => Role::Determiner,
                    "anaphoric" => Role::Anaphoric,
                    "role" => Role::Capacity,
                    _ => return None,
                };
                let phrase = row.get(0);
                Some(ListWord {
                    words: phrase.split_whitespace().collect(),
                    tokens: crate::text::tokenize(phrase)
                        .iter()
                        .map(|t| t.text(phrase))
                        .collect(),
                    role,
                })
            })
            .collect();
        let blockers = BLOCKER_FILES
            .iter()
            .flat_map(|f| f.rows())
            .filter_map(|row| {
                let side = match row.get(1) {
                    "before" => Side::Before,
                    "after" => Side::After,
                    "person" => Side::Person,
                    "company" => Side::Company,
                    "people" => Side::People,
                    "hyphen" => Side::Hyphen,
                    "state" => Side::State,
                    "peer" => Side::Peer,
                    _ => return None,
                };
                let code = row.get(2);
                Some(Blocker {
                    word: row.get(0),
                    side,
                    code: (code != "*").then_some(code),
                })
            })
            .collect::<Vec<_>>();
        // Sorted by side and word, case aside, so the rows for one word are found by binary
        // search (`Tables::blockers_of`), not by a scan of every row per country name.
        let mut blockers = blockers;
        blockers.sort_by(|a, b| a.side.cmp(&b.side).then_with(|| caseless(a.word, b.word)));
        let mut one_words: Vec<(Role, &'static str)> = list_words
            .iter()
            .filter_map(|l| match l.tokens.as_slice() {
                [w] => Some((l.role, *w)),
                _ => None,
            })
            .collect();
        one_words.sort();
        let peers = blockers
            .iter()
            .filter(|b| b.side == Side::Peer)
            .map(|b| b.word)
            .collect();
        let mut office_first = WordSet::default();
        let mut office_last = WordSet::default();
        // The officials capability's titles: an office's words beside a country's name that is
        // also a given name make it the office's country ("Chad President X", "Presiden Chad
        // X"), not a person's name.
        for row in crate::officials::title_files()
            .into_iter()
            .flat_map(DataFile::rows)
        {
            let mut words = row.get(0).split_whitespace();
            if let Some(w) = words.next() {
                office_first.insert(w.to_lowercase());
                office_last.insert(words.next_back().unwrap_or(w).to_lowercase());
            }
        }
        // Its verbs of saying: a name read as a person's earlier is that person again right
        // after one ("..., ujar Jordan.").
        let speech = crate::officials::speech_verb_files()
            .into_iter()
            .flat_map(DataFile::rows)
            .map(|r| r.get(0).to_lowercase())
            .collect();
        Tables {
            patterns,
            names,
            groups,
            nouns,
            list_words,
            one_words,
            peers,
            blockers,
            office_first,
            office_last,
            speech,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_files_parse() {
        COUNTRIES_FILE.check().unwrap();
        GROUPS_FILE.check().unwrap();
        for f in NOUN_FILES.iter().chain(&LIST_WORD_FILES).chain(&BLOCKER_FILES) {
            f.check().unwrap();
        }
    }

    #[test]
    fn every_row_is_understood() {
        for row in COUNTRIES_FILE.rows() {
            let code = row.get(0);
            assert!(
                code == "-" || (code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase())),
                "countries.tsv line {}: code {code:?}",
                row.line
            );
            assert!(
                ["en", "id", "ms", "*"].contains(&row.get(1)),
                "countries.tsv line {}: lang {:?}",
                row.line,
                row.get(1)
            );
            assert!(
                [
                    "short", "official", "variant", "old", "part", "abbr", "demonym", "not"
                ]
                .contains(&row.get(3)),
                "countries.tsv line {}: kind {:?}",
                row.line,
                row.get(3)
            );
        }
        for row in GROUPS_FILE.rows() {
            for i in [4, 5] {
                let f = row.get(i);
                assert!(
                    f == "-" || f.parse::<Date>().is_ok(),
                    "groups.tsv line {}: {f:?}",
                    row.line
                );
            }
        }
        for f in LIST_WORD_FILES.iter() {
            for row in f.rows() {
                assert!(
                    [
                        "separator",
                        "connector",
                        "joiner",
                        "article",
                        "indefinite",
                        "whole",
                        "part",
                        "determiner",
                        "anaphoric",
                        "role"
                    ]
                    .contains(&row.get(1)),
                    "{} line {}",
                    f.name,
                    row.line
                );
            }
        }
        for f in BLOCKER_FILES.iter() {
            for row in f.rows() {
                assert!(
                    [
                        "before", "after", "person", "hyphen", "state", "peer", "company", "people"
                    ]
                    .contains(&row.get(1)),
                    "{} line {}",
                    f.name,
                    row.line
                );
            }
        }
    }

    #[test]
    fn all_iso_codes_are_named() {
        let mut codes: Vec<&str> = COUNTRIES_FILE
            .rows()
            .filter(|r| r.get(3) != "demonym" && r.get(0) != "-")
            .map(|r| r.get(0))
            .collect();
        codes.sort_unstable();
        codes.dedup();
        // The 249 codes of ISO 3166-1, and XK, the user-assigned code in use for Kosovo.
        assert_eq!(codes.len(), 250);
        assert!(codes.contains(&"XK"));
    }

    #[test]
    fn asean_membership_follows_the_reference() {
        let t = Tables::load();
        let asean = t.groups.iter().find(|g| g.name == "ASEAN").unwrap();
        let before = asean.members_at("2025-10-25".parse().ok());
        let after = asean.members_at("2025-10-26".parse().ok());
        assert_eq!((before.len(), after.len()), (10, 11));
        assert!(after.contains(&"TL".to_string()));
        assert_eq!(asean.members_at(None).len(), 11);
    }
}
