//! Merging across the articles of a story: the entities of several
//! articles that name one person, organization or place become one
//! [`StoryEntity`], whatever spelling each outlet uses.
//!
//! Two article entities of the same kind are one when:
//!
//! * their [name keys](crate::key::name_key) are equal ("Pashinian",
//!   "Pachinian" and "Pashinyan"; "Putin" and "Poutine"; "Çavuşoğlu" and
//!   "Cavusoglu"; "Emanuel" and "Emmanuel");
//! * for people, their last names match and every other word of the
//!   shorter name matches a word of the longer, a word matching when its key
//!   is equal or, for words of five letters or more, one edit away
//!   ("Sergey Lavrov" / "Sergei Lavrov", "Recep Tayyip Erdogan" /
//!   "Tayyip Erdogan");
//! * a one-word person is the last name of a full name ("Macron" joins
//!   "Emmanuel Macron", the one mentioned most when several share it), or
//!   else the first name of the only full name starting with it ("Kari"
//!   joins "Kari Oehme");
//! * an organization's acronym spells the other's initials ("OSCE");
//! * an organization named after a person of the story is named without
//!   that person's first name or initials ("Trump Foundation" joins
//!   "Donald J. Trump Foundation" when a person "Trump" is in the story);
//! * an organization is named without its type word ("Emanuel AME",
//!   "Emanuel AME Church"; "Chicago Police", "Chicago Police Department").
//!
//! A name of two words or more that is a person in one article and a place
//! in another is one entity too, of the kind most of its mentions give.
//!
//! Candidate pairs are only compared within buckets of the first letter of
//! the last word, so a typo in a first letter is not merged.

use chorus_model::hash::{FastMap, FastSet};
use chorus_model::{Article, EntityKind};

use crate::classify::is_name_suffix;
use crate::key::{acronym_letters, initials, name_key, words_match};
use crate::lexicon::{flag, lexicon, push_key};
use crate::resolve::last_name;

/// One entity of a story: the entities of its articles that name the same
/// thing.
#[derive(Debug, Clone, PartialEq)]
pub struct StoryEntity {
    /// The most frequent full form of the name ("Emmanuel Macron").
    pub name: String,
    /// What it is.
    pub kind: EntityKind,
    /// The other forms seen, most frequent first ("Macron", "Emanuel
    /// Macron").
    pub aliases: Vec<String>,
    /// The article entities merged: (article index, index in that
    /// article's [`Article::entities`]).
    pub members: Vec<(usize, usize)>,
    /// Number of mentions in all the articles.
    pub mentions: usize,
    /// The country an institution belongs to, the most frequent one given.
    pub country: Option<String>,
}

/// One article entity as the merge sees it.
#[derive(Debug)]
struct Node<'a> {
    article: usize,
    entity: usize,
    kind: EntityKind,
    name: &'a str,
    key: String,
    mentions: usize,
}

impl Node<'_> {
    fn words(&self) -> impl DoubleEndedIterator<Item = &str> {
        self.key.split(' ')
    }

    fn word_count(&self) -> usize {
        self.words().count()
    }

    /// The last word but a suffix ("Jr.").
    fn last_word(&self) -> &str {
        last_name(&self.key).unwrap_or("")
    }
}

