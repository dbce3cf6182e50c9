//! The page: a drop zone and the report it produces.

use leptos::prelude::*;
use whosaid::{analyze_with, Input, Options, Report};

use crate::components::drop_zone::DropZone;
use crate::components::quote_list::QuoteList;
use crate::examples::example_inputs;

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    let (inputs, set_inputs) = signal(Vec::<Input>::new());
    let report = Memo::new(move |_| {
        inputs.with(|files| analyze_with(files, Options { include_text: true }))
    });
    let add_files = Callback::new(move |new: Vec<Input>| {
        set_inputs.update(|files| files.extend(new));
    });
    let load_examples = move |_| set_inputs.set(example_inputs());
    view! {
        <header class="masthead">
            <h1>"whosaid"</h1>
            <p class="tagline">"Who said what, and who reported it how — in your browser, nothing uploaded."</p>
        </header>
        <main>
            <section class="intake" aria-label="Articles">
                <DropZone on_files=add_files />
                <button type="button" class="secondary" on:click=load_examples>
                    "Load example articles"
                </button>
            </section>
            <Summary report=report />
            <QuoteList report=report />
        </main>
    }
}

/// One line on what was read.
#[component]
fn Summary(report: Memo<Report>) -> impl IntoView {
    view! {
        <p class="summary" role="status">
            {move || report.with(|r| {
                if r.documents.is_empty() {
                    "No articles yet.".to_string()
                } else {
                    format!(
                        "{} article(s), {} quote(s), {} speaker(s)",
                        r.documents.len(),
                        r.quotes.len(),
                        r.speakers.len()
                    )
                }
            })}
        </p>
    }
}
