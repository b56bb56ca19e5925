//! The publication date of an article whose metadata gives none, inferred
//! from the dates written in full in its text.
//!
//! The heuristic, in order:
//!
//! 1. the first full date (day, month and year written out) on a short line
//!    (at most [`BYLINE_BYTES`] bytes) in the head of the text, the first
//!    [`HEAD_LINES`] non-empty lines and at most [`HEAD_BYTES`] bytes,
//!    where bylines and datelines are ("By Asbarez | Thursday, 01 October
//!    2020"); a long line there is a photo caption or the lead, whose date
//!    is the day of an event;
//! 2. otherwise the latest full date anywhere in the text, leaving out those
//!    in sentences that speak of the future ("will", "scheduled", "sera",
//!    "wird"…), since an article is written after what it reports but may
//!    announce what comes next; photo captions, which repeat the day of
//!    the events, usually decide this case;
//! 3. otherwise nothing: a month or a year alone is too coarse, and dates
//!    without a year or relative to the publication day cannot be placed
//!    without it.
//!
//! An article this heuristic cannot place can still be placed near the
//! articles it is read with ([`publication_date_near`]): of the days from
//! their newest publication day (the anchor) to a week later, the one that
//! the weekdays it names ("on Friday", "Monday") come closest before, since
//! news names a weekday for the days just past; each day after the anchor
//! costs as much, per weekday named, as a day between a weekday and the
//! writing, so that the article stays on the anchor unless its weekdays
//! say it was written later (an article of a Thursday anchor that tells
//! what happened "on Friday" and "on Monday" was written on Friday, not six
//! days after that Friday).
//!
//! An article whose metadata gives a day may still carry a text written a
//! day later: a page keeps the stamp of its first posting while its
//! text is updated ("No one was in custody as of early Tuesday" under a
//! Monday's stamp, where "Tuesday" reads as six days before). Such a day is
//! corrected only on the evidence of its story ([`publication_date_agreeing`]):
//! read [`STAMP_LAG_DAYS`] later, a weekday it names must move a week on,
//! and every day its text names that moves must leave a day the story's
//! other articles do not name for one they name (the pipeline counts only
//! those stamped on another day), and be told as done, not as to come or
//! possible ("is expected to be arraigned Saturday", "could be released on
//! Wednesday").

use chorus_model::{DateMention, DatePrecision};
use chorus_text::TokenView;
use chrono::{Days, NaiveDate};

use crate::absolute;
use crate::names::{self, Lang, FUTURE};
use crate::relative;
use crate::view::View;

/// Non-empty lines of the head of an article.
pub(crate) const HEAD_LINES: usize = 4;

/// Most bytes of the head of an article.
pub(crate) const HEAD_BYTES: usize = 600;

/// Longest line (in bytes, trimmed) taken for a byline or dateline.
pub(crate) const BYLINE_BYTES: usize = 100;

/// See the module documentation.
pub(crate) fn publication_date(tokens: &TokenView, language: Option<&str>) -> Option<NaiveDate> {
    let lang = Lang::of(language);
    let view = View::new(tokens, lang, names::table(lang));
    let mut used = vec![false; view.toks.len()];
    let mut found = Vec::new();
    absolute::scan(&view, lang, None, &mut used, &mut found);
    let full = found
        .iter()
        .filter(|m| m.precision == DatePrecision::Day && !m.relative);
    let text = tokens.text;
    let head = head_end(text);
    let on_byline = |start: usize| {
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        text[line_start..line_end].trim().len() <= BYLINE_BYTES
    };
    if let Some(first) = full
        .clone()
        .find(|m| (m.span.end as usize) <= head && on_byline(m.span.start as usize))
    {
        return Some(first.date);
    }
    full.filter(|m| {
        let contains = |s: &&std::ops::Range<usize>| {
            let tokens = &view.toks[s.start..s.end];
            tokens.first().is_some_and(|t| t.span.start <= m.span.start)
                && tokens.last().is_some_and(|t| m.span.start < t.span.end)
        };
        let Some(sentence) = view.sentences.iter().find(contains) else {
            return true;
        };
        !sentence.clone().any(|k| view.entry(k).roles & FUTURE != 0)
    })
    .map(|m| m.date)
    .max()
}

/// Days after the anchor that [`publication_date_near`] considers.
const NEAR_DAYS: u64 = 6;

/// See the module documentation and [`crate::publication_date_near`].
pub(crate) fn publication_date_near(tokens: &TokenView, language: Option<&str>, anchor: NaiveDate) -> NaiveDate {
    let lang = Lang::of(language);
    let view = View::new(tokens, lang, names::table(lang));
    (0..=NEAR_DAYS)
        .filter_map(|after| anchor.checked_add_days(Days::new(after)))
        .min_by_key(|&day| {
            let (named, distance) = weekday_distances(&view, lang, day);
            (distance + named * (day - anchor).num_days(), day)
        })
        .unwrap_or(anchor)
}