/// The entities of a story: the entities of the articles `members` (indices
/// into `articles`) merged across articles, most mentioned first.
pub fn merge_story(articles: &[Article], members: &[usize]) -> Vec<StoryEntity> {
    let mut article_indices: Vec<usize> = members.iter().copied().filter(|&a| a < articles.len()).collect();
    article_indices.sort_unstable();
    article_indices.dedup();
    let nodes: Vec<Node> = article_indices
        .iter()
        .flat_map(|&a| {
            articles[a].entities.iter().enumerate().map(move |(e, entity)| Node {
                article: a,
                entity: e,
                kind: entity.kind,
                name: &entity.name,
                key: name_key(&entity.name),
                mentions: entity.mentions.len(),
            })
        })
        .filter(|node| !node.key.is_empty())
        .collect();

    let mut sets = DisjointSets::new(nodes.len());
    // Equal keys.
    let mut by_key: FastMap<(EntityKind, &str), usize> = FastMap::default();
    for (i, node) in nodes.iter().enumerate() {
        match by_key.get(&(node.kind, node.key.as_str())) {
            Some(&first) => sets.union(first, i),
            None => {
                by_key.insert((node.kind, node.key.as_str()), i);
            }
        }
    }
    // A name of two words or more that one article makes a person and
    // another a place is one entity ("Esteban Santiago", a person where an
    // age or a title says so, a place guessed from "Santiago" elsewhere);
    // the mentions vote its kind.
    for (i, node) in nodes.iter().enumerate() {
        if node.kind == EntityKind::Person && node.word_count() > 1 {
            if let Some(&place) = by_key.get(&(EntityKind::Place, node.key.as_str())) {
                sets.union(place, i);
            }
        }
    }
    // Spelling variants of people's names, compared once per distinct key.
    let mut distinct: Vec<usize> = by_key.values().copied().collect();
    distinct.sort_unstable();
    let mut buckets: FastMap<char, Vec<usize>> = FastMap::default();
    for &i in distinct.iter().filter(|&&i| nodes[i].kind == EntityKind::Person) {
        let first_letter = nodes[i].last_word().chars().next().unwrap_or(' ');
        buckets.entry(first_letter).or_default().push(i);
    }
    // A shorter name that starts with another first name ("Samir Zawahri"
    // of "John Samir Zawahri") joins last, and only when no article keeps
    // the two apart.
    let mut skipping_first = Vec::new();
    for bucket in buckets.values() {
        for (x, &a) in bucket.iter().enumerate() {
            for &b in &bucket[x + 1..] {
                if same_person(&nodes[a], &nodes[b]) {
                    if same_first_word(&nodes[a], &nodes[b]) {
                        sets.union(a, b);
                    } else {
                        skipping_first.push((a, b));
                    }
                }
            }
        }
    }
    skipping_first.sort_unstable();
    for (a, b) in skipping_first {
        if !told_apart(&nodes, &mut sets, a, b) {
            sets.union(a, b);
        }
    }
    attach_last_names(&nodes, &distinct, &mut sets);
    attach_first_names(&nodes, &distinct, &mut sets);
    attach_acronyms(&nodes, &distinct, &mut sets);
    attach_namesakes(&nodes, &distinct, &mut sets);
    attach_type_words(&nodes, &distinct, &mut sets);

    let mut clusters: FastMap<usize, Vec<usize>> = FastMap::default();
    for i in 0..nodes.len() {
        clusters.entry(sets.find(i)).or_default().push(i);
    }
    let mut entities: Vec<StoryEntity> = clusters
        .into_values()
        .map(|cluster| story_entity(articles, &nodes, &cluster))
        .collect();
    // Members are distinct across entities: the order is total, and the
    // same input gives the same report whatever order the clusters came in.
    entities.sort_by(|a, b| {
        b.mentions
            .cmp(&a.mentions)
            .then_with(|| a.name.cmp(&b.name))
            .then_with(|| a.members.cmp(&b.members))
    });
    entities
}

/// Whether two people's names of one bucket name the same person. (Names
/// of places and organizations are not matched by spelling: the gazetteer
/// gives known ones one name, and a one-letter difference between two
/// others is more often two places, "Cook County" and "Rock County", than a
/// typo.)
fn same_person(a: &Node, b: &Node) -> bool {
    let (short, long) = if a.word_count() <= b.word_count() {
        (a, b)
    } else {
        (b, a)
    };
    if short.word_count() < 2 || !words_match(short.last_word(), long.last_word()) {
        return false;
    }
    // A father and a son: "Jerry Dickerson Sr.", "Jerry Dickerson Jr.".
    let (a, b) = (short.words().next_back(), long.words().next_back());
    if let (Some(a), Some(b)) = (a.filter(|w| is_name_suffix(w)), b.filter(|w| is_name_suffix(w))) {
        if a != b {
            return false;
        }
    }
    let mut long_words = long.words().rev().skip(1);
    short
        .words()
        .rev()
        .skip(1)
        .all(|word| long_words.by_ref().any(|other| words_match(word, other)))
}

