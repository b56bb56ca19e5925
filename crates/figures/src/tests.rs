//! Tests of the whole stage on sentences written for them.

use chorus_model::{Approximation, Article, Attribution, Span};

use super::*;

/// An article in `language` with the text stage run.
fn article(language: &str, text: &str) -> Article {
    let mut article = Article {
        text: text.to_string(),
        language: Some(language.to_string()),
        ..Article::default()
    };
    chorus_text::annotate(&mut article);
    article
}

/// Annotate and describe each figure as `text|value|low-high|approximation|
/// unit|counted`, approximation as `=` exact, `~` about, `≲` nearly, `>` at least, `<`
/// at most, `?` vague; `-` for no unit or counted.
fn check(language: &str, text: &str, expected: &[&str]) {
    let mut article = article(language, text);
    annotate(&mut article);
    let got: Vec<String> = article
        .figures
        .iter()
        .map(|f| {
            let approximation = match f.approximation {
                Approximation::Exact => "=",
                Approximation::About => "~",
                Approximation::Nearly => "≲",
                Approximation::AtLeast => ">",
                Approximation::AtMost => "<",
                Approximation::Vague => "?",
            };
            format!(
                "{}|{}|{}-{}|{approximation}|{}|{}",
                article.span_text(f.span),
                f.value,
                f.low,
                f.high,
                f.unit.as_deref().unwrap_or("-"),
                f.counted.map_or("-", |c| article.span_text(c)),
            )
        })
        .collect();
    assert_eq!(got, expected, "in {text:?}");
}

#[test]
fn numbers_with_commas_spaces_and_periods() {
    check(
        "en",
        "They counted 1,000 people, then 4\u{a0}000 people, then 2.5 percent, then \
         12,500,000 voters.",
        &[
            "1,000 people|1000|1000-1000|=|-|people",
            "4\u{a0}000 people|4000|4000-4000|=|-|people",
            "2.5 percent|2.5|2.5-2.5|=|%|-",
            "12,500,000 voters|12500000|12500000-12500000|=|-|voters",
        ],
    );
    check(
        "fr",
        "Le bilan est de 4 000 morts et 2,5 % des voix.",
        &["4 000 morts|4000|4000-4000|=|-|morts", "2,5 %|2.5|2.5-2.5|=|%|-"],
    );
    check(
        "de",
        "Es kamen 2.300 Menschen und 1,5 Millionen Euro.",
        &[
            "2.300 Menschen|2300|2300-2300|=|-|Menschen",
            "1,5 Millionen Euro|1500000|1500000-1500000|=|EUR|-",
        ],
    );
}

#[test]
fn numbers_in_words() {
    check(
        "en",
        "Twenty-five people and a hundred soldiers saw two dozen trucks; three were \
         hurt. One soldier died; one of them fled.",
        &[
            "Twenty-five people|25|25-25|=|-|people",
            "a hundred soldiers|100|100-100|=|-|soldiers",
            "two dozen trucks|24|24-24|=|-|trucks",
            "three|3|3-3|=|-|-",
            "One soldier|1|1-1|=|-|soldier",
        ],
    );
    check(
        "fr",
        "Une centaine de combattants et trois cents civils.",
        &[
            "Une centaine de combattants|100|100-100|~|-|combattants",
            "trois cents civils|300|300-300|=|-|civils",
        ],
    );
}

#[test]
fn approximations() {
    check(
        "en",
        "Nearly 1,000 Syrians, about 300 people, at least 300 proxies, more than 40 \
         civilians, up to 20 children, an estimated 4,000 mercenaries, 300 or so \
         fighters, nearly a hundred people.",
        &[
            "Nearly 1,000 Syrians|1000|1000-1000|≲|-|Syrians",
            "about 300 people|300|300-300|~|-|people",
            "at least 300 proxies|300|300-300|>|-|proxies",
            "more than 40 civilians|40|40-40|>|-|civilians",
            "up to 20 children|20|20-20|<|-|children",
            "an estimated 4,000 mercenaries|4000|4000-4000|~|-|mercenaries",
            "300 or so fighters|300|300-300|~|-|fighters",
            "nearly a hundred people|100|100-100|≲|-|people",
        ],
    );
    check(
        "en",
        "Hundreds of Syrian mercenaries, dozens of trips, thousands of refugees, tens \
         of thousands of people and several hundred soldiers.",
        &[
            "Hundreds of Syrian mercenaries|550|200-900|?|-|Syrian mercenaries",
            "dozens of trips|60|24-96|?|-|trips",
            "thousands of refugees|5500|2000-9000|?|-|refugees",
            "tens of thousands of people|55000|20000-90000|?|-|people",
            "several hundred soldiers|600|300-900|?|-|soldiers",
        ],
    );
    check(
        "fr",
        "Près d'un millier de Syriens et au moins 300 combattants.",
        &[
            "Près d'un millier de Syriens|1000|1000-1000|≲|-|Syriens",
            "au moins 300 combattants|300|300-300|>|-|combattants",
        ],
    );
}

