//! The lexicon: every word and phrase the stage knows (places, country
//! adjectives, organizations, titles, first names, cue and context words),
//! in one hash map built once per process from the tables of
//! [`gazetteer`], [`organizations`], [`people`] and [`context`].
//!
//! Keys are folded ([`push_key`]): lower case, no diacritics, hyphens as
//! spaces, no period at the end of a word. A phrase is the keys of its
//! words joined by spaces; its first word records how many words the
//! longest phrase starting with it has, so that phrase lookups stop early.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

pub(crate) use chorus_model::hash::FxHasher;

use crate::fold::fold_into;
use crate::gazetteer::{self, Naming, Place};
use crate::organizations::{self, KnownOrganization};
use crate::{context, people};

/// Bits of [`Lex::flags`].
pub(crate) mod flag {
    /// A title head: "President", "Minister", "Mr.".
    pub const TITLE: u32 = 1 << 0;
    /// A word inside a title before its head: "Prime", "Foreign".
    pub const TITLE_MODIFIER: u32 = 1 << 1;
    /// A word that makes a phrase an organization: "Ministry".
    pub const ORG_CUE: u32 = 1 << 2;
    /// An organization cue of a state institution.
    pub const STATE_CUE: u32 = 1 << 3;
    /// A word that makes a phrase a place: "County", "Street".
    pub const PLACE_CUE: u32 = 1 << 4;
    /// A common first name.
    pub const FIRST_NAME: u32 = 1 << 5;
    /// A capitalized word that is no name on its own: "Monday".
    pub const NOT_NAME: u32 = 1 << 6;
    /// A particle allowed inside any name: "de", "bin".
    pub const PARTICLE: u32 = 1 << 7;
    /// A small word allowed inside organization and place names: "of".
    pub const CONNECTOR: u32 = 1 << 8;
    /// A verb of speech: "said".
    pub const SPEECH: u32 = 1 << 9;
    /// A lower-case word after which a name is a person: "spokesman".
    pub const PERSON_BEFORE: u32 = 1 << 10;
    /// A lower-case word after which a name is an organization: "daily".
    pub const ORG_BEFORE: u32 = 1 << 11;
    /// A lower-case word before which a name is an organization: "agency".
    pub const ORG_AFTER: u32 = 1 << 12;
    /// A lower-case word after which a name may be a place: "in".
    pub const PLACE_BEFORE: u32 = 1 << 13;
    /// A lower-case word before which a name is a place: "district".
    pub const PLACE_AFTER: u32 = 1 << 14;
    /// The last part of "Britain-based", "Turkey-backed".
    pub const HYPHEN_SUFFIX: u32 = 1 << 15;
    /// The place of this entry is named by an acronym: match capitals only.
    pub const PLACE_CAPS_ONLY: u32 = 1 << 16;
    /// The organization of this entry is named by an acronym: match
    /// capitals only.
    pub const ORG_CAPS_ONLY: u32 = 1 << 17;
    /// A day of the week, which never continues a name ("Paul Thursday").
    pub const WEEKDAY: u32 = 1 << 18;
    /// A word that opens sentences before a name and is no part of it when
    /// capitalized only by position: "Two", "Call", "Multiple".
    pub const OPENER: u32 = 1 << 19;

    /// What makes a capitalized word known to be part of a name.
    pub const NAMEISH: u32 = TITLE | TITLE_MODIFIER | ORG_CUE | PLACE_CUE | FIRST_NAME;
}

/// No index.
const NONE: u16 = u16::MAX;

/// What the lexicon knows about one word or phrase.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Lex {
    /// [`flag`] bits.
    pub flags: u32,
    place: u16,
    adjective: u16,
    organization: u16,
    /// Most words of a known phrase that starts with this word.
    pub phrase_words: u8,
}

impl Default for Lex {
    fn default() -> Self {
        Lex {
            flags: 0,
            place: NONE,
            adjective: NONE,
            organization: NONE,
            phrase_words: 0,
        }
    }
}

impl Lex {
    /// Whether any of `bits` is set.
    pub fn has(&self, bits: u32) -> bool {
        self.flags & bits != 0
    }

    /// The place this names, if any; `capitals` says whether the text was
    /// written in capitals, which acronyms require.
    pub fn place(&self, capitals: bool) -> Option<u16> {
        (self.place != NONE && (capitals || !self.has(flag::PLACE_CAPS_ONLY))).then_some(self.place)
    }

    /// The country this is an adjective or demonym of, if any.
    pub fn adjective(&self) -> Option<u16> {
        (self.adjective != NONE).then_some(self.adjective)
    }

    /// The known organization this names, if any.
    pub fn organization(&self, capitals: bool) -> Option<u16> {
        (self.organization != NONE && (capitals || !self.has(flag::ORG_CAPS_ONLY))).then_some(self.organization)
    }

