//! The report as CSV (one row per occurrence) and Markdown (one section per
//! speaker), for the viewer's exports and the CLI's `--format`. Articles
//! are named as a reader knows them (`DocumentEntry::reader_name`).
//!
//! In: a `Report` and, optionally, the clusters to include. Out: text.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write;

use crate::report::{ClusterEntry, Report, SpeakerEntry};

/// Which clusters to write: all, or the ids given.
pub type Selection<'a> = Option<&'a BTreeSet<String>>;

fn selected(cluster: &str, selection: Selection) -> bool {
    selection.is_none_or(|ids| ids.contains(cluster))
}

/// Quotes a CSV field when it needs it.
fn csv_field(value: &str) -> String {
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_string()
    }
}

/// One row per quote occurrence.
pub fn to_csv(report: &Report, selection: Selection) -> String {
    let speakers: HashMap<&str, &SpeakerEntry> =
        report.speakers.iter().map(|s| (s.id.as_str(), s)).collect();
    let documents: HashMap<&str, (&str, String, &str)> = report
        .documents
        .iter()
        .map(|d| {
            let date = d.date.as_deref().unwrap_or("");
            (d.id.as_str(), (d.name.as_str(), d.reader_name(), date))
        })
        .collect();
    let mut out =
        String::from("quote,cluster,document,article,date,speaker,role,kind,text,mention,cue\n");
    for q in report
        .quotes
        .iter()
        .filter(|q| selected(&q.cluster, selection))
    {
        let speaker = q.speaker.as_deref().and_then(|s| speakers.get(s));
        let (document, article, date) = documents
            .get(q.doc.as_str())
            .map_or(("", "", ""), |(n, a, d)| (*n, a.as_str(), *d));
        let fields = [
            q.id.as_str(),
            q.cluster.as_str(),
            document,
            article,
            date,
            speaker.map_or("", |s| s.name.as_str()),
            speaker
                .and_then(|s| s.roles.first())
                .map_or("", String::as_str),
            q.kind.as_str(),
            q.text.as_str(),
            q.mention.as_ref().map_or("", |m| m.text.as_str()),
            q.cue.as_ref().map_or("", |c| c.text.as_str()),
        ];
        let row: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        out.push_str(&row.join(","));
        out.push('\n');
    }
    out
}

/// One section per speaker, one item per utterance with its sources.
pub fn to_markdown(report: &Report, selection: Selection) -> String {
    let names: HashMap<&str, String> = report
        .documents
        .iter()
        .map(|d| (d.id.as_str(), d.reader_name()))
        .collect();
    let quote_doc: HashMap<&str, &str> = report
        .quotes
        .iter()
        .map(|q| (q.id.as_str(), q.doc.as_str()))
        .collect();
    let reported: BTreeSet<&str> = report
        .quotes
        .iter()
        .filter(|q| q.kind == "reported")
        .map(|q| q.id.as_str())
        .collect();
    let mut by_speaker: BTreeMap<usize, Vec<&ClusterEntry>> = BTreeMap::new();
    let order: HashMap<&str, usize> = report
        .speakers
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), i))
        .collect();
    for cluster in report
        .clusters
        .iter()
        .filter(|c| selected(&c.id, selection))
    {
        let at = cluster
            .speaker
            .as_deref()
            .and_then(|s| order.get(s))
            .copied()
            .unwrap_or(usize::MAX);
        by_speaker.entry(at).or_default().push(cluster);
    }
    let mut out = String::from("# Quotes\n");
    for (at, clusters) in by_speaker {
        match report.speakers.get(at) {
            Some(s) if s.roles.is_empty() => {
                let _ = write!(out, "\n## {}\n\n", s.name);
            }
            Some(s) => {
                let _ = write!(out, "\n## {} ({})\n\n", s.name, s.roles.join("; "));
            }
            None => out.push_str("\n## Unknown speaker\n\n"),
        }
        for cluster in clusters {
            let sources: BTreeSet<&str> = cluster
                .quotes
                .iter()
                .filter_map(|q| {
                    quote_doc
                        .get(q.as_str())
                        .and_then(|d| names.get(d))
                        .map(String::as_str)
                })
                .collect();
            let text = cluster
                .text
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            let sources: Vec<&str> = sources.into_iter().collect();
            // Reported speech is the reporter's words: no quotation marks.
            if cluster.quotes.iter().all(|q| reported.contains(q.as_str())) {
                let _ = writeln!(out, "- {} (reported) — {}", text, sources.join(", "));
            } else {
                let _ = writeln!(out, "- “{}” — {}", text, sources.join(", "));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{analyze, Input};

    fn sample() -> Report {
        analyze(&[Input::new(
            "a.txt",
            "“We rebuild, now,” Mayor Ana Ruiz said.".as_bytes(),
        )])
    }

    #[test]
    fn csv_quotes_fields_with_commas() {
        let csv = to_csv(&sample(), None);
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines.len(), 2);
        assert!(lines[1].contains("\"We rebuild, now,\""));
        assert!(lines[1].contains("Ana Ruiz"));
    }

    #[test]
    fn reported_speech_reads_without_marks() {
        let report = analyze(&[Input::new(
            "a.txt",
            "Mayor Ana Ruiz said the harbour would reopen in May.".as_bytes(),
        )]);
        let md = to_markdown(&report, None);
        assert!(md.contains("- the harbour would reopen in May (reported) — a.txt"));
        assert!(to_csv(&report, None).contains(",reported,"));
    }

    #[test]
    fn markdown_has_a_section_per_speaker() {
        let md = to_markdown(&sample(), None);
        assert!(md.contains("## Ana Ruiz (Mayor)"));
        assert!(md.contains("- “We rebuild, now,” — a.txt"));
    }

    #[test]
    fn articles_are_named_as_a_reader_knows_them() {
        let text =
            "Harbour to reopen\n\n“We rebuild, now,” Mayor Ana Ruiz said.\n\nSource: Harbour Radio";
        let report = analyze(&[Input::new("a.txt", text.as_bytes())]);
        let csv = to_csv(&report, None);
        assert!(
            csv.contains(",a.txt,Harbour Radio: Harbour to reopen,"),
            "{csv}"
        );
        let md = to_markdown(&report, None);
        assert!(md.contains("— Harbour Radio: Harbour to reopen"), "{md}");
    }
}
