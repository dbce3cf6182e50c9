//! Bringing articles in: drop or pick files (or a folder), paste text, load
//! the examples; the list of files with their status, and the one status line.

use std::collections::HashMap;

use leptos::ev::{DragEvent, Event};
use leptos::prelude::*;
use leptos::task::spawn_local;
use web_sys::{FileList, HtmlInputElement};

use crate::examples::example_inputs;
use crate::files::{files_of, read_files};
use crate::labels::count;
use crate::state::{AppState, Status};
use whosaid::corrections;

/// Reads a file list and adds its text files (a folder may hold others).
fn take(state: AppState, list: Option<FileList>, only_text: bool) {
    let Some(list) = list else {
        return;
    };
    let files: Vec<web_sys::File> = files_of(&list)
        .into_iter()
        .filter(|f| !only_text || f.name().to_lowercase().ends_with(".txt"))
        .collect();
    if files.is_empty() {
        return;
    }
    state.status.set(Status::Reading(files.len()));
    spawn_local(async move {
        let (articles, reports): (Vec<_>, Vec<_>) = read_files(files)
            .await
            .into_iter()
            .partition(|i| !i.name.to_lowercase().ends_with(".json"));
        state.add_files(articles.into_iter().map(|i| (i.name, i.bytes)).collect());
        // An exported report brought with its articles gives its corrections.
        for report in reports {
            match corrections::parse(&String::from_utf8_lossy(&report.bytes)) {
                Ok(list) => state.import_corrections(list),
                Err(e) => state.status.set(Status::Failed(format!(
                    "{} holds no corrections: {e}",
                    report.name
                ))),
            }
        }
    });
}

/// The intake area.
#[component]
pub fn Intake() -> impl IntoView {
    let state = expect_context::<AppState>();
    let (dragging, set_dragging) = signal(false);
    let pasted = RwSignal::new(String::new());
    // `webkitdirectory` is not a standard attribute, so it is set on the node.
    let folder_input = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if let Some(input) = folder_input.get() {
            let _ = input.set_attribute("webkitdirectory", "");
        }
    });
    let on_pick = move |ev: Event| {
        let input: HtmlInputElement = event_target(&ev);
        take(state, input.files(), false);
        input.set_value("");
    };
    let on_folder = move |ev: Event| {
        let input: HtmlInputElement = event_target(&ev);
        take(state, input.files(), true);
        input.set_value("");
    };
    let on_drop = move |ev: DragEvent| {
        ev.prevent_default();
        set_dragging.set(false);
        take(state, ev.data_transfer().and_then(|d| d.files()), false);
    };
    let add_pasted = move |_| {
        let text = pasted.get_untracked();
        if !text.trim().is_empty() {
            let count = state
                .files
                .with_untracked(|f| f.iter().filter(|f| f.name.starts_with("pasted-")).count());
            state.add_files(vec![(
                format!("pasted-{}.txt", count + 1),
                text.into_bytes(),
            )]);
            pasted.set(String::new());
        }
    };
    let load_examples = move |_| {
        state.add_files(
            example_inputs()
                .into_iter()
                .map(|i| (i.name, i.bytes))
                .collect(),
        );
    };
    view! {
        <section class="intake" aria-label="Articles">
            <div
                class="drop-zone"
                class:dragging=dragging
                on:dragover=move |ev: DragEvent| {
                    ev.prevent_default();
                    set_dragging.set(true);
                }
                on:dragleave=move |_| set_dragging.set(false)
                on:drop=on_drop
            >
                <p><strong>"Drop .txt articles here"</strong>" — they stay on your computer. A report exported from whosaid brings back its corrections."</p>
                <div class="pickers">
                    <label class="button">
                        "Choose files"
                        <input type="file" multiple accept=".txt,text/plain,.json" aria-label="Choose article files" on:change=on_pick />
                    </label>
                    <label class="button">
                        "Choose a folder"
                        <input type="file" multiple node_ref=folder_input aria-label="Choose a folder of articles" on:change=on_folder />
                    </label>
                    <button type="button" on:click=load_examples>"Load example articles"</button>
                </div>
            </div>
            <div class="paste">
                <label for="paste-text">"Or paste an article"</label>
                <textarea id="paste-text" rows="3" prop:value=move || pasted.get() on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
                <button type="button" on:click=add_pasted>"Add pasted text"</button>
            </div>
            <StatusLine />
            <FileList />
        </section>
    }
}

