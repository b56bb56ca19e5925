//! Where matched attributions lose exactness (`quotes --edges`): for each
//! prediction paired with a gold attribution by content overlap whose
//! parts are not all exact (a "DIFF" of the error listing), each edge of
//! each part that differs (source, cue and content; start and end) is
//! sorted into a kind by the words between the two edges: punctuation or a
//! quotation mark, another sentence, an opening "that", a connective, an
//! auxiliary, a preposition, a time or occasion, a trailing clause, an
//! apposition, the attribution's own cue or source, … The kinds are a
//! rough reading of a few words, made to show which edges cost the most,
//! not a parse.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::brat::Fragments;
use super::matching::{shared, Triple};
use super::CharOffsets;

const ROLES: [&str; 3] = ["source", "cue", "content"];

/// How many rows of a part the table shows (the rest are summed).
const SHOWN_ROWS: usize = 40;

/// Counts of differing edges by (role, edge, side, kind), with examples.
#[derive(Default)]
pub(crate) struct EdgeKinds {
    by_kind: BTreeMap<(usize, &'static str, &'static str, String), (usize, BTreeMap<String, usize>)>,
    /// Paired attributions that fail exact on some part.
    differing: usize,
    /// Paired attributions.
    paired: usize,
}

/// One differing edge of a paired attribution.
pub(crate) struct Edge {
    role: usize,
    /// "start", "end", "inside" (the gaps of a split part) or "whole".
    edge: &'static str,
    /// "longer" when the prediction holds the words and gold does not,
    /// "shorter" the other way, "elsewhere", "absent" or "extra" for a whole
    /// part.
    side: &'static str,
    kind: String,
    words: String,
}

impl EdgeKinds {
    /// Count the edges of one paired attribution; returns them written
    /// out for the error listing (empty when all three parts are exact).
    pub fn add(&mut self, text: &str, chars: &CharOffsets, predicted: &Triple, gold: &Triple) -> String {
        self.paired += 1;
        let edges = edges(text, chars, predicted, gold);
        if edges.is_empty() && predicted == gold {
            return String::new();
        }
        self.differing += 1;
        let mut shown = Vec::with_capacity(edges.len());
        for edge in edges {
            shown.push(format!(
                "{} {} {}: {} [{}]",
                ROLES[edge.role], edge.edge, edge.side, edge.kind, edge.words
            ));
            let entry = self
                .by_kind
                .entry((edge.role, edge.edge, edge.side, edge.kind))
                .or_default();
            entry.0 += 1;
            *entry.1.entry(edge.words.to_lowercase()).or_default() += 1;
        }
        shown.join("; ")
    }

    /// A Markdown table of the commonest kinds of one part.
    pub fn table(&self, part: &str) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "| {part}: edge that differs ({} of {} paired attributions not exact) | prediction | kind | count | commonest words |\n| --- | --- | --- | ---: | --- |",
            self.differing, self.paired
        );
        let mut rows: Vec<_> = self.by_kind.iter().collect();
        rows.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.0.cmp(b.0)));
        for ((role, edge, side, kind), (count, words)) in rows.iter().take(SHOWN_ROWS) {
            let mut words: Vec<_> = words.iter().collect();
            words.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            let examples: Vec<String> = words
                .iter()
                .take(4)
                .map(|(words, n)| {
                    let short: String = words.chars().take(40).collect();
                    let cut = if short.len() < words.len() { "…" } else { "" };
                    format!("{}{cut} ({n})", short.replace('|', "/"))
                })
                .collect();
            let _ = writeln!(
                out,
                "| {} {edge} | {side} | {kind} | {count} | {} |",
                ROLES[*role],
                examples.join(", ")
            );
        }
        let rest: usize = rows.iter().skip(SHOWN_ROWS).map(|(_, (count, _))| count).sum();
        if rest > 0 {
            let _ = writeln!(
                out,
                "| other edges ({} kinds) | | | {rest} | |",
                rows.len() - SHOWN_ROWS
            );
        }
        out
    }
}

