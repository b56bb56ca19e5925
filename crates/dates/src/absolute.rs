//! Dates written with a month, a day or a year: "September 30, 2020",
//! "30 September 2020", "Sept. 30", "September 30th", "Thursday, 01
//! October 2020", "30. September", "30 de septiembre de 2020", "in October
//! 2020", "in October", "last October", "in 2019", "30/09/2020",
//! "2020-09-30", "30.09.2020".
//!
//! What counts as a date:
//!
//! * a month name with a day and/or a year next to it; English and German
//!   month names must be capitalized ("may" is a verb), and abbreviations
//!   ("Sept.") need a day or a year next to them;
//! * a month name alone only after a word that makes it a date: "in",
//!   "since", "early", "last", "en", "seit", "desde"…, or before "dernier"
//!   / "pasado" ("octobre dernier");
//! * a year alone (four digits, 1800–2100) only after such a word ("in
//!   2019", "since 1994"), after "of" with no noun following ("the
//!   pandemic of 1918."), heading a sentence before a colon ("1957: Asian
//!   flu killed…"), joined to a year just found ("in 1918, 1957 and
//!   1968", "from 1966 to 1976"), or in English after "a" ("a 1994
//!   ceasefire") or after "the" before a word that is no plural noun ("the
//!   1918 flu pandemic", not "the 2000 troops"); "2019 people" is no date.
//!   A span of years ("1918-19", "2008-2011") is dated by its first year;
//!   after a month, a year may be as early as 1000 ("22 Aug 1760");
//! * three numbers joined by `/`, `-` or `.` without spaces, one of them a
//!   year; two numbers ("42/9") are never a date.
//!
//! Day and month order of numeric dates: a year first is ISO (year, month,
//! day); otherwise the order that is possible wins ("09/30/2020" can only
//! be month first); when both are possible, the article decides: first by
//! the numeric dates in it whose order is certain, then, for English, by
//! how it writes dates in words ("September 30" votes month first, "30
//! September" day first); with no evidence, day first, the order of most
//! of the world.
//!
//! A date without a year takes the year that puts it latest on or before
//! the publication day, allowing a few days after it, half a year after
//! words of the future, and the year of its weekday when one is written
//! (see [`crate::calendar`]); without a publication date it is skipped.

use chorus_model::{DateMention, DatePrecision};
use chrono::{NaiveDate, Weekday};

use crate::calendar;
use crate::names::{Entry, Lang, DATE_PREP, LAST, NEXT, OF, THIS};
use crate::view::{digits_value, View};

/// Whether an English word looks like a plural noun, which a number before
/// counts ("the 2000 troops") rather than dates.
fn looks_plural(word: &str) -> bool {
    (word.ends_with('s') && !word.ends_with("ss")) || matches!(word, "people" | "men" | "women" | "children" | "police")
}

/// Earliest year read from four digits alone ("in 1918"); lower numbers
/// are counts ("1500 troops").
const EARLIEST_YEAR_ALONE: u32 = 1800;

/// Earliest year read from four digits written after a month ("22 Aug
/// 1760" in a parish record, "October 1492"): there they can only be a
/// year, and read as none they left the day and month to take a year of
/// the news.
const EARLIEST_YEAR_WITH_MONTH: u32 = 1000;

/// Latest year read from four digits.
const LATEST_YEAR: u32 = 2100;

/// A date as written, before it is resolved to the calendar.
#[derive(Debug, Clone, Copy)]
struct Written {
    /// Last token of the date.
    last: usize,
    year: Option<i32>,
    month: u32,
    /// `None` for a month or a year.
    day: Option<u32>,
    /// `true` for a year alone.
    year_only: bool,
    /// "last October": the latest such month before the publication month.
    previous: bool,
    /// The weekday written with the date ("Wednesday, May 6").
    weekday: Option<Weekday>,
}

/// A numeric date whose order could be day–month or month–day.
struct Ambiguous {
    /// Index of the mention in the output.
    index: usize,
    year: i32,
    first: u32,
    second: u32,
}

/// Evidence on the order of day and month in one article.
#[derive(Default)]
struct OrderVotes {
    numeric_day_first: u32,
    numeric_month_first: u32,
    words_day_first: u32,
    words_month_first: u32,
}

