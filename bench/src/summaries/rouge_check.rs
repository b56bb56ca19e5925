//! The `rouge-check` task: `chorus-rouge` on DUC 2004 Task 2 (13 systems, 50
//! topics, 4 references each), against the system averages that the official
//! ROUGE-1.5.5 printed for the same files (`rouge.res`, settings
//! `-n 4 -m -l 100 -p 0.5 -f A`). Our figures must be within 0.005 of the
//! official ones for ROUGE-1 and ROUGE-2.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use chorus_rouge::{rouge_n, Options, Score, Summary};

use crate::args;
use crate::machine::Machine;
use crate::workspace_root;

/// The task's options, for the usage message.
pub const USAGE: &str = "\
rouge-check options:
  --data PATH   the DUC 2004 folder (default: ../shared/corpora/rouge-check/duc2004)
  --out PATH    where to write the Markdown results (default: bench/results/rouge-check.md)";

/// Largest allowed distance from the official average F.
const TOLERANCE: f64 = 0.005;

/// Run the task.
pub fn main(raw_args: &[String]) -> Result<()> {
    let flags = args::parse("rouge-check", raw_args, &["data", "out"], USAGE)?;
    let workspace = workspace_root();
    let data = flags
        .get("data")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace.join("../shared/corpora/rouge-check/duc2004"));
    let out = flags
        .get("out")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace.join("bench/results/rouge-check.md"));

    let options = Options {
        stem: true,
        word_limit: Some(100),
        alpha: 0.5,
        stopwords: None,
    };
    let official = read_official(&data.join("rouge.res"))?;
    let models = read_models(&data.join("models-txt"), &options)?;
    let peers = read_peers(&data.join("peers-txt"), &options)?;

    // system -> n -> per-topic scores
    let mut ours: BTreeMap<String, BTreeMap<usize, Vec<Score>>> = BTreeMap::new();
    for ((topic, system), peer) in &peers {
        let Some(references) = models.get(topic) else {
            bail!("no references for topic {topic}")
        };
        for n in 1..=4 {
            ours.entry(system.clone())
                .or_default()
                .entry(n)
                .or_default()
                .push(rouge_n(peer, references, n, options.alpha));
        }
    }

    let machine = Machine::describe(&workspace);
    let mut text = String::new();
    let _ = writeln!(text, "# ROUGE check: chorus-rouge against the official ROUGE-1.5.5\n");
    let _ = writeln!(
        text,
        "- data: `{}` (DUC 2004 Task 2: 50 topics, 4 references each, 13 systems)",
        data.display()
    );
    let _ = writeln!(
        text,
        "- official settings: `ROUGE-1.5.5.pl -n 4 -x -m -l 100 -p 0.5 -c 95 -r 1000 -f A -t 0 -a -d`"
    );
    let _ = writeln!(text, "- ours: `chorus_rouge` with Porter stemming (and its list of irregular forms) of tokens longer than 3 characters, first 100 words, alpha 0.5, model average");
    let _ = writeln!(
        text,
        "- date: {}; commit: {}\n",
        machine.date,
        machine.commit.as_deref().unwrap_or("unknown")
    );
    let _ = writeln!(text, "Average F per system (official / ours / difference); target: |difference| ≤ {TOLERANCE} for ROUGE-1 and ROUGE-2.\n");
    let _ = writeln!(
        text,
        "| system | topics | R-1 official | R-1 ours | Δ | R-2 official | R-2 ours | Δ | R-3 Δ | R-4 Δ |"
    );
    let _ = writeln!(
        text,
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    );
    let mut worst = [0.0f64; 5];
    let mut all_within = true;
    for (system, by_n) in &ours {
        let mut cells = Vec::new();
        let topics = by_n.get(&1).map_or(0, Vec::len);
        for (n, worst_of_n) in worst.iter_mut().enumerate().skip(1) {
            let mean = Score::mean(by_n.get(&n).map_or(&[][..], Vec::as_slice)).f;
            let Some(&reference) = official.get(&(system.clone(), n)) else {
                bail!("rouge.res has no ROUGE-{n} average for {system}")
            };
            let difference = mean - reference;
            *worst_of_n = worst_of_n.max(difference.abs());
            if n <= 2 {
                all_within &= difference.abs() <= TOLERANCE;
                cells.push(format!("{reference:.5} | {mean:.5} | {difference:+.5}"));
            } else {
                cells.push(format!("{difference:+.5}"));
            }
        }
        let _ = writeln!(text, "| {system} | {topics} | {} |", cells.join(" | "));
    }
    let _ = writeln!(
        text,
        "\nLargest |Δ|: ROUGE-1 {:.5}, ROUGE-2 {:.5}, ROUGE-3 {:.5}, ROUGE-4 {:.5}. All systems within {TOLERANCE} on ROUGE-1 and -2: **{}**.",
        worst[1],
        worst[2],
        worst[3],
        worst[4],
        if all_within { "yes" } else { "no" }
    );
    let _ = writeln!(
        text,
        "\nThe remaining differences come from the rarer irregular forms of WordNet's exception lists, which \
         ROUGE-1.5.5 looks up before Porter stemming; chorus-rouge has its own list of the common ones."
    );
    print!("{text}");
    if let Some(parent) = out.parent() {
        std::fs::create_dir_all(parent).with_context(|| format!("cannot create {}", parent.display()))?;
    }
    std::fs::write(&out, &text).with_context(|| format!("cannot write {}", out.display()))?;
    Ok(())
}

