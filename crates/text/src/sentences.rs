//! Sentence segmentation: spans of byte offsets, trimmed of surrounding
//! space.
//!
//! The text has one paragraph per line, so every line break ends a sentence,
//! punctuated or not (headlines, captions, datelines). Within a line, a
//! sentence ends after a terminator (`.`, `?`, `!`, `…`, and the full stops
//! of other scripts), together with the closing quotes and brackets right
//! after it, when what follows looks like the start of a new sentence.
//!
//! The rules, in the order they are tried at a terminator:
//!
//! 1. CJK full stops, the danda, the Greek question mark and similar marks
//!    always end a sentence: they never occur inside words or numbers.
//! 2. Otherwise a space must follow (`3.5`, `U.S.-led`, `Yahoo!News` do not
//!    break), except where extraction glued two sentences together
//!    (`police said.The suspect`, `now."Even before`).
//! 3. The next word must not start in lower case (`"Why?" he asked` does
//!    not break), nor be the attribution of a quotation (`"Why?" Culver
//!    asked.`, English only).
//! 4. `?`, `!` and ellipses then end the sentence.
//! 5. A single period ends it unless the word before is an abbreviation:
//!    a title (`Mr.`, `Gen.`) never ends a sentence; an ambiguous one
//!    (`Inc.`, `etc.`, `U.S.`, an initial) only when the next word is a
//!    capitalized stopword (`in the U.S. The` breaks, `U.S. officials` and
//!    `John F. Kennedy` do not); in languages that write ordinals with a
//!    period, a number followed by a capitalized word that is not a
//!    stopword does not end one (`am 3. Oktober`).
//!
//! Closing quotes and brackets right after the terminator stay with the
//! sentence. A straight `"` counts as closing only when the quotation it
//! closes is open (an odd number of `"` before it on the line), so that in
//! `He said."We won."` the second sentence keeps its opening quote.
//!
//! This is the approach of rule-based splitters such as Punkt's
//! orthographic heuristics, without training: the abbreviation tables live
//! in [`crate::abbreviations`].

use chorus_model::Span;

use crate::abbreviations::{self, Abbreviation};
use crate::chars::{
    char_at, char_before, is_closer, is_opener, is_space, is_strong_terminator, is_terminator, line_break_len,
};
use crate::language::{resolve, Profile};

/// Split `text` into sentences, as trimmed, non-empty, ordered spans.
///
/// `language` is an ISO 639-1 code (other spellings are normalized); it
/// chooses the abbreviation table and the stopwords that tell a sentence
/// start. `None` uses English tables.
pub fn split_sentences(text: &str, language: Option<&str>) -> Vec<Span> {
    split_with(text, &Profile::new(resolve(language)))
}

/// [`split_sentences`] with the language already looked up.
pub(crate) fn split_with(text: &str, profile: &Profile) -> Vec<Span> {
    // Spans are u32: a text beyond 4 GiB is cut rather than overflowed.
    let text = crate::language::prefix(text, u32::MAX as usize);
    let bytes = text.as_bytes();
    let mut sentences = Vec::new();
    let (mut line_start, mut at) = (0, 0);
    while at < bytes.len() {
        match line_break_len(bytes, at) {
            0 => at += 1,
            length => {
                split_line(text, line_start, at, profile, &mut sentences);
                at += length;
                line_start = at;
            }
        }
    }
    split_line(text, line_start, text.len(), profile, &mut sentences);
    sentences
}

