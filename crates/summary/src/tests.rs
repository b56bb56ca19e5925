//! Summaries of small stories written for these tests.

use chorus_compare::align_story;

use super::*;

fn article(id: &str, text: &str) -> Article {
    let mut article = Article {
        id: id.into(),
        text: text.into(),
        language: Some("en".into()),
        ..Article::default()
    };
    chorus_text::annotate(&mut article);
    article
}

fn story() -> Vec<Article> {
    vec![
        article(
            "a",
            "Heavy fighting broke out around the disputed region of Karabakh on Sunday morning. \
            France accused Turkey of sending Syrian fighters to the region on Thursday. \
            He said the fighters were paid. The local weather stayed unusually warm all week long.",
        ),
        article(
            "b",
            "France on Thursday accused Turkey of sending Syrian fighters into the region. \
            Heavy fighting broke out around Karabakh on Sunday, officials in the region said. \
            Russia called for the withdrawal of all foreign fighters from the conflict zone.",
        ),
        article(
            "c",
            "Turkey was accused by France of sending Syrian fighters to the region, Paris said Thursday. \
            Russia called for the withdrawal of foreign fighters from the conflict zone on Wednesday.",
        ),
    ]
}

#[test]
fn the_most_supported_facts_come_first_once_each_with_every_citation() {
    let articles = story();
    let alignment = align_story(&articles, &[0, 1, 2], &[0, 1, 2]);
    let summary = summarize(&articles, &alignment, &SummaryOptions::default());
    let texts: Vec<&str> = summary
        .iter()
        .map(|s| articles[s.at.article].span_text(articles[s.at.article].sentences[s.at.sentence].span))
        .collect();
    assert!(texts[0].contains("accused"), "{texts:#?}");
    assert_eq!(
        summary[0].support,
        Support {
            articles: 3,
            independent: 3
        }
    );
    let cited: Vec<usize> = summary[0].citations.iter().map(|c| c.article).collect();
    assert_eq!(cited.len(), 3, "{:?}", summary[0].citations);
    // Each fact once: no two chosen sentences about the accusation.
    assert_eq!(texts.iter().filter(|t| t.contains("accused")).count(), 1, "{texts:#?}");
    assert!(texts.iter().all(|t| !t.starts_with("He ")), "{texts:#?}");
}

#[test]
fn the_word_budget_is_kept() {
    let articles = story();
    let alignment = align_story(&articles, &[0, 1, 2], &[0, 1, 2]);
    let summary = summarize(&articles, &alignment, &SummaryOptions { max_words: 30 });
    let words: usize = summary
        .iter()
        .map(|s| {
            articles[s.at.article]
                .span_text(articles[s.at.article].sentences[s.at.sentence].span)
                .split_whitespace()
                .count()
        })
        .sum();
    assert!(!summary.is_empty() && words <= 30, "{words} words");
}

#[test]
fn the_budget_is_never_exceeded_even_by_the_first_sentence() {
    let articles = story();
    let alignment = align_story(&articles, &[0, 1, 2], &[0, 1, 2]);
    for budget in [0, 5, 11, 13] {
        let summary = summarize(&articles, &alignment, &SummaryOptions { max_words: budget });
        let words: usize = summary
            .iter()
            .map(|s| s.text(&articles).split_whitespace().count())
            .sum();
        assert!(words <= budget, "{words} words for a budget of {budget}");
    }
    // The best sentences have 12 words or more; a shorter one fills 11.
    assert!(!summarize(&articles, &alignment, &SummaryOptions { max_words: 11 }).is_empty());
}

fn dated(id: &str, text: &str, published: (i32, u32, u32), dates: &[(&str, (i32, u32, u32))]) -> Article {
    let mut article = article(id, text);
    article.published =
        chrono::NaiveDate::from_ymd_opt(published.0, published.1, published.2).and_then(|d| d.and_hms_opt(0, 0, 0));
    for &(words, (y, m, d)) in dates {
        let start = article.text.find(words).unwrap();
        article.dates.push(chorus_model::DateMention {
            span: chorus_model::Span::new(start, start + words.len()),
            date: chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap(),
            precision: chorus_model::DatePrecision::Day,
            relative: true,
            starts_period: false,
            announced: false,
        });
    }
    article
}

#[test]
fn timeline_is_dated_sorted_cited_and_keeps_history_apart() {
    let articles = vec![
        dated(
            "a",
            "Heavy fighting broke out around Karabakh on Sunday, officials said. \
            A ceasefire was signed on 12 May 1994 after years of war. \
            Russia called for the withdrawal of foreign fighters on Wednesday.",
            (2020, 10, 1),
            &[
                ("on Sunday", (2020, 9, 27)),
                ("on 12 May 1994", (1994, 5, 12)),
                ("on Wednesday", (2020, 9, 30)),
            ],
        ),
        dated(
            "b",
            "Russia on Wednesday called for the withdrawal of all foreign fighters from the zone. \
            Fighting broke out around Karabakh on Sunday morning, the ministry said. \
            Talks will resume on Monday in Geneva, diplomats said.",
            (2020, 10, 1),
            &[
                ("on Wednesday", (2020, 9, 30)),
                ("on Sunday", (2020, 9, 27)),
                ("on Monday", (2020, 10, 5)),
            ],
        ),
    ];
    let alignment = align_story(&articles, &[0, 1], &[0, 1]);
    let timeline = timeline(&articles, &alignment, &TimelineOptions::default());
    let dates: Vec<String> = timeline.events.iter().map(|e| e.date.to_string()).collect();
    assert_eq!(
        dates,
        ["2020-09-27", "2020-09-30"],
        "a date after the newest article is no event"
    );
    assert_eq!(
        timeline.events[0].support,
        Support {
            articles: 2,
            independent: 2
        }
    );
    assert_eq!(timeline.events[0].citations.len(), 2);
    assert_eq!(timeline.background.len(), 1);
    assert_eq!(timeline.background[0].date.to_string(), "1994-05-12");

    let one = timeline_with(&articles, &alignment, 1);
    assert_eq!(one.events.len(), 1);
}

fn timeline_with(articles: &[Article], alignment: &chorus_compare::StoryAlignment, max_dates: usize) -> Timeline {
    timeline(
        articles,
        alignment,
        &TimelineOptions {
            max_dates,
            sentences_per_date: 1,
            ..TimelineOptions::default()
        },
    )
}

#[test]
fn excerpts_without_whole_sentences_still_get_a_summary_that_refers_back_to_nothing() {
    let articles = vec![
        article(
            "a",
            "officials said the bridge over the river closed on Monday after the flood damaged it",
        ),
        article(
            "b",
            "He said the bridge over the river closed on Monday after the flood.",
        ),
    ];
    let alignment = align_story(&articles, &[0, 1], &[0, 1]);
    let summary = summarize(&articles, &alignment, &SummaryOptions::default());
    assert_eq!(summary.len(), 1, "{summary:?}");
    assert_eq!(
        summary[0].at.article, 0,
        "the sentence starting with \"He\" is never shown"
    );
}

#[test]
fn the_days_most_articles_mention_make_the_timeline_when_dates_are_few() {
    let articles = vec![
        dated(
            "a",
            "Protesters marched through the capital on Monday, police said. \
            The parliament building was closed on Tuesday after clashes overnight.",
            (2020, 3, 5),
            &[("on Monday", (2020, 3, 2)), ("on Tuesday", (2020, 3, 3))],
        ),
        dated(
            "b",
            "Thousands gathered in central squares on Monday to demand new elections.",
            (2020, 3, 5),
            &[("on Monday", (2020, 3, 2))],
        ),
        dated(
            "c",
            "The march on Monday was the largest in a decade, organisers said.",
            (2020, 3, 5),
            &[("on Monday", (2020, 3, 2))],
        ),
    ];
    let alignment = align_story(&articles, &[0, 1, 2], &[0, 1, 2]);
    let one = timeline_with(&articles, &alignment, 1);
    let dates: Vec<String> = one.events.iter().map(|e| e.date.to_string()).collect();
    assert!(
        !dates.is_empty() && dates.iter().all(|d| d == "2020-03-02"),
        "{dates:?}"
    );
}

#[test]
fn a_broadcast_listing_page_tells_no_day() {
    let articles = vec![
        dated(
            "a",
            "The council approved the new harbour plan on Monday after a long debate.",
            (2020, 3, 5),
            &[("on Monday", (2020, 3, 2))],
        ),
        dated(
            "b",
            "Presenter/Jo Marsh, Producer/Sam Tate Jo looks back at the harbour debate of the week. \
            The harbour plan was discussed on Tuesday by three guests in the studio.",
            (2020, 3, 5),
            &[("on Tuesday", (2020, 3, 3))],
        ),
        dated(
            "c",
            "The harbour plan was debated on Tuesday by the council, and the vote came on Monday.",
            (2020, 3, 5),
            &[("on Tuesday", (2020, 3, 3)), ("on Monday", (2020, 3, 2))],
        ),
    ];
    let alignment = align_story(&articles, &[0, 1, 2], &[0, 1, 2]);
    let one = timeline_with(&articles, &alignment, 1);
    let dates: Vec<String> = one.events.iter().map(|e| e.date.to_string()).collect();
    // Without the radio programme's page, Tuesday has one mention, Monday two.
    assert!(
        !dates.is_empty() && dates.iter().all(|d| d == "2020-03-02"),
        "{dates:?}"
    );
    let all = timeline_with(&articles, &alignment, 10);
    assert!(all.events.iter().all(|e| e.at.article != 1), "{:?}", all.events);
}

#[test]
fn a_budget_no_sentence_fits_gets_the_best_sentence_cut_at_a_clause() {
    let articles = story();
    let alignment = align_story(&articles, &[0, 1, 2], &[0, 1, 2]);
    // Every sentence that stands alone has more than eight words.
    let summary = summarize(&articles, &alignment, &SummaryOptions { max_words: 8 });
    assert_eq!(summary.len(), 1, "{summary:#?}");
    let text = summary[0].text(&articles);
    assert_eq!(text, "Heavy fighting broke out around Karabakh on Sunday…");
    // The shortened sentence still cites every article that says it.
    assert_eq!(summary[0].citations.len(), 2, "{:?}", summary[0].citations);
    assert_eq!(summary[0].support.articles, 2);
}

