//! Whether a sentence can be read on its own, out of its article, and
//! where a sentence too long for the budget may be cut.

use std::cell::RefCell;

use chorus_compare::SentenceRef;
use chorus_model::hash::{FastMap, FastSet};
use chorus_model::{Article, EntityKind, Span, Token, TokenKind};
use chorus_text::{is_english_month, is_english_weekday};

/// First words that refer back to something earlier in the article, in the
/// languages chorus reads most; a sentence starting with one cannot stand
/// alone in a summary: its reader would not know who "he" or what "this" is.
const REFERRING_OPENERS: &[&str] = &[
    // English
    "he", "she", "it", "they", "him", "her", "his", "hers", "its", "their", "them", "this", "that", "these", "those",
    "such", "here", "both", // French
    "il", "elle", "ils", "elles", "ce", "cet", "cette", "ces", "cela", "ceci", // German
    "er", "sie", "es", "dies", "diese", "dieser", "dieses", // Spanish
    "él", "ella", "ellos", "ellas", "esto", "este", "esta", "estos", "estas",
];

/// First words that speak in the writer's voice ("I've got news for …",
/// "We asked …"), in English: a reader of a summary does not know who "I"
/// is, but nothing the sentence tells depends on it, so it leans on its
/// article as a connective does ([`leans_on_context`]). In a sentence that
/// opens with a quotation they are the quoted speaker's, named by the
/// attribution, and stand alone.
const FIRST_PERSON_OPENERS: &[&str] = &["i", "me", "my", "we", "us", "our"];

/// First words that tie a sentence to the one before it without naming
/// anything in it ("But", "Meanwhile", "There were"): the sentence reads
/// less well alone but leaves nothing unresolved. A summary takes one only
/// when no better sentence fits ([`leans_on_context`]).
const CONNECTIVE_OPENERS: &[&str] = &[
    // English
    "there",
    "also",
    "and",
    "but",
    "or",
    "so",
    "then",
    "thus",
    "therefore",
    "however",
    "moreover",
    "furthermore",
    "instead",
    "otherwise",
    "indeed",
    "still",
    "yet",
    "later",
    "meanwhile",
    "nevertheless",
    "nonetheless",
    "besides",
    "likewise",
    "similarly",
    "accordingly",
    "hence",
    "consequently",
    "again",
    // French
    "mais",
    "et",
    "donc",
    "ainsi",
    "aussi",
    "pourtant",
    "cependant",
    // German
    "aber",
    "und",
    "doch",
    "jedoch",
    "auch",
    // Spanish
    "pero",
    "sin",
    "también",
];

/// Openings of more than one word that, like [`CONNECTIVE_OPENERS`], tie
/// a sentence to the one before it ("In addition, …", "Even so, …").
const CONNECTIVE_PHRASES: &[&str] = &[
    "in addition",
    "having said that",
    "even so",
    "on the other hand",
    "on the contrary",
    "at the same time",
    "in the meantime",
    "in turn",
    "in contrast",
    "by contrast",
    "as a result",
    "after all",
    "all the same",
    "what is more",
    "what's more",
    "on top of that",
    "apart from that",
    "besides that",
    "in any case",
    "at any rate",
    "for all that",
    "for its part",
    "for their part",
    "for his part",
    "for her part",
    "for our part",
];

/// Whether a sentence opens with a connective, of one word or more ("But",
/// "Otherwise", "In addition").
fn opens_with_connective(sentence: &str) -> bool {
    connective_length(sentence).is_some()
}

/// The length in bytes of the connective a sentence opens with, from the
/// sentence's start (leading punctuation included), if it opens with one.
fn connective_length(sentence: &str) -> Option<usize> {
    let lead = sentence.len() - sentence.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
    let opening = &sentence[lead..];
    let word = first_word(sentence);
    if CONNECTIVE_OPENERS.contains(&word.as_str()) {
        // The first word as written (lower-casing keeps the length of
        // these), without a contraction's ending ("There's" opens with
        // "There", and no comma follows it).
        return Some(
            lead + opening
                .char_indices()
                .nth(word.chars().count())
                .map_or(opening.len(), |(i, _)| i),
        );
    }
    let first = word.chars().next()?;
    CONNECTIVE_PHRASES.iter().find_map(|phrase| {
        if !phrase.starts_with(first) {
            return None;
        }
        // Byte by byte, the straight and the curly apostrophe alike.
        let mut rest = opening;
        for expected in phrase.chars() {
            let c = rest.chars().next()?;
            let same = c.to_lowercase().eq(std::iter::once(expected)) || (expected == '\'' && c == '’');
            if !same {
                return None;
            }
            rest = &rest[c.len_utf8()..];
        }
        (!rest.starts_with(|c: char| c.is_alphanumeric())).then(|| sentence.len() - rest.len())
    })
}

/// The part of a sentence that a summary or a timeline shows, and how it
/// reads out of its article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shown {
    /// What is shown: the whole sentence, or the sentence without an
    /// opening dateline or connective set off by a comma when the rest
    /// stands alone as written (see `standalone_start_after`).
    pub span: Span,
    /// Whether it leans on the sentence before it: it opens with a
    /// connective ("But", "However, the …") or in the writer's voice, and
    /// refers back to nothing else ([`leans_on_context`]).
    pub leans_on_context: bool,
}

/// What of sentence `sentence` of `article` may be shown out of its
/// article, if anything: the sentence from where it stands alone (without
/// its dateline or its connective set off by a comma), else the whole
/// sentence if it stands alone or only leans on context. None when it
/// refers back, is a fragment, or does not end like a statement. The one
/// place where the summary and the timeline decide what they show.
pub fn shown_part(article: &Article, sentence: usize) -> Option<Shown> {
    let whole = article.sentences[sentence].span;
    let (start, leans_on_context) = shown_start(article.span_text(whole))?;
    Some(Shown {
        span: Span::new(whole.start as usize + start, whole.end as usize),
        leans_on_context,
    })
}

/// What the sentences of one story show ([`shown_part`]), each computed
/// once: the summary and the timeline of a story ask about many of the
/// same sentences (leads, dated sentences), and the timeline about one
/// sentence once per date it names. Holds only what was asked for.
#[derive(Debug, Default)]
pub struct ShownParts {
    known: RefCell<FastMap<SentenceRef, Option<Shown>>>,
}

impl ShownParts {
    /// An empty cache, for one story.
    pub fn new() -> ShownParts {
        ShownParts::default()
    }

    /// [`shown_part`] of sentence `at.sentence` of `articles[at.article]`.
    pub fn get(&self, articles: &[Article], at: SentenceRef) -> Option<Shown> {
        if let Some(&known) = self.known.borrow().get(&at) {
            return known;
        }
        let shown = shown_part(&articles[at.article], at.sentence);
        self.known.borrow_mut().insert(at, shown);
        shown
    }
}

/// [`shown_part`] on a sentence's text: the byte offset where what is
/// shown starts, and whether it leans on context. Furniture never hides
/// how the story's sentence opens: when what follows the furniture starts
/// as a sentence does, it alone decides ("Wednesday 6 April 2005 12.47
/// BST It looks like …" refers back, and is not shown).
fn shown_start(text: &str) -> Option<(usize, bool)> {
    let furniture = furniture_end(text);
    let connective = connective_length(&text[furniture..]);
    if let Some(start) = standalone_start_after(text, furniture, connective) {
        return Some((start, false));
    }
    let start =
        if text[furniture..].starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || is_opening_quote(c)) {
            furniture
        } else {
            0
        };
    let shown = &text[start..];
    // `stands_alone` or `leans_on_context`, with the completeness both
    // require checked once, and the connective found once.
    let connective_opens = || {
        if start == furniture {
            connective.is_some()
        } else {
            opens_with_connective(shown)
        }
    };
    is_complete(shown).then(|| (start, connective_opens() || opens_in_first_person(shown)))
}

/// Where a sentence that opens with page furniture (a dateline, "SEOUL,
/// South Korea — ", "(CNN) - "; a time stamp, "Thursday 31 March 2005
/// 00.05 BST"; a photo credit, "Photograph: PA"; a byline, "By the CNN
/// Wire Staff"), or with a connective set off by a comma ("For its part,
/// Azerbaijan accused Armenia …", "However, Turkey denied …"), or both,
/// would stand alone without them: the byte offset of what follows, when
/// that starts as a sentence does (a capital, a digit or an opening quote,
/// as written: nothing is re-cased) and stands alone. A summary or a
/// timeline may show the sentence from there: the furniture is the page's,
/// and the connective points at a sentence the reader does not have.
///
/// A time stamp may come after the page's headline and standfirst, glued
/// to the story's first sentence by the segmenter ("Iraq Survey Group
/// concludes … Thursday 13 January 2005 03.10 GMT The …"): what comes
/// before it is furniture too; so is what comes before an agency's
/// dateline ("… (CNN) -- ", "… May 2 (Reuters) - "): a headline, a run of
/// story highlights ("NEW: … NEW: …"), a pointer to more coverage, a place
/// and a day. A live blog's clock ("(9:30 p.m. ET) ", "[10:32] ",
/// "10.32am: ") and a page's update stamp ("Last updated at 15:44 GMT
/// Help "), and a headline before it, are furniture too.
///
/// `furniture` is where the page furniture ends ([`furniture_end`]), and
/// `connective` the length of the connective that follows it, if any
/// ([`connective_length`]).
fn standalone_start_after(sentence: &str, furniture: usize, connective: Option<usize>) -> Option<usize> {
    let mut start = furniture;
    if let Some(connective) = connective {
        let rest = sentence[start + connective..].strip_prefix(',')?;
        start = sentence.len() - rest.trim_start().len();
    }
    (start > 0 && stands_alone(&sentence[start..])).then_some(start)
}

/// [`standalone_start_after`], finding the furniture itself.
#[cfg(test)]
fn standalone_start(sentence: &str) -> Option<usize> {
    let furniture = furniture_end(sentence);
    standalone_start_after(sentence, furniture, connective_length(&sentence[furniture..]))
}

/// Where the page furniture a sentence opens with ends (see
/// [`standalone_start_after`]), 0 when it opens with none.
fn furniture_end(sentence: &str) -> usize {
    let mut start = [
        stamp_end(sentence),
        agency_dateline_end(sentence),
        update_end(sentence),
        glued_heading_end(sentence),
        repeated_heading_end(sentence),
        blog_stamp_end(sentence),
    ]
    .into_iter()
    .flatten()
    .max()
    .unwrap_or(0);
    while let Some(length) = [
        dateline_length,
        credit_length,
        byline_length,
        clock_length,
        label_length,
        stray_quote_length,
        glued_agency_length,
    ]
    .iter()
    .find_map(|furniture| furniture(&sentence[start..]))
    {
        start += length;
    }
    start
}

/// The words of a text with their byte offsets.
fn words_at(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_whitespace()
        .map(move |word| (word.as_ptr() as usize - text.as_ptr() as usize, word))
}

/// Words that open a story's sentence and, capitalized in the middle of
/// one right after a word with no punctuation, show where a headline, a
/// caption or a list item without a full stop was glued before it ("…
/// emerged in the UK Two more people in London have been diagnosed …",
/// "… close contact to swine flu Experts have reported …"; a caption that
/// ends before any other word, "… takeaway food Restaurants and cafes
/// …", is not caught).
const GLUED_OPENERS: &[&str] = &[
    "The",
    "A",
    "An",
    "Some",
    "Many",
    "Several",
    "More",
    "Most",
    "Dozens",
    "Hundreds",
    "Thousands",
    "Experts",
    "Officials",
    "Scientists",
    "Doctors",
    "Researchers",
];

/// Number words that open a sentence ("Two more people …"); after a
/// capitalized word that is not an abbreviation they end a title
/// ("Chapter Two of the report").
const GLUED_NUMBERS: &[&str] = &["Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"];

/// Fewest words of a headline or caption glued before a sentence.
const GLUED_HEADING_WORDS: usize = 3;

/// Where the last headline, caption or list item that the page glued
/// before a sentence without punctuation ends, within the sentence's first
/// [`GLUED_FURNITURE_BYTES`]: before a word of [`GLUED_OPENERS`] that
/// follows a word ending in a letter or a digit and comes before one in
/// lower case or a digit ("Swine flu ` shows drug resistance ' The drug
/// has been offered to those with close contact to swine flu Experts …",
/// "Eight cases of swine flu have emerged in the UK Two more people …"),
/// or after a closing quote standing alone. A title in the story
/// ("reports The Washington Post", "Plan A was") is followed by a capital
/// or follows one; a dated entry ("March 1 2020 The council …") follows a
/// number.
fn glued_heading_end(sentence: &str) -> Option<usize> {
    let head = &sentence[..floor_char_boundary(sentence, GLUED_FURNITURE_BYTES)];
    // Whether an opener stands between two spaces (" The "), read word by
    // word: no opener holds a space, and each opens with an ASCII capital.
    let before_last_space = head.rsplit_once(' ').map_or("", |(before, _)| before);
    if !before_last_space.split(' ').skip(1).any(|word| {
        word.starts_with(|c: char| c.is_ascii_uppercase())
            && (GLUED_OPENERS.contains(&word) || GLUED_NUMBERS.contains(&word))
    }) {
        return None;
    }
    let words: Vec<(usize, &str)> = words_at(head).collect();
    let in_capitals = |word: &str| word.chars().all(|c| !c.is_lowercase());
    (GLUED_HEADING_WORDS..words.len().saturating_sub(1))
        .rev()
        .find(|&i| {
            let (previous, word, next) = (words[i - 1].1, words[i].1, words[i + 1].1);
            let after_title = previous.starts_with(char::is_uppercase) && !in_capitals(previous);
            let opens = match word {
                // "Plan A was", "Group A streptococcus"; not "Mexico A 23-month-old".
                "A" => !after_title || next.starts_with(|c: char| c.is_ascii_digit()),
                _ if GLUED_NUMBERS.contains(&word) => !after_title,
                _ => GLUED_OPENERS.contains(&word),
            };
            let continues = next.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
                && !matches!(next, "and" | "or" | "to" | "is" | "was");
            opens
                && continues
                && (previous.ends_with(char::is_alphabetic) || matches!(previous, "'" | "''" | "’" | "\""))
        })
        .map(|i| words[i].0)
}

/// Most words of a section label between a headline and its copy
/// ("Local News").
const REPEAT_GAP_WORDS: usize = 3;

/// Most words of a headline printed twice before a sentence.
const REPEATED_HEADING_WORDS: usize = 20;

/// A headline the page printed twice before a sentence: the sentence's
/// first three or more words, up to [`REPEAT_GAP_WORDS`] other words, the
/// same words again, then a word (not a dash: a dateline printed twice,
/// "CUT OFF, La. -- CUT OFF, La. – The …", is [`dateline_length`]'s).
/// Gives the number of words between the copies and
/// where the second copy ends. With a section label between them it is
/// the page's own headline ("Witness recalls details of fatal shooting
/// Local News Witness recalls details of fatal shooting For some
/// residents …": furniture, [`repeated_heading_end`]); printed back to
/// back, a teaser of another story ("Residents Safe After Apartment Fire
/// Residents Safe After Apartment Fire An attic fire …": page residue).
fn repeated_heading(sentence: &str) -> Option<(usize, usize)> {
    // A copy opens with the sentence's first word again, within its first
    // words: most sentences have none, and are ruled out before their
    // words are collected and compared, first by one search of the text
    // after that word (this runs twice on every sentence a summary or
    // timeline reads).
    let mut opening = sentence.split_whitespace();
    let first = opening.next()?;
    let after_first = first.as_ptr() as usize - sentence.as_ptr() as usize + first.len();
    if !sentence[after_first..].contains(first)
        || !opening
            .take(REPEATED_HEADING_WORDS + REPEAT_GAP_WORDS)
            .any(|word| word == first)
    {
        return None;
    }
    let words: Vec<(usize, &str)> = words_at(sentence)
        .take(2 * REPEATED_HEADING_WORDS + REPEAT_GAP_WORDS + 1)
        .collect();
    let same = |a: usize, b: usize, length: usize| (0..length).all(|k| words[a + k].1 == words[b + k].1);
    (GLUED_HEADING_WORDS..=REPEATED_HEADING_WORDS).rev().find_map(|length| {
        (length..=length + REPEAT_GAP_WORDS)
            .find(|&copy| {
                copy + length < words.len()
                    && same(0, copy, length)
                    && words[copy + length]
                        .1
                        .starts_with(|c: char| c.is_alphanumeric() || is_opening_quote(c))
            })
            .map(|copy| (copy - length, words[copy + length].0))
    })
}

/// Where the page's own headline, printed twice with a section label
/// between the copies, ends before a sentence ([`repeated_heading`]).
fn repeated_heading_end(sentence: &str) -> Option<usize> {
    repeated_heading(sentence).and_then(|(gap, end)| (gap > 0).then_some(end))
}

/// Most words from a blog post's author through its stamp's year
/// ("Fergus Walsh | 10:25 UK time , Monday , 15 June 2009 ").
const BLOG_STAMP_WORDS: usize = 16;

