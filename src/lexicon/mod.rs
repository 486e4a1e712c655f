//! Language data: the tab-separated files under `data/`, compiled into the crate.
//!
//! Every word list warta uses (month names, titles, noise markers, country names) is a
//! `DataFile`: UTF-8, one row a line, fields separated by tabs, `#` starting a comment line,
//! blank lines ignored. A linguist extends warta by adding rows; no Rust changes.

use crate::Error;

/// A hash for the word tables: a multiply-rotate over eight bytes at a time, several times
/// faster than the default SipHash on short words. The tables hold only the data files' words,
/// and text is only looked up in them, never inserted, so no input can degrade them.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct WordHasher {
    hash: u64,
}

impl WordHasher {
    const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(Self::SEED);
    }
}

impl std::hash::Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut eight = [0u8; 8];
            if let Some(dst) = eight.get_mut(..chunk.len()) {
                dst.copy_from_slice(chunk);
            }
            self.add(u64::from_le_bytes(eight));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

/// Phrases of the data files looked for at chosen positions of a text: an Aho-Corasick trie
/// (a contiguous NFA: 16 MB less than DFAs of the same vocabularies, and as fast here) walked
/// byte by byte from the position without failure links, so a try costs only the bytes that
/// some phrase shares with the text there, and no search is set up for it.
#[derive(Debug)]
pub(crate) struct AnchoredPhrases {
    nfa: aho_corasick::nfa::contiguous::NFA,
}

impl AnchoredPhrases {
    /// Compiles `patterns` (ASCII case ignored when `fold`) for [`longest_at`](Self::longest_at).
    pub(crate) fn new<P: AsRef<[u8]>>(patterns: &[P], fold: bool) -> AnchoredPhrases {
        Self::with_kind(patterns, fold, aho_corasick::MatchKind::LeftmostLongest)
    }

    /// Compiles `patterns` for [`each_at`](Self::each_at): every phrase, not only the longest.
    pub(crate) fn all<P: AsRef<[u8]>>(patterns: &[P], fold: bool) -> AnchoredPhrases {
        Self::with_kind(patterns, fold, aho_corasick::MatchKind::Standard)
    }

    fn with_kind<P: AsRef<[u8]>>(
        patterns: &[P],
        fold: bool,
        kind: aho_corasick::MatchKind,
    ) -> AnchoredPhrases {
        let build = |patterns: &[&[u8]]| {
            aho_corasick::nfa::contiguous::Builder::new()
                .ascii_case_insensitive(fold)
                .match_kind(kind)
                .build(patterns)
        };
        let all: Vec<&[u8]> = patterns.iter().map(AsRef::as_ref).collect();
        let nfa = build(&all)
            .or_else(|_| build(&[]))
            .expect("an empty automaton always builds");
        AnchoredPhrases { nfa }
    }

    /// The longest phrase written from byte `at` of `hay`, ending at or before `end`: its
    /// pattern index and where it ends.
    pub(crate) fn longest_at(&self, hay: &[u8], at: usize, end: usize) -> Option<(usize, usize)> {
        self.longest_at_by(hay, at, end, |_, _| true)
    }

    /// Like [`longest_at`](Self::longest_at), among the phrases that `accept` takes (given the
    /// pattern index and where it ends): a phrase that ends inside a word ("Kemenlu Ri" of
    /// "Kemenlu Rina", read without case) leaves the shorter one that does not ("Kemenlu").
    pub(crate) fn longest_at_by(
        &self,
        hay: &[u8],
        at: usize,
        end: usize,
        accept: impl Fn(usize, usize) -> bool,
    ) -> Option<(usize, usize)> {
        use aho_corasick::automaton::Automaton;
        let anchored = aho_corasick::Anchored::Yes;
        let mut sid = self.nfa.start_state(anchored).ok()?;
        let mut found = None;
        for (i, &b) in hay.get(at..end)?.iter().enumerate() {
            sid = self.nfa.next_state(anchored, sid, b);
            if self.nfa.is_special(sid) {
                if self.nfa.is_dead(sid) {
                    break;
                }
                if self.nfa.is_match(sid) {
                    // A match state may also hold a phrase that starts after `at` (copied
                    // along a failure link when the trie was built); only one starting at
                    // `at` counts.
                    let pid = self.nfa.match_pattern(sid, 0);
                    if self.nfa.pattern_len(pid) == i + 1 && accept(pid.as_usize(), at + i + 1) {
                        found = Some((pid.as_usize(), at + i + 1));
                    }
                }
            }
        }
        found
    }

