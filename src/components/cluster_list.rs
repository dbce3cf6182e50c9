//! One card per utterance: its most complete wording, speaker and role, the
//! number of articles, kinds, and a conflict badge; opened, how each outlet
//! reported it (cue and speaker, differences marked) and every wording side
//! by side with the differing words marked, each with its articles and the
//! reader's corrections of that occurrence.

use leptos::prelude::*;

use whosaid::corrections::Correction;

use crate::labels::count;
use crate::state::AppState;
use crate::view_model::{
    cards_at, cluster_variants, how_reported, shown_clusters, ClusterCard, HowReported, Occurrence,
    VariantView,
};

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
    // A card the reader opened stays open when a correction redraws it
    // (known by a quote of it, which outlives the cluster's id).
    let opened_key = card.first_quote.clone();
    let open = RwSignal::new(state.open_cards.with_untracked(|o| o.contains(&opened_key)));
    let (cluster_id, first_quote) = (card.id.clone(), card.first_quote.clone());
    // While the reader moves a quote, every other card offers to take it.
    let move_here = move || {
        let moving = state.moving.get()?;
        let here = state.report.with(|shared| {
            shared
                .report
                .quotes
                .iter()
                .any(|q| q.id == moving && q.cluster == cluster_id)
        });
        (!here).then(|| {
            let into = first_quote.clone();
            view! {
                <button type="button" class="move-here" on:click=move |_| {
                    if let (Some(quote), Some(into)) = (state.quote_ref(&moving), state.quote_ref(&into)) {
                        state.correct(Correction::MoveQuote { quote, into: Some(into) });
                    }
                    state.moving.set(None);
                }>"Move the quote here"</button>
            }
        })
    };
    view! {
        <li class="card" class:conflict=card.conflict>
            // Reported speech is the reporter's words: shown without marks.
            <blockquote class:reported=card.kinds == ["reported"]>{card.text.clone()}</blockquote>
            <p class="meta">
                <span class="speaker">{card.speaker.clone()}</span>
                {(!card.role.is_empty()).then(|| view! { <span class="role">{card.role.clone()}</span> })}
                <span class="count">{count(card.articles, "article")}</span>
                {card.kinds.iter().map(|k| view! { <span class="kind">{k.clone()}</span> }).collect_view()}
                {card.conflict.then(|| view! { <span class="badge conflict-badge">"Outlets name different speakers"</span> })}
            </p>
            {move_here}
            <details prop:open=open.get_untracked() on:toggle=move |ev| {
                let now = event_target::<web_sys::HtmlDetailsElement>(&ev).open();
                open.set(now);
                state.open_cards.update(|o| {
                    if now { o.insert(opened_key.clone()); } else { o.remove(&opened_key); }
                });
            }>
                <summary>{format!("{}, {}", count(wordings, "wording"), count(occurrences, "occurrence"))}</summary>
                // Drawn only when opened: a quote carried by a thousand
                // articles would otherwise cost a thousand buttons per card.
                // Drawn again with each report: a correction may rename an
                // article or a speaker without changing the card.
                {move || open.get().then(|| {
                    let report = state.report.get();
                    view! {
                        <HowReportedList rows=how_reported(&report.report, index) />
                        <div class="variants">
                            {cluster_variants(&report.report, index).into_iter().map(|variant| view! { <Variant variant single=occurrences == 1 /> }).collect_view()}
                        </div>
                    }
                })}
            </details>
        </li>
    }
}

/// "Harbour Radio: said · Coast FM: claimed": each outlet's cue and
/// speaker, marked where they differ from the others.
#[component]
fn HowReportedList(rows: Vec<HowReported>) -> impl IntoView {
    let mark = |text: String, differs: bool| {
        if differs {
            view! { <mark class="differs">{text}</mark> }.into_any()
        } else {
            view! { <span>{text}</span> }.into_any()
        }
    };
    view! {
        <div class="how-reported">
            <h3>"Who reported it how"</h3>
            <ul>
                {rows.into_iter().take(OCCURRENCES).map(|row| {
                    let cue = if row.occurrence.cue.is_empty() { "no cue".to_string() } else { row.occurrence.cue.clone() };
                    view! {
                        <li>
                            <span class="outlet">{row.occurrence.outlet.clone()}</span>": "
                            <span class="cue-word">{mark(cue, row.cue_differs)}</span>
                            " · "
                            <span class="said-by">{mark(row.occurrence.speaker.clone(), row.speaker_differs)}</span>
                            " · "
                            <span class="kind">{row.occurrence.kind.clone()}</span>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </div>
    }
}

/// The reader's corrections of one occurrence.
#[component]
fn OccurrenceFixes(occurrence: Occurrence, single: bool) -> impl IntoView {
    let state = expect_context::<AppState>();
    let quote = occurrence.quote.clone();
    let typed = RwSignal::new(String::new());
    let on_quote = move |make: fn(whosaid::corrections::QuoteRef) -> Correction| {
        let quote = quote.clone();
        move |_| {
            if let Some(reference) = state.quote_ref(&quote) {
                state.correct(make(reference));
            }
        }
    };
    let reassign = {
        let quote = occurrence.quote.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let speaker = typed.get_untracked().trim().to_string();
            if let (false, Some(reference)) = (speaker.is_empty(), state.quote_ref(&quote)) {
                state.correct(Correction::Reassign {
                    quote: reference,
                    speaker,
                });
            }
        }
    };
    let start_move = {
        let quote = occurrence.quote.clone();
        move |_| state.moving.set(Some(quote.clone()))
    };
    view! {
        <details class="fix">
            <summary>"Correct"</summary>
            <form class="reassign" on:submit=reassign>
                <label>
                    "Speaker "
                    <input
                        type="text"
                        list="speaker-names"
                        class="speaker-input"
                        placeholder=occurrence.speaker.clone()
                        prop:value=move || typed.get()
                        on:input=move |ev| typed.set(event_target_value(&ev))
                    />
                </label>
                <button type="submit">"Set speaker"</button>
            </form>
            <div class="fix-actions">
                {(!single).then(|| view! {
                    <button type="button" class="move-out" on:click=on_quote(|quote| Correction::MoveQuote { quote, into: None })>
                        "Move out of this utterance"
                    </button>
                })}
                <button type="button" class="move-start" on:click=start_move>"Move to another utterance…"</button>
                <button type="button" class="not-quote" on:click=on_quote(|quote| Correction::NotAQuote { quote })>"Not a quote"</button>
            </div>
        </details>
    }
}

#[component]
fn Variant(variant: VariantView, single: bool) -> impl IntoView {
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
                    let cue = if o.cue.is_empty() { String::new() } else { format!(" ({})", o.cue) };
                    view! {
                        <li>
                            <button type="button" class="occurrence" on:click=move |_| state.view.update(|v| v.quote = Some(quote.clone()))>
                                {label}
                            </button>
                            <span class="occurrence-meta">{format!("{} — {}{cue}", o.kind, o.speaker)}</span>
                            <OccurrenceFixes occurrence=o.clone() single />
                        </li>
                    }
                }).collect_view()}
            </ul>
        </div>
    }
}
