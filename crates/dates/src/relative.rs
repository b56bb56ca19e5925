//! Dates said relative to the publication day: "on Wednesday", "Wednesday
//! night", "last Wednesday", "yesterday", "last night", "two days ago", "a
//! week ago", "last month", "earlier this month", "last year", "since the
//! weekend", and their French, German and Spanish forms ("mercredi soir",
//! "hier", "il y a deux jours", "am Mittwoch", "vor zwei Tagen", "el
//! miércoles", "hace dos días", "el mes pasado").
//!
//! How each is resolved (P is the publication day):
//!
//! * a weekday: the latest such day on or before P, P itself when it is
//!   that weekday; "last Wednesday" / "mercredi dernier" strictly before P;
//!   "next Wednesday" / "mercredi prochain" strictly after P (within the
//!   allowance for announced events), and so is English "this Wednesday"
//!   unless P is a Wednesday or the nearest verb is in the past tense
//!   ("closed this Wednesday");
//! * "yesterday" P − 1, "today" / "tonight" / "this morning" P, "last
//!   night" P − 1, "the day before yesterday" P − 2, "tomorrow" P + 1;
//! * "N days ago" P − N, "N weeks ago" P − 7N (precision day), "N months
//!   ago" the month N months before P's (precision month), "N years ago"
//!   the year (precision year), "hours ago" P;
//! * "last month" / "this month" / "earlier this month": that month
//!   (precision month); "last year" / "this year": that year;
//! * "the weekend", "since the weekend", "last weekend": the Saturday that
//!   began the weekend on or before P (precision day); after words of the
//!   future ("will meet at the weekend") the coming one;
//! * an approximate, bounded or ranged duration ("more than three weeks
//!   ago", "about two days ago", "two or three weeks ago") gives no date:
//!   no precision says how far off it is;
//! * a weekday after words of the future nearer to it than any other verb
//!   ("is scheduled for Friday") still resolves on or before P: resolved
//!   to the coming day (the nearer of the two when told in the past, "were
//!   due in court Monday") it read right on gun-violence (some 100
//!   mentions: autopsies, arraignments, vigils) but lowered Timeline17's
//!   leak-free date F1 from 0.511 to 0.498, and giving it no date to 0.494;
//! * an English weekday after "on a", "every" or "each", or before a part of
//!   the day in the plural ("on a Saturday night", "on Friday nights"), is
//!   a habit, not a date;
//! * a weekday that no date word introduces, directly before a capitalised
//!   word ("Tuesday Vargas", "the Saturday Play"), is part of a name;
//! * weeks are skipped: "last week", "earlier this week" name a span of
//!   seven days, which neither a day nor a month describes honestly.
//!
//! Nothing is resolved after P plus the allowance of
//! [`calendar::FUTURE_ALLOWANCE_DAYS`].

use chorus_model::{DateMention, DatePrecision};
use chrono::{Datelike, NaiveDate, Weekday};

use crate::calendar;
use crate::names::{
    self, Entry, Lang, Unit, AGO_AFTER, AGO_BEFORE, APPROXIMATE, ARTICLE, DATE_PREP, EARLIER, FUTURE, LAST, NEXT,
    NOT_A_DAY, ON, PART_OF_DAY, THIS,
};
use crate::view::{digits_value, View};

/// How many words around a weekday the nearest verb's tense is looked
/// for.
const TENSE_WINDOW: usize = 10;

/// English verbs in the past tense that do not end in "-ed": the past of
/// "be", "have", "do" and the irregular verbs news reports use most.
const PAST_WORDS: &[&str] = &[
    "was", "were", "had", "did", "been", "said", "told", "shot", "found", "left", "fled", "went", "came", "took",
    "made", "held", "met", "began", "broke", "fell", "ran", "saw", "struck", "won", "lost", "gave", "got", "sent",
    "spent", "stood", "led", "fought", "brought", "bought", "caught", "drove", "rose", "spoke", "stole", "wrote",
    "threw", "knew", "heard", "kept", "paid", "sought", "thought", "felt", "became", "sat", "slept", "woke", "drew",
    "flew", "grew", "hid", "chose", "wore", "tore", "shook", "taught", "withdrew", "overcame", "forgot", "gone",
    "sank", "swore", "bit", "dug", "hung", "lit", "slid", "spun", "stuck", "swung", "wept",
];

