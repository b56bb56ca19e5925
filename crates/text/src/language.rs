//! Which language a text is written in, as an ISO 639-1 code, and what the
//! other modules know about each language.
//!
//! Identification reads a prefix of the text: the first
//! [`IDENTIFY_PREFIX_BYTES`] bytes are enough to tell a news article's
//! language, and reading more only costs time. It runs in two steps:
//!
//! 1. A stopword vote: the words of the prefix are looked up in the stopword
//!    lists of [`crate::stopwords`]. When one language has clearly the most
//!    hits, and nothing hints at a close relative that has no list (Catalan
//!    for Spanish, Afrikaans for Dutch, Ukrainian or Bulgarian for Russian),
//!    that language wins. This settles most news articles in a few
//!    microseconds.
//! 2. Otherwise `whatlang` decides. It knows 70 languages but compares
//!    trigram profiles of each candidate, which costs a few hundred
//!    microseconds per article: too slow to run on every article of a
//!    stream, fine as the fallback.
//!
//! Codes given by inputs come in every spelling (`en`, `EN`, `en-US`,
//! `eng`, `English`); they are folded to ISO 639-1 by
//! [`normalize_language_code`].
//!
//! [`Profile`] gathers, for one language, the tables the sentence splitter
//! and the tokenizer need, so that they look the language up once per
//! article rather than once per word.

use chorus_model::hash::FastMap;
use rust_stemmers::{Algorithm, Stemmer};
use std::sync::OnceLock;

use crate::abbreviations::{self, Abbreviations};
use crate::stopwords;

/// How many bytes of text (title included) language identification reads.
pub const IDENTIFY_PREFIX_BYTES: usize = 2000;

/// Fewest letters a text needs before its language is guessed at all.
const MIN_LETTERS: usize = 3;

/// Confidence (0 to 1, as `whatlang` reports it) below which a guess is
/// dropped. `whatlang` calls 0.9 "reliable"; on English news headlines,
/// guesses under 0.5 are wrong more often than right, guesses above it are
/// right 49 times in 50.
const MIN_CONFIDENCE: f64 = 0.5;

/// Identify the language of `text`, as an ISO 639-1 code.
///
/// Reads at most the first [`IDENTIFY_PREFIX_BYTES`] bytes. Returns `None`
/// when the text has almost no letters, or when the best guess is too weak
/// to be of use.
pub fn identify_language(text: &str) -> Option<&'static str> {
    let sample = prefix(text, IDENTIFY_PREFIX_BYTES);
    if sample.chars().filter(|c| c.is_alphabetic()).take(MIN_LETTERS).count() < MIN_LETTERS {
        return None;
    }
    if let Some(code) = vote_by_stopwords(sample) {
        return Some(code);
    }
    let info = whatlang::detect(sample)?;
    if !info.is_reliable() && info.confidence() < MIN_CONFIDENCE {
        return None;
    }
    iso639_1_from_alias(info.lang().code())
}

/// Fewest stopword hits the winner of the vote needs.
const VOTE_MIN_HITS: usize = 3;
/// Words the stopword vote reads at most.
const VOTE_MAX_WORDS: usize = 300;
/// The vote stops early once it has read this many words and is decisive.
const VOTE_ENOUGH_WORDS: usize = 60;
/// Least share of the words that must be stopwords of the winner.
const VOTE_MIN_SHARE: usize = 5; // one word in five
/// How many times the runner-up's hits the winner needs.
const VOTE_MIN_LEAD: usize = 2;

/// Words of languages without a stopword list that are common in them and
/// rare in a close relative that has one: seeing a few of them means the
/// vote cannot tell the two apart, and `whatlang` decides instead.
const RELATIVE_MARKERS: &[(&str, &[&str])] = &[
    // Catalan and Galician.
    (
        "es",
        &[
            "amb", "els", "dels", "als", "pels", "però", "això", "aquest", "aquesta", "unha", "polo", "pola", "coa",
            "dunha",
        ],
    ),
    // Galician.
    ("pt", &["unha", "polo", "pola", "coa", "dunha", "non", "xa"]),
    // Afrikaans.
    ("nl", &["nie", "hulle", "baie", "sy"]),
    // Luxembourgish.
    ("de", &["ass", "fir", "vun", "awer"]),
    // Occitan, Catalan.
    ("fr", &["amb", "els", "dels", "lo", "fòrça"]),
];

