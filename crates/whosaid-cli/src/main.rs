//! `whosaid [--format json|text] PATH...`: flags and glue around the engine.
/// The engine allocates many small strings; mimalloc serves them in a
/// fraction of the system allocator's instructions.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, ValueEnum};
use whosaid::corrections::{self, Correction};
use whosaid::report::formats::{to_csv, to_markdown};
use whosaid::{analyze_corrected, Input, Options, Report};

mod table;

/// Finds quotations in news articles, who said them, and the same quote
/// across articles.
#[derive(Parser, Debug)]
#[command(name = "whosaid", version, about)]
struct Cli {
    /// Output format: a readable table, the JSON report, CSV (one row per
    /// quote) or Markdown (one section per speaker).
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// A reader's corrections to apply: a report exported by the page (its
    /// `corrections`), or a JSON list of corrections.
    #[arg(long, value_name = "FILE")]
    corrections: Option<PathBuf>,
    /// Text files, folders (every .txt inside, by name), or - for standard input.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    Text,
    Json,
    Csv,
    Markdown,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let (inputs, errors) = read_inputs(&cli.paths);
    for error in &errors {
        eprintln!("whosaid: {error}");
    }
    let corrections = match cli.corrections.as_deref().map(read_corrections) {
        Some(Ok(list)) => list,
        Some(Err(message)) => {
            eprintln!("whosaid: {message}");
            return ExitCode::from(2);
        }
        None => Vec::new(),
    };
    let report = analyze_corrected(&inputs, Options::default(), &corrections, &mut |_, _| {});
    let written = write_report(&report, cli.format);
    // The process ends here: freeing the report piece by piece would only
    // cost time (a tenth of the whole run on a large pile).
    std::mem::forget(report);
    if let Err(e) = written {
        if e.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("whosaid: cannot write the report: {e}");
            return ExitCode::from(2);
        }
    }
    if errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    }
}

fn write_report(report: &Report, format: Format) -> io::Result<()> {
    let mut out = io::stdout().lock();
    match format {
        Format::Json => {
            let mut buffered = io::BufWriter::with_capacity(1 << 16, out);
            report.write_json(&mut buffered)?;
            writeln!(buffered)?;
            buffered.flush()
        }
        Format::Text => out.write_all(table::render(report).as_bytes()),
        Format::Csv => out.write_all(to_csv(report, None).as_bytes()),
        Format::Markdown => out.write_all(to_markdown(report, None).as_bytes()),
    }
}

fn read_corrections(path: &Path) -> Result<Vec<Correction>, String> {
    let json = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read corrections {}: {e}", path.display()))?;
    corrections::parse(&json).map_err(|e| format!("{}: {e}", path.display()))
}

/// Reads every path; unreadable paths become error messages, the rest inputs.
fn read_inputs(paths: &[PathBuf]) -> (Vec<Input>, Vec<String>) {
    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            let mut bytes = Vec::new();
            match io::stdin().read_to_end(&mut bytes) {
                Ok(_) => inputs.push(Input::new("stdin", bytes)),
                Err(e) => errors.push(format!("cannot read standard input: {e}")),
            }
        } else if path.is_dir() {
            match text_files_in(path) {
                Ok(files) => files
                    .iter()
                    .for_each(|f| read_file(f, &mut inputs, &mut errors)),
                Err(e) => errors.push(format!("cannot read folder {}: {e}", path.display())),
            }
        } else {
            read_file(path, &mut inputs, &mut errors);
        }
    }
    (inputs, errors)
}

fn read_file(path: &Path, inputs: &mut Vec<Input>, errors: &mut Vec<String>) {
    match std::fs::read(path) {
        Ok(bytes) => inputs.push(Input::new(path.to_string_lossy(), bytes)),
        Err(e) => errors.push(format!("cannot read {}: {e}", path.display())),
    }
}

/// The `.txt` files directly inside `dir`, sorted by name.
fn text_files_in(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    Ok(files)
}
