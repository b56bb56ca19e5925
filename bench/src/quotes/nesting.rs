//! The structure of attributions (`quotes --edges`): gold attributions
//! nested in another's content ("X said that Y claimed Z": PolNeAR marks
//! both the outer and the inner one), contents wrapped around their own
//! attribution ("Hawaii, one of the advisers pointed out, normally does not
//! …": one content in two fragments with the source and cue between), and
//! what chorus gives for each, read through the pairing the scores use
//! (`matching::content_pairs`). It also checks that pairing: how many
//! pairs a maximum one-to-one matching would add to the greedy one, and how
//! many pairs join a prediction to a gold attribution of another cue while
//! the gold attribution of its own cue is paired elsewhere or not at all.

use std::fmt::Write as _;

use super::brat::Fragments;
use super::matching::{self, shared, Triple};
use super::CharOffsets;

/// Counts of one part.
#[derive(Default)]
pub(crate) struct Nesting {
    gold: usize,
    /// (outer, inner) pairs of gold attributions.
    nested_pairs: usize,
    /// Gold attributions nested in at least one other.
    inner: usize,
    /// Of the nested pairs: both paired with a prediction of their own cue,
    /// only the outer, only the inner, neither, and pairs where a gold one
    /// is paired with the prediction of the other's cue.
    both: usize,
    only_outer: usize,
    only_inner: usize,
    neither: usize,
    crossed_in_pair: usize,
    /// Inner gold attributions whose cue some prediction overlaps
    /// (whatever the pairing).
    inner_cue_predicted: usize,
    /// Gold contents in several fragments with their cue in a gap:
    /// reported ones and split quotations (a fragment opening with a
    /// quotation mark).
    wrapped: usize,
    split_quotes: usize,
    /// What the prediction paired with a wrapped reported content gives.
    wrapped_unpaired: usize,
    wrapped_also: usize,
    wrapped_exact: usize,
    wrapped_tail_only: usize,
    wrapped_head_only: usize,
    wrapped_over_cue: usize,
    wrapped_other_cue: usize,
    /// Predicted attributions nested in another prediction's content: all,
    /// those paired with a gold attribution of their cue, those paired with
    /// another gold one, those unpaired; and their outer predictions paired
    /// with a gold one of their cue.
    predicted_inner: usize,
    predicted_inner_own: usize,
    predicted_inner_other: usize,
    predicted_inner_unpaired: usize,
    predicted_outer_own: usize,
    /// Scorer check: pairs of the greedy content pairing, and of a maximum
    /// matching; the same for all three by overlap.
    greedy_content: usize,
    maximum_content: usize,
    greedy_all: usize,
    maximum_all: usize,
    /// Pairs whose prediction's cue misses the gold cue while another gold
    /// attribution with that cue overlaps the prediction's content.
    crossed: usize,
}

fn covers(outer: &Fragments, inner: &Fragments) -> bool {
    let size: u32 = inner.iter().map(|(s, e)| e - s).sum();
    size > 0 && shared(outer, inner) == size
}

fn overlaps(a: &Option<Fragments>, b: &Option<Fragments>) -> bool {
    matches!((a, b), (Some(a), Some(b)) if shared(a, b) > 0)
}

/// Whether `span` lies in a gap of `content` (between its first start and
/// last end, outside its fragments).
fn in_gap(content: &Fragments, span: &Fragments) -> bool {
    let (Some(first), Some(last)) = (content.first(), content.last()) else {
        return false;
    };
    content.len() > 1 && shared(content, span) == 0 && span.iter().all(|&(s, e)| s >= first.1 && e <= last.0 && s < e)
}

