//! `chorus cluster` end to end on small article files written for the test.

#[allow(dead_code)]
mod util;

use serde_json::Value;

const ELM_1: &str = "Springfield police said Darnell Hughes, 34, was shot outside the Blue Moon bar on Elm Street early Saturday. Hughes was taken to Mercy Hospital in stable condition. Officers are looking for a man who fled on foot.";
const ELM_2: &str = "Police identified the man shot outside the Blue Moon bar on Elm Street on Saturday as Darnell Hughes, 34, of Springfield. Hughes remains at Mercy Hospital, and police are still looking for the gunman.";
const OAK: &str = "A 16-year-old girl was wounded Tuesday night when someone fired from a passing car on Oak Avenue in Springfield, police said. Officers are looking for a white pickup truck seen speeding away from the scene.";

fn record(id: &str, title: &str, text: &str, day: u32) -> String {
    serde_json::json!({"id": id, "title": title, "text": text, "published": format!("2016-03-{day:02}")}).to_string()
}

fn lines(stdout: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect()
}

#[test]
fn articles_get_stories_copies_are_marked_and_empty_ones_reported() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("articles.jsonl");
    let wire_copy = format!("Share this story\n{ELM_1}\nCopyright 2016 WXYZ. All rights reserved.");
    let records = [
        record("elm-1", "Man shot outside Blue Moon bar on Elm Street", ELM_1, 5),
        record("oak", "Teen wounded in drive-by shooting on Oak Avenue", OAK, 8),
        record(
            "elm-2",
            "Blue Moon bar shooting victim identified as Darnell Hughes",
            ELM_2,
            6,
        ),
        record(
            "elm-copy",
            "Man shot outside Blue Moon bar on Elm Street - WXYZ",
            &wire_copy,
            6,
        ),
        serde_json::json!({"id": "empty", "text": "", "published": "2016-03-07"}).to_string(),
    ];
    std::fs::write(&path, records.join("\n")).expect("write");
    let input = path.to_str().expect("utf-8 path");
    let output = util::chorus(&["cluster", input, "--format", "jsonl"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "stderr: {stderr}");
    let found = lines(&output.stdout);
    let story = |id: &str| {
        found
            .iter()
            .find(|l| l["id"] == id)
            .map(|l| l["story"].clone())
            .unwrap_or_else(|| panic!("{id} missing: {found:?}"))
    };
    assert_eq!(story("elm-1"), story("elm-2"), "{found:?}");
    assert_eq!(story("elm-1"), story("elm-copy"), "{found:?}");
    assert_ne!(story("elm-1"), story("oak"), "{found:?}");
    let copy = found.iter().find(|l| l["id"] == "elm-copy").expect("copy line");
    assert_eq!(copy["duplicate_of"], "elm-1", "{copy}");
    // An article with no words is reported on stderr (naming its line), not clustered.
    assert!(!found.iter().any(|l| l["id"] == "empty"), "{found:?}");
    assert!(stderr.contains("articles.jsonl:5"), "stderr: {stderr}");
}

#[test]
fn explain_says_why_an_article_joined() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("articles.jsonl");
    let records = [
        record("elm-1", "Man shot outside Blue Moon bar on Elm Street", ELM_1, 5),
        record(
            "elm-2",
            "Blue Moon bar shooting victim identified as Darnell Hughes",
            ELM_2,
            6,
        ),
    ];
    std::fs::write(&path, records.join("\n")).expect("write");
    let output = util::chorus(&["cluster", path.to_str().expect("utf-8 path"), "--explain"]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let found = lines(&output.stdout);
    let second = found.iter().find(|l| l["id"] == "elm-2").expect("elm-2");
    let explain = &second["explain"];
    assert_eq!(explain["joined"], true, "{second}");
    assert!(explain["similarity"].as_f64().is_some_and(|s| s > 0.0), "{second}");
    let terms: Vec<&str> = explain["shared"]
        .as_array()
        .expect("shared")
        .iter()
        .filter_map(|t| t["term"].as_str())
        .collect();
    assert!(!terms.is_empty(), "{second}");
    assert!(
        terms
            .iter()
            .any(|t| t.contains("hughes") || t.contains("moon") || t.contains("elm")),
        "{terms:?}"
    );
}
