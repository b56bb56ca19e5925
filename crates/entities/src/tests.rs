//! Tests of the whole stage: sentences written for these tests, the seed
//! story of `../shared/corpora/seeds`, and odd input that must not panic.

use chorus_model::{Article, EntityKind};

use crate::{annotate, merge_story, StoryEntity};

/// An article with the text stage and this stage run on `text`.
fn article(text: &str) -> Article {
    let mut article = Article {
        text: text.to_string(),
        language: Some("en".into()),
        ..Article::default()
    };
    chorus_text::annotate(&mut article);
    annotate(&mut article);
    article
}

/// The entities of `text`, one line each: kind, name, country if any, and
/// the mentions as written.
fn describe(text: &str) -> String {
    let article = article(text);
    let lines: Vec<String> = article
        .entities
        .iter()
        .map(|entity| {
            let kind = match entity.kind {
                EntityKind::Person => "person",
                EntityKind::Organization => "organization",
                EntityKind::Place => "place",
            };
            let country = entity.country.as_deref().map(|c| format!(" ({c})")).unwrap_or_default();
            let mentions: Vec<&str> = entity.mentions.iter().map(|&m| article.span_text(m)).collect();
            format!("{kind} {}{country}: {}", entity.name, mentions.join(" | "))
        })
        .collect();
    lines.join("\n")
}

/// Check the entities of `text` against `expected` (one line per entity,
/// as [`describe`] writes them; surrounding space is ignored).
fn check(text: &str, expected: &str) {
    let expected: Vec<&str> = expected.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    assert_eq!(describe(text), expected.join("\n"), "\ntext: {text}");
}

#[test]
fn titles_are_not_part_of_names() {
    check(
        "French President Emmanuel Macron met Prime Minister Nikol Pashinian. \
         Macron’s office said Mr. Macron would call President Putin.",
        "person Emmanuel Macron: Emmanuel Macron | Macron | Macron
         person Nikol Pashinian: Nikol Pashinian
         person Putin: Putin",
    );
}

#[test]
fn institutions_named_by_demonym_belong_to_their_country() {
    check(
        "On Wednesday, the Russian Foreign Ministry expressed concern, and its \
         Foreign Ministry issued a statement. The Azerbaijani Ministry of Defense \
         and the Turkish Air Force were named; Russia’s Security Council met.",
        "organization Russian Foreign Ministry (Russia): Russian Foreign Ministry | Foreign Ministry
         organization Azerbaijani Ministry of Defense (Azerbaijan): Azerbaijani Ministry of Defense
         organization Turkish Air Force (Turkey): Turkish Air Force
         place Russia: Russia
         organization Security Council (Russia): Security Council",
    );
}

#[test]
fn a_demonym_names_its_country_and_a_country_is_told_from_a_city() {
    assert_eq!(crate::country_of_adjective("Azerbaijani"), Some("Azerbaijan"));
    assert_eq!(crate::country_of_adjective("Azeri"), Some("Azerbaijan"));
    assert_eq!(crate::country_of_adjective("Russian"), Some("Russia"));
    assert_eq!(crate::country_of_adjective("Russia"), None);
    assert_eq!(crate::country_of_adjective("diplomacy"), None);
    assert!(crate::is_country("Azerbaijan"));
    assert!(crate::is_country("Czechia"));
    assert!(!crate::is_country("Baku"));
    assert!(!crate::is_country("Emmanuel Macron"));
}

#[test]
fn demonyms_and_country_names_in_their_forms() {
    check(
        "Türkiye and the U.S. sent envoys to Azerbaijan while Azeri and \
         Armenian troops fought. The Britain-based observatory and Turkey-backed \
         fighters were cited in the Armenia-Azerbaijan conflict.",
        "place Turkey: Türkiye | Turkey
         place United States: U.S.
         place Azerbaijan: Azerbaijan | Azerbaijan
         place United Kingdom: Britain
         place Armenia: Armenia",
    );
}

