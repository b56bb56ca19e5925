//! What a figure counts: the noun phrase right after the number ("300
//! Syrian combatants" → "Syrian combatants", "nearly 1,000 Syrians" →
//! "Syrians", "hundreds of Syrian mercenaries" → "Syrian mercenaries", "98
//! people" → "people").
//!
//! The phrase is read without a parser: after an optional "of" and
//! determiner ("hundreds of the", "une centaine de"), leading modifiers
//! that say nothing of what is counted are skipped ("300 more troops",
//! "four other people"), then up to four content words are taken, up to a
//! stopword, a punctuation mark, a number, a unit or a month. In English a
//! trailing verb or adverb is dropped ("four Syrians died" → "Syrians",
//! "300 wounded" → nothing: the event says what they are).

use chorus_model::Span;

use crate::lexicon::{Lang, AND, DETERMINER, ENDS_PHRASE, MODIFIER, MONTH, OF, WHEN};
use crate::view::View;

/// Most words in a counted phrase.
const MAX_WORDS: usize = 4;

/// The counted phrase starting at token `at` of a sentence ending at
/// `end`, with the tokens it covers.
pub(crate) fn counted_after(view: &View, lang: Lang, at: usize, end: usize) -> Option<(Span, usize, usize)> {
    let mut k = at;
    // "hundreds of", "300 of the", "une centaine de", "3 millions d'".
    let mut elided = 0;
    if k < end && view.entry(k).roles & OF != 0 {
        k += 1;
        if k < end && view.entry(k).roles & DETERMINER != 0 {
            k += 1;
        }
    } else if view.word(k).starts_with("d'") && view.word(k).len() > 2 {
        // The phrase starts after the elided "d'" (or "d’" as written).
        elided = view
            .raw(k)
            .char_indices()
            .find(|&(_, c)| c == '\'' || c == '’')
            .map_or(0, |(i, c)| i + c.len_utf8());
    }
    let mut skipped = 0;
    while k < end && skipped < 2 && elided == 0 && view.entry(k).roles & MODIFIER != 0 {
        k += 1;
        skipped += 1;
    }
    let first = k;
    let mut last = None;
    while k < end && k - first < MAX_WORDS {
        if !view.is_word(k) || view.stop(k) {
            break;
        }
        let entry = view.entry(k);
        let stops = entry.roles & (ENDS_PHRASE | MONTH | WHEN | OF | AND) != 0
            || entry.unit.is_some()
            || entry.number > 0.0
            || entry.multiplier > 0.0;
        if stops {
            break;
        }
        last = Some(k);
        k += 1;
    }
    let mut last = last?;
    if lang == Lang::En {
        while last >= first && looks_like_verb(view.word(last)) {
            if last == first {
                return None;
            }
            last -= 1;
        }
    }
    let mut span = view.span(first, last);
    if first == at && elided > 0 {
        span.start += elided as u32;
        if span.start >= span.end {
            return None;
        }
    }
    Some((span, first, last))
}

/// An English word that ends a noun phrase rather than belongs to it: a
/// past participle or verb in -ed, a gerund, an adverb in -ly, "dead"
/// ("two men dead").
fn looks_like_verb(word: &str) -> bool {
    word == "dead"
        || (word.len() > 4 && word.ends_with("ed"))
        || (word.len() > 5 && word.ends_with("ing"))
        || (word.len() > 4 && word.ends_with("ly"))
}
