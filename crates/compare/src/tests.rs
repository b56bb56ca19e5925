//! Alignment of sentences written for these tests.

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

#[test]
fn the_same_fact_in_other_words_is_aligned_and_counted_once_per_source() {
    let articles = [
        article("a", "Russia's foreign ministry called for the immediate withdrawal of foreign mercenaries from the region. The weather was mild."),
        article("b", "The Russian foreign ministry urged the immediate withdrawal of mercenaries from the conflict region. Markets were calm."),
        article("c", "Russia's foreign ministry called for the immediate withdrawal of foreign mercenaries from the region."),
    ];
    // c is a wire copy of a: one source group.
    let alignment = align_story(&articles, &[0, 1, 2], &[0, 1, 0]);
    let first = &alignment.sentences[0];
    assert_eq!(
        first.at,
        SentenceRef {
            article: 0,
            sentence: 0
        }
    );
    let matched: Vec<usize> = first.matches.iter().map(|(at, _)| at.article).collect();
    assert_eq!(matched, [2, 1]);
    assert_eq!(
        first.support,
        Support {
            articles: 3,
            independent: 2
        }
    );
    let weather = &alignment.sentences[1];
    assert!(weather.matches.is_empty());
    assert_eq!(
        weather.support,
        Support {
            articles: 1,
            independent: 1
        }
    );
}

#[test]
fn sentences_of_one_article_are_never_aligned_with_each_other() {
    let articles = [article(
        "a",
        "The ministry urged a withdrawal of mercenaries. The ministry urged a withdrawal of mercenaries again.",
    )];
    let alignment = align_story(&articles, &[0], &[0]);
    assert!(alignment.sentences.iter().all(|s| s.matches.is_empty()));
}

/// An article whose only attribution has `content` and, when given, the
/// source `source` (both words of `text`).
fn attributed(id: &str, text: &str, source: Option<&str>, content: &str) -> Article {
    let mut article = article(id, text);
    let span = |words: &str| {
        let at = text.find(words).expect("the words are in the text");
        chorus_model::Span::new(at, at + words.len())
    };
    article.attributions.push(chorus_model::Attribution {
        source: source.map(span),
        speaker: None,
        role: None,
        co_speakers: Vec::new(),
        cue: None,
        content: span(content),
        direct: false,
    });
    article
}

#[test]
fn a_statement_nobody_is_named_for_is_a_quote_only_with_a_source_told_twice() {
    let content = "the gang is engaged in a variety of crimes in Chicago and Detroit";
    let with_source = format!("According to the indictment, {content}.");
    let without = format!("Robinson is expected to say {content}.");
    let articles = [
        attributed("a", &with_source, Some("the indictment"), content),
        attributed("b", &with_source, Some("the indictment"), content),
        attributed("c", &without, None, content),
        attributed("d", &without, None, content),
    ];
    let sourced = match_quotes(&articles, &[0, 1], &[], &[0, 1, 2, 3]);
    assert_eq!(sourced.len(), 1);
    // The same statement with no source, in two outlets, is the writer's.
    let unsourced = match_quotes(&articles, &[2, 3], &[], &[0, 1, 2, 3]);
    assert!(unsourced.is_empty(), "{unsourced:?}");
}

/// An attribution of `article` on the given words of its text (each the
/// first occurrence).
fn attribution(article: &Article, source: &str, cue: &str, content: &str) -> chorus_model::Attribution {
    let span = |words: &str| {
        let at = article.text.find(words).expect("the words are in the text");
        chorus_model::Span::new(at, at + words.len())
    };
    chorus_model::Attribution {
        source: Some(span(source)),
        speaker: None,
        role: None,
        co_speakers: Vec::new(),
        cue: Some(span(cue)),
        content: span(content),
        direct: false,
    }
}

