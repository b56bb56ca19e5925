/*!
The dates stage: dates written in the text ("September 30", "on
Wednesday", "two days ago") resolved to calendar days against the article's
publication date.

It reads the text, language, publication date, sentences and tokens of an
[`Article`] and fills [`Article::dates`] with [`DateMention`]s in text order.
It knows nothing of stories or timelines: the story timeline is built from
these mentions by a later stage.

The pieces:

* module `absolute`: dates written with a month, day or year ("30 September
  2020", "Sept. 30", "in October", "in 2019", "30/09/2020");
* module `relative`: dates said relative to the publication day ("on
  Wednesday", "yesterday", "a week ago", "last month", "since the weekend");
* module `calendar`: the arithmetic that resolves both against the
  publication day;
* module `names`: month and weekday names and the other date words of
  English, French, German and Spanish (other languages use English);
* [`infer_publication_date`]: the publication date from the text, for
  articles whose metadata gives none.

# Design

One rule resolves everything that needs the publication day P: news
reports what has happened, so "on Wednesday" is the latest Wednesday on or
before P (P itself when P is a Wednesday), and "September 27" the latest
September 27 on or before P. Events announced for the coming days get an
allowance of a week after P ("September 30" in an article of September 28
is two days later, not a year earlier); "next Monday" and "tomorrow" fall
in that week too. A day and month written without a year get a month
("closed until 6 May" in an article of April 26 is ten days later: read a
year back, such days were mostly wrong on Timeline17). Two exceptions let a date written without a year fall
further ahead, up to half a year: words of the future just before it
("will be held on 7 June", "scheduled for Oct. 10", "until June 30"), and a
weekday written with it ("Wednesday, May 6" takes the year in which May 6
is a Wednesday). On the Timeline17 development articles, whose records
list the dates each mentions, the stage finds them with precision 0.93 and
recall 0.85 (all precisions). Without a publication date, relative dates
and dates without a year are skipped rather than guessed.

A mention's `relative` flag is set when its date depended on P: relative
expressions, and dates written without a year.

Weeks are not resolved: "last week" names seven days, and the model's
precisions (day, month, year) cannot say so without lying.

Words are looked up once per token in per-language hash tables built on
first use; there are no regular expressions.

# Example

```
use chorus_model::{Article, DatePrecision};
use chrono::NaiveDate;

let mut article = Article {
    text: "France accused Turkey on Thursday. The fighting broke out on \
           September 27, and Moscow spoke on Wednesday night."
        .to_string(),
    language: Some("en".to_string()),
    published: NaiveDate::from_ymd_opt(2020, 10, 1).and_then(|d| d.and_hms_opt(12, 0, 0)),
    ..Article::default()
};
chorus_text::annotate(&mut article);
chorus_dates::annotate(&mut article);
let dates: Vec<(&str, String)> = article
    .dates
    .iter()
    .map(|m| (article.span_text(m.span), m.date.to_string()))
    .collect();
assert_eq!(dates, [
    ("on Thursday", "2020-10-01".to_string()),
    ("September 27", "2020-09-27".to_string()),
    ("on Wednesday night", "2020-09-30".to_string()),
]);
assert_eq!(article.dates[1].precision, DatePrecision::Day);
```
*/
#![deny(missing_docs)]

mod absolute;
mod calendar;
mod infer;
mod names;
mod relative;
mod view;

use chorus_model::{Article, DateMention};
use chorus_text::TokenView;
use chrono::NaiveDate;

use names::Lang;
use view::View;

/// Fill [`Article::dates`] with the dates mentioned in the text, in text
/// order, replacing any already there.
///
/// Relative dates and dates without a year are resolved against
/// [`Article::published`] and skipped when it is `None` (see
/// [`infer_publication_date`]).
pub fn annotate(article: &mut Article) {
    article.dates = find_dates(article);
}

/// The dates mentioned in an article, in text order, without storing them.
pub fn find_dates(article: &Article) -> Vec<DateMention> {
    let published = article.published.map(|p| p.date());
    find_dates_in(&TokenView::of(article), article.language.as_deref(), published)
}

