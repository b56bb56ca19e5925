//! Running the `chorus` binary in tests.

use std::path::PathBuf;
use std::process::{Command, Output};

/// The shared evaluation corpora, beside the repository.
pub fn corpora() -> PathBuf {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora");
    assert!(
        path.is_dir(),
        "the shared corpora are expected at {} (a `shared` folder beside the repository)",
        path.display()
    );
    path
}

/// Run `chorus` with arguments; returns its output.
pub fn chorus(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_chorus"))
        .args(args)
        .output()
        .expect("chorus runs")
}

/// Run `chorus report ARGS --format json` and parse the report.
pub fn report_json(args: &[&str]) -> (serde_json::Value, String, Option<i32>) {
    let mut all = vec!["report"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--format", "json"]);
    let output = chorus(&all);
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    let report = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|err| panic!("report is not JSON ({err}); stderr: {stderr}"));
    (report, stderr, output.status.code())
}
