//! Tests of the whole stage on sentences written for them.

use chorus_model::{Article, DatePrecision};
use chrono::NaiveDate;

use super::*;

/// An article in `language`, published on `published` (`YYYY-MM-DD`), with
/// the text stage run.
fn article(language: &str, published: Option<&str>, text: &str) -> Article {
    let published = published.map(|p| {
        NaiveDate::parse_from_str(p, "%Y-%m-%d")
            .expect("test date")
            .and_hms_opt(9, 0, 0)
            .expect("test time")
    });
    let mut article = Article {
        text: text.to_string(),
        language: Some(language.to_string()),
        published,
        ..Article::default()
    };
    chorus_text::annotate(&mut article);
    article
}

/// Annotate and describe each mention as `text=date/precision`, with `~`
/// before relative ones; precision is `d`, `m` or `y`.
fn check(language: &str, published: Option<&str>, text: &str, expected: &[&str]) {
    let mut article = article(language, published, text);
    annotate(&mut article);
    let got: Vec<String> = article
        .dates
        .iter()
        .map(|m| {
            let precision = match m.precision {
                DatePrecision::Day => "d",
                DatePrecision::Month => "m",
                DatePrecision::Year => "y",
            };
            let relative = if m.relative { "~" } else { "" };
            format!("{relative}{}={}/{precision}", article.span_text(m.span), m.date)
        })
        .collect();
    assert_eq!(got, expected, "in {text:?}");
}

const THURSDAY: Option<&str> = Some("2020-10-01");

#[test]
fn full_dates_in_words() {
    check(
        "en",
        None,
        "It began on September 30, 2020. Signed 26 September 2019 in Geneva. \
         By Asbarez | Thursday, 01 October 2020. Moscow, June 26th, 2020.",
        &[
            "September 30, 2020=2020-09-30/d",
            "26 September 2019=2019-09-26/d",
            "Thursday, 01 October 2020=2020-10-01/d",
            "June 26th, 2020=2020-06-26/d",
        ],
    );
}

#[test]
fn dates_without_a_year_take_the_nearest_past_year() {
    check(
        "en",
        THURSDAY,
        "The outbreak on September 27 of fighting. Moscow said on Wednesday \
         (September 30th) that it had proof. Talks are set for Oct. 5. \
         The vote of Dec. 12 was annulled. Sept 3 was quiet.",
        &[
            "~September 27=2020-09-27/d",
            "~on Wednesday=2020-09-30/d",
            "~September 30th=2020-09-30/d",
            "~Oct. 5=2020-10-05/d",
            "~Dec. 12=2019-12-12/d",
            "~Sept 3=2020-09-03/d",
        ],
    );
    check("en", None, "The outbreak on September 27 of fighting.", &[]);
}

#[test]
fn a_day_and_month_within_a_month_ahead_are_this_year() {
    // Published on Sunday 26 April 2009 and Tuesday 16 August 2011.
    check(
        "en",
        Some("2009-04-26"),
        "Schools in the capital have been closed until 6 May. The outbreak began on 18 March. \
         Flights resume on 30 May.",
        &["~6 May=2009-05-06/d", "~18 March=2009-03-18/d", "~30 May=2008-05-30/d"],
    );
    check(
        "en",
        Some("2011-08-16"),
        "Ministers discuss the campaign when they next meet on August 31. The protests erupted on February 17.",
        &["~August 31=2011-08-31/d", "~February 17=2011-02-17/d"],
    );
}

#[test]
fn a_weekday_before_a_date_joins_it() {
    check(
        "en",
        THURSDAY,
        "The ministry said on Wednesday, September 30, that it was concerned.",
        &["~Wednesday, September 30=2020-09-30/d"],
    );
}

