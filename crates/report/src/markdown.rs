//! The report as Markdown, for reading in a terminal or a wiki.
//!
//! References to sources are compact: `[A2 §5]` is the fifth sentence of
//! article 2 in the sources table at the end. Both numbers are 1-based for
//! the reader; the JSON's `{"article": id, "sentence": 4}` is the same
//! sentence. Everything taken from articles is escaped so that it reads as
//! plain text, never as Markdown structure or raw HTML.

use std::fmt::Write;

use crate::common::{attribution_parts, figure_amount, is_web_url, plural, ArticleIndex, QUOTES_SHOWN};
use crate::{Citation, EntityOut, FigureOut, FigureValueOut, QuoteOut, Report, StoryOut};

/// The report as a Markdown document.
pub fn to_markdown(report: &Report) -> String {
    let articles = ArticleIndex::new(report);
    let mut out = String::new();
    out.push_str("# chorus report\n\n");
    let _ = writeln!(
        out,
        "{} read, {} found. References such as [A2 §5] point to the 5th sentence of \
         article 2 in the sources table at the end.\n",
        plural(report.articles.len(), "article", "articles"),
        plural(report.stories.len(), "story", "stories"),
    );

    if report.stories.len() > 1 {
        out.push_str("## Stories\n\n");
        for (number, story) in (1..).zip(&report.stories) {
            let _ = writeln!(
                out,
                "{number}. {} ({})",
                inline(&story.headline),
                plural(story.articles.len(), "article", "articles"),
            );
        }
        out.push('\n');
    }

    for (number, story) in (1..).zip(&report.stories) {
        write_story(&mut out, number, story, &articles);
    }
    write_sources(&mut out, report, &articles);
    out
}

fn write_story(out: &mut String, number: usize, story: &StoryOut, articles: &ArticleIndex<'_>) {
    let _ = writeln!(out, "## {number}. {}\n", inline(&story.headline));
    let _ = writeln!(
        out,
        "{} · {} · {}\n",
        plural(story.articles.len(), "article", "articles"),
        plural(story.outlets.len(), "outlet", "outlets"),
        plural(story.support.independent, "independent source", "independent sources"),
    );
    if !story.outlets.is_empty() {
        let outlets: Vec<String> = story.outlets.iter().map(|outlet| inline(outlet)).collect();
        let _ = writeln!(out, "Outlets: {}\n", outlets.join(", "));
    }

    if !story.summary.is_empty() {
        out.push_str("### Summary\n\n");
        for (index, sentence) in (1..).zip(&story.summary) {
            let _ = writeln!(
                out,
                "{index}. {}{} ({})",
                inline(&sentence.text),
                references(&sentence.citations, articles),
                plural(sentence.support.independent, "source", "sources"),
            );
        }
        out.push('\n');
    }

    for (events, heading) in [(&story.timeline, "Timeline"), (&story.background, "Background")] {
        if events.is_empty() {
            continue;
        }
        let _ = writeln!(out, "### {heading}\n");
        for event in events {
            let _ = writeln!(
                out,
                "- {} — {}{}",
                inline(&event.date),
                inline(&event.text),
                references(&event.citations, articles),
            );
        }
        out.push('\n');
    }

    if !story.quotes.is_empty() {
        out.push_str("### Quotes\n\n");
        for quote in story.quotes.iter().take(QUOTES_SHOWN) {
            let _ = writeln!(out, "- {}", quote_line(quote, articles));
        }
        if let Some(more) = story.quotes.len().checked_sub(QUOTES_SHOWN).filter(|&n| n > 0) {
            let _ = writeln!(
                out,
                "- … and {} in the JSON report",
                plural(more, "more statement", "more statements")
            );
        }
        out.push('\n');
    }

    if !story.figures.is_empty() {
        out.push_str("### Figures\n\n");
        for figure in &story.figures {
            write_figure(out, figure, articles);
        }
        out.push('\n');
    }

    if !story.entities.is_empty() {
        out.push_str("### Entities\n\n");
        for entity in &story.entities {
            let _ = writeln!(out, "- {}", entity_line(entity));
        }
        out.push('\n');
    }

    if !story.coverage.is_empty() {
        out.push_str("### Only in one article\n\n");
        for coverage in &story.coverage {
            let _ = writeln!(
                out,
                "- {}: {}{}",
                article_label(&coverage.article, articles),
                plural(coverage.unique.len(), "sentence", "sentences"),
                references(&coverage.unique, articles),
            );
        }
        out.push('\n');
    }
}

