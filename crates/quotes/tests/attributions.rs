//! Attributions found in sentences written for these tests: every shape of
//! quote and reported speech the stage claims to handle, the speakers they
//! resolve to, and what it must leave alone.

use chorus_model::{Article, Entity, EntityKind, Span};

/// One attribution as text: source, cue, content, direct, speaker name.
#[derive(Debug, PartialEq)]
struct Found {
    source: String,
    cue: String,
    content: String,
    direct: bool,
    speaker: Option<String>,
}

/// `text` annotated by the text and quotes stages, with the given entities
/// (name, kind, mentions as written: every occurrence of each mention
/// string is a mention).
fn annotated(text: &str, entities: &[(&str, EntityKind, &[&str])]) -> Article {
    let mut article = Article {
        text: text.to_string(),
        ..Article::default()
    };
    chorus_text::annotate(&mut article);
    for (name, kind, forms) in entities {
        let mut mentions: Vec<Span> = forms
            .iter()
            .flat_map(|form| text.match_indices(form).map(|(at, _)| Span::new(at, at + form.len())))
            .collect();
        mentions.sort();
        article.entities.push(Entity {
            name: name.to_string(),
            kind: *kind,
            mentions,
            country: None,
        });
    }
    chorus_quotes::annotate(&mut article);
    article
}

/// The attributions found in `text` with the given entities (see [`annotated`]).
fn annotate(text: &str, entities: &[(&str, EntityKind, &[&str])]) -> Vec<Found> {
    let article = annotated(text, entities);
    article
        .attributions
        .iter()
        .map(|a| Found {
            source: a.source.map_or(String::new(), |s| article.span_text(s).to_string()),
            cue: a.cue.map_or(String::new(), |s| article.span_text(s).to_string()),
            content: article.span_text(a.content).to_string(),
            direct: a.direct,
            speaker: a.speaker.map(|i| article.entities[i].name.clone()),
        })
        .collect()
}

fn found(source: &str, cue: &str, content: &str, direct: bool, speaker: Option<&str>) -> Found {
    Found {
        source: source.to_string(),
        cue: cue.to_string(),
        content: content.to_string(),
        direct,
        speaker: speaker.map(str::to_string),
    }
}

const MACRON: (&str, EntityKind, &[&str]) = ("Emmanuel Macron", EntityKind::Person, &["Emmanuel Macron", "Macron"]);

#[test]
fn quote_before_after_and_around_its_cue() {
    let text = "“We will not give up,” Macron said. Macron said, “The talks failed.” \
                “This is serious,” said Macron, “and we will act.”";
    assert_eq!(
        annotate(text, &[MACRON]),
        [
            found("Macron", "said", "We will not give up", true, Some("Emmanuel Macron")),
            found("Macron", "said", "The talks failed.", true, Some("Emmanuel Macron")),
            // One attribution for the split quote, from the first part to the last.
            found(
                "Macron",
                "said",
                "This is serious,” said Macron, “and we will act.",
                true,
                Some("Emmanuel Macron")
            ),
        ]
    );
}

#[test]
fn every_quotation_mark_style() {
    for (text, content) in [
        ("\"We won,\" he said.", "We won"),
        ("'We won,' he said.", "We won"),
        ("‘We won,’ he said.", "We won"),
        ("''We won,'' he said.", "We won"),
        ("‘’We won,’’ he said.", "We won"),
        ("«Nous avons gagné», a dit Macron.", "Nous avons gagné"),
        ("„Wir haben gewonnen“, sagte Scholz.", "Wir haben gewonnen"),
    ] {
        let got = annotate(text, &[]);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(got[0].content, content, "{text}");
        assert!(got[0].direct, "{text}");
    }
}

#[test]
fn nested_quotes_stay_in_their_content() {
    let got = annotate("“He told me ‘never again’ twice,” the minister said.", &[]);
    assert_eq!(
        got,
        [found_row(
            "the minister",
            "said",
            "He told me ‘never again’ twice",
            true
        )]
    );
}

fn found_row(source: &str, cue: &str, content: &str, direct: bool) -> Found {
    found(source, cue, content, direct, None)
}

#[test]
fn quotes_over_several_sentences_and_paragraphs() {
    let text = "“The line was crossed. We will answer. Nobody should doubt it,” Macron said.\n\n\
                Macron said: “First we talk.\n\n“Then we act.”";
    let got = annotate(text, &[MACRON]);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(
        got[0].content,
        "The line was crossed. We will answer. Nobody should doubt it"
    );
    assert_eq!(got[1].content, "First we talk.\n\n“Then we act.");
    assert!(got[1].direct);
}

#[test]
fn a_following_quote_continues_the_attribution() {
    let got = annotate("“We won,” she said. “Now we govern.”", &[]);
    assert_eq!(
        got,
        [found_row("she", "said", "We won,” she said. “Now we govern.", true)]
    );
}

#[test]
fn colon_introduced_statement() {
    let got = annotate("Macron reported: A red line has been crossed.", &[MACRON]);
    assert_eq!(
        got,
        [found(
            "Macron",
            "reported",
            "A red line has been crossed",
            false,
            Some("Emmanuel Macron")
        )]
    );
}

#[test]
fn reported_speech() {
    let text = "Macron said that 300 fighters had arrived. \
                According to the agency, the convoy left at dawn. \
                The convoy left at dawn, according to witnesses. \
                Baku denied any involvement. \
                Yerevan accused Ankara of sending mercenaries. \
                The minister insisted the border was calm. \
                She told reporters that the talks would resume. \
                He worries the ceasefire will not hold. \
                The ministry urged both sides to stop the fighting.";
    let got: Vec<(String, String, String)> = annotate(text, &[])
        .into_iter()
        .map(|f| (f.source, f.cue, f.content))
        .collect();
    let expected = [
        ("Macron", "said", "that 300 fighters had arrived"),
        ("the agency", "According to", "the convoy left at dawn"),
        ("witnesses", "according to", "The convoy left at dawn"),
        ("Baku", "denied", "any involvement"),
        ("Yerevan", "accused", "Ankara of sending mercenaries"),
        ("The minister", "insisted", "the border was calm"),
        ("She", "told", "that the talks would resume"),
        ("He", "worries", "the ceasefire will not hold"),
        // Whom it urged is part of what it urged, as "Ankara" is of the
        // accusation (PolNeAR annotates "encourage Americans to check out…").
        ("The ministry", "urged", "both sides to stop the fighting"),
    ];
    let expected: Vec<(String, String, String)> = expected
        .iter()
        .map(|(s, c, q)| (s.to_string(), c.to_string(), q.to_string()))
        .collect();
    assert_eq!(got, expected);
}

#[test]
fn speakers_named_by_role_or_pronoun() {
    let text = "Russia's Foreign Ministry summoned the ambassador. Sergei Lavrov spoke to Macron. \
                The ministry said the claims were false. \
                “We are worried,” Macron said. He added that France would act. \
                The official said nothing had changed.";
    let entities: &[(&str, EntityKind, &[&str])] = &[
        (
            "Russian Foreign Ministry",
            EntityKind::Organization,
            &["Russia's Foreign Ministry"],
        ),
        ("Sergei Lavrov", EntityKind::Person, &["Sergei Lavrov"]),
        MACRON,
    ];
    let speakers: Vec<(String, Option<String>)> = annotate(text, entities)
        .into_iter()
        .map(|f| (f.source, f.speaker))
        .collect();
    assert_eq!(
        speakers,
        [
            ("The ministry".to_string(), Some("Russian Foreign Ministry".to_string())),
            ("Macron".to_string(), Some("Emmanuel Macron".to_string())),
            ("He".to_string(), Some("Emmanuel Macron".to_string())),
            // A role goes to the most recent speaker of its kind.
            ("The official".to_string(), Some("Emmanuel Macron".to_string())),
        ]
    );
}

#[test]
fn a_role_with_no_earlier_speaker_takes_the_last_mention() {
    let text = "Sergei Lavrov met reporters. The spokesman said the talks were over.";
    let entities: &[(&str, EntityKind, &[&str])] = &[("Sergei Lavrov", EntityKind::Person, &["Sergei Lavrov"])];
    let got = annotate(text, entities);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].speaker.as_deref(), Some("Sergei Lavrov"));
}

#[test]
fn scare_quotes_and_titles_make_no_attribution() {
    // The documented choice: quotation marks with no cue next to them are
    // not quotes of anyone.
    for text in [
        "The so-called “experts” were wrong again.",
        "She starred in “Saturday Night Live” last year.",
        "The “peace plan” has three parts, and none of them works.",
    ] {
        assert_eq!(annotate(text, &[]), [], "{text}");
    }
}

#[test]
fn nouns_and_names_are_not_cues() {
    for text in [
        "The report was published on Monday.",
        "His claims were never checked.",
        "The Washington Post published the letter.",
        "Voters in 30 states went to the polls.",
    ] {
        assert_eq!(annotate(text, &[]), [], "{text}");
    }
}

#[test]
fn odd_input_never_panics() {
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let alphabet: Vec<char> = "ab said told “”‘’\"'«»„:;,.!? \n\u{0}é日\u{301}according to he The"
        .chars()
        .collect();
    for length in 0..400 {
        let text: String = (0..length)
            .map(|_| {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                alphabet[(seed % alphabet.len() as u64) as usize]
            })
            .collect();
        let mut article = Article {
            text: text.clone(),
            ..Article::default()
        };
        chorus_text::annotate(&mut article);
        chorus_quotes::annotate(&mut article);
        for attribution in &article.attributions {
            let spans = [Some(attribution.content), attribution.source, attribution.cue];
            for span in spans.into_iter().flatten() {
                assert!(
                    text.get(span.start as usize..span.end as usize).is_some(),
                    "{text:?}: {span:?}"
                );
            }
        }
    }
    // Without the text stage, and with stray marks only.
    for text in [
        "",
        "“",
        "”",
        "''",
        "\"\"\"",
        ":",
        "said",
        "according to",
        "“said”",
        "\n\n“\n\n",
    ] {
        let mut article = Article {
            text: text.to_string(),
            ..Article::default()
        };
        chorus_quotes::annotate(&mut article);
    }
}