/// The stopword vote (see the module documentation): the language whose
/// stopwords clearly dominate the words of `sample`, if any.
fn vote_by_stopwords(sample: &str) -> Option<&'static str> {
    let index = vote_index();
    let mut ballot = Ballot::default();
    let mut lower = String::new();
    let split = sample
        .split(|c: char| !c.is_alphabetic())
        .filter(|word| !word.is_empty());
    for word in split.take(VOTE_MAX_WORDS) {
        ballot.words += 1;
        lower.clear();
        if word.is_ascii() {
            lower.push_str(word);
            lower.make_ascii_lowercase();
        } else {
            lower.extend(word.chars().flat_map(char::to_lowercase));
        }
        if let Some(&(stop_mask, marker_mask)) = index.get(lower.as_str()) {
            ballot.count(stop_mask, marker_mask);
        }
        if ballot.words % VOTE_ENOUGH_WORDS == 0 && ballot.winner().is_some() {
            break;
        }
    }
    let code = stopwords::LISTS[ballot.winner()?].0;
    (!relative_by_letters(code, sample)).then_some(code)
}

/// The counts of the stopword vote.
#[derive(Default)]
struct Ballot {
    words: usize,
    /// Stopword hits per language of [`stopwords::LISTS`].
    hits: [usize; stopwords::LISTS.len()],
    /// Hits of words that point to a relative of each language.
    markers: [usize; stopwords::LISTS.len()],
}

impl Ballot {
    fn count(&mut self, stop_mask: u16, marker_mask: u16) {
        for language in 0..self.hits.len() {
            self.hits[language] += usize::from(stop_mask >> language & 1 == 1);
            self.markers[language] += usize::from(marker_mask >> language & 1 == 1);
        }
    }

    /// The index of the winning language, if the vote is decisive so far.
    fn winner(&self) -> Option<usize> {
        let (winner, &best) = self.hits.iter().enumerate().max_by_key(|(_, &count)| count)?;
        let runner_up = self
            .hits
            .iter()
            .enumerate()
            .filter(|&(i, _)| i != winner)
            .map(|(_, &c)| c)
            .max();
        let decisive = best >= VOTE_MIN_HITS
            && best * VOTE_MIN_SHARE >= self.words
            && best >= runner_up.unwrap_or(0) * VOTE_MIN_LEAD
            && self.markers[winner] < 2;
        decisive.then_some(winner)
    }
}

/// Whether the letters of `sample` point to a relative of `code` rather
/// than to `code` itself: Cyrillic letters that Russian does not use
/// (Ukrainian, Belarusian, Serbian, Macedonian), or no letter that only
/// Russian uses (Bulgarian).
fn relative_by_letters(code: &str, sample: &str) -> bool {
    if code != "ru" {
        return false;
    }
    let foreign = sample.chars().any(|c| {
        matches!(
            c,
            'і' | 'ї' | 'є' | 'ґ' | 'ў' | 'ј' | 'љ' | 'њ' | 'ћ' | 'ђ' | 'џ' | 'ѓ' | 'ќ' | 'ѕ'
        )
    });
    let russian = sample.chars().any(|c| matches!(c, 'ы' | 'э' | 'ё' | 'Ы' | 'Э' | 'Ё'));
    foreign || !russian
}

/// Every stopword and relative marker, with a bit per language of
/// [`stopwords::LISTS`]: which lists hold it, and which languages it
/// argues against.
fn vote_index() -> &'static FastMap<&'static str, (u16, u16)> {
    static INDEX: OnceLock<FastMap<&'static str, (u16, u16)>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut merged: FastMap<&'static str, (u16, u16)> = FastMap::default();
        for (bit, (_, list)) in stopwords::LISTS.iter().enumerate() {
            for word in list.iter() {
                merged.entry(*word).or_default().0 |= 1u16 << bit;
            }
        }
        for (code, words) in RELATIVE_MARKERS {
            if let Some(bit) = stopwords::LISTS.iter().position(|(list_code, _)| list_code == code) {
                for word in words.iter() {
                    merged.entry(*word).or_default().1 |= 1u16 << bit;
                }
            }
        }
        merged
    })
}

