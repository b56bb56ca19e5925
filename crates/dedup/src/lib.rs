/*!
The dedup stage: finds articles that are near-copies of an earlier one
(syndicated wire copies, re-posts, lightly edited versions) and fills
[`Article::duplicate_of`].

Duplicates are kept and marked, not dropped, so that later stages can count
*independent* sources honestly: a story told by one wire report and four
copies of it has one independent source, not five.

**Method.** Each article's words (stems, in order) are cut into overlapping
shingles of [`SHINGLE_WORDS`] words. A MinHash signature of
[`SIGNATURE_LENGTH`] values is computed by one-permutation hashing (each
shingle hashed once, the hash space cut into bins, the minimum kept per bin,
empty bins filled from their neighbour), which costs one hash per shingle
instead of one per shingle and permutation. Signatures are indexed by
locality-sensitive hashing in [`BANDS`] bands; articles sharing a band are
candidates, and a candidate whose estimated Jaccard similarity reaches the
threshold is a duplicate. Texts too short for shingles are compared whole.

It reads tokens from the `text` stage; it does not cluster stories (two
articles about one event in different words are not duplicates).
*/
#![deny(missing_docs)]

use chorus_model::hash::{mix, term_hash, TermMap};
use std::collections::VecDeque;

use chorus_model::{Article, TokenKind};

/// Words per shingle.
pub const SHINGLE_WORDS: usize = 4;
/// Values in a MinHash signature.
pub const SIGNATURE_LENGTH: usize = 64;
/// Bands of the locality-sensitive hash index.
pub const BANDS: usize = 32;
const ROWS: usize = SIGNATURE_LENGTH / BANDS;
/// Fewer shingles than this and an article is compared by its whole text.
const MIN_SHINGLES: usize = 8;

/// Estimated Jaccard similarity of shingle sets at or above which an article
/// is a near-copy.
pub const DEFAULT_THRESHOLD: f32 = 0.5;

/// An index of the articles seen so far, to which each new article is
/// compared before it is added.
///
/// With a window ([`DuplicateIndex::with_window`]), articles older than the
/// window (by the times given to [`DuplicateIndex::add_at`]) are forgotten,
/// so that a stream's index stays the size of what one window holds.
#[derive(Debug)]
pub struct DuplicateIndex {
    threshold: f32,
    /// Signatures of the articles still indexed; the first is at position `first`.
    signatures: VecDeque<Indexed>,
    first: usize,
    bands: Vec<TermMap<Vec<usize>>>,
    whole_texts: TermMap<usize>,
    window_seconds: Option<i64>,
}

type Signature = [u64; SIGNATURE_LENGTH];

/// One indexed article: its time, its signature with its shingle count (for
/// texts long enough), and the hash of its whole text (for short ones).
type Indexed = (i64, Option<(Signature, u32)>, Option<u64>);

impl Default for DuplicateIndex {
    fn default() -> DuplicateIndex {
        DuplicateIndex::new(DEFAULT_THRESHOLD)
    }
}

impl DuplicateIndex {
    /// An empty index marking articles at or above `threshold` estimated Jaccard similarity.
    pub fn new(threshold: f32) -> DuplicateIndex {
        DuplicateIndex {
            threshold,
            signatures: VecDeque::new(),
            first: 0,
            bands: (0..BANDS).map(|_| TermMap::default()).collect(),
            whole_texts: TermMap::default(),
            window_seconds: None,
        }
    }

    /// An index that forgets articles more than `days` older than the
    /// newest one added.
    pub fn with_window(threshold: f32, days: i64) -> DuplicateIndex {
        DuplicateIndex {
            window_seconds: Some(days.saturating_mul(86_400)),
            ..DuplicateIndex::new(threshold)
        }
    }

    /// How many articles the index holds now.
    pub fn len(&self) -> usize {
        self.signatures.len()
    }

    /// Whether the index holds no article.
    pub fn is_empty(&self) -> bool {
        self.signatures.is_empty()
    }

