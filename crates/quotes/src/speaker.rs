//! Speakers: which entity of the article a source refers to, and whether
//! the source is that entity or a role of it.
//!
//! In order:
//!
//! 1. a source whose head is a role and that names whose role it is, is
//!    that role of that entity: "Macron's office", "a Kremlin spokesman",
//!    "the office of Arman Tatoyan" (a possessive, a name before the role,
//!    or "of"/"for" and a name after it), "the country's representation at
//!    the OSCE" (the country named or speaking last; an organization after "at" or
//!    "to" is where the role sits, not whose it is);
//! 2. a source that overlaps a mention of an entity is that entity, the
//!    one at its head first ("Kremlin spokesman Dmitry Peskov" → Dmitry
//!    Peskov, "President Macron" → Emmanuel Macron);
//! 3. a country's adjective before an organization's role ("Azerbaijani
//!    diplomacy", "the Russian authorities"; demonyms are no mentions) is
//!    that role of the country, or the organization of that country named
//!    for the role ("the Azerbaijani ministry" → Azerbaijani Ministry of
//!    Defense); right before the role of a person who speaks for a state,
//!    without "the" ("a Turkish official"), that role of the country;
//!    "the French head of state" is the person last named with that
//!    adjective in a title ("French President Emmanuel Macron");
//! 4. a role ("the official") that ends an earlier resolved source ("a
//!    Defense Department official") is that source's speaker;
//! 5. a pronoun refers back: "he"/"she" to the last speaker who is a person
//!    or a person's role (or, when none has spoken, the last person
//!    mentioned before), "they" to the last speaker when its source named
//!    two ("Macron and Putin called …; they stressed …"), else "they"/"it"
//!    to the last organization or role of one ("they" never to one person
//!    nor a street or town: else a country or a plural role that spoke
//!    last), "who"/"which" to the entity
//!    mentioned last before it in its sentence;
//! 6. a counted group ("the two presidents", "both ministers", "the three
//!    countries") is the entities last named together before
//!    it, as many as it counts and of the kind its noun fits ("Macron and
//!    Putin", "Armenia, Azerbaijan and Turkey"), else, for a role of
//!    people, the last that many people named with that role as a title
//!    ("President Emmanuel Macron", … "President Vladimir Putin"); else
//!    it has no speaker, never one of them alone ("both sides" names no
//!    kind, and the sides of a conflict are seldom the last two named);
//! 7. another role ("the ministry", "the spokesman", or a capitalized title
//!    such as "French President") refers to an entity of the kind the role
//!    fits, mentioned before: an earlier speaker first (the most recent),
//!    else the most recent mention.
//!
//! Anything else has no speaker.

use chorus_model::{Entity, EntityKind, Span};

/// The head noun of a source, lower-cased: its last role noun ("the
/// Azerbaijani Foreign Ministry likewise" → "ministry"), else its last word.
fn head_word(source: &str) -> String {
    let mut words = source
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .rev()
        .map(lower_case);
    let Some(last) = words.next() else {
        return String::new();
    };
    let is_role = |w: &str| PERSON_ROLES.contains(&w) || ORGANIZATION_ROLES.contains(&w);
    if is_role(&last) {
        return last.into_owned();
    }
    words.find(|w| is_role(w)).unwrap_or(last).into_owned()
}

/// A word lower-cased as `str::to_lowercase` does, borrowed when it is
/// lower-case ASCII already (most words: no allocation).
fn lower_case(word: &str) -> std::borrow::Cow<'_, str> {
    if word.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        std::borrow::Cow::Borrowed(word)
    } else {
        std::borrow::Cow::Owned(word.to_lowercase())
    }
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
    "delegation",
    "department",
    "diplomacy",
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
    "mission",
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
    "representation",
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
    "ally",
    "supporter",
];

/// Who a source is: an entity, or a role of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Speaker {
    /// The entity (index into the article's entities).
    pub entity: usize,
    /// The words of the role, when the source is a role of the entity.
    pub role: Option<Span>,
}

/// Words that end the core of a source: what follows is an appositive, a
/// relative clause or a second source.
const CORE_ENDS: &[&str] = &[",", "(", " who ", " which ", " – ", " — ", " and ", " or "];

/// [`CORE_ENDS`] less the coordinations " and " and " or " (its last two).
const APPOSITION_ENDS: &[&str] = CORE_ENDS.split_at(CORE_ENDS.len() - 2).0;

/// Where the first of `ends` starts in `text` (its length when none
/// does): the least of their `str::find`s, in one pass over the bytes.
fn first_end(text: &str, ends: &[&str]) -> usize {
    let bytes = text.as_bytes();
    (0..bytes.len())
        .find(|&at| {
            ends.iter()
                .any(|end| bytes[at] == end.as_bytes()[0] && bytes[at..].starts_with(end.as_bytes()))
        })
        .unwrap_or(text.len())
}

/// Prepositions after a role that name whose role it is: "the office of
/// X", "a spokesman for X".
const OWNER_PREPOSITIONS: &[&str] = &["of", "for"];

/// Prepositions after a role that name where the role sits, not whose it
/// is: "Russia's envoy to the UN", "the country's representation at the
/// OSCE".
const SEAT_PREPOSITIONS: &[&str] = &["at", "to"];

/// Roles of people that speak for a state: "a Turkish official" is
/// Turkey's, "a Syrian fighter" or "Syrian sources" are not Syria's.
const STATE_PERSON_ROLES: &[&str] = &[
    "ambassador",
    "diplomat",
    "envoy",
    "official",
    "representative",
    "spokesman",
    "spokesperson",
    "spokeswoman",
];

/// Nouns of a counted group of people: "the two presidents", "both men".
const PERSON_GROUP_NOUNS: &[&str] = &[
    "president",
    "leader",
    "minister",
    "man",
    "woman",
    "premier",
    "chancellor",
    "senator",
    "candidate",
    "governor",
    "mayor",
    "diplomat",
    "ambassador",
    "official",
    "envoy",
];

/// Nouns of a counted group of countries: "the two countries", "both
/// governments".
const COUNTRY_GROUP_NOUNS: &[&str] = &["country", "nation", "state", "government", "neighbor", "neighbour"];

/// How many mentions back a counted group looks for those it counts.
const MAX_GROUP_LOOKBACK: usize = 200;

