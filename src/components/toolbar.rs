//! Search, filters, sort, and exports of what is shown.

use std::collections::BTreeSet;

use leptos::prelude::*;
use whosaid::report::formats::{to_csv, to_markdown, Selection};
use whosaid::{DocumentEntry, Report};

use crate::download::save;
use crate::state::AppState;
use crate::view_model::shown_clusters;
use crate::view_state::Sort;

/// A report format over a selection of clusters.
type Formatter = fn(&Report, Selection) -> String;

/// The bar above the quote cards.
#[component]
pub fn Toolbar() -> impl IntoView {
    let state = expect_context::<AppState>();
    let view = state.view;
    // CSV and Markdown cover the clusters the view shows.
    let export_shown = move |name: &'static str, mime: &'static str, format: Formatter| {
        let report = state.report.get_untracked();
        let ids: BTreeSet<String> = view
            .with_untracked(|v| shown_clusters(&report.report, v))
            .into_iter()
            .map(|index| report.report.clusters[index].id.clone())
            .collect();
        save(name, mime, &format(&report.report, Some(&ids)));
    };
    let export_json = move |_| {
        // The command line's report: without what only the viewer needs.
        let mut report = Report::clone(&state.report.get_untracked().report);
        report
            .documents
            .iter_mut()
            .for_each(DocumentEntry::without_viewer_fields);
        save(
            "whosaid-report.json",
            "application/json",
            &format!("{}\n", report.to_json()),
        );
    };
    let export_csv = move |_| export_shown("whosaid-quotes.csv", "text/csv", to_csv);
    let export_markdown = move |_| export_shown("whosaid-quotes.md", "text/markdown", to_markdown);
    view! {
        <div class="toolbar" role="search">
            <input
                type="search"
                placeholder="Search quotes"
                aria-label="Search quotes"
                prop:value=move || view.with(|v| v.search.clone())
                on:input=move |ev| view.update(|v| v.search = event_target_value(&ev))
            />
            <label>
                "Kind "
                <select
                    aria-label="Kind"
                    prop:value=move || view.with(|v| v.kind.clone())
                    on:change=move |ev| view.update(|v| v.kind = event_target_value(&ev))
                >
                    <option value="">"All kinds"</option>
                    <option value="full">"Full"</option>
                    <option value="partial">"Partial"</option>
                    <option value="unmarked">"Unmarked"</option>
                    <option value="post">"Post"</option>
                    <option value="reported">"Reported"</option>
                </select>
            </label>
            <label>
                "In at least "
                <input
                    type="number"
                    min="1"
                    class="min-articles"
                    aria-label="Minimum number of articles"
                    prop:value=move || view.with(|v| v.min_articles.to_string())
                    on:input=move |ev| view.update(|v| v.min_articles = event_target_value(&ev).parse().unwrap_or(1).max(1))
                />
                {move || if view.with(|v| v.min_articles) == 1 { " article" } else { " articles" }}
            </label>
            <label>
                "Sort by "
                <select
                    aria-label="Sort by"
                    prop:value=move || view.with(|v| v.sort.name().to_string())
                    on:change=move |ev| view.update(|v| v.sort = Sort::from_name(&event_target_value(&ev)))
                >
                    <option value="articles">"Number of articles"</option>
                    <option value="speaker">"Speaker"</option>
                    <option value="appearance">"Order of appearance"</option>
                </select>
            </label>
            {move || {
                let id = view.with(|v| v.document.clone())?;
                let name = state.report.with(|shared| {
                    shared.report.documents.iter().find(|d| d.id == id).map(crate::labels::article_name)
                })?;
                Some(view! {
                    <p class="filter-chip">
                        {format!("Only quotes in {name} ")}
                        <button type="button" class="clear-document" on:click=move |_| view.update(|v| v.document = None)>"Show all articles"</button>
                    </p>
                })
            }}
            <div class="exports" role="group" aria-label="Export">
                <button type="button" on:click=export_json>"Export JSON"</button>
                <button type="button" on:click=export_csv>"Export CSV"</button>
                <button type="button" on:click=export_markdown>"Export Markdown"</button>
            </div>
        </div>
    }
}
