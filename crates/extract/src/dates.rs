//! Publication dates as pages and feeds write them: ISO 8601 and RFC 3339
//! (`2014-03-10T16:52:50.698Z`), RFC 2822 (`Thu, 01 Oct 2020 10:00:00 GMT`),
//! Unix timestamps, numeric dates (`01.10.2020`, `10/01/2020`) and dates
//! written in words in several languages (`October 1, 2020`,
//! `Thursday, 01 October 2020`, `1er octobre 2020`, `1. Oktober 2020`,
//! `1 de octubre de 2020`, `1 октября 2020 г.`).
//!
//! The time is kept as the page wrote it (its local wall-clock time), because
//! the day an outlet printed is what later stages resolve "on Wednesday"
//! against; the UTC offset or zone name beside it is read apart, by
//! [`parse_offset`].
//!
//! Parsing is strict about what surrounds the date: every word must be part
//! of a date (a weekday, a month, "published", "at", a zone name...), so that
//! a sentence that merely contains a date is not read as a date line.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta};

/// Parses a publication date; `None` when `text` is not a date (or has words
/// that are not part of one).
pub fn parse_date(text: &str) -> Option<NaiveDateTime> {
    let text = text.trim();
    if text.is_empty() || text.len() > 200 {
        return None;
    }
    if let Some(timestamp) = parse_timestamp(text) {
        return Some(timestamp);
    }
    if let Some(iso) = parse_iso(text) {
        return Some(iso);
    }
    parse_words(text)
}

/// The UTC offset a date states (`2020-10-01T10:00:00+02:00`, `...Z`,
/// `Thu, 01 Oct 2020 10:00:00 GMT`, `February 2, 2015 9:45 PM EST`), when
/// `text` reads as a date ([`parse_date`]) and states one. Zone names that
/// change with daylight saving without saying so ("ET", "CET" read in
/// summer) count as written: "CET" is +01:00.
pub fn parse_offset(text: &str) -> Option<FixedOffset> {
    let text = text.trim();
    parse_date(text)?;
    if parse_timestamp(text).is_some() {
        return FixedOffset::east_opt(0);
    }
    if parse_iso(text).is_some() {
        let rest = text.get(10..)?.strip_prefix(['T', 't', ' '])?;
        return zone_offset(split_zone(rest).1, true);
    }
    let last = text.split_whitespace().last()?;
    zone_offset(last.trim_matches(|c: char| matches!(c, '(' | ')' | ',' | '.')), false)
}

/// A date in UTC: the wall-clock time [`parse_date`] reads, less the offset
/// [`parse_offset`] reads (none: taken as UTC already). For capture times,
/// which crawlers write in UTC.
pub fn parse_utc(text: &str) -> Option<NaiveDateTime> {
    let local = parse_date(text)?;
    let offset = parse_offset(text).map_or(0, |offset| offset.local_minus_utc());
    Some(local - TimeDelta::seconds(i64::from(offset)))
}

/// The offset of a zone as written after a time: `Z`, `+03:00`, `-0500`
/// (a bare `+03` too when `iso`, where nothing else can follow the time),
/// `GMT+2`, or a zone name with one offset.
fn zone_offset(zone: &str, iso: bool) -> Option<FixedOffset> {
    let lower = zone.to_ascii_lowercase();
    let hours = |h: f32| FixedOffset::east_opt((h * 3600.0) as i32);
    let named = match lower.as_str() {
        "z" | "gmt" | "utc" => Some(0.0),
        "est" | "cdt" => Some(-5.0),
        "edt" => Some(-4.0),
        "cst" => Some(-6.0),
        "mst" => Some(-7.0),
        "mdt" => Some(-6.0),
        "pst" => Some(-8.0),
        "pdt" => Some(-7.0),
        "akst" => Some(-9.0),
        "akdt" => Some(-8.0),
        "hst" => Some(-10.0),
        "bst" | "cet" => Some(1.0),
        "cest" | "eet" => Some(2.0),
        "eest" | "msk" => Some(3.0),
        "ist" => Some(5.5),
        "wib" => Some(7.0),
        "hkt" | "sgt" => Some(8.0),
        "jst" => Some(9.0),
        "aest" => Some(10.0),
        _ => None,
    };
    if let Some(h) = named {
        return hours(h);
    }
    let signed = ["gmt", "utc"]
        .iter()
        .find_map(|prefix| lower.strip_prefix(prefix))
        .filter(|rest| !rest.is_empty())
        .or_else(|| Some(lower.as_str()).filter(|z| is_offset(z)))
        .filter(|signed| signed.starts_with(['+', '-', '−']))?;
    let negative = signed.starts_with(['-', '−']);
    let unsigned = signed.trim_start_matches(['+', '-', '−']);
    let named_prefix = signed.len() != lower.len();
    let (h, m) = match unsigned.split_once(':') {
        Some((h, m)) => (h, m),
        None if unsigned.len() == 4 => unsigned.split_at(2),
        None if iso || named_prefix => (unsigned, "0"),
        // "... 2015 - 10" is no offset.
        None => return None,
    };
    let (h, m) = (digits(h)?, digits(m)?);
    if h > 14 || m > 59 {
        return None;
    }
    let (h, m) = (h as i32, m as i32);
    let seconds = h * 3600 + m * 60;
    FixedOffset::east_opt(if negative { -seconds } else { seconds })
}

