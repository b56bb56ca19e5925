//! Whitespace normalization of lines, and the keys that say when two lines
//! are "the same line" for the repeated-line rule.

/// Characters that are dropped outright: zero-width spaces and joiners used
/// as page-layout glue, byte-order marks, soft hyphens.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}')
}

/// Appends `line` to `out` trimmed, with every run of whitespace (including
/// no-break and other Unicode spaces) collapsed to one ASCII space and control
/// characters removed.
pub(crate) fn push_normalized(line: &str, out: &mut String) {
    if line.is_ascii() {
        push_normalized_ascii(line, out);
        return;
    }
    let mut need_space = false;
    for word in line.split_whitespace() {
        let plain = !has_hidden_chars(word);
        let before = out.len();
        if need_space {
            out.push(' ');
        }
        let content_start = out.len();
        if plain {
            out.push_str(word);
        } else {
            out.extend(word.chars().filter(|&c| !c.is_control() && !is_invisible(c)));
        }
        if out.len() == content_start {
            // Nothing visible in this word: no space for it either.
            out.truncate(before);
        } else {
            need_space = true;
        }
    }
}

/// Whether `text` has a control or invisible character, found by its
/// UTF-8 bytes without decoding.
fn has_hidden_chars(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.iter().enumerate().any(|(i, &b)| match b {
        0x00..=0x1F | 0x7F => true,
        // C1 controls and the soft hyphen.
        0xC2 => bytes.get(i + 1).is_some_and(|&n| (0x80..=0x9F).contains(&n) || n == 0xAD),
        // U+200B zero width space, U+2060 word joiner.
        0xE2 => matches!((bytes.get(i + 1), bytes.get(i + 2)), (Some(0x80), Some(0x8B)) | (Some(0x81), Some(0xA0))),
        // U+FEFF byte-order mark.
        0xEF => matches!((bytes.get(i + 1), bytes.get(i + 2)), (Some(0xBB), Some(0xBF))),
        _ => false,
    })
}

/// [`push_normalized`] for ASCII text, by bytes.
fn push_normalized_ascii(line: &str, out: &mut String) {
    let bytes = line.as_bytes();
    let is_space = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C);
    let mut need_space = false;
    let mut i = 0;
    while i < bytes.len() {
        while i < bytes.len() && is_space(bytes[i]) {
            i += 1;
        }
        let start = i;
        while i < bytes.len() && !is_space(bytes[i]) {
            i += 1;
        }
        let word = &line[start..i];
        if word.is_empty() {
            continue;
        }
        let visible = |b: &u8| (0x20..0x7F).contains(b);
        if !word.bytes().any(|b| visible(&b)) {
            continue;
        }
        if need_space {
            out.push(' ');
        }
        if word.bytes().all(|b| visible(&b)) {
            out.push_str(word);
        } else {
            out.extend(word.chars().filter(|c| !c.is_control()));
        }
        need_space = true;
    }
}

/// `line` trimmed, with whitespace runs collapsed to one space.
pub fn normalize_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    push_normalized(line, &mut out);
    out
}

/// A hash of the letters and digits of `line`, lower-cased: two lines that
/// differ only in case, spacing or punctuation get the same key. Zero when
/// the line has no letter or digit.
pub(crate) fn line_key(line: &str) -> u64 {
    key_and_letters(line).0
}

/// The [`line_key`] of `line` and the number of its letters, in one pass.
pub(crate) fn key_and_letters(line: &str) -> (u64, usize) {
    const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
    fn feed(hash: &mut u64, byte: u8) {
        *hash ^= u64::from(byte);
        *hash = hash.wrapping_mul(FNV_PRIME);
    }
    let mut hash = FNV_OFFSET;
    let mut any = false;
    let mut letters = 0;
    if line.is_ascii() {
        for b in line.bytes().filter(u8::is_ascii_alphanumeric) {
            any = true;
            letters += usize::from(b.is_ascii_alphabetic());
            feed(&mut hash, b.to_ascii_lowercase());
        }
    } else {
        for c in line.chars() {
            if c.is_ascii_alphanumeric() {
                any = true;
                letters += usize::from(c.is_ascii_alphabetic());
                feed(&mut hash, c.to_ascii_lowercase() as u8);
            } else if !c.is_ascii() && c.is_alphanumeric() {
                any = true;
                letters += usize::from(c.is_alphabetic());
                for lower in c.to_lowercase() {
                    let mut buf = [0u8; 4];
                    for &byte in lower.encode_utf8(&mut buf).as_bytes() {
                        feed(&mut hash, byte);
                    }
                }
            }
        }
    }
    let key = if any { hash.max(1) } else { 0 };
    (key, letters)
}

/// Whether two strings are the same once case, spacing and punctuation are
/// ignored.
pub(crate) fn same_text(a: &str, b: &str) -> bool {
    let key = line_key(a);
    key != 0 && key == line_key(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collapses_and_trims_whitespace() {
        assert_eq!(normalize_line("  a \t b\u{00A0}\u{00A0}c  "), "a b c");
        assert_eq!(normalize_line("x\u{200B}y"), "xy");
        assert_eq!(normalize_line(" \t "), "");
        assert_eq!(normalize_line("a \u{200B} b\u{0}c"), "a bc");
        assert_eq!(key_and_letters("Ab 1 ж").1, 3);
    }

    #[test]
    fn keys_ignore_case_and_punctuation() {
        assert_eq!(line_key("Hello, World!"), line_key("hello world"));
        assert_ne!(line_key("hello world"), line_key("hello word"));
        assert_eq!(line_key("--- ***"), 0);
        assert!(same_text("Привет, мир", "привет мир"));
    }
}
