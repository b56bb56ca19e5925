//! The four extraction sets of `../shared/corpora/extraction`, read into
//! pages (where the HTML is, the page's URL) and their gold answers.

use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde_json::Value;

/// What a set says the right answer for a page is.
#[derive(Debug, Clone)]
pub enum Gold {
    /// scrapinghub: the article body.
    Body(String),
    /// readability: the text of `expected.html` and the metadata.
    Readability {
        /// Text of the expected readable content.
        text: String,
        /// Expected title.
        title: Option<String>,
        /// Expected byline.
        byline: Option<String>,
        /// Expected publication time, as written.
        published: Option<String>,
    },
    /// trafilatura-eval: snippets that must and must not be in the text,
    /// and the publication date when known.
    Snippets {
        /// Must appear.
        with: Vec<String>,
        /// Must not appear.
        without: Vec<String>,
        /// Gold publication date.
        date: Option<String>,
    },
    /// DAniEL: the cleaned text and the page's language.
    Daniel {
        /// Gold text, one paragraph per line.
        text: String,
        /// Language name (English, Chinese, ...).
        language: String,
    },
}

/// One page to extract.
#[derive(Debug, Clone)]
pub struct Page {
    /// Identifier within its set.
    pub id: String,
    /// The HTML file (gzip-compressed when it ends in `.gz`).
    pub path: PathBuf,
    /// The page's address, when the set gives it.
    pub url: Option<String>,
    /// The right answer.
    pub gold: Gold,
}

/// The sets, by name as on the command line.
pub const SETS: &[&str] = &["scrapinghub", "readability", "trafilatura", "daniel"];

/// Read one set's pages from `root` (the `extraction` folder).
pub fn load(set: &str, root: &Path) -> Result<Vec<Page>> {
    match set {
        "scrapinghub" => scrapinghub(&root.join("scrapinghub")),
        "readability" => readability(&root.join("readability")),
        "trafilatura" => trafilatura(&root.join("trafilatura-eval")),
        "daniel" => daniel(&root.join("daniel")),
        other => anyhow::bail!("unknown extraction set: {other}"),
    }
}

fn read_json(path: &Path) -> Result<Value> {
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    serde_json::from_str(&text).with_context(|| format!("parsing {}", path.display()))
}

fn string_field(value: &Value, key: &str) -> Option<String> {
    value
        .get(key)
        .and_then(Value::as_str)
        .map(str::to_string)
        .filter(|s| !s.trim().is_empty())
}

fn scrapinghub(dir: &Path) -> Result<Vec<Page>> {
    let truth = read_json(&dir.join("ground-truth.json"))?;
    let map = truth.as_object().context("ground-truth.json is not an object")?;
    let mut pages: Vec<Page> = map
        .iter()
        .map(|(id, record)| Page {
            id: id.clone(),
            path: dir.join("html").join(format!("{id}.html.gz")),
            url: string_field(record, "url"),
            gold: Gold::Body(string_field(record, "articleBody").unwrap_or_default()),
        })
        .collect();
    pages.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(pages)
}

/// The scrapinghub bodies other extractors published, per extractor name:
/// `{id: {"articleBody": ...}}`, or that map inside `{"output": ...}`.
pub fn scrapinghub_published(root: &Path) -> Result<Vec<(String, std::collections::HashMap<String, String>)>> {
    let dir = root.join("scrapinghub").join("output");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    let mut outputs = Vec::new();
    for file in files {
        let json = read_json(&file)?;
        let map = json.get("output").unwrap_or(&json);
        let Some(map) = map.as_object() else { continue };
        let bodies = map
            .iter()
            .map(|(id, record)| (id.clone(), string_field(record, "articleBody").unwrap_or_default()))
            .collect();
        let name = file
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        outputs.push((name, bodies));
    }
    Ok(outputs)
}

fn readability(dir: &Path) -> Result<Vec<Page>> {
    let mut folders: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.join("source.html").is_file())
        .collect();
    folders.sort();
    let mut pages = Vec::new();
    for folder in folders {
        let expected = std::fs::read_to_string(folder.join("expected.html")).unwrap_or_default();
        let metadata = read_json(&folder.join("expected-metadata.json")).unwrap_or(Value::Null);
        let id = folder
            .file_name()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        pages.push(Page {
            id,
            path: folder.join("source.html"),
            // The address Readability's own tests give every page.
            url: Some("http://fakehost/test/page.html".to_string()),
            gold: Gold::Readability {
                text: html_text(&expected),
                title: string_field(&metadata, "title"),
                byline: string_field(&metadata, "byline"),
                published: string_field(&metadata, "publishedTime"),
            },
        });
    }
    Ok(pages)
}

/// The text of an HTML fragment, block elements on their own lines.
pub fn html_text(html: &str) -> String {
    let document = dom_query::Document::from(html);
    document.select("body").formatted_text().to_string()
}

fn strings(value: Option<&Value>) -> Vec<String> {
    value
        .and_then(Value::as_array)
        .map(|items| items.iter().filter_map(Value::as_str).map(str::to_string).collect())
        .unwrap_or_default()
}

fn trafilatura(dir: &Path) -> Result<Vec<Page>> {
    let data = read_json(&dir.join("evaldata.json"))?;
    let map = data.as_object().context("evaldata.json is not an object")?;
    let mut pages: Vec<Page> = map
        .iter()
        .filter_map(|(url, record)| {
            let file = string_field(record, "file")?;
            Some(Page {
                id: url.clone(),
                path: dir.join("html").join(file),
                url: Some(url.clone()),
                gold: Gold::Snippets {
                    with: strings(record.get("with")),
                    without: strings(record.get("without")),
                    date: string_field(record, "date"),
                },
            })
        })
        .collect();
    pages.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(pages)
}

fn daniel(dir: &Path) -> Result<Vec<Page>> {
    let languages = read_json(&dir.join("doc_lg.json"))?;
    let map = languages.as_object().context("doc_lg.json is not an object")?;
    let mut pages = Vec::new();
    for (doc, language) in map {
        let reference = dir.join("reference").join(format!("{doc}.txt"));
        let Ok(gold) = std::fs::read_to_string(&reference) else {
            continue;
        };
        let text = gold
            .lines()
            .map(|line| line.trim().trim_start_matches("<p>").trim_end_matches("</p>").trim())
            .filter(|line| !line.is_empty())
            .collect::<Vec<_>>()
            .join("\n");
        pages.push(Page {
            id: doc.clone(),
            path: dir.join("html").join(format!("{doc}.html.gz")),
            url: None,
            gold: Gold::Daniel {
                text,
                language: language.as_str().unwrap_or("unknown").to_string(),
            },
        });
    }
    pages.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(pages)
}

/// The bytes of a page, decompressed when its name ends in `.gz`.
pub fn read_page_bytes(path: &Path) -> Result<Vec<u8>> {
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    if path.extension().is_some_and(|e| e == "gz") {
        let mut out = Vec::new();
        flate2::read::MultiGzDecoder::new(bytes.as_slice())
            .read_to_end(&mut out)
            .with_context(|| format!("decompressing {}", path.display()))?;
        Ok(out)
    } else {
        Ok(bytes)
    }
}