/// Identify the language of an article from its title and text.
pub(crate) fn identify_article(title: Option<&str>, text: &str) -> Option<&'static str> {
    match title.map(str::trim).filter(|t| !t.is_empty()) {
        None => identify_language(text),
        Some(title) => {
            let mut sample = String::with_capacity(IDENTIFY_PREFIX_BYTES + 4);
            sample.push_str(prefix(title, IDENTIFY_PREFIX_BYTES));
            sample.push('\n');
            let room = IDENTIFY_PREFIX_BYTES.saturating_sub(sample.len());
            sample.push_str(prefix(text, room));
            identify_language(&sample)
        }
    }
}

/// Fold a language code or name, as inputs write it, to ISO 639-1 lower case.
///
/// Accepts two-letter codes in any case, with region or script subtags
/// (`en-US`, `pt_BR`, `zh-Hant-TW`), three-letter codes (ISO 639-2/B, 639-2/T
/// and the 639-3 codes `whatlang` uses), and common English and native names
/// (`English`, `Deutsch`, `русский`). Returns `None` for anything else.
pub fn normalize_language_code(code: &str) -> Option<String> {
    canonical_code(code).map(str::to_string)
}

/// [`normalize_language_code`] without the allocation.
pub(crate) fn canonical_code(code: &str) -> Option<&'static str> {
    let code = code.trim();
    // "Portuguese (Brazil)", "en_US.UTF-8": the language is the first part.
    let name = code.split(['(', '.', ',', ';']).next().unwrap_or(code).trim();
    if name.is_empty() || name.len() > 40 {
        return None;
    }
    if let Some(found) = iso639_1_from_alias(&name.to_lowercase()) {
        return Some(found);
    }
    let primary = name.split(['-', '_', ' ']).next().unwrap_or(name).to_lowercase();
    iso639_1_from_alias(&primary)
}

/// The language to use for an optional code given to a public function: a
/// canonical two-letter code passes straight through, anything else is
/// normalized first.
pub(crate) fn resolve(language: Option<&str>) -> Option<&'static str> {
    let code = language?;
    if code.len() == 2 {
        if let Ok(index) = ISO_639_1.binary_search(&code) {
            return Some(ISO_639_1[index]);
        }
    }
    canonical_code(code)
}

/// The ISO 639-1 code for a lower-case code or name, if known.
fn iso639_1_from_alias(alias: &str) -> Option<&'static str> {
    if alias.len() == 2 {
        if let Ok(index) = ISO_639_1.binary_search(&alias) {
            return Some(ISO_639_1[index]);
        }
    }
    ALIASES
        .iter()
        .find(|(_, aliases)| aliases.contains(&alias))
        .map(|(code, _)| *code)
}

