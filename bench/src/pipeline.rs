//! The `pipeline` task: the whole of `chorus_pipeline::run` on a JSONL corpus
//! with gold story labels: articles per second, peak memory, and how well
//! the stories found match the gold clusters.
//!
//! The run is in-process and one at a time, timed by wall clock from the
//! call to the returned report, three times; the median counts, and the
//! pipeline's own time per stage (`chorus_pipeline::run_timed`) is shown
//! averaged over the runs. Beside it,
//! the same file is only read and JSON-parsed, a lower bound that no
//! pipeline can beat, so that the speed figure has something to be compared
//! with on the same machine in the same run.

use std::collections::{HashMap, HashSet};
use std::fmt::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use chorus_pipeline::Options;
use chorus_report::Report;
use serde_json::Value;

use crate::clustering::metrics::{self as clustering_metrics, ClusteringScores};
use crate::machine::{self, Machine};
use crate::workspace_root;

/// The task's options, for the usage message.
pub const USAGE: &str = "\
pipeline options:
  --data PATH   JSONL corpus with `id` and gold `cluster` per record
                (default: ../shared/corpora/clustering/gun-violence.jsonl beside the workspace)
  --out PATH    where to write the Markdown results (default: bench/results/pipeline.md)";

/// How many times each measured run is repeated; the median counts.
const RUNS: usize = 3;

/// How many problems are listed in full.
const PROBLEMS_SHOWN: usize = 10;

struct Args {
    data: PathBuf,
    out: PathBuf,
}

impl Args {
    fn parse(args: &[String]) -> Result<Args> {
        let workspace = workspace_root();
        let flags = crate::args::parse("pipeline", args, &["data", "out"], USAGE)?;
        let path = |name: &str, default: &str| flags.get(name).map_or_else(|| workspace.join(default), PathBuf::from);
        Ok(Args {
            data: path("data", "../shared/corpora/clustering/gun-violence.jsonl"),
            out: path("out", "bench/results/pipeline.md"),
        })
    }
}

/// One measured way of going through the corpus.
struct Measurement {
    label: &'static str,
    articles: usize,
    stories: Option<usize>,
    /// Median wall-clock seconds of one run.
    seconds: f64,
    /// CPU seconds of one run, averaged over the runs.
    cpu_seconds: Option<f64>,
    peak_mib: Option<f64>,
}

