//! Numbers written in digits: "300", "1,000", "4 000" (a space groups
//! thousands in French, German and Spanish, a no-break space in any
//! language), "2.300" (German), "1.5 million", "$3bn", "300-odd", "10km";
//! and what such a number is when it is no figure.
//!
//! The value of a digit token is the one the text stage normalized, with
//! the language's decimal mark ("2.300" is 2300 in German, 2.3 in
//! English).
//!
//! A number is no figure when it is part of a date ("September 30",
//! "30/09/2020"), a year ("in 1994": four plain digits from 1800 to 2100
//! with no unit or currency, unless a qualifier and a counted noun make it
//! a count, "at least 2000 people"), a time ("10:30", "9 pm"), an age
//! ("aged 17", "Smith, 45,", "17 years old"; "17-year-old" is one word
//! and never a number), a duration back in time ("two days ago", "vor zwei
//! Tagen": a date), an ordinal ("30th"), a decade ("1990s"), a label ("No.
//! 5", "Resolution 2254", "Boeing 737"), an address ("10 Downing Street"),
//! a list number at the start of a sentence ("1."), a phone number or a
//! code (three or more numbers joined by `-`, `/`, `:`; a leading zero), a
//! fraction or a reference ("42/9"), or a score ("3-1").

use chorus_model::Approximation;

use crate::lexicon::{Lang, Table, UnitKind, AGE, AGO, AGO_BEFORE, LABEL, MONTH, NONE, OLD, STREET, TIME};
use crate::view::View;

/// A number found at some tokens, before its qualifiers, unit and range.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Num {
    /// First token.
    pub first: usize,
    /// Last token.
    pub last: usize,
    /// The value (middle of `low..=high` for a vague quantity).
    pub value: f64,
    /// Lowest value meant.
    pub low: f64,
    /// Highest value meant.
    pub high: f64,
    /// Approximation the number itself says: "hundreds" is vague, "une
    /// centaine" and "300-odd" approximate.
    pub approximation: Option<Approximation>,
    /// Four plain digits from 1800 to 2100: maybe a year.
    pub year_like: bool,
    /// Written in digits, without separators or multiplier.
    pub plain_digits: bool,
    /// The multiplier applied to the digits ("1.5 million": 1e6), 1 when
    /// none; the low end of a range takes it too ("1.5 to 2 million").
    pub scale: f64,
    /// The word "one" alone, kept only before a known counted noun.
    pub one: bool,
    /// A unit joined to the digits ("10km").
    pub unit: Option<(&'static str, UnitKind)>,
}

impl Num {
    /// A number of one value.
    pub fn single(first: usize, last: usize, value: f64) -> Num {
        Num {
            first,
            last,
            value,
            low: value,
            high: value,
            approximation: None,
            year_like: false,
            plain_digits: false,
            scale: 1.0,
            one: false,
            unit: None,
        }
    }
}

/// Spaces that may group thousands in every language: no-break space,
/// narrow no-break space, thin space.
const GROUPING_SPACES: [&str; 3] = ["\u{a0}", "\u{202f}", "\u{2009}"];

/// Languages whose decimal mark is a comma, for numbers inside words
/// ("1,5m"); the text stage has already normalized number tokens.
const DECIMAL_COMMA: &[&str] = &[
    "de", "fr", "es", "it", "pt", "nl", "ru", "pl", "tr", "sv", "da", "nb", "no", "fi", "cs", "ro", "uk", "hu", "el",
    "bg", "hr", "sr", "sk", "sl", "id", "vi", "az", "hy", "ka",
];

/// A number in digits at token `i` of a sentence ending at `end`.
/// `money`: a currency comes before, so "m", "bn", "k" after the number
/// are multipliers.
pub(crate) fn digits_at(
    view: &View,
    table: &Table,
    lang: Lang,
    language: Option<&str>,
    i: usize,
    end: usize,
    money: bool,
) -> Option<Num> {
    let raw = view.raw(i);
    let mut num = if view.is_number(i) {
        let value = view.value(i)?;
        if raw.len() > 1 && raw.starts_with('0') && raw.as_bytes().get(1).is_some_and(u8::is_ascii_digit) {
            return None;
        }
        let mut num = Num::single(i, i, value);
        let all_digits = raw.bytes().all(|b| b.is_ascii_digit());
        if raw.len() <= 3 || !all_digits {
            num = space_groups(view, lang, num, end);
        }
        num.plain_digits = all_digits && num.last == i;
        num.year_like = num.plain_digits && raw.len() == 4 && (1800.0..=2100.0).contains(&value);
        num
    } else if view.is_word(i) && raw.starts_with(|c: char| c.is_ascii_digit()) {
        digit_word(view, table, language, i)?
    } else {
        return None;
    };
    // "1.5 million", "3 millions", "2 Milliarden", "$3 bn".
    for _ in 0..2 {
        let next = num.last + 1;
        if next >= end || num.unit.is_some() {
            break;
        }
        let word = view.word(next);
        let multiplier = view.entry(next).multiplier;
        let abbreviation = word.len() <= 2 || word.ends_with('.');
        if multiplier <= 0.0 || (abbreviation && !money) || multiplier == 12.0 {
            break;
        }
        num.value *= multiplier;
        num.low *= multiplier;
        num.high *= multiplier;
        num.last = next;
        num.scale *= multiplier;
        num.plain_digits = false;
        num.year_like = false;
    }
    Some(num)
}