#[test]
fn a_claim_inside_a_statement_is_no_statement_of_its_own_and_a_relay_gives_way() {
    let mut said = article(
        "a",
        "Azerbaijani diplomacy said on Wednesday it would continue its military operations until the forces withdraw.",
    );
    let outer = attribution(
        &said,
        "Azerbaijani diplomacy",
        "said",
        "it would continue its military operations until the forces withdraw",
    );
    let inner = attribution(
        &said,
        "it",
        "would continue",
        "its military operations until the forces withdraw",
    );
    said.attributions = vec![outer, inner];
    let mut relayed = article(
        "b",
        "“It is inappropriate to speak of a summit while fighting goes on”, he replied to reporters, according to Interfax.",
    );
    let relay = attribution(
        &relayed,
        "Interfax",
        "according to",
        "“It is inappropriate to speak of a summit while fighting goes on”, he replied to reporters",
    );
    let statement = attribution(
        &relayed,
        "he",
        "replied",
        "It is inappropriate to speak of a summit while fighting goes on",
    );
    relayed.attributions = vec![relay, statement];
    // Every attribution names someone: the speakers are story entities.
    for article in [&mut said, &mut relayed] {
        for attribution in &mut article.attributions {
            attribution.speaker = Some(0);
        }
    }
    // The pronoun of the inner claim was taken for the last organization.
    said.attributions[1].speaker = Some(1);
    let speaker = |name: &str, members: Vec<(usize, usize)>| chorus_entities::StoryEntity {
        name: name.into(),
        kind: chorus_model::EntityKind::Organization,
        aliases: Vec::new(),
        members,
        mentions: 1,
        country: None,
    };
    let entities = [
        speaker("Azerbaijan", vec![(0, 0)]),
        speaker("Interfax", vec![(1, 0), (0, 1)]),
    ];
    let articles = [said, relayed];
    let quotes = match_quotes(&articles, &[0, 1], &entities, &[0, 1]);
    let shown: Vec<(usize, usize)> = quotes.iter().map(|quote| quote.occurrences[0]).collect();
    assert_eq!(shown, [(0, 0), (1, 1)], "{quotes:?}");
}

/// A story entity that is the speaker of the given attributions.
fn story_speaker(
    name: &str,
    kind: chorus_model::EntityKind,
    members: Vec<(usize, usize)>,
) -> chorus_entities::StoryEntity {
    chorus_entities::StoryEntity {
        name: name.into(),
        kind,
        aliases: Vec::new(),
        members,
        mentions: 1,
        country: None,
    }
}

#[test]
fn a_quotation_signed_by_its_speaker_inside_a_reaction_is_the_speakers() {
    let text = "Ankara reacted strongly to his comments: “The solidarity he expressed means that he supports \
                the occupation”, said Foreign Minister Ali Demir.";
    let mut reacted = article("a", text);
    let reaction = attribution(
        &reacted,
        "Ankara",
        "reacted strongly to",
        "his comments: “The solidarity he expressed means that he supports the occupation”, said Foreign \
         Minister Ali Demir",
    );
    let mut quotation = attribution(
        &reacted,
        "Foreign Minister Ali Demir",
        "said",
        "The solidarity he expressed means that he supports the occupation",
    );
    quotation.direct = true;
    reacted.attributions = vec![reaction, quotation];
    reacted.attributions[0].speaker = Some(0);
    reacted.attributions[1].speaker = Some(1);
    let entities = [
        story_speaker("Ankara", chorus_model::EntityKind::Place, vec![(0, 0)]),
        story_speaker("Ali Demir", chorus_model::EntityKind::Person, vec![(0, 1)]),
    ];
    let quotes = match_quotes(&[reacted], &[0], &entities, &[0]);
    let shown: Vec<(usize, usize)> = quotes.iter().map(|quote| quote.occurrences[0]).collect();
    assert_eq!(shown, [(0, 1)], "{quotes:?}");
}

#[test]
fn two_statements_naming_the_same_people_stay_two() {
    let talks = "Macron said he would have talks with Vladimir Putin on Wednesday and with Donald Trump on Thursday \
                 before reporting to the European Council.";
    let agreed = "“We have agreed with President Donald Trump and President Vladimir Putin to exchange all the \
                  information we have”, Macron added.";
    let mut articles = [
        attributed(
            "a",
            talks,
            Some("Macron"),
            "he would have talks with Vladimir Putin on Wednesday and with Donald Trump on Thursday before \
             reporting to the European Council",
        ),
        attributed(
            "b",
            agreed,
            Some("Macron"),
            "We have agreed with President Donald Trump and President Vladimir Putin to exchange all the \
             information we have",
        ),
    ];
    for article in &mut articles {
        for name in ["Vladimir Putin", "Donald Trump", "Macron"] {
            let at = article.text.find(name).expect("named");
            article.entities.push(chorus_model::Entity {
                name: name.into(),
                kind: chorus_model::EntityKind::Person,
                mentions: vec![chorus_model::Span::new(at, at + name.len())],
                country: None,
            });
        }
        article.attributions[0].speaker = Some(2);
    }
    let macron = story_speaker(
        "Emmanuel Macron",
        chorus_model::EntityKind::Person,
        vec![(0, 2), (1, 2)],
    );
    let quotes = match_quotes(&articles, &[0, 1], &[macron], &[0, 1]);
    assert_eq!(quotes.len(), 2, "{quotes:?}");
}

