//! Sources: the words that name who speaks, found next to a cue. A source
//! is a name ("Sen. John Cornyn (R-Texas)"), a role noun phrase ("the
//! ministry", "a spokesman for the campaign"), a pronoun ("he") or a
//! relative pronoun ("who"), with an appositive when one sits between it
//! and the cue ("Mr. Reid, who represents Nevada,", "The Guardian,
//! published on Monday,"). Titles and determiners
//! are part of the source, as in the PolNeAR annotations.
//!
//! No part-of-speech tagger is used: the phrase before a cue is read
//! leftwards until a word or mark that cannot be inside a subject (a
//! conjunction, a clause word, a time adverb, a quotation, most
//! punctuation).

use crate::cues;
use crate::view::View;
use chorus_model::Span;

/// Words that end a subject read leftwards (they are not part of it).
const CLAUSE_WORDS: &[&str] = &[
    "after",
    "also",
    "although",
    "and",
    "as",
    "because",
    "before",
    "but",
    "did",
    "does",
    "even",
    "for",
    "had",
    "has",
    "have",
    "how",
    "however",
    "if",
    "indeed",
    "instead",
    "is",
    "meanwhile",
    "nor",
    "now",
    "once",
    "or",
    "since",
    "so",
    "still",
    "than",
    "that",
    "then",
    "though",
    "thus",
    "unless",
    "until",
    "was",
    "were",
    "what",
    "when",
    "whenever",
    "where",
    "whereas",
    "whether",
    "while",
    "why",
    "yet",
    "to",
    "not",
    "be",
    "been",
    "being",
    "are",
    "am",
    "will",
    "would",
    "could",
    "should",
    "can",
    "may",
    "might",
    "must",
    "do",
    "with",
    "by",
    "at",
    "in",
    "on",
    "about",
    "into",
    "from",
    "during",
    "without",
    "against",
    "over",
    "under",
    "through",
    "there",
    "here",
    "where",
    "this",
    "these",
    "those",
    "it's",
    "he's",
    "she's",
    "they're",
    "too",
    "very",
    "just",
    "only",
    "already",
    "again",
    "never",
    "ever",
    "really",
    "simply",
];

/// Prepositions that may sit inside a subject ("Joel Pollak of Breitbart",
/// "Republicans on Capitol Hill") when words precede them.
const INNER_PREPOSITIONS: &[&str] = &["of", "for", "on", "at", "in", "from", "with", "to"];

/// Time words besides the weekdays: a subject never extends over them
/// ("On Monday Trump said"); see [`is_time_word`].
const TIME_WORDS: &[&str] = &[
    "today",
    "yesterday",
    "tonight",
    "earlier",
    "later",
    "recently",
    "previously",
    "week",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "night",
    "weekend",
];

/// Whether a lower-case word is a weekday or another time word.
fn is_time_word(lower: &str) -> bool {
    chorus_text::is_english_weekday(lower, false) || TIME_WORDS.contains(&lower)
}

/// Words that never end a subject: objects, determiners alone, adverbs.
const NOT_SUBJECT_END: &[&str] = &[
    "him", "her", "them", "me", "us", "the", "a", "an", "his", "their", "its", "our", "my", "your", "whom", "of",
    "for", "on", "at", "in", "from", "with", "to", "by", "not", "no", "just", "only", "so", "as", "it's", "that",
    "this",
];

/// Words that, alone, are a fragment and never a source: articles,
/// prepositions, conjunctions and adverbs ("Cruz has long said" tagged
/// "long | said", "But saying", "In arguing"). Pronouns, "that", "those"
/// and possessives are not here: alone they are sources ("those
/// supporting", "his decision").
const FRAGMENT_WORDS: &[&str] = &[
    "the", "a", "an", "of", "for", "on", "at", "in", "from", "with", "to", "by", "about", "into", "as", "after",
    "before", "since", "when", "while", "if", "because", "where", "but", "and", "or", "so", "then", "there", "long",
    "just", "also", "even", "not", "no",
];

/// Whether a source is one word that cannot name anyone: a fragment of
/// [`FRAGMENT_WORDS`] or a punctuation mark.
pub fn is_fragment(view: &View, phrase: Phrase) -> bool {
    let word = &view.words[phrase.first];
    phrase.first == phrase.last && (!word.is_wordlike() || FRAGMENT_WORDS.contains(&word.lower.as_ref()))
}

/// Adverbs that stand between an auxiliary and its verb ("has long said",
/// "have always maintained", "may well endorse", "have both argued"): read
/// alone as a source, they are a fragment of the cue.
const ADVERBS_IN_VERB_GROUP: &[&str] = &[
    "long", "always", "never", "well", "both", "all", "still", "already", "also", "even", "just", "often", "more",
];

/// Words that open a noun phrase and, alone, name no one when the rest of
/// the phrase follows them before the cue ("The | billionaire businessman,
/// saying", "His | campaign, claiming", "Many | critics argued").
const PHRASE_OPENERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "many", "more", "most", "some", "both", "several", "mr.",
    "mrs.", "ms.", "dr.",
];

/// A source that is a fragment of its clause gives way to the phrase it
/// belongs to: an adverb of the verb group gives way to the subject before
/// the auxiliary, and the cue takes the auxiliary and the adverb ("Mr. Ryan
/// | has long said", "allies | have in the past said"), a lone determiner, possessive or title to the noun phrase it
/// opens before the cue ("The | billionaire businessman, saying"), and any
/// other fragment ([`is_fragment`]) to none: a wrong speaker is worse than
/// none. The subject of a passive cue whose agent is someone else ("Roof is
/// accused of", "Trump was asked about") is no source either.
pub fn mend_fragments(view: &View, found: &mut [crate::reported::Found]) {
    for one in found.iter_mut() {
        let Some(source) = one.source else { continue };
        let from = view.sentences[one.sentence].words.start;
        let cue_first = view.words.partition_point(|word| word.span.start < one.cue.start);
        if source.last >= cue_first {
            continue;
        }
        if let Some(start) = verb_group_adverb(view, from, source, cue_first) {
            one.source = crate::reported::subject_past_adverbs(view, from, start);
            let floor = one.source.map_or(from, |phrase| phrase.last + 1);
            let mut first = start;
            while first > floor && crate::reported::AUXILIARIES.contains(&view.words[first - 1].lower.as_ref()) {
                first -= 1;
            }
            one.cue.start = one.cue.start.min(view.words[first].span.start);
            continue;
        }
        if is_passive_of_others(view, cue_first, one.cue.end) {
            one.source = None;
            continue;
        }
        if let Some(phrase) = opened_phrase(view, source, cue_first) {
            one.source = Some(phrase);
            continue;
        }
        if is_fragment(view, source) {
            one.source = None;
        }
    }
}

/// Words after which a phrase goes on in a clause of its own that may hold
/// a verb ("Mr. Reid, who represents Nevada,", "the hospital where she was
/// taken", "speaking on condition of anonymity because they were not
/// authorized"): [`finite_verb_in`] reads no further.
const CLAUSE_OPENERS_IN_PHRASE: &[&str] = &[
    "who", "whom", "whose", "which", "that", "where", "when", "who's", "because", "since", "although", "though",
    "while", "if", "as", "until",
];

/// Determiners that open an object right after a verb ("met the
/// engineers", "shot a clerk").
const OBJECT_DETERMINERS: &[&str] = &["the", "a", "an", "his", "her", "their", "its", "our", "my", "your"];

/// The last finite verb of a source read before its cue, when it holds a
/// clause of its own and so is no noun phrase: "Frustrated, Carver left the
/// meeting early," (before "telling"). A finite verb is a form of "be" or
/// "have", a common past right after a name ("Carver left"), or a common
/// past or "-ed" word before an object's determiner ("met the engineers",
/// "arrested the driver"; an "-ed" word after a name is often an adjective:
/// "Democratic registered voters", "A teary-eyed Bush"). Words in
/// parentheses or quotation marks and after a relative word
/// ([`CLAUSE_OPENERS_IN_PHRASE`]) do not count, and a participle of a
/// reduced relative ("A man shot in the leg", "the meeting held Tuesday")
/// is no finite verb.
fn finite_verb_in(view: &View, phrase: Phrase) -> Option<usize> {
    let mut depth = 0usize;
    let mut found = None;
    for at in phrase.first..=phrase.last {
        let word = &view.words[at];
        let lower = word.lower.as_ref();
        match lower {
            "(" => depth += 1,
            ")" => depth = depth.saturating_sub(1),
            _ => {}
        }
        if CLAUSE_OPENERS_IN_PHRASE.contains(&lower) {
            break;
        }
        if at == phrase.first || depth > 0 || word.capitalized || word.quotation.is_some() || view.is_quoted(at) {
            continue;
        }
        let irregular = IRREGULAR_PAST.contains(&lower);
        let past = irregular || lower.len() >= 5 && lower.ends_with("ed");
        let before = &view.words[at - 1];
        let after_name = before.capitalized && before.is_wordlike() && !PHRASE_OPENERS.contains(&before.lower.as_ref());
        let before_object = at < phrase.last && OBJECT_DETERMINERS.contains(&view.words[at + 1].lower.as_ref());
        let finite_be = matches!(lower, "is" | "are" | "was" | "were" | "has" | "have" | "had");
        if finite_be || irregular && after_name || past && before_object {
            found = Some(at);
        }
    }
    found
}