/// Source, cue and content parts (joined by " … ") of each attribution.
fn triples(text: &str) -> Vec<(String, String, String)> {
    let mut article = Article {
        text: text.to_string(),
        ..Article::default()
    };
    chorus_text::annotate(&mut article);
    chorus_quotes::find(&article)
        .into_iter()
        .map(|quote| {
            let a = quote.attribution;
            let source = a.source.map_or(String::new(), |s| article.span_text(s).to_string());
            let cue = a.cue.map_or(String::new(), |s| article.span_text(s).to_string());
            let parts: Vec<&str> = quote.parts.iter().map(|p| article.span_text(*p)).collect();
            (source, cue, parts.join(" … "))
        })
        .collect()
}

fn rows(expected: &[(&str, &str, &str)]) -> Vec<(String, String, String)> {
    expected
        .iter()
        .map(|(s, c, q)| (s.to_string(), c.to_string(), q.to_string()))
        .collect()
}

#[test]
fn plans_and_wishes_with_an_infinitive() {
    assert_eq!(
        triples("The mayor plans to close the bridge in May."),
        rows(&[("The mayor", "plans", "to close the bridge in May")])
    );
    assert_eq!(
        triples("Ms. Olsen hopes to win the county."),
        rows(&[("Ms. Olsen", "hopes", "to win the county")])
    );
    assert_eq!(
        triples("The union wants members to reject the offer."),
        rows(&[("The union", "wants", "members to reject the offer")])
    );
    // No infinitive or clause: no cue.
    assert_eq!(triples("The plans were drawn up in secret."), rows(&[]));
    assert_eq!(triples("Insurance plans and pensions were cut."), rows(&[]));
}

#[test]
fn raising_verbs_quote_the_subject_and_the_infinitive() {
    assert_eq!(
        triples("The ferry company seemed to accept the new rules."),
        rows(&[("", "seemed", "The ferry company … to accept the new rules")])
    );
    assert_eq!(
        triples("The council is expected to vote on Tuesday."),
        rows(&[("", "is expected", "The council … to vote on Tuesday")])
    );
    // "appeared" without an infinitive is no cue.
    assert_eq!(triples("The singer appeared on stage at nine."), rows(&[]));
}

#[test]
fn polls_and_studies_are_sources_of_findings() {
    assert_eq!(
        triples("A new county poll shows the mayor with a narrow lead."),
        rows(&[("A new county poll", "shows", "the mayor with a narrow lead")])
    );
    assert_eq!(
        triples("A Harbor Board survey released Friday found most boats were idle."),
        rows(&[("A Harbor Board survey released Friday", "found", "most boats were idle")])
    );
}

#[test]
fn noun_cues_after_a_possessive() {
    assert_eq!(
        triples("The board's decision to sell the land was a surprise."),
        rows(&[("The board's", "decision", "to sell the land")])
    );
    assert_eq!(
        triples("Her criticism of the harbor master was sharp."),
        rows(&[("Her", "criticism of", "the harbor master")])
    );
    assert_eq!(triples("His claims were never checked."), rows(&[]));
}

#[test]
fn a_question_put_to_someone_opens_the_sentence() {
    assert_eq!(
        triples("Asked about the ferry schedule, the captain shrugged."),
        rows(&[("", "Asked about", "the ferry schedule")])
    );
    assert_eq!(
        triples("When asked why the bridge closed, she smiled."),
        rows(&[("", "asked", "why the bridge closed")])
    );
}

#[test]
fn a_gerund_after_a_quote_is_the_writers() {
    assert_eq!(
        triples("“We will rebuild,” she said, recalling the flood of 1998."),
        rows(&[
            ("she", "said", "“We will rebuild,”"),
            ("she", "recalling", "the flood of 1998")
        ])
    );
}

#[test]
fn told_someone_that_keeps_the_addressee_out_and_a_role_refers_to_its_earlier_source() {
    let text = "A Defense Department official confirmed the reports on Monday. Emmanuel Macron said nothing. \
        The official, who asked not to be named, told Sky News Arabia that “the reports are proven and correct.”";
    let department = (
        "Defense Department",
        EntityKind::Organization,
        &["Defense Department"][..],
    );
    let found = annotate(text, &[department, MACRON]);
    let told = found
        .iter()
        .find(|f| f.cue == "told")
        .expect("an attribution with told");
    assert_eq!(told.source, "The official", "{found:#?}");
    assert!(
        told.content.contains("the reports are proven and correct"),
        "{found:#?}"
    );
    assert_eq!(
        told.speaker.as_deref(),
        Some("Defense Department"),
        "the official, not the last person who spoke"
    );
}

#[test]
fn a_role_refers_to_the_latest_source_of_that_role_even_with_an_adverb_after_it() {
    let text = "The Russian Foreign Ministry expressed concern on Wednesday. \
        The Azerbaijani Foreign Ministry likewise insisted that no fighters had come. \
        “We strongly deny such claims,” the ministry said.";
    let russian = (
        "Russian Foreign Ministry",
        EntityKind::Organization,
        &["Russian Foreign Ministry"][..],
    );
    let azerbaijani = (
        "Azerbaijani Foreign Ministry",
        EntityKind::Organization,
        &["Azerbaijani Foreign Ministry"][..],
    );
    let found = annotate(text, &[russian, azerbaijani]);
    let denial = found
        .iter()
        .find(|f| f.content.contains("strongly deny"))
        .expect("the denial");
    assert_eq!(
        denial.speaker.as_deref(),
        Some("Azerbaijani Foreign Ministry"),
        "{found:#?}"
    );
}

/// The shipped tagger model loads, and adds attributions whose cue the
/// rules do not know, with their source and content.
#[test]
fn the_shipped_tagger_finds_cues_the_rules_miss() {
    let model = chorus_quotes::shipped_model().expect("crates/quotes/model/attribution.bin holds a model");
    let text = "Senator Warren criticized the proposal on Tuesday, arguing that it would hurt working families.";
    let mut article = Article {
        text: text.to_string(),
        ..Article::default()
    };
    chorus_text::annotate(&mut article);
    let rules = chorus_quotes::find_with(&article, None);
    let both = chorus_quotes::find_with(&article, Some(model));
    assert!(both.len() >= rules.len(), "the tagger only adds: {both:?}");
    let show = |quote: &chorus_quotes::Quote| {
        let a = &quote.attribution;
        (
            a.source.map_or("", |s| article.span_text(s)).to_string(),
            a.cue.map_or("", |s| article.span_text(s)).to_string(),
            article.span_text(a.content).to_string(),
        )
    };
    let found: Vec<_> = both.iter().map(show).collect();
    assert!(
        found.iter().any(|(source, cue, content)| source == "Senator Warren"
            && cue == "arguing"
            && content == "that it would hurt working families"),
        "{found:?}"
    );
    // The same model bytes read back the same.
    let again = chorus_quotes::Model::from_bytes(&model.to_bytes()).expect("a model reads back");
    assert_eq!(again.to_bytes(), model.to_bytes());
}

#[test]
fn a_prepositional_phrase_after_the_cue_is_not_what_was_said() {
    // "to" before a name is the preposition, not an infinitive: the quote
    // before the cue is the content, not "to the party leaders".
    let text = "“We will not sign,” Jane Ortiz told reporters ahead of a briefing to the party leaders.";
    assert_eq!(triples(text), rows(&[("Jane Ortiz", "told", "“We will not sign,”")]));
    // A cue followed by how or when it happened only says nothing.
    assert!(triples("The two ministers discussed by phone on Friday.").is_empty());
    assert!(triples("The company promised to Greenland on May 3.").is_empty());
    assert!(triples(
        "He spoke after a summit in Brussels at which EU chiefs agreed to threaten Turkey with sanctions \
         about its gas prospecting in Cypriot waters."
    )
    .iter()
    .all(|(_, cue, _)| cue != "spoke"));
    // An infinitive is still a content (with its addressee, as PolNeAR marks it).
    assert_eq!(
        triples("The mayor urged residents to leave the coast."),
        rows(&[("The mayor", "urged", "residents to leave the coast")])
    );
}

#[test]
fn unquoted_words_after_a_quote_and_its_cue_are_the_writers() {
    assert_eq!(
        triples("“It never crossed my mind,” she said months later, and a big reason was the campaign."),
        rows(&[("she", "said", "“It never crossed my mind,”")])
    );
    // A quotation after the cue still goes on with the first.
    assert_eq!(
        triples("“We will win,” she said months later, “and nobody will stop us.”"),
        rows(&[("she", "said", "“We will win,” … “and nobody will stop us.”")])
    );
}

#[test]
fn a_content_that_only_names_the_topic_is_left_out_of_the_report() {
    let text = "The city council discussed the matter at a meeting on Monday. \
                The council said the matter was closed.";
    let got = annotate(text, &[("City Council", EntityKind::Organization, &["city council"])]);
    let contents: Vec<&str> = got.iter().map(|f| f.content.as_str()).collect();
    assert_eq!(contents, ["the matter was closed"]);
}

/// Each source with its speaker as a reader says it ("X's office").
fn speakers(text: &str, entities: &[(&str, EntityKind, &[&str])]) -> Vec<(String, Option<String>)> {
    let article = annotated(text, entities);
    article
        .attributions
        .iter()
        .map(|a| {
            (
                a.source.map_or(String::new(), |s| article.span_text(s).to_string()),
                a.speaker.map(|i| a.speaker_label(&article, &article.entities[i].name)),
            )
        })
        .collect()
}

fn pairs(expected: &[(&str, Option<&str>)]) -> Vec<(String, Option<String>)> {
    expected
        .iter()
        .map(|(s, p)| (s.to_string(), p.map(str::to_string)))
        .collect()
}

