//! `chorus ingest` and `chorus serve` end to end: the store in a temporary
//! folder, the server on loopback.

#[allow(dead_code)]
mod util;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use chorus_store::Store;
use util::{chorus, corpora};

fn ingest(inputs: &[&str], db: &Path) -> (String, Option<i32>) {
    let mut args = vec!["ingest"];
    args.extend_from_slice(inputs);
    let db = db.display().to_string();
    args.extend_from_slice(&["--db", &db]);
    let output = chorus(&args);
    (
        String::from_utf8_lossy(&output.stderr).into_owned(),
        output.status.code(),
    )
}

#[test]
fn ingesting_twice_stores_each_article_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("news.db");
    let seeds = corpora().join("seeds").display().to_string();
    let (stderr, code) = ingest(&[&seeds], &db);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stderr.contains("5 new"), "{stderr}");
    let (stderr, code) = ingest(&[&seeds, &seeds], &db);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stderr.contains("0 new, 10 already stored"), "{stderr}");
    assert!(stderr.contains("stories unchanged"), "{stderr}");
    let store = Store::open(&db).expect("store");
    assert_eq!(store.article_count().expect("count"), 5);
    assert!(store.stories_are_current().expect("current"));
    assert!(!store.stories(&Default::default()).expect("stories").is_empty());
}

#[test]
fn an_ingest_killed_midway_leaves_whole_batches_and_a_rerun_completes_it() {
    // Few enough that the pipeline runs in seconds in a debug build.
    const ARTICLES: usize = 400;
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("news.db");
    let input = dir.path().join("many.jsonl");
    let mut lines = String::new();
    for i in 0..ARTICLES {
        let record = serde_json::json!({
            "id": format!("n{i}"),
            "outlet": format!("Outlet {}", i % 7),
            "title": format!("Council {i} votes on the harbour plan number {i}"),
            "published": "2024-05-02",
            "text": format!(
                "The council of district {i} voted on Tuesday on the harbour plan. \
                 Mayor Ana Silva said {i} residents had written to support it. \
                 The vote passed by {} to {}.", i % 13 + 5, i % 5),
        });
        lines.push_str(&record.to_string());
        lines.push('\n');
    }
    std::fs::write(&input, lines).expect("input written");
    let mut child = Command::new(env!("CARGO_BIN_EXE_chorus"))
        .args([
            "ingest",
            &input.display().to_string(),
            "--db",
            &db.display().to_string(),
        ])
        .stderr(Stdio::null())
        .spawn()
        .expect("chorus runs");
    // Kill it (SIGKILL on Unix) as soon as a first batch is committed.
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let stored = db.exists() && Store::open(&db).and_then(|s| s.article_count()).unwrap_or(0) > 0;
        if stored || Instant::now() > deadline || child.try_wait().expect("child status").is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    child.kill().ok();
    child.wait().expect("child ends");

    let store = Store::open(&db).expect("the store opens after the kill");
    assert_eq!(
        store.check().expect("check"),
        Vec::<String>::new(),
        "consistent after the kill"
    );
    let stored = store.article_count().expect("count");
    eprintln!("killed with {stored} of {ARTICLES} articles stored");
    assert!(
        stored / 200 * 200 == stored || stored == ARTICLES,
        "only whole batches: {stored}"
    );
    drop(store);

    let (stderr, code) = ingest(&[&input.display().to_string()], &db);
    assert_eq!(code, Some(0), "{stderr}");
    let store = Store::open(&db).expect("store");
    assert_eq!(
        store.article_count().expect("count"),
        ARTICLES,
        "every article exactly once"
    );
    assert!(
        store.stories_are_current().expect("current"),
        "stories computed over all of them"
    );
    assert!(store.check().expect("check").is_empty());
}

/// The gun-violence articles published in `[from, to)`, as JSON Lines.
fn gun_violence_between(from: &str, to: &str) -> String {
    let corpus = std::fs::read_to_string(corpora().join("clustering/gun-violence.jsonl")).expect("gun-violence");
    corpus
        .lines()
        .filter(|line| {
            let record: serde_json::Value = serde_json::from_str(line).expect("a record");
            let day = record["published"]
                .as_str()
                .unwrap_or_default()
                .get(..10)
                .unwrap_or_default();
            (from..to).contains(&day)
        })
        .map(|line| format!("{line}\n"))
        .collect()
}

