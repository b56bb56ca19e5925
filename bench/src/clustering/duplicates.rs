//! Near-duplicates generated from the gun-violence corpus, so that the right
//! answer is known: one original per incident (text of at least 80 words,
//! not boilerplate), and for each one copy made in one of four ways, in
//! turn:
//!
//! 1. a wire copy in other page furniture (a share line and byline before,
//!    a copyright notice after);
//! 2. light edits: about one word in forty replaced and one in forty dropped;
//! 3. a truncation to the first 60% of the words (a copy that stops after
//!    the first paragraphs);
//! 4. furniture, light edits and truncation to 80% together.
//!
//! Originals come first in time, copies after. The different incidents'
//! originals are each other's negatives: similar shootings in the same
//! words that must not be marked as copies. A pseudo-random generator with a
//! fixed seed makes the set the same on every run.

use chorus_model::Article;

use super::corpus::Corpus;

/// One generated item: its text, and the group (original and its copy) it
/// belongs to.
pub struct Item {
    pub id: String,
    pub title: Option<String>,
    pub text: String,
    pub group: usize,
    /// How the item was made: "original" or the kind of copy.
    pub kind: &'static str,
}

const OUTLETS: &[&str] = &[
    "WXYZ Channel 7",
    "The Daily Courier",
    "Metro News Network",
    "KQRS Eyewitness News",
];
const SWAPS: &[&str] = &[
    "reportedly",
    "officials",
    "area",
    "later",
    "nearby",
    "local",
    "authorities",
    "early",
];

/// Build the set from a corpus (at most `originals` originals).
pub fn generate(corpus: &Corpus, originals: usize) -> Vec<Item> {
    let mut seen_incidents = std::collections::HashSet::new();
    let mut seen_texts = std::collections::HashSet::new();
    let mut picked: Vec<&Article> = Vec::new();
    for (article, gold) in corpus.articles.iter().zip(&corpus.gold) {
        if picked.len() >= originals || article.text.split_whitespace().count() < 80 {
            continue;
        }
        if seen_incidents.insert(gold.as_str()) && seen_texts.insert(article.text.as_str()) {
            picked.push(article);
        }
    }
    let mut random = SplitMix(0x5eed);
    let mut items: Vec<Item> = picked
        .iter()
        .enumerate()
        .map(|(group, a)| Item {
            id: format!("o{group}"),
            title: a.title.clone(),
            text: a.text.clone(),
            group,
            kind: "original",
        })
        .collect();
    for (group, article) in picked.iter().enumerate() {
        let (kind, text) = match group % 4 {
            0 => ("wire copy in other furniture", furnish(&article.text, group)),
            1 => ("light edits", edit(&article.text, &mut random)),
            2 => ("truncated to 60%", truncate(&article.text, 0.6)),
            _ => (
                "furniture + edits + truncated to 80%",
                furnish(&edit(&truncate(&article.text, 0.8), &mut random), group),
            ),
        };
        items.push(Item {
            id: format!("c{group}"),
            title: article.title.clone(),
            text,
            group,
            kind,
        });
    }
    items
}

fn furnish(text: &str, group: usize) -> String {
    let outlet = OUTLETS[group % OUTLETS.len()];
    format!(
        "Share this story: Facebook Twitter Email Print\nBy {outlet} staff\n\n{text}\n\nCopyright 2017 {outlet}. All rights reserved. \
         This material may not be published, broadcast, rewritten or redistributed.\nRelated: More local news"
    )
}

fn edit(text: &str, random: &mut SplitMix) -> String {
    let mut words = Vec::new();
    for word in text.split_whitespace() {
        match random.next() % 40 {
            0 => words.push(SWAPS[(random.next() % SWAPS.len() as u64) as usize]),
            1 => {}
            _ => words.push(word),
        }
    }
    words.join(" ")
}

fn truncate(text: &str, share: f64) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let keep = ((words.len() as f64) * share).ceil() as usize;
    words[..keep.min(words.len())].join(" ")
}

/// SplitMix64, the project's fixed pseudo-random generator.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        chorus_model::hash::mix(self.0)
    }
}

/// Chorus's dedup over the items in order: per item, the index of the item
/// it is a near-copy of. The items are annotated first (not timed); the
/// seconds returned are those of the index alone.
pub fn run_chorus(items: &[Item]) -> (Vec<Option<usize>>, f64, f64) {
    let started = std::time::Instant::now();
    let articles: Vec<Article> = items
        .iter()
        .map(|item| {
            let mut article = Article {
                id: item.id.clone(),
                title: item.title.clone(),
                text: item.text.clone(),
                language: Some("en".into()),
                ..Article::default()
            };
            chorus_text::annotate(&mut article);
            article
        })
        .collect();
    let annotate_seconds = started.elapsed().as_secs_f64();
    let started = std::time::Instant::now();
    let originals = chorus_dedup::find_duplicates(&articles);
    (originals, started.elapsed().as_secs_f64(), annotate_seconds)
}

/// Groups from "is a copy of" links (an item with no link is its own group).
pub fn groups(links: &[Option<usize>]) -> Vec<usize> {
    let mut root: Vec<usize> = (0..links.len()).collect();
    fn find(root: &mut [usize], mut i: usize) -> usize {
        while root[i] != i {
            root[i] = root[root[i]];
            i = root[i];
        }
        i
    }
    for (i, link) in links.iter().enumerate() {
        if let Some(&j) = link.as_ref().filter(|&&j| j < links.len()) {
            let (a, b) = (find(&mut root, i), find(&mut root, j));
            root[a.max(b)] = a.min(b);
        }
    }
    (0..links.len()).map(|i| find(&mut root, i)).collect()
}