/// Verbs of learning or saying whose object clause may hold a cue's subject
/// ("X learned Hollinger | told …", "police said Smith | admitted …").
const LEARNING_VERBS: &[&str] = &[
    "learned",
    "learns",
    "said",
    "says",
    "reported",
    "reports",
    "found",
    "discovered",
    "heard",
    "believe",
    "believes",
    "believed",
    "think",
    "thinks",
    "thought",
    "knew",
    "know",
    "knows",
];

/// A source before its cue without a clause of its own: the source as it
/// is, or none when it holds a finite verb ([`finite_verb_in`]: "Mr.
/// Obama spoke Hebrew | quoted") or ends with a coordinator ("The mayor met
/// the engineers and | then said"): a wrong speaker is worse than none.
pub fn without_clause(view: &View, phrase: Phrase) -> Option<Phrase> {
    // "CBS4's Gary Nelson learned Hollinger | told": the subject of the cue
    // is the name after a verb of learning or saying.
    let reported = (phrase.first + 1..phrase.last).rev().find(|&at| {
        let word = &view.words[at];
        !word.capitalized
            && LEARNING_VERBS.contains(&word.lower.as_ref())
            && view.words[at + 1..=phrase.last].iter().all(|after| after.capitalized)
            && !view.words[phrase.first..at]
                .iter()
                .any(|before| CLAUSE_OPENERS_IN_PHRASE.contains(&before.lower.as_ref()))
    });
    if let Some(at) = reported {
        return Some(Phrase {
            first: at + 1,
            last: phrase.last,
        });
    }
    // "Police arrived at the scene and | then told": a clause and its
    // coordinator.
    if phrase.last > phrase.first && matches!(view.words[phrase.last].lower.as_ref(), "and" | "but" | "or") {
        return None;
    }
    finite_verb_in(view, phrase).is_none().then_some(phrase)
}

/// The noun phrase a lone determiner, quantifier, title or possessive
/// `source` opens, up to the cue at word `cue_first` (or the comma before
/// it), of at most [`MAX_OPENED_WORDS`]: "The | billionaire businessman,
/// saying", "Many | critics argued". A possessive opens a phrase only before
/// a comma ("His | campaign, claiming"): before a noun cue its words are the
/// cue's modifiers ("his | stern warning").
fn opened_phrase(view: &View, source: Phrase, cue_first: usize) -> Option<Phrase> {
    let opener = view.words[source.first].lower.as_ref();
    if source.first != source.last || source.last + 1 >= cue_first || !PHRASE_OPENERS.contains(&opener) {
        return None;
    }
    let comma = view.words[cue_first - 1].is(",");
    if POSSESSIVES.contains(&opener) && !comma {
        return None;
    }
    let end = if comma { cue_first - 1 } else { cue_first };
    noun_phrase_before(view, source.first, end)
        .filter(|phrase| phrase.first == source.first && phrase.last + 1 - phrase.first <= MAX_OPENED_WORDS)
}

/// Most words in a noun phrase [`opened_phrase`] reads.
const MAX_OPENED_WORDS: usize = 4;

/// Possessive determiners among [`PHRASE_OPENERS`].
const POSSESSIVES: &[&str] = &["his", "her", "their", "its", "our"];

/// Participles of a passive cue whose subject is what others speak of or
/// to, never its speaker ("is accused of", "was asked about", "is known
/// for", "was seen as").
const PASSIVE_OF_OTHERS: &[&str] = &[
    "accused",
    "asked",
    "known",
    "charged",
    "considered",
    "regarded",
    "viewed",
    "seen",
    "shown",
    "identified",
    "recognized",
    "declared",
    "named",
    "hired",
    "sentenced",
    "required",
    "dismissed",
    "interpreted",
    "questioned",
    "recommended",
    "attributed",
];

/// Whether the cue from word `cue_first` to byte `end` is a passive of
/// [`PASSIVE_OF_OTHERS`]: a form of "be", adverbs ("best", "often", "-ly",
/// "not"), then the participle.
fn is_passive_of_others(view: &View, cue_first: usize, end: u32) -> bool {
    let words: Vec<&str> = view.words[cue_first..]
        .iter()
        .take_while(|word| word.span.end <= end)
        .map(|word| word.lower.as_ref())
        .collect();
    let Some((&be, rest)) = words.split_first() else {
        return false;
    };
    let participle = rest.iter().find(|&&lower| {
        !matches!(
            lower,
            "not" | "best" | "most" | "often" | "also" | "widely" | "just" | "still"
        ) && !lower.ends_with("ly")
    });
    let be = crate::reported::PASSIVE_BE.contains(&be) || be == "am";
    be && participle.is_some_and(|lower| PASSIVE_OF_OTHERS.contains(lower) || PASSIVE_AFTER_IS.contains(lower))
}

/// Where the verb group holding `source` starts when the source is only
/// adverbs of it, right before the cue at word `cue_first` and after an
/// auxiliary ("has long | said", "have in the past | said"): the first word
/// of the adverbs, else `None`.
fn verb_group_adverb(view: &View, from: usize, source: Phrase, cue_first: usize) -> Option<usize> {
    if source.last + 1 != cue_first {
        return None;
    }
    let words = &view.words[source.first..=source.last];
    let past = matches!(words, [the, past] if the.is("the") && past.is("past"));
    let adverbs = words
        .iter()
        .all(|word| ADVERBS_IN_VERB_GROUP.contains(&word.lower.as_ref()));
    if !past && !adverbs {
        return None;
    }
    let mut start = source.first;
    if past && start > from && view.words[start - 1].is("in") {
        start -= 1;
    }
    let auxiliary = start > from && crate::reported::AUXILIARIES.contains(&view.words[start - 1].lower.as_ref());
    auxiliary.then_some(start)
}

/// Words that open an adverbial before a sentence's subject ("On Monday,
/// …", "After the hearing, …"): the subject starts after its comma.
const ADVERBIAL_OPENERS: &[&str] = &[
    "on",
    "in",
    "at",
    "after",
    "before",
    "when",
    "while",
    "as",
    "if",
    "although",
    "though",
    "since",
    "during",
    "with",
    "without",
    "for",
    "by",
    "earlier",
    "later",
    "last",
    "despite",
    "following",
    "according",
];

/// Verbs in the past without "-ed" that end a sentence's subject.
pub(crate) const IRREGULAR_PAST: &[&str] = &[
    "said", "told", "went", "gave", "made", "took", "left", "spoke", "wrote", "sent", "held", "met", "came", "began",
    "got", "put", "ran", "stood", "shot", "fought", "won", "lost", "brought", "thought", "kept", "found", "hit",
    "broke", "drove", "fled", "led", "paid", "sought", "struck", "threw", "became", "felt", "heard", "knew",
];

/// Most words in a sentence's subject [`sentence_subject`] reads.
const MAX_SENTENCE_SUBJECT_WORDS: usize = 8;

/// The subject of the main clause of a sentence opening at word `from`,
/// the clause running up to word `end` (exclusive): the noun phrase from
/// its first word (past an opening adverbial set off by a comma) up to its
/// verb, an auxiliary, a form of "be", a word in "-ed" or a common past
/// ("The county filed suit", "Officers were called", "He told them"); none
/// when the words before the verb are no whole noun phrase.
pub fn sentence_subject(view: &View, from: usize, end: usize) -> Option<Phrase> {
    main_clause_subject(view, from, end).or_else(|| {
        // "Frustrated, Carver left …", "Visibly, …": an opening participle or
        // adverb set off by a comma, then the main clause.
        let opener = view.words.get(from)?.lower.as_ref();
        let set_off = view.words.get(from + 1).is_some_and(|word| word.is(",")) && from + 2 < end;
        // "Angry, the mayor left …": an adjective before a determiner or pronoun.
        let before_subject = view.words.get(from + 2).is_some_and(|word| {
            matches!(
                word.lower.as_ref(),
                "the" | "a" | "an" | "he" | "she" | "they" | "his" | "her" | "their"
            )
        });
        let modifier = opener.len() > 4 && (opener.ends_with("ed") || opener.ends_with("ly") || before_subject);
        (set_off && modifier)
            .then(|| main_clause_subject(view, from + 2, end))
            .flatten()
    })
}

