//! HTML pages: the main text and metadata, read with `dom_smoothie` (a port
//! of Mozilla's Readability), with a plain dump of the page's paragraphs
//! when Readability finds nothing or very little.
//!
//! The text comes out flattened (paragraphs separated by blank lines) and
//! still goes through [`crate::residue`]: Readability keeps some widgets,
//! captions and "Read also" links inside the article container.

use std::panic::{catch_unwind, AssertUnwindSafe};

use dom_query::{Document, NodeData, NodeRef};
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
                // Byte by byte and without allocating: this runs on every
                // tag of every page.
                let name_end = bytes[start..]
                    .iter()
                    .position(|b| !b.is_ascii_alphanumeric())
                    .map_or(html.len(), |n| start + n);
                let name = &bytes[start..name_end];
                let tag_end = html[name_end..].find('>').map_or(html.len(), |n| name_end + n);
                let self_closing = tag_end > 0 && bytes.get(tag_end - 1) == Some(&b'/');
                if !self_closing
                    && !VOID_ELEMENTS
                        .iter()
                        .any(|void| void.as_bytes().eq_ignore_ascii_case(name))
                {
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
const FURNITURE_NAMES: NameList = NameList::new(&[
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
]);

/// Words that mark a caption or credit, furniture only when short: some
/// sites name their article's lead "article-caption".
const SHORT_FURNITURE_NAMES: NameList = NameList::new(&["caption", "credit", "credits"]);

/// Longest text, in characters, of an element named by
/// [`SHORT_FURNITURE_NAMES`] that is still taken for a caption.
const MAX_CAPTION_CHARS: usize = 300;

/// Whether one of the words of a class or id attribute (split at anything
/// but ASCII letters and digits, compared without case) is in `list`.
pub(crate) fn names_any(names: &str, list: &NameList) -> bool {
    name_words(names).any(|word| list.contains(word))
}

/// Which of `lists` one of the words of a class or id attribute is in,
/// the attribute's words read once for all of them.
pub(crate) fn names_in<const N: usize>(names: &str, lists: [&NameList; N]) -> [bool; N] {
    let mut found = [false; N];
    for word in name_words(names) {
        for (found, list) in found.iter_mut().zip(lists) {
            *found = *found || list.contains(word);
        }
    }
    found
}

/// A list of lower-case words of class names and ids, with the lengths and
/// first letters they have: most words of a page are turned down by two
/// bit tests before any comparison.
pub(crate) struct NameList {
    words: &'static [&'static str],
    /// Bit `n` set when a word is `n` bytes long.
    lengths: u32,
    /// Bit `b % 64` set when a word starts with byte `b`.
    initials: u64,
}

impl NameList {
    /// The list of `words`, which are lower-case and two to twenty bytes
    /// long (longer words would never be matched).
    pub(crate) const fn new(words: &'static [&'static str]) -> Self {
        let (mut lengths, mut initials) = (0u32, 0u64);
        let mut i = 0;
        while i < words.len() {
            let word = words[i].as_bytes();
            assert!(
                word.len() >= 2 && word.len() <= 20,
                "class words are 2 to 20 bytes long"
            );
            lengths |= 1 << word.len();
            initials |= 1 << (word[0] % 64);
            i += 1;
        }
        NameList {
            words,
            lengths,
            initials,
        }
    }

    /// Whether `word` (two to twenty bytes) is in the list, compared
    /// without case.
    fn contains(&self, word: &[u8]) -> bool {
        self.lengths & (1 << word.len()) != 0
            && self.initials & (1 << (word[0].to_ascii_lowercase() % 64)) != 0
            && self
                .words
                .iter()
                .any(|listed| listed.as_bytes().eq_ignore_ascii_case(word))
    }
}