#[test]
fn ranges() {
    check(
        "en",
        "They were paid $1,500 to $2,000. Between 17 and 30 people, 17-30 people, from \
         10 to 20 percent, two or three soldiers, 1.5 to 2 million dollars.",
        &[
            "$1,500 to $2,000|1750|1500-2000|=|USD|-",
            "Between 17 and 30 people|23.5|17-30|=|-|people",
            "17-30 people|23.5|17-30|=|-|people",
            "from 10 to 20 percent|15|10-20|=|%|-",
            "two or three soldiers|2.5|2-3|=|-|soldiers",
            "1.5 to 2 million dollars|1750000|1500000-2000000|=|USD|-",
        ],
    );
    check(
        "en",
        "The fighting claimed the lives of 98 people, including 81 Armenian separatist \
         fighters and 17 civilians. Turnout rose from 5% to 7%.",
        &[
            "98 people|98|98-98|=|-|people",
            "81 Armenian separatist fighters|81|81-81|=|-|Armenian separatist fighters",
            "17 civilians|17|17-17|=|-|civilians",
            "5%|5|5-5|=|%|-",
            "7%|7|7-7|=|%|-",
        ],
    );
}

#[test]
fn money() {
    check(
        "en",
        "He got $1,500, then $2000, then €3 million, 1,500 dollars, US$2m, £5bn and 500 \
         EUR; 300 pounds of cocaine, 5 million pounds.",
        &[
            "$1,500|1500|1500-1500|=|USD|-",
            "$2000|2000|2000-2000|=|USD|-",
            "€3 million|3000000|3000000-3000000|=|EUR|-",
            "1,500 dollars|1500|1500-1500|=|USD|-",
            "US$2m|2000000|2000000-2000000|=|USD|-",
            "£5bn|5000000000|5000000000-5000000000|=|GBP|-",
            "500 EUR|500|500-500|=|EUR|-",
            "300 pounds|300|300-300|=|lb|-",
            "5 million pounds|5000000|5000000-5000000|=|GBP|-",
        ],
    );
    check(
        "fr",
        "Il a reçu 3 millions d'euros.",
        &["3 millions d'euros|3000000|3000000-3000000|=|EUR|-"],
    );
}

#[test]
fn numbers_that_are_no_figures() {
    check(
        "en",
        "On September 30, 2020, and on Sept. 27 and 26 September 2019, in 1994, at 10:30 \
         and 9 pm, a man aged 17 and a 17-year-old, on the 30th, in the 1990s, by \
         Resolution 42/9 and No. 5, call 555-123-4567, two days ago, the Boeing 737 \
         crashed at 10 Downing Street, and John Smith, 45, said the score was 3-1 and \
         Syrians between the ages of 17 and 30 went. A week after the attack, a 1994 \
         ceasefire held.",
        &[],
    );
    check("en", "1. The first point.", &[]);
    check(
        "en",
        "Shot in the 500 block of Main Street, at 800 W. Saratoga Street; call (904) \
         359-4549. Two were eighteen, one nineteen.",
        &["Two|2|2-2|=|-|-", "eighteen|18|18-18|=|-|-", "nineteen|19|19-19|=|-|-"],
    );
    // Addresses: a house number before a street's name.
    check(
        "en",
        "The fire at 412 NE 21st Street spread to 18 Birch Court, 7 Mill Lane and 2250 Ocean Blvd. \
         before 60 firefighters put it out.",
        &["60 firefighters|60|60-60|=|-|firefighters"],
    );
    // So is a house number with no street word, or a postal code, after
    // which a name comes; a count of named people or a nation stays.
    check(
        "en",
        "Police went to 3345 Broadway, to 312 E. Base Line and to 303 West Hill Road in Dallas, TX 75231 \
         Station, where 3000 Democrats and 300 North Korean troops waited.",
        &[
            "3000 Democrats|3000|3000-3000|=|-|Democrats",
            "300 North Korean troops|300|300-300|=|-|North Korean troops",
        ],
    );
    // "North" and "South" before a name that ends the phrase make an
    // address; before a place or a nation's people they do not.
    check(
        "en",
        "Officers found him outside 415 North Maple, then 27 South Elm on Friday; 40 South Dakota \
         farmers and 12 North Vietnamese veterans watched.",
        &[
            "40 South Dakota farmers|40|40-40|=|-|South Dakota farmers",
            "12 North Vietnamese veterans|12|12-12|=|-|North Vietnamese veterans",
        ],
    );
    // A street word inside another name is no address.
    check(
        "en",
        "About 40 Highway Patrol troopers and 12 Circuit Court deputies searched the woods.",
        &[
            "About 40 Highway Patrol troopers|40|40-40|~|-|Highway Patrol troopers",
            "12 Circuit Court deputies|12|12-12|=|-|Circuit Court deputies",
        ],
    );
    check(
        "en",
        "On September 27, 98 people were killed in four days.",
        &["98 people|98|98-98|=|-|people", "four days|4|4-4|=|days|-"],
    );
    // A caliber is no count.
    check(
        "en",
        "He carried a .44 revolver and 30 bullets.",
        &["30 bullets|30|30-30|=|-|bullets"],
    );
    check(
        "en",
        "At least 2000 people marched in 2019.",
        &["At least 2000 people|2000|2000-2000|>|-|people"],
    );
}

