//! The head of a page glued onto one line: menu, headline, date, byline and photo caption run
//! into the article ("Beranda Nasional ... Mendag Targetkan Ekspor ... Kamis, 13 Juli 2023 |
//! 10:42 WIB Ditulis oleh: Rina Kartika Pekerja menata ... Foto: ANTARA/X Jakarta - ...").

use super::{Reason, Stripper};
use crate::Span;
use crate::dates;
use crate::text::{self, TokenKind, is_capitalized};

/// What a glued head holds.
#[derive(Debug, Default, Clone)]
pub(super) struct Head {
    /// Cuts, in order, with their reasons (navigation, title, byline, caption).
    pub cuts: Vec<(Span, Reason)>,
    pub title: Option<Span>,
    pub author: Option<String>,
    pub published: Option<Span>,
}

/// How many words from the line's start a glued head may reach.
const HEAD_WORDS: usize = 60;
/// How many bytes of a line a glued head is looked for in (menu, headline, byline, caption).
const HEAD_BYTES: usize = 4096;

impl Stripper {
    /// Splits the head off a line where a date or byline stands before the first sentence
    /// ends; `None` when the line does not start that way.
    pub(super) fn glued_head(&self, text: &str, line: Span) -> Option<Head> {
        // A head is short: look at the line's first few kilobytes only, so that a page glued
        // onto one huge line costs no more here than a short one.
        let mut cut = line.end.min(line.start + HEAD_BYTES);
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let line = Span::new(line.start, cut);
        let toks = text::tokenize_span(text, line);
        let limit = toks
            .iter()
            .filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
            .nth(HEAD_WORDS)
            .map_or(line.end, |t| t.span.start);
        let region = Span::new(line.start, limit);
        let first_sentence_end = text::sentences(text, line).first().map_or(line.end, |s| s.end);
        // The first date or byline marker of the region, before the first sentence ends.
        let date = region
            .slice(text)
            .and_then(|r| {
                dates::find_dates(r, None)
                    .into_iter()
                    .find(|m| matches!(m.kind, dates::Kind::Date | dates::Kind::Time) && !m.from_reference)
            })
            .map(|m| m.span().shift(region.start));
        let byline = self
            .byline_prefixes(text, region)
            .find(|(_, m)| m.author)
            .map(|(f, _)| f.span);
        let anchor = match (date, byline) {
            (Some(d), Some(b)) => d.start.min(b.start),
            (Some(d), None) => d.start,
            (None, Some(b)) => b.start,
            (None, None) => return None,
        };
        if anchor >= first_sentence_end || anchor == line.start {
            return None;
        }
        let mut head = Head::default();
        // Menu, then headline.
        let title_start = self.after_menu(text, Span::new(line.start, anchor));
        if title_start > line.start {
            head.cuts
                .push((Span::new(line.start, title_start), Reason::Navigation));
        }
        let (title, tail) = self.title_tail(text, Span::new(title_start, anchor).trim(text));
        if let Some(t) = tail {
            head.cuts.push((t, Reason::Byline));
            // "Rina Kartika - LintasWarta.com": the reporter before the outlet.
            if let Some(dash) = t.slice(text).and_then(|s| s.find(" - ")) {
                head.author = self.byline_name(text, Span::new(t.start, t.start + dash));
            }
        }
        if text::word_count(text, title) >= 3 {
            head.title = Some(title);
            head.cuts.push((title, Reason::Title));
        } else if !title.is_empty() {
            head.cuts.push((title, Reason::Navigation));
        }
        // Date and byline, in either order, with separators between.
        let mut cursor = anchor;
        loop {
            cursor = skip_separators(text, cursor, line.end);
            // A label before the date: "Published:", "Diterbitkan:".
            if let Some(d) = date.filter(|d| d.start > cursor && head.published.is_none()) {
                let gap = Span::new(cursor, d.start);
                let label = gap.slice(text).unwrap_or("").trim_end();
                if label.ends_with(':') && text::word_count(text, gap) <= 2 {
                    head.cuts.push((gap, Reason::Byline));
                    cursor = d.start;
                }
            }
            if let Some(d) = date.filter(|d| d.start == cursor) {
                head.published = Some(d);
                head.cuts.push((d, Reason::Byline));
                cursor = d.end;
                // "Last Updated ..." and such trailing words of a date line stay in the byline.
                continue;
            }
            if let Some(b) = byline.filter(|b| b.start == cursor) {
                let name_end = self.name_end(text, Span::new(b.end, line.end));
                let name = Span::new(b.end, name_end).trim(text);
                if let Some(n) = self.byline_name(text, name) {
                    head.author = Some(n);
                }
                head.cuts.push((Span::new(b.start, name_end), Reason::Byline));
                cursor = name_end;
                continue;
            }
            break;
        }
        // A photo caption right after, closed by its credit ("... Jakarta. Foto: ANTARA/X").
        let rest = Span::new(cursor, line.end);
        let sentences = text::sentences(text, rest);
        for s in sentences.iter().take(3) {
            let Some(f) = self.markers.find(text, *s).into_iter().find(|f| {
                let m = &self.markers.list[f.marker];
                m.reason == Reason::Caption
            }) else {
                continue;
            };
            let end = self.headline_end(text, Span::new(f.span.end, s.end));
            head.cuts
                .push((Span::new(cursor, end).trim(text), Reason::Caption));
            break;
        }
        head.cuts.retain(|(s, _)| !s.is_empty());
        Some(head)
    }

