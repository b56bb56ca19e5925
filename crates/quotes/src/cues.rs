//! The cue lexicon: the words that introduce a quote or an attributed
//! statement ("said", "insisted", "according to", "a déclaré"…), with
//! what each implies for the shape of the sentence around it.
//!
//! English verbs are listed once, as lemmas; their inflections (`-s`,
//! `-ed`, `-ing`) are generated when the lexicon is first used, with
//! irregular forms written out. A few French, German and Spanish forms are
//! listed as they are written. The whole lexicon lives in one
//! [`OnceLock`]ed map from the lower-case word to its [`Cue`].

use std::collections::HashMap;
use std::sync::OnceLock;

use chorus_model::hash::{term_hash, TermMap};

/// How a cue word shapes its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frame {
    /// A verb of saying or thinking: "said", "insisted", "believes". The
    /// source is its subject; the content follows it (often with "that") or
    /// precedes it ("…, he said").
    Speech,
    /// A verb whose object is the addressee, skipped before the content:
    /// "told reporters that…", "urged Congress to…", "warned allies that…".
    Addressee,
    /// A verb whose object is part of what is said: "accused Y of…",
    /// "blamed Y for…", "denied the claims". The content starts right after
    /// the verb.
    Object,
    /// A weaker verb of thinking or feeling ("thinks", "fears"):
    /// only a cue when a clause follows it.
    Belief,
    /// A preposition whose object is the source: "according to", "selon",
    /// "laut", "según".
    Preposition,
    /// A verb of wanting, planning or deciding: "wants to", "plans to",
    /// "hopes that". A cue only with a subject and an infinitive or a
    /// clause after it; the content starts at "to".
    Intent,
    /// A raising verb: "X seemed to …", "X appears to …", "X is expected
    /// to …". The stance is the writer's: no source, and the content is
    /// the subject and the infinitive, in two parts.
    Raising,
    /// A noun of saying or deciding after a possessive: "his decision to
    /// …", "Trump's claim that …", "her criticism of …". The possessive is
    /// the source.
    Noun,
}

/// What form of the verb a cue word is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// Base, present or past: "say", "says", "said". Can have a subject.
    Finite,
    /// The `-ing` form: "saying", "adding". After a comma it continues the
    /// clause of another verb, whose subject is its source.
    Gerund,
    /// A preposition or a form without inflection.
    Other,
}

/// One entry of the lexicon.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cue {
    /// The shape of the sentence around it.
    pub frame: Frame,
    /// The form of the word.
    pub form: Form,
    /// Whether the word is often a noun too ("report", "calls"),
    /// so that it is a cue only with a clear subject or clause.
    pub ambiguous: bool,
    /// Whether it is a French, German or Spanish form, whose auxiliaries
    /// ("a dit") are not English determiners.
    pub foreign: bool,
    /// The second word of a two-word cue ("according" + "to", "called" +
    /// "on", "pointed" + "out"); the first word alone is not this cue.
    pub particle: Option<&'static str>,
}

/// English verbs of saying. A trailing `*` doubles the final consonant
/// before `-ed` and `-ing` ("admit*" → "admitted").
const SPEECH: &[&str] = &[
    "add",
    "acknowledge",
    "admit*",
    "affirm",
    "agree",
    "allege",
    "announce",
    "answer",
    "argue",
    "assert",
    "boast",
    "brag*",
    "caution",
    "claim",
    "comment",
    "complain",
    "concede",
    "conclude",
    "confess",
    "confirm",
    "contend",
    "continue",
    "counter",
    "declare",
    "describe",
    "disclose",
    "emphasise",
    "emphasize",
    "estimate",
    "explain",
    "exclaim",
    "grumble",
    "highlight",
    "hint",
    "insist",
    "joke",
    "lament",
    "maintain",
    "mention",
    "muse",
    "note",
    "object",
    "observe",
    "predict",
    "proclaim",
    "protest",
    "quip*",
    "reaffirm",
    "react",
    "recall",
    "recount",
    "reiterate",
    "remark",
    "repeat",
    "reply",
    "report",
    "respond",
    "retort",
    "reveal",
    "say",
    "scoff",
    "shout",
    "signal*",
    "speculate",
    "state",
    "stress",
    "suggest",
    "swear",
    "testify",
    "tweet",
    "underline",
    "underscore",
    "vow",
    "whisper",
    "wonder",
    "worry",
    "write",
    "yell",
    "concur*",
    "post",
    "indicate",
    "declare",
    "specify",
    "clarify",
    "elaborate",
    "posit",
    "theorize",
    "surmise",
    "reckon",
    "conclude",
    "find",
    "show",
    "demand",
    "pledge",
    "propose",
    "recommend",
    "question",
    "ask",
    "admonish",
    "threaten",
    "predict",
    "guarantee",
    "assess",
    "forecast",
    "calculate",
    "contest",
    "dispute",
    "acknowledge",
    "reason",
    "imply",
    "tout",
    "boast",
    "plead",
    "beg*",
    "cry",
    "snap*",
    "charge",
    "thunder",
    "rule",
    "chant",
    "assert",
    "remark",
    "wonder",
    "emphasize",
    "recount",
    "reply",
    "respond",
    "concur*",
    "lament",
    "bemoan",
];

