//! `chorus ingest`: read inputs, store the articles not yet in the store
//! (one transaction per batch), then recompute the stories over every stored
//! article and store them. [`Intake`] does the storing for both `chorus
//! ingest` and `chorus watch`.
//!
//! Recomputing everything on each ingest is the simple, honest first
//! version: stories are exactly what `chorus report` would find over the
//! stored articles. An incremental update (only the stories new articles
//! touch) is left for when stores grow large enough to need it.

use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;
use chorus_ingest::Item;
use chorus_model::{Problem, RawArticle, Severity};
use chorus_store::{NewArticle, SeenItem, Store};

use crate::args::IngestArgs;

/// Articles per transaction: small enough that an interrupted ingest loses
/// little work, large enough that commits do not dominate.
const BATCH: usize = 200;

/// What an intake has done so far.
#[derive(Debug, Default, Clone, Copy)]
pub struct Counts {
    /// Articles extracted.
    pub read: usize,
    /// Of those, stored for the first time.
    pub new: usize,
    /// Of those, already stored.
    pub known: usize,
    /// Inputs (or records, items) skipped for an error.
    pub skipped: usize,
}

/// Extracts raw articles and stores them in batches, with the source items
/// they came from; then recomputes the stories when anything is new.
pub struct Intake<'s> {
    store: &'s mut Store,
    options: chorus_pipeline::Options,
    batch: Vec<NewArticle>,
    seen: Vec<SeenItem>,
    /// What was done so far.
    pub counts: Counts,
}

impl<'s> Intake<'s> {
    pub fn new(store: &'s mut Store) -> Intake<'s> {
        Intake {
            store,
            options: chorus_pipeline::Options::default(),
            batch: Vec::with_capacity(BATCH),
            seen: Vec::new(),
            counts: Counts::default(),
        }
    }

    /// The size limits inputs are read with.
    pub fn limits(&self) -> &chorus_ingest::Limits {
        &self.options.limits
    }

    /// Print a problem on standard error and count it if something was skipped.
    pub fn problem(&mut self, problem: &Problem) {
        if problem.severity == Severity::Error {
            self.counts.skipped += 1;
        }
        eprintln!("chorus: {problem}");
    }

    /// Extract an article and queue it for storing.
    pub fn article(&mut self, raw: RawArticle) -> Result<(), chorus_store::Error> {
        let (article, problems) = chorus_extract::extract(raw.clone());
        for problem in &problems {
            self.problem(problem);
        }
        let Some(article) = article else { return Ok(()) };
        self.counts.read += 1;
        self.batch.push(NewArticle {
            title: article.title,
            outlet: article.outlet,
            published: article.published.map(|date| date.format("%Y-%m-%d").to_string()),
            language: raw.language.clone(),
            text: article.text,
            raw,
        });
        if self.batch.len() >= BATCH {
            self.flush()?;
        }
        Ok(())
    }

    /// Remember a source item once the articles queued so far are stored.
    pub fn remember(&mut self, item: SeenItem) {
        self.seen.push(item);
    }

    /// Store what is queued, in one transaction.
    pub fn flush(&mut self) -> Result<(), chorus_store::Error> {
        if self.batch.is_empty() && self.seen.is_empty() {
            return Ok(());
        }
        let inserted = self.store.insert_and_remember(&self.batch, &self.seen)?;
        self.counts.new += inserted.new;
        self.counts.known += inserted.known;
        self.batch.clear();
        self.seen.clear();
        Ok(())
    }

    /// Store what is queued, then recompute the stories if anything new was
    /// stored (or an earlier run stopped before computing them); returns how
    /// many stories, or `None` when they were already current.
    pub fn finish(&mut self) -> anyhow::Result<Option<usize>> {
        self.flush().context("cannot store the articles read")?;
        if self.counts.new == 0 && self.store.stories_are_current()? {
            return Ok(None);
        }
        let raw = self.store.raw_articles()?;
        // Problems of stored articles were shown when they were first read.
        let mut problems = Vec::new();
        let report = chorus_pipeline::build_report(raw, &self.options, &mut problems);
        self.store
            .replace_stories(&report)
            .context("cannot store the stories")?;
        Ok(Some(report.stories.len()))
    }

    /// The number of stored articles.
    pub fn stored(&self) -> anyhow::Result<usize> {
        Ok(self.store.article_count()?)
    }
}

/// "N stories computed" or "stories unchanged".
pub fn stories_line(stories: Option<usize>) -> String {
    match stories {
        Some(count) => format!("{count} stories computed"),
        None => "stories unchanged".to_string(),
    }
}

pub fn command(args: IngestArgs) -> anyhow::Result<ExitCode> {
    let mut store = Store::open(Path::new(&args.db)).with_context(|| format!("cannot use the store {}", args.db))?;
    let mut intake = Intake::new(&mut store);
    let limits = *intake.limits();
    let mut failure: Option<chorus_store::Error> = None;
    chorus_ingest::read_inputs(&args.inputs, &limits, &mut |item| {
        if failure.is_some() {
            return;
        }
        match item {
            Item::Problem(problem) => intake.problem(&problem),
            Item::Article(raw) => {
                if let Err(err) = intake.article(raw) {
                    failure = Some(err);
                }
            }
        }
    });
    if let Some(err) = failure {
        return Err(anyhow::Error::new(err).context("cannot store the articles read"));
    }
    // Also when nothing is new: an earlier ingest may have stopped after
    // storing articles and before computing their stories.
    let stories = intake.finish()?;
    let Counts {
        read,
        new,
        known,
        skipped,
    } = intake.counts;
    eprintln!(
        "chorus: {read} articles read, {new} new, {known} already stored, {skipped} inputs skipped; \
         {} articles in {}; {}",
        intake.stored()?,
        args.db,
        stories_line(stories)
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