/// The one live status line: progress while working, a summary when done.
#[component]
fn StatusLine() -> impl IntoView {
    let state = expect_context::<AppState>();
    let summary = move || {
        let report = state.report.get();
        let r = &report.report;
        match state.status.get() {
            Status::Idle => "No articles yet.".to_string(),
            Status::Reading(n) => format!("Reading {}…", count(n, "file")),
            Status::Working(done, total) => {
                format!("Analysing: {done} of {}…", count(total as usize, "article"))
            }
            Status::Failed(message) => format!("Analysis failed: {message}"),
            Status::Ready => format!(
                "{}, {}, {}, {}",
                count(r.documents.len(), "article"),
                count(r.quotes.len(), "quote"),
                count(r.speakers.len(), "speaker"),
                count(r.clusters.len(), "utterance")
            ),
        }
    };
    let progress = move || match state.status.get() {
        Status::Working(done, total) => Some((done, total.max(1))),
        Status::Reading(_) => Some((0, 1)),
        _ => None,
    };
    view! {
        <div class="status">
            <p role="status" aria-live="polite">{summary}</p>
            {move || progress().map(|(done, total)| view! {
                <progress max=total value=done aria-label="Analysis progress"></progress>
            })}
        </div>
    }
}

/// At most this many files are listed; the status line counts them all.
const LISTED: usize = 100;

/// Every file with what became of it, and a way to remove it.
#[component]
fn FileList() -> impl IntoView {
    let state = expect_context::<AppState>();
    let rows = move || -> Vec<(u32, String, String, String)> {
        let report = state.report.get();
        let ready = state.status.get() == Status::Ready;
        let r = &report.report;
        let mut quotes: HashMap<&str, usize> = HashMap::new();
        for q in &r.quotes {
            *quotes.entry(q.doc.as_str()).or_default() += 1;
        }
        let documents: HashMap<&str, (&str, String)> = r
            .documents
            .iter()
            .map(|d| (d.name.as_str(), (d.id.as_str(), d.warnings.join("; "))))
            .collect();
        state.files.with(|files| {
            files
                .iter()
                .take(LISTED)
                .map(|f| {
                    let doc = documents.get(f.name.as_str());
                    let note = match (ready, doc) {
                        (false, _) => "waiting".to_string(),
                        (true, None) => "not read".to_string(),
                        (true, Some((id, _))) => {
                            count(quotes.get(id).copied().unwrap_or(0), "quote")
                        }
                    };
                    let warning = doc.map(|d| d.1.clone()).unwrap_or_default();
                    (f.id, f.name.clone(), note, warning)
                })
                .collect()
        })
    };
    let hidden = move || state.files.with(|f| f.len().saturating_sub(LISTED));
    view! {
        <ul class="file-list" aria-label="Files">
            <For each=rows key=|row| (row.0, row.2.clone(), row.3.clone()) let((id, name, note, warning))>
                <li class="file" class:warned=!warning.is_empty()>
                    <span class="file-name">{name.clone()}</span>
                    <span class="file-note">{note}</span>
                    {(!warning.is_empty()).then(|| view! { <span class="file-warning" role="note">{warning.clone()}</span> })}
                    <button
                        type="button"
                        class="remove"
                        aria-label=format!("Remove {name}")
                        on:click=move |_| state.files.update(|files| files.retain(|f| f.id != id))
                    >
                        "×"
                    </button>
                </li>
            </For>
            {move || (hidden() > 0).then(|| view! { <li class="file more">{format!("and {} more", hidden())}</li> })}
        </ul>
    }
}
