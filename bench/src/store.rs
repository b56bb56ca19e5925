//! The `store` task: what an incremental story update saves. A store is
//! filled with a corpus but for its newest articles and its stories are
//! computed; then the newest articles are stored and the stories brought up
//! to date, once incrementally (only the stories they can join) and once in
//! full (every story over every article, as `chorus ingest --recompute`),
//! each on its own copy of the same store file, side by side in the same
//! run. Timed is `Store::update_stories` from the call to its return: the
//! dates of the new articles, reading the articles and the stored term
//! counts, the pipeline, writing the stories and the counts. It also says how many articles end up in the same story
//! both ways.

use std::collections::HashMap;
use std::fmt::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use chorus_model::RawArticle;
use chorus_pipeline::Options;
use chorus_store::{NewArticle, Store, StoryRecord, StoryUpdate};

use crate::clustering::metrics as clustering_metrics;
use crate::machine::Machine;
use crate::workspace_root;

/// The task's options, for the usage message.
pub const USAGE: &str = "\
store options:
  --data PATH   JSONL corpus of dated articles
                (default: ../shared/corpora/clustering/gun-violence.jsonl beside the workspace)
  --new N       how many of the newest articles are added after the rest (default: 50)
  --out PATH    where to write the Markdown results (default: bench/results/store.md)";

/// How many times each update is measured, each on a fresh copy; the median counts.
const RUNS: usize = 3;

/// Articles per transaction when filling the store, as `chorus ingest` does.
const BATCH: usize = 200;

struct Args {
    data: PathBuf,
    new: usize,
    out: PathBuf,
}

impl Args {
    fn parse(args: &[String]) -> Result<Args> {
        let workspace = workspace_root();
        let flags = crate::args::parse("store", args, &["data", "new", "out"], USAGE)?;
        let path = |name: &str, default: &str| flags.get(name).map_or_else(|| workspace.join(default), PathBuf::from);
        let new = crate::args::number("store", &flags, "new", 50)?;
        Ok(Args {
            data: path("data", "../shared/corpora/clustering/gun-violence.jsonl"),
            new,
            out: path("out", "bench/results/store.md"),
        })
    }
}

/// One way of updating, measured.
struct Measurement {
    label: &'static str,
    /// What the last run did.
    update: StoryUpdate,
    /// Median wall-clock seconds.
    seconds: f64,
    /// Every run's seconds, in order.
    runs: Vec<f64>,
    /// The stories after the last run.
    records: Vec<StoryRecord>,
}

/// The store before the update, and the gold stories of the corpus.
struct Setup {
    /// Articles stored before the update.
    stored: usize,
    /// Articles added.
    added: usize,
    /// Seconds of the first, full computation over the stored articles.
    initial_seconds: f64,
    /// The stories before the update.
    before: Vec<StoryRecord>,
    /// Store id → gold story, for the articles the corpus labels.
    gold: HashMap<String, String>,
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
    let data = std::fs::canonicalize(&args.data).unwrap_or_else(|_| args.data.clone());
    let machine = Machine::describe(&workspace_root());
    let options = Options::default();

    let (raw, problems) = chorus_ingest::read_all(&[data.display().to_string()], &options.limits);
    for problem in &problems {
        eprintln!("store: {problem}");
    }
    let articles = extract(raw);
    if articles.len() <= args.new {
        bail!(
            "{}: {} articles, not more than the {} to add",
            data.display(),
            articles.len(),
            args.new
        );
    }
    // The newest articles arrive last, as a watch round brings them.
    let mut by_date: Vec<usize> = (0..articles.len()).collect();
    by_date.sort_by(|&a, &b| articles[a].published.cmp(&articles[b].published).then(a.cmp(&b)));
    let newest: std::collections::HashSet<usize> = by_date[articles.len() - args.new..].iter().copied().collect();
    let (new, old): (Vec<_>, Vec<_>) = articles
        .into_iter()
        .enumerate()
        .partition(|(index, _)| newest.contains(index));
    let new: Vec<NewArticle> = new.into_iter().map(|(_, a)| a).collect();
    let old: Vec<NewArticle> = old.into_iter().map(|(_, a)| a).collect();

