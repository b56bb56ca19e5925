//! The Markdown and HTML renderings of hand-built reports: structure,
//! citations, and escaping of hostile article text.

use chorus_report::{
    to_html, to_markdown, ArticleOut, Citation, Coverage, EntityOut, FigureOut, FigureValueOut, QuoteOut, Report,
    SentenceOut, StoryOut, SummarySentence, Support, TimelineEvent, SCHEMA,
};

const SCRIPT: &str = "<script>alert(1)</script>";
const IMG: &str = "<img src=x onerror=alert(1)>";

/// An article whose sentences are `sentences` joined by one space, with
/// correct character offsets.
fn article(id: &str, outlet: Option<&str>, title: &str, url: Option<&str>, sentences: &[&str]) -> ArticleOut {
    let mut text = String::new();
    let mut spans = Vec::new();
    for sentence in sentences {
        if !text.is_empty() {
            text.push(' ');
        }
        let start = text.chars().count();
        text.push_str(sentence);
        spans.push(SentenceOut {
            text: sentence.to_string(),
            start,
            end: text.chars().count(),
        });
    }
    ArticleOut {
        id: id.to_string(),
        input: format!("inputs/{id}.html"),
        url: url.map(str::to_string),
        outlet: outlet.map(str::to_string),
        author: None,
        title: Some(title.to_string()),
        published: Some("2020-10-01".to_string()),
        published_from_text: false,
        published_time: None,
        published_offset: None,
        language: Some("en".to_string()),
        language_lent: false,
        duplicate_of: None,
        text,
        sentences: spans,
    }
}

fn cite(article: &str, sentence: usize) -> Citation {
    Citation {
        article: article.to_string(),
        sentence,
    }
}