/// [`sentence_subject`] read from word `from` as it stands.
fn main_clause_subject(view: &View, from: usize, end: usize) -> Option<Phrase> {
    let mut start = from;
    let opener = view.words.get(start)?;
    if ADVERBIAL_OPENERS.contains(&opener.lower.as_ref()) || is_time_word(&opener.lower) {
        start = (start..end).find(|&i| view.words[i].is(","))? + 1;
    }
    let verb = (start + 1..end).find(|&i| {
        let word = &view.words[i];
        let lower = word.lower.as_ref();
        !word.capitalized
            && word.quotation.is_none()
            && (crate::reported::AUXILIARIES.contains(&lower)
                || crate::reported::PASSIVE_BE.contains(&lower)
                || IRREGULAR_PAST.contains(&lower)
                || lower.len() >= 5 && lower.ends_with("ed") && lower != "hundred")
    })?;
    let phrase = subject_before(view, start, verb)?;
    let whole = phrase.first == start && phrase.last + 1 == verb;
    let short = phrase.last + 1 - phrase.first <= MAX_SENTENCE_SUBJECT_WORDS;
    (whole && short && names_a_speaker(view, phrase) && !view.is_quoted(start)).then_some(phrase)
}

/// Whether a phrase can name who speaks: a personal pronoun other than
/// "it", or a head that is capitalized ("Perez", "Hillary Clinton") or a
/// role noun ("the nurse", "senior aides"), not a thing ("The fracas").
fn names_a_speaker(view: &View, phrase: Phrase) -> bool {
    let head = &view.words[phrase.last];
    let lower = head.lower.as_ref();
    if phrase.first == phrase.last && PRONOUNS.contains(&lower) {
        return lower != "it" && lower != "you";
    }
    (head.capitalized || crate::speaker::is_role(lower)) && !is_fragment(view, phrase)
}

/// Relative pronouns: a source of their own ("Mr. Leenders, who estimated…").
pub const RELATIVE: &[&str] = &["who", "which"];

/// Personal pronouns that can be a source.
pub const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "you"];

/// Most words in a subject read leftwards.
const MAX_SUBJECT_WORDS: usize = 14;

/// Most words in an appositive between a subject and its cue.
const MAX_APPOSITIVE_WORDS: usize = 18;

/// A source found: its first and last word (inclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Phrase {
    /// First word.
    pub first: usize,
    /// Last word.
    pub last: usize,
}

/// The subject ending right before word `before` (exclusive), within the
/// words `from..before` of one sentence.
pub fn subject_before(view: &View, from: usize, before: usize) -> Option<Phrase> {
    if before <= from {
        return None;
    }
    let last = before - 1;
    let word = &view.words[last];
    if word.is(",") {
        return appositive(view, from, last);
    }
    // A pronoun is a subject of its own: "the time he said", "which she said".
    if RELATIVE.contains(&word.lower.as_ref()) || PRONOUNS.contains(&word.lower.as_ref()) {
        return Some(Phrase { first: last, last });
    }
    noun_phrase_before(view, from, before)
}

/// "Name, appositive," before a cue: the comma at `comma` ends it. The
/// appositive may hold commas of its own ("Jeffrey Salkin, a Hollywood,
/// Fla., rabbi,"): of the commas that could open it, the farthest whose
/// name starts a clause wins.
fn appositive(view: &View, from: usize, comma: usize) -> Option<Phrase> {
    let mut best = None;
    let mut index = comma;
    while index > from {
        index -= 1;
        let word = &view.words[index];
        if comma - index > MAX_APPOSITIVE_WORDS || word.quotation.is_some() {
            break;
        }
        if word.kind == chorus_model::TokenKind::Punct
            && !matches!(word.lower.as_ref(), "," | "(" | ")" | "." | "-" | "&")
        {
            break;
        }
        if !word.is(",") || index + 1 >= comma {
            continue;
        }
        // "Sgt. Ann Cole, with the Troup County Sheriff's Office,": an
        // affiliation (see `is_affiliation`).
        let affiliation = is_affiliation(view, index + 1, comma);
        // "…, after winning Ohio, Gov. John Kasich," is no appositive.
        let after = view.words[index + 1].lower.as_ref();
        if !affiliation && (CLAUSE_WORDS.contains(&after) || is_time_word(after)) {
            break;
        }
        // The appositive must look like one: a relative clause, a noun
        // phrase with a determiner, an age, or a title-like phrase.
        let opening = &view.words[index + 1];
        // A participle too: "An investigation by The Guardian, published
        // on Monday, claimed …".
        let participle = !opening.capitalized && opening.lower.len() > 4 && opening.lower.ends_with("ed");
        let looks_like = RELATIVE.contains(&opening.lower.as_ref())
            || matches!(opening.lower.as_ref(), "a" | "an" | "the" | "who's" | "whose")
            || opening.kind == chorus_model::TokenKind::Number
            || opening.capitalized
            || participle
            || affiliation;
        if !looks_like {
            continue;
        }
        let Some(head) = noun_phrase_before(view, from, index) else {
            continue;
        };
        let head_word = &view.words[head.last];
        let head_first = view.words[head.first].lower.as_ref();
        if CLAUSE_WORDS.contains(&head_first) || head.first == head.last && head_first.ends_with("ly") {
            continue;
        }
        let starts_clause =
            head.first == from || !view.words[head.first - 1].is_wordlike() && !view.words[head.first - 1].is(",");
        // "A top strategist, John Weaver, said": a descriptor before the name.
        if !(head_word.capitalized || opening.capitalized && starts_clause) {
            continue;
        }
        let phrase = Phrase {
            first: head.first,
            last: comma,
        };
        if starts_clause || best.is_none() {
            best = Some((phrase, starts_clause));
        }
    }
    best.map(|(phrase, _)| phrase)
}

/// Prepositions that open an affiliation set off after a name ("with the
/// Troup County Sheriff's Office", "of the Pine Bluff Police Department").
pub(crate) const AFFILIATION_PREPOSITIONS: &[&str] = &["with", "of", "from"];

/// Most words of an affiliation in lower case ("of pretrial services").
const MAX_COMMON_AFFILIATION_WORDS: usize = 4;

/// Whether the words `start..end` are an affiliation after a name: a
/// preposition of [`AFFILIATION_PREPOSITIONS`] before a name, with or
/// without "the" ("with the Alder County Sheriff's Office", "of Mercy
/// Hospital"), every word after the opening "the" capitalized but for
/// "of", "and", "&", a hyphen, a period and a possessive, or a few words
/// in lower case with no clause word, possessive or pronoun among them
/// ("of pretrial services", "with the police"; "with help from
/// neighbors", "with his hands up" are no affiliation).
fn is_affiliation(view: &View, start: usize, end: usize) -> bool {
    let words = &view.words[start..end];
    let Some((opening, rest)) = words.split_first() else {
        return false;
    };
    let rest = match rest.split_first() {
        Some((the, rest)) if the.is("the") => rest,
        _ => rest,
    };
    let joining =
        |word: &crate::view::Word<'_>| matches!(word.lower.as_ref(), "of" | "and" | "&" | "'s" | "’s" | "-" | ".");
    let named =
        rest.first().is_some_and(|word| word.capitalized) && rest.iter().all(|word| word.capitalized || joining(word));
    let common = !rest.is_empty()
        && rest.len() <= MAX_COMMON_AFFILIATION_WORDS
        && rest.iter().all(|word| {
            let lower = word.lower.as_ref();
            word.is_wordlike()
                && !CLAUSE_WORDS.contains(&lower)
                && !POSSESSIVES.contains(&lower)
                && !PRONOUNS.contains(&lower)
                || joining(word)
        });
    AFFILIATION_PREPOSITIONS.contains(&opening.lower.as_ref()) && (named || common)
}

