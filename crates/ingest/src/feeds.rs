//! RSS (0.9x, 1.0, 2.0) and Atom feeds, parsed by `feed-rs`.
//!
//! A feed given as a file is read as articles, one per item: an item with
//! full content (`content:encoded`, `atom:content`) is an article of that
//! content; an item with only a summary (`description`, `atom:summary`) or
//! only a title is still an article — a short one, as a headline-only JSON
//! record is — because it still tells which story it belongs to, and one
//! warning per feed says how many items were read from a summary only.
//! `chorus watch` fetches the pages of a watched feed's items instead
//! (see [`parse_feed`]).

use chorus_model::{Body, Problem, RawArticle};

use crate::Item;

/// A feed: its title and items, in feed order.
#[derive(Debug, Clone)]
pub struct Feed {
    /// The feed's title, usually the outlet's name ("Example News - World").
    pub title: Option<String>,
    /// The feed's language, if it declares one.
    pub language: Option<String>,
    /// The items (RSS) or entries (Atom).
    pub items: Vec<FeedItem>,
}

/// One item of a feed.
#[derive(Debug, Clone)]
pub struct FeedItem {
    /// What identifies the item across polls: its guid or id, else its link,
    /// else its title. Empty when it has none of these.
    pub key: String,
    /// The item's page.
    pub link: Option<String>,
    /// The item's title, as plain text.
    pub title: Option<String>,
    /// When it was published (else last updated), as RFC 3339.
    pub published: Option<String>,
    /// The full content (HTML or text) when the feed includes it.
    pub content: Option<String>,
    /// The summary or excerpt, when the feed gives one.
    pub summary: Option<String>,
    /// The item's language, if declared.
    pub language: Option<String>,
}

impl Feed {
    /// The article of one item, read from the feed alone: its full content,
    /// else its summary, else its title only. `input` names where it was read.
    pub fn article(&self, item: &FeedItem, input: String) -> RawArticle {
        let body = item
            .content
            .as_deref()
            .or(item.summary.as_deref())
            .map(body_of)
            .unwrap_or_else(|| Body::Text(String::new()));
        RawArticle {
            input,
            id: None,
            url: item.link.clone(),
            outlet: self.title.clone(),
            title: item.title.clone(),
            published: item.published.clone(),
            language: item.language.clone().or_else(|| self.language.clone()),
            captured: None,
            body,
        }
    }
}

impl FeedItem {
    /// Whether the feed includes the item's full content.
    pub fn has_content(&self) -> bool {
        self.content.is_some()
    }
}

/// Parse an RSS or Atom feed (or a JSON Feed). `base_url` resolves relative
/// links when the feed was fetched from somewhere.
pub fn parse_feed(bytes: &[u8], base_url: Option<&str>) -> Result<Feed, String> {
    let parser = feed_rs::parser::Builder::new()
        .base_uri(base_url)
        // Deterministic ids for items without a guid: the default makes a
        // random one, which would make an item look new on every poll.
        .id_generator(|links, title, _| {
            links
                .first()
                .map(|link| link.href.clone())
                .or_else(|| title.as_ref().map(|title| title.content.clone()))
                .unwrap_or_default()
        })
        .build();
    let feed = parser
        .parse(bytes)
        .map_err(|err| format!("not a readable RSS or Atom feed: {err}"))?;
    let items = feed
        .entries
        .into_iter()
        .map(|entry| {
            let link = entry
                .links
                .iter()
                .find(|link| link.rel.as_deref().is_none_or(|rel| rel == "alternate"))
                .or(entry.links.first())
                .map(|link| link.href.trim().to_string())
                .filter(|href| !href.is_empty());
            FeedItem {
                key: entry.id.trim().to_string(),
                link,
                title: entry.title.map(|title| title.content).and_then(non_empty),
                published: entry.published.or(entry.updated).map(|date| date.to_rfc3339()),
                content: entry.content.and_then(|content| content.body).and_then(non_empty),
                summary: entry.summary.map(|summary| summary.content).and_then(non_empty),
                language: entry.language.and_then(non_empty),
            }
        })
        .collect();
    Ok(Feed {
        title: feed.title.map(|title| title.content).and_then(non_empty),
        language: feed.language.and_then(non_empty),
        items,
    })
}

/// A feed file read as articles, one per item, named `FILE[INDEX]`.
pub(crate) fn read_feed(bytes: &[u8], name: &str, sink: &mut dyn FnMut(Item)) {
    let feed = match parse_feed(bytes, None) {
        Ok(feed) => feed,
        Err(message) => return sink(Item::Problem(Problem::error(name, message))),
    };
    if feed.items.is_empty() {
        return sink(Item::Problem(Problem::error(name, "empty feed: no items in it")));
    }
    let mut short = 0;
    for (index, item) in feed.items.iter().enumerate() {
        let at = format!("{name}[{index}]");
        if item.content.is_none() && item.summary.is_none() && item.title.is_none() {
            sink(Item::Problem(Problem::error(
                at,
                "feed item has no title, content or summary",
            )));
            continue;
        }
        if !item.has_content() {
            short += 1;
        }
        sink(Item::Article(feed.article(item, at)));
    }
    if short > 0 {
        sink(Item::Problem(Problem::warning(
            name,
            format!(
                "{short} of {} items give only a summary or a title, read as short articles \
                 (chorus watch, given the feed's address, fetches their pages)",
                feed.items.len()
            ),
        )));
    }
}

/// Feed text is HTML when it has markup, else plain text.
fn body_of(text: &str) -> Body {
    if text.contains('<') && text.contains('>') {
        Body::Html(text.to_string())
    } else {
        Body::Text(text.to_string())
    }
}

fn non_empty(text: String) -> Option<String> {
    let trimmed = text.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_string())
}
