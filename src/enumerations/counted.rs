//! Count phrases ("five main focus areas", "lima area fokus utama") and the coordinated lists
//! they announce in the same sentence ("..., yaitu A, B, C, dan D").

use super::markers::blocked_before;
use super::words::{Hit, Lexicon, role};
use super::{Page, trim_item};
use crate::Span;
use crate::lexicon::{is_number_word, number_value};
use crate::text::{Token, TokenKind};

/// A count phrase: the number and its noun phrase, which is the heading of a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CountPhrase {
    /// From the number to the end of the noun phrase.
    pub span: Span,
    /// The number stated.
    pub value: u32,
}

fn char_before(text: &str, at: usize) -> Option<char> {
    text.get(..at).and_then(|s| s.chars().next_back())
}

fn char_at(text: &str, at: usize) -> Option<char> {
    text.get(at..).and_then(|s| s.chars().next())
}

fn is_punct(text: &str, tok: Option<&Token>, chars: &str) -> bool {
    tok.is_some_and(|t| t.kind == TokenKind::Punct && chars.contains(t.text(text)))
}

/// Whether digits at `span` stand alone as a count: not part of "4.300", "16/11", "12:00",
/// "50%" or "Covid-19".
fn is_standalone_digits(text: &str, span: Span) -> bool {
    if let Some(c) = char_before(text, span.start)
        && !(c.is_whitespace() || matches!(c, '(' | '"' | '\u{201c}' | '\''))
    {
        return false;
    }
    match char_at(text, span.end) {
        Some('.' | ',' | '/' | ':' | '-') => {
            let after = text.get(span.end + 1..).and_then(|s| s.chars().next());
            !after.is_some_and(|c| c.is_ascii_digit())
        }
        Some('%' | '\u{2030}') => false,
        _ => true,
    }
}

/// The largest count a list's heading states: a larger number ("the 2032 season") counts
/// something else, or a list no text writes out.
const MAX_STATED: u32 = 100;

/// The number at token `k`: the index of its last token and its value.
fn number_at(text: &str, toks: &[Token], k: usize) -> Option<(usize, u32)> {
    let t = toks.get(k)?;
    match t.kind {
        TokenKind::Number => {
            if t.span.len() > 4 || !is_standalone_digits(text, t.span) {
                return None;
            }
            let value = t.text(text).parse().ok()?;
            // "3 (tiga) hal": the number spelled out again in brackets is part of it.
            let spelled = is_punct(text, toks.get(k + 1), "(")
                && is_punct(text, toks.get(k + 3), ")")
                && toks
                    .get(k + 2)
                    .is_some_and(|w| is_number_token(text, w) && number_value(w.text(text)) == Some(value));
            Some((if spelled { k + 3 } else { k }, value))
        }
        TokenKind::Word => {
            if !is_number_token(text, t) {
                return None;
            }
            let mut last = k;
            loop {
                // "dua puluh lima", "twenty-one"
                let next = match toks.get(last + 1) {
                    Some(h) if h.kind == TokenKind::Punct && h.text(text) == "-" => {
                        match toks.get(last + 2) {
                            Some(w) if h.span.start == toks[last].span.end && w.span.start == h.span.end => {
                                last + 2
                            }
                            _ => break,
                        }
                    }
                    Some(_) => last + 1,
                    None => break,
                };
                match toks.get(next) {
                    Some(w) if is_number_token(text, w) => last = next,
                    _ => break,
                }
            }
            let span = Span::new(t.span.start, toks.get(last)?.span.end);
            let value = number_value(span.slice(text)?)?;
            // "tiga (3) modul": the number written again in figures in brackets is part of it.
            let figures = is_punct(text, toks.get(last + 1), "(")
                && is_punct(text, toks.get(last + 3), ")")
                && toks.get(last + 2).is_some_and(|d| {
                    d.kind == TokenKind::Number && d.text(text).parse::<u32>().ok() == Some(value)
                });
            Some((if figures { last + 3 } else { last }, value))
        }
        _ => None,
    }
}

/// How a mark changes the depth of brackets and curly quotes that hold a list's separators
/// away from it: +1 for an opening one, -1 for a closing one, 0 for any other character.
fn group_depth_change(c: char) -> i32 {
    match c {
        '(' | '\u{201c}' => 1,
        ')' | '\u{201d}' => -1,
        _ => 0,
    }
}

fn is_number_token(text: &str, t: &Token) -> bool {
    t.kind == TokenKind::Word && (2..=12).contains(&t.span.len()) && is_number_word(t.text(text))
}

/// The most tokens a clause ending in its count may have ("Komoditas yang paling banyak dibeli
/// warga negara tetangga itu ada lima, yakni ...").
const HEADING_CLAUSE_TOKENS: usize = 40;

