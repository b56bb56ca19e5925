//! Putting a figure together around a number: the approximation before it
//! ("nearly", "at least", "an estimated", "près de", "mindestens"), a
//! currency before it, a unit after it, the other end of a range ("$1,500
//! to $2,000", "between 17 and 30", "17-30", "two or three"), an
//! approximation after it ("or so", "or more"), and what it counts.
//!
//! Ranges: "between A and B", "from A to B", "A to B", "A-B" and "A or B"
//! are ranges when B is greater than A; "from A to B" after a verb of
//! change ("rose from 5% to 7%") is two figures. The value of a range is
//! its middle. "A and B" without "between" is two figures ("81 fighters
//! and 17 civilians").

use chorus_model::{Approximation, Figure};

use crate::concepts;
use crate::counted::counted_after;
use crate::lexicon::{
    Lang, Table, UnitKind, AGE, AND, BETWEEN, CHANGE, FEW, FROM, OF, ONE_ARTICLE, QUALIFIER_END, RANGE_OR, RANGE_TO,
};
use crate::numbers::{digits_at, not_a_figure, Num};
use crate::units::{currency_at, is_currency_sign, unit_after, UnitAt};
use crate::view::View;
use crate::words::words_at;

/// What was found at a token.
enum Found {
    /// A figure, and its last token.
    Figure(Figure, usize),
    /// A number that is no figure (a date, a time…), and its last token.
    Skip(usize),
    /// Nothing.
    Nothing,
}

/// The words that open a range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Opener {
    /// "between", "entre", "zwischen": closed by "and".
    Between,
    /// "from", "de", "von": closed by "to".
    From,
}

/// Find the figures of the view, in text order.
pub(crate) fn scan(view: &View, lang: Lang, language: Option<&str>, out: &mut Vec<Figure>) {
    let scanner = Scanner {
        view,
        lang,
        language,
        table: crate::lexicon::table(lang),
    };
    for sentence in &view.sentences {
        let mut i = sentence.start;
        while i < sentence.end {
            match scanner.figure_at(i, sentence.start, sentence.end) {
                Found::Figure(figure, last) => {
                    out.push(figure);
                    i = last.max(i) + 1;
                }
                Found::Skip(last) => i = last.max(i) + 1,
                Found::Nothing => i += 1,
            }
        }
    }
}

struct Scanner<'v, 'a> {
    view: &'v View<'a>,
    lang: Lang,
    language: Option<&'v str>,
    table: &'static Table,
}

impl Scanner<'_, '_> {
    /// A number (digits or words) at `at`.
    fn number_at(&self, at: usize, end: usize, money: bool) -> Option<Num> {
        if at >= end {
            return None;
        }
        digits_at(self.view, self.table, self.lang, self.language, at, end, money)
            .or_else(|| words_at(self.view, self.table, self.lang, at, end))
    }