/// The differing edges of a predicted attribution against its gold one.
fn edges(text: &str, chars: &CharOffsets, predicted: &Triple, gold: &Triple) -> Vec<Edge> {
    let piece = |start: u32, end: u32| text.get(chars.byte_of(start)..chars.byte_of(end)).unwrap_or("");
    let mut found = Vec::new();
    for role in 0..3 {
        let whole = |side: &'static str, kind: &str| Edge {
            role,
            edge: "whole",
            side,
            kind: kind.to_string(),
            words: String::new(),
        };
        let (p, g) = match (&predicted[role], &gold[role]) {
            (Some(p), Some(g)) if p != g => (p, g),
            (Some(_), None) => {
                found.push(whole("extra", "gold has none"));
                continue;
            }
            (None, Some(_)) => {
                found.push(whole("absent", "prediction has none"));
                continue;
            }
            _ => continue,
        };
        if shared(p, g) == 0 {
            found.push(whole("elsewhere", "another span, not an edge"));
            continue;
        }
        // Another part of the attribution inside the words: its source for
        // a cue or content (the attribution told inside a quote), its cue
        // for a source. Where a cue meets its content, the words are read
        // as words: that boundary is the edge itself.
        let other = if role == 0 { 1 } else { 0 };
        let others: Fragments = [&gold[other], &predicted[other]]
            .into_iter()
            .flatten()
            .flatten()
            .copied()
            .collect();
        let (ps, gs) = (p[0].0, g[0].0);
        if ps != gs {
            let (start, end) = (ps.min(gs), ps.max(gs));
            let side = if ps < gs { "longer" } else { "shorter" };
            let words = piece(start, end);
            let inside_other = shared(&vec![(start, end)], &others) > 0;
            found.push(Edge {
                role,
                edge: "start",
                side,
                kind: kind(role, true, words, inside_other),
                words: words.trim().replace('\n', " / "),
            });
        }
        let (pe, ge) = (p[p.len() - 1].1, g[g.len() - 1].1);
        if pe != ge {
            let (start, end) = (pe.min(ge), pe.max(ge));
            let side = if pe > ge { "longer" } else { "shorter" };
            let words = piece(start, end);
            let inside_other = shared(&vec![(start, end)], &others) > 0;
            found.push(Edge {
                role,
                edge: "end",
                side,
                kind: kind(role, false, words, inside_other),
                words: words.trim().replace('\n', " / "),
            });
        }
        // Inside both outer edges: characters one side covers and the
        // other does not (a split quote's gap, a lost middle part).
        let (low, high) = (ps.max(gs), pe.min(ge));
        let clip = |fragments: &Fragments| -> u32 {
            fragments
                .iter()
                .map(|&(a, b)| b.min(high).saturating_sub(a.max(low)))
                .sum()
        };
        let (in_p, in_g) = (clip(p), clip(g));
        let both = shared(
            &p.iter().map(|&(a, b)| (a.max(low), b.min(high))).collect(),
            &g.iter().map(|&(a, b)| (a.max(low), b.min(high))).collect(),
        );
        if low < high && (in_p != both || in_g != both) {
            let side = if in_p > in_g { "longer" } else { "shorter" };
            let kind = if p.len() != g.len() {
                format!("split in {} parts, gold in {}", p.len(), g.len())
            } else {
                "a gap between parts moved".to_string()
            };
            found.push(Edge {
                role,
                edge: "inside",
                side,
                kind,
                words: String::new(),
            });
        }
    }
    found
}

