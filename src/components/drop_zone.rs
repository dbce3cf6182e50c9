//! The drop zone: drag files onto it, or click to open the file picker.

use leptos::ev::{DragEvent, Event};
use leptos::prelude::*;
use leptos::task::spawn_local;
use web_sys::{FileList, HtmlInputElement};
use whosaid::Input;

use crate::files::{files_of, read_files};

/// Accepts dropped or picked files and hands their bytes to `on_files`.
#[component]
pub fn DropZone(on_files: Callback<Vec<Input>>) -> impl IntoView {
    let (dragging, set_dragging) = signal(false);
    let take = move |list: Option<FileList>| {
        if let Some(list) = list {
            let files = files_of(&list);
            spawn_local(async move { on_files.run(read_files(files).await) });
        }
    };
    let on_change = move |ev: Event| {
        let input: HtmlInputElement = event_target(&ev);
        take(input.files());
        input.set_value("");
    };
    let on_drop = move |ev: DragEvent| {
        ev.prevent_default();
        set_dragging.set(false);
        take(ev.data_transfer().and_then(|d| d.files()));
    };
    view! {
        <div
            class="drop-zone"
            class:dragging=dragging
            on:dragover=move |ev: DragEvent| {
                ev.prevent_default();
                set_dragging.set(true);
            }
            on:dragleave=move |_| set_dragging.set(false)
            on:drop=on_drop
        >
            <label for="file-input">
                <strong>"Drop .txt articles here"</strong>
                " or choose files"
            </label>
            <input
                id="file-input"
                type="file"
                multiple
                accept=".txt,text/plain"
                aria-label="Choose article files"
                on:change=on_change
            />
        </div>
    }
}