/// Whether `line` ends with a date written in words or digits, as photo
/// captions do ("..., June 26, 2020").
pub(crate) fn ends_with_date(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (2..=3).any(|n| {
        words.len() > n && {
            let start = words.len() - n;
            let tail = words[start..].join(" ");
            let tail = tail.trim_end_matches(['.', ')']);
            parse_words(tail).is_some() || parse_iso(tail).is_some()
        }
    }) || words
        .last()
        .is_some_and(|w| parse_iso(w.trim_end_matches(['.', ')'])).is_some())
}

/// Whether `line` is a time stamp and nothing else: "By Jane Roe - 11/18/19
/// 11:04 PM EST", "Updated Nov 19, 9:41 AM; Posted Nov 18, 8:19 PM",
/// "Updated at 1:23 p.m.", "Published 1 day ago", "Updated Nov. 19, 2019
/// 8:21 am ET / Original Nov. 19, 2019 8:02 am ET". Every word is a date or
/// time word, a word that labels one ("updated", "at"), a separator, or one
/// of at most four capitalized names after "By"; and the line holds a time,
/// a written date or an age. Such lines may hold two dates, or a date with
/// no year, which [`parse_date`] rightly refuses to read as one date.
pub(crate) fn is_timestamp_line(line: &str) -> bool {
    const AGES: &[&str] = &[
        "ago",
        "day",
        "days",
        "hour",
        "hours",
        "hr",
        "hrs",
        "minute",
        "minutes",
        "min",
        "mins",
        "yesterday",
        "today",
    ];
    const BY: &[&str] = &["by", "von", "par", "por"];
    // Labels of a time stamp that are not words of a date itself.
    const STAMP_LABELS: &[&str] = &[
        "veröffentlichung",
        "publiziert",
        "erstellt",
        "stand",
        "datum",
        "publikacja",
        "aktualizacja",
        "data",
        "fecha",
        "date",
        "original",
    ];
    let words = line
        .split(|c: char| c.is_whitespace() || matches!(c, ';' | '|' | '·' | '•' | ',' | '@' | '–' | '—'))
        .map(|w| w.trim_matches(|c: char| matches!(c, '-' | ':' | '/' | '(' | ')' | '[' | ']')))
        .filter(|w| !w.is_empty());
    // Word by word, so that a paragraph is given up at its first word
    // that is no part of a stamp, not split whole first.
    let (mut stamped, mut names_left, mut count) = (false, 0, 0);
    for word in words {
        count += 1;
        if count > 18 {
            return false;
        }
        let lower = word.to_lowercase();
        let bare = lower.trim_end_matches('.');
        let digits = bare.bytes().filter(u8::is_ascii_digit).count();
        if digits > 0 {
            // A time ("11:04", "9:41am"), a date in digits ("11/18/19",
            // "18.11.2019") or a year; a day or a count stands with them.
            let numeric = bare.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            if !numeric
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, ':' | '/' | '.' | '-'))
            {
                return false;
            }
            stamped |= numeric.contains([':', '/']) || numeric.matches('.').count() == 2 || digits == 4;
            names_left = 0;
        } else if month_number(bare).is_some() || AGES.contains(&bare) {
            stamped = true;
            names_left = 0;
        } else if BY.contains(&bare) {
            names_left = 4;
        } else if names_left > 0 && word.starts_with(char::is_uppercase) {
            names_left -= 1;
        } else if !(is_weekday(bare)
            || is_filler(bare)
            || is_zone_name(bare)
            || matches!(bare, "am" | "pm" | "a.m" | "p.m" | "update" | "posted" | "às" | "em")
            || STAMP_LABELS.contains(&bare))
        {
            return false;
        }
    }
    stamped && count >= 2
}

