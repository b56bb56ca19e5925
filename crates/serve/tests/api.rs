//! The API and pages, through a real socket on loopback, over a real SQLite
//! file holding the example story of `../shared/corpora/seeds` and a hostile
//! article.

mod common;

use common::{get, request, start};

#[test]
fn the_story_list_has_counts_and_filters() {
    let app = start();
    let list = get(app.addr, "/api/stories");
    assert_eq!(list.status, 200);
    assert!(list
        .header("Content-Type")
        .is_some_and(|t| t.starts_with("application/json")));
    let list = list.json();
    // How the example story is split is the clustering's business; the
    // counts and filters are this crate's.
    let stories = list["stories"].as_array().expect("stories");
    assert!(stories.len() >= 2, "the example story and the bridge: {list}");
    let total: u64 = stories.iter().map(|s| s["articles"].as_u64().expect("articles")).sum();
    assert_eq!(total, 6, "every article in one story: {list}");
    assert!(
        stories.iter().any(|s| s["disputed"].as_u64() >= Some(1)),
        "disputed figures counted: {list}"
    );
    assert!(stories
        .iter()
        .all(|s| s["outlets"].as_u64().is_some() && s["independent"].as_u64().is_some()));
    let bridge = get(app.addr, "/api/stories?q=bridge").json();
    assert_eq!(bridge["count"], 1, "{bridge}");
    let bridge = bridge["stories"][0]["id"].clone();

    let by_query = get(app.addr, "/api/stories?q=Syrian+fighters").json();
    let found = by_query["stories"].as_array().expect("stories");
    assert!(
        !found.is_empty() && found.iter().all(|s| s["id"] != bridge),
        "{by_query}"
    );
    let by_entity = get(app.addr, "/api/stories?entity=MACRON").json();
    let found = by_entity["stories"].as_array().expect("stories");
    assert!(
        !found.is_empty() && found.iter().all(|s| s["id"] != bridge),
        "{by_entity}"
    );
    let outlet = get(
        app.addr,
        "/api/stories?outlet=evil%20%3Cb%20onmouseover%3Dalert(2)%3Egazette%3C%2Fb%3E",
    )
    .json();
    assert_eq!(outlet["count"], 1, "{outlet}");
    assert_eq!(outlet["stories"][0]["id"], bridge);
    let recent = get(app.addr, "/api/stories?from=2021-01-01").json();
    assert_eq!(recent["count"], 1, "{recent}");
    assert_eq!(recent["stories"][0]["id"], bridge);
    let older = get(app.addr, "/api/stories?to=2020-12-31").json();
    assert!(
        older["stories"]
            .as_array()
            .expect("stories")
            .iter()
            .all(|s| s["id"] != bridge),
        "{older}"
    );
    let window = get(app.addr, "/api/stories?from=2021-03-01&to=2021-03-01").json();
    assert_eq!(window["count"], 1, "{window}");
    assert_eq!(
        get(app.addr, "/api/stories?from=yesterday").json()["count"],
        list["count"],
        "a bad date is no filter"
    );
    assert_eq!(get(app.addr, "/api/stories?q=nonexistentword").json()["count"], 0);
    assert_eq!(get(app.addr, "/api/stories?limit=1").json()["count"], 1);
    // FTS5 syntax in a query is text, not an error.
    assert_eq!(get(app.addr, "/api/stories?q=%22NEAR(*").status, 200);
}

#[test]
fn a_story_is_the_report_contract_and_its_citations_resolve() {
    let app = start();
    let list = get(app.addr, "/api/stories").json();
    let id = list["stories"][0]["id"].as_str().expect("id").to_string();
    let story = get(app.addr, &format!("/api/stories/{id}"));
    assert_eq!(story.status, 200);
    let story = story.json();
    for field in [
        "id", "headline", "articles", "outlets", "summary", "timeline", "entities", "quotes", "figures", "coverage",
    ] {
        assert!(story.get(field).is_some(), "story has {field}");
    }
    let citation = &story["summary"][0]["citations"][0];
    let article_id = citation["article"].as_str().expect("cited article");
    let sentence = citation["sentence"].as_u64().expect("cited sentence") as usize;
    let article = get(app.addr, &format!("/api/articles/{article_id}"));
    assert_eq!(article.status, 200);
    let article = article.json();
    assert_eq!(article["story"], story["id"]);
    let cited = &article["sentences"][sentence];
    let (start, end) = (
        cited["start"].as_u64().expect("start"),
        cited["end"].as_u64().expect("end"),
    );
    let text: String = article["text"]
        .as_str()
        .expect("text")
        .chars()
        .skip(start as usize)
        .take((end - start) as usize)
        .collect();
    assert_eq!(text, cited["text"].as_str().expect("sentence text"));

    assert_eq!(get(app.addr, "/api/stories/nope").status, 404);
    assert_eq!(get(app.addr, "/api/articles/nope").json()["error"], "no such article");
    assert_eq!(get(app.addr, "/api/nothing").status, 404);
    assert_eq!(request(app.addr, "POST", "/api/stories").status, 405);
}

#[test]
fn the_openapi_document_describes_every_endpoint() {
    let app = start();
    let doc = get(app.addr, "/api/openapi.json").json();
    assert!(doc["openapi"].as_str().is_some_and(|v| v.starts_with("3.")));
    for path in [
        "/api/stories",
        "/api/stories/{id}",
        "/api/articles/{id}",
        "/api/entities/{name}",
    ] {
        assert!(doc["paths"][path]["get"].is_object(), "{path} documented");
    }
}

