/*!
The text stage: language, sentences, tokens and stems of an article, all as
spans of byte offsets into [`Article::text`].

It reads `Article::text` (and `Article::language` when the input gave one)
and fills `Article::language`, `Article::sentences` and `Article::tokens`.
It never changes the text itself.
*/
#![deny(missing_docs)]

use chorus_model::Article;

/// Fill the language, sentences and tokens of an article.
pub fn annotate(article: &mut Article) {
    let _ = article;
}
