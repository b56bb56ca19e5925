/*!
The stories stage: which articles tell the same story.

Articles are taken one at a time, in publication order, and each joins the
most similar open story or starts a new one. That single pass is what lets
the same code run over a batch and over an endless stream: a story grows as
its articles arrive, and a story that has had no article for
[`ClusterOptions::window_days`] is closed and forgotten, so memory stays
bounded by what happened within the window.

**Features.** An article is a sparse vector of terms weighted by
TF-IDF: the stems of its title (weighted up: headlines name the event) and of
its lead, names (capitalized words inside a sentence) weighted up, and
numbers (ages, counts, addresses), which tell apart events told in the same
words. Document frequencies are counted as articles arrive; a batch run may
count them over the whole batch first ([`Clusterer::observe`]), which is
the only thing a batch does differently from a stream.

**Similarity.** Cosine between the article and a story's centroid (the sum of
its members' term counts, capped to the [`ClusterOptions::max_terms`]
heaviest terms), with weights from the current document frequencies.
Candidate stories are found through an inverted index from terms to the open
stories that contain them.

It reads the tokens of the `text` stage and the duplicates of `dedup`; it
knows nothing about summaries or reports.
*/
#![deny(missing_docs)]

mod features;

use std::cell::Cell;
use std::collections::HashMap;

use chorus_model::hash::TermMap;
use chorus_model::Article;
use chrono::NaiveDateTime;

pub use features::{Features, article_features};

/// Settings of the story clustering.
#[derive(Debug, Clone, Copy)]
pub struct ClusterOptions {
    /// Cosine similarity to a story's centroid needed to join it.
    pub threshold: f32,
    /// A story with no new article for this many days is closed.
    pub window_days: i64,
    /// Terms kept in a story's centroid.
    pub max_terms: usize,
}

impl Default for ClusterOptions {
    fn default() -> ClusterOptions {
        ClusterOptions { threshold: 0.2, window_days: 7, max_terms: 256 }
    }
}

/// One open story: the summed term counts of its members.
#[derive(Debug)]
struct OpenStory {
    id: usize,
    terms: TermMap<f32>,
    /// The centroid's weighted norm, with the document count it was computed at.
    norm: Cell<Option<(u32, f32)>>,
    last_seen: Option<NaiveDateTime>,
    members: usize,
}

/// The one-pass clusterer. Feed articles in publication order with
/// [`Clusterer::push`]; each call returns the story the article joined.
#[derive(Debug)]
pub struct Clusterer {
    options: ClusterOptions,
    document_frequency: TermMap<u32>,
    documents: u32,
    open: Vec<OpenStory>,
    postings: TermMap<Vec<usize>>,
    next_story: usize,
    latest: Option<NaiveDateTime>,
}

impl Clusterer {
    /// A clusterer with no story yet.
    pub fn new(options: ClusterOptions) -> Clusterer {
        Clusterer {
            options,
            document_frequency: TermMap::default(),
            documents: 0,
            open: Vec::new(),
            postings: TermMap::default(),
            next_story: 0,
            latest: None,
        }
    }

    /// Count an article's terms in the document frequencies without
    /// clustering it. A batch run observes every article first, so that the
    /// first articles are weighed with the same statistics as the last.
    pub fn observe(&mut self, features: &Features) {
        self.documents += 1;
        for &(term, _) in &features.terms {
            *self.document_frequency.entry(term).or_insert(0) += 1;
        }
    }

    /// Cluster one article, given its features and publication time, and
    /// return its story id. Articles should come in publication order;
    /// undated ones are clustered against whatever stories are open.
    ///
    /// `counted` says whether its terms were already counted by
    /// [`Clusterer::observe`].
    pub fn push(&mut self, features: &Features, published: Option<NaiveDateTime>, counted: bool) -> usize {
        if !counted {
            self.observe(features);
        }
        if let Some(time) = published {
            if self.latest.is_none_or(|latest| time > latest) {
                self.latest = Some(time);
                self.close_stale_stories(time);
            }
        }
        let weights = self.weigh(&features.terms);
        let best = self.best_story(&weights);
        let index = match best {
            Some((index, similarity)) if similarity >= self.options.threshold => index,
            _ => self.open_story(),
        };
        self.add_to_story(index, &features.terms, published);
        self.open[index].id
    }

    /// The open story most similar to the weighted terms, and the similarity.
    fn best_story(&self, weights: &[(u64, f32)]) -> Option<(usize, f32)> {
        let norm = weights.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
        if norm == 0.0 {
            return None;
        }
        let mut candidates: Vec<usize> = weights
            .iter()
            .filter_map(|(term, _)| self.postings.get(term))
            .flatten()
            .copied()
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        // Query weights times IDF once, so that a dot product with a
        // centroid's raw counts is the cosine's numerator.
        let query: Vec<(u64, f32)> = weights.iter().map(|&(term, weight)| (term, weight * self.idf(term))).collect();
        let mut best: Option<(usize, f32)> = None;
        for index in candidates {
            let story = &self.open[index];
            let dot: f32 = query.iter().filter_map(|(term, w)| story.terms.get(term).map(|count| w * count)).sum();
            let story_norm = self.story_norm(story);
            if story_norm == 0.0 {
                continue;
            }
            let similarity = dot / (norm * story_norm);
            if best.is_none_or(|(_, s)| similarity > s) {
                best = Some((index, similarity));
            }
        }
        best
    }

