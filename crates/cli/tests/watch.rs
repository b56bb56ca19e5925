//! `chorus watch` end to end, against a server on 127.0.0.1 started here:
//! feeds polled, items stored once over two rounds, failing sources reported
//! by name while the others are stored, non-HTTP addresses refused, oversize
//! bodies cut off, folders read for new files.

#[allow(dead_code)]
mod util;

use std::collections::HashMap;
use std::path::Path;
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chorus_store::Store;

/// Requests served, by path.
type Hits = Arc<Mutex<HashMap<String, usize>>>;

fn page(title: &str, sentences: &str) -> String {
    format!(
        "<html><head><title>{title}</title></head><body><article><h1>{title}</h1>\
         <p>{sentences}</p><p>{sentences}</p></article></body></html>"
    )
}

fn rss(base: &str, links: &[(&str, &str)]) -> String {
    let items: String = links
        .iter()
        .map(|(path, title)| {
            format!(
                "<item><title>{title}</title><link>{base}{path}</link>\
                 <pubDate>Thu, 01 Oct 2020 10:00:00 GMT</pubDate><description>Summary.</description></item>"
            )
        })
        .collect();
    format!("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Loopback News</title>{items}</channel></rss>")
}

/// The site: two feeds, their pages, an error, a slow answer and a huge page.
fn serve() -> (String, Hits) {
    let server = tiny_http::Server::http("127.0.0.1:0").expect("binds loopback");
    let base = format!("http://{}", server.server_addr().to_ip().expect("ip address"));
    let hits: Hits = Arc::default();
    let counted = Arc::clone(&hits);
    let site = base.clone();
    std::thread::spawn(move || {
        for request in server.incoming_requests() {
            let hits = Arc::clone(&counted);
            let base = site.clone();
            std::thread::spawn(move || {
                let path = request.url().to_string();
                *hits.lock().unwrap().entry(path.clone()).or_default() += 1;
                let (status, content_type, body, delay) = match path.as_str() {
                    "/feed.rss" => (
                        200,
                        "application/rss+xml",
                        rss(
                            &base,
                            &[("/a", "Harbour plan approved"), ("/b", "Storm closes the port")],
                        ),
                        0,
                    ),
                    "/a" => (
                        200,
                        "text/html; charset=utf-8",
                        page(
                            "Harbour plan approved",
                            "The city council approved the harbour plan on Tuesday after a long debate. \
                             Mayor Ana Silva said the vote was a turning point for the port district.",
                        ),
                        0,
                    ),
                    "/b" => (
                        200,
                        "text/html; charset=utf-8",
                        page(
                            "Storm closes the port",
                            "A storm closed the port of Valmar on Wednesday and ferries stayed in harbour. \
                             The coast guard said winds reached 120 kilometres an hour overnight.",
                        ),
                        0,
                    ),
                    "/huge-feed.rss" => (
                        200,
                        "application/rss+xml",
                        rss(&base, &[("/huge", "A huge page"), ("/flaky", "A page that fails")]),
                        0,
                    ),
                    "/huge" => (200, "text/html", page("Huge", &"Very long text. ".repeat(20_000)), 0),
                    "/full.rss" => (
                        200,
                        "application/rss+xml",
                        format!(
                            "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">\
                             <channel><title>Full Text Daily</title><item><title>Library burns down</title>\
                             <link>{base}/gone</link><content:encoded><![CDATA[<p>The old library of Valmar \
                             burned down on Sunday night, firefighters said. Nobody was hurt in the fire.</p>]]>\
                             </content:encoded></item></channel></rss>"
                        ),
                        0,
                    ),
                    "/gone" => (404, "text/html", "<p>Not here</p>".to_string(), 0),
                    "/slow.rss" => (200, "application/rss+xml", rss(&base, &[]), 4000),
                    _ => (500, "text/plain", "boom".to_string(), 0),
                };
                std::thread::sleep(Duration::from_millis(delay));
                let header = tiny_http::Header::from_bytes("Content-Type", content_type).expect("header");
                let response = tiny_http::Response::from_string(body)
                    .with_status_code(status)
                    .with_header(header);
                let _ = request.respond(response);
            });
        }
    });
    (base, hits)
}

