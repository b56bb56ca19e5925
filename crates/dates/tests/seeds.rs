//! The dates of the example story in `../shared/corpora/seeds`, resolved
//! against a publication day of Thursday 1 October 2020.

use std::path::PathBuf;

use chorus_model::{Article, DateMention};
use chrono::NaiveDate;

fn seeds_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora/seeds")
}

/// The seed whose file name starts with `prefix`, annotated.
fn seed(prefix: &str) -> Article {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(seeds_dir())
        .expect("the seeds folder is readable")
        .map(|entry| entry.expect("a readable entry").path())
        .collect();
    paths.sort();
    let path = paths
        .into_iter()
        .find(|p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with(prefix)))
        .expect("the seed exists");
    let mut article = Article {
        text: std::fs::read_to_string(&path).expect("the seed is readable"),
        language: Some("en".into()),
        published: NaiveDate::from_ymd_opt(2020, 10, 1).and_then(|d| d.and_hms_opt(0, 0, 0)),
        ..Article::default()
    };
    chorus_text::annotate(&mut article);
    chorus_dates::annotate(&mut article);
    article
}

/// The dates of the mentions whose text is `text`.
fn dates_of<'a>(article: &'a Article, text: &str) -> Vec<&'a DateMention> {
    article
        .dates
        .iter()
        .filter(|m| article.span_text(m.span) == text)
        .collect()
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

#[test]
fn seed_000_weekdays_and_days() {
    let article = seed("000_");
    let wednesday = dates_of(&article, "on Wednesday");
    assert!(!wednesday.is_empty());
    assert!(wednesday.iter().all(|m| m.date == day(2020, 9, 30) && m.relative));
    assert!(dates_of(&article, "on Thursday")
        .iter()
        .all(|m| m.date == day(2020, 10, 1)));
    let outbreak = dates_of(&article, "September 27");
    assert_eq!(outbreak.len(), 1);
    assert_eq!(outbreak[0].date, day(2020, 9, 27));
    assert_eq!(dates_of(&article, "October 1, 2020")[0].date, day(2020, 10, 1));
}

#[test]
fn seed_003_le_monde() {
    let article = seed("003_");
    let in_brackets = dates_of(&article, "September 30th");
    assert_eq!(in_brackets.len(), 1);
    assert_eq!(in_brackets[0].date, day(2020, 9, 30));
    let sundays: Vec<_> = article
        .dates
        .iter()
        .filter(|m| article.span_text(m.span).contains("Sunday"))
        .collect();
    assert!(sundays.len() >= 2);
    assert!(sundays.iter().all(|m| m.date == day(2020, 9, 27)));
    assert_eq!(dates_of(&article, "a week ago")[0].date, day(2020, 9, 24));
}

#[test]
fn seed_publication_dates_inferred_from_text() {
    for (prefix, expected) in [
        ("000_", Some(day(2020, 10, 1))),
        ("002_", Some(day(2020, 10, 1))),
        ("001_", None),
    ] {
        let mut article = seed(prefix);
        article.published = None;
        assert_eq!(chorus_dates::infer_publication_date(&article), expected, "{prefix}");
    }
}
