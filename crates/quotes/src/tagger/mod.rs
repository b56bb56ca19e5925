//! The statistical attribution tagger, trained on PolNeAR by the project's
//! own command (`cargo run --release -p chorus-bench -- train-quotes`) and
//! shipped as `model/attribution.bin` in this crate.
//!
//! Two stages, both averaged perceptrons over hashed features (see
//! [`features`]):
//!
//! 1. a cue detector labels words B/I/O, greedily left to right, but only
//!    near words of its cue vocabulary or cues of the rule finder (most
//!    words are never scored);
//! 2. for each cue, a structured perceptron labels the words of the cue's
//!    sentence as source or content (B/I/O, Viterbi decoding), with
//!    features relative to the cue and the rule finder's opinion of it.
//!
//! The span tagger also labels the sentences of the rules' cues: where
//! its content and the rules' do not overlap, its attribution replaces
//! theirs; elsewhere the rules' stand, and the tagger adds the
//! attributions whose cue the rules do not know (see [`combine`]).

pub mod check;
pub mod clusters;
mod features;
mod model;
pub mod train;

use std::sync::OnceLock;

use chorus_model::{Article, Span};

use crate::reported::{words_span, Found};
use crate::source::Phrase;
use crate::trace::{Candidate, Fate};
use crate::view::View;
use features::{
    cue_features, span_features, CueContext, Features, List, Sink, Words, CUE_B, CUE_I, CUE_LABELS, CUE_O,
    MAX_FEATURES, SPAN_ALL, SPAN_CB, SPAN_CI, SPAN_CUE, SPAN_LABELS, SPAN_O, SPAN_SB, SPAN_SI, SPAN_WORD,
};
pub use model::Model;
use model::{SpanTable, Table};

/// The model shipped with the crate (empty when none was trained yet).
static SHIPPED_BYTES: &[u8] = include_bytes!("../../model/attribution.bin");

/// The shipped model, read once; `None` when the file is empty or bad
/// (the rules then work alone).
pub(crate) fn shipped() -> Option<&'static Model> {
    static SHIPPED: OnceLock<Option<Model>> = OnceLock::new();
    SHIPPED
        .get_or_init(|| {
            if SHIPPED_BYTES.is_empty() {
                return None;
            }
            match Model::from_bytes(SHIPPED_BYTES) {
                Ok(model) => Some(model),
                Err(reason) => {
                    eprintln!("chorus-quotes: the shipped model model/attribution.bin is unusable: {reason}");
                    None
                }
            }
        })
        .as_ref()
}

/// Most words of a cue before its cue word ("has also said").
const MAX_PREFIX: usize = 3;

/// Scores of labels given features: the trained tables and the weights
/// being trained.
pub(crate) trait Weights {
    /// Add the weights of `features` to `scores`.
    fn add(&self, features: &[u64], scores: &mut [f32]);

    /// The span scores of word `i` (outside the cue) of `range` for one
    /// cue, once [`tag_spans`] has counted what lies between (see
    /// [`window_features`]): the weights of all its span features.
    fn span_scores(
        &self,
        view: &View,
        words: &Words,
        range: std::ops::Range<usize>,
        cue: &CueContext,
        scratch: &mut Scratch,
        i: usize,
    ) -> [f32; SPAN_LABELS] {
        all_span_scores(self, view, words, range, cue, scratch, i)
    }
}

/// The span scores of word `i` for one cue, every feature's weight added
/// at once (see [`Weights::span_scores`]).
fn all_span_scores(
    weights: &(impl Weights + ?Sized),
    view: &View,
    words: &Words,
    range: std::ops::Range<usize>,
    cue: &CueContext,
    scratch: &Scratch,
    i: usize,
) -> [f32; SPAN_LABELS] {
    let mut features: Features = [0; MAX_FEATURES];
    let mut list = List::new(&mut features);
    window_features::<SPAN_ALL>(view, words, range, cue, scratch, i, &mut list);
    let mut scores = [0f32; SPAN_LABELS];
    weights.add(list.as_slice(), &mut scores);
    scores
}

impl Weights for Table {
    fn add(&self, features: &[u64], scores: &mut [f32]) {
        self.score(features, scores);
    }
}

impl Weights for SpanTable {
    fn add(&self, features: &[u64], scores: &mut [f32]) {
        self.table.score(features, scores);
    }

