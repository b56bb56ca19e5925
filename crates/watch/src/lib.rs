/*!
Watching sources: what is new at the feeds and folders a newsroom follows.

A sources file lists one source per line (`#` starts a comment):

```text
# feeds: their items' pages are fetched
https://news.example/world/rss.xml
feed https://wire.example/atom
# folders: new or changed files are read
/data/incoming
folder ./drops
```

A line that starts with a scheme (`https:`, `file:` …) is a feed, anything
else a folder; `feed` and `folder` say so explicitly. Feeds are fetched
over HTTP(S) only: any other scheme is refused when it is polled.

[`Watcher::round`] polls every source once. For a feed it fetches the feed,
then the page of each item not seen before (an item without a link, or
whose page cannot be had, is read from the feed's own content when it has
full content); for a folder it reads each input file that is
new or changed (size or modification time) since it was last seen. What was
seen is not kept here but asked of a [`Memory`] (the store, in `chorus
watch`), and each [`Found`] item is remembered by the caller once stored, so
an item whose page could not be fetched for a passing reason (a timeout, a
network error, a server error) is tried again next round; one that cannot
succeed (refused, not found, too large, not HTML) is remembered with no
article, so it is reported once.

**Failure model:** a source's problems (unreachable, not a feed, an error
status, a timeout, an oversize body, an unreadable file) are [`Problem`]s
naming the source; they never stop the round or the other sources.

This crate finds and fetches; it does not extract, store or cluster.
*/
#![deny(missing_docs)]

pub mod fetch;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use chorus_ingest::{Feed, FeedItem, Limits};
use chorus_model::{Body, Problem, RawArticle};

pub use fetch::{FetchError, FetchLimits, Fetched, Fetcher};

/// One watched source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// An RSS or Atom feed at this address.
    Feed(String),
    /// A folder (or a single file) of inputs.
    Folder(PathBuf),
}

impl Source {
    /// The source as written in the sources file: its name in problems and
    /// its key in the [`Memory`].
    pub fn name(&self) -> String {
        match self {
            Source::Feed(url) => url.clone(),
            Source::Folder(path) => path.display().to_string(),
        }
    }
}

/// Parse a sources file; `name` is the file's name, for problems. Bad lines
/// are problems and the other lines are still used.
pub fn parse_sources(text: &str, name: &str) -> (Vec<Source>, Vec<Problem>) {
    let mut sources = Vec::new();
    let mut problems = Vec::new();
    for (number, line) in text.lines().enumerate() {
        let line = line.split_once('#').map_or(line, |(before, _)| before).trim();
        if line.is_empty() {
            continue;
        }
        let (keyword, rest) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
        let source = match keyword {
            "feed" => Source::Feed(rest.trim().to_string()),
            "folder" => Source::Folder(PathBuf::from(rest.trim())),
            _ if has_scheme(line) => Source::Feed(line.to_string()),
            _ => Source::Folder(PathBuf::from(line)),
        };
        let empty = match &source {
            Source::Feed(url) => url.is_empty(),
            Source::Folder(path) => path.as_os_str().is_empty(),
        };
        if empty {
            problems.push(Problem::error(
                format!("{name}:{}", number + 1),
                format!("{keyword:?} names no source"),
            ));
            continue;
        }
        if !sources.contains(&source) {
            sources.push(source);
        }
    }
    (sources, problems)
}

/// Whether a line starts with a URL scheme of two or more letters (so that
/// `C:\news` stays a folder).
fn has_scheme(line: &str) -> bool {
    match line.split_once(':') {
        Some((scheme, _)) => {
            scheme.len() > 1
                && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        }
        None => false,
    }
}

/// What has been seen of each source, as item key → fingerprint.
pub trait Memory {
    /// The items of `source` seen so far (stored, or read and found empty).
    fn seen(&mut self, source: &str) -> Result<HashMap<String, String>, String>;
}

/// A new or changed item of a source, read: remember it as
/// (`source`, `key`, `fingerprint`) once its articles are stored.
#[derive(Debug)]
pub struct Found {
    /// The source's name ([`Source::name`]).
    pub source: String,
    /// The item: a feed item's key ([`FeedItem::key`]) or a file's path.
    pub key: String,
    /// What the item was when read: empty for a feed item (an item is read
    /// once), the size and modification time for a file.
    pub fingerprint: String,
    /// Its articles (a file may hold none, or many).
    pub articles: Vec<RawArticle>,
}

/// One thing a round reports.
#[derive(Debug)]
pub enum Event {
    /// A new or changed item and its articles.
    Found(Found),
    /// A problem with a source or one of its items; the round goes on.
    Problem(Problem),
}

/// Why an item's page could not be read, and whether trying again could help.
struct PageFailure {
    permanent: bool,
    message: String,
}

/// Polls sources.
pub struct Watcher {
    fetcher: Fetcher,
    limits: Limits,
}

impl Watcher {
    /// A watcher that fetches with `fetch` limits and reads files with
    /// `limits`.
    pub fn new(fetch: FetchLimits, limits: Limits) -> Watcher {
        Watcher {
            fetcher: Fetcher::new(fetch),
            limits,
        }
    }

