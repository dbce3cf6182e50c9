//! The page's handle on the engine worker: post files, hear progress and
//! reports. The worker and the article texts it returns live in this
//! thread's storage (they are JavaScript objects, not `Send`).

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use js_sys::{Array, Uint8Array};
use leptos::prelude::set_timeout;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker};
use whosaid::{QuoteEntry, Report};

/// What the worker tells the page.
pub enum EngineEvent {
    /// `done` of `total` articles read.
    Progress(u32, u32),
    /// The finished report (article texts kept aside, see [`article_text`]).
    Report(Report),
    /// Something went wrong; the message is for the user.
    Failed(String),
}

struct Engine {
    worker: Worker,
    ready: bool,
    waiting: Option<Array>,
}

thread_local! {
    static ENGINE: RefCell<Option<Engine>> = const { RefCell::new(None) };
    static TEXTS: RefCell<Array> = RefCell::new(Array::new());
}

/// Listens to the engine's events.
type Listener = Rc<dyn Fn(EngineEvent)>;

fn failed_to_read(e: serde_json::Error) -> EngineEvent {
    EngineEvent::Failed(format!("The report could not be read: {e}"))
}

/// Reads the report's quotes one part per task (see the worker), then
/// hands the whole report on in a task after the last part's.
fn read_quotes(mut report: Report, parts: Array, next: u32, on_event: Listener) {
    if next >= parts.length() {
        on_event(EngineEvent::Report(report));
        return;
    }
    let json = parts.get(next).as_string().unwrap_or_default();
    match serde_json::from_str::<Vec<QuoteEntry>>(&json) {
        Ok(quotes) => {
            report.quotes.extend(quotes);
            set_timeout(
                move || read_quotes(report, parts, next + 1, on_event),
                Duration::ZERO,
            );
        }
        Err(e) => on_event(failed_to_read(e)),
    }
}

/// Starts the worker; `on_event` hears everything it says.
pub fn start(on_event: impl Fn(EngineEvent) + 'static) {
    let on_event: Listener = Rc::new(on_event);
    let worker = match Worker::new("./worker_loader.js") {
        Ok(worker) => worker,
        Err(_) => {
            on_event(EngineEvent::Failed(
                "The analysis worker could not start in this browser.".into(),
            ));
            return;
        }
    };
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |message: MessageEvent| {
        let parts = Array::from(&message.data());
        match parts.get(0).as_string().as_deref() {
            Some("ready") => became_ready(),
            Some("progress") => {
                let number = |i| parts.get(i).as_f64().unwrap_or(0.0) as u32;
                on_event(EngineEvent::Progress(number(1), number(2)));
            }
            Some("report") => {
                let json = parts.get(1).as_string().unwrap_or_default();
                TEXTS.with(|texts| *texts.borrow_mut() = Array::from(&parts.get(3)));
                match serde_json::from_str::<Report>(&json) {
                    Ok(report) => {
                        read_quotes(report, Array::from(&parts.get(2)), 0, on_event.clone())
                    }
                    Err(e) => on_event(failed_to_read(e)),
                }
            }
            _ => on_event(EngineEvent::Failed(
                parts
                    .get(1)
                    .as_string()
                    .unwrap_or_else(|| "The analysis failed.".into()),
            )),
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    ENGINE.with(|engine| {
        *engine.borrow_mut() = Some(Engine {
            worker,
            ready: false,
            waiting: None,
        });
    });
}

/// The worker posts "ready" once it listens; messages sent earlier would be lost.
fn became_ready() {
    ENGINE.with(|engine| {
        if let Some(engine) = engine.borrow_mut().as_mut() {
            engine.ready = true;
            if let Some(message) = engine.waiting.take() {
                let _ = engine.worker.post_message(&message);
            }
        }
    });
}

/// A file as the worker takes it: its name and bytes.
pub type NamedBytes = (String, std::sync::Arc<Vec<u8>>);

/// Asks the worker for a report: of `files` (none to read the last files
/// again) with the reader's `corrections` (a JSON list).
pub fn analyze(files: Option<&[NamedBytes]>, corrections: &str) {
    let files: JsValue = match files {
        Some(files) => files
            .iter()
            .map(|(name, bytes)| {
                let pair = Array::new();
                pair.push(&JsValue::from_str(name));
                pair.push(&Uint8Array::from(bytes.as_slice()));
                JsValue::from(pair)
            })
            .collect::<Array>()
            .into(),
        None => JsValue::NULL,
    };
    let message = Array::of2(&files, &JsValue::from_str(corrections));
    ENGINE.with(|engine| {
        if let Some(engine) = engine.borrow_mut().as_mut() {
            if engine.ready {
                let _ = engine.worker.post_message(&message);
            } else {
                // Only the latest request counts; it carries its files
                // when an earlier one that never left did.
                let earlier = engine.waiting.take();
                if files.is_null() {
                    if let Some(earlier) = earlier {
                        message.set(0, earlier.get(0));
                    }
                }
                engine.waiting = Some(message);
            }
        }
    });
}

/// The text of the `index`-th document of the latest report.
pub fn article_text(index: usize) -> String {
    TEXTS.with(|texts| {
        texts
            .borrow()
            .get(index as u32)
            .as_string()
            .unwrap_or_default()
    })
}
