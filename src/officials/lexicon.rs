//! The officials lexicon: titles, organisations, honorifics and the words around them, read
//! from `data/en/*.tsv` and `data/id/*.tsv` into one case-folding automaton per language.

use crate::Span;
use crate::lexicon::{AnchoredPhrases, DataFile};
use crate::text::{TokenKind, word_end_at, word_start_at};
use std::collections::HashMap;

/// Value of a connector that joins things of a kind ("and", "dan"): between names after a
/// plural title ("Foreign Ministers A and B") each name holds the office.
pub(crate) const AND: &str = "and";

/// The role of a word naming the deputy of the office named just before it ("timbalannya").
pub(crate) const DEPUTY_OF_NAMED: &str = "deputy_of_named";

/// The value of a region word that is a region's whole name ("Bali", "Surabaya").
pub(crate) const PLACE: &str = "place";
/// The value of an honorific used only in Malay ("Puan", "Encik"): in Indonesian text the word
/// is a given name.
pub(crate) const MALAY_ONLY: &str = "ms";
/// The value of an honorific of Indonesian only ("R.", Raden): in a Malay or English paragraph
/// it is a name's initial ("R. Sivarajan a/l Muniandy", "Fisheries Minister R. Anbalagan").
pub(crate) const INDONESIAN_ONLY: &str = "id";
/// The value of an armed service ("Navy", "Police"): right before a rank, part of the rank ("Navy
/// Col. X").
pub(crate) const SERVICE: &str = "service";

/// The value of a region word that names the kind of region before its name ("Kabupaten",
/// "Kota", "Provinsi"): the word after it is the region's name, never a person's.
pub(crate) const REGION_PREFIX: &str = "region_prefix";

/// The value of a locative that names where an envoy is sent ("ke"), not where an office is.
pub(crate) const DESTINATION: &str = "destination";

/// The value of a locative that names the faction or district a member sits for ("Anggota
/// Komisi III DPR *dari* Fraksi Partai X, Y"): read through to the name, but the title ends
/// before it.
pub(crate) const AFFILIATION: &str = "affiliation";

/// Value of a connector that names where an envoy is sent ("to", "untuk"): an organisation
/// after it is the office's ("Ambassador to ASEAN"), not only its `org`.
pub(crate) const TOWARD: &str = "toward";

/// Value of an article that points to one thing ("the"): a lower-case office after it is that
/// office ("the attorney general said"), or an official met before.
pub(crate) const DEFINITE: &str = "definite";

/// Value of a speech verb that is also a given name ("Said"): capitalized before a capitalized
/// word, it opens a name.
pub(crate) const GIVEN_NAME: &str = "name";

/// Value of an org reading that opens a company's name ("PT"): the name runs to its closer.
pub(crate) const COMPANY: &str = "company";

/// Value of an org reading that closes a company's name ("Tbk", "Persero").
pub(crate) const COMPANY_END: &str = "company_end";

/// Value of an org reading that names a body of a region, whose name follows it ("BPBD
/// Sitaro", "DPRD Kabupaten X"): one unknown word right after it is the region, not a name.
pub(crate) const REGIONAL: &str = "regional";

/// What a lexicon phrase is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Kind {
    /// A complete title ("Menlu", "Foreign Minister").
    Full,
    /// A title head taking its portfolio after it ("Direktur Jenderal").
    Head,
    /// A title head taking its portfolio before or after it ("Minister").
    HeadBoth,
    /// A head whose complement is a region, after it ("Gubernur").
    Region,
    /// A head whose complement is a region, before or after it ("Governor").
    RegionBoth,
    /// A word before a title ("Wakil", "Acting").
    Modifier,
    /// A military or police rank ("Brigjen").
    Rank,
    /// A named organisation ("Kemenlu").
    Org,
    /// A word that starts an organisation's name ("Kementerian").
    OrgHead,
    /// A short country name ("RI").
    Country,
    /// An honorific before a name ("Dr.").
    HonorificBefore,
    /// A degree after a name ("M.Si.").
    HonorificAfter,
    /// A word of a portfolio or unit ("Informasi").
    Portfolio,
    /// A word joining portfolio words ("dan").
    Connector,
    /// A word of a region's name ("Barat").
    RegionWord,
    /// A preposition placing an office in a town ("di", "in").
    Locative,
    /// A word marking a former holder ("mantan").
    Former,
    /// A word making the title a thing ("Gedung").
    Blocker,
    /// A word after a name that makes the title and name a place's name ("General Sudirman
    /// *Avenue*").
    PlaceAfter,
    /// A word joining a name to a title after it ("selaku").
    Appositive,
    /// An article ("the").
    Article,
    /// A speech verb ("kata").
    Speech,
    /// A particle inside names ("bin").
    Particle,
    /// A capitalized word that is never a name ("Selasa").
    NotName,
}

