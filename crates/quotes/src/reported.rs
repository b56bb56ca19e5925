//! Attributions read around each cue: "X said (that) …", "…, X said",
//! "…, said X", "according to X, …", "X accused Y of …", "X told Y that …",
//! "X said: …". Whether the content is in quotation marks or not does not
//! matter here: a quotation next to a cue is its content like any clause.
//!
//! For each cue word outside quotations, the rules look for a subject
//! before it (see [`crate::source`]), decide from what surrounds the cue
//! whether the content comes before it (the cue and its source follow a
//! comma or a closing quotation mark and nothing like a clause follows)
//! or after it, and cut the content at the end of the sentence, at the end
//! of a quotation going on past it, or before a new attribution ("…, he
//! said", "and insisted", "according to").
//!
//! Content parts are spans *as written*: quotation marks and the
//! punctuation inside them are included, a final period outside them is
//! not. [`crate::direct`] turns them into the model's content.

use chorus_model::{Span, TokenKind};

use crate::cues::{self, Cue, Form, Frame};
use crate::source::{self, Phrase, PRONOUNS};
use crate::view::View;

/// Words that may stand between a subject and its cue and belong to the
/// cue: auxiliaries and a few adverbs ("has said", "also told").
pub(crate) const AUXILIARIES: &[&str] = &[
    "has",
    "have",
    "had",
    "also",
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
    "should",
    "must",
    "did",
    "does",
    "do",
    "later",
    "previously",
    "repeatedly",
    "again",
    "often",
    "once",
    "already",
    "reportedly",
    "publicly",
    "privately",
    "recently",
    "further",
    "flatly",
    "even",
    "then",
    "first",
    "never",
    "not",
    "n't",
    "didn't",
    "doesn't",
    "don't",
    "hasn't",
    "haven't",
    "hadn't",
    "won't",
    "wouldn't",
    "has also",
    "quickly",
    "immediately",
    "still",
];

/// French, German and Spanish auxiliaries of a past cue ("a dit", "hat
/// gesagt", "ha dicho").
const FOREIGN_AUXILIARIES: &[&str] = &[
    "a", "ont", "avait", "avaient", "aurait", "hat", "haben", "hatte", "ha", "han", "había",
];

/// Words before a cue that make it a noun ("the report", "his claims").
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "such", "any", "no",
    "every", "each", "of", "'s", "to",
];

/// Words of an adverbial between a cue and "that" ("said on Monday that",
/// "told reporters in a statement that").
const ADVERBIAL: &[&str] = &[
    "on",
    "in",
    "at",
    "during",
    "after",
    "before",
    "a",
    "an",
    "the",
    "his",
    "her",
    "their",
    "its",
    "statement",
    "interview",
    "interviews",
    "letter",
    "speech",
    "post",
    "posts",
    "tweet",
    "tweets",
    "email",
    "emails",
    "call",
    "conference",
    "news",
    "briefing",
    "press",
    "telephone",
    "phone",
    "radio",
    "television",
    "last",
    "this",
    "week",
    "month",
    "year",
    "today",
    "yesterday",
    "earlier",
    "later",
    "morning",
    "afternoon",
    "evening",
    "night",
    "recently",
    "repeatedly",
    "also",
    "again",
    "previously",
    "publicly",
    "privately",
    "reporters",
    "journalists",
    "to",
    "with",
    "by",
    "from",
    "of",
    "via",
    "and",
    "that's",
    "written",
    "televised",
    "recorded",
    "video",
    "remarks",
    "rally",
    "campaign",
    "event",
    "debate",
    "town",
    "hall",
    "meeting",
    "appearance",
    "hearing",
    "testimony",
    "sunday",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "late",
    "early",
];

/// Addressees a cue of [`Frame::Addressee`] may have before its content.
const ADDRESSEES: &[&str] = &[
    "reporters",
    "journalists",
    "me",
    "us",
    "him",
    "her",
    "them",
    "supporters",
    "voters",
    "lawmakers",
    "delegates",
    "members",
    "viewers",
    "listeners",
    "readers",
    "students",
    "parliament",
    "congress",
    "senators",
    "officials",
    "everyone",
    "people",
    "americans",
    "attendees",
    "guests",
    "donors",
    "employees",
    "staff",
    "workers",
    "residents",
    "police",
    "investigators",
    "prosecutors",
    "allies",
    "colleagues",
];

/// Gerund cues that open a new attribution after a comma.
pub(crate) const GERUND_BREAKS: &[&str] = &[
    "saying",
    "adding",
    "noting",
    "arguing",
    "citing",
    "claiming",
    "insisting",
    "warning",
    "calling",
    "accusing",
    "explaining",
    "suggesting",
    "stressing",
    "describing",
    "asking",
    "urging",
    "telling",
    "pointing",
    "according",
    "writing",
    "declaring",
    "predicting",
];

/// Prepositions that open an adverbial after a cue.
pub(crate) const PREPOSITIONS: &[&str] = &[
    "on", "in", "at", "during", "after", "before", "via", "from", "to", "with", "through", "over", "of", "about", "as",
    "when", "while", "upon",
];

/// Prepositions that cannot open what was said (an infinitive's "to"
/// aside): the phrase they open tells the circumstances of the cue.
const NOT_CONTENT_OPENINGS: &[&str] = &[
    "on", "at", "during", "via", "to", "with", "without", "through", "by", "upon", "amid", "ahead",
];

/// Whom one telephones or summons, and what one convenes: after a bare
/// "call" these are the person, service or meeting called, not something
/// named ("called his father about 15
/// minutes before", "called police to report …").
const CALLED: &[&str] = &[
    "police",
    "authorities",
    "deputies",
    "dispatchers",
    "father",
    "mother",
    "dad",
    "mom",
    "son",
    "daughter",
    "brother",
    "sister",
    "wife",
    "husband",
    "friend",
    "friends",
    "boyfriend",
    "girlfriend",
    "parents",
    "family",
    "grandmother",
    "grandfather",
    "neighbor",
    "neighbors",
    "relatives",
    "ambulance",
    "paramedics",
    "meeting",
    "conference",
    "vigil",
    "rally",
];

/// The most words of a call's object up to the person or meeting called.
const MAX_CALLED: usize = 3;

/// Verbs of a call's purpose after "to": "called police to report …".
const CALL_PURPOSES: &[&str] = &["report", "ask", "say", "tell", "request", "check", "inform", "complain"];

/// Words that may open the object of a call before the person called.
const CALLED_DETERMINERS: &[&str] = &["the", "a", "an", "his", "her", "their", "my", "our", "your"];

/// Words that end the object of a call with no name given to it: the call
/// goes on with its purpose, time or circumstances ("called his father
/// about …", "called police to report …", "called the friend from his car").
const CALL_GOES_ON: &[&str] = &[
    ",", ".", "to", "and", "about", "from", "after", "while", "before", "on", "at", "for", "who", "when", "with", "in",
    "that", "again", "back",
];

/// Whether `one`, by a bare "call", is a telephone call or a summons
/// rather than words that name something: its content has no quotation and
/// opens with a number or "back" ("called 911 after …", "called 9-1-1",
/// "called back"), a time ("called Monday afternoon to say …"), or a person
/// or service called that no name follows ("called his father about 15
/// minutes before", "called police to report"; but "called his father a
/// hero" names him).
pub(crate) fn is_phone_call(view: &View, one: &Found) -> bool {
    // The cue's last word, after any adverb or auxiliary ("also called",
    // "then called"); "called for" and "called on" end on their particle.
    let cue_end = view.words.partition_point(|word| word.span.start < one.cue.end);
    let Some(cue) = cue_end.checked_sub(1) else {
        return false;
    };
    if !matches!(view.words[cue].lower.as_ref(), "call" | "calls" | "called" | "calling") {
        return false;
    }
    let Some(content) = one.parts.first() else {
        return false;
    };
    if content.start < one.cue.end {
        return false;
    }
    let opening = view.words.partition_point(|word| word.span.start < content.start);
    let end = view.words.partition_point(|word| word.span.start < content.end);
    let words = view.words.get(opening..end).unwrap_or(&[]);
    if words.is_empty() || words.iter().any(|word| word.quotation.is_some()) {
        return false;
    }
    // "called police to report …", "called the club to ask …": a call with its purpose.
    if words
        .windows(2)
        .take(MAX_CALLED + 4)
        .any(|pair| pair[0].is("to") && CALL_PURPOSES.contains(&pair[1].lower.as_ref()))
    {
        return true;
    }
    // "called in a bomb squad", "called off the search", "called back".
    if view
        .words
        .get(cue + 1)
        .is_some_and(|next| matches!(next.lower.as_ref(), "in" | "off" | "back"))
    {
        return true;
    }
    let first = &words[0];
    // "got the call that her son was shot": what the call said.
    if first.is("that") {
        return false;
    }
    if first.kind == TokenKind::Number
        || first.lower.starts_with("9-1-1")
        || is_time_word(&first.lower) && !first.lower.ends_with("'s")
        || matches!(first.lower.as_ref(), "morning" | "afternoon" | "evening" | "night")
    {
        return true;
    }
    // The person called, after a determiner or a possessive name ("Risher's father").
    let mut at = 0;
    if CALLED_DETERMINERS.contains(&first.lower.as_ref()) || first.lower.ends_with("'s") {
        at = 1;
    }
    // The person or meeting called may follow a word or two in lower case
    // ("an emergency meeting", "his younger brother").
    let Some(head) = (at..words.len().min(at + MAX_CALLED))
        .take_while(|&k| k == at || !words[k - 1].capitalized && words[k - 1].kind == TokenKind::Word)
        .find(|&k| CALLED.contains(&words[k].lower.as_ref()))
    else {
        return false;
    };
    words.get(head + 1).map_or(true, |next| {
        CALL_GOES_ON.contains(&next.lower.as_ref()) || is_time_word(&next.lower)
    })
}

