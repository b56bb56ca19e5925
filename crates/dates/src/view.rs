//! The tokens of an article as the date matchers see them: the shared
//! [`TokenView`] of `chorus-text`, plus each token's roles in this stage's
//! word table, looked up once per article.

use chorus_model::{Article, TokenKind};
use chorus_text::TokenView;

use crate::names::{Entry, Lang, Table};

/// The tokens of an article for the date matchers: the shared
/// [`TokenView`] and each token's roles as a date word.
#[derive(Debug)]
pub(crate) struct View<'a> {
    base: TokenView<'a>,
    /// The date words' roles of each token, looked up once.
    entries: Vec<Entry>,
}

impl<'a> std::ops::Deref for View<'a> {
    type Target = TokenView<'a>;

    fn deref(&self) -> &TokenView<'a> {
        &self.base
    }
}

impl<'a> View<'a> {
    /// The view of an article, tokenizing it when the text stage has not,
    /// with each token's roles in `table` (the table of `lang`).
    pub fn new(article: &'a Article, lang: Lang, table: &Table) -> View<'a> {
        let base = TokenView::of(article);
        // Only words are date words; numbers and punctuation are read as
        // such by the matchers.
        let entries = (0..base.toks.len())
            .map(|i| match base.toks[i].kind {
                TokenKind::Word => table.token_entry(base.word(i), lang),
                _ => Entry::default(),
            })
            .collect();
        View { base, entries }
    }

    /// The roles of token `i` (none when out of range).
    pub fn entry(&self, i: usize) -> Entry {
        self.entries.get(i).copied().unwrap_or_default()
    }
}

/// The value of a token made only of ASCII digits (at most nine), if it is
/// one.
pub(crate) fn digits_value(raw: &str) -> Option<u32> {
    if raw.is_empty() || raw.len() > 9 || !raw.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    raw.parse().ok()
}
