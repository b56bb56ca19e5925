//! Whether a sentence can be read on its own, out of its article.

/// First words that refer back to something earlier in the article, in the
/// languages chorus reads most; a sentence starting with one cannot stand
/// alone in a summary.
const REFERRING_OPENERS: &[&str] = &[
    // English
    "he", "she", "it", "they", "him", "her", "his", "hers", "its", "their", "them", "this", "that",
    "these", "those", "such", "there", "here", "both", "also", "and", "but", "or", "so", "then",
    "thus", "therefore", "however", "moreover", "furthermore", "instead", "otherwise", "indeed",
    "still", "yet", "later", "meanwhile", "nevertheless", "nonetheless", "besides", "likewise",
    "similarly", "accordingly", "hence", "consequently", "again",
    // French
    "il", "elle", "ils", "elles", "ce", "cet", "cette", "ces", "cela", "ceci", "mais", "et", "donc",
    "ainsi", "aussi", "pourtant", "cependant",
    // German
    "er", "sie", "es", "dies", "diese", "dieser", "dieses", "aber", "und", "doch", "jedoch", "auch",
    // Spanish
    "él", "ella", "ellos", "ellas", "esto", "este", "esta", "estos", "estas", "pero", "sin", "también",
];

/// Whether a sentence can stand alone: it starts with a capital letter, a
/// digit or an opening quote, not with a word that refers back; its quotes
/// are balanced (it is not a piece of a quotation spread over sentences);
/// and it ends like a sentence, not like a headline or a caption.
pub fn stands_alone(sentence: &str) -> bool {
    let sentence = sentence.trim();
    let Some(first_char) = sentence.chars().next() else { return false };
    if !(first_char.is_uppercase() || first_char.is_ascii_digit() || is_opening_quote(first_char)) {
        return false;
    }
    let last = sentence.trim_end_matches(|c: char| is_closing_quote(c) || c == ')').chars().last();
    if !matches!(last, Some('.' | '!' | '?' | '。' | '！' | '？')) {
        return false;
    }
    if last == Some('?') {
        return false;
    }
    let first_word: String = sentence
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '\'' || *c == '’')
        .collect::<String>()
        .to_lowercase();
    if REFERRING_OPENERS.contains(&first_word.as_str()) {
        return false;
    }
    quotes_balanced(sentence)
}

fn is_opening_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '‘' | '«' | '„' | '\'' | '(')
}

fn is_closing_quote(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '»' | '\'' | '“')
}

/// Straight double quotes come in pairs; curly ones open and close; French
/// guillemets open and close.
fn quotes_balanced(sentence: &str) -> bool {
    let count = |c: char| sentence.chars().filter(|&x| x == c).count();
    count('"') % 2 == 0 && count('“') == count('”') && count('«') == count('»')
}

#[cfg(test)]
mod tests {
    use super::stands_alone;

    #[test]
    fn sentences_that_refer_back_or_are_fragments_do_not_stand_alone() {
        assert!(stands_alone("France accused Turkey on Thursday of sending fighters to the region."));
        assert!(stands_alone("“We have proof,” Macron said."));
        assert!(stands_alone("300 fighters crossed the border, officials said."));
        assert!(!stands_alone("He said the mercenaries also pose a threat."));
        assert!(!stands_alone("This is a very serious new fact."));
        assert!(!stands_alone("“We are concerned by these processes which not only lead to escalation."));
        assert!(!stands_alone("Syrian mercenaries under the flag of Turkey are deployed"));
        assert!(!stands_alone("and then the talks ended."));
        assert!(!stands_alone("Why did Armenia and Azerbaijan clash?"));
        assert!(!stands_alone(""));
    }
}