    let dir = tempfile::tempdir().context("cannot make a temporary folder")?;
    let base = dir.path().join("base.db");
    eprintln!("store: storing {} articles and computing their stories", old.len());
    let gold_of: HashMap<String, String> = crate::pipeline::read_gold(&data)?.into_iter().collect();
    let gold: HashMap<String, String> = old
        .iter()
        .chain(&new)
        .filter_map(|article| {
            let cluster = gold_of.get(article.raw.id.as_deref()?)?;
            Some((
                chorus_store::content_hash(&article.raw)[..16].to_string(),
                cluster.clone(),
            ))
        })
        .collect();
    let (initial_seconds, before) = {
        let mut store = Store::open(&base)?;
        for batch in old.chunks(BATCH) {
            store.insert_batch(batch)?;
        }
        let started = Instant::now();
        update(&mut store, false, &options)?;
        (started.elapsed().as_secs_f64(), store.story_records()?)
    };
    let mut incremental = Vec::new();
    let mut full = Vec::new();
    for run in 1..=RUNS {
        for (full_update, runs) in [(false, &mut incremental), (true, &mut full)] {
            let copy = dir.path().join(format!("run{run}-{full_update}.db"));
            std::fs::copy(&base, &copy).context("cannot copy the store")?;
            let mut store = Store::open(&copy)?;
            store.insert_batch(&new)?;
            let started = Instant::now();
            let done = update(&mut store, full_update, &options)?;
            let seconds = started.elapsed().as_secs_f64();
            eprintln!(
                "  run {run}, {}: {seconds:.3} s over {} articles",
                if full_update { "full" } else { "incremental" },
                done.articles
            );
            runs.push((seconds, done, store.story_records()?));
        }
    }
    let incremental = measurement("incremental (`chorus ingest`)", incremental)?;
    let full = measurement("full (`chorus ingest --recompute`)", full)?;
    let setup = Setup {
        stored: old.len(),
        added: new.len(),
        initial_seconds,
        before,
        gold,
    };
    let results = render(&data, &machine, &setup, &incremental, &full);
    print!("{results}");
    if let Some(folder) = args.out.parent().filter(|folder| !folder.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder).with_context(|| format!("cannot create {}", folder.display()))?;
    }
    std::fs::write(&args.out, &results).with_context(|| format!("cannot write {}", args.out.display()))?;
    eprintln!("store: results written to {}", args.out.display());
    Ok(())
}

/// Extract each article as `chorus ingest` does before storing it.
fn extract(raw: Vec<RawArticle>) -> Vec<NewArticle> {
    raw.into_iter()
        .filter_map(|raw| {
            let (article, problems) = chorus_extract::extract(raw.clone());
            for problem in &problems {
                eprintln!("store: {problem}");
            }
            article.map(|article| NewArticle::extracted(raw, article))
        })
        .collect()
}

/// Bring the stories up to date as `chorus ingest` does.
fn update(store: &mut Store, full: bool, options: &Options) -> Result<StoryUpdate> {
    let done = store.update_stories(
        full,
        options.clustering.window_days,
        chorus_pipeline::publication_day,
        |raw, counts, counted| chorus_pipeline::build_report_counted(raw, options, &mut Vec::new(), counts, counted),
    )?;
    done.context("the stories were current before the update")
}

fn measurement(label: &'static str, runs: Vec<(f64, StoryUpdate, Vec<StoryRecord>)>) -> Result<Measurement> {
    let seconds: Vec<f64> = runs.iter().map(|(s, _, _)| *s).collect();
    let mut sorted = seconds.clone();
    sorted.sort_by(f64::total_cmp);
    let median = sorted[sorted.len() / 2];
    let Some((_, update, records)) = runs.into_iter().last() else {
        bail!("no run was made")
    };
    Ok(Measurement {
        label,
        update,
        seconds: median,
        runs: seconds,
        records,
    })
}

/// Per article, the sorted members of its story.
fn groups(records: &[StoryRecord]) -> HashMap<&str, &[String]> {
    records
        .iter()
        .flat_map(|story| {
            story
                .articles
                .iter()
                .map(move |a| (a.as_str(), story.articles.as_slice()))
        })
        .collect()
}