/// Split one line (`text[start..end]`) and append its sentences.
fn split_line(text: &str, start: usize, end: usize, profile: &Profile, out: &mut Vec<Span>) {
    let Some(line) = text.get(start..end) else {
        return;
    };
    let first_of_line = out.len();
    let mut sentence_start = 0;
    let mut at = 0;
    let bytes = line.as_bytes();
    // Straight double quotes seen so far on the line: when their number is
    // odd, a quotation is open, and the next `"` closes it.
    let (mut quotes, mut quotes_counted_to) = (0usize, 0);
    while let Some(&byte) = bytes.get(at) {
        // Most bytes are ASCII that cannot end a sentence: skip them undecoded.
        if byte.is_ascii() && !matches!(byte, b'.' | b'?' | b'!') {
            at += 1;
            continue;
        }
        let Some(c) = char_at(line, at) else {
            break;
        };
        if !is_terminator(c) {
            if c == '“' && quotation_after_attribution(line, sentence_start, at, profile) {
                push_sentence(line, start, sentence_start, at, first_of_line, out);
                sentence_start = at;
            }
            at += c.len_utf8();
            continue;
        }
        quotes += bytes[quotes_counted_to..at].iter().filter(|&&b| b == b'"').count();
        quotes_counted_to = at;
        match boundary_at(line, at, quotes % 2 == 1, profile) {
            Boundary::Split(after) => {
                push_sentence(line, start, sentence_start, after, first_of_line, out);
                sentence_start = after;
                at = after;
            }
            Boundary::Continue(after) => at = after,
        }
    }
    push_sentence(line, start, sentence_start, line.len(), first_of_line, out);
}

/// What to do at a terminator.
enum Boundary {
    /// The sentence ends just before this byte.
    Split(usize),
    /// No sentence ends here; go on scanning from this byte.
    Continue(usize),
}

/// Decide whether the terminator at byte `at` of `line` ends a sentence.
/// `quote_open`: a straight double quote opened before `at` is not closed.
fn boundary_at(line: &str, at: usize, quote_open: bool, profile: &Profile) -> Boundary {
    // The run of terminators: "?!", "...", "?..".
    let mut after_marks = at;
    let (mut periods, mut others, mut strong) = (0, 0, false);
    while let Some(c) = char_at(line, after_marks).filter(|&c| is_terminator(c)) {
        match c {
            '.' => periods += 1,
            _ => others += 1,
        }
        strong |= is_strong_terminator(c);
        after_marks += c.len_utf8();
    }
    // Closing quotes and brackets right after it belong to this sentence;
    // a straight quote only when it closes an open quotation.
    let mut after_closers = after_marks;
    let mut quote_open = quote_open;
    while let Some(c) = char_at(line, after_closers).filter(|&c| is_closer(c)) {
        if c == '"' {
            if !quote_open {
                break;
            }
            quote_open = false;
        }
        after_closers += c.len_utf8();
    }
    // French sets closing guillemets apart with a space: `pas. » Le`.
    let spaced = skip(line, after_closers, is_space);
    if let Some(c @ ('»' | '”' | '›')) = char_at(line, spaced) {
        let after = spaced + c.len_utf8();
        if char_at(line, after).is_none_or(is_space) {
            after_closers = after;
        }
    }
    if strong {
        return Boundary::Split(after_closers);
    }
    let quoted = line[after_marks..after_closers].contains(['"', '”', '’', '\'', '»']);
    match char_at(line, after_closers) {
        None => return Boundary::Continue(after_closers),
        Some(c) if !is_space(c) => {
            return if glued_sentence_start(line, at, after_closers, profile) {
                Boundary::Split(after_closers)
            } else {
                Boundary::Continue(after_marks)
            };
        }
        Some(_) => {}
    }
    let next_word = skip(line, skip(line, after_closers, is_space), is_opener);
    let Some(next) = char_at(line, next_word) else {
        // Only space or opening marks follow: the line ends here anyway.
        return Boundary::Split(after_closers);
    };
    if next.is_lowercase() {
        return Boundary::Continue(after_marks);
    }
    let ends = if periods != 1 || others != 0 {
        true
    } else {
        match classify_before_period(line, at, profile) {
            Before::Word => true,
            Before::Abbreviation(Abbreviation::Prefix) => false,
            Before::Abbreviation(Abbreviation::Ambiguous) => starts_sentence(line, next_word, profile),
            Before::Ordinal => !next.is_alphabetic() || starts_sentence(line, next_word, profile),
        }
    };
    if ends && !(quoted && is_attribution(line, next_word, profile)) {
        Boundary::Split(after_closers)
    } else {
        Boundary::Continue(after_marks)
    }
}

