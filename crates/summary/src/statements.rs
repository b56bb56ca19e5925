//! The attributed statements a sentence carries (who said what, from the
//! quotes stage), so that a quotation and a paraphrase of it count as one
//! fact in a summary however differently they are worded.
//!
//! "Russia said it had information about foreign mercenaries in the
//! conflict" and "“According to the information that we received, the
//! militants … are being transferred to the Nagorno-Karabakh conflict
//! zone,” the Russian Foreign Ministry said" share too few of their
//! sentences' words to be aligned, but they are one statement by one
//! speaker: the same speaker (an institution speaks for its country), and
//! contents that say the same thing by the test of `chorus-compare`
//! ([`chorus_compare::same_statement`]).

use chorus_compare::same_statement;
use chorus_model::{Article, Span};

/// A statement in a sentence: who made it and the part of its content that
/// lies in the sentence.
#[derive(Debug, Clone)]
pub(crate) struct Statement {
    /// Who made it, as compared across articles ([`speaker_key`]).
    speaker: String,
    /// Its content within the sentence.
    content: Span,
}

/// Who made a statement, as compared across articles: a state institution
/// speaks for its country ("the Russian Foreign Ministry" and "Russia" are
/// one voice), any other entity by its name; lower-cased.
fn speaker_key(article: &Article, entity: usize) -> Option<String> {
    let entity = article.entities.get(entity)?;
    Some(entity.country.as_deref().unwrap_or(&entity.name).to_lowercase())
}

/// The statements with a known speaker whose content lies, at least in
/// part, in sentence `sentence` of `article`.
pub(crate) fn statements_in(article: &Article, sentence: usize) -> Vec<Statement> {
    let span = article.sentences[sentence].span;
    article
        .attributions
        .iter()
        .filter_map(|attribution| {
            let start = attribution.content.start.max(span.start);
            let end = attribution.content.end.min(span.end);
            if start >= end {
                return None;
            }
            let speaker = speaker_key(article, attribution.speaker?)?;
            Some(Statement {
                speaker,
                content: Span::new(start as usize, end as usize),
            })
        })
        .collect()
}

/// Whether two sentences (of articles `a` and `b`, with their statements)
/// carry one statement: the same speaker, and contents that say the same.
pub(crate) fn share_a_statement(a: &Article, said_a: &[Statement], b: &Article, said_b: &[Statement]) -> bool {
    said_a.iter().any(|one| {
        said_b
            .iter()
            .any(|other| one.speaker == other.speaker && same_statement(a, one.content, b, other.content))
    })
}
