//! Grouping within one article: the candidates that name one thing become
//! one [`Entity`].
//!
//! Candidates are grouped by what they name: the gazetteer place or known
//! organization, else the [name key](crate::key::name_key) of their form,
//! so that "Vladimir Poutine" and "Vladimir Putin" meet. A group's kind is
//! the one its candidates vote for most (an unknown "Abdullah" joins the
//! "Abdullah" that "told the BBC"); groups no candidate gives a kind are
//! dropped. Then short forms join the full ones:
//!
//! * a one-word person ("Macron", "Mr. Macron") joins the person whose last
//!   name it is ("Emmanuel Macron"), the one mentioned most if several are;
//! * an organization joins the only longer one whose name ends with its
//!   name ("Foreign Ministry" → "Russian Foreign Ministry");
//! * an acronym in parentheses joins the name it spells out, and any
//!   acronym joins the only organization whose initials it spells ("KSP",
//!   "Kentucky State Police").

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use chorus_model::{Entity, EntityKind, Span};

use crate::classify::{context_kind, is_name_suffix, Candidate, STRONG};
use crate::context::is_kin;
use crate::key::{acronym_letters, initials, name_key, words_match};
use crate::lexicon::FxHasher;
use crate::names::View;

/// The candidates that name one thing.
#[derive(Debug)]
struct Group {
    /// Its name key (or a key for a gazetteer place or known organization).
    key: String,
    /// Votes for each kind, weighted by strength: person, organization,
    /// place.
    votes: [u32; 3],
    /// Indices of its candidates.
    members: Vec<usize>,
    /// Whether it has a form of more than one word.
    multi_word: bool,
}

impl Group {
    fn kind(&self) -> Option<EntityKind> {
        let [person, organization, place] = self.votes;
        if person == 0 && organization == 0 && place == 0 {
            None
        } else if person >= organization && person >= place {
            Some(EntityKind::Person)
        } else if organization >= place {
            Some(EntityKind::Organization)
        } else {
            Some(EntityKind::Place)
        }
    }
}

fn vote_slot(kind: EntityKind) -> usize {
    match kind {
        EntityKind::Person => 0,
        EntityKind::Organization => 1,
        EntityKind::Place => 2,
    }
}

/// The entities of an article, in order of first mention.
pub(crate) fn entities(view: &View, candidates: &[Candidate]) -> Vec<Entity> {
    let mut groups: Vec<Group> = Vec::new();
    let mut by_key: HashMap<String, usize, BuildHasherDefault<FxHasher>> = HashMap::default();
    let mut group_of: Vec<Option<usize>> = vec![None; candidates.len()];
    // Forms repeat ("Macron", "Macron"): their keys are made once.
    let mut keys: HashMap<&str, String, BuildHasherDefault<FxHasher>> = HashMap::default();
    for (i, candidate) in candidates.iter().enumerate() {
        let key = match (candidate.place, candidate.organization) {
            (None, None) => keys
                .entry(candidate.form.as_str())
                .or_insert_with(|| name_key(&candidate.form))
                .clone(),
            _ => group_key(candidate),
        };
        if key.is_empty() {
            continue;
        }
        let linked = candidate
            .spelled_out
            .and_then(|named| group_of.get(named).copied().flatten());
        let group = match linked.or_else(|| by_key.get(&key).copied()) {
            Some(group) => group,
            None => {
                groups.push(Group {
                    key: key.clone(),
                    votes: [0; 3],
                    members: Vec::new(),
                    multi_word: false,
                });
                groups.len() - 1
            }
        };
        by_key.entry(key).or_insert(group);
        group_of[i] = Some(group);
        let entry = &mut groups[group];
        entry.members.push(i);
        entry.multi_word |= candidate.words > 1;
        if let Some(kind) = candidate.kind {
            entry.votes[vote_slot(kind)] += u32::from(candidate.strength);
        }
    }

    name_relatives(&mut groups);
    let kinds: Vec<Option<EntityKind>> = groups.iter().map(Group::kind).collect();
    let mut target: Vec<usize> = (0..groups.len()).collect();
    let shared = attach_surnames(view, candidates, &groups, &kinds, &mut target);
    attach_short_organizations(&groups, &kinds, &mut target);
    attach_acronyms(&groups, &kinds, candidates, &mut target);
    share_surnames(view, candidates, &mut groups, &target, &shared);
    // Move the members of attached groups into their targets.
    for g in 0..groups.len() {
        let t = final_target(&target, g);
        if t != g {
            let members = std::mem::take(&mut groups[g].members);
            groups[t].members.extend(members);
        }
    }

    let mut entities: Vec<Entity> = groups
        .iter()
        .filter(|group| !group.members.is_empty())
        .filter_map(|group| {
            let kind = group.kind()?;
            Some(build_entity(view, candidates, group, kind))
        })
        .collect();
    entities.sort_by_key(|e| e.mentions.first().copied().unwrap_or_default());
    entities
}

