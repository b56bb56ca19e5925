//! Why gold attributions are missed (`quotes --causes`): each gold
//! attribution whose content no prediction overlaps (an "FN" of the error
//! listing) is put in one category, from what became of its cue in
//! `chorus_quotes::candidates`:
//!
//! * its cue was kept, but the attribution's content lies elsewhere, or
//!   went to another gold attribution in the one-to-one matching;
//! * its cue was proposed (by the rules or the tagger's cue detector) and
//!   then dropped, by the filter the candidate names;
//! * its cue was never proposed: then by the cue's form (a preposition
//!   such as "according to", a passive "is expected to", an adjective
//!   predicate "were frustrated about", a noun "criticism of", or a verb).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use chorus_quotes::{Candidate, Fate};

use super::brat::Fragments;
use super::matching::{shared, Triple};
use super::CharOffsets;

/// A candidate cue in code-point fragments.
pub(crate) struct Considered {
    cue: Fragments,
    fate: Fate,
    parts: Fragments,
}

/// The candidates of an article in code points.
pub(crate) fn considered(text: &str, chars: &CharOffsets, candidates: &[Candidate]) -> Vec<Considered> {
    candidates
        .iter()
        .map(|candidate| Considered {
            cue: chars.fragments(text, &[candidate.cue]),
            fate: candidate.fate,
            parts: chars.fragments(text, &candidate.parts),
        })
        .collect()
}

/// Counts of missed gold attributions by cause, with the commonest cue
/// words of each.
#[derive(Default)]
pub(crate) struct Causes {
    by_cause: BTreeMap<String, (usize, BTreeMap<String, usize>)>,
    missed: usize,
}

impl Causes {
    /// Count one missed gold attribution; returns its cause.
    pub fn add(
        &mut self,
        text: &str,
        chars: &CharOffsets,
        sentences: &[Fragments],
        considered: &[Considered],
        gold: &Triple,
    ) -> String {
        let cause = cause(text, chars, sentences, considered, gold);
        let cue = gold[1]
            .as_ref()
            .map(|cue| piece(text, chars, cue).to_lowercase())
            .unwrap_or_default();
        let entry = self.by_cause.entry(cause.clone()).or_default();
        entry.0 += 1;
        *entry.1.entry(cue).or_default() += 1;
        self.missed += 1;
        cause
    }

    /// A Markdown table: cause, count, share of the missed, commonest cues.
    pub fn table(&self, part: &str) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "| {part}: why a gold attribution is missed | count | share | commonest cues |\n| --- | ---: | ---: | --- |"
        );
        let mut rows: Vec<_> = self.by_cause.iter().collect();
        rows.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.0.cmp(b.0)));
        for (cause, (count, cues)) in rows {
            let mut cues: Vec<_> = cues.iter().collect();
            cues.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            let examples: Vec<String> = cues
                .iter()
                .take(5)
                .map(|(cue, n)| format!("{} ({n})", cue.replace('|', "/")))
                .collect();
            let _ = writeln!(
                out,
                "| {cause} | {count} | {:.1} % | {} |",
                100.0 * *count as f64 / self.missed.max(1) as f64,
                examples.join(", ")
            );
        }
        let _ = writeln!(out, "| all missed | {} | 100 % | |", self.missed);
        out
    }
}

/// The text of code-point fragments, joined by a space.
fn piece(text: &str, chars: &CharOffsets, fragments: &Fragments) -> String {
    fragments
        .iter()
        .map(|&(start, end)| text.get(chars.byte_of(start)..chars.byte_of(end)).unwrap_or(""))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The category of one missed gold attribution.
fn cause(text: &str, chars: &CharOffsets, sentences: &[Fragments], considered: &[Considered], gold: &Triple) -> String {
    let Some(cue) = &gold[1] else {
        return "gold has no cue".to_string();
    };
    let best = considered
        .iter()
        .filter(|candidate| shared(&candidate.cue, cue) > 0)
        .min_by_key(|candidate| candidate.fate);
    match best {
        Some(candidate) if candidate.fate == Fate::Kept => {
            let content = gold[2].as_ref();
            if content.is_some_and(|content| shared(&candidate.parts, content) > 0) {
                "cue kept, its content paired with another gold attribution".to_string()
            } else if content.is_some_and(|content| sentence_of(sentences, content) != sentence_of(sentences, cue)) {
                "cue kept, gold content in another sentence".to_string()
            } else {
                "cue kept, content elsewhere in the sentence".to_string()
            }
        }
        Some(candidate) => format!("cue dropped: {}", candidate.fate.name()),
        None => format!("cue never proposed: {}", form(text, chars, cue)),
    }
}

/// The sentence holding the start of some fragments.
fn sentence_of(sentences: &[Fragments], fragments: &Fragments) -> Option<usize> {
    let start = fragments.first()?.0;
    sentences
        .iter()
        .position(|sentence| sentence.first().is_some_and(|&(a, b)| a <= start && start < b))
}

const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being", "am", "'s", "’s"];
const PREPOSITIONS: &[&str] = &[
    "according",
    "in",
    "per",
    "from",
    "by",
    "for",
    "with",
    "to",
    "on",
    "at",
    "under",
    "among",
    "amid",
    "after",
];
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this", "these", "that", "those", "'s", "’s",
];
const NOUN_ENDINGS: &[&str] = &[
    "tion", "sion", "ment", "ness", "ism", "ity", "ance", "ence", "ure", "ogy", "cy", "ship", "ist",
];

/// The form of a cue never proposed: a rough reading of its words.
fn form(text: &str, chars: &CharOffsets, cue: &Fragments) -> &'static str {
    let words: Vec<String> = piece(text, chars, cue)
        .split(|c: char| c.is_whitespace())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect();
    let before = cue
        .first()
        .and_then(|&(start, _)| text.get(..chars.byte_of(start)))
        .and_then(|head| head.split_whitespace().next_back())
        .map(str::to_lowercase)
        .unwrap_or_default();
    let Some(first) = words.first() else { return "other" };
    if PREPOSITIONS.contains(&first.as_str()) {
        return "preposition (according to, in)";
    }
    if let Some(at) = words.iter().position(|word| BE.contains(&word.as_str())) {
        if let Some(next) = words.get(at + 1) {
            let participle = next.ends_with("ed") || next.ends_with("en");
            let last = words.last().map_or("", String::as_str);
            let adjective_link = matches!(last, "about" | "of" | "with" | "over" | "at" | "on");
            return if participle && !adjective_link {
                "passive (is expected to)"
            } else {
                "adjective predicate (were frustrated about)"
            };
        }
    }
    let is_noun = DETERMINERS.contains(&first.as_str())
        || DETERMINERS.contains(&before.as_str())
        || before.ends_with("'s")
        || before.ends_with("’s")
        || words.iter().any(|word| {
            let singular = word.strip_suffix('s').unwrap_or(word);
            NOUN_ENDINGS
                .iter()
                .any(|ending| word.ends_with(ending) || singular.ends_with(ending))
        });
    if is_noun {
        "noun (criticism of)"
    } else {
        "verb"
    }
}
