//! The `chorus` command: parses arguments, runs the pipeline, writes the
//! result and maps failures to exit codes (0 success, 1 failure, 2 bad usage).
//! Everything else lives in the library crates.

mod args;
mod cluster;
mod extract;
mod ingest;
mod quotes;
mod serve;
mod watch;

use std::io::Write;
use std::process::ExitCode;

use anyhow::Context;
use clap::Parser;

use args::{Cli, Command, Format, QuotesArgs, QuotesFormat, ReportArgs};

/// mimalloc rather than the system's allocator: the pipeline makes many
/// small strings and vectors per article (token stems, views, spans), and
/// glibc's malloc and free took about a tenth of its time (ARCHITECTURE.md,
/// dependencies).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Report(args) => report(args),
        Command::Quotes(args) => quotes(args),
        Command::Cluster(args) => cluster::command(args),
        Command::Extract(args) => extract::command(args),
        Command::Ingest(args) => ingest::command(args),
        Command::Serve(args) => serve::command(args),
        Command::Watch(args) => watch::command(args),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            if is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            eprintln!("chorus: error: {err:#}");
            ExitCode::from(1)
        }
    }
}

fn report(args: ReportArgs) -> anyhow::Result<ExitCode> {
    let options = chorus_pipeline::Options {
        single_story: args.single_story,
        summary_words: args.summary_words as usize,
        timeline: chorus_pipeline::TimelineOptions {
            max_dates: args.timeline_dates as usize,
            sentences_per_date: args.timeline_sentences as usize,
            ..chorus_pipeline::TimelineOptions::default()
        },
        ..chorus_pipeline::Options::default()
    };
    let outcome = chorus_pipeline::run(&args.inputs, &options);
    let errors = print_problems(&outcome.problems);
    let report = &outcome.report;
    if report.articles.is_empty() {
        anyhow::bail!("no article could be read from the inputs");
    }
    let format = args.format.unwrap_or_else(|| Format::from_path(args.output.as_deref()));
    match &args.output {
        Some(path) if path != "-" => {
            let file = std::fs::File::create(path).with_context(|| format!("cannot write the report to {path}"))?;
            let mut out = std::io::BufWriter::new(file);
            render(report, format, &mut out)
                .and_then(|_| out.flush())
                .with_context(|| format!("cannot write the report to {path}"))?;
        }
        _ => {
            let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
            let ends_line = render(report, format, &mut stdout).context("cannot write the report")?;
            if !ends_line {
                stdout.write_all(b"\n").context("cannot write the report")?;
            }
            stdout.flush().context("cannot write the report")?;
        }
    }
    eprintln!(
        "chorus: {}, {}, {} skipped{}",
        count(report.articles.len(), "article read", "articles read"),
        count(report.stories.len(), "story", "stories"),
        count(errors, "input", "inputs"),
        match &args.output {
            Some(path) if path != "-" => format!("; report written to {path}"),
            _ => String::new(),
        }
    );
    Ok(if args.strict && errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Write the report in `format` to `out`: the JSON as it is serialized,
/// the others once rendered. Whether what was written ends with a line
/// break.
fn render(report: &chorus_report::Report, format: Format, out: &mut impl Write) -> std::io::Result<bool> {
    let rendered = match format {
        Format::Json => {
            chorus_report::write_json(report, &mut *out)?;
            return Ok(false);
        }
        Format::Md => chorus_report::to_markdown(report),
        Format::Html => chorus_report::to_html(report),
    };
    out.write_all(rendered.as_bytes())?;
    Ok(rendered.ends_with('\n'))
}

fn quotes(args: QuotesArgs) -> anyhow::Result<ExitCode> {
    let outcome = quotes::run(&args.inputs);
    let errors = print_problems(&outcome.problems);
    if outcome.articles == 0 {
        anyhow::bail!("no article could be read from the inputs");
    }
    let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
    for line in &outcome.lines {
        match args.format {
            QuotesFormat::Jsonl => writeln!(stdout, "{line}").context("cannot write the quotes")?,
        }
    }
    stdout.flush().context("cannot write the quotes")?;
    eprintln!(
        "chorus: {}, {}, {} skipped",
        count(outcome.articles, "article read", "articles read"),
        count(outcome.lines.len(), "attribution", "attributions"),
        count(errors, "input", "inputs"),
    );
    Ok(if args.strict && errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Print problems on standard error, one per line; returns how many made
/// an input be skipped.
fn print_problems(problems: &[chorus_pipeline::Problem]) -> usize {
    let mut errors = 0;
    for problem in problems {
        if problem.severity == chorus_pipeline::Severity::Error {
            errors += 1;
        }
        eprintln!("chorus: {problem}");
    }
    errors
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain()
        .filter_map(|e| e.downcast_ref::<std::io::Error>())
        .any(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
}

/// `1 story`, `2 stories`: counts in the messages on standard error.
pub(crate) fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
