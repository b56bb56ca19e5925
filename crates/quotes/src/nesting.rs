//! An attribution found inside another's content, settled once over what
//! rules and tagger found.
//!
//! "Trump told CNN that he believed Fields had fabricated the story" holds a
//! second cue ("believed") with its own subject inside the first one's
//! content. PolNeAR never annotates that inner attribution: in train's and
//! dev's gold (first annotator) no cue lies inside another attribution's
//! content (the few inside one's bounds are in the gap of a split
//! quotation), and a reader gets the statement once, by its speaker; the
//! inner one ("he | believed | Fields had fabricated …", "he | refused |
//! to answer last year") repeats part of it or is an aside. So the inner
//! attribution is dropped, except where it is a statement of its own:
//!
//! * the outer content runs on past a coordinator into another clause
//!   with its own source, naming someone, and cue ("…, while 73 percent said the same of
//!   Trump"; "… and Democrats accused the GOP of …"): the outer content
//!   ends before the coordinator, and both stand (on train, dropping the
//!   inner one there instead costs content-overlap and all-three exact
//!   F1 0.001 each; ending the outer content before an inner attribution
//!   whose content reaches past the outer one's end costs 0.001 too, so
//!   the inner one is dropped there);
//! * the two hold each other's cue ("Zakharova said that … the region,
//!   TASS reported": the first content ran over the second's source and
//!   cue): the first content ends before the second's source;
//! * the inner cue runs into a sentence of its own with no punctuation
//!   ("explain what he said It was the arrival of …"), which the report
//!   marks with a colon: both stand, and the outer content ends with the
//!   inner cue (the sentence after it is not what the outer source asked
//!   or said);
//! * the inner cue shares the outer source, the subject of both clauses,
//!   after a comma and a gerund ("…, adding that …") or after "and" or
//!   "but" ("… and said that …"): the outer content ends before it, and
//!   both stand (train: 40 attributions exact more, 12 fewer; dev 1 more);
//!   the comma may close inside a quotation ("… “ready for the final,”
//!   adding that …"): the outer content then keeps the quotation whole,
//!   or goes when it is only a quoted title ("told “Face the Nation,”
//!   adding …"; train 36 more exact, dev 4, none fewer);
//!   a tagger's cue the rules' content holds gets here only when it opens
//!   such a clause with a verb of saying ([`opens_a_clause_beside`]:
//!   "…, telling reporters that …", "…, and the new mayor is promising
//!   …"), else it is dropped before (train all-three exact 9,261 -> 9,292
//!   attributions, dev 984 -> 988);
//! * a participle clause after a comma ("…,” Macron told reporters …,
//!   calling the situation dangerous"; "Trump blasted her, calling …")
//!   with no source of its own shares the source of the attribution
//!   before it in the sentence, the subject of both verbs, unless it lies
//!   inside that attribution's content or a relative clause comes between
//!   ("…, which Baku had denied, accusing …") (train gold, first annotator: of
//!   the 565 "-ing" cues after a comma with an attribution earlier on
//!   their line, 459 have the very source span of the one before, 24
//!   none, the rest another source); with no attribution before it in
//!   its sentence, it takes the subject of the sentence's main clause when
//!   that can name a speaker;
//! * the outer attribution only relays the inner one ("TASS reported that
//!   Zakharova said …"), or the inner one is a quotation signed by its
//!   own speaker inside the outer content: both stand, and the report
//!   shows the inner one (`chorus-compare`'s reading).

use chorus_model::{Span, TokenKind};

use crate::cues::{self, Frame};
use crate::direct;
use crate::marks::is_closing_mark;
use crate::reported::{self, Found, PASSIVE_BE};
use crate::source;
use crate::view::View;

/// Cues by which an outer attribution passes on another's statement
/// rather than making one ("according to", "reported").
const RELAY_CUES: &[&str] = &["according to", "reported", "reports", "quoted", "cited", "citing"];

/// Whether `cue` (as written) only relays a statement made by someone
/// else: "according to", "TASS reported", "quoted".
pub fn is_relay_cue(cue: &str) -> bool {
    let cue = cue.trim().to_lowercase();
    RELAY_CUES.iter().any(|relay| {
        cue.strip_suffix(relay)
            .is_some_and(|before| before.is_empty() || before.ends_with(' '))
    })
}

/// Words that join two clauses, each of which may have its own speaker.
const COORDINATORS: &[&str] = &["and", "but", "while", "whereas"];

