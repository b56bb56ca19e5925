//! Small streams of articles whose right grouping is known.

use std::collections::{BTreeSet, HashMap};

use chorus_model::Article;
use chrono::NaiveDate;

use super::*;

fn article(title: &str, text: &str, day: u32) -> Article {
    let mut article = Article {
        title: Some(title.to_string()),
        text: text.to_string(),
        language: Some("en".into()),
        published: NaiveDate::from_ymd_opt(2014, 3, day).and_then(|d| d.and_hms_opt(12, 0, 0)),
        ..Article::default()
    };
    chorus_text::annotate(&mut article);
    article
}

fn groups(articles: &[Article]) -> Vec<usize> {
    cluster(articles, &vec![false; articles.len()], &ClusterOptions::default())
}

#[test]
fn two_shootings_in_one_city_stay_apart() {
    let articles = [
        article("Man shot outside Elm Street bar in Springfield",
            "Springfield police said a 34-year-old man was shot outside the Blue Moon bar on Elm Street early Saturday. He was taken to Mercy Hospital in stable condition.", 1),
        article("Teen wounded in drive-by shooting on Oak Avenue in Springfield",
            "A 16-year-old girl was wounded Tuesday night when someone fired from a passing car on Oak Avenue, Springfield police said. Officers are looking for a white pickup truck.", 4),
        article("Police: Blue Moon bar shooting victim identified",
            "Police identified the man shot outside the Blue Moon bar on Elm Street on Saturday as Darnell Hughes, 34, of Springfield. Hughes remains at Mercy Hospital.", 2),
    ];
    let stories = groups(&articles);
    assert_eq!(stories[0], stories[2], "{stories:?}");
    assert_ne!(stories[0], stories[1], "{stories:?}");
}

#[test]
fn a_story_that_develops_over_days_stays_one() {
    let articles = [
        article("Fed official says weak data caused by weather", "Federal Reserve official Charles Plosser said weak economic data was caused by the cold weather and should not slow the taper of bond buying.", 10),
        article("Fed's Plosser: weather behind weak data, taper on track", "Charles Plosser of the Federal Reserve said on Tuesday the taper of bond purchases should continue as weak data reflected harsh weather.", 11),
        article("Plosser repeats call to keep tapering Fed bond buying", "Philadelphia Federal Reserve president Charles Plosser again said the Fed should keep tapering its bond buying despite weak weather-hit data.", 13),
    ];
    let stories = groups(&articles);
    assert!(stories.iter().all(|&s| s == stories[0]), "{stories:?}");
}

#[test]
fn headlines_alone_are_enough() {
    let articles = [
        article("Apple and Samsung return to court over iPhone patents", "", 10),
        article("Samsung, Apple patent trial over iPhone features begins", "", 10),
        article("Malaysia Airlines flight MH370 missing over South China Sea", "", 10),
    ];
    let stories = groups(&articles);
    assert_eq!(stories[0], stories[1], "{stories:?}");
    assert_ne!(stories[0], stories[2], "{stories:?}");
}

#[test]
fn stories_close_after_the_window() {
    let mut clusterer = Clusterer::new(ClusterOptions {
        window_days: 7,
        ..ClusterOptions::default()
    });
    let a = article(
        "Flood hits the river town of Millbrook",
        "The river flooded Millbrook on Monday.",
        1,
    );
    let b = article(
        "Flood hits the river town of Millbrook again",
        "The river flooded Millbrook on Monday again.",
        28,
    );
    let first = clusterer.push(&article_features(&a, false), a.published, false);
    assert_eq!(clusterer.open_stories(), 1);
    let second = clusterer.push(&article_features(&b, false), b.published, false);
    assert_ne!(first.story, second.story);
    assert!(!second.joined);
    assert_eq!(clusterer.open_stories(), 1);
}