/// Where the stamp a blog post opens with ends, the space after it
/// included: an author of up to three words, a "|", a clock time right
/// after it, then a year ("Mary Hockaday | 17:45 UK time, Wednesday, 29
/// April 2009 ").
fn blog_stamp_end(sentence: &str) -> Option<usize> {
    if !sentence.contains('|') {
        return None;
    }
    let words: Vec<(usize, &str)> = words_at(sentence).take(BLOG_STAMP_WORDS + 1).collect();
    let bar = words.iter().take(4).position(|&(_, w)| w == "|")?;
    if bar == 0 || !words.get(bar + 1).is_some_and(|&(_, w)| is_clock(w)) {
        return None;
    }
    let year = words[bar + 2..].iter().position(|&(_, w)| {
        let w = w.trim_end_matches([',', '.']);
        w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) && (w.starts_with("19") || w.starts_with("20"))
    })?;
    words.get(bar + 2 + year + 1).map(|&(at, _)| at)
}

/// The length in bytes of a closing quotation mark standing alone at a
/// sentence's start, the space after it included: the end of the quotation
/// before, which the segmenter put in this sentence ("'' Scottish Health
/// Secretary Nicola Sturgeon said …").
fn stray_quote_length(sentence: &str) -> Option<usize> {
    let quote = ["''", "”", "’"].iter().find(|quote| {
        sentence
            .strip_prefix(**quote)
            .is_some_and(|rest| rest.starts_with(char::is_whitespace))
    })?;
    Some(sentence.len() - sentence[quote.len()..].trim_start().len())
}

/// Labels of a section of a story in sentence case ("Why it matters: It's
/// one of …"), as some outlets open their paragraphs.
const SECTION_LABELS: &[&str] = &[
    "Why it matters:",
    "The big picture:",
    "Driving the news:",
    "Between the lines:",
    "The bottom line:",
    "Go deeper:",
    "What's next:",
    "What they're saying:",
];

/// Most words of a label in capitals before a story ("VIDEO: ",
/// "FIRST CONFIRMED CASE ").
const LABEL_WORDS: usize = 4;

/// The length in bytes of the label in capitals a sentence opens with, the
/// space after it included: up to [`LABEL_WORDS`] words in capitals ending
/// in a colon ("VIDEO: ", "WATCH LIVE: "), or three or more before a word
/// that is not ("FIRST CONFIRMED CASE Edgar Hernandez says …").
fn label_length(sentence: &str) -> Option<usize> {
    if let Some(label) = SECTION_LABELS.iter().find(|label| sentence.starts_with(**label)) {
        let rest = &sentence[label.len()..];
        return rest.starts_with(' ').then(|| sentence.len() - rest.trim_start().len());
    }
    let in_capitals = |word: &str| {
        let word = word.strip_suffix(':').unwrap_or(word);
        word.chars().count() >= 2 && word.chars().all(|c| c.is_uppercase() || c == '&')
    };
    // Most sentences open with a word not in capitals: no label, and no
    // words to collect.
    if !sentence.split_whitespace().next().is_some_and(in_capitals) {
        return None;
    }
    let words: Vec<(usize, &str)> = words_at(sentence).take(LABEL_WORDS + 1).collect();
    let run = words.iter().take_while(|&&(_, w)| in_capitals(w)).count();
    if let Some(colon) = words[..run.min(LABEL_WORDS)]
        .iter()
        .position(|&(_, w)| w.ends_with(':'))
    {
        return words.get(colon + 1).map(|&(at, _)| at);
    }
    let &(at, next) = words.get(run)?;
    (run >= 3 && run <= LABEL_WORDS && next.starts_with(char::is_uppercase)).then_some(at)
}

/// Most words from a stamp's day name to its time zone ("Tue Apr 28, 2009
/// 12:49 am BST").
const STAMP_WORDS: usize = 7;

/// Where the first time stamp of a page in a sentence ends, the space
/// after it included: a day name, then within [`STAMP_WORDS`] words a time
/// ("6:14", "00.05") and a time zone in capitals ("EDT", "BST", "GMT").
fn stamp_end(sentence: &str) -> Option<usize> {
    let is_day = |word: &str| {
        let day = word.trim_end_matches(',');
        is_english_weekday(day, true)
    };
    // Most sentences name no day: look for one before collecting the words,
    // and for the letters every day name opens with before that.
    if !may_name_a_weekday(sentence) || !sentence.split_whitespace().any(is_day) {
        return None;
    }
    let words: Vec<(usize, &str)> = words_at(sentence).collect();
    let is_zone = |word: &str| {
        (3..=4).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase()) && word.ends_with('T')
    };
    words.iter().enumerate().find_map(|(i, &(_, word))| {
        if !is_day(word) {
            return None;
        }
        let window = &words[i + 1..words.len().min(i + 1 + STAMP_WORDS)];
        let time = window.iter().position(|&(_, w)| is_clock(w))?;
        let zone = window[time + 1..].iter().take(2).position(|&(_, w)| is_zone(w))?;
        let (at, zone) = window[time + 1 + zone];
        let end = at + zone.len();
        Some(sentence.len() - sentence[end..].trim_start().len())
    })
}

/// Whether a text holds, in any case, the first three letters of a day name
/// ("mon", "tue", …): what any English weekday or its abbreviation opens
/// with. One pass over the bytes, no words split.
fn may_name_a_weekday(text: &str) -> bool {
    // `| 0x20` lower-cases an ASCII letter, and gives a lower-case letter
    // from no other byte.
    text.as_bytes().windows(3).any(|w| {
        matches!(
            [w[0] | 0x20, w[1] | 0x20, w[2] | 0x20],
            [b'm', b'o', b'n']
                | [b't', b'u', b'e']
                | [b'w', b'e', b'd']
                | [b't', b'h', b'u']
                | [b'f', b'r', b'i']
                | [b's', b'a', b't']
                | [b's', b'u', b'n']
        )
    })
}

/// Most bytes before an agency's dateline that may be furniture glued
/// before it: a headline and a run of story highlights, as CNN pages open
/// with (the longest seen on Timeline17 are about 600 bytes).
const GLUED_FURNITURE_BYTES: usize = 1200;
/// Most words an agency's name in a dateline has ("(CNN Student News)").
const AGENCY_WORDS: usize = 3;

/// Where an agency's dateline in a sentence ends, the dash and the space
/// after it included: the first agency in parentheses ("(CNN)",
/// "(Reuters)": capitalized words only) followed by a dash, within the
/// sentence's first [`GLUED_FURNITURE_BYTES`]. What comes before it is the
/// page's, wherever the segmenter put it: a place and a day ("HONG KONG,
/// May 2 "), highlights, a headline.
fn agency_dateline_end(sentence: &str) -> Option<usize> {
    let head = &sentence[..floor_char_boundary(sentence, GLUED_FURNITURE_BYTES)];
    let is_agency = |inside: &str| {
        let words: Vec<&str> = inside.split_whitespace().collect();
        (1..=AGENCY_WORDS).contains(&words.len())
            && words
                .iter()
                .all(|word| word.starts_with(char::is_uppercase) && word.chars().all(char::is_alphabetic))
    };
    head.match_indices('(').find_map(|(open, _)| {
        let close = open + head[open..].find(')')?;
        if !is_agency(&head[open + 1..close]) {
            return None;
        }
        let after = close + 1;
        let dash = DATELINE_DASHES
            .iter()
            .find(|dash| sentence[after..].starts_with(**dash))?;
        Some(after + dash.len())
    })
}

/// The largest char boundary of `text` at or before byte `at`.
fn floor_char_boundary(text: &str, at: usize) -> usize {
    (0..=at.min(text.len()))
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0)
}

/// Whether a word is a clock time ("6:14", "00.05", "10.32am:", "(9:30"),
/// punctuation and "am"/"pm" around it aside.
fn is_clock(word: &str) -> bool {
    let word = word.trim_matches(|c: char| matches!(c, '(' | '[' | ')' | ']' | ':' | ',' | '|'));
    let word = word
        .strip_suffix("am")
        .or_else(|| word.strip_suffix("pm"))
        .unwrap_or(word);
    let (hours, minutes) = word.split_once([':', '.']).unwrap_or(("", ""));
    (1..=2).contains(&hours.len())
        && minutes.len() == 2
        && hours.bytes().chain(minutes.bytes()).all(|b| b.is_ascii_digit())
}

/// Most words of a live blog's clock in brackets ("(6:43 p.m. Monday ET,
/// 12:43 a.m. Tuesday in Libya)").
const CLOCK_WORDS: usize = 12;

/// The length in bytes of the live blog's clock a sentence opens with, the
/// space after it included: a time in brackets ("[10:32] ", "(9:30 p.m.
/// ET, 3:30 a.m. in Libya) ") or a time and a colon ("10.32am: ",
/// "10:32 am: ").
fn clock_length(sentence: &str) -> Option<usize> {
    if !sentence.starts_with(|c: char| c == '(' || c == '[' || c.is_ascii_digit()) {
        return None;
    }
    let words: Vec<(usize, &str)> = words_at(sentence).take(CLOCK_WORDS + 1).collect();
    let &(_, first) = words.first()?;
    let end = if let Some(close) = match first.chars().next() {
        Some('(') => Some(')'),
        Some('[') => Some(']'),
        _ => None,
    } {
        let last = words.iter().position(|&(_, w)| w.ends_with(close))?;
        if !words[..=last].iter().any(|&(_, w)| is_clock(w)) {
            return None;
        }
        last
    } else {
        // "10.32am:" or "10:32 am:".
        let last = if first.ends_with(':') { 0 } else { 1 };
        let &(_, last_word) = words.get(last)?;
        let ends_clock = last_word.ends_with(':') && (last == 0 || matches!(last_word, "am:" | "pm:"));
        if !(is_clock(first) && ends_clock) {
            return None;
        }
        last
    };
    words.get(end + 1).map(|&(at, _)| at)
}

/// Most words from a sentence's start to a page's update stamp and
/// through it: a headline glued before it ("Michael Jackson was 'murdered
/// for money', says sister Page last updated at 08:58 GMT, Thursday, 24
/// June 2010 09:58 UK ") is furniture too.
const UPDATE_WORDS: usize = 40;

/// Where a page's update stamp in a sentence ends, the space after it
/// included: "Last updated at" and the times, zones, days and dates after
/// it, and the "Help" link that follows it on BBC pages ("30 September
/// 2011 Last updated at 06:15 GMT Help ").
fn update_end(sentence: &str) -> Option<usize> {
    if !sentence.contains("updated") {
        return None;
    }
    let words: Vec<(usize, &str)> = words_at(sentence).take(UPDATE_WORDS + 1).collect();
    let label = words
        .windows(3)
        .position(|w| w[0].1.eq_ignore_ascii_case("last") && w[1].1 == "updated" && w[2].1 == "at")?;
    let is_stamp_word = |word: &str| {
        let bare = word.trim_end_matches(',');
        is_clock(bare)
            || bare.bytes().all(|b| b.is_ascii_digit())
            || ((2..=4).contains(&bare.len()) && bare.bytes().all(|b| b.is_ascii_uppercase()))
            || is_english_weekday(bare, true)
            || is_english_month(bare)
            || bare == "Help"
    };
    let stamp = words[label + 3..]
        .iter()
        .take_while(|&&(_, w)| is_stamp_word(w))
        .count();
    if stamp == 0 {
        return None;
    }
    words.get(label + 3 + stamp).map(|&(at, _)| at)
}

/// Agencies a photo credit may name alone ("Photograph: Reuters"); a credit
/// in capitals ("PA", "AP") or with a slash ("Dennis Cook/AP") needs none.
const PHOTO_AGENCIES: &[&str] = &["Reuters", "Getty", "Corbis", "Rex"];
/// Most words of a photo credit.
const CREDIT_WORDS: usize = 6;

/// The length in bytes of the photo credit a sentence opens with, the space
/// after it included: "Photograph:" or "Photo:", then a photographer and
/// an agency joined by a slash ("Carl de Souza/AFP/Getty Images"), or one
/// agency ("PA", "Reuters").
fn credit_length(sentence: &str) -> Option<usize> {
    let rest = ["Photograph:", "Photo:"]
        .iter()
        .find_map(|label| sentence.strip_prefix(label))?;
    let offset = sentence.len() - rest.len();
    let words: Vec<(usize, &str)> = words_at(rest).take(CREDIT_WORDS + 2).collect();
    let in_capitals = |word: &str| word.len() >= 2 && word.bytes().all(|b| b.is_ascii_uppercase());
    let last = match words.iter().take(CREDIT_WORDS).rposition(|&(_, w)| w.contains('/')) {
        // "…/Getty Images Two new cases": "Images" is the credit's when a
        // capital follows it, the story's in "…/PA Images of soldiers".
        Some(slash) => match (words.get(slash + 1), words.get(slash + 2)) {
            (Some(&(_, "Images")), Some(&(_, next))) if next.starts_with(char::is_uppercase) => slash + 1,
            _ => slash,
        },
        None if words
            .first()
            .is_some_and(|&(_, w)| in_capitals(w) || PHOTO_AGENCIES.contains(&w)) =>
        {
            0
        }
        None => return None,
    };
    let &(at, _) = words.get(last + 1)?;
    Some(offset + at)
}

/// Most words of a byline.
const BYLINE_WORDS: usize = 6;

/// The length in bytes of the staff byline a sentence opens with ("By the
/// CNN Wire Staff "), the space after it included.
fn byline_length(sentence: &str) -> Option<usize> {
    if !sentence.starts_with("By ") {
        return None;
    }
    let words: Vec<(usize, &str)> = words_at(sentence).take(BYLINE_WORDS + 1).collect();
    let staff = words.iter().position(|&(_, w)| w == "Staff")?;
    words.get(staff + 1).map(|&(at, _)| at)
}

/// The length in bytes of an agency's name in parentheses that a sentence
/// opens with, glued to the story's first word without a space or a dash
/// ("(CNN)US President Donald Trump says …").
fn glued_agency_length(sentence: &str) -> Option<usize> {
    let inside = sentence.strip_prefix('(')?;
    let close = inside.find(')')?;
    let agency = &inside[..close];
    let words = agency.split_whitespace().count();
    let glued = inside[close + 1..].starts_with(|c: char| c.is_uppercase() || is_opening_quote(c));
    ((1..=AGENCY_WORDS).contains(&words)
        && agency
            .split_whitespace()
            .all(|word| word.starts_with(char::is_uppercase) && word.chars().all(char::is_alphabetic))
        && glued)
        .then_some(1 + close + 1)
}

/// Separators between a dateline and the story.
const DATELINE_DASHES: &[&str] = &[" — ", " – ", " -- ", " - "];
/// Most words a dateline has ("NEW YORK, N.Y. (Reuters)").
const DATELINE_WORDS: usize = 6;

/// The length in bytes of the dateline a sentence opens with, dash and
/// space included: a place in capitals ("WASHINGTON", "SEOUL, South
/// Korea"), an agency in parentheses ("(CNN)") or a place and an agency
/// ("Brussels, Belgium (CNN)"), all its words capitalized, then a dash.
fn dateline_length(sentence: &str) -> Option<usize> {
    // Every dash is '-' or opens with the byte E2 ('—', '–').
    if !sentence.bytes().any(|b| b == b'-' || b == 0xE2) {
        return None;
    }
    // A dash past the first words ends no dateline: look no further than
    // the word after them (the dash) and the space after it.
    let head_end = words_at(sentence)
        .nth(DATELINE_WORDS + 1)
        .map_or(sentence.len(), |(at, _)| at);
    // The first dash: each opens with a space, and no two start at one
    // place, so one pass over the spaces finds it.
    let head = &sentence[..head_end];
    let (at, dash) = head.match_indices(' ').find_map(|(at, _)| {
        DATELINE_DASHES
            .iter()
            .find(|dash| head[at..].starts_with(**dash))
            .map(|dash| (at, dash.len()))
    })?;
    let words: Vec<&str> = sentence[..at].split_whitespace().collect();
    let agency = |word: &str| word.len() > 2 && word.starts_with('(') && word.ends_with(')');
    let in_capitals = |word: &str| {
        let letters = word.chars().filter(|c| c.is_alphabetic());
        letters.clone().count() >= 2 && letters.into_iter().all(char::is_uppercase)
    };
    let (first, last) = (words.first()?, words.last()?);
    let capitalized = words
        .iter()
        .all(|word| word.starts_with(|c: char| c.is_uppercase() || c == '('));
    (words.len() <= DATELINE_WORDS && (in_capitals(first) || agency(first) || agency(last)) && capitalized)
        .then_some(at + dash)
}

/// Whether a sentence would stand alone but for a connective opening
/// ("But the talks failed.", "In addition, Russia …") or its opening in
/// the writer's voice ("I've got news …"): it refers back to nothing that
/// the reader needs, so it may be shown, after the sentences that stand
/// alone.
pub fn leans_on_context(sentence: &str) -> bool {
    is_complete(sentence) && (opens_with_connective(sentence) || opens_in_first_person(sentence))
}

/// Whether a sentence opens in the writer's voice ("I", "We"), not in a
/// quotation.
fn opens_in_first_person(sentence: &str) -> bool {
    // "US" in capitals is the country.
    let opening = sentence.trim_start();
    !opening.starts_with(is_opening_quote)
        && !opening.starts_with("US ")
        && FIRST_PERSON_OPENERS.contains(&first_word(sentence).as_str())
}

