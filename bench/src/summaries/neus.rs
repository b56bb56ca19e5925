//! The `summaries` task: story summaries on NeuS (AllSides roundups: three
//! articles from left, center and right outlets per cluster and a neutral
//! reference summary), scored by ROUGE-1/2/L F against the reference.
//!
//! Side by side in the same run: chorus (the whole pipeline with
//! `single_story`, summary budget = the reference's length in words),
//! sumy's LexRank, TextRank, LSA, Luhn and KL-Sum (run by
//! `bench/peers/summaries_runner.py` from the pinned environment that
//! `bench/peers/install-summaries.sh` makes) and a lead baseline. Every
//! system gets the same sentences (chorus's segmentation) and the same
//! budget: never more words than the reference. The peers and the lead take
//! whole sentences only; chorus may end with a sentence cut at a clause
//! boundary (see `chorus-summary`), and its row without these cut sentences
//! is shown too. All are scored by the same code, `chorus-rouge` (Porter stemming, no
//! stopword removal, F with alpha 0.5, summary-level ROUGE-L).

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use chorus_model::{Body, RawArticle};
use chorus_pipeline::Options;
use chorus_rouge::{rouge_l, rouge_n, Score, Summary};
use serde_json::{json, Value};

use crate::args;
use crate::machine::Machine;
use crate::{workspace_root, UsageError};

/// The task's options, for the usage message.
pub const USAGE: &str = "\
summaries options:
  --data PATH     NeuS JSONL (default: ../shared/corpora/summarization/neus.jsonl)
  --split NAME    val, train or all (default: val)
  --limit N       only the first N clusters of the split
  --python PATH   Python of the peers' environment
                  (default: bench/peers/.venv-summaries/bin/python; made by bench/peers/install-summaries.sh)
  --peers yes|no  run the sumy peers (default: yes)
  --show N        print the reference and chorus's summary of the first N clusters to stderr (default: 0)
  --out PATH      where to write the Markdown results (default: bench/results/summaries.md)";

/// The peers computed by the Python runner, in table order.
const PEERS: &[&str] = &["LexRank", "TextRank", "LSA", "Luhn", "KL-Sum"];

struct Cluster {
    id: String,
    reference: String,
    articles: Vec<RawArticle>,
}

/// One system's summaries: per cluster id, the sentences and the seconds spent.
type Outputs = HashMap<String, (Vec<String>, f64)>;