#[test]
fn an_ingest_recomputes_only_the_stories_new_articles_can_join() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("news.db");
    let (first, second) = (dir.path().join("spring.jsonl"), dir.path().join("summer.jsonl"));
    // Two periods: the second starts on 2015-07-15, so the cutoff is
    // 2015-06-15 and the stories of the first period's last weeks are
    // recomputed with it.
    std::fs::write(&first, gun_violence_between("2015-04-01", "2015-07-01")).expect("written");
    std::fs::write(&second, gun_violence_between("2015-07-15", "2015-09-01")).expect("written");
    let (stderr, code) = ingest(&[&first.display().to_string()], &db);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stderr.contains("stories computed over all 121 articles"), "{stderr}");
    let published = |store: &Store, id: &str| -> String {
        let article = store.article(id).expect("read").expect("stored");
        article["published"].as_str().expect("dated").to_string()
    };
    let store = Store::open(&db).expect("store");
    let before = store.story_records().expect("stories");
    let cutoff = "2015-06-15";
    let (old, touched): (Vec<_>, Vec<_>) = before
        .iter()
        .partition(|story| story.articles.iter().all(|a| published(&store, a).as_str() < cutoff));
    let spanning: Vec<_> = touched
        .iter()
        .filter(|story| story.articles.iter().any(|a| published(&store, a).as_str() < cutoff))
        .collect();
    assert!(!spanning.is_empty(), "a story spans the cutoff");
    drop(store);

    let (stderr, code) = ingest(&[&second.display().to_string()], &db);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stderr.contains("(109 new; stories with an article from 2015-06-15 on)"),
        "{stderr}"
    );
    let store = Store::open(&db).expect("store");
    assert!(store.stories_are_current().expect("current"));
    assert!(store.check().expect("check").is_empty());
    let incremental = store.story_records().expect("stories");
    drop(store);
    for story in &old {
        assert!(
            incremental.contains(story),
            "a story of the first period is kept as it was, row and id: {story:?}"
        );
    }
    for story in &touched {
        let now = incremental.iter().find(|s| s.id == story.id);
        let now = now.unwrap_or_else(|| panic!("story {} keeps its id", story.id));
        assert_eq!(now.computed, 2, "a story within the window was recomputed");
        assert!(
            story.articles.iter().all(|a| now.articles.contains(a)),
            "not split: {story:?} became {now:?}"
        );
    }

    // The same articles recomputed in full.
    let output = chorus(&["ingest", "--recompute", "--db", &db.display().to_string()]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("stories computed over all 230 articles"), "{stderr}");
    let full = Store::open(&db).expect("store").story_records().expect("stories");
    assert!(full.iter().all(|s| s.computed == 3));
    let groups = |records: &[chorus_store::StoryRecord]| -> std::collections::HashMap<String, Vec<String>> {
        records
            .iter()
            .flat_map(|s| s.articles.iter().map(move |a| (a.clone(), s.articles.clone())))
            .collect()
    };
    let (incremental_groups, full_groups) = (groups(&incremental), groups(&full));
    assert_eq!(incremental_groups.len(), 230);
    let differing: Vec<_> = incremental_groups
        .iter()
        .filter(|(article, group)| full_groups.get(*article) != Some(group))
        .collect();
    eprintln!(
        "{} of 230 articles are in the same story after the incremental update as after a full one; \
         differing: {differing:?}",
        230 - differing.len()
    );
    // Both weigh terms with the document frequencies of the whole store;
    // near-copies, boilerplate and the merging of alike stories are found
    // among the articles recomputed only, which could send a borderline
    // article another way, but here none goes. The first period is the
    // same as the full computation's exactly.
    for story in &old {
        assert!(
            full.iter().any(|s| s.id == story.id && s.articles == story.articles),
            "the full computation agrees on {story:?}"
        );
    }
    assert!(differing.is_empty(), "all 230 the same: {differing:?}");
}

#[test]
fn serve_listens_on_loopback_by_default_and_answers() {
    let help = chorus(&["serve", "--help"]);
    let help = String::from_utf8_lossy(&help.stdout);
    assert!(help.contains("[default: 127.0.0.1:8080]"), "{help}");

    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("news.db");
    let seeds = corpora().join("seeds").display().to_string();
    let (stderr, code) = ingest(&[&seeds], &db);
    assert_eq!(code, Some(0), "{stderr}");
    let mut child = Command::new(env!("CARGO_BIN_EXE_chorus"))
        .args(["serve", "--db", &db.display().to_string(), "--addr", "127.0.0.1:0"])
        .stderr(Stdio::piped())
        .spawn()
        .expect("chorus serve runs");
    let stderr = child.stderr.take().expect("stderr");
    let mut first = String::new();
    BufReader::new(stderr).read_line(&mut first).expect("a first line");
    let addr = first
        .split("http://")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .unwrap_or_else(|| panic!("an address in {first:?}"))
        .to_string();
    assert!(addr.starts_with("127.0.0.1:"), "{addr}");
    let mut stream = TcpStream::connect(&addr).expect("connects");
    stream.set_read_timeout(Some(Duration::from_secs(20))).expect("timeout");
    write!(
        stream,
        "GET /api/stories HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .expect("sent");
    let mut response = String::new();
    stream.take(1 << 20).read_to_string(&mut response).expect("read");
    child.kill().ok();
    child.wait().ok();
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");
    assert!(response.contains("\"stories\""), "{response}");
}