    /// Every phrase written from byte `at` of `hay` and ending at or before `end`, shortest
    /// first, as `(pattern index, end)` (an automaton built with [`all`](Self::all)).
    pub(crate) fn each_at(&self, hay: &[u8], at: usize, end: usize, mut found: impl FnMut(usize, usize)) {
        use aho_corasick::automaton::Automaton;
        let anchored = aho_corasick::Anchored::Yes;
        let Ok(mut sid) = self.nfa.start_state(anchored) else {
            return;
        };
        let Some(bytes) = hay.get(at..end) else {
            return;
        };
        for (i, &b) in bytes.iter().enumerate() {
            sid = self.nfa.next_state(anchored, sid, b);
            if self.nfa.is_special(sid) {
                if self.nfa.is_dead(sid) {
                    return;
                }
                if self.nfa.is_match(sid) {
                    for k in 0..self.nfa.match_len(sid) {
                        let pid = self.nfa.match_pattern(sid, k);
                        if self.nfa.pattern_len(pid) == i + 1 {
                            found(pid.as_usize(), at + i + 1);
                        }
                    }
                }
            }
        }
    }
}

/// A map keyed by words of the data files.
pub(crate) type WordMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<WordHasher>>;
/// A set of words of the data files.
pub(crate) type WordSet<K> = std::collections::HashSet<K, std::hash::BuildHasherDefault<WordHasher>>;

/// One compiled-in data file and the number of fields each of its rows must have at least.
///
/// # Example
///
/// ```
/// use warta::lexicon::DataFile;
///
/// static DEMO: DataFile = DataFile::new("demo.tsv", "# word\tlang\nkarena\tid\nkerana\tms\n", 2);
/// let rows: Vec<_> = DEMO.rows().collect();
/// assert_eq!(rows[1].fields, vec!["kerana", "ms"]);
/// assert_eq!(rows[1].line, 3);
/// assert!(DEMO.check().is_ok());
/// ```
#[derive(Debug, Clone, Copy)]
pub struct DataFile {
    /// Path below `data/`, for messages.
    pub name: &'static str,
    /// The file's text.
    pub text: &'static str,
    /// Fields every row must have.
    pub columns: usize,
}

/// A row of a data file: its 1-based line number and its trimmed fields.
///
/// ```
/// let f = warta::lexicon::DataFile::new("x.tsv", "# comment\nAgt\t8\n", 2);
/// let row = f.rows().next().unwrap();
/// assert_eq!((row.line, row.get(0), row.get(1)), (2, "Agt", "8"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// 1-based line number in the file.
    pub line: usize,
    /// The fields, trimmed; empty trailing fields are kept.
    pub fields: Vec<&'static str>,
}

impl Row {
    /// Field `i`, or `""` when the row is shorter.
    ///
    /// ```
    /// use warta::lexicon::DataFile;
    /// let f = DataFile::new("x.tsv", "a\tb\n", 1);
    /// let row = f.rows().next().unwrap();
    /// assert_eq!((row.get(1), row.get(5)), ("b", ""));
    /// ```
    pub fn get(&self, i: usize) -> &'static str {
        self.fields.get(i).copied().unwrap_or("")
    }
}

impl DataFile {
    /// Declares a data file (usually with `include_str!`).
    ///
    /// ```
    /// let f = warta::lexicon::DataFile::new("x.tsv", "a\tb\n", 2);
    /// assert_eq!(f.rows().count(), 1);
    /// ```
    pub const fn new(name: &'static str, text: &'static str, columns: usize) -> DataFile {
        DataFile { name, text, columns }
    }

