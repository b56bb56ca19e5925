//! The Markdown of `bench/results/clustering.md`.

use std::fmt::Write;

use super::corpus::Corpus;
use super::scale::ScaleRow;
use super::{DupRow, Row};
use crate::machine::Machine;

/// Everything the results page shows.
pub struct Results<'a> {
    pub machine: &'a Machine,
    pub corpora: &'a [&'a Corpus],
    pub rows: &'a [Row],
    pub duplicates: &'a [DupRow],
    pub duplicate_items: usize,
    pub annotate_seconds: f64,
    pub scale: &'a [ScaleRow],
    pub peers_installed: bool,
}

/// Render the results page.
pub fn render(results: &Results) -> String {
    let mut out = String::new();
    let m = results.machine;
    let _ = writeln!(out, "# Story clustering and near-duplicates\n");
    let _ = writeln!(out, "- command: `cargo run --release -p chorus-bench -- clustering`");
    let _ = writeln!(
        out,
        "- machine: {} ({} CPUs available); one thread for every system",
        m.cpu, m.cpus
    );
    let _ = writeln!(out, "- date: {}", m.date);
    let _ = writeln!(out, "- commit: {}", m.commit.as_deref().unwrap_or("unknown"));
    if !results.peers_installed {
        let _ = writeln!(
            out,
            "- peers: not installed (run `bench/peers/install-clustering.sh`); only chorus is shown"
        );
    }
    let _ = writeln!(out, "\n## Story clustering\n");
    for corpus in results.corpora {
        let clusters = corpus.gold.iter().collect::<std::collections::HashSet<_>>().len();
        let _ = writeln!(
            out,
            "- {}: {} articles in {} gold clusters; reading, extraction and annotation took {:.2} s ({:.0} articles/s), not counted below",
            corpus.name,
            corpus.articles.len(),
            clusters,
            corpus.prepare_seconds,
            corpus.articles.len() as f64 / corpus.prepare_seconds.max(1e-9)
        );
    }
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "| corpus | system | BCubed P | BCubed R | BCubed F1 | pairwise P | pairwise R | pairwise F1 | largest story: articles / gold clusters | stories mixing ≥ {} gold clusters | articles/s |",
        super::metrics::MIXED_GOLD
    );
    let _ = writeln!(
        out,
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    );
    for row in results.rows {
        let s = &row.scores;
        let _ = writeln!(
            out,
            "| {} | {} | {:.4} | {:.4} | **{:.4}** | {:.4} | {:.4} | {:.4} | {} / {} | {} | {:.0} |",
            row.corpus,
            row.system,
            s.bcubed.precision,
            s.bcubed.recall,
            s.bcubed.f1,
            s.pairwise.precision,
            s.pairwise.recall,
            s.pairwise.f1,
            s.largest.0,
            s.largest.1,
            s.mixed,
            row.articles as f64 / row.seconds.max(1e-9)
        );
    }
    let _ = writeln!(
        out,
        "\nchorus's settings are one set for both corpora (threshold 0.2, 0.1 for title-only articles, 30-day window with \
         similarity fading by 0.006 a day since a story's last article and 0.01 a day since its first past its first 3 days, refinement at 0.2), chosen on these same development sets with \
         `chorus-bench clustering --sweep`. The baselines' linkage and distance threshold are tuned on each corpus separately by \
         BCubed F1 against the gold labels (a grid of 3 linkages × 19 thresholds), an advantage chorus does not get. \
         chorus's articles/s counts dedup and clustering (features included); the peers' count the vectors or embeddings \
         (TF-IDF: scikit-learn; MiniLM: all-MiniLM-L6-v2 on the CPU, one thread) and the clustering of the best setting. \
         gun-violence peers read title + text, uci peers titles only, like chorus. \
         The largest story and the stories mixing {} gold clusters or more show chaining (one story of many unrelated \
         events) that BCubed F1 barely moves.\n",
        super::metrics::MIXED_GOLD
    );
    let _ = writeln!(out, "## Near-duplicates\n");
    let _ = writeln!(
        out,
        "{} items generated from gun-violence (see `bench/src/clustering/duplicates.rs`): originals from distinct incidents, \
         each with one copy. Scores are over the groups the links make (pairwise = copy pairs found). Chorus's seconds \
         are the index alone, on annotated articles; annotation (tokens and stems, the `text` stage) took {:.2} s more \
         ({:.0} articles/s). datasketch's include its shingling and hashing (128 permutations, its LSH at Jaccard threshold 0.5, like chorus's).\n",
        results.duplicate_items,
        results.annotate_seconds,
        results.duplicate_items as f64 / results.annotate_seconds.max(1e-9)
    );
    let kinds: Vec<&str> = results
        .duplicates
        .first()
        .map(|d| d.by_kind.iter().map(|k| k.0).collect())
        .unwrap_or_default();
    let _ = write!(out, "| system | pairwise P | pairwise R | pairwise F1 |");
    for kind in &kinds {
        let _ = write!(out, " found: {kind} |");
    }
    let _ = writeln!(out, " articles/s |");
    let _ = writeln!(
        out,
        "| --- | ---: | ---: | ---: |{} ---: |",
        " ---: |".repeat(kinds.len())
    );
    for row in results.duplicates {
        let s = &row.scores.pairwise;
        let _ = write!(
            out,
            "| {} | {:.4} | {:.4} | **{:.4}** |",
            row.system, s.precision, s.recall, s.f1
        );
        for (_, found, made) in &row.by_kind {
            let _ = write!(out, " {found}/{made} |");
        }
        let _ = writeln!(out, " {:.0} |", results.duplicate_items as f64 / row.seconds.max(1e-9));
    }
    if !results.scale.is_empty() {
        out.push_str(&scale_table(results.scale));
    }
    out
}

