//! Reading real files: every format, and every kind of bad input.

use std::io::Write;

use super::*;

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).unwrap();
    }
    fs::write(&path, bytes).unwrap();
    path.display().to_string()
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

fn read(inputs: &[String]) -> (Vec<RawArticle>, Vec<Problem>) {
    read_all(inputs, &Limits::default())
}

#[test]
fn reads_each_format() {
    let dir = tempfile::tempdir().unwrap();
    let text = write(dir.path(), "a.txt", b"Title\n\nBody.");
    let html = write(dir.path(), "b.html", b"<html><body><p>Hi</p></body></html>");
    let html_gz = write(
        dir.path(),
        "c.html.gz",
        &gzip(b"<html><body><p>Zipped</p></body></html>"),
    );
    let json = write(
        dir.path(),
        "d.json",
        br#"{"id": "x1", "title": "T", "text": "Body", "published": "2020-10-01"}"#,
    );
    let array = write(
        dir.path(),
        "e.json",
        br#"[{"id": "y1", "text": "One"}, {"id": 7, "html": "<p>Two</p>"}]"#,
    );
    let lines = write(dir.path(), "f.jsonl", b"{\"id\": \"z1\", \"text\": \"a\"}\n\n{\"id\": \"z2\", \"text\": \"b\"}\n{\"id\": \"h\", \"title\": \"Headline only\", \"text\": \"\"}\n");
    let (articles, problems) = read(&[text, html, html_gz, json, array, lines]);
    assert!(problems.is_empty(), "{problems:?}");
    let ids: Vec<_> = articles.iter().map(|a| a.id.clone().unwrap_or_default()).collect();
    assert_eq!(ids, ["", "", "", "x1", "y1", "7", "z1", "z2", "h"]);
    assert_eq!(articles[8].body, Body::Text(String::new()));
    assert_eq!(articles[0].body, Body::Text("Title\n\nBody.".into()));
    assert!(matches!(&articles[2].body, Body::Html(h) if h.contains("Zipped")));
    assert_eq!(articles[3].published.as_deref(), Some("2020-10-01"));
    assert!(matches!(&articles[5].body, Body::Html(_)));
    assert!(articles[7].input.ends_with("f.jsonl:3"), "{}", articles[7].input);
}

#[test]
fn folders_are_read_recursively_in_name_order_skipping_unknown_and_hidden_files() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "b.txt", b"B");
    write(dir.path(), "a/z.txt", b"Z");
    write(dir.path(), "notes.png", b"\x89PNG");
    write(dir.path(), ".hidden.txt", b"H");
    let (articles, problems) = read(&[dir.path().display().to_string()]);
    assert!(problems.is_empty(), "{problems:?}");
    let names: Vec<_> = articles
        .iter()
        .map(|a| a.input.rsplit('/').next().unwrap().to_string())
        .collect();
    assert_eq!(names, ["z.txt", "b.txt"]);
}

#[test]
fn bad_inputs_are_reported_and_the_rest_still_read() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(dir.path(), "good.txt", b"A real article.");
    let empty = write(dir.path(), "empty.txt", b"");
    let blank = write(dir.path(), "blank.txt", b"  \n\n ");
    let binary = write(dir.path(), "binary.txt", b"\x00\x01\x02\x03garbage\x00");
    let mut truncated = gzip(b"<html><body><p>This page is cut off somewhere in the middle</p></body></html>");
    truncated.truncate(truncated.len() / 2);
    let truncated = write(dir.path(), "cut.html.gz", &truncated);
    let lines = write(dir.path(), "mixed.jsonl", b"{\"id\": \"ok1\", \"text\": \"fine\"}\n{\"id\": \"broken\", \"text\": \n[1, 2]\n{\"id\": \"notext\"}\n{\"id\": \"ok2\", \"text\": \"fine\"}\n");
    let missing = dir.path().join("missing.txt").display().to_string();
    let (articles, problems) = read(&[
        empty.clone(),
        good,
        blank,
        binary.clone(),
        truncated.clone(),
        lines.clone(),
        missing.clone(),
    ]);
    let ids: Vec<_> = articles
        .iter()
        .map(|a| a.id.clone().unwrap_or_else(|| "-".into()))
        .collect();
    assert_eq!(ids, ["-", "ok1", "ok2"]);
    let messages: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    let find = |input: &str, words: &str| {
        assert!(
            messages.iter().any(|m| m.contains(input) && m.contains(words)),
            "no problem with {input} saying {words:?} in {messages:#?}"
        )
    };
    find(&empty, "empty");
    find("blank.txt", "empty");
    find(&binary, "binary");
    find(&truncated, "truncated");
    find(&format!("{lines}:2"), "invalid JSON");
    find(&format!("{lines}:3"), "must be an object");
    find(&format!("{lines}:4"), "no \"text\"");
    find(&missing, "no such file");
    assert!(problems.iter().all(|p| p.severity == chorus_model::Severity::Error));
}

#[test]
fn invalid_utf8_is_read_as_windows_1252_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let latin = write(dir.path(), "latin.txt", b"Le caf\xe9 est ferm\xe9.");
    let (articles, problems) = read(std::slice::from_ref(&latin));
    assert_eq!(articles[0].body, Body::Text("Le café est fermé.".into()));
    assert_eq!(problems.len(), 1);
    assert!(problems[0].to_string().contains(&latin) && problems[0].message.contains("UTF-8"));
}

#[test]
fn oversized_inputs_are_refused_without_reading_them_whole() {
    let dir = tempfile::tempdir().unwrap();
    let limits = Limits {
        max_article_bytes: 1000,
        max_record_bytes: 100,
    };
    let big = write(dir.path(), "big.txt", &vec![b'a'; 5000]);
    let long_line = format!(
        "{{\"id\": \"long\", \"text\": \"{}\"}}\n{{\"id\": \"short\", \"text\": \"x\"}}\n",
        "b".repeat(500)
    );
    let lines = write(dir.path(), "long.jsonl", long_line.as_bytes());
    let (articles, problems) = read_all(&[big.clone(), lines.clone()], &limits);
    assert_eq!(articles.len(), 1);
    assert_eq!(articles[0].id.as_deref(), Some("short"));
    assert!(problems[0].to_string().contains(&big) && problems[0].message.contains("limit"));
    assert!(problems[1].input.ends_with("long.jsonl:1") && problems[1].message.contains("longer"));
}

#[test]
fn unnamed_files_are_recognized_by_content() {
    let dir = tempfile::tempdir().unwrap();
    let page = write(dir.path(), "page", b"  <!DOCTYPE html><html><body>x</body></html>");
    let record = write(dir.path(), "record", b"{\n  \"text\": \"multi-line JSON\"\n}");
    let lines = write(dir.path(), "lines", b"{\"text\": \"a\"}\n{\"text\": \"b\"}\n");
    let plain = write(dir.path(), "plain", b"Just words.");
    let (articles, problems) = read(&[page, record, lines, plain]);
    assert!(problems.is_empty(), "{problems:?}");
    assert!(matches!(articles[0].body, Body::Html(_)));
    assert_eq!(articles[1].body, Body::Text("multi-line JSON".into()));
    assert_eq!(articles.len(), 5);
    assert_eq!(articles[4].body, Body::Text("Just words.".into()));
}