#[test]
fn counted_phrases_skip_modifiers_and_trailing_verbs() {
    check(
        "en",
        "Four Syrians died, 300 more troops arrived, 300 wounded, 17% of voters, four \
         people early Wednesday, a four year-old girl, text 44848.",
        &[
            "Four Syrians|4|4-4|=|-|Syrians",
            "300 more troops|300|300-300|=|-|troops",
            "300|300|300-300|=|-|-",
            "17% of voters|17|17-17|=|%|voters",
            "four people|4|4-4|=|-|people",
        ],
    );
}

#[test]
fn attribution_by_content_or_sentence() {
    let text = "Macron said 300 Syrian combatants had passed. Armenia says 4,000 fighters came.";
    let mut a = article("en", text);
    let at = |s: &str| {
        let start = text.find(s).expect("in text");
        Span::new(start, start + s.len())
    };
    a.attributions = vec![
        Attribution {
            source: Some(at("Macron")),
            speaker: Some(0),
            role: None,
            co_speakers: Vec::new(),
            cue: Some(at("said")),
            content: at("300 Syrian combatants had passed"),
            direct: false,
        },
        Attribution {
            source: Some(at("Armenia")),
            speaker: None,
            role: None,
            co_speakers: Vec::new(),
            cue: Some(at("says")),
            content: at("says"),
            direct: false,
        },
    ];
    annotate(&mut a);
    let attributions: Vec<Option<usize>> = a.figures.iter().map(|f| f.attribution).collect();
    assert_eq!(attributions, [Some(0), Some(1)]);

    // Nested: the speaker who made the figure public gives it.
    let text = "Macron claimed that intelligence reports had affirmed that 300 fighters had passed.";
    let mut nested = article("en", text);
    let at = |s: &str| {
        let start = text.find(s).expect("in text");
        Span::new(start, start + s.len())
    };
    nested.attributions = vec![
        Attribution {
            source: Some(at("intelligence reports")),
            speaker: None,
            role: None,
            co_speakers: Vec::new(),
            cue: Some(at("had affirmed")),
            content: at("300 fighters had passed"),
            direct: false,
        },
        Attribution {
            source: Some(at("Macron")),
            speaker: Some(0),
            role: None,
            co_speakers: Vec::new(),
            cue: Some(at("claimed")),
            content: at("intelligence reports had affirmed that 300 fighters had passed"),
            direct: false,
        },
    ];
    annotate(&mut nested);
    assert_eq!(nested.figures[0].attribution, Some(1));
    // Neither speaker known: the outer source made the figure public.
    nested.attributions[1].speaker = None;
    annotate(&mut nested);
    assert_eq!(nested.figures[0].attribution, Some(1));
}

/// Three articles that count the same fighters, by hand.
fn story() -> Vec<Article> {
    let texts = [
        "A fighter said nearly 1,000 Syrians are set to be sent to Azerbaijan. Four \
         people were killed.",
        "Macron said 300 Syrian combatants went to Azerbaijan. The Observatory said at \
         least 300 proxies from northern Syria were sent. Two people were killed.",
        "Armenia says 4,000 mercenaries are fighting, and about a thousand Syrian \
         fighters were moved to Azerbaijan. A 30,000 dollar fee was paid.",
        "Turkey moved 1,000 Syrian militants to Azerbaijan.",
    ];
    let mut articles: Vec<Article> = texts.iter().map(|t| article("en", t)).collect();
    // Macron's attribution in the second article.
    let text = articles[1].text.clone();
    let start = text.find("300 Syrian").expect("in text");
    let end = text.find(" went").expect("in text");
    let macron = text.find("Macron").expect("in text");
    articles[1].attributions.push(Attribution {
        source: Some(Span::new(macron, macron + 6)),
        speaker: Some(0),
        role: None,
        co_speakers: Vec::new(),
        cue: Some(Span::new(macron + 7, macron + 11)),
        content: Span::new(start, end),
        direct: false,
    });
    for article in &mut articles {
        annotate(article);
    }
    articles
}

#[test]
fn story_figures_are_grouped_across_nouns() {
    let articles = story();
    let name = |article: usize, entity: usize| (article == 1 && entity == 0).then(|| "Emmanuel Macron".to_string());
    let groups = group_story(&articles, &[0, 1, 2, 3], &name);
    assert_eq!(groups.len(), 2, "{groups:#?}");
    // Two outlets give different tolls: a second, smaller dispute.
    assert_eq!(groups[1].about, "people killed");
    assert!(groups[1].disputed);
    let fighters = &groups[0];
    assert!(fighters.disputed);
    assert_eq!(fighters.about, "Syrian fighters sent to Azerbaijan");
    let values: Vec<(&str, usize, Option<&str>)> = fighters
        .values
        .iter()
        .map(|v| (v.text.as_str(), v.occurrences.len(), v.attributed_to.as_deref()))
        .collect();
    assert_eq!(
        values,
        [
            ("300 Syrian combatants", 1, Some("Emmanuel Macron")),
            ("at least 300 proxies", 1, None),
            ("nearly 1,000 Syrians", 1, None),
            ("about a thousand Syrian fighters", 1, None),
            ("1,000 Syrian militants", 1, None),
            ("4,000 mercenaries", 1, None),
        ]
    );
    // Only the members asked for.
    assert!(group_story(&articles, &[3], &name).is_empty());
}

