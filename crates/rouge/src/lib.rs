/*!
ROUGE-N and ROUGE-L recall, precision and F, computed as the official
ROUGE-1.5.5 Perl script computes them, so that chorus's summary figures can be
compared with published ones.

What it reproduces (checked against the official scores of DUC 2004 by
`chorus-bench rouge-check`):

- truncation to the first *N* whitespace-separated words (`-l N`), before
  anything else;
- tokens: the text lowercased, every character other than `a-z` and `0-9`
  turned into a space;
- stemming (`-m`): the original Porter stemmer, applied to tokens longer than
  three characters (ROUGE-1.5.5 leaves shorter ones alone);
- ROUGE-N: clipped n-gram matches over the whole summary (n-grams run across
  sentence boundaries);
- ROUGE-L: summary-level LCS, the union of each reference sentence's LCS
  with every candidate sentence, each token counted at most as often as it
  occurs on both sides;
- several references: "model average" (`-f A`), hits and counts summed over
  the references before dividing; F with weight `alpha` (`-p`).

- irregular forms: ROUGE's `-m` looks words up in WordNet's exception
  lists before stemming; chorus-rouge has its own shorter list of the common
  irregular verbs, plurals and comparatives ([`base_form`]).
- stopword removal (`-s`): tokens found in a given list are dropped before
  stemming and before n-grams are formed, so a bigram can span a removed
  word. The list is not in chorus: ROUGE-1.5.5's own
  (`data/smart_common_words.txt`) is read at run time ([`Stopwords::read`]).

What it leaves out: the rarer irregular forms of WordNet's lists,
ROUGE-W/S/SU, and the bootstrap confidence intervals.
*/
#![deny(missing_docs)]

mod irregular;
mod porter;

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;

pub use irregular::base_form;
pub use porter::stem;

/// How texts are turned into tokens.
#[derive(Debug, Clone)]
pub struct Options {
    /// Porter stemming of tokens longer than three characters (ROUGE's `-m`).
    pub stem: bool,
    /// Keep only this many whitespace-separated words (ROUGE's `-l`).
    pub word_limit: Option<usize>,
    /// Weight of precision in F: `F = PR / ((1 - alpha) P + alpha R)` (ROUGE's `-p`).
    pub alpha: f64,
    /// Tokens to drop before stemming and n-grams (ROUGE's `-s`); none when `None`.
    pub stopwords: Option<Arc<Stopwords>>,
}

impl Default for Options {
    /// `-m -p 0.5`, no length limit, stopwords kept.
    fn default() -> Options {
        Options {
            stem: true,
            word_limit: None,
            alpha: 0.5,
            stopwords: None,
        }
    }
}

/// A stopword list as ROUGE-1.5.5 reads one: one word a line, matched
/// exactly against the lowercase tokens (so entries such as `can't`, which
/// no token can equal, never match).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Stopwords {
    words: HashSet<String>,
}

impl Stopwords {
    /// The list from its text, one word a line.
    pub fn from_lines(text: &str) -> Stopwords {
        Stopwords {
            words: text
                .lines()
                .map(|line| line.trim_end_matches('\r'))
                .filter(|line| !line.is_empty())
                .map(str::to_string)
                .collect(),
        }
    }

    /// Read the list from a file (ROUGE-1.5.5's `data/smart_common_words.txt`).
    pub fn read(path: &Path) -> std::io::Result<Stopwords> {
        Ok(Stopwords::from_lines(&std::fs::read_to_string(path)?))
    }

    /// Whether a token is on the list.
    pub fn contains(&self, token: &str) -> bool {
        self.words.contains(token)
    }

    /// How many words the list has.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether the list is empty.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

/// Recall, precision and F of one summary, or their averages.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Score {
    /// Share of the references' units found in the summary.
    pub recall: f64,
    /// Share of the summary's units found in the references.
    pub precision: f64,
    /// Weighted harmonic mean of the two.
    pub f: f64,
}

impl Score {
    fn from_counts(hits: f64, reference_total: f64, candidate_total: f64, alpha: f64) -> Score {
        let recall = if reference_total > 0.0 {
            hits / reference_total
        } else {
            0.0
        };
        let precision = if candidate_total > 0.0 {
            hits / candidate_total
        } else {
            0.0
        };
        let f = if recall > 0.0 && precision > 0.0 {
            precision * recall / ((1.0 - alpha) * precision + alpha * recall)
        } else {
            0.0
        };
        Score { recall, precision, f }
    }