    /// The well-formed rows; comment and blank lines are skipped, and so are rows with too
    /// few fields (which [`DataFile::check`] reports).
    ///
    /// ```
    /// let f = warta::lexicon::DataFile::new("x.tsv", "# c\n\na\tb\nlonely\n", 2);
    /// assert_eq!(f.rows().count(), 1);
    /// ```
    pub fn rows(&self) -> impl Iterator<Item = Row> + '_ {
        let columns = self.columns;
        self.text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
            .map(|(i, l)| Row {
                line: i + 1,
                fields: l.split('\t').map(str::trim).collect(),
            })
            .filter(move |r| {
                r.fields.len() >= columns && r.fields.iter().take(columns).all(|f| !f.is_empty())
            })
    }

    /// Checks every row, naming the file and line of the first bad one.
    ///
    /// ```
    /// let f = warta::lexicon::DataFile::new("x.tsv", "a\tb\nonly-one\n", 2);
    /// assert_eq!(f.check().unwrap_err().to_string(), "data/x.tsv line 2: 1 field(s), 2 needed: \"only-one\"");
    /// ```
    pub fn check(&self) -> Result<(), Error> {
        for (i, l) in self.text.lines().enumerate() {
            if l.trim().is_empty() || l.trim_start().starts_with('#') {
                continue;
            }
            let fields: Vec<&str> = l.split('\t').map(str::trim).collect();
            let filled = fields.iter().take(self.columns).filter(|f| !f.is_empty()).count();
            if fields.len() < self.columns || filled < self.columns {
                return Err(Error::new(format!(
                    "data/{} line {}: {} field(s), {} needed: {:?}",
                    self.name,
                    i + 1,
                    fields.iter().filter(|f| !f.is_empty()).count(),
                    self.columns,
                    l
                )));
            }
        }
        Ok(())
    }

    /// The first field of every row, for simple word lists.
    ///
    /// ```
    /// let f = warta::lexicon::DataFile::new("x.tsv", "Iklan\tad\nADVERTISEMENT\tad\n", 1);
    /// assert_eq!(f.words(), vec!["Iklan", "ADVERTISEMENT"]);
    /// ```
    pub fn words(&self) -> Vec<&'static str> {
        self.rows().map(|r| r.get(0)).collect()
    }

    /// The first field of the rows whose second field is `kind` ("given_name", "head_apart").
    ///
    /// ```
    /// let f = warta::lexicon::DataFile::new("x.tsv", "Ma\tgiven_name\nJl.\tstreet\n", 1);
    /// assert_eq!(f.words_of("given_name"), vec!["Ma"]);
    /// ```
    pub fn words_of(&self, kind: &str) -> Vec<&'static str> {
        self.rows()
            .filter(|r| r.get(1) == kind)
            .map(|r| r.get(0))
            .collect()
    }
}

/// Declares a [`DataFile`] from a path below `data/`, with `include_str!`.
///
/// ```ignore
/// static MONTHS: DataFile = data_file!("id/months.tsv", 2);
/// ```
#[macro_export]
#[doc(hidden)]
macro_rules! data_file {
    ($path:literal, $columns:expr) => {
        $crate::lexicon::DataFile::new(
            $path,
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/", $path)),
            $columns,
        )
    };
}

/// Parses a number word or digits of English, Indonesian or Malay ("five", "lima", "dua puluh",
/// "twenty-one", "20") into its value, for counts that texts state.
///
/// ```
/// use warta::lexicon::number_value;
/// assert_eq!(number_value("lima"), Some(5));
/// assert_eq!(number_value("Dua puluh"), Some(20));
/// assert_eq!(number_value("twenty-one"), Some(21));
/// assert_eq!(number_value("sebelas"), Some(11));
/// assert_eq!(number_value("kedua belas"), Some(12));
/// assert_eq!(number_value("ketiganya"), Some(3));
/// assert_eq!(number_value("keempat-empat"), Some(4));
/// assert_eq!(number_value("selusin"), Some(12));
/// assert_eq!(number_value("20"), Some(20));
/// assert_eq!(number_value("banyak"), None);
/// ```
pub fn number_value(words: &str) -> Option<u32> {
    let w = words.trim();
    if !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()) {
        return w.parse().ok();
    }
    let table = &*NUMBERS;
    let lower = w.to_lowercase();
    let mut total: u32 = 0;
    let mut current: u32 = 0;
    let mut any = false;
    let mut last_unit = None;
    for part in lower
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|p| !p.is_empty())
    {
        let (value, kind) = lookup(table, part)?;
        any = true;
        match kind {
            // "keempat-empat", "kedua-dua": a number said twice is the whole group, once.
            NumKind::Unit if last_unit == Some(value) => {}
            NumKind::Unit => {
                current += value;
                last_unit = Some(value);
                continue;
            }
            NumKind::Multiplier => {
                current = current.max(1) * value;
                if value >= 1000 {
                    total += current;
                    current = 0;
                }
            }
            NumKind::Teen => current += value,
        }
        last_unit = None;
    }
    if any { Some(total + current) } else { None }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum NumKind {
    Unit,
    Teen,
    Multiplier,
}

