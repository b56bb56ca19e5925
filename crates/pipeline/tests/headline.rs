//! The story headline: the most central article's title, unless its site cut
//! that title short and another article of the story has a whole one.

use chorus_model::{Body, RawArticle};
use chorus_pipeline::{build_report, Options};

/// Sentences of one invented event; the first article reports them all, the
/// others half each, so the first is the most central.
const FACTS: [&str; 6] = [
    "Two teenagers were wounded on Tuesday night when gunmen opened fire outside the Larkspur Community Center.",
    "Police Chief Dana Whitcombe said officers found more than forty shell casings in the parking lot.",
    "Both teenagers were taken to Saint Brigid Hospital and are expected to recover.",
    "Detectives are searching for two men who fled the Larkspur Community Center in a grey sedan.",
    "The center will stay closed on Wednesday while investigators comb the grounds.",
    "Anyone with information is asked to call the Larkspur police tip line.",
];

/// An article of the event with `title` and the facts at `facts`.
fn article(id: &str, title: &str, facts: &[usize]) -> RawArticle {
    let text = facts.iter().map(|&i| FACTS[i]).collect::<Vec<_>>().join("\n\n");
    let mut raw = RawArticle::new(format!("{id}.txt"), Body::Text(text));
    raw.id = Some(id.to_string());
    raw.title = Some(title.to_string());
    raw.outlet = Some(format!("Outlet {id}"));
    raw
}

/// The headline of the one story the articles make.
fn headline(raw: Vec<RawArticle>) -> String {
    let report = build_report(raw, &Options::default(), &mut Vec::new());
    assert_eq!(report.stories.len(), 1, "the articles make one story");
    report.stories[0].headline.clone()
}

const CUT: &str = "Search goes on for gunmen who shot two teenagers outside Larkspur commu…";
const WHOLE: &str = "Two teens wounded in shooting outside Larkspur Community Center";
const OTHER: &str = "Larkspur police seek two men after community center shooting";

#[test]
fn the_central_title_is_the_headline_when_whole() {
    let raw = vec![
        article(
            "a",
            "Gunmen wound two teenagers outside Larkspur Community Center",
            &[0, 1, 2, 3, 4, 5],
        ),
        article("b", WHOLE, &[0, 1, 2]),
        article("c", OTHER, &[0, 3, 4]),
    ];
    assert_eq!(
        headline(raw),
        "Gunmen wound two teenagers outside Larkspur Community Center"
    );
}

#[test]
fn a_whole_title_is_preferred_to_a_cut_central_one() {
    let raw = vec![
        article("a", CUT, &[0, 1, 2, 3, 4, 5]),
        article("b", WHOLE, &[0, 1, 2]),
        article("c", OTHER, &[0, 3, 4]),
    ];
    let headline = headline(raw);
    assert!(headline == WHOLE || headline == OTHER, "headline: {headline}");
}

#[test]
fn a_cut_title_is_kept_when_every_title_is_cut() {
    let raw = vec![
        article("a", CUT, &[0, 1, 2, 3, 4, 5]),
        article(
            "b",
            "Two teens wounded in shooting outside Larkspur Community Center, p...",
            &[0, 1, 2],
        ),
    ];
    assert_eq!(headline(raw), CUT);
}