/// Forms of "be" that make the verb after them a passive.
pub(crate) const PASSIVE_BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];

/// Words after a comma that open a clause of the writer's, not the source's.
const CONTRAST: &[&str] = &["while", "whereas", "however", "although", "though", "but"];

/// Words that open a subordinate clause at the start of a sentence.
pub(crate) const SUBORDINATORS: &[&str] = &[
    "while", "although", "though", "as", "because", "if", "when", "after", "before", "since", "whereas", "once",
    "unless",
];

/// Most words of an adverbial skipped between a cue and "that".
const MAX_ADVERBIAL: usize = 8;

/// One attribution found around a cue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Words of the source.
    pub source: Option<Phrase>,
    /// Bytes of the cue (with its auxiliaries).
    pub cue: Span,
    /// The content, in one or more parts, as written (see the module doc).
    pub parts: Vec<Span>,
    /// Index of the sentence of the cue.
    pub sentence: usize,
}

/// Every attribution around a cue in the article, in text order.
pub fn find(view: &View) -> Vec<Found> {
    let mut found: Vec<Found> = Vec::new();
    for (sentence, clause) in view.sentences.iter().enumerate() {
        let words = clause.words.clone();
        let mut index = words.start;
        while index < words.end {
            let mut advanced = false;
            if view.words[index].quotation.is_none() && view.words[index].kind == TokenKind::Word {
                for cue in cues::lookup(&view.words[index].lower) {
                    let last = match cue.particle {
                        Some(particle) => {
                            if index + 1 < words.end && view.words[index + 1].is(particle) {
                                index + 1
                            } else {
                                continue;
                            }
                        }
                        None => index,
                    };
                    let previous = found
                        .iter()
                        .rev()
                        .find(|f| f.sentence == sentence)
                        .and_then(|f| f.source);
                    if let Some(one) = analyze(view, sentence, index, last, *cue, previous) {
                        found.push(one);
                        index = last + 1;
                        advanced = true;
                        break;
                    }
                    // A failed verb reading leaves the noun reading ("plans").
                }
            }
            if !advanced {
                index += 1;
            }
        }
    }
    for (sentence, clause) in view.sentences.iter().enumerate() {
        if found.iter().any(|f| f.sentence == sentence) {
            continue;
        }
        if let Some(one) = headline_colon(view, sentence, clause.words.clone()) {
            found.push(one);
        }
    }
    found.extend(transcript_turns(view));
    found.extend(signed_quotes(view));
    found.sort_by_key(|one| one.cue.start);
    found
}

/// Most words of a speaker's name in a transcript ("SEN. TIM KAINE:").
const MAX_SPEAKER_WORDS: usize = 4;

/// The turns of an interview transcript: paragraphs opening with a name
/// in capitals and a colon ("PENCE: Well, look, …"), each the speaker's
/// statement up to the end of the paragraph (the paragraph may open with
/// a quotation mark, when the article quotes the transcript). Capitals before a colon are
/// a transcript only when at least two speakers take turns in the
/// article; a single shouted label ("HUFFPOLLSTER: …") is not one.
fn transcript_turns(view: &View) -> Vec<Found> {
    let mut turns: Vec<(usize, usize, usize)> = Vec::new();
    for (sentence, clause) in view.sentences.iter().enumerate() {
        let mut start = clause.words.start;
        let Some(first) = view.words.get(start).filter(|_| start < clause.words.end) else {
            continue;
        };
        // A transcript quoted in the article: "“WALLACE: …".
        let raw = view.slice(first.span.start as usize, first.span.end as usize);
        if raw.chars().all(crate::marks::is_opening_mark) {
            start += 1;
        }
        let before = view.text[..first.span.start as usize].trim_end_matches([' ', '\t']);
        if !(before.is_empty() || before.ends_with('\n')) {
            continue;
        }
        let limit = clause.words.end.min(start + MAX_SPEAKER_WORDS + 1);
        let Some(colon) = (start + 1..limit).find(|&i| view.words[i].is(":")) else {
            continue;
        };
        let shouted = (start..colon).all(|i| {
            let word = &view.words[i];
            let raw = view.slice(word.span.start as usize, word.span.end as usize);
            word.kind == TokenKind::Word
                && raw.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && raw.chars().all(|c| !c.is_lowercase())
                && !LABELS.contains(&word.lower.as_ref())
        });
        if shouted && colon + 1 < clause.words.end {
            turns.push((sentence, start, colon));
        }
    }
    let name = |&(_, start, colon): &(usize, usize, usize)| {
        view.slice(
            view.words[start].span.start as usize,
            view.words[colon - 1].span.end as usize,
        )
    };
    let mut speakers: Vec<&str> = turns.iter().map(name).collect();
    speakers.sort_unstable();
    speakers.dedup();
    if speakers.len() < 2 {
        return Vec::new();
    }
    turns
        .iter()
        .map(|&(sentence, start, colon)| {
            let from = view.words[colon + 1].span.start as usize;
            let end = view.text[from..].find('\n').map_or(view.text.len(), |at| from + at);
            let end = from + view.text[from..end].trim_end().len();
            Found {
                source: Some(Phrase {
                    first: start,
                    last: colon - 1,
                }),
                cue: view.words[colon].span,
                parts: vec![Span::new(from, end)],
                sentence,
            }
        })
        .collect()
}

/// Most words of the name that signs a quotation.
const MAX_SIGNATURE_WORDS: usize = 4;

/// Quotations signed by a name after a dash at the end of their paragraph
/// (`“He can't even answer a question …” ― Esther Tapia`), as a page of
/// readers' or officials' reactions sets them: the dash is the cue, the
/// name the source, the quotation with its marks the content.
fn signed_quotes(view: &View) -> Vec<Found> {
    let mut found = Vec::new();
    for (dash, word) in view.words.iter().enumerate() {
        if !matches!(word.lower.as_ref(), "―" | "—" | "–") {
            continue;
        }
        // The name: capitalized words up to the end of the paragraph (a
        // full stop may close it).
        let mut last = dash;
        for (i, next) in view.words.iter().enumerate().skip(dash + 1) {
            let gap = view.slice(view.words[i - 1].span.end as usize, next.span.start as usize);
            if gap.contains('\n') || (next.is(".") && i > dash + 1) {
                break;
            }
            if next.kind != TokenKind::Word || !next.capitalized || i - dash > MAX_SIGNATURE_WORDS {
                last = dash;
                break;
            }
            last = i;
        }
        if last == dash {
            continue;
        }
        let after = view
            .words
            .get(last + 1)
            .filter(|next| next.is("."))
            .map_or(last, |_| last + 1);
        let end = view.words[after].span.end as usize;
        let rest = view.text[end..].trim_start_matches(|c: char| c.is_whitespace() && c != '\n');
        if !(rest.is_empty() || rest.starts_with('\n')) {
            continue;
        }
        // The quotation: the whole paragraph before the dash, between marks.
        let before = view.text[..word.span.start as usize].trim_end();
        let start = before.rfind('\n').map_or(0, |at| at + 1);
        let paragraph = &view.text[start..before.len()];
        let opening = paragraph.trim_start();
        let start = start + paragraph.len() - opening.len();
        let marks =
            |c: Option<char>| c.is_some_and(|c| crate::marks::is_opening_mark(c) || crate::marks::is_closing_mark(c));
        if !marks(opening.chars().next()) || !marks(opening.chars().last()) || opening.split_whitespace().count() < 3 {
            continue;
        }
        let sentence = view.sentences.partition_point(|clause| clause.words.end <= dash);
        found.push(Found {
            source: Some(Phrase { first: dash + 1, last }),
            cue: word.span,
            parts: vec![Span::new(start, before.len())],
            sentence: sentence.min(view.sentences.len().saturating_sub(1)),
        });
    }
    found
}

/// Words before a colon that are labels, not sources ("Update: …").
const LABELS: &[&str] = &[
    "update",
    "updated",
    "note",
    "editor's",
    "photo",
    "photos",
    "video",
    "watch",
    "read",
    "related",
    "source",
    "sources",
    "breaking",
    "exclusive",
    "analysis",
    "opinion",
    "live",
    "listen",
    "see",
    "also",
    "correction",
    "clarification",
    "disclosure",
    "q",
    "a",
    "warning",
    "email",
    "contributing",
    "contributor",
    "contributors",
    "credit",
    "credits",
    "follow",
    "contact",
    "tags",
    "topics",
    "share",
    "sign",
    "subscribe",
    "transcript",
    "advertisement",
    "by",
    "copyright",
];

/// Words of a page's date stamp before a colon ("Published: Sunday, …"),
/// labels too for a reader; the headline rule never meets them, as a
/// date after the colon is no statement.
const STAMPS: &[&str] = &["published", "posted"];

/// Whether the words before a colon are a page's label or stamp
/// ("Update", "Editor's note", "Published"), not a source.
pub fn is_label(words: &str) -> bool {
    let lower = words.to_lowercase().replace('’', "'");
    let first = lower.split_whitespace().next().unwrap_or("");
    lower.split_whitespace().count() <= 2 && (LABELS.contains(&first) || STAMPS.contains(&first))
}