fn render(data: &Path, machine: &Machine, setup: &Setup, incremental: &Measurement, full: &Measurement) -> String {
    let Setup {
        stored,
        added,
        initial_seconds,
        ..
    } = setup;
    let mut out = String::new();
    let _ = writeln!(out, "# Store benchmark: incremental vs full story update\n");
    out.push_str(&machine.header(data));
    let _ = writeln!(
        out,
        "- method: {stored} articles stored and their stories computed ({initial_seconds:.3} s); then the \
         {added} newest articles stored and the stories updated, incrementally and in full, each on its own \
         copy of that store; wall clock of `Store::update_stories` (new articles' dates, reads, pipeline, \
         writes), median of {RUNS} runs\n"
    );
    let _ = writeln!(
        out,
        "| update | articles run over | stories written | stories replaced | stories kept | seconds (median) | runs |"
    );
    let _ = writeln!(out, "| --- | ---: | ---: | ---: | ---: | ---: | --- |");
    for m in [full, incremental] {
        let runs: Vec<String> = m.runs.iter().map(|s| format!("{s:.3}")).collect();
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {:.3} | {} |",
            m.label,
            m.update.articles,
            m.update.stories,
            m.update.replaced,
            m.update.kept,
            m.seconds,
            runs.join(", ")
        );
    }
    out.push('\n');
    if incremental.seconds > 0.0 {
        let _ = writeln!(
            out,
            "Full / incremental: **{:.1}×** the time.",
            full.seconds / incremental.seconds
        );
    }
    if let Some(cutoff) = &incremental.update.cutoff {
        let _ = writeln!(
            out,
            "The incremental update recomputed the stories with an article from {cutoff} on (30 days before \
             the earliest new article); its cost follows the articles of that window, not the size of the store."
        );
    } else {
        let _ = writeln!(out, "The incremental update fell back to a full computation.");
    }
    let (inc, all) = (groups(&incremental.records), groups(&full.records));
    let same = all
        .iter()
        .filter(|(article, members)| inc.get(*article) == Some(*members))
        .count();
    // Articles whose story the incremental update rewrote, and the others.
    let newest = incremental.records.iter().map(|s| s.computed).max().unwrap_or(0);
    let rewritten: std::collections::HashSet<&str> = incremental
        .records
        .iter()
        .filter(|s| s.computed == newest)
        .flat_map(|s| s.articles.iter().map(String::as_str))
        .collect();
    let same_where = |inside: bool| {
        let articles: Vec<&&str> = all.keys().filter(|a| rewritten.contains(**a) == inside).collect();
        let same = articles.iter().filter(|a| inc.get(**a) == all.get(**a)).count();
        (same, articles.len())
    };
    let (same_in, count_in) = same_where(true);
    let (same_out, count_out) = same_where(false);
    let before = groups(&setup.before);
    let kept_same = all
        .iter()
        .filter(|(article, members)| !rewritten.contains(**article) && before.get(*article) == Some(*members))
        .count();
    let stories_same = full
        .records
        .iter()
        .filter(|story| incremental.records.iter().any(|s| s.articles == story.articles))
        .count();
    let _ = writeln!(
        out,
        "\nSame result: {same} of {} articles are in a story with exactly the same members both ways; \
         {stories_same} of {} stories of the full computation are also stories of the incremental one.",
        all.len(),
        full.records.len()
    );
    let _ = writeln!(
        out,
        "\n| articles | same story both ways |\n| --- | ---: |\n\
         | in the stories the incremental update recomputed | {same_in} of {count_in} |\n\
         | in the stories it kept | {same_out} of {count_out} |\n"
    );
    let _ = writeln!(
        out,
        "Stability of the full computation: of the {count_out} articles of the kept stories, {kept_same} \
         are in the same story after it as before the new articles came. Both ways weigh terms with the \
         document frequencies of every stored article (the incremental update starts from the stored \
         counts); where they differ, it is because the incremental update finds near-copies and shared \
         boilerplate, and merges alike stories, among the articles it runs over only."
    );
    // Against the gold stories, both ways, over every article and over
    // those whose story the incremental update rewrote.
    let bcubed = |records: &[StoryRecord], inside_only: bool| {
        let labels = groups(records);
        let scored = setup.gold.iter().filter_map(|(article, cluster)| {
            let members = labels.get(article.as_str())?;
            (!inside_only || rewritten.contains(article.as_str())).then(|| (cluster.clone(), members[0].clone()))
        });
        let scores = clustering_metrics::score(scored);
        format!(
            "{:.3} / {:.3} / {:.3} ({} articles)",
            scores.bcubed.precision, scores.bcubed.recall, scores.bcubed.f1, scores.items
        )
    };
    let _ = writeln!(
        out,
        "\nAgainst the corpus's gold stories, BCubed precision / recall / F1:\n\n\
         | update | every article | articles of the recomputed stories |\n| --- | --- | --- |"
    );
    for m in [full, incremental] {
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            m.label,
            bcubed(&m.records, false),
            bcubed(&m.records, true)
        );
    }
    out
}
