//! Matching predicted spans with gold spans, per article.
//!
//! * **exact**: a prediction matches a gold span with the same fragments
//!   (one-to-one: each gold span matches at most one prediction);
//! * **overlap**: a prediction matches a gold span that shares at least one
//!   character with it; pairs are taken greedily, largest overlap first,
//!   each side used at most once.
//!
//! For whole attributions ("all three"), a prediction matches a gold
//! attribution when each of source, cue and content matches (exactly, or by
//! overlap), an absent part matching only an absent part.

use super::brat::Fragments;

/// Matched, predicted and gold counts, summed over articles.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Predictions matched with a gold item.
    pub matched: usize,
    /// All predictions.
    pub predicted: usize,
    /// All gold items.
    pub gold: usize,
}

impl Counts {
    /// Add another article's counts.
    pub fn add(&mut self, other: Counts) {
        self.matched += other.matched;
        self.predicted += other.predicted;
        self.gold += other.gold;
    }

    /// Share of predictions that match (1 with no prediction).
    pub fn precision(&self) -> f64 {
        if self.predicted == 0 {
            1.0
        } else {
            self.matched as f64 / self.predicted as f64
        }
    }

    /// Share of gold items matched (1 with no gold item).
    pub fn recall(&self) -> f64 {
        if self.gold == 0 {
            1.0
        } else {
            self.matched as f64 / self.gold as f64
        }
    }

    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// Characters two spans share.
pub fn shared(a: &Fragments, b: &Fragments) -> u32 {
    let mut total = 0;
    for &(a_start, a_end) in a {
        for &(b_start, b_end) in b {
            total += a_end.min(b_end).saturating_sub(a_start.max(b_start));
        }
    }
    total
}

/// One-to-one matches of equal spans.
pub fn exact(predicted: &[Fragments], gold: &[Fragments]) -> Counts {
    let mut used = vec![false; gold.len()];
    let mut matched = 0;
    for prediction in predicted {
        if let Some(index) = (0..gold.len()).find(|&i| !used[i] && gold[i] == *prediction) {
            used[index] = true;
            matched += 1;
        }
    }
    Counts {
        matched,
        predicted: predicted.len(),
        gold: gold.len(),
    }
}

/// Greedy one-to-one matches of overlapping spans, largest overlap first.
pub fn overlap(predicted: &[Fragments], gold: &[Fragments]) -> Counts {
    let matched = greedy(predicted.len(), gold.len(), |p, g| {
        let size = shared(&predicted[p], &gold[g]);
        (size > 0).then_some(size)
    });
    Counts {
        matched,
        predicted: predicted.len(),
        gold: gold.len(),
    }
}

/// Source, cue and content of one attribution, each possibly absent.
pub type Triple = [Option<Fragments>; 3];

/// One-to-one matches of attributions whose three parts all match.
pub fn triples(predicted: &[Triple], gold: &[Triple], exact: bool) -> Counts {
    let matched = greedy(predicted.len(), gold.len(), |p, g| {
        let mut total = 0;
        for (a, b) in predicted[p].iter().zip(&gold[g]) {
            match (a, b) {
                (None, None) => {}
                (Some(a), Some(b)) if exact && a == b => total += 1 + shared(a, b),
                (Some(a), Some(b)) if !exact && shared(a, b) > 0 => total += shared(a, b),
                _ => return None,
            }
        }
        Some(total)
    });
    Counts {
        matched,
        predicted: predicted.len(),
        gold: gold.len(),
    }
}

/// The pairs (predicted, gold) of attributions whose contents overlap,
/// one-to-one, largest overlap first: how the overlap scores and the error
/// listing pair them.
pub fn content_pairs(predicted: &[Triple], gold: &[Triple]) -> Vec<(usize, usize)> {
    greedy_pairs(predicted.len(), gold.len(), |p, g| {
        match (&predicted[p][2], &gold[g][2]) {
            (Some(a), Some(b)) => Some(shared(a, b)).filter(|size| *size > 0),
            _ => None,
        }
    })
}

/// Greedy one-to-one matching: `score(p, g)` is `None` for pairs that
/// cannot match; the best-scoring pairs are taken first.
fn greedy(predicted: usize, gold: usize, score: impl Fn(usize, usize) -> Option<u32>) -> usize {
    greedy_pairs(predicted, gold, score).len()
}

/// The pairs (predicted, gold) [`greedy`] matches.
fn greedy_pairs(predicted: usize, gold: usize, score: impl Fn(usize, usize) -> Option<u32>) -> Vec<(usize, usize)> {
    let mut pairs: Vec<(u32, usize, usize)> = Vec::new();
    for p in 0..predicted {
        for g in 0..gold {
            if let Some(value) = score(p, g) {
                pairs.push((value, p, g));
            }
        }
    }
    pairs.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let (mut used_p, mut used_g) = (vec![false; predicted], vec![false; gold]);
    let mut matched = Vec::new();
    for (_, p, g) in pairs {
        if !used_p[p] && !used_g[g] {
            used_p[p] = true;
            used_g[g] = true;
            matched.push((p, g));
        }
    }
    matched
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(pairs: &[(u32, u32)]) -> Fragments {
        pairs.to_vec()
    }

    #[test]
    fn exact_is_one_to_one() {
        let gold = [f(&[(0, 5)]), f(&[(0, 5)]), f(&[(10, 12)])];
        let predicted = [f(&[(0, 5)]), f(&[(10, 13)])];
        let counts = exact(&predicted, &gold);
        assert_eq!(
            counts,
            Counts {
                matched: 1,
                predicted: 2,
                gold: 3
            }
        );
        assert!((counts.precision() - 0.5).abs() < 1e-9);
        assert!((counts.recall() - 1.0 / 3.0).abs() < 1e-9);
    }

    #[test]
    fn overlap_prefers_the_largest_and_uses_each_once() {
        // "ab cdef": the prediction overlaps both gold spans, more the second.
        let gold = [f(&[(0, 2)]), f(&[(3, 7)])];
        let predicted = [f(&[(1, 6)])];
        assert_eq!(overlap(&predicted, &gold).matched, 1);
        // Two predictions each get one gold span, although the first
        // overlaps both.
        let predicted = [f(&[(0, 7)]), f(&[(0, 1)])];
        assert_eq!(overlap(&predicted, &gold).matched, 2);
        // Touching is not overlapping.
        assert_eq!(overlap(&[f(&[(2, 3)])], &gold).matched, 0);
    }

    #[test]
    fn discontinuous_spans() {
        let gold = [f(&[(0, 4), (10, 14)])];
        assert_eq!(exact(&[f(&[(0, 4), (10, 14)])], &gold).matched, 1);
        assert_eq!(exact(&[f(&[(0, 14)])], &gold).matched, 0);
        assert_eq!(shared(&f(&[(0, 14)]), &gold[0]), 8);
    }

    #[test]
    fn all_three() {
        let gold: Vec<Triple> = vec![[Some(f(&[(0, 2)])), Some(f(&[(3, 7)])), Some(f(&[(8, 20)]))]];
        let right: Vec<Triple> = gold.clone();
        let wide: Vec<Triple> = vec![[Some(f(&[(0, 2)])), Some(f(&[(3, 7)])), Some(f(&[(8, 21)]))]];
        let sourceless: Vec<Triple> = vec![[None, Some(f(&[(3, 7)])), Some(f(&[(8, 20)]))]];
        assert_eq!(triples(&right, &gold, true).matched, 1);
        assert_eq!(triples(&wide, &gold, true).matched, 0);
        assert_eq!(triples(&wide, &gold, false).matched, 1);
        assert_eq!(triples(&sourceless, &gold, false).matched, 0);
    }
}
