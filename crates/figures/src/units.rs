//! Units of figures: currencies before a number ("$1,500", "US$2m", "€3
//! million", "USD 500") or after it ("1,500 dollars", "3 millions
//! d'euros", "300 €", "500 EUR"), percent ("17%", "17 percent", "17 per
//! cent", "17 Prozent", "17 por ciento", percentage points `pp`), and
//! measures and durations ("5 km", "four days").
//!
//! Currencies are written as ISO 4217 codes. `$` alone is the US dollar;
//! `C$`, `A$`, `HK$`… are their own dollars. Pounds are money after a
//! multiplier ("5 million pounds") and a weight (`lb`) otherwise; `£` is
//! always money.

use crate::lexicon::{Table, UnitKind, NONE, OF, PERCENT_START};
use crate::view::View;

/// A unit found in the text, with the tokens it covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct UnitAt {
    /// The unit: an ISO 4217 code, `%`, `pp`, `km`, `days`…
    pub code: &'static str,
    /// What it measures.
    pub kind: UnitKind,
    /// First token of the unit.
    pub first: usize,
    /// Last token of the unit.
    pub last: usize,
}

/// Currency symbols.
const SYMBOLS: &[(&str, &str)] = &[
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("₽", "RUB"),
    ("₺", "TRY"),
    ("₹", "INR"),
    ("₴", "UAH"),
    ("₪", "ILS"),
    ("₩", "KRW"),
    ("₼", "AZN"),
    ("֏", "AMD"),
];

/// Letters joined before `$` that name another dollar.
const DOLLARS: &[(&str, &str)] = &[
    ("US", "USD"),
    ("C", "CAD"),
    ("CA", "CAD"),
    ("A", "AUD"),
    ("AU", "AUD"),
    ("NZ", "NZD"),
    ("HK", "HKD"),
    ("S", "SGD"),
];

/// ISO 4217 codes written in text, sorted.
const CODES: &[&str] = &[
    "AED", "AMD", "AUD", "AZN", "BRL", "CAD", "CHF", "CNY", "CZK", "DKK", "EGP", "EUR", "GBP", "HKD", "HUF", "ILS",
    "INR", "IRR", "JPY", "KES", "KRW", "MXN", "NGN", "NOK", "NZD", "PKR", "PLN", "RUB", "SAR", "SEK", "SGD", "SYP",
    "TRY", "UAH", "USD", "ZAR",
];

fn symbol(raw: &str) -> Option<&'static str> {
    SYMBOLS.iter().find(|(s, _)| *s == raw).map(|(_, code)| *code)
}

/// Whether a token is a currency sign.
pub(crate) fn is_currency_sign(raw: &str) -> bool {
    symbol(raw).is_some()
}

fn code(raw: &str) -> Option<&'static str> {
    CODES.iter().find(|c| **c == raw).copied()
}

/// A currency written before a number, starting at token `at` of a
/// sentence ending at `end`: a symbol ("$", "€"), a dollar with its
/// country letters ("US$", "C$"), or a code ("USD").
pub(crate) fn currency_at(view: &View, at: usize, end: usize) -> Option<UnitAt> {
    if at >= end {
        return None;
    }
    let raw = view.raw(at);
    if let Some(code) = symbol(raw) {
        return Some(UnitAt {
            code,
            kind: UnitKind::Currency,
            first: at,
            last: at,
        });
    }
    if raw.len() <= 2 && at + 1 < end && view.raw(at + 1) == "$" && view.joined(at + 1) {
        if let Some((_, code)) = DOLLARS.iter().find(|(letters, _)| *letters == raw) {
            return Some(UnitAt {
                code,
                kind: UnitKind::Currency,
                first: at,
                last: at + 1,
            });
        }
    }
    code(raw).map(|code| UnitAt {
        code,
        kind: UnitKind::Currency,
        first: at,
        last: at,
    })
}

/// A unit written after a number, at token `at` of a sentence ending at
/// `end`.
pub(crate) fn unit_after(view: &View, table: &Table, at: usize, end: usize) -> Option<UnitAt> {
    if at >= end {
        return None;
    }
    let raw = view.raw(at);
    let word = view.word(at);
    let single = |code, kind| {
        Some(UnitAt {
            code,
            kind,
            first: at,
            last: at,
        })
    };
    if let Some(code) = symbol(raw) {
        return single(code, UnitKind::Currency);
    }
    if let Some(code) = code(raw) {
        return single(code, UnitKind::Currency);
    }
    let entry = view.entry(at);
    let next = if at + 1 < end { view.word(at + 1) } else { "" };
    let next_entry = if at + 1 < end { view.entry(at + 1) } else { &NONE };
    if entry.roles & PERCENT_START != 0 {
        // "per cent", "pour cent", "por ciento", "percentage point(s)".
        let two = match (word, next) {
            ("per" | "pour", "cent") | ("por", "ciento" | "cien") => Some("%"),
            ("percent" | "percentage", "point" | "points") => Some("pp"),
            _ => None,
        };
        if let Some(code) = two {
            return Some(UnitAt {
                code,
                kind: UnitKind::Percent,
                first: at,
                last: at + 1,
            });
        }
    }
    if word == "percentage" && matches!(next, "point" | "points") {
        return Some(UnitAt {
            code: "pp",
            kind: UnitKind::Percent,
            first: at,
            last: at + 1,
        });
    }
    if word == "us" && next_entry.unit.is_some_and(|(c, _)| c == "USD") {
        return Some(UnitAt {
            code: "USD",
            kind: UnitKind::Currency,
            first: at,
            last: at + 1,
        });
    }
    // "3 millions d'euros": the currency after "de".
    if let Some(rest) = word.strip_prefix("d'") {
        if let Some((code, UnitKind::Currency)) = table.get(rest).unit {
            return single(code, UnitKind::Currency);
        }
    }
    if entry.roles & OF != 0 {
        if let Some((code, UnitKind::Currency)) = next_entry.unit {
            return Some(UnitAt {
                code,
                kind: UnitKind::Currency,
                first: at,
                last: at + 1,
            });
        }
    }
    let (code, kind) = entry.unit?;
    // Pounds are money after a multiplier ("5 million pounds"), a weight
    // otherwise ("165 pounds", "300 pounds of cocaine").
    if matches!(word, "pound" | "pounds") {
        let after_multiplier = at > 0 && view.entry(at - 1).multiplier >= 1000.0;
        if after_multiplier {
            return single("GBP", UnitKind::Currency);
        }
    }
    single(code, kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_sorted() {
        assert!(CODES.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(code("USD"), Some("USD"));
        assert_eq!(code("usd"), None);
        assert_eq!(symbol("€"), Some("EUR"));
    }
}