fn quote_line(quote: &QuoteOut, articles: &ArticleIndex<'_>) -> String {
    let (first, second, speaker_first) = attribution_parts(quote.speaker.as_deref(), quote.cue.as_deref());
    let lead = if speaker_first {
        format!("**{}** {}", inline(&first), inline(&second))
    } else {
        format!("{} **{}**", inline(&first), inline(&second))
    };
    let cites = references(&quote.citations, articles);
    if quote.direct {
        format!("{lead}: “{}”{cites}", inline(&quote.text))
    } else {
        format!("{lead}: {}{cites}", inline(&quote.text))
    }
}

fn write_figure(out: &mut String, figure: &FigureOut, articles: &ArticleIndex<'_>) {
    let disputed = if figure.disputed { " — disputed" } else { "" };
    let _ = writeln!(out, "- **{}**{disputed}", inline(&figure.about));
    for value in &figure.values {
        let _ = writeln!(out, "  - {}", figure_value_line(value, articles));
    }
}

fn figure_value_line(value: &FigureValueOut, articles: &ArticleIndex<'_>) -> String {
    let mut parts = vec![inline(&figure_amount(value)), format!("“{}”", inline(&value.text))];
    if let Some(source) = &value.attributed_to {
        parts.push(format!("according to {}", inline(source)));
    }
    format!("{}{}", parts.join(" — "), references(&value.citations, articles))
}

fn entity_line(entity: &EntityOut) -> String {
    let mut line = format!("**{}** ({})", inline(&entity.name), inline(&entity.kind));
    if !entity.aliases.is_empty() {
        let aliases: Vec<String> = entity.aliases.iter().map(|alias| inline(alias)).collect();
        let _ = write!(line, ", also {}", aliases.join(", "));
    }
    let _ = write!(
        line,
        " — {} in {}",
        plural(entity.mentions, "mention", "mentions"),
        plural(entity.articles.len(), "article", "articles")
    );
    line
}

fn write_sources(out: &mut String, report: &Report, articles: &ArticleIndex<'_>) {
    out.push_str("## Sources\n\n");
    if report.articles.is_empty() {
        out.push_str("No articles.\n");
        return;
    }
    out.push_str("| # | Title | Outlet | Published | Language | Input | Duplicate of |\n");
    out.push_str("| ---: | --- | --- | --- | --- | --- | --- |\n");
    for (number, article) in (1..).zip(&report.articles) {
        let title = article.title.as_deref().map(cell).unwrap_or_default();
        let title = match article.url.as_deref().filter(|url| is_web_url(url)) {
            Some(url) if !title.is_empty() => format!("[{title}](<{}>)", link_destination(url)),
            Some(url) => format!("[link](<{}>)", link_destination(url)),
            None => title,
        };
        let duplicate_of = article
            .duplicate_of
            .as_deref()
            .map(|id| match articles.number(id) {
                Some(original) => format!("A{original}"),
                None => cell(id),
            })
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "| A{number} | {title} | {} | {} | {} | {} | {duplicate_of} |",
            article.outlet.as_deref().map(cell).unwrap_or_default(),
            article
                .published
                .as_deref()
                .map(|day| if article.published_from_text {
                    format!("{} (inferred)", cell(day))
                } else {
                    cell(day)
                })
                .unwrap_or_default(),
            article.language.as_deref().map(cell).unwrap_or_default(),
            cell(&article.input),
        );
    }
}

/// ` [A1 §3, A4 §1]`, with a leading space, or nothing when there are no
/// citations. Neighbouring citations of one article share its number and
/// runs of sentences shrink to ranges: `[A1 §1–4, §9, A2 §1]`.
fn references(citations: &[Citation], articles: &ArticleIndex<'_>) -> String {
    if citations.is_empty() {
        return String::new();
    }
    let mut labels = Vec::new();
    for group in citations.chunk_by(|before, after| before.article == after.article) {
        let article = match articles.number(&group[0].article) {
            Some(number) => format!("A{number}"),
            // A citation of an article the report does not list is a bug
            // upstream; show it rather than hide it.
            None => inline(&group[0].article),
        };
        let runs: Vec<String> = group
            .chunk_by(|before, after| before.sentence + 1 == after.sentence)
            .map(|run| match run {
                [only] => format!("§{}", only.sentence + 1),
                [first, .., last] => format!("§{}–{}", first.sentence + 1, last.sentence + 1),
                [] => String::new(),
            })
            .collect();
        labels.push(format!("{article} {}", runs.join(", ")));
    }
    // Brackets not followed by `(` or `:` render as themselves.
    format!(" [{}]", labels.join(", "))
}