/// `article` with one day-precise date mention on `words`.
fn dated(id: &str, text: &str, words: &str, day: (i32, u32, u32)) -> Article {
    let mut dated = article(id, text);
    let start = text.find(words).expect("the dated words are in the text");
    dated.dates.push(chorus_model::DateMention {
        span: Span::new(start, start + words.len()),
        date: NaiveDate::from_ymd_opt(day.0, day.1, day.2).expect("a valid day"),
        precision: DatePrecision::Day,
        relative: true,
        starts_period: false,
        announced: false,
    });
    dated
}

#[test]
fn alike_sentences_dated_to_different_days_are_two_facts() {
    let wednesday = "The Russian foreign ministry expressed serious concern about foreign fighters on Wednesday.";
    let friday = "The Russian foreign ministry expressed serious concern about foreign fighters on Friday.";
    let undated = "The Russian foreign ministry expressed serious concern about foreign fighters.";
    let articles = [
        dated("a", wednesday, "on Wednesday", (2020, 9, 30)),
        dated("b", friday, "on Friday", (2020, 10, 2)),
        dated("c", wednesday, "on Wednesday", (2020, 9, 30)),
        article("d", undated),
    ];
    let alignment = align_story(&articles, &[0, 1, 2, 3], &[0, 1, 2, 3]);
    let mut matched: Vec<usize> = alignment.sentences[0]
        .matches
        .iter()
        .map(|(at, _)| at.article)
        .collect();
    matched.sort_unstable();
    // The same day and an undated telling align; Friday's statement does not.
    assert_eq!(matched, [2, 3]);
    let friday_matches: Vec<usize> = alignment.sentences[1]
        .matches
        .iter()
        .map(|(at, _)| at.article)
        .collect();
    assert_eq!(friday_matches, [3]);
}

/// An article on `text` with attributions given as (source, cue, content)
/// words.
fn written(text: &str, attributions: &[(&str, &str, &str)]) -> Article {
    let mut written = article("a", text);
    written.attributions = attributions
        .iter()
        .map(|&(source, cue, content)| attribution(&written, source, cue, content))
        .collect();
    written
}

/// How each attribution of `article` is shown in a story's quotes
/// (`None`: not shown).
fn shown_texts(article: &Article) -> Vec<Option<String>> {
    crate::statements::shown_statements(article)
        .into_iter()
        .map(|shown| shown.map(|shown| shown.text))
        .collect()
}

/// How each attribution of an article on `text` is shown.
fn shown(text: &str, attributions: &[(&str, &str, &str)]) -> Vec<Option<String>> {
    shown_texts(&written(text, attributions))
}