/// Find the absolute dates of the view, marking their tokens in `used`.
/// Dates without a year are resolved against `published` when it is
/// known, and skipped otherwise.
pub(crate) fn scan(
    view: &View,
    lang: Lang,
    published: Option<NaiveDate>,
    used: &mut [bool],
    out: &mut Vec<DateMention>,
) {
    let mut scanner = Scanner {
        view,
        last_year_end: None,
        last_month_end: None,
        lang,
        published,
        votes: OrderVotes::default(),
        ambiguous: Vec::new(),
    };
    for sentence in &view.sentences {
        let mut i = sentence.start;
        while i < sentence.end {
            match scanner.date_at(i, sentence.start, sentence.end, out) {
                Some(last) => {
                    for flag in used.iter_mut().take(last + 1).skip(i) {
                        *flag = true;
                    }
                    i = last + 1;
                }
                None => i += 1,
            }
        }
    }
    scanner.settle_ambiguous(out);
}

struct Scanner<'v, 'a> {
    view: &'v View<'a>,
    /// The last token of the last year found alone, for "1957 and 1968".
    last_year_end: Option<usize>,
    /// The last token of the last month found alone, for "March and April".
    last_month_end: Option<usize>,
    lang: Lang,
    published: Option<NaiveDate>,
    votes: OrderVotes,
    ambiguous: Vec<Ambiguous>,
}

impl Scanner<'_, '_> {
    fn entry(&self, i: usize) -> Entry {
        self.view.entry(i)
    }

    /// Match a date starting at token `i` of the sentence `start..end`,
    /// push it, and return its last token.
    fn date_at(&mut self, i: usize, start: usize, end: usize, out: &mut Vec<DateMention>) -> Option<usize> {
        let entry = self.entry(i);
        // Only a number, a digit-led word ("30th"), a month or a weekday
        // starts a date.
        let may_start = self.view.is_number(i)
            || entry.month > 0
            || entry.weekday.is_some()
            || self.view.raw(i).starts_with(|c: char| c.is_ascii_digit());
        if !may_start {
            return None;
        }
        if entry.weekday.is_some() && (!entry.weekday_abbreviation || self.view.capitalized(i)) {
            // "Thursday, 01 October 2020": the weekday joins the date.
            let mut j = i + 1;
            if entry.weekday_abbreviation && self.view.is_punct(j, ".") {
                j += 1;
            }
            if self.view.is_punct(j, ",") {
                j += 1;
            }
            if j < end {
                if let Some(mut written) = self.written_at(j, start, end).filter(|w| w.day.is_some()) {
                    written.weekday = entry.weekday;
                    return self.push(i, start, written, out);
                }
            }
            if entry.weekday_abbreviation {
                return None;
            }
        }
        if let Some(last) = self.numeric_at(i, end, out) {
            return Some(last);
        }
        let written = self.written_at(i, start, end)?;
        self.push(i, start, written, out)
    }

    /// How many days after the publication day a date without a year
    /// starting at token `first` of a sentence starting at `start` may fall:
    /// more when words of the future come shortly before it ("will be held
    /// on", "scheduled for", "until").
    fn allowance_at(&self, first: usize, start: usize) -> u64 {
        if self.view.future_cue_before(first, start) {
            calendar::ANNOUNCED_ALLOWANCE_DAYS
        } else {
            calendar::FUTURE_ALLOWANCE_DAYS
        }
    }

    /// Resolve a written date starting at `first` and push it.
    fn push(&mut self, first: usize, start: usize, written: Written, out: &mut Vec<DateMention>) -> Option<usize> {
        if written.year_only {
            self.last_year_end = Some(written.last);
        } else if written.day.is_none() && written.year.is_none() {
            self.last_month_end = Some(written.last);
        }
        let (date, precision, relative) = match (written.year, written.day) {
            _ if written.year_only => (
                NaiveDate::from_ymd_opt(written.year?, 1, 1)?,
                DatePrecision::Year,
                false,
            ),
            (Some(year), Some(day)) => (
                NaiveDate::from_ymd_opt(year, written.month, day)?,
                DatePrecision::Day,
                false,
            ),
            (Some(year), None) => (
                NaiveDate::from_ymd_opt(year, written.month, 1)?,
                DatePrecision::Month,
                false,
            ),
            (None, Some(day)) => {
                let published = self.published?;
                let on_weekday = written
                    .weekday
                    .and_then(|weekday| calendar::month_day_on_weekday(published, written.month, day, weekday));
                let date = match on_weekday {
                    Some(date) => date,
                    None => {
                        let allowance = self.allowance_at(first, start).max(calendar::DAY_MONTH_ALLOWANCE_DAYS);
                        calendar::month_day_near(published, written.month, day, allowance)?
                    }
                };
                (date, DatePrecision::Day, true)
            }
            (None, None) => {
                let published = self.published?;
                let date = if written.previous {
                    calendar::month_before(published, written.month)?
                } else {
                    let allowance = self.allowance_at(first, start);
                    calendar::month_near(published, written.month, allowance)?
                };
                (date, DatePrecision::Month, true)
            }
        };
        out.push(DateMention {
            span: self.view.span(first, written.last),
            date,
            precision,
            relative,
            starts_period: false,
            announced: false,
        });
        Some(written.last)
    }

