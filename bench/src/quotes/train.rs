//! The `train-quotes` task: trains chorus-quotes' attribution tagger on the
//! PolNeAR train part and writes it where the crate ships it
//! (`crates/quotes/model/attribution.bin`), then scores it on dev (with
//! the rules alone beside it), as a quick check of the settings. The
//! `quotes` task gives the full figures of the shipped model.
//!
//! Only train is learned from; dev is read to choose settings and to
//! report.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use chorus_model::{Article, Span};
use chorus_quotes::{Example, Gold, Settings};

use super::brat::{Fragments, GoldAttribution};
use super::{read_part, score, CharOffsets, Document};
use crate::{workspace_root, UsageError};

/// The task's options, for the usage message.
pub const USAGE: &str = "\
train-quotes options:
  --data PATH        the PolNeAR folder (default: ../shared/corpora/quotes/polnear beside the workspace)
  --out PATH         where to write the model (default: crates/quotes/model/attribution.bin)
  --limit N          train on the first N train articles only (name order)
  --epochs N         passes over train (default: 8)
  --min-rate X       vocabulary: least share of a word's occurrences inside gold cues (default: 0.04)
  --prune X          drop weights under this share of the largest (default: 0.002)
  --cue-bits N       rows of the cue detector's table, as a power of two (default: 18)
  --span-bits N      rows of the span tagger's table, as a power of two (default: 16)
  --missed-cue-weight X  size of the cue detector's update for a gold cue start it missed (default: 1.25)
  --first-annotator-only  learn only from the first annotator of each article (by default the other
                     annotators of the train articles several people annotated are examples too)
  --no-dev           do not score dev after training";

struct Args {
    data: PathBuf,
    out: PathBuf,
    limit: Option<usize>,
    settings: Settings,
    all_annotators: bool,
    dev: bool,
}

fn parse(args: &[String]) -> Result<Args> {
    let workspace = workspace_root();
    let mut parsed = Args {
        data: workspace.join("../shared/corpora/quotes/polnear"),
        out: workspace.join("crates/quotes/model/attribution.bin"),
        limit: None,
        settings: Settings::default(),
        all_annotators: true,
        dev: true,
    };
    let mut args = args.iter();
    while let Some(flag) = args.next() {
        if flag == "--no-dev" {
            parsed.dev = false;
            continue;
        }
        if flag == "--first-annotator-only" {
            parsed.all_annotators = false;
            continue;
        }
        let Some(value) = args.next() else {
            return Err(UsageError(format!("train-quotes: {flag} needs a value")).into());
        };
        let number = |value: &str| -> Result<f64> {
            value
                .parse::<f64>()
                .map_err(|_| UsageError(format!("train-quotes: {flag} needs a number, not {value}")).into())
        };
        match flag.as_str() {
            "--data" => parsed.data = PathBuf::from(value),
            "--out" => parsed.out = PathBuf::from(value),
            "--limit" => parsed.limit = Some(number(value)? as usize),
            "--epochs" => parsed.settings.epochs = number(value)? as usize,
            "--min-rate" => parsed.settings.min_cue_rate = number(value)?,
            "--prune" => parsed.settings.prune = number(value)?,
            "--cue-bits" => parsed.settings.cue_bits = number(value)? as u32,
            "--span-bits" => parsed.settings.span_bits = number(value)? as u32,
            "--missed-cue-weight" => parsed.settings.missed_cue_weight = number(value)? as f32,
            other => return Err(UsageError(format!("train-quotes: unknown option {other}")).into()),
        }
    }
    Ok(parsed)
}

