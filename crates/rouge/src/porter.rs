//! The original Porter stemmer (Porter 1980, as in the reference Perl
//! implementation that ROUGE-1.5.5 calls with `-m`). Snowball's English
//! stemmer ("Porter2") differs from it on many words, and so would shift
//! ROUGE scores away from the official ones.
//!
//! Works on lowercase ASCII words; anything else is returned unchanged.

/// The Porter stem of a lowercase ASCII word.
pub fn stem(word: &str) -> String {
    if word.len() < 3 || !word.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()) {
        return word.to_string();
    }
    let mut w: Vec<u8> = word.as_bytes().to_vec();
    step1a(&mut w);
    step1b(&mut w);
    step1c(&mut w);
    step2(&mut w);
    step3(&mut w);
    step4(&mut w);
    step5(&mut w);
    String::from_utf8(w).unwrap_or_else(|_| word.to_string())
}

/// Whether `w[i]` is a consonant: not a vowel, and a `y` only when it starts
/// the word or follows a vowel.
fn consonant(w: &[u8], i: usize) -> bool {
    match w[i] {
        b'a' | b'e' | b'i' | b'o' | b'u' => false,
        b'y' => i == 0 || !consonant(w, i - 1),
        _ => true,
    }
}

/// The measure m of a stem: the number of vowel-consonant sequences in
/// `[C](VC)^m[V]`.
fn measure(w: &[u8]) -> usize {
    let mut m = 0;
    let mut i = 0;
    while i < w.len() && consonant(w, i) {
        i += 1;
    }
    loop {
        while i < w.len() && !consonant(w, i) {
            i += 1;
        }
        if i >= w.len() {
            return m;
        }
        while i < w.len() && consonant(w, i) {
            i += 1;
        }
        m += 1;
    }
}

fn has_vowel(w: &[u8]) -> bool {
    (0..w.len()).any(|i| !consonant(w, i))
}

/// `*o`: the stem ends consonant-vowel-consonant, the last not w, x or y.
fn ends_cvc(w: &[u8]) -> bool {
    let n = w.len();
    n >= 3
        && consonant(w, n - 3)
        && !consonant(w, n - 2)
        && consonant(w, n - 1)
        && !matches!(w[n - 1], b'w' | b'x' | b'y')
}

fn ends_double_consonant(w: &[u8]) -> bool {
    let n = w.len();
    n >= 2 && w[n - 1] == w[n - 2] && consonant(w, n - 1)
}

/// The stem before `suffix`, if the word ends with it and something is left.
fn stem_before<'a>(w: &'a [u8], suffix: &str) -> Option<&'a [u8]> {
    let suffix = suffix.as_bytes();
    (w.len() > suffix.len() && w.ends_with(suffix)).then(|| &w[..w.len() - suffix.len()])
}

fn step1a(w: &mut Vec<u8>) {
    if w.ends_with(b"sses") || w.ends_with(b"ies") {
        w.truncate(w.len() - 2);
    } else if w.len() >= 2 && w.ends_with(b"s") && w[w.len() - 2] != b's' {
        w.pop();
    }
}

fn step1b(w: &mut Vec<u8>) {
    if let Some(stem) = stem_before(w, "eed") {
        if measure(stem) > 0 {
            w.pop();
        }
        return;
    }
    let stem_len = match (stem_before(w, "ed"), stem_before(w, "ing")) {
        (Some(stem), _) | (None, Some(stem)) if has_vowel(stem) => stem.len(),
        _ => return,
    };
    w.truncate(stem_len);
    if w.ends_with(b"at") || w.ends_with(b"bl") || w.ends_with(b"iz") {
        w.push(b'e');
    } else if ends_double_consonant(w) && !matches!(w[w.len() - 1], b'l' | b's' | b'z') {
        w.pop();
    } else if measure(w) == 1 && ends_cvc(w) {
        w.push(b'e');
    }
}

fn step1c(w: &mut [u8]) {
    let n = w.len();
    if n > 1 && w[n - 1] == b'y' && has_vowel(&w[..n - 1]) {
        w[n - 1] = b'i';
    }
}