static NUMBER_FILES: [DataFile; 3] = [
    data_file!("en/numbers.tsv", 3),
    data_file!("id/numbers.tsv", 3),
    data_file!("ms/numbers.tsv", 3),
];

/// The number words of the data files, and the collective prefixes ("ke-").
struct Numbers {
    words: WordMap<String, (u32, NumKind)>,
    prefixes: Vec<String>,
    /// Endings a collective with a prefix may take ("ketiganya": all three).
    suffixes: Vec<String>,
    /// Phrases that halve the multiplier after them ("half a dozen", "setengah lusin").
    halves: Vec<String>,
    /// For each lower-case ASCII first letter, a bit for each length (up to 63) that a number
    /// word, with or without a prefix, has: most words fail this test and skip the table.
    shapes: [u64; 128],
}

impl Numbers {
    fn may_be(&self, lower_ascii: &[u8]) -> bool {
        match lower_ascii.first() {
            Some(&b) if b.is_ascii() && lower_ascii.len() < 64 => self
                .shapes
                .get(usize::from(b))
                .is_some_and(|bits| bits & (1 << lower_ascii.len()) != 0),
            _ => true,
        }
    }
}

static NUMBERS: once_cell::sync::Lazy<Numbers> = once_cell::sync::Lazy::new(|| {
    let mut words = WordMap::default();
    let mut prefixes = Vec::new();
    let mut suffixes = Vec::new();
    let mut halves = Vec::new();
    for f in &NUMBER_FILES {
        for r in f.rows() {
            let Ok(v) = r.get(1).parse::<u32>() else { continue };
            let kind = match r.get(2) {
                "multiplier" => NumKind::Multiplier,
                "teen" => NumKind::Teen,
                "prefix" => {
                    prefixes.push(r.get(0).to_lowercase());
                    continue;
                }
                "suffix" => {
                    suffixes.push(r.get(0).to_lowercase());
                    continue;
                }
                "half" => {
                    halves.push(r.get(0).to_lowercase());
                    continue;
                }
                _ => NumKind::Unit,
            };
            words.insert(r.get(0).to_lowercase(), (v, kind));
        }
    }
    let mut shapes = [0u64; 128];
    let mut mark = |w: &str| {
        if let Some(&b) = w.as_bytes().first()
            && let Some(bits) = shapes.get_mut(usize::from(b))
            && w.len() < 64
        {
            *bits |= 1 << w.len();
        }
    };
    for (w, (_, kind)) in &words {
        mark(w);
        if *kind == NumKind::Unit {
            for p in &prefixes {
                mark(&format!("{p}{w}"));
                for s in &suffixes {
                    mark(&format!("{p}{w}{s}"));
                }
            }
        }
    }
    Numbers {
        words,
        prefixes,
        suffixes,
        halves,
        shapes,
    }
});

/// Where a phrase that halves the multiplier word at byte `at` starts ("half a dozen",
/// "setengah lusin"): the start of "half a" when the text before `at` ends with one, as a whole
/// word. A unit after it is a clock time's ("setengah lima" = 4:30), not halved.
///
/// ```
/// let text = "half a dozen problems";
/// assert_eq!(warta::lexicon::half_before(text, 7), Some(0));
/// assert_eq!(warta::lexicon::half_before("setengah lusin negara", 9), Some(0));
/// assert_eq!(warta::lexicon::half_before("behalf a dozen", 9), None);
/// assert_eq!(warta::lexicon::half_before("setengah lima", 9), None);
/// assert_eq!(warta::lexicon::half_before(text, 0), None);
/// ```
pub fn half_before(text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at..)?;
    let word = rest.get(..rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len()))?;
    if !matches!(number_entry(word), Some((_, NumKind::Multiplier))) {
        return None;
    }
    let before = text.get(..at)?.trim_end();
    NUMBERS.halves.iter().find_map(|h| {
        let start = before.len().checked_sub(h.len())?;
        let tail = before.get(start..)?;
        let whole = !before.get(..start)?.ends_with(char::is_alphanumeric);
        (whole && tail.eq_ignore_ascii_case(h)).then_some(start)
    })
}

