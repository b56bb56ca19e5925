//! The same predictions and gold scored with the definitions of BBC
//! citron's evaluation (its `evaluate` metrics), the figures issue 3's
//! targets come from: cue, source, content and all-quote precision, recall
//! and F1, exact and by overlap, in tokens.
//!
//! An attribution is one cue span, a list of source spans and a list of
//! content spans, each a run of whole tokens: a span of characters covers
//! every token it touches (a character between tokens belongs to the token
//! before it). Tokens are the project's own (`chorus_text`: words, numbers
//! and punctuation, each one token), not spaCy's.
//!
//! * **exact** counts are not one-to-one: a prediction is a true positive
//!   when *any* gold attribution matches it, a gold attribution a false
//!   negative when *no* prediction matches it, and recall is
//!   `tp / (tp + fn)`. Cue: the same cue. Source (content): cues that
//!   overlap and the same source (content) list. All quote: the same cue,
//!   source list and content list.
//! * **overlap** is token-proportional over every (predicted, gold) pair of
//!   an article: the tokens each pair shares, summed, over the summed token
//!   lengths of the predictions (precision) or of the gold (recall); all
//!   quote sums the three parts.

use std::fmt::Write as _;

use chorus_model::Article;

use super::brat::Fragments;
use super::matching::Triple;
use super::{CharOffsets, TARGET_ALL_EXACT_F1, TARGET_CONTENT_OVERLAP_F1};

/// Tokens `[start, end)` of one article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TokenSpan {
    pub start: u32,
    pub end: u32,
}

/// One attribution as citron holds it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Quote {
    /// Absent only for a gold attribution without a cue.
    pub cue: Option<TokenSpan>,
    pub sources: Vec<TokenSpan>,
    pub contents: Vec<TokenSpan>,
}

impl Quote {
    /// The spans of one part: 0 cue, 1 sources, 2 contents.
    fn spans(&self, part: usize) -> &[TokenSpan] {
        match part {
            0 => self.cue.as_slice(),
            1 => &self.sources,
            _ => &self.contents,
        }
    }
}

/// Where each token of an article starts, in code points.
pub struct TokenStarts(Vec<u32>);

impl TokenStarts {
    /// The token starts of an annotated article.
    pub fn new(article: &Article, chars: &CharOffsets) -> TokenStarts {
        TokenStarts(article.tokens.iter().map(|t| chars.char_of(t.span.start)).collect())
    }

    /// The token a code point belongs to: the last one starting at or
    /// before it.
    fn token_of(&self, char_offset: u32) -> u32 {
        self.0.partition_point(|&start| start <= char_offset).saturating_sub(1) as u32
    }

    /// The tokens a span of code points touches (none for an empty span).
    fn span(&self, (start, end): (u32, u32)) -> Option<TokenSpan> {
        (start < end).then(|| TokenSpan {
            start: self.token_of(start),
            end: self.token_of(end - 1) + 1,
        })
    }

    /// A triple (source, cue, content) in citron's shape: a cue in several
    /// fragments becomes the one span from its first to its last; an absent
    /// source or content is an empty list.
    pub fn quote(&self, triple: &Triple) -> Quote {
        let list = |fragments: &Option<Fragments>| -> Vec<TokenSpan> {
            fragments.iter().flatten().filter_map(|&f| self.span(f)).collect()
        };
        let cue = triple[1]
            .as_ref()
            .and_then(|f| Some((f.first()?.0, f.last()?.1)))
            .and_then(|hull| self.span(hull));
        Quote {
            cue,
            sources: list(&triple[0]),
            contents: list(&triple[2]),
        }
    }
}

/// citron's overlap test of a predicted span with a gold one, kept as it is
/// written (`p.start <= g.end and p.end > g.start`): a predicted span that
/// starts right where the gold one ends counts as overlapping too.
fn overlapping(predicted: TokenSpan, gold: TokenSpan) -> bool {
    predicted.start <= gold.end && predicted.end > gold.start
}

