//! The `extraction` task: main text and metadata of real web pages, scored
//! on the four sets of `../shared/corpora/extraction` with each set's own
//! measure, chorus beside its peers run in the same command.
//!
//! | set | measure |
//! | --- | --- |
//! | scrapinghub | token 4-gram shingles: per-page P/R averaged, F1, exact-match accuracy |
//! | trafilatura-eval | `with`/`without` snippets: P/R/F1/accuracy over all snippets; publication date |
//! | readability | bag-of-tokens F1 against `expected.html`'s text; title, byline, date |
//! | DAniEL | bag-of-tokens F1 per language (CJK characters one token each) |
//!
//! Peers: `dom_smoothie` alone (in process) and, when
//! `bench/peers/install-extraction.sh` has been run, trafilatura,
//! readability-lxml and htmldate (Python, one process each). The scrapinghub
//! folder also ships other extractors' outputs; those are scored from the
//! files and labelled as published outputs, not run here.

mod corpora;
mod score;
mod systems;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;

use anyhow::{Context, Result};

use crate::machine::Machine;
use crate::{workspace_root, UsageError};
use corpora::{Gold, Page};
use score::{day_of, Prf, SnippetCounts};
use systems::{Peers, Run};

/// The task's options, for the usage message.
pub const USAGE: &str = "\
extraction options:
  --set scrapinghub|readability|trafilatura|daniel|all   which set to score (default: all)
  --data PATH      the extraction corpora folder (default: ../shared/corpora/extraction)
  --out PATH       where to write the Markdown results (default: bench/results/extraction.md for a
                   run of every set with the peers; target/extraction-partial.md for any other run,
                   so that partial figures never replace the committed table)
  --no-peers       run chorus and dom_smoothie only
  --worst N        also print chorus's N worst pages of each set on stderr
  --errors         also print chorus's misses on stderr: each failed trafilatura-eval snippet and
                   each wrong publication date (beside htmldate's answer when the peers ran)";

struct Args {
    sets: Vec<&'static str>,
    data: PathBuf,
    out: PathBuf,
    peers: bool,
    worst: usize,
    errors: bool,
}

impl Args {
    fn parse(args: &[String]) -> Result<Args> {
        let workspace = workspace_root();
        let mut parsed = Args {
            sets: corpora::SETS.to_vec(),
            data: workspace.join("../shared/corpora/extraction"),
            out: workspace.join("bench/results/extraction.md"),
            peers: true,
            worst: 0,
            errors: false,
        };
        let mut out: Option<PathBuf> = None;
        let mut args = args.iter();
        while let Some(flag) = args.next() {
            if flag == "--no-peers" {
                parsed.peers = false;
                continue;
            }
            if flag == "--errors" {
                parsed.errors = true;
                continue;
            }
            let Some(value) = args.next() else {
                return Err(UsageError(format!("extraction: {flag} needs a value")).into());
            };
            match flag.as_str() {
                "--set" => {
                    parsed.sets = match corpora::SETS.iter().find(|set| **set == value.as_str()) {
                        Some(set) => vec![*set],
                        None if value == "all" => corpora::SETS.to_vec(),
                        None => return Err(UsageError(format!("extraction: unknown set {value}")).into()),
                    }
                }
                "--data" => parsed.data = PathBuf::from(value),
                "--out" => out = Some(PathBuf::from(value)),
                "--worst" => {
                    parsed.worst = value
                        .parse()
                        .map_err(|_| UsageError(format!("extraction: --worst needs a number, not {value}")))?
                }
                other => return Err(UsageError(format!("extraction: unknown option {other}")).into()),
            }
        }
        let full = parsed.peers && parsed.sets.len() == corpora::SETS.len();
        parsed.out = match out {
            Some(path) => path,
            None if full => parsed.out,
            None => workspace.join("target/extraction-partial.md"),
        };
        Ok(parsed)
    }
}

/// Run the task.
pub fn main(args: &[String]) -> Result<()> {
    let args = Args::parse(args)?;
    let workspace = workspace_root();
    let machine = Machine::describe(&workspace);
    let peers = if args.peers { Peers::find(&workspace) } else { None };
    if args.peers && peers.is_none() {
        eprintln!("peer not installed: run bench/peers/install-extraction.sh");
    }
    let mut out = String::new();
    let _ = writeln!(out, "# Extraction: main text and metadata of web pages\n");
    let _ = writeln!(
        out,
        "Written by `cargo run --release -p chorus-bench -- extraction`. Machine: {} ({} CPUs available), \
         commit {}, {}. Every system runs on one core, one page at a time; pages/s counts extraction only \
         (decoding included, file reading excluded). Peak memory is the resident high-water mark of the \
         process that ran the system (for chorus and dom_smoothie, the benchmark process, which also holds the \
         gold data).\n",
        machine.cpu,
        machine.cpus,
        machine.commit.as_deref().unwrap_or("unknown"),
        machine.date
    );
    if peers.is_none() {
        let _ = writeln!(
            out,
            "Python peers not run (install them with `bench/peers/install-extraction.sh`).\n"
        );
    }
    let mut dates = Vec::new();
    let mut targets = Vec::new();
    for set in &args.sets {
        eprintln!("extraction: {set}");
        let pages = corpora::load(set, &args.data)?;
        let mut runs = vec![systems::run_chorus(&pages)?, systems::run_dom_smoothie(&pages)?];
        if let Some(peers) = &peers {
            for (tool, label) in [
                ("trafilatura", "trafilatura 2.0.0 (Python)"),
                ("readability", "readability-lxml 0.8.1 (Python)"),
            ] {
                eprintln!("extraction: {set}: {tool}");
                runs.push(peers.run(tool, label, &pages)?);
            }
            if matches!(*set, "trafilatura" | "readability") {
                eprintln!("extraction: {set}: htmldate");
                runs.push(peers.run("htmldate", "htmldate 1.9.3 (Python, dates only)", &pages)?);
            }
        }
        let table = match *set {
            "scrapinghub" => scrapinghub_table(&pages, &runs, &args, &mut targets)?,
            "trafilatura" => trafilatura_table(&pages, &runs, &args, &mut targets),
            "readability" => readability_table(&pages, &runs, args.worst, &mut targets),
            _ => daniel_table(&pages, &runs, args.worst, &mut targets),
        };
        print!("{table}");
        out.push_str(&table);
        dates.extend(date_rows(set, &pages, &runs, args.errors));
    }
    if !dates.is_empty() {
        let table = dates_table(&dates, &mut targets);
        print!("{table}");
        out.push_str(&table);
    }
    if !targets.is_empty() {
        let section = format!(
            "## Targets\n\nEach target of the extraction issue against what this run measured (unrounded \
             figures; speed on this run's noisy shared machine).\n\n{}\n",
            targets.join("\n")
        );
        print!("{section}");
        out.push_str(&section);
    }
    if let Some(parent) = args.out.parent() {
        std::fs::create_dir_all(parent).ok();
    }
    std::fs::write(&args.out, &out).with_context(|| format!("cannot write {}", args.out.display()))?;
    eprintln!("extraction: results written to {}", args.out.display());
    Ok(())
}

fn is_text_system(run: &Run) -> bool {
    !run.system.contains("dates only")
}

fn speed_cells(run: &Run) -> String {
    format!(
        "{:.1} | {}",
        run.pages_per_second(),
        run.peak_mib.map(|m| format!("{m:.0}")).unwrap_or_else(|| "?".into())
    )
}

/// chorus's speed over trafilatura's, when both ran; the speed target
/// (10×) is checked with it.
fn speed_ratio(set: &str, runs: &[Run], targets: &mut Vec<String>) -> String {
    let chorus = runs.iter().find(|r| r.system == "chorus");
    let trafilatura = runs.iter().find(|r| r.system.starts_with("trafilatura"));
    match (chorus, trafilatura) {
        (Some(c), Some(t)) if t.pages_per_second() > 0.0 => {
            let ratio = c.pages_per_second() / t.pages_per_second();
            verdict(
                targets,
                &format!("{set} pages/s over trafilatura's"),
                ratio,
                10.0,
                "the target",
            );
            format!("chorus is {ratio:.1}× trafilatura's pages/s on this set.\n\n")
        }
        _ => String::new(),
    }
}

/// The score a system got on a set, when it ran.
fn score_of(scores: &[(String, f64)], prefix: &str) -> Option<f64> {
    scores
        .iter()
        .find(|(system, _)| system.starts_with(prefix))
        .map(|&(_, score)| score)
}

/// One line of the targets section: what was aimed at, chorus's figure,
/// the goal and whether it is met.
fn verdict(targets: &mut Vec<String>, what: &str, ours: f64, goal: f64, goal_name: &str) {
    let status = if ours >= goal {
        "met".to_string()
    } else {
        format!("**not met** (short by {:.4})", goal - ours)
    };
    targets.push(format!("- {what}: chorus {ours:.4}, {goal_name} {goal:.4}: {status}"));
}

/// Checks chorus against trafilatura on one figure, when both ran.
fn versus_trafilatura(targets: &mut Vec<String>, what: &str, scores: &[(String, f64)]) {
    if let (Some(ours), Some(theirs)) = (score_of(scores, "chorus"), score_of(scores, "trafilatura")) {
        verdict(targets, what, ours, theirs, "trafilatura");
    }
}

fn print_worst(set: &str, mut scored: Vec<(f64, String)>, worst: usize) {
    if worst == 0 {
        return;
    }
    scored.sort_by(|a, b| a.0.total_cmp(&b.0));
    eprintln!("chorus's worst pages on {set}:");
    for (score, id) in scored.iter().take(worst) {
        eprintln!("  {score:.3}  {id}");
    }
}

fn scrapinghub_table(pages: &[Page], runs: &[Run], args: &Args, targets: &mut Vec<String>) -> Result<String> {
    let mut out = String::new();
    let _ = writeln!(out, "## scrapinghub ({} pages)\n", pages.len());
    let _ = writeln!(
        out,
        "Token 4-gram shingles per page; precision and recall are means over pages, F1 their harmonic mean \
         (± bootstrap standard error); accuracy is the share of pages whose tokens equal the truth.\n"
    );
    let _ = writeln!(out, "| system | precision | recall | F1 | accuracy | pages/s | peak MiB |\n| --- | --- | --- | --- | --- | --- | --- |");
    let gold = |page: &Page| match &page.gold {
        Gold::Body(body) => body.clone(),
        _ => String::new(),
    };
    for run in runs.iter().filter(|r| is_text_system(r)) {
        let scores: Vec<score::ShingleScore> = pages
            .iter()
            .map(|page| score::shingle_score(&run.output(&page.id).text, &gold(page)))
            .collect();
        let summary = score::summarize_shingles(&scores);
        if run.system == "chorus" {
            let per_page = pages
                .iter()
                .zip(&scores)
                .map(|(page, s)| {
                    (
                        Prf::new(s.tp / (s.tp + s.fp).max(1e-12), s.tp / (s.tp + s.fn_).max(1e-12)).f1,
                        page.id.clone(),
                    )
                })
                .collect();
            print_worst("scrapinghub", per_page, args.worst);
            verdict(targets, "scrapinghub token F1", summary.prf.f1, 0.970, "the target");
        }
        let _ = writeln!(
            out,
            "| {} | {:.3} | {:.3} | {:.3} ± {:.3} | {:.3} | {} |",
            run.system,
            summary.prf.precision,
            summary.prf.recall,
            summary.prf.f1,
            summary.f1_error,
            summary.accuracy,
            speed_cells(run)
        );
    }
    let _ = writeln!(out);
    out.push_str(&speed_ratio("scrapinghub", runs, targets));
    let published = corpora::scrapinghub_published(&args.data)?;
    if !published.is_empty() {
        let _ = writeln!(
            out,
            "Published outputs shipped with the benchmark, scored here from the files (not run here; versions as \
             published):\n\n| extractor (published output) | precision | recall | F1 | accuracy |\n| --- | --- | --- | --- | --- |"
        );
        for (name, bodies) in &published {
            let scores: Vec<score::ShingleScore> = pages
                .iter()
                .map(|page| score::shingle_score(bodies.get(&page.id).map(String::as_str).unwrap_or(""), &gold(page)))
                .collect();
            let summary = score::summarize_shingles(&scores);
            let _ = writeln!(
                out,
                "| {name} | {:.3} | {:.3} | {:.3} ± {:.3} | {:.3} |",
                summary.prf.precision, summary.prf.recall, summary.prf.f1, summary.f1_error, summary.accuracy
            );
        }
        let _ = writeln!(out);
    }
    Ok(out)
}

fn trafilatura_table(pages: &[Page], runs: &[Run], args: &Args, targets: &mut Vec<String>) -> String {
    let mut out = String::new();
    let (with, without): (usize, usize) = pages.iter().fold((0, 0), |acc, page| match &page.gold {
        Gold::Snippets { with, without, .. } => (acc.0 + with.len(), acc.1 + without.len()),
        _ => acc,
    });
    let _ = writeln!(
        out,
        "## trafilatura-eval ({} pages, {with} `with` and {without} `without` snippets)\n",
        pages.len()
    );
    let _ = writeln!(
        out,
        "Snippets matched as substrings of the whitespace-normalized text, counts summed over pages.\n\n\
         | system | precision | recall | F1 | accuracy | pages/s | peak MiB |\n| --- | --- | --- | --- | --- | --- | --- |"
    );
    let mut scores = Vec::new();
    for run in runs.iter().filter(|r| is_text_system(r)) {
        let mut counts = SnippetCounts::default();
        let mut per_page = Vec::new();
        for page in pages {
            if let Gold::Snippets { with, without, .. } = &page.gold {
                let text = run.output(&page.id).text;
                counts.add(&text, with, without);
                let mut one = SnippetCounts::default();
                one.add(&text, with, without);
                per_page.push((one.accuracy(), page.id.clone()));
            }
        }
        if run.system == "chorus" {
            print_worst("trafilatura-eval", per_page, args.worst);
            if args.errors {
                print_snippet_misses(pages, run);
            }
        }
        let prf = counts.prf();
        scores.push((run.system.clone(), prf.f1));
        let _ = writeln!(
            out,
            "| {} | {:.3} | {:.3} | {:.3} | {:.3} | {} |",
            run.system,
            prf.precision,
            prf.recall,
            prf.f1,
            counts.accuracy(),
            speed_cells(run)
        );
    }
    let _ = writeln!(out);
    versus_trafilatura(targets, "trafilatura-eval snippet F1", &scores);
    out.push_str(&speed_ratio("trafilatura-eval", runs, targets));
    out
}

/// Each `with` snippet missing from chorus's text and each `without`
/// snippet present in it, by page.
fn print_snippet_misses(pages: &[Page], run: &Run) {
    eprintln!("chorus's snippet misses on trafilatura-eval (missing: a `with` snippet not found; extra: a `without` snippet found):");
    for page in pages {
        let Gold::Snippets { with, without, .. } = &page.gold else {
            continue;
        };
        let text = score::collapse_whitespace(&run.output(&page.id).text);
        let found = |snippet: &String| !text.is_empty() && text.contains(&score::collapse_whitespace(snippet));
        for snippet in with.iter().filter(|s| !found(s)) {
            eprintln!("  missing  {}  {snippet:?}", page.id);
        }
        for snippet in without.iter().filter(|s| found(s)) {
            eprintln!("  extra    {}  {snippet:?}", page.id);
        }
    }
}

/// Whitespace-collapsed, case-folded, without a leading "By".
fn normalize_field(text: &str) -> String {
    let text = score::collapse_whitespace(text).to_lowercase();
    text.strip_prefix("by ").map(str::to_string).unwrap_or(text)
}

fn readability_table(pages: &[Page], runs: &[Run], worst: usize, targets: &mut Vec<String>) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "## readability ({} pages)\n", pages.len());
    let _ = writeln!(
        out,
        "Text: bag-of-tokens precision/recall/F1 against the text of `expected.html`, averaged over pages. \
         Title and byline: share of pages (with a gold value) where the field equals the gold one, \
         whitespace- and case-normalized (a leading \"By\" ignored).\n\n\
         | system | precision | recall | F1 | title | byline | pages/s | peak MiB |\n| --- | --- | --- | --- | --- | --- | --- | --- |"
    );
    let mut scores = Vec::new();
    for run in runs.iter().filter(|r| is_text_system(r)) {
        let (mut p, mut r, mut f, mut n) = (0.0, 0.0, 0.0, 0usize);
        let (mut titles, mut title_total, mut bylines, mut byline_total) = (0, 0, 0, 0);
        let mut per_page = Vec::new();
        for page in pages {
            let Gold::Readability {
                text, title, byline, ..
            } = &page.gold
            else {
                continue;
            };
            let output = run.output(&page.id);
            let prf = score::token_f1(&output.text, text);
            per_page.push((prf.f1, page.id.clone()));
            p += prf.precision;
            r += prf.recall;
            f += prf.f1;
            n += 1;
            if let Some(title) = title {
                title_total += 1;
                titles += usize::from(output.title.as_deref().map(normalize_field) == Some(normalize_field(title)));
            }
            if let Some(byline) = byline {
                byline_total += 1;
                bylines += usize::from(output.author.as_deref().map(normalize_field) == Some(normalize_field(byline)));
            }
        }
        if run.system == "chorus" {
            print_worst("readability", per_page, worst);
        }
        let n = n.max(1) as f64;
        scores.push((run.system.clone(), f / n));
        let share = |hits: usize, total: usize| {
            if total == 0 {
                "–".to_string()
            } else {
                format!("{:.3} ({hits}/{total})", hits as f64 / total as f64)
            }
        };
        let _ = writeln!(
            out,
            "| {} | {:.3} | {:.3} | {:.3} | {} | {} | {} |",
            run.system,
            p / n,
            r / n,
            f / n,
            share(titles, title_total),
            share(bylines, byline_total),
            speed_cells(run)
        );
    }
    let _ = writeln!(out);
    versus_trafilatura(targets, "readability token F1", &scores);
    out.push_str(&speed_ratio("readability", runs, targets));
    out
}

