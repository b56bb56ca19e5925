/*!
The stories stage: which articles tell the same story.

Articles are taken one at a time, in publication order, and each joins the
most similar open story or starts a new one. That single pass is what lets
the same code run over a batch and over an endless stream: a story grows as
its articles arrive, and a story that has had no article for
[`ClusterOptions::window_days`] is closed and forgotten, so memory stays
bounded by what happened within the window.

**Features.** An article is a sparse vector of terms weighted by TF-IDF:
the stems of its title (weighted up: headlines name the event) and of its
lead, capitalized words inside a sentence weighted up, numbers (ages,
counts, addresses), whole names of people and places from the `entities`
layer, and the calendar days the text mentions shortly before publication
("on Saturday", resolved by the `dates` layer): what tells one shooting
from another told in the same words. Document frequencies are counted as
articles arrive, in a fixed-size count-min sketch ([`TermCounts`]) so that a
stream's new names never grow memory; a batch run may count them over the
whole batch first ([`Clusterer::observe`]), or start from the counts of a
larger collection the batch belongs to ([`cluster_features_with`]).

**Similarity.** Cosine between the article and a story's centroid (the sum of
its members' term counts, capped to the [`ClusterOptions::max_terms`]
heaviest terms), with weights from the current document frequencies, lowered
by [`ClusterOptions::fade_per_day`] for each day since the story's last
article and by [`ClusterOptions::age_fade_per_day`] for each day since its
first, past its first [`ClusterOptions::age_grace_days`]. The second fade is what keeps a story from chaining: a centroid that
has summed the shootings of one city for weeks holds little but the city's
boilerplate (its sides, hospitals, medical examiner), so it is close to
every new shooting there, and fading by the last article alone never closes
it while one arrives every few days. A real story is told within days of
its event (three quarters of gun-violence's follow-ups within five days);
one that keeps widening for weeks has to be ever closer to be joined.
Articles with only a title have their own threshold, the same by default:
once a bare headline is stemmed like the rest of the batch (the pipeline
lends it the batch's language, `chorus_text::fill_missing_languages`), a
lower one let generic headlines ("… fatal shooting") join stories they
share only common words with. An article is
scored through an inverted index from terms to the open stories that have
them (module `index`), term by term; the commonest terms are skipped
wherever that provably cannot hide a story above the threshold (see
`Clusterer::best_story`), so that an article costs what its rarer terms'
posting lists hold, not one look per open story. Open stories are capped
in number too ([`ClusterOptions::max_open_stories`]).

**Batch refinement.** A batch may merge, after the pass, stories whose
centroids are alike ([`ClusterOptions::refine_threshold`]): a second pass
of the same clusterer over the stories, each dated by its first article, so
that the fading by age keeps it from merging a chain back together. Settings were tuned on the
development sets of gun-violence and uci-headlines
(`chorus-bench clustering --sweep`).

It reads the tokens of the `text` stage and the duplicates of `dedup`; it
knows nothing about summaries or reports.
*/
#![deny(missing_docs)]

mod counts;
mod features;
mod index;

use std::collections::HashMap;

use chorus_model::hash::TermMap;
use chorus_model::Article;
use chrono::NaiveDateTime;

pub use counts::TermCounts;
pub use features::{article_features, term_labels, Features};
use index::{OpenStories, OpenStory, Posting};

/// Settings of the story clustering.
#[derive(Debug, Clone, Copy)]
pub struct ClusterOptions {
    /// Cosine similarity to a story's centroid needed to join it.
    pub threshold: f32,
    /// A story with no new article for this many days is closed.
    pub window_days: i64,
    /// Terms kept in a story's centroid.
    pub max_terms: usize,
    /// Open stories kept at most: past this, the story that has gone
    /// longest without a new article is closed, so that memory stays
    /// bounded however many articles a window holds.
    pub max_open_stories: usize,
    /// How much the similarity to a story is lowered per day since its
    /// last article: a story fades rather than closing at once.
    pub fade_per_day: f32,
    /// Threshold for articles that have only a title (headlines, or a text
    /// that is boilerplate). A few words give lower cosines, but a lower
    /// threshold joins headlines that share only generic words; the
    /// default is the same as [`ClusterOptions::threshold`].
    pub title_only_threshold: f32,
    /// How much the similarity to a story is lowered per day since its
    /// first article, besides the fading since its last: a story that
    /// keeps widening over weeks is more likely a chain than one event.
    pub age_fade_per_day: f32,
    /// Days after a story's first article before fading by age starts: the
    /// first reports and follow-ups of an event come within a few days.
    pub age_grace_days: f32,
    /// A batch's refinement: after the pass, stories whose centroids reach
    /// this cosine are merged, by a second pass over the stories in time
    /// order. `None` keeps the stories of the single pass (a stream).
    pub refine_threshold: Option<f32>,
}