/// Every count phrase of `toks` that may head a list: a number of at least two followed by
/// one to five words up to the first stop word or punctuation, naming no country or measure.
pub(crate) fn count_phrases(lex: &Lexicon, text: &str, toks: &[Token]) -> Vec<CountPhrase> {
    let mut out = Vec::new();
    // Whether token `j` is a hyphen glued between the token before it and a word after it.
    let hyphen_joins = |j: usize| {
        let glued = |a: usize, b: usize| {
            toks.get(a)
                .zip(toks.get(b))
                .is_some_and(|(x, y)| x.span.end == y.span.start)
        };
        j > 0
            && is_punct(text, toks.get(j), "-")
            && glued(j - 1, j)
            && glued(j, j + 1)
            && toks.get(j + 1).is_some_and(|t| t.kind == TokenKind::Word)
    };
    let mut k = 0;
    while k < toks.len() {
        // "several services, among them A, B and C": an indefinite quantity counts 0, and
        // heads a list only before an introducer.
        let indefinite = || {
            let t = toks
                .get(k)
                .filter(|t| t.kind == TokenKind::Word && lex.may_open_indefinite(t.text(text)))?;
            let h = lex.at(text, t.span.start, text.len())?;
            if h.roles & role::INDEFINITE == 0 {
                return None;
            }
            let last = k + toks[k..].iter().position(|w| w.span.end == h.end)?;
            Some((last, 0))
        };
        let Some((last, mut value)) = number_at(text, toks, k).or_else(indefinite) else {
            k += 1;
            continue;
        };
        // "musim kedua ditetapkan seperti berikut: 1) ...": a number word with a prefix after a
        // noun (not after a stop word, as in "bagi kedua negara") is an ordinal, no count.
        if k > 0
            && toks[k - 1].kind == TokenKind::Word
            && lex.roles_of(text, toks[k - 1].span) & role::STOP == 0
            && crate::lexicon::has_number_prefix(toks[k].text(text))
        {
            k += 1;
            continue;
        }
        // "half a dozen problems": the phrase starts at "half" and counts six.
        let mut start = toks[k].span.start;
        if let Some(h) = crate::lexicon::half_before(text, start) {
            start = h;
            value /= 2;
        }
        let blocked = blocked_before(lex, text, toks, k);
        // "Komoditas yang paling banyak dibeli ada lima, yakni A, B ...", "The reasons are
        // three, namely ...": a count closing its clause before a strong introducer counts the
        // list; the clause is its heading.
        if (2..=30).contains(&value)
            && !blocked
            && is_punct(text, toks.get(last + 1), ",")
            && toks
                .get(last + 2)
                .and_then(|w| lex.at(text, w.span.start, text.len()))
                .is_some_and(|h| h.roles & role::STRONG != 0)
        {
            // The clause's start, read back at most a heading's length (a long line with no
            // stop costs no more than a short one).
            let from = k.saturating_sub(HEADING_CLAUSE_TOKENS);
            let first = toks[from..k]
                .iter()
                .rposition(|t| {
                    t.kind == TokenKind::Break
                        || t.kind == TokenKind::Punct && matches!(t.text(text), "." | "!" | "?" | ";" | ":")
                })
                .map_or(from, |p| from + p + 1);
            if (first > from || from == 0)
                && first < k
                && toks[first..k]
                    .iter()
                    .filter(|t| t.kind == TokenKind::Word)
                    .count()
                    >= 2
            {
                out.push(CountPhrase {
                    span: Span::new(toks[first].span.start, toks[last].span.end),
                    value,
                });
                k = last + 1;
                continue;
            }
        }
        let mut j = last + 1;
        // "a three-point plan:": the count glued to its noun by a hyphen. Such a phrase is as
        // often a measure ("a three-day visit to A, B and C"), so it counts only before a colon
        // or a dash that opens the list.
        // ("a five-point directive", "a three-step plan": a word of a list's parts makes it
        // one wherever it stands.)
        let hyphen_lead = hyphen_joins(j)
            && toks
                .get(j + 1)
                .is_none_or(|w| lex.roles_of(text, w.span) & role::LIST_NOUN == 0);
        if hyphen_joins(j) {
            j += 1;
        } else if toks
            .get(j)
            .is_some_and(|w| w.kind == TokenKind::Word && lex.roles_of(text, w.span) & role::PARTITIVE != 0)
        {
            // "a pair of faults": the noun after the partitive is the counted one.
            j += 1;
        }
        let mut words = 0;
        let mut end = 0;
        let mut excluded = false;
        while words < 5 {
            let Some(w) = toks.get(j) else { break };
            if w.kind != TokenKind::Word || is_number_token(text, w) {
                break;
            }
            let roles = lex.roles_of(text, w.span);
            // A stop word, an ordinal, or a word that introduces a list ("empat bidang iaitu
            // ...") ends the noun phrase.
            if roles & (role::STOP | role::ORDINAL | role::STRONG | role::WEAK | role::COPULA) != 0 {
                break;
            }
            // ... and so does one of several words ("tiga sumber pertumbuhan berasal dari ...").
            if lex
                .at(text, w.span.start, text.len())
                .is_some_and(|h| h.end > w.span.end && h.roles & (role::STRONG | role::WEAK) != 0)
            {
                break;
            }
            if roles & (role::COUNTRY | role::MEASURE) != 0 {
                // Two words on, a unit belongs to another phrase ("Enam komoditas dipantau
                // setiap hari: ..."): the noun phrase ends before it.
                if words >= 2 {
                    break;
                }
                excluded = true;
            }
            words += 1;
            end = w.span.end;
            j += 1;
            // A hyphenated word ("negara-negara", "e-government") is one word.
            while hyphen_joins(j) {
                let n = toks[j + 1];
                if lex.roles_of(text, n.span) & (role::COUNTRY | role::MEASURE) != 0 {
                    excluded = true;
                }
                end = n.span.end;
                j += 2;
            }
        }
        let opens_list = || {
            let p = skip_space(text, end, text.len());
            matches!(char_at(text, p), Some(':' | '\u{2014}' | '\u{2013}'))
                && text.get(..end).is_some_and(|t| t.ends_with(char::is_lowercase))
        };
        // After an indefinite quantity's noun, a comma at most, then the list's introducer (not
        // one of examples: "pelbagai juadah seperti A, B dan C" gives instances).
        let introduced = || {
            let mut p = skip_space(text, end, text.len());
            if char_at(text, p) == Some(',') {
                p = skip_space(text, p + 1, text.len());
            }
            lex.at(text, p, text.len()).is_some_and(|h| {
                h.roles & (role::STRONG | role::PARTIAL) != 0 && h.roles & role::EXAMPLE == 0
            })
        };
        // "tujuh desa, tiga di antaranya A, B, dan C": a count right after the comma and right
        // before a partial introducer counts the items named, of the noun counted before.
        // ("seven villages, three of which were A, B and C".)
        let of_those = k > 0
            && is_punct(text, toks.get(k - 1), ",")
            && toks.get(last + 1).is_some_and(|w| {
                w.kind == TokenKind::Word
                    && lex
                        .at(text, w.span.start, text.len())
                        .is_some_and(|h| h.roles & role::PARTIAL != 0 && h.roles & role::EXAMPLE == 0)
            });
        if of_those && (2..=MAX_STATED).contains(&value) && !blocked {
            out.push(CountPhrase {
                span: Span::new(start, toks[last].span.end),
                value,
            });
            k = last + 1;
            continue;
        }
        if words > 0
            && !excluded
            && !blocked
            && ((2..=MAX_STATED).contains(&value) || value == 0 && introduced())
            && (!hyphen_lead || opens_list())
        {
            out.push(CountPhrase {
                span: Span::new(start, end),
                value,
            });
        }
        k = j.max(k + 1);
    }
    out
}

