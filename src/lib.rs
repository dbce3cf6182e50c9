//! The whosaid page (Leptos, client-side): drop articles, read who said what.
//! It only renders a `whosaid::Report`; every decision about quotes and
//! names is the engine's.

pub mod app;
pub mod components;
pub mod examples;
pub mod files;

/// Mounts the app into the page body.
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
