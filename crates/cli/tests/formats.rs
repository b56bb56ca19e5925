//! WARC archives and RSS feeds as inputs of every command: the example
//! story's five articles, written here as the pages of a crawl and as the
//! items of a feed.

#[allow(dead_code)]
mod util;

use std::io::Write;
use std::path::{Path, PathBuf};

use serde_json::Value;
use util::{chorus, corpora};

/// The seed articles: (file name, title, paragraphs).
fn seeds() -> Vec<(String, String, Vec<String>)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpora().join("seeds"))
        .expect("seeds")
        .map(|entry| entry.expect("entry").path())
        .collect();
    files.sort();
    files
        .iter()
        .map(|path| {
            let text = std::fs::read_to_string(path).expect("seed text");
            let paragraphs: Vec<String> = text
                .split("\n\n")
                .map(|p| p.trim().to_string())
                .filter(|p| !p.is_empty())
                .collect();
            // The first words of the first line in English (not the
            // navigation line); one seed is a single paragraph.
            let title = text
                .lines()
                .find(|line| line.is_ascii() && line.split_whitespace().count() > 3)
                .map(|line| line.split_whitespace().take(12).collect::<Vec<_>>().join(" "))
                .expect("a title");
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            (name, title, paragraphs)
        })
        .collect()
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

fn html_page(title: &str, paragraphs: &[String]) -> String {
    let body: String = paragraphs.iter().map(|p| format!("<p>{}</p>\n", escape(p))).collect();
    format!(
        "<!doctype html><html><head><title>{}</title></head><body><article>{body}</article></body></html>",
        escape(title)
    )
}

fn warc_record(kind: &str, uri: &str, block: &[u8]) -> Vec<u8> {
    let mut record = format!(
        "WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2020-10-05T00:00:00Z\r\n\
         Content-Type: application/http; msgtype={kind}\r\nContent-Length: {}\r\n\r\n",
        block.len()
    )
    .into_bytes();
    record.extend_from_slice(block);
    record.extend_from_slice(b"\r\n\r\n");
    record
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    encoder.write_all(bytes).expect("gzip");
    encoder.finish().expect("gzip")
}

/// The seeds as a gzip-per-record crawl, with a request, an image and a last
/// record cut short; returns the path and the offset of the cut record.
fn seeds_warc(dir: &Path) -> (String, usize) {
    let mut file = Vec::new();
    for (name, title, paragraphs) in seeds() {
        let uri = format!("https://{name}.example/story");
        let request = format!("GET /story HTTP/1.1\r\nHost: {name}.example\r\n\r\n");
        file.extend(gzip(&warc_record("request", &uri, request.as_bytes())));
        let mut block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n".to_vec();
        block.extend_from_slice(html_page(&title, &paragraphs).as_bytes());
        file.extend(gzip(&warc_record("response", &uri, &block)));
    }
    file.extend(gzip(&warc_record(
        "response",
        "https://img.example/a.png",
        b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n",
    )));
    let cut_at = file.len();
    let last = gzip(&warc_record(
        "response",
        "https://cut.example/",
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>never complete</p>",
    ));
    file.extend_from_slice(&last[..last.len() / 2]);
    let path = dir.join("seeds.warc.gz");
    std::fs::write(&path, file).expect("warc written");
    (path.display().to_string(), cut_at)
}

fn seeds_feed(dir: &Path) -> String {
    let items: String = seeds()
        .iter()
        .map(|(name, title, paragraphs)| {
            let html: String = paragraphs.iter().map(|p| format!("<p>{}</p>", escape(p))).collect();
            format!(
                "<item><title>{}</title><link>https://{name}.example/story</link>\
                 <pubDate>Thu, 01 Oct 2020 10:00:00 GMT</pubDate>\
                 <content:encoded><![CDATA[{html}]]></content:encoded></item>",
                escape(title)
            )
        })
        .collect();
    let feed = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\" \
         xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Seeds</title>{items}</channel></rss>"
    );
    let path = dir.join("seeds.rss");
    std::fs::write(&path, feed).expect("feed written");
    path.display().to_string()
}