impl Kind {
    /// The bit of this kind in a [`Kinds`] set.
    pub(crate) fn bit(self) -> u32 {
        1u32 << (self as u32)
    }

    /// Whether the kind heads a title (not a modifier or a rank).
    pub(crate) fn is_title(self) -> bool {
        matches!(
            self,
            Kind::Full | Kind::Head | Kind::HeadBoth | Kind::Region | Kind::RegionBoth
        )
    }
}

/// One reading of a lexicon phrase.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Entry {
    /// What it is.
    pub kind: Kind,
    /// The role of a title, the prefix of a modifier or the code of a country; else "".
    pub value: &'static str,
    /// Whether the phrase matches only as written (it is in capitals: "AS", "WHO").
    pub exact: bool,
    /// Whether the phrase matches only capitalized ("Pegawai Ekonomi Kanan", not "pegawai
    /// kesihatan", staff).
    pub capitalized: bool,
    /// The phrase as listed.
    pub phrase: &'static str,
}

/// A lexicon match in the text: its span and the readings that apply there, first one first.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hit {
    /// Where it is.
    pub span: Span,
    /// The first reading that applies.
    pub entry: Entry,
    /// Every kind that applies, as bits.
    pub kinds: u32,
    /// The bytes of a plural ending glued to the title ("Foreign Minister*s*"), 0 if none.
    pub plural: usize,
}

/// The data files of one language, in the order their readings take precedence.
pub(crate) struct Files {
    pub(crate) titles: DataFile,
    pub(crate) orgs: DataFile,
    countries: DataFile,
    context: DataFile,
    honorifics: DataFile,
    title_words: DataFile,
    pub(crate) speech: DataFile,
    particles: DataFile,
    not_names: DataFile,
    /// An organisation's head word ends its name, after the words that name it ("National
    /// Food Agency"); in Indonesian and Malay it opens it ("Badan Pangan Nasional").
    head_last: bool,
}

pub(crate) static ID_FILES: Files = Files {
    titles: crate::data_file!("id/titles.tsv", 3),
    orgs: crate::data_file!("id/orgs.tsv", 2),
    countries: crate::data_file!("id/office_countries.tsv", 2),
    context: crate::data_file!("id/title_context.tsv", 2),
    honorifics: crate::data_file!("id/honorifics.tsv", 2),
    title_words: crate::data_file!("id/title_words.tsv", 2),
    speech: crate::data_file!("id/speech_verbs.tsv", 1),
    particles: crate::data_file!("id/name_particles.tsv", 1),
    not_names: crate::data_file!("id/not_names.tsv", 1),
    head_last: false,
};

pub(crate) static EN_FILES: Files = Files {
    titles: crate::data_file!("en/titles.tsv", 3),
    orgs: crate::data_file!("en/orgs.tsv", 2),
    countries: crate::data_file!("en/office_countries.tsv", 2),
    context: crate::data_file!("en/title_context.tsv", 2),
    honorifics: crate::data_file!("en/honorifics.tsv", 2),
    title_words: crate::data_file!("en/title_words.tsv", 2),
    speech: crate::data_file!("en/speech_verbs.tsv", 1),
    particles: crate::data_file!("en/name_particles.tsv", 1),
    not_names: crate::data_file!("en/not_names.tsv", 1),
    head_last: true,
};

impl Files {
    /// Every file, for checks.
    #[cfg(test)]
    pub(crate) fn all(&self) -> [&DataFile; 9] {
        [
            &self.titles,
            &self.orgs,
            &self.countries,
            &self.context,
            &self.honorifics,
            &self.title_words,
            &self.speech,
            &self.particles,
            &self.not_names,
        ]
    }
}

