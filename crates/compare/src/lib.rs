/*!
The compare stage: which sentences of a story's articles say the same thing,
and how many independent sources say each.

For one story, every sentence becomes a vector of the stems of its content
words (and its numbers), weighted by how rare they are among the story's
sentences. Two sentences of different articles are *aligned* (they report
the same fact) when their cosine similarity reaches [`STRONG_THRESHOLD`];
or [`MODERATE_THRESHOLD`] and they share a pair of nearby content words
(which tells who did what to whom, as a bag of words cannot); or
[`ALIGN_THRESHOLD`] and they share two such pairs; never when both are
dated to days and none in common (two statements of concern on Wednesday
and on Friday are two facts, however alike their words). The
similarities are computed through an inverted index (a sparse product), so
a story with many articles costs what its shared terms cost, not the square
of its sentences.

Independence is given by the caller as a *source group* per article: the
pipeline puts near-copies and the articles of one outlet in one group. A
fact told by three articles of which two are wire copies has
`articles: 3, independent: 2`.

It reads sentences and tokens; it does not choose what goes in a summary
(that is `chorus-summary`).
*/
#![deny(missing_docs)]

mod quotes;
mod statements;

use chorus_model::hash::{mix, term_hash, TermMap};
use chorus_model::{Article, DatePrecision, EntityKind, Span, TokenKind};
use chrono::NaiveDate;

pub use quotes::{match_quotes, StoryQuote};

/// Cosine similarity at or above which two sentences say the same thing.
pub const ALIGN_THRESHOLD: f32 = 0.2;
/// Cosine similarity at or above which one shared pair of nearby words is
/// enough for two sentences to say the same thing (below it, two are needed).
pub const MODERATE_THRESHOLD: f32 = 0.3;
/// Cosine similarity at or above which two sentences say the same thing
/// even when they share no pair of nearby words.
pub const STRONG_THRESHOLD: f32 = 0.5;
/// Content words this close (in content words) form a pair.
const PAIR_WINDOW: usize = 3;
/// Sentences with fewer content terms than this are not aligned: too little
/// to tell a fact apart.
const MIN_TERMS: usize = 3;

/// A sentence of a story: `articles[article].sentences[sentence]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SentenceRef {
    /// Index of the article in the run.
    pub article: usize,
    /// Index of the sentence in that article.
    pub sentence: usize,
}

/// How many articles and independent sources report something.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Support {
    /// Articles.
    pub articles: usize,
    /// Distinct source groups among them.
    pub independent: usize,
}

/// One sentence of the story with what the other articles say alike.
#[derive(Debug, Clone)]
pub struct AlignedSentence {
    /// The sentence.
    pub at: SentenceRef,
    /// Its content terms (hashed stems) with their weights, unit length.
    pub vector: Vec<(u64, f32)>,
    /// For each other article that says the same: its most similar sentence
    /// and the similarity, best first.
    pub matches: Vec<(SentenceRef, f32)>,
    /// The articles (this one included) and independent sources that say it.
    pub support: Support,
    /// Sum of its similarities to the sentences of other articles: how
    /// central it is to what the story's sources say.
    pub centrality: f32,
}

/// The aligned sentences of one story.
#[derive(Debug, Clone)]
pub struct StoryAlignment {
    /// Every sentence of every article of the story, in article then text order.
    pub sentences: Vec<AlignedSentence>,
}

impl StoryAlignment {
    /// Cosine similarity of two sentences of the alignment (by position in
    /// [`StoryAlignment::sentences`]).
    pub fn similarity(&self, a: usize, b: usize) -> f32 {
        cosine(&self.sentences[a].vector, &self.sentences[b].vector)
    }
}

