//! Name keys: a form of a name that spelling variants and transliterations
//! share, so that outlets writing "Pashinyan", "Pashinian" and "Pachinian",
//! or "Putin" and "Poutine", can be recognized as naming one person.
//!
//! A key is built word by word: diacritics folded and case lowered
//! ("Çavuşoğlu" → "cavusoglu"), then the spellings that transliteration
//! systems choose differently are made one (`ch`/`sch`/`tch` → `sh`, `ph` →
//! `f`, `ou` → `u`, `y` → `i`, a final `-ean` → `-ian`), double letters are
//! collapsed ("Emmanuel" → "emanuel") and a final mute `e` is dropped. Two
//! keys that still differ by one letter are the same name when the word is
//! long enough for that to be a typo rather than another name
//! ([`words_match`]).

use crate::fold::fold_into;

/// Words shorter than this (in letters) must match exactly: one letter is
/// the difference between two names there ("Ali" / "Ari"), not a typo.
const MIN_FUZZY_LETTERS: usize = 5;

/// The name key of a name: one key word per word of the name, separated by
/// single spaces. Punctuation inside words is dropped, and an Arabic article
/// joined by a hyphen ("al-Assad") is left out.
pub fn name_key(name: &str) -> String {
    let mut folded = String::new();
    let folded = if name.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        name
    } else if name.is_ascii() {
        folded.push_str(name);
        folded.make_ascii_lowercase();
        &folded
    } else {
        fold_into(name, &mut folded);
        &folded
    };
    let mut key = String::with_capacity(folded.len());
    for word in folded.split(|c: char| c.is_whitespace()) {
        let word = expand_abbreviation(strip_article(word));
        let start = key.len();
        if start > 0 {
            key.push(' ');
        }
        push_word_key(word, &mut key);
        if key.len() == start + usize::from(start > 0) {
            key.truncate(start);
        }
    }
    key
}