#[test]
fn an_excerpt_cut_off_mid_sentence_is_shown_up_to_a_clause_and_never_whole() {
    let articles = vec![
        article(
            "a",
            "Brazil elected a populist congressman as president on Sunday. \
            Brazil's electoral court declared that the congressman, a champion of traditional values, has won the election for",
        ),
        article(
            "b",
            "The congressman has vowed to slash regulations and to get tough on crime. \
            He has denounced the media as fake news.",
        ),
    ];
    let alignment = align_story(&articles, &[0, 1], &[0, 1]);
    let summary = summarize(&articles, &alignment, &SummaryOptions { max_words: 40 });
    let texts = summary_texts(&articles, &summary);
    assert!(
        texts.contains(
            &"Brazil's electoral court declared that the congressman, a champion of traditional values…".to_string()
        ),
        "{texts:#?}"
    );
    assert!(texts.iter().all(|t| !t.ends_with("election for")), "{texts:#?}");
    assert!(texts.iter().all(|t| !t.starts_with("He ")), "{texts:#?}");
    let words: usize = texts.iter().map(|t| t.split_whitespace().count()).sum();
    assert!(words <= 40, "{words} words");
}

#[test]
fn two_facts_of_one_article_that_another_tells_in_one_sentence_are_both_kept() {
    let articles = vec![
        article(
            "a",
            "Electors in every state met on Monday to formally elect Joe Biden as the next president. \
            Biden finished with 306 electoral votes against 232 for Donald Trump in the final count.",
        ),
        article(
            "b",
            "Electors met in every state on Monday and gave Joe Biden 306 electoral votes against 232 for Donald \
            Trump, formally making him the next president after weeks of lawsuits that tried to overturn the result \
            of the election in several states.",
        ),
    ];
    let alignment = align_story(&articles, &[0, 1], &[0, 1]);
    // Both sentences of "a" are aligned with the one sentence of "b".
    for sentence in alignment.sentences.iter().filter(|s| s.at.article == 0) {
        assert!(
            sentence.matches.iter().any(|(at, _)| at.article == 1),
            "{:?}",
            sentence.at
        );
    }
    let summary = summarize(&articles, &alignment, &SummaryOptions { max_words: 40 });
    let texts = summary_texts(&articles, &summary);
    assert!(
        texts.iter().any(|t| t.starts_with("Electors in every state")),
        "{texts:#?}"
    );
    assert!(texts.iter().any(|t| t.starts_with("Biden finished")), "{texts:#?}");
    assert!(texts.iter().all(|t| !t.starts_with("Electors met")), "{texts:#?}");
}

#[test]
fn whole_sentences_are_not_cut() {
    let articles = story();
    let alignment = align_story(&articles, &[0, 1, 2], &[0, 1, 2]);
    let summary = summarize(&articles, &alignment, &SummaryOptions::default());
    for item in &summary {
        let article = &articles[item.at.article];
        let whole = article.span_text(article.sentences[item.at.sentence].span);
        if item.text(&articles).ends_with('…') {
            continue;
        }
        assert_eq!(item.text(&articles), whole);
    }
    assert!(summary.iter().any(|item| !item.text(&articles).ends_with('…')));
}

#[test]
fn a_sentence_is_cut_after_its_introduction_and_before_a_function_word_never() {
    let article = article(
        "a",
        "In a statement on Monday, the foreign ministry of Russia called for an immediate ceasefire, \
        saying that the fighting must stop before winter.",
    );
    assert_eq!(
        cut(&article, 16).as_deref(),
        Some("In a statement on Monday, the foreign ministry of Russia called for an immediate ceasefire")
    );
    // Only the introduction fits: no cut.
    assert_eq!(cut(&article, 8), None);
    // Never between an auxiliary and its verb.
    let unlike = self::article(
        "b",
        "Unlike Macron, Moscow did not publicly and explicitly implicate Turkey in their recruitment, \
        which Western media have reported since the outbreak.",
    );
    assert_eq!(
        cut(&unlike, 14).as_deref(),
        Some("Unlike Macron, Moscow did not publicly and explicitly implicate Turkey in their recruitment")
    );
    assert_eq!(cut(&unlike, 11), None);
    // Never a subject without its verb.
    let guardian = self::article(
        "e",
        "An investigation by the British daily The Guardian, published on Monday, claimed that rebels were hired.",
    );
    assert_eq!(opening_clauses(&guardian, 0, 12), None);
    let office = self::article(
        "c",
        "The office of the ombudsman Arman Tatoyan, said that an estimated 4,000 mercenaries were fighting there.",
    );
    assert_eq!(opening_clauses(&office, 0, 10), None);
    // Never between a subject and its verb after a relative clause.
    let official = self::article(
        "d",
        "The official, who asked not to be named, told the channel that hundreds of fighters had been flown in.",
    );
    assert_eq!(opening_clauses(&official, 0, 10), None);
    // Never a subject whose only verb is in a relative clause or aside.
    let brother = self::article(
        "j",
        "Moultrie's brother Ricky, who lives in Las Vegas, Nevada, told a local station that his sister was \
        visiting her family when she was shot.",
    );
    assert_eq!(cut(&brother, 10), None);
    assert_eq!(
        cut(&brother, 20).as_deref(),
        Some("Moultrie's brother Ricky, who lives in Las Vegas, Nevada, told a local station that his sister was visiting her family")
    );
    let father = self::article(
        "k",
        "The father of a 6-year-old boy who accidentally shot and killed his brother last week is facing charges \
        for the incident.",
    );
    assert_eq!(cut(&father, 12), None);
    let officers = self::article(
        "l",
        "The officers, who had arrived within minutes, and the paramedics worked on the victim for an hour.",
    );
    assert_eq!(cut(&officers, 8), None);
    let suspect = self::article(
        "m",
        "The suspect, identified by police on Sunday, fled the scene in a stolen car after the shooting.",
    );
    assert_eq!(cut(&suspect, 8), None);
    // The main clause's verb still counts after an aside or a relative clause.
    let police = self::article(
        "n",
        "Police, however, said the gunman had fled, and a search of the area went on through the night.",
    );
    assert_eq!(
        cut(&police, 10).as_deref(),
        Some("Police, however, said the gunman had fled")
    );
    let searching = self::article(
        "o",
        "Police were searching for two young men who were seen in a car, witnesses said on Sunday.",
    );
    assert_eq!(
        cut(&searching, 13).as_deref(),
        Some("Police were searching for two young men who were seen in a car")
    );
    // Never between "between X" and its "and Y".
    let between = self::article(
        "f",
        "Fighting continued on Wednesday between Azerbaijan and the forces of the region, \
        the most violent since 1994.",
    );
    assert_eq!(
        cut(&between, 13).as_deref(),
        Some("Fighting continued on Wednesday between Azerbaijan and the forces of the region")
    );
    assert_eq!(cut(&between, 9), None);
    let talks = self::article(
        "g",
        "Talks between the two sides resumed on Monday and the guns fell silent across the front.",
    );
    assert_eq!(
        cut(&talks, 10).as_deref(),
        Some("Talks between the two sides resumed on Monday")
    );
    // Never an introduction and an aside without the clause.
    let reports = self::article(
        "h",
        "According to official reports, probably very partial, the fighting that erupted on Sunday \
        claimed the lives of 98 people, including 17 civilians.",
    );
    assert_eq!(opening_clauses(&reports, 0, 10), None);
    // Never a quotation in doubled single quotes without its close and speaker.
    let doubled = self::article(
        "i",
        "‘’I did not know we would be fighting,’’ Abdullah told the BBC, which reported that he was \
        speaking in a rushed manner.",
    );
    assert_eq!(opening_clauses(&doubled, 0, 8), None);
    assert_eq!(
        cut(&doubled, 12).as_deref(),
        Some("‘’I did not know we would be fighting,’’ Abdullah told the BBC")
    );
    let article = article_with_quote();
    assert_eq!(opening_clauses(&article, 0, 6), None, "a quotation left open");
}

/// The opening `opening_clauses` cuts the first sentence of `article` to.
fn cut(article: &Article, max_words: usize) -> Option<String> {
    opening_clauses(article, 0, max_words).map(|span| article.span_text(span).to_string())
}

fn article_with_quote() -> Article {
    article(
        "q",
        "Macron said \"we have proof, and we will act\" on Thursday in Brussels before the summit.",
    )
}

#[test]
fn a_day_later_reports_come_back_to_outweighs_a_day_only_reported_on() {
    let articles = vec![
        dated(
            "a",
            "The city council approved the new budget on Thursday after a long debate.",
            (2020, 3, 5),
            &[("on Thursday", (2020, 3, 5))],
        ),
        dated(
            "b",
            "Councillors voted for the spending plan on Thursday evening in the town hall.",
            (2020, 3, 5),
            &[("on Thursday", (2020, 3, 5))],
        ),
        dated(
            "c",
            "Schools across the region stayed open on Thursday despite the snow.",
            (2020, 3, 5),
            &[("on Thursday", (2020, 3, 5))],
        ),
        dated(
            "d",
            "The strike that began on Monday has now spread to the ports, unions said.",
            (2020, 3, 7),
            &[("on Monday", (2020, 3, 2))],
        ),
        dated(
            "e",
            "Dock workers joined the strike started by rail staff on Monday, officials said.",
            (2020, 3, 7),
            &[("on Monday", (2020, 3, 2))],
        ),
    ];
    let alignment = align_story(&articles, &[0, 1, 2, 3, 4], &[0, 1, 2, 3, 4]);
    // Three articles report on the 5th on the day; two come back later to
    // the 2nd, which counts twice each.
    let one = timeline_with(&articles, &alignment, 1);
    let dates: Vec<String> = one.events.iter().map(|e| e.date.to_string()).collect();
    assert!(
        !dates.is_empty() && dates.iter().all(|d| d == "2020-03-02"),
        "{dates:?}"
    );
}

#[test]
fn a_pronoun_before_any_named_person_dangles() {
    let mut article = article(
        "a",
        "Sent to Azerbaijan a week ago, he was killed in the fighting. \
         Macron said his country had proof. \
         The minister said she would resign, officials said.",
    );
    let start = article.text.find("Macron").unwrap();
    article.entities.push(chorus_model::Entity {
        name: "Emmanuel Macron".into(),
        kind: chorus_model::EntityKind::Person,
        mentions: vec![chorus_model::Span::new(start, start + "Macron".len())],
        country: None,
    });
    assert!(
        has_dangling_pronoun(&article, article.sentences[0].span),
        "no one named before \"he\""
    );
    assert!(
        !has_dangling_pronoun(&article, article.sentences[1].span),
        "\"his\" is Macron's"
    );
    assert!(
        has_dangling_pronoun(&article, article.sentences[2].span),
        "a role is no name"
    );
}

