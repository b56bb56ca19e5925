//! The same statement in several outlets, in different words or in
//! translation, is one quote with a citation to each.
//!
//! Two attributions of a story are the same statement when their speakers
//! are the same story entities (or one of them is unknown and the contents are
//! very close) and their contents say the same thing by the test sentences
//! use ([`crate::ALIGN_THRESHOLD`] with a shared word pair, or
//! [`crate::STRONG_THRESHOLD`]). Attributions are grouped greedily, direct
//! quotes first, so that the wording shown is a quotation when one exists.
//!
//! A statement of several speakers ("Yerevan and Baku continue to blame
//! each other") names them all. Its speakers are the same as another
//! attribution's when one's entities include the other's, whatever their
//! order: "Baku and Yerevan said" and "Yerevan said" may report one
//! statement, since an outlet may name only one of those who made it; the
//! statement then names everyone any of its outlets named.
//!
//! A statement with no speaker entity is kept when two independent outlets
//! carry it and its source names someone ("the indictment"), or, told once,
//! when its source says who spoke by their affiliation
//! ([`chorus_quotes::names_an_affiliation`]: "Two Syrian rebel sources",
//! "U.S. officials", "sources close to the Syrian insurgents"): whose
//! account it is, which a reader can weigh, is the news. A bare group
//! ("officials said", "diplomats said", "sources familiar with the matter")
//! told once says little a reader can weigh, and the writer's own voice
//! ("X is expected to …") is no one's statement.

use chorus_entities::StoryEntity;
use chorus_model::{Article, Attribution};

use chorus_model::hash::{FastMap, TermMap};

use crate::statements::shown_statements;
use crate::{content_terms, cosine, same_fact, Support, ALIGN_THRESHOLD, STRONG_THRESHOLD};

/// How far below the threshold a dot product gathered through the posting
/// lists may fall and still be tested exactly: sums in another order may
/// differ in the last bits.
const DOT_SLACK: f32 = 1e-4;

/// A statement of a story and every attribution that carries it.
#[derive(Debug, Clone, PartialEq)]
pub struct StoryQuote {
    /// The speaker, an index into the story's entities.
    pub speaker: Option<usize>,
    /// The other speakers of a statement made together ("Yerevan and
    /// Baku"), indices into the story's entities, in the order the outlets
    /// name them.
    pub co_speakers: Vec<usize>,
    /// The role of the speaker entity that made the statement, as written
    /// in the attribution that names the speaker ("office" in "Macron's
    /// office"), when it was a role of it and not the entity itself.
    pub role: Option<String>,
    /// Whether the shown attribution is a direct quotation.
    pub direct: bool,
    /// What was said, as the reader is shown it: the first attribution's
    /// content, ended before another attribution it runs into, a direct
    /// quotation without its own interrupting attribution.
    pub text: String,
    /// The attributions that carry it: (article index, index in that
    /// article's attributions); the first is the one shown.
    pub occurrences: Vec<(usize, usize)>,
    /// Articles and independent sources that carry it.
    pub support: Support,
}

struct Candidate {
    article: usize,
    attribution: usize,
    speaker: Option<usize>,
    /// The other speakers, story entities, in text order.
    co_speakers: Vec<usize>,
    /// The role, lower-cased, to compare speakers by.
    role: Option<String>,
    direct: bool,
    /// Whether the source names someone who is no entity of the story
    /// ("Two Syrian rebel sources") or is a document ("court records
    /// indicate"): then it is not any named speaker, as a bare role
    /// ("police") may be.
    unnamed_source: bool,
    text: String,
    vector: Vec<(u64, f32)>,
    pairs: Vec<u64>,
}

/// Whether an attribution with no speaker entity has a source with a
/// capitalized word after its first ("Two Syrian rebel sources"): someone
/// named that the entities do not know, not a bare role ("police",
/// "officials") that the quotes stage left unresolved; or a document
/// ("court records"), which speaks for itself.
fn names_someone_else(article: &Article, attribution: &Attribution) -> bool {
    attribution.who(article, None).is_some_and(|source| {
        chorus_quotes::names_a_document(&source)
            || source
                .split_whitespace()
                .skip(1)
                .any(|word| word.chars().next().is_some_and(char::is_uppercase))
    })
}

/// Whether two candidates with speakers name the same ones: the speakers of
/// one (first and others, in any order) include all of the other's.
fn same_speakers(a: &Candidate, b: &Candidate) -> bool {
    let of = |c: &Candidate| -> Vec<usize> { c.speaker.iter().chain(&c.co_speakers).copied().collect() };
    let (a, b) = (of(a), of(b));
    let within = |small: &[usize], large: &[usize]| small.iter().all(|s| large.contains(s));
    within(&a, &b) || within(&b, &a)
}