#[test]
fn agreeing_values_are_not_disputed() {
    let articles: Vec<Article> = [
        "Officials said 98 people were killed.",
        "Nearly a hundred people were killed.",
    ]
    .iter()
    .map(|t| {
        let mut a = article("en", t);
        annotate(&mut a);
        a
    })
    .collect();
    let groups = group_story(&articles, &[0, 1], &|_, _| None);
    assert_eq!(groups.len(), 1);
    assert!(!groups[0].disputed);
    assert_eq!(groups[0].about, "people killed");
    // Each wording is listed with its own text.
    assert_eq!(groups[0].values.len(), 2);
    assert_eq!(groups[0].values[0].occurrences, [(0, 0)]);
    assert_eq!(groups[0].values[1].text, "Nearly a hundred people");
}

/// The story figures of some texts, one article each, as `about: value
/// (articles)…, disputed`.
fn story_of(texts: &[&str]) -> Vec<String> {
    story_published(None, texts)
}

/// [`story_of`] for articles all published at `published`, if known.
fn story_published(published: Option<chrono::NaiveDateTime>, texts: &[&str]) -> Vec<String> {
    let articles: Vec<Article> = texts
        .iter()
        .map(|t| {
            let mut a = article("en", t);
            a.published = published;
            annotate(&mut a);
            a
        })
        .collect();
    let members: Vec<usize> = (0..articles.len()).collect();
    group_story(&articles, &members, &|_, _| None)
        .iter()
        .map(|g| {
            let values: Vec<String> = g
                .values
                .iter()
                .map(|v| format!("{} ({})", v.value, v.occurrences.len()))
                .collect();
            format!(
                "{}: {}{}",
                g.about,
                values.join(", "),
                if g.disputed { ", disputed" } else { "" }
            )
        })
        .collect()
}

#[test]
fn two_numbers_of_one_noun_in_a_sentence_count_two_things() {
    // The council vote: 31 members for, 4 members against, in one
    // sentence; another outlet gives only the 4.
    let groups = story_of(&[
        "The motion passed with 31 members in favour while 4 members voted against it.",
        "Only 4 members of the council opposed the motion on Tuesday.",
    ]);
    assert_eq!(groups, ["members: 4 (2)"]);
    let groups = story_of(&[
        "The ferry company cancelled 120 crossings and delayed 45 crossings on Sunday.",
        "About 120 crossings were cancelled because of the gale.",
    ]);
    // "120" and "about 120", each with its text.
    assert_eq!(groups, ["crossings: 120 (1), 120 (1)"]);
    // Two values of one sentence that as many articles give: kept
    // together, but no dispute between them.
    let groups = story_of(&[
        "The ferry company cancelled 120 crossings and delayed 45 crossings on Sunday.",
        "On Sunday 120 crossings were cancelled and 45 crossings were delayed by the gale.",
    ]);
    assert_eq!(groups, ["crossings: 45 (2), 120 (2)"]);
    // In two sentences the same two values are a dispute.
    let groups = story_of(&[
        "The ferry company cancelled 120 crossings.",
        "It cancelled 45 crossings.",
    ]);
    assert_eq!(groups, ["crossings: 45 (1), 120 (1), disputed"]);
}

#[test]
fn a_count_corrected_in_one_sentence_is_disputed() {
    // The earlier and the later value of one count, in one sentence.
    let groups = story_of(&[
        "Police initially said three people were wounded in the brawl, then revised it to four people.",
        "Four people were wounded in the brawl outside the arena.",
    ]);
    assert_eq!(groups, ["people injured: 3 (1), 4 (2), disputed"]);
    // Two counts of one sentence with no correction stay two things.
    let groups = story_of(&[
        "Police questioned three people at the arena and four people at the station.",
        "Four people were questioned at the station after the brawl.",
    ]);
    assert_eq!(groups, ["people: 4 (2)"]);
}

#[test]
fn last_years_figures_are_apart() {
    let groups = story_of(&[
        "The club has sold 591,783 tickets this season.",
        "So far the club sold 591,783 tickets. It had sold 609,779 tickets by the end of last year.",
    ]);
    assert_eq!(groups, ["tickets: 591783 (2)"]);
}

#[test]
fn the_words_of_an_approximation_bound_its_value() {
    let dispute = |a: &str, b: &str| {
        let groups = story_of(&[a, b]);
        assert_eq!(groups.len(), 1, "{a} / {b}: {groups:?}");
        groups[0].ends_with("disputed")
    };
    // "nearly" is just under the value: over it is another value.
    assert!(dispute(
        "The highway plan will cost nearly $1 trillion over ten years, the governor said.",
        "The highway plan will cost $1.2 trillion over ten years, the governor said."
    ));
    assert!(dispute(
        "Nearly 1,000 volunteers were on the beach.",
        "Officials counted 1,040 volunteers on the beach."
    ));
    assert!(!dispute(
        "Nearly 1,000 volunteers were on the beach.",
        "Officials counted 930 volunteers on the beach."
    ));
    // "about" reaches a tenth either side, and its rounding.
    assert!(!dispute(
        "About 1,000 volunteers cleaned the beach.",
        "1,120 volunteers cleaned the beach."
    ));
    assert!(dispute(
        "About 1,000 volunteers cleaned the beach.",
        "1,300 volunteers cleaned the beach."
    ));
    // A lower bound allows anything over it, an upper bound anything under.
    assert!(!dispute(
        "More than 40 volunteers cleaned the beach.",
        "55 volunteers cleaned the beach."
    ));
    assert!(dispute(
        "At least 40 volunteers cleaned the beach.",
        "35 volunteers cleaned the beach."
    ));
    assert!(!dispute(
        "Up to 20 volunteers cleaned the beach.",
        "15 volunteers cleaned the beach."
    ));
    assert!(dispute(
        "Up to 20 volunteers cleaned the beach.",
        "26 volunteers cleaned the beach."
    ));
    // A plain number stands for its rounding: "1,000" may be 1,040, but
    // not "1,140".
    assert!(!dispute(
        "1,000 volunteers cleaned the beach.",
        "1,040 volunteers cleaned the beach."
    ));
    assert!(dispute(
        "1,000 volunteers cleaned the beach.",
        "1,140 volunteers cleaned the beach."
    ));
}