/// The words of a class or id attribute: its runs of ASCII letters and
/// digits, two to twenty long. Read as bytes (a non-ASCII character is
/// never part of a word), since this runs on every element of every page.
fn name_words(names: &str) -> impl Iterator<Item = &[u8]> {
    names
        .as_bytes()
        .split(|b| !b.is_ascii_alphanumeric())
        .filter(|word| (2..=20).contains(&word.len()))
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
    // Every author box's name holds "aut": most names are turned down here.
    if !names.as_bytes().windows(3).any(|w| w.eq_ignore_ascii_case(b"aut")) {
        return false;
    }
    names.split_whitespace().any(|name| {
        let words = || name.as_bytes().split(|b| !b.is_ascii_alphanumeric());
        let author = |w: &[u8]| w.eq_ignore_ascii_case(b"author") || w.eq_ignore_ascii_case(b"autor");
        let box_word = |w: &[u8]| AUTHOR_BOX_WORDS.iter().any(|b| b.as_bytes().eq_ignore_ascii_case(w));
        (words().any(author) && words().any(box_word))
            || words().any(|w| {
                [b"author".as_slice(), b"autor"].iter().any(|a| {
                    let n = a.len();
                    (w.len() >= n && w[..n].eq_ignore_ascii_case(a) && box_word(&w[n..]))
                        || (w.len() >= n && w[w.len() - n..].eq_ignore_ascii_case(a) && box_word(&w[..w.len() - n]))
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
    let root = document.root();
    for_each_element(&root, |node| is_hidden(node));
    let bodies = document.select("body");
    let body_chars: usize = bodies.nodes().iter().map(text_bytes).sum();
    for body in bodies.nodes() {
        for_each_element(body, |node| is_furniture(node, body_chars));
    }
}

/// Visits the descendants of `root` in document order and removes those
/// for which `remove` says so. An element removed takes its descendants
/// with it, so they are not visited: what would happen to them no longer
/// shows in the page.
fn for_each_element(root: &NodeRef, mut remove: impl FnMut(&NodeRef) -> bool) {
    let mut next = root.first_child();
    while let Some(node) = next {
        let removed = remove(&node);
        next = match node.first_child() {
            Some(child) if !removed => Some(child),
            _ => following(&node, root),
        };
        if removed {
            node.remove_from_parent();
        }
    }
}

/// Whether an element is a `figcaption` or hidden (`hidden`,
/// `aria-hidden="true"`): what the selector
/// `figcaption, [hidden], [aria-hidden="true"]` matches.
fn is_hidden(node: &NodeRef) -> bool {
    node.element_ref().is_some_and(|element| {
        &*element.name.local == "figcaption"
            || element.attrs.iter().any(|attr| {
                attr.name.ns.is_empty()
                    && (&*attr.name.local == "hidden" || (&*attr.name.local == "aria-hidden" && &*attr.value == "true"))
            })
    })
}

/// The node after `node` and its descendants in document order, within
/// `root`.
fn following<'a>(node: &NodeRef<'a>, root: &NodeRef<'a>) -> Option<NodeRef<'a>> {
    let mut node = node.clone();
    loop {
        if let Some(sibling) = node.next_sibling() {
            return Some(sibling);
        }
        node = node.parent()?;
        if node.id == root.id {
            return None;
        }
    }
}

/// Whether an element below the body is furniture to remove, by the rules
/// of [`remove_page_furniture`]. `body_chars` is the length of the body's
/// text in bytes.
fn is_furniture(node: &NodeRef, body_chars: usize) -> bool {
    // The names are read while the element is borrowed, the text after.
    let (furniture, caption, author_box, thread) = {
        let Some(element) = node.element_ref() else {
            return false;
        };
        if matches!(&*element.name.local, "html" | "body" | "article" | "main") {
            return false;
        }
        let attr = |name: &str| {
            element
                .attrs
                .iter()
                .find(|attr| &*attr.name.local == name)
                .map(|attr| &*attr.value)
        };
        let (class, id) = match (attr("class"), attr("id")) {
            (None, None) => return false,
            (class, id) => (class.unwrap_or_default(), id.unwrap_or_default()),
        };
        let [class_furniture, class_caption] = names_in(class, [&FURNITURE_NAMES, &SHORT_FURNITURE_NAMES]);
        let [id_furniture, id_caption] = names_in(id, [&FURNITURE_NAMES, &SHORT_FURNITURE_NAMES]);
        let furniture = class_furniture || id_furniture;
        let caption = !furniture && (class_caption || id_caption);
        let author_box = !furniture && !caption && (names_author_box(class) || names_author_box(id));
        if !furniture && !caption && !author_box {
            return false;
        }
        let thread = COMMENT_THREADS.contains(&id.trim().to_ascii_lowercase().as_str())
            || class
                .split_whitespace()
                .any(|c| COMMENT_THREADS.contains(&c.to_ascii_lowercase().as_str()));
        (furniture, caption, author_box, thread)
    };
    debug_assert!(furniture || caption || author_box);
    if author_box
        && (text_chars(node) < MIN_AUTHOR_BIO_CHARS
            || std::iter::once(node.clone()).chain(node.descendants_it()).any(|n| {
                n.attr("rel").is_some_and(|r| r.eq_ignore_ascii_case("author"))
                    || n.attr("itemprop").is_some_and(|p| p.eq_ignore_ascii_case("author"))
            }))
    {
        return false;
    }
    thread || !(text_bytes(node) * 4 >= body_chars || (caption && text_chars(node) > MAX_CAPTION_CHARS))
}

/// The text nodes of `node` and its descendants, handed to `f` in turn:
/// the text `NodeRef::text` would join, without joining it.
fn for_each_text(node: &NodeRef, mut f: impl FnMut(&str)) {
    for n in std::iter::once(node.clone()).chain(node.descendants_it()) {
        n.query(|tree_node| {
            if let NodeData::Text { contents } = &tree_node.data {
                f(contents);
            }
        });
    }
}

/// The length in bytes of `node.text()`.
fn text_bytes(node: &NodeRef) -> usize {
    let mut bytes = 0;
    for_each_text(node, |text| bytes += text.len());
    bytes
}

/// The length in characters of `node.text()` with each run of whitespace
/// counted as one character and none counted at the ends: what
/// `NodeRef::normalized_char_count` gives, reading ASCII bytes without
/// decoding them.
pub(crate) fn normalized_chars(node: &NodeRef) -> usize {
    let mut chars = 0;
    let mut after_whitespace = true;
    for_each_text(node, |text| {
        chars += normalized_chars_of(text, after_whitespace);
        after_whitespace = text.ends_with(char::is_whitespace);
    });
    if after_whitespace && chars > 0 {
        chars - 1
    } else {
        chars
    }
}

/// The characters of `text` with each run of whitespace counted as one,
/// the first one not counted when `after_whitespace`.
fn normalized_chars_of(text: &str, after_whitespace: bool) -> usize {
    let is_space = |b: u8| (b == b' ') | (b.wrapping_sub(b'\t') <= b'\r' - b'\t');
    if text.is_ascii() {
        // Every byte a character: a whitespace byte after another is the
        // only one not counted.
        // Without branches, so that it runs on many bytes at once.
        let bytes = text.as_bytes();
        let first_repeats = after_whitespace && bytes.first().is_some_and(|&b| is_space(b));
        let repeats: usize = bytes
            .iter()
            .zip(bytes.iter().skip(1))
            .map(|(&a, &b)| usize::from(is_space(a) & is_space(b)))
            .sum();
        return bytes.len() - repeats - usize::from(first_repeats);
    }
    let mut chars = 0;
    let mut after_whitespace = after_whitespace;
    for c in text.chars() {
        let whitespace = c.is_whitespace();
        if !(after_whitespace && whitespace) {
            chars += 1;
        }
        after_whitespace = whitespace;
    }
    chars
}

/// The length in characters of `node.text()`.
fn text_chars(node: &NodeRef) -> usize {
    let mut chars = 0;
    for_each_text(node, |text| chars += text.chars().count());
    chars
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
    fn normalized_chars_counts_as_dom_query_does() {
        for html in [
            "<p> a  b </p>",
            "<div>\u{a0}x<b> y </b>\n\nz\u{2003} </div>",
            "<div><p></p>x<p></p> </div>",
            "<div>é  ü<span></span> <i>ß</i>\t</div>",
            "<div> \u{b} \r </div>",
        ] {
            let document = Document::from(html);
            for node in document.select("body, body *").nodes() {
                assert_eq!(normalized_chars(node), node.normalized_char_count(), "{html}");
                assert_eq!(text_bytes(node), node.text().len(), "{html}");
                assert_eq!(text_chars(node), node.text().chars().count(), "{html}");
            }
        }
    }

    #[test]
    fn class_words_are_whole_ascii_words_of_two_letters_or_more() {
        assert!(names_any("post-Share_bar", &NameList::new(&["share"])));
        assert!(names_any("x\u{e9}ads", &NameList::new(&["ads"])) && names_any("Ads", &FURNITURE_NAMES));
        assert!(!names_any("shares", &NameList::new(&["share"])) && !names_any("2share", &FURNITURE_NAMES));
        assert!(!names_any("a b", &SHORT_FURNITURE_NAMES));
        assert_eq!(
            names_in(
                "Promo ad-caption",
                [&FURNITURE_NAMES, &SHORT_FURNITURE_NAMES, &NameList::new(&["ad"])]
            ),
            [true, true, true]
        );
        assert_eq!(
            names_in("credits", [&FURNITURE_NAMES, &SHORT_FURNITURE_NAMES]),
            [false, true]
        );
    }

    #[test]
    fn hidden_elements_and_captions_are_removed_whole() {
        let document = Document::from(
            r#"<body><p>kept</p><div hidden><p>hidden</p></div><figure><figcaption>caption</figcaption></figure>
            <span aria-hidden="true">icon</span><span aria-hidden="false">shown</span></body>"#,
        );
        remove_page_furniture(&document);
        let text = document.select("body").text();
        assert!(text.contains("kept") && text.contains("shown"), "{text}");
        assert!(
            !text.contains("hidden") && !text.contains("caption") && !text.contains("icon"),
            "{text}"
        );
    }

    #[test]
    fn reads_language_tags() {
        assert_eq!(primary_language("en-US").as_deref(), Some("en"));
        assert_eq!(primary_language("fr").as_deref(), Some("fr"));
        assert_eq!(primary_language("").as_deref(), None);
        assert_eq!(primary_language("12").as_deref(), None);
    }
}