/// Possessives that refer back to the country named or speaking last: "the
/// country's representation".
const COUNTRY_ANAPHORS: &[&str] = &["country's", "country’s", "nation's", "nation’s"];

/// Resolves sources to entities over one article, in text order.
pub struct Resolver<'a> {
    text: &'a str,
    entities: &'a [Entity],
    /// Every mention: (start byte, end byte, entity), sorted by start.
    mentions: Vec<(u32, u32, usize)>,
    /// Speakers so far, in text order, with where their source starts.
    speakers: Vec<(Speaker, u32)>,
    /// The head word of each resolved source so far, with its speaker:
    /// "the official" refers back to "a Defense Department official".
    heads: Vec<(String, Speaker)>,
    /// Where the last speaker's source starts and the other speakers it
    /// named, when it named two or more ("Macron and Putin"): a "they"
    /// right after refers to them.
    coordinated: Option<(u32, Vec<usize>)>,
}

/// A source resolved: its speaker, and the others a coordinated source
/// names with it ("Yerevan and Baku": Yerevan, then Baku).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// The speaker the source names first (or refers to).
    pub speaker: Speaker,
    /// The other entities the source names beside it, in text order.
    pub co_speakers: Vec<usize>,
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
            coordinated: None,
        }
    }

    /// The speakers of a source; sources must come in text order, since
    /// pronouns and roles refer back to earlier speakers.
    pub fn resolve(&mut self, source: Option<Span>, sentence_start: u32) -> Option<Resolved> {
        let source = source?;
        // The core and its words, read once for the rules below.
        let core = self.core(source);
        let words = words_of(self.text, core);
        if let Some(group) = self.counted_group(source, &words) {
            let speaker = Speaker {
                entity: group.first()?.to_owned(),
                role: None,
            };
            let co_speakers = group[1..].to_vec();
            self.coordinated = Some((source.start, co_speakers.clone()));
            self.speakers.push((speaker, source.start));
            return Some(Resolved { speaker, co_speakers });
        }
        let head = head_word(self.without_affiliation(source, core).slice(self.text));
        if is_document(&words) {
            // "Court records indicate …": the document speaks, for the
            // author its source names ("a police report", "Chief Myers'
            // statement"), never for someone named near it.
            let speaker = self.document_author(source, core, &words)?;
            self.speakers.push((speaker, source.start));
            return Some(Resolved {
                speaker,
                co_speakers: Vec::new(),
            });
        }
        let speaker = self
            .role_of_named(core, &words)
            .or_else(|| self.named(source, core).map(|entity| Speaker { entity, role: None }))
            .or_else(|| self.role_of_country(&words))
            .or_else(|| {
                self.titled_by_adjective(core, &words)
                    .map(|entity| Speaker { entity, role: None })
            })
            .or_else(|| self.same_role(&head))
            .or_else(|| self.referred(source, sentence_start));
        let speaker = speaker?;
        let co_speakers = if self.names_two(source) {
            self.named_beside(source, speaker.entity)
        } else if self.refers_to_coordinated(source) {
            self.coordinated
                .as_ref()
                .map(|(_, others)| others.clone())
                .unwrap_or_default()
        } else {
            Vec::new()
        };
        self.coordinated = (!co_speakers.is_empty()).then(|| (source.start, co_speakers.clone()));
        self.speakers.push((speaker, source.start));
        if !Self::name_follows_role(&words, &head) {
            self.heads.push((head, speaker));
        }
        Some(Resolved { speaker, co_speakers })
    }

    /// The author a document source names: a mention inside it ("a Toledo
    /// Police Department statement"), or the organization a role word in
    /// it stands for ("the police report", the police named before). A
    /// person named in records ("Reyes's arrest warrant", "his court
    /// records") is who they are about, not who wrote them.
    fn document_author(&self, source: Span, core: Span, words: &[(usize, &str)]) -> Option<Speaker> {
        let about_someone = words
            .last()
            .is_some_and(|(_, word)| RECORDS.contains(&lower_case(word).as_ref()));
        let named = self
            .mentions_in(core)
            .iter()
            .find(|mention| self.entities[mention.2].kind != EntityKind::Place || !self.residence(mention))
            .map(|mention| mention.2);
        if let Some(entity) = named {
            if about_someone && self.entities[entity].kind == EntityKind::Person {
                return None;
            }
            return self.role_of_named(core, words).or(Some(Speaker { entity, role: None }));
        }
        let role = words
            .iter()
            .rev()
            .map(|(_, word)| lower_case(word))
            .find(|word| word != "court" && ORGANIZATION_ROLES.contains(&word.as_ref()))?;
        self.named_after_role(&role, source.start)
            .map(|entity| Speaker { entity, role: None })
    }

    /// The entities a counted group refers to, in the order they were
    /// named (see the module doc, rule 6), or `None` when the source is no
    /// counted group or they cannot be found. A counted group that is not
    /// found resolves to no one: the later rules would take one of them.
    fn counted_group(&self, source: Span, words: &[(usize, &str)]) -> Option<Vec<usize>> {
        let lower: Vec<String> = words.iter().map(|(_, w)| w.to_lowercase()).collect();
        let mut at = 0;
        if lower.get(at).is_some_and(|w| w == "the" || w == "all") {
            at += 1;
        }
        let count = match lower.get(at).map(String::as_str) {
            Some("two" | "both") => 2,
            Some("three") => 3,
            Some("four") => 4,
            _ => return None,
        };
        at += 1;
        while lower.get(at).is_some_and(|w| w == "of" || w == "the") {
            at += 1;
        }
        // One noun after the count, and nothing else: "both sides of the
        // conflict" has more to say, "two officials said" are new people.
        if at + 1 != lower.len() {
            return None;
        }
        let noun = singular(&lower[at]);
        let fits: fn(&Resolver, usize) -> bool = if PERSON_GROUP_NOUNS.contains(&noun.as_ref()) {
            |resolver, entity| resolver.entities[entity].kind == EntityKind::Person
        } else if COUNTRY_GROUP_NOUNS.contains(&noun.as_ref()) {
            |resolver, entity| resolver.is_country(entity)
        } else {
            return None;
        };
        if let Some(group) = self.named_together(source.start, count, fits, &noun) {
            return Some(group);
        }
        if noun != "leader" && PERSON_ROLES.contains(&noun.as_ref()) {
            return self.last_titled(source.start, count, &noun);
        }
        None
    }

    /// The last `count` entities that fit, named together before `before`:
    /// consecutive mentions joined by "and" or commas, with at most a
    /// title between ("Putin and French President Emmanuel Macron"), and
    /// for people of a role (`noun`), no title of another role.
    fn named_together(
        &self,
        before: u32,
        count: usize,
        fits: fn(&Resolver, usize) -> bool,
        noun: &str,
    ) -> Option<Vec<usize>> {
        let end = self.mentions.partition_point(|m| m.0 < before);
        let joined = |left: &(u32, u32, usize), right: &(u32, u32, usize)| {
            let Some(between) = self.text.get(left.1 as usize..right.0 as usize) else {
                return false;
            };
            let between = between.trim();
            let after_comma = between.strip_prefix(',').map(str::trim_start);
            let rest = after_comma.unwrap_or(between);
            let after_and = (rest == "and").then_some("").or_else(|| rest.strip_prefix("and "));
            let title = after_and.unwrap_or(rest);
            (after_comma.is_some() || after_and.is_some())
                && title.split_whitespace().count() <= 3
                && title
                    .split_whitespace()
                    .all(|word| word.starts_with(char::is_uppercase))
        };
        let mentions = &self.mentions[end.saturating_sub(MAX_GROUP_LOOKBACK)..end];
        // Runs of mentions joined together, the last run first.
        let mut run_end = mentions.len();
        while run_end > 0 {
            let mut run_start = run_end - 1;
            while run_start > 0 && joined(&mentions[run_start - 1], &mentions[run_start]) {
                run_start -= 1;
            }
            let mut group: Vec<usize> = Vec::new();
            for mention in &mentions[run_start..run_end] {
                if !group.contains(&mention.2) {
                    group.push(mention.2);
                }
            }
            let run = &mentions[run_start..run_end];
            let titled = !PERSON_GROUP_NOUNS.contains(&noun) || self.titles_fit(run, noun);
            if group.len() == count && group.iter().all(|&entity| fits(self, entity)) && titled {
                return Some(group);
            }
            run_end = run_start;
        }
        None
    }

    /// The last `count` people named before `before` with `role` in the
    /// title right before their name ("President Vladimir Putin"), in the
    /// order they were first named, when there are that many.
    fn last_titled(&self, before: u32, count: usize, role: &str) -> Option<Vec<usize>> {
        let end = self.mentions.partition_point(|m| m.0 < before);
        let mut people: Vec<usize> = Vec::new();
        for mention in self.mentions[end.saturating_sub(MAX_GROUP_LOOKBACK)..end].iter().rev() {
            if people.len() == count {
                break;
            }
            if self.entities[mention.2].kind != EntityKind::Person || people.contains(&mention.2) {
                continue;
            }
            if self.title_before(mention.0).iter().any(|word| word == role) {
                people.push(mention.2);
            }
        }
        (people.len() == count).then(|| people.into_iter().rev().collect())
    }

    /// The words of the title right before a mention starting at byte
    /// `at`, on its line and in its clause, lower-cased and in the
    /// singular: "French President Emmanuel Macron" → "president",
    /// "french".
    fn title_before(&self, at: u32) -> Vec<String> {
        let before = &self.text[..at as usize];
        let line = before.rsplit(['\n', '.', ',', ';', '“', '"']).next().unwrap_or(before);
        line.split_whitespace()
            .rev()
            .take(4)
            .map(|word| singular(&lower_case(word)).into_owned())
            .collect()
    }

    /// Whether people named together under titles ("President Anne Dupont
    /// and Ivan Petrov") may be a counted group of `role` ("both
    /// ministers"): no title names another role of a person; "leaders",
    /// "men" and "officials" fit any.
    fn titles_fit(&self, group: &[(u32, u32, usize)], role: &str) -> bool {
        if matches!(role, "leader" | "man" | "woman" | "official") {
            return true;
        }
        let titles: Vec<String> = group.iter().flat_map(|mention| self.title_before(mention.0)).collect();
        let roles: Vec<&String> = titles
            .iter()
            .filter(|word| PERSON_ROLES.contains(&word.as_str()))
            .collect();
        roles.is_empty() || roles.iter().any(|word| *word == role)
    }

    /// Whether a source is "they" right after a source that named two
    /// speakers or more: it is them.
    fn refers_to_coordinated(&self, source: Span) -> bool {
        source.slice(self.text).trim().eq_ignore_ascii_case("they")
            && self
                .coordinated
                .as_ref()
                .is_some_and(|(at, _)| Some(*at) == self.speakers.last().map(|s| s.1))
    }

    /// The entities a coordinated source names beside `speaker`, in text
    /// order: the source up to an appositive or a relative clause, split at
    /// each "and" outside a name ("Bosnia and Herzegovina" is one), each
    /// part naming its last person or organization ("French President
    /// Emmanuel Macron"), else, beside a place ("Yerevan and Baku"), the
    /// place that ends it unless that is where someone is from ("Stephanie
    /// Cates of Columbia"): a place speaks with places, as its government,
    /// not with people or offices ("Lawton Police and Cache"). A part that names
    /// no entity ("his aides") adds no one, and "or" names no one together.
    fn named_beside(&self, source: Span, speaker: usize) -> Vec<usize> {
        let text = source.slice(self.text);
        let cut = first_end(text, APPOSITION_ENDS);
        let whole = &text[..cut];
        if whole.contains(" or ") {
            return Vec::new();
        }
        let mut parts = Vec::new();
        let mut from = 0;
        for (at, _) in whole.match_indices(" and ") {
            let absolute = source.start + at as u32;
            let in_a_name = self
                .mentions_in(Span::new(absolute as usize, absolute as usize + 5))
                .iter()
                .any(|m| m.0 < absolute && m.1 > absolute + 5);
            if !in_a_name {
                parts.push(Span::new(source.start as usize + from, absolute as usize));
                from = at + " and ".len();
            }
        }
        parts.push(Span::new(
            source.start as usize + from,
            source.start as usize + whole.len(),
        ));
        let mut named = Vec::new();
        for part in parts {
            let mentions = self.mentions_in(part);
            let entity = mentions
                .iter()
                .rev()
                .find(|m| self.entities[m.2].kind != EntityKind::Place)
                .or_else(|| {
                    let beside_a_place = self.entities[speaker].kind == EntityKind::Place;
                    mentions
                        .iter()
                        .find(|m| beside_a_place && m.1 >= part.end && !self.residence(m))
                })
                .map(|m| m.2);
            if let Some(entity) = entity.filter(|&entity| entity != speaker && !named.contains(&entity)) {
                named.push(entity);
            }
        }
        named
    }

    /// Whether a mention is where someone is from ("…, 25, of Detroit,",
    /// "the immigrant from Nicaragua", "a sheriff in central Montana"):
    /// after "of", "from" or "in", with up to two plain lower-case words
    /// between.
    fn residence(&self, mention: &(u32, u32, usize)) -> bool {
        let before = &self.text[..mention.0 as usize];
        for word in before.split_whitespace().rev().take(3) {
            if matches!(lower_case(word).as_ref(), "of" | "from" | "in") {
                return true;
            }
            // Only plain lower-case words stand between: a mark ends the
            // phrase ("… in a statement.\n\nArmenia maintains", "In turn,
            // Armenia said").
            if !word.chars().all(char::is_lowercase) {
                return false;
            }
        }
        false
    }

    /// Whether the head role word of a source is followed by a name, as in
    /// "Murray police detective Jeff Maglish": the role is a title there,
    /// and a later "police" is not the same speaker.
    fn name_follows_role(words: &[(usize, &str)], head: &str) -> bool {
        let Some(at) = words.iter().rposition(|(_, w)| lower_case(w) == head) else {
            return false;
        };
        words[at + 1..].iter().any(|(_, w)| w.starts_with(char::is_uppercase))
    }

    /// For an organization's role ("the ministry", "police", "the court"),
    /// the organization whose name has that word ("Russian Foreign
    /// Ministry", "New Orleans Police Department", "District Court"): an
    /// earlier speaker first, else the last one mentioned before `before`.
    fn named_after_role(&self, role: &str, before: u32) -> Option<usize> {
        let fits = |entity: usize| {
            let entity = &self.entities[entity];
            entity.kind == EntityKind::Organization
                && entity
                    .name
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|word| word.eq_ignore_ascii_case(role))
        };
        self.speakers
            .iter()
            .rev()
            .filter(|(speaker, _)| speaker.role.is_none())
            .map(|(speaker, _)| speaker.entity)
            .find(|&entity| fits(entity))
            .or_else(|| {
                let end = self.mentions.partition_point(|m| m.0 < before);
                self.mentions[..end]
                    .iter()
                    .rev()
                    .map(|m| m.2)
                    .find(|&entity| fits(entity))
            })
    }

    /// What a speaker is: a person, an organization or a place, from its
    /// role when it has one ("Macron's office" is an organization, "a
    /// Kremlin spokesman" a person).
    fn kind(&self, speaker: Speaker) -> EntityKind {
        match speaker.role {
            Some(role) => {
                let head = head_word(role.slice(self.text));
                let head = singular(&head);
                if PERSON_ROLES.contains(&head.as_ref()) || RELATIONS.contains(&head.as_ref()) {
                    EntityKind::Person
                } else {
                    EntityKind::Organization
                }
            }
            None => self.entities[speaker.entity].kind,
        }
    }

    /// Whether a speaker's role is in the plural ("chiefs", "officials").
    fn plural_role(&self, speaker: Speaker) -> bool {
        speaker.role.is_some_and(|role| {
            let head = head_word(role.slice(self.text));
            singular(&head) != head
        })
    }

    /// The core of a source: up to an appositive, a relative clause or a
    /// second coordinated source ("Russia and Iran" → "Russia").
    fn core(&self, source: Span) -> Span {
        let text = source.slice(self.text);
        let cut = first_end(text, CORE_ENDS);
        let core = text[..cut].trim_end();
        Span::new(source.start as usize, source.start as usize + core.len())
    }

    /// A source without the affiliation set off after its core ("Capt. Ann
    /// Cole, of Monroe Police," → "Capt. Ann Cole"): the organization it
    /// names is where the speaker works, no role of theirs that a later
    /// "police" could refer back to.
    fn without_affiliation(&self, source: Span, core: Span) -> Span {
        let rest = self.text[core.end as usize..source.end as usize].trim_start_matches([',', ' ']);
        let affiliated = crate::source::AFFILIATION_PREPOSITIONS.iter().any(|preposition| {
            rest.strip_prefix(preposition)
                .is_some_and(|after| after.starts_with(' '))
        });
        if affiliated {
            core
        } else {
            source
        }
    }

    /// The mentions overlapping a span, in text order.
    fn mentions_in(&self, span: Span) -> &[(u32, u32, usize)] {
        let first = self.mentions.partition_point(|m| m.1 <= span.start);
        let last = first + self.mentions[first..].partition_point(|m| m.0 < span.end);
        &self.mentions[first..last]
    }

    /// A source whose head is a role of a named entity: "Macron's office",
    /// "An Iranian Foreign Ministry spokesman" (the name before the role),
    /// "the office of Armenia's Human Rights Defender Arman Tatoyan" (after
    /// it, past "of" or "for"). The role word must not be part of a name
    /// itself ("Russia's Security Council" is the council), and a
    /// capitalized title with no possessive is a title of a person, not a
    /// role ("French President").
    fn role_of_named(&self, core: Span, words: &[(usize, &str)]) -> Option<Speaker> {
        let mut words = words.to_vec();
        // The name after the role comes first: "the spokesman for the
        // Taliban's political office" is a spokesman.
        if let Some(speaker) = self.role_before_owner(core, &words) {
            return Some(speaker);
        }
        // What follows a role and "at" or "to" is where it sits.
        if let Some(seat) = words.iter().enumerate().position(|(at, (_, word))| {
            at > 0 && SEAT_PREPOSITIONS.contains(&lower_case(word).as_ref()) && is_role(words[at - 1].1)
        }) {
            words.truncate(seat);
        }
        // The name before the role: the role ends the core.
        if let Some(&(role_at, role_word)) = words.last().filter(|(_, w)| is_role(w) || is_relation(w)) {
            let role_span = Span::new(role_at, role_at + role_word.len());
            if !self.covered(role_span) {
                if let Some(speaker) = self.role_of_country_referred(&words, role_span) {
                    return Some(speaker);
                }
                let owner = self
                    .mentions_in(Span::new(core.start as usize, role_at))
                    .last()
                    .copied();
                if let Some((_, owner_end, entity)) = owner {
                    let between = self.text[owner_end as usize..role_at].trim_start();
                    let possessive = ["'s", "’s", "'", "’"].iter().find(|p| between.starts_with(*p));
                    let titled = role_word.starts_with(char::is_uppercase);
                    // "the Reuters news agency": an organization described,
                    // not one of its parts.
                    let described = possessive.is_none()
                        && self.entities[entity].kind == EntityKind::Organization
                        && ORGANIZATION_ROLES.contains(&lower_case(role_word).as_ref());
                    if described {
                        return Some(Speaker { entity, role: None });
                    }
                    if possessive.is_some() || !titled && !is_relation(role_word) {
                        let skipped = possessive.map_or(0, |p| p.len());
                        let role_start = owner_end as usize
                            + (self.text[owner_end as usize..role_at].len() - between.len())
                            + skipped;
                        let role = Span::new(role_start, role_at + role_word.len());
                        let role = trim_span(self.text, role);
                        if !role.is_empty() {
                            return Some(Speaker {
                                entity,
                                role: Some(role),
                            });
                        }
                    }
                }
            }
        }
        None
    }

    /// "the country's representation": the role, of the country named or
    /// speaking last before it. `words` end with the role.
    fn role_of_country_referred(&self, words: &[(usize, &str)], role: Span) -> Option<Speaker> {
        let (anaphor, _) = words.iter().enumerate().find(|(at, (_, word))| {
            COUNTRY_ANAPHORS.contains(&lower_case(word).as_ref())
                && *at > 0
                && words[at - 1].1.eq_ignore_ascii_case("the")
        })?;
        let role_start = words.get(anaphor + 1)?.0;
        let before = words[anaphor].0 as u32;
        // The country last named, or last speaking ("Azerbaijani diplomacy
        // said …"), whichever comes later.
        let end = self.mentions.partition_point(|m| m.0 < before);
        let mentioned = self.mentions[..end]
            .iter()
            .rev()
            .map(|m| (m.0, m.2))
            .find(|&(_, entity)| self.is_country(entity));
        let spoke = self
            .speakers
            .iter()
            .rev()
            .map(|&(speaker, at)| (at, speaker.entity))
            .find(|&(_, entity)| self.is_country(entity));
        let (_, country) = mentioned.into_iter().chain(spoke).max()?;
        Some(Speaker {
            entity: country,
            role: Some(Span::new(role_start, role.end as usize)),
        })
    }

    /// Whether an entity is a country ("Azerbaijan", not "Baku").
    fn is_country(&self, entity: usize) -> bool {
        let entity = &self.entities[entity];
        entity.kind == EntityKind::Place && chorus_entities::is_country(&entity.name)
    }

    /// A country's adjective before a role, with no mention in the source:
    /// "Azerbaijani diplomacy" is Azerbaijan's; "the Azerbaijani ministry"
    /// is the organization of Azerbaijan named for the role when the
    /// article has one. A person's role counts only without "the" ("a
    /// Turkish official"): "the French president" is someone the article
    /// has named, which the later rules find.
    fn role_of_country(&self, words: &[(usize, &str)]) -> Option<Speaker> {
        let &(role_at, role_word) = words.last()?;
        let lower = lower_case(role_word);
        let role = singular(&lower);
        let organization_role = ORGANIZATION_ROLES.contains(&role.as_ref());
        let definite = words.first().is_some_and(|(_, word)| word.eq_ignore_ascii_case("the"));
        let person_role =
            STATE_PERSON_ROLES.contains(&role.as_ref()) && !definite && !role_word.starts_with(char::is_uppercase);
        if !(organization_role || person_role) {
            return None;
        }
        let adjectives = &words[..words.len() - 1];
        // A person's role right after the adjective: "Syrian rebel sources"
        // are no sources of Syria's.
        let adjectives = if organization_role {
            adjectives
        } else {
            &adjectives[adjectives.len().saturating_sub(1)..]
        };
        let (adjective_at, country) = adjectives.iter().find_map(|&(at, word)| {
            let country =
                chorus_entities::country_of_adjective(word).filter(|_| word.starts_with(char::is_uppercase))?;
            Some((at, country))
        })?;
        if !self
            .mentions_in(Span::new(adjective_at, role_at + role_word.len()))
            .is_empty()
        {
            return None;
        }
        if organization_role {
            let named_for_role = self.entities.iter().position(|entity| {
                entity.kind == EntityKind::Organization
                    && entity.country.as_deref() == Some(country)
                    && entity
                        .name
                        .split(|c: char| !c.is_alphanumeric())
                        .any(|word| singular(&lower_case(word)) == role)
            });
            if let Some(entity) = named_for_role {
                return Some(Speaker { entity, role: None });
            }
        }
        let entity = self
            .entities
            .iter()
            .position(|entity| entity.kind == EntityKind::Place && entity.name == country)?;
        let role_start = words
            .iter()
            .find(|&&(at, _)| at > adjective_at)
            .map_or(role_at, |&(at, _)| at);
        Some(Speaker {
            entity,
            role: Some(Span::new(role_start, role_at + role_word.len())),
        })
    }

    /// "the French head of state", "the Russian leader": the person whose
    /// title held that adjective when last named before the source
    /// ("French President Emmanuel Macron").
    fn titled_by_adjective(&self, core: Span, words: &[(usize, &str)]) -> Option<usize> {
        let definite = words.first().is_some_and(|(_, word)| word.eq_ignore_ascii_case("the"));
        let head = head_word(core.slice(self.text));
        if !definite || !PERSON_ROLES.contains(&head.as_str()) {
            return None;
        }
        let adjective = words.iter().find_map(|&(at, word)| {
            let uncovered = self.mentions_in(Span::new(at, at + word.len())).is_empty();
            (uncovered && word.starts_with(char::is_uppercase) && chorus_entities::country_of_adjective(word).is_some())
                .then_some(word)
        })?;
        let end = self.mentions.partition_point(|m| m.0 < core.start);
        self.mentions[..end]
            .iter()
            .rev()
            .filter(|m| self.entities[m.2].kind == EntityKind::Person)
            .find(|m| {
                // The title: the words right before the name, on its line.
                let before = &self.text[..m.0 as usize];
                let line = before.rsplit(['\n', '.', ',', ';', '“', '"']).next().unwrap_or(before);
                line.split_whitespace().rev().take(4).any(|word| word == adjective)
            })
            .map(|m| m.2)
    }

    /// Whether a source names two speakers: "Putin and Macron", "French
    /// and Russian Presidents Emmanuel Macron and Vladimir Putin".
    fn names_two(&self, source: Span) -> bool {
        let mentions = self.mentions_in(source);
        let (Some(first), Some(last)) = (mentions.first(), mentions.last()) else {
            return false;
        };
        first.2 != last.2
            && self
                .text
                .get(first.1 as usize..last.0 as usize)
                .is_some_and(|between| between.contains(" and "))
    }

    /// "the office of X", "a spokesman for X": a role, then "of" or "for"
    /// and the name of whose role it is.
    fn role_before_owner(&self, core: Span, words: &[(usize, &str)]) -> Option<Speaker> {
        let preposition = words
            .iter()
            .position(|(_, w)| OWNER_PREPOSITIONS.contains(&lower_case(w).as_ref()))?;
        let &(role_at, role_word) = words[..preposition].last()?;
        let role_span = Span::new(role_at, role_at + role_word.len());
        if !(is_role(role_word) || is_relation(role_word))
            || self.covered(role_span)
            || !self.mentions_in(Span::new(core.start as usize, role_at)).is_empty()
        {
            return None;
        }
        let owner_from = words[preposition].0;
        let owners = self.mentions_in(Span::new(owner_from, core.end as usize));
        let owner = owners
            .iter()
            .find(|m| self.entities[m.2].kind != EntityKind::Place)
            .or(owners.first())?;
        let first_word = words
            .iter()
            .take(preposition)
            .find(|(_, w)| !matches!(lower_case(w).as_ref(), "the" | "a" | "an"))?;
        Some(Speaker {
            entity: owner.2,
            role: Some(Span::new(first_word.0, role_at + role_word.len())),
        })
    }

    /// Whether a span lies inside one mention (a role word that is part of
    /// a name: "Security Council").
    fn covered(&self, span: Span) -> bool {
        self.mentions_in(span)
            .iter()
            .any(|m| m.0 <= span.start && m.1 >= span.end)
    }

    /// For a role ("the official"), the speaker of the latest source that
    /// ended with the same noun ("a U.S. Defense Department official").
    fn same_role(&self, head: &str) -> Option<Speaker> {
        if !(PERSON_ROLES.contains(&head) || ORGANIZATION_ROLES.contains(&head)) {
            return None;
        }
        self.heads
            .iter()
            .rev()
            .find(|(h, _)| h == head)
            .map(|&(_, speaker)| speaker)
    }

    /// The entity with a mention inside the source: the one at the head of
    /// its core ("Kremlin spokesman Dmitry Peskov": Peskov), else the first
    /// person or organization ("Mr. Reid, who represents Nevada": Reid, not
    /// Nevada), else the first mention.
    fn named(&self, source: Span, core: Span) -> Option<usize> {
        let overlapping = self.mentions_in(source);
        let head = overlapping
            .iter()
            .filter(|m| m.1 >= core.end && m.0 < core.end)
            .find(|m| self.entities[m.2].kind != EntityKind::Place);
        head.or_else(|| {
            overlapping
                .iter()
                .find(|m| self.entities[m.2].kind != EntityKind::Place)
        })
        // A place speaks only as the head of the source ("Moscow said"),
        // never as a modifier ("a Detroit man") or from an appositive
        // ("Ashraf Ghani, Afghanistan's president").
        // nor as where someone is from ("…, of Detroit, pleaded").
        .or_else(|| {
            overlapping
                .iter()
                .find(|m| m.0 < core.end && m.1 >= core.end && !self.residence(m))
        })
        .map(|m| m.2)
    }

    fn referred(&self, source: Span, sentence_start: u32) -> Option<Speaker> {
        let words = source.slice(self.text).to_lowercase();
        let words = words.trim();
        let head = words
            .rsplit(|c: char| !c.is_alphanumeric() && c != '\'')
            .find(|w| !w.is_empty())
            .unwrap_or("");
        let entity_only = |entity: usize| Speaker { entity, role: None };
        match words {
            "he" | "she" | "him" | "her" | "i" => self
                .new_subject(source.start)
                .map(entity_only)
                .or_else(|| self.last_speaker(Some(EntityKind::Person), source.start, true)),
            "they" if self.refers_to_coordinated(source) => self.speakers.last().map(|s| s.0),
            "they" => self
                .last_speaker(Some(EntityKind::Organization), source.start, true)
                .or_else(|| self.last_group()),
            "it" | "we" => self
                .last_speaker(Some(EntityKind::Organization), source.start, true)
                .or_else(|| self.last_speaker(None, source.start, true)),
            "who" | "which" => self.last_mentioned(None, source.start, sentence_start).map(entity_only),
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
                    Some("the" | "its" | "his" | "her" | "their")
                );
                // A capital that only opens the sentence ("Authorities say",
                // "Police believe") makes no title; "French President" does.
                let opens_sentence = !self
                    .text
                    .get(sentence_start as usize..source.start as usize)
                    .is_some_and(|lead| lead.chars().any(char::is_alphanumeric));
                let capitalized: Vec<bool> = source
                    .slice(self.text)
                    .split_whitespace()
                    .map(|word| word.starts_with(char::is_uppercase))
                    .collect();
                // "A man touches…" (a caption) is someone new, not a title.
                let indefinite = matches!(words.split_whitespace().next(), Some("a" | "an"));
                let titled = if indefinite {
                    false
                } else if opens_sentence {
                    capitalized.len() >= 2 && capitalized.iter().all(|&c| c)
                } else {
                    capitalized.first() == Some(&true)
                };
                if !determined && !titled {
                    return None;
                }
                if kind == EntityKind::Organization {
                    if let Some(entity) = self.named_after_role(head, source.start) {
                        return Some(Speaker { entity, role: None });
                    }
                }
                self.last_speaker(Some(kind), source.start, false)
            }
        }
    }

    /// The most recent speaker of a kind (any kind with `None`), roles of
    /// entities included only `with_roles` (a pronoun can refer to "a
    /// Kremlin spokesman", a new role noun names someone else); else the
    /// most recent mention of that kind before `before`.
    fn last_speaker(&self, kind: Option<EntityKind>, before: u32, with_roles: bool) -> Option<Speaker> {
        self.speakers
            .iter()
            .rev()
            .map(|&(speaker, _)| speaker)
            .filter(|speaker| with_roles || speaker.role.is_none())
            // "EU chiefs agreed … he was angry": people in the plural are
            // no one person.
            .filter(|speaker| kind != Some(EntityKind::Person) || !self.plural_role(*speaker))
            .find(|&speaker| kind.is_none_or(|kind| self.kind(speaker) == kind))
            .or_else(|| {
                self.last_mentioned(kind, before, 0)
                    .map(|entity| Speaker { entity, role: None })
            })
    }

    /// For "they" when no organization fits: the last speaker that is no
    /// one person, a country or people named by a plural role ("Turkish
    /// officials"); "James Stover said … They believe …" is someone else,
    /// and so is a street or a town ("Neighbors on Giles Road …").
    fn last_group(&self) -> Option<Speaker> {
        self.speakers
            .iter()
            .rev()
            .map(|&(speaker, _)| speaker)
            .find(|&speaker| speaker.role.is_none() && self.is_country(speaker.entity) || self.plural_role(speaker))
    }

    /// A person who opens a sentence after the last person speaker's
    /// source and before `before` ("Prime Minister Nikol Pashinyan closed
    /// the door to talks. “…”, he replied"): the subject a later "he"
    /// continues, which outranks an earlier speaker. An organization
    /// speaking in between ("…, hours after a UN Security Council vote
    /// calling for an end to hostilities") names no new "he".
    fn new_subject(&self, before: u32) -> Option<usize> {
        let since = self
            .speakers
            .iter()
            .rev()
            .find(|&&(speaker, _)| self.kind(speaker) == EntityKind::Person)
            .map_or(0, |&(_, at)| at);
        let end = self.mentions.partition_point(|m| m.0 < before);
        self.mentions[..end]
            .iter()
            .rev()
            .take_while(|m| m.0 > since)
            .filter(|m| self.entities[m.2].kind == EntityKind::Person)
            .find(|m| opens_sentence(self.text, m.0 as usize))
            .map(|m| m.2)
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

/// The words of a span with their byte offsets: runs of letters, digits,
/// apostrophes, dots and hyphens.
fn words_of(text: &str, span: Span) -> Vec<(usize, &str)> {
    let slice = span.slice(text);
    let mut words = Vec::new();
    let mut start = None;
    for (at, c) in slice.char_indices().chain(std::iter::once((slice.len(), ' '))) {
        let inside = c.is_alphanumeric() || matches!(c, '\'' | '’' | '.' | '-');
        match (inside, start) {
            (true, None) => start = Some(at),
            (false, Some(from)) => {
                let word = slice[from..at].trim_end_matches(['.', '\'', '’']);
                if !word.is_empty() {
                    words.push((span.start as usize + from, word));
                }
                start = None;
            }
            _ => {}
        }
    }
    words
}

/// Whether the words before byte `at` in its sentence are at most a title
/// ("Prime Minister", "The French"): capitalized words, and no more than
/// four of them.
fn opens_sentence(text: &str, at: usize) -> bool {
    let before = &text[..at];
    let sentence_start = before
        .rfind(|c: char| matches!(c, '.' | '!' | '?' | '\n' | '”' | '"'))
        .map_or(0, |i| i + before[i..].chars().next().map_or(1, char::len_utf8));
    let lead: Vec<&str> = before[sentence_start..].split_whitespace().collect();
    lead.len() <= 4 && lead.iter().all(|word| word.starts_with(char::is_uppercase))
}

/// Whether a word is a role noun of a person or an organization, in the
/// singular or the plural ("lawyers", "allies"), that can be someone's
/// role: not "man" or "woman" ("a Detroit man", "a man of Detroit" is from
/// there, not its man).
pub(crate) fn is_role(word: &str) -> bool {
    let lower = lower_case(word);
    let singular = singular(&lower);
    !matches!(singular.as_ref(), "man" | "woman")
        && [lower.as_ref(), singular.as_ref()]
            .iter()
            .any(|form| PERSON_ROLES.contains(form) || ORGANIZATION_ROLES.contains(form))
}

/// The singular of a plural noun, as far as role nouns need it ("allies"
/// → "ally", "lawyers" → "lawyer"); other words as they are.
fn singular(lower: &str) -> std::borrow::Cow<'_, str> {
    if let Some(stem) = lower.strip_suffix("ies") {
        std::borrow::Cow::Owned(format!("{stem}y"))
    } else if let Some(stem) = lower.strip_suffix('s').filter(|stem| !stem.ends_with('s')) {
        std::borrow::Cow::Borrowed(stem)
    } else {
        std::borrow::Cow::Borrowed(lower)
    }
}