    /// The norm of a story's IDF-weighted centroid, cached until the story
    /// or the document count changes.
    fn story_norm(&self, story: &OpenStory) -> f32 {
        if let Some((documents, norm)) = story.norm.get() {
            if documents == self.documents {
                return norm;
            }
        }
        let norm = story
            .terms
            .iter()
            .map(|(term, count)| {
                let w = count * self.idf(*term);
                w * w
            })
            .sum::<f32>()
            .sqrt();
        story.norm.set(Some((self.documents, norm)));
        norm
    }

    fn weigh(&self, terms: &[(u64, f32)]) -> Vec<(u64, f32)> {
        terms.iter().map(|&(term, count)| (term, count * self.idf(term))).collect()
    }

    /// Smoothed inverse document frequency.
    fn idf(&self, term: u64) -> f32 {
        let df = self.document_frequency.get(&term).copied().unwrap_or(0) as f32;
        ((1.0 + self.documents as f32) / (1.0 + df)).ln() + 1.0
    }

    fn open_story(&mut self) -> usize {
        self.open.push(OpenStory { id: self.next_story, terms: TermMap::default(), norm: Cell::new(None), last_seen: None, members: 0 });
        self.next_story += 1;
        self.open.len() - 1
    }

    fn add_to_story(&mut self, index: usize, terms: &[(u64, f32)], published: Option<NaiveDateTime>) {
        let story = &mut self.open[index];
        story.members += 1;
        story.norm.set(None);
        if published.is_some() && story.last_seen < published {
            story.last_seen = published;
        }
        for &(term, count) in terms {
            let entry = story.terms.entry(term).or_insert(0.0);
            if *entry == 0.0 {
                self.postings.entry(term).or_default().push(index);
            }
            *entry += count;
        }
        if story.terms.len() > self.options.max_terms * 2 {
            self.trim_story(index);
        }
    }

    /// Keep only the heaviest terms of a story's centroid.
    fn trim_story(&mut self, index: usize) {
        let mut weighted: Vec<(u64, f32)> = self.open[index]
            .terms
            .iter()
            .map(|(&term, &count)| (term, count * self.idf(term)))
            .collect();
        weighted.sort_unstable_by(|a, b| b.1.total_cmp(&a.1));
        for &(term, _) in &weighted[self.options.max_terms..] {
            self.open[index].terms.remove(&term);
            self.open[index].norm.set(None);
            if let Some(list) = self.postings.get_mut(&term) {
                list.retain(|&s| s != index);
            }
        }
    }

    /// Close the stories whose last article is older than the window.
    fn close_stale_stories(&mut self, now: NaiveDateTime) {
        let window = chrono::Duration::days(self.options.window_days);
        let stale = |story: &OpenStory| story.last_seen.is_some_and(|seen| now - seen > window);
        if !self.open.iter().any(stale) {
            return;
        }
        self.open.retain(|story| !stale(story));
        self.postings.clear();
        for (index, story) in self.open.iter().enumerate() {
            for &term in story.terms.keys() {
                self.postings.entry(term).or_default().push(index);
            }
        }
    }

    /// How many stories are open now (for memory checks).
    pub fn open_stories(&self) -> usize {
        self.open.len()
    }
}

/// Cluster a batch of articles: returns, per article, its story number
/// (0, 1, 2, … in order of first appearance in time).
///
/// `text_is_boilerplate[i]` says that article `i`'s text is page furniture
/// shared with unrelated articles, so only its title counts.
pub fn cluster(articles: &[Article], text_is_boilerplate: &[bool], options: &ClusterOptions) -> Vec<usize> {
    let features: Vec<Features> = articles
        .iter()
        .enumerate()
        .map(|(i, a)| article_features(a, text_is_boilerplate.get(i).copied().unwrap_or(false)))
        .collect();
    let mut clusterer = Clusterer::new(*options);
    for f in &features {
        clusterer.observe(f);
    }
    let mut order: Vec<usize> = (0..articles.len()).collect();
    // Undated articles go last, in input order, against the stories still open.
    order.sort_by_key(|&i| (articles[i].published.is_none(), articles[i].published, i));
    let mut stories = vec![0; articles.len()];
    for i in order {
        stories[i] = clusterer.push(&features[i], articles[i].published, true);
    }
    renumber(&mut stories);
    stories
}

/// Number stories 0, 1, 2, … in order of their first article in the input.
fn renumber(stories: &mut [usize]) {
    let mut numbers = HashMap::new();
    for story in stories.iter_mut() {
        let next = numbers.len();
        *story = *numbers.entry(*story).or_insert(next);
    }
}

#[cfg(test)]
mod tests;
