//! What the page's components share: the files brought, where the
//! analysis stands, the latest report and what the reader is looking at.
//! `App` provides one `AppState` as a context; components read it from
//! there, so none of them imports the app.

use std::sync::Arc;

use leptos::prelude::*;
use whosaid::corrections::{Correction, QuoteRef};
use whosaid::{QuoteEntry, Report};

use crate::view_state::ViewState;

/// One file the user brought.
#[derive(Clone, Debug)]
pub struct LoadedFile {
    /// A number unique in this session.
    pub id: u32,
    /// The file name.
    pub name: String,
    /// Its bytes, as read.
    pub bytes: Arc<Vec<u8>>,
}

/// Where the analysis stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    /// Nothing to do yet.
    Idle,
    /// Reading files from disk.
    Reading(usize),
    /// The engine has read `done` of `total` articles.
    Working(u32, u32),
    /// The report is ready.
    Ready,
    /// The engine failed; the message is for the user.
    Failed(String),
}

/// A report with a generation number, so views compare it cheaply.
#[derive(Clone, Debug, Default)]
pub struct Shared {
    /// Increases with every new report.
    pub generation: u32,
    /// The report.
    pub report: Arc<Report>,
}

impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        self.generation == other.generation
    }
}

/// Everything the components share.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The files brought so far.
    pub files: RwSignal<Vec<LoadedFile>>,
    /// Where the analysis stands.
    pub status: RwSignal<Status>,
    /// The latest report.
    pub report: RwSignal<Shared>,
    /// What the reader is looking at.
    pub view: RwSignal<ViewState>,
    /// The reader's corrections, in the order made; the engine applies them.
    pub corrections: RwSignal<Vec<Correction>>,
    /// The name the corrections of these articles are stored under.
    pub articles_key: RwSignal<String>,
    /// The quote the reader is moving to another cluster, if any.
    pub moving: RwSignal<Option<String>>,
    /// The cards the reader opened, by one of their quotes' ids.
    pub open_cards: RwSignal<std::collections::HashSet<String>>,
}

impl AppState {
    /// Adds a correction; the engine recomputes the report with it.
    pub fn correct(&self, correction: Correction) {
        self.corrections.update(|list| list.push(correction));
    }

    /// Takes the corrections of an exported report as the current ones,
    /// stored for the articles now here.
    pub fn import_corrections(&self, list: Vec<Correction>) {
        let key = self
            .files
            .with_untracked(|files| crate::corrections_store::articles_key(files));
        crate::corrections_store::save(&key, &list);
        self.corrections.set(list);
    }

    /// The report's quote `id` as a correction names it.
    pub fn quote_ref(&self, id: &str) -> Option<QuoteRef> {
        self.report.with_untracked(|shared| {
            let report = &shared.report;
            let quote: &QuoteEntry = report.quotes.iter().find(|q| q.id == id)?;
            let doc = report.documents.iter().find(|d| d.id == quote.doc)?;
            Some(QuoteRef {
                doc: doc.name.clone(),
                start: quote.start,
                end: quote.end,
            })
        })
    }

    /// Adds files after those already there.
    pub fn add_files(&self, new: Vec<(String, Vec<u8>)>) {
        self.files.update(|files| {
            let first = files.iter().map(|f| f.id + 1).max().unwrap_or(1);
            for (id, (name, bytes)) in (first..).zip(new) {
                files.push(LoadedFile {
                    id,
                    name,
                    bytes: Arc::new(bytes),
                });
            }
        });
    }
}
