//! Item markers: labels ("1)", "2.", "(3)", "a)", "ii."), bullets and ordinal words at a
//! sentence start ("Pertama, ...", "Topik kedua ...", "Finally, ..."), and the runs they form.

use super::words::{LAST, Lexicon, NEXT, role};
use crate::Span;
use crate::lexicon::is_number_word;
use crate::text::{Token, TokenKind};

/// What a label is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Family {
    Digit,
    Lower,
    Upper,
    RomanLower,
    RomanUpper,
}

/// How a label is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    /// "(1)"
    Paren,
    /// "1)"
    Close,
    /// "1."
    Dot,
    /// "Step 1:", "Langkah 2." at a line's start
    Step,
    /// "①"
    Circled,
    /// "#1"
    Hash,
    /// "1/" at a line's start
    Slash,
    /// "1st:" at a line's start
    Ordinal,
}

/// The kind of a marker; a run is made of markers of one style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Style {
    Label(Family, Form),
    Bullet(char),
    Ordinal,
}

/// One marker: its style, its position in the list, and where it and its item start.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Marker {
    pub style: Style,
    /// 1-based position; `LAST` for "Finally", `NEXT` for "next,"; 0 for bullets.
    pub value: u32,
    /// Start of the marker (or of the words before an ordinal: "Topik pertama").
    pub start: usize,
    /// End of the marker: the item starts here.
    pub end: usize,
    /// Index of the segment.
    pub seg: usize,
    /// Whether it starts its segment or line.
    pub line_start: bool,
    /// An ordinal after a noun with neither a comma nor a copula after it ("Proyek pertama
    /// digarap ..."): it may describe rather than list, so a run of such markers needs a count
    /// announcing it.
    pub bare: bool,
}

fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '\u{2022}'
            | '\u{25cf}'
            | '\u{25aa}'
            | '\u{25e6}'
            | '\u{2023}'
            | '\u{00b7}'
            | '\u{25a0}'
            | '\u{25ba}'
            | '\u{27a2}'
            | '\u{2043}'
            | '-'
            | '*'
            | '+'
            | '\u{2013}'
            | '\u{2014}'
            | '\u{2192}'
            | '\u{2610}'
            | '\u{2611}'
            | '\u{2612}'
            | '\u{2713}'
            | '\u{2714}'
            | '\u{25b8}'
            | '\u{25b6}'
            | '\u{25c6}'
            | '\u{25cb}'
            | '\u{2756}'
            | '\u{2726}'
            | '\u{00bb}'
            | '\u{25fe}'
            | '\u{2717}'
            | '\u{2718}'
            // Emoji bullets: check marks, crosses, pointing hands, arrows, small diamonds, pins.
            | '\u{2705}'
            | '\u{274c}'
            | '\u{274e}'
            | '\u{27a1}'
            | '\u{1f449}'
            | '\u{1f539}'
            | '\u{1f538}'
            | '\u{1f4cc}'
            | '\u{1f53a}'
            | '\u{1f53b}'
    )
}

/// The value of an ordinal in figures ("1st" is 1, "22nd" 22).
fn ordinal_figure(word: &str) -> Option<u32> {
    crate::lexicon::ordinal_in_figures(word, &["st", "nd", "rd", "th"])
}

/// The value of a circled number ("①" is 1, "⑳" 20).
fn circled_value(c: char) -> Option<u32> {
    ('\u{2460}'..='\u{2473}')
        .contains(&c)
        .then(|| c as u32 - 0x2460 + 1)
}

/// Bullets that may also stand inside a line ("• A • B"); dashes, stars, the middle dot (a
/// byline separator: "Kompas.com · 11/09/2019") and "»" (a breadcrumb's: "Home » News") may not.
fn is_inline_bullet(c: char) -> bool {
    is_bullet(c)
        && !matches!(
            c,
            '-' | '*' | '+' | '\u{2013}' | '\u{2014}' | '\u{00b7}' | '\u{00bb}'
        )
}