/// The automaton of one language; pattern N reads as `readings[N]`.
#[derive(Debug)]
pub(crate) struct Lexicon {
    ac: AnchoredPhrases,
    readings: Vec<Vec<Entry>>,
    /// The reading of each pattern (a phrase has one pattern per way of writing its spaces).
    pattern_reading: Vec<usize>,
    /// Endings glued to a title that leave it a title ("Ketua Pengarah*nya*": its director).
    clitics: Vec<&'static str>,
    /// Whether an organisation's head word ends its name (see [`Files`]).
    pub(crate) head_last: bool,
    /// Words hyphened to a title that leave it a title ("designate" in "Ambassador-designate").
    suffixes: Vec<&'static str>,
    /// Endings glued to a title that make it plural ("Minister*s*").
    plurals: Vec<&'static str>,
    /// Words after offices listed without names that open their holders' names in the same
    /// order ("masing-masing").
    respectively: Vec<&'static str>,
    /// Conjunctions joining things of a kind ("dan", "and").
    conjunctions: Vec<&'static str>,
    /// Common nouns for a place or body that, in the possessive, own the office after them
    /// ("the country's deputy foreign minister"); read by the word, not tagged, since some are
    /// also words of titles ("State Secretary").
    owners: Vec<&'static str>,
    /// Months that are also given names ("Mei"): the last word of a name closed by a comma.
    given_names: Vec<&'static str>,
    /// Titles that also stand inside names, between two of its words ("Andi Sultan Rahman").
    name_titles: Vec<&'static str>,
    /// Words of a portfolio that also end a region's name after one of its words ("Banggai
    /// *Laut*", "Tanah *Laut*").
    region_ends: Vec<&'static str>,
    /// Head words of organisations named apart from an office right before them ("Pengarah
    /// *Jabatan* Meteorologi Negeri, X"): the organisation is the `org`, not in the title.
    apart_heads: Vec<&'static str>,
    /// Words after a title that point back to a body named before, with the holder's name
    /// after the comma ("Kepala dinas *itu*, X").
    pointers: Vec<&'static str>,
    /// Whether some reading of each reading set holds however the phrase is written (none
    /// asks for its exact case), so that a match needs no comparison.
    any_case: Vec<bool>,
}

fn kind_of_title(kind: &str) -> Option<Kind> {
    Some(match kind {
        "full" => Kind::Full,
        "head" => Kind::Head,
        "head_both" => Kind::HeadBoth,
        "region" => Kind::Region,
        "region_both" => Kind::RegionBoth,
        "modifier" => Kind::Modifier,
        "rank" => Kind::Rank,
        _ => return None,
    })
}

/// The ways a phrase may be written with ordinary and no-break spaces (pages mix them):
/// every combination up to three spaces, else all of one kind.
/// Whether the phrase ends with a word of more than one that is an abbreviation of three
/// letters ("Letkol Inf", "Kolonel Pnb").
fn corps_last(phrase: &str) -> bool {
    match phrase.rsplit_once(' ') {
        Some((_, last)) => {
            let mut cs = last.chars();
            last.chars().count() == 3
                && cs.next().is_some_and(char::is_uppercase)
                && cs.all(char::is_lowercase)
        }
        None => false,
    }
}

fn space_variants(phrase: &str) -> Vec<String> {
    let spaces = phrase.matches(' ').count();
    if spaces == 0 {
        return vec![phrase.to_string()];
    }
    if spaces > 3 {
        return vec![phrase.to_string(), phrase.replace(' ', "\u{a0}")];
    }
    (0..1u32 << spaces)
        .map(|mask| {
            let mut n = 0;
            phrase
                .chars()
                .map(|c| {
                    if c == ' ' {
                        n += 1;
                        if mask & (1 << (n - 1)) != 0 { '\u{a0}' } else { ' ' }
                    } else {
                        c
                    }
                })
                .collect()
        })
        .collect()
}

/// Whether `a` and `b` are equal, taking a no-break space for a space.
fn same_but_spaces(a: &str, b: &str) -> bool {
    let norm = |c: char| if c == '\u{a0}' { ' ' } else { c };
    a.chars().map(norm).eq(b.chars().map(norm))
}

fn is_exact(phrase: &str) -> bool {
    phrase.chars().any(char::is_alphabetic) && !phrase.chars().any(char::is_lowercase)
}