    /// Whether this is known to be (part of) a name: a place, an adjective,
    /// an organization, a title, a cue word or a first name.
    pub fn is_nameish(&self, capitals: bool) -> bool {
        self.has(flag::NAMEISH)
            || self.place(capitals).is_some()
            || self.adjective().is_some()
            || self.organization(capitals).is_some()
    }
}

/// The lexicon and the tables its entries point into.
pub(crate) struct Lexicon {
    entries: HashMap<Box<str>, Lex, BuildHasherDefault<FxHasher>>,
    /// The places, indexed by [`Lex::place`] and [`Lex::adjective`].
    pub places: Vec<Place>,
    /// The known organizations, indexed by [`Lex::organization`].
    pub organizations: Vec<KnownOrganization>,
    /// The country of each known organization, as a place index.
    organization_countries: Vec<Option<u16>>,
}

impl Lexicon {
    /// What the lexicon knows about a key, if anything.
    pub fn get(&self, key: &str) -> Option<&Lex> {
        self.entries.get(key)
    }

    /// Whether a place is a country.
    pub fn is_country(&self, place: u16) -> bool {
        self.places.get(usize::from(place)).is_some_and(|p| p.is_country)
    }

    /// The name of a place.
    pub fn place_name(&self, place: u16) -> &'static str {
        self.places.get(usize::from(place)).map_or("", |p| p.name)
    }

    /// The country a place lies in (itself for a country).
    pub fn country_of_place(&self, place: u16) -> Option<u16> {
        if self.is_country(place) {
            return Some(place);
        }
        self.places.get(usize::from(place)).and_then(|p| p.country)
    }

    /// The name of a known organization.
    pub fn organization_name(&self, organization: u16) -> &'static str {
        self.organizations.get(usize::from(organization)).map_or("", |o| o.name)
    }

    /// The country a known organization belongs to.
    pub fn organization_country(&self, organization: u16) -> Option<u16> {
        self.organization_countries
            .get(usize::from(organization))
            .copied()
            .flatten()
    }
}

/// The lexicon, built on first use.
pub(crate) fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(build)
}

/// Append the lexicon key of a word or phrase to `out`.
pub(crate) fn push_key(text: &str, out: &mut String) {
    // Most words are plain ASCII letters: lower-case them in place.
    if text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'\'') {
        let start = out.len();
        out.push_str(text);
        out[start..].make_ascii_lowercase();
        return;
    }
    let start = out.len();
    fold_into(text, out);
    // Hyphens separate words; a period ends an abbreviation, not the word.
    let mut key = String::with_capacity(out.len() - start);
    for word in out[start..].split(|c: char| c.is_whitespace() || c == '-') {
        let word = word.trim_end_matches('.');
        if word.is_empty() {
            continue;
        }
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(word);
    }
    out.truncate(start);
    out.push_str(&key);
}

/// Whether a table name is an acronym, which then matches text in capitals only.
fn is_acronym(name: &str) -> bool {
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    (2..=5).contains(&letters) && name.chars().all(|c| c.is_uppercase() || c == '.')
}