/// Whether the word `t` is a step word of the word list ("Step", "Langkah").
fn roles_at_step(lex: &Lexicon, text: &str, t: &Token) -> bool {
    lex.roles_of(text, t.span) & role::STEP != 0
}

fn roman_value(s: &str) -> Option<u32> {
    const ROMANS: [&str; 12] = [
        "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii",
    ];
    let lower = s.len() <= 4 && s.bytes().all(|b| matches!(b, b'i' | b'v' | b'x'));
    let upper = s.len() <= 4 && s.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'));
    if !(lower || upper) {
        return None;
    }
    ROMANS
        .iter()
        .position(|r| r.eq_ignore_ascii_case(s))
        .map(|i| i as u32 + 1)
}

/// The label families and values a token can stand for ("i" is a letter and a roman numeral).
fn labels(text: &str, t: &Token) -> Vec<(Family, u32)> {
    let s = t.text(text);
    let mut out = Vec::new();
    match t.kind {
        TokenKind::Number => {
            if let Ok(v) = s.parse::<u32>()
                && (1..=50).contains(&v)
                && s.len() <= 2
            {
                out.push((Family::Digit, v));
            }
        }
        TokenKind::Word => {
            let b = s.as_bytes();
            if b.len() == 1 {
                if b[0].is_ascii_lowercase() {
                    out.push((Family::Lower, u32::from(b[0] - b'a') + 1));
                } else if b[0].is_ascii_uppercase() {
                    out.push((Family::Upper, u32::from(b[0] - b'A') + 1));
                }
            }
            if let Some(v) = roman_value(s) {
                let upper = b.first().is_some_and(u8::is_ascii_uppercase);
                out.push((
                    if upper {
                        Family::RomanUpper
                    } else {
                        Family::RomanLower
                    },
                    v,
                ));
            }
        }
        _ => {}
    }
    out
}

fn punct_is(text: &str, t: Option<&Token>, s: &str) -> bool {
    t.is_some_and(|t| t.kind == TokenKind::Punct && t.text(text) == s)
}

fn space_after(text: &str, at: usize) -> bool {
    text.get(at..)
        .and_then(|s| s.chars().next())
        .is_some_and(char::is_whitespace)
}

/// Whether a label may start at `at`: at the segment's start, or after white space or a
/// separator (": 1)", "; 2)").
fn label_may_start(text: &str, seg: Span, at: usize) -> bool {
    if at <= seg.start {
        return true;
    }
    text.get(..at)
        .and_then(|s| s.chars().next_back())
        .is_some_and(|c| c.is_whitespace() || matches!(c, ':' | ';' | ',' | '"' | '\u{201c}'))
}

fn is_opening_quote(s: &str) -> bool {
    matches!(s, "\"" | "\u{201c}" | "'" | "\u{2018}" | "(")
}

/// Whether token `k` starts a sentence: first of its segment or line, or after ".", "!", "?"
/// (and opening quotes).
fn at_sentence_start(text: &str, toks: &[Token], k: usize) -> bool {
    let mut i = k;
    while i > 0 {
        let p = toks[i - 1];
        match p.kind {
            TokenKind::Break => return true,
            TokenKind::Punct => {
                let s = p.text(text);
                if matches!(s, "." | "!" | "?") {
                    return true;
                }
                if is_opening_quote(s) || matches!(s, "\u{201d}" | "\u{2019}") {
                    i -= 1;
                    continue;
                }
                return false;
            }
            _ => return false,
        }
    }
    true
}

/// Whether the word before token `k` forbids a count or label there ("Pasal 1", "No. 3",
/// "Rp 5"); a full stop after the word is skipped.
pub(crate) fn blocked_before(lex: &Lexicon, text: &str, toks: &[Token], k: usize) -> bool {
    let mut i = k;
    while i > 0 {
        let p = toks[i - 1];
        if p.kind == TokenKind::Break {
            return false;
        }
        if punct_is(text, Some(&p), ".") && i == k {
            i -= 1;
            continue;
        }
        // "Article 3 (1) and (2)": a sub-clause after a numbered section.
        if p.kind == TokenKind::Number
            && i >= 2
            && lex.roles_of(text, toks[i - 2].span) & role::NOT_COUNT_BEFORE != 0
        {
            return true;
        }
        return lex.roles_of(text, p.span) & role::NOT_COUNT_BEFORE != 0;
    }
    false
}

