//! `clustering --diagnose`: why stories chain. For each corpus, the one
//! pass is run with explanations; the largest predicted story of the batch
//! is printed article by article (its similarity to the story's centroid
//! and to the closest kept member when it joined, and the terms that
//! carried it), and the member similarities of the pass's joins are
//! summarised apart for right joins (the story already held an article of
//! the newcomer's gold cluster) and wrong ones.

use std::collections::{HashMap, HashSet};

use chorus_stories::{article_features, cluster_features, term_labels, ClusterOptions, Features};

use super::corpus::Corpus;

/// Print the diagnosis of one corpus with the given settings.
pub fn run(corpus: &Corpus, options: &ClusterOptions) {
    let duplicates = chorus_dedup::classify(&corpus.articles);
    let features: Vec<Features> = corpus
        .articles
        .iter()
        .zip(&duplicates.boilerplate)
        .map(|(a, &b)| article_features(a, b))
        .collect();
    let clustered = cluster_features(&corpus.articles, &features, options, true);

    // Right and wrong joins of the pass, by the pass's own story numbers.
    let mut order: Vec<usize> = (0..corpus.articles.len()).collect();
    order.sort_by_key(|&i| {
        let a = &corpus.articles[i];
        (a.published.is_none(), a.published_utc(), i)
    });
    let mut golds_of: HashMap<usize, HashSet<&str>> = HashMap::new();
    let (mut right, mut wrong) = (Vec::new(), Vec::new());
    for &i in &order {
        let assignment = &clustered.assignments[i];
        let gold = corpus.gold[i].as_str();
        let golds = golds_of.entry(assignment.story).or_default();
        if assignment.joined {
            let pair = (assignment.similarity, assignment.member_similarity);
            if golds.contains(gold) {
                right.push(pair);
            } else {
                wrong.push(pair);
            }
        }
        golds.insert(gold);
    }
    println!("== {}: one pass with {options:?}", corpus.name);
    for (name, joins) in [("right joins", &mut right), ("wrong joins", &mut wrong)] {
        let mut members: Vec<f32> = joins.iter().map(|j| j.1).collect();
        members.sort_unstable_by(f32::total_cmp);
        let at = |q: f64| {
            members
                .get(((members.len() as f64 - 1.0) * q).round() as usize)
                .copied()
        };
        println!(
            "{name}: {}; closest member similarity at 10/25/50/75/90%: {:?} {:?} {:?} {:?} {:?}",
            members.len(),
            at(0.1),
            at(0.25),
            at(0.5),
            at(0.75),
            at(0.9)
        );
    }

    // The largest story of the batch, article by article.
    let mut sizes: HashMap<usize, usize> = HashMap::new();
    for &story in &clustered.story_of {
        *sizes.entry(story).or_default() += 1;
    }
    let Some((&largest, &size)) = sizes
        .iter()
        .max_by_key(|&(story, size)| (*size, std::cmp::Reverse(*story)))
    else {
        return;
    };
    let members: Vec<usize> = order
        .iter()
        .copied()
        .filter(|&i| clustered.story_of[i] == largest)
        .collect();
    let golds: HashSet<&str> = members.iter().map(|&i| corpus.gold[i].as_str()).collect();
    println!(
        "largest story: {size} articles, {} gold clusters; date, gold, joined (centroid / closest member), title, terms",
        golds.len()
    );
    for i in members {
        let article = &corpus.articles[i];
        let assignment = &clustered.assignments[i];
        let labels = term_labels(article, duplicates.boilerplate[i]);
        let terms: Vec<String> = assignment
            .shared
            .iter()
            .map(|(term, share)| format!("{}:{share:.2}", labels.get(term).map_or("?", String::as_str)))
            .collect();
        let title: String = article.title.as_deref().unwrap_or("").chars().take(60).collect();
        println!(
            "{} {:>8} {} {:.3} / {:.3}  {title:<60} {}",
            article.published.map_or("?".to_string(), |p| p.date().to_string()),
            corpus.gold[i],
            if assignment.joined { "joined" } else { "new   " },
            assignment.similarity,
            assignment.member_similarity,
            terms.join(" ")
        );
    }
}