#[test]
fn a_possessive_or_a_name_before_a_role_is_that_role_of_the_entity() {
    let text = "According to Macron’s office, the talks were useful. \
                A Kremlin spokesman said the claims were false. \
                He added that nothing had changed. \
                The office of Governor Ann Lee said the road would reopen. \
                The Reuters news agency reported that the border was closed.";
    let entities: &[(&str, EntityKind, &[&str])] = &[
        MACRON,
        ("Kremlin", EntityKind::Organization, &["Kremlin"]),
        ("Ann Lee", EntityKind::Person, &["Ann Lee"]),
        ("Reuters", EntityKind::Organization, &["Reuters"]),
    ];
    assert_eq!(
        speakers(text, entities),
        pairs(&[
            ("Macron’s office", Some("Emmanuel Macron's office")),
            ("A Kremlin spokesman", Some("Kremlin's spokesman")),
            // A pronoun goes on with the person who spoke, a role included.
            ("He", Some("Kremlin's spokesman")),
            ("The office of Governor Ann Lee", Some("Ann Lee's office")),
            // An organization described by a role noun is the organization.
            ("The Reuters news agency", Some("Reuters")),
        ])
    );
}

#[test]
fn the_name_at_the_head_of_the_source_is_the_speaker() {
    let text = "Kremlin spokesman Dmitry Peskov said the talks were over. \
                Russia’s Security Council said it would meet again.";
    let entities: &[(&str, EntityKind, &[&str])] = &[
        ("Kremlin", EntityKind::Organization, &["Kremlin"]),
        ("Dmitry Peskov", EntityKind::Person, &["Dmitry Peskov"]),
        ("Russia", EntityKind::Place, &["Russia"]),
        ("Security Council", EntityKind::Organization, &["Security Council"]),
    ];
    assert_eq!(
        speakers(text, entities),
        pairs(&[
            ("Kremlin spokesman Dmitry Peskov", Some("Dmitry Peskov")),
            // The role word is part of the name: the council itself.
            ("Russia’s Security Council", Some("Security Council")),
        ])
    );
}

#[test]
fn he_continues_a_person_who_opens_a_sentence_after_the_last_speaker() {
    let text = "Jane Ortiz said the vote was fair. \
                Prime Minister Tom Hale rejected any talks on Monday. \
                “It is too early,” he replied.";
    let entities: &[(&str, EntityKind, &[&str])] = &[
        ("Jane Ortiz", EntityKind::Person, &["Jane Ortiz"]),
        ("Tom Hale", EntityKind::Person, &["Tom Hale"]),
    ];
    let got = speakers(text, entities);
    assert_eq!(
        got.last(),
        Some(&("he".to_string(), Some("Tom Hale".to_string()))),
        "{got:?}"
    );
}

#[test]
fn an_organization_speaking_after_the_subject_does_not_hide_it_from_he() {
    let text = "Jane Ortiz said the vote was fair. \
                Prime Minister Tom Hale closed the door to talks on Monday, hours after the Security Council said \
                that the fighting must stop. \
                “It is too early,” he replied.";
    let entities: &[(&str, EntityKind, &[&str])] = &[
        ("Jane Ortiz", EntityKind::Person, &["Jane Ortiz"]),
        ("Tom Hale", EntityKind::Person, &["Tom Hale"]),
        ("Security Council", EntityKind::Organization, &["Security Council"]),
    ];
    let got = speakers(text, entities);
    assert_eq!(
        got.last(),
        Some(&("he".to_string(), Some("Tom Hale".to_string()))),
        "{got:?}"
    );
}

#[test]
fn a_role_before_for_or_of_is_the_speaker_and_a_place_in_an_appositive_is_not() {
    let text = "The spokesman for the Taliban's political office told reporters that the war was over. \
                Ashraf Ghani, Afghanistan's president, said that he had left.";
    let entities: &[(&str, EntityKind, &[&str])] = &[
        ("Taliban", EntityKind::Organization, &["Taliban"]),
        ("Afghanistan", EntityKind::Place, &["Afghanistan"]),
    ];
    assert_eq!(
        speakers(text, entities),
        pairs(&[
            (
                "The spokesman for the Taliban's political office",
                Some("Taliban's spokesman")
            ),
            // Ghani is no entity here: no speaker rather than the country.
            ("Ashraf Ghani, Afghanistan's president,", None),
        ])
    );
}

#[test]
fn an_organization_role_goes_to_the_organization_named_for_it() {
    let text = "KANSAS CITY (AP) — Two men were shot on Friday. \
                Authorities say the gunman fled. \
                Springfield Police Department detective Ann Lee said the car was found. \
                The police said that no one was arrested.";
    let entities: &[(&str, EntityKind, &[&str])] = &[
        ("Associated Press", EntityKind::Organization, &["AP"]),
        (
            "Springfield Police Department",
            EntityKind::Organization,
            &["Springfield Police Department"],
        ),
        ("Ann Lee", EntityKind::Person, &["Ann Lee"]),
    ];
    assert_eq!(
        speakers(text, entities),
        pairs(&[
            // A capital that only opens the sentence is no title: no speaker,
            // rather than the news agency of the dateline.
            ("Authorities", None),
            ("Springfield Police Department detective Ann Lee", Some("Ann Lee")),
            // "police" goes to the police department, not to the detective
            // whose title held the word.
            ("The police", Some("Springfield Police Department")),
        ])
    );
}

#[test]
fn a_relative_is_a_role_of_the_person_named_and_a_residence_never_speaks() {
    let text = "Salazar's friend, Melissa Gilham, said that the couple had argued. \
                Antonio “Cheeto” Clark, 25, of Detroit, pleaded guilty to assault.";
    let entities: &[(&str, EntityKind, &[&str])] = &[
        ("Jamie Salazar", EntityKind::Person, &["Salazar"]),
        ("Detroit", EntityKind::Place, &["Detroit"]),
    ];
    let got = speakers(text, entities);
    assert_eq!(
        got[0],
        (
            "Salazar's friend, Melissa Gilham,".to_string(),
            Some("Jamie Salazar's friend".to_string())
        )
    );
    // "Detroit" is where Clark is from: no speaker rather than the city.
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].1, None, "{got:?}");
    // A man of a place is from there: neither the place nor its man.
    let got = speakers(
        "A Detroit man said that he heard shots.",
        &[("Detroit", EntityKind::Place, &["Detroit"])],
    );
    assert_eq!(got, pairs(&[("A Detroit man", None)]));
    // Nor a place a role works in, past an adjective: the sheriff speaks.
    let got = speakers(
        "A sheriff in central Vermont says a woman shot her son. The governor met them in a hall.\n\n\
         Vermont says the budget is balanced. In turn, Vermont says the roads are safe.",
        &[("Vermont", EntityKind::Place, &["Vermont"])],
    );
    assert_eq!(
        got,
        pairs(&[
            ("A sheriff in central Vermont", None),
            ("Vermont", Some("Vermont")),
            ("Vermont", Some("Vermont"))
        ])
    );
}

#[test]
fn an_indefinite_role_is_someone_new_and_plural_roles_are_roles_too() {
    let text = "Joe Biden said the troops would leave. \
                A senior administration official said that the date was firm. \
                Donald Trump's lawyers said that he had done nothing wrong. \
                The immigrant from Nicaragua told reporters that she was afraid.\n\
                KYIV -- A man said that the shelling went on all night.";
    let entities: &[(&str, EntityKind, &[&str])] = &[
        ("Joe Biden", EntityKind::Person, &["Joe Biden"]),
        ("Donald Trump", EntityKind::Person, &["Donald Trump"]),
        ("Nicaragua", EntityKind::Place, &["Nicaragua"]),
    ];
    assert_eq!(
        speakers(text, entities),
        pairs(&[
            ("Joe Biden", Some("Joe Biden")),
            // "a … official" is not Biden, who spoke before.
            ("A senior administration official", None),
            ("Donald Trump's lawyers", Some("Donald Trump's lawyers")),
            // Where she is from does not speak.
            ("The immigrant from Nicaragua", None),
            // After a dateline, a capital "A" is no title.
            ("A man", None),
        ])
    );
}

#[test]
fn a_time_is_no_colon_before_a_content() {
    assert_eq!(
        triples("Two men exchanged gunfire at about 2:45 a.m. on Bourbon Street, according to the police."),
        rows(&[(
            "the police",
            "according to",
            "Two men exchanged gunfire at about 2:45 a.m. on Bourbon Street"
        )])
    );
}

#[test]
fn an_infinitive_after_the_addressee_is_the_content_not_the_clause_before() {
    // The addressee goes with it, as PolNeAR marks "urged X to …".
    assert_eq!(
        triples("Without naming anyone, the council urged the countries involved in the dispute to avoid new tariffs."),
        rows(&[(
            "the council",
            "urged",
            "the countries involved in the dispute to avoid new tariffs"
        )])
    );
}

#[test]
fn transcript_turns_are_statements_of_their_speaker() {
    let text = "WALLACE: Will she be at the debate?\n\
        PENCE: She will not. We made that clear on Sunday.\n\
        “WALLACE: Is that final?";
    let found = triples(text);
    for expected in rows(&[
        ("WALLACE", ":", "Will she be at the debate?"),
        ("PENCE", ":", "She will not. We made that clear on Sunday."),
        ("WALLACE", ":", "Is that final?"),
    ]) {
        assert!(found.contains(&expected), "{expected:?} not in {found:?}");
    }
    // One shouted label is not a transcript to the rules (the tagger, which
    // learned PolNeAR's "Poll: …" headlines, may still take it as one).
    let mut article = Article {
        text: "HUFFPOLLSTER: Clinton leads in three new polls of Ohio.".to_string(),
        ..Article::default()
    };
    chorus_text::annotate(&mut article);
    let cues: Vec<&str> = chorus_quotes::find_with(&article, None)
        .iter()
        .filter_map(|quote| quote.attribution.cue.map(|cue| article.span_text(cue)))
        .collect();
    assert!(!cues.contains(&":"), "{cues:?}");
}

#[test]
fn a_quotation_signed_after_a_dash_is_its_signers() {
    let text = "Readers wrote to us after the debate.\n\
        “He is ignorant of our culture and our lives.” ― Pamela Padilla\u{a0}\n\
        “Trump must stop portraying Latinos as gangsters.”— Carla Sanchez.\n\
        The debate — Clinton against Trump — drew a record audience.";
    let found = triples(text);
    for expected in rows(&[
        ("Pamela Padilla", "―", "“He is ignorant of our culture and our lives.”"),
        (
            "Carla Sanchez",
            "—",
            "“Trump must stop portraying Latinos as gangsters.”",
        ),
    ]) {
        assert!(found.contains(&expected), "{expected:?} not in {found:?}");
    }
    // A dash inside a sentence signs nothing.
    assert!(
        found.iter().all(|(source, _, _)| !source.contains("Clinton")),
        "{found:?}"
    );
}