/// Run the task.
pub fn main(raw_args: &[String]) -> Result<()> {
    let flags = args::parse(
        "summaries",
        raw_args,
        &["data", "split", "limit", "python", "peers", "out", "show"],
        USAGE,
    )?;
    let workspace = workspace_root();
    let data = flags
        .get("data")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace.join("../shared/corpora/summarization/neus.jsonl"));
    let out = flags
        .get("out")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace.join("bench/results/summaries.md"));
    let python = flags
        .get("python")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace.join("bench/peers/.venv-summaries/bin/python"));
    let split = flags.get("split").cloned().unwrap_or_else(|| "val".to_string());
    let limit = match flags.get("limit") {
        Some(n) => Some(
            n.parse::<usize>()
                .map_err(|_| UsageError(format!("summaries: --limit {n} is not a number")))?,
        ),
        None => None,
    };
    let show: usize = args::number("summaries", &flags, "show", 0)?;
    let run_peers = match flags.get("peers").map(String::as_str) {
        None | Some("yes") => true,
        Some("no") => false,
        Some(other) => return Err(UsageError(format!("summaries: --peers {other}: say yes or no")).into()),
    };

    let mut clusters = read_clusters(&data, &split)?;
    if let Some(limit) = limit {
        clusters.truncate(limit);
    }
    if clusters.is_empty() {
        bail!("no clusters of split {split:?} in {}", data.display());
    }
    let budget = |c: &Cluster| c.reference.split_whitespace().count();

    // chorus, and the sentences every other system chooses from.
    let mut chorus: Outputs = HashMap::new();
    let mut chorus_whole: Outputs = HashMap::new();
    let mut lead: Outputs = HashMap::new();
    let mut documents: Vec<Value> = Vec::new();
    let mut shortened = 0;
    let mut opening_left_out = 0;
    for cluster in &clusters {
        let options = Options {
            single_story: true,
            summary_words: budget(cluster),
            ..Options::default()
        };
        let mut problems = Vec::new();
        let started = Instant::now();
        let report = chorus_pipeline::build_report(cluster.articles.clone(), &options, &mut problems);
        let seconds = started.elapsed().as_secs_f64();
        let docs: Vec<Vec<String>> = report
            .articles
            .iter()
            .map(|a| a.sentences.iter().map(|s| s.text.clone()).collect())
            .collect();
        let summary: Vec<String> = report
            .stories
            .first()
            .map(|s| s.summary.iter().map(|item| item.text.clone()).collect())
            .unwrap_or_default();
        // A sentence shown whole but for its opening (a dateline, a
        // connective) starts after the cited sentence's start.
        opening_left_out += report.stories.first().map_or(0, |story| {
            story
                .summary
                .iter()
                .filter(|item| {
                    let cited = &item.citations[0];
                    let sentence = report
                        .articles
                        .iter()
                        .find(|a| a.id == cited.article)
                        .map(|a| &a.sentences[cited.sentence]);
                    sentence.is_some_and(|s| item.start > s.start && item.end == s.end)
                })
                .count()
        });
        // chorus shows a sentence cut at a clause boundary, ending in "…",
        // only after the whole sentences it chose: without it, its summary
        // is what it would be with whole sentences only.
        if chorus.len() < show {
            eprintln!(
                "== {} ({} words)\nreference: {}",
                cluster.id,
                budget(cluster),
                cluster.reference
            );
            for sentence in &summary {
                eprintln!("  - {sentence}");
            }
        }
        let whole: Vec<String> = summary.iter().filter(|s| !s.ends_with('…')).cloned().collect();
        shortened += usize::from(whole.len() < summary.len());
        chorus_whole.insert(cluster.id.clone(), (whole, seconds));
        chorus.insert(cluster.id.clone(), (summary, seconds));
        let started = Instant::now();
        let lead_summary = lead_sentences(docs.first().map_or(&[][..], Vec::as_slice), budget(cluster));
        lead.insert(cluster.id.clone(), (lead_summary, started.elapsed().as_secs_f64()));
        documents.push(json!({"id": cluster.id, "budget": budget(cluster), "docs": docs}));
    }

    let mut systems: Vec<(String, Outputs)> = vec![
        ("chorus".to_string(), chorus),
        ("chorus, whole sentences only".to_string(), chorus_whole),
        ("Lead".to_string(), lead),
    ];
    let mut peer_note = String::new();
    if run_peers {
        let (peers, note) = run_peer_runner(&python, &workspace, &documents)?;
        peer_note = note;
        for name in PEERS {
            systems.push((name.to_string(), peers.get(*name).cloned().unwrap_or_default()));
        }
    }

    let rouge_options = chorus_rouge::Options {
        stem: true,
        word_limit: None,
        alpha: 0.5,
        stopwords: None,
    };
    let references: HashMap<&str, Summary> = clusters
        .iter()
        .map(|c| {
            (
                c.id.as_str(),
                Summary::from_sentences(&chorus_rouge::split_sentences(&c.reference), &rouge_options),
            )
        })
        .collect();
    let mut rows = Vec::new();
    for (name, outputs) in &systems {
        let (mut one, mut two, mut longest) = (Vec::new(), Vec::new(), Vec::new());
        let (mut words, mut seconds, mut over_budget, mut empty) = (0usize, 0.0f64, 0usize, 0usize);
        for cluster in &clusters {
            let (sentences, spent) = outputs.get(&cluster.id).cloned().unwrap_or_default();
            let candidate = Summary::from_sentences(&sentences, &rouge_options);
            let Some(reference) = references.get(cluster.id.as_str()) else {
                continue;
            };
            let references = std::slice::from_ref(reference);
            one.push(rouge_n(&candidate, references, 1, 0.5));
            two.push(rouge_n(&candidate, references, 2, 0.5));
            longest.push(rouge_l(&candidate, references, 0.5));
            let length: usize = sentences.iter().map(|s| s.split_whitespace().count()).sum();
            words += length;
            over_budget += usize::from(length > budget(cluster));
            empty += usize::from(sentences.is_empty());
            seconds += spent;
        }
        let n = clusters.len() as f64;
        rows.push(Row {
            name: name.clone(),
            one: Score::mean(&one),
            two: Score::mean(&two),
            longest: Score::mean(&longest),
            words: words as f64 / n,
            over_budget,
            empty,
            milliseconds: 1000.0 * seconds / n,
        });
    }

    let machine = Machine::describe(&workspace);
    let text = render(
        &rows,
        &clusters,
        &data,
        &split,
        &machine,
        (shortened, opening_left_out),
        &peer_note,
    );
    print!("{text}");
    if let Some(parent) = out.parent() {
        std::fs::create_dir_all(parent).with_context(|| format!("cannot create {}", parent.display()))?;
    }
    std::fs::write(&out, &text).with_context(|| format!("cannot write {}", out.display()))?;
    Ok(())
}

