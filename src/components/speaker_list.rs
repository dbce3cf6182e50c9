//! The sidebar of speakers: canonical name, role, number of quotes and of
//! articles; searchable; choosing one filters the quotes.

use leptos::prelude::*;

use crate::state::AppState;
use crate::view_model::speaker_rows;

/// At most this many rows are drawn; the search finds the rest.
const SHOWN: usize = 200;

/// The speaker sidebar.
#[component]
pub fn SpeakerList() -> impl IntoView {
    let state = expect_context::<AppState>();
    let search = RwSignal::new(String::new());
    let rows = Memo::new(move |_| {
        let report = state.report.get();
        search.with(|s| speaker_rows(&report.report, s))
    });
    let chosen = move || state.view.with(|v| v.speaker.clone());
    let choose = move |id: Option<String>| state.view.update(|v| v.speaker = id);
    let visible = move || rows.get().into_iter().take(SHOWN).collect::<Vec<_>>();
    view! {
        <nav class="speakers" aria-label="Speakers">
            <h2>"Speakers"</h2>
            <input
                type="search"
                placeholder="Find a speaker"
                aria-label="Search speakers"
                prop:value=move || search.get()
                on:input=move |ev| search.set(event_target_value(&ev))
            />
            <ul>
                <li>
                    <button type="button" class="speaker" aria-pressed=move || chosen().is_none().to_string() on:click=move |_| choose(None)>
                        "All speakers"
                    </button>
                </li>
                <For each=visible key=|row| row.clone() let(row)>
                    {
                        let id = row.id.clone();
                        let pressed_id = row.id.clone();
                        view! {
                            <li>
                                <button
                                    type="button"
                                    class="speaker"
                                    aria-pressed=move || (chosen().as_deref() == Some(pressed_id.as_str())).to_string()
                                    on:click=move |_| choose(Some(id.clone()))
                                >
                                    <span class="speaker-name">{row.name.clone()}</span>
                                    {(!row.role.is_empty()).then(|| view! { <span class="speaker-role">{row.role.clone()}</span> })}
                                    <span class="speaker-counts">{format!("{} quote(s) · {} article(s)", row.quotes, row.articles)}</span>
                                </button>
                            </li>
                        }
                    }
                </For>
            </ul>
            {move || (rows.with(Vec::len) > SHOWN).then(|| view! {
                <p class="more-note">{format!("Showing {SHOWN} of {}; search to find the others.", rows.with(Vec::len))}</p>
            })}
        </nav>
    }
}
