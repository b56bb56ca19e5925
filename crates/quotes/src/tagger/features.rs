//! The features of the attribution tagger: what it knows of each word
//! (hashes of its lower-case form, stem and suffix, its shape, entity and
//! quotation state, the rule finder's opinion), computed once per article,
//! and the hashed feature templates of the cue detector and of the span
//! tagger, built from those without allocating. The span features come in
//! two parts: those of the word and its side of the cue, the same for
//! every cue of a sentence, and those of the cue (see [`SPAN_ALL`]).
//!
//! Hashes are fixed (FNV-1a then a multiply-rotate mix), so a model trained
//! on one machine reads the same on every other.

use chorus_model::{Article, EntityKind, Span, TokenKind};

use crate::reported::Found;
use crate::view::View;

/// Most features of one word for one decision.
pub const MAX_FEATURES: usize = 40;

/// The hashed features of one decision.
pub type Features = [u64; MAX_FEATURES];

/// Where the features of one decision go, one hash at a time: a [`List`]
/// (what the trainer updates), or the running sums of their weights in a
/// table (how the tagger scores a span decision, without writing a list
/// and reading it back).
pub trait Sink {
    /// Take one feature.
    fn push(&mut self, feature: u64);
}

/// The features of one decision, in order.
pub struct List<'a> {
    features: &'a mut Features,
    count: usize,
}

impl<'a> List<'a> {
    /// An empty list writing into `features`.
    pub fn new(features: &'a mut Features) -> List<'a> {
        List { features, count: 0 }
    }

    /// The features pushed so far.
    pub fn as_slice(&self) -> &[u64] {
        &self.features[..self.count]
    }
}

impl Sink for List<'_> {
    #[inline(always)]
    fn push(&mut self, feature: u64) {
        self.features[self.count] = feature;
        self.count += 1;
    }
}

