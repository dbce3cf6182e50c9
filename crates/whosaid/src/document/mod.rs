//! Text → document: metadata, paragraphs, and which paragraphs are article text.
//!
//! In: a file's name and decoded text. Out: a `Document` whose paragraphs are
//! the text's non-empty lines, each with a `Role`. A leading ` date 2024-10-28`
//! line gives the date and is not text. Headings are short lines without
//! sentence punctuation; boilerplate (navigation, credits, captions,
//! related-article lists, repeated headlines) is kept out of the body. Offsets
//! always point into the original text.

pub mod decode;
pub mod outlet;

use std::ops::Deref;

use rustc_hash::FxHashSet;

use crate::text::lexicon::lexicon;
use crate::text::span::Span;
use crate::text::tokens::{Text, Tokens};

/// One article, ready for quote finding.
#[derive(Debug, Clone)]
pub struct Document {
    /// The file name as given, without folders.
    pub name: String,
    /// The decoded text; every span points into it.
    pub text: String,
    /// The headline, when one is found.
    pub title: Option<String>,
    /// The date the article states (`2024-10-28` or `2024-10`).
    pub date: Option<String>,
    /// The outlet the article states (a dateline, byline or credit line).
    pub outlet: Option<String>,
    /// The non-empty lines, in order.
    pub paragraphs: Vec<Paragraph>,
    /// What the reader repaired or skipped.
    pub warnings: Vec<String>,
    /// The text's words, tokenised once for every stage.
    pub tokens: Tokens,
}

/// One line of the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paragraph {
    /// The line without surrounding whitespace.
    pub span: Span,
    /// What the line is.
    pub role: Role,
}

/// What a line of an article is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Running article text.
    Body,
    /// The headline or a section heading.
    Heading,
    /// Page furniture: navigation, credits, captions, related links.
    Boilerplate,
}

impl Document {
    /// Splits `text` into paragraphs and reads its metadata.
    pub fn new(name: &str, text: String, warnings: Vec<String>) -> Self {
        let (date, body_start) = leading_date(&text);
        let lines = line_spans(&text, body_start);
        let roles = classify_lines(&text, &lines);
        let paragraphs: Vec<Paragraph> = lines
            .into_iter()
            .zip(roles)
            .map(|(span, role)| Paragraph { span, role })
            .collect();
        let title = find_title(&text, &paragraphs);
        let lines: Vec<&str> = paragraphs.iter().map(|p| p.span.slice(&text)).collect();
        let outlet = outlet::find_outlet(&lines);
        let tokens = Tokens::new(&text);
        Document {
            name: base_name(name).to_string(),
            text,
            title,
            date,
            outlet,
            paragraphs,
            warnings,
            tokens,
        }
    }

    /// The document with its words, as the stages read it.
    pub fn article(&self) -> Article<'_> {
        Article {
            document: self,
            text: Text::new(&self.text, &self.tokens),
        }
    }

    /// The first words of the article's text, to name an article that
    /// has no headline.
    pub fn lead(&self) -> Option<String> {
        const LEAD_WORDS: usize = 10;
        let first = self.paragraphs.iter().find(|p| p.role == Role::Body)?;
        let line = first.span.slice(&self.text);
        let words: Vec<&str> = line.split_whitespace().take(LEAD_WORDS + 1).collect();
        let cut = words.len() > LEAD_WORDS;
        let lead = words[..words.len().min(LEAD_WORDS)].join(" ");
        Some(if cut { format!("{lead}…") } else { lead })
    }

    /// The text of one span.
    pub fn slice(&self, span: Span) -> &str {
        span.slice(&self.text)
    }
}

/// A document with its words: what every stage after this one reads. It
/// stands in for its `Document` (`doc.paragraphs`, `doc.slice`), and its
/// `text` is the document's text with the words made once, so a rule asks
/// `doc.text.words_in(span)` instead of splitting a `&str` again.
#[derive(Clone, Debug)]
pub struct Article<'d> {
    /// The document.
    pub document: &'d Document,
    /// Its text and words.
    pub text: Text<'d>,
}

impl Deref for Article<'_> {
    type Target = Document;

    fn deref(&self) -> &Document {
        self.document
    }
}

/// A file name without its folders.
pub fn base_name(name: &str) -> &str {
    name.rsplit(['/', '\\']).next().unwrap_or(name)
}

/// ` date 2024-10-28 …` at the very start: the date, and where text begins.
fn leading_date(text: &str) -> (Option<String>, usize) {
    let trimmed = text.trim_start();
    let Some(rest) = trimmed.strip_prefix("date ") else {
        return (None, 0);
    };
    let value: String = rest
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '-')
        .collect();
    if !is_iso_date(&value) {
        return (None, 0);
    }
    let end = text.len() - rest.len() + value.len();
    (Some(value), end)
}

