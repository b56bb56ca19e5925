//! Titles: which line of a flattened page reads as its headline, and the site
//! names pages append to their titles ("Shooting sends multiple victims to
//! hospital - WAFF-TV: News, Weather and Sports for Huntsville, AL",
//! "... | Reuters").

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

/// Splits a site name off the end of `title`, repeatedly ("Title - Station -
/// City, ST"). Returns the headline and the site name nearest to it, when
/// one was found.
pub fn strip_site_suffix(title: &str) -> (String, Option<String>) {
    let mut head = title.trim().trim_end_matches(['|', '-', '–', '—', ' ']).trim_end();
    let mut tails = Vec::new();
    while let Some((before, after)) = split_last(head) {
        let before = before.trim_end();
        let after = after.trim();
        if !is_site_name(after, before) {
            break;
        }
        tails.push(after);
        head = before.trim_end_matches(['|', '-', '–', '—', ' ']).trim_end();
    }
    (head.to_string(), site_of(&tails))
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
            || lower.split('-').any(|part| SITE_WORDS.contains(&part));
    }
    marked
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
}
