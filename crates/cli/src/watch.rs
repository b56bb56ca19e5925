//! `chorus watch`: poll the sources listed in a file (feeds and folders)
//! every so often, and store what is new in the store, as `chorus ingest`
//! does, so that `chorus serve` shows it.
//!
//! Finding and fetching is `chorus-watch`'s; storing is [`Intake`]'s. What
//! has been seen of each source lives in the store, so a watch stopped and
//! started again (or run by cron with `--once`) goes on where it was.

use std::path::Path;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use anyhow::Context;
use chorus_store::{SeenItem, Store};
use chorus_watch::{Event, FetchLimits, Memory, Watcher};

use crate::args::WatchArgs;
use crate::ingest::{stories_line, Intake};

/// The store's memory of what was seen, on a connection of its own so that
/// it can be read while the intake writes.
struct StoreMemory(Store);

impl Memory for StoreMemory {
    fn seen(&mut self, source: &str) -> Result<std::collections::HashMap<String, String>, String> {
        self.0
            .seen_items(source)
            .map_err(|err| format!("cannot read what was seen of this source: {err}"))
    }
}

pub fn command(args: WatchArgs) -> anyhow::Result<ExitCode> {
    let text = std::fs::read_to_string(&args.sources)
        .with_context(|| format!("cannot read the sources file {}", args.sources))?;
    let (sources, problems) = chorus_watch::parse_sources(&text, &args.sources);
    for problem in &problems {
        eprintln!("chorus: {problem}");
    }
    if sources.is_empty() {
        anyhow::bail!(
            "{}: no sources in it (one feed address or folder per line)",
            args.sources
        );
    }
    let db = Path::new(&args.db);
    let mut store = Store::open(db).with_context(|| format!("cannot use the store {}", args.db))?;
    let mut memory = StoreMemory(Store::open(db).with_context(|| format!("cannot use the store {}", args.db))?);
    let fetch = FetchLimits {
        timeout: Duration::from_secs(args.timeout),
        connect_timeout: Duration::from_secs(args.timeout.min(10)),
        max_bytes: args.max_bytes,
        ..FetchLimits::default()
    };
    let watcher = Watcher::new(fetch, chorus_ingest::Limits::default());
    eprintln!(
        "chorus: watching {} sources{}; storing in {}",
        sources.len(),
        if args.once {
            String::new()
        } else {
            format!(" every {} s", args.every)
        },
        args.db
    );
    let mut round = 0usize;
    loop {
        round += 1;
        let started = Instant::now();
        let mut intake = Intake::new(&mut store);
        let mut items = 0usize;
        let mut failure: Option<chorus_store::Error> = None;
        watcher.round(&sources, &mut memory, &mut |event| {
            if failure.is_some() {
                return;
            }
            match event {
                Event::Problem(problem) => intake.problem(&problem),
                Event::Found(found) => {
                    items += 1;
                    for raw in found.articles {
                        if let Err(err) = intake.article(raw) {
                            failure = Some(err);
                            return;
                        }
                    }
                    intake.remember(SeenItem {
                        source: found.source,
                        item: found.key,
                        fingerprint: found.fingerprint,
                    });
                }
            }
        });
        // A store that cannot be written is fatal; a source never is.
        if let Some(err) = failure {
            return Err(anyhow::Error::new(err).context("cannot store the articles read"));
        }
        let stories = intake.finish(false)?;
        let counts = intake.counts;
        eprintln!(
            "chorus: round {round}: {items} new items, {} articles read, {} new, {} already stored, {} problems; \
             {} articles in {}; {}",
            counts.read,
            counts.new,
            counts.known,
            counts.skipped,
            intake.stored()?,
            args.db,
            stories_line(stories.as_ref())
        );
        if args.once {
            return Ok(ExitCode::SUCCESS);
        }
        let every = Duration::from_secs(args.every);
        std::thread::sleep(every.saturating_sub(started.elapsed()));
    }
}