/// "Lynch: No outside influence on FBI probe": a short capitalized name, a
/// colon and a statement, as headlines attribute.
fn headline_colon(view: &View, sentence: usize, words: std::ops::Range<usize>) -> Option<Found> {
    let colon = (words.start + 1..words.end.min(words.start + 8)).find(|&i| view.words[i].is(":"))?;
    let name = words.start..colon;
    let fits = name.clone().all(|i| {
        let word = &view.words[i];
        word.quotation.is_none()
            && (word.capitalized
                || matches!(
                    word.lower.as_ref(),
                    "of" | "the" | "and" | "&" | "-" | "'s" | "." | "(" | ")"
                )
                || word.kind == TokenKind::Number)
    });
    // A name, not a shouted label ("HUFFPOLLSTER:").
    let shouted = colon == words.start + 1
        && !view.words[words.start].lower.chars().any(char::is_uppercase)
        && view
            .slice(
                view.words[words.start].span.start as usize,
                view.words[words.start].span.end as usize,
            )
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
    let named = view.words[colon - 1].capitalized && view.words[colon - 1].kind == TokenKind::Word && !shouted;
    if !fits
        || !named
        || name.clone().any(|i| LABELS.contains(&view.words[i].lower.as_ref()))
        || view.words[words.start].is("the") && view.words[colon - 1].is("latest")
    {
        return None;
    }
    let content = if colon + 1 >= words.end {
        quotation_after(view, sentence)?
    } else if colon + 2 >= words.end {
        return None;
    } else {
        content_from(view, sentence, colon + 1)?.0
    };
    Some(Found {
        source: Some(Phrase {
            first: words.start,
            last: colon - 1,
        }),
        cue: view.words[colon].span,
        parts: vec![content],
        sentence,
    })
}

/// The span from the start of word `first` to the end of word `last`.
pub fn words_span(view: &View, first: usize, last: usize) -> Span {
    Span {
        start: view.words[first].span.start,
        end: view.words[last].span.end,
    }
}

/// The attribution around the cue at words `first..=last`, if it is one.
fn analyze(
    view: &View,
    sentence: usize,
    first: usize,
    last: usize,
    cue: Cue,
    previous: Option<Phrase>,
) -> Option<Found> {
    let clause = &view.sentences[sentence];
    let (from, to) = (clause.words.start, clause.words.end);
    let before = (first > from).then(|| &view.words[first - 1]);
    if cue.frame == Frame::Preposition {
        return preposition(view, sentence, first, last);
    }
    if cue.frame == Frame::Noun {
        return noun_frame(view, sentence, first);
    }
    if view.words[first].is("asked")
        && (first == from || before.is_some_and(|word| matches!(word.lower.as_ref(), "when" | "after" | "(")))
    {
        return asked_lead(view, sentence, first);
    }
    if cue.frame == Frame::Raising {
        return raising(view, sentence, first, first, last);
    }
    if view.words[first].is("expected") {
        let be = |i: usize| {
            matches!(
                view.words[i].lower.as_ref(),
                "is" | "are" | "was" | "were" | "be" | "been" | "'s"
            )
        };
        let be_at = if first > from && be(first - 1) {
            Some(first - 1)
        } else if first > from + 1 && be(first - 2) && is_gap_word(&view.words[first - 1]) {
            Some(first - 2)
        } else {
            None
        };
        if let Some(be_at) = be_at {
            return raising(view, sentence, be_at, first, last);
        }
    }
    if !cue.foreign
        && before.is_some_and(|word| {
            DETERMINERS.contains(&word.lower.as_ref()) || word.lower.ends_with("'s") || word.lower.ends_with("s'")
        })
    {
        return None;
    }
    // "The Washington Post", "State of the Union": names, not cues.
    if view.words[first].capitalized && before.is_some_and(|word| word.is_wordlike()) {
        return None;
    }
    if cue.form == Form::Gerund && !before.is_some_and(|word| word.is(",")) {
        return None;
    }
    // Auxiliaries and adverbs before the verb belong to the cue.
    let mut cue_first = first;
    if cue.form != Form::Gerund {
        let auxiliaries = if cue.foreign { FOREIGN_AUXILIARIES } else { AUXILIARIES };
        while cue_first > from
            && auxiliaries.contains(&view.words[cue_first - 1].lower.as_ref())
            && view.words[cue_first - 1].quotation.is_none()
        {
            cue_first -= 1;
        }
    }
    if view.words[first].is("asked")
        && cue_first > from
        && matches!(
            view.words[cue_first - 1].lower.as_ref(),
            "was" | "were" | "is" | "are" | "been" | "being"
        )
    {
        return passive_question(view, sentence, cue_first - 1, last);
    }
    let cue_span = words_span(view, cue_first, last);
    // Adverbs between the subject and the cue belong to neither ("Her
    // campaign workers here said").
    let mut subject_end = cue_first;
    while subject_end > from && is_gap_word(&view.words[subject_end - 1]) {
        subject_end -= 1;
    }
    // Nor does a time phrase ("Russia's foreign ministry on Thursday urged").
    if subject_end > from + 1 && is_time_word(&view.words[subject_end - 1].lower) {
        subject_end -= 1;
        if subject_end > from + 1 && view.words[subject_end - 1].is("on") {
            subject_end -= 1;
        }
    }
    let mut subject = if cue.form == Form::Gerund {
        None
    } else {
        source::subject_before(view, from, subject_end)
    };
    // "A poll released Sunday found …": a study or poll is a source of
    // findings.
    let finding = cue.form == Form::Finite && is_finding_verb(&view.words[first].lower);
    let mut poll = finding && subject.is_some_and(|phrase| is_poll_noun(&view.words[phrase.last].lower));
    if finding && !poll {
        if let Some(phrase) = poll_subject(view, from, subject_end) {
            subject = Some(phrase);
            poll = true;
        }
    }
    if subject.is_none()
        && cue.form != Form::Gerund
        && subject_end > from
        && view.words[subject_end - 1].is(",")
        && clause_follows(view, last + 1, to, cue.frame)
        && (view.words[first].capitalized || name_after_cue(view, skip_adverbial(view, last + 1, to), to).is_none())
    {
        // "Gov. John Kasich (R-OH), said, “…”": a stray comma after the
        // subject; but a name alone after the cue is an inverted source
        // ("… a detailed plan for Syria, said Michael O'Hanlon, a senior
        // fellow …"), and the clause before the comma the content (unless
        // the cue is capitalized, in a headline's title case).
        subject =
            source::subject_before(view, from, subject_end - 1).filter(|phrase| view.words[phrase.last].capitalized);
    }
    if subject.is_none()
        && cue.form != Form::Gerund
        && subject_end > from
        && view.words[subject_end - 1].is(",")
        && clause_follows(view, last + 1, to, cue.frame)
    {
        // "The official, who asked not to be named, told …": the subject is
        // before the relative clause set off by commas.
        let relative = (from + 1..subject_end - 1)
            .rev()
            .take(MAX_RELATIVE_CLAUSE)
            .find(|&k| matches!(view.words[k].lower.as_ref(), "who" | "which" | "whose") && view.words[k - 1].is(","));
        if let Some(k) = relative {
            subject = source::subject_before(view, from, k - 1);
        }
    }
    // "Clinton, these people said, would …": a demonstrative or a
    // quantifier opens the subject, so the comma before it sets the cue off.
    if let Some(phrase) = subject.as_mut() {
        while phrase.first > from
            && matches!(
                view.words[phrase.first - 1].lower.as_ref(),
                "these" | "those" | "some" | "many" | "several" | "both" | "most"
            )
        {
            phrase.first -= 1;
        }
    }
    let clause_first = subject.map_or(cue_first, |phrase| phrase.first);
    let separator = (clause_first > from).then(|| clause_first - 1);
    let after_quote = separator.is_some_and(|sep| {
        view.closes_quotation(sep).is_some()
            || view.words[sep].is(",") && sep > from && view.closes_quotation(sep - 1).is_some()
    });
    let after_content = separator.is_some_and(|sep| {
        let word = &view.words[sep];
        word.is(",") || word.is("—") || word.is("–") || view.closes_quotation(sep).is_some()
    });
    let mut inverted = None;
    if subject.is_none()
        && after_content
        && cue.form != Form::Gerund
        && matches!(cue.frame, Frame::Speech | Frame::Addressee)
    {
        // "…”, reacted Wednesday Emmanuel Macron": a time phrase may stand
        // between the cue and its inverted source.
        let at = skip_adverbial(view, last + 1, to);
        inverted = source::subject_after(view, at, to).or_else(|| {
            // "…, said transit analyst Peter Voss.": a title or role in
            // lower case before the name.
            let name = name_after_cue(view, at, to)?;
            source::subject_after(view, name, to).map(|phrase| Phrase { first: at, ..phrase })
        });
        // "…, told Sky News Arabia that …": after a verb that takes an
        // addressee, a name followed by a content clause is the addressee,
        // not an inverted source.
        if cue.frame == Frame::Addressee
            && inverted.is_some_and(|phrase| content_opens(view, skip_adverbial(view, phrase.last + 1, to)))
        {
            inverted = None;
        }
    }
    let rest = inverted.map_or(last + 1, |phrase| phrase.last + 1);
    let mut parts = Vec::new();
    // After a quotation, the cue closes it unless "that", a colon or another
    // quotation follows; after a comma, unless a clause follows.
    let opening =
        inverted.is_none() && separator.is_some_and(|sep| opening_adverbial(view, from, sep, rest, to, cue.frame));
    let trailing = after_content
        && !opening
        && (inverted.is_some()
            || if after_quote {
                !content_opens(view, skip_adverbial(view, rest, to))
            } else {
                !clause_follows(view, rest, to, cue.frame) || quotation_goes_on(view, rest, to)
            });
    if trailing {
        let separator = separator?;
        parts.push(content_before(view, sentence, separator)?);
        // After a quotation, only another quotation goes on with it ("“A,”
        // he said, “B.”"); unquoted words after the cue are the writer's
        // ("“A,” she said months later, and a reason was …").
        let second = second_part(view, sentence, rest)
            .filter(|second| {
                !after_quote
                    || view
                        .text
                        .get(second.start as usize..)
                        .is_some_and(|text| text.starts_with(crate::marks::is_opening_mark))
            })
            .or_else(|| {
                if after_quote {
                    quotation_after_aside(view, sentence, rest)
                } else {
                    None
                }
            });
        if let Some(second) = second {
            parts.push(second);
        }
    } else {
        let content = content_after(view, sentence, rest, cue.frame)?;
        // "discussed by phone on Friday", "told reporters ahead of briefing
        // to European Union leaders": a prepositional phrase after the cue
        // is where or how it was said, not what.
        let opening = view.words.partition_point(|word| word.span.start < content.0.start);
        if view
            .words
            .get(opening)
            .is_some_and(|word| NOT_CONTENT_OPENINGS.contains(&word.lower.as_ref()))
            && !is_infinitive(view, opening)
        {
            return None;
        }
        parts.push(content.0);
        if cue.frame == Frame::Belief && !content.1 {
            return None;
        }
        let object = matches!(
            view.words[first].lower.as_ref(),
            "want" | "wants" | "wanted" | "expect" | "expects" | "prefer" | "prefers" | "preferred"
        );
        if cue.frame == Frame::Intent && !content.1 && !infinitive_ahead(view, content.0.start, object) {
            return None;
        }
    }
    // "…, adding", "He called it lawful, and said": the subject of the verb before.
    let coordinated = cue.form == Form::Gerund || before.is_some_and(|word| word.is("and") || word.is("but"));
    let source = subject.or(inverted).or(if coordinated {
        previous.or_else(|| clause_subject(view, from, first))
    } else {
        None
    });
    // Without a subject, only a clear frame makes a cue.
    if source.is_none() {
        let first_content = view.text.get(parts[0].start as usize..).unwrap_or("");
        let clear = trailing && (view.closes_quotation(separator.unwrap_or(0)).is_some() || cue.form == Form::Gerund)
            || first_content.starts_with("that ")
            || first_content.starts_with(|c: char| crate::marks::is_opening_mark(c));
        if !clear || cue.ambiguous {
            return None;
        }
    }
    // A belief after its content is a writer's aside ("…, he believes."),
    // but one set off in mid-sentence, with the content on both sides, is
    // the content's source ("Ryan's endorsement, many think, is only a matter
    // of time").
    let wrapped = trailing && parts.len() == 2 && cue.frame == Frame::Belief;
    if matches!(cue.frame, Frame::Belief | Frame::Intent) && (subject.is_none() || trailing && !wrapped) {
        return None;
    }
    let infinitive = !trailing
        && view
            .text
            .get(parts[0].start as usize..)
            .is_some_and(|rest| rest.starts_with("to "));
    let that_clause = view
        .text
        .get(parts[0].start as usize..)
        .is_some_and(|rest| rest.starts_with("that "));
    let licensed = trailing || that_clause || poll || infinitive && subject.is_some();
    if cue.ambiguous && !licensed {
        // A noun-like cue needs a pronoun subject, or a name before a past
        // tense ("the Benghazi attack" is a noun, "Trump attacked" a verb).
        let subject_word = subject.map(|phrase| &view.words[phrase.last]);
        let past = view.words[first].lower.ends_with("ed");
        let good = subject_word.is_some_and(|word| word.capitalized && past || PRONOUNS.contains(&word.lower.as_ref()));
        if !good {
            return None;
        }
    }
    // A content of punctuation alone is a misreading.
    if !parts.iter().any(|part| {
        view.slice(part.start as usize, part.end as usize)
            .chars()
            .any(char::is_alphanumeric)
    }) {
        return None;
    }
    Some(Found {
        source,
        cue: cue_span,
        parts,
        sentence,
    })
}