/// Whether a new sentence starts right after the terminator at `at`
/// without a space between them, as when extraction glued two paragraphs
/// together (`police said.The suspect`, `right now."Even before`): a
/// lower-case letter before the terminator, a capitalized word after it
/// (behind opening quotes), and no abbreviation before a period; after `?`,
/// `!` or an ellipsis, only behind a closing quote.
fn glued_sentence_start(line: &str, at: usize, after_closers: usize, profile: &Profile) -> bool {
    if !char_before(line, at).is_some_and(char::is_lowercase) {
        return false;
    }
    let word = skip(line, after_closers, is_opener);
    let Some(first) = char_at(line, word).filter(|c| c.is_uppercase()) else {
        return false;
    };
    // Without a quote to mark the start, `U.S.Army` or `ASP.NET` could be
    // meant: ask for a capitalized word, not just a capital.
    let behind_quote = word > after_closers;
    if !behind_quote && !char_at(line, word + first.len_utf8()).is_some_and(char::is_lowercase) {
        return false;
    }
    if char_at(line, at) == Some('.') && char_at(line, at + 1) != Some('.') {
        matches!(classify_before_period(line, at, profile), Before::Word)
    } else {
        // `Yahoo!News` is a name; `Why?"The` is two sentences.
        after_closers > skip(line, at, is_terminator)
    }
}

/// Verbs that attribute a quotation, by language: after `"Why?"`, the words
/// `Culver asked.` continue the sentence rather than start one.
const SPEECH_VERBS: &[(&str, &[&str])] = &[(
    "en",
    &[
        "added",
        "adds",
        "admitted",
        "answered",
        "argued",
        "asked",
        "asks",
        "claimed",
        "continued",
        "cried",
        "declared",
        "explained",
        "insisted",
        "noted",
        "recalled",
        "remarked",
        "replied",
        "responded",
        "said",
        "says",
        "screamed",
        "shouted",
        "stated",
        "tells",
        "told",
        "warned",
        "whispered",
        "wrote",
        "yelled",
    ],
)];

/// Whether the words at `at` attribute the quotation before them: one to
/// four capitalized words that are not stopwords (a name, a title; not
/// `He`, `The`) and a speech verb, as in `"Why?" Police Chief Ken Barnes
/// asked.`
fn is_attribution(line: &str, at: usize, profile: &Profile) -> bool {
    let language = profile.code.unwrap_or("en");
    let Some((_, verbs)) = SPEECH_VERBS.iter().find(|(code, _)| *code == language) else {
        return false;
    };
    let mut words = line[at..]
        .split(|c: char| !(c.is_alphanumeric() || c == '.' || c == '\'' || c == '’' || c == '-'))
        .filter(|word| !word.is_empty());
    for position in 0..5 {
        let Some(word) = words.next() else {
            return false;
        };
        if position > 0 && verbs.contains(&word.trim_end_matches('.')) {
            return true;
        }
        if !word.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
        let lower = word.to_lowercase();
        if profile.stopwords.binary_search(&lower.as_str()).is_ok() {
            return false;
        }
    }
    false
}

/// Whether the opening quotation mark `“` at byte `at` starts a new
/// sentence that lacks the full stop before it: a quotation and its
/// attribution are already complete since `sentence_start` (`“…,” said
/// French President Emmanuel Macron “This is…”`), a name ends the
/// attribution right before the mark, and a capital opens the new
/// quotation. Only curly quotes, whose direction is certain, and only
/// where the speech verbs are known (English).
fn quotation_after_attribution(line: &str, sentence_start: usize, at: usize, profile: &Profile) -> bool {
    let language = profile.code.unwrap_or("en");
    let Some((_, verbs)) = SPEECH_VERBS.iter().find(|(code, _)| *code == language) else {
        return false;
    };
    if !char_at(line, at + '“'.len_utf8()).is_some_and(char::is_uppercase)
        || !char_before(line, at).is_some_and(is_space)
    {
        return false;
    }
    let before = &line[sentence_start..at];
    // The last quotation before the mark is closed, and words follow it.
    let Some(closed) = before.rfind('”') else {
        return false;
    };
    if before[..closed].rfind('“').is_none() {
        return false;
    }
    let attribution = &before[closed + '”'.len_utf8()..];
    let mut words = attribution
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '’' || c == '\''))
        .filter(|word| !word.is_empty());
    let has_verb = words.clone().any(|word| verbs.contains(&word));
    // The attribution ends on a capitalized word (a name), not on a verb or
    // any punctuation: `said Macron “This` but not `said: “This`.
    let ends_on_name = attribution
        .trim_end_matches(is_space)
        .chars()
        .next_back()
        .is_some_and(char::is_alphabetic)
        && words
            .next_back()
            .is_some_and(|word| word.chars().next().is_some_and(char::is_uppercase));
    has_verb && ends_on_name
}

