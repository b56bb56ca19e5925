//! What an article is about, as weighted terms: title and lead stems, names
//! and numbers.

use chorus_model::hash::{mix, term_hash, TermMap};
use chorus_model::{Article, Span, Token, TokenKind};

/// Words of the text read for features: the lead, where news puts the event.
const LEAD_WORDS: usize = 400;
/// Extra weight of a title word: headlines name the event.
const TITLE_WEIGHT: f32 = 2.0;
/// Extra weight of a capitalized word inside a sentence: usually a name.
const NAME_WEIGHT: f32 = 1.0;

/// An article's terms with their (sublinear) counts, before IDF weighting.
#[derive(Debug, Clone, Default)]
pub struct Features {
    /// `(term hash, weight)`, one entry per distinct term.
    pub terms: Vec<(u64, f32)>,
}

/// The features of an article. With `title_only`, the text is ignored (it is
/// page furniture shared with unrelated articles).
pub fn article_features(article: &Article, title_only: bool) -> Features {
    let mut counts: TermMap<f32> = TermMap::default();
    if let Some(title) = &article.title {
        let tokens = chorus_text::tokenize(title, Span::new(0, title.len()), article.language.as_deref());
        for token in &tokens {
            if let Some(term) = term(token) {
                *counts.entry(term).or_insert(0.0) += TITLE_WEIGHT;
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
        }
    }
    let mut terms: Vec<(u64, f32)> = counts.into_iter().map(|(t, c)| (t, 1.0 + c.ln_1p())).collect();
    terms.sort_unstable_by_key(|&(t, _)| t);
    Features { terms }
}

/// The term of a token, or `None` for stopwords, punctuation and one-letter words.
fn term(token: &Token) -> Option<u64> {
    match token.kind {
        TokenKind::Punct => None,
        _ if token.stop => None,
        TokenKind::Word if token.stem.chars().count() < 2 => None,
        kind => Some(hash(kind, &token.stem)),
    }
}

/// The hash of the stem, with words and numbers kept apart.
fn hash(kind: TokenKind, stem: &str) -> u64 {
    let h = term_hash(stem);
    if kind == TokenKind::Number { mix(h ^ 0x6e75_6d62_6572) } else { h }
}