/// Finds the markers of one segment.
pub(crate) fn find_markers(
    lex: &Lexicon,
    text: &str,
    seg: Span,
    seg_index: usize,
    toks: &[Token],
) -> Vec<Marker> {
    let mut out = Vec::new();
    // The word list's roles of the word before, read once per word in lower case: inside a
    // sentence the ordinals, conjunctions and introducers read with them are (a capitalized
    // ordinal opens a sentence and is read there).
    let mut prev_roles = 0u32;
    for (k, t) in toks.iter().enumerate() {
        let lower = t.kind == TokenKind::Word
            && text
                .as_bytes()
                .get(t.span.start)
                .is_some_and(u8::is_ascii_lowercase);
        let roles = if lower { lex.inline_roles(t.text(text)) } else { 0 };
        let before = std::mem::replace(&mut prev_roles, roles);
        let line_start = k == 0 || toks[k - 1].kind == TokenKind::Break;
        let mut push = |style, value, start, end, bare| {
            out.push(Marker {
                style,
                value,
                start,
                end,
                seg: seg_index,
                line_start,
                bare,
            })
        };
        // "① fill in the form": a circled number opening a line.
        if line_start
            && let Some(v) = t.text(text).chars().next().and_then(circled_value)
            && space_after(text, t.span.start + 3)
        {
            push(
                Style::Label(Family::Digit, Form::Circled),
                v,
                t.span.start,
                t.span.start + 3,
                false,
            );
            continue;
        }
        // "Step 1: loosen the nuts", "Langkah 2. Isi formulir": a step word and a number or a
        // letter opening a line, then a colon or a full stop.
        // ("Opsi A: ... Opsi B: ...": a step word may open a sentence inside a line too.)
        if (line_start || at_sentence_start(text, toks, k))
            && t.kind == TokenKind::Word
            && roles_at_step(lex, text, t)
            && let (Some(n), Some(p)) = (toks.get(k + 1), toks.get(k + 2))
            && matches!(n.kind, TokenKind::Number | TokenKind::Word)
            && (punct_is(text, Some(p), ":")
                || punct_is(text, Some(p), ".")
                // "Butir 1 \u{2013} jam bongkar muat dibatasi": a dash after it at a line's start.
                || line_start && ["-", "\u{2013}", "\u{2014}"].iter().any(|d| punct_is(text, Some(p), d)))
            // "Stage II:": the number may be a Roman one.
            // ("Phase I" is a Roman one before it is a letter.)
            && let Some((family, v)) = {
                let all = labels(text, n);
                let first = |want: &[Family]| all.iter().copied().find(|(f, _)| want.contains(f));
                first(&[Family::Digit, Family::RomanUpper]).or_else(|| first(&[Family::Upper]))
            }
        {
            push(
                Style::Label(family, Form::Step),
                v,
                t.span.start,
                p.span.end,
                false,
            );
            continue;
        }
        // "#1 shoes off indoors, #2 no smoking": a hash glued to a number, then a space.
        if punct_is(text, Some(t), "#")
            && let Some(n) = toks.get(k + 1)
            && n.kind == TokenKind::Number
            && n.span.start == t.span.end
            && space_after(text, n.span.end)
            && label_may_start(text, seg, t.span.start)
            && let Some((Family::Digit, v)) = labels(text, n).first().copied()
        {
            push(
                Style::Label(Family::Digit, Form::Hash),
                v,
                t.span.start,
                n.span.end,
                false,
            );
            continue;
        }
        // "1st: Team Alor", "2nd: Team Rote": an ordinal in figures opening a line, then a colon.
        if line_start
            && t.kind == TokenKind::Word
            && let Some(v) = ordinal_figure(t.text(text))
            && let Some(c) = toks.get(k + 1).filter(|c| punct_is(text, Some(c), ":"))
            && space_after(text, c.span.end)
        {
            push(
                Style::Label(Family::Digit, Form::Ordinal),
                v,
                t.span.start,
                c.span.end,
                false,
            );
            continue;
        }
        if t.kind == TokenKind::Punct {
            // An emoji's variation selector ("\u{2714}\u{fe0f}") belongs to the bullet.
            let end = if text.get(t.span.end..).is_some_and(|r| r.starts_with('\u{fe0f}')) {
                t.span.end + '\u{fe0f}'.len_utf8()
            } else {
                t.span.end
            };
            if let Some(c) = t.text(text).chars().next()
                && is_bullet(c)
                && space_after(text, end)
                && (line_start || (is_inline_bullet(c) && label_may_start(text, seg, t.span.start)))
            {
                push(Style::Bullet(c), 0, t.span.start, end, false);
            }
            continue;
        }
        if t.kind == TokenKind::Word
            && let Some(m) = ordinal_marker(lex, text, toks, k, [before, roles])
        {
            push(Style::Ordinal, m.value, m.start, m.end, m.bare);
        }
        let prev = if k > 0 { toks.get(k - 1) } else { None };
        let next = toks.get(k + 1);
        let adjacent_next = next.is_some_and(|n| n.span.start == t.span.end);
        let (form, start, end) = if punct_is(text, prev, "(")
            && prev.is_some_and(|p| p.span.end == t.span.start)
            && punct_is(text, next, ")")
            && adjacent_next
        {
            let (Some(p), Some(n)) = (prev, next) else {
                continue;
            };
            (Form::Paren, p.span.start, n.span.end)
        } else if punct_is(text, next, ")") && adjacent_next {
            let Some(n) = next else { continue };
            (Form::Close, t.span.start, n.span.end)
        } else if punct_is(text, next, ".") && adjacent_next {
            let Some(n) = next else { continue };
            // "1. Item", not "1.000" nor "1.Item" nor a number ending a sentence before another.
            let after = text.get(n.span.end..).unwrap_or("");
            let first = after.trim_start().chars().next();
            if !space_after(text, n.span.end) || first.is_none_or(|c| c.is_ascii_digit()) {
                continue;
            }
            (Form::Dot, t.span.start, n.span.end)
        } else if line_start && punct_is(text, next, "/") && adjacent_next {
            // "1/ children ride free": a slash after a number opening a line, then a space (not
            // "16/11").
            let Some(n) = next else { continue };
            if !space_after(text, n.span.end) {
                continue;
            }
            (Form::Slash, t.span.start, n.span.end)
        } else {
            continue;
        };
        if !label_may_start(text, seg, start) {
            continue;
        }
        // "Pasal 1", "ayat (2)", "Rp 3."
        let first = toks[..k]
            .iter()
            .rposition(|p| p.span.end <= start)
            .map_or(k, |i| i + 1);
        if blocked_before(lex, text, toks, first) {
            continue;
        }
        for (family, value) in labels(text, t) {
            let allowed = match (family, form) {
                // "A. Rahman" is an initial inside a line; "I." may be the pronoun. Opening a
                // line, they are labels (a run needs "B." and on after them).
                (Family::Upper | Family::RomanUpper, Form::Dot) => line_start,
                _ => true,
            };
            if allowed {
                push(Style::Label(family, form), value, start, end, false);
            }
        }
    }
    out
}