#[test]
fn people_by_first_name_surname_ending_or_context() {
    check(
        "Kremlin spokesman Dmitry Peskov spoke. Armenia’s ombudsman Arman Tatoyan \
         agreed, and analyst Olesya Vartanyan disagreed. The shooter, Jaylen Fryberg, 15, \
         died. Abdullah told the BBC he was paid. Fryberg had a gun, said Abdullah.",
        "organization Kremlin (Russia): Kremlin
         person Dmitry Peskov: Dmitry Peskov
         place Armenia: Armenia
         person Arman Tatoyan: Arman Tatoyan
         person Olesya Vartanyan: Olesya Vartanyan
         person Jaylen Fryberg: Jaylen Fryberg | Fryberg
         person Abdullah: Abdullah | Abdullah
         organization BBC: BBC",
    );
}

#[test]
fn organizations_by_cue_acronym_and_context() {
    check(
        "The Organization for Security and Cooperation in Europe (OSCE) and NATO \
         met the UN Security Council, Reuters news agency said. The daily Kommersant \
         and the International Crisis Group agreed with the OSCE.",
        "organization Organization for Security and Co-operation in Europe: \
             Organization for Security and Cooperation in Europe | OSCE | OSCE
         organization North Atlantic Treaty Organization: NATO
         organization UN Security Council: UN Security Council
         organization Reuters: Reuters
         organization Kommersant: Kommersant
         organization International Crisis Group: International Crisis Group",
    );
}

#[test]
fn a_name_ending_in_an_organization_word_is_no_person() {
    // "X said" makes a speaker of a name, but not of a health system, a
    // fire service or a highway patrol.
    check(
        "Officials at Lakeview Health said two patients arrived, and Harbor Fire \
         Rescue said it sent four units. The \
         Ohio State Highway Patrol said the road was closed.",
        "organization Lakeview Health: Lakeview Health
         organization Harbor Fire Rescue: Harbor Fire Rescue
         organization Ohio State Highway Patrol: Ohio State Highway Patrol",
    );
}

#[test]
fn people_in_the_plural_opening_a_sentence_are_nobody() {
    check(
        "Witnesses said a gray car sped off. Doctors at Linden Hospital said the boy \
         was stable. Officials closed the Tallis Brook Parkway, and a friend who served \
         in the Marine Corps waited at the Delmont County Public Library.",
        "organization Linden Hospital: Linden Hospital
         place Tallis Brook Parkway: Tallis Brook Parkway
         organization Marine Corps: Marine Corps
         organization Delmont County Public Library: Delmont County Public Library",
    );
}

#[test]
fn places_by_gazetteer_cue_and_context() {
    check(
        "Fighters moved from Al-Atarib through Gaziantep to Beylagan district. \
         Police in Lauderdale County found him on Hollow Road in New Britain.",
        "place Al-Atarib: Al-Atarib
         place Gaziantep: Gaziantep
         place Beylagan: Beylagan
         place Lauderdale County: Lauderdale County
         place Hollow Road: Hollow Road
         place New Britain: New Britain",
    );
}

#[test]
fn a_person_named_like_a_city_is_a_person_when_the_context_says_so() {
    // "Tavion" is no known first name; "Houston" a city.
    check(
        "Police arrested suspect Tavion Houston. Tavion Houston, 31, lived in East Houston.",
        "person Tavion Houston: Tavion Houston | Tavion Houston
         place East Houston: East Houston",
    );
}

#[test]
fn a_sentence_opening_word_is_no_part_of_the_name_after_it() {
    // "Two", "Call", "Witness", "Neighbor" open the sentences; the context
    // words among them still say what the name after them is.
    check(
        "Two Minneapolis squad cars led the march.\n\n\
         Witness Dorothea Pruitt told reporters she ran.\n\n\
         Neighbor Lavelle Okafor said the street was quiet.\n\n\
         Call Houston police with any information.",
        "place Minneapolis: Minneapolis
         person Dorothea Pruitt: Dorothea Pruitt
         person Lavelle Okafor: Lavelle Okafor
         place Houston: Houston",
    );
}

#[test]
fn a_persons_last_name_is_no_place() {
    // "Santiago" is a city; after "Marisol Santiago" it is her, unless
    // something says it is a place ("in Santiago"). "Quarrington", of no
    // gazetteer, is a place guessed from "outside".
    check(
        "Police said Marisol Santiago, 29, was armed. Santiago fled. \
         Deputies saw Brandon Quarrington, 40, outside Quarrington's house.",
        "person Marisol Santiago: Marisol Santiago | Santiago
         person Brandon Quarrington: Brandon Quarrington | Quarrington",
    );
    check(
        "Marisol Santiago, 29, once lived in Santiago.",
        "person Marisol Santiago: Marisol Santiago
         place Santiago: Santiago",
    );
}

