//! Reading the user's files in the browser (File API): bytes in, `Input`s out.
//! Nothing leaves the page.

use js_sys::Uint8Array;
use wasm_bindgen_futures::JsFuture;
use web_sys::{File, FileList};
use whosaid::Input;

/// The files of a list, taken out at once: a `FileList` is live and empties
/// when its input is reset.
pub fn files_of(list: &FileList) -> Vec<File> {
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// Reads every file; a file that cannot be read becomes an empty input,
/// which the engine reports with a warning.
pub async fn read_files(files: Vec<File>) -> Vec<Input> {
    let mut inputs = Vec::new();
    for file in files {
        let bytes = match JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => Uint8Array::new(&buffer).to_vec(),
            Err(_) => Vec::new(),
        };
        inputs.push(Input::new(file.name(), bytes));
    }
    inputs
}