#[test]
fn statements_are_shown_and_actions_histories_and_bare_objects_are_not() {
    let statements = [
        (
            "The minister said he had proof of it.",
            ("The minister", "said", "he had proof of it"),
        ),
        (
            "The mayor has denied sending the police.",
            ("The mayor", "has denied", "sending the police"),
        ),
        (
            "Ms Lee announced that the plant would close.",
            ("Ms Lee", "announced", "that the plant would close"),
        ),
        (
            "The union called on members to stay home.",
            ("The union", "called", "on members to stay home"),
        ),
        (
            "Police say the driver fled the scene.",
            ("Police", "say", "the driver fled the scene"),
        ),
        (
            "The mayor vowed to never again sign such a bill.",
            ("The mayor", "vowed to", "never again sign such a bill"),
        ),
        (
            "The senator also alleged: These funds are missing.",
            ("The senator", "also alleged", "These funds are missing"),
        ),
    ];
    let colon = [
        (
            "Sheriff Jones: the road is closed until noon.",
            Some("the road is closed until noon"),
        ),
        ("Reporter Ann Lee: (904) 359-4308", None),
    ];
    for (text, expected) in colon {
        let content = text
            .split_once(": ")
            .map_or(text, |(_, after)| after.trim_end_matches('.'));
        let source = text.split_once(':').map_or(text, |(before, _)| before);
        assert_eq!(
            shown(text, &[(source, ":", content)]),
            [expected.map(String::from)],
            "{text}"
        );
    }
    for (text, said) in statements {
        assert_eq!(shown(text, &[said]), [Some(said.2.to_string())], "{text}");
    }
    let not_statements = [
        // A history.
        (
            "The region announced independence after the fall of the Iron Curtain, and that led to a war.",
            (
                "The region",
                "announced",
                "independence after the fall of the Iron Curtain, and that led to a war",
            ),
        ),
        // Actions and plans.
        (
            "The mayor agreed to raise the budget.",
            ("The mayor", "agreed", "to raise the budget"),
        ),
        (
            "Both sides continue to blame each other.",
            ("Both sides", "continue", "to blame each other"),
        ),
        (
            "Ankara promised military aid to Baku.",
            ("Ankara", "promised", "military aid to Baku"),
        ),
        // An act named by a noun that is also a verb of saying.
        (
            "Azerbaijan began a systematic attack along the entire border on Sunday.",
            (
                "Azerbaijan",
                "began a systematic attack along",
                "the entire border on Sunday",
            ),
        ),
        // Bare objects of a cue that is no saying.
        (
            "He was angry about the events in the disputed region.",
            ("He", "was angry about", "the events in the disputed region"),
        ),
        (
            "The ministry expresses deep concern about this situation, which the report notes.",
            (
                "The ministry",
                "expresses deep concern about",
                "this situation, which the report notes",
            ),
        ),
    ];
    // A content that is only another attribution's cue and source.
    let text = "According to court documents, Jones admitted to investigators he shot the man.";
    let relay = (
        "court documents",
        "According to",
        "Jones admitted to investigators he shot the man",
    );
    let mixed_up = ("Jones", "admitted", "According to court documents");
    assert_eq!(shown(text, &[relay, mixed_up])[1], None);
    for (text, done) in not_statements {
        assert_eq!(shown(text, &[done]), [None], "{text}");
    }
}

#[test]
fn a_content_ends_before_another_attribution_and_glued_pieces_get_a_colon() {
    let text =
        "Armenia has accused Turkey of sending fighters to help its ally and the Observatory reported on Monday \
                that Ankara had sent 300 men.";
    let accused = ("Armenia", "has accused", "Turkey of sending fighters to help its ally and the Observatory reported on Monday that Ankara had sent 300 men");
    let reported = ("the Observatory", "reported", "that Ankara had sent 300 men");
    let mut told = written(text, &[accused, reported]);
    // The same speaker goes on with its statement.
    told.attributions[0].speaker = Some(0);
    told.attributions[1].speaker = Some(0);
    assert_eq!(shown_texts(&told), [Some(accused.2.to_string()), None]);
    // Another speaker's report is its own.
    told.attributions[1].speaker = Some(1);
    let other_speaker = shown_texts(&told);
    assert_eq!(
        other_speaker,
        [
            Some("Turkey of sending fighters to help its ally".to_string()),
            Some("that Ankara had sent 300 men".to_string()),
        ]
    );
    // "he said" inside what was demanded stays a part of that statement.
    let text = "He demanded that Turkey explain what he said It was the arrival of fighters in the region.";
    let demanded = (
        "He",
        "demanded",
        "that Turkey explain what he said It was the arrival of fighters in the region",
    );
    let said = ("he said", "said", "It was the arrival of fighters in the region");
    assert_eq!(
        shown(text, &[demanded, said]),
        [
            Some("that Turkey explain what he said: It was the arrival of fighters in the region".to_string()),
            None,
        ]
    );
    // A name after the cue is no sentence start: no colon.
    let text = "She stated that he said Turkey was ready.";
    let outer = ("She", "stated", "that he said Turkey was ready");
    let inner = ("he said", "said", "Turkey was ready");
    assert_eq!(
        shown(text, &[outer, inner])[0].as_deref(),
        Some("that he said Turkey was ready")
    );
}