/// Two stories over four articles; article `b` is a copy of `a`, and `c`
/// carries script and markup in every field a page could smuggle it in.
fn sample_report() -> Report {
    let a = article(
        "a",
        Some("Wire"),
        "Fighters sent to Karabakh",
        Some("https://wire.example/story?id=1&lang=en"),
        &[
            "Fighters from Syria were sent to the front.",
            "Macron said 300 fighters left.",
            "Élysée confirmed it.",
        ],
    );
    let mut b = article(
        "b",
        Some("Aggregator"),
        "Fighters sent to Karabakh (copy)",
        Some("http://agg.example/1"),
        &[
            "Fighters from Syria were sent to the front.",
            "Macron said 300 fighters left.",
        ],
    );
    b.duplicate_of = Some("a".to_string());
    let mut c = article(
        "c",
        Some(&format!("Evil {IMG} Outlet")),
        &format!("# Title | with {SCRIPT}"),
        Some("javascript:alert(1)"),
        &[
            &format!("> A sentence with {SCRIPT} inside."),
            &format!("Another with {IMG} and \"quotes\" & 'ticks'."),
        ],
    );
    c.input = format!("inputs/\"{IMG}\".html");
    let d = article("d", None, "Unrelated", None, &["Something else happened."]);

    let first = StoryOut {
        id: "s1".to_string(),
        headline: "Syrian fighters sent to Nagorno-Karabakh".to_string(),
        articles: vec!["a".to_string(), "b".to_string(), "c".to_string()],
        outlets: vec![
            "Wire".to_string(),
            "Aggregator".to_string(),
            format!("Evil {IMG} Outlet"),
        ],
        support: Support {
            articles: 3,
            independent: 2,
        },
        summary: vec![
            SummarySentence {
                text: "Fighters from Syria were sent to the front.".to_string(),
                start: 0,
                end: 43,
                citations: vec![cite("a", 0), cite("b", 0)],
                support: Support {
                    articles: 2,
                    independent: 1,
                },
            },
            SummarySentence {
                text: format!("> A sentence with {SCRIPT} inside."),
                start: 0,
                end: format!("> A sentence with {SCRIPT} inside.").chars().count(),
                citations: vec![cite("c", 0)],
                support: Support {
                    articles: 1,
                    independent: 1,
                },
            },
        ],
        timeline: vec![TimelineEvent {
            date: "2020-09-30".to_string(),
            text: "Macron said 300 fighters left.".to_string(),
            start: 44,
            end: 74,
            citations: vec![cite("a", 1), cite("b", 1)],
            support: Support {
                articles: 2,
                independent: 1,
            },
        }],
        background: Vec::new(),
        entities: vec![EntityOut {
            name: "Emmanuel Macron".to_string(),
            kind: "person".to_string(),
            aliases: vec!["Macron".to_string(), IMG.to_string()],
            articles: vec!["a".to_string(), "b".to_string()],
            mentions: 2,
            country: None,
        }],
        quotes: vec![
            QuoteOut {
                speaker: Some("Emmanuel Macron".to_string()),
                speaker_entity: Some("Emmanuel Macron".to_string()),
                speakers: vec!["Emmanuel Macron".to_string()],
                speaker_entities: vec!["Emmanuel Macron".to_string()],
                cue: Some("said".to_string()),
                text: "300 fighters left".to_string(),
                direct: true,
                citations: vec![cite("a", 1)],
                support: Support {
                    articles: 1,
                    independent: 1,
                },
            },
            QuoteOut {
                speaker: Some(SCRIPT.to_string()),
                speaker_entity: Some(SCRIPT.to_string()),
                speakers: vec![SCRIPT.to_string()],
                speaker_entities: vec![SCRIPT.to_string()],
                cue: Some("claimed".to_string()),
                text: IMG.to_string(),
                direct: false,
                citations: vec![cite("c", 1)],
                support: Support {
                    articles: 1,
                    independent: 1,
                },
            },
        ],
        figures: vec![FigureOut {
            about: "Syrian fighters sent".to_string(),
            disputed: true,
            values: vec![
                FigureValueOut {
                    value: 300.0,
                    low: 300.0,
                    high: 300.0,
                    unit: None,
                    text: "300 fighters".to_string(),
                    attributed_to: Some("Emmanuel Macron".to_string()),
                    citations: vec![cite("a", 1)],
                },
                FigureValueOut {
                    value: 4000.0,
                    low: 4000.0,
                    high: 4000.0,
                    unit: None,
                    text: IMG.to_string(),
                    attributed_to: Some(SCRIPT.to_string()),
                    citations: vec![cite("c", 1)],
                },
            ],
        }],
        coverage: vec![
            Coverage {
                article: "a".to_string(),
                unique: vec![cite("a", 2)],
            },
            Coverage {
                article: "c".to_string(),
                unique: vec![cite("c", 0), cite("c", 1), cite("c", 2), cite("c", 6)],
            },
        ],
    };
    let second = StoryOut {
        id: "s2".to_string(),
        headline: "Something else".to_string(),
        articles: vec!["d".to_string()],
        outlets: Vec::new(),
        support: Support {
            articles: 1,
            independent: 1,
        },
        summary: vec![SummarySentence {
            text: "Something else happened.".to_string(),
            start: 0,
            end: 24,
            citations: vec![cite("d", 0)],
            support: Support {
                articles: 1,
                independent: 1,
            },
        }],
        timeline: Vec::new(),
        background: Vec::new(),
        entities: Vec::new(),
        quotes: Vec::new(),
        figures: Vec::new(),
        coverage: Vec::new(),
    };
    Report {
        schema: SCHEMA,
        articles: vec![a, b, c, d],
        stories: vec![first, second],
    }
}

/// The tags of an HTML page: each one's name and attribute names, lower-cased.
/// Quoted attribute values are skipped, as a browser does.
fn tags(html: &str) -> Vec<(String, Vec<String>)> {
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        rest = &rest[open + 1..];
        let mut chars = rest.char_indices().peekable();
        let mut name = String::new();
        while let Some(&(_, c)) = chars.peek() {
            if c.is_whitespace() || c == '>' || c == '/' && !name.is_empty() {
                break;
            }
            name.push(c.to_ascii_lowercase());
            chars.next();
        }
        let mut attributes = Vec::new();
        let mut attribute = String::new();
        let mut end = rest.len();
        while let Some((at, c)) = chars.next() {
            match c {
                '>' => {
                    end = at;
                    break;
                }
                '"' | '\'' => {
                    for (_, inner) in chars.by_ref() {
                        if inner == c {
                            break;
                        }
                    }
                }
                '=' | '/' => {}
                c if c.is_whitespace() => {}
                c => {
                    attribute.push(c.to_ascii_lowercase());
                    if chars
                        .peek()
                        .is_none_or(|&(_, next)| next.is_whitespace() || next == '=' || next == '>')
                    {
                        attributes.push(std::mem::take(&mut attribute));
                    }
                }
            }
        }
        found.push((name, attributes));
        rest = &rest[end.min(rest.len())..];
    }
    found
}

