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
    /// The id of each token's entry in the table, looked up once; empty
    /// for a view made with [`View::on_demand`].
    entries: Vec<u16>,
    /// Whether `entries` holds every token's id.
    looked_up: bool,
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
        let entries = (0..base.toks.len()).map(|i| id_of(base, table, i)).collect();
        View {
            base,
            table,
            entries,
            looked_up: true,
        }
    }

    /// The same view, but each token's roles are looked up when asked
    /// for, not all at once: for a reader that asks about a few tokens
    /// only (the story level, near an article's figures).
    pub fn on_demand(base: &'a TokenView<'a>, table: &'static Table) -> View<'a> {
        View {
            base,
            table,
            entries: Vec::new(),
            looked_up: false,
        }
    }

    /// The roles of token `i` (none when out of range).
    pub fn entry(&self, i: usize) -> &'static Entry {
        let id = if self.looked_up {
            self.entries.get(i).copied().unwrap_or(0)
        } else {
            id_of(self.base, self.table, i)
        };
        self.table.entry_of(id)
    }
}

/// The id of token `i`'s entry in `table` (0, no roles, when out of range).
fn id_of(base: &TokenView, table: &Table, i: usize) -> u16 {
    match base.toks.get(i).map(|t| t.kind) {
        Some(TokenKind::Word) => table.id(base.word(i)),
        // The only punctuation with roles: dashes, "#", "%".
        Some(TokenKind::Punct) if matches!(base.word(i), "-" | "–" | "—" | "#" | "%" | "٪") => {
            table.id(base.word(i))
        }
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::{table, Lang};
    use chorus_model::Article;

    #[test]
    fn roles_looked_up_on_demand_are_the_roles_looked_up_at_once() {
        let mut article = Article {
            text: "Some 300 fighters from northern Syria — 4,000 per Armenia — were sent to the front, 20% of them."
                .to_string(),
            language: Some("en".to_string()),
            ..Article::default()
        };
        chorus_text::annotate(&mut article);
        let tokens = TokenView::of(&article);
        let table = table(Lang::of(Some("en")));
        let (eager, lazy) = (View::new(&tokens, table), View::on_demand(&tokens, table));
        let roles = |view: &View, i: usize| view.entry(i).roles;
        assert!((0..tokens.toks.len()).any(|i| roles(&eager, i) != 0));
        // One past the end too: no roles for either.
        for i in 0..=tokens.toks.len() {
            assert_eq!(roles(&eager, i), roles(&lazy, i), "token {i}: {:?}", tokens.word(i));
        }
    }
}