/// Whether what follows a cue at word `at` is its content (a clause, "that",
/// a colon, a quotation) rather than an adverbial ending the sentence.
fn clause_follows(view: &View, at: usize, to: usize, frame: Frame) -> bool {
    let at = if frame == Frame::Addressee {
        skip_addressee(view, at, to)
    } else {
        at
    };
    let at = skip_adverbial(view, at, to);
    let Some(word) = view.words.get(at).filter(|_| at < to) else {
        return false;
    };
    if word.is("that") || word.is(":") || view.opens_quotation(at).is_some() {
        return true;
    }
    if word.is(",") && view.opens_quotation(at + 1).is_some() {
        return true;
    }
    // "urged the countries involved to avoid …": the infinitive after the
    // addressee is the content.
    if frame == Frame::Addressee && is_infinitive(view, at) {
        return true;
    }
    if word.kind == TokenKind::Punct || PREPOSITIONS.contains(&word.lower.as_ref()) {
        return false;
    }
    (at..to)
        .filter(|&i| view.words[i].is_wordlike())
        .take_while(|&i| !view.words[i].is(","))
        .count()
        >= 2
}

/// Most words of an opening adverbial of circumstance.
const MAX_OPENING_ADVERBIAL: usize = 10;

/// Prepositions that open a sentence's adverbial of circumstance ("Through
/// a spokesman, he declined to comment", "In an interview on CBS, Ryan
/// said …").
pub(crate) const OPENING_PREPOSITIONS: &[&str] = &[
    "on", "in", "at", "during", "after", "via", "through", "with", "upon", "amid", "ahead", "speaking",
];

/// Whether the words from the sentence's first word `from` to the
/// separator before the source are one adverbial of circumstance (a
/// preposition or a participle and no comma but a quotation's), and the
/// cue, from word `rest`, goes on with words of its own: then the content
/// is after the cue, not the opening phrase ("Through a spokesman, he
/// declined to comment"; "On this weekend's broadcast of “Fox News
/// Sunday,” Pence said his running mate …").
fn opening_adverbial(view: &View, from: usize, separator: usize, rest: usize, to: usize, frame: Frame) -> bool {
    let Some(first) = view.words.get(from).filter(|_| from < separator) else {
        return false;
    };
    // A time ("At around 10 p.m., deputies responded …") opens an event
    // told by the writer; a long phrase is a clause, not an adverbial.
    let short = separator - from <= MAX_OPENING_ADVERBIAL
        && (from..separator).all(|i| view.words[i].kind != TokenKind::Number && !is_time_word(&view.words[i].lower));
    let participle =
        first.capitalized && first.lower.ends_with("ing") && !first.lower.ends_with("thing") && first.lower.len() > 5;
    // "Asked whether …, he said no": the answer after the cue is the
    // content, be it one word, however long the question.
    let asked = first.capitalized && first.lower == "asked";
    let opens = asked || short && (OPENING_PREPOSITIONS.contains(&first.lower.as_ref()) || participle);
    let one_phrase = (from..separator).all(|i| !view.words[i].is(",") || view.words[i].quotation.is_some());
    // "he told the BBC.": the addressee is no content.
    let rest = if frame == Frame::Addressee {
        skip_addressee(view, rest, to)
    } else {
        rest
    };
    let after = skip_adverbial(view, rest, to);
    let goes_on = (after..to)
        .take_while(|&i| !view.words[i].is(","))
        .filter(|&i| view.words[i].is_wordlike())
        .count()
        >= if asked { 1 } else { 2 }
        && view
            .words
            .get(after)
            .is_some_and(|word| word.is_wordlike() || word.is(":"));
    opens && one_phrase && goes_on
}

/// Whether, after a cue set off by commas in mid-sentence, the quotation
/// right after its closing comma (word `at`) goes on with the words before
/// the cue: "An economic downturn, he said, “could be a good time to
/// borrow”" is one content in two fragments, the clause before the cue and
/// the quotation. The quotation's first letter tells: PolNeAR train's first
/// annotator takes the words before the cue into the content 30 times of 41
/// when the quotation opens in lower case, and 11 of 101 when it opens in
/// upper case ("As a phone rang, the announcer said, “It's 3 a.m.”": a
/// sentence of its own, after the writer's lead-in). Unquoted words after
/// the cue already make two fragments (train: 229 of 254 with the words
/// before; an opening adverbial or connective of at most four words, "In
/// 2008, Trump said, the …", "But, he said, …", is in the content 43 times
/// and out of it 17, so it is not set apart).
fn quotation_goes_on(view: &View, at: usize, to: usize) -> bool {
    if at + 1 >= to || !view.words[at].is(",") {
        return false;
    }
    let Some(quotation) = view.opens_quotation(at + 1) else {
        return false;
    };
    let inner = view.quotations[quotation].inner;
    view.slice(inner.start as usize, inner.end as usize)
        .trim_start()
        .chars()
        .next()
        .is_some_and(char::is_lowercase)
}

/// "X was asked whether…": a question put to someone, with no source.
/// The asked one is not the source, so none is given.
fn passive_question(view: &View, sentence: usize, cue_first: usize, last: usize) -> Option<Found> {
    let to = view.sentences[sentence].words.end;
    let mut start = last + 1;
    while start < to
        && matches!(
            view.words[start].lower.as_ref(),
            "again" | "later" | "repeatedly" | "then" | "also" | "directly" | ","
        )
    {
        start += 1;
    }
    let word = view.words.get(start).filter(|_| start < to)?;
    let question = matches!(
        word.lower.as_ref(),
        "whether"
            | "if"
            | "what"
            | "who"
            | "whom"
            | "how"
            | "why"
            | "when"
            | "where"
            | "which"
            | "to"
            | "about"
            | "the"
            | "a"
    ) || view.opens_quotation(start).is_some();
    if !question {
        return None;
    }
    let (content, _) = content_from(view, sentence, start)?;
    Some(Found {
        source: None,
        cue: words_span(view, cue_first, last),
        parts: vec![content],
        sentence,
    })
}