#[test]
fn a_quote_goes_on_up_to_its_paragraph_end_whatever_the_next_paragraph_says() {
    let text = "“How many times do we have to see this?” Clinton said. “This is just unbearable.”\n\
        “We have got to do better,” she continued.";
    let found = triples(text);
    let expected = rows(&[(
        "Clinton",
        "said",
        "“How many times do we have to see this?” … “This is just unbearable.”",
    )]);
    assert!(found.contains(&expected[0]), "{found:?}");
}

#[test]
fn a_content_ending_in_a_quotation_goes_on_with_the_next_one() {
    let found = triples("The summit accomplished “too little,” he added. “Without new policies, Europe risks a lot.”");
    assert_eq!(
        found,
        rows(&[(
            "he",
            "added",
            "The summit accomplished “too little,” … “Without new policies, Europe risks a lot.”"
        )])
    );
}

#[test]
fn a_country_speaks_through_its_adjective_and_as_the_country_named_last() {
    let text = "Fighting went on along the border of Azerbaijan, and Turkey sent drones. \
                Azeri diplomacy said on Monday that the operation would go on. \
                “We will not stop before they leave,” said the country’s representation at the OSCE. \
                A Turkish official said the reports were false. \
                Two Syrian rebel sources said that they had been paid.";
    let entities: &[(&str, EntityKind, &[&str])] = &[
        ("Azerbaijan", EntityKind::Place, &["Azerbaijan"]),
        ("Turkey", EntityKind::Place, &["Turkey"]),
        ("OSCE", EntityKind::Organization, &["OSCE"]),
    ];
    assert_eq!(
        speakers(text, entities),
        pairs(&[
            // A demonym is no mention, but it says whose diplomacy it is.
            ("Azeri diplomacy", Some("Azerbaijan's diplomacy")),
            // The organization after "at" is where the role sits.
            (
                "the country’s representation at the OSCE",
                Some("Azerbaijan's representation")
            ),
            ("A Turkish official", Some("Turkey's official")),
            // Rebels of a country do not speak for it.
            ("Two Syrian rebel sources", None),
        ])
    );
}

#[test]
fn an_adjective_before_a_role_finds_the_organization_of_that_country() {
    let text = "The Azerbaijani Ministry of Defense said the front was calm. \
                Later the Azerbaijani ministry said that two villages were taken.";
    let mut article = annotated(
        text,
        &[(
            "Azerbaijani Ministry of Defense",
            EntityKind::Organization,
            &["Azerbaijani Ministry of Defense"],
        )],
    );
    article.entities[0].country = Some("Azerbaijan".into());
    chorus_quotes::annotate(&mut article);
    let speakers: Vec<Option<&str>> = article
        .attributions
        .iter()
        .map(|a| a.speaker.map(|i| article.entities[i].name.as_str()))
        .collect();
    assert_eq!(
        speakers,
        [
            Some("Azerbaijani Ministry of Defense"),
            Some("Azerbaijani Ministry of Defense")
        ]
    );
}

#[test]
fn they_after_two_named_speakers_and_a_head_of_state_by_the_adjective_of_his_title() {
    let text = "The Foreign Ministry said the talks had failed. \
                French President Anne Dupont and Ivan Petrov called for a ceasefire on Monday. \
                During a call, they stressed that only diplomacy could end the war. \
                Ivan Petrov said the border would stay closed. \
                The French head of state said that she would call him again.";
    let entities: &[(&str, EntityKind, &[&str])] = &[
        ("Foreign Ministry", EntityKind::Organization, &["Foreign Ministry"]),
        ("Anne Dupont", EntityKind::Person, &["Anne Dupont"]),
        ("Ivan Petrov", EntityKind::Person, &["Ivan Petrov"]),
    ];
    let got = speakers(text, entities);
    let of = |source: &str| {
        got.iter()
            .find(|(s, _)| s == source)
            .unwrap_or_else(|| panic!("no source {source:?} in {got:?}"))
            .1
            .clone()
    };
    // "they" is the two who called, not the ministry that spoke before.
    assert_eq!(of("they"), Some("Anne Dupont".to_string()), "{got:?}");
    // The person whose title held "French", not the last person who spoke.
    assert_eq!(
        of("The French head of state"),
        Some("Anne Dupont".to_string()),
        "{got:?}"
    );
}

/// The edges PolNeAR's train gold draws most often (see `src/edges.rs`): a
/// preposition after the cue is the cue's, an addressee of "told" is left
/// out, a source keeps its apposition with the closing comma, and an
/// adverb between source and cue is the cue's.
#[test]
fn edges_follow_polnear() {
    let rows = |text: &str| -> Vec<(String, String, String)> {
        annotate(text, &[])
            .into_iter()
            .map(|one| (one.source, one.cue, one.content))
            .collect()
    };
    let row = |source: &str, cue: &str, content: &str| (source.to_string(), cue.to_string(), content.to_string());
    assert!(
        rows("Senator Warren railed against the merger of the two largest banks in the state.").contains(&row(
            "Senator Warren",
            "railed against",
            "the merger of the two largest banks in the state"
        ))
    );
    assert!(
        rows("The Kremlin called on Turkish authorities to refrain from throwing oil on the fire.").contains(&row(
            "The Kremlin",
            "called on",
            "Turkish authorities to refrain from throwing oil on the fire"
        ))
    );
    // A time after the preposition is when it was said, not the cue's.
    assert!(
        !rows("The mayor said on Monday that the bridge would reopen next spring.")
            .iter()
            .any(|(_, cue, _)| cue.ends_with(" on"))
    );
    assert!(
        rows("Pat Caddell told host Alex Marlow on Thursday how surprised he is that health is an issue.").contains(
            &row("Pat Caddell", "told", "how surprised he is that health is an issue")
        )
    );
    assert!(
        rows("Johnson told “Morning Joe” on Friday that the hackers remain under investigation.").contains(&row(
            "Johnson",
            "told",
            "that the hackers remain under investigation"
        ))
    );
    // "told that …": nothing to skip, the second "that" is the content's.
    assert!(
        rows("The fighters were told that for that salary they would have to patrol the border.")
            .iter()
            .any(|(_, _, content)| content == "that for that salary they would have to patrol the border")
    );
    assert!(
        rows("Ed Rendell, a Clinton surrogate, said the debate would decide the election.").contains(&row(
            "Ed Rendell, a Clinton surrogate,",
            "said",
            "the debate would decide the election"
        ))
    );
    // A connective opening the sentence ties it to the one before.
    assert!(
        rows("The bridge is closed. However, the repairs will cost less than expected, the mayor said.")
            .contains(&row("the mayor", "said", "the repairs will cost less than expected"))
    );
    // The verb after one of aspect is the cue's.
    let continued = rows("Trump continued to insist that the election was rigged against him.");
    assert!(
        continued.contains(&row(
            "Trump",
            "continued to insist",
            "that the election was rigged against him"
        )),
        "{continued:?}"
    );
    // "now", "just" and a negation before the cue are the cue's.
    assert!(
        rows("The senator now says the bill would hurt small farms in the state.").contains(&row(
            "The senator",
            "now says",
            "the bill would hurt small farms in the state"
        ))
    );
    let negated = rows("The mayor didn’t say whether the bridge would reopen next spring.");
    assert!(
        negated.iter().any(|(_, cue, _)| cue.starts_with("didn’t")),
        "{negated:?}"
    );
    // An adverb right after the cue, outside the content, is the cue's.
    let bitter = rows("“We were betrayed,” she said bitterly.");
    assert!(bitter.iter().any(|(_, cue, _)| cue == "said bitterly"), "{bitter:?}");
    // A source after its cue takes in the apposition ending the sentence.
    assert!(rows(
        "Skills training can be extremely effective in reducing suicide, said Craig Bryan, \
         head of the National Center for Veterans Studies."
    )
    .contains(&row(
        "Craig Bryan, head of the National Center for Veterans Studies",
        "said",
        "Skills training can be extremely effective in reducing suicide"
    )));
    // An adverb between the source and the cue is the cue's.
    assert!(
        rows("The mayor steadfastly denied that the city had hidden the report from voters.")
            .iter()
            .any(|(source, cue, _)| source == "The mayor" && cue == "steadfastly denied")
    );
    assert!(
        rows("The governor boldly suggested that the state could pay for the new bridge.")
            .iter()
            .any(|(source, cue, _)| source == "The governor" && cue == "boldly suggested")
    );
}

/// A split quote whose cue is followed by an aside of the writer's keeps
/// its second part; an aside that is an attribution of its own does not
/// lend it one.
#[test]
fn split_quote_around_an_aside() {
    let text = "“Every time you say that,” Tester said, referring to the 1 percent excuse, \
                “you give ammunition to the people who want to break up the big banks.”";
    let article = annotated(text, &[]);
    let quotes = chorus_quotes::find(&article);
    let parts: Vec<&str> = quotes[0].parts.iter().map(|part| article.span_text(*part)).collect();
    assert_eq!(
        parts,
        [
            "“Every time you say that,”",
            "“you give ammunition to the people who want to break up the big banks.”"
        ]
    );
    let text = "“We will win,” she said, adding that the count was slow, “and we will be patient.”";
    let article = annotated(text, &[]);
    let quotes = chorus_quotes::find(&article);
    let said = quotes
        .iter()
        .find(|quote| article.span_text(quote.attribution.cue.unwrap_or_default()) == "said")
        .expect("the first quote's attribution");
    assert_eq!(said.parts.len(), 1, "{:?}", said.parts);
}