#[test]
fn an_article_with_no_usable_words_is_reported_not_clustered() {
    let articles = [
        article(
            "Man shot outside Elm Street bar in Springfield",
            "Springfield police said a man was shot outside a bar on Elm Street.",
            1,
        ),
        Article {
            published: NaiveDate::from_ymd_opt(2014, 3, 1).and_then(|d| d.and_hms_opt(13, 0, 0)),
            ..Article::default()
        },
        article(
            "Police: Elm Street bar shooting in Springfield",
            "Police in Springfield said the man shot outside the Elm Street bar is in stable condition.",
            1,
        ),
    ];
    let clustered = cluster_detailed(&articles, &[false; 3], &ClusterOptions::default());
    assert_eq!(clustered.unusable, [1]);
    assert_eq!(clustered.story_of[0], clustered.story_of[2]);
    assert_ne!(clustered.story_of[1], clustered.story_of[0]);
}

#[test]
fn explanations_name_the_shared_terms() {
    let articles = [
        article(
            "Darnell Hughes shot outside Blue Moon bar",
            "Darnell Hughes was shot outside the Blue Moon bar on Elm Street.",
            1,
        ),
        article(
            "Blue Moon bar shooting victim Darnell Hughes identified",
            "Police named Darnell Hughes as the man shot at the Blue Moon bar.",
            2,
        ),
    ];
    let features: Vec<Features> = articles.iter().map(|a| article_features(a, false)).collect();
    let clustered = cluster_features(&articles, &features, &ClusterOptions::default(), true);
    let second = &clustered.assignments[1];
    assert!(second.joined, "{second:?}");
    assert!(second.similarity >= ClusterOptions::default().threshold);
    assert!(
        second.member_similarity > 0.0 && second.member_similarity <= 1.0 + 1e-5,
        "the closest member is the first article: {second:?}"
    );
    assert!(!second.shared.is_empty() && second.shared.len() <= 6);
    assert!(
        second.shared.windows(2).all(|w| w[0].1 >= w[1].1),
        "heaviest first: {:?}",
        second.shared
    );
}

#[test]
fn memory_is_bounded_by_the_open_story_cap() {
    let options = ClusterOptions {
        max_open_stories: 3,
        refine_threshold: None,
        ..ClusterOptions::default()
    };
    let mut clusterer = Clusterer::new(options);
    let places = ["Millbrook", "Oakdale", "Riverton", "Fairview", "Lakeside", "Brookhaven"];
    for (day, place) in places.iter().enumerate() {
        let a = article(
            &format!("Storm floods {place}"),
            &format!("A storm flooded {place} on Monday."),
            day as u32 + 1,
        );
        clusterer.push(&article_features(&a, false), a.published, false);
        assert!(clusterer.open_stories() <= 3);
    }
}

#[test]
fn among_many_open_stories_sharing_common_words_the_right_one_is_found() {
    // Sixty shootings told in the same words: the common words' posting
    // lists are long enough to be skipped, the names are what tell them apart.
    let places = [
        "Millbrook",
        "Oakdale",
        "Riverton",
        "Fairview",
        "Lakeside",
        "Brookhaven",
        "Cedarville",
        "Elmwood",
        "Glenwood",
        "Hillcrest",
        "Kingston",
        "Maplewood",
        "Northfield",
        "Pinehurst",
        "Redwood",
        "Stonebridge",
        "Westbrook",
        "Ashford",
        "Bayview",
        "Clearwater",
        "Dunmore",
        "Eastwood",
        "Foxborough",
        "Greenville",
        "Harborview",
        "Ironwood",
        "Juniper",
        "Kenwood",
        "Linden",
        "Marlow",
        "Newport",
        "Orchard",
        "Parkside",
        "Quincy",
        "Rosedale",
        "Sherwood",
        "Thornton",
        "Union",
        "Valley",
        "Windsor",
        "Yardley",
        "Zephyr",
        "Alder",
        "Birch",
        "Cypress",
        "Dogwood",
        "Evergreen",
        "Fir",
        "Garnet",
        "Hawthorn",
        "Ivy",
        "Jasper",
        "Laurel",
        "Magnolia",
        "Nutmeg",
        "Olive",
        "Poplar",
        "Quartz",
        "Rowan",
        "Sycamore",
    ];
    let stories: Vec<Article> = places
        .iter()
        .enumerate()
        .map(|(i, place)| {
            article(
                &format!("Shooting in {place}"),
                &format!("{place}son was shot on {place}ton Avenue in {place}. Police named {place}son."),
                1 + (i % 3) as u32,
            )
        })
        .collect();
    let follow_ups: Vec<(usize, Article)> = (0..places.len())
        .step_by(7)
        .map(|i| {
            let place = places[i];
            let text = format!("Police named {place}son, shot on {place}ton Avenue in {place}, on Friday.");
            (i, article(&format!("{place} police name {place}son"), &text, 4))
        })
        .collect();
    let mut clusterer = Clusterer::new(ClusterOptions::default());
    let features: Vec<Features> = stories
        .iter()
        .chain(follow_ups.iter().map(|(_, a)| a))
        .map(|a| article_features(a, false))
        .collect();
    for f in &features {
        clusterer.observe(f);
    }
    let first: Vec<Assignment> = stories
        .iter()
        .zip(&features)
        .map(|(a, f)| clusterer.push(f, a.published, true))
        .collect();
    assert!(
        first.iter().all(|a| !a.joined),
        "each shooting starts its own story: {first:?}"
    );
    for ((i, follow), f) in follow_ups.iter().zip(&features[stories.len()..]) {
        let assignment = clusterer.push(f, follow.published, true);
        assert!(assignment.joined, "{}: {assignment:?}", places[*i]);
        assert_eq!(assignment.story, first[*i].story, "{}: {assignment:?}", places[*i]);
    }
}