    /// The same scores as summing all the span features, but the weights
    /// of the features that depend only on the word and its side of the
    /// cue are summed once per sentence (kept in `scratch`), and those of
    /// the small features once per model ([`SpanTable::add_small`]), so
    /// each cue of a sentence looks up only the rest of its own features;
    /// the weights being integers, the sums are exact in any grouping.
    fn span_scores(
        &self,
        view: &View,
        words: &Words,
        range: std::ops::Range<usize>,
        cue: &CueContext,
        scratch: &mut Scratch,
        i: usize,
    ) -> [f32; SPAN_LABELS] {
        let Some(mut summed) = self.table.summed([0i32; SPAN_STRIDE]) else {
            return all_span_scores(self, view, words, range, cue, scratch, i);
        };
        let side = usize::from(i > cue.last);
        let j = i - range.start;
        if scratch.word_known[j] & (1 << side) == 0 {
            window_features::<SPAN_WORD>(view, words, range.clone(), cue, scratch, i, &mut summed);
            scratch.word_sums[j][side] = summed.sums;
            scratch.word_known[j] |= 1 << side;
        }
        summed.sums = scratch.word_sums[j][side];
        let codes = window_features::<SPAN_CUE>(view, words, range.clone(), cue, scratch, i, &mut summed);
        if !self.add_small(&codes, &mut summed.sums) {
            return all_span_scores(self, view, words, range, cue, scratch, i);
        }
        let mut scores = [0f32; SPAN_LABELS];
        for (score, sum) in scores.iter_mut().zip(summed.sums) {
            *score = sum as f32;
        }
        scores
    }
}

/// The span weights of a table row in memory: the labels and their
/// padding (see [`Table`]).
const SPAN_STRIDE: usize = SPAN_LABELS.next_power_of_two();

/// Buffers reused over the cues of an article (one article: the word sums
/// of a sentence are known by its word range).
#[derive(Default)]
pub(crate) struct Scratch {
    emissions: Vec<[f32; SPAN_LABELS]>,
    back: Vec<[u8; SPAN_LABELS]>,
    commas: Vec<u16>,
    marks: Vec<u16>,
    others: Vec<u16>,
    thats: Vec<u16>,
    pub path: Vec<usize>,
    pub active: Vec<bool>,
    /// The sentence (word range) whose word sums are kept below.
    sums_for: std::ops::Range<usize>,
    /// Per word of that sentence, the span weights of its cue-independent
    /// features before a cue and after one (see [`Weights::span_scores`]),
    /// and which of the two are summed yet (bit 0 before, bit 1 after).
    word_sums: Vec<[[i32; SPAN_STRIDE]; 2]>,
    word_known: Vec<u8>,
}

impl Scratch {
    /// Keep the word sums of sentence `range` (a scratch serves one
    /// article: the sums are kept while the same sentence is tagged again).
    fn sums_for_sentence(&mut self, range: std::ops::Range<usize>) {
        if self.sums_for != range {
            self.word_known.clear();
            self.word_known.resize(range.len(), 0);
            self.word_sums.resize(range.len(), [[0; SPAN_STRIDE]; 2]);
            self.sums_for = range;
        }
    }
}

/// Which words may start a cue: cue words (of the vocabulary or of the
/// rules) and the prefix words right before them. Words after a cue word
/// are scored as they come (see [`detect_cues`]).
pub(crate) fn mark_active(
    is_cue_word: impl Fn(usize) -> bool,
    is_prefix: impl Fn(usize) -> bool,
    words: &Words,
    view: &View,
    active: &mut Vec<bool>,
) {
    active.clear();
    active.resize(view.words.len(), false);
    for sentence in &view.sentences {
        for i in sentence.words.clone() {
            if words.rule_cue[i] != 0 || is_cue_word(i) {
                active[i] = true;
                let mut k = i;
                while k > sentence.words.start && i - k < MAX_PREFIX && is_prefix(k - 1) {
                    k -= 1;
                    active[k] = true;
                }
            }
        }
    }
}

/// How far a new cue's score must lead the score of "no cue" for the
/// tagger to open one; negative, a cue word scored a little under "no
/// cue" still opens one, which [`SURE_CUE_MARGIN`] then guards. Chosen on
/// PolNeAR dev with the shipped model (its weights' scale follows from the
/// trainer's settings; dev content-overlap F1 / all-three exact F1, with
/// the guard): 6,000 (no weak cues, the margin before): 0.757 / 0.446,
/// -7,500: 0.767 / 0.447, -10,000: 0.770 / 0.446, -15,000: 0.772 / 0.444,
/// -20,000: 0.771 / 0.442. Without the guard, -10,000 gave 0.773 / 0.440.
pub(crate) const MIN_CUE_MARGIN: f32 = -10_000.0;

/// A cue the rules do not know whose score leads "no cue" by less than
/// this is weak: it stands only with a source that names someone (an
/// entity or a pronoun), the usual subject of an attribution. A weak cue
/// with no source, or one such as "A man touches the remains" (a photo
/// caption), is more often an action than a statement (dev, margin
/// -10,000: no guard 0.773 / 0.440, a source 0.769 / 0.446, a source
/// naming someone 0.770 / 0.446).
const SURE_CUE_MARGIN: f32 = 6_000.0;