/// English verbs whose object is the addressee.
const ADDRESSEE: &[&str] = &[
    "tell",
    "inform",
    "assure",
    "reassure",
    "remind",
    "warn",
    "advise",
    "notify",
    "urge",
    "promise",
    "brief",
    "caution",
    "instruct",
    "implore",
    "persuade",
    "convince",
    "email",
    "text",
    "encourage",
];

/// English verbs whose object is part of the content.
const OBJECT: &[&str] = &[
    "accuse",
    "blame",
    "criticize",
    "criticise",
    "praise",
    "hail",
    "deny",
    "reject",
    "dismiss",
    "condemn",
    "denounce",
    "decry",
    "applaud",
    "welcome",
    "defend",
    "slam*",
    "blast",
    "attack",
    "mock",
    "ridicule",
    "deride",
    "rebuke",
    "chide",
    "fault",
    "credit",
    "thank",
    "congratulate",
    "endorse",
    "support",
    "oppose",
    "cite",
    "quote",
    "call",
    "label",
    "brand",
    "dub*",
    "term",
    "refute",
    "rebut*",
    "downplay",
    "play",
    "recommend",
    "back",
    "question",
    "challenge",
    "describe",
    "characterize",
    "characterise",
    "compare",
    "liken",
    "lambast",
    "lambaste",
    "berate",
    "scold",
    "warn",
    "vow",
    "promise",
    "pledge",
    "announce",
    "confirm",
    "deny",
    "acknowledge",
    "concede",
    "admit*",
    "reveal",
    "predict",
    "express",
    "echo",
    "voice",
    "offer",
    "issue",
    "assail",
    "reference",
    "bemoan",
    "rail",
    "order",
    "seek",
    "refuse",
    "decline",
    "discuss",
    "disparage",
    "tout",
    "hail",
    "salute",
    "spurn",
    "snub*",
    "trash",
    "fault",
];

/// English verbs of thinking or feeling.
const BELIEF: &[&str] = &[
    "believe",
    "think",
    "feel",
    "hope",
    "fear",
    "expect",
    "doubt",
    "know",
    "suspect",
    "assume",
    "figure",
    "guess",
    "suppose",
    "imagine",
    "worry",
    "understand",
    "recognize",
    "recognise",
    "realize",
    "realise",
    "see",
    "want",
    "consider",
];

/// English verbs of wanting, planning and deciding.
const INTENT: &[&str] = &[
    "want", "plan*", "hope", "intend", "aim", "wish", "prefer*", "expect", "decide", "resolve", "hesitate", "strive",
];

/// English raising verbs (see [`Frame::Raising`]).
const RAISING: &[&str] = &["seem", "appear"];

/// Nouns that are cues after a possessive and before a complement.
const NOUNS: &[&str] = &[
    "decision",
    "plan",
    "plans",
    "promise",
    "promises",
    "pledge",
    "vow",
    "refusal",
    "proposal",
    "proposals",
    "threat",
    "call",
    "calls",
    "criticism",
    "criticisms",
    "claim",
    "claims",
    "assertion",
    "insistence",
    "suggestion",
    "argument",
    "demand",
    "demands",
    "warning",
    "warnings",
    "announcement",
    "allegation",
    "allegations",
    "endorsement",
    "support",
    "opposition",
    "praise",
    "attack",
    "attacks",
    "contention",
    "prediction",
    "admission",
    "denial",
    "defense",
    "defence",
    "embrace",
    "rejection",
    "condemnation",
    "desire",
    "hope",
    "hopes",
    "push",
    "opinion",
];

