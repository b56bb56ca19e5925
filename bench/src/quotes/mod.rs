//! The `quotes` task: attributions found by `chorus_quotes` against the
//! PolNeAR annotations (`../shared/corpora/quotes/polnear`), train and dev
//! parts: source, cue and content precision, recall and F1, by exact span
//! and by overlap, and whole attributions ("all three"), with the speed of
//! the stage.
//!
//! Articles annotated by several people are scored against the first
//! annotator's file in name order, so each article counts once. On those
//! articles the other annotators are scored against the first with the
//! same matching as the system, beside the system's own scores there: how
//! far people agree on PolNeAR. The same predictions and gold are also
//! scored with the definitions of BBC citron's evaluation ([`citron`]), the
//! metric of the published figures issue 3's targets come from.
//!
//! PolNeAR writes spans its own way, and two differences from the model are
//! bridged here, in [`polnear_cue`] and by scoring the content parts
//! `chorus_quotes::find` gives as written: a content in quotation marks
//! includes the marks (the model's content does not), a split quote is
//! several fragments, and a cue followed by a colon includes the colon.

mod brat;
mod causes;
mod citron;
pub mod clusters;
mod edge_kinds;
mod matching;
mod nesting;
mod refusals;
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
                          parts scored, for error analysis (a missed one with its cause;
                          implies --causes and --edges; a matched one with its edges)
  --causes                also count the missed gold attributions by cause (the fate of
                          their cue: kept, dropped by which filter, never proposed and
                          its form) and add the table to the results
  --edges                 also count, over the matched attributions that are not exact,
                          each edge that differs (source, cue, content; start, end) by
                          kind, and the structure (gold and predicted attributions nested
                          in another's content, contents wrapped around their attribution,
                          the scorer's pairing against a maximum matching), and add the
                          tables to the results
  --refusals              also check the tagger's cue detector alone on the parts scored:
                          what became of each gold cue (same words, other bounds, refused
                          under the margin, never scored), margins, how often each refused
                          cue's word is a cue elsewhere in train, B/I/O accuracy";

/// How many times the stage runs over each part; the median counts.
const RUNS: usize = 3;

/// What the structure tables (`--edges`) count.
const NESTING_NOTE: &str = "Structure (`--edges`): a gold attribution is nested in another when its cue lies in the \
other's content (\"X said that Y claimed Z\": PolNeAR marks both). For each (outer, inner) pair, whether each gold \
one is paired (by content overlap, as scored) with a prediction of its own cue. A wrapped content has its cue in a gap \
between its fragments: a split quotation (a fragment opens with a quotation mark) or a reported content wrapped \
around its attribution (\"Hawaii, one of the advisers pointed out, normally does not …\"); what the prediction \
paired with each wrapped reported content gives. Last, the scorer's pairing (greedy, largest overlap first) against a \
maximum one-to-one matching, and the pairs whose prediction's cue is another overlapping gold attribution's.\n\n";

/// Targets of issue 3 on dev: the published figures of citron.
const TARGET_CONTENT_OVERLAP_F1: f64 = 0.83;
const TARGET_ALL_EXACT_F1: f64 = 0.57;

struct Args {
    parts: Vec<&'static str>,
    data: PathBuf,
    out: PathBuf,
    errors: Option<PathBuf>,
    causes: bool,
    edges: bool,
    refusals: bool,
}

impl Args {
    fn parse(args: &[String]) -> Result<Args> {
        let workspace = workspace_root();
        let mut parsed = Args {
            parts: vec!["dev", "train"],
            data: workspace.join("../shared/corpora/quotes/polnear"),
            out: workspace.join("bench/results/quotes.md"),
            errors: None,
            causes: false,
            edges: false,
            refusals: false,
        };
        let mut args = args.iter();
        while let Some(flag) = args.next() {
            if flag == "--causes" || flag == "--edges" {
                parsed.causes |= flag == "--causes";
                parsed.edges |= flag == "--edges";
                continue;
            }
            if flag == "--refusals" {
                parsed.refusals = true;
                continue;
            }
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
    /// The first annotator's attributions (name order).
    pub gold: Vec<GoldAttribution>,
    /// The other annotators' attributions, in name order (most articles
    /// have none).
    pub others: Vec<Vec<GoldAttribution>>,
}

/// Matches of attributions against gold ones, summed over articles.
#[derive(Default)]
pub(crate) struct MatchScores {
    /// source, cue, content: exact then overlap.
    exact: [Counts; 3],
    overlap: [Counts; 3],
    all_exact: Counts,
    all_overlap: Counts,
}

impl MatchScores {
    /// Add one article's matches of `predicted` against `gold`.
    fn add(&mut self, predicted: &[Triple], gold: &[Triple]) {
        for role in 0..3 {
            let p: Vec<Fragments> = predicted.iter().filter_map(|t| t[role].clone()).collect();
            let g: Vec<Fragments> = gold.iter().filter_map(|t| t[role].clone()).collect();
            self.exact[role].add(matching::exact(&p, &g));
            self.overlap[role].add(matching::overlap(&p, &g));
        }
        self.all_exact.add(matching::triples(predicted, gold, true));
        self.all_overlap.add(matching::triples(predicted, gold, false));
    }

    /// P, R and F1 of source, cue, content and all three, exact or by
    /// overlap, as Markdown table cells.
    fn cells(&self, exact: bool) -> String {
        let (per_role, all) = if exact {
            (&self.exact, &self.all_exact)
        } else {
            (&self.overlap, &self.all_overlap)
        };
        let mut cells = String::new();
        for counts in per_role.iter().chain(std::iter::once(all)) {
            let _ = write!(
                cells,
                " {:.3} | {:.3} | {:.3} |",
                counts.precision(),
                counts.recall(),
                counts.f1()
            );
        }
        cells
    }
}

/// The articles annotated by several people: the others scored against the
/// first annotator, and the system on the same articles.
#[derive(Default)]
pub(crate) struct Agreement {
    articles: usize,
    /// Annotations other than the first, over all these articles.
    annotations: usize,
    /// The second annotator (name order) against the first.
    second: MatchScores,
    /// Every annotator after the first against the first, summed.
    others: MatchScores,
    /// The system against the first annotator.
    system: MatchScores,
}

/// Scores of one part.
#[derive(Default)]
pub(crate) struct PartScores {
    articles: usize,
    bytes: usize,
    malformed: usize,
    matches: MatchScores,
    agreement: Agreement,
    /// The same matches scored with citron's definitions.
    citron: citron::Scores,
    /// Median seconds of `chorus_quotes::find` over the part.
    quotes_seconds: f64,
    /// Seconds of the text and entities stages over the part (once).
    before_seconds: f64,
    /// The missed gold attributions by cause, when asked for.
    causes: Option<causes::Causes>,
    /// The edges of matched attributions that are not exact, by kind, when
    /// asked for.
    edges: Option<edge_kinds::EdgeKinds>,
    /// Nested and wrapped attributions, and the pairing's check, with the
    /// edges.
    nesting: Option<nesting::Nesting>,
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
    let mut checks = Vec::new();
    let train_examples = match (args.refusals, chorus_quotes::shipped_model()) {
        (true, Some(_)) => read_part(&data.join("train"))?.iter().map(train::example).collect(),
        (true, None) => bail!("quotes --refusals: no tagger model is shipped to check"),
        (false, _) => Vec::new(),
    };
    for part in &args.parts {
        eprintln!("quotes: reading {part}");
        let documents = read_part(&data.join(part))?;
        if let (true, Some(model)) = (args.refusals, chorus_quotes::shipped_model()) {
            let examples: Vec<_> = documents.iter().map(train::example).collect();
            let in_sample = *part == "train";
            checks.push((
                *part,
                chorus_quotes::check_detector(model, &train_examples, &examples, in_sample),
            ));
        }
        eprintln!("quotes: {} articles; scoring", documents.len());
        let scores = score(
            &documents,
            chorus_quotes::shipped_model(),
            args.errors.is_some().then_some(&mut errors),
            args.causes,
            args.edges,
        );
        scored.push((*part, scores));
    }
    let mut results = render(&data, &machine, &scored);
    if !checks.is_empty() {
        results.push('\n');
        results.push_str(&refusals::render(&checks));
    }
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

/// The articles of one part, each with its annotators' attributions.
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
        let mut annotators = ann_files.iter().filter(|file| {
            file.strip_prefix(&prefix)
                .and_then(|rest| rest.strip_suffix(".ann"))
                .is_some_and(|id| !id.contains('_'))
        });
        let Some(first) = annotators.next() else {
            continue;
        };
        let text = std::fs::read_to_string(texts.join(format!("{name}.txt")))
            .with_context(|| format!("cannot read the text of {name}"))?;
        let gold = read_ann(&annotations.join(first))?;
        let others = annotators
            .map(|ann| read_ann(&annotations.join(ann)))
            .collect::<Result<_>>()?;
        documents.push(Document {
            name,
            text,
            gold,
            others,
        });
    }
    Ok(documents)
}

/// The attributions of one `.ann` file; malformed lines are skipped and said.
fn read_ann(path: &Path) -> Result<Vec<GoldAttribution>> {
    let ann_text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let (gold, malformed) = brat::parse(&ann_text);
    if malformed > 0 {
        eprintln!("quotes: {}: {malformed} malformed lines skipped", path.display());
    }
    Ok(gold)
}

/// Annotate every document, time the stage and score it.
pub(crate) fn score(
    documents: &[Document],
    model: Option<&chorus_quotes::Model>,
    mut errors: Option<&mut String>,
    count_causes: bool,
    count_edges: bool,
) -> PartScores {
    let mut scores = PartScores {
        articles: documents.len(),
        causes: (count_causes || errors.is_some()).then(causes::Causes::default),
        edges: (count_edges || errors.is_some()).then(edge_kinds::EdgeKinds::default),
        nesting: count_edges.then(nesting::Nesting::default),
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
        let gold = gold_triples(&chars, &article.text, &document.gold);
        scores.matches.add(&predicted, &gold);
        let tokens = citron::TokenStarts::new(article, &chars);
        let quotes = |triples: &[Triple]| triples.iter().map(|t| tokens.quote(t)).collect::<Vec<_>>();
        scores.citron.add(&quotes(&predicted), &quotes(&gold));
        if let Some(nesting) = scores.nesting.as_mut() {
            nesting.add(&article.text, &chars, &predicted, &gold);
        }
        if !document.others.is_empty() {
            let agreement = &mut scores.agreement;
            agreement.articles += 1;
            agreement.system.add(&predicted, &gold);
            for (index, other) in document.others.iter().enumerate() {
                let annotated = gold_triples(&chars, &article.text, other);
                if index == 0 {
                    agreement.second.add(&annotated, &gold);
                }
                agreement.others.add(&annotated, &gold);
                agreement.annotations += 1;
            }
        }
        let mut missed_causes = vec![String::new(); gold.len()];
        if let Some(counts) = scores.causes.as_mut() {
            let considered = causes::considered(&article.text, &chars, &chorus_quotes::candidates(article, model));
            let sentences: Vec<Fragments> = article
                .sentences
                .iter()
                .map(|sentence| chars.fragments(&article.text, &[sentence.span]))
                .collect();
            let mut paired = vec![false; gold.len()];
            for (_, g) in matching::content_pairs(&predicted, &gold) {
                paired[g] = true;
            }
            for (g, triple) in gold.iter().enumerate() {
                if !paired[g] {
                    missed_causes[g] = counts.add(&article.text, &chars, &sentences, &considered, triple);
                }
            }
        }
        let pairs: Vec<(usize, usize, String)> = match scores.edges.as_mut() {
            Some(kinds) => matching::content_pairs(&predicted, &gold)
                .into_iter()
                .map(|(p, g)| (p, g, kinds.add(&article.text, &chars, &predicted[p], &gold[g])))
                .collect(),
            None => Vec::new(),
        };
        if let Some(out) = errors.as_deref_mut() {
            write_errors(
                out,
                &document.name,
                &article.text,
                &chars,
                (&predicted, &gold, &pairs),
                &missed_causes,
            );
        }
    }
    scores
}

/// Annotated attributions as triples of code-point fragments, trimmed of
/// white space (some gold spans carry a space at an end).
fn gold_triples(chars: &CharOffsets, text: &str, attributions: &[GoldAttribution]) -> Vec<Triple> {
    attributions
        .iter()
        .map(|g| {
            let trim = |fragments: &Option<Fragments>| fragments.as_ref().map(|f| chars.trim(text, f));
            [trim(&g.source), trim(&g.cue), trim(&g.content)]
        })
        .collect()
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
/// parts match exactly, "DIFF-…" (the parts that differ, then the edges
/// that differ, from `edge_kinds`) when the contents overlap (`pairs`,
/// predicted and gold, by `matching::content_pairs`), "FP" and "FN"
/// otherwise (an "FN" followed by its cause, from `causes`, one per gold
/// attribution).
fn write_errors(
    out: &mut String,
    name: &str,
    text: &str,
    chars: &CharOffsets,
    (predicted, gold, pairs): (&[Triple], &[Triple], &[(usize, usize, String)]),
    causes: &[String],
) {
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
    let (mut used_p, mut used_g) = (vec![false; predicted.len()], vec![false; gold.len()]);
    for &(p, g, ref edges) in pairs {
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
                "{name}\tDIFF-{differ}\t{}\t{}\t{edges}",
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
            let _ = writeln!(out, "{name}\tFN\t{}\t{}", show(triple), causes[g]);
        }
    }
}

/// The headers of the score columns of both tables.
const SCORE_COLUMNS: &str = "source P | source R | source F1 | cue P | cue R | cue F1 | content P | content R | \
                             content F1 | all three P | all three R | all three F1 |";

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
         trained on PolNeAR train only (each article's first annotator, and as more examples the other annotators of the articles several people annotated; {} passes of averaged perceptrons: a B/I/O cue \
         detector and a Viterbi source/content tagger per cue) by `cargo run --release -p chorus-bench -- \
         train-quotes`. The tagger labels the rules' cues too: its attribution replaces the rules' where their \
         contents do not overlap, its source replaces theirs where they do, and its content's start where the two \
         contents end together (a quotation is never widened); it adds the cues the rules do not know. Its \
         features include word clusters ({}) built from unlabeled news text only (the article texts of \
         clustering/gun-violence.jsonl, summarization/neus.jsonl, timelines/t17 and PolNeAR train; never PolNeAR \
         dev) by `cargo run --release -p chorus-bench -- word-clusters`. Dev was used only to choose settings \
         (which of these combinations, the cue margin and the guard of weak cues, the shortest content of a new \
         cue), never as training data \
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
    let _ = writeln!(out, "| part | match | {SCORE_COLUMNS}");
    let _ = writeln!(out, "| --- | --- |{}", " ---: |".repeat(12));
    for (part, scores) in scored {
        for (label, exact) in [("exact", true), ("overlap", false)] {
            let _ = writeln!(out, "| {part} | {label} |{}", scores.matches.cells(exact));
        }
    }
    out.push('\n');
    let citron_scores: Vec<(&str, &citron::Scores)> = scored.iter().map(|(part, s)| (*part, &s.citron)).collect();
    out.push_str(&citron::render(&citron_scores));
    out.push('\n');
    render_agreement(&mut out, scored);
    let _ = writeln!(out, "| part | articles | gold attributions | predicted | KB per article | quotes stage ms per article | quotes stage ms per 2 KB | quotes stage articles/s | text + entities stages articles/s |");
    let _ = writeln!(out, "| --- |{}", " ---: |".repeat(8));
    for (part, scores) in scored {
        let n = scores.articles.max(1) as f64;
        let _ = writeln!(
            out,
            "| {part} | {} | {} | {} | {:.1} | {:.4} | {:.4} | {:.0} | {:.0} |",
            scores.articles,
            scores.matches.all_exact.gold,
            scores.matches.all_exact.predicted,
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
    for (part, scores) in scored {
        if let Some(causes) = &scores.causes {
            out.push_str(&causes.table(part));
            out.push('\n');
        }
    }
    for (part, scores) in scored {
        if let Some(edges) = &scores.edges {
            out.push_str(&edges.table(part));
            out.push('\n');
        }
    }
    let structure: Vec<(&str, &nesting::Nesting)> = scored
        .iter()
        .filter_map(|(part, scores)| Some((*part, scores.nesting.as_ref()?)))
        .collect();
    if !structure.is_empty() {
        out.push_str(NESTING_NOTE);
        out.push_str(&nesting::Nesting::render(&structure));
        out.push('\n');
    }
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
         tail occur once or twice in the corpus, so much of the recall is still missing. The table of causes \
         (`--causes`) sorts each missed gold attribution by what became of its cue: most were scored by the \
         tagger's cue detector and refused (under its margin), since PolNeAR also counts actions and stances \
         (\"imposed a penalty\", \"sponsored the bill\", \"voted against\") that look like any other verb; few cues \
         were never proposed at all (verbs out of the detector's vocabulary, then prepositions such as \"in\", \
         nouns, adjective predicates and passives); few were lost to the other filters. The detector's margin is \
         below zero, and a cue it is not sure of stands only with a source that names someone and not in the \
         passive. Exact matches are lost mostly at content edges (a trailing adverbial or clause, an opening \
         adverbial or object) and cue edges (PolNeAR often takes the object or a preposition into the cue: \
         \"accuse Clinton's campaign of\"), where PolNeAR's annotators are not always consistent \
         themselves.\n"
    );
    let _ = writeln!(
        out,
        "Why the detector refuses (`--refusals`, on the model shipped before, at commit d447e8b; the tables at the \
         end are the shipped model's): of 2,192 dev gold cues the detector alone \
         found 66 % with the same words and 10 % with other bounds (the bench counts those as found: \"voted\" for \
         gold \"voted against\" is no refusal), refused 19 % and never scored 5 %; on train (in-sample) 84 %, 5 %, \
         8 % and 3 %, B/I/O accuracy 0.918 (label B precision 0.856, recall 0.878; dev 0.841, 0.727, 0.734). The \
         refused cues the rules miss too (355 on dev, 1,487 on train) are 70 % (dev) and 79 % (train) cues of \
         several words, mostly the long tail of stances and actions (\"decided against\", \"is calling for\", \
         \"a rising tide of public skepticism about\"). Their head word (first word not a stopword) is a gold cue \
         in at least half its train uses for 11 % of them (train 6 %), in 10-50 % for 49 % (38 %), under 10 % for \
         26 % (40 %), never for 12 % (14 %), where the cues found have such a head 75 % of the time (train 65 %): \
         \"support\" is a cue 129 times in 738, \"think\" 59 in 644, a colon 146 in 1,712. Their margins lie \
         between the cues found and the other words scored (dev median -26,809 against 40,138 and -77,176; train \
         -20,156, 36,173, -76,621): under a tenth of the 14,740 other words scored on dev lie above the refused \
         cues' median, but over a tenth above their lower quartile (-40,046). So the refusals are mostly \
         words PolNeAR marks as a cue in some uses and not in others, which the detector's context does not \
         tell apart, not a detector that cannot fit its data; lowering the bar buys recall with precision. Measured on dev \
         (content-overlap F1 / all-three exact F1, baseline 0.764 / 0.458): 18 bits of hashed rows instead of \
         16 (train errors in the last pass 7,587 -> 6,451 of 192,783) 0.768 / 0.456, 20 bits 0.763 / 0.458; a \
         missed gold cue start weighing 2 in the update 0.769 / 0.450, 3 0.769 / 0.444; the other annotators \
         of the 16 train articles several people annotated as more examples 0.764 / 0.459; word x what it \
         introduces within three words (\"that\", \"to\", \"about\", colon, quotation) and cluster x the same \
         0.765 / 0.454; kept: 18 bits, all annotators and weight 1.25, 0.768 / 0.463. Word stems already \
         share weight (\"supports\", \"supported\", \"supporting\" have one stem feature).\n"
    );
    let _ = writeln!(
        out,
        "Edges: before `crates/quotes/src/edges.rs`, dev had 645 matched attributions (contents overlapping) \
         that failed exact on some part. By what differed (`--errors`, one attribution may count under several \
         heads): 145 had another source and 126 another cue (mostly another clause's attribution, not an \
         edge); content starts 143 longer than gold and 92 shorter (mostly an object, subject or adverbial; 37 \
         a preposition PolNeAR puts in the cue, 17 an infinitive, 6 an opening connective); content ends 130 \
         longer and 51 shorter (42 a trailing adverbial, 25 an \"and\" clause, 19 a \", which\" or \", -ing\" \
         clause, 13 a dash aside, 8 a \"but\" clause, 7 a closing mark or period); 110 split quotes (70 whose \
         second part was lost); cues missing words after (43 an object or adverb, 26 a time or occasion such \
         as \"said Monday\", \"in a statement\", 17 a preposition, 11 \"to\" and a verb) or before (24 an \
         auxiliary or adverb); sources missing an apposition (24) or holding an adverb after them (7). Where \
         train's gold (first annotator) draws one of these edges the same way most of the time, `edges.rs` \
         and the rules now follow it (the counts are in that module's doc): a preposition after the cue and \
         the infinitive after \"continue\", \"seem\", \"try\" are the cue's, the addressee of \"told\" is left \
         out, a naming cue's object goes with its quotation, an auxiliary or -ly adverb before the cue is the \
         cue's, a source keeps its apposition and loses an adverb after it, a sentence's opening connective is \
         left out, and a split quote keeps its second part after an aside. Where train is split (a weekday or \
         \"in a statement\" after the cue: in the cue 133 times, outside it 146; trailing clauses and \
         adverbials, which train's contents mostly keep), nothing was changed: those edges are where \
         PolNeAR's annotators disagree with themselves (split by where they stand, some are not: see \
         \"Occasions after the cue\" below).\n"
    );
    let _ = writeln!(
        out,
        "Edge kinds (`--edges`; counts of the run of 2026-11-23 after the cue-opener rule, before the cue-adverb \
         rule, both below): on dev, 653 of 1609 attributions paired by content overlap fail exact on some part (train: 6332 of 15213). 245 of \
         those differences are no edge at all: another cue (136) or another source (109), read then as a nested \
         attribution paired with the one around it, which the structure tables below do not bear out (PolNeAR \
         nests none); 45 more are a source on one side only. Of the edges, the \
         content's start costs most (an object or subject before the clause: 78 longer than gold, 36 shorter; \
         the attribution's source inside the difference: 63 shorter, 46 longer, mostly a content wrapped \
         around its attribution, \"Hawaii, one of the advisers pointed out, normally does not …\", which \
         PolNeAR takes as \"Hawaii … normally does not …\"), then the content's end (longer by a trailing \
         prepositional phrase 27, an \"and/but/or\" coordinate 25, a subordinate clause 20, a dash aside 15, \
         \", which\" 9; shorter by a coordinate 16 and the next sentence of a quote 15), then the cue's end (an \
         object or particle 36, a time or occasion 23); train shows the same kinds in the same order. Counted \
         on train's gold, most of these edges are split, so no rule follows them: a content stops before a \
         dash aside 303 times and runs past one 303 times, before \", which\" 127 vs 84, before \", -ing\" \
         356 vs 260 (cutting there would fix 8 attributions on dev and break 13 exact ones), before \", but\" \
         236 vs 159; the object of \"urged\" or \"asked\" before \"to\" is the content's 21 to 5 and 19 to \
         4 (as found). The relative pronoun of \"…, which he said …\" opens PolNeAR's content 46 times to 2, \
         but the report would then show \"which\" with the source and cue inside the statement, so it is left \
         alone. \"to\" after \"respond\", \"refer\" or \"point\" is the cue's 157 times to 9 in train, yet \
         on dev the rule made 4 attributions exact and 3 inexact (\"did not immediately respond | to requests \
         for comment\"), so it was dropped. Kept: \"now\", \"just\", \"soon\", \"long\" and negations before a \
         cue are the cue's (train 30 to 5, 28 to 1, 4 to 0, 4 to 0, 42 to 0): 8 attributions more exact over \
         both parts, 1 fewer, dev all-three exact F1 unchanged at three decimals (precision 0.477 to 0.478); \
         an \"-ly\" adverb or \"again\" right after a cue, outside content and source, is the cue's (\"she \
         said bitterly\"; train 51 to 7, 4 to 0): dev all-three exact F1 0.458 to 0.459, train 0.472 to 0.473. \
         Together they move dev all-three exact F1 from 0.458 to 0.459 and content exact F1 not at all (0.528): \
         the edges left are split in train's gold or are not edges, so the target (0.57) stays out of reach by \
         edge rules. Added since, for the report's reading as much as for PolNeAR: the subject of a passive \
         \"said to\" is no source but the first part of the content (\"Priebus was said to be “furious”\"; \
         train's first annotator draws 4 of its 5 passive \"said/reported to\" so, dev has none), a cue in a \
         relative clause set off by commas ends its content with the clause, and a document after the cue \
         (\"said in a release | that …\") is in neither: dev all-three exact F1 0.466 to 0.467 and train 0.475 \
         to 0.476, content-overlap F1 unchanged (0.770, 0.807); the tagger's model is unchanged (these run \
         after it, in edges.rs).\n"
    );
    let _ = writeln!(
        out,
        "Whole cue or source elsewhere (`--errors`, counted on the run of commit 2f7dd3c, before any change): of the \
         144 dev (train 1047) paired attributions whose cue is another span, 78 (653) are chorus's outer \
         attribution holding gold's cue in its content (a weak or wrong outer cue, \"speaking to | … warned \
         against …\", \"spotted … and reported\", \"issue\", \"panel\", while gold has the inner one only), 52 \
         (285) the other way round (chorus's cue inside gold's content: gold's outer attribution missed), 6 (12) \
         gold's source and cue swapped (\"S[said] C[Hester]\", an annotation slip), 6 (65) separate spans, 2 (19) \
         other bounds of the same words. So these are mostly which clause's attribution is found, not edges. \
         Keeping the inner attribution instead of the outer one wherever nesting.rs drops it loses 624 train (93 \
         dev) exact attributions for 140 (18) gained, so the nesting rule stands. Ending the outer content before \
         an inner cue that shares its subject and follows a comma and an \"-ing\" word or \"and\"/\"but\" \
         (\"…, adding that\", \"spoke to …, promising to …\"), keeping both, gains 40 exact on train for 12 lost, \
         and 1 on dev for none (dev all-three exact F1 0.481 unchanged at three decimals, content-overlap 0.801 \
         unchanged), now a rule in `nesting.rs` (not before a passive, and after \"and\" only with the \
         clause's subject found). With it and the content fixes of the same round (a parenthesis right after \
         the cue is in neither cue nor content; an opening adverbial of circumstance, \"Through a spokesman, he \
         declined to comment\", is no content when the cue goes on; a cue run into a sentence of its own ends \
         the outer content; \"at least\" after a cue is the content's), measured with the same command before \
         and after on the shipped model: dev content-overlap F1 0.801 -> 0.802, all-three exact F1 0.482 -> \
         0.484, content exact F1 0.548 -> 0.551; train 0.832 -> 0.833, 0.489 -> 0.491, 0.575 -> 0.578. \
         Retraining the tagger on these rules scored dev 0.802 / 0.482, under the shipped model's \
         0.803 / 0.485 on the same rules, so the shipped model stays. \
         \"Cue kept, content elsewhere\" (30 train cases classified by hand): 9 a source and content swapped \
         (\"according to\", \"cited\", \"has the support of\", mostly cues outside the verb lexicon), 6 an \
         opening adverbial taken for the content (the rule above fixes the plain ones), 4 a trailing adverbial \
         (\"said as he entered the talks\"), 3 an object instead of the quotation, 3 another clause, the rest \
         no prediction with that cue's words. Of the 28 dev (343 train) with the same cue and another \
         source, 5 (35) have gold's source the relative pronoun (\"which reported\", \"who said\"), 4 (20) a \
         tagger source that is one function word (\"long\", \"In\", \"When\": \"Cruz has long said\" gave \
         \"long | said\"), 2 (32) a pronoun where gold has the noun phrase and 0 (32) the reverse, the rest \
         (16, 191) another noun phrase, often a fragment (\"The\", \"Wealthy\", \"The Louisville\").\n"
    );
    let _ = writeln!(
        out,
        "Sources and nouns (commit 8cbca66, on the shipped model): a tagger source that is one function word or a \
         mark (`source::is_fragment`: an article, a preposition, a conjunction, \"long\", \"just\") was given \
         by 66 train predictions before (\"the\" 15, \"long\" 11, \"but\" 9, \"in\" 7; `--errors`), where \
         train's gold had that word as the source once and most often a noun phrase (the subject before \"has \
         long\", the subject of the clause a gerund cue hangs on); such a source now gives way to the rules' \
         subject, or the subject read past adverbs and auxiliaries, else none. Pronouns, \"that\", \"those\" \
         and possessives alone stay sources (gold has them so). A cue of one word right after \"other\" or a \
         possessive is a noun (\"The other suspect\", \"Morgan's loved ones\") unless a content follows it \
         as a noun of saying; the first version also refused cues of several words there and \"another\", and \
         lost 23 exact train attributions (PolNeAR's noun cues \"Rubio's response was\", \"Trump's public \
         stance on\", and \"another says\"). A document source (\"court records\", \"a police report\") \
         speaks for the author it names, never for a person named near it, and compare keeps it apart from named \
         speakers. Together: dev content-overlap F1 0.801 and all-three exact F1 0.482, unchanged; train source \
         precision 0.791 -> 0.792, source-overlap F1 0.798 -> 0.797 and all-three overlap F1 0.750 -> 0.749, \
         content and all-three exact unchanged (most attributions with a fragment source miss on their cue or \
         content too); on 300 gun-violence articles 5 attributions change, 4 for the better. \
         Not done in this round: cue edges after the cue (\"in a statement\", a weekday, \"on Twitter\"; train \
         was split on the first two, see above) and a retrain (the shipped model stays).\n"
    );
    let _ = writeln!(
        out,
        "Occasions after the cue and participles (commit 27d78be, on the shipped model): counted on train's gold \
         right after a verb of saying, \"in a (written) statement\" is in the cue 56 times to 34, a bare \
         weekday 37 to 23 when the content is before the cue or in the next sentence (\"…,\u{201d} Sanders said \
         Thursday.\") but 21 to 26 before the content (\"said Tuesday that …\"), 15 to 77 after an object \
         (\"told reporters Friday\"), \"on Tuesday\" 5 to 43, \"in an interview\" 28 to 51, \"on Twitter\" 9 \
         to 9; auxiliaries and negations (\"has said\", \"did not say\", \"would not say\") are in the cue every \
         time and already were. `edges.rs` now follows the two majorities. An \"-ing\" cue after a comma \
         (\"…, calling …\", \"…, adding …\") with an attribution earlier on its line has that attribution's very \
         source span in train's gold 459 times of 565 (none 24), so one with no source takes the source of the \
         attribution before it in the sentence (`nesting.rs`; not from inside its content, nor across \", \
         which X …\"). Together: dev unchanged (content-overlap F1 0.802, all-three exact 0.484; cue exact P \
         0.755 -> 0.754), train all-three exact F1 0.491 -> 0.494, cue exact F1 0.742 -> 0.743, paired \
         attributions not exact 6344 -> 6295; seeds: Macron's \"calling the current situation dangerous\" \
         gets its speaker; 300 gun-violence articles: 1 speaker more, right, none wrong, 18 cues widened.\n"
    );
    let _ = writeln!(
        out,
        "Structure (the tables above, `--edges`): no gold attribution of dev or train (first annotator) has its cue \
         in another's content: \"Trump told CNN that he believed Fields had fabricated the story\" is one \
         attribution in PolNeAR, by \"told\"; the 6 dev and 129 train gold cues within another's bounds lie in the \
         gap of a split quotation. chorus gave 232 attributions inside another one's content on dev (train 1841), \
         199 of them paired with no gold one (train 1516): the inner claim (\"he | believed | …\", \"he | refused \
         | to answer last year\"), which the report already left out as a claim inside a statement. \
         `crates/quotes/src/nesting.rs` now drops it, unless it stands beside the outer one (after \"and\", \
         \"but\", \"while\" with a source naming someone, the outer content ends before it; two attributions \
         holding each other's cue end the first before the second; a relay, \"TASS reported\", or a quotation \
         signed by its own speaker keeps both): dev content-overlap F1 0.770 -> 0.801, all-three exact F1 0.466 \
         -> 0.481; train 0.807 -> 0.832 and 0.475 -> 0.488 (dropping the inner one after a coordinator too: \
         train 0.832 / 0.487; also ending the outer content before an inner one whose content reaches past it: \
         0.832 / 0.487, so neither is done). It runs after the tagger, whose features are unchanged, so the \
         model needs no retraining. Contents wrapped around their attribution (\"Hawaii, one of the advisers \
         pointed out, normally does not …\", in two fragments in the gold, scored as such: `find` gives a \
         content in parts, and the report's single span runs from the first part to the last, as for a split \
         quotation): 119 on dev, 1231 on train; chorus gives 29 (train 266) exactly, 22 (321) only the part \
         after the cue, 38 (405) not at all; nothing was changed for them in this round. The scorer's pairing is \
         greedy, largest overlap first: on all three by overlap it equals a maximum one-to-one matching on both \
         parts; on content overlap it pairs 1612 on dev where a maximum matching pairs 1612 (train 15393 against \
         15415; before the nesting rule 1629 against 1640 and 15559 against 15716), so it never flatters \
         chorus and costs it a little recall; 24 dev pairs (train 347) join a prediction to a gold \
         attribution of another cue while the gold one of its own cue overlaps its content (the error \
         listing's \"another cue\"), a tie the greedy order breaks by position, which changes no score. It is \
         left as it is: the standard of the earlier figures.\n"
    );
    if let Some((_, dev)) = scored.iter().find(|(part, _)| *part == "dev") {
        let content = dev.matches.overlap[2].f1();
        let all = dev.matches.all_exact.f1();
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

/// The table of human agreement: on the articles of each part annotated by
/// several people, the second annotator and every later one against the
/// first (the benchmark's gold), and the system against the same gold.
fn render_agreement(out: &mut String, scored: &[(&str, PartScores)]) {
    let _ = writeln!(
        out,
        "Agreement between annotators, on the articles of each part that several people annotated: each of them \
         against the first annotator in name order (the gold above), with the matching the system is scored with, \
         and the system on the same articles against the same gold. \"second\" is the second annotator in name \
         order; \"every other\" sums the counts of every annotator after the first.\n"
    );
    let _ = writeln!(
        out,
        "| part | articles | annotations scored | who, against the first annotator | match | {SCORE_COLUMNS}"
    );
    let _ = writeln!(out, "| --- | ---: | ---: | --- | --- |{}", " ---: |".repeat(12));
    for (part, scores) in scored {
        let agreement = &scores.agreement;
        let rows = [
            ("second annotator", agreement.articles, &agreement.second),
            ("every other annotator", agreement.annotations, &agreement.others),
            ("chorus", agreement.articles, &agreement.system),
        ];
        for (who, annotations, matches) in rows {
            for (label, exact) in [("exact", true), ("overlap", false)] {
                let _ = writeln!(
                    out,
                    "| {part} | {} | {annotations} | {who} | {label} |{}",
                    agreement.articles,
                    matches.cells(exact)
                );
            }
        }
    }
    out.push('\n');
    for (part, scores) in scored {
        let agreement = &scores.agreement;
        if agreement.articles == 0 {
            continue;
        }
        let people = (agreement.others.overlap[2].f1(), agreement.others.all_exact.f1());
        let second = (agreement.second.overlap[2].f1(), agreement.second.all_exact.f1());
        let system = (agreement.system.overlap[2].f1(), agreement.system.all_exact.f1());
        let _ = writeln!(
            out,
            "On {part} ({} articles, {} annotations besides the first), people agree with the first annotator at \
             content-overlap F1 {:.3} and all-three exact F1 {:.3} (the second annotator alone: {:.3} and {:.3}), \
             chorus at {:.3} and {:.3} on the same articles: the targets ({TARGET_CONTENT_OVERLAP_F1:.2} and \
             {TARGET_ALL_EXACT_F1:.2}) are {:+.3} and {:+.3} from what people reach, chorus {:+.3} and {:+.3}.\n",
            agreement.articles,
            agreement.annotations,
            people.0,
            people.1,
            second.0,
            second.1,
            system.0,
            system.1,
            TARGET_CONTENT_OVERLAP_F1 - people.0,
            TARGET_ALL_EXACT_F1 - people.1,
            system.0 - people.0,
            system.1 - people.1,
        );
    }
    // What it shows, read on the part with the most annotations.
    let Some((part, most)) = scored
        .iter()
        .map(|(part, scores)| (part, &scores.agreement))
        .max_by_key(|(_, agreement)| agreement.annotations)
        .filter(|(_, agreement)| agreement.annotations > 0)
    else {
        return;
    };
    let people = (most.others.overlap[2].f1(), most.others.all_exact.f1());
    let reach = if TARGET_CONTENT_OVERLAP_F1 <= people.0 && TARGET_ALL_EXACT_F1 <= people.1 {
        "below what PolNeAR's annotators reach with one another, but not by much: a system that meets them agrees \
         with the gold nearly as well as a second annotator does"
    } else {
        "above what PolNeAR's annotators reach with one another: on this gold they ask for more than human agreement"
    };
    // Where people disagree on the edges of a span they both marked: the
    // part whose exact F1 falls furthest below its overlap F1.
    let edge_gaps: Vec<(&str, f64)> = ["source", "cue", "content"]
        .into_iter()
        .enumerate()
        .map(|(role, name)| (name, most.others.overlap[role].f1() - most.others.exact[role].f1()))
        .collect();
    let (widest, _) = edge_gaps
        .iter()
        .copied()
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .unwrap_or(("content", 0.0));
    let gaps: Vec<String> = edge_gaps.iter().map(|(name, gap)| format!("{name} {gap:.3}")).collect();
    let _ = writeln!(
        out,
        "What the agreement shows, on {part} (the most annotations; the other part's figures rest on fewer \
         articles): the targets are {reach}, and chorus is {:.3} (content overlap) and {:.3} (all three exact) \
         short of people on the same articles. People disagree most on where a {widest} starts and ends (exact F1 \
         below overlap F1 by {}).\n",
        people.0 - most.system.overlap[2].f1(),
        people.1 - most.system.all_exact.f1(),
        gaps.join(", "),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first annotator in name order is the gold; the others are kept,
    /// in name order, and scored with the same matching as the system.
    #[test]
    fn several_annotators_are_read_and_scored_against_the_first() {
        let folder = tempfile::tempdir().expect("temporary folder");
        let (texts, annotations) = (folder.path().join("text"), folder.path().join("attributions"));
        std::fs::create_dir_all(&texts).unwrap();
        std::fs::create_dir_all(&annotations).unwrap();
        let text = "Smith said the plan works. Jones said nothing.";
        std::fs::write(texts.join("a.txt"), text).unwrap();
        std::fs::write(texts.join("b.txt"), text).unwrap();
        let ann = |content: &str| {
            format!("T1\tSource 0 5\tSmith\nT2\tCue 6 10\tsaid\nT3\tContent {content}\nE1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n")
        };
        // Annotator "aa" is first; "bb" marks the content one word longer.
        std::fs::write(annotations.join("a_bb.ann"), ann("11 26\tthe plan works.")).unwrap();
        std::fs::write(annotations.join("a_aa.ann"), ann("11 25\tthe plan works")).unwrap();
        std::fs::write(annotations.join("b_cc.ann"), ann("11 25\tthe plan works")).unwrap();
        let documents = read_part(folder.path()).expect("reads");
        assert_eq!(documents.len(), 2);
        assert_eq!(documents[0].gold[0].content, Some(vec![(11, 25)]));
        assert_eq!(documents[0].others.len(), 1);
        assert_eq!(documents[0].others[0][0].content, Some(vec![(11, 26)]));
        assert!(documents[1].others.is_empty());

        let scores = score(&documents, None, None, false, false);
        let agreement = &scores.agreement;
        assert_eq!((agreement.articles, agreement.annotations), (1, 1));
        // Same source and cue, a content that differs at its end.
        assert_eq!(agreement.second.exact[0].matched, 1);
        assert_eq!(agreement.second.exact[2].matched, 0);
        assert_eq!(agreement.second.overlap[2].matched, 1);
        assert_eq!(agreement.second.all_exact.matched, 0);
        assert_eq!(agreement.second.all_overlap.matched, 1);
        assert_eq!(agreement.system.all_exact.gold, 1);
    }
}