/// Replace the longest matching suffix of `rules` when the stem before it
/// passes `condition`; a longest suffix whose stem fails stops the step.
fn replace_suffix(w: &mut Vec<u8>, rules: &[(&str, &str)], condition: impl Fn(&[u8]) -> bool) -> bool {
    let best = rules
        .iter()
        .filter(|(suffix, _)| stem_before(w, suffix).is_some())
        .max_by_key(|(suffix, _)| suffix.len());
    let Some((suffix, replacement)) = best else {
        return false;
    };
    let stem_len = w.len() - suffix.len();
    if !condition(&w[..stem_len]) {
        return false;
    }
    w.truncate(stem_len);
    w.extend_from_slice(replacement.as_bytes());
    true
}

fn step2(w: &mut Vec<u8>) {
    const RULES: &[(&str, &str)] = &[
        ("ational", "ate"),
        ("tional", "tion"),
        ("enci", "ence"),
        ("anci", "ance"),
        ("izer", "ize"),
        ("bli", "ble"),
        ("alli", "al"),
        ("entli", "ent"),
        ("eli", "e"),
        ("ousli", "ous"),
        ("ization", "ize"),
        ("ation", "ate"),
        ("ator", "ate"),
        ("alism", "al"),
        ("iveness", "ive"),
        ("fulness", "ful"),
        ("ousness", "ous"),
        ("aliti", "al"),
        ("iviti", "ive"),
        ("biliti", "ble"),
        ("logi", "log"),
    ];
    replace_suffix(w, RULES, |stem| measure(stem) > 0);
}

fn step3(w: &mut Vec<u8>) {
    const RULES: &[(&str, &str)] = &[
        ("icate", "ic"),
        ("ative", ""),
        ("alize", "al"),
        ("iciti", "ic"),
        ("ical", "ic"),
        ("ful", ""),
        ("ness", ""),
    ];
    replace_suffix(w, RULES, |stem| measure(stem) > 0);
}

fn step4(w: &mut Vec<u8>) {
    const RULES: &[(&str, &str)] = &[
        ("al", ""),
        ("ance", ""),
        ("ence", ""),
        ("er", ""),
        ("ic", ""),
        ("able", ""),
        ("ible", ""),
        ("ant", ""),
        ("ement", ""),
        ("ment", ""),
        ("ent", ""),
        ("ou", ""),
        ("ism", ""),
        ("ate", ""),
        ("iti", ""),
        ("ous", ""),
        ("ive", ""),
        ("ize", ""),
    ];
    let matched_any = RULES.iter().any(|(suffix, _)| stem_before(w, suffix).is_some());
    if matched_any {
        replace_suffix(w, RULES, |stem| measure(stem) > 1);
        return;
    }
    if let Some(stem) = stem_before(w, "ion") {
        if matches!(stem.last(), Some(b's' | b't')) && measure(stem) > 1 {
            w.truncate(stem.len());
        }
    }
}

fn step5(w: &mut Vec<u8>) {
    if let Some(stem) = stem_before(w, "e") {
        let m = measure(stem);
        if m > 1 || (m == 1 && !ends_cvc(stem)) {
            w.pop();
        }
    }
    if w.ends_with(b"ll") && measure(w) > 1 {
        w.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::stem;

    #[test]
    fn stems_as_the_original_porter_algorithm() {
        let cases = [
            ("caresses", "caress"),
            ("ponies", "poni"),
            ("cats", "cat"),
            ("agreed", "agre"),
            ("plastered", "plaster"),
            ("motoring", "motor"),
            ("sing", "sing"),
            ("conflated", "conflat"),
            ("hopping", "hop"),
            ("filing", "file"),
            ("happy", "happi"),
            ("relational", "relat"),
            ("conditional", "condit"),
            ("generalization", "gener"),
            ("hopefulness", "hope"),
            ("triplicate", "triplic"),
            ("revival", "reviv"),
            ("adjustment", "adjust"),
            ("adoption", "adopt"),
            ("controlling", "control"),
            ("rolling", "roll"),
            ("generously", "gener"),
            ("news", "new"),
            ("government", "govern"),
        ];
        for (word, expected) in cases {
            assert_eq!(stem(word), expected, "{word}");
        }
    }
}
