//! Throughput and memory at scale: the gun-violence corpus replayed as a
//! stream of 3k, 30k and 300k articles, each replay shifted in time past
//! the previous one and given new ids, fed one article at a time to a
//! windowed `DuplicateIndex` and a `Clusterer` (the stream mode: document
//! frequencies counted as articles arrive, no batch refinement).
//!
//! At the corpus's own pace (4.3 years) a 30-day window holds few open
//! stories; a dense stream squeezes each replay into [`DENSE_DAYS`] days,
//! so that the window holds a whole replay's stories at once and the cost
//! of scoring an article against many open stories shows.
//!
//! Only the replayed article being processed is built; the stream is never
//! held in memory. The annotated corpus it replays (3095 articles) is,
//! before the measurement starts, so the peak memory shown is the process's
//! high-water mark including that fixed base; its growth from 3k to 300k is
//! what tells whether the stages' memory is flat.

use std::time::{Duration, Instant};

use chorus_dedup::DuplicateIndex;
use chorus_model::Article;
use chorus_stories::{article_features, ClusterOptions, Clusterer};

use super::corpus::Corpus;
use crate::machine;

/// Days one replay of the corpus takes in a dense stream.
pub const DENSE_DAYS: i64 = 30;

/// What one stream cost.
pub struct ScaleRow {
    pub articles: usize,
    /// Whether each replay was squeezed into [`DENSE_DAYS`] days.
    pub dense: bool,
    /// Open stories when an article arrived, on average.
    pub mean_open: f64,
    pub dedup_seconds: f64,
    pub cluster_seconds: f64,
    pub duplicates: usize,
    pub stories: usize,
    pub open_stories: usize,
    pub indexed: usize,
    pub peak_mib: Option<f64>,
}

/// Stream `size` articles replayed from the corpus, at its own pace or dense.
pub fn run(corpus: &Corpus, size: usize, dense: bool) -> ScaleRow {
    let mut base: Vec<&Article> = corpus.articles.iter().collect();
    base.sort_by_key(|a| a.published);
    let first = base.iter().find_map(|a| a.published);
    let last = base.iter().rev().find_map(|a| a.published);
    let span = match (first, last) {
        (Some(first), Some(last)) => last - first,
        _ => chrono::Duration::zero(),
    };
    let squeeze = if dense && span > chrono::Duration::zero() {
        DENSE_DAYS as f64 * 86_400.0 / span.num_seconds() as f64
    } else {
        1.0
    };
    let replay_span = if dense {
        chrono::Duration::days(DENSE_DAYS)
    } else {
        span
    };
    // Each replay starts 60 days after the previous one ended, past every window.
    let shift = replay_span + chrono::Duration::days(60);
    machine::reset_peak_memory();
    let options = ClusterOptions::default();
    let mut index = DuplicateIndex::with_window(chorus_dedup::DEFAULT_THRESHOLD, options.window_days);
    let mut clusterer = Clusterer::new(options);
    let (mut dedup_time, mut cluster_time) = (Duration::ZERO, Duration::ZERO);
    let (mut duplicates, mut stories, mut open) = (0, 0, 0);
    for n in 0..size {
        let replay = (n / base.len()) as i32;
        let source = base[n % base.len()];
        // Cheap to build: the replay shares nothing but what `Article` owns.
        let mut article = source.clone();
        article.id = format!("{}~{replay}", source.id);
        article.published = source.published.zip(first).map(|(p, first)| {
            let offset = chrono::Duration::seconds(((p - first).num_seconds() as f64 * squeeze) as i64);
            first + offset + shift * replay
        });
        let time = article.published.map(|p| p.and_utc().timestamp());

        let started = Instant::now();
        if index.add_at(&article, time).is_some() {
            duplicates += 1;
        }
        let deduped = Instant::now();
        open += clusterer.open_stories();
        let features = article_features(&article, false);
        let assignment = clusterer.push(&features, article.published, false);
        cluster_time += deduped.elapsed();
        dedup_time += deduped - started;
        if !assignment.joined {
            stories += 1;
        }
    }
    ScaleRow {
        articles: size,
        dense,
        mean_open: open as f64 / size.max(1) as f64,
        dedup_seconds: dedup_time.as_secs_f64(),
        cluster_seconds: cluster_time.as_secs_f64(),
        duplicates,
        stories,
        open_stories: clusterer.open_stories(),
        indexed: index.len(),
        peak_mib: machine::peak_memory_mib(),
    }
}