#[test]
fn a_killing_word_another_number_holds_is_not_the_figures() {
    // The six were brought in alive (victims taken somewhere); the five
    // others died.
    let groups = story_of(&[
        "Six shooting victims were brought to the trauma center after the attack in which five others died.",
        "Five people died in the attack at the depot, and six people were wounded.",
    ]);
    assert_eq!(groups, ["people injured: 6 (2)", "people killed: 5 (2)"]);
    // The one who died is not the three taken to hospital.
    let groups = story_of(&[
        "Police said 3 people were taken to the hospital, where 1 died on Sunday.",
        "Three people were taken to the hospital after the crash.",
    ]);
    assert_eq!(groups, ["people: 3 (2)"]);
    // A killing word before a count "and" joins to the figure is the
    // count's: the five were wounded.
    let groups = story_of(&[
        "Two people were slain and five others were wounded in the attack on the depot.",
        "Five people were wounded in the attack on the depot.",
    ]);
    assert_eq!(groups, ["people injured: 5 (2)"]);
    // Joined by "and", both numbers were killed.
    let groups = story_of(&[
        "Five children and three adults were killed in the fire.",
        "The fire killed five children.",
    ]);
    assert_eq!(groups, ["children killed: 5 (2)"]);
}

#[test]
fn a_part_of_a_group_is_no_count_of_the_group() {
    let groups = story_of(&[
        "Seven people were injured in the crash on the bypass.",
        "Two of the injured were flown to hospital, and seven people were hurt in all.",
        "Three of those injured remain in hospital after the crash.",
    ]);
    assert_eq!(groups, ["people injured: 7 (2)"]);
    // The rest of a group is no count of it either.
    let groups = story_of(&[
        "Four boys were playing in the park when the shots rang out.",
        "Police said four boys were playing there. The other two boys ran home.",
    ]);
    assert_eq!(groups, ["children: 4 (2)"]);
    // A count of the rest (other, more, additional, another) may be a
    // part: it disputes no other value.
    let groups = story_of(&[
        "Police said two other people were killed when the balcony gave way.",
        "Another four people were killed when the balcony gave way.",
        "Police said five people were killed when the balcony gave way.",
    ]);
    assert_eq!(groups, ["people killed: 2 (1), 4 (1), 5 (1)"]);
    let groups = story_of(&[
        "Police said five people were killed when the balcony gave way.",
        "Police said three people were killed when the balcony gave way.",
        "Police said two more people were killed when the balcony gave way.",
    ]);
    assert_eq!(groups, ["people killed: 2 (1), 3 (1), 5 (1), disputed"]);
    // Two more wounded, with no count of another event beside them, are
    // a part of the wounded.
    let groups = story_of(&[
        "Two more men were wounded in the attack.",
        "Nine people were wounded in the attack.",
    ]);
    assert_eq!(groups, ["people injured: 2 (1), 9 (1)"]);
    // The rest after a count of another event is the whole count of its
    // own: the six wounded dispute the five.
    let groups = story_of(&[
        "The blast left two workers dead and six others wounded, the company said.",
        "Five people were wounded in the blast at the plant.",
    ]);
    assert_eq!(groups, ["people injured: 5 (1), 6 (1), disputed"]);
    // A man or a person counted beside another count is one of the
    // people counted.
    let groups = story_of(&[
        "Five people were hurt when the balcony gave way.",
        "Four women and one man were hurt when the balcony gave way.",
        "Two men and a woman were hurt when the balcony gave way; five people were hurt in all.",
        "He was armed with a shotgun and one person was hurt when the balcony gave way.",
    ]);
    assert_eq!(groups, ["people injured: 1 (1), 5 (2), disputed"]);
    // "All" makes it the whole group.
    let groups = story_of(&[
        "Seven people were injured in the crash on the bypass.",
        "All six of the injured were flown to hospital.",
    ]);
    assert_eq!(groups, ["people injured: 6 (1), 7 (1), disputed"]);
}