/// `(system, n) -> average F` from lines like
/// `CLASSY04 ROUGE-2 Average_F: 0.08970 (95%-conf.int. ...)`.
fn read_official(path: &Path) -> Result<BTreeMap<(String, usize), f64>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut averages = BTreeMap::new();
    for line in text.lines() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        if let [system, metric, "Average_F:", value, ..] = fields.as_slice() {
            let Some(n) = metric.strip_prefix("ROUGE-").and_then(|n| n.parse::<usize>().ok()) else {
                continue;
            };
            let value: f64 = value
                .parse()
                .with_context(|| format!("bad score in {}: {line}", path.display()))?;
            averages.insert((system.to_string(), n), value);
        }
    }
    if averages.is_empty() {
        bail!("no Average_F lines in {}", path.display());
    }
    Ok(averages)
}

/// Topic (`d30001`) -> its reference summaries, from `d30001.m.100.t.a` etc.
fn read_models(folder: &Path, options: &Options) -> Result<BTreeMap<String, Vec<Summary>>> {
    let mut models: BTreeMap<String, Vec<Summary>> = BTreeMap::new();
    for (name, text) in read_folder(folder)? {
        let Some((topic, _)) = name.split_once('.') else {
            continue;
        };
        models
            .entry(topic.to_string())
            .or_default()
            .push(Summary::from_lines(&text, options));
    }
    Ok(models)
}

/// (topic, system) -> the system's summary, from `d30001.CLASSY04` etc.
fn read_peers(folder: &Path, options: &Options) -> Result<BTreeMap<(String, String), Summary>> {
    let mut peers = BTreeMap::new();
    for (name, text) in read_folder(folder)? {
        let Some((topic, system)) = name.split_once('.') else {
            continue;
        };
        peers.insert(
            (topic.to_string(), system.to_string()),
            Summary::from_lines(&text, options),
        );
    }
    Ok(peers)
}

fn read_folder(folder: &Path) -> Result<Vec<(String, String)>> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(folder).with_context(|| format!("cannot list {}", folder.display()))? {
        let path = entry?.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()).map(str::to_string) else {
            continue;
        };
        let bytes = std::fs::read(&path).with_context(|| format!("cannot read {}", path.display()))?;
        files.push((name, String::from_utf8_lossy(&bytes).into_owned()));
    }
    files.sort();
    Ok(files)
}