impl Lexicon {
    /// Builds the automaton from `own` files, with the honorifics of `other` too (names travel).
    /// `quotes_offices`: the page's language quotes the other's offices untranslated (English
    /// news from Malaysia and Indonesia does; Indonesian news writes English offices whole).
    pub(crate) fn new(own: &Files, other: &Files, quotes_offices: bool) -> Lexicon {
        let mut entries: Vec<Entry> = Vec::new();
        // Titles that are offices only capitalized.
        let mut capitalized: Vec<&'static str> = Vec::new();
        let mut add = |phrase: &'static str, kind: Kind, value: &'static str| {
            entries.push(Entry {
                kind,
                value,
                exact: is_exact(phrase),
                capitalized: false,
                phrase,
            });
        };
        for r in own.titles.rows() {
            if let Some(k) = kind_of_title(r.get(2)) {
                // "-": a modifier that adds nothing to the role ("new", "incoming").
                let role = if r.get(1) == "-" { "" } else { r.get(1) };
                add(r.get(0), k, role);
                if r.get(3) == "capitalized" {
                    capitalized.push(r.get(0));
                }
            }
        }
        // The other language's complete titles and ranks too, read after the page's own: news
        // in one language quotes offices in the other ("his counterpart, Menteri Pertahanan Agus
        // Widjanarko"). Heads that take a portfolio or region are left out: their complements
        // are words of the other language, which are not loaded.
        for r in other.titles.rows() {
            if let Some(k @ (Kind::Full | Kind::Rank)) = kind_of_title(r.get(2)) {
                add(r.get(0), k, r.get(1));
            }
        }
        for r in own.orgs.rows() {
            let (k, value) = match r.get(1) {
                "head" | "head_apart" => (Kind::OrgHead, ""),
                "company" => (Kind::Org, COMPANY),
                "company_end" => (Kind::Org, COMPANY_END),
                "regional" => (Kind::Org, REGIONAL),
                "service" => (Kind::Org, SERVICE),
                _ => (Kind::Org, ""),
            };
            add(r.get(0), k, value);
        }
        // The other language's organisations named by one word or acronym too ("the Basarnas
        // chief", "Kepala NASA"), read after the page's own; heads and companies take words of
        // their own language, so they are left out.
        for r in other.orgs.rows() {
            if matches!(r.get(1), "org" | "regional" | "service") && !r.get(0).contains(' ') {
                add(r.get(0), Kind::Org, "");
            }
        }
        for r in own.countries.rows() {
            add(r.get(0), Kind::Country, r.get(1));
        }
        let mut clitics: Vec<&'static str> = Vec::new();
        let mut suffixes: Vec<&'static str> = Vec::new();
        let mut plurals: Vec<&'static str> = Vec::new();
        let mut respectively: Vec<&'static str> = Vec::new();
        let mut owners: Vec<&'static str> = Vec::new();
        let mut given_names: Vec<&'static str> = Vec::new();
        let mut name_titles: Vec<&'static str> = Vec::new();
        let mut pointers: Vec<&'static str> = Vec::new();
        let mut region_ends: Vec<&'static str> = Vec::new();
        for r in own.context.rows() {
            // Words read by their spelling, not tagged by the automaton.
            let list = match r.get(1) {
                "clitic" => Some(&mut clitics),
                "suffix" => Some(&mut suffixes),
                "plural" => Some(&mut plurals),
                "respectively" => Some(&mut respectively),
                "owner" => Some(&mut owners),
                "given_name" => Some(&mut given_names),
                "in_name" => Some(&mut name_titles),
                "pointer" => Some(&mut pointers),
                "region_end" => Some(&mut region_ends),
                _ => None,
            };
            if let Some(list) = list {
                list.push(r.get(0));
                continue;
            }
            let (k, value) = match r.get(1) {
                "former" => (Kind::Former, ""),
                "blocker" => (Kind::Blocker, ""),
                "place_after" => (Kind::PlaceAfter, ""),
                "appositive" => (Kind::Appositive, ""),
                "definite" => (Kind::Article, DEFINITE),
                _ => (Kind::Article, ""),
            };
            add(r.get(0), k, value);
        }
        for f in [&own.honorifics, &other.honorifics] {
            for r in f.rows() {
                let k = if r.get(1) == "after" {
                    Kind::HonorificAfter
                } else {
                    Kind::HonorificBefore
                };
                // A third column "ms": an honorific of Malay only, in Indonesian a given name
                // ("Puan Maharani").
                // Or "id": of Indonesian only, in a Malay or English paragraph a name's initial.
                let value = match r.get(2) {
                    "ms" => MALAY_ONLY,
                    "id" => INDONESIAN_ONLY,
                    _ => "",
                };
                add(r.get(0), k, value);
            }
        }
        for r in own.title_words.rows() {
            let (k, value) = match r.get(1) {
                "connector" => (Kind::Connector, ""),
                "toward" => (Kind::Connector, TOWARD),
                "conjunction" => (Kind::Connector, AND),
                "region" => (Kind::RegionWord, ""),
                // A region's own name: a region word that no further word of the name follows.
                "place" => (Kind::RegionWord, PLACE),
                "region_prefix" => (Kind::RegionWord, REGION_PREFIX),
                "locative" => (Kind::Locative, ""),
                // "ke": an ambassador's destination, never the town an office stands in.
                "destination" => (Kind::Locative, DESTINATION),
                "affiliation" => (Kind::Locative, AFFILIATION),
                _ => (Kind::Portfolio, ""),
            };
            add(r.get(0), k, value);
        }
        // The other language's offices that take a portfolio, a region or a unit, with those
        // words and its organisations' head words, read after the page's own and only
        // capitalized: an English page from Malaysia writes "Timbalan Menteri Kewangan Lim Wei
        // Jie said". Its modifiers come too ("Timbalan"); its words that join portfolios ("dan")
        // are read as written. A title that also opens names ("Ratu", a Fijian chief's style
        // in English) is left out.
        let in_name = other.context.words_of("in_name");
        let mut quoted: Vec<Entry> = Vec::new();
        let mut quote = |phrase: &'static str, kind: Kind, value: &'static str, capitalized: bool| {
            quoted.push(Entry {
                kind,
                value,
                exact: is_exact(phrase),
                capitalized,
                phrase,
            });
        };
        for r in other.titles.rows().filter(|_| quotes_offices) {
            if let Some(k) = kind_of_title(r.get(2))
                && !matches!(k, Kind::Full | Kind::Rank)
                && !in_name.contains(&r.get(0))
            {
                let role = if r.get(1) == "-" { "" } else { r.get(1) };
                quote(r.get(0), k, role, true);
            }
        }
        for r in other.orgs.rows().filter(|_| quotes_offices) {
            if matches!(r.get(1), "head" | "head_apart") {
                quote(r.get(0), Kind::OrgHead, "", true);
            }
        }
        for r in other.title_words.rows().filter(|_| quotes_offices) {
            match r.get(1) {
                "portfolio" => quote(r.get(0), Kind::Portfolio, "", true),
                "region" => quote(r.get(0), Kind::RegionWord, "", true),
                "conjunction" => quote(r.get(0), Kind::Connector, AND, false),
                _ => {}
            }
        }
        for r in own.speech.rows() {
            add(
                r.get(0),
                Kind::Speech,
                if r.get(1) == GIVEN_NAME { GIVEN_NAME } else { "" },
            );
        }
        for r in own.particles.rows() {
            add(r.get(0), Kind::Particle, "");
        }
        for r in own.not_names.rows() {
            add(r.get(0), Kind::NotName, "");
        }
        // A particle listed "lower" is one only in lower case ("de la Cruz"; "La Thi Hoa" opens a
        // name).
        let lower_only = own.particles.words_of("lower");
        for e in entries.iter_mut() {
            e.capitalized = e.kind.is_title() && capitalized.contains(&e.phrase);
            if e.kind == Kind::Particle && lower_only.contains(&e.phrase) {
                e.exact = true;
            }
        }
        entries.extend(quoted);
        // One pattern per phrase (case folded); its readings keep the files' order.
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut pattern_reading: Vec<usize> = Vec::new();
        let mut readings: Vec<Vec<Entry>> = Vec::new();
        for e in entries {
            let key = e.phrase.to_ascii_lowercase();
            match index.get(&key) {
                Some(&i) => {
                    if let Some(r) = readings.get_mut(i) {
                        r.push(e);
                    }
                }
                None => {
                    // "Letkol Inf." as "Letkol Inf": a rank whose corps is abbreviated may be
                    // written with a full stop.
                    let dotted =
                        (e.kind == Kind::Rank && corps_last(e.phrase)).then(|| format!("{}.", e.phrase));
                    if let Some(d) = &dotted {
                        index.entry(d.to_ascii_lowercase()).or_insert(readings.len());
                    }
                    index.insert(key, readings.len());
                    for v in space_variants(e.phrase)
                        .into_iter()
                        .chain(dotted.iter().flat_map(|d| space_variants(d)))
                    {
                        // "Prime Minister's Office" as typeset: "Prime Minister’s Office".
                        if v.contains('\'') {
                            patterns.push(v.replace('\'', "\u{2019}"));
                            pattern_reading.push(readings.len());
                        }
                        patterns.push(v);
                        pattern_reading.push(readings.len());
                    }
                    readings.push(vec![e]);
                }
            }
        }
        let ac = AnchoredPhrases::new(&patterns, true);
        let any_case = readings.iter().map(|rs| rs.iter().any(|e| !e.exact)).collect();
        Lexicon {
            ac,
            readings,
            pattern_reading,
            clitics,
            head_last: own.head_last,
            suffixes,
            plurals,
            respectively,
            conjunctions: own.title_words.words_of("conjunction"),
            owners,
            given_names,
            name_titles,
            pointers,
            region_ends,
            apart_heads: own.orgs.words_of("head_apart"),
            any_case,
        }
    }