/// The longest prefix of `text` of at most `max_bytes` bytes that ends on a
/// character boundary.
pub(crate) fn prefix(text: &str, max_bytes: usize) -> &str {
    if text.len() <= max_bytes {
        return text;
    }
    let mut end = max_bytes;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// All ISO 639-1 codes, sorted, so that a valid code can be returned as a
/// `&'static str`.
const ISO_639_1: &[&str] = &[
    "aa", "ab", "ae", "af", "ak", "am", "an", "ar", "as", "av", "ay", "az", "ba", "be", "bg", "bh", "bi", "bm", "bn",
    "bo", "br", "bs", "ca", "ce", "ch", "co", "cr", "cs", "cu", "cv", "cy", "da", "de", "dv", "dz", "ee", "el", "en",
    "eo", "es", "et", "eu", "fa", "ff", "fi", "fj", "fo", "fr", "fy", "ga", "gd", "gl", "gn", "gu", "gv", "ha", "he",
    "hi", "ho", "hr", "ht", "hu", "hy", "hz", "ia", "id", "ie", "ig", "ii", "ik", "io", "is", "it", "iu", "ja", "jv",
    "ka", "kg", "ki", "kj", "kk", "kl", "km", "kn", "ko", "kr", "ks", "ku", "kv", "kw", "ky", "la", "lb", "lg", "li",
    "ln", "lo", "lt", "lu", "lv", "mg", "mh", "mi", "mk", "ml", "mn", "mr", "ms", "mt", "my", "na", "nb", "nd", "ne",
    "ng", "nl", "nn", "no", "nr", "nv", "ny", "oc", "oj", "om", "or", "os", "pa", "pi", "pl", "ps", "pt", "qu", "rm",
    "rn", "ro", "ru", "rw", "sa", "sc", "sd", "se", "sg", "si", "sk", "sl", "sm", "sn", "so", "sq", "sr", "ss", "st",
    "su", "sv", "sw", "ta", "te", "tg", "th", "ti", "tk", "tl", "tn", "to", "tr", "ts", "tt", "tw", "ty", "ug", "uk",
    "ur", "uz", "ve", "vi", "vo", "wa", "wo", "xh", "yi", "yo", "za", "zh", "zu",
];

/// Other spellings of a language, lower case: ISO 639-2/B, 639-2/T and
/// 639-3 codes (every code `whatlang` can return is here), deprecated
/// two-letter codes, and English and native names.
const ALIASES: &[(&str, &[&str])] = &[
    ("af", &["afr", "afrikaans"]),
    ("ak", &["aka", "akan", "twi"]),
    ("am", &["amh", "amharic", "አማርኛ"]),
    ("ar", &["ara", "arb", "arabic", "العربية"]),
    ("az", &["aze", "azj", "azerbaijani", "azərbaycan"]),
    ("be", &["bel", "belarusian", "беларуская"]),
    ("bg", &["bul", "bulgarian", "български"]),
    ("bn", &["ben", "bengali", "bangla", "বাংলা"]),
    ("bs", &["bos", "bosnian", "bosanski"]),
    ("ca", &["cat", "catalan", "català"]),
    ("cs", &["ces", "cze", "czech", "čeština"]),
    ("cy", &["cym", "wel", "welsh", "cymraeg"]),
    ("da", &["dan", "danish", "dansk"]),
    ("de", &["deu", "ger", "german", "deutsch"]),
    ("el", &["ell", "gre", "greek", "ελληνικά"]),
    ("en", &["eng", "english"]),
    ("eo", &["epo", "esperanto"]),
    ("es", &["spa", "spanish", "español", "espanol", "castellano"]),
    ("et", &["est", "ekk", "estonian", "eesti"]),
    ("eu", &["eus", "baq", "basque", "euskara"]),
    ("fa", &["fas", "per", "pes", "persian", "farsi", "فارسی"]),
    ("fi", &["fin", "finnish", "suomi"]),
    ("fr", &["fra", "fre", "french", "français", "francais"]),
    ("ga", &["gle", "irish", "gaeilge"]),
    ("gl", &["glg", "galician", "galego"]),
    ("gu", &["guj", "gujarati"]),
    ("ha", &["hau", "hausa"]),
    ("he", &["heb", "iw", "hebrew", "עברית"]),
    ("hi", &["hin", "hindi", "हिन्दी", "हिंदी"]),
    ("hr", &["hrv", "croatian", "hrvatski"]),
    ("hu", &["hun", "hungarian", "magyar"]),
    ("hy", &["hye", "arm", "armenian", "հայերեն"]),
    ("id", &["ind", "in", "indonesian", "bahasa indonesia"]),
    ("is", &["isl", "ice", "icelandic", "íslenska"]),
    ("it", &["ita", "italian", "italiano"]),
    ("ja", &["jpn", "japanese", "日本語"]),
    ("jv", &["jav", "javanese"]),
    ("ka", &["kat", "geo", "georgian", "ქართული"]),
    ("kk", &["kaz", "kazakh", "қазақ"]),
    ("km", &["khm", "khmer"]),
    ("kn", &["kan", "kannada"]),
    ("ko", &["kor", "korean", "한국어"]),
    ("ku", &["kur", "kmr", "ckb", "kurdish"]),
    ("ky", &["kir", "kyrgyz"]),
    ("la", &["lat", "latin"]),
    ("lb", &["ltz", "luxembourgish"]),
    ("lt", &["lit", "lithuanian", "lietuvių"]),
    ("lv", &["lav", "lvs", "latvian", "latviešu"]),
    ("mk", &["mkd", "mac", "macedonian", "македонски"]),
    ("ml", &["mal", "malayalam"]),
    ("mn", &["mon", "khk", "mongolian"]),
    ("mr", &["mar", "marathi", "मराठी"]),
    ("ms", &["msa", "may", "zsm", "malay", "bahasa melayu"]),
    ("mt", &["mlt", "maltese"]),
    ("my", &["mya", "bur", "burmese"]),
    ("nb", &["nob", "bokmål", "bokmal", "norwegian bokmål"]),
    ("ne", &["nep", "npi", "nepali"]),
    ("nl", &["nld", "dut", "dutch", "flemish", "nederlands"]),
    ("nn", &["nno", "nynorsk", "norwegian nynorsk"]),
    ("no", &["nor", "norwegian", "norsk"]),
    ("or", &["ori", "ory", "oriya", "odia"]),
    ("pa", &["pan", "pnb", "punjabi", "panjabi"]),
    ("pl", &["pol", "polish", "polski"]),
    ("ps", &["pus", "pbt", "pashto"]),
    ("pt", &["por", "portuguese", "português", "portugues"]),
    ("ro", &["ron", "rum", "mo", "romanian", "română", "romana"]),
    ("ru", &["rus", "russian", "русский"]),
    ("si", &["sin", "sinhala", "sinhalese"]),
    ("sk", &["slk", "slo", "slovak", "slovenčina"]),
    ("sl", &["slv", "slovenian", "slovene", "slovenščina"]),
    ("sn", &["sna", "shona"]),
    ("so", &["som", "somali"]),
    ("sq", &["sqi", "alb", "als", "albanian", "shqip"]),
    ("sr", &["srp", "serbian", "српски", "srpski"]),
    ("sv", &["swe", "swedish", "svenska"]),
    ("sw", &["swa", "swh", "swahili", "kiswahili"]),
    ("ta", &["tam", "tamil", "தமிழ்"]),
    ("te", &["tel", "telugu"]),
    ("tg", &["tgk", "tajik"]),
    ("th", &["tha", "thai", "ไทย"]),
    ("tk", &["tuk", "turkmen"]),
    ("tl", &["tgl", "fil", "tagalog", "filipino"]),
    ("tr", &["tur", "turkish", "türkçe"]),
    ("uk", &["ukr", "ukrainian", "українська"]),
    ("ur", &["urd", "urdu", "اردو"]),
    ("uz", &["uzb", "uzn", "uzbek", "o‘zbek"]),
    ("vi", &["vie", "vietnamese", "tiếng việt"]),
    ("yi", &["yid", "ji", "yiddish", "ייִדיש"]),
    ("yo", &["yor", "yoruba"]),
    (
        "zh",
        &[
            "zho", "chi", "cmn", "yue", "chinese", "mandarin", "中文", "汉语", "漢語",
        ],
    ),
    ("zu", &["zul", "zulu", "isizulu"]),
];

/// What the sentence splitter and the tokenizer need to know about one
/// language, looked up once per call.
pub(crate) struct Profile {
    /// The ISO 639-1 code, if the language is known.
    pub code: Option<&'static str>,
    /// Abbreviations of the language, searched before the common ones.
    pub abbreviations: &'static Abbreviations,
    /// Sorted stopwords (English when the language has no list).
    pub stopwords: &'static [&'static str],
    /// Snowball stemmer, when there is one for the language.
    pub stemmer: Option<&'static Stemmer>,
    /// Whether a period after a number can mark an ordinal (`am 3. Oktober`).
    pub ordinal_dot: bool,
    /// Whether `,` is the decimal separator and `.` groups thousands.
    pub decimal_comma: bool,
    /// Elided words written with an apostrophe before a word (`l'`, `dell'`),
    /// dropped before stemming.
    pub elisions: &'static [&'static str],
}

