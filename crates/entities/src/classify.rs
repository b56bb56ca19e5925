//! Classification: what each run of name words names. A run becomes zero or
//! more candidates, each a mention with a kind (or none yet) and how sure
//! that kind is.
//!
//! In order, a run is:
//!
//! 1. a known place or organization as a whole ("European Union");
//! 2. split after a title: "French President Emmanuel Macron" is the role
//!    "French President" and the person "Emmanuel Macron";
//! 3. a person by a first name or a surname ending ("Maria Zakharova",
//!    "Arman Tatoyan");
//! 4. a country or its adjective before the rest: an organization when the
//!    rest has an organization cue ("Russian Foreign Ministry", which
//!    belongs to Russia when the cue is a state institution's), else a
//!    modifier to drop ("Russian TASS");
//! 5. an organization or a place by its cue words ("Security Council",
//!    "Madison County");
//! 6. else cut into the known places and organizations it contains, and
//!    what is left, whose kind the context decides later ("spokesman X",
//!    "X said", "X news agency", "in X").
//!
//! Hyphenated compounds give the places they start with ("Britain-based",
//! "Turkey-backed", "Armenia-Azerbaijan").

use chorus_model::{EntityKind, Span};

use crate::lexicon::{flag, push_key};
use crate::names::{for_each_piece, is_direction, starts_with_digit, Piece, View};
use crate::people::has_surname_ending;

/// How sure a kind is: from the lexicon, a title or a cue word.
pub(crate) const STRONG: u8 = 2;
/// How sure a kind is: from a weak hint of the context ("in X", "X said").
pub(crate) const WEAK: u8 = 1;

/// Most words of a person's name.
const MAX_PERSON_WORDS: usize = 4;

/// One mention of something named, before mentions are grouped into
/// entities.
#[derive(Debug, Clone)]
pub(crate) struct Candidate {
    /// The mention: the name as written, without title or possessive.
    pub mention: Span,
    /// The name: the words of the candidate joined by single spaces (with
    /// words in editorial brackets, which the mention leaves out).
    pub form: String,
    /// Number of words of the name (small words left out).
    pub words: usize,
    /// The kind, when something says it.
    pub kind: Option<EntityKind>,
    /// How sure the kind is ([`STRONG`] or [`WEAK`]).
    pub strength: u8,
    /// The gazetteer place it names.
    pub place: Option<u16>,
    /// The known organization it names.
    pub organization: Option<u16>,
    /// The country an organization belongs to (place index).
    pub country: Option<u16>,
    /// First token of the name.
    pub first: usize,
    /// Last token of the name.
    pub last: usize,
    /// For an acronym in parentheses after a name, that name's candidate.
    pub spelled_out: Option<usize>,
}

/// What the lexicon says a word or phrase names.
#[derive(Debug, Clone, Copy, Default)]
struct Hit {
    place: Option<u16>,
    adjective: Option<u16>,
    organization: Option<u16>,
}

impl Hit {
    fn is_some(&self) -> bool {
        self.place.is_some() || self.adjective.is_some() || self.organization.is_some()
    }
}

/// The candidates of an article, in text order.
pub(crate) fn candidates(view: &View) -> Vec<Candidate> {
    let mut classifier = Classifier {
        view,
        out: Vec::new(),
        key: String::new(),
    };
    for_each_piece(view, |piece| match piece {
        Piece::Run(run) => classifier.interpret(run),
        Piece::Compound(token) => classifier.compound(token),
    });
    let mut out = classifier.out;
    out.sort_by_key(|c| c.mention.start);
    link_acronyms(view, &mut out);
    for candidate in &mut out {
        // A place only guessed from its last word is a person when the
        // context says so firmly (an age, a title before it; "X said" is
        // also said of places: "a friend in East New York said").
        let guessed_place = candidate.kind == Some(EntityKind::Place) && candidate.strength == WEAK;
        if candidate.kind.is_none() || guessed_place {
            match context_kind(view, candidate) {
                Some((kind, strength)) if !guessed_place || (kind, strength) == (EntityKind::Person, STRONG) => {
                    candidate.kind = Some(kind);
                    candidate.strength = strength;
                }
                _ => {}
            }
        }
    }
    out
}

struct Classifier<'v, 'a> {
    view: &'v View<'a>,
    out: Vec<Candidate>,
    key: String,
}