/// The first date written in running text ("Veröffentlicht am 06.10.2023
/// von ...", "Posted on May 10, 2022 01:52 PM | News"), with the words of
/// the date as written. A date is a run of words that [`parse_date`] reads
/// whole, at most five each side of a word holding a year (a four-digit
/// number from 1900 to 2100, or a `dd.mm.yy` date); the longest run
/// starting earliest wins, so a time after the day is kept.
pub fn find_date_in_text(text: &str) -> Option<(NaiveDateTime, String)> {
    const LONGEST: usize = 6;
    let words: Vec<&str> = text.split_whitespace().take(20_000).collect();
    for (anchor, word) in words.iter().enumerate() {
        if !holds_year(word) {
            continue;
        }
        for start in anchor.saturating_sub(LONGEST - 1)..=anchor {
            let last = (anchor + LONGEST - 1).min(words.len());
            for end in (anchor + 1..=last).rev() {
                if let Some(date) = parse_words_run(&words[start..end]) {
                    // The shortest run that still reads as the same date:
                    // no label or page words around it.
                    let (mut start, mut end) = (start, end);
                    while start < anchor && parse_words_run(&words[start + 1..end]) == Some(date) {
                        start += 1;
                    }
                    while end > anchor + 1 && parse_words_run(&words[start..end - 1]) == Some(date) {
                        end -= 1;
                    }
                    return Some((date, trim_run(&words[start..end].join(" ")).to_string()));
                }
            }
        }
    }
    None
}

/// The date a run of words reads as, separators at its ends ignored.
fn parse_words_run(words: &[&str]) -> Option<NaiveDateTime> {
    parse_date(trim_run(&words.join(" ")))
}

fn trim_run(text: &str) -> &str {
    text.trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '|' | '(' | ')' | '·' | '•' | '-' | '–'))
}

/// Whether a word holds a year: four digits from 1900 to 2100 not inside a
/// longer number, or a `dd.mm.yy` date.
fn holds_year(word: &str) -> bool {
    let bytes = word.as_bytes();
    let mut run = 0;
    for (i, b) in bytes.iter().enumerate() {
        if b.is_ascii_digit() {
            run += 1;
            let ends = i + 1 == bytes.len() || !bytes[i + 1].is_ascii_digit();
            if run == 4 && ends {
                let year = &word[i + 1 - 4..=i];
                if ("1900".."2101").contains(&year) {
                    return true;
                }
            }
        } else {
            run = 0;
        }
    }
    let token = word.trim_matches(|c: char| !c.is_ascii_digit());
    token.len() == 8 && parse_numeric_date(token).is_some()
}

/// Unix time in seconds (10 digits) or milliseconds (13 digits).
fn parse_timestamp(text: &str) -> Option<NaiveDateTime> {
    if !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let value: i64 = text.parse().ok()?;
    let seconds = match text.len() {
        10 => value,
        13 => value / 1000,
        _ => return None,
    };
    let date = DateTime::from_timestamp(seconds, 0)?.naive_utc();
    plausible(date)
}

/// Rejects years no news page was published in, which mostly come from
/// numbers that are not dates.
fn plausible(date: NaiveDateTime) -> Option<NaiveDateTime> {
    use chrono::Datelike;
    (1900..=2100).contains(&date.year()).then_some(date)
}

/// `YYYY-MM-DD`, optionally followed by `T` or a space, a time, and a zone
/// (`Z`, `+03:00`, `+0300`, `UTC`...).
fn parse_iso(text: &str) -> Option<NaiveDateTime> {
    let bytes = text.as_bytes();
    if bytes.len() < 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let year = digits(text.get(0..4)?)?;
    let month = digits(text.get(5..7)?)?;
    let day = digits(text.get(8..10)?)?;
    let date = NaiveDate::from_ymd_opt(year as i32, month, day)?;
    let rest = text.get(10..)?;
    let time = if rest.is_empty() {
        NaiveTime::MIN
    } else {
        let rest = rest.strip_prefix(['T', 't', ' '])?;
        let (time_text, zone) = split_zone(rest);
        if !zone_is_valid(zone) {
            return None;
        }
        if time_text.is_empty() {
            NaiveTime::MIN
        } else {
            parse_clock(time_text)?
        }
    };
    plausible(date.and_time(time))
}