/// People named as a group by what they are, not by a role of an entity:
/// with [`PERSON_ROLES`], the heads of sources such as "Syrian rebel
/// fighters" or "witnesses at the scene".
const GROUP_NOUNS: &[&str] = &[
    "fighter",
    "rebel",
    "militant",
    "insurgent",
    "soldier",
    "witness",
    "resident",
    "activist",
    "investigator",
    "expert",
    "observer",
    "monitor",
    "doctor",
    "medic",
    "worker",
    "people",
    "member",
];

/// Words before a group's noun, or in the complement after it, that name
/// the institution it belongs to without a capital: "government
/// officials", "military sources", "officials at the ministry".
const AFFILIATIONS: &[&str] = &[
    "government",
    "governmental",
    "military",
    "army",
    "security",
    "intelligence",
    "defense",
    "defence",
    "police",
    "diplomatic",
    "rebel",
    "rebels",
    "opposition",
    "insurgents",
    "militants",
    "hospital",
    "medical",
    "health",
    "ministry",
    "embassy",
    "palace",
    "court",
    "campaign",
    "party",
    "administration",
    "presidential",
    "parliamentary",
];

/// Capitalized words that name no affiliation, besides days and months
/// (`chorus_text::is_english_weekday`, `is_english_month`): words that
/// open a sentence before a group ("Two", "Several", "Senior").
const NOT_AFFILIATIONS: &[&str] = &[
    "the", "an", "two", "three", "four", "several", "some", "many", "other", "senior", "top",
];

