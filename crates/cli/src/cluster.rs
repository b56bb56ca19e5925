//! `chorus cluster`: one JSON line per article with the story it is in,
//! and with `--explain`, why.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Context;
use serde_json::{json, Value};

/// What `chorus cluster` found.
pub struct ClusterOutcome {
    /// One JSON object per article, in input order.
    pub lines: Vec<Value>,
    /// How many stories.
    pub stories: usize,
    /// Problems met with the inputs.
    pub problems: Vec<chorus_pipeline::Problem>,
}

/// Read the inputs, cluster them, and build one line per article:
/// `{"id", "story"}`, plus `duplicate_of` (the id of the article it copies)
/// when it is a near-copy, and with `explain` an `explain` object:
/// `{"joined", "similarity", "member_similarity", "shared": [{"term", "share"}]}`.
pub fn run(inputs: &[String], explain: bool) -> ClusterOutcome {
    let (clustering, problems) = chorus_pipeline::cluster_only(inputs, &chorus_pipeline::Options::default(), explain);
    let articles = &clustering.articles;
    let mut lines = Vec::with_capacity(articles.len());
    for (index, article) in articles.iter().enumerate() {
        let mut line = json!({"id": article.id, "story": clustering.story_of[index]});
        if let Some(original) = article.duplicate_of.and_then(|o| articles.get(o)) {
            line["duplicate_of"] = json!(original.id);
        }
        if let Some(Some(explanation)) = clustering.explanations.get(index) {
            let shared: Vec<Value> = explanation
                .shared
                .iter()
                .map(|(term, share)| json!({"term": term, "share": round(*share)}))
                .collect();
            line["explain"] = json!({
                "joined": explanation.joined,
                "similarity": round(explanation.similarity),
                "member_similarity": round(explanation.member_similarity),
                "shared": shared,
            });
        }
        lines.push(line);
    }
    let stories = clustering
        .story_of
        .iter()
        .collect::<std::collections::HashSet<_>>()
        .len();
    ClusterOutcome {
        lines,
        stories,
        problems,
    }
}

fn round(value: f32) -> f64 {
    (f64::from(value) * 1000.0).round() / 1000.0
}

/// Write the lines to standard output.
pub fn print(lines: &[Value]) -> anyhow::Result<()> {
    let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
    for line in lines {
        writeln!(stdout, "{line}").context("cannot write the stories")?;
    }
    stdout.flush().context("cannot write the stories")
}

/// The `chorus cluster` command.
pub fn command(args: crate::args::ClusterArgs) -> anyhow::Result<ExitCode> {
    let outcome = run(&args.inputs, args.explain);
    let mut errors = 0;
    for problem in &outcome.problems {
        if problem.severity == chorus_pipeline::Severity::Error {
            errors += 1;
        }
        eprintln!("chorus: {problem}");
    }
    if outcome.lines.is_empty() {
        anyhow::bail!("no article could be read from the inputs");
    }
    match args.format {
        crate::args::ClusterFormat::Jsonl => print(&outcome.lines)?,
    }
    eprintln!(
        "chorus: {}, {}, {} skipped",
        crate::count(outcome.lines.len(), "article read", "articles read"),
        crate::count(outcome.stories, "story", "stories"),
        crate::count(errors, "input", "inputs"),
    );
    Ok(if args.strict && errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
