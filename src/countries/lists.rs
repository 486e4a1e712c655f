//! Country lists: coordinated runs of names, the groups they hold and the count that
//! announces them.

use super::tables::{Role, Tables};
use super::{CountryList, Item, What};
use crate::Span;
use crate::lexicon::{is_number_word, number_value};
use crate::text::{TokenKind, sentences, tokenize, tokenize_span};

/// Fewest country names a list has.
const MIN_COUNTRIES: usize = 3;
/// Most words between a country noun and the list it announces ("countries in the Pacific
/// region: ...").
const MAX_AFTER_NOUN: usize = 8;
/// Most words between a country noun with its count and the connector of the list it counts,
/// in one clause with no stop but a comma ("Seven countries have so far signed the Jakarta
/// Declaration on Grain Reserves, including ...").
const MAX_CLAUSE_AFTER_NOUN: usize = 12;
/// Most words between the number and the noun ("10 ASEAN member states").
const MAX_BEFORE_NOUN: usize = 3;
/// Most bytes between a group and the list it joins ("ASEAN plus Japan, ...").
const MAX_JOIN: usize = 80;
/// Most bytes between two names of one list: a separator of a few words ("as well as", ",
/// dan juga"), an article, bullets and line breaks.
const MAX_SEPARATOR: usize = 64;
/// The largest count a list of countries can state.
const MAX_COUNT: u32 = 260;

/// An item with what its parenthesis adds ("Amerika Serikat (AS)").
#[derive(Debug, Clone, Copy)]
struct Unit {
    item: Item,
    /// End of the name or of its parenthesis.
    end: usize,
}

/// The lists of `items` (found in `segments` of `text`, in text order).
pub(super) fn find(text: &str, segments: &[Span], items: &[Item], tables: &Tables) -> Vec<CountryList> {
    let units = units(text, segments, items);
    let mut lists = Vec::new();
    let mut sentences_of = SentenceCache::default();
    let mut k = 0;
    while k < units.len() {
        // The word right before the run's first name ("singgah di Kenya, ..."): repeated after
        // the last separator, it opens the next item too ("..., serta di Afrika Selatan").
        // (Read within a few bytes before the name: a text without spaces costs no more.)
        let start = units[k].item.span.start;
        let mut from = start.saturating_sub(MAX_SEPARATOR);
        while !text.is_char_boundary(from) {
            from -= 1;
        }
        let lead_word = text
            .get(from..start)
            .and_then(|b| {
                let b = b.trim_end();
                match b.rsplit_once(char::is_whitespace) {
                    Some((_, w)) => Some(w),
                    // (The text's first word, or none read whole within the bytes.)
                    None => (from == 0).then_some(b),
                }
            })
            .filter(|w| !w.is_empty() && w.chars().all(char::is_alphabetic));
        let mut end = k + 1;
        while end < units.len()
            && (separated(text, segments, &units[end - 1], &units[end], tables)
                || units[end - 1].item.segment == units[end].item.segment
                    && lead_word.is_some_and(|w| {
                        text.get(units[end - 1].end..units[end].item.span.start)
                            .and_then(|gap| gap.trim_end().strip_suffix(w))
                            .is_some_and(|gap| {
                                gap.ends_with(char::is_whitespace)
                                    && gap.trim() != ","
                                    && is_separator(gap, tables)
                            })
                    }))
        {
            end += 1;
        }
        let mut run = &units[k..end];
        let countries = run
            .iter()
            .filter(|u| matches!(u.item.what, What::Country(_)))
            .count();
        // Two countries make a list only with the count that says so ("dua negara, yakni A
        // dan B", "A and B, the two countries that ...").
        if countries >= 2 {
            let first = run[0].item;
            let previous_end = lists.last().map_or(0, |l: &CountryList| l.end);
            let lead_span = lead(text, segments, &first, previous_end, &mut sentences_of);
            let stated_count = lead_span
                .and_then(|l| stated_count(text, l, tables, countries))
                .or_else(|| count_after(text, run[run.len() - 1].item.span.end, tables, countries))
                .or_else(|| {
                    count_in_reach(
                        text,
                        segments,
                        &first,
                        previous_end,
                        &mut sentences_of,
                        tables,
                        countries,
                    )
                });
            if countries < MIN_COUNTRIES && stated_count != Some(2) {
                k = end;
                continue;
            }
            // "14 countries, namely A, ..., M and N, as well as O as an observer": a list closed
            // by its conjunction at the stated count ends there; what follows is an addition.
            if let Some(n) = stated_count.map(|n| n as usize)
                && countries > n
                && let Some(at) = run
                    .iter()
                    .enumerate()
                    .filter(|(_, u)| matches!(u.item.what, What::Country(_)))
                    .nth(n.saturating_sub(1))
                    .map(|(i, _)| i)
                && at > 0
                && text
                    .get(run[at - 1].item.span.end..run[at].item.span.start)
                    .is_some_and(|gap| gap.chars().any(char::is_alphabetic))
            {
                run = &run[..=at];
            }
            let codes: Vec<String> = run
                .iter()
                .filter_map(|u| match u.item.what {
                    What::Country(code) => Some(code.to_string()),
                    What::Group(_) => None,
                })
                .collect();
            let last = run[run.len() - 1].item;
            let span = Span::new(first.span.start, last.span.end);
            let mut groups = Vec::new();
            if let Some(g) = k
                .checked_sub(1)
                .and_then(|p| joined_group(text, &units[p], &first, tables))
            {
                groups.push(g);
            }
            groups.extend(run.iter().filter_map(|u| match u.item.what {
                What::Group(g) => Some(g),
                What::Country(_) => None,
            }));
            let groups = groups
                .into_iter()
                .filter_map(|g| tables.groups.get(g).map(|g| g.name.to_string()))
                .collect();
            lists.push(CountryList {
                text: span.slice(text).unwrap_or("").to_string(),
                start: span.start,
                end: span.end,
                stated_count,
                count_mismatch: stated_count.is_some_and(|n| n as usize != codes.len()),
                codes,
                groups,
            });
        }
        k = end;
    }
    lists
}