#[test]
fn a_name_the_article_gives_a_person_elsewhere_names_them() {
    let mut article = article(
        "a",
        "Muammar Gaddafi left Tripoli. \
         August 29 - Gaddafi's wife, his daughter Aisha and two of his sons enter Algeria. \
         August 30 - Algeria says his wife gave birth.",
    );
    let start = article.text.find("Muammar Gaddafi").unwrap();
    article.entities.push(chorus_model::Entity {
        name: "Muammar Gaddafi".into(),
        kind: chorus_model::EntityKind::Person,
        mentions: vec![chorus_model::Span::new(start, start + "Muammar Gaddafi".len())],
        country: None,
    });
    assert!(
        !has_dangling_pronoun(&article, article.sentences[1].span),
        "\"Gaddafi's\" names him though no mention covers it"
    );
    assert!(
        has_dangling_pronoun(&article, article.sentences[2].span),
        "Algeria is no person"
    );
}

#[test]
fn timeline_events_stand_alone_and_are_not_the_start_of_a_period() {
    let mut since = dated(
        "a",
        "Intense fighting continued on Wednesday, and since the weekend 2,300 separatists have been killed. \
         Sent to the front a week ago, he was killed in the fighting on Tuesday.",
        (2020, 10, 1),
        &[
            ("on Wednesday", (2020, 9, 30)),
            ("the weekend", (2020, 9, 26)),
            ("on Tuesday", (2020, 9, 29)),
        ],
    );
    since.dates[1].starts_period = true;
    let articles = vec![since];
    let alignment = align_story(&articles, &[0], &[0]);
    let timeline = timeline(&articles, &alignment, &TimelineOptions::default());
    let dates: Vec<String> = timeline.events.iter().map(|e| e.date.to_string()).collect();
    assert_eq!(
        dates,
        ["2020-09-30"],
        "the weekend began the period; \"he\" stands for no one out of the article"
    );
}

#[test]
fn an_announced_day_shows_no_sentence() {
    // "is scheduled for Friday" resolved to the Friday gone by tells
    // nothing of that day; the arrest on Tuesday is told.
    let mut announced = dated(
        "a",
        "Police arrested the driver of the van on Tuesday near the harbour. \
         A first court appearance for the driver is scheduled for Friday in the county court.",
        (2020, 10, 1),
        &[("on Tuesday", (2020, 9, 29)), ("Friday", (2020, 9, 25))],
    );
    announced.dates[1].announced = true;
    let articles = vec![announced];
    let alignment = align_story(&articles, &[0], &[0]);
    let timeline = timeline(&articles, &alignment, &TimelineOptions::default());
    let dates: Vec<String> = timeline.events.iter().map(|e| e.date.to_string()).collect();
    assert_eq!(dates, ["2020-09-29"]);
}

#[test]
fn a_connective_sentence_tells_a_day_only_when_none_stands_alone() {
    let articles = vec![dated(
        "a",
        "Rebels took the airport on Monday. \
         But on Monday the government also lost the port. \
         But on Tuesday the government retook the airport.",
        (2011, 3, 2),
        &[
            ("on Monday", (2011, 2, 28)),
            ("on Monday the", (2011, 2, 28)),
            ("on Tuesday", (2011, 3, 1)),
        ],
    )];
    let alignment = align_story(&articles, &[0], &[0]);
    let timeline = timeline(&articles, &alignment, &TimelineOptions::default());
    let events: Vec<(String, usize)> = timeline
        .events
        .iter()
        .map(|e| (e.date.to_string(), e.at.sentence))
        .collect();
    assert_eq!(
        events,
        [("2011-02-28".to_string(), 0), ("2011-03-01".to_string(), 2)],
        "Monday is told by the sentence that stands alone only; Tuesday by its connective one"
    );
}

#[test]
fn timeline_entries_leave_out_a_dateline_or_a_connective_as_the_summary_does() {
    let mut articles = vec![dated(
        "a",
        "WASHINGTON — The Senate voted on the bill on Monday. \
         For his part, Obama signed the bill on Tuesday. \
         Meanwhile, the House adjourned on Wednesday.",
        (2011, 3, 4),
        &[
            ("on Monday", (2011, 2, 28)),
            ("on Tuesday", (2011, 3, 1)),
            ("on Wednesday", (2011, 3, 2)),
        ],
    )];
    let start = articles[0].text.find("Obama").unwrap();
    articles[0].entities.push(chorus_model::Entity {
        name: "Barack Obama".into(),
        kind: chorus_model::EntityKind::Person,
        mentions: vec![chorus_model::Span::new(start, start + "Obama".len())],
        country: None,
    });
    let alignment = align_story(&articles, &[0], &[0]);
    let timeline = timeline(&articles, &alignment, &TimelineOptions::default());
    let events: Vec<(String, String)> = timeline
        .events
        .iter()
        .map(|e| (e.date.to_string(), e.text(&articles)))
        .collect();
    assert_eq!(
        events,
        [
            (
                "2011-02-28".to_string(),
                "The Senate voted on the bill on Monday.".to_string()
            ),
            // "his" is in the opening left out: it dangles for no reader.
            (
                "2011-03-01".to_string(),
                "Obama signed the bill on Tuesday.".to_string()
            ),
            // What follows "Meanwhile," would need re-casing: shown whole.
            (
                "2011-03-02".to_string(),
                "Meanwhile, the House adjourned on Wednesday.".to_string()
            ),
        ]
    );
    for event in &timeline.events {
        let sentence = articles[0].sentences[event.at.sentence].span;
        assert!(sentence.start <= event.shown.start && event.shown.end == sentence.end);
        assert_eq!(event.citations[0], event.at, "the shown sentence is the first citation");
    }
}

#[test]
fn highlights_glued_before_a_dateline_are_no_entry_and_date_nothing() {
    let articles = vec![dated(
        "a",
        "Gadhafi speaks on TV NEW: Witnesses report gunfire since Tuesday NEW: Death toll rises to 219 \
         (CNN) -- The son of the Libyan leader proposed reforms on Monday.",
        (2011, 2, 21),
        &[("since Tuesday", (2011, 2, 15)), ("on Monday", (2011, 2, 21))],
    )];
    let alignment = align_story(&articles, &[0], &[0]);
    let timeline = timeline(&articles, &alignment, &TimelineOptions::default());
    let events: Vec<(String, String)> = timeline
        .events
        .iter()
        .map(|e| (e.date.to_string(), e.text(&articles)))
        .collect();
    // The day named in the highlights is not the day of what is shown.
    assert_eq!(
        events,
        [(
            "2011-02-21".to_string(),
            "The son of the Libyan leader proposed reforms on Monday.".to_string()
        )]
    );
}

#[test]
fn the_days_a_chronology_lists_come_before_the_days_most_mentioned() {
    // Ten dated entries, one per day from March 1 to March 10: a chronology.
    let entries: Vec<String> = (1..=10)
        .map(|day| format!("March {day} 2020 The council held vote number {day} on the treaty."))
        .collect();
    let chronology_text = entries.join(" ");
    let mentions: Vec<(String, (i32, u32, u32))> = (1..=10)
        .map(|day| (format!("March {day} 2020"), (2020, 3, day)))
        .collect();
    let mention_refs: Vec<(&str, (i32, u32, u32))> = mentions.iter().map(|(t, d)| (t.as_str(), *d)).collect();
    let mut articles = vec![dated("chronology", &chronology_text, (2020, 3, 20), &mention_refs)];
    // Three reports come back to March 15, which no chronology lists.
    for id in ["a", "b", "c"] {
        articles.push(dated(
            id,
            "Protesters marched through the capital on Sunday, the police said.",
            (2020, 3, 20),
            &[("on Sunday", (2020, 3, 15))],
        ));
    }
    let members: Vec<usize> = (0..articles.len()).collect();
    let alignment = align_story(&articles, &members, &members);
    let two = timeline_with(&articles, &alignment, 2);
    let dates: Vec<String> = two.events.iter().map(|e| e.date.to_string()).collect();
    assert!(
        !dates.is_empty() && dates.iter().all(|d| d.as_str() <= "2020-03-10"),
        "{dates:?}"
    );
    // Nine days are prose, not a chronology: the most mentioned day wins.
    articles[0].dates.truncate(9);
    let alignment = align_story(&articles, &members, &members);
    let one = timeline_with(&articles, &alignment, 1);
    let dates: Vec<String> = one.events.iter().map(|e| e.date.to_string()).collect();
    assert_eq!(dates, ["2020-03-15"]);
}

fn summary_texts(articles: &[Article], summary: &[SummaryItem]) -> Vec<String> {
    summary.iter().map(|item| item.text(articles)).collect()
}

#[test]
fn a_sentence_opening_with_a_connective_comes_after_an_equally_supported_one_that_stands_alone() {
    let articles = vec![
        article(
            "a",
            "Otherwise, the old stone bridge over the Dnieper river collapsed on Monday after the long spring flood. \
            Readers wrote in. Photos follow below. \
            The city council closed the market square for repairs until the end of May.",
        ),
        article(
            "b",
            "In addition, the old stone bridge over the Dnieper river collapsed on Monday after the spring flood. \
            Comments are open. Share this page. \
            The market square stays closed for repairs until the end of May, the city council said.",
        ),
    ];
    let alignment = align_story(&articles, &[0, 1], &[0, 1]);
    let summary = summarize(&articles, &alignment, &SummaryOptions::default());
    let texts = summary_texts(&articles, &summary);
    assert!(texts.len() >= 2, "{texts:#?}");
    assert!(texts[0].contains("market square"), "{texts:#?}");
    let one_sentence = summarize(&articles, &alignment, &SummaryOptions { max_words: 18 });
    let texts = summary_texts(&articles, &one_sentence);
    assert!(texts.iter().all(|t| t.contains("market square")), "{texts:#?}");
}