/// The cues of a sentence (first and last word), greedily; `margins`
/// gets, for each word scored as a possible cue start, by how much its
/// cue score led its no-cue score.
pub(crate) fn detect_cues(
    weights: &impl Weights,
    view: &View,
    words: &Words,
    range: std::ops::Range<usize>,
    active: &[bool],
    cues: &mut Vec<(usize, usize)>,
    margins: &mut Vec<(usize, f32)>,
) {
    let mut features: Features = [0; MAX_FEATURES];
    let mut previous = CUE_O;
    let mut open: Option<usize> = None;
    for i in range.clone() {
        let label = if active[i] || previous != CUE_O {
            let n = cue_features(view, words, range.clone(), i, previous, &mut features);
            let mut scores = [0f32; CUE_LABELS];
            weights.add(&features[..n], &mut scores);
            if previous == CUE_O {
                scores[CUE_I] = f32::NEG_INFINITY;
                margins.push((i, scores[CUE_B] - scores[CUE_O]));
            }
            if previous == CUE_O {
                if scores[CUE_B] - scores[CUE_O] < MIN_CUE_MARGIN {
                    CUE_O
                } else {
                    CUE_B
                }
            } else {
                best(&scores)
            }
        } else {
            CUE_O
        };
        if label != CUE_I {
            if let Some(first) = open.take() {
                cues.push((first, i - 1));
            }
        }
        if label == CUE_B {
            open = Some(i);
        }
        previous = label;
    }
    if let Some(first) = open {
        cues.push((first, range.end - 1));
    }
}

/// The index of the largest score (the first on ties).
pub(crate) fn best(scores: &[f32]) -> usize {
    let mut best = 0;
    for (index, score) in scores.iter().enumerate() {
        if *score > scores[best] {
            best = index;
        }
    }
    best
}

/// Whether label `to` may follow label `from` (`SPAN_LABELS` is the start).
pub(crate) fn allowed(from: usize, to: usize) -> bool {
    match to {
        SPAN_SI => from == SPAN_SB || from == SPAN_SI,
        SPAN_CI => from == SPAN_CB || from == SPAN_CI,
        _ => true,
    }
}

/// The transition feature of a previous label.
pub(crate) fn transition(from: usize) -> u64 {
    features::mix(200, from as u64)
}

/// The source and content labels of the words of `range` for one cue, by
/// Viterbi; the path is left in `scratch.path` (one label per word of the
/// range).
pub(crate) fn tag_spans(
    weights: &impl Weights,
    view: &View,
    words: &Words,
    range: std::ops::Range<usize>,
    cue: &CueContext,
    scratch: &mut Scratch,
) {
    let n = range.len();
    scratch.path.clear();
    if n == 0 {
        return;
    }
    // Commas and quotation marks between the cue and each word.
    scratch.commas.clear();
    scratch.marks.clear();
    scratch.others.clear();
    scratch.thats.clear();
    let (mut commas, mut marks, mut others, mut thats) = (0u16, 0u16, 0u16, 0u16);
    for i in range.clone() {
        let between = words.between[i];
        commas += u16::from(between & features::BETWEEN_COMMA != 0);
        marks += u16::from(between & features::BETWEEN_MARK != 0);
        others += u16::from(words.rule_cue[i] & features::RULE_CUE_FIRST != 0 && (i < cue.first || i > cue.last));
        thats += u16::from(between & features::BETWEEN_THAT != 0);
        scratch.commas.push(commas);
        scratch.marks.push(marks);
        scratch.others.push(others);
        scratch.thats.push(thats);
    }
    let (first, last) = (cue.first - range.start, cue.last - range.start);
    let mut transitions = [[0f32; SPAN_LABELS]; SPAN_LABELS + 1];
    for (from, row) in transitions.iter_mut().enumerate() {
        weights.add(&[transition(from)], row);
    }
    scratch.emissions.clear();
    scratch.sums_for_sentence(range.clone());
    for j in 0..n {
        let scores = if j < first || j > last {
            weights.span_scores(view, words, range.clone(), cue, scratch, range.start + j)
        } else {
            // The cue's own words are outside both spans.
            let mut scores = [f32::NEG_INFINITY; SPAN_LABELS];
            scores[SPAN_O] = 0.0;
            scores
        };
        scratch.emissions.push(scores);
    }
    // Viterbi.
    scratch.back.clear();
    let mut current = [f32::NEG_INFINITY; SPAN_LABELS];
    for (to, slot) in current.iter_mut().enumerate() {
        if allowed(SPAN_LABELS, to) {
            *slot = scratch.emissions[0][to] + transitions[SPAN_LABELS][to];
        }
    }
    scratch.back.push([0; SPAN_LABELS]);
    for j in 1..n {
        let mut next = [f32::NEG_INFINITY; SPAN_LABELS];
        let mut back = [0u8; SPAN_LABELS];
        for to in 0..SPAN_LABELS {
            for from in 0..SPAN_LABELS {
                if !allowed(from, to) {
                    continue;
                }
                let score = current[from] + transitions[from][to];
                if score > next[to] {
                    next[to] = score;
                    back[to] = from as u8;
                }
            }
            next[to] += scratch.emissions[j][to];
        }
        scratch.back.push(back);
        current = next;
    }
    let mut label = best(&current);
    scratch.path.resize(n, SPAN_O);
    for j in (0..n).rev() {
        scratch.path[j] = label;
        label = usize::from(scratch.back[j][label]);
    }
}

