//! The store against real SQLite files in temporary folders.

use super::*;

fn article(input: &str, title: &str, text: &str) -> NewArticle {
    NewArticle {
        raw: RawArticle {
            input: input.to_string(),
            id: None,
            url: None,
            outlet: Some("Wire".to_string()),
            title: Some(title.to_string()),
            published: Some("2020-10-01".to_string()),
            language: None,
            body: Body::Text(text.to_string()),
        },
        title: Some(title.to_string()),
        outlet: Some("Wire".to_string()),
        published: Some("2020-10-01".to_string()),
        language: None,
        text: text.to_string(),
    }
}

fn open(dir: &tempfile::TempDir) -> Store {
    Store::open(&dir.path().join("chorus.db")).expect("store opens")
}

#[test]
fn a_new_file_gets_the_schema_and_reopens() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = open(&dir);
    assert_eq!(store.article_count().expect("count"), 0);
    drop(store);
    let store = open(&dir);
    let version: i64 = store
        .conn
        .query_row("SELECT max(version) FROM schema_version", [], |row| row.get(0))
        .expect("version");
    assert_eq!(version, schema::VERSION);
}

#[test]
fn a_newer_schema_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = open(&dir);
    store
        .conn
        .execute("INSERT INTO schema_version (version) VALUES (99)", [])
        .expect("bump");
    drop(store);
    let err = Store::open(&dir.path().join("chorus.db")).err().expect("refused");
    assert!(err.to_string().contains("newer"), "{err}");
}

#[test]
fn the_same_article_twice_is_stored_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = open(&dir);
    let first = article("a.txt", "Fighters sent", "Fighters were sent to the front.");
    let inserted = store.insert_batch(&[first.clone(), first.clone()]).expect("insert");
    assert_eq!(inserted, Inserted { new: 1, known: 1 });
    // Read again from another path: still the same article.
    let mut again = first;
    again.raw.input = "copy/a.txt".to_string();
    let inserted = store.insert_batch(&[again]).expect("insert");
    assert_eq!(inserted, Inserted { new: 0, known: 1 });
    assert_eq!(store.article_count().expect("count"), 1);
}

#[test]
fn an_error_mid_batch_stores_none_of_the_batch_and_a_rerun_completes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = open(&dir);
    let batch_one = vec![
        article("1.txt", "One", "First text."),
        article("2.txt", "Two", "Second text."),
    ];
    store.insert_batch(&batch_one).expect("first batch");
    // The second batch fails on its second article (a date the schema refuses).
    let mut broken = article("4.txt", "Four", "Fourth text.");
    broken.published = Some("yesterday".to_string());
    let batch_two = vec![
        article("3.txt", "Three", "Third text."),
        broken,
        article("5.txt", "Five", "Fifth."),
    ];
    let err = store.insert_batch(&batch_two).expect_err("batch refused");
    assert!(err.to_string().contains("4.txt"), "{err}");
    assert_eq!(
        store.article_count().expect("count"),
        2,
        "nothing of the failed batch is stored"
    );
    assert!(store.check().expect("check").is_empty());
    assert_eq!(store.search_articles("third", 10).expect("search"), Vec::new());
    // The re-run with the input fixed stores the rest, and nothing twice.
    let fixed: Vec<NewArticle> = batch_one
        .into_iter()
        .chain([
            article("3.txt", "Three", "Third text."),
            article("4.txt", "Four", "Fourth text."),
        ])
        .collect();
    let inserted = store.insert_batch(&fixed).expect("re-run");
    assert_eq!(inserted, Inserted { new: 2, known: 2 });
    assert_eq!(store.article_count().expect("count"), 4);
    assert!(store.check().expect("check").is_empty());
}

#[test]
fn search_finds_every_word_and_takes_operators_as_text() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = open(&dir);
    store
        .insert_batch(&[
            article(
                "1.txt",
                "Syrian fighters",
                "Fighters from Syria were sent to Azerbaijan.",
            ),
            article("2.txt", "Weather", "Rain is expected on Sunday."),
        ])
        .expect("insert");
    let hits = store.search_articles("syria AZERBAIJAN", 10).expect("search");
    assert_eq!(hits.len(), 1);
    assert!(hits[0].snippet.contains(MATCH_START), "{:?}", hits[0].snippet);
    assert!(store.search_articles("rain OR NEAR(\"x", 10).is_ok());
    assert!(store.search_articles("  ", 10).expect("search").is_empty());
}

