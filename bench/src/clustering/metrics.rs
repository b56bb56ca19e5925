//! Scores of a clustering against a gold one: BCubed and pairwise
//! precision, recall and F1.
//!
//! Both are computed from the contingency table (how many items share each
//! pair of gold and predicted labels), so the cost is linear in the items.
//!
//! * **BCubed** (Bagga and Baldwin 1998; Amigó et al. 2009): for each item,
//!   precision is the share of its predicted cluster that is in its gold
//!   cluster, and recall the share of its gold cluster that is in its
//!   predicted cluster; both are averaged over the items, and F1 is the
//!   harmonic mean of the two averages.
//! * **Pairwise**: over all pairs of items, precision is the share of pairs
//!   put together that belong together, recall the share of pairs that belong
//!   together that were put together. With no pair put together precision is
//!   1 (nothing wrong was claimed); with no pair belonging together recall
//!   is 1.

use std::collections::HashMap;
use std::hash::Hash;

/// Precision, recall and their harmonic mean, each in `[0, 1]`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scores {
    /// How much of what was grouped together belongs together.
    pub precision: f64,
    /// How much of what belongs together was grouped together.
    pub recall: f64,
    /// Harmonic mean of precision and recall; 0 when both are 0.
    pub f1: f64,
}

impl Scores {
    fn new(precision: f64, recall: f64) -> Scores {
        let f1 = if precision + recall > 0.0 {
            2.0 * precision * recall / (precision + recall)
        } else {
            0.0
        };
        Scores { precision, recall, f1 }
    }
}

/// Every score of one predicted clustering.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ClusteringScores {
    /// How many items were scored.
    pub items: usize,
    /// BCubed precision, recall and F1.
    pub bcubed: Scores,
    /// Pairwise precision, recall and F1.
    pub pairwise: Scores,
    /// The largest predicted cluster: its size and how many gold clusters
    /// it mixes (a chained blob shows here long before it moves F1).
    pub largest: (usize, usize),
    /// Predicted clusters that mix [`MIXED_GOLD`] gold clusters or more.
    pub mixed: usize,
}

/// How many gold clusters a predicted one must hold to count as mixed.
pub const MIXED_GOLD: usize = 5;

/// Score a clustering given, for each item, its gold label and its predicted
/// label. Labels only need to be comparable: they name clusters, nothing
/// else. With no items every score is 0.
pub fn score<G, P>(assignments: impl IntoIterator<Item = (G, P)>) -> ClusteringScores
where
    G: Hash + Eq + Clone,
    P: Hash + Eq + Clone,
{
    let mut together: HashMap<(G, P), usize> = HashMap::new();
    let mut gold_sizes: HashMap<G, usize> = HashMap::new();
    let mut predicted_sizes: HashMap<P, usize> = HashMap::new();
    let mut items = 0;
    for (gold, predicted) in assignments {
        *gold_sizes.entry(gold.clone()).or_default() += 1;
        *predicted_sizes.entry(predicted.clone()).or_default() += 1;
        *together.entry((gold, predicted)).or_default() += 1;
        items += 1;
    }
    if items == 0 {
        let zero = Scores::new(0.0, 0.0);
        return ClusteringScores {
            items,
            bcubed: zero,
            pairwise: zero,
            largest: (0, 0),
            mixed: 0,
        };
    }

    // Each of the n items in a cell (g, p) has n of its |p| predicted
    // neighbours (itself included) in g: the cell adds n * n / |p| to the sum
    // of per-item precisions, and likewise n * n / |g| to recalls.
    let mut precision_sum = 0.0;
    let mut recall_sum = 0.0;
    let mut pairs_right = 0u64;
    for ((gold, predicted), &count) in &together {
        let count_squared = (count * count) as f64;
        precision_sum += count_squared / predicted_sizes[predicted] as f64;
        recall_sum += count_squared / gold_sizes[gold] as f64;
        pairs_right += pairs(count);
    }
    let bcubed = Scores::new(precision_sum / items as f64, recall_sum / items as f64);

    let pairs_predicted: u64 = predicted_sizes.values().map(|&size| pairs(size)).sum();
    let pairs_gold: u64 = gold_sizes.values().map(|&size| pairs(size)).sum();
    let share = |part: u64, whole: u64| if whole == 0 { 1.0 } else { part as f64 / whole as f64 };
    let pairwise = Scores::new(share(pairs_right, pairs_predicted), share(pairs_right, pairs_gold));

    let mut golds_in: HashMap<&P, usize> = HashMap::new();
    for (_, predicted) in together.keys() {
        *golds_in.entry(predicted).or_default() += 1;
    }
    let largest = predicted_sizes
        .iter()
        .map(|(predicted, &size)| (size, golds_in[predicted]))
        .max()
        .unwrap_or((0, 0));
    let mixed = golds_in.values().filter(|&&golds| golds >= MIXED_GOLD).count();

    ClusteringScores {
        items,
        bcubed,
        pairwise,
        largest,
        mixed,
    }
}

