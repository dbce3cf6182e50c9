//! The split a distributed run needs: `--format jsonl` reads articles one
//! at a time and writes each one's part of the report as a line, in
//! constant memory; `merge` joins such lines into the whole report.

use std::io::{self, BufRead, BufReader, BufWriter, Write};
use std::path::PathBuf;

use whosaid::corrections::Correction;
use whosaid::speakers::NameCache;
use whosaid::{join_articles, read_article, ArticleReport, Options, Report};

/// Writes one JSON line per article of `paths` to standard output, as each
/// is read. Returns the errors met.
pub fn write_lines(paths: &[PathBuf], corrections: &[Correction]) -> Vec<String> {
    let mut out = BufWriter::with_capacity(1 << 16, io::stdout().lock());
    let mut failed: Option<io::Error> = None;
    let mut errors = crate::each_input(paths, &mut |input| {
        if failed.is_some() {
            return;
        }
        // A cache per article keeps memory flat however many are read; the
        // cache is only a shortcut, so the lines are the same.
        let article = read_article(
            &input,
            Options::default(),
            corrections,
            &NameCache::default(),
        );
        let written = serde_json::to_writer(&mut out, &article)
            .map_err(io::Error::from)
            .and_then(|()| out.write_all(b"\n"));
        failed = written.err();
    });
    let failed = failed.or_else(|| out.flush().err());
    if let Some(e) = failed.filter(|e| e.kind() != io::ErrorKind::BrokenPipe) {
        errors.push(format!("cannot write the lines: {e}"));
    }
    errors
}

/// Reads the lines of every file (`-` for standard input) and joins them.
pub fn merge(files: &[PathBuf]) -> Result<Report, String> {
    let mut articles = Vec::new();
    for file in files {
        let name = file.display().to_string();
        if file.as_os_str() == "-" {
            read_lines(io::stdin().lock(), "standard input", &mut articles)?;
        } else {
            let opened =
                std::fs::File::open(file).map_err(|e| format!("cannot read {name}: {e}"))?;
            read_lines(BufReader::new(opened), &name, &mut articles)?;
        }
    }
    Ok(join_articles(articles, &[]))
}

fn read_lines(
    reader: impl BufRead,
    name: &str,
    articles: &mut Vec<ArticleReport>,
) -> Result<(), String> {
    for (number, line) in reader.lines().enumerate() {
        let line = line.map_err(|e| format!("cannot read {name}: {e}"))?;
        if line.trim().is_empty() {
            continue;
        }
        let article = serde_json::from_str(&line).map_err(|e| {
            format!(
                "{name}, line {}: not a line of `whosaid --format jsonl` ({e})",
                number + 1
            )
        })?;
        articles.push(article);
    }
    Ok(())
}