#[test]
fn a_last_name_two_people_share_goes_to_the_one_named_before_it() {
    // The second "Okonkwo" follows Dana Okonkwo, the third Ellis Okonkwo;
    // the first, before either, is nobody's (and nothing says what it is).
    check(
        "Okonkwo family members gathered. Police said Dana Okonkwo, 40, was hit. \
         Okonkwo was treated. Her son Ellis Okonkwo, 19, ran. Okonkwo was unhurt.",
        "person Dana Okonkwo: Dana Okonkwo | Okonkwo
         person Ellis Okonkwo: Ellis Okonkwo | Okonkwo",
    );
}

#[test]
fn a_name_in_apposition_to_a_word_for_a_person_is_a_person() {
    // No first name the tables know, but "the gunman, X," says who.
    check(
        "The gunman, Dravik Oseloh Mantuari, opened fire. Mantuari fled on foot, \
         and police said Mantuari was caught.",
        "person Dravik Oseloh Mantuari: Dravik Oseloh Mantuari | Mantuari | Mantuari",
    );
    // A job after a name is not the name's apposition: "Orvel Haskin,
    // general manager, Tidewater Ridge" names no person "Tidewater Ridge".
    check(
        "\"We will reopen,\" said Orvel Haskin, general manager, Tidewater Ridge. \
         \"It was awful,\" said the boy's aunt, Lurette Panko.",
        "person Orvel Haskin: Orvel Haskin
         person Lurette Panko: Lurette Panko",
    );
    // Nor is a source's, and an age opening the sentence is no part of a
    // name.
    check(
        "According to officials, Sound Trace sensors alerted police. Mary Vennings \
         said she ran. Fifteen-year-old Marquel Vennings was hit.",
        "person Mary Vennings: Mary Vennings
         person Marquel Vennings: Marquel Vennings",
    );
}

#[test]
fn a_speakers_last_name_is_not_the_relative_named_in_apposition() {
    // Carla Voss speaks of her late husband: "Voss said" is hers, though
    // his full name comes nearer; "Voss, 58," after him is not speech and
    // stays his.
    check(
        "Carla Voss was at the club that night. It brought back the night her \
         husband, Martin Voss, was killed outside a bar. \"He never came home,\" \
         Voss said. Years before, Martin Voss had bought the bar. Voss, 58, ran it.",
        "person Carla Voss: Carla Voss | Voss
         person Martin Voss: Martin Voss | Martin Voss | Voss",
    );
    // A relative who acts or speaks in the apposition's own sentence is
    // the one the next "Lund said" means.
    check(
        "Owen Lund, 16, died in March. His father, Erik Lund, shared photos. \
         Lund said the boy loved music.",
        "person Owen Lund: Owen Lund
         person Erik Lund: Erik Lund | Lund",
    );
}

#[test]
fn a_weekday_is_never_part_of_a_name() {
    // "Paul" alone, with nothing around it to say what it is, is dropped.
    check(
        "Police said Paul Thursday that Mayor Rahm Emanuel Monday met the Puyallup Police Department Tuesday.",
        "person Rahm Emanuel: Rahm Emanuel
         organization Puyallup Police Department: Puyallup Police Department",
    );
}

#[test]
fn capitals_by_position_need_support() {
    // "Earlier", "Read", "Complete" are capitalized only by position;
    // "Macron" at the start counts because the article also writes it
    // mid-sentence, and the headline keeps only the names it knows.
    check(
        "France Accuses Turkey of Sending Jihadist Fighters To Karabakh\n\n\
         Earlier, officials met. Macron spoke. “Complete” peace was urged by Macron.\n\
         Read also: Syrian insurgents",
        "place France: France
         place Turkey: Turkey
         place Nagorno-Karabakh: Karabakh
         person Macron: Macron | Macron",
    );
}

