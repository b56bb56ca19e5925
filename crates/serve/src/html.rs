//! The app's own pages (story list, search, messages) and the home link on
//! story pages. Every value from the store is escaped with [`escape`]; pages
//! use no JavaScript and load nothing from elsewhere.

use std::fmt::Write;

use chorus_store::{ArticleHit, StoryFilter, StorySummary, MATCH_END, MATCH_START};

use crate::routes::EntityView;

/// Text for HTML content and double-quoted attribute values: the report's
/// own escaping, so that the app and the report escape alike.
pub(crate) use chorus_report::escape_html as escape;

/// A value for a URL path segment or query: everything but unreserved
/// characters percent-encoded.
pub(crate) fn url_component(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(byte as char);
        } else {
            let _ = write!(out, "%{byte:02X}");
        }
    }
    out
}

fn plural(count: usize, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
}

fn page(title: &str, query: &str, main: &str) -> String {
    let mut out = String::with_capacity(main.len() + 2048);
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    let _ = writeln!(out, "<title>{}</title>", escape(title));
    out.push_str("<style>");
    out.push_str(STYLE);
    out.push_str("</style>\n</head>\n<body>\n<header class=\"masthead\">\n<h1><a href=\"/\">chorus</a></h1>\n");
    let _ = writeln!(
        out,
        "<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\">\
         <input type=\"search\" name=\"q\" value=\"{}\" placeholder=\"Search articles\" aria-label=\"Search articles\">\
         <button type=\"submit\">Search</button></form>",
        escape(query)
    );
    out.push_str("</header>\n<main>\n");
    out.push_str(main);
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

fn story_items(out: &mut String, stories: &[StorySummary]) {
    out.push_str("<ol class=\"stories\">\n");
    for story in stories {
        let mut meta = vec![
            plural(story.articles, "article", "articles"),
            plural(story.outlets, "outlet", "outlets"),
            plural(story.independent, "independent source", "independent sources"),
        ];
        if story.disputed > 0 {
            meta.push(format!(
                "<span class=\"dispute\">{}</span>",
                plural(story.disputed, "disputed figure", "disputed figures")
            ));
        }
        if let Some(newest) = &story.newest {
            meta.push(format!("<time>{}</time>", escape(newest)));
        }
        let _ = writeln!(
            out,
            "<li><a href=\"/stories/{}\">{}</a><br><span class=\"meta\">{}</span></li>",
            url_component(&story.id),
            escape(&story.headline),
            meta.join(" · ")
        );
    }
    out.push_str("</ol>\n");
}

/// The home page: stories, largest first.
pub(crate) fn story_list_page(stories: &[StorySummary], filter: &StoryFilter, articles: usize) -> String {
    let mut main = String::new();
    let mut filters = Vec::new();
    if let Some(outlet) = &filter.outlet {
        filters.push(format!("outlet “{}”", escape(outlet)));
    }
    if let Some(entity) = &filter.entity {
        filters.push(format!("naming “{}”", escape(entity)));
    }
    if let Some(query) = &filter.query {
        filters.push(format!("matching “{}”", escape(query)));
    }
    if let Some(from) = &filter.from {
        filters.push(format!("from {}", escape(from)));
    }
    if let Some(to) = &filter.to {
        filters.push(format!("to {}", escape(to)));
    }
    let _ = writeln!(
        main,
        "<h2>Stories</h2>\n<p class=\"meta\">{} shown · {} stored{}</p>",
        plural(stories.len(), "story", "stories"),
        plural(articles, "article", "articles"),
        if filters.is_empty() {
            String::new()
        } else {
            format!(" · {} · <a href=\"/\">all stories</a>", filters.join(", "))
        }
    );
    if stories.is_empty() {
        main.push_str("<p>No stories yet. Add articles with <code>chorus ingest</code>.</p>\n");
    } else {
        story_items(&mut main, stories);
    }
    page("chorus — stories", filter.query.as_deref().unwrap_or(""), &main)
}

/// Search results: the stories with a matching article, then the articles.
pub(crate) fn search_page(
    query: &str,
    entities: &[String],
    stories: &[StorySummary],
    articles: &[ArticleHit],
) -> String {
    let mut main = String::new();
    if query.is_empty() {
        main.push_str("<h2>Search</h2>\n<p>Type words to find the articles that have all of them.</p>\n");
        return page("chorus — search", query, &main);
    }
    if !entities.is_empty() {
        let links: Vec<String> = entities
            .iter()
            .map(|name| format!("<a href=\"/entities/{}\">{}</a>", url_component(name), escape(name)))
            .collect();
        let _ = writeln!(main, "<p class=\"entities\">Who’s who: {}</p>", links.join(" · "));
    }
    let _ = writeln!(main, "<h2>Stories matching “{}”</h2>", escape(query));
    if stories.is_empty() {
        main.push_str("<p>No story matches.</p>\n");
    } else {
        story_items(&mut main, stories);
    }
    let _ = writeln!(main, "<h2>Articles matching “{}”</h2>", escape(query));
    if articles.is_empty() {
        main.push_str("<p>No article matches.</p>\n");
    }
    main.push_str("<ol class=\"hits\">\n");
    for hit in articles {
        let title = escape(hit.title.as_deref().unwrap_or("(untitled)"));
        let heading = match &hit.story {
            Some(story) => format!("<a href=\"/stories/{}\">{title}</a>", url_component(story)),
            None => title,
        };
        let meta: Vec<String> = [hit.outlet.as_deref(), hit.published.as_deref()]
            .into_iter()
            .flatten()
            .map(escape)
            .collect();
        // Escape first, then turn the store's match markers into <mark>.
        let snippet = escape(&hit.snippet)
            .replace(MATCH_START, "<mark>")
            .replace(MATCH_END, "</mark>");
        let _ = writeln!(
            main,
            "<li>{heading} <span class=\"meta\">{}</span><p class=\"snippet\">{snippet}</p></li>",
            meta.join(" · ")
        );
    }
    main.push_str("</ol>\n");
    page(&format!("chorus — {query}"), query, &main)
}

/// An entity: the stories that name it and what it said.
pub(crate) fn entity_page(view: &EntityView) -> String {
    let title = view.names.join(" / ");
    let mut main = String::new();
    let _ = writeln!(
        main,
        "<h2>{}</h2>\n<p class=\"meta\">{} · {}</p>",
        escape(&title),
        plural(view.stories.len(), "story", "stories"),
        plural(view.quotes.len(), "quote", "quotes")
    );
    main.push_str("<h3>Stories</h3>\n");
    story_items(&mut main, &view.stories);
    if !view.quotes.is_empty() {
        main.push_str("<h3>Quotes</h3>\n");
        for quote in &view.quotes {
            let text = escape(quote["text"].as_str().unwrap_or(""));
            let (class, text) = if quote["direct"].as_bool() == Some(true) {
                ("direct", format!("“{text}”"))
            } else {
                ("reported", text)
            };
            let story = quote["story"].as_str().unwrap_or("");
            let _ = writeln!(
                main,
                "<figure class=\"quote {class}\"><blockquote>{text}</blockquote><figcaption>— {} {} · \
                 <a href=\"/stories/{}\">in the story</a></figcaption></figure>",
                escape(quote["speaker"].as_str().unwrap_or("")),
                escape(quote["cue"].as_str().unwrap_or("said")),
                url_component(story),
            );
        }
    }
    page(&format!("chorus — {title}"), "", &main)
}

/// A short page saying what went wrong.
pub(crate) fn message_page(title: &str, message: &str) -> String {
    page(
        &format!("chorus — {title}"),
        "",
        &format!("<h2>{}</h2>\n<p>{}</p>\n", escape(title), escape(message)),
    )
}

/// A story page as stored (the report's HTML for that story) with its
/// masthead made a link back to the story list.
pub(crate) fn with_home_link(page: String) -> String {
    page.replacen(
        "<header class=\"masthead\">\n<h1>chorus</h1>",
        "<header class=\"masthead\">\n<h1><a href=\"/\" style=\"color:inherit;text-decoration:none\">chorus</a></h1>",
        1,
    )
}

const STYLE: &str = r#"
:root{--ink:#1b1b1b;--muted:#666;--rule:#d8d4cc;--paper:#fdfcf8;--accent:#8a1c1c}
*{box-sizing:border-box}
body{margin:0;background:var(--paper);color:var(--ink);font:17px/1.55 Georgia,"Times New Roman",serif}
.masthead{border-bottom:3px double var(--ink);text-align:center;padding:1.2rem 1rem .8rem}
.masthead h1{margin:0;font-size:2.6rem;letter-spacing:.04em;font-variant:small-caps}
.masthead h1 a{color:inherit;text-decoration:none}
form.search{margin:.6rem auto 0;display:flex;gap:.4rem;justify-content:center}
form.search input{font:inherit;padding:.25rem .5rem;width:min(26rem,70vw);border:1px solid var(--rule)}
form.search button{font:600 .85rem system-ui,sans-serif;padding:.3rem .8rem}
main{max-width:48rem;margin:0 auto;padding:0 1.2rem 4rem}
h2{font-size:1.5rem;line-height:1.2;margin:2rem 0 .3rem}
a{color:var(--accent)}
.meta{font-family:system-ui,sans-serif;font-size:.85rem;color:var(--muted)}
.dispute{color:var(--accent);font-weight:600}
ol.stories,ol.hits{padding-left:1.4rem}
ol.stories li,ol.hits li{margin:.7rem 0}
ol.stories a{font-size:1.1rem;font-weight:700;text-decoration:none}
.snippet{margin:.2rem 0;font-size:.95rem}
mark{background:#fff1a8}
h3{font:700 .8rem/1.2 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.08em;color:var(--accent);border-top:1px solid var(--rule);padding-top:.8rem;margin:1.6rem 0 .6rem}
figure.quote{margin:.8rem 0;padding-left:1rem;border-left:3px solid var(--rule)}
figure.quote blockquote{margin:0;font-style:italic}
figure.quote.reported blockquote{font-style:normal}
figcaption{font-family:system-ui,sans-serif;font-size:.85rem;color:var(--muted)}
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_values_is_escaped() {
        assert_eq!(
            escape("<img src=x onerror=\"alert('1')\">&"),
            "&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;"
        );
        assert_eq!(url_component("s 1/é"), "s%201%2F%C3%A9");
    }
}
