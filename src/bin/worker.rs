//! The Web Worker that runs the engine: files in, report out.
fn main() {
    whosaid_web::worker::run();
}