/// A count of the list's length further from it than a phrase that announces it: "<number>
/// [up to three words] <country noun>" in the list's sentence before it or in the sentence
/// before that ("the four other member countries of the Pacific Islands Forum Fisheries Agency
/// (FFA) - A, B, ...", "Ministers from five Caribbean countries met on Monday. The delegations,
/// from A, B, ..., agreed a plan"). Taken only when it is the list's length, not from a count
/// that points back ("kedua negara", "both countries"), and never from before the previous
/// list.
fn count_in_reach(
    text: &str,
    segments: &[Span],
    first: &Item,
    floor: usize,
    cache: &mut SentenceCache,
    tables: &Tables,
    items: usize,
) -> Option<u32> {
    let start = first.span.start;
    let segment = *segments.get(first.segment)?;
    let sents = cache.of(text, segment);
    let at = sents.partition_point(|s| s.start <= start).checked_sub(1)?;
    let mut from = if at > 0 {
        sents[at - 1].start
    } else if first.segment > 0 {
        let previous = *segments.get(first.segment - 1)?;
        cache.of(text, previous).last().map_or(segment.start, |s| s.start)
    } else {
        segment.start
    };
    from = from.max(floor);
    if from >= start {
        return None;
    }
    let tokens = tokenize_span(text, Span::new(from, start));
    tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| t.kind == TokenKind::Word && tables.is_country_noun(t.text(text)))
        // ("... perdagangan kedua negara naik. ... misi ke A dan B": both countries named
        // before, not the list's two.)
        .filter(|&(i, _)| {
            !i.checked_sub(1)
                .and_then(|p| tokens.get(p))
                .is_some_and(|p| tables.is_one_word(Role::Anaphoric, p.text(text)))
        })
        .filter_map(|(i, _)| count_before(text, &tokens, i, tables))
        .find(|&n| n as usize == items)
}

