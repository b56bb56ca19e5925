//! The publication date a page states about itself, beyond what
//! Readability reads. The sources, tried in this order (the first that
//! gives a plausible date wins):
//!
//! 1. a full date in the URL's path (`/2019/11/19/`; the canonical link's
//!    when no URL is given): it is the outlet's own calendar day, where
//!    metadata in UTC may fall on the next one;
//! 2. the meta tags news sites use for the original date (Open Graph,
//!    Dublin Core, Parse.ly, Sailthru, `pubdate`...), and any element whose
//!    `itemprop` or `property` says `datePublished`; and JSON-LD
//!    `datePublished` (anywhere in the script: nested `@graph`s and arrays
//!    included). When both give a date more than a day apart, the earlier:
//!    the later one is a republication or an update;
//! 3. `<time>` and `abbr.published` elements, skipping those inside
//!    comments, related items and sidebars (an element so named that holds
//!    half the page or more is a layout wrapper, not one of them), one
//!    marked `pubdate` first, those below the first `<h1>` before those
//!    above it (site headers show today's date);
//! 4. a publication key in a script's data (`"published_at": "..."`);
//! 5. a short element whose class or id names a date (`post-date`,
//!    `entry-meta`, `datum`, `byline`...) and whose text holds one, again
//!    outside comments and related items;
//! 6. other dates in the URL (`/2019-11-19-`, `/20191119/`), then creation
//!    dates in script data and modification dates in metadata: later than
//!    the original, but the nearest thing the page gives;
//! 7. a date in the page's `<title>`, then the first date in the visible
//!    text of the page.
//!
//! A date is plausible when it is not before 1995 (the first news sites)
//! and not in the future; dates found in the visible text must also not be
//! later than the page's declared modification date, the newest date it
//! can have been published on. The date comes back as the page wrote it, so
//! its time and zone are kept.

use chrono::{NaiveDate, NaiveDateTime};
use dom_query::{Document, NodeRef};

use crate::dates::{find_date_in_text, parse_date};
use crate::html::{names_any, names_in, normalized_chars, NameList};

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
    "dcterms.issued",
    "dcterms.created",
    "dc.date.created",
    "date",
    "article.published",
    "article_date_original",
    "cxenseparse:recs:publishtime",
    "og:pubdate",
    "originalpublicationdate",
    "publication_date",
    "citation_publication_date",
    "citation_date",
    "prism.publicationdate",
    "datecreated",
    "uploaddate",
    "created",
    "schema:datecreated",
    "schema:datepublished",
];

/// Meta tags that hold the last modification, used only when nothing gives
/// the original date.
const MODIFIED_NAMES: &[&str] = &[
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "last-modified",
    "dcterms.modified",
    "dc.date.modified",
    "lastmod",
];

/// Keys in a script's data that name the publication date (lower-cased,
/// `_` and `-` removed).
const PUBLISHED_KEYS: &[&str] = &[
    "publishedat",
    "publishdate",
    "publishedon",
    "publishedtime",
    "publicationdate",
    "dateposted",
    "pubdate",
    "firstpublished",
    "firstpublishedat",
];

/// Keys in a script's data that name a creation date or just a date.
const CREATED_KEYS: &[&str] = &["datecreated", "createdat", "date"];

/// Words of a class or id that name an element holding a date (the words
/// of `post-date`, `entry-meta-date`, `news-list-date`, `datum`...).
const DATE_NAMES: NameList = NameList::new(&[
    "date",
    "dates",
    "datum",
    "time",
    "timestamp",
    "published",
    "publishdate",
    "pubdate",
    "posted",
    "postdate",
    "created",
    "submitted",
    "authored",
    "dateline",
    "byline",
    "meta",
    "postmeta",
    "info",
    "subline",
    "topline",
    "stand",
]);

/// Words of a class or id naming a part of the page whose dates are not
/// the article's: comments, related items, sidebars.
const ELSEWHERE_NAMES: NameList = NameList::new(&[
    "comment",
    "comments",
    "commentlist",
    "kommentar",
    "kommentare",
    "reply",
    "replies",
    "respond",
    "discussion",
    "related",
    "recommended",
    "recommendations",
    "sidebar",
]);

