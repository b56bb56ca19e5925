//! Name words and runs: which tokens of an article can be part of a name,
//! and the runs of them (with the small words allowed inside names) that
//! candidates are made of.
//!
//! A name word is a capitalized word. At the start of a sentence, after an
//! opening quote or a colon, and anywhere in a headline written in title
//! case, capitals say nothing, so a word there counts only if the lexicon
//! knows it or the article also writes it capitalized elsewhere in a
//! sentence ("Abdullah told the BBC" counts because of "said Abdullah").
//!
//! A run is a maximal sequence of name words on one line of one sentence,
//! with particles inside ("Charles de Gaulle"), connectors inside the names
//! of organizations and places ("Ministry of Defense", "Organization for
//! Security and Cooperation in Europe"), and editorial brackets skipped
//! ("President \[Vladimir\] Putin"). A possessive word ends a run.

use chorus_model::hash::FastSet;
use chorus_model::{Article, Sentence, Token, TokenKind};

use crate::lexicon::{flag, lexicon, push_key, Lex, Lexicon};

/// Bits of [`Info::bits`].
mod bit {
    /// A word token.
    pub const WORD: u16 = 1 << 0;
    /// Starts with an upper-case letter (or is "al-Assad").
    pub const CAPITALIZED: u16 = 1 << 1;
    /// All its letters (at least two) are upper case.
    pub const CAPITALS: u16 = 1 << 2;
    /// Ends with a possessive "’s", which is not part of the name.
    pub const POSSESSIVE: u16 = 1 << 3;
    /// Capitalized by position: sentence start, after a quote, headline.
    pub const INITIAL: u16 = 1 << 4;
    /// A name word.
    pub const NAME: u16 = 1 << 5;
    /// A hyphenated word read part by part ("Turkey-backed").
    pub const COMPOUND: u16 = 1 << 6;
    /// A word of lower-case ASCII letters: its key is its text, and it is
    /// looked up only when asked about (most words are, and only the ones
    /// next to names matter).
    pub const PLAIN: u16 = 1 << 7;
    /// In a headline written in title case or capitals.
    pub const HEADLINE: u16 = 1 << 8;
}

/// What the view knows about one token.
#[derive(Debug, Clone, Copy, Default)]
struct Info {
    /// Its lexicon key, as a range of [`View::keys`] (of the text for a
    /// plain word).
    key: (u32, u32),
    /// End of the token without a possessive ending.
    end: u32,
    bits: u16,
    lex: Option<&'static Lex>,
}

/// An article's tokens as the entities stage reads them.
pub(crate) struct View<'a> {
    /// The article text.
    pub text: &'a str,
    /// The article tokens.
    pub tokens: &'a [Token],
    /// The article sentences.
    pub sentences: &'a [Sentence],
    /// The lexicon.
    pub lexicon: &'static Lexicon,
    info: Vec<Info>,
    keys: String,
}

/// Punctuation after which the next word is capitalized by position.
fn opens_phrase(punct: &str) -> bool {
    matches!(
        punct,
        "“" | "\""
            | "‘"
            | "'"
            | "«"
            | "„"
            | "("
            | "["
            | "•"
            | "·"
            | "–"
            | "—"
            | "-"
            | "--"
            | ":"
            | ";"
            | "|"
            | "*"
            | "…"
            | "..."
    )
}

