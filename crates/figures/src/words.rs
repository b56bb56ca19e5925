//! Numbers written in words: "three", "twenty-five", "one hundred and
//! fifty", "a hundred", "two dozen", "a million", "trois cents", "vingt et
//! un", "treinta y cinco"; and vague quantities.
//!
//! Vague quantities get a range, from two to nine of their unit (two to
//! eight for dozens), and the approximation `Vague`:
//!
//! | words | range |
//! | --- | --- |
//! | "dozens (of)", "Dutzende", "docenas" | 24–96 |
//! | "tens of", "dizaines", "decenas" | 20–90 |
//! | "hundreds (of)", "centaines", "Hunderte", "cientos" | 200–900 |
//! | "thousands (of)", "milliers", "Tausende", "miles" | 2,000–9,000 |
//! | "tens of thousands", "Zehntausende" | 20,000–90,000 |
//! | "hundreds of thousands" | 200,000–900,000 |
//! | "millions (of)" (without a number before) | 2–9 million |
//! | "several hundred", "plusieurs centaines", "mehrere tausend" | 3–9 × unit |
//! | "a few hundred", "quelques milliers" | 2–5 × unit |
//!
//! Nouns of approximate quantity are `About`: "une centaine" 100, "un
//! millier" 1,000, "une vingtaine" 20, "un centenar" 100; "a couple of
//! hundred" is about 200.
//!
//! "one" alone ("one of them") is marked so that the caller keeps it only
//! before a counted noun it knows ("one soldier"). German compounds
//! ("dreihundert") are not read.

use chorus_model::Approximation;

use crate::lexicon::{Lang, Table, AND, FEW, NONE, OF, ONE_ARTICLE};
use crate::numbers::Num;
use crate::view::View;

/// A number in words, or a vague quantity, at token `i` of a sentence
/// ending at `end`.
pub(crate) fn words_at(view: &View, table: &Table, lang: Lang, i: usize, end: usize) -> Option<Num> {
    if !view.is_word(i) {
        return None;
    }
    // "près d'un millier": the elided "de" belongs to the qualifier.
    let word = view.word(i);
    let entry = match word.strip_prefix("d'") {
        Some(bare) => table.get(bare),
        None => view.entry(i),
    };
    let next = |k: usize| {
        if k < end {
            view.entry(k)
        } else {
            &NONE
        }
    };
    if entry.vague > 0.0 && entry.number == 0.0 {
        return vague_plural(view, i, end);
    }
    if entry.roles & ONE_ARTICLE != 0 {
        let after = next(i + 1);
        if after.about_noun > 0.0 {
            let mut num = Num::single(i, i + 1, after.about_noun);
            num.approximation = Some(Approximation::About);
            return Some(num);
        }
        if after.roles & FEW != 0 {
            return few(view, i, i + 1, end);
        }
        if after.multiplier > 0.0 && view.word(i + 1).len() > 2 {
            return compose(view, table, lang, i, i + 1, 1.0, end);
        }
        return None;
    }
    if entry.roles & FEW != 0 {
        return few(view, i, i, end);
    }
    let bare_multiplier = entry.multiplier > 0.0 && lang != Lang::En && entry.vague == 0.0;
    if entry.number > 0.0 || bare_multiplier || is_compound(table, view.word(i)) {
        return compose(view, table, lang, i, i, 0.0, end);
    }
    None
}

/// "hundreds", "tens of thousands", "des centaines", "Zehntausende".
fn vague_plural(view: &View, i: usize, end: usize) -> Option<Num> {
    let unit = view.entry(i).vague;
    let mut last = i;
    let mut scale = unit;
    // "tens of thousands", "hundreds of millions", "dizaines de milliers".
    if i + 2 < end && view.entry(i + 1).roles & OF != 0 {
        let bigger = view.entry(i + 2).vague;
        if bigger > unit {
            scale = unit * bigger;
            last = i + 2;
        }
    }
    if last == i && unit == 10.0 {
        // "tens" alone is too rare as a quantity to trust.
        return None;
    }
    let (low, high) = if unit == 12.0 && last == i {
        (24.0, 96.0)
    } else {
        (2.0 * scale, 9.0 * scale)
    };
    Some(Num {
        value: (low + high) / 2.0,
        low,
        high,
        approximation: Some(Approximation::Vague),
        ..Num::single(i, last, low)
    })
}