/// Whether the cues of a prediction and a gold attribution overlap.
fn cues_overlap(predicted: &Quote, gold: &Quote) -> bool {
    matches!((predicted.cue, gold.cue), (Some(p), Some(g)) if overlapping(p, g))
}

/// Tokens two spans share.
fn shared(a: TokenSpan, b: TokenSpan) -> u32 {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

/// Tokens shared by every pair of spans of two lists, summed.
fn shared_lists(a: &[TokenSpan], b: &[TokenSpan]) -> u32 {
    a.iter().map(|&x| b.iter().map(|&y| shared(x, y)).sum::<u32>()).sum()
}

/// Tokens of `spans` that lie in at least one of `others`.
fn covered(spans: &[TokenSpan], others: &[TokenSpan]) -> u32 {
    spans
        .iter()
        .flat_map(|s| s.start..s.end)
        .filter(|&t| others.iter().any(|o| o.start <= t && t < o.end))
        .count() as u32
}

/// Tokens of a list of spans.
fn length(spans: &[TokenSpan]) -> u32 {
    spans.iter().map(|s| s.end - s.start).sum()
}

/// True positives, false positives and false negatives of an exact metric.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Exact {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Exact {
    /// Predictions that `matches` some gold attribution (tp, else fp), and
    /// gold attributions no prediction `matches` (fn).
    fn count(predicted: &[Quote], gold: &[Quote], matches: impl Fn(&Quote, &Quote) -> bool) -> Exact {
        let tp = predicted.iter().filter(|p| gold.iter().any(|g| matches(p, g))).count();
        let fn_ = gold.iter().filter(|g| !predicted.iter().any(|p| matches(p, g))).count();
        Exact {
            tp,
            fp: predicted.len() - tp,
            fn_,
        }
    }

    /// Precision, recall and F1 (each 0 when undefined, as citron has it).
    pub fn scores(&self) -> [f64; 3] {
        prf(self.tp as f64, (self.tp + self.fp) as f64, (self.tp + self.fn_) as f64)
    }
}

/// Shared tokens, and token lengths of the predictions and of the gold, of
/// an overlap metric.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Overlap {
    pub shared: u64,
    pub predicted: u64,
    pub gold: u64,
}

impl Overlap {
    /// Precision, recall and F1 (each 0 when undefined, as citron has it).
    pub fn scores(&self) -> [f64; 3] {
        prf(self.shared as f64, self.predicted as f64, self.gold as f64)
    }
}

/// Tokens counted once for a diagnostic overlap that is not citron's.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Once {
    /// Predicted tokens that lie in at least one gold span of the article.
    pub predicted_in_gold: u64,
    /// Gold tokens that lie in at least one predicted span of the article.
    pub gold_in_predicted: u64,
}

/// Precision `hits / predicted`, recall `hits / gold` and their harmonic
/// mean, each 0 when its denominator is.
fn prf(hits: f64, predicted: f64, gold: f64) -> [f64; 3] {
    let p = if predicted > 0.0 { hits / predicted } else { 0.0 };
    let r = if gold > 0.0 { hits / gold } else { 0.0 };
    let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    [p, r, f]
}

/// The four parts, in citron's order.
pub const PARTS: [&str; 4] = ["cue", "source", "content", "all quote"];

/// citron's metrics summed over articles: cue, source, content, all quote.
#[derive(Debug, Default)]
pub struct Scores {
    pub exact: [Exact; 4],
    pub overlap: [Overlap; 4],
    /// Not citron's: the tokens of an overlap counted once, however many
    /// spans of the other side they lie in (see [`Scores::once_scores`]).
    pub once: [Once; 4],
}