#[test]
fn a_batch_can_start_from_counts_that_already_count_part_of_it() {
    let articles = [
        article(
            "Man shot outside Elm Street bar in Springfield",
            "Springfield police said a man was shot outside the Blue Moon bar on Elm Street.",
            1,
        ),
        article(
            "Police: Blue Moon bar shooting victim identified",
            "Police identified the man shot outside the Blue Moon bar as Darnell Hughes.",
            2,
        ),
        article(
            "Teen wounded in drive-by shooting on Oak Avenue",
            "A girl was wounded when someone fired from a passing car on Oak Avenue.",
            4,
        ),
    ];
    let features: Vec<Features> = articles.iter().map(|a| article_features(a, false)).collect();
    let options = ClusterOptions::default();
    let alone = cluster_features(&articles, &features, &options, false);
    // The first article counted before; the batch counts only the others,
    // and ends with the same counts and the same stories as from nothing.
    let mut counts = TermCounts::new();
    counts.observe(&features[0]);
    let started = cluster_features_with(&articles, &features, &options, false, &mut counts, &[true]);
    let mut all = TermCounts::new();
    features.iter().for_each(|f| all.observe(f));
    assert_eq!(counts, all);
    assert_eq!(counts.documents(), 3);
    assert_eq!(started.story_of, alone.story_of);
    // Counts of a larger collection change the weights, not the counting.
    let mut larger = all.clone();
    larger.observe(&features[2]);
    cluster_features_with(&articles, &features, &options, false, &mut larger, &[true, true, true]);
    assert_eq!(larger.documents(), 4);
}

#[test]
fn the_time_window_counts_in_utc_where_the_zone_is_known() {
    let text = "Springfield police said a 34-year-old man was shot outside the Blue Moon bar on Elm Street. \
                He was taken to Mercy Hospital in stable condition.";
    let at = |day: u32, hour: u32, offset_hours: i32| {
        let mut a = article("Man shot outside Blue Moon bar on Elm Street in Springfield", text, day);
        a.published = NaiveDate::from_ymd_opt(2014, 3, day).and_then(|d| d.and_hms_opt(hour, 0, 0));
        a.published_offset = chrono::FixedOffset::east_opt(offset_hours * 3600);
        a
    };
    // 20:00 at UTC-5 is 01:00 UTC the next day: 23 hours before the
    // second article in UTC, 28 hours by the clocks on the pages.
    let articles = [at(1, 20, -5), at(3, 0, 0)];
    let options = ClusterOptions {
        window_days: 1,
        ..ClusterOptions::default()
    };
    let stories = cluster(&articles, &[false, false], &options);
    assert_eq!(stories[0], stories[1], "{stories:?}");
}

/// An article published `day` days after 1 March 2014.
fn article_after(title: &str, text: &str, day: i64) -> Article {
    let mut article = article(title, text, 1);
    article.published = article.published.map(|p| p + chrono::Duration::days(day));
    article
}

