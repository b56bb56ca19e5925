//! Bad inputs never stop a batch: each gets a clear error naming it, and
//! the other inputs still make the report.

mod util;

use std::io::Write;

#[test]
fn each_bad_input_is_named_and_the_rest_still_reported() {
    let dir = tempfile::tempdir().unwrap();
    let path = |name: &str| dir.path().join(name);
    let seed = util::corpora().join("seeds/000_9f61bda5922b5604.txt");
    std::fs::copy(&seed, path("good.txt")).unwrap();
    std::fs::write(path("empty.txt"), b"").unwrap();
    std::fs::write(
        path("binary.txt"),
        b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00>\x00",
    )
    .unwrap();
    std::fs::write(
        path("latin1.txt"),
        b"Le pr\xe9sident fran\xe7ais a accus\xe9 la Turquie d'envoyer des combattants syriens.\n",
    )
    .unwrap();
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder
        .write_all(
            "<html><body><p>A page about the fighting in Karabakh that was cut short.</p></body></html>"
                .repeat(20)
                .as_bytes(),
        )
        .unwrap();
    let mut gz = encoder.finish().unwrap();
    gz.truncate(gz.len() / 2);
    std::fs::write(path("cut.html.gz"), gz).unwrap();
    std::fs::write(
        path("records.jsonl"),
        "{\"id\": \"r1\", \"title\": \"Russia urges withdrawal of mercenaries\", \"text\": \"Russia urged the withdrawal of foreign mercenaries from Nagorno-Karabakh on Wednesday.\"}\n{\"id\": \"r2\", \"text\": \"unterminated\n",
    )
    .unwrap();
    // 100 MB of text, far above the limit for one article.
    let mut huge = std::fs::File::create(path("huge.txt")).unwrap();
    let block = "All work and no play makes a very long file. ".repeat(1000);
    for _ in 0..(100 << 20) / block.len() + 1 {
        huge.write_all(block.as_bytes()).unwrap();
    }
    drop(huge);

    let folder = dir.path().to_str().unwrap();
    let (report, stderr, code) = util::report_json(&[folder]);
    assert_eq!(
        code,
        Some(0),
        "partial failures are not fatal without --strict; stderr: {stderr}"
    );
    for (name, reason) in [
        ("empty.txt", "empty"),
        ("binary.txt", "binary"),
        ("cut.html.gz", "truncated"),
        ("records.jsonl:2", "invalid JSON"),
        ("huge.txt", "limit"),
        ("latin1.txt", "UTF-8"),
    ] {
        let line = stderr
            .lines()
            .find(|l| l.contains(name))
            .unwrap_or_else(|| panic!("no message names {name}: {stderr}"));
        assert!(
            line.contains(reason),
            "message for {name} does not say {reason:?}: {line}"
        );
    }
    let ids: Vec<&str> = report["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert!(
        ids.contains(&"good") && ids.contains(&"r1") && ids.contains(&"latin1"),
        "{ids:?}"
    );
    assert_eq!(ids.len(), 3, "{ids:?}");

    let strict = util::chorus(&["report", folder, "--strict", "--format", "json"]);
    assert_eq!(
        strict.status.code(),
        Some(1),
        "--strict counts skipped inputs in the exit status"
    );
}

#[test]
fn no_readable_input_is_a_failure_and_bad_usage_is_status_2() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, b"").unwrap();
    let output = util::chorus(&["report", empty.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("no article"));
    assert_eq!(util::chorus(&["report"]).status.code(), Some(2));
    assert_eq!(
        util::chorus(&["report", "x", "--summary-words", "0"]).status.code(),
        Some(2)
    );
}

#[test]
fn standard_input_is_read() {
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_chorus"))
        .args(["report", "-", "--format", "json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"{\"id\": \"a\", \"text\": \"Flooding closed the main bridge in Millbrook on Monday, officials said.\"}\n{\"id\": \"b\", \"text\": \"Officials said flooding closed the Millbrook main bridge on Monday.\"}\n")
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["articles"].as_array().unwrap().len(), 2);
}
