//! Alignment ROUGE `align+ m:1` (Martschat & Markert 2017), the AR-1/AR-2
//! that news-tls publishes for Timeline17 (Ghalandari & Ifrim 2020): tilse's
//! `align_date_content_costs_many_to_one`, written here from its
//! description.
//!
//! - Cost of pairing a predicted day with a gold day: the date factor
//!   `1 - 1 / (days apart + 1)` times the content factor `1 - F`, where F is
//!   an approximate ROUGE-1 F1 of the two days' whitespace tokens as written
//!   (case kept, punctuation attached, no stemming, no stopword removal).
//!   Same-day pairs cost 0 whatever their words.
//! - Precision: every predicted day goes to its cheapest gold day (the
//!   earliest on a tie); its ROUGE-N hits against that day count weighted by
//!   `1 / (days apart + 1)`, over all its n-grams. Recall: every gold day goes
//!   to its cheapest predicted day the same way, over all the gold n-grams. A
//!   day may take part in several pairs (many to one).
//! - ROUGE-N counts are ROUGE-1.5.5's (`-n 2 -m -s -t 2`, one reference per
//!   day), here `chorus_rouge` with the options it is given; P and R are
//!   summed over the days before dividing, F has beta 1.

use std::collections::{BTreeMap, HashMap};

use chorus_rouge::{rouge_n_counts, Summary};
use chrono::NaiveDate;

/// Alignment ROUGE-1 and ROUGE-2 precision and recall of one predicted
/// timeline against one gold timeline, or their means.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct AlignScores {
    pub p1: f64,
    pub r1: f64,
    pub p2: f64,
    pub r2: f64,
}

impl AlignScores {
    /// AR-1 F (beta 1).
    pub fn f1(&self) -> f64 {
        super::f1(self.p1, self.r1)
    }

    /// AR-2 F (beta 1).
    pub fn f2(&self) -> f64 {
        super::f1(self.p2, self.r2)
    }

    /// Mean precision and recall over timelines (news-tls
    /// `get_average_results`; F is then taken from the means).
    pub fn mean(all: &[AlignScores]) -> AlignScores {
        let n = all.len().max(1) as f64;
        let sum = |f: fn(&AlignScores) -> f64| all.iter().map(f).sum::<f64>() / n;
        AlignScores {
            p1: sum(|s| s.p1),
            r1: sum(|s| s.r1),
            p2: sum(|s| s.p2),
            r2: sum(|s| s.r2),
        }
    }
}

/// One day of a timeline, ready for aligning and scoring.
struct Day {
    date: NaiveDate,
    /// Whitespace tokens as written, with their counts (for the cost).
    words: HashMap<String, usize>,
    /// The day's text as ROUGE sees it.
    summary: Summary,
}

impl Day {
    /// Prepare a day from its date (`YYYY-MM-DD`) and sentences; `None` when
    /// the date does not parse.
    fn new<S: AsRef<str>>(date: &str, sentences: &[S], options: &chorus_rouge::Options) -> Option<Day> {
        let date = NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()?;
        let mut words = HashMap::new();
        for word in sentences.iter().flat_map(|s| s.as_ref().split_whitespace()) {
            *words.entry(word.to_string()).or_insert(0) += 1;
        }
        Some(Day {
            date,
            words,
            summary: Summary::from_sentences(sentences, options),
        })
    }
}

/// Alignment ROUGE of a predicted timeline (per day, its sentences) against a
/// gold one (per day, its sentences), days as `YYYY-MM-DD`.
pub fn align_scores(
    predicted: &BTreeMap<String, Vec<String>>,
    gold: &BTreeMap<String, Vec<String>>,
    options: &chorus_rouge::Options,
) -> AlignScores {
    let prepare = |days: &BTreeMap<String, Vec<String>>| -> Vec<Day> {
        let mut prepared: Vec<Day> = days
            .iter()
            .filter_map(|(date, sentences)| Day::new(date, sentences, options))
            .collect();
        prepared.sort_by_key(|d| d.date);
        prepared
    };
    let (predicted, gold) = (prepare(predicted), prepare(gold));
    let (p1, r1) = precision_recall(&predicted, &gold, 1);
    let (p2, r2) = precision_recall(&predicted, &gold, 2);
    AlignScores { p1, r1, p2, r2 }
}

/// Days between two dates.
fn days_apart(a: &Day, b: &Day) -> i64 {
    (a.date - b.date).num_days().abs()
}