    /// [`DuplicateIndex::add`] for an article published at `time` (seconds
    /// since the epoch; `None` for undated, which counts as the newest time
    /// seen). Articles should come in time order.
    pub fn add_at(&mut self, article: &Article, time: Option<i64>) -> Option<usize> {
        let now = time
            .or_else(|| self.signatures.back().map(|entry| entry.0))
            .unwrap_or(i64::MIN);
        if let Some(window) = self.window_seconds {
            while let Some(&(seen, _, _)) = self.signatures.front() {
                if seen >= now.saturating_sub(window) {
                    break;
                }
                self.forget_oldest();
            }
        }
        self.insert(article, now)
    }

    fn forget_oldest(&mut self) {
        let Some((_, signature, whole)) = self.signatures.pop_front() else {
            return;
        };
        let position = self.first;
        self.first += 1;
        if let Some((signature, _)) = signature {
            for (band, table) in self.bands.iter_mut().enumerate() {
                let key = band_key(&signature, band);
                if let Some(list) = table.get_mut(&key) {
                    list.retain(|&p| p != position);
                    if list.is_empty() {
                        table.remove(&key);
                    }
                }
            }
        }
        if let Some(key) = whole {
            if self.whole_texts.get(&key) == Some(&position) {
                self.whole_texts.remove(&key);
            }
        }
    }

    /// Compare an article to those already added and add it. Returns the
    /// position (in the order of adding) of the most similar earlier article
    /// it is a near-copy of, if any. Articles that are themselves copies
    /// point through to their original.
    pub fn add(&mut self, article: &Article) -> Option<usize> {
        let now = self.signatures.back().map_or(i64::MIN, |entry| entry.0);
        self.insert(article, now)
    }

    fn insert(&mut self, article: &Article, now: i64) -> Option<usize> {
        let position = self.first + self.signatures.len();
        let words: Vec<u64> = article
            .tokens
            .iter()
            .filter(|t| t.kind != TokenKind::Punct)
            .map(|t| term_hash(&t.stem))
            .collect();
        if words.is_empty() {
            self.signatures.push_back((now, None, None));
            return None;
        }
        if words.len() < SHINGLE_WORDS + MIN_SHINGLES {
            // Too short to estimate: only an identical text is a copy.
            let key = hash_words(&words);
            self.signatures.push_back((now, None, Some(key)));
            return match self.whole_texts.get(&key) {
                Some(&original) => Some(original),
                None => {
                    self.whole_texts.insert(key, position);
                    None
                }
            };
        }
        let signature = signature(&words);
        let shingles = (words.len() + 1 - SHINGLE_WORDS) as u32;
        let mut best: Option<(f32, usize)> = None;
        for (band, table) in self.bands.iter().enumerate() {
            let key = band_key(&signature, band);
            if let Some(candidates) = table.get(&key) {
                for &candidate in candidates {
                    if best.is_some_and(|(_, b)| b == candidate) {
                        continue;
                    }
                    let Some((_, Some((other, other_shingles)), _)) =
                        candidate.checked_sub(self.first).and_then(|i| self.signatures.get(i))
                    else {
                        continue;
                    };
                    {
                        let jaccard = estimate_jaccard(&signature, other);
                        let similarity = jaccard.max(estimate_containment(jaccard, shingles, *other_shingles));
                        if similarity >= self.threshold && best.is_none_or(|(s, _)| similarity > s) {
                            best = Some((similarity, candidate));
                        }
                    }
                }
            }
        }
        for (band, table) in self.bands.iter_mut().enumerate() {
            table.entry(band_key(&signature, band)).or_default().push(position);
        }
        self.signatures.push_back((now, Some((signature, shingles)), None));
        best.map(|(_, original)| original)
    }
}

/// Mark every article that is a near-copy of an earlier one (in slice
/// order). Returns, per article, the index of its original.
pub fn find_duplicates(articles: &[Article]) -> Vec<Option<usize>> {
    let mut index = DuplicateIndex::default();
    let mut originals: Vec<Option<usize>> = Vec::with_capacity(articles.len());
    for article in articles {
        // A copy of a copy points at the first original, so that groups of
        // copies have one root.
        let found = index.add(article).map(|i| originals[i].unwrap_or(i));
        originals.push(found);
    }
    originals
}

