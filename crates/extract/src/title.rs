//! Titles: which line of a flattened page reads as its headline, and the site
//! names pages append to their titles ("Shooting sends multiple victims to
//! hospital - WAFF-TV: News, Weather and Sports for Huntsville, AL",
//! "... | Reuters").

use std::collections::HashSet;

use chorus_model::hash::FastMap;
use chorus_model::Article;

/// Whether `line` reads as a headline: 3 to 30 words (4 to 60 characters in
/// scripts written without spaces), mostly letters, not starting in lower
/// case, and not ending the way a sentence or a label does.
pub fn is_headline(line: &str) -> bool {
    let words = line.split_whitespace().count();
    let chars = line.chars().count();
    let spaced = words >= 3;
    let unspaced = words < 3 && line.chars().any(is_unspaced_script) && (4..=60).contains(&chars);
    if !(spaced && words <= 30 || unspaced) {
        return false;
    }
    if line
        .chars()
        .next()
        .is_none_or(|c| c.is_lowercase() || !(c.is_alphanumeric() || is_opening_quote(c)))
    {
        return false;
    }
    if line.ends_with(['.', ',', ':', ';', '…', '-', '–', '—', '|']) {
        return false;
    }
    let visible = line.chars().filter(|c| !c.is_whitespace()).count();
    let letters = line.chars().filter(|c| c.is_alphabetic()).count();
    letters * 10 >= visible * 6
}

fn is_opening_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '«' | '‘' | '\'' | '„')
}

fn is_unspaced_script(c: char) -> bool {
    matches!(
        crate::script::script_of(c),
        Some(crate::script::Script::Han | crate::script::Script::Thai)
    )
}

/// Separators between a headline and the site name after it.
const SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » ", " // ", "|"];

/// Splits the site name off a title: off its end, repeatedly ("Title -
/// Station - City, ST"), from a domain on even when what follows it does not
/// read as a name ("Title - KATC.com | Continuous News Coverage |
/// Acadiana-Lafayette"), and off its start ("CBS 58 - Title"). Returns the
/// headline and the site name nearest to it, when one was found. A headline
/// the site cut short to fit its name ("… in shooting death of - Site")
/// ends in "…".
pub fn strip_site_suffix(title: &str) -> (String, Option<String>) {
    let mut head = trim_separators(title.trim());
    let mut tails = Vec::new();
    while let Some((before, after)) = split_last(head) {
        let before = before.trim_end();
        let after = after.trim();
        if !is_site_name(after, before) {
            break;
        }
        tails.push(after);
        head = trim_separators(before);
    }
    if let Some((before, domain)) = domain_part(head) {
        tails.push(domain);
        head = before;
    }
    let suffixed = !tails.is_empty();
    let mut site = site_of(&tails);
    if let Some((prefix, after)) = split_first(head) {
        if is_site_name(prefix, after) && names_a_site(prefix) {
            site = site.or_else(|| site_of(&[prefix]));
            head = after;
        }
    }
    let mut headline = head.to_string();
    if suffixed && cut_short(&headline) {
        headline.push('…');
    }
    (headline, site)
}

/// `text` without the separators and spaces at its end.
fn trim_separators(text: &str) -> &str {
    text.trim_end_matches(['|', '-', '–', '—', ' ']).trim_end()
}

/// The first separator of `title` and what stands on each side of it.
fn split_first(title: &str) -> Option<(&str, &str)> {
    SEPARATORS
        .iter()
        .filter_map(|sep| title.find(sep).map(|i| (i, sep.len())))
        .min_by_key(|&(i, _)| i)
        .map(|(i, len)| (title[..i].trim(), title[i + len..].trim()))
}

/// The earliest part of `title` between separators that is a domain alone,
/// and the title before it, when at least 3 words stand before it.
fn domain_part(title: &str) -> Option<(&str, &str)> {
    let mut starts: Vec<(usize, usize)> = SEPARATORS
        .iter()
        .flat_map(|sep| title.match_indices(sep).map(|(i, _)| (i, sep.len())))
        .collect();
    starts.sort_unstable();
    starts.iter().find_map(|&(i, len)| {
        let rest = &title[i + len..];
        let end = SEPARATORS
            .iter()
            .filter_map(|sep| rest.find(sep))
            .min()
            .unwrap_or(rest.len());
        let part = rest[..end].trim();
        let before = trim_separators(&title[..i]);
        let one_domain = !part.contains(' ') && is_domain(part);
        (one_domain && before.split_whitespace().count() >= 3).then_some((before, part))
    })
}

