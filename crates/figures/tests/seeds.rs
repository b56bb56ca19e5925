//! The figures of the example story in `../shared/corpora/seeds`: the
//! count of Syrian fighters sent to Azerbaijan is one disputed group.

use std::path::PathBuf;

use chorus_model::{Article, Attribution, Span};
use chrono::NaiveDate;

/// The five seeds in file order, annotated by the text stage and this one,
/// with the attributions of the second one (Le Figaro's aggregator) built
/// by hand, since the quotes stage is not part of this crate.
fn seeds() -> Vec<Article> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora/seeds");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("the seeds folder is readable")
        .map(|entry| entry.expect("a readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    assert_eq!(paths.len(), 5);
    let mut articles: Vec<Article> = paths
        .iter()
        .map(|path| {
            let mut article = Article {
                text: std::fs::read_to_string(path).expect("the seed is readable"),
                language: Some("en".into()),
                published: NaiveDate::from_ymd_opt(2020, 10, 1).and_then(|d| d.and_hms_opt(0, 0, 0)),
                ..Article::default()
            };
            chorus_text::annotate(&mut article);
            article
        })
        .collect();
    let second = &mut articles[1];
    let macron = attribution(
        &second.text,
        0,
        "French President",
        "claimed",
        "intelligence reports had affirmed that 300 Syrian combatants",
        "to Azerbaijan",
    );
    let observatory = attribution(
        &second.text,
        1,
        "Syrian Observatory for Human Rights",
        "reported",
        "Ankara had sent",
        "from northern Syria",
    );
    second.attributions = vec![macron, observatory];
    for article in &mut articles {
        chorus_figures::annotate(article);
    }
    articles
}

/// An attribution of `text` by the entity `speaker`, whose content runs
/// from `content_from` to the end of `content_to`.
fn attribution(
    text: &str,
    speaker: usize,
    source: &str,
    cue: &str,
    content_from: &str,
    content_to: &str,
) -> Attribution {
    let find = |s: &str| text.find(s).expect("the words are in the seed");
    let span = |s: &str| Span::new(find(s), find(s) + s.len());
    let start = find(content_from);
    let end = start + text[start..].find(content_to).expect("the content ends") + content_to.len();
    Attribution {
        source: Some(span(source)),
        speaker: Some(speaker),
        role: None,
        co_speakers: Vec::new(),
        cue: Some(span(cue)),
        content: Span::new(start, end),
        direct: false,
    }
}

fn speaker_name(article: usize, entity: usize) -> Option<String> {
    match (article, entity) {
        (1, 0) => Some("Emmanuel Macron".to_string()),
        (1, 1) => Some("Syrian Observatory for Human Rights".to_string()),
        _ => None,
    }
}

#[test]
fn the_count_of_syrian_fighters_is_one_disputed_group() {
    let articles = seeds();
    let members: Vec<usize> = (0..articles.len()).collect();
    let groups = chorus_figures::group_story(&articles, &members, &speaker_name);
    let with_text = |text: &str| {
        groups
            .iter()
            .filter(|g| g.values.iter().any(|v| v.text == text))
            .collect::<Vec<_>>()
    };
    let macron = with_text("300 Syrian combatants");
    assert_eq!(macron.len(), 1, "{groups:#?}");
    let fighters = macron[0];
    assert!(fighters.disputed);
    assert_eq!(fighters.about, "Syrian fighters sent to Azerbaijan");

    let value = |text: &str| {
        fighters
            .values
            .iter()
            .find(|v| v.text == text)
            .unwrap_or_else(|| panic!("{text} is in {fighters:#?}"))
    };
    let three_hundred = value("300 Syrian combatants");
    assert_eq!(three_hundred.value, 300.0);
    assert_eq!(three_hundred.attributed_to.as_deref(), Some("Emmanuel Macron"));
    assert_eq!(three_hundred.occurrences.len(), 1);
    assert_eq!(three_hundred.occurrences[0].0, 1);

    let proxies = value("at least 300 proxies");
    assert_eq!(proxies.value, 300.0);
    assert_eq!(
        proxies.attributed_to.as_deref(),
        Some("Syrian Observatory for Human Rights")
    );

    let nearly = value("nearly 1,000 Syrians");
    assert_eq!(nearly.value, 1000.0);
    assert_eq!(nearly.occurrences.iter().map(|o| o.0).collect::<Vec<_>>(), [0]);

    let armenia = value("an estimate 4,000 mercenaries");
    assert_eq!(armenia.value, 4000.0);
    let sources: Vec<usize> = armenia.occurrences.iter().map(|o| o.0).collect();
    assert_eq!(sources, [2]);
    // The same value without "an estimate" is listed apart, with its text.
    let islamists = value("4,000 radical Islamists");
    assert_eq!(islamists.value, 4000.0);
    assert_eq!(islamists.occurrences.iter().map(|o| o.0).collect::<Vec<_>>(), [4]);
}

#[test]
fn seed_figures_have_their_counted_nouns() {
    let articles = seeds();
    let described = |a: usize| -> Vec<(String, Option<String>)> {
        let article = &articles[a];
        article
            .figures
            .iter()
            .map(|f| {
                (
                    article.span_text(f.span).to_string(),
                    f.counted.map(|c| article.span_text(c).to_string()),
                )
            })
            .collect()
    };
    let le_monde = described(3);
    for (text, counted) in [
        ("98 people", "people"),
        ("81 Armenian separatist fighters", "Armenian separatist fighters"),
        ("17 civilians", "civilians"),
        ("nearly a hundred people", "people"),
        ("2,300 Armenian separatists", "Armenian separatists"),
        ("150,000 inhabitants", "inhabitants"),
    ] {
        assert!(
            le_monde.contains(&(text.to_string(), Some(counted.to_string()))),
            "{text} in {le_monde:?}"
        );
    }
    // Dates, years and the resolution number are no figures.
    let asbarez = described(2);
    assert!(asbarez
        .iter()
        .all(|(text, _)| !text.contains("2019") && !text.contains("42")));
    assert!(asbarez.iter().any(|(text, _)| text == "$1,500 to $2,000"));
    assert!(described(0).iter().all(|(text, _)| !text.contains("2020")));
}