    /// The mean of several scores (ROUGE's system-level average).
    pub fn mean(scores: &[Score]) -> Score {
        if scores.is_empty() {
            return Score::default();
        }
        let n = scores.len() as f64;
        Score {
            recall: scores.iter().map(|s| s.recall).sum::<f64>() / n,
            precision: scores.iter().map(|s| s.precision).sum::<f64>() / n,
            f: scores.iter().map(|s| s.f).sum::<f64>() / n,
        }
    }
}

/// A summary ready to be scored: its sentences as tokens.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary {
    /// Tokens of each sentence, after truncation, cleaning and stemming.
    pub sentences: Vec<Vec<String>>,
}

impl Summary {
    /// Prepare a summary given as sentences.
    pub fn from_sentences<S: AsRef<str>>(sentences: &[S], options: &Options) -> Summary {
        let mut words_left = options.word_limit.unwrap_or(usize::MAX);
        let mut prepared = Vec::new();
        for sentence in sentences {
            if words_left == 0 {
                break;
            }
            let kept: Vec<&str> = sentence.as_ref().split_whitespace().take(words_left).collect();
            words_left -= kept.len();
            let tokens = tokens_without(&kept.join(" "), options.stem, options.stopwords.as_deref());
            if !tokens.is_empty() {
                prepared.push(tokens);
            }
        }
        Summary { sentences: prepared }
    }

    /// Prepare a summary given as one text, one sentence per line.
    pub fn from_lines(text: &str, options: &Options) -> Summary {
        let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
        Summary::from_sentences(&lines, options)
    }

    fn words(&self) -> impl Iterator<Item = &str> {
        self.sentences.iter().flatten().map(String::as_str)
    }

    fn len(&self) -> usize {
        self.sentences.iter().map(Vec::len).sum()
    }
}

/// The tokens of a text as ROUGE-1.5.5 sees them: lowercase, runs of
/// letters and digits, stemmed if asked.
pub fn tokens(text: &str, stemming: bool) -> Vec<String> {
    tokens_without(text, stemming, None)
}

/// The tokens of a text as ROUGE-1.5.5 sees them, less the stopwords if a
/// list is given (`-s`: looked up before stemming).
pub fn tokens_without(text: &str, stemming: bool, stopwords: Option<&Stopwords>) -> Vec<String> {
    let cleaned: String = text
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                ' '
            }
        })
        .collect();
    cleaned
        .split_whitespace()
        .filter(|token| !stopwords.is_some_and(|list| list.contains(token)))
        .map(|token| match base_form(token) {
            _ if !stemming || token.len() <= 3 => token.to_string(),
            Some(base) => base.to_string(),
            None => stem(token),
        })
        .collect()
}

/// N-gram counts of a summary, n-grams running across its sentences as
/// ROUGE-1.5.5 counts them within one summary.
pub fn ngram_counts(summary: &Summary, n: usize) -> HashMap<Vec<&str>, usize> {
    let words: Vec<&str> = summary.words().collect();
    let mut counts = HashMap::new();
    if n == 0 || words.len() < n {
        return counts;
    }
    for gram in words.windows(n) {
        *counts.entry(gram.to_vec()).or_insert(0) += 1;
    }
    counts
}

/// The raw counts behind ROUGE-N (what ROUGE-1.5.5 prints with `-t 2`):
/// clipped n-gram matches, and the n-grams of the references and of the
/// candidate, each summed over the references (model average).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Matched n-grams (`H_count`).
    pub hits: usize,
    /// N-grams of the references (`M_count`).
    pub reference_total: usize,
    /// N-grams of the candidate, once per reference (`P_count`).
    pub candidate_total: usize,
}

/// The ROUGE-N counts of a candidate against references.
pub fn rouge_n_counts(candidate: &Summary, references: &[Summary], n: usize) -> Counts {
    let candidate_counts = ngram_counts(candidate, n);
    let candidate_total: usize = candidate_counts.values().sum();
    let mut counts = Counts::default();
    for reference in references {
        let reference_counts = ngram_counts(reference, n);
        counts.reference_total += reference_counts.values().sum::<usize>();
        counts.hits += reference_counts
            .iter()
            .map(|(gram, &count)| count.min(candidate_counts.get(gram).copied().unwrap_or(0)))
            .sum::<usize>();
        counts.candidate_total += candidate_total;
    }
    counts
}

