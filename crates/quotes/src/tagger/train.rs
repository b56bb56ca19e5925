//! Training the attribution tagger: averaged perceptrons over examples
//! with gold attributions (byte spans into annotated articles), in a fixed
//! order from a fixed seed, so the same examples give the same model bytes.
//!
//! The cue detector learns from every word it would score (near a
//! vocabulary word or a rule cue), with the gold label of the word before;
//! the span tagger learns from each gold cue's sentence, with the rule
//! finder's attributions as features, exactly as [`super::tag`] reads them.

use std::collections::HashMap;

use chorus_model::{Article, Span};

use super::features::{self, Features, Words, CUE_B, CUE_I, CUE_LABELS, CUE_O, MAX_FEATURES};
use super::features::{SPAN_CB, SPAN_CI, SPAN_LABELS, SPAN_O, SPAN_SB, SPAN_SI};
use super::model::{Model, Table};
use super::{best, cue_context, mark_active, tag_spans, transition, window_features, Scratch, Weights};
use crate::direct;
use crate::reported::{self, Found};
use crate::view::View;

/// One gold attribution, in byte spans of the article text (several
/// fragments when discontinuous; empty when absent).
#[derive(Debug, Clone, Default)]
pub struct Gold {
    /// Who.
    pub source: Vec<Span>,
    /// The cue.
    pub cue: Vec<Span>,
    /// What was said.
    pub content: Vec<Span>,
}

/// An article (annotated by the text and entity stages) with its gold
/// attributions.
#[derive(Debug, Clone)]
pub struct Example {
    /// The article.
    pub article: Article,
    /// Its attributions.
    pub gold: Vec<Gold>,
}

/// Training settings.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Passes over the examples.
    pub epochs: usize,
    /// Rows of the cue table, as a power of two (18: fewer hashed
    /// features share a row; 16 left 7,587 cue errors in the last pass
    /// over train, 18 left 6,451).
    pub cue_bits: u32,
    /// Rows of the span table, as a power of two.
    pub span_bits: u32,
    /// A word is in the cue vocabulary when it is part of a gold cue at
    /// least this often…
    pub min_cue_count: usize,
    /// …and in at least this share of its occurrences.
    pub min_cue_rate: f64,
    /// Weights under this share of the largest are dropped.
    pub prune: f64,
    /// Seed of the order of examples in each pass.
    pub seed: u64,
    /// Size of the detector's update when it read a gold cue start as
    /// no cue (1: the plain perceptron; more leans it towards recall).
    /// On PolNeAR dev, with 18 cue bits and all annotators, content-overlap
    /// F1 / all-three exact F1: 1: 0.768 / 0.459, 1.25: 0.768 / 0.463,
    /// 1.5: 0.767 / 0.459; 2 (16 bits, first annotator only) 0.769 / 0.450:
    /// beyond a little, the cues it adds are mostly missed by exact spans.
    pub missed_cue_weight: f32,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            epochs: 8,
            cue_bits: 18,
            span_bits: 16,
            min_cue_count: 2,
            min_cue_rate: 0.04,
            prune: 0.002,
            seed: 0x5eed,
            missed_cue_weight: 1.25,
        }
    }
}

/// Averaged perceptron weights being trained.
struct Averaged {
    bits: u32,
    labels: usize,
    weights: Vec<f32>,
    totals: Vec<f64>,
    stamps: Vec<u32>,
    step: u32,
}

impl Averaged {
    fn new(bits: u32, labels: usize) -> Averaged {
        let size = (1usize << bits) * labels;
        Averaged {
            bits,
            labels,
            weights: vec![0.0; size],
            totals: vec![0.0; size],
            stamps: vec![0; size],
            step: 1,
        }
    }

    fn index(&self, feature: u64, label: usize) -> usize {
        (feature >> (64 - self.bits)) as usize * self.labels + label
    }

    fn update(&mut self, features: &[u64], label: usize, delta: f32) {
        for &feature in features {
            let k = self.index(feature, label);
            self.totals[k] += f64::from(self.step - self.stamps[k]) * f64::from(self.weights[k]);
            self.stamps[k] = self.step;
            self.weights[k] += delta;
        }
    }

