//! An article with every quote highlighted and labelled with its speaker,
//! scrolled to the chosen quote. Closed with Escape or the close button.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::engine::article_text;
use crate::state::AppState;
use crate::view_model::{article_pieces, Piece};

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
        Some((quote, name, pieces))
    });
    let close = move || state.view.update(|v| v.quote = None);
    Effect::new(move |_| {
        if let Some((quote, _, _)) = article.get() {
            request_animation_frame(move || scroll_to(&quote));
        }
    });
    move || {
        article.get().map(|(current, name, pieces)| {
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
                        <div class="article-text">
                            {pieces.into_iter().map(|piece| render_piece(piece, &current)).collect_view()}
                        </div>
                    </section>
                </div>
            }
        })
    }
}

fn render_piece(piece: Piece, current: &str) -> AnyView {
    match piece.quote {
        None => view! { <span>{piece.text}</span> }.into_any(),
        Some((id, speaker)) => {
            let is_current = id == current;
            view! {
                <mark id=format!("quote-{id}") class="quoted" class:reported=piece.reported class:current=is_current>
                    {piece.text}
                    <span class="who">{speaker}</span>
                </mark>
            }
            .into_any()
        }
    }
}