/// The class word of `abbr.published`.
const PUBLISHED_CLASS: NameList = NameList::new(&["published"]);

/// Longest text, in characters, of an element taken for a date element.
const MAX_DATE_ELEMENT_CHARS: usize = 200;

/// The publication date a page declares, as written, if any source has a
/// plausible one.
pub fn find_published(document: &Document, url: Option<&str>) -> Option<String> {
    find_published_before(document, url, chrono::Utc::now().naive_utc())
}

/// [`find_published`] with the present given: dates after `now` (plus a
/// day, for time zones) are not publication dates.
pub fn find_published_before(document: &Document, url: Option<&str>, now: NaiveDateTime) -> Option<String> {
    let bounds = Bounds {
        earliest: NaiveDate::from_ymd_opt(1995, 1, 1)
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .unwrap_or_default(),
        latest: now + chrono::Duration::days(1),
    };
    let root = document.root();
    let mut page = Candidates::default();
    page.walk(&root, false, 0);
    let modified = page.meta_date(MODIFIED_NAMES, &bounds);
    // What the page shows cannot have been published after its last
    // modification: a later date there is an event, a comment, a teaser.
    let visible = Bounds {
        earliest: bounds.earliest,
        latest: modified
            .as_deref()
            .and_then(parse_date)
            .and_then(|modified| modified.date().and_hms_opt(23, 59, 59))
            .map_or(bounds.latest, |modified| modified.min(bounds.latest)),
    };
    let url = url.or(page.canonical.as_deref());
    let declared = declared_original(page.meta_date(META_NAMES, &bounds), page.json_ld_date(&bounds));
    let url_day = url.and_then(|url| url_date(url, true, &bounds));
    // The URL's day wins; the metadata of that same day says more (the
    // time and its zone).
    let same_day = |day: &str, full: &str| parse_date(day).map(|d| d.date()) == parse_date(full).map(|d| d.date());
    let url_day = match (url_day, &declared) {
        (Some(day), Some(full)) if same_day(&day, full) => Some(full.clone()),
        (url_day, _) => url_day,
    };
    url_day
        .or(declared)
        .or_else(|| page.time_element_date(&visible))
        .or_else(|| page.script_date(PUBLISHED_KEYS, &bounds))
        .or_else(|| page.named_element_date(&visible))
        .or_else(|| url.and_then(|url| url_date(url, false, &bounds)))
        .or_else(|| page.script_date(CREATED_KEYS, &bounds))
        .or(modified)
        .or_else(|| first_date_within(&page.title, &visible))
        .or_else(|| page.text_date(&root, &visible))
}

/// Of the meta tags' and JSON-LD's publication dates, the meta tags' one,
/// unless JSON-LD's is more than a calendar day earlier: then the meta
/// tags give a republication or an update. Dates a day apart are one
/// publication written in two zones, and sites write meta tags in local
/// time more often than JSON-LD.
fn declared_original(meta: Option<String>, json_ld: Option<String>) -> Option<String> {
    match (meta, json_ld) {
        (Some(meta), Some(json_ld)) => match (parse_date(&meta), parse_date(&json_ld)) {
            (Some(m), Some(j)) if (m.date() - j.date()).num_days() > 1 => Some(json_ld),
            _ => Some(meta),
        },
        (meta, json_ld) => meta.or(json_ld),
    }
}

/// The range a publication date must fall in.
struct Bounds {
    earliest: NaiveDateTime,
    latest: NaiveDateTime,
}

impl Bounds {
    /// `value` trimmed, when it parses to a date in range. A value that
    /// starts with an ISO day and goes on malformed
    /// (`2022-05-04-0305:49:00-10800`) gives that day.
    fn accept(&self, value: &str) -> Option<String> {
        let value = value.trim();
        let (date, text) = match parse_date(value) {
            Some(date) => (date, value),
            None => {
                let day = value.get(..10)?;
                (parse_date(day)?, day)
            }
        };
        self.contains(date).then(|| text.to_string())
    }