/// Whether a sentence starts with a word that refers back to something
/// earlier ("He", "This", "Those"), or is a piece of a quotation spread over
/// sentences: out of its article, it cannot be understood.
pub fn refers_back(sentence: &str) -> bool {
    opens_with_reference(sentence) || !quotes_balanced(sentence.trim())
}

/// Whether the first word of a sentence refers back to someone or
/// something earlier ("He", "That's", "These").
fn opens_with_reference(sentence: &str) -> bool {
    REFERRING_OPENERS.contains(&first_word(sentence).as_str()) || opens_with_referring_noun(sentence)
}

/// Nouns of an act or an utterance that, after "The" and right before the
/// verb, name something the article told before ("The move comes as …",
/// "The decision was criticized", "The details are unclear"): out of the
/// article, the reader does not know which move. Followed by what they
/// are ("The decision to recall the ambassador …", "The report by the
/// inspector …") they say it themselves.
const REFERRING_NOUNS: &[&str] = &[
    "move",
    "moves",
    "decision",
    "announcement",
    "comments",
    "remarks",
    "effort",
    "efforts",
    "news",
    "development",
    "incident",
    "step",
    "details",
    "report",
    "revelation",
    "revelations",
    "ruling",
    "episode",
    "vote",
];

/// Words after such a noun that begin what it is, not what it did.
const NOUN_COMPLEMENTS: &[&str] = &[
    "of", "to", "by", "for", "from", "on", "in", "at", "about", "that", "which", "against", "over", "with", "into",
];

/// Whether a sentence opens with "The" and a noun of [`REFERRING_NOUNS`]
/// followed by its verb, not by what the noun is.
fn opens_with_referring_noun(sentence: &str) -> bool {
    let mut words = sentence.split_whitespace();
    if words.next() != Some("The") {
        return false;
    }
    let (Some(noun), Some(next)) = (words.next(), words.next()) else {
        return false;
    };
    let next = next.trim_end_matches(|c: char| !c.is_alphanumeric());
    REFERRING_NOUNS.contains(&noun) && next.starts_with(|c: char| c.is_lowercase()) && !NOUN_COMPLEMENTS.contains(&next)
}

/// Whether a sentence can stand alone: it starts with a capital letter, a
/// digit or an opening quote, not with a word that refers back; its quotes
/// are balanced (it is not a piece of a quotation spread over sentences);
/// and it ends like a sentence, not like a headline or a caption.
pub fn stands_alone(sentence: &str) -> bool {
    is_complete(sentence) && !opens_with_connective(sentence) && !opens_in_first_person(sentence)
}

/// Pronouns that stand for a person named before ("he", "her"): a
/// sentence that uses one before naming anyone leaves its reader asking
/// who. Only English: "il", "sie" or "ella" also stand for things, and
/// "sie" for "they".
const PERSONAL_PRONOUNS: &[&str] = &["he", "him", "his", "himself", "she", "her", "hers", "herself"];

/// Whether a word is one of the [`PERSONAL_PRONOUNS`], in any case. They
/// are ASCII, and no other character lower-cases to their letters, so an
/// ASCII comparison gives what lower-casing the word would.
fn is_personal_pronoun(word: &str) -> bool {
    PERSONAL_PRONOUNS
        .iter()
        .any(|pronoun| pronoun.eq_ignore_ascii_case(word))
}

/// Whether `shown`, a sentence of `article` or the part of one that is
/// shown ([`shown_part`]), uses a personal pronoun ("he", "her") before it
/// names any person: wherever it comes in the text ("Sent to Azerbaijan a
/// week ago, he was killed"), out of its article the pronoun points at no
/// one; in an opening left out ("For his part, Macron said …") it is not
/// read. A person is named by a mention the entities
/// stage found, or by a word of a person's name as the article writes it
/// elsewhere ("Gaddafi's wife, his daughter": the possessive or the start
/// of a dated list entry may hide the name from the recogniser, not from
/// the reader). A role ("the minister") is no name.
pub fn has_dangling_pronoun(article: &Article, shown: Span) -> bool {
    let Some(sentence) = article.sentence_at(shown.start as usize) else {
        return false;
    };
    let tokens: Vec<&Token> = article
        .sentence_tokens(&article.sentences[sentence])
        .iter()
        .filter(|token| token.span.start >= shown.start && token.span.end <= shown.end)
        .collect();
    let Some(at) = tokens
        .iter()
        .position(|token| token.kind == TokenKind::Word && is_personal_pronoun(article.span_text(token.span)))
    else {
        return false;
    };
    let pronoun = &tokens[at];
    let named_before = persons(article)
        .flat_map(|entity| &entity.mentions)
        .any(|mention| mention.start >= shown.start && mention.end <= pronoun.span.start);
    if named_before {
        return false;
    }
    let name_words = person_name_words(article);
    !tokens[..at].iter().any(|token| {
        token.kind == TokenKind::Word && name_words.contains(without_possessive(article.span_text(token.span)))
    })
}

/// Whether `shown`, a whole sentence of `article` as a summary shows it,
/// names someone its "he" or "her" may stand for, before or after the
/// pronoun: a person the entities stage found, a word of a person's name
/// as the article writes it elsewhere, or two capitalized words in a row
/// past the first word, a name or a title the recogniser missed ("Fox News
/// host Tucker Carlson … spying on him", "In a defense of his reputation,
/// Rep. Matt Gaetz …", "The HUD Secretary … he says"). A whole sentence
/// is read to its end, so a name after the pronoun serves; a cut opening
/// has no end, and [`has_dangling_pronoun`] alone decides for it.
pub(crate) fn names_someone(article: &Article, shown: Span) -> bool {
    if persons(article)
        .flat_map(|entity| &entity.mentions)
        .any(|mention| mention.start >= shown.start && mention.end <= shown.end)
    {
        return true;
    }
    let name_words = person_name_words(article);
    let capitalized = |word: &str| word.starts_with(char::is_uppercase);
    let words: Vec<&str> = article
        .span_text(shown)
        .split_whitespace()
        .map(|word| without_possessive(word.trim_matches(|c: char| !c.is_alphanumeric())))
        .collect();
    words.iter().any(|word| name_words.contains(word))
        || words
            .windows(2)
            .skip(1)
            .any(|pair| capitalized(pair[0]) && capitalized(pair[1]))
}

/// The people the entities stage found in an article.
fn persons(article: &Article) -> impl Iterator<Item = &chorus_model::Entity> {
    article
        .entities
        .iter()
        .filter(|entity| entity.kind == EntityKind::Person)
}

/// The capitalized words of every person's name as the article writes it
/// ("Emmanuel", "Macron"): a word of one names that person to a reader.
pub(crate) fn person_name_words(article: &Article) -> FastSet<&str> {
    persons(article)
        .flat_map(|entity| entity.mentions.iter().map(|m| article.span_text(*m)))
        .flat_map(str::split_whitespace)
        .filter(|word| word.starts_with(char::is_uppercase))
        .collect()
}

/// Most sentences read back from a sentence whose pronoun names no one to
/// find the person it stands for ([`antecedent_name_words`]).
const ANTECEDENT_SENTENCES: usize = 3;

/// Nouns of an unnamed person ("a 23-year-old man", "the victim"): a
/// sentence that has one and names no one gives a later "he" or "his" a
/// nearer antecedent than any name before it.
const UNNAMED_PERSON_NOUNS: &[&str] = &[
    "man", "woman", "boy", "girl", "teen", "teenager", "victim", "suspect", "gunman", "shooter", "driver", "officer",
];

/// The capitalized words of the names of the people that the "he", "his"
/// or "her" of sentence `sentence` of `article` may stand for, read back
/// over up to [`ANTECEDENT_SENTENCES`] sentences: those named in the
/// nearest sentence that names a person, unless a sentence between names
/// an unnamed one ("Police said the man was walking … when he was struck"
/// before "The bullet exited at his hip."), in which case none: the
/// pronoun stands for someone no summary can name, however many of the
/// article's people it names.
pub(crate) fn antecedent_name_words(article: &Article, sentence: usize) -> FastSet<&str> {
    for earlier in (sentence.saturating_sub(ANTECEDENT_SENTENCES)..sentence).rev() {
        let span = article.sentences[earlier].span;
        let named: FastSet<&str> = persons(article)
            .flat_map(|entity| &entity.mentions)
            .filter(|mention| mention.start >= span.start && mention.end <= span.end)
            .flat_map(|mention| article.span_text(*mention).split_whitespace())
            .filter(|word| word.starts_with(char::is_uppercase))
            .map(without_possessive)
            .collect();
        if !named.is_empty() {
            return named;
        }
        let unnamed_person = article.span_text(span).split_whitespace().any(|word| {
            let word = word.trim_matches(|c: char| !c.is_alphanumeric());
            UNNAMED_PERSON_NOUNS.iter().any(|noun| noun.eq_ignore_ascii_case(word))
        });
        if unnamed_person {
            return FastSet::default();
        }
    }
    // Nothing near: the pronoun may stand for anyone the article names.
    person_name_words(article).into_iter().map(without_possessive).collect()
}

/// A word without its possessive ending ("Gaddafi's" gives "Gaddafi").
pub(crate) fn without_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word)
}

/// A sentence that starts like one (a capital, a digit or an opening
/// quote), ends like a statement (not a question, not a headline without a
/// full stop, not trailing off), with balanced quotes, does not start with
/// a word that refers back to a person or thing, and is not the page's
/// ([`is_page_residue`]).
///
/// An exclamation mark ends a statement only inside a quotation: in the
/// writer's own voice it is the page's call to the reader ("Close Get email
/// notifications on Sarah Reese daily!", "Sign up now!"). An ellipsis ends
/// none: the sentence trails off, or is a teaser for more ("Just One More
/// Thing...", "Read more…"). Both were shown as the leads of 24 articles of
/// gun-violence in its timelines.
fn is_complete(sentence: &str) -> bool {
    let sentence = sentence.trim();
    let Some(first_char) = sentence.chars().next() else {
        return false;
    };
    if !(first_char.is_uppercase() || first_char.is_ascii_digit() || is_opening_quote(first_char)) {
        return false;
    }
    let unquoted = sentence.trim_end_matches(|c: char| is_closing_quote(c) || c == ')');
    let last = unquoted.chars().last();
    if !matches!(last, Some('.' | '!' | '?' | '。' | '！' | '？')) {
        return false;
    }
    if last == Some('?') || ends_inside_an_aside(sentence) {
        return false;
    }
    let quoted = sentence.trim_end_matches(')').ends_with(is_closing_quote);
    if (matches!(last, Some('!' | '！')) && !quoted) || unquoted.ends_with("...") || unquoted.ends_with('…') {
        return false;
    }
    !opens_with_reference(sentence)
        && !repeats_an_earlier_act(sentence)
        && quotes_balanced(sentence)
        && !is_page_residue(sentence)
}

/// Whether a sentence's last full stop is inside a parenthesis that it
/// opened after its start ("… spearheaded by Rep. Mike Thompson
/// (D-Calif.)"): the abbreviation's stop, where the segmenter cut a
/// sentence that goes on.
fn ends_inside_an_aside(sentence: &str) -> bool {
    let trimmed = sentence.trim_end_matches(|c: char| is_closing_quote(c));
    trimmed.ends_with(".)")
        && trimmed
            .rfind('(')
            .is_some_and(|open| open > 0 && !trimmed[open..].contains(' '))
}

/// Phrases that stand for an act told before ("Trump has done so
/// repeatedly"): the reader of the sentence alone does not know what.
const EARLIER_ACTS: &[&str] = &["done so", "did so", "do so", "does so", "doing so"];

/// Most words before "do so" in a sentence's first clause for it to stand
/// for an act told before the sentence; later, or after a comma, it may
/// stand for one the sentence told ("When Kavanaugh goes before the
/// committee, he will do so as …", "… if schools choose to do so").
const EARLIER_ACT_WORDS: usize = 8;

/// Whether a sentence's first clause stands for an act told before with
/// "do so" and its forms.
fn repeats_an_earlier_act(sentence: &str) -> bool {
    sentence.contains(" so") && {
        let words: Vec<&str> = sentence
            .split_whitespace()
            .take(EARLIER_ACT_WORDS + 2)
            .take_while(|word| !word.ends_with([',', ';', ':']))
            .map(|word| word.trim_end_matches(|c: char| !c.is_alphanumeric()))
            .collect();
        words.windows(2).any(|pair| {
            pair[1] == "so"
                && EARLIER_ACTS
                    .iter()
                    .any(|act| act.split_once(' ').is_some_and(|(verb, _)| pair[0] == verb))
        })
    }
}

/// Whether a sentence is the page's, not the story's, though it reads like
/// a sentence: a post's stamp ("Posted by David T on April 2, 2005 11:01
/// PM.", also glued after the comment it signs), a footer that gives an e-mail address ("Letters for publication
/// should be sent to: letters@guardian.co.uk …"), a reader's comment
/// under its stamp and reply link ("March 9, 2011 at 6:19 pm | Reply …",
/// "March 23, 2011 at 3:53 pm | If you …", "At 15:27 26th Apr 2009,
/// Icecold_00 wrote: …"), story highlights run together ("NEW: Ban says
/// … NEW: …", when no dateline after them marks where the story starts)
/// or a listing of dated items ("Venice, August 29 - September 8 …
/// Cannes, May 16 - 27 … Berlin, February 8 - 18 …"; [`is_listing`]), or
/// a teaser of another story, its headline printed twice back to back
/// ([`repeated_heading`]). Residue the extractor left in the text.
fn is_page_residue(sentence: &str) -> bool {
    let email = |word: &str| {
        word.split_once('@')
            .is_some_and(|(user, host)| !user.is_empty() && host.trim_end_matches('.').contains('.'))
    };
    sentence.contains("Posted by ")
        || sentence.contains("| Reply")
        || sentence.contains("NEW: ")
        || is_comment_stamp(sentence)
        || (sentence.contains('@') && sentence.split_whitespace().any(email))
        || is_listing(sentence)
        || has_gallery_counter(sentence)
        || repeated_heading(sentence).is_some_and(|(gap, _)| gap == 0)
}

/// Words of a photo gallery's counter ("Image 16 of 40", "Photo 3 of 12",
/// "5 of 20 photos").
const GALLERY_WORDS: &[&str] = &[
    "image", "images", "photo", "photos", "picture", "pictures", "slide", "slides",
];

/// Whether a sentence holds a photo gallery's counter, "Image N of M",
/// "Photo N of M" or "N of M photos": the caption of a gallery slide
/// ("Image 16 of 40 Friends of the deceased …") that the page glued into
/// the text.
fn has_gallery_counter(sentence: &str) -> bool {
    // Most sentences hold no "N of M": ruled out before their words are
    // collected (this runs on every sentence a summary or timeline reads).
    if !sentence.contains(" of ") || !sentence.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let words: Vec<&str> = sentence.split_whitespace().collect();
    let is_number = |word: &str| !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit());
    let is_gallery_word = |word: &str| GALLERY_WORDS.iter().any(|w| w.eq_ignore_ascii_case(word));
    words.windows(3).enumerate().any(|(at, window)| {
        is_number(window[0]) && window[1] == "of" && is_number(window[2]) && {
            let before = at.checked_sub(1).map(|i| words[i]);
            let after = words.get(at + 3).copied();
            before.is_some_and(is_gallery_word) || after.is_some_and(is_gallery_word)
        }
    })
}

/// The chrome a page prints with a photo, lower case: a caption's ("Buy
/// Photo A man walks past …", "… Jr. Family photo …") or a gallery's
/// ("View as gallery Open Gallery The …").
const CAPTION_CHROME: &[&str] = &[
    "buy photo",
    "article photos",
    "family photo",
    "courtesy photo",
    "photo courtesy",
    "file photo",
    "view as gallery",
    "open gallery",
    "buy this photo",
    "related photos",
    "photo via",
    "gallery:",
];

/// Whether a sentence reads as a photo's caption rather than the story's
/// prose: it holds the chrome a page prints with a photo
/// ([`CAPTION_CHROME`]), or it ends on a day written out with its year
/// after a comma, as captions date their photo ("Police investigate a
/// shooting at a motel in South Seattle, July 11, 2016.", "… on Thursday,
/// Feb. 23, 2017."), and attributes nothing ("…, police said" is a
/// report's). Prose names a recent day by its weekday. A caption may be
/// the story's only sentence on a point, so it ranks below prose rather
/// than going.
pub(crate) fn reads_as_caption(sentence: &str) -> bool {
    if sentence.contains("hoto") || sentence.contains("allery") {
        let lower = sentence.to_lowercase();
        if CAPTION_CHROME.iter().any(|chrome| lower.contains(chrome)) {
            return true;
        }
    }
    opens_with_a_photo_credit(sentence)
        || ends_with_a_dated_photo(sentence) && {
            let words: Vec<&str> = sentence
                .split_whitespace()
                .map(|word| word.trim_end_matches([',', '.']))
                .collect();
            !words.iter().any(|word| tells_a_report(word)) && !tells_a_plan(&words)
        }
}