/// A string's 64-bit FNV-1a hash.
pub fn hash_str(text: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// Two hashes as one.
#[inline]
pub fn mix(a: u64, b: u64) -> u64 {
    (a.rotate_left(23) ^ b).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// Shapes of a word.
const SHAPE_LOWER: u8 = 0;
const SHAPE_CAPITAL: u8 = 1;
const SHAPE_UPPER: u8 = 2;
const SHAPE_NUMBER: u8 = 3;
const SHAPE_COMMA: u8 = 4;
const SHAPE_COLON: u8 = 5;
const SHAPE_MARK: u8 = 6;
const SHAPE_STOP: u8 = 7;
const SHAPE_PUNCT: u8 = 8;

/// Where a word stands towards the quotations.
const QUOTE_NONE: u8 = 0;
const QUOTE_OPEN: u8 = 1;
const QUOTE_INSIDE: u8 = 2;
const QUOTE_CLOSE: u8 = 3;

/// What the rule finder says of a word: part of a cue (first word or
/// another), of a source, of a content.
pub const RULE_CUE_FIRST: u8 = 1;
pub const RULE_CUE: u8 = 2;
const RULE_SOURCE: u8 = 4;
const RULE_CONTENT: u8 = 8;

/// What the tagger knows of each word of an article.
pub struct Words {
    /// Hash of the lower-case form.
    pub lower: Vec<u64>,
    /// Hash of the lower-case form without an inflection (`-s`, `-es`,
    /// `-ed`, `-ing`, `-d`).
    pub stem: Vec<u64>,
    shape: Vec<u8>,
    quote: Vec<u8>,
    /// 0: none, else 1 + the entity kind.
    entity: Vec<u8>,
    pronoun: Vec<bool>,
    /// Rule cue flags of each word (`RULE_CUE_FIRST`, `RULE_CUE`).
    pub rule_cue: Vec<u8>,
    /// Index of the sentence of each word.
    pub sentence: Vec<u32>,
    /// Word cluster code of each word (0: none; see [`super::clusters`]).
    pub cluster: Vec<u16>,
    /// What each word is of what the span tagger counts between a cue and
    /// a word (`BETWEEN_COMMA`, `BETWEEN_MARK`, `BETWEEN_THAT`), found once
    /// per article rather than once per cue.
    pub between: Vec<u8>,
}

/// A comma, semicolon or dash.
pub const BETWEEN_COMMA: u8 = 1;
/// A quotation's opening or closing mark.
pub const BETWEEN_MARK: u8 = 2;
/// The word "that".
pub const BETWEEN_THAT: u8 = 4;

const PRONOUNS: &[&str] = &["he", "she", "they", "i", "we", "it", "you", "who"];

impl Words {
    /// The words of a view, with the article's entities and the rule
    /// finder's attributions.
    pub fn new(view: &View, article: &Article, rules: &[Found]) -> Words {
        let n = view.words.len();
        let mut words = Words {
            lower: Vec::with_capacity(n),
            stem: Vec::with_capacity(n),
            shape: Vec::with_capacity(n),
            quote: Vec::with_capacity(n),
            entity: vec![0; n],
            pronoun: Vec::with_capacity(n),
            rule_cue: vec![0; n],
            sentence: vec![0; n],
            cluster: vec![0; n],
            between: Vec::with_capacity(n),
        };
        for (index, word) in view.words.iter().enumerate() {
            let lower: &str = &word.lower;
            words.lower.push(hash_str(lower));
            words.stem.push(hash_str(stem_of(lower)));
            let shape = match word.kind {
                TokenKind::Number => SHAPE_NUMBER,
                TokenKind::Word if word.capitalized => {
                    if lower.len() > 1
                        && view
                            .slice(word.span.start as usize, word.span.end as usize)
                            .chars()
                            .all(|c| !c.is_lowercase())
                    {
                        SHAPE_UPPER
                    } else {
                        SHAPE_CAPITAL
                    }
                }
                TokenKind::Word => SHAPE_LOWER,
                TokenKind::Punct => match lower {
                    "," => SHAPE_COMMA,
                    ":" => SHAPE_COLON,
                    "." | "?" | "!" => SHAPE_STOP,
                    _ if view.opens_quotation(index).is_some() || view.closes_quotation(index).is_some() => SHAPE_MARK,
                    _ => SHAPE_PUNCT,
                },
            };
            words.shape.push(shape);
            let quote = if view.opens_quotation(index).is_some() {
                QUOTE_OPEN
            } else if view.closes_quotation(index).is_some() {
                QUOTE_CLOSE
            } else if word.quotation.is_some() {
                QUOTE_INSIDE
            } else {
                QUOTE_NONE
            };
            words.quote.push(quote);
            let between = match lower {
                "," | ";" | "—" | "–" => BETWEEN_COMMA,
                "that" => BETWEEN_THAT,
                _ => 0,
            } | if quote == QUOTE_OPEN || quote == QUOTE_CLOSE {
                BETWEEN_MARK
            } else {
                0
            };
            words.between.push(between);
            words.pronoun.push(lower.len() <= 4 && PRONOUNS.contains(&lower));
        }
        if let Some(clusters) = super::clusters::shipped() {
            for (slot, key) in words.cluster.iter_mut().zip(&words.lower) {
                *slot = clusters.code(*key);
            }
        }
        for (number, sentence) in view.sentences.iter().enumerate() {
            for slot in &mut words.sentence[sentence.words.clone()] {
                *slot = number as u32;
            }
        }
        for entity in &article.entities {
            let code = 1 + match entity.kind {
                EntityKind::Person => 0,
                EntityKind::Organization => 1,
                EntityKind::Place => 2,
            };
            for mention in &entity.mentions {
                for index in words_in(view, *mention) {
                    words.entity[index] = code;
                }
            }
        }
        for found in rules {
            let mut first = true;
            for index in words_in(view, found.cue) {
                words.rule_cue[index] |= if first { RULE_CUE_FIRST } else { RULE_CUE };
                first = false;
            }
        }
        words
    }
}

impl Words {
    /// Whether word `i` is part of an entity's mention or a personal
    /// pronoun.
    pub fn names_someone(&self, i: usize) -> bool {
        self.entity[i] != 0 || self.pronoun[i]
    }

    /// Word `i`'s cluster `up` levels above its leaf (0: none).
    #[inline]
    fn cluster_up(&self, i: usize, up: u32) -> u64 {
        u64::from(self.cluster[i] >> up)
    }
}

/// Levels above the leaf of the coarser cluster features.
const CLUSTER_UP: u32 = 4;

/// The indices of the words inside a byte span.
pub fn words_in(view: &View, span: Span) -> std::ops::Range<usize> {
    let first = view.words.partition_point(|word| word.span.end <= span.start);
    let end = view.words.partition_point(|word| word.span.start < span.end);
    first..end.max(first)
}

/// A word without its inflection, for a hash key (no allocation).
pub fn stem_of(lower: &str) -> &str {
    for suffix in ["ing", "ed", "es", "s", "d"] {
        if let Some(stem) = lower.strip_suffix(suffix) {
            if stem.len() >= 3 {
                return stem;
            }
        }
    }
    lower
}

/// The byte index where the last `n` (at least 1) characters of `text`
/// start, 0 when it has fewer; an ASCII ending is not decoded.
#[inline]
fn last_chars_start(text: &str, n: usize) -> usize {
    let len = text.len();
    if len >= n && text.as_bytes()[len - n..].is_ascii() {
        len - n
    } else if len < n && text.is_ascii() {
        0
    } else {
        text.char_indices().rev().nth(n - 1).map_or(0, |(at, _)| at)
    }
}

/// The byte index where the first `n` characters of `text` end (its
/// length when it has fewer); an ASCII beginning is not decoded.
#[inline]
fn first_chars_end(text: &str, n: usize) -> usize {
    let head = text.len().min(n);
    if text.as_bytes()[..head].is_ascii() {
        head
    } else {
        text.char_indices().nth(n).map_or(text.len(), |(at, _)| at)
    }
}

/// Cue labels.
pub const CUE_O: usize = 0;
pub const CUE_B: usize = 1;
pub const CUE_I: usize = 2;
/// Number of cue labels.
pub const CUE_LABELS: usize = 3;

/// Features of word `i` (in sentence `range`) for the cue detector, with
/// the label of the word before it.
pub fn cue_features(
    view: &View,
    words: &Words,
    range: std::ops::Range<usize>,
    i: usize,
    previous: usize,
    out: &mut Features,
) -> usize {
    const NONE: u64 = 0x51;
    let at = |offset: isize| -> u64 {
        let j = i as isize + offset;
        if j < range.start as isize || j >= range.end as isize {
            NONE
        } else {
            words.lower[j as usize]
        }
    };
    let shape_at = |offset: isize| -> u64 {
        let j = i as isize + offset;
        if j < range.start as isize || j >= range.end as isize {
            99
        } else {
            u64::from(words.shape[j as usize])
        }
    };
    let mut n = 0;
    let mut push = |template: u64, value: u64| {
        out[n] = mix(template, value);
        n += 1;
    };
    let p = previous as u64;
    push(1, 0);
    push(2, words.lower[i]);
    push(3, words.stem[i]);
    let lower: &str = &view.words[i].lower;
    let suffix_start = last_chars_start(lower, 3);
    push(4, hash_str(&lower[suffix_start..]));
    push(5, mix(u64::from(words.shape[i]), p));
    push(6, at(-1));
    push(7, at(1));
    push(8, at(-2));
    push(9, at(2));
    push(10, mix(at(-1), words.lower[i]));
    push(11, mix(words.lower[i], at(1)));
    push(12, mix(words.lower[i], p));
    push(13, mix(words.stem[i], p));
    push(14, u64::from(words.quote[i]));
    push(15, mix(shape_at(1), shape_at(-1)));
    push(16, mix(words.stem[i], shape_at(1)));
    push(17, mix(u64::from(words.rule_cue[i]), p));
    push(18, mix(words.lower[i], u64::from(words.rule_cue[i])));
    // A name or pronoun just before: the usual subject of a verb of saying.
    let mut subject = 0u64;
    for offset in 1..=3 {
        let j = i as isize - offset;
        if j < range.start as isize {
            break;
        }
        let j = j as usize;
        if words.shape[j] == SHAPE_CAPITAL || words.pronoun[j] || words.entity[j] != 0 {
            subject = offset as u64;
            break;
        }
    }
    push(19, subject);
    push(20, mix(words.stem[i], subject));
    push(21, mix(u64::from(words.entity[i]), p));
    push(22, mix(at(-1), p));
    push(23, u64::from((i - range.start).min(6) as u8));
    // A quotation ending right before, or a "that" after.
    push(
        24,
        mix(
            words.stem[i],
            u64::from(words.quote[i.saturating_sub(1).max(range.start)]),
        ),
    );
    // The word's beginning ("acknowledg-", "insist-") and its two last
    // letters, for cue words seen rarely in train.
    let prefix_end = first_chars_end(lower, 5);
    push(25, hash_str(&lower[..prefix_end]));
    let suffix2 = last_chars_start(lower, 2);
    push(26, mix(hash_str(&lower[suffix2..]), shape_at(1)));
    push(27, mix(at(1), at(2)));
    push(28, mix(words.stem[i], at(1)));
    cluster_cue_features(words, range, i, p, &mut push);
    n
}

/// The cue detector's word-cluster features: the word's cluster and its
/// parent with the label before, and the clusters around it.
fn cluster_cue_features(
    words: &Words,
    range: std::ops::Range<usize>,
    i: usize,
    p: u64,
    push: &mut impl FnMut(u64, u64),
) {
    if words.cluster[i] == 0 {
        return;
    }
    let around = |j: Option<usize>| {
        j.filter(|j| range.contains(j))
            .map_or(0, |j| words.cluster_up(j, CLUSTER_UP))
    };
    push(29, words.cluster_up(i, 0));
    push(30, mix(words.cluster_up(i, CLUSTER_UP), p));
    push(31, mix(words.cluster_up(i, 0), around(i.checked_sub(1))));
    push(32, mix(words.cluster_up(i, 0), around(Some(i + 1))));
}

/// Span labels: outside, source (begin, inside), content (begin, inside).
pub const SPAN_O: usize = 0;
pub const SPAN_SB: usize = 1;
pub const SPAN_SI: usize = 2;
pub const SPAN_CB: usize = 3;
pub const SPAN_CI: usize = 4;
/// Number of span labels.
pub const SPAN_LABELS: usize = 5;

/// The cue a span decision is about, and the rule finder's opinion of it.
pub struct CueContext<'r> {
    /// First and last word of the cue.
    pub first: usize,
    pub last: usize,
    /// Hash of the cue's last word's stem.
    pub head: u64,
    /// The rule finder's attribution with this cue, if any.
    pub rule: Option<&'r Found>,
    /// The rule's source words and content byte spans.
    pub rule_source: Option<(usize, usize)>,
}

/// A signed distance in a few buckets.
fn distance_bucket(distance: isize) -> u64 {
    let magnitude = match distance.unsigned_abs() {
        0 => 0,
        1 => 1,
        2 => 2,
        3 => 3,
        4..=5 => 4,
        6..=8 => 5,
        9..=13 => 6,
        14..=20 => 7,
        _ => 8,
    };
    if distance < 0 {
        magnitude + 16
    } else {
        magnitude
    }
}

/// What lies between a cue and a word of its sentence.
pub struct Between {
    /// Commas, semicolons and dashes.
    pub commas: usize,
    /// Whether a quotation mark does.
    pub marks: bool,
    /// First words of other cues of the rule finder.
    pub cues: usize,
    /// Words "that".
    pub thats: usize,
}

/// Which of the span features [`span_features`] builds: all of them (as
/// the trainer reads them), or only those that depend on the word and on
/// which side of the cue it stands ([`SPAN_WORD`]), or only the others
/// that depend on the cue ([`SPAN_CUE`]), but for the small ones
/// ([`SMALL_GROUPS`]), which depend on a few small codes only. The three
/// parts together are the whole, so the tagger can sum the first once per
/// word and side of a sentence, the small ones once per model for every
/// value of their codes, and only the second for each cue and word.
pub const SPAN_ALL: u8 = 0;
/// See [`SPAN_ALL`].
pub const SPAN_WORD: u8 = 1;
/// See [`SPAN_ALL`].
pub const SPAN_CUE: u8 = 2;

/// Whether span feature `template` belongs to `part` (see [`SPAN_ALL`]).
#[inline(always)]
const fn span_part_keeps(part: u8, template: u64) -> bool {
    let word_only = matches!(
        template,
        102 | 103 | 105 | 106 | 110 | 114 | 118 | 119 | 125 | 126 | 127 | 128 | 131
    );
    let small = matches!(
        template,
        101 | 104 | 107 | 108 | 109 | 111 | 112 | 117 | 120 | 123 | 124
    );
    match part {
        SPAN_WORD => word_only,
        SPAN_CUE => !word_only && !small,
        _ => true,
    }
}

/// The small codes a span decision's small features read (see
/// [`small_value`]): each takes a few values only.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct SpanCodes {
    /// 1: before the cue, 2: after it, 3: in it.
    pub side: u64,
    /// The distance to the cue ([`distance_bucket`]).
    pub bucket: u64,
    /// The word's shape and quotation state, and its entity kind (0: none).
    pub shape: u64,
    pub quote: u64,
    pub entity: u64,
    /// Between the cue and the word: a quotation mark (0 or 1), commas
    /// (at most 3), other cues of the rules (at most 3), "that" (at most 2).
    pub marks: u64,
    pub commas: u64,
    pub cues: u64,
    pub thats: u64,
    /// What the rule finder says of the word for this cue (0: the rules
    /// do not know the cue, else 1 and `RULE_SOURCE`, `RULE_CONTENT`).
    pub rule: u64,
}