fn article_label(id: &str, articles: &ArticleIndex<'_>) -> String {
    match articles.get(id) {
        Some((number, article)) => match article.outlet.as_deref() {
            Some(outlet) => format!("A{number} ({})", inline(outlet)),
            None => format!("A{number}"),
        },
        None => inline(id),
    }
}

/// Text from an article as one line of inline Markdown that renders as the
/// same text: whitespace runs (newlines included) become one space, and every
/// character that could start emphasis, a link, code, raw HTML, a heading, a
/// quote or a list is backslash-escaped.
fn inline(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let chars: Vec<char> = words.join(" ").chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    for (at, &c) in chars.iter().enumerate() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' => out.push('\\'),
            // `&amp;` would render as `&`: escape only what reads as an entity.
            '&' if looks_like_entity(chars.get(at + 1..).unwrap_or_default()) => out.push('\\'),
            '#' | '+' | '-' | '=' if at == 0 => out.push('\\'),
            // `1.` or `12)` at the start would start an ordered list.
            '.' | ')'
                if at > 0
                    && chars
                        .get(..at)
                        .is_some_and(|before| before.iter().all(char::is_ascii_digit)) =>
            {
                out.push('\\')
            }
            _ => {}
        }
        out.push(c);
    }
    out
}

/// Whether the characters after a `&` complete an entity such as `amp;` or `#38;`.
fn looks_like_entity(after: &[char]) -> bool {
    let name = after
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || **c == '#')
        .count();
    name > 0 && after.get(name) == Some(&';')
}

/// [`inline`] text for a table cell; `|` is already escaped by it.
fn cell(text: &str) -> String {
    inline(text)
}

/// A URL inside `<...>` as a link destination: characters that would end it
/// or break the table row are percent-encoded.
fn link_destination(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        match c {
            '<' => out.push_str("%3C"),
            '>' => out.push_str("%3E"),
            '|' => out.push_str("%7C"),
            '\\' => out.push_str("%5C"),
            c if c.is_whitespace() || c.is_control() => {
                let mut buffer = [0; 4];
                for byte in c.encode_utf8(&mut buffer).bytes() {
                    let _ = write!(out, "%{byte:02X}");
                }
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_escapes_markdown_structure() {
        assert_eq!(inline("# Breaking"), "\\# Breaking");
        assert_eq!(inline("> quoted"), "\\> quoted");
        assert_eq!(inline("a | b"), "a \\| b");
        assert_eq!(inline("*bold* [link](x) `code`"), "\\*bold\\* \\[link\\](x) \\`code\\`");
        assert_eq!(inline("<script>"), "\\<script\\>");
        assert_eq!(inline("1. first"), "1\\. first");
        assert_eq!(inline("- item"), "\\- item");
    }

    #[test]
    fn inline_keeps_plain_text_plain() {
        assert_eq!(
            inline("AT&T said 3 people - not 4 - were hurt."),
            "AT&T said 3 people - not 4 - were hurt."
        );
        assert_eq!(inline("  two\n\nlines  "), "two lines");
        assert_eq!(inline("R&amp;D"), "R\\&amp;D");
        assert_eq!(inline(""), "");
    }

    #[test]
    fn link_destination_cannot_break_out() {
        assert_eq!(link_destination("https://x.test/a b>|"), "https://x.test/a%20b%3E%7C");
    }

    #[test]
    fn only_web_urls_are_links() {
        assert!(is_web_url("https://example.org/"));
        assert!(is_web_url("HTTP://example.org/"));
        assert!(!is_web_url("javascript:alert(1)"));
        assert!(!is_web_url("data:text/html,x"));
        assert!(!is_web_url("http"));
    }
}