/// Seconds per stage, averaged over the runs, in the order the stages ran.
struct Stages(Vec<(&'static str, f64)>);

/// How the stories found compare with the gold clusters.
struct Agreement {
    gold_articles: usize,
    gold_clusters: usize,
    missing_from_report: usize,
    in_no_story: usize,
    not_in_gold: usize,
    scores: ClusteringScores,
}

/// Run the task with the arguments after its name.
pub fn main(args: &[String]) -> Result<()> {
    let args = Args::parse(args)?;
    if !args.data.is_file() {
        bail!(
            "data file not found: {} (pass --data PATH; the default corpus lives in ../shared/corpora beside the workspace)",
            args.data.display()
        );
    }
    // Shown in the results, so without the `..` of the default.
    let data = std::fs::canonicalize(&args.data).unwrap_or_else(|_| args.data.clone());
    let Some(input) = data.to_str() else {
        bail!("data path is not valid UTF-8: {}", args.data.display());
    };
    let machine = Machine::describe(&workspace_root());

    // The baseline first: what it leaves allocated is small and reused, while
    // a report kept for scoring would inflate any peak measured after it.
    let exact_peaks = machine::reset_peak_memory();
    eprintln!("pipeline: {RUNS} runs of read + parse");
    let baseline = measure_read_and_parse(&args.data)?;
    machine::reset_peak_memory();
    eprintln!("pipeline: {RUNS} runs of chorus_pipeline::run on {input}");
    let (chorus, outcome, stages) = measure_pipeline(input)?;

    let gold = read_gold(&args.data)?;
    let agreement = compare_with_gold(&outcome.report, &gold);
    if agreement.missing_from_report == agreement.gold_articles {
        eprintln!("pipeline: warning: no gold article is in the report (do report ids equal record ids?)");
    }
    let problems: Vec<String> = outcome.problems.iter().map(ToString::to_string).collect();

    let results = render(
        &data,
        &machine,
        exact_peaks,
        &[chorus, baseline],
        &stages,
        &agreement,
        &problems,
    );
    print!("{results}");
    if let Some(folder) = args.out.parent().filter(|folder| !folder.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder).with_context(|| format!("cannot create {}", folder.display()))?;
    }
    std::fs::write(&args.out, &results).with_context(|| format!("cannot write {}", args.out.display()))?;
    eprintln!("pipeline: results written to {}", args.out.display());
    Ok(())
}

fn measure_pipeline(input: &str) -> Result<(Measurement, chorus_pipeline::Outcome, Stages)> {
    let inputs = [input.to_string()];
    let options = Options::default();
    let mut seconds = Vec::with_capacity(RUNS);
    let mut last = None;
    let mut stages: Vec<(&'static str, f64)> = Vec::new();
    let cpu_before = machine::cpu_seconds();
    for run in 1..=RUNS {
        // Drop the previous report first, so that the peak is one run's.
        drop(last.take());
        let started = Instant::now();
        let (outcome, times) = chorus_pipeline::run_timed(&inputs, &options);
        let elapsed = started.elapsed().as_secs_f64();
        for (stage, time) in times.stages {
            let share = time.as_secs_f64() / RUNS as f64;
            match stages.iter_mut().find(|(name, _)| *name == stage) {
                Some((_, total)) => *total += share,
                None => stages.push((stage, share)),
            }
        }
        eprintln!(
            "  run {run}: {elapsed:.3} s, {} articles, {} stories, {} problems",
            outcome.report.articles.len(),
            outcome.report.stories.len(),
            outcome.problems.len()
        );
        seconds.push(elapsed);
        last = Some(outcome);
    }
    let cpu_seconds = cpu_per_run(cpu_before);
    let peak_mib = machine::peak_memory_mib();
    let Some(outcome) = last else { bail!("no run was made") };
    let measurement = Measurement {
        label: "chorus pipeline (`chorus_pipeline::run_timed`)",
        articles: outcome.report.articles.len(),
        stories: Some(outcome.report.stories.len()),
        seconds: median(&mut seconds),
        cpu_seconds,
        peak_mib,
    };
    Ok((measurement, outcome, Stages(stages)))
}

fn measure_read_and_parse(path: &Path) -> Result<Measurement> {
    let mut seconds = Vec::with_capacity(RUNS);
    let mut records = 0;
    let cpu_before = machine::cpu_seconds();
    for _ in 0..RUNS {
        let started = Instant::now();
        records = read_and_parse(path)?;
        seconds.push(started.elapsed().as_secs_f64());
    }
    Ok(Measurement {
        label: "baseline: read + parse JSONL only (lower bound)",
        articles: records,
        stories: None,
        seconds: median(&mut seconds),
        cpu_seconds: cpu_per_run(cpu_before),
        peak_mib: machine::peak_memory_mib(),
    })
}

/// Read the file and parse every line into a JSON value, as any reader of
/// the corpus must; returns the number of records.
fn read_and_parse(path: &Path) -> Result<usize> {
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut records = 0;
    for (number, line) in (1..).zip(text.lines()) {
        if line.trim().is_empty() {
            continue;
        }
        let record: Value =
            serde_json::from_str(line).with_context(|| format!("{}:{number}: not JSON", path.display()))?;
        std::hint::black_box(&record);
        records += 1;
    }
    Ok(records)
}

fn cpu_per_run(before: Option<f64>) -> Option<f64> {
    Some((machine::cpu_seconds()? - before?) / RUNS as f64)
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    match values.len() {
        0 => 0.0,
        n if n % 2 == 1 => values[n / 2],
        n => (values[n / 2 - 1] + values[n / 2]) / 2.0,
    }
}

/// Each record's `id` and gold `cluster`, in file order. Records without
/// either, and repeated ids, are left out.
pub(crate) fn read_gold(path: &Path) -> Result<Vec<(String, String)>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut seen = HashSet::new();
    let mut gold = Vec::new();
    for (number, line) in (1..).zip(text.lines()) {
        if line.trim().is_empty() {
            continue;
        }
        let record: Value =
            serde_json::from_str(line).with_context(|| format!("{}:{number}: not JSON", path.display()))?;
        let (Some(id), Some(cluster)) = (label(&record, "id"), label(&record, "cluster")) else {
            continue;
        };
        if seen.insert(id.clone()) {
            gold.push((id, cluster));
        }
    }
    Ok(gold)
}

/// A string or number field as a string.
fn label(record: &Value, field: &str) -> Option<String> {
    match record.get(field)? {
        Value::String(text) => Some(text.clone()),
        Value::Number(number) => Some(number.to_string()),
        _ => None,
    }
}

/// A predicted cluster: a story of the report, or an article alone (one the
/// report put in no story, or did not report at all).
#[derive(Clone, PartialEq, Eq, Hash)]
enum Predicted {
    Story(usize),
    Alone(usize),
}

fn compare_with_gold(report: &Report, gold: &[(String, String)]) -> Agreement {
    let reported: HashSet<&str> = report.articles.iter().map(|article| article.id.as_str()).collect();
    let mut story_of: HashMap<&str, usize> = HashMap::new();
    for (index, story) in report.stories.iter().enumerate() {
        for id in &story.articles {
            story_of.entry(id.as_str()).or_insert(index);
        }
    }
    let gold_ids: HashSet<&str> = gold.iter().map(|(id, _)| id.as_str()).collect();
    let assignments = gold.iter().enumerate().map(|(index, (id, cluster))| {
        let predicted = match story_of.get(id.as_str()) {
            Some(&story) => Predicted::Story(story),
            None => Predicted::Alone(index),
        };
        (cluster.as_str(), predicted)
    });
    Agreement {
        gold_articles: gold.len(),
        gold_clusters: gold.iter().map(|(_, cluster)| cluster).collect::<HashSet<_>>().len(),
        missing_from_report: gold.iter().filter(|(id, _)| !reported.contains(id.as_str())).count(),
        in_no_story: gold
            .iter()
            .filter(|(id, _)| reported.contains(id.as_str()) && !story_of.contains_key(id.as_str()))
            .count(),
        not_in_gold: reported.iter().filter(|id| !gold_ids.contains(*id)).count(),
        scores: clustering_metrics::score(assignments),
    }
}

fn render(
    data: &Path,
    machine: &Machine,
    exact_peaks: bool,
    measurements: &[Measurement],
    stages: &Stages,
    agreement: &Agreement,
    problems: &[String],
) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# Pipeline benchmark\n");
    out.push_str(&machine.header(data));
    let _ = writeln!(
        out,
        "- method: in-process, one run at a time, wall clock of the whole run, median of {RUNS} runs\n"
    );

    let _ = writeln!(
        out,
        "| run | articles | stories | seconds | CPU seconds | articles/s | peak memory (MiB) |"
    );
    let _ = writeln!(out, "| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    for measurement in measurements {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {:.3} | {} | {} | {} |",
            measurement.label,
            measurement.articles,
            measurement
                .stories
                .map_or("–".to_string(), |stories| stories.to_string()),
            measurement.seconds,
            measurement
                .cpu_seconds
                .map_or("–".to_string(), |seconds| format!("{seconds:.2}")),
            rate(measurement.articles, measurement.seconds),
            measurement.peak_mib.map_or("–".to_string(), |mib| format!("{mib:.1}")),
        );
    }
    out.push('\n');
    if let [chorus, baseline, ..] = measurements {
        if baseline.seconds > 0.0 && chorus.articles > 0 {
            let _ = writeln!(
                out,
                "The pipeline takes {:.1}× the time of reading and parsing the file alone.\n",
                chorus.seconds / baseline.seconds
            );
        }
    }
    let _ = writeln!(
        out,
        "Peak memory is the process's resident high-water mark (`VmHWM` in `/proc/self/status`), {}. \
         CPU seconds (user + system, per run) above the wall-clock seconds mean more than one core was busy.\n",
        if exact_peaks {
            "reset before each row (the baseline runs first), so each row shows the peak of its own runs"
        } else {
            "which could not be reset: each row includes everything the process did before it"
        }
    );

    render_stages(&mut out, stages, measurements.first());

    let scores = &agreement.scores;
    let _ = writeln!(out, "## Story clustering against the gold `cluster` field\n");
    let _ = writeln!(out, "| measure | precision | recall | F1 |");
    let _ = writeln!(out, "| --- | ---: | ---: | ---: |");
    for (name, score) in [("BCubed", scores.bcubed), ("pairwise", scores.pairwise)] {
        let _ = writeln!(
            out,
            "| {name} | {:.4} | {:.4} | {:.4} |",
            score.precision, score.recall, score.f1
        );
    }
    let _ = writeln!(
        out,
        "\n{} gold articles in {} clusters. Of them, {} are missing from the report and {} are in no story: \
         both count as stories of their own. {} reported articles have no gold label and are not scored.\n",
        agreement.gold_articles,
        agreement.gold_clusters,
        agreement.missing_from_report,
        agreement.in_no_story,
        agreement.not_in_gold,
    );

    let _ = writeln!(out, "## Problems reported\n");
    let _ = writeln!(out, "{} problems in the last run.", problems.len());
    if !problems.is_empty() {
        out.push('\n');
        for problem in problems.iter().take(PROBLEMS_SHOWN) {
            let _ = writeln!(out, "- {}", problem.replace('\n', " "));
        }
        if problems.len() > PROBLEMS_SHOWN {
            let _ = writeln!(out, "- … and {} more", problems.len() - PROBLEMS_SHOWN);
        }
    }
    out
}