impl<'a> View<'a> {
    /// Read an article's tokens.
    pub fn new(article: &'a Article) -> View<'a> {
        let mut view = View {
            text: &article.text,
            tokens: &article.tokens,
            sentences: &article.sentences,
            lexicon: lexicon(),
            info: vec![Info::default(); article.tokens.len()],
            keys: String::with_capacity(article.text.len()),
        };
        view.read_words();
        view.mark_initial();
        view.mark_names();
        view
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// The lexicon key of a word token ("" for others).
    pub fn key(&self, i: usize) -> &str {
        let Some(info) = self.info.get(i) else {
            return "";
        };
        let range = info.key.0 as usize..info.key.1 as usize;
        let source = if info.bits & bit::PLAIN != 0 {
            self.text
        } else {
            &self.keys
        };
        source.get(range).unwrap_or("")
    }

    /// What the lexicon knows about a token.
    pub fn lex(&self, i: usize) -> Option<&'static Lex> {
        let info = self.info.get(i)?;
        if info.bits & bit::PLAIN != 0 {
            self.lexicon.get(self.key(i))
        } else {
            info.lex
        }
    }

    /// Whether the token's lexicon entry has any of `bits`.
    pub fn has(&self, i: usize, bits: u32) -> bool {
        self.lex(i).is_some_and(|lex| lex.has(bits))
    }

    fn bits(&self, i: usize) -> u16 {
        self.info.get(i).map_or(0, |info| info.bits)
    }

    /// Whether a token is a word.
    pub fn is_word(&self, i: usize) -> bool {
        self.bits(i) & bit::WORD != 0
    }

    /// Whether a token is a capitalized word.
    pub fn is_capitalized(&self, i: usize) -> bool {
        self.bits(i) & bit::CAPITALIZED != 0
    }

    /// Whether a token is written in capitals.
    pub fn capitals(&self, i: usize) -> bool {
        self.bits(i) & bit::CAPITALS != 0
    }

    /// Whether a token ends with a possessive "’s".
    pub fn possessive(&self, i: usize) -> bool {
        self.bits(i) & bit::POSSESSIVE != 0
    }

    /// Whether a token is a name word.
    pub fn is_name(&self, i: usize) -> bool {
        self.bits(i) & bit::NAME != 0
    }

    /// Whether a token is a hyphenated word to read part by part.
    pub fn is_compound(&self, i: usize) -> bool {
        self.bits(i) & bit::COMPOUND != 0
    }

    /// The place a token names, if any.
    pub fn place(&self, i: usize) -> Option<u16> {
        self.lex(i).and_then(|lex| lex.place(self.capitals(i)))
    }

    /// The country a token is an adjective of, if any.
    pub fn adjective(&self, i: usize) -> Option<u16> {
        self.lex(i).and_then(Lex::adjective)
    }

    /// First byte of a token.
    pub fn start(&self, i: usize) -> usize {
        self.tokens.get(i).map_or(0, |t| t.span.start as usize)
    }

    /// End of a token without a possessive ending (of a number, its end).
    pub fn name_end(&self, i: usize) -> usize {
        match self.info.get(i) {
            Some(info) if info.bits & bit::WORD == 0 && self.is_number(i) => self.tokens[i].span.end as usize,
            Some(info) => info.end as usize,
            None => 0,
        }
    }

    /// The text of a token without a possessive ending.
    pub fn name_text(&self, i: usize) -> &'a str {
        self.text.get(self.start(i)..self.name_end(i)).unwrap_or("")
    }