impl Scores {
    /// Add one article's predictions against its gold.
    pub fn add(&mut self, predicted: &[Quote], gold: &[Quote]) {
        let exact = [
            Exact::count(predicted, gold, |p, g| p.cue.is_some() && p.cue == g.cue),
            Exact::count(predicted, gold, |p, g| cues_overlap(p, g) && p.sources == g.sources),
            Exact::count(predicted, gold, |p, g| cues_overlap(p, g) && p.contents == g.contents),
            Exact::count(predicted, gold, |p, g| {
                p.cue.is_some() && p.cue == g.cue && p.sources == g.sources && p.contents == g.contents
            }),
        ];
        let mut overlap = [Overlap::default(); 4];
        for (part, counts) in overlap.iter_mut().take(3).enumerate() {
            for p in predicted {
                let p = p.spans(part);
                counts.predicted += u64::from(length(p));
                counts.shared += gold
                    .iter()
                    .map(|g| u64::from(shared_lists(p, g.spans(part))))
                    .sum::<u64>();
            }
            counts.gold += gold.iter().map(|g| u64::from(length(g.spans(part)))).sum::<u64>();
        }
        for part in 0..3 {
            let within = |quotes: &[Quote], others: &[Quote]| -> u64 {
                let others: Vec<TokenSpan> = others.iter().flat_map(|q| q.spans(part).iter().copied()).collect();
                quotes.iter().map(|q| u64::from(covered(q.spans(part), &others))).sum()
            };
            let (in_gold, in_predicted) = (within(predicted, gold), within(gold, predicted));
            for index in [part, 3] {
                self.once[index].predicted_in_gold += in_gold;
                self.once[index].gold_in_predicted += in_predicted;
            }
        }
        overlap[3] = Overlap {
            shared: overlap[..3].iter().map(|o| o.shared).sum(),
            predicted: overlap[..3].iter().map(|o| o.predicted).sum(),
            gold: overlap[..3].iter().map(|o| o.gold).sum(),
        };
        for part in 0..4 {
            let (total, one) = (&mut self.exact[part], exact[part]);
            total.tp += one.tp;
            total.fp += one.fp;
            total.fn_ += one.fn_;
            let (total, one) = (&mut self.overlap[part], overlap[part]);
            total.shared += one.shared;
            total.predicted += one.predicted;
            total.gold += one.gold;
        }
    }

    /// Overlap P, R and F1 of one part with each token counted once: the
    /// predicted tokens that lie in a gold span over all predicted tokens,
    /// the gold tokens that lie in a predicted span over all gold tokens.
    pub fn once_scores(&self, part: usize) -> [f64; 3] {
        let (once, lengths) = (&self.once[part], &self.overlap[part]);
        let p = prf(once.predicted_in_gold as f64, lengths.predicted as f64, 1.0)[0];
        let r = prf(once.gold_in_predicted as f64, 1.0, lengths.gold as f64)[1];
        let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        [p, r, f]
    }

    /// P, R and F1 of cue, source, content and all quote, exact or by
    /// overlap, as Markdown table cells.
    pub fn cells(&self, exact: bool) -> String {
        self.cells_of(|part| {
            if exact {
                self.exact[part].scores()
            } else {
                self.overlap[part].scores()
            }
        })
    }

    /// Table cells of P, R and F1 of the four parts.
    fn cells_of(&self, scores: impl Fn(usize) -> [f64; 3]) -> String {
        let mut cells = String::new();
        for part in 0..4 {
            let [p, r, f] = scores(part);
            let _ = write!(cells, " {p:.3} | {r:.3} | {f:.3} |");
        }
        cells
    }
}

/// citron's published figures for its en_2021-11-15 model on the PARC 3.0
/// test part (its model README), P, R and F1 of cue, source, content and
/// all quote: exact, then overlap. The all-quote overlap P and R are put
/// back the right way round (its script passes the lengths swapped: it
/// prints P 0.747, R 0.938).
const PUBLISHED: [[f64; 12]; 2] = [
    [
        0.933, 0.736, 0.823, 0.929, 0.733, 0.820, 0.673, 0.531, 0.593, 0.643, 0.507, 0.567,
    ],
    [
        0.965, 0.639, 0.768, 0.974, 0.758, 0.853, 0.932, 0.753, 0.833, 0.938, 0.747, 0.832,
    ],
];