/// How many weekdays the view names, and the days from each to `day`,
/// summed, when the article is taken as published on `day`.
fn weekday_distances(view: &View, lang: Lang, day: NaiveDate) -> (i64, i64) {
    let mut used = vec![false; view.toks.len()];
    let mut found: Vec<DateMention> = Vec::new();
    // Weekdays written with a full date ("Wednesday, September 30") are
    // taken by the absolute dates first and do not count.
    absolute::scan(view, lang, Some(day), &mut used, &mut found);
    found.clear();
    relative::scan(view, lang, day, &mut used, &mut found);
    let weekdays: Vec<&DateMention> = found
        .iter()
        .filter(|m| {
            let first = view.toks.partition_point(|t| t.span.start < m.span.start);
            view.toks[first..]
                .iter()
                .take_while(|t| t.span.end <= m.span.end)
                .enumerate()
                .any(|(k, _)| view.entry(first + k).weekday.is_some())
        })
        .collect();
    let distance = weekdays.iter().map(|m| (day - m.date).num_days().abs()).sum();
    (weekdays.len() as i64, distance)
}

/// Most days an article's stamp may come before the text it carries, for
/// [`publication_date_agreeing`]. Two days were tried and rejected: read two
/// days later, a text stamped on a Saturday moved "Last Sunday evening"
/// (January 4) onto the day its story's other article names (January 11).
const STAMP_LAG_DAYS: u64 = 1;

/// See [`crate::publication_date_agreeing`]: `mentions` are the dates the
/// article's text gives read on `published`.
pub(crate) fn publication_date_agreeing(
    tokens: &TokenView,
    language: Option<&str>,
    published: NaiveDate,
    mentions: &[DateMention],
    named_elsewhere: &dyn Fn(NaiveDate) -> bool,
    latest: NaiveDate,
) -> Option<NaiveDate> {
    let lang = Lang::of(language);
    let view = View::new(tokens, lang, names::table(lang));
    let days = |found: &[DateMention]| -> Vec<(u32, u32, NaiveDate)> {
        found
            .iter()
            .filter(|m| m.relative && m.precision == DatePrecision::Day && !m.starts_period)
            .map(|m| (m.span.start, m.span.end, m.date))
            .collect()
    };
    // A day told as to come or as possible, or in the present, which may
    // tell a schedule ("Counselors are available at the school Tuesday"),
    // may lie after the writing: no evidence of when it was written.
    let possible = |m: &DateMention| {
        let first = view.toks.partition_point(|t| t.span.start < m.span.start);
        let last = view.toks.partition_point(|t| t.span.end <= m.span.end).max(first + 1) - 1;
        let sentence = view.sentences.iter().find(|s| s.contains(&first)).cloned();
        let (start, end) = sentence.map_or((first, last + 1), |s| (s.start, s.end));
        m.announced
            || relative::told_as_possible(&view, first, start)
            || relative::tense_of_day(&view, lang, first, last, start, end) == Some(relative::Tense::Present)
    };
    let before = days(mentions);
    (1..=STAMP_LAG_DAYS)
        .filter_map(|lag| published.checked_add_days(Days::new(lag)))
        .take_while(|&day| day <= latest)
        .find(|&day| {
            let after = days(&crate::find_dates_in(tokens, language, Some(day)));
            let moved: Vec<&DateMention> = mentions
                .iter()
                .filter(|m| {
                    let key = (m.span.start, m.span.end, m.date);
                    before.contains(&key) && !after.contains(&key)
                })
                .collect();
            let moved_to: Vec<(u32, u32, NaiveDate)> = after.iter().filter(|m| !before.contains(m)).copied().collect();
            // A weekday read a week apart, not only "last night" a day
            // later, must move.
            let weekday_moves = moved_to.iter().any(|&(start, end, to)| {
                before
                    .iter()
                    .any(|&(s, e, from)| s == start && e == end && (to - from).num_days() > STAMP_LAG_DAYS as i64)
            });
            weekday_moves
                && moved.iter().all(|m| !named_elsewhere(m.date) && !possible(m))
                && moved_to.iter().all(|m| named_elsewhere(m.2))
        })
}

/// The byte where the head of `text` ends.
fn head_end(text: &str) -> usize {
    let mut lines = 0;
    let mut end = 0;
    for line in text.split_inclusive('\n') {
        end += line.len();
        if !line.trim().is_empty() {
            lines += 1;
            if lines == HEAD_LINES {
                break;
            }
        }
    }
    end.min(HEAD_BYTES)
}