/// Verbs in the present that tell what a photo shows of a person ("Chris
/// Few … walks with his lawyer into the hearing", "Jamiah, 9, looks down at
/// a shirt …"): a report tells of a person's act in the past.
const PHOTO_VERBS: &[&str] = &[
    "walks", "looks", "stands", "sits", "holds", "hugs", "embraces", "wipes", "kneels", "prays", "reacts", "poses",
    "gestures", "listens", "waits", "watches", "weeps", "cries", "smiles", "pauses", "leans",
];

/// Where a caption places the people a photo shows (", left, and …").
const PHOTO_PLACES: &[&str] = &[
    ", left,",
    ", right,",
    ", center,",
    "(left)",
    "(right)",
    "(center)",
    "pictured",
];

/// Whether a sentence reads as the caption of a photo that tells in the
/// present what it shows, not caught by [`reads_as_caption`]: it places
/// its people in the photo ("Jo Smith, left, and Ann Lee could face …")
/// or a person's act in it is a verb of [`PHOTO_VERBS`] with no word of a
/// report ([`tells_a_report`]). Checked only where a caption glued to the
/// page's top would be taken for a story's lead, not in every sentence a
/// summary ranks.
pub(crate) fn reads_as_present_caption(sentence: &str) -> bool {
    if PHOTO_PLACES.iter().any(|place| sentence.contains(place)) {
        return true;
    }
    let words: Vec<&str> = sentence
        .split_whitespace()
        .map(|word| word.trim_end_matches([',', '.']))
        .collect();
    words.iter().any(|word| PHOTO_VERBS.contains(word)) && !words.iter().any(|word| tells_a_report(word))
}

/// Chrome a page prints around its stories, lower case: a video player's
/// ("embed >more news videos"), a copyright line, a call to sign up for
/// alerts ("Get free real-time news alerts from …"), a press release's
/// header ("… FOR IMMEDIATE RELEASE PITTSBURGH, PA – …").
const PAGE_CHROME: &[&str] = &[
    "embed >",
    "for immediate release",
    "more news videos",
    "copyright",
    "©",
    "news alerts",
    "sign up",
    "click here",
    "subscribe",
];

/// Function words a headline capitalises ("Five Must-See Destinations In
/// Paris"), prose does not.
const HEADLINE_FUNCTION_WORDS: &[&str] = &[
    "In", "Of", "The", "To", "For", "And", "At", "On", "With", "After", "From", "A", "An",
];

/// Whether `lower` (lower case) names a video player's running time,
/// "video (01:00)": the label of a clip glued before the page's text.
fn names_a_running_time(lower: &str) -> bool {
    lower.match_indices("video (").any(|(at, label)| {
        let rest = &lower[at + label.len()..];
        rest.find(')').is_some_and(|end| {
            let time = &rest[..end];
            time.contains(':') && time.chars().all(|c| c.is_ascii_digit() || c == ':')
        })
    })
}

/// Whether a sentence that may be shown is still the page's clutter, not a
/// story's prose: it holds a page's chrome ([`PAGE_CHROME`]) or a video's
/// running time ([`names_a_running_time`]), it is
/// written in capitals ("POLICE TRIED TO ARREST THE FATHER."), or it opens
/// with a headline in title case, a function word capitalised after
/// capitalised words only, none ending in punctuation (a teaser of another
/// story: "Five Must-See Destinations In Paris Within the 41 square miles
/// …"; not a dateline, "FORT MYERS, Fla. - A man …").
pub(crate) fn reads_as_clutter(sentence: &str) -> bool {
    let lower = sentence.to_lowercase();
    if PAGE_CHROME.iter().any(|chrome| lower.contains(chrome)) || names_a_running_time(&lower) {
        return true;
    }
    let letters = sentence.chars().filter(|c| c.is_alphabetic()).count();
    let capitals = sentence.chars().filter(|c| c.is_uppercase()).count();
    if letters > 0 && capitals * 4 > letters * 3 {
        return true;
    }
    // The headline's words run up to the first in lower case or the first
    // that ends in punctuation: a dateline ("FORT MYERS, Fla. - A man …")
    // or a label ("Update: A hearing …") is no headline.
    let mut words = sentence.split_whitespace();
    if words.next().is_some_and(|first| first.ends_with(':')) {
        return false;
    }
    for word in words {
        if !word.starts_with(char::is_uppercase) {
            return false;
        }
        if HEADLINE_FUNCTION_WORDS.contains(&word) {
            return true;
        }
        if !word.ends_with(char::is_alphanumeric) {
            return false;
        }
    }
    false
}

/// Most words in lower case a label has ("LinkedIn profile of shooting
/// suspect Jo Smith.").
const LABEL_LOWER_CASE_WORDS: usize = 4;

/// Whether the shown part of a sentence (`shown`, of sentence `sentence`)
/// reads as a label, not a clause: a name with an age ("Jo Smith, 36, of
/// Riverton."), a byline or a caption's title ("Profile of the suspect
/// Jo Smith."), at most [`LABEL_LOWER_CASE_WORDS`] words in lower case and
/// none that can be its verb ([`has_a_verb`]; which takes no verb in its
/// plain form, "Two men remain …", for one, so a clause with more words in
/// lower case is no label).
pub(crate) fn reads_as_label(article: &Article, sentence: usize, shown: Span) -> bool {
    let lower_case = article
        .span_text(shown)
        .split_whitespace()
        .filter(|word| word.starts_with(char::is_lowercase))
        .count();
    let tokens = article.sentence_tokens(&article.sentences[sentence]);
    let start = tokens.partition_point(|token| token.span.start < shown.start);
    let end = tokens.partition_point(|token| token.span.end <= shown.end).max(start);
    lower_case <= LABEL_LOWER_CASE_WORDS && !has_a_verb(article, &tokens[start..end])
}

/// Words of the past or the future that a caption, telling in the present
/// what a photo shows ("A wreath hangs …", "The mill is shown …"), does
/// not use: a sentence ending on a full date with one of them is a
/// report's ("The trial is due to begin on Monday, Jan. 6, 2020.", "She
/// was last seen on Friday, Aug. 2, 2019."). "Effect" is a rule's or a
/// law's ("takes effect", "goes into effect").
const NOT_A_CAPTIONS_TENSE: &[&str] = &["was", "were", "had", "will", "would", "due", "scheduled", "effect"];

/// Whether a word tells of a report rather than of what a photo shows: a
/// verb of saying ([`REPORTING_VERBS`], "told") or a word of the past or
/// the future ([`NOT_A_CAPTIONS_TENSE`]).
fn tells_a_report(word: &str) -> bool {
    REPORTING_VERBS.contains(&word) || word == "told" || NOT_A_CAPTIONS_TENSE.contains(&word)
}

/// Verbs of a start or an end that, with "on" and a day after them, tell
/// of a plan ("The new term begins on Monday, Jan. 6, 2020.").
const PLAN_VERBS: &[&str] = &[
    "begin", "begins", "start", "starts", "open", "opens", "end", "ends", "close", "closes", "resume", "resumes",
    "expire", "expires",
];

/// Whether the words of a sentence tell of a plan, as a caption does not:
/// "set to" ("The law is set to begin …") or a verb of [`PLAN_VERBS`]
/// before "on" ("It begins on Monday, …").
fn tells_a_plan(words: &[&str]) -> bool {
    words
        .windows(2)
        .any(|pair| matches!(pair, ["set", "to"]) || pair[1] == "on" && PLAN_VERBS.contains(&pair[0]))
}

/// Most words of a slashed name, the slashed word with the capitalized
/// words after it, that a verb of a report may follow in prose ("Andrew
/// Cuomo/Governor's Office announced …"); a credit's outlet and a
/// caption's subject run longer ("Gregg Vigliotti/For New York Daily News
/// Marquise Frederick was …").
const SLASHED_NAME_WORDS: usize = 3;

/// Whether the words from a slashed word on (`rest`, at a sentence's
/// start) run on as prose: the slashed word and the capitalized words
/// after it, at most [`SLASHED_NAME_WORDS`], then at once a verb of a
/// report or of the past ("Andrew Cuomo/Governor's Office announced …",
/// "Jo Smith/City Hall said …"). A credit is followed by a capitalized
/// caption ("Jo Smith/KRVT Firefighters stand …", "… News A girl …") or
/// ends the sentence. A photo agency or an outlet in capitals after the
/// slash makes a credit whatever follows ("Jo Smith/Getty Images Mourners
/// gathered …", "Jo Smith/AP Officers said …").
fn slash_opens_prose(rest: &[&str]) -> bool {
    let agency = rest
        .first()
        .and_then(|word| word.split_once('/'))
        .is_some_and(|(_, outlet)| {
            let outlet = outlet.trim_end_matches([',', '.', ')']);
            PHOTO_AGENCIES.contains(&outlet) || outlet.len() >= 2 && outlet.bytes().all(|b| b.is_ascii_uppercase())
        });
    let name = rest
        .iter()
        .take_while(|word| word.starts_with(char::is_uppercase))
        .count();
    !agency
        && name <= SLASHED_NAME_WORDS
        && rest.get(name).is_some_and(|word| {
            let word = word.trim_end_matches([',', '.']);
            let past = word.len() > 4 && word.ends_with("ed") && word.chars().all(|c| c.is_ascii_lowercase());
            past || word == "has" || tells_a_report(word)
        })
}

/// Most words of a photographer's credit that opens a caption.
const PHOTO_CREDIT_WORDS: usize = 8;

/// Whether a sentence opens with a photo's credit, a photographer and an
/// outlet joined by a slash ("(Todd Maisel/New York Daily News) Police
/// investigate …", "( Melissa Phillip / Houston Chronicle ) A home …",
/// "Melinda Meza/KCRA Stockton police …"; not a slashed name that prose
/// goes on from, see [`slash_opens_prose`]), or with a photo agency's day
/// in capitals ("JUNE 08: Students leave …").
fn opens_with_a_photo_credit(sentence: &str) -> bool {
    let words: Vec<&str> = sentence.split_whitespace().take(PHOTO_CREDIT_WORDS).collect();
    let capital = |w: &str| w.trim_start_matches('(').starts_with(char::is_uppercase);
    if let [first, second, ..] = words[..] {
        let agency_day = first.len() >= 3
            && first.bytes().all(|b| b.is_ascii_uppercase())
            && chorus_text::is_english_month(first)
            && second
                .strip_suffix(':')
                .is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()));
        if agency_day {
            return true;
        }
        let joined = !second.contains(['(', ')'])
            && second
                .split_once('/')
                .is_some_and(|(a, b)| capital(a) && capital(b) && !matches!(first, "A" | "An" | "The"));
        if capital(first) && joined {
            let rest: Vec<&str> = sentence.split_whitespace().skip(1).collect();
            return !slash_opens_prose(&rest);
        }
    }
    sentence.starts_with('(')
        && words.iter().position(|w| w.contains(')')).is_some_and(|close| {
            let credit = words[..=close].join(" ");
            credit.contains('/')
                && words[..=close]
                    .iter()
                    .all(|w| capital(w) || matches!(*w, "(" | "/" | ")"))
        })
}

/// Whether a sentence ends on a day written out with its year after a
/// comma: "…, Dec. 26, 2016.", "…, 26 December 2016." or "… on Thursday,
/// Jan. 5, 2017.".
fn ends_with_a_dated_photo(sentence: &str) -> bool {
    let body = sentence.trim_end().trim_end_matches(['.', '"', '”', ')']);
    let Some((before, year)) = body.rsplit_once(' ') else {
        return false;
    };
    if !(year.len() == 4
        && year.bytes().all(|b| b.is_ascii_digit())
        && (year.starts_with("19") || year.starts_with("20")))
    {
        return false;
    }
    let before = before.strip_suffix(',').unwrap_or(before);
    let words: Vec<&str> = before.rsplitn(3, ' ').collect();
    let [second, first, rest] = words[..] else {
        return false;
    };
    let is_day = |w: &str| (1..=2).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
    let is_month = |w: &str| {
        let w = w.trim_end_matches('.').to_lowercase();
        w.len() >= 3 && chorus_text::ENGLISH_MONTHS.iter().any(|m| m.starts_with(w.as_str()))
    };
    let day_month = (is_month(first) && is_day(second)) || (is_day(first) && is_month(second));
    day_month && rest.ends_with(',')
}

/// Most words from the start of a reader's comment to the end of its stamp
/// ("At 15:27 26th Apr 2009, Icecold_00 wrote:", "February 24, 2011
/// 04:37 pm at 4:37 pm |").
const COMMENT_STAMP_WORDS: usize = 10;

/// Whether a sentence opens with the stamp of a reader's comment: a clock
/// time, then within its first words a "|" or the commenter's "wrote:".
fn is_comment_stamp(sentence: &str) -> bool {
    if !sentence.contains('|') && !sentence.contains("wrote:") {
        return false;
    }
    let words: Vec<&str> = sentence.split_whitespace().take(COMMENT_STAMP_WORDS).collect();
    words
        .iter()
        .position(|word| is_clock(word))
        .is_some_and(|clock| words[clock + 1..].iter().any(|&word| word == "|" || word == "wrote:"))
}

/// Fewest days written with a month ("August 29", "18 - 28 January" counts
/// its month once) that make a sentence a listing: a festival calendar, a
/// schedule run into one sentence. A report names two or three ("from
/// February 15 through February 28").
const LISTING_DAYS: usize = 4;

/// Credits of a programme in a broadcast listing ("Presenter/Aled Jones",
/// "Producers\/Angela Hind").
const LISTING_CREDITS: &[&str] = &["Presenter", "Presenters", "Producer", "Producers"];

/// Whether a sentence lists dated items rather than telling an event (see
/// [`listing_kind`]).
fn is_listing(sentence: &str) -> bool {
    listing_kind(sentence).is_some()
}

/// What kind of listing a sentence is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Listing {
    /// A programme's entry in a broadcast schedule: its credits
    /// ("Presenter/…") or an episode ("Ep 1/5").
    Programme,
    /// A time slot ("7.00-10.00pm") or a run of days ("Monday 7 to Friday
    /// 11 September"): a schedule's, or once in a while a report's.
    Slot,
    /// A run of dated items ("Venice, August 29 - September 8 …").
    Dates,
}

/// Whether an article is a page of a broadcast schedule, a programme
/// listing: a sentence of it is a programme's credits or episode
/// ("Presenter/Aled Jones, Producer/…"), or two are time slots
/// ("7.00-10.00pm"; see [`listing_kind`]). The days it names are
/// the programmes', not a story's.
pub(crate) fn is_broadcast_listing(article: &Article) -> bool {
    // A time slot alone is no proof: a report may write one ("between
    // 1:30-2 a.m."), and one sentence must not take a whole report away.
    let mut slots = 0;
    for sentence in &article.sentences {
        match listing_kind(article.span_text(sentence.span)) {
            Some(Listing::Programme) => return true,
            Some(Listing::Slot) => slots += 1,
            _ => {}
        }
        if slots >= 2 {
            return true;
        }
    }
    false
}

/// The kind of listing a sentence is, if it is one: it names a month with
/// a day number beside it [`LISTING_DAYS`] times or more, or it is an
/// entry of a broadcast schedule: a time slot ("7.00-10.00pm"), a
/// programme's credits ("Presenter/…"), an episode ("Ep 1/5") or a run of
/// days ("Monday 7 to Friday 11 September").
fn listing_kind(sentence: &str) -> Option<Listing> {
    // Every listing but a programme's credits writes a number.
    if !sentence.bytes().any(|b| b.is_ascii_digit() || b == b'/') {
        return None;
    }
    let is_number = |word: &str| !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit());
    let is_weekday = |word: &str| is_english_weekday(word, true);
    let is_day = |word: Option<&str>| {
        word.is_some_and(|w| {
            let digits = w.trim_end_matches([',', '.', ':', ';']);
            (1..=2).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit())
        })
    };
    // One pass over the words, without collecting them: the word before,
    // the word (`ahead[0]`) and the three after it.
    let mut words = sentence.split_whitespace();
    let mut ahead = [words.next(), words.next(), words.next(), words.next()];
    let mut before = None;
    let mut days = 0;
    while let Some(word) = ahead[0] {
        let next = ahead[1];
        // A clock opens with a digit or with what `is_clock` trims off.
        let slot = word
            .starts_with(|c: char| c.is_ascii_digit() || matches!(c, '(' | '[' | ')' | ']' | ':' | ',' | '|'))
            && word
                .split_once('-')
                .is_some_and(|(from, to)| is_clock(from) && to.starts_with(|c: char| c.is_ascii_digit()));
        let credit = word.starts_with("Pr")
            && word
                .split_once('/')
                .is_some_and(|(role, _)| LISTING_CREDITS.contains(&role.trim_end_matches('\\')));
        let episode = word == "Ep"
            && next
                .and_then(|next| {
                    next.replace('\\', "")
                        .split_once('/')
                        .map(|(a, b)| is_number(a) && is_number(b))
                })
                .unwrap_or(false);
        let run = matches!(ahead[1..], [Some(day), Some("to"), Some(weekday)] if is_number(day) && is_weekday(weekday))
            && is_weekday(word);
        if credit || episode {
            return Some(Listing::Programme);
        }
        if slot || run {
            return Some(Listing::Slot);
        }
        // The letter every month name opens with, then the day beside it:
        // they rule out most words cheaply.
        let month = word.trim_end_matches([',', '.', ':', ';']);
        let month_letter = matches!(
            month.as_bytes().first().map(|b| b | 0x20),
            Some(b'j' | b'f' | b'm' | b'a' | b's' | b'o' | b'n' | b'd')
        );
        if month_letter
            && (is_day(next) || is_day(before))
            && is_english_month(month)
            && (!month.eq_ignore_ascii_case("may") || word.starts_with('M'))
        {
            days += 1;
        }
        before = Some(word);
        ahead = [ahead[1], ahead[2], ahead[3], words.next()];
    }
    (days >= LISTING_DAYS).then_some(Listing::Dates)
}