#[test]
fn raw_articles_come_back_with_their_store_ids() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = open(&dir);
    let new = article("1.txt", "One", "First text.");
    store.insert_batch(std::slice::from_ref(&new)).expect("insert");
    let raw = store.raw_articles().expect("raw");
    assert_eq!(raw.len(), 1);
    assert_eq!(raw[0].id.as_deref(), Some(&content_hash(&new.raw)[..16]));
    assert_eq!(raw[0].body, new.raw.body);
    assert_eq!(raw[0].title, new.raw.title);
    assert!(!store.stories_are_current().expect("current"));
}

fn report_article(id: &str) -> chorus_report::ArticleOut {
    chorus_report::ArticleOut {
        id: id.to_string(),
        input: format!("{id}.txt"),
        url: None,
        outlet: Some("Wire".to_string()),
        author: None,
        title: Some(format!("Title {id}")),
        published: Some("2020-10-01".to_string()),
        published_from_text: false,
        language: Some("en".to_string()),
        duplicate_of: None,
        text: "Text.".to_string(),
        sentences: Vec::new(),
    }
}

fn report_story(id: &str, articles: &[&str]) -> StoryOut {
    StoryOut {
        id: id.to_string(),
        headline: format!("Story {id}"),
        articles: articles.iter().map(|a| a.to_string()).collect(),
        outlets: vec!["Wire".to_string()],
        support: chorus_report::Support {
            articles: articles.len(),
            independent: 1,
        },
        summary: Vec::new(),
        timeline: Vec::new(),
        background: Vec::new(),
        entities: Vec::new(),
        quotes: Vec::new(),
        figures: Vec::new(),
        coverage: Vec::new(),
    }
}

#[test]
fn a_story_keeps_its_id_as_it_grows_and_moves() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = open(&dir);
    let first = article("1.txt", "One", "First text.");
    let second = article("2.txt", "Two", "Second text.");
    store.insert_batch(&[first.clone(), second.clone()]).expect("insert");
    let one = content_hash(&first.raw)[..16].to_string();
    let two = content_hash(&second.raw)[..16].to_string();
    let report = |stories: Vec<StoryOut>| Report {
        schema: chorus_report::SCHEMA,
        articles: vec![report_article(&one), report_article(&two)],
        stories,
    };
    store
        .replace_stories(&report(vec![report_story("s1", &[&one])]))
        .expect("stories");
    let ids = |store: &Store| -> Vec<String> {
        let filter = StoryFilter {
            limit: 10,
            ..Default::default()
        };
        store
            .stories(&filter)
            .expect("stories")
            .into_iter()
            .map(|s| s.id)
            .collect()
    };
    assert_eq!(ids(&store), [format!("s{one}")]);
    // Recomputed: a new story comes first, the old one grew; its id holds.
    store
        .replace_stories(&report(vec![
            report_story("s1", &[&two]),
            report_story("s2", &[&two, &one]),
        ]))
        .expect("stories");
    assert_eq!(ids(&store), [format!("s{two}"), format!("s{one}")]);
    let json: Value =
        serde_json::from_str(&store.story_json(&format!("s{one}")).expect("read").expect("story")).expect("JSON");
    assert_eq!(json["id"], format!("s{one}"), "the story object carries the same id");
    assert!(store.story_page(&format!("s{one}")).expect("read").is_some());
    assert!(store.stories_are_current().expect("current"));
}

#[test]
fn seen_items_are_remembered_with_their_articles() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = open(&dir);
    assert!(store.seen_items("https://a.example/rss").expect("seen").is_empty());
    let seen = |item: &str, fingerprint: &str| SeenItem {
        source: "https://a.example/rss".to_string(),
        item: item.to_string(),
        fingerprint: fingerprint.to_string(),
    };
    let inserted = store
        .insert_and_remember(&[article("a", "One", "First text.")], &[seen("guid-1", "")])
        .expect("insert");
    assert_eq!(inserted.new, 1);
    store
        .insert_and_remember(&[], &[seen("file", "10:1"), seen("file", "12:2")])
        .expect("remember");
    drop(store);
    let store = open(&dir);
    let items = store.seen_items("https://a.example/rss").expect("seen");
    assert_eq!(items.len(), 2);
    assert_eq!(items["guid-1"], "");
    assert_eq!(items["file"], "12:2");
    assert!(store.seen_items("other").expect("seen").is_empty());
}
