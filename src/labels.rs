//! How the page names things: articles by outlet, title and date; counts
//! in words; a speaker's fullest role.

use whosaid::corrections::{Correction, QuoteRef};
use whosaid::DocumentEntry;

/// Titles longer than this are cut at a word, with an ellipsis.
const TITLE_CHARS: usize = 70;

/// "1 quote", "3 quotes".
pub fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// `text` cut to at most `limit` characters at a word boundary, with "…".
pub fn shortened(text: &str, limit: usize) -> String {
    if text.chars().count() <= limit {
        return text.to_string();
    }
    let cut: String = text.chars().take(limit).collect();
    let at_word = cut
        .rfind(' ')
        .filter(|&i| i > limit / 2)
        .unwrap_or(cut.len());
    format!("{}…", cut[..at_word].trim_end())
}

/// The article's name for a reader (`DocumentEntry::reader_name`), its
/// title cut to a length that fits a button.
pub fn article_name(doc: &DocumentEntry) -> String {
    let outlet = doc.outlet.as_deref().map_or(0, |o| o.chars().count() + 2);
    shortened(&doc.reader_name(), TITLE_CHARS + outlet)
}

/// [`article_name`] with the article's date, if it states one.
pub fn article_label(doc: &DocumentEntry) -> String {
    match doc.date.as_deref() {
        Some(date) => format!("{} · {date}", article_name(doc)),
        None => article_name(doc),
    }
}

/// The short name of an article's outlet for side-by-side comparisons:
/// the outlet, else the title's first words.
pub fn outlet_short(doc: &DocumentEntry) -> String {
    match doc.outlet.as_deref().filter(|o| !o.trim().is_empty()) {
        Some(outlet) => outlet.trim().to_string(),
        None => shortened(&article_name(doc), 28),
    }
}

/// The fullest of a speaker's roles: most words ("Russian President"
/// before "President"), then the one written as a title (capitalised
/// words: "Russian President" before "Russia's president"), then the
/// first seen.
pub fn fullest_role(roles: &[String]) -> &str {
    let capitalised = |r: &str| {
        r.split_whitespace()
            .filter(|w| w.starts_with(char::is_uppercase))
            .count()
    };
    roles
        .iter()
        .enumerate()
        .max_by_key(|(i, r)| {
            let words = r.split_whitespace().count();
            (words, capitalised(r), std::cmp::Reverse(*i))
        })
        .map_or("", |(_, r)| r.as_str())
}

/// A correction in words, for the list the reader undoes from;
/// `words_of` gives a quote's words where they can still be found.
pub fn describe(correction: &Correction, words_of: &dyn Fn(&QuoteRef) -> Option<String>) -> String {
    let quote = |q: &QuoteRef| match words_of(q) {
        Some(words) => format!("“{}” ({})", shortened(&words, 48), q.doc),
        None => format!("the quote at {}–{} of {}", q.start, q.end, q.doc),
    };
    match correction {
        Correction::Reassign { quote: q, speaker } => format!("{} was said by {speaker}", quote(q)),
        Correction::MergeSpeakers { into, from } => format!("{from} is the same as {into}"),
        Correction::SplitSpeaker {
            speaker,
            documents,
            name,
        } => {
            format!("{speaker} in {} is {name}", documents.join(", "))
        }
        Correction::MoveQuote {
            quote: q,
            into: None,
        } => {
            format!("{} is an utterance of its own", quote(q))
        }
        Correction::MoveQuote {
            quote: q,
            into: Some(other),
        } => {
            format!("{} is the same utterance as {}", quote(q), quote(other))
        }
        Correction::NotAQuote { quote: q } => format!("{} is not a quote", quote(q)),
        Correction::Outlet { doc, outlet } if outlet.is_empty() => format!("{doc} has no outlet"),
        Correction::Outlet { doc, outlet } => format!("{doc} is from {outlet}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(title: Option<&str>, outlet: Option<&str>, date: Option<&str>) -> DocumentEntry {
        DocumentEntry {
            name: "003_907c.txt".into(),
            title: title.map(str::to_string),
            outlet: outlet.map(str::to_string),
            date: date.map(str::to_string),
            ..DocumentEntry::default()
        }
    }

    #[test]
    fn counts_read_as_words() {
        assert_eq!(count(1, "quote"), "1 quote");
        assert_eq!(count(0, "article"), "0 articles");
        assert_eq!(count(3, "wording"), "3 wordings");
    }

    #[test]
    fn articles_are_named_by_outlet_title_and_date() {
        let full = doc(
            Some("Harbour reopens"),
            Some("Harbour Radio"),
            Some("2031-05-02"),
        );
        assert_eq!(
            article_label(&full),
            "Harbour Radio: Harbour reopens · 2031-05-02"
        );
        assert_eq!(
            article_label(&doc(Some("Harbour reopens"), None, None)),
            "Harbour reopens"
        );
        assert_eq!(
            article_label(&doc(None, None, Some("2031-05"))),
            "003_907c.txt · 2031-05"
        );
        let led = DocumentEntry {
            lead: Some("The ferry will run all winter…".into()),
            ..doc(None, None, None)
        };
        assert_eq!(article_name(&led), "The ferry will run all winter…");
        let long = "word ".repeat(30);
        let named = article_name(&doc(Some(&long), None, None));
        assert!(
            named.ends_with('…') && named.chars().count() <= TITLE_CHARS + 1,
            "{named}"
        );
        assert_eq!(outlet_short(&full), "Harbour Radio");
    }

    #[test]
    fn the_fullest_role_is_shown() {
        let roles = vec!["President".to_string(), "Russian President".to_string()];
        assert_eq!(fullest_role(&roles), "Russian President");
        let cased = vec![
            "Russia's president".to_string(),
            "Russian President".to_string(),
        ];
        assert_eq!(fullest_role(&cased), "Russian President");
        assert_eq!(fullest_role(&[]), "");
    }

    #[test]
    fn corrections_read_as_sentences() {
        let quote = QuoteRef {
            doc: "harbour.txt".into(),
            start: 1,
            end: 9,
        };
        let words = |_: &QuoteRef| Some("The ferry runs".to_string());
        let none = |_: &QuoteRef| None;
        let reassign = Correction::Reassign {
            quote: quote.clone(),
            speaker: "Mia Berg".into(),
        };
        assert_eq!(
            describe(&reassign, &words),
            "“The ferry runs” (harbour.txt) was said by Mia Berg"
        );
        let gone = Correction::NotAQuote { quote };
        assert_eq!(
            describe(&gone, &none),
            "the quote at 1–9 of harbour.txt is not a quote"
        );
    }
}