/// The value of a string of ASCII digits.
fn digits(text: &str) -> Option<u32> {
    if text.is_empty() || text.len() > 9 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// Splits a time such as `12:00:00.000+03:00` into the time and the zone.
fn split_zone(text: &str) -> (&str, &str) {
    let text = text.trim();
    let cut = text
        .char_indices()
        .find(|&(_, c)| c == 'Z' || c == 'z' || c == '+' || c == '-' || c == ' ')
        .map_or(text.len(), |(i, _)| i);
    (&text[..cut], text[cut..].trim())
}

fn zone_is_valid(zone: &str) -> bool {
    zone.is_empty() || zone.eq_ignore_ascii_case("z") || is_offset(zone) || is_zone_name(&zone.to_lowercase())
}

/// `+03:00`, `-0500`, `+03`.
fn is_offset(text: &str) -> bool {
    let Some(rest) = text.strip_prefix(['+', '-', '−']) else {
        return false;
    };
    let digits_only: String = rest.chars().filter(|&c| c != ':').collect();
    matches!(digits_only.len(), 2 | 4)
        && digits_only.bytes().all(|b| b.is_ascii_digit())
        && rest.chars().all(|c| c.is_ascii_digit() || c == ':')
}

/// `HH:MM`, `HH:MM:SS`, `HH:MM:SS.fff`, `10h30`, `10h`.
fn parse_clock(text: &str) -> Option<NaiveTime> {
    let text = text.trim_end_matches('.');
    let (main, _fraction) = match text.split_once('.') {
        Some((main, fraction)) if fraction.bytes().all(|b| b.is_ascii_digit()) => (main, fraction),
        Some(_) => return None,
        None => (text, ""),
    };
    let mut parts = main.split([':', 'h', 'H']);
    let hour = digits(parts.next()?)?;
    let minute = match parts.next() {
        Some("") | None => 0,
        Some(m) => digits(m)?,
    };
    let second = match parts.next() {
        Some(s) => digits(s)?,
        None => 0,
    };
    if parts.next().is_some() {
        return None;
    }
    NaiveTime::from_hms_opt(hour, minute, second.min(59))
}

/// What one word of a date written in words is.
enum Piece {
    Year(i32),
    Month(u32),
    /// A one- or two-digit number: a day (or, in numeric dates, a month).
    Small(u32),
    Day(u32),
    Date(NaiveDate),
    Time(NaiveTime),
    Meridiem {
        pm: bool,
    },
    Filler,
}

/// A date written in words or as a numeric date, with an optional time.
fn parse_words(text: &str) -> Option<NaiveDateTime> {
    let mut year = None;
    let mut month = None;
    let mut day = None;
    let mut smalls: Vec<u32> = Vec::new();
    let mut date = None;
    let mut time: Option<NaiveTime> = None;
    let mut pm: Option<bool> = None;
    for raw in text.split(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | ';' | '(' | ')')) {
        if raw.is_empty() {
            continue;
        }
        match classify(raw)? {
            // Two different years or months are two dates (or a calendar
            // widget), not one.
            Piece::Year(y) => {
                if year.is_some_and(|first| first != y) {
                    return None;
                }
                year = Some(y);
            }
            Piece::Month(m) => {
                if month.is_some_and(|first| first != m) {
                    return None;
                }
                month = Some(m);
            }
            Piece::Small(n) => smalls.push(n),
            Piece::Day(d) => {
                if day.is_none() {
                    day = Some(d);
                }
            }
            Piece::Date(d) => {
                if date.is_none() {
                    date = Some(d);
                }
            }
            Piece::Time(t) => {
                if time.is_none() {
                    time = Some(t);
                }
            }
            Piece::Meridiem { pm: is_pm } => {
                if pm.is_none() {
                    pm = Some(is_pm);
                }
            }
            Piece::Filler => {}
        }
    }
    let date = match date {
        Some(date) => date,
        None => {
            let year = year?;
            let month = month?;
            let day = day.or_else(|| smalls.first().copied())?;
            NaiveDate::from_ymd_opt(year, month, day)?
        }
    };
    let time = match (time, pm) {
        (Some(t), Some(is_pm)) => {
            use chrono::Timelike;
            let hour = t.hour() % 12 + if is_pm { 12 } else { 0 };
            t.with_hour(hour).unwrap_or(t)
        }
        (Some(t), None) => t,
        (None, _) => NaiveTime::MIN,
    };
    plausible(date.and_time(time))
}