impl Classifier<'_, '_> {
    /// What the lexicon says the words `tokens` name as one phrase.
    fn lookup(&mut self, tokens: &[usize]) -> Hit {
        let view = self.view;
        let capitals = tokens.iter().all(|&t| view.capitals(t));
        let lex = match tokens {
            [] => None,
            [single] => view.lex(*single),
            _ => {
                self.key.clear();
                for &t in tokens {
                    if !self.key.is_empty() {
                        self.key.push(' ');
                    }
                    self.key.push_str(view.key(t));
                }
                view.lexicon.get(&self.key)
            }
        };
        lex.map_or_else(Hit::default, |lex| Hit {
            place: lex.place(capitals),
            adjective: lex.adjective(),
            organization: lex.organization(capitals),
        })
    }

    /// The longest known phrase starting at `run[at]`: its length in tokens
    /// and what it names.
    fn longest_known(&mut self, run: &[usize], at: usize) -> Option<(usize, Hit)> {
        let first = *run.get(at)?;
        if !self.view.is_capitalized(first) {
            return None;
        }
        let hint = self
            .view
            .lex(first)
            .map_or(1, |lex| usize::from(lex.phrase_words).max(1));
        let longest = hint.min(run.len() - at);
        (1..=longest).rev().find_map(|len| {
            let hit = self.lookup(&run[at..at + len]);
            hit.is_some().then_some((len, hit))
        })
    }

    /// Turn a run into candidates.
    fn interpret(&mut self, run: &[usize]) {
        let view = self.view;
        let run = trim_small_words(view, without_page_furniture(view, run));
        let n = run.len();
        if n == 0 || run.iter().all(|&t| is_name_suffix(view.key(t))) {
            return;
        }
        // 1. Known as a whole.
        let hit = self.lookup(run);
        if hit.is_some() {
            self.emit_hit(run, hit);
            return;
        }
        // A known place or organization in the possessive before the rest
        // owns it and is no part of its name: "Charleston’s Methodist
        // Episcopal Church", "Louisiana's St. Mary's Parish".
        if let Some(owner) = self.possessive_owner(run) {
            self.interpret(&run[..owner]);
            self.interpret(&run[owner..]);
            return;
        }
        // A street by its last word and its context ("900 Garden Way", "on
        // Gloria Way", "the 5700 block of Pavot Court").
        if is_street(view, run) {
            self.emit(run, Some(EntityKind::Place), STRONG, None);
            return;
        }
        // A precinct, ward or street after its ordinal ("the 9th Precinct
        // said", "on 5th Street") is a place named with its number.
        if let Some(ordinal) = numbered_place(view, run) {
            if let Some(index) = self.emit(run, Some(EntityKind::Place), STRONG, None) {
                let candidate = &mut self.out[index];
                candidate.mention = Span::new(view.start(ordinal), candidate.mention.end as usize);
                candidate.form = format!("{} {}", view.word_text(ordinal), candidate.form);
                candidate.first = ordinal;
            }
            return;
        }
        // 2. A title, then a person; plural job words after the title name
        // no one ("Major Crimes Detectives", "Crimes Investigators").
        if let Some(person) = self.title_split(run) {
            self.interpret_role(&run[..person]);
            if !run[person..].iter().all(|&t| is_plural_title(view, t)) {
                self.emit(&run[person..], Some(EntityKind::Person), STRONG, None);
            }
            return;
        }
        // 3. A person's name ("Jordan Davis" before the country Jordan),
        // unless an institution's word follows it ("the Donald J. Trump
        // foundation").
        if (2..=MAX_PERSON_WORDS).contains(&n) && looks_like_person(view, run) {
            match named_after(view, run) {
                Some(word) => self.emit_named_after(run, word),
                None => {
                    self.emit(run, Some(EntityKind::Person), STRONG, None);
                }
            }
            return;
        }
        // 4. A country or its adjective, then the rest.
        if let Some((k, country, is_adjective)) = self.country_prefix(run) {
            let rest = &run[k..];
            if rest.iter().any(|&t| view.has(t, flag::ORG_CUE)) {
                let state = rest.iter().any(|&t| view.has(t, flag::STATE_CUE));
                self.emit(run, Some(EntityKind::Organization), STRONG, state.then_some(country));
                return;
            }
            if !is_adjective {
                let hit = self.lookup(&run[..k]);
                self.emit_hit(&run[..k], hit);
            }
            self.interpret(rest);
            return;
        }
        // 5. Cue words, unless a known name ends the run ("NGOs Human
        // Rights Watch").
        let known_inside = (1..n).any(|i| {
            view.is_capitalized(run[i - 1]) && self.longest_known(run, i).is_some_and(|(len, _)| i + len == n)
        });
        if let Some(kind) = cue_kind(view, run).filter(|_| !known_inside) {
            let country = match kind {
                EntityKind::Organization => self.possessor_country(run),
                _ => None,
            };
            self.emit(run, Some(kind), STRONG, country);
            return;
        }
        // 6. The known names inside, and what is left.
        self.segment(run);
    }

