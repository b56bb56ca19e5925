//! The extractors compared: chorus, `dom_smoothie` alone (the Readability
//! port chorus builds on, without chorus's cleanup) and the Python peers
//! run through `bench/peers/extract_peers.py`.
//!
//! Each gets the page's bytes, read and decompressed before its clock
//! starts, and decodes them itself; only extraction is timed. Every system
//! runs on one core: the Python peers in one process, one page at a time.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use anyhow::{Context, Result};
use chorus_model::{Body, RawArticle};
use serde_json::Value;

use super::corpora::{read_page_bytes, Page};
use crate::machine;

/// What one system made of one page.
#[derive(Debug, Clone, Default)]
pub struct Output {
    /// Main text (empty when extraction failed).
    pub text: String,
    /// Title.
    pub title: Option<String>,
    /// Author or byline.
    pub author: Option<String>,
    /// Publication date or time, as the system writes it.
    pub date: Option<String>,
}

/// One system's pass over one set.
#[derive(Debug, Clone, Default)]
pub struct Run {
    /// Name shown in the tables.
    pub system: String,
    /// Outputs by page id.
    pub outputs: HashMap<String, Output>,
    /// Seconds spent extracting (all pages).
    pub seconds: f64,
    /// Peak resident memory of the process that ran it, in MiB.
    pub peak_mib: Option<f64>,
}

impl Run {
    /// Pages per second.
    pub fn pages_per_second(&self) -> f64 {
        if self.seconds > 0.0 {
            self.outputs.len() as f64 / self.seconds
        } else {
            0.0
        }
    }

    /// The output for a page; an empty one when the system gave none.
    pub fn output(&self, id: &str) -> Output {
        self.outputs.get(id).cloned().unwrap_or_default()
    }
}

fn decode(bytes: &[u8]) -> String {
    chorus_ingest::decode_bytes(bytes, true)
        .map(|decoded| decoded.text)
        .unwrap_or_default()
}

/// Run an in-process extractor over the pages, timing only `extract`.
fn run_in_process(system: &str, pages: &[Page], extract: impl Fn(&[u8], &Page) -> Output) -> Result<Run> {
    machine::reset_peak_memory();
    let mut run = Run {
        system: system.to_string(),
        ..Run::default()
    };
    for page in pages {
        let bytes = read_page_bytes(&page.path)?;
        let start = Instant::now();
        let output = extract(&bytes, page);
        run.seconds += start.elapsed().as_secs_f64();
        run.outputs.insert(page.id.clone(), output);
    }
    run.peak_mib = machine::peak_memory_mib();
    Ok(run)
}

/// chorus: decoding, then `chorus_extract::extract` (HTML reading and
/// residue cleanup, title, byline, date, outlet).
pub fn run_chorus(pages: &[Page]) -> Result<Run> {
    run_in_process("chorus", pages, |bytes, page| {
        let raw = RawArticle {
            url: page.url.clone(),
            ..RawArticle::new(page.id.clone(), Body::Html(decode(bytes)))
        };
        match chorus_extract::extract(raw).0 {
            Some(article) => Output {
                text: article.text,
                title: article.title,
                author: article.author,
                date: article.published.map(|time| time.format("%Y-%m-%d").to_string()),
            },
            None => Output::default(),
        }
    })
}

/// `dom_smoothie` alone: the Rust Readability port with its defaults and
/// formatted text, no chorus cleanup.
pub fn run_dom_smoothie(pages: &[Page]) -> Result<Run> {
    run_in_process("dom_smoothie 0.19 (Rust, alone)", pages, |bytes, page| {
        let html = decode(bytes);
        let config = dom_smoothie::Config {
            text_mode: dom_smoothie::TextMode::Formatted,
            ..dom_smoothie::Config::default()
        };
        let url = page.url.as_deref().filter(|u| u.starts_with("http"));
        let Ok(mut readability) = dom_smoothie::Readability::new(html.as_str(), url, Some(config)) else {
            return Output::default();
        };
        match readability.parse() {
            Ok(article) => Output {
                text: article.text_content.to_string(),
                title: Some(article.title).filter(|t| !t.is_empty()),
                author: article.byline,
                date: article.published_time,
            },
            Err(_) => Output::default(),
        }
    })
}

/// The Python peers' folder and virtual environment.
pub struct Peers {
    python: PathBuf,
    script: PathBuf,
}

impl Peers {
    /// The peers installed by `bench/peers/install-extraction.sh`, if they are.
    pub fn find(workspace: &Path) -> Option<Peers> {
        let dir = workspace.join("bench").join("peers");
        let python = dir.join(".venv-extraction").join("bin").join("python");
        let script = dir.join("extract_peers.py");
        (python.is_file() && script.is_file()).then_some(Peers { python, script })
    }

    /// Run one Python peer (`trafilatura`, `readability`, `htmldate`) over
    /// the pages, in one process.
    pub fn run(&self, tool: &str, label: &str, pages: &[Page]) -> Result<Run> {
        let mut jobs = Vec::new();
        for page in pages {
            let job = serde_json::json!({"id": page.id, "path": page.path, "url": page.url});
            writeln!(jobs, "{job}")?;
        }
        let mut child = Command::new(&self.python)
            .arg(&self.script)
            .arg(tool)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .with_context(|| format!("starting {}", self.python.display()))?;
        let mut stdin = child.stdin.take().context("no stdin for the peer")?;
        let writer = std::thread::spawn(move || stdin.write_all(&jobs));
        let output = child.wait_with_output().context("running the peer")?;
        writer.join().map_err(|_| anyhow::anyhow!("writing jobs failed"))??;
        let mut run = Run {
            system: label.to_string(),
            ..Run::default()
        };
        for line in String::from_utf8_lossy(&output.stdout).lines() {
            let Ok(value) = serde_json::from_str::<Value>(line) else {
                continue;
            };
            if let Some(summary) = value.get("summary") {
                run.peak_mib = summary.get("peak_rss_mib").and_then(Value::as_f64);
                continue;
            }
            let text = |key: &str| value.get(key).and_then(Value::as_str).map(str::to_string);
            let Some(id) = text("id") else { continue };
            run.seconds += value.get("seconds").and_then(Value::as_f64).unwrap_or(0.0);
            run.outputs.insert(
                id,
                Output {
                    text: text("text").unwrap_or_default(),
                    title: text("title"),
                    author: text("author"),
                    date: text("date"),
                },
            );
        }
        anyhow::ensure!(
            !run.outputs.is_empty() || pages.is_empty(),
            "peer {tool} produced no results (exit status {})",
            output.status
        );
        Ok(run)
    }
}
