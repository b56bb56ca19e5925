//! Whitespace normalization of lines, Unicode normalization of the
//! extracted text, and the keys that say when two lines are "the same line"
//! for the repeated-line rule.

/// `text` in Unicode normalization form C: a letter written as a base and
/// a combining mark ("u" + "¨") becomes the one character most text uses
/// ("ü"), so that the same word is the same string whichever way the page
/// encoded it. ASCII and text already composed are returned as they are.
pub fn compose(text: String) -> String {
    let nfc = icu_normalizer::ComposingNormalizerBorrowed::new_nfc();
    if text.is_ascii() || nfc.is_normalized(&text) {
        return text;
    }
    nfc.normalize(&text).into_owned()
}

/// Characters that are dropped outright: zero-width spaces and joiners used
/// as page-layout glue, byte-order marks, soft hyphens.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}')
}

/// What normalization does with a character.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Treatment {
    Keep,
    Space,
    Drop,
}

/// The character at byte `i` of `text` (which must be a character
/// boundary), with its treatment and length. ASCII is handled without
/// decoding, which is most of every text.
fn classify_at(text: &str, i: usize) -> (Treatment, usize) {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        let treatment = match b {
            b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C => Treatment::Space,
            0x00..=0x1F | 0x7F => Treatment::Drop,
            _ => Treatment::Keep,
        };
        return (treatment, 1);
    }
    let c = text[i..].chars().next().unwrap_or(' ');
    let treatment = if c.is_whitespace() {
        Treatment::Space
    } else if c.is_control() || is_invisible(c) {
        Treatment::Drop
    } else {
        Treatment::Keep
    };
    (treatment, c.len_utf8())
}

/// Appends `line` to `out` trimmed, with every run of whitespace (including
/// no-break and other Unicode spaces) collapsed to one ASCII space and control
/// and invisible characters removed.
pub(crate) fn push_normalized(line: &str, out: &mut String) {
    let bytes = line.as_bytes();
    let mut wrote = false;
    let mut pending_space = false;
    let mut run_start: Option<usize> = None;
    let mut i = 0;
    while i < bytes.len() {
        // Printable ASCII needs no decision: skip over it quickly.
        if (0x21..0x7F).contains(&bytes[i]) {
            if run_start.is_none() {
                if pending_space && wrote {
                    out.push(' ');
                }
                pending_space = false;
                run_start = Some(i);
            }
            i += 1;
            while i < bytes.len() && (0x21..0x7F).contains(&bytes[i]) {
                i += 1;
            }
            continue;
        }
        let (treatment, len) = classify_at(line, i);
        match treatment {
            Treatment::Keep => {
                if run_start.is_none() {
                    if pending_space && wrote {
                        out.push(' ');
                    }
                    pending_space = false;
                    run_start = Some(i);
                }
            }
            Treatment::Space | Treatment::Drop => {
                if let Some(start) = run_start.take() {
                    out.push_str(&line[start..i]);
                    wrote = true;
                }
                pending_space |= treatment == Treatment::Space;
            }
        }
        i += len;
    }
    if let Some(start) = run_start {
        out.push_str(&line[start..]);
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

/// For each ASCII byte: its lower-case form if it is a letter or digit,
/// else zero.
const ASCII_KEY: [u8; 128] = {
    let mut table = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let byte = b as u8;
        table[b] = if byte.is_ascii_alphanumeric() {
            byte.to_ascii_lowercase()
        } else {
            0
        };
        b += 1;
    }
    table
};

/// The [`line_key`] of `line` and the number of its letters, in one pass.
pub(crate) fn key_and_letters(line: &str) -> (u64, usize) {
    const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut hash = FNV_OFFSET;
    let mut any = false;
    let mut letters = 0;
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            let key = ASCII_KEY[usize::from(b)];
            if key != 0 {
                any = true;
                letters += usize::from(key >= b'a');
                hash = (hash ^ u64::from(key)).wrapping_mul(FNV_PRIME);
            }
            i += 1;
            continue;
        }
        let c = line[i..].chars().next().unwrap_or(' ');
        i += c.len_utf8();
        if c.is_alphanumeric() {
            any = true;
            letters += usize::from(c.is_alphabetic());
            for lower in c.to_lowercase() {
                let mut buf = [0u8; 4];
                for &byte in lower.encode_utf8(&mut buf).as_bytes() {
                    hash = (hash ^ u64::from(byte)).wrapping_mul(FNV_PRIME);
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
    fn text_is_composed() {
        assert_eq!(compose("gepru\u{308}ft".to_string()), "geprüft");
        assert_eq!(compose("geprüft".to_string()), "geprüft");
        assert_eq!(compose("plain".to_string()), "plain");
    }

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
