//! Character classes shared by the sentence splitter and the tokenizer.
//!
//! The standard library knows letters, digits, case and white space, but not
//! Unicode general categories such as combining marks; the few ranges that
//! matter for news text in the scripts we meet are listed here instead of
//! pulling in a Unicode table crate.

/// White space, and invisible format characters that carry no text
/// (zero-width space, word joiner, byte order mark).
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{180E}')
}

/// The length in bytes of the line break starting at byte `at`, or 0.
/// Line breaks end paragraphs: `\n`, `\r`, vertical tab, form feed, next
/// line (U+0085), line and paragraph separators (U+2028, U+2029). Works on
/// bytes so that a line can be found without decoding the characters.
pub(crate) fn line_break_len(bytes: &[u8], at: usize) -> usize {
    match bytes.get(at..) {
        Some([b'\n' | b'\r' | 0x0B | 0x0C, ..]) => 1,
        Some([0xC2, 0x85, ..]) => 2,
        Some([0xE2, 0x80, 0xA8 | 0xA9, ..]) => 3,
        _ => 0,
    }
}

/// Characters that can end a sentence.
pub(crate) fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '?' | '!' | '…' | '‼' | '⁇' | '⁈' | '⁉' | '؟') || is_strong_terminator(c)
}

/// Terminators that end a sentence even when no space follows them: the
/// CJK full stops and marks, the Devanagari danda, the Greek question mark,
/// the Urdu, Armenian and Ethiopic full stops. None of them appears inside a
/// word or a number.
pub(crate) fn is_strong_terminator(c: char) -> bool {
    matches!(
        c,
        '。' | '．' | '｡' | '！' | '？' | '।' | '॥' | '\u{037E}' | '۔' | '։' | '።' | '፧'
    )
}

/// Closing quotes and brackets, which stay with the sentence they close.
/// `“` and `«` close quotes in German typography (`„so“`, `»so«`).
pub(crate) fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '”'
            | '’'
            | '“'
            | '»'
            | '«'
            | '›'
            | '‹'
            | ')'
            | ']'
            | '}'
            | '」'
            | '』'
            | '）'
            | '】'
            | '〕'
            | '〉'
            | '》'
            | '］'
    )
}

/// Opening quotes and brackets, and the dashes and bullets that may start a
/// sentence before its first word.
pub(crate) fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '“'
            | '‘'
            | '„'
            | '‚'
            | '«'
            | '»'
            | '‹'
            | '›'
            | '('
            | '['
            | '{'
            | '¿'
            | '¡'
            | '「'
            | '『'
            | '（'
            | '【'
            | '《'
            | '〈'
            | '—'
            | '–'
            | '-'
            | '•'
            | '*'
    )
}

/// Combining marks and variation selectors: they belong to the character
/// before them.
pub(crate) fn is_mark(c: char) -> bool {
    matches!(
        c,
        '\u{0300}'..='\u{036F}'
            | '\u{0483}'..='\u{0489}'
            | '\u{0591}'..='\u{05BD}'
            | '\u{05BF}'
            | '\u{05C1}'..='\u{05C2}'
            | '\u{05C4}'..='\u{05C5}'
            | '\u{05C7}'
            | '\u{0610}'..='\u{061A}'
            | '\u{064B}'..='\u{065F}'
            | '\u{0670}'
            | '\u{06D6}'..='\u{06DC}'
            | '\u{06DF}'..='\u{06E4}'
            | '\u{06E7}'..='\u{06E8}'
            | '\u{06EA}'..='\u{06ED}'
            | '\u{1AB0}'..='\u{1AFF}'
            | '\u{1DC0}'..='\u{1DFF}'
            | '\u{20D0}'..='\u{20FF}'
            | '\u{3099}'..='\u{309A}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FE20}'..='\u{FE2F}'
            | '\u{1F3FB}'..='\u{1F3FF}'
            | '\u{E0100}'..='\u{E01EF}'
    )
}

/// Whether `c` is part of a word: letters, digits, marks, and every
/// non-punctuation character of the Brahmic scripts of South and South-East
/// Asia, whose vowel signs and viramas `char::is_alphabetic` does not all
/// cover.
pub(crate) fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric() || is_mark(c) || (is_brahmic(c) && !is_brahmic_punctuation(c))
}

fn is_brahmic(c: char) -> bool {
    matches!(c, '\u{0900}'..='\u{0DFF}' | '\u{0E00}'..='\u{0FFF}' | '\u{1000}'..='\u{109F}' | '\u{1780}'..='\u{17FF}')
}

fn is_brahmic_punctuation(c: char) -> bool {
    matches!(
        c,
        '\u{0964}'
            | '\u{0965}'
            | '\u{0970}'
            | '\u{0DF4}'
            | '\u{0E4F}'
            | '\u{0E5A}'
            | '\u{0E5B}'
            | '\u{0F04}'..='\u{0F14}'
            | '\u{104A}'..='\u{104F}'
            | '\u{17D4}'..='\u{17DA}'
    )
}

/// Characters written without spaces between words, one token each: Han
/// ideographs and Hiragana. (Katakana and Hangul form runs, like letters.)
pub(crate) fn is_ideograph(c: char) -> bool {
    matches!(
        c,
        '\u{3040}'..='\u{309F}'
            | '\u{3400}'..='\u{4DBF}'
            | '\u{4E00}'..='\u{9FFF}'
            | '\u{F900}'..='\u{FAFF}'
            | '\u{20000}'..='\u{2FA1F}'
            | '\u{30000}'..='\u{3134F}'
    )
}

/// Characters that join two parts of one word when a word character follows:
/// apostrophes (`Russia’s`, `l'armée`), hyphens (`Nagorno-Karabakh`), the
/// Catalan middle dot, the soft hyphen and the zero-width (non-)joiners.
pub(crate) fn is_word_joiner(c: char) -> bool {
    matches!(
        c,
        '\'' | '’' | '-' | '\u{2010}' | '\u{2011}' | '\u{00AD}' | '\u{00B7}' | '\u{200C}' | '\u{200D}'
    )
}

/// Whether `c` is a hyphen (as opposed to an apostrophe).
pub(crate) fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}' | '\u{00AD}')
}

/// Invisible characters that are dropped between tokens.
pub(crate) fn is_ignorable(c: char) -> bool {
    is_space(c) || matches!(c, '\u{200C}' | '\u{200D}' | '\u{00AD}')
}

/// The character starting at byte `at` of `text`, if any.
#[inline]
pub(crate) fn char_at(text: &str, at: usize) -> Option<char> {
    match *text.as_bytes().get(at)? {
        ascii @ 0..=0x7F => Some(char::from(ascii)),
        _ => text.get(at..)?.chars().next(),
    }
}

/// The character ending at byte `at` of `text`, if any.
pub(crate) fn char_before(text: &str, at: usize) -> Option<char> {
    text.get(..at)?.chars().next_back()
}
