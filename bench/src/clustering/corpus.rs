//! The clustering corpora as chorus reads them: each record through ingest,
//! extraction and annotation (`chorus_pipeline::prepare_for_clustering`),
//! with its gold story label beside it.

use std::collections::HashMap;
use std::path::Path;

use anyhow::{Context, Result};
use chorus_model::Article;
use serde_json::Value;

/// One corpus, ready for dedup and clustering.
pub struct Corpus {
    /// A short name for tables.
    pub name: &'static str,
    /// The articles, in file order, annotated.
    pub articles: Vec<Article>,
    /// Per article, its gold cluster label.
    pub gold: Vec<String>,
    /// Seconds spent reading, extracting and annotating.
    pub prepare_seconds: f64,
}

impl Corpus {
    /// The gold label of an article id.
    pub fn gold_of(&self, id: &str) -> Option<&str> {
        self.articles
            .iter()
            .position(|a| a.id == id)
            .map(|i| self.gold[i].as_str())
    }
}

/// Read a JSONL corpus with gold `cluster` labels. With `titles_only`, the
/// text of each record is dropped before chorus sees it (the headline set
/// has none anyway; this makes sure).
pub fn load(name: &'static str, path: &Path, titles_only: bool) -> Result<Corpus> {
    let input = path
        .to_str()
        .with_context(|| format!("path is not UTF-8: {}", path.display()))?
        .to_string();
    let started = std::time::Instant::now();
    let (mut raw, mut problems) = chorus_ingest::read_all(&[input], &chorus_ingest::Limits::default());
    if titles_only {
        for article in &mut raw {
            article.body = chorus_model::Body::Text(String::new());
        }
    }
    let articles = chorus_pipeline::prepare_for_clustering(raw, &mut problems);
    let prepare_seconds = started.elapsed().as_secs_f64();
    let labels = gold_labels(path)?;
    let gold = articles
        .iter()
        .enumerate()
        .map(|(index, article)| {
            labels
                .get(&article.id)
                .cloned()
                .unwrap_or_else(|| format!("(no label {index})"))
        })
        .collect();
    Ok(Corpus {
        name,
        articles,
        gold,
        prepare_seconds,
    })
}

/// Each record's gold `cluster`, by `id`.
pub fn gold_labels(path: &Path) -> Result<HashMap<String, String>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut labels = HashMap::new();
    for (number, line) in (1..).zip(text.lines()) {
        if line.trim().is_empty() {
            continue;
        }
        let record: Value =
            serde_json::from_str(line).with_context(|| format!("{}:{number}: not JSON", path.display()))?;
        if let (Some(id), Some(cluster)) = (field(&record, "id"), field(&record, "cluster")) {
            labels.entry(id).or_insert(cluster);
        }
    }
    Ok(labels)
}

/// A string or number field as a string.
pub fn field(record: &Value, name: &str) -> Option<String> {
    match record.get(name)? {
        Value::String(text) => Some(text.clone()),
        Value::Number(number) => Some(number.to_string()),
        _ => None,
    }
}