/// Whether two names start with matching words, or one is a last name
/// with a suffix ("Young Jr.").
fn same_first_word(a: &Node, b: &Node) -> bool {
    let last_first = |n: &Node| n.words().next() == Some(n.last_word());
    last_first(a)
        || last_first(b)
        || matches!((a.words().next(), b.words().next()), (Some(x), Some(y)) if words_match(x, y))
}

/// Whether some article has two people of two words or more, one in the
/// set of `a` and one in the set of `b`, which that article keeps apart.
fn told_apart(nodes: &[Node], sets: &mut DisjointSets, a: usize, b: usize) -> bool {
    let (root_a, root_b) = (sets.find(a), sets.find(b));
    if root_a == root_b {
        return false;
    }
    let mut articles_a: Vec<usize> = Vec::new();
    let mut articles_b: Vec<usize> = Vec::new();
    for (i, node) in nodes.iter().enumerate() {
        if node.kind != EntityKind::Person || node.word_count() < 2 {
            continue;
        }
        let root = sets.find(i);
        if root == root_a {
            articles_a.push(node.article);
        } else if root == root_b {
            articles_b.push(node.article);
        }
    }
    articles_a.iter().any(|article| articles_b.contains(article))
}

/// Join one-word people to the full name whose last name they are, the
/// most mentioned one when several are. A one-word place the gazetteer
/// does not know (a guess from "in X's home") joins likewise when it is
/// exactly the last name of one person, mentioned more than it: "Jarmon"
/// of an article that never names Toyia Jarmon in full.
fn attach_last_names(nodes: &[Node], distinct: &[usize], sets: &mut DisjointSets) {
    let lexicon = lexicon();
    let mut key = String::new();
    let mut unknown_place = |node: &Node| {
        if node.kind != EntityKind::Place || node.word_count() != 1 {
            return false;
        }
        key.clear();
        push_key(node.name, &mut key);
        lexicon.get(&key).is_none_or(|lex| lex.place(false).is_none())
    };
    let people: Vec<usize> = distinct
        .iter()
        .copied()
        .filter(|&i| nodes[i].kind == EntityKind::Person)
        .collect();
    let places: Vec<usize> = distinct.iter().copied().filter(|&i| unknown_place(&nodes[i])).collect();
    let mut weights: FastMap<usize, usize> = FastMap::default();
    for (i, node) in nodes.iter().enumerate() {
        *weights.entry(sets.find(i)).or_default() += node.mentions;
    }
    for &short in people.iter().chain(&places) {
        if nodes[short].word_count() != 1 {
            continue;
        }
        let place = nodes[short].kind == EntityKind::Place;
        // The people (by their set) whose last name it is, with their weights.
        let mut owners: Vec<(usize, usize)> = Vec::new();
        for &long in &people {
            let matches = if place {
                nodes[short].key == nodes[long].last_word()
            } else {
                words_match(&nodes[short].key, nodes[long].last_word())
            };
            if nodes[long].word_count() < 2 || !matches {
                continue;
            }
            let root = sets.find(long);
            if !owners.iter().any(|&(r, _)| r == root) {
                owners.push((root, weights.get(&root).copied().unwrap_or(0)));
            }
        }
        // The most mentioned, the first among equals.
        let best = owners
            .iter()
            .fold(None, |best: Option<(usize, usize)>, &(root, weight)| {
                if best.is_none_or(|(_, w)| weight > w) {
                    Some((root, weight))
                } else {
                    best
                }
            });
        if let Some((root, weight)) = best {
            let place_joins = owners.len() == 1 && weight > weights.get(&sets.find(short)).copied().unwrap_or(0);
            if !place || place_joins {
                sets.union(root, short);
            }
        }
    }
}

