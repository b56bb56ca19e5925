//! `chorus quotes`: one JSON line per attribution, with character offsets
//! into the input file as read.

#[allow(dead_code)]
mod util;

use serde_json::Value;

/// Run `chorus quotes ARGS --format jsonl`; the parsed lines, stderr and
/// the exit code.
fn quotes(args: &[&str]) -> (Vec<Value>, String, Option<i32>) {
    let mut all = vec!["quotes"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--format", "jsonl"]);
    let output = util::chorus(&all);
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let lines = stdout
        .lines()
        .map(|line| {
            serde_json::from_str(line).unwrap_or_else(|err| panic!("not JSON ({err}): {line}; stderr: {stderr}"))
        })
        .collect();
    (lines, stderr, output.status.code())
}

/// The characters `start..end` of `text`.
fn chars(text: &str, start: u64, end: u64) -> String {
    text.chars().skip(start as usize).take((end - start) as usize).collect()
}

/// Each span of a line must be the text at its character offsets.
fn check_offsets(line: &Value, text: &str) {
    for key in ["source", "cue", "content"] {
        let span = &line[key];
        if span.is_null() {
            continue;
        }
        let (start, end) = (span["start"].as_u64().unwrap(), span["end"].as_u64().unwrap());
        assert_eq!(
            chars(text, start, end),
            span["text"].as_str().unwrap(),
            "{key} of {line}"
        );
    }
}

#[test]
fn offsets_are_characters_into_the_file_as_read() {
    let folder = tempfile::tempdir().unwrap();
    // Non-ASCII before the quotes, residue-like lines that extraction would
    // remove, and a Windows line ending: offsets must still point into the
    // file as it is.
    let text = "Read also: Café owners protest — Zoë’s story\r\n\n\
                “We will stay open,” Zoë Müller said. “Nobody tells us to close.”\n\n\
                The ministry said on Monday that the café had no licence.\n\n\
                According to the mayor, the matter is closed.\n";
    let path = folder.path().join("café.txt");
    std::fs::write(&path, text).unwrap();
    let (lines, stderr, code) = quotes(&[path.to_str().unwrap()]);
    assert_eq!(code, Some(0), "stderr: {stderr}");
    assert_eq!(lines.len(), 3, "{lines:#?}");
    for line in &lines {
        check_offsets(line, text);
        assert_eq!(line["input"].as_str(), path.to_str());
    }
    let first = &lines[0];
    assert_eq!(first["source"]["text"], "Zoë Müller");
    assert_eq!(first["cue"]["text"], "said");
    assert_eq!(
        first["content"]["text"],
        "We will stay open,” Zoë Müller said. “Nobody tells us to close."
    );
    assert_eq!(first["direct"], true);
    // The quote starts after 45 characters of the first line and its break.
    assert_eq!(
        first["content"]["start"],
        text.chars().position(|c| c == 'W').unwrap() as u64
    );
    assert_eq!(lines[1]["source"]["text"], "The ministry");
    assert_eq!(lines[1]["content"]["text"], "that the café had no licence");
    assert_eq!(lines[1]["direct"], false);
    assert_eq!(lines[2]["cue"]["text"], "According to");
    assert_eq!(lines[2]["source"]["text"], "the mayor");
    assert!(lines.iter().all(|line| line.get("speaker").is_some()));
}

#[test]
fn json_records_and_bad_inputs() {
    let folder = tempfile::tempdir().unwrap();
    let records = folder.path().join("articles.jsonl");
    std::fs::write(
        &records,
        "{\"id\": \"a\", \"text\": \"Ça va, “très bien,” he said.\"}\nnot json\n",
    )
    .unwrap();
    let missing = folder.path().join("missing.txt");
    let (lines, stderr, code) = quotes(&[records.to_str().unwrap(), missing.to_str().unwrap()]);
    assert_eq!(code, Some(0), "a skipped input is not a failure without --strict");
    assert!(
        stderr.contains("missing.txt"),
        "stderr names the missing file: {stderr}"
    );
    assert!(
        stderr.contains("articles.jsonl:2"),
        "stderr names the bad record: {stderr}"
    );
    assert_eq!(lines.len(), 1, "{lines:#?}");
    check_offsets(&lines[0], "Ça va, “très bien,” he said.");
    assert_eq!(lines[0]["content"]["text"], "très bien");
    assert_eq!(lines[0]["content"]["start"], 8);

    let output = util::chorus(&[
        "quotes",
        "--strict",
        records.to_str().unwrap(),
        missing.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn nothing_readable_is_a_failure() {
    let folder = tempfile::tempdir().unwrap();
    let missing = folder.path().join("missing.txt");
    let (lines, stderr, code) = quotes(&[missing.to_str().unwrap()]);
    assert!(lines.is_empty());
    assert_eq!(code, Some(1), "stderr: {stderr}");
}