#[test]
fn editorial_brackets_and_possessives() {
    let article = article(
        "We agreed with President [Donald] Trump. “I told [Azerbaijan’s President Ilham] \
         Aliyev,” he said. Aliyev’s office and Abbas' men did not reply.",
    );
    let names: Vec<(&str, Vec<&str>)> = article
        .entities
        .iter()
        .map(|e| {
            (
                e.name.as_str(),
                e.mentions.iter().map(|&m| article.span_text(m)).collect(),
            )
        })
        .collect();
    assert_eq!(
        names,
        [
            ("Donald Trump", vec!["Trump"]),
            ("Azerbaijan", vec!["Azerbaijan"]),
            ("Ilham Aliyev", vec!["Aliyev", "Aliyev"]),
        ]
    );
}

#[test]
fn spelling_variants_in_one_article_are_one_entity() {
    check(
        "Vladimir Putin and Vladimir Poutine are one man; Putin said so.",
        "person Vladimir Putin: Vladimir Putin | Vladimir Poutine | Putin",
    );
}

#[test]
fn empty_and_unannotated_articles_have_no_entities() {
    assert_eq!(describe(""), "");
    let mut raw = Article {
        text: "Emmanuel Macron".into(),
        ..Article::default()
    };
    annotate(&mut raw);
    assert!(raw.entities.is_empty());
}

/// One story entity by name.
fn find<'a>(entities: &'a [StoryEntity], name: &str) -> &'a StoryEntity {
    entities
        .iter()
        .find(|e| e.name == name)
        .unwrap_or_else(|| panic!("no entity {name} in {entities:#?}"))
}

#[test]
fn merges_variants_across_articles() {
    let articles = vec![
        article("Prime Minister Nikol Pashinyan spoke. Pashinyan said more. Sergey Lavrov replied."),
        article("Prime Minister Nikol Pachinian spoke with Foreign Minister Mevlüt Çavuşoğlu."),
        article("Nikol Pashinian met Mevlut Cavusoglu and Sergei Lavrov, Macron said."),
        article("President Emanuel Macron and Vladimir Poutine spoke."),
        article("Emmanuel Macron and Vladimir Putin spoke. Putin left. Emmanuel Macron stayed."),
    ];
    let merged = merge_story(&articles, &[0, 1, 2, 3, 4]);
    let pashinyan = find(&merged, "Nikol Pashinyan");
    assert_eq!(pashinyan.kind, EntityKind::Person);
    // Aliases: most frequent first, then in alphabetical order.
    assert_eq!(pashinyan.aliases, ["Nikol Pachinian", "Nikol Pashinian", "Pashinyan"]);
    assert_eq!(pashinyan.members, [(0, 0), (1, 0), (2, 0)]);
    assert_eq!(pashinyan.mentions, 4);
    let cavusoglu = find(&merged, "Mevlüt Çavuşoğlu");
    assert_eq!(cavusoglu.aliases, ["Mevlut Cavusoglu"]);
    assert_eq!(find(&merged, "Sergey Lavrov").aliases, ["Sergei Lavrov"]);
    let macron = find(&merged, "Emmanuel Macron");
    assert_eq!(macron.aliases, ["Emanuel Macron", "Macron"]);
    assert_eq!(macron.members.len(), 3);
    assert_eq!(find(&merged, "Vladimir Putin").aliases, ["Putin", "Vladimir Poutine"]);
    // Sorted by mentions, most first.
    assert!(merged.windows(2).all(|pair| pair[0].mentions >= pair[1].mentions));
    // Only the articles asked for.
    let some = merge_story(&articles, &[3, 99, 3]);
    assert!(some.iter().all(|e| e.members.iter().all(|&(a, _)| a == 3)));
}

#[test]
fn different_people_with_one_surname_stay_apart() {
    let articles = vec![
        article("Donald Trump spoke. Melania Trump listened."),
        article("Ivanka Trump said she arrived."),
    ];
    let merged = merge_story(&articles, &[0, 1]);
    let names: Vec<&str> = merged.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["Donald Trump", "Ivanka Trump", "Melania Trump"]);
}