/// What the citron table measures, how it differs from the table above it,
/// and how ambiguous points were read.
const NOTE: &str = "chorus scored with citron's definitions (BBC citron's `evaluate`: `citron/metrics.py` with \
`are_matching_spans`, `are_overlapping_spans`, `are_matching_span_lists`, `get_spans_overlap` of `citron/utils.py` and \
the overlap and length methods of `Quote` in `citron/data.py`, run by `scripts/evaluate/citron_evaluate.py`), the \
metric of issue 3's targets: citron's en_2021-11-15 model scores content overlap F1 0.833 and all quote exact F1 0.567 \
on the PARC 3.0 test part. The corpus differs: PARC 3.0 is Wall Street Journal text (citron trained on its train and \
dev parts), this is PolNeAR (dev; train is in-sample for the tagger), so the figures to set against 0.83 and 0.57 are \
the dev rows' content overlap F1 and all quote exact F1, and they compare only roughly. Same predictions and gold as \
the table above (trimmed spans, PolNeAR's fragments that only white space separates joined, a colon after a cue in \
the cue, quotation marks in the content). How each definition differs from ours:\n\n\
- Units: tokens, not code points. citron counts spaCy tokens (`en_core_web_sm`); these are the project's tokens \
(`chorus_text`: each word, number and punctuation mark one token; `U.S.` and `Russia’s` are one token where spaCy \
splits off `’s`). A span covers every token it touches (a character between tokens belongs to the token before it, \
as citron maps characters), so an exact match here forgives a difference inside a token.\n\
- Exact is not one-to-one: a prediction is a true positive when any gold attribution matches it, a gold attribution \
a false negative when no prediction matches it, and recall is tp / (tp + fn) (ours: one-to-one, recall = matched \
gold / gold).\n\
- Cue exact: the same cue tokens (ours: the same code points).\n\
- Source exact and content exact: the prediction's cue overlaps the gold one and the source (content) span lists \
are equal, span for span, an empty list equal to an empty list (ours: the source or content alone, whoever's cue it \
is).\n\
- All quote exact: the same cue, source list and content list (our all three: the same, but one-to-one).\n\
- Overlap is token-proportional, over every (predicted, gold) pair of an article: the tokens each pair shares, \
summed, over the tokens of all predictions (P) or of all gold attributions (R) (ours: one-to-one pairs sharing at \
least one character, counted). As every pair counts, a token that lies in spans of several attributions of the \
other side counts once for each (a source span that several gold attributions share, predicted contents that \
overlap one another), which can raise P or R, even above 1. All quote overlap sums the shared tokens and lengths of \
cue, source and content. The rows \"overlap, each token once\" are not citron's: P is the share of predicted tokens \
that lie in some gold span of the part, R the share of gold tokens that lie in some predicted span; the difference \
from the overlap rows is what counting a token again adds.\n\n\
How ambiguous points were read: citron's overlap test (`p.start <= g.end and p.end > g.start`, predicted first) is \
kept as written, so a predicted cue that starts right where the gold cue ends overlaps it. citron's script passes \
the all-quote overlap lengths in swapped order, so its published all-quote overlap P and R (74.7 % and 93.8 %) are \
exchanged; here they are the right way round, in the published row too (F1 is the same). A cue is one span in \
citron: a PolNeAR cue in several fragments is taken from its first fragment to its last. A gold attribution without \
a cue matches nothing exactly and counts no cue tokens. Span lists are compared in text order. A score whose \
denominator is 0 is 0, as in citron. The last rows are citron's own published figures, not measured here.\n\n";