const CONNECTIVES: &[&str] = &[
    "but",
    "and",
    "however",
    "so",
    "still",
    "yet",
    "meanwhile",
    "also",
    "now",
    "well",
    "instead",
    "indeed",
    "moreover",
    "or",
];
const PREPOSITIONS: &[&str] = &[
    "in", "on", "at", "during", "after", "before", "since", "for", "from", "with", "by", "about", "of", "against",
    "over", "into", "as", "under", "through", "without", "amid", "across", "toward", "towards", "until", "like",
];
const SUBORDINATORS: &[&str] = &[
    "because", "when", "while", "if", "although", "though", "unless", "whereas", "so", "until", "once", "as",
];
const RELATIVES: &[&str] = &["which", "who", "whom", "whose", "where", "that"];
const AUXILIARIES: &[&str] = &[
    "has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "will", "would", "could", "can", "may",
    "might", "should", "must", "did", "do", "does", "not", "n't", "never", "'s", "’s", "also", "to",
];
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "his", "her", "their", "its", "our", "this", "these", "those", "some", "many", "most", "both",
    "all",
];
const TIME_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "yesterday",
    "today",
    "tonight",
    "tomorrow",
    "morning",
    "afternoon",
    "evening",
    "night",
    "week",
    "month",
    "year",
    "earlier",
    "later",
    "recently",
    "ago",
    "statement",
    "interview",
    "speech",
    "tweet",
    "rally",
    "debate",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const SAYING: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "according",
    "stated",
    "wrote",
    "writes",
    "explained",
    "noted",
    "argued",
    "claimed",
    "asked",
    "continued",
    "insisted",
    "tweeted",
    "saying",
];

/// The kind of the words between a predicted and a gold edge of a part
/// (`role`, at its start or end); `inside_other` when they overlap the
/// attribution's source (its cue, for a source).
fn kind(role: usize, start: bool, between: &str, inside_other: bool) -> String {
    let trimmed = between.trim();
    let words: Vec<String> = trimmed
        .split_whitespace()
        .map(|word| {
            word.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
                .to_lowercase()
        })
        .filter(|word| !word.is_empty())
        .collect();
    let kind = |name: &str| name.to_string();
    if words.is_empty() {
        return kind("punctuation or quotation mark only");
    }
    if inside_other {
        return kind(if role == 0 {
            "holds the attribution's cue"
        } else {
            "holds the attribution's source"
        });
    }
    let sentence_break = trimmed.contains('\n')
        || trimmed
            .char_indices()
            .any(|(at, c)| matches!(c, '.' | '?' | '!') && opens_sentence(&trimmed[at + c.len_utf8()..]));
    if role == 2 && sentence_break && words.len() >= 3 {
        return kind("another sentence (a quote over several)");
    }
    if words.iter().any(|word| SAYING.contains(&word.as_str())) && words.len() <= 8 {
        return kind("another attribution's cue (\"she said\")");
    }
    let first = words[0].as_str();
    let lead_punct = trimmed.chars().next().is_some_and(|c| !c.is_alphanumeric());
    let opener = trimmed.chars().next().unwrap_or(' ');
    let few = words.len() <= 5;
    let timely = few && words.iter().any(|word| TIME_WORDS.contains(&word.as_str()));
    match (role, start) {
        (2, true) => {
            if first == "that" && words.len() == 1 {
                kind("\"that\"")
            } else if CONNECTIVES.contains(&first) && words.len() <= 2 {
                kind("opening connective (But, However)")
            } else if timely {
                kind("time or occasion")
            } else if first == "that" {
                kind("\"that\" and words after it")
            } else if PREPOSITIONS.contains(&first) {
                kind("opening prepositional phrase")
            } else if first == "to" {
                kind("\"to\" (infinitive)")
            } else if SUBORDINATORS.contains(&first) {
                kind("opening subordinate clause")
            } else if DETERMINERS.contains(&first) || words.len() <= 4 {
                kind("object or subject before the clause (a few words)")
            } else {
                kind("object or subject before the clause (five words or more)")
            }
        }
        (2, false) => {
            if matches!(opener, '—' | '–' | '―' | '(' | '-') {
                kind("dash or parenthesis aside")
            } else if opener == ',' && RELATIVES.contains(&first) {
                kind("\", which/who\" clause")
            } else if opener == ',' && first.ends_with("ing") {
                kind("\", -ing\" clause")
            } else if matches!(first, "and" | "but" | "or") {
                kind("\"and/but/or\" coordinate")
            } else if timely {
                kind("time or occasion")
            } else if SUBORDINATORS.contains(&first) {
                kind("subordinate clause (because, when, if)")
            } else if PREPOSITIONS.contains(&first) || first == "to" {
                kind("trailing prepositional phrase or infinitive")
            } else if lead_punct {
                kind("after a comma or colon: other")
            } else {
                kind("other trailing words")
            }
        }
        (1, true) => {
            if words.iter().all(|word| AUXILIARIES.contains(&word.as_str())) {
                kind("auxiliary or negation")
            } else if words
                .iter()
                .all(|word| word.ends_with("ly") || AUXILIARIES.contains(&word.as_str()))
            {
                kind("adverb")
            } else {
                kind("other words before the cue")
            }
        }
        (1, false) => {
            if timely {
                kind("time or occasion")
            } else if first == "to" {
                kind("\"to\" and a verb")
            } else if PREPOSITIONS.contains(&first) && words.len() == 1 {
                kind("a preposition")
            } else if first == "that" {
                kind("\"that\"")
            } else if PREPOSITIONS.contains(&first) {
                kind("prepositional phrase")
            } else if words.len() <= 3 {
                kind("object or particle (one to three words)")
            } else {
                kind("object or complement (four words or more)")
            }
        }
        (_, true) => {
            if DETERMINERS.contains(&first) && words.len() == 1 {
                kind("determiner")
            } else if PREPOSITIONS.contains(&first) || first == "according" {
                kind("preposition (\"according to\", \"by\")")
            } else if trimmed.ends_with(',') {
                kind("name or phrase before an apposition")
            } else {
                kind("title, role or modifier")
            }
        }
        (_, false) => {
            if opener == ',' || trimmed.ends_with(',') {
                kind("apposition or its comma")
            } else if first == "'s" || first == "’s" {
                kind("possessive")
            } else if words
                .iter()
                .all(|word| word.ends_with("ly") || AUXILIARIES.contains(&word.as_str()))
            {
                kind("adverb or auxiliary")
            } else if PREPOSITIONS.contains(&first) {
                kind("prepositional phrase (\"of the campaign\")")
            } else {
                kind("other words after the source")
            }
        }
    }
}