#[test]
fn an_organization_named_after_a_person_is_one_with_or_without_the_first_name() {
    let articles = vec![
        article("The Jonathan Q. Pendry Foundation will close, the attorney general said."),
        article("Pendry said the Pendry Foundation gave to charity."),
        article("Critics said the Jonathan Pendry Foundation paid legal bills."),
    ];
    let merged = merge_story(&articles, &[0, 1, 2]);
    let foundation = find(&merged, "Jonathan Q. Pendry Foundation");
    assert_eq!(foundation.kind, EntityKind::Organization);
    assert_eq!(foundation.members, [(0, 0), (1, 1), (2, 0)]);
    // The person stays apart.
    assert_eq!(find(&merged, "Pendry").kind, EntityKind::Person);
    // Without a person of that name in the story, two such names stay two.
    let articles = vec![
        article("He studied at the Martha Oakes University for a year."),
        article("Oakes University said he studied there."),
    ];
    let merged = merge_story(&articles, &[0, 1]);
    assert_eq!(merged.len(), 2);
}

#[test]
fn a_last_name_guessed_a_place_joins_the_person_of_another_article() {
    let articles = vec![
        article("Police said Velda Quarrington, 30, was hit. Velda Quarrington was treated."),
        article("Neighbors gathered outside Quarrington's home on Sunday."),
    ];
    let merged = merge_story(&articles, &[0, 1]);
    assert_eq!(merged.len(), 1);
    assert_eq!(merged[0].name, "Velda Quarrington");
    assert_eq!(merged[0].kind, EntityKind::Person);
    // A place the gazetteer knows stays a place.
    let articles = vec![
        article("Police said Dana Houston, 30, was hit. Dana Houston was treated."),
        article("Neighbors gathered outside Houston on Sunday."),
    ];
    let merged = merge_story(&articles, &[0, 1]);
    assert_eq!(find(&merged, "Houston").kind, EntityKind::Place);
}

#[test]
fn a_first_name_alone_joins_the_only_full_name_starting_with_it() {
    let articles = vec![
        article("Police said Kasimir Oduya, 35, was shot. Dana Lind, 40, was unhurt."),
        article("Friends told reporters Kasimir said he ran. Later Dana said she ran."),
        article("Dana Pruitt, 52, said she heard shots."),
    ];
    let merged = merge_story(&articles, &[0, 1, 2]);
    assert_eq!(find(&merged, "Kasimir Oduya").aliases, ["Kasimir"]);
    // Two full names start with "Dana": the first name alone stays apart.
    assert_eq!(find(&merged, "Dana").members, [(1, 1)]);
    assert!(find(&merged, "Dana Lind").aliases.is_empty());
}

#[test]
fn a_person_named_like_a_city_is_one_person_across_articles() {
    let articles = vec![
        article("Police arrested suspect Tavion Houston on Friday."),
        article("Tavion Houston, 31, appeared in court."),
        article("A lawyer for Tavion Houston spoke to reporters in Houston."),
    ];
    let merged = merge_story(&articles, &[0, 1, 2]);
    let described: Vec<(EntityKind, &str, usize)> = merged
        .iter()
        .map(|e| (e.kind, e.name.as_str(), e.members.len()))
        .collect();
    assert_eq!(
        described,
        [
            (EntityKind::Person, "Tavion Houston", 3),
            (EntityKind::Place, "Houston", 1)
        ]
    );
}