impl Default for ClusterOptions {
    fn default() -> ClusterOptions {
        // Tuned on the development sets of gun-violence and uci-headlines
        // (`chorus-bench clustering --sweep`).
        ClusterOptions {
            threshold: 0.2,
            window_days: 30,
            max_terms: 256,
            max_open_stories: 100_000,
            fade_per_day: 0.006,
            title_only_threshold: 0.2,
            age_fade_per_day: 0.01,
            age_grace_days: 3.0,
            refine_threshold: Some(0.2),
        }
    }
}

/// Where one article went, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Assignment {
    /// The story it is in now.
    pub story: usize,
    /// Whether it joined an existing story (rather than starting one).
    pub joined: bool,
    /// Cosine similarity to the story it joined, or to the most similar
    /// open story when it started its own (0 when there was none).
    pub similarity: f32,
    /// With explanations on, the cosine similarity to the closest kept
    /// member of the story it joined (see [`KEPT_MEMBERS`]): well below
    /// [`Assignment::similarity`] when the centroid, not any one article,
    /// drew it in.
    pub member_similarity: f32,
    /// With explanations on, the terms that weighed most in the
    /// similarity, heaviest first: `(term, share of the dot product)`.
    pub shared: Vec<(u64, f32)>,
}

/// The one-pass clusterer. Feed articles in publication order with
/// [`Clusterer::push`]; each call returns the story the article joined.
#[derive(Debug)]
pub struct Clusterer {
    options: ClusterOptions,
    counts: TermCounts,
    stories: OpenStories,
    next_story: usize,
    latest: Option<NaiveDateTime>,
    explain: bool,
    /// Per slot, the partial dot product of the article being scored
    /// (zero between calls), and the slots it touched.
    scores: Vec<f32>,
    touched: Vec<u32>,
}

/// A term of the article being clustered, weighed.
#[derive(Debug, Clone, Copy)]
struct QueryTerm {
    term: u64,
    /// Count times IDF: the article's TF-IDF weight.
    weight: f32,
    /// Weight times IDF once more, so that a dot product with a centroid's
    /// raw counts is the cosine's numerator.
    twice: f32,
}

/// Posting lists at most this long are always scored through the index:
/// skipping them would save less than looking their terms up per story.
const SHORT_POSTINGS: usize = 32;
/// What looking a term up in a story's centroid costs, in posting list
/// entries scored.
const LOOKUP_COST: usize = 8;

/// Add a term's part of the dot product to each story of its posting list,
/// noting the stories touched for the first time.
fn accumulate(scores: &mut [f32], touched: &mut Vec<u32>, postings: &[Posting], twice: f32) {
    for posting in postings {
        let score = &mut scores[posting.slot as usize];
        if *score == 0.0 {
            touched.push(posting.slot);
        }
        *score += twice * posting.count;
    }
}

impl Clusterer {
    /// A clusterer with no story yet.
    pub fn new(options: ClusterOptions) -> Clusterer {
        Clusterer::with_counts(options, TermCounts::new())
    }

    /// A clusterer with no story yet whose document frequencies start from
    /// `counts` (those of articles clustered before, say).
    pub fn with_counts(options: ClusterOptions, counts: TermCounts) -> Clusterer {
        Clusterer {
            options,
            counts,
            stories: OpenStories::default(),
            next_story: 0,
            latest: None,
            explain: false,
            scores: Vec::new(),
            touched: Vec::new(),
        }
    }

    /// Fill [`Assignment::shared`] from now on (it costs a sort per article).
    pub fn with_explanations(mut self) -> Clusterer {
        self.explain = true;
        self
    }