#[test]
fn a_warning_of_a_noun_phrase_is_a_statement_and_the_accused_says_nothing() {
    let statements = [
        (
            "The ministry issued a statement warning of growing risks in the region.",
            ("The ministry", "warning of", "growing risks in the region"),
        ),
        (
            "The envoy cautioned against a hasty withdrawal of the troops.",
            ("The envoy", "cautioned against", "a hasty withdrawal of the troops"),
        ),
        (
            "Residents complained about the noise of the convoys at night.",
            ("Residents", "complained about", "the noise of the convoys at night"),
        ),
    ];
    for (text, said) in statements {
        assert_eq!(shown(text, &[said]), [Some(said.2.to_string())], "{text}");
    }
    // "accused of" is the accused's passive.
    let text = "A Cleveland man accused of shooting a teenager was arrested.";
    assert_eq!(
        shown(text, &[("A Cleveland man", "accused of", "shooting a teenager")]),
        [None]
    );
    // A concern about a topic is still a stance, not a statement.
    let text = "The ministry expresses deep concern about the fighting.";
    assert_eq!(
        shown(
            text,
            &[("The ministry", "expresses deep concern about", "the fighting")]
        ),
        [None]
    );
}

#[test]
fn what_a_speaker_did_not_say_is_not_shown_as_their_statement() {
    let unsaid = [
        (
            "The president did not say whether troops would be sent.",
            ("The president", "did not say", "whether troops would be sent"),
        ),
        (
            "The minister never said that the border was closed.",
            ("The minister", "never said", "that the border was closed"),
        ),
        (
            "The mayor didn't comment on the report about the shooting.",
            ("The mayor", "didn't comment", "on the report about the shooting"),
        ),
        // The negation before the cue, outside it.
        (
            "The governor would not immediately say whether the road was open.",
            ("The governor", "say", "whether the road was open"),
        ),
        // A refusal, in the cue or right before it.
        (
            "The Kremlin declined to comment on the claims about the fighters.",
            ("The Kremlin", "declined to comment", "on the claims about the fighters"),
        ),
        (
            "The spokesman refused to say how many fighters had been sent.",
            ("The spokesman", "say", "how many fighters had been sent"),
        ),
        (
            "The minister denied saying that the war was lost.",
            ("The minister", "saying", "that the war was lost"),
        ),
        (
            "The ministry has not reported any losses among the troops.",
            ("The ministry", "has not reported", "any losses among the troops"),
        ),
    ];
    for (text, attribution) in unsaid {
        assert_eq!(shown(text, &[attribution]), [None], "{text}");
    }
    // A denial is a statement of its own, shown with its cue; "not only"
    // says something.
    let said = [
        (
            "The minister denied saying that the war was lost.",
            ("The minister", "denied", "saying that the war was lost"),
        ),
        (
            "The minister not only said that the war was lost but resigned.",
            ("The minister", "not only said", "that the war was lost"),
        ),
        (
            "“We will not give up,” the minister said.",
            ("the minister", "said", "We will not give up"),
        ),
    ];
    for (text, attribution) in said {
        assert_eq!(shown(text, &[attribution]), [Some(attribution.2.to_string())], "{text}");
    }
}

/// An article with one attribution by `source` (with the given speakers,
/// each an entity named by its words in the source) of `content`.
fn said_by(id: &str, text: &str, source: &str, speakers: &[&str], content: &str) -> Article {
    let mut said = article(id, text);
    for name in speakers {
        let at = text.find(name).expect("named");
        said.entities.push(chorus_model::Entity {
            name: (*name).into(),
            kind: chorus_model::EntityKind::Place,
            mentions: vec![chorus_model::Span::new(at, at + name.len())],
            country: None,
        });
    }
    let mut one = attribution(&said, source, "said", content);
    one.speaker = (!speakers.is_empty()).then_some(0);
    one.co_speakers = (1..speakers.len()).collect();
    said.attributions = vec![one];
    said
}

