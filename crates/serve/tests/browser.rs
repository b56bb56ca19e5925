//! The app in a real browser: headless Chromium loads it over loopback,
//! renders the story list, a story, a followed citation and a search, and
//! saves screenshots of the list, a story, a search and an entity in
//! `target/tmp/screenshots/`.
//!
//! Needs Chromium (`apt-get install -y chromium`); the `CHROMIUM` variable
//! names another binary. Without one the test says so and passes, so that a
//! machine without a browser can still run the other tests.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{get, start};

fn chromium() -> Option<PathBuf> {
    let path = std::env::var_os("CHROMIUM")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"));
    path.exists().then_some(path)
}

/// Run headless Chromium on `url` with `mode` (`--dump-dom` or
/// `--screenshot=PATH`), in a profile of its own, never reaching beyond
/// loopback; returns its standard output. Killed after a minute.
fn run_chromium(browser: &Path, profile: &Path, mode: &str, url: &str) -> String {
    let mut child = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            "--no-first-run",
            "--hide-scrollbars",
            "--window-size=1100,1400",
            "--virtual-time-budget=2000",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(mode)
        .arg(url)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromium starts");
    let mut stdout = child.stdout.take().expect("stdout");
    let reader = std::thread::spawn(move || {
        let mut out = String::new();
        std::io::Read::read_to_string(&mut stdout, &mut out).ok();
        out
    });
    let deadline = Instant::now() + Duration::from_secs(60);
    while child.try_wait().expect("chromium status").is_none() {
        if Instant::now() > deadline {
            child.kill().ok();
            panic!("chromium did not finish on {url}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    reader.join().expect("output read")
}

fn assert_png(path: &Path) {
    let bytes = std::fs::read(path).unwrap_or_else(|err| panic!("no screenshot {}: {err}", path.display()));
    assert!(bytes.starts_with(b"\x89PNG"), "{} is a PNG", path.display());
    assert!(bytes.len() > 10_000, "{} shows something", path.display());
}

#[test]
fn a_reader_goes_from_the_list_to_a_story_a_citation_and_a_search() {
    let Some(browser) = chromium() else {
        // CI installs Chromium (.ci/run), so there a missing browser is a
        // failure; on a developer's machine without one, say so and stop.
        assert!(
            std::env::var_os("CI").is_none(),
            "no Chromium at /usr/bin/chromium in CI: the browser test must run"
        );
        eprintln!("SKIPPED: no Chromium at /usr/bin/chromium (set CHROMIUM); browser test not run");
        return;
    };
    let app = start();
    let base = format!("http://{}", app.addr);
    let shots = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("screenshots");
    std::fs::create_dir_all(&shots).expect("screenshot folder");
    let profile = tempfile::tempdir().expect("browser profile");

    // The list, as the browser built it.
    let list = run_chromium(&browser, profile.path(), "--dump-dom", &format!("{base}/"));
    let top = get(app.addr, "/api/stories").json()["stories"][0].clone();
    let id = top["id"].as_str().expect("story id");
    assert!(
        list.contains(&format!("href=\"/stories/{id}\"")),
        "the list links to the story:\n{list}"
    );
    assert!(list.contains("name=\"q\""), "a search box");
    run_chromium(
        &browser,
        profile.path(),
        &format!("--screenshot={}", shots.join("list.png").display()),
        &format!("{base}/"),
    );
    assert_png(&shots.join("list.png"));

    // A story, then a citation followed: its article opens on the cited sentence.
    let story_url = format!("{base}/stories/{id}");
    run_chromium(
        &browser,
        profile.path(),
        &format!("--screenshot={}", shots.join("story.png").display()),
        &story_url,
    );
    assert_png(&shots.join("story.png"));
    let story = get(app.addr, &format!("/stories/{id}")).body;
    let fragment = story
        .split("href=\"#a")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a citation link");
    let cited = run_chromium(
        &browser,
        profile.path(),
        "--dump-dom",
        &format!("{story_url}#a{fragment}"),
    );
    let article = fragment.split('-').next().expect("article anchor");
    let opened = cited.split("<details").any(|details| {
        details.contains(&format!("id=\"a{article}\""))
            && details.split('>').next().is_some_and(|tag| tag.contains(" open"))
    });
    assert!(opened, "following citation #a{fragment} opens its article");
    // A search, and the hostile article stays inert: its markup is text in
    // the DOM the browser built, with no element made from it.
    let search = run_chromium(
        &browser,
        profile.path(),
        "--dump-dom",
        &format!("{base}/search?q=bridge"),
    );
    assert!(search.contains("<mark>"), "matches marked:\n{search}");
    assert!(!search.contains("<img"), "no image from article markup");
    let bridge = get(app.addr, "/api/stories?q=bridge").json()["stories"][0]["id"]
        .as_str()
        .expect("bridge story")
        .to_string();
    let hostile = run_chromium(
        &browser,
        profile.path(),
        "--dump-dom",
        &format!("{base}/stories/{bridge}"),
    );
    assert!(!hostile.contains("<img"), "no image element from article markup");
    assert!(hostile.contains("&lt;script&gt;"), "the markup shows as text");
    run_chromium(
        &browser,
        profile.path(),
        &format!("--screenshot={}", shots.join("search.png").display()),
        &format!("{base}/search?q=fighters"),
    );
    assert_png(&shots.join("search.png"));

    // From the search to the entity page of a speaker.
    let entity = run_chromium(
        &browser,
        profile.path(),
        "--dump-dom",
        &format!("{base}/search?q=macron"),
    );
    assert!(entity.contains("href=\"/entities/"), "the search links to the entity");
    run_chromium(
        &browser,
        profile.path(),
        &format!("--screenshot={}", shots.join("entity.png").display()),
        &format!("{base}/entities/Macron"),
    );
    assert_png(&shots.join("entity.png"));
}