/// The grouping key of a candidate.
fn group_key(candidate: &Candidate) -> String {
    if let Some(place) = candidate.place {
        return format!("\u{1}place {place}");
    }
    if let Some(organization) = candidate.organization {
        return format!("\u{1}organization {organization}");
    }
    name_key(&candidate.form)
}

/// Make people of unknown names of two or three words that end with the
/// last name of a person of the article: "Melania Trump" beside "Donald
/// Trump".
fn name_relatives(groups: &mut [Group]) {
    let surnames: Vec<String> = groups
        .iter()
        .filter(|g| g.kind() == Some(EntityKind::Person) && g.multi_word)
        .filter_map(|g| g.key.rsplit(' ').next().map(str::to_string))
        .collect();
    for group in groups.iter_mut() {
        let words = group.key.split(' ').count();
        if group.kind().is_none()
            && (2..=3).contains(&words)
            && !group.key.starts_with('\u{1}')
            && group
                .key
                .rsplit(' ')
                .next()
                .is_some_and(|last| surnames.iter().any(|s| s == last))
        {
            group.votes[vote_slot(EntityKind::Person)] += 1;
        }
    }
}

/// The last name of a person's name key: its last word but a suffix
/// ("thomas" of "kamau thomas jr").
pub(crate) fn last_name(key: &str) -> Option<&str> {
    let mut words = key.rsplit(' ');
    let last = words.next()?;
    match words.next() {
        Some(before) if is_name_suffix(last) => Some(before),
        _ => Some(last),
    }
}

/// Follow attachments to the group that finally holds a group's members.
fn final_target(target: &[usize], mut group: usize) -> usize {
    // Attachments only go from shorter to longer names, so chains end.
    for _ in 0..target.len() {
        let next = target[group];
        if next == group {
            break;
        }
        group = next;
    }
    group
}

/// Attach one-word person (or unknown) groups to the person whose last
/// name they are, and shorter full names to longer ones that end with them
/// ("Tayyip Erdogan" → "Recep Tayyip Erdogan"). A one-word place that is a
/// person's last name joins the person too ([`surname_place`]). A last name
/// of several people ("Moultrie" beside "Ricky Moultrie" and "Teqnika
/// Moultrie") is left for [`share_surnames`]: returned with those people.
fn attach_surnames(
    view: &View,
    candidates: &[Candidate],
    groups: &[Group],
    kinds: &[Option<EntityKind>],
    target: &mut [usize],
) -> Vec<(usize, Vec<usize>)> {
    let mut shared = Vec::new();
    let full_names: Vec<(usize, &str)> = groups
        .iter()
        .enumerate()
        .filter(|(g, group)| group.multi_word && kinds[*g] == Some(EntityKind::Person))
        .filter_map(|(g, group)| Some((g, last_name(&group.key)?)))
        .collect();
    if full_names.is_empty() {
        return shared;
    }
    let first_mention = |group: &Group| group.members.first().map_or(usize::MAX, |&i| candidates[i].first);
    for (short, group) in groups.iter().enumerate() {
        let (key, known_place) = match kinds[short] {
            Some(EntityKind::Person) | None if !group.key.starts_with('\u{1}') => (group.key.clone(), false),
            Some(EntityKind::Place) if !group.multi_word => match surname_place(view, candidates, group) {
                Some(known) => (name_key(&candidates[group.members[0]].form), known),
                None => continue,
            },
            _ => continue,
        };
        let one_word = !key.contains(' ');
        let matching = full_names.iter().filter(|&&(long, last)| {
            let other = &groups[long].key;
            long != short
                && other.len() > key.len()
                && (!known_place || first_mention(&groups[long]) < first_mention(group))
                && if one_word {
                    // A place's name is a last name only as spelled.
                    if kinds[short] == Some(EntityKind::Place) {
                        last == key
                    } else {
                        words_match(last, &key)
                    }
                } else {
                    other.ends_with(key.as_str())
                        && other[..other.len() - key.len()].ends_with(' ')
                        && !goes_by_another_first_name(groups, &full_names, long, &key)
                }
        });
        let people: Vec<usize> = matching.map(|&(long, _)| long).collect();
        match people[..] {
            [] => {}
            [long] => target[short] = long,
            _ if one_word => shared.push((short, people)),
            _ => {
                if let Some(&long) = people.iter().max_by_key(|&&long| groups[long].members.len()) {
                    target[short] = long;
                }
            }
        }
    }
    shared
}