/// Endings of English contractions: "that's" is "that" for what a sentence
/// opens with, "we've" is "we".
const CONTRACTIONS: &[&str] = &["s", "re", "ll", "d", "ve", "m"];

/// The first word of a sentence, lowercased, without leading punctuation
/// and without the ending of a contraction ("That’s" gives "that").
fn first_word(sentence: &str) -> String {
    let opening = sentence.trim_start_matches(|c: char| !c.is_alphanumeric());
    let length = opening
        .find(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .unwrap_or(opening.len());
    // Called several times per sentence: one allocation, and none of the
    // Unicode tables for the usual ASCII word.
    let written = &opening[..length];
    let mut word = if written.is_ascii() {
        written.to_ascii_lowercase()
    } else {
        written.to_lowercase()
    };
    if let Some((stem, ending)) = word.rsplit_once(['\'', '’']) {
        if CONTRACTIONS.contains(&ending) {
            word.truncate(stem.len());
        }
    }
    word
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
    // One pass: straight quotes, curly opening less closing, guillemets
    // opening less closing.
    // Byte by byte: the lead bytes of the curly quotes (E2) and the
    // guillemets (C2) never occur inside another character's encoding.
    let (mut straight, mut curly, mut guillemets) = (0usize, 0isize, 0isize);
    let bytes = sentence.as_bytes();
    for (at, &byte) in bytes.iter().enumerate() {
        match (byte, bytes.get(at + 1), bytes.get(at + 2)) {
            (b'"', _, _) => straight += 1,
            (0xE2, Some(0x80), Some(0x9C)) => curly += 1,
            (0xE2, Some(0x80), Some(0x9D)) => curly -= 1,
            (0xC2, Some(0xAB), _) => guillemets += 1,
            (0xC2, Some(0xBB), _) => guillemets -= 1,
            _ => {}
        }
    }
    straight % 2 == 0 && curly == 0 && guillemets == 0
}

/// Whether the doubled single quotes of a cut opening close as often as
/// they open ("‘’I did not know we would be fighting" is a quotation cut
/// before its close and its speaker). Curly only: a lone single quote is an
/// apostrophe, and a whole sentence keeps the plain check above.
fn doubled_single_quotes_balanced(opening: &str) -> bool {
    let mut open = 0isize;
    let mut chars = opening.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, chars.peek()) {
            ('‘', Some('’' | '‘')) => {
                open += 1;
                chars.next();
            }
            ('’', Some('’')) => {
                open -= 1;
                chars.next();
            }
            _ => {}
        }
    }
    open == 0
}

/// Words that open a clause of their own: a sentence may be cut before them
/// and still say something whole ("Turkey sent fighters | after France
/// accused it").
const CLAUSE_OPENERS: &[&str] = &[
    "and",
    "but",
    "while",
    "whereas",
    "which",
    "who",
    "after",
    "as",
    "because",
    "when",
    "where",
    "although",
    "though",
    "saying",
    "amid",
    "despite",
    "since",
    "before",
    "until",
    "following",
    "including",
    "according",
];

/// First words of an introductory phrase ("In a statement on Monday, …"):
/// a cut before the first comma would leave only the introduction.
const INTRODUCTIONS: &[&str] = &[
    "in",
    "on",
    "at",
    "after",
    "before",
    "when",
    "while",
    "as",
    "if",
    "although",
    "though",
    "despite",
    "during",
    "since",
    "following",
    "according",
    "amid",
    "with",
    "without",
    "for",
    "by",
    "under",
    "over",
    "once",
    "because",
    "unlike",
    "like",
    "speaking",
    "asked",
    "from",
    "to",
    "earlier",
    "last",
];

/// Whether the opening clauses of a sentence (`span`, cut by
/// [`opening_clauses`]) can be shown for it: no rest of the sentence is
/// there to say what they lean on, so they open with no connective and no
/// word that refers back, also after a first word set off by a comma
/// ("Actually, it is not recognized…"), and use no personal pronoun before
/// the person it stands for ("Ankara reacted strongly to his comments…").
pub fn opening_stands_alone(article: &Article, span: Span) -> bool {
    let text = article.span_text(span);
    let after_first_word = text
        .split_once(", ")
        .filter(|(head, _)| head.split_whitespace().count() == 1)
        .map(|(_, rest)| rest);
    !refers_back(text)
        && !opens_with_connective(text)
        && !after_first_word.is_some_and(refers_back)
        && !has_dangling_pronoun(article, span)
}

/// Auxiliaries whose verb may come after an adverb or a negation ("did not
/// publicly implicate").
const AUXILIARIES: &[&str] = &[
    "do", "does", "did", "will", "would", "can", "could", "shall", "should", "may", "might", "must", "has", "have",
    "had", "is", "are", "was", "were",
];

/// Adverbs that open a clause after "and" or "but" and leave its verb to
/// come ("they had a gun and somehow | , the boy was shot").
const CLAUSE_ADVERBS: &[&str] = &[
    "somehow",
    "then",
    "later",
    "eventually",
    "suddenly",
    "soon",
    "again",
    "also",
    "still",
    "instead",
    "now",
];

/// Whether an opening (`opening`, its tokens) stops before the verb its
/// last words lead to: an auxiliary, or "and", "but" or "or", followed only
/// by negations and adverbs ("Moscow did not publicly | and explicitly
/// implicate …", "they had a gun and somehow | , the boy was shot"), or an
/// "-ly" adverb coordinated with the one after the cut (`next`, the token
/// after the boundary word: "publicly | and explicitly").
fn before_its_verb(article: &Article, opening: &[Token], next: Option<&Token>) -> bool {
    let adverb = |token: &Token| {
        let text = article.span_text(token.span);
        text.len() > 4 && text.ends_with("ly") && text.chars().all(|c| c.is_lowercase())
    };
    if opening.last().is_some_and(adverb) && next.is_some_and(adverb) {
        return true;
    }
    // Only adverbs of `CLAUSE_ADVERBS` after a conjunction: a noun in "-ly"
    // may end what it joins ("by friends or family").
    let mut skipped = 0;
    let mut clause_adverbs = true;
    for token in opening.iter().rev() {
        let text = article.span_text(token.span).to_lowercase();
        let clause_adverb = CLAUSE_ADVERBS.contains(&text.as_str());
        if matches!(text.as_str(), "not" | "never" | "n't") || adverb(token) || clause_adverb {
            skipped += 1;
            clause_adverbs &= clause_adverb;
            continue;
        }
        return skipped > 0
            && (AUXILIARIES.contains(&text.as_str())
                || (clause_adverbs && matches!(text.as_str(), "and" | "but" | "or")));
    }
    false
}

/// Whether a comma cut (`opening`, the tokens before it; `next`, the token
/// after it) closes a relative clause set off by commas and the sentence
/// goes on in lower case, most often with the verb of the subject the
/// relative clause or participle described: "The official, who asked not
/// to be named, | told Sky News …". The opening would be a subject without
/// its verb. (A
/// relative clause ending a sentence, ", which angered France, | officials
/// said", is cut before its ", which" instead.)
fn closes_a_relative(article: &Article, opening: &[Token], next: Option<&Token>) -> bool {
    let lower = next.is_some_and(|token| {
        let text = article.span_text(token.span);
        token.kind == TokenKind::Word
            && text.chars().next().is_some_and(char::is_lowercase)
            && !CLAUSE_OPENERS.contains(&text)
    });
    if !lower {
        return false;
    }
    // The last part set off by a comma opens with a relative pronoun or a
    // participle ("The Guardian, published on Monday, | claimed …").
    let Some(comma) = opening
        .iter()
        .rposition(|token| token.kind == TokenKind::Punct && article.span_text(token.span) == ",")
    else {
        return false;
    };
    if opening[comma + 1..]
        .iter()
        .any(|token| token.kind == TokenKind::Punct && !matches!(article.span_text(token.span), "'" | "’"))
    {
        return false;
    }
    opening.get(comma + 1).is_some_and(|token| {
        let text = article.span_text(token.span);
        matches!(text, "who" | "which" | "whose" | "whom")
            || (text.ends_with("ed") && text.chars().all(char::is_lowercase))
    })
}

/// Irregular past forms and auxiliaries that can be the verb of a clause
/// (regular ones end in "-ed" or "-s").
const IRREGULAR_VERBS: &[&str] = &[
    "am",
    "are",
    "has",
    "be",
    "began",
    "brought",
    "came",
    "can",
    "chose",
    "could",
    "cut",
    "did",
    "do",
    "drove",
    "fell",
    "flew",
    "found",
    "gave",
    "got",
    "grew",
    "had",
    "have",
    "held",
    "hit",
    "is",
    "kept",
    "knew",
    "led",
    "left",
    "lost",
    "made",
    "may",
    "met",
    "might",
    "must",
    "put",
    "ran",
    "rose",
    "said",
    "saw",
    "sent",
    "set",
    "shall",
    "shot",
    "should",
    "spoke",
    "stood",
    "struck",
    "thought",
    "told",
    "took",
    "was",
    "went",
    "were",
    "will",
    "won",
    "would",
    "wrote",
    "arose",
    "ate",
    "awoke",
    "beat",
    "became",
    "bent",
    "bit",
    "bled",
    "blew",
    "broke",
    "built",
    "burst",
    "caught",
    "clung",
    "dealt",
    "dug",
    "drew",
    "drank",
    "fed",
    "felt",
    "fought",
    "fled",
    "flung",
    "forgot",
    "forgave",
    "froze",
    "hung",
    "heard",
    "hid",
    "hurt",
    "laid",
    "lay",
    "lent",
    "let",
    "lit",
    "meant",
    "paid",
    "quit",
    "read",
    "rode",
    "rang",
    "sought",
    "sold",
    "shook",
    "shone",
    "shut",
    "sang",
    "sank",
    "sat",
    "slept",
    "slid",
    "spent",
    "spun",
    "spread",
    "sprang",
    "stole",
    "stuck",
    "swore",
    "swept",
    "swam",
    "swung",
    "taught",
    "tore",
    "threw",
    "understood",
    "upset",
    "woke",
    "wore",
    "wept",
    "wound",
    "withdrew",
    "overtook",
    "undertook",
    "forbade",
    "cost",
];

/// Whether an opening holds a word that can be the verb of its main clause:
/// a lower-case word ending in "-ed" or "-s" or an irregular verb, outside
/// any relative clause or participle aside ([`in_main_clause`]). Without
/// one it is a subject waiting for its verb ("An investigation by the
/// British daily The Guardian | , published on Monday, claimed …";
/// "Moultrie's brother Ricky, who lives in Las Vegas | , Nevada, told …"),
/// not a clause. Lenient on purpose: plural nouns pass.
fn has_a_verb(article: &Article, opening: &[Token]) -> bool {
    let main = in_main_clause(article, opening);
    opening.iter().zip(main).enumerate().any(|(i, (token, main))| {
        main && may_be_a_verb(article, token)
            && !(i > 0 && DETERMINERS.contains(&article.span_text(opening[i - 1].span).to_lowercase().as_str()))
    })
}

/// Words after which a word is a noun or an adjective, not a verb ("An
/// unidentified mother of two").
const DETERMINERS: &[&str] = &["a", "an", "the", "his", "her", "their", "its", "this", "these", "those"];

/// Verbs in "-s" common after a subject in news ("and her family says …",
/// "and he remains …"): [`is_likely_a_verb`] takes no other word in "-s"
/// for a verb, since plural nouns end so too.
const COMMON_S_VERBS: &[&str] = &[
    "says",
    "remains",
    "faces",
    "tells",
    "believes",
    "claims",
    "appears",
    "seems",
    "continues",
    "lives",
    "works",
    "plans",
    "wants",
    "needs",
    "expects",
    "hopes",
    "thinks",
    "knows",
    "calls",
    "shows",
    "goes",
    "comes",
    "gets",
    "makes",
    "takes",
    "does",
    "has",
    "is",
];

/// Words that open a clause inside another: what follows them up to the
/// next comma is not the clause a reporting verb introduces ("Police say,
/// when they arrived, …").
const SUBORDINATORS: &[&str] = &[
    "when", "after", "as", "if", "before", "while", "because", "since", "until", "once", "although", "though",
];

/// Pronouns whose "'s" is "is" or "has" ("he's", "there's"); after any
/// other word it is a possessive ("the girl's recent boyfriend").
const CONTRACTED_PRONOUNS: &[&str] = &["he", "she", "it", "that", "there", "what", "who", "here", "where"];

/// Whether a token may be a finite verb: a lower-case word ending in "-ed",
/// "-s" (not "-ss", nor a possessive "-'s") or "n't", or an irregular verb.
/// Lenient on purpose: plural nouns pass.
fn may_be_a_verb(article: &Article, token: &Token) -> bool {
    let text = article.span_text(token.span);
    if token.kind != TokenKind::Word || !text.chars().all(|c| c.is_lowercase() || c == '\'' || c == '’') {
        return false;
    }
    if let Some(base) = text.strip_suffix("'s").or_else(|| text.strip_suffix("’s")) {
        return CONTRACTED_PRONOUNS.contains(&base);
    }
    text.ends_with("ed")
        || (text.ends_with('s') && !text.ends_with("ss"))
        || text.ends_with("n't")
        || IRREGULAR_VERBS.contains(&text)
}

/// Whether a token is surely a finite verb, not a plural noun: a lower-case
/// word ending in "-ed" or an irregular verb.
fn is_surely_a_verb(article: &Article, token: &Token) -> bool {
    let text = article.span_text(token.span);
    token.kind == TokenKind::Word
        && text.chars().all(char::is_lowercase)
        && (text.ends_with("ed") || IRREGULAR_VERBS.contains(&text))
}

/// Whether a token is likely a finite verb, where a plural noun would
/// mislead: [`is_surely_a_verb`], an auxiliary, a word in "n't" or a verb
/// in "-s" common in news ([`COMMON_S_VERBS`]); no other word in "-s".
fn is_likely_a_verb(article: &Article, token: &Token) -> bool {
    let text = article.span_text(token.span);
    is_surely_a_verb(article, token)
        || AUXILIARIES.contains(&text)
        || COMMON_S_VERBS.contains(&text)
        || (token.kind == TokenKind::Word && text.ends_with("n't"))
}

/// Verbs that report what someone says or thinks: their clause is what
/// follows them, or what came before ("…, police said").
const REPORTING_VERBS: &[&str] = &[
    "say", "says", "said", "believe", "believes", "believed", "think", "thinks", "thought", "allege", "alleges",
    "alleged", "claim", "claims", "claimed",
];

/// Whether an opening stops inside the clause its reporting verb
/// introduces: after "say" it names a subject but no verb ("Officials say
/// the victim's mother-in-law | , who …"; "Johnson's family said the
/// teenager | and his siblings were …"). A reporting verb after its
/// clause ("The man was shot twice, police said Monday") or last leaves
/// nothing open.
fn leaves_a_report_open(article: &Article, opening: &[Token]) -> bool {
    let main = in_main_clause(article, opening);
    let Some(verb) = (0..opening.len()).rev().find(|&i| {
        main[i] && opening[i].kind == TokenKind::Word && REPORTING_VERBS.contains(&article.span_text(opening[i].span))
    }) else {
        return false;
    };
    let after = &opening[verb + 1..];
    // A word in "-s" around the reporting verb is most often a plural noun,
    // its subject or the reported one ("Harris County deputies say two
    // brothers | , ages …"), not a verb.
    let told_before = (0..verb).any(|i| main[i] && is_likely_a_verb(article, &opening[i]));
    // A verb inside a clause set in before what is reported ("say, when
    // they arrived, …") is not its verb.
    let mut subordinate = false;
    let reported_verb = after.iter().zip(&main[verb + 1..]).any(|(token, &main)| {
        let text = article.span_text(token.span);
        if token.kind == TokenKind::Punct {
            subordinate = false;
            return false;
        }
        if SUBORDINATORS.contains(&text.to_lowercase().as_str()) {
            subordinate = true;
        }
        main && !subordinate && is_likely_a_verb(article, token)
    });
    !told_before && after.iter().any(|token| token.kind == TokenKind::Word) && !reported_verb
}

