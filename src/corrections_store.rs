//! The reader's corrections kept in the browser (localStorage), one list
//! per set of articles, so a reload or a second visit with the same files
//! finds them again. Nothing leaves the page.

use whosaid::corrections::{self, Correction};

use crate::state::LoadedFile;

/// A name for the set of articles: FNV-1a over their names and bytes in
/// name order, so the same files brought in any order find their list.
pub fn articles_key(files: &[LoadedFile]) -> String {
    let mut sorted: Vec<&LoadedFile> = files.iter().collect();
    sorted.sort_by(|a, b| a.name.cmp(&b.name).then_with(|| a.bytes.cmp(&b.bytes)));
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for &b in bytes {
            hash = (hash ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
    };
    for file in sorted {
        eat(file.name.as_bytes());
        eat(&[0]);
        eat(&(file.bytes.len() as u64).to_le_bytes());
        eat(&file.bytes);
    }
    format!("whosaid-corrections-{hash:016x}")
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The corrections saved for `key` (none when storage is unavailable).
pub fn load(key: &str) -> Vec<Correction> {
    storage()
        .and_then(|s| s.get_item(key).ok()?)
        .and_then(|json| corrections::parse(&json).ok())
        .unwrap_or_default()
}

/// Saves `list` for `key`; an empty list removes the entry. Returns false
/// when the browser refused (storage full or disabled).
pub fn save(key: &str, list: &[Correction]) -> bool {
    let Some(storage) = storage() else {
        return false;
    };
    if list.is_empty() {
        return storage.remove_item(key).is_ok();
    }
    serde_json::to_string(list).is_ok_and(|json| storage.set_item(key, &json).is_ok())
}
