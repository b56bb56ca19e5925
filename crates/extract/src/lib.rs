/*!
The extract stage: from a [`RawArticle`] (plain text or HTML) to an
[`Article`] with clean main text, title, publication date, outlet and
language.

It reads what `chorus-ingest` produced and adds, per article: the id, the
main text (paragraphs separated by one blank line, whitespace collapsed,
page residue removed), the title (given, found in the page, or the first
line that reads as a headline), the publication date (given, from the page's
metadata, or from a byline or date line), the outlet (given, the page's site
name, a byline or signature naming an outlet, or the site name appended to
the title) and the language when the input or the page states it.

Page residue is removed both from HTML and from text already flattened from
a web page ([`residue`]): repeated lines and captions, navigation, share and
comment widgets, notices, "Read also" links, lines in another script than
the body, bylines and credits. The rules judge each line by its shape
(length, punctuation, share of page-furniture words, script, position) rather
than by a list of known strings, so they carry over to sites never seen.

The entry point is [`extract`]. Its parts are public for tools and
benchmarks that need one step alone: [`html::read_page`] (main text and
metadata of a page), [`residue::clean`] (residue removal, with the rule
that removed each line), [`title`] (headlines and site suffixes),
[`dates::parse_date`], [`byline::parse_byline`], [`script`] and
[`normalize`].

Design decision: every line of flattened text is one paragraph, and each is
judged on its own plus a little context (its neighbours, its place at the
head or tail, the article's dominant script). That keeps the cleanup one
linear pass, a few tens of microseconds per article, with no model and no
per-site configuration; the price is that residue shaped like prose (a
promotional sentence, a teaser with full punctuation) stays.

It does not split sentences, identify languages or tokenize (that is
`chorus-text`), and it reads no files (that is `chorus-ingest`). It never
panics on input: whatever is wrong comes back as a [`Problem`].

```
use chorus_model::{Body, RawArticle};

let raw = RawArticle::new(
    "/news/000_9f61.txt",
    Body::Text(
        "Council passes budget\n\nBy City Weekly | Thursday, 01 October 2020\n\n\
         The council  passed the budget on Monday.\n\nShare\n\nAdvertisement"
            .into(),
    ),
);
let (article, problems) = chorus_extract::extract(raw);
let article = article.expect("an article");
assert_eq!(article.id, "000_9f61");
assert_eq!(article.title.as_deref(), Some("Council passes budget"));
assert_eq!(article.text, "The council passed the budget on Monday.");
assert_eq!(article.outlet.as_deref(), Some("City Weekly"));
assert_eq!(article.published.map(|d| d.date().to_string()).as_deref(), Some("2020-10-01"));
assert!(problems.is_empty());
```
*/
#![deny(missing_docs)]

pub mod byline;
pub mod dates;
mod furniture;
pub mod html;
mod lead;
pub mod normalize;
pub mod published;
pub mod residue;
pub mod script;
pub mod title;

use chorus_model::{Article, Body, Problem, RawArticle};

use crate::normalize::{normalize_line, same_text};