/// The citron table of the parts scored, with citron's published figures
/// and the targets against the dev part.
pub fn render(scored: &[(&str, &Scores)]) -> String {
    let mut out = String::from(NOTE);
    let columns: String = PARTS
        .iter()
        .map(|part| format!(" {part} P | {part} R | {part} F1 |"))
        .collect();
    let _ = writeln!(out, "| part | system | match |{columns}");
    let _ = writeln!(out, "| --- | --- | --- |{}", " ---: |".repeat(12));
    for (part, scores) in scored {
        for (label, exact) in [("exact", true), ("overlap", false)] {
            let _ = writeln!(out, "| {part} | chorus | {label} |{}", scores.cells(exact));
        }
        let once = scores.cells_of(|part| scores.once_scores(part));
        let _ = writeln!(
            out,
            "| {part} | chorus | overlap, each token once (not citron's) |{once}"
        );
    }
    for (label, figures) in ["exact", "overlap"].iter().zip(&PUBLISHED) {
        let cells: String = figures.iter().map(|f| format!(" {f:.3} |")).collect();
        let _ = writeln!(
            out,
            "| PARC 3.0 test | citron en_2021-11-15, published | {label} |{cells}"
        );
    }
    if let Some((_, dev)) = scored.iter().find(|(part, _)| *part == "dev") {
        let content = dev.overlap[2].scores()[2];
        let all = dev.exact[3].scores()[2];
        let verdict = |value: f64, target: f64| if value >= target { "met" } else { "not met" };
        let _ = writeln!(
            out,
            "\nTargets on dev with citron's definitions: content overlap F1 {content:.3} vs ≥ \
             {TARGET_CONTENT_OVERLAP_F1:.2} ({}), all quote exact F1 {all:.3} vs ≥ {TARGET_ALL_EXACT_F1:.2} ({}).",
            verdict(content, TARGET_CONTENT_OVERLAP_F1),
            verdict(all, TARGET_ALL_EXACT_F1),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(start: u32, end: u32) -> TokenSpan {
        TokenSpan { start, end }
    }

    fn quote(cue: (u32, u32), sources: &[(u32, u32)], contents: &[(u32, u32)]) -> Quote {
        Quote {
            cue: Some(span(cue.0, cue.1)),
            sources: sources.iter().map(|&(s, e)| span(s, e)).collect(),
            contents: contents.iter().map(|&(s, e)| span(s, e)).collect(),
        }
    }

    fn close(a: [f64; 3], b: [f64; 3]) -> bool {
        a.iter().zip(&b).all(|(x, y)| (x - y).abs() < 1e-9)
    }

    /// "The mayor said on Monday that the bridge will close, and the police
    /// said nothing." in tokens: The(0) mayor(1) said(2) on(3) Monday(4)
    /// that(5) the(6) bridge(7) will(8) close(9) ,(10) and(11) the(12)
    /// police(13) said(14) nothing(15) .(16)
    #[test]
    fn exact_metrics_are_not_one_to_one() {
        let gold = vec![quote((2, 3), &[(0, 2)], &[(6, 10)])];
        // Two predictions of the same cue, one right, one with a longer
        // content: both cue true positives, the gold one matched.
        let predicted = vec![
            quote((2, 3), &[(0, 2)], &[(6, 10)]),
            quote((2, 3), &[(1, 2)], &[(5, 10)]),
        ];
        let mut scores = Scores::default();
        scores.add(&predicted, &gold);
        // Cue: tp 2, fp 0, fn 0: P 1, R 2 / 2 = 1.
        assert_eq!(scores.exact[0], Exact { tp: 2, fp: 0, fn_: 0 });
        // Source: the first matches, the second's "mayor" does not.
        assert_eq!(scores.exact[1], Exact { tp: 1, fp: 1, fn_: 0 });
        assert!(close(scores.exact[1].scores(), [0.5, 1.0, 2.0 / 3.0]));
        // Content: likewise; all quote: likewise.
        assert_eq!(scores.exact[2], Exact { tp: 1, fp: 1, fn_: 0 });
        assert_eq!(scores.exact[3], Exact { tp: 1, fp: 1, fn_: 0 });
    }

    #[test]
    fn source_and_content_need_only_overlapping_cues() {
        // Gold cue "said on Monday" (2..5), predicted cue "said" (2..3): the
        // cue is not exact but the content is, with the same list.
        let gold = vec![quote((2, 5), &[(0, 2)], &[(6, 10)])];
        let predicted = vec![quote((2, 3), &[(0, 2)], &[(6, 10)])];
        let mut scores = Scores::default();
        scores.add(&predicted, &gold);
        assert_eq!(scores.exact[0], Exact { tp: 0, fp: 1, fn_: 1 });
        assert_eq!(scores.exact[1], Exact { tp: 1, fp: 0, fn_: 0 });
        assert_eq!(scores.exact[2], Exact { tp: 1, fp: 0, fn_: 0 });
        // All quote needs the exact cue.
        assert_eq!(scores.exact[3], Exact { tp: 0, fp: 1, fn_: 1 });
        assert!(close(scores.exact[3].scores(), [0.0, 0.0, 0.0]));
    }

    #[test]
    fn span_lists_must_be_equal() {
        // The gold content in two spans ("the bridge", "will close") does
        // not match one span over both, nor the first alone.
        let gold = vec![quote((2, 3), &[(0, 2)], &[(6, 8), (8, 10)])];
        let mut scores = Scores::default();
        scores.add(&[quote((2, 3), &[(0, 2)], &[(6, 10)])], &gold);
        scores.add(&[quote((2, 3), &[(0, 2)], &[(6, 8)])], &gold);
        scores.add(&[quote((2, 3), &[(0, 2)], &[(6, 8), (8, 10)])], &gold);
        assert_eq!(scores.exact[2], Exact { tp: 1, fp: 2, fn_: 2 });
        // An absent source matches an absent source.
        let mut scores = Scores::default();
        scores.add(
            &[quote((14, 15), &[], &[(15, 16)])],
            &[quote((14, 15), &[], &[(15, 16)])],
        );
        assert_eq!(scores.exact[3], Exact { tp: 1, fp: 0, fn_: 0 });
    }

    #[test]
    fn overlap_test_is_kept_as_citron_writes_it() {
        // A predicted span starting where the gold one ends overlaps; one
        // ending where the gold one starts does not.
        assert!(overlapping(span(3, 4), span(2, 3)));
        assert!(!overlapping(span(1, 2), span(2, 3)));
        assert!(overlapping(span(2, 4), span(3, 5)));
        let gold = vec![quote((2, 3), &[(0, 2)], &[(6, 10)])];
        let mut scores = Scores::default();
        scores.add(&[quote((3, 4), &[(0, 2)], &[(6, 10)])], &gold);
        assert_eq!(scores.exact[2], Exact { tp: 1, fp: 0, fn_: 0 });
    }

    #[test]
    fn overlap_metrics_count_tokens_over_every_pair() {
        // Gold: "The mayor" said "the bridge will close"; "the police" said
        // "nothing". Predicted: "mayor" said "that the bridge will close ,"
        // and "police" said "nothing".
        let gold = vec![
            quote((2, 3), &[(0, 2)], &[(6, 10)]),
            quote((14, 15), &[(12, 14)], &[(15, 16)]),
        ];
        let predicted = vec![
            quote((2, 3), &[(1, 2)], &[(5, 11)]),
            quote((14, 15), &[(13, 14)], &[(15, 16)]),
        ];
        let mut scores = Scores::default();
        scores.add(&predicted, &gold);
        // Cue: 2 shared of 2 predicted and 2 gold.
        assert_eq!(
            scores.overlap[0],
            Overlap {
                shared: 2,
                predicted: 2,
                gold: 2
            }
        );
        // Source: 1 + 1 shared, 2 predicted, 4 gold: P 1, R 0.5, F1 2/3.
        assert_eq!(
            scores.overlap[1],
            Overlap {
                shared: 2,
                predicted: 2,
                gold: 4
            }
        );
        assert!(close(scores.overlap[1].scores(), [1.0, 0.5, 2.0 / 3.0]));
        // Content: 4 + 1 shared, 7 predicted, 5 gold: P 5/7, R 1.
        assert_eq!(
            scores.overlap[2],
            Overlap {
                shared: 5,
                predicted: 7,
                gold: 5
            }
        );
        // All quote: 9 shared, 11 predicted, 11 gold.
        assert_eq!(
            scores.overlap[3],
            Overlap {
                shared: 9,
                predicted: 11,
                gold: 11
            }
        );
        assert!(close(scores.overlap[3].scores(), [9.0 / 11.0, 9.0 / 11.0, 9.0 / 11.0]));
    }

    #[test]
    fn overlap_counts_a_span_again_for_each_gold_it_meets() {
        // Nested gold: "X said that Y claimed Z": outer content 3..6, inner
        // content 5..6. A predicted content 3..6 shares 3 tokens with the
        // outer and 1 with the inner: 4 shared of 3 predicted.
        let gold = vec![quote((1, 2), &[(0, 1)], &[(3, 6)]), quote((4, 5), &[(3, 4)], &[(5, 6)])];
        let predicted = vec![quote((1, 2), &[(0, 1)], &[(3, 6)])];
        let mut scores = Scores::default();
        scores.add(&predicted, &gold);
        assert_eq!(
            scores.overlap[2],
            Overlap {
                shared: 4,
                predicted: 3,
                gold: 4
            }
        );
        assert!(close(scores.overlap[2].scores(), [4.0 / 3.0, 1.0, 8.0 / 7.0]));
        // Counted once, the 3 predicted tokens all lie in gold contents, and
        // the 4 gold tokens all in the predicted one: P 1, R 1.
        assert_eq!(
            scores.once[2],
            Once {
                predicted_in_gold: 3,
                gold_in_predicted: 4
            }
        );
        assert!(close(scores.once_scores(2), [1.0, 1.0, 1.0]));
        // Two gold attributions of one source "X" (0..1): the predicted
        // source meets both, 2 shared of 1 predicted token as citron
        // counts, 1 of 1 counted once.
        assert_eq!(
            scores.overlap[1],
            Overlap {
                shared: 1,
                predicted: 1,
                gold: 2
            }
        );
        let gold = vec![quote((1, 2), &[(0, 1)], &[(3, 6)]), quote((7, 8), &[(0, 1)], &[(8, 9)])];
        let mut scores = Scores::default();
        scores.add(&predicted, &gold);
        assert_eq!(
            scores.overlap[1],
            Overlap {
                shared: 2,
                predicted: 1,
                gold: 2
            }
        );
        assert!(close(scores.overlap[1].scores(), [2.0, 1.0, 4.0 / 3.0]));
        assert!(close(scores.once_scores(1), [1.0, 1.0, 1.0]));
    }

    #[test]
    fn characters_map_to_the_tokens_they_touch() {
        // Tokens starting at code points 0, 4 and 10 ("The mayor said"):
        // a span from inside the first token to inside the second covers
        // both; a character in the space after a token belongs to it.
        let starts = TokenStarts(vec![0, 4, 10]);
        assert_eq!(starts.span((1, 5)), Some(span(0, 2)));
        assert_eq!(starts.span((3, 4)), Some(span(0, 1)));
        assert_eq!(starts.span((10, 14)), Some(span(2, 3)));
        assert_eq!(starts.span((5, 5)), None);
        // A cue in two fragments is one span over both; an absent source is
        // an empty list.
        let triple: Triple = [None, Some(vec![(0, 3), (10, 12)]), Some(vec![(4, 9)])];
        assert_eq!(
            starts.quote(&triple),
            Quote {
                cue: Some(span(0, 3)),
                sources: Vec::new(),
                contents: vec![span(1, 2)],
            }
        );
    }
}
