//! The `quotes` task: attributions found by `chorus_quotes` against the
//! PolNeAR annotations (`../shared/corpora/quotes/polnear`), train and dev
//! parts: source, cue and content precision, recall and F1, by exact span
//! and by overlap, and whole attributions ("all three"), with the speed of
//! the stage.
//!
//! Articles annotated by several people are scored against the first
//! annotator's file in name order, so each article counts once.
//!
//! PolNeAR writes spans its own way, and two differences from the model are
//! bridged here, in [`polnear_cue`] and by scoring the content parts
//! `chorus_quotes::find` gives as written: a content in quotation marks
//! includes the marks (the model's content does not), a split quote is
//! several fragments, and a cue followed by a colon includes the colon.

mod brat;
pub mod clusters;
mod matching;
pub mod train;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use chorus_model::{Article, Span};

use crate::machine::Machine;
use crate::{workspace_root, UsageError};
use brat::{Fragments, GoldAttribution};
use matching::{Counts, Triple};

/// The task's options, for the usage message.
pub const USAGE: &str = "\
quotes options:
  --part dev|train|both   which PolNeAR part to score (default: both)
  --data PATH             the PolNeAR folder (default: ../shared/corpora/quotes/polnear beside the workspace)
  --out PATH              where to write the Markdown results (default: bench/results/quotes.md)
  --errors PATH           also write the unmatched gold and predicted attributions of the
                          parts scored, for error analysis";

/// How many times the stage runs over each part; the median counts.
const RUNS: usize = 3;

/// Targets of issue 3 on dev: the published figures of citron.
const TARGET_CONTENT_OVERLAP_F1: f64 = 0.83;
const TARGET_ALL_EXACT_F1: f64 = 0.57;

struct Args {
    parts: Vec<&'static str>,
    data: PathBuf,
    out: PathBuf,
    errors: Option<PathBuf>,
}

impl Args {
    fn parse(args: &[String]) -> Result<Args> {
        let workspace = workspace_root();
        let mut parsed = Args {
            parts: vec!["dev", "train"],
            data: workspace.join("../shared/corpora/quotes/polnear"),
            out: workspace.join("bench/results/quotes.md"),
            errors: None,
        };
        let mut args = args.iter();
        while let Some(flag) = args.next() {
            let Some(value) = args.next() else {
                return Err(UsageError(format!("quotes: {flag} needs a value")).into());
            };
            match flag.as_str() {
                "--part" => {
                    parsed.parts = match value.as_str() {
                        "dev" => vec!["dev"],
                        "train" => vec!["train"],
                        "both" => vec!["dev", "train"],
                        other => return Err(UsageError(format!("quotes: unknown part {other}")).into()),
                    }
                }
                "--data" => parsed.data = PathBuf::from(value),
                "--out" => parsed.out = PathBuf::from(value),
                "--errors" => parsed.errors = Some(PathBuf::from(value)),
                other => return Err(UsageError(format!("quotes: unknown option {other}")).into()),
            }
        }
        Ok(parsed)
    }
}

/// One article of a part, with its gold attributions.
pub(crate) struct Document {
    pub name: String,
    pub text: String,
    pub gold: Vec<GoldAttribution>,
}

/// Scores of one part.
#[derive(Default)]
pub(crate) struct PartScores {
    articles: usize,
    bytes: usize,
    malformed: usize,
    /// source, cue, content: exact then overlap.
    exact: [Counts; 3],
    overlap: [Counts; 3],
    all_exact: Counts,
    all_overlap: Counts,
    /// Median seconds of `chorus_quotes::find` over the part.
    quotes_seconds: f64,
    /// Seconds of the text and entities stages over the part (once).
    before_seconds: f64,
}