/// An article that quotes a statement over two sentences, with the
/// attribution the quotes stage would give it.
fn article_quoting_over_two_sentences() -> Article {
    let text = "“Fighters from Syria and Libya are being moved to the front line to take part in the battle. \
        We are deeply worried by these moves, which threaten every country of the region,” the ministry said.";
    let mut quoting = article("q", text);
    let start = text.find('“').map(|i| i + '“'.len_utf8()).unwrap_or(0);
    let end = text.find('”').unwrap_or(text.len());
    quoting.attributions.push(chorus_model::Attribution {
        source: None,
        speaker: None,
        role: None,
        co_speakers: Vec::new(),
        cue: None,
        content: Span::new(start, end),
        direct: true,
    });
    quoting
}

#[test]
fn two_wordings_of_one_quoted_statement_are_one_fact() {
    let articles = vec![
        article_quoting_over_two_sentences(),
        article(
            "b",
            "Fighters from Syria and Libya are being moved to the front line to fight in the battle, the ministry said on Wednesday.",
        ),
        article(
            "c",
            "The ministry said it was deeply worried by moves which threaten every country of the region.",
        ),
    ];
    assert_eq!(articles[0].sentences.len(), 2);
    let alignment = align_story(&articles, &[0, 1, 2], &[0, 1, 2]);
    let summary = summarize(&articles, &alignment, &SummaryOptions::default());
    let texts = summary_texts(&articles, &summary);
    assert_eq!(
        texts.len(),
        1,
        "the two halves of one quotation are one statement: {texts:#?}"
    );

    // Without the quotation's attribution, the two halves are two facts.
    let mut unquoted = articles.clone();
    unquoted[0].attributions.clear();
    let alignment = align_story(&unquoted, &[0, 1, 2], &[0, 1, 2]);
    let summary = summarize(&unquoted, &alignment, &SummaryOptions::default());
    assert_eq!(summary.len(), 2, "{:#?}", summary_texts(&unquoted, &summary));
}

#[test]
fn two_wordings_that_match_one_sentence_of_a_third_article_are_one_fact() {
    let articles = vec![
        article(
            "a",
            "It was Turkey that sent three hundred Syrian fighters to Azerbaijan last week, the French president said on Thursday.",
        ),
        article(
            "b",
            "The French president said that Turkey had sent Syrian fighters to Azerbaijan.",
        ),
        article(
            "c",
            "Three hundred fighters from Syria were flown to Baku last week, according to the Élysée on Thursday.",
        ),
    ];
    let alignment = align_story(&articles, &[0, 1, 2], &[0, 1, 2]);
    let summary = summarize(&articles, &alignment, &SummaryOptions::default());
    let texts = summary_texts(&articles, &summary);
    // The sentence of "a" cannot stand alone ("It was…"); "b" and "c" each
    // tell part of it, in words they hardly share.
    assert!(alignment.similarity(1, 2) < 0.3);
    assert_eq!(texts.len(), 1, "{texts:#?}");
}

/// An article that attributes `content` (its first occurrence in the text)
/// to a speaker entity, as the entities and quotes stages would.
fn attributed(mut article: Article, speaker: (&str, Option<&str>), content: &str) -> Article {
    let start = article.text.find(content).expect("content in the text");
    article.entities.push(chorus_model::Entity {
        name: speaker.0.into(),
        kind: chorus_model::EntityKind::Organization,
        mentions: Vec::new(),
        country: speaker.1.map(str::to_string),
    });
    article.attributions.push(chorus_model::Attribution {
        source: None,
        speaker: Some(article.entities.len() - 1),
        role: None,
        co_speakers: Vec::new(),
        cue: None,
        content: Span::new(start, start + content.len()),
        direct: content.starts_with('“'),
    });
    article
}

/// Two outlets tell one statement of one speaker, one as a quotation, the
/// other in its own words; a third tells the rest of the story.
fn quoted_and_paraphrased() -> Vec<Article> {
    let quoted = "Fighters of armed groups from Syria and Libya are being sent to the Karabakh conflict zone";
    let paraphrased =
        "it knew that foreign mercenaries were taking part in the armed conflict in Karabakh and demanded their withdrawal";
    vec![
        attributed(
            article(
                "a",
                &format!(
                    "Heavy shelling hit Stepanakert in the Karabakh conflict overnight, officials said. \
                    “{quoted},” the Russian ministry said in a commentary on its website. \
                    Schools in the city stayed closed for a third day after the Karabakh shelling."
                ),
            ),
            ("Russian Foreign Ministry", Some("Russia")),
            quoted,
        ),
        attributed(
            article(
                "b",
                &format!(
                    "Shelling hit Stepanakert overnight as the Karabakh conflict went on, officials said. \
                    Russia said {paraphrased}. \
                    Schools in Stepanakert stayed closed for a third day after the shelling."
                ),
            ),
            ("Russia", None),
            paraphrased,
        ),
        article(
            "c",
            "Officials said heavy shelling hit Stepanakert overnight in the Karabakh conflict. \
            The schools of Stepanakert stayed closed for a third day after the overnight shelling.",
        ),
    ]
}

#[test]
fn a_quotation_and_a_paraphrase_of_it_by_one_speaker_are_one_fact() {
    let articles = quoted_and_paraphrased();
    let alignment = align_story(&articles, &[0, 1, 2], &[0, 1, 2]);
    let is_russian = |text: &String| text.contains("Syria and Libya") || text.contains("foreign mercenaries");
    let texts = summary_texts(&articles, &summarize(&articles, &alignment, &SummaryOptions::default()));
    assert_eq!(texts.iter().filter(|t| is_russian(t)).count(), 1, "{texts:#?}");

    // The two sentences share too few words to be aligned: without their
    // attributions, or with two speakers, they are two facts.
    let mut unattributed = articles.clone();
    unattributed.iter_mut().for_each(|a| a.attributions.clear());
    let alignment = align_story(&unattributed, &[0, 1, 2], &[0, 1, 2]);
    let texts = summary_texts(
        &unattributed,
        &summarize(&unattributed, &alignment, &SummaryOptions::default()),
    );
    assert_eq!(texts.iter().filter(|t| is_russian(t)).count(), 2, "{texts:#?}");
    let mut two_speakers = articles.clone();
    two_speakers[1].entities[0].name = "Ukraine".into();
    let texts = summary_texts(
        &two_speakers,
        &summarize(&two_speakers, &alignment, &SummaryOptions::default()),
    );
    assert_eq!(texts.iter().filter(|t| is_russian(t)).count(), 2, "{texts:#?}");
}

#[test]
fn a_connective_set_off_by_a_comma_is_left_out_and_the_shown_span_says_where() {
    let articles = vec![
        article(
            "a",
            "France accused Turkey of sending Syrian fighters to the Karabakh front on Thursday. \
            For its part, Azerbaijan accused Armenia of recruiting ethnic Armenians from Syria and Lebanon.",
        ),
        article(
            "b",
            "Turkey was accused by France on Thursday of sending Syrian fighters to the Karabakh front. \
            They added that Azerbaijan accused Armenia of recruiting ethnic Armenians from Syria and Lebanon.",
        ),
    ];
    let alignment = align_story(&articles, &[0, 1], &[0, 1]);
    let summary = summarize(&articles, &alignment, &SummaryOptions::default());
    let texts = summary_texts(&articles, &summary);
    assert_eq!(texts.len(), 2, "{texts:#?}");
    assert!(texts.iter().all(|t| !t.contains("For its part")), "{texts:#?}");
    let trimmed = summary
        .iter()
        .find(|item| {
            item.at
                == SentenceRef {
                    article: 0,
                    sentence: 1,
                }
        })
        .unwrap_or_else(|| panic!("the sentence of \"a\" is chosen (that of \"b\" refers back): {texts:#?}"));
    let sentence = articles[0].sentences[1].span;
    assert_eq!(trimmed.text(&articles), articles[0].span_text(trimmed.shown));
    assert!(trimmed.shown.start > sentence.start && trimmed.shown.end == sentence.end);
    assert!(trimmed.text(&articles).starts_with("Azerbaijan accused Armenia"));
    assert_eq!(
        trimmed.citations,
        vec![
            SentenceRef {
                article: 0,
                sentence: 1
            },
            SentenceRef {
                article: 1,
                sentence: 1
            }
        ]
    );
}

/// An article with the count `figure` (its first occurrence), counting
/// `counted`, as the figures stage would find it.
fn counting(mut article: Article, figure: &str, value: f64, counted: &str) -> Article {
    let start = article.text.find(figure).expect("figure in the text");
    let counted_start = start + article.text[start..].find(counted).expect("counted after the figure");
    article.figures.push(chorus_model::Figure {
        span: Span::new(start, counted_start + counted.len()),
        value,
        low: value,
        high: value,
        approximation: chorus_model::Approximation::Exact,
        unit: None,
        counted: Some(Span::new(counted_start, counted_start + counted.len())),
        attribution: None,
    });
    article
}

#[test]
fn one_large_count_rounded_two_ways_is_one_fact() {
    let articles = vec![
        counting(
            article(
                "a",
                "The United States has logged 40 million Covid-19 cases since the pandemic began, officials said. \
                Hospitals in Texas and Florida reported full intensive care units on Tuesday.",
            ),
            "40 million",
            40_000_000.0,
            "cases",
        ),
        counting(
            article(
                "b",
                "The country has recorded 40,000,070 cases and more deaths than any other nation. \
                Intensive care units in Texas and Florida hospitals were full on Tuesday.",
            ),
            "40,000,070",
            40_000_070.0,
            "cases",
        ),
    ];
    let alignment = align_story(&articles, &[0, 1], &[0, 1]);
    let count = |articles: &[Article]| {
        let summary = summarize(articles, &alignment, &SummaryOptions::default());
        let texts = summary_texts(articles, &summary);
        (texts.iter().filter(|t| t.contains("cases")).count(), texts)
    };
    let (told, texts) = count(&articles);
    assert_eq!(told, 1, "{texts:#?}");

    // Two counts of different things, or far apart, are two facts.
    let mut deaths = articles.clone();
    let start = deaths[1].text.find("deaths").unwrap();
    deaths[1].figures[0].counted = Some(Span::new(start, start + "deaths".len()));
    assert_eq!(count(&deaths).0, 2, "{:#?}", count(&deaths).1);
    let mut apart = articles.clone();
    apart[1].figures[0].value = 41_000_000.0;
    assert_eq!(count(&apart).0, 2, "{:#?}", count(&apart).1);
}

/// An article with a person the entities stage would find at each of
/// `names` (the first mention of each in the text).
fn naming(mut article: Article, names: &[&str]) -> Article {
    for name in names {
        let start = article.text.find(name).unwrap();
        article.entities.push(chorus_model::Entity {
            name: (*name).into(),
            kind: chorus_model::EntityKind::Person,
            mentions: vec![Span::new(start, start + name.len())],
            country: None,
        });
    }
    article
}

