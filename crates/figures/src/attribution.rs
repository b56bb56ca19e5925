//! Who gave a figure: the attribution (from the quotes stage) whose
//! content contains it, or else one whose cue is in the figure's sentence
//! with the figure outside the words naming the source ("Armenia says
//! 4,000 fighters were sent", when the quotes stage marked no content).
//!
//! When attributions nest ("the French President claimed that
//! intelligence reports had affirmed that 300 Syrian combatants…"), one
//! whose speaker is a known entity is preferred, the innermost of them (the
//! named source closest to the figure); when none is known, the outermost
//! gives the figure (the President, who made it public, rather than the
//! "intelligence reports" he cited).

use chorus_model::{Article, Span};

/// The index in [`Article::attributions`] of the attribution that gave the
/// figure at `span`, if any.
pub(crate) fn attribution_of(article: &Article, span: Span) -> Option<usize> {
    let inside = |outer: Span| outer.start <= span.start && span.end <= outer.end;
    let by_content = article
        .attributions
        .iter()
        .enumerate()
        .filter(|(_, a)| inside(a.content))
        .min_by_key(|(_, a)| {
            let size = a.content.len();
            match a.speaker {
                Some(_) => (false, size),
                None => (true, usize::MAX - size),
            }
        })
        .map(|(index, _)| index);
    if by_content.is_some() {
        return by_content;
    }
    let sentence = article.sentence_at(span.start as usize)?;
    let overlaps = |other: Span| other.start < span.end && span.start < other.end;
    article
        .attributions
        .iter()
        .enumerate()
        .filter(|(_, a)| {
            let cue = a.cue.or(a.source);
            cue.is_some_and(|cue| article.sentence_at(cue.start as usize) == Some(sentence))
                && !a.source.is_some_and(overlaps)
        })
        .min_by_key(|(_, a)| {
            let cue = a.cue.or(a.source).unwrap_or_default();
            cue.start.abs_diff(span.start)
        })
        .map(|(index, _)| index)
}
