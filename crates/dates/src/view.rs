//! The tokens of an article as the date matchers see them: the shared
//! [`TokenView`] of `chorus-text` (built once per article by the caller,
//! and read by the figure stage too), plus each token's roles in this
//! stage's word table, looked up once per article.

use chorus_model::TokenKind;
use chorus_text::TokenView;

use crate::names::{Entry, Lang, Table, FUTURE};

/// How many tokens before a date words of the future are looked for.
const FUTURE_CUE_WINDOW: usize = 6;

/// The tokens of an article for the date matchers: the shared
/// [`TokenView`] and each token's roles as a date word.
#[derive(Debug)]
pub(crate) struct View<'a> {
    base: &'a TokenView<'a>,
    /// The date words' roles of each token, looked up once.
    entries: Vec<Entry>,
}

impl<'a> std::ops::Deref for View<'a> {
    type Target = TokenView<'a>;

    fn deref(&self) -> &TokenView<'a> {
        self.base
    }
}

impl<'a> View<'a> {
    /// The view of an article's tokens, with each token's roles in `table`
    /// (the table of `lang`).
    pub fn new(base: &'a TokenView<'a>, lang: Lang, table: &Table) -> View<'a> {
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

    /// Whether words of the future ("will", "scheduled", "due") come shortly
    /// before token `first`, within its sentence starting at token `start`:
    /// the date is announced, not reported ("will be held on 7 June", "will
    /// vote on Thursday").
    pub fn future_cue_before(&self, first: usize, start: usize) -> bool {
        let from = first.saturating_sub(FUTURE_CUE_WINDOW).max(start);
        (from..first).any(|k| self.entry(k).roles & FUTURE != 0)
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