/// The present of "be", "have" and "do".
const PRESENT_WORDS: &[&str] = &["is", "are", "am", "has", "have", "does", "do"];

/// English modals that tell no time past ("could be seen early Saturday"
/// tells no time to come either).
const MODALS: &[&str] = &["could", "can", "may", "might", "shall", "should", "must"];

/// Words of an event to come that the table's words of the future leave
/// out, since they are read only next to a verb: "expected to", "slated
/// for", "said an autopsy would be conducted".
const FUTURE_WORDS: &[&str] = &["expected", "slated", "would"];

/// Whether words of the future or of a possibility come before token
/// `first` in its sentence, starting at token `start` ("expected",
/// "would", "could", "may", "we'll" anywhere before it; "will",
/// "scheduled", "due" shortly before it, since "passed away due to
/// injuries" announces nothing): what the date phrase there tells
/// may not have happened by the time of writing ("could be released on
/// Wednesday", "would have been going to school Monday", "was scheduled
/// for Monday", "is expected to tell jurors … when she continues testifying
/// on Tuesday").
pub(crate) fn told_as_possible(view: &View, first: usize, start: usize) -> bool {
    view.future_cue_before(first, start)
        || (start..first).any(|k| {
            let word = view.word(k);
            let will = word.ends_with("'ll") || word.ends_with("’ll") || matches!(word, "won't" | "won’t");
            will || FUTURE_WORDS.contains(&word) || MODALS.contains(&word)
        })
}

/// The tense of the verb nearest to the date phrase `first..=last` in the
/// sentence `start..end`, read as [`Scanner::announced`] reads the future:
/// the past ("was in custody as of early Tuesday"), the present, which may
/// tell a schedule ("Counselors are available at the school Tuesday"), or
/// none found. English only.
pub(crate) fn tense_of_day(
    view: &View,
    lang: Lang,
    first: usize,
    last: usize,
    start: usize,
    end: usize,
) -> Option<Tense> {
    let scanner = Scanner {
        view,
        lang,
        published: NaiveDate::MIN,
    };
    scanner.nearest_tense(first, last, start, end).map(|(_, tense)| tense)
}

/// English words before a weekday that make it a habit ("every Sunday");
/// so does "on a" ("on a Saturday night"), but not "a" alone ("in a Monday
/// shooting").
const HABIT_WORDS: &[&str] = &["every", "each"];

/// The tense a word of a sentence tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tense {
    Past,
    Present,
    Future,
}

/// Words in "-ed" that are no past tense.
const ED_NOT_PAST: &[&str] = &["hundred", "sacred", "naked", "wicked", "kindred", "wretched", "rugged"];

/// Forms of "be" before a participle ("will be buried", "was shot"):
/// they, not the participle, tell the tense.
const BE_FORMS: &[&str] = &["be", "being", "is", "are", "am", "was", "were"];

/// Words after which a word in "-ed" is an adjective ("the wounded
/// officer").
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that",
];

/// Which occurrence of a weekday is meant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    OnOrBefore,
    Before,
    After,
}

/// Find the relative dates of the view among tokens not yet `used`.
pub(crate) fn scan(view: &View, lang: Lang, published: NaiveDate, used: &mut [bool], out: &mut Vec<DateMention>) {
    let scanner = Scanner { view, lang, published };
    for sentence in &view.sentences {
        let mut i = sentence.start;
        while i < sentence.end {
            if used.get(i).copied().unwrap_or(true) {
                i += 1;
                continue;
            }
            let found = scanner.relative_at(i, sentence.start, sentence.end);
            match found {
                Some((first, last, date, precision))
                    if date <= calendar::latest_allowed(published)
                        && (first..=last).all(|k| !used.get(k).copied().unwrap_or(true)) =>
                {
                    for flag in used.iter_mut().take(last + 1).skip(first) {
                        *flag = true;
                    }
                    let announced = date < published && scanner.announced(first, last, sentence.clone(), date, out);
                    out.push(DateMention {
                        span: view.span(first, last),
                        date,
                        precision,
                        relative: true,
                        starts_period: false,
                        announced,
                    });
                    i = last + 1;
                }
                _ => i += 1,
            }
        }
    }
}