    fn contains(&self, date: NaiveDateTime) -> bool {
        date >= self.earliest && date <= self.latest
    }
}

/// An element that may show the date, and where it is.
struct Shown<'a> {
    element: NodeRef<'a>,
    /// Inside comments, related items or a sidebar.
    elsewhere: bool,
    /// After the page's first `<h1>`: site headers above it show today's
    /// date, the article's header below it shows the article's.
    after_headline: bool,
}

/// What one pass over the page collects for the date sources.
#[derive(Default)]
struct Candidates<'a> {
    /// The page's body, and the length of its text once needed, for
    /// telling a wrapper from a part.
    body: Option<NodeRef<'a>>,
    body_chars: std::cell::Cell<Option<usize>>,
    /// `(name, content)` of meta tags and elements with `content`.
    metas: Vec<(String, String)>,
    /// JSON-LD scripts, then other scripts.
    json_ld: Vec<NodeRef<'a>>,
    scripts: Vec<NodeRef<'a>>,
    canonical: Option<String>,
    title: String,
    /// `itemprop="datePublished"` elements.
    itemprops: Vec<Shown<'a>>,
    /// `time[pubdate]`, `abbr.published`.
    marked: Vec<Shown<'a>>,
    times: Vec<Shown<'a>>,
    /// Elements whose class or id names a date.
    named: Vec<Shown<'a>>,
    seen_headline: bool,
}