/// Settle every attribution whose cue lies inside another's content (see
/// the module doc): drop it, or end the outer content before it.
pub fn settle(view: &View, found: &mut Vec<Found>) {
    let mut dropped = vec![false; found.len()];
    for inner in 0..found.len() {
        let cue = found[inner].cue;
        let holds = |outer: &Found| {
            outer
                .parts
                .iter()
                .any(|part| part.start <= cue.start && cue.end <= part.end)
        };
        let Some(outer) = (0..found.len()).find(|&o| o != inner && !dropped[o] && holds(&found[o])) else {
            continue;
        };
        let (outer_one, inner_one) = (&found[outer], &found[inner]);
        if runs_into_its_sentence(view, inner_one) {
            // The outer content ends with the inner cue: the sentence after
            // it is the inner one's ("explain what he said | It was …").
            end_content(view, &mut found[outer], cue.end);
            continue;
        }
        if stands_inside(view, outer_one, inner_one) {
            continue;
        }
        if let Some(cut) = shared_subject_cut(view, outer_one, inner_one) {
            end_content(view, &mut found[outer], cut);
            dropped[outer] = found[outer].parts.is_empty();
            continue;
        }
        let inner_source = inner_one
            .source
            .map(|phrase| reported::words_span(view, phrase.first, phrase.last));
        let opening = inner_source.map_or(cue.start, |source| source.start.min(cue.start));
        let first_start = outer_one.parts.first().map_or(0, |part| part.start);
        let outer_cue = outer_one.cue;
        let crossed = inner_one
            .parts
            .iter()
            .any(|part| part.start <= outer_cue.start && outer_cue.end <= part.end);
        let cut = if crossed {
            (opening > first_start).then_some(opening)
        } else {
            inner_source
                .filter(|source| names_someone(view, *source))
                .and_then(|_| coordinator_before(view, first_start, opening))
        };
        match cut {
            Some(cut) => {
                end_content(view, &mut found[outer], cut);
                dropped[outer] = found[outer].parts.is_empty();
            }
            None => dropped[inner] = true,
        }
    }
    let mut index = 0;
    found.retain(|_| {
        index += 1;
        !dropped[index - 1]
    });
}

/// Whether a source names someone: it opens with a capital or a
/// determiner ("the Britain-based Syrian Observatory", "73 percent"), not
/// with an adverb ("especially human rights organizations").
fn names_someone(view: &View, source: Span) -> bool {
    let first = view.words.partition_point(|word| word.span.start < source.start);
    view.words.get(first).is_some_and(|word| {
        word.capitalized || word.kind == TokenKind::Number || DETERMINERS.contains(&word.lower.as_ref())
    })
}

/// Words that open a noun phrase naming someone.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "some", "many", "most",
];

/// Words that open a sentence run into the cue before it with no
/// punctuation ("explain what he said It was …", a translation that lost
/// its colon or quotation marks).
const SENTENCE_OPENERS: &[&str] = &["it", "the", "we", "this", "there", "they", "i", "our", "that", "these"];

/// Whether the inner attribution stands beside the outer one that holds
/// it: the outer one relays it, it is a quotation signed by its own
/// speaker after it, or its cue runs into a sentence of its own.
fn stands_inside(view: &View, outer: &Found, inner: &Found) -> bool {
    let relay = is_relay_cue(view.slice(outer.cue.start as usize, outer.cue.end as usize));
    let inner_source = inner
        .source
        .map(|phrase| reported::words_span(view, phrase.first, phrase.last));
    let signed = direct::is_quotation(view, &inner.parts)
        && inner_source.is_some_and(|source| inner.parts.last().is_some_and(|last| source.start >= last.end));
    relay && inner_source.is_some() || signed
}

/// Whether the inner cue runs into a sentence of its own with no
/// punctuation ("explain what he said It was …"), its content.
pub(crate) fn runs_into_its_sentence(view: &View, inner: &Found) -> bool {
    let next = view.words.partition_point(|word| word.span.start < inner.cue.end);
    view.words.get(next).is_some_and(|word| {
        word.capitalized
            && SENTENCE_OPENERS.contains(&word.lower.as_ref())
            && view.slice(inner.cue.end as usize, word.span.start as usize) == " "
            && inner.parts.first().is_some_and(|part| part.start == word.span.start)
    })
}