/// The sentences of the last segment asked for, so that the lists of one long segment split
/// it into sentences once, not once per list.
#[derive(Default)]
struct SentenceCache {
    segment: Option<Span>,
    sentences: Vec<Span>,
}

impl SentenceCache {
    fn of(&mut self, text: &str, segment: Span) -> &[Span] {
        if self.segment != Some(segment) {
            self.sentences = sentences(text, segment);
            self.segment = Some(segment);
        }
        &self.sentences
    }
}

/// The items as units: a short parenthesis after a name that only repeats it ("Amerika
/// Serikat (AS)", "Association of Southeast Asian Nations (Asean)") or holds no name joins it.
fn units(text: &str, segments: &[Span], items: &[Item]) -> Vec<Unit> {
    let mut out = Vec::new();
    let mut k = 0;
    while k < items.len() {
        let item = items[k];
        let mut unit = Unit {
            item,
            end: item.span.end,
        };
        k += 1;
        let Some(segment) = segments.get(item.segment) else {
            out.push(unit);
            continue;
        };
        let tail = text.get(item.span.end..segment.end).unwrap_or("");
        let rest = tail.trim_start_matches([' ', '\t']);
        if let Some(inner) = rest.strip_prefix('(') {
            let open = item.span.end + (tail.len() - rest.len());
            // The first ")" within 60 bytes: looked for only there, so that a long segment
            // without one is not scanned to its end for every name.
            let near = &inner.as_bytes()[..inner.len().min(61)];
            let close = near.iter().position(|&b| b == b')');
            if let Some(close) = close.filter(|&c| c <= 60 && !inner[..c].contains('\n')) {
                let close_at = open + 1 + close;
                let mut j = k;
                while j < items.len() && items[j].span.end <= close_at {
                    j += 1;
                }
                let same = items[k..j].iter().all(|i| i.what == item.what);
                let short = k < j || inner[..close].split_whitespace().count() <= 3;
                if same && short {
                    unit.end = close_at + 1;
                    k = j;
                }
            }
        }
        out.push(unit);
    }
    out
}

/// Whether only a separator (and white space, line breaks, bullets) stands between two units.
fn separated(text: &str, segments: &[Span], a: &Unit, b: &Unit, tables: &Tables) -> bool {
    if a.item.segment == b.item.segment {
        return text
            .get(a.end..b.item.span.start)
            .is_some_and(|gap| is_separator(gap, tables));
    }
    if a.item.segment + 1 != b.item.segment {
        return false;
    }
    let (Some(sa), Some(sb)) = (segments.get(a.item.segment), segments.get(b.item.segment)) else {
        return false;
    };
    match (text.get(a.end..sa.end), text.get(sb.start..b.item.span.start)) {
        (Some(x), Some(y)) => is_separator(&format!("{x}\n{y}"), tables),
        _ => false,
    }
}

fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2022}' | '\u{b7}' | '*' | '\u{2013}' | '\u{2014}' | '\u{25aa}' | '\u{25cf}'
    )
}