impl Nesting {
    /// Count one article's gold and predicted attributions.
    pub fn add(&mut self, text: &str, chars: &CharOffsets, predicted: &[Triple], gold: &[Triple]) {
        self.gold += gold.len();
        let pairs = matching::content_pairs(predicted, gold);
        let mut paired_with: Vec<Option<usize>> = vec![None; gold.len()];
        for &(p, g) in &pairs {
            paired_with[g] = Some(p);
        }
        let own_cue = |g: usize| paired_with[g].is_some_and(|p| overlaps(&predicted[p][1], &gold[g][1]));

        let mut is_inner = vec![false; gold.len()];
        for (o, outer) in gold.iter().enumerate() {
            let Some(content) = &outer[2] else { continue };
            for (i, inner) in gold.iter().enumerate() {
                let Some(cue) = &inner[1] else { continue };
                if i == o || !covers(content, cue) {
                    continue;
                }
                self.nested_pairs += 1;
                is_inner[i] = true;
                match (own_cue(o), own_cue(i)) {
                    (true, true) => self.both += 1,
                    (true, false) => self.only_outer += 1,
                    (false, true) => self.only_inner += 1,
                    (false, false) => self.neither += 1,
                }
                let crossed = |g: usize, other: usize| {
                    paired_with[g].is_some_and(|p| {
                        !overlaps(&predicted[p][1], &gold[g][1]) && overlaps(&predicted[p][1], &gold[other][1])
                    })
                };
                if crossed(o, i) || crossed(i, o) {
                    self.crossed_in_pair += 1;
                }
            }
        }
        for (i, inner) in gold.iter().enumerate() {
            if is_inner[i] {
                self.inner += 1;
                if predicted.iter().any(|p| overlaps(&p[1], &inner[1])) {
                    self.inner_cue_predicted += 1;
                }
            }
        }

        for (g, triple) in gold.iter().enumerate() {
            let (Some(content), Some(cue)) = (&triple[2], &triple[1]) else {
                continue;
            };
            if !in_gap(content, cue) {
                continue;
            }
            let opening = text[chars.byte_of(content[0].0)..].chars().next();
            if opening.is_some_and(chorus_quotes::is_opening_mark) {
                self.split_quotes += 1;
                continue;
            }
            self.wrapped += 1;
            let Some(p) = paired_with[g] else {
                self.wrapped_unpaired += 1;
                continue;
            };
            let Some(found) = &predicted[p][2] else { continue };
            if !overlaps(&predicted[p][1], &triple[1]) {
                self.wrapped_other_cue += 1;
            } else if found == content {
                self.wrapped_exact += 1;
            } else if in_gap(found, cue) {
                self.wrapped_also += 1;
            } else if shared(found, cue) > 0 {
                self.wrapped_over_cue += 1;
            } else if found[0].0 >= cue[0].1 {
                self.wrapped_tail_only += 1;
            } else {
                self.wrapped_head_only += 1;
            }
        }

        let mut gold_of: Vec<Option<usize>> = vec![None; predicted.len()];
        for &(p, g) in &pairs {
            gold_of[p] = Some(g);
        }
        let own_gold = |p: usize| gold_of[p].is_some_and(|g| overlaps(&predicted[p][1], &gold[g][1]));
        for (i, inner) in predicted.iter().enumerate() {
            let Some(cue) = &inner[1] else { continue };
            let Some(o) = (0..predicted.len())
                .find(|&o| o != i && predicted[o][2].as_ref().is_some_and(|content| covers(content, cue)))
            else {
                continue;
            };
            self.predicted_inner += 1;
            match gold_of[i] {
                None => self.predicted_inner_unpaired += 1,
                Some(_) if own_gold(i) => self.predicted_inner_own += 1,
                Some(_) => self.predicted_inner_other += 1,
            }
            if own_gold(o) {
                self.predicted_outer_own += 1;
            }
        }

        self.greedy_content += pairs.len();
        self.maximum_content += maximum_matching(predicted.len(), gold.len(), |p, g| {
            overlaps(&predicted[p][2], &gold[g][2])
        });
        self.greedy_all += matching::triples(predicted, gold, false).matched;
        self.maximum_all += maximum_matching(predicted.len(), gold.len(), |p, g| {
            (0..3).all(|role| match (&predicted[p][role], &gold[g][role]) {
                (None, None) => true,
                (a, b) => overlaps(a, b),
            })
        });
        for &(p, g) in &pairs {
            if !overlaps(&predicted[p][1], &gold[g][1])
                && gold
                    .iter()
                    .any(|other| overlaps(&other[1], &predicted[p][1]) && overlaps(&other[2], &predicted[p][2]))
            {
                self.crossed += 1;
            }
        }
    }