fn skip_space(text: &str, mut at: usize, end: usize) -> usize {
    while at < end {
        match char_at(text, at) {
            Some(c) if c.is_whitespace() => at += c.len_utf8(),
            _ => break,
        }
    }
    at
}

/// Where the list announced by `cp` starts in `sentence`, and whether its boundaries are certain
/// (after ":" or a strong introducer such as "yaitu", "namely").
/// Words a clause about the counted noun may have between the count and ", yaitu".
const RELATIVE_CLAUSE_WORDS: usize = 10;

fn list_start(
    lex: &Lexicon,
    text: &str,
    toks: &[Token],
    cp: CountPhrase,
    sentence: Span,
) -> Option<(usize, bool)> {
    let end = sentence.end;
    let mut p = skip_space(text, cp.span.end, end);
    if char_at(text, p) == Some(',') {
        p = skip_space(text, p + 1, end);
    }
    if char_at(text, p) == Some(':') {
        return Some((p + 1, true));
    }
    // The items in brackets right after the count: "Three provinces (Riau, Jambi and South
    // Sumatra) reported haze"; kept only when they agree with it ("three men (aged 20 to 30)").
    if char_at(text, p) == Some('(') {
        return Some((p + 1, false));
    }
    // A dash as a colon after a common noun: "four pillars \u{2014} A, B, C and D" (not a
    // dateline's "18 Nov \u{2014} ...").
    let common_noun = cp
        .span
        .slice(text)
        .and_then(|c| c.split_whitespace().last())
        .is_some_and(|w| w.starts_with(char::is_lowercase));
    // (A hyphen set off by spaces too, as a dash typed on a keyboard: "three sites - A, B
    // and C".)
    let spaced_hyphen =
        char_at(text, p) == Some('-') && char_at(text, p + 1).is_some_and(char::is_whitespace);
    if common_noun && let Some(dash @ ('\u{2014}' | '\u{2013}')) = char_at(text, p) {
        return Some((p + dash.len_utf8(), true));
    }
    if common_noun && spaced_hyphen {
        return Some((p + 1, true));
    }
    // An introducer right after the count phrase: "two agreements, including A and B".
    if let Some(h) = lex.at(text, p, end)
        && h.roles & (role::STRONG | role::WEAK) != 0
    {
        let mut q = skip_space(text, h.end, end);
        if char_at(text, q) == Some(':') {
            q += 1;
        }
        return Some((q, h.roles & role::STRONG != 0));
    }
    let rest = text.get(p..end)?;
    // A colon between digits is a clock time's ("04:20"), not a list's.
    // (The marks are ASCII, so any byte equal to one is on a char boundary.)
    let bytes = rest.as_bytes();
    // "two options were discussed \u{2014} A and B \u{2014} but ...": a short clause about the
    // counted noun, then a dash that opens the items as a colon would.
    let first_mark = bytes
        .iter()
        .position(|&b| matches!(b, b',' | b';' | b':'))
        .unwrap_or(bytes.len());
    if common_noun
        && let Some(d) = [" \u{2014} ", " \u{2013} ", " - "]
            .iter()
            .filter_map(|m| rest.find(m).map(|d| (d, m.len())))
            .min()
        && d.0 < first_mark
    {
        let (d, len) = d;
        // (The tokens are in text order: the clause's are found by binary search.)
        let clause = &toks[toks.partition_point(|t| t.span.start < p)..];
        let clause = &clause[..clause.partition_point(|t| t.span.end <= p + d)];
        let words = clause.iter().filter(|t| t.kind == TokenKind::Word).count();
        let numbers = clause.iter().any(|t| t.kind == TokenKind::Number);
        if words <= RELATIVE_CLAUSE_WORDS && !numbers {
            return Some((p + d + len, false));
        }
    }
    let q = p + bytes.iter().enumerate().position(|(i, &b)| match b {
        b',' | b';' => true,
        b':' => !(i > 0 && bytes[i - 1].is_ascii_digit() && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)),
        _ => false,
    })?;
    if char_at(text, q) == Some(':') {
        return Some((q + 1, true));
    }
    // A short clause about the counted noun, then a strong introducer after the comma:
    // "tiga komoditas andalan yang akan didorong, yaitu A, B dan C", "dua kesepakatan di
    // bidang perikanan, yakni A dan B". A clause that counts something else ("volunteers
    // joined two teams, namely ...") has a number of its own and leaves the list to that count.
    let after = skip_space(text, q + 1, end);
    let clause: Vec<&Token> = toks
        .iter()
        .filter(|t| t.span.start >= p && t.span.end <= q && t.kind == TokenKind::Word)
        .collect();
    // ("pada paruh kedua tahun ini": a number word with a prefix after a noun, not after a
    // stop word as in "untuk kedua negara", is an ordinal, which counts nothing.)
    let counts_again = toks
        .iter()
        .enumerate()
        .filter(|(_, t)| t.span.start >= p && t.span.end <= q)
        .any(|(i, t)| {
            // (A year counts nothing: "empat sasaran menjelang tahun 2035, iaitu ...".)
            t.kind == TokenKind::Number && !is_year(t.text(text))
                || crate::lexicon::is_number_word(t.text(text))
                    && !(i > 0
                        && toks[i - 1].kind == TokenKind::Word
                        && lex.roles_of(text, toks[i - 1].span) & role::STOP == 0
                        && crate::lexicon::has_number_prefix(t.text(text)))
        });
    if clause.len() <= RELATIVE_CLAUSE_WORDS
        && !counts_again
        && let Some(h) = lex.at(text, after, end)
        && h.roles & role::STRONG != 0
    {
        let mut r = skip_space(text, h.end, end);
        if char_at(text, r) == Some(':') {
            r += 1;
        }
        return Some((r, true));
    }
    // ... or a weak or partial one, when the items agree with the count: "Tiga maskapai
    // menambah jadwal penerbangan ke Bali, di antaranya A, B dan C".
    if clause.len() <= RELATIVE_CLAUSE_WORDS
        && !counts_again
        && let Some(h) = lex.at(text, after, end)
        && h.roles & (role::WEAK | role::PARTIAL) != 0
    {
        return Some((skip_space(text, h.end, end), false));
    }
    // The last introducing word before the first comma opens the list, within a short clause
    // about the counted noun ("four sessions on A, B and C"; a copula as a weak one: "empat
    // komoditas yang paling banyak diperdagangkan adalah A, B, C dan D"); one further on
    // introduces something else ("the two governments met in Tokyo ... and agreed to hold talks on Dec.
    // 9-10, according to ...").
    // A copula speaks of the counted noun only when no conjunction has opened another clause
    // ("three boats and blocked a vessel that was bringing them fuel, ..." lists nothing).
    let mut found = None;
    let mut joined = false;
    for (n, t) in toks
        .iter()
        .filter(|t| t.span.start >= p && t.span.end <= q && t.kind == TokenKind::Word)
        .enumerate()
    {
        if let Some(h) = lex.at(text, t.span.start, q)
            && h.end < q
        {
            if h.roles & (role::STRONG | role::WEAK) != 0 || h.roles & role::COPULA != 0 && !joined {
                found = Some((h.end, h.roles & role::STRONG != 0, n));
            }
            if h.roles & role::CONJUNCTION != 0 {
                joined = true;
            }
        }
    }
    found
        .filter(|&(_, _, n)| n <= RELATIVE_CLAUSE_WORDS)
        .map(|(at, strong, _)| (at, strong))
}

