//! `chorus extract`: one JSON line per input with the article's text and
//! metadata, from HTML, gzipped HTML and JSON records.

#[allow(dead_code)] // the helpers other tests use
mod util;

use std::io::Write;

use util::chorus;

const PAGE: &str = r##"<!doctype html><html lang="en"><head>
<title>Council passes budget | City Times</title>
<meta property="og:site_name" content="City Times">
<meta name="author" content="Jane Doe">
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-10-01T10:00:00+02:00"}</script>
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Council passes budget</h1>
<p>The city council passed the budget on Monday after a debate that lasted well into the night, with members split over taxes.</p>
<div class="share-bar"><a href="/x">Share on Facebook</a> <a href="/x">Tweet</a></div>
<p>The mayor said the vote was a relief. "We can now pay the teachers and fix the roads," she told reporters outside city hall.</p>
<p>Opponents said the budget raises property taxes too much and promised to bring the question back next year, when two seats are up.</p>
</article><footer>Copyright 2020 City Times</footer></body></html>"##;

fn lines(stdout: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(stdout)
        .lines()
        .map(|line| serde_json::from_str(line).expect("each line is JSON"))
        .collect()
}

#[test]
fn extracts_html_gzip_and_records() {
    let dir = tempfile::tempdir().expect("temp dir");
    let html = dir.path().join("budget.html");
    std::fs::write(&html, PAGE).expect("write html");
    let gz = dir.path().join("budget2.html.gz");
    let mut encoder = flate2::write::GzEncoder::new(
        std::fs::File::create(&gz).expect("create gz"),
        flate2::Compression::default(),
    );
    encoder.write_all(PAGE.as_bytes()).expect("write gz");
    encoder.finish().expect("finish gz");
    let record = dir.path().join("records.jsonl");
    std::fs::write(
        &record,
        r#"{"id": "r1", "url": "https://x.example/a", "outlet": "X", "title": "A title", "published": "2021-02-03", "text": "The first paragraph of a record that is long enough to count as an article body."}"#,
    )
    .expect("write record");

    let output = chorus(&[
        "extract",
        html.to_str().expect("path"),
        gz.to_str().expect("path"),
        record.to_str().expect("path"),
        "--url",
        "https://city.example/2020/10/01/budget",
    ]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let lines = lines(&output.stdout);
    assert_eq!(lines.len(), 3, "{lines:?}");
    for page in &lines[..2] {
        assert_eq!(page["title"], "Council passes budget");
        assert_eq!(page["outlet"], "City Times");
        assert_eq!(page["language"], "en");
        assert_eq!(page["url"], "https://city.example/2020/10/01/budget");
        // The local time as the page gives it, and its offset beside it.
        assert_eq!(page["published"], "2020-10-01T10:00:00", "{page}");
        assert_eq!(page["published_offset"], "+02:00", "{page}");
        assert!(page["captured"].is_null(), "{page}");
        let text = page["text"].as_str().expect("text");
        assert!(text.contains("passed the budget on Monday"));
        assert!(text.contains("\n\n"));
        assert!(!text.contains("Share on Facebook"), "{text}");
        assert!(!text.contains("Home"), "{text}");
        for key in ["input", "author"] {
            assert!(page.get(key).is_some(), "{key} missing in {page}");
        }
    }
    assert_eq!(lines[2]["url"], "https://x.example/a");
    assert_eq!(lines[2]["outlet"], "X");
    assert_eq!(lines[2]["published"], "2021-02-03T00:00:00");
    assert!(lines[2]["published_offset"].is_null());
}

#[test]
fn text_format_and_bad_inputs() {
    let dir = tempfile::tempdir().expect("temp dir");
    let html = dir.path().join("budget.html");
    std::fs::write(&html, PAGE).expect("write html");
    let empty = dir.path().join("empty.html");
    std::fs::write(&empty, "<html><body></body></html>").expect("write empty");
    let output = chorus(&[
        "extract",
        "--format",
        "text",
        html.to_str().expect("path"),
        empty.to_str().expect("path"),
    ]);
    assert_eq!(output.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.starts_with("Council passes budget\n\n"), "{stdout}");
    assert!(String::from_utf8_lossy(&output.stderr).contains("empty.html"));
    let strict = chorus(&[
        "extract",
        "--strict",
        html.to_str().expect("path"),
        empty.to_str().expect("path"),
    ]);
    assert_eq!(strict.status.code(), Some(1));
    let none = chorus(&["extract", empty.to_str().expect("path")]);
    assert_eq!(none.status.code(), Some(1));
}
