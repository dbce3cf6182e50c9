//! whosaid for Python: the engine behind `import whosaid`.
//!
//! Reports cross as the Python objects `json.loads` would make of the
//! CLI's JSON (built straight from the engine's structs, see
//! `to_python`), so a Python caller gets exactly what `whosaid --format
//! json` writes. The engine runs with the interpreter released, so
//! threads can share it.

mod to_python;

/// The engine allocates many small strings; mimalloc serves them in a
/// fraction of the system allocator's instructions (as in the CLI).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyBytes;
use to_python::to_python;
use whosaid::speakers::NameCache;
use whosaid::{corrections, join_articles, read_article, ArticleReport, Input, Options};

/// An article's text as Python hands it: decoded, or raw bytes the engine
/// decodes (and warns about) itself.
#[derive(FromPyObject)]
enum Text<'py> {
    Decoded(String),
    Raw(Bound<'py, PyBytes>),
}

impl Text<'_> {
    fn into_bytes(self) -> Vec<u8> {
        match self {
            Text::Decoded(text) => text.into_bytes(),
            Text::Raw(bytes) => bytes.as_bytes().to_vec(),
        }
    }
}

fn inputs_of(articles: &Bound<'_, PyAny>) -> PyResult<Vec<Input>> {
    let mut inputs = Vec::new();
    for (number, item) in articles.try_iter()?.enumerate() {
        let (name, text): (String, Text) = item?.extract().map_err(|_| {
            PyTypeError::new_err(format!(
                "article {}: expected a (name, text) pair, text being str or bytes",
                number + 1
            ))
        })?;
        inputs.push(Input::new(name, text.into_bytes()));
    }
    Ok(inputs)
}

fn corrections_of(json: Option<&str>) -> PyResult<Vec<corrections::Correction>> {
    json.map_or(Ok(Vec::new()), |json| {
        corrections::parse(json).map_err(|e| PyValueError::new_err(format!("corrections: {e}")))
    })
}

/// The report on `articles`, an iterable of `(name, text)` pairs.
#[pyfunction]
#[pyo3(signature = (articles, corrections=None, threads=0))]
fn analyze<'py>(
    py: Python<'py>,
    articles: &Bound<'py, PyAny>,
    corrections: Option<&str>,
    threads: usize,
) -> PyResult<Bound<'py, PyAny>> {
    let inputs = inputs_of(articles)?;
    let corrections = corrections_of(corrections)?;
    let report = py
        .detach(|| whosaid::analyze_on_threads(&inputs, Options::default(), &corrections, threads));
    to_python(py, &report)
}

/// One article's part of the report as a JSON line (what `whosaid
/// --format jsonl` writes for it).
#[pyfunction]
fn article_line(py: Python<'_>, name: String, text: Text<'_>) -> PyResult<String> {
    let input = Input::new(name, text.into_bytes());
    py.detach(|| {
        let article = read_article(&input, Options::default(), &[], &NameCache::default());
        serde_json::to_string(&article).map_err(|e| PyValueError::new_err(e.to_string()))
    })
}

/// The report on the articles whose lines `lines` holds (what `whosaid
/// merge` writes for them).
#[pyfunction]
fn merge<'py>(py: Python<'py>, lines: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    let mut articles: Vec<ArticleReport> = Vec::new();
    for (number, line) in lines.try_iter()?.enumerate() {
        let line: String = line?.extract()?;
        let article = serde_json::from_str(&line).map_err(|e| {
            PyValueError::new_err(format!("line {}: not an article line ({e})", number + 1))
        })?;
        articles.push(article);
    }
    let report = py.detach(|| join_articles(articles, &[]));
    to_python(py, &report)
}

/// The blocking keys of an article line: two articles can only change
/// each other's speakers or clusters when they share one.
#[pyfunction]
fn blocking_keys(line: &str) -> PyResult<Vec<String>> {
    let article: ArticleReport = serde_json::from_str(line)
        .map_err(|e| PyValueError::new_err(format!("not an article line ({e})")))?;
    Ok(article.blocking_keys())
}

#[pymodule]
fn _engine(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_function(wrap_pyfunction!(analyze, module)?)?;
    module.add_function(wrap_pyfunction!(article_line, module)?)?;
    module.add_function(wrap_pyfunction!(merge, module)?)?;
    module.add_function(wrap_pyfunction!(blocking_keys, module)?)?;
    Ok(())
}