/// Whether `gap` is a separator of a list: ",", "and", ", dan", "serta", "as well as", or only
/// line breaks when the next line starts with a bullet.
fn is_separator(gap: &str, tables: &Tables) -> bool {
    // The common case, read without building anything: a comma or semicolon alone.
    if !gap.contains('\n') && matches!(gap.trim(), "," | ";") {
        return true;
    }
    // Most gaps between two names are running text, far longer than any separator.
    if gap.len() > MAX_SEPARATOR {
        return false;
    }
    let mut bullet = false;
    let mut rest = String::new();
    for (n, line) in gap.split('\n').enumerate() {
        let mut line = line.trim();
        if n > 0 {
            let unbulleted = line.trim_start_matches(is_bullet);
            let unnumbered = unbulleted.trim_start_matches(|c: char| c.is_ascii_digit());
            let unnumbered = if unnumbered.len() < unbulleted.len() {
                unnumbered.strip_prefix(['.', ')']).unwrap_or(unbulleted)
            } else {
                unbulleted
            };
            if unnumbered.len() < line.len() {
                bullet = true;
                line = unnumbered.trim();
            }
        }
        rest.push(' ');
        rest.push_str(line);
    }
    let tokens: Vec<&str> = tokenize(&rest).iter().map(|t| t.text(&rest)).collect();
    if tokens.is_empty() {
        return bullet;
    }
    let mut words = match tokens.first() {
        Some(&("," | ";")) => &tokens[1..],
        _ => &tokens[..],
    };
    // "and the hosts Cook Islands", "dan tuan rumah Indonesia": a role the next name plays,
    // after the separator.
    if let Some(n) = tables
        .list_words
        .iter()
        .filter(|w| w.role == Role::Capacity && w.words.len() < words.len())
        .find(|w| same_words(&w.words, &words[words.len() - w.words.len()..]))
        .map(|w| w.words.len())
    {
        words = &words[..words.len() - n];
    }
    // "..., and the Cook Islands": an article may stand before the next name.
    if let Some((last, init)) = words.split_last()
        && tables
            .list_words
            .iter()
            .any(|w| w.role == Role::Article && same_words(&w.words, &[last]))
    {
        if init.is_empty() && tokens.len() == words.len() {
            return false;
        }
        words = init;
    }
    words.is_empty()
        || tables
            .list_words
            .iter()
            .any(|w| w.role == Role::Separator && same_words(&w.words, words))
}

fn same_words(phrase: &[&str], words: &[&str]) -> bool {
    phrase.len() == words.len() && phrase.iter().zip(words).all(|(p, w)| p.eq_ignore_ascii_case(w))
}

/// The group named right before a list and joined to it ("... (Asean) plus Australia, ...",
/// "10 negara ASEAN dan 6 negara kawasan, yaitu ...").
fn joined_group(text: &str, before: &Unit, first: &Item, tables: &Tables) -> Option<usize> {
    let What::Group(g) = before.item.what else {
        return None;
    };
    if before.item.segment != first.segment {
        return None;
    }
    let gap = text.get(before.end..first.span.start)?;
    if gap.len() > MAX_JOIN || gap.contains(['.', '!', '?', '\n']) {
        return None;
    }
    let words: Vec<&str> = tokenize(gap).iter().map(|t| t.text(gap)).collect();
    tables
        .list_words
        .iter()
        .any(|w| {
            w.role == Role::Joiner
                && words.len() >= w.words.len()
                && same_words(&w.words, &words[..w.words.len()])
        })
        .then_some(g)
}

/// The text before the list whose first item is `first`: its sentence up to the list (after
/// `floor`), or the last sentence of the previous segment when the list opens its segment
/// ("Participating countries:" then a paragraph of names or bullets).
fn lead(
    text: &str,
    segments: &[Span],
    first: &Item,
    floor: usize,
    cache: &mut SentenceCache,
) -> Option<Span> {
    let start = first.span.start;
    let segment = *segments.get(first.segment)?;
    // Sentences are in order and never overlap: the one holding `start` is the last that
    // starts at or before it.
    let sents = cache.of(text, segment);
    let sentence = *sents
        .get(sents.partition_point(|s| s.start <= start).checked_sub(1)?)
        .filter(|s| start < s.end.max(s.start + 1))?;
    let here = Span::new(sentence.start.max(floor).min(start), start);
    let has_words = tokenize_span(text, here)
        .iter()
        .any(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number));
    if has_words || first.segment == 0 {
        return Some(here);
    }
    let previous = *segments.get(first.segment - 1)?;
    cache
        .of(text, previous)
        .last()
        .copied()
        .filter(|s| s.start >= floor)
}