/// Whether text right after a sentence's closing mark opens another
/// sentence (a closing quotation mark may come first).
fn opens_sentence(rest: &str) -> bool {
    let rest = rest.trim_start_matches(['”', '"', '’', '\'', ')']);
    rest.starts_with(char::is_whitespace)
        && rest
            .trim_start()
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || matches!(c, '“' | '"' | '‘'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_words_between_two_edges_are_sorted_into_kinds() {
        assert_eq!(kind(2, true, "that ", false), "\"that\"");
        assert_eq!(kind(2, true, "But ", false), "opening connective (But, However)");
        assert_eq!(
            kind(2, false, ", which the court has put on hold", false),
            "\", which/who\" clause"
        );
        assert_eq!(kind(2, false, " on Thursday", false), "time or occasion");
        assert_eq!(
            kind(2, false, ". He went on. It was", false),
            "another sentence (a quote over several)"
        );
        assert_eq!(kind(2, false, ".”", false), "punctuation or quotation mark only");
        assert_eq!(kind(1, true, "has not ", false), "auxiliary or negation");
        assert_eq!(kind(1, false, " about", false), "a preposition");
        assert_eq!(
            kind(0, false, ", a Clinton surrogate,", false),
            "apposition or its comma"
        );
        assert_eq!(kind(2, true, "Trump said ", true), "holds the attribution's source");
    }

    #[test]
    fn a_paired_attribution_is_read_edge_by_edge() {
        let text = "Clinton said on Monday that taxes will rise, which they denied.";
        let chars = CharOffsets::new(text);
        let gold: Triple = [Some(vec![(0, 7)]), Some(vec![(8, 12)]), Some(vec![(23, 43)])];
        let predicted: Triple = [Some(vec![(0, 7)]), Some(vec![(8, 12)]), Some(vec![(28, 62)])];
        let mut kinds = EdgeKinds::default();
        let shown = kinds.add(text, &chars, &predicted, &gold);
        assert!(shown.contains("content start shorter: \"that\" [that]"), "{shown}");
        assert!(shown.contains("content end longer: \", which/who\" clause"), "{shown}");
        assert_eq!(kinds.add(text, &chars, &gold, &gold), "");
        assert_eq!((kinds.differing, kinds.paired), (1, 2));
    }
}