/// One shooting a week in one city for four months, each told in the same
/// police-blotter boilerplate (city, side, hospital, medical examiner), each
/// with its own victim, street and neighborhood, and weekend round-ups
/// between them. Every article is within the window of the one before.
fn city_blotter() -> Vec<Article> {
    let incidents = [
        ("Darnell Hughes", "Elm Street", "Englewood", "South"),
        ("Marcus Reed", "Oak Avenue", "Austin", "West"),
        ("Tyrone Banks", "Pine Road", "Roseland", "South"),
        ("Jamal Carter", "Cedar Lane", "Lawndale", "West"),
        ("Andre Wallace", "Birch Court", "Woodlawn", "South"),
        ("Kevin Bishop", "Maple Drive", "Garfield Park", "West"),
        ("Luis Ortega", "Willow Way", "Brighton Park", "South"),
        ("Devon Price", "Spruce Street", "Humboldt Park", "West"),
        ("Ramon Diaz", "Ash Boulevard", "Gresham", "South"),
        ("Terrell Moore", "Hickory Place", "Chatham", "South"),
        ("Isaiah Grant", "Poplar Avenue", "Riverdale", "South"),
        ("Curtis Lane", "Walnut Street", "Back of the Yards", "South"),
        ("Malik Foster", "Chestnut Road", "Pullman", "South"),
        ("Jerome Hayes", "Sycamore Lane", "Belmont Cragin", "West"),
        ("Dante Rivers", "Magnolia Court", "Morgan Park", "South"),
        ("Omar Little", "Juniper Drive", "Little Village", "West"),
    ];
    let mut articles = Vec::new();
    for (week, (victim, street, neighborhood, side)) in incidents.iter().enumerate() {
        let day = week as i64 * 7;
        let surname = victim.split(' ').nth(1).unwrap_or(victim);
        articles.push(article_after(
            &format!("Man shot on {street} in {neighborhood}, Chicago police say"),
            &format!(
                "A man was shot Saturday on {street} in the {neighborhood} neighborhood on the {side} Side, \
                 Chicago police said. {victim} was taken to Mount Sinai Hospital where his condition stabilized. \
                 No one is in custody and Area Central detectives are investigating, Chicago police said."
            ),
            day,
        ));
        articles.push(article_after(
            &format!("{victim} named as man shot on {street}"),
            &format!(
                "The Cook County medical examiner's office named the man shot on {street} in {neighborhood} \
                 as {victim}. {surname} was taken to Mount Sinai Hospital, Chicago police said."
            ),
            day + 1,
        ));
        articles.push(article_after(
            "Weekend shootings across Chicago leave several wounded",
            &format!(
                "Several people were wounded in weekend shootings across Chicago, police said, among them a man \
                 shot on {street} in {neighborhood} on the {side} Side who was taken to Mount Sinai Hospital \
                 where his condition stabilized. Chicago police said no one is in custody."
            ),
            day + 3,
        ));
    }
    articles
}

#[test]
fn a_chain_of_distinct_shootings_in_one_city_does_not_become_one_story() {
    let articles = city_blotter();
    let stories = groups(&articles);
    // Each incident is three articles over three days; how many incidents
    // (weeks) share a story is what tells a chain from a story.
    let mut weeks_of: HashMap<usize, BTreeSet<usize>> = HashMap::new();
    for (index, &story) in stories.iter().enumerate() {
        weeks_of.entry(story).or_default().insert(index / 3);
    }
    let widest = weeks_of.values().map(|weeks| weeks.len()).max().unwrap_or(0);
    assert!(
        widest <= 5,
        "a story spans {widest} of 16 weekly incidents: {weeks_of:?}"
    );
    // Each incident's own report and follow-up are still one story.
    for week in 0..16 {
        assert_eq!(stories[3 * week], stories[3 * week + 1], "week {week}: {stories:?}");
    }
}