    fn averaged(&self) -> Vec<f64> {
        self.weights
            .iter()
            .zip(&self.totals)
            .zip(&self.stamps)
            .map(|((w, total), stamp)| (total + f64::from(self.step - stamp) * f64::from(*w)) / f64::from(self.step))
            .collect()
    }
}

impl Weights for Averaged {
    fn add(&self, features: &[u64], scores: &mut [f32]) {
        for &feature in features {
            let at = self.index(feature, 0);
            for (score, weight) in scores.iter_mut().zip(&self.weights[at..at + self.labels]) {
                *score += *weight;
            }
        }
    }
}

/// One example as the tagger reads it, with gold labels over its words.
pub(super) struct Prepared<'a> {
    pub(super) view: View<'a>,
    pub(super) rules: Vec<Found>,
    pub(super) words: Words,
    /// Gold cue label of each word.
    pub(super) cue_labels: Vec<u8>,
    /// Gold attributions: cue words and the gold span labels of the cue's
    /// sentence.
    pub(super) spans: Vec<(usize, usize, Vec<usize>)>,
}

/// The words of gold fragments, without a colon ending a cue of several
/// words (the colon after a cue is added back when scoring, as PolNeAR
/// writes it).
fn gold_words(view: &View, fragments: &[Span]) -> Vec<usize> {
    let mut indices: Vec<usize> = fragments
        .iter()
        .flat_map(|fragment| features::words_in(view, *fragment))
        .collect();
    indices.sort_unstable();
    indices.dedup();
    indices
}

/// Where the taggers learn a gold cue of words `first..=last` to start:
/// past the auxiliaries and adverbs that open it ("has | also | said",
/// "| repeatedly | denied"), which `edges` takes back into any cue found
/// (`widen_cue_start`), so the detector learns to open the cue at its
/// verb; never past its last word. On PolNeAR dev a retrain scored
/// content-overlap F1 0.802 and all-three exact F1 0.478 against 0.797
/// and 0.479 with the whole cue (three folds of train: 0.771 / 0.432
/// against 0.768 / 0.431; train in-sample 0.833 / 0.492 against 0.832 /
/// 0.493).
fn head_of_cue(view: &View, mut first: usize, last: usize) -> usize {
    while first < last && {
        let word = &view.words[first];
        !word.capitalized && word.quotation.is_none() && crate::edges::is_adverb_or_auxiliary(&word.lower)
    } {
        first += 1;
    }
    first
}

pub(super) fn prepare(example: &Example) -> Prepared<'_> {
    let view = View::new(&example.article);
    let mut rules = reported::find(&view);
    direct::continue_quotes(&view, &mut rules);
    let words = Words::new(&view, &example.article, &rules);
    let mut cue_labels = vec![CUE_O as u8; view.words.len()];
    let mut spans = Vec::new();
    for gold in &example.gold {
        let mut cue = gold_words(&view, &gold.cue);
        if cue.len() > 1 && cue.last().is_some_and(|&last| view.words[last].is(":")) {
            cue.pop();
        }
        let (Some(&first), Some(&last)) = (cue.first(), cue.last()) else {
            continue;
        };
        let first = head_of_cue(&view, first, last);
        let sentence = words.sentence[first] as usize;
        if words.sentence[last] as usize != sentence {
            continue;
        }
        for i in first..=last {
            cue_labels[i] = if i == first { CUE_B } else { CUE_I } as u8;
        }
        let range = view.sentences[sentence].words.clone();
        let source = gold_words(&view, &gold.source);
        let content = gold_words(&view, &gold.content);
        let mut labels = Vec::with_capacity(range.len());
        let mut previous = SPAN_O;
        for i in range {
            let label = if (first..=last).contains(&i) {
                SPAN_O
            } else if source.binary_search(&i).is_ok() {
                if previous == SPAN_SB || previous == SPAN_SI {
                    SPAN_SI
                } else {
                    SPAN_SB
                }
            } else if content.binary_search(&i).is_ok() {
                if previous == SPAN_CB || previous == SPAN_CI {
                    SPAN_CI
                } else {
                    SPAN_CB
                }
            } else {
                SPAN_O
            };
            labels.push(label);
            previous = label;
        }
        spans.push((first, last, labels));
    }
    Prepared {
        view,
        rules,
        words,
        cue_labels,
        spans,
    }
}