#[test]
fn months_and_years() {
    check(
        "en",
        THURSDAY,
        "Prices rose in October 2019 and again in March. Since 1994 nothing \
         moved; the 2000 troops left, and 2019 people voted. In late \
         November, and last October, and in mid-July it rained, in March and \
         April, at the end of June. Not in May \
         we may say. The flu of 1918. A total of 1918 people. 1957: Asian flu. \
         It happened in 1918, 1957 and 1968, and from 1966 to 1976, like a 1994 \
         ceasefire, the 1985 earthquake and the 1918-19 pandemic.",
        &[
            "October 2019=2019-10-01/m",
            "~March=2020-03-01/m",
            "1994=1994-01-01/y",
            "~November=2019-11-01/m",
            "~October=2019-10-01/m",
            "~mid-July=2020-07-01/m",
            "~March=2020-03-01/m",
            "~April=2020-04-01/m",
            "~June=2020-06-01/m",
            "~May=2020-05-01/m",
            "1918=1918-01-01/y",
            "1957=1957-01-01/y",
            "1918=1918-01-01/y",
            "1957=1957-01-01/y",
            "1968=1968-01-01/y",
            "1966=1966-01-01/y",
            "1976=1976-01-01/y",
            "1994=1994-01-01/y",
            "1985=1985-01-01/y",
            "1918-19=1918-01-01/y",
        ],
    );
}

#[test]
fn a_year_after_a_month_may_be_old() {
    // A parish register quoted in an article of 2010: the day is of 1731,
    // not the 9 March before publication; a number alone stays a count.
    check(
        "en",
        Some("2010-06-29"),
        "The register shows a baptism on 9 Mar 1731 at Llanfyllin. The abbey was founded in \
         October 1132. In 1500 troops marched.",
        &["9 Mar 1731=1731-03-09/d", "October 1132=1132-10-01/m"],
    );
}

#[test]
fn numeric_dates_and_their_order() {
    check(
        "en",
        None,
        "Filed 30/09/2020 and 2020-09-30 and 30.09.2020 and 09/30/2020.",
        &[
            "30/09/2020=2020-09-30/d",
            "2020-09-30=2020-09-30/d",
            "30.09.2020=2020-09-30/d",
            "09/30/2020=2020-09-30/d",
        ],
    );
    // Ambiguous: day first unless the article shows otherwise.
    check("en", None, "Filed 03/04/2020.", &["03/04/2020=2020-04-03/d"]);
    check(
        "en",
        None,
        "Filed 03/04/2020, after 12/25/2019.",
        &["03/04/2020=2020-03-04/d", "12/25/2019=2019-12-25/d"],
    );
    check(
        "en",
        THURSDAY,
        "Filed 03/04/2020 on September 3 and September 7.",
        &[
            "03/04/2020=2020-03-04/d",
            "~September 3=2020-09-03/d",
            "~September 7=2020-09-07/d",
        ],
    );
    // Two numbers, a phone number, a resolution: no dates.
    check("en", None, "Resolution 42/9, call 555-123-4567 or 30/09.", &[]);
}

#[test]
fn weekdays_resolve_on_or_before_the_publication_day() {
    check(
        "en",
        THURSDAY,
        "They spoke by phone on Wednesday night. Earlier on Wednesday, Moscow \
         spoke. France accused Turkey on Thursday. The Observatory said Sunday. \
         Last Thursday it rained, and next Monday it will. Bloody Sunday and the \
         Sunday Times are no days.",
        &[
            "~on Wednesday night=2020-09-30/d",
            "~on Wednesday=2020-09-30/d",
            "~on Thursday=2020-10-01/d",
            "~Sunday=2020-09-27/d",
            "~Last Thursday=2020-09-24/d",
            "~next Monday=2020-10-05/d",
        ],
    );
}

#[test]
fn days_weeks_months_and_years_relative_to_publication() {
    check(
        "en",
        THURSDAY,
        "Yesterday he left; today he is back; last night it rained. Sent a \
         week ago, two days ago, 3 weeks ago. Earlier this month and last \
         month, last year and this year, the day before yesterday. Since the \
         weekend 2,300 died. Last week and earlier this week are skipped. A \
         week after the attack, two days later.",
        &[
            "~Yesterday=2020-09-30/d",
            "~today=2020-10-01/d",
            "~last night=2020-09-30/d",
            "~a week ago=2020-09-24/d",
            "~two days ago=2020-09-29/d",
            "~3 weeks ago=2020-09-10/d",
            "~Earlier this month=2020-10-01/m",
            "~last month=2020-09-01/m",
            "~last year=2019-01-01/y",
            "~this year=2020-01-01/y",
            "~the day before yesterday=2020-09-29/d",
            "~the weekend=2020-09-26/d",
        ],
    );
    check("en", None, "Yesterday he left on Wednesday.", &[]);
    check("en", THURSDAY, "USA Today reported it.", &[]);
}