/// Whether the person `long` ("John Samir Zawahri") is also named by their
/// own first name with the last name ("John Zawahri"), so that a shorter
/// full name ending theirs but starting otherwise ("Samir Zawahri", the
/// father) is someone else.
fn goes_by_another_first_name(groups: &[Group], full_names: &[(usize, &str)], long: usize, short_key: &str) -> bool {
    fn first(key: &str) -> &str {
        key.split(' ').next().unwrap_or("")
    }
    let long_key = &groups[long].key;
    let long_first = first(long_key);
    if first(short_key) == long_first {
        return false;
    }
    let last = last_name(long_key);
    full_names.iter().any(|&(g, other_last)| {
        g != long && Some(other_last) == last && groups[g].key != short_key && first(&groups[g].key) == long_first
    })
}

/// Give each mention of a last name several people of the article share
/// to the one named in full nearest before it ("Ricky Moultrie … Moultrie
/// said"); a mention before any of them stays on its own. A relative named
/// aside ("her husband, Michael Teasley, was killed", "whose son John
/// Herring Jr. was shot") is not who the text goes on about: the last name
/// after it ("Teasley said", "Herring wept") goes to another of the people
/// named before it when there is one.
fn share_surnames(
    view: &View,
    candidates: &[Candidate],
    groups: &mut [Group],
    target: &[usize],
    shared: &[(usize, Vec<usize>)],
) {
    for (short, people) in shared {
        let members = std::mem::take(&mut groups[*short].members);
        let mut kept = Vec::new();
        for member in members {
            let at = candidates[member].first;
            let nearest = |skip_relatives: bool| {
                people
                    .iter()
                    .filter_map(|&long| {
                        let latest = groups[long]
                            .members
                            .iter()
                            .map(|&i| &candidates[i])
                            .filter(|c| c.first < at && !(skip_relatives && is_relative_apposition(view, c)))
                            .map(|c| c.first)
                            .max()?;
                        Some((latest, long))
                    })
                    .max()
            };
            let chosen = nearest(true).or_else(|| nearest(false));
            match chosen {
                Some((_, long)) => groups[final_target(target, long)].members.push(member),
                None => kept.push(member),
            }
        }
        groups[*short].members = kept;
    }
}

/// Whether a candidate names a relative in apposition, aside: a kin word
/// after a possessive determiner right before it ("her husband, Michael
/// Teasley, was killed", "shot his granddaughter, Ana Smith.", "whose son
/// John Herring Jr. was killed"), and no verb of the relative's own after
/// it or after an age ("Their grandfather, Bertis Herring Jr., 56, was
/// taken" is aside; "His father, Jamie DuBois, allowed …", "her sister,
/// Sasha Fisher, said …" make the relative the one who acts and speaks
/// next).
fn is_relative_apposition(view: &View, candidate: &Candidate) -> bool {
    let Some(mut before) = candidate.first.checked_sub(1) else {
        return false;
    };
    if view.punct(before) == Some(",") {
        let Some(word) = before.checked_sub(1) else {
            return false;
        };
        before = word;
    }
    let owner = before.checked_sub(1).map(|o| view.key(o));
    if !is_kin(view.key(before)) || !matches!(owner, Some("her" | "his" | "their" | "my" | "our" | "whose")) {
        return false;
    }
    let mut next = candidate.last + 1;
    if view.punct(next) == Some(",") {
        next += 1;
        // An age in commas: ", 56, was taken".
        if view.is_number(next) && view.punct(next + 1) == Some(",") {
            next += 2;
        }
    }
    let acts = view.is_word(next)
        && !view.is_capitalized(next)
        && !matches!(
            view.key(next),
            "was" | "were" | "is" | "are" | "and" | "or" | "who" | "whom" | "whose" | "which" | "had" | "has"
        );
    !acts
}

/// Whether a one-word place group may be a person's last name, and if so
/// whether the gazetteer knows it: a place only the context guessed, weakly
/// ("outside Thompkins' home", not "Lansing police"), may be; a known place that is no country
/// ("Santiago") only when no mention of it has a place's context ("in
/// Santiago", "Santiago police"), and only after the person is named (the
/// caller checks that).
fn surname_place(view: &View, candidates: &[Candidate], group: &Group) -> Option<bool> {
    let members = || group.members.iter().map(|&i| &candidates[i]);
    if members().all(|c| c.place.is_none() && c.organization.is_none()) {
        let firm_place = members().any(|c| c.kind == Some(EntityKind::Place) && c.strength == STRONG);
        return (!firm_place).then_some(false);
    }
    let place_context = |c: &Candidate| matches!(context_kind(view, c), Some((EntityKind::Place, _)));
    let plain_place =
        members().all(|c| c.place.is_some_and(|p| !view.lexicon.is_country(p)) && c.words == 1 && !place_context(c));
    plain_place.then_some(true)
}

