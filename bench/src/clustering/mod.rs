//! The `clustering` task: story clustering and near-duplicate detection,
//! chorus against peers run side by side in the same command.
//!
//! * quality: BCubed and pairwise P/R/F1 on gun-violence (title + text) and
//!   uci-headlines (titles only, in time order), for chorus and for the
//!   baselines of `bench/peers/clustering_peers.py` (TF-IDF + agglomerative
//!   clustering, MiniLM embeddings + the same clustering), when installed;
//! * near-duplicates: copies generated from gun-violence (module
//!   `duplicates`), chorus dedup against datasketch's MinHash LSH;
//! * scale: articles per second and peak memory of dedup and clustering on
//!   streams of 3k, 30k and 300k articles (module `scale`).

pub mod metrics;

mod corpus;
mod diagnose;
mod duplicates;
mod peers;
mod render;
mod scale;

use std::path::PathBuf;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use chorus_stories::ClusterOptions;

use crate::machine::Machine;
use crate::{workspace_root, UsageError};
use corpus::Corpus;
use metrics::ClusteringScores;

/// The task's options, for the usage message.
pub const USAGE: &str = "\
clustering options:
  --no-peers    skip the Python peers (bench/peers/install-clustering.sh installs them)
  --no-scale    skip the 3k/30k/300k streams (at the corpus's pace, and dense)
  --scale-only  only the streams: no quality rows, no near-duplicates, no peers
  --sizes LIST  stream sizes, comma-separated (default: 3000,30000,300000)
  --sweep       only print chorus scores over a grid of settings (tuning; SWEEP_* variables)
  --diagnose    only print, per corpus, the largest story article by article and the
                closest-member similarities of right and wrong joins (why stories chain)
  --out PATH    where to write the Markdown results (default: bench/results/clustering.md)";

/// Stream sizes of the scale measurement.
const SCALE_SIZES: [usize; 3] = [3_000, 30_000, 300_000];
/// Originals in the generated near-duplicate set.
const DUPLICATE_ORIGINALS: usize = 1000;

/// Run the task with the arguments after its name.
pub fn main(args: &[String]) -> Result<()> {
    let mut out = workspace_root().join("bench/results/clustering.md");
    let (mut with_peers, mut with_scale, mut only_sweep, mut only_scale) = (true, true, false, false);
    let mut only_diagnose = false;
    let mut sizes = SCALE_SIZES.to_vec();
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--no-peers" => with_peers = false,
            "--no-scale" => with_scale = false,
            "--sweep" => only_sweep = true,
            "--diagnose" => only_diagnose = true,
            "--scale-only" => only_scale = true,
            "--sizes" => {
                sizes = match rest
                    .next()
                    .map(|list| list.split(',').map(str::parse).collect::<Result<Vec<usize>, _>>())
                {
                    Some(Ok(list)) if !list.is_empty() => list,
                    _ => {
                        return Err(
                            UsageError("clustering: --sizes needs a list of numbers like 3000,30000".into()).into(),
                        )
                    }
                }
            }
            "--out" => match rest.next() {
                Some(path) => out = PathBuf::from(path),
                None => return Err(UsageError("clustering: --out needs a value".into()).into()),
            },
            other => return Err(UsageError(format!("clustering: unknown option {other}")).into()),
        }
    }
    let folder = workspace_root().join("../shared/corpora/clustering");
    let paths = [folder.join("gun-violence.jsonl"), folder.join("uci-headlines.jsonl")];
    for path in &paths {
        if !path.is_file() {
            bail!(
                "corpus not found: {} (the shared corpora live beside the workspace)",
                path.display()
            );
        }
    }
    eprintln!("clustering: reading and annotating the corpora");
    let gun = corpus::load("gun-violence", &paths[0], false)?;
    if only_scale {
        print!("{}", render::scale_table(&scale_rows(&gun, &sizes)));
        return Ok(());
    }
    let uci = corpus::load("uci-headlines", &paths[1], true)?;
    if only_sweep {
        sweep(&[&gun, &uci]);
        return Ok(());
    }
    if only_diagnose {
        for corpus in [&gun, &uci] {
            diagnose::run(corpus, &ClusterOptions::default());
        }
        return Ok(());
    }
    let machine = Machine::describe(&workspace_root());
    let python = peers::python();
    if with_peers && python.is_none() {
        eprintln!("clustering: peers not installed; run bench/peers/install-clustering.sh to compare with them");
    }
    let python = python.filter(|_| with_peers);

    let mut rows = Vec::new();
    for (corpus, path, titles_only) in [(&gun, &paths[0], false), (&uci, &paths[1], true)] {
        eprintln!("clustering: chorus on {}", corpus.name);
        rows.push(chorus_row(
            corpus,
            "chorus, batch (one pass + refinement)",
            &ClusterOptions::default(),
        ));
        let stream = ClusterOptions {
            refine_threshold: None,
            ..ClusterOptions::default()
        };
        rows.push(chorus_row(corpus, "chorus, stream (one pass)", &stream));
        if let Some(python) = &python {
            eprintln!(
                "clustering: peers on {} (tuning their thresholds; takes minutes)",
                corpus.name
            );
            match peers::quality(python, path, titles_only) {
                Ok(systems) => {
                    for system in systems {
                        let scores = metrics::score(
                            system
                                .labels
                                .iter()
                                .filter_map(|(id, label)| corpus.gold_of(id).map(|gold| (gold.to_string(), *label))),
                        );
                        rows.push(Row {
                            corpus: corpus.name,
                            system: format!(
                                "{} ({} linkage, distance ≤ {}, tuned here)",
                                system.name, system.linkage, system.threshold
                            ),
                            scores,
                            articles: system.labels.len(),
                            seconds: system.seconds,
                        });
                    }
                }
                Err(error) => eprintln!("clustering: peers failed on {}: {error:#}", corpus.name),
            }
        }
    }

    eprintln!("clustering: near-duplicates");
    let items = duplicates::generate(&gun, DUPLICATE_ORIGINALS);
    let gold_groups: Vec<usize> = items.iter().map(|item| item.group).collect();
    let (links, dedup_seconds, annotate_seconds) = duplicates::run_chorus(&items);
    let mut dup_rows = vec![DupRow {
        system: "chorus dedup (one-permutation MinHash, 64 values, 32 bands, Jaccard ≥ 0.5 or containment ≥ 0.9)"
            .into(),
        scores: metrics::score(gold_groups.iter().zip(duplicates::groups(&links))),
        by_kind: recall_by_kind(&items, &links),
        seconds: dedup_seconds,
    }];
    if let Some(python) = &python {
        match peers::dedup(python, &items) {
            Ok(peer_links) => dup_rows.push(DupRow {
                system: peer_links.name.clone(),
                scores: metrics::score(gold_groups.iter().zip(duplicates::groups(&peer_links.links))),
                by_kind: recall_by_kind(&items, &peer_links.links),
                seconds: peer_links.seconds,
            }),
            Err(error) => eprintln!("clustering: datasketch failed: {error:#}"),
        }
    }

    let scale_rows = if with_scale {
        scale_rows(&gun, &sizes)
    } else {
        Vec::new()
    };
    let results = render::render(&render::Results {
        machine: &machine,
        corpora: &[&gun, &uci],
        rows: &rows,
        duplicates: &dup_rows,
        duplicate_items: items.len(),
        annotate_seconds,
        scale: &scale_rows,
        peers_installed: python.is_some(),
    });
    print!("{results}");
    if let Some(parent) = out.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).with_context(|| format!("cannot create {}", parent.display()))?;
    }
    std::fs::write(&out, &results).with_context(|| format!("cannot write {}", out.display()))?;
    eprintln!("clustering: results written to {}", out.display());
    Ok(())
}

