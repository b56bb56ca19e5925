//! The tokens of an article as the figure matchers see them: the shared
//! [`TokenView`] of `chorus-text` (built once per article by the caller,
//! and read by the date stage too), plus each token's roles in this
//! stage's word table, looked up once per article.

use chorus_model::TokenKind;
use chorus_text::TokenView;

use crate::lexicon::{Entry, Table};

/// The tokens of an article for the figure matchers: the shared
/// [`TokenView`] and each token's roles in the language's table.
#[derive(Debug)]
pub(crate) struct View<'a> {
    base: &'a TokenView<'a>,
    /// The table of the article's language.
    table: &'static Table,
    /// The id of each token's entry in the table, looked up once.
    entries: Vec<u16>,
}

impl<'a> std::ops::Deref for View<'a> {
    type Target = TokenView<'a>;

    fn deref(&self) -> &TokenView<'a> {
        self.base
    }
}

impl<'a> View<'a> {
    /// The view of an article's tokens, with each token's roles in
    /// `table`.
    pub fn new(base: &'a TokenView<'a>, table: &'static Table) -> View<'a> {
        let entries = (0..base.toks.len())
            .map(|i| match base.toks[i].kind {
                TokenKind::Word => table.id(base.word(i)),
                // The only punctuation with roles: dashes, "#", "%".
                TokenKind::Punct if matches!(base.word(i), "-" | "–" | "—" | "#" | "%" | "٪") => {
                    table.id(base.word(i))
                }
                _ => 0,
            })
            .collect();
        View { base, table, entries }
    }

    /// The roles of token `i` (none when out of range).
    pub fn entry(&self, i: usize) -> &'static Entry {
        self.table.entry_of(self.entries.get(i).copied().unwrap_or(0))
    }
}