    /// Count an article's terms in the document frequencies without
    /// clustering it. A batch run observes every article first, so that the
    /// first articles are weighed with the same statistics as the last.
    pub fn observe(&mut self, features: &Features) {
        self.counts.observe(features);
    }

    /// The document frequencies counted so far.
    pub fn into_counts(self) -> TermCounts {
        self.counts
    }

    /// Cluster one article, given its features and publication time, and
    /// say which story it is in. Articles should come in publication order;
    /// undated ones are clustered against whatever stories are open.
    ///
    /// `counted` says whether its terms were already counted by
    /// [`Clusterer::observe`].
    pub fn push(&mut self, features: &Features, published: Option<NaiveDateTime>, counted: bool) -> Assignment {
        if !counted {
            self.observe(features);
        }
        if let Some(time) = published {
            if self.latest.is_none_or(|latest| time > latest) {
                self.latest = Some(time);
                self.close_stale_stories(time);
            }
        }
        let mut query: Vec<QueryTerm> = features
            .terms
            .iter()
            .map(|&(term, count)| {
                let idf = self.idf(term);
                QueryTerm {
                    term,
                    weight: count * idf,
                    twice: count * idf * idf,
                }
            })
            .collect();
        if self.explain {
            // In term order, as kept members are, for the merge with them.
            query.sort_unstable_by_key(|q| q.term);
        }
        let now = published.or(self.latest).map(|t| t.and_utc().timestamp());
        let threshold = if features.title_only {
            self.options.title_only_threshold
        } else {
            self.options.threshold
        };
        let best = self.best_story(&query, now, threshold);
        let (slot, joined, similarity) = match best {
            Some((slot, similarity)) if similarity >= threshold => (slot, true, similarity),
            other => (self.open_story(), false, other.map_or(0.0, |(_, s)| s)),
        };
        let member_similarity = if self.explain && joined {
            self.member_similarity(&query, slot)
        } else {
            0.0
        };
        let shared = if self.explain && joined {
            self.shared_terms(&query, slot)
        } else {
            Vec::new()
        };
        let seen = published.or(self.latest).map_or(i64::MIN, |t| t.and_utc().timestamp());
        let story = self.stories.get(slot).map_or(0, |s| s.id);
        if self.stories.add(slot, &features.terms, seen) > self.options.max_terms * 2 {
            self.trim_story(slot);
        }
        if self.explain {
            self.stories.remember(slot, &features.terms, KEPT_MEMBERS);
        }
        if self.stories.len() > self.options.max_open_stories {
            if let Some((_, oldest)) = self.stories.oldest() {
                self.stories.close(oldest);
            }
        }
        Assignment {
            story,
            joined,
            similarity,
            member_similarity,
            shared,
        }
    }