/// Approximate ROUGE-1 F1 of a predicted day against a gold day, on their
/// whitespace tokens as written.
fn approximate_f1(predicted: &Day, gold: &Day) -> f64 {
    let matched: usize = predicted
        .words
        .iter()
        .map(|(word, &count)| count.min(gold.words.get(word).copied().unwrap_or(0)))
        .sum();
    let predicted_total: usize = predicted.words.values().sum();
    let gold_total: usize = gold.words.values().sum();
    let precision = if predicted_total == 0 {
        0.0
    } else {
        matched as f64 / predicted_total as f64
    };
    let recall = if gold_total == 0 {
        0.0
    } else {
        matched as f64 / gold_total as f64
    };
    super::f1(precision, recall)
}

/// The cost of pairing a predicted day with a gold day: date factor times
/// content factor.
fn cost(predicted: &Day, gold: &Day) -> f64 {
    let date_factor = 1.0 - 1.0 / (days_apart(predicted, gold) as f64 + 1.0);
    date_factor * (1.0 - approximate_f1(predicted, gold))
}

/// Index of the first of the lowest costs.
fn cheapest(costs: impl Iterator<Item = f64>) -> Option<usize> {
    let mut best: Option<(usize, f64)> = None;
    for (i, c) in costs.enumerate() {
        if best.is_none_or(|(_, b)| c < b) {
            best = Some((i, c));
        }
    }
    best.map(|(i, _)| i)
}