/// What the word before a period is.
enum Before {
    /// An ordinary word or number: the period ends the sentence.
    Word,
    /// An abbreviation of some kind.
    Abbreviation(Abbreviation),
    /// A short number in a language that marks ordinals with a period.
    Ordinal,
}

/// Classify the word that ends at the period at byte `period` of `line`.
fn classify_before_period(line: &str, period: usize, profile: &Profile) -> Before {
    let mut start = period;
    while let Some(c) = char_before(line, start).filter(|&c| !is_space(c)) {
        if period - start > abbreviations::MAX_BYTES {
            // Too long for an abbreviation; stop before a long run of
            // periods makes the scan quadratic.
            return Before::Word;
        }
        start -= c.len_utf8();
    }
    let word = line[start..period]
        .trim_start_matches(is_opener)
        .trim_end_matches(is_closer);
    if profile.ordinal_dot && (1..=3).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit()) {
        return Before::Ordinal;
    }
    match profile.abbreviations.classify(word) {
        Some(kind) => Before::Abbreviation(kind),
        None => Before::Word,
    }
}

/// Whether the word at byte `at` of `line` reads as the first word of a
/// sentence rather than the continuation of a name or phrase: a capitalized
/// stopword (`The`, `He`, `But`, `Der`, `Il`), and not an initial.
fn starts_sentence(line: &str, at: usize, profile: &Profile) -> bool {
    let end = skip(line, at, |c| c.is_alphabetic() || c == '\'' || c == '’');
    let word = &line[at..end];
    let Some(first) = word.chars().next() else {
        return false;
    };
    if !first.is_uppercase() {
        return false;
    }
    let is_initial = word.chars().nth(1).is_none() && char_at(line, end) == Some('.');
    if is_initial {
        return false;
    }
    let lower = word.replace('’', "'").to_lowercase();
    profile.stopwords.binary_search(&lower.as_str()).is_ok()
}

/// The byte after the run of characters from `at` that satisfy `keep`.
fn skip(line: &str, mut at: usize, keep: impl Fn(char) -> bool) -> usize {
    while let Some(c) = char_at(line, at).filter(|&c| keep(c)) {
        at += c.len_utf8();
    }
    at
}