#[test]
fn an_inverted_source_after_a_time_word() {
    let text = "“We will not accept it”, reacted Wednesday Emmanuel Macron. \
                “The talks are over,” said Friday the minister.";
    assert_eq!(
        triples(text),
        rows(&[
            ("Emmanuel Macron", "reacted", "“We will not accept it”"),
            ("the minister", "said", "“The talks are over,”"),
        ])
    );
}

#[test]
fn a_passive_cue_inside_a_content_does_not_cut_it() {
    let text = "Omar told the BBC that he and many other men were promised $2,000 a month.";
    assert_eq!(
        triples(text),
        rows(&[(
            "Omar",
            "told",
            "that he and many other men were promised $2,000 a month"
        )])
    );
}

#[test]
fn a_content_that_is_only_a_relative_pronoun_is_left_out_of_the_report() {
    let text = "Paris accused Ankara of sending fighters, which Ankara had denied. \
                Ankara denied that it had sent fighters.";
    let got = annotate(text, &[("Turkey", EntityKind::Place, &["Ankara"])]);
    let contents: Vec<&str> = got.iter().map(|f| f.content.as_str()).collect();
    assert!(!contents.contains(&"which"), "{contents:?}");
    assert!(contents.contains(&"that it had sent fighters"), "{contents:?}");
}

#[test]
fn a_time_phrase_between_the_source_and_its_cue() {
    let text = "The foreign ministry on Thursday urged the withdrawal of all foreign fighters. \
                Omar on Tuesday said that he had been paid.";
    assert_eq!(
        triples(text),
        rows(&[
            (
                "The foreign ministry",
                "urged",
                "the withdrawal of all foreign fighters"
            ),
            ("Omar", "said", "that he had been paid"),
        ])
    );
}

#[test]
fn a_subject_right_before_its_cue_keeps_it_from_an_earlier_clause() {
    let text = "He spoke after a summit in Brussels at which EU chiefs agreed to threaten Turkey with sanctions.";
    let agreed: Vec<String> = triples(text)
        .into_iter()
        .filter(|(_, cue, _)| cue == "agreed")
        .map(|(source, _, _)| source)
        .collect();
    assert_eq!(agreed, ["EU chiefs"]);
}

#[test]
fn he_refers_to_one_person_not_to_people_in_the_plural() {
    let text = "“We will act,” Macron said. At the summit, EU chiefs agreed to threaten Turkey with sanctions. \
                He said that he was angry about the fighting.";
    let entities: &[(&str, EntityKind, &[&str])] = &[MACRON, ("European Union", EntityKind::Organization, &["EU"])];
    assert_eq!(
        speakers(text, entities),
        pairs(&[
            ("Macron", Some("Emmanuel Macron")),
            ("EU chiefs", Some("European Union's chiefs")),
            ("He", Some("Emmanuel Macron")),
        ])
    );
}

/// Each source with every speaker it names: the first, then the others of
/// a coordinated source.
fn all_speakers(text: &str, entities: &[(&str, EntityKind, &[&str])]) -> Vec<(String, Vec<String>)> {
    let article = annotated(text, entities);
    article
        .attributions
        .iter()
        .map(|a| {
            let source = a.source.map_or(String::new(), |s| article.span_text(s).to_string());
            let names = a
                .speaker
                .iter()
                .chain(&a.co_speakers)
                .map(|&i| article.entities[i].name.clone())
                .collect();
            (source, names)
        })
        .collect()
}

/// The speakers `all_speakers` gave the attribution whose source is `source`.
fn speakers_of(got: &[(String, Vec<String>)], source: &str) -> Vec<String> {
    got.iter()
        .find(|(s, _)| s == source)
        .unwrap_or_else(|| panic!("no source {source:?} in {got:?}"))
        .1
        .clone()
}

#[test]
fn a_coordinated_source_names_every_speaker_and_they_refers_to_them_all() {
    let text = "Yerevan and Baku said on Monday that the ceasefire had been broken. \
                French President Anne Dupont and Ivan Petrov called for a ceasefire on Monday. \
                During a call, they stressed that only diplomacy could end the war. \
                Bosnia and Herzegovina said it would send observers. \
                Ivan Petrov and his aides said the border would stay closed. \
                Anne Dupont of Yerevan and Olga Ivanova of Baku said the road was open. \
                Ivan Petrov and Baku said that the talks had failed. \
                Anne Dupont or Ivan Petrov will say that the talks failed.";
    let entities: &[(&str, EntityKind, &[&str])] = &[
        ("Yerevan", EntityKind::Place, &["Yerevan"]),
        ("Baku", EntityKind::Place, &["Baku"]),
        ("Anne Dupont", EntityKind::Person, &["Anne Dupont"]),
        ("Ivan Petrov", EntityKind::Person, &["Ivan Petrov"]),
        ("Bosnia and Herzegovina", EntityKind::Place, &["Bosnia and Herzegovina"]),
    ];
    let got = all_speakers(text, entities);
    let of = |source: &str| speakers_of(&got, source);
    assert_eq!(of("Yerevan and Baku"), ["Yerevan", "Baku"]);
    assert_eq!(
        of("French President Anne Dupont and Ivan Petrov"),
        ["Anne Dupont", "Ivan Petrov"]
    );
    assert_eq!(of("they"), ["Anne Dupont", "Ivan Petrov"]);
    // One name with "and" in it is one speaker; a part naming no entity
    // adds no one; "or" names no one together.
    assert_eq!(of("Bosnia and Herzegovina"), ["Bosnia and Herzegovina"]);
    assert_eq!(of("Ivan Petrov and his aides"), ["Ivan Petrov"]);
    // Where someone is from is no speaker, nor a place beside a person.
    assert_eq!(of("Anne Dupont of Yerevan and Olga Ivanova of Baku"), ["Anne Dupont"]);
    assert_eq!(of("Ivan Petrov and Baku"), ["Ivan Petrov"]);
    if let Some((_, names)) = got.iter().find(|(s, _)| s.contains(" or ")) {
        assert!(names.len() <= 1, "{got:?}");
    }
}

#[test]
fn an_unnamed_source_names_an_affiliation_or_not() {
    for source in [
        "Two Syrian rebel sources",
        "U.S. officials",
        "a senior Turkish official",
        "Syrian fighters",
        "government officials",
        "rebel sources",
        "Two sources close to the Syrian insurgents",
        "officials at the ministry",
        "A hospital spokesman",
    ] {
        assert!(chorus_quotes::names_an_affiliation(source), "{source}");
    }
    for source in [
        "officials",
        "Officials",
        "Diplomats",
        "a senior official",
        "Senior officials",
        "Sources familiar with the matter",
        "The two presidents",
        "the indictment",
        "Both sides",
        "Monday two officials",
        "graze wound to the head in the 7600 block of South St. Lawrence Avenue",
        "15 CLOSE Skip in Skip x Embed x Share CAMEO NIGHTCLUB SHOOTING A witness",
    ] {
        assert!(!chorus_quotes::names_an_affiliation(source), "{source}");
    }
}

#[test]
fn a_claim_inside_a_statement_is_the_statement_only() {
    assert_eq!(
        triples("Dale told reporters that he believed Fields had made up the story."),
        rows(&[("Dale", "told", "that he believed Fields had made up the story")])
    );
    assert_eq!(
        triples("Chaffetz insisted he has other questions than the ones he refused to answer last year."),
        rows(&[(
            "Chaffetz",
            "insisted",
            "he has other questions than the ones he refused to answer last year"
        )])
    );
}

#[test]
fn a_counted_group_is_those_named_together_before_it() {
    let text = "French President Anne Dupont and Ivan Petrov spoke by phone on Monday. \
                The two presidents said the talks had gone well. \
                Armenia and Azerbaijan signed a deal on Tuesday. \
                The two countries said the border would open in May. \
                Both ministers said nothing had been decided.";
    let entities: &[(&str, EntityKind, &[&str])] = &[
        ("Anne Dupont", EntityKind::Person, &["Anne Dupont"]),
        ("Ivan Petrov", EntityKind::Person, &["Ivan Petrov"]),
        ("Armenia", EntityKind::Place, &["Armenia"]),
        ("Azerbaijan", EntityKind::Place, &["Azerbaijan"]),
    ];
    let got = all_speakers(text, entities);
    let of = |source: &str| speakers_of(&got, source);
    assert_eq!(of("The two presidents"), ["Anne Dupont", "Ivan Petrov"]);
    assert_eq!(of("The two countries"), ["Armenia", "Azerbaijan"]);
    // No two ministers were named: an unnamed group, not one wrong person.
    assert!(of("Both ministers").is_empty(), "{got:?}");
}

#[test]
fn a_counted_group_of_a_role_is_the_last_people_titled_so() {
    let text = "President Anne Dupont arrived in Geneva on Monday. \
                President Ivan Petrov landed an hour later and met Olga Ivanova. \
                The two presidents said they would meet again in June.";
    let entities: &[(&str, EntityKind, &[&str])] = &[
        ("Anne Dupont", EntityKind::Person, &["Anne Dupont"]),
        ("Ivan Petrov", EntityKind::Person, &["Ivan Petrov"]),
        ("Olga Ivanova", EntityKind::Person, &["Olga Ivanova"]),
    ];
    let got = all_speakers(text, entities);
    assert_eq!(
        got,
        [(
            "The two presidents".to_string(),
            vec!["Anne Dupont".to_string(), "Ivan Petrov".to_string()]
        )]
    );
}

#[test]
fn a_statement_ends_before_another_speaker_after_a_coordinator() {
    let found = triples(
        "Only 52 percent of voters agreed that Clinton is fit to serve, while 73 percent said the same of Trump.",
    );
    assert_eq!(
        found,
        rows(&[
            ("Only 52 percent of voters", "agreed", "that Clinton is fit to serve"),
            ("73 percent", "said", "the same of Trump"),
        ])
    );
}

