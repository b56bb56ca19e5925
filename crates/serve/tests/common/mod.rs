//! What the API and browser tests share: a store holding the example story
//! and a hostile article, a server over it on loopback, a minimal HTTP client.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::time::Duration;

use chorus_model::{Body, RawArticle};
use chorus_store::{NewArticle, Store};
use serde_json::Value;

/// Markup an article could carry to attack the page that shows it.
pub const HOSTILE_TEXT: &str = "Officials said the bridge reopened on Monday after repairs. \
    <script>alert('xss')</script> Witnesses said <img src=x onerror=alert(1)> traffic was light. \
    The mayor said the work cost 3 million dollars.";
pub const HOSTILE_TITLE: &str = "Bridge reopens <script>alert('title')</script>";

pub fn seeds() -> PathBuf {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora/seeds");
    assert!(path.is_dir(), "the example story is expected at {}", path.display());
    path
}

/// What `chorus ingest` does, in short: store the articles, compute stories.
pub fn ingest(db: &Path, raw: Vec<RawArticle>) {
    let mut store = Store::open(db).expect("store opens");
    let batch: Vec<NewArticle> = raw
        .into_iter()
        .filter_map(|raw| {
            let (article, _) = chorus_extract::extract(raw.clone());
            let article = article?;
            Some(NewArticle {
                title: article.title,
                outlet: article.outlet,
                published: article.published.map(|d| d.format("%Y-%m-%d").to_string()),
                language: None,
                text: article.text,
                raw,
            })
        })
        .collect();
    store.insert_batch(&batch).expect("articles stored");
    let mut problems = Vec::new();
    let report = chorus_pipeline::build_report(
        store.raw_articles().expect("raw"),
        &chorus_pipeline::Options::default(),
        &mut problems,
    );
    store.replace_stories(&report).expect("stories stored");
}

pub fn hostile() -> RawArticle {
    RawArticle {
        input: "hostile.json".to_string(),
        id: None,
        url: Some("javascript:alert(1)".to_string()),
        outlet: Some("Evil <b onmouseover=alert(2)>Gazette</b>".to_string()),
        title: Some(HOSTILE_TITLE.to_string()),
        published: Some("2021-03-01".to_string()),
        language: Some("en".to_string()),
        captured: None,
        body: Body::Text(HOSTILE_TEXT.to_string()),
    }
}

/// A server over a fresh store; the temporary folder lives as long as it.
pub struct App {
    pub addr: SocketAddr,
    _dir: tempfile::TempDir,
}

pub fn start() -> App {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("chorus.db");
    let (mut raw, problems) =
        chorus_ingest::read_all(&[seeds().display().to_string()], &chorus_ingest::Limits::default());
    assert!(problems.is_empty(), "{problems:?}");
    raw.push(hostile());
    ingest(&db, raw);
    let server = chorus_serve::Server::bind(&db, "127.0.0.1:0").expect("server binds");
    let addr = server.local_addr().expect("an IP address");
    std::thread::spawn(move || server.run(2));
    App { addr, _dir: dir }
}

pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Response {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|err| panic!("not JSON ({err}): {}", self.body))
    }
}

/// A minimal HTTP/1.1 client: one request per connection, bounded in time and size.
pub fn request(addr: SocketAddr, method: &str, target: &str) -> Response {
    let mut stream = TcpStream::connect_timeout(&addr, Duration::from_secs(5)).expect("connects");
    stream.set_read_timeout(Some(Duration::from_secs(20))).expect("timeout");
    stream.set_write_timeout(Some(Duration::from_secs(5))).expect("timeout");
    write!(
        stream,
        "{method} {target} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .expect("request sent");
    let mut raw = Vec::new();
    stream.take(16 << 20).read_to_end(&mut raw).expect("response read");
    let text = String::from_utf8(raw).expect("UTF-8 response");
    let (head, body) = text.split_once("\r\n\r\n").expect("a header block");
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .and_then(|line| line.split(' ').nth(1))
        .and_then(|code| code.parse().ok())
        .expect("a status line");
    let headers = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(n, v)| (n.trim().to_string(), v.trim().to_string()))
        .collect::<Vec<_>>();
    let response = Response {
        status,
        headers,
        body: body.to_string(),
    };
    if method != "HEAD" {
        let length: usize = response
            .header("Content-Length")
            .and_then(|l| l.parse().ok())
            .expect("a Content-Length");
        assert_eq!(length, response.body.len(), "whole body received");
    }
    response
}

pub fn get(addr: SocketAddr, target: &str) -> Response {
    request(addr, "GET", target)
}