/// A match: first and last token, date, precision.
type Match = (usize, usize, NaiveDate, DatePrecision);

struct Scanner<'v, 'a> {
    view: &'v View<'a>,
    lang: Lang,
    published: NaiveDate,
}

impl Scanner<'_, '_> {
    /// The entry of token `k` if it lies in `start..end`.
    fn entry_in(&self, k: usize, start: usize, end: usize) -> Entry {
        if k >= start && k < end {
            self.view.entry(k)
        } else {
            Entry::default()
        }
    }

    /// A relative date whose key word is token `i` of the sentence
    /// `start..end`.
    fn relative_at(&self, i: usize, start: usize, end: usize) -> Option<Match> {
        let entry = self.entry_in(i, start, end);
        if entry == Entry::default() && !self.view.is_number(i) && self.view.word(i) != "il" {
            return None;
        }
        if entry.weekday.is_some() && !entry.weekday_abbreviation {
            return self.weekday_at(i, entry, start, end);
        }
        if let Some(offset) = entry.day_offset {
            return self.day_word_at(i, offset, start, end);
        }
        if entry.count > 0 || self.view.is_number(i) {
            if let Some(found) = self.ago_after(i, start, end) {
                return Some(found);
            }
        }
        if entry.roles & AGO_BEFORE != 0 || self.view.word(i) == "il" {
            if let Some(found) = self.ago_before(i, start, end) {
                return Some(found);
            }
        }
        if entry.roles & (LAST | THIS | EARLIER | ARTICLE) != 0 || entry.unit.is_some() {
            return self.period_at(i, entry, start, end);
        }
        None
    }

    /// "on Wednesday", "Wednesday night", "last Wednesday", "mercredi
    /// dernier", "am Mittwochabend", "el próximo lunes".
    fn weekday_at(&self, i: usize, entry: Entry, start: usize, end: usize) -> Option<Match> {
        let weekday = entry.weekday?;
        if self.lang.capitalizes_names() && !self.view.capitalized(i) {
            return None;
        }
        let before = self.entry_in(i.wrapping_sub(1), start, end);
        let after = self.entry_in(i + 1, start, end);
        let names_before = before.roles & NOT_A_DAY != 0 && (self.lang != Lang::En || self.view.capitalized(i - 1));
        let names_after = after.roles & NOT_A_DAY != 0 && self.view.capitalized(i + 1);
        if names_before || names_after || self.starts_a_name(i, before, after, end) || self.habit(i, start, end) {
            return None;
        }
        let mut first = i;
        let mut last = i;
        let mut direction = Direction::OnOrBefore;
        if before.roles & (ON | LAST | NEXT | THIS) != 0 {
            first = i - 1;
            if before.roles & NEXT != 0 {
                direction = Direction::After;
            } else if before.roles & LAST != 0 && self.view.word(i - 1) != "past" {
                direction = Direction::Before;
            } else if self.this_coming(i - 1, weekday, start, end) {
                direction = Direction::After;
            }
        }
        if after.roles & LAST != 0 && !self.lang.capitalizes_names() {
            direction = Direction::Before;
            last = i + 1;
        } else if after.roles & NEXT != 0 && !self.lang.capitalizes_names() {
            direction = Direction::After;
            last = i + 1;
        } else if after.roles & PART_OF_DAY != 0 && !entry.weekday_with_part {
            last = i + 1;
        }
        let date = match direction {
            Direction::OnOrBefore => calendar::weekday_on_or_before(self.published, weekday),
            Direction::Before => calendar::weekday_before(self.published, weekday),
            Direction::After => calendar::weekday_after(self.published, weekday),
        }?;
        Some((first, last, date, DatePrecision::Day))
    }

