//! The store against real SQLite files in temporary folders.

use super::*;

fn article(input: &str, title: &str, text: &str) -> NewArticle {
    NewArticle {
        raw: RawArticle {
            outlet: Some("Wire".to_string()),
            title: Some(title.to_string()),
            published: Some("2020-10-01".to_string()),
            ..RawArticle::new(input, Body::Text(text.to_string()))
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
        published_time: None,
        published_offset: None,
        language: Some("en".to_string()),
        language_lent: false,
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
    // Recomputed: the old story grew (and is listed first, as the larger);
    // its id holds.
    store
        .replace_stories(&report(vec![
            report_story("s1", &[&two]),
            report_story("s2", &[&two, &one]),
        ]))
        .expect("stories");
    assert_eq!(ids(&store), [format!("s{one}"), format!("s{two}")]);
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

fn dated(title: &str, text: &str, published: Option<&str>) -> NewArticle {
    let mut new = article(&format!("{text}.txt"), title, text);
    new.raw.published = published.map(str::to_string);
    new.published = published.map(str::to_string);
    new
}

/// A stand-in for the pipeline: one story per title; records which
/// articles it was run over.
fn by_title(
    seen: &std::cell::RefCell<Vec<String>>,
) -> impl FnOnce(Vec<RawArticle>, &mut TermCounts, &[bool]) -> Report + '_ {
    move |raw: Vec<RawArticle>, _: &mut TermCounts, _: &[bool]| {
        let mut stories: Vec<(String, Vec<String>)> = Vec::new();
        let mut articles = Vec::new();
        for article in &raw {
            let id = article.id.clone().expect("store id");
            let title = article.title.clone().unwrap_or_default();
            match stories.iter_mut().find(|(t, _)| *t == title) {
                Some((_, members)) => members.push(id.clone()),
                None => stories.push((title, vec![id.clone()])),
            }
            let mut out = report_article(&id);
            out.published = article.published.clone();
            articles.push(out);
        }
        seen.borrow_mut().extend(raw.iter().filter_map(|a| a.title.clone()));
        Report {
            schema: chorus_report::SCHEMA,
            articles,
            stories: stories
                .iter()
                .enumerate()
                .map(|(i, (_, members))| {
                    let members: Vec<&str> = members.iter().map(String::as_str).collect();
                    report_story(&format!("{i}"), &members)
                })
                .collect(),
        }
    }
}

fn day(raw: &RawArticle) -> Option<String> {
    raw.published.clone()
}

#[test]
fn an_update_recomputes_only_the_stories_the_new_articles_can_join() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = open(&dir);
    let flood = [
        dated("Flood", "a", Some("2020-01-01")),
        dated("Flood", "b", Some("2020-01-05")),
    ];
    let fire = [
        dated("Fire", "c", Some("2020-03-01")),
        dated("Fire", "d", Some("2020-03-20")),
    ];
    store.insert_batch(&flood).expect("insert");
    store.insert_batch(&fire).expect("insert");
    assert!(!store.stories_are_current().expect("current"));
    let seen = std::cell::RefCell::new(Vec::new());
    let update = store
        .update_stories(false, 30, day, by_title(&seen))
        .expect("update")
        .expect("computed");
    assert!(update.full, "the first computation is a full one");
    assert_eq!((update.articles, update.new, update.stories), (4, 4, 2));
    assert!(store.stories_are_current().expect("current"));
    let before = store.story_records().expect("records");
    assert!(before.iter().all(|r| r.computed == 1), "{before:?}");
    assert!(store
        .update_stories(false, 30, day, by_title(&seen))
        .expect("update")
        .is_none());

    // New articles from April: the cutoff is 30 days before the earliest.
    store
        .insert_batch(&[
            dated("Vote", "f", Some("2020-04-12")),
            dated("Fire", "e", Some("2020-04-10")),
        ])
        .expect("insert");
    assert!(!store.stories_are_current().expect("current"));
    seen.borrow_mut().clear();
    let update = store
        .update_stories(false, 30, day, by_title(&seen))
        .expect("update")
        .expect("computed");
    assert_eq!(
        update,
        StoryUpdate {
            full: false,
            articles: 4,
            new: 2,
            stories: 2,
            replaced: 1,
            kept: 1,
            cutoff: Some("2020-03-11".to_string()),
        }
    );
    // The fire story is recomputed whole, its article before the cutoff too.
    assert_eq!(*seen.borrow(), ["Fire", "Fire", "Vote", "Fire"]);
    let after = store.story_records().expect("records");
    let id = |new: &NewArticle| format!("s{}", &content_hash(&new.raw)[..16]);
    let record = |id: &str| after.iter().find(|r| r.id == id).cloned().expect("story");
    assert_eq!(
        record(&id(&flood[0])),
        before.iter().find(|r| r.id == id(&flood[0])).cloned().unwrap()
    );
    assert_eq!(record(&id(&fire[0])).computed, 2, "the grown story was rewritten");
    assert_eq!(record(&id(&fire[0])).articles.len(), 3, "and keeps its id");
    assert_eq!(after.len(), 3);
    assert!(store.stories_are_current().expect("current"));

    // An undated new article counts as of the newest date (2020-04-12).
    store.insert_batch(&[dated("Fire", "g", None)]).expect("insert");
    let update = store
        .update_stories(false, 30, day, by_title(&seen))
        .expect("update")
        .expect("computed");
    assert_eq!(update.cutoff.as_deref(), Some("2020-03-13"));
    assert_eq!((update.replaced, update.kept), (2, 1));
    // From now on its story is recomputed with any new article, as a full
    // computation would cluster it against the newest stories.
    store
        .insert_batch(&[dated("Quake", "h", Some("2020-09-01"))])
        .expect("insert");
    let update = store
        .update_stories(false, 30, day, by_title(&seen))
        .expect("update")
        .expect("computed");
    assert_eq!((update.replaced, update.articles), (1, 5), "{update:?}");

    // A full computation when asked for: every story rewritten.
    let update = store
        .update_stories(true, 30, day, by_title(&seen))
        .expect("update")
        .expect("computed");
    assert!(update.full);
    assert_eq!((update.articles, update.new, update.kept), (8, 0, 0));
    let computations: Vec<i64> = store
        .story_records()
        .expect("records")
        .iter()
        .map(|r| r.computed)
        .collect();
    assert!(computations.iter().all(|&c| c == 5), "{computations:?}");
}

#[test]
fn the_list_keeps_the_reports_order_across_updates() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = open(&dir);
    store
        .insert_batch(&[
            dated("Small", "a", Some("2020-01-01")),
            dated("Big", "b", Some("2020-01-02")),
            dated("Big", "c", Some("2020-01-03")),
        ])
        .expect("insert");
    let seen = std::cell::RefCell::new(Vec::new());
    store.update_stories(false, 30, day, by_title(&seen)).expect("update");
    store
        .insert_batch(&[
            dated("Later", "d", Some("2020-06-01")),
            dated("Later", "e", Some("2020-06-02")),
            dated("Later", "f", Some("2020-06-03")),
            dated("Alone", "g", Some("2020-06-04")),
        ])
        .expect("insert");
    store.update_stories(false, 30, day, by_title(&seen)).expect("update");
    let filter = StoryFilter {
        limit: 10,
        ..Default::default()
    };
    let list: Vec<(String, usize)> = store
        .stories(&filter)
        .expect("stories")
        .into_iter()
        .map(|s| (s.headline, s.articles))
        .collect();
    let sizes: Vec<usize> = list.iter().map(|(_, n)| *n).collect();
    assert_eq!(sizes, [3, 2, 1, 1], "{list:?}");
    // Ties go to the story stored first.
    let small = store.stories(&filter).expect("stories")[2].id.clone();
    let first = dated("Small", "a", Some("2020-01-01"));
    assert_eq!(small, format!("s{}", &content_hash(&first.raw)[..16]));
}

