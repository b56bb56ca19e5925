//! `chorus-bench`: measures chorus on public corpora and writes what it
//! measured to `bench/results/TASK.md`.
//!
//! One module per task; `main` only picks the task from the first argument.
//! These are measurements, not tests: they print figures and never fail on
//! a low score.

mod args;
mod clustering;
mod extraction;
mod machine;
mod pipeline;
mod quotes;
mod store;
mod summaries;
mod timelines;

use std::path::PathBuf;
use std::process::ExitCode;

/// The tasks, with a one-line description each, for the usage message.
const TASKS: &[(&str, &str)] = &[
    (
        "extraction",
        "main text and metadata of web pages on four sets, beside trafilatura, readability, htmldate",
    ),
    (
        "clustering",
        "story clustering and near-duplicates against peers: BCubed/pairwise P/R/F1, speed, memory at scale",
    ),
    (
        "pipeline",
        "the whole pipeline on a JSONL corpus: speed, memory, story clustering",
    ),
    (
        "quotes",
        "quotes and attributions against PolNeAR: source, cue, content P/R/F1, speed",
    ),
    (
        "train-quotes",
        "train chorus-quotes' attribution tagger on PolNeAR train into crates/quotes/model/attribution.bin",
    ),
    (
        "word-clusters",
        "cluster frequent words of unlabeled news text into crates/quotes/model/clusters.bin (quotes tagger features)",
    ),
    (
        "store",
        "incremental vs full story update after adding the newest articles to a filled store: time, ratio",
    ),
    (
        "rouge-check",
        "chorus-rouge against the official ROUGE-1.5.5 scores of DUC 2004 (`rouge-check --help`)",
    ),
    (
        "summaries",
        "story summaries on NeuS: ROUGE-1/2/L beside sumy's summarizers and lead (`summaries --help`)",
    ),
    (
        "timelines",
        "story timelines on Timeline17: date F1, agreement and concat ROUGE-1/2 (`timelines --help`)",
    ),
];

/// A mistake in the command line: reported with the usage, exit code 2.
#[derive(Debug)]
struct UsageError(String);

impl std::fmt::Display for UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UsageError {}

/// The allocator of the `chorus` binary (see why in `crates/cli/src/main.rs`),
/// so that the benchmarks measure the stages as the product runs them.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("clustering") => clustering::main(&args[1..]),
        Some("extraction") => extraction::main(&args[1..]),
        Some("pipeline") => pipeline::main(&args[1..]),
        Some("quotes") => quotes::main(&args[1..]),
        Some("train-quotes") => quotes::train::main(&args[1..]),
        Some("word-clusters") => quotes::clusters::main(&args[1..]),
        Some("store") => store::main(&args[1..]),
        Some("rouge-check") => summaries::rouge_check::main(&args[1..]),
        Some("summaries") => summaries::neus::main(&args[1..]),
        Some("timelines") => timelines::main(&args[1..]),
        Some("-h" | "--help") => {
            println!("{}", usage());
            return ExitCode::SUCCESS;
        }
        Some(other) => Err(UsageError(format!("unknown task: {other}")).into()),
        None => Err(UsageError("no task given".to_string()).into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) if error.is::<UsageError>() => {
            eprintln!("chorus-bench: {error}\n\n{}", usage());
            ExitCode::from(2)
        }
        Err(error) => {
            eprintln!("chorus-bench: {error:#}");
            ExitCode::from(1)
        }
    }
}

fn usage() -> String {
    let mut text = String::from("usage: chorus-bench TASK [OPTIONS]\n\ntasks:\n");
    for (name, description) in TASKS {
        text.push_str(&format!("  {name:<10} {description}\n"));
    }
    for task_usage in [
        clustering::USAGE,
        extraction::USAGE,
        pipeline::USAGE,
        quotes::USAGE,
        quotes::train::USAGE,
        quotes::clusters::USAGE,
        store::USAGE,
        timelines::USAGE,
    ] {
        text.push_str(&format!("\n{task_usage}\n"));
    }
    text
}

/// The workspace root, found at compile time so that the defaults work from
/// any directory.
fn workspace_root() -> PathBuf {
    let bench = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    bench.parent().map(PathBuf::from).unwrap_or(bench)
}