/// The number of unordered pairs among `n` items.
fn pairs(n: usize) -> u64 {
    let n = n as u64;
    n * n.saturating_sub(1) / 2
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Items named by letters; `gold` and `predicted` list each cluster as a
    /// string of its items' letters.
    fn check(gold: &[&str], predicted: &[&str], bcubed: (f64, f64, f64), pairwise: (f64, f64, f64)) {
        let label_of = |clusters: &[&str], item: char| clusters.iter().position(|cluster| cluster.contains(item));
        let items: Vec<char> = gold.concat().chars().collect();
        let scores = score(
            items
                .iter()
                .map(|&item| (label_of(gold, item), label_of(predicted, item))),
        );
        assert_eq!(scores.items, items.len());
        let largest = predicted.iter().map(|p| p.len()).max().unwrap_or(0);
        assert_eq!(scores.largest.0, largest);
        let close = |actual: Scores, (precision, recall, f1): (f64, f64, f64)| {
            (actual.precision - precision).abs() < 1e-12
                && (actual.recall - recall).abs() < 1e-12
                && (actual.f1 - f1).abs() < 1e-12
        };
        assert!(
            close(scores.bcubed, bcubed),
            "bcubed {:?}, expected {bcubed:?}",
            scores.bcubed
        );
        assert!(
            close(scores.pairwise, pairwise),
            "pairwise {:?}, expected {pairwise:?}",
            scores.pairwise
        );
    }

    #[test]
    fn perfect_clustering_scores_one() {
        check(&["ab", "c"], &["ab", "c"], (1.0, 1.0, 1.0), (1.0, 1.0, 1.0));
    }

    #[test]
    fn one_item_moved() {
        // BCubed precision: a 1/1, b 1/2, c 1/2 -> 2/3; recall: a 1/2, b 1/2, c 1/1 -> 2/3.
        // Pairwise: the only pair predicted (b, c) is wrong, the only gold pair (a, b) is missed.
        check(
            &["ab", "c"],
            &["a", "bc"],
            (2.0 / 3.0, 2.0 / 3.0, 2.0 / 3.0),
            (0.0, 0.0, 0.0),
        );
    }

    #[test]
    fn everything_in_one_cluster() {
        // Each item has 2 of its 4 predicted neighbours right: precision 1/2, recall 1, F1 2/3.
        // Pairs: 6 predicted, 2 gold, 2 right: precision 1/3, recall 1, F1 1/2.
        check(&["ab", "cd"], &["abcd"], (0.5, 1.0, 2.0 / 3.0), (1.0 / 3.0, 1.0, 0.5));
    }

    #[test]
    fn all_singletons() {
        // Precision 1; recall a 1/2, b 1/2, c 1 -> 2/3; F1 = 2 * 2/3 / (5/3) = 4/5.
        // No pair predicted: pairwise precision is 1 by convention, recall 0.
        check(&["ab", "c"], &["a", "b", "c"], (1.0, 2.0 / 3.0, 0.8), (1.0, 0.0, 0.0));
    }

    #[test]
    fn split_and_merge() {
        // Gold {a,b,c} {d}; predicted {a,b} {c,d}.
        // Precision: a 1, b 1, c 1/2, d 1/2 -> 3/4. Recall: a 2/3, b 2/3, c 1/3, d 1 -> 2/3.
        // F1 = 2 * 3/4 * 2/3 / (3/4 + 2/3) = 1 / (17/12) = 12/17.
        // Pairs: predicted (a,b) (c,d); gold (a,b) (a,c) (b,c); right (a,b): P 1/2, R 1/3, F1 2/5.
        check(
            &["abc", "d"],
            &["ab", "cd"],
            (0.75, 2.0 / 3.0, 12.0 / 17.0),
            (0.5, 1.0 / 3.0, 0.4),
        );
    }

    #[test]
    fn the_largest_cluster_and_the_mixed_ones_are_counted() {
        // Predicted {a..f} mixes five gold clusters; {g, h} is one gold cluster.
        let gold = ["a", "b", "c", "d", "ef", "gh"];
        let predicted = ["abcdef", "gh"];
        let label_of = |clusters: &[&str], item: char| clusters.iter().position(|cluster| cluster.contains(item));
        let scores = score(
            "abcdefgh"
                .chars()
                .map(|i| (label_of(&gold, i), label_of(&predicted, i))),
        );
        assert_eq!(scores.largest, (6, 5));
        assert_eq!(scores.mixed, 1);
    }

    #[test]
    fn no_items_scores_zero() {
        let scores = score(std::iter::empty::<(u8, u8)>());
        assert_eq!(scores.items, 0);
        assert_eq!(scores.bcubed.f1, 0.0);
        assert_eq!(scores.pairwise.f1, 0.0);
    }
}