    /// Splits off the end of a glued headline what belongs to the byline: a date label
    /// ("PUBLISHED") and a reporter's name with their role ("Kelly Ng Regional
    /// Correspondent"). Returns the headline and the part cut.
    fn title_tail(&self, text: &str, title: Span) -> (Span, Option<Span>) {
        // "... 11 Negara HadirRina Kartika - LintasWarta.com": the reporter's name glued to the
        // headline's last word, then the outlet after a dash.
        if let Some(s) = title.slice(text)
            && let Some(dash) = s.rfind(" - ")
            && let Some(glue) = camel_glue(&s[..dash])
            && s[glue..dash].split_whitespace().count() <= 4
        {
            return (
                Span::new(title.start, title.start + glue).trim(text),
                Some(Span::new(title.start + glue, title.end)),
            );
        }
        let words: Vec<text::Token> = text::tokens(text, title)
            .filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
            .collect();
        let mut j = words.len();
        if j > 0 && self.is_date_label(words[j - 1].text(text)) {
            j -= 1;
        }
        let is_role = |k: usize| {
            words
                .get(k)
                .is_some_and(|w| self.byline_roles.contains(w.text(text).to_lowercase().as_str()))
        };
        if j > 0 && is_role(j - 1) {
            // The name (and a qualifier of the role: "Regional", "Senior") in capitals before
            // the role word; in a Title Case headline only the last three of them.
            let run = (0..j - 1)
                .rev()
                .take_while(|&k| words.get(k).is_some_and(|w| is_capitalized(w.text(text))))
                .count();
            let take = if run > 4 { 3 } else { run };
            if take >= 2 {
                j = j - 1 - take;
            }
        }
        if j == words.len() {
            return (title, None);
        }
        let Some(cut) = words.get(j).map(|w| w.span.start) else {
            return (Span::new(title.start, title.start), Some(title));
        };
        (
            Span::new(title.start, cut).trim(text),
            Some(Span::new(cut, title.end)),
        )
    }

    /// Where the headline starts: after the last run of two or more menu words (breadcrumb
    /// separators such as ">" or "|" between them do not break a run).
    fn after_menu(&self, text: &str, span: Span) -> usize {
        let Some(part) = span.slice(text) else {
            return span.start;
        };
        let mut start = span.start;
        let mut run = 0usize;
        let mut offset = 0usize;
        for chunk in part.split(' ') {
            let at = offset;
            offset += chunk.len() + 1;
            let word = chunk.trim_matches(|c: char| !c.is_alphanumeric());
            if word.is_empty() {
                continue; // ">", "|", "/"
            }
            if self.is_section_word(word) {
                run += 1;
                if run >= 2 {
                    start = span.start + at + chunk.len();
                }
            } else {
                run = 0;
            }
        }
        start
    }

    /// Where a byline's name ends: before the word that starts the next sentence.
    fn name_end(&self, text: &str, span: Span) -> usize {
        let toks = text::tokenize_span(text, span);
        let mut last_cap: Option<usize> = None;
        let mut names = 0;
        for (k, t) in toks.iter().enumerate() {
            match t.kind {
                // "Published:", "Editor:": a label after the name.
                TokenKind::Word
                    if toks
                        .get(k + 1)
                        .is_some_and(|n| n.kind == TokenKind::Punct && n.text(text) == ":") =>
                {
                    return t.span.start;
                }
                TokenKind::Word if is_capitalized(t.text(text)) => {
                    last_cap = Some(k);
                    names += 1;
                    if names > 5 {
                        return t.span.start;
                    }
                }
                TokenKind::Word => {
                    return match last_cap {
                        Some(c) if names >= 2 => toks[c].span.start,
                        _ => t.span.start,
                    };
                }
                TokenKind::Punct if matches!(t.text(text), "|" | "\u{2022}" | "," | "(") => {
                    return t.span.start;
                }
                _ => return t.span.start,
            }
        }
        span.end
    }
}

fn skip_separators(text: &str, mut at: usize, end: usize) -> usize {
    while at < end {
        let Some(c) = text.get(at..).and_then(|s| s.chars().next()) else {
            break;
        };
        if c.is_whitespace() || matches!(c, '|' | '\u{2022}' | ',' | '-' | '\u{2013}' | '\u{2014}' | '/') {
            at += c.len_utf8();
        } else {
            break;
        }
    }
    at
}

/// Where the last word glued onto another starts inside `s`: a capital right after a small
/// letter within one word ("HadirRina": "Rina"). Camel-case brands ("detikNews", "iNews")
/// start with a small letter and are not glue.
fn camel_glue(s: &str) -> Option<usize> {
    let mut found = None;
    let mut prev: Option<char> = None;
    let mut word_start_upper = false;
    for (i, c) in s.char_indices() {
        match prev {
            None => word_start_upper = c.is_uppercase(),
            Some(p) if !p.is_alphanumeric() => word_start_upper = c.is_uppercase(),
            Some(p) if p.is_lowercase() && c.is_uppercase() && word_start_upper => found = Some(i),
            _ => {}
        }
        prev = Some(c);
    }
    found
}
