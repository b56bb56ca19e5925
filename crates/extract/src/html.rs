//! HTML pages: the main text and metadata, read with `dom_smoothie` (a port
//! of Mozilla's Readability), with a plain dump of the page's paragraphs
//! when Readability finds nothing or very little.
//!
//! The text comes out flattened (paragraphs separated by blank lines) and
//! still goes through [`crate::residue`]: Readability keeps some widgets,
//! captions and "Read also" links inside the article container.

use std::panic::{catch_unwind, AssertUnwindSafe};

use dom_query::Document;
use dom_smoothie::{Config, Readability, TextMode};

/// What a page says about itself, and its flattened main text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Page {
    /// The title, as the page gives it (site suffix not yet removed).
    pub title: Option<String>,
    /// The author line.
    pub byline: Option<String>,
    /// The site's name (`og:site_name` and the like).
    pub site_name: Option<String>,
    /// The publication time, as the page writes it.
    pub published: Option<String>,
    /// The language of the page (`<html lang>`), primary subtag only.
    pub language: Option<String>,
    /// The main text: paragraphs separated by blank lines. Empty when none
    /// was found.
    pub text: String,
}

/// Below this many characters of text, Readability is taken to have missed
/// the article and the paragraph dump is tried as well.
const MIN_READABLE_CHARS: usize = 250;

/// Reads the main text and metadata of an HTML page. `url` is the page's
/// address, used to resolve links; it is ignored unless absolute.
///
/// Never panics: a panic inside the HTML libraries is caught and reported as
/// a page without text.
pub fn read_page(html: &str, url: Option<&str>) -> Page {
    catch_unwind(AssertUnwindSafe(|| read_page_inner(html, url))).unwrap_or_default()
}

fn read_page_inner(html: &str, url: Option<&str>) -> Page {
    if nesting_depth(html) > MAX_READABLE_DEPTH {
        // Readability's scoring walks ancestors for every node: on pages
        // nested thousands deep it takes minutes. Such pages (generated or
        // hostile) get the plain paragraph text.
        return Page {
            text: paragraph_dump(html),
            ..Page::default()
        };
    }
    let url = url.filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    let config = Config {
        text_mode: TextMode::Formatted,
        ..Config::default()
    };
    let document = Document::from(html);
    let declared_date = crate::published::find_published(&document, url);
    remove_page_furniture(&document);
    let lead = crate::lead::find_lead(&document);
    let readability = match Readability::with_document(document, url, Some(config.clone())) {
        Ok(readability) => Ok(readability),
        Err(_) => {
            let document = Document::from(html);
            remove_page_furniture(&document);
            Readability::with_document(document, None, Some(config))
        }
    };
    let mut page = match readability {
        Ok(mut readability) => match readability.parse() {
            Ok(article) => Page {
                title: non_empty(article.title),
                byline: article.byline.and_then(non_empty),
                site_name: article.site_name.and_then(non_empty),
                published: article.published_time.and_then(non_empty),
                language: article.lang.as_deref().and_then(primary_language),
                text: article.text_content.to_string(),
            },
            Err(_) => metadata_only(html),
        },
        Err(_) => metadata_only(html),
    };
    // chorus's own reading covers Readability's sources (JSON-LD, meta
    // tags) and more, in an order that prefers the original date.
    if declared_date.is_some() {
        page.published = declared_date;
    }
    if let Some(text) = lead.and_then(|lead| crate::lead::with_lead(&page.text, &lead)) {
        page.text = text;
    }
    if page.text.trim().chars().count() < MIN_READABLE_CHARS {
        let dump = paragraph_dump(html);
        if dump.chars().count() > page.text.trim().chars().count() {
            page.text = dump;
        }
    }
    page
}

/// Deepest element nesting Readability is given; real pages stay far below.
const MAX_READABLE_DEPTH: usize = 400;

/// Elements that never have content, so never nest.
const VOID_ELEMENTS: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
];

