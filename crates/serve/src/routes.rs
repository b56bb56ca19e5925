//! From a request (method and target) to a reply, over the store. Nothing
//! here does IO besides reading the store, so routes are tested without a
//! socket as well as through one.

use chorus_store::{Store, StoryFilter, StorySummary};
use serde_json::{json, Value};

use crate::html;
use crate::query::Target;

/// Stories in a list when the request does not say.
const DEFAULT_LIMIT: usize = 50;
/// Most stories or articles in one list.
const MAX_LIMIT: usize = 500;

/// The OpenAPI document, written by hand.
const OPENAPI: &str = include_str!("openapi.json");

/// What to answer: status, headers and body.
#[derive(Debug)]
pub struct Reply {
    /// HTTP status code.
    pub status: u16,
    /// Header names and values.
    pub headers: Vec<(&'static str, String)>,
    /// The body.
    pub body: Vec<u8>,
}

impl Reply {
    fn json(status: u16, body: String) -> Reply {
        Reply {
            status,
            headers: vec![
                ("Content-Type", "application/json; charset=utf-8".to_string()),
                ("X-Content-Type-Options", "nosniff".to_string()),
                ("Access-Control-Allow-Origin", "*".to_string()),
            ],
            body: body.into_bytes(),
        }
    }

    fn json_error(status: u16, message: &str) -> Reply {
        Reply::json(status, json!({ "error": message }).to_string())
    }

