//! English names of months and weekdays: the one list that every stage
//! telling a day or a month from other words reads (the dates stage's
//! English table, page stamps and listings in summaries, group sources and
//! time words in quotes, calendar words in bylines).

/// Month names, lower case, January first.
pub const ENGLISH_MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Weekday names, lower case, Monday first.
pub const ENGLISH_WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Weekday abbreviations as page stamps write them ("Tue Apr 28", "Thurs").
const ENGLISH_WEEKDAY_ABBREVIATIONS: [&str; 10] =
    ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"];

/// Whether `word` is an English month name, in any case ("March", "MAY").
pub fn is_english_month(word: &str) -> bool {
    (3..=9).contains(&word.len()) && ENGLISH_MONTHS.iter().any(|name| name.eq_ignore_ascii_case(word))
}

/// Whether `word` is an English weekday name, in any case, or, when
/// `abbreviated`, also one of its abbreviations ("Tue", "thurs").
pub fn is_english_weekday(word: &str, abbreviated: bool) -> bool {
    (3..=9).contains(&word.len())
        && (ENGLISH_WEEKDAYS.iter().any(|name| name.eq_ignore_ascii_case(word))
            || abbreviated
                && ENGLISH_WEEKDAY_ABBREVIATIONS
                    .iter()
                    .any(|name| name.eq_ignore_ascii_case(word)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_and_weekdays_in_any_case() {
        assert!(is_english_month("March") && is_english_month("MAY") && !is_english_month("Mar"));
        assert!(is_english_weekday("Sunday", false) && !is_english_weekday("Sun", false));
        assert!(is_english_weekday("Thurs", true) && !is_english_weekday("Thursdays", true));
    }
}