fn stdout_lines(stdout: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(stdout)
        .lines()
        .map(|line| serde_json::from_str(line).expect("each line is JSON"))
        .collect()
}

#[test]
fn a_warc_is_read_by_every_command() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (warc, cut_at) = seeds_warc(dir.path());
    let cut = format!("{warc}@{cut_at}");

    let output = chorus(&["extract", &warc]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    let lines = stdout_lines(&output.stdout);
    assert_eq!(lines.len(), 5, "one line per HTML response: {stderr}");
    assert_eq!(lines[0]["url"], "https://000_9f61bda5922b5604.example/story");
    // The capture time is told apart, never taken for the publication date.
    assert!(lines.iter().all(|line| line["captured"] == "2020-10-05T00:00:00Z"));
    assert!(lines.iter().all(|line| line["published"] != "2020-10-05T00:00:00"));
    assert!(lines.iter().any(|line| line["published"].is_null()));
    assert!(lines
        .iter()
        .all(|line| line["input"].as_str().unwrap().starts_with(&format!("{warc}@"))));
    assert!(stderr.contains(&format!("error: {cut}: truncated")), "{stderr}");

    let (report, stderr, code) = util::report_json(&[&warc]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(report["articles"].as_array().unwrap().len(), 5);
    let biggest = report["stories"][0]["articles"].as_array().unwrap().len();
    assert!(
        biggest >= 4,
        "the crawl's pages tell one story: {biggest} articles in the first"
    );

    let output = chorus(&["cluster", &warc]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(stdout_lines(&output.stdout).len(), 5);

    let output = chorus(&["quotes", &warc]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        !stdout_lines(&output.stdout).is_empty(),
        "the seeds quote Macron and others"
    );

    let db = dir.path().join("news.db").display().to_string();
    let output = chorus(&["ingest", &warc, "--db", &db]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("5 articles read, 5 new"), "{stderr}");
    let output = chorus(&["ingest", &warc, "--db", &db, "--strict"]);
    assert_eq!(output.status.code(), Some(1), "the cut record counts with --strict");
}

#[test]
fn a_feed_with_full_content_is_read_as_articles() {
    let dir = tempfile::tempdir().expect("temp dir");
    let feed = seeds_feed(dir.path());
    let output = chorus(&["extract", &feed]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(
        !stderr.contains("warning"),
        "full content: no summary-only warning: {stderr}"
    );
    let lines = stdout_lines(&output.stdout);
    assert_eq!(lines.len(), 5);
    assert_eq!(lines[1]["input"], format!("{feed}[1]"));
    assert_eq!(lines[1]["url"], "https://001_4fc0479e2dd1d352.example/story");
    assert_eq!(lines[1]["outlet"], "Seeds");
    assert_eq!(lines[1]["published"], "2020-10-01T10:00:00");

    let (report, stderr, code) = util::report_json(&[&feed]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(report["articles"].as_array().unwrap().len(), 5);
}

#[test]
fn the_report_keeps_a_page_s_publication_time_and_offset() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (_, title, paragraphs) = &seeds()[0];
    let body: String = paragraphs.iter().map(|p| format!("<p>{}</p>", escape(p))).collect();
    let page = format!(
        "<!DOCTYPE html><html><head><title>{0}</title>\
         <meta property=\"article:published_time\" content=\"2020-10-01T14:05:00+02:00\"></head>\
         <body><article><h1>{0}</h1>{body}</article></body></html>",
        escape(title)
    );
    let path = dir.path().join("story.html");
    std::fs::write(&path, page).expect("page written");
    let (report, stderr, code) = util::report_json(&[path.to_str().unwrap()]);
    assert_eq!(code, Some(0), "{stderr}");
    let article = &report["articles"][0];
    assert_eq!(article["published"], "2020-10-01");
    assert_eq!(article["published_time"], "2020-10-01T14:05:00");
    assert_eq!(article["published_offset"], "+02:00");
    assert_eq!(article["published_from_text"], false);
}
