//! `chorus-bench timelines --wrong`: why chorus's timeline keeps days that
//! are not gold days (its false positives), leak-free.
//!
//! For each kept day the gold lacks, every article that adds to the day's
//! weight (as the timeline counts it: a mention of the day, or its own
//! publication day) is printed with the sentence that names the day, and
//! sorted into the first cause that applies:
//!
//! - `Published`: the article never names the day, it was only published on
//!   it;
//! - `Scheduled`: the day was still to come when the article was written
//!   ("will vote on March 17");
//! - `ReIssue`: the sentence naming the day is word for word in an article
//!   counted before it whose lead shares most of its words: a re-issue of one
//!   report (a wire story updated through the day), counted again;
//! - `Boilerplate`: the sentence is word for word in an article counted
//!   before it with another lead: background that articles repeat;
//! - `Disputed`: a day written without its year or relative to the
//!   publication day ("on Friday", "March 4") that the corpus's own `dates`
//!   field does not give the article: possibly resolved wrongly (read them);
//! - `List`: the sentence names four days or more (a listing, a schedule);
//! - `Reported`: none of these: the day is told as news, the gold chose
//!   other days.
//!
//! It prints to stderr and counts the causes per folder; nothing here is
//! scored.

use std::collections::{BTreeMap, BTreeSet};

use chorus_model::{Article, DatePrecision, RawArticle};
use chrono::NaiveDate;

use super::Gold;

/// Why an article adds to the weight of a day that is not a gold day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Cause {
    Published,
    Scheduled,
    ReIssue,
    Boilerplate,
    Disputed,
    List,
    Reported,
}

/// Share of the smaller lead's distinct words in the other above which two
/// articles are one report re-issued.
const SAME_LEAD: f64 = 0.6;
/// Days in one sentence from which it is a listing.
const LIST_DAYS: usize = 4;

/// Print, for each day of `predicted` that the gold lacks, the articles that
/// count it and why; return the count of each cause over all those days.
pub(super) fn explain(
    folder: &str,
    inputs: &[RawArticle],
    corpus_dates: &[Vec<NaiveDate>],
    gold: &Gold,
    predicted: &BTreeSet<String>,
) -> BTreeMap<String, usize> {
    let (articles, corpus_of) = super::annotated(inputs, corpus_dates);
    let Some(last) = articles.iter().filter_map(|a| a.published.map(|p| p.date())).max() else {
        return BTreeMap::new();
    };
    let wrong: Vec<NaiveDate> = predicted
        .iter()
        .filter(|d| !gold.days.contains_key(*d))
        .filter_map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .collect();
    eprintln!(
        "== wrong {folder} / {}: {} of {} kept days are not gold days (leak-free)",
        gold.name,
        wrong.len(),
        predicted.len()
    );
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for day in wrong {
        let mut lines = Vec::new();
        let mut day_counts: BTreeMap<Cause, usize> = BTreeMap::new();
        // Sentences and leads of the articles counted so far for this day.
        let mut counted: Vec<(String, BTreeSet<String>)> = Vec::new();
        let (mut mentioned, mut later) = (0usize, 0usize);
        for article in articles.iter().filter(|a| a.duplicate_of.is_none()) {
            let own = article.published.map(|p| p.date());
            let mention = article
                .dates
                .iter()
                .find(|m| m.precision == DatePrecision::Day && m.date == day && m.date <= last);
            if mention.is_none() && own != Some(day) {
                continue;
            }
            let lead = lead_words(article);
            let (cause, line) = match mention {
                None => (
                    Cause::Published,
                    format!("{} published: {}", article.id, clip(lead_text(article))),
                ),
                Some(mention) => {
                    mentioned += 1;
                    if own.is_some_and(|own| own > day) {
                        later += 1;
                    }
                    let sentence = article.sentence_at(mention.span.start as usize);
                    let text = sentence.map_or("", |s| article.span_text(article.sentences[s].span));
                    let key = chorus_summary::words_key(text);
                    let repeated = counted.iter().find(|(s, _)| !key.is_empty() && *s == key);
                    let written = article.span_text(mention.span);
                    let corpus_has = corpus_of
                        .get(article.id.as_str())
                        .is_some_and(|days| days.contains(&day));
                    let days_in_sentence = sentence.map_or(0, |s| {
                        let span = article.sentences[s].span;
                        article
                            .dates
                            .iter()
                            .filter(|d| d.span.start >= span.start && d.span.end <= span.end)
                            .map(|d| d.date)
                            .collect::<BTreeSet<_>>()
                            .len()
                    });
                    let cause = if own.is_some_and(|own| own < day) {
                        Cause::Scheduled
                    } else if let Some((_, their_lead)) = repeated {
                        if overlap(&lead, their_lead) >= SAME_LEAD {
                            Cause::ReIssue
                        } else {
                            Cause::Boilerplate
                        }
                    } else if mention.relative && !corpus_has {
                        Cause::Disputed
                    } else if days_in_sentence >= LIST_DAYS {
                        Cause::List
                    } else {
                        Cause::Reported
                    };
                    let own = own.map_or_else(|| "?".to_string(), |d| d.to_string());
                    counted.push((key, lead.clone()));
                    (cause, format!("{} ({own}) [{written}] {}", article.id, clip(text)))
                }
            };
            *day_counts.entry(cause).or_default() += 1;
            lines.push(format!("{cause:?}: {line}"));
        }
        eprintln!(
            "{day}: {mentioned} articles name it ({later} after it), {} count it: {day_counts:?}",
            lines.len()
        );
        for line in lines.iter().take(12) {
            eprintln!("    {line}");
        }
        for (cause, n) in day_counts {
            *counts.entry(format!("{cause:?}")).or_default() += n;
        }
    }
    eprintln!("wrong-day causes {folder}: {counts:?}");
    counts
}

fn lead_text(article: &Article) -> &str {
    article.sentences.first().map_or("", |s| article.span_text(s.span))
}

/// The distinct lower-case words of an article's first two sentences.
fn lead_words(article: &Article) -> BTreeSet<String> {
    article
        .sentences
        .iter()
        .take(2)
        .flat_map(|s| article.span_text(s.span).split(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Share of the smaller set's words that are in the other.
fn overlap(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f64 {
    let smaller = a.len().min(b.len());
    if smaller == 0 {
        return 0.0;
    }
    a.intersection(b).count() as f64 / smaller as f64
}

fn clip(text: &str) -> String {
    let mut clipped: String = text.chars().take(200).collect();
    if clipped.len() < text.len() {
        clipped.push('…');
    }
    clipped
}
