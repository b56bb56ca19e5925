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