    /// Candidates for the places, organizations and people inside a run
    /// that is none of them as a whole.
    fn segment(&mut self, run: &[usize]) {
        let view = self.view;
        let n = run.len();
        let (mut left, mut i) = (0, 0);
        while i < n {
            if let Some((len, hit)) = self.longest_known(run, i) {
                // Unknown words right before a place make another place:
                // "New Britain", "East Hartford"; unless the context says
                // a person ("suspect Tavion Houston", "Tavion Houston,
                // 31,"), so the kind is a weak one.
                let prefixed_place = hit.organization.is_none()
                    && hit.place.is_some()
                    && i > left
                    && i - left <= 2
                    && view.is_capitalized(run[i - 1]);
                if prefixed_place {
                    self.emit(&run[left..i + len], Some(EntityKind::Place), WEAK, None);
                    i += len;
                    left = i;
                    continue;
                }
                self.emit_unknown(&run[left..i]);
                self.emit_hit(&run[i..i + len], hit);
                i += len;
                left = i;
                continue;
            }
            let t = run[i];
            if view.has(t, flag::PLACE_CUE) && i > left {
                self.emit(&run[left..=i], Some(EntityKind::Place), STRONG, None);
                i += 1;
                left = i;
                continue;
            }
            if i > 0 && view.has(t, flag::FIRST_NAME) && (2..=3).contains(&(n - i)) {
                // One word the lexicon does not know before a first name is
                // a first name too ("Anaiya Denise Montgomery"), unless it
                // reads as a job ("Undersheriff Jeff Parks").
                let given = i - left == 1 && is_unknown_given_name(view, run[left]);
                let start = if given { left } else { i };
                self.emit_unknown(&run[left..start]);
                self.emit(&run[start..], Some(EntityKind::Person), STRONG, None);
                return;
            }
            i += 1;
        }
        self.emit_unknown(&run[left..]);
    }

    /// The index in `run` where the person after a title starts, if the
    /// run is a title and a name ("Prime Minister Nikol Pashinian",
    /// "Secretary of State Mike Pompeo").
    fn title_split(&mut self, run: &[usize]) -> Option<usize> {
        let view = self.view;
        let n = run.len();
        for head in (0..n.saturating_sub(1)).rev() {
            if !view.has(run[head], flag::TITLE) || !view.is_capitalized(run[head]) {
                continue;
            }
            // After a first name, a title word is a family name: "Martin
            // Luther King Jr.", "Larry King".
            if head > 0 && view.has(run[head - 1], flag::FIRST_NAME) {
                continue;
            }
            let mut start = head + 1;
            while start < n
                && (view.has(run[start], flag::TITLE | flag::TITLE_MODIFIER) || !view.is_capitalized(run[start]))
                && !view.has(run[start], flag::FIRST_NAME)
            {
                start += 1;
            }
            if start >= n {
                continue;
            }
            let person = &run[start..];
            if is_name_suffix(view.key(person[0])) {
                continue;
            }
            if person.len() > MAX_PERSON_WORDS
                || person.iter().any(|&t| view.has(t, flag::ORG_CUE | flag::PLACE_CUE))
                || person.iter().all(|&t| view.adjective(t).is_some())
            {
                return None;
            }
            let hit = self.lookup(person);
            if hit.organization.is_some() || (hit.place.is_some() && person.len() > 1) {
                return None;
            }
            return Some(start);
        }
        None
    }

    /// The length of the owner a run starts with, if its first possessive
    /// word, not its last, ends a known place or organization or a name an
    /// organization cue ends ("Charleston’s" of "Charleston’s Methodist
    /// Episcopal Church", "Los Angeles Police Department’s" of "… Media
    /// Relations Section"; not "Prince George's" of "Prince George's
    /// County", "Sheriff's" of "Sheriff's Office", nor a saint's name that
    /// is also a city's, "St. Paul's Episcopal Church").
    fn possessive_owner(&mut self, run: &[usize]) -> Option<usize> {
        let view = self.view;
        let possessive = run.iter().position(|&t| view.possessive(t))?;
        if possessive + 1 >= run.len() || matches!(view.key(run[0]), "st" | "saint" | "ste") {
            return None;
        }
        let owner = &run[..=possessive];
        let hit = self.lookup(owner);
        let known = hit.place.is_some() || hit.organization.is_some();
        (known || view.has(run[possessive], flag::ORG_CUE)).then_some(possessive + 1)
    }

