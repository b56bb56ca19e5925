//! Byline lines: "By Asbarez | Thursday, 01 October 2020", "by Brittany
//! Hardaway", "By JOHN SMITH, Associated Press", "Par Jean Dupont".
//!
//! A byline is page furniture, not body text, but it carries metadata: who
//! wrote or published the article and when. A line is read as a byline only
//! when every part of it fits: a name of capitalized words after "By", then
//! only dates and short capitalized names or roles. "By Thursday, the death
//! toll had risen" is a sentence, not a byline.

use chrono::NaiveDateTime;

use crate::dates::parse_date;

/// What a byline line says.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Byline {
    /// The name after "By": a person or an outlet.
    pub name: String,
    /// A further name that reads as an organization ("Associated Press" in
    /// "By John Smith, Associated Press").
    pub organization: Option<String>,
    /// The date on the byline, if any.
    pub published: Option<NaiveDateTime>,
}

const PREFIXES: &[&str] = &[
    "written by ",
    "posted by ",
    "story by ",
    "words by ",
    "by ",
    "par ",
    "von ",
    "por ",
    "автор: ",
    "автор ",
    "autor: ",
    "autor ",
    "συντάκτης: ",
];

/// Words that name a role rather than an organization.
const ROLES: &[&str] = &[
    "staff",
    "writer",
    "reporter",
    "correspondent",
    "editor",
    "contributor",
    "columnist",
    "special",
    "senior",
    "chief",
    "political",
    "producer",
    "photographer",
    "intern",
    "journaliste",
    "redakteur",
    "redaktion",
    "corresponsal",
    "redacción",
    "корреспондент",
];

/// Words that may stand lower-case inside a name.
const CONNECTORS: &[&str] = &[
    "and", "&", "de", "van", "von", "der", "den", "al", "bin", "la", "le", "du", "y", "da", "di", "of", "the", "for",
    "et", "und", "и",
];

/// Reads `line` as a byline.
pub fn parse_byline(line: &str) -> Option<Byline> {
    if line.split_whitespace().count() > 16 {
        return None;
    }
    let lower = line.to_lowercase();
    let prefix = PREFIXES.iter().find(|p| lower.starts_with(**p))?;
    // The prefixes are ASCII or start a line that lower-cases to the same
    // byte length; check the boundary instead of assuming it.
    let rest = line.get(prefix.len()..)?.trim();
    let segments: Vec<&str> = split_segments(rest).into_iter().map(str::trim).collect();
    let (name, rest) = segments.split_first()?;
    if !is_name(name) {
        return None;
    }
    let mut byline = Byline {
        name: name.to_string(),
        ..Byline::default()
    };
    let mut i = 0;
    while i < rest.len() {
        if rest[i].is_empty() {
            i += 1;
            continue;
        }
        // Dates have commas of their own ("Thursday, 01 October 2020"): try
        // the longest run of segments that reads as one date.
        let date = (i + 1..=rest.len())
            .rev()
            .find_map(|end| parse_date(&rest[i..end].join(", ")).map(|date| (date, end)));
        if let Some((date, end)) = date {
            byline.published.get_or_insert(date);
            i = end;
            continue;
        }
        let segment = rest[i];
        if is_name(segment) && !is_role(segment) {
            byline.organization.get_or_insert_with(|| segment.to_string());
        } else if !is_role(segment) {
            return None;
        }
        i += 1;
    }
    Some(byline)
}

/// Whether `line` is a byline without "By": names, a comma, then a role or
/// a news agency ("Tom Krisher, AP Auto Writer", "Meg Kinnard and Errin
/// Haines, Associated Press").
pub fn is_name_with_role(line: &str) -> bool {
    let Some((names, rest)) = line.split_once(',') else {
        return false;
    };
    let (names, rest) = (names.trim(), rest.trim());
    if names.split_whitespace().count() < 2 || !is_name(names) || rest.is_empty() || rest.contains(',') {
        return false;
    }
    let lower = rest.to_lowercase();
    is_role(rest) || lower == "associated press" || lower.split_whitespace().all(crate::furniture::is_agency)
}