    /// The endings glued to a title that leave it a title ("-nya").
    pub(crate) fn clitics(&self) -> &[&'static str] {
        &self.clitics
    }

    /// Where the word running on at `end` ends, when the rest of it is one of the clitics.
    fn clitic_end(&self, text: &str, end: usize) -> Option<usize> {
        ending_end(&self.clitics, text, end)
    }

    /// Where the word running on at `end` ends, when the rest of it is a plural ending.
    fn plural_end(&self, text: &str, end: usize) -> Option<usize> {
        ending_end(&self.plurals, text, end)
    }

    /// Whether `word` is a month that is also a given name ("Lim Siew Mei").
    pub(crate) fn is_given_name(&self, word: &str) -> bool {
        self.given_names.contains(&word)
    }

    /// Whether `word` ends a region's name after one of its words ("Banggai *Laut*").
    pub(crate) fn is_region_end(&self, word: &str) -> bool {
        self.region_ends.contains(&word)
    }

    /// Whether an organisation whose name opens with `word` is named apart from an office
    /// right before it ("Pengarah *Jabatan* Meteorologi Negeri").
    pub(crate) fn is_apart_head(&self, word: &str) -> bool {
        self.apart_heads.contains(&word)
    }

    /// Whether `word` points back to a body named before ("Kepala dinas *itu*, X").
    pub(crate) fn is_pointer(&self, word: &str) -> bool {
        self.pointers.iter().any(|p| p.eq_ignore_ascii_case(word))
    }