#[test]
fn the_same_chain_without_fading_by_age_is_one_story() {
    // What the test above guards against: fading only by the days since a
    // story's last article lets the weekly round-ups chain every incident.
    let articles = city_blotter();
    let options = ClusterOptions {
        age_fade_per_day: 0.0,
        ..ClusterOptions::default()
    };
    let stories = cluster(&articles, &vec![false; articles.len()], &options);
    let mut sizes: HashMap<usize, usize> = HashMap::new();
    stories.iter().for_each(|&s| *sizes.entry(s).or_default() += 1);
    let largest = sizes.values().copied().max().unwrap_or(0);
    assert!(
        largest > 15,
        "largest story {largest} of {}: {stories:?}",
        articles.len()
    );
}

#[test]
fn a_story_told_over_three_weeks_still_joins() {
    let day_and_text = [
        (0, "Gunman opens fire at Riverside Mall in Millbrook", "A gunman opened fire at Riverside Mall in Millbrook on Saturday, killing three shoppers. Millbrook police said the suspect, Carl Dempsey, fled in a gray sedan."),
        (1, "Riverside Mall shooting suspect Carl Dempsey arrested", "Millbrook police arrested Carl Dempsey, the suspect in the Riverside Mall shooting that killed three shoppers on Saturday."),
        (4, "Victims of Riverside Mall shooting remembered at Millbrook vigil", "Hundreds gathered in Millbrook for a vigil for the three shoppers killed in the Riverside Mall shooting. Carl Dempsey remains in custody."),
        (9, "Carl Dempsey charged with murder in Riverside Mall shooting", "Prosecutors charged Carl Dempsey with three counts of murder in the Riverside Mall shooting in Millbrook."),
        (16, "Riverside Mall reopens after shooting", "Riverside Mall in Millbrook reopened two weeks after the shooting in which Carl Dempsey is charged with killing three shoppers."),
        (22, "Carl Dempsey pleads not guilty in Riverside Mall shooting", "Carl Dempsey pleaded not guilty to murder charges in the Riverside Mall shooting in Millbrook."),
    ];
    let articles: Vec<Article> = day_and_text
        .iter()
        .map(|&(day, title, text)| article_after(title, text, day))
        .collect();
    let stories = groups(&articles);
    assert!(stories.iter().all(|&s| s == stories[0]), "{stories:?}");
}

/// Fatal shootings in many towns, each told in full, so that "police",
/// "fatal" and "shooting" are common words of the batch; then headlines
/// with no text (pages whose body was lost), their language lent by the
/// batch as the pipeline does.
fn town_shootings_and_bare_headlines(headlines: &[&str]) -> Vec<Article> {
    let towns = [
        "Ashford",
        "Bellmont",
        "Clearwater",
        "Dunmore",
        "Eastlake",
        "Fairview",
        "Glenwood",
        "Harlow",
        "Ironton",
        "Jasper",
        "Kingsley",
        "Lakeport",
        "Marlow",
        "Northfield",
        "Oakdale",
        "Pinecrest",
        "Quincy",
        "Redmond",
        "Stanton",
        "Tilden",
    ];
    let mut articles: Vec<Article> = towns
        .iter()
        .enumerate()
        .map(|(i, town)| {
            article_after(
                &format!("Police investigate fatal shooting in {town}"),
                &format!(
                    "{town} police are investigating a fatal shooting on Monday night. A man was found shot \
                     near the {town} train station and died at the scene, police said."
                ),
                i as i64,
            )
        })
        .collect();
    for title in headlines {
        let mut bare = Article {
            title: Some(title.to_string()),
            published: articles[0].published.map(|p| p + chrono::Duration::days(25)),
            ..Article::default()
        };
        chorus_text::annotate(&mut bare);
        articles.push(bare);
    }
    chorus_text::fill_missing_languages(&mut articles);
    articles
}

#[test]
fn bare_headlines_join_by_a_shared_name_not_by_generic_words() {
    let articles = town_shootings_and_bare_headlines(&[
        "Victim named in fatal Westbury shooting",
        "Girl wounded at Millbrook shooting range",
        "Westbury shooting victim was high school senior",
    ]);
    let stories = groups(&articles);
    let n = articles.len();
    // Two headlines on one event that share the town's name join ...
    assert_eq!(stories[n - 3], stories[n - 1], "{stories:?}");
    // ... and one that shares only "shooting" with them stays apart.
    assert_ne!(stories[n - 3], stories[n - 2], "{stories:?}");
}