#[test]
fn a_pronoun_in_a_whole_sentence_follows_only_a_sentence_that_names_its_person() {
    let loved = "Evangelicals and gun-rights advocates across the country love him for his promises on crime.";
    let named = vec![
        naming(
            article(
                "a",
                &format!(
                    "Jair Bolsonaro won Brazil's presidential election on Sunday with 55 percent of the vote. {loved}"
                ),
            ),
            &["Jair Bolsonaro"],
        ),
        naming(
            article(
                "b",
                &format!(
                    "Jair Bolsonaro won the presidential election in Brazil on Sunday with 55 percent of the vote, \
                     officials said. {loved}"
                ),
            ),
            &["Jair Bolsonaro"],
        ),
        naming(
            article(
                "c",
                "Brazil elected Jair Bolsonaro president on Sunday with 55 percent of the vote.",
            ),
            &["Jair Bolsonaro"],
        ),
    ];
    let alignment = align_story(&named, &[0, 1, 2], &[0, 1, 2]);
    let texts = summary_texts(&named, &summarize(&named, &alignment, &SummaryOptions::default()));
    assert!(texts[0].contains("Bolsonaro"), "{texts:#?}");
    assert!(
        texts.iter().any(|t| t.contains("love him")),
        "named before, so it may follow: {texts:#?}"
    );

    // No sentence of the summary names him: "him" would point at no one.
    let unnamed = vec![
        naming(
            article(
                "a",
                &format!("{loved} Brazil's currency rose sharply against the dollar on Monday morning. Jair Bolsonaro spoke."),
            ),
            &["Jair Bolsonaro"],
        ),
        naming(
            article(
                "b",
                &format!("{loved} Markets in Sao Paulo opened higher on Monday after the long vote count ended. Jair Bolsonaro spoke."),
            ),
            &["Jair Bolsonaro"],
        ),
    ];
    let alignment = align_story(&unnamed, &[0, 1], &[0, 1]);
    let texts = summary_texts(&unnamed, &summarize(&unnamed, &alignment, &SummaryOptions::default()));
    assert!(!texts.is_empty(), "{texts:#?}");
    assert!(texts.iter().all(|t| !t.contains("love him")), "{texts:#?}");
}

#[test]
fn a_pronoun_stands_for_the_person_its_article_names_nearest_before_it() {
    let roundup = naming(
        article(
            "a",
            "Jose Pena was shot twice in the head on Friday, police said. \
             About 10:30 a.m., a 23-year-old man was shot in the West Pullman neighborhood. \
             Police said the man was walking in the 200 block when he was struck in the leg. \
             The bullet exited at his hip. \
             Maria Lopez, 40, was shot in the arm later that night. \
             Her son said she was recovering at home.",
        ),
        &["Jose Pena", "Maria Lopez"],
    );
    // "his" after an unnamed man: no name of the article stands for it.
    assert!(antecedent_name_words(&roundup, 3).is_empty());
    // "she" after Maria Lopez, named in the sentence before.
    let names = antecedent_name_words(&roundup, 5);
    assert!(names.contains("Lopez") && !names.contains("Pena"), "{names:?}");
}

#[test]
fn a_pronoun_about_an_unnamed_person_is_left_out_though_the_summary_names_another() {
    let text = "Jose Pena was shot twice in the head on Friday and died at the scene, police said. \
                Police said a 23-year-old man was walking in the 200 block of West 117th Street when he was struck in the leg. \
                The bullet exited at his hip and lodged in the wall behind him.";
    let articles = vec![
        naming(article("a", text), &["Jose Pena"]),
        naming(article("b", text), &["Jose Pena"]),
        naming(article("c", text), &["Jose Pena"]),
    ];
    let alignment = align_story(&articles, &[0, 1, 2], &[0, 1, 2]);
    let texts = summary_texts(&articles, &summarize(&articles, &alignment, &SummaryOptions::default()));
    assert!(texts.iter().any(|t| t.contains("Pena")), "{texts:#?}");
    assert!(texts.iter().all(|t| !t.contains("his hip")), "{texts:#?}");
}

#[test]
fn a_headline_glued_before_the_first_sentence_is_left_out() {
    let articles = vec![
        article(
            "a",
            "Eight cases of swine flu have emerged in the UK Two more people in London have been diagnosed with the \
             swine flu virus, the Department of Health confirmed. Both had recently returned from a trip to Mexico.",
        ),
        article(
            "b",
            "Two more people in London have been diagnosed with the swine flu virus, health officials confirmed on \
             Friday. Schools in the capital stay open for now.",
        ),
    ];
    let alignment = align_story(&articles, &[0, 1], &[0, 1]);
    let summary = summarize(&articles, &alignment, &SummaryOptions::default());
    let texts = summary_texts(&articles, &summary);
    assert!(texts.iter().any(|t| t.starts_with("Two more people")), "{texts:#?}");
    assert!(texts.iter().all(|t| !t.contains("Eight cases")), "{texts:#?}");
    let first = summary
        .iter()
        .find(|item| item.text(&articles).contains("Two more"))
        .unwrap();
    assert_eq!(first.citations.len(), 2, "{:?}", first.citations);
}

#[test]
fn a_whole_sentence_that_names_its_person_after_the_pronoun_or_unrecognised_stands_alone() {
    let article = article(
        "a",
        "In a fiery defense of his reputation on Friday, Florida Rep. Matt Gaetz denied every claim. \
         Twelve hours later, he told the world about the deal.",
    );
    let [defense, later] = [0, 1].map(|i| article.sentences[i].span);
    assert!(
        has_dangling_pronoun(&article, defense),
        "no entity found: the cut-opening test is strict"
    );
    assert!(names_someone(&article, defense), "Matt Gaetz, after the pronoun");
    assert!(!names_someone(&article, later));
}

#[test]
fn an_undated_lead_tells_its_publication_day_when_no_sentence_names_that_day() {
    let mut inferred = dated(
        "d",
        "The court has adjourned the case of the doctor. The jury was sent home.",
        (2011, 1, 20),
        &[],
    );
    inferred.published_from_text = true;
    let articles = vec![
        dated(
            "a",
            "A judge has ordered the doctor of the singer to stand trial for manslaughter. \
             The doctor denies the charge.",
            (2011, 1, 11),
            &[],
        ),
        dated(
            "c",
            "He has pleaded not guilty to a charge of manslaughter in the death of the singer. \
             The trial may last weeks.",
            (2011, 1, 27),
            &[],
        ),
        dated(
            "e",
            "Prosecutors have asked for the trial to start soon, after the plea of the doctor. \
             The plea was entered in court on Tuesday.",
            (2011, 1, 25),
            &[("on Tuesday", (2011, 1, 25))],
        ),
        inferred,
    ];
    let alignment = align_story(&articles, &[0, 1, 2, 3], &[0, 1, 2, 3]);
    let one_a_day = TimelineOptions {
        sentences_per_date: 1,
        ..TimelineOptions::default()
    };
    let timeline = timeline(&articles, &alignment, &one_a_day);
    let events = events_at(&timeline);
    assert_eq!(
        events,
        [("2011-01-11".to_string(), 0, 0), ("2011-01-25".to_string(), 2, 1)],
        "the judge's order is dated by its article; the plea by the sentence that names its day, \
         not the lead that does not; a lead opening with \"He\" and an article dated from its text tell no day"
    );
}

#[test]
fn an_undated_lead_of_the_day_comes_after_a_sentence_dating_the_day_and_before_a_quotations_day() {
    let articles = vec![
        dated(
            "a",
            "Flood water has forced hundreds of families from their homes in the valley. \
             The river burst its banks on Sunday.",
            (2014, 2, 9),
            &[("on Sunday", (2014, 2, 9))],
        ),
        dated(
            "b",
            "\"We were told on Sunday to leave,\" a farmer from the hills said of the evacuation order. \
             Rescue boats are still at work.",
            (2014, 2, 10),
            &[("on Sunday", (2014, 2, 9))],
        ),
    ];
    let alignment = align_story(&articles, &[0, 1], &[0, 1]);
    let three_a_day = TimelineOptions {
        sentences_per_date: 3,
        ..TimelineOptions::default()
    };
    let timeline = timeline(&articles, &alignment, &three_a_day);
    let events = events_at(&timeline);
    assert_eq!(
        events,
        [
            ("2014-02-09".to_string(), 0, 1),
            ("2014-02-09".to_string(), 0, 0),
            ("2014-02-09".to_string(), 1, 0),
        ],
        "the sentence dating the day's event, then the day's undated lead, then the quotation's day"
    );
}

/// The events of a story of one article published on 9 February 2014,
/// whose lead is `lead` and whose second sentence (`dated`) names that day.
fn day_with_lead(lead: &str, dated_sentence: &str) -> Vec<(usize, usize)> {
    let articles = vec![dated(
        "a",
        &format!("{lead} {dated_sentence}"),
        (2014, 2, 9),
        &[("on Sunday", (2014, 2, 9))],
    )];
    let alignment = align_story(&articles, &[0], &[0]);
    let three_a_day = TimelineOptions {
        sentences_per_date: 3,
        ..TimelineOptions::default()
    };
    timeline(&articles, &alignment, &three_a_day)
        .events
        .iter()
        .map(|e| (e.at.article, e.at.sentence))
        .collect()
}

#[test]
fn an_undated_lead_fills_a_dated_day_only_as_a_summary_sentence_would_be_shown() {
    let dated_sentence = "The river burst its banks near the old mill on Sunday.";
    assert_eq!(
        day_with_lead(
            "Hundreds of families have been forced from their homes in the valley by flood water.",
            dated_sentence
        ),
        [(0, 1), (0, 0)],
        "a lead of prose fills the day"
    );
    for lead in [
        // A photo's caption, in the present or with the people's places.
        "Tom Hale, the mayor of Lowbridge, walks past sandbags near the town square.",
        "Ann Pike, left, and Joe Pike could lose their farm to the water.",
        // Page clutter: a video player's chrome, a line in capitals, a
        // teaser in title case, a label with no verb.
        "EMBED >More News Videos Families in the valley are counting the cost of the water.",
        "FAMILIES IN THE VALLEY ARE COUNTING THE COST OF THE WATER.",
        "Seven Quiet Walks In Wales Within an hour of the capital there are paths for every walker.",
        "Profile of Lowbridge Mayor Tom Hale.",
        "Get free flood news alerts from the Lowbridge Gazette.",
        // Too short to say something on its own.
        "LOWBRIDGE, Wales.",
        // A retelling of the day's sentence in other words.
        "The river near the old mill has burst its banks.",
    ] {
        assert_eq!(day_with_lead(lead, dated_sentence), [(0, 1)], "{lead}");
    }
}