impl Profile {
    /// The profile of an ISO 639-1 code (`None`: unknown language).
    pub(crate) fn new(language: Option<&'static str>) -> Profile {
        let code = language.unwrap_or("");
        Profile {
            code: language,
            abbreviations: abbreviations::for_language(language),
            stopwords: stopwords::list_for(language),
            stemmer: stemmer_for(code),
            ordinal_dot: ORDINAL_DOT.contains(&code),
            decimal_comma: DECIMAL_COMMA.contains(&code),
            elisions: match code {
                "fr" => FRENCH_ELISIONS,
                "it" => ITALIAN_ELISIONS,
                _ => &[],
            },
        }
    }
}

/// Languages that write ordinal numbers with a period (`3.` for "third").
const ORDINAL_DOT: &[&str] = &[
    "bs", "cs", "da", "de", "et", "fi", "fo", "hr", "hu", "is", "lt", "lv", "nb", "nn", "no", "pl", "sk", "sl", "sr",
    "tr",
];

/// Languages whose decimal separator is a comma.
const DECIMAL_COMMA: &[&str] = &[
    "az", "be", "bg", "bs", "ca", "cs", "da", "de", "el", "es", "et", "eu", "fi", "fr", "gl", "hr", "hu", "hy", "id",
    "is", "it", "ka", "kk", "lt", "lv", "mk", "nb", "nl", "nn", "no", "pl", "pt", "ro", "ru", "sk", "sl", "sq", "sr",
    "sv", "tr", "uk", "uz", "vi",
];