/// A fixed pseudo-random order of `n` items for pass `epoch`.
fn order(n: usize, seed: u64, epoch: usize) -> Vec<usize> {
    let mut state = seed ^ (epoch as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut indices: Vec<usize> = (0..n).collect();
    for i in (1..n).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        indices.swap(i, (state % (i as u64 + 1)) as usize);
    }
    indices
}

/// The cue vocabulary: hashes of words and stems (not stopwords) that are
/// part of gold cues often enough.
fn vocabulary(prepared: &[Prepared], settings: &Settings) -> Vec<u64> {
    let mut counts: HashMap<u64, (usize, usize)> = HashMap::new();
    for one in prepared {
        for (i, label) in one.cue_labels.iter().enumerate() {
            // Function words ("to", "has", "of") are reached from the cue
            // word next to them, never scored everywhere.
            if chorus_text::is_stopword(&one.view.words[i].lower, None) {
                continue;
            }
            let in_cue = usize::from(*label != CUE_O as u8);
            for hash in [one.words.lower[i], one.words.stem[i]] {
                let entry = counts.entry(hash).or_default();
                entry.0 += in_cue;
                entry.1 += 1;
            }
        }
    }
    let mut vocabulary: Vec<u64> = counts
        .into_iter()
        .filter(|(_, (cue, total))| {
            *cue >= settings.min_cue_count && *cue as f64 >= settings.min_cue_rate * *total as f64
        })
        .map(|(hash, _)| hash)
        .collect();
    vocabulary.sort_unstable();
    vocabulary
}

/// The cue prefixes: words inside gold cues before a vocabulary word, at
/// least `min_cue_count` times.
fn prefixes(prepared: &[Prepared], vocabulary: &[u64], settings: &Settings) -> Vec<u64> {
    let mut counts: HashMap<u64, usize> = HashMap::new();
    let known = |hash: u64| vocabulary.binary_search(&hash).is_ok();
    for one in prepared {
        for (i, label) in one.cue_labels.iter().enumerate() {
            if *label != CUE_B as u8 || known(one.words.lower[i]) || known(one.words.stem[i]) {
                continue;
            }
            // The words of the cue before its first vocabulary word.
            let mut end = i;
            while end < one.cue_labels.len()
                && end - i < super::MAX_PREFIX
                && (end == i || one.cue_labels[end] == CUE_I as u8)
                && !known(one.words.lower[end])
                && !known(one.words.stem[end])
            {
                end += 1;
            }
            let reaches = end < one.cue_labels.len()
                && one.cue_labels[end] == CUE_I as u8
                && (known(one.words.lower[end]) || known(one.words.stem[end]));
            if reaches {
                for k in i..end {
                    *counts.entry(one.words.lower[k]).or_default() += 1;
                }
            }
        }
    }
    let mut prefixes: Vec<u64> = counts
        .into_iter()
        .filter(|(_, count)| *count >= settings.min_cue_count)
        .map(|(hash, _)| hash)
        .collect();
    prefixes.sort_unstable();
    prefixes
}