/// "<number> <a few words> <connector>" whose number is the list's length: a count of
/// countries under another name ("lima destinasi utama", "three partners", "empat pasaran
/// utama pelancong asing ke negeri ini ialah") or none ("of the ten member states, four —
/// Brunei, ..."). The words between are as many as a noun may have after it
/// (`MAX_AFTER_NOUN`), with no punctuation or other number. `end` is the index of the
/// connector's first token.
fn other_noun_count(text: &str, tokens: &[crate::text::Token], end: usize, items: usize) -> Option<u32> {
    let words = (0..=MAX_AFTER_NOUN).find(|&n| {
        end.checked_sub(n + 1)
            .and_then(|k| tokens.get(k))
            .is_some_and(|t| t.kind == TokenKind::Number || is_number_word(t.text(text)))
    })?;
    let between = tokens.get(end - words..end)?;
    // Words, or a hyphen joining two of them ("co-sponsors").
    let joined_hyphen = |k: usize| {
        k > 0
            && between.get(k).is_some_and(|t| t.text(text) == "-")
            && between
                .get(k - 1)
                .is_some_and(|p| p.span.end == between[k].span.start)
            && between
                .get(k + 1)
                .is_some_and(|n| n.span.start == between[k].span.end)
    };
    if !between
        .iter()
        .enumerate()
        .all(|(k, t)| t.kind == TokenKind::Word && !is_number_word(t.text(text)) || joined_hyphen(k))
    {
        return None;
    }
    let number = tokens.get(end - words - 1)?;
    number_value(number.text(text)).filter(|&n| n as usize == items && n >= 2)
}

/// The number of the phrase that announces a list and ends `lead`: "<number> [modifiers]
/// <country noun> [modifiers] <connector>".
///
/// Another noun ("lima destinasi utama, iaitu ...", "three partners, namely ...") counts the
/// list too when it stands right after the number and the number is the list's length.
fn stated_count(text: &str, lead: Span, tables: &Tables, items: usize) -> Option<u32> {
    let tokens = tokenize_span(text, lead);
    let word = |i: usize| tokens.get(i).map_or("", |t| t.text(text));
    // The connector(s): "namely", ", yakni", "yaitu:", "antara lain", after the article that
    // may open the list ("Three buyers - the Philippines, ...").
    let mut end = tokens.len();
    while end > 0
        && tables.list_words.iter().any(|w| {
            w.role == Role::Article && w.tokens.len() == 1 && w.tokens[0].eq_ignore_ascii_case(word(end - 1))
        })
    {
        end -= 1;
    }
    let mut connected = false;
    for _ in 0..3 {
        let longest = tables
            .list_words
            .iter()
            .filter(|w| w.role == Role::Connector)
            .filter_map(|w| {
                let n = w.tokens.len();
                let fits = n > 0
                    && n <= end
                    && w.tokens
                        .iter()
                        .enumerate()
                        .all(|(i, p)| p.eq_ignore_ascii_case(word(end - n + i)));
                fits.then_some(n)
            })
            .max();
        match longest {
            Some(n) => {
                end -= n;
                connected = true;
            }
            None => break,
        }
    }
    if !connected {
        return None;
    }
    // The noun, after at most a few modifiers; when a noun has no number before it, an earlier
    // one may ("the 10 members of the Association of Southeast Asian Nations - ...").
    let is_noun = |w: &str| tables.is_country_noun(w);
    let mut i = end;
    let mut after = 0;
    while let Some(t) = i.checked_sub(1).and_then(|k| tokens.get(k)) {
        i -= 1;
        let w = t.text(text);
        match t.kind {
            TokenKind::Word if is_noun(w) => {
                if let Some(n) = count_before(text, &tokens, i, tables) {
                    return Some(n);
                }
                after += 1;
            }
            TokenKind::Word if !is_number_word(w) => after += 1,
            TokenKind::Punct if matches!(w, "-" | "(" | ")" | "/") => {}
            // An amount in the clause ("have pledged a combined $14.6 million:").
            TokenKind::Number if after > 0 => {}
            TokenKind::Punct if after > 0 && matches!(w, "$" | "." | "," | "%") => {}
            _ => break,
        }
        if after > MAX_CLAUSE_AFTER_NOUN {
            break;
        }
    }
    other_noun_count(text, &tokens, end, items)
}

