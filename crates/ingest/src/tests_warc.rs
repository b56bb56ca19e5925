//! WARC files written here record by record: plain, gzipped per record and
//! as a whole, truncated, malformed, with non-HTML and non-response records.

use std::io::Write;

use super::*;

/// One WARC record with a correct Content-Length.
fn record(kind: &str, uri: &str, content_type: &str, block: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2020-10-02T08:00:00Z\r\n\
         WARC-Record-ID: <urn:uuid:0>\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        block.len()
    )
    .into_bytes();
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

fn response(uri: &str, http_headers: &str, body: &[u8]) -> Vec<u8> {
    let mut block = format!("HTTP/1.1 200 OK\r\n{http_headers}\r\n").into_bytes();
    block.extend_from_slice(body);
    record("response", uri, "application/http; msgtype=response", &block)
}

fn page(words: &str) -> Vec<u8> {
    format!("<html><head><title>{words}</title></head><body><p>{words}</p></body></html>").into_bytes()
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

/// A crawl: warcinfo, a request, an HTML response, an image response, a
/// redirect, metadata, and a second HTML page.
fn crawl() -> Vec<Vec<u8>> {
    vec![
        record("warcinfo", "", "application/warc-fields", b"software: test\r\n"),
        record(
            "request",
            "https://news.example/a",
            "application/http; msgtype=request",
            b"GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n",
        ),
        response(
            "https://news.example/a",
            "Content-Type: text/html; charset=utf-8\r\n",
            &page("First page"),
        ),
        response(
            "https://news.example/logo.png",
            "Content-Type: image/png\r\n",
            b"\x89PNG\r\n\x1a\n\0\0",
        ),
        record(
            "response",
            "https://news.example/old",
            "application/http; msgtype=response",
            b"HTTP/1.1 301 Moved Permanently\r\nLocation: /a\r\n\r\n",
        ),
        record(
            "metadata",
            "https://news.example/a",
            "application/warc-fields",
            b"via: x\r\n",
        ),
        response(
            "<https://news.example/b>",
            "Content-Type: text/html\r\n",
            &page("Second page"),
        ),
    ]
}

fn write_file(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let path = dir.join(name);
    fs::write(&path, bytes).unwrap();
    path.display().to_string()
}

fn html(article: &RawArticle) -> &str {
    match &article.body {
        Body::Html(html) => html,
        Body::Text(_) => panic!("{} was read as text", article.input),
    }
}

#[test]
fn plain_warc_gives_one_article_per_html_response() {
    let dir = tempfile::tempdir().unwrap();
    let records = crawl();
    let offset_of_second_page: usize = records[..6].iter().map(Vec::len).sum();
    let path = write_file(dir.path(), "crawl.warc", &records.concat());
    let (articles, problems) = read_all(std::slice::from_ref(&path), &Limits::default());
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(articles.len(), 2, "{articles:?}");
    assert_eq!(articles[0].url.as_deref(), Some("https://news.example/a"));
    assert_eq!(articles[1].url.as_deref(), Some("https://news.example/b"));
    assert!(
        html(&articles[0]).starts_with("<html>"),
        "HTTP headers must be stripped"
    );
    assert!(html(&articles[1]).contains("Second page"));
    assert_eq!(articles[1].input, format!("{path}@{offset_of_second_page}"));
    // The capture date is kept apart from the publication date.
    assert_eq!(articles[0].published, None);
    assert_eq!(articles[0].captured.as_deref(), Some("2020-10-02T08:00:00Z"));
}

#[test]
fn warc_gz_per_record_and_whole_file_read_alike() {
    let dir = tempfile::tempdir().unwrap();
    let records = crawl();
    let per_record: Vec<u8> = records.iter().flat_map(|r| gzip(r)).collect();
    let member_of_second_page: usize = records[..6].iter().map(|r| gzip(r).len()).sum();
    let a = write_file(dir.path(), "a.warc.gz", &per_record);
    let b = write_file(dir.path(), "b.warc.gz", &gzip(&records.concat()));
    for path in [&a, &b] {
        let (articles, problems) = read_all(std::slice::from_ref(path), &Limits::default());
        assert!(problems.is_empty(), "{path}: {problems:?}");
        let urls: Vec<_> = articles.iter().map(|a| a.url.clone().unwrap()).collect();
        assert_eq!(urls, ["https://news.example/a", "https://news.example/b"], "{path}");
    }
    let (articles, _) = read_all(std::slice::from_ref(&a), &Limits::default());
    assert_eq!(articles[1].input, format!("{a}@{member_of_second_page}"));
    let (articles, _) = read_all(std::slice::from_ref(&b), &Limits::default());
    let offset: usize = records[..6].iter().map(Vec::len).sum();
    assert_eq!(articles[1].input, format!("{b}@0+{offset}"));
}

#[test]
fn charset_only_in_the_http_header_is_used() {
    let dir = tempfile::tempdir().unwrap();
    // "Привет, мир" in Windows-1251, in a page that declares no charset.
    let body = b"<html><body><p>\xcf\xf0\xe8\xe2\xe5\xf2, \xec\xe8\xf0</p></body></html>";
    let warc = response(
        "https://ru.example/",
        "Content-Type: text/html; charset=windows-1251\r\n",
        body,
    );
    let path = write_file(dir.path(), "ru.warc", &warc);
    let (articles, problems) = read_all(&[path], &Limits::default());
    assert!(problems.is_empty(), "{problems:?}");
    assert!(html(&articles[0]).contains("Привет, мир"), "{}", html(&articles[0]));
}

#[test]
fn chunked_and_gzip_coded_bodies_are_decoded() {
    let dir = tempfile::tempdir().unwrap();
    let page = page("Coded page");
    let mut chunked = format!("{:x}\r\n", page.len()).into_bytes();
    chunked.extend_from_slice(&page);
    chunked.extend_from_slice(b"\r\n0\r\n\r\n");
    let warc = [
        response(
            "https://x.example/1",
            "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n",
            &chunked,
        ),
        response(
            "https://x.example/2",
            "Content-Type: text/html\r\nContent-Encoding: gzip\r\n",
            &gzip(&page),
        ),
    ]
    .concat();
    let path = write_file(dir.path(), "coded.warc", &warc);
    let (articles, problems) = read_all(&[path], &Limits::default());
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(articles.len(), 2);
    for article in &articles {
        assert!(
            html(article).starts_with("<html>") && html(article).ends_with("</html>"),
            "{article:?}"
        );
    }
}

#[test]
fn truncated_record_is_a_problem_at_its_offset_and_earlier_records_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let first = response("https://t.example/1", "Content-Type: text/html\r\n", &page("Kept page"));
    let second = response("https://t.example/2", "Content-Type: text/html\r\n", &page("Cut page"));
    let cut = [&first[..], &second[..second.len() - 40]].concat();
    let plain = write_file(dir.path(), "cut.warc", &cut);
    let (articles, problems) = read_all(std::slice::from_ref(&plain), &Limits::default());
    assert_eq!(articles.len(), 1);
    assert!(html(&articles[0]).contains("Kept page"));
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].input, format!("{plain}@{}", first.len()));
    assert!(problems[0].message.contains("truncated"), "{}", problems[0].message);

    // Gzipped per record, the last member cut short.
    let first_gz = gzip(&first);
    let second_gz = gzip(&second);
    let cut_gz = [&first_gz[..], &second_gz[..second_gz.len() / 2]].concat();
    let gz = write_file(dir.path(), "cut.warc.gz", &cut_gz);
    let (articles, problems) = read_all(std::slice::from_ref(&gz), &Limits::default());
    assert_eq!(articles.len(), 1, "{problems:?}");
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].input, format!("{gz}@{}", first_gz.len()));
    assert!(problems[0].message.contains("truncated"), "{}", problems[0].message);
}

