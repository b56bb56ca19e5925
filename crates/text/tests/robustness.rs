//! No input makes the text stage panic, and its spans always obey the model's
//! invariants: on character boundaries, inside the text, sentences ordered,
//! trimmed and disjoint, tokens inside their sentence, and sentence token
//! ranges consecutive and covering every token.
//!
//! Inputs come from a small deterministic generator (no dependency, same
//! cases on every run): random bytes read as lossy UTF-8, and random strings
//! over an alphabet of the characters the rules care about.

use chorus_model::{Article, Span};

/// A xorshift generator: deterministic, good enough to spread cases.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Pieces that exercise the rules: terminators, quotes, abbreviations,
/// numbers, joiners, marks, other scripts, line breaks, invisible characters.
const PIECES: &[&str] = &[
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "\r",
    "\t",
    "\u{A0}",
    "\u{2028}",
    "\u{FEFF}",
    "\u{200B}",
    "\u{200D}",
    "\u{00AD}",
    ".",
    ".",
    "...",
    "…",
    "?",
    "!",
    "?!",
    ",",
    ";",
    ":",
    "\"",
    "'",
    "“",
    "”",
    "‘",
    "’",
    "«",
    "»",
    "„",
    "(",
    ")",
    "[",
    "]",
    "-",
    "—",
    "$",
    "%",
    "/",
    "a",
    "the",
    "The",
    "He",
    "Mr",
    "U",
    "S",
    "U.S.",
    "e.g.",
    "etc",
    "Inc",
    "No",
    "Jan",
    "F",
    "J",
    "z.B.",
    "M",
    "Sr",
    "1",
    "3",
    "42",
    "1,500",
    "3.5",
    "2019",
    "000",
    "17-year-old",
    "Russia’s",
    "l'",
    "word",
    "Word",
    "É",
    "e\u{301}",
    "\u{301}",
    "中",
    "文",
    "。",
    "！",
    "？",
    "।",
    "\u{37E}",
    "։",
    "Ж",
    "слово",
    "नमस्ते",
    "ا",
    "ß",
    "İ",
    "ǅ",
    "😀",
    "👨\u{200D}👩",
    "\u{FE0F}",
    "\u{1F3FB}",
    "ｱ",
    "カタカナ",
    "\u{10FFFF}",
    "\u{0}",
    "\u{7F}",
];

fn random_text(random: &mut Random) -> String {
    let length = random.below(60);
    (0..length).map(|_| PIECES[random.below(PIECES.len())]).collect()
}