const FRENCH_ELISIONS: &[&str] = &[
    "c", "d", "j", "jusqu", "l", "lorsqu", "m", "n", "puisqu", "qu", "quoiqu", "s", "t",
];

const ITALIAN_ELISIONS: &[&str] = &[
    "all", "anch", "c", "coll", "d", "dall", "dell", "l", "m", "nell", "quell", "quest", "s", "sull", "t", "un", "v",
];

/// The Snowball stemmer for an ISO 639-1 code, created once per process.
fn stemmer_for(code: &str) -> Option<&'static Stemmer> {
    const ALGORITHMS: usize = 18;
    static STEMMERS: [OnceLock<Stemmer>; ALGORITHMS] = [const { OnceLock::new() }; ALGORITHMS];
    let (slot, algorithm) = match code {
        "ar" => (0, Algorithm::Arabic),
        "da" => (1, Algorithm::Danish),
        "nl" => (2, Algorithm::Dutch),
        "en" => (3, Algorithm::English),
        "fi" => (4, Algorithm::Finnish),
        "fr" => (5, Algorithm::French),
        "de" => (6, Algorithm::German),
        "el" => (7, Algorithm::Greek),
        "hu" => (8, Algorithm::Hungarian),
        "it" => (9, Algorithm::Italian),
        "no" | "nb" | "nn" => (10, Algorithm::Norwegian),
        "pt" => (11, Algorithm::Portuguese),
        "ro" => (12, Algorithm::Romanian),
        "ru" => (13, Algorithm::Russian),
        "es" => (14, Algorithm::Spanish),
        "sv" => (15, Algorithm::Swedish),
        "ta" => (16, Algorithm::Tamil),
        "tr" => (17, Algorithm::Turkish),
        _ => return None,
    };
    Some(STEMMERS[slot].get_or_init(|| Stemmer::create(algorithm)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_normalize(input: &str, expected: Option<&str>) {
        assert_eq!(
            normalize_language_code(input).as_deref(),
            expected,
            "normalizing {input:?}"
        );
    }

    #[test]
    fn normalizes_codes_and_names() {
        check_normalize("en", Some("en"));
        check_normalize("EN", Some("en"));
        check_normalize(" en-US ", Some("en"));
        check_normalize("en_GB.UTF-8", Some("en"));
        check_normalize("eng", Some("en"));
        check_normalize("English", Some("en"));
        check_normalize("fre", Some("fr"));
        check_normalize("fra", Some("fr"));
        check_normalize("Français", Some("fr"));
        check_normalize("ger", Some("de"));
        check_normalize("Deutsch", Some("de"));
        check_normalize("pt_BR", Some("pt"));
        check_normalize("Portuguese (Brazil)", Some("pt"));
        check_normalize("zh-Hant-TW", Some("zh"));
        check_normalize("cmn", Some("zh"));
        check_normalize("iw", Some("he"));
        check_normalize("Русский", Some("ru"));
        check_normalize("hy", Some("hy"));
        check_normalize("xx", None);
        check_normalize("", None);
        check_normalize("unknown", None);
        check_normalize("-", None);
    }

    #[test]
    fn every_whatlang_language_has_a_code() {
        for lang in whatlang::Lang::all() {
            assert!(
                iso639_1_from_alias(lang.code()).is_some(),
                "no ISO 639-1 code for {lang:?}"
            );
        }
    }

    #[test]
    fn tables_are_consistent() {
        for pair in ISO_639_1.windows(2) {
            assert!(pair[0] < pair[1], "{:?} before {:?}", pair[0], pair[1]);
        }
        for (code, aliases) in ALIASES {
            assert!(ISO_639_1.contains(code), "{code} is not an ISO 639-1 code");
            for alias in *aliases {
                assert_eq!(*alias, alias.to_lowercase(), "alias {alias:?} is not lower case");
            }
        }
    }

    fn check_identify(text: &str, expected: Option<&str>) {
        assert_eq!(identify_language(text), expected, "identifying {text:?}");
    }

    #[test]
    fn identifies_short_paragraphs() {
        check_identify(
            "The president said on Wednesday that hundreds of fighters had been sent to the \
             region, and that the government would ask for an explanation.",
            Some("en"),
        );
        check_identify(
            "Le président a déclaré mercredi que des centaines de combattants avaient été \
             envoyés dans la région, et que le gouvernement demanderait des explications.",
            Some("fr"),
        );
        check_identify(
            "Der Präsident sagte am Mittwoch, dass Hunderte von Kämpfern in die Region \
             geschickt worden seien und die Regierung eine Erklärung verlangen werde.",
            Some("de"),
        );
        check_identify(
            "El presidente dijo el miércoles que cientos de combatientes habían sido enviados \
             a la región y que el gobierno pediría una explicación.",
            Some("es"),
        );
        check_identify(
            "Президент заявил в среду, что сотни боевиков были отправлены в регион и что \
             правительство потребует объяснений.",
            Some("ru"),
        );
    }

    #[test]
    fn identifies_other_languages_with_stopword_lists() {
        check_identify(
            "Il presidente ha detto mercoledì che centinaia di combattenti sono stati inviati \
             nella regione e che il governo chiederà una spiegazione.",
            Some("it"),
        );
        check_identify(
            "O presidente disse na quarta-feira que centenas de combatentes foram enviados para \
             a região e que o governo vai pedir uma explicação.",
            Some("pt"),
        );
        check_identify(
            "De president zei woensdag dat honderden strijders naar de regio zijn gestuurd en \
             dat de regering om een verklaring zal vragen.",
            Some("nl"),
        );
    }

    #[test]
    fn close_relatives_go_to_whatlang() {
        // Catalan shares many stopwords with Spanish.
        check_identify(
            "El president va dir dimecres que centenars de combatents han estat enviats a la \
             regió i que el govern demanarà explicacions als seus aliats.",
            Some("ca"),
        );
        // Ukrainian shares many stopwords with Russian.
        check_identify(
            "Президент заявив у середу, що сотні бойовиків були відправлені в регіон і що \
             уряд вимагатиме пояснень від своїх союзників.",
            Some("uk"),
        );
        // Afrikaans shares many stopwords with Dutch.
        check_identify(
            "Die president het Woensdag gesê dat honderde vegters na die streek gestuur is. \
             Hulle is nie gelukkig nie, en die regering sal baie vrae vra.",
            Some("af"),
        );
        check_identify(
            "Prezydent powiedział w środę, że setki bojowników zostały wysłane do regionu, a \
             rząd zażąda wyjaśnień od swoich sojuszników.",
            Some("pl"),
        );
        check_identify(
            "Ο πρόεδρος είπε την Τετάρτη ότι εκατοντάδες μαχητές στάλθηκαν.",
            Some("el"),
        );
        check_identify(
            "Նախագահը չորեքշաբթի օրը հայտարարեց, որ հարյուրավոր զինյալներ են ուղարկվել։",
            Some("hy"),
        );
        check_identify("总统周三表示，数百名武装分子已被派往该地区。", Some("zh"));
    }

    #[test]
    fn vote_needs_clear_evidence() {
        // Too few stopwords to vote; whatlang is not sure either.
        check_identify("Stocks fall on weak China export data", None);
        assert_eq!(
            vote_by_stopwords("Fed's Plosser: Taper pace may be too slow"),
            Some("en")
        );
        assert_eq!(vote_by_stopwords("Macron Putin Erdogan Aliyev"), None);
        assert_eq!(
            vote_by_stopwords("Болгария е държава в Югоизточна Европа и е член на ЕС от години"),
            None
        );
    }

    #[test]
    fn gives_up_on_text_without_letters() {
        check_identify("", None);
        check_identify("12 345 — 67.", None);
        check_identify("ok", None);
    }

    #[test]
    fn prefix_cuts_on_a_char_boundary() {
        assert_eq!(prefix("héllo", 2), "h");
        assert_eq!(prefix("héllo", 3), "hé");
        assert_eq!(prefix("héllo", 100), "héllo");
        assert_eq!(prefix("", 0), "");
    }

    #[test]
    fn resolve_accepts_any_spelling() {
        assert_eq!(resolve(Some("de")), Some("de"));
        assert_eq!(resolve(Some("DE")), Some("de"));
        assert_eq!(resolve(Some("German")), Some("de"));
        assert_eq!(resolve(Some("zz")), None);
        assert_eq!(resolve(None), None);
    }
}