/// The value of small span feature `template` (see [`SMALL_GROUPS`]): the
/// one place these features are defined, for [`span_features`] and for
/// the sums made ahead of them ([`small_group_sums`]).
#[inline(always)]
fn small_value(template: u64, c: &SpanCodes) -> u64 {
    match template {
        101 => mix(c.side, c.bucket),
        104 => mix(mix(c.side, c.bucket), c.shape),
        107 => mix(mix(c.side, c.quote), c.marks),
        108 => mix(mix(c.side, c.commas), c.bucket.min(20)),
        109 => mix(mix(c.side, c.entity), c.bucket),
        111 => mix(c.side, c.rule),
        112 => mix(mix(c.side, c.rule), c.bucket),
        117 => mix(mix(c.side, u64::from(c.rule != 0)), c.shape),
        120 => mix(mix(c.side, c.rule), c.quote),
        123 => mix(c.side, c.cues),
        124 => mix(mix(c.side, c.thats), c.bucket),
        _ => unreachable!("span feature {template} is not a small one"),
    }
}

/// The small span features, in groups whose weights are summed ahead for
/// every value of the codes they read ([`small_group_key`]): a word
/// outside its cue then looks up one sum per group instead of a weight per
/// feature.
pub const SMALL_GROUPS: [&[u64]; 4] = [&[101, 104, 117], &[108, 124], &[109, 112], &[107, 111, 120, 123]];

