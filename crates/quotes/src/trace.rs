//! What became of each cue the quotes stage considered in an article, for
//! error analysis (`chorus-bench quotes --causes`): the attributions that
//! stand, and the cues a filter dropped, named by the filter. Nothing here
//! changes what [`crate::find`] returns.

use chorus_model::Span;

/// What became of a cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Fate {
    /// An attribution with this cue stands.
    Kept,
    /// The cue lies inside the content of one of the rules' attributions.
    InsideRuleContent,
    /// A cue the rules do not know whose unquoted content has fewer than
    /// three words.
    ShortContent,
    /// A cue the rules do not know whose content opens with "to" before a
    /// name or an article (a place or a recipient, not a statement), or
    /// with a preposition of time ("spoke after a summit").
    PlaceAfterTo,
    /// The content runs over the cue, or stands on both sides of it
    /// outside a quotation.
    ContentAroundCue,
    /// The span tagger found no content.
    NoContent,
    /// A weak cue (see `SURE_CUE_MARGIN` in the tagger) whose source names
    /// no one, or a passive one (its subject did not speak).
    WeakCueWithoutSpeaker,
    /// A noun after a determiner with no "that", "of", colon or quotation
    /// after it.
    NotPlausible,
    /// The cue detector scored the word under its cue margin.
    NotACue,
}

impl Fate {
    /// A short name, for tables.
    pub fn name(self) -> &'static str {
        match self {
            Fate::Kept => "kept",
            Fate::InsideRuleContent => "inside a rule's content",
            Fate::ShortContent => "new cue, content under 3 words",
            Fate::PlaceAfterTo => "new cue, content \"to\" + name or a time",
            Fate::ContentAroundCue => "content over or around the cue",
            Fate::NoContent => "no content tagged",
            Fate::WeakCueWithoutSpeaker => "weak new cue, source names no one or passive",
            Fate::NotPlausible => "noun cue without that/of/colon/quote",
            Fate::NotACue => "detector scored it under the cue margin",
        }
    }
}

/// A cue the quotes stage considered.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// The cue's bytes (for a word the detector scored, that word).
    pub cue: Span,
    /// Whether the rules proposed it.
    pub by_rules: bool,
    /// How far the detector's cue score led its no-cue score (in the
    /// model's weight units), where the detector scored the cue's first word.
    pub margin: Option<f32>,
    /// What became of it.
    pub fate: Fate,
    /// The content it was given, in parts (empty when none).
    pub parts: Vec<Span>,
}

#[cfg(test)]
mod tests {
    use chorus_model::Article;

    use super::Fate;

    #[test]
    fn every_attribution_found_is_a_kept_candidate_and_nothing_kept_is_not_found() {
        let mut article = Article {
            text: "“We will not give up,” Pashinyan said. He added that talks had failed, \
                   and his support for the plan was never in doubt."
                .to_string(),
            ..Article::default()
        };
        chorus_text::annotate(&mut article);
        let found: Vec<_> = crate::find(&article)
            .into_iter()
            .map(|quote| (quote.attribution.cue, quote.parts))
            .collect();
        let kept: Vec<_> = crate::candidates(&article, crate::shipped_model())
            .into_iter()
            .filter(|candidate| candidate.fate == Fate::Kept)
            .map(|candidate| (Some(candidate.cue), candidate.parts))
            .collect();
        assert!(found.len() >= 2);
        assert_eq!(found, kept);
    }
}
