//! The publication date a page states about itself, beyond what
//! Readability reads: JSON-LD `datePublished`, the meta tags news sites use
//! (Open Graph, Dublin Core, Parse.ly, Sailthru, `pubdate`...), `itemprop`
//! and `<time>` elements, and a date in the URL's path
//! (`/2019/11/19/`, `/2019-11-19-`).
//!
//! Each source gives a string for [`crate::dates::parse_date`]; the first
//! that parses wins, in the order above: what the page declares for
//! machines beats what it shows, and both beat the address. Modification
//! dates are ignored: they are not when the article was published.

use dom_query::Document;

use crate::dates::parse_date;

/// Meta tags (by `property`, `name` or `itemprop`) that hold a publication
/// date, most specific first.
const META_NAMES: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "article:published",
    "datepublished",
    "date_published",
    "publishdate",
    "publish-date",
    "publish_date",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "dc.date.created",
    "date",
    "article.published",
    "cxenseparse:recs:publishtime",
    "og:pubdate",
    "originalpublicationdate",
    "created",
];

/// The publication date a page declares, as written, if any source has one
/// that parses.
pub fn find_published(document: &Document, url: Option<&str>) -> Option<String> {
    json_ld_date(document)
        .or_else(|| meta_date(document))
        .or_else(|| element_date(document))
        .or_else(|| url.and_then(url_date))
}

fn parses(value: &str) -> Option<String> {
    let value = value.trim();
    parse_date(value).map(|_| value.to_string())
}

/// `"datePublished": "..."` in a JSON-LD script, read as text so that a
/// script that is not valid JSON still gives its date.
fn json_ld_date(document: &Document) -> Option<String> {
    for script in document.select("script[type=\"application/ld+json\"]").iter() {
        let text = script.text();
        let mut rest: &str = &text;
        while let Some(at) = rest.find("\"datePublished\"") {
            rest = &rest[at + "\"datePublished\"".len()..];
            let value = rest.trim_start().strip_prefix(':').map(str::trim_start);
            if let Some(value) = value.and_then(|v| v.strip_prefix('"')) {
                if let Some(end) = value.find('"') {
                    if let Some(date) = parses(&value[..end]) {
                        return Some(date);
                    }
                }
            }
        }
    }
    None
}

fn meta_date(document: &Document) -> Option<String> {
    let metas = document.select("meta[content]");
    for wanted in META_NAMES {
        for meta in metas.iter() {
            let key = meta
                .attr("property")
                .or_else(|| meta.attr("name"))
                .or_else(|| meta.attr("itemprop"))
                .unwrap_or_default()
                .to_ascii_lowercase();
            if key == *wanted {
                if let Some(date) = meta.attr("content").as_deref().and_then(parses) {
                    return Some(date);
                }
            }
        }
    }
    None
}

/// `itemprop="datePublished"` on any element, then the first `<time>` with
/// a `datetime` (or a parseable text), preferring one marked `pubdate` or
/// inside the article.
fn element_date(document: &Document) -> Option<String> {
    let marked = document.select("[itemprop=\"datePublished\"], time[pubdate], article time[datetime], time[datetime]");
    for element in marked.iter() {
        let value = element
            .attr("datetime")
            .or_else(|| element.attr("content"))
            .map(|v| v.to_string())
            .unwrap_or_else(|| element.text().to_string());
        if let Some(date) = parses(&value) {
            return Some(date);
        }
    }
    None
}

/// A date in the URL's path: `/2019/11/19/`, `/2019-11-19`, `/20191119/`.
fn url_date(url: &str) -> Option<String> {
    let path = url.split(['?', '#']).next()?;
    let path = path.split_once("://").map_or(path, |(_, rest)| rest);
    let parts: Vec<&str> = path.split(['/', '_', '.']).collect();
    for window in parts.windows(3) {
        if let [year, month, day] = window {
            let day: String = day.chars().take_while(char::is_ascii_digit).collect();
            if year.len() == 4 && month.len() <= 2 && !day.is_empty() && day.len() <= 2 {
                if let Some(date) = ymd(year, month, &day) {
                    return Some(date);
                }
            }
        }
    }
    for part in &parts {
        for piece in part.split('-').collect::<Vec<_>>().windows(3) {
            if let [year, month, day] = piece {
                if year.len() == 4 && month.len() == 2 && day.len() == 2 {
                    if let Some(date) = ymd(year, month, day) {
                        return Some(date);
                    }
                }
            }
        }
        if part.len() == 8 && part.bytes().all(|b| b.is_ascii_digit()) {
            if let Some(date) = ymd(&part[0..4], &part[4..6], &part[6..8]) {
                return Some(date);
            }
        }
    }
    None
}

fn ymd(year: &str, month: &str, day: &str) -> Option<String> {
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !(all_digits(year) && all_digits(month) && all_digits(day)) {
        return None;
    }
    let text = format!("{year}-{month:0>2}-{day:0>2}");
    parses(&text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(html: &str, url: Option<&str>) -> Option<String> {
        find_published(&Document::from(html), url)
    }

    #[test]
    fn reads_each_source() {
        let json_ld = r#"<script type="application/ld+json">{"@type":"NewsArticle","datePublished": "2020-10-01T10:00:00+02:00"}</script>"#;
        assert_eq!(date(json_ld, None).as_deref(), Some("2020-10-01T10:00:00+02:00"));
        let meta = r#"<meta name="parsely-pub-date" content="2019-11-19T01:19:34Z">"#;
        assert_eq!(date(meta, None).as_deref(), Some("2019-11-19T01:19:34Z"));
        let time = r#"<p>Posted <time datetime="2018-06-12">June 12</time></p>"#;
        assert_eq!(date(time, None).as_deref(), Some("2018-06-12"));
        assert_eq!(
            date("<p>x</p>", Some("https://x.com/news/2017/11/23/story")).as_deref(),
            Some("2017-11-23")
        );
        assert_eq!(
            date("<p>x</p>", Some("https://x.com/2017-11-23-story.html")).as_deref(),
            Some("2017-11-23")
        );
        assert_eq!(date("<p>x</p>", Some("https://x.com/story/12345678")), None);
        assert_eq!(date("<p>no date</p>", None), None);
    }
}