/// [`find_dates`] over an article's token view (which the caller builds
/// once and shares with the other stages that read it), in `language`,
/// with relative dates resolved against `published` (none without it).
pub fn find_dates_in(tokens: &TokenView, language: Option<&str>, published: Option<NaiveDate>) -> Vec<DateMention> {
    let lang = Lang::of(language);
    let view = View::new(tokens, lang, names::table(lang));
    let mut used = vec![false; view.toks.len()];
    let mut mentions = Vec::new();
    absolute::scan(&view, lang, published, &mut used, &mut mentions);
    if let Some(published) = published {
        relative::scan(&view, lang, published, &mut used, &mut mentions);
    }
    mentions.sort_by_key(|m| (m.span.start, m.span.end));
    for mention in &mut mentions {
        mention.starts_period = starts_period(&view, mention);
    }
    mentions
}

/// How many words may stand between "since" and its date ("since early on
/// Tuesday", "since late last month").
const PERIOD_START_GAP: usize = 2;

/// Whether "since" (or "depuis", "seit", "desde") opens the mention or comes
/// before it with only date words between ("since early on Tuesday").
fn starts_period(view: &View, mention: &DateMention) -> bool {
    let first = view.toks.partition_point(|t| t.span.start < mention.span.start);
    let opens = |k: usize| view.entry(k).roles & names::PERIOD_START != 0;
    if opens(first) {
        return true;
    }
    let modifier = names::DATE_PREP | names::ON | names::ARTICLE | names::PART_OF_DAY | names::LAST | names::THIS;
    for k in (first.saturating_sub(PERIOD_START_GAP + 1)..first).rev() {
        if opens(k) {
            return true;
        }
        if !view.is_word(k) || view.entry(k).roles & modifier == 0 {
            return false;
        }
    }
    false
}

/// The publication date of an article, inferred from its text, for when no
/// metadata gives it: the first full date in the head of the text (title,
/// byline, dateline), else the latest full date in the text outside
/// sentences about the future, else `None`. Relative dates and dates
/// without a year are not used. The pipeline sets [`Article::published`]
/// from it and runs [`annotate`] again.
pub fn infer_publication_date(article: &Article) -> Option<NaiveDate> {
    infer_publication_date_in(&TokenView::of(article), article.language.as_deref())
}

/// [`infer_publication_date`] over an article's token view (see
/// [`find_dates_in`]), in `language`.
pub fn infer_publication_date_in(tokens: &TokenView, language: Option<&str>) -> Option<NaiveDate> {
    infer::publication_date(tokens, language)
}

/// The publication date of an article that gives none, neither in its
/// metadata nor as a full date in its text, when the article is known to
/// belong with others whose newest publication day is `anchor`: the day,
/// from `anchor` to a week after it, that the weekdays the article names
/// ("on Friday") come closest before (news names a weekday for the days
/// just past), each day after `anchor` costing as much per weekday named as
/// a day between a weekday and the writing; the earliest such day on a tie.
/// An article naming no weekday is placed on `anchor`.
pub fn publication_date_near(article: &Article, anchor: NaiveDate) -> NaiveDate {
    infer::publication_date_near(&TokenView::of(article), article.language.as_deref(), anchor)
}

/// The day on which the text of `article`, whose metadata gives its day,
/// was written, when its story says it is the next day: a page keeps the
/// stamp of its first posting while its text is updated ("No one was in
/// custody as of early Tuesday" under a Monday's stamp). Read on the next
/// day (up to `latest`, the story's newest publication day), a weekday its
/// text names must move a week on, and every day it names relative to the
/// publication day ("on Tuesday", "last night") that moves must leave a day
/// for which `named_elsewhere` is false for one for which it is true (a day
/// another article of the story names), and be told as done, not as to
/// come or possible ("is expected to be arraigned Saturday", "could be
/// released on Wednesday") nor in the present, which may tell a schedule
/// ("Counselors are available Tuesday"); that day, else `None`. [`Article::dates`] must
/// hold the dates read on its own day.
pub fn publication_date_agreeing(
    article: &Article,
    named_elsewhere: &dyn Fn(NaiveDate) -> bool,
    latest: NaiveDate,
) -> Option<NaiveDate> {
    let published = article.published?.date();
    infer::publication_date_agreeing(
        &TokenView::of(article),
        article.language.as_deref(),
        published,
        &article.dates,
        named_elsewhere,
        latest,
    )
}

#[cfg(test)]
mod tests;