    /// Candidates in the role before a person's name: what is left once the
    /// title words are taken off ("UN" of "UN Secretary-General").
    fn interpret_role(&mut self, role: &[usize]) {
        let view = self.view;
        let mut end = role.len();
        while end > 0
            && (view.has(role[end - 1], flag::TITLE | flag::TITLE_MODIFIER) || !view.is_capitalized(role[end - 1]))
        {
            end -= 1;
        }
        // What is left may be a name cut before its cue word ("Prince
        // George's" of "Prince George's Police Chief"): no title to read.
        if end > 0 && view.possessive(role[end - 1]) {
            self.emit_unknown(&role[..end]);
        } else if end > 0 {
            self.interpret(&role[..end]);
        }
    }

    /// A country or country adjective at the start of a run, before more
    /// words: its length in tokens, the country, and whether it is an
    /// adjective.
    fn country_prefix(&mut self, run: &[usize]) -> Option<(usize, u16, bool)> {
        let lexicon = self.view.lexicon;
        for len in (1..=run.len().saturating_sub(1).min(3)).rev() {
            let hit = self.lookup(&run[..len]);
            if let Some(country) = hit.adjective {
                return Some((len, country, true));
            }
            if let Some(place) = hit.place.filter(|&p| lexicon.is_country(p)) {
                if hit.organization.is_none() {
                    return Some((len, place, false));
                }
            }
        }
        None
    }

    /// The country named in a possessive right before a run: "Russia’s
    /// Security Council".
    fn possessor_country(&self, run: &[usize]) -> Option<u16> {
        let view = self.view;
        let before = run.first()?.checked_sub(1)?;
        if !view.possessive(before) || !view.same_line(before, run[0]) {
            return None;
        }
        view.place(before)
            .or_else(|| view.adjective(before))
            .and_then(|p| view.lexicon.country_of_place(p))
            .filter(|_| run.iter().any(|&t| view.has(t, flag::STATE_CUE)))
    }

    /// Emit what a lexicon hit names; an adjective alone names nothing.
    fn emit_hit(&mut self, tokens: &[usize], hit: Hit) {
        let lexicon = self.view.lexicon;
        if let Some(organization) = hit.organization {
            let country = lexicon.organization_country(organization);
            let index = self.emit(tokens, Some(EntityKind::Organization), STRONG, country);
            if let Some(candidate) = index.and_then(|i| self.out.get_mut(i)) {
                candidate.organization = Some(organization);
            }
        } else if let Some(place) = hit.place {
            let index = self.emit(tokens, Some(EntityKind::Place), STRONG, None);
            if let Some(candidate) = index.and_then(|i| self.out.get_mut(i)) {
                candidate.place = Some(place);
            }
        }
    }

    /// Emit words whose kind is unknown, unless they are only title, cue or
    /// adjective words, which name nothing on their own.
    fn emit_unknown(&mut self, tokens: &[usize]) {
        let view = self.view;
        let tokens = trim_small_words(view, tokens);
        // A plural people word alone ("Detectives said", "Witnesses told")
        // names a group, even where the article also capitalizes it
        // mid-sentence ("Homicide Detectives Mark Lee and …").
        if let [word] = tokens {
            if view.has(*word, flag::OPENER) && view.key(*word).ends_with('s') {
                return;
            }
        }
        let nothing = tokens.iter().all(|&t| {
            !view.is_capitalized(t)
                || view.adjective(t).is_some()
                || view.has(t, flag::TITLE | flag::TITLE_MODIFIER | flag::ORG_CUE | flag::NOT_NAME)
        });
        if !nothing {
            self.interpret_unknown(tokens);
        }
    }

    /// Emit a leftover piece of a run: a person when it looks like one,
    /// else a candidate of unknown kind.
    fn interpret_unknown(&mut self, tokens: &[usize]) {
        if (2..=MAX_PERSON_WORDS).contains(&tokens.len()) && looks_like_person(self.view, tokens) {
            self.emit(tokens, Some(EntityKind::Person), STRONG, None);
        } else {
            self.emit(tokens, None, 0, None);
        }
    }

