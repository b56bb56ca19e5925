//! `chorus ingest`: read inputs, store the articles not yet in the store
//! (one transaction per batch), then recompute the stories over every stored
//! article and store them.
//!
//! Recomputing everything on each ingest is the simple, honest first
//! version: stories are exactly what `chorus report` would find over the
//! stored articles. An incremental update (only the stories new articles
//! touch) is left for when stores grow large enough to need it.

use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;
use chorus_ingest::Item;
use chorus_store::{NewArticle, Store};

use crate::args::IngestArgs;

/// Articles per transaction: small enough that an interrupted ingest loses
/// little work, large enough that commits do not dominate.
const BATCH: usize = 200;

pub fn command(args: IngestArgs) -> anyhow::Result<ExitCode> {
    let mut store = Store::open(Path::new(&args.db)).with_context(|| format!("cannot use the store {}", args.db))?;
    let options = chorus_pipeline::Options::default();
    let mut batch: Vec<NewArticle> = Vec::with_capacity(BATCH);
    let mut failure: Option<anyhow::Error> = None;
    let (mut read, mut new, mut known, mut skipped) = (0usize, 0usize, 0usize, 0usize);
    let mut flush = |store: &mut Store, batch: &mut Vec<NewArticle>, failure: &mut Option<anyhow::Error>| {
        if failure.is_none() && !batch.is_empty() {
            match store.insert_batch(batch) {
                Ok(inserted) => {
                    new += inserted.new;
                    known += inserted.known;
                }
                Err(err) => *failure = Some(anyhow::Error::new(err).context("cannot store the articles read")),
            }
        }
        batch.clear();
    };
    chorus_ingest::read_inputs(&args.inputs, &options.limits, &mut |item| {
        if failure.is_some() {
            return;
        }
        match item {
            Item::Problem(problem) => {
                if problem.severity == chorus_pipeline::Severity::Error {
                    skipped += 1;
                }
                eprintln!("chorus: {problem}");
            }
            Item::Article(raw) => {
                let (article, problems) = chorus_extract::extract(raw.clone());
                for problem in &problems {
                    if problem.severity == chorus_pipeline::Severity::Error {
                        skipped += 1;
                    }
                    eprintln!("chorus: {problem}");
                }
                let Some(article) = article else { return };
                read += 1;
                batch.push(NewArticle {
                    title: article.title,
                    outlet: article.outlet,
                    published: article.published.map(|date| date.format("%Y-%m-%d").to_string()),
                    language: raw.language.clone(),
                    text: article.text,
                    raw,
                });
                if batch.len() >= BATCH {
                    flush(&mut store, &mut batch, &mut failure);
                }
            }
        }
    });
    flush(&mut store, &mut batch, &mut failure);
    if let Some(err) = failure {
        return Err(err);
    }

    // Also when nothing is new: an earlier ingest may have stopped after
    // storing articles and before computing their stories.
    let stories = if new > 0 || !store.stories_are_current()? {
        let raw = store.raw_articles()?;
        // Problems of stored articles were shown when they were first read.
        let mut problems = Vec::new();
        let report = chorus_pipeline::build_report(raw, &options, &mut problems);
        store.replace_stories(&report).context("cannot store the stories")?;
        Some(report.stories.len())
    } else {
        None
    };
    eprintln!(
        "chorus: {read} articles read, {new} new, {known} already stored, {skipped} inputs skipped; \
         {} articles in {}; {}",
        store.article_count()?,
        args.db,
        match stories {
            Some(count) => format!("{count} stories computed"),
            None => "stories unchanged".to_string(),
        }
    );
    if read == 0 && skipped > 0 {
        anyhow::bail!("no article could be read from the inputs");
    }
    Ok(if args.strict && skipped > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