    /// The figure whose number or currency starts at token `i` of the
    /// sentence `start..end`.
    fn figure_at(&self, i: usize, start: usize, end: usize) -> Found {
        let view = self.view;
        if !self.may_start(i) {
            return Found::Nothing;
        }
        let currency = currency_at(view, i, end);
        let number_at = currency.map_or(i, |c| c.last + 1);
        let Some(mut num) = self.number_at(number_at, end, currency.is_some()) else {
            return Found::Nothing;
        };
        let mut first = i;
        // "about dozens of trips": "about" is a preposition there.
        let qualifier = if num.approximation == Some(Approximation::Vague) {
            None
        } else {
            self.qualifier_before(first, start)
        };
        let mut opener = None;
        // "rose from 5% to 7%", "increased 5 to 10": a change, two figures.
        let mut change = false;
        if let Some((_, at)) = qualifier {
            first = at;
        } else if first > start {
            let roles = view.entry(first - 1).roles;
            let before_that = |k: usize| k > start && view.entry(k - 1).roles & CHANGE != 0;
            change = roles & CHANGE != 0 || (roles & FROM != 0 && before_that(first - 1));
            if roles & BETWEEN != 0 {
                opener = Some((Opener::Between, first - 1));
            } else if roles & FROM != 0 && !change {
                opener = Some((Opener::From, first - 1));
            }
        }

        let mut unit: Option<UnitAt> = currency;
        if let Some((code, kind)) = num.unit {
            unit = Some(UnitAt {
                code,
                kind,
                first: num.last,
                last: num.last,
            });
        }
        let mut last = num.last;
        if unit.is_none() {
            if let Some(after) = unit_after(view, self.table, last + 1, end) {
                unit = Some(after);
                last = after.last;
            }
        }

        let range = if change {
            None
        } else {
            self.range_after(&num, last, opener.map(|(o, _)| o), currency, end)
        };
        if let Some((other, other_last)) = range {
            if other.scale > 1.0 && num.scale == 1.0 && num.value < other.scale {
                num.value *= other.scale;
                num.low *= other.scale;
                num.high *= other.scale;
            }
            last = other_last;
            if let Some((_, at)) = opener {
                first = at;
            }
            // The unit after the second number: its own, or the first
            // one's again ("5% to 7%", "2 to 3 million dollars").
            if let Some(after) = unit_after(view, self.table, last + 1, end) {
                if unit.is_none_or(|u| u.code == after.code) {
                    unit = Some(after);
                    last = after.last;
                }
            }
        }
        let whole = Num {
            last: range.map_or(num.last, |(other, _)| other.last),
            ..num
        };
        if not_a_figure(view, self.lang, &whole, start, end) {
            // "the ages of 17 and 30": the other end is no figure either.
            let roles = view.entry(last + 1).roles;
            let age = (first.saturating_sub(2).max(start)..first).any(|k| view.entry(k).roles & AGE != 0);
            if age && roles & (AND | RANGE_TO) != 0 {
                if let Some(other) = self.number_at(last + 2, end, false) {
                    return Found::Skip(other.last);
                }
            }
            return Found::Skip(last);
        }

        // "300 or so", "300 or more", "300+".
        let mut suffix_approximation = None;
        match (view.word(last + 1), view.word(last + 2)) {
            ("or", "so") => suffix_approximation = Some((Approximation::About, last + 2)),
            ("or", "more") => suffix_approximation = Some((Approximation::AtLeast, last + 2)),
            ("or", "fewer" | "less") => suffix_approximation = Some((Approximation::AtMost, last + 2)),
            ("+", _) if view.joined(last + 1) => suffix_approximation = Some((Approximation::AtLeast, last + 1)),
            _ => {}
        }
        if let Some((_, at)) = suffix_approximation.filter(|(_, at)| *at < end) {
            last = at;
        } else {
            suffix_approximation = None;
        }

        let counts = match unit {
            None => true,
            Some(u) => u.kind == UnitKind::Percent && view.entry(last + 1).roles & OF != 0,
        };
        let counted = if counts {
            counted_after(view, self.lang, last + 1, end)
        } else {
            None
        };

        if num.one && range.is_none() {
            // "one of them", "one of those mercenaries": no count.
            if view.entry(last + 1).roles & OF != 0 {
                return Found::Skip(num.last);
            }
            let known = counted.is_some_and(|(_, a, b)| {
                let head = if self.lang.head_first() { a } else { b };
                concepts::class_of(view.word(head)).is_some()
            });
            if !known {
                return Found::Skip(num.last);
            }
        }
        let counts_people = qualifier.is_some() && counted.is_some();
        if num.year_like && range.is_none() && unit.is_none() && !counts_people {
            return Found::Skip(num.last);
        }
        // Five plain digits or more, with nothing counted: a code, a zip
        // code, a text-message number.
        let code = num.plain_digits && view.raw(num.first).len() >= 5;
        if code && range.is_none() && unit.is_none() && counted.is_none() {
            return Found::Skip(num.last);
        }
        // "four year-old girl": an age.
        if counted
            .is_some_and(|(_, a, _)| view.word(a).starts_with("year-old") || view.word(a).starts_with("years-old"))
        {
            return Found::Skip(counted.map_or(last, |(_, _, b)| b));
        }

        let (low, high) = match range {
            Some((other, _)) => (num.low, other.high),
            None => (num.low, num.high),
        };
        let value = if range.is_some() || num.approximation == Some(Approximation::Vague) {
            (low + high) / 2.0
        } else {
            num.value
        };
        let approximation = qualifier
            .map(|(a, _)| a)
            .or(suffix_approximation.map(|(a, _)| a))
            .or(num.approximation)
            .unwrap_or(Approximation::Exact);
        let end_token = counted.map_or(last, |(_, _, b)| b.max(last));
        let mut span = view.span(first, end_token);
        if let Some((counted_span, _, _)) = counted {
            span.end = span.end.max(counted_span.end);
        }
        let figure = Figure {
            span,
            value,
            low,
            high,
            approximation,
            unit: unit.map(|u| u.code.to_string()),
            counted: counted.map(|(s, _, _)| s),
            attribution: None,
        };
        Found::Figure(figure, end_token)
    }