/// The word tokens of `item`, found by binary search (the tokens are in text order).
fn item_words(toks: &[Token], item: Span) -> impl Iterator<Item = &Token> + Clone {
    let from = toks.partition_point(|t| t.span.start < item.start);
    toks[from..]
        .iter()
        .take_while(move |t| t.span.end <= item.end)
        .filter(|t| t.kind == TokenKind::Word)
}

/// The most words a part of an organisation's portfolio set off by commas may have
/// ("Teknologi dan Inovasi").
const ORG_PART_WORDS: usize = 4;

/// `items` with each part that only holds capitalized words (and a conjunction) joined to the
/// part before it, when that one opens with a word that opens an organisation's name
/// ("Kementerian Sains", "Teknologi dan Inovasi"); `None` when no part joins.
fn merge_org_names(lex: &Lexicon, text: &str, toks: &[Token], items: &[Span]) -> Option<Vec<Span>> {
    // (Perhaps after a word in lower case: "the Ministry of Science".)
    let opens_org = |item: &Span| {
        let mut words = item_words(toks, *item);
        let head = |t: &Token| {
            lex.at(text, t.span.start, item.end)
                .is_some_and(|h| h.roles & role::ORG_HEAD != 0 && h.end < item.end)
        };
        match (words.next(), words.next()) {
            (Some(a), _) if head(a) => true,
            (Some(a), Some(b)) => !crate::text::is_capitalized(a.text(text)) && head(b),
            _ => false,
        }
    };
    // Whether the part is a portfolio's, and then whether a conjunction in it ends the name.
    let portfolio = |item: &Span| {
        let words = || item_words(toks, *item);
        let conjunction = |t: &Token| lex.roles_of(text, t.span) & role::CONJUNCTION != 0;
        let fits = words().count() <= ORG_PART_WORDS
            && words()
                .next()
                .is_some_and(|t| crate::text::is_capitalized(t.text(text)))
            && words().all(|t| {
                lex.roles_of(text, t.span) & role::ORG_HEAD == 0
                    && (crate::text::is_capitalized(t.text(text)) || conjunction(t))
            });
        fits.then(|| words().any(conjunction))
    };
    let mut out: Vec<Span> = Vec::with_capacity(items.len());
    let mut joined = false;
    let mut open = false;
    for item in items {
        match (out.last_mut(), open.then(|| portfolio(item)).flatten()) {
            (Some(last), Some(ends)) => {
                *last = Span::new(last.start, item.end);
                joined = true;
                open = !ends;
            }
            _ => {
                open = opens_org(item);
                out.push(*item);
            }
        }
    }
    joined.then_some(out)
}