    /// Candidates of a hyphenated compound: the places (or organizations)
    /// its parts name.
    fn compound(&mut self, token: usize) {
        let view = self.view;
        if !view.is_capitalized(token) {
            return;
        }
        let start = view.start(token);
        let word = view.name_text(token);
        let parts: Vec<(usize, &str)> = word
            .split('-')
            .scan(0, |offset, part| {
                let at = *offset;
                *offset += part.len() + 1;
                Some((at, part))
            })
            .collect();
        let Some(&(_, last)) = parts.last() else {
            return;
        };
        let mut key = String::new();
        push_key(last, &mut key);
        let suffixed = view.lexicon.get(&key).is_some_and(|l| l.has(flag::HYPHEN_SUFFIX));
        let named = if suffixed {
            &parts[..parts.len() - 1]
        } else {
            &parts[..]
        };
        for &(at, part) in named {
            key.clear();
            push_key(part, &mut key);
            let Some(lex) = view.lexicon.get(&key) else {
                if suffixed && named.len() == 1 && last.eq_ignore_ascii_case("based") {
                    self.emit_part(token, start + at, part, Some(EntityKind::Place), WEAK, None, None);
                }
                continue;
            };
            let capitals = part.chars().all(|c| !c.is_lowercase());
            if let Some(organization) = lex.organization(capitals) {
                let country = view.lexicon.organization_country(organization);
                self.emit_part(
                    token,
                    start + at,
                    part,
                    Some(EntityKind::Organization),
                    STRONG,
                    country,
                    None,
                );
                if let Some(c) = self.out.last_mut() {
                    c.organization = Some(organization);
                }
            } else if let Some(place) = lex.place(capitals) {
                self.emit_part(
                    token,
                    start + at,
                    part,
                    Some(EntityKind::Place),
                    STRONG,
                    None,
                    Some(place),
                );
            }
        }
    }

    /// Emit a candidate for part of a compound word.
    #[allow(clippy::too_many_arguments)]
    fn emit_part(
        &mut self,
        token: usize,
        start: usize,
        part: &str,
        kind: Option<EntityKind>,
        strength: u8,
        country: Option<u16>,
        place: Option<u16>,
    ) {
        if !part.chars().next().is_some_and(char::is_uppercase) {
            return;
        }
        self.out.push(Candidate {
            mention: Span::new(start, start + part.len()),
            form: part.to_string(),
            words: 1,
            kind,
            strength,
            place,
            organization: None,
            country,
            first: token,
            last: token,
            spelled_out: None,
        });
    }

    /// Emit an organization named after a person, the lower-case word
    /// `word` after the name included ("Donald J. Trump foundation").
    fn emit_named_after(&mut self, run: &[usize], word: usize) {
        let view = self.view;
        let Some(index) = self.emit(run, Some(EntityKind::Organization), STRONG, None) else {
            return;
        };
        let candidate = &mut self.out[index];
        candidate.mention = Span::new(candidate.mention.start as usize, view.name_end(word));
        candidate.form.push(' ');
        candidate.form.push_str(view.name_text(word));
        candidate.last = word;
    }

    /// Emit a candidate made of `tokens` and return its index.
    fn emit(
        &mut self,
        tokens: &[usize],
        kind: Option<EntityKind>,
        strength: u8,
        country: Option<u16>,
    ) -> Option<usize> {
        let view = self.view;
        let tokens = trim_small_words(view, tokens);
        let (&first, &last) = (tokens.first()?, tokens.last()?);
        // After an editorial bracket, the mention starts again.
        let shown = tokens
            .windows(2)
            .rposition(|pair| pair[1] != pair[0] + 1)
            .map_or(first, |gap| tokens[gap + 1]);
        let written = view.name_end(last).saturating_sub(view.start(first));
        let mut form = String::with_capacity(written);
        let mut words = 0;
        for &t in tokens {
            if !form.is_empty() {
                form.push(' ');
            }
            // Only the last word drops a possessive ("Prince George's County").
            let word = if t == last {
                view.name_text(t)
            } else {
                view.word_text(t)
            };
            form.push_str(word);
            if view.is_capitalized(t) {
                words += 1;
            }
        }
        let (start, end) = (view.start(shown), view.name_end(last));
        if start >= end {
            return None;
        }
        self.out.push(Candidate {
            mention: Span::new(start, end),
            form,
            words,
            kind,
            strength,
            place: None,
            organization: None,
            country,
            first,
            last,
            spelled_out: None,
        });
        Some(self.out.len() - 1)
    }
}

/// Whether a token is the plural of a title head ("Detectives",
/// "Investigators", "Troopers", "Deputies"), which names a group, no one.
fn is_plural_title(view: &View, token: usize) -> bool {
    let key = view.key(token);
    let Some(singular) = key.strip_suffix('s') else {
        return false;
    };
    let title = |stem: &str| view.lexicon.get(stem).is_some_and(|lex| lex.has(flag::TITLE));
    view.has(token, flag::TITLE)
        || title(singular)
        || singular
            .strip_suffix("ie")
            .is_some_and(|stem| title(&format!("{stem}y")))
}

