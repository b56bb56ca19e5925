//! Which attributions a reader is shown as "who said what", and with which
//! words.
//!
//! `chorus_quotes` finds attributions in PolNeAR's broad sense: beliefs,
//! plans and stances as well as statements ("continue to blame", "agreed
//! to …", "was angry about the events"), because that is what its
//! benchmark scores. A story's quotes show statements only: a direct
//! quotation, "according to", or a cue of saying or thinking with what was
//! said after it. A cue whose bare object is an act rather than words
//! ("announced independence", "promised military assistance") and a cue
//! ending in a preposition ("expresses deep concern about this situation")
//! count only with a clause after them ("announced that …"), and so does
//! a statement after a colon ("Jones: the road is closed", not a phone
//! number or a headline). A warning is said of what it names, so "warning
//! of growing risks" and "cautioned against escalation" are statements
//! with a bare noun phrase ("accused of …" is the accused's passive). The lexicon
//! is English; attributions of other languages are kept as found.
//!
//! A statement that was not made is not shown: a negated cue ("did not
//! say whether …", "never said that …", "has not commented"), a cue after a
//! refusal or a denial ("declined to comment", "refused to say", "denied
//! saying that …" when the cue is "saying"), or a negation right before
//! the cue. Showing it under the speaker's name, even marked, would put
//! words in their mouth that they withheld or disowned, and it tells no
//! position of theirs; a reader of "who said what" expects what was said.
//! A denial itself is a statement and stays, its cue shown with it
//! ("Turkey has denied sending mercenaries", "Aliyev denied saying …").
//!
//! A cue in the passive ("X is said to be …", "X was told that …", "X
//! was asked …") is no statement of its source: its subject did not
//! speak, or was spoken to ("was quoted as saying" stays). Nor is "responded
//! to …" or "observed the vehicle" without a clause (what was met or seen),
//! nor a page's label before a colon ("Published: Sunday, …").
//!
//! The shown content also ends where another speaker's attribution starts
//! in it, named, with its own cue, after "and", "but" or "while" ("… its ally
//! Azerbaijan and the Syrian Observatory reported on Monday that …"), and a
//! statement run into its cue without punctuation ("what he said It was
//! …", a translation that lost its quotation marks) gets a colon after the
//! cue.

use std::sync::OnceLock;

use chorus_model::hash::FastMap;
use chorus_model::{Article, Attribution, Span};

/// Verbs of saying and thinking (lemmas) whose attributions are statements.
const STATEMENT_CUES: &[&str] = &[
    "say",
    "tell",
    "add",
    "state",
    "insist",
    "stress",
    "claim",
    "allege",
    "argue",
    "explain",
    "note",
    "write",
    "reply",
    "respond",
    "answer",
    "assert",
    "suggest",
    "acknowledge",
    "admit",
    "emphasize",
    "emphasise",
    "comment",
    "complain",
    "concede",
    "conclude",
    "contend",
    "mention",
    "observe",
    "reiterate",
    "remark",
    "repeat",
    "retort",
    "tweet",
    "underline",
    "underscore",
    "affirm",
    "reaffirm",
    "testify",
    "inform",
    "assure",
    "remind",
    "warn",
    "caution",
    "maintain",
    "indicate",
    "clarify",
    "specify",
    "point",
    "believe",
    "think",
    "fear",
    "worry",
    "doubt",
    "suspect",
    "wonder",
    "predict",
    "estimate",
    "recount",
    "recall",
    "quote",
    "cite",
    "ask",
    "demand",
    "urge",
    "call",
    "accuse",
    "blame",
    "deny",
    "denounce",
    "condemn",
    "criticize",
    "criticise",
    "reject",
    "dismiss",
    "refute",
    "rebut",
    "dispute",
    "defend",
    "slam",
    "blast",
    "trash",
    "mock",
    "attack",
    "rebuke",
    "admonish",
    "lambast",
    "opine",
    "imply",
    "boast",
    "email",
    "hail",
    "praise",
    "welcome",
    "question",
    "deem",
    "describe",
    "confirm",
    "express",
    "voice",
    "threaten",
    "announce",
    "declare",
    "proclaim",
    "report",
    "publish",
    "reveal",
    "promise",
    "pledge",
    "vow",
];

