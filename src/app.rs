//! The page: intake (files, paste, examples), the speaker sidebar, the quote
//! cards, and the article view. State lives in `state` and in the URL fragment.

use std::sync::Arc;

use leptos::prelude::*;
use whosaid::Report;

use crate::components::article_view::ArticleView;
use crate::components::cluster_list::ClusterList;
use crate::components::corrections_panel::CorrectionsPanel;
use crate::components::intake::Intake;
use crate::components::overview::Overview;
use crate::components::speaker_list::SpeakerList;
use crate::components::toolbar::Toolbar;
use crate::corrections_store::{self, articles_key};
use crate::engine::{self, EngineEvent};
use crate::state::{AppState, Shared, Status};
use crate::view_state::ViewState;

fn current_fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

fn show_fragment(view: &ViewState) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let fragment = view.to_fragment();
    let url = if fragment.is_empty() {
        window.location().pathname().unwrap_or_default()
    } else {
        format!("#{fragment}")
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState {
        files: RwSignal::new(Vec::new()),
        status: RwSignal::new(Status::Idle),
        report: RwSignal::new(Shared::default()),
        view: RwSignal::new(ViewState::from_fragment(&current_fragment())),
        corrections: RwSignal::new(Vec::new()),
        articles_key: RwSignal::new(String::new()),
        moving: RwSignal::new(None),
        open_cards: RwSignal::new(Default::default()),
    };
    provide_context(state);
    engine::start(move |event| match event {
        EngineEvent::Progress(done, total) => state.status.set(Status::Working(done, total)),
        // The engine hands the report on in a task of its own (after the
        // last part of its quotes), so drawing it holds up nothing else.
        EngineEvent::Report(report) => {
            state.report.update(|shared| {
                shared.generation += 1;
                shared.report = Arc::new(report);
            });
            state.status.set(Status::Ready);
        }
        EngineEvent::Failed(message) => state.status.set(Status::Failed(message)),
    });
    // New files: find the corrections stored for this set of articles
    // (or keep the current ones when none are), which starts the analysis.
    Effect::new(move |_| {
        let key = state.files.with(|files| articles_key(files));
        let stored = corrections_store::load(&key);
        state.articles_key.set(key);
        if stored.is_empty() {
            state.corrections.notify();
        } else {
            state.corrections.set(stored);
        }
    });
    // Every change of the corrections (and every new set of files, above)
    // asks the engine for the report again; it is the one place that does.
    let posted_key = StoredValue::new(String::new());
    Effect::new(move |_| {
        let corrections = state.corrections.get();
        let key = state.articles_key.get_untracked();
        corrections_store::save(&key, &corrections);
        let files: Vec<(String, Arc<Vec<u8>>)> = state.files.with_untracked(|files| {
            files
                .iter()
                .map(|f| (f.name.clone(), f.bytes.clone()))
                .collect()
        });
        if files.is_empty() {
            state.report.update(|shared| {
                shared.generation += 1;
                shared.report = Arc::new(Report::default());
            });
            state.status.set(Status::Idle);
            posted_key.set_value(String::new());
            return;
        }
        let json = serde_json::to_string(&corrections).unwrap_or_else(|_| "[]".into());
        let new_files = posted_key.get_value() != key;
        posted_key.set_value(key);
        state.status.set(Status::Working(0, files.len() as u32));
        engine::analyze(new_files.then_some(files.as_slice()), &json);
    });
    Effect::new(move |_| state.view.with(show_fragment));
    view! {
        <a class="skip-link" href="#quotes">"Skip to quotes"</a>
        <header class="masthead">
            <h1>"whosaid"</h1>
            <p class="tagline">"Who said what, and who reported it how — in your browser, nothing uploaded."</p>
        </header>
        <main>
            <Intake />
            <Overview />
            <div class="workspace">
                <SpeakerList />
                <section id="quotes" class="quotes" aria-label="Quotes" tabindex="-1">
                    <Toolbar />
                    <CorrectionsPanel />
                    <ClusterList />
                </section>
            </div>
        </main>
        <ArticleView />
    }
}
