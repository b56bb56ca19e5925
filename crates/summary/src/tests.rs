//! Summaries of small stories written for these tests.

use chorus_compare::align_story;

use super::*;

fn article(id: &str, text: &str) -> Article {
    let mut article = Article { id: id.into(), text: text.into(), language: Some("en".into()), ..Article::default() };
    chorus_text::annotate(&mut article);
    article
}

fn story() -> Vec<Article> {
    vec![
        article("a", "Heavy fighting broke out around the disputed region of Karabakh on Sunday morning. \
            France accused Turkey of sending Syrian fighters to the region on Thursday. \
            He said the fighters were paid. The local weather stayed unusually warm all week long."),
        article("b", "France on Thursday accused Turkey of sending Syrian fighters into the region. \
            Heavy fighting broke out around Karabakh on Sunday, officials in the region said. \
            Russia called for the withdrawal of all foreign fighters from the conflict zone."),
        article("c", "Turkey was accused by France of sending Syrian fighters to the region, Paris said Thursday. \
            Russia called for the withdrawal of foreign fighters from the conflict zone on Wednesday."),
    ]
}

#[test]
fn the_most_supported_facts_come_first_once_each_with_every_citation() {
    let articles = story();
    let alignment = align_story(&articles, &[0, 1, 2], &[0, 1, 2]);
    let summary = summarize(&articles, &alignment, &SummaryOptions::default());
    let texts: Vec<&str> = summary.iter().map(|s| articles[s.at.article].span_text(articles[s.at.article].sentences[s.at.sentence].span)).collect();
    assert!(texts[0].contains("accused"), "{texts:#?}");
    assert_eq!(summary[0].support, Support { articles: 3, independent: 3 });
    let cited: Vec<usize> = summary[0].citations.iter().map(|c| c.article).collect();
    assert_eq!(cited.len(), 3, "{:?}", summary[0].citations);
    // Each fact once: no two chosen sentences about the accusation.
    assert_eq!(texts.iter().filter(|t| t.contains("accused")).count(), 1, "{texts:#?}");
    assert!(texts.iter().all(|t| !t.starts_with("He ")), "{texts:#?}");
}

#[test]
fn the_word_budget_is_kept() {
    let articles = story();
    let alignment = align_story(&articles, &[0, 1, 2], &[0, 1, 2]);
    let summary = summarize(&articles, &alignment, &SummaryOptions { max_words: 30 });
    let words: usize = summary
        .iter()
        .map(|s| articles[s.at.article].span_text(articles[s.at.article].sentences[s.at.sentence].span).split_whitespace().count())
        .sum();
    assert!(!summary.is_empty() && words <= 30, "{words} words");
}