/// The ordinal phrase at token `k` ("Kedua", "pertama-tama", "first of all"): its position and
/// the index of its last token.
fn ordinal_at(lex: &Lexicon, text: &str, toks: &[Token], k: usize) -> Option<(u32, usize)> {
    let t = toks.get(k)?;
    if t.kind != TokenKind::Word {
        return None;
    }
    let limit = toks.get(k..toks.len().min(k + 6))?.last()?.span.end;
    let hit = lex.at(text, t.span.start, limit)?;
    if hit.roles & role::ORDINAL == 0 {
        return None;
    }
    let last = (k..toks.len().min(k + 6)).find(|&j| toks[j].span.end == hit.end)?;
    Some((hit.value, last))
}

/// Where the item starts after the ordinal ending at token `last`: after "," or ":", or after a
/// copula ("adalah", "is") and its own ":" or ","; `plain` also accepts any other word but a
/// country or measure noun ("Topik pertama membahas ...", not "Kedua negara ...").
/// Where the item after an ordinal ending at token `last` starts, and whether nothing but the
/// next word marks it (no comma, colon or copula: "Proyek pertama digarap ...").
fn item_start(lex: &Lexicon, text: &str, toks: &[Token], last: usize, plain: bool) -> Option<(usize, bool)> {
    let after = toks.get(last + 1)?;
    match after.kind {
        TokenKind::Punct if matches!(after.text(text), "," | ":") => Some((after.span.end, false)),
        TokenKind::Word => {
            let roles = lex.roles_of(text, after.span);
            if roles & role::COPULA != 0 {
                match toks.get(last + 2) {
                    Some(c) if punct_is(text, Some(c), ":") || punct_is(text, Some(c), ",") => {
                        Some((c.span.end, false))
                    }
                    _ => Some((after.span.end, false)),
                }
            } else if plain && roles & (role::COUNTRY | role::MEASURE | role::DEMONSTRATIVE) == 0 {
                // "Isu terakhir yang dibahas adalah X": the item is what the copula introduces.
                let copula = (last + 2..toks.len().min(last + 5)).find(|&j| {
                    toks[j].kind == TokenKind::Word && lex.roles_of(text, toks[j].span) & role::COPULA != 0
                });
                match copula {
                    Some(j) if toks[last + 1..j].iter().all(|w| w.kind == TokenKind::Word) => {
                        match toks.get(j + 1) {
                            Some(c) if punct_is(text, Some(c), ":") || punct_is(text, Some(c), ",") => {
                                Some((c.span.end, false))
                            }
                            _ => Some((toks[j].span.end, false)),
                        }
                    }
                    _ => Some((toks.get(last)?.span.end, true)),
                }
            } else {
                None
            }
        }
        _ => None,
    }
}