/// The deepest nesting of elements in the markup, counted from its tags
/// without parsing: an opening tag goes down a level, a closing tag up.
/// Unclosed paragraphs and list items make it an over-estimate, which is
/// the safe side for a guard.
fn nesting_depth(html: &str) -> usize {
    let bytes = html.as_bytes();
    let (mut depth, mut deepest) = (0usize, 0usize);
    let mut at = 0;
    while let Some(offset) = html[at..].find('<') {
        let start = at + offset + 1;
        at = start;
        match bytes.get(start) {
            Some(b'/') => depth = depth.saturating_sub(1),
            Some(c) if c.is_ascii_alphabetic() => {
                let name_end = html[start..]
                    .find(|c: char| !c.is_ascii_alphanumeric())
                    .map_or(html.len(), |n| start + n);
                let name = html[start..name_end].to_ascii_lowercase();
                let tag_end = html[name_end..].find('>').map_or(html.len(), |n| name_end + n);
                let self_closing = tag_end > 0 && bytes.get(tag_end - 1) == Some(&b'/');
                if !self_closing && !VOID_ELEMENTS.contains(&name.as_str()) {
                    depth += 1;
                    deepest = deepest.max(depth);
                }
            }
            _ => {}
        }
    }
    deepest
}

/// Class names and ids that name a whole comment thread: removed whatever
/// their size, since a long discussion can outweigh the article.
const COMMENT_THREADS: &[&str] = &[
    "comments",
    "comment-list",
    "commentlist",
    "comments-area",
    "comment-section",
    "disqus_thread",
    "respond",
];

/// Words in class names and ids that mark page furniture: share and social
/// widgets, related and recommended links, newsletter and subscription
/// boxes, advertising, breadcrumbs, comment threads, cookie and consent
/// banners, trending lists. ("sidebar" is not one: on scrapinghub and
/// trafilatura-eval it removed more article text than furniture.)
const FURNITURE_NAMES: &[&str] = &[
    "share",
    "sharing",
    "sharedaddy",
    "social",
    "socials",
    "related",
    "relatedposts",
    "recommended",
    "trending",
    "newsletter",
    "subscribe",
    "subscription",
    "advert",
    "advertisement",
    "ads",
    "promo",
    "breadcrumb",
    "breadcrumbs",
    "comments",
    "cookie",
    "cookies",
    "consent",
    "outbrain",
    "taboola",
    "disqus",
    "yarpp",
    "popup",
    "modal",
];

/// Words that mark a caption or credit, furniture only when short: some
/// sites name their article's lead "article-caption".
const SHORT_FURNITURE_NAMES: &[&str] = &["caption", "credit", "credits"];

/// Longest text, in characters, of an element named by
/// [`SHORT_FURNITURE_NAMES`] that is still taken for a caption.
const MAX_CAPTION_CHARS: usize = 300;

/// Whether one of the words of a class or id attribute (split at anything
/// but ASCII letters and digits, compared without case) is in `list`, which
/// is lower-case.
pub(crate) fn names_any(names: &str, list: &[&str]) -> bool {
    names
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| (2..=20).contains(&word.len()))
        .any(|word| list.iter().any(|listed| listed.eq_ignore_ascii_case(word)))
}

/// Whether a class or id attribute names page furniture: one of its words
/// (split at anything but letters and digits, lower-cased) is in
/// [`FURNITURE_NAMES`].
fn names_furniture(names: &str) -> bool {
    names_any(names, FURNITURE_NAMES)
}

/// Shortest text, in characters, of an element named as an author box
/// that is taken for a biography: shorter, it is the byline, which
/// Readability reads the author from. A box marking its author
/// (`rel="author"`, `itemprop="author"`) is kept for the same reason.
const MIN_AUTHOR_BIO_CHARS: usize = 150;

/// Words that, beside "author", make a class or id an author box (the
/// writer's portrait and biography under the article): `author-info`,
/// `about-author`, `author-bio`, `autor-box`.
const AUTHOR_BOX_WORDS: &[&str] = &[
    "info",
    "bio",
    "box",
    "about",
    "description",
    "profile",
    "avatar",
    "card",
];

/// Whether a class or id attribute names an author box: a word "author"
/// (or "autor") beside one of [`AUTHOR_BOX_WORDS`], or one word joining
/// them (`authorbox`, `authorbio`). A byline (`author`, `author-name`) is
/// not one.
fn names_author_box(names: &str) -> bool {
    names.split_whitespace().any(|name| {
        let lower = name.to_ascii_lowercase();
        let words: Vec<&str> = lower.split(|c: char| !c.is_ascii_alphanumeric()).collect();
        let author = |w: &str| w == "author" || w == "autor";
        (words.iter().any(|w| author(w)) && words.iter().any(|w| AUTHOR_BOX_WORDS.contains(w)))
            || words.iter().any(|w| {
                ["author", "autor"].iter().any(|a| {
                    w.strip_prefix(a)
                        .or_else(|| w.strip_suffix(a))
                        .is_some_and(|rest| AUTHOR_BOX_WORDS.contains(&rest))
                })
            })
    })
}