/// Statement cues whose bare object is an act or a thing, not words:
/// "announced independence", "promised military assistance". With these
/// the content must be a clause.
const ACT_OBJECT_CUES: &[&str] = &[
    "announce", "declare", "proclaim", "report", "publish", "reveal", "promise", "pledge", "vow", "respond", "observe",
];

/// Statement lemmas that, as a noun after a determiner in the cue, name an
/// act rather than words: "began a systematic attack along the border",
/// "a blast at the depot", "a point on the map".
const ACT_NOUNS: &[&str] = &["attack", "blast", "point", "hail"];

/// Determiners that make the statement lemma after them a noun.
const DETERMINERS: &[&str] = &["a", "an", "the", "its", "their", "his", "her", "this", "that"];

/// Irregular forms of the statement cues.
const IRREGULAR: &[(&str, &str)] = &[
    ("said", "say"),
    ("told", "tell"),
    ("wrote", "write"),
    ("written", "write"),
    ("thought", "think"),
];

/// A cue's last word that makes its content the object of a preposition.
const PREPOSITIONS: &[&str] = &["about", "over", "at", "of", "with", "in", "regarding", "against"];

/// Statement cues that say something of the noun phrase after their
/// preposition: "warned of growing risks", "cautioned against
/// escalation", "complained about delays". Not "accused of": with the
/// preposition in the cue it is the accused's passive ("a man accused of
/// shooting …"); the accuser's active cue has its object between
/// ("accused Turkey of …").
const SAID_OF_CUES: &[&str] = &["warn", "caution", "complain"];

/// Words that negate a cue they stand in or right before: "did not say",
/// "never said", "didn't comment", "has yet to comment".
const NEGATIONS: &[&str] = &["not", "never", "no", "nor", "neither", "yet", "cannot"];

/// Verbs of withholding or disowning, in their forms: a cue after them
/// ("declined to comment", "refused to say", "denied saying") tells what
/// was not said.
const WITHHOLDING: &[&str] = &[
    "decline",
    "declines",
    "declined",
    "declining",
    "refuse",
    "refuses",
    "refused",
    "refusing",
    "deny",
    "denies",
    "denied",
    "denying",
    "avoid",
    "avoids",
    "avoided",
    "avoiding",
    "fail",
    "fails",
    "failed",
    "failing",
];

/// How many words right before a cue, in its clause, may negate it ("did
/// not immediately say", "declined to").
const NEGATION_REACH: usize = 3;

/// Words that open a clause: a complement, an indirect question, an
/// infinitive, or a subject pronoun.
const CLAUSE_OPENINGS: &[&str] = &[
    "that", "how", "what", "whether", "why", "if", "when", "where", "who", "to", "he", "she", "they", "it", "we", "i",
    "you", "there",
];

/// Finite verbs that show a clause wherever they stand.
const FINITE: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must",
    "should", "shall", "does", "did", "do", "said", "told", "wrote", "made", "took", "gave", "sent", "went", "came",
];

/// Words after which a form in `-ed` is an adjective ("in disputed
/// Karabakh", "the so-called"), not a verb.
const BEFORE_ADJECTIVE: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your", "in", "of",
    "on", "at", "for", "by", "with", "from", "to", "and", "or", "very", "more", "most",
];

/// Words that join a second clause: where a content that goes on into
/// another attribution ends.
const COORDINATORS: &[&str] = &["and", "but", "while", "whereas"];

/// An attribution as a story quote shows it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Shown {
    /// The content, ended before another attribution it runs into.
    pub content: Span,
    /// The words shown to the reader.
    pub text: String,
}