    /// A date in words starting at `i`: month first, day first, a month or
    /// a year after a preposition.
    fn written_at(&mut self, i: usize, start: usize, end: usize) -> Option<Written> {
        let before = if i > start { self.entry(i - 1) } else { Entry::default() };
        if let Some((month, abbreviation, after_month)) = self.month_at(i) {
            // "the end of April", "in March and April": dated like "in April".
            let end_of = i >= start + 2
                && before.roles & OF != 0
                && matches!(self.view.word(i - 2), "end" | "beginning" | "start" | "middle");
            let before = if end_of || self.follows_month(i, start) {
                Entry {
                    roles: before.roles | DATE_PREP,
                    ..before
                }
            } else {
                before
            };
            return self.month_first(before, month, abbreviation, after_month, end);
        }
        if let Some(day) = self.day_at(i) {
            let mut j = i + 1;
            if self.view.is_punct(j, ".") && self.view.joined(j) {
                j += 1;
            }
            if self.entry(j).roles & OF != 0 {
                j += 1;
            }
            if j < end {
                if let Some((month, _, after_month)) = self.month_at(j) {
                    let (year, last) = self.year_after(after_month, end);
                    self.votes.words_day_first += 1;
                    return Some(Written {
                        last: last.unwrap_or(after_month - 1),
                        year,
                        month,
                        day: Some(day),
                        year_only: false,
                        previous: false,
                        weekday: None,
                    });
                }
            }
        }
        let year = self.year_at(i)?;
        // "1918-19", "2008-2011", "1995-7": a span of years, dated by its
        // first; other numbers joined by "-" or "/" are no year.
        let joined_after =
            self.view.joined(i + 1) && (self.view.is_punct(i + 1, "-") || self.view.is_punct(i + 1, "/"));
        let span_end = (joined_after
            && self.view.is_punct(i + 1, "-")
            && self.view.is_number(i + 2)
            && self.view.joined(i + 2)
            && matches!(self.view.raw(i + 2).len(), 1 | 2 | 4))
        .then_some(i + 2);
        if joined_after && span_end.is_none() {
            return None;
        }
        let last = span_end.unwrap_or(i);
        // "in 1994"; "the pandemic of 1918." (no noun after: "of 1918
        // people" is a count); "1957: Asian flu…" heading a line of a list;
        // "in 1918, 1957 and 1968"; "a 1994 ceasefire", "the 1918 flu" (not
        // "the 2000 troops").
        let next_is_word = last + 1 < end && self.view.is_word(last + 1);
        let of_year = before.roles & OF != 0 && self.lang == Lang::En && !next_is_word;
        let listed = i == start && self.view.is_punct(last + 1, ":");
        let attributive = self.lang == Lang::En
            && i > start
            && match self.view.word(i - 1) {
                "a" | "an" => true,
                "the" => next_is_word && !looks_plural(self.view.word(last + 1)),
                _ => false,
            };
        let dated = before.roles & DATE_PREP != 0 || of_year || listed || attributive || self.follows_year(i, start);
        dated.then_some(Written {
            last,
            year: Some(year),
            month: 1,
            day: None,
            year_only: true,
            previous: false,
            weekday: None,
        })
    }

    /// Whether token `i` follows a year just found, joined by a comma, a
    /// conjunction or "to": "in 1918, 1957 and 1968", "from 1966 to 1976".
    fn follows_year(&self, i: usize, start: usize) -> bool {
        self.joined_to(self.last_year_end, i, start)
    }

    /// Whether token `i` follows a month just found alone: "in March and
    /// April".
    fn follows_month(&self, i: usize, start: usize) -> bool {
        self.joined_to(self.last_month_end, i, start)
    }