/// The ordinal before a one-word run that is a precinct, a ward, a
/// district or a place cue ("9th" of "the 9th Precinct", "75th" of "the
/// 75th Precinct", "5th" of "on 5th Street"), if any.
fn numbered_place(view: &View, run: &[usize]) -> Option<usize> {
    let [word] = run else {
        return None;
    };
    let ordinal = word.checked_sub(1)?;
    let text = view.word_text(ordinal);
    let numbered = starts_with_digit(view, ordinal)
        && ["st", "nd", "rd", "th"].iter().any(|end| text.ends_with(end))
        && view.same_line(ordinal, *word);
    let place = matches!(view.key(*word), "precinct" | "ward" | "district") || view.has(*word, flag::PLACE_CUE);
    (numbered && place).then_some(ordinal)
}

/// Whether a key is a suffix after a name: "Jr.", "III".
pub(crate) fn is_name_suffix(key: &str) -> bool {
    matches!(key, "jr" | "sr" | "ii" | "iii" | "iv")
}

/// Whether a capitalized word the lexicon does not know may be a first
/// name before another ("Anaiya" of "Anaiya Denise Montgomery"): not in
/// capitals, no abbreviation nor compound
/// ("Cpt.", "Two-month-old"), and not ending like a job, a plural or a
/// participle ("Undersheriff", "Investigator", "Assemblyman", "Magistrate",
/// "Prosecutors", "Wounded").
fn is_unknown_given_name(view: &View, token: usize) -> bool {
    let word = view.name_text(token);
    let job_ending = [
        "or", "man", "ff", "ate", "ly", "ist", "rd", "ors", "ers", "nts", "eys", "ies",
    ]
    .iter()
    .any(|ending| word.ends_with(ending))
        || (word.len() >= 7 && word.ends_with("ed"));
    view.lex(token).is_none() && !view.capitals(token) && !word.contains(['.', '-']) && !job_ending
}

/// Pairs of words that are page furniture, not names, at the start of a
/// run ("Local News Shooting kills …", "WATCH LIVE as …", "Breaking News
/// Staff"), by their lexicon keys.
const FURNITURE_OPENING: &[[&str; 2]] = &[
    ["local", "news"],
    ["breaking", "news"],
    ["latest", "news"],
    ["more", "news"],
    ["watch", "live"],
    ["related", "stories"],
    ["related", "story"],
    ["related", "coverage"],
    ["related", "content"],
    ["top", "stories"],
];

/// `run` without page furniture at its start ([`FURNITURE_OPENING`]) nor
/// "News Staff" at its end (a byline: "By Breaking News Staff").
fn without_page_furniture<'t>(view: &View, mut run: &'t [usize]) -> &'t [usize] {
    while let [a, b, rest @ ..] = run {
        let pair = [view.key(*a), view.key(*b)];
        if !FURNITURE_OPENING.contains(&pair) {
            break;
        }
        run = rest;
    }
    if let [rest @ .., a, b] = run {
        if [view.key(*a), view.key(*b)] == ["news", "staff"] {
            run = rest;
        }
    }
    run
}

/// Whether a run names a street by its last word, which names streets only
/// in a street's context ("Way", "Court", "Place", "Terrace"; "Street" and
/// "Lane" are place cues anywhere): a house number right before ("900
/// Garden Way"), "block of" ("the 100 block of Cynthia Loop"), or "on",
/// "at", "near" and the like ("on Gloria Way", "at Second Street and Todd
/// Place"; before "Court", which also names courts of law, only "on"). A
/// direction may follow ("Cynthia Loop Northwest").
fn is_street(view: &View, run: &[usize]) -> bool {
    let mut words = run;
    if let [rest @ .., last] = words {
        if rest.len() >= 2 && is_direction(view.key(*last)) {
            words = rest;
        }
    }
    let [_, .., last] = words else {
        return false;
    };
    let court = match view.key(*last) {
        "court" | "ct" => true,
        "way" | "terrace" | "circle" | "place" | "trail" | "loop" | "row" | "path" | "cove" | "pike" | "alley"
        | "plaza" => false,
        _ => return false,
    };
    let Some(before) = run[0].checked_sub(1).filter(|&b| view.same_line(b, run[0])) else {
        return false;
    };
    let house_number = view.is_number(before) && view.word_text(before).bytes().all(|b| b.is_ascii_digit());
    let block_of = view.key(before) == "of" && before.checked_sub(1).is_some_and(|b| view.key(b) == "block");
    let preposition = match view.key(before) {
        "on" => true,
        "at" | "near" | "to" | "and" | "off" | "onto" | "along" | "from" => !court,
        _ => false,
    };
    house_number || block_of || preposition
}

