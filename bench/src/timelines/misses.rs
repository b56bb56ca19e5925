//! `chorus-bench timelines --misses`: why gold days are not among the days
//! chorus's timeline has at all (with no date budget), leak-free.
//!
//! For each gold day missed, the first cause that applies, in this order:
//! outside the story's time (after its newest article, or background); a
//! mention the dates stage resolved to the day, in a sentence the timeline
//! leaves out (the filter named); a mention only in articles marked as
//! near-copies; the day only as the publication day of articles that never
//! name it (their leads printed, to read how they tell their event); a day
//! the corpus's own `dates` field finds in an article where the dates stage
//! finds none (a parsing gap; the sentences naming its weekday or day number
//! printed); nothing at all. It prints to stderr and counts the causes per
//! folder; nothing here is scored.

use std::collections::{BTreeMap, BTreeSet};

use chorus_model::{Article, DatePrecision, RawArticle};
use chrono::{Datelike, NaiveDate};

use super::Gold;

/// Why a gold day has no candidate sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Cause {
    AfterNewest,
    Background,
    StartsPeriod,
    InFurniture,
    NotShown,
    DanglingPronoun,
    OnlyInCopies,
    PublicationDayOnly,
    ParsingGap,
    Nothing,
}

/// Print why each gold day that `candidates` lacks is missing; return the
/// count of each cause.
pub(super) fn explain(
    folder: &str,
    inputs: &[RawArticle],
    corpus_dates: &[Vec<NaiveDate>],
    gold: &Gold,
    candidates: &BTreeSet<String>,
) -> BTreeMap<String, usize> {
    let (articles, corpus_of) = super::annotated(inputs, corpus_dates);
    let published: Vec<NaiveDate> = articles.iter().filter_map(|a| a.published.map(|p| p.date())).collect();
    let (Some(&first), Some(&last)) = (published.iter().min(), published.iter().max()) else {
        return BTreeMap::new();
    };
    let missed: Vec<NaiveDate> = gold
        .days
        .keys()
        .filter(|d| !candidates.contains(*d))
        .filter_map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .collect();
    eprintln!(
        "== misses {folder} / {}: {} of {} gold days are no candidate (leak-free)",
        gold.name,
        missed.len(),
        gold.days.len()
    );
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for day in missed {
        let (cause, evidence) = cause_of(day, &articles, &corpus_of, first, last);
        eprintln!(
            "{day} {:?}  gold: {}",
            cause,
            gold.days.get(&day.to_string()).map_or("", |t| t.trim())
        );
        for line in evidence.iter().take(6) {
            eprintln!("    {line}");
        }
        *counts.entry(format!("{cause:?}")).or_default() += 1;
    }
    eprintln!("causes {folder}: {counts:?}");
    counts
}

fn cause_of(
    day: NaiveDate,
    articles: &[Article],
    corpus_of: &BTreeMap<&str, &Vec<NaiveDate>>,
    first: NaiveDate,
    last: NaiveDate,
) -> (Cause, Vec<String>) {
    if day > last {
        return (Cause::AfterNewest, Vec::new());
    }
    if day < first - chrono::Duration::days(chorus_summary::BACKGROUND_DAYS) {
        return (Cause::Background, Vec::new());
    }
    let mut dropped: Vec<(Cause, String)> = Vec::new();
    let mut in_copies = Vec::new();
    for article in articles {
        for mention in article
            .dates
            .iter()
            .filter(|m| m.precision == DatePrecision::Day && m.date == day)
        {
            let Some(sentence) = article.sentence_at(mention.span.start as usize) else {
                continue;
            };
            let text = article.span_text(article.sentences[sentence].span);
            let line = format!("{} [{}] {}", article.id, article.span_text(mention.span), clip(text));
            if article.duplicate_of.is_some() {
                in_copies.push(line);
                continue;
            }
            let cause = if mention.starts_period {
                Cause::StartsPeriod
            } else {
                match chorus_summary::shown_part(article, sentence) {
                    None => Cause::NotShown,
                    Some(shown) if mention.span.start < shown.span.start => Cause::InFurniture,
                    Some(shown) if chorus_summary::has_dangling_pronoun(article, shown.span) => Cause::DanglingPronoun,
                    // Kept by the timeline's own filters: it should be a
                    // candidate; say so rather than hide it.
                    Some(_) => Cause::Nothing,
                }
            };
            dropped.push((cause, line));
        }
    }
    if let Some(&(cause, _)) = dropped
        .iter()
        .filter(|(c, _)| *c != Cause::Nothing)
        .min_by_key(|(c, _)| *c)
    {
        return (cause, dropped.into_iter().map(|(c, l)| format!("{c:?}: {l}")).collect());
    }
    if !in_copies.is_empty() {
        return (Cause::OnlyInCopies, in_copies);
    }
    let published_then: Vec<&Article> = articles
        .iter()
        .filter(|a| a.duplicate_of.is_none() && a.published.map(|p| p.date()) == Some(day))
        .collect();
    let corpus_only: Vec<String> = articles
        .iter()
        .filter(|a| corpus_of.get(a.id.as_str()).is_some_and(|days| days.contains(&day)))
        .flat_map(|a| naming_sentences(a, day))
        .collect();
    if !published_then.is_empty() {
        let mut evidence: Vec<String> = published_then
            .iter()
            .map(|a| {
                let lead = a.sentences.first().map_or("", |s| a.span_text(s.span));
                format!("published {}: {}", a.id, clip(lead))
            })
            .collect();
        evidence.extend(corpus_only.into_iter().map(|l| format!("corpus: {l}")));
        return (Cause::PublicationDayOnly, evidence);
    }
    if !corpus_only.is_empty() {
        return (Cause::ParsingGap, corpus_only);
    }
    (Cause::Nothing, Vec::new())
}

/// The sentences of an article that name `day`'s weekday or its day of the
/// month next to a month name: where a mention the dates stage missed
/// would be.
fn naming_sentences(article: &Article, day: NaiveDate) -> Vec<String> {
    let weekday = day.format("%A").to_string().to_lowercase();
    let number = day.day().to_string();
    article
        .sentences
        .iter()
        .map(|s| article.span_text(s.span))
        .filter(|text| {
            let lower = text.to_lowercase();
            let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).collect();
            words
                .iter()
                .any(|w| w.starts_with(&weekday[..3]) && weekday.starts_with(w))
                || words.contains(&number.as_str())
        })
        .map(|text| format!("{} {}", article.id, clip(text)))
        .collect()
}

fn clip(text: &str) -> String {
    let mut clipped: String = text.chars().take(220).collect();
    if clipped.len() < text.len() {
        clipped.push('…');
    }
    clipped
}