/// How many words before a group's noun may describe it.
const AFFILIATION_REACH: usize = 3;

/// Prepositions that open a complement saying where a group belongs:
/// "sources close to the Syrian insurgents", "officials in Ankara".
const AFFILIATION_PREPOSITIONS: &[&str] = &["to", "at", "in", "from", "within", "inside", "with", "of", "for"];

/// Whether a source that names no entity still says who speaks by their
/// affiliation: a role or group noun ("official", "sources", "diplomats",
/// "fighters") with a nationality, a capitalized name or an institution
/// before it ("Two Syrian rebel sources", "U.S. officials", "a senior
/// Turkish official", "government officials") or in a complement after it
/// ("sources close to the Syrian insurgents", "officials at the
/// ministry"). A bare group ("officials", "diplomats", "a senior
/// official") or one described by what it knows ("sources familiar with
/// the matter") is not: its affiliation is not given.
pub fn names_an_affiliation(source: &str) -> bool {
    let words = words_of(source, Span::new(0, source.len()));
    let is_group = |word: &str| {
        let lower = lower_case(word);
        // "a wound to the head": a body part far more often than a leader.
        if lower == "head" {
            return false;
        }
        let singular = singular(&lower);
        [lower.as_ref(), singular.as_ref()]
            .iter()
            .any(|form| PERSON_ROLES.contains(form) || GROUP_NOUNS.contains(form))
    };
    let Some(mut head) = words.iter().position(|(_, word)| is_group(word)) else {
        return false;
    };
    // "rebel sources": the last of a run of such nouns is the head.
    while words.get(head + 1).is_some_and(|(_, word)| is_group(word)) {
        head += 1;
    }
    let describes = |word: &str, first: bool| {
        let lower = lower_case(word);
        let capitals = word.chars().filter(|c| c.is_uppercase()).count();
        // An abbreviation ("U.S", "UN", "HPD"), not a line of capitals
        // ("CAMEO NIGHTCLUB SHOOTING A witness", page residue).
        let shouting = capitals == word.chars().count() && capitals > 4;
        let named = word.starts_with(char::is_uppercase)
            && word.chars().count() > 1
            && !shouting
            && !NOT_AFFILIATIONS.contains(&lower.as_ref())
            && !chorus_text::is_english_weekday(word, false)
            && !chorus_text::is_english_month(word)
            // A capital that only opens the sentence names nothing
            // ("Senior officials"); an abbreviation does ("U.S. officials").
            && (!first || capitals > 1);
        AFFILIATIONS.contains(&lower.as_ref())
            || chorus_entities::country_of_adjective(word).is_some() && word.starts_with(char::is_uppercase)
            || named
    };
    // The words right before the head describe it ("Two Syrian rebel
    // sources"); farther ones belong to something else.
    let from = head.saturating_sub(AFFILIATION_REACH);
    if words[from..head]
        .iter()
        .enumerate()
        .any(|(at, (_, word))| describes(word, from + at == 0))
    {
        return true;
    }
    // "close to", "familiar with": the complement starts at the preposition.
    let Some(preposition) = words[head + 1..]
        .iter()
        .position(|(_, word)| AFFILIATION_PREPOSITIONS.contains(&lower_case(word).as_ref()))
    else {
        return false;
    };
    let complement = &words[head + 1 + preposition + 1..];
    let knows = words[head + 1..head + 1 + preposition]
        .iter()
        .any(|(_, word)| word.eq_ignore_ascii_case("familiar"));
    !knows && complement.iter().any(|(_, word)| describes(word, false))
}

