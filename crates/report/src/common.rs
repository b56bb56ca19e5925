//! Helpers both renderers need: looking articles up by id, reading
//! citations out of the loosely typed quote and figure values, plurals.

use std::collections::HashMap;

use serde_json::Value;

use crate::{ArticleOut, Citation, Report};

/// `1 story`, `2 stories`.
pub(crate) fn plural(count: usize, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
}

/// A JSON value as one line of text; a string as itself, without quotes.
pub(crate) fn compact_json(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

/// A figure value's amount: `300`, `300–4000`, `12 km`, or `?`.
pub(crate) fn figure_amount(value: &Value) -> String {
    let number = |name: &str| value.get(name).filter(|field| field.is_number()).map(Value::to_string);
    let amount = match (number("value"), number("low"), number("high")) {
        (_, Some(low), Some(high)) if low != high => format!("{low}–{high}"),
        (Some(exact), _, _) => exact,
        (None, Some(low), _) => low,
        (None, None, Some(high)) => high,
        (None, None, None) => "?".to_string(),
    };
    match value.get("unit").and_then(Value::as_str) {
        Some(unit) => format!("{amount} {unit}"),
        None => amount,
    }
}

/// Whether a URL may be written as a link: only the web, never `javascript:`
/// or `data:`.
pub(crate) fn is_web_url(url: &str) -> bool {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// The citations in a loosely typed quote, figure value or other JSON object:
/// its `citations` array of `{"article": id, "sentence": k}`. Malformed
/// entries are skipped.
pub(crate) fn citations_in(value: &Value) -> Vec<Citation> {
    let Some(items) = value.get("citations").and_then(Value::as_array) else {
        return Vec::new();
    };
    items
        .iter()
        .filter_map(|item| {
            let article = item.get("article")?.as_str()?;
            let sentence = usize::try_from(item.get("sentence")?.as_u64()?).ok()?;
            Some(Citation { article: article.to_string(), sentence })
        })
        .collect()
}

/// The report's articles by id, with their 1-based numbers.
pub(crate) struct ArticleIndex<'a> {
    by_id: HashMap<&'a str, (usize, &'a ArticleOut)>,
}

impl<'a> ArticleIndex<'a> {
    pub(crate) fn new(report: &'a Report) -> ArticleIndex<'a> {
        let mut by_id = HashMap::with_capacity(report.articles.len());
        for (number, article) in (1..).zip(&report.articles) {
            // Ids are unique by contract; if not, the first one wins.
            by_id.entry(article.id.as_str()).or_insert((number, article));
        }
        ArticleIndex { by_id }
    }

    /// The 1-based number of the article in the report's list, and the article.
    pub(crate) fn get(&self, id: &str) -> Option<(usize, &'a ArticleOut)> {
        self.by_id.get(id).copied()
    }

    /// The 1-based number of the article in the report's list.
    pub(crate) fn number(&self, id: &str) -> Option<usize> {
        self.get(id).map(|(number, _)| number)
    }

}