#[test]
fn french_german_spanish() {
    check(
        "fr",
        THURSDAY,
        "Moscou a déclaré mercredi soir, le 30 septembre 2020, que hier et il y \
         a deux jours, le mois dernier et l'an dernier, en octobre 2019, depuis \
         2015, et dimanche dernier.",
        &[
            "~mercredi soir=2020-09-30/d",
            "30 septembre 2020=2020-09-30/d",
            "~hier=2020-09-30/d",
            "~il y a deux jours=2020-09-29/d",
            "~mois dernier=2020-09-01/m",
            "~l'an dernier=2019-01-01/y",
            "octobre 2019=2019-10-01/m",
            "2015=2015-01-01/y",
            "~dimanche dernier=2020-09-27/d",
        ],
    );
    check(
        "de",
        THURSDAY,
        "Am Mittwochabend sagte er am 30. September, gestern und vor zwei Tagen \
         sei es im vergangenen Jahr seit 2015 anders gewesen.",
        &[
            "~Am Mittwochabend=2020-09-30/d",
            "~30. September=2020-09-30/d",
            "~gestern=2020-09-30/d",
            "~vor zwei Tagen=2020-09-29/d",
            "~vergangenen Jahr=2019-01-01/y",
            "2015=2015-01-01/y",
        ],
    );
    check(
        "es",
        THURSDAY,
        "El miércoles 30 de septiembre de 2020 dijo que ayer, hace dos días y el \
         año pasado, el lunes.",
        &[
            "miércoles 30 de septiembre de 2020=2020-09-30/d",
            "~ayer=2020-09-30/d",
            "~hace dos días=2020-09-29/d",
            "~año pasado=2019-01-01/y",
            "~el lunes=2020-09-28/d",
        ],
    );
}

#[test]
fn publication_date_from_the_text() {
    let byline = article(
        "en",
        None,
        "Macron has proof\n\nBy Asbarez | Thursday, 01 October 2020\n\nHe said on \
         September 27, 2020 that a vote on November 3, 2020 was due.",
    );
    assert_eq!(infer_publication_date(&byline), NaiveDate::from_ymd_opt(2020, 10, 1));
    let captions = article(
        "en",
        None,
        "A long first paragraph that has no date in it at all, and goes on.\n\n\
         Second paragraph.\n\nThird paragraph.\n\nFourth paragraph.\n\n\
         Putin in Moscow, June 26, 2020.\n\nMen gather, September 30, 2020.\n\n\
         The election will be held on November 3, 2020.",
    );
    assert_eq!(infer_publication_date(&captions), NaiveDate::from_ymd_opt(2020, 9, 30));
    let none = article("en", None, "On Wednesday, September 30, they met in 1994.");
    assert_eq!(infer_publication_date(&none), None);
}

#[test]
fn articles_without_text_stage_are_tokenized_here() {
    let mut bare = Article {
        text: "It began on September 30, 2020.".to_string(),
        ..Article::default()
    };
    annotate(&mut bare);
    assert_eq!(bare.dates.len(), 1);
    assert!(bare.sentences.is_empty());
}

#[test]
fn odd_input_never_panics() {
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let pieces = [
        "September",
        "30",
        ",",
        "2020",
        "/",
        "-",
        ".",
        "Wednesday",
        "on",
        "last",
        "ago",
        "two",
        "days",
        "é",
        "ß",
        "日本",
        " ",
        "\n\n",
        "31",
        "02",
        "29",
        "1994",
        "the",
        "weekend",
        "il",
        "y",
        "a",
        "vor",
        "hace",
        "mid-",
        "’s",
        "(",
        ")",
        "Sept.",
        "0",
        "99999999999",
        "de",
    ];
    for round in 0..300 {
        let mut text = String::new();
        for _ in 0..(round % 40) {
            seed = chorus_model::hash::mix(seed);
            text.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            if seed & 16 == 0 {
                text.push(' ');
            }
        }
        for language in ["en", "fr", "de", "es", "xx"] {
            for published in [None, THURSDAY, Some("2020-02-29")] {
                let mut a = article(language, published, &text);
                annotate(&mut a);
                let mut previous = 0;
                for m in &a.dates {
                    assert!(m.span.start <= m.span.end && (m.span.end as usize) <= text.len());
                    assert!(text.is_char_boundary(m.span.start as usize));
                    assert!(text.is_char_boundary(m.span.end as usize));
                    assert!(m.span.start >= previous, "sorted");
                    previous = m.span.start;
                }
                let _ = infer_publication_date(&a);
            }
        }
    }
}