/// The span features of `PART` (see [`features::SPAN_ALL`]) of word `i`
/// of `range` for one cue, into `out`, once [`tag_spans`] has counted the
/// commas and marks of the range.
#[inline(always)]
pub(crate) fn window_features<const PART: u8>(
    view: &View,
    words: &Words,
    range: std::ops::Range<usize>,
    cue: &CueContext,
    scratch: &Scratch,
    i: usize,
    out: &mut impl Sink,
) -> features::SpanCodes {
    let (first, last, j) = (cue.first - range.start, cue.last - range.start, i - range.start);
    let between = |counts: &[u16]| -> usize {
        if j < first {
            usize::from(counts[first.saturating_sub(1)] - counts[j])
        } else if j > last {
            usize::from(counts[j.saturating_sub(1)] - counts[last])
        } else {
            0
        }
    };
    let between = features::Between {
        commas: between(&scratch.commas),
        marks: between(&scratch.marks) > 0,
        cues: between(&scratch.others),
        thats: between(&scratch.thats),
    };
    span_features::<PART>(view, words, range, cue, i, &between, out)
}

/// The rule attribution whose cue overlaps words `first..=last`.
fn rule_for<'r>(view: &View, rules: &'r [Found], first: usize, last: usize) -> Option<&'r Found> {
    let (start, end) = (view.words[first].span.start, view.words[last].span.end);
    rules.iter().find(|rule| rule.cue.start < end && start < rule.cue.end)
}

/// The cue context of words `first..=last`.
pub(crate) fn cue_context<'r>(
    view: &View,
    words: &Words,
    rules: &'r [Found],
    first: usize,
    last: usize,
) -> CueContext<'r> {
    let rule = rule_for(view, rules, first, last);
    CueContext {
        first,
        last,
        head: words.stem[last],
        rule,
        rule_source: rule
            .and_then(|found| found.source)
            .map(|phrase| (phrase.first, phrase.last)),
    }
}

/// The attributions the model finds in an article, given the rule
/// finder's; with a `trace`, what became of every cue it considered and
/// dropped (see [`crate::trace`]).
pub(crate) fn tag(
    model: &Model,
    view: &View,
    article: &Article,
    rules: &[Found],
    mut trace: Option<&mut Vec<Candidate>>,
) -> Vec<Found> {
    let words = Words::new(view, article, rules);
    let mut scratch = Scratch::default();
    mark_active(
        |i| model.is_cue_word(words.lower[i]) || model.is_cue_word(words.stem[i]),
        |i| model.is_cue_prefix(words.lower[i]),
        &words,
        view,
        &mut scratch.active,
    );
    let mut cues = Vec::new();
    let mut margins = Vec::new();
    for sentence in &view.sentences {
        detect_cues(
            &model.cues,
            view,
            &words,
            sentence.words.clone(),
            &scratch.active,
            &mut cues,
            &mut margins,
        );
    }
    // The margins are in word order: one look-up per cue.
    let margin_at = |first: usize| {
        margins
            .binary_search_by_key(&first, |(i, _)| *i)
            .ok()
            .map(|at| margins[at].1)
    };
    if let Some(trace) = trace.as_deref_mut() {
        for &(i, margin) in &margins {
            if !cues.iter().any(|&(first, _)| first == i) {
                trace.push(Candidate {
                    cue: view.words[i].span,
                    by_rules: words.rule_cue[i] != 0,
                    margin: Some(margin),
                    fate: Fate::NotACue,
                    parts: Vec::new(),
                });
            }
        }
    }
    // The rules' cues are tagged too, with the detector's bounds where it
    // found the same cue (see [`combine`] for which spans stand).
    for rule in rules {
        let inside = features::words_in(view, rule.cue);
        if inside.is_empty() {
            continue;
        }
        let (first, last) = (inside.start, inside.end - 1);
        if !cues.iter().any(|&(a, b)| a <= last && first <= b) {
            cues.push((first, last));
        }
    }
    cues.sort_unstable();
    let mut found = Vec::with_capacity(cues.len());
    for (first, last) in cues {
        let ruled = rule_for(view, rules, first, last).is_some();
        let read = if !ruled && !plausible_cue(view, first, last) {
            Err(Fate::NotPlausible)
        } else {
            let sentence = words.sentence[first] as usize;
            let range = view.sentences[sentence].words.clone();
            let context = cue_context(view, &words, rules, first, last);
            tag_spans(&model.spans, view, &words, range.clone(), &context, &mut scratch);
            read_path(view, range.start, &scratch.path, first, last, sentence, ruled).and_then(|one| {
                let weak = !ruled && margin_at(first).is_some_and(|margin| margin < SURE_CUE_MARGIN);
                let names_someone = one
                    .source
                    .is_some_and(|phrase| (phrase.first..=phrase.last).any(|i| words.names_someone(i)));
                if weak && (!names_someone || is_passive(view, first, last)) {
                    Err(Fate::WeakCueWithoutSpeaker)
                } else {
                    Ok(one)
                }
            })
        };
        match read {
            Ok(one) => found.push(one),
            Err(fate) => {
                if let Some(trace) = trace.as_deref_mut() {
                    trace.push(Candidate {
                        cue: words_span(view, first, last),
                        by_rules: ruled,
                        margin: margin_at(first),
                        fate,
                        parts: Vec::new(),
                    });
                }
            }
        }
    }
    found
}