/// Words between a subject and its cue that belong to neither: "here",
/// "now", and manner adverbs ("Ash bluntly said").
fn is_gap_word(word: &crate::view::Word<'_>) -> bool {
    let lower = word.lower.as_ref();
    matches!(lower, "here" | "there" | "now" | "too" | "today" | "however")
        || !word.capitalized
            && word.kind == TokenKind::Word
            && lower.len() >= 5
            && lower.ends_with("ly")
            && !matches!(
                lower,
                "family" | "assembly" | "rally" | "supply" | "reply" | "anomaly" | "monopoly" | "ally"
            )
            && !AUXILIARIES.contains(&lower)
}

/// The rules' subject of a cue opening at word `cue_first`, for a source
/// the tagger gave as a fragment ([`source::is_fragment`]): the subject
/// before it once adverbs, auxiliaries and negations are passed ("Mr.
/// Ryan has long | said"), or none.
pub(crate) fn subject_past_adverbs(view: &View, from: usize, cue_first: usize) -> Option<Phrase> {
    let mut end = cue_first;
    while end > from && {
        let word = &view.words[end - 1];
        let lower = word.lower.as_ref();
        is_gap_word(word)
            || AUXILIARIES.contains(&lower)
            || matches!(
                lower,
                "long" | "not" | "never" | "just" | "also" | "still" | "always" | "already"
            )
    } {
        end -= 1;
    }
    source::subject_before(view, from, end).filter(|&phrase| !source::is_fragment(view, phrase))
}

/// The subject of the clause a coordinated cue belongs to ("They reversed
/// themselves and said…"): the last personal pronoun before it in the
/// sentence, else the name that starts the sentence.
fn clause_subject(view: &View, from: usize, before: usize) -> Option<Phrase> {
    let pronoun = (from..before).rev().find(|&i| {
        view.words[i].quotation.is_none() && matches!(view.words[i].lower.as_ref(), "he" | "she" | "they" | "we" | "i")
    });
    if let Some(index) = pronoun {
        return Some(Phrase {
            first: index,
            last: index,
        });
    }
    let mut last = from;
    while last < before && view.words[last].capitalized && view.words[last].quotation.is_none() {
        last += 1;
    }
    (last > from).then(|| Phrase {
        first: from,
        last: last - 1,
    })
}

/// Most words (titles, roles) before a name after a cue.
const MAX_WORDS_BEFORE_NAME: usize = 4;

/// Whether the words from `at` up to a comma or the sentence's end (`to`)
/// are a name, maybe after a few words of title or role: "Michael
/// O'Hanlon, a senior fellow …", "Democratic strategist Hank Sheinkopf.",
/// not a clause ("the plan will fail", "Trump won Florida."). Gives the
/// name's first word.
fn name_after_cue(view: &View, at: usize, to: usize) -> Option<usize> {
    let end = (at..to)
        .find(|&i| matches!(view.words[i].lower.as_ref(), "," | ";" | "?" | "!" | "."))
        .unwrap_or(to);
    // The name: the capitalized words ending the phrase ("of" and "and"
    // may join them: "Bank of America").
    let mut name = end;
    while name > at && {
        let word = &view.words[name - 1];
        word.capitalized || name < end && matches!(word.lower.as_ref(), "of" | "and")
    } {
        name -= 1;
    }
    while name < end && !view.words[name].capitalized {
        name += 1;
    }
    // A verb, a pronoun or a preposition but a title's "of" ("secretary of
    // state Hillary Clinton") before the name makes a clause ("he expects
    // Obama", "testimony by Gregory Hicks").
    let clause_word = |lower: &str| {
        AUXILIARIES.contains(&lower)
            || source::IRREGULAR_PAST.contains(&lower)
            || lower.len() >= 5 && lower.ends_with("ed")
            || PRONOUNS.contains(&lower)
            || lower != "of" && (PREPOSITIONS.contains(&lower) || NOT_CONTENT_OPENINGS.contains(&lower))
    };
    (name < end
        && name - at <= MAX_WORDS_BEFORE_NAME
        && (at..end).all(|i| view.words[i].is_wordlike() && view.words[i].quotation.is_none())
        && (at..name).all(|i| !clause_word(&view.words[i].lower)))
    .then_some(name)
}

/// Whether word `at` opens a content: "that", a colon or a quotation.
fn content_opens(view: &View, at: usize) -> bool {
    view.words.get(at).is_some_and(|word| word.is("that") || word.is(":")) || view.opens_quotation(at).is_some()
}

/// Past an adverbial right after a cue ("on Friday", "in a statement on
/// Monday", "last week", "Tuesday"): the word after it.
fn skip_adverbial(view: &View, at: usize, to: usize) -> usize {
    let mut index = at;
    loop {
        let Some(word) = view.words.get(index).filter(|_| index < to) else {
            return index;
        };
        let lower = word.lower.as_ref();
        if let Some(after) = past_parenthesis(view, index, to) {
            index = after;
        } else if is_time_word(lower) {
            index += 1;
        } else if matches!(lower, "last" | "this" | "next" | "late" | "early")
            && view.words.get(index + 1).is_some_and(|next| {
                is_time_word(&next.lower)
                    || matches!(
                        next.lower.as_ref(),
                        "week" | "month" | "year" | "night" | "week's" | "month's" | "year's"
                    )
            })
        {
            index += 2;
        } else if PREPOSITIONS.contains(&lower) && lower != "to" {
            // A prepositional phrase of adverbial words and names.
            let mut end = index + 1;
            while end < to && end < index + MAX_ADVERBIAL {
                let next = &view.words[end];
                let fits = ADVERBIAL.contains(&next.lower.as_ref()) && !PREPOSITIONS.contains(&next.lower.as_ref())
                    || next.capitalized && next.quotation.is_none()
                    || next.lower.ends_with("'s")
                    || next.kind == TokenKind::Number
                    || is_time_word(&next.lower);
                if !fits {
                    break;
                }
                end += 1;
            }
            if end == index + 1 {
                return index;
            }
            index = end;
        } else {
            return index;
        }
    }
}

/// Past a parenthesis that opens at word `at` right after a cue and closes
/// before word `to` ("said on Wednesday (September 30th) that …"): the
/// word after it. Such an aside of the writer's belongs to neither cue nor
/// content (PolNeAR train has no parenthesis after a cue outside a
/// quotation to tell otherwise).
fn past_parenthesis(view: &View, at: usize, to: usize) -> Option<usize> {
    if !view.words.get(at)?.is("(") {
        return None;
    }
    let close = (at + 1..to.min(at + 2 * MAX_ADVERBIAL)).find(|&i| view.words[i].is(")") || view.words[i].is("("))?;
    (view.words[close].is(")") && close + 1 < to).then_some(close + 1)
}

/// The word "that" after an adverbial ("said on Monday that"), if any.
fn that_ahead(view: &View, at: usize, to: usize) -> Option<usize> {
    let mut index = at;
    while index < to && index < at + MAX_ADVERBIAL {
        let word = &view.words[index];
        if word.is("that") {
            return Some(index);
        }
        if let Some(after) = past_parenthesis(view, index, to) {
            index = after;
            continue;
        }
        let fits = ADVERBIAL.contains(&word.lower.as_ref())
            || ADDRESSEES.contains(&word.lower.as_ref())
            || word.capitalized && word.quotation.is_none()
            || word.is("'s");
        if !fits {
            return None;
        }
        index += 1;
    }
    None
}

/// The content before a trailing attribution whose separator (comma, dash
/// or closing mark) is word `separator`.
fn content_before(view: &View, sentence: usize, separator: usize) -> Option<Span> {
    let clause = &view.sentences[sentence];
    let end_word = if view.closes_quotation(separator).is_some() {
        separator
    } else {
        separator.checked_sub(1)?
    };
    if end_word < clause.words.start {
        return None;
    }
    let end = view.words[end_word].span.end;
    let mut start = clause.span.start;
    if let Some(quotation) = view.quotation_at(start as usize) {
        start = start.min(view.quotations[quotation].outer.start);
    }
    // "Neither man was impressed - A, he said": the writer's words end at
    // the last colon, semicolon or dash before the content, when words follow.
    let cut = (clause.words.start..end_word)
        .rev()
        .filter(|&i| {
            view.words[i].quotation.is_none()
                && matches!(view.words[i].lower.as_ref(), ":" | ";" | "-" | "—" | "–" | "--")
        })
        .find(|&i| (i + 1..end_word).filter(|&j| view.words[j].is_wordlike()).count() >= 3)
        .filter(|&i| {
            !(view.words[i].is("-")
                && view.words[i].span.start > 0
                && !view.text[..view.words[i].span.start as usize].ends_with(' '))
        })
        // "at about 2:45 a.m.": a colon between digits is a time.
        .filter(|&i| {
            let span = view.words[i].span;
            !(view.words[i].is(":")
                && view.text[..span.start as usize].ends_with(|c: char| c.is_ascii_digit())
                && view.text[span.end as usize..].starts_with(|c: char| c.is_ascii_digit()))
        });
    if let Some(cut) = cut {
        start = start.max(view.words[cut + 1].span.start);
    }
    if let Some(quotation) = view.words[end_word].quotation {
        // A quotation after a lead-in of the writer's ("…, especially
        // fundraising: “…,” he said") is the content alone; one continuing
        // a clause ("Voters “think…,” he said") takes the clause along.
        let open = view.quotations[quotation].outer.start;
        let lead = view.slice(start.min(open) as usize, open as usize).trim_end();
        if lead.is_empty() || lead.ends_with([':', ',', '.', '—', '–', ';', '?', '!']) {
            start = open;
        } else {
            start = start.min(open);
        }
    }
    (start < end).then_some(Span { start, end })
}