impl<'a> Candidates<'a> {
    fn walk(&mut self, node: &NodeRef<'a>, elsewhere: bool, depth: usize) {
        if depth > 250 {
            return;
        }
        for child in node.children_it(false) {
            let Some(element) = child.element_ref() else {
                continue;
            };
            // One pass over the attributes, borrowed: this runs on every
            // element of every page.
            let name: &str = &element.name.local;
            let (mut class, mut id, mut content, mut key, mut itemprop) = (None, None, None, None, None);
            let (mut rel, mut href, mut kind, mut pubdate) = (None, None, None, false);
            for attr in &element.attrs {
                let value: &str = &attr.value;
                match &*attr.name.local {
                    "class" => class = Some(value),
                    "id" => id = Some(value),
                    "content" => content = Some(value),
                    "property" => key = Some(value),
                    "name" if key.is_none() => key = Some(value),
                    "itemprop" => itemprop = Some(value),
                    "rel" => rel = Some(value),
                    "href" => href = Some(value),
                    "type" => kind = Some(value),
                    "pubdate" => pubdate = true,
                    _ => {}
                }
            }
            match name {
                "script" => {
                    if kind.is_some_and(|t| t.eq_ignore_ascii_case("application/ld+json")) {
                        self.json_ld.push(child.clone());
                    } else {
                        self.scripts.push(child.clone());
                    }
                    continue;
                }
                "style" | "noscript" | "template" | "svg" => continue,
                "title" if self.title.is_empty() => self.title = child.text().to_string(),
                "link" if rel.is_some_and(|r| r.eq_ignore_ascii_case("canonical")) => {
                    self.canonical = href.map(str::to_string);
                }
                "body" => self.body = Some(child.clone()),
                _ => {}
            }
            if let (Some(content), Some(key)) = (content, key.or(itemprop)) {
                self.metas.push((key.to_ascii_lowercase(), content.to_string()));
            }
            // Each attribute's words are read once for all the lists.
            let [class_elsewhere, published_class, class_date] = class.map_or([false; 3], |c| {
                names_in(c, [&ELSEWHERE_NAMES, &PUBLISHED_CLASS, &DATE_NAMES])
            });
            let [id_elsewhere, id_date] = id.map_or([false; 2], |c| names_in(c, [&ELSEWHERE_NAMES, &DATE_NAMES]));
            let named_elsewhere = class_elsewhere || id_elsewhere;
            let elsewhere = elsewhere
                || name == "aside"
                || (named_elsewhere && !matches!(name, "main" | "article" | "body") && self.is_a_part(&child));
            let after_headline = self.seen_headline;
            let shown = |list: &mut Vec<Shown<'a>>| {
                list.push(Shown {
                    element: child.clone(),
                    elsewhere,
                    after_headline,
                })
            };
            if itemprop.is_some_and(|p| p.eq_ignore_ascii_case("datePublished")) {
                shown(&mut self.itemprops);
            }
            if (name == "time" && pubdate) || (name == "abbr" && published_class) {
                shown(&mut self.marked);
            }
            if name == "time" {
                shown(&mut self.times);
            }
            if class_date || id_date {
                shown(&mut self.named);
            }
            let headline = name == "h1";
            drop(element);
            self.walk(&child, elsewhere, depth + 1);
            if headline {
                self.seen_headline = true;
            }
        }
    }

    /// Whether an element named like comments or a sidebar is a part of
    /// the page rather than a wrapper of it named after its layout
    /// (`has-left-sidebar`): it holds less than half the page's text.
    fn is_a_part(&self, element: &NodeRef) -> bool {
        let body_chars = self.body_chars.get().unwrap_or_else(|| {
            let chars = self.body.as_ref().map_or(0, normalized_chars);
            self.body_chars.set(Some(chars));
            chars
        });
        normalized_chars(element) * 2 < body_chars
    }

    /// The first meta tag named in `names`, by order of `names`.
    fn meta_date(&self, names: &[&str], bounds: &Bounds) -> Option<String> {
        names.iter().find_map(|wanted| {
            self.metas
                .iter()
                .filter(|(key, _)| key == wanted)
                .find_map(|(_, content)| bounds.accept(content))
        })
    }

    /// `"datePublished": "..."` in a JSON-LD script, read as text so that a
    /// script that is not valid JSON still gives its date, and a nested one
    /// is found wherever it is.
    fn json_ld_date(&self, bounds: &Bounds) -> Option<String> {
        self.json_ld.iter().find_map(|script| {
            script_values(&script.text())
                .filter(|(key, _)| key.eq_ignore_ascii_case("datePublished"))
                .find_map(|(_, value)| bounds.accept(value))
        })
    }

    /// The value of the first key of `keys` (by order of `keys`) found in
    /// the data of the page's other scripts.
    fn script_date(&self, keys: &[&str], bounds: &Bounds) -> Option<String> {
        let mut best: Option<(usize, String)> = None;
        for script in &self.scripts {
            let text = script.text();
            for (key, value) in script_values(&text) {
                let key: String = key
                    .chars()
                    .filter(|c| *c != '_' && *c != '-')
                    .map(|c| c.to_ascii_lowercase())
                    .collect();
                let Some(rank) = keys.iter().position(|k| *k == key) else {
                    continue;
                };
                if best.as_ref().is_some_and(|(best_rank, _)| *best_rank <= rank) {
                    continue;
                }
                if let Some(date) = bounds.accept(&value.replace("\\/", "/")) {
                    best = Some((rank, date));
                }
            }
        }
        best.map(|(_, date)| date)
    }

    /// `itemprop="datePublished"` on any element (its `datetime`,
    /// `content`, `title` or text), then `<time>` marked `pubdate` and
    /// `abbr.published`, then any `<time>` with a date.
    fn time_element_date(&self, bounds: &Bounds) -> Option<String> {
        [&self.itemprops, &self.marked, &self.times]
            .iter()
            .find_map(|elements| {
                in_page_order(elements).find_map(|element| {
                    ["datetime", "content", "title"]
                        .iter()
                        .filter_map(|name| element.attr(name))
                        .find_map(|value| bounds.accept(&value))
                        .or_else(|| text_of_date_element(element, bounds))
                })
            })
    }

    /// The first short element whose class or id names a date and whose
    /// text holds one.
    fn named_element_date(&self, bounds: &Bounds) -> Option<String> {
        in_page_order(&self.named).find_map(|element| text_of_date_element(element, bounds))
    }

    /// The first date in the visible text of the page (scripts, styles,
    /// comments and related items left out).
    fn text_date(&self, root: &NodeRef, bounds: &Bounds) -> Option<String> {
        let mut text = String::new();
        self.visible_text(root, &mut text, 0);
        first_date_within(&text, bounds)
    }

    /// Appends the visible text under `node`, element by element.
    fn visible_text(&self, node: &NodeRef, out: &mut String, depth: usize) {
        if out.len() > MAX_VISIBLE_TEXT || depth > 250 {
            return;
        }
        for child in node.children_it(false) {
            if child.is_text() {
                out.push_str(&child.text());
                continue;
            }
            if !child.is_element() {
                continue;
            }
            let name = child.node_name().unwrap_or_default();
            let skip = matches!(
                &*name,
                "head" | "script" | "style" | "noscript" | "template" | "aside" | "select" | "svg"
            ) || (!matches!(&*name, "main" | "article" | "body")
                && (child.attr("class").is_some_and(|c| names_any(&c, &ELSEWHERE_NAMES))
                    || child.attr("id").is_some_and(|c| names_any(&c, &ELSEWHERE_NAMES)))
                && self.is_a_part(&child));
            if !skip {
                out.push(' ');
                self.visible_text(&child, out, depth + 1);
                out.push(' ');
            }
        }
    }
}