/// Build the lexicon from the tables.
fn build() -> Lexicon {
    let mut entries: HashMap<Box<str>, Lex, BuildHasherDefault<FxHasher>> = HashMap::default();
    let mut key = String::new();
    // Names of places and organizations give their first word a phrase
    // hint; words of the other lists ("President-elect") do not.
    let mut entry = |name: &str, hint: bool, entries: &mut HashMap<Box<str>, Lex, _>| -> Box<str> {
        key.clear();
        push_key(name, &mut key);
        let words = key.split(' ').count();
        if hint && words > 1 {
            if let Some(first) = key.split(' ').next() {
                let hint = entries.entry(first.into()).or_default();
                hint.phrase_words = hint.phrase_words.max(u8::try_from(words).unwrap_or(u8::MAX));
            }
        }
        entries.entry(key.as_str().into()).or_default();
        key.as_str().into()
    };

    let places = gazetteer::load(|name, naming| {
        let key = entry(name, true, &mut entries);
        let Some(lex) = entries.get_mut(&key) else {
            return;
        };
        match naming {
            Naming::Place(place) => {
                if lex.place == NONE {
                    lex.place = place;
                    if is_acronym(name) {
                        lex.flags |= flag::PLACE_CAPS_ONLY;
                    }
                } else if lex.place == place && !is_acronym(name) {
                    lex.flags &= !flag::PLACE_CAPS_ONLY;
                }
            }
            Naming::Adjective(country) => {
                if lex.adjective == NONE {
                    lex.adjective = country;
                }
            }
        }
    });
    let organizations = organizations::load(|name, organization| {
        let key = entry(name, true, &mut entries);
        let Some(lex) = entries.get_mut(&key) else {
            return;
        };
        if lex.organization == NONE {
            lex.organization = organization;
            if is_acronym(name) {
                lex.flags |= flag::ORG_CAPS_ONLY;
            }
        } else if lex.organization == organization && !is_acronym(name) {
            lex.flags &= !flag::ORG_CAPS_ONLY;
        }
    });
    let mut mark = |words: &mut dyn Iterator<Item = &str>, bits: u32| {
        for word in words {
            let key = entry(word, false, &mut entries);
            if let Some(lex) = entries.get_mut(&key) {
                lex.flags |= bits;
            }
        }
    };
    mark(&mut people::titles(), flag::TITLE | flag::PERSON_BEFORE);
    mark(&mut people::title_modifiers(), flag::TITLE_MODIFIER);
    mark(&mut people::first_names(), flag::FIRST_NAME);
    mark(&mut organizations::cues().map(|(cue, _)| cue), flag::ORG_CUE);
    mark(
        &mut organizations::cues().filter(|(_, state)| *state).map(|(cue, _)| cue),
        flag::STATE_CUE,
    );
    let lists = [
        (context::PERSON_BEFORE, flag::PERSON_BEFORE),
        (context::SPEECH_VERBS, flag::SPEECH),
        (context::ORGANIZATION_BEFORE, flag::ORG_BEFORE),
        (context::ORGANIZATION_AFTER, flag::ORG_AFTER),
        (context::PLACE_BEFORE, flag::PLACE_BEFORE),
        (context::PLACE_AFTER, flag::PLACE_AFTER),
        (context::PLACE_CUES, flag::PLACE_CUE),
        (context::PARTICLES, flag::PARTICLE),
        (context::CONNECTORS, flag::CONNECTOR),
        (context::HYPHEN_SUFFIXES, flag::HYPHEN_SUFFIX),
        (context::NOT_NAMES, flag::NOT_NAME),
        (context::WEEKDAYS, flag::NOT_NAME | flag::WEEKDAY),
        (context::OPENERS, flag::OPENER),
    ];
    for (list, bits) in lists {
        mark(&mut list.split_whitespace(), bits);
    }

    let organization_countries = organizations
        .iter()
        .map(|o| {
            o.country
                .and_then(|c| places.iter().position(|p| p.name == c))
                .and_then(|i| u16::try_from(i).ok())
        })
        .collect();
    Lexicon {
        entries,
        places,
        organizations,
        organization_countries,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn get(text: &str) -> Option<&'static Lex> {
        let mut key = String::new();
        push_key(text, &mut key);
        lexicon().get(&key)
    }

    #[test]
    fn keys_fold_hyphens_and_periods() {
        let mut key = String::new();
        push_key("Nagorno-Karabakh", &mut key);
        assert_eq!(key, "nagorno karabakh");
        key.clear();
        push_key("U.S.", &mut key);
        assert_eq!(key, "u.s");
        key.clear();
        push_key("Mr.", &mut key);
        assert_eq!(key, "mr");
    }

    #[test]
    fn finds_places_adjectives_and_acronyms() {
        let lexicon = lexicon();
        let turkey = get("Türkiye").and_then(|l| l.place(false));
        assert_eq!(turkey.map(|p| lexicon.place_name(p)), Some("Turkey"));
        let azeri = get("Azeri").and_then(Lex::adjective);
        assert_eq!(azeri.map(|p| lexicon.place_name(p)), Some("Azerbaijan"));
        let us = get("US");
        assert_eq!(us.and_then(|l| l.place(false)), None);
        assert_eq!(
            us.and_then(|l| l.place(true)).map(|p| lexicon.place_name(p)),
            Some("United States")
        );
        let moscow = get("Moscow").and_then(|l| l.place(false));
        assert!(moscow.is_some_and(|m| !lexicon.is_country(m)));
        assert!(get("Russia")
            .and_then(|l| l.place(false))
            .is_some_and(|r| lexicon.is_country(r)));
        assert!(get("Nagorno-Karabakh").and_then(|l| l.place(false)).is_some());
        assert!(get("nagorno").is_some_and(|l| l.phrase_words >= 2));
        let kremlin = get("Kremlin").and_then(|l| l.organization(false));
        let russia = kremlin.and_then(|k| lexicon.organization_country(k));
        assert_eq!(russia.map(|p| lexicon.place_name(p)), Some("Russia"));
        assert!(get("Ministry").is_some_and(|l| l.has(flag::ORG_CUE | flag::STATE_CUE)));
        assert!(get("Minister").is_some_and(|l| l.has(flag::TITLE)));
        assert!(get("Emmanuel").is_some_and(|l| l.has(flag::FIRST_NAME)));
    }
}
