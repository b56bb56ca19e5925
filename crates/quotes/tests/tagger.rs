//! The shipped attribution tagger: it loads, reads back byte for byte, and
//! adds the attributions whose cue the rules do not know, with their
//! source and content.

use chorus_model::Article;
use chorus_quotes::{find_with, shipped_model, Model, Quote};

/// Source, cue and content of each attribution of `text`, with the tagger
/// or the rules alone.
fn attributions(text: &str, model: Option<&Model>) -> Vec<(String, String, String)> {
    let mut article = Article {
        text: text.to_string(),
        ..Article::default()
    };
    chorus_text::annotate(&mut article);
    let show = |quote: &Quote| {
        let a = &quote.attribution;
        (
            a.source.map_or("", |s| article.span_text(s)).to_string(),
            a.cue.map_or("", |s| article.span_text(s)).to_string(),
            article.span_text(a.content).to_string(),
        )
    };
    find_with(&article, model).iter().map(show).collect()
}

#[test]
fn the_shipped_model_loads_and_reads_back() {
    let model = shipped_model().expect("crates/quotes/model/attribution.bin holds a model");
    let bytes = model.to_bytes();
    let again = Model::from_bytes(&bytes).expect("a model reads back");
    assert_eq!(again.to_bytes(), bytes);
    assert!(Model::from_bytes(&bytes[..bytes.len() / 2]).is_err());
    assert!(Model::from_bytes(b"not a model").is_err());
}

/// Where the rules find a clear statement, the tagger keeps it as it was
/// (it replaces a rule's attribution only where their contents disagree,
/// and a rule's source only with its own reading of it).
#[test]
fn the_tagger_keeps_what_the_rules_find() {
    let model = shipped_model().expect("a shipped model");
    for text in [
        "Senator Warren expects that the bill will pass the Senate next month.",
        "The governor hopes the new budget will cut waiting times at hospitals.",
        "Trump tweeted that the election was rigged against him from the start.",
        "“We will not give up,” Pashinyan said. He added that talks had failed.",
        "The mayor supported the plan to build more schools in the city.",
        "His claims were never checked.",
    ] {
        let rules = attributions(text, None);
        let both = attributions(text, Some(model));
        assert!(
            rules.iter().all(|one| both.contains(one)),
            "{text}: {rules:?} vs {both:?}"
        );
        assert!(
            both.iter().all(|(_, _, content)| !content.is_empty()),
            "{text}: {both:?}"
        );
    }
}