/// Run the task with the arguments after its name.
pub fn main(args: &[String]) -> Result<()> {
    let args = Args::parse(args)?;
    if !args.data.is_dir() {
        bail!("PolNeAR folder not found: {} (pass --data PATH)", args.data.display());
    }
    let data = std::fs::canonicalize(&args.data).unwrap_or_else(|_| args.data.clone());
    let machine = Machine::describe(&workspace_root());
    let mut errors = String::new();
    let mut scored = Vec::new();
    for part in &args.parts {
        eprintln!("quotes: reading {part}");
        let documents = read_part(&data.join(part))?;
        eprintln!("quotes: {} articles; scoring", documents.len());
        let scores = score(
            &documents,
            chorus_quotes::shipped_model(),
            args.errors.is_some().then_some(&mut errors),
        );
        scored.push((*part, scores));
    }
    let results = render(&data, &machine, &scored);
    print!("{results}");
    if let Some(folder) = args.out.parent().filter(|folder| !folder.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder).with_context(|| format!("cannot create {}", folder.display()))?;
    }
    std::fs::write(&args.out, &results).with_context(|| format!("cannot write {}", args.out.display()))?;
    eprintln!("quotes: results written to {}", args.out.display());
    if let Some(path) = &args.errors {
        std::fs::write(path, &errors).with_context(|| format!("cannot write {}", path.display()))?;
        eprintln!("quotes: errors written to {}", path.display());
    }
    Ok(())
}

/// The articles of one part, each with its first annotator's attributions.
pub(crate) fn read_part(folder: &Path) -> Result<Vec<Document>> {
    let texts = folder.join("text");
    let annotations = folder.join("attributions");
    let mut ann_files: Vec<String> = std::fs::read_dir(&annotations)
        .with_context(|| format!("cannot list {}", annotations.display()))?
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".ann"))
        .collect();
    ann_files.sort();
    let mut names: Vec<String> = std::fs::read_dir(&texts)
        .with_context(|| format!("cannot list {}", texts.display()))?
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter_map(|name| name.strip_suffix(".txt").map(str::to_string))
        .collect();
    names.sort();
    let mut documents = Vec::with_capacity(names.len());
    for name in names {
        let prefix = format!("{name}_");
        // The annotator id is the part after the last underscore.
        let Some(ann) = ann_files.iter().find(|file| {
            file.strip_prefix(&prefix)
                .and_then(|rest| rest.strip_suffix(".ann"))
                .is_some_and(|id| !id.contains('_'))
        }) else {
            continue;
        };
        let text = std::fs::read_to_string(texts.join(format!("{name}.txt")))
            .with_context(|| format!("cannot read the text of {name}"))?;
        let ann_text = std::fs::read_to_string(annotations.join(ann)).with_context(|| format!("cannot read {ann}"))?;
        let (gold, malformed) = brat::parse(&ann_text);
        if malformed > 0 {
            eprintln!("quotes: {ann}: {malformed} malformed lines skipped");
        }
        documents.push(Document { name, text, gold });
    }
    Ok(documents)
}

/// Annotate every document, time the stage and score it.
pub(crate) fn score(
    documents: &[Document],
    model: Option<&chorus_quotes::Model>,
    mut errors: Option<&mut String>,
) -> PartScores {
    let mut scores = PartScores {
        articles: documents.len(),
        ..PartScores::default()
    };
    let started = Instant::now();
    let articles: Vec<Article> = documents
        .iter()
        .map(|document| {
            let mut article = Article {
                text: document.text.clone(),
                ..Article::default()
            };
            chorus_text::annotate(&mut article);
            chorus_entities::annotate(&mut article);
            article
        })
        .collect();
    scores.before_seconds = started.elapsed().as_secs_f64();
    scores.bytes = documents.iter().map(|document| document.text.len()).sum();

    let mut runs = Vec::with_capacity(RUNS);
    let mut found = Vec::new();
    for _ in 0..RUNS {
        let started = Instant::now();
        found = articles
            .iter()
            .map(|article| chorus_quotes::find_with(article, model))
            .collect::<Vec<_>>();
        runs.push(started.elapsed().as_secs_f64());
    }
    runs.sort_by(f64::total_cmp);
    scores.quotes_seconds = runs[RUNS / 2];

    for ((document, article), quotes) in documents.iter().zip(&articles).zip(&found) {
        let chars = CharOffsets::new(&article.text);
        let predicted: Vec<Triple> = quotes
            .iter()
            .map(|quote| {
                let attribution = &quote.attribution;
                let source = attribution.source.map(|span| chars.fragments(&article.text, &[span]));
                let cue = attribution
                    .cue
                    .map(|span| chars.fragments(&article.text, &[polnear_cue(&article.text, span)]));
                let content = Some(chars.fragments(&article.text, &quote.parts));
                [source, cue, content]
            })
            .collect();
        let gold: Vec<Triple> = document
            .gold
            .iter()
            .map(|g| {
                let trim = |fragments: &Option<Fragments>| fragments.as_ref().map(|f| chars.trim(&article.text, f));
                [trim(&g.source), trim(&g.cue), trim(&g.content)]
            })
            .collect();
        for role in 0..3 {
            let p: Vec<Fragments> = predicted.iter().filter_map(|t| t[role].clone()).collect();
            let g: Vec<Fragments> = gold.iter().filter_map(|t| t[role].clone()).collect();
            scores.exact[role].add(matching::exact(&p, &g));
            scores.overlap[role].add(matching::overlap(&p, &g));
        }
        scores.all_exact.add(matching::triples(&predicted, &gold, true));
        scores.all_overlap.add(matching::triples(&predicted, &gold, false));
        if let Some(out) = errors.as_deref_mut() {
            write_errors(out, &document.name, &article.text, &chars, &predicted, &gold);
        }
    }
    scores
}