#[test]
fn pages_list_stories_search_and_show_a_story() {
    let app = start();
    let home = get(app.addr, "/");
    assert_eq!(home.status, 200);
    assert!(home
        .header("Content-Security-Policy")
        .is_some_and(|p| p.contains("default-src 'none'")));
    assert!(home.body.contains("action=\"/search\""), "a search box");
    let top = get(app.addr, "/api/stories").json()["stories"][0].clone();
    let id = top["id"].as_str().expect("id").to_string();
    let articles = top["articles"].as_u64().expect("articles");
    let counts = format!("{articles} article{}", if articles == 1 { "" } else { "s" });
    assert!(home.body.contains(&counts), "counts");
    assert!(home.body.contains("disputed figure"), "disputed figures counted");
    assert!(home.body.contains(&format!("href=\"/stories/{id}\"")));

    let story = get(app.addr, &format!("/stories/{id}"));
    assert_eq!(story.status, 200);
    let json = get(app.addr, &format!("/api/stories/{id}")).json();
    assert!(!json["summary"].as_array().expect("summary").is_empty(), "{json}");
    for (field, section) in [
        ("summary", "Summary"),
        ("timeline", "Timeline"),
        ("quotes", "Quotes"),
        ("figures", "Figures"),
    ] {
        if !json[field].as_array().expect(field).is_empty() {
            assert!(story.body.contains(section), "story page has {section}");
        }
    }
    assert!(story.body.contains("<a href=\"/\""), "a link back to the list");
    // A citation is a link to the sentence's element on the same page.
    let anchor = story.body.split("href=\"#a").nth(1).expect("a citation link");
    let target = format!("id=\"a{}\"", anchor.split('"').next().expect("anchor"));
    assert!(story.body.contains(&target), "cited sentence {target} is on the page");

    let search = get(app.addr, "/search?q=fighters+Syria");
    assert_eq!(search.status, 200);
    assert!(search.body.contains("<mark>"), "matched words marked");
    assert!(search.body.contains(&format!("href=\"/stories/{id}\"")));
    assert_eq!(get(app.addr, "/stories/nope").status, 404);
    assert_eq!(get(app.addr, "/nothing/here").status, 404);
}

#[test]
fn article_markup_renders_inert_everywhere() {
    let app = start();
    let list = get(app.addr, "/api/stories?q=bridge").json();
    let id = list["stories"][0]["id"].as_str().expect("the bridge story").to_string();
    let pages = [
        get(app.addr, "/").body,
        get(app.addr, "/search?q=bridge+mayor").body,
        get(app.addr, "/search?q=%3Cscript%3Ealert(1)%3C/script%3E").body,
        get(
            app.addr,
            "/?outlet=%3Cscript%3Ex%3C/script%3E&entity=%22%3E%3Cimg%20onerror=1%3E",
        )
        .body,
        get(app.addr, &format!("/stories/{id}")).body,
    ];
    for page in &pages {
        assert!(!page.contains("<script>alert"), "no script from an article:\n{page}");
        assert!(!page.contains("<script>x"), "no script from a query");
        assert!(!page.contains("<img src=x"), "no image from an article");
        assert!(!page.contains("<img onerror"), "no image from a query");
        assert!(!page.contains("<b onmouseover"), "no markup from an outlet");
        assert!(!page.contains("href=\"javascript:"), "no script link");
        // Every script element on a page is the app's own: none here but the
        // story page's, allowed by hash in its policy.
        for script in page.split("<script").skip(1) {
            assert!(
                script.starts_with('>') && !script.contains("alert("),
                "only the app's script"
            );
        }
    }
    assert!(
        pages[4].contains("&lt;script&gt;alert("),
        "the article's text is shown, escaped"
    );
    assert!(pages[1].contains("&lt;img src=x onerror=alert(1)&gt;") || pages[1].contains("mayor"));
    // The JSON API gives the text as data.
    let article_id = get(app.addr, &format!("/api/stories/{id}")).json()["articles"][0]
        .as_str()
        .expect("article id")
        .to_string();
    let article = get(app.addr, &format!("/api/articles/{article_id}"));
    assert_eq!(article.header("X-Content-Type-Options"), Some("nosniff"));
    assert!(article.json()["text"].as_str().expect("text").contains("<script>"));
}

#[test]
fn an_entity_has_its_stories_and_its_quotes() {
    let app = start();
    let entity = get(app.addr, "/api/entities/macron");
    assert_eq!(entity.status, 200, "{}", entity.body);
    let entity = entity.json();
    let names: Vec<&str> = entity["names"]
        .as_array()
        .expect("names")
        .iter()
        .filter_map(|n| n.as_str())
        .collect();
    assert!(names.iter().any(|n| n.contains("Macron")), "{entity}");
    assert!(!entity["stories"].as_array().expect("stories").is_empty());
    let quotes = entity["quotes"].as_array().expect("quotes");
    assert!(!quotes.is_empty(), "Macron is quoted in the example story: {entity}");
    for quote in quotes {
        // Macron himself, or a role of his ("Emmanuel Macron's office").
        let entity = quote["speaker_entity"].as_str().expect("speaker entity");
        assert!(names.contains(&entity), "{quote}");
        assert!(
            quote["speaker"].as_str().expect("speaker").starts_with(entity),
            "{quote}"
        );
        assert!(quote["story"].is_string() && quote["citations"].is_array(), "{quote}");
    }
    assert!(
        quotes.iter().any(|q| q["speaker"] != q["speaker_entity"]),
        "the statement of Macron's office is on his page: {quotes:#?}"
    );
    let page = get(app.addr, "/entities/Macron");
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Quotes") && page.body.contains("href=\"/stories/"));
    let search = get(app.addr, "/search?q=macron");
    assert!(search.body.contains("href=\"/entities/"), "search links to the entity");
    assert_eq!(get(app.addr, "/api/entities/nobody%20at%20all").status, 404);
    assert_eq!(get(app.addr, "/entities/nobody").status, 404);
}
