//! Tokens of a span of text: words, numbers and punctuation, with byte
//! offsets into the text, stems and stopword flags.
//!
//! What is one token:
//!
//! * a word: letters, digits and marks, with apostrophes and hyphens inside
//!   (`Russia’s`, `Nagorno-Karabakh`, `COVID-19`, `17-year-old`, `aujourd'hui`);
//!   an acronym with its periods (`U.S.`, `z.B.`); an abbreviation or an
//!   initial with its period (`Mr.`, `F.`) unless that period ends the
//!   sentence;
//! * a number: digits with separators between digits (`1,500`, `3.5`);
//!   digits followed by letters are a word (`8th`, `1990s`);
//! * each Han or Hiragana character;
//! * any other character (with its combining marks), a run of the same
//!   ASCII punctuation (`...`, `--`) counting as one.
//!
//! Stems are lower case and folded: `’` becomes `'`, a final possessive
//! `'s` is dropped, French and Italian elided articles (`l'`, `dell'`) are
//! dropped, then the Snowball stemmer of the language runs when
//! `rust-stemmers` has one. Numbers are normalized to ASCII digits with a
//! `.` decimal point and no thousands separators.

use std::cell::RefCell;
use std::collections::HashMap;

use chorus_model::hash::FastMap;
use chorus_model::{Span, Token, TokenKind};

use crate::abbreviations;
use crate::chars::{
    char_at, is_closer, is_hyphen, is_ideograph, is_ignorable, is_mark, is_space, is_terminator, is_word_char,
    is_word_joiner,
};
use crate::language::{resolve, Profile};

/// Words longer than this (in bytes) are lower-cased but not stemmed: they
/// are URLs or garbage, and stemming them costs time for nothing.
const MAX_STEMMED_BYTES: usize = 64;

/// Most words a thread keeps per language in its [`WORD_CACHE`] before it
/// starts that language afresh.
const WORD_CACHE_WORDS: usize = 50_000;

/// Most languages a thread keeps in its [`WORD_CACHE`] before it starts
/// afresh.
const WORD_CACHE_LANGUAGES: usize = 16;

/// What the tokenizer derives from a folded word.
#[derive(Debug, Clone)]
struct WordInfo {
    stem: String,
    stop: bool,
}

/// Folded words to their stem and stopword flag, for one language.
type WordCache = FastMap<String, WordInfo>;

thread_local! {
    /// Words already seen by this thread, per language. Word frequencies are
    /// skewed, so most words of an article were seen before, and a lookup
    /// costs a fraction of the stopword search and the Snowball algorithm.
    /// Bounded by [`WORD_CACHE_WORDS`] and [`WORD_CACHE_LANGUAGES`].
    static WORD_CACHE: RefCell<HashMap<Option<&'static str>, WordCache>> =
        RefCell::new(HashMap::new());
}

/// The tokens of `span` of `text`, with offsets into `text`.
///
/// `language` (an ISO 639-1 code; other spellings are normalized) chooses
/// the stemmer, the stopwords and the abbreviations. A span that is out of
/// `text` or not on character boundaries yields no tokens.
pub fn tokenize(text: &str, span: Span, language: Option<&str>) -> Vec<Token> {
    let mut tokens = Vec::new();
    tokenize_into(text, span, &Profile::new(resolve(language)), &mut tokens);
    tokens
}

/// The stem of one word: lower case, folded, and stemmed when the language
/// has a stemmer (see the module documentation).
pub fn stem(word: &str, language: Option<&str>) -> String {
    let profile = Profile::new(resolve(language));
    let mut folded = String::new();
    fold_into(word, &mut folded);
    stem_folded(&folded, &profile)
}

/// [`tokenize`] with the language already looked up, appending to `out`.
pub(crate) fn tokenize_into(text: &str, span: Span, profile: &Profile, out: &mut Vec<Token>) {
    let base = span.start as usize;
    let Some(piece) = text.get(base..span.end as usize) else {
        return;
    };
    let mut done = false;
    let _ = WORD_CACHE.try_with(|cache| {
        if let Ok(mut cache) = cache.try_borrow_mut() {
            if cache.len() >= WORD_CACHE_LANGUAGES && !cache.contains_key(&profile.code) {
                cache.clear();
            }
            let words = cache.entry(profile.code).or_default();
            scan_tokens(piece, base, profile, Some(words), out);
            done = true;
        }
    });
    if !done {
        scan_tokens(piece, base, profile, None, out);
    }
}