/// A content part after a parenthetical attribution: "“A,” he said, “B.”"
/// or "A, he said, B.", from word `rest` on.
fn second_part(view: &View, sentence: usize, rest: usize) -> Option<Span> {
    let clause = &view.sentences[sentence];
    let to = clause.words.end;
    let mut index = rest;
    while index < to && index < rest + MAX_ADVERBIAL {
        let word = &view.words[index];
        if word.is(",") {
            break;
        }
        if word.kind == TokenKind::Punct || word.quotation.is_some() {
            return None;
        }
        index += 1;
    }
    if index >= to || !view.words[index].is(",") {
        return None;
    }
    let start = index + 1;
    let next = view.words.get(start).filter(|_| start < to)?;
    // "“…,” she said, recalling her own experience": the writer's words.
    let gerund =
        !next.capitalized && next.kind == TokenKind::Word && next.lower.len() > 5 && next.lower.ends_with("ing");
    if GERUND_BREAKS.contains(&next.lower.as_ref()) || gerund {
        return None;
    }
    let (span, _) = content_from(view, sentence, start)?;
    Some(span)
}

/// Most words of an aside between a cue and the second part of its quote.
const MAX_ASIDE: usize = 20;

/// The second part of a quote after its cue and an aside of the writer's,
/// from word `rest` on: "“A,” Tester said, referring to the 1 percent
/// excuse, “B.”", "“A,” Mosko wrote in an email to Rich Eisen, and “B.”"
/// The aside is plain words and commas, with no verb of saying of its own
/// ("adding that …" makes an attribution of its own); the quotation after
/// its last comma (and an "and" or "but") ends the sentence.
fn quotation_after_aside(view: &View, sentence: usize, rest: usize) -> Option<Span> {
    let clause = &view.sentences[sentence];
    let to = clause.words.end.min(rest + MAX_ASIDE);
    let mut comma: Option<usize> = None;
    for index in rest..to {
        let word = &view.words[index];
        if let Some(quotation) = view.opens_quotation(index) {
            let joined = comma.is_some_and(|at| {
                at + 1 == index || (at + 2 == index && matches!(view.words[at + 1].lower.as_ref(), "and" | "but"))
            });
            let outer = view.quotations[quotation].outer;
            let after = view.text[outer.end as usize..clause.span.end.max(outer.end) as usize]
                .trim_matches(|c: char| c.is_whitespace() || matches!(c, '.' | '!' | '?'));
            return (joined && after.is_empty()).then_some(outer);
        }
        if word.quotation.is_some() || GERUND_BREAKS.contains(&word.lower.as_ref()) || word.is("that") {
            return None;
        }
        if word.is(",") {
            comma = Some(index);
        } else if word.kind == TokenKind::Punct && !word.is("'s") && !word.is(".") {
            return None;
        }
    }
    None
}

/// Longest relative clause, in words, looked through for the subject before it.
const MAX_RELATIVE_CLAUSE: usize = 12;

/// The content after a cue, from word `at`: the addressee and adverbials
/// skipped, up to the end of the clause. The flag tells whether it starts
/// like a clause ("that", a quotation, a subject), which weak cues need.
fn content_after(view: &View, sentence: usize, at: usize, frame: Frame) -> Option<(Span, bool)> {
    let clause = &view.sentences[sentence];
    let to = clause.words.end;
    let mut start;
    if let Some(that) = that_ahead(view, at, to) {
        start = that;
    } else if frame == Frame::Addressee {
        // "told cheering supporters that…": "that" a few words on.
        let that = (at..to.min(at + 6))
            .take_while(|&i| view.words[i].is_wordlike() && view.words[i].quotation.is_none())
            .find(|&i| view.words[i].is("that"));
        start = that.unwrap_or_else(|| skip_addressee(view, at, to));
    } else {
        start = skip_adverbial(view, at, to);
        if view.words.get(start).is_some_and(|word| word.is(",")) && start > at {
            start += 1;
        }
    }
    let mut colon = false;
    while start < to && (view.words[start].is(":") || view.words[start].is(",")) {
        colon |= view.words[start].is(":");
        start += 1;
    }
    if start >= to {
        // "He said:" at the end of a sentence or paragraph: the quotation
        // right after it is the content.
        if colon || view.words.get(to.wrapping_sub(1)).is_some_and(|w| w.is(":")) {
            return quotation_after(view, sentence).map(|outer| (outer, true));
        }
        return None;
    }
    let word = &view.words[start];
    let clause_like = word.is("that")
        || view.opens_quotation(start).is_some()
        || colon
        || word.capitalized
        || PRONOUNS.contains(&word.lower.as_ref())
        || matches!(
            word.lower.as_ref(),
            "the"
                | "a"
                | "an"
                | "his"
                | "her"
                | "their"
                | "its"
                | "this"
                | "there"
                | "if"
                | "whether"
                | "what"
                | "how"
                | "why"
                | "our"
                | "my"
        );
    let (mut span, last) = content_from(view, sentence, start)?;
    // "called his actions “a crucial step”", "asked the crowd, “Can she
    // stay?”": the quotation at the end is the content.
    if let Some(quotation) = view.words[last].quotation {
        let outer = view.quotations[quotation].outer;
        let lead = view.slice(span.start as usize, outer.start as usize).trim_end();
        if outer.start > span.start && (frame == Frame::Object || lead.ends_with([',', ':'])) {
            span.start = outer.start;
        }
    }
    Some((span, clause_like))
}

/// The quotation that starts right after a sentence ending in a colon.
fn quotation_after(view: &View, sentence: usize) -> Option<Span> {
    let end = view.sentences[sentence].span.end as usize;
    let rest = view.text.get(end..)?;
    let quotation = view.quotation_at(end + rest.len() - rest.trim_start().len())?;
    let outer = view.quotations[quotation].outer;
    (outer.start as usize >= end && view.slice(end, outer.start as usize).trim().is_empty()).then_some(outer)
}

/// After a cue with an addressee: the word where the content starts.
fn skip_addressee(view: &View, at: usize, to: usize) -> usize {
    let mut index = at;
    // "urged Congress to act", "called on Russia to withdraw".
    while index < to && index < at + MAX_ADVERBIAL {
        let word = &view.words[index];
        if index > at && is_infinitive(view, index) {
            return index;
        }
        if word.kind == TokenKind::Punct && !word.is("'s") {
            break;
        }
        index += 1;
    }
    let mut index = at;
    if index < to && ADDRESSEES.contains(&view.words[index].lower.as_ref()) {
        return index + 1;
    }
    while index < to
        && matches!(
            view.words[index].lower.as_ref(),
            "the" | "a" | "an" | "his" | "her" | "their"
        )
    {
        index += 1;
    }
    let mut names = index;
    while names < to
        && (view.words[names].capitalized || view.words[names].is("'s"))
        && view.words[names].quotation.is_none()
    {
        names += 1;
    }
    if names > index {
        return names;
    }
    if index > at && index < to {
        return index + 1;
    }
    at
}

pub(crate) fn is_time_word(lower: &str) -> bool {
    matches!(
        lower,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "today"
            | "yesterday"
            | "tonight"
            | "recently"
            | "earlier"
            | "later"
            | "previously"
            | "again"
            | "repeatedly"
            | "publicly"
            | "privately"
            | "once"
            | "twice"
            | "sunday's"
            | "monday's"
    )
}

/// The content from word `start` to the end of its clause: the end of the
/// sentence, or the end of a quotation going on past it, or before a new
/// attribution. The last word included is returned too.
fn content_from(view: &View, sentence: usize, start: usize) -> Option<(Span, usize)> {
    let clause = &view.sentences[sentence];
    let to = clause.words.end;
    if start >= to {
        return None;
    }
    // In a subordinate clause opening the sentence ("While Ramos said that
    // …, he appears…"), the content ends at the first comma.
    let subordinate =
        SUBORDINATORS.contains(&view.words[clause.words.start].lower.as_ref()) && start > clause.words.start;
    let mut last = start;
    let mut index = start;
    while index < to {
        let word = &view.words[index];
        if word.quotation.is_none() && index > start {
            let lower = word.lower.as_ref();
            if lower == ";" || lower == "," && subordinate || lower == ":" && view.opens_quotation(index + 1).is_some()
            {
                break;
            }
            if lower == ","
                && (breaks_after_comma(view, index + 1, to)
                    || view
                        .words
                        .get(index + 1)
                        .is_some_and(|next| CONTRAST.contains(&next.lower.as_ref())))
            {
                break;
            }
            if matches!(lower, "and" | "but") && cue_follows(view, index + 1, to) {
                break;
            }
        }
        last = index;
        index += 1;
    }
    // Drop final punctuation outside quotations, and a closing bracket
    // that opens nowhere in the content ("(…, he said.)").
    let opened = (start..=last).any(|i| view.words[i].is("("));
    while last > start {
        let word = &view.words[last];
        let stray = word.is(")") && !opened;
        if word.quotation.is_none() && (stray || matches!(word.lower.as_ref(), "." | "," | ";" | ":" | "—" | "–" | "-"))
        {
            last -= 1;
        } else {
            break;
        }
    }
    let mut span = words_span(view, start, last);
    // A quotation that goes on past the sentence ends the content.
    if let Some(quotation) = view.words[last].quotation {
        span.end = span.end.max(view.quotations[quotation].outer.end);
    }
    Some((span, last))
}