/// English verbs often met as nouns: cues only with a clear frame.
const AMBIGUOUS: &[&str] = &[
    "answer",
    "call",
    "charge",
    "claim",
    "comment",
    "counter",
    "demand",
    "estimate",
    "fear",
    "forecast",
    "hope",
    "joke",
    "note",
    "object",
    "pledge",
    "post",
    "promise",
    "question",
    "report",
    "rule",
    "show",
    "state",
    "text",
    "tweet",
    "vow",
    "back",
    "support",
    "term",
    "brand",
    "label",
    "play",
    "quote",
    "credit",
    "attack",
    "blast",
    "brief",
    "figure",
    "guess",
    "find",
    "doubt",
    "reason",
    "email",
    "welcome",
    "worry",
    "cry",
    "thunder",
    "contest",
    "dispute",
    "signal",
    "protest",
    "forecast",
    "challenge",
    "repeat",
    "decide",
    "consider",
    "voice",
    "offer",
    "issue",
    "order",
    "reference",
    "rail",
    "trash",
    "express",
    "echo",
    "discuss",
    "salute",
];

/// Forms that are nouns far more often than cues, left out of the lexicon.
const NOT_CUES: &[&str] = &[
    "state",
    "states",
    "post",
    "posts",
    "text",
    "texts",
    "back",
    "backs",
    "remarks",
    "comments",
    "emails",
    "attacks",
    "reports",
    "notes",
    "questions",
    "answers",
    "claims",
    "charges",
    "demands",
    "promises",
    "pledges",
    "quotes",
    "terms",
    "labels",
    "brands",
    "plays",
    "credits",
    "blasts",
    "briefs",
    "figures",
    "guesses",
    "doubts",
    "reasons",
    "welcomes",
    "estimates",
    "forecasts",
    "protests",
    "challenges",
    "disputes",
    "contests",
    "signals",
    "repeats",
    "jokes",
    "objects",
    "counters",
    "tweets",
    "vows",
    "rules",
    "cries",
    "thunders",
    "voices",
    "offers",
    "issues",
    "orders",
    "references",
    "rails",
    "chants",
    "echoes",
];

/// Irregular English forms: lemma, then its forms (all are [`Form::Finite`]
/// unless they end in `-ing`). Participles that are not also past tenses
/// ("written", "known") are left out: "a biography written by" is no cue.
const IRREGULAR: &[(&str, &[&str])] = &[
    ("say", &["say", "says", "said", "saying"]),
    ("tell", &["tell", "tells", "told", "telling"]),
    ("write", &["write", "writes", "wrote", "writing"]),
    ("think", &["think", "thinks", "thought", "thinking"]),
    ("feel", &["feel", "feels", "felt", "feeling"]),
    ("know", &["know", "knows", "knew", "knowing"]),
    ("see", &["see", "sees", "saw", "seeing"]),
    ("find", &["find", "finds", "found", "finding"]),
    ("swear", &["swear", "swears", "swore", "swearing"]),
    ("seek", &["seek", "seeks", "sought", "seeking"]),
    ("echo", &["echo", "echoes", "echoed", "echoing"]),
    (
        "understand",
        &["understand", "understands", "understood", "understanding"],
    ),
    ("show", &["show", "shows", "showed", "showing"]),
    ("forecast", &["forecast", "forecasts", "forecasting"]),
    ("agree", &["agree", "agrees", "agreed", "agreeing"]),
];