/// Whether the words `first..=last` of a cue are a passive ("were
/// threatened"): a form of "be" and a participle after it. Its subject
/// is who the act was done to, not who spoke.
fn is_passive(view: &View, first: usize, last: usize) -> bool {
    (first..last).any(|i| {
        matches!(
            view.words[i].lower.as_ref(),
            "is" | "are" | "was" | "were" | "be" | "been" | "being"
        ) && view.words[i + 1..=last]
            .iter()
            .any(|word| word.lower.ends_with("ed") || word.lower.ends_with("en"))
    })
}

/// Fewest words of an unquoted content the tagger reports for a cue the
/// rules do not know (dev content-overlap F1 with the cluster features:
/// 4 words 0.748, 3 words 0.751, 2 words 0.751 with lower precision;
/// all-three exact F1 0.432, 0.432, 0.431).
const MIN_CONTENT_WORDS: usize = 3;

/// Words that make the next word a noun ("his claims", "the decision").
const DETERMINERS: &[&str] = &[
    "his", "her", "their", "its", "our", "my", "your", "the", "a", "an", "this", "these",
];

/// Whether a cue the rules do not know may open an attribution here: a
/// noun cue after a determiner ("His claims were never checked") takes
/// its content from "that", "of", a colon or a quotation after it, never
/// from the verb that follows.
fn plausible_cue(view: &View, first: usize, last: usize) -> bool {
    let after_determiner = first > 0 && DETERMINERS.contains(&view.words[first - 1].lower.as_ref());
    let one_word_after_owner = first == last && after_other_or_possessive(view, first);
    !after_determiner && !one_word_after_owner || noun_takes_content(view, first)
}

/// Whether the word at `first` stands right after "other" or a
/// possessive ("The other suspect, …", "the suspect's lawyer"): a noun
/// there, never a verb. "he's", "that's" and the like are "is", not
/// possessives; "another" is left out, as it is often a subject of its
/// own ("another says there are about 1,800": PolNeAR train).
fn after_other_or_possessive(view: &View, first: usize) -> bool {
    let Some(before) = first.checked_sub(1).map(|at| view.words[at].lower.as_ref()) else {
        return false;
    };
    let owner = before.strip_suffix("'s").or_else(|| before.strip_suffix("’s"));
    let contraction = owner.is_some_and(|owner| {
        matches!(
            owner,
            "he" | "she" | "it" | "that" | "there" | "who" | "what" | "let" | "here" | "where"
        )
    });
    matches!(before, "other" | "'s" | "’s")
        || !contraction && (owner.is_some() || before.ends_with("s'") || before.ends_with("s’"))
}

/// Whether a cue of one word, found by the rules or the tagger, is a
/// noun after "other" or a possessive read as a verb ("The other suspect
/// …", "Morgan's loved ones"): it stands only as a noun of saying with
/// its content after it ("Trump's claim that …"). A cue of several words
/// there is PolNeAR's noun cue ("Rubio's response was", "Trump's public
/// stance on": 23 such cues of train's gold were lost when they counted).
pub(crate) fn noun_read_as_verb(view: &View, cue: chorus_model::Span) -> bool {
    let first = view.words.partition_point(|word| word.span.start < cue.start);
    first < view.words.len()
        && view.words[first].span.end >= cue.end
        && after_other_or_possessive(view, first)
        && !crate::cues::lookup(&view.words[first].lower)
            .iter()
            .any(|entry| entry.frame == crate::cues::Frame::Noun)
        && !noun_takes_content(view, first)
}

/// Whether a noun cue at `first` takes its content from "that", "of", a
/// colon or a quotation right after it.
fn noun_takes_content(view: &View, first: usize) -> bool {
    let next = view
        .words
        .iter()
        .skip(first + 1)
        .take(3)
        .find(|word| word.is_wordlike() || word.quotation.is_some());
    next.is_some_and(|word| {
        matches!(
            word.lower.as_ref(),
            "that" | "of" | "about" | "on" | "to" | "for" | "against" | "over"
        ) || word.quotation.is_some()
    }) || view.words.get(first + 1).is_some_and(|word| word.is(":"))
}