/// For each attribution of `article`, how it is shown among a story's
/// quotes, or `None` when it is not a statement of its own for a reader:
/// no statement (an action, a history, a bare object), or a claim inside
/// another statement.
pub(crate) fn shown_statements(article: &Article) -> Vec<Option<Shown>> {
    let attributions = &article.attributions;
    let contents: Vec<Span> = (0..attributions.len()).map(|i| content_end(article, i)).collect();
    let nested = nested_statements(article, &contents);
    attributions
        .iter()
        .enumerate()
        .map(|(index, attribution)| {
            let content = contents[index];
            if nested[index] || !is_statement(article, attribution, content) || names_a_source_only(article, content) {
                return None;
            }
            Some(Shown {
                content,
                text: shown_text(article, index, content),
            })
        })
        .collect()
}

/// Whether a content is only another attribution's cue and source
/// ("Oseguera-Gonzalez admitted | According to court documents"): words
/// about who says, not what.
fn names_a_source_only(article: &Article, content: Span) -> bool {
    article.attributions.iter().any(|other| {
        let (Some(source), Some(cue)) = (other.source, other.cue) else {
            return false;
        };
        let inside = |span: Span| span.start >= content.start && span.end <= content.end;
        inside(source)
            && inside(cue)
            && article.span_text(content).char_indices().all(|(at, c)| {
                let at = content.start + at as u32;
                !c.is_alphanumeric() || (source.start..source.end).contains(&at) || (cue.start..cue.end).contains(&at)
            })
    })
}

/// The words of a cue, lower case, with `’` as `'`.
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
        .filter(|word| !word.is_empty())
        .map(|word| {
            let lower = word.to_lowercase();
            if lower.contains('’') {
                lower.replace('’', "'")
            } else {
                lower
            }
        })
}

/// Longest statement lemma that a form with a letter put back may be
/// ("acknowledge"); a longer form is none.
const LONGEST_LEMMA: usize = 16;

/// The position of `form` in [`STATEMENT_CUES`], if it is one.
fn cue_rank(form: &str) -> Option<usize> {
    static RANKS: OnceLock<FastMap<&'static str, usize>> = OnceLock::new();
    RANKS
        .get_or_init(|| {
            STATEMENT_CUES
                .iter()
                .enumerate()
                .map(|(rank, &cue)| (cue, rank))
                .collect()
        })
        .get(form)
        .copied()
}

/// The position in [`STATEMENT_CUES`] of `base` with the ASCII letter
/// `letter` put back, if that is a cue.
fn cue_rank_with(base: &str, letter: u8) -> Option<usize> {
    let mut buffer = [0u8; LONGEST_LEMMA];
    let form = buffer.get_mut(..base.len() + 1)?;
    form[..base.len()].copy_from_slice(base.as_bytes());
    form[base.len()] = letter;
    cue_rank(std::str::from_utf8(form).ok()?)
}

/// The statement lemma `word` is a form of, if any: the word itself, or
/// it without `-s`, `-es`, `-ed`, `-d`, `-ing` (a doubled consonant or a
/// lost `e` or `y` put back), or an irregular form. When forms of the
/// word are different cues, the first of [`STATEMENT_CUES`].
fn statement_lemma(word: &str) -> Option<&'static str> {
    if let Some(&(_, lemma)) = IRREGULAR.iter().find(|(form, _)| *form == word) {
        return Some(lemma);
    }
    let mut best = cue_rank(word);
    let mut consider = |rank: Option<usize>| {
        if let Some(rank) = rank {
            best = Some(best.map_or(rank, |best| best.min(rank)));
        }
    };
    for suffix in ["s", "es", "ed", "d", "ing"] {
        if let Some(base) = word.strip_suffix(suffix).filter(|base| base.len() > 1) {
            consider(cue_rank(base));
            consider(cue_rank_with(base, b'e'));
            let mut letters = base.chars().rev();
            if let (Some(last), Some(before)) = (letters.next(), letters.next()) {
                if before == last {
                    consider(cue_rank(&base[..base.len() - last.len_utf8()]));
                }
            }
        }
    }
    for suffix in ["ies", "ied"] {
        if let Some(base) = word.strip_suffix(suffix) {
            consider(cue_rank_with(base, b'y'));
        }
    }
    best.map(|rank| STATEMENT_CUES[rank])
}

