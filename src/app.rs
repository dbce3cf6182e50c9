//! The page: intake (files, paste, examples), the speaker sidebar, the quote
//! cards, and the article view. State lives in `state` and in the URL fragment.

use std::sync::Arc;

use leptos::prelude::*;
use whosaid::Report;

use crate::components::article_view::ArticleView;
use crate::components::cluster_list::ClusterList;
use crate::components::intake::Intake;
use crate::components::speaker_list::SpeakerList;
use crate::components::toolbar::Toolbar;
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
    Effect::new(move |_| {
        let files: Vec<(String, Arc<Vec<u8>>)> = state.files.with(|files| {
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
        } else {
            state.status.set(Status::Working(0, files.len() as u32));
            engine::analyze(&files);
        }
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
            <div class="workspace">
                <SpeakerList />
                <section id="quotes" class="quotes" aria-label="Quotes" tabindex="-1">
                    <Toolbar />
                    <ClusterList />
                </section>
            </div>
        </main>
        <ArticleView />
    }
}