/// Multi-word and foreign cues, written as they appear: (words, frame).
/// Two-word entries give the particle that must follow the first word.
const PHRASES: &[(&str, Option<&str>, Frame, Form)] = &[
    ("according", Some("to"), Frame::Preposition, Form::Other),
    ("call", Some("on"), Frame::Addressee, Form::Finite),
    ("calls", Some("on"), Frame::Addressee, Form::Finite),
    ("called", Some("on"), Frame::Addressee, Form::Finite),
    ("calling", Some("on"), Frame::Addressee, Form::Gerund),
    ("call", Some("for"), Frame::Object, Form::Finite),
    ("calls", Some("for"), Frame::Object, Form::Finite),
    ("called", Some("for"), Frame::Object, Form::Finite),
    ("calling", Some("for"), Frame::Object, Form::Gerund),
    ("point", Some("out"), Frame::Speech, Form::Finite),
    ("points", Some("out"), Frame::Speech, Form::Finite),
    ("pointed", Some("out"), Frame::Speech, Form::Finite),
    ("pointing", Some("out"), Frame::Speech, Form::Gerund),
    ("pointed", Some("to"), Frame::Object, Form::Finite),
    ("points", Some("to"), Frame::Object, Form::Finite),
    ("referring", Some("to"), Frame::Object, Form::Gerund),
    ("referred", Some("to"), Frame::Object, Form::Finite),
    // French.
    ("selon", None, Frame::Preposition, Form::Other),
    ("d'après", None, Frame::Preposition, Form::Other),
    ("dit", None, Frame::Speech, Form::Finite),
    ("déclaré", None, Frame::Speech, Form::Finite),
    ("déclare", None, Frame::Speech, Form::Finite),
    ("affirmé", None, Frame::Speech, Form::Finite),
    ("affirme", None, Frame::Speech, Form::Finite),
    ("ajouté", None, Frame::Speech, Form::Finite),
    ("ajoute", None, Frame::Speech, Form::Finite),
    ("expliqué", None, Frame::Speech, Form::Finite),
    ("explique", None, Frame::Speech, Form::Finite),
    ("souligné", None, Frame::Speech, Form::Finite),
    ("souligne", None, Frame::Speech, Form::Finite),
    ("estimé", None, Frame::Speech, Form::Finite),
    ("estime", None, Frame::Speech, Form::Finite),
    ("indiqué", None, Frame::Speech, Form::Finite),
    ("assuré", None, Frame::Speech, Form::Finite),
    ("annoncé", None, Frame::Speech, Form::Finite),
    ("dénoncé", None, Frame::Object, Form::Finite),
    // German.
    ("laut", None, Frame::Preposition, Form::Other),
    ("zufolge", None, Frame::Preposition, Form::Other),
    ("sagte", None, Frame::Speech, Form::Finite),
    ("sagt", None, Frame::Speech, Form::Finite),
    ("erklärte", None, Frame::Speech, Form::Finite),
    ("betonte", None, Frame::Speech, Form::Finite),
    ("meinte", None, Frame::Speech, Form::Finite),
    ("warnte", None, Frame::Speech, Form::Finite),
    ("kritisierte", None, Frame::Object, Form::Finite),
    ("gesagt", None, Frame::Speech, Form::Finite),
    ("erklärt", None, Frame::Speech, Form::Finite),
    // Spanish.
    ("según", None, Frame::Preposition, Form::Other),
    ("dijo", None, Frame::Speech, Form::Finite),
    ("afirmó", None, Frame::Speech, Form::Finite),
    ("declaró", None, Frame::Speech, Form::Finite),
    ("explicó", None, Frame::Speech, Form::Finite),
    ("aseguró", None, Frame::Speech, Form::Finite),
    ("señaló", None, Frame::Speech, Form::Finite),
    ("agregó", None, Frame::Speech, Form::Finite),
    ("añadió", None, Frame::Speech, Form::Finite),
    ("dicho", None, Frame::Speech, Form::Finite),
    ("declarado", None, Frame::Speech, Form::Finite),
    ("afirmado", None, Frame::Speech, Form::Finite),
];

/// The lexicon: lower-case word → the cues it can start (one without a
/// particle, any number with one).
type Lexicon = HashMap<String, Vec<Cue>>;

/// The lexicon keyed by the word's hash (a lookup per token must be cheap),
/// with the word kept to rule out collisions.
type HashedLexicon = TermMap<(String, Vec<Cue>)>;

fn lexicon() -> &'static HashedLexicon {
    static LEXICON: OnceLock<HashedLexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        build()
            .into_iter()
            .map(|(word, cues)| (term_hash(&word), (word, cues)))
            .collect()
    })
}

/// The cues a lower-case word can start. Entries with a particle only
/// count when [`Cue::particle`] is the next word.
pub fn lookup(word: &str) -> &'static [Cue] {
    match lexicon().get(&term_hash(word)) {
        Some((entry, cues)) if entry == word => cues,
        _ => &[],
    }
}