fn is_iso_date(value: &str) -> bool {
    let parts: Vec<&str> = value.split('-').collect();
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    match parts.as_slice() {
        [y, m] => digits(y, 4) && digits(m, 2),
        [y, m, d] => digits(y, 4) && digits(m, 2) && digits(d, 2),
        _ => false,
    }
}

/// Non-empty lines from `from` on, trimmed.
fn line_spans(text: &str, from: usize) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut start = from;
    for line in text[from..].split_inclusive('\n') {
        let span = Span::new(start, start + line.len()).trim(text);
        if !span.is_empty() {
            spans.push(span);
        }
        start += line.len();
    }
    spans
}

fn classify_lines(text: &str, lines: &[Span]) -> Vec<Role> {
    let mut seen: FxHashSet<&str> =
        FxHashSet::with_capacity_and_hasher(lines.len(), Default::default());
    // The first headings, to catch a caption that repeats the headline.
    let mut early_headings: Vec<&str> = Vec::new();
    let mut roles = Vec::with_capacity(lines.len());
    let mut in_link_list = false;
    for (i, span) in lines.iter().enumerate() {
        let line = span.slice(text);
        let repeated = !seen.insert(line)
            || early_headings
                .iter()
                .any(|h| h.len() > 20 && line.starts_with(h));
        if early_headings.len() < 4 && is_heading(line) {
            early_headings.push(line);
        }
        let next_is_read_time = lines
            .get(i + 1)
            .is_some_and(|s| is_read_time(s.slice(text)));
        let role = if is_boilerplate(line) || repeated || is_read_time(line) || next_is_read_time {
            if is_list_marker(line) {
                in_link_list = true;
            }
            Role::Boilerplate
        } else if is_heading(line) {
            if in_link_list {
                Role::Boilerplate
            } else {
                Role::Heading
            }
        } else {
            in_link_list = false;
            Role::Body
        };
        roles.push(role);
    }
    roles
}

/// Markers after which short heading-like lines are links, not sections.
fn is_list_marker(line: &str) -> bool {
    let lower = line.trim_end_matches([':', '.', '…']).to_lowercase();
    matches!(
        lower.as_str(),
        "read more"
            | "more news"
            | "related"
            | "related articles"
            | "related stories"
            | "tags"
            | "read also"
            | "see also"
            | "most read"
    )
}

/// "1 MIN READ", "3 min read"
fn is_read_time(line: &str) -> bool {
    if line.len() > 16 {
        return false;
    }
    let lower = line.to_lowercase();
    let mut parts = lower.split_whitespace();
    matches!(
        (parts.next(), parts.next(), parts.next(), parts.next()),
        (Some(n), Some("min"), Some("read"), None) if n.bytes().all(|b| b.is_ascii_digit())
    )
}

fn is_boilerplate(line: &str) -> bool {
    // Furniture lines are short; long ones are article text.
    if line.len() > 400 {
        return false;
    }
    let bare = line.trim_end_matches([':', '.', '…', ' ']);
    lexicon().boilerplate.matches(line, bare) || is_language_switcher(line) || is_navigation(line)
}

/// "ua en ru": a line of two-letter language codes.
fn is_language_switcher(line: &str) -> bool {
    if line.len() > 40 {
        return false;
    }
    let tokens: Vec<&str> = line.split_whitespace().collect();
    tokens.len() >= 2
        && tokens
            .iter()
            .all(|t| t.len() == 2 && t.bytes().all(|b| b.is_ascii_lowercase()))
}

/// A menu flattened into a line: no sentence punctuation, and most tokens
/// glued together ("WorldBusiness", "world_2_fill").
fn is_navigation(line: &str) -> bool {
    if line.ends_with(['.', '?', '!', '"', '”']) {
        return false;
    }
    let (mut tokens, mut glued) = (0, 0);
    for token in line.split_whitespace() {
        tokens += 1;
        glued += usize::from(is_glued_token(token));
    }
    tokens >= 3 && glued * 2 >= tokens
}

/// "WorldBusiness", "world_2_fill": a capital right after a small letter,
/// or an underscore.
fn is_glued_token(token: &str) -> bool {
    let mut after_lowercase = false;
    for c in token.chars() {
        if after_lowercase && c.is_uppercase() {
            return true;
        }
        after_lowercase = c.is_lowercase();
    }
    token.contains('_')
}