/// A store file at `path` brought only up to schema `version`, as an older
/// build left it.
fn store_of_schema(path: &std::path::Path, version: usize) -> Connection {
    let conn = Connection::open(path).expect("open");
    conn.execute_batch("CREATE TABLE schema_version (version INTEGER NOT NULL)")
        .expect("version table");
    for (i, migration) in schema::MIGRATIONS[..version].iter().enumerate() {
        conn.execute_batch(migration).expect("migration");
        conn.execute(
            "INSERT INTO schema_version (version) VALUES (?1)",
            params![i as i64 + 1],
        )
        .expect("version");
    }
    conn
}

#[test]
fn a_store_of_schema_2_keeps_its_stories_and_is_recomputed_in_full_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("chorus.db");
    {
        let conn = store_of_schema(&path, 2);
        conn.execute_batch(
            "INSERT INTO articles (id, hash, input, text, raw, published)
                 VALUES ('a1', 'h1', 'a.txt', 'Text.', '{\"text\": \"Text.\"}', '2020-01-01');
             INSERT INTO stories (id, position, headline, articles, outlets, independent, disputed, json, page)
                 VALUES ('sa1', 0, 'Story', 1, 1, 1, 0, '{}', '');
             INSERT INTO story_articles (story, article) VALUES ('sa1', 'a1');
             INSERT INTO meta (key, value) VALUES ('stories_over_articles', 1);",
        )
        .expect("a version 2 store");
    }
    let mut store = Store::open(&path).expect("migrated");
    let listed = store
        .stories(&StoryFilter {
            limit: 5,
            ..Default::default()
        })
        .expect("stories");
    assert_eq!(listed.len(), 1, "stories are kept through the migration");
    let first_seq: i64 = store
        .conn
        .query_row("SELECT first_seq FROM stories WHERE id = 'sa1'", [], |row| row.get(0))
        .expect("first_seq");
    assert_eq!(first_seq, 1);
    assert!(!store.stories_are_current().expect("current"));
    let seen = std::cell::RefCell::new(Vec::new());
    let update = store
        .update_stories(false, 30, day, by_title(&seen))
        .expect("update")
        .expect("computed");
    assert!(update.full, "{update:?}");
    assert!(store.stories_are_current().expect("current"));
}