    /// Whether "this" at `i` before `weekday` names the coming one: in
    /// English "this Sunday" written on a Wednesday, or "this Thursday" on
    /// a Sunday, is the day to come when announced ("on GPS this Sunday at
    /// 10 a.m.", "an OPEC meeting this Thursday", "will open the bridge
    /// this Sunday"), but the one gone by when the verb nearest to it is in
    /// the past tense ("The bridge closed this Monday", "was shot this
    /// Saturday"; "this past Sunday" is never read here). On that weekday
    /// itself it is the publication day. The French, German and Spanish
    /// forms ("ce lundi", "este lunes") also name a day of the week gone
    /// by, so they stay on or before it.
    fn this_coming(&self, i: usize, weekday: Weekday, start: usize, end: usize) -> bool {
        self.lang == Lang::En
            && self.view.word(i) == "this"
            && self.published.weekday() != weekday
            && self.nearest_tense(i, i + 1, start, end).map(|(_, tense)| tense) != Some(Tense::Past)
    }

    /// Whether words of the future nearer than any other verb announce the
    /// date phrase `first..=last`, resolved to `date`, in the sentence
    /// `sentence` ("is scheduled for Friday", "will be arraigned Monday").
    /// Such a weekday still resolves on or before the publication day:
    /// resolved to the coming one it lowered Timeline17's leak-free date F1
    /// (0.511 to 0.498), so the mark tells the timeline not to show the
    /// sentence on that day. "would" tells the future of a past: when the
    /// sentence names before it a day earlier than `date` among the dates
    /// `found` so far ("said Wednesday night that counselors would be at
    /// the school Thursday", published on Friday), the day came after the
    /// saying and before the writing, and is not marked.
    fn announced(
        &self,
        first: usize,
        last: usize,
        sentence: std::ops::Range<usize>,
        date: NaiveDate,
        found: &[DateMention],
    ) -> bool {
        let (start, end) = (sentence.start, sentence.end);
        match self.nearest_tense(first, last, start, end) {
            Some((k, Tense::Future)) if self.view.word(k) == "would" => {
                let from = self.view.toks[start].span.start;
                let cue = self.view.toks[k].span.start;
                !found.iter().any(|m| {
                    m.span.start >= from && m.span.end <= cue && m.precision == DatePrecision::Day && m.date < date
                })
            }
            Some((_, tense)) => tense == Tense::Future,
            None => false,
        }
    }

    /// The tense of the verb nearest to the date phrase `first..=last` in
    /// the sentence `start..end`: the first word that tells one looking
    /// back from the phrase, else, when that reached the sentence's start,
    /// looking on after it ("This Monday, the bridge closed", "a hearing on
    /// Friday will consider"; not "On Monday, the agency said it had taken
    /// … to Benghazi on Sunday"), within [`TENSE_WINDOW`] words, with the
    /// token that tells it. English only.
    fn nearest_tense(&self, first: usize, last: usize, start: usize, end: usize) -> Option<(usize, Tense)> {
        if self.lang != Lang::En {
            return None;
        }
        let back = (first.saturating_sub(TENSE_WINDOW).max(start)..first).rev();
        let opens = first - start <= TENSE_WINDOW;
        let on = if opens {
            last + 1..(last + 1 + TENSE_WINDOW).min(end)
        } else {
            0..0
        };
        back.chain(on)
            .find_map(|k| self.tense_at(k, start).map(|tense| (k, tense)))
    }

