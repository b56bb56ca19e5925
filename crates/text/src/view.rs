//! A view of an article's tokens made for pattern matching: each token's
//! lower-cased text, whether it touches the token before it, and the token
//! range of each sentence.
//!
//! Stages that match patterns over tokens (dates, figures) build one view
//! per article, with all lower-cased words in one buffer, so that their
//! matchers never allocate per token. When the text stage has not run (an
//! article built by hand), the view tokenizes the text itself, without
//! storing anything in the article.

use std::ops::Range;

use chorus_model::{Article, Span, Token, TokenKind};

/// One token as the matchers see it.
#[derive(Debug, Clone)]
pub struct ViewToken {
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
    /// Where the lower-cased text is in the view's buffer.
    lower: (u32, u32),
}

/// The tokens of an article, lower-cased, with sentence ranges.
#[derive(Debug)]
pub struct TokenView<'a> {
    /// The article text.
    pub text: &'a str,
    /// All tokens in text order.
    pub toks: Vec<ViewToken>,
    /// Token index ranges of the sentences, in order.
    pub sentences: Vec<Range<usize>>,
    lower: String,
}

impl<'a> TokenView<'a> {
    /// The view of an article, tokenizing it when the text stage has not.
    pub fn of(article: &'a Article) -> TokenView<'a> {
        let language = article.language.as_deref();
        if article.sentences.is_empty() && !article.text.trim().is_empty() {
            let mut tokens = Vec::new();
            let mut ranges = Vec::new();
            for span in crate::split_sentences(&article.text, language) {
                let first = tokens.len();
                tokens.extend(crate::tokenize(&article.text, span, language));
                ranges.push(first..tokens.len());
            }
            TokenView::build(&article.text, &tokens, ranges)
        } else {
            let ranges = article
                .sentences
                .iter()
                .map(|s| s.tokens.start as usize..s.tokens.end as usize)
                .collect();
            TokenView::build(&article.text, &article.tokens, ranges)
        }
    }

    /// The view of the sentences of an article that `keep` accepts (by
    /// their spans), for a reader that looks inside a few sentences only:
    /// its tokens are theirs, in text order, each read as in the whole
    /// view (joined or not to the token before it in the text), and its
    /// sentence ranges index them. The whole view when the text stage has
    /// not run.
    pub fn of_sentences(article: &'a Article, keep: impl Fn(Span) -> bool) -> TokenView<'a> {
        if article.sentences.is_empty() {
            return TokenView::of(article);
        }
        let (text, tokens) = (article.text.as_str(), article.tokens.as_slice());
        let kept: Vec<Range<usize>> = article
            .sentences
            .iter()
            .filter(|s| keep(s.span))
            .map(|s| (s.tokens.start as usize).min(tokens.len())..(s.tokens.end as usize).min(tokens.len()))
            .collect();
        let mut lower = lowered(text);
        let mut toks = Vec::with_capacity(kept.iter().map(ExactSizeIterator::len).sum());
        let mut ranges = Vec::with_capacity(kept.len());
        for sentence in kept {
            let first = toks.len();
            for i in sentence {
                let previous_end = i.checked_sub(1).map(|p| tokens[p].span.end);
                toks.push(view_token(text, &tokens[i], previous_end, &mut lower));
            }
            ranges.push(first..toks.len());
        }
        TokenView::assemble(text, toks, ranges, lower)
    }

    fn build(text: &'a str, tokens: &[Token], ranges: Vec<Range<usize>>) -> TokenView<'a> {
        let mut lower = lowered(text);
        let mut toks = Vec::with_capacity(tokens.len());
        let mut previous_end = None;
        for token in tokens {
            toks.push(view_token(text, token, previous_end, &mut lower));
            previous_end = Some(token.span.end);
        }
        TokenView::assemble(text, toks, ranges, lower)
    }

    /// The view of `toks`, with the sentences `ranges` (clamped to them,
    /// empty ones left out).
    fn assemble(text: &'a str, toks: Vec<ViewToken>, ranges: Vec<Range<usize>>, lower: String) -> TokenView<'a> {
        let count = toks.len();
        let sentences = ranges
            .into_iter()
            .map(|r| r.start.min(count)..r.end.min(count))
            .filter(|r| r.start < r.end)
            .collect();
        TokenView {
            text,
            toks,
            sentences,
            lower,
        }
    }

    /// The lower-cased text of token `i` (empty when out of range), with
    /// typographic apostrophes folded to `'`.
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

    /// Whether token `i` is the punctuation `p`.
    pub fn is_punct(&self, i: usize, p: &str) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokenKind::Punct) && self.word(i) == p
    }

    /// Whether token `i` touches the token before it.
    pub fn joined(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.joined)
    }

    /// Whether token `i` is capitalized.
    pub fn capitalized(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.capitalized)
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

    /// The span from the start of token `first` to the end of token `last`.
    pub fn span(&self, first: usize, last: usize) -> Span {
        let start = self.toks.get(first).map_or(0, |t| t.span.start);
        let end = self.toks.get(last).map_or(start, |t| t.span.end.max(start));
        Span { start, end }
    }
}

/// The start of a view's buffer: the text with its ASCII letters
/// lower-cased. An ASCII token (most of them) is read there, at its own
/// offsets; any other is folded and appended after it ([`view_token`]).
fn lowered(text: &str) -> String {
    let mut lower = String::with_capacity(text.len() + text.len() / 8);
    lower.push_str(text);
    lower.make_ascii_lowercase();
    lower
}

/// How the view reads `token` of `text`, the token before it ending at
/// `previous_end`; a token that is not ASCII is folded onto `lower`.
fn view_token(text: &str, token: &Token, previous_end: Option<u32>, lower: &mut String) -> ViewToken {
    // A token that does not lie in the text is a bug upstream; it is
    // kept as empty punctuation so that indices stay aligned.
    let raw = text.get(token.span.start as usize..token.span.end as usize);
    let (from, to) = match raw {
        Some(raw) if raw.is_ascii() => (token.span.start, token.span.end),
        Some(raw) => {
            let from = lower.len() as u32;
            fold_into(raw, lower);
            (from, lower.len() as u32)
        }
        None => (0, 0),
    };
    ViewToken {
        span: if raw.is_some() { token.span } else { Span::default() },
        kind: if raw.is_some() { token.kind } else { TokenKind::Punct },
        capitalized: token.capitalized,
        joined: previous_end == Some(token.span.start),
        stop: token.stop,
        value: match token.kind {
            TokenKind::Number if raw.is_some() => token.stem.parse().ok(),
            _ => None,
        },
        lower: (from, to),
    }
}

/// Lower-case `word` onto `out`, folding typographic apostrophes to `'`.
fn fold_into(word: &str, out: &mut String) {
    for c in word.chars() {
        match c {
            '’' | 'ʼ' => out.push('\''),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => out.extend(c.to_lowercase()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_view_lowercases_folds_apostrophes_and_keeps_sentences() {
        let article = Article {
            text: "Macron’s office said 300 fighters. They LEFT.".to_string(),
            language: Some("en".into()),
            ..Article::default()
        };
        let view = TokenView::of(&article);
        assert_eq!(view.sentences.len(), 2);
        let words: Vec<&str> = (0..view.toks.len()).map(|i| view.word(i)).collect();
        assert!(words.contains(&"macron's") || words.contains(&"macron"), "{words:?}");
        let number = (0..view.toks.len()).find(|&i| view.is_number(i)).unwrap();
        assert_eq!(view.value(number), Some(300.0));
        assert_eq!(view.raw(number), "300");
        assert!(view.is_punct(view.toks.len() - 1, "."));
        assert_eq!(view.word(999), "");
    }

    #[test]
    fn a_view_of_some_sentences_reads_their_tokens_as_the_whole_view_does() {
        let mut article = Article {
            text: "The ferry left Oban at dawn. Its 212 passengers, Ö’Neill’s crew too, \
                   waved. Nobody(else) stayed behind."
                .to_string(),
            language: Some("en".into()),
            ..Article::default()
        };
        crate::annotate(&mut article);
        let whole = TokenView::of(&article);
        assert_eq!(whole.sentences.len(), 3);
        let second = article.sentences[1].span;
        let some = TokenView::of_sentences(&article, |span| span == second);
        assert_eq!(some.sentences, [0..whole.sentences[1].len()]);
        for (i, k) in whole.sentences[1].clone().enumerate() {
            assert_eq!(some.word(i), whole.word(k));
            assert_eq!(some.raw(i), whole.raw(k));
            assert_eq!(some.joined(i), whole.joined(k));
            assert_eq!(some.value(i), whole.value(k));
            assert_eq!(some.capitalized(i), whole.capitalized(k));
        }
        assert_eq!(some.word(1), "212");
        assert_eq!(some.value(1), Some(212.0));
        // Whether a token touches the one before it is read in the text.
        let last = article.sentences[2].span;
        let third = TokenView::of_sentences(&article, |span| span == last);
        assert!(!third.joined(0));
        assert_eq!(third.raw(1), "(");
        assert!(third.joined(1) && third.joined(2));
    }

    #[test]
    fn ascii_and_other_words_are_lower_cased_alike() {
        let words = |text: &str| {
            let article = Article {
                text: text.to_string(),
                language: Some("en".into()),
                ..Article::default()
            };
            let view = TokenView::of(&article);
            (0..view.toks.len())
                .map(|i| view.word(i).to_string())
                .collect::<Vec<_>>()
        };
        let ascii = words("The U.S. Army SAID 1,500 troops LEFT on Monday.");
        assert_eq!(
            ascii,
            ["the", "u.s.", "army", "said", "1,500", "troops", "left", "on", "monday", "."]
        );
        // The same words in a text that is not all ASCII, and its other
        // words folded.
        let folded = words("ÉTÉ The U.S. Army SAID 1,500 troops LEFT on Monday’s.");
        assert_eq!(folded[0], "été");
        assert_eq!(folded[1..9], ascii[..8]);
        assert_eq!(folded[9..], ["monday's", "."]);
    }
}