/// Align the sentences of a story's articles.
///
/// `members` are indices into `articles`; `source_group[i]` is the source
/// group of `articles[i]` (for the whole run).
pub fn align_story(articles: &[Article], members: &[usize], source_group: &[usize]) -> StoryAlignment {
    // Sized once: a story's sentences, and a sentence's terms (at most
    // one per token), are known before they are read.
    let count: usize = members.iter().map(|&m| articles[m].sentences.len()).sum();
    let mut sentences = Vec::with_capacity(count);
    let mut raw_terms: Vec<Vec<u64>> = Vec::with_capacity(count);
    let mut raw_pairs: Vec<Vec<u64>> = Vec::with_capacity(count);
    let mut days: Vec<Vec<NaiveDate>> = Vec::with_capacity(count);
    let mut outside_dates = Vec::new();
    for &article_index in members {
        let article = &articles[article_index];
        days.extend(sentence_days(article));
        for (sentence_index, sentence) in article.sentences.iter().enumerate() {
            let tokens = article.sentence_tokens(sentence);
            let mut terms = Vec::with_capacity(tokens.len());
            content_words(article, tokens, &[], &mut terms, &mut outside_dates);
            raw_pairs.push(word_pairs(&outside_dates));
            terms.sort_unstable();
            terms.dedup();
            raw_terms.push(terms);
            sentences.push(AlignedSentence {
                at: SentenceRef {
                    article: article_index,
                    sentence: sentence_index,
                },
                vector: Vec::new(),
                matches: Vec::new(),
                support: Support::default(),
                centrality: 0.0,
            });
        }
    }
    // Inverse sentence frequency within the story. Sized once for every
    // term read (an upper bound on the distinct ones, and no more memory
    // than `raw_terms` already holds), not grown rehash by rehash.
    let read: usize = raw_terms.iter().map(Vec::len).sum();
    let mut frequency: TermMap<u32> = TermMap::with_capacity_and_hasher(read, Default::default());
    for terms in &raw_terms {
        for &term in terms {
            *frequency.entry(term).or_insert(0) += 1;
        }
    }
    let total = raw_terms.len() as f32;
    for (sentence, terms) in sentences.iter_mut().zip(&raw_terms) {
        if terms.len() < MIN_TERMS {
            continue;
        }
        let mut vector: Vec<(u64, f32)> = terms
            .iter()
            .map(|term| (*term, ((1.0 + total) / (1.0 + frequency[term] as f32)).ln() + 1.0))
            .collect();
        let norm = vector.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
        vector.iter_mut().for_each(|(_, w)| *w /= norm);
        sentence.vector = vector;
    }
    // Sparse product through postings: similarities of all sentence pairs
    // that share a term, across articles only.
    let mut postings: TermMap<Vec<(u32, f32)>> = TermMap::with_capacity_and_hasher(frequency.len(), Default::default());
    for (index, sentence) in sentences.iter().enumerate() {
        for &(term, weight) in &sentence.vector {
            postings.entry(term).or_default().push((index as u32, weight));
        }
    }
    // Dot products gather in a dense array (one cell per sentence, zero
    // between sentences) with the list of cells touched: a story of
    // hundreds of articles has tens of thousands of sentence pairs per
    // sentence, too many for a hash map per pair.
    let mut dots: Vec<f32> = vec![0.0; sentences.len()];
    let mut touched: Vec<u32> = Vec::new();
    // The article of each sentence, packed apart from the sentences, for
    // the inner loop.
    let article_of: Vec<usize> = sentences.iter().map(|sentence| sentence.at.article).collect();
    for index in 0..sentences.len() {
        let article = article_of[index];
        for &(term, weight) in &sentences[index].vector {
            for &(other, other_weight) in &postings[&term] {
                if article_of[other as usize] != article {
                    let dot = &mut dots[other as usize];
                    if *dot == 0.0 {
                        touched.push(other);
                    }
                    *dot += weight * other_weight;
                }
            }
        }
        touched.sort_unstable();
        // The sentences of an article are consecutive and in text order,
        // so the touched ones come article by article: the best of each
        // (the first on ties) closes when the next article starts.
        let mut matches: Vec<(SentenceRef, f32)> = Vec::new();
        let mut best: Option<(SentenceRef, f32)> = None;
        let mut centrality = 0.0;
        for other in touched.drain(..) {
            let score = std::mem::take(&mut dots[other as usize]);
            centrality += score;
            let aligned = same_fact(score, &raw_pairs[index], &raw_pairs[other as usize])
                && !different_days(&days[index], &days[other as usize]);
            if !aligned {
                continue;
            }
            let at = sentences[other as usize].at;
            match &mut best {
                Some(current) if current.0.article == at.article => {
                    if score > current.1 {
                        *current = (at, score);
                    }
                }
                _ => matches.extend(best.replace((at, score))),
            }
        }
        matches.extend(best);
        matches.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let mut groups: Vec<usize> = matches.iter().map(|(at, _)| source_group[at.article]).collect();
        groups.push(source_group[article]);
        groups.sort_unstable();
        groups.dedup();
        let sentence = &mut sentences[index];
        sentence.support = Support {
            articles: matches.len() + 1,
            independent: groups.len(),
        };
        sentence.matches = matches;
        sentence.centrality = centrality;
    }
    StoryAlignment { sentences }
}