    /// The open story most similar to the article (its slot), and the
    /// similarity; or the most similar of the stories that could reach
    /// `threshold`, when none does.
    ///
    /// The article is scored term by term through the posting lists. The
    /// terms with the longest lists (the commonest words, when many stories
    /// are open) are skipped there, as long as their share of the article's
    /// norm stays below the threshold: by Cauchy–Schwarz, a story that
    /// shares only skipped terms has a cosine below that share, so it
    /// cannot be joined and need not be scored. The stories found through
    /// the other terms get the skipped terms' part of their dot product by
    /// lookup. The cost of an article is thus that of its rarer terms'
    /// lists, not of every open story that shares a common word with it.
    fn best_story(&mut self, query: &[QueryTerm], now: Option<i64>, threshold: f32) -> Option<(u32, f32)> {
        let norm = query.iter().map(|q| q.weight * q.weight).sum::<f32>().sqrt();
        if norm == 0.0 || self.stories.len() == 0 {
            return None;
        }
        self.scores.resize(self.stories.slot_count(), 0.0);
        let mut long: Vec<(usize, usize)> = Vec::new();
        for (i, q) in query.iter().enumerate() {
            let postings = self.stories.postings(q.term);
            if postings.len() > SHORT_POSTINGS {
                long.push((postings.len(), i));
            } else {
                accumulate(&mut self.scores, &mut self.touched, postings, q.twice);
            }
        }
        long.sort_unstable_by(|a, b| b.cmp(a));
        // Slightly under the bound, for rounding.
        let mut budget = (threshold * norm).powi(2) * 0.99;
        let mut skipped: Vec<QueryTerm> = Vec::new();
        for &(length, i) in &long {
            let q = query[i];
            // A skipped term costs a lookup in each story found: worth it
            // only for a list much longer than the stories found so far.
            if q.weight * q.weight < budget && length > LOOKUP_COST * self.touched.len() {
                budget -= q.weight * q.weight;
                skipped.push(q);
            } else {
                accumulate(
                    &mut self.scores,
                    &mut self.touched,
                    self.stories.postings(q.term),
                    q.twice,
                );
            }
        }
        let mut best: Option<(u32, f32)> = None;
        for slot in std::mem::take(&mut self.touched) {
            let mut dot = std::mem::take(&mut self.scores[slot as usize]);
            let Some(story) = self.stories.get(slot) else { continue };
            for q in &skipped {
                if let Some((count, _)) = story.terms.get(&q.term) {
                    dot += q.twice * count;
                }
            }
            let story_norm = self.story_norm(story);
            if story_norm == 0.0 {
                continue;
            }
            let mut similarity = dot / (norm * story_norm);
            if let (Some(now), true) = (now, story.last_seen != i64::MIN) {
                let days = (now - story.last_seen).max(0) as f32 / 86_400.0;
                similarity -= self.options.fade_per_day * days;
            }
            if let (Some(now), true) = (now, story.first_seen != i64::MAX) {
                let days = (now - story.first_seen).max(0) as f32 / 86_400.0;
                similarity -= self.options.age_fade_per_day * (days - self.options.age_grace_days).max(0.0);
            }
            if best.is_none_or(|(_, s)| similarity > s) {
                best = Some((slot, similarity));
            }
        }
        best
    }

    /// The cosine similarity of the article to the closest kept member of a story.
    fn member_similarity(&self, query: &[QueryTerm], slot: u32) -> f32 {
        let Some(story) = self.stories.get(slot) else {
            return 0.0;
        };
        let norm = query.iter().map(|q| q.weight * q.weight).sum::<f32>().sqrt();
        if norm == 0.0 {
            return 0.0;
        }
        let mut best: f32 = 0.0;
        for member in &story.members {
            let member_norm = self.member_norm(member);
            if member_norm == 0.0 {
                continue;
            }
            // Both are sorted by term: a merge.
            let (mut i, mut j, mut dot) = (0, 0, 0.0);
            while i < query.len() && j < member.terms.len() {
                let (q, (term, count)) = (&query[i], member.terms[j]);
                match q.term.cmp(&term) {
                    std::cmp::Ordering::Less => i += 1,
                    std::cmp::Ordering::Greater => j += 1,
                    std::cmp::Ordering::Equal => {
                        dot += q.twice * count;
                        i += 1;
                        j += 1;
                    }
                }
            }
            best = best.max(dot / (norm * member_norm));
        }
        best
    }

    /// The weighted norm of a kept member, cached like a story's.
    fn member_norm(&self, member: &index::Member) -> f32 {
        if let Some((documents, norm)) = member.norm.get() {
            if self.counts.documents().saturating_sub(documents) <= documents / 50 {
                return norm;
            }
        }
        let norm = member
            .terms
            .iter()
            .map(|&(term, count)| {
                let w = count * self.idf(term);
                w * w
            })
            .sum::<f32>()
            .sqrt();
        member.norm.set(Some((self.counts.documents(), norm)));
        norm
    }

    /// The terms that weigh most in the similarity of the query to a story.
    fn shared_terms(&self, query: &[QueryTerm], slot: u32) -> Vec<(u64, f32)> {
        let Some(story) = self.stories.get(slot) else {
            return Vec::new();
        };
        let mut parts: Vec<(u64, f32)> = query
            .iter()
            .filter_map(|q| story.terms.get(&q.term).map(|(count, _)| (q.term, q.twice * count)))
            .collect();
        let total: f32 = parts.iter().map(|(_, p)| p).sum();
        if total <= 0.0 {
            return Vec::new();
        }
        parts.sort_unstable_by(|a, b| b.1.total_cmp(&a.1));
        parts.truncate(EXPLAINED_TERMS);
        parts.iter().map(|&(term, part)| (term, part / total)).collect()
    }