#[test]
fn the_seed_story() {
    let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora/seeds");
    let mut paths: Vec<_> = std::fs::read_dir(&seeds)
        .unwrap_or_else(|e| panic!("{}: {e}", seeds.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    assert_eq!(paths.len(), 5);
    let articles: Vec<Article> = paths
        .iter()
        .map(|path| article(&std::fs::read_to_string(path).unwrap_or_default()))
        .collect();
    let merged = merge_story(&articles, &[0, 1, 2, 3, 4]);

    // Pashinyan in every spelling the outlets use is one entity.
    let pashinyan: Vec<&StoryEntity> = merged
        .iter()
        .filter(|e| e.name.contains("Pash") || e.name.contains("Pach") || e.aliases.iter().any(|a| a.contains("Pa")))
        .collect();
    assert_eq!(pashinyan.len(), 1, "{pashinyan:#?}");
    let pashinyan = pashinyan[0];
    assert_eq!(pashinyan.kind, EntityKind::Person);
    let forms: Vec<&str> = std::iter::once(pashinyan.name.as_str())
        .chain(pashinyan.aliases.iter().map(String::as_str))
        .collect();
    for spelling in ["Pashinian", "Pachinian"] {
        assert!(
            forms.iter().any(|f| f.contains(spelling)),
            "{spelling} not in {forms:?}"
        );
    }

    let macron = find(&merged, "Emmanuel Macron");
    assert_eq!(macron.kind, EntityKind::Person);
    for alias in ["Emanuel Macron", "Macron"] {
        assert!(
            macron.aliases.iter().any(|a| a == alias),
            "{alias} not in {:?}",
            macron.aliases
        );
    }
    assert_eq!(macron.members.len(), 5);

    let ministry = find(&merged, "Russian Foreign Ministry");
    assert_eq!(ministry.kind, EntityKind::Organization);
    assert_eq!(ministry.country.as_deref(), Some("Russia"));

    let putin = find(&merged, "Vladimir Putin");
    assert_eq!(putin.kind, EntityKind::Person);
    assert!(putin.aliases.iter().any(|a| a == "Vladimir Poutine"));

    for place in ["Turkey", "Azerbaijan", "Armenia"] {
        let entity = find(&merged, place);
        assert_eq!(entity.kind, EntityKind::Place);
        assert_eq!(entity.members.len(), 5, "{place}");
    }
}

/// A small deterministic generator of odd text (xorshift).
struct Noise(u64);

impl Noise {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn text(&mut self, len: usize) -> String {
        const PIECES: &[&str] = &[
            "Macron",
            "MACRON",
            "President",
            "Mr.",
            "of",
            "the",
            "de",
            "al-",
            "Al-",
            "’s",
            "'s",
            "s'",
            "Russian",
            "Ministry",
            "County",
            "-",
            "–",
            "[",
            "]",
            "(",
            ")",
            "OSCE",
            "U.S.",
            "US",
            " ",
            " ",
            " ",
            "\n",
            "\n\n",
            ".",
            ",",
            "“",
            "”",
            "said",
            "in",
            "Çavuşoğlu",
            "Ç",
            "ß",
            "Москва",
            "東京",
            "e\u{0301}",
            "🙂",
            "\u{200b}",
            "Nagorno-Karabakh",
            "based",
            "X",
            "a",
            "1,000",
            "15",
            "&",
            "Co.",
            "Dr.",
            "'",
            "’",
            "St.",
            "New",
            "Britain",
            "Abdullah",
        ];
        let mut text = String::new();
        for _ in 0..len {
            let piece = PIECES[(self.next() % PIECES.len() as u64) as usize];
            text.push_str(piece);
            if self.next() % 3 == 1 {
                text.push(' ');
            }
        }
        text
    }
}

#[test]
fn odd_input_never_panics_and_spans_stay_valid() {
    let mut noise = Noise(0x9e37_79b9_7f4a_7c15);
    let mut articles = Vec::new();
    for round in 0..300 {
        let text = noise.text(1 + round % 120);
        let article = article(&text);
        for entity in &article.entities {
            assert!(!entity.name.is_empty(), "{text:?}");
            assert!(!entity.mentions.is_empty(), "{text:?}");
            assert!(entity.mentions.windows(2).all(|pair| pair[0] < pair[1]), "{text:?}");
            for span in &entity.mentions {
                let (start, end) = (span.start as usize, span.end as usize);
                assert!(start < end && end <= text.len(), "{text:?}");
                assert!(text.is_char_boundary(start) && text.is_char_boundary(end), "{text:?}");
            }
        }
        articles.push(article);
    }
    let members: Vec<usize> = (0..articles.len()).collect();
    let merged = merge_story(&articles, &members);
    let total: usize = articles
        .iter()
        .flat_map(|a| &a.entities)
        .map(|e| e.mentions.len())
        .sum();
    assert_eq!(merged.iter().map(|e| e.mentions).sum::<usize>(), total);
}

#[test]
fn page_furniture_is_no_name() {
    check(
        "Local News Fire destroys a barn near Salem.\n\nBy Breaking News Staff\n\n\
         WATCH LIVE as Mayor Karen Bass speaks.",
        "place Salem: Salem
         person Karen Bass: Karen Bass",
    );
}

#[test]
fn a_street_named_like_a_person_is_a_street_in_a_streets_context() {
    check(
        "Shots were fired on Gloria Way and in the 200 block of Maple Court. \
         The victim lived at 41 Garden Way. Her friend Alma Place said she ran to Todd Place.",
        "place Gloria Way: Gloria Way
         place Maple Court: Maple Court
         place Garden Way: Garden Way
         person Alma Place: Alma Place
         place Todd Place: Todd Place",
    );
    // A court of law stays one without a house number or "on".
    check(
        "He appeared at Fulton County Superior Court on Monday.",
        "organization Fulton County Superior Court: Fulton County Superior Court",
    );
}

#[test]
fn titles_of_wardens_and_undersheriffs() {
    check(
        "Warden Jen Knarr called. Undersheriff Dave Moss said the road was closed.",
        "person Jen Knarr: Jen Knarr
         person Dave Moss: Dave Moss",
    );
}

#[test]
fn an_unknown_word_before_a_first_name_is_a_first_name_but_a_job() {
    check(
        "Kaylee Denise Montgomery, 3, was killed. Firefighter Kevin Swain and Magistrate Ann Roe came. \
         Curtis Paul Ruiz and Prosecutors Marie Ross spoke.",
        "person Kaylee Denise Montgomery: Kaylee Denise Montgomery
         person Kevin Swain: Kevin Swain
         person Ann Roe: Ann Roe
         person Curtis Paul Ruiz: Curtis Paul Ruiz
         person Marie Ross: Marie Ross",
    );
}

#[test]
fn a_persons_name_before_an_institutions_word_names_the_institution() {
    check(
        "The Walter Smith foundation, which his son runs, will close.",
        "organization Walter Smith foundation: Walter Smith foundation",
    );
}

#[test]
fn a_last_name_joins_the_full_name_with_a_suffix() {
    check(
        "Kamau Thomas Jr. was charged on Friday. Thomas said nothing.",
        "person Kamau Thomas Jr.: Kamau Thomas Jr. | Thomas",
    );
}

#[test]
fn an_organization_is_one_with_or_without_its_type_word() {
    let articles = [
        article("Nine people were killed at Emanuel AME Church in Charleston."),
        article("Mourners gathered outside Emanuel AME on Sunday. CBS Radio and CBS reported it."),
    ];
    let entities = merge_story(&articles, &[0, 1]);
    let church = find(&entities, "Emanuel AME Church");
    assert_eq!(church.kind, EntityKind::Organization);
    assert_eq!(church.aliases, ["Emanuel AME"]);
    // A network's radio is another body.
    assert_eq!(find(&entities, "CBS").aliases, Vec::<String>::new());
}

#[test]
fn a_father_and_a_son_of_one_name_stay_apart() {
    let articles = [
        article("Jerry Dickerson Sr. was shot on Friday."),
        article("Police arrested Jerry Dickerson Jr. on Sunday."),
    ];
    let entities = merge_story(&articles, &[0, 1]);
    find(&entities, "Jerry Dickerson Sr.");
    find(&entities, "Jerry Dickerson Jr.");
}

#[test]
fn a_last_name_after_a_relative_named_aside_is_the_main_persons() {
    // The son named aside in a relative clause, Jr. or not, does not take
    // the father's "Marlowe said" nor a later "Marlowe".
    check(
        "Dennis Marlowe, whose son Dennis Marlowe Jr. was shot in May, spoke at the vigil. \
         \"We want answers,\" Marlowe said. Later Marlowe lit a candle.",
        "person Dennis Marlowe: Dennis Marlowe | Marlowe | Marlowe
         person Dennis Marlowe Jr.: Dennis Marlowe Jr.",
    );
    // A relative in apposition with an age is aside too: what follows is
    // about the woman named first.
    check(
        "Police said the victim was Angela Corliss, 35. Her father, Raymond Corliss Jr., 60, \
         was taken to a hospital. Officers had been called because Corliss and her boyfriend \
         were arguing, and Corliss gave them his bag.",
        "person Angela Corliss: Angela Corliss | Corliss | Corliss
         person Raymond Corliss Jr.: Raymond Corliss Jr.",
    );
}

#[test]
fn job_words_and_openers_before_names_are_not_names() {
    check(
        "Deputy City Clerk Karen Voight said the file was sealed. \
         Station Photojournalist Gary Mott filmed the scene. \
         Reach Andrew Pell at 555-0142 or on social media.",
        "person Karen Voight: Karen Voight
         person Gary Mott: Gary Mott
         person Andrew Pell: Andrew Pell",
    );
}

#[test]
fn a_place_owning_an_organization_is_a_place_of_its_own() {
    check(
        "They were members of Charleston's Methodist Episcopal Church until 1816. \
         The Prince George's County Police and St. Paul's Episcopal Church helped.",
        "place Charleston: Charleston
         organization Methodist Episcopal Church: Methodist Episcopal Church
         organization Prince George's County Police: Prince George's County Police
         organization St. Paul's Episcopal Church: St. Paul's Episcopal Church",
    );
}

#[test]
fn numbered_streets_and_roads_are_places() {
    // A direction before an ordinal street, and a highway's number, are
    // one place each, not a place "East" or "Highway".
    check(
        "Shots were fired near East 112th Street and Dorrance Avenue. \
         The car was later found near North Highway 41 in Bramwell.",
        "place East 112th Street: East 112th Street
         place Dorrance Avenue: Dorrance Avenue
         place North Highway 41: North Highway 41
         place Bramwell: Bramwell",
    );
}

#[test]
fn vehicles_wards_and_units_in_capitals_are_no_names() {
    // "SUV" and "ICU" are things, and "Major Crimes" is a unit's name
    // before a title, no person.
    check(
        "A gunman in a black SUV fired at the house. The girl is in the ICU. \
         Call Major Crimes Detective Paul Ostrander with tips.",
        "person Paul Ostrander: Paul Ostrander",
    );
}

#[test]
fn plural_job_words_after_a_title_are_nobody() {
    // No person "Detectives" nor "Investigators" (the county is left with
    // the unit's title words, as before).
    check(
        "The Pike County Major Crimes Detectives are looking into the shooting. \
         Later, Major Crimes Investigators were able to develop leads.",
        "",
    );
    // Also alone, where the article capitalizes the word mid-sentence too.
    check(
        "Call Homicide Detectives Ann Wolfe and Ben Ochoa with tips. Detectives said three \
         men ran. Troopers said the road was closed.",
        "person Ann Wolfe: Ann Wolfe
         person Ben Ochoa: Ben Ochoa",
    );
}

#[test]
fn a_numbered_precinct_is_a_place_and_no_person() {
    check(
        "Police Capt. Ray Moss of the city's 9th Precinct said the crowd was large.",
        "person Ray Moss: Ray Moss
         place 9th Precinct: 9th Precinct",
    );
}

#[test]
fn a_shorter_name_with_another_first_name_is_another_person() {
    // In one article: John goes by "John Zawahri", so "Samir Zawahri" is
    // not "John Samir Zawahri" shortened.
    check(
        "John Zawahri opened fire on Friday. John Samir Zawahri was 23. \
         Samir Zawahri, his father, was 55.",
        "person John Zawahri: John Zawahri
         person John Samir Zawahri: John Samir Zawahri
         person Samir Zawahri: Samir Zawahri",
    );
    // Across articles: one article keeps the father apart from the son.
    let articles = [
        article("Police said John Zawahri shot his father, Samir Zawahri, on Friday."),
        article("The gunman, John Samir Zawahri, was 23."),
    ];
    let entities = merge_story(&articles, &[0, 1]);
    assert_eq!(find(&entities, "John Samir Zawahri").aliases, ["John Zawahri"]);
    find(&entities, "Samir Zawahri");
    // A last name with a suffix is no other first name.
    let articles = [
        article("Police said Carl Boone Jr. and his friend Dana Boone were hurt."),
        article("Boone Jr. said he was taken to a hospital."),
    ];
    let entities = merge_story(&articles, &[0, 1]);
    assert_eq!(find(&entities, "Carl Boone Jr.").aliases, ["Boone Jr."]);
    // With nothing against it, a shorter name still joins.
    let articles = [
        article("President Recep Tayyip Erdogan spoke on Friday."),
        article("Tayyip Erdogan said the talks would go on."),
    ];
    let entities = merge_story(&articles, &[0, 1]);
    assert_eq!(find(&entities, "Recep Tayyip Erdogan").aliases, ["Tayyip Erdogan"]);
}