#[test]
fn a_call_to_the_reader_or_a_teaser_is_never_shown_but_an_exclamation_in_a_quotation_is() {
    let article = article(
        "a",
        "Close Get email notifications on Sarah Reese daily! Just One More Thing... \
         Police said two men were shot on Friday. \"Get down!\" the officer shouted. \
         The mayor said the city would never forget…",
    );
    let shown: Vec<bool> = (0..article.sentences.len())
        .map(|i| shown_part(&article, i).is_some())
        .collect();
    assert_eq!(article.sentences.len(), 5, "{:?}", article.sentences);
    assert_eq!(shown, [false, false, true, true, false]);
}

#[test]
fn the_story_cache_of_what_sentences_show_gives_what_shown_part_gives() {
    let articles = vec![
        article(
            "a",
            "WASHINGTON — Police said two men were shot on Friday. However, the mayor said the city \
             would never forget. He left.",
        ),
        article(
            "b",
            "Just One More Thing... Meanwhile, officers searched the area on Saturday.",
        ),
    ];
    let cache = ShownParts::new();
    for (a, article) in articles.iter().enumerate() {
        for sentence in 0..article.sentences.len() {
            let at = SentenceRef { article: a, sentence };
            let expected = shown_part(article, sentence);
            // Asked twice: the second answer comes from the cache.
            assert_eq!(cache.get(&articles, at), expected, "{at:?}");
            assert_eq!(cache.get(&articles, at), expected, "{at:?}");
        }
    }
    assert!(
        (0..articles[0].sentences.len()).any(|s| shown_part(&articles[0], s).is_some()),
        "the test shows something"
    );
}

#[test]
fn a_full_date_stamped_after_an_article_adds_nothing_to_that_day() {
    // Two pages published on March 3 carry readers' comments stamped March 8.
    let comments = |id: &str, comment: &str| {
        let text = format!("The dam was built on 12 May 1994. March 8, 2020 at 10:15 am | Reply {comment}");
        let mut page = dated(id, &text, (2020, 3, 3), &[("on 12 May 1994", (1994, 5, 12))]);
        let start = page.text.find("March 8, 2020").unwrap();
        page.dates.push(chorus_model::DateMention {
            span: chorus_model::Span::new(start, start + "March 8, 2020".len()),
            date: chrono::NaiveDate::from_ymd_opt(2020, 3, 8).unwrap(),
            precision: chorus_model::DatePrecision::Day,
            relative: false,
            starts_period: false,
            announced: false,
        });
        page
    };
    let articles = vec![
        dated(
            "a",
            "The dam burst on Monday, flooding the valley below.",
            (2020, 3, 2),
            &[("on Monday", (2020, 3, 2))],
        ),
        dated(
            "b",
            "Hundreds of homes were under water on Monday after the dam gave way.",
            (2020, 3, 2),
            &[("on Monday", (2020, 3, 2))],
        ),
        comments("c", "Nobody listened to the engineers who warned about the dam."),
        comments("d", "The valley should never have been built on in the first place."),
        dated(
            "e",
            "Rescue teams reached the last flooded village on Sunday.",
            (2020, 3, 8),
            &[("on Sunday", (2020, 3, 8))],
        ),
    ];
    let alignment = align_story(&articles, &[0, 1, 2, 3, 4], &[0, 1, 2, 3, 4]);
    // March 2: two reports. March 8: one report and two comment stamps,
    // which would outweigh it if they counted.
    let one = timeline_with(&articles, &alignment, 1);
    let dates: Vec<String> = one.events.iter().map(|e| e.date.to_string()).collect();
    assert!(
        !dates.is_empty() && dates.iter().all(|d| d == "2020-03-02"),
        "{dates:?}"
    );
}

#[test]
fn a_cut_keeps_a_whole_clause_with_its_verb() {
    // A relative clause that no comma closes ends before the main verb.
    let worker = article(
        "a",
        "A 40-year-old farm worker who was injured in the storm on Tuesday got a visit from the governor, \
        who praised the rescue crews.",
    );
    assert_eq!(
        cut(&worker, 18).as_deref(),
        Some("A 40-year-old farm worker who was injured in the storm on Tuesday got a visit from the governor")
    );
    // Never a reporting verb and the subject of what it reports.
    let brother = article(
        "b",
        "Officials say the driver's brother, who also works at the plant, arrived home to find the door open.",
    );
    assert_eq!(cut(&brother, 30), None);
    let family = article(
        "c",
        "Smith's family said the boy and his sister were arguing, but had stopped before the officer came in.",
    );
    assert_eq!(
        cut(&family, 12).as_deref(),
        Some("Smith's family said the boy and his sister were arguing")
    );
    assert_eq!(cut(&family, 8), None);
    // A reporting verb after what it reports leaves nothing open.
    let guard = article(
        "d",
        "The guard was shot twice, police said Monday, and is in stable condition.",
    );
    assert_eq!(
        cut(&guard, 8).as_deref(),
        Some("The guard was shot twice, police said Monday")
    );
    // Never "and" between two nouns, a possessive as the verb, or a verb
    // without the question it asks.
    let teacher = article(
        "e",
        "Lee was a gifted chess and piano teacher with many friends in the town.",
    );
    assert_eq!(cut(&teacher, 10), None);
    let reed = article(
        "f",
        "Tom Reed, the girl's former teacher, says she was afraid of the man.",
    );
    assert_eq!(cut(&reed, 8), None);
    let papers = article(
        "g",
        "Court papers did not show which part of the car was hit by the bullet.",
    );
    assert_eq!(cut(&papers, 10), None);
}

#[test]
fn a_cut_needs_a_verb_a_plural_noun_is_not_and_ends_on_no_bare_conjunction_participle_or_speaker() {
    // A plural noun before or after "say" is no verb of what is reported.
    let deputies = article(
        "a",
        "Marion County deputies say two cousins, ages 14 and 16, were fishing alone; they had a rifle and somehow, \
        the younger cousin was hit in the leg.",
    );
    assert_eq!(
        cut(&deputies, 14).as_deref(),
        Some("Marion County deputies say two cousins, ages 14 and 16, were fishing alone")
    );
    // Never "and" with only an adverb after it.
    assert_eq!(cut(&deputies, 20), cut(&deputies, 14));
    // A noun in "-ly" is no adverb; a participle set off by a comma is not
    // the main clause.
    let family = article(
        "e",
        "The boy was taken to the hospital by friends or family, and he is expected to recover.",
    );
    assert_eq!(
        cut(&family, 12).as_deref(),
        Some("The boy was taken to the hospital by friends or family")
    );
    let litter = article(
        "f",
        "Debris, including two broken bottles and empty beer cans, was found in the yard.",
    );
    assert_eq!(cut(&litter, 12), None);
    // Never a participle without what it acts on.
    let fired = article(
        "b",
        "The guard fired his pistol twice, hitting the driver in the shoulder as the car sped away.",
    );
    assert_eq!(cut(&fired, 7).as_deref(), Some("The guard fired his pistol twice"));
    // Never a speaker without the verb that says the quotation.
    let neighbor = article(
        "c",
        "“We heard a loud bang and ran outside,” a neighbor who lives next door told reporters on Monday.",
    );
    assert_eq!(cut(&neighbor, 14), None);
    // Never a quotation in single quotes left open.
    let calm = article(
        "g",
        "'Tom was very calm, very kind, everyone's friend,' his neighbor said of the man on Monday.",
    );
    assert_eq!(cut(&calm, 8), None);
    // A hyphen inside a telephone number is no dash between clauses.
    let tips = article(
        "d",
        "Anyone with information about the robbery should call the sheriff's office at 555-201-3344 or text a tip.",
    );
    assert_eq!(cut(&tips, 14), None);
}

#[test]
fn a_cut_keeps_what_joins_two_clauses_and_a_passive_before_when() {
    let girl = article(
        "a",
        "Police say the girl was taken to a hospital, and her family says she remains in serious condition.",
    );
    assert_eq!(
        cut(&girl, 12).as_deref(),
        Some("Police say the girl was taken to a hospital")
    );
    let party = article(
        "b",
        "Investigators said three people were hurt when a fight broke out at a party with many guests.",
    );
    assert_eq!(
        cut(&party, 10).as_deref(),
        Some("Investigators said three people were hurt")
    );
    // A clause set in after the reporting verb is not what it reports, and
    // a word after "an" is no verb.
    let arrived = article(
        "c",
        "Officers say, when they arrived, a woman told them that someone had broken into the house.",
    );
    assert_eq!(cut(&arrived, 6), None);
    let mother = article(
        "d",
        "An unidentified mother of two who lives near the park said she kept her children inside.",
    );
    assert_eq!(cut(&mother, 6), None);
}

#[test]
fn a_cut_before_and_keeps_a_predicate_joined_to_the_first() {
    let boy = article(
        "a",
        "The boy was playing with a rifle in the yard and pointing it at his cousin when it fired.",
    );
    assert_eq!(
        cut(&boy, 12).as_deref(),
        Some("The boy was playing with a rifle in the yard")
    );
    let survivors = article(
        "b",
        "The survivors are the driver's mother, a neighbor and two children.",
    );
    assert_eq!(
        cut(&survivors, 6).as_deref(),
        Some("The survivors are the driver's mother")
    );
}

#[test]
fn one_time_span_in_a_report_is_no_broadcast_listing() {
    use crate::standalone::is_broadcast_listing;
    let report = article(
        "a",
        "Police said the shooting happened between 1:30-2 a.m. Sunday. Two men were taken to a hospital.",
    );
    assert!(!is_broadcast_listing(&report));
    let schedule = article(
        "b",
        "Morning show 6:00-9:00 with the news on the hour. Late show 22:00-23:30 with music and guests.",
    );
    assert!(is_broadcast_listing(&schedule));
    let programme = article(
        "c",
        "Presenter/Jo Marsh, Producer/Sam Tate Jo looks back at the harbour debate of the week.",
    );
    assert!(is_broadcast_listing(&programme));
}