    /// The results of each part as Markdown.
    pub fn render(parts: &[(&str, &Nesting)]) -> String {
        let mut out = String::from(
            "| part | gold | nested (outer, inner) pairs | inner ones | found both | only outer | only inner | neither | \
             a gold one paired with the other's prediction | inner cue predicted at all |\n\
             | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n",
        );
        for (part, n) in parts {
            let _ = writeln!(
                out,
                "| {part} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
                n.gold,
                n.nested_pairs,
                n.inner,
                n.both,
                n.only_outer,
                n.only_inner,
                n.neither,
                n.crossed_in_pair,
                n.inner_cue_predicted
            );
        }
        out.push_str(
            "\n| part | chorus: attributions inside another's content | paired with a gold one of their cue | \
             with another gold one | unpaired | their outer one paired with a gold one of its cue |\n\
             | --- | ---: | ---: | ---: | ---: | ---: |\n",
        );
        for (part, n) in parts {
            let _ = writeln!(
                out,
                "| {part} | {} | {} | {} | {} | {} |",
                n.predicted_inner,
                n.predicted_inner_own,
                n.predicted_inner_other,
                n.predicted_inner_unpaired,
                n.predicted_outer_own
            );
        }
        out.push_str(
            "\n| part | split quotations | wrapped reported contents | chorus: not paired | other cue | exact | \
             wrapped too, other edges | holds source and cue | only the part after the cue | only the part before |\n\
             | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n",
        );
        for (part, n) in parts {
            let _ = writeln!(
                out,
                "| {part} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
                n.split_quotes,
                n.wrapped,
                n.wrapped_unpaired,
                n.wrapped_other_cue,
                n.wrapped_exact,
                n.wrapped_also,
                n.wrapped_over_cue,
                n.wrapped_tail_only,
                n.wrapped_head_only
            );
        }
        out.push_str(
            "\n| part | content pairs, greedy | content pairs, maximum | all three by overlap, greedy | all three by \
             overlap, maximum | pairs with another gold's cue |\n| --- | ---: | ---: | ---: | ---: | ---: |\n",
        );
        for (part, n) in parts {
            let _ = writeln!(
                out,
                "| {part} | {} | {} | {} | {} | {} |",
                n.greedy_content, n.maximum_content, n.greedy_all, n.maximum_all, n.crossed
            );
        }
        out
    }
}

/// The size of a maximum one-to-one matching (augmenting paths).
fn maximum_matching(predicted: usize, gold: usize, edge: impl Fn(usize, usize) -> bool) -> usize {
    let adjacency: Vec<Vec<usize>> = (0..predicted)
        .map(|p| (0..gold).filter(|&g| edge(p, g)).collect())
        .collect();
    let mut owner: Vec<Option<usize>> = vec![None; gold];
    fn augment(p: usize, adjacency: &[Vec<usize>], seen: &mut [bool], owner: &mut [Option<usize>]) -> bool {
        for &g in &adjacency[p] {
            if seen[g] {
                continue;
            }
            seen[g] = true;
            if owner[g].is_none_or(|other| augment(other, adjacency, seen, owner)) {
                owner[g] = Some(p);
                return true;
            }
        }
        false
    }
    let mut matched = 0;
    for p in 0..predicted {
        let mut seen = vec![false; gold];
        if augment(p, &adjacency, &mut seen, &mut owner) {
            matched += 1;
        }
    }
    matched
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maximum_matching_finds_what_greedy_misses() {
        // p0 overlaps g0 and g1, p1 only g0: two pairs at most.
        let edges = [[true, true], [true, false]];
        assert_eq!(maximum_matching(2, 2, |p, g| edges[p][g]), 2);
    }

    #[test]
    fn nested_and_wrapped() {
        // "Ann said Bob claimed it rained." with the inner attribution found
        // only, and a content wrapped around its attribution found after
        // its cue only.
        let text = "Ann said Bob claimed it rained. Rain, Ann said, fell.";
        let chars = CharOffsets::new(text);
        let f = |s: u32, e: u32| Some(vec![(s, e)]);
        let gold: Vec<Triple> = vec![
            [f(0, 3), f(4, 8), f(9, 30)],
            [f(9, 12), f(13, 20), f(21, 30)],
            [f(37, 40), f(41, 45), Some(vec![(32, 36), (47, 52)])],
        ];
        let predicted: Vec<Triple> = vec![[f(9, 12), f(13, 20), f(21, 30)], [f(37, 40), f(41, 45), f(47, 52)]];
        let mut nesting = Nesting::default();
        nesting.add(text, &chars, &predicted, &gold);
        // The inner prediction overlaps both gold contents by as much: the
        // pairing takes the first gold one, the outer, so neither counts as
        // found and the pair is crossed.
        assert_eq!((nesting.nested_pairs, nesting.inner, nesting.neither), (1, 1, 1));
        assert_eq!(nesting.crossed_in_pair, 1);
        assert_eq!((nesting.wrapped, nesting.wrapped_tail_only), (1, 1));
        assert_eq!(nesting.maximum_content, 2);
    }
}