/// Whether a name before a headline is surely a site's: it has a word that
/// says what a site is, a domain or a broadcaster's call sign ("CBS 58",
/// "WJTV News Channel 12"), not just capitals or a place ("UPDATE", "Texas").
fn names_a_site(name: &str) -> bool {
    // A call sign alone may be an acronym ("WHO - Ebola outbreak …"): it
    // needs a channel or another word beside it ("CBS 58", "WJTV News").
    let several = name.split_whitespace().nth(1).is_some();
    name.split(|c: char| c.is_whitespace() || c == ',').any(|word| {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        let lower = bare.to_lowercase();
        SITE_WORDS.contains(&lower.as_str()) || is_domain(bare) || several && is_call_sign(bare)
    })
}

/// A North American broadcaster's call sign: K or W and two or three more
/// capitals, maybe with "-TV" ("WAFF-TV", "KLTV").
fn is_call_sign(word: &str) -> bool {
    let letters = word.strip_suffix("-TV").unwrap_or(word);
    letters.starts_with(['K', 'W'])
        && (3..=4).contains(&letters.len())
        && letters.bytes().all(|b| b.is_ascii_uppercase())
}

/// Fewest characters of a headline that a site may have cut to fit: sites
/// cut at a fixed length, commonly about 64 characters.
const CUT_LENGTH: usize = 60;

/// A headline whose last word the site cut mid-word ("… killed in
/// shooti"), with "…" after it; any other headline comes back unchanged.
///
/// The cut must be clear, and the article's own text is the dictionary: a
/// headline of [`CUT_LENGTH`] characters or more whose last word (letters
/// only, not an acronym in capitals, not a stopword) is no word of the
/// title before it nor of the text, while the text has longer words that
/// start with it, none of them the same word inflected ("friend" →
/// "friends", "confirm" → "confirmed" share a stem; "shooti" → "shooting"
/// does not) nor a compound whose rest is a word of the headline or text
/// ("gun" → "gunfire", "shot" → "shotgun"), in a language identified from the headline and text.
pub fn mark_cut_word(headline: &str, paragraphs: &[String]) -> Option<String> {
    cut_word_completions(headline, paragraphs).map(|_| format!("{headline}…"))
}