#[test]
fn the_subject_of_a_passive_said_to_did_not_speak() {
    for (text, subject, cue, rest) in [
        (
            "Randall Hancock was said to be recovering after surgery.",
            "Randall Hancock",
            "was said",
            "to be recovering after surgery",
        ),
        (
            "Some advisers are said to be urging the governor to pay on Tuesday.",
            "Some advisers",
            "are said",
            "to be urging the governor to pay on Tuesday",
        ),
        (
            "A Salinas man said to be mentally disabled may face trial.",
            "A Salinas man",
            "said",
            "to be mentally disabled may face trial",
        ),
    ] {
        let got = triples(text);
        assert_eq!(got, rows(&[("", cue, &format!("{subject} … {rest}"))]), "{text}");
    }
    // An active "said" with a clause keeps its speaker.
    assert_eq!(
        triples("Hancock said he was recovering after surgery."),
        rows(&[("Hancock", "said", "he was recovering after surgery")])
    );
}

#[test]
fn a_relayed_statement_keeps_both_and_ends_before_the_relay() {
    let found = triples(
        "The spokeswoman Maria Zakharova said that rhetoric from third countries can lead to destabilization of the region, TASS reported.",
    );
    assert_eq!(
        found,
        rows(&[(
                "The spokeswoman Maria Zakharova",
                "said",
                "that rhetoric from third countries can lead to destabilization of the region"
            ),
            (
                "TASS",
                "reported",
                "The spokeswoman Maria Zakharova said that rhetoric from third countries can lead to destabilization of the region"
            ),
        ])
    );
}

#[test]
fn a_cue_in_a_relative_clause_ends_its_content_with_the_clause() {
    assert_eq!(
        triples("The new stadium, which he said the city would pay for, will cost $500 million."),
        rows(&[("he", "said", "which … the city would pay for")])
    );
    assert_eq!(
        triples("The mayor, who said the plan would fail, left the meeting early."),
        rows(&[("who", "said", "the plan would fail")])
    );
}

#[test]
fn the_person_asked_is_left_out_before_a_question_only() {
    assert_eq!(
        triples("The reporter asked the mayor whether the bridge would reopen."),
        rows(&[("The reporter", "asked", "whether the bridge would reopen")])
    );
    assert_eq!(
        triples("The council asked the state to pay for the repairs."),
        rows(&[("The council", "asked", "the state to pay for the repairs")])
    );
    // A question word after a preposition is no question of the cue's.
    assert_eq!(
        triples("Police asked anyone with news about what happened to call them."),
        rows(&[("Police", "asked", "anyone with news about what happened to call them")])
    );
}

#[test]
fn the_person_urged_opens_the_content() {
    assert_eq!(
        triples("The governor urged residents to stay indoors until the storm passed."),
        rows(&[(
            "The governor",
            "urged",
            "residents to stay indoors until the storm passed"
        )])
    );
}

#[test]
fn plain_words_between_the_cue_and_a_quotation_open_the_content() {
    assert_eq!(
        triples("The senator accused the agency of “hiding the facts.”"),
        rows(&[("The senator", "accused", "the agency of “hiding the facts.”")])
    );
    assert_eq!(
        triples("The coach dismissed the complaint as “a distraction.”"),
        rows(&[("The coach", "dismissed", "the complaint as “a distraction.”")])
    );
    // The addressee of "told" is no content.
    assert_eq!(
        triples("She told reporters “we will rebuild.”"),
        rows(&[("She", "told", "“we will rebuild.”")])
    );
}

#[test]
fn a_relative_pronoun_before_the_source_opens_the_content() {
    // The pronoun is the content's first part, as PolNeAR draws it.
    assert_eq!(
        triples("The council passed a rule, which critics said was unfair to renters."),
        rows(&[("critics", "said", "which … was unfair to renters")])
    );
    assert_eq!(
        triples("Renters face what the mayor says is a housing emergency."),
        rows(&[("the mayor", "says", "what … is a housing emergency")])
    );
    // After a preposition it is the circumstance's, not the content's.
    assert_eq!(
        triples("He gave a speech in which he said the plant would close."),
        rows(&[("he", "said", "the plant would close")])
    );
    // The content shown leaves the pronoun out, with the source and cue.
    let article = annotated(
        "The council passed a rule, which critics said was unfair to renters.",
        &[],
    );
    let shown: Vec<&str> = article
        .attributions
        .iter()
        .map(|a| article.span_text(a.content))
        .collect();
    assert_eq!(shown, ["was unfair to renters"]);
}

#[test]
fn a_cue_between_commas_inside_its_content_is_not_shown_in_it() {
    let article = annotated(
        "Therefore, he said, the international community must react immediately.",
        &[],
    );
    let attribution = &article.attributions[0];
    assert_eq!(article.span_text(attribution.cue.unwrap()), "said");
    assert_eq!(
        attribution.shown_content(&article),
        "Therefore, the international community must react immediately"
    );
    let article = annotated(
        "On the way out, Chouinard said, the man in the car shot twice at a trailer.",
        &[],
    );
    assert_eq!(
        article.attributions[0].shown_content(&article),
        "On the way out, the man in the car shot twice at a trailer"
    );
}

#[test]
fn they_never_refers_to_one_person() {
    let text =
        "James Stover of Giles Road said he heard ten gunshots. They believe someone was selling liquor in the house.";
    let entities: &[(&str, EntityKind, &[&str])] = &[
        ("James Stover", EntityKind::Person, &["James Stover"]),
        ("Giles Road", EntityKind::Place, &["Giles Road"]),
    ];
    let got = all_speakers(text, entities);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(
        got[0],
        (
            "James Stover of Giles Road".to_string(),
            vec!["James Stover".to_string()]
        )
    );
    assert_eq!(got[1], ("They".to_string(), Vec::<String>::new()));
}

#[test]
fn a_document_named_after_the_cue_is_where_it_was_said_not_what() {
    assert_eq!(
        triples("The FBI said in a release that two deputy marshals were hurt."),
        rows(&[("The FBI", "said", "that two deputy marshals were hurt")])
    );
    assert_eq!(
        triples("An FBI agent alleged in a criminal complaint that the man bought five guns."),
        rows(&[("An FBI agent", "alleged", "that the man bought five guns")])
    );
}

#[test]
fn an_occasion_or_aside_before_that_is_not_what_was_said() {
    // The content starts at the "that", past the occasion or the aside.
    assert_eq!(
        triples("The mayor told a packed town hall in Dayton on Monday that the pool would reopen in June."),
        rows(&[("The mayor", "told", "that the pool would reopen in June")])
    );
    assert_eq!(
        triples("The mayor said in a video posted Monday that the pool would reopen in June."),
        rows(&[("The mayor", "said", "that the pool would reopen in June")])
    );
    assert_eq!(
        triples("The coach said, however, that the team would not change its lineup."),
        rows(&[("The coach", "said", "that the team would not change its lineup")])
    );
    assert_eq!(
        triples("The senator said instead that the bill needed more hearings."),
        rows(&[("The senator", "said", "that the bill needed more hearings")])
    );
    // After "express" or "voice", the bare noun is the cue's.
    assert_eq!(
        triples("The principal expressed concern that the buses were running late."),
        rows(&[("The principal", "expressed concern", "that the buses were running late")])
    );
    // A "that" inside what was said stays there.
    assert_eq!(
        triples("The judge said the claim that the car was stolen was false."),
        rows(&[("The judge", "said", "the claim that the car was stolen was false")])
    );
}

#[test]
fn an_outlet_or_interview_ending_the_content_is_no_part_of_it() {
    assert_eq!(
        triples("The governor mocked the new budget plan on Twitter."),
        rows(&[("The governor", "mocked", "the new budget plan")])
    );
    assert_eq!(
        triples("The sheriff praised the rescue crews in an interview published Saturday."),
        rows(&[("The sheriff", "praised", "the rescue crews")])
    );
    // The occasion of a verb inside what was said stays there.
    assert_eq!(
        triples("The coach said the player who insulted fans on Facebook would be benched."),
        rows(&[(
            "The coach",
            "said",
            "the player who insulted fans on Facebook would be benched"
        )])
    );
    // So does the occasion of a clause of what was said.
    assert_eq!(
        triples("The girl's mother said she received threats on Facebook."),
        rows(&[("The girl's mother", "said", "she received threats on Facebook")])
    );
    assert_eq!(
        triples("Detectives said the teenager bragged about the shooting in a video."),
        rows(&[(
            "Detectives",
            "said",
            "the teenager bragged about the shooting in a video"
        )])
    );
}

#[test]
fn a_quotation_of_several_sentences_is_what_was_said_up_to_its_closing_mark() {
    assert_eq!(
        triples("The coach went on to say, “We will rebuild the gym. It will be open by spring.”"),
        rows(&[(
            "The coach",
            "went on to say",
            "“We will rebuild the gym. It will be open by spring.”"
        )])
    );
    assert_eq!(
        triples("The union issued a statement saying, “Our members are tired. They want a fair contract.”"),
        rows(&[(
            "The union",
            "issued a statement saying",
            "“Our members are tired. They want a fair contract.”"
        )])
    );
    // A cue between the sentences keeps the quotation in two parts.
    assert_eq!(
        triples("“We will rebuild the gym,” the coach said. “It will be open by spring.”"),
        rows(&[(
            "the coach",
            "said",
            "“We will rebuild the gym,” … “It will be open by spring.”"
        )])
    );
}

#[test]
fn a_second_that_clause_after_a_coordinator_is_said_too() {
    assert_eq!(
        triples("The fire chief said the blaze was under control, but that the roof had collapsed."),
        rows(&[(
            "The fire chief",
            "said",
            "the blaze was under control, but that the roof had collapsed"
        )])
    );
    assert_eq!(
        triples("The inspector said the wiring was replaced, but not the old pipes."),
        rows(&[(
            "The inspector",
            "said",
            "the wiring was replaced, but not the old pipes"
        )])
    );
    // A demonstrative "that" opens the writer's own clause.
    assert_eq!(
        triples("The manager said the store would reopen soon, but that was not the plan."),
        rows(&[("The manager", "said", "the store would reopen soon")])
    );
}

#[test]
fn a_quotation_after_a_colon_ends_the_content_before_it() {
    assert_eq!(
        triples("The neighbor said the sound was unmistakable: “It was a gunshot.”"),
        rows(&[(
            "The neighbor",
            "said",
            "the sound was unmistakable: “It was a gunshot.”"
        )])
    );
}