#[test]
fn odd_input_never_panics() {
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let pieces = [
        "1,000",
        "4",
        "000",
        "$",
        "€",
        "US",
        "to",
        "-",
        "between",
        "and",
        "of",
        "hundreds",
        "a",
        "hundred",
        "nearly",
        "at",
        "least",
        "%",
        "percent",
        "per",
        "cent",
        "é",
        "日本",
        " ",
        "\n\n",
        "d'",
        "un",
        "millier",
        "0",
        "99999999999999999999999",
        "1.5",
        "million",
        "or",
        "so",
        "+",
        "(",
        ")",
        "Syrians",
        "fighters",
        "from",
        "northern",
        "Syria",
        "ages",
        "’",
        "1994",
        "September",
        "twenty-",
        "-five",
        ",",
        ".",
        "3bn",
        "k",
        "one",
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
        let mut articles = Vec::new();
        for language in ["en", "fr", "de", "es", "xx"] {
            let mut a = article(language, &text);
            annotate(&mut a);
            let mut previous = 0;
            for f in &a.figures {
                for span in [Some(f.span), f.counted].into_iter().flatten() {
                    assert!(span.start <= span.end && (span.end as usize) <= text.len());
                    assert!(text.is_char_boundary(span.start as usize));
                    assert!(text.is_char_boundary(span.end as usize));
                }
                assert!(f.span.start >= previous, "sorted");
                assert!(f.low <= f.value && f.value <= f.high, "{f:?} in {text:?}");
                previous = f.span.end;
            }
            articles.push(a);
        }
        let members: Vec<usize> = (0..articles.len()).collect();
        let _ = group_story(&articles, &members, &|_, _| None);
    }
}

#[test]
fn people_shot_are_their_own_count() {
    // Shot, wounded or killed unknown which, is its own event: no dispute
    // with the killed.
    let groups = story_of(&[
        "Five people were shot outside the bowling alley on Saturday night.",
        "A brawl that left 5 people shot outside the bowling alley shocked the town.",
        "Two people were shot and killed outside the bowling alley.",
        "Police said two men were fatally shot outside the bowling alley.",
    ]);
    assert_eq!(groups, ["people shot: 5 (2)", "people killed: 2 (2)"]);
    // The words that say which make it killed or injured.
    let groups = story_of(&[
        "Gunmen shot dead four people at the market.",
        "Four people were shot to death at the market.",
        "A gunman shot four people to death at the market.",
    ]);
    assert_eq!(groups, ["people killed: 4 (3)"]);
    let groups = story_of(&[
        "Four people were shot and wounded at the market.",
        "Three people were shot and critically injured at the market.",
    ]);
    assert_eq!(groups, ["people injured: 3 (1), 4 (1), disputed"]);
    // A count shot and a count killed in one sentence.
    let groups = story_of(&[
        "Six people were shot and two were killed near the stadium.",
        "Six people were shot near the stadium, police said.",
        "Police said two people were killed near the stadium.",
    ]);
    assert_eq!(groups, ["people shot: 6 (2)", "people killed: 2 (2)"]);
    // Victims are what the words near them say.
    let groups = story_of(&[
        "Police said three victims were shot at the party.",
        "Three people were shot at the party on Friday.",
    ]);
    assert_eq!(groups, ["people shot: 3 (2)"]);
    // A rise is no shooting: the points stay one count.
    let groups = story_of(&[
        "The index shot up nearly 600 points on Tuesday.",
        "The index gained 640 points on Tuesday.",
    ]);
    assert_eq!(groups, ["points: 600 (1), 640 (1), disputed"]);
}

#[test]
fn people_with_no_event_do_not_dispute() {
    // A crowd, arrests and people at a scene are not one count.
    let groups = story_of(&[
        "About 200 people gathered for a vigil on Sunday evening.",
        "Police arrested two people after a man was shot near the park.",
        "About 200 people attended the vigil at the park.",
        "Three people were standing near the car when police arrived.",
        "Police said five people were shot near the park.",
    ]);
    assert_eq!(groups, ["people: 200 (2)"]);
    // Nor do children of a family and children hurt.
    let groups = story_of(&[
        "He was a father of four boys and coached football.",
        "Two boys were hurt in the shooting on Elm Street.",
        "She said her three children were asleep upstairs.",
    ]);
    assert!(groups.is_empty(), "{groups:?}");
}

#[test]
fn an_event_word_in_the_figures_own_clause_wins() {
    let groups = story_of(&[
        "One man is dead and three others are injured after a shooting on Main Street.",
        "Three people were injured in a shooting on Main Street.",
    ]);
    assert_eq!(groups, ["people injured: 3 (2)"]);
    // Closer before, in the same clause, still wins.
    let groups = story_of(&[
        "The gunman killed three people in the store, and the clerk was unhurt.",
        "Three people were killed in the store, police said.",
    ]);
    assert_eq!(groups, ["people killed: 3 (2)"]);
}

