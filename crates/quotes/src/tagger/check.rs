//! How the trained cue detector reads annotated articles, for error
//! analysis (`chorus-bench quotes --refusals`): its B/I/O decisions
//! against the gold labels, what became of each gold cue (found with the
//! same words, found with other bounds, refused under the cue margin,
//! never scored), the margins it gave, and how often the word of each gold
//! cue is a cue elsewhere in the training articles (label ambiguity).
//! Nothing here changes what the tagger finds.

use std::collections::HashMap;

use super::features::{CUE_B, CUE_I, CUE_O};
use super::train::{prepare, Example, Prepared};
use super::{detect_cues, mark_active, Model, Scratch, MIN_CUE_MARGIN};

/// How often a word is part of a gold cue in the training articles.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Usage {
    /// Occurrences inside a gold cue.
    pub in_cue: usize,
    /// All occurrences.
    pub total: usize,
}

/// What became of one gold cue in the detector.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueOutcome {
    /// A detected cue has exactly the gold cue's words.
    Exact,
    /// A detected cue overlaps it with other bounds.
    Bounds,
    /// A word of it was scored and none opened a cue (under the margin).
    Refused,
    /// No word of it was scored (out of the detector's vocabulary).
    Unscored,
}

/// One gold cue as the detector saw it.
#[derive(Debug, Clone)]
pub struct GoldCue {
    /// Its words, lower-case, joined by a space.
    pub text: String,
    /// Number of words.
    pub words: usize,
    /// What became of it.
    pub outcome: CueOutcome,
    /// The best margin the detector gave a word of it (none when unscored).
    pub margin: Option<f32>,
    /// Whether the rules proposed a cue over one of its words.
    pub by_rules: bool,
    /// Its head word (the first that is not a stopword) in train: by form,
    /// and by stem (`-s`, `-ed`, `-ing` removed); this occurrence left out
    /// when the articles are train's own.
    pub form_usage: Usage,
    /// See `form_usage`.
    pub stem_usage: Usage,
}

/// The detector's reading of a set of articles.
#[derive(Debug, Clone, Default)]
pub struct DetectorCheck {
    /// Gold label (O, B, I) by predicted label, over the words the
    /// detector scores (cue vocabulary, rule cues and their prefixes) and
    /// every word of a gold or detected cue.
    pub confusion: [[usize; 3]; 3],
    /// Every gold cue (within one sentence) of the articles.
    pub gold: Vec<GoldCue>,
    /// Margins of the scored words that start no gold cue.
    pub other_margins: Vec<f32>,
    /// The detector's cue margin (see `MIN_CUE_MARGIN`).
    pub cue_margin: f32,
}

/// Word usage counts of the training articles, by form and stem hash.
struct Counts {
    form: HashMap<u64, Usage>,
    stem: HashMap<u64, Usage>,
}

fn counts(train: &[Prepared]) -> Counts {
    let mut counts = Counts {
        form: HashMap::new(),
        stem: HashMap::new(),
    };
    for one in train {
        for (i, label) in one.cue_labels.iter().enumerate() {
            let in_cue = usize::from(usize::from(*label) != CUE_O);
            for (table, hash) in [
                (&mut counts.form, one.words.lower[i]),
                (&mut counts.stem, one.words.stem[i]),
            ] {
                let usage = table.entry(hash).or_default();
                usage.in_cue += in_cue;
                usage.total += 1;
            }
        }
    }
    counts
}