/// "Trump Supporter Screams 1 Controversial Word At Rally, Instantly Has
/// Everyone’s Attention.": a line in title case, every word capitalised but
/// "a", "of", "to" …, reads like a headline even with a full stop.
pub fn is_title_cased(line: &str) -> bool {
    const SMALL: &[&str] = &[
        "a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "but", "with", "by",
        "as", "from", "vs",
    ];
    // Most paragraphs are too long to be a title: no need to read them.
    if line.len() > 300 || line.ends_with(['?', '!', ',', ';', ':']) {
        return false;
    }
    // A line is read only up to its first word in lowercase: most lines
    // have one among their first words.
    let mut words = 0;
    for word in line
        .split_whitespace()
        .filter(|w| w.starts_with(char::is_alphabetic))
    {
        let capitalised = word.starts_with(char::is_uppercase) || SMALL.contains(&word);
        words += 1;
        if !capitalised || words > 16 {
            return false;
        }
    }
    words >= 3
}

/// A short line that does not end like a sentence.
fn is_heading(line: &str) -> bool {
    // Sixteen words never take more than a few hundred bytes.
    if line.len() > 300 {
        return false;
    }
    let ends_like_sentence = line.ends_with(['.', '?', '!', ',', ';'])
        || (line.ends_with(['"', '”'])
            && line
                .trim_end_matches(['"', '”'])
                .ends_with(['.', '?', '!', ',']));
    if ends_like_sentence {
        return false;
    }
    let word_count = line
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count();
    // "Stated Reyes in the interview:", "Cruz continued:" lead into what
    // follows; only a short label ("Key points:") is a heading.
    let reports = || {
        line.split_whitespace().any(|w| {
            crate::text::lexicon::lexicon()
                .cues
                .contains_key(&w.trim_end_matches(':').to_lowercase())
        })
    };
    let lead_in = line.ends_with(':') && (word_count > 2 || reports());
    (1..=16).contains(&word_count) && !lead_in
}

fn find_title(text: &str, paragraphs: &[Paragraph]) -> Option<String> {
    paragraphs
        .iter()
        .find(|p| p.role == Role::Heading)
        .map(|p| p.span.slice(text).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles(text: &str) -> Vec<(String, Role)> {
        let doc = Document::new("a.txt", text.to_string(), vec![]);
        doc.paragraphs
            .iter()
            .map(|p| (doc.slice(p.span).to_string(), p.role))
            .collect()
    }

    #[test]
    fn reads_leading_date_line() {
        let doc = Document::new(
            "dir/a.txt",
            " date 2024-10-28 The mayor spoke.".into(),
            vec![],
        );
        assert_eq!(doc.date.as_deref(), Some("2024-10-28"));
        assert_eq!(doc.name, "a.txt");
        assert_eq!(doc.slice(doc.paragraphs[0].span), "The mayor spoke.");
    }

    #[test]
    fn title_is_first_heading() {
        let doc = Document::new(
            "a.txt",
            "Mayor opens bridge\n\nThe mayor spoke on Friday.".into(),
            vec![],
        );
        assert_eq!(doc.title.as_deref(), Some("Mayor opens bridge"));
    }

    #[test]
    fn marks_navigation_credits_and_related_links() {
        let text = "en fr de\nCityNews LocalNews SportsWeather\nMayor opens bridge\nPhoto: A. Person/Agency\nThe mayor spoke on Friday.\nMore news\nDog wins prize\n2 MIN READ\nDog wins prize";
        let got = roles(text);
        let body: Vec<&str> = got
            .iter()
            .filter(|(_, r)| *r != Role::Boilerplate)
            .map(|(t, _)| t.as_str())
            .collect();
        assert_eq!(body, ["Mayor opens bridge", "The mayor spoke on Friday."]);
    }

    #[test]
    fn a_stamp_label_hides_a_date_but_not_a_sentence() {
        let got = roles("Updated: Feb. 19, 2012 5:31 p.m. EST\nUpdated: Ana Ruiz on Sunday tried to clarify her remarks about the pier.");
        assert_eq!(got[0].1, Role::Boilerplate);
        assert_eq!(got[1].1, Role::Body);
    }

    #[test]
    fn the_lead_is_the_first_words_of_the_text() {
        let doc = Document::new(
            "a.txt",
            "Home | Sport\n\nThe ferry will run all winter, the harbour master said on Monday."
                .into(),
            Vec::new(),
        );
        assert_eq!(
            doc.lead().as_deref(),
            Some("The ferry will run all winter, the harbour master said…")
        );
        let short = Document::new("b.txt", "The ferry runs.".into(), Vec::new());
        assert_eq!(short.lead().as_deref(), Some("The ferry runs."));
    }

    #[test]
    fn repeated_headline_is_boilerplate() {
        let got = roles(
            "Mayor opens new bridge downtown\nMayor opens new bridge downtown\nThe mayor spoke.",
        );
        assert_eq!(got[1].1, Role::Boilerplate);
        assert_eq!(got[2].1, Role::Body);
    }
}