/// Whether a cut before "and" or "but" (`rest`, the tokens after it, up to
/// the sentence's end) would split what they join rather than two clauses:
/// no verb follows before the next comma or dash ("Davis was a beloved
/// lacrosse | and football player with a big heart"). A verb here is one
/// ending in "-ed", an irregular one or an auxiliary, or any that
/// [`may_be_a_verb`] or ends in "-ing" right after the conjunction ("and
/// faces charges", "was playing with it | and pointing it"): a
/// plural noun further on ("and piano teacher with many friends") is none.
fn joins_no_clause(article: &Article, rest: &[Token]) -> bool {
    !rest
        .iter()
        .take_while(|token| {
            token.kind != TokenKind::Punct || !matches!(article.span_text(token.span), "," | ";" | ":" | "—" | "–")
        })
        .enumerate()
        .any(|(i, token)| {
            is_likely_a_verb(article, token)
                || (i == 0 && (may_be_a_verb(article, token) || article.span_text(token.span).ends_with("ing")))
        })
}

/// Words after which "which", "who", "where" or "when" opens the object of
/// the opening's verb, not a clause of its own: "Court records did not
/// indicate | which part …".
const ASKING_WORDS: &[&str] = &[
    "know",
    "knew",
    "known",
    "clear",
    "unclear",
    "sure",
    "certain",
    "say",
    "said",
    "says",
    "determine",
    "determined",
    "explain",
    "explained",
    "ask",
    "asked",
    "indicate",
    "indicated",
    "disclose",
    "disclosed",
    "reveal",
    "revealed",
    "release",
    "released",
    "wonder",
    "wondered",
    "learn",
    "learned",
    "decide",
    "decided",
    "understand",
    "investigate",
    "investigating",
];

/// Whether a cut before a question word without a comma ("which", "who",
/// "where", "when"; `word`) leaves its verb without the object it asks
/// about: the opening ends on a verb after "do" or a negation ("did not
/// indicate"; not "were shot | when …"), or on a word that asks (`ASKING_WORDS`: "it is
/// unclear").
fn leaves_a_question_open(article: &Article, opening: &[Token], word: &str) -> bool {
    if !matches!(word, "which" | "who" | "where" | "when") {
        return false;
    }
    let words: Vec<String> = opening
        .iter()
        .rev()
        .take(2)
        .map(|token| article.span_text(token.span).to_lowercase())
        .collect();
    let Some(last) = words.first() else {
        return false;
    };
    ASKING_WORDS.contains(&last.as_str())
        || words.get(1).is_some_and(|before| {
            matches!(before.as_str(), "not" | "never" | "do" | "does" | "did") || before.ends_with("n't")
        })
}

/// Relative pronouns: what follows them, up to the next comma or dash,
/// describes the noun before them.
const RELATIVE_PRONOUNS: &[&str] = &["who", "whom", "whose", "which"];

/// For each token of an opening, whether it may belong to the main clause:
/// not inside a relative clause (from "who", "which", … to the next comma,
/// dash or semicolon, or the end of the opening: "the father of a boy who
/// accidentally shot | …"), not inside a participle set off by a comma
/// (", published on Monday,", ", including …"; not "said" or "told": "Police, however,
/// said …" is the main clause), and not the noun a relative clause
/// describes ("The officers, who …": "officers" is no verb). A verb there
/// belongs to a clause inside the subject, whose own verb is still to come.
fn in_main_clause(article: &Article, opening: &[Token]) -> Vec<bool> {
    let mut main = vec![true; opening.len()];
    let mut aside = false;
    let mut after_comma = false;
    // Inside a relative clause: whether its verb was seen, and whether a
    // word that is no verb came after it.
    let mut relative = None::<Relative>;
    for (i, token) in opening.iter().enumerate() {
        let text = article.span_text(token.span);
        if token.kind == TokenKind::Punct {
            if matches!(text, "," | ";" | "—" | "–" | "(" | ")") {
                aside = false;
                relative = None;
                after_comma = text == ",";
            }
            main[i] = !aside;
            continue;
        }
        // A relative clause that no comma closes ends before a second verb
        // after its own: "A man who was wounded in the shooting | got …".
        if let Some(state) = relative {
            let verbal = may_be_a_verb(article, token)
                || AUXILIARIES.contains(&text)
                || matches!(text, "not" | "never" | "been" | "being")
                || (text.len() > 4 && (text.ends_with("ly") || text.ends_with("ing")));
            relative = match state {
                Relative::BeforeVerb if verbal => Some(Relative::InVerb),
                Relative::InVerb if !verbal => Some(Relative::AfterVerb),
                Relative::AfterVerb
                    if is_surely_a_verb(article, token)
                        && !matches!(opening[i - 1].kind, TokenKind::Punct)
                        && !matches!(article.span_text(opening[i - 1].span), "and" | "or" | "to") =>
                {
                    aside = false;
                    None
                }
                state => Some(state),
            };
        }
        let participle = after_comma
            && token.kind == TokenKind::Word
            && text.chars().all(char::is_lowercase)
            && (text.ends_with("ed") || IRREGULAR_VERBS.contains(&text) || (text.len() > 4 && text.ends_with("ing")))
            && !AUXILIARIES.contains(&text)
            && !matches!(text, "said" | "told");
        if token.kind == TokenKind::Word && (RELATIVE_PRONOUNS.contains(&text) || relative_that(article, opening, i)) {
            aside = true;
            relative = Some(Relative::BeforeVerb);
            // The noun described, before the pronoun and its comma.
            if let Some(noun) = opening[..i].iter().rposition(|t| t.kind != TokenKind::Punct) {
                main[noun] = false;
            }
        } else if participle {
            aside = true;
        }
        after_comma = false;
        main[i] = !aside;
    }
    main
}

/// Words before which "that" opens no relative clause: it follows a verb
/// ("said that"), or joins a clause ("so that", "now that").
const THAT_JOINERS: &[&str] = &[
    "so", "now", "such", "given", "except", "but", "and", "or", "than", "because", "not", "only", "is", "was", "are",
    "were", "be", "been",
];

/// Nouns whose "that" opens what they hold, no relative clause ("the fact
/// that police found …", "reports that a man fired …").
const COMPLEMENT_NOUNS: &[&str] = &[
    "fact",
    "news",
    "claim",
    "claims",
    "report",
    "reports",
    "evidence",
    "idea",
    "belief",
    "hope",
    "fear",
    "fears",
    "concern",
    "concerns",
    "sign",
    "signs",
    "word",
    "allegation",
    "allegations",
    "rumor",
    "rumors",
    "suggestion",
    "assertion",
    "possibility",
    "notion",
    "indication",
    "indications",
];

/// Whether the "that" at `i` of an opening opens a relative clause: it
/// follows a noun (a word that cannot be a verb nor join a clause: "the car
/// that crashed") and comes before a verb ("that crashed", "that was",
/// "that police found"), not a noun's content ("the fact that police
/// found", [`COMPLEMENT_NOUNS`]), not a determiner ("said that car") nor the start of
/// a reported clause ("said Monday that the man …").
fn relative_that(article: &Article, opening: &[Token], i: usize) -> bool {
    if article.span_text(opening[i].span) != "that" || i == 0 {
        return false;
    }
    let before = &opening[i - 1];
    let word_before = article.span_text(before.span);
    let after_a_noun = before.kind == TokenKind::Word
        && !is_likely_a_verb(article, before)
        && !REPORTING_VERBS.contains(&word_before)
        && !THAT_JOINERS.contains(&word_before.to_lowercase().as_str())
        && !COMPLEMENT_NOUNS.contains(&word_before.to_lowercase().as_str())
        && !word_before.chars().next().is_some_and(char::is_uppercase);
    after_a_noun
        && opening
            .get(i + 1)
            .is_some_and(|next| may_be_a_verb(article, next) || AUXILIARIES.contains(&article.span_text(next.span)))
}

/// Whether a day named at `mention` (a span inside `shown`, the part shown
/// of sentence `sentence` of `article`) dates the sentence's main event
/// ([`day_dating`] is [`Dating::Main`]).
#[cfg(test)]
pub(crate) fn dates_main_clause(article: &Article, sentence: usize, shown: Span, mention: Span) -> bool {
    day_dating(article, sentence, shown, mention) == Dating::Main
}

/// What a day named in a sentence dates, from the sentence's news to
/// background (the order a timeline prefers them in, for one day).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Dating {
    /// The sentence's main event ("Fighting broke out on Sunday").
    Main,
    /// The event of a clause inside it, whose verb the day dates: a
    /// relative clause or an aside ("the fighting that erupted on Sunday
    /// claimed 98 lives"), or a clause set before ("After the gunman fled
    /// on Friday, police …"); or the event a possessive day names
    /// ("Friday's attack").
    Aside,
    /// Nothing that happened on the day: it starts a period ("since the
    /// outbreak on September 27"), it comes before a verb that another day
    /// dates ("On Sunday, fighting continued on Wednesday"), or it is a
    /// noun's without a verb of its own, or a quotation's.
    Background,
}

/// What a day named at `mention` (a span inside `shown`, the part shown of
/// sentence `sentence` of `article`) dates ([`Dating`]). It dates the main
/// event when it stands in the main clause ([`in_main_clause`]: not in a
/// relative clause or a participle aside), not in a clause set before it
/// by a subordinator up to the first comma, not inside a quotation, and
/// names no one's thing ("Friday's attack", an aside's); an aside's or a
/// clause's set before when a verb of that clause comes before it. Either way not when
/// "since" opens the phrase it sits in, nor when it stands before the
/// sentence's first verb and a different day follows that verb.
pub(crate) fn day_dating(article: &Article, sentence: usize, shown: Span, mention: Span) -> Dating {
    let tokens = article.sentence_tokens(&article.sentences[sentence]);
    let tokens = &tokens[tokens.iter().take_while(|t| t.span.start < shown.start).count()..];
    let Some(at) = tokens.iter().position(|t| t.span.end > mention.start) else {
        return Dating::Background;
    };
    let before = &article.text[shown.start as usize..mention.start as usize];
    let quotes_open = before.chars().filter(|&c| matches!(c, '"' | '“' | '”')).count() % 2 == 1;
    // A clause set before the main one ("After the gunman fled on Friday,
    // police …", also "Immediately after …") dates that clause's event.
    let opener = first_word(before);
    let opener = match opener.ends_with("ly") {
        true => first_word(before.trim_start().split_once(' ').map_or("", |(_, rest)| rest)),
        false => opener,
    };
    let subordinate = SUBORDINATORS.contains(&opener.as_str()) && !before.contains(',');
    let written = article.span_text(mention);
    let after = &article.text[mention.end as usize..];
    let possessive = [written, after.get(..2).unwrap_or(""), after.get(..4).unwrap_or("")]
        .iter()
        .any(|w| w.ends_with("'s") || w.ends_with("’s"));
    if quotes_open
        || in_a_since_phrase(article, &tokens[..at])
        || before_another_days_verb(article, tokens, at, mention)
    {
        return Dating::Background;
    }
    let main = in_main_clause(article, tokens);
    // An aside that opens after a subject and its apposition, with no verb
    // before it ("Nehemiah Griego, 15, remained in custody Monday"), holds
    // the main verb.
    let aside_start = main[..=at].iter().rposition(|&m| m).map_or(0, |i| i + 1);
    let after_apposition = aside_start > 0
        && article.span_text(tokens[aside_start - 1].span) == ","
        && !RELATIVE_PRONOUNS.contains(&article.span_text(tokens[aside_start].span))
        && !has_a_verb(article, &tokens[..aside_start - 1]);
    let news_in_relative = !main[at] && tells_its_news_in_a_relative(article, tokens, &main, aside_start, at);
    if (main[at] || after_apposition || news_in_relative) && !subordinate && !possessive {
        return Dating::Main;
    }
    // "Wednesday's shooting" dates the shooting, as "the shooting on
    // Wednesday" would.
    if possessive {
        return Dating::Aside;
    }
    // The clause the day sits in: the aside, or the clause set before.
    let clause = if subordinate {
        &tokens[..at]
    } else {
        &tokens[aside_start..at]
    };
    let own_verb = clause
        .iter()
        .any(|t| is_surely_a_verb(article, t) || COMMON_S_VERBS.contains(&article.span_text(t.span)));
    if own_verb {
        Dating::Aside
    } else {
        Dating::Background
    }
}

/// Most words between "since" and the day of the phrase it opens ("since
/// the outbreak on September 27").
const SINCE_PHRASE_WORDS: usize = 6;

/// Whether the words before a day (`before`, the sentence up to it) end in
/// a phrase that "since" opens with no verb or punctuation after it ("…
/// reported since the outbreak on September 27"): the day starts a period,
/// the sentence tells what has happened since. "Since he was shot on
/// Sunday" has a verb of its own, which the day dates.
fn in_a_since_phrase(article: &Article, before: &[Token]) -> bool {
    for token in before.iter().rev().take(SINCE_PHRASE_WORDS) {
        let text = article.span_text(token.span);
        if token.kind == TokenKind::Punct || may_be_a_verb(article, token) || AUXILIARIES.contains(&text) {
            return false;
        }
        if text.eq_ignore_ascii_case("since") {
            return true;
        }
    }
    false
}

/// Whether the day at token `at` (written at `mention`) is set before the
/// sentence `tokens` in an opening phrase that a comma closes, while a
/// different day follows the first verb after it in that verb's own clause
/// ("On Sunday, fighting continued on Wednesday …"): the day after the
/// verb dates it, and this one names something else. A day after a
/// punctuation mark, a relative pronoun or a subordinator ("On Sunday,
/// police arrested a man who robbed the bakery on Saturday") dates another
/// clause's verb, and a possessive one ("near Saturday's scene") a noun.
fn before_another_days_verb(article: &Article, tokens: &[Token], at: usize, mention: Span) -> bool {
    let Some(comma) = tokens[at..]
        .iter()
        .position(|t| article.span_text(t.span) == ",")
        .map(|c| c + at)
    else {
        return false;
    };
    if tokens[..comma].iter().any(|t| may_be_a_verb(article, t)) {
        return false;
    }
    let Some(verb) = (comma + 1..tokens.len()).find(|&i| is_likely_a_verb(article, &tokens[i])) else {
        return false;
    };
    let Some(this) = article.dates.iter().find(|d| d.span == mention) else {
        return false;
    };
    let same_clause = tokens[verb + 1..].iter().take_while(|t| {
        let text = article.span_text(t.span);
        t.kind != TokenKind::Punct
            && !RELATIVE_PRONOUNS.contains(&text)
            && text != "that"
            && !SUBORDINATORS.contains(&text)
    });
    let Some(end) = same_clause.last().map(|t| t.span.end) else {
        return false;
    };
    let from = tokens[verb].span.end;
    article.dates.iter().any(|d| {
        let after = article.text[d.span.end as usize..].trim_start_matches(['\'', '’']);
        d.precision == chorus_model::DatePrecision::Day
            && d.date != this.date
            && d.span.start >= from
            && d.span.end <= end
            && !after.starts_with('s')
            && !article.span_text(d.span).ends_with('s')
    })
}

/// Whether the relative clause holding token `at` (its aside opening at
/// `aside_start`, with the noun it describes) carries the sentence's news:
/// it describes the object of a main clause whose verb came before it and
/// runs to the end, nothing after it but an attribution ("Police are
/// looking for a man who shot two people Saturday, police said"). A
/// relative clause inside the subject ("The mayor, who visited a school on
/// Sunday, praised …"; "A man who was shot Saturday died Monday"), a
/// question ("figure out who shot …") or one after a main clause that names
/// a day of its own does not.
fn tells_its_news_in_a_relative(
    article: &Article,
    tokens: &[Token],
    main: &[bool],
    aside_start: usize,
    at: usize,
) -> bool {
    let Some(pronoun) = (aside_start..at).take(2).find(|&i| {
        let text = article.span_text(tokens[i].span);
        RELATIVE_PRONOUNS.contains(&text) || text == "that"
    }) else {
        return false;
    };
    // "Police are trying to figure out who shot …" asks; it describes no one.
    let asks = pronoun > 0 && {
        let before = article.span_text(tokens[pronoun - 1].span).to_lowercase();
        ASKING_WORDS.contains(&before.as_str()) || matches!(before.as_str(), "out" | "about")
    };
    // A main clause that dates its own event ("Around 6 a.m. Saturday,
    // police apprehended a man who was a suspect in the shootings on
    // Friday") tells that day's news, not the relative clause's.
    let (from, to) = (tokens[0].span.start, tokens[aside_start].span.start);
    let dated_before = article.dates.iter().any(|d| d.span.start >= from && d.span.end <= to);
    let verb_before = (0..aside_start).any(|i| {
        main[i] && (may_be_a_verb(article, &tokens[i]) || AUXILIARIES.contains(&article.span_text(tokens[i].span)))
    });
    let verb_after = (at + 1..tokens.len()).any(|i| {
        main[i]
            && is_likely_a_verb(article, &tokens[i])
            && !REPORTING_VERBS.contains(&article.span_text(tokens[i].span))
    });
    !asks && !dated_before && verb_before && !verb_after
}

/// Where a relative clause that no comma has closed is: before its verb,
/// in it, or after it ([`in_main_clause`]).
#[derive(Debug, Clone, Copy)]
enum Relative {
    BeforeVerb,
    InVerb,
    AfterVerb,
}