#[test]
fn since_marks_the_start_of_a_period() {
    let mut since = article(
        "en",
        THURSDAY,
        "Since the weekend 2,300 fighters have been killed, the ministry said on Wednesday. \
         Fighters have been sent since September 23. Depuis lundi, rien.",
    );
    annotate(&mut since);
    let flags: Vec<(&str, bool)> = since
        .dates
        .iter()
        .map(|m| (since.span_text(m.span), m.starts_period))
        .collect();
    assert_eq!(
        flags,
        [("the weekend", true), ("on Wednesday", false), ("September 23", true)],
        "English only for this article; other languages have their own words"
    );
    let mut french = article(
        "fr",
        THURSDAY,
        "Les combats durent depuis lundi soir, a dit le ministre.",
    );
    annotate(&mut french);
    assert!(french.dates.iter().all(|m| m.starts_period), "{:?}", french.dates);
    assert_eq!(french.dates.len(), 1);
}

#[test]
fn an_undated_article_is_placed_after_the_weekdays_it_names() {
    let anchor = NaiveDate::from_ymd_opt(2020, 10, 1).expect("a Thursday");
    // Written on a Friday: "on Friday" is that day, "on Monday" four days before.
    let friday = article(
        "en",
        None,
        "Lavrov and Zarif spoke by phone on Friday. Macron also demanded on Friday that Turkey explain. \
         The observatory said on Monday that 300 fighters had left.",
    );
    assert_eq!(
        publication_date_near(&friday, anchor),
        NaiveDate::from_ymd_opt(2020, 10, 2).unwrap()
    );
    // Sunday to Wednesday of the anchor's week: no reason to move.
    let week = article(
        "en",
        None,
        "Fighting erupted on Sunday. The Guardian reported on Monday. The Kremlin spoke on Tuesday. \
         Moscow said on Wednesday that fighters had been sent.",
    );
    assert_eq!(publication_date_near(&week, anchor), anchor);
    let none = article("en", None, "Fighters were sent to the region, officials said.");
    assert_eq!(publication_date_near(&none, anchor), anchor);
}

#[test]
fn an_announced_weekend_is_the_coming_one() {
    // Published on a Thursday: the weekend to come begins on October 3.
    check(
        "en",
        THURSDAY,
        "The leaders will meet at the weekend. Protesters gathered at the weekend.",
        &["~the weekend=2020-10-03/d", "~the weekend=2020-09-26/d"],
    );
}

#[test]
fn this_weekday_in_english_is_the_coming_one() {
    // Published on a Thursday: "this Sunday" and "this Monday" are to
    // come, "this Thursday" is the day itself; "on Monday" is still the one
    // before, and French "ce lundi" names the Monday of the week gone by.
    check(
        "en",
        THURSDAY,
        "The mayor will open the bridge this Sunday. Ferry crews strike this Monday. \
         The council votes this Thursday. The bridge closed on Monday.",
        &[
            "~this Sunday=2020-10-04/d",
            "~this Monday=2020-10-05/d",
            "~this Thursday=2020-10-01/d",
            "~on Monday=2020-09-28/d",
        ],
    );
    check("fr", THURSDAY, "Le pont a fermé ce lundi.", &["~ce lundi=2020-09-28/d"]);
}

#[test]
fn this_weekday_told_in_the_past_tense_is_the_one_gone_by() {
    // Published on a Thursday: a verb in the past tense next to "this
    // Monday" keeps the Monday before; a word of the future, the present of
    // "be" or an adjective in "-ed" leaves the coming one.
    check(
        "en",
        THURSDAY,
        "The bridge closed this Monday. This Tuesday, the old ferry sank near the pier. \
         A vigil is planned this Sunday. The wounded officer returns to work this Monday. \
         Crews repaired the road this past Sunday.",
        &[
            "~this Monday=2020-09-28/d",
            "~This Tuesday=2020-09-29/d",
            "~this Sunday=2020-10-04/d",
            "~this Monday=2020-10-05/d",
            "~past Sunday=2020-09-27/d",
        ],
    );
    // Published on a Monday: shot on the Saturday before, buried on the
    // Saturday to come.
    check(
        "en",
        Some("2020-09-28"),
        "A teenager was shot this Saturday, police said. His family said he will be buried this Saturday. \
         This Saturday would have been his birthday. In an interview this Sunday, the mayor did not comment. \
         A vigil was scheduled for this Sunday.",
        &[
            "~this Saturday=2020-09-26/d",
            "~this Saturday=2020-10-03/d",
            "~This Saturday=2020-09-26/d",
            "~this Sunday=2020-09-27/d",
            "~this Sunday=2020-10-04/d",
        ],
    );
}

