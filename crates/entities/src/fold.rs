//! Case and diacritic folding: the one normalization every lookup and name
//! key starts from, so that "Çavuşoğlu", "CAVUSOGLU" and "Cavusoglu" meet.

/// Append `text` to `out` lower-cased, with Latin diacritics removed
/// (`ç` → `c`, `ğ` → `g`, `ß` → `ss`), typographic apostrophes made `'` and
/// dashes made `-`. Combining marks are dropped, so decomposed text folds
/// like precomposed text. Letters of other scripts are only lower-cased.
pub(crate) fn fold_into(text: &str, out: &mut String) {
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        match c {
            '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{2032}' => out.push('\''),
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' => out.push('-'),
            '\u{0300}'..='\u{036F}' => {}
            _ => {
                for lower in c.to_lowercase() {
                    match base_letter(lower) {
                        Some(base) => out.push_str(base),
                        None => out.push(lower),
                    }
                }
            }
        }
    }
}

/// The plain letters a lower-case Latin letter with a diacritic stands for.
fn base_letter(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'ǎ' | 'ạ' | 'ả' | 'ấ' | 'ầ' | 'ậ' => {
            "a"
        }
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' | 'ẹ' | 'ế' | 'ề' | 'ệ' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' | 'ǐ' | 'ị' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' | 'ǒ' | 'ọ' | 'ố' | 'ồ' | 'ộ' | 'ơ' => {
            "o"
        }
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' | 'ǔ' | 'ư' | 'ụ' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::fold_into;

    fn fold(text: &str) -> String {
        let mut out = String::new();
        fold_into(text, &mut out);
        out
    }

    #[test]
    fn folds_case_and_diacritics() {
        assert_eq!(fold("Çavuşoğlu"), "cavusoglu");
        assert_eq!(fold("MEVLÜT"), "mevlut");
        assert_eq!(fold("Türkiye’s"), "turkiye's");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("Cavus\u{0327}oglu"), "cavusoglu");
        assert_eq!(fold("Москва"), "москва");
    }
}