/// The streams of every size, at the corpus's pace and dense.
fn scale_rows(corpus: &Corpus, sizes: &[usize]) -> Vec<scale::ScaleRow> {
    let mut rows = Vec::new();
    for dense in [false, true] {
        for &size in sizes {
            let pace = if dense { "dense" } else { "at the corpus's pace" };
            eprintln!("clustering: stream of {size} articles, {pace}");
            rows.push(scale::run(corpus, size, dense));
        }
    }
    rows
}

/// One system on one corpus.
pub struct Row {
    pub corpus: &'static str,
    pub system: String,
    pub scores: ClusteringScores,
    pub articles: usize,
    /// Seconds of clustering (with dedup for chorus; with vectors or
    /// embeddings for the peers), not of reading.
    pub seconds: f64,
}

/// One near-duplicate detector.
pub struct DupRow {
    pub system: String,
    pub scores: ClusteringScores,
    /// Per kind of copy: copies found (linked to their original's group) and made.
    pub by_kind: Vec<(&'static str, usize, usize)>,
    pub seconds: f64,
}

fn recall_by_kind(items: &[duplicates::Item], links: &[Option<usize>]) -> Vec<(&'static str, usize, usize)> {
    let groups = duplicates::groups(links);
    let mut kinds: Vec<(&'static str, usize, usize)> = Vec::new();
    for (index, item) in items.iter().enumerate() {
        if item.kind == "original" {
            continue;
        }
        let found = items
            .iter()
            .position(|other| other.group == item.group)
            .is_some_and(|o| groups[o] == groups[index]);
        match kinds.iter_mut().find(|(kind, _, _)| *kind == item.kind) {
            Some(entry) => {
                entry.1 += usize::from(found);
                entry.2 += 1;
            }
            None => kinds.push((item.kind, usize::from(found), 1)),
        }
    }
    kinds
}

fn chorus_row(corpus: &Corpus, system: &str, options: &ClusterOptions) -> Row {
    let (scores, seconds) = run_chorus(corpus, options);
    Row {
        corpus: corpus.name,
        system: system.to_string(),
        scores,
        articles: corpus.articles.len(),
        seconds,
    }
}

fn sweep(corpora: &[&Corpus]) {
    let defaults = ClusterOptions::default();
    for corpus in corpora {
        let get = |name: &str, default: &str| std::env::var(name).unwrap_or_else(|_| default.to_string());
        let list = |text: String| -> Vec<f32> { text.split(',').filter_map(|v| v.parse().ok()).collect() };
        for window in list(get("SWEEP_WINDOWS", "7,30")) {
            for threshold in list(get("SWEEP_THRESHOLDS", "0.15,0.2,0.25,0.3")) {
                for fade in list(get("SWEEP_FADES", "0")) {
                    for short in list(get("SWEEP_SHORT", "0.2")) {
                        for refine in list(get("SWEEP_REFINE", "0")) {
                            for (age, grace) in list(get("SWEEP_AGES", &defaults.age_fade_per_day.to_string()))
                                .into_iter()
                                .flat_map(|a| {
                                    list(get("SWEEP_GRACE", &defaults.age_grace_days.to_string()))
                                        .into_iter()
                                        .map(move |g| (a, g))
                                })
                            {
                                let options = ClusterOptions {
                                    refine_threshold: (refine > 0.0).then_some(refine),
                                    threshold,
                                    window_days: window as i64,
                                    fade_per_day: fade,
                                    title_only_threshold: short,
                                    age_fade_per_day: age,
                                    age_grace_days: grace,
                                    ..defaults
                                };
                                let (scores, seconds) = run_chorus(corpus, &options);
                                print_scores(
                                    corpus.name,
                                    &format!("w{window} t{threshold} f{fade} s{short} r{refine} a{age} g{grace}"),
                                    &scores,
                                    seconds,
                                );
                            }
                        }
                    }
                }
            }
        }
    }
}

fn print_scores(corpus: &str, system: &str, scores: &ClusteringScores, seconds: f64) {
    println!(
        "{corpus:<14} {system:<24} B3 P {:.4} R {:.4} F {:.4} | pair P {:.4} R {:.4} F {:.4} | largest {}/{} mixed {} | {seconds:.3}s",
        scores.bcubed.precision,
        scores.bcubed.recall,
        scores.bcubed.f1,
        scores.pairwise.precision,
        scores.pairwise.recall,
        scores.pairwise.f1,
        scores.largest.0,
        scores.largest.1,
        scores.mixed
    );
}

/// Dedup and cluster a corpus with chorus; the scores and the seconds taken.
fn run_chorus(corpus: &Corpus, options: &ClusterOptions) -> (ClusteringScores, f64) {
    let started = Instant::now();
    let duplicates = chorus_dedup::classify(&corpus.articles);
    let stories = chorus_stories::cluster(&corpus.articles, &duplicates.boilerplate, options);
    let seconds = started.elapsed().as_secs_f64();
    let scores = metrics::score(corpus.gold.iter().zip(stories));
    (scores, seconds)
}