/// Whether a new attribution starts at word `at`, after a comma: "…,
/// according to", "…, adding", "…, he said", "…, said Smith".
fn breaks_after_comma(view: &View, at: usize, to: usize) -> bool {
    let Some(word) = view.words.get(at).filter(|_| at < to) else {
        return false;
    };
    if GERUND_BREAKS.contains(&word.lower.as_ref()) {
        return true;
    }
    let finite_cue = |w: &crate::view::Word<'_>| {
        w.quotation.is_none()
            && !w.capitalized
            && cues::lookup(&w.lower).iter().any(|cue| {
                matches!(cue.frame, Frame::Speech | Frame::Addressee)
                    && cue.particle.is_none()
                    && cue.form == Form::Finite
                    && !cue.ambiguous
            })
    };
    if finite_cue(word) {
        // ", said Smith".
        return true;
    }
    // ", he said" / ", the ministry said" / ", he did say".
    (at + 1..(at + 5).min(to)).any(|i| finite_cue(&view.words[i]))
}

/// Whether a cue verb (possibly after auxiliaries) starts at word `at`:
/// "… and insisted that".
fn cue_follows(view: &View, at: usize, to: usize) -> bool {
    // "and insisted", "and later said", "and one in four said".
    for index in at..to.min(at + 5) {
        let word = &view.words[index];
        if !word.is_wordlike() || word.quotation.is_some() {
            return false;
        }
        if AUXILIARIES.contains(&word.lower.as_ref()) {
            continue;
        }
        // "that he and many others were promised $2,000": a cue in the
        // passive goes on with the clause; its subject said nothing.
        let passive = index > at && PASSIVE_BE.contains(&view.words[index - 1].lower.as_ref());
        let is_cue = !passive
            && !word.capitalized
            && cues::lookup(&word.lower)
                .iter()
                .any(|cue| cue.particle.is_none() && cue.frame != Frame::Belief && cue.form == Form::Finite);
        if is_cue {
            return index == at
                || matches!(cues::lookup(&word.lower).first(), Some(cue) if matches!(cue.frame, Frame::Speech | Frame::Addressee));
        }
    }
    false
}

/// "according to X, …", "…, according to X", "…, according to X, …".
fn preposition(view: &View, sentence: usize, first: usize, last: usize) -> Option<Found> {
    let clause = &view.sentences[sentence];
    let (from, to) = (clause.words.start, clause.words.end);
    // The source: from after the cue to a comma, the end or a quotation.
    let start = last + 1;
    let mut end = start;
    let mut source_last = None;
    let mut depth = 0i32;
    while end < to {
        let word = &view.words[end];
        match word.lower.as_ref() {
            "(" => depth += 1,
            ")" => depth -= 1,
            "," | ";" | "." | ":" | "?" | "!" | "—" | "–" if depth <= 0 => break,
            _ => {}
        }
        if view.opens_quotation(end).is_some() {
            break;
        }
        if word.is_wordlike() || word.is(")") {
            source_last = Some(end);
        }
        end += 1;
    }
    let mut source_last = source_last?;
    // "According to police this was not a random attack": with no comma,
    // the clause after the source is the content; not when words before
    // the cue are the content, nor for a short clause ending in a
    // participle that a comma closes: the source's own ("according to
    // documents they have obtained, …").
    let opens_sentence = (from..first).all(|at| matches!(view.words[at].lower.as_ref(), "and" | "but" | "so" | "yet"));
    let closed = end < to && view.words[end].is(",");
    let clause = (start + 1..source_last)
        .filter(|_| opens_sentence)
        .find(|&at| {
            matches!(
                view.words[at].lower.as_ref(),
                "this" | "he" | "she" | "they" | "it" | "there" | "we" | "i"
            ) && FINITE_AFTER_SUBJECT.contains(&view.words[at + 1].lower.as_ref())
        })
        .filter(|&at| {
            let verb = view.words[source_last].lower.as_ref();
            let participle =
                verb.ends_with("ed") || verb.ends_with("en") || crate::source::IRREGULAR_PAST.contains(&verb);
            !(closed && source_last - at <= 3 && participle)
        });
    if let Some(at) = clause {
        source_last = at - 1;
    }
    let source = Phrase {
        first: start,
        last: source_last,
    };
    let mut parts = Vec::new();
    // Words before the cue, other than a conjunction, are content.
    let mut lead = from;
    while lead < first && matches!(view.words[lead].lower.as_ref(), "and" | "but" | "so" | "yet" | "also") {
        lead += 1;
    }
    if lead < first {
        let separator = first - 1;
        let before = if view.words[separator].is(",") || view.words[separator].is("—") {
            content_before(view, sentence, separator)
        } else {
            content_before(view, sentence, first).map(|span| Span {
                end: view.words[separator].span.end,
                ..span
            })
        };
        parts.extend(before);
    }
    if let Some(at) = clause {
        parts.extend(content_from(view, sentence, at).map(|(span, _)| span));
    } else if end < to && view.words[end].is(",") {
        if let Some((span, _)) = content_from(view, sentence, end + 1) {
            parts.push(span);
        }
    }
    if parts.is_empty() {
        return None;
    }
    Some(Found {
        source: Some(source),
        cue: words_span(view, first, last),
        parts,
        sentence,
    })
}

/// Finite verbs that show the word before them is a clause's subject ("this
/// was", "he had").
const FINITE_AFTER_SUBJECT: &[&str] = &[
    "was", "is", "were", "are", "had", "has", "have", "will", "would", "could", "did", "does", "may", "might",
];

/// Verbs whose subject may be a poll or a study: "a poll showed", "the
/// study found", "the data suggest".
fn is_finding_verb(lower: &str) -> bool {
    matches!(
        lower,
        "show"
            | "shows"
            | "showed"
            | "find"
            | "finds"
            | "found"
            | "suggest"
            | "suggests"
            | "suggested"
            | "indicate"
            | "indicates"
            | "indicated"
            | "reveal"
            | "reveals"
            | "revealed"
            | "estimate"
            | "estimates"
            | "estimated"
            | "predict"
            | "predicts"
            | "predicted"
            | "conclude"
            | "concludes"
            | "concluded"
    )
}

/// Nouns that name a poll, a study or its results.
fn is_poll_noun(lower: &str) -> bool {
    matches!(
        lower,
        "poll"
            | "polls"
            | "polling"
            | "survey"
            | "surveys"
            | "study"
            | "studies"
            | "report"
            | "reports"
            | "analysis"
            | "analyses"
            | "data"
            | "research"
            | "numbers"
            | "figures"
            | "results"
            | "review"
            | "investigation"
            | "audit"
            | "records"
            | "documents"
            | "statistics"
            | "census"
            | "count"
            | "tally"
            | "estimates"
            | "models"
            | "model"
            | "forecast"
            | "projections"
            | "math"
            | "evidence"
            | "exit"
    )
}

/// "A Des Moines Register poll released Saturday found": the poll noun
/// with its modifiers and a short participle phrase after it, ending
/// before word `before`.
fn poll_subject(view: &View, from: usize, before: usize) -> Option<Phrase> {
    let mut index = before;
    let mut noun = None;
    while index > from && before - index < MAX_ADVERBIAL {
        index -= 1;
        let word = &view.words[index];
        if word.quotation.is_some() {
            return None;
        }
        if is_poll_noun(&word.lower) {
            noun = Some(index);
            break;
        }
        let fits = word.capitalized
            || word.kind == TokenKind::Number
            || is_time_word(&word.lower)
            || matches!(
                word.lower.as_ref(),
                "released"
                    | "conducted"
                    | "published"
                    | "taken"
                    | "out"
                    | "of"
                    | "by"
                    | "from"
                    | "in"
                    | "on"
                    | "for"
                    | "among"
                    | "last"
                    | "this"
                    | "week"
                    | "month"
                    | "the"
                    | "a"
                    | "and"
                    | "/"
                    | "-"
                    | "."
                    | "voters"
                    | "adults"
                    | "residents"
            );
        if !fits {
            return None;
        }
    }
    let noun = noun?;
    // Read the modifiers of the noun leftwards: names, numbers, adjectives.
    let mut first = noun;
    while first > from {
        let word = &view.words[first - 1];
        let fits = word.quotation.is_none()
            && (word.capitalized
                || word.kind == TokenKind::Number
                || word.lower.ends_with("'s")
                || matches!(
                    word.lower.as_ref(),
                    "a" | "an"
                        | "the"
                        | "new"
                        | "latest"
                        | "recent"
                        | "national"
                        | "state"
                        | "statewide"
                        | "online"
                        | "public"
                        | "opinion"
                        | "independent"
                        | "federal"
                        | "government"
                        | "internal"
                        | "tracking"
                        | "separate"
                        | "another"
                        | "other"
                        | "two"
                        | "several"
                        | "/"
                        | "-"
                        | "."
                        | "&"
                        | "exit"
                        | "its"
                        | "their"
                        | "his"
                        | "her"
                        | "this"
                        | "that"
                        | "these"
                        | "those"
                        | "most"
                        | "early"
                        | "preliminary"
                        | "daily"
                        | "weekly"
                        | "monthly"
                        | "annual"
                ));
        if !fits {
            break;
        }
        first -= 1;
        if matches!(
            view.words[first].lower.as_ref(),
            "a" | "an" | "the" | "its" | "their" | "his" | "her" | "this" | "these"
        ) {
            break;
        }
    }
    while first < noun && matches!(view.words[first].lower.as_ref(), "/" | "-" | "." | "&" | "and") {
        first += 1;
    }
    let last = before - 1;
    (last >= first).then_some(Phrase { first, last })
}