/// Extract the main text and metadata of one raw article.
///
/// Returns the article (or `None` when nothing usable is left, with an
/// error problem saying why) and the problems met on the way. An article
/// with a title but no body text is kept, with a warning: a headline alone
/// still tells which story it belongs to.
pub fn extract(raw: RawArticle) -> (Option<Article>, Vec<Problem>) {
    let mut problems = Vec::new();
    let page = match &raw.body {
        Body::Text(_) => None,
        Body::Html(html) => {
            let page = html::read_page(html, raw.url.as_deref());
            if page.text.trim().is_empty() {
                problems.push(Problem::error(&raw.input, "no article text found in the HTML page"));
                return (None, problems);
            }
            Some(page)
        }
    };
    let body_text = match (&raw.body, &page) {
        (_, Some(page)) => page.text.as_str(),
        (Body::Text(text), None) => text.as_str(),
        (Body::Html(_), None) => "",
    };
    let cleaned = match page {
        Some(_) => residue::clean_page_text(body_text),
        None => residue::clean(body_text),
    };
    let mut paragraphs = cleaned.paragraphs;

    let given_title = non_empty(raw.title.as_deref()).or_else(|| page.as_ref().and_then(|p| p.title.clone()));
    let (title, title_site) = match given_title {
        Some(given) => {
            let (headline, site) = title::strip_site_suffix(&given);
            if paragraphs
                .first()
                .is_some_and(|first| repeats_title(first, &given, &headline))
            {
                paragraphs.remove(0);
            }
            (non_empty(Some(&headline)).map(normalize::compose), site)
        }
        None if paragraphs.first().is_some_and(|first| title::is_headline(first)) => {
            let first = paragraphs.remove(0);
            let (headline, site) = title::strip_site_suffix(&first);
            (Some(headline), site)
        }
        None => (None, None),
    };
    let title = title.map(|headline| title::mark_cut_word(&headline, &paragraphs).unwrap_or(headline));
    if paragraphs.is_empty() && title.is_some() {
        problems.push(Problem::warning(&raw.input, "no body text; only the title is used"));
    } else if paragraphs.is_empty() {
        let message = match &raw.body {
            Body::Html(_) => "no article text left in the HTML page after removing page residue",
            Body::Text(_) => "no text left after removing page residue",
        };
        problems.push(Problem::error(&raw.input, message));
        return (None, problems);
    }

    let given_date = non_empty(raw.published.as_deref());
    let parsed_date = given_date.as_deref().and_then(dates::parse_date);
    if let (Some(given), None) = (&given_date, parsed_date) {
        problems.push(Problem::warning(
            &raw.input,
            format!("unparseable publication date {given:?}; looked for one in the text instead"),
        ));
    }
    // The offset comes from the same source as the date, or from none.
    let page_date = page.as_ref().and_then(|p| p.published.as_deref());
    let (published, published_offset) = match (parsed_date, page_date.and_then(dates::parse_date)) {
        (Some(date), _) => (Some(date), given_date.as_deref().and_then(dates::parse_offset)),
        (None, Some(date)) => (Some(date), page_date.and_then(dates::parse_offset)),
        (None, None) => (cleaned.published, None),
    };

    // A byline naming an outlet ("By Asbarez", "By Jane Doe, Associated
    // Press") or a signature ("Le Monde with AFP") beats the site name
    // appended to the title. A byline naming a person gives the author,
    // never the outlet: two reporters of one paper are not two outlets.
    let (byline_outlet, byline_person) = match cleaned.byline {
        Some(byline) => match byline.organization {
            Some(organization) => (Some(organization), None),
            None if title::is_outlet_name(&byline.name) => (Some(byline.name), None),
            None => (None, Some(byline.name)),
        },
        None => (None, None),
    };
    let outlet = non_empty(raw.outlet.as_deref())
        .or_else(|| page.as_ref().and_then(|p| p.site_name.clone()))
        .or(byline_outlet)
        .or(cleaned.signature)
        .or(title_site);
    let language = non_empty(raw.language.as_deref()).or_else(|| page.as_ref().and_then(|p| p.language.clone()));

    let article = Article {
        id: article_id(&raw),
        url: non_empty(raw.url.as_deref()),
        outlet,
        author: page
            .as_ref()
            .and_then(|p| p.byline.clone())
            .filter(|byline| !title::is_outlet_name(byline))
            .or(byline_person),
        title,
        published,
        published_offset,
        captured: raw.captured.as_deref().and_then(dates::parse_utc),
        language,
        text: normalize::compose(paragraphs.join("\n\n")),
        input: raw.input,
        ..Article::default()
    };
    (Some(article), problems)
}

/// Whether the first paragraph is the title again, alone or followed by a
/// date line ("Title Posted: Monday, February 2, 2015 9:45 PM EST").
fn repeats_title(first: &str, given: &str, headline: &str) -> bool {
    if same_text(first, given) || same_text(first, headline) {
        return true;
    }
    first
        .strip_prefix(headline)
        .is_some_and(|rest| !rest.trim().is_empty() && dates::parse_date(rest).is_some())
}

/// `text` whitespace-normalized, unless that leaves nothing.
fn non_empty(text: Option<&str>) -> Option<String> {
    let text = normalize_line(text?);
    (!text.is_empty()).then_some(text)
}

/// The id given by the input, else the input's file stem
/// (`/x/y/000_9f61.txt` → `000_9f61`), with the record's line number for a
/// JSON Lines record (`/x/y/batch.jsonl:123` → `batch-123`).
fn article_id(raw: &RawArticle) -> String {
    if let Some(id) = non_empty(raw.id.as_deref()) {
        return id;
    }
    let input = raw.input.trim();
    let (path, line) = match input.rsplit_once(':') {
        Some((path, line)) if !path.is_empty() && !line.is_empty() && line.bytes().all(|b| b.is_ascii_digit()) => {
            (path, Some(line))
        }
        _ => (input, None),
    };
    let stem = file_stem(path);
    match line {
        Some(line) => format!("{stem}-{line}"),
        None => stem,
    }
}

/// The file name of `path` without directories, compression suffix and
/// extension; `stdin` for `-`.
fn file_stem(path: &str) -> String {
    if path == "-" {
        return "stdin".to_string();
    }
    let path = path.split(['?', '#']).next().unwrap_or(path);
    let name = path
        .trim_end_matches(['/', '\\'])
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or("");
    let mut name = name;
    for compression in [".gz", ".bz2", ".zst", ".xz"] {
        if let Some(stripped) = name.strip_suffix(compression) {
            name = stripped;
        }
    }
    if let Some((stem, extension)) = name.rsplit_once('.') {
        if !stem.is_empty()
            && (1..=5).contains(&extension.len())
            && extension.chars().all(|c| c.is_ascii_alphanumeric())
        {
            name = stem;
        }
    }
    if name.is_empty() {
        "article".to_string()
    } else {
        name.to_string()
    }
}

#[cfg(test)]
mod tests;
