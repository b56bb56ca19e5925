/*!
The quotes stage: who said what. Direct quotes and reported speech, each
with its source, cue and content spans, and the speaker resolved to one of
the article's entities.

It reads sentences, tokens and entities and fills [`Article::attributions`].
*/
#![deny(missing_docs)]

use chorus_model::Article;

/// Annotate one article.
pub fn annotate(article: &mut Article) {
    let _ = article;
}
