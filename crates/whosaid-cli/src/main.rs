//! `whosaid [--format text|json|csv|markdown|jsonl] PATH...` and
//! `whosaid merge FILE.jsonl...`: flags and glue around the engine.
/// The engine allocates many small strings; mimalloc serves them in a
/// fraction of the system allocator's instructions.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use whosaid::corrections::{self, Correction};
use whosaid::report::formats::{to_csv, to_markdown};
use whosaid::{analyze_on_threads, Input, Options, Report};

mod stream;
mod table;

/// Finds quotations in news articles, who said them, and the same quote
/// across articles.
#[derive(Parser, Debug)]
#[command(
    name = "whosaid",
    version,
    about,
    args_conflicts_with_subcommands = true,
    subcommand_negates_reqs = true
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Output format: a readable table, the JSON report, CSV (one row per
    /// quote), Markdown (one section per speaker), or JSON lines (one per
    /// article as it is read, for `whosaid merge`).
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// A reader's corrections to apply: a report exported by the page (its
    /// `corrections`), or a JSON list of corrections.
    #[arg(long, value_name = "FILE")]
    corrections: Option<PathBuf>,
    /// Threads reading articles at once (0: one per core). The report is
    /// the same for any number; `--format jsonl` reads one at a time.
    #[arg(long, default_value_t = 0, value_name = "N")]
    jobs: usize,
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
    Jsonl,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Joins the lines of `--format jsonl` runs into the report those
    /// articles give together (speakers and clusters across them).
    Merge {
        /// The report's format.
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
        /// Files of JSON lines, or - for standard input.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let corrections = match cli.corrections.as_deref().map(read_corrections) {
        Some(Ok(list)) => list,
        Some(Err(message)) => return fail(&message),
        None => Vec::new(),
    };
    match cli.command {
        Some(Command::Merge { format, files }) => match stream::merge(&files) {
            Ok(report) => finish(report, format, &[]),
            Err(message) => fail(&message),
        },
        None if cli.format == Format::Jsonl => {
            let errors = stream::write_lines(&cli.paths, &corrections);
            outcome(&errors)
        }
        None => {
            let (inputs, errors) = read_inputs(&cli.paths);
            let report = analyze_on_threads(&inputs, Options::default(), &corrections, cli.jobs);
            finish(report, cli.format, &errors)
        }
    }
}

/// Writes `report`, tells the `errors` met while reading, and exits.
fn finish(report: Report, format: Format, errors: &[String]) -> ExitCode {
    let written = write_report(&report, format);
    // The process ends here: freeing the report piece by piece would only
    // cost time (a tenth of the whole run on a large pile).
    std::mem::forget(report);
    match written {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            fail(&format!("cannot write the report: {e}"))
        }
        _ => outcome(errors),
    }
}

/// Tells each error; success only when there was none.
fn outcome(errors: &[String]) -> ExitCode {
    for error in errors {
        eprintln!("whosaid: {error}");
    }
    if errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    }
}

fn fail(message: &str) -> ExitCode {
    outcome(&[message.to_string()])
}

fn write_report(report: &Report, format: Format) -> io::Result<()> {
    let mut out = io::stdout().lock();
    match format {
        Format::Json | Format::Jsonl => {
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
    let errors = each_input(paths, &mut |input| inputs.push(input));
    (inputs, errors)
}

/// Reads every path in turn, handing each file to `take` as soon as it is
/// read; unreadable paths become error messages.
pub(crate) fn each_input(paths: &[PathBuf], take: &mut dyn FnMut(Input)) -> Vec<String> {
    let mut errors = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            let mut bytes = Vec::new();
            match io::stdin().read_to_end(&mut bytes) {
                Ok(_) => take(Input::new("stdin", bytes)),
                Err(e) => errors.push(format!("cannot read standard input: {e}")),
            }
        } else if path.is_dir() {
            match text_files_in(path) {
                Ok(files) => files.iter().for_each(|f| read_file(f, take, &mut errors)),
                Err(e) => errors.push(format!("cannot read folder {}: {e}", path.display())),
            }
        } else {
            read_file(path, take, &mut errors);
        }
    }
    errors
}

fn read_file(path: &Path, take: &mut dyn FnMut(Input), errors: &mut Vec<String>) {
    match std::fs::read(path) {
        Ok(bytes) => take(Input::new(path.to_string_lossy(), bytes)),
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