fn classify(raw: &str) -> Option<Piece> {
    if is_offset(raw) {
        return Some(Piece::Filler);
    }
    let token = raw.trim_matches(|c: char| matches!(c, '.' | ':' | '-' | '–' | '—' | '/'));
    if token.is_empty() {
        return Some(Piece::Filler);
    }
    if token.bytes().all(|b| b.is_ascii_digit()) {
        let value = digits(token)?;
        return match token.len() {
            1 | 2 => Some(Piece::Small(value)),
            4 if (1900..=2100).contains(&value) => Some(Piece::Year(value as i32)),
            _ => None,
        };
    }
    if let Some(iso) = parse_iso(token) {
        return Some(Piece::Date(iso.date()));
    }
    if let Some(date) = parse_numeric_date(token) {
        return Some(Piece::Date(date));
    }
    let lower = token.to_lowercase();
    if let Some(time) = parse_time_word(&lower) {
        return Some(time);
    }
    if let Some(day) = ordinal_day(&lower) {
        return Some(Piece::Day(day));
    }
    match lower.as_str() {
        "am" | "a.m" | "a.m." => return Some(Piece::Meridiem { pm: false }),
        "pm" | "p.m" | "p.m." => return Some(Piece::Meridiem { pm: true }),
        _ => {}
    }
    if let Some(month) = month_number(&lower) {
        return Some(Piece::Month(month));
    }
    if is_weekday(&lower) || is_filler(&lower) || is_zone_name(&lower) {
        return Some(Piece::Filler);
    }
    None
}

/// `01.10.2020` and `28.01.22` (day first), `10/01/2020` (month first
/// unless the first number cannot be a month), `2020/10/01`.
fn parse_numeric_date(token: &str) -> Option<NaiveDate> {
    let separator = if token.contains('/') {
        '/'
    } else if token.contains('.') {
        '.'
    } else {
        return None;
    };
    let parts: Vec<&str> = token.split(separator).collect();
    if parts.len() != 3 {
        return None;
    }
    let [a, b, c] = [digits(parts[0])?, digits(parts[1])?, digits(parts[2])?];
    let (year, month, day) = if parts[0].len() == 4 {
        (a, b, c)
    } else if separator == '.' && parts.iter().all(|p| p.len() == 2) {
        // `28.01.22`: day, month, two-digit year of this century or the last.
        (if c < 70 { 2000 + c } else { 1900 + c }, b, a)
    } else if parts[2].len() == 4 {
        if separator == '.' || a > 12 {
            (c, b, a)
        } else {
            (c, a, b)
        }
    } else {
        return None;
    };
    NaiveDate::from_ymd_opt(year as i32, month, day)
}

/// `10:00`, `9:45pm`, `10h30`.
fn parse_time_word(lower: &str) -> Option<Piece> {
    if !lower.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (clock, pm) = if let Some(clock) = lower.strip_suffix("pm").or_else(|| lower.strip_suffix("p.m")) {
        (clock, Some(true))
    } else if let Some(clock) = lower.strip_suffix("am").or_else(|| lower.strip_suffix("a.m")) {
        (clock, Some(false))
    } else {
        (lower, None)
    };
    if !clock.contains([':', 'h']) {
        return None;
    }
    let time = parse_clock(clock)?;
    Some(match pm {
        Some(pm) => {
            use chrono::Timelike;
            let hour = time.hour() % 12 + if pm { 12 } else { 0 };
            Piece::Time(time.with_hour(hour).unwrap_or(time))
        }
        None => Piece::Time(time),
    })
}

/// `1st`, `2nd`, `23rd`, `4th`, `1er`, `1º`.
fn ordinal_day(lower: &str) -> Option<u32> {
    let end = lower.find(|c: char| !c.is_ascii_digit())?;
    let (number, suffix) = lower.split_at(end);
    if !matches!(suffix, "st" | "nd" | "rd" | "th" | "er" | "e" | "º" | "ª") {
        return None;
    }
    let day = digits(number)?;
    (1..=31).contains(&day).then_some(day)
}