/// Extend a number over following groups of three digits separated by a
/// grouping space: "4 000", "12 000 000".
fn space_groups(view: &View, lang: Lang, mut num: Num, end: usize) -> Num {
    while num.last + 1 < end {
        let next = num.last + 1;
        let group = view.raw(next);
        let gap = view.gap_before(next);
        let grouping = GROUPING_SPACES.contains(&gap) || (gap == " " && lang.space_groups_thousands());
        let three_digits = group.len() == 3 && group.bytes().all(|b| b.is_ascii_digit());
        // "1 000 2" is no group: the next group must not be followed by a
        // lone digit token of another length.
        if !(grouping && three_digits && view.is_number(next)) {
            break;
        }
        let Some(value) = view.value(next) else { break };
        num.value = num.value * 1000.0 + value;
        num.low = num.value;
        num.high = num.value;
        num.last = next;
    }
    num
}

/// A word that starts with digits: "3bn", "1.5m", "300-odd", "10km".
/// Ordinals ("30th"), decades ("1990s") and compounds ("17-year-old") are
/// no numbers.
fn digit_word(view: &View, table: &Table, language: Option<&str>, i: usize) -> Option<Num> {
    let word = view.word(i);
    let split = word
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(word.len());
    let (digits, suffix) = word.split_at(split);
    let digits = digits.trim_end_matches([',', '.']);
    let decimal_comma = language.is_some_and(|l| DECIMAL_COMMA.contains(&l.get(..2).unwrap_or(l)));
    let value = parse_number(digits, decimal_comma)?;
    let mut num = Num::single(i, i, value);
    let multiplier = match suffix {
        "m" | "mn" => 1e6,
        "bn" | "b" => 1e9,
        "tn" => 1e12,
        "k" => 1e3,
        "-odd" => {
            num.approximation = Some(Approximation::About);
            1.0
        }
        "-plus" | "+" => {
            num.approximation = Some(Approximation::AtLeast);
            1.0
        }
        "-strong" => 1.0,
        _ => {
            let unit = table.get(suffix.trim_start_matches('-')).unit;
            match unit {
                Some((code, UnitKind::Measure)) if !suffix.starts_with('-') => {
                    num.unit = Some((code, UnitKind::Measure));
                    1.0
                }
                _ => return None,
            }
        }
    };
    num.value *= multiplier;
    num.low = num.value;
    num.high = num.value;
    num.scale = multiplier;
    Some(num)
}

/// The value of digits with separators: when both `,` and `.` occur, the
/// last one is decimal; one that occurs several times groups; one that
/// occurs once groups when three digits follow and it is the language's
/// grouping mark, else it is decimal.
pub(crate) fn parse_number(text: &str, decimal_comma: bool) -> Option<f64> {
    if text.is_empty() || !text.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let commas = text.matches(',').count();
    let periods = text.matches('.').count();
    let last = text.rfind([',', '.']);
    let decimal_at = match (commas, periods) {
        (0, 0) => None,
        (c, p) if c > 0 && p > 0 => last.filter(|&at| {
            let mark = text.as_bytes()[at] as char;
            text.matches(mark).count() == 1
        }),
        (c, p) if c + p > 1 => None,
        _ => last.filter(|&at| {
            let grouping = if decimal_comma { b'.' } else { b',' };
            !(text.as_bytes()[at] == grouping && text.len() - at - 1 == 3)
        }),
    };
    let mut normalized = String::with_capacity(text.len());
    for (at, c) in text.char_indices() {
        match c {
            ',' | '.' if Some(at) == decimal_at => normalized.push('.'),
            ',' | '.' => {}
            c => normalized.push(c),
        }
    }
    normalized.parse().ok().filter(|v: &f64| v.is_finite())
}