/// Longest visible text read for a date, in bytes.
const MAX_VISIBLE_TEXT: usize = 200_000;

/// The elements outside comments and related items: those below the
/// headline first, then those above it.
fn in_page_order<'b, 'a>(elements: &'b [Shown<'a>]) -> impl Iterator<Item = &'b NodeRef<'a>> {
    let kept = elements.iter().filter(|shown| !shown.elsewhere);
    kept.clone()
        .filter(|shown| shown.after_headline)
        .chain(kept.filter(|shown| !shown.after_headline))
        .map(|shown| &shown.element)
}

/// `"key": "value"` and `key: "value"` pairs in script text, in order.
fn script_values(text: &str) -> impl Iterator<Item = (&str, &str)> {
    let mut rest = text;
    std::iter::from_fn(move || loop {
        let colon = rest.find(':')?;
        let (before, after) = (&rest[..colon], &rest[colon + 1..]);
        rest = after;
        let key = before.trim_end();
        let key = key.strip_suffix('"').unwrap_or(key);
        let start = key
            .char_indices()
            .rev()
            .find(|(_, c)| !(c.is_ascii_alphanumeric() || *c == '_' || *c == '-' || *c == '@'))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let key = &key[start..];
        let Some(value) = after.trim_start().strip_prefix('"') else {
            continue;
        };
        let Some(end) = value.find('"') else {
            continue;
        };
        if key.is_empty() || end > 60 {
            continue;
        }
        return Some((key, &value[..end]));
    })
}

/// The date in the text of a short element.
fn text_of_date_element(element: &NodeRef, bounds: &Bounds) -> Option<String> {
    let text = element.text();
    if text.chars().count() > MAX_DATE_ELEMENT_CHARS {
        return None;
    }
    first_date_within(&text, bounds)
}

/// The first date in `text` that is in bounds.
fn first_date_within(text: &str, bounds: &Bounds) -> Option<String> {
    let (date, words) = find_date_in_text(text)?;
    bounds.contains(date).then_some(words)
}

/// A date in the URL's path. `slashed_only`: only the `/2019/11/19/` form,
/// which sites use for the day they published on; otherwise also
/// `/2019-11-19-story` and `/20191119/`.
fn url_date(url: &str, slashed_only: bool, bounds: &Bounds) -> Option<String> {
    let path = url.split(['?', '#']).next()?;
    let path = path.split_once("://").map_or(path, |(_, rest)| rest);
    // An archived page's address holds the archive's own timestamp first.
    let path = path
        .split_once("/http:/")
        .or_else(|| path.split_once("/https:/"))
        .map_or(path, |(_, original)| original);
    let parts: Vec<&str> = path.split('/').collect();
    for window in parts.windows(3) {
        if let [year, month, day] = window {
            let day: String = day.chars().take_while(char::is_ascii_digit).collect();
            if year.len() == 4 && month.len() <= 2 && !day.is_empty() && day.len() <= 2 {
                if let Some(date) = ymd(year, month, &day, bounds) {
                    return Some(date);
                }
            }
        }
    }
    if slashed_only {
        return None;
    }
    for part in path.split(['/', '_', '.']) {
        for piece in part.split('-').collect::<Vec<_>>().windows(3) {
            if let [year, month, day] = piece {
                if year.len() == 4 && month.len() == 2 && day.len() == 2 {
                    if let Some(date) = ymd(year, month, day, bounds) {
                        return Some(date);
                    }
                }
            }
        }
        if part.len() == 8 && part.bytes().all(|b| b.is_ascii_digit()) {
            if let Some(date) = ymd(&part[0..4], &part[4..6], &part[6..8], bounds) {
                return Some(date);
            }
        }
    }
    None
}