/// Whether two key words name the same thing: equal, or one edit apart
/// when both are long enough for that to be a typo.
pub(crate) fn words_match(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    // A character takes at most four bytes, so lengths far apart cannot be
    // one edit apart.
    if a.len().abs_diff(b.len()) > 4 || a.len().min(b.len()) < MIN_FUZZY_LETTERS {
        return false;
    }
    if a.is_ascii() && b.is_ascii() {
        return within_one_edit(a.as_bytes(), b.as_bytes());
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    a.len() >= MIN_FUZZY_LETTERS && b.len() >= MIN_FUZZY_LETTERS && within_one_edit(&a, &b)
}

/// Whether `a` becomes `b` by at most one insertion, deletion or
/// substitution.
pub(crate) fn within_one_edit<T: PartialEq>(a: &[T], b: &[T]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() - short.len() > 1 {
        return false;
    }
    let prefix = short.iter().zip(long.iter()).take_while(|(x, y)| x == y).count();
    if prefix == short.len() {
        return true;
    }
    if short.len() == long.len() {
        short[prefix + 1..] == long[prefix + 1..]
    } else {
        short[prefix..] == long[prefix + 1..]
    }
}

/// The letters of an acronym ("OSCE", "U.N."): two to six capitals,
/// periods allowed; `None` for anything else.
pub(crate) fn acronym_letters(name: &str) -> Option<String> {
    let letters: String = name.chars().filter(|c| c.is_alphabetic()).collect();
    let acronym = (2..=6).contains(&letters.chars().count()) && name.chars().all(|c| c.is_uppercase() || c == '.');
    acronym.then_some(letters)
}

/// The initials of the capitalized words of a name, the first part of a
/// hyphenated word only: "Organization for Security and Co-operation in
/// Europe" → "OSCE".
pub(crate) fn initials(name: &str) -> String {
    name.split(|c: char| c.is_whitespace())
        .filter_map(|word| word.split('-').next())
        .filter_map(|word| word.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

/// `word` without a leading Arabic article joined by a hyphen.
fn strip_article(word: &str) -> &str {
    for article in ["al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-"] {
        if let Some(rest) = word.strip_prefix(article) {
            if !rest.is_empty() {
                return rest;
            }
        }
    }
    word
}

/// The full word of an abbreviation that place names are written with
/// ("Ft. Lauderdale" is "Fort Lauderdale", "Mt. Vernon" "Mount Vernon");
/// not "St.", which is "Saint" or "Street".
fn expand_abbreviation(word: &str) -> &str {
    match word {
        "ft." => "fort",
        "mt." => "mount",
        _ => word,
    }
}

/// Append the key of one folded word to `out`.
fn push_word_key(word: &str, out: &mut String) {
    let start = out.len();
    let mut last: Option<char> = None;
    // Collapse doubled letters as they are written.
    let mut push = |c: char, out: &mut String| {
        if last != Some(c) {
            out.push(c);
            last = Some(c);
        }
    };
    let mut letters = word.chars().filter(|c| c.is_alphanumeric()).peekable();
    while let Some(c) = letters.next() {
        let next = letters.peek().copied();
        match (c, next) {
            ('s' | 't', Some('c')) => {
                let mut ahead = letters.clone();
                ahead.next();
                if ahead.peek() == Some(&'h') {
                    letters.next();
                    letters.next();
                    push('s', out);
                    push('h', out);
                } else {
                    push(c, out);
                }
            }
            ('c', Some('h')) => {
                letters.next();
                push('s', out);
                push('h', out);
            }
            ('p', Some('h')) => {
                letters.next();
                push('f', out);
            }
            ('o', Some('u')) => {
                letters.next();
                push('u', out);
            }
            ('y', _) => push('i', out),
            _ => push(c, out),
        }
    }
    if out.len() - start > 4 && out.ends_with("ean") {
        let at = out.len() - 3;
        out.replace_range(at..at + 1, "i");
    }
    if out.len() - start > 3 && out.ends_with('e') {
        out.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transliterations_share_a_key() {
        let pashinyan = name_key("Nikol Pashinyan");
        assert_eq!(pashinyan, "nikol pashinian");
        assert_eq!(name_key("Nikol Pashinian"), pashinyan);
        assert_eq!(name_key("Nikol Pachinian"), pashinyan);
        assert_eq!(name_key("Nikol Pashinean"), pashinyan);
        assert_eq!(name_key("Poutine"), name_key("Putin"));
        assert_eq!(name_key("Çavuşoğlu"), name_key("Cavusoglu"));
        assert_eq!(name_key("Mevlüt Çavusoglu"), name_key("Mevlut Cavusoglu"));
        assert_eq!(name_key("Emmanuel Macron"), name_key("Emanuel Macron"));
        assert_eq!(name_key("Sergey Lavrov"), name_key("Sergei Lavrov"));
        assert_eq!(name_key("Ilham Aliyev"), name_key("Ilham Aliev"));
        assert_eq!(name_key("Zelenskyy"), name_key("Zelensky"));
        assert_eq!(name_key("Bashar al-Assad"), "bashar asad");
    }

    #[test]
    fn different_names_keep_different_keys() {
        assert_ne!(name_key("Macron"), name_key("Maron"));
        assert_ne!(name_key("Ali"), name_key("Ari"));
        assert_eq!(name_key("  "), "");
        assert_eq!(name_key("U.S."), "us");
    }

    #[test]
    fn abbreviated_place_words_share_the_full_word_key() {
        assert_eq!(name_key("Ft. Myers"), name_key("Fort Myers"));
        assert_eq!(name_key("Mt. Pleasant Township"), name_key("Mount Pleasant Township"));
        assert_ne!(name_key("Ft Myers"), name_key("Fort Myers"));
    }

    #[test]
    fn one_letter_typos_match_only_in_long_words() {
        assert!(words_match("erdogan", "erdogen"));
        assert!(words_match("mohamad", "mohamed"));
        assert!(!words_match("ali", "ari"));
        assert!(within_one_edit(b"abc", b"abcd"));
        assert!(within_one_edit(b"abcd", b"acd"));
        assert!(!within_one_edit(b"abcd", b"acbd"));
        assert!(within_one_edit(b"", b"a"));
        assert!(words_match("çavusoglu", "cavusoglu"));
    }

    #[test]
    fn acronyms_spell_initials() {
        assert_eq!(acronym_letters("U.N.").as_deref(), Some("UN"));
        assert_eq!(acronym_letters("Nato"), None);
        assert_eq!(initials("Organization for Security and Co-operation in Europe"), "OSCE");
        assert_eq!(initials("Kentucky State Police"), "KSP");
    }
}