    /// Whether a figure may start at token `i`: a number, a number word, a
    /// currency sign or code. Most tokens are none, and are passed over
    /// without further look-ups.
    fn may_start(&self, i: usize) -> bool {
        let view = self.view;
        let raw = view.raw(i);
        let first = raw.chars().next();
        if view.is_number(i) || first.is_some_and(|c| c.is_ascii_digit()) {
            return true;
        }
        let entry = view.entry(i);
        let numeric = entry.number > 0.0 || entry.multiplier > 0.0 || entry.vague > 0.0;
        let starts = entry.roles & (ONE_ARTICLE | FEW) != 0;
        if numeric || starts {
            return true;
        }
        let currency_like = raw.len() <= 3 && (is_currency_sign(raw) || raw.bytes().all(|b| b.is_ascii_uppercase()));
        let word = view.word(i);
        let compound = word.contains('-')
            && word
                .split('-')
                .next()
                .is_some_and(|piece| self.table.get(piece).number > 0.0);
        currency_like || compound || word.starts_with("d'")
    }

    /// An approximation phrase ending right before token `at`: the
    /// approximation and the phrase's first token.
    fn qualifier_before(&self, at: usize, start: usize) -> Option<(Approximation, usize)> {
        let view = self.view;
        if at == start {
            return None;
        }
        // "près d'un millier": "de" is elided into the number's first word.
        let elided = view.word(at).starts_with("d'");
        let ends = if elided { at } else { at - 1 };
        if !elided && view.entry(ends).roles & QUALIFIER_END == 0 {
            return None;
        }
        self.table.qualifiers().iter().find_map(|(phrase, approximation)| {
            let (words, tail) = if elided {
                match phrase.split_last() {
                    Some((&"de", rest)) => (rest, 0),
                    _ => return None,
                }
            } else {
                (&phrase[..], 1)
            };
            let n = words.len();
            if n == 0 || ends + tail < start + n {
                return None;
            }
            let from = ends + tail - n;
            let matches = words.iter().enumerate().all(|(k, w)| view.word(from + k) == *w);
            matches.then_some((*approximation, from))
        })
    }

    /// The other end of a range after the number `num` whose tokens (with
    /// its unit) end at `last`: the number and the last token.
    fn range_after(
        &self,
        num: &Num,
        last: usize,
        opener: Option<Opener>,
        currency: Option<UnitAt>,
        end: usize,
    ) -> Option<(Num, usize)> {
        let view = self.view;
        let connector = last + 1;
        if connector >= end || num.approximation == Some(Approximation::Vague) {
            return None;
        }
        let roles = view.entry(connector).roles;
        let dash = matches!(view.word(connector), "-" | "–" | "—");
        let allowed = match opener {
            Some(Opener::Between) => roles & AND != 0,
            Some(Opener::From) => roles & RANGE_TO != 0 && !dash,
            None => roles & (RANGE_TO | RANGE_OR) != 0,
        };
        if !allowed {
            return None;
        }
        let mut at = connector + 1;
        if let Some(currency) = currency {
            match currency_at(view, at, end) {
                Some(again) if again.code == currency.code => at = again.last + 1,
                Some(_) => return None,
                None => {}
            }
        }
        let other = self.number_at(at, end, currency.is_some())?;
        if other.approximation == Some(Approximation::Vague) || (num.year_like && other.year_like) {
            return None;
        }
        let scaled = if other.scale > 1.0 && num.scale == 1.0 && num.value < other.scale {
            num.value * other.scale
        } else {
            num.value
        };
        if other.value <= scaled {
            return None;
        }
        if roles & RANGE_OR != 0 && other.value > 10.0 * scaled {
            return None;
        }
        // "359-4549" is a phone number, not a range.
        let compact = dash && view.joined(connector) && view.joined(at);
        let phone = view.raw(num.first).len() == 3 && view.raw(other.first).len() == 4;
        if compact && phone && !view.raw(other.first).ends_with("00") {
            return None;
        }
        if dash && !compact && opener.is_none() {
            // "17 - 30" spaced is as good as "17-30"; a dash between a
            // number and a spaced one is too, but not "2019 - 300".
            if num.year_like || other.year_like {
                return None;
            }
        }
        Some((other, other.last))
    }
}
