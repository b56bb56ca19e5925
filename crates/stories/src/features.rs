//! What an article is about, as weighted terms: title and lead stems, names
//! and numbers, whole names of people and places, and the days of the event
//! (dates the text mentions shortly before its publication).

use chorus_model::hash::{mix, term_hash, TermMap};
use chorus_model::{Article, DatePrecision, EntityKind, Span, Token, TokenKind};
use chrono::Datelike;

/// Words of the text read for features: the lead, where news puts the event.
const LEAD_WORDS: usize = 400;
/// Extra weight of a title word: headlines name the event.
const TITLE_WEIGHT: f32 = 2.0;
/// Extra weight of a capitalized word inside a sentence: usually a name.
const NAME_WEIGHT: f32 = 1.0;
/// Weight of a whole named person or place ("Darnell Hughes", "Elm
/// Street"), on top of its words: a full name tells one event from another
/// better than its words apart.
const ENTITY_WEIGHT: f32 = 1.5;
/// Weight of a calendar day the text mentions near the publication date
/// ("on Saturday" resolved): the day of the event.
const DATE_WEIGHT: f32 = 1.5;
/// Days before publication within which a mentioned day counts as the
/// event's day.
const EVENT_DAYS: i64 = 10;

/// An article's terms with their (sublinear) counts, before IDF weighting.
#[derive(Debug, Clone, Default)]
pub struct Features {
    /// `(term hash, weight)`, one entry per distinct term.
    pub terms: Vec<(u64, f32)>,
    /// Whether only the title was read (no text, or text that is boilerplate).
    pub title_only: bool,
}

/// The features of an article. With `title_only`, the text is ignored (it is
/// page furniture shared with unrelated articles).
pub fn article_features(article: &Article, title_only: bool) -> Features {
    collect(article, title_only, None)
}

/// What each term of an article's features stands for, as readable text
/// ("stem", "name:darnell hughes", "day:2016-03-05"), for explanations.
pub fn term_labels(article: &Article, title_only: bool) -> TermMap<String> {
    let mut labels = TermMap::default();
    collect(article, title_only, Some(&mut labels));
    labels
}

fn collect(article: &Article, title_only: bool, mut labels: Option<&mut TermMap<String>>) -> Features {
    let mut counts: TermMap<f32> = TermMap::default();
    if let Some(title) = &article.title {
        let tokens = chorus_text::tokenize(title, Span::new(0, title.len()), article.language.as_deref());
        for token in &tokens {
            if let Some(term) = term(token) {
                *counts.entry(term).or_insert(0.0) += TITLE_WEIGHT;
                if let Some(labels) = labels.as_deref_mut() {
                    labels.entry(term).or_insert_with(|| token.stem.clone());
                }
            }
        }
    }
    if !title_only {
        let mut sentence_starts: Vec<u32> = article.sentences.iter().map(|s| s.tokens.start).collect();
        sentence_starts.sort_unstable();
        let mut words = 0;
        for (index, token) in article.tokens.iter().enumerate() {
            let Some(term) = term(token) else { continue };
            words += 1;
            if words > LEAD_WORDS {
                break;
            }
            let mut weight = 1.0;
            if token.capitalized && sentence_starts.binary_search(&(index as u32)).is_err() {
                weight += NAME_WEIGHT;
            }
            *counts.entry(term).or_insert(0.0) += weight;
            if let Some(labels) = labels.as_deref_mut() {
                labels.entry(term).or_insert_with(|| token.stem.clone());
            }
        }
    }
    if !title_only {
        add_entities_and_dates(article, &mut counts, labels);
    }
    let mut terms: Vec<(u64, f32)> = counts.into_iter().map(|(t, c)| (t, 1.0 + c.ln_1p())).collect();
    terms.sort_unstable_by_key(|&(t, _)| t);
    Features {
        terms,
        title_only: title_only || article.tokens.is_empty(),
    }
}

/// The term of a token, or `None` for stopwords, punctuation and one-letter words.
fn term(token: &Token) -> Option<u64> {
    match token.kind {
        TokenKind::Punct => None,
        _ if token.stop => None,
        TokenKind::Word if token.stem.chars().nth(1).is_none() => None,
        kind => Some(hash(kind, &token.stem)),
    }
}

/// The hash of the stem, with words and numbers kept apart.
fn hash(kind: TokenKind, stem: &str) -> u64 {
    let h = term_hash(stem);
    if kind == TokenKind::Number {
        mix(h ^ 0x6e75_6d62_6572)
    } else {
        h
    }
}

/// Whole names of people and places, and the days of the event.
fn add_entities_and_dates(article: &Article, counts: &mut TermMap<f32>, mut labels: Option<&mut TermMap<String>>) {
    for entity in &article.entities {
        if matches!(entity.kind, EntityKind::Person | EntityKind::Place) && entity.name.contains(' ') {
            let key = entity.name.to_lowercase();
            let term = mix(term_hash(&key) ^ ENTITY_SALT);
            *counts.entry(term).or_insert(0.0) += ENTITY_WEIGHT;
            if let Some(labels) = labels.as_deref_mut() {
                labels.entry(term).or_insert_with(|| format!("name:{key}"));
            }
        }
    }
    let Some(published) = article.published.map(|p| p.date()) else {
        return;
    };
    for mention in &article.dates {
        if mention.precision != DatePrecision::Day {
            continue;
        }
        let before = (published - mention.date).num_days();
        if (-1..=EVENT_DAYS).contains(&before) {
            let term = mix(mention.date.num_days_from_ce() as u64 ^ DATE_SALT);
            *counts.entry(term).or_insert(0.0) = DATE_WEIGHT;
            if let Some(labels) = labels.as_deref_mut() {
                labels.entry(term).or_insert_with(|| format!("day:{}", mention.date));
            }
        }
    }
}

const ENTITY_SALT: u64 = 0x656e_7469_7479;
const DATE_SALT: u64 = 0x6461_7465;