    /// Whether token `i` follows the token `previous` of its sentence, with
    /// only one or two joining words between.
    fn joined_to(&self, previous: Option<usize>, i: usize, start: usize) -> bool {
        const JOINERS: [&str; 12] = [",", "and", "or", "to", "-", "–", "&", "et", "und", "y", "bis", "à"];
        let Some(previous) = previous.filter(|&e| e >= start && e < i) else {
            return false;
        };
        (1..=2).contains(&(i - previous - 1)) && (previous + 1..i).all(|k| JOINERS.contains(&self.view.word(k)))
    }

    /// The rest of a date that starts with a month name, after the word
    /// `before` it.
    fn month_first(
        &mut self,
        before: Entry,
        month: u32,
        abbreviation: bool,
        after_month: usize,
        end: usize,
    ) -> Option<Written> {
        if after_month < end {
            if let Some(day) = self.day_at(after_month) {
                let (year, last) = self.year_after(after_month + 1, end);
                self.votes.words_month_first += 1;
                return Some(Written {
                    last: last.unwrap_or(after_month),
                    year,
                    month,
                    day: Some(day),
                    year_only: false,
                    previous: false,
                    weekday: None,
                });
            }
            if let (Some(year), Some(last)) = self.year_after(after_month, end) {
                return Some(Written {
                    last,
                    year: Some(year),
                    month,
                    day: None,
                    year_only: false,
                    previous: false,
                    weekday: None,
                });
            }
        }
        if abbreviation {
            return None;
        }
        // A month alone: only after a preposition ("in October", "last
        // October") or before "dernier" ("octobre dernier").
        let after = if after_month < end {
            self.entry(after_month)
        } else {
            Entry::default()
        };
        let last_word_before = before.roles & LAST != 0 && self.lang.capitalizes_names();
        let last_word_after = after.roles & LAST != 0 && !self.lang.capitalizes_names();
        if before.roles & NEXT != 0 || after.roles & NEXT != 0 {
            return None;
        }
        let is_date = before.roles & (DATE_PREP | THIS) != 0 || last_word_before || last_word_after;
        is_date.then_some(Written {
            last: if last_word_after { after_month } else { after_month - 1 },
            year: None,
            month,
            day: None,
            year_only: false,
            previous: last_word_before || last_word_after,
            weekday: None,
        })
    }

    /// A month name at `i`: its number, whether it is an abbreviation, and
    /// the token after it (after the abbreviation's period).
    fn month_at(&self, i: usize) -> Option<(u32, bool, usize)> {
        if !self.view.is_word(i) {
            return None;
        }
        let word = self.view.word(i);
        let entry = self.entry(i);
        if entry.month == 0 {
            return None;
        }
        if self.lang.capitalizes_names() && !self.view.capitalized(i) && !word.contains('-') {
            return None;
        }
        let mut after = i + 1;
        if entry.month_abbreviation && self.view.is_punct(after, ".") && self.view.joined(after) {
            after += 1;
        }
        Some((entry.month as u32, entry.month_abbreviation, after))
    }

    /// A day of the month at `i`: "30", "01", "30th", "1er", "1º".
    fn day_at(&self, i: usize) -> Option<u32> {
        let raw = self.view.raw(i);
        let digits = if self.view.is_number(i) {
            raw
        } else if self.view.is_word(i) {
            let end = raw.find(|c: char| !c.is_ascii_digit()).unwrap_or(raw.len());
            let suffix = self.view.word(i).get(end..).unwrap_or("");
            const ORDINALS: [&str; 9] = ["st", "nd", "rd", "th", "er", "e", "º", "ª", "o"];
            if end == 0 || !ORDINALS.contains(&suffix) {
                return None;
            }
            &raw[..end]
        } else {
            return None;
        };
        if digits.len() > 2 {
            return None;
        }
        digits_value(digits).filter(|d| (1..=31).contains(d))
    }

    /// A year alone at `i`: four digits from [`EARLIEST_YEAR_ALONE`] to
    /// [`LATEST_YEAR`].
    fn year_at(&self, i: usize) -> Option<i32> {
        self.year_from(i, EARLIEST_YEAR_ALONE)
    }

    /// A year at `i` of at least `earliest`: four digits up to
    /// [`LATEST_YEAR`].
    fn year_from(&self, i: usize, earliest: u32) -> Option<i32> {
        if !self.view.is_number(i) || self.view.raw(i).len() != 4 {
            return None;
        }
        digits_value(self.view.raw(i))
            .filter(|y| (earliest..=LATEST_YEAR).contains(y))
            .map(|y| y as i32)
    }

