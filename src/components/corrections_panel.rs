//! The reader's corrections: listed in words, each undone on its own, kept
//! in this browser for these articles, and loaded back from an exported
//! report. Also the names every speaker field offers, and the note shown
//! while a quote is being moved.

use leptos::ev::Event;
use leptos::prelude::*;
use leptos::task::spawn_local;
use web_sys::HtmlInputElement;
use whosaid::corrections::{self, QuoteRef};

use crate::engine::article_text;
use crate::files::{files_of, read_files};
use crate::labels::{count, describe};
use crate::state::AppState;

/// The words of a quote as a correction names it, if its article is here.
fn words_of(state: AppState, quote: &QuoteRef) -> Option<String> {
    let index = state.report.with_untracked(|shared| {
        shared
            .report
            .documents
            .iter()
            .position(|d| d.name == quote.doc)
    })?;
    let text = article_text(index);
    let words: String = text
        .chars()
        .skip(quote.start)
        .take(quote.end.saturating_sub(quote.start))
        .collect();
    (!words.is_empty()).then_some(words)
}

/// The panel.
#[component]
pub fn CorrectionsPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let problem = RwSignal::new(None::<String>);
    let names = move || {
        state.report.with(|shared| {
            let mut names: Vec<String> = shared
                .report
                .speakers
                .iter()
                .map(|s| s.name.clone())
                .collect();
            names.sort();
            names.dedup();
            names
        })
    };
    let load = move |ev: Event| {
        let input: HtmlInputElement = event_target(&ev);
        let Some(list) = input.files() else {
            return;
        };
        let files = files_of(&list);
        input.set_value("");
        spawn_local(async move {
            for file in read_files(files).await {
                match corrections::parse(&String::from_utf8_lossy(&file.bytes)) {
                    Ok(loaded) => {
                        problem.set(None);
                        state.corrections.set(loaded);
                    }
                    Err(e) => problem.set(Some(format!("{} holds no corrections: {e}", file.name))),
                }
            }
        });
    };
    let undo = move |index: usize| {
        state.corrections.update(|list| {
            if index < list.len() {
                list.remove(index);
            }
        })
    };
    // Read again with each report: the words of a quote come with it.
    let listed = move || {
        state.report.track();
        state
            .corrections
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, c)| (i, describe(&c, &|q| words_of(state, q))))
            .collect::<Vec<_>>()
    };
    view! {
        <datalist id="speaker-names">
            {move || names().into_iter().map(|n| view! { <option value=n></option> }).collect_view()}
        </datalist>
        {move || state.moving.get().map(|_| view! {
            <div class="moving-note" role="status">
                "Moving a quote: choose “Move the quote here” on the card it belongs to. "
                <button type="button" class="move-cancel" on:click=move |_| state.moving.set(None)>"Cancel"</button>
            </div>
        })}
        <details class="corrections">
            <summary>{move || format!("Your corrections ({})", state.corrections.with(Vec::len))}</summary>
            <p class="hint">
                "Kept in this browser for these articles, and in “Export JSON”. "
                {move || count(state.corrections.with(Vec::len), "correction")}
                " applied."
            </p>
            <ol class="correction-list">
                {move || listed().into_iter().map(|(i, text)| view! {
                    <li>
                        <span class="correction-text">{text}</span>
                        " "
                        <button type="button" class="undo" on:click=move |_| undo(i)>"Undo"</button>
                    </li>
                }).collect_view()}
            </ol>
            <label class="load-corrections">
                "Load corrections from an exported report "
                <input type="file" accept=".json,application/json" on:change=load />
            </label>
            {move || problem.get().map(|p| view! { <p class="problem" role="alert">{p}</p> })}
        </details>
    }
}