    /// Whether `word` is a title that also stands inside a name ("Andi *Sultan* Rahman").
    pub(crate) fn is_name_title(&self, word: &str) -> bool {
        self.name_titles.contains(&word)
    }

    /// The length of the word for "respectively" that `text` starts with, if any.
    pub(crate) fn respectively_at(&self, text: &str) -> Option<usize> {
        self.respectively.iter().find_map(|w| {
            let head = text.get(..w.len())?;
            let after = text[w.len()..].chars().next();
            (head.eq_ignore_ascii_case(w) && !after.is_some_and(char::is_alphanumeric)).then_some(w.len())
        })
    }

    /// The length of the word for "respectively" that `text` ends with, if any.
    pub(crate) fn respectively_before(&self, text: &str) -> Option<usize> {
        self.respectively.iter().find_map(|w| {
            let cut = text.len().checked_sub(w.len())?;
            let tail = text.get(cut..)?;
            let before = text[..cut].chars().next_back();
            (tail.eq_ignore_ascii_case(w) && !before.is_some_and(char::is_alphanumeric)).then_some(w.len())
        })
    }

    /// Whether `word` is a conjunction joining things of a kind ("dan").
    pub(crate) fn is_conjunction(&self, word: &str) -> bool {
        self.conjunctions.iter().any(|c| c.eq_ignore_ascii_case(word))
    }

    /// Whether `word` is a common noun that owns an office in the possessive ("country").
    pub(crate) fn is_owner(&self, word: &str) -> bool {
        self.owners.iter().any(|o| o.eq_ignore_ascii_case(word))
    }