/// A noun phrase read leftwards from `before` (exclusive).
fn noun_phrase_before(view: &View, from: usize, before: usize) -> Option<Phrase> {
    let last = before.checked_sub(1).filter(|&last| last >= from)?;
    let end_word = &view.words[last];
    // "most of them", "one of us": an object pronoun ends a subject after "of".
    let partitive = last > from && view.words[last - 1].is("of");
    if !end_word.is_wordlike() && !end_word.is(")") || NOT_SUBJECT_END.contains(&end_word.lower.as_ref()) && !partitive
    {
        return None;
    }
    if CLAUSE_WORDS.contains(&end_word.lower.as_ref()) || is_time_word(end_word.lower.as_ref()) {
        return None;
    }
    let mut first = last;
    let mut depth = 0i32;
    let mut index = before;
    while index > from {
        index -= 1;
        let word = &view.words[index];
        if view.is_quoted(index) || word.quotation.is_some() {
            break;
        }
        let lower = word.lower.as_ref();
        match lower {
            ")" => depth += 1,
            "(" if depth > 0 => depth -= 1,
            _ if depth > 0 => {}
            "&" | "-" => {}
            _ if !word.is_wordlike() => break,
            "and" => {
                // "Trump and Ryan said": joins two names, not two clauses.
                let left_name = index > from && view.words[index - 1].capitalized;
                if !(left_name && view.words[first].capitalized) {
                    break;
                }
            }
            _ if INNER_PREPOSITIONS.contains(&lower) => {
                // Only inside a phrase whose head is to the left.
                let left_ok = index > from && view.words[index - 1].is_wordlike();
                if !left_ok {
                    break;
                }
            }
            // "more than 4 in 10", "only 24 percent".
            "than" if index > from && matches!(view.words[index - 1].lower.as_ref(), "more" | "less" | "fewer") => {}
            "only" | "just" if index + 1 < before && view.words[index + 1].kind == chorus_model::TokenKind::Number => {}
            _ if CLAUSE_WORDS.contains(&lower) || is_time_word(lower) => break,
            _ if RELATIVE.contains(&lower) || matches!(lower, "whom" | "whose") => break,
            _ if !word.capitalized && !cues::lookup(lower).is_empty() && index != last => break,
            _ => {}
        }
        first = index;
        if last - first + 1 >= MAX_SUBJECT_WORDS {
            break;
        }
    }
    if depth != 0 {
        return None;
    }
    // A phrase cannot start with a preposition or a conjunction.
    while first <= last {
        let lower = view.words[first].lower.as_ref();
        if INNER_PREPOSITIONS.contains(&lower) || lower == "and" || lower == "&" || lower == "-" || lower == ")" {
            first += 1;
        } else {
            break;
        }
    }
    (first <= last).then_some(Phrase { first, last })
}

/// The source after a cue in an inverted attribution ("…, said Mr. Smith,
/// a broker in Tampa."), from word `start` up to `end` (exclusive): until
/// the sentence ends or a quotation opens.
pub fn subject_after(view: &View, start: usize, end: usize) -> Option<Phrase> {
    let first_word = view.words.get(start).filter(|_| start < end)?;
    let lower = first_word.lower.as_ref();
    let starts_well = first_word.capitalized
        || matches!(
            lower,
            "the" | "a" | "an" | "one" | "another" | "his" | "her" | "their" | "its"
        )
        || first_word.kind == chorus_model::TokenKind::Number;
    if !starts_well || CLAUSE_WORDS.contains(&lower) || is_time_word(lower) {
        return None;
    }
    let mut last = start;
    let mut index = start;
    while index < end {
        let word = &view.words[index];
        if word.quotation.is_some() {
            break;
        }
        if word.is(",") {
            let Some(next) = view.words.get(index + 1).filter(|_| index + 1 < end) else {
                break;
            };
            if next.quotation.is_some() {
                break;
            }
            // "…, said Peter Rice, chairman of Fox, noting that…": the
            // source ends with the comma before a new clause.
            let lower = next.lower.as_ref();
            if !next.capitalized
                && (lower.ends_with("ing")
                    || CLAUSE_WORDS.contains(&lower)
                    || INNER_PREPOSITIONS.contains(&lower)
                    || lower == "via")
            {
                if index > start && view.words[last].is_wordlike() && appositive_before(view, start, index) {
                    last = index;
                }
                break;
            }
        }
        if matches!(word.lower.as_ref(), "." | ";" | ":" | "?" | "!" | "—" | "–" | "via") {
            break;
        }
        // "…, said McCullick and eventually he came out.": a clause of the
        // writer's after the source.
        if index > start
            && matches!(word.lower.as_ref(), "and" | "but")
            && (pronoun_at(view, index + 1)
                || view.words.get(index + 1).is_some_and(|next| {
                    let lower = next.lower.as_ref();
                    lower == "then" || lower.len() > 4 && lower.ends_with("ly")
                }) && pronoun_at(view, index + 2))
        {
            break;
        }
        if word.is_wordlike() || word.is(")") {
            last = index;
        }
        index += 1;
    }
    // "said Mr. Smith, who…": keep the whole; a comma at the end is not part.
    Some(Phrase { first: start, last })
}

/// Whether word `at` is a personal pronoun.
fn pronoun_at(view: &View, at: usize) -> bool {
    view.words
        .get(at)
        .is_some_and(|word| PRONOUNS.contains(&word.lower.as_ref()))
}

/// Whether the words `start..end` hold a comma: a name with an appositive.
fn appositive_before(view: &View, start: usize, end: usize) -> bool {
    (start..end).any(|i| view.words[i].is(","))
}

/// A source that is one participle or gerund capitalized only because it
/// opens its sentence ("Flooding closed the road, warning …", "Having
/// announced …") names no one: it ends in "-ing" or "-ed", no entity of
/// the article covers it and the article writes the word in lower case
/// elsewhere, or the word after it opens its complement ("Asked about
/// the delay, the engineer shrugged and said …": `PARTICIPLE_COMPLEMENTS`).
/// Such a source gives way to none (a wrong speaker is worse
/// than none); a surname of that form ("Manning", "Harding", "Reed") stays
/// when the article names its bearer. Plural nouns and other words opening
/// a sentence stay: PolNeAR's gold has them as sources ("Critics argue",
/// "Polls suggest", "Economists believe": train and dev lost 40 exact
/// attributions when they gave way too).
pub fn drop_opening_common_words(view: &View, entities: &[chorus_model::Entity], found: &mut [crate::reported::Found]) {
    for one in found.iter_mut() {
        let Some(phrase) = one.source.filter(|phrase| phrase.first == phrase.last) else {
            continue;
        };
        let word = &view.words[phrase.first];
        let opens = (view.sentences[one.sentence].words.start..phrase.first).all(|at| !view.words[at].is_wordlike());
        let lower = word.lower.as_ref();
        let participle = lower.len() >= 5 && (lower.ends_with("ing") || lower.ends_with("ed"));
        if !opens || !word.capitalized || word.kind != chorus_model::TokenKind::Word || !participle {
            continue;
        }
        let named = entities
            .iter()
            .flat_map(|entity| &entity.mentions)
            .any(|mention| mention.start <= word.span.start && word.span.end <= mention.end);
        let common = view
            .words
            .iter()
            .any(|other| !other.capitalized && other.lower == word.lower);
        let leads_a_clause = view
            .words
            .get(phrase.first + 1..)
            .and_then(|rest| rest.iter().find(|next| next.is_wordlike()))
            .is_some_and(|next| PARTICIPLE_COMPLEMENTS.contains(&next.lower.as_ref()));
        if !named && (common || leads_a_clause) {
            one.source = None;
        }
    }
}

/// Words that follow an opening participle, not a name ("Asked about the
/// delay, …", "Worried that …", "Speaking to reporters, …").
const PARTICIPLE_COMPLEMENTS: &[&str] = &["about", "whether", "if", "that", "to", "by", "with", "for", "over"];

/// Words between a coordinator and a verb it joins to the main clause's:
/// adverbs, auxiliaries and negations ("and then said", "but has not
/// said", "and later told").
fn is_verb_group_word(lower: &str) -> bool {
    crate::edges::is_adverb_or_auxiliary(lower)
        || matches!(
            lower,
            "then" | "later" | "also" | "still" | "again" | "often" | "not" | "never"
        )
}

/// Words that open another clause between a main clause's subject and a
/// coordinated verb ("… the community, which backs it and ranks …", "…
/// when he brought it up and later said …"): the verb may be that clause's.
const OTHER_CLAUSE_WORDS: &[&str] = &[
    "and", "but", "or", "who", "whom", "whose", "which", "that", "when", "while", "because", "after", "before", "if",
    "although", "though", "since", "until", "where", "as",
];