/// The lower-case word right after a person's name that makes the name an
/// institution's named after them ("the Donald J. Trump foundation", "the
/// Sandy Hook Promise fund"), if any.
fn named_after(view: &View, run: &[usize]) -> Option<usize> {
    let &last = run.last()?;
    let next = last + 1;
    let institution = !view.possessive(last)
        && view.is_word(next)
        && !view.is_capitalized(next)
        && view.same_line(last, next)
        && matches!(view.key(next), "foundation" | "fund" | "institute" | "library");
    institution.then_some(next)
}

/// `tokens` without small (lower-case) words at either end; a number
/// after a place cue stays ("Highway 66").
fn trim_small_words<'t>(view: &View, mut tokens: &'t [usize]) -> &'t [usize] {
    while let [first, rest @ ..] = tokens {
        if view.is_capitalized(*first) {
            break;
        }
        tokens = rest;
    }
    while let [rest @ .., last] = tokens {
        let road_number = view.is_number(*last) && rest.last().is_some_and(|&t| view.has(t, flag::PLACE_CUE));
        if view.is_capitalized(*last) || road_number {
            break;
        }
        tokens = rest;
    }
    tokens
}

/// The kind cue words give a run, if any: an organization when it ends
/// with an organization cue or has one followed by a small word ("Ministry
/// of Defense"), a place likewise with a place cue ("Madison County",
/// "Gulf of Mexico").
fn cue_kind(view: &View, run: &[usize]) -> Option<EntityKind> {
    let &last = run.last()?;
    let before_small = |cue: u32| {
        run.windows(2)
            .any(|pair| view.has(pair[0], cue) && !view.is_capitalized(pair[1]))
    };
    let all_cues = run
        .iter()
        .all(|&t| view.has(t, flag::ORG_CUE | flag::TITLE_MODIFIER) || !view.is_capitalized(t));
    if run.len() == 1 && all_cues {
        return None;
    }
    if view.has(last, flag::ORG_CUE) || before_small(flag::ORG_CUE) {
        return Some(EntityKind::Organization);
    }
    if (run.len() > 1 && view.has(last, flag::PLACE_CUE)) || before_small(flag::PLACE_CUE) {
        return Some(EntityKind::Place);
    }
    if run
        .iter()
        .any(|&t| view.has(t, flag::ORG_CUE) && !view.has(t, flag::TITLE_MODIFIER))
    {
        return Some(EntityKind::Organization);
    }
    None
}

/// Whether 2 to 4 name words look like a person's name: a first name
/// first, or a surname ending last, no cue word, and no title but after a
/// first name.
fn looks_like_person(view: &View, tokens: &[usize]) -> bool {
    let (Some(&first), Some(&last)) = (tokens.first(), tokens.last()) else {
        return false;
    };
    if view.has(first, flag::TITLE)
        || tokens
            .iter()
            .any(|&t| view.has(t, flag::ORG_CUE | flag::PLACE_CUE) || view.capitals(t))
    {
        return false;
    }
    // After a first name, title words are family names ("Martin Luther
    // King").
    if view.has(first, flag::FIRST_NAME) {
        return true;
    }
    if tokens.iter().any(|&t| view.has(t, flag::TITLE)) {
        return false;
    }
    let first_is_country = view.adjective(first).is_some() || view.place(first).is_some();
    !first_is_country && has_surname_ending(view.key(last)) && view.adjective(last).is_none()
}

/// Mark acronyms in parentheses right after a name as spelling it out:
/// "Organization for Security and Cooperation in Europe (OSCE)".
fn link_acronyms(view: &View, candidates: &mut [Candidate]) {
    for i in 1..candidates.len() {
        let acronym = &candidates[i];
        if acronym.first != acronym.last || !view.capitals(acronym.first) || acronym.first < 2 {
            continue;
        }
        let open = acronym.first - 1;
        if view.punct(open) != Some("(") || view.punct(acronym.last + 1) != Some(")") {
            continue;
        }
        let initial = acronym.form.chars().next();
        let named = candidates[..i]
            .iter()
            .rposition(|c| c.last + 1 == open && c.words >= 2 && c.form.chars().next() == initial);
        if let Some(named) = named {
            candidates[i].spelled_out = Some(named);
        }
    }
}