#[test]
fn an_event_word_with_another_subject_is_not_the_figures() {
    // The man was shot, not the two arrested; the man injured is not the
    // three women, who were injured too.
    let groups = story_of(&[
        "Police arrested two people after a man was shot near the park.",
        "Two people were shot near the park on Monday.",
    ]);
    assert!(groups.is_empty(), "{groups:?}");
    let groups = story_of(&[
        "A woman was killed, and three women and a man injured near the park.",
        "Three women were injured near the park on Monday.",
    ]);
    assert_eq!(groups, ["women injured: 3 (2)"]);
    // Those who shot someone are not the people shot.
    let groups = story_of(&[
        "Three men walked into the bar and shot five people.",
        "Police said two gunmen shot him outside the bar.",
        "Two men walked up and shot at a man outside the bar.",
        "Police said five people were shot inside the bar.",
    ]);
    assert_eq!(groups, ["people shot: 5 (2)"]);
    // "dead" takes no object: the number after it is not whom it is about.
    let groups = story_of(&[
        "Shooting leaves 9 hurt, 1 dead 1:29 video",
        "One man was killed in the shooting on Elm Street.",
    ]);
    assert_eq!(groups, ["people killed: 1 (2)"]);
    // An age between commas is no count of people shot.
    let groups = story_of(&[
        "A man, 22, was shot near the park on Monday.",
        "Police said 22 people were shot across the city on Monday.",
    ]);
    assert!(groups.is_empty(), "{groups:?}");
}

/// [`story_of`] for articles all published on `date` (`YYYY-MM-DD`).
fn story_on(date: &str, texts: &[&str]) -> Vec<String> {
    let published = chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d")
        .expect("a date")
        .and_hms_opt(12, 0, 0);
    story_published(published, texts)
}

#[test]
fn last_years_and_year_to_date_counts_dispute_nothing() {
    let incident = [
        "Police said three people were shot outside the bar on Saturday.",
        "Three people were shot outside the bar, police said.",
    ];
    let with = |other: &str| {
        let mut texts = incident.to_vec();
        texts.push(other);
        story_on("2019-06-10", &texts)
    };
    // The year before the article's, named alone, is the past.
    assert_eq!(
        with("In 2018, 14 people were shot in the district."),
        ["people shot: 3 (2)"]
    );
    assert_eq!(
        with("The district saw 14 people shot in 2018, the mayor said."),
        ["people shot: 3 (2)"]
    );
    assert_eq!(
        with("Unlike last year's attack on the square, which left 14 people shot, this one was brief."),
        ["people shot: 3 (2)"]
    );
    assert_eq!(
        with("Unlike last year\u{2019}s attack on the square, which left 14 people shot, this one was brief."),
        ["people shot: 3 (2)"]
    );
    // A total of the year so far is no count of the incident.
    assert_eq!(
        with("There have been 52 people shot in the city so far this year."),
        ["people shot: 3 (2)"]
    );
    assert_eq!(
        with("So far in 2019, at least 40 people have been shot in the city."),
        ["people shot: 3 (2)"]
    );
    assert_eq!(
        with("Since January, 40 people have been shot across the county."),
        ["people shot: 3 (2)"]
    );
    assert_eq!(
        with("Already this year, the district has seen 29 people shot."),
        ["people shot: 3 (2)"]
    );
    // A day of the year before, in a date, may be the incident's.
    assert_eq!(
        story_on(
            "2019-01-02",
            &[
                "On Dec. 31, 2018, four people were shot outside the bar.",
                "Police said three people were shot outside the bar on New Year's Eve.",
            ]
        ),
        ["people shot: 3 (1), 4 (1), disputed"]
    );
    // Counts of two past periods do not dispute each other.
    assert_eq!(
        story_on(
            "2019-06-10",
            &[
                "Last year, there were 301 homicides in the county.",
                "The county has had 24 homicides this year, the sheriff said.",
            ]
        ),
        Vec::<String>::new()
    );
    // A block's number is no year.
    assert_eq!(
        with("All four victims were shot outside a store in the 1800 block of Elm Street."),
        ["people shot: 3 (2), 4 (1), disputed"]
    );
    // Another count of the incident still disputes.
    assert_eq!(
        with("Four people were shot outside the bar."),
        ["people shot: 3 (2), 4 (1), disputed"]
    );
    // A past word in a relative clause the figure is outside of dates that
    // clause, not the count.
    assert_eq!(
        with("The gunman, who bought the rifle last year, shot four people outside the bar."),
        ["people shot: 3 (2), 4 (1), disputed"]
    );
    assert_eq!(
        with("Four people were shot outside the bar, which opened in 2017, on Saturday."),
        ["people shot: 3 (2), 4 (1), disputed"]
    );
    assert_eq!(
        with("Four people were shot on a corner that has seen 12 robberies since January."),
        ["people shot: 3 (2), 4 (1), disputed"]
    );
    // In the figure's own clause it still dates the count.
    assert_eq!(
        with("Police said that last year 14 people were shot on the same corner."),
        ["people shot: 3 (2)"]
    );
    // A total as of a day of the year is the year so far.
    assert_eq!(
        with("As of March 3, 18 people had been shot in the county."),
        ["people shot: 3 (2)"]
    );
}