    /// The norm of a story's IDF-weighted centroid, cached until the story
    /// or the document count changes.
    fn story_norm(&self, story: &OpenStory) -> f32 {
        if let Some((documents, norm)) = story.norm.get() {
            // IDF moves slowly: a norm stays good until the corpus grows by 2%.
            if self.counts.documents().saturating_sub(documents) <= documents / 50 {
                return norm;
            }
        }
        let norm = story
            .terms
            .iter()
            .map(|(term, (count, _))| {
                let w = count * self.idf(*term);
                w * w
            })
            .sum::<f32>()
            .sqrt();
        story.norm.set(Some((self.counts.documents(), norm)));
        norm
    }

    /// Smoothed inverse document frequency.
    fn idf(&self, term: u64) -> f32 {
        let df = self.counts.count(term) as f32;
        ((1.0 + self.counts.documents() as f32) / (1.0 + df)).ln() + 1.0
    }

    fn open_story(&mut self) -> u32 {
        let id = self.next_story;
        self.next_story += 1;
        self.stories.open(id)
    }

    /// Keep only the heaviest terms of a story's centroid.
    fn trim_story(&mut self, slot: u32) {
        let Some(story) = self.stories.get(slot) else { return };
        let mut weighted: Vec<(u64, f32)> = story
            .terms
            .iter()
            .map(|(&term, &(count, _))| (term, count * self.idf(term)))
            .collect();
        weighted.sort_unstable_by(|a, b| b.1.total_cmp(&a.1));
        let dropped: Vec<u64> = weighted
            .iter()
            .skip(self.options.max_terms)
            .map(|&(term, _)| term)
            .collect();
        self.stories.remove_terms(slot, &dropped);
    }

    /// Close the stories whose last article is older than the window.
    fn close_stale_stories(&mut self, now: NaiveDateTime) {
        let limit = now.and_utc().timestamp() - self.options.window_days.saturating_mul(86_400);
        while let Some((seen, slot)) = self.stories.oldest() {
            if seen >= limit {
                break;
            }
            self.stories.close(slot);
        }
    }

    /// How many stories are open now (for memory checks).
    pub fn open_stories(&self) -> usize {
        self.stories.len()
    }
}

/// Terms listed in an explanation.
const EXPLAINED_TERMS: usize = 6;
/// Members kept per open story, with explanations on, to tell how close an
/// article is to the closest of them: the story's first half of them, then
/// its latest.
pub const KEPT_MEMBERS: usize = 8;

/// The result of clustering a batch.
#[derive(Debug, Clone)]
pub struct Clustered {
    /// Per article, its story number (0, 1, 2, … in input order of the
    /// stories' first articles).
    pub story_of: Vec<usize>,
    /// Per article, how it was assigned (the story numbers in it are the
    /// clusterer's, before renumbering).
    pub assignments: Vec<Assignment>,
    /// Articles with no usable term (no title, no words): each is a story
    /// of its own, and callers should report them.
    pub unusable: Vec<usize>,
}

/// Cluster a batch of articles: returns, per article, its story number
/// (0, 1, 2, … in input order of the stories' first articles).
///
/// `text_is_boilerplate[i]` says that article `i`'s text is page furniture
/// shared with unrelated articles, so only its title counts.
pub fn cluster(articles: &[Article], text_is_boilerplate: &[bool], options: &ClusterOptions) -> Vec<usize> {
    cluster_detailed(articles, text_is_boilerplate, options).story_of
}

/// [`cluster`], with how each article was assigned and which articles had
/// nothing to cluster by.
pub fn cluster_detailed(articles: &[Article], text_is_boilerplate: &[bool], options: &ClusterOptions) -> Clustered {
    let features: Vec<Features> = articles
        .iter()
        .enumerate()
        .map(|(i, a)| article_features(a, text_is_boilerplate.get(i).copied().unwrap_or(false)))
        .collect();
    cluster_features(articles, &features, options, false)
}

/// [`cluster_detailed`] on features already computed; `explain` fills
/// [`Assignment::shared`].
pub fn cluster_features(
    articles: &[Article],
    features: &[Features],
    options: &ClusterOptions,
    explain: bool,
) -> Clustered {
    cluster_features_with(articles, features, options, explain, &mut TermCounts::new(), &[])
}

