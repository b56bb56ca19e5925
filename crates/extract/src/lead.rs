//! The lead (standfirst, teaser, intro) of an article, which many sites put
//! in the page header beside the headline rather than in the container that
//! holds the body, so that Readability, which keeps one container, loses it.
//!
//! The page says which paragraph is its lead: the description it gives for
//! machines (`og:description`, `description`, `twitter:description`) is,
//! on news pages, that paragraph or its start. The lead is the block whose
//! text starts with the description, found among the page's visible text.

use dom_query::{Document, NodeData, NodeRef};

use crate::normalize::normalize_line;

/// Shortest description, in characters, that is matched against the page:
/// shorter ones ("News from Berlin") match navigation and teasers.
const MIN_DESCRIPTION_CHARS: usize = 60;

/// Characters of the description's start that must be found in the page
/// (descriptions are often cut short, ending in "…").
const MATCHED_CHARS: usize = 50;

/// Longest lead kept, in characters: a longer block is a container, not a
/// paragraph.
const MAX_LEAD_CHARS: usize = 1200;

/// Elements whose text is never shown as part of the page.
const INVISIBLE: &[&str] = &[
    "script", "style", "noscript", "template", "head", "title", "textarea", "option",
];

/// Inline elements, climbed over to reach the block that holds the lead.
const INLINE: &[&str] = &["span", "a", "strong", "b", "em", "i", "font", "small", "u", "mark"];

/// The text of the page's lead paragraph, when the page's description marks
/// one in its body. Read before Readability changes the document.
pub(crate) fn find_lead(document: &Document) -> Option<String> {
    let description = description(document)?;
    let wanted: String = description.chars().take(MATCHED_CHARS).collect();
    // Most text nodes lack even the first word: skip normalizing those.
    let first_word = wanted.split(' ').next().unwrap_or_default();
    let body = document.select("body");
    let body = body.nodes().first()?;
    for node in body.descendants_it() {
        // Read in place: most text nodes go no further.
        let candidate = node.query_or(false, |tree_node| match &tree_node.data {
            NodeData::Text { contents } => contents.len() >= wanted.len() && contents.contains(first_word),
            _ => false,
        });
        if !candidate || !normalize_line(&node.text()).contains(&wanted) {
            continue;
        }
        let Some(block) = enclosing_block(&node) else {
            continue;
        };
        let lead = normalize_line(&block.text());
        if lead.chars().count() <= MAX_LEAD_CHARS && lead.starts_with(&wanted) {
            return Some(lead);
        }
    }
    None
}

/// The page's description, whitespace-normalized, without a trailing "…",
/// when it is long enough to be a paragraph.
fn description(document: &Document) -> Option<String> {
    // `meta[property="og:description"]` and the others, most trusted first.
    const SOURCES: [(&str, &str); 4] = [
        ("property", "og:description"),
        ("name", "description"),
        ("name", "twitter:description"),
        ("property", "twitter:description"),
    ];
    // The `content` of the first meta tag of each source (`Some(None)`
    // when it has none), found in one pass over the page.
    let mut contents: [Option<Option<String>>; 4] = Default::default();
    for node in document.root().descendants_it() {
        let Some(element) = node.element_ref() else {
            continue;
        };
        if &*element.name.local != "meta" {
            continue;
        }
        for (content, (name, value)) in contents.iter_mut().zip(SOURCES) {
            let matches = || {
                element
                    .attrs
                    .iter()
                    .any(|attr| attr.name.ns.is_empty() && &*attr.name.local == name && &*attr.value == value)
            };
            if content.is_none() && matches() {
                *content = Some(element.attr("content").map(|c| c.to_string()));
            }
        }
    }
    contents.into_iter().find_map(|content| {
        let text = normalize_line(&content??);
        let text = text.trim_end_matches(['…', '.', ' ']).to_string();
        (text.chars().count() >= MIN_DESCRIPTION_CHARS).then_some(text)
    })
}

/// The nearest block element holding a text node, or `None` when the text
/// is inside an element that is never shown.
fn enclosing_block<'a>(text: &NodeRef<'a>) -> Option<NodeRef<'a>> {
    let mut block = None;
    for ancestor in text.ancestors_it(None) {
        let Some(name) = ancestor.node_name() else {
            continue;
        };
        let name = name.to_ascii_lowercase();
        if INVISIBLE.contains(&name.as_str()) || is_styled_hidden(&ancestor) {
            return None;
        }
        if block.is_none() && !INLINE.contains(&name.as_str()) {
            block = Some(ancestor);
        }
    }
    block
}

/// Whether an element hides itself with an inline style.
fn is_styled_hidden(element: &NodeRef) -> bool {
    element.attr("style").is_some_and(|style| {
        let style: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        style.contains("display:none") || style.contains("visibility:hidden")
    })
}

/// `lead` put before `text` as its first paragraph, unless `text` already
/// holds it.
pub(crate) fn with_lead(text: &str, lead: &str) -> Option<String> {
    let start: String = lead.chars().take(MATCHED_CHARS).collect();
    if normalize_line(text).contains(&start) {
        return None;
    }
    Some(format!("{lead}\n\n{text}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<html><head>
        <meta property="og:description" content="The council passed the budget after a debate that lasted well into the night, with members split over ...">
        </head><body>
        <header><h1>Council passes budget</h1>
        <div class="intro"><p><span>The council passed the budget after a debate that lasted well into the night, with members split over taxes.</span></p></div>
        </header>
        <script>var d = "The council passed the budget after a debate that lasted well into the night, with members split over";</script>
        <article><p>The mayor said the vote was a relief.</p></article>
        </body></html>"#;

    #[test]
    fn the_lead_is_the_visible_block_the_description_starts() {
        let document = Document::from(PAGE);
        let lead = find_lead(&document).expect("a lead");
        assert_eq!(
            lead,
            "The council passed the budget after a debate that lasted well into the night, with members split over taxes."
        );
        let text = with_lead("The mayor said the vote was a relief.", &lead).expect("the lead added");
        assert!(
            text.starts_with("The council passed") && text.ends_with("relief."),
            "{text}"
        );
        assert!(
            with_lead(&text, &lead).is_none(),
            "a lead already there is not added twice"
        );
    }

    #[test]
    fn the_description_is_the_first_meta_tag_of_the_most_trusted_source() {
        let long = "A description long enough to be the lead of an article, in more than sixty characters";
        let page = format!(
            r#"<head><meta name="description" content="{long} (name)"><meta property="og:description">
            <meta property="og:description" content="{long} (second og)"><meta name="Description" content="x"></head>"#
        );
        // The first og:description has no content: the next source gives it.
        assert_eq!(
            description(&Document::from(page.as_str())),
            Some(format!("{long} (name)"))
        );
        let og = page.replace(r#"<meta property="og:description">"#, "");
        assert_eq!(
            description(&Document::from(og.as_str())),
            Some(format!("{long} (second og)"))
        );
    }

    #[test]
    fn no_lead_from_hidden_copies_short_descriptions_or_containers() {
        let hidden = PAGE.replace(r#"<div class="intro">"#, r#"<div class="intro" style="display: none">"#);
        assert_eq!(find_lead(&Document::from(hidden.as_str())), None);
        let short = PAGE.replace(
            "The council passed the budget after a debate that lasted well into the night, with members split over ...",
            "Budget news",
        );
        assert_eq!(find_lead(&Document::from(short.as_str())), None);
        let long = PAGE.replace("taxes.", &"and more words ".repeat(100));
        assert_eq!(find_lead(&Document::from(long.as_str())), None);
    }
}
