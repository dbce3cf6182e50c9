//! An article with every quote highlighted and labelled with its speaker,
//! its cue and speaker mention marked beside it (the evidence), and the
//! lines set aside as furniture dimmed; scrolled to the chosen quote. The
//! reader may name the article's outlet here. Closed with Escape or the
//! close button.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::engine::article_text;
use crate::state::AppState;
use whosaid::corrections::Correction;

use crate::evidence::{article_pieces, Mark, Piece};

fn scroll_to(quote: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(element) = document.get_element_by_id(&format!("quote-{quote}")) {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        element.scroll_into_view_with_scroll_into_view_options(&options);
    }
    if let Some(close) = document.get_element_by_id("article-close") {
        if let Ok(close) = close.dyn_into::<web_sys::HtmlElement>() {
            let _ = close.focus();
        }
    }
}

/// The article dialog, shown while the view names a quote.
#[component]
pub fn ArticleView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let article = Memo::new(move |_| {
        let quote = state.view.with(|v| v.quote.clone())?;
        let report = state.report.get();
        let r = &report.report;
        let doc = &r.quotes.iter().find(|q| q.id == quote)?.doc;
        let index = r.documents.iter().position(|d| &d.id == doc)?;
        let (name, pieces) = article_pieces(r, &quote, &article_text(index))?;
        let document = &r.documents[index];
        let outlet = document.outlet.clone().unwrap_or_default();
        Some((quote, name, pieces, document.name.clone(), outlet))
    });
    let close = move || state.view.update(|v| v.quote = None);
    Effect::new(move |_| {
        if let Some((quote, ..)) = article.get() {
            request_animation_frame(move || scroll_to(&quote));
        }
    });
    move || {
        article.get().map(|(current, name, pieces, file, outlet)| {
            view! {
                <div class="overlay" on:click=move |_| close()>
                    <section
                        class="article"
                        role="dialog"
                        aria-modal="true"
                        aria-labelledby="article-title"
                        on:click=|ev| ev.stop_propagation()
                        on:keydown=move |ev: leptos::ev::KeyboardEvent| if ev.key() == "Escape" { close() }
                    >
                        <header>
                            <h2 id="article-title">{name}</h2>
                            <button type="button" id="article-close" on:click=move |_| close()>"Close"</button>
                        </header>
                        <OutletLabel file outlet />
                        <p class="legend" aria-hidden="true">
                            <span class="quoted">"quote"</span>
                            <span class="cue">"cue"</span>
                            <span class="mention">"speaker named"</span>
                            <span class="skipped">"set aside"</span>
                        </p>
                        <div class="article-text">
                            {pieces.into_iter().map(|piece| render_piece(piece, &current)).collect_view()}
                        </div>
                    </section>
                </div>
            }
        })
    }
}

/// The article's outlet label, which the reader may change.
#[component]
fn OutletLabel(file: String, outlet: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let typed = RwSignal::new(outlet);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let outlet = typed.get_untracked().trim().to_string();
        state.correct(Correction::Outlet {
            doc: file.clone(),
            outlet,
        });
    };
    view! {
        <form class="outlet-form" on:submit=save>
            <label>
                "Outlet "
                <input
                    type="text"
                    class="outlet-input"
                    placeholder="e.g. Harbour Radio"
                    prop:value=move || typed.get()
                    on:input=move |ev| typed.set(event_target_value(&ev))
                />
            </label>
            <button type="submit">"Rename outlet"</button>
        </form>
    }
}

fn render_piece(piece: Piece, current: &str) -> AnyView {
    match piece.mark {
        Mark::Plain => view! { <span>{piece.text}</span> }.into_any(),
        Mark::Skipped => view! { <span class="skipped" title="Set aside as page furniture">{piece.text}</span> }.into_any(),
        Mark::Cue { quote } => view! {
            <mark class="cue" class:current=quote == current title="The words reporting the quote">{piece.text}</mark>
        }
        .into_any(),
        Mark::Mention { quote, speaker } => {
            let title = format!("Speaker named here: {speaker}");
            view! {
                <mark class="mention" class:current=quote == current title=title.clone()>
                    {piece.text}
                    <span class="visually-hidden">{format!(" ({title})")}</span>
                </mark>
            }
            .into_any()
        }
        Mark::Quote { id, speaker, reported } => {
            let is_current = id == current;
            let anchor = piece.starts_quote.then(|| format!("quote-{id}"));
            view! {
                <mark id=anchor class="quoted" class:reported=reported class:current=is_current>
                    {piece.text}
                    {piece.ends_quote.then(|| view! { <span class="who">{speaker}</span> })}
                </mark>
            }
            .into_any()
        }
    }
}