/// Run the task with the arguments after its name.
pub fn main(args: &[String]) -> Result<()> {
    let args = parse(args)?;
    if !args.data.is_dir() {
        bail!("PolNeAR folder not found: {} (pass --data PATH)", args.data.display());
    }
    let model = train_part(
        &args.data.join("train"),
        args.limit,
        &args.settings,
        args.all_annotators,
    )?;
    let bytes = model.to_bytes();
    std::fs::write(&args.out, &bytes).with_context(|| format!("cannot write {}", args.out.display()))?;
    eprintln!(
        "train-quotes: model written to {} ({} bytes)",
        args.out.display(),
        bytes.len()
    );
    if args.dev {
        let documents = read_part(&args.data.join("dev"))?;
        for (label, model) in [("rules alone", None), ("rules + tagger", Some(&model))] {
            let scores = score(&documents, model, None, false, false);
            println!(
                "dev, {label}: content overlap P/R/F1 {:.3}/{:.3}/{:.3}, all three exact P/R/F1 {:.3}/{:.3}/{:.3}, \
                 cue exact F1 {:.3}, source exact F1 {:.3}, content exact F1 {:.3}, quotes stage {:.3} ms per article",
                scores.matches.overlap[2].precision(),
                scores.matches.overlap[2].recall(),
                scores.matches.overlap[2].f1(),
                scores.matches.all_exact.precision(),
                scores.matches.all_exact.recall(),
                scores.matches.all_exact.f1(),
                scores.matches.exact[1].f1(),
                scores.matches.exact[0].f1(),
                scores.matches.exact[2].f1(),
                scores.quotes_seconds * 1000.0 / scores.articles.max(1) as f64,
            );
        }
    }
    Ok(())
}

/// Train a model on (the first `limit` articles of) a PolNeAR part: the
/// first annotator's attributions of each article, and with
/// `all_annotators` each other annotator's as one more example.
pub fn train_part(
    folder: &Path,
    limit: Option<usize>,
    settings: &Settings,
    all_annotators: bool,
) -> Result<chorus_quotes::Model> {
    let mut documents = read_part(folder)?;
    if let Some(limit) = limit {
        documents.truncate(limit);
    }
    eprintln!("train-quotes: {} articles from {}", documents.len(), folder.display());
    let mut examples: Vec<Example> = documents.iter().map(example).collect();
    if all_annotators {
        for document in &documents {
            for other in &document.others {
                let mut again = example(document);
                again.gold = gold_bytes(&again.article.text, other);
                examples.push(again);
            }
        }
        eprintln!("train-quotes: {} examples with the other annotators", examples.len());
    }
    Ok(chorus_quotes::train(&examples, settings, |line| {
        eprintln!("train-quotes: {line}")
    }))
}

/// An annotated article with its gold attributions in bytes.
pub(crate) fn example(document: &Document) -> Example {
    let mut article = Article {
        text: document.text.clone(),
        ..Article::default()
    };
    chorus_text::annotate(&mut article);
    chorus_entities::annotate(&mut article);
    let gold = gold_bytes(&article.text, &document.gold);
    Example { article, gold }
}

/// One annotator's attributions of a text in bytes.
fn gold_bytes(text: &str, attributions: &[GoldAttribution]) -> Vec<Gold> {
    let chars = CharOffsets::new(text);
    let bytes = |fragments: &Option<Fragments>| -> Vec<Span> {
        fragments.as_ref().map_or(Vec::new(), |fragments| {
            fragments
                .iter()
                .map(|&(start, end)| Span::new(chars.byte_of(start), chars.byte_of(end)))
                .collect()
        })
    };
    attributions
        .iter()
        .map(|g| Gold {
            source: bytes(&g.source),
            cue: bytes(&g.cue),
            content: bytes(&g.content),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The trainer runs on a small slice of PolNeAR train and gives the
    /// same bytes twice; the model reads back.
    #[test]
    fn trains_on_a_slice_of_train_the_same_way_twice() {
        let folder = workspace_root().join("../shared/corpora/quotes/polnear/train");
        if !folder.is_dir() {
            eprintln!("skipped: {} is not here", folder.display());
            return;
        }
        let settings = Settings {
            epochs: 2,
            cue_bits: 12,
            span_bits: 12,
            ..Settings::default()
        };
        let first = train_part(&folder, Some(6), &settings, false)
            .expect("trains")
            .to_bytes();
        let second = train_part(&folder, Some(6), &settings, false)
            .expect("trains")
            .to_bytes();
        assert_eq!(first, second);
        let model = chorus_quotes::Model::from_bytes(&first).expect("reads back");
        assert!(model.knows_cue("said"));
    }
}
