//! The article as the attribution rules read it: its words (lower-cased
//! once), its sentences as ranges of words, and its quotations, with each
//! word knowing whether it lies inside one.
//!
//! The view borrows the sentences and tokens the text stage made; when an
//! article has none (the stage did not run), it makes its own with
//! `chorus_text`, without storing them in the article.

use std::borrow::Cow;
use std::ops::Range;

use chorus_model::{Article, Span, TokenKind};

use crate::marks::{self, Quotation};

/// One token, as the rules need it.
#[derive(Debug, Clone)]
pub struct Word<'a> {
    /// Bytes of the token in the text.
    pub span: Span,
    /// The token lower-cased, with `’` folded to `'` (borrowed from the text
    /// when it is already so, as most words are).
    pub lower: Cow<'a, str>,
    /// What it is made of.
    pub kind: TokenKind,
    /// Whether it starts with an upper-case letter.
    pub capitalized: bool,
    /// The quotation (index into [`View::quotations`]) whose marks or
    /// content contain it, if any.
    pub quotation: Option<usize>,
}

impl Word<'_> {
    /// Whether the token is this punctuation or word (lower case).
    pub fn is(&self, lower: &str) -> bool {
        self.lower == lower
    }

    /// Whether the token is a word or a number.
    pub fn is_wordlike(&self) -> bool {
        self.kind != TokenKind::Punct
    }
}

/// A sentence: its bytes and its words.
#[derive(Debug, Clone)]
pub struct Clause {
    /// Bytes of the sentence.
    pub span: Span,
    /// Indices into [`View::words`].
    pub words: Range<usize>,
}

/// Words, sentences and quotations of one article.
#[derive(Debug)]
pub struct View<'a> {
    /// The article text.
    pub text: &'a str,
    /// All words, in text order.
    pub words: Vec<Word<'a>>,
    /// All sentences, in text order.
    pub sentences: Vec<Clause>,
    /// Outermost quotations, in text order.
    pub quotations: Vec<Quotation>,
}

impl<'a> View<'a> {
    /// The view of an article.
    pub fn new(article: &'a Article) -> View<'a> {
        let text = article.text.as_str();
        let quotations = marks::quotations(text);
        let mut words = Vec::with_capacity(article.tokens.len());
        let mut sentences = Vec::with_capacity(article.sentences.len());
        let mut next_quotation = 0;
        let mut push = |words: &mut Vec<Word<'a>>, span: Span, kind: TokenKind, capitalized: bool| {
            while next_quotation < quotations.len() && quotations[next_quotation].outer.end <= span.start {
                next_quotation += 1;
            }
            let quotation = quotations
                .get(next_quotation)
                .filter(|q| q.outer.start <= span.start && span.end <= q.outer.end)
                .map(|_| next_quotation);
            let raw = text.get(span.start as usize..span.end as usize).unwrap_or("");
            words.push(Word {
                span,
                lower: fold(raw),
                kind,
                capitalized,
                quotation,
            });
        };
        if article.sentences.is_empty() && !text.trim().is_empty() {
            let language = article.language.as_deref();
            for span in chorus_text::split_sentences(text, language) {
                let first = words.len();
                for token in chorus_text::tokenize(text, span, language) {
                    push(&mut words, token.span, token.kind, token.capitalized);
                }
                sentences.push(Clause {
                    span,
                    words: first..words.len(),
                });
            }
        } else {
            for sentence in &article.sentences {
                let first = words.len();
                for token in article
                    .tokens
                    .get(sentence.tokens.start as usize..sentence.tokens.end as usize)
                    .unwrap_or(&[])
                {
                    push(&mut words, token.span, token.kind, token.capitalized);
                }
                sentences.push(Clause {
                    span: sentence.span,
                    words: first..words.len(),
                });
            }
        }
        View {
            text,
            words,
            sentences,
            quotations,
        }
    }

    /// The text of a byte range.
    pub fn slice(&self, start: usize, end: usize) -> &'a str {
        self.text.get(start..end).unwrap_or("")
    }

    /// The quotation whose outer span contains byte `at`, if any.
    pub fn quotation_at(&self, at: usize) -> Option<usize> {
        let at = at as u32;
        let index = self.quotations.partition_point(|q| q.outer.end <= at);
        (index < self.quotations.len() && self.quotations[index].outer.start <= at).then_some(index)
    }

    /// Whether word `index` is the opening mark of its quotation.
    pub fn opens_quotation(&self, index: usize) -> Option<usize> {
        let word = self.words.get(index)?;
        let quotation = word.quotation?;
        (self.quotations[quotation].outer.start == word.span.start).then_some(quotation)
    }

    /// Whether word `index` is the closing mark of its quotation.
    pub fn closes_quotation(&self, index: usize) -> Option<usize> {
        let word = self.words.get(index)?;
        let quotation = word.quotation?;
        (self.quotations[quotation].outer.end == word.span.end).then_some(quotation)
    }

    /// Whether word `index` lies inside a quotation (marks excluded).
    pub fn is_quoted(&self, index: usize) -> bool {
        self.words
            .get(index)
            .and_then(|word| word.quotation)
            .is_some_and(|quotation| {
                let inner = self.quotations[quotation].inner;
                let span = self.words[index].span;
                inner.start <= span.start && span.end <= inner.end
            })
    }
}

/// Lower case with curly apostrophes folded to straight ones.
pub(crate) fn fold(raw: &str) -> Cow<'_, str> {
    if raw.is_ascii() {
        if raw.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(raw.to_ascii_lowercase())
        } else {
            Cow::Borrowed(raw)
        }
    } else if raw.chars().any(|c| c.is_uppercase() || c == '’') {
        Cow::Owned(
            raw.chars()
                .flat_map(char::to_lowercase)
                .map(|c| if c == '’' { '\'' } else { c })
                .collect(),
        )
    } else {
        Cow::Borrowed(raw)
    }
}