/// Give a cue with no source that is the second verb of its clause ("The
/// actor held a fake audition and asked …", "Lopez stopped by the studio
/// and spoke about …", "Bolton had a view of it, while saying …") the
/// subject of its sentence's main clause ([`sentence_subject`], when it can
/// name a speaker), as PolNeAR draws it: a finite verb (an auxiliary, a
/// past or a present in "-s") after "and" or "but", or an "-ing" cue after
/// "while" or "by", with only adverbs and auxiliaries between, and no
/// attribution before it in its sentence (else that one's source or
/// content is read by the participle rule of `nesting`). Not in the
/// passive, not after a main clause with "be" ("Reyes was placed on
/// probation and ordered to …"), not after a contracted pronoun ("she's
/// expected"), and not when another clause opens between the subject and
/// the cue
/// ([`OTHER_CLAUSE_WORDS`]: "… rhetoric singling out immigrants and calling
/// for …" is no verb of the main clause). `found` is in text order of cues.
pub fn share_main_subject(view: &View, found: &mut [crate::reported::Found]) {
    for at in 0..found.len() {
        if found[at].source.is_some() {
            continue;
        }
        let (cue, sentence) = (found[at].cue, found[at].sentence);
        let from = view.sentences[sentence].words.start;
        if found[..at].iter().any(|one| one.sentence == sentence) {
            continue;
        }
        let cue_first = view.words.partition_point(|word| word.span.start < cue.start);
        if cue_first >= view.words.len() || view.is_quoted(cue_first) {
            continue;
        }
        let mut joint = cue_first;
        while joint > from && is_verb_group_word(&view.words[joint - 1].lower) {
            joint -= 1;
        }
        let end_of_sentence = view.sentences[sentence].words.end;
        if let Some(subject) = opening_participle_subject(view, from, end_of_sentence, joint, cue_first) {
            found[at].source = Some(subject);
            continue;
        }
        if let Some(subject) = leading_participle_subject(view, &found[at], from, end_of_sentence, cue_first) {
            found[at].source = Some(subject);
            continue;
        }
        if joint <= from + 1 {
            continue;
        }
        let joiner = view.words[joint - 1].lower.as_ref();
        // "and then told", "and angrily denied": the verb after the cue's
        // own adverbs and auxiliaries.
        let mut verb_at = cue_first;
        while verb_at + 1 < end_of_sentence
            && view.words[verb_at + 1].span.start < cue.end
            && is_verb_group_word(&view.words[verb_at].lower)
        {
            verb_at += 1;
        }
        let verb = view.words[verb_at].lower.as_ref();
        let group = || view.words[cue_first..=verb_at].iter().map(|word| word.lower.as_ref());
        let participle = verb.len() > 4 && verb.ends_with("ing");
        let finite = group().any(|word| {
            crate::reported::AUXILIARIES.contains(&word)
                || IRREGULAR_PAST.contains(&word)
                || word.len() >= 4 && (word.ends_with("ed") || word.ends_with('s'))
        });
        let passive = group().any(|word| crate::reported::PASSIVE_BE.contains(&word));
        let joined = finite && matches!(joiner, "and" | "but") || participle && matches!(joiner, "while" | "by");
        if !joined || passive || group().any(|word| word.contains('\'')) {
            continue;
        }
        let mut end = joint - 1;
        if end > from && view.words[end - 1].is(",") {
            end -= 1;
        }
        let subject = sentence_subject(view, from, end);
        // "Reyes was placed on probation and ordered to …": the subject of
        // a main clause with "be" is acted on, so it is no speaker either.
        let unfit = subject.is_some_and(|phrase| {
            let verb = view.words[phrase.last + 1].lower.as_ref();
            crate::reported::PASSIVE_BE.contains(&verb)
                || view.words[phrase.last + 1..end]
                    .iter()
                    .any(|word| OTHER_CLAUSE_WORDS.contains(&word.lower.as_ref()))
        });
        if !unfit {
            found[at].source = subject;
        }
    }
}

/// Most words of an aside between a sentence's subject and its cue.
const MAX_ASIDE_WORDS: usize = 30;

/// Give a finite cue with no source, right after the comma that closes an
/// aside set off after its sentence's subject, that subject: "Obama, who
/// has denounced the attack, reiterated …", "Cement makers, for instance,
/// argue …", "Ted Cruz, when asked …, responded …" (the tagger, which
/// proposes most such cues, often leaves their source out). The subject is
/// the noun phrase from the sentence's start (past a coordinator and an
/// opening adverbial or connective set off by a comma) to the first comma,
/// of at most eight words, no fragment and, when one word, capitalized; a
/// source cut at the aside's relative word ("Mr. Kirk, who | noted") or
/// lying within the aside ("The poll, released by the Public Policy
/// Institute, | showed") gives way to it too. Not for a passive (its subject did not speak), an
/// infinitive or a participle (`nesting` reads those). `edges::settle` then
/// takes in the aside when it is an apposition, as PolNeAR draws it.
pub fn subject_before_aside(view: &View, found: &mut [crate::reported::Found]) {
    for one in found.iter_mut() {
        let cue_first = view.words.partition_point(|word| word.span.start < one.cue.start);
        if cue_first >= view.words.len() || view.is_quoted(cue_first) {
            continue;
        }
        let cut_at_relative = one.source.is_some_and(|source| {
            let lower = |at: usize| view.words[at].lower.as_ref();
            source.last < cue_first
                && source.last > source.first + 1
                && (RELATIVE.contains(&lower(source.last)) && view.words[source.last - 1].is(",")
                    || lower(source.last - 1) == "whose" && view.words[source.last - 2].is(","))
        });
        let verb = view.words[cue_first].lower.as_ref();
        if verb.ends_with("ing") || verb == "to" || one.parts.first().is_none_or(|part| part.start < one.cue.end) {
            continue;
        }
        // "Marquez, 24, is accused of", "was hired": the subject of a
        // passive did not speak.
        let cue_last = view.words.partition_point(|word| word.span.end <= one.cue.end);
        if view.words[cue_first..cue_last.max(cue_first + 1)]
            .iter()
            .any(|word| crate::reported::PASSIVE_BE.contains(&word.lower.as_ref()) || word.is("expected"))
        {
            continue;
        }
        let from = view.sentences[one.sentence].words.start;
        let mut joint = cue_first;
        while joint > from && is_verb_group_word(&view.words[joint - 1].lower) {
            joint -= 1;
        }
        if joint < from + 3 || !view.words[joint - 1].is(",") {
            continue;
        }
        let close = joint - 1;
        let mut start = from;
        if matches!(view.words[start].lower.as_ref(), "but" | "and" | "so" | "yet") {
            start += 1;
        }
        if opens_adverbial(view, start, close) {
            match (start..close).find(|&at| view.words[at].is(",")) {
                Some(comma) => start = comma + 1,
                None => continue,
            }
        }
        let Some(open) = (start + 1..close).find(|&at| view.words[at].is(",")) else {
            continue;
        };
        if close - open - 1 > MAX_ASIDE_WORDS || (start..close).any(|at| view.words[at].quotation.is_some()) {
            continue;
        }
        // "Merkel, who has adopted … toward asylum seekers fleeing war, |
        // warned": a source inside the aside is none of the cue's.
        // "Ortega, who has opposed it since the Institute | warned": nor is
        // one cut inside it.
        let inside = one.source.is_some_and(|source| {
            source.first > open && source.last <= close || source.last > open && source.last + 1 < close
        });
        if one.source.is_some() && !cut_at_relative && !inside {
            continue;
        }
        // "Tuesday in Berea, OH, after winning Ohio, Gov. John Kasich (R-OH),
        // said": after an opening adverbial, an aside holding commas may
        // hold the subject.
        if start > from + 1 && (open + 1..close).any(|at| view.words[at].is(",")) {
            continue;
        }
        let subject = subject_before(view, start, open).filter(|phrase| {
            phrase.first == start
                && phrase.last + 1 == open
                && phrase.last + 1 - phrase.first <= MAX_SENTENCE_SUBJECT_WORDS
                && !is_fragment(view, *phrase)
                && (phrase.last > phrase.first || view.words[start].capitalized)
                && !view.words[start].lower.contains('\'')
        });
        if subject.is_some() {
            one.source = subject;
        }
    }
}