/// The kind the words around a candidate give it, if any.
pub(crate) fn context_kind(view: &View, candidate: &Candidate) -> Option<(EntityKind, u8)> {
    let before = word_before(view, candidate.first);
    // A person's context word capitalized by position counts too before a
    // name of two words or more ("Witness Cleveland Douse told"; not
    // "Suspect Information"), a name word or one in capitals not.
    let before_has = |bits: u32| {
        before.is_some_and(|b| {
            let lower = !view.is_capitalized(b)
                || (bits == flag::PERSON_BEFORE && candidate.words > 1 && !view.is_name(b) && !view.capitals(b));
            lower && view.has(b, bits)
        })
    };
    let after = candidate.last + 1;
    let possessive = view.possessive(candidate.last);
    let after_has = |bits: u32| {
        !possessive
            && view.is_word(after)
            && !view.is_capitalized(after)
            && view.same_line(candidate.last, after)
            && view.has(after, bits)
    };
    if before_has(flag::PERSON_BEFORE) {
        return Some((EntityKind::Person, STRONG));
    }
    if before_has(flag::ORG_BEFORE) {
        return Some((EntityKind::Organization, STRONG));
    }
    let news_agency = !possessive && view.key(after) == "news" && view.key(after + 1) == "agency";
    if after_has(flag::ORG_AFTER) || news_agency {
        return Some((EntityKind::Organization, STRONG));
    }
    if !possessive && view.punct(after) == Some(",") && view.is_number(after + 1) && view.punct(after + 2) == Some(",")
    {
        return Some((EntityKind::Person, STRONG));
    }
    if after_has(flag::PLACE_AFTER) {
        return Some((EntityKind::Place, STRONG));
    }
    if person_in_apposition(view, candidate) {
        return Some((EntityKind::Person, STRONG));
    }
    if candidate.words <= 3 {
        let ends_clause = view.punct(after).is_some() || after >= view.len();
        if after_has(flag::SPEECH) || (before_has(flag::SPEECH) && ends_clause) {
            // An acronym that speaks is an organization ("KSP said").
            let acronym = candidate.words == 1 && view.capitals(candidate.last);
            let kind = if acronym {
                EntityKind::Organization
            } else {
                EntityKind::Person
            };
            return Some((kind, WEAK));
        }
    }
    if before_has(flag::PLACE_BEFORE) {
        return Some((EntityKind::Place, WEAK));
    }
    None
}

/// Whether a name of two words or more stands in apposition to a word for
/// a person: "The suspect, Mohammod Youssuf Abdulazeez, was …", "her
/// husband, Michael Teasley", "said neighbor, Tekia Wilker"; not when that
/// word is itself in apposition, a job after a name ("David Neal, general
/// manager, New Horizons"), nor a source ("According to officials, Shot
/// Spotter technology …").
fn person_in_apposition(view: &View, candidate: &Candidate) -> bool {
    let Some(comma) = candidate.first.checked_sub(1) else {
        return false;
    };
    let Some(word) = comma.checked_sub(1) else {
        return false;
    };
    let apposition = candidate.words > 1
        && view.punct(comma) == Some(",")
        && view.is_word(word)
        && !view.is_capitalized(word)
        && view.same_line(word, candidate.first)
        && view.has(word, flag::PERSON_BEFORE);
    if !apposition {
        return false;
    }
    // Back over the lower-case words of the noun phrase ("general
    // manager"), to a comma after a name; a determiner opens the phrase.
    let mut at = word;
    let job_of_a_name = loop {
        let Some(previous) = at.checked_sub(1) else {
            break false;
        };
        if view.punct(previous) == Some(",") {
            break previous.checked_sub(1).is_some_and(|name| view.is_capitalized(name));
        }
        // "According to officials, Shot Spotter technology …": a source.
        if view.key(previous) == "to" {
            break true;
        }
        let determiner = matches!(
            view.key(previous),
            "the" | "a" | "an" | "her" | "his" | "their" | "its" | "my" | "our"
        );
        if !view.is_word(previous) || view.is_capitalized(previous) || determiner || word - previous > 3 {
            break false;
        }
        at = previous;
    };
    !job_of_a_name
}

/// The word before token `i`, skipping one article ("the daily X").
fn word_before(view: &View, i: usize) -> Option<usize> {
    let mut before = i.checked_sub(1)?;
    if matches!(view.key(before), "the" | "a" | "an") {
        before = before.checked_sub(1)?;
    }
    (view.is_word(before) && view.same_line(before, i)).then_some(before)
}