fn build() -> Lexicon {
    let mut map: Lexicon = HashMap::new();
    // Later lists win for the frame of a verb listed twice: OBJECT and
    // ADDRESSEE are more specific than SPEECH.
    for (list, frame) in [
        (BELIEF, Frame::Belief),
        (INTENT, Frame::Intent),
        (RAISING, Frame::Raising),
        (SPEECH, Frame::Speech),
        (OBJECT, Frame::Object),
        (ADDRESSEE, Frame::Addressee),
    ] {
        for entry in list {
            let (lemma, double) = match entry.strip_suffix('*') {
                Some(lemma) => (lemma, true),
                None => (*entry, false),
            };
            let ambiguous = AMBIGUOUS.contains(&lemma);
            for form in inflections(lemma, double) {
                if NOT_CUES.contains(&form.as_str()) {
                    continue;
                }
                let kind = if form.ends_with("ing") && form != lemma {
                    Form::Gerund
                } else {
                    Form::Finite
                };
                let cue = Cue {
                    frame,
                    form: kind,
                    ambiguous,
                    foreign: false,
                    particle: None,
                };
                let entries = map.entry(form).or_default();
                entries.retain(|old| old.particle.is_some());
                entries.push(cue);
            }
        }
    }
    for &(word, particle, frame, form) in PHRASES {
        let foreign = !word.is_ascii()
            || !matches!(
                word,
                "according"
                    | "call"
                    | "calls"
                    | "called"
                    | "calling"
                    | "point"
                    | "points"
                    | "pointed"
                    | "pointing"
                    | "referring"
                    | "referred"
            );
        let cue = Cue {
            frame,
            form,
            ambiguous: false,
            foreign,
            particle,
        };
        let entries = map.entry(word.to_string()).or_default();
        if particle.is_none() {
            entries.retain(|old| old.particle.is_some());
        }
        entries.push(cue);
    }
    // Nouns come after the verb of the same spelling ("plans", "calls"):
    // tried when the verb reading fails.
    for noun in NOUNS {
        let cue = Cue {
            frame: Frame::Noun,
            form: Form::Other,
            ambiguous: true,
            foreign: false,
            particle: None,
        };
        map.entry(noun.to_string()).or_default().push(cue);
    }
    // Particle entries first, so that "called on" wins over "called".
    for entries in map.values_mut() {
        entries.sort_by_key(|cue| cue.particle.is_none());
    }
    map
}

/// The forms of an English verb: base, third person, past, `-ing`.
fn inflections(lemma: &str, double: bool) -> Vec<String> {
    if let Some((_, forms)) = IRREGULAR.iter().find(|(irregular, _)| *irregular == lemma) {
        return forms.iter().map(|form| form.to_string()).collect();
    }
    let mut forms = vec![lemma.to_string()];
    let consonant_y =
        lemma.ends_with('y') && !lemma.ends_with("ay") && !lemma.ends_with("ey") && !lemma.ends_with("oy");
    let stem = &lemma[..lemma.len().saturating_sub(1)];
    // Third person singular.
    forms.push(if consonant_y {
        format!("{stem}ies")
    } else if ["s", "sh", "ch", "x", "z", "o"].iter().any(|end| lemma.ends_with(end)) {
        format!("{lemma}es")
    } else {
        format!("{lemma}s")
    });
    // Past and participle.
    let last = lemma.chars().last().unwrap_or('a');
    forms.push(if double {
        format!("{lemma}{last}ed")
    } else if consonant_y {
        format!("{stem}ied")
    } else if lemma.ends_with('e') {
        format!("{lemma}d")
    } else {
        format!("{lemma}ed")
    });
    // Gerund.
    forms.push(if double {
        format!("{lemma}{last}ing")
    } else if lemma.ends_with("ee") || lemma.ends_with("ye") || lemma.ends_with("oe") {
        format!("{lemma}ing")
    } else if let Some(stem) = lemma.strip_suffix("ie") {
        format!("{stem}ying")
    } else if lemma.ends_with('e') {
        format!("{stem}ing")
    } else {
        format!("{lemma}ing")
    });
    forms
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections_follow_english_spelling() {
        assert_eq!(inflections("argue", false), ["argue", "argues", "argued", "arguing"]);
        assert_eq!(inflections("deny", false), ["deny", "denies", "denied", "denying"]);
        assert_eq!(inflections("admit", true), ["admit", "admits", "admitted", "admitting"]);
        assert_eq!(
            inflections("stress", false),
            ["stress", "stresses", "stressed", "stressing"]
        );
        assert_eq!(inflections("say", false), ["say", "says", "said", "saying"]);
        assert_eq!(
            inflections("convey", false),
            ["convey", "conveys", "conveyed", "conveying"]
        );
    }

    #[test]
    fn lookups() {
        assert_eq!(lookup("said")[0].frame, Frame::Speech);
        assert_eq!(lookup("told")[0].frame, Frame::Addressee);
        assert_eq!(lookup("accused")[0].frame, Frame::Object);
        assert_eq!(lookup("worries")[0].frame, Frame::Speech);
        assert_eq!(lookup("adding")[0].form, Form::Gerund);
        assert_eq!(lookup("according")[0].particle, Some("to"));
        let called = lookup("called");
        assert!(called[0].particle.is_some());
        assert!(called.iter().any(|cue| cue.particle.is_none()));
        assert!(lookup("table").is_empty());
    }
}