    /// A page of the app; `csp` is false for story pages, which carry their
    /// own policy in a meta element (it allows their one script by hash).
    fn html(status: u16, body: String, csp: bool) -> Reply {
        let mut headers = vec![
            ("Content-Type", "text/html; charset=utf-8".to_string()),
            ("X-Content-Type-Options", "nosniff".to_string()),
            ("Referrer-Policy", "no-referrer".to_string()),
            ("X-Frame-Options", "DENY".to_string()),
        ];
        if csp {
            headers.push((
                "Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
                    .to_string(),
            ));
        }
        Reply {
            status,
            headers,
            body: body.into_bytes(),
        }
    }
}

/// Answer one request.
pub fn handle(store: &Store, method: &str, url: &str) -> Reply {
    let target = Target::parse(url);
    let api = target.segments.first().is_some_and(|s| s == "api");
    if method != "GET" && method != "HEAD" {
        let mut reply = if api {
            Reply::json_error(405, "only GET is supported")
        } else {
            Reply::html(
                405,
                html::message_page("Method not allowed", "Only GET is supported."),
                true,
            )
        };
        reply.headers.push(("Allow", "GET, HEAD".to_string()));
        return reply;
    }
    let segments: Vec<&str> = target.segments.iter().map(String::as_str).collect();
    let result = match segments.as_slice() {
        ["api", "openapi.json"] => Ok(Reply::json(200, OPENAPI.to_string())),
        ["api", "stories"] => api_stories(store, &target),
        ["api", "stories", id] => api_story(store, id),
        ["api", "articles", id] => api_article(store, id),
        ["api", "entities", name] => api_entity(store, name),
        ["api", ..] => Ok(Reply::json_error(404, "no such endpoint; see /api/openapi.json")),
        [] => story_list_page(store, &target),
        ["search"] => search_page(store, &target),
        ["stories", id] => story_page(store, id),
        ["entities", name] => entity_page(store, name),
        _ => Ok(not_found_page()),
    };
    result.unwrap_or_else(|err| {
        eprintln!("chorus serve: {url}: {err}");
        if api {
            Reply::json_error(500, "the store could not answer; see the server's log")
        } else {
            Reply::html(
                500,
                html::message_page(
                    "Something went wrong",
                    "The store could not answer; see the server's log.",
                ),
                true,
            )
        }
    })
}

/// A `YYYY-MM-DD` query parameter; anything else is no date.
fn date_param(target: &Target, name: &str) -> Option<String> {
    target.param(name).filter(|d| {
        let bytes = d.as_bytes();
        bytes.len() == 10
            && bytes.iter().enumerate().all(|(i, b)| {
                if i == 4 || i == 7 {
                    *b == b'-'
                } else {
                    b.is_ascii_digit()
                }
            })
    })
}

fn filter(target: &Target) -> StoryFilter {
    let limit = target
        .param("limit")
        .and_then(|l| l.parse::<usize>().ok())
        .unwrap_or(DEFAULT_LIMIT)
        .clamp(1, MAX_LIMIT);
    StoryFilter {
        query: target.param("q"),
        outlet: target.param("outlet"),
        entity: target.param("entity"),
        from: date_param(target, "from"),
        to: date_param(target, "to"),
        limit,
    }
}

fn summary_json(story: &StorySummary) -> Value {
    json!({
        "id": story.id,
        "headline": story.headline,
        "articles": story.articles,
        "outlets": story.outlets,
        "independent": story.independent,
        "disputed": story.disputed,
        "newest": story.newest,
        "href": format!("/api/stories/{}", story.id),
    })
}

fn api_stories(store: &Store, target: &Target) -> Result<Reply, chorus_store::Error> {
    let stories = store.stories(&filter(target))?;
    let list: Vec<Value> = stories.iter().map(summary_json).collect();
    Ok(Reply::json(
        200,
        json!({ "count": list.len(), "stories": list }).to_string(),
    ))
}

fn api_story(store: &Store, id: &str) -> Result<Reply, chorus_store::Error> {
    Ok(match store.story_json(id)? {
        Some(json) => Reply::json(200, json),
        None => Reply::json_error(404, "no such story"),
    })
}

fn api_article(store: &Store, id: &str) -> Result<Reply, chorus_store::Error> {
    Ok(match store.article(id)? {
        Some(article) => Reply::json(200, article.to_string()),
        None => Reply::json_error(404, "no such article"),
    })
}

/// A person, organization or place across stories: its canonical names,
/// the stories that name it, and the quotes it is the speaker of.
pub(crate) struct EntityView {
    pub(crate) names: Vec<String>,
    pub(crate) stories: Vec<StorySummary>,
    /// Each quote of the report contract, with the id of its story added.
    pub(crate) quotes: Vec<Value>,
}

fn entity(store: &Store, name: &str) -> Result<Option<EntityView>, chorus_store::Error> {
    let names = store.entity_names(name)?;
    if names.is_empty() {
        return Ok(None);
    }
    let stories = store.stories(&StoryFilter {
        entity: Some(name.to_string()),
        limit: MAX_LIMIT,
        ..StoryFilter::default()
    })?;
    let mut quotes = Vec::new();
    for story in &stories {
        let Some(json) = store.story_json(&story.id)? else {
            continue;
        };
        // A story the store wrote itself; one that does not parse has no quotes to show.
        let Ok(value) = serde_json::from_str::<Value>(&json) else {
            continue;
        };
        for quote in value["quotes"].as_array().into_iter().flatten() {
            // The entity the speaker is or belongs to ("Emmanuel Macron" for
            // his office); reports stored before `speaker_entity` give the
            // speaker alone.
            let speaker = quote.get("speaker_entity").unwrap_or(&quote["speaker"]);
            let by_entity = speaker.as_str().is_some_and(|s| names.iter().any(|n| n == s));
            if by_entity {
                let mut quote = quote.clone();
                quote["story"] = json!(story.id);
                quotes.push(quote);
            }
        }
    }
    Ok(Some(EntityView { names, stories, quotes }))
}

fn api_entity(store: &Store, name: &str) -> Result<Reply, chorus_store::Error> {
    Ok(match entity(store, name)? {
        Some(view) => Reply::json(
            200,
            json!({
                "names": view.names,
                "stories": view.stories.iter().map(summary_json).collect::<Vec<_>>(),
                "quotes": view.quotes,
            })
            .to_string(),
        ),
        None => Reply::json_error(404, "no story names this entity"),
    })
}

fn entity_page(store: &Store, name: &str) -> Result<Reply, chorus_store::Error> {
    Ok(match entity(store, name)? {
        Some(view) => Reply::html(200, html::entity_page(&view), true),
        None => Reply::html(
            404,
            html::message_page("Not found", "No story names this entity."),
            true,
        ),
    })
}

fn story_list_page(store: &Store, target: &Target) -> Result<Reply, chorus_store::Error> {
    let filter = filter(target);
    let stories = store.stories(&filter)?;
    let total = store.article_count()?;
    Ok(Reply::html(200, html::story_list_page(&stories, &filter, total), true))
}

fn search_page(store: &Store, target: &Target) -> Result<Reply, chorus_store::Error> {
    let filter = filter(target);
    let query = filter.query.clone().unwrap_or_default();
    let stories = store.stories(&filter)?;
    let articles = store.search_articles(&query, filter.limit)?;
    let entities = store.entity_names(&query)?;
    Ok(Reply::html(
        200,
        html::search_page(&query, &entities, &stories, &articles),
        true,
    ))
}

fn story_page(store: &Store, id: &str) -> Result<Reply, chorus_store::Error> {
    Ok(match store.story_page(id)? {
        Some(page) => Reply::html(200, html::with_home_link(page), false),
        None => not_found_page(),
    })
}

fn not_found_page() -> Reply {
    Reply::html(
        404,
        html::message_page("Not found", "There is nothing at this address."),
        true,
    )
}