    /// The tense token `k` tells, if any: the past for a verb in the past
    /// tense ("was", "shot", "closed"; a word in "-ed" after a determiner is
    /// an adjective, "the wounded officer"; a participle after a form of
    /// "be" leaves the tense to it), the future for a word of the future
    /// ("will", "scheduled", "expected", "would"), the present for a modal
    /// or the present of "be", "have" and "do".
    fn tense_at(&self, k: usize, start: usize) -> Option<Tense> {
        if !self.view.is_word(k) {
            return None;
        }
        let word = self.view.word(k);
        let previous = if k > start { self.view.word(k - 1) } else { "" };
        let future = self.view.entry(k).roles & FUTURE != 0 || FUTURE_WORDS.contains(&word);
        if future && (k == start || !self.view.capitalized(k)) {
            // "would have been" tells a past seen from another; "Planned
            // Parenthood" is a name.
            if word == "would" && self.view.word(k + 1) == "have" {
                return Some(Tense::Past);
            }
            return Some(Tense::Future);
        }
        if PRESENT_WORDS.contains(&word) || MODALS.contains(&word) {
            return Some(Tense::Present);
        }
        let participle = PAST_WORDS.contains(&word) || word.ends_with("ed");
        if participle && BE_FORMS.contains(&previous) {
            // "will be buried", "was shot": the form of "be" tells the tense.
            return None;
        }
        let past = PAST_WORDS.contains(&word)
            || (word.len() >= 4
                && word.ends_with("ed")
                && !word.ends_with("eed")
                && !ED_NOT_PAST.contains(&word)
                && (k == start || !self.view.capitalized(k))
                && !DETERMINERS.contains(&previous));
        past.then_some(Tense::Past)
    }

    /// Whether the English weekday at `i` in the sentence `start..end`
    /// tells a habit, not a day: after "every" or "each", or after "on a"
    /// at the end of its phrase ("as they always are on a Saturday night";
    /// not "information on a Sunday morning shooting"), or before a part of the day in
    /// the plural ("on Friday nights").
    fn habit(&self, i: usize, start: usize, end: usize) -> bool {
        let plural_part = i + 1 < end
            && self.view.is_word(i + 1)
            && self.view.word(i + 1).strip_suffix('s').is_some_and(|part| {
                self.view.entry(i + 1) == Entry::default() && names::table(self.lang).get(part).roles & PART_OF_DAY != 0
            });
        // "on a Saturday night." but not "information on a Sunday morning
        // shooting".
        let mut next = i + 1;
        if self.view.entry(next).roles & PART_OF_DAY != 0 {
            next += 1;
        }
        let phrase_ends = next >= end || !self.view.is_word(next) || self.view.stop(next);
        let after_on_a = i > start + 1 && self.view.word(i - 1) == "a" && self.view.word(i - 2) == "on" && phrase_ends;
        let every = i > start && HABIT_WORDS.contains(&self.view.word(i - 1));
        self.lang == Lang::En && (after_on_a || every || plural_part)
    }

    /// Whether the weekday at `i` is the first word of a name ("Tuesday
    /// Vargas", "the Saturday Play"): an English weekday that no date word
    /// introduces ("on", "last", "since") and that a capitalised word
    /// follows directly, which is no date word and no stopword ("said
    /// Tuesday That …" is a sentence run on, not a name). "On Tuesday
    /// Vargas said" stays a date.
    fn starts_a_name(&self, i: usize, before: Entry, after: Entry, end: usize) -> bool {
        let introduced = before.roles & (ON | LAST | NEXT | THIS | DATE_PREP) != 0;
        self.lang == Lang::En
            && !introduced
            && i + 1 < end
            && self.view.is_word(i + 1)
            && self.view.capitalized(i + 1)
            && after == Entry::default()
            && !self.view.stop(i + 1)
    }

    /// "yesterday", "today", "yesterday morning", "the day before
    /// yesterday", "hier soir", "heute Morgen".
    fn day_word_at(&self, i: usize, offset: i8, start: usize, end: usize) -> Option<Match> {
        let word = self.view.word(i);
        let raw = self.view.raw(i);
        if self.lang == Lang::En && word.starts_with("today") && i > start {
            // "USA Today", "Russia Today": a name, not a day.
            if self.view.capitalized(i) && self.view.capitalized(i - 1) {
                return None;
            }
        }
        if self.lang == Lang::De && word == "morgen" {
            // "Morgen" is the morning; "heute Morgen" was taken with "heute".
            let after_day = self.entry_in(i.wrapping_sub(1), start, end).day_offset.is_some();
            if raw.starts_with('M') || after_day {
                return None;
            }
        }
        let mut first = i;
        let mut last = i;
        let mut offset = offset as i64;
        if self.lang == Lang::En
            && word == "yesterday"
            && i >= start + 2
            && self.view.word(i - 1) == "before"
            && self.view.word(i - 2) == "day"
        {
            offset = -2;
            first = if i >= start + 3 && self.view.word(i - 3) == "the" {
                i - 3
            } else {
                i - 2
            };
        }
        if self.entry_in(i + 1, start, end).roles & PART_OF_DAY != 0 {
            last = i + 1;
        }
        let date = calendar::days_before(self.published, -offset)?;
        Some((first, last, date, DatePrecision::Day))
    }