/// A count set after the list, in apposition: "Malaysia dan Arab Saudi, dua negara dengan
/// ...", "Japan and South Korea, the two countries that ...", "A, B and C, the three founding
/// members". Taken only when it is the list's length.
fn count_after(text: &str, end: usize, tables: &Tables, items: usize) -> Option<u32> {
    let mut to = (end + 80).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let window = Span::new(end, to);
    let tokens = tokenize_span(text, window);
    let word = |i: usize| tokens.get(i).map_or("", |t| t.text(text));
    let one_word = |i: usize, role: Role| tables.is_one_word(role, word(i));
    // A comma, a dash or a bracket sets the count off: "..., dua negara dengan ...", "... – the
    // five Southeast Asian states with ...", "... dan Armenia (tiga negara)"; or a verb that
    // makes the list the count ("A, B dan C menjadi tiga negara ...", "A, B and C are the
    // three ...").
    let verb = tokens.first().is_some_and(|t| t.kind == TokenKind::Word) && one_word(0, Role::Connector);
    if !verb && !matches!(word(0), "," | "-" | "\u{2013}" | "\u{2014}" | ":" | "(") {
        return None;
    }
    let mut i = 1;
    // "..., iaitu tiga negara yang ...": a word that names what the list is may open the count.
    if tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word) && one_word(i, Role::Connector) {
        i += 1;
    }
    if one_word(i, Role::Whole) {
        i += 1;
    }
    if one_word(i, Role::Article) {
        i += 1;
        // "..., the world's three biggest rice exporters": an owner in the possessive.
        if tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
            && matches!(word(i + 1), "'" | "\u{2019}")
            && word(i + 2) == "s"
        {
            i += 3;
        }
    }
    let n = number_value(word(i))?;
    // The number must be the list's length; what it counts may be any noun ("the three
    // founding members", "the four Visegrad countries").
    let noun = tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Word);
    (n as usize == items && noun).then_some(n)
}

/// The members a group named by a capital and its number counts ("G7", "G20"), else none.
fn group_number(word: &str) -> Option<u32> {
    let digits = word.strip_prefix(|c: char| c.is_ascii_uppercase())?;
    (1..=3)
        .contains(&digits.len())
        .then(|| digits.parse().ok())
        .flatten()
}

