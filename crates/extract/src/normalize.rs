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
        let plain = word.bytes().all(|b| (0x20..0x7F).contains(&b));
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
    let mut hash = FNV_OFFSET;
    let mut any = false;
    let mut letters = 0;
    if line.is_ascii() {
        for b in line.bytes() {
            if b.is_ascii_alphanumeric() {
                any = true;
                letters += usize::from(b.is_ascii_alphabetic());
                hash ^= u64::from(b.to_ascii_lowercase());
                hash = hash.wrapping_mul(FNV_PRIME);
            }
        }
        return (if any { hash.max(1) } else { 0 }, letters);
    }
    let mut feed = |c: char| {
        let mut buf = [0u8; 4];
        for byte in c.encode_utf8(&mut buf).bytes() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(FNV_PRIME);
        }
    };
    for c in line.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                any = true;
                letters += usize::from(c.is_ascii_alphabetic());
                feed(c.to_ascii_lowercase());
            }
        } else if c.is_alphanumeric() {
            any = true;
            letters += usize::from(c.is_alphabetic());
            for lower in c.to_lowercase() {
                feed(lower);
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