/// An attribution from a label path over the words from `start`: the
/// first source run and every content run; none without content, nor, for
/// a cue the rules do not know (`ruled` false), with a content of a few
/// words outside quotation marks (the error names the filter that dropped
/// it).
fn read_path(
    view: &View,
    start: usize,
    path: &[usize],
    first: usize,
    last: usize,
    sentence: usize,
    ruled: bool,
) -> Result<Found, Fate> {
    let mut source: Option<Phrase> = None;
    let mut parts = Vec::new();
    let mut run: Option<(usize, usize, bool)> = None;
    let close = |run: Option<(usize, usize, bool)>, source: &mut Option<Phrase>, parts: &mut Vec<_>| {
        if let Some((a, b, is_source)) = run {
            if is_source {
                source.get_or_insert(Phrase { first: a, last: b });
            } else {
                parts.push(words_span(view, a, b));
            }
        }
    };
    for (offset, label) in path.iter().enumerate() {
        let i = start + offset;
        match *label {
            SPAN_SB | SPAN_CB => {
                close(run.take(), &mut source, &mut parts);
                run = Some((i, i, *label == SPAN_SB));
            }
            SPAN_SI | SPAN_CI => {
                if let Some(open) = run.as_mut() {
                    open.1 = i;
                }
            }
            _ => close(run.take(), &mut source, &mut parts),
        }
    }
    close(run.take(), &mut source, &mut parts);
    // A source is words: not the quotation mark or bracket next to them
    // ("“WALLACE: Is that final?").
    let source = source.and_then(|Phrase { mut first, mut last }| {
        let mark = |i: usize, is_mark: fn(char) -> bool| {
            let word = view.slice(view.words[i].span.start as usize, view.words[i].span.end as usize);
            !word.is_empty() && word.chars().all(is_mark)
        };
        while first < last && mark(first, crate::marks::is_opening_mark) {
            first += 1;
        }
        while last > first && mark(last, crate::marks::is_closing_mark) {
            last -= 1;
        }
        (!mark(first, crate::marks::is_opening_mark)).then_some(Phrase { first, last })
    });
    // A content never holds its own cue, and goes on past it only from a
    // quotation (“A,” he said, “B.”): "The city council [discussed] the
    // matter" is no statement.
    let cue = words_span(view, first, last);
    let over_cue = parts.iter().any(|part| part.start < cue.end && cue.start < part.end);
    let around_cue = parts
        .iter()
        .any(|part| part.end <= cue.start && view.quotation_at(part.start as usize).is_none())
        && parts.iter().any(|part| part.start >= cue.end)
        && !set_off_by_commas(view, &parts, cue);
    if over_cue || around_cue {
        return Err(Fate::ContentAroundCue);
    }
    // A content of two words ("attacked Machado") is an object, not a statement, unless it is quoted. (A
    // phrase opening with a preposition or an article is kept: PolNeAR
    // annotates "warned of …", "criticism of …" as attributions, and
    // dropping them cost 0.008 of content-overlap F1 on dev.)
    let content_words: usize = parts
        .iter()
        .map(|part| {
            let inside = features::words_in(view, *part);
            view.words[inside].iter().filter(|word| word.is_wordlike()).count()
        })
        .sum();
    let quoted = parts
        .iter()
        .any(|part| view.quotation_at(part.start as usize).is_some());
    if parts.is_empty() {
        return Err(Fate::NoContent);
    }
    if !ruled && content_words < MIN_CONTENT_WORDS && !quoted {
        return Err(Fate::ShortContent);
    }
    // But "promised to Greenland on May 3": "to" before a name or an
    // article is where, not what (an infinitive, "to act", is a content).
    let opening = view.words.partition_point(|word| word.span.start < parts[0].start);
    if !ruled
        && !quoted
        && view.words.get(opening).is_some_and(|word| word.is("to"))
        && !crate::reported::is_infinitive(view, opening)
    {
        return Err(Fate::PlaceAfterTo);
    }
    // Nor is "He spoke [after a summit …]": a content opening with a
    // preposition of time says when, not what.
    if !ruled
        && !quoted
        && view
            .words
            .get(opening)
            .is_some_and(|word| matches!(word.lower.as_ref(), "after" | "before" | "during" | "until"))
    {
        return Err(Fate::PlaceAfterTo);
    }
    Ok(Found {
        source,
        cue,
        parts,
        sentence,
    })
}