/// PolNeAR's cue includes a colon right after it ("said:").
fn polnear_cue(text: &str, cue: Span) -> Span {
    if text[cue.end as usize..].starts_with(':') {
        Span {
            start: cue.start,
            end: cue.end + 1,
        }
    } else {
        cue
    }
}

/// Byte offsets to code-point offsets of one text.
pub(crate) struct CharOffsets {
    /// Code points before each byte offset (for char boundaries).
    before: Vec<u32>,
}

impl CharOffsets {
    pub fn new(text: &str) -> CharOffsets {
        let mut before = vec![0u32; text.len() + 1];
        let mut count = 0;
        for (index, c) in text.char_indices() {
            for slot in &mut before[index..index + c.len_utf8()] {
                *slot = count;
            }
            count += 1;
        }
        before[text.len()] = count;
        CharOffsets { before }
    }

    fn char_of(&self, byte: u32) -> u32 {
        self.before.get(byte as usize).copied().unwrap_or(0)
    }

    /// Byte spans as code-point fragments, trimmed of white space.
    fn fragments(&self, text: &str, spans: &[Span]) -> Fragments {
        let mut fragments: Fragments = spans
            .iter()
            .filter_map(|span| {
                let piece = text.get(span.start as usize..span.end as usize)?;
                let lead = piece.len() - piece.trim_start().len();
                let trimmed = piece.trim();
                (!trimmed.is_empty()).then(|| {
                    let start = span.start as usize + lead;
                    (self.char_of(start as u32), self.char_of((start + trimmed.len()) as u32))
                })
            })
            .collect();
        fragments.sort_unstable();
        merge_gaps(text, self, fragments)
    }

    /// Gold code-point fragments trimmed of white space (some gold spans
    /// carry a space at an end).
    fn trim(&self, text: &str, fragments: &Fragments) -> Fragments {
        let fragments = fragments
            .iter()
            .filter_map(|&(start, end)| {
                let byte = |char_offset: u32| self.before.partition_point(|&c| c < char_offset);
                let (mut s, mut e) = (byte(start), byte(end).min(text.len()));
                let piece = text.get(s..e)?;
                s += piece.len() - piece.trim_start().len();
                e -= piece.len() - piece.trim_end().len();
                (s < e).then(|| (self.char_of(s as u32), self.char_of(e as u32)))
            })
            .collect();
        merge_gaps(text, self, fragments)
    }

    /// The byte offset of a code-point offset.
    pub fn byte_of(&self, char_offset: u32) -> usize {
        self.before.partition_point(|&c| c < char_offset)
    }
}

/// Fragments separated by white space only are one: PolNeAR cuts a quote
/// of several sentences into one fragment per sentence, and what they
/// cover is the same characters but spaces.
fn merge_gaps(text: &str, chars: &CharOffsets, fragments: Fragments) -> Fragments {
    let mut merged: Fragments = Vec::with_capacity(fragments.len());
    for (start, end) in fragments {
        if let Some(last) = merged.last_mut() {
            let gap = text.get(chars.byte_of(last.1)..chars.byte_of(start)).unwrap_or("x");
            if start <= last.1 || gap.trim().is_empty() {
                last.1 = last.1.max(end);
                continue;
            }
        }
        merged.push((start, end));
    }
    merged
}