/// Whether a tagger's attribution whose cue lies in a rule's `outer`
/// content opens a clause of its own beside it, so that [`settle`] ends
/// the outer content before it and keeps both: its cue is a verb of
/// saying, addressing, judging or intent, and it shares the outer source
/// after a comma and a gerund or after "and"/"but" ([`shared_subject_cut`]:
/// "…, telling Fox that …", "… but stopped short of calling …"), or its
/// source names someone right after a comma and a coordinator or a
/// semicolon ("…, and Hillary Clinton is promising …"). Not past a
/// relative clause ("…, which explored … and discussed …": its subject is
/// the clause's) nor inside a relay ("…, according to X": both stand
/// there, uncut).
pub(crate) fn opens_a_clause_beside(view: &View, outer: &Found, inner: &Found) -> bool {
    let Some(first_start) = outer.parts.first().map(|part| part.start) else {
        return false;
    };
    let relay = is_relay_cue(view.slice(outer.cue.start as usize, outer.cue.end as usize));
    if relay || !is_verb_of_saying(view, inner.cue) || relative_clause_between(view, first_start, inner.cue.start) {
        return false;
    }
    if shared_subject_cut(view, outer, inner).is_some() {
        return true;
    }
    let Some(source) = inner
        .source
        .map(|phrase| reported::words_span(view, phrase.first, phrase.last))
        .filter(|source| source.start > first_start && source.end <= inner.cue.start)
    else {
        return false;
    };
    let before = view.slice(first_start as usize, source.start as usize).trim_end();
    let after_comma = COORDINATORS.iter().any(|word| {
        before
            .strip_suffix(word)
            .is_some_and(|rest| rest.trim_end().ends_with(','))
    }) || before.ends_with(';');
    after_comma && names_someone(view, source)
}

/// Whether a cue holds a verb of saying, of addressing, of judging or of
/// intent from the lexicon ("adding", "is promising", "stopped short of
/// calling"), not one of belief or perception ("knowing", "saw") nor a
/// word the lexicon does not know ("clearing", "did not have").
fn is_verb_of_saying(view: &View, cue: Span) -> bool {
    let first = view.words.partition_point(|word| word.span.start < cue.start);
    view.words[first..]
        .iter()
        .take_while(|word| word.span.end <= cue.end)
        .any(|word| {
            cues::lookup(&word.lower).iter().any(|entry| {
                entry.particle.is_none()
                    && matches!(
                        entry.frame,
                        Frame::Speech | Frame::Addressee | Frame::Object | Frame::Intent
                    )
            })
        })
}

/// Where the outer content ends when the inner cue shares the outer
/// source, the subject of both clauses: after a comma before a gerund
/// ("…, adding that …") or before "and" or "but" ("… and said that …").
/// The inner attribution names no source of its own, or one before the
/// outer content (the subject the two cues share). Measured on PolNeAR:
/// train 40 exact attributions more for 12 fewer, dev 1 more.
fn shared_subject_cut(view: &View, outer: &Found, inner: &Found) -> Option<u32> {
    let first_start = outer.parts.first()?.start;
    let shared = inner.source.is_none_or(|phrase| {
        let source = reported::words_span(view, phrase.first, phrase.last);
        source.end <= first_start
    });
    let cue = inner.cue;
    let at = view.words.partition_point(|word| word.span.start < cue.start);
    // "… and were asked to leave": a passive's subject did not speak.
    let passive = view
        .words
        .get(at)
        .is_some_and(|word| PASSIVE_BE.contains(&word.lower.as_ref()));
    if !shared || passive || inner.parts.iter().all(|part| part.is_empty()) {
        return None;
    }
    let gerund = view.words.get(at).is_some_and(|word| word.lower.ends_with("ing"));
    let before = view.slice(first_start as usize, cue.start as usize).trim_end();
    if gerund && before.ends_with(',') {
        let kept = before.trim_end_matches(|c: char| c.is_whitespace() || c == ',');
        return (!kept.is_empty()).then(|| first_start + kept.len() as u32);
    }
    // "…, win this race,” adding that …": the comma closed inside the
    // quotation, which the outer content keeps whole.
    // A quoted title alone ("told “Fox and Friends,” adding …") is where
    // the outer cue was said, no content: the outer attribution goes. Not
    // a quotation set off by a comma or colon, which is speech ("said,
    // “No,” adding …").
    if gerund && ends_with_quoted_comma(before) {
        let spoken = view.text[..first_start as usize].trim_end().ends_with([',', ':']);
        let kept = if !spoken && is_quoted_title(before) {
            0
        } else {
            before.len()
        };
        return Some(first_start + kept as u32);
    }
    let and_but = before
        .trim_end_matches(|c: char| c.is_whitespace() || c == ',')
        .rsplit(' ')
        .next()
        .is_some_and(|word| word == "and" || word == "but");
    // After "and" the clause's subject must be found (the outer one's).
    (and_but && inner.source.is_some())
        .then(|| coordinator_before(view, first_start, cue.start))
        .flatten()
}