/// Removes what the page's markup itself marks as no part of the article
/// before Readability scores it: hidden elements, captions, author
/// biographies ([`names_author_box`], [`MIN_AUTHOR_BIO_CHARS`]) and elements
/// whose class or id names furniture (see [`FURNITURE_NAMES`]). Readability
/// only uses such names to score candidates, so a share bar or a caption
/// inside the article container survives it. An element holding a quarter
/// of the page's text or more is not removed (a wrapper named after a widget
/// it contains is still the page), unless it is named exactly as a comment
/// thread ([`COMMENT_THREADS`]).
fn remove_page_furniture(document: &Document) {
    document.select("figcaption, [hidden], [aria-hidden=\"true\"]").remove();
    let body_chars = document.select("body").text().len();
    let candidates = document.select("body [class], body [id]");
    for node in candidates.nodes() {
        if matches!(node.node_name().as_deref(), Some("html" | "body" | "article" | "main")) {
            continue;
        }
        let class = node.attr("class").unwrap_or_default();
        let id = node.attr("id").unwrap_or_default();
        let furniture = names_furniture(&class) || names_furniture(&id);
        let caption = !furniture && (names_any(&class, SHORT_FURNITURE_NAMES) || names_any(&id, SHORT_FURNITURE_NAMES));
        let author_box = !furniture && !caption && (names_author_box(&class) || names_author_box(&id));
        if !furniture && !caption && !author_box {
            continue;
        }
        if author_box
            && (node.text().chars().count() < MIN_AUTHOR_BIO_CHARS
                || std::iter::once(node.clone()).chain(node.descendants_it()).any(|n| {
                    n.attr("rel").is_some_and(|r| r.eq_ignore_ascii_case("author"))
                        || n.attr("itemprop").is_some_and(|p| p.eq_ignore_ascii_case("author"))
                }))
        {
            continue;
        }
        let thread = COMMENT_THREADS.contains(&id.trim().to_ascii_lowercase().as_str())
            || class
                .split_whitespace()
                .any(|c| COMMENT_THREADS.contains(&c.to_ascii_lowercase().as_str()));
        let text = node.text();
        if !thread && (text.len() * 4 >= body_chars || (caption && text.chars().count() > MAX_CAPTION_CHARS)) {
            continue;
        }
        node.remove_from_parent();
    }
}

/// The metadata of a page Readability could not parse.
fn metadata_only(html: &str) -> Page {
    let Ok(readability) = Readability::new(html, None, None) else {
        return Page::default();
    };
    let metadata = readability.get_article_metadata(readability.parse_json_ld());
    Page {
        title: non_empty(metadata.title),
        byline: metadata.byline.and_then(non_empty),
        site_name: metadata.site_name.and_then(non_empty),
        published: metadata.published_time.and_then(non_empty),
        language: metadata.lang.as_deref().and_then(primary_language),
        text: String::new(),
    }
}

/// The text of the page's paragraphs (or of its whole body when it has
/// none), scripts, styles and obvious page chrome left out.
fn paragraph_dump(html: &str) -> String {
    let document = Document::from(html);
    document
        .select("script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, select")
        .remove();
    let paragraphs: Vec<String> = document
        .select("body p, body h1, body h2, body h3, body li, body blockquote, body pre")
        .iter()
        .map(|node| node.text().trim().to_string())
        .filter(|text| !text.is_empty())
        .collect();
    if paragraphs.is_empty() {
        document.select("body").formatted_text().to_string()
    } else {
        paragraphs.join("\n\n")
    }
}

fn non_empty(text: impl Into<String>) -> Option<String> {
    let text = crate::normalize::normalize_line(&text.into());
    (!text.is_empty()).then_some(text)
}

