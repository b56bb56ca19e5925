//! Sources files, and fetching from a server on 127.0.0.1 started here.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::*;

#[test]
fn sources_file_lines_are_feeds_or_folders() {
    let text = "# comment\nhttps://a.example/rss\n\nfeed http://b.example/atom # trailing\nfolder ./drops\n/data/in\n\
                file:///etc/passwd\nfeed\nhttps://a.example/rss\nC:\\news\n";
    let (sources, problems) = parse_sources(text, "sources.txt");
    assert_eq!(
        sources,
        [
            Source::Feed("https://a.example/rss".into()),
            Source::Feed("http://b.example/atom".into()),
            Source::Folder("./drops".into()),
            Source::Folder("/data/in".into()),
            Source::Feed("file:///etc/passwd".into()),
            Source::Folder("C:\\news".into()),
        ]
    );
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].input, "sources.txt:8");
}

/// What the test server answers a path with: status, headers, body, and a
/// delay in milliseconds.
type Answer = (u16, Vec<(&'static str, String)>, Vec<u8>, u64);

/// A server on 127.0.0.1 answering each request on its own thread; returns
/// its base address and the User-Agents it saw.
fn serve(route: fn(&str) -> Answer) -> (String, Arc<Mutex<Vec<String>>>) {
    let server = tiny_http::Server::http("127.0.0.1:0").unwrap();
    let base = format!("http://{}", server.server_addr().to_ip().unwrap());
    let agents = Arc::new(Mutex::new(Vec::new()));
    let seen = Arc::clone(&agents);
    std::thread::spawn(move || {
        for request in server.incoming_requests() {
            let seen = Arc::clone(&seen);
            std::thread::spawn(move || {
                if let Some(agent) = request.headers().iter().find(|h| h.field.equiv("User-Agent")) {
                    seen.lock().unwrap().push(agent.value.to_string());
                }
                let (status, headers, body, delay) = route(request.url());
                std::thread::sleep(Duration::from_millis(delay));
                let mut response = tiny_http::Response::from_data(body).with_status_code(status);
                for (name, value) in headers {
                    response.add_header(tiny_http::Header::from_bytes(name, value).unwrap());
                }
                let _ = request.respond(response);
            });
        }
    });
    (base, agents)
}

fn route(path: &str) -> Answer {
    let html = vec![("Content-Type", "text/html; charset=utf-8".to_string())];
    match path {
        "/page" => (200, html, b"<p>hello</p>".to_vec(), 0),
        "/moved" => (301, vec![("Location", "/page".to_string())], Vec::new(), 0),
        "/to-file" => (302, vec![("Location", "file:///etc/passwd".to_string())], Vec::new(), 0),
        "/loop" => (302, vec![("Location", "/loop".to_string())], Vec::new(), 0),
        "/big" => (200, html, vec![b'x'; 5000], 0),
        "/slow" => (200, html, b"<p>late</p>".to_vec(), 3000),
        _ => (500, Vec::new(), b"boom".to_vec(), 0),
    }
}

fn fetcher() -> Fetcher {
    Fetcher::new(FetchLimits {
        timeout: Duration::from_secs(1),
        max_bytes: 1000,
        max_redirects: 3,
        ..FetchLimits::default()
    })
}

#[test]
fn fetching_follows_bounded_redirects_and_names_chorus() {
    let (base, agents) = serve(route);
    let fetcher = fetcher();
    let page = fetcher.get(&format!("{base}/moved")).unwrap();
    assert_eq!(page.url, format!("{base}/page"));
    assert_eq!(page.body, b"<p>hello</p>");
    assert_eq!(page.content_type.as_deref(), Some("text/html; charset=utf-8"));
    assert!(agents.lock().unwrap().iter().all(|agent| agent.starts_with("chorus/")));

    assert_eq!(
        fetcher.get(&format!("{base}/loop")).unwrap_err(),
        FetchError::TooManyRedirects(3)
    );
    assert!(matches!(fetcher.get(&format!("{base}/to-file")), Err(FetchError::Refused(s)) if s == "file"));
}

#[test]
fn fetching_reports_error_status_oversize_body_and_timeout() {
    let (base, _) = serve(route);
    let fetcher = fetcher();
    assert_eq!(
        fetcher.get(&format!("{base}/missing")).unwrap_err(),
        FetchError::Status(500)
    );
    let err = fetcher.get(&format!("{base}/big")).unwrap_err();
    assert_eq!(err, FetchError::TooLarge(1000));
    assert!(err.to_string().contains("cut off"), "{err}");
    let err = fetcher.get(&format!("{base}/slow")).unwrap_err();
    assert!(matches!(err, FetchError::Timeout(_)), "{err:?}");
    assert!(matches!(fetcher.get("file:///etc/passwd"), Err(FetchError::Refused(_))));
}