/// Join a first name alone ("Kari", "Miracle") to the only full name of
/// the story that starts with it ("Kari Oehme"), when it is a person, or a
/// place the gazetteer does not know that is a common first name (a guess
/// from "in X's home") and mentioned less than that person, and no last
/// name joined it already. Two full names
/// with that first name ("Joe Riley", "Joe Duke") leave it alone.
fn attach_first_names(nodes: &[Node], distinct: &[usize], sets: &mut DisjointSets) {
    let lexicon = lexicon();
    let mut key = String::new();
    let mut first_name = |name: &str| {
        key.clear();
        push_key(name, &mut key);
        lexicon
            .get(&key)
            .is_some_and(|lex| lex.has(flag::FIRST_NAME) && lex.place(false).is_none())
    };
    let mut weights: FastMap<usize, usize> = FastMap::default();
    for (i, node) in nodes.iter().enumerate() {
        *weights.entry(sets.find(i)).or_default() += node.mentions;
    }
    let full_roots: FastSet<usize> = (0..nodes.len())
        .filter(|&i| nodes[i].word_count() > 1)
        .map(|i| sets.find(i))
        .collect();
    // The full names of people by their first word.
    let mut by_first: FastMap<&str, Vec<usize>> = FastMap::default();
    for &long in distinct {
        if nodes[long].kind == EntityKind::Person && nodes[long].word_count() > 1 {
            if let Some(first) = nodes[long].words().next() {
                by_first.entry(first).or_default().push(long);
            }
        }
    }
    for &short in distinct {
        let node = &nodes[short];
        let Some(longs) = by_first.get(node.key.as_str()) else {
            continue;
        };
        let person = match node.kind {
            EntityKind::Person => true,
            EntityKind::Place => first_name(node.name),
            EntityKind::Organization => false,
        };
        if !person || node.word_count() != 1 || full_roots.contains(&sets.find(short)) {
            continue;
        }
        let mut owners: Vec<usize> = longs.iter().map(|&long| sets.find(long)).collect();
        owners.sort_unstable();
        owners.dedup();
        // A place joins only a person mentioned more, who stays a person.
        if let [owner] = owners[..] {
            if node.kind == EntityKind::Person || weights.get(&owner).copied().unwrap_or(0) > node.mentions {
                sets.union(owner, short);
            }
        }
    }
}

/// Join an organization named by an acronym to one whose initials it
/// spells ("OSCE" and "Organization for Security and Co-operation in
/// Europe").
fn attach_acronyms(nodes: &[Node], distinct: &[usize], sets: &mut DisjointSets) {
    let organizations: Vec<usize> = distinct
        .iter()
        .copied()
        .filter(|&i| nodes[i].kind == EntityKind::Organization)
        .collect();
    for &acronym in &organizations {
        let Some(spelled) = acronym_letters(nodes[acronym].name) else {
            continue;
        };
        for &full in &organizations {
            if full != acronym && initials(nodes[full].name) == spelled {
                sets.union(acronym, full);
            }
        }
    }
}

/// Join an organization named without its last word, an organization
/// word ("Emanuel AME"), to the only organization of the story named with
/// it ("Emanuel AME Church").
fn attach_type_words(nodes: &[Node], distinct: &[usize], sets: &mut DisjointSets) {
    let lexicon = lexicon();
    let mut by_key: FastMap<&str, usize> = FastMap::default();
    for &i in distinct.iter().filter(|&&i| nodes[i].kind == EntityKind::Organization) {
        by_key.insert(nodes[i].key.as_str(), i);
    }
    // The shorter organization, with the longer ones named after it.
    let mut longer: FastMap<usize, Vec<usize>> = FastMap::default();
    let mut key = String::new();
    let mut word_key = |word: &str| {
        key.clear();
        push_key(word, &mut key);
        key.clone()
    };
    for (&long_key, &long) in &by_key {
        let Some((stem, _)) = long_key.rsplit_once(' ') else {
            continue;
        };
        let Some(&short) = by_key.get(stem) else {
            continue;
        };
        let words: Vec<String> = nodes[long].name.split_whitespace().map(&mut word_key).collect();
        let [first, .., last] = &words[..] else {
            continue;
        };
        // A university's hospital is another institution; "Police
        // Department" is no "Police".
        let school = words.iter().any(|w| matches!(w.as_str(), "university" | "college"));
        let stem_is_cue = words.len() == 2 && lexicon.get(first).is_some_and(|lex| lex.has(flag::ORG_CUE));
        if is_type_word(last) && !school && !stem_is_cue {
            longer.entry(short).or_default().push(long);
        }
    }
    for (short, longs) in longer {
        if let [long] = longs[..] {
            sets.union(long, short);
        }
    }
}