/// Whether an attribution is a statement a reader is told of (its content
/// taken as `content`).
fn is_statement(article: &Article, attribution: &Attribution, content: Span) -> bool {
    let Some(cue) = attribution.cue else {
        return true;
    };
    if article.language.as_deref() != Some("en") {
        return true;
    }
    let cue_words: Vec<String> = words(article.span_text(cue)).collect();
    let lemma = cue_words
        .iter()
        .enumerate()
        .find_map(|(at, word)| statement_lemma(word).map(|lemma| (at, lemma)));
    let before_lemma = &cue_words[..lemma.map_or(cue_words.len(), |(at, _)| at)];
    if not_said(article, attribution, cue, before_lemma) {
        return false;
    }
    if passive(&cue_words, lemma.map(|(at, _)| at)) {
        return false;
    }
    if attribution.direct || cue_words.first().is_some_and(|word| word == "according") {
        return true;
    }
    // "Name: what was said", with no word in the cue; a page's label
    // ("Published: Sunday, …") is no one.
    if cue_words.is_empty() {
        let labelled = attribution
            .source
            .is_some_and(|source| chorus_quotes::is_label(article.span_text(source).trim()));
        return !labelled && is_clause(article.span_text(content));
    }
    let Some((at, lemma)) = lemma else {
        return false;
    };
    // "responded to shots", "observed the vehicle": what was met or seen,
    // not what was said, unless a clause follows ("responded that …").
    if lemma == "respond" && article.span_text(content).trim_start().starts_with("to ") {
        return false;
    }
    // "began a systematic attack along …": the lemma is a noun of an act.
    if ACT_NOUNS.contains(&lemma) && cue_words[..at].iter().any(|word| DETERMINERS.contains(&word.as_str())) {
        return false;
    }
    let object_of_preposition = cue_words.len() > 1
        && !SAID_OF_CUES.contains(&lemma)
        && cue_words
            .last()
            .is_some_and(|last| PREPOSITIONS.contains(&last.as_str()));
    // "vowed to never …": the cue holds the infinitive's "to".
    let infinitive = cue_words.last().is_some_and(|last| last == "to");
    if !infinitive && (ACT_OBJECT_CUES.contains(&lemma) || object_of_preposition) {
        return is_clause(article.span_text(content));
    }
    true
}

/// Forms of "be" that make a participle after them passive.
const PASSIVE_BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being", "'s"];

/// Whether a cue is in the passive ("is said to be", "was told that",
/// "were asked"): its subject did not speak, or was spoken to. "was quoted
/// as saying" names what its subject said, and stays. `lemma_at` is where
/// the first statement lemma stands among `cue_words`.
fn passive(cue_words: &[String], lemma_at: Option<usize>) -> bool {
    let Some(at) = lemma_at.filter(|&at| at > 0) else {
        return false;
    };
    let quoted_as = cue_words[at + 1..].iter().any(|word| word == "as");
    // "are saying" is the active voice.
    let participle = !cue_words[at].ends_with("ing");
    PASSIVE_BE.contains(&cue_words[at - 1].as_str()) && participle && !quoted_as
}