/// Cut `piece`, which starts at byte `base` of the text, into tokens.
fn scan_tokens(piece: &str, base: usize, profile: &Profile, mut cache: Option<&mut WordCache>, out: &mut Vec<Token>) {
    let mut folded = String::new();
    let mut at = 0;
    while let Some(c) = char_at(piece, at) {
        if is_ignorable(c) {
            at += c.len_utf8();
            continue;
        }
        let (end, shape) = if is_ideograph(c) {
            (skip_marks(piece, at + c.len_utf8()), Shape::Word)
        } else if c.is_numeric() {
            scan_number(piece, at, profile)
        } else if is_word_char(c) {
            scan_word(piece, at, c.len_utf8(), false, profile)
        } else {
            (scan_punctuation(piece, at, c), Shape::Punct)
        };
        let text = &piece[at..end];
        let span = Span::new(base + at, base + end);
        let capitalized = text.chars().next().is_some_and(char::is_uppercase);
        let token = match shape {
            Shape::Word => {
                fold_into(text, &mut folded);
                let WordInfo { stem, stop } = match cache.as_deref_mut() {
                    Some(cache) => cached_word_info(&folded, profile, cache),
                    None => word_info(&folded, profile),
                };
                Token {
                    span,
                    kind: TokenKind::Word,
                    stem,
                    stop,
                    capitalized,
                }
            }
            Shape::Abbreviation => {
                fold_into(text, &mut folded);
                let stem = folded.trim_end_matches('.').to_string();
                Token {
                    span,
                    kind: TokenKind::Word,
                    stem,
                    stop: false,
                    capitalized,
                }
            }
            Shape::Number => Token {
                span,
                kind: TokenKind::Number,
                stem: normalize_number(text, profile.decimal_comma),
                stop: false,
                capitalized: false,
            },
            Shape::Punct => Token {
                span,
                kind: TokenKind::Punct,
                stem: text.to_string(),
                stop: false,
                capitalized: false,
            },
        };
        out.push(token);
        at = end;
    }
}

/// [`word_info`] through the cache.
fn cached_word_info(folded: &str, profile: &Profile, cache: &mut WordCache) -> WordInfo {
    if let Some(info) = cache.get(folded) {
        return info.clone();
    }
    if cache.len() >= WORD_CACHE_WORDS {
        cache.clear();
    }
    let info = word_info(folded, profile);
    cache.insert(folded.to_string(), info.clone());
    info
}

/// The stem and stopword flag of a folded word.
fn word_info(folded: &str, profile: &Profile) -> WordInfo {
    WordInfo {
        stop: profile.stopwords.binary_search(&folded).is_ok(),
        stem: stem_folded(folded, profile),
    }
}

/// What a scanned token turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Word,
    /// An abbreviation, acronym or initial: not stemmed.
    Abbreviation,
    Number,
    Punct,
}

/// Lower-case `word` into `out`, folding curly apostrophes to `'`.
fn fold_into(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        out.push_str(word);
        out.make_ascii_lowercase();
        return;
    }
    for c in word.chars() {
        match c {
            '’' | 'ʼ' => out.push('\''),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => out.extend(c.to_lowercase()),
        }
    }
}

/// Stem a folded (lower-case) word.
fn stem_folded(folded: &str, profile: &Profile) -> String {
    let mut word = folded;
    if let Some(owner) = word.strip_suffix("'s").filter(|owner| !owner.is_empty()) {
        word = owner;
    }
    if let Some((article, rest)) = word.split_once('\'') {
        if !rest.is_empty() && profile.elisions.contains(&article) {
            word = rest;
        }
    }
    match profile.stemmer {
        Some(stemmer) if word.len() <= MAX_STEMMED_BYTES => stemmer.stem(word).into_owned(),
        _ => word.to_string(),
    }
}