#[test]
fn an_announced_weekday_is_marked() {
    // Published on a Thursday: the hearing and the arraignment resolved to
    // days gone by are only announced; the arrest told in the past tense
    // and the day the police spoke are not marked.
    let mut article = article(
        "en",
        THURSDAY,
        "His hearing is scheduled for Friday. The suspect was arrested Monday. \
         The two will be arraigned on Tuesday, police said Wednesday.",
    );
    annotate(&mut article);
    let marks: Vec<(String, bool)> = article
        .dates
        .iter()
        .map(|m| (article.span_text(m.span).to_string(), m.announced))
        .collect();
    let expected = [
        ("Friday", true),
        ("Monday", false),
        ("on Tuesday", true),
        ("Wednesday", false),
    ];
    let expected: Vec<(String, bool)> = expected.iter().map(|&(s, a)| (s.to_string(), a)).collect();
    assert_eq!(marks, expected);
}

#[test]
fn a_weekday_of_habit_is_no_date() {
    check(
        "en",
        THURSDAY,
        "Officers patrol the street as they always are on a Saturday night. \
         The club admits students on Friday nights. Every Sunday the market opens. \
         The shop was robbed on Monday night. Police spoke of a Tuesday shooting. \
         They seek information on a Sunday morning shooting.",
        &[
            "~on Monday night=2020-09-28/d",
            "~Tuesday=2020-09-29/d",
            "~Sunday morning=2020-09-27/d",
        ],
    );
}

#[test]
fn approximate_durations_give_no_day() {
    check(
        "en",
        THURSDAY,
        "The first case came more than three weeks ago. Talks broke down about two days ago. \
         The strike began nearly a month ago. It started three weeks ago, and about an hour ago it ended. \
         They held a party two or three weeks ago. They want to go back to 100 years ago.",
        &[
            "~three weeks ago=2020-09-10/d",
            "~an hour ago=2020-10-01/d",
            "~100 years ago=1920-01-01/y",
        ],
    );
}

#[test]
fn a_weekday_before_a_name_is_part_of_the_name() {
    check(
        "en",
        THURSDAY,
        "Critics included Lea Salonga and Tuesday Vargas. He listens to the Saturday Play. \
         On Tuesday Vargas spoke. Officials said Tuesday that talks had failed.",
        &["~On Tuesday=2020-09-29/d", "~Tuesday=2020-09-29/d"],
    );
}

#[test]
fn since_a_few_date_words_before_its_date_starts_a_period() {
    let mut since = article(
        "en",
        THURSDAY,
        "Fighting has raged since early on Tuesday. Prices rose since late last month. \
         Since then, on Monday, the army advanced.",
    );
    annotate(&mut since);
    let flags: Vec<(&str, bool)> = since
        .dates
        .iter()
        .map(|m| (since.span_text(m.span), m.starts_period))
        .collect();
    assert_eq!(
        flags,
        [("on Tuesday", true), ("last month", true), ("on Monday", false)]
    );
}

/// Each mention of `article` once annotated, as its words and whether it is
/// marked announced.
fn announced_marks(mut article: Article) -> Vec<(String, bool)> {
    annotate(&mut article);
    article
        .dates
        .iter()
        .map(|m| (article.span_text(m.span).to_string(), m.announced))
        .collect()
}

#[test]
fn would_after_a_day_of_saying_tells_a_day_gone_by() {
    // Published on Friday 2016-06-10: the counselors were there on the
    // Thursday after the Wednesday meeting.
    let told = article(
        "en",
        Some("2016-06-10"),
        "At a meeting on Wednesday night the principal said counselors would be at the school Thursday.",
    );
    assert_eq!(
        announced_marks(told),
        [
            ("on Wednesday night".to_string(), false),
            ("Thursday".to_string(), false)
        ]
    );
    // Published on Tuesday: the Thursday before Monday's saying is not the
    // one meant, nor is a Monday with no day of saying.
    let ahead = article(
        "en",
        Some("2016-06-07"),
        "The mayor said Monday the park would reopen on Thursday. Officials said the council would meet on Monday.",
    );
    assert_eq!(
        announced_marks(ahead),
        [
            ("Monday".to_string(), false),
            ("on Thursday".to_string(), true),
            ("on Monday".to_string(), true),
        ]
    );
}

