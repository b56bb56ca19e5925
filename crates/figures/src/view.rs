//! A view of an article's tokens made for pattern matching: each token's
//! lower-cased text, whether it touches the token before it, and the token
//! range of each sentence.
//!
//! The view is built once per article, with all lower-cased words in one
//! buffer, so that the matchers never allocate per token. When the text stage
//! has not run (an article built by hand), the view tokenizes the text
//! itself with `chorus-text`, without storing anything in the article.

use std::ops::Range;

use chorus_model::{Article, Span, Token, TokenKind};

use crate::lexicon::{Entry, Table};

/// One token as the matchers see it.
#[derive(Debug, Clone)]
pub(crate) struct Tok {
    /// Bytes of the token in the article text.
    pub span: Span,
    /// Word, number or punctuation.
    pub kind: TokenKind,
    /// Whether the token starts with an upper-case letter.
    pub capitalized: bool,
    /// Whether no space separates this token from the one before it.
    pub joined: bool,
    /// Whether the word is a stopword of the article's language.
    pub stop: bool,
    /// The value of a number token, as the text stage normalized it.
    pub value: Option<f64>,
    /// Where the lower-cased text is in [`View::lower`].
    lower: (u32, u32),
}

/// The tokens of an article, lower-cased, with sentence ranges.
#[derive(Debug)]
pub(crate) struct View<'a> {
    /// The article text.
    pub text: &'a str,
    /// All tokens in text order.
    pub toks: Vec<Tok>,
    /// Token index ranges of the sentences, in order.
    pub sentences: Vec<Range<usize>>,
    lower: String,
    /// The table of the article's language.
    table: &'static Table,
    /// The id of each token's entry in the table, looked up once.
    entries: Vec<u16>,
}

impl<'a> View<'a> {
    /// The view of an article, tokenizing it when the text stage has not,
    /// with each token's roles in `table`.
    pub fn new(article: &'a Article, table: &'static Table) -> View<'a> {
        let mut view = View::tokens_of(article, table);
        view.entries = (0..view.toks.len())
            .map(|i| match view.toks[i].kind {
                TokenKind::Word => table.id(view.word(i)),
                // The only punctuation with roles: dashes, "#", "%".
                TokenKind::Punct if matches!(view.word(i), "-" | "–" | "—" | "#" | "%" | "٪") => {
                    table.id(view.word(i))
                }
                _ => 0,
            })
            .collect();
        view
    }

    fn tokens_of(article: &'a Article, table: &'static Table) -> View<'a> {
        let language = article.language.as_deref();
        if article.sentences.is_empty() && !article.text.trim().is_empty() {
            let mut tokens = Vec::new();
            let mut ranges = Vec::new();
            for span in chorus_text::split_sentences(&article.text, language) {
                let first = tokens.len();
                tokens.extend(chorus_text::tokenize(&article.text, span, language));
                ranges.push(first..tokens.len());
            }
            View::build(&article.text, &tokens, ranges, table)
        } else {
            let ranges = article
                .sentences
                .iter()
                .map(|s| s.tokens.start as usize..s.tokens.end as usize)
                .collect();
            View::build(&article.text, &article.tokens, ranges, table)
        }
    }

    fn build(text: &'a str, tokens: &[Token], ranges: Vec<Range<usize>>, table: &'static Table) -> View<'a> {
        let mut lower = String::with_capacity(text.len() + text.len() / 8);
        let mut toks = Vec::with_capacity(tokens.len());
        let mut previous_end = None;
        for token in tokens {
            // A token that does not lie in the text is a bug upstream; it is
            // kept as empty punctuation so that indices stay aligned.
            let raw = text.get(token.span.start as usize..token.span.end as usize);
            let from = lower.len() as u32;
            if let Some(raw) = raw {
                fold_into(raw, &mut lower);
            }
            toks.push(Tok {
                span: if raw.is_some() { token.span } else { Span::default() },
                kind: if raw.is_some() { token.kind } else { TokenKind::Punct },
                capitalized: token.capitalized,
                joined: previous_end == Some(token.span.start),
                stop: token.stop,
                value: match token.kind {
                    TokenKind::Number if raw.is_some() => token.stem.parse().ok(),
                    _ => None,
                },
                lower: (from, lower.len() as u32),
            });
            previous_end = Some(token.span.end);
        }
        let count = toks.len();
        let sentences = ranges
            .into_iter()
            .map(|r| r.start.min(count)..r.end.min(count))
            .filter(|r| r.start < r.end)
            .collect();
        View {
            text,
            toks,
            sentences,
            lower,
            table,
            entries: Vec::new(),
        }
    }

    /// The roles of token `i` (none when out of range).
    pub fn entry(&self, i: usize) -> &'static Entry {
        self.table.entry_of(self.entries.get(i).copied().unwrap_or(0))
    }

    /// The lower-cased text of token `i` (empty when out of range).
    pub fn word(&self, i: usize) -> &str {
        match self.toks.get(i) {
            Some(t) => self.lower.get(t.lower.0 as usize..t.lower.1 as usize).unwrap_or(""),
            None => "",
        }
    }

    /// The text of token `i` as written (empty when out of range).
    pub fn raw(&self, i: usize) -> &str {
        match self.toks.get(i) {
            Some(t) => self.text.get(t.span.start as usize..t.span.end as usize).unwrap_or(""),
            None => "",
        }
    }

    /// Whether token `i` is a word.
    pub fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokenKind::Word)
    }

    /// Whether token `i` is a number.
    pub fn is_number(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokenKind::Number)
    }

    /// Whether token `i` touches the token before it.
    pub fn joined(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.joined)
    }

    /// Whether token `i` is a stopword.
    pub fn stop(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.stop)
    }

    /// The value of number token `i`.
    pub fn value(&self, i: usize) -> Option<f64> {
        self.toks.get(i).and_then(|t| t.value).filter(|v| v.is_finite())
    }

    /// The text between token `i - 1` and token `i` (empty for the first).
    pub fn gap_before(&self, i: usize) -> &str {
        match (i.checked_sub(1).and_then(|p| self.toks.get(p)), self.toks.get(i)) {
            (Some(a), Some(b)) => self.text.get(a.span.end as usize..b.span.start as usize).unwrap_or(""),
            _ => "",
        }
    }

    /// Whether token `i` is capitalized.
    pub fn capitalized(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.capitalized)
    }

    /// The span from the start of token `first` to the end of token `last`.
    pub fn span(&self, first: usize, last: usize) -> Span {
        let start = self.toks.get(first).map_or(0, |t| t.span.start);
        let end = self.toks.get(last).map_or(start, |t| t.span.end.max(start));
        Span { start, end }
    }
}

/// Lower-case `word` onto `out`, folding typographic apostrophes to `'`.
fn fold_into(word: &str, out: &mut String) {
    if word.is_ascii() {
        let from = out.len();
        out.push_str(word);
        if let Some(added) = out.get_mut(from..) {
            added.make_ascii_lowercase();
        }
        return;
    }
    for c in word.chars() {
        match c {
            '’' | 'ʼ' => out.push('\''),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => out.extend(c.to_lowercase()),
        }
    }
}
