//! Speakers: which entity of the article a source refers to.
//!
//! In order:
//!
//! 1. a source that overlaps a mention of an entity is that entity
//!    ("President Macron" → Emmanuel Macron);
//! 2. a pronoun refers back: "he"/"she" to the last person who spoke (or,
//!    when none has, the last person mentioned before), "they"/"it" to the
//!    last organization, "who"/"which" to the entity mentioned last before it
//!    in its sentence;
//! 3. a role ("the ministry", "the spokesman", or a capitalized title such
//!    as "French President") refers to an entity of the
//!    kind the role fits, mentioned before: an earlier speaker first (the
//!    most recent), else the most recent mention.
//!
//! Anything else has no speaker.

use chorus_model::{Entity, EntityKind, Span};

/// The head noun of a source, lower-cased: its last role noun ("the
/// Azerbaijani Foreign Ministry likewise" → "ministry"), else its last word.
fn head_word(source: &str) -> String {
    let words: Vec<String> = source
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let is_role = |w: &&String| PERSON_ROLES.contains(&w.as_str()) || ORGANIZATION_ROLES.contains(&w.as_str());
    words
        .iter()
        .rev()
        .find(is_role)
        .or(words.last())
        .cloned()
        .unwrap_or_default()
}

/// Role nouns that name an organization.
const ORGANIZATION_ROLES: &[&str] = &[
    "administration",
    "agency",
    "army",
    "authorities",
    "authority",
    "bank",
    "board",
    "cabinet",
    "campaign",
    "center",
    "centre",
    "commission",
    "committee",
    "company",
    "council",
    "court",
    "department",
    "embassy",
    "firm",
    "force",
    "forces",
    "government",
    "group",
    "institute",
    "kremlin",
    "military",
    "ministry",
    "network",
    "newspaper",
    "office",
    "organisation",
    "organization",
    "outlet",
    "paper",
    "parliament",
    "party",
    "police",
    "presidency",
    "service",
    "spokesperson's office",
    "team",
    "union",
    "website",
    "white house",
    "agency's",
];

/// Role nouns that name a person.
const PERSON_ROLES: &[&str] = &[
    "adviser",
    "advisor",
    "aide",
    "ambassador",
    "analyst",
    "candidate",
    "chairman",
    "chairwoman",
    "chief",
    "commander",
    "congressman",
    "congresswoman",
    "diplomat",
    "director",
    "envoy",
    "executive",
    "general",
    "governor",
    "head",
    "leader",
    "lawmaker",
    "lawyer",
    "mayor",
    "minister",
    "nominee",
    "official",
    "president",
    "premier",
    "prosecutor",
    "representative",
    "secretary",
    "senator",
    "source",
    "speaker",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "strategist",
    "attorney",
    "businessman",
    "billionaire",
    "mogul",
    "chancellor",
    "king",
    "queen",
    "prince",
    "pope",
    "rival",
    "opponent",
    "manager",
    "founder",
    "ceo",
    "host",
    "moderator",
    "officer",
    "woman",
    "man",
];

/// Resolves sources to entities over one article, in text order.
pub struct Resolver<'a> {
    text: &'a str,
    entities: &'a [Entity],
    /// Every mention: (start byte, end byte, entity), sorted by start.
    mentions: Vec<(u32, u32, usize)>,
    /// Speakers so far, in text order.
    speakers: Vec<usize>,
    /// The last word of each resolved source so far, with its speaker:
    /// "the official" refers back to "a Defense Department official".
    heads: Vec<(String, usize)>,
}