/// Whether `word` (any case) is a number word of the data files ("lima", "twenty", "kedua").
///
/// ```
/// assert!(warta::lexicon::is_number_word("Sixteen"));
/// assert!(warta::lexicon::is_number_word("ketiga"));
/// assert!(!warta::lexicon::is_number_word("negara"));
/// ```
pub fn is_number_word(word: &str) -> bool {
    number_entry(word).is_some()
}

/// Whether `word` (any case) is a prefix that makes an ordinal or a collective of a number
/// ("ke" in "ke-7", "ketiga").
///
/// ```
/// assert!(warta::lexicon::is_number_prefix("Ke"));
/// assert!(!warta::lexicon::is_number_prefix("Kem"));
/// ```
pub fn is_number_prefix(word: &str) -> bool {
    NUMBERS.prefixes.iter().any(|p| p.eq_ignore_ascii_case(word))
}

/// Whether the number word `word` opens with a collective or ordinal prefix ("kedua",
/// "ketiga"), which after a noun makes it an ordinal ("paruh kedua").
pub(crate) fn has_number_prefix(word: &str) -> bool {
    NUMBERS.prefixes.iter().any(|p| {
        word.len() > p.len()
            && word
                .get(..p.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(p))
    })
}

/// The value of a number of one or two digits written with one of `endings` (any case):
/// "22nd" with the English endings is 22.
pub(crate) fn ordinal_in_figures(word: &str, endings: &[&str]) -> Option<u32> {
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    let (num, ending) = (word.get(..digits)?, word.get(digits..)?);
    let ok = (1..=2).contains(&digits) && endings.iter().any(|e| ending.eq_ignore_ascii_case(e));
    ok.then(|| num.parse().ok()).flatten()
}

/// The value and kind of a number word in any case.
fn number_entry(word: &str) -> Option<(u32, NumKind)> {
    // Most words are short ASCII: lower-cased on the stack, not in a new string.
    let mut buf = [0u8; 24];
    if word.is_ascii() && word.len() <= buf.len() {
        let dst = buf.get_mut(..word.len())?;
        dst.copy_from_slice(word.as_bytes());
        dst.make_ascii_lowercase();
        if !NUMBERS.may_be(dst) {
            return None;
        }
        return lookup(&NUMBERS, std::str::from_utf8(dst).ok()?);
    }
    lookup(&NUMBERS, &word.to_lowercase())
}

/// A lower-case number word's value and kind; a collective prefix and a unit ("kedua" = the
/// two, "ketiga" = the three) have the unit's.
fn lookup(table: &Numbers, word: &str) -> Option<(u32, NumKind)> {
    if let Some(&found) = table.words.get(word) {
        return Some(found);
    }
    table.prefixes.iter().find_map(|prefix| {
        let rest = word.strip_prefix(prefix.as_str())?;
        // "ketiganya" (all three): the collective with an ending.
        let rest = table
            .suffixes
            .iter()
            .find_map(|s| {
                rest.strip_suffix(s.as_str())
                    .filter(|r| table.words.contains_key(*r))
            })
            .unwrap_or(rest);
        match table.words.get(rest) {
            Some(&(value, NumKind::Unit)) => Some((value, NumKind::Unit)),
            _ => None,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_files_parse() {
        for f in &NUMBER_FILES {
            f.check().unwrap();
        }
    }

    #[test]
    fn compound_numbers() {
        assert_eq!(number_value("dua puluh lima"), Some(25));
        assert_eq!(number_value("seratus"), Some(100));
        assert_eq!(number_value("tiga ratus"), Some(300));
        assert_eq!(number_value("one hundred"), Some(100));
        assert_eq!(number_value("sixteen"), Some(16));
        assert_eq!(number_value("enam belas"), Some(16));
        assert_eq!(number_value("seribu"), Some(1000));
        assert_eq!(number_value(""), None);
    }
}