    /// Poll each source once, in order, handing each new item and each
    /// problem to `sink` as it is found.
    pub fn round(&self, sources: &[Source], memory: &mut dyn Memory, sink: &mut dyn FnMut(Event)) {
        for source in sources {
            let name = source.name();
            let seen = match memory.seen(&name) {
                Ok(seen) => seen,
                Err(message) => {
                    sink(Event::Problem(Problem::error(name, message)));
                    continue;
                }
            };
            match source {
                Source::Feed(url) => self.poll_feed(url, &seen, sink),
                Source::Folder(path) => self.poll_folder(path, &name, &seen, sink),
            }
        }
    }

    fn poll_feed(&self, address: &str, seen: &HashMap<String, String>, sink: &mut dyn FnMut(Event)) {
        let problem = |message: String| Event::Problem(Problem::error(address, message));
        let fetched = match self.fetcher.get(address) {
            Ok(fetched) => fetched,
            Err(err) => return sink(problem(format!("cannot fetch the feed: {err}"))),
        };
        let feed = match chorus_ingest::parse_feed(&fetched.body, Some(&fetched.url)) {
            Ok(feed) => feed,
            Err(message) => return sink(problem(message)),
        };
        for (index, item) in feed.items.iter().enumerate() {
            if item.key.is_empty() {
                sink(problem(format!("item {index} has no id, link or title; skipped")));
                continue;
            }
            if seen.contains_key(&item.key) {
                continue;
            }
            let article = match &item.link {
                Some(link) => match self.fetch_page(&feed, item, link) {
                    Ok(article) => Some(article),
                    Err(failure) if failure.permanent && item.has_content() => {
                        // The page will not come; the feed's own copy will do.
                        sink(Event::Problem(Problem::warning(
                            address,
                            format!("item {link}: {}; read from the feed's content instead", failure.message),
                        )));
                        Some(feed.article(item, format!("{address}[{index}]")))
                    }
                    Err(failure) => {
                        sink(problem(format!("item {link}: {}", failure.message)));
                        if !failure.permanent {
                            continue;
                        }
                        // Remembered with no article: asking again would fail again.
                        None
                    }
                },
                None => Some(feed.article(item, format!("{address}[{index}]"))),
            };
            sink(Event::Found(Found {
                source: address.to_string(),
                key: item.key.clone(),
                fingerprint: String::new(),
                articles: article.into_iter().collect(),
            }));
        }
    }

    /// The page of a feed item, as an article with the item's title, date
    /// and language.
    fn fetch_page(&self, feed: &Feed, item: &FeedItem, link: &str) -> Result<RawArticle, PageFailure> {
        let page = self.fetcher.get(link).map_err(|err| PageFailure {
            permanent: err.is_permanent(),
            message: format!("cannot fetch the page: {err}"),
        })?;
        let html_type = page.content_type.as_deref().map(chorus_ingest::media_type);
        match html_type.as_deref() {
            None | Some("text/html" | "application/xhtml+xml") => {}
            Some(other) => {
                return Err(PageFailure {
                    permanent: true,
                    message: format!("the page is {other}, not HTML"),
                })
            }
        }
        let decoded =
            chorus_ingest::decode_page(&page.body, page.content_type.as_deref()).map_err(|message| PageFailure {
                permanent: true,
                message,
            })?;
        Ok(RawArticle {
            input: page.url.clone(),
            id: None,
            url: Some(page.url),
            // The page names its outlet better than a feed's title does.
            outlet: None,
            title: item.title.clone(),
            published: item.published.clone(),
            language: item.language.clone().or_else(|| feed.language.clone()),
            captured: None,
            body: Body::Html(decoded.text),
        })
    }

    fn poll_folder(&self, path: &Path, name: &str, seen: &HashMap<String, String>, sink: &mut dyn FnMut(Event)) {
        let files = match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => chorus_ingest::input_files(path, &mut |problem| sink(Event::Problem(problem))),
            Ok(_) => vec![path.to_path_buf()],
            Err(err) => {
                return sink(Event::Problem(Problem::error(
                    name,
                    format!("cannot read the folder: {err}"),
                )))
            }
        };
        for file in files {
            let key = file.display().to_string();
            let fingerprint = match std::fs::metadata(&file) {
                Ok(meta) => {
                    let modified = meta
                        .modified()
                        .ok()
                        .and_then(|time| time.duration_since(UNIX_EPOCH).ok())
                        .map_or(0, |since| since.as_nanos());
                    format!("{}:{modified}", meta.len())
                }
                Err(err) => {
                    sink(Event::Problem(Problem::error(key, err.to_string())));
                    continue;
                }
            };
            if seen.get(&key) == Some(&fingerprint) {
                continue;
            }
            let (articles, problems) = chorus_ingest::read_all(std::slice::from_ref(&key), &self.limits);
            for problem in problems {
                sink(Event::Problem(problem));
            }
            sink(Event::Found(Found {
                source: name.to_string(),
                key,
                fingerprint,
                articles,
            }));
        }
    }
}

#[cfg(test)]
mod tests;