/// The events a timeline shows for each day, as (day, sentence index).
fn day_sentences(articles: &[Article], sentences_per_date: usize) -> Vec<(String, usize, usize)> {
    let members: Vec<usize> = (0..articles.len()).collect();
    let alignment = align_story(articles, &members, &members);
    let options = TimelineOptions {
        sentences_per_date,
        ..TimelineOptions::default()
    };
    timeline(articles, &alignment, &options)
        .events
        .iter()
        .map(|e| (e.date.to_string(), e.at.article, e.at.sentence))
        .collect()
}

#[test]
fn a_day_is_told_first_by_the_sentence_whose_main_event_it_dates() {
    let articles = vec![dated(
        "a",
        "The mayor, who visited a school on Sunday, praised the volunteers. \
         When the rain began on Sunday, shops along the quay closed early. \
         \"Nobody slept on Sunday,\" a baker told reporters. \
         Sunday's storm was the worst in decades, according to forecasters. \
         The river burst its banks on Sunday and flooded the lower town.",
        (2021, 5, 4),
        &[
            ("on Sunday,", (2021, 5, 2)),
            ("on Sunday, shops", (2021, 5, 2)),
            ("on Sunday,\"", (2021, 5, 2)),
            ("Sunday's", (2021, 5, 2)),
            ("on Sunday and", (2021, 5, 2)),
        ],
    )];
    assert_eq!(
        day_sentences(&articles, 1),
        [("2021-05-02".to_string(), 0, 4)],
        "an aside, a clause set before, a quotation and a possessive name the day of something else"
    );
    // With room for two, the event comes first and the budget holds.
    assert_eq!(
        day_sentences(&articles, 2),
        [("2021-05-02".to_string(), 0, 4), ("2021-05-02".to_string(), 0, 0)]
    );
}

#[test]
fn a_subject_with_its_apposition_keeps_its_verb_in_the_main_clause() {
    let articles = vec![dated(
        "a",
        "The officer, who arrested the suspect on Monday, declined to comment. \
         Jon Brandt, 45, remained in custody on Monday without bail.",
        (2021, 5, 5),
        &[("on Monday,", (2021, 5, 3)), ("on Monday without", (2021, 5, 3))],
    )];
    assert_eq!(day_sentences(&articles, 1), [("2021-05-03".to_string(), 0, 1)]);
}

#[test]
fn support_still_ranks_a_day_before_where_its_date_is_named() {
    let articles = vec![
        dated(
            "a",
            "Investigators, who searched the warehouse on Friday, found three rifles and a stolen truck. \
             Firefighters put out a small blaze near the harbour on Friday evening.",
            (2021, 6, 6),
            &[("on Friday,", (2021, 6, 4)), ("on Friday evening", (2021, 6, 4))],
        ),
        dated(
            "b",
            "Three rifles and a stolen truck were found in the warehouse searched by investigators.",
            (2021, 6, 6),
            &[],
        ),
    ];
    assert_eq!(
        day_sentences(&articles, 1)[0],
        ("2021-06-04".to_string(), 0, 0),
        "two articles tell the search: it is the day's best-supported sentence"
    );
}

/// Whether the day written as `words` in the one-sentence article `text`
/// dates the sentence's main event ([`crate::standalone::dates_main_clause`]).
fn day_is_main(text: &str, words: &str) -> bool {
    let article = article("a", text);
    let start = text.find(words).unwrap();
    let mention = chorus_model::Span::new(start, start + words.len());
    crate::standalone::dates_main_clause(&article, 0, article.sentences[0].span, mention)
}

#[test]
fn a_relative_clause_with_that_is_an_aside_and_one_that_ends_the_sentence_tells_its_news() {
    // "that" after a noun and before its verb opens a relative clause, as
    // "who" and "which" do.
    assert!(!day_is_main(
        "The van that crashed into the bakery on Friday belonged to the mayor.",
        "on Friday"
    ));
    assert!(!day_is_main(
        "The bus that was stolen from the depot on Friday turned up in a field.",
        "on Friday"
    ));
    // "that" after a reporting verb or a day, or as a determiner, does not,
    // nor after a noun whose content it opens.
    assert!(day_is_main(
        "The news that police found the stolen van on Friday spread quickly.",
        "on Friday"
    ));
    assert!(day_is_main(
        "The mayor said that the bakery would reopen on Friday.",
        "on Friday"
    ));
    assert!(day_is_main(
        "Officials announced on Friday that the bakery would reopen.",
        "on Friday"
    ));
    assert!(day_is_main(
        "The council bought that field on Friday for a new school.",
        "on Friday"
    ));
    // A relative clause on the object of a main clause that ends the
    // sentence (an attribution aside) carries the news it dates.
    assert!(day_is_main(
        "Police are looking for a man who shot two people outside a bar on Saturday.",
        "on Saturday"
    ));
    assert!(day_is_main(
        "Deputies arrested the driver who hit a cyclist on Main Street on Saturday, police said.",
        "on Saturday"
    ));
    assert!(day_is_main(
        "Detectives identified the truck that struck the fence on Saturday.",
        "on Saturday"
    ));
    // Nor a question ("figure out who").
    assert!(!day_is_main(
        "Police are still trying to figure out who shot a cyclist on Main Street on Saturday.",
        "on Saturday"
    ));
    // One inside the subject, or followed by the main clause's own verb, does not.
    assert!(!day_is_main(
        "The mayor, who visited the market on Saturday, praised the volunteers.",
        "on Saturday"
    ));
    assert!(!day_is_main(
        "A man who was shot on Saturday died in hospital on Monday.",
        "on Saturday"
    ));
}

#[test]
fn a_main_clause_with_its_own_day_keeps_the_relative_clause_an_aside() {
    let text = "On Sunday, police arrested a man who robbed the bakery on Saturday.";
    let mut article = article("a", text);
    for (words, day) in [("On Sunday", 2), ("on Saturday", 1)] {
        let start = text.find(words).unwrap();
        article.dates.push(chorus_model::DateMention {
            span: chorus_model::Span::new(start, start + words.len()),
            date: chrono::NaiveDate::from_ymd_opt(2021, 5, day).unwrap(),
            precision: chorus_model::DatePrecision::Day,
            relative: true,
            starts_period: false,
            announced: false,
        });
    }
    let start = text.find("on Saturday").unwrap();
    let mention = chorus_model::Span::new(start, start + "on Saturday".len());
    assert!(!crate::standalone::dates_main_clause(
        &article,
        0,
        article.sentences[0].span,
        mention
    ));
    article.dates.remove(0);
    assert!(crate::standalone::dates_main_clause(
        &article,
        0,
        article.sentences[0].span,
        mention
    ));
}

#[test]
fn a_day_whose_news_sits_in_a_relative_clause_is_told_before_an_aside() {
    let articles = vec![dated(
        "a",
        "The mayor, who visited the market on Saturday, praised the volunteers. \
         Police are looking for a man who shot two people at the market on Saturday.",
        (2021, 5, 4),
        &[("on Saturday,", (2021, 5, 1)), ("on Saturday.", (2021, 5, 1))],
    )];
    assert_eq!(day_sentences(&articles, 1), [("2021-05-01".to_string(), 0, 1)]);
}

/// What the day written as `words` in the one-sentence article `text`
/// dates ([`crate::standalone::day_dating`]), with the days `days` (words,
/// day of May 2021) resolved in it.
fn dating_of(text: &str, days: &[(&str, u32)], words: &str) -> crate::standalone::Dating {
    let mut article = article("a", text);
    for &(written, day) in days {
        let start = text.find(written).unwrap();
        article.dates.push(chorus_model::DateMention {
            span: chorus_model::Span::new(start, start + written.len()),
            date: chrono::NaiveDate::from_ymd_opt(2021, 5, day).unwrap(),
            precision: chorus_model::DatePrecision::Day,
            relative: true,
            starts_period: false,
            announced: false,
        });
    }
    let start = text.find(words).unwrap();
    let mention = chorus_model::Span::new(start, start + words.len());
    crate::standalone::day_dating(&article, 0, article.sentences[0].span, mention)
}

#[test]
fn a_day_that_dates_a_clause_of_its_own_ranks_above_one_that_starts_a_period_or_dates_nothing() {
    use crate::standalone::Dating;
    // A relative clause inside the subject whose verb the day dates tells
    // that day's event, below the main clause's.
    let erupted = "By official counts, the heavy shelling that erupted on Sunday killed 40 villagers in the valley.";
    assert_eq!(dating_of(erupted, &[("on Sunday", 2)], "on Sunday"), Dating::Aside);
    let fled = "After the driver fled the depot on Sunday, inspectors sealed the gates.";
    assert_eq!(dating_of(fled, &[("on Sunday", 2)], "on Sunday"), Dating::Aside);
    assert_eq!(
        dating_of("Sunday's shelling destroyed the old mill.", &[("Sunday", 2)], "Sunday"),
        Dating::Aside
    );
    // A day in a phrase that "since" opens starts a period: what the
    // sentence tells happened after it, even in a relative clause that
    // ends the sentence.
    let since = "The mayor did not blame the miners for the closures, which have been reported by local radio \
                 since the collapse on Sunday of the north shaft.";
    assert_eq!(dating_of(since, &[("on Sunday", 2)], "on Sunday"), Dating::Background);
    let since_main = "Rescuers have pulled 12 miners out since the collapse on Sunday.";
    assert_eq!(
        dating_of(since_main, &[("on Sunday", 2)], "on Sunday"),
        Dating::Background
    );
    // "Since" with a verb of its own dates that verb.
    let since_verb = "Since the shaft collapsed on Sunday, rescuers have pulled 12 miners out.";
    assert_eq!(dating_of(since_verb, &[("on Sunday", 2)], "on Sunday"), Dating::Aside);
    // A day set before a verb that another day dates names no event of
    // its own; the other day dates the verb.
    let two_days = "On Sunday, the strike went on at the docks on Wednesday despite the talks.";
    let days = [("On Sunday", 2), ("on Wednesday", 5)];
    assert_eq!(dating_of(two_days, &days, "On Sunday"), Dating::Background);
    assert_eq!(dating_of(two_days, &days, "on Wednesday"), Dating::Main);
    // Not when the other day is in a relative clause or a possessive.
    let relative = "On Sunday, police arrested a man who robbed the bakery on Saturday.";
    let days = [("On Sunday", 2), ("on Saturday", 1)];
    assert_eq!(dating_of(relative, &days, "On Sunday"), Dating::Main);
    let possessive = "On Monday, a boy was hurt near the scene of Saturday's fire.";
    let days = [("On Monday", 3), ("Saturday", 1)];
    assert_eq!(dating_of(possessive, &days, "On Monday"), Dating::Main);
    // A quotation's day is background.
    let quoted = "\"We closed the road on Sunday,\" the officer said.";
    assert_eq!(dating_of(quoted, &[("on Sunday", 2)], "on Sunday"), Dating::Background);
}