#[test]
fn a_statement_made_together_names_every_speaker_and_still_matches_across_outlets() {
    let content = "the ceasefire agreed in Moscow had been broken by shelling overnight";
    let articles = [
        said_by(
            "a",
            &format!("Yerevan and Baku said {content}."),
            "Yerevan and Baku",
            &["Yerevan", "Baku"],
            content,
        ),
        said_by(
            "b",
            &format!("Baku and Yerevan said {content}."),
            "Baku and Yerevan",
            &["Baku", "Yerevan"],
            content,
        ),
        // One outlet names only one of them.
        said_by("c", &format!("Baku said {content}."), "Baku", &["Baku"], content),
        // Someone else alone says the same words: another statement.
        said_by("d", &format!("Moscow said {content}."), "Moscow", &["Moscow"], content),
    ];
    let entities = [
        story_speaker("Yerevan", chorus_model::EntityKind::Place, vec![(0, 0), (1, 1)]),
        story_speaker("Baku", chorus_model::EntityKind::Place, vec![(0, 1), (1, 0), (2, 0)]),
        story_speaker("Moscow", chorus_model::EntityKind::Place, vec![(3, 0)]),
    ];
    let quotes = match_quotes(&articles, &[0, 1, 2, 3], &entities, &[0, 1, 2, 3]);
    assert_eq!(quotes.len(), 2, "{quotes:?}");
    let together = &quotes[0];
    assert_eq!((together.speaker, together.co_speakers.as_slice()), (Some(0), &[1][..]));
    assert_eq!(together.support.independent, 3);
    assert_eq!(
        (quotes[1].speaker, quotes[1].co_speakers.as_slice()),
        (Some(2), &[][..])
    );
}

#[test]
fn an_unnamed_source_told_once_is_kept_when_it_names_an_affiliation() {
    let content = "Turkey had sent hundreds of fighters to Azerbaijan last week";
    let kept = [
        "Two Syrian rebel sources",
        "U.S. officials",
        "Government officials",
        "Two sources close to the Syrian insurgents",
    ];
    for source in kept {
        let text = format!("{source} said {content}.");
        let quotes = match_quotes(&[said_by("a", &text, source, &[], content)], &[0], &[], &[0]);
        assert_eq!(quotes.len(), 1, "{source}");
    }
    let dropped = [
        "Officials",
        "Diplomats",
        "A senior official",
        "Sources familiar with the matter",
    ];
    for source in dropped {
        let text = format!("{source} said {content}.");
        let quotes = match_quotes(&[said_by("a", &text, source, &[], content)], &[0], &[], &[0]);
        assert!(quotes.is_empty(), "{source}: {quotes:?}");
    }
}

#[test]
fn a_passive_cue_a_response_to_an_event_and_a_page_label_are_no_statements() {
    let none = [
        (
            "Randall Hancock is said to be recovering after surgery.",
            ("Randall Hancock", "is said", "to be recovering after surgery"),
        ),
        (
            "The mother was told that her son had died at the scene.",
            ("The mother", "was told", "that her son had died at the scene"),
        ),
        (
            "Officers responded to shots fired at the apartment complex.",
            ("Officers", "responded", "to shots fired at the apartment complex"),
        ),
        (
            "Published: Sunday, 2/22/2015 - Updated: 9 months ago",
            ("Published", ":", "Sunday, 2/22/2015 - Updated: 9 months ago"),
        ),
    ];
    for (text, (source, cue, content)) in none {
        assert_eq!(shown(text, &[(source, cue, content)]), [None], "{text}");
    }
    let statements = [
        (
            "Police are saying the driver fled the scene.",
            ("Police", "are saying", "the driver fled the scene"),
        ),
        (
            "The chief was quoted as saying the driver had fled.",
            ("The chief", "was quoted as saying", "the driver had fled"),
        ),
        (
            "The mayor responded that the budget was fine.",
            ("The mayor", "responded", "that the budget was fine"),
        ),
    ];
    for (text, (source, cue, content)) in statements {
        assert_eq!(
            shown(text, &[(source, cue, content)]),
            [Some(content.to_string())],
            "{text}"
        );
    }
}

#[test]
fn a_cue_between_commas_inside_its_content_is_left_out_of_the_shown_words() {
    let text = "On the way out, Chouinard said, the man in the car shot twice at a trailer.";
    let got = shown(
        text,
        &[(
            "Chouinard",
            "said",
            "On the way out, Chouinard said, the man in the car shot twice at a trailer",
        )],
    );
    assert_eq!(
        got,
        [Some(
            "On the way out, the man in the car shot twice at a trailer".to_string()
        )]
    );
    // Between a subject and its verb, the cue's commas go with it.
    let text = "The loss, Mills says, is just starting to sink in.";
    assert_eq!(
        shown(
            text,
            &[("Mills", "says", "The loss, Mills says, is just starting to sink in")]
        ),
        [Some("The loss is just starting to sink in".to_string())]
    );
}