/// Every attribution of an article for error analysis: "OK" when all three
/// parts match exactly, "DIFF-…" (the parts that differ) when the contents
/// overlap, "FP" and "FN" otherwise.
fn write_errors(out: &mut String, name: &str, text: &str, chars: &CharOffsets, predicted: &[Triple], gold: &[Triple]) {
    let show = |triple: &Triple| {
        let piece = |fragments: &Option<Fragments>| match fragments {
            None => "-".to_string(),
            Some(fragments) => fragments
                .iter()
                .map(|&(start, end)| {
                    let byte = |c: u32| chars.before.partition_point(|&x| x < c);
                    text.get(byte(start)..byte(end)).unwrap_or("?").replace('\n', " / ")
                })
                .collect::<Vec<_>>()
                .join(" … "),
        };
        format!(
            "S[{}] C[{}] Q[{}]",
            piece(&triple[0]),
            piece(&triple[1]),
            piece(&triple[2])
        )
    };
    // Pairs by content overlap (largest first): "DIFF" with the parts that
    // differ; the others are "FP" (predicted only) and "FN" (gold only).
    let mut pairs: Vec<(u32, usize, usize)> = Vec::new();
    for (p, predicted_triple) in predicted.iter().enumerate() {
        for (g, gold_triple) in gold.iter().enumerate() {
            if let (Some(a), Some(b)) = (&predicted_triple[2], &gold_triple[2]) {
                let size = matching::shared(a, b);
                if size > 0 {
                    pairs.push((size, p, g));
                }
            }
        }
    }
    pairs.sort_unstable_by_key(|pair| std::cmp::Reverse(pair.0));
    let (mut used_p, mut used_g) = (vec![false; predicted.len()], vec![false; gold.len()]);
    for (_, p, g) in pairs {
        if used_p[p] || used_g[g] {
            continue;
        }
        used_p[p] = true;
        used_g[g] = true;
        let differ: String = ["S", "C", "Q"]
            .iter()
            .enumerate()
            .filter(|(i, _)| predicted[p][*i] != gold[g][*i])
            .map(|(_, n)| *n)
            .collect();
        if differ.is_empty() {
            let _ = writeln!(out, "{name}\tOK\t{}", show(&predicted[p]));
        } else {
            let _ = writeln!(
                out,
                "{name}\tDIFF-{differ}\t{}\t{}",
                show(&predicted[p]),
                show(&gold[g])
            );
        }
    }
    for (p, triple) in predicted.iter().enumerate() {
        if !used_p[p] {
            let _ = writeln!(out, "{name}\tFP\t{}", show(triple));
        }
    }
    for (g, triple) in gold.iter().enumerate() {
        if !used_g[g] {
            let _ = writeln!(out, "{name}\tFN\t{}", show(triple));
        }
    }
}