    /// The whole text of a token, possessive ending included.
    pub fn word_text(&self, i: usize) -> &'a str {
        self.tokens
            .get(i)
            .and_then(|t| self.text.get(t.span.start as usize..t.span.end as usize))
            .unwrap_or("")
    }

    /// The text of a punctuation token, if it is one.
    pub fn punct(&self, i: usize) -> Option<&'a str> {
        let token = self.tokens.get(i)?;
        (token.kind == TokenKind::Punct)
            .then(|| self.text.get(token.span.start as usize..token.span.end as usize))
            .flatten()
    }

    /// Whether a token is a number.
    pub fn is_number(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Number)
    }

    /// Whether nothing but spaces on one line separates two tokens.
    pub fn same_line(&self, before: usize, after: usize) -> bool {
        let (Some(a), Some(b)) = (self.tokens.get(before), self.tokens.get(after)) else {
            return false;
        };
        match self.text.get(a.span.end as usize..b.span.start as usize) {
            Some(" ") | Some("") => true,
            Some(gap) => !gap.contains('\n'),
            None => false,
        }
    }

    /// Keys, possessive endings, capitals and compounds of the word tokens.
    fn read_words(&mut self) {
        for (i, token) in self.tokens.iter().enumerate() {
            if token.kind != TokenKind::Word {
                continue;
            }
            let start = token.span.start as usize;
            let Some(word) = self.text.get(start..token.span.end as usize) else {
                continue;
            };
            if !token.capitalized && word.bytes().all(|b| b.is_ascii_lowercase()) {
                self.info[i] = Info {
                    key: (start as u32, token.span.end),
                    end: token.span.end,
                    bits: bit::WORD | bit::PLAIN,
                    lex: None,
                };
                continue;
            }
            let name = without_possessive(word);
            let mut bits = bit::WORD;
            if name.len() < word.len() {
                bits |= bit::POSSESSIVE;
            }
            let mut letters = name.chars().filter(|c| c.is_alphabetic());
            let first = letters.next();
            if first.is_some_and(char::is_uppercase) || is_article_name(name) {
                bits |= bit::CAPITALIZED;
                if first.is_some_and(char::is_uppercase)
                    && letters.clone().next().is_some()
                    && letters.all(char::is_uppercase)
                {
                    bits |= bit::CAPITALS;
                }
            }
            let key_start = self.keys.len();
            push_key(name, &mut self.keys);
            let key = &self.keys[key_start..];
            let lex = self.lexicon.get(key);
            if key.contains(' ')
                && !lex.is_some_and(|l| l.is_nameish(bits & bit::CAPITALS != 0))
                && self.is_compound_key(key)
            {
                bits |= bit::COMPOUND;
            }
            self.info[i] = Info {
                key: (key_start as u32, self.keys.len() as u32),
                end: (start + name.len()) as u32,
                bits,
                lex,
            };
        }
    }

    /// Whether a hyphenated word is read part by part: "Britain-based",
    /// "Turkey-backed", "Armenia-Azerbaijan", "Azerbaijani-Turkish".
    fn is_compound_key(&self, key: &str) -> bool {
        let mut parts = key.split(' ');
        let last = parts.next_back();
        if last
            .and_then(|last| self.lexicon.get(last))
            .is_some_and(|lex| lex.has(flag::HYPHEN_SUFFIX))
        {
            return true;
        }
        key.split(' ').all(|part| {
            self.lexicon
                .get(part)
                .is_some_and(|lex| lex.place(false).is_some() || lex.adjective().is_some())
        })
    }

    /// Mark the words capitalized by position.
    fn mark_initial(&mut self) {
        for sentence in self.sentences {
            let range = sentence.tokens.start as usize..(sentence.tokens.end as usize).min(self.tokens.len());
            let headline = self.is_title_case(range.clone());
            let mut opening = true;
            let mut previous: Option<usize> = None;
            for i in range {
                if self.info[i].bits & bit::WORD != 0 {
                    // The line break is looked for only when it decides.
                    let after_break = || previous.is_some_and(|p| !self.same_line(p, i));
                    if opening || headline || after_break() {
                        self.info[i].bits |= bit::INITIAL;
                    }
                    if headline {
                        self.info[i].bits |= bit::HEADLINE;
                    }
                    opening = false;
                } else if let Some(punct) = self.punct(i) {
                    opening = opening || opens_phrase(punct);
                }
                previous = Some(i);
            }
        }
    }

    /// Whether a sentence is a headline in title case: it does not end
    /// like a sentence, and almost all of its words but stopwords are
    /// capitalized.
    fn is_title_case(&self, range: std::ops::Range<usize>) -> bool {
        let ends_sentence = range
            .clone()
            .rev()
            .find_map(|i| self.punct(i).filter(|p| !matches!(*p, "”" | "\"" | "’" | "'" | ")")))
            .is_some_and(|last| matches!(last, "." | "!" | "?" | "…" | "..."))
            && range.end.checked_sub(1).is_some_and(|last| self.punct(last).is_some());
        if ends_sentence {
            return false;
        }
        let (mut words, mut capitalized) = (0, 0);
        for i in range {
            let Some(token) = self.tokens.get(i) else {
                break;
            };
            if token.kind != TokenKind::Word || token.stop {
                continue;
            }
            words += 1;
            if token.capitalized {
                capitalized += 1;
            }
        }
        words >= 3 && capitalized * 5 >= words * 4
    }

    /// Mark the name words.
    fn mark_names(&mut self) {
        let repeated: FastSet<&str> = (0..self.tokens.len())
            .filter(|&i| {
                let bits = self.info[i].bits;
                bits & bit::CAPITALIZED != 0 && bits & bit::INITIAL == 0
            })
            .map(|i| self.key(i))
            .collect();
        let mut names = vec![false; self.tokens.len()];
        for i in 0..self.tokens.len() {
            names[i] = self.could_be_name(i, i.checked_sub(1).is_some_and(|p| names[p]), &repeated);
        }
        drop(repeated);
        for (info, name) in self.info.iter_mut().zip(names) {
            if name {
                info.bits |= bit::NAME;
            }
        }
    }

    /// Whether token `i` is a name word, knowing whether the token before
    /// it is one.
    fn could_be_name(&self, i: usize, after_name: bool, repeated: &FastSet<&str>) -> bool {
        let bits = self.bits(i);
        if bits & bit::CAPITALIZED == 0 || bits & bit::COMPOUND != 0 {
            return false;
        }
        let capitals = bits & bit::CAPITALS != 0;
        let lex = self.lex(i);
        let nameish = lex.is_some_and(|lex| lex.is_nameish(capitals));
        let Some(token) = self.tokens.get(i) else {
            return false;
        };
        if token.stop && !nameish {
            return false;
        }
        let text = self.name_text(i);
        let mut chars = text.chars();
        if chars.next().is_some() && chars.next().is_none() {
            return false;
        }
        // An age opening a sentence ("Sixteen-year-old Kiondae Wilson") is
        // no part of the name after it.
        let age = b"-year-old";
        if text.len() > age.len() && text.as_bytes()[text.len() - age.len()..].eq_ignore_ascii_case(age) {
            return false;
        }
        // After a first name, a title or the start of a known phrase
        // ("Le Monde"), a capitalized word continues the name.
        let after_first_name = after_name
            && self.same_line(i - 1, i)
            && self
                .lex(i - 1)
                .is_some_and(|lex| lex.has(flag::FIRST_NAME | flag::TITLE) || lex.phrase_words > 1);
        if lex.is_some_and(|lex| lex.has(flag::WEEKDAY)) {
            return false;
        }
        if lex.is_some_and(|lex| lex.has(flag::NOT_NAME)) {
            let first_name_before_name =
                self.has(i, flag::FIRST_NAME) && self.bits(i + 1) & bit::CAPITALIZED != 0 && self.same_line(i, i + 1);
            return after_first_name || first_name_before_name;
        }
        // Capitalized by position only (not in a headline, where every word
        // is), a sentence opener or a context word ("Witness Cleveland Douse
        // told", "Neighbor Maryann Vincent said", "Two Minneapolis squad
        // cars") is no name, unless the article also writes it capitalized
        // mid-sentence.
        let context_word = flag::OPENER | flag::PERSON_BEFORE | flag::SPEECH | flag::ORG_BEFORE;
        if bits & (bit::INITIAL | bit::HEADLINE) == bit::INITIAL
            && !nameish
            && lex.is_some_and(|lex| lex.has(context_word))
            && !repeated.contains(self.key(i))
        {
            return false;
        }
        // Outside headlines, a short word in capitals is an acronym, which
        // is capitalized whatever its position.
        let acronym = capitals && bits & bit::HEADLINE == 0 && self.name_text(i).len() <= 5;
        if bits & bit::INITIAL == 0 || acronym {
            return true;
        }
        nameish
            || after_first_name
            || repeated.contains(self.key(i))
            || lex.is_some_and(|lex| lex.phrase_words > 1)
            || self.first_of_two(i)
    }

    /// Whether an unknown word capitalized by position starts a name of
    /// two words: the next word is capitalized on the same line, this one
    /// is no stopword, and the article never writes it in lower case
    /// ("Melania Trump said", but not "Earlier Macron said" when the
    /// article also has "earlier").
    fn first_of_two(&self, i: usize) -> bool {
        let next = i + 1;
        if self.bits(i) & bit::HEADLINE != 0
            || self.bits(next) & (bit::CAPITALIZED | bit::HEADLINE) != bit::CAPITALIZED
            || !self.same_line(i, next)
            || self.tokens.get(next).is_none_or(|t| t.stop)
        {
            return false;
        }
        let word = self.name_text(i);
        !self.tokens.iter().any(|token| {
            !token.capitalized
                && token.span.len() == word.len()
                && token.kind == TokenKind::Word
                && self
                    .text
                    .get(token.span.start as usize..token.span.end as usize)
                    .is_some_and(|other| other.eq_ignore_ascii_case(word))
        })
    }
}

