//! Every quote with its speaker and source file. Article text is rendered
//! as text only (Leptos escapes it), never as HTML.

use std::collections::HashMap;

use leptos::prelude::*;
use whosaid::{QuoteEntry, Report};

/// One row as shown.
#[derive(Clone, PartialEq)]
struct Row {
    id: String,
    text: String,
    kind: String,
    speaker: String,
    document: String,
}

fn rows(report: &Report) -> Vec<Row> {
    let speakers: HashMap<&str, &str> = report
        .speakers
        .iter()
        .map(|s| (s.id.as_str(), s.name.as_str()))
        .collect();
    let documents: HashMap<&str, &str> = report
        .documents
        .iter()
        .map(|d| (d.id.as_str(), d.name.as_str()))
        .collect();
    let speaker_of = |q: &QuoteEntry| {
        q.speaker
            .as_deref()
            .and_then(|s| speakers.get(s))
            .map_or_else(|| "Unknown speaker".to_string(), |s| s.to_string())
    };
    report
        .quotes
        .iter()
        .map(|q| Row {
            id: q.id.clone(),
            text: q.text.clone(),
            kind: q.kind.clone(),
            speaker: speaker_of(q),
            document: documents
                .get(q.doc.as_str())
                .copied()
                .unwrap_or_default()
                .to_string(),
        })
        .collect()
}

/// The list of quotes.
#[component]
pub fn QuoteList(report: Memo<Report>) -> impl IntoView {
    let rows = Memo::new(move |_| report.with(rows));
    view! {
        <section class="quotes" aria-label="Quotes">
            <ul class="quote-list">
                <For each=move || rows.get() key=|row| row.id.clone() let(row)>
                    <li class="quote">
                        <blockquote>{row.text}</blockquote>
                        <p class="meta">
                            <span class="speaker">{row.speaker}</span>
                            <span class="kind">{row.kind}</span>
                            <span class="source">{row.document}</span>
                        </p>
                    </li>
                </For>
            </ul>
        </section>
    }
}