/// The scale section: streams of growing size, at the corpus's pace and dense.
pub fn scale_table(scale: &[ScaleRow]) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "\n## Scale: a stream replayed from gun-violence\n");
    let _ = writeln!(
        out,
        "Each replay of the 3095 annotated articles is shifted in time past the previous one and gets new ids; articles \
         are built one at a time and fed to a windowed dedup index and the one-pass clusterer (stream mode, no \
         refinement). At the corpus's own pace (4.3 years a replay) the 30-day window holds few open stories; a dense \
         stream squeezes each replay into {} days, so that the window holds hundreds to thousands of open stories. \
         Seconds are those of each stage alone (clustering includes the features). Peak memory is the process's \
         high-water mark (`VmHWM`), reset before each stream; it includes the annotated base corpus held for \
         replaying.\n",
        super::scale::DENSE_DAYS
    );
    let _ = writeln!(
        out,
        "| stream | articles | dedup s | dedup articles/s | clustering s | clustering articles/s | µs/article (both) | copies | stories | open stories (mean) | open stories at end | indexed at end | peak memory (MiB) |"
    );
    let _ = writeln!(
        out,
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    );
    for row in scale {
        let _ = writeln!(
            out,
            "| {} | {} | {:.3} | {:.0} | {:.3} | {:.0} | {:.1} | {} | {} | {:.0} | {} | {} | {} |",
            if row.dense { "dense" } else { "own pace" },
            row.articles,
            row.dedup_seconds,
            row.articles as f64 / row.dedup_seconds.max(1e-9),
            row.cluster_seconds,
            row.articles as f64 / row.cluster_seconds.max(1e-9),
            (row.dedup_seconds + row.cluster_seconds) * 1e6 / row.articles as f64,
            row.duplicates,
            row.stories,
            row.mean_open,
            row.open_stories,
            row.indexed,
            row.peak_mib.map_or("?".to_string(), |m| format!("{m:.1}"))
        );
    }
    out
}