/// Whether an opening ends inside "between X", whose "and Y" comes after
/// the cut: "fighting continued between Azerbaijan | and the forces of
/// Nagorno-Karabakh" names one side of two. X is the last few words
/// ("Talks between the two sides resumed on Monday | and …" may be cut).
fn awaits_its_pair(article: &Article, opening: &[Token]) -> bool {
    opening
        .iter()
        .rev()
        .filter(|token| token.kind == TokenKind::Word)
        .take(5)
        .map(|token| article.span_text(token.span))
        .take_while(|word| !word.eq_ignore_ascii_case("and"))
        .any(|word| word.eq_ignore_ascii_case("between"))
}

/// What follows the introduction of an opening that has one ("According
/// to official reports, | probably very partial"): where its clause and
/// verb must be. The whole opening when it has none.
fn after_introduction<'t>(article: &Article, opening: &'t [Token], introduction: bool) -> &'t [Token] {
    if !introduction {
        return opening;
    }
    match opening.iter().position(|token| article.span_text(token.span) == ",") {
        Some(comma) => &opening[comma + 1..],
        None => opening,
    }
}

/// Whether an opening ends on a participle set off by a comma, without
/// what it acts on ("Smith fired the gun, hitting | the boy in the arm").
fn ends_on_a_bare_participle(article: &Article, opening: &[Token]) -> bool {
    let [.., comma, last] = opening else {
        return false;
    };
    let text = article.span_text(last.span);
    article.span_text(comma.span) == ","
        && last.kind == TokenKind::Word
        && text.len() > 4
        && text.ends_with("ing")
        && text.chars().all(char::is_lowercase)
}

/// Whether an opening ends after a quotation on the speaker without the
/// verb that says it ("“We heard the shots,” a neighbor | told …"): words
/// after the last quote closed after a comma, a question or exclamation
/// mark, and no verb among them. A quoted word ("called it “chaos” on
/// Monday") is no quotation of a speaker.
fn leaves_a_speaker_without_verb(article: &Article, opening: &[Token]) -> bool {
    let Some(quote) = opening.iter().enumerate().rposition(|(i, token)| {
        token.kind == TokenKind::Punct
            && matches!(article.span_text(token.span), "\"" | "”" | "''")
            && i > 0
            && matches!(article.span_text(opening[i - 1].span), "," | "?" | "!")
    }) else {
        return false;
    };
    let after = &opening[quote + 1..];
    after.iter().any(|token| token.kind == TokenKind::Word) && !after.iter().any(|token| may_be_a_verb(article, token))
}

/// Whether an opening that starts with a single quotation mark ("'Allen
/// was very calm, very handsome, ladies loved him,' he said") closes it: a
/// later single quote after a letter or punctuation, not inside a word (an
/// apostrophe, "Allen's"). True for an opening that starts otherwise.
fn opening_single_quote_closed(opening: &str) -> bool {
    let Some(rest) = opening.strip_prefix(['\'', '‘']) else {
        return true;
    };
    let chars: Vec<char> = rest.chars().collect();
    (1..chars.len()).any(|i| {
        matches!(chars[i], '\'' | '’')
            && !chars[i - 1].is_whitespace()
            && !chars.get(i + 1).is_some_and(|c| c.is_alphanumeric())
    })
}

/// Fewest words a shortened sentence keeps.
const MIN_CLAUSE_WORDS: usize = 5;