#[test]
fn tolls_of_different_neighbourhoods_dispute_nothing() {
    // Two shootings on one day, each told with the neighbourhood it was in.
    let groups = story_of(&[
        "Five people were killed in a shooting Saturday in the Maplewood neighborhood, police said.",
        "Police said five people were killed in Maplewood on Saturday.",
        "Three people were killed Saturday in the Brookside neighborhood in another shooting.",
    ]);
    assert_eq!(groups, ["people killed: 5 (2)"]);
    // Another count in the same neighbourhood, or with none named, disputes.
    let groups = story_of(&[
        "Five people were killed in a shooting Saturday in the Maplewood neighborhood, police said.",
        "Four people were killed in Maplewood on Saturday.",
    ]);
    assert_eq!(groups, ["people killed: 4 (1), 5 (1), disputed"]);
    let groups = story_of(&[
        "Five people were killed in a shooting Saturday in the Maplewood neighborhood, police said.",
        "Four people were killed in the shooting on Saturday, the mayor said.",
    ]);
    assert_eq!(groups, ["people killed: 4 (1), 5 (1), disputed"]);
    // A city holds its neighbourhoods: it is no other place.
    let groups = story_of(&[
        "Five people were killed in a shooting Saturday in the Maplewood neighborhood, police said.",
        "Four people were killed in Springfield on Saturday.",
    ]);
    assert_eq!(groups, ["people killed: 4 (1), 5 (1), disputed"]);
}

#[test]
fn victims_no_word_tells_of_are_a_tally() {
    let incident = [
        "Two people were killed in the shooting outside the club, police said.",
        "Police said two people were killed outside the club.",
    ];
    let with = |other: &str| {
        let mut texts = incident.to_vec();
        texts.push(other);
        story_of(&texts)
    };
    // A count of victims with no word of what befell them disputes no toll.
    assert_eq!(
        with("\"We have 14 victims this weekend,\" the chief said."),
        ["people killed: 2 (2)"]
    );
    assert_eq!(
        with("The weekend brought a total of 14 victims."),
        ["people killed: 2 (2)"]
    );
    // Victims who were killed still dispute.
    assert_eq!(
        with("Three victims were killed outside the club."),
        ["people killed: 2 (2), 3 (1), disputed"]
    );
}

#[test]
fn tolls_of_several_incidents_dispute_nothing() {
    let incident = [
        "Police said two people were killed in the shooting outside the bar on Saturday.",
        "Two people were killed outside the bar, police said.",
    ];
    let with = |other: &str| {
        let mut texts = incident.to_vec();
        texts.push(other);
        story_of(&texts)
    };
    // A city's toll of a weekend's shootings is no count of one of them.
    assert_eq!(
        with("Five people were killed in shootings across the city over the weekend."),
        ["people killed: 2 (2)"]
    );
    assert_eq!(
        with("Six people were killed in three separate shootings on the East Side."),
        ["people killed: 2 (2)"]
    );
    assert_eq!(
        with("A series of weekend shootings left seven people dead."),
        ["people killed: 2 (2)"]
    );
    // One shooting with another toll still disputes.
    assert_eq!(
        with("Three people were killed in the shooting outside the bar."),
        ["people killed: 2 (2), 3 (1), disputed"]
    );
    // Shots fired across a street are one shooting's; a toll across a
    // city is of several.
    assert_eq!(
        with("Three people were killed when a gunman fired across Garfield Avenue at the bar."),
        ["people killed: 2 (2), 3 (1), disputed"]
    );
    assert_eq!(
        with("Five people were killed in other attacks across Detroit."),
        ["people killed: 2 (2)"]
    );
}

#[test]
fn each_wording_of_a_value_is_listed_with_its_text() {
    let articles: Vec<Article> = [
        "Nearly 1,000 volunteers were on the beach, the mayor said.",
        "About 1,040 volunteers were on the beach.",
        "Officials counted 1,000 volunteers on the beach.",
        "Some 1,040 volunteers were on the beach on Sunday.",
    ]
    .iter()
    .map(|t| {
        let mut a = article("en", t);
        annotate(&mut a);
        a
    })
    .collect();
    let groups = group_story(&articles, &[0, 1, 2, 3], &|_, _| None);
    assert_eq!(groups.len(), 1, "{groups:#?}");
    let values: Vec<(&str, &[(usize, usize)])> = groups[0]
        .values
        .iter()
        .map(|v| (v.text.as_str(), v.occurrences.as_slice()))
        .collect();
    assert_eq!(
        values,
        [
            ("Nearly 1,000 volunteers", &[(0, 0)][..]),
            ("1,000 volunteers", &[(2, 0)][..]),
            ("About 1,040 volunteers", &[(1, 0), (3, 0)][..]),
        ]
    );
    assert!(!groups[0].disputed);
    // Two wordings of one value in one article are no group to show.
    assert!(story_of(&["About 200 volunteers came. Officials said 200 volunteers were there."]).is_empty());
    // Ten and eleven share no value.
    assert_eq!(
        story_of(&[
            "Ten people were injured at the party.",
            "11 people were injured at the party."
        ]),
        ["people injured: 10 (1), 11 (1), disputed"]
    );
}

#[test]
fn further_and_extra_count_the_rest() {
    // A count of the rest disputes no other value.
    assert_eq!(
        story_of(&[
            "Police said five people were wounded in the attack.",
            "Two further victims were wounded in the attack, police said.",
            "An extra 30 officers were sent to the scene.",
            "Police said 45 officers were sent to the scene.",
        ]),
        ["people injured: 2 (1), 5 (1)", "officers: 30 (1), 45 (1)"]
    );
    // After a count of another event, it is the whole count of its own.
    assert_eq!(
        story_of(&[
            "The attack left one man dead and two further victims wounded.",
            "Police said five people were wounded in the attack.",
        ]),
        ["people injured: 2 (1), 5 (1), disputed"]
    );
}