/// Splits the last item at its first conjunction ("B dan C" into "B", "C"): at its first
/// major one if it holds one ("B dan B' serta C"), and not at one of alternatives that another
/// conjunction follows ("B atau B' dan C").
fn split_last(lex: &Lexicon, text: &str, toks: &[Token], items: &[Span]) -> Option<Vec<Span>> {
    let last = *items.last()?;
    // The conjunctions inside the last item, read once; not those in brackets ("kaunter
    // fizikal (di pejabat daerah, dewan dan masjid) dan aplikasi").
    let from = toks.partition_point(|t| t.span.start <= last.start);
    // Whether one stands right after a closing bracket, which ends a name ("the Office of Rail
    // and Road (ORR) and the Competition ... Authority"): that one parts the items.
    // (The token the item opens with is not read: an opening mark there counts already.)
    let mut depth = u32::from(text[last.start..].chars().next().map_or(0, group_depth_change) == 1);
    let mut after_bracket = false;
    let hits: Vec<(Span, Hit, bool)> = toks[from..]
        .iter()
        .take_while(|t| t.span.end < last.end)
        .filter_map(|t| {
            let closed = after_bracket;
            after_bracket = false;
            if t.kind == TokenKind::Punct
                && let Some(c) = t.text(text).chars().next()
            {
                match group_depth_change(c) {
                    1 => depth += 1,
                    -1 => {
                        depth = depth.saturating_sub(1);
                        after_bracket = c == ')' && depth == 0;
                    }
                    _ => {}
                }
            }
            (t.kind == TokenKind::Word && depth == 0).then_some((t, closed))
        })
        .filter_map(|(t, closed)| {
            lex.at(text, t.span.start, last.end)
                .filter(|h| h.roles & role::CONJUNCTION != 0 && h.end < last.end)
                .map(|h| (t.span, h, closed))
        })
        .collect();
    let major = hits.iter().any(|(_, h, _)| h.roles & role::MAJOR != 0);
    // Where the last conjunction that joins no alternatives starts.
    let last_plain = hits
        .iter()
        .rev()
        .find(|(_, h, _)| h.roles & role::ALTERNATIVE == 0)
        .map(|(t, _, _)| t.start);
    let fits = |h: &Hit| {
        (!major || h.roles & role::MAJOR != 0)
            && !(h.roles & role::ALTERNATIVE != 0 && last_plain.is_some_and(|p| p >= h.end))
    };
    let (t, h, _) = hits
        .iter()
        .find(|(_, h, closed)| *closed && fits(h))
        .or_else(|| hits.iter().find(|(_, h, _)| fits(h)))?;
    let left = trim_item(lex, text, Span::new(last.start, t.start));
    let right = trim_item(lex, text, Span::new(h.end, last.end));
    if left.is_empty() || right.is_empty() {
        return None;
    }
    let mut out = items[..items.len() - 1].to_vec();
    out.push(left);
    out.push(right);
    Some(out)
}

/// Whether the split of the last item (the last two of `split`, one more than `items`) parts
/// two single words ("research and development").
fn joins_two_words(toks: &[Token], split: &[Span], items: &[Span]) -> bool {
    let words = |s: &Span| {
        let from = toks.partition_point(|t| t.span.start < s.start);
        toks[from..]
            .iter()
            .take_while(|t| t.span.end <= s.end)
            .filter(|t| t.kind == TokenKind::Word)
            .count()
    };
    split.len() == items.len() + 1 && split[split.len() - 2..].iter().all(|s| words(s) <= 1)
}

/// The items of the list `cp` announces in `sentence`, and whether they disagree with its count.
/// Items that each open with the same rank word and their place ("three beaches: No. 1 Pink
/// Beach, No. 2 Tanjung Aan, No. 3 Nihiwatu"), without it; other items as they are.
pub(crate) fn strip_ranks(lex: &Lexicon, text: &str, items: Vec<Span>) -> Vec<Span> {
    let mut word: Option<&str> = None;
    let mut rests = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let Some(h) = lex.at(text, item.start, item.end) else {
            return items;
        };
        let this = text.get(item.start..h.end).unwrap_or("");
        if h.roles & role::NOT_COUNT_BEFORE == 0 || word.is_some_and(|w| !w.eq_ignore_ascii_case(this)) {
            return items;
        }
        word = Some(this);
        let mut p = h.end;
        if char_at(text, p) == Some('.') {
            p += 1;
        }
        let p = skip_space(text, p, item.end);
        let digits = text
            .get(p..item.end)
            .map_or(0, |r| r.bytes().take_while(u8::is_ascii_digit).count());
        let place = text.get(p..p + digits).and_then(|d| d.parse::<usize>().ok());
        let rest = skip_space(text, p + digits, item.end);
        if place != Some(i + 1) || rest == p + digits || rest >= item.end {
            return items;
        }
        rests.push(Span::new(rest, item.end));
    }
    rests
}

