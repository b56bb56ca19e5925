//! The report as one self-contained HTML page: no external assets, every
//! piece of article text escaped.
//!
//! The page reads like a newspaper: a list of stories at the top, then each
//! story with its cited summary, timeline, quotes, figures and coverage, then
//! every article's full text. Each citation is a link to the sentence it
//! cites: article `i` of the report is the element `a{i}` and its sentence
//! `k` is `a{i}-s{k}`, with the JSON's 0-based indices, while the link text
//! (`A1 §1`) counts from 1 for the reader. The cited sentence is highlighted
//! with CSS `:target`.
//!
//! Articles are collapsed in `<details>`; browsers that do not open them on
//! a fragment link get a few lines of inline script that do. The page reads
//! fully without it. A Content-Security-Policy allows only that script (by
//! hash) and inline CSS, and loads nothing else, so that even a bug in the
//! escaping could not run code from an article.

use std::fmt::Write;

use crate::common::{attribution_parts, figure_amount, is_web_url, plural, ArticleIndex, QUOTES_SHOWN};
use crate::{ArticleOut, Citation, Coverage, EntityOut, FigureOut, QuoteOut, Report, StoryOut, Support};

/// The report as a self-contained HTML page.
pub fn to_html(report: &Report) -> String {
    let articles = ArticleIndex::new(report);
    let mut out = String::with_capacity(4096 + report.articles.iter().map(|a| a.text.len() * 2).sum::<usize>());
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    let _ = writeln!(
        out,
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'; script-src '{OPEN_TARGET_SCRIPT_HASH}'; \
         base-uri 'none'; form-action 'none'\">"
    );
    out.push_str("<meta name=\"referrer\" content=\"no-referrer\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str("<title>chorus report</title>\n<style>");
    out.push_str(STYLE);
    out.push_str("</style>\n</head>\n<body>\n");

    out.push_str("<header class=\"masthead\">\n<h1>chorus</h1>\n");
    let _ = writeln!(
        out,
        "<p class=\"meta\">{} read · {} found</p>\n</header>",
        plural(report.articles.len(), "article", "articles"),
        plural(report.stories.len(), "story", "stories"),
    );

    out.push_str("<main>\n");
    write_story_list(&mut out, report);
    for (number, story) in (1..).zip(&report.stories) {
        write_story(&mut out, number, story, &articles);
    }
    write_articles(&mut out, report, &articles);
    out.push_str("</main>\n<script>");
    out.push_str(OPEN_TARGET_SCRIPT);
    out.push_str("</script>\n</body>\n</html>\n");
    out
}

fn write_story_list(out: &mut String, report: &Report) {
    out.push_str("<nav class=\"stories\" aria-label=\"Stories\">\n");
    if report.stories.is_empty() {
        out.push_str("<p>No stories.</p>\n</nav>\n");
        return;
    }
    out.push_str("<h2>Stories</h2>\n<ol>\n");
    for (number, story) in (1..).zip(&report.stories) {
        let _ = writeln!(
            out,
            "<li><a href=\"#story-{number}\">{}</a> <span class=\"meta\">{} · {}</span></li>",
            escape(&story.headline),
            plural(story.articles.len(), "article", "articles"),
            plural(story.outlets.len(), "outlet", "outlets"),
        );
    }
    out.push_str("</ol>\n</nav>\n");
}

fn write_story(out: &mut String, number: usize, story: &StoryOut, articles: &ArticleIndex<'_>) {
    let _ = writeln!(out, "<article class=\"story\" id=\"story-{number}\">");
    let _ = writeln!(out, "<h2>{}</h2>", escape(&story.headline));
    let _ = writeln!(
        out,
        "<p class=\"meta\">{} · {} · {}</p>",
        plural(story.articles.len(), "article", "articles"),
        plural(story.outlets.len(), "outlet", "outlets"),
        plural(story.support.independent, "independent source", "independent sources"),
    );
    if !story.outlets.is_empty() {
        let outlets: Vec<String> = story.outlets.iter().map(|outlet| escape(outlet)).collect();
        let _ = writeln!(out, "<p class=\"outlets\">{}</p>", outlets.join(" · "));
    }

    if !story.summary.is_empty() {
        out.push_str("<section class=\"summary\">\n<h3>Summary</h3>\n<ol>\n");
        for sentence in &story.summary {
            let _ = writeln!(
                out,
                "<li>{}{} {}</li>",
                escape(&sentence.text),
                cite_links(&sentence.citations, articles),
                support_badge(sentence.support),
            );
        }
        out.push_str("</ol>\n</section>\n");
    }

    for (events, heading) in [(&story.timeline, "Timeline"), (&story.background, "Background")] {
        if events.is_empty() {
            continue;
        }
        let _ = writeln!(out, "<section class=\"timeline\">\n<h3>{heading}</h3>\n<ol>");
        for event in events {
            let _ = writeln!(
                out,
                "<li><time datetime=\"{date}\">{date}</time> <span>{}{}</span></li>",
                escape(&event.text),
                cite_links(&event.citations, articles),
                date = escape(&event.date),
            );
        }
        out.push_str("</ol>\n</section>\n");
    }

    if !story.quotes.is_empty() {
        out.push_str("<section class=\"quotes\">\n<h3>Quotes</h3>\n");
        for quote in story.quotes.iter().take(QUOTES_SHOWN) {
            write_quote(out, quote, articles);
        }
        if let Some(more) = story.quotes.len().checked_sub(QUOTES_SHOWN).filter(|&n| n > 0) {
            let _ = writeln!(
                out,
                "<p class=\"meta\">… and {} in the JSON report.</p>",
                plural(more, "more statement", "more statements")
            );
        }
        out.push_str("</section>\n");
    }

    if !story.figures.is_empty() {
        out.push_str("<section class=\"figures\">\n<h3>Figures</h3>\n");
        for figure in &story.figures {
            write_figure(out, figure, articles);
        }
        out.push_str("</section>\n");
    }

    if !story.entities.is_empty() {
        out.push_str("<section class=\"entities\">\n<h3>Who and where</h3>\n<ul>\n");
        for entity in &story.entities {
            let _ = writeln!(out, "<li>{}</li>", entity_item(entity));
        }
        out.push_str("</ul>\n</section>\n");
    }

    if !story.coverage.is_empty() {
        write_coverage(out, &story.coverage, articles);
    }

    if !story.articles.is_empty() {
        let links: Vec<String> = story.articles.iter().map(|id| article_link(id, articles)).collect();
        let _ = writeln!(out, "<p class=\"sources\">Sources: {}</p>", links.join(", "));
    }
    out.push_str("</article>\n");
}

fn write_quote(out: &mut String, quote: &QuoteOut, articles: &ArticleIndex<'_>) {
    let (first, second, speaker_first) = attribution_parts(quote.speaker.as_deref(), quote.cue.as_deref());
    let lead = if speaker_first {
        format!("<strong>{}</strong> {}", escape(&first), escape(&second))
    } else {
        format!("{} <strong>{}</strong>", escape(&first), escape(&second))
    };
    let (class, text) = if quote.direct {
        ("quote direct", format!("“{}”", escape(&quote.text)))
    } else {
        ("quote reported", escape(&quote.text))
    };
    let _ = writeln!(
        out,
        "<figure class=\"{class}\"><blockquote>{text}</blockquote>\
         <figcaption>— {lead}{}</figcaption></figure>",
        cite_links(&quote.citations, articles),
    );
}

fn write_figure(out: &mut String, figure: &FigureOut, articles: &ArticleIndex<'_>) {
    let _ = writeln!(
        out,
        "<div class=\"figure{}\">",
        if figure.disputed { " disputed" } else { "" }
    );
    let _ = writeln!(
        out,
        "<h4>{}{}</h4>",
        escape(&figure.about),
        if figure.disputed {
            " <span class=\"badge dispute\">disputed</span>"
        } else {
            ""
        },
    );
    if !figure.values.is_empty() {
        out.push_str(
            "<table>\n<thead><tr><th>Figure</th><th>As written</th><th>According to</th><th>Sources</th></tr></thead>\n<tbody>\n",
        );
        for value in &figure.values {
            let _ = writeln!(
                out,
                "<tr><td class=\"amount\">{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                escape(&figure_amount(value)),
                escape(&value.text),
                escape(value.attributed_to.as_deref().unwrap_or_default()),
                cite_links(&value.citations, articles),
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }
    out.push_str("</div>\n");
}

fn entity_item(entity: &EntityOut) -> String {
    let mut item = format!(
        "<strong>{}</strong> <span class=\"kind\">{}</span>",
        escape(&entity.name),
        escape(&entity.kind)
    );
    if !entity.aliases.is_empty() {
        let aliases: Vec<String> = entity.aliases.iter().map(|alias| escape(alias)).collect();
        let _ = write!(item, " <span class=\"aliases\">also {}</span>", aliases.join(", "));
    }
    let _ = write!(item, " <span class=\"meta\">{}×</span>", entity.mentions);
    item
}

fn write_coverage(out: &mut String, coverage: &[Coverage], articles: &ArticleIndex<'_>) {
    out.push_str("<section class=\"coverage\">\n<h3>Only in one article</h3>\n<ul>\n");
    for entry in coverage {
        let _ = writeln!(
            out,
            "<li>{}: {}{}</li>",
            article_link(&entry.article, articles),
            plural(entry.unique.len(), "sentence", "sentences"),
            cite_links(&entry.unique, articles),
        );
    }
    out.push_str("</ul>\n</section>\n");
}

fn write_articles(out: &mut String, report: &Report, articles: &ArticleIndex<'_>) {
    if report.articles.is_empty() {
        return;
    }
    out.push_str("<section class=\"articles\" id=\"articles\">\n<h2>Articles</h2>\n");
    for (index, article) in report.articles.iter().enumerate() {
        write_article(out, index, article, articles);
    }
    out.push_str("</section>\n");
}

fn write_article(out: &mut String, index: usize, article: &ArticleOut, articles: &ArticleIndex<'_>) {
    let _ = writeln!(out, "<details class=\"article\" id=\"a{index}\">");
    let title = article
        .title
        .as_deref()
        .filter(|title| !title.trim().is_empty())
        .unwrap_or("Untitled");
    let mut byline = Vec::new();
    if let Some(outlet) = &article.outlet {
        byline.push(escape(outlet));
    }
    if let Some(published) = &article.published {
        let inferred = if article.published_from_text { " (inferred)" } else { "" };
        byline.push(format!(
            "<time datetime=\"{0}\">{0}</time>{inferred}",
            escape(published)
        ));
    }
    if let Some(language) = &article.language {
        byline.push(escape(language));
    }
    let _ = writeln!(
        out,
        "<summary><span class=\"number\">A{}</span> <span class=\"title\">{}</span> <span class=\"meta\">{}</span></summary>",
        index + 1,
        escape(title),
        byline.join(" · "),
    );

    out.push_str("<dl>\n");
    let _ = writeln!(out, "<dt>Input</dt><dd>{}</dd>", escape(&article.input));
    if let Some(url) = &article.url {
        if is_web_url(url) {
            let _ = writeln!(
                out,
                "<dt>URL</dt><dd><a href=\"{0}\" rel=\"noopener noreferrer nofollow\">{0}</a></dd>",
                escape(url)
            );
        } else {
            let _ = writeln!(out, "<dt>URL</dt><dd>{}</dd>", escape(url));
        }
    }
    if let Some(original) = &article.duplicate_of {
        let _ = writeln!(out, "<dt>Copy of</dt><dd>{}</dd>", article_link(original, articles));
    }
    let _ = writeln!(out, "<dt>Id</dt><dd>{}</dd>", escape(&article.id));
    out.push_str("</dl>\n<div class=\"text\">");
    write_article_text(out, index, article);
    out.push_str("</div>\n</details>\n");
}

/// The article's text with each sentence wrapped in its anchor. When the
/// offsets fit the text, the text is shown whole, gaps and paragraph breaks
/// included; otherwise the sentences are shown one after the other.
fn write_article_text(out: &mut String, index: usize, article: &ArticleOut) {
    let Some(pieces) = sentence_byte_ranges(article) else {
        for (sentence, text) in article.sentences.iter().map(|sentence| &sentence.text).enumerate() {
            if sentence > 0 {
                out.push(' ');
            }
            write_sentence(out, index, sentence, text);
        }
        return;
    };
    let mut written = 0;
    for (sentence, (start, end)) in pieces.into_iter().enumerate() {
        out.push_str(&escape(article.text.get(written..start).unwrap_or_default()));
        write_sentence(out, index, sentence, article.text.get(start..end).unwrap_or_default());
        written = end;
    }
    out.push_str(&escape(article.text.get(written..).unwrap_or_default()));
}

fn write_sentence(out: &mut String, index: usize, sentence: usize, text: &str) {
    let _ = write!(
        out,
        "<span class=\"s\" id=\"a{index}-s{sentence}\" title=\"A{} §{}\">{}</span>",
        index + 1,
        sentence + 1,
        escape(text),
    );
}

/// The sentences' character offsets as byte ranges of the article text, or
/// `None` when they are out of range, reversed, out of order or overlapping.
fn sentence_byte_ranges(article: &ArticleOut) -> Option<Vec<(usize, usize)>> {
    if article.sentences.is_empty() {
        return None;
    }
    let byte_at: Vec<usize> = article
        .text
        .char_indices()
        .map(|(byte, _)| byte)
        .chain(Some(article.text.len()))
        .collect();
    let mut previous_end = 0;
    let mut ranges = Vec::with_capacity(article.sentences.len());
    for sentence in &article.sentences {
        if sentence.start < previous_end || sentence.end < sentence.start {
            return None;
        }
        ranges.push((*byte_at.get(sentence.start)?, *byte_at.get(sentence.end)?));
        previous_end = sentence.end;
    }
    Some(ranges)
}

/// ` <span class="cites">[A1 §3, §4, A4 §1]</span>` with each sentence a
/// link to it, or nothing when there are no citations. Neighbouring
/// citations of one article share its number. A citation that points nowhere
/// in the report is shown but not linked.
fn cite_links(citations: &[Citation], articles: &ArticleIndex<'_>) -> String {
    if citations.is_empty() {
        return String::new();
    }
    let mut links = Vec::with_capacity(citations.len());
    for group in citations.chunk_by(|before, after| before.article == after.article) {
        let found = articles.get(&group[0].article);
        for (position, citation) in group.iter().enumerate() {
            let prefix = match found {
                Some((number, _)) if position == 0 => format!("A{number} "),
                None if position == 0 => format!("{} ", escape(&citation.article)),
                _ => String::new(),
            };
            let link = match found.filter(|(_, article)| citation.sentence < article.sentences.len()) {
                Some((number, article)) => format!(
                    "<a href=\"#a{}-s{}\" title=\"{}\">{prefix}§{}</a>",
                    number - 1,
                    citation.sentence,
                    escape(&article_description(article)),
                    citation.sentence + 1,
                ),
                None => format!(
                    "<span class=\"missing\" title=\"not in this report\">{prefix}§{}</span>",
                    citation.sentence + 1
                ),
            };
            links.push(link);
        }
    }
    format!(" <span class=\"cites\">[{}]</span>", links.join(", "))
}

fn article_link(id: &str, articles: &ArticleIndex<'_>) -> String {
    match articles.get(id) {
        Some((number, article)) => {
            format!(
                "<a href=\"#a{}\" title=\"{}\">A{number}</a>",
                number - 1,
                escape(&article_description(article)),
            )
        }
        None => format!("<span class=\"missing\">{}</span>", escape(id)),
    }
}

/// "Outlet — Title", for tooltips.
fn article_description(article: &ArticleOut) -> String {
    match (article.outlet.as_deref(), article.title.as_deref()) {
        (Some(outlet), Some(title)) => format!("{outlet} — {title}"),
        (Some(only), None) | (None, Some(only)) => only.to_string(),
        (None, None) => article.input.clone(),
    }
}

fn support_badge(support: Support) -> String {
    let class = if support.independent >= 2 {
        "badge corroborated"
    } else {
        "badge single"
    };
    format!(
        "<span class=\"{class}\" title=\"{} · {}\">{}</span>",
        plural(support.articles, "article", "articles"),
        plural(support.independent, "independent source", "independent sources"),
        plural(support.independent, "source", "sources"),
    )
}

/// Text as HTML, safe both between tags and inside a quoted attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Opens the `<details>` that holds the sentence a citation points to, for
/// browsers that do not do it on their own. The CSP allows exactly this
/// script, by its hash: [`OPEN_TARGET_SCRIPT_HASH`] must change with it (a
/// test checks that it does).
const OPEN_TARGET_SCRIPT: &str = "function openTarget(){var t=document.getElementById(decodeURIComponent(location.hash.slice(1)));if(!t)return;var d=t.closest('details');if(d&&!d.open){d.open=true;t.scrollIntoView({block:'center'});}}addEventListener('hashchange',openTarget);openTarget();";

/// The CSP source of [`OPEN_TARGET_SCRIPT`]: its SHA-256, base64-encoded.
const OPEN_TARGET_SCRIPT_HASH: &str = "sha256-7iNnr0IuUlD1Fo6AqWkQLqxBORAgfIOyZxzu5zdrwlI=";

const STYLE: &str = r#"
:root{--ink:#1b1b1b;--muted:#666;--rule:#d8d4cc;--paper:#fdfcf8;--accent:#8a1c1c;--mark:#fff1a8}
*{box-sizing:border-box}
body{margin:0;background:var(--paper);color:var(--ink);font:17px/1.55 Georgia,"Times New Roman",serif}
.masthead{border-bottom:3px double var(--ink);text-align:center;padding:1.2rem 1rem .6rem}
.masthead h1{margin:0;font-size:2.6rem;letter-spacing:.04em;font-variant:small-caps}
main{max-width:48rem;margin:0 auto;padding:0 1.2rem 4rem}
h2{font-size:1.7rem;line-height:1.2;margin:2.2rem 0 .3rem}
h3{font:700 .8rem/1.2 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.08em;color:var(--accent);border-top:1px solid var(--rule);padding-top:.8rem;margin:1.6rem 0 .6rem}
h4{font-size:1rem;margin:.8rem 0 .3rem}
.meta,.outlets,.sources,.cites,figcaption,dl,.kind,.aliases{font-family:system-ui,sans-serif;font-size:.85rem;color:var(--muted)}
nav.stories ol{padding-left:1.4rem}
nav.stories li{margin:.3rem 0}
a{color:var(--accent)}
.story{border-top:1px solid var(--ink);margin-top:2rem}
.summary li{margin:.45rem 0}
.cites a{text-decoration:none}
.cites a:hover{text-decoration:underline}
.missing{color:#a00;text-decoration:line-through}
.badge{display:inline-block;font:600 .7rem/1.5 system-ui,sans-serif;padding:0 .45rem;border-radius:.6rem;vertical-align:.1em;white-space:nowrap}
.badge.corroborated{background:#e3efe3;color:#1f5a1f}
.badge.single{background:#eee;color:#555}
.badge.dispute{background:#fbe3e3;color:var(--accent)}
.timeline ol{list-style:none;padding:0}
.timeline li{display:flex;gap:.8rem;margin:.4rem 0}
.timeline time{flex:0 0 6.5rem;font:600 .85rem/1.8 system-ui,sans-serif}
figure.quote{margin:.8rem 0 .8rem 0;padding-left:1rem;border-left:3px solid var(--rule)}
figure.quote blockquote{margin:0;font-style:italic}
figure.quote.reported blockquote{font-style:normal}
.figure table{border-collapse:collapse;width:100%;font-size:.92rem}
.figure th,.figure td{border-bottom:1px solid var(--rule);padding:.25rem .4rem;text-align:left;vertical-align:top}
.figure th{font:600 .75rem system-ui,sans-serif;color:var(--muted)}
.figure.disputed{border-left:3px solid var(--accent);padding-left:.8rem}
.amount{font-weight:700;white-space:nowrap}
.entities ul{padding-left:1.2rem;columns:2}
.articles{border-top:3px double var(--ink);margin-top:3rem}
details.article{border-bottom:1px solid var(--rule);padding:.5rem 0}
details.article summary{cursor:pointer}
details.article .number{font:700 .8rem system-ui,sans-serif;color:var(--accent)}
details.article .title{font-weight:700}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .8rem;margin:.6rem 0}
dt{font-weight:600}
dd{margin:0;overflow-wrap:anywhere}
.text{white-space:pre-wrap;overflow-wrap:break-word}
.s:target{background:var(--mark);outline:2px solid var(--mark)}
details.article:target{background:#f4f1e8}
@media (prefers-color-scheme:dark){:root{--ink:#e6e3dc;--muted:#a6a29a;--rule:#3b3934;--paper:#161514;--accent:#e07a6a;--mark:#5a4b00}
.badge.corroborated{background:#1f3a1f;color:#bfe0bf}.badge.single{background:#333;color:#ccc}.badge.dispute{background:#4a1f1f;color:#f4c0c0}details.article:target{background:#222}}
@media print{details.article{display:block}}
"#;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::SentenceOut;

    fn article(text: &str, sentences: &[(usize, usize)]) -> ArticleOut {
        let chars: Vec<char> = text.chars().collect();
        ArticleOut {
            id: "x".to_string(),
            input: "x.txt".to_string(),
            url: None,
            outlet: None,
            author: None,
            title: None,
            published: None,
            published_from_text: false,
            published_time: None,
            published_offset: None,
            language: None,
            language_lent: false,
            duplicate_of: None,
            text: text.to_string(),
            sentences: sentences
                .iter()
                .map(|&(start, end)| SentenceOut {
                    text: chars
                        .get(start..end)
                        .map(|slice| slice.iter().collect())
                        .unwrap_or_default(),
                    start,
                    end,
                })
                .collect(),
        }
    }

    #[test]
    fn escape_covers_text_and_attributes() {
        assert_eq!(
            escape(r#"<a href="x" title='y'>&</a>"#),
            "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;"
        );
    }

    #[test]
    fn sentence_offsets_are_characters_not_bytes() {
        // "É" is two bytes: the second sentence starts at character 10, byte 11.
        let text = "Élysée a. Paris b.";
        let ranges = sentence_byte_ranges(&article(text, &[(0, 9), (10, 18)]));
        assert_eq!(ranges, Some(vec![(0, 11), (12, 20)]));
        let mut out = String::new();
        write_article_text(&mut out, 0, &article(text, &[(0, 9), (10, 18)]));
        assert!(out.contains(">Élysée a.</span> <span"), "{out}");
    }

    #[test]
    fn bad_offsets_fall_back_to_sentence_texts() {
        assert_eq!(sentence_byte_ranges(&article("short", &[(0, 99)])), None);
        assert_eq!(sentence_byte_ranges(&article("a b c d", &[(4, 5), (0, 1)])), None);
        assert_eq!(sentence_byte_ranges(&article("a b c d", &[(3, 1)])), None);
        let mut broken = article("a. b.", &[(0, 2), (3, 5)]);
        broken.sentences[1].end = 50;
        let mut out = String::new();
        write_article_text(&mut out, 2, &broken);
        assert!(out.contains("id=\"a2-s0\"") && out.contains("id=\"a2-s1\""), "{out}");
    }

    #[test]
    fn csp_hash_matches_the_script() {
        let digest = sha256(OPEN_TARGET_SCRIPT.as_bytes());
        assert_eq!(OPEN_TARGET_SCRIPT_HASH, format!("sha256-{}", base64(&digest)));
    }

    /// SHA-256 (FIPS 180-4), just enough to check the CSP hash.
    fn sha256(message: &[u8]) -> [u8; 32] {
        const K: [u32; 64] = [
            0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
            0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
            0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
            0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
            0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
            0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
            0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
            0xc67178f2,
        ];
        let mut state: [u32; 8] = [
            0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
        ];
        let mut padded = message.to_vec();
        padded.push(0x80);
        while padded.len() % 64 != 56 {
            padded.push(0);
        }
        padded.extend_from_slice(&(message.len() as u64 * 8).to_be_bytes());
        for block in padded.chunks(64) {
            let mut w = [0u32; 64];
            for (i, word) in block.chunks(4).enumerate() {
                w[i] = u32::from_be_bytes([word[0], word[1], word[2], word[3]]);
            }
            for i in 16..64 {
                let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
                let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
                w[i] = w[i - 16].wrapping_add(s0).wrapping_add(w[i - 7]).wrapping_add(s1);
            }
            let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut h] = state;
            for i in 0..64 {
                let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
                let choice = (e & f) ^ (!e & g);
                let t1 = h
                    .wrapping_add(s1)
                    .wrapping_add(choice)
                    .wrapping_add(K[i])
                    .wrapping_add(w[i]);
                let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
                let majority = (a & b) ^ (a & c) ^ (b & c);
                let t2 = s0.wrapping_add(majority);
                (h, g, f, e, d, c, b, a) = (g, f, e, d.wrapping_add(t1), c, b, a, t1.wrapping_add(t2));
            }
            for (word, add) in state.iter_mut().zip([a, b, c, d, e, f, g, h]) {
                *word = word.wrapping_add(add);
            }
        }
        let mut digest = [0; 32];
        for (out, word) in digest.chunks_mut(4).zip(state) {
            out.copy_from_slice(&word.to_be_bytes());
        }
        digest
    }

    fn base64(bytes: &[u8]) -> String {
        const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let mut out = String::new();
        for chunk in bytes.chunks(3) {
            let n = chunk
                .iter()
                .enumerate()
                .fold(0u32, |n, (i, &byte)| n | u32::from(byte) << (16 - 8 * i));
            for i in 0..=chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
            }
        }
        while !out.len().is_multiple_of(4) {
            out.push('=');
        }
        out
    }

    #[test]
    fn sha256_known_answer() {
        assert_eq!(base64(&sha256(b"abc")), "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
    }
}
