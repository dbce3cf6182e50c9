//! The sidebar of speakers: canonical name, role, number of quotes and of
//! articles; searchable; choosing one filters the quotes. Each speaker can
//! be corrected: merged into another, or split by article.

use leptos::prelude::*;

use std::collections::BTreeSet;

use whosaid::corrections::Correction;

use crate::labels::count;
use crate::state::AppState;
use crate::view_model::{speaker_articles, speaker_rows, SpeakerRow};

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
                                    <span class="speaker-counts">{format!("{} · {}", count(row.quotes, "quote"), count(row.articles, "article"))}</span>
                                </button>
                                <SpeakerFixes row=row.clone() />
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

/// Merging a speaker into another, or splitting off some of its articles.
#[component]
fn SpeakerFixes(row: SpeakerRow) -> impl IntoView {
    let open = RwSignal::new(false);
    let name = row.name.clone();
    view! {
        <details class="fix speaker-fix" on:toggle=move |ev| open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
            <summary>{format!("Correct {name}")}</summary>
            // Built when opened: a thousand speakers would otherwise each
            // carry a list of every other.
            {move || open.get().then(|| {
                let (id, name) = (row.id.clone(), row.name.clone());
                view! { <MergeForm name=name.clone() /> <SplitForm id name /> }
            })}
        </details>
    }
}

#[component]
fn MergeForm(name: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let others: Vec<String> = state.report.with_untracked(|shared| {
        let mut names: Vec<String> = shared
            .report
            .speakers
            .iter()
            .map(|s| s.name.clone())
            .filter(|n| *n != name)
            .collect();
        names.sort();
        names.dedup();
        names
    });
    let into = RwSignal::new(others.first().cloned().unwrap_or_default());
    let merge = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let into = into.get_untracked();
        if !into.is_empty() {
            state.correct(Correction::MergeSpeakers {
                into,
                from: name.clone(),
            });
        }
    };
    view! {
        <form class="merge" on:submit=merge>
            <label>
                "Same as "
                <select class="merge-into" on:change=move |ev| into.set(event_target_value(&ev))>
                    {others.into_iter().map(|n| view! { <option value=n.clone()>{n.clone()}</option> }).collect_view()}
                </select>
            </label>
            <button type="submit">"Merge"</button>
        </form>
    }
}

#[component]
fn SplitForm(id: String, name: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let articles = state
        .report
        .with_untracked(|shared| speaker_articles(&shared.report, &id));
    let chosen = RwSignal::new(BTreeSet::<String>::new());
    let new_name = RwSignal::new(String::new());
    let split = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let documents: Vec<String> = chosen.get_untracked().into_iter().collect();
        let other = new_name.get_untracked().trim().to_string();
        if !documents.is_empty() && !other.is_empty() {
            state.correct(Correction::SplitSpeaker {
                speaker: name.clone(),
                documents,
                name: other,
            });
        }
    };
    (articles.len() > 1).then(|| view! {
        <form class="split" on:submit=split>
            <fieldset>
                <legend>"Someone else in these articles"</legend>
                {articles.into_iter().map(|(file, label)| {
                    let toggled = file.clone();
                    view! {
                        <label class="split-article">
                            <input type="checkbox" on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                chosen.update(|c| { if on { c.insert(toggled.clone()); } else { c.remove(&toggled); } });
                            } />
                            {label}
                        </label>
                    }
                }).collect_view()}
            </fieldset>
            <label>
                "Their name "
                <input type="text" class="split-name" list="speaker-names" prop:value=move || new_name.get() on:input=move |ev| new_name.set(event_target_value(&ev)) />
            </label>
            <button type="submit">"Split"</button>
        </form>
    })
}