/// Month names and abbreviations in the languages chorus reads most.
const MONTHS: [&[&str]; 12] = [
    &[
        "jan",
        "january",
        "janv",
        "janvier",
        "januar",
        "jänner",
        "enero",
        "ene",
        "gennaio",
        "janeiro",
        "январь",
        "января",
        "янв",
        "styczeń",
        "stycznia",
        "ιανουαρίου",
        "ιανουάριος",
    ],
    &[
        "feb",
        "february",
        "févr",
        "fév",
        "février",
        "fevrier",
        "februar",
        "febrero",
        "febbraio",
        "fevereiro",
        "февраль",
        "февраля",
        "фев",
        "luty",
        "lutego",
        "φεβρουαρίου",
        "φεβρουάριος",
    ],
    &[
        "mar",
        "march",
        "mars",
        "märz",
        "maerz",
        "marzo",
        "março",
        "март",
        "марта",
        "marzec",
        "marca",
        "μαρτίου",
        "μάρτιος",
    ],
    &[
        "apr",
        "april",
        "avr",
        "avril",
        "abril",
        "abr",
        "aprile",
        "апрель",
        "апреля",
        "апр",
        "kwiecień",
        "kwietnia",
        "απριλίου",
        "απρίλιος",
    ],
    &[
        "may",
        "mai",
        "mayo",
        "maggio",
        "maio",
        "май",
        "мая",
        "maj",
        "maja",
        "μαΐου",
        "μάιος",
    ],
    &[
        "jun",
        "june",
        "juin",
        "juni",
        "junio",
        "giugno",
        "junho",
        "июнь",
        "июня",
        "июн",
        "czerwiec",
        "czerwca",
        "ιουνίου",
        "ιούνιος",
    ],
    &[
        "jul",
        "july",
        "juil",
        "juillet",
        "juli",
        "julio",
        "luglio",
        "julho",
        "июль",
        "июля",
        "июл",
        "lipiec",
        "lipca",
        "ιουλίου",
        "ιούλιος",
    ],
    &[
        "aug",
        "august",
        "août",
        "aout",
        "agosto",
        "ago",
        "август",
        "августа",
        "авг",
        "sierpień",
        "sierpnia",
        "αυγούστου",
        "αύγουστος",
    ],
    &[
        "sep",
        "sept",
        "september",
        "septembre",
        "septiembre",
        "setiembre",
        "settembre",
        "setembro",
        "сентябрь",
        "сентября",
        "сен",
        "сент",
        "wrzesień",
        "września",
        "σεπτεμβρίου",
        "σεπτέμβριος",
    ],
    &[
        "oct",
        "october",
        "octobre",
        "oktober",
        "okt",
        "octubre",
        "ottobre",
        "outubro",
        "октябрь",
        "октября",
        "окт",
        "październik",
        "października",
        "οκτωβρίου",
        "οκτώβριος",
    ],
    &[
        "nov",
        "november",
        "novembre",
        "noviembre",
        "novembro",
        "ноябрь",
        "ноября",
        "ноя",
        "нояб",
        "listopad",
        "listopada",
        "νοεμβρίου",
        "νοέμβριος",
    ],
    &[
        "dec",
        "december",
        "déc",
        "décembre",
        "decembre",
        "dezember",
        "dez",
        "diciembre",
        "dic",
        "dicembre",
        "dezembro",
        "декабрь",
        "декабря",
        "дек",
        "grudzień",
        "grudnia",
        "δεκεμβρίου",
        "δεκέμβριος",
    ],
];

fn month_number(lower: &str) -> Option<u32> {
    MONTHS
        .iter()
        .position(|names| names.contains(&lower))
        .map(|i| i as u32 + 1)
}

fn is_weekday(lower: &str) -> bool {
    const WEEKDAYS: &[&str] = &[
        "mon",
        "monday",
        "tue",
        "tues",
        "tuesday",
        "wed",
        "wednesday",
        "thu",
        "thur",
        "thurs",
        "thursday",
        "fri",
        "friday",
        "sat",
        "saturday",
        "sun",
        "sunday",
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "montag",
        "dienstag",
        "mittwoch",
        "donnerstag",
        "freitag",
        "samstag",
        "sonntag",
        "lunes",
        "martes",
        "miércoles",
        "jueves",
        "viernes",
        "sábado",
        "domingo",
        "понедельник",
        "вторник",
        "среда",
        "четверг",
        "пятница",
        "суббота",
        "воскресенье",
        "пн",
        "вт",
        "ср",
        "чт",
        "пт",
        "сб",
        "вс",
        "poniedziałek",
        "wtorek",
        "środa",
        "czwartek",
        "piątek",
        "sobota",
        "niedziela",
        "mo",
        "di",
        "mi",
        "do",
        "fr",
        "sa",
        "so",
        "lunedì",
        "martedì",
        "mercoledì",
        "giovedì",
        "venerdì",
        "sabato",
        "domenica",
    ];
    WEEKDAYS.contains(&lower)
}