/// Splits at `|`, `·`, dashes and commas, and before "on" or "updated".
fn split_segments(text: &str) -> Vec<&str> {
    let mut segments = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let cut = match c {
            '|' | '·' | '•' | '–' | '—' | ',' => Some(c.len_utf8()),
            '-' if i > 0 && bytes.get(i - 1) == Some(&b' ') && bytes.get(i + 1) == Some(&b' ') => Some(1),
            ' ' => {
                let rest = &text[i + 1..];
                let lower_start: String = rest.chars().take(8).flat_map(char::to_lowercase).collect();
                (lower_start.starts_with("on ")
                    || lower_start.starts_with("updated")
                    || lower_start.starts_with("posted")
                    || lower_start.starts_with("published"))
                .then_some(1)
            }
            _ => None,
        };
        if let Some(len) = cut {
            segments.push(&text[start..i]);
            start = i + len;
            if c == ' ' {
                // "on" is a separator word: skip it, keep "updated" for the
                // date parser, which knows it.
                let rest = &text[start..];
                if rest.get(..3).is_some_and(|on| on.eq_ignore_ascii_case("on ")) {
                    start += 3;
                    while chars.peek().is_some_and(|&(j, _)| j < start) {
                        chars.next();
                    }
                }
            }
        }
    }
    segments.push(&text[start..]);
    segments
}

/// One to six capitalized words (connectors aside), letters only.
fn is_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.is_empty() || words.len() > 6 {
        return false;
    }
    let mut capitalized = 0;
    for word in &words {
        let lower = word.to_lowercase();
        if CONNECTORS.contains(&lower.as_str()) && capitalized > 0 || lower == "the" {
            continue;
        }
        let mut chars = word.chars();
        let Some(first) = chars.next() else {
            return false;
        };
        if !first.is_uppercase() {
            return false;
        }
        if !word
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'))
        {
            return false;
        }
        if parse_date(word).is_some() || is_calendar_word(&lower) {
            return false;
        }
        capitalized += 1;
    }
    capitalized > 0
        && words
            .iter()
            .any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
}

fn is_calendar_word(lower: &str) -> bool {
    let lower = lower.trim_end_matches(['.', ',']);
    // Not "may": a byline's "may" is the verb more often than the month.
    chorus_text::is_english_weekday(lower, false)
        || (lower != "may" && chorus_text::is_english_month(lower))
        || matches!(lower, "today" | "yesterday" | "then" | "now")
}

fn is_role(text: &str) -> bool {
    text.split_whitespace().all(|word| {
        let lower = word.to_lowercase();
        ROLES.contains(&lower.as_str()) || CONNECTORS.contains(&lower.as_str())
    }) || text.split_whitespace().count() <= 4
        && text
            .split_whitespace()
            .any(|word| ROLES.contains(&word.to_lowercase().as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bylines_without_by_are_names_then_a_role() {
        for line in [
            "Tom Krisher, Ap Auto Writer",
            "Meg Kinnard and Errin Haines, Associated Press",
            "Jane Roe, Reuters",
        ] {
            assert!(is_name_with_role(line), "{line}");
        }
        for line in [
            "Paris, France",
            "Smith, who wrote the report",
            "John Smith, 42, a teacher",
            "Oh, Writer",
        ] {
            assert!(!is_name_with_role(line), "{line}");
        }
    }

    #[test]
    fn reads_bylines_with_dates() {
        let byline = parse_byline("By Asbarez | Thursday, 01 October 2020").expect("a byline");
        assert_eq!(byline.name, "Asbarez");
        assert_eq!(
            byline.published.map(|d| d.to_string()),
            Some("2020-10-01 00:00:00".into())
        );
        let byline = parse_byline("By JOHN SMITH, Associated Press").expect("a byline");
        assert_eq!(byline.name, "JOHN SMITH");
        assert_eq!(byline.organization.as_deref(), Some("Associated Press"));
        let byline = parse_byline("by Brittany Hardaway").expect("a byline");
        assert_eq!(byline.name, "Brittany Hardaway");
        let byline = parse_byline("By Jane Doe, Staff Writer").expect("a byline");
        assert_eq!(byline.organization, None);
        let byline = parse_byline("By Jane Doe on October 1, 2020").expect("a byline");
        assert!(byline.published.is_some());
    }

    #[test]
    fn refuses_sentences() {
        for line in [
            "By Thursday, the death toll had risen to 10.",
            "By the time police arrived, the man had fled.",
            "By then it was too late",
            "Byron Smith was arrested",
            "By Friday Police Chief Smith said the case was closed",
        ] {
            assert_eq!(parse_byline(line), None, "{line}");
        }
    }
}