/// The end of the words from `start` to `opening` (an inner attribution's
/// first word) when they end with a coordinator or a semicolon: where the
/// outer content's clause stops.
fn coordinator_before(view: &View, start: u32, opening: u32) -> Option<u32> {
    let before = view.slice(start as usize, opening as usize);
    let before = before.trim_end_matches(|c: char| c.is_whitespace() || c == ',');
    let kept = COORDINATORS
        .iter()
        .find_map(|word| {
            let rest = before.strip_suffix(word)?;
            rest.ends_with([' ', ',']).then_some(rest)
        })
        .or_else(|| before.strip_suffix(';'))?;
    let kept = kept.trim_end_matches(|c: char| c.is_whitespace() || c == ',' || c == '-' || c == '—');
    (!kept.is_empty()).then(|| start + kept.len() as u32)
}

/// End an attribution's content at byte `cut` (before white space and a
/// comma), dropping the parts after it.
fn end_content(view: &View, one: &mut Found, cut: u32) {
    one.parts.retain(|part| part.start < cut);
    if let Some(last) = one.parts.last_mut() {
        let kept = view
            .slice(last.start as usize, cut.min(last.end) as usize)
            .trim_end_matches(|c: char| c.is_whitespace() || c == ',' || c == '-' || c == '—');
        *last = Span::new(last.start as usize, last.start as usize + kept.len());
    }
    one.parts.retain(|part| !part.is_empty());
}

/// Give each participle cue after a comma that has no source the source of
/// the nearest attribution before it in its sentence, or, when none comes
/// before it, the subject of the sentence's main clause if it can name a
/// speaker ([`source::sentence_subject`]; see the module doc).
/// `found` is in text order of cues.
pub fn share_participle_sources(view: &View, found: &mut [Found]) {
    for at in 0..found.len() {
        if found[at].source.is_some() || !is_participle_after_comma(view, found[at].cue) {
            continue;
        }
        let cue = found[at].cue;
        let sentence = found[at].sentence;
        let before = found[..at]
            .iter()
            .rev()
            .take_while(|one| one.sentence == sentence)
            .find(|one| one.cue.end <= cue.start);
        let Some(before) = before else {
            // No attribution before it: the subject of its sentence's
            // main clause ("The county filed suit, saying …").
            let comma = view.words.partition_point(|word| word.span.start < cue.start) - 1;
            found[at].source = source::sentence_subject(view, view.sentences[sentence].words.start, comma);
            continue;
        };
        let inside = before
            .parts
            .iter()
            .any(|part| part.start <= cue.start && cue.start < part.end);
        let source = before
            .source
            .filter(|phrase| view.words[phrase.last].span.end <= cue.start);
        if !inside && !relative_clause_between(view, before.cue.end, cue.start) {
            if let Some(source) = source {
                found[at].source = Some(source);
            }
        }
    }
}

/// Whether a relative clause set off by a comma opens between bytes
/// `start` and `end`: "…, which Baku had denied, accusing …" (the
/// participle's subject may be the clause's).
fn relative_clause_between(view: &View, start: u32, end: u32) -> bool {
    let first = view.words.partition_point(|word| word.span.start < start);
    let last = view.words.partition_point(|word| word.span.start < end);
    (first.max(1)..last)
        .any(|at| source::RELATIVE.contains(&view.words[at].lower.as_ref()) && view.words[at - 1].is(","))
}

/// Whether `cue` opens with an "-ing" word right after a comma: "…,
/// saying", "…, calling".
fn is_participle_after_comma(view: &View, cue: Span) -> bool {
    let at = view.words.partition_point(|word| word.span.start < cue.start);
    let participle = view
        .words
        .get(at)
        .is_some_and(|word| word.lower.len() > 4 && word.lower.ends_with("ing") && !word.capitalized);
    let after_comma = at > 0 && view.words[at - 1].is(",")
        || at > 1 && view.words[at - 2].is(",") && view.words[at - 1].lower.chars().all(is_closing_mark);
    participle && after_comma
}