/// Whether a lexicon key says what type of organization a name is, and may be
/// left out of it ("Church", "Department", "Hospital"; not "Radio" of "CBS
/// Radio" nor "Health" of "Culpeper Health", other bodies).
fn is_type_word(key: &str) -> bool {
    matches!(
        key,
        "church"
            | "department"
            | "dept"
            | "office"
            | "hospital"
            | "center"
            | "centre"
            | "clinic"
            | "inc"
            | "corp"
            | "corporation"
            | "company"
            | "llc"
    )
}

/// Join an organization named after a person by first name, initials and
/// last name ("Donald J. Trump Foundation") to the same name without the
/// first name and initials ("Trump Foundation", "Donald Trump Foundation"),
/// when the story has a person of that last name: the organization is
/// named after them, and the person stays apart.
fn attach_namesakes(nodes: &[Node], distinct: &[usize], sets: &mut DisjointSets) {
    let organizations: Vec<usize> = distinct
        .iter()
        .copied()
        .filter(|&i| nodes[i].kind == EntityKind::Organization && nodes[i].word_count() > 2)
        .collect();
    if organizations.is_empty() {
        return;
    }
    let lexicon = lexicon();
    let mut key = String::new();
    let mut given = |word: &str| {
        let letters = word.trim_end_matches('.');
        if letters.chars().count() == 1 && letters.chars().all(char::is_uppercase) {
            return true;
        }
        key.clear();
        push_key(word, &mut key);
        lexicon.get(&key).is_some_and(|lex| lex.has(flag::FIRST_NAME))
    };
    let mut by_key: FastMap<&str, Vec<usize>> = FastMap::default();
    for &i in distinct.iter().filter(|&&i| nodes[i].kind == EntityKind::Organization) {
        by_key.entry(nodes[i].key.as_str()).or_default().push(i);
    }
    for long in organizations {
        let words: Vec<&str> = nodes[long].name.split_whitespace().collect();
        // The first name and initials before the last name, the last name
        // and at least one word after it.
        let given_words = words.iter().take_while(|word| given(word)).count();
        if given_words == 0 || words.len() < given_words + 2 {
            continue;
        }
        let last_name = name_key(words[given_words]);
        let named_after = distinct
            .iter()
            .any(|&p| nodes[p].kind == EntityKind::Person && nodes[p].last_word() == last_name);
        if !named_after {
            continue;
        }
        // Every shorter form: the last name on, or with the first name kept.
        let core = words[given_words..].join(" ");
        let first_and_core = format!("{} {core}", words[0]);
        for short in [name_key(&core), name_key(&first_and_core)] {
            for &other in by_key.get(short.as_str()).into_iter().flatten() {
                sets.union(long, other);
            }
        }
    }
}