#[test]
fn malformed_records_are_skipped_and_the_rest_of_the_file_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let good = response("https://m.example/1", "Content-Type: text/html\r\n", &page("Good page"));
    // Content-Length says 5 bytes, the block is longer.
    let lying = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<p>x</p>\r\n\r\n";
    let no_length = b"WARC/1.0\r\nWARC-Type: response\r\n\r\nHTTP/1.1 200 OK\r\n\r\n";
    let last = response("https://m.example/2", "Content-Type: text/html\r\n", &page("Last page"));
    let file = [&good[..], lying, b"garbage line\r\n", no_length, &last[..]].concat();
    let path = write_file(dir.path(), "bad.warc", &file);
    let (articles, problems) = read_all(std::slice::from_ref(&path), &Limits::default());
    let urls: Vec<_> = articles.iter().map(|a| a.url.clone().unwrap()).collect();
    assert_eq!(urls, ["https://m.example/1", "https://m.example/2"], "{problems:?}");
    assert!(!problems.is_empty());
    assert_eq!(problems[0].input, format!("{path}@{}", good.len()));
    assert!(problems
        .iter()
        .all(|p| p.severity == Severity::Error && p.input.starts_with(&path)));

    // A corrupt gzip member between good ones.
    let mut corrupt = gzip(&good);
    let middle = corrupt.len() / 2;
    corrupt[middle..middle + 8].copy_from_slice(b"\xff\xff\xff\xff\xff\xff\xff\xff");
    let gz = [gzip(&good), corrupt, gzip(&last)].concat();
    let path = write_file(dir.path(), "bad.warc.gz", &gz);
    let (articles, problems) = read_all(std::slice::from_ref(&path), &Limits::default());
    assert_eq!(articles.len(), 2, "{problems:?}");
    // What the corrupt member decodes to may also look malformed before its
    // checksum fails; every problem names that member.
    let member = format!("{path}@{}", gzip(&good).len());
    assert!(
        problems.iter().any(|p| p.message.contains("corrupt gzip")),
        "{problems:?}"
    );
    assert!(problems.iter().all(|p| p.input == member), "{problems:?}");
}

#[test]
fn warc_without_html_is_a_problem() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_file(
        dir.path(),
        "images.warc",
        &response("https://i.example/x.png", "Content-Type: image/png\r\n", b"\x89PNG\r\n"),
    );
    let (articles, problems) = read_all(&[path], &Limits::default());
    assert!(articles.is_empty());
    assert_eq!(problems.len(), 1);
    assert!(problems[0].message.contains("no HTML pages"), "{}", problems[0].message);
}

#[test]
fn oversized_record_is_skipped_with_a_problem() {
    let dir = tempfile::tempdir().unwrap();
    let big = page(&"word ".repeat(20_000));
    let warc = [
        response("https://b.example/big", "Content-Type: text/html\r\n", &big),
        response("https://b.example/small", "Content-Type: text/html\r\n", &page("Small")),
    ]
    .concat();
    let path = write_file(dir.path(), "big.warc", &warc);
    let limits = Limits {
        max_article_bytes: 1000,
        ..Limits::default()
    };
    let (articles, problems) = read_all(&[path], &limits);
    assert_eq!(articles.len(), 1);
    assert_eq!(articles[0].url.as_deref(), Some("https://b.example/small"));
    assert!(problems[0].message.contains("limit"), "{problems:?}");
}

#[test]
fn a_warc_file_is_recognized_without_its_extension() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_file(dir.path(), "crawl.bin", &crawl().concat());
    let (articles, problems) = read_all(&[path], &Limits::default());
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(articles.len(), 2);
}