/// A word without a possessive ending ("Macron’s" → "Macron").
fn without_possessive(word: &str) -> &str {
    if !word.ends_with(['s', 'S']) {
        return word;
    }
    let stem = &word[..word.len() - 1];
    stem.strip_suffix('’')
        .or_else(|| stem.strip_suffix('\''))
        .filter(|name| !name.is_empty())
        .unwrap_or(word)
}

/// Whether a word is a name behind a lower-case Arabic article: "al-Assad".
fn is_article_name(word: &str) -> bool {
    ["al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-"]
        .iter()
        .any(|article| {
            word.strip_prefix(article)
                .and_then(|rest| rest.chars().next())
                .is_some_and(char::is_uppercase)
        })
}

/// A piece of an article that may name something.
pub(crate) enum Piece<'r> {
    /// A run of name words (token indices, small words included, brackets
    /// left out).
    Run(&'r [usize]),
    /// A hyphenated word to read part by part (token index).
    Compound(usize),
}

/// Call `each` with every run of name words and every compound of the
/// article, in text order.
pub(crate) fn for_each_piece(view: &View, mut each: impl FnMut(Piece)) {
    let mut run: Vec<usize> = Vec::with_capacity(8);
    for sentence in view.sentences {
        let end = (sentence.tokens.end as usize).min(view.len());
        let mut i = sentence.tokens.start as usize;
        while i < end {
            if view.is_compound(i) {
                each(Piece::Compound(i));
                i += 1;
                continue;
            }
            if !view.is_name(i) {
                i += 1;
                continue;
            }
            run.clear();
            run.push(i);
            let mut last = i;
            // A possessive ends a name, unless a cue word follows it:
            // "Prince George's County", "Sheriff's Office".
            while !view.possessive(last) || possessive_name(view, last, end) {
                match extend(view, &run, last, end) {
                    Some(next) => {
                        run.extend(next.clone());
                        last = next.end - 1;
                    }
                    None => break,
                }
            }
            each(Piece::Run(&run));
            i = last + 1;
        }
    }
}

