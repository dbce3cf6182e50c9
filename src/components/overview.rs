//! The coverage at a glance: an SVG of speakers × articles (a dot per
//! speaker and article, sized by the quotes there; choosing one shows those
//! quotes) and a bar of the quotes by kind (choosing a part filters that
//! kind). Every mark is reachable by keyboard, and a table says the same.

use leptos::prelude::*;

use crate::coverage::{coverage, Coverage};
use crate::labels::{count, shortened};
use crate::state::AppState;

const LABEL_WIDTH: usize = 170;
const HEADER_HEIGHT: usize = 110;
const CELL: usize = 44;
const BAR_HEIGHT: usize = 22;

/// Runs `action` on Enter or Space, as a button would.
fn on_key(action: impl Fn() + 'static) -> impl Fn(leptos::ev::KeyboardEvent) + 'static {
    move |ev| {
        if ev.key() == "Enter" || ev.key() == " " {
            ev.prevent_default();
            action();
        }
    }
}

/// The overview section.
#[component]
pub fn Overview() -> impl IntoView {
    let state = expect_context::<AppState>();
    let numbers = Memo::new(move |_| state.report.with(|shared| coverage(&shared.report)));
    move || {
        let c = numbers.get();
        (!c.speakers.is_empty()).then(|| {
            view! {
                <details class="overview" open>
                    <summary>"Coverage at a glance"</summary>
                    <div class="overview-pictures">
                        <Grid c=c.clone() />
                        <KindBar c=c.clone() />
                    </div>
                    <details class="overview-table">
                        <summary>"The picture as a table"</summary>
                        <CoverageTable c />
                    </details>
                </details>
            }
        })
    }
}

#[component]
fn Grid(c: Coverage) -> impl IntoView {
    let state = expect_context::<AppState>();
    // Room on the right for the last rotated article name.
    let width = LABEL_WIDTH + CELL * c.articles.len() + 70;
    let height = HEADER_HEIGHT + CELL * c.speakers.len();
    let most = c.cells.iter().flatten().copied().max().unwrap_or(1).max(1) as f64;
    let headers = c
        .articles
        .iter()
        .enumerate()
        .map(|(j, a)| {
            let x = LABEL_WIDTH + CELL * j + CELL / 2;
            let y = HEADER_HEIGHT - 8;
            view! {
                <text class="axis-label" x=x y=y transform=format!("rotate(-45 {x} {y})")>
                    <title>{a.full.clone()}</title>
                    {shortened(&a.short, 18)}
                </text>
            }
        })
        .collect_view();
    let rows = c.speakers.iter().enumerate().map(|(i, s)| {
        let y = HEADER_HEIGHT + CELL * i + CELL / 2;
        let cells = c.articles.iter().enumerate().map(|(j, a)| {
            let n = c.cells[i][j];
            let x = LABEL_WIDTH + CELL * j + CELL / 2;
            let (speaker, document) = (s.id.clone(), a.id.clone());
            let choose = move || state.view.update(|v| {
                v.speaker = Some(speaker.clone());
                v.document = Some(document.clone());
            });
            let choose_key = choose.clone();
            let label = format!("{}: {} in {}", s.full, count(n, "quote"), a.full);
            let radius = 4.0 + 14.0 * (n as f64 / most).sqrt();
            let title = label.clone();
            (n > 0).then(move || view! {
                <g class="cell" role="button" tabindex="0" aria-label=label on:click=move |_| choose() on:keydown=on_key(choose_key)>
                    <title>{title}</title>
                    <circle cx=x cy=y r=format!("{radius:.1}") />
                    <text class="cell-count" x=x y=y + 4>{n}</text>
                </g>
            })
        }).collect_view();
        view! {
            <g class="row">
                <line class="grid-line" x1=LABEL_WIDTH y1=y x2=LABEL_WIDTH + CELL * c.articles.len() y2=y />
                <text class="axis-label speaker-label" x=LABEL_WIDTH - 8 y=y + 4>
                    <title>{s.full.clone()}</title>
                    {shortened(&s.short, 22)}
                </text>
                {cells}
            </g>
        }
    }).collect_view();
    view! {
        <figure class="coverage-grid">
            <svg
                viewBox=format!("0 0 {width} {height}")
                width=width
                role="group"
                aria-label=format!("Who is quoted by which article: {} and {}", count(c.speakers.len(), "speaker"), count(c.articles.len(), "article"))
            >
                {headers}
                {rows}
            </svg>
            <figcaption>"Quotes per speaker and article. Choose a dot to see those quotes."</figcaption>
        </figure>
    }
}

#[component]
fn KindBar(c: Coverage) -> impl IntoView {
    let state = expect_context::<AppState>();
    let total = c.quotes.max(1) as f64;
    let width = 480.0;
    let mut x = 0.0;
    let parts = c.kinds.iter().enumerate().map(|(i, (kind, n))| {
        let w = width * *n as f64 / total;
        let start = x;
        x += w;
        let chosen = kind.clone();
        let choose = move || state.view.update(|v| v.kind = chosen.clone());
        let choose_key = choose.clone();
        let share = 100.0 * *n as f64 / total;
        let label = format!("{kind}: {} ({share:.0}%)", count(*n, "quote"));
        view! {
            <g class=format!("kind-part kind-{}", i % 5) role="button" tabindex="0" aria-label=label.clone() on:click=move |_| choose() on:keydown=on_key(choose_key)>
                <title>{label.clone()}</title>
                <rect x=format!("{start:.1}") y="0" width=format!("{w:.1}") height=BAR_HEIGHT />
            </g>
        }
    }).collect_view();
    let legend = c.kinds.iter().enumerate().map(|(i, (kind, n))| {
        let share = 100.0 * *n as f64 / total;
        view! { <li><span class=format!("swatch kind-{}", i % 5)></span>{format!("{kind} {share:.0}%")}</li> }
    }).collect_view();
    view! {
        <figure class="kind-bar">
            <svg viewBox=format!("0 0 {width} {BAR_HEIGHT}") role="group" aria-label="Quotes by kind">
                {parts}
            </svg>
            <figcaption>
                <ul class="kind-legend">{legend}</ul>
            </figcaption>
        </figure>
    }
}

#[component]
fn CoverageTable(c: Coverage) -> impl IntoView {
    view! {
        <table>
            <thead>
                <tr>
                    <th scope="col">"Speaker"</th>
                    {c.articles.iter().map(|a| view! { <th scope="col">{a.full.clone()}</th> }).collect_view()}
                </tr>
            </thead>
            <tbody>
                {c.speakers.iter().enumerate().map(|(i, s)| view! {
                    <tr>
                        <th scope="row">{s.full.clone()}</th>
                        {c.cells[i].iter().map(|n| view! { <td>{*n}</td> }).collect_view()}
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        <p>{c.kinds.iter().map(|(k, n)| format!("{k}: {}", count(*n, "quote"))).collect::<Vec<_>>().join(" · ")}</p>
    }
}