#[test]
fn a_stamp_before_its_text_is_corrected_only_on_the_story_evidence() {
    // Stamped Monday 2016-10-17 but written on Tuesday: read on its stamp,
    // "early Tuesday" is 2016-10-11, a day no other article names.
    let mut updated = article(
        "en",
        Some("2016-10-17"),
        "A man was killed in a shooting Monday night. No one was in custody as of early Tuesday, police said.",
    );
    annotate(&mut updated);
    let day = |d: u32| NaiveDate::from_ymd_opt(2016, 10, d).unwrap();
    let story_names = [day(17), day(18)];
    let named = |d: NaiveDate| story_names.contains(&d);
    assert_eq!(publication_date_agreeing(&updated, &named, day(20)), Some(day(18)));
    // Not past the story's newest day.
    assert_eq!(publication_date_agreeing(&updated, &named, day(17)), None);
    // Nothing else names the Tuesday after: the stamp stands.
    let only_monday = |d: NaiveDate| d == day(17);
    assert_eq!(publication_date_agreeing(&updated, &only_monday, day(20)), None);
    // Another article names the Tuesday before too: the stamp stands.
    let both = |d: NaiveDate| [day(11), day(17), day(18)].contains(&d);
    assert_eq!(publication_date_agreeing(&updated, &both, day(20)), None);
    // A day told as to come may lie after the writing: no evidence.
    let mut ahead = article(
        "en",
        Some("2016-10-17"),
        "A man was killed in a shooting Monday night. The suspect is expected to be arraigned Tuesday.",
    );
    annotate(&mut ahead);
    assert_eq!(publication_date_agreeing(&ahead, &named, day(20)), None);
    let mut possible = article(
        "en",
        Some("2016-10-17"),
        "A man was wounded in a shooting Monday night. He could be released on Tuesday, police said.",
    );
    annotate(&mut possible);
    assert_eq!(publication_date_agreeing(&possible, &named, day(20)), None);
    let mut later = article(
        "en",
        Some("2016-10-17"),
        "A man was wounded in a shooting Monday night. His sister is expected to speak to reporters when she \
         returns to the city from a long trip on Tuesday.",
    );
    annotate(&mut later);
    assert_eq!(publication_date_agreeing(&later, &named, day(20)), None);
    let mut promised = article(
        "en",
        Some("2016-10-17"),
        "A man was wounded in a shooting Monday night. We'll have more on the morning show Tuesday.",
    );
    annotate(&mut promised);
    assert_eq!(publication_date_agreeing(&promised, &named, day(20)), None);
    // "due to" long before the weekday announces nothing.
    let mut died = article(
        "en",
        Some("2016-10-17"),
        "A man was wounded in a shooting Monday night. A friend who lost a leg due to the shooting spoke to \
         reporters outside the hospital on Tuesday.",
    );
    annotate(&mut died);
    assert_eq!(publication_date_agreeing(&died, &named, day(20)), Some(day(18)));
    // "last night" a day later is no evidence without a weekday.
    let mut quoted = article(
        "en",
        Some("2016-10-18"),
        "\"We heard shots last night,\" a neighbor said.",
    );
    annotate(&mut quoted);
    assert_eq!(publication_date_agreeing(&quoted, &named, day(20)), None);
    // A day told in the present may be a schedule: the stamp stands.
    let mut scheduled = article(
        "en",
        Some("2016-10-17"),
        "A man was killed in a shooting Monday night. Classes resume Tuesday. Counselors are available at the \
         school Tuesday.",
    );
    annotate(&mut scheduled);
    assert_eq!(publication_date_agreeing(&scheduled, &named, day(20)), None);
    // A text that names no day relative to its stamp is never moved.
    let mut plain = article(
        "en",
        Some("2016-10-17"),
        "A man was killed on October 17, 2016, police said.",
    );
    annotate(&mut plain);
    assert_eq!(publication_date_agreeing(&plain, &named, day(20)), None);
}