/// Check `model`'s cue detector on `examples`, with word usage counted on
/// `train` (`in_sample`: the examples are train's, so each gold cue's own
/// occurrence is left out of its counts).
pub fn check_detector(model: &Model, train: &[Example], examples: &[Example], in_sample: bool) -> DetectorCheck {
    let train: Vec<Prepared> = train.iter().map(prepare).collect();
    let counts = counts(&train);
    drop(train);
    let mut check = DetectorCheck {
        cue_margin: MIN_CUE_MARGIN,
        ..DetectorCheck::default()
    };
    let mut scratch = Scratch::default();
    for example in examples {
        let one = prepare(example);
        let (view, words) = (&one.view, &one.words);
        mark_active(
            |i| model.is_cue_word(words.lower[i]) || model.is_cue_word(words.stem[i]),
            |i| model.is_cue_prefix(words.lower[i]),
            words,
            view,
            &mut scratch.active,
        );
        let (mut cues, mut margins) = (Vec::new(), Vec::new());
        for sentence in &view.sentences {
            detect_cues(
                &model.cues,
                view,
                words,
                sentence.words.clone(),
                &scratch.active,
                &mut cues,
                &mut margins,
            );
        }
        let mut predicted = vec![CUE_O; view.words.len()];
        for &(first, last) in &cues {
            predicted[first] = CUE_B;
            for label in &mut predicted[first + 1..=last] {
                *label = CUE_I;
            }
        }
        for i in 0..view.words.len() {
            let gold = usize::from(one.cue_labels[i]);
            if scratch.active[i] || gold != CUE_O || predicted[i] != CUE_O {
                check.confusion[gold][predicted[i]] += 1;
            }
        }
        let margin_at = |i: usize| {
            margins
                .binary_search_by_key(&i, |(at, _)| *at)
                .ok()
                .map(|at| margins[at].1)
        };
        for &(i, margin) in &margins {
            if usize::from(one.cue_labels[i]) != CUE_B {
                check.other_margins.push(margin);
            }
        }
        for (first, last, _) in &one.spans {
            let (first, last) = (*first, *last);
            let outcome = if cues.contains(&(first, last)) {
                CueOutcome::Exact
            } else if cues.iter().any(|&(a, b)| a <= last && first <= b) {
                CueOutcome::Bounds
            } else if (first..=last).any(|i| margin_at(i).is_some()) {
                CueOutcome::Refused
            } else {
                CueOutcome::Unscored
            };
            let margin = (first..=last).filter_map(margin_at).max_by(f32::total_cmp);
            let head = (first..=last)
                .find(|&i| !chorus_text::is_stopword(&view.words[i].lower, None))
                .unwrap_or(first);
            let usage = |table: &HashMap<u64, Usage>, hash: u64| {
                let mut usage = table.get(&hash).copied().unwrap_or_default();
                if in_sample {
                    usage.in_cue = usage.in_cue.saturating_sub(1);
                    usage.total = usage.total.saturating_sub(1);
                }
                usage
            };
            check.gold.push(GoldCue {
                text: (first..=last)
                    .map(|i| view.words[i].lower.as_ref())
                    .collect::<Vec<&str>>()
                    .join(" "),
                words: last + 1 - first,
                outcome,
                margin,
                by_rules: (first..=last).any(|i| words.rule_cue[i] != 0),
                form_usage: usage(&counts.form, words.lower[head]),
                stem_usage: usage(&counts.stem, words.stem[head]),
            });
        }
    }
    check
}

#[cfg(test)]
mod tests {
    use chorus_model::{Article, Span};

    use super::*;
    use crate::tagger::train::Gold;

    fn example(text: &str, cues: &[&str]) -> Example {
        let mut article = Article {
            text: text.to_string(),
            ..Article::default()
        };
        chorus_text::annotate(&mut article);
        let gold = cues
            .iter()
            .map(|cue| {
                let start = text.find(cue).expect("cue in text");
                Gold {
                    cue: vec![Span::new(start, start + cue.len())],
                    ..Gold::default()
                }
            })
            .collect();
        Example { article, gold }
    }

    #[test]
    fn a_cue_said_is_found_and_counted_as_a_cue_of_train() {
        let Some(model) = crate::shipped_model() else { return };
        let train = [
            example("Smith said the plan works. The plan works well.", &["said"]),
            example("Jones said it failed.", &["said"]),
        ];
        let dev = [example("Brown said the vote was close.", &["said"])];
        let check = check_detector(model, &train, &dev, false);
        assert_eq!(check.gold.len(), 1);
        let said = &check.gold[0];
        assert_eq!(said.text, "said");
        assert_eq!(said.outcome, CueOutcome::Exact);
        assert!(said.margin.is_some_and(|margin| margin >= check.cue_margin));
        assert_eq!(said.form_usage, Usage { in_cue: 2, total: 2 });
        // In sample, the cue's own occurrence is left out.
        let own = check_detector(model, &train, &train[1..], true);
        assert_eq!(own.gold[0].form_usage, Usage { in_cue: 1, total: 1 });
        assert_eq!(own.confusion[CUE_B][CUE_B], 1);
    }
}