/// Most words of a quoted title ("“Meet the Press”").
const MAX_TITLE_WORDS: usize = 6;

/// Whether `text` is only a short quoted title: each word capitalized or a
/// short function word ("“Fox and Friends,”", "''Face the Nation,''").
pub(crate) fn is_quoted_title(text: &str) -> bool {
    let inner = text
        .trim_start_matches(crate::marks::is_opening_mark)
        .trim_end_matches(is_closing_mark)
        .trim_end_matches(',');
    let words: Vec<&str> = inner.split_whitespace().collect();
    let opened = text.starts_with(crate::marks::is_opening_mark);
    opened
        && !words.is_empty()
        && words.len() <= MAX_TITLE_WORDS
        && words[0].starts_with(char::is_uppercase)
        && words.iter().all(|word| {
            word.starts_with(char::is_uppercase)
                || matches!(*word, "and" | "the" | "of" | "on" | "with" | "a" | "in" | "for")
        })
}

/// Whether `text` ends with a comma closed inside a quotation (`,”`,
/// `,"`, `,''`): American punctuation before a participle that goes on.
fn ends_with_quoted_comma(text: &str) -> bool {
    let unquoted = text.trim_end_matches(is_closing_mark);
    unquoted.len() < text.len() && unquoted.ends_with(',')
}

#[cfg(test)]
mod tests {
    use chorus_model::{Article, Span};

    use super::opens_a_clause_beside;
    use crate::reported::Found;
    use crate::source::Phrase;
    use crate::view::View;

    /// An attribution of `text` by substrings: the cue, the source (if
    /// any) and a content from `content` to the sentence's final stop.
    fn found(view: &View, text: &str, cue: &str, source: Option<&str>, content: &str) -> Found {
        let span = |piece: &str| {
            let start = text.find(piece).expect("the piece is in the text");
            Span::new(start, start + piece.len())
        };
        let words = |piece: Span| {
            let first = view.words.partition_point(|word| word.span.start < piece.start);
            let last = view.words.partition_point(|word| word.span.end <= piece.end) - 1;
            Phrase { first, last }
        };
        let start = span(content).start;
        Found {
            source: source.map(|source| words(span(source))),
            cue: span(cue),
            parts: vec![Span::new(start as usize, text.trim_end_matches('.').len())],
            sentence: 0,
        }
    }

    /// Whether the second attribution opens a clause beside the first.
    fn beside(text: &str, outer: (&str, &str, &str), inner: (&str, Option<&str>, &str)) -> bool {
        let mut article = Article {
            text: text.to_string(),
            ..Article::default()
        };
        chorus_text::annotate(&mut article);
        let view = View::new(&article);
        let outer = found(&view, text, outer.0, Some(outer.1), outer.2);
        let inner = found(&view, text, inner.0, inner.1, inner.2);
        opens_a_clause_beside(&view, &outer, &inner)
    }

    #[test]
    fn a_clause_beside_needs_a_verb_of_saying_after_a_comma_or_a_coordinator() {
        let text = "The mayor defended the budget as fair, telling reporters that the cuts were needed.";
        assert!(beside(
            text,
            ("defended", "The mayor", "the budget"),
            ("telling", None, "that the cuts")
        ));
        let text = "The mayor praised the police, and the governor is promising more money for schools.";
        assert!(beside(
            text,
            ("praised", "The mayor", "the police"),
            ("is promising", Some("the governor"), "more money")
        ));
        // "and" with no comma joins two names, not two clauses.
        let text = "The report noted that both Smith and Jones were promising new jobs.";
        assert!(!beside(
            text,
            ("noted", "The report", "that both"),
            ("were promising", Some("Jones"), "new jobs")
        ));
        // A verb that says nothing.
        let text = "The mayor said the fire spread quickly, clearing the block of cars.";
        assert!(!beside(
            text,
            ("said", "The mayor", "the fire"),
            ("clearing", None, "the block")
        ));
        // Past a relative clause the subject is the clause's.
        let text = "The mayor recalled an old report, which examined the fires and described the costs.";
        assert!(!beside(
            text,
            ("recalled", "The mayor", "an old report"),
            ("described", Some("The mayor"), "the costs")
        ));
        // A relay keeps both as they are.
        let text = "The men were freed, but the victims are demanding answers, according to the police.";
        assert!(!beside(
            text,
            ("according to", "the police", "The men"),
            ("are demanding", Some("the victims"), "answers")
        ));
    }
}
