//! The five seed articles (the project's main use case): each gets its
//! title, keeps every real paragraph and loses every line of page residue.

use std::fs;
use std::path::PathBuf;

use chorus_extract::extract;
use chorus_model::{Article, Body, RawArticle};

fn seeds_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora/seeds")
}

fn extract_seed(prefix: &str) -> Article {
    let dir = seeds_dir();
    let entries = fs::read_dir(&dir).unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()));
    let path = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .find(|path| {
            path.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(prefix))
        })
        .unwrap_or_else(|| panic!("no seed {prefix} in {}", dir.display()));
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
    let raw = RawArticle::new(path.display().to_string(), Body::Text(text));
    let (article, problems) = extract(raw);
    assert!(problems.is_empty(), "{prefix}: {problems:?}");
    article.unwrap_or_else(|| panic!("{prefix}: no article"))
}

/// Lines no seed may keep.
const RESIDUE: &[&str] = &[
    "XS",
    "SM",
    "MD",
    "LG",
    "Show More",
    "Related Articles",
    "Back to top button",
    "comments",
    "Advertisement",
    "Source link",
    "Leave a Reply",
];

fn assert_clean(prefix: &str, article: &Article) {
    let paragraphs: Vec<&str> = article.text.split("\n\n").collect();
    for paragraph in &paragraphs {
        assert!(!paragraph.is_empty(), "{prefix}: empty paragraph");
        assert_eq!(paragraph.trim(), *paragraph, "{prefix}: untrimmed paragraph");
        assert!(!paragraph.contains('\n'), "{prefix}: line break inside a paragraph");
        assert!(!paragraph.contains("  "), "{prefix}: double space");
        assert!(
            !RESIDUE.contains(paragraph),
            "{prefix}: residue line {paragraph:?} kept"
        );
        assert!(!paragraph.starts_with("Read also"), "{prefix}: {paragraph:?}");
        assert!(!paragraph.starts_with('•'), "{prefix}: bullet link {paragraph:?}");
        assert!(!paragraph.starts_with("Your email address"), "{prefix}: {paragraph:?}");
        assert!(
            !paragraph.chars().any(|c| ('\u{0530}'..='\u{058F}').contains(&c)),
            "{prefix}: Armenian line kept"
        );
    }
    for (i, paragraph) in paragraphs.iter().enumerate() {
        assert!(
            !paragraphs[..i].contains(paragraph),
            "{prefix}: {paragraph:?} kept twice"
        );
    }
}

fn count(article: &Article, needle: &str) -> usize {
    article.text.matches(needle).count()
}

#[test]
fn seed_000_past_the_armenian_line() {
    let article = extract_seed("000_");
    assert_eq!(article.id, "000_9f61bda5922b5604");
    assert_eq!(
        article.title.as_deref(),
        Some("France Accuses Turkey of Sending Jihadist Fighters To Karabakh")
    );
    assert_clean("000", &article);
    assert!(count(&article, "Novo-Ogaryovo") <= 1);
    assert!(count(&article, "Beylagan district") <= 1);
    assert!(count(&article, "remains of a rocket shell") <= 1);
    assert!(article.text.starts_with("France accused Turkey on Thursday"));
    assert!(
        article.text.ends_with("against our national security.”"),
        "{}",
        article.text
    );
    assert_eq!(
        article
            .text
            .split("\n\n")
            .filter(|p| p.ends_with(['.', '”', '"']))
            .count(),
        14
    );
}

#[test]
fn seed_001_loses_its_widgets() {
    let article = extract_seed("001_");
    assert_eq!(
        article.title.as_deref(),
        Some("Russia and Iran expressed their concerns about Syrian and Libyan fighters in Nagorno-Karabakh")
    );
    assert_clean("001", &article);
    assert_eq!(article.text.split("\n\n").count(), 6);
}

#[test]
fn seed_002_reads_its_byline() {
    let article = extract_seed("002_");
    assert_eq!(
        article.title.as_deref(),
        Some("Macron Has Proof of Turkey-Backed Jihadists Fighting for Baku; Moscow, Penatgon Confirm")
    );
    assert_clean("002", &article);
    assert_eq!(article.outlet.as_deref(), Some("Asbarez"));
    assert_eq!(
        article.published.map(|d| d.date().to_string()).as_deref(),
        Some("2020-10-01")
    );
    assert!(!article.text.contains("By Asbarez"));
    assert!(count(&article, "Syrian mercenaries under the flag on Turkey") <= 1);
    assert!(article.text.contains(
        "“I directly told Aliyev that nothing can justify Azerbaijani attacks against Karabakh,” Macron says."
    ));
    assert!(article.text.ends_with("added Tatoyan."), "{}", article.text);
}

#[test]
fn seed_003_loses_its_links() {
    let article = extract_seed("003_");
    assert_eq!(
        article.title.as_deref(),
        Some("Moscow denounces the presence of Syrian and Libyan fighters in the region")
    );
    assert_clean("003", &article);
    for link in [
        "Syrian insurgents in Azerbaijan",
        "Putin and Macron call for an end",
        "Arms pass between Paris and Ankara",
        "Why Armenia and Azerbaijan clash",
    ] {
        assert!(!article.text.contains(link), "{link}");
    }
    assert!(
        article.text.ends_with("2,300 Armenian separatists have been killed."),
        "{}",
        article.text
    );
    assert_eq!(article.outlet.as_deref(), Some("Le Monde"));
    assert_eq!(article.text.split("\n\n").count(), 20);
}

#[test]
fn seed_004_keeps_every_line() {
    let article = extract_seed("004_");
    assert_eq!(
        article.title.as_deref(),
        Some("Russia calls for withdrawal of foreign mercenaries from Nagorno-Karabakh")
    );
    assert_clean("004", &article);
    assert_eq!(article.text.split("\n\n").count(), 5);
}

#[test]
fn truncated_seeds_do_not_panic() {
    let dir = seeds_dir();
    let Ok(entries) = fs::read_dir(&dir) else {
        panic!("reading {}", dir.display());
    };
    for path in entries.filter_map(Result::ok).map(|entry| entry.path()) {
        let Ok(text) = fs::read_to_string(&path) else {
            continue;
        };
        // Every 37th character boundary: cuts inside words, lines, quotes.
        for (i, _) in text.char_indices().step_by(37) {
            for piece in [&text[..i], &text[i..]] {
                let raw = RawArticle::new("cut.txt", Body::Text(piece.to_string()));
                let (article, problems) = extract(raw);
                assert!(article.is_some() || !problems.is_empty());
            }
        }
    }
}