fn daniel_table(pages: &[Page], runs: &[Run], worst: usize, targets: &mut Vec<String>) -> String {
    let mut out = String::new();
    let mut languages: BTreeMap<&str, usize> = BTreeMap::new();
    for page in pages {
        if let Gold::Daniel { language, .. } = &page.gold {
            *languages.entry(language.as_str()).or_default() += 1;
        }
    }
    let _ = writeln!(out, "## DAniEL ({} pages)\n", pages.len());
    let _ = writeln!(
        out,
        "Bag-of-tokens F1 against the gold text, averaged over the pages of each language (Han characters one \
         token each); \"all\" averages the languages.\n"
    );
    let header: Vec<String> = languages.iter().map(|(l, n)| format!("{l} ({n})")).collect();
    let _ = writeln!(
        out,
        "| system | {} | all | pages/s | peak MiB |\n|{}",
        header.join(" | "),
        " --- |".repeat(header.len() + 4)
    );
    let mut scores: BTreeMap<String, Vec<(String, f64)>> = BTreeMap::new();
    for run in runs.iter().filter(|r| is_text_system(r)) {
        let mut sums: BTreeMap<&str, f64> = BTreeMap::new();
        let mut per_page = Vec::new();
        for page in pages {
            let Gold::Daniel { text, language } = &page.gold else {
                continue;
            };
            let f1 = score::token_f1(&run.output(&page.id).text, text).f1;
            per_page.push((f1, page.id.clone()));
            *sums.entry(language.as_str()).or_default() += f1;
        }
        if run.system == "chorus" {
            print_worst("DAniEL", per_page, worst);
        }
        let means: Vec<f64> = languages
            .iter()
            .map(|(l, n)| sums.get(l).copied().unwrap_or(0.0) / *n as f64)
            .collect();
        let all = means.iter().sum::<f64>() / means.len().max(1) as f64;
        for ((language, _), mean) in languages.iter().zip(&means) {
            scores
                .entry(language.to_string())
                .or_default()
                .push((run.system.clone(), *mean));
        }
        let cells: Vec<String> = means.iter().map(|m| format!("{m:.3}")).collect();
        let _ = writeln!(
            out,
            "| {} | {} | {all:.3} | {} |",
            run.system,
            cells.join(" | "),
            speed_cells(run)
        );
    }
    let _ = writeln!(out);
    for (language, scores) in &scores {
        versus_trafilatura(targets, &format!("DAniEL {language} token F1"), scores);
    }
    out.push_str(&speed_ratio("DAniEL", runs, targets));
    out
}

