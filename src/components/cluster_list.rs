//! One card per utterance: its most complete wording, speaker and role, the
//! number of articles, kinds, and a conflict badge; opened, every wording
//! side by side with the differing words marked, each with its articles.

use leptos::prelude::*;

use crate::state::AppState;
use crate::view_model::{cards_at, cluster_variants, shown_clusters, ClusterCard, VariantView};

/// Cards drawn at first and per "Show more", so large piles stay responsive.
const PAGE: usize = 50;
/// Articles listed under one wording; the count says how many there are.
const OCCURRENCES: usize = 100;

/// The list of quote cards.
#[component]
pub fn ClusterList() -> impl IntoView {
    let state = expect_context::<AppState>();
    // Every cluster is filtered and sorted, but cards are built only for
    // those drawn: on a thousand articles the rest would hold up the page.
    let order = Memo::new(move |_| {
        let report = state.report.get();
        state.view.with(|v| shown_clusters(&report.report, v))
    });
    let shown = RwSignal::new(PAGE);
    let visible = move || {
        let report = state.report.get();
        order.with(|o| cards_at(&report.report, &o[..o.len().min(shown.get())]))
    };
    Effect::new(move |_| {
        order.track();
        shown.set(PAGE);
    });
    view! {
        <ol class="cards">
            <For each=visible key=|card| card.clone() let(card)>
                <Card card />
            </For>
        </ol>
        {move || {
            let total = order.with(Vec::len);
            (total > shown.get()).then(|| view! {
                <button type="button" class="show-more" on:click=move |_| shown.update(|n| *n += PAGE)>
                    {format!("Show more ({} of {total} shown)", shown.get())}
                </button>
            })
        }}
    }
}

#[component]
fn Card(card: ClusterCard) -> impl IntoView {
    let state = expect_context::<AppState>();
    let (wordings, occurrences, index) = (card.wordings, card.occurrences, card.index);
    let open = RwSignal::new(false);
    view! {
        <li class="card" class:conflict=card.conflict>
            // Reported speech is the reporter's words: shown without marks.
            <blockquote class:reported=card.kinds == ["reported"]>{card.text.clone()}</blockquote>
            <p class="meta">
                <span class="speaker">{card.speaker.clone()}</span>
                {(!card.role.is_empty()).then(|| view! { <span class="role">{card.role.clone()}</span> })}
                <span class="count">{format!("{} article(s)", card.articles)}</span>
                {card.kinds.iter().map(|k| view! { <span class="kind">{k.clone()}</span> }).collect_view()}
                {card.conflict.then(|| view! { <span class="badge conflict-badge">"Outlets name different speakers"</span> })}
            </p>
            <details on:toggle=move |ev| open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
                <summary>{format!("{wordings} wording(s), {occurrences} occurrence(s)")}</summary>
                // Drawn only when opened: a quote carried by a thousand
                // articles would otherwise cost a thousand buttons per card.
                {move || open.get().then(|| view! {
                    <div class="variants">
                        {cluster_variants(&state.report.get_untracked().report, index).into_iter().map(|variant| view! { <Variant variant /> }).collect_view()}
                    </div>
                })}
            </details>
        </li>
    }
}

#[component]
fn Variant(variant: VariantView) -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <div class="variant">
            <p class="wording">
                {variant.pieces.into_iter().map(|(text, differs)| if differs {
                    view! { <mark class="differs">{text}</mark> }.into_any()
                } else {
                    view! { <span>{text}</span> }.into_any()
                }).collect_view()}
            </p>
            <ul class="occurrences">
                {variant.occurrences.into_iter().take(OCCURRENCES).map(|o| {
                    let quote = o.quote.clone();
                    let label = if o.date.is_empty() { o.document.clone() } else { format!("{} · {}", o.document, o.date) };
                    view! {
                        <li>
                            <button type="button" class="occurrence" on:click=move |_| state.view.update(|v| v.quote = Some(quote.clone()))>
                                {label}
                            </button>
                            <span class="occurrence-meta">{format!("{} — {}", o.kind, o.speaker)}</span>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </div>
    }
}