/// Group the attributions of a story's articles into statements.
///
/// `entities` are the story's merged entities (from
/// `chorus_entities::merge_story` over the same members); `source_group`
/// gives each article's source group, as for sentence alignment.
pub fn match_quotes(
    articles: &[Article],
    members: &[usize],
    entities: &[StoryEntity],
    source_group: &[usize],
) -> Vec<StoryQuote> {
    let mut story_entity: FastMap<(usize, usize), usize> = FastMap::default();
    for (index, entity) in entities.iter().enumerate() {
        for &member in &entity.members {
            story_entity.insert(member, index);
        }
    }
    let mut candidates: Vec<Candidate> = Vec::new();
    for &article_index in members {
        let article = &articles[article_index];
        let shown = shown_statements(article);
        for (attribution_index, attribution) in article.attributions.iter().enumerate() {
            let Some(shown) = &shown[attribution_index] else {
                continue;
            };
            let (vector, pairs) = content_terms(article, shown.content);
            if vector.is_empty() {
                continue;
            }
            let speaker = attribution
                .speaker
                .and_then(|e| story_entity.get(&(article_index, e)).copied());
            let mut co_speakers: Vec<usize> = Vec::new();
            for entity in &attribution.co_speakers {
                if let Some(&other) = story_entity.get(&(article_index, *entity)) {
                    if Some(other) != speaker && !co_speakers.contains(&other) {
                        co_speakers.push(other);
                    }
                }
            }
            candidates.push(Candidate {
                article: article_index,
                attribution: attribution_index,
                speaker,
                co_speakers,
                role: attribution.role.map(|role| article.span_text(role).to_lowercase()),
                direct: attribution.direct,
                unnamed_source: attribution.speaker.is_none() && names_someone_else(article, attribution),
                text: shown.text.clone(),
                vector,
                pairs,
            });
        }
    }
    // Direct quotes first, then longer contents: the shown wording is the
    // fullest quotation. Originals before copies.
    let mut order: Vec<usize> = (0..candidates.len()).collect();
    order.sort_by_key(|&i| {
        let c = &candidates[i];
        (
            articles[c.article].duplicate_of.is_some(),
            !c.direct,
            std::cmp::Reverse(c.vector.len()),
            c.article,
            c.attribution,
        )
    });
    // Only a group whose head shares a term with the candidate can reach
    // the alignment threshold (contents are unit vectors, so the cosine is
    // their dot product): the dot products are gathered through posting
    // lists of the heads' terms, and the exact test runs on the groups that
    // come near the threshold, in group order, as a scan of every group
    // would.
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut postings: TermMap<Vec<(u32, f32)>> = TermMap::default();
    let mut dots: Vec<f32> = Vec::new();
    let mut touched: Vec<u32> = Vec::new();
    for i in order {
        let candidate = &candidates[i];
        for &(term, weight) in &candidate.vector {
            if let Some(list) = postings.get(&term) {
                for &(g, head_weight) in list {
                    let dot = &mut dots[g as usize];
                    if *dot == 0.0 {
                        touched.push(g);
                    }
                    *dot += weight * head_weight;
                }
            }
        }
        touched.sort_unstable();
        let mut best: Option<(usize, f32)> = None;
        for &g in &touched {
            let g = g as usize;
            let near = dots[g] >= ALIGN_THRESHOLD - DOT_SLACK;
            dots[g] = 0.0;
            if !near {
                continue;
            }
            let head = &candidates[groups[g][0]];
            let similarity = cosine(&candidate.vector, &head.vector);
            let same_words = same_fact(similarity, &candidate.pairs, &head.pairs);
            let same_speaker = match (candidate.speaker, head.speaker) {
                (Some(a), Some(b)) => same_speakers(candidate, head) && (a != b || candidate.role == head.role),
                (Some(_), None) => !head.unnamed_source && similarity >= STRONG_THRESHOLD,
                (None, Some(_)) => !candidate.unnamed_source && similarity >= STRONG_THRESHOLD,
                (None, None) => similarity >= STRONG_THRESHOLD,
            };
            if same_words && same_speaker && best.is_none_or(|(_, s)| similarity > s) {
                best = Some((g, similarity));
            }
        }
        touched.clear();
        match best {
            Some((g, _)) => groups[g].push(i),
            None => {
                let g = groups.len() as u32;
                for &(term, weight) in &candidate.vector {
                    postings.entry(term).or_default().push((g, weight));
                }
                groups.push(vec![i]);
                dots.push(0.0);
            }
        }
    }
    let mut quotes: Vec<StoryQuote> = groups
        .into_iter()
        .map(|group| {
            let head = &candidates[group[0]];
            let mut articles_seen: Vec<usize> = group.iter().map(|&i| candidates[i].article).collect();
            articles_seen.sort_unstable();
            articles_seen.dedup();
            let mut sources: Vec<usize> = articles_seen.iter().map(|&a| source_group[a]).collect();
            sources.sort_unstable();
            sources.dedup();
            let named = group.iter().copied().find(|&i| candidates[i].speaker.is_some());
            let speaker = named.and_then(|i| candidates[i].speaker);
            let mut co_speakers: Vec<usize> = Vec::new();
            for &i in &group {
                let c = &candidates[i];
                for other in c.speaker.iter().chain(&c.co_speakers) {
                    if Some(*other) != speaker && !co_speakers.contains(other) {
                        co_speakers.push(*other);
                    }
                }
            }
            StoryQuote {
                speaker,
                co_speakers,
                role: named.and_then(|i| {
                    let c = &candidates[i];
                    let article = &articles[c.article];
                    article.attributions[c.attribution]
                        .role
                        .map(|role| article.span_text(role).to_string())
                }),
                direct: head.direct,
                text: head.text.clone(),
                occurrences: group
                    .iter()
                    .map(|&i| (candidates[i].article, candidates[i].attribution))
                    .collect(),
                support: Support {
                    articles: articles_seen.len(),
                    independent: sources.len(),
                },
            }
        })
        // A statement nobody can be named for is kept when several outlets
        // carry it or its source names an affiliation (see the module doc);
        // the shown one needs a source that names someone ("the
        // indictment"), since one with none ("X is expected to …") is the
        // writer's.
        .filter(|quote| {
            let (a, i) = quote.occurrences[0];
            let who = articles[a].attributions[i].who(&articles[a], None);
            quote.speaker.is_some()
                || who.is_some_and(|who| quote.support.independent > 1 || chorus_quotes::names_an_affiliation(&who))
        })
        .collect();
    quotes.sort_by(|a, b| {
        b.support
            .independent
            .cmp(&a.support.independent)
            .then(b.direct.cmp(&a.direct))
            .then(a.occurrences[0].cmp(&b.occurrences[0]))
    });
    quotes
}