/// The values of every `attribute="..."` in the page.
fn attribute_values<'a>(html: &'a str, attribute: &str) -> Vec<&'a str> {
    let needle = format!(" {attribute}=\"");
    html.match_indices(&needle)
        .filter_map(|(at, _)| {
            let value = &html[at + needle.len()..];
            value.find('"').map(|end| &value[..end])
        })
        .collect()
}

#[test]
fn html_escapes_hostile_article_text() {
    let html = to_html(&sample_report());
    assert!(!html.contains("<script>alert"), "raw script tag in output");
    assert!(!html.contains("<img"), "raw img tag in output");
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "the text itself is kept, escaped"
    );
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    for (name, attributes) in tags(&html) {
        assert!(
            name != "img" && name != "iframe" && name != "object",
            "unexpected <{name}>"
        );
        for attribute in attributes {
            assert!(!attribute.starts_with("on"), "event handler {attribute} on <{name}>");
        }
    }
    // ` onerror=` survives only as part of the escaped payload: text, or a
    // quoted tooltip, never an attribute (checked above).
    for (at, _) in html.match_indices(" onerror=") {
        assert!(html[..at].ends_with("&lt;img src=x"), "unescaped onerror at {at}");
    }
    // The only script is the page's own.
    assert_eq!(html.matches("<script").count(), 1);
    assert!(html.contains("&quot;quotes&quot; &amp; &#39;ticks&#39;"));
}

#[test]
fn html_loads_nothing_from_outside() {
    let report = sample_report();
    let mut html = to_html(&report);
    for (name, attributes) in tags(&html) {
        assert!(!matches!(
            name.as_str(),
            "link" | "img" | "iframe" | "embed" | "object" | "video" | "audio"
        ));
        assert!(
            !attributes
                .iter()
                .any(|attribute| attribute == "src" || attribute == "srcset"),
            "<{name}> loads"
        );
    }
    assert!(!html.contains("url("), "CSS loads a resource");
    assert!(!html.contains("@import"));
    // Only article URLs may mention http; remove them and the CSP's
    // `http-equiv` and nothing should be left.
    for url in report.articles.iter().filter_map(|article| article.url.as_deref()) {
        let escaped = url.replace('&', "&amp;");
        html = html.replace(&escaped, "");
    }
    html = html.replace("http-equiv", "");
    assert!(
        !html.contains("http"),
        "a reference other than an article URL: {}",
        &html[html.find("http").unwrap_or(0)..][..40]
    );
}

#[test]
fn html_links_only_web_urls() {
    let html = to_html(&sample_report());
    let hrefs = attribute_values(&html, "href");
    assert!(hrefs.contains(&"https://wire.example/story?id=1&amp;lang=en"));
    assert!(hrefs.contains(&"http://agg.example/1"));
    for href in &hrefs {
        assert!(
            href.starts_with('#') || href.starts_with("http://") || href.starts_with("https://"),
            "{href}"
        );
    }
    assert!(!hrefs.iter().any(|href| href.contains("javascript")));
    assert!(
        html.contains("javascript:alert(1)"),
        "a non-web URL is still shown as text"
    );
}

#[test]
fn html_citation_anchors_resolve() {
    let html = to_html(&sample_report());
    let ids: std::collections::HashSet<&str> = attribute_values(&html, "id").into_iter().collect();
    let anchors: Vec<&str> = attribute_values(&html, "href")
        .into_iter()
        .filter_map(|href| href.strip_prefix('#'))
        .collect();
    assert!(
        anchors.len() > 10,
        "expected many internal links, found {}",
        anchors.len()
    );
    for anchor in &anchors {
        assert!(ids.contains(anchor), "#{anchor} points nowhere");
    }
    // Citations point at the cited sentences themselves: article 2 (`b`, 0-based 1), sentence 1.
    assert!(anchors.contains(&"a1-s1"));
    assert!(html.contains("<span class=\"s\" id=\"a1-s1\" title=\"A2 §2\">Macron said 300 fighters left.</span>"));
    for story in 1..=2 {
        assert!(anchors.contains(&format!("story-{story}").as_str()));
    }
}

#[test]
fn html_marks_disputed_figures_and_support() {
    let html = to_html(&sample_report());
    assert!(html.contains("<div class=\"figure disputed\">"));
    assert!(html.contains("badge dispute"));
    assert!(html.contains("title=\"2 articles · 1 independent source\">1 source</span>"));
}