#[test]
fn what_was_said_before_the_source_is_no_occasion_after_the_cue() {
    assert_eq!(
        triples("Voters had finally found their voice on the issue, she said in a video message to the rally."),
        rows(&[("she", "said", "Voters had finally found their voice on the issue")])
    );
    assert_eq!(
        triples("A new unit will patrol the river from May, Police Chief Dana Ortiz told a council panel Wednesday."),
        rows(&[(
            "Police Chief Dana Ortiz",
            "told",
            "A new unit will patrol the river from May"
        )])
    );
    assert_eq!(
        triples("''The bridge is a danger to everyone who crosses it,'' Mr. Hale said on NBC's ''Meet the Press.''"),
        rows(&[(
            "Mr. Hale",
            "said",
            "''The bridge is a danger to everyone who crosses it,''"
        )])
    );
    // An opening adverbial is no content, and "that" opens what was said.
    assert_eq!(
        triples("After the vote in the council, the mayor said in an interview that the bridge would close."),
        rows(&[("the mayor", "said", "that the bridge would close")])
    );
    // A clause after the time is what was said.
    assert_eq!(
        triples("For its part, the ministry said on Wednesday it would keep the border closed."),
        rows(&[("the ministry", "said", "it would keep the border closed")])
    );
}

#[test]
fn a_document_with_more_words_after_it_ends_at_its_that() {
    assert_eq!(
        triples("The mayor said in a letter to the council that the road would close."),
        rows(&[("The mayor", "said", "that the road would close")])
    );
}

#[test]
fn a_content_wrapped_around_its_attribution_has_two_parts() {
    // A quotation opening in lower case goes on with the clause before the cue.
    assert_eq!(
        triples("A long recession, the economist said, “would be a good time to borrow.”"),
        rows(&[(
            "the economist",
            "said",
            "A long recession … “would be a good time to borrow.”"
        )])
    );
    // One opening in upper case is a sentence of its own after the writer's lead-in.
    assert_eq!(
        triples("As the sirens faded, the mayor said, “We are safe now.”"),
        rows(&[("the mayor", "said", "“We are safe now.”")])
    );
    // A subject opened by a demonstrative still sets the cue off.
    assert_eq!(
        triples("The senator, these aides said, would vote against the bill."),
        rows(&[("these aides", "said", "The senator … would vote against the bill")])
    );
    // A belief set off in mid-sentence is the content's source.
    assert_eq!(
        triples("The merger, many analysts believe, is only a matter of months."),
        rows(&[("many analysts", "believe", "The merger … is only a matter of months")])
    );
}

#[test]
fn a_wrapped_reported_content_is_one_span_in_the_model() {
    let article = annotated(
        "A long recession, the economist said, “would be a good time to borrow.”",
        &[],
    );
    let attribution = &article.attributions[0];
    assert!(!attribution.direct);
    assert_eq!(
        article.span_text(attribution.content),
        "A long recession, the economist said, “would be a good time to borrow.”"
    );
    assert_eq!(article.span_text(attribution.cue.unwrap()), "said");
}

#[test]
fn a_second_cue_sharing_the_subject_ends_the_first_content() {
    assert_eq!(
        triples("The mayor said the bridge would close in May, adding that a ferry would run."),
        rows(&[
            ("The mayor", "said", "the bridge would close in May"),
            ("The mayor", "adding", "that a ferry would run"),
        ])
    );
}

/// American punctuation closes the comma inside the quotation before the
/// second cue: the outer content keeps the quotation and ends there, and
/// the participle takes the outer source.
#[test]
fn a_second_cue_after_a_comma_inside_a_quotation_ends_the_first_content() {
    let found =
        triples("The coach insisted that his team was “ready for the final,” adding that two players were hurt.");
    assert!(
        found
            .iter()
            .any(|row| row.1 == "insisted" && row.2 == "that his team was “ready for the final,”"),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|row| row.0 == "The coach" && row.1 == "adding" && row.2 == "that two players were hurt"),
        "{found:?}"
    );
}

/// A quoted show's name after the cue is where it was said, not what: the
/// participle after it is the statement.
#[test]
fn a_quoted_title_before_a_second_cue_is_no_content() {
    let found = triples("The senator told “Morning Report,” adding that the vote would be close.");
    assert!(found.iter().all(|row| row.2 != "“Morning Report,”"), "{found:?}");
    assert!(
        found
            .iter()
            .any(|row| row.1 == "adding" && row.2 == "that the vote would be close"),
        "{found:?}"
    );
}

/// A short capitalized answer set off by a comma after the cue is speech,
/// not a show's name: it stays the outer content.
#[test]
fn a_quoted_answer_after_a_comma_before_a_second_cue_stays_content() {
    let found =
        triples("Asked whether she would resign, the mayor said, “Never,” adding that she had done nothing wrong.");
    assert!(
        found.iter().any(|row| row.1 == "said" && row.2 == "“Never,”"),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|row| row.1 == "adding" && row.2 == "that she had done nothing wrong"),
        "{found:?}"
    );
}

/// A paragraph that is one quoted sentence goes on quoting the speaker of
/// the quotation that ends the paragraph before; a quoted heading does not,
/// nor does a quotation after a content that goes on past its marks.
#[test]
fn a_quoted_paragraph_continues_the_quote_before_it() {
    let found = triples(
        "“The lights went out first,” Ortega said.\n\n“Then we heard the shots and ran.”\n\nThe street was closed.",
    );
    assert!(
        found.iter().any(
            |row| row.0 == "Ortega" && row.2 == "“The lights went out first,” … “Then we heard the shots and ran.”"
        ),
        "{found:?}"
    );
    let heading =
        triples("“The lights went out first,” Ortega said.\n\n“A Night Without Power”\n\nThe street was closed.");
    assert!(
        heading.iter().all(|row| !row.2.contains("Night Without")),
        "{heading:?}"
    );
    let titled =
        triples("“The lights went out first,” Ortega said.\n\n“Power Is Not a Luxury.”\n\nThe street was closed.");
    assert!(titled.iter().all(|row| !row.2.contains("Luxury")), "{titled:?}");
    let goes_on =
        triples("She called the delay “shameful” and asked for a review of the contract.\n\n“Nobody will be blamed.”");
    assert!(goes_on.iter().all(|row| !row.2.contains("Nobody")), "{goes_on:?}");
}

#[test]
fn a_cue_run_into_the_next_sentence_ends_the_outer_content() {
    let found = triples("He also demanded that Turkey explain what he said It was the arrival of fighters.");
    let outer = found
        .iter()
        .find(|row| row.1.contains("demanded"))
        .expect("the outer attribution");
    assert_eq!(outer.2, "that Turkey explain what he said");
    assert!(
        found
            .iter()
            .any(|row| row.0 == "he" && row.1 == "said" && row.2.starts_with("It was the arrival")),
        "{found:?}"
    );
}

