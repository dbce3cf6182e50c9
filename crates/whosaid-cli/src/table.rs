//! The human-readable table: one block per document, one line per quote.

use std::collections::HashMap;
use std::fmt::Write;

use whosaid::Report;

const QUOTE_WIDTH: usize = 72;

/// Renders the report as plain text.
pub fn render(report: &Report) -> String {
    let speakers: HashMap<&str, &str> = report
        .speakers
        .iter()
        .map(|s| (s.id.as_str(), s.name.as_str()))
        .collect();
    let mut out = String::new();
    for doc in &report.documents {
        let quotes: Vec<_> = report.quotes.iter().filter(|q| q.doc == doc.id).collect();
        let _ = writeln!(out, "{} — {} quote(s)", doc.name, quotes.len());
        for warning in &doc.warnings {
            let _ = writeln!(out, "  ! {warning}");
        }
        for q in quotes {
            let speaker = q
                .speaker
                .as_deref()
                .and_then(|s| speakers.get(s))
                .copied()
                .unwrap_or("(unknown)");
            // Reported speech is the reporter's words: no quotation marks.
            let text = shorten(&q.text, QUOTE_WIDTH);
            let text = match q.kind.as_str() {
                "reported" => text,
                _ => format!("“{text}”"),
            };
            let _ = writeln!(out, "  {:<24} {:<8} {text}", shorten(speaker, 24), q.kind);
        }
        out.push('\n');
    }
    let repeated = report.clusters.iter().filter(|c| c.documents > 1).count();
    let _ = writeln!(
        out,
        "{} document(s), {} quote(s), {} speaker(s), {} cluster(s), {} in more than one document",
        report.documents.len(),
        report.quotes.len(),
        report.speakers.len(),
        report.clusters.len(),
        repeated
    );
    out
}

fn shorten(text: &str, width: usize) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= width {
        return flat;
    }
    let cut: String = flat.chars().take(width - 1).collect();
    format!("{cut}…")
}

#[cfg(test)]
mod tests {
    use whosaid::{analyze, Input};

    #[test]
    fn reported_speech_is_shown_without_marks() {
        let report = analyze(&[Input::new(
            "a.txt",
            "Mayor Ana Ruiz said the harbour would reopen in May. “We are ready,” she said.",
        )]);
        let table = super::render(&report);
        assert!(table.contains("reported the harbour would reopen in May\n"));
        assert!(table.contains("“We are ready,”"));
    }
}