/// Connectives that open a sentence, set off by a comma, before its subject
/// ("Nonetheless, …", "Moreover, …").
const OPENING_CONNECTIVES: &[&str] = &[
    "nonetheless",
    "nevertheless",
    "however",
    "meanwhile",
    "moreover",
    "instead",
    "still",
    "indeed",
    "besides",
    "likewise",
    "similarly",
    "therefore",
    "thus",
    "yet",
    "now",
    "then",
    "outside",
    "inside",
    "within",
    "among",
    "amid",
    "under",
    "beyond",
    "overall",
    "plus",
    "first",
    "back",
];

/// Whether the word at `start` opens an adverbial or a connective set off
/// by a comma before a sentence's subject, which ends before word `end`:
/// "On Monday,", "Earlier this week,", "Nonetheless,", "Outside the
/// campaign,", "Publicly,", "Speaking in Harlem,".
fn opens_adverbial(view: &View, start: usize, end: usize) -> bool {
    let word = &view.words[start];
    let lower = word.lower.as_ref();
    ADVERBIAL_OPENERS.contains(&lower)
        || is_time_word(lower)
        || OPENING_CONNECTIVES.contains(&lower)
        || crate::reported::PREPOSITIONS.contains(&lower)
        || lower.len() > 4 && lower.ends_with("ly") && start + 1 < end && view.words[start + 1].is(",")
        // "Speaking in Harlem, Clinton …": a participle clause; not a
        // name ("Mohammed Salah, who …", "Sterling Brown, who …").
        || lower.len() > 4
            && (lower.ends_with("ing") || lower.ends_with("ed"))
            && start + 1 < end
            && view.words[start + 1].is_wordlike()
            && (!view.words[start + 1].capitalized || is_time_word(&view.words[start + 1].lower))
}

/// Words opening a sentence before an "-ing" cue whose subject is the main
/// clause's after the comma ("After thanking the crowd, he …").
const PARTICIPLE_OPENERS: &[&str] = &["after", "before", "while", "since", "upon", "when", "in"];

/// The subject of the main clause after an opening participle clause
/// ("After thanking the crowd, he …", "And in explaining why …, Clinton
/// said …"): an "-ing" cue at word `cue_first` right after an opener of
/// [`PARTICIPLE_OPENERS`] at the sentence's start (at word `from`, or
/// after "and"/"but") takes [`sentence_subject`] read from the first comma
/// after it, up to `end`.
fn opening_participle_subject(view: &View, from: usize, end: usize, joint: usize, cue_first: usize) -> Option<Phrase> {
    let verb = view.words[cue_first].lower.as_ref();
    if joint != cue_first || joint == from || !(verb.len() > 4 && verb.ends_with("ing")) {
        return None;
    }
    let opener = joint - 1;
    let at_start = opener == from || opener == from + 1 && matches!(view.words[from].lower.as_ref(), "and" | "but");
    if !at_start || !PARTICIPLE_OPENERS.contains(&view.words[opener].lower.as_ref()) {
        return None;
    }
    let comma = (cue_first + 1..end).find(|&at| view.words[at].is(","))?;
    let subject = sentence_subject(view, comma + 1, end)?;
    let verb = view.words.get(subject.last + 1)?.lower.as_ref();
    (!crate::reported::PASSIVE_BE.contains(&verb)).then_some(subject)
}

/// The subject of the main clause after a participle clause that opens its
/// sentence with the cue ("Noting that the vote was close, the mayor
/// called …", "And citing the cost, Diaz voted …"): an "-ing" cue at word
/// `cue_first`, the sentence's first word (at `from`, or after "and"/"but"),
/// takes [`sentence_subject`] read from the first comma after `one`'s
/// content up to `end`, unless that clause is in the passive.
fn leading_participle_subject(
    view: &View,
    one: &crate::reported::Found,
    from: usize,
    end: usize,
    cue_first: usize,
) -> Option<Phrase> {
    let verb = view.words[cue_first].lower.as_ref();
    let at_start =
        cue_first == from || cue_first == from + 1 && matches!(view.words[from].lower.as_ref(), "and" | "but");
    if !at_start || !(verb.len() > 4 && verb.ends_with("ing")) {
        return None;
    }
    let content_end = one.parts.last()?.end;
    let comma = (cue_first + 1..end).find(|&at| view.words[at].span.start >= content_end && view.words[at].is(","))?;
    let subject = sentence_subject(view, comma + 1, end)?;
    let verb = view.words.get(subject.last + 1)?.lower.as_ref();
    (!crate::reported::PASSIVE_BE.contains(&verb)).then_some(subject)
}

/// The suffixes of a pronoun's contraction that PolNeAR gives to the cue
/// ("He | 's said", "she | 'd told", "they | 've argued").
const CONTRACTIONS: &[&str] = &["'s", "'d", "'ve", "'ll", "'re", "'m"];

/// Pronouns whose contraction with an auxiliary is one token: "he's".
const CONTRACTED_PRONOUNS: &[&str] = &["he", "she", "they", "i", "we", "you", "who"];

/// Participles after "'s" that make it "is" and the cue a passive whose
/// subject others speak of (besides [`PASSIVE_OF_OTHERS`]): "He's
/// suspected of", "She's described as".
const PASSIVE_AFTER_IS: &[&str] = &[
    "suspected",
    "described",
    "told",
    "believed",
    "thought",
    "alleged",
    "reported",
    "expected",
];