pub(crate) fn counted_items(
    lex: &Lexicon,
    page: &Page<'_>,
    toks: &[Token],
    cp: CountPhrase,
    sentence: Span,
) -> Option<(Vec<Span>, bool)> {
    let text = page.text;
    let (start, certain) = list_start(lex, text, toks, cp, sentence)?;
    // "lima program unggulan, antara lain A, B, dan C": some of the five, named.
    let partial = {
        let mut p = skip_space(text, cp.span.end, sentence.end);
        if char_at(text, p) == Some(',') {
            p = skip_space(text, p + 1, sentence.end);
        }
        lex.at(text, p, sentence.end)
            .is_some_and(|h| h.roles & role::PARTIAL != 0)
            // (Or after a clause about the counted noun: "12 inisiatif akan dilaksanakan,
            // antaranya A, B dan C".)
            || {
                let at = toks.partition_point(|t| t.span.start < start);
                let words_end = toks[..at].iter().rev().find(|t| t.kind == TokenKind::Word).map(|t| t.span.end);
                toks[at.saturating_sub(3)..at]
                    .iter()
                    .filter(|t| t.kind == TokenKind::Word && t.span.start >= cp.span.end)
                    .any(|t| {
                        lex.at(text, t.span.start, start)
                            .is_some_and(|h| h.roles & role::PARTIAL != 0 && Some(h.end) == words_end)
                    })
            }
    };
    let end = super::quotation_end(text, Span::new(start, sentence.end)).unwrap_or(sentence.end);
    // A list set off by a dash ends at the next one ("four pillars \u{2014} A, B and C \u{2014} were ...");
    // one in brackets at the closing one.
    let closer: &[char] = if start > 0 && text.get(start - 1..start) == Some("(") {
        &[')']
    } else {
        &['\u{2014}', '\u{2013}']
    };
    // (A dash glued between two words joins them: "Kota Kinabalu-Zamboanga" with an en dash.)
    let end = text
        .get(start..end)
        .and_then(|r| {
            r.match_indices(closer)
                .find(|&(d, _)| closer == [')'] || r[..d].ends_with(char::is_whitespace))
                .map(|(d, _)| d)
        })
        .map_or(end, |d| start + d);
    let region = trim_item(lex, text, Span::new(start, end));
    let body = region.slice(text)?;
    if body.is_empty() {
        return None;
    }
    let sep = if body.contains(';') { ';' } else { ',' };
    let mut items = Vec::new();
    let mut closed = false;
    let mut from = region.start;
    // A comma inside a number ("RM5,000", "2,5 persen") separates no items.
    let in_number = |i: usize| {
        body[..i].ends_with(|c: char| c.is_ascii_digit())
            && body[i + 1..].starts_with(|c: char| c.is_ascii_digit())
    };
    // Nor does one in brackets ("kaunter fizikal (di pejabat daerah, dewan dan masjid)") or
    // in curly quotes ("\u{201c}Nine Bells, One River\u{201d}").
    let mut depth = 0u32;
    let cuts = body
        .char_indices()
        .filter(|&(i, c)| {
            match group_depth_change(c) {
                1 => depth += 1,
                -1 => depth = depth.saturating_sub(1),
                _ => {}
            }
            c == sep && depth == 0 && !in_number(i)
        })
        .map(|(i, _)| region.start + i)
        .chain(std::iter::once(region.end));
    for cut in cuts {
        let part = Span::new(from, cut).trim(text);
        from = cut + sep.len_utf8();
        if part.is_empty() {
            continue;
        }
        // Whether "and so on" / "dan sebagainya" at `at` ends the part.
        let etcetera_at = |at: usize| {
            lex.at(text, at, part.end).is_some_and(|h| {
                h.roles & role::ETCETERA != 0
                    && text
                        .get(h.end..part.end)
                        .is_some_and(|r| !r.chars().any(char::is_alphanumeric))
            })
        };
        // "..., dan sebagainya", "... and so on": the list ends, naming nothing more.
        if etcetera_at(part.start) {
            closed = true;
            break;
        }
        // "... peanuts and so on": the last item ends before it.
        let etc_inside = part.slice(text).and_then(|p| {
            p.match_indices(' ')
                .map(|(i, _)| part.start + i + 1)
                .find(|&at| etcetera_at(at))
        });
        let part = match etc_inside {
            Some(at) => {
                closed = true;
                Span::new(part.start, at).trim(text)
            }
            None => part,
        };
        let conj = lex
            .at(text, part.start, part.end)
            .filter(|h| h.roles & role::CONJUNCTION != 0 && h.end < part.end);
        let leads_conj = conj.is_some();
        // "..., and will be funded by ...": the conjunction opens a clause, not the last item.
        // So it does after as many items as the count, the last split by a conjunction of its
        // own, when three words or more follow it ("three sectors, namely fisheries, forestry
        // and mining, and take effect on 1 July").
        // (The split item's two parts a word or two each, as a pair of nouns: "restoration of
        // power and telecom links, and emergency medical care" lists five things.)
        let counted_before = |h_end: usize| {
            let n = cp.value as usize;
            n >= 3
                && items.len() + 1 == n
                && crate::text::word_count(text, Span::new(h_end, part.end)) >= 3
                && split_last(lex, text, toks, &items).is_some_and(|v| {
                    v.len() == n && v[n - 2..].iter().all(|s| crate::text::word_count(text, *s) <= 2)
                })
        };
        if let Some(h) = conj
            && (lex
                .at(text, skip_space(text, h.end, part.end), part.end)
                .is_some_and(|a| a.roles & role::CLAUSE != 0)
                || counted_before(h.end))
            && !items.is_empty()
        {
            closed = true;
            break;
        }
        let item = trim_item(lex, text, part);
        if item.is_empty() {
            // "..., a cooking duel and, last but not least, an open-air concert": a phrase that
            // only orders the items stands between two of them.
            let ordering = lex.at(text, part.start, part.end).is_some_and(|h| {
                h.roles & role::SEQUENCE != 0
                    && text
                        .get(h.end..part.end)
                        .is_some_and(|r| r.trim_matches(|c: char| c.is_whitespace() || c == ',').is_empty())
            });
            if ordering {
                continue;
            }
            return None;
        }
        items.push(item);
        if leads_conj || etc_inside.is_some() {
            // The conjunction marks the last item; what follows is another clause.
            closed = true;
            break;
        }
    }
    // "... namely trade and fisheries, she said": a speaker and a verb of saying after the last
    // comma close the sentence, not the list.
    let speaker = |item: &Span| {
        let item_words = || item_words(toks, *item);
        let speech = |t: &Token| {
            lex.at(text, t.span.start, item.end)
                .is_some_and(|h| h.roles & role::SPEECH != 0)
        };
        let words = item_words().take(9).count();
        words <= 3 && item_words().any(speech)
            // (Or a longer subject closed by the verb: "..., the organisers in Kuala Lumpur said.")
            || words <= 8 && item_words().last().is_some_and(|t| t.span.end == item.end && speech(t))
    };
    if !closed && items.len() >= 2 && items.last().is_some_and(speaker) {
        items.pop();
    }
    let n = cp.value as usize;
    // "tiga agensi, iaitu Kementerian Sains, Teknologi dan Inovasi, Majlis Amanah Rakyat dan
    // Lembaga Hasil Dalam Negeri": an organisation's name lists its portfolio with commas. When
    // that reading agrees with the count, the parts are the name's.
    if !closed
        && sep != ';'
        && n >= 2
        && items.len() >= n
        && let Some(merged) = merge_org_names(lex, text, toks, &items)
    {
        if merged.len() == n {
            return Some((merged, false));
        }
        if merged.len() + 1 == n
            && let Some(split) = split_last(lex, text, toks, &merged).filter(|v| v.len() == n)
        {
            return Some((split, false));
        }
    }
    // "three sectors, namely A, B and C, with a combined quota of ...": the part that a
    // conjunction splits into the stated count's last two items closes the list.
    if !closed
        && sep != ';'
        && n >= 2
        && items.len() > n - 1
        && let Some(mut split) = split_last(lex, text, toks, &items[..n - 1]).filter(|v| v.len() == n)
    {
        // "... serta insentif RM300 kepada imam, bilal dan siak masjid": one short part left,
        // joined by a conjunction of its own, goes on the last item (a list inside it).
        if items.len() == n
            && let (Some(rest), Some(last)) = (items.last(), split.last_mut())
        {
            let words: Vec<&Token> = toks
                .iter()
                .filter(|t| t.kind == TokenKind::Word && t.span.start >= rest.start && t.span.end <= rest.end)
                .collect();
            if words.len() <= 4
                && words
                    .iter()
                    .any(|t| lex.roles_of(text, t.span) & role::CONJUNCTION != 0)
            {
                *last = Span::new(last.start, rest.end);
            }
        }
        return Some((split, false));
    }
    let standard = if closed {
        items.clone()
    } else {
        split_last(lex, text, toks, &items).unwrap_or_else(|| items.clone())
    };
    if standard.len() < 2 {
        return None;
    }
    // "four kinds: water pumps, solar lamps and radio sets, as well as cooking stoves": one
    // item short of the count, the item a conjunction splits in two (the nearest the end).
    if standard.len() + 1 == n
        && let Some(split) = (0..standard.len()).rev().find_map(|k| {
            let mut v = split_last(lex, text, toks, &standard[..=k])?;
            v.extend_from_slice(standard.get(k + 1..)?);
            Some(v)
        })
    {
        return Some((split, false));
    }

    // "tiga langkah, yaitu memperluas ..., memperkuat koperasi petani di Dairi, Humbang
    // Hasundutan dan Simalungun, serta membuka ...": more parts than the count, where a part
    // opening with a capitalized word follows one ending with one, is a list of names inside
    // an item; joined, the parts agree with the count.
    if n >= 2 && standard.len() > n {
        let capital_start = |s: &Span| text.get(s.start..s.end).is_some_and(crate::text::is_capitalized);
        let capital_end = |s: &Span| {
            text.get(s.start..s.end)
                .and_then(|t| t.split_whitespace().next_back())
                .is_some_and(crate::text::is_capitalized)
        };
        let mut joined: Vec<Span> = Vec::with_capacity(standard.len());
        for it in &standard {
            match joined.last_mut() {
                Some(prev) if capital_start(it) && capital_end(prev) => *prev = Span::new(prev.start, it.end),
                _ => joined.push(*it),
            }
        }
        if joined.len() == n {
            return Some((joined, false));
        }
    }

    // No count ("several services, among them A, B and C"): three items or more, the last
    // after a conjunction.
    // (Closed by "and C" after a comma, or a last part that a conjunction splits in two.)
    let conjoined = closed || standard.len() > items.len();
    if n == 0 && conjoined && (certain || partial) && standard.len() >= 3 {
        return Some((standard, false));
    }
    if standard.len() == n {
        Some((standard, false))
    } else if certain && !closed && items.len() == n && n >= 2 && joins_two_words(toks, &standard, &items) {
        // "three areas: trade, health, research and development": the count tells that the
        // last "and" joins words of one item, when it joins two single words; between longer
        // parts ("bad weather, a shortage of pilots and the late delivery of parts") it joins
        // items, and the count is the writer's slip.
        Some((items, false))
    } else if certain || partial && standard.len() < n && standard.len() >= 3 {
        // (Two named of many, "18 perusahaan, termasuk A dan B", are examples, not a list.)
        Some((standard, true))
    } else {
        None
    }
}