/// ROUGE-N of a candidate against references, model-averaged.
pub fn rouge_n(candidate: &Summary, references: &[Summary], n: usize, alpha: f64) -> Score {
    let counts = rouge_n_counts(candidate, references, n);
    Score::from_counts(
        counts.hits as f64,
        counts.reference_total as f64,
        counts.candidate_total as f64,
        alpha,
    )
}

/// ROUGE-L (summary-level LCS) of a candidate against references,
/// model-averaged.
pub fn rouge_l(candidate: &Summary, references: &[Summary], alpha: f64) -> Score {
    let candidate_total = candidate.len();
    let (mut hits, mut reference_total, mut candidate_sum) = (0usize, 0usize, 0usize);
    for reference in references {
        reference_total += reference.len();
        candidate_sum += candidate_total;
        hits += union_lcs_hits(candidate, reference);
    }
    Score::from_counts(hits as f64, reference_total as f64, candidate_sum as f64, alpha)
}

/// Summary-level LCS hits: for each reference sentence, the union of the
/// positions of its LCS with each candidate sentence; a token counts while
/// both summaries still have an unmatched occurrence of it.
fn union_lcs_hits(candidate: &Summary, reference: &Summary) -> usize {
    let mut reference_left: HashMap<&str, usize> = HashMap::new();
    for word in reference.words() {
        *reference_left.entry(word).or_insert(0) += 1;
    }
    let mut candidate_left: HashMap<&str, usize> = HashMap::new();
    for word in candidate.words() {
        *candidate_left.entry(word).or_insert(0) += 1;
    }
    let mut hits = 0;
    for reference_sentence in &reference.sentences {
        let mut union = vec![false; reference_sentence.len()];
        for candidate_sentence in &candidate.sentences {
            for position in lcs_positions(reference_sentence, candidate_sentence) {
                union[position] = true;
            }
        }
        for (position, _) in union.iter().enumerate().filter(|(_, &in_union)| in_union) {
            let word = reference_sentence[position].as_str();
            let (Some(r), Some(c)) = (reference_left.get_mut(word), candidate_left.get_mut(word)) else {
                continue;
            };
            if *r > 0 && *c > 0 {
                *r -= 1;
                *c -= 1;
                hits += 1;
            }
        }
    }
    hits
}

/// Positions in `a` of one longest common subsequence of `a` and `b`.
fn lcs_positions(a: &[String], b: &[String]) -> Vec<usize> {
    let (n, m) = (a.len(), b.len());
    let mut table = vec![0u32; (n + 1) * (m + 1)];
    let at = |i: usize, j: usize| i * (m + 1) + j;
    for i in 1..=n {
        for j in 1..=m {
            table[at(i, j)] = if a[i - 1] == b[j - 1] {
                table[at(i - 1, j - 1)] + 1
            } else {
                table[at(i - 1, j)].max(table[at(i, j - 1)])
            };
        }
    }
    let mut positions = Vec::new();
    let (mut i, mut j) = (n, m);
    while i > 0 && j > 0 {
        if a[i - 1] == b[j - 1] {
            positions.push(i - 1);
            i -= 1;
            j -= 1;
        } else if table[at(i - 1, j)] >= table[at(i, j - 1)] {
            i -= 1;
        } else {
            j -= 1;
        }
    }
    positions.reverse();
    positions
}

/// Sentences of a reference or summary given as running text, for the
/// summary-level ROUGE-L (which ROUGE-1.5.5 reads one sentence per line): a
/// break after `.`, `!` or `?` followed by a space and a capital, a digit
/// or a quote.
pub fn split_sentences(text: &str) -> Vec<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut sentences = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for (i, word) in words.iter().enumerate() {
        current.push(word);
        let ends = word
            .trim_end_matches(['"', '\'', '”', '’', ')'])
            .ends_with(['.', '!', '?']);
        let next_starts = words
            .get(i + 1)
            .and_then(|w| w.chars().next())
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || "\"“'‘(".contains(c));
        if ends && next_starts {
            sentences.push(current.join(" "));
            current.clear();
        }
    }
    if !current.is_empty() {
        sentences.push(current.join(" "));
    }
    sentences
}

#[cfg(test)]
mod tests;