/// Attach an organization to the only longer organization whose name ends
/// with its name.
fn attach_short_organizations(groups: &[Group], kinds: &[Option<EntityKind>], target: &mut [usize]) {
    let organizations: Vec<usize> = (0..groups.len())
        .filter(|&g| kinds[g] == Some(EntityKind::Organization))
        .collect();
    for &short in &organizations {
        let group = &groups[short];
        if group.key.starts_with('\u{1}') || target[short] != short {
            continue;
        }
        let mut longer = organizations.iter().filter(|&&long| {
            let other = &groups[long].key;
            long != short
                && other.len() > group.key.len() + 1
                && other.ends_with(&group.key)
                && other[..other.len() - group.key.len()].ends_with(' ')
        });
        if let (Some(&long), None) = (longer.next(), longer.next()) {
            target[short] = long;
        }
    }
}

/// Attach an acronym ("KSP") to the only organization whose initials it
/// spells ("Kentucky State Police").
fn attach_acronyms(groups: &[Group], kinds: &[Option<EntityKind>], candidates: &[Candidate], target: &mut [usize]) {
    let form = |group: &Group| {
        group
            .members
            .first()
            .and_then(|&i| candidates.get(i))
            .map(|c| c.form.as_str())
    };
    let mut spelled_out: Vec<(usize, String)> = Vec::new();
    for (short, group) in groups.iter().enumerate() {
        if target[short] != short || group.multi_word || group.key.starts_with('\u{1}') {
            continue;
        }
        let Some(letters) = form(group).and_then(acronym_letters) else {
            continue;
        };
        if spelled_out.is_empty() {
            spelled_out = (0..groups.len())
                .filter(|&g| groups[g].multi_word && kinds[g] == Some(EntityKind::Organization))
                .filter_map(|g| Some((g, initials(form(&groups[g])?))))
                .collect();
        }
        let mut spelled = spelled_out
            .iter()
            .filter(|(long, initials)| *long != short && *initials == letters);
        if let (Some(&(long, _)), None) = (spelled.next(), spelled.next()) {
            target[short] = long;
        }
    }
}

/// The entity of a group.
fn build_entity(view: &View, candidates: &[Candidate], group: &Group, kind: EntityKind) -> Entity {
    let members: Vec<&Candidate> = group.members.iter().filter_map(|&i| candidates.get(i)).collect();
    let mut mentions: Vec<Span> = members.iter().map(|c| c.mention).collect();
    mentions.sort();
    mentions.dedup();

    let lexicon = view.lexicon;
    let known_name = members.iter().find_map(|c| {
        c.place
            .map(|p| lexicon.place_name(p))
            .or_else(|| c.organization.map(|o| lexicon.organization_name(o)))
    });
    let name = match known_name {
        Some(name) if kind != EntityKind::Person => name.to_string(),
        _ => fullest_form(&members),
    };

    let country = if kind == EntityKind::Person {
        None
    } else {
        most_common(members.iter().filter_map(|c| c.country))
    };
    Entity {
        name,
        kind,
        mentions,
        country: country.map(|c| lexicon.place_name(c).to_string()),
    }
}

/// The form with the most words, the most frequent among those, not in
/// capitals when another is.
fn fullest_form(members: &[&Candidate]) -> String {
    let mut forms: Vec<(&str, (bool, usize, usize))> = Vec::new();
    for candidate in members {
        match forms.iter_mut().find(|(form, _)| *form == candidate.form) {
            Some(entry) => entry.1 .2 += 1,
            None => {
                let shouted = !candidate.form.chars().any(char::is_lowercase);
                forms.push((&candidate.form, (!shouted, candidate.words, 1)));
            }
        }
    }
    // Ties go to the form seen first.
    let mut best: Option<(&str, (bool, usize, usize))> = None;
    for entry in forms {
        if best.is_none_or(|(_, rank)| entry.1 > rank) {
            best = Some(entry);
        }
    }
    best.map(|(form, _)| form.to_string()).unwrap_or_default()
}

/// The most common value, the first seen among equals.
fn most_common(values: impl Iterator<Item = u16>) -> Option<u16> {
    let mut counts: Vec<(u16, usize)> = Vec::new();
    for value in values {
        match counts.iter_mut().find(|(v, _)| *v == value) {
            Some(entry) => entry.1 += 1,
            None => counts.push((value, 1)),
        }
    }
    let mut best: Option<(u16, usize)> = None;
    for entry in counts {
        if best.is_none_or(|(_, count)| entry.1 > count) {
            best = Some(entry);
        }
    }
    best.map(|(value, _)| value)
}
