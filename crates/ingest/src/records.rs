//! JSON article records: `{"id", "url", "outlet", "title", "published",
//! "language", "text" | "html"}`, one per document, in an array, or one per line.

use chorus_model::{Body, Problem, RawArticle};
use serde_json::{Map, Value};

use crate::Item;

/// A JSON document: one record or an array of records.
pub(crate) fn read_json_document(text: &str, name: &str, sink: &mut dyn FnMut(Item)) {
    let value: Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(err) => return sink(Item::Problem(Problem::error(name, format!("invalid JSON: {err}")))),
    };
    match value {
        Value::Array(values) => {
            for (index, value) in values.into_iter().enumerate() {
                let at = format!("{name}[{index}]");
                emit(record_from_value(value, &at), sink);
            }
        }
        value => emit(record_from_value(value, name), sink),
    }
}

/// One line of a JSON Lines file; `at` is `path:line`.
pub(crate) fn read_json_record(line: &str, at: &str, sink: &mut dyn FnMut(Item)) {
    match serde_json::from_str::<Value>(line) {
        Ok(value) => emit(record_from_value(value, at), sink),
        Err(err) => sink(Item::Problem(Problem::error(at, format!("invalid JSON: {err}")))),
    }
}

fn emit(result: Result<RawArticle, Problem>, sink: &mut dyn FnMut(Item)) {
    sink(match result {
        Ok(article) => Item::Article(article),
        Err(problem) => Item::Problem(problem),
    });
}

fn record_from_value(value: Value, at: &str) -> Result<RawArticle, Problem> {
    let Value::Object(mut fields) = value else {
        return Err(Problem::error(at, "a JSON article record must be an object"));
    };
    let html = take_string(&mut fields, "html");
    let text = take_string(&mut fields, "text");
    let title = take_string(&mut fields, "title");
    let body = match (html, text) {
        (Some(html), _) if !html.trim().is_empty() => Body::Html(html),
        (_, Some(text)) => Body::Text(text),
        (Some(html), None) => Body::Html(html),
        // A headline alone still says which story an article belongs to.
        (None, None) if title.is_some() => Body::Text(String::new()),
        (None, None) => return Err(Problem::error(at, "record has no \"text\", \"html\" or \"title\"")),
    };
    Ok(RawArticle {
        input: at.to_string(),
        id: take_string(&mut fields, "id"),
        url: take_string(&mut fields, "url"),
        outlet: take_string(&mut fields, "outlet"),
        title,
        published: take_string(&mut fields, "published"),
        language: take_string(&mut fields, "language"),
        captured: None,
        body,
    })
}

/// A field as a string: strings as they are, numbers written out; null,
/// empty or other values as absent.
fn take_string(fields: &mut Map<String, Value>, key: &str) -> Option<String> {
    match fields.remove(key)? {
        Value::String(text) if !text.trim().is_empty() => Some(text),
        Value::Number(number) => Some(number.to_string()),
        _ => None,
    }
}