/// (set, system, correct, total) of publication dates on pages with a gold date.
type DateRow = (String, String, usize, usize);

fn date_rows(set: &str, pages: &[Page], runs: &[Run], errors: bool) -> Vec<DateRow> {
    let gold_day = |page: &Page| match &page.gold {
        Gold::Snippets { date: Some(date), .. } => day_of(date),
        Gold::Readability {
            published: Some(date), ..
        } => day_of(date),
        _ => None,
    };
    let with_date: Vec<(&Page, String)> = pages
        .iter()
        .filter_map(|page| gold_day(page).map(|day| (page, day)))
        .collect();
    if with_date.is_empty() {
        return Vec::new();
    }
    let name = if set == "trafilatura" { "trafilatura-eval" } else { set };
    if errors {
        print_date_misses(name, &with_date, runs);
    }
    runs.iter()
        .filter(|run| !run.system.starts_with("readability-lxml"))
        .map(|run| {
            let correct = with_date
                .iter()
                .filter(|(page, day)| {
                    run.output(&page.id).date.as_deref().and_then(day_of).as_deref() == Some(day.as_str())
                })
                .count();
            (name.to_string(), run.system.clone(), correct, with_date.len())
        })
        .collect()
}

/// Each page where chorus's publication day differs from the gold one:
/// gold, chorus, and htmldate's answer when it ran (`=` when right).
fn print_date_misses(set: &str, with_date: &[(&Page, String)], runs: &[Run]) {
    let Some(chorus) = runs.iter().find(|r| r.system == "chorus") else {
        return;
    };
    let htmldate = runs.iter().find(|r| r.system.starts_with("htmldate"));
    eprintln!("chorus's date misses on {set} (gold, chorus, htmldate):");
    for (page, day) in with_date {
        let ours = chorus.output(&page.id).date.as_deref().and_then(day_of);
        if ours.as_deref() == Some(day.as_str()) {
            continue;
        }
        let theirs = htmldate.map(|run| match run.output(&page.id).date.as_deref().and_then(day_of) {
            Some(theirs) if theirs == *day => "=".to_string(),
            Some(theirs) => theirs,
            None => "-".to_string(),
        });
        eprintln!(
            "  {day}  {}  {}  {}",
            ours.as_deref().unwrap_or("-"),
            theirs.as_deref().unwrap_or("?"),
            page.id
        );
    }
}

fn dates_table(rows: &[DateRow], targets: &mut Vec<String>) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "## Publication dates\n\nShare of pages with a gold date whose extracted date is the same calendar day \
         (trafilatura-eval's `date`, readability's `publishedTime`).\n\n| set | system | accuracy |\n| --- | --- | --- |"
    );
    for (set, system, correct, total) in rows {
        let _ = writeln!(
            out,
            "| {set} | {system} | {:.3} ({correct}/{total}) |",
            *correct as f64 / (*total).max(1) as f64
        );
    }
    let _ = writeln!(out);
    let sets: Vec<&String> = rows.iter().map(|(set, ..)| set).collect();
    for set in sets.iter().copied().collect::<std::collections::BTreeSet<_>>() {
        let accuracy = |prefix: &str| {
            rows.iter()
                .find(|(s, system, ..)| s == set && system.starts_with(prefix))
                .map(|(_, _, correct, total)| *correct as f64 / (*total).max(1) as f64)
        };
        if let (Some(ours), Some(theirs)) = (accuracy("chorus"), accuracy("htmldate")) {
            verdict(
                targets,
                &format!("{set} publication-date accuracy"),
                ours,
                theirs,
                "htmldate",
            );
        }
    }
    out
}