#[test]
fn a_failed_update_leaves_the_stories_as_they_were() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = open(&dir);
    store
        .insert_batch(&[dated("Fire", "a", Some("2020-03-01"))])
        .expect("insert");
    let seen = std::cell::RefCell::new(Vec::new());
    store.update_stories(false, 30, day, by_title(&seen)).expect("update");
    let before = store.story_records().expect("records");
    store
        .insert_batch(&[dated("Fire", "b", Some("2020-03-02"))])
        .expect("insert");
    // A report that names one article in two stories: the second story
    // cannot be stored, and nothing of the update is.
    let broken = |raw: Vec<RawArticle>, counts: &mut TermCounts, counted: &[bool]| {
        let mut report = by_title(&seen)(raw, counts, counted);
        let again = report.stories[0].clone();
        report.stories.push(again);
        report
    };
    let err = store.update_stories(false, 30, day, broken).expect_err("refused");
    assert!(err.to_string().contains("cannot store story"), "{err}");
    assert_eq!(store.story_records().expect("records"), before);
    assert!(!store.stories_are_current().expect("current"));
    assert!(store.check().expect("check").is_empty());
    // The next update does what the failed one should have.
    let update = store
        .update_stories(false, 30, day, by_title(&seen))
        .expect("update")
        .expect("computed");
    assert_eq!((update.new, update.replaced, update.stories), (1, 1, 1));
    assert!(store.stories_are_current().expect("current"));
}

/// The real pipeline, counting terms into the counts it is given.
fn pipeline(raw: Vec<RawArticle>, counts: &mut TermCounts, counted: &[bool]) -> Report {
    let options = chorus_pipeline::Options::default();
    chorus_pipeline::build_report_counted(raw, &options, &mut Vec::new(), counts, counted)
}

#[test]
fn an_update_counts_only_its_new_articles_into_the_stored_term_counts() {
    let first = [
        dated(
            "Fire destroys warehouse on Dock Street",
            "Firefighters fought a blaze at a Dock Street warehouse on Monday.",
            Some("2020-03-01"),
        ),
        dated(
            "Council approves new budget for schools",
            "The city council approved the school budget after a long debate.",
            Some("2020-03-02"),
        ),
    ];
    let second = [
        dated(
            "Dock Street warehouse fire was arson, police say",
            "Police said the Dock Street warehouse fire was set on purpose.",
            Some("2020-03-03"),
        ),
        dated(
            "River flooding closes Main Street bridge",
            "The Main Street bridge was closed as the river rose overnight.",
            Some("2020-03-04"),
        ),
    ];
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = open(&dir);
    store.insert_batch(&first).expect("insert");
    assert!(store.term_counts().expect("counts").is_none());
    let update = store
        .update_stories(false, 30, day, pipeline)
        .expect("update")
        .expect("computed");
    assert!(update.full);
    let prior = store.term_counts().expect("counts").expect("written with the stories");
    assert_eq!(prior.documents(), 2);
    store.insert_batch(&second).expect("insert");
    let update = store
        .update_stories(false, 30, day, pipeline)
        .expect("update")
        .expect("computed");
    assert!(!update.full && update.articles == 4, "{update:?}");
    let incremental = store.term_counts().expect("counts").expect("written");
    assert_eq!(
        incremental.documents(),
        4,
        "the window's stored articles are not counted again"
    );
    let update = store
        .update_stories(true, 30, day, pipeline)
        .expect("update")
        .expect("computed");
    assert!(update.full);
    let full = store.term_counts().expect("counts").expect("written");
    assert_eq!(full, incremental, "prior + new = a full count");
    assert_ne!(full, prior);
    // Stories written without counts drop them, and the next update is full.
    store
        .replace_stories(&pipeline(
            store.raw_articles().expect("raw"),
            &mut TermCounts::new(),
            &[],
        ))
        .expect("replace");
    assert!(store.term_counts().expect("counts").is_none());
    store
        .insert_batch(&[dated(
            "Bridge reopens",
            "The Main Street bridge reopened.",
            Some("2020-03-05"),
        )])
        .expect("insert");
    let update = store
        .update_stories(false, 30, day, pipeline)
        .expect("update")
        .expect("computed");
    assert!(update.full, "{update:?}");
    assert_eq!(store.term_counts().expect("counts").expect("written").documents(), 5);
}