/// Scan a word starting at `at` whose first character is `first_len` bytes
/// long. `digit_led`: the word began as a number (`17-year-old`), so a
/// hyphen joins only when a letter follows it (`2019-2020` is three tokens).
fn scan_word(piece: &str, at: usize, first_len: usize, digit_led: bool, profile: &Profile) -> (usize, Shape) {
    let mut end = at + first_len;
    let bytes = piece.as_bytes();
    loop {
        // Most word characters are ASCII letters and digits: skip them
        // without decoding.
        while bytes.get(end).is_some_and(u8::is_ascii_alphanumeric) {
            end += 1;
        }
        let Some(c) = char_at(piece, end) else {
            break;
        };
        if is_word_char(c) && !is_ideograph(c) {
            end += c.len_utf8();
            continue;
        }
        if is_word_joiner(c) {
            let after = end + c.len_utf8();
            let joins = char_at(piece, after).is_some_and(|next| {
                is_word_char(next) && !is_ideograph(next) && !(digit_led && is_hyphen(c) && !next.is_alphabetic())
            });
            if joins {
                end = after;
                continue;
            }
        }
        break;
    }
    if char_at(piece, end) == Some('.') && !digit_led {
        if let Some(with_period) = abbreviation_end(piece, at, end, profile) {
            return (with_period, Shape::Abbreviation);
        }
    }
    (end, Shape::Word)
}

/// When the word `piece[at..end]`, followed by a period at `end`, is an
/// acronym or an abbreviation, the end of the token including its period.
fn abbreviation_end(piece: &str, at: usize, end: usize, profile: &Profile) -> Option<usize> {
    // The longest chain "letters.letters." from `at`: `U.S.`, `EE.UU.`,
    // looked for only in the next few bytes so that long runs of
    // `word.word.word` stay linear.
    let window = crate::language::prefix(piece, at + abbreviations::MAX_BYTES);
    let mut chain_end = end;
    loop {
        let letters = skip(window, chain_end + 1, char::is_alphabetic);
        if letters == chain_end + 1 || char_at(window, letters) != Some('.') {
            break;
        }
        chain_end = letters;
    }
    if chain_end > end {
        let chain = &piece[at..chain_end];
        if abbreviations::is_acronym(chain) || profile.abbreviations.classify(chain).is_some() {
            return Some(chain_end + 1);
        }
    }
    let word = &piece[at..end];
    let known = profile.abbreviations.classify(word).is_some();
    // At the end of the sentence the period is the sentence's own.
    (known && !ends_sentence(piece, end + 1)).then_some(end + 1)
}

/// Whether only terminators, closing marks and space follow `at`.
fn ends_sentence(piece: &str, at: usize) -> bool {
    piece[at..]
        .chars()
        .all(|c| is_space(c) || is_closer(c) || is_terminator(c))
}

/// Scan a number starting at `at`: digits, and `,` or `.` between digits.
/// Letters right after make it a word (`8th`, `1990s`, `17-year-old`).
fn scan_number(piece: &str, at: usize, profile: &Profile) -> (usize, Shape) {
    let mut end = skip(piece, at, char::is_numeric);
    while let Some(separator @ (',' | '.')) = char_at(piece, end) {
        let digits = skip(piece, end + separator.len_utf8(), |c| c.is_ascii_digit());
        if digits == end + 1 {
            break;
        }
        end = digits;
    }
    let continues_as_word = char_at(piece, end).is_some_and(|c| {
        (is_word_char(c) && !is_ideograph(c))
            || (is_hyphen(c) && char_at(piece, end + c.len_utf8()).is_some_and(char::is_alphabetic))
    });
    if continues_as_word {
        let (word_end, _) = scan_word(piece, at, end - at, true, profile);
        return (word_end, Shape::Word);
    }
    (end, Shape::Number)
}

/// Scan a punctuation or symbol token starting with `first` at `at`.
fn scan_punctuation(piece: &str, at: usize, first: char) -> usize {
    let mut end = skip_marks(piece, at + first.len_utf8());
    if first.is_ascii_punctuation() {
        end = skip(piece, end, |c| c == first);
    } else {
        // Emoji sequences joined by a zero-width joiner stay one token.
        const JOINER: char = '\u{200D}';
        while char_at(piece, end) == Some(JOINER) {
            let after = end + JOINER.len_utf8();
            match char_at(piece, after) {
                Some(next) if !is_space(next) && !is_word_char(next) => {
                    end = skip_marks(piece, after + next.len_utf8());
                }
                _ => break,
            }
        }
    }
    end
}

fn skip_marks(piece: &str, at: usize) -> usize {
    skip(piece, at, is_mark)
}

/// The byte after the run of characters from `at` that satisfy `keep`.
fn skip(piece: &str, mut at: usize, keep: impl Fn(char) -> bool) -> usize {
    while let Some(c) = char_at(piece, at).filter(|&c| keep(c)) {
        at += c.len_utf8();
    }
    at
}