/// Whether the cue stands between two parts of its content with its source,
/// set off by commas: "Democrats, Frank notes, applaud …" is one content
/// in two parts, the way PolNeAR draws a content wrapped around its
/// attribution (the rules make the same two parts, `reported::analyze`).
fn set_off_by_commas(view: &View, parts: &[Span], cue: Span) -> bool {
    let before = parts.iter().filter(|part| part.end <= cue.start).last();
    let after = parts.iter().find(|part| part.start >= cue.end);
    let (Some(before), Some(after)) = (before, after) else {
        return false;
    };
    let gap = view.slice(before.end as usize, after.start as usize).trim();
    gap.starts_with(',') && gap.ends_with(',') && gap.len() > 2
}

/// The rule finder's attributions and the tagger's. Where both found a
/// cue and the two contents overlap, the rules' cue and content stand (the
/// rules cut quotations and clauses better), but with the tagger's source
/// when it found one (it reads PolNeAR's sources better: dev source exact
/// F1 0.653 → 0.663), unless the rules' source is the subject right before
/// the cue and the tagger's lies wholly before it, in another clause (dev
/// all-three exact F1 0.457 → 0.458, train 0.470 → 0.472, source exact F1
/// 0.698 → 0.696 on dev), and the tagger's content where it ends where the
/// rules' does and starts earlier, unless the rules' is a quotation (dev
/// all-three exact F1 0.425 → 0.428, train 0.440 → 0.442; widening
/// quotations too measured 0.432 on dev, but a direct quote is the words
/// in its marks, not "Ça va, “très bien,”"; taking the tagger's longer
/// ends too ran noun cues into their clause: "decision to sell the land
/// was a surprise"); where the contents do not overlap, the tagger's
/// attribution replaces the rules' (they took the wrong side or the wrong
/// clause); the tagger's other attributions are added where no rule
/// content holds their cue, or where one does and they open a clause of
/// their own beside it (`nesting::opens_a_clause_beside`: "…, adding that
/// …", which `nesting::settle` then cuts off the rule's content); the
/// others go to `trace`, when given.
pub(crate) fn combine(
    view: &View,
    rules: Vec<Found>,
    tagged: Vec<Found>,
    mut trace: Option<&mut Vec<Candidate>>,
) -> Vec<Found> {
    let overlap = |a: &Span, b: &Span| a.start < b.end && b.start < a.end;
    let mut all = rules;
    let known = all.len();
    for mut one in tagged {
        // A source that is one function word or a mark ("long | said",
        // "In | arguing") is a fragment: the rules' subject stands for it.
        // Where the rules found the cue, their source stands, else the
        // subject they would read before it.
        let fragment = one
            .source
            .is_some_and(|phrase| crate::source::is_fragment(view, phrase));
        if fragment {
            let from = view.sentences[one.sentence].words.start;
            let cue_first = view.words.partition_point(|word| word.span.start < one.cue.start);
            one.source = crate::reported::subject_past_adverbs(view, from, cue_first);
        }
        match all[..known].iter().position(|rule| overlap(&rule.cue, &one.cue)) {
            Some(k) => {
                let agree = all[k].parts.iter().any(|a| one.parts.iter().any(|b| overlap(a, b)));
                if !agree {
                    all[k] = one;
                } else {
                    // The same end and the tagger's content starting
                    // earlier ("called [Wells Fargo's behavior]
                    // “outrageous”", "urged [both sides] to stop"): the
                    // rules skipped words PolNeAR counts in. A quotation
                    // the rules found is never widened past its marks.
                    let cue = all[k].cue;
                    let source_of_rule = all[k]
                        .source
                        .map(|phrase| crate::reported::words_span(view, phrase.first, phrase.last));
                    if let ([rule], [tagger]) = (&mut all[k].parts[..], &one.parts[..]) {
                        let quoted = view.quotation_at(rule.start as usize).is_some();
                        // Never over the cue: "The city council [discussed] the matter".
                        let clear_of_cue = tagger.start >= cue.end || cue.start >= rule.end;
                        // Nor over the rules' source: "According to [police]
                        // this was not …".
                        let clear_of_source = source_of_rule
                            .is_none_or(|source: Span| !(tagger.start < source.end && source.start < tagger.end));
                        if rule.end == tagger.end
                            && tagger.start < rule.start
                            && !quoted
                            && clear_of_cue
                            && clear_of_source
                        {
                            rule.start = tagger.start;
                        }
                    }
                    // A subject right before the cue is its own ("He spoke
                    // after a summit at which EU chiefs agreed to …"): a
                    // tagger's source wholly before it is another clause's.
                    let rules_subject_adjacent = all[k]
                        .source
                        .is_some_and(|rule| rule.last + 1 == view.words.partition_point(|w| w.span.start < cue.start));
                    let before_it = match (one.source, all[k].source) {
                        (Some(tagger), Some(rule)) => tagger.last < rule.first,
                        _ => false,
                    };
                    let keep_rules = fragment && all[k].source.is_some();
                    if one.source.is_some() && !(rules_subject_adjacent && before_it) && !keep_rules {
                        all[k].source = one.source;
                    }
                }
            }
            None => {
                let holder = all[..known].iter().find(|rule| {
                    rule.sentence == one.sentence && rule.parts.iter().any(|part| overlap(part, &one.cue))
                });
                // A clause of its own beside the rule's ("…, adding that
                // …"): nesting ends the rule's content before it.
                let beside = holder.is_some_and(|rule| crate::nesting::opens_a_clause_beside(view, rule, &one));
                if holder.is_none() || beside {
                    all.push(one);
                } else if let Some(trace) = trace.as_deref_mut() {
                    trace.push(Candidate {
                        cue: one.cue,
                        by_rules: false,
                        margin: None,
                        fate: Fate::InsideRuleContent,
                        parts: one.parts,
                    });
                }
            }
        }
    }
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_source_that_is_one_function_word_gives_way_to_the_rules_subject() {
        let mut article = Article {
            text: "Mr. Ryan has long said that he will back the nominee.".to_string(),
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
        let (long, said, that) = (at("long"), at("said"), at("that"));
        let content = Span::new(
            view.words[that].span.start as usize,
            view.words[view.words.len() - 2].span.end as usize,
        );
        let tagged = |source: Option<Phrase>| Found {
            source,
            cue: view.words[said].span,
            parts: vec![content],
            sentence: 0,
        };
        let fragment = Some(Phrase {
            first: long,
            last: long,
        });
        let text_of = |one: &Found| {
            one.source.map(|phrase| {
                words_span(&view, phrase.first, phrase.last)
                    .slice(&article.text)
                    .to_string()
            })
        };
        // The tagger alone: the subject read before the adverb and auxiliary.
        let alone = combine(&view, Vec::new(), vec![tagged(fragment)], None);
        assert_eq!(text_of(&alone[0]).as_deref(), Some("Mr. Ryan"));
        // With the rules' attribution of the same cue, the rules' source stands.
        let rules_source = Some(Phrase {
            first: 0,
            last: at("ryan"),
        });
        let both = combine(&view, vec![tagged(rules_source)], vec![tagged(fragment)], None);
        assert_eq!(text_of(&both[0]).as_deref(), Some("Mr. Ryan"));
        // A source that names someone is no fragment.
        assert!(!crate::source::is_fragment(&view, rules_source.expect("given")));
        let he = at("he");
        assert!(!crate::source::is_fragment(&view, Phrase { first: he, last: he }));
    }

    #[test]
    fn the_shipped_model_writes_back_the_bytes_it_was_read_from() {
        // Rows are padded in memory, never in the file.
        let Some(model) = shipped() else { return };
        assert_eq!(model.to_bytes(), SHIPPED_BYTES);
    }

    /// The full span scores of word `i` for a cue: every feature's weight
    /// added at once, as the trainer reads them.
    fn full_scores(table: &Table, view: &View, words: &Words, cue: &CueContext, i: usize) -> [f32; SPAN_LABELS] {
        let range = view.sentences[words.sentence[i] as usize].words.clone();
        let mut scratch = Scratch::default();
        // The counts of what lies between, as tag_spans makes them.
        tag_spans(table, view, words, range.clone(), cue, &mut scratch);
        all_span_scores(table, view, words, range, cue, &scratch, i)
    }

    #[test]
    fn span_scores_summed_per_sentence_equal_the_full_sums() {
        let Some(model) = shipped() else { return };
        let mut article = Article {
            text: "“We will rebuild,” the mayor said on Monday, adding that the council agreed, \
                   and Smith, who told reporters the plan was late, warned it would cost more."
                .to_string(),
            ..Article::default()
        };
        chorus_text::annotate(&mut article);
        let view = View::new(&article);
        let rules = crate::reported::find(&view);
        let words = Words::new(&view, &article, &rules);
        let range = view.sentences[0].words.clone();
        let cues: Vec<usize> = ["said", "adding", "told", "warned"]
            .iter()
            .filter_map(|cue| range.clone().find(|&i| &*view.words[i].lower == *cue))
            .collect();
        assert_eq!(cues.len(), 4, "one sentence with four cues");
        // One scratch over all the cues of the sentence, as `tag` does: the
        // word sums of the first cues serve the later ones.
        let mut scratch = Scratch::default();
        let mut compared = 0;
        for &at in &cues {
            let cue = cue_context(&view, &words, &rules, at, at);
            tag_spans(&model.spans, &view, &words, range.clone(), &cue, &mut scratch);
            for i in range.clone().filter(|&i| i != at) {
                let fast = model
                    .spans
                    .span_scores(&view, &words, range.clone(), &cue, &mut scratch, i);
                assert_eq!(
                    fast,
                    full_scores(&model.spans.table, &view, &words, &cue, i),
                    "word {i}, cue {at}"
                );
                compared += 1;
            }
        }
        assert!(compared > 60);
    }
}