#[test]
fn a_day_told_by_the_verb_of_its_event_beats_one_that_starts_a_period() {
    let articles = vec![
        dated(
            "a",
            "The mayor did not blame the miners for the closures, which have been reported by local radio \
             since the collapse on Sunday of the north shaft.",
            (2021, 5, 5),
            &[("on Sunday", (2021, 5, 2))],
        ),
        dated(
            "b",
            "By official counts, the collapse of the north shaft that happened on Sunday trapped 40 miners underground.",
            (2021, 5, 5),
            &[("on Sunday", (2021, 5, 2))],
        ),
    ];
    let days = day_sentences(&articles, 1);
    assert_eq!(days.len(), 1);
    assert_eq!(days[0].1, 1, "the shaft's collapse, not the mayor: {days:?}");
}

#[test]
fn a_photo_caption_comes_after_the_prose_in_summary_and_timeline() {
    // Two outlets print the same caption; one tells the day in prose.
    let caption = "Firefighters hose down the roof of the old flour mill in Riverton after the blaze, Aug. 3, 2019.";
    let articles = vec![
        dated(
            "a",
            &format!(
                "{caption} Firefighters fought the blaze at the old flour mill in Riverton for six hours on Saturday."
            ),
            (2019, 8, 4),
            &[("Aug. 3, 2019", (2019, 8, 3)), ("on Saturday", (2019, 8, 3))],
        ),
        dated("b", caption, (2019, 8, 4), &[("Aug. 3, 2019", (2019, 8, 3))]),
    ];
    let members: Vec<usize> = (0..articles.len()).collect();
    let alignment = align_story(&articles, &members, &members);
    let summary = summarize(&articles, &alignment, &SummaryOptions { max_words: 20 });
    assert_eq!(
        summary_texts(&articles, &summary),
        ["Firefighters fought the blaze at the old flour mill in Riverton for six hours on Saturday."]
    );
    assert_eq!(day_sentences(&articles, 1), [("2019-08-03".to_string(), 0, 1)]);
}

/// The timeline's days and the sentences shown on them, as (day, text).
fn timeline_texts(articles: &[Article], timeline: &Timeline) -> Vec<(String, String)> {
    timeline
        .events
        .iter()
        .map(|e| (e.date.to_string(), e.text(articles)))
        .collect()
}

#[test]
fn a_sentence_naming_two_days_is_shown_on_the_day_of_its_main_event_only() {
    let articles = vec![dated(
        "a",
        "Workers at the car plant walked out on Monday over unpaid wages. \
         The strike, which began on Monday, spread to the docks on Wednesday. \
         The port authority closed the harbour on Wednesday after the union vote.",
        (2021, 6, 4),
        &[
            ("on Monday over", (2021, 5, 31)),
            ("on Monday,", (2021, 5, 31)),
            ("on Wednesday.", (2021, 6, 2)),
            ("on Wednesday after", (2021, 6, 2)),
        ],
    )];
    let alignment = align_story(&articles, &[0], &[0]);
    let timeline = timeline(&articles, &alignment, &TimelineOptions::default());
    let monday: Vec<String> = timeline_texts(&articles, &timeline)
        .into_iter()
        .filter(|(day, _)| day == "2021-05-31")
        .map(|(_, text)| text)
        .collect();
    assert_eq!(
        monday,
        ["Workers at the car plant walked out on Monday over unpaid wages."],
        "Monday only starts the strike of Wednesday's sentence"
    );
    let wednesday = timeline.events.iter().filter(|e| e.date.to_string() == "2021-06-02");
    assert!(wednesday.clone().any(|e| e.at.sentence == 1), "{timeline:?}");
    assert_eq!(wednesday.count(), 2);
}

#[test]
fn a_sentence_naming_two_days_is_shown_again_on_a_day_it_alone_tells() {
    // Wednesday's event is the sentence's main one: Wednesday shows it, and
    // Monday, which has no other sentence, shows it again.
    let articles = vec![dated(
        "a",
        "The strike, which began on Monday, spread to the docks on Wednesday. \
         The port authority closed the harbour on Wednesday after the union vote.",
        (2021, 6, 4),
        &[
            ("on Monday", (2021, 5, 31)),
            ("on Wednesday.", (2021, 6, 2)),
            ("on Wednesday after", (2021, 6, 2)),
        ],
    )];
    let alignment = align_story(&articles, &[0], &[0]);
    let timeline = timeline(&articles, &alignment, &TimelineOptions::default());
    let on = |day: &str| -> Vec<usize> {
        timeline
            .events
            .iter()
            .filter(|e| e.date.to_string() == day)
            .map(|e| e.at.sentence)
            .collect()
    };
    assert_eq!(on("2021-05-31"), [0], "{timeline:?}");
    assert!(on("2021-06-02").contains(&0), "{timeline:?}");
}

#[test]
fn no_sentence_or_its_word_for_word_copy_is_shown_on_two_days() {
    let articles = vec![
        dated(
            "a",
            "The protests began on Monday and on Tuesday police fired tear gas at the crowd. \
             Thousands of students marched to the parliament on Monday.",
            (2021, 3, 4),
            &[
                ("on Monday and", (2021, 3, 1)),
                ("on Tuesday", (2021, 3, 2)),
                ("on Monday.", (2021, 3, 1)),
            ],
        ),
        dated(
            "b",
            "The interior minister resigned on Wednesday after days of unrest. \
             The protests began on Monday and on Tuesday police fired tear gas at the crowd.",
            (2021, 3, 4),
            &[
                ("on Wednesday", (2021, 3, 3)),
                ("on Monday", (2021, 3, 1)),
                ("on Tuesday", (2021, 3, 2)),
            ],
        ),
    ];
    let alignment = align_story(&articles, &[0, 1], &[0, 1]);
    let both = timeline(&articles, &alignment, &TimelineOptions::default());
    let texts = timeline_texts(&articles, &both);
    let shared = "The protests began on Monday and on Tuesday police fired tear gas at the crowd.";
    let shown: Vec<&String> = texts.iter().filter(|(_, t)| t == shared).map(|(d, _)| d).collect();
    assert_eq!(shown, ["2021-03-02"], "Tuesday has no other sentence: {texts:?}");
    assert!(
        texts.contains(&(
            "2021-03-01".to_string(),
            "Thousands of students marched to the parliament on Monday.".to_string()
        )),
        "{texts:?}"
    );

    // Alone, the sentence is the only one that tells either day: both are
    // kept, and it is shown on both.
    let alone = vec![dated(
        "a",
        "The protests began on Monday and on Tuesday police fired tear gas at the crowd.",
        (2021, 3, 4),
        &[("on Monday", (2021, 3, 1)), ("on Tuesday", (2021, 3, 2))],
    )];
    let alignment = align_story(&alone, &[0], &[0]);
    let one = timeline(&alone, &alignment, &TimelineOptions::default());
    let days: Vec<String> = timeline_texts(&alone, &one).into_iter().map(|(day, _)| day).collect();
    assert_eq!(days, ["2021-03-01", "2021-03-02"], "{one:?}");
}

#[test]
fn a_day_whose_only_sentence_tells_another_kept_day_keeps_its_place() {
    // Monday and Tuesday rank above the earlier Friday (equal weights, the
    // later day first); with room for two days, Friday stays out rather than
    // taking the place of a day whose only sentence another day shows.
    let articles = vec![dated(
        "a",
        "The protests began on Monday and on Tuesday police fired tear gas at the crowd. \
         The union had warned of unrest at a rally on Friday.",
        (2021, 3, 4),
        &[
            ("on Monday", (2021, 3, 1)),
            ("on Tuesday", (2021, 3, 2)),
            ("on Friday", (2021, 2, 26)),
        ],
    )];
    let alignment = align_story(&articles, &[0], &[0]);
    let all = timeline_with(&articles, &alignment, 3);
    let all_days: Vec<String> = all.events.iter().map(|e| e.date.to_string()).collect();
    assert_eq!(all_days, ["2021-02-26", "2021-03-01", "2021-03-02"], "{all:?}");
    let two = timeline_with(&articles, &alignment, 2);
    let texts = timeline_texts(&articles, &two);
    let shared = "The protests began on Monday and on Tuesday police fired tear gas at the crowd.";
    assert_eq!(
        texts,
        [
            ("2021-03-01".to_string(), shared.to_string()),
            ("2021-03-02".to_string(), shared.to_string())
        ]
    );
}

#[test]
fn a_sentence_telling_a_day_that_reads_as_clutter_is_shown_only_when_the_day_has_no_other() {
    let articles = vec![dated(
        "a",
        "The river burst its banks near the old mill on Sunday. \
         RESIDENTS SAID THE WATER ROSE FAST ON SUNDAY NIGHT. \
         VOLUNTEERS FILLED SANDBAGS ALL DAY ON MONDAY.",
        (2014, 2, 10),
        &[
            ("on Sunday", (2014, 2, 9)),
            ("ON SUNDAY", (2014, 2, 9)),
            ("ON MONDAY", (2014, 2, 10)),
        ],
    )];
    let alignment = align_story(&articles, &[0], &[0]);
    let three_a_day = TimelineOptions {
        sentences_per_date: 3,
        ..TimelineOptions::default()
    };
    let events: Vec<(String, usize)> = timeline(&articles, &alignment, &three_a_day)
        .events
        .iter()
        .map(|e| (e.date.to_string(), e.at.sentence))
        .collect();
    assert_eq!(
        events,
        [("2014-02-09".to_string(), 0), ("2014-02-10".to_string(), 2)],
        "the line in capitals gives way to the day's prose; alone on its day it is shown"
    );
}

/// Each event of `timeline` as its day, article and sentence.
fn events_at(timeline: &Timeline) -> Vec<(String, usize, usize)> {
    timeline
        .events
        .iter()
        .map(|e| (e.date.to_string(), e.at.article, e.at.sentence))
        .collect()
}
