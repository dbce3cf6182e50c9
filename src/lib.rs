//! The whosaid page (Leptos, client-side): drop articles, read who said what.
//! It only renders a `whosaid::Report` made by the engine in a Web Worker
//! (`worker`); every decision about quotes and names is the engine's.

pub mod app;
pub mod components;
pub mod corrections_store;
pub mod coverage;
pub mod download;
pub mod engine;
pub mod evidence;
pub mod examples;
pub mod files;
pub mod labels;
pub mod state;
pub mod view_model;
pub mod view_state;
pub mod worker;

/// Mounts the app into the page body and registers the offline cache.
pub fn start() {
    console_error_panic_hook::set_once();
    register_service_worker();
    leptos::mount::mount_to_body(app::App);
}

/// After the first visit the page works offline: `sw.js` caches the build.
fn register_service_worker() {
    if let Some(window) = web_sys::window() {
        let secure = window
            .location()
            .protocol()
            .is_ok_and(|p| p == "https:" || p == "http:");
        if secure {
            // Failure only means no offline copy; the page works regardless.
            let _ = window.navigator().service_worker().register("./sw.js");
        }
    }
}