/// The most words an item of a list written before its count may have ("Noise, dust and
/// traffic were the three complaints"): the list opens the sentence, so a longer part is a
/// clause.
const ITEM_BEFORE_WORDS: usize = 6;

/// The items of a list written before the count that names it, from the sentence's start to
/// a copula or a dash right before the count (an article or relative word between them):
/// "Noise, dust and traffic were the three complaints ...", "Rice, sugar, oil and eggs
/// \u{2014} the four staples ... \u{2014} rose". As many items as the count, each short, the
/// last after a conjunction, a comma among them; else none.
pub(crate) fn items_before(
    lex: &Lexicon,
    text: &str,
    toks: &[Token],
    cp: CountPhrase,
    sentence: Span,
) -> Option<Vec<Span>> {
    let at = toks.partition_point(|t| t.span.start < cp.span.start);
    let mut k = at.checked_sub(1)?;
    let role_of = |t: &Token| {
        lex.at(text, t.span.start, t.span.end)
            .filter(|h| h.end == t.span.end)
            .map_or(0, |h| h.roles)
    };
    // "the", "yang": a connective word that joins nothing here; "these" points back to the
    // items.
    if toks[k].kind == TokenKind::Word
        && (role_of(&toks[k]) & (role::CONNECTIVE | role::CONJUNCTION) == role::CONNECTIVE
            || role_of(&toks[k]) & role::DEMONSTRATIVE != 0)
    {
        k = k.checked_sub(1)?;
    }
    let joiner = toks.get(k)?;
    let joins = match joiner.kind {
        TokenKind::Word => role_of(joiner) & (role::COPULA | role::STRONG) == role::COPULA,
        TokenKind::Punct => matches!(joiner.text(text), "\u{2014}" | "\u{2013}"),
        _ => false,
    };
    if !joins || joiner.span.start <= sentence.start {
        return None;
    }
    let mut region = trim_item(lex, text, Span::new(sentence.start, joiner.span.start));
    // "A, B and C \u{2014} these were the three ...": a word that points back, after a spaced
    // dash, is the clause's subject, no part of the last item.
    if let Some(d) = region.slice(text)?.rfind(['\u{2014}', '\u{2013}'])
        && text[region.start..region.start + d].ends_with(char::is_whitespace)
        && text[region.start + d..region.end].split_whitespace().count() <= 2
    {
        region = trim_item(lex, text, Span::new(region.start, region.start + d));
    }
    // So is one after a colon: "Wider pavements, new benches and more trees: those are the
    // three changes ...".
    if let Some(c) = region.slice(text)?.rfind(':')
        && text[region.start + c + 1..region.end].split_whitespace().count() <= 2
    {
        region = trim_item(lex, text, Span::new(region.start, region.start + c));
    }
    let body = region.slice(text)?;
    let sep = if body.contains(';') { ';' } else { ',' };
    let mut items = Vec::new();
    let mut from = region.start;
    for cut in body
        .match_indices(sep)
        .map(|(i, _)| region.start + i)
        .chain(std::iter::once(region.end))
    {
        let item = trim_item(lex, text, Span::new(from, cut));
        from = cut + sep.len_utf8();
        if item.is_empty() {
            return None;
        }
        items.push(item);
    }
    // A pair without a comma ("The ministers of trade and finance were the two ...") is
    // too often one noun phrase.
    if items.len() < 2 {
        return None;
    }
    let n = cp.value as usize;
    // With a comma before the conjunction ("A, B, and C") the parts are the items; without,
    // the last part holds two.
    let closed = {
        let gap_start = items[items.len() - 2].end;
        let last = *items.last()?;
        toks[toks.partition_point(|t| t.span.start < gap_start)..]
            .iter()
            .take_while(|t| t.span.end <= last.start)
            .any(|t| t.kind == TokenKind::Word && role_of(t) & role::CONJUNCTION != 0)
    };
    let items = if closed {
        items
    } else {
        split_last(lex, text, toks, &items)?
    };
    let short = items
        .iter()
        .all(|i| crate::text::word_count(text, *i) <= ITEM_BEFORE_WORDS);
    (n >= 2 && items.len() == n && short).then_some(items)
}

/// Whether `w` is a year of four digits (1900 to 2100), which counts nothing.
fn is_year(w: &str) -> bool {
    w.len() == 4
        && w.bytes().all(|b| b.is_ascii_digit())
        && w.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y))
}