fn random_bytes(random: &mut Random) -> String {
    let length = random.below(200);
    let bytes: Vec<u8> = (0..length).map(|_| random.next() as u8).collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

fn assert_on_boundaries(text: &str, span: Span, what: &str) {
    let (start, end) = (span.start as usize, span.end as usize);
    assert!(start <= end && end <= text.len(), "{what} {span:?} outside {text:?}");
    assert!(
        text.is_char_boundary(start) && text.is_char_boundary(end),
        "{what} {span:?} not on char boundaries of {text:?}"
    );
}

/// Check every invariant of an annotated article.
fn check_invariants(article: &Article) {
    let text = &article.text;
    let mut previous_end = 0;
    let mut next_token = 0;
    for sentence in &article.sentences {
        let span = sentence.span;
        assert_on_boundaries(text, span, "sentence");
        assert!(!span.is_empty(), "empty sentence in {text:?}");
        assert!(span.start >= previous_end, "sentences overlap or go back in {text:?}");
        let body = span.slice(text);
        assert_eq!(body, body.trim(), "sentence {body:?} is not trimmed");
        previous_end = span.end;

        assert_eq!(
            sentence.tokens.start, next_token,
            "token ranges not consecutive in {text:?}"
        );
        assert!(sentence.tokens.start <= sentence.tokens.end);
        next_token = sentence.tokens.end;
        let mut token_end = span.start;
        for token in article.sentence_tokens(sentence) {
            assert_on_boundaries(text, token.span, "token");
            assert!(!token.span.is_empty(), "empty token in {text:?}");
            assert!(
                token.span.start >= token_end && token.span.end <= span.end,
                "token {:?} outside its sentence {span:?} or out of order in {text:?}",
                token.span
            );
            token_end = token.span.end;
        }
    }
    assert_eq!(
        next_token as usize,
        article.tokens.len(),
        "tokens outside sentences in {text:?}"
    );
}

fn annotate_and_check(text: String, language: Option<&str>) {
    let mut article = Article {
        text,
        language: language.map(str::to_string),
        ..Article::default()
    };
    chorus_text::annotate(&mut article);
    check_invariants(&article);
}

const LANGUAGES: &[Option<&str>] = &[
    None,
    Some("en"),
    Some("fr"),
    Some("de"),
    Some("es"),
    Some("it"),
    Some("pt"),
    Some("nl"),
    Some("ru"),
    Some("zh"),
    Some("el"),
    Some("tr"),
    Some("ar"),
    Some("ta"),
    Some("garbage-code"),
];

#[test]
fn random_strings_never_break_invariants() {
    let mut random = Random(0x9E37_79B9_7F4A_7C15);
    for round in 0..3000 {
        let text = random_text(&mut random);
        annotate_and_check(text, LANGUAGES[round % LANGUAGES.len()]);
    }
}

#[test]
fn random_bytes_never_break_invariants() {
    let mut random = Random(0x2545_F491_4F6C_DD1D);
    for round in 0..3000 {
        let text = random_bytes(&mut random);
        annotate_and_check(text, LANGUAGES[round % LANGUAGES.len()]);
    }
}

#[test]
fn public_functions_accept_anything() {
    let mut random = Random(0xDEAD_BEEF_CAFE_F00D);
    for round in 0..800 {
        let text = if round % 2 == 0 {
            random_text(&mut random)
        } else {
            random_bytes(&mut random)
        };
        let language = LANGUAGES[round % LANGUAGES.len()];
        let _ = chorus_text::identify_language(&text);
        let _ = chorus_text::normalize_language_code(&text);
        let _ = chorus_text::is_stopword(&text, language);
        let _ = chorus_text::stem(&text, language);
        for span in chorus_text::split_sentences(&text, language) {
            assert_on_boundaries(&text, span, "sentence");
        }
        // Arbitrary spans, valid or not.
        let (a, b) = (random.below(text.len() + 2), random.below(text.len() + 2));
        let span = Span {
            start: a.min(b) as u32,
            end: a.max(b) as u32,
        };
        for token in chorus_text::tokenize(&text, span, language) {
            assert_on_boundaries(&text, token.span, "token");
            assert!(token.span.start >= span.start && token.span.end <= span.end);
        }
    }
}

#[test]
fn every_stemmer_survives_odd_words() {
    let languages = [
        "ar", "da", "nl", "en", "fi", "fr", "de", "el", "hu", "it", "no", "pt", "ro", "ru", "es", "sv", "ta", "tr",
    ];
    let mut random = Random(0x0123_4567_89AB_CDEF);
    for round in 0..5000 {
        let word: String = (0..random.below(12))
            .map(|_| PIECES[random.below(PIECES.len())])
            .collect();
        let _ = chorus_text::stem(&word, Some(languages[round % languages.len()]));
    }
}

#[test]
fn long_lines_and_many_terminators() {
    annotate_and_check("a".repeat(100_000), Some("en"));
    annotate_and_check(".".repeat(10_000), Some("en"));
    annotate_and_check("Mr. ".repeat(5_000), Some("en"));
    annotate_and_check("\n".repeat(10_000), None);
    annotate_and_check("1,".repeat(10_000), Some("de"));
}

/// Inputs that would take minutes if a rule rescanned the line at every
/// period; linear rules take milliseconds.
#[test]
fn long_runs_stay_linear() {
    for piece in ["a.Ba.", "ab.cd.", "U.S.", "a.", ".\"", "\"a.\" B ", "Mr.", "x?\"Y"] {
        annotate_and_check(piece.repeat(20_000), Some("en"));
    }
}