/// Words that may surround a date on a date line.
fn is_filler(lower: &str) -> bool {
    const FILLERS: &[&str] = &[
        "at",
        "on",
        "the",
        "of",
        "published",
        "updated",
        "posted",
        "last",
        "modified",
        "created",
        "date",
        "dated",
        "de",
        "del",
        "le",
        "la",
        "à",
        "a",
        "am",
        "um",
        "uhr",
        "den",
        "el",
        "г",
        "года",
        "год",
        "в",
        "r",
        "roku",
        "o",
        "godz",
        "h",
        "et",
        "y",
        "publié",
        "mis",
        "jour",
        "publicado",
        "actualizado",
        "veröffentlicht",
        "aktualisiert",
        "опубликовано",
        "обновлено",
        "opublikowano",
        "aktualizacja",
        "&",
        "and",
        "·",
        "•",
        "by",
        "since",
        "time",
    ];
    FILLERS.contains(&lower)
}

fn is_zone_name(lower: &str) -> bool {
    const ZONES: &[&str] = &[
        "gmt", "utc", "z", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "et", "ct", "pt", "mt", "bst",
        "cet", "cest", "eet", "eest", "msk", "ist", "jst", "aest", "hkt", "sgt", "wib", "akst", "akdt", "hst",
    ];
    ZONES.contains(&lower)
        || ["gmt+", "gmt-", "utc+", "utc-"].iter().any(|p| {
            lower
                .strip_prefix(p)
                .is_some_and(|rest| !rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit() || c == ':'))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd_hms(y: i32, m: u32, d: u32, h: u32, min: u32, s: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .and_then(|date| date.and_hms_opt(h, min, s))
            .expect("valid test date")
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDateTime {
        ymd_hms(y, m, d, 0, 0, 0)
    }

    #[test]
    fn offsets_are_read_beside_the_wall_clock_time() {
        let offset = |text: &str| parse_offset(text).map(|o| o.local_minus_utc());
        assert_eq!(offset("2020-09-08T17:33:18.096+02:00"), Some(7200));
        assert_eq!(offset("2020-10-01T10:00:00Z"), Some(0));
        assert_eq!(offset("2020-10-01T10:00:00-0500"), Some(-18000));
        assert_eq!(offset("Thu, 01 Oct 2020 10:00:00 GMT"), Some(0));
        assert_eq!(offset("Monday, February 2, 2015 9:45 PM EST"), Some(-18000));
        assert_eq!(offset("2015-02-02 21:45 GMT+5:30"), Some(19800));
        assert_eq!(offset("2020-10-01"), None);
        assert_eq!(offset("2020-10-01T10:00:00"), None);
        assert_eq!(offset("October 1, 2020"), None);
        assert_eq!(offset("not a date +02:00"), None);
        // The wall-clock time is unchanged; UTC is computed apart.
        assert_eq!(
            parse_date("2020-09-08T17:33:18+02:00"),
            Some(ymd_hms(2020, 9, 8, 17, 33, 18))
        );
        assert_eq!(
            parse_utc("2020-09-08T01:00:00+02:00"),
            Some(ymd_hms(2020, 9, 7, 23, 0, 0))
        );
        assert_eq!(parse_utc("2020-10-02T08:00:00Z"), Some(ymd_hms(2020, 10, 2, 8, 0, 0)));
    }

    #[test]
    fn time_stamp_lines_are_told_from_sentences() {
        for line in [
            "By Justine Coleman - 11/18/19 11:04 PM EST",
            "By HNN Staff | November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM",
            "Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM",
            "Nov 18, 2019 @17:19 PM · Updated: Nov 18, 2019 @17:26 PM",
            "Updated at 1:23 p.m.",
            "Published 1 day ago",
            "Aktualisiert am 18.11.2019 um 14:05 Uhr",
            "Veröffentlichung: 2. Februar 2022",
            "Publiziert: 03.04.2020, 12:35",
            "Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET",
        ] {
            assert!(is_timestamp_line(line), "{line}");
        }
        for line in [
            "Updated",
            "By Jane Roe",
            "The vote was on Nov 18, 2019 at 5 PM.",
            "Police said 3 people died on Monday.",
            "By 2019, sales had doubled",
            "Published by Penguin in 2019",
            "The original draft of 2019 / 2020",
        ] {
            assert!(!is_timestamp_line(line), "{line}");
        }
    }

    #[test]
    fn reads_iso_and_rfc_forms() {
        assert_eq!(parse_date("2020-10-01"), Some(day(2020, 10, 1)));
        assert_eq!(
            parse_date("2014-03-10T16:52:50.698Z").map(|d| d.date()),
            Some(day(2014, 3, 10).date())
        );
        assert_eq!(
            parse_date("2020-10-01T12:00:00+03:00"),
            Some(ymd_hms(2020, 10, 1, 12, 0, 0))
        );
        assert_eq!(parse_date("2020-10-01 12:00:00"), Some(ymd_hms(2020, 10, 1, 12, 0, 0)));
        assert_eq!(parse_date("2020-10-01T12:00"), Some(ymd_hms(2020, 10, 1, 12, 0, 0)));
        assert_eq!(
            parse_date("Thu, 01 Oct 2020 10:00:00 GMT"),
            Some(ymd_hms(2020, 10, 1, 10, 0, 0))
        );
        assert_eq!(
            parse_date("Thu, 01 Oct 2020 10:00:00 +0300"),
            Some(ymd_hms(2020, 10, 1, 10, 0, 0))
        );
        assert_eq!(parse_date("1601546400"), Some(ymd_hms(2020, 10, 1, 10, 0, 0)));
    }

    #[test]
    fn reads_dates_in_words() {
        assert_eq!(parse_date("October 1, 2020"), Some(day(2020, 10, 1)));
        assert_eq!(parse_date("01 October 2020"), Some(day(2020, 10, 1)));
        assert_eq!(parse_date("Thursday, 01 October 2020"), Some(day(2020, 10, 1)));
        assert_eq!(parse_date("Oct. 1st, 2020"), Some(day(2020, 10, 1)));
        assert_eq!(parse_date("1er octobre 2020"), Some(day(2020, 10, 1)));
        assert_eq!(
            parse_date("Donnerstag, 1. Oktober 2020, 10:30 Uhr"),
            Some(ymd_hms(2020, 10, 1, 10, 30, 0))
        );
        assert_eq!(parse_date("1 de octubre de 2020"), Some(day(2020, 10, 1)));
        assert_eq!(parse_date("1 октября 2020 г."), Some(day(2020, 10, 1)));
        assert_eq!(
            parse_date("Posted: Monday, February 2, 2015 9:45 PM EST"),
            Some(ymd_hms(2015, 2, 2, 21, 45, 0))
        );
        assert_eq!(
            parse_date("October 27, 2013 11:16 AM"),
            Some(ymd_hms(2013, 10, 27, 11, 16, 0))
        );
    }

    #[test]
    fn reads_numeric_dates() {
        assert_eq!(parse_date("01.10.2020"), Some(day(2020, 10, 1)));
        assert_eq!(parse_date("10/01/2020"), Some(day(2020, 10, 1)));
        assert_eq!(parse_date("25/12/2020"), Some(day(2020, 12, 25)));
        assert_eq!(parse_date("2020/10/01"), Some(day(2020, 10, 1)));
    }

    #[test]
    fn rejects_what_is_not_a_date() {
        for text in [
            "",
            "yesterday",
            "2020-13-45",
            "October 2020",
            "By the end of October 1, 2020 was over",
            "February 30, 2020",
            "99999999999",
            "2020-10-01Tgarbage",
            "the 1st of many",
            "May JUL Aug 17 2018",
            "12 March 2019 2020",
        ] {
            assert_eq!(parse_date(text), None, "{text:?}");
        }
    }

    #[test]
    fn finds_dates_in_running_text() {
        let found = |text: &str| find_date_in_text(text).map(|(date, words)| (date, words));
        assert_eq!(
            found("Veröffentlicht: 06.10.2023 von Anna"),
            Some((day(2023, 10, 6), "06.10.2023".to_string()))
        );
        assert_eq!(
            found("Staff | Published On May 10, 2022 01:52 PM | Crime"),
            Some((ymd_hms(2022, 5, 10, 13, 52, 0), "May 10, 2022 01:52 PM".to_string()))
        );
        assert_eq!(found("Von: Jana | 31.10.23").map(|f| f.0), Some(day(2023, 10, 31)));
        assert_eq!(
            found("Mi., 26.01.2022 - 14:30").map(|f| f.0),
            Some(ymd_hms(2022, 1, 26, 14, 30, 0))
        );
        assert_eq!(found("21. Jan 2022 // Dominik").map(|f| f.0), Some(day(2022, 1, 21)));
        assert_eq!(found("In 2019 the club had 2000 members."), None);
        assert_eq!(found("Call 0800 2020 1234 today"), None);
    }

    #[test]
    fn finds_trailing_dates() {
        assert!(ends_with_date("RUSSIA -- Putin speaks outside Moscow, June 26, 2020"));
        assert!(ends_with_date("A man touches a shell in a town, 1 October 2020"));
        assert!(!ends_with_date("He arrived on June 26, 2020 and left."));
    }
}
