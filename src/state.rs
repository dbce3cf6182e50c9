//! What the page's components share: the files brought, where the
//! analysis stands, the latest report and what the reader is looking at.
//! `App` provides one `AppState` as a context; components read it from
//! there, so none of them imports the app.

use std::sync::Arc;

use leptos::prelude::*;
use whosaid::Report;

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
}

impl AppState {
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