struct Row {
    name: String,
    one: Score,
    two: Score,
    longest: Score,
    words: f64,
    over_budget: usize,
    empty: usize,
    milliseconds: f64,
}

fn render(
    rows: &[Row],
    clusters: &[Cluster],
    data: &Path,
    split: &str,
    machine: &Machine,
    (shortened, opening_left_out): (usize, usize),
    peer_note: &str,
) -> String {
    let mut text = String::new();
    let budget: f64 = clusters
        .iter()
        .map(|c| c.reference.split_whitespace().count() as f64)
        .sum::<f64>()
        / clusters.len() as f64;
    let _ = writeln!(
        text,
        "# Summaries: NeuS, chorus against classic extractive summarizers\n"
    );
    let _ = writeln!(
        text,
        "- data: `{}`, split `{split}`: {} clusters of 3 articles",
        data.display(),
        clusters.len()
    );
    let _ = writeln!(
        text,
        "- budget: the reference's length in words (mean {budget:.1}), never over the budget; peers and the lead take whole \
         sentences only; chorus takes whole sentences, then, when none fits or six words or more are left, the best \
         sentence left cut at a clause boundary that still holds the verb of its main clause (not only one inside a relative clause) and opens as a sentence does, twice at most (its row without these cut sentences is `chorus, whole sentences only`)"
    );
    let _ = writeln!(text, "- sentences: chorus's segmentation for every system; peers rank them, sentences that would overrun are skipped");
    let _ = writeln!(text, "- ROUGE: `chorus-rouge` (checked against ROUGE-1.5.5 in `rouge-check.md`), Porter stemming, no stopword removal, F with alpha 0.5, ROUGE-L summary-level");
    let _ = writeln!(text, "- machine: {}", machine.line());
    if !peer_note.is_empty() {
        let _ = writeln!(text, "- peers: {peer_note}");
    }
    let _ = writeln!(
        text,
        "\n| system | ROUGE-1 F | ROUGE-2 F | ROUGE-L F | ROUGE-1 R | words | over budget | empty | ms/cluster |"
    );
    let _ = writeln!(text, "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for row in rows {
        let _ = writeln!(
            text,
            "| {} | {:.4} | {:.4} | {:.4} | {:.4} | {:.1} | {} | {} | {:.2} |",
            row.name,
            row.one.f,
            row.two.f,
            row.longest.f,
            row.one.recall,
            row.words,
            row.over_budget,
            row.empty,
            row.milliseconds
        );
    }
    let _ = writeln!(
        text,
        "\nchorus's time is the whole pipeline (extraction, sentences, entities, quotes, figures, dates, alignment, summary, \
         timeline) per cluster; the peers' is their summarizer call on sentences already split. \
         `empty`: clusters left without a summary. chorus cut one sentence at a clause boundary in {shortened} \
         clusters, and showed {opening_left_out} sentences without their opening dateline (\"WASHINGTON — \") or \
         connective set off by a comma (\"Meanwhile, \"), the rest of the sentence as written. \
         chorus's sources count in full for a sentence of 18 words or more, a shorter one's for its share of 18 \
         (a six-word aside three outlets repeat no longer outranks the main facts: ROUGE-1/2/L 0.4194/0.1873/0.3548 \
         before, 0.4196/0.1879/0.3550 after; weighting the sources instead by how many of the story's articles use \
         the sentence's terms gave 0.4172/0.1854/0.3530 and was left out)."
    );
    text
}