/// The language stored for an article, and whether it was lent.
fn stored_language(store: &Store, id: &str) -> (Option<String>, bool) {
    store
        .conn
        .query_row(
            "SELECT language, language_lent FROM articles WHERE id = ?1",
            params![id],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .expect("article row")
}

#[test]
fn a_lent_language_is_stored_as_lent_and_a_later_run_replaces_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = open(&dir);
    let bare = article("1.txt", "Teen hurt", "");
    let given = NewArticle {
        language: Some("de".to_string()),
        ..article(
            "2.txt",
            "Jugendlicher verletzt",
            "Ein Jugendlicher wurde am Montag verletzt.",
        )
    };
    let plain = article(
        "3.txt",
        "Library closes",
        "The library on Main Street closed on Monday.",
    );
    store
        .insert_batch(&[bare.clone(), given.clone(), plain.clone()])
        .expect("insert");
    let ids: Vec<String> = [&bare, &given, &plain]
        .iter()
        .map(|a| content_hash(&a.raw)[..16].to_string())
        .collect();
    let report = |language: &str, lent: bool| Report {
        schema: chorus_report::SCHEMA,
        articles: ids
            .iter()
            .map(|id| chorus_report::ArticleOut {
                language: Some(language.to_string()),
                language_lent: lent && id == &ids[0],
                ..report_article(id)
            })
            .collect(),
        stories: vec![report_story("s1", &[&ids[0], &ids[1], &ids[2]])],
    };
    store.replace_stories(&report("en", true)).expect("stories");
    assert_eq!(stored_language(&store, &ids[0]), (Some("en".to_string()), true));
    assert_eq!(stored_language(&store, &ids[1]), (Some("de".to_string()), false));
    assert_eq!(stored_language(&store, &ids[2]), (Some("en".to_string()), false));
    let shown = store.article(&ids[0]).expect("read").expect("article");
    assert_eq!(shown["language_lent"], true);

    // Another run lends French: the lent language follows, the given and
    // the identified ones stay.
    store.replace_stories(&report("fr", true)).expect("stories");
    assert_eq!(stored_language(&store, &ids[0]), (Some("fr".to_string()), true));
    assert_eq!(stored_language(&store, &ids[1]), (Some("de".to_string()), false));
    assert_eq!(stored_language(&store, &ids[2]), (Some("en".to_string()), false));

    // A run that identifies it makes it an identified language, kept from then on.
    store.replace_stories(&report("es", false)).expect("stories");
    assert_eq!(stored_language(&store, &ids[0]), (Some("es".to_string()), false));
    store.replace_stories(&report("fr", true)).expect("stories");
    assert_eq!(stored_language(&store, &ids[0]), (Some("es".to_string()), false));
}

#[test]
fn a_store_of_schema_4_marks_the_languages_of_articles_without_text_as_lent() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("chorus.db");
    {
        let conn = store_of_schema(&path, 4);
        conn.execute_batch(
            "INSERT INTO articles (id, hash, input, title, text, raw, language) VALUES
                 ('bare', 'h1', 'a.txt', 'Teen hurt', '', '{\"title\": \"Teen hurt\", \"language\": null}', 'en'),
                 ('given', 'h2', 'b.txt', 'Verletzt', '', '{\"title\": \"Verletzt\", \"language\": \"de\"}', 'de'),
                 ('full', 'h3', 'c.txt', 'Library', 'The library closed.', '{\"text\": \"The library closed.\"}', 'en'),
                 ('none', 'h4', 'd.txt', '...', '', '{\"title\": \"...\"}', NULL);",
        )
        .expect("a version 4 store");
    }
    let store = Store::open(&path).expect("migrated");
    assert_eq!(stored_language(&store, "bare"), (Some("en".to_string()), true));
    assert_eq!(stored_language(&store, "given"), (Some("de".to_string()), false));
    assert_eq!(stored_language(&store, "full"), (Some("en".to_string()), false));
    assert_eq!(stored_language(&store, "none"), (None, false));
}