/// The values of the buckets of [`distance_bucket`], side by side.
const BUCKETS: u64 = 18;
/// The values of the rule code: none, or 1 with source and content flags.
const RULE_CODES: u64 = 5;

/// The number of keys of each group of [`SMALL_GROUPS`].
pub const SMALL_GROUP_KEYS: [usize; 4] = [
    (2 * BUCKETS * 9 * 2) as usize,
    (2 * BUCKETS * 4 * 3) as usize,
    (2 * BUCKETS * 4 * RULE_CODES) as usize,
    (2 * 4 * 2 * RULE_CODES * 4) as usize,
];

/// The key of the codes of a word outside its cue (side 1 or 2) in group
/// `group` of [`SMALL_GROUPS`], below `SMALL_GROUP_KEYS[group]`.
#[inline(always)]
pub fn small_group_key(group: usize, c: &SpanCodes) -> usize {
    let side = c.side - 1;
    // Buckets run 0..=8, then 16..=24 before the cue.
    let bucket = if c.bucket >= 16 { c.bucket - 7 } else { c.bucket };
    // Rule codes are 0, 1, 5, 9, 13.
    let rule = (c.rule + 3) / 4;
    (match group {
        0 => ((side * BUCKETS + bucket) * 9 + c.shape) * 2 + u64::from(c.rule != 0),
        1 => ((side * BUCKETS + bucket) * 4 + c.commas) * 3 + c.thats,
        2 => ((side * BUCKETS + bucket) * 4 + c.entity) * RULE_CODES + rule,
        _ => (((side * 4 + c.quote) * 2 + c.marks) * RULE_CODES + rule) * 4 + c.cues,
    }) as usize
}

