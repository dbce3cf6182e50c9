//! The engine's side of the Web Worker. Messages in: `[files, corrections]`,
//! where `files` is an array of `[name, Uint8Array]` pairs, or null to
//! report the files of the last message again (after a correction: only
//! the cross-article step runs again, and the articles it must reread), and
//! `corrections` the reader's corrections as a JSON list. Messages out: `["ready"]` once listening,
//! `["progress", done, total]` while reading, then `["report", json, parts,
//! texts]` where `json` is the report without its quotes and article texts,
//! `parts` its quotes as JSON arrays of at most `QUOTES_PER_PART` each (the
//! page reads one part per task, so no task of its own grows with the
//! pile), and `texts` the texts in document order (parsed by nobody).

use std::cell::RefCell;

use js_sys::{Array, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};
use whosaid::corrections::{self, Correction};
use whosaid::{Input, Options, Report, Session};

/// Quotes per part of the report: about 6 ms of reading each on the page.
const QUOTES_PER_PART: usize = 1000;

thread_local! {
    /// The articles of the last message, kept read for each correction.
    static SESSION: RefCell<Option<Session>> = const { RefCell::new(None) };
}

fn post(scope: &DedicatedWorkerGlobalScope, parts: &[JsValue]) {
    let message: Array = parts.iter().collect();
    // A failed post means the page is gone; nothing is left to tell.
    let _ = scope.post_message(&message);
}

fn inputs_of(data: &JsValue) -> Vec<Input> {
    Array::from(data)
        .iter()
        .filter_map(|pair| {
            let pair = Array::from(&pair);
            let name = pair.get(0).as_string()?;
            let bytes = pair.get(1).dyn_into::<Uint8Array>().ok()?.to_vec();
            Some(Input::new(name, bytes))
        })
        .collect()
}

fn corrections_of(message: &Array) -> Result<Vec<Correction>, String> {
    match message.get(1).as_string() {
        Some(json) => corrections::parse(&json),
        None => Ok(Vec::new()),
    }
}

fn analyze_message(scope: &DedicatedWorkerGlobalScope, data: &JsValue) {
    let message = Array::from(data);
    let files = message.get(0);
    if !files.is_null() && !files.is_undefined() {
        let session = Session::new(inputs_of(&files), Options { include_text: true });
        SESSION.with(|kept| *kept.borrow_mut() = Some(session));
    }
    match corrections_of(&message) {
        Ok(corrections) => {
            let report = SESSION.with(|kept| {
                let mut kept = kept.borrow_mut();
                let session =
                    kept.get_or_insert_with(|| Session::new(Vec::new(), Options::default()));
                report_of(scope, session, &corrections)
            });
            post_report(scope, report);
        }
        Err(e) => {
            let message = format!("The corrections could not be read: {e}");
            post(scope, &["error".into(), message.into()]);
        }
    }
}

/// The session's report, telling the page how far the reading is.
fn report_of(
    scope: &DedicatedWorkerGlobalScope,
    session: &mut Session,
    corrections: &[Correction],
) -> Report {
    session.report(corrections, &mut |done, total| {
        let step = (total / 50).max(1);
        if done % step == 0 || done == total {
            let (done, total) = (done as u32, total as u32);
            post(scope, &["progress".into(), done.into(), total.into()]);
        }
    })
}

/// Posts the report: its quotes in parts, the article texts apart.
fn post_report(scope: &DedicatedWorkerGlobalScope, mut report: Report) {
    let texts: Array = report
        .documents
        .iter_mut()
        .map(|d| JsValue::from_str(&d.text.take().unwrap_or_default()))
        .collect();
    let quotes = std::mem::take(&mut report.quotes);
    let parts: Result<Array, _> = quotes
        .chunks(QUOTES_PER_PART)
        .map(|part| serde_json::to_string(part).map(|json| JsValue::from_str(&json)))
        .collect();
    match serde_json::to_string(&report).and_then(|json| Ok((json, parts?))) {
        Ok((json, parts)) => post(
            scope,
            &["report".into(), json.into(), parts.into(), texts.into()],
        ),
        Err(e) => post(scope, &["error".into(), e.to_string().into()]),
    }
}

/// Listens for files and answers with reports.
pub fn run() {
    console_error_panic_hook::set_once();
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |message: MessageEvent| {
        analyze_message(&reply, &message.data());
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    post(&scope, &["ready".into()]);
}