/// Normalize a number token: ASCII digits kept, thousands separators
/// dropped, the decimal separator written `.`.
///
/// Which separator is decimal: when both `,` and `.` occur, the last one;
/// when one occurs several times, neither (`1,000,000`); when one occurs
/// once, it groups thousands if exactly three digits follow and it is the
/// language's grouping mark (`,` in English, `.` in German), else it is
/// decimal.
fn normalize_number(text: &str, decimal_comma: bool) -> String {
    let commas = text.matches(',').count();
    let periods = text.matches('.').count();
    let last_separator = text.rfind([',', '.']);
    let decimal_at = match (commas, periods) {
        (0, 0) => None,
        (c, p) if c > 0 && p > 0 => last_separator.filter(|&i| {
            let separator = text.as_bytes()[i];
            text.matches(separator as char).count() == 1
        }),
        (c, p) if c + p > 1 => None,
        _ => last_separator.filter(|&i| {
            let grouping = if decimal_comma { b'.' } else { b',' };
            let digits_after = text.len() - i - 1;
            !(text.as_bytes()[i] == grouping && digits_after == 3)
        }),
    };
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        match c {
            ',' | '.' if Some(i) == decimal_at => out.push('.'),
            ',' | '.' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Tokenize `text` as one span; compare `text|kind|stem` per token, with
    /// flags `*` for stopwords and `^` for capitalized tokens.
    fn check(language: Option<&str>, text: &str, expected: &[&str]) {
        let tokens = tokenize(text, Span::new(0, text.len()), language);
        let got: Vec<String> = tokens
            .iter()
            .map(|token| {
                let kind = match token.kind {
                    TokenKind::Word => "w",
                    TokenKind::Number => "n",
                    TokenKind::Punct => "p",
                };
                let flags = format!(
                    "{}{}",
                    if token.stop { "*" } else { "" },
                    if token.capitalized { "^" } else { "" }
                );
                format!("{}|{kind}|{}{flags}", token.span.slice(text), token.stem)
            })
            .collect();
        assert_eq!(got, expected, "tokenizing {text:?}");
    }

    #[test]
    fn words_stems_and_flags() {
        check(
            Some("en"),
            "The fighters were running.",
            &[
                "The|w|the*^",
                "fighters|w|fighter",
                "were|w|were*",
                "running|w|run",
                ".|p|.",
            ],
        );
    }

    #[test]
    fn possessives_and_apostrophes() {
        check(
            Some("en"),
            "Russia’s army and Armenia's don't",
            &[
                "Russia’s|w|russia^",
                "army|w|armi",
                "and|w|and*",
                "Armenia's|w|armenia^",
                "don't|w|don't*",
            ],
        );
        check(
            Some("en"),
            "the workers' union",
            &["the|w|the*", "workers|w|worker", "'|p|'", "union|w|union"],
        );
    }

    #[test]
    fn hyphenated_words() {
        check(
            Some("en"),
            "Nagorno-Karabakh, a 17-year-old, COVID-19 -- 2019-2020",
            &[
                "Nagorno-Karabakh|w|nagorno-karabakh^",
                ",|p|,",
                "a|w|a*",
                "17-year-old|w|17-year-old",
                ",|p|,",
                "COVID-19|w|covid-19^",
                "--|p|--",
                "2019|n|2019",
                "-|p|-",
                "2020|n|2020",
            ],
        );
    }

    #[test]
    fn numbers() {
        check(
            Some("en"),
            "1,000 and 3.5 of $2,000 or 1,500,000 in 42/9 4 000 8th 1990s",
            &[
                "1,000|n|1000",
                "and|w|and*",
                "3.5|n|3.5",
                "of|w|of*",
                "$|p|$",
                "2,000|n|2000",
                "or|w|or*",
                "1,500,000|n|1500000",
                "in|w|in*",
                "42|n|42",
                "/|p|/",
                "9|n|9",
                "4|n|4",
                "000|n|000",
                "8th|w|8th",
                "1990s|w|1990s",
            ],
        );
        check(
            Some("en"),
            "It was 2014.",
            &["It|w|it*^", "was|w|was*", "2014|n|2014", ".|p|."],
        );
        check(
            Some("de"),
            "1.500 und 3,5 und 1.234,5",
            &[
                "1.500|n|1500",
                "und|w|und*",
                "3,5|n|3.5",
                "und|w|und*",
                "1.234,5|n|1234.5",
            ],
        );
        check(Some("en"), "1,234.5", &["1,234.5|n|1234.5"]);
    }

    #[test]
    fn abbreviations_acronyms_and_initials() {
        check(
            Some("en"),
            "U.S. and Mr. John F. Kennedy, e.g. here",
            &[
                "U.S.|w|u.s^",
                "and|w|and*",
                "Mr.|w|mr^",
                "John|w|john^",
                "F.|w|f^",
                "Kennedy|w|kennedi^",
                ",|p|,",
                "e.g.|w|e.g",
                "here|w|here*",
            ],
        );
        check(Some("en"), "in the U.S.", &["in|w|in*", "the|w|the*", "U.S.|w|u.s^"]);
        check(
            Some("en"),
            "apples, etc.",
            &["apples|w|appl", ",|p|,", "etc|w|etc", ".|p|."],
        );
        check(Some("en"), "plan B.", &["plan|w|plan", "B|w|b^", ".|p|."]);
        check(
            Some("en"),
            "www.example.com",
            &["www|w|www", ".|p|.", "example|w|exampl", ".|p|.", "com|w|com"],
        );
    }

    #[test]
    fn french_elisions() {
        check(
            Some("fr"),
            "L'armée d'Azerbaïdjan aujourd'hui",
            &[
                "L'armée|w|armé^",
                "d'Azerbaïdjan|w|azerbaïdjan",
                "aujourd'hui|w|aujourd'hui*",
            ],
        );
    }

    #[test]
    fn other_languages() {
        check(
            Some("de"),
            "Die Kämpfer kamen",
            &["Die|w|die*^", "Kämpfer|w|kampf^", "kamen|w|kam"],
        );
        check(
            Some("ru"),
            "Боевики прибыли в Карабах",
            &["Боевики|w|боевик^", "прибыли|w|приб", "в|w|в*", "Карабах|w|караб^"],
        );
        check(Some("hy"), "Հայաստանի", &["Հայաստանի|w|հայաստանի^"]);
        check(Some("hi"), "नमस्ते दुनिया।", &["नमस्ते|w|नमस्ते", "दुनिया|w|दुनिया", "।|p|।"]);
    }

    #[test]
    fn cjk_one_token_per_character() {
        check(Some("zh"), "他来了。", &["他|w|他", "来|w|来", "了|w|了", "。|p|。"]);
        check(
            Some("ja"),
            "東京のテレビ",
            &["東|w|東", "京|w|京", "の|w|の", "テレビ|w|テレビ"],
        );
    }

    #[test]
    fn punctuation_and_symbols() {
        check(
            Some("en"),
            "“Yes…” (no) — ok?!",
            &[
                "“|p|“",
                "Yes|w|yes^",
                "…|p|…",
                "”|p|”",
                "(|p|(",
                "no|w|no*",
                ")|p|)",
                "—|p|—",
                "ok|w|ok",
                "?|p|?",
                "!|p|!",
            ],
        );
        check(
            Some("en"),
            "e\u{301}te\u{301}",
            &["e\u{301}te\u{301}|w|e\u{301}te\u{301}"],
        );
    }

    #[test]
    fn offsets_are_absolute() {
        let text = "Skip this. Then Mr. Pashinyan spoke.";
        let tokens = tokenize(text, Span::new(11, text.len()), Some("en"));
        let words: Vec<&str> = tokens.iter().map(|t| t.span.slice(text)).collect();
        assert_eq!(words, ["Then", "Mr.", "Pashinyan", "spoke", "."]);
        assert_eq!(tokens[0].span, Span::new(11, 15));
    }

    #[test]
    fn bad_spans_give_no_tokens() {
        assert!(tokenize("héllo", Span::new(2, 4), Some("en")).is_empty());
        assert!(tokenize("hello", Span::new(3, 40), Some("en")).is_empty());
    }

    #[test]
    fn public_stem() {
        assert_eq!(stem("Russia’s", Some("en")), "russia");
        assert_eq!(stem("Running", Some("en")), "run");
        assert_eq!(stem("Running", Some("pl")), "running");
        assert_eq!(stem("Running", None), "running");
        assert_eq!(stem("l'armée", Some("fr")), "armé");
        assert_eq!(stem("Präsidenten", Some("German")), "prasident");
    }
}