/// Whether a cue tells what was not said: a negation in the cue or among
/// the few words of its clause right before it ("did not say", "Aliyev
/// never said"), or a verb of withholding before its statement verb
/// (`before_lemma`, the cue's words before it: "declined to comment") or
/// among those few words ("refused to | say", "denied | saying"). "not
/// only said" says something.
fn not_said(article: &Article, attribution: &Attribution, cue: Span, before_lemma: &[String]) -> bool {
    let clause_start = attribution
        .source
        .filter(|source| source.end <= cue.start)
        .map(|source| source.end)
        .into_iter()
        .chain(
            article
                .sentence_at(cue.start as usize)
                .map(|s| article.sentences[s].span.start),
        )
        .max()
        .unwrap_or(0);
    let before = article
        .text
        .get(clause_start as usize..cue.start as usize)
        .unwrap_or("");
    // Only the cue's own clause: after the last punctuation before it.
    let before = before
        .rfind([',', ';', ':', '“', '”', '"', '(', ')', '—', '–'])
        .map_or(before, |at| &before[at..]);
    let lead: Vec<String> = words(before).collect();
    let lead = &lead[lead.len().saturating_sub(NEGATION_REACH)..];
    let cue_words: Vec<String> = words(article.span_text(cue)).collect();
    let near: Vec<&String> = lead.iter().chain(&cue_words).collect();
    let negated = near.iter().enumerate().any(|(at, word)| {
        let negation = NEGATIONS.contains(&word.as_str()) || word.ends_with("n't");
        let not_only = word.as_str() == "not" && near.get(at + 1).is_some_and(|next| next.as_str() == "only");
        negation && !not_only
    });
    let withholding = |word: &String| WITHHOLDING.contains(&word.as_str());
    negated || before_lemma.iter().chain(lead).any(withholding)
}

/// Whether a content reads as a clause rather than a noun phrase: it opens
/// with a complementizer, an infinitive or a subject pronoun, or its first
/// part (before a relative or a second clause) holds a finite verb.
fn is_clause(content: &str) -> bool {
    let content_words: Vec<String> = words(content).collect();
    if content_words
        .first()
        .is_some_and(|first| CLAUSE_OPENINGS.contains(&first.as_str()))
    {
        return true;
    }
    let first_part = [", and", ";", " which ", " who ", " that "]
        .iter()
        .filter_map(|boundary| content.find(boundary))
        .min()
        .map_or(content, |end| &content[..end]);
    let part_words: Vec<String> = words(first_part).collect();
    part_words.iter().enumerate().any(|(i, word)| {
        FINITE.contains(&word.as_str())
            || i > 0 && word.ends_with("ed") && !BEFORE_ADJECTIVE.contains(&part_words[i - 1].as_str())
    })
}

/// The content of attribution `index`, ended before another attribution
/// that starts in it, source and cue, after a coordinator ("… its ally
/// Azerbaijan and the Observatory reported that …"). A direct quotation is
/// left whole.
fn content_end(article: &Article, index: usize) -> Span {
    let outer = &article.attributions[index];
    let mut content = outer.content;
    if outer.direct {
        return content;
    }
    for (other_index, other) in article.attributions.iter().enumerate() {
        let (Some(source), Some(cue)) = (other.source, other.cue) else {
            continue;
        };
        let inside = |span: Span| span.start > outer.content.start && span.end <= outer.content.end;
        if other_index == index || !inside(source) || !inside(cue) || source.start >= content.end {
            continue;
        }
        // Only someone else, named: "…, but they have not ruled it out" and
        // "… and he believes …" go on with the same speaker's statement.
        let someone_else =
            other.speaker.is_some_and(|speaker| outer.speaker != Some(speaker)) && other.who(article, None).is_some();
        if !someone_else {
            continue;
        }
        let before = article.text[outer.content.start as usize..source.start as usize]
            .trim_end_matches(|c: char| c.is_whitespace() || c == ',');
        let joined = COORDINATORS.iter().find_map(|word| {
            before
                .strip_suffix(word)
                .filter(|rest| rest.ends_with([' ', ',']))
                .map(|rest| rest.trim_end_matches(|c: char| c.is_whitespace() || c == ','))
        });
        let ended = joined.or_else(|| before.strip_suffix(';').map(str::trim_end));
        if let Some(kept) = ended.filter(|kept| !kept.is_empty()) {
            content = Span::new(content.start as usize, content.start as usize + kept.len());
        }
    }
    content
}