    /// A year at `j`, or after a comma or "de" at `j`: the year and its
    /// token.
    fn year_after(&self, j: usize, end: usize) -> (Option<i32>, Option<usize>) {
        let at = if self.view.is_punct(j, ",") || self.entry(j).roles & OF != 0 {
            j + 1
        } else {
            j
        };
        match self.year_from(at, EARLIEST_YEAR_WITH_MONTH).filter(|_| at < end) {
            Some(year) => (Some(year), Some(at)),
            None => (None, None),
        }
    }

    /// A numeric date at `i`; pushes it and returns its last token.
    fn numeric_at(&mut self, i: usize, end: usize, out: &mut Vec<DateMention>) -> Option<usize> {
        if !self.view.is_number(i) {
            return None;
        }
        let raw = self.view.raw(i);
        let (parts, last): ([&str; 3], usize) = if raw.matches('.').count() == 2 {
            let mut pieces = raw.split('.');
            let parts = [pieces.next()?, pieces.next()?, pieces.next()?];
            (parts, i)
        } else {
            let separator = self.view.word(i + 1);
            let joined = (1..=4).all(|k| self.view.joined(i + k));
            let shaped = i + 4 < end
                && joined
                && matches!(separator, "/" | "-" | ".")
                && self.view.is_punct(i + 3, separator)
                && self.view.is_number(i + 2)
                && self.view.is_number(i + 4);
            if !shaped {
                return None;
            }
            ([raw, self.view.raw(i + 2), self.view.raw(i + 4)], i + 4)
        };
        // More numbers joined after it: a phone number or a code.
        if self.view.joined(last + 1) && self.view.is_number(last + 2) && self.view.joined(last + 2) {
            return None;
        }
        let [a, b, c] = parts;
        let values = [digits_value(a)?, digits_value(b)?, digits_value(c)?];
        if a.len() == 4 {
            let date = NaiveDate::from_ymd_opt(values[0] as i32, values[1], values[2])?;
            return self.push_numeric(i, last, date, out);
        }
        if a.len() > 2 || b.len() > 2 || !(c.len() == 4 || c.len() == 2) {
            return None;
        }
        let year = match c.len() {
            2 if values[2] <= 50 => 2000 + values[2] as i32,
            2 => 1900 + values[2] as i32,
            _ => values[2] as i32,
        };
        let (first, second) = (values[0], values[1]);
        let day_first = NaiveDate::from_ymd_opt(year, second, first);
        let month_first = NaiveDate::from_ymd_opt(year, first, second);
        match (day_first, month_first) {
            (Some(date), Some(_)) if first != second => {
                self.ambiguous.push(Ambiguous {
                    index: out.len(),
                    year,
                    first,
                    second,
                });
                self.push_numeric(i, last, date, out)
            }
            (Some(date), None) => {
                self.votes.numeric_day_first += 1;
                self.push_numeric(i, last, date, out)
            }
            (None, Some(date)) => {
                self.votes.numeric_month_first += 1;
                self.push_numeric(i, last, date, out)
            }
            (Some(date), Some(_)) => self.push_numeric(i, last, date, out),
            (None, None) => None,
        }
    }

    fn push_numeric(&self, first: usize, last: usize, date: NaiveDate, out: &mut Vec<DateMention>) -> Option<usize> {
        out.push(DateMention {
            span: self.view.span(first, last),
            date,
            precision: DatePrecision::Day,
            relative: false,
            starts_period: false,
            announced: false,
        });
        Some(last)
    }

    /// Decide the order of ambiguous numeric dates from the article's
    /// evidence (see the module documentation).
    fn settle_ambiguous(&self, out: &mut [DateMention]) {
        let votes = &self.votes;
        let month_first = if votes.numeric_day_first != votes.numeric_month_first {
            votes.numeric_month_first > votes.numeric_day_first
        } else {
            self.lang == Lang::En && votes.words_month_first > votes.words_day_first
        };
        if !month_first {
            return;
        }
        for ambiguous in &self.ambiguous {
            let date = NaiveDate::from_ymd_opt(ambiguous.year, ambiguous.first, ambiguous.second);
            if let (Some(found), Some(date)) = (out.get_mut(ambiguous.index), date) {
                found.date = date;
            }
        }
    }
}