fn render(data: &Path, machine: &Machine, scored: &[(&str, PartScores)]) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# Quotes benchmark (PolNeAR)\n");
    out.push_str(&machine.header(data));
    let _ = writeln!(
        out,
        "- method: `chorus_text` then `chorus_entities` then `chorus_quotes::find` on each article's raw text; \
         gold is the first annotator's `.ann` file of each article (name order); spans are compared in code points, \
         trimmed of white space, fragments separated by white space only joined (PolNeAR cuts a quote of several sentences at each sentence). Exact: same fragments. Overlap: at least one shared character, greedy one-to-one \
         matching, largest overlap first. All three: source, cue and content all match (an absent part matches only \
         an absent part). Content is scored as the parts `find` gives (quotation marks included, a split quote in \
         several fragments) and a cue followed by a colon includes it, as PolNeAR annotates.\n"
    );
    let _ = writeln!(
        out,
        "- model: the rules of `chorus_quotes` plus its shipped tagger (`crates/quotes/model/attribution.bin`, {}), \
         trained on PolNeAR train only (first annotator's files; {} passes of averaged perceptrons: a B/I/O cue \
         detector and a Viterbi source/content tagger per cue) by `cargo run --release -p chorus-bench -- \
         train-quotes`. The tagger labels the rules' cues too: its attribution replaces the rules' where their \
         contents do not overlap, its source replaces theirs where they do, and its content's start where the two \
         contents end together (a quotation is never widened); it adds the cues the rules do not know. Its \
         features include word clusters ({}) built from unlabeled news text only (the article texts of \
         clustering/gun-violence.jsonl, summarization/neus.jsonl, timelines/t17 and PolNeAR train; never PolNeAR \
         dev) by `cargo run --release -p chorus-bench -- word-clusters`. Dev was used only to choose settings \
         (which of these combinations, the cue margin, the shortest content of a new cue), never as training data \
         nor for the clusters. Train figures are in-sample for the tagger.\n",
        chorus_quotes::shipped_model().map_or("absent: rules alone".to_string(), |model| format!(
            "{} bytes",
            model.to_bytes().len()
        )),
        chorus_quotes::Settings::default().epochs,
        chorus_quotes::shipped_clusters().map_or("absent".to_string(), |clusters| format!(
            "`crates/quotes/model/clusters.bin`, {} words in a binary tree {} levels deep",
            clusters.len(),
            chorus_quotes::CLUSTER_DEPTH
        )),
    );
    let _ = writeln!(
        out,
        "| part | match | source P | source R | source F1 | cue P | cue R | cue F1 | content P | content R | content F1 | all three P | all three R | all three F1 |"
    );
    let _ = writeln!(out, "| --- | --- |{}", " ---: |".repeat(12));
    for (part, scores) in scored {
        for (label, per_role, all) in [
            ("exact", &scores.exact, &scores.all_exact),
            ("overlap", &scores.overlap, &scores.all_overlap),
        ] {
            let mut row = format!("| {part} | {label} |");
            for counts in per_role.iter().chain(std::iter::once(all)) {
                let _ = write!(
                    row,
                    " {:.3} | {:.3} | {:.3} |",
                    counts.precision(),
                    counts.recall(),
                    counts.f1()
                );
            }
            let _ = writeln!(out, "{row}");
        }
    }
    out.push('\n');
    let _ = writeln!(out, "| part | articles | gold attributions | predicted | KB per article | quotes stage ms per article | quotes stage ms per 2 KB | quotes stage articles/s | text + entities stages articles/s |");
    let _ = writeln!(out, "| --- |{}", " ---: |".repeat(8));
    for (part, scores) in scored {
        let n = scores.articles.max(1) as f64;
        let _ = writeln!(
            out,
            "| {part} | {} | {} | {} | {:.1} | {:.4} | {:.4} | {:.0} | {:.0} |",
            scores.articles,
            scores.all_exact.gold,
            scores.all_exact.predicted,
            scores.bytes as f64 / n / 1024.0,
            scores.quotes_seconds * 1000.0 / n,
            scores.quotes_seconds * 1000.0 * 2048.0 / scores.bytes.max(1) as f64,
            n / scores.quotes_seconds.max(1e-9),
            n / scores.before_seconds.max(1e-9),
        );
    }
    out.push('\n');
    let load = std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|l| l.split_whitespace().next().map(str::to_string));
    let _ = writeln!(
        out,
        "Stage speed is the median of {RUNS} passes over the part, one thread{}.\n",
        load.map_or(String::new(), |load| format!(
            " (system load average {load} when the run ended: other work shares the CPUs)"
        ))
    );
    let _ = writeln!(
        out,
        "PolNeAR annotates attribution broadly: besides speech (said, told, according to) it marks beliefs, \
         plans and stances (\"seemed\", \"is expected\", \"wants\", \"supported\", \"declined\") and noun \
         cues (\"criticism\", \"decision\"). The rules find statements introduced by a cue lexicon of verbs of \
         saying, thinking and judging; the tagger adds the cues it learned from train, but most cues of that long \
         tail occur once or twice in the corpus, so much of the recall is still missing (see `--errors`), and for \
         cues the rules do not know the tagger keeps only contents of three words or more or in quotation marks, \
         which PolNeAR does not require. Exact matches are lost mostly at content edges (a trailing adverbial or \
         clause, an opening adverbial or object), where PolNeAR's annotators are not always consistent \
         themselves.\n"
    );
    if let Some((_, dev)) = scored.iter().find(|(part, _)| *part == "dev") {
        let content = dev.overlap[2].f1();
        let all = dev.all_exact.f1();
        let verdict = |value: f64, target: f64| if value >= target { "met" } else { "not met" };
        let _ = writeln!(
            out,
            "Targets on dev (published figures of citron on a similar corpus): content-overlap F1 {content:.3} vs ≥ {TARGET_CONTENT_OVERLAP_F1:.2} ({}), all-three exact F1 {all:.3} vs ≥ {TARGET_ALL_EXACT_F1:.2} ({}).",
            verdict(content, TARGET_CONTENT_OVERLAP_F1),
            verdict(all, TARGET_ALL_EXACT_F1),
        );
    }
    let malformed: usize = scored.iter().map(|(_, s)| s.malformed).sum();
    if malformed > 0 {
        let _ = writeln!(out, "\n{malformed} malformed annotation lines were skipped.");
    }
    out
}
