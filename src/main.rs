//! The whosaid page: mounts the app.
fn main() {
    whosaid_web::start();
}