/// The longer words of the text that the last word of `headline` was cut
/// from, when [`mark_cut_word`] reads it as cut; `None` when it does not.
fn cut_word_completions(headline: &str, paragraphs: &[String]) -> Option<Vec<String>> {
    if headline.chars().count() < CUT_LENGTH {
        return None;
    }
    let (before, last) = headline.rsplit_once(' ')?;
    let capitals = last.chars().filter(|c| c.is_uppercase()).count();
    if !last.chars().all(char::is_alphabetic) || (capitals >= 2 && capitals == last.chars().count()) {
        return None;
    }
    let fragment = last.to_lowercase();
    let words = |text: &'_ str| -> Vec<String> {
        text.split(|c: char| !c.is_alphanumeric())
            .filter(|word| !word.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let text_words: Vec<String> = paragraphs.iter().flat_map(|paragraph| words(paragraph)).collect();
    if words(before).contains(&fragment) || text_words.contains(&fragment) {
        return None;
    }
    let mut longer: Vec<&String> = text_words
        .iter()
        .filter(|word| word.len() > fragment.len() && word.starts_with(&fragment))
        .collect();
    longer.sort_unstable();
    longer.dedup();
    if longer.is_empty() {
        return None;
    }
    // Without a language, no stem can tell an inflection from a cut.
    let mut sample = headline.to_string();
    for paragraph in paragraphs {
        if sample.len() >= chorus_text::IDENTIFY_PREFIX_BYTES {
            break;
        }
        sample.push('\n');
        sample.push_str(paragraph);
    }
    let language = Some(chorus_text::identify_language(&sample)?);
    if chorus_text::is_stopword(&fragment, language) {
        return None;
    }
    let stem = chorus_text::stem(&fragment, language);
    // A whole word that opens compounds whose rest is a word too ("gun":
    // "gunfire", "gunman"; "shot": "shotgun") is no cut.
    let compound = longer.iter().any(|word| {
        let rest = &word[fragment.len()..];
        rest.chars().count() >= 3
            && (text_words.iter().any(|other| other == rest) || words(before).iter().any(|other| other == rest))
    });
    if longer.iter().any(|word| chorus_text::stem(word, language) == stem) || compound {
        return None;
    }
    Some(longer.into_iter().cloned().collect())
}

/// The first two bytes of a word of two bytes or more, ASCII letters in
/// lower case, as a number below 2^16: a cheap key that words starting
/// with the same two letters share.
fn start_key(word: &[u8]) -> usize {
    let lower = |b: u8| usize::from(b.to_ascii_lowercase());
    (lower(word[0]) << 8) | word.get(1).map_or(0, |&b| lower(b))
}

/// Call `visit` with each word of `text` (a run of letters and digits) of
/// two bytes or more whose [`start_key`] is set in the bit set `keys`, and
/// a test of whether it stands alone, only punctuation between it and the spaces
/// around it ("(b)", "ca."; not "o'clock", "wa-l-bara"). Scans bytes, so
/// that the words skipped cost little.
fn words_with_keys(text: &str, keys: &[u64], mut visit: impl FnMut(&str, &dyn Fn() -> bool)) {
    let bytes = text.as_bytes();
    let is_word_byte = |b: u8| b.is_ascii_alphanumeric() || b >= 0x80;
    let mut part = |start: usize, end: usize| {
        if end - start < 2 {
            return;
        }
        let key = start_key(&bytes[start..end]);
        if keys[key >> 6] & (1 << (key & 63)) == 0 {
            return;
        }
        let no_word_beside = |side: &mut dyn Iterator<Item = char>| {
            side.take_while(|c| !c.is_whitespace()).all(|c| !c.is_alphanumeric())
        };
        let standalone =
            || no_word_beside(&mut text[..start].chars().rev()) && no_word_beside(&mut text[end..].chars());
        visit(&text[start..end], &standalone);
    };
    let mut i = 0;
    while i < bytes.len() {
        if !is_word_byte(bytes[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && is_word_byte(bytes[i]) {
            i += 1;
        }
        let run = &text[start..i];
        if run.is_ascii() {
            part(start, i);
            continue;
        }
        // Letters of other scripts, or punctuation such as "’" inside the run.
        let mut from = None;
        for (at, c) in run.char_indices().chain(std::iter::once((run.len(), ' '))) {
            match (c.is_alphanumeric(), from) {
                (true, None) => from = Some(at),
                (false, Some(begin)) => {
                    part(start + begin, start + at);
                    from = None;
                }
                _ => {}
            }
        }
    }
}

/// How many articles of a batch may write the words a title's last word
/// could have been cut from, per article that writes it as a word of its
/// own, for [`unmark_batch_words`] to read it as a word.
const COMPLETIONS_PER_WORD: usize = 50;

/// Take back the "…" of [`mark_cut_word`] from titles whose last word the
/// rest of the batch writes as a word of its own: "… murdered by Army vet"
/// is whole when other articles write "took the dog to the vet", though its
/// own text only says "veteran". The word must stand alone in lower case
/// (not a name or an acronym: "Dan", "CA", "Hi…" of "Hickory"), have two
/// letters or more, and be written at least once per
/// [`COMPLETIONS_PER_WORD`] articles that write the longer words of the
/// article's text it could be cut from: "turns gun on hi" stays cut though
/// some articles say "said hi", as thousands write "his" and "himself".
/// Returns how many titles lost their mark.
pub fn unmark_batch_words(articles: &mut [Article]) -> usize {
    struct Candidate {
        article: usize,
        headline_len: usize,
        fragment: String,
        completions: Vec<String>,
    }
    let mut candidates = Vec::new();
    for (index, article) in articles.iter().enumerate() {
        let Some(headline) = article.title.as_deref().and_then(|title| title.strip_suffix('…')) else {
            continue;
        };
        let Some((before, last)) = headline.rsplit_once(' ') else {
            continue;
        };
        // A capital that only title case explains is no name.
        let title_case = before
            .split_whitespace()
            .last()
            .is_some_and(|word| word.chars().next().is_some_and(char::is_uppercase));
        if last.chars().count() < 2 || !(title_case || last.chars().all(char::is_lowercase)) {
            continue;
        }
        let paragraphs: Vec<String> = article.text.split("\n\n").map(str::to_string).collect();
        if let Some(completions) = cut_word_completions(headline, &paragraphs) {
            candidates.push(Candidate {
                article: index,
                headline_len: headline.len(),
                fragment: last.to_lowercase(),
                completions,
            });
        }
    }
    if candidates.is_empty() {
        return 0;
    }
    // Per word of interest, the articles that write it: a fragment as a
    // whole word in lower case (`alone`), a completion in any case.
    let mut slots: FastMap<&str, usize> = FastMap::default();
    for candidate in &candidates {
        for word in std::iter::once(&candidate.fragment).chain(&candidate.completions) {
            let next = slots.len();
            slots.entry(word).or_insert(next);
        }
    }
    let mut alone: Vec<Vec<usize>> = vec![Vec::new(); slots.len()];
    let mut written: Vec<Vec<usize>> = vec![Vec::new(); slots.len()];
    let mut keys = vec![0u64; 1 << 10];
    for candidate in &candidates {
        let key = start_key(candidate.fragment.as_bytes());
        keys[key >> 6] |= 1 << (key & 63);
    }
    let note = |writers: &mut Vec<usize>, index: usize| {
        if writers.last() != Some(&index) {
            writers.push(index);
        }
    };
    let mut lower = String::new();
    for (index, article) in articles.iter().enumerate() {
        // A title's last word may be the cut one: only the words before it count.
        let title = article.title.as_deref().unwrap_or("");
        let title = title.rsplit_once(' ').map_or("", |(before, _)| before);
        for text in [article.text.as_str(), title] {
            words_with_keys(text, &keys, |word, standalone| {
                lower.clear();
                match word.is_ascii() {
                    true => {
                        lower.push_str(word);
                        lower.make_ascii_lowercase();
                    }
                    false => lower.push_str(&word.to_lowercase()),
                }
                let Some(&slot) = slots.get(lower.as_str()) else {
                    return;
                };
                if lower == word && standalone() {
                    note(&mut alone[slot], index);
                }
                note(&mut written[slot], index);
            });
        }
    }
    let others = |writers: &[usize], article: usize| writers.iter().filter(|&&i| i != article).count();
    let mut whole: Vec<(usize, usize)> = Vec::new();
    for candidate in &candidates {
        let fragment = others(&alone[slots[candidate.fragment.as_str()]], candidate.article);
        let completions = candidate
            .completions
            .iter()
            .flat_map(|completion| written[slots[completion.as_str()]].iter())
            .filter(|&&i| i != candidate.article)
            .collect::<HashSet<_>>()
            .len();
        if fragment >= 1 && fragment * COMPLETIONS_PER_WORD >= completions {
            whole.push((candidate.article, candidate.headline_len));
        }
    }
    for &(index, len) in &whole {
        if let Some(title) = articles[index].title.as_mut() {
            title.truncate(len);
        }
    }
    whole.len()
}

/// Whether a title was left cut short: marked "…" here ([`strip_site_suffix`],
/// [`mark_cut_word`]) or ended in "..." by its site ("REGION 3 NEWS RELEASE
/// November 4, 2015...").
pub fn is_cut(title: &str) -> bool {
    let title = title.trim_end();
    title.ends_with('…') || title.ends_with("...")
}

/// Whether a headline that stood before a site name was cut short to fit it:
/// one of 60 characters or more ending in a word that cannot end a headline ("of", "the") or
/// in a lone capital ("… sought in B").
fn cut_short(headline: &str) -> bool {
    const NEVER_LAST: &[&str] = &["of", "the", "a", "an", "and", "from", "with", "by", "in", "to"];
    let Some(last) = headline.split_whitespace().last() else {
        return false;
    };
    let lone_capital = last.len() == 1 && last.bytes().all(|b| b.is_ascii_uppercase()) && last != "I" && last != "A";
    // Sites cut at a fixed length, commonly about 64 characters; shorter
    // headlines do end in "kicks in" or "hepatitis C".
    headline.chars().count() >= CUT_LENGTH && (NEVER_LAST.contains(&last) || lone_capital)
}

/// The name of the site among the parts split off a title ("Greenville,
/// NC", "News", "WNCT.com"): the nearest part to the headline that has a
/// domain or a call sign, else the nearest part; cut at its first comma or
/// colon ("WAFF-TV: News, Weather and Sports" → "WAFF-TV").
fn site_of(tails: &[&str]) -> Option<String> {
    let segments = tails.iter().rev().flat_map(|tail| tail.split([':', ',', '|']));
    let segments: Vec<&str> = segments
        .map(|segment| segment.trim().trim_end_matches(['-', '–']).trim())
        .filter(|segment| !segment.is_empty())
        .collect();
    let named = segments.iter().find(|segment| {
        segment.split_whitespace().any(|word| {
            let letters = word.chars().filter(|c| c.is_alphabetic()).count();
            is_domain(word) || letters >= 3 && !word.chars().any(char::is_lowercase)
        })
    });
    let nearest = tails
        .last()
        .and_then(|tail| tail.split([':', ',', '|']).next())
        .map(str::trim);
    named
        .copied()
        .or(nearest)
        .map(|site| site.trim_end_matches(['-', '–']).trim().to_string())
        .filter(|s| !s.is_empty())
}

/// Whether a name (from a byline) reads as an outlet rather than a person:
/// one word ("Asbarez"), or a name with a word that says what a site is
/// ("City Weekly", "Associated Press").
pub fn is_outlet_name(name: &str) -> bool {
    let words: Vec<String> = name
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .collect();
    words.len() == 1 || words.iter().any(|w| SITE_WORDS.contains(&w.as_str()) || is_domain(w))
}

/// The last separator of `title` and what stands on each side of it.
fn split_last(title: &str) -> Option<(&str, &str)> {
    SEPARATORS
        .iter()
        .filter_map(|sep| title.rfind(sep).map(|i| (i, sep.len())))
        .max_by_key(|&(i, _)| i)
        .map(|(i, len)| (&title[..i], &title[i + len..]))
}

/// Words that name what a site is ("News", "TV", "Times"...).
const SITE_WORDS: &[&str] = &[
    "news",
    "newschannel",
    "tv",
    "times",
    "post",
    "daily",
    "journal",
    "herald",
    "tribune",
    "radio",
    "media",
    "press",
    "gazette",
    "online",
    "today",
    "channel",
    "network",
    "weekly",
    "magazine",
    "chronicle",
    "observer",
    "guardian",
    "telegraph",
    "express",
    "independent",
    "star",
    "sun",
    "mail",
    "mirror",
    "courier",
    "record",
    "review",
    "register",
    "bulletin",
    "dispatch",
    "examiner",
    "inquirer",
    "leader",
    "monitor",
    "sentinel",
    "standard",
    "statesman",
    "wire",
    "blog",
    "report",
    "weather",
    "sports",
    "sport",
    "local",
    "live",
    "info",
    "agency",
    "agence",
    "world",
    "politics",
    "citizen",
    "democrat",
    "enquirer",
    "globe",
    "reporter",
    "eagle",
    "argus",
    "beacon",
    "caller",
    "pilot",
    "advocate",
    "advertiser",
    "headlines",
    "reuters",
    "bbc",
    "cnn",
    "npr",
    "pbs",
    "abc",
    "cbs",
    "nbc",
    "fox",
    "afp",
    "ap",
    "zeitung",
    "spiegel",
    "welt",
    "monde",
    "figaro",
    "libération",
    "país",
    "mundo",
    "вести",
    "известия",
    "новости",
    "газета",
    "коммерсантъ",
    "ведомости",
    "rbc",
    "рбк",
    "ria",
    "tass",
    "interfax",
    "lenta",
    "gazeta",
    "wiadomości",
    "wyborcza",
    "ειδήσεις",
    "καθημερινή",
];

const STATE_NAMES: &[&str] = &[
    "alabama",
    "alaska",
    "arizona",
    "arkansas",
    "california",
    "colorado",
    "connecticut",
    "delaware",
    "florida",
    "georgia",
    "hawaii",
    "idaho",
    "illinois",
    "indiana",
    "iowa",
    "kansas",
    "kentucky",
    "louisiana",
    "maine",
    "maryland",
    "massachusetts",
    "michigan",
    "minnesota",
    "mississippi",
    "missouri",
    "montana",
    "nebraska",
    "nevada",
    "ohio",
    "oklahoma",
    "oregon",
    "pennsylvania",
    "tennessee",
    "texas",
    "utah",
    "vermont",
    "virginia",
    "washington",
    "wisconsin",
    "wyoming",
    "carolina",
    "dakota",
    "jersey",
    "hampshire",
    "mexico",
    "york",
];

/// Words that may stand lower-case in a site name.
const CONNECTORS: &[&str] = &[
    "of", "and", "for", "the", "&", "de", "la", "le", "du", "des", "del", "y", "et", "und", "der", "die", "das", "in",
    "on", "at", "your", "news", "weather", "sports", "и",
];

/// Whether `tail` reads as the name of the site `head` was published on.
fn is_site_name(tail: &str, head: &str) -> bool {
    let head_words = head.split_whitespace().count();
    let head_long_enough = head_words >= 3 || head.chars().filter(|&c| is_unspaced_script(c)).count() >= 6;
    let words: Vec<&str> = tail.split_whitespace().collect();
    if !head_long_enough || words.is_empty() || words.len() > 14 || tail.chars().count() > 100 {
        return false;
    }
    if tail.ends_with(['?', '!']) {
        return false;
    }
    if let Some((name, motto)) = tail.split_once(':') {
        // "WPSD Local 6: Your news, weather, and sports authority"
        let motto_words = motto.split(|c: char| !c.is_alphanumeric()).map(str::to_lowercase);
        if is_site_name(name, head) && motto_words.filter(|w| SITE_WORDS.contains(&w.as_str())).count() >= 2 {
            return true;
        }
    }
    let mut marked = false;
    for word in &words {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        if bare.is_empty() {
            continue;
        }
        let lower = bare.to_lowercase();
        let first = bare.chars().next().unwrap_or(' ');
        let capitalized = first.is_uppercase() || first.is_numeric() || is_unspaced_script(first);
        if !capitalized && !CONNECTORS.contains(&lower.as_str()) && !is_domain(bare) {
            return false;
        }
        let all_caps = bare.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !bare.chars().any(char::is_lowercase);
        marked |= SITE_WORDS.contains(&lower.as_str())
            || STATE_NAMES.contains(&lower.as_str())
            || is_domain(bare)
            || all_caps
            || lower.split('-').any(|part| SITE_WORDS.contains(&part))
            || camel_parts(bare).any(|part| SITE_WORDS.contains(&part.to_lowercase().as_str()));
    }
    marked
}

/// The parts of a word written in camel case ("MyFoxAustin": "My", "Fox",
/// "Austin"); a word that is not gives nothing.
fn camel_parts(word: &str) -> impl Iterator<Item = &str> {
    let starts: Vec<usize> = word
        .char_indices()
        .zip(word.chars().skip(1))
        .filter(|((_, a), b)| a.is_lowercase() && b.is_uppercase())
        .map(|((i, a), _)| i + a.len_utf8())
        .collect();
    let camel = !starts.is_empty() && word.chars().next().is_some_and(char::is_uppercase);
    let bounds: Vec<usize> = if camel {
        std::iter::once(0)
            .chain(starts)
            .chain(std::iter::once(word.len()))
            .collect()
    } else {
        Vec::new()
    };
    (0..bounds.len().saturating_sub(1)).map(move |i| &word[bounds[i]..bounds[i + 1]])
}

fn is_domain(word: &str) -> bool {
    let lower = word.to_lowercase();
    [
        ".com", ".org", ".net", ".co.uk", ".ru", ".fr", ".de", ".es", ".pl", ".gr", ".am", ".az", ".tv", ".info",
        ".cn", ".it",
    ]
    .iter()
    .any(|tld| lower.contains(tld))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headlines_and_non_headlines() {
        assert!(is_headline(
            "France Accuses Turkey of Sending Jihadist Fighters To Karabakh"
        ));
        assert!(is_headline("Why did the fighting start?"));
        assert!(is_headline("Россия призвала вывести наемников"));
        assert!(is_headline("俄罗斯呼吁撤出外国雇佣兵"));
        assert!(!is_headline("Police said the man was arrested."));
        assert!(!is_headline("Show More"));
        assert!(!is_headline("and then it went on"));
        assert!(!is_headline("12 34 56 78 90 11"));
        assert!(!is_headline("A small memorial has been placed on the door step..."));
    }

    #[test]
    fn strips_site_names() {
        assert_eq!(
            strip_site_suffix(
                "Shooting sends multiple victims to hospital - WAFF-TV: News, Weather and Sports for Huntsville, AL"
            ),
            (
                "Shooting sends multiple victims to hospital".to_string(),
                Some("WAFF-TV".to_string())
            )
        );
        assert_eq!(
            strip_site_suffix("Russia warns Turkey over fighters | Reuters"),
            (
                "Russia warns Turkey over fighters".to_string(),
                Some("Reuters".to_string())
            )
        );
        assert_eq!(
            strip_site_suffix("Man shot in the leg - WMC Action News 5 - Memphis, Tennessee").0,
            "Man shot in the leg"
        );
        assert_eq!(
            strip_site_suffix("Teen shot in Westwood - KOTV.com |").0,
            "Teen shot in Westwood"
        );
        assert_eq!(
            strip_site_suffix("Two hurt in accidental shooting - Greenville, NC | News | Weather | Sports - WNCT.com")
                .1,
            Some("WNCT.com".to_string())
        );
    }

    #[test]
    fn strips_site_names_after_a_domain_with_a_motto_in_camel_case_or_before_the_headline() {
        assert_eq!(
            strip_site_suffix(
                "Woman hurt after a teen fired a gun - KXYZ.com | Continuous Coverage | Acadiana-Lafayette"
            ),
            (
                "Woman hurt after a teen fired a gun".to_string(),
                Some("KXYZ.com".to_string())
            )
        );
        assert_eq!(
            strip_site_suffix(
                "Officer injured in overnight shooting - WQRS Local 6: Your news, weather, and sports leader"
            )
            .0,
            "Officer injured in overnight shooting"
        );
        assert_eq!(
            strip_site_suffix("Father charged after toddler finds a gun - MyFoxTownville"),
            (
                "Father charged after toddler finds a gun".to_string(),
                Some("MyFoxTownville".to_string())
            )
        );
        assert_eq!(
            strip_site_suffix("CBS 77 - Police name the teenager shot on Friday"),
            (
                "Police name the teenager shot on Friday".to_string(),
                Some("CBS 77".to_string())
            )
        );
        assert_eq!(
            strip_site_suffix("Springfield, Ohio News, Weather, Sports - 1 dead after a shooting downtown").0,
            "1 dead after a shooting downtown"
        );
        for title in [
            "WHO - Ebola outbreak spreads to a third country in the region",
            "KKK - Flyers found on cars in a church parking lot",
            "UPDATE - Police search for the driver of a grey van",
            "Texas - Man killed in a shooting at a gas station",
            "Mass Shooting – Killed – Male Teen",
        ] {
            assert_eq!(strip_site_suffix(title).0, title);
        }
    }

    #[test]
    fn marks_a_headline_cut_mid_word() {
        let text = [
            "Police said the boy was killed in a shooting at an apartment complex in Riverton on Friday. \
                     His friends said he had been confirmed for college."
                .to_string(),
        ];
        let text = &text[..];
        let cut = "High school senior, 17, identified as boy killed in Riverton shooti";
        assert_eq!(mark_cut_word(cut, text).as_deref(), Some(&*format!("{cut}…")));
        // A whole word, one the text inflects, or a short headline: not cut.
        let whole = "High school senior, 17, identified as boy killed in Riverton shooting";
        assert_eq!(mark_cut_word(whole, text), None);
        let inflected = "High school senior, 17, killed in Riverton shooting, police confirm";
        assert_eq!(mark_cut_word(inflected, text), None);
        assert_eq!(mark_cut_word("Boy killed in Riverton shooti", text), None);
        // An acronym in capitals, or a last word the text never extends.
        let acronym = "High school senior, 17, identified as boy killed in Riverton, police AP";
        let acronyms = ["The AP and APD said so. The apartment was empty.".to_string()];
        assert_eq!(mark_cut_word(acronym, &acronyms), None);
        let unknown = "High school senior, 17, identified as boy killed in Riverton gazebo";
        assert_eq!(mark_cut_word(unknown, text), None);
        // A whole word that opens compounds whose rest is a word of the
        // text or headline is no cut.
        let guns = ["Witnesses heard gunfire before the gunman fled. The fire alarm rang.".to_string()];
        let gun = "Teen charged after shooting at house party, police recover stolen gun";
        assert_eq!(mark_cut_word(gun, &guns), None);
        let shotgun = ["The boy found a shotgun under the bed while his sister looked for a gun.".to_string()];
        let shot = "Kids looking for a lost snake find a loaded gun instead, one child shot";
        assert_eq!(mark_cut_word(shot, &shotgun), None);
    }

    #[test]
    fn tells_a_cut_title_from_a_whole_one() {
        let (marked, _) =
            strip_site_suffix("Teen charged with involuntary manslaughter in the shooting death of - WXYZ Local 6");
        assert!(is_cut(&marked));
        assert!(is_cut(
            "Harbor town council votes to close the old ferry landing after..."
        ));
        assert!(!is_cut("Harbor town council votes to close the old ferry landing"));
        assert!(!is_cut("Harbor town council votes to close the old ferry landing?"));
    }

    #[test]
    fn marks_a_headline_cut_short_before_the_site_name() {
        assert_eq!(
            strip_site_suffix("Teen charged with involuntary manslaughter in the shooting death of - WXYZ Local 6").0,
            "Teen charged with involuntary manslaughter in the shooting death of…"
        );
        assert_eq!(
            strip_site_suffix("Townville man arrested, second Townville man is being sought in B - KXYZ.com").0,
            "Townville man arrested, second Townville man is being sought in B…"
        );
        // Short, or with no site name after it: not cut.
        assert_eq!(
            strip_site_suffix("What it is worth fighting for - CNN").0,
            "What it is worth fighting for"
        );
        assert_eq!(
            strip_site_suffix("The families the gunman left behind and the town they come from").0,
            "The families the gunman left behind and the town they come from"
        );
        assert_eq!(
            strip_site_suffix("Doctors report more cases of hepatitis C - KXYZ.com").0,
            "Doctors report more cases of hepatitis C"
        );
    }

    #[test]
    fn tells_outlets_from_people() {
        assert!(is_outlet_name("Asbarez"));
        assert!(is_outlet_name("Associated Press"));
        assert!(is_outlet_name("City Weekly"));
        assert!(!is_outlet_name("Amber Hughes"));
    }

    #[test]
    fn keeps_headlines_that_only_look_split() {
        for title in [
            "Shooting at the bar - one dead, another now prison-bound",
            "Gunman kills three - Five Injured in Nightclub Shooting",
            "Russia - Ukraine talks",
            "Fighting resumes in Karabakh - Why now?",
        ] {
            assert_eq!(strip_site_suffix(title).0, title);
        }
    }

    /// An article of a batch with only a title and a text.
    fn titled(title: &str, text: &str) -> Article {
        Article {
            title: Some(title.to_string()),
            text: text.to_string(),
            ..Article::default()
        }
    }

    #[test]
    fn a_last_word_the_batch_writes_whole_is_no_cut() {
        let veteran = "A woman was killed in her home on Tuesday, and the man charged is an Army veteran \
                       who served two tours, the police said. Neighbours said the veteran kept to himself.";
        let vet = "Woman killed in her home on Tuesday was murdered by an Army vet";
        let cut = "Woman killed in her home on Tuesday after a quarrel with her neighbo";
        let neighbour = "A woman was killed in her home on Tuesday after a quarrel with her neighbour, \
                         the police said. The neighbour was arrested at the scene.";
        let mut batch = vec![
            titled(
                &mark_cut_word(vet, &[veteran.to_string()]).expect("marked alone"),
                veteran,
            ),
            titled(
                &mark_cut_word(cut, &[neighbour.to_string()]).expect("marked"),
                neighbour,
            ),
            titled(
                "Dog recovers",
                "The family took the dog to the vet on Monday. The vet said it would recover.",
            ),
            titled(
                "Council meets",
                "The council will vet the plans in June. A neighbor spoke up, and no veteran did.",
            ),
        ];
        assert_eq!(unmark_batch_words(&mut batch), 1);
        assert_eq!(batch[0].title.as_deref(), Some(vet));
        assert_eq!(batch[1].title.as_deref(), Some(&*format!("{cut}…")));

        // Written whole once, while dozens of articles write the longer
        // words the title's own text has: still a cut.
        let himself = "The man shot his wife and then turned the gun on himself, the police said.";
        let hi = "Man shoots his wife at their home on Tuesday, then turns gun on hi";
        let mut batch = vec![titled(
            &mark_cut_word(hi, &[himself.to_string()]).expect("marked"),
            himself,
        )];
        batch.push(titled(
            "Neighbours",
            "He waved and said hi to the neighbours every morning.",
        ));
        for _ in 0..60 {
            batch.push(titled("Police report", "The officer said his partner saw it himself."));
        }
        assert_eq!(unmark_batch_words(&mut batch), 0);
        assert_eq!(batch[0].title.as_deref(), Some(&*format!("{hi}…")));

        // Only a whole word in lower case counts: not a name, nor a piece of
        // a hyphenated word or a contraction.
        let dangerous = "The police said the suspect in the mall shooting should be considered armed and dangerous.";
        let dan = "Suspect in Tuesday shooting at the mall is considered armed and dan";
        let mut batch = vec![titled(
            &mark_cut_word(dan, &[dangerous.to_string()]).expect("marked"),
            dangerous,
        )];
        batch.push(titled(
            "Names",
            "Dan Romano and the DAN group spoke. They ate dan-dan noodles.",
        ));
        assert_eq!(unmark_batch_words(&mut batch), 0);
        batch.push(titled("Bridge", "A man named him dan, in lower case, on the bridge."));
        assert_eq!(unmark_batch_words(&mut batch), 1);
    }
}