/// Whether the number (or the range of two numbers) `num` is no figure
/// but part of a date, a time, an age, a label…; `start..end` is its
/// sentence. The year rule is left to the caller, which knows the
/// qualifiers and the counted noun.
pub(crate) fn not_a_figure(view: &View, lang: Lang, num: &Num, start: usize, end: usize) -> bool {
    let (first, last) = (num.first, num.last);
    let entry_at = |k: usize| {
        if k >= start && k < end {
            view.entry(k)
        } else {
            &NONE
        }
    };
    let before = first.checked_sub(1).filter(|&k| k >= start);
    let after = (last + 1 < end).then_some(last + 1);
    let is_month =
        |k: usize| entry_at(k).roles & MONTH != 0 && (!matches!(lang, Lang::En | Lang::De) || view.capitalized(k));

    // Joined to other numbers: "30/09/2020", "42/9", "10:30", "555-0100".
    let joined_number_before = before.is_some_and(|b| {
        view.joined(first)
            && matches!(view.word(b), "/" | ":" | "-" | "." | "–")
            && b > start
            && view.is_number(b - 1)
            && view.joined(b)
    });
    let joined_number_after = after.is_some_and(|a| {
        view.joined(a)
            && matches!(view.word(a), "/" | ":" | "." | "-" | "–")
            && a + 1 < end
            && view.is_number(a + 1)
            && view.joined(a + 1)
    });
    if joined_number_before || joined_number_after {
        return true;
    }
    // Dates: a month name before (skipping a period) or after (skipping a
    // period, "of", "de").
    if let Some(b) = before {
        if is_month(b) || (view.word(b) == "." && b > start && is_month(b - 1)) {
            return true;
        }
    }
    if let Some(a) = after {
        let mut k = a;
        if matches!(view.word(k), "." | "of" | "de") && k + 1 < end {
            k += 1;
        }
        if is_month(k) {
            return true;
        }
    }
    // Times, ages, durations back in time, addresses.
    if let Some(a) = after {
        let entry = entry_at(a);
        if entry.roles & TIME != 0 {
            return true;
        }
        // "10 Downing Street", "800 W. Saratoga Street", "412 NE 21st
        // Street", "the 500 block".
        let street = |k: usize| entry_at(k).roles & STREET != 0;
        let named_street = (a..(a + 4).min(end))
            .take_while(|&k| view.capitalized(k) || view.word(k) == "." || is_ordinal(view.raw(k)))
            .any(|k| street(k) && view.capitalized(k) && ends_street_name(view, k, end));
        if named_street || (street(a) && matches!(view.word(a), "block" | "blocks")) {
            return true;
        }
        if is_house_number(view, first, last, a, end) {
            return true;
        }
        // A phone number: "(904) 359-4549", "359-4549".
        let area_code = before.is_some_and(|b| view.word(b) == "(") && view.word(a) == ")" && view.is_number(a + 1);
        let local_number = view.word(a) == "-"
            && view.joined(a)
            && view.joined(a + 1)
            && view.raw(first).len() == 3
            && view.raw(a + 1).len() == 4;
        if area_code || local_number {
            return true;
        }
        if entry.unit.is_some() && (entry_at(a + 1).roles & (AGO | OLD) != 0) {
            return true;
        }
    }
    if let Some(b) = before {
        // A caliber: ".44 revolver", ".22-caliber rifle" (a period joined
        // to the number with no number before it).
        let joined_number = b > start && view.is_number(b - 1) && view.joined(b);
        if view.word(b) == "." && view.joined(first) && !joined_number {
            return true;
        }
        let entry = entry_at(b);
        if entry.roles & (AGE | LABEL | AGO_BEFORE) != 0 {
            return true;
        }
        if view.word(b) == "of" && b > start && entry_at(b - 1).roles & AGE != 0 {
            return true;
        }
        // "il y a deux jours".
        if view.word(b) == "a" && b >= start + 2 && view.word(b - 1) == "y" && view.word(b - 2) == "il" {
            return true;
        }
        // A phone number: "+1 202".
        if view.word(b) == "+" && view.joined(first) {
            return true;
        }
        // "Smith, 45, said": an age after a name.
        let comma_after = after.is_some_and(|a| view.word(a) == ",");
        let name_before_comma = b > start && view.capitalized(b - 1) && view.is_word(b - 1);
        if view.word(b) == "," && comma_after && num.plain_digits && num.value < 120.0 && name_before_comma {
            return true;
        }
        // "Boeing 737", "Windows 10": a name with a number.
        let name_before = view.is_word(b)
            && view.capitalized(b)
            && b > start
            && !view.stop(b)
            && entry.roles == 0
            && entry.unit.is_none();
        if name_before && num.plain_digits && view.raw(first).len() <= 4 && !unit_follows(view, after) {
            return true;
        }
    }
    // A list number: "1." or "2)" opening a sentence, or a number alone.
    if first == start {
        let alone = last + 1 == end;
        let marker = after.is_some_and(|a| matches!(view.word(a), "." | ")"));
        if alone || marker {
            return true;
        }
    }
    false
}