#[test]
fn html_drops_citations_that_point_nowhere() {
    let mut report = sample_report();
    report.stories[1].summary[0].citations = vec![cite("d", 7), cite("missing", 0)];
    let html = to_html(&report);
    assert!(!html.contains("href=\"#a3-s7\""));
    assert!(html.contains("<span class=\"missing\" title=\"not in this report\">missing §1</span>"));
    // Out-of-range sentences of a known article are not linked either.
    assert!(html.contains("<span class=\"missing\" title=\"not in this report\">A4 §8</span>"));
}

#[test]
fn markdown_cites_compactly() {
    let markdown = to_markdown(&sample_report());
    assert!(
        markdown.contains("1. Fighters from Syria were sent to the front. [A1 §1, A2 §1] (1 source)\n"),
        "{markdown}"
    );
    assert!(markdown.contains("- 2020-09-30 — Macron said 300 fighters left. [A1 §2, A2 §2]\n"));
    assert!(markdown.contains("**Emmanuel Macron** said: “300 fighters left” [A1 §2]"));
    assert!(markdown.contains(
        "- **Syrian fighters sent** — disputed\n  - 300 — “300 fighters” — according to Emmanuel Macron [A1 §2]"
    ));
    assert!(markdown.contains("- A1 (Wire): 1 sentence [A1 §3]"));
    assert!(markdown.contains("Outlet): 4 sentences [A3 §1–3, §7]"), "{markdown}");
    // a, b (a copy of a) and c: two independent sources.
    assert!(markdown.contains("3 articles · 3 outlets · 2 independent sources"));
}

#[test]
fn markdown_lists_sources() {
    let markdown = to_markdown(&sample_report());
    assert!(markdown.contains("| # | Title | Outlet | Published | Language | Input | Duplicate of |"));
    assert!(markdown.contains("| A2 | [Fighters sent to Karabakh (copy)](<http://agg.example/1>) | Aggregator | 2020-10-01 | en | inputs/b.html | A1 |"));
    let evil_row = markdown
        .lines()
        .find(|line| line.starts_with("| A3 |"))
        .unwrap_or_default();
    // Seven columns: eight unescaped pipes.
    let unescaped_pipes = evil_row
        .match_indices('|')
        .filter(|(at, _)| !evil_row[..*at].ends_with('\\'))
        .count();
    assert_eq!(unescaped_pipes, 8, "{evil_row}");
    assert!(!evil_row.contains("javascript"), "a non-web URL is not a link");
}

#[test]
fn markdown_escapes_article_text() {
    let markdown = to_markdown(&sample_report());
    // Every `<` is escaped, except those around link destinations.
    for (at, _) in markdown.match_indices('<') {
        assert!(
            markdown[..at].ends_with('\\') || markdown[at..].starts_with("<http"),
            "raw < at {at}"
        );
    }
    assert!(markdown.contains("2. \\> A sentence with \\<script\\>alert(1)\\</script\\> inside."));
    for line in markdown.lines() {
        assert!(!line.starts_with("> "), "article text became a block quote: {line}");
    }
    assert!(markdown.contains("| \\# Title \\| with"));
}

#[test]
fn markdown_leaves_out_empty_sections() {
    let markdown = to_markdown(&sample_report());
    let second = &markdown[markdown.find("## 2. Something else").unwrap_or(0)..];
    let second = &second[..second.find("## Sources").unwrap_or(second.len())];
    assert!(second.contains("### Summary"));
    for section in [
        "### Timeline",
        "### Quotes",
        "### Figures",
        "### Entities",
        "### Only in one article",
        "Outlets:",
    ] {
        assert!(!second.contains(section), "{section} in an empty story");
    }
}

#[test]
fn empty_report_renders() {
    let report = Report {
        schema: SCHEMA,
        articles: Vec::new(),
        stories: Vec::new(),
    };
    assert!(to_markdown(&report).contains("0 articles read, 0 stories found"));
    let html = to_html(&report);
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("No stories."));
}

#[test]
fn according_to_reads_before_its_source() {
    let mut report = sample_report();
    let quote = &mut report.stories[0].quotes[0];
    quote.speaker = Some("Macron’s office".to_string());
    quote.cue = Some("According to".to_string());
    quote.direct = false;
    quote.text = "the presidents shared their concern".to_string();
    let markdown = to_markdown(&report);
    assert!(
        markdown.contains("According to **Macron’s office**: the presidents shared their concern [A1 §2]"),
        "{markdown}"
    );
    assert!(!markdown.contains("** According to:"));
    let html = to_html(&report);
    assert!(
        html.contains("— According to <strong>Macron’s office</strong>"),
        "{html}"
    );
}