    /// A count at `i` ("two", "a", "3") followed by a unit and "ago".
    fn ago_after(&self, i: usize, start: usize, end: usize) -> Option<Match> {
        let unit = self.entry_in(i + 1, start, end).unit?;
        if self.entry_in(i + 2, start, end).roles & AGO_AFTER == 0 {
            return None;
        }
        // "more than three weeks ago", "about two days ago": a span that
        // only bounds or approximates the day gives none ("hours ago" is
        // still today).
        // "two or three weeks ago", "two to three days ago": a range.
        let range = self.lang == Lang::En
            && i > start + 1
            && matches!(self.view.word(i - 1), "or" | "to")
            && self.count_at(i - 2).is_some();
        let approximate = range || (i > start && self.view.entry(i - 1).roles & APPROXIMATE != 0);
        if approximate && unit != Unit::Hour {
            return None;
        }
        let count = self.count_at(i)?;
        self.duration_back(i, i + 2, count, unit)
    }

    /// "vor zwei Tagen", "hace dos días", "il y a deux jours".
    fn ago_before(&self, i: usize, start: usize, end: usize) -> Option<Match> {
        let count_at = if self.view.word(i) == "il" {
            let phrase = self.view.word(i + 1) == "y" && self.view.word(i + 2) == "a";
            if !phrase {
                return None;
            }
            i + 3
        } else {
            i + 1
        };
        if count_at + 1 >= end {
            return None;
        }
        let unit = self.entry_in(count_at + 1, start, end).unit?;
        let count = self.count_at(count_at)?;
        self.duration_back(i, count_at + 1, count, unit)
    }

    /// A small count at `k`: a number word or digits up to 999.
    fn count_at(&self, k: usize) -> Option<u32> {
        if self.view.is_number(k) {
            return digits_value(self.view.raw(k)).filter(|&n| n > 0 && n < 1000);
        }
        match self.view.entry(k).count {
            0 => None,
            n => Some(n as u32),
        }
    }

    /// The date `count` units before the publication day.
    fn duration_back(&self, first: usize, last: usize, count: u32, unit: Unit) -> Option<Match> {
        let p = self.published;
        let (date, precision) = match unit {
            Unit::Hour => (p, DatePrecision::Day),
            Unit::Day => (calendar::days_before(p, count as i64)?, DatePrecision::Day),
            Unit::Week => (calendar::days_before(p, 7 * count as i64)?, DatePrecision::Day),
            Unit::Month => (calendar::month_start_before(p, count)?, DatePrecision::Month),
            Unit::Year => (calendar::year_start_before(p, count as i32)?, DatePrecision::Year),
            Unit::Weekend => return None,
        };
        Some((first, last, date, precision))
    }