/// Whether a unit or a percent sign is at token `after`.
fn unit_follows(view: &View, after: Option<usize>) -> bool {
    after.is_some_and(|a| view.entry(a).unit.is_some())
}

/// Whether the street word at token `k` (of a sentence ending at token
/// `end`) ends a street's name. "Highway" and "Court" also name a patrol
/// or a court: not before a capitalized word ("40 Highway Patrol
/// troopers") nor, for "Court", a plural noun that tells what was counted
/// ("12 Circuit Court deputies"). Other street words end it always ("87
/// Lynnfield St. Police said", "15233 Bridge Street Fort Worth").
fn ends_street_name(view: &View, k: usize, end: usize) -> bool {
    let word = view.word(k);
    if !matches!(word, "court" | "highway" | "hwy" | "hwy.") || k + 1 >= end {
        return true;
    }
    let next = view.word(k + 1);
    let counted = word == "court" && next.len() > 3 && next.ends_with('s') && !next.ends_with("ss");
    !view.capitalized(k + 1) && !counted
}

/// Whether the number `first..=last`, with token `a` after it, is a house
/// number or a postal code with no street word: plain digits, then a
/// capitalized word that is no plural ("2000 Democrats") and names no
/// people, unit or nation, when the number
/// has four digits or more ("3345 Broadway", "TX 75231 Station") or an
/// east or west comes next ("303 East Base Line", "312 E. Base Line").
/// After "north" or "south", which also open a place or a nation's people
/// ("300 North Korean troops", "40 South Dakota residents"), the name must
/// end the phrase: the sentence ends, punctuation, "in", "on", "at", "near"
/// or a weekday comes next ("in front of 312 North Seminary.", "on 313
/// North Seminary Monday").
fn is_house_number(view: &View, first: usize, last: usize, a: usize, end: usize) -> bool {
    let raw = view.raw(first);
    if first != last || !raw.bytes().all(|b| b.is_ascii_digit()) || !view.capitalized(a) {
        return false;
    }
    let a_name = |k: usize| {
        k < end
            && view.capitalized(k)
            && !view.word(k).ends_with('s')
            && crate::concepts::class_of(view.word(k)).is_none()
            && crate::concepts::nation_of(view.word(k)).is_none()
            && view.entry(k).unit.is_none()
    };
    let compass = matches!(
        view.word(a),
        "e" | "w" | "n" | "s" | "e." | "w." | "n." | "s." | "east" | "west"
    );
    let next = if view.word(a + 1) == "." { a + 2 } else { a + 1 };
    let ends_phrase = |k: usize| {
        k >= end
            || !view.is_word(k)
            || matches!(view.word(k), "in" | "on" | "at" | "near")
            || chorus_text::is_english_weekday(view.word(k), false)
    };
    let north_south = matches!(view.word(a), "north" | "south") && a_name(a + 1) && ends_phrase(a + 2);
    (raw.len() >= 4 && a_name(a)) || (compass && a_name(next)) || north_south
}

/// Whether a word is an ordinal in digits: "21st", "2nd", "3rd", "17th".
fn is_ordinal(raw: &str) -> bool {
    let digits = raw.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &raw[digits.len()..];
    !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && matches!(suffix.to_ascii_lowercase().as_str(), "st" | "nd" | "rd" | "th")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators_follow_the_language() {
        assert_eq!(parse_number("1,500", false), Some(1500.0));
        assert_eq!(parse_number("1.5", false), Some(1.5));
        assert_eq!(parse_number("2.300", true), Some(2300.0));
        assert_eq!(parse_number("2,5", true), Some(2.5));
        assert_eq!(parse_number("1,000,000", false), Some(1e6));
        assert_eq!(parse_number("1.234,5", true), Some(1234.5));
        assert_eq!(parse_number("", false), None);
        assert_eq!(parse_number(",5", false), None);
    }
}