/// The longest opening of a sentence that ends at a clause boundary (before
/// a comma, a semicolon, a colon, a dash or a word that opens a clause) and
/// has at most `max_words` words: what may stand for a sentence too long
/// for the budget. None when no such opening says something whole (too
/// short, only an introductory phrase, ending on a function word, or with
/// a quotation or parenthesis left open).
pub fn opening_clauses(article: &Article, sentence: usize, max_words: usize) -> Option<Span> {
    let sentence = &article.sentences[sentence];
    let tokens = article.sentence_tokens(sentence);
    let introduction = INTRODUCTIONS.contains(&first_word(article.span_text(sentence.span)).as_str());
    let mut best = None;
    let mut seen_comma = false;
    for (i, token) in tokens.iter().enumerate().skip(1) {
        let text = article.span_text(token.span);
        let boundary = match token.kind {
            // A hyphen is a dash only with a space before it ("515-223-1400" is no clause).
            TokenKind::Punct if text == "-" => tokens[i - 1].span.end < token.span.start,
            TokenKind::Punct => matches!(text, "," | ";" | ":" | "—" | "–"),
            TokenKind::Word => CLAUSE_OPENERS.contains(&text.to_lowercase().as_str()),
            TokenKind::Number => false,
        };
        if !boundary {
            continue;
        }
        // The opening ends at the last word before the boundary (and before
        // a comma that precedes a clause opener).
        let mut last = i - 1;
        while last > 0 && tokens[last].kind == TokenKind::Punct {
            last -= 1;
        }
        let cut_is_comma = text == ",";
        // The "and" or "but" the cut is before, itself or after its comma.
        let joins = [i, i + 1].into_iter().find(|&j| {
            tokens.get(j).is_some_and(|token| {
                token.kind == TokenKind::Word
                    && matches!(article.span_text(token.span).to_lowercase().as_str(), "and" | "but")
            })
        });
        let ok_after_introduction = !introduction || seen_comma;
        seen_comma |= cut_is_comma;
        let end_token = &tokens[last];
        if end_token.stop || end_token.kind == TokenKind::Punct || !ok_after_introduction {
            continue;
        }
        if before_its_verb(article, &tokens[..=last], tokens.get(i + 1))
            || (text.eq_ignore_ascii_case("and") && awaits_its_pair(article, &tokens[..=last]))
            || !has_a_verb(article, after_introduction(article, &tokens[..=last], introduction))
            || (cut_is_comma && closes_a_relative(article, &tokens[..i], tokens.get(i + 1)))
            || leaves_a_report_open(article, after_introduction(article, &tokens[..=last], introduction))
            || joins.is_some_and(|and| joins_no_clause(article, &tokens[and + 1..]))
            || (!cut_is_comma && leaves_a_question_open(article, &tokens[..=last], &text.to_lowercase()))
            || ends_on_a_bare_participle(article, &tokens[..=last])
            || leaves_a_speaker_without_verb(article, &tokens[..=last])
        {
            continue;
        }
        let span = Span::new(sentence.span.start as usize, end_token.span.end as usize);
        let opening = article.span_text(span);
        let words = opening.split_whitespace().count();
        if words > max_words {
            break;
        }
        let parentheses = opening.matches('(').count() == opening.matches(')').count();
        if words >= MIN_CLAUSE_WORDS
            && parentheses
            && quotes_balanced(opening)
            && doubled_single_quotes_balanced(opening)
            && opening_single_quote_closed(opening)
        {
            best = Some(span);
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::{leans_on_context, reads_as_caption, refers_back, shown_start, standalone_start, stands_alone};

    #[test]
    fn sentences_that_refer_back_or_are_fragments_do_not_stand_alone() {
        assert!(stands_alone(
            "France accused Turkey on Thursday of sending fighters to the region."
        ));
        assert!(stands_alone("“We have proof,” Macron said."));
        assert!(stands_alone("300 fighters crossed the border, officials said."));
        assert!(!stands_alone("He said the mercenaries also pose a threat."));
        assert!(!stands_alone("This is a very serious new fact."));
        assert!(!stands_alone(
            "“We are concerned by these processes which not only lead to escalation."
        ));
        assert!(!stands_alone(
            "Syrian mercenaries under the flag of Turkey are deployed"
        ));
        assert!(!stands_alone("and then the talks ended."));
        assert!(!stands_alone("Why did Armenia and Azerbaijan clash?"));
        assert!(!stands_alone(""));
    }

    #[test]
    fn connectives_lean_on_context_but_pronouns_dangle() {
        assert!(!stands_alone("But the talks in Geneva failed on Monday."));
        assert!(leans_on_context("But the talks in Geneva failed on Monday."));
        assert!(leans_on_context("There were 300 fighters at the border."));
        assert!(!leans_on_context("He said the talks failed."));
        assert!(
            !leans_on_context("France accused Turkey."),
            "a sentence that stands alone needs no context"
        );
        assert!(!leans_on_context("But why did the talks fail?"));
    }

    #[test]
    fn connectives_of_several_words_lean_on_context() {
        for sentence in [
            "Otherwise, Armenia accused Turkey of sending fighters.",
            "In addition, Russia called for their withdrawal.",
            "Having said that, the ministry gave no figure.",
            "On the other hand, Baku denied the reports.",
            "What’s more, the talks failed on Monday.",
        ] {
            assert!(leans_on_context(sentence), "{sentence}");
            assert!(!stands_alone(sentence), "{sentence}");
        }
        for sentence in [
            "For its part, Azerbaijan accused Armenia of recruiting fighters.",
            "For their part, the rebels denied it.",
        ] {
            assert!(leans_on_context(sentence), "{sentence}");
        }
        for sentence in [
            "In Additional Notes, the ministry gave no figure.",
            "As well as fighters, Turkey sent drones.",
            "Inside the city, shelling went on.",
        ] {
            assert!(stands_alone(sentence), "{sentence}");
        }
    }

    #[test]
    fn a_connective_set_off_by_a_comma_is_left_out_when_the_rest_stands_alone() {
        let shown = |sentence: &'static str| standalone_start(sentence).map(|start| &sentence[start..]);
        assert_eq!(
            shown("For its part, Azerbaijan accused Armenia of recruiting fighters."),
            Some("Azerbaijan accused Armenia of recruiting fighters.")
        );
        assert_eq!(
            shown("Meanwhile, “We have proof,” Macron said."),
            Some("“We have proof,” Macron said.")
        );
        assert_eq!(
            shown("What’s more, 300 fighters crossed."),
            Some("300 fighters crossed.")
        );
        // What is left would need re-casing, still refers back, opens with
        // another connective, or the connective is no aside.
        assert_eq!(shown("However, the talks in Geneva failed on Monday."), None);
        assert_eq!(shown("In addition, he said the talks failed."), None);
        assert_eq!(shown("Meanwhile, But the talks failed."), None);
        assert_eq!(shown("But Turkey denied sending any fighters."), None);
        assert_eq!(shown("There were 300 fighters at the border."), None);
        assert_eq!(shown("France accused Turkey of sending fighters."), None);
    }

    #[test]
    fn a_dateline_is_left_out() {
        let shown = |sentence: &'static str| standalone_start(sentence).map(|start| &sentence[start..]);
        assert_eq!(
            shown("WASHINGTON — The Senate voted on Monday."),
            Some("The Senate voted on Monday.")
        );
        assert_eq!(
            shown("(CNN) - Patience is in short supply."),
            Some("Patience is in short supply.")
        );
        assert_eq!(
            shown("SEOUL, South Korea — Kim Jong-un missed the event."),
            Some("Kim Jong-un missed the event.")
        );
        assert_eq!(
            shown("NEW YORK (Reuters) -- Meanwhile, Stocks fell."),
            Some("Stocks fell.")
        );
        // No dateline: a name before an aside, a dash inside the sentence.
        assert_eq!(shown("NATO — the alliance of thirty states — met."), None);
        assert_eq!(shown("Turkey sent fighters — France said so."), None);
        assert_eq!(shown("SEOUL, South Korea — There was one event."), None);
    }

    #[test]
    fn time_stamps_photo_credits_and_bylines_are_left_out() {
        let shown = |sentence: &'static str| standalone_start(sentence).map(|start| &sentence[start..]);
        assert_eq!(
            shown("GENEVA | Mon May 18, 2009 6:14 pm EDT GENEVA (Reuters) - The virus is spreading, the WHO said."),
            Some("The virus is spreading, the WHO said.")
        );
        assert_eq!(
            shown("Thu Apr 30, 2009 5:11 am EDT (Reuters) - Flu spread to Spain."),
            Some("Flu spread to Spain.")
        );
        assert_eq!(
            shown("Thursday 31 March 2005 00.05 BST A final analysis will blame the CIA."),
            Some("A final analysis will blame the CIA.")
        );
        assert_eq!(
            shown("Iraq Survey Group concludes weapons were destroyed Thursday 13 January 2005 03.10 GMT The group's report was published."),
            Some("The group's report was published.")
        );
        assert_eq!(
            shown("Photograph: PA Two Britons have now contracted swine flu."),
            Some("Two Britons have now contracted swine flu.")
        );
        assert_eq!(
            shown("Photograph: Dennis Cook\\/AP George Galloway today accused US senators."),
            Some("George Galloway today accused US senators.")
        );
        assert_eq!(
            shown("Photograph: Carl de Souza/AFP/Getty Images Two new cases have been diagnosed."),
            Some("Two new cases have been diagnosed.")
        );
        assert_eq!(
            shown("Photograph: Handout/PA Images of soldiers were shown to a court."),
            Some("Images of soldiers were shown to a court.")
        );
        assert_eq!(
            shown("By the CNN Wire Staff Eman al-Obeidy burst into a hotel Saturday."),
            Some("Eman al-Obeidy burst into a hotel Saturday.")
        );
        assert_eq!(
            shown("Brussels, Belgium (CNN) -- NATO members agreed Thursday to take over."),
            Some("NATO members agreed Thursday to take over.")
        );
        // Not furniture: a day and a time in the story, a byline-like
        // opening that is the story.
        assert_eq!(shown("On Tuesday at 10.30 the talks resumed in Geneva."), None);
        assert_eq!(
            shown("By the time of going to press no response had been received."),
            None
        );
        assert_eq!(shown("Photograph: the ministry released one on Monday."), None);
    }

    #[test]
    fn what_comes_before_an_agency_dateline_is_left_out() {
        let shown = |sentence: &'static str| standalone_start(sentence).map(|start| &sentence[start..]);
        // CNN's highlights, run together with the story's first sentence.
        assert_eq!(
            shown(
                "Word from inside Libya of more protests NEW: A protester says ranks have swelled; a rally is \
                 set for Sunday NEW: Libya's news agency blames a foreign network (CNN) -- Libyans opposed to \
                 the ruler vowed to hit the streets again Sunday."
            ),
            Some("Libyans opposed to the ruler vowed to hit the streets again Sunday.")
        );
        assert_eq!(
            shown("NATO agrees to take on all operations Brussels, Belgium (CNN) -- NATO members agreed Thursday."),
            Some("NATO members agreed Thursday.")
        );
        // A pointer to more coverage, a place and a day before Reuters'.
        assert_eq!(
            shown(
                "(For full coverage of the flu outbreak, click (nFLU)) HONG KONG, May 2 (Reuters) - Travellers \
                 quarantined in a hotel expressed dismay on Saturday."
            ),
            Some("Travellers quarantined in a hotel expressed dismay on Saturday.")
        );
        assert_eq!(
            shown("Aug 21 (Reuters) - Libyan rebels entered the capital Tripoli on Sunday."),
            Some("Libyan rebels entered the capital Tripoli on Sunday.")
        );
        // No agency: an abbreviation in parentheses, an aside.
        assert_eq!(
            shown("The Scottish National Party (SNP) - the largest - won the vote."),
            None
        );
        assert_eq!(shown("Officials (two of them) - and a judge - resigned."), None);
    }

    #[test]
    fn glued_highlights_never_stand_alone() {
        assert!(!stands_alone(
            "NEW: Ban says further steps may be necessary U.S. officials have frozen $30 billion NEW: Obama meets Ban."
        ));
        assert!(stands_alone("The NEW party won 30 seats: a surprise."));
    }

    #[test]
    fn live_blog_clocks_and_update_stamps_are_left_out() {
        let shown = |sentence: &'static str| standalone_start(sentence).map(|start| &sentence[start..]);
        assert_eq!(
            shown("[10:32] Rebels say they hold the centre of the city."),
            Some("Rebels say they hold the centre of the city.")
        );
        assert_eq!(
            shown("10.32am: Rebels say they hold the centre of the city."),
            Some("Rebels say they hold the centre of the city.")
        );
        assert_eq!(
            shown("10:32 am: Rebels say they hold the centre of the city."),
            Some("Rebels say they hold the centre of the city.")
        );
        assert_eq!(
            shown("(9:30 p.m. ET, 3:30 a.m. in Libya) State TV reported early Sunday that 48 people were killed."),
            Some("State TV reported early Sunday that 48 people were killed.")
        );
        assert_eq!(
            shown("30 September 2011 Last updated at 06:15 GMT Help The doctor told the bodyguard to pick up vials."),
            Some("The doctor told the bodyguard to pick up vials.")
        );
        assert_eq!(
            shown("Page last updated at 11:24 GMT, Tuesday, 27 September 2011 12:24 UK Jackson announced concerts."),
            Some("Jackson announced concerts.")
        );
        assert_eq!(
            shown(
                "Jackson was 'murdered for money', says sister Page last updated at 08:58 GMT, Thursday, 24 June 2010 \
                   09:58 UK LaToya Jackson has claimed her brother was murdered."
            ),
            Some("LaToya Jackson has claimed her brother was murdered.")
        );
        // A time in the story, a bracket without one.
        assert_eq!(shown("10.30 was when the talks resumed in Geneva."), None);
        assert_eq!(shown("(Updated) Rebels say they hold the centre."), None);
        assert_eq!(shown("At 10:32 rebels said they held the centre."), None);
    }

    #[test]
    fn listings_and_readers_comments_are_page_residue() {
        // A festival calendar run into one sentence.
        assert!(!stands_alone(
            "Venice, August 29 - September 8 Gere among actors Cannes, May 16 - 27 Berlin, February 8 - 18 \
             Rotterdam, January 24 - February 4 Music documentaries are set to dominate."
        ));
        assert!(stands_alone(
            "The court said the crimes were committed from February 15 through February 28 in Libya."
        ));
        // Entries of a broadcast schedule.
        for entry in [
            "7.00-10.00pm BBC RADIO 5 LIVE Colin is joined by Pat Nevin to look ahead to the weekend.",
            "Presenter/Aled Jones, Producer/Philippa Aylott At the start of a new school year, Aled Jones says hello.",
            "Monday 7 to Friday 11 September Anna Maxwell Martin stars in this week's new drama.",
            "Composer Of The Week -- Bernard Herrmann Ep 1/5 Herrmann called himself simply a composer.",
        ] {
            assert!(!stands_alone(entry), "{entry}");
        }
        assert!(stands_alone("The talks ran from Monday 7 September to Friday."));
        assert!(stands_alone("Polls were open 7.00 to 10.00 on Sunday."));
        assert!(!stands_alone(
            "At 15:27 26th Apr 2009, Icecold_00 wrote: I have heard that the UK will announce a case today."
        ));
        assert!(!stands_alone(
            "March 23, 2011 at 3:53 pm | If you want to see the results of committee rule look at the UN."
        ));
        assert!(stands_alone(
            "At 10:32 the rebels said they held the centre of the city."
        ));
    }

    #[test]
    fn furniture_never_hides_how_the_sentence_opens() {
        let shown = |sentence: &'static str| shown_start(sentence).map(|(start, leans)| (&sentence[start..], leans));
        // What follows the stamp refers back, or leans on context.
        assert_eq!(
            shown("Wednesday 6 April 2005 12.47 BST It looks like a Naomi Klein book."),
            None
        );
        assert_eq!(
            shown("Tuesday 4 January 2005 08.43 GMT There has never been a moment like it on television."),
            Some(("There has never been a moment like it on television.", true))
        );
        assert_eq!(
            shown("SEOUL, South Korea — There was one event."),
            Some(("There was one event.", true))
        );
        // No sentence starts after what looks like a stamp: the story's own.
        assert_eq!(
            shown("On Tuesday at 10.30 GMT the talks resumed in Geneva."),
            Some(("On Tuesday at 10.30 GMT the talks resumed in Geneva.", false))
        );
        assert_eq!(
            shown("France accused Turkey of sending fighters."),
            Some(("France accused Turkey of sending fighters.", false))
        );
    }

    #[test]
    fn an_act_told_before_and_a_cut_after_an_abbreviation_in_an_aside_do_not_stand_alone() {
        assert!(!stands_alone(
            "President Trump has done so repeatedly, despite what Wallace suggested."
        ));
        assert!(!stands_alone("Russia refused to do so on Monday."));
        assert!(stands_alone(
            "When Kavanaugh goes before the Senate Judiciary Committee, he will do so as a political nominee."
        ));
        assert!(stands_alone(
            "The commission also recommends adding armed guards to schools if the schools choose to do so."
        ));
        assert!(stands_alone(
            "Officials said so far 300 fighters have crossed the border."
        ));
        assert!(stands_alone("The ministry did not say so much on Monday."));
        assert!(!stands_alone(
            "The Bipartisan Background Checks Act — spearheaded by Rep. Mike Thompson (D-Calif.)"
        ));
        assert!(stands_alone("The ministry confirmed it. (Reuters reported the same.)"));
        assert!(stands_alone("The House passed the bill (227 to 203)."));
    }

    #[test]
    fn a_noun_that_names_an_earlier_act_refers_back() {
        for sentence in [
            "The move comes as talks in Geneva stalled.",
            "The decision was criticized by Paris on Monday.",
            "The details are unclear at this time.",
            "The report comes as airlines push for a standard.",
            "The vote was 11 to 0.",
        ] {
            assert!(!stands_alone(sentence), "{sentence}");
            assert!(refers_back(sentence), "{sentence}");
        }
        for sentence in [
            "The decision to recall the ambassador angered Paris.",
            "The report by the inspector general was published on Monday.",
            "The move, announced on Monday, angered Paris.",
            "The Move party won the vote.",
        ] {
            assert!(stands_alone(sentence), "{sentence}");
        }
    }

    #[test]
    fn present_captions_and_page_clutter_are_told_from_prose() {
        use super::{reads_as_clutter, reads_as_present_caption};
        for caption in [
            "Jo Hale, sister of the driver, walks into the courthouse with her lawyer.",
            "Sam Reed, 9, looks at a photo of his father at the vigil.",
            "Ann Pike, left, and Joe Pike could face charges.",
        ] {
            assert!(reads_as_present_caption(caption), "{caption}");
        }
        for prose in [
            "Jo Hale walks to work every day, her lawyer said.",
            "The driver was taken to hospital after the crash.",
            "Two men remain in hospital after the crash.",
        ] {
            assert!(!reads_as_present_caption(prose), "{prose}");
        }
        for clutter in [
            "EMBED >More News Videos Residents gathered at the park.",
            "Copyright 2020 Riverton Herald, all rights reserved.",
            "Get free real-time news alerts from the Riverton Herald.",
            "City Police FOR IMMEDIATE RELEASE RIVERTON – Police are investigating a crash.",
            "POLICE SEALED OFF THE STREET AFTER THE CRASH.",
            "Ten Great Beaches In Spain From the north coast to the islands there is sand for all.",
            "Video (02:14) : Firefighters say the old mill burned down overnight.",
        ] {
            assert!(reads_as_clutter(clutter), "{clutter}");
        }
        for prose in [
            "GARY | Police say a driver was hurt in the crash on Main Street.",
            "The FBI and the ATF are helping the Riverton police.",
            "New York Police Commissioner Jo Hale said the street would reopen.",
            "RIVERTON, Ohio - A man was hurt when his car hit a tree.",
            "EAST END— A boy was hurt in a fall on Friday.",
            "Update: A hearing has been set for May 2.",
            "A video (shot by a neighbour) shows the mill burning.",
            "The video (about two minutes long) was posted at 10:30 on Sunday.",
        ] {
            assert!(!reads_as_clutter(prose), "{prose}");
        }
    }

    #[test]
    fn a_headline_caption_or_label_glued_before_a_sentence_is_left_out() {
        let shown = |sentence: &'static str| standalone_start(sentence).map(|start| &sentence[start..]);
        assert_eq!(
            shown(
                "Farmer recalls night of the barn fire City News Farmer recalls night of the barn fire For most \
                 people in the valley, Friday began like any other day."
            ),
            Some("For most people in the valley, Friday began like any other day.")
        );
        assert_eq!(
            shown("The fire began late on Friday and the fire spread to the barn."),
            None
        );
        assert_eq!(
            shown("SPRINGFIELD, Ill. -- SPRINGFIELD, Ill. – The mayor opened the new library on Monday."),
            Some("The mayor opened the new library on Monday.")
        );
        // Printed back to back, a teaser of another story: not shown at all.
        assert!(!stands_alone(
            "Crews Save Old Mill From Fire Crews Save Old Mill From Fire A fire broke out at the mill on Friday."
        ));
        assert!(stands_alone("A fire broke out at the mill on Friday."));
        assert_eq!(
            shown(
                "Eight cases of swine flu have emerged in the UK Two more people in London have been diagnosed \
                 with the virus."
            ),
            Some("Two more people in London have been diagnosed with the virus.")
        );
        assert_eq!(
            shown(
                "Swine flu ` shows drug resistance ' The drug has been offered to those with close contact \
                 Experts have reported the first resistant case."
            ),
            Some("Experts have reported the first resistant case.")
        );
        assert_eq!(
            shown("Inside the lab where experts work A viral strain has been produced by UK scientists."),
            Some("A viral strain has been produced by UK scientists.")
        );
        assert_eq!(
            shown("VIDEO: Ballot harvesting helped deliver many districts to Democrats in 2018."),
            Some("Ballot harvesting helped deliver many districts to Democrats in 2018.")
        );
        assert_eq!(
            shown("FIRST CONFIRMED CASE Edgar Hernandez started feeling unwell in late March."),
            Some("Edgar Hernandez started feeling unwell in late March.")
        );
        assert_eq!(
            shown("Matthew Price reports from Mexico A 23-month-old child has died of swine flu in Texas."),
            Some("A 23-month-old child has died of swine flu in Texas.")
        );
        assert_eq!(
            shown("Masked staff escorted the Mexicans into ambulances Dozens of Mexicans are being flown home."),
            Some("Dozens of Mexicans are being flown home.")
        );
        assert_eq!(
            shown("Fergus Walsh | 12:16 PM , Thursday , 28 May 2009 Progress is being made towards a vaccine ."),
            Some("Progress is being made towards a vaccine .")
        );
        assert_eq!(
            shown("'' Scottish Health Secretary Nicola Sturgeon said there was one further case ."),
            Some("Scottish Health Secretary Nicola Sturgeon said there was one further case .")
        );
        assert_eq!(
            shown("(CNN)US President Donald Trump says he ordered the strike."),
            Some("US President Donald Trump says he ordered the strike.")
        );
        assert_eq!(
            shown("Why it matters: Google's policy is one of the most aggressive measures yet."),
            Some("Google's policy is one of the most aggressive measures yet.")
        );
        // What follows still refers back.
        assert_eq!(
            shown("(CNN)It's time to celebrate the person who brought you into this world."),
            None
        );
        assert_eq!(
            shown("Why it matters: It's one of the most aggressive measures yet."),
            None
        );
        // Titles and capitals in the story itself.
        assert_eq!(
            shown("The vaccine plan was first reported by The Washington Post on Monday."),
            None
        );
        assert_eq!(shown("Under the deal Plan A was dropped in favour of talks."), None);
        assert_eq!(
            shown("The ministry read Chapter Two of the report aloud on Monday."),
            None
        );
        assert_eq!(shown("US President Donald Trump spoke on Monday."), None);
        assert_eq!(shown("NATO and EU leaders met on Monday."), None);
    }

    #[test]
    fn a_gallery_counter_is_page_residue() {
        assert!(!stands_alone(
            "Image 16 of 40 Friends of the deceased gathered outside the church on Sunday."
        ));
        assert!(!stands_alone(
            "Photo 3 of 12 Police tape surrounds the house where the shooting happened."
        ));
        assert!(!stands_alone(
            "See all 5 of 20 photos from the vigil held on Sunday evening."
        ));
        // A count of things that are no gallery's is the story's.
        assert!(stands_alone(
            "Police said 3 of 12 people shot on Sunday were still in hospital."
        ));
        assert!(stands_alone("The photo shows 2 of 4 suspects leaving the store."));
    }

    #[test]
    fn photo_captions_are_told_from_prose() {
        // A scene dated in full after a comma, as captions date a photo.
        assert!(reads_as_caption(
            "Firefighters hose down the roof of the old mill in Riverton, Aug. 3, 2019."
        ));
        assert!(reads_as_caption(
            "A wreath hangs on the gate of the depot on Tuesday, March 12, 2019."
        ));
        assert!(reads_as_caption("Volunteers stack sandbags by the canal, 4 June 2018."));
        // The chrome a page prints with a photo.
        assert!(reads_as_caption(
            "Buy Photo Neighbours light candles outside the bakery on Elm Street."
        ));
        assert!(reads_as_caption(
            "Ada Brown. Family photo Ada Brown, 9, was hurt when the wall fell."
        ));
        // A photographer's credit, an agency's day.
        assert!(reads_as_caption(
            "(Jo Smith/Riverton Herald) Firefighters stand outside the mill after the blaze."
        ));
        assert!(reads_as_caption(
            "( Jo Smith / Riverton Herald ) The mill is shown after the blaze on Tuesday."
        ));
        assert!(reads_as_caption("Jo Smith/KRVT Firefighters stand outside the mill."));
        // An outlet of several words, then the caption's subject and a
        // verb of the past: still a credit.
        assert!(reads_as_caption(
            "Ann Lee/For The Riverton Herald Tom Price, 19, was led out of the station."
        ));
        assert!(reads_as_caption(
            "Ann Lee/For The Riverton Herald Tom Price was led out of the station."
        ));
        assert!(reads_as_caption("Ann Lee/Riverton Herald"));
        // A photo agency or an outlet in capitals after the slash: a credit,
        // though a caption's verb of the past or of saying follows.
        assert!(reads_as_caption(
            "Ann Lee/Getty Images Mourners gathered outside the mill."
        ));
        assert!(reads_as_caption("Ann Lee/AP Officers said the mill was safe."));
        assert!(reads_as_caption(
            "AUGUST 03: Firefighters stand outside the mill after the blaze."
        ));
        // Prose: a recent day by its weekday, an attribution, a year alone.
        assert!(!reads_as_caption(
            "Firefighters hosed down the roof of the old mill on Sunday night."
        ));
        assert!(!reads_as_caption(
            "The wall fell at about 4 p.m. on Tuesday, March 12, 2019, the fire chief said."
        ));
        assert!(!reads_as_caption(
            "Neighbors say the wall fell on the boy on Tuesday, March 12, 2019."
        ));
        assert!(!reads_as_caption("The mill was built by the Brown family in 1901."));
        // A slashed name that a verb of a report follows at once is prose.
        assert!(!reads_as_caption(
            "Dana Ortiz/Mayor's Office announced a curfew for the park on Friday."
        ));
        assert!(!reads_as_caption("Jo Smith/City Hall said the mill would reopen."));
        // A report of the past or the future ending on a full date.
        assert!(!reads_as_caption(
            "The new levy is set to begin on Monday, Jan. 6, 2025."
        ));
        assert!(!reads_as_caption("It takes effect on Monday, Jan. 6, 2025."));
        assert!(!reads_as_caption("The ban goes into effect Wednesday, July 1, 2026."));
        assert!(!reads_as_caption("The new term begins on Tuesday, Sept. 2, 2025."));
        // A caption's present that is no plan stays a caption.
        assert!(reads_as_caption(
            "Candles are set on the steps of the depot on Tuesday, March 12, 2019."
        ));
        assert!(reads_as_caption(
            "Crews begin to clear the rubble in Riverton, Aug. 3, 2019."
        ));
        assert!(!reads_as_caption(
            "The owner is due back in court on Tuesday, Sept. 3, 2019."
        ));
        assert!(!reads_as_caption(
            "Services for the two workers will be held Saturday, Aug. 10, 2019."
        ));
        assert!(!reads_as_caption(
            "The boy was last seen leaving his home in Riverton on Friday, Aug. 2, 2019."
        ));
        assert!(!reads_as_caption(
            "The mill company was founded in Riverton, June 4, 1901."
        ));

        assert!(!reads_as_caption(
            "An Endangered/Missing Child Advisory was issued on Thursday morning."
        ));
        assert!(!reads_as_caption(
            "Police were called to the Photo Gallery Apartments at 4 a.m."
        ));
        // An agency's dateline is no credit, nor a gallery's label glued
        // before the lead.
        assert!(!reads_as_caption(
            "RIVERTON (KRVT/AP) — A fire destroyed the old mill on Tuesday, the fire chief said."
        ));
        assert!(!reads_as_caption(
            "Wall falls on boy in Riverton Photos Police in Riverton are looking into how the wall fell."
        ));
        assert!(!reads_as_caption(
            "(The mill, built in 1901, was empty.) Firefighters stayed until dawn."
        ));
        assert!(!reads_as_caption(
            "The bakery has been closed since the fire of June 2018."
        ));
    }

    #[test]
    fn page_residue_does_not_stand_alone() {
        assert!(!stands_alone("Posted by David T on April 2, 2005 11:01 PM."));
        assert!(!stands_alone(
            "Your comments were a real tonic Posted by Christopher Carr-Jones on April 3, 2005 10:47 AM."
        ));
        assert!(!stands_alone(
            "Write your review of this book. Letters for publication should be sent to: letters@guardian.co.uk."
        ));
        // A reader's comment under its stamp and the page's reply link.
        assert!(!stands_alone(
            "March 9, 2011 at 6:19 pm | Reply Who can rule out the worst when the bombing starts?"
        ));
        assert!(stands_alone("The senator posted a photo on Monday."));
        assert!(stands_alone("Shares rose @ 5% on the day."));
    }

    #[test]
    fn contractions_refer_back_and_the_writer_leans_on_context() {
        assert!(!stands_alone("That's not the sort of distinction presidents want."));
        assert!(!stands_alone("It’s the same reason the centers exist at all."));
        assert!(leans_on_context("I've got news for the Democratic establishment."));
        assert!(leans_on_context("We asked the ministry for comment on Monday."));
        assert!(!stands_alone("We asked the ministry for comment on Monday."));
        assert!(stands_alone("“We have proof,” Macron said."));
        assert!(stands_alone("Trump's lawyers filed the brief on Monday."));
        assert!(leans_on_context("There's no sign of a ceasefire on the front."));
    }
}