#[test]
fn a_parenthesis_after_the_cue_is_in_neither_cue_nor_content() {
    let found = triples("Moscow said on Wednesday (September 30th) that fighters had been sent to the region.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "Moscow");
    assert!(!found[0].1.contains('('), "{found:?}");
    assert_eq!(found[0].2, "that fighters had been sent to the region");
}

#[test]
fn a_doubled_single_quote_may_close_with_a_double_mark() {
    let found = triples("‘’I told him that the attack has no justification,” Macron told reporters on Friday.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "Macron");
    assert_eq!(found[0].2, "‘’I told him that the attack has no justification,”");
}

#[test]
fn an_opening_adverbial_is_not_the_content() {
    assert_eq!(
        triples("Through a spokesman, the governor declined to comment."),
        rows(&[("the governor", "declined", "to comment")])
    );
    assert_eq!(
        triples("In an interview on Sunday, Smith said the plan would cost more."),
        rows(&[("Smith", "said", "the plan would cost more")])
    );
    // The content before the cue stays when nothing follows the cue.
    assert_eq!(
        triples("In the end, the plan failed, Smith said."),
        rows(&[("Smith", "said", "In the end, the plan failed")])
    );
}

#[test]
fn an_opening_clause_or_time_stays_where_it_was() {
    // A clause that opens with a preposition is still the content.
    let found = triples("At that time the war had not started and they did not train, he told the BBC.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].2,
        "At that time the war had not started and they did not train"
    );
    // A passive after "and" is the content's, not a cue sharing the subject.
    assert_eq!(
        triples("Police said three men became involved in an argument and were asked to leave."),
        rows(&[(
            "Police",
            "said",
            "three men became involved in an argument and were asked to leave"
        )])
    );
}

#[test]
fn a_cue_word_after_other_or_a_possessive_is_a_noun() {
    for text in [
        "The other suspect, Jamal Reed, 20, was arrested earlier this month.",
        "The suspect's lawyer, Dana Kirk, did not return calls on Tuesday.",
    ] {
        let got = annotate(text, &[]);
        assert!(
            got.iter()
                .all(|f| !matches!(f.cue.as_str(), "suspect" | "lawyer" | "witness")),
            "{text}: {got:?}"
        );
    }
    // A noun of saying with its content after it is still a cue.
    let got = annotate("The governor's claim that the budget was balanced proved false.", &[]);
    assert!(got.iter().any(|f| f.cue.contains("claim")), "{got:?}");
    // "another" alone is a subject.
    let got = annotate(
        "One analyst puts the figure at 2,000; another says there are about 1,800.",
        &[],
    );
    assert!(got.iter().any(|f| f.source == "another" && f.cue == "says"), "{got:?}");
}

#[test]
fn a_document_is_a_source_of_its_own() {
    // Reyes is who the records are about, not who speaks; a statement
    // that names its author speaks for the author.
    let text = "Michael Reyes was arrested on Saturday. \
                Court records indicate that Reyes had a handgun in his possession. \
                A Toledo Police Department statement said the girl was in stable condition.";
    let entities: &[(&str, EntityKind, &[&str])] = &[
        ("Michael Reyes", EntityKind::Person, &["Michael Reyes", "Reyes"]),
        (
            "Toledo Police Department",
            EntityKind::Organization,
            &["Toledo Police Department"],
        ),
    ];
    let got = annotate(text, entities);
    let records = got.iter().find(|f| f.source == "Court records").expect("found");
    assert_eq!(records.speaker, None, "{got:?}");
    let statement = got
        .iter()
        .find(|f| f.content.contains("stable condition"))
        .expect("found");
    assert_eq!(
        statement.speaker.as_deref(),
        Some("Toledo Police Department"),
        "{got:?}"
    );
    assert!(chorus_quotes::names_a_document("court records"));
    assert!(chorus_quotes::names_a_document("The police report"));
    assert!(!chorus_quotes::names_a_document("Police"));
    assert!(!chorus_quotes::names_a_document("Reyes"));
}

#[test]
fn a_participle_after_a_quotation_shares_its_speaker() {
    let found = triples(
        "“The attack has no justification,” Macron told reporters ahead of a briefing to European Union \
         leaders, calling the current situation dangerous.",
    );
    assert!(
        found
            .iter()
            .any(|row| row.0 == "Macron" && row.1 == "calling" && row.2 == "the current situation dangerous"),
        "{found:?}"
    );
}

#[test]
fn a_participle_after_a_relative_clause_takes_no_source_across_it() {
    // The outer content is cut before the participle, which shares its subject.
    let found = triples("Officials said the senator had left the hall, calling the vote a sham.");
    assert!(
        found.iter().any(|row| row.0 == "Officials" && row.1 == "calling"),
        "{found:?}"
    );
    // Across ", which Baku had denied," the accuser is Baku, not Yerevan.
    let found = triples(
        "Yerevan had also accused Turkey of sending fighters, which Baku had denied, accusing in return of \
         deploying veterans.",
    );
    assert!(
        !found
            .iter()
            .any(|row| row.0 == "Yerevan" && row.1.starts_with("accusing")),
        "{found:?}"
    );
}

#[test]
fn a_statement_or_a_weekday_after_the_cue_is_the_cues() {
    assert_eq!(
        triples("“We are leaving,” the company said in a statement. “The deal is off,” Sanders said Thursday."),
        rows(&[
            ("the company", "said in a statement", "“We are leaving,”"),
            ("Sanders", "said Thursday", "“The deal is off,”"),
        ])
    );
    // Before its content, or after an object, a weekday is left out.
    let found = triples("Sanders said Thursday that the deal was off. Clinton told reporters Friday that she won.");
    assert_eq!(found[0].1, "said", "{found:?}");
    assert_eq!(found[1].1, "told", "{found:?}");
}

#[test]
fn a_sources_apposition_is_no_part_of_the_content() {
    // The source after "according to" keeps its apposition; the content
    // is the clause before the cue only.
    let found = triples(
        "Orders for farm machinery fell for a third month, according to Maria Lindqvist, an economist at Harbor Bank.",
    );
    assert_eq!(
        found,
        rows(&[(
            "Maria Lindqvist, an economist at Harbor Bank",
            "according to",
            "Orders for farm machinery fell for a third month"
        )])
    );
}

#[test]
fn an_affiliation_set_off_after_a_source_before_its_cue_is_part_of_the_source() {
    // "…,” Lt. X, with the Y Office, said.": the quotation is the content,
    // the name and its affiliation the source.
    assert_eq!(
        triples("“The road will stay closed until the morning,” Lt. Maria Dunbar, with the Alder County Sheriff's Office, said."),
        rows(&[(
            "Lt. Maria Dunbar, with the Alder County Sheriff's Office,",
            "said",
            "“The road will stay closed until the morning,”"
        )])
    );
    assert_eq!(
        triples("“We found two casings in the yard,” Officer Tom Reyes, of the Pine Bluff Police Department, said."),
        rows(&[(
            "Officer Tom Reyes, of the Pine Bluff Police Department,",
            "said",
            "“We found two casings in the yard,”"
        )])
    );
    // The affiliation names where the speaker works, no role of theirs:
    // "police" later is not that person.
    let entities: &[(&str, EntityKind, &[&str])] = &[
        ("Lee Park", EntityKind::Person, &["Lee Park"]),
        ("Alder", EntityKind::Place, &["Alder"]),
    ];
    let got = speakers(
        "“Nobody was hurt,” Capt. Lee Park, of Alder Police, said. The car was found empty, according to police.",
        entities,
    );
    assert_eq!(
        got[0],
        (
            "Capt. Lee Park, of Alder Police,".to_string(),
            Some("Lee Park".to_string())
        )
    );
    assert!(got[1].1.as_deref() != Some("Lee Park"), "{got:?}");
    // An affiliation in lower case, before a cue with an object.
    assert_eq!(
        triples("Rosa Quint, of pretrial services, told the court she could not recommend a lower bond."),
        rows(&[(
            "Rosa Quint, of pretrial services,",
            "told",
            "she could not recommend a lower bond"
        )])
    );
    // Words after "with" that name nothing are no affiliation: no such
    // source is made of them.
    let found = triples("“Nobody was hurt,” Capt. Lee Park, with help from neighbors, said.");
    assert!(found.iter().all(|row| !row.0.contains("with help")), "{found:?}");
}

#[test]
fn a_clause_after_a_mid_sentence_source_is_the_content() {
    // The words after the source's comma have a verb of their own: they
    // are the rest of the content, not an apposition of the source.
    assert_eq!(
        triples("Since early March, according to the regional health office, clinics have turned away 300 patients."),
        rows(&[(
            "the regional health office",
            "according to",
            "Since early March … clinics have turned away 300 patients"
        )])
    );
    // A short opening before the cue leads into the clause after it.
    assert_eq!(
        triples("The ferry timetable, according to harbour staff, changed twice in one week."),
        rows(&[(
            "harbour staff",
            "according to",
            "The ferry timetable … changed twice in one week"
        )])
    );
}

#[test]
fn a_tagged_clause_beside_a_rule_content_ends_it_when_its_cue_speaks() {
    // "…, and the new mayor is promising …": a clause of its own, with its
    // own speaker, after a comma and a coordinator.
    assert_eq!(
        triples("The council has long opposed the stadium, and the new mayor is promising to block the deal."),
        rows(&[
            ("The council", "has long opposed", "the stadium"),
            ("the new mayor", "is promising", "to block the deal"),
        ])
    );
    // A participle that says nothing ("clearing") stays in what was said.
    let clearing = triples("Police said they searched the area overnight, clearing the streets of cars.");
    assert_eq!(clearing.len(), 1, "{clearing:?}");
    assert!(clearing[0].2.ends_with("clearing the streets of cars"), "{clearing:?}");
}

#[test]
fn the_answer_after_an_opening_question_is_the_content() {
    // "Asked …, X said no": the question is no content of "said", the
    // answer is, be it one word and the question long.
    for (text, answer) in [
        (
            "Asked whether the old bridge over the river would reopen this summer, the mayor said no.",
            "no",
        ),
        ("Asked who would lead the inquiry, the chief said Ramirez.", "Ramirez"),
    ] {
        let found = triples(text);
        let said: Vec<_> = found.iter().filter(|(_, cue, _)| cue == "said").collect();
        assert_eq!(said.len(), 1, "{found:?}");
        assert_eq!(said[0].2, answer, "{found:?}");
    }
}

#[test]
fn a_name_after_a_cue_set_off_by_a_comma_is_an_inverted_source() {
    // The word before the comma is capitalized, but what follows the cue is
    // a name with its title or apposition, not a clause: the clause before
    // is what was said.
    assert_eq!(
        triples("The new levee will hold through the spring floods in Louisiana, said Carla Mendes, an engineer with the Corps."),
        rows(&[(
            "Carla Mendes, an engineer with the Corps",
            "said",
            "The new levee will hold through the spring floods in Louisiana"
        )])
    );
    assert_eq!(
        triples("Fares will rise again next year on the lines to Boston, said transit analyst Peter Voss."),
        rows(&[(
            "transit analyst Peter Voss",
            "said",
            "Fares will rise again next year on the lines to Boston"
        )])
    );
    // A stray comma after the subject, before a quotation, stays one.
    assert_eq!(
        triples("Gov. Ann Marsh of Ohio, said, “We will rebuild the bridge.”"),
        rows(&[("Gov. Ann Marsh of Ohio", "said", "“We will rebuild the bridge.”")])
    );
}

#[test]
fn an_inch_mark_inside_a_curly_quotation_does_not_close_it() {
    let found = triples("“He is 6' 2\" tall and he ran past me,” the neighbour said.");
    assert!(
        found
            .iter()
            .any(|row| row.0 == "the neighbour" && row.2.contains("ran past me")),
        "{found:?}"
    );
}

#[test]
fn a_telephone_call_is_no_naming() {
    // A call to a number, back, at a time, or to a person or service named
    // by no words after it is a telephone call or a summons, not speech;
    // "called" with a name given (quoted or not) and "called for" stay cues.
    let text = "The neighbor called 911 after she heard the shots. \
                Her cousin called 9-1-1 from the porch. \
                The clerk called back and nobody answered. \
                The boy called his mother about ten minutes later. \
                A driver called police to report the crash. \
                The owner called Dana's brother, who lives nearby. \
                Coach Dale Smith called his father a hero. \
                The mayor called the attack cowardly and senseless. \
                The pastor called the victims “pillars of the church.” \
                The chief called for calm on Sunday. \
                He then called his younger brother before he left. \
                Officers called in a bomb squad. \
                The club's owner called the station to ask for help. \
                The committee called an emergency meeting on Monday. \
                Mayor Ann Lee called the meeting a success.";
    let got: Vec<(String, String, String)> = annotate(text, &[])
        .into_iter()
        .map(|f| (f.source, f.cue, f.content))
        .collect();
    let expected = [
        ("Coach Dale Smith", "called", "his father a hero"),
        ("The mayor", "called", "the attack cowardly and senseless"),
        ("The pastor", "called", "the victims “pillars of the church.”"),
        ("The chief", "called for", "calm on Sunday"),
        ("Mayor Ann Lee", "called", "the meeting a success"),
    ];
    let expected: Vec<(String, String, String)> = expected
        .iter()
        .map(|(s, c, q)| (s.to_string(), c.to_string(), q.to_string()))
        .collect();
    assert_eq!(got, expected);
}