/// For each group of [`SMALL_GROUPS`], `sums(features)` of the group's
/// features for every key, in key order: the codes of every key are
/// enumerated and the features those codes give are summed.
pub fn small_group_sums<T>(mut sums: impl FnMut(&[u64]) -> T) -> [Vec<T>; 4] {
    let mut groups: [Vec<Option<T>>; 4] = Default::default();
    for (group, keys) in groups.iter_mut().zip(SMALL_GROUP_KEYS) {
        group.resize_with(keys, || None);
    }
    let rules = [0u64, 1, 5, 9, 13];
    let buckets = (0..=8u64).chain(16..=24);
    for side in 1..=2u64 {
        for bucket in buckets.clone() {
            for value in 0..9u64 {
                for &rule in &rules {
                    for (small, marks) in (0..4u64).flat_map(|small| [(small, 0), (small, 1)]) {
                        let codes = SpanCodes {
                            side,
                            bucket,
                            shape: value,
                            quote: value % 4,
                            entity: value % 4,
                            marks,
                            commas: small,
                            cues: small,
                            thats: value % 3,
                            rule,
                        };
                        for (group, templates) in SMALL_GROUPS.iter().enumerate() {
                            let key = small_group_key(group, &codes);
                            if groups[group][key].is_none() {
                                let features: Vec<u64> =
                                    templates.iter().map(|&t| mix(t, small_value(t, &codes))).collect();
                                groups[group][key] = Some(sums(&features));
                            }
                        }
                    }
                }
            }
        }
    }
    groups.map(|group| {
        group
            .into_iter()
            .map(|sums| sums.expect("every key of a group is made"))
            .collect()
    })
}