fn ymd(year: &str, month: &str, day: &str, bounds: &Bounds) -> Option<String> {
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !(all_digits(year) && all_digits(month) && all_digits(day)) {
        return None;
    }
    bounds.accept(&format!("{year}-{month:0>2}-{day:0>2}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2024, 6, 1)
            .and_then(|d| d.and_hms_opt(12, 0, 0))
            .expect("valid date")
    }

    fn date(html: &str, url: Option<&str>) -> Option<String> {
        find_published_before(&Document::from(html), url, now())
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

    #[test]
    fn json_ld_date_is_found_in_a_nested_graph() {
        let html = r#"<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
            {"@type":"WebSite","name":"Site"},
            [{"@type":"NewsArticle","headline":"H","dateModified":"2021-03-02","datePublished":"2021-03-01T08:00:00-05:00"}]]}</script>"#;
        assert_eq!(date(html, None).as_deref(), Some("2021-03-01T08:00:00-05:00"));
    }

    #[test]
    fn the_day_in_the_url_beats_metadata_in_utc() {
        let html = r#"<meta property="article:published_time" content="2020-02-25T02:25:54Z">"#;
        assert_eq!(
            date(html, Some("https://news.example/2020/02/24/story/")).as_deref(),
            Some("2020-02-24")
        );
        // An archive's timestamp is not the page's date.
        assert_eq!(
            date(
                "<p>x</p>",
                Some("https://archive.example/web/20130217080612/http://blog.example/2012/08/02/post/")
            )
            .as_deref(),
            Some("2012-08-02")
        );
    }

    #[test]
    fn the_earlier_of_two_declared_publication_dates_is_the_original() {
        let html = r#"<meta property="article:published_time" content="2015-12-11T14:28:34Z">
            <script type="application/ld+json">{"datePublished":"2015-10-15T02:19:15Z"}</script>"#;
        assert_eq!(date(html, None).as_deref(), Some("2015-10-15T02:19:15Z"));
        // The same publication in UTC and in local time: the local day.
        let zones = r#"<meta name="date" content="Sat, 19 Oct 2019 00:04:00 +0200">
            <script type="application/ld+json">{"datePublished":"2019-10-18T22:04:00Z"}</script>"#;
        assert_eq!(date(zones, None).as_deref(), Some("Sat, 19 Oct 2019 00:04:00 +0200"));
    }

    #[test]
    fn original_date_beats_modification() {
        let html = r#"<meta property="article:modified_time" content="2021-05-02">
            <meta property="og:updated_time" content="2021-05-03">
            <meta property="article:published_time" content="2021-04-30T09:00:00+02:00">"#;
        assert_eq!(date(html, None).as_deref(), Some("2021-04-30T09:00:00+02:00"));
        let only_modified = r#"<meta property="og:updated_time" content="2021-05-03T10:00:00+01:00"><p>Text</p>"#;
        assert_eq!(date(only_modified, None).as_deref(), Some("2021-05-03T10:00:00+01:00"));
    }

    #[test]
    fn layout_classes_of_the_body_do_not_hide_the_article() {
        let html = r#"<body class="single right-sidebar"><div class="site"><article>
            <span class="meta"><time datetime="2019-12-26T23:07:45+00:00">26/12/2019</time></span>
            </article></div></body>"#;
        assert_eq!(date(html, None).as_deref(), Some("2019-12-26T23:07:45+00:00"));
        let canonical = r#"<link rel="canonical" href="https://news.example/2018/04/03/story/"><p>x</p>"#;
        assert_eq!(date(canonical, None).as_deref(), Some("2018-04-03"));
    }

    #[test]
    fn the_date_below_the_headline_beats_todays_date_in_the_site_header() {
        let html = r#"<body><div class="top-bar"><span class="date">Montag, 12. Oktober 2020</span></div>
            <h1>Titel</h1><p class="meta">le 07 Mai 2020</p></body>"#;
        assert_eq!(date(html, None).as_deref(), Some("07 Mai 2020"));
    }

    #[test]
    fn a_layout_wrapper_named_after_its_sidebar_is_not_a_sidebar() {
        let body = "Ein langer Absatz des Artikels. ".repeat(20);
        let html = format!(
            r#"<body><div class="has-left-sidebar"><p class="date">02.11.2022</p><p>{body}</p></div>
            <div class="sidebar"><span class="date">01.01.2022</span></div></body>"#
        );
        assert_eq!(date(&html, None).as_deref(), Some("02.11.2022"));
    }

    #[test]
    fn time_in_the_article_beats_time_in_comments() {
        let html = r#"<body><div class="comments"><time datetime="2019-03-05">March 5</time></div>
            <article><h1>Title</h1><time datetime="2019-03-01T10:00">March 1</time></article></body>"#;
        assert_eq!(date(html, None).as_deref(), Some("2019-03-01T10:00"));
        let title_attr = r#"<abbr class="published" title="2017-09-09T10:52:00+02:00">10:52</abbr>"#;
        assert_eq!(date(title_attr, None).as_deref(), Some("2017-09-09T10:52:00+02:00"));
    }

    #[test]
    fn reads_publication_keys_in_script_data() {
        let html = r#"<script>window.__DATA__ = {"title":"x","published_at":"2019-03-02T06:22:28+01:00","created_at":"2019-03-01"};</script>"#;
        assert_eq!(date(html, None).as_deref(), Some("2019-03-02T06:22:28+01:00"));
        let escaped = r#"<script>var page = {"’x’": "y", publish_date: "2020\/02\/24"};</script>"#;
        assert_eq!(date(escaped, None).as_deref(), Some("2020/02/24"));
    }

    #[test]
    fn reads_visible_dates_in_date_elements() {
        let german = r#"<h1>Titel</h1><p class="post-meta">Von Anna | 13. Januar 2014 | 3 Kommentare</p>"#;
        assert_eq!(date(german, None).as_deref(), Some("13. Januar 2014"));
        let numeric = r#"<div class="info"><em class="date">02.11.2021</em></div>"#;
        assert_eq!(date(numeric, None).as_deref(), Some("02.11.2021"));
        let comment = r#"<div id="comments"><span class="date">01.02.2020</span></div>
            <p class="entry-date">Posted on May 10, 2022 01:52 PM</p>"#;
        assert_eq!(date(comment, None).as_deref(), Some("May 10, 2022 01:52 PM"));
    }

    #[test]
    fn falls_back_to_the_title_then_the_text() {
        let title = "<html><head><title>Bericht vom 22.04.2020 | Blog</title></head><body><p>Text</p></body></html>";
        assert_eq!(date(title, None).as_deref(), Some("22.04.2020"));
        let text = "<body><p>Veröffentlicht am 06.10.2023 von Anna.</p><p>Termin: 12.12.2023</p></body>";
        assert_eq!(date(text, None).as_deref(), Some("06.10.2023"));
    }

    #[test]
    fn rejects_dates_in_the_future_or_before_the_web() {
        let future = r#"<meta property="article:published_time" content="2031-01-01"><p>Am 3. März 2020</p>"#;
        assert_eq!(date(future, None).as_deref(), Some("3. März 2020"));
        let old = r#"<meta name="date" content="1970-01-01"><p>x</p>"#;
        assert_eq!(date(old, None), None);
        // A date in the text later than the page's last modification is an
        // event, not the publication.
        let event = r#"<meta property="og:updated_time" content="2022-11-02">
            <body><p class="date">Konzert am 02.12.2022</p><p class="date">Stand: 01.11.2022</p></body>"#;
        assert_eq!(date(event, None).as_deref(), Some("01.11.2022"));
    }
}