/// The words shown for attribution `index` with its content as `content`:
/// a direct quotation as [`Attribution::shown_content`] gives it; a
/// reported content without the cue that interrupts it between commas
/// ([`Attribution::without_parenthetical_cue`]); a
/// reported content with a colon after each cue inside it that runs
/// without punctuation into the statement it introduces ("what he said:
/// It was …").
fn shown_text(article: &Article, index: usize, content: Span) -> String {
    let attribution = &article.attributions[index];
    if attribution.direct {
        return attribution.shown_content(article);
    }
    if let Some(text) = attribution.without_parenthetical_cue(article, content) {
        return text;
    }
    let mut colons: Vec<usize> = article
        .attributions
        .iter()
        .filter_map(|inner| {
            let cue = inner.cue?;
            let inside = cue.start > content.start && inner.content.end <= content.end;
            let between = article.text.get(cue.end as usize..inner.content.start as usize)?;
            // A capitalized stopword ("It", "The") starts a sentence; a
            // capitalized name ("Turkey was …") may not.
            let opening = article
                .tokens
                .binary_search_by_key(&inner.content.start, |token| token.span.start)
                .ok()
                .map(|at| &article.tokens[at])?;
            let starts_sentence = opening.capitalized && opening.stop;
            (inside && !inner.direct && !between.is_empty() && between.trim().is_empty() && starts_sentence)
                .then_some(cue.end as usize)
        })
        .collect();
    colons.sort_unstable();
    colons.dedup();
    let mut text = String::new();
    let mut at = content.start as usize;
    for colon in colons {
        text.push_str(&article.text[at..colon]);
        text.push(':');
        at = colon;
    }
    text.push_str(&article.text[at..content.end as usize]);
    text
}

/// Which attributions of an article are not statements of their own for a
/// reader (`contents` are their contents as shown): of two attributions one of which lies, cue and content, inside
/// the other's content, the inner one is a claim inside a statement ("the ministry said
/// it would continue its operations" is the ministry's, not a statement by
/// "it"), unless the outer one only relays it ("“…,” he replied, according
/// to Interfax"; "TASS reported that Zakharova said …") or reaches over a
/// quotation signed after it by its own speaker ("Ankara reacted to his
/// comments: “…”, said Foreign Minister Mevlüt Çavuşoğlu"), and then gives
/// way to the statement it holds with its speaker.
fn nested_statements(article: &Article, contents: &[Span]) -> Vec<bool> {
    let attributions = &article.attributions;
    let mut dropped = vec![false; attributions.len()];
    for (outer_index, outer) in attributions.iter().enumerate() {
        let relay = outer
            .cue
            .is_some_and(|cue| chorus_quotes::is_relay_cue(article.span_text(cue)));
        let outer_content = contents[outer_index];
        for (inner_index, inner) in attributions.iter().enumerate() {
            let Some(cue) = inner.cue else {
                continue;
            };
            let inside = |span: Span| span.start >= outer_content.start && span.end <= outer_content.end;
            if inner_index == outer_index || !inside(cue) || !inside(inner.content) {
                continue;
            }
            // A quotation, then its own speaker, all in the outer content.
            let signed = inner.direct
                && inner.speaker.is_some()
                && inner
                    .source
                    .is_some_and(|source| inside(source) && source.start >= inner.content.end);
            if relay && inner.source.is_some() || signed {
                dropped[outer_index] = true;
            } else {
                dropped[inner_index] = true;
            }
        }
    }
    dropped
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Forms of the statement cues give their lemma: regular endings, a
    /// lost `e` or `y`, a doubled consonant, irregular forms; other words
    /// give none.
    #[test]
    fn lemmas_of_cue_forms() {
        let cases = [
            ("says", Some("say")),
            ("insisted", Some("insist")),
            ("argues", Some("argue")),
            ("argued", Some("argue")),
            ("denies", Some("deny")),
            ("denied", Some("deny")),
            ("replied", Some("reply")),
            ("vowing", Some("vow")),
            ("noting", Some("note")),
            ("stressing", Some("stress")),
            ("admitted", Some("admit")),
            ("told", Some("tell")),
            ("thought", Some("think")),
            ("warn", Some("warn")),
            ("walked", None),
            ("sprinted", None),
            ("ééing", None),
            ("", None),
        ];
        for (word, lemma) in cases {
            assert_eq!(statement_lemma(word), lemma, "{word}");
        }
    }
}