fn watch(sources: &Path, db: &Path) -> (String, Option<i32>) {
    let output = Command::new(env!("CARGO_BIN_EXE_chorus"))
        .args([
            "watch",
            "--once",
            "--sources",
            &sources.display().to_string(),
            "--db",
            &db.display().to_string(),
            "--timeout",
            "1",
            "--max-bytes",
            "100000",
        ])
        // Loopback is reached directly, whatever proxy the machine sets.
        .env_remove("http_proxy")
        .env_remove("HTTP_PROXY")
        .env_remove("https_proxy")
        .env_remove("HTTPS_PROXY")
        .env_remove("all_proxy")
        .env_remove("ALL_PROXY")
        .output()
        .expect("chorus runs");
    (
        String::from_utf8_lossy(&output.stderr).into_owned(),
        output.status.code(),
    )
}

#[test]
fn watch_stores_new_items_once_and_reports_each_failing_source() {
    let (base, hits) = serve();
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = dir.path().join("drops");
    std::fs::create_dir(&folder).expect("folder");
    std::fs::write(
        folder.join("one.txt"),
        "Bridge reopens after repairs\n\nThe old bridge over the river reopened on Monday after two years of repairs, \
         the transport ministry said.",
    )
    .expect("file");
    let sources = dir.path().join("sources.txt");
    std::fs::write(
        &sources,
        format!(
            "# feeds\n{base}/feed.rss\n{base}/missing.rss\nfeed {base}/slow.rss\nfile:///etc/passwd\n\
             {base}/huge-feed.rss\n{base}/full.rss\n# folders\nfolder {}\n",
            folder.display()
        ),
    )
    .expect("sources");
    let db = dir.path().join("news.db");

    let (stderr, code) = watch(&sources, &db);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "{base}/missing.rss: cannot fetch the feed: the server answered HTTP 500"
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!(
            "{base}/slow.rss: cannot fetch the feed: no complete answer within 1 s"
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains("file:///etc/passwd: cannot fetch the feed: refused: only http and https"),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!(
            "{base}/huge-feed.rss: item {base}/huge: cannot fetch the page: body larger than"
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!(
            "{base}/huge-feed.rss: item {base}/flaky: cannot fetch the page: the server answered HTTP 500"
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!(
            "warning: {base}/full.rss: item {base}/gone: cannot fetch the page: the server answered HTTP 404; \
             read from the feed's content instead"
        )),
        "{stderr}"
    );
    // Four articles, and the huge page remembered without one.
    assert!(stderr.contains("5 new items, 4 articles read, 4 new"), "{stderr}");

    let store = Store::open(&db).expect("store");
    assert_eq!(store.article_count().expect("count"), 4);
    assert!(store.stories_are_current().expect("current"));
    let titles: Vec<String> = store
        .search_articles("council", 10)
        .expect("search")
        .into_iter()
        .filter_map(|hit| hit.title)
        .collect();
    assert_eq!(titles, ["Harbour plan approved"]);
    drop(store);

    // A second round fetches the feed again but no page, and stores nothing.
    let (stderr, code) = watch(&sources, &db);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stderr.contains("0 new items, 0 articles read, 0 new"), "{stderr}");
    assert!(stderr.contains("stories unchanged"), "{stderr}");
    {
        let hits = hits.lock().unwrap();
        assert_eq!(hits["/feed.rss"], 2);
        assert_eq!(hits["/a"], 1, "a page is fetched once");
        assert_eq!(hits["/b"], 1);
        assert_eq!(hits["/gone"], 1);
        assert_eq!(hits["/huge"], 1, "a page over the limit is not asked for again");
        assert_eq!(
            hits["/flaky"], 2,
            "a page that failed with a server error is tried again"
        );
    }

    // A new file in the folder is read in the next round; the old one is not.
    std::fs::write(
        folder.join("two.txt"),
        "Museum opens a new wing\n\nThe city museum opened a new wing for modern art on Friday, its director said.",
    )
    .expect("file");
    let (stderr, code) = watch(&sources, &db);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stderr.contains("1 new items, 1 articles read, 1 new"), "{stderr}");
    assert_eq!(Store::open(&db).expect("store").article_count().expect("count"), 5);
}

#[test]
fn watch_without_sources_is_an_error_naming_the_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let sources = dir.path().join("empty.txt");
    std::fs::write(&sources, "# nothing yet\n").expect("sources");
    let (stderr, code) = watch(&sources, &dir.path().join("news.db"));
    assert_eq!(code, Some(1));
    assert!(stderr.contains("empty.txt: no sources in it"), "{stderr}");
    let (stderr, code) = watch(&dir.path().join("absent.txt"), &dir.path().join("news.db"));
    assert_eq!(code, Some(1));
    assert!(stderr.contains("cannot read the sources file"), "{stderr}");
}