    /// "last month", "this year", "earlier this month", "the weekend", "le
    /// mois dernier", "l'an dernier", "im vergangenen Jahr", "el año
    /// pasado", "el fin de semana".
    fn period_at(&self, i: usize, entry: Entry, start: usize, end: usize) -> Option<Match> {
        let p = self.published;
        let mut first = i;
        let mut k = i;
        let mut earlier = false;
        if entry.roles & EARLIER != 0 {
            earlier = true;
            k += 1;
        }
        let modifier = self.entry_in(k, start, end);
        if modifier.roles & (LAST | THIS) != 0 && !earlier {
            // "last night", "this morning", "ce soir", "esta mañana".
            let part = self.entry_in(k + 1, start, end);
            if part.roles & PART_OF_DAY != 0 && part.day_offset.is_none() {
                let back = match (modifier.roles & LAST != 0, self.view.word(k + 1)) {
                    (false, _) => 0,
                    (true, "night") => 1,
                    (true, _) => return None,
                };
                return Some((i, k + 1, calendar::days_before(p, back)?, DatePrecision::Day));
            }
        }
        // The modifier before the unit ("last month") or after it ("mois
        // dernier"); an article before "weekend".
        let (unit, last, roles) = if let Some(unit) = modifier.unit {
            if earlier {
                return None;
            }
            let after = self.entry_in(k + 1, start, end);
            if after.roles & (LAST | NEXT) != 0 && !self.lang.capitalizes_names() {
                (unit, k + 1, after.roles)
            } else if unit == Unit::Weekend {
                // "weekend" alone after an article: "since the weekend".
                let article = self.entry_in(k.wrapping_sub(1), start, end);
                if article.roles & ARTICLE == 0 {
                    return None;
                }
                first = k - 1;
                (unit, k, 0)
            } else {
                return None;
            }
        } else if modifier.roles & (LAST | THIS | ARTICLE) != 0 {
            if self.lang == Lang::En && modifier.roles & LAST != 0 && self.view.word(k) != "last" {
                return None;
            }
            if earlier && modifier.roles & THIS == 0 {
                return None;
            }
            let unit = self.entry_in(k + 1, start, end).unit;
            let unit = match unit {
                Some(unit) => unit,
                None if self.lang == Lang::Es => {
                    let fin = self.view.word(k + 1) == "fin"
                        && self.view.word(k + 2) == "de"
                        && self.view.word(k + 3) == "semana";
                    if !fin {
                        return None;
                    }
                    return Some((i, k + 3, calendar::weekend_start(p)?, DatePrecision::Day));
                }
                None => return None,
            };
            if modifier.roles & ARTICLE != 0 && modifier.roles & (LAST | THIS) == 0 {
                // "the weekend"; "the month" is no date.
                if unit != Unit::Weekend {
                    return None;
                }
                let before = self.entry_in(k.wrapping_sub(1), start, end);
                if before.roles & NEXT != 0 {
                    return None;
                }
            }
            (unit, k + 1, modifier.roles)
        } else {
            return None;
        };
        let this = roles & THIS != 0 || (roles & (LAST | NEXT) == 0);
        let (date, precision) = match unit {
            Unit::Month if roles & LAST != 0 => (calendar::month_start_before(p, 1)?, DatePrecision::Month),
            Unit::Year if roles & LAST != 0 => (calendar::year_start_before(p, 1)?, DatePrecision::Year),
            Unit::Month if this => (calendar::first_of_month(p)?, DatePrecision::Month),
            Unit::Year if this => (calendar::year_start_before(p, 0)?, DatePrecision::Year),
            Unit::Weekend if roles & NEXT == 0 => {
                let announced = roles & LAST == 0 && self.view.future_cue_before(first, start);
                let weekend = if announced {
                    // "will meet at the weekend": the coming one, or the
                    // one under way.
                    if matches!(p.weekday(), Weekday::Sat | Weekday::Sun) {
                        calendar::weekend_start(p)?
                    } else {
                        calendar::weekday_after(p, Weekday::Sat)?
                    }
                } else if roles & LAST != 0 && !matches!(p.weekday(), Weekday::Sat | Weekday::Sun) {
                    calendar::weekend_start(p)?
                } else if roles & LAST != 0 {
                    calendar::days_before(calendar::weekend_start(p)?, 7)?
                } else if roles & THIS != 0 && !matches!(p.weekday(), Weekday::Sat | Weekday::Sun) {
                    // "this weekend" before Saturday is the coming one.
                    return None;
                } else {
                    calendar::weekend_start(p)?
                };
                (weekend, DatePrecision::Day)
            }
            _ => return None,
        };
        Some((first, last, date, precision))
    }
}
