/*!
The ingest stage: reads chorus inputs into [`RawArticle`]s.

An input is a file, a folder (read recursively, in name order) or `-` for
standard input. Files are recognized by name, and by content when the name
says nothing:

| name | read as |
| --- | --- |
| `.txt`, `.text` | one plain-text article |
| `.html`, `.htm`, `.xhtml` | one HTML page |
| `.json` | one article record, or an array of records |
| `.jsonl`, `.ndjson` | one article record per line |
| `.warc` | the HTML pages of its response (and resource) records, one article each |
| `.rss`, `.atom`, `.xml` | an RSS or Atom feed: one article per item |
| any of these + `.gz` | the same, decompressed on the fly |

Standard input and files with other names are recognized by their first
bytes: `WARC/`, a feed's root element, `<`, `{` or `[`.

A record is a JSON object with any of `id`, `url`, `outlet`, `title`,
`published`, `language`, and one of `text` or `html`.

**Failure model:** reading never aborts a batch. Each bad input (or bad line
of a JSON Lines file) becomes a [`Problem`] naming it and the reason, and
reading goes on with the next. Sizes are bounded by [`Limits`], so one huge
or hostile file cannot exhaust memory.

This crate knows file formats and nothing about what an article means: it
does not extract, clean or parse dates.
*/
#![deny(missing_docs)]

mod decode;
mod feeds;
mod records;
mod warc;

use std::fs;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

#[cfg(test)]
use chorus_model::Severity;
use chorus_model::{Body, Problem, RawArticle};

pub use decode::{decode_bytes, decode_page, media_type, Decoded};
pub use feeds::{parse_feed, Feed, FeedItem};

/// Size limits that protect a run from huge or hostile inputs.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Largest single-article file (text, HTML or one JSON document), in bytes,
    /// after decompression.
    pub max_article_bytes: u64,
    /// Longest line of a JSON Lines file, in bytes.
    pub max_record_bytes: u64,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_article_bytes: 16 << 20,
            max_record_bytes: 16 << 20,
        }
    }
}

/// One thing read: an article, or a problem with an input.
#[derive(Debug)]
pub enum Item {
    /// An article read from an input.
    Article(RawArticle),
    /// A problem with an input; reading goes on.
    Problem(Problem),
}

/// What a file holds, from its name or its first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Html,
    Json,
    JsonLines,
    Warc,
    Feed,
}

/// Read every input in order, handing each article or problem to `sink` as
/// soon as it is read, so that a caller can stream.
pub fn read_inputs(inputs: &[String], limits: &Limits, sink: &mut dyn FnMut(Item)) {
    for input in inputs {
        if input == "-" {
            read_stdin(limits, sink);
            continue;
        }
        let path = Path::new(input);
        match fs::metadata(path) {
            Ok(meta) if meta.is_dir() => read_dir(path, limits, sink),
            Ok(_) => read_file(path, None, limits, sink),
            Err(err) => sink(Item::Problem(Problem::error(input.as_str(), describe_io(&err)))),
        }
    }
}

/// Read every input and collect the articles and the problems.
pub fn read_all(inputs: &[String], limits: &Limits) -> (Vec<RawArticle>, Vec<Problem>) {
    let mut articles = Vec::new();
    let mut problems = Vec::new();
    read_inputs(inputs, limits, &mut |item| match item {
        Item::Article(article) => articles.push(article),
        Item::Problem(problem) => problems.push(problem),
    });
    (articles, problems)
}

fn read_dir(dir: &Path, limits: &Limits, sink: &mut dyn FnMut(Item)) {
    for file in input_files(dir, &mut |problem| sink(Item::Problem(problem))) {
        read_file(&file, None, limits, sink);
    }
}

/// The files of a folder (recursively, in name order, hidden ones left out)
/// that are read as inputs: those whose names say they hold articles. Other
/// files (images, notes, licences) are not inputs in a folder; named on the
/// command line they are. Folders that cannot be listed are problems.
pub fn input_files(dir: &Path, on_problem: &mut dyn FnMut(Problem)) -> Vec<PathBuf> {
    let mut files = Vec::new();
    collect_files(dir, &mut files, &mut |item| {
        if let Item::Problem(problem) = item {
            on_problem(problem)
        }
    });
    files.retain(|file| match format_from_name(file) {
        // Many `.xml` files are not feeds (sitemaps, settings); in a folder
        // only feeds are inputs.
        Some(Format::Feed) if has_extension(file, "xml") => looks_like_feed(file),
        Some(_) => true,
        None => false,
    });
    files.sort();
    files
}

/// Whether a file starts like an RSS or Atom feed.
fn looks_like_feed(path: &Path) -> bool {
    let mut head = Vec::new();
    match fs::File::open(path) {
        Ok(file) => {
            let _ = file.take(1024).read_to_end(&mut head);
            sniff_format(&head) == Format::Feed
        }
        // Unreadable: let reading it say why.
        Err(_) => true,
    }
}