/// Per sentence of `article`, the days its date mentions name (sorted,
/// without repeats): day-precise mentions only, and not the start of a
/// period ("since Monday"), which is not when the sentence's event happened.
fn sentence_days(article: &Article) -> Vec<Vec<NaiveDate>> {
    let mut days = vec![Vec::new(); article.sentences.len()];
    for mention in &article.dates {
        if mention.precision != DatePrecision::Day || mention.starts_period {
            continue;
        }
        let at = article.sentences.partition_point(|s| s.span.end <= mention.span.start);
        if let Some(sentence) = days.get_mut(at) {
            if article.sentences[at].span.start <= mention.span.start {
                sentence.push(mention.date);
            }
        }
    }
    for sentence in &mut days {
        sentence.sort_unstable();
        sentence.dedup();
    }
    days
}

/// Whether two sentences are dated to different days: both name days and
/// none in common ("concern on Wednesday" and "concern on Friday" are two
/// statements, however alike their words).
fn different_days(a: &[NaiveDate], b: &[NaiveDate]) -> bool {
    !a.is_empty() && !b.is_empty() && shared_sorted(a, b) == 0
}

/// The content terms of a span of an article (unit-length vector with equal
/// weights, sorted by term) and its word pairs, for comparing statements.
/// The names of people in it make no pairs: who a statement names ("talks
/// with his Russian counterpart, Vladimir Putin, and with US President
/// Donald Trump", "agreed with President Trump and President Putin to
/// exchange information") does not tell what it says.
pub(crate) fn content_terms(article: &Article, span: Span) -> (Vec<(u64, f32)>, Vec<u64>) {
    let first = article.tokens.partition_point(|t| t.span.start < span.start);
    let last = first + article.tokens[first..].partition_point(|t| t.span.end <= span.end);
    let tokens = &article.tokens[first..last];
    let mut people: Vec<Span> = article
        .entities
        .iter()
        .filter(|entity| entity.kind == EntityKind::Person)
        .flat_map(|entity| entity.mentions.iter().copied())
        .filter(|mention| mention.start < span.end && mention.end > span.start)
        .collect();
    people.sort_unstable();
    let (mut terms, mut outside_dates) = (Vec::new(), Vec::new());
    content_words(article, tokens, &people, &mut terms, &mut outside_dates);
    let pairs = word_pairs(&outside_dates);
    terms.sort_unstable();
    terms.dedup();
    if terms.len() < MIN_TERMS {
        return (Vec::new(), pairs);
    }
    let weight = 1.0 / (terms.len() as f32).sqrt();
    (terms.into_iter().map(|t| (t, weight)).collect(), pairs)
}