/// `en-US` → `en`; anything that is not a language tag → `None`.
fn primary_language(tag: &str) -> Option<String> {
    let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    ((2..=3).contains(&primary.len()) && primary.chars().all(|c| c.is_ascii_alphabetic())).then_some(primary)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nesting_depth_counts_open_elements_not_void_ones() {
        assert_eq!(nesting_depth("<html><body><p>a<br>b<img src=x/></p></body></html>"), 3);
        assert_eq!(nesting_depth(&"<div>".repeat(500)), 500);
        assert_eq!(nesting_depth("text < 3 and </div> stray"), 0);
        assert_eq!(nesting_depth("<!-- c --><!DOCTYPE html><x/>"), 0);
    }

    const ARTICLE: &str = r#"<!doctype html><html lang="en-GB"><head>
        <title>Council passes budget | City Times</title>
        <meta property="og:site_name" content="City Times">
        <meta property="article:published_time" content="2020-10-01T10:00:00Z">
        </head><body>
        <nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <article><h1>Council passes budget</h1>
        <p>The city council passed the budget on Monday after a debate that lasted well into the night, with members split over taxes.</p>
        <p>The mayor said the vote was a relief. "We can now pay the teachers and fix the roads," she told reporters outside city hall.</p>
        <p>Opponents said the budget raises property taxes too much and promised to bring the question back next year, when two seats are up.</p>
        </article><footer>Copyright 2020 City Times</footer></body></html>"#;

    #[test]
    fn an_author_box_is_not_the_article() {
        let html = ARTICLE.replace(
            "</article>",
            r#"<div id="author-info"><h3>About Jane Roe</h3><p>Jane Roe was born in 1980 and has written about
            city politics since 2005, after studying history and economics at the state university.</p></div></article>"#,
        );
        let page = read_page(&html, None);
        assert!(page.text.contains("The city council passed the budget"), "{page:?}");
        assert!(!page.text.contains("Jane Roe was born"), "{page:?}");
        // A box marking its author holds the byline: it stays for Readability.
        let marked = html.replace(
            r#"<h3>About Jane Roe</h3>"#,
            r#"<h3><a rel="author" href="/jane">Jane Roe</a></h3>"#,
        );
        assert!(read_page(&marked, None).byline.is_some_and(|b| b.contains("Jane Roe")));
        assert!(
            names_author_box("post-author-box") && names_author_box("authorbio") && names_author_box("about-autor")
        );
        assert!(
            !names_author_box("author vcard") && !names_author_box("author-name") && !names_author_box("authority")
        );
    }

    #[test]
    fn a_trending_list_inside_the_article_container_is_furniture() {
        let html = ARTICLE.replace(
            "</article>",
            r#"<ol class="trending-list"><li>Plague-ridden prairie dogs force cancellation of a camping
            event, officials said.</li></ol></article>"#,
        );
        let page = read_page(&html, None);
        assert!(page.text.contains("The city council passed the budget"), "{page:?}");
        assert!(!page.text.contains("prairie dogs"), "{page:?}");
    }

    #[test]
    fn reads_text_and_metadata() {
        let page = read_page(ARTICLE, Some("https://city.example/budget"));
        assert!(page.text.contains("The city council passed the budget"), "{page:?}");
        assert!(page.text.contains("\n\n"));
        assert!(!page.text.contains("Home"));
        assert_eq!(page.site_name.as_deref(), Some("City Times"));
        assert_eq!(page.published.as_deref(), Some("2020-10-01T10:00:00Z"));
        assert_eq!(page.language.as_deref(), Some("en"));
        assert!(page.title.is_some_and(|t| t.contains("Council passes budget")));
    }

    #[test]
    fn falls_back_to_paragraphs() {
        let page = read_page(
            "<html><body><div><p>Short.</p><p>Also short.</p></div></body></html>",
            None,
        );
        assert!(page.text.contains("Short."), "{page:?}");
    }

    #[test]
    fn survives_broken_html() {
        for html in [
            "",
            "<",
            "<html><body><p>unclosed",
            "<<<>>>",
            "<p>\u{0}</p>",
            "<script>alert(1)",
        ] {
            let _ = read_page(html, Some("not a url"));
        }
    }

    #[test]
    fn reads_language_tags() {
        assert_eq!(primary_language("en-US").as_deref(), Some("en"));
        assert_eq!(primary_language("fr").as_deref(), Some("fr"));
        assert_eq!(primary_language("").as_deref(), None);
        assert_eq!(primary_language("12").as_deref(), None);
    }
}