/// An ordinal marker: its position, where it starts and ends, and whether it is bare (see
/// [`Marker::bare`]).
struct Ordinal {
    value: u32,
    start: usize,
    end: usize,
    bare: bool,
}

/// An ordinal that opens an item at token `k`.
///
/// Forms: "Pertama, ..." / "First: ..." / "Pertama adalah ..." at a sentence start, "pertama,"
/// after ";" or ":"; and one or two words before the ordinal at a sentence start ("Topik
/// pertama adalah ...", "Kemudian ketiga, ...", "Isu terakhir ...").
/// `roles` are the word list's roles of the word before `k` and of `k` (0 for no word).
fn ordinal_marker(lex: &Lexicon, text: &str, toks: &[Token], k: usize, roles: [u32; 2]) -> Option<Ordinal> {
    let [before, here] = roles;
    let t = toks.get(k)?;
    // The marker from `t` to the ordinal ending at token `last`.
    let marker = |value: u32, last: usize, plain: bool| {
        let (end, bare) = item_start(lex, text, toks, last, plain)?;
        Some(Ordinal {
            value,
            start: t.span.start,
            end,
            bare,
        })
    };
    let sentence_start = at_sentence_start(text, toks, k);
    let after_separator =
        k > 0 && (punct_is(text, toks.get(k - 1), ";") || punct_is(text, toks.get(k - 1), ":"));
    // Only where a marker may stand is the word list consulted: most words stand mid-clause.
    // (An ordinal mid-clause is no marker, and no ordinal is also a conjunction, so skipping it
    // there changes nothing below.)
    if (sentence_start || after_separator)
        && let Some((value, last)) = ordinal_at(lex, text, toks, k)
    {
        return marker(value, last, false);
    }
    // "first, X; next, Y; finally, Z", "Pertama, X. Kemudian, Y. Terakhir, Z": a word that
    // orders items, then a comma, stands for the place after the marker before it.
    if (sentence_start || after_separator)
        && let Some(h) = lex.at(
            text,
            t.span.start,
            toks.get(k + 3).map_or(t.span.end, |w| w.span.end),
        )
        && h.roles & role::SEQUENCE != 0
        && h.roles & role::ORDINAL == 0
        && let Some(last) = (k..toks.len().min(k + 4)).find(|&j| toks[j].span.end == h.end)
        && punct_is(text, toks.get(last + 1), ",")
    {
        return marker(NEXT, last, false);
    }
    // "tiga perkara, pertama X, kedua Y dan ketiga Z", "tiga hal, yaitu pertama X, ...":
    // ordinals inside one sentence after a comma or a list's introducer open their items with
    // no comma of their own (a run needs them in order from the first, so a lone "first"
    // there opens nothing).
    let after_comma = |k: usize| k > 0 && punct_is(text, toks.get(k - 1), ",");
    if here & role::ORDINAL != 0
        && (after_comma(k) || before & role::STRONG != 0)
        && let Some((value, last)) = ordinal_at(lex, text, toks, k)
    {
        return marker(value, last, true);
    }
    // "...; and third, ...", "..., dan ketiga, ...": the last item joined by a conjunction;
    // "... dan ketiga Z" inside a sentence too (it only goes on a run already open).
    let after_mark = k > 0 && [";", ":", ","].iter().any(|p| punct_is(text, toks.get(k - 1), p));
    // Without a mark before it, only a conjunction right before an ordinal word is read on.
    let ordinal_next = || {
        toks.get(k + 1)
            .is_some_and(|n| lex.inline_roles(n.text(text)) & role::ORDINAL != 0)
    };
    // After a mark, a capitalized conjunction too ("...; And third, ...").
    let joining = if after_mark && here == 0 {
        lex.roles_of(text, t.span)
    } else {
        here
    };
    let joined = after_mark && joining & (role::CONJUNCTION | role::CONNECTIVE) != 0
        || here & role::CONJUNCTION != 0 && ordinal_next();
    if joined && let Some((value, last)) = ordinal_at(lex, text, toks, k + 1) {
        // Without its comma only after ordinals inside the same sentence ("..., kedua Y dan
        // ketiga Z"), not after ones opening sentences ("Second, ..., and third parties").
        const SENTENCE_REACH: usize = 60;
        let inline_before = (k.saturating_sub(SENTENCE_REACH)..k)
            .rev()
            .take_while(|&j| {
                let end = toks[j].kind == TokenKind::Break
                    || toks[j].kind == TokenKind::Punct && matches!(toks[j].text(text), "." | "!" | "?");
                !end
            })
            .any(|j| {
                let strong_before = j > 0 && lex.roles_of(text, toks[j - 1].span) & role::STRONG != 0;
                (after_comma(j) || strong_before) && ordinal_at(lex, text, toks, j).is_some()
            });
        let conjunction = here & role::CONJUNCTION != 0;
        return marker(value, last, conjunction && inline_before);
    }
    if !sentence_start {
        return None;
    }
    for p in 1..=2 {
        let w = toks.get(k + p - 1)?;
        let roles = lex.roles_of(text, w.span);
        let word_ok = w.kind == TokenKind::Word
            && (roles & role::STOP == 0 || roles & role::CONNECTIVE != 0)
            && roles & role::ORDINAL == 0
            && !is_number_word(w.text(text));
        if !word_ok {
            return None;
        }
        if let Some((value, last)) = ordinal_at(lex, text, toks, k + p) {
            return marker(value, last, true);
        }
    }
    None
}

/// Whether `next` continues a run whose last marker is `last`.
pub(crate) fn follows(last: &Marker, next: &Marker) -> bool {
    if last.style != next.style || last.value == LAST {
        return false;
    }
    match last.style {
        Style::Bullet(_) => true,
        Style::Ordinal => next.value == last.value + 1 || next.value == LAST || next.value == NEXT,
        Style::Label(..) => next.value == last.value + 1,
    }
}