    /// Where a title ending at `end` ends with its hyphened suffix ("Ambassador-designate"),
    /// when one follows.
    fn suffix_end(&self, text: &str, end: usize) -> Option<usize> {
        let rest = text.get(end..)?;
        let rest = rest.strip_prefix(['-', '\u{2011}'])?;
        let len = rest
            .char_indices()
            .find(|&(_, c)| !c.is_alphanumeric())
            .map_or(rest.len(), |(i, _)| i);
        let word = rest.get(..len)?;
        let hyphen = text.len() - end - rest.len();
        self.suffixes
            .iter()
            .any(|s| s.eq_ignore_ascii_case(word))
            .then_some(end + hyphen + len)
    }

    /// The whole-word lexicon matches inside `span` of `text`, in order, not overlapping.
    ///
    /// The automaton is run anchored at each word start, so a word costs the few bytes it
    /// shares with some phrase, and a phrase is never read from the middle of a word.
    pub(crate) fn scan(&self, text: &str, table: &crate::text::TokenTable, span: Span) -> Vec<Hit> {
        let mut out = Vec::new();
        if span.slice(text).is_none() {
            return out;
        }
        // The hits that are offices also listed as modifiers, with that reading (few: "Chief").
        let mut modifiers: Vec<(usize, Entry)> = Vec::new();
        let mut from = span.start;
        for t in table.of(text, span) {
            if t.span.start < from || !matches!(t.kind, TokenKind::Word | TokenKind::Number) {
                continue;
            }
            let start = t.span.start;
            // The longest phrase that ends on a word boundary and is written as one of its
            // readings requires.
            let accept = |pattern: usize, end: usize| {
                let Some(&r) = self.pattern_reading.get(pattern) else {
                    return false;
                };
                let bounded = word_end_at(text, end)
                    || !text
                        .get(..end)
                        .and_then(|w| w.chars().next_back())
                        .is_some_and(char::is_alphanumeric)
                    // (A clitic runs on an office or an organisation, "Ketuanya"; not on a
                    // word that links: "ke" + "nya" is "Kenya".)
                    || self.clitic_end(text, end).is_some()
                        && self.readings.get(r).is_some_and(|rs| {
                            rs.iter().any(|e| {
                                e.kind.is_title() || matches!(e.kind, Kind::Modifier | Kind::Org | Kind::OrgHead)
                            })
                        })
                    || self.plural_end(text, end).is_some()
                        && self
                            .readings
                            .get(r)
                            .is_some_and(|rs| rs.iter().any(|e| e.kind.is_title()));
                bounded
                    && (self.any_case.get(r).copied().unwrap_or(false)
                        || text.get(start..end).is_some_and(|written| {
                            self.readings
                                .get(r)
                                .is_some_and(|rs| rs.iter().any(|e| same_but_spaces(written, e.phrase)))
                        }))
            };
            let Some((pattern, matched)) = self.ac.longest_at_by(text.as_bytes(), start, span.end, accept)
            else {
                continue;
            };
            if !word_start_at(text, start) {
                continue;
            }
            // The phrase as matched; the hit spans its clitic too.
            let Some(written) = text.get(start..matched) else {
                continue;
            };
            let mut plural = 0;
            let end = if word_end_at(text, matched) {
                matched
            } else {
                match self.clitic_end(text, matched) {
                    Some(e) => e,
                    None => match self.plural_end(text, matched) {
                        Some(e) => {
                            plural = e - matched;
                            e
                        }
                        None if written.chars().next_back().is_some_and(char::is_alphanumeric) => continue,
                        None => matched,
                    },
                }
            };
            let Some(readings) = self
                .pattern_reading
                .get(pattern)
                .and_then(|&r| self.readings.get(r))
            else {
                continue;
            };
            let mut first: Option<Entry> = None;
            // A head that is also listed as a modifier ("Chief"): the modifier's reading, taken
            // before another office ("chief epidemiologist").
            let mut modifier: Option<Entry> = None;
            let mut kinds = 0u32;
            // An article capitalized inside a sentence is a word of a name ("Lee Sang-hoon").
            let capital_inside = start > span.start && written.chars().next().is_some_and(char::is_uppercase);
            // "Pegawai-Pegawai Kanan": the second half of a doubled word, a plural, is no
            // office of one person.
            let doubled = text
                .get(..start)
                .and_then(|b| b.strip_suffix('-'))
                .is_some_and(|b| {
                    let first = written.split(char::is_whitespace).next().unwrap_or("");
                    !first.is_empty()
                        && b.len() >= first.len()
                        && b.get(b.len() - first.len()..)
                            .is_some_and(|w| w.eq_ignore_ascii_case(first))
                });
            for e in readings {
                if e.exact && !same_but_spaces(written, e.phrase) {
                    continue;
                }
                if e.capitalized && !written.starts_with(char::is_uppercase) {
                    continue;
                }
                if doubled && e.kind.is_title() {
                    continue;
                }
                if e.kind == Kind::Article && capital_inside && !e.phrase.starts_with(char::is_uppercase) {
                    continue;
                }
                kinds |= e.kind.bit();
                if first.is_none() {
                    first = Some(*e);
                } else if e.kind == Kind::Modifier && modifier.is_none() {
                    modifier = Some(*e);
                }
            }
            // Only a title takes a plural ending: "Trades" is no portfolio word.
            if plural > 0 && !first.is_some_and(|e| e.kind.is_title()) {
                continue;
            }
            if let Some(entry) = first {
                // "Ambassador-designate": the suffix is part of the title.
                let end = match entry.kind.is_title() {
                    true => self
                        .suffix_end(text, end)
                        .filter(|&e| e <= span.end)
                        .unwrap_or(end),
                    false => end,
                };
                out.push(Hit {
                    span: Span::new(start, end),
                    entry,
                    kinds,
                    plural,
                });
                if let Some(m) = modifier.filter(|_| entry.kind.is_title()) {
                    modifiers.push((out.len() - 1, m));
                }
                from = end;
            }
        }
        // Right before another office, in the same case, such a head is the modifier:
        // "chief epidemiologist", "Chief Hydrologist" ("Chief" alone stays an office).
        for (k, m) in modifiers {
            let (Some(&a), Some(&b)) = (out.get(k), out.get(k + 1)) else {
                continue;
            };
            let upper = |h: &Hit| {
                h.span
                    .slice(text)
                    .is_some_and(|w| w.starts_with(char::is_uppercase))
            };
            if b.entry.kind.is_title()
                && text.get(a.span.end..b.span.start).is_some_and(|gap| gap == " ")
                && upper(&a) == upper(&b)
                && a.plural == 0
                && let Some(hit) = out.get_mut(k)
            {
                hit.entry = m;
            }
        }
        out
    }
}