/// The hashed stems of the content words of `tokens`, in text order, into
/// `all`, and of those that may form pairs into `outside_dates` (cleared
/// first): the content words outside dates and outside the `skipped` spans.
/// "sent to Azerbaijan since September 23" and "assistance to Azerbaijan on
/// September 30" share {Azerbaijan, September}, which says nothing about
/// whether they tell the same fact.
fn content_words(
    article: &Article,
    tokens: &[chorus_model::Token],
    skipped: &[Span],
    all: &mut Vec<u64>,
    outside_dates: &mut Vec<u64>,
) {
    outside_dates.clear();
    // Dates are sorted by start; walk them alongside the tokens.
    let dates = &article.dates;
    let mut next_date = tokens
        .first()
        .map_or(0, |t| dates.partition_point(|d| d.span.end <= t.span.start));
    let inside_skipped = |token: &chorus_model::Token| {
        skipped
            .iter()
            .any(|span| span.start <= token.span.start && token.span.end <= span.end)
    };
    for token in tokens.iter().filter(|t| is_content(t)) {
        let hash = term_hash(&token.stem);
        all.push(hash);
        if inside_skipped(token) {
            continue;
        }
        while next_date < dates.len() && dates[next_date].span.end <= token.span.start {
            next_date += 1;
        }
        let in_date = dates
            .get(next_date)
            .is_some_and(|d| d.span.start <= token.span.start && token.span.end <= d.span.end);
        if !in_date {
            outside_dates.push(hash);
        }
    }
}

/// Words that carry content: not stopwords, not punctuation, not one letter.
fn is_content(token: &chorus_model::Token) -> bool {
    !token.stop
        && (token.kind == TokenKind::Number || (token.kind == TokenKind::Word && token.stem.chars().count() > 1))
}

/// Unordered pairs of content words at most [`PAIR_WINDOW`] apart, hashed
/// and sorted. A bag of words cannot tell who did what to whom; pairs can:
/// "France accused Turkey" shares {accused, Turkey} with "Turkey was
/// accused by France", but no pair with "Armenia and Azerbaijan accuse each
/// other", although the three share words.
fn word_pairs(content: &[u64]) -> Vec<u64> {
    let mut pairs = Vec::with_capacity(content.len() * PAIR_WINDOW);
    for (i, &a) in content.iter().enumerate() {
        for &b in content.iter().skip(i + 1).take(PAIR_WINDOW) {
            if a != b {
                pairs.push(mix(a.min(b) ^ mix(a.max(b))));
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// How many items two sorted lists without repeats have in common.
fn shared_sorted<T: Ord>(a: &[T], b: &[T]) -> usize {
    let (mut i, mut j, mut count) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                count += 1;
                i += 1;
                j += 1;
            }
        }
    }
    count
}

/// Whether two sentences (or statements), given the cosine of their
/// content and their word pairs, say the same thing: a strong cosine alone;
/// a moderate one with a shared pair; a weak one with two shared pairs (one
/// pair in common happens by chance: {promised, informed}).
pub(crate) fn same_fact(cosine: f32, pairs_a: &[u64], pairs_b: &[u64]) -> bool {
    if cosine >= STRONG_THRESHOLD {
        return true;
    }
    if cosine < ALIGN_THRESHOLD {
        return false;
    }
    let needed = if cosine >= MODERATE_THRESHOLD { 1 } else { 2 };
    shared_sorted(pairs_a, pairs_b) >= needed
}

/// Whether two spans of text, in one article or two, say the same thing by
/// the test aligned sentences pass ([`STRONG_THRESHOLD`], or a weaker
/// cosine with shared word pairs), their content words weighted alike: how
/// the contents of two attributions are compared.
pub fn same_statement(a: &Article, span_a: Span, b: &Article, span_b: Span) -> bool {
    let (vector_a, pairs_a) = content_terms(a, span_a);
    let (vector_b, pairs_b) = content_terms(b, span_b);
    !vector_a.is_empty() && !vector_b.is_empty() && same_fact(cosine(&vector_a, &vector_b), &pairs_a, &pairs_b)
}

/// Cosine of two unit vectors sorted by term.
pub fn cosine(a: &[(u64, f32)], b: &[(u64, f32)]) -> f32 {
    let (mut i, mut j, mut dot) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    dot
}

#[cfg(test)]
mod tests;