impl<'a> Resolver<'a> {
    /// A resolver over the entities of an article.
    pub fn new(text: &'a str, entities: &'a [Entity]) -> Resolver<'a> {
        let mut mentions: Vec<(u32, u32, usize)> = entities
            .iter()
            .enumerate()
            .flat_map(|(index, entity)| entity.mentions.iter().map(move |m| (m.start, m.end, index)))
            .collect();
        mentions.sort_unstable();
        Resolver {
            text,
            entities,
            mentions,
            speakers: Vec::new(),
            heads: Vec::new(),
        }
    }

    /// The speaker of a source; sources must come in text order, since
    /// pronouns and roles refer back to earlier speakers.
    pub fn resolve(&mut self, source: Option<Span>, sentence_start: u32) -> Option<usize> {
        let source = source?;
        let head = head_word(source.slice(self.text));
        let speaker = self
            .named(source)
            .or_else(|| self.same_role(&head))
            .or_else(|| self.referred(source, sentence_start));
        if let Some(speaker) = speaker {
            self.speakers.push(speaker);
            self.heads.push((head, speaker));
        }
        speaker
    }

    /// For a role ("the official"), the speaker of the latest source that
    /// ended with the same noun ("a U.S. Defense Department official").
    fn same_role(&self, head: &str) -> Option<usize> {
        if !(PERSON_ROLES.contains(&head) || ORGANIZATION_ROLES.contains(&head)) {
            return None;
        }
        self.heads
            .iter()
            .rev()
            .find(|(h, _)| h == head)
            .map(|&(_, speaker)| speaker)
    }

    /// The entity with a mention inside the source; the last such mention
    /// wins ("the spokesman for Macron" is Macron only with no better).
    fn named(&self, source: Span) -> Option<usize> {
        let first = self.mentions.partition_point(|m| m.1 <= source.start);
        let overlapping: Vec<&(u32, u32, usize)> = self.mentions[first..]
            .iter()
            .take_while(|m| m.0 < source.end)
            .filter(|m| m.1 > source.start)
            .collect();
        // Prefer a person or organization at the start of the source ("Mr.
        // Reid, who represents Nevada": Reid, not Nevada).
        overlapping
            .iter()
            .find(|m| self.entities[m.2].kind != EntityKind::Place)
            .or(overlapping.first())
            .map(|m| m.2)
    }

    fn referred(&self, source: Span, sentence_start: u32) -> Option<usize> {
        let words = source.slice(self.text).to_lowercase();
        let words = words.trim();
        let head = words
            .rsplit(|c: char| !c.is_alphanumeric() && c != '\'')
            .find(|w| !w.is_empty())
            .unwrap_or("");
        match words {
            "he" | "she" | "him" | "her" | "i" => self.last_speaker(Some(EntityKind::Person), source.start),
            "they" | "it" | "we" => self
                .last_speaker(Some(EntityKind::Organization), source.start)
                .or_else(|| self.last_speaker(None, source.start)),
            "who" | "which" => self.last_mentioned(None, source.start, sentence_start),
            _ => {
                let kind = if ORGANIZATION_ROLES.contains(&head)
                    || ORGANIZATION_ROLES.iter().any(|role| words.ends_with(role))
                {
                    EntityKind::Organization
                } else if PERSON_ROLES.contains(&head) {
                    EntityKind::Person
                } else {
                    return None;
                };
                // "the ministry", "a spokesman"; or a capitalized title used as a
                // name, "French President", "Foreign Minister".
                let determined = matches!(
                    words.split_whitespace().next(),
                    Some("the" | "a" | "an" | "its" | "his" | "her" | "their" | "one" | "another")
                );
                let titled = source.slice(self.text).trim_start().starts_with(char::is_uppercase);
                if !determined && !titled {
                    return None;
                }
                self.last_speaker(Some(kind), source.start)
            }
        }
    }

    /// The most recent speaker of a kind (any kind with `None`), else the
    /// most recent mention of that kind before `before`.
    fn last_speaker(&self, kind: Option<EntityKind>, before: u32) -> Option<usize> {
        let fits = |entity: usize| kind.is_none_or(|kind| self.entities[entity].kind == kind);
        self.speakers
            .iter()
            .rev()
            .copied()
            .find(|&speaker| fits(speaker))
            .or_else(|| self.last_mentioned(kind, before, 0))
    }

    /// The entity mentioned last before `before` and not before `since`.
    fn last_mentioned(&self, kind: Option<EntityKind>, before: u32, since: u32) -> Option<usize> {
        let end = self.mentions.partition_point(|m| m.0 < before);
        self.mentions[..end]
            .iter()
            .rev()
            .take_while(|m| m.0 >= since)
            .find(|m| match kind {
                Some(kind) => self.entities[m.2].kind == kind,
                None => self.entities[m.2].kind != EntityKind::Place,
            })
            .map(|m| m.2)
    }
}