/// "several hundred", "a few thousand", "a couple of hundred", "plusieurs
/// centaines", "mehrere tausend": `first` is the first word, `few` the
/// word of fewness.
fn few(view: &View, first: usize, few: usize, end: usize) -> Option<Num> {
    let mut k = few + 1;
    if k < end && view.entry(k).roles & OF != 0 {
        k += 1;
    }
    if k >= end {
        return None;
    }
    let entry = view.entry(k);
    let unit = if entry.multiplier >= 100.0 {
        entry.multiplier
    } else {
        entry.vague
    };
    if unit < 100.0 {
        return None;
    }
    let (low, high, approximation) = match view.word(few) {
        "couple" => (2.0, 2.0, Approximation::About),
        "few" | "quelques" | "einige" => (2.0, 5.0, Approximation::Vague),
        _ => (3.0, 9.0, Approximation::Vague),
    };
    Some(Num {
        value: (low + high) / 2.0 * unit,
        low: low * unit,
        high: high * unit,
        approximation: Some(approximation),
        ..Num::single(first, k, low * unit)
    })
}

/// Whether a hyphenated word is made only of number words
/// ("twenty-five", "dix-sept").
fn is_compound(table: &Table, word: &str) -> bool {
    word.contains('-') && word.split('-').all(|piece| is_number_word(table, piece))
}

fn is_number_word(table: &Table, word: &str) -> bool {
    let entry = table.get(word);
    entry.number > 0.0 || (entry.multiplier > 0.0 && word.len() > 2)
}

/// The number words of one token: itself, or the pieces of a hyphenated
/// compound, "quatre-vingt" kept whole.
fn pieces_of<'w>(table: &Table, word: &'w str) -> Vec<&'w str> {
    if !word.contains('-') || table.get(word).number > 0.0 {
        return vec![word];
    }
    let (mut pieces, rest) = match word
        .strip_prefix("quatre-vingts")
        .or_else(|| word.strip_prefix("quatre-vingt"))
    {
        Some(rest) => (vec![&word[..word.len() - rest.len()]], rest),
        None => (Vec::new(), word),
    };
    pieces.extend(rest.split('-').filter(|p| !p.is_empty()));
    pieces
}