/// [`cluster_features`] with document frequencies that start from `counts`
/// (those of a whole collection, say, of which the batch is a part) rather
/// than from nothing. `counted[i]` says that `counts` already counts article
/// `i` (missing entries say it does not); every other article is counted
/// into `counts`, which ends as the counts the batch was clustered with.
pub fn cluster_features_with(
    articles: &[Article],
    features: &[Features],
    options: &ClusterOptions,
    explain: bool,
    counts: &mut TermCounts,
    counted: &[bool],
) -> Clustered {
    let mut clusterer = Clusterer::with_counts(*options, std::mem::take(counts));
    if explain {
        clusterer = clusterer.with_explanations();
    }
    for (i, f) in features.iter().enumerate() {
        if !counted.get(i).copied().unwrap_or(false) {
            clusterer.observe(f);
        }
    }
    let mut order: Vec<usize> = (0..articles.len()).collect();
    // In time order (UTC where the zone is known, which the time window
    // also counts in); undated articles go last, in input order, against
    // the stories still open.
    order.sort_by_key(|&i| (articles[i].published.is_none(), articles[i].published_utc(), i));
    let mut stories = vec![0; articles.len()];
    let mut assignments = vec![
        Assignment {
            story: 0,
            joined: false,
            similarity: 0.0,
            member_similarity: 0.0,
            shared: Vec::new()
        };
        articles.len()
    ];
    let mut unusable = Vec::new();
    for i in order {
        if features[i].terms.is_empty() {
            unusable.push(i);
            // A story of its own, never a candidate for others.
            let story = clusterer.next_story;
            clusterer.next_story += 1;
            stories[i] = story;
            assignments[i] = Assignment {
                story,
                joined: false,
                similarity: 0.0,
                member_similarity: 0.0,
                shared: Vec::new(),
            };
            continue;
        }
        let assignment = clusterer.push(&features[i], articles[i].published_utc(), true);
        stories[i] = assignment.story;
        assignments[i] = assignment;
    }
    *counts = clusterer.into_counts();
    unusable.sort_unstable();
    if let Some(threshold) = options.refine_threshold {
        refine(articles, features, &mut stories, &unusable, options, threshold);
    }
    renumber(&mut stories);
    Clustered {
        story_of: stories,
        assignments,
        unusable,
    }
}

/// Merge stories of one pass whose centroids are alike: a second pass of
/// the clusterer in which each story, at the time of its first article, is
/// one item whose features are the sum of its members'.
fn refine(
    articles: &[Article],
    features: &[Features],
    stories: &mut [usize],
    unusable: &[usize],
    options: &ClusterOptions,
    threshold: f32,
) {
    let mut summed: HashMap<usize, (Option<NaiveDateTime>, TermMap<f32>, bool)> = HashMap::new();
    for (i, &story) in stories.iter().enumerate() {
        if unusable.binary_search(&i).is_ok() {
            continue;
        }
        let entry = summed
            .entry(story)
            .or_insert((articles[i].published_utc(), TermMap::default(), true));
        let published = articles[i].published_utc();
        if published.is_some() && (entry.0.is_none() || published < entry.0) {
            entry.0 = published;
        }
        entry.2 &= features[i].title_only;
        for &(term, weight) in &features[i].terms {
            *entry.1.entry(term).or_insert(0.0) += weight;
        }
    }
    let mut items: Vec<(Option<NaiveDateTime>, usize, Features)> = summed
        .into_iter()
        .map(|(story, (first, terms, title_only))| {
            let mut terms: Vec<(u64, f32)> = terms.into_iter().collect();
            terms.sort_unstable_by_key(|&(t, _)| t);
            (first, story, Features { terms, title_only })
        })
        .collect();
    items.sort_by_key(|(first, story, _)| (first.is_none(), *first, *story));
    let second = ClusterOptions {
        threshold,
        title_only_threshold: threshold,
        ..*options
    };
    let mut clusterer = Clusterer::new(second);
    for (_, _, f) in &items {
        clusterer.observe(f);
    }
    let mut merged_into: HashMap<usize, usize> = HashMap::new();
    for (first, story, f) in &items {
        let assignment = clusterer.push(f, *first, true);
        merged_into.insert(*story, assignment.story + stories.len());
    }
    for story in stories.iter_mut() {
        if let Some(&merged) = merged_into.get(story) {
            *story = merged;
        }
    }
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
