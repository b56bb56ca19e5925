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
//!
//! A large count is as telling: "The U.S. has logged 40 million Covid-19
//! cases" and "The country has recorded 40,000,070 cases and 651,690
//! deaths" give one figure of one thing, rounded or not.

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

/// Smallest count that tells a fact apart: small ones ("two people", "five
/// states") recur across the facts of one story.
const TELLING_COUNT: f64 = 1000.0;
/// How far apart two counts may be and still be one figure, rounded
/// differently (212,000 and 212,672), as a share of the larger.
const ROUNDING: f64 = 0.02;

/// Whether two sentences give one large count of one thing: counts (no
/// unit: not money, not a measure) of at least [`TELLING_COUNT`], within
/// [`ROUNDING`] of each other, not years, counting things named by the same
/// last word ("Covid-19 cases", "cases").
pub(crate) fn share_a_count(a: &Article, sentence_a: usize, b: &Article, sentence_b: usize) -> bool {
    let counts = |article: &Article, sentence: usize| {
        let span = article.sentences[sentence].span;
        article
            .figures
            .iter()
            .filter(move |f| f.span.start >= span.start && f.span.end <= span.end)
            .filter(|f| f.unit.is_none() && f.value >= TELLING_COUNT && !looks_like_year(f.value))
            .filter_map(|f| Some((f.value, counted_word(article, f.counted?)?)))
            .collect::<Vec<_>>()
    };
    let counts_b = counts(b, sentence_b);
    counts(a, sentence_a).iter().any(|(value, what)| {
        counts_b
            .iter()
            .any(|(other, other_what)| what == other_what && (value - other).abs() <= ROUNDING * value.max(*other))
    })
}

/// A whole number that may be a year (1800 to 2100).
fn looks_like_year(value: f64) -> bool {
    value.fract() == 0.0 && (1800.0..=2100.0).contains(&value)
}

/// The last word of what a figure counts, lower-cased.
fn counted_word(article: &Article, counted: Span) -> Option<String> {
    let word = article.span_text(counted).split_whitespace().last()?;
    Some(word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
}
