//! Calling the Python peers (`bench/peers/clustering_peers.py`) in the
//! virtual environment that `bench/peers/install-clustering.sh` makes.
//! Their answers come back as JSON files, scored here with the same code as
//! chorus's.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};
use serde_json::Value;

use super::duplicates::Item;
use crate::workspace_root;

/// A peer's clustering of a corpus.
pub struct PeerClustering {
    pub name: String,
    pub linkage: String,
    pub threshold: f64,
    /// `(id, label)` per article.
    pub labels: Vec<(String, i64)>,
    pub seconds: f64,
}

/// A peer's near-duplicate links.
pub struct PeerLinks {
    pub name: String,
    pub links: Vec<Option<usize>>,
    pub seconds: f64,
}

/// The peers' Python, when installed.
pub fn python() -> Option<PathBuf> {
    let python = workspace_root().join("bench/peers/.venv-clustering/bin/python");
    python.is_file().then_some(python)
}

fn script() -> PathBuf {
    workspace_root().join("bench/peers/clustering_peers.py")
}

fn scratch(name: &str) -> Result<PathBuf> {
    let folder = workspace_root().join("target/clustering-peers");
    std::fs::create_dir_all(&folder).with_context(|| format!("cannot create {}", folder.display()))?;
    Ok(folder.join(name))
}

fn run(python: &Path, args: &[&str], out: &Path) -> Result<Value> {
    let status = Command::new(python)
        .arg(script())
        .args(args)
        .arg("--out")
        .arg(out)
        .env("HF_HUB_OFFLINE", "1")
        .env("TRANSFORMERS_OFFLINE", "1")
        .status()
        .context("cannot start the peers' Python")?;
    if !status.success() {
        bail!(
            "clustering_peers.py {} failed: {status}",
            args.first().copied().unwrap_or("")
        );
    }
    let text = std::fs::read_to_string(out).with_context(|| format!("cannot read {}", out.display()))?;
    serde_json::from_str(&text).with_context(|| format!("{} is not JSON", out.display()))
}

/// TF-IDF and MiniLM agglomerative clustering of a corpus.
pub fn quality(python: &Path, data: &Path, titles_only: bool) -> Result<Vec<PeerClustering>> {
    let data = data.to_str().context("corpus path is not UTF-8")?;
    let name = if titles_only {
        "quality-titles.json"
    } else {
        "quality.json"
    };
    let mut args = vec!["quality", "--data", data];
    if titles_only {
        args.push("--titles-only");
    }
    let value = run(python, &args, &scratch(name)?)?;
    let systems = value
        .get("systems")
        .and_then(Value::as_array)
        .context("no systems in the peers' answer")?;
    let mut found = Vec::new();
    for system in systems {
        let ids = system.get("ids").and_then(Value::as_array).context("no ids")?;
        let labels = system.get("labels").and_then(Value::as_array).context("no labels")?;
        found.push(PeerClustering {
            name: text(system, "name"),
            linkage: text(system, "linkage"),
            threshold: system.get("threshold").and_then(Value::as_f64).unwrap_or(f64::NAN),
            labels: ids
                .iter()
                .zip(labels)
                .map(|(id, label)| (id.as_str().unwrap_or("").to_string(), label.as_i64().unwrap_or(-1)))
                .collect(),
            seconds: system.get("seconds").and_then(Value::as_f64).unwrap_or(f64::NAN),
        });
    }
    Ok(found)
}

/// datasketch's MinHash LSH over the generated near-duplicate set.
pub fn dedup(python: &Path, items: &[Item]) -> Result<PeerLinks> {
    let data = scratch("duplicates.jsonl")?;
    let mut lines = String::new();
    for item in items {
        lines.push_str(&serde_json::json!({"id": item.id, "text": item.text}).to_string());
        lines.push('\n');
    }
    std::fs::write(&data, lines).with_context(|| format!("cannot write {}", data.display()))?;
    let data = data.to_str().context("scratch path is not UTF-8")?;
    let value = run(python, &["dedup", "--data", data], &scratch("dedup.json")?)?;
    let originals = value
        .get("originals")
        .and_then(Value::as_array)
        .context("no originals in the answer")?;
    let links = originals
        .iter()
        .map(|original| {
            original
                .as_str()
                .and_then(|id| items.iter().position(|item| item.id == id))
        })
        .collect();
    Ok(PeerLinks {
        name: text(&value, "name"),
        links,
        seconds: value.get("seconds").and_then(Value::as_f64).unwrap_or(f64::NAN),
    })
}

fn text(value: &Value, field: &str) -> String {
    value.get(field).and_then(Value::as_str).unwrap_or("?").to_string()
}