/// Whether the possessive word `last` is inside a name: the name word
/// after it is an organization or place cue.
fn possessive_name(view: &View, last: usize, end: usize) -> bool {
    let next = last + 1;
    next < end && view.is_name(next) && view.same_line(last, next) && view.has(next, flag::ORG_CUE | flag::PLACE_CUE)
}

/// The tokens that continue a run after its last token `last`, if any: the
/// next name word, or small words and the name word after them, or the
/// name word after an editorial bracket (the bracket left out).
fn extend(view: &View, run: &[usize], last: usize, end: usize) -> Option<std::ops::Range<usize>> {
    let next = last + 1;
    if next >= end || !view.same_line(last, next) {
        return None;
    }
    if view.is_name(next) {
        // A word in capitals next to one that is not, both longer than an
        // acronym, is a headline or a dateline meeting the text ("Boyle Co.
        // BOYLE COUNTY").
        let shouted = if view.capitals(next) { next } else { last };
        if view.capitals(last) != view.capitals(next) && view.name_text(shouted).len() > 4 {
            return None;
        }
        return Some(next..next + 1);
    }
    if let Some(street) = street_number(view, last, end) {
        return Some(street);
    }
    if matches!(view.punct(next), Some("[" | "]")) {
        let after = next + 1;
        return (after < end && view.is_name(after) && view.same_line(next, after)).then_some(after..after + 1);
    }
    // One or two small words, then a name word.
    let mut after = next;
    while after < end && after - next < 2 && is_small_word(view, after) && view.same_line(after - 1, after) {
        after += 1;
    }
    if after == next || after >= end || !view.same_line(after - 1, after) || !view.is_name(after) {
        return None;
    }
    connectors_allowed(view, run, next..after).then_some(next..after + 1)
}