/// Whether a word is one of the [`RELATIONS`].
fn is_relation(word: &str) -> bool {
    RELATIONS.contains(&lower_case(word).as_ref())
}

/// People named by who they are to someone: roles only with the name of
/// that someone ("Salazar's friend", "the mother of the victim"), never
/// alone, since "the mother" says nothing of whose.
const RELATIONS: &[&str] = &[
    "friend",
    "neighbor",
    "neighbour",
    "mother",
    "father",
    "brother",
    "sister",
    "son",
    "daughter",
    "wife",
    "husband",
    "cousin",
    "uncle",
    "aunt",
    "grandmother",
    "grandfather",
    "girlfriend",
    "boyfriend",
    "fiancee",
    "fiance",
    "partner",
    "relative",
    "colleague",
    "spouse",
    "stepfather",
    "stepmother",
];

/// A span without the white space at its ends.
fn trim_span(text: &str, span: Span) -> Span {
    let slice = span.slice(text);
    let start = span.start as usize + (slice.len() - slice.trim_start().len());
    Span::new(start, start + slice.trim().len())
}

/// Nouns of records that speak as sources of their own ("court records
/// indicate", "the warrant says"), besides the documents a statement is
/// made in ([`crate::edges::DOCUMENTS`]). Records are often about a
/// person named in them, who is then not their author.
const RECORDS: &[&str] = &[
    "records",
    "record",
    "document",
    "warrant",
    "warrants",
    "indictment",
    "papers",
    "transcript",
    "transcripts",
    "reports",
    "files",
    "affidavits",
    "complaints",
    "letters",
    "statements",
];

/// Whether a source is a document ("court records", "the affidavit", "a
/// police report"): a source of its own, never the same as a person who
/// said the same words elsewhere.
pub fn names_a_document(source: &str) -> bool {
    is_document(&words_of(source, Span::new(0, source.len())))
}

/// Whether a source's head, its last word, names a document.
fn is_document(words: &[(usize, &str)]) -> bool {
    words.last().is_some_and(|(_, word)| {
        let lower = lower_case(word);
        RECORDS.contains(&lower.as_ref()) || crate::edges::DOCUMENTS.contains(&lower.as_ref())
    })
}