/// A pronoun contracted with its auxiliary is one token ("He's said",
/// "She'd told"): the pronoun is the source and the contraction the cue's,
/// as PolNeAR draws them (train: 196 cues open with the contraction, 7
/// sources end with it). A cue opening with such a token and no source
/// gives the pronoun as the source; a source that is only such a token
/// right before the cue keeps the pronoun and gives the cue the rest. In
/// the passive ("I'm told", "We're told", "He's suspected of", "She's
/// expected to", "He's said to") the subject did not speak, and a question
/// word opening its sentence ("Who's saying …?") names no one: there is no
/// source (as for "I am told" and "She is expected to") and the cue holds
/// the whole token ("I'm told").
pub fn split_contraction(text: &str, source: Option<Span>, cue: Span) -> (Option<Span>, Span) {
    // The token at byte `start` and the two words after it.
    let token = |start: u32| {
        let rest = text.get(start as usize..).unwrap_or("");
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let mut after = rest[end..].split_whitespace();
        (&rest[..end], after.next().unwrap_or(""), after.next().unwrap_or(""))
    };
    let pronoun_length = |(word, next, then): (&str, &str, &str)| -> Option<(u32, bool)> {
        let folded = crate::view::fold(word);
        let apostrophe = folded.find('\'')?;
        let (pronoun, contraction) = folded.split_at(apostrophe);
        let next = crate::view::fold(next.trim_end_matches(|c: char| !c.is_alphanumeric()));
        let participle = next.ends_with("ed") || matches!(next.as_ref(), "told" | "known" | "seen" | "thought");
        // "He's said to be furious", "They're said to have …": the passive
        // "said to", whatever the auxiliary.
        let said_to = matches!(next.as_ref(), "said" | "reported") && then == "to";
        let passive = said_to
            || match contraction {
                "'re" | "'m" => participle,
                "'s" => PASSIVE_OF_OTHERS.contains(&next.as_ref()) || PASSIVE_AFTER_IS.contains(&next.as_ref()),
                _ => false,
            };
        let known = CONTRACTED_PRONOUNS.contains(&pronoun) && CONTRACTIONS.contains(&contraction);
        // The folded form and the word share the pronoun's bytes (ASCII).
        known.then_some((apostrophe as u32, passive))
    };
    // "Who's saying …?": a question word opening its sentence asks who speaks.
    let asks = |start: u32, word: &str| {
        let before = text.get(..start as usize).unwrap_or("").trim_end();
        crate::view::fold(word).starts_with("who'")
            && (before.is_empty() || before.ends_with(['.', '!', '?', '"', '“', '\n']))
    };
    match source {
        None => {
            let (first, next, then) = token(cue.start);
            match pronoun_length((first, next, then)) {
                Some((_, passive)) if passive || asks(cue.start, first) => (None, cue),
                Some((length, _)) if (first.len() as u32) < cue.end - cue.start => (
                    Some(Span {
                        start: cue.start,
                        end: cue.start + length,
                    }),
                    Span {
                        start: cue.start + length,
                        end: cue.end,
                    },
                ),
                _ => (None, cue),
            }
        }
        Some(span) => {
            let word = text.get(span.start as usize..span.end as usize).unwrap_or("");
            let between = text.get(span.end as usize..cue.start as usize).unwrap_or("x");
            let (next, then, _) = token(cue.start);
            let alone = between.trim().is_empty() && !word.contains(char::is_whitespace);
            match pronoun_length((word, next, then)) {
                Some((_, passive)) if alone && (passive || asks(span.start, word)) => (
                    None,
                    Span {
                        start: span.start,
                        end: cue.end,
                    },
                ),
                Some((length, _)) if alone => (
                    Some(Span {
                        start: span.start,
                        end: span.start + length,
                    }),
                    Span {
                        start: span.start + length,
                        end: cue.end,
                    },
                ),
                _ => (source, cue),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chorus_model::Article;

    fn before(text: &str, cue: &str) -> Option<String> {
        let mut article = Article {
            text: text.to_string(),
            ..Article::default()
        };
        chorus_text::annotate(&mut article);
        let view = View::new(&article);
        let index = view.words.iter().position(|w| w.lower == cue)?;
        let phrase = subject_before(&view, 0, index)?;
        Some(
            view.slice(
                view.words[phrase.first].span.start as usize,
                view.words[phrase.last].span.end as usize,
            )
            .to_string(),
        )
    }

    #[test]
    fn subjects() {
        assert_eq!(
            before("Sen. John Cornyn (R-Texas) told reporters.", "told").as_deref(),
            Some("Sen. John Cornyn (R-Texas)")
        );
        assert_eq!(
            before("Mr. Reid, who represents Nevada, said it.", "said").as_deref(),
            Some("Mr. Reid, who represents Nevada,")
        );
        assert_eq!(
            before("On Monday, the ministry said it.", "said").as_deref(),
            Some("the ministry")
        );
        assert_eq!(
            before("Joel Pollak of Breitbart California observed it.", "observed").as_deref(),
            Some("Joel Pollak of Breitbart California")
        );
        assert_eq!(
            before(
                "An investigation by the daily The Guardian, published on Monday, claimed it.",
                "claimed"
            )
            .as_deref(),
            Some("the daily The Guardian, published on Monday,")
        );
        assert_eq!(before("But he said it.", "said").as_deref(), Some("he"));
        assert_eq!(
            before("Mr. Leenders, who estimated it.", "estimated").as_deref(),
            Some("who")
        );
        assert_eq!(before("It told him that.", "that"), None);
    }

    /// Source and cue of each attribution `crate::find` gives for `text`.
    fn sources_and_cues(text: &str) -> Vec<(Option<String>, String)> {
        read_attributions(text, false)
    }

    /// Source and cue of each attribution of `text` read with its entities.
    fn sources_and_cues_with_entities(text: &str) -> Vec<(Option<String>, String)> {
        read_attributions(text, true)
    }

    /// Source and cue of each attribution of `text`, its entities found
    /// first when `entities` is set.
    fn read_attributions(text: &str, entities: bool) -> Vec<(Option<String>, String)> {
        let mut article = Article {
            text: text.to_string(),
            ..Article::default()
        };
        chorus_text::annotate(&mut article);
        if entities {
            chorus_entities::annotate(&mut article);
        }
        crate::find(&article)
            .iter()
            .map(|quote| {
                let text = |span: Span| article.span_text(span).to_string();
                (
                    quote.attribution.source.map(text),
                    quote.attribution.cue.map_or(String::new(), text),
                )
            })
            .collect()
    }

    /// The source of each attribution of `text`, in order.
    fn sources_of(text: &str) -> Vec<Option<String>> {
        sources_and_cues(text).into_iter().map(|(source, _)| source).collect()
    }

    /// The source `pairs` give the cue `cue`, if any.
    fn source_for(pairs: Vec<(Option<String>, String)>, cue: &str) -> Option<String> {
        pairs
            .into_iter()
            .find(|(_, found)| found == cue)
            .and_then(|(source, _)| source)
    }

    #[test]
    fn fragments_give_way_to_their_phrase() {
        let pair = |source: Option<&str>, cue: &str| (source.map(str::to_string), cue.to_string());
        // An adverb of the verb group is the cue's, the subject the source.
        assert_eq!(
            sources_and_cues("The mayor has long said that the bridge will be rebuilt by spring."),
            vec![pair(Some("The mayor"), "has long said")]
        );
        assert_eq!(
            sources_and_cues("Her neighbors have always insisted the dog never barked at night."),
            vec![pair(Some("Her neighbors"), "have always insisted")]
        );
        // A lone determiner opens the phrase before the cue.
        assert_eq!(
            sources_and_cues("The retired engineer, saying the dam was unsafe, called the county office."),
            vec![pair(Some("The retired engineer"), "saying")]
        );
        // A possessive before a noun cue stays alone: its words are the cue's.
        let found = sources_and_cues("His stern warning that the river would flood went unheeded.");
        assert!(found.iter().all(|(source, _)| source.as_deref() != Some("His stern")));
    }

    #[test]
    fn the_subject_of_a_passive_of_others_is_no_source() {
        let passive = sources_and_cues("The driver is accused of hitting three parked cars on Elm Street.");
        assert!(passive.iter().any(|(_, cue)| cue.starts_with("is accused")));
        assert!(passive.iter().all(|(source, _)| source.is_none()));
        let asked = sources_and_cues("The mayor was asked about the budget gap at the meeting.");
        assert!(asked.iter().all(|(source, _)| source.is_none()));
        // An active cue keeps its subject.
        assert_eq!(
            sources_and_cues("The prosecutor accused the driver of lying to the court."),
            vec![(Some("The prosecutor".to_string()), "accused".to_string())]
        );
    }

    #[test]
    fn participles_take_the_subject_of_their_sentence() {
        let source_of = |text: &str, cue: &str| source_for(sources_and_cues(text), cue);
        assert_eq!(
            source_of(
                "The county spokesman closed the road on Friday, saying the bridge was unsafe.",
                "saying"
            )
            .as_deref(),
            Some("The county spokesman")
        );
        assert_eq!(
            source_of(
                "After the vote, Martinez left the hall, insisting the count was wrong.",
                "insisting"
            )
            .as_deref(),
            Some("Martinez")
        );
        // A thing is no speaker: the participle keeps no source.
        assert_eq!(
            source_of(
                "The storm flooded the valley, forcing families to leave their homes.",
                "forcing"
            ),
            None
        );
    }

    #[test]
    fn a_word_capitalized_only_by_its_place_names_no_one() {
        let source_of = |text: &str, cue: &str| source_for(sources_and_cues_with_entities(text), cue);
        // A common noun opening the sentence, written in lower case elsewhere.
        let flood = "Flooding closed the county road on Tuesday, warning drivers to stay away from the river. \
                     The flooding lasted two days.";
        assert_eq!(source_of(flood, "warning"), None);
        // A participle leading its complement, written nowhere else in lower case.
        let asked = "Asked about the delay, the engineer shrugged and said the parts had not arrived.";
        assert_ne!(source_of(asked, "said").as_deref(), Some("Asked"));
        let worried = "Worried about the storm, residents packed the hall on Monday, saying the levee was weak.";
        assert_ne!(source_of(worried, "saying").as_deref(), Some("Worried"));
        // A surname that is also a common word stays when the article names its bearer.
        let manning = "Coach Tom Manning praised the young team. Manning closed the practice early, saying the \
                       players needed rest. The manning of the booth fell to volunteers.";
        assert_eq!(source_of(manning, "saying").as_deref(), Some("Manning"));
        // A plural noun opening the sentence stays, as in PolNeAR.
        let critics = "Critics closed ranks on Monday, saying the cables had rusted. Two critics left.";
        assert_eq!(source_of(critics, "saying").as_deref(), Some("Critics"));
    }

    #[test]
    fn a_contracted_pronoun_is_the_source_and_its_auxiliary_the_cue() {
        let pair = |source: &str, cue: &str| (Some(source.to_string()), cue.to_string());
        assert_eq!(
            sources_and_cues("He's said that the new plan will not work."),
            vec![pair("He", "'s said")]
        );
        assert_eq!(
            sources_and_cues("She’d told the board that the vote would be close."),
            vec![pair("She", "’d told")]
        );
        // In the passive the subject did not speak: the pronoun is not split off as a source.
        let passive = sources_and_cues("We're told the driver was taken to a hospital.");
        assert!(passive.iter().all(|(source, _)| source.as_deref() != Some("We")));
        let suspected = sources_and_cues("He's suspected of shooting five people on Main Street.");
        assert!(suspected.iter().all(|(source, _)| source.as_deref() != Some("He")));
        for said_to in [
            "He's said to be furious about the delay at the plant.",
            "They're said to have warned the council twice about the roof.",
        ] {
            let found = sources_and_cues(said_to);
            assert!(
                found
                    .iter()
                    .all(|(source, _)| !matches!(source.as_deref(), Some("He" | "They"))),
                "{found:?}"
            );
        }
        // A name with a possessive is left alone.
        let possessive = sources_and_cues("The mayor's aide said the vote would be close.");
        assert!(possessive
            .iter()
            .all(|(source, _)| source.as_deref() != Some("The mayor")));
    }

    #[test]
    fn a_second_verb_of_the_clause_takes_its_subject() {
        let source_of = |text: &str, cue: &str| source_for(sources_and_cues(text), cue);
        assert_eq!(
            source_of(
                "The county spokesman held a briefing at the library and warned that the roof would leak.",
                "warned"
            )
            .as_deref(),
            Some("The county spokesman")
        );
        // A thing is no speaker: the cue keeps no source.
        assert_eq!(
            source_of(
                "The storm flooded the valley and warned that the roof would leak.",
                "warned"
            ),
            None
        );
        // The subject of a main clause with "be" is acted on: no speaker.
        assert_eq!(
            source_of(
                "The county spokesman was placed on leave and ordered to repay the funds.",
                "ordered"
            )
            .as_deref()
            .filter(|source| source.contains("spokesman")),
            None
        );
    }

    #[test]
    fn an_opening_participle_takes_the_subject_after_its_comma() {
        let source_of = |text: &str, cue: &str| source_for(sources_and_cues(text), cue);
        assert_eq!(
            source_of(
                "After announcing that the bridge would reopen in May, the county spokesman left the meeting early.",
                "announcing"
            )
            .as_deref(),
            Some("the county spokesman")
        );
        assert_eq!(
            source_of(
                "While insisting that the count was fair, the mayor ordered a recount.",
                "insisting"
            )
            .as_deref(),
            Some("the mayor")
        );
    }

    #[test]
    fn a_source_holding_a_clause_of_its_own_names_no_one() {
        let source_of = |text: &str, cue: &str| {
            sources_and_cues(text)
                .into_iter()
                .find(|(_, found)| found == cue)
                .and_then(|(source, _)| source)
        };
        // The clause before the participle is no apposition: its subject speaks.
        assert_eq!(
            source_of(
                "Frustrated, Carver left the meeting early, telling reporters that the plan would fail.",
                "telling"
            )
            .as_deref(),
            Some("Carver")
        );
        let angry = source_of("Angry, the mayor left the hall, saying the vote was rigged.", "saying");
        assert!(
            angry.as_deref().is_none_or(|source| !source.contains("left")),
            "{angry:?}"
        );
        // A participle of a reduced relative is no verb of the source's own.
        assert_eq!(
            source_of(
                "A man shot in the leg told police that he did not see the gunman.",
                "told"
            )
            .as_deref(),
            Some("A man shot in the leg")
        );
    }

    #[test]
    fn a_second_verb_after_an_adverb_takes_the_main_subject() {
        for text in [
            "The mayor met the engineers and then said the bridge would close.",
            "The mayor met the engineers and angrily told them that the bridge would close.",
        ] {
            assert_eq!(sources_of(text), vec![Some("The mayor".to_string())], "{text}");
        }
    }

    #[test]
    fn a_contraction_reads_as_its_full_form() {
        // In the passive the subject did not speak, contracted or not.
        for text in [
            "I'm told the ferry was delayed by the storm.",
            "I am told the ferry was delayed by the storm.",
            "She's expected to announce that the clinic will close.",
            "She is expected to announce that the clinic will close.",
        ] {
            let found = sources_of(text);
            assert!(
                !found.is_empty() && found.iter().all(Option::is_none),
                "{text}: {found:?}"
            );
        }
        // A question word asks who speaks.
        let question = sources_of("Who's saying that the clinic will close?");
        assert!(question.iter().all(Option::is_none), "{question:?}");
        // An active contraction still gives its pronoun.
        assert_eq!(
            sources_of("She's argued that the clinic should stay open."),
            vec![Some("She".to_string())]
        );
    }

    #[test]
    fn a_subject_before_an_aside_is_the_source() {
        // A relative clause, an adverbial or a participle between the
        // subject and a cue the rules do not know.
        for (text, cue, source) in [
            (
                "Councilwoman Ruth Diaz, who has fought the plan for months, reiterated her demand for a hearing.",
                "reiterated",
                "Councilwoman Ruth Diaz",
            ),
            (
                "The harbor master, whose office faces a deficit, seldom speaks of the problem in public.",
                "seldom speaks of",
                "The harbor master",
            ),
            (
                "Residents of the block, on the other hand, argued that the fire was an accident.",
                "argued",
                "Residents of the block",
            ),
            (
                "The principal, when asked about the fight, responded that the school was safe.",
                "responded",
                "The principal",
            ),
        ] {
            let pairs = sources_and_cues(text);
            assert_eq!(
                source_for(pairs.clone(), cue).as_deref(),
                Some(source),
                "{text}: {pairs:?}"
            );
        }
        // The subject of a passive did not speak.
        let pairs = sources_and_cues("Ortega, 31, is accused of threatening two clerks at the bakery.");
        assert!(pairs.iter().all(|(source, _)| source.is_none()), "{pairs:?}");
    }

    #[test]
    fn a_participle_opening_the_sentence_takes_the_main_subject() {
        let pairs = sources_and_cues("Citing the cost of the repairs, the mayor said the pool would close.");
        assert_eq!(
            source_for(pairs.clone(), "Citing").as_deref(),
            Some("the mayor"),
            "{pairs:?}"
        );
    }

    #[test]
    fn a_source_holds_no_clause_of_the_writer() {
        let pairs = sources_and_cues("Angry, the mayor left the hall, saying the vote had been rigged.");
        assert_eq!(
            source_for(pairs.clone(), "saying").as_deref(),
            Some("the mayor"),
            "{pairs:?}"
        );
        let pairs = sources_and_cues("According to police this was not a random attack.");
        assert_eq!(
            source_for(pairs.clone(), "According to").as_deref(),
            Some("police"),
            "{pairs:?}"
        );
        // The source's own clause stays the source's.
        for (text, cue) in [
            (
                "According to documents they have obtained, the company owed $40,000 in back taxes.",
                "According to",
            ),
            (
                "The company owed back taxes, according to documents they have obtained.",
                "according to",
            ),
        ] {
            let pairs = sources_and_cues(text);
            assert_eq!(
                source_for(pairs.clone(), cue).as_deref(),
                Some("documents they have obtained"),
                "{text}: {pairs:?}"
            );
        }
        let pairs = sources_and_cues("\"We searched the house twice,\" said Ramirez and then he left the room.");
        assert_eq!(
            source_for(pairs.clone(), "said").as_deref(),
            Some("Ramirez"),
            "{pairs:?}"
        );
        let pairs = sources_and_cues("A reporter learned Ortega told detectives that the car was stolen.");
        assert_eq!(
            source_for(pairs.clone(), "told").as_deref(),
            Some("Ortega"),
            "{pairs:?}"
        );
        // Names joined by "and" stay one source.
        let pairs = sources_and_cues("\"The road is closed,\" said Ramirez and Ortega.");
        assert_eq!(
            source_for(pairs.clone(), "said").as_deref(),
            Some("Ramirez and Ortega"),
            "{pairs:?}"
        );
    }

    #[test]
    fn a_name_ending_like_a_participle_is_a_subject_before_an_aside() {
        for (text, source) in [
            (
                "Mohammed Salah, who scored twice on Sunday, reiterated his demand for a new contract.",
                "Mohammed Salah",
            ),
            (
                "Sterling Brown, who has run the shop for years, reiterated his demand for a hearing.",
                "Sterling Brown",
            ),
        ] {
            let pairs = sources_and_cues(text);
            let cue = if text.contains("insisted") {
                "insisted"
            } else {
                "reiterated"
            };
            assert_eq!(
                source_for(pairs.clone(), cue).as_deref(),
                Some(source),
                "{text}: {pairs:?}"
            );
        }
    }

    #[test]
    fn a_source_within_an_aside_gives_way_to_the_subject() {
        let pairs = sources_and_cues(
            "Ortega, who has opposed the plan since the Harbor Institute first proposed it, warned against a rushed vote.",
        );
        assert_eq!(
            source_for(pairs.clone(), "warned against").as_deref(),
            Some("Ortega"),
            "{pairs:?}"
        );
    }
}
