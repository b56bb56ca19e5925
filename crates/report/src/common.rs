//! Helpers both renderers need: looking articles up by id, amounts of
//! figures, plurals.

use std::collections::HashMap;

use crate::{ArticleOut, FigureValueOut, Report};

/// Statements shown per story in Markdown and HTML, the best supported
/// first; the JSON report has them all.
pub(crate) const QUOTES_SHOWN: usize = 15;

/// How a quote's speaker and cue read before its text: `Emmanuel Macron
/// said`, or `According to Macron's office` when the cue is "according to"
/// (a cue that only reads before its source). The parts come back unescaped,
/// with a flag saying whether the speaker comes first.
pub(crate) fn attribution_parts(speaker: Option<&str>, cue: Option<&str>) -> (String, String, bool) {
    let speaker = speaker.unwrap_or("Unknown speaker").to_string();
    let cue = cue.unwrap_or("said").trim();
    let lower = cue.to_lowercase();
    if lower.starts_with("according") || lower == "per" {
        let mut chars = lower.chars();
        let capitalized = chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default();
        (capitalized, speaker, false)
    } else {
        (speaker, cue.to_string(), true)
    }
}

/// `1 story`, `2 stories`.
pub(crate) fn plural(count: usize, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
}

/// A figure value's amount: `300`, `300–4000`, `12 km`.
pub(crate) fn figure_amount(value: &FigureValueOut) -> String {
    let number = |x: f64| {
        if x.fract() == 0.0 && x.abs() < 1e15 {
            format!("{}", x as i64)
        } else {
            format!("{x}")
        }
    };
    let amount = if value.low != value.high {
        format!("{}–{}", number(value.low), number(value.high))
    } else {
        number(value.value)
    };
    match &value.unit {
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