/// Whether word `at` is "to" opening an infinitive ("to act"), not the
/// preposition ("to European Union leaders", "to the region").
pub(crate) fn is_infinitive(view: &View, at: usize) -> bool {
    // "to “take effective measures”": the verb may open a quotation.
    let verb = if view
        .words
        .get(at + 1)
        .is_some_and(|mark| !mark.is_wordlike() && mark.lower.starts_with(crate::marks::is_opening_mark))
    {
        at + 2
    } else {
        at + 1
    };
    view.words.get(at).is_some_and(|word| word.is("to"))
        && view.words.get(verb).is_some_and(|next| {
            next.is_wordlike()
                && !next.capitalized
                && next.kind != TokenKind::Number
                && !matches!(
                    next.lower.as_ref(),
                    "the" | "a" | "an" | "his" | "her" | "their" | "its" | "this" | "that" | "these" | "those"
                )
        })
}

/// Whether an infinitive starts at byte `start`, or (when `object`) within
/// a short object before it ("wants voters to recall").
fn infinitive_ahead(view: &View, start: u32, object: bool) -> bool {
    let at = view.words.partition_point(|word| word.span.start < start);
    let reach = if object { 5 } else { 1 };
    for index in at..(at + reach).min(view.words.len()) {
        let word = &view.words[index];
        if word.is("to") {
            return is_infinitive(view, index);
        }
        if !word.is_wordlike()
            || word.quotation.is_some()
            || matches!(
                word.lower.as_ref(),
                "that"
                    | "and"
                    | "or"
                    | "but"
                    | "so"
                    | "as"
                    | "is"
                    | "are"
                    | "was"
                    | "were"
                    | "be"
                    | "has"
                    | "have"
                    | "had"
            )
        {
            return false;
        }
    }
    false
}

/// "X seemed to …", "X is expected to …": the cue at words
/// `cue_first..=last` (its head verb at `head`), the subject and the rest of
/// the clause its content, no source.
fn raising(view: &View, sentence: usize, cue_first: usize, head: usize, last: usize) -> Option<Found> {
    let clause = &view.sentences[sentence];
    let (from, to) = (clause.words.start, clause.words.end);
    let mut cue_first = cue_first;
    while cue_first > from
        && AUXILIARIES.contains(&view.words[cue_first - 1].lower.as_ref())
        && view.words[cue_first - 1].quotation.is_none()
    {
        cue_first -= 1;
    }
    let after = skip_adverbial(view, last + 1, to);
    let next = view.words.get(after).filter(|_| after < to)?;
    let seem = view.words[head].lower.starts_with("seem");
    let fits = next.is("to")
        || seem
            && next.is_wordlike()
            && next.quotation.is_none()
            && !PREPOSITIONS.contains(&next.lower.as_ref())
            && !next.capitalized;
    if !fits || !infinitive_ahead(view, next.span.start, false) && !seem {
        return None;
    }
    let mut subject_end = cue_first;
    while subject_end > from && is_gap_word(&view.words[subject_end - 1]) {
        subject_end -= 1;
    }
    // Nor does a time phrase ("Russia's foreign ministry on Thursday urged").
    if subject_end > from + 1 && is_time_word(&view.words[subject_end - 1].lower) {
        subject_end -= 1;
        if subject_end > from + 1 && view.words[subject_end - 1].is("on") {
            subject_end -= 1;
        }
    }
    let subject = source::subject_before(view, from, subject_end)?;
    let (content, _) = content_from(view, sentence, after)?;
    let mut parts = Vec::with_capacity(2);
    if !matches!(view.words[subject.first].lower.as_ref(), "it" | "there") {
        parts.push(words_span(view, subject.first, subject.last));
    }
    parts.push(content);
    Some(Found {
        source: None,
        cue: words_span(view, cue_first, last),
        parts,
        sentence,
    })
}

/// "Asked about the race, he …", "When asked why …": a question put to
/// someone, its content up to the comma, no source.
fn asked_lead(view: &View, sentence: usize, first: usize) -> Option<Found> {
    let to = view.sentences[sentence].words.end;
    let mut last = first;
    let mut start = first + 1;
    if view.words.get(start).is_some_and(|word| word.is("about")) && start < to {
        last = start;
        start += 1;
    }
    let opening = view.words.get(start).filter(|_| start < to)?;
    if !opening.is_wordlike() && view.opens_quotation(start).is_none() {
        return None;
    }
    let comma = (start + 1..to).find(|&i| view.words[i].is(",") && view.words[i].quotation.is_none())?;
    let end = comma - 1;
    if end < start {
        return None;
    }
    Some(Found {
        source: None,
        cue: words_span(view, first, last),
        parts: vec![words_span(view, start, end)],
        sentence,
    })
}

/// Nouns whose complement is introduced by a preposition that belongs to
/// the cue ("criticism of", "support for", "attacks on").
fn noun_preposition(noun: &str) -> Option<&'static [&'static str]> {
    Some(match noun {
        "criticism" | "criticisms" | "endorsement" | "defense" | "defence" | "praise" | "embrace" | "rejection"
        | "condemnation" | "denial" => &["of", "for"],
        "support" => &["for", "of"],
        "opposition" => &["to"],
        "attack" | "attacks" => &["on", "against"],
        "accusation" | "accusations" | "allegation" | "allegations" => &["against", "of"],
        "views" | "view" | "position" | "stance" => &["on"],
        _ => return None,
    })
}

/// "his decision to …", "Trump's claim that …", "her criticism of …":
/// a noun cue at word `noun` after a possessive (the source).
fn noun_frame(view: &View, sentence: usize, noun: usize) -> Option<Found> {
    let clause = &view.sentences[sentence];
    let (from, to) = (clause.words.start, clause.words.end);
    if noun <= from || view.words[noun].quotation.is_some() || view.words[noun].capitalized && noun > from + 1 {
        return None;
    }
    // The possessive, with one adjective allowed before the noun.
    let mut owner = noun - 1;
    let possessive = |word: &crate::view::Word<'_>| {
        matches!(word.lower.as_ref(), "his" | "her" | "their" | "its" | "our" | "my")
            || (word.lower.ends_with("'s") || word.lower.ends_with("s'")) && word.quotation.is_none()
    };
    if !possessive(&view.words[owner]) {
        let adjective = &view.words[owner];
        if owner == from || adjective.kind != TokenKind::Word || adjective.capitalized {
            return None;
        }
        owner -= 1;
        if !possessive(&view.words[owner]) {
            return None;
        }
    }
    if view.words[owner].quotation.is_some() {
        return None;
    }
    let mut source_first = owner;
    if view.words[owner].lower.ends_with('s') && !matches!(view.words[owner].lower.as_ref(), "his" | "its") {
        while source_first > from {
            let word = &view.words[source_first - 1];
            if word.quotation.is_some() {
                break;
            }
            if word.capitalized || word.is(".") && source_first >= from + 2 && view.words[source_first - 2].capitalized
            {
                source_first -= 1;
            } else {
                if matches!(word.lower.as_ref(), "the" | "a") {
                    source_first -= 1;
                }
                break;
            }
        }
    }
    // The complement: an infinitive, "that", a colon, or the noun's preposition.
    let next_index = noun + 1;
    let next = view.words.get(next_index).filter(|_| next_index < to)?;
    let mut cue_last = noun;
    let infinitive = next.is("to")
        && infinitive_ahead(view, next.span.start, false)
        && noun_preposition(&view.words[noun].lower).is_none_or(|p| !p.contains(&"to"));
    let that_clause = next.is("that")
        && view.words.get(next_index + 1).is_some_and(|w| {
            w.is_wordlike()
                && !matches!(
                    w.lower.as_ref(),
                    "is" | "was" | "has" | "had" | "will" | "would" | "could"
                )
        });
    let start = if infinitive || that_clause {
        next_index
    } else if let Some(prepositions) = noun_preposition(&view.words[noun].lower) {
        if !prepositions.contains(&next.lower.as_ref()) {
            return None;
        }
        cue_last = next_index;
        next_index + 1
    } else {
        return None;
    };
    if start >= to {
        return None;
    }
    let (mut span, last) = content_from(view, sentence, start)?;
    // The complement ends before a comma or the verb of the sentence.
    let stop = (start + 1..=last).find(|&i| {
        let word = &view.words[i];
        word.quotation.is_none()
            && (word.is(",")
                || word.is("(")
                || matches!(
                    word.lower.as_ref(),
                    "is" | "was"
                        | "were"
                        | "are"
                        | "has"
                        | "had"
                        | "have"
                        | "will"
                        | "would"
                        | "could"
                        | "may"
                        | "might"
                        | "should"
                        | "can"
                        | "drew"
                        | "came"
                        | "comes"
                        | "sparked"
                        | "led"
                        | "prompted"
                ) && i > start + 1)
    });
    if let Some(stop) = stop {
        let mut end = stop - 1;
        while end > start && !view.words[end].is_wordlike() && view.closes_quotation(end).is_none() {
            end -= 1;
        }
        span = words_span(view, start, end);
    }
    if span.is_empty() {
        return None;
    }
    Some(Found {
        source: Some(Phrase {
            first: source_first,
            last: owner,
        }),
        cue: words_span(view, noun, cue_last),
        parts: vec![span],
        sentence,
    })
}