/// The story entity of one cluster of article entities.
fn story_entity(articles: &[Article], nodes: &[Node], cluster: &[usize]) -> StoryEntity {
    // Every form seen: entity names and mention texts, by lower case.
    let mut forms: Vec<(String, String, usize)> = Vec::new();
    let add_form = |text: &str, forms: &mut Vec<(String, String, usize)>| {
        let shown = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if shown.is_empty() {
            return;
        }
        let lower = shown.to_lowercase();
        match forms.iter_mut().find(|(l, _, _)| *l == lower) {
            Some(entry) => {
                entry.2 += 1;
                // Prefer a form not written in capitals.
                if entry.1.chars().all(|c| !c.is_lowercase()) && shown.chars().any(char::is_lowercase) {
                    entry.1 = shown;
                }
            }
            None => forms.push((lower, shown, 1)),
        }
    };
    let mut kind_votes: Vec<(EntityKind, usize)> = Vec::new();
    let mut countries: Vec<(&str, usize)> = Vec::new();
    let mut members = Vec::with_capacity(cluster.len());
    let mut mentions = 0;
    let mut names: Vec<&str> = Vec::new();
    for &i in cluster {
        let node = &nodes[i];
        members.push((node.article, node.entity));
        mentions += node.mentions;
        names.push(node.name);
        match kind_votes.iter_mut().find(|(k, _)| *k == node.kind) {
            Some(entry) => entry.1 += node.mentions,
            None => kind_votes.push((node.kind, node.mentions)),
        }
        let Some(entity) = articles.get(node.article).and_then(|a| a.entities.get(node.entity)) else {
            continue;
        };
        if let Some(country) = &entity.country {
            match countries.iter_mut().find(|(c, _)| c == country) {
                Some(entry) => entry.1 += 1,
                None => countries.push((country, 1)),
            }
        }
        let text = &articles[node.article].text;
        for span in &entity.mentions {
            if let Some(mention) = text.get(span.start as usize..span.end as usize) {
                add_form(mention, &mut forms);
            }
        }
    }
    members.sort_unstable();

    // The name: of the entity names (each an article's fullest form), the
    // full ones (of more than one word) if any, the one written most often.
    let most_words = names.iter().map(|n| n.split_whitespace().count()).max().unwrap_or(0);
    let full = |name: &&&str| most_words < 2 || name.split_whitespace().count() >= 2;
    let name = names
        .iter()
        .enumerate()
        .filter(|(_, name)| full(name))
        .map(|(position, name)| {
            let lower = name.to_lowercase();
            let seen = forms.iter().find(|(l, _, _)| *l == lower).map_or(0, |f| f.2);
            let weight: usize = cluster
                .iter()
                .filter(|&&i| nodes[i].name.eq_ignore_ascii_case(name))
                .map(|&i| nodes[i].mentions)
                .sum();
            let shouted = !name.chars().any(char::is_lowercase);
            // Ties go to the name of the earliest article.
            let rank = (
                !shouted,
                seen,
                weight,
                name.split_whitespace().count(),
                std::cmp::Reverse(position),
            );
            (rank, *name)
        })
        .max_by_key(|(rank, _)| *rank)
        .map(|(_, name)| name.to_string())
        .unwrap_or_default();
    // Names no mention shows as such ("Donald Trump" of "President
    // [Donald] Trump") are forms too.
    for other in &names {
        let lower = other.to_lowercase();
        if !forms.iter().any(|(l, _, _)| *l == lower) {
            add_form(other, &mut forms);
        }
    }
    let lower_name = name.to_lowercase();
    forms.retain(|(lower, _, _)| *lower != lower_name);
    forms.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.1.cmp(&b.1)));

    // On a tie a person wins: a person's name is a place only by a guess.
    let kind = kind_votes
        .iter()
        .max_by_key(|(kind, votes)| (*votes, *kind == EntityKind::Person))
        .map_or(EntityKind::Person, |(kind, _)| *kind);
    let country = countries
        .iter()
        .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(a.0)))
        .map(|(country, _)| country.to_string());
    StoryEntity {
        name,
        kind,
        aliases: forms.into_iter().map(|(_, shown, _)| shown).collect(),
        members,
        mentions,
        country,
    }
}

/// Union-find over node indices.
struct DisjointSets {
    parent: Vec<usize>,
}

impl DisjointSets {
    fn new(size: usize) -> DisjointSets {
        DisjointSets {
            parent: (0..size).collect(),
        }
    }

    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            self.parent[b] = a;
        }
    }
}