/// What dedup found in a batch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Duplicates {
    /// Per article, the index of the article it is a near-copy of.
    pub original: Vec<Option<usize>>,
    /// Per article, whether its text is page furniture shared with articles
    /// under unrelated titles (a consent wall, a paywall notice, a video
    /// caption): such a text says nothing about the article's story.
    pub boilerplate: Vec<bool>,
}

/// Title words' Jaccard similarity below which two articles with the same
/// text are not copies of one another but share boilerplate.
const SAME_TITLE: f32 = 0.3;

/// Find near-copies in a batch (in slice order), telling real copies from
/// shared boilerplate: a copy under an unrelated title is boilerplate.
pub fn classify(articles: &[Article]) -> Duplicates {
    let mut original = find_duplicates(articles);
    let mut boilerplate = vec![false; articles.len()];
    for index in 0..articles.len() {
        let Some(first) = original[index] else { continue };
        if let (Some(a), Some(b)) = (&articles[index].title, &articles[first].title) {
            if title_similarity(a, b) < SAME_TITLE {
                original[index] = None;
                boilerplate[index] = true;
                boilerplate[first] = true;
            }
        }
    }
    Duplicates { original, boilerplate }
}

/// Jaccard similarity of the lower-cased word sets of two titles.
fn title_similarity(a: &str, b: &str) -> f32 {
    let words = |t: &str| -> std::collections::HashSet<String> {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let (a, b) = (words(a), words(b));
    let union = a.union(&b).count();
    if union == 0 {
        return 1.0;
    }
    a.intersection(&b).count() as f32 / union as f32
}

fn signature(words: &[u64]) -> Signature {
    let mut bins = [u64::MAX; SIGNATURE_LENGTH];
    for window in words.windows(SHINGLE_WORDS) {
        let hash = hash_words(window);
        // The top bits choose the bin, the rest is the value within it.
        let bin = (hash >> 58) as usize;
        let value = hash & ((1 << 58) - 1);
        if value < bins[bin] {
            bins[bin] = value;
        }
    }
    densify(&mut bins);
    bins
}

/// Fill empty bins from the next non-empty bin (circularly), salted by the
/// distance, so that two similar sets fill the same bins the same way.
fn densify(bins: &mut Signature) {
    if bins.iter().all(|&v| v == u64::MAX) {
        return;
    }
    for i in 0..SIGNATURE_LENGTH {
        if bins[i] != u64::MAX {
            continue;
        }
        let mut distance = 1;
        while bins[(i + distance) % SIGNATURE_LENGTH] == u64::MAX {
            distance += 1;
        }
        // Filled values are marked by the top bit so they never equal a real minimum by chance.
        let source = bins[(i + distance) % SIGNATURE_LENGTH] & ((1 << 58) - 1);
        bins[i] = (1 << 63) | mix(source ^ distance as u64) >> 1;
    }
}

fn estimate_jaccard(a: &Signature, b: &Signature) -> f32 {
    let equal = a.iter().zip(b).filter(|(x, y)| x == y).count();
    equal as f32 / SIGNATURE_LENGTH as f32
}

/// How much of the smaller of two shingle sets is in the other, estimated
/// from their Jaccard similarity and sizes; counted only when it is nearly
/// all, so that a truncated copy (the first paragraphs of a wire story) is a
/// copy. Below [`CONTAINED`] it counts as nothing.
fn estimate_containment(jaccard: f32, a: u32, b: u32) -> f32 {
    let (a, b) = (a as f32, b as f32);
    let common = jaccard * (a + b) / (1.0 + jaccard);
    let containment = common / a.min(b).max(1.0);
    if containment >= CONTAINED && jaccard >= MIN_JACCARD_CONTAINED {
        containment.min(1.0)
    } else {
        0.0
    }
}

/// Share of the smaller text found in the larger from which it is a copy.
const CONTAINED: f32 = 0.9;
/// Jaccard similarity below which containment is not trusted (the estimate
/// is too noisy, and a short text inside a long one is a quote, not a copy).
const MIN_JACCARD_CONTAINED: f32 = 0.3;

fn band_key(signature: &Signature, band: usize) -> u64 {
    hash_words(&signature[band * ROWS..(band + 1) * ROWS])
}

fn hash_words(words: &[u64]) -> u64 {
    words.iter().fold(0x9E37_79B9_7F4A_7C15, |h, &w| mix(h ^ w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chorus_model::{Span, Token};

    fn article(text: &str) -> Article {
        let mut tokens = Vec::new();
        let mut offset = 0;
        for word in text.split_whitespace() {
            let start = text[offset..].find(word).unwrap() + offset;
            offset = start + word.len();
            tokens.push(Token {
                span: Span::new(start, offset),
                kind: TokenKind::Word,
                stem: word.to_lowercase(),
                stop: false,
                capitalized: false,
            });
        }
        Article {
            text: text.to_string(),
            tokens,
            ..Article::default()
        }
    }

    const STORY: &str = "Police said two men were shot late on Saturday outside a bar on Main Street \
        and one of them died at the hospital early on Sunday while the other is in stable condition \
        officers are still looking for a suspect who fled in a dark sedan and ask anyone with \
        information to call the department tip line as soon as possible";

    #[test]
    fn copies_with_light_edits_are_marked() {
        let edited = STORY
            .replace("dark sedan", "black car")
            .replace("as soon as possible", "");
        let furniture = format!("Share this story {STORY} Copyright 2014 all rights reserved");
        let other = "The city council approved a new budget on Tuesday that raises spending on parks \
            and libraries while cutting the money set aside for road repairs next year after a long \
            debate among members who could not agree on the size of the increase for weeks";
        let articles = [article(STORY), article(other), article(&edited), article(&furniture)];
        assert_eq!(find_duplicates(&articles), [None, None, Some(0), Some(0)]);
    }

    #[test]
    fn same_event_in_other_words_is_not_a_copy() {
        let retold = "A man died and another was wounded when gunfire broke out near a Main Street bar \
            over the weekend according to police who are searching for the gunman and a dark car \
            seen leaving the scene and who urged witnesses to come forward with any information";
        assert_eq!(find_duplicates(&[article(STORY), article(retold)]), [None, None]);
    }

    #[test]
    fn short_texts_match_only_when_identical_and_empty_ones_never() {
        let articles = [
            article("Shots fired downtown"),
            article("Shots fired downtown"),
            article("Shots fired uptown"),
            article(""),
            article(""),
        ];
        assert_eq!(find_duplicates(&articles), [None, Some(0), None, None, None]);
    }

    #[test]
    fn the_same_text_under_unrelated_titles_is_boilerplate_not_a_copy() {
        let titled = |title: &str, text: &str| Article {
            title: Some(title.into()),
            ..article(text)
        };
        let articles = [
            titled("Man shot on Elm Street", STORY),
            titled("Two hurt in crash on Route 9", STORY),
            titled("Man shot on Elm Street - Daily News", STORY),
        ];
        let found = classify(&articles);
        assert_eq!(found.original, [None, None, Some(0)]);
        assert_eq!(found.boilerplate, [true, true, false]);
    }

    #[test]
    fn copies_of_copies_point_to_the_first_original() {
        let copy = format!("{STORY} more");
        let copy_of_copy = format!("{STORY} more text");
        let found = find_duplicates(&[article(STORY), article(&copy), article(&copy_of_copy)]);
        assert_eq!(found, [None, Some(0), Some(0)]);
    }

    #[test]
    fn a_windowed_index_forgets_old_articles() {
        let mut index = DuplicateIndex::with_window(DEFAULT_THRESHOLD, 7);
        let day = 86_400;
        assert_eq!(index.add_at(&article(STORY), Some(0)), None);
        assert_eq!(index.add_at(&article(STORY), Some(day)), Some(0));
        // Thirty days later the first two are out of the window: a copy is new again.
        assert_eq!(index.add_at(&article(STORY), Some(30 * day)), None);
        assert_eq!(index.len(), 1);
        assert_eq!(index.add_at(&article(STORY), Some(31 * day)), Some(2));
    }

    #[test]
    fn a_truncated_copy_is_a_copy() {
        let words: Vec<&str> = STORY.split_whitespace().collect();
        let truncated = words[..words.len() * 6 / 10].join(" ");
        assert_eq!(find_duplicates(&[article(STORY), article(&truncated)]), [None, Some(0)]);
    }
}