/// The first sentences of the first article that fit the budget.
fn lead_sentences(sentences: &[String], budget: usize) -> Vec<String> {
    let mut used = 0;
    let mut chosen = Vec::new();
    for sentence in sentences {
        let words = sentence.split_whitespace().count();
        if used + words > budget {
            break;
        }
        used += words;
        chosen.push(sentence.clone());
    }
    chosen
}

fn read_clusters(path: &Path, split: &str) -> Result<Vec<Cluster>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut clusters = Vec::new();
    for (number, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let record: Value =
            serde_json::from_str(line).with_context(|| format!("{}:{}: bad JSON", path.display(), number + 1))?;
        if split != "all" && record["split"].as_str() != Some(split) {
            continue;
        }
        let id = record["id"].as_str().unwrap_or_default().to_string();
        let reference = record["reference_summary"].as_str().unwrap_or_default().to_string();
        let articles = record["articles"]
            .as_array()
            .map(|list| {
                list.iter()
                    .map(|a| RawArticle {
                        input: a["id"].as_str().unwrap_or(&id).to_string(),
                        id: a["id"].as_str().map(str::to_string),
                        url: a["url"].as_str().map(str::to_string),
                        outlet: a["outlet"].as_str().map(str::to_string),
                        title: a["title"].as_str().map(str::to_string),
                        published: a["date"].as_str().or(record["date"].as_str()).map(str::to_string),
                        language: None,
                        captured: None,
                        body: Body::Text(a["text"].as_str().unwrap_or_default().to_string()),
                    })
                    .collect()
            })
            .unwrap_or_default();
        clusters.push(Cluster {
            id,
            reference,
            articles,
        });
    }
    Ok(clusters)
}

/// Run the Python peers on every cluster; per peer, its outputs by cluster
/// id, and a note on what ran.
fn run_peer_runner(python: &Path, workspace: &Path, documents: &[Value]) -> Result<(HashMap<String, Outputs>, String)> {
    if !python.exists() {
        bail!(
            "{} not found: run bench/peers/install-summaries.sh first (or --peers no)",
            python.display()
        );
    }
    let input_path = std::env::temp_dir().join(format!("chorus-bench-summaries-{}.jsonl", std::process::id()));
    let mut input = String::new();
    for document in documents {
        input.push_str(&document.to_string());
        input.push('\n');
    }
    std::fs::write(&input_path, input).with_context(|| format!("cannot write {}", input_path.display()))?;
    let stdin = std::fs::File::open(&input_path).with_context(|| format!("cannot read {}", input_path.display()))?;
    let runner = workspace.join("bench/peers/summaries_runner.py");
    let output = Command::new(python)
        .arg(&runner)
        .stdin(Stdio::from(stdin))
        .stderr(Stdio::inherit())
        .output()
        .with_context(|| format!("cannot run {} {}", python.display(), runner.display()));
    let _ = std::fs::remove_file(&input_path);
    let output = output?;
    if !output.status.success() {
        bail!("the peer runner failed ({})", output.status);
    }
    let mut peers: HashMap<String, Outputs> = HashMap::new();
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let record: Value = serde_json::from_str(line).context("bad JSON from the peer runner")?;
        let id = record["id"].as_str().unwrap_or_default().to_string();
        let Some(summaries) = record["summaries"].as_object() else {
            continue;
        };
        for (name, result) in summaries {
            let sentences: Vec<String> = result["sentences"]
                .as_array()
                .map(|list| list.iter().filter_map(|s| s.as_str().map(str::to_string)).collect())
                .unwrap_or_default();
            let seconds = result["seconds"].as_f64().unwrap_or(0.0);
            peers
                .entry(name.clone())
                .or_default()
                .insert(id.clone(), (sentences, seconds));
        }
    }
    let version = Command::new(python)
        .args(["-c", "import importlib.metadata as m; print('sumy', m.version('sumy'), 'numpy', m.version('numpy'), 'nltk', m.version('nltk'))"])
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    Ok((
        peers,
        format!("{version} (bench/peers/install-summaries.sh), run once per cluster in one Python process"),
    ))
}

#[cfg(test)]
mod tests {
    use super::lead_sentences;

    #[test]
    fn the_lead_stops_at_the_budget() {
        let sentences = ["one two three".to_string(), "four five".to_string(), "six".to_string()];
        assert_eq!(lead_sentences(&sentences, 4), ["one two three"]);
    }
}