/// Alignment ROUGE-N precision and recall: each predicted day scored against
/// its cheapest gold day, each gold day against its cheapest predicted day,
/// hits weighted by `1 / (days apart + 1)`.
fn precision_recall(predicted: &[Day], gold: &[Day], n: usize) -> (f64, f64) {
    let (mut precision_hits, mut precision_total) = (0.0, 0usize);
    for day in predicted {
        match cheapest(gold.iter().map(|g| cost(day, g))) {
            Some(j) => {
                let counts = rouge_n_counts(&day.summary, std::slice::from_ref(&gold[j].summary), n);
                precision_hits += counts.hits as f64 / (days_apart(day, &gold[j]) as f64 + 1.0);
                precision_total += counts.candidate_total;
            }
            None => precision_total += rouge_n_counts(&day.summary, &[Summary::default()], n).candidate_total,
        }
    }
    let (mut recall_hits, mut recall_total) = (0.0, 0usize);
    for day in gold {
        let reference = std::slice::from_ref(&day.summary);
        match cheapest(predicted.iter().map(|p| cost(p, day))) {
            Some(i) => {
                let counts = rouge_n_counts(&predicted[i].summary, reference, n);
                recall_hits += counts.hits as f64 / (days_apart(&predicted[i], day) as f64 + 1.0);
                recall_total += counts.reference_total;
            }
            None => recall_total += rouge_n_counts(&Summary::default(), reference, n).reference_total,
        }
    }
    let share = |hits: f64, total: usize| if total == 0 { 0.0 } else { hits / total as f64 };
    (share(precision_hits, precision_total), share(recall_hits, recall_total))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn timeline(days: &[(&str, &str)]) -> BTreeMap<String, Vec<String>> {
        days.iter().map(|(d, t)| (d.to_string(), vec![t.to_string()])).collect()
    }

    fn plain() -> chorus_rouge::Options {
        chorus_rouge::Options {
            stem: false,
            ..chorus_rouge::Options::default()
        }
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn same_days_score_as_plain_rouge() {
        let gold = timeline(&[("2020-01-01", "rebels took the port"), ("2020-01-05", "talks began")]);
        let predicted = timeline(&[
            ("2020-01-01", "rebels took the town"),
            ("2020-01-05", "talks began today"),
        ]);
        let s = align_scores(&predicted, &gold, &plain());
        // Same-day pairs cost 0. Unigram hits 3 + 2 of 4 + 3 predicted and 4 + 2 gold.
        assert!(close(s.p1, 5.0 / 7.0));
        assert!(close(s.r1, 5.0 / 6.0));
        // Bigrams: "rebels took", "took the", "talks began" of 3 + 2 predicted and 3 + 1 gold.
        assert!(close(s.p2, 3.0 / 5.0));
        assert!(close(s.r2, 3.0 / 4.0));
    }

    #[test]
    fn a_day_off_counts_its_hits_at_half_weight() {
        let gold = timeline(&[("2020-03-10", "the army shelled the city")]);
        let predicted = timeline(&[("2020-03-11", "the army shelled the city")]);
        let s = align_scores(&predicted, &gold, &plain());
        // One day apart: weight 1 / 2; 5 hits of 5 unigrams, 4 of 4 bigrams.
        assert!(close(s.p1, 0.5) && close(s.r1, 0.5));
        assert!(close(s.p2, 0.5) && close(s.r2, 0.5));
        assert!(close(s.f1(), 0.5));
    }

    #[test]
    fn content_can_beat_the_nearer_day_and_several_days_share_one() {
        // Gold day 1 (Jan 1) is one day from the prediction, gold day 2
        // (Jan 4) two days but with the same words.
        let gold = timeline(&[("2020-01-01", "a storm hit"), ("2020-01-04", "the dam broke")]);
        let predicted = timeline(&[("2020-01-02", "the dam broke"), ("2020-01-06", "floods spread")]);
        let s = align_scores(&predicted, &gold, &plain());
        // Jan 2 against Jan 1: date factor 1/2, content factor 1 (no shared
        // token): cost 1/2; against Jan 4: content F 1, cost 0. So Jan 2 goes
        // to Jan 4 (2 days apart, weight 1/3): 3 hits. Jan 6 shares nothing:
        // it goes to the nearer Jan 4 (cost 2/3 < 5/6), 0 hits.
        // Precision: 3 * 1/3 over 3 + 2 predicted unigrams.
        assert!(close(s.p1, 1.0 / 5.0));
        // Recall: Jan 1 goes to Jan 2 (cost 1/2 < 5/6), 0 hits; Jan 4 to Jan 2
        // (cost 0), 3 hits at 1/3: 1 over 3 + 3 gold unigrams.
        assert!(close(s.r1, 1.0 / 6.0));
        // F1 from P and R.
        assert!(close(s.f1(), 2.0 * 0.2 * (1.0 / 6.0) / (0.2 + 1.0 / 6.0)));
    }

    #[test]
    fn a_tie_goes_to_the_earlier_day_and_the_cost_keeps_case() {
        let gold = timeline(&[
            ("2020-05-01", "police arrested suspects"),
            ("2020-05-03", "floods closed roads"),
        ]);
        let predicted = timeline(&[("2020-05-02", "Police Arrested Suspects")]);
        let s = align_scores(&predicted, &gold, &plain());
        // The cost's tokens keep case: no shared token with either gold day,
        // both one day off, both cost 1/2. The earlier day takes it; ROUGE
        // lowercases: 3 hits at weight 1/2 of 3 predicted unigrams.
        assert!(close(s.p1, 0.5));
        // Recall: both gold days go to the one prediction: 3 * 1/2 + 0 of 6.
        assert!(close(s.r1, 0.25));
    }

    #[test]
    fn stopwords_are_dropped_before_bigrams_are_formed() {
        let stopwords = chorus_rouge::Stopwords::from_lines("the\nof\n");
        let options = chorus_rouge::Options {
            stem: false,
            stopwords: Some(std::sync::Arc::new(stopwords)),
            ..chorus_rouge::Options::default()
        };
        let gold = timeline(&[("2021-07-01", "the fall of the regime")]);
        let predicted = timeline(&[("2021-07-01", "fall regime")]);
        let s = align_scores(&predicted, &gold, &options);
        // Left: "fall regime" on both sides, one bigram across the removed words.
        assert!(close(s.p1, 1.0) && close(s.r1, 1.0));
        assert!(close(s.p2, 1.0) && close(s.r2, 1.0));
        let kept = align_scores(&predicted, &gold, &plain());
        assert!(close(kept.r1, 2.0 / 5.0) && close(kept.r2, 0.0));
    }

    #[test]
    fn an_empty_prediction_scores_zero_and_means_take_f_from_mean_p_and_r() {
        let gold = timeline(&[("2020-01-01", "a storm hit")]);
        let s = align_scores(&BTreeMap::new(), &gold, &plain());
        assert_eq!(s, AlignScores::default());
        let mean = AlignScores::mean(&[
            AlignScores {
                p1: 0.2,
                r1: 0.6,
                ..AlignScores::default()
            },
            AlignScores {
                p1: 0.4,
                r1: 0.2,
                ..AlignScores::default()
            },
        ]);
        assert!(close(mean.p1, 0.3) && close(mean.r1, 0.4));
        assert!(close(mean.f1(), 2.0 * 0.3 * 0.4 / 0.7));
    }
}