/// Whether a key is a compass direction, after a street's name ("Cynthia
/// Loop Northwest") or before a numbered one ("East 68th Street").
pub(crate) fn is_direction(key: &str) -> bool {
    matches!(
        key,
        "north"
            | "south"
            | "east"
            | "west"
            | "northwest"
            | "northeast"
            | "southwest"
            | "southeast"
            | "nw"
            | "ne"
            | "sw"
            | "se"
    )
}

/// The tokens that continue a street's name after a direction or a road
/// word: an ordinal and a place cue ("East 68th Street", "W. 5th Ave."),
/// or a road's number ("Highway 66", "Route 9").
fn street_number(view: &View, last: usize, end: usize) -> Option<std::ops::Range<usize>> {
    let next = last + 1;
    if next >= end || !starts_with_digit(view, next) || !view.same_line(last, next) {
        return None;
    }
    let key = view.key(last);
    if is_direction(key) || matches!(key, "n" | "s" | "e" | "w") {
        let ordinal = !view.is_capitalized(next);
        let cue = next + 1;
        let street =
            ordinal && cue < end && view.same_line(next, cue) && view.is_name(cue) && view.has(cue, flag::PLACE_CUE);
        return street.then_some(next..cue + 1);
    }
    let road = view.has(last, flag::PLACE_CUE)
        && matches!(key, "highway" | "hwy" | "route" | "interstate")
        && view.is_number(next)
        && view.word_text(next).bytes().all(|b| b.is_ascii_digit());
    road.then_some(next..next + 1)
}

/// Whether a token starts with a digit: a number or an ordinal ("68th").
pub(crate) fn starts_with_digit(view: &View, i: usize) -> bool {
    view.word_text(i).starts_with(|c: char| c.is_ascii_digit())
}

/// Whether a token is a small word that may sit inside a name.
fn is_small_word(view: &View, i: usize) -> bool {
    view.punct(i) == Some("&")
        || (view.is_word(i) && !view.is_capitalized(i) && view.has(i, flag::PARTICLE | flag::CONNECTOR))
}

/// Whether the small words `small` may join the run to the name word after
/// them.
fn connectors_allowed(view: &View, run: &[usize], small: std::ops::Range<usize>) -> bool {
    let words: Vec<&str> = small
        .clone()
        .map(|i| view.punct(i).unwrap_or_else(|| view.key(i)))
        .collect();
    if words
        .iter()
        .all(|&w| view.lexicon.get(w).is_some_and(|l| l.has(flag::PARTICLE)))
    {
        return true;
    }
    if words == ["&"] {
        return true;
    }
    if !words
        .iter()
        .all(|&w| view.lexicon.get(w).is_some_and(|l| l.has(flag::CONNECTOR)))
    {
        return false;
    }
    let Some(&first) = run.first() else {
        return false;
    };
    // A numbered street is whole: "North Highway 340 in Parrottsville".
    if run.iter().any(|&t| starts_with_digit(view, t)) {
        return false;
    }
    let words_so_far: usize = run.iter().map(|&t| view.key(t).split(' ').count()).sum();
    if view
        .lex(first)
        .is_some_and(|lex| usize::from(lex.phrase_words) > words_so_far)
    {
        return true;
    }
    let of_or_for = matches!(words.as_slice(), ["of"] | ["for"] | ["of", "the"] | ["for", "the"]);
    if of_or_for && run.iter().any(|&t| view.has(t, flag::ORG_CUE | flag::PLACE_CUE)) {
        return true;
    }
    let after = small.end;
    words == ["of"] && run.last().is_some_and(|&t| view.has(t, flag::TITLE)) && view.has(after, flag::TITLE_MODIFIER)
}