/// Features of word `j` for the span tagger of one cue, given what lies
/// between the cue and `j`: those of `PART` (see [`SPAN_ALL`]), into
/// `out`, in the same order in every part; returns the codes the small
/// features read (see [`SMALL_GROUPS`]).
#[inline(always)]
pub fn span_features<const PART: u8>(
    view: &View,
    words: &Words,
    range: std::ops::Range<usize>,
    cue: &CueContext,
    j: usize,
    between: &Between,
    out: &mut impl Sink,
) -> SpanCodes {
    let (commas, marks) = (between.commas, between.marks);
    const NONE: u64 = 0x51;
    let side: u64 = if j < cue.first {
        1
    } else if j > cue.last {
        2
    } else {
        3
    };
    let distance = if j < cue.first {
        j as isize - cue.first as isize
    } else if j > cue.last {
        j as isize - cue.last as isize
    } else {
        0
    };
    let bucket = distance_bucket(distance);
    let at = |offset: isize| -> u64 {
        let k = j as isize + offset;
        if k < range.start as isize || k >= range.end as isize {
            NONE
        } else {
            words.lower[k as usize]
        }
    };
    // Only the cue's part reads the rule's opinion.
    let rule = match (cue.rule, cue.rule_source) {
        _ if PART == SPAN_WORD => 0,
        (None, _) => 0u64,
        (Some(found), source) => {
            let span = view.words[j].span;
            let mut code = 1u64;
            if source.is_some_and(|(first, last)| first <= j && j <= last) {
                code |= u64::from(RULE_SOURCE);
            }
            if found
                .parts
                .iter()
                .any(|part| part.start <= span.start && span.end <= part.end)
            {
                code |= u64::from(RULE_CONTENT);
            }
            code
        }
    };
    // A feature of `PART`: the value of another part's feature is not
    // even computed.
    macro_rules! push {
        ($template:expr, $value:expr) => {
            if span_part_keeps(PART, $template) {
                out.push(mix($template, $value));
            }
        };
    }
    let shape = u64::from(words.shape[j]);
    let quote = u64::from(words.quote[j]);
    let commas = commas.min(3) as u64;
    let codes = SpanCodes {
        side,
        bucket,
        shape,
        quote,
        entity: u64::from(words.entity[j]),
        marks: u64::from(marks),
        commas,
        cues: between.cues.min(3) as u64,
        thats: between.thats.min(2) as u64,
        rule,
    };
    // A small feature (its value is defined once, in `small_value`).
    macro_rules! push_small {
        ($template:expr) => {
            push!($template, small_value($template, &codes))
        };
    }
    push_small!(101);
    push!(102, mix(side, words.lower[j]));
    push!(103, words.lower[j]);
    push_small!(104);
    push!(105, mix(side, at(-1)));
    push!(106, mix(side, at(1)));
    push_small!(107);
    push_small!(108);
    push_small!(109);
    push!(110, mix(side, u64::from(words.pronoun[j])));
    push_small!(111);
    push_small!(112);
    push!(113, mix(mix(side, cue.head), bucket));
    push!(114, mix(side, words.stem[j]));
    push!(115, mix(mix(side, cue.head), quote));
    push!(116, mix(mix(side, cue.head), commas));
    push_small!(117);
    push!(118, mix(mix(side, shape), at(-1)));
    push!(119, mix(u64::from(j == range.start), u64::from(j + 1 == range.end)));
    push_small!(120);
    if distance.unsigned_abs() <= 2 {
        push!(121, mix(bucket, words.lower[j]));
        push!(122, mix(mix(bucket, words.lower[j]), cue.head));
    }
    let shape_at = |offset: isize| -> u64 {
        let k = j as isize + offset;
        if k < range.start as isize || k >= range.end as isize {
            99
        } else {
            u64::from(words.shape[k as usize])
        }
    };
    push_small!(123);
    push_small!(124);
    push!(125, mix(side, distance_bucket((range.end - 1 - j) as isize)));
    push!(126, mix(side, mix(words.lower[j], at(1))));
    push!(127, mix(mix(side, shape), mix(shape_at(1), shape_at(-1))));
    push!(128, {
        let lower: &str = &view.words[j].lower;
        let suffix_start = last_chars_start(lower, 3);
        mix(side, hash_str(&lower[suffix_start..]))
    });
    push!(129, mix(mix(side, cue.head), u64::from(between.cues.min(2) as u8)));
    push!(130, mix(mix(side, cue.head), words.lower[j]));
    // The word's cluster by side and distance, and the cue's cluster (for
    // cue words seen rarely in train) with the side and distance.
    push!(131, mix(side, words.cluster_up(j, 0)));
    push!(132, mix(mix(side, bucket), words.cluster_up(j, CLUSTER_UP)));
    push!(133, mix(mix(side, words.cluster_up(cue.last, 0)), bucket));
    push!(
        134,
        mix(
            mix(side, words.cluster_up(cue.last, 0)),
            words.cluster_up(j, CLUSTER_UP)
        )
    );
    codes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_beginnings_and_endings_count_characters_not_bytes() {
        // The same bounds as counting characters, in ASCII or not.
        for text in [
            "", "a", "ab", "abc", "saying", "café", "naïve", "über", "résumé", "—", "x—y",
        ] {
            for n in 1..=6 {
                let start = text.char_indices().rev().nth(n - 1).map_or(0, |(at, _)| at);
                assert_eq!(last_chars_start(text, n), start, "last {n} of {text:?}");
                let end = text.char_indices().nth(n).map_or(text.len(), |(at, _)| at);
                assert_eq!(first_chars_end(text, n), end, "first {n} of {text:?}");
            }
        }
    }
}