/// Append `line[start..end]`, trimmed, as a sentence (offsets made absolute
/// by `line_offset`). A fragment without letters or digits (a stray quote or
/// bracket) joins the sentence before it on the same line instead.
fn push_sentence(line: &str, line_offset: usize, start: usize, end: usize, first_of_line: usize, out: &mut Vec<Span>) {
    let Some(piece) = line.get(start..end) else {
        return;
    };
    let trimmed = piece.trim_start_matches(is_space);
    let start = start + (piece.len() - trimmed.len());
    let trimmed = trimmed.trim_end_matches(is_space);
    if trimmed.is_empty() {
        return;
    }
    let end = start + trimmed.len();
    let (start, end) = (line_offset + start, line_offset + end);
    if out.len() > first_of_line && !trimmed.chars().any(char::is_alphanumeric) {
        if let Some(last) = out.last_mut() {
            *last = Span::new(last.start as usize, end);
            return;
        }
    }
    out.push(Span::new(start, end));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Split `text` and compare the sentences' text with `expected`.
    fn check(language: Option<&str>, text: &str, expected: &[&str]) {
        let spans = split_sentences(text, language);
        let got: Vec<&str> = spans.iter().map(|span| span.slice(text)).collect();
        assert_eq!(got, expected, "splitting {text:?}");
    }

    fn en(text: &str, expected: &[&str]) {
        check(Some("en"), text, expected);
    }

    #[test]
    fn plain_sentences() {
        en(
            "The army moved in. Residents fled.",
            &["The army moved in.", "Residents fled."],
        );
        en("  One.   Two.  ", &["One.", "Two."]);
        en("", &[]);
        en("   \n\n  ", &[]);
    }

    #[test]
    fn quotation_after_an_attribution_without_a_full_stop() {
        en(
            "“They have transited through Gaziantep,” said French President Emmanuel Macron “This is a very serious new fact.”",
            &[
                "“They have transited through Gaziantep,” said French President Emmanuel Macron",
                "“This is a very serious new fact.”",
            ],
        );
        // A quotation the attribution introduces, or one inside a sentence,
        // is no new sentence.
        en(
            "“We won,” said Smith, who added “It was hard.”",
            &["“We won,” said Smith, who added “It was hard.”"],
        );
        en(
            "Macron told Le Monde “We will act.”",
            &["Macron told Le Monde “We will act.”"],
        );
        en(
            "“We won,” said Smith about the “Great Game” in town.",
            &["“We won,” said Smith about the “Great Game” in town."],
        );
        // Only where the verbs of saying are known.
        check(
            Some("de"),
            "„Wir haben gewonnen“, sagte Schmidt “Es war schwer.”",
            &["„Wir haben gewonnen“, sagte Schmidt “Es war schwer.”"],
        );
    }

    #[test]
    fn question_and_exclamation_marks() {
        en(
            "Who sent them? Nobody knows! The inquiry goes on.",
            &["Who sent them?", "Nobody knows!", "The inquiry goes on."],
        );
        en("Really?! Yes.", &["Really?!", "Yes."]);
        en("\"Why?\" he asked.", &["\"Why?\" he asked."]);
        en("Yahoo!News reported it.", &["Yahoo!News reported it."]);
    }

    #[test]
    fn titles_and_ranks() {
        en(
            "Mr. Smith met Mrs. Jones and Dr. Lee. They talked.",
            &["Mr. Smith met Mrs. Jones and Dr. Lee.", "They talked."],
        );
        en(
            "Gen. Mark Milley and Lt. Col. Alexander Vindman testified before Sen. Jim Risch.",
            &["Gen. Mark Milley and Lt. Col. Alexander Vindman testified before Sen. Jim Risch."],
        );
        en(
            "Rep. Adam Schiff wrote to Gov. Gavin Newsom about St. Louis.",
            &["Rep. Adam Schiff wrote to Gov. Gavin Newsom about St. Louis."],
        );
    }

    #[test]
    fn country_acronyms() {
        en(
            "U.S. officials met U.K. diplomats in Geneva.",
            &["U.S. officials met U.K. diplomats in Geneva."],
        );
        en(
            "The fighters were trained in the U.S. The Pentagon denied it.",
            &["The fighters were trained in the U.S.", "The Pentagon denied it."],
        );
        en("The U.S.-led coalition struck.", &["The U.S.-led coalition struck."]);
        en("It opened at 9 a.m. Monday.", &["It opened at 9 a.m. Monday."]);
        en(
            "It opened at 9 a.m. The crowd waited.",
            &["It opened at 9 a.m.", "The crowd waited."],
        );
    }

    #[test]
    fn months_and_numbers_abbreviated() {
        en(
            "The attack began on Jan. 5 and ended Feb. 12. No. 10 Downing St. said so.",
            &[
                "The attack began on Jan. 5 and ended Feb. 12.",
                "No. 10 Downing St. said so.",
            ],
        );
        en("Sept. 27 was a Sunday.", &["Sept. 27 was a Sunday."]);
        en(
            "He ranked it No. 1 in Huntsville, Ala. The mayor agreed.",
            &["He ranked it No. 1 in Huntsville, Ala.", "The mayor agreed."],
        );
    }

    #[test]
    fn latin_abbreviations() {
        en(
            "Some towns, e.g. Stepanakert, were shelled, i.e. Hit hard, vs. Last year.",
            &["Some towns, e.g. Stepanakert, were shelled, i.e. Hit hard, vs. Last year."],
        );
        en(
            "They sent tanks, drones, etc. and more troops.",
            &["They sent tanks, drones, etc. and more troops."],
        );
        en(
            "They sent tanks, drones, etc. The war went on.",
            &["They sent tanks, drones, etc.", "The war went on."],
        );
        en("It weighed approx. 300 kg.", &["It weighed approx. 300 kg."]);
        en(
            "The case, California v. Texas, was argued in November.",
            &["The case, California v. Texas, was argued in November."],
        );
    }

    #[test]
    fn company_suffixes() {
        en(
            "Apple Inc. Chief Executive Tim Cook spoke. Acme Corp. was sued.",
            &["Apple Inc. Chief Executive Tim Cook spoke.", "Acme Corp. was sued."],
        );
        en(
            "He works for Smith & Co. The firm is small.",
            &["He works for Smith & Co.", "The firm is small."],
        );
        en(
            "Martin Luther King Jr. Day is a holiday. He works for Acme Inc. It pays well.",
            &[
                "Martin Luther King Jr. Day is a holiday.",
                "He works for Acme Inc.",
                "It pays well.",
            ],
        );
    }

    #[test]
    fn initials() {
        en(
            "John F. Kennedy was shot in Dallas.",
            &["John F. Kennedy was shot in Dallas."],
        );
        en("J. K. Rowling wrote it.", &["J. K. Rowling wrote it."]);
        en("J. A. Smith spoke.", &["J. A. Smith spoke."]);
        en(
            "They chose plan B. The rest followed.",
            &["They chose plan B.", "The rest followed."],
        );
        check(Some("ru"), "В. В. Путин приехал.", &["В. В. Путин приехал."]);
    }

    #[test]
    fn decimals_and_numbers() {
        en(
            "Inflation hit 3.5 percent. The bill costs $1.5 million, a 42/9 split.",
            &[
                "Inflation hit 3.5 percent.",
                "The bill costs $1.5 million, a 42/9 split.",
            ],
        );
        en(
            "It happened in 2019. 5 people died.",
            &["It happened in 2019.", "5 people died."],
        );
        en("See www.example.com for more.", &["See www.example.com for more."]);
    }

    #[test]
    fn ellipses() {
        en("He paused... Then he left.", &["He paused...", "Then he left."]);
        en("He paused… Then he left.", &["He paused…", "Then he left."]);
        en("I was thinking... maybe not.", &["I was thinking... maybe not."]);
    }

    #[test]
    fn closing_quotes_and_brackets_stay_with_their_sentence() {
        en("He said \"no.\" Then he left.", &["He said \"no.\"", "Then he left."]);
        en("He said “no.” Then he left.", &["He said “no.”", "Then he left."]);
        en(
            "She said ‘never.’ Then she left.",
            &["She said ‘never.’", "Then she left."],
        );
        en("(He left.) Then she came.", &["(He left.)", "Then she came."]);
        en(
            "He called it “absurd”. Then he left.",
            &["He called it “absurd”.", "Then he left."],
        );
    }

    #[test]
    fn quotes_spanning_several_sentences() {
        en("\"We came. We saw,\" he said.", &["\"We came.", "We saw,\" he said."]);
        en(
            "“We came. We saw. We left.” The general smiled.",
            &["“We came.", "We saw.", "We left.”", "The general smiled."],
        );
    }

    #[test]
    fn quotes_followed_by_their_attribution() {
        en(
            "\"How did they get in?\" Culver asked. \"We need answers.\" Police Chief Ken Barnes said.",
            &[
                "\"How did they get in?\" Culver asked.",
                "\"We need answers.\" Police Chief Ken Barnes said.",
            ],
        );
        en("“No!” The crowd roared.", &["“No!”", "The crowd roared."]);
        en(
            "He called it ‘crazy.’ He said, ‘I wanted to help.’",
            &["He called it ‘crazy.’", "He said, ‘I wanted to help.’"],
        );
        en(
            "He said \"no.\" Then he said \"yes.\"",
            &["He said \"no.\"", "Then he said \"yes.\""],
        );
    }

    #[test]
    fn glued_sentences() {
        en(
            "Ford was arrested, police said.The sheriff confirmed it.",
            &["Ford was arrested, police said.", "The sheriff confirmed it."],
        );
        en(
            "\"I am very angry right now.\"Even before the shooting, he had met police.",
            &[
                "\"I am very angry right now.\"",
                "Even before the shooting, he had met police.",
            ],
        );
        en("He said.\"We will win.\"", &["He said.", "\"We will win.\""]);
        en(
            "No motive was given.\"I am so pleased.\"",
            &["No motive was given.", "\"I am so pleased.\""],
        );
        en(
            "Visit ajc.com or St.Louis or ASP.NET or Node.js today.",
            &["Visit ajc.com or St.Louis or ASP.NET or Node.js today."],
        );
    }

    #[test]
    fn other_quote_styles() {
        check(
            Some("fr"),
            "« Nous ne l'accepterons pas. » Le président est parti.",
            &["« Nous ne l'accepterons pas. »", "Le président est parti."],
        );
        check(
            Some("fr"),
            "Il a dit «non.» Puis il est parti.",
            &["Il a dit «non.»", "Puis il est parti."],
        );
        check(
            Some("de"),
            "Er sagte: „Wir kommen.“ Dann ging er.",
            &["Er sagte: „Wir kommen.“", "Dann ging er."],
        );
    }

    #[test]
    fn other_scripts() {
        check(
            Some("zh"),
            "他来了。我们走吧！好吗？",
            &["他来了。", "我们走吧！", "好吗？"],
        );
        check(Some("zh"), "“好。”他说。", &["“好。”", "他说。"]);
        check(Some("hi"), "वह आया। हम गए।", &["वह आया।", "हम गए।"]);
        check(Some("el"), "Πού είσαι\u{037E} Εδώ.", &["Πού είσαι\u{037E}", "Εδώ."]);
        check(Some("hy"), "Նա եկավ։ Մենք գնացինք։", &["Նա եկավ։", "Մենք գնացինք։"]);
    }

    #[test]
    fn lines_always_end_sentences() {
        en(
            "Syrian fighters sent to Karabakh\nThe report said so.",
            &["Syrian fighters sent to Karabakh", "The report said so."],
        );
        en(
            "Headline without a stop\n\nFirst sentence. Second one\n\nLast",
            &["Headline without a stop", "First sentence.", "Second one", "Last"],
        );
        en("Mr.\nSmith", &["Mr.", "Smith"]);
        en("One\r\nTwo", &["One", "Two"]);
    }

    #[test]
    fn no_empty_or_punctuation_only_sentences() {
        en("...", &["..."]);
        en("He left. \"", &["He left. \""]);
        en("Hi. . .", &["Hi. . ."]);
        en("\u{FEFF}\u{200B} Hi.", &["Hi."]);
    }

    #[test]
    fn french_abbreviations() {
        check(
            Some("fr"),
            "M. Macron a parlé avec Mme Merkel. Le sommet est fini.",
            &["M. Macron a parlé avec Mme Merkel.", "Le sommet est fini."],
        );
        check(
            Some("fr"),
            "M. Le Drian est arrivé. Il a parlé.",
            &["M. Le Drian est arrivé.", "Il a parlé."],
        );
    }

    #[test]
    fn german_abbreviations_and_ordinals() {
        check(
            Some("de"),
            "Das gilt z.B. für Dr. Müller. Er kommt am 3. Oktober. Die Wahl ist im Nr. 5.",
            &[
                "Das gilt z.B. für Dr. Müller.",
                "Er kommt am 3. Oktober.",
                "Die Wahl ist im Nr. 5.",
            ],
        );
        check(
            Some("de"),
            "Der Schaden betrug 5 Mio. Euro. Es waren 15. Die Polizei kam.",
            &["Der Schaden betrug 5 Mio. Euro.", "Es waren 15.", "Die Polizei kam."],
        );
    }

    #[test]
    fn spanish_abbreviations() {
        check(
            Some("es"),
            "El Sr. García habló con la Sra. López. ¿Qué dijo? Nada.",
            &["El Sr. García habló con la Sra. López.", "¿Qué dijo?", "Nada."],
        );
        check(
            Some("es"),
            "Viajó a EE.UU. El viaje fue largo.",
            &["Viajó a EE.UU.", "El viaje fue largo."],
        );
    }

    #[test]
    fn spans_are_absolute_and_trimmed() {
        let text = "  First one.  \n\n  Second one.";
        let spans = split_sentences(text, Some("en"));
        assert_eq!(spans, vec![Span::new(2, 12), Span::new(18, 29)]);
    }
}