/// Read number words from token `from` (`first` is where the number
/// starts, an article "a" before it counting `current`).
fn compose(view: &View, table: &Table, lang: Lang, first: usize, from: usize, current: f64, end: usize) -> Option<Num> {
    let mut total = 0.0;
    let mut current = current;
    let mut last = None;
    let mut words = 0;
    let mut k = from;
    while k < end && view.is_word(k) {
        let word = view.word(k);
        if word.contains('-') && !is_compound(table, word) {
            break;
        }
        let pieces = pieces_of(table, word);
        let mut read = false;
        for piece in pieces {
            let entry = table.get(piece);
            let abbreviation = piece.len() <= 2;
            if entry.number > 0.0 {
                // "twenty five", "hundred and fifty", "dix-sept",
                // "soixante-dix"; not "one nineteen".
                let tens = current % 100.0;
                let unit_limit = if tens == 60.0 || tens == 80.0 { 20.0 } else { 10.0 };
                let follows = current == 0.0
                    || (tens == 0.0 && entry.number < 100.0)
                    || (current % 10.0 == 0.0 && tens >= 10.0 && entry.number < unit_limit);
                if !follows {
                    break;
                }
                current += entry.number;
            } else if entry.multiplier >= 1000.0 && !abbreviation {
                total += current.max(1.0) * entry.multiplier;
                current = 0.0;
            } else if entry.multiplier > 0.0 && !abbreviation {
                current = current.max(1.0) * entry.multiplier;
            } else {
                break;
            }
            read = true;
        }
        if !read {
            break;
        }
        words += 1;
        last = Some(k);
        k += 1;
        // "one hundred and fifty", "vingt et un", "treinta y cinco".
        if k + 1 < end
            && view.entry(k).roles & AND != 0
            && is_number_word(table, view.word(k + 1))
            && (lang != Lang::En || current >= 100.0 || total > 0.0)
        {
            k += 1;
        }
    }
    let last = last?;
    let value = total + current;
    if value <= 0.0 {
        return None;
    }
    let mut num = Num::single(first, last, value);
    num.one = value == 1.0 && words == 1 && first == from;
    Some(num)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::table;
    use chorus_model::Article;

    /// The number read at the first token of `text`, as `value [low-high]
    /// tokens`.
    fn read(language: &str, text: &str) -> Option<(f64, f64, f64, usize)> {
        let mut article = Article {
            text: text.to_string(),
            language: Some(language.to_string()),
            ..Article::default()
        };
        chorus_text::annotate(&mut article);
        let lang = Lang::of(Some(language));
        let tokens = chorus_text::TokenView::of(&article);
        let view = View::new(&tokens, table(lang));
        let end = view.toks.len();
        words_at(&view, table(lang), lang, 0, end).map(|n| (n.value, n.low, n.high, n.last + 1))
    }

    #[test]
    fn numbers_in_words() {
        assert_eq!(read("en", "three people"), Some((3.0, 3.0, 3.0, 1)));
        assert_eq!(read("en", "twenty-five people"), Some((25.0, 25.0, 25.0, 1)));
        assert_eq!(read("en", "twenty five people"), Some((25.0, 25.0, 25.0, 2)));
        assert_eq!(read("en", "a hundred people"), Some((100.0, 100.0, 100.0, 2)));
        assert_eq!(
            read("en", "one hundred and fifty people"),
            Some((150.0, 150.0, 150.0, 4))
        );
        assert_eq!(read("en", "two dozen eggs"), Some((24.0, 24.0, 24.0, 2)));
        assert_eq!(read("en", "three hundred thousand people"), Some((3e5, 3e5, 3e5, 3)));
        assert_eq!(read("en", "a million"), Some((1e6, 1e6, 1e6, 2)));
        assert_eq!(read("en", "hundreds of people"), Some((550.0, 200.0, 900.0, 1)));
        assert_eq!(
            read("en", "tens of thousands of people"),
            Some((55_000.0, 20_000.0, 90_000.0, 3))
        );
        assert_eq!(read("en", "several hundred people"), Some((600.0, 300.0, 900.0, 2)));
        assert_eq!(read("en", "a few thousand people"), Some((3500.0, 2000.0, 5000.0, 3)));
        assert_eq!(read("en", "dozens of trips"), Some((60.0, 24.0, 96.0, 1)));
        assert_eq!(read("en", "a week"), None);
        assert_eq!(read("en", "thousand"), None);
        assert_eq!(read("fr", "une centaine de morts"), Some((100.0, 100.0, 100.0, 2)));
        assert_eq!(read("fr", "vingt et un morts"), Some((21.0, 21.0, 21.0, 3)));
        assert_eq!(read("fr", "dix-sept morts"), Some((17.0, 17.0, 17.0, 1)));
        assert_eq!(read("fr", "quatre-vingt-dix morts"), Some((90.0, 90.0, 90.0, 1)));
        assert_eq!(read("fr", "trois cents morts"), Some((300.0, 300.0, 300.0, 2)));
        assert_eq!(read("fr", "mille morts"), Some((1000.0, 1000.0, 1000.0, 1)));
        assert_eq!(read("es", "treinta y cinco muertos"), Some((35.0, 35.0, 35.0, 3)));
        assert_eq!(read("es", "doscientos muertos"), Some((200.0, 200.0, 200.0, 1)));
        assert_eq!(read("de", "drei Millionen Menschen"), Some((3e6, 3e6, 3e6, 2)));
        assert_eq!(read("de", "Hunderte Menschen"), Some((550.0, 200.0, 900.0, 1)));
    }
}