/// Train a model on the examples; `progress` hears of each pass.
pub fn train(examples: &[Example], settings: &Settings, mut progress: impl FnMut(&str)) -> Model {
    let prepared: Vec<Prepared> = examples.iter().map(prepare).collect();
    let vocabulary = vocabulary(&prepared, settings);
    let prefixes = prefixes(&prepared, &vocabulary, settings);
    progress(&format!(
        "vocabulary of {} word and stem hashes, {} prefixes",
        vocabulary.len(),
        prefixes.len()
    ));
    let known = Model::new(
        vocabulary.clone(),
        prefixes.clone(),
        Table::zeros(8, 1),
        Table::zeros(8, 1),
    );
    let mut cues = Averaged::new(settings.cue_bits, CUE_LABELS);
    let mut spans = Averaged::new(settings.span_bits, SPAN_LABELS);
    let mut scratch = Scratch::default();
    let mut features: Features = [0; MAX_FEATURES];
    for epoch in 0..settings.epochs {
        let (mut cue_errors, mut cue_decisions, mut span_errors, mut span_sequences) = (0, 0, 0, 0);
        for index in order(prepared.len(), settings.seed, epoch) {
            let one = &prepared[index];
            let (view, words) = (&one.view, &one.words);
            mark_active(
                |i| known.is_cue_word(words.lower[i]) || known.is_cue_word(words.stem[i]),
                |i| known.is_cue_prefix(words.lower[i]),
                words,
                view,
                &mut scratch.active,
            );
            for sentence in &view.sentences {
                let range = sentence.words.clone();
                for i in range.clone() {
                    let previous = if i > range.start {
                        usize::from(one.cue_labels[i - 1])
                    } else {
                        CUE_O
                    };
                    if !scratch.active[i] && previous == CUE_O {
                        continue;
                    }
                    let n = features::cue_features(view, words, range.clone(), i, previous, &mut features);
                    let mut scores = [0f32; CUE_LABELS];
                    cues.add(&features[..n], &mut scores);
                    if previous == CUE_O {
                        scores[CUE_I] = f32::NEG_INFINITY;
                    }
                    let predicted = best(&scores);
                    let gold = usize::from(one.cue_labels[i]);
                    cue_decisions += 1;
                    if predicted != gold {
                        cue_errors += 1;
                        let step = if gold == CUE_B { settings.missed_cue_weight } else { 1.0 };
                        cues.update(&features[..n], gold, step);
                        cues.update(&features[..n], predicted, -step);
                    }
                    cues.step += 1;
                }
            }
            for (first, last, gold) in &one.spans {
                let sentence = words.sentence[*first] as usize;
                let range = view.sentences[sentence].words.clone();
                let context = cue_context(view, words, &one.rules, *first, *last);
                tag_spans(&spans, view, words, range.clone(), &context, &mut scratch);
                span_sequences += 1;
                if scratch.path != *gold {
                    span_errors += 1;
                    let predicted = scratch.path.clone();
                    let (mut gold_previous, mut predicted_previous) = (SPAN_LABELS, SPAN_LABELS);
                    for (offset, (g, p)) in gold.iter().zip(&predicted).enumerate() {
                        if g != p || gold_previous != predicted_previous {
                            spans.update(&[transition(gold_previous)], *g, 1.0);
                            spans.update(&[transition(predicted_previous)], *p, -1.0);
                        }
                        if g != p && !(*first..=*last).contains(&(range.start + offset)) {
                            let mut list = features::List::new(&mut features);
                            window_features::<{ features::SPAN_ALL }>(
                                view,
                                words,
                                range.clone(),
                                &context,
                                &scratch,
                                range.start + offset,
                                &mut list,
                            );
                            spans.update(list.as_slice(), *g, 1.0);
                            spans.update(list.as_slice(), *p, -1.0);
                        }
                        gold_previous = *g;
                        predicted_previous = *p;
                    }
                }
                spans.step += 1;
            }
        }
        progress(&format!(
            "pass {}: cue errors {cue_errors} of {cue_decisions} decisions, span errors {span_errors} of {span_sequences} cues",
            epoch + 1
        ));
    }
    let cue_table = Table::quantise(settings.cue_bits, CUE_LABELS, &cues.averaged(), settings.prune);
    let span_table = Table::quantise(settings.span_bits, SPAN_LABELS, &spans.averaged(), settings.prune);
    Model::new(vocabulary, prefixes, cue_table, span_table)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_gold_cue_is_learned_from_its_verb_past_auxiliaries_and_adverbs() {
        let mut article = Article {
            text: "The mayor has also repeatedly said that the bridge will close. The council has.".to_string(),
            ..Article::default()
        };
        chorus_text::annotate(&mut article);
        let view = View::new(&article);
        let at = |word: &str| {
            view.words
                .iter()
                .position(|w| w.lower == word)
                .expect("the word is there")
        };
        // "has also repeatedly said": the detector learns to open it at "said".
        assert_eq!(head_of_cue(&view, at("has"), at("said")), at("said"));
        // A cue of an auxiliary alone keeps its word.
        let last_has = view
            .words
            .iter()
            .rposition(|w| w.lower == "has")
            .expect("the word is there");
        assert_eq!(head_of_cue(&view, last_has, last_has), last_has);
        // A verb opening the cue stays its start.
        assert_eq!(head_of_cue(&view, at("said"), at("that")), at("said"));
    }
}
