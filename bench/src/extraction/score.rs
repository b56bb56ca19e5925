//! The measures of the extraction sets, each as its benchmark defines it.
//!
//! - scrapinghub: token 4-gram shingles ([`shingle_counts`], [`ShingleScore`]).
//! - trafilatura-eval: `with`/`without` snippets matched as substrings of
//!   the whitespace-normalized text ([`SnippetCounts`]).
//! - readability and DAniEL: bag-of-tokens F1 ([`token_f1`]), with Han,
//!   kana and Hangul characters counted one token each so that Chinese
//!   text, written without spaces, is not one token per sentence.

use std::collections::HashMap;

/// The `\w+` tokens of `text` (letters, digits, marks and `_`), as in
/// Python's Unicode `re`.
pub fn word_tokens(text: &str) -> Vec<&str> {
    let mut tokens = Vec::new();
    let mut start = None;
    for (index, c) in text.char_indices() {
        let word = c.is_alphanumeric() || c == '_';
        match (word, start) {
            (true, None) => start = Some(index),
            (false, Some(from)) => {
                tokens.push(&text[from..index]);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(from) = start {
        tokens.push(&text[from..]);
    }
    tokens
}

/// Han, kana and Hangul: scripts whose words are not space-separated.
fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF
        | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

/// Tokens for bag-of-words comparison: `\w+` runs, each CJK character
/// alone, lowercased.
pub fn bag_tokens(text: &str) -> Vec<String> {
    let mut tokens = Vec::new();
    for token in word_tokens(text) {
        let mut run = String::new();
        for c in token.chars() {
            if is_cjk(c) {
                if !run.is_empty() {
                    tokens.push(std::mem::take(&mut run).to_lowercase());
                }
                tokens.push(c.to_string());
            } else {
                run.push(c);
            }
        }
        if !run.is_empty() {
            tokens.push(run.to_lowercase());
        }
    }
    tokens
}

/// Precision, recall and F1.
#[derive(Debug, Clone, Copy, Default)]
pub struct Prf {
    /// Precision.
    pub precision: f64,
    /// Recall.
    pub recall: f64,
    /// Harmonic mean of the two.
    pub f1: f64,
}

impl Prf {
    /// From precision and recall.
    pub fn new(precision: f64, recall: f64) -> Prf {
        let f1 = if precision + recall > 0.0 {
            2.0 * precision * recall / (precision + recall)
        } else {
            0.0
        };
        Prf { precision, recall, f1 }
    }
}

/// Bag-of-tokens precision, recall and F1 of `predicted` against `gold`.
/// Both empty is a perfect score; one empty is zero.
pub fn token_f1(predicted: &str, gold: &str) -> Prf {
    let predicted = bag_tokens(predicted);
    let gold = bag_tokens(gold);
    if predicted.is_empty() && gold.is_empty() {
        return Prf::new(1.0, 1.0);
    }
    let mut counts: HashMap<&str, i64> = HashMap::new();
    for token in &gold {
        *counts.entry(token).or_default() += 1;
    }
    let mut common = 0usize;
    for token in &predicted {
        if let Some(count) = counts.get_mut(token.as_str()) {
            if *count > 0 {
                *count -= 1;
                common += 1;
            }
        }
    }
    let precision = if predicted.is_empty() {
        0.0
    } else {
        common as f64 / predicted.len() as f64
    };
    let recall = if gold.is_empty() {
        0.0
    } else {
        common as f64 / gold.len() as f64
    };
    Prf::new(precision, recall)
}

/// The multiset of token 4-grams of `text`, as the scrapinghub benchmark
/// builds it: a text of fewer than four tokens is one shingle of all of
/// them, and an empty text has none.
pub fn shingle_counts(text: &str) -> HashMap<String, usize> {
    const N: usize = 4;
    let tokens = word_tokens(text);
    let mut counts = HashMap::new();
    let windows = tokens.len().saturating_sub(N - 1).max(1);
    for start in 0..windows {
        let end = (start + N).min(tokens.len());
        let shingle = tokens[start.min(end)..end].join(" ");
        if !shingle.is_empty() {
            *counts.entry(shingle).or_insert(0) += 1;
        }
    }
    counts
}

/// One page's shingle match: true positives, false positives and false
/// negatives, normalized to sum to 1 (all zero when both texts are empty),
/// and whether the token sequences are equal.
#[derive(Debug, Clone, Copy, Default)]
pub struct ShingleScore {
    /// Share of shingles in both.
    pub tp: f64,
    /// Share only in the prediction.
    pub fp: f64,
    /// Share only in the truth.
    pub fn_: f64,
    /// Same token sequence.
    pub exact: bool,
}

/// Score one page of the scrapinghub benchmark.
pub fn shingle_score(predicted: &str, truth: &str) -> ShingleScore {
    let predicted_counts = shingle_counts(predicted);
    let truth_counts = shingle_counts(truth);
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    for (shingle, &count) in &predicted_counts {
        let gold = truth_counts.get(shingle).copied().unwrap_or(0);
        tp += count.min(gold);
        fp += count.saturating_sub(gold);
    }
    for (shingle, &gold) in &truth_counts {
        let count = predicted_counts.get(shingle).copied().unwrap_or(0);
        fn_ += gold.saturating_sub(count);
    }
    let sum = (tp + fp + fn_) as f64;
    let normalize = |x: usize| if sum > 0.0 { x as f64 / sum } else { 0.0 };
    ShingleScore {
        tp: normalize(tp),
        fp: normalize(fp),
        fn_: normalize(fn_),
        exact: word_tokens(predicted) == word_tokens(truth),
    }
}

/// The benchmark's summary of page scores: precision and recall are the
/// means of the per-page values, F1 their harmonic mean, accuracy the
/// share of exact pages, and bootstrap standard errors of F1.
#[derive(Debug, Clone, Copy, Default)]
pub struct ShingleSummary {
    /// Precision, recall, F1.
    pub prf: Prf,
    /// Share of pages extracted exactly.
    pub accuracy: f64,
    /// Bootstrap standard error of F1 over pages.
    pub f1_error: f64,
}

/// Per-page precision and recall, with the benchmark's edge cases: both
/// texts empty is perfect, an empty prediction has precision 0.
fn page_precision_recall(page: &ShingleScore) -> (f64, f64) {
    let perfect = page.fp == 0.0 && page.fn_ == 0.0;
    let precision = if perfect {
        1.0
    } else if page.tp + page.fp == 0.0 {
        0.0
    } else {
        page.tp / (page.tp + page.fp)
    };
    let recall = if perfect {
        1.0
    } else if page.tp + page.fn_ == 0.0 {
        0.0
    } else {
        page.tp / (page.tp + page.fn_)
    };
    (precision, recall)
}

fn shingle_prf(pages: &[ShingleScore], picks: impl Iterator<Item = usize>) -> Prf {
    let (mut precision, mut recall, mut count) = (0.0, 0.0, 0usize);
    for index in picks {
        let (p, r) = page_precision_recall(&pages[index]);
        precision += p;
        recall += r;
        count += 1;
    }
    if count == 0 {
        return Prf::default();
    }
    Prf::new(precision / count as f64, recall / count as f64)
}

/// Summarize page scores as the scrapinghub benchmark does.
pub fn summarize_shingles(pages: &[ShingleScore]) -> ShingleSummary {
    if pages.is_empty() {
        return ShingleSummary::default();
    }
    let prf = shingle_prf(pages, 0..pages.len());
    let accuracy = pages.iter().filter(|page| page.exact).count() as f64 / pages.len() as f64;
    // A fixed-seed xorshift makes the bootstrap repeatable run to run.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let samples: Vec<f64> = (0..1000)
        .map(|_| {
            let picks: Vec<usize> = (0..pages.len())
                .map(|_| (next() % pages.len() as u64) as usize)
                .collect();
            shingle_prf(pages, picks.into_iter()).f1
        })
        .collect();
    let mean = samples.iter().sum::<f64>() / samples.len() as f64;
    let variance = samples.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (samples.len() - 1) as f64;
    ShingleSummary {
        prf,
        accuracy,
        f1_error: variance.sqrt(),
    }
}

/// Snippet counts of trafilatura's evaluation, summed over pages.
#[derive(Debug, Clone, Copy, Default)]
pub struct SnippetCounts {
    /// `with` snippets found.
    pub tp: usize,
    /// `without` snippets found.
    pub fp: usize,
    /// `with` snippets missing.
    pub fn_: usize,
    /// `without` snippets absent.
    pub tn: usize,
}

impl SnippetCounts {
    /// Add one page: `text` is the extraction (empty when it failed).
    pub fn add(&mut self, text: &str, with: &[String], without: &[String]) {
        let text = collapse_whitespace(text);
        let found = |snippet: &String| !text.is_empty() && text.contains(&collapse_whitespace(snippet));
        for snippet in with {
            if found(snippet) {
                self.tp += 1;
            } else {
                self.fn_ += 1;
            }
        }
        for snippet in without {
            // An empty extraction is a full miss: its `without` snippets
            // count as absent, as in trafilatura's evaluation.
            if found(snippet) {
                self.fp += 1;
            } else {
                self.tn += 1;
            }
        }
    }

    /// Precision, recall, F1.
    pub fn prf(&self) -> Prf {
        let precision = ratio(self.tp, self.tp + self.fp);
        let recall = ratio(self.tp, self.tp + self.fn_);
        Prf::new(precision, recall)
    }

    /// (tp + tn) / all.
    pub fn accuracy(&self) -> f64 {
        ratio(self.tp + self.tn, self.tp + self.tn + self.fp + self.fn_)
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

/// Runs of whitespace to one space, trimmed.
pub fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The calendar day (`YYYY-MM-DD`) at the start of a date string, if any.
pub fn day_of(date: &str) -> Option<String> {
    let date = date.trim();
    let head = date.get(..10)?;
    let bytes = head.as_bytes();
    let digits = |range: std::ops::Range<usize>| bytes[range].iter().all(u8::is_ascii_digit);
    (digits(0..4) && bytes[4] == b'-' && digits(5..7) && bytes[7] == b'-' && digits(8..10)).then(|| head.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shingles_match_the_benchmark() {
        let perfect = shingle_score("a b c d e", "a  b, c d e!");
        assert!((perfect.tp - 1.0).abs() < 1e-9 && perfect.exact);
        let short = shingle_counts("a b");
        assert_eq!(short.get("a b"), Some(&1));
        assert!(shingle_counts("").is_empty());
        let half = shingle_score("a b c d", "a b c d e f g");
        assert!(half.tp > 0.0 && half.fn_ > 0.0 && half.fp == 0.0);
    }

    #[test]
    fn chinese_is_split_by_character() {
        assert_eq!(bag_tokens("中国 news2"), vec!["中", "国", "news2"]);
        assert!((token_f1("中国", "中国人").recall - 2.0 / 3.0).abs() < 1e-9);
    }

    #[test]
    fn snippets_count_like_trafilatura() {
        let mut counts = SnippetCounts::default();
        counts.add(
            "Hello   world. Share",
            &["hello".into(), "Hello world.".into()],
            &["Share".into(), "Cookies".into()],
        );
        assert_eq!((counts.tp, counts.fn_, counts.fp, counts.tn), (1, 1, 1, 1));
        assert_eq!(day_of("2020-10-01T10:00:00Z").as_deref(), Some("2020-10-01"));
        assert_eq!(day_of("Oct 1"), None);
    }
}