/// The number before the count noun at token `noun`, after at most a few modifiers ("20
/// participating countries").
fn count_before(text: &str, tokens: &[crate::text::Token], noun: usize, tables: &Tables) -> Option<u32> {
    let is_noun = |w: &str| tables.is_country_noun(w);
    let is_indefinite = |w: &str| tables.is_indefinite(w);
    let word = |i: usize| tokens.get(i).map_or("", |t| t.text(text));
    let mut j = noun;
    let mut before = 0;
    let last = loop {
        j = j.checked_sub(1)?;
        let t = tokens.get(j)?;
        let w = t.text(text);
        match t.kind {
            TokenKind::Number => break j,
            TokenKind::Word if is_number_word(w) => break j,
            // "the G7 nations - A, B, ...": a group named by its number of members; after a
            // count it is a word of the noun ("seven g7+ member states").
            TokenKind::Word
                if group_number(w).is_some()
                    && !j
                        .checked_sub(1)
                        .and_then(|p| tokens.get(p))
                        .is_some_and(|p| p.kind == TokenKind::Number || is_number_word(p.text(text))) =>
            {
                return group_number(w).filter(|&n| (2..=MAX_COUNT).contains(&n));
            }
            // "36 kali ke sejumlah negara": the number counts something else; right after
            // the number the word is the count's ("the seven other member countries").
            TokenKind::Word if is_indefinite(w) => {
                let after_number = j
                    .checked_sub(1)
                    .and_then(|p| tokens.get(p))
                    .is_some_and(|p| p.kind == TokenKind::Number || is_number_word(p.text(text)));
                if !after_number {
                    return None;
                }
                before += 1;
            }
            TokenKind::Word if !is_noun(w) => {
                before += 1;
                if before > MAX_BEFORE_NOUN {
                    return None;
                }
            }
            TokenKind::Word => {}
            TokenKind::Punct if w == "-" => {}
            // "g7+", "ASEAN+3": a plus glued to a group's name.
            TokenKind::Punct
                if w == "+"
                    && j.checked_sub(1)
                        .and_then(|p| tokens.get(p))
                        .is_some_and(|p| p.kind == TokenKind::Word && p.span.end == tokens[j].span.start) => {
            }
            // "3 (tiga) negara": the number spelled out again in brackets.
            TokenKind::Punct if w == ")" && j >= 3 && word(j - 2) == "(" => {
                let digits = tokens.get(j - 3).filter(|t| t.kind == TokenKind::Number)?;
                let n: u32 = digits.text(text).parse().ok()?;
                return (number_value(word(j - 1)) == Some(n) && (1..=MAX_COUNT).contains(&n)).then_some(n);
            }
            _ => return None,
        }
    };
    let mut first = last;
    if tokens.get(last).is_some_and(|t| t.kind == TokenKind::Word) {
        while first >= 1 {
            let prev = word(first - 1);
            if is_number_word(prev) && tokens.get(first - 1).is_some_and(|t| t.kind == TokenKind::Word) {
                first -= 1;
            } else if prev == "-" && first >= 2 && is_number_word(word(first - 2)) {
                first -= 2;
            } else {
                break;
            }
        }
    }
    let from = tokens.get(first)?.span.start;
    let to = tokens.get(last)?.span.end;
    let n = number_value(text.get(from..to)?).filter(|&n| (1..=MAX_COUNT).contains(&n))?;
    // "Nine of ASEAN's 10 member states — A, ..., I —", "sembilan dari 10 negara anggota": a
    // smaller count of the whole counts the list.
    Some(
        part_of_whole(text, tokens, first, tables)
            .filter(|&m| m < n)
            .unwrap_or(n),
    )
}

/// The count before "of"/"dari" (and an owner or an article) that opens the count at token
/// `first`: "Nine of ASEAN's 10", "three of the 12", "sembilan dari 10".
fn part_of_whole(text: &str, tokens: &[crate::text::Token], first: usize, tables: &Tables) -> Option<u32> {
    let word = |i: usize| tokens.get(i).map_or("", |t| t.text(text));
    let mut j = first;
    // An owner in the possessive ("ASEAN's"), and a determiner ("the", "its") before it or
    // the count ("three of the bloc's 11").
    if j >= 3 && word(j - 1).eq_ignore_ascii_case("s") && matches!(word(j - 2), "'" | "\u{2019}") {
        j -= 3;
    }
    if j >= 1 && tables.is_one_word(Role::Determiner, word(j - 1)) {
        j -= 1;
    }
    if !(j >= 2 && tables.is_one_word(Role::Part, word(j - 1))) {
        return None;
    }
    let t = tokens.get(j - 2)?;
    let w = t.text(text);
    if t.kind != TokenKind::Number && !is_number_word(w) {
        return None;
    }
    number_value(w).filter(|&n| (1..=MAX_COUNT).contains(&n))
}