fn collect_files(dir: &Path, files: &mut Vec<PathBuf>, sink: &mut dyn FnMut(Item)) {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) => {
            sink(Item::Problem(Problem::error(
                dir.display().to_string(),
                describe_io(&err),
            )));
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let hidden = entry.file_name().to_string_lossy().starts_with('.');
        if hidden {
            continue;
        }
        match entry.file_type() {
            Ok(kind) if kind.is_dir() => collect_files(&path, files, sink),
            Ok(kind) if kind.is_file() || kind.is_symlink() => files.push(path),
            _ => {}
        }
    }
}

fn read_file(path: &Path, format: Option<Format>, limits: &Limits, sink: &mut dyn FnMut(Item)) {
    let name = path.display().to_string();
    let file = match fs::File::open(path) {
        Ok(file) => file,
        Err(err) => return sink(Item::Problem(Problem::error(name, describe_io(&err)))),
    };
    let gzipped = has_extension(path, "gz");
    let format = format.or_else(|| format_from_name(path));
    if format == Some(Format::Warc) {
        // Streamed record by record: WARC files are often gigabytes.
        let reader = BufReader::new(file);
        return if gzipped {
            warc::read_warc_gz(reader, &name, limits, sink)
        } else {
            warc::read_warc(reader, &name, limits, sink)
        };
    }
    let reader: Box<dyn Read> = if gzipped {
        Box::new(flate2::read::MultiGzDecoder::new(file))
    } else {
        Box::new(file)
    };
    if format == Some(Format::JsonLines) {
        return read_json_lines(BufReader::new(reader), &name, limits, sink);
    }
    let bytes = match read_bounded(reader, limits.max_article_bytes) {
        Ok(bytes) => bytes,
        Err(message) => return sink(Item::Problem(Problem::error(name, message))),
    };
    read_document(&bytes, &name, format, limits, sink);
}

fn read_stdin(limits: &Limits, sink: &mut dyn FnMut(Item)) {
    let stdin = io::stdin();
    let mut reader = BufReader::new(stdin.lock());
    // Standard input may be a stream of records of any length, so peek to
    // choose between JSON Lines (streamed) and one document (bounded).
    let first = match reader.fill_buf() {
        Ok(buf) => buf.iter().copied().find(|b| !b.is_ascii_whitespace()),
        Err(err) => return sink(Item::Problem(Problem::error("-", describe_io(&err)))),
    };
    if first == Some(b'{') {
        return read_json_lines(reader, "-", limits, sink);
    }
    if reader.fill_buf().is_ok_and(|buf| buf.starts_with(b"WARC/")) {
        return warc::read_warc(reader, "-", limits, sink);
    }
    match read_bounded(reader, limits.max_article_bytes) {
        Ok(bytes) => read_document(&bytes, "-", None, limits, sink),
        Err(message) => sink(Item::Problem(Problem::error("-", message))),
    }
}

/// One document already in memory: a text, an HTML page or a JSON document.
fn read_document(bytes: &[u8], name: &str, format: Option<Format>, limits: &Limits, sink: &mut dyn FnMut(Item)) {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return sink(Item::Problem(Problem::error(name, "empty input: no text in it")));
    }
    let format = format.unwrap_or_else(|| sniff_format(bytes));
    match format {
        Format::JsonLines => return read_json_lines(bytes, name, limits, sink),
        Format::Warc => return warc::read_warc(bytes, name, limits, sink),
        // XML declares its own encoding, which the feed parser reads.
        Format::Feed => return feeds::read_feed(bytes, name, sink),
        _ => {}
    }
    let decoded = match decode_bytes(bytes, format == Format::Html) {
        Ok(decoded) => decoded,
        Err(message) => return sink(Item::Problem(Problem::error(name, message))),
    };
    if let Some(warning) = decoded.warning {
        sink(Item::Problem(Problem::warning(name, warning)));
    }
    let text = decoded.text;
    match format {
        Format::Json => records::read_json_document(&text, name, sink),
        Format::Html => sink(Item::Article(bare_article(name, Body::Html(text)))),
        Format::Text | Format::JsonLines | Format::Warc | Format::Feed => {
            sink(Item::Article(bare_article(name, Body::Text(text))))
        }
    }
}

