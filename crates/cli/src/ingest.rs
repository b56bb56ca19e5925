//! `chorus ingest`: read inputs, store the articles not yet in the store
//! (one transaction per batch), then bring the stories up to date.
//! [`Intake`] does the storing for both `chorus ingest` and `chorus watch`.
//!
//! The update is incremental: only the stories that the new articles can
//! join (those with an article within the clustering window before the
//! earliest new one) are recomputed, whole, with the new articles, and the
//! others keep their rows ([`Store::update_stories`] says exactly which,
//! and when it falls back to a full computation). `chorus ingest
//! --recompute` recomputes every story over every stored article: what
//! `chorus report` would find over them.

use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;
use chorus_ingest::Item;
use chorus_model::{Problem, RawArticle, Severity};
use chorus_store::{NewArticle, SeenItem, Store, StoryUpdate};

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
/// they came from; then updates the stories when anything is new.
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
        self.batch.push(NewArticle::extracted(raw, article));
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

    /// Store what is queued, then bring the stories up to date: those the
    /// new articles can touch, or all of them with `full` (and when the
    /// store needs it). Also when nothing was new in this run: an earlier
    /// one may have stopped after storing articles and before computing
    /// their stories. `None` when the stories were already current.
    pub fn finish(&mut self, full: bool) -> anyhow::Result<Option<StoryUpdate>> {
        self.flush().context("cannot store the articles read")?;
        let options = &self.options;
        let update = self
            .store
            .update_stories(
                full,
                options.clustering.window_days,
                chorus_pipeline::publication_day,
                |raw, counts, counted| {
                    // Problems of stored articles were shown when they were first read.
                    let mut problems = Vec::new();
                    chorus_pipeline::build_report_counted(raw, options, &mut problems, counts, counted)
                },
            )
            .context("cannot update the stories")?;
        Ok(update)
    }

    /// The number of stored articles.
    pub fn stored(&self) -> anyhow::Result<usize> {
        Ok(self.store.article_count()?)
    }
}

/// What an update did, for the closing line of a run.
pub fn stories_line(update: Option<&StoryUpdate>) -> String {
    match update {
        None => "stories unchanged".to_string(),
        Some(update) if update.full => format!(
            "{} stories computed over all {} articles",
            update.stories, update.articles
        ),
        Some(update) => format!(
            "{} stories recomputed over {} articles ({} new; stories with an article from {} on), {} kept",
            update.stories,
            update.articles,
            update.new,
            update.cutoff.as_deref().unwrap_or("?"),
            update.kept
        ),
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
    let stories = intake.finish(args.recompute)?;
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
        stories_line(stories.as_ref())
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