fn rate(articles: usize, seconds: f64) -> String {
    if seconds > 0.0 {
        format!("{:.0}", articles as f64 / seconds)
    } else {
        "–".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_of_odd_and_even_counts() {
        assert_eq!(median(&mut [3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(&mut [4.0, 1.0, 2.0, 3.0]), 2.5);
    }

    #[test]
    fn arguments_override_defaults() {
        let args = Args::parse(&["--out".to_string(), "x.md".to_string()]).map_err(|error| error.to_string());
        assert_eq!(
            args.map(|args| (args.out, args.data.ends_with("gun-violence.jsonl"))),
            Ok((PathBuf::from("x.md"), true))
        );
        let missing = Args::parse(&["--data".to_string()])
            .err()
            .map(|error| error.is::<crate::UsageError>());
        assert_eq!(missing, Some(true));
    }
}

/// The table of seconds per stage, with each stage's share of the run.
fn render_stages(out: &mut String, stages: &Stages, chorus: Option<&Measurement>) {
    let timed: f64 = stages.0.iter().map(|(_, seconds)| seconds).sum();
    if stages.0.is_empty() || timed <= 0.0 {
        return;
    }
    let _ = writeln!(
        out,
        "## Time per stage
"
    );
    let _ = writeln!(
        out,
        "Wall-clock seconds per run inside each stage (`chorus_pipeline::run_timed`), averaged over the {RUNS} runs: \
         the stages up to `dates` summed over the articles (`text` includes dating articles from their text, \
         `dates` also the undated articles redated within their story), the later ones over the stories; \
         `report` is building the report's structures. The stages add up to {timed:.3} s{}.\n",
        chorus.map_or(String::new(), |chorus| format!(
            " of the run's median {:.3} s (the rest is work between the stages: source groups, ordering the stories)",
            chorus.seconds
        ))
    );
    let _ = writeln!(out, "| stage | seconds | share | ms per article |");
    let _ = writeln!(out, "| --- | ---: | ---: | ---: |");
    let articles = chorus.map_or(0, |chorus| chorus.articles);
    for (stage, seconds) in &stages.0 {
        let per_article = if articles > 0 {
            format!("{:.4}", seconds * 1000.0 / articles as f64)
        } else {
            "–".to_string()
        };
        let _ = writeln!(
            out,
            "| {stage} | {seconds:.3} | {:.1} % | {per_article} |",
            100.0 * seconds / timed
        );
    }
    out.push('\n');
}