fn read_json_lines(reader: impl BufRead, name: &str, limits: &Limits, sink: &mut dyn FnMut(Item)) {
    let mut reader = reader;
    let mut line = Vec::new();
    let mut number = 0usize;
    let mut any_record = false;
    loop {
        line.clear();
        number += 1;
        let read = (&mut reader)
            .take(limits.max_record_bytes + 1)
            .read_until(b'\n', &mut line);
        match read {
            Ok(0) => break,
            Ok(_) => {}
            Err(err) => {
                let at = format!("{name}:{number}");
                sink(Item::Problem(Problem::error(at, describe_io(&err))));
                break;
            }
        }
        let at = format!("{name}:{number}");
        if line.len() as u64 > limits.max_record_bytes && !line.ends_with(b"\n") {
            sink(Item::Problem(Problem::error(
                at,
                format!("record longer than {}, skipped", human_bytes(limits.max_record_bytes)),
            )));
            // Skip the rest of the oversized line.
            let mut rest = Vec::new();
            loop {
                rest.clear();
                match (&mut reader).take(1 << 20).read_until(b'\n', &mut rest) {
                    Ok(0) | Err(_) => break,
                    Ok(_) if rest.ends_with(b"\n") => break,
                    Ok(_) => {}
                }
            }
            continue;
        }
        if line.iter().all(|b| b.is_ascii_whitespace()) {
            continue;
        }
        any_record = true;
        match std::str::from_utf8(&line) {
            Ok(text) => records::read_json_record(text, &at, sink),
            Err(_) => sink(Item::Problem(Problem::error(
                at,
                "record is not valid UTF-8 JSON, skipped",
            ))),
        }
    }
    if !any_record {
        sink(Item::Problem(Problem::error(
            name,
            "empty input: no JSON records in it",
        )));
    }
}

fn bare_article(name: &str, body: Body) -> RawArticle {
    RawArticle::new(name, body)
}

/// Read at most `max` bytes; more is an error rather than a silent cut, so
/// that a truncated article never looks whole.
fn read_bounded(reader: impl Read, max: u64) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    match reader.take(max + 1).read_to_end(&mut bytes) {
        Ok(_) if bytes.len() as u64 > max => Err(format!(
            "larger than the {} limit for one article, skipped",
            human_bytes(max)
        )),
        Ok(_) => Ok(bytes),
        Err(err) => Err(describe_io(&err)),
    }
}

fn format_from_name(path: &Path) -> Option<Format> {
    let name = path.file_name()?.to_string_lossy().to_lowercase();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    let extension = name.rsplit_once('.')?.1;
    match extension {
        "txt" | "text" => Some(Format::Text),
        "html" | "htm" | "xhtml" => Some(Format::Html),
        "json" => Some(Format::Json),
        "jsonl" | "ndjson" => Some(Format::JsonLines),
        "warc" => Some(Format::Warc),
        "rss" | "atom" | "xml" => Some(Format::Feed),
        _ => None,
    }
}

fn sniff_format(bytes: &[u8]) -> Format {
    let start: Vec<u8> = bytes
        .iter()
        .copied()
        .skip_while(|b| b.is_ascii_whitespace() || *b == 0xEF || *b == 0xBB || *b == 0xBF)
        .take(512)
        .collect();
    let lower = String::from_utf8_lossy(&start).to_lowercase();
    if lower.starts_with("warc/") {
        Format::Warc
    } else if is_feed_start(&lower) {
        Format::Feed
    } else if lower.starts_with('{') {
        // One object spread over lines is a JSON document; one per line is JSON Lines.
        let first_line = lower.lines().next().unwrap_or("");
        if first_line.trim_end().ends_with('}') {
            Format::JsonLines
        } else {
            Format::Json
        }
    } else if lower.starts_with('[') {
        Format::Json
    } else if lower.starts_with("<!doctype html") || lower.starts_with("<html") || lower.starts_with('<') {
        Format::Html
    } else {
        Format::Text
    }
}

/// Whether lower-cased text starts with a feed's root element, possibly
/// after an XML declaration (and comments or a stylesheet line).
fn is_feed_start(lower: &str) -> bool {
    const ROOTS: [&str; 3] = ["<rss", "<feed", "<rdf:rdf"];
    ROOTS.iter().any(|root| lower.starts_with(root))
        || (lower.starts_with("<?xml") && ROOTS.iter().any(|root| lower.contains(root)))
}

fn has_extension(path: &Path, extension: &str) -> bool {
    path.extension().is_some_and(|e| e.eq_ignore_ascii_case(extension))
}

fn describe_io(err: &io::Error) -> String {
    match err.kind() {
        io::ErrorKind::NotFound => "no such file or folder".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        io::ErrorKind::InvalidInput | io::ErrorKind::InvalidData | io::ErrorKind::UnexpectedEof => {
            format!("corrupt or truncated data ({err})")
        }
        _ => err.to_string(),
    }
}

fn human_bytes(bytes: u64) -> String {
    if bytes >= 1 << 20 {
        format!("{} MiB", bytes >> 20)
    } else if bytes >= 1 << 10 {
        format!("{} KiB", bytes >> 10)
    } else {
        format!("{bytes} bytes")
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_feeds;
#[cfg(test)]
mod tests_warc;