/// Where the word running on at `end` of `text` ends, when the rest of it is one of `endings`.
fn ending_end(endings: &[&str], text: &str, end: usize) -> Option<usize> {
    let rest = text.get(end..)?;
    let len = rest
        .char_indices()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map_or(rest.len(), |(i, _)| i);
    let word = rest.get(..len)?;
    endings
        .iter()
        .any(|c| c.eq_ignore_ascii_case(word))
        .then_some(end + len)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_files_parse() {
        for files in [&ID_FILES, &EN_FILES] {
            for f in files.all() {
                f.check().unwrap();
            }
        }
    }

    #[test]
    fn capitals_match_only_as_written() {
        let lex = Lexicon::new(&ID_FILES, &EN_FILES, false);
        let t = "Dubes AS dan as";
        let hits = lex.scan(t, &crate::text::TokenTable::on_demand(), Span::new(0, t.len()));
        let kinds: Vec<Kind> = hits.iter().map(|h| h.entry.kind).collect();
        assert_eq!(kinds, vec![Kind::Head, Kind::Country, Kind::Connector]);
    }

    #[test]
    fn no_break_spaces_match() {
        let lex = Lexicon::new(&EN_FILES, &ID_FILES, true);
        let t = "Foreign\u{a0}Minister";
        let hits = lex.scan(t, &crate::text::TokenTable::on_demand(), Span::new(0, t.len()));
        assert_eq!(hits[0].entry.value, "foreign_minister");
    }

    #[test]
    fn longest_phrase_wins() {
        let lex = Lexicon::new(&ID_FILES, &EN_FILES, false);
        let t = "Direktur Jenderal Protokol";
        let hits = lex.scan(t, &crate::text::TokenTable::on_demand(), Span::new(0, t.len()));
        assert_eq!(hits[0].span, Span::new(0, 17));
        assert_eq!(hits[0].entry.value, "director_general");
    }
}
